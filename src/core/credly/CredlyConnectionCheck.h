#pragma once

#include "CredlyError.h"
#include "CredlyTokenExpiry.h"

#include <QObject>
#include <QPointer>

namespace badgedesk {

class CredlyClient;
class CredlyReply;

// "Test connection": reads the organization, counts its badge templates and asks the token's
// expiry, all at once. Nothing is written anywhere.
class CredlyConnectionCheck : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        CredlyError error; // from the organization or the templates; expiry problems only leave it unknown
        QString organizationId;
        QString organizationName;
        int templateCount = 0;
        int activeTemplateCount = 0;
        CredlyTokenExpiry tokenExpiry;

        bool isOk() const { return !error.isError(); }
        // "Connected to "CareerTech" with 152 badge templates (144 active)."
        QString summary() const;
    };

    explicit CredlyConnectionCheck(CredlyClient* client, QObject* parent = nullptr);
    ~CredlyConnectionCheck() override;

    void start();
    bool isRunning() const { return m_pending > 0; }
    const Result& result() const { return m_result; }
    Result runNow();

signals:
    void finished();

private:
    void oneDone();

    CredlyClient* m_client;
    QList<QPointer<CredlyReply>> m_replies;
    int m_pending = 0;
    Result m_result;
    CredlyError m_templatesError;
};

} // namespace badgedesk
