#include "ImportPage.h"

#include "import/ImportWizard.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLayout>
#include <QMimeData>
#include <QUrl>

namespace badgedesk {

namespace {
// The first local file of a drag, if any.
QString droppedFile(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            return url.toLocalFile();
    }
    return {};
}
} // namespace

ImportPage::ImportPage(Database& db, QWidget* parent) : Page(parent), m_wizard(new ImportWizard(db, this))
{
    setObjectName(QStringLiteral("importPage"));
    setAcceptDrops(true);
    layout()->addWidget(m_wizard);
}

void ImportPage::dragEnterEvent(QDragEnterEvent* event)
{
    // Any local file: the preview says clearly when it is not a spreadsheet.
    const QString path = droppedFile(event->mimeData());
    if (m_wizard->isImporting() || path.isEmpty())
        return;
    event->acceptProposedAction();
    m_wizard->showDropHint(QFileInfo(path).fileName());
}

void ImportPage::dragLeaveEvent(QDragLeaveEvent* event)
{
    m_wizard->showDropHint(QString());
    Page::dragLeaveEvent(event);
}

void ImportPage::dropEvent(QDropEvent* event)
{
    const QString path = droppedFile(event->mimeData());
    if (path.isEmpty() || m_wizard->isImporting())
        return;
    event->acceptProposedAction();
    m_wizard->showDropHint(QString());
    m_wizard->openFile(path);
}

} // namespace badgedesk
