import json,re,sys
k=sys.argv[1]
d=json.load(open(k+'.json'))
def pub(x):
    m=re.search(r'(2015)(0[78])([0-3]\d)',x['url'] or '')
    if m and m.group(1)=='2015': return '%s-%s-%s'%m.groups(),'u'
    return x['de'][:10],'c'
seen=set()
rows=[]
for x in d:
    if x['title'] in seen: continue
    seen.add(x['title'])
    p,w=pub(x); rows.append((p,w,x['file'],x['idx'],x['src'],x['title'][:110]))
for r in sorted(rows): print(*r)
