#!/usr/bin/env python3
# Writes the workbooks of TestImporter into the folder given as argument, with programs we did
# not write: openpyxl (Debian's python3-openpyxl) for formatted workbooks, the 1904 date system and
# several sheets; zipfile for a sheet cut off in the middle. With --csv-only it writes just
# export.csv, the text that make_libreoffice_fixtures.sh hands to LibreOffice.
#
# The rows are synthetic (domain.md section 7: reserved email domains, no SSN-like numbers) and
# TestImporter asserts their normalised values, so keep the two in step.
import csv, datetime, sys, zipfile

out = sys.argv[1]

TITLE = "CTIMS Real-Time Certifications - March 2025 (synthetic)"
HEADER = ["Entry ID", "Entry Date/Time", "Entered By", "District", "School Name", "Program",
          "Student Number", "First Name", "Last Name", "Birth Date", "Student Email", "Test Code",
          "Test Name", "Vendor", "Date Tested", "Pass/Fail", "Score"]
# Entry time, date of birth and test date as (y, m, d[, h, mi, s]); the CSV writes them US style.
ROWS = [
    [2000001, (2025, 3, 20, 14, 37, 11), "J. Smith", "TC-07", "Redbud Technology Center", "Welding",
     "1234567890", "JOSÉ", "PEÑA", (2008, 6, 20), " Jose.Pena@Gmail.Example.com ", "0911",
     "Welding I", "CareerTech Testing Center", (2025, 3, 14), "Pass", 88],
    [2000002, (2025, 3, 21, 9, 5, 0), "jdoe@techcenter.example.org", "TC-07",
     "Redbud Technology Center", "Nurse Aide", "0011223", "mary", "o'brien", (2009, 11, 27),
     "mary.obrien@students.example.org", "8005", "Health Careers Core", "CareerTech Testing Center",
     (2025, 3, 5), "P", 92],
    [2000003, (2025, 3, 28, 16, 45, 30), "J. Smith", "55I089", "Cedar Ridge High School",
     "Computer Repair", "2233445566", "Ángel", "McDONALD", (2010, 1, 2),
     "a@x.example.org; b@y.example.org", "CMP123", "CompTIA A+ Core 1", "CompTIA", (2025, 2, 28),
     "Fail", 61],
]


def us_date(t):
    return "%d/%d/%d" % (t[1], t[2], t[0])


def us_datetime(t):
    hour = t[3] % 12 or 12
    return "%s %d:%02d:%02d %s" % (us_date(t), hour, t[4], t[5], "AM" if t[3] < 12 else "PM")


def text_row(row):
    cells = list(row)
    cells[1] = us_datetime(row[1])
    cells[9] = us_date(row[9])
    cells[14] = us_date(row[14])
    return [str(c) for c in cells]


if "--csv-only" in sys.argv:
    with open(out + "/export.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow([TITLE])
        w.writerow(HEADER)
        for row in ROWS:
            w.writerow(text_row(row))
        w.writerow(["Total Records: %d" % len(ROWS)])
    sys.exit(0)

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904


def export_sheet(ws, with_title=True):
    if with_title:
        ws.append([TITLE])
        ws.append([])
    ws.append(HEADER)
    for row in ROWS:
        cells = list(row)
        cells[0] = row[0]
        cells[1] = datetime.datetime(*row[1])
        cells[9] = datetime.date(*row[9])
        cells[14] = datetime.date(*row[14])
        ws.append(cells)
        r = ws.max_row
        ws.cell(r, 2).number_format = "m/d/yyyy h:mm:ss AM/PM"
        ws.cell(r, 10).number_format = "mm/dd/yyyy"
        ws.cell(r, 15).number_format = "d-mmm-yy"
    ws.append(["Total Records: %d" % len(ROWS)])


# The export as a person saves it from Excel: a notes sheet first, the data on the second.
wb = openpyxl.Workbook()
notes = wb.active
notes.title = "Read me"
notes["A1"] = "Exported from CTIMS. Do not edit."
notes["A2"] = "Synthetic sample data."
export_sheet(wb.create_sheet("Export"))
wb.save(out + "/openpyxl_export.xlsx")

# The same rows in a workbook that uses the 1904 date system (old Mac Excel).
wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Export"
export_sheet(ws, with_title=False)
# An unformatted serial in the test date column: 45730 means 2029-03-15 in the 1904 system.
ws.append([2000004, datetime.datetime(2025, 3, 29, 10, 0, 0), "J. Smith", "TC-07",
           "Redbud Technology Center", "Welding", "3344556677", "Ana", "Lopez",
           datetime.date(2008, 1, 1), "ana.lopez@gmail.example.com", "0911", "Welding I",
           "CareerTech Testing Center", 45730, "Pass", 90])
ws.cell(ws.max_row, 2).number_format = "yyyy-mm-dd hh:mm:ss"
ws.cell(ws.max_row, 10).number_format = "yyyy-mm-dd"
wb.save(out + "/openpyxl_1904.xlsx")

# A sheet cut off in the middle of row 6: the import must fail and write nothing.
def package(name, sheet_xml):
    with zipfile.ZipFile(out + "/" + name, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Data" sheetId="1" r:id="rId7"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/></Relationships>')
        z.writestr("xl/worksheets/data.xml", sheet_xml)


def inline_row(r, cells):
    xml = '<row r="%d">' % r
    for i, value in enumerate(cells):
        xml += '<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i), r, value)
    return xml + "</row>"


sheet = ('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
         + inline_row(1, ["EntryID", "StudentID", "FirstName", "LastName", "Email", "AssessmentCode", "TestDate"]))
for i in range(4):
    sheet += inline_row(2 + i, [str(3000001 + i), "12345678%02d" % i, "Ann", "Lee", "ann%d@x.example.org" % i, "0911", "3/%d/2025" % (i + 1)])
sheet += '<row r="6"><c r="A6" t="inlineStr"><is><t>3000005'
package("truncated.xlsx", sheet)

# A zip bomb: 600 MB of zeros in 600 KB, as the worksheet. Its declared size alone must get it
# refused, before anything is inflated.
import io
bomb = io.BytesIO()
with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
               'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
               '<sheet name="Data" sheetId="1" r:id="rId7"/></sheets></workbook>')
    z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/></Relationships>')
    with z.open("xl/worksheets/data.xml", "w", force_zip64=True) as w:
        w.write(b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
        zeros = b"<row/>" * (1 << 18)
        for _ in range(400):  # 600 MB of empty rows
            w.write(zeros)
        w.write(b"</sheetData></worksheet>")
with open(out + "/zipbomb.xlsx", "wb") as f:
    f.write(bomb.getvalue())

# Ten thousand and one entries: refused by count before any is read.
with zipfile.ZipFile(out + "/many-entries.xlsx", "w", zipfile.ZIP_STORED) as z:
    for i in range(10001):
        z.writestr("e%d" % i, b"")
