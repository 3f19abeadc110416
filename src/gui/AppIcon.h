#pragma once

#include <QIcon>

namespace badgedesk {

// The application icon: the desktop theme's when BadgeDesk is installed, else rendered from the
// SVG embedded in the binary (so a build tree shows it too).
QIcon appIcon();

} // namespace badgedesk
