#!/usr/bin/env bash
# The README's start command: installs what is missing, builds BadgeDesk and starts it on its
# embedded default (a SQLite file in your data folder, Practice environment). Arguments go to
# badgedesk, e.g. --db PATH.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release -j "$(nproc)"

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run: no desktop display found (DISPLAY/WAYLAND_DISPLAY unset). Start this from a desktop session." >&2
fi
exec build/release/src/app/badgedesk "$@"
