#!/usr/bin/env python3
"""Date F1 of `timeline --key-dates N` against a key-dates gold (src/eval/keydates/TOPIC.json).

usage: key_dates_f1.py GOLD.json SYSTEM.txt [GOLD2.json SYSTEM2.txt ...]

SYSTEM.txt is the text output of `timeline ... --key-dates N`: every line whose first column
is a day (YYYY-MM-DD) is one predicted key date; other lines are ignored.
Prints, per topic and micro-averaged over all pairs, precision, recall and F1 of days:
exact (same day) and tolerant (a predicted day within +-1 day of a gold day; each gold day and
each predicted day is matched at most once, exact matches first).
"""
import datetime
import json
import re
import sys

DAY = re.compile(r'^\s*(\d{4}-\d{2}-\d{2})\b')


def gold_days(path):
    with open(path, encoding='utf-8') as f:
        doc = json.load(f)
    return sorted({d['date'] for d in doc['dates']}), doc.get('query', '')


def system_days(path):
    days = []
    with open(path, encoding='utf-8') as f:
        for line in f:
            m = DAY.match(line)
            if m and m.group(1) not in days:
                days.append(m.group(1))
    return days


def to_date(s):
    return datetime.date.fromisoformat(s)


def matches(gold, pred, tol):
    """Greedy one-to-one matching: exact pairs first, then pairs 1 day apart (if tol)."""
    g_left = set(gold)
    p_left = set(pred)
    n = 0
    for d in sorted(p_left & g_left):
        g_left.discard(d); p_left.discard(d); n += 1
    if tol:
        for p in sorted(p_left):
            for delta in (-1, 1):
                c = (to_date(p) + datetime.timedelta(days=delta)).isoformat()
                if c in g_left:
                    g_left.discard(c); n += 1
                    break
    return n


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def main(argv):
    if len(argv) < 2 or len(argv) % 2:
        sys.exit(__doc__)
    tot = {False: [0, 0, 0], True: [0, 0, 0]}
    print('%-28s %5s %5s | %-20s | %-20s' % ('topic', 'gold', 'pred', 'exact P/R/F1', '+-1 day P/R/F1'))
    for gpath, spath in zip(argv[0::2], argv[1::2]):
        gold, query = gold_days(gpath)
        pred = system_days(spath)
        cells = []
        for tol in (False, True):
            tp = matches(gold, pred, tol)
            t = tot[tol]
            t[0] += tp; t[1] += len(pred); t[2] += len(gold)
            cells.append('%.3f %.3f %.3f' % prf(tp, len(pred), len(gold)))
        name = gpath.rsplit('/', 1)[-1] + ' vs ' + spath.rsplit('/', 1)[-1]
        print('%-28s %5d %5d | %-20s | %-20s' % (name[:28], len(gold), len(pred), cells[0], cells[1]))
    cells = ['%.3f %.3f %.3f' % prf(*tot[tol]) for tol in (False, True)]
    print('%-28s %5d %5d | %-20s | %-20s' % ('micro', tot[False][2], tot[False][1], cells[0], cells[1]))


if __name__ == '__main__':
    main(sys.argv[1:])
