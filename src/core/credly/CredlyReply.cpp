#include "CredlyReply.h"

#include <QNetworkReply>

namespace badgedesk {

CredlyReply::CredlyReply(QObject* parent) : QObject(parent) {}

void CredlyReply::abort()
{
    if (m_finished)
        return;
    m_aborted = true;
    if (m_current)
        m_current->abort();
    CredlyError e;
    e.kind = CredlyError::Kind::Canceled;
    e.message = QStringLiteral("canceled");
    finish(e);
}

void CredlyReply::finish(const CredlyError& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    emit finished();
}

} // namespace badgedesk
