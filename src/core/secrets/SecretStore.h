#pragma once

#include <QLoggingCategory>
#include <QObject>
#include <QString>

#include <functional>

namespace badgedesk {

Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

// Where secrets (Credly tokens) are kept: the OS keychain (KeychainSecretStore) or, only when the
// user chose it because the keychain is unavailable, this session's memory (MemorySecretStore).
// Never a file, a setting or the database. Implementations log keys and outcomes, never a secret.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Ok,
        NotFound,     // no secret under this key (yet)
        Unavailable,  // no keychain to talk to (no Secret Service, locked with no prompt, no backend)
        AccessDenied, // the keychain refused (the user said no, or it is locked)
        Failed,       // anything else; detail says what
    };

    struct Result
    {
        Status status = Status::Ok;
        QString secret; // read: the secret when status is Ok
        QString detail; // the backend's own words, for the log and the "details" of a message

        bool isOk() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result&)>;

    explicit SecretStore(QObject* parent = nullptr) : QObject(parent) {}

    // Asynchronous: done is called once, always from the event loop (never inside the call).
    virtual void read(const QString& key, Callback done) = 0;
    virtual void write(const QString& key, const QString& secret, Callback done) = 0;
    virtual void remove(const QString& key, Callback done) = 0;

    // The same, waiting in a local event loop: for the CLI and tests, never the GUI thread's handlers.
    Result readNow(const QString& key);
    Result writeNow(const QString& key, const QString& secret);
    Result removeNow(const QString& key);

    // "ok", "not_found", "unavailable", "access_denied", "failed": for logs, JSON and tests.
    static QString statusKey(Status status);

private:
    Result wait(const std::function<void(Callback)>& start);
};

} // namespace badgedesk
