#include "CatalogChangeNotifier.h"

namespace badgedesk {

CatalogChangeNotifier::CatalogChangeNotifier(QObject* parent) : QObject(parent) {}

void CatalogChangeNotifier::notifyChanged(qint64 changeSetId, const QStringList& codes)
{
    QStringList sorted = codes;
    sorted.sort();
    sorted.removeDuplicates();
    if (!sorted.isEmpty())
        emit catalogChanged(changeSetId, sorted);
}

} // namespace badgedesk
