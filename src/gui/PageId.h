#pragma once

namespace badgedesk {

// The pages of the main window, in navigation order (Ctrl+1 is the first).
enum class PageId
{
    Dashboard,
    Import,
    Review,
    Notice, // the pre-issuance notice: template, preview, mail-merge list, sent date
    Catalog,
    Issue,
    Reports,
    IssuanceLog // the journal and the follow-up (sync, worklist, retry, revoke, fix email)
};

constexpr int pageCount = 8;

} // namespace badgedesk
