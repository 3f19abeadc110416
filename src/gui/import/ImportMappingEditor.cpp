#include "ImportMappingEditor.h"
#include "ThemeColors.h"

#include <QBrush>
#include <QColor>
#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace badgedesk {

namespace {
enum Column
{
    FieldColumn,
    SourceColumn,
    NeededColumn,
    ExampleColumn,
    ColumnCount
};

// "C: Student Email": the letter a spreadsheet program shows, so the user can find the column.
QString columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}
} // namespace

ImportMappingEditor::ImportMappingEditor(QWidget* parent) : QWidget(parent), m_table(new QTableWidget(this))
{
    m_table->setAccessibleName(tr("Columns of the file for each field"));
    setObjectName(QStringLiteral("importMappingEditor"));
    m_table->setObjectName(QStringLiteral("importMappingTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Column in the file"), tr("Needed"), tr("First row")});
    m_table->verticalHeader()->hide();
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(NeededColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(SourceColumn, 280);

    const QList<ImportField> fields = FieldSynonyms::allFields();
    m_table->setRowCount(int(fields.size()));
    for (ImportField field : fields) {
        const int row = int(field);
        auto* name = new QTableWidgetItem(FieldSynonyms::displayName(field));
        const QString needed = neededFor(field);
        if (!needed.isEmpty()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, FieldColumn, name);
        m_table->setItem(row, NeededColumn, new QTableWidgetItem(needed));
        m_table->setItem(row, ExampleColumn, new QTableWidgetItem);

        auto* combo = new QComboBox(m_table);
        combo->setObjectName(QStringLiteral("mapping_") + FieldSynonyms::key(field));
        combo->setAccessibleName(tr("Column for %1").arg(FieldSynonyms::displayName(field)));
        connect(combo, &QComboBox::activated, this,
                [this, field, combo](int index) { chooseColumn(field, combo->itemData(index).toInt()); });
        m_table->setCellWidget(row, SourceColumn, combo);
        m_combos << combo;
    }

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
}

QComboBox* ImportMappingEditor::comboFor(ImportField field) const
{
    return m_combos.value(int(field));
}

void ImportMappingEditor::setPreview(const ImportPreview& preview)
{
    if (preview.filePath != m_filePath) {
        m_filePath = preview.filePath;
        m_table->scrollToTop(); // another file: start from its first fields
    }
    if (preview.header != m_header) {
        m_header = preview.header;
        for (QComboBox* combo : std::as_const(m_combos)) {
            const QSignalBlocker block(combo);
            combo->clear();
            combo->addItem(tr("— not in this file —"), -1);
            for (int column = 0; column < m_header.size(); ++column) {
                const QString name = m_header.at(column).trimmed();
                if (name.isEmpty())
                    continue; // a blank spacer column feeds nothing
                combo->addItem(tr("%1: %2").arg(columnLetter(column), name), column);
            }
        }
    }
    m_mapping = preview.mapping;
    showMapping();
    updateExamples(preview);
}

void ImportMappingEditor::showMapping()
{
    for (ImportField field : FieldSynonyms::allFields()) {
        QComboBox* combo = comboFor(field);
        const QSignalBlocker block(combo);
        const int index = combo->findData(m_mapping.column(field));
        combo->setCurrentIndex(index < 0 ? 0 : index);
    }
    // The lines that still need a column say so, tinted, and the first comes into view.
    const QList<ImportField> missing = missingFields();
    for (ImportField field : FieldSynonyms::allFields()) {
        QTableWidgetItem* needed = m_table->item(int(field), NeededColumn);
        const bool isMissing = missing.contains(field);
        needed->setText(isMissing ? tr("missing: %1").arg(neededFor(field)) : neededFor(field));
        needed->setBackground(isMissing ? QBrush(ThemeColors::panel(ThemeColors::Tone::Error)) : QBrush());
        needed->setForeground(isMissing ? QBrush(ThemeColors::panelText(ThemeColors::Tone::Error))
                                        : QBrush());
    }
    if (!missing.isEmpty())
        m_table->scrollToItem(m_table->item(int(missing.first()), FieldColumn));
}

QList<ImportField> ImportMappingEditor::missingFields() const
{
    // ColumnMapping's requirements, as the line to fill for each.
    QList<ImportField> missing;
    if (m_mapping.header().isEmpty())
        return missing;
    if (!m_mapping.isMapped(ImportField::StudentId) &&
        !(m_mapping.isMapped(ImportField::FirstName) && m_mapping.isMapped(ImportField::LastName)))
        missing << ImportField::StudentId;
    if (!m_mapping.isMapped(ImportField::Email))
        missing << ImportField::Email;
    if (!m_mapping.isMapped(ImportField::AssessmentCode))
        missing << ImportField::AssessmentCode;
    if (!m_mapping.isMapped(ImportField::TestDate) && !m_mapping.isMapped(ImportField::EntryTime))
        missing << ImportField::TestDate;
    std::sort(missing.begin(), missing.end());
    return missing;
}

void ImportMappingEditor::updateExamples(const ImportPreview& preview)
{
    const ImportedRow* first = nullptr;
    for (const ImportedRow& row : preview.rows) {
        if (!row.isUnreadable()) {
            first = &row;
            break;
        }
    }
    for (ImportField field : FieldSynonyms::allFields()) {
        const int column = m_mapping.column(field);
        QString example;
        if (first && column >= 0)
            example = first->cells.value(column);
        m_table->item(int(field), ExampleColumn)->setText(example);
    }
}

void ImportMappingEditor::chooseColumn(ImportField field, int column)
{
    if (column < 0)
        m_mapping.clear(field);
    else
        m_mapping.setColumn(field, column);
    showMapping(); // a column feeds one field: the one it left shows "not in this file" now
    emit mappingChanged(m_mapping);
}

QString ImportMappingEditor::neededFor(ImportField field)
{
    switch (field) {
    case ImportField::StudentId:
        return tr("the student (or first and last name)");
    case ImportField::FirstName:
    case ImportField::LastName:
        return tr("the student (or student ID); the badge");
    case ImportField::Email:
        return tr("required: the badge goes there");
    case ImportField::AssessmentCode:
        return tr("required: matched to the approved list");
    case ImportField::TestDate:
        return tr("the date (or entry time)");
    case ImportField::EntryTime:
        return tr("the date (or test date); the month");
    default:
        return {};
    }
}

} // namespace badgedesk
