#include "StepPathWidget.h"

#include <QHBoxLayout>
#include <QLabel>

namespace badgedesk {

StepPathWidget::StepPathWidget(QWidget* parent)
    : QWidget(parent), m_batchLabel(new QLabel(tr("No batch yet"), this))
{
    setObjectName(QStringLiteral("stepPath"));
    m_batchLabel->setObjectName(QStringLiteral("batchLabel"));
    m_batchLabel->setToolTip(tr("A batch is created when you import a month's export."));
    QFont batchFont = m_batchLabel->font();
    batchFont.setBold(true);
    m_batchLabel->setFont(batchFont);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_batchLabel);
    layout->addSpacing(16);

    const QStringList names = {tr("Imported"), tr("Reviewed"), tr("Signed off"),
                               tr("Notified"), tr("Issued"),   tr("Done")};
    const QStringList keys = {QStringLiteral("imported"),  QStringLiteral("reviewed"),
                              QStringLiteral("signedOff"), QStringLiteral("notified"),
                              QStringLiteral("issued"),    QStringLiteral("done")};
    for (int i = 0; i < names.size(); ++i) {
        if (i > 0) {
            auto* chevron = new QLabel(QStringLiteral("›"), this);
            chevron->setForegroundRole(QPalette::PlaceholderText);
            layout->addWidget(chevron);
        }
        // A hollow circle reads as "not started" without relying on colour alone.
        auto* step = new QLabel(QStringLiteral("○ ") + names.at(i), this);
        step->setObjectName(QStringLiteral("step_") + keys.at(i));
        step->setProperty("stepState", QStringLiteral("notStarted"));
        step->setForegroundRole(QPalette::PlaceholderText);
        step->setToolTip(tr("%1: not started. Import this month's export to begin.").arg(names.at(i)));
        step->setAccessibleName(tr("%1, not started").arg(names.at(i)));
        layout->addWidget(step);
        m_steps.append(step);
    }
}

QStringList StepPathWidget::stepNames() const
{
    QStringList names;
    for (const QLabel* step : m_steps)
        names.append(step->text().mid(2));
    return names;
}

} // namespace badgedesk
