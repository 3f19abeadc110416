#pragma once

#include "importing/ImportPreview.h"

#include <QWidget>

class QComboBox;
class QTableWidget;

namespace badgedesk {

// The Import wizard's column mapping: one line per field with the column that feeds it (a combo
// of the file's columns, or "not in this file"), what the field is needed for, and the value
// the first readable row gives it. Changing a combo emits mappingChanged() with the new mapping.
class ImportMappingEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ImportMappingEditor(QWidget* parent = nullptr);

    // Rebuilds the column lists when the header changed; otherwise only moves the selections,
    // so a combo the user is working in is never replaced under them.
    void setPreview(const ImportPreview& preview);
    ColumnMapping mapping() const { return m_mapping; }
    // The combo of one field (objectName "mapping_<field key>").
    QComboBox* comboFor(ImportField field) const;
    // The lines that need a column for the import to go ahead (one per unmet requirement).
    QList<ImportField> missingFields() const;

signals:
    void mappingChanged(const badgedesk::ColumnMapping& mapping);

private:
    void chooseColumn(ImportField field, int column);
    void showMapping();
    void updateExamples(const ImportPreview& preview);
    static QString neededFor(ImportField field);

    QTableWidget* m_table;
    QList<QComboBox*> m_combos; // by int(ImportField)
    QString m_filePath;
    QStringList m_header;
    ColumnMapping m_mapping;
};

} // namespace badgedesk
