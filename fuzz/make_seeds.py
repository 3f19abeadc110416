#!/usr/bin/env python3
# Seeds for the fuzz targets: small real files plus the hostile shapes the readers must refuse
# quickly (zip bombs, entity tricks, absurd references, deep nesting). Usage: make_seeds.py DIR
import io, os, sys, zipfile

out = sys.argv[1]
csv_dir = os.path.join(out, "csv")
xlsx_dir = os.path.join(out, "xlsx")
os.makedirs(csv_dir, exist_ok=True)
os.makedirs(xlsx_dir, exist_ok=True)

def put(folder, name, data):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

header = "EntryID,EntryDateTime,StudentID,FirstName,LastName,DateOfBirth,Email,AssessmentCode,TestDate,Result,Score\r\n"
put(csv_dir, "plain.csv", header + '1000001,3/14/2025 2:37:11 PM,1234567890,JOSÃ©,McDONALD,6/20/2008," A@X.example.org ",911,05/03/2025,P,88\r\n'
    '1000002,45730.5,1.23E+09,"Doe, ""Jane""",o\'brien,14/03/2025,a@x.example.org; b@y.example.org,0911,45730,Fail,N/A\r\n'
    'Total,2\r\n')
put(csv_dir, "title.csv", "CTIMS export, March\r\n\r\n" + header.replace(",", ";") + "1;2;3;4;5;6;7;8;9;10;11\r\n")
put(csv_dir, "bom-utf16.csv", "\ufeffEntryID\tEmail\r\n1\tjosé@x.example.org\r\n".encode("utf-16-le"))
put(csv_dir, "cp1252.csv", "EntryID,FirstName\r\n1,Jos\xe9 Pe\xf1a \x93quoted\x94\r\n".encode("latin-1"))
put(csv_dir, "unclosed.csv", header + '1,"never closed,2,3\r\n4,5\r\n')

def workbook(name, sheet_xml, extra=None, shared=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="1"/><sheets>'
                   '<sheet name="Data" sheetId="1" r:id="rId7"/></sheets></workbook>')
        rels = ('<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/data.xml"/>'
                '<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>')
        z.writestr("xl/sharedStrings.xml", shared or '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>EntryID</t></si><si><r><t>Jos</t></r><r><t>é</t></r></si></sst>')
        z.writestr("xl/styles.xml", '<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="m/d/yyyy h:mm"/></numFmts>'
                   '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>')
        z.writestr("xl/worksheets/data.xml", sheet_xml)
        for entry, data in (extra or {}).items():
            z.writestr(entry, data)
    put(xlsx_dir, name, buf.getvalue())

ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
workbook("small.xlsx", '<?xml version="1.0"?><worksheet ' + ns + '><sheetData>'
         '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>Email</t></is></c></row>'
         '<row r="2"><c r="A2"><v>1000001</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" s="1"><v>45730</v></c><c r="D2" s="2"><v>45730.6</v></c>'
         '<c r="E2" t="b"><v>1</v></c><c r="F2" t="e"><v>#N/A</v></c><c r="G2" t="str"><f>A2</f><v>x</v></c><c r="H2" t="d"><v>2025-03-14T10:00:00</v></c></row>'
         '<row><c><v>1.23E+9</v></c></row></sheetData></worksheet>')
# Billion laughs: must be refused at the DTD, never expanded.
laughs = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' + "".join(
    '<!ENTITY lol%d "%s">' % (i, ("&lol%d;" % (i - 1) if i > 1 else "&lol;") * 10) for i in range(1, 10)) + ']>'
workbook("laughs.xlsx", laughs + '<worksheet ' + ns + '><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>')
workbook("external-entity.xlsx", '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><worksheet ' + ns + '><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>')
workbook("shared-laughs.xlsx", '<?xml version="1.0"?><worksheet ' + ns + '><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>',
         shared='<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">]><sst ' + ns + '><si><t>&a;</t></si></sst>')
workbook("deep.xlsx", '<?xml version="1.0"?><worksheet ' + ns + '><sheetData><row r="1"><c r="A1"><v>' + "<x>" * 5000 + "1" + "</x>" * 5000 + '</v></c></row></sheetData></worksheet>')
workbook("bad-refs.xlsx", '<?xml version="1.0"?><worksheet ' + ns + '><sheetData><row r="99999999999"><c r="XFD1048576"><v>1</v></c><c r="A-1"><v>2</v></c><c t="s"><v>99</v></c></row></sheetData></worksheet>')

# Seeds for fuzz_xlsx_parts: the first byte picks the part (0 workbook, 1 relationships, 2 shared
# strings, 3 styles, 4 and 5 sheets), the rest is that part's XML.
parts_dir = os.path.join(out, "parts")
os.makedirs(parts_dir, exist_ok=True)
sheet = ('<?xml version="1.0"?><worksheet ' + ns + '><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>'
         '<row r="2"><c r="A2" s="1"><v>45730</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="d"><v>2025-03-14</v></c>'
         '<c r="D2" t="str"><f>1</f><v>x</v></c><c r="XFD2" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c></row></sheetData></worksheet>')
put(parts_dir, "sheet", bytes([4]) + sheet.encode())
put(parts_dir, "sheet-two", bytes([5]) + sheet.encode())
put(parts_dir, "shared", bytes([2]) + ('<?xml version="1.0"?><sst ' + ns + '><si><t>a</t></si><si><r><t>b</t></r></si></sst>').encode())
put(parts_dir, "styles", bytes([3]) + ('<?xml version="1.0"?><styleSheet ' + ns + '><numFmts><numFmt numFmtId="165" formatCode="[h]:mm:ss"/></numFmts><cellXfs><xf numFmtId="165"/><xf numFmtId="22"/></cellXfs></styleSheet>').encode())
put(parts_dir, "workbook", bytes([0]) + ('<?xml version="1.0"?><workbook ' + ns + ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr date1904="true"/><sheets><sheet name="Data" r:id="rId7"/></sheets></workbook>').encode())
put(parts_dir, "rels", bytes([1]) + b'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Target="../../../etc/passwd"/></Relationships>')
