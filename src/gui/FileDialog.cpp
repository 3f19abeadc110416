#include "FileDialog.h"

#include <QFileDialog>

namespace badgedesk {
namespace {

QStringList& queued()
{
    static QStringList names;
    return names;
}

} // namespace

void FileDialog::setNextFileName(const QString& fileName)
{
    queued().append(fileName);
}

bool FileDialog::takeNext(QString* fileName)
{
    if (queued().isEmpty())
        return false;
    *fileName = queued().takeFirst();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                    const QString& filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getOpenFileName(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& path,
                                    const QString& filter)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getSaveFileName(parent, caption, path, filter);
}

QString FileDialog::getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory)
{
    QString name;
    if (takeNext(&name))
        return name;
    return QFileDialog::getExistingDirectory(parent, caption, directory);
}

} // namespace badgedesk
