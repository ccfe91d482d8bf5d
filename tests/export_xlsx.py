#!/usr/bin/env python3
"""export_xlsx.py -- an independent XLSX reader for the export tests.

Reads an .xlsx with nothing but zipfile and xml.etree (no code shared with
libxlsxwriter or zhibiao) and prints, as one JSON document:
  {"sheets": [{"name", "rows": [[cell...]...], "freeze": "A2" | null,
               "autofilter": "A1:O6" | null, "widths": {"1": 14.7, ...}}],
   "created": "2000-01-01T00:00:00Z" | null}
Cells are typed as Excel stores them: numbers -> JSON numbers, strings
(inline or shared, with Excel's _xHHHH_ escapes decoded) -> JSON strings,
booleans -> true/false, absent -> null. Also usable as a module: read(path).
"""
import json
import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "rel": "http://schemas.openxmlformats.org/package/2006/relationships"}
ESC = re.compile(r"_x([0-9A-Fa-f]{4})_")


def unescape(s):
    """Excel's escape for characters XML cannot hold: _x000D_ is CR."""
    return ESC.sub(lambda m: chr(int(m.group(1), 16)), s)


def text_of(el):
    """Concatenated <t> text of an <si> or <is> element (rich runs too)."""
    return unescape("".join(t.text or "" for t in el.iter("{%s}t" % NS["m"])))


def col_index(ref):
    """'AB12' -> 27 (0-based column)."""
    n = 0
    for ch in ref:
        if ch.isalpha():
            n = n * 26 + (ord(ch.upper()) - 64)
        else:
            break
    return n - 1


def read(path):
    z = zipfile.ZipFile(path)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        root = ET.fromstring(z.read("xl/sharedStrings.xml"))
        shared = [text_of(si) for si in root.findall("m:si", NS)]
    wb = ET.fromstring(z.read("xl/workbook.xml"))
    rels = ET.fromstring(z.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
    out = {"sheets": [], "created": None}
    if "docProps/core.xml" in z.namelist():
        core = z.read("docProps/core.xml").decode()
        m = re.search(r"<dcterms:created[^>]*>([^<]*)<", core)
        out["created"] = m.group(1) if m else None
    for sh in wb.find("m:sheets", NS):
        rid = sh.get("{%s}id" % NS["r"])
        ws = ET.fromstring(z.read("xl/" + target[rid].lstrip("/").replace("xl/", "", 1)))
        rows = []
        for row in ws.iter("{%s}row" % NS["m"]):
            r = int(row.get("r")) - 1
            while len(rows) <= r:
                rows.append([])
            cells = rows[r]
            for c in row.findall("m:c", NS):
                ci = col_index(c.get("r"))
                while len(cells) <= ci:
                    cells.append(None)
                t = c.get("t", "n")
                v = c.find("m:v", NS)
                if t == "inlineStr":
                    cells[ci] = text_of(c.find("m:is", NS))
                elif t == "s":
                    cells[ci] = shared[int(v.text)]
                elif t == "b":
                    cells[ci] = v.text == "1"
                elif t == "str":
                    cells[ci] = unescape(v.text or "")
                elif v is not None:
                    cells[ci] = float(v.text)
        pane = ws.find(".//m:pane", NS)
        af = ws.find("m:autoFilter", NS)
        widths = {}
        cols = ws.find("m:cols", NS)
        if cols is not None:
            for col in cols.findall("m:col", NS):
                for i in range(int(col.get("min")), int(col.get("max")) + 1):
                    widths[str(i)] = float(col.get("width"))
        out["sheets"].append({
            "name": sh.get("name"),
            "rows": rows,
            "freeze": pane.get("topLeftCell") if pane is not None and pane.get("state") == "frozen" else None,
            "autofilter": af.get("ref") if af is not None else None,
            "widths": widths,
        })
    return out


if __name__ == "__main__":
    json.dump(read(sys.argv[1]), sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")
