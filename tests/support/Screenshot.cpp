#include "Screenshot.h"

#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QWidget>

namespace badgedesk::test {

QString saveScreenshot(QWidget* widget, const QString& name)
{
    QString dir = qEnvironmentVariable("BADGEDESK_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::temp().filePath(QStringLiteral("badgedesk-screenshots"));
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
    QFile::remove(path);
    widget->grab().save(path);
    return path;
}

} // namespace badgedesk::test
