#pragma once

#include <QString>

namespace badgedesk {

// Checks an email address the way a careful person would before a badge goes to it, without the
// network: exactly one address, no spaces, one @, a dot in the domain, plausible characters. It
// also suggests the likely intended address for common slips (gmial.com, a comma for a dot, two
// addresses in one cell). The badge goes to exactly the address on the row, so nothing here
// changes it: the specialist accepts the suggestion or types a fix.
class EmailCheck
{
public:
    enum class Problem
    {
        None,
        Missing,
        Spaces,        // "jane doe@example.org"
        TwoAddresses,  // "a@example.org; b@example.org"
        NoAt,          // "jane.doe.example.org"
        SeveralAt,     // "jane@@example.org"
        NoDotInDomain, // "jane@gmail"
        BadCharacters, // "jane,doe@example.org", "jané@example.org"
        BadDots,       // "jane..doe@example.org", ".jane@", "jane@example.org."
        DomainTypo,    // "jane@gmial.com": valid syntax, but almost surely not meant
    };

    struct Result
    {
        Problem problem = Problem::None;
        QString suggestion; // the likely intended address, empty when none
        bool isValid() const { return problem == Problem::None; }
    };

    // The address as stored (trimmed and lower-cased by the importer); leading and trailing
    // white space is ignored here as well.
    static Result check(const QString& address);
    // The specialist's words: "the address has no dot after the @ (jane@gmail)".
    static QString describe(Problem problem);
};

} // namespace badgedesk
