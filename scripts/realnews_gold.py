#!/usr/bin/env python3
"""Annotator's tool for the real-news gold (src/eval/realnews). Reads texts from ../shared only.

    python3 scripts/realnews_gold.py show ID            # metadata and the text, numbered by line
    python3 scripts/realnews_gold.py find ID STRING     # every occurrence of STRING, numbered, with context
    python3 scripts/realnews_gold.py check [ID ...]     # validate annotation files (all when no ID)

An annotation file src/eval/realnews/{dev,heldout}/ID.json holds:
  {"id": "d01", "dct": "2015-07-23", "dct_evidence": "url|text|date_extracted", "dct_note": "...",
   "timexes": [{"text": "أمس", "occurrence": 1, "type": "DATE", "value": "2015-07-22",
                "mod": null, "phen": "relative"}],
   "traps": [{"text": "مدير عام", "occurrence": 1}]}
"occurrence" is the n-th (1-based) occurrence of the exact string "text" in the article's
content, counted as str.find does, left to right, not overlapping.
"""
import hashlib, json, re, sys, zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "src/eval/realnews"
CORPUS = ROOT.parent / "shared/corpora/saudinewsnet"
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {None, "START", "MID", "END", "APPROX", "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
        "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE"}

def sample():
    rows = {}
    for line in open(GOLD / "sample.tsv", encoding="utf-8"):
        if line.startswith("#") or line.startswith("id\t"):
            continue
        f = line.rstrip("\n").split("\t")
        rows[f[0]] = dict(id=f[0], set=f[1], file=f[2], index=int(f[3]), source=f[4], sha256=f[5],
                          url=f[6], date_extracted=f[7])
    return rows

def record(row):
    with zipfile.ZipFile(CORPUS / row["file"]) as z:
        r = json.loads(z.read(z.namelist()[0]).decode("utf-8"))[row["index"]]
    if hashlib.sha256(r["content"].encode("utf-8")).hexdigest() != row["sha256"]:
        sys.exit("text hash differs for " + row["id"])
    return r

def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + len(s))
    return out

def show(doc):
    row = sample()[doc]
    r = record(row)
    print("id:", doc, "set:", row["set"], "source:", r["source"])
    print("url:", r["url"])
    print("date_extracted:", r["date_extracted"])
    print("title:", r.get("title"))
    print("---")
    for n, line in enumerate(r["content"].split("\n"), 1):
        print("%3d| %s" % (n, line))

def find(doc, s):
    text = record(sample()[doc])["content"]
    for k, i in enumerate(occurrences(text, s), 1):
        print(("%d @%d: …%s[%s]%s…" % (k, i, text[max(0, i - 40):i], s, text[i + len(s):i + len(s) + 40])).replace("\n", " "))

def check(ids):
    rows = sample()
    if not ids:
        ids = [p.stem for d in ("dev", "heldout") for p in sorted((GOLD / d).glob("*.json"))]
    bad = 0
    for doc in ids:
        row = rows[doc]
        path = GOLD / row["set"] / (doc + ".json")
        problems = []
        try:
            g = json.load(open(path, encoding="utf-8"))
        except Exception as e:
            print(doc, "unreadable:", e); bad += 1; continue
        text = record(row)["content"]
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", g.get("dct") or ""):
            problems.append("dct must be YYYY-MM-DD")
        if g.get("dct_evidence") not in ("url", "text", "date_extracted"):
            problems.append("dct_evidence must be url, text or date_extracted")
        spans = []
        for kind in ("timexes", "traps"):
            for a in g.get(kind, []):
                occ = occurrences(text, a.get("text") or "\0")
                n = a.get("occurrence", 1)
                if not 1 <= n <= len(occ):
                    problems.append("%s %r occurrence %s not found (%d occurrences)" % (kind, a.get("text"), n, len(occ)))
                    continue
                b = occ[n - 1]
                spans.append((b, b + len(a["text"]), a["text"]))
                if kind == "timexes":
                    if a.get("type") not in TYPES:
                        problems.append("%r: type %r" % (a["text"], a.get("type")))
                    if not a.get("value"):
                        problems.append("%r: no value" % a["text"])
                    if a.get("mod") not in MODS:
                        problems.append("%r: mod %r" % (a["text"], a.get("mod")))
        spans.sort()
        for x, y in zip(spans, spans[1:]):
            if y[0] < x[1]:
                problems.append("overlap: %r and %r" % (x[2], y[2]))
        if problems:
            bad += 1
            print(doc, "\n  " + "\n  ".join(problems))
        else:
            print(doc, "ok:", len(g.get("timexes", [])), "timexes,", len(g.get("traps", [])), "traps")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "show": show(sys.argv[2])
    elif cmd == "find": find(sys.argv[2], sys.argv[3])
    elif cmd == "check": check(sys.argv[2:])
    else: sys.exit(__doc__)
