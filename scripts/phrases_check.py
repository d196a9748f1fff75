#!/usr/bin/env python3
"""Validate the everyday-phrase suite src/eval/phrases/phrases.tsv.

    python3 scripts/phrases_check.py [FILE]

Checks: the comment line and column header, 8 columns per row, ids p001, p002, ... unique and in
order, dialect and type vocabularies, the expression occurring exactly once in its sentence with
no surrounding blanks or glued punctuation, TIMEX3 value syntax per type, mod vocabulary, and
(for day-valued DATE/TIME) that a weekday named in the expression matches the value's weekday.
Prints counts per dialect and per type; exits 1 on any error.
"""
import re, sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "src/eval/phrases/phrases.tsv"

COMMENT = "# everyday Arabic date phrases, written by the Tarikh team; reference 2024-05-15T10:00 (Wednesday)"
HEADER = ["id", "dialect", "sentence", "expression", "type", "value", "mod", "note"]
DIALECTS = ["msa", "gulf", "levantine", "egyptian", "maghrebi"]
TYPES = {"DATE", "TIME", "DURATION", "SET"}
MODS = {"", "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN"}

DAY = r"\d{4}-\d{2}-\d{2}"
POD = r"(MO|MI|AF|EV|NI)"
CLOCK = r"([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?|24:00"
NUM = r"\d+(\.\d+)?"
DUR = rf"P(?=[\dT])({NUM}(Y|M|W|D|DE|CE))*(T(?=\d)({NUM}[HMS])+)?"
VALUE = {
    "DATE": re.compile(rf"^({DAY}|\d{{4}}-\d{{2}}|\d{{4}}|\d{{4}}-W\d{{2}}(-WE)?|\d{{4}}-Q[1-4]"
                       rf"|\d{{4}}-(SP|SU|FA|WI)|\d{{2,3}}|PRESENT_REF|PAST_REF|FUTURE_REF)$"),
    "TIME": re.compile(rf"^({DAY}|XXXX-XX-XX)T({CLOCK}|{POD})$"),
    "DURATION": re.compile(rf"^{DUR}$"),
    "SET": re.compile(rf"^({DUR}|XXXX-WXX-[1-7]|XXXX-XX-XXT({CLOCK}|{POD}))$"),
}
# weekday words (ISO number); «ليلة الجمعة» is Thursday night and is skipped.
WEEKDAYS = [
    (r"الاثنين|الإثنين|الاتنين|التنين|اثنين", 1), (r"الثلاثاء|التلاتا|التلات|ثلاثاء", 2),
    (r"الأربعاء|الأربعا|الأربع\b", 3), (r"الخميس|خميس", 4), (r"الجمعة|جمعة", 5),
    (r"السبت", 6), (r"الأحد|الحد\b", 7),
]
PUNCT = "،؛؟.,;:!?\"«»()[]"


def main(path):
    errors = []
    lines = Path(path).read_text(encoding="utf-8").split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    if not lines or lines[0] != COMMENT:
        errors.append("line 1: comment line differs from the expected one")
    if len(lines) < 2 or lines[1].split("\t") != HEADER:
        errors.append("line 2: column header differs from " + "\\t".join(HEADER))
    by_dialect, by_type, ids = Counter(), Counter(), set()
    for n, line in enumerate(lines[2:], 3):
        f = line.split("\t")
        where = f"line {n}"
        if len(f) != 8:
            errors.append(f"{where}: {len(f)} columns, expected 8")
            continue
        rid, dialect, sentence, expr, typ, value, mod, note = f
        where = f"line {n} ({rid})"
        if rid in ids:
            errors.append(f"{where}: duplicate id")
        ids.add(rid)
        if rid != f"p{n - 2:03d}":
            errors.append(f"{where}: id out of sequence, expected p{n - 2:03d}")
        if dialect not in DIALECTS:
            errors.append(f"{where}: unknown dialect {dialect!r}")
        if typ not in TYPES:
            errors.append(f"{where}: unknown type {typ!r}")
        elif not VALUE[typ].match(value):
            errors.append(f"{where}: value {value!r} is not a valid {typ} value")
        if mod not in MODS:
            errors.append(f"{where}: unknown mod {mod!r}")
        if not expr or expr != expr.strip() or not sentence or sentence != sentence.strip():
            errors.append(f"{where}: empty expression/sentence or surrounding blanks")
        elif sentence.count(expr) != 1:
            errors.append(f"{where}: expression occurs {sentence.count(expr)} times in the sentence")
        elif expr[0] in PUNCT or expr[-1] in PUNCT:
            errors.append(f"{where}: punctuation inside the extent")
        if typ in ("DATE", "TIME") and re.match(DAY, value) and "ليلة" not in expr:
            wd = date.fromisoformat(value[:10]).isoweekday()
            for pat, k in WEEKDAYS:
                if re.search(pat, expr) and k != wd:
                    errors.append(f"{where}: expression names weekday {k}, value is weekday {wd}")
        by_dialect[dialect] += 1
        by_type[typ] += 1
    total = sum(by_dialect.values())
    print(f"{path}: {total} phrases")
    for d in DIALECTS:
        print(f"  {d:10s} {by_dialect[d]:4d}  {100 * by_dialect[d] / max(total, 1):5.1f}%")
    for t in sorted(TYPES):
        print(f"  {t:10s} {by_type[t]:4d}")
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else DEFAULT))
