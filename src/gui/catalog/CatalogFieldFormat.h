#pragma once

#include <QString>

namespace badgedesk {

class CatalogValidator;

// How catalog fields and their stored text values read on screen: the table's headers, the
// history pane and the import preview all say "CareerTech badges it: Yes", never
// "careertech_badges: 1".
class CatalogFieldFormat
{
public:
    static QString label(const QString& field);
    // Flags as Yes/No, a template id as its cached name (and state), empty as an em dash.
    static QString value(const QString& field, const QString& value,
                         const CatalogValidator* validator = nullptr);
};

} // namespace badgedesk
