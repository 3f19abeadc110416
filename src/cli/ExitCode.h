#pragma once

namespace badgedesk {

// badgedesk-cli's documented exit codes (README "Command line").
enum ExitCode : int
{
    ExitOk = 0,
    ExitUsage = 1,      // unknown command or option, missing argument
    ExitBadInput = 2,   // the input (file, database, value) is wrong; the message says how
    ExitNetwork = 3,    // network or authentication problem talking to Credly
    ExitPartlyDone = 4, // some items done, some not; the output lists which
};

} // namespace badgedesk
