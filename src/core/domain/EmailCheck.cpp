#include "EmailCheck.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace badgedesk {

namespace {

// Misspelt mail domains seen in student data, and what was meant.
const QHash<QString, QString>& domainTypos()
{
    static const QHash<QString, QString> typos{
        {QStringLiteral("gmial.com"), QStringLiteral("gmail.com")},
        {QStringLiteral("gmai.com"), QStringLiteral("gmail.com")},
        {QStringLiteral("gamil.com"), QStringLiteral("gmail.com")},
        {QStringLiteral("gmal.com"), QStringLiteral("gmail.com")},
        {QStringLiteral("gmail.co"), QStringLiteral("gmail.com")},
        {QStringLiteral("gmail.cm"), QStringLiteral("gmail.com")},
        {QStringLiteral("gmail.con"), QStringLiteral("gmail.com")},
        {QStringLiteral("yaho.com"), QStringLiteral("yahoo.com")},
        {QStringLiteral("yahooo.com"), QStringLiteral("yahoo.com")},
        {QStringLiteral("yahoo.co"), QStringLiteral("yahoo.com")},
        {QStringLiteral("hotmial.com"), QStringLiteral("hotmail.com")},
        {QStringLiteral("hotmai.com"), QStringLiteral("hotmail.com")},
        {QStringLiteral("hotmal.com"), QStringLiteral("hotmail.com")},
        {QStringLiteral("outlok.com"), QStringLiteral("outlook.com")},
        {QStringLiteral("outllok.com"), QStringLiteral("outlook.com")},
        {QStringLiteral("iclod.com"), QStringLiteral("icloud.com")},
        {QStringLiteral("icoud.com"), QStringLiteral("icloud.com")},
    };
    return typos;
}

// Also the synthetic data's look-alikes: "gmial.example.com" means "gmail.example.com".
QString fixDomain(const QString& domain)
{
    // Every row of a batch passes here on each classification: the heads are split once.
    struct Typo
    {
        QString typo, fixed, typoHead, fixedHead;
    };
    static const QList<Typo> typos = [] {
        QList<Typo> list;
        const auto& map = domainTypos();
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            list.append({it.key(), it.value(), it.key().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.'),
                         it.value().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.')});
        std::sort(list.begin(), list.end(), [](const Typo& a, const Typo& b) { return a.typo < b.typo; });
        return list;
    }();
    for (const Typo& t : typos) {
        if (domain == t.typo)
            return t.fixed;
        // Only a misspelt first label is fixed this way: "gmail.co" -> "gmail.com" says nothing
        // about "gmail.example.com", which is fine as it is.
        if (t.typoHead != t.fixedHead && domain.startsWith(t.typoHead) && domain.count(QLatin1Char('.')) >= 2)
            return t.fixedHead + domain.mid(t.typoHead.size());
    }
    return {};
}

bool containsSpace(const QString& text)
{
    for (const QChar c : text) {
        if (c.isSpace())
            return true;
    }
    return false;
}

bool plausibleCharacters(const QString& local, const QString& domain)
{
    static const QRegularExpression localRe(QStringLiteral("^[a-z0-9!#$%&'*+/=?^_`{|}~.-]+$"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression domainRe(QStringLiteral("^[a-z0-9.-]+$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return localRe.match(local).hasMatch() && domainRe.match(domain).hasMatch();
}

bool badDots(const QString& local, const QString& domain)
{
    return local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
           local.contains(QLatin1String("..")) || domain.startsWith(QLatin1Char('.')) ||
           domain.endsWith(QLatin1Char('.')) || domain.contains(QLatin1String("..")) ||
           domain.startsWith(QLatin1Char('-'));
}

// The syntax check alone, without suggestions.
EmailCheck::Problem syntaxProblem(const QString& address)
{
    using P = EmailCheck::Problem;
    if (address.isEmpty())
        return P::Missing;
    static const QRegularExpression twoRe(QStringLiteral("@[^@]*[;, /\\s]+[^@;, ]*@"));
    if (address.count(QLatin1Char('@')) >= 2 && twoRe.match(address).hasMatch())
        return P::TwoAddresses;
    if (containsSpace(address))
        return P::Spaces;
    const int at = int(address.count(QLatin1Char('@')));
    if (at == 0)
        return P::NoAt;
    if (at > 1)
        return P::SeveralAt;
    const QString local = address.section(QLatin1Char('@'), 0, 0);
    const QString domain = address.section(QLatin1Char('@'), 1);
    if (local.isEmpty() || domain.isEmpty())
        return P::NoAt;
    if (!plausibleCharacters(local, domain))
        return P::BadCharacters;
    if (badDots(local, domain))
        return P::BadDots;
    if (!domain.contains(QLatin1Char('.')))
        return P::NoDotInDomain;
    return P::None;
}

} // namespace

EmailCheck::Result EmailCheck::check(const QString& input)
{
    Result result;
    const QString address = input.trimmed();
    result.problem = syntaxProblem(address);

    switch (result.problem) {
    case Problem::None: {
        const QString local = address.section(QLatin1Char('@'), 0, 0);
        const QString fixed = fixDomain(address.section(QLatin1Char('@'), 1).toLower());
        if (!fixed.isEmpty()) {
            result.problem = Problem::DomainTypo;
            result.suggestion = local + QLatin1Char('@') + fixed;
        }
        return result;
    }
    case Problem::TwoAddresses: {
        // Suggest the first address when it is valid on its own.
        const QString first =
            address.split(QRegularExpression(QStringLiteral("[;, /\\s]+")), Qt::SkipEmptyParts).value(0);
        if (syntaxProblem(first) == Problem::None)
            result.suggestion = first;
        return result;
    }
    case Problem::BadCharacters: {
        // "jane,doe@example,org": a comma typed for a dot.
        QString candidate = address;
        candidate.replace(QLatin1Char(','), QLatin1Char('.'));
        if (candidate != address && syntaxProblem(candidate) == Problem::None)
            result.suggestion = candidate;
        return result;
    }
    case Problem::SeveralAt: {
        QString candidate = address;
        candidate.replace(QRegularExpression(QStringLiteral("@+")), QStringLiteral("@"));
        if (syntaxProblem(candidate) == Problem::None)
            result.suggestion = candidate;
        return result;
    }
    case Problem::BadDots: {
        QString candidate = address;
        candidate.replace(QRegularExpression(QStringLiteral("\\.{2,}")), QStringLiteral("."));
        while (candidate.endsWith(QLatin1Char('.')))
            candidate.chop(1);
        if (syntaxProblem(candidate) == Problem::None)
            result.suggestion = candidate;
        return result;
    }
    case Problem::Spaces: {
        // "jane doe@example.org": the space is most often a dot or nothing; suggest nothing when unsure.
        const QString local = address.section(QLatin1Char('@'), 0, 0);
        const QString domain = address.section(QLatin1Char('@'), 1);
        if (!domain.contains(QLatin1Char(' ')) && local.count(QLatin1Char(' ')) == 1) {
            QString candidate = local;
            candidate.replace(QLatin1Char(' '), QLatin1Char('.'));
            candidate += QLatin1Char('@') + domain;
            if (syntaxProblem(candidate) == Problem::None)
                result.suggestion = candidate;
        }
        return result;
    }
    case Problem::Missing:
    case Problem::NoAt:
    case Problem::NoDotInDomain:
    case Problem::DomainTypo:
        return result;
    }
    return result;
}

QString EmailCheck::describe(Problem problem)
{
    switch (problem) {
    case Problem::None:
        return QString();
    case Problem::Missing:
        return QStringLiteral("there is no email address");
    case Problem::Spaces:
        return QStringLiteral("the address contains a space");
    case Problem::TwoAddresses:
        return QStringLiteral("the cell holds two addresses; a badge goes to one");
    case Problem::NoAt:
        return QStringLiteral("the address has no @");
    case Problem::SeveralAt:
        return QStringLiteral("the address has more than one @");
    case Problem::NoDotInDomain:
        return QStringLiteral("the address has no dot after the @");
    case Problem::BadCharacters:
        return QStringLiteral("the address contains a character addresses cannot have (a comma?)");
    case Problem::BadDots:
        return QStringLiteral("the address has a dot in the wrong place");
    case Problem::DomainTypo:
        return QStringLiteral("the mail domain looks misspelt");
    }
    return QString();
}

} // namespace badgedesk
