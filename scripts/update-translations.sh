#!/usr/bin/env bash
# Refreshes translations/*.ts from the sources (lupdate through the build's update_translations
# target) and fills the English plural forms. Run after changing user-visible strings; commit the
# .ts files. The .qm files are built and embedded by the normal build.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset ci >/dev/null
cmake --build build/ci --target update_translations
/usr/bin/python3 scripts/fill_english_plurals.py translations/badgedesk_en.ts
