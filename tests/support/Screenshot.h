#pragma once

#include <QString>

class QWidget;

namespace badgedesk::test {

// Saves widget->grab() as <name>.png in $BADGEDESK_SCREENSHOT_DIR (docs/screenshots when the
// screenshots are regenerated), else in a temporary folder; returns the path.
QString saveScreenshot(QWidget* widget, const QString& name);

} // namespace badgedesk::test
