#!/usr/bin/python3
"""Junk PERSON count: entities typed PERSON whose name has no given name
(data/lexicon/given_names.json), no gazetteer_id, are no quote speaker, and have no
speech verb (data/lexicon/speech_verbs.json forms) within two words of a mention.
Usage: bench/junk_persons.py data ../shared/bench/news-2213.jsonl PRED.jsonl [--list]
(PRED from `gazette annotate --quiet` on the same documents; issue #19 done-when figure)"""
import json, re, sys
data, docs, pred = sys.argv[1:4]
given = set(json.load(open(f"{data}/lexicon/given_names.json"))["entries"])
verbs = set()
for e in json.load(open(f"{data}/lexicon/speech_verbs.json"))["entries"]:
    verbs |= {f.lower() for f in e.get("forms", [])}
texts = {d["id"]: d["text"] for d in map(json.loads, open(docs))}
n = persons = 0
names = []
word = re.compile(r"[\w'’-]+")
for d in map(json.loads, open(pred)):
    text = texts[d["id"]]
    speakers = {q.get("speaker") for q in d.get("quotes", [])}
    for e in d["entities"]:
        if e["type"] != "PERSON":
            continue
        persons += 1
        if e.get("gazetteer_id") or e["name"] in speakers:
            continue
        if any(w in given for w in re.split(r"[\s-]+", e["name"])):
            continue
        near = False
        for m in e["mentions"]:
            before = word.findall(text[max(0, m["start"] - 60):m["start"]])[-2:]
            after = word.findall(text[m["end"]:m["end"] + 60])[:2]
            if any(w.lower() in verbs for w in before + after):
                near = True
                break
        if not near:
            n += 1
            names.append(e["name"])
print(f"junk PERSON {n} of {persons} PERSON entities")
if "--list" in sys.argv:
    from collections import Counter
    for k, v in Counter(names).most_common(60):
        print(v, k)
