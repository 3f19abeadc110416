#!/usr/bin/env bash
# Fails when an interface string has no translation: every message lupdate finds in the sources
# now, and every message of the committed translations/badgedesk_LANG.ts (what the build embeds),
# must be in translations/badgedesk_LANG.tsv. Fix: add the lines printed below to the .tsv
# (`scripts/fill_translations.py LANG --missing` prints them), then run scripts/update-translations.sh.
# Usage: check_translations.sh LUPDATE LANG
set -euo pipefail
lupdate=$1
language=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

status=0
/usr/bin/python3 "$root/scripts/fill_translations.py" "$language" --check || status=1

# The same sources and options as the build's update_translations target (src/gui/CMakeLists.txt).
cp "$root/translations/badgedesk_$language.ts" "$work/fresh.ts"
(cd "$root" && find src/core src/gui -name '*.cpp' -o -name '*.h'; find "$root/src/app" -name '*.cpp') \
    | sed "s|^src/|$root/src/|" > "$work/sources.lst"
"$lupdate" -no-obsolete -locations none "@$work/sources.lst" -ts "$work/fresh.ts" >"$work/lupdate.log" 2>&1 \
    || { cat "$work/lupdate.log"; exit 1; }
/usr/bin/python3 "$root/scripts/fill_translations.py" "$language" --ts "$work/fresh.ts" >/dev/null
/usr/bin/python3 "$root/scripts/fill_translations.py" "$language" --check --ts "$work/fresh.ts" || status=1
exit $status
