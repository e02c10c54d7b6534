"""Makes the workbook of the load run's XLSX import from a region's export (GET /api/v1/campaigns/{year}/practices.xlsx).

Usage: python3 workbook.py EXPORT.xlsx OUT.xlsx COPIES RUN_TAG

Each data row of the first sheet is repeated COPIES times; every copy gets a new external code (column A,
"LOAD-<run>-<copy>-<row>") so that the import creates new cards instead of finding the exported ones unchanged.
Codes are written as inline strings; the shared strings and the other sheets (lists) are kept as they are.
Standard library only.
"""

import re
import sys
import zipfile

SHEET = "xl/worksheets/sheet1.xml"


def main(src: str, dst: str, copies: int, tag: str) -> None:
    with zipfile.ZipFile(src) as z:
        entries = {name: z.read(name) for name in z.namelist()}
    sheet = entries[SHEET].decode("utf-8")
    data_match = re.search(r"<sheetData>(.*)</sheetData>", sheet, re.S)
    if not data_match:
        sys.exit("workbook.py: no <sheetData> in the export")
    rows = re.findall(r"<row r=\"(\d+)\"[^>]*>.*?</row>", data_match.group(1), re.S)
    row_xml = re.findall(r"(<row r=\"\d+\"[^>]*>.*?</row>)", data_match.group(1), re.S)
    header, body = row_xml[0], row_xml[1:]
    if not body:
        sys.exit("workbook.py: the export has no practice rows")
    out = [header]
    n = 1
    for copy in range(1, copies + 1):
        for i, row in enumerate(body, start=1):
            n += 1
            r = re.sub(r"<row r=\"\d+\"", f'<row r="{n}"', row, count=1)
            r = re.sub(r" r=\"([A-Z]+)\d+\"", lambda m: f' r="{m.group(1)}{n}"', r)
            code = f"LOAD-{tag}-{copy}-{i}"
            r, found = re.subn(
                r"<c r=\"A%d\"([^>]*?)(?: t=\"\w+\")?([^>]*)>.*?</c>" % n,
                lambda m: f'<c r="A{n}"{m.group(1)}{m.group(2)} t="inlineStr"><is><t>{code}</t></is></c>',
                r,
                count=1,
                flags=re.S)
            if not found:
                sys.exit(f"workbook.py: row {rows[i]} has no external code in column A")
            out.append(r)
    sheet = sheet[: data_match.start(1)] + "".join(out) + sheet[data_match.end(1):]
    sheet = re.sub(r"<dimension ref=\"A1:([A-Z]+)\d+\"/>", lambda m: f'<dimension ref="A1:{m.group(1)}{n}"/>', sheet)
    entries[SHEET] = sheet.encode("utf-8")
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in entries.items():
            z.writestr(name, content)
    print(n - 1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
