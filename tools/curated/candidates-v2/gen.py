#!/usr/bin/env python3
"""Builds data/gazetteer/{persons,organizations,regions}.jsonl from the curated tables in
this directory, merged with the entries already in the repository (ids stay stable)."""
import json, re, sys, os
ROOT = sys.argv[1] if len(sys.argv) > 1 else '/tmp/gaz/out'
HERE = os.path.dirname(os.path.abspath(__file__))
H = '{"format":"gazette/gazetteer","version":1}\n'

def slug(s):
    import unicodedata
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')

def rows(fn):
    for line in open(os.path.join(HERE, fn), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip() or line.startswith('#'):
            continue
        yield [c.strip() for c in line.split('|')]

def load_old(fn):
    path = os.path.join(HERE, 'data_orig/gazetteer', fn)
    out = []
    with open(path, encoding='utf-8') as f:
        next(f)
        for l in f:
            if l.strip():
                out.append(json.loads(l))
    return out

DROP_ALIASES = {l.strip() for l in open(os.path.join(HERE, 'drop_aliases.txt'), encoding='utf-8') if l.strip()}

def split_aliases(s):
    return [a.strip() for a in s.split(';') if a.strip() and a.strip() not in DROP_ALIASES]

def merge_aliases(name, *lists):
    seen, out = {name}, []
    for lst in lists:
        for a in lst:
            if a not in seen:
                seen.add(a)
                out.append(a)
    return out

def write(fn, entries):
    os.makedirs(os.path.join(ROOT, 'data/gazetteer'), exist_ok=True)
    with open(os.path.join(ROOT, 'data/gazetteer', fn), 'w', encoding='utf-8') as f:
        f.write(H)
        for e in entries:
            f.write(json.dumps(e, ensure_ascii=False) + '\n')

# ---------------- persons
drop = {l.strip() for l in open(os.path.join(HERE, 'drop_persons.txt'), encoding='utf-8') if l.strip()}
old = {e['id']: e for e in load_old('persons.jsonl')}
persons, ids = [], {}
for fn in ['persons_us.txt', 'persons_eurasia.txt', 'persons_asia.txt', 'persons_mena.txt',
           'persons_europe.txt', 'persons_world.txt']:
    for r in rows(fn):
        r += [''] * (4 - len(r))
        name, al, roles, qid = r[:4]
        if name in drop:
            continue
        pid = 'person:' + slug(name)
        if pid in ids:
            print('duplicate person', pid, 'in', fn, file=sys.stderr)
            continue
        rl = []
        for x in roles.split(';'):
            if x.strip():
                t, o = x.split('@')
                rl.append({'title': t.strip(), 'of': o.strip()})
        o = old.get(pid)
        aliases = merge_aliases(name, split_aliases(al), o['aliases'] if o else [])
        if o:
            for r0 in o.get('roles', []):
                if r0 not in rl:
                    rl.append(r0)
        e = {'id': pid, 'name': name, 'type': 'PERSON', 'aliases': aliases, 'roles': rl}
        if qid:
            e['wikidata'] = qid
        elif o and o.get('wikidata'):
            e['wikidata'] = o['wikidata']
        ids[pid] = len(persons)
        persons.append(e)
for pid, o in old.items():
    if pid not in ids:
        print('kept old person not in tables:', pid, file=sys.stderr)
        persons.append(o)
write('persons.jsonl', persons)

# ---------------- organizations
orgs = load_old('organizations.jsonl')
oidx = {e['id']: i for i, e in enumerate(orgs)}
for r in rows('orgs_add.txt'):
    r += [''] * (5 - len(r))
    name, al, loc, part, flags = r[:5]
    oid = 'org:' + slug(name)
    if oid in oidx:
        e = orgs[oidx[oid]]
        e['aliases'] = merge_aliases(e['name'], e['aliases'], split_aliases(al))
        if loc: e['located_in'] = loc
        if part: e['part_of'] = part
    else:
        e = {'id': oid, 'name': name, 'type': 'ORGANIZATION', 'aliases': merge_aliases(name, split_aliases(al)),
             'located_in': loc or None, 'part_of': part or None}
        oidx[oid] = len(orgs)
        orgs.append(e)
    if 'seat' in flags:
        e['seat'] = True
write('organizations.jsonl', orgs)

# ---------------- regions
regs = load_old('regions.jsonl')
ridx = {e['id']: i for i, e in enumerate(regs)}
for r in rows('regions_add.txt'):
    r += [''] * (3 - len(r))
    name, al, c = r[:3]
    rid = 'region:' + slug(name)
    if rid in ridx:
        e = regs[ridx[rid]]
        e['aliases'] = merge_aliases(e['name'], e['aliases'], split_aliases(al))
        if c: e['country'] = c
    else:
        e = {'id': rid, 'name': name, 'type': 'LOCATION', 'aliases': merge_aliases(name, split_aliases(al)),
             'country': c or None}
        ridx[rid] = len(regs)
        regs.append(e)
write('regions.jsonl', regs)
print('persons', len(persons), 'organizations', len(orgs), 'regions', len(regs))
