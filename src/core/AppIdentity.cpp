#include "AppIdentity.h"

#include "Version.h"

#include <QCoreApplication>

namespace badgedesk {

void applyAppIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("BadgeDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("BadgeDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BADGEDESK_VERSION));
}

QString versionString()
{
    return QStringLiteral(BADGEDESK_VERSION);
}

} // namespace badgedesk
