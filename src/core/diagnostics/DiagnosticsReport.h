#pragma once

#include <QString>

namespace badgedesk {

class Database;

// What Help > Copy diagnostics puts on the clipboard for support: versions, paths, environment,
// schema, table sizes and the recent problems from the log. No token, no student data.
class DiagnosticsReport
{
public:
    static QString text(const Database& db);
};

} // namespace badgedesk
