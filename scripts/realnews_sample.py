#!/usr/bin/env python3
"""Draw the real-news gold sample from the shared SaudiNewsNet corpus.

Seeded and stratified by source: from every source, SAMPLE_PER_SOURCE articles are drawn at
random (seed SEED) from all the corpus's daily files; the first HELDOUT_PER_SOURCE of each
source's draw form the frozen held-out set, the rest the development set. Articles with fewer
than MIN_CHARS or more than MAX_CHARS characters of content are passed over (empty records and
the longest 3% would not be annotated fully by hand); the draw says how many were.

The texts stay in ../shared: this writes only src/eval/realnews/sample.tsv (doc id, set, file,
index in the file's JSON array, source, SHA-256 of the content, url, date_extracted).

    python3 scripts/realnews_sample.py --rewrite [CORPUS_DIR]   # the first draw (rewrites sample.tsv)
    python3 scripts/realnews_sample.py --extend N [CORPUS_DIR]  # N more development articles per source

Without --rewrite, the first draw refuses to replace an existing sample.tsv; a corpus directory
with no daily zip files is refused before anything is written.

--extend draws with seed SEED + k (k-th extension) among the articles not in sample.tsv yet and appends them as
development articles numbered after the last one; the held-out set never grows or changes.
"""
import argparse, hashlib, json, random, sys, zipfile
from pathlib import Path

SEED = 20261130
SAMPLE_PER_SOURCE = 6
HELDOUT_PER_SOURCE = 2
MIN_CHARS, MAX_CHARS = 200, 6000

def load(corpus):
    for path in sorted(Path(corpus).glob("*.zip")):
        with zipfile.ZipFile(path) as z:
            records = json.loads(z.read(z.namelist()[0]).decode("utf-8"))
        for i, r in enumerate(records):
            yield path.name, i, r

def extend(root, corpus, n):
    out = root / "src/eval/realnews/sample.tsv"
    lines = open(out, encoding="utf-8").read().splitlines()
    taken = {(l.split("\t")[2], int(l.split("\t")[3])) for l in lines if not l.startswith(("#", "id\t"))}
    last = max(int(l.split("\t")[0][1:]) for l in lines if l.startswith("d"))
    by_source = {}
    for name, i, r in load(corpus):
        if MIN_CHARS <= len(r.get("content") or "") <= MAX_CHARS and (name, i) not in taken:
            by_source.setdefault(r["source"], []).append((name, i, r))
    seed = SEED + 1 + sum(1 for l in lines if l.startswith("# extended"))
    rng = random.Random(seed)
    rows = []
    for source in sorted(by_source):
        for name, i, r in rng.sample(by_source[source], n):
            last += 1
            rows.append("\t".join(["d%02d" % last, "dev", name, str(i), source,
                                   hashlib.sha256(r["content"].encode("utf-8")).hexdigest(),
                                   r.get("url") or "", r.get("date_extracted") or ""]))
    with open(out, "a", encoding="utf-8") as f:
        f.write("# extended: seed %d, %d more development articles per source\n" % (seed, n))
        f.write("\n".join(rows) + "\n")
    print("appended", len(rows), "development articles")

def main():
    root = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description="Draw the real-news gold sample (see the module's text).")
    parser.add_argument("corpus", nargs="?", default=str(root.parent / "shared/corpora/saudinewsnet"),
                        help="the SaudiNewsNet directory of daily zip files")
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--extend", type=int, metavar="N", help="N more development articles per source")
    mode.add_argument("--rewrite", action="store_true", help="redo the first draw, replacing sample.tsv")
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not any(corpus.glob("*.zip")):
        sys.exit("no daily zip files in %s: nothing drawn, sample.tsv untouched" % corpus)
    if args.extend is not None:
        if args.extend < 1:
            sys.exit("--extend needs N >= 1")
        return extend(root, corpus, args.extend)
    by_source = {}
    skipped = 0
    for name, i, r in load(corpus):
        n = len(r.get("content") or "")
        if n < MIN_CHARS or n > MAX_CHARS:
            skipped += 1
            continue
        by_source.setdefault(r["source"], []).append((name, i, r))
    rng = random.Random(SEED)
    rows = []
    for source in sorted(by_source):
        for k, (name, i, r) in enumerate(rng.sample(by_source[source], SAMPLE_PER_SOURCE)):
            rows.append(("heldout" if k < HELDOUT_PER_SOURCE else "dev", name, i, source,
                         hashlib.sha256(r["content"].encode("utf-8")).hexdigest(),
                         r.get("url") or "", r.get("date_extracted") or ""))
    out = root / "src/eval/realnews/sample.tsv"
    with open(out, "w", encoding="utf-8") as f:
        f.write("# seed %d, %d per source (%d held out), content %d..%d chars; %d records passed over\n"
                % (SEED, SAMPLE_PER_SOURCE, HELDOUT_PER_SOURCE, MIN_CHARS, MAX_CHARS, skipped))
        f.write("id\tset\tfile\tindex\tsource\tsha256\turl\tdate_extracted\n")
        counters = {"dev": 0, "heldout": 0}
        for row in sorted(rows, key=lambda r: (r[0], r[3], r[1], r[2])):
            counters[row[0]] += 1
            doc = ("d%02d" if row[0] == "dev" else "h%02d") % counters[row[0]]
            f.write("\t".join([doc, row[0], row[1], str(row[2]), row[3], row[4], row[5], row[6]]) + "\n")
    print("wrote", out, len(rows), "articles")

if __name__ == "__main__":
    main()
