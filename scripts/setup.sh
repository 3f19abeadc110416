#!/usr/bin/env bash
# Installs exactly the Debian 12 packages BadgeDesk needs to build, run and test, when missing.
# Idempotent and non-interactive: safe to run on every build (README, .ci/run).
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ pkg-config clang-format git
    libsqlite3-dev qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-charts-dev libqt6opengl6-dev qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite
    qtkeychain-qt6-dev libxlsxwriter-dev libminizip-dev qt6-svg-dev
    # packaging: man page from --help, .deb, desktop entry and AppStream checks
    help2man dpkg-dev file desktop-file-utils appstream
    # runtime platform plugins for the GUI
    qt6-qpa-plugins fonts-dejavu-core
    # tests and benchmarks
    dbus gnome-keyring libsecret-tools sqlite3 python3-openpyxl time
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "setup: all ${#packages[@]} packages present"
    exit 0
fi

echo "setup: installing ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
