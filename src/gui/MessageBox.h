#pragma once

#include <QMessageBox>
#include <QString>

namespace badgedesk {

// Questions that are decisions (UI.md: only decisions get a modal dialog), behind a seam
// (KeePassXC's MessageBox): a test queues the answer with setNextAnswer() and the next question
// returns it without showing anything.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // The text of the last question asked (shown or answered by the seam), for tests.
    static QString lastQuestion();
};

} // namespace badgedesk
