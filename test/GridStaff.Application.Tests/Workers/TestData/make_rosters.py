#!/usr/bin/env python3
"""Builds the roster test workbooks by hand (Python's zipfile writing the SpreadsheetML parts),
so the import is tested against files its own export code did not write. Text cells go through
the shared-strings table, dates are serial numbers with a date style, as spreadsheet programs save them.
Run: python3 make_rosters.py  (writes roster-valid.xlsx and roster-invalid.xlsx next to this script)."""
import datetime, os, zipfile
from xml.sax.saxutils import escape

WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
def id_number(first17):
    return first17 + "10X98765432"[sum(int(c) * w for c, w in zip(first17, WEIGHTS)) % 11]

def d(y, m, day):
    return datetime.date(y, m, day)

HEADERS = ["姓名", "身份证号", "手机号", "社区编码", "网格编码", "岗位编码", "等级", "人员类别", "学历", "政治面貌", "社工证",
           "入职日期", "既往社区工作年限", "合同开始", "合同结束", "试用期至"]

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def build(path, rows):
    strings, index = [], {}
    def sst(text):
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return index[text]
    sheet_rows = []
    for r, values in enumerate([HEADERS] + rows, start=1):
        cells = []
        for c, v in enumerate(values):
            ref = f"{col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, datetime.date):
                serial = (v - datetime.date(1899, 12, 30)).days
                cells.append(f'<c r="{ref}" s="1"><v>{serial}</v></c>')
            elif isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{sst(str(v))}</v></c>')
        sheet_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
             'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
             f'<dimension ref="A1:{col(len(HEADERS) - 1)}{len(rows) + 1}"/>'
             f'<sheetData>{"".join(sheet_rows)}</sheetData></worksheet>')
    shared = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              f'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="{len(strings)}" uniqueCount="{len(strings)}">'
              + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '</styleSheet>')
    workbook = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                '<sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets></workbook>')
    workbook_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                     '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                     '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
                     '</Relationships>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    content_types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '</Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # A fixed timestamp keeps the checked-in files byte-identical when rebuilt.
        for name, data in [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("xl/workbook.xml", workbook),
                           ("xl/_rels/workbook.xml.rels", workbook_rels), ("xl/worksheets/sheet1.xml", sheet),
                           ("xl/sharedStrings.xml", shared), ("xl/styles.xml", styles)]:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode("utf-8"))

here = os.path.dirname(os.path.abspath(__file__))

# Four good rows for the test organisation (TestData): communities NA/NB, free grids A2/A3.
valid = [
    ["王芳", id_number("37010219930412262"), "13900001234", "NA", "A2", "STAFF", 3, "专职网格员", "本科", "中共党员", "初级", d(2025, 9, 1), 2, d(2025, 9, 1), d(2028, 8, 31), d(2026, 2, 28)],
    ["赵强", id_number("37010219880707351"), "13900005678", "NA", "A3", "STAFF", 5, "专职网格员", "大专", "群众", "无", d(2025, 9, 1), 0, None, None, None],
    ["孙丽", id_number("37010219900218402"), None, "NB", None, "DEPUTY", 6, "其他社区工作者", "硕士", "共青团员", "中级", "2024-03-01", 5, "2024-03-01", "2027-02-28", None],
    ["周涛", id_number("37010219791105113"), "139 0000 4321", "na", "", "PRINCIPAL", 8, "社区两委成员", "本科", "中共党员", "高级", d(2020, 1, 1), 10, d(2020, 1, 1), None, None],
]

good = id_number("37010219940301221")
invalid = [
    ["钱进", good, "13900002222", "NA", "A2", "STAFF", 2, "专职网格员", "本科", "群众", "无", d(2025, 9, 1), 0, None, None, None],                        # row 2: fine
    ["吴敏", "370102199403012211", None, "NA", None, "STAFF", 2, "专职网格员", "本科", "群众", "无", d(2025, 9, 1), 0, None, None, None],                # row 3: bad checksum
    ["郑华", id_number("37010219940301301"), None, "ZZ", None, "STAFF", 2, "专职网格员", "本科", "群众", "无", d(2025, 9, 1), 0, None, None, None],      # row 4: unknown community
    ["钱进", good, None, "NA", None, "STAFF", 2, "专职网格员", "本科", "群众", "无", d(2025, 9, 1), 0, None, None, None],                               # row 5: duplicate of row 2
    ["冯雪", id_number("37010219940301402"), None, "NA", None, "STAFF", 15, "专职网格员", "本科", "群众", "无", d(2025, 9, 1), 0, None, None, None],     # row 6: grade outside 1–12
    ["陈晨", id_number("37010219940301501"), None, "NA", None, "STAFF", 2, "专职网格员", "本科", "群众", "无", "2025-13-01", 0, None, None, None],       # row 7: not a date
    ["褚亮", id_number("37010219940301601"), None, "NA", None, "STAFF", 2, "专职网格员", "本科", "群众", "无", d(2025, 9, 1), 0, d(2025, 9, 1), d(2026, 8, 31), d(2025, 11, 30)],  # row 8: 3 months' probation on a 1-year contract
]

build(os.path.join(here, "roster-valid.xlsx"), valid)
build(os.path.join(here, "roster-invalid.xlsx"), invalid)
print("wrote roster-valid.xlsx and roster-invalid.xlsx")
