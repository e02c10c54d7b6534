#!/usr/bin/env python3
"""Writes a full-country OKTMO file in Rosstat's format (cp1251, ';', quoted, 13 fields, group headings) from the
OKTMO 2019 list shipped with Praktika, with the kind of changes a newer file brings: districts turned into
municipal okrugs (their settlements abolished), renames, and new municipalities. Usage: make_oktmo_file.py OUT.csv"""
import csv, gzip, io, sys

SRC = "src/main/resources/reference/municipalities_oktmo_2019.csv.gz"
HEADINGS = {"муниципальный район": "Муниципальные районы", "городской округ": "Городские округа",
            "муниципальный округ": "Муниципальные округа", "городское поселение": "Городские поселения",
            "сельское поселение": "Сельские поселения", "внутригородской район": "Внутригородские районы",
            "межселенная территория": "Межселенные территории"}

def heading(mo_type):
    for k, v in HEADINGS.items():
        if mo_type.startswith(k):
            return v
    return "Внутригородские территории города федерального значения"

def line(oktmo, name):
    f = [oktmo[:2], oktmo[2:5], oktmo[5:8], "000", "1", "1", name, "", "", "1", "0", "01.01.2025", "01.01.2025"]
    return ";".join('"' + x.replace('"', '""') + '"' for x in f)

rows = list(csv.DictReader(io.TextIOWrapper(gzip.open(SRC), encoding="utf-8")))
districts = [r for r in rows if r["mo_type"] == "муниципальный район"]
okrugs = {r["oktmo"] for r in districts[::10]}          # every 10th district becomes a municipal okrug
out = []
for i, r in enumerate(rows):
    if r["parent_oktmo"] in okrugs:
        continue                                         # its settlements are abolished
    mo_type, name = r["mo_type"], r["name"]
    if r["oktmo"] in okrugs:
        mo_type, name = "муниципальный округ", name.replace("муниципальный район", "муниципальный округ")
    elif i % 500 == 0:
        name = name + " (новое наименование)"
    o = r["oktmo"]
    head = [o[:2], "700", "000"] if o[5:8] == "000" else [o[:2], o[2:5], "100"]
    out.append(";".join('"' + x + '"' for x in head + ["000", "1", "1", heading(mo_type), "", "", "1", "0", "", ""]))
    out.append(line(o, name))
out.append(";".join('"' + x + '"' for x in ["57", "500", "000", "000", "1", "1", "Муниципальные округа", "", "", "1", "0", "", ""]))
out.append(line("57735000", "Чайковский городской округ"))
with open(sys.argv[1], "w", encoding="cp1251", newline="\r\n") as f:
    f.write("\n".join(out) + "\n")
print(f"{len(out)} lines, {len(okrugs)} districts turned into municipal okrugs", file=sys.stderr)
