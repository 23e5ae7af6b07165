# Corpus coverage of the extractor's events, from dry-run records:
#   ingest --dry-run [--min-confidence 0] orangesum-fr.jsonl.gz > corpus.jsonl
#   python3 eval/coverage.py corpus.jsonl [more.jsonl ...]
# Prints events per article and, among political articles that hold an
# explicit event verb in the past ("a rencontré", "s'est entretenu", "a
# accusé", "a condamné" ...), the share that yield at least one event. A
# political article is one where the extractor found a role whose title is
# a political office (ministre, président, député ...).
import gzip, json, re, sys

VERBS = re.compile(r"\b(?:a|ont|avait|avaient)\s+(?:\w+\s+)?(?:rencontré|reçu|accusé|condamné|critiqué|dénoncé|"
                   r"appelé|exhorté|félicité|remercié|salué|menacé|soutenu|visité|attaqué|fustigé|"
                   r"interpellé|sanctionné|invité|demandé)\b|\b(?:s'est|se sont|s’est)\s+(?:\w+\s+)?"
                   r"(?:entretenus?|rendus?|entretenue|rendue|opposée?s?|pris(?:es?)?)\b", re.I)
OFFICES = re.compile(r"\b(?:ministre|président|présidente|premier ministre|député|députée|sénateur|sénatrice|"
                     r"maire|chef de l'[ée]tat|secrétaire d'[ée]tat|chancelière?|porte-parole du gouvernement|"
                     r"gouverneur|eurodéputée?)\b", re.I)

texts = {}
for l in gzip.open('/work/shared/data/orangesum/orangesum-fr.jsonl.gz', 'rt'):
    a = json.loads(l)
    texts[a['id']] = a['text']

for path in sys.argv[1:]:
    arts = events = political = yielded = 0
    for l in open(path):
        r = json.loads(l)
        arts += 1
        ev = [x for x in r['relations'] if x.get('cameo') and x['predicate'] not in ('said', 'holds_role')]
        events += len(ev)
        roles = [x for x in r['relations'] if x['predicate'] == 'holds_role' and OFFICES.search(x.get('role', ''))]
        if roles and VERBS.search(texts.get(r['article']['id'], '')):
            political += 1
            if ev:
                yielded += 1
    print(f"{path}: {arts} articles, {events} events ({events / arts:.3f} per article); "
          f"{political} political articles with an explicit event verb, {yielded} with an event ({yielded / max(political, 1):.1%})")
