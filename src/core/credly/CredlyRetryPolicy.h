#pragma once

namespace badgedesk {

// How CredlyClient repeats a GET after a transient error (429, 5xx, network, timeout).
// POST and PUT are never repeated: their outcome must be reconciled first (credly-api.md §3).
struct CredlyRetryPolicy
{
    int maxAttempts = 4;            // first try included
    int baseDelayMs = 500;          // doubled per attempt, with jitter between half and all of it
    int maxDelayMs = 30000;         // cap of one backoff
    int maxRetryAfterSeconds = 120; // a longer Retry-After is handed to the caller instead
};

} // namespace badgedesk
