#pragma once

#include <QByteArray>
#include <QString>

namespace badgedesk {

// Why a Credly call failed, in the terms a caller acts on (credly-api.md §3 and "Implications").
struct CredlyError
{
    enum class Kind
    {
        None,
        Authentication, // 401: token wrong or expired; stop the whole run
        Permission,     // 403: token lacks the permission (e.g. read-only token on a write)
        NotFound,       // 404
        Validation,     // 422 (or another 4xx): permanent for this row; message is Credly's data.message
        Duplicate,      // 422 on an issue that says the earner already has the badge: skip, never retry
        Throttled,      // 429; retryAfterSeconds when Credly sent Retry-After
        Server,         // 5xx
        Network,        // no HTTP answer: refused, reset, closed, TLS failure
        Timeout,        // no complete answer within the transfer timeout
        Malformed,      // an answer that is not Credly's JSON envelope
        Configuration,  // refused before sending: no/insecure base URL, no organization or token
        Canceled,       // the caller aborted
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message;            // Credly's data.message for HTTP errors, else our description
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent
    QString currentBadgeId;     // metadata.current_badge_id of a "has already been replaced" answer

    bool isError() const { return kind != Kind::None; }
    // Whether a GET may be repeated after this error.
    bool isTransient() const;
    // "authentication", "duplicate"...: stable keys for logs, the CLI's JSON and tests.
    static QString kindKey(Kind kind);
    // One sentence for the user: what happened and what to do.
    QString userText() const;

    // From a non-2xx HTTP answer. issuing: the request was POST .../badges, where a 422 that says
    // "already" or "duplicate" means Duplicate.
    static CredlyError fromHttp(int status, const QByteArray& body, const QByteArray& retryAfterHeader,
                                bool issuing);
    static int parseRetryAfter(const QByteArray& header);
};

} // namespace badgedesk
