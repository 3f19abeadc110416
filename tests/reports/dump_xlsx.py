#!/usr/bin/python3
"""Reads a workbook with openpyxl (a reader BadgeDesk did not write) and prints, as JSON, each
sheet's frozen cell, autofilter range, column widths and every cell as [type, number format,
value]. type is openpyxl's data_type ('s' string, 'n' number, 'd' date, 'f' formula, 'b' bool)
with 'date' for number cells openpyxl reads as dates. Used by TestIssuanceReportWriter."""
import datetime
import json
import sys

from openpyxl import load_workbook


def cell_json(cell):
    value = cell.value
    kind = "date" if cell.is_date else cell.data_type
    if isinstance(value, (datetime.datetime, datetime.date)):
        value = value.isoformat()
    return [kind, cell.number_format, value]


def main():
    wb = load_workbook(sys.argv[1])
    out = {"sheets": wb.sheetnames}
    for ws in wb.worksheets:
        widths = {k: v.width for k, v in ws.column_dimensions.items() if v.width}
        out[ws.title] = {
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "widths": widths,
            "rows": [[cell_json(c) for c in row] for row in ws.iter_rows()],
        }
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
