#!/usr/bin/env python3
"""How the evidence-based publication dates change the chronology, on one daily zip of SaudiNewsNet.

  python3 scripts/dct-rerun/dct_rerun.py prepare ../shared/corpora/saudinewsnet/2015-07-21.zip OUT
  java -jar target/tarikh.jar tag --input OUT/evidence.jsonl --output OUT/evidence.out --threads 2
  java -jar target/tarikh.jar tag --input OUT/crawl.jsonl --output OUT/crawl.out --threads 2
  python3 scripts/dct-rerun/dct_rerun.py compare OUT

`prepare` keeps the records whose URL carries a date other than their crawl day (date_extracted):
the only records whose DCT the evidence changes on this corpus (no dateline there has the full
form, docs/operations.md). evidence.jsonl has them as they are (Tarikh dates them by the URL);
crawl.jsonl adds "published": date_extracted, so the crawl day wins, as it did before the evidence.
Every other record gets the same DCT either way, hence the same output. `compare` counts the
expressions whose value and the events whose date moved between the two outputs of `tag`.
"""
import collections
import datetime
import json
import os
import re
import sys
import zipfile

# the same pattern as org.tarikh.article.PublicationEvidence.URL_DATE
URL_DATE = re.compile(r'(?<![0-9])((?:19|20)[0-9]{2})(?:([/_-])([01]?[0-9])\2([0-3]?[0-9])|([01][0-9])([0-3][0-9]))(?![0-9])')


def url_date(url):
    for m in URL_DATE.finditer(url or ''):
        try:
            return datetime.date(int(m.group(1)), int(m.group(3) or m.group(5)), int(m.group(4) or m.group(6)))
        except ValueError:
            pass
    return None


def prepare(zip_path, out):
    os.makedirs(out, exist_ok=True)
    total = kept = 0
    shift = collections.Counter()
    with zipfile.ZipFile(zip_path) as z, open(os.path.join(out, 'evidence.jsonl'), 'w') as ev, \
            open(os.path.join(out, 'crawl.jsonl'), 'w') as cr:
        for name in sorted(z.namelist()):
            records = json.loads(z.read(name))
            for r in records if isinstance(records, list) else [records]:
                total += 1
                d = url_date(r.get('url'))
                crawl = (r.get('date_extracted') or '')[:10]
                if d is None or not crawl or str(d) == crawl:
                    continue
                kept += 1
                shift[(datetime.date.fromisoformat(crawl) - d).days] += 1
                ev.write(json.dumps(r, ensure_ascii=False) + '\n')
                cr.write(json.dumps(dict(r, published=r['date_extracted']), ensure_ascii=False) + '\n')
    print(f'{total} records; {kept} with a URL date other than the crawl day; crawl minus URL, days: '
          + ', '.join(f'{k}: {v}' for k, v in sorted(shift.items())))


def compare(out):
    runs = []
    for f in ('evidence.out', 'crawl.out'):
        with open(os.path.join(out, f)) as lines:
            runs.append({o['id']: o for o in map(json.loads, lines)})
    ev, cr = runs
    t = tm = e = em = h = hm = inherited = articles = 0
    for i, a in ev.items():
        b = cr[i]
        moved = False
        for x, y in zip(a['timexes'], b['timexes'], strict=True):
            t += 1
            tm += x['value'] != y['value']
        for x, y in zip(a['events'], b['events'], strict=True):
            m = (x['start'], x['until']) != (y['start'], y['until'])
            e += 1
            em += m
            if x['kind'] == 'happening':
                h += 1
                hm += m
                inherited += m and x['timex'] is None
                moved = moved or m
        articles += moved
    print(f'{len(ev)} articles tagged both ways; expressions {t}, value changed {tm}; events {e}, date moved {em};'
          f' happenings {h}, date moved {hm} ({inherited} dated "on or before" the publication day,'
          f' {hm - inherited} by a relative expression); articles with a moved happening {articles}')


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == 'prepare':
        prepare(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == 'compare':
        compare(sys.argv[2])
    else:
        sys.exit(__doc__)
