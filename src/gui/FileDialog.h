#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace badgedesk {

// The file dialogs of the app, behind a seam (KeePassXC's FileDialog): a test queues the answer
// with setNextFileName() and the next call returns it without opening a dialog. An empty
// answer stands for Cancel.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget* parent, const QString& caption, const QString& directory,
                                   const QString& filter);
    static QString getSaveFileName(QWidget* parent, const QString& caption, const QString& path,
                                   const QString& filter);

    // A folder; the queued answer of setNextFileName() serves here too.
    static QString getExistingDirectory(QWidget* parent, const QString& caption, const QString& directory);

    static void setNextFileName(const QString& fileName);

private:
    static bool takeNext(QString* fileName);
};

} // namespace badgedesk
