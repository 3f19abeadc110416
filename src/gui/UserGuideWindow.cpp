#include "UserGuideWindow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTextList>
#include <QUrl>
#include <QVBoxLayout>

namespace badgedesk {

UserGuideWindow::UserGuideWindow(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("BadgeDesk User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    resize(900, 760);

    auto* searchLabel = new QLabel(tr("&Find in the guide:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userGuideSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("a word, e.g. sign off"));
    m_search->setAccessibleName(tr("Find in the guide"));
    searchLabel->setBuddy(m_search);
    auto* next = new QPushButton(tr("&Next"), this);
    next->setObjectName(QStringLiteral("userGuideFindNext"));
    auto* previous = new QPushButton(tr("&Previous"), this);
    previous->setObjectName(QStringLiteral("userGuideFindPrevious"));

    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    // Relative image paths ("screenshots/guide-01-welcome.png") resolve against the guide's own
    // resource URL, as they do beside docs/user-guide.md in the repository.
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/user-guide.md")), QTextDocument::MarkdownResource);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(previous);
    searchRow->addWidget(next);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(false); });
    connect(next, &QPushButton::clicked, this, [this] { findNext(false); });
    connect(previous, &QPushButton::clicked, this, [this] { findNext(true); });
    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    m_browser->viewport()->installEventFilter(this);
    setTabOrder(m_search, previous);
    setTabOrder(previous, next);
    setTabOrder(next, m_browser);
    m_browser->setFocus();
}

QString UserGuideWindow::plainText() const
{
    return m_browser->toPlainText();
}

bool UserGuideWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_browser->viewport() && event->type() == QEvent::Resize)
        fitPictures();
    return QDialog::eventFilter(watched, event);
}

void UserGuideWindow::fitPictures()
{
    QTextDocument* document = m_browser->document();
    const qreal margin =
        2 * document->documentMargin() + m_browser->verticalScrollBar()->sizeHint().width() + 8;
    const qreal available = qMax<qreal>(200, m_browser->viewport()->width() - margin);
    // Collect first: changing a fragment's format while walking the blocks would split them.
    struct Picture
    {
        int position;
        int length;
        qreal indent; // a picture in a list item starts further right
        QTextImageFormat format;
    };
    QList<Picture> pictures;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        qreal indent =
            block.blockFormat().leftMargin() + block.blockFormat().indent() * document->indentWidth();
        if (block.textList())
            indent += block.textList()->format().indent() * document->indentWidth();
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().isImageFormat())
                pictures.append(
                    {fragment.position(), fragment.length(), indent, fragment.charFormat().toImageFormat()});
        }
    }
    for (const Picture& picture : std::as_const(pictures)) {
        QTextImageFormat format = picture.format;
        const QImage image =
            document->resource(QTextDocument::ImageResource, QUrl(format.name())).value<QImage>();
        if (image.isNull())
            continue;
        const qreal width = qMin<qreal>(image.width(), qMax<qreal>(100, available - picture.indent));
        if (qFuzzyCompare(format.width(), width))
            continue;
        format.setWidth(width);
        format.setHeight(image.height() * width / image.width());
        QTextCursor cursor(document);
        cursor.setPosition(picture.position);
        cursor.setPosition(picture.position + picture.length, QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }
}

void UserGuideWindow::findNext(bool backwards)
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    const QTextDocument::FindFlags flags =
        backwards ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    if (m_browser->find(text, flags))
        return;
    // Wrap around once, from the other end.
    QTextCursor cursor = m_browser->textCursor();
    cursor.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_browser->setTextCursor(cursor);
    m_browser->find(text, flags);
}

} // namespace badgedesk
