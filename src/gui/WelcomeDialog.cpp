#include "WelcomeDialog.h"

#include "AppIcon.h"
#include "EnvironmentLabel.h"
#include "diagnostics/DiagnosticsLog.h"
#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace badgedesk {

namespace {
const QString ShownKey = QStringLiteral("welcome/shown");
}

bool WelcomeDialog::isFirstRun()
{
    return !QSettings().value(ShownKey, false).toBool();
}

void WelcomeDialog::markShown()
{
    QSettings().setValue(ShownKey, true);
}

WelcomeDialog::WelcomeDialog(const Database& db, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to BadgeDesk"));
    const bool practice = db.environment() == CredlyEnvironment::Practice;

    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    auto* title = new QLabel(tr("Welcome to BadgeDesk"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    auto* intro = new QLabel(
        practice ? tr("You are in <b>Practice</b>: a Credly of its own runs inside BadgeDesk, so you can go "
                      "through a whole month (import, review, sign-off, notice, issuing, reports) with "
                      "sample students and no Credly account. Nothing here reaches a real student, and "
                      "Practice keeps its own database, so sample data never meets real data.")
                 : tr("You are working in <b>%1</b>. Badges issued here go to Credly for real.")
                       .arg(environmentLabel(db.environment())),
        this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

    const QString dataFolder = QFileInfo(db.path()).absolutePath();
    const QString log = DiagnosticsLog::logFilePath();
    QString whereText =
        tr("<b>Where your data lives</b><br>Database: %1<br>Backups: %2")
            .arg(QDir::toNativeSeparators(db.path()).toHtmlEscaped(),
                 QDir::toNativeSeparators(dataFolder + QStringLiteral("/backups")).toHtmlEscaped());
    if (!log.isEmpty())
        whereText += tr("<br>Log file: %1").arg(QDir::toNativeSeparators(log).toHtmlEscaped());
    whereText += tr("<br>Credly tokens: only in your system's keychain, never in a file.");
    auto* where = new QLabel(whereText, this);
    where->setObjectName(QStringLiteral("welcomeWhere"));
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(this);
    auto* sample = buttons->addButton(tr("Load Sample Month"), QDialogButtonBox::AcceptRole);
    sample->setObjectName(QStringLiteral("welcomeLoadSample"));
    sample->setEnabled(practice);
    sample->setToolTip(practice ? tr("Fill the catalog and a month of sample students to practise on.")
                                : tr("Sample months are for Practice only."));
    auto* connectButton = buttons->addButton(tr("Connect to Credly…"), QDialogButtonBox::ActionRole);
    connectButton->setObjectName(QStringLiteral("welcomeConnect"));
    buttons->addButton(QDialogButtonBox::Close);
    connect(sample, &QPushButton::clicked, this, [this] {
        emit loadSampleMonthRequested();
        accept();
    });
    connect(connectButton, &QPushButton::clicked, this, [this] {
        emit connectToCredlyRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    head->addSpacing(12);
    head->addWidget(title, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addLayout(head);
    layout->addSpacing(8);
    layout->addWidget(intro);
    layout->addSpacing(8);
    layout->addWidget(where);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(600);
    (practice ? sample : connectButton)->setDefault(true);
}

} // namespace badgedesk
