#pragma once

#include <QObject>
#include <QStringList>

namespace badgedesk {

// Says which assessment codes a catalog change touched, after the change is committed: an edit,
// a bulk edit, an import or an undo. The rows of open batches whose assessment is among them
// must be classified again (the review step connects to catalogChanged()).
//
// One notifier is shared by every CatalogRepository of a window (MainWindow owns it and hands it
// to the pages), so a change made on one page reaches the others. A repository built without one
// (the CLI, tests) simply does not announce its changes.
class CatalogChangeNotifier : public QObject
{
    Q_OBJECT
public:
    explicit CatalogChangeNotifier(QObject* parent = nullptr);

    // Called by CatalogRepository after a change set is committed; codes sorted and unique.
    void notifyChanged(qint64 changeSetId, const QStringList& codes);

signals:
    // changeSetId is the catalog_change_sets row that made the change (its history rows carry
    // the field-level detail); codes are every entry it added, changed, retired or removed.
    void catalogChanged(qint64 changeSetId, const QStringList& codes);
};

} // namespace badgedesk
