import json,re,sys
k=sys.argv[1]; pat=sys.argv[2] if len(sys.argv)>2 else None
d=json.load(open(k+'.json'))
W=r'(اليوم|أمس|الليلة|غدا|غدًا|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|يوليو|أغسطس|تموز|آب)'
seen=set()
for x in d:
    if pat and not re.search(pat,x['title']+x['lead']): continue
    if x['title'] in seen: continue
    seen.add(x['title'])
    m=re.search(r'(2015)(0[78])([0-3]\d)',x['url'] or '')
    p=('%s-%s-%s'%m.groups()+'u') if m else x['de'][:10]+'c'
    print('##',p,x['file'],x['idx'],x['src'],x['title'][:100])
    sents=re.split(r'(?<=[.!؟\n])\s*',x['content'])
    n=0
    for s in sents:
        if re.search(W,s) and n<3:
            print('   -',s.strip()[:260]); n+=1
