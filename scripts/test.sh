#!/usr/bin/env bash
# The README's test command: installs what is missing, builds with warnings as errors and runs
# the whole suite. Extra arguments go to ctest (e.g. -R TestDatabase).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset ci >/dev/null
cmake --build --preset ci -j "$(nproc)"

# Tests get a throwaway HOME and XDG folders, so they never touch the user's data or keyring,
# and a private D-Bus session with an unlocked gnome-keyring: the keychain tests talk to a real
# Secret Service.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/data" \
       XDG_CONFIG_HOME="$scratch/config" XDG_CACHE_HOME="$scratch/cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
# The keychain test fails (instead of skipping) when the Secret Service below is missing.
export BADGEDESK_REQUIRE_KEYCHAIN=1

dbus-run-session -- sh -c '
    printf badgedesk-tests | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec ctest --preset ci -j "$(nproc)" "$@"' sh "$@"
