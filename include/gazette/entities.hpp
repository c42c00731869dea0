// Entity resolution within one document: every mention gets one canonical entity.
//
// READS   tokens, sentences, cues, mentions; the gazetteer and word lists.
// WRITES  a.entities (canonical, type, gazetteer entry, mentions); on each recognizer
//         mention its entity, its settled type and metonymic flag (and the end of a team's
//         name that takes its town's initial in brackets: `Mladost ( L )`, or its nickname
//         in the plural: `Cleveland Indians`, or leaves out a
//         results row's score a pattern took: `Bristol Rovers 1`); it drops the
//         recognizer mentions that name no entity (the one stage that removes what an
//         earlier one wrote: they were candidates, not findings). implied_country()
//         (below) is this unit's too: later stages call it for countries named only by
//         a demonym or a title.
// NEEDS   mentions (Recognizer).
//
// GUIDELINES "Entities" and the resolution issue:
//  - Gazetteer mentions resolve to their entry (aliases included: U.S. -> United States).
//  - Metonymy: a capital acting (followed by a speech or relation verb, an auxiliary,
//    or a possessive) stands for its country; after a preposition of place it stays a
//    LOCATION. So does a capital ending a noun phrase of an act or of words: the agent
//    after `by` of an act, claim or plan noun (`a missile strike by Moscow`), the target
//    of a noun of criticism (`accusations against Damascus`), where claims or plans come
//    from (`the rhetoric coming out of Washington`; word lists agent_prepositions,
//    action_object_prepositions, origin_prepositions, claim_nouns, statement_nouns,
//    plan_nouns, cue_nouns; rows 18.430, 18.431).
//  - A city named like its state (regions.jsonl "namesake_city") right before a state's
//    office (titles.json "state_office": `New York Sen. X`, `the New York governor`) or after
//    a party letter (`D-New York`) is the state (row 19.491).
//  - A surname or honorific form (Lavrov, Mr. Lavrov) links to the full name of the
//    same document, before or after it; transliteration variants (Sergei/Sergey) and
//    particles (al-Assad/Assad) share a key. A famous surname alone links to the
//    gazetteer person when that surname is unique there.
//  - Capitalised sequences nobody typed are typed by their words (given name ->
//    PERSON, organisation head word -> ORGANIZATION, acronym -> ORGANIZATION, place
//    preposition -> LOCATION) or dropped. On a results or standings line such a name
//    (no given name first, not common words only) is a team: ORGANIZATION.
//  - Teams: a place (gazetteer or untyped) on a results line, beside a versus word, named
//    outside a place phrase in a sports report, or right before a player or coach
//    (word list player_nouns: "Liverpool striker X") stands for its team: ORGANIZATION.
//    Not a home nation (word list nation_regions: England, Scotland, Wales): a national
//    side is named by the place it represents, which stays a place, as a country does.
//    A row with a number in thousands written with a separator ("Munich 44,525 up 11.8")
//    is statistics, no results line, and so are its document's other rows unless a
//    sport's slug opens it; the names before the colon opening a results line are its
//    venue, a place ("At Hove : Sussex 363"; rows 19.435, 19.437).
//  - On a cricket scorecard line (a line with a number) a capitalised name right after a
//    mode of dismissal (word list dismissal_words: "c", "b", "lbw", "st") is a PERSON.
//    In a sports report a name after a bracket, comma, colon or dash and before a goal's
//    minute written as an ordinal (word list ordinal_suffixes: "( Smith 52nd , Jones 63rd )",
//    "Scorers : Smith ( 50th )") is the scorer, a PERSON (row 19.460).
//  - Two given names before one surname (`Tom and Jack Smith`; any capitalised word in
//    apposition after a plural person noun: `the two suspects, Said and Jack Smith,`) name
//    two people: a mention (rule shared-surname) is added for the first word, of the person
//    it and the surname name (row 18.406); the mentions stay in text order.
//  - The canonical name is the gazetteer name, else the fullest form in the document.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

namespace gazette {

void resolve_entities(Annotation& a, const Lexicons& lex);

// The entity of the country named `name` (canonical), adding a Country entity with no
// mentions when the document has none: a demonym, a title's default country or a
// person's known office names a country that need not be mentioned by name. Later
// stages (roles, coreference, relations) ask this stage for such countries.
std::int32_t implied_country(Annotation& a, const Lexicons& lex, const std::string& name);

// Drops the entities from index `first` on that nothing names: no mention, quote or
// relation (GUIDELINES: demonyms are not entity mentions, only evidence for relations),
// renumbering the references to the rest. `first` is the entity count when the calling
// stage began, so no earlier stage's roles or readings point past it. The relations stage
// calls it on the countries implied_country() made for it that no relation took
// (`Cuban families`, `in Spanish`).
void drop_unused_implied(Annotation& a, std::size_t first);

// True when the mention at `m` acts (subject of a verb, possessor) rather than names a place.
bool mention_acts(const Annotation& a, const Mention& m, const Lexicons& lex);

// The end of the place that opens a wire story's dateline (`KESTRUN , France 2021-03-04`)
// in the sentence [first, end), or 0 when it has none (entities.cpp).
std::size_t dateline_name_end(const Annotation& a, const Lexicons& lex, std::size_t first, std::size_t end);

// True when the document is a sports report: two or more results lines, a sport's slug, or
// three words of sports reports (word list sports_words), two of them different (the test
// the entities stage makes for its teams; the relations stage asks it for row 18.308).
bool is_sports_report(const Annotation& a, const Lexicons& lex);

}  // namespace gazette
