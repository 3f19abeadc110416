#pragma once

#include "CredlyError.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;

namespace badgedesk {

class CredlyClient;

// One asynchronous Credly call (possibly several HTTP requests: retries, pages). Emits finished()
// exactly once; then error() tells how it ended. Typed results: CredlyResult<T>::value().
// A child of the CredlyClient; the caller may deleteLater() it once finished, and deleting it
// earlier aborts the call.
class CredlyReply : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    bool isOk() const { return m_finished && !m_error.isError(); }
    const CredlyError& error() const { return m_error; }
    int attempts() const { return m_attempts; } // HTTP requests sent, retries included
    int pages() const { return m_pages; }       // list pages received

    // Ends the call now with CredlyError::Kind::Canceled. For a POST the outcome on Credly's side
    // is then unknown: reconcile before sending it again.
    void abort();

signals:
    void finished();

protected:
    explicit CredlyReply(QObject* parent);

private:
    friend class CredlyClient;
    void finish(const CredlyError& error);

    bool m_finished = false;
    bool m_aborted = false;
    CredlyError m_error;
    int m_attempts = 0;
    int m_pages = 0;
    QPointer<QNetworkReply> m_current;
};

} // namespace badgedesk
