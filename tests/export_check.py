#!/usr/bin/env python3
"""export_check.py -- check a `zhibiao export` output cell by cell.

The expected cells are computed here, from the input JSON Lines, with
Python's own json, csv, decimal and zipfile/xml readers (export_xlsx.py):
nothing is shared with the C code under test.

  export_check.py long    FORMAT INPUT.jsonl OUTPUT [--raw]
  export_check.py generic FORMAT INPUT.jsonl OUTPUT [--raw]
  export_check.py table   FORMAT EXPECTED.csv OUTPUT   (hand-written table)

FORMAT is csv, tsv or xlsx. Prints "ok" or the first differences and exits 1.
Rules checked (ecosystem.md §2-3, issue 6):
  - CSV/TSV: the file reads back with the csv module (RFC 4180 quoting);
    text cells that start with = + - @ TAB CR or a full-width ＝＋－＠ carry
    one leading apostrophe unless --raw; numbers are plain decimals that
    read back to the same value, never exponent form, never guarded.
  - XLSX: text comes back as plain strings (no apostrophe), numbers as
    numbers, booleans as booleans; the sources sheet traces every value.
"""
import csv
import json
import sys
from decimal import Decimal

import export_xlsx

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
LONG = ["doc", "published", "zone", "indicator", "kind", "value", "unit", "bound", "status",
        "period", "basis", "text", "offset_start", "offset_end", "derived"]


def plain(x):
    """Shortest round-trip decimal of a float, in positional notation."""
    if isinstance(x, int):
        return str(x)
    d = Decimal(repr(float(x)))
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def guard(s, raw):
    return "'" + s if (not raw and s.startswith(TRIGGERS)) else s


def long_rows(lines):
    """Expected typed cells of the long layout: (kind, value) pairs."""
    rows = [[("t", c) for c in LONG]]
    for r in lines:
        off = r.get("offset")
        row = []
        for c in LONG:
            if c == "value":
                row.append(("n", r["value"]))
            elif c in ("offset_start", "offset_end"):
                row.append(("n", off[0 if c == "offset_start" else 1]) if off else ("e", None))
            elif c == "derived":
                row.append(("b", r["derived"]) if "derived" in r else ("e", None))
            else:
                v = r.get(c)
                row.append(("t", v) if v is not None else ("e", None))
        rows.append(row)
    return rows


def generic_rows(lines):
    keys = []
    for o in lines:
        for k in o:
            if k not in keys:
                keys.append(k)
    rows = [[("t", k) for k in keys]]
    for o in lines:
        row = []
        for k in keys:
            v = o.get(k)
            if v is None:
                row.append(("e", None))
            elif isinstance(v, bool):
                row.append(("b", v))
            elif isinstance(v, (int, float)):
                row.append(("n", v))
            elif isinstance(v, str):
                row.append(("t", v))
            else:
                row.append(("j", v))  # JSON text of an array/object
        rows.append(row)
    return rows


def table_rows(path):
    """A hand-written expected CSV: numeric-looking cells are numbers."""
    rows = []
    with open(path, newline="", encoding="utf-8") as f:
        for i, rec in enumerate(csv.reader(f)):
            row = []
            for c in rec:
                if c == "":
                    row.append(("e", None))
                elif i > 0 and is_number(c):
                    row.append(("n", Decimal(c)))
                else:
                    row.append(("x", c))  # exact CSV text (already guarded)
            rows.append(row)
    return rows


def is_number(s):
    try:
        Decimal(s)
        return not s.startswith("'")
    except Exception:
        return False


def check_csv_cell(kind, want, got, raw):
    if kind == "e":
        return got == ""
    if kind == "t":
        return got == guard(want, raw)
    if kind == "x":
        return got == want
    if kind == "b":
        return got == ("true" if want else "false")
    if kind == "n":
        return got == plain(want) and "e" not in got.lower() and Decimal(got) == Decimal(repr(want) if isinstance(want, float) else want)
    if kind == "j":
        return got.startswith(("[", "{")) and json.loads(got) == want
    return False


def unguard_table(kind, want):
    """A hand-written CSV table guards text; XLSX keeps it plain."""
    if kind == "x" and want.startswith("'") and want[1:].startswith(TRIGGERS):
        return want[1:]
    return want


def check_xlsx_cell(kind, want, got):
    if kind == "e":
        return got is None
    if kind == "t":
        return got == want
    if kind == "x":
        return got == unguard_table(kind, want)
    if kind == "b":
        return got is want
    if kind == "n":
        return isinstance(got, float) and not isinstance(got, bool) and \
            abs(got - float(want)) <= 1e-15 * abs(float(want))
    if kind == "j":
        return isinstance(got, str) and json.loads(got) == want
    return False


def main():
    mode, fmt, inp, out = sys.argv[1:5]
    raw = "--raw" in sys.argv[5:]
    if mode == "table":
        expected = table_rows(inp)
    else:
        with open(inp, encoding="utf-8") as f:
            lines = [json.loads(l) for l in f if l.strip()]
        expected = long_rows(lines) if mode == "long" else generic_rows(lines)
    bad = []
    if fmt in ("csv", "tsv"):
        with open(out, newline="", encoding="utf-8-sig") as f:
            got = list(csv.reader(f, delimiter="," if fmt == "csv" else "\t"))
        if len(got) != len(expected):
            bad.append("%d rows, expected %d" % (len(got), len(expected)))
        for i, (w, g) in enumerate(zip(expected, got)):
            if len(w) != len(g):
                bad.append("row %d: %d cells, expected %d: %r" % (i + 1, len(g), len(w), g))
                continue
            for j, ((k, v), c) in enumerate(zip(w, g)):
                if not check_csv_cell(k, v, c, raw):
                    bad.append("row %d col %d: got %r, expected %s %r" % (i + 1, j + 1, c, k, v))
    else:
        book = export_xlsx.read(out)
        sheet = book["sheets"][0]["rows"]
        if len(sheet) != len(expected):
            bad.append("%d rows, expected %d" % (len(sheet), len(expected)))
        for i, (w, g) in enumerate(zip(expected, sheet)):
            g = g + [None] * (len(w) - len(g))
            if len(g) != len(w):
                bad.append("row %d: %d cells, expected %d" % (i + 1, len(g), len(w)))
                continue
            for j, ((k, v), c) in enumerate(zip(w, g)):
                if not check_xlsx_cell(k, v, c):
                    bad.append("row %d col %d: got %r, expected %s %r" % (i + 1, j + 1, c, k, v))
        if mode == "long":
            bad += check_sources(book, lines)
    if bad:
        print("\n".join(bad[:10]))
        sys.exit(1)
    print("ok")


def check_sources(book, lines):
    """Long layout: sources row i names cell F(i+1), the value, doc, offsets, text."""
    names = [s["name"] for s in book["sheets"]]
    if names != ["records", "sources"]:
        return ["sheets %r, expected ['records', 'sources']" % names]
    rows = book["sheets"][1]["rows"]
    bad = []
    if rows[0] != ["cell", "value", "doc", "offset_start", "offset_end", "quote"]:
        bad.append("sources header %r" % rows[0])
    for i, r in enumerate(lines):
        g = rows[i + 1] + [None] * 6
        off = r.get("offset") or [None, None]
        want = ["F%d" % (i + 2), float(r["value"]), r["doc"],
                None if off[0] is None else float(off[0]),
                None if off[1] is None else float(off[1]), r.get("text")]
        if g[:6] != want:
            bad.append("sources row %d: %r, expected %r" % (i + 2, g[:6], want))
    return bad


if __name__ == "__main__":
    main()
