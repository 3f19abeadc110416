#pragma once

#include <QDialog>

class QLineEdit;
class QTextBrowser;

namespace badgedesk {

// Help > User Guide: docs/user-guide.md and its screenshots, embedded in the program (":/guide"),
// so the guide opens the same on a machine without the source or a network. A window of its own,
// not modal: the specialist follows the steps in the main window beside it.
class UserGuideWindow : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideWindow(QWidget* parent = nullptr);

    // The guide as shown (for tests): its plain text.
    QString plainText() const;

protected:
    // The page's width changed: fit the pictures again.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void findNext(bool backwards);
    // Shows each picture at its own size, or scaled down to the page's width, so the text never
    // needs a horizontal scroll bar.
    void fitPictures();

    QTextBrowser* m_browser = nullptr;
    QLineEdit* m_search = nullptr;
};

} // namespace badgedesk
