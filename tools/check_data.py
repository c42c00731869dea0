#!/usr/bin/env python3
"""Checks gazette's data files (data/**/*.jsonl gazetteers, data/**/*.json lexicons and rules).

    python3 tools/check_data.py [--root DIR] [--strict] [--quiet] [--collisions N]

Errors (exit status 1):
  * a file that does not parse: JSONL line 1 must be the header
    {"format":"gazette/gazetteer","version":1}, every other non-blank line one JSON object;
    a .json file must be {"format":"gazette/lexicon"|"gazette/rules","version":1,"kind":...,"entries":[...]};
  * a gazetteer entry without "id" or "name", a "type" other than PERSON, COUNTRY,
    ORGANIZATION or LOCATION, "aliases" (or "demonyms", "capitals") that is not a list of
    strings, a malformed "roles" list or "wikidata" identifier;
  * an id used twice, in one file or across files;
  * a "roles[].of", "located_in", "part_of" or "country" that names no entity of any data
    file and no country (data/gazetteer/countries.jsonl, or a built-in list of country short
    names while that file does not exist);
  * a role title that is not a title of data/lexicon/titles.json;
  * malformed lexicon entries for their kind, and exact duplicate entries.
Warnings (errors with --strict): an alias equal to its own name or repeated in one entry, a
name or alias shared by entries of the curated gazetteers (persons, organizations, regions,
and countries), trailing white space, a form listed twice in one speech entry, a relation
form listed twice for the same type and frame (as gazette tokenizes it: `Sen.` and `sen.`
differ), a word listed twice in one word list.
Notes (counted; listed with --verbose): lexicon titles and forms shadowed by an earlier entry
with the same words: gazette matches them ignoring case and the first one wins.
Prints the number of entries per file.
"""
import argparse
import json
import os
import re
import sys

TYPES = {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION"}
HEADER = {"format": "gazette/gazetteer", "version": 1}
# Used only while data/gazetteer/countries.jsonl does not exist (it is generated separately).
BUILTIN_COUNTRIES = {
    'Afghanistan', 'Albania', 'Algeria', 'American Samoa', 'Andorra', 'Angola', 'Anguilla',
    'Antigua and Barbuda', 'Argentina', 'Armenia', 'Aruba', 'Australia', 'Austria', 'Azerbaijan', 'Bahamas',
    'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bermuda', 'Bhutan',
    'Bolivia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'British Indian Ocean Territory',
    'British Virgin Islands', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi', 'Cambodia', 'Cameroon',
    'Canada', 'Cape Verde', 'Caribbean Netherlands', 'Cayman Islands', 'Central African Republic', 'Chad',
    'Chile', 'China', 'Christmas Island', 'Cocos (Keeling) Islands', 'Colombia', 'Comoros', 'Cook Islands',
    'Costa Rica', 'Croatia', 'Cuba', 'Curaçao', 'Cyprus', 'Czech Republic',
    'Democratic Republic of the Congo', 'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic',
    'East Timor', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini',
    'Ethiopia', 'Falkland Islands', 'Faroe Islands', 'Fiji', 'Finland', 'France', 'French Guiana',
    'French Polynesia', 'French Southern and Antarctic Lands', 'Gabon', 'Gambia', 'Georgia', 'Germany',
    'Ghana', 'Gibraltar', 'Greece', 'Greenland', 'Grenada', 'Guadeloupe', 'Guam', 'Guatemala', 'Guernsey',
    'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hong Kong', 'Hungary', 'Iceland', 'India',
    'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Isle of Man', 'Israel', 'Italy', 'Ivory Coast', 'Jamaica',
    'Japan', 'Jersey', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait', 'Kyrgyzstan',
    'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania', 'Luxembourg',
    'Macau', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands',
    'Martinique', 'Mauritania', 'Mauritius', 'Mayotte', 'Mexico', 'Micronesia', 'Moldova', 'Monaco',
    'Mongolia', 'Montenegro', 'Montserrat', 'Morocco', 'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal',
    'Netherlands', 'New Caledonia', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria', 'Niue',
    'Norfolk Island', 'North Korea', 'North Macedonia', 'Northern Mariana Islands', 'Norway', 'Oman',
    'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines',
    'Pitcairn Islands', 'Poland', 'Portugal', 'Puerto Rico', 'Qatar', 'Republic of the Congo', 'Romania',
    'Russia', 'Rwanda', 'Réunion', 'Saint Barthélemy', 'Saint Helena', 'Saint Kitts and Nevis',
    'Saint Lucia', 'Saint Martin', 'Saint Pierre and Miquelon', 'Saint Vincent and the Grenadines', 'Samoa',
    'San Marino', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore',
    'Sint Maarten', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa',
    'South Georgia and the South Sandwich Islands', 'South Korea', 'South Sudan', 'Spain', 'Sri Lanka',
    'Sudan', 'Suriname', 'Svalbard and Jan Mayen', 'Sweden', 'Switzerland', 'Syria',
    'São Tomé and Príncipe', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Togo', 'Tokelau', 'Tonga',
    'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Turkmenistan', 'Turks and Caicos Islands', 'Tuvalu',
    'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States',
    'United States Virgin Islands', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela',
    'Vietnam', 'Wallis and Futuna', 'Western Sahara', 'Yemen', 'Zambia', 'Zimbabwe', 'Åland Islands',
}
GENERATED = {"cities.jsonl"}  # large generated gazetteers: not checked for shared names
TITLE_KINDS = {"honorific", "office", "role_noun"}
# As gazette reads them (src/core/annotation_types.cpp kRelationNames, src/data/lexicon.cpp
# kFrameNames).
REL_TYPES = {"SAID_ABOUT", "MET_WITH", "CRITICIZED", "SUPPORTS", "ATTACKED", "ROLE_IN", "MEMBER_OF", "LOCATED_IN"}
FRAMES = {"active", "passive", "nominal_with", "noun_of", "post", "membership", "evaluation", "judging"}
QID = re.compile(r"^Q[1-9][0-9]*$")


class Report:
    def __init__(self, quiet, verbose=False):
        self.errors = 0
        self.warnings = 0
        self.shadowed = 0
        self.quiet = quiet
        self.verbose = verbose

    def error(self, where, msg):
        self.errors += 1
        print(f"error: {where}: {msg}")

    def warn(self, where, msg):
        self.warnings += 1
        if not self.quiet:
            print(f"warning: {where}: {msg}")

    def shadow(self, where, msg):
        # Lexicon phrases are matched ignoring case and the first entry wins: a later entry
        # with the same words never matches. Often deliberate ("President" office before the
        # "president" role noun), so only counted unless --verbose.
        self.shadowed += 1
        if self.verbose:
            print(f"note: {where}: {msg}")


def is_str_list(v):
    return isinstance(v, list) and all(isinstance(x, str) and x for x in v)


def load_gazetteer(path, rel, rep):
    entries = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    header = False
    for no, line in enumerate(lines, 1):
        where = f"{rel}:{no}"
        if line != line.rstrip():
            rep.warn(where, "trailing white space")
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            rep.error(where, f"invalid JSON: {e}")
            continue
        if not isinstance(obj, dict):
            rep.error(where, "expected a JSON object")
            continue
        if not header:
            header = True
            if obj != HEADER:
                rep.error(where, 'line 1 must be the header {"format":"gazette/gazetteer","version":1}')
                return entries
            continue
        ok = True
        for k in ("id", "name"):
            if not isinstance(obj.get(k), str) or not obj.get(k):
                rep.error(where, f'missing or empty "{k}"')
                ok = False
        if obj.get("type") not in TYPES:
            rep.error(where, f'"type" must be one of {sorted(TYPES)}, not {obj.get("type")!r}')
            ok = False
        if not is_str_list(obj.get("aliases")):
            rep.error(where, '"aliases" must be a list of non-empty strings')
            ok = False
        for k in ("demonyms", "capitals"):
            if k in obj and not is_str_list(obj[k]):
                rep.error(where, f'"{k}" must be a list of non-empty strings')
                ok = False
        if "roles" in obj:
            roles = obj["roles"]
            if not isinstance(roles, list) or not all(
                    isinstance(r, dict) and isinstance(r.get("title"), str) and r.get("title")
                    and isinstance(r.get("of", ""), str) for r in roles):
                rep.error(where, '"roles" must be a list of {"title": ..., "of": ...}')
                ok = False
            elif len({json.dumps(r, sort_keys=True) for r in roles}) != len(roles):
                rep.error(where, "a role is listed twice")
        for k in ("located_in", "part_of", "country"):
            if k in obj and obj[k] is not None and (not isinstance(obj[k], str) or not obj[k]):
                rep.error(where, f'"{k}" must be a non-empty string or null')
                ok = False
        if "wikidata" in obj and (not isinstance(obj["wikidata"], str) or not QID.match(obj["wikidata"])):
            rep.error(where, f'"wikidata" must look like "Q123", not {obj["wikidata"]!r}')
        if "seat" in obj and not isinstance(obj["seat"], bool):
            rep.error(where, '"seat" must be true or false')
        if not ok:
            continue
        al = obj["aliases"]
        if obj["name"] in al:
            rep.warn(where, f'{obj["id"]}: alias equals the name "{obj["name"]}"')
        if len(set(al)) != len(al):
            rep.warn(where, f'{obj["id"]}: an alias is listed twice')
        obj["_where"] = where
        obj["_file"] = os.path.basename(path)
        entries.append(obj)
    if not header:
        rep.error(f"{rel}:1", "empty gazetteer: line 1 must be the header")
    return entries


def word_list_names(root):
    """The list names gazette knows (kWordListNames in src/data/lexicon.cpp), or None
    when the source is not there (the names are then not checked)."""
    try:
        with open(os.path.join(root, "src", "data", "lexicon.cpp"), encoding="utf-8") as f:
            m = re.search(r"kWordListNames\[\]\s*=\s*\{([^}]*)\}", f.read())
    except OSError:
        return None
    return set(re.findall(r'"([a-z_]+)"', m.group(1))) if m else None


def abbreviations_of(root):
    """The built-in abbreviations as written (data/lexicon/abbreviations.json), case kept."""
    try:
        with open(os.path.join(root, "data", "lexicon", "abbreviations.json"), encoding="utf-8") as f:
            ents = json.load(f).get("entries", [])
    except (OSError, ValueError, AttributeError):
        return set()
    return {v["abbreviation"] for v in ents if isinstance(v, dict) and isinstance(v.get("abbreviation"), str)}


def form_key(form, abbreviations):
    """A cue form's words as gazette matches them: lower case, a word's final period a token
    of its own unless the word as written is an abbreviation (`Sen.` is one token, `sen.`
    two: they match different text)."""
    words = []
    for w in form.split():
        if w.endswith(".") and len(w) > 1 and w[:-1] not in abbreviations:
            words += [w[:-1].lower(), "."]
        else:
            words.append(w.lower())
    return " ".join(words)


def check_lexicon(path, rel, rep):
    """Returns (kind, entries) or (None, None)."""
    abbreviations = abbreviations_of(os.path.dirname(os.path.dirname(os.path.dirname(path))))
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        d = json.loads(text)
    except json.JSONDecodeError as e:
        rep.error(rel, f"invalid JSON: {e}")
        return None, None
    if not isinstance(d, dict) or d.get("format") not in ("gazette/lexicon", "gazette/rules"):
        rep.error(rel, '"format" must be "gazette/lexicon" or "gazette/rules"')
        return None, None
    if d.get("version") != 1:
        rep.error(rel, '"version" must be 1')
        return None, None
    kind, ents = d.get("kind"), d.get("entries")
    if not isinstance(ents, list):
        rep.error(rel, 'missing "entries" list')
        return None, None
    for no, line in enumerate(text.split("\n"), 1):
        if line != line.rstrip():
            rep.warn(f"{rel}:{no}", "trailing white space")
    seen = {}
    for i, v in enumerate(ents, 1):
        key = json.dumps(v, sort_keys=True, ensure_ascii=False)
        if key in seen:
            rep.error(rel, f"entry {i} repeats entry {seen[key]}: {key}")
        else:
            seen[key] = i
    where = lambda i: f"{rel}: entry {i}"

    def objects():
        """(number, entry) of each entry that is an object; the others are reported."""
        for i, v in enumerate(ents, 1):
            if isinstance(v, dict):
                yield i, v
            else:
                rep.error(where(i), "expected an object")

    if kind in ("given_names", "common_words", "not_names", "event_heads"):
        for i, v in enumerate(ents, 1):
            if not isinstance(v, str) or not v:
                rep.error(where(i), "expected a non-empty string")
    elif kind == "given_name_sex":
        for i, v in enumerate(ents, 1):
            if not isinstance(v, dict) or not isinstance(v.get("name"), str) or not v.get("name"):
                rep.error(where(i), 'expected {"name": ..., "sex": "female"|"male"}')
            elif v.get("sex") not in ("female", "male"):
                rep.error(where(i), f'unknown sex {v.get("sex")!r} (expected female or male)')
    elif kind == "titles":
        for i, v in enumerate(ents, 1):
            if not isinstance(v, dict) or not isinstance(v.get("title"), str) or not v.get("title"):
                rep.error(where(i), 'expected {"title": ..., "kind": ...}')
            elif v.get("kind", "office") not in TITLE_KINDS:
                rep.error(where(i), f'unknown title kind {v.get("kind")!r}')
            elif "default_country" in v and (not isinstance(v["default_country"], str) or not v["default_country"]):
                rep.error(where(i), '"default_country" must be a non-empty string')
        first = {}
        for i, v in enumerate(ents, 1):
            if isinstance(v, dict) and isinstance(v.get("title"), str):
                k = " ".join(v["title"].lower().split())
                if k in first:
                    rep.shadow(where(i), f'title "{v["title"]}" ({v.get("kind", "office")}) is shadowed by entry {first[k]}')
                else:
                    first[k] = i
    elif kind in ("org_heads", "loc_heads"):
        allowed = {"head", "start"} if kind == "org_heads" else {"after", "before"}
        for i, v in enumerate(ents, 1):
            if not isinstance(v, dict) or not isinstance(v.get("word"), str) or not v.get("word"):
                rep.error(where(i), 'expected {"word": ..., "position": ...}')
            elif v.get("position", next(iter(sorted(allowed)))) not in allowed:
                rep.error(where(i), f'position must be one of {sorted(allowed)}, not {v.get("position")!r}')
    elif kind == "speech_verbs":
        forms = {}
        for i, v in objects():
            if "phrase" in v:
                if not isinstance(v["phrase"], str) or not v["phrase"]:
                    rep.error(where(i), '"phrase" must be a non-empty string')
                elif v.get("position", "before_source") not in ("before_source", "after_source"):
                    rep.error(where(i), f'unknown position {v.get("position")!r}')
                fl = [v.get("phrase")]
            elif "noun" in v:
                if not isinstance(v["noun"], str) or not v["noun"]:
                    rep.error(where(i), '"noun" must be a non-empty string')
                fl = [v.get("noun")]
            else:
                if not isinstance(v.get("lemma"), str) or not v.get("lemma") or not is_str_list(v.get("forms")) or not v.get("forms"):
                    rep.error(where(i), 'expected {"lemma", "forms"}, {"phrase"} or {"noun"}')
                    continue
                if "reporting" in v and not isinstance(v["reporting"], bool):
                    rep.error(where(i), '"reporting" must be true or false')
                fl = v["forms"]
                if len(set(fl)) != len(fl):
                    rep.warn(where(i), f'{v["lemma"]}: a form is listed twice')
            for f_ in sorted(set(x for x in fl if isinstance(x, str))):
                k = " ".join(f_.lower().split())
                if k in forms:
                    rep.shadow(where(i), f'form "{f_}" is shadowed by entry {forms[k]}')
                else:
                    forms[k] = i
    elif kind == "abbreviations":
        for i, v in objects():
            w = v.get("abbreviation")
            if not isinstance(w, str) or not w:
                rep.error(where(i), 'missing "abbreviation"')
            elif " " in w or "." in w:
                rep.error(where(i), "an abbreviation is one word, without its period")
            elif not isinstance(v.get("ends_sentence"), bool):
                rep.error(where(i), '"ends_sentence" must be true or false')
    elif kind == "word_lists":
        names = word_list_names(os.path.dirname(os.path.dirname(os.path.dirname(path))))
        words_of = {}
        for i, v in objects():
            lst, ws = v.get("list"), v.get("words")
            if not isinstance(lst, str) or not lst or (names is not None and lst not in names):
                rep.error(where(i), f"unknown list {lst!r} (src/data/lexicon.cpp kWordListNames)")
            elif not is_str_list(ws) or not ws:
                rep.error(where(i), '"words" must be a non-empty list of non-empty strings')
            elif v.get("match", "prefix") not in ("prefix", "suffix"):
                rep.error(where(i), f'unknown "match" {v.get("match")!r} (expected prefix or suffix)')
            else:
                seen_words = words_of.setdefault(lst, set())
                for w in ws:
                    if w.lower() in seen_words:  # gazette keeps the words in lower case
                        rep.warn(where(i), f'{lst}: "{w}" is listed twice')
                    seen_words.add(w.lower())
    elif kind == "relation_cues":
        forms = {}
        for i, v in objects():
            if v.get("type") not in REL_TYPES:
                rep.error(where(i), f'unknown relation type {v.get("type")!r}')
            if v.get("frame") not in FRAMES:
                rep.error(where(i), f'unknown frame {v.get("frame")!r}')
            if not is_str_list(v.get("forms")) or not v.get("forms"):
                rep.error(where(i), '"forms" must be a non-empty list of strings')
                continue
            for f_ in v["forms"]:
                k = form_key(f_, abbreviations)
                if k in forms:
                    j, t, fr = forms[k]
                    if (t, fr) == (v.get("type"), v.get("frame")):
                        rep.warn(where(i), f'form "{f_}" ({t}, {fr}) is also in entry {j}')
                    else:
                        rep.shadow(where(i), f'form "{f_}" ({v.get("type")}, {v.get("frame")}) is shadowed by entry {j} ({t}, {fr})')
                else:
                    forms[k] = (i, v.get("type"), v.get("frame"))
    elif kind == "name_patterns":
        for i, v in enumerate(ents, 1):
            if not isinstance(v, dict) or not v.get("id") or not isinstance(v.get("pattern"), list) or not v["pattern"]:
                rep.error(where(i), 'expected {"id", "label", "pattern": [...]}')
            elif v.get("label") not in TYPES:
                rep.error(where(i), f'unknown label {v.get("label")!r}')
    elif kind == "furniture":
        for i, v in enumerate(ents, 1):
            if not isinstance(v, dict) or not isinstance(v.get("pattern"), str) or not v["pattern"]:
                rep.error(where(i), 'expected {"scope", "pattern"}')
            elif v.get("scope", "line") not in ("line", "bracket"):
                rep.error(where(i), f'unknown scope {v.get("scope")!r}')
    else:
        rep.error(rel, f"unknown kind {kind!r}")
        return None, None
    return kind, ents


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--root", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."),
                    help="source root holding data/ (default: the parent of tools/)")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    ap.add_argument("--quiet", "-q", action="store_true", help="do not print warnings, only their number")
    ap.add_argument("--verbose", "-v", action="store_true",
                    help="also list lexicon entries shadowed by an earlier entry with the same words")
    ap.add_argument("--collisions", type=int, default=40, metavar="N",
                    help="print at most N shared-name warnings (default 40)")
    args = ap.parse_args()
    root = os.path.abspath(args.root)
    data = os.path.join(root, "data")
    if not os.path.isdir(data):
        print(f"error: no data/ directory under {root}")
        return 1
    rep = Report(args.quiet, args.verbose)
    files = []
    for d, _, fs in os.walk(data):
        for f in fs:
            if f.endswith((".jsonl", ".json")):
                files.append(os.path.join(d, f))
    files.sort()
    counts, gaz, lex = [], [], {}
    for path in files:
        rel = os.path.relpath(path, root)
        if path.endswith(".jsonl"):
            ents = load_gazetteer(path, rel, rep)
            gaz.extend(ents)
            counts.append((rel, len(ents), "gazetteer"))
        else:
            kind, ents = check_lexicon(path, rel, rep)
            if kind:
                if kind in lex:
                    rep.warn(rel, f'a second file of kind "{kind}"')
                lex.setdefault(kind, []).extend(ents)
                counts.append((rel, len(ents), kind))

    # ids unique across all files
    first = {}
    for e in gaz:
        if e["id"] in first:
            rep.error(e["_where"], f'duplicate id "{e["id"]}" (first at {first[e["id"]]})')
        else:
            first[e["id"]] = e["_where"]

    # references
    names = {e["name"] for e in gaz}
    have_countries = any(e["_file"] == "countries.jsonl" for e in gaz)
    countries = {e["name"] for e in gaz if e["type"] == "COUNTRY"} if have_countries else BUILTIN_COUNTRIES
    known = names | countries
    titles = {t["title"].lower() for t in lex.get("titles", []) if isinstance(t, dict) and isinstance(t.get("title"), str)}
    for e in gaz:
        for k in ("located_in", "part_of", "country"):
            v = e.get(k)
            if v and v not in known:
                rep.error(e["_where"], f'{e["id"]}: {k} "{v}" names no entity and no country')
        for r in e.get("roles", []):
            if r.get("of") and r["of"] not in known:
                rep.error(e["_where"], f'{e["id"]}: role of "{r["of"]}" names no entity and no country')
            if "titles" in lex and r["title"].lower() not in titles:
                rep.error(e["_where"], f'{e["id"]}: role title "{r["title"]}" is not in titles.json')
        if e.get("part_of") == e["name"]:
            rep.error(e["_where"], f'{e["id"]}: part_of itself')

    # names and aliases shared by curated entries
    owners = {}
    for e in gaz:
        if e["_file"] in GENERATED:
            continue
        for n in [e["name"]] + e["aliases"]:
            owners.setdefault(n, []).append(e)
    shared = [(n, es) for n, es in sorted(owners.items()) if len({x["id"] for x in es}) > 1]
    for n, es in shared[: args.collisions]:
        rep.warn(es[0]["_where"], f'"{n}" names ' + ", ".join(sorted({x["id"] for x in es})))
    if len(shared) > args.collisions:
        rep.warnings += len(shared) - args.collisions
        if not args.quiet:
            print(f"warning: {len(shared) - args.collisions} more shared names (--collisions N to list them)")

    width = max(len(r) for r, _, _ in counts) if counts else 0
    for rel, n, what in counts:
        print(f"{rel:<{width}}  {n:>6}  {what}")
    print(f"{len(gaz)} gazetteer entries, {rep.errors} errors, {rep.warnings} warnings"
          + ("" if have_countries else " (countries.jsonl missing: built-in country list used)"))
    if rep.shadowed:
        print(f"note: {rep.shadowed} lexicon entries or forms are shadowed by an earlier entry with the same words"
              " (matching ignores case, the first entry wins; --verbose lists them)")
    return 1 if rep.errors or (args.strict and rep.warnings) else 0


if __name__ == "__main__":
    sys.exit(main())
