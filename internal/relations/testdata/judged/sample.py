# Draws the judged samples: 100 events and 100 quotations, at random with a
# fixed seed, from the dry-run records of the OrangeSum corpus.
#   ingest --dry-run orangesum-fr.jsonl.gz > corpus.jsonl
#   python3 sample.py corpus.jsonl events.tsv quotes.tsv
import json, random, sys, gzip
texts = {}
for l in gzip.open('/work/shared/data/orangesum/orangesum-fr.jsonl.gz', 'rt'):
    a = json.loads(l); texts[a['id']] = a['text']
ev, qu = [], []
for l in open(sys.argv[1]):
    r = json.loads(l); E = {e['id']: e for e in r['entities']}
    t = texts[r['article']['id']]
    for x in r['relations']:
        p = x['predicate']
        if p == 'holds_role': continue
        tb = t.encode(); st = x.get('start', 0); ctx = tb[max(0, st - 400):st].decode('utf-8', 'ignore').replace('\n', ' ').replace('\t', ' ')
        ev_ = ' '.join(x['evidence'].split())
        row = [r['article']['id'], x.get('rule', ''), E[x['subject']]['name']]
        if p == 'said':
            qu.append(row + [' '.join(x.get('quote', '').split())[:300], ctx[-300:], ev_])
        else:
            o = E.get(x.get('object'), {}).get('name', '')
            ev.append(row + [p, x.get('cameo', ''), o, x.get('modality', ''), x.get('date', '') + {'published': ' (publication day)', 'context': ' (day the lede names)'}.get(x.get('date_from') or x.get('date_basis'), ''), ctx[-300:], ev_])
random.seed(int(sys.argv[4]))
seen=set()
import csv
for fn in sys.argv[5:]:
    for r in csv.DictReader(open(fn),delimiter="\t",quoting=csv.QUOTE_NONE): seen.add(r["article"])
ev=[e for e in ev if e[0] not in seen]
qu=[q for q in qu if q[0] not in seen]
with open(sys.argv[2], 'w') as f:
    f.write('\t'.join(['n', 'article', 'rule', 'subject', 'predicate', 'cameo', 'object', 'modality', 'date', 'context_before', 'evidence', 'correct', 'note']) + '\n')
    for i, row in enumerate(random.sample(ev, 100)):
        f.write('\t'.join([str(i + 1)] + row + ['', '']) + '\n')
with open(sys.argv[3], 'w') as f:
    f.write('\t'.join(['n', 'article', 'rule', 'speaker', 'quote', 'context_before', 'evidence', 'correct', 'note']) + '\n')
    for i, row in enumerate(random.sample(qu, 100)):
        f.write('\t'.join([str(i + 1)] + row + ['', '']) + '\n')
