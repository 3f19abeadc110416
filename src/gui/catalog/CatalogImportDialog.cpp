#include "CatalogImportDialog.h"

#include "CatalogDiffModel.h"
#include "CatalogFieldFormat.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace badgedesk {

CatalogImportDialog::CatalogImportDialog(const Source& source, const CatalogDiff& diff,
                                         const QList<CatalogTableParser::Problem>& problems,
                                         const CatalogValidator& validator, QWidget* parent)
    : QDialog(parent), m_diff(diff)
{
    setObjectName(QStringLiteral("catalogImportDialog"));
    setWindowTitle(tr("Import approved-assessment list"));
    auto* layout = new QVBoxLayout(this);

    auto* heading = new QLabel(tr("%1 · header on row %2 · rows read below it: %3")
                                   .arg(source.fileName)
                                   .arg(source.headerRow)
                                   .arg(source.dataRows),
                               this);
    heading->setObjectName(QStringLiteral("catalogImportSource"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    layout->addWidget(heading);

    if (!source.keptFields.isEmpty()) {
        QStringList labels;
        for (const QString& field : source.keptFields)
            labels << CatalogFieldFormat::label(field);
        auto* kept = new QLabel(
            tr("Not in this file, so kept as they are: %1.").arg(labels.join(QStringLiteral(", "))), this);
        kept->setObjectName(QStringLiteral("catalogImportKept"));
        kept->setWordWrap(true);
        layout->addWidget(kept);
    }

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("catalogImportSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new CatalogDiffModel(this);
    m_model->setPreview(diff, problems, validator);
    m_view = new QTreeView(this);
    m_view->setAccessibleName(tr("What the import adds, changes and retires"));
    m_view->setObjectName(QStringLiteral("catalogImportPreview"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(true);
    m_view->setColumnWidth(CatalogDiffModel::Item, 360);
    m_view->setColumnWidth(CatalogDiffModel::OldValue, 200);
    // Open the groups that need reading; a first import's hundreds of additions stay folded.
    for (int group : {CatalogDiffModel::Changed, CatalogDiffModel::Retired, CatalogDiffModel::Problems})
        m_view->expand(m_model->index(group, 0));
    if (diff.added.size() <= 50)
        m_view->expand(m_model->index(CatalogDiffModel::Added, 0));
    // Group titles and the file's problems are sentences: let them use the whole width.
    for (int group = 0; group < CatalogDiffModel::GroupCount; ++group)
        m_view->setFirstColumnSpanned(group, {}, true);
    const QModelIndex problemGroup = m_model->index(CatalogDiffModel::Problems, 0);
    for (int row = 0; row < m_model->rowCount(problemGroup); ++row)
        m_view->setFirstColumnSpanned(row, problemGroup, true);
    for (int i = 0; i < diff.changed.size(); ++i)
        m_view->expand(m_model->index(i, 0, m_model->index(CatalogDiffModel::Changed, 0)));
    layout->addWidget(m_view, 1);

    auto* retireRow = new QHBoxLayout;
    auto* retireLabel = new QLabel(
        tr("Retire the assessments missing from the list (%n) on:", nullptr, int(diff.missing.size())), this);
    m_retireOn = new QDateEdit(QDate::currentDate(), this);
    m_retireOn->setObjectName(QStringLiteral("catalogImportRetireOn"));
    m_retireOn->setCalendarPopup(true);
    m_retireOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    retireLabel->setBuddy(m_retireOn);
    retireRow->addWidget(retireLabel);
    retireRow->addWidget(m_retireOn);
    retireRow->addStretch(1);
    retireLabel->setVisible(!diff.missing.isEmpty());
    m_retireOn->setVisible(!diff.missing.isEmpty());
    layout->addLayout(retireRow);
    m_model->setRetireOn(m_retireOn->date());
    connect(m_retireOn, &QDateEdit::dateChanged, m_model, &CatalogDiffModel::setRetireOn);

    auto* note =
        new QLabel(diff.isEmpty() ? tr("The catalog already matches this list: there is nothing to apply.")
                                  : tr("Nothing is saved until you apply. The import is one step: Undo "
                                       "(Ctrl+Z) on the Catalog page reverts all of it."),
                   this);
    note->setObjectName(QStringLiteral("catalogImportNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(tr("Apply changes"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("catalogImportApply"));
    m_apply->setEnabled(!diff.isEmpty());
    m_apply->setDefault(!diff.isEmpty());
    QPushButton* cancel =
        buttons->addButton(diff.isEmpty() ? tr("Close") : tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("catalogImportCancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_summary->setText(summary());
    resize(900, 600);
}

QDate CatalogImportDialog::retireOn() const
{
    return m_retireOn->date();
}

void CatalogImportDialog::setRetireOn(const QDate& date)
{
    m_retireOn->setDate(date);
}

QString CatalogImportDialog::summary() const
{
    QStringList parts{tr("%n added", nullptr, int(m_diff.added.size())),
                      tr("%n changed", nullptr, int(m_diff.changed.size())),
                      tr("%n to retire", nullptr, int(m_diff.missing.size())),
                      tr("%n unchanged", nullptr, m_diff.unchanged)};
    const int problems = m_model->count(CatalogDiffModel::Problems);
    if (problems > 0)
        parts << tr("problems in the file: %n (rows skipped or read as noted below)", nullptr, problems);
    return parts.join(QStringLiteral(" · "));
}

} // namespace badgedesk
