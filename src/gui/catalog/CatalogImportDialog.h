#pragma once

#include "domain/CatalogDiff.h"
#include "domain/CatalogTableParser.h"
#include "domain/CatalogValidator.h"

#include <QDate>
#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTreeView;

namespace badgedesk {

class CatalogDiffModel;

// The preview of importing a published Approved Assessment list: what would be added, changed
// (field by field, old and new), retired (missing from the list, on a date the specialist
// picks) and left unchanged, and what in the file could not be read. Nothing is written until
// Apply; the page applies the whole preview as one transaction and one undo step.
class CatalogImportDialog : public QDialog
{
    Q_OBJECT
public:
    struct Source
    {
        QString fileName;
        qint64 headerRow = 0;
        qint64 dataRows = 0;
        QStringList keptFields; // catalog fields the file has no column for
    };

    CatalogImportDialog(const Source& source, const CatalogDiff& diff,
                        const QList<CatalogTableParser::Problem>& problems, const CatalogValidator& validator,
                        QWidget* parent = nullptr);

    const CatalogDiff& diff() const { return m_diff; }
    QDate retireOn() const;
    void setRetireOn(const QDate& date);
    QString summary() const;
    CatalogDiffModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }

private:
    CatalogDiff m_diff;
    CatalogDiffModel* m_model = nullptr;
    QTreeView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QDateEdit* m_retireOn = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace badgedesk
