#include "AppIcon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace badgedesk {

QIcon appIcon()
{
    QIcon icon = QIcon::fromTheme(QStringLiteral("io.github.badgedesk.BadgeDesk"));
    if (!icon.isNull())
        return icon;
    QSvgRenderer renderer(QStringLiteral(":/icons/badgedesk.svg"));
    if (!renderer.isValid())
        return icon;
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace badgedesk
