#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a temporary root and runs the installed programs
# from there; checks the desktop entry, the AppStream metainfo, the man page and the declared
# dependencies. Usage: test_deb.sh BUILD_DIR
set -euo pipefail
build=$(cd "$1" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

(cd "$work" && cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) ||
    { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/badgedesk_*.deb 2>/dev/null | head -n 1)
[ -n "$deb" ] || fail "no badgedesk_*.deb in $work/out"
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KB)"

root="$work/root"
dpkg-deb -x "$deb" "$root"
for f in usr/bin/badgedesk usr/bin/badgedesk-cli usr/bin/credly-sim \
         usr/share/applications/io.github.badgedesk.BadgeDesk.desktop \
         usr/share/metainfo/io.github.badgedesk.BadgeDesk.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.badgedesk.BadgeDesk.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.badgedesk.BadgeDesk.png \
         usr/share/icons/hicolor/256x256/apps/io.github.badgedesk.BadgeDesk.png \
         usr/share/man/man1/badgedesk-cli.1; do
    [ -e "$root/$f" ] || fail "the package lacks /$f"
done

version=$(sed -n 's/^#define BADGEDESK_VERSION "\(.*\)"/\1/p' "$build"/src/core/generated/Version.h)
[ -n "$version" ] || fail "cannot read the version from the build"
out=$("$root/usr/bin/badgedesk-cli" --version)
[ "$out" = "badgedesk-cli $version" ] || fail "installed badgedesk-cli --version said '$out'"
out=$("$root/usr/bin/badgedesk" --version)
[ "$out" = "badgedesk $version" ] || fail "installed badgedesk --version said '$out'"

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6core6 libqt6widgets6 libqt6sql6 libxlsxwriter4 qt6-qpa-plugins libqt6sql6-sqlite; do
    echo "$depends" | grep -q "$d" || fail "Depends lacks $d: $depends"
done
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "package version is not $version"

desktop-file-validate "$root/usr/share/applications/io.github.badgedesk.BadgeDesk.desktop" ||
    fail "desktop entry is not valid"
appstreamcli validate --no-net --pedantic "$root/usr/share/metainfo/io.github.badgedesk.BadgeDesk.metainfo.xml" ||
    appstreamcli validate --no-net "$root/usr/share/metainfo/io.github.badgedesk.BadgeDesk.metainfo.xml" ||
    fail "AppStream metainfo is not valid"
grep -q "release version=\"$version\"" "$root/usr/share/metainfo/io.github.badgedesk.BadgeDesk.metainfo.xml" ||
    fail "metainfo names another release than $version"
file "$root/usr/share/icons/hicolor/48x48/apps/io.github.badgedesk.BadgeDesk.png" | grep -q "48 x 48" ||
    fail "the 48px icon is not 48x48"
man -l "$root/usr/share/man/man1/badgedesk-cli.1" 2>/dev/null | grep -q "EXIT STATUS" ||
    grep -q "EXIT STATUS" "$root/usr/share/man/man1/badgedesk-cli.1" || fail "man page lacks EXIT STATUS"
grep -q "sample" "$root/usr/share/man/man1/badgedesk-cli.1" || fail "man page does not list the commands"
if grep -rq "/root/\|$HOME/.local" "$root/usr/share/man/man1/badgedesk-cli.1"; then
    fail "man page holds the builder's home folder"
fi
echo "ok: installed programs run from the unpacked package, metadata valid"
