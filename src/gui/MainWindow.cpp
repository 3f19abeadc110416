#include "MainWindow.h"

namespace badgedesk {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("BadgeDesk"));
}

} // namespace badgedesk
