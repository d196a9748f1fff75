import zipfile,json,glob,re,sys
Q={'suez':'قناة السويس','houthi':'الحوثي','isis':'داعش'}
out={k:[] for k in Q}
for z in sorted(glob.glob(str(__import__('pathlib').Path(__file__).resolve().parents[3] / 'shared/corpora/saudinewsnet') + '/*.zip')):
    zf=zipfile.ZipFile(z); nm=zf.namelist()[0]
    arr=json.loads(zf.read(nm))
    for i,a in enumerate(arr):
        t=a.get('title') or ''; c=a.get('content') or ''
        first=c.strip().split('\n')[0]
        m=re.search(r'(20\d\d)[/-]?(\d\d)[/-]?(\d\d)',a.get('url',''))
        for k,q in Q.items():
            if q in t or q in first:
                out[k].append(dict(file=z.split('/')[-1][:-4],idx=i,title=t,lead=first[:400],url=a.get('url'),de=a.get('date_extracted'),src=a.get('source'),content=c))
for k in Q:
    json.dump(out[k],open(k+'.json','w'),ensure_ascii=False)
    print(k,len(out[k]))
