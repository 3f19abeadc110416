#include "AboutDialog.h"

#include "AppIcon.h"

#include "AppIdentity.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace badgedesk {

AboutDialog::AboutDialog(const QString& databasePath, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About BadgeDesk"));

    auto* name = new QLabel(tr("BadgeDesk"), this);
    name->setObjectName(QStringLiteral("aboutNameLabel"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    name->setFont(nameFont);

    auto* version = new QLabel(tr("Version %1").arg(versionString()), this);
    version->setObjectName(QStringLiteral("aboutVersionLabel"));
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* description = new QLabel(tr("Turns each month's CTIMS certifications into Credly badges."), this);
    description->setObjectName(QStringLiteral("aboutDescriptionLabel"));
    description->setWordWrap(true);

    auto* database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setObjectName(QStringLiteral("aboutDatabaseLabel"));
    database->setTextFormat(Qt::PlainText);
    database->setWordWrap(true);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Build and run-time versions can differ when distribution Qt libraries are updated.
    auto* qt = new QLabel(tr("Built with Qt %1, running on Qt %2")
                              .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())),
                          this);
    qt->setObjectName(QStringLiteral("aboutQtLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* icon = new QLabel(this);
    icon->setObjectName(QStringLiteral("aboutIconLabel"));
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("BadgeDesk icon"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    auto* head = new QHBoxLayout;
    head->addWidget(icon, 0, Qt::AlignTop);
    auto* titles = new QVBoxLayout;
    titles->addWidget(name);
    titles->addWidget(version);
    head->addSpacing(12);
    head->addLayout(titles, 1);
    layout->addLayout(head);
    layout->addSpacing(10);
    layout->addWidget(description);
    layout->addSpacing(10);
    layout->addWidget(database);
    layout->addWidget(qt);
    layout->addSpacing(12);
    layout->addWidget(buttons);
    setMinimumWidth(540);
}

} // namespace badgedesk
