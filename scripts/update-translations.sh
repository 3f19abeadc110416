#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate through the build's update_translations
# target), fills the English plural forms and writes the Spanish translations from the reviewed
# dictionary translations/badgedesk_es.tsv. Run after changing user-visible strings; commit the
# .ts files. The .qm files are built and embedded by the normal build.
# New strings without a Spanish line are listed by `scripts/fill_translations.py es --missing`
# (as .tsv lines to complete and append); TestSpanishComplete fails until they are there.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset ci >/dev/null
cmake --build build/ci --target update_translations
/usr/bin/python3 scripts/fill_english_plurals.py translations/badgedesk_en.ts
/usr/bin/python3 scripts/fill_translations.py es
