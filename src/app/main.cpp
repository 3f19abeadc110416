#include "AppIdentity.h"
#include "MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    badgedesk::applyAppIdentity();
    badgedesk::MainWindow window;
    window.show();
    return app.exec();
}
