#include "StepPathWidget.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace badgedesk {

StepPathWidget::StepPathWidget(QWidget* parent) : QWidget(parent), m_batchSelector(new QComboBox(this))
{
    setObjectName(QStringLiteral("stepPath"));
    m_batchSelector->setObjectName(QStringLiteral("batchSelector"));
    m_batchSelector->setAccessibleName(tr("Batch"));
    m_batchSelector->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    QFont batchFont = m_batchSelector->font();
    batchFont.setBold(true);
    m_batchSelector->setFont(batchFont);
    connect(m_batchSelector, &QComboBox::activated, this, [this](int index) {
        const qint64 id = m_batchSelector->itemData(index).toLongLong();
        if (id > 0)
            emit batchChosen(id);
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_batchSelector);
    layout->addSpacing(16);

    m_names = QStringList{tr("Imported"), tr("Reviewed"), tr("Signed off"),
                          tr("Notified"), tr("Issued"),   tr("Done")};
    for (int i = 0; i < m_names.size(); ++i) {
        if (i > 0) {
            auto* chevron = new QLabel(QStringLiteral("›"), this);
            chevron->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(chevron);
        }
        auto* step = new QLabel(this);
        step->setObjectName(QStringLiteral("step_") + MonthProgress::stepKey(MonthProgress::Step(i)));
        layout->addWidget(step);
        m_steps.append(step);
    }
    setBatches({}, 0);
    setProgress(MonthProgress::compute({}));
}

QStringList StepPathWidget::stepNames() const
{
    return m_names;
}

void StepPathWidget::setBatches(const QList<BatchRepository::Summary>& batches, qint64 currentBatchId)
{
    const QSignalBlocker blocker(m_batchSelector);
    m_batchSelector->clear();
    if (batches.isEmpty()) {
        m_batchSelector->addItem(tr("No batch yet"), 0);
        m_batchSelector->setEnabled(false);
        m_batchSelector->setToolTip(tr("A batch is created when you import a month's export."));
        return;
    }
    m_batchSelector->setEnabled(true);
    m_batchSelector->setToolTip(tr("The batch the pages work on. Each import makes one."));
    for (const auto& b : batches) {
        m_batchSelector->addItem(tr("%1 · %n row(s)", nullptr, b.rows).arg(b.displayName()), b.id);
        if (b.id == currentBatchId)
            m_batchSelector->setCurrentIndex(m_batchSelector->count() - 1);
    }
}

void StepPathWidget::setProgress(const QList<MonthProgress::StepState>& steps)
{
    for (const auto& s : steps) {
        const int i = int(s.step);
        if (i < 0 || i >= m_steps.size())
            continue;
        QLabel* label = m_steps.at(i);
        QString mark;
        QString stateKey;
        QString stateText;
        switch (s.state) {
        case MonthProgress::State::NotStarted:
            mark = QStringLiteral("○");
            stateKey = QStringLiteral("notStarted");
            stateText = tr("not started");
            break;
        case MonthProgress::State::Current:
            mark = QStringLiteral("●");
            stateKey = QStringLiteral("current");
            stateText = tr("current");
            break;
        case MonthProgress::State::Done:
            mark = QStringLiteral("✓");
            stateKey = QStringLiteral("done");
            stateText = tr("done");
            break;
        case MonthProgress::State::Blocked:
            mark = QStringLiteral("⚠");
            stateKey = QStringLiteral("blocked");
            stateText = tr("blocked");
            break;
        }
        label->setText(mark + QLatin1Char(' ') + m_names.at(i));
        label->setProperty("stepState", stateKey);
        label->setForegroundRole(s.state == MonthProgress::State::NotStarted ? QPalette::PlaceholderText
                                                                             : QPalette::WindowText);
        QFont font = label->font();
        font.setBold(s.state == MonthProgress::State::Current || s.state == MonthProgress::State::Blocked);
        label->setFont(font);
        const QString tip = s.why.isEmpty() ? stateText : stateText + QStringLiteral(": ") + s.why;
        label->setToolTip(m_names.at(i) + QStringLiteral(": ") + tip);
        label->setAccessibleName(m_names.at(i) + QStringLiteral(", ") + tip);
    }
}

} // namespace badgedesk
