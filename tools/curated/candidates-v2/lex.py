#!/usr/bin/env python3
"""Writes lexicons: mode 'clean' = the repository's lexicons with only behaviour-neutral
fixes (exact duplicates that can never match removed); mode 'candidate' = clean + additions."""
import json, os, sys
mode, ROOT = sys.argv[1], sys.argv[2]
ORIG = '/tmp/gaz/data_orig/..'

def load(rel):
    return json.load(open(os.path.join(ORIG, rel), encoding='utf-8'))

def dump(rel, d):
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    head = {k: d[k] for k in ('format', 'version', 'kind')}
    s = json.dumps(head, ensure_ascii=False)[:-1] + ',\n "entries": [\n'
    s += ',\n'.join('  ' + json.dumps(e, ensure_ascii=False) for e in d['entries'])
    s += '\n ]}\n'
    open(path, 'w', encoding='utf-8').write(s)

def uniq(lst):
    out, seen = [], set()
    for x in lst:
        k = json.dumps(x, sort_keys=True, ensure_ascii=False)
        if k not in seen:
            seen.add(k); out.append(x)
    return out

def forms(lemma, third=None, past=None, ing=None, extra=()):
    third = third or (lemma + 'es' if lemma.endswith(('s', 'sh', 'ch', 'x', 'z', 'o')) else lemma[:-1] + 'ies' if lemma.endswith('y') and lemma[-2] not in 'aeiou' else lemma + 's')
    past = past or (lemma + 'd' if lemma.endswith('e') else lemma[:-1] + 'ied' if lemma.endswith('y') and lemma[-2] not in 'aeiou' else lemma + 'ed')
    ing = ing or (lemma[:-1] + 'ing' if lemma.endswith('e') and not lemma.endswith('ee') else lemma + 'ing')
    return [lemma, third, past, ing] + list(extra)

# ------------------------------------------------------------------ speech verbs
sv = load('data/lexicon/speech_verbs.json')
fix = {'quiped': 'quipped', 'quiping': 'quipping', 'agreing': 'agreeing', 'concured': 'concurred', 'concuring': 'concurring', 'echos': 'echoes'}
ents = []
for e in sv['entries']:
    e = dict(e)
    if 'forms' in e:
        f = [x for i, x in enumerate(e['forms']) if x not in e['forms'][:i]]  # same form twice in one entry
        if mode == 'candidate':
            f = [fix.get(x, x) for x in f]
            f = [x for i, x in enumerate(f) if x not in f[:i]]
        e['forms'] = f
    ents.append(e)
ents = uniq(ents)
if mode == 'candidate':
    verbs = [ents_i for ents_i in ents if 'lemma' in ents_i]
    rest = [x for x in ents if 'lemma' not in x]
    new = [
        ('affirm', forms('affirm'), True), ('reaffirm', forms('reaffirm'), True),
        ('proclaim', forms('proclaim'), True), ('clarify', forms('clarify'), True),
        ('elaborate', forms('elaborate'), True), ('underscore', forms('underscore'), True),
        ('highlight', forms('highlight'), True), ('speculate', forms('speculate'), True),
        ('muse', forms('muse'), True), ('opine', forms('opine'), True), ('reckon', forms('reckon'), True),
        ('recount', forms('recount'), True), ('boast', forms('boast'), True),
        ('brag', ['brag', 'brags', 'bragged', 'bragging'], True), ('confess', forms('confess'), True),
        ('lament', forms('lament'), True), ('scoff', forms('scoff'), True), ('grumble', forms('grumble'), True),
        ('object', forms('object'), True), ('advise', forms('advise'), True),
        ('swear', ['swear', 'swears', 'swore', 'swearing', 'sworn'], True),
        ('guarantee', ['guarantee', 'guarantees', 'guaranteed', 'guaranteeing'], True),
        ('mutter', forms('mutter'), True), ('whisper', forms('whisper'), True), ('yell', forms('yell'), True),
        ('exclaim', forms('exclaim'), True), ('dispute', forms('dispute'), True), ('mention', forms('mention'), True),
        ('propose', forms('propose'), True), ('recommend', forms('recommend'), True),
        ('hit back', ['hit back', 'hits back', 'hitting back'], True),
        ('fire back', ['fire back', 'fires back', 'fired back', 'firing back'], True),
        ('characterize', forms('characterize'), False), ('characterise', forms('characterise'), False),
    ]
    have = {f for x in verbs for f in x['forms']}
    for lemma, fl, rep in new:
        fl = [f for f in fl if f not in have]
        if fl:
            verbs.append({'lemma': lemma, 'forms': fl, 'reporting': rep})
            have.update(fl)
    phrases = [('in a tweet', 'after_source'), ('in a post', 'after_source'), ('in a speech', 'after_source'),
               ('in an op-ed', 'after_source'), ('in a letter', 'after_source'), ('at a news conference', 'after_source'),
               ('at a press conference', 'after_source'), ('in a written statement', 'after_source'),
               ('in a televised address', 'after_source'), ('in remarks', 'after_source'),
               ('in comments', 'after_source'), ('in the words of', 'before_source')]
    nouns = ['speech', 'address', 'op-ed', 'press release', 'readout', 'communique', 'declaration', 'testimony', 'announcement']
    have_ph = {x.get('phrase') for x in rest} | {x.get('noun') for x in rest}
    ph = [x for x in rest if 'phrase' in x] + [{'phrase': p, 'position': pos} for p, pos in phrases if p not in have_ph]
    no = [x for x in rest if 'noun' in x] + [{'noun': n} for n in nouns if n not in have_ph and n not in have]
    ents = verbs + ph + no
sv['entries'] = ents
dump('data/lexicon/speech_verbs.json', sv)

# ------------------------------------------------------------------ relation cues
rc = load('data/rules/relation_cues.json')
seen, ents = set(), []
for e in rc['entries']:
    e = dict(e)
    f = []
    for x in e['forms']:
        k = (x, e['type'], e['frame'])
        if k not in seen:
            seen.add(k); f.append(x)
    if mode == 'candidate':
        f = [{'vilifys': 'vilifies', 'vilifyed': 'vilified'}.get(x, x) for x in f]
    e['forms'] = f
    if f:
        ents.append(e)
if mode == 'candidate':
    add = [
        ('MET_WITH', ['receives', 'greeted', 'greets', 'shook hands with', 'phoned', 'phones'], 'active'),
        ('MET_WITH', ['bilateral meeting', 'bilateral talks', 'phone conversation', 'telephone conversation',
                      'video call', 'video conference', 'videoconference', 'discussions', 'consultations'], 'nominal_with'),
        ('CRITICIZED', ['hit back at', 'hits back at', 'hitting back at', 'fired back at', 'fires back at', 'hit out at', 'hits out at', 'hitting out at', 'lashed out at', 'lashes out at',
                        'lashing out at', 'lash out at', 'took aim at', 'takes aim at', 'taking aim at',
                        'rounded on', 'rounds on'], 'active'),
        ('CRITICIZED', forms('chastise'), 'active'), ('CRITICIZED', forms('admonish'), 'active'),
        ('CRITICIZED', forms('reprimand'), 'active'), ('CRITICIZED', forms('disparage'), 'active'),
        ('CRITICIZED', forms('insult'), 'active'),
        ('CRITICIZED', ['rebuked by', 'lambasted by', 'blasted by', 'castigated by', 'chided by', 'faulted by',
                        'decried by', 'assailed by', 'berated by', 'rebuked by'], 'passive'),
        ('CRITICIZED', ['critics', 'detractor', 'detractors'], 'noun_of'),
        ('SUPPORTS', forms('congratulate'), 'active'), ('SUPPORTS', forms('salute'), 'active'),
        ('SUPPORTS', ['paid tribute to', 'pays tribute to', 'paying tribute to', 'pay tribute to',
                      'rallied behind', 'rallies behind', 'rallying behind', 'rally behind',
                      'vouched for', 'vouches for', 'vouch for'], 'active'),
        ('SUPPORTS', ['hailed by', 'defended by', 'applauded by', 'commended by', 'championed by', 'lauded by'], 'passive'),
        ('SUPPORTS', ['supporters', 'backers', 'ally', 'allies', 'loyalist', 'loyalists', 'protege', 'protégé'], 'noun_of'),
        ('ATTACKED', forms('assassinate'), 'active'), ('ATTACKED', forms('ambush'), 'active'),
        ('ATTACKED', forms('bombard'), 'active'), ('ATTACKED', forms('pound'), 'active'),
        ('ATTACKED', ['besieged', 'besieges', 'besieging', 'besiege'], 'active'),
        ('ATTACKED', ['fired on', 'fires on', 'firing on', 'opened fire on', 'open fire on', 'opens fire on',
                      'drone strike on', 'drone strikes on', 'drone attack on', 'drone attacks on',
                      'rocket attack on', 'rocket attacks on', 'cyberattack on', 'cyberattacks on',
                      'cyber attack on', 'cyber attacks on'], 'active'),
        ('ATTACKED', ['shot down by', 'raided by', 'bombarded by', 'pounded by', 'hit by', 'assassinated by',
                      'ambushed by'], 'passive'),
        ('MEMBER_OF', ['affiliated with', 'belongs to', 'belonged to', 'pledged allegiance to',
                       'pledges allegiance to', 'defected to', 'defects to'], 'active'),
        ('MEMBER_OF', ['co-founder', 'founding member', 'loyal member'], 'noun_of'),
    ]
    for t, fl, fr in add:
        fl = [x for x in fl if (x, t, fr) not in seen and not seen.add((x, t, fr))]
        if fl:
            ents.append({'type': t, 'forms': fl, 'frame': fr})
rc['entries'] = ents
dump('data/rules/relation_cues.json', rc)

if mode != 'candidate':
    # titles, heads and not_names carry no dead duplicates worth removing: copy unchanged
    for rel in ('data/lexicon/titles.json', 'data/lexicon/org_heads.json', 'data/lexicon/loc_heads.json',
                'data/lexicon/not_names.json'):
        pass
    sys.exit(0)

# ------------------------------------------------------------------ titles
ti = load('data/lexicon/titles.json')
E = ti['entries']
have = {e['title'].lower() for e in E}
def insert_after_kind(kind, new):
    idx = max(i for i, e in enumerate(E) if e['kind'] == kind) + 1
    for n in new:
        if n['title'].lower() in have:
            continue
        have.add(n['title'].lower())
        E.insert(idx, n); idx += 1
hon = ['Sheikha', 'Mullah', 'Mme', 'Prof', 'Mx.', 'Herr', 'Frau', 'Baroness', 'Duke', 'Duchess']
insert_after_kind('honorific', [{'title': t, 'kind': 'honorific'} for t in hon])
US = 'United States'; UK = 'United Kingdom'
offices = [
    ('First Lady', None), ('Supreme Leader', None), ('Emperor', None), ('Empress', None), ('Grand Ayatollah', None),
    ('Grand Mufti', None), ('Patriarch', None), ('Ruler', None), ('Crown Princess', None),
    ('General Secretary', None), ('First Deputy Prime Minister', None), ('First Deputy Foreign Minister', None),
    ('Assistant Foreign Minister', None), ('Deputy Defense Minister', None), ('Home Minister', None),
    ('National Security Minister', None), ('Strategic Affairs Minister', None), ('Chief Negotiator', None),
    ('Deputy Leader', None), ('Deputy Chairman', None), ('Deputy Speaker', None), ('Deputy Ambassador', None),
    ('Deputy Spokesman', None), ('Deputy Commander', None), ('Commander-in-Chief', None),
    ('Chief of the General Staff', None), ('Chief of General Staff', None), ('Chief of Army Staff', None),
    ('Chief of Defence Staff', None), ('Chief of Defense Staff', None), ('Supreme Allied Commander', None),
    ('Rear Admiral', None), ('Rear Adm.', None), ('Vice Adm.', None), ('Lieutenant', None), ('Lt.', None),
    ('Chief Adviser', None), ('State Counsellor', None), ('Chief Cabinet Secretary', 'Japan'),
    ('Taoiseach', 'Ireland'), ('Governor-General', None), ('Prime Minister-elect', None),
    ('Chancellor of the Exchequer', UK), ('Editor-in-Chief', None), ('Editor', None),
    ('Executive Director', None), ('Managing Director', None), ('Administrator', None),
    ('Commissioner-General', None), ('Special Coordinator', None), ('Special Rapporteur', None),
    ('High Commissioner', None), ('High Commissioner for Human Rights', None), ('High Commissioner for Refugees', None),
    ('Chairperson', None), ('Ombudsman', None), ('Chief Prosecutor', None), ('Prosecutor General', None),
    ('Police Chief', None), ('Sheriff', None), ('MP', None), ('MEP', None),
    ('Assemblyman', US), ('Assemblywoman', US),
    ('Chairman of the Joint Chiefs of Staff', US), ('Director of National Intelligence', US),
    ('Deputy National Security Adviser', US), ('Deputy Chief of Staff', None), ('Chief Strategist', None),
    ('Counselor', None), ('Communications Director', None), ('Deputy Attorney General', US),
    ('Trade Representative', US), ('Trade Adviser', None), ('Health Secretary', None),
    ('Transportation Secretary', US), ('Homeland Security Secretary', US), ('Secretary of Homeland Security', US),
    ('House Speaker', US), ('Speaker of the House', US), ('Senate Majority Leader', US),
    ('Senate Minority Leader', US), ('House Majority Leader', US), ('House Minority Leader', US),
    ('CIA Director', US), ('FBI Director', US), ('Border Czar', US),
]
insert_after_kind('office', [dict({'title': t, 'kind': 'office'}, **({'default_country': c} if c else {})) for t, c in offices])
roles = ['boss', 'strongman', 'dictator', 'spy chief', 'intelligence chief', 'army chief', 'military chief',
         'defence chief', 'defense chief', 'foreign policy chief', 'chief diplomat', 'head of state',
         'head of government', 'negotiator', 'legislator', 'monarch', 'cleric', 'rebel leader', 'militia leader']
insert_after_kind('role_noun', [{'title': t, 'kind': 'role_noun'} for t in roles])
dump('data/lexicon/titles.json', ti)

# ------------------------------------------------------------------ org and loc heads
oh = load('data/lexicon/org_heads.json')
have = {(e['word'], e['position']) for e in oh['entries']}
heads = ['Church', 'Academy', 'Museum', 'Fleet', 'Regiment', 'Battalion', 'Corps', 'Militia', 'Cartel', 'Bloc',
         'Caucus', 'Legion', 'Brotherhood', 'Guards', 'Confederation', 'Forum', 'Endowment', 'Observatory',
         'Broadcasting', 'Magazine', 'Chronicle', 'Courier', 'Inspectorate', 'Rada', 'Holding', 'AG', 'S.A.',
         'GmbH', 'N.V.', 'SpA', 'Co', 'Cos.', 'LLP', 'L.P.', 'Limited', 'Incorporated', 'Aviation', 'Aerospace',
         'Electronics', 'Telecom', 'Communications', 'Pharma', 'Laboratories', 'Labs', 'Investments', 'Ventures',
         'Logistics', 'Shipping', 'Steel', 'Mining', 'Railways']
starts = ['Fund', 'Foundation', 'Center', 'Centre', 'College', 'Tribunal', 'Directorate', 'Confederation',
          'Coalition', 'Alliance', 'Front', 'Assembly']
hs = [e for e in oh['entries'] if e['position'] == 'head'] + [{'word': w, 'position': 'head'} for w in heads if (w, 'head') not in have]
ss = [e for e in oh['entries'] if e['position'] == 'start'] + [{'word': w, 'position': 'start'} for w in starts if (w, 'start') not in have]
oh['entries'] = hs + ss
dump('data/lexicon/org_heads.json', oh)

lh = load('data/lexicon/loc_heads.json')
have = {(e['word'], e['position']) for e in lh['entries']}
after = ['Oblast', 'Province', 'Region', 'County', 'District', 'Governorate', 'Prefecture', 'Valley', 'Peninsula',
         'Island', 'Islands', 'River', 'Mountains', 'Mountain', 'Desert', 'Strait', 'Sea', 'Ocean', 'Gulf', 'Bay',
         'Canal', 'Heights', 'Hills', 'Plateau', 'Basin', 'Delta', 'Highlands', 'Square', 'Airport', 'Air Base',
         'Airbase', 'Bridge', 'Dam', 'Lake', 'Street', 'Avenue', 'Corridor', 'Zone', 'Strip',
         'camp', 'refugee camp', 'crossing', 'Crossing', 'enclave', 'krai', 'Krai']
before = ['Camp', 'Beit', 'Deir', 'Ain', 'Jabal', 'Jebel']
la = [e for e in lh['entries'] if e['position'] == 'after'] + [{'word': w, 'position': 'after'} for w in after if (w, 'after') not in have]
lb = [e for e in lh['entries'] if e['position'] == 'before'] + [{'word': w, 'position': 'before'} for w in before if (w, 'before') not in have]
lh['entries'] = la + lb
dump('data/lexicon/loc_heads.json', lh)

# ------------------------------------------------------------------ not_names
nn = load('data/lexicon/not_names.json')
given = set(json.load(open('/work/main/data/lexicon/given_names.json'))['entries'])
surn = set()
for fn in ('persons.jsonl',):
    for l in list(open(os.path.join(ROOT, 'data/gazetteer', fn), encoding='utf-8'))[1:]:
        surn.add(json.loads(l)['name'].split()[-1])
gaz_names = set()
for fn in ('organizations.jsonl', 'regions.jsonl'):
    for l in list(open(os.path.join(ROOT, 'data/gazetteer', fn), encoding='utf-8'))[1:]:
        e = json.loads(l); gaz_names.update([e['name']] + e['aliases'])
for l in list(open('/work/main/data/gazetteer/countries.jsonl', encoding='utf-8'))[1:]:
    e = json.loads(l); gaz_names.update([e['name']] + e['aliases'])
add = """Mon. Tue. Tues. Wed. Thu. Thur. Thurs. Fri. Sat.
Him Them Me Everyone Everybody Nobody Somebody Someone Anyone Anybody Nothing Something Everything Anything
Each Every Any None Few Other Others Another Such Much More Less Fewer Whatever Whoever Whichever Whenever
Wherever Whether      
As At In On For From With Without By Of To Under Over Amid  Among Against During Through Throughout
Following Including Unlike Besides Beyond Within Across Around Along About Above Below Behind Toward Towards
Upon Via Than Thus Hence Therefore Otherwise Nor Whereas  Once Regarding Concerning 
Already Again Never Always Often Sometimes Rarely Twice Soon Recently Currently Previously Initially Finally
Eventually Ultimately Overall Separately Additionally Similarly Likewise  Notably Importantly
 Clearly Obviously Apparently Reportedly Allegedly Officially Publicly Privately Personally
Specifically Particularly Especially Generally       Probably
Possibly Maybe  Unfortunately    Nonetheless   Consequently
Accordingly Subsequently  Immediately    Afterward Afterwards  
    Nearly Almost    
Please Thanks Sorry Hello Dear Well Okay Let
Do Does Did Is Are Was Were Would Can Could Should Shall Might Must Has Have Had Been Being
Reporting Editing Writing Additional Contributing Compiled Produced Sponsored Subscribe Newsletter Podcast Listen
Follow Click Copyright Caption Pictured Photos Photograph Graphic Map Chart Timeline Explainer Factbox
Transcript Highlights Trending Latest Previous Published Posted Modified Edited Advertising Login Menu Search
Loading Feedback Privacy Cookies
Attacks Strikes Airstrike Airstrikes Reports Elections Votes Polls Commentary Editorial Interview Investigation
Audio Gallery Protests Protesters Ceasefire Truce Invasion Offensive Troops Soldiers Civilians Refugees Migrants
Voters Investors Markets Stocks Shares Prices Tariffs Inflation Sanctions Ministers Lawmakers Diplomats Residents
Witnesses Activists Rebels Militants Authorities Observers Opponents Supporters Allies
ET EDT PDT PST CST CDT MSK JST KST
BREAKING UPDATE UPDATED LIVE EXCLUSIVE WATCH VIDEO PHOTOS READ MORE ADVERTISEMENT OPINION ANALYSIS
Spring Summer Autumn Winter""".split()
cur = nn['entries']
skipped = []
for w in add:
    if w in cur:
        continue
    if w in given or w in surn or w in gaz_names:
        skipped.append(w); continue
    cur.append(w)
print('not_names skipped (given name, surname or gazetteer name):', ' '.join(skipped), file=sys.stderr)
dump('data/lexicon/not_names.json', nn)
