#!/usr/bin/env python3
"""Builds data/gazetteer/{persons,organizations,regions}.jsonl, the curated gazetteers.

    python3 tools/curated/build_gazetteer.py [OUT_DIR]     (default: data/gazetteer)

Sources, merged in this order (ids are "person:"/"org:"/"region:" + a slug of the name):
  1. make_core.py: the core set (396 entries) the first versions of gazette shipped;
  2. extended/*.jsonl: the extended set written from general knowledge (heads of state and
     government, foreign and defence ministers, UN leaders with aliases, transliteration
     variants and roles; international and national bodies, parties, armed groups, outlets,
     companies; regions). People whose bare surname is shared by a more prominent namesake
     (Hunter Biden, Asma al-Assad) or is a common English word, and aliases that are common
     words or bare given names, were already left out of it;
  3. orgs_extra.txt: sports clubs and governing bodies, companies, news agencies and papers,
     parties and armed groups (name | aliases | located_in | part_of);
  4. drop_aliases.txt removes an alias wherever it occurs (with the reason on its line).
Every id, alias, role, key and `seat` flag of the core set is kept: an entry present in both
takes the extended entry and adds what the core entry has that it lacks.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, 'data', 'gazetteer')
HEADER = '{"format":"gazette/gazetteer","version":1}\n'
FILES = ['persons.jsonl', 'organizations.jsonl', 'regions.jsonl']


def slug(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()
    return re.sub(r'[^a-z0-9]+', '-', s.lower()).strip('-')


def read_jsonl(path):
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    return [json.loads(l) for l in lines[1:] if l.strip()]


def rows(path):
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line.strip() and not line.startswith('#'):
                yield [c.strip() for c in line.split('|')]


def add_missing(entry, core):
    """Adds to entry every alias, role and key of core it lacks."""
    for a in core.get('aliases', []):
        if a not in entry['aliases'] and a != entry['name']:
            entry['aliases'].append(a)
    if 'roles' in core:
        entry.setdefault('roles', [])
        for r in core['roles']:
            if r not in entry['roles']:
                entry['roles'].append(r)
    for k, v in core.items():
        if k not in entry:
            entry[k] = v


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, os.path.join(HERE, 'make_core.py')], cwd=tmp, check=True,
                       stdout=subprocess.DEVNULL)
        core = {fn: read_jsonl(os.path.join(tmp, fn)) for fn in FILES}

    merged = {}
    for fn in FILES:
        entries = read_jsonl(os.path.join(HERE, 'extended', fn))
        index = {e['id']: i for i, e in enumerate(entries)}
        for c in core[fn]:
            if c['id'] in index:
                add_missing(entries[index[c['id']]], c)
            else:
                index[c['id']] = len(entries)
                entries.append(c)
        merged[fn] = (entries, index)

    orgs, oidx = merged['organizations.jsonl']
    for r in rows(os.path.join(HERE, 'orgs_extra.txt')):
        r += [''] * (4 - len(r))
        name, al, loc, part = r[:4]
        aliases = [a.strip() for a in al.split(';') if a.strip()]
        oid = 'org:' + slug(name)
        if oid in oidx:
            e = orgs[oidx[oid]]
            for a in aliases:
                if a not in e['aliases'] and a != e['name']:
                    e['aliases'].append(a)
            continue
        oidx[oid] = len(orgs)
        orgs.append({'id': oid, 'name': name, 'type': 'ORGANIZATION', 'aliases': aliases,
                     'located_in': loc or None, 'part_of': part or None})

    drop = {}
    for r in rows(os.path.join(HERE, 'drop_aliases.txt')):
        drop[r[0]] = r[1] if len(r) > 1 else ''
    core_aliases = {(c['id'], a) for fn in FILES for c in core[fn] for a in c.get('aliases', [])}
    for fn in FILES:
        for e in merged[fn][0]:
            kept = []
            for a in e['aliases']:
                if a in drop and (e['id'], a) not in core_aliases:
                    continue
                kept.append(a)
            e['aliases'] = kept

    os.makedirs(OUT, exist_ok=True)
    for fn in FILES:
        with open(os.path.join(OUT, fn), 'w', encoding='utf-8') as f:
            f.write(HEADER)
            for e in merged[fn][0]:
                f.write(json.dumps(e, ensure_ascii=False) + '\n')
    print(' '.join(f'{fn[:-6]} {len(merged[fn][0])}' for fn in FILES))


if __name__ == '__main__':
    main()
