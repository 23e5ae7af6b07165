# Lists every event of after.jsonl (an ingest --dry-run of the corpus) that
# before.jsonl does not hold, one row per article and pair, in sample.py's
# columns:
#   python3 draw_new.py before.jsonl after.jsonl new-events.tsv
import json, sys, gzip
texts = {}
for l in gzip.open('/work/shared/data/orangesum/orangesum-fr.jsonl.gz', 'rt'):
    a = json.loads(l); texts[a['id']] = a['text']
def load(p):
    out = {}
    for l in open(p):
        r = json.loads(l); out[r['article']['id']] = r
    return out
old = load(sys.argv[1]); new = load(sys.argv[2])
rows = []
for aid, r in new.items():
    E = {e['id']: e for e in r['entities']}
    o = old.get(aid)
    OE = {e['id']: e for e in o['entities']} if o else {}
    okeys = set()
    if o:
        for x in o['relations']:
            if x['predicate'] in ('said', 'holds_role'): continue
            okeys.add((OE[x['subject']]['name'], x['predicate'], OE.get(x.get('object'), {}).get('name', '')))
    t = texts[aid]
    seen = set()
    for x in r['relations']:
        p = x['predicate']
        if p in ('said', 'holds_role'): continue
        k = (E[x['subject']]['name'], p, E.get(x.get('object'), {}).get('name', ''))
        if k in okeys or k in seen: continue
        seen.add(k)
        tb = t.encode(); st = x.get('start', 0); ctx = tb[max(0, st - 400):st].decode('utf-8', 'ignore').replace('\n', ' ').replace('\t', ' ')
        ev_ = ' '.join(x['evidence'].split())
        rows.append([aid, x.get('rule', ''), k[0], p, x.get('cameo', ''), k[2], x.get('modality', ''), x.get('date', '') + {'published': ' (publication day)', 'context': ' (day the lede names)'}.get(x.get('date_from') or x.get('date_basis'), ''), ctx[-300:], ev_])
with open(sys.argv[3], 'w') as f:
    f.write('\t'.join(['n', 'article', 'rule', 'subject', 'predicate', 'cameo', 'object', 'modality', 'date', 'context_before', 'evidence', 'correct', 'note']) + '\n')
    for i, row in enumerate(rows):
        f.write('\t'.join([str(i + 1)] + row + ['', '']) + '\n')
print(len(rows))
