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
    Reports,
    IssuanceLog // the journal and the follow-up (sync, worklist, retry, revoke, fix email)
};

constexpr int pageCount = 7;

} // namespace badgedesk
