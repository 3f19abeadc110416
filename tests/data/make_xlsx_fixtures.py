#!/usr/bin/env python3
# Writes the XLSX fixtures of TestXlsxReader into the folder given as argument. openpyxl (Debian's
# python3-openpyxl) writes the workbooks; zipfile packs hand-written XML for the edge cases
# openpyxl cannot produce (inline rich strings, cached formula values, DTDs, bad references).
import datetime, sys, zipfile
import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904

out = sys.argv[1]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Entries"
ws["A1"] = "CTIMS Real-Time Certifications - March 2025"
ws.append([])
ws.append(["EntryID", "StudentID", "Name", "TestDate", "EntryDateTime", "Score", "Passed", "Code", "Ratio"])
ws.append([1234567, 1230000000, "José Peña", datetime.date(2025, 3, 14),
           datetime.datetime(2025, 3, 14, 14, 37, 11), 87.5, True, 911, 0.1])
ws["D4"].number_format = "mm/dd/yyyy"
ws["E4"].number_format = "m/d/yyyy h:mm:ss AM/PM"
ws["A5"] = 7
ws["D5"] = datetime.date(1900, 1, 1)
ws["D5"].number_format = "yyyy-mm-dd"
ws["E5"] = datetime.date(1900, 3, 1)
ws["E5"].number_format = "d-mmm-yy"
ws["G5"] = False
ws["F7"] = -3.25
ws["B8"] = datetime.time(14, 30)
ws["B8"].number_format = "h:mm"
ws["C8"] = 45730
second = wb.create_sheet("Totals")
second["B2"] = "Total"
second["C2"] = 900
wb.save(out + "/basic.xlsx")

wb = openpyxl.Workbook()
wb.epoch = CALENDAR_MAC_1904
ws = wb.active
ws.title = "Mac"
ws["A1"] = datetime.date(2025, 3, 14)
ws["A1"].number_format = "yyyy-mm-dd"
ws["A2"] = datetime.datetime(2024, 2, 29, 8, 30)
ws["A2"].number_format = "yyyy-mm-dd hh:mm"
ws["A3"] = datetime.date(1904, 1, 1)
ws["A3"].number_format = "m/d/yy"
wb.save(out + "/mac1904.xlsx")

def package(name, sheet_xml, extra=None):
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

package("handmade.xlsx", '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="2"><c r="B2" t="inlineStr"><is><r><t>Jos</t></r><r><rPr><b/></rPr><t>é</t></r><rPh><t>ホセ</t></rPh></is></c>'
        '<c r="C2" t="str"><f>B2&amp;"x"</f><v>Joséx</v></c><c r="D2"><f>1+1</f><v>2</v></c>'
        '<c r="E2" t="e"><v>#N/A</v></c><c r="F2" t="b"><v>0</v></c><c r="G2" t="d"><v>2025-03-14T00:00:00</v></c>'
        '<c r="H2" s="0"/></row>'
        '<row><c t="inlineStr"><is><t xml:space="preserve"> padded </t></is></c><c><v>1.23E+9</v></c><c><v>4.5E-2</v></c></row>'
        '<row r="5"><c r="A5" s="0"/></row>'
        '<row r="6"><c r="AB6"><v>28</v></c></row>'
        '</sheetData></worksheet>')

package("dtd.xlsx", '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY lol "lol">]>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol;</t></is></c></row></sheetData></worksheet>')

package("badref.xlsx", '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c></row></sheetData></worksheet>')

with zipfile.ZipFile(out + "/notworkbook.xlsx", "w") as z:
    z.writestr("hello.txt", "hello")
