#pragma once

namespace badgedesk {

// The pages of the main window, in navigation order (Ctrl+1 is the first).
enum class PageId
{
    Dashboard,
    Import,
    Review,
    Catalog,
    Issue,
    Reports
};

constexpr int pageCount = 6;

} // namespace badgedesk
