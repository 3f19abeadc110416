#include "CatalogDetailsPane.h"
#include "ThemeColors.h"

#include "CatalogHistoryModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace badgedesk {

CatalogDetailsPane::CatalogDetailsPane(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("catalogDetails"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 0, 0, 0);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("catalogDetailsHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.15);
    m_heading->setFont(headingFont);
    layout->addWidget(m_heading);

    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("catalogDetailsFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("catalogDetailsProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(ThemeColors::bannerStyle(ThemeColors::Tone::Error));
    layout->addWidget(m_problem);

    m_historyLabel = new QLabel(tr("History"), this);
    QFont bold = m_historyLabel->font();
    bold.setBold(true);
    m_historyLabel->setFont(bold);
    layout->addSpacing(6);
    layout->addWidget(m_historyLabel);

    m_historyModel = new CatalogHistoryModel(this);
    m_history = new QTableView(this);
    // Tab leaves the table (arrows move between cells), so the keyboard is never trapped in it.
    m_history->setTabKeyNavigation(false);
    m_history->setAccessibleName(tr("Changes made to this assessment"));
    m_history->setObjectName(QStringLiteral("catalogHistory"));
    m_history->setModel(m_historyModel);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setWordWrap(false);
    m_history->setAlternatingRowColors(true);
    m_history->verticalHeader()->hide();
    m_history->verticalHeader()->setDefaultSectionSize(m_history->fontMetrics().height() + 8);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_history, 1);

    showNothing();
}

void CatalogDetailsPane::showEntry(const CatalogEntry& entry, int usage, const CatalogValidator& validator,
                                   const QList<CatalogRepository::HistoryItem>& history)
{
    m_heading->setText(tr("%1 · %2").arg(entry.code, entry.title));

    QStringList facts;
    const QLocale locale;
    if (entry.retiredDate.isValid())
        facts << tr("Retired on %1: rows for it are excluded from then on.")
                     .arg(locale.toString(entry.retiredDate, QLocale::LongFormat));
    else if (entry.effectiveDate.isValid())
        facts << tr("Active since %1.").arg(locale.toString(entry.effectiveDate, QLocale::LongFormat));
    else
        facts << tr("Active.");
    if (entry.careertechBadges && entry.vendorBadges)
        facts << tr("Marked as badged by CareerTech and by its vendor.");
    else if (entry.careertechBadges)
        facts << tr("CareerTech badges it.");
    else if (entry.vendorBadges)
        facts << tr("Its vendor issues the badge; CareerTech does not.");
    else
        facts << tr("Nobody badges it: rows for it are not badged.");
    if (!entry.credlyTemplateId.isEmpty()) {
        const auto t = validator.templateFor(entry.credlyTemplateId);
        facts << (t ? tr("Credly template: %1 (%2)\n%3").arg(t->name, t->state, t->id)
                    : tr("Credly template: %1 (not among the cached templates)").arg(entry.credlyTemplateId));
    }
    facts << (usage > 0 ? tr("Imported certification rows using it: %n. It can be retired, not deleted.",
                             nullptr, usage)
                        : tr("No imported certification row uses it yet."));
    m_facts->setText(facts.join(QLatin1Char('\n')));

    const CatalogValidator::Problem problem = validator.check(entry);
    m_problem->setText(problem.message);
    m_problem->setVisible(!problem.isNull());

    m_historyModel->setHistory(entry.code, history, validator);
    m_historyLabel->setText(tr("History (%n)", nullptr, int(history.size())));
    m_historyLabel->show();
    m_history->show();
    m_history->resizeColumnsToContents();
    // Long values (notes, template names) are elided; the tooltip has them whole.
    for (int column = 0; column < CatalogHistoryModel::ColumnCount; ++column)
        m_history->setColumnWidth(column, qMin(m_history->columnWidth(column), 170));
}

void CatalogDetailsPane::showNothing(int selectedRows)
{
    m_heading->setText(selectedRows > 1 ? tr("%n assessments selected", nullptr, selectedRows)
                                        : tr("No assessment selected"));
    m_facts->setText(selectedRows > 1
                         ? tr("Edits through the Selection menu apply to all of them as one step (one Undo).")
                         : tr("Select an assessment to see its details and every change made to it."));
    m_problem->hide();
    m_historyModel->setHistory({}, {}, {});
    m_historyLabel->hide();
    m_history->hide();
}

} // namespace badgedesk
