#include "CredlyConnectionCheck.h"

#include "CredlyClient.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace badgedesk {

CredlyConnectionCheck::CredlyConnectionCheck(CredlyClient* client, QObject* parent)
    : QObject(parent), m_client(client)
{}

CredlyConnectionCheck::~CredlyConnectionCheck()
{
    for (const auto& reply : std::as_const(m_replies)) {
        if (reply)
            reply->abort();
    }
}

void CredlyConnectionCheck::start()
{
    if (isRunning())
        return;
    m_result = Result{};
    m_templatesError = CredlyError{};
    m_replies.clear();
    m_pending = 3;

    auto* organization = m_client->organization();
    auto* templates = m_client->listTemplates();
    auto* expiry = m_client->tokenExpiry();
    m_replies = {organization, templates, expiry};
    connect(organization, &CredlyReply::finished, this, [this, organization] {
        organization->deleteLater();
        if (organization->error().isError()) {
            m_result.error = organization->error();
        } else {
            m_result.organizationId = organization->value().id;
            m_result.organizationName = organization->value().name;
        }
        oneDone();
    });
    connect(templates, &CredlyReply::finished, this, [this, templates] {
        templates->deleteLater();
        m_templatesError = templates->error();
        for (const CredlyTemplate& t : templates->value()) {
            ++m_result.templateCount;
            if (t.isActive())
                ++m_result.activeTemplateCount;
        }
        oneDone();
    });
    connect(expiry, &CredlyReply::finished, this, [this, expiry] {
        expiry->deleteLater();
        if (expiry->error().isError()) {
            m_result.tokenExpiry.unknownReason = expiry->error().userText();
        } else {
            m_result.tokenExpiry = expiry->value();
        }
        oneDone();
    });
}

void CredlyConnectionCheck::oneDone()
{
    if (--m_pending > 0)
        return;
    // The organization's error says most (a wrong id is NotFound there); then the templates'.
    if (!m_result.error.isError() && m_templatesError.isError())
        m_result.error = m_templatesError;
    m_replies.clear();
    emit finished();
}

CredlyConnectionCheck::Result CredlyConnectionCheck::runNow()
{
    QEventLoop loop;
    connect(this, &CredlyConnectionCheck::finished, &loop, &QEventLoop::quit);
    start();
    if (isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_result;
}

QString CredlyConnectionCheck::Result::summary() const
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("CredlyConnectionCheck", text);
    };
    if (error.isError())
        return error.userText();
    return tr("Connected to \"%1\" with %2 badge templates (%3 active).")
        .arg(organizationName)
        .arg(templateCount)
        .arg(activeTemplateCount);
}

} // namespace badgedesk
