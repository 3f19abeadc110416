#include "MessageBox.h"

#include <QList>

namespace badgedesk {
namespace {

QList<QMessageBox::StandardButton>& queued()
{
    static QList<QMessageBox::StandardButton> answers;
    return answers;
}

QString& last()
{
    static QString text;
    return text;
}

} // namespace

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    last() = text;
    if (!queued().isEmpty())
        return queued().takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    queued().append(answer);
}

QString MessageBox::lastQuestion()
{
    return last();
}

} // namespace badgedesk
