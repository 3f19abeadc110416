#include "TemplateSync.h"

#include "CredlyClient.h"
#include "storage/CatalogRepository.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QHash>

namespace badgedesk {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("TemplateSync", text);
}

QString codes(const QList<TemplateSync::Reference>& refs)
{
    QStringList list;
    for (const auto& r : refs)
        list.append(r.code);
    const int shown = 8;
    QString text = QStringList(list.mid(0, shown)).join(QStringLiteral(", "));
    if (list.size() > shown)
        text += tr(" and %1 more").arg(list.size() - shown);
    return text;
}

} // namespace

TemplateSync::TemplateSync(CredlyClient* client, QSqlDatabase db, CredlyEnvironment environment,
                           QObject* parent)
    : QObject(parent), m_client(client), m_db(std::move(db)), m_environment(environment)
{}

TemplateSync::~TemplateSync()
{
    if (m_reply)
        m_reply->abort();
}

void TemplateSync::start()
{
    if (isRunning())
        return;
    m_result = Result{};
    CredlyTemplateFilter every;
    // Every state explicitly: archived templates are what the catalog must be warned about.
    every.states = {QStringLiteral("active"), QStringLiteral("archived"), QStringLiteral("draft")};
    auto* reply = m_client->listTemplates(every);
    m_reply = reply;
    connect(reply, &CredlyReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        if (reply->error().isError()) {
            m_result.error = reply->error();
            emit finished();
            return;
        }
        const QList<CredlyTemplate>& templates = reply->value();
        m_result.syncedAt = QDateTime::currentDateTimeUtc();
        CredlyTemplateRepository cache(m_db);
        if (!cache.replaceAll(m_environment, templates, m_result.syncedAt)) {
            m_result.storageError = cache.error();
            emit finished();
            return;
        }
        m_result.total = static_cast<int>(templates.size());
        for (const CredlyTemplate& t : templates) {
            if (t.isActive())
                ++m_result.active;
            else if (t.state == QLatin1String("archived"))
                ++m_result.archived;
        }
        flagReferences(CatalogRepository(m_db).all(), cache.all(m_environment), QDate::currentDate(),
                       &m_result);
        emit finished();
    });
}

TemplateSync::Result TemplateSync::runNow()
{
    QEventLoop loop;
    connect(this, &TemplateSync::finished, &loop, &QEventLoop::quit);
    start();
    if (isRunning())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    return m_result;
}

void TemplateSync::flagReferences(const QList<CatalogEntry>& catalog,
                                  const QList<CredlyTemplateRepository::CachedTemplate>& templates,
                                  const QDate& today, Result* result)
{
    QHash<QString, const CredlyTemplateRepository::CachedTemplate*> byId;
    for (const auto& t : templates)
        byId.insert(t.id, &t);
    result->archivedInUse.clear();
    result->unknownInUse.clear();
    for (const CatalogEntry& e : catalog) {
        const QString id = e.credlyTemplateId.trimmed();
        // A retired entry no longer issues, so its template's state does not matter.
        if (id.isEmpty() || e.isRetiredOn(today))
            continue;
        const auto* t = byId.value(id);
        Reference ref{e.code, e.title, id, {}, {}};
        if (!t) {
            result->unknownInUse.append(ref);
        } else if (!t->isActive()) {
            ref.templateName = t->name;
            ref.templateState = t->state;
            result->archivedInUse.append(ref);
        }
    }
}

QString TemplateSync::Result::summary() const
{
    if (error.isError())
        return tr("The templates could not be refreshed: %1").arg(error.userText());
    if (!storageError.isEmpty())
        return tr("The templates could not be saved: %1").arg(storageError);
    QString text =
        tr("%1 badge templates from Credly (%2 active, %3 archived).").arg(total).arg(active).arg(archived);
    if (!archivedInUse.isEmpty())
        text +=
            QLatin1Char(' ') + tr("%1 catalog entries use a template that can no longer issue badges: %2. "
                                  "Pick an active template for them in the Catalog.")
                                   .arg(archivedInUse.size())
                                   .arg(codes(archivedInUse));
    if (!unknownInUse.isEmpty())
        text += QLatin1Char(' ') + tr("%1 catalog entries name a template Credly does not have: %2. Check "
                                      "the template in the Catalog.")
                                       .arg(unknownInUse.size())
                                       .arg(codes(unknownInUse));
    return text;
}

} // namespace badgedesk
