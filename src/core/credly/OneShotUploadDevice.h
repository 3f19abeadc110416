#pragma once

#include <QByteArray>
#include <QIODevice>

namespace badgedesk {

// The body of a POST or PUT that Qt may read only once. QNetworkAccessManager silently resends a
// request when the server closes the connection before answering; for an issue that would create
// the badge twice. Refusing the second reset() turns that resend into ContentReSendError, which
// CredlyClient reports as "outcome unknown" for the caller to reconcile.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotUploadDevice(const QByteArray& data, QObject* parent = nullptr);

    bool reset() override;
    qint64 size() const override { return m_data.size(); }
    bool isSequential() const override { return false; }
    bool wasSent() const { return m_sent; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    bool m_sent = false;
};

} // namespace badgedesk
