#include "AppIcon.h"
#include "AppIdentity.h"
#include "AppSession.h"
#include "Translations.h"
#include "diagnostics/DiagnosticsLog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QStandardPaths>
#include <cstdio>

int main(int argc, char* argv[])
{
    // Answered before QApplication exists, so packaging scripts and CI can ask without a display.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0) {
            std::printf("badgedesk %s\n", qPrintable(badgedesk::versionString()));
            return 0;
        }
    }

    QApplication app(argc, argv);
    badgedesk::applyAppIdentity();
    badgedesk::DiagnosticsLog::install(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/logs"), true);
    badgedesk::Translations::install(&app, badgedesk::Translations::savedChoice());
    QApplication::setWindowIcon(badgedesk::appIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.badgedesk.BadgeDesk"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Monthly CTIMS certifications to Credly badges."));
    parser.addHelpOption();
    // Listed for --help; it is answered above.
    const QCommandLineOption versionOption(QStringLiteral("version"),
                                           QApplication::translate("main", "Print the version."));
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("main",
                                "Open the database at PATH (default: the file of the current environment)."),
        QStringLiteral("PATH"));
    parser.addOptions({versionOption, dbOption});
    parser.process(app);

    // The database of the remembered environment (Practice on a fresh install), its Credly session
    // (in Practice the simulator, in this process) and the window.
    badgedesk::AppSession session;
    QString error;
    if (!session.start(parser.value(dbOption), &error)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "BadgeDesk cannot open its database"),
                              error);
        return 2;
    }
    return app.exec();
}
