#!/usr/bin/env bash
# Regenerates tests/data/libreoffice/*.xlsx: workbooks written by LibreOffice Calc, a program we
# did not write. They are committed because LibreOffice (libreoffice-calc-nogui, ~55 packages,
# ~200 MB) is too heavy to install in every CI run; run this by hand after changing
# make_import_fixtures.py. Needs libreoffice-calc-nogui and python3-openpyxl.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home"
mkdir -p "$HOME"

/usr/bin/python3 "$here/make_import_fixtures.py" "$work" --csv-only
/usr/bin/python3 "$here/make_import_fixtures.py" "$work"

# 1. The CSV opened in Calc (US English, UTF-8, comma) and saved as .xlsx: Calc turns the dates
#    into date cells and the codes into numbers (0911 -> 911), as a spreadsheet program does.
soffice --headless --infilter="CSV:44,34,76,1,,1033" --convert-to xlsx:"Calc MS Excel 2007 XML" \
    --outdir "$work/lo" "$work/export.csv" >/dev/null
# 2. The openpyxl workbook opened in Calc and saved again (a round trip through another program).
cp "$work/openpyxl_export.xlsx" "$work/roundtrip.xlsx"
soffice --headless --convert-to xlsx:"Calc MS Excel 2007 XML" --outdir "$work/lo" \
    "$work/roundtrip.xlsx" >/dev/null

mkdir -p "$here/libreoffice"
cp "$work/lo/export.xlsx" "$here/libreoffice/export_from_csv.xlsx"
cp "$work/lo/roundtrip.xlsx" "$here/libreoffice/roundtrip.xlsx"
soffice --version > "$here/libreoffice/VERSION"
ls -l "$here/libreoffice"
