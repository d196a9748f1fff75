#!/usr/bin/env python3
"""Annotator's tool for the event gold (src/eval/events): merges and anchoring on real news.

    python3 scripts/events_gold.py draw SLUG QUERY [N]   # seeded draw of N articles (default 8) about QUERY
    python3 scripts/events_gold.py show SLUG KEY         # one drawn article: metadata and numbered text
    python3 scripts/events_gold.py find SLUG KEY STRING  # occurrences of STRING in that article, numbered
    python3 scripts/events_gold.py check [SLUG ...]      # validate topic files

draw picks, among the corpus's daily files, the three consecutive days with the most articles
whose content contains QUERY, then draws N of those articles at random (seed 20261130, one per
source in turn, so that several sources report the same happenings), and writes the article list
of src/eval/events/SLUG.json (it refuses to overwrite a file that already has events).

A topic file holds:
  {"topic": "...", "query": "...",
   "articles": [{"key": "a1", "file": "2015-08-06.zip", "index": 12, "sha256": "...", "source": "...",
                 "url": "...", "date_extracted": "...", "dct": "2015-08-06", "dct_evidence": "url"}],
   "events": [{"id": "e1", "article": "a1", "trigger": "افتتاح", "occurrence": 2,
               "kind": "happening", "cluster": "canal-opening", "value": "2015-08-06",
               "relation": "on", "note": ""}]}
"trigger" is the exact text of the event's trigger word (verb or event noun) and "occurrence" its
n-th exact occurrence in the article's content. kind: happening | state | opinion | boilerplate;
happenings carry "cluster" (the same id for every report of the same happening, across articles)
and "value" (TIMEX3 value of the happening's date at the precision the text gives) with
"relation" "on" (the text dates it) or "on_or_before" (no time of its own: it happened on or
before the report's date, which is "value").
"""
import hashlib, json, random, re, sys, zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "src/eval/events"
CORPUS = ROOT.parent / "shared/corpora/saudinewsnet"
SEED = 20261130
KINDS = {"happening", "state", "opinion", "boilerplate"}

def records(name):
    with zipfile.ZipFile(CORPUS / name) as z:
        return json.loads(z.read(z.namelist()[0]).decode("utf-8"))

def draw(slug, query, n):
    path = GOLD / (slug + ".json")
    if path.exists() and json.load(open(path, encoding="utf-8")).get("events"):
        sys.exit(str(path) + " already has events")
    days = sorted(p.name for p in CORPUS.glob("*.zip"))
    hits = {d: [(i, r) for i, r in enumerate(records(d)) if query in (r.get("content") or "")] for d in days}
    best = max(range(len(days) - 2), key=lambda k: sum(len(hits[d]) for d in days[k:k + 3]))
    pool = defaultdict(list)
    for d in days[best:best + 3]:
        for i, r in hits[d]:
            if 200 <= len(r["content"]) <= 6000:
                pool[r["source"]].append((d, i, r))
    rng = random.Random(SEED)
    for s in pool:
        rng.shuffle(pool[s])
    chosen, sources = [], sorted(pool)
    while len(chosen) < n and any(pool.values()):
        for s in sources:
            if pool[s] and len(chosen) < n:
                chosen.append(pool[s].pop())
    arts = [{"key": "a%d" % (k + 1), "file": d, "index": i, "source": r["source"],
             "sha256": hashlib.sha256(r["content"].encode("utf-8")).hexdigest(),
             "url": r.get("url") or "", "date_extracted": r.get("date_extracted") or "",
             "dct": "", "dct_evidence": ""} for k, (d, i, r) in enumerate(chosen)]
    json.dump({"topic": query, "query": query, "articles": arts, "events": []},
              open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
    print("wrote", path, len(arts), "articles from", days[best:best + 3])

def article(slug, key):
    g = json.load(open(GOLD / (slug + ".json"), encoding="utf-8"))
    a = next(a for a in g["articles"] if a["key"] == key)
    r = records(a["file"])[a["index"]]
    if hashlib.sha256(r["content"].encode("utf-8")).hexdigest() != a["sha256"]:
        sys.exit("text hash differs for %s %s" % (slug, key))
    return a, r

def occurrences(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + len(s))
    return out

def show(slug, key):
    a, r = article(slug, key)
    print("key:", key, "source:", r["source"], "url:", r["url"])
    print("date_extracted:", r["date_extracted"], "title:", r.get("title"))
    print("---")
    for n, line in enumerate(r["content"].split("\n"), 1):
        print("%3d| %s" % (n, line))

def find(slug, key, s):
    text = article(slug, key)[1]["content"]
    for k, i in enumerate(occurrences(text, s), 1):
        print(("%d @%d: …%s[%s]%s…" % (k, i, text[max(0, i - 50):i], s, text[i + len(s):i + len(s) + 50])).replace("\n", " "))

def check(slugs):
    slugs = slugs or [p.stem for p in sorted(GOLD.glob("*.json"))]
    bad = 0
    for slug in slugs:
        g = json.load(open(GOLD / (slug + ".json"), encoding="utf-8"))
        problems, texts = [], {}
        for a in g["articles"]:
            texts[a["key"]] = article(slug, a["key"])[1]["content"]
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", a.get("dct") or ""):
                problems.append("%s: dct" % a["key"])
        ids, seen = set(), set()
        for e in g["events"]:
            if e["id"] in ids: problems.append("duplicate id " + e["id"])
            ids.add(e["id"])
            text = texts.get(e.get("article"))
            if text is None:
                problems.append("%s: unknown article" % e["id"]); continue
            occ = occurrences(text, e.get("trigger") or "\0")
            if not 1 <= e.get("occurrence", 1) <= len(occ):
                problems.append("%s: trigger %r occurrence %s not found" % (e["id"], e.get("trigger"), e.get("occurrence"))); continue
            at = (e["article"], occ[e.get("occurrence", 1) - 1])
            if at in seen: problems.append("%s: same trigger as another event" % e["id"])
            seen.add(at)
            if e.get("kind") not in KINDS: problems.append("%s: kind" % e["id"])
            if e.get("kind") == "happening":
                if not e.get("cluster"): problems.append("%s: no cluster" % e["id"])
                if not e.get("value"): problems.append("%s: no value" % e["id"])
                if e.get("relation") not in ("on", "on_or_before"): problems.append("%s: relation" % e["id"])
        happen = [e for e in g["events"] if e.get("kind") == "happening"]
        clusters = defaultdict(set)
        for e in happen: clusters[e["cluster"]].add(e["article"])
        print(slug, "ok" if not problems else "PROBLEMS", "- %d events (%d happenings), %d clusters, %d across articles"
              % (len(g["events"]), len(happen), len(clusters), sum(1 for c in clusters.values() if len(c) > 1)))
        for p in problems: print("  " + p)
        bad += bool(problems)
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    c = sys.argv[1:] or [""]
    if c[0] == "draw": draw(c[1], c[2], int(c[3]) if len(c) > 3 else 8)
    elif c[0] == "show": show(c[1], c[2])
    elif c[0] == "find": find(c[1], c[2], c[3])
    elif c[0] == "check": check(c[1:])
    else: sys.exit(__doc__)
