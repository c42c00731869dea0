// Affiliations: who belongs to, or holds a post in, which organisation, read from the
// phrase that names the person (GUIDELINES "Conventions for UK and US political and
// business news": ROLE_IN for party and body posts, MEMBER_OF for party membership).
//
// READS: tokens, sentences, mentions and entities (needs entities resolved), the titles,
// the word lists party_name_words, party_letters, body_part_heads, presidency_nouns,
// representation_prepositions, side_prepositions and party_side_words, post_prepositions,
// infinitive_markers, containment_prepositions and subordinators (after a predicate's
// organisation), and through roles.hpp predicate_nominal() copulas, predicative_verbs,
// passive_predicative_verbs, perfect_auxiliaries and conditional_subordinators; the roles (Annotation::roles), the speech cues, and the
// quotes (their organisation speakers), the relation cues of data/rules/relation_cues.json with frame "post" (a post held in the
// organisation that qualifies it: leader, spokesman, editor, chief economist, shadow ...)
// or "membership" (what one is as a member of it: MP, Sen., candidate, a Democrat).
// WRITES nothing: returns facts for extract_relations() to turn into edges (a fact of row
// 18.401 names its party by gazetteer id, Affiliation::implied_tail, for it to imply).
// NEEDS  entities (resolve_entities), quotes (extract_quotes); with a Resolver, the coreference unit.
//
// Patterns, each inside one sentence (furniture and repeated paragraphs skipped):
//   ORG [modifiers] POST PERSON        `Labour campaign spokesman Fraser Kemp`  ROLE_IN ORG
//   ORG [modifiers] MEMBERSHIP PERSON  `Labour MP Jane Roe`, `Republican Texas Sen. X`  MEMBER_OF ORG
//   PARTY OFFICE-TITLE PERSON          `Republican President X` (a party: word list
//                                      party_name_words; a title of kind office)  MEMBER_OF PARTY
//   ORG PERSON                         `Democrat Jane Roe`                      MEMBER_OF ORG
//   PERSON['s] (L-State) | PERSON, L-State `Rand Paul (R-Ky.)`: the party of the letter
//                                      (word list party_letters), when the text names it or
//                                      the state is a place mention (row 18.401: the party
//                                      is then implied by extract_relations())  MEMBER_OF
//   ORG's [modifiers] POST PERSON      `the party's election chief X`           ROLE_IN ORG
//   PERSON, [a] ORG [modifiers] POST|MEMBERSHIP   `X, CBI director general`, `X, a Labour MP`
//   PERSON, [a|the] PARTY OFFICE-TITLE ...   `X, the Republican mayor of Miami`  MEMBER_OF PARTY
//   PERSON, a|an ORG <end of phrase>   `Jane Roe, a Democrat, said`             MEMBER_OF ORG
//   PERSON, who is|was ...             read as the apposition after it (`X, who is a Labour MP`)
//   PERSON is|was|became ...           a predicate nominal, read as the apposition after it
//                                      (`X is president of Y`: roles.hpp predicate_nominal())
//   he|she is|was|became ...           the same after a nominative pronoun coreference resolved
//                                      (`when she was a Labour MP`, `he is a Democrat`: roles.hpp
//                                      pronoun_predicate(), row 18.341; after `a` a party only)
//   ORG POST PERSON and ORG2's PERSON2 `Fiat boss X and GM's Y`: the post is understood in
//                                      the second conjunct  PERSON2 ROLE_IN ORG2 (else, or
//                                      when an apposition follows PERSON2: `GM's Y, a union
//                                      negotiator,`, ORG2's PERSON2 is MEMBER_OF ORG2)
//   PERSON, [the|a] [modifiers] POST|MEMBERSHIP of|at|for [the] ORG <end of phrase>
//                                      `X, executive partner of Y`, `X, a representative of Y`
//                                      (a preposition of a post or `to` among the modifiers
//                                      ends them: `X is a candidate for chairman of Y` holds
//                                      no post in Y)
//   ORG's ORG2                         `the EU's European Commission`      ORG2 MEMBER_OF ORG
//   ORG-NAME ... COMMITTEE             `Senate Judiciary Committee` (the name of another body
//                                      named in the document, then words ending in a word of
//                                      body_part_heads; not a party's adjective)  MEMBER_OF ORG
//   POST PERSON (opening a clause)     `"...," spokesman X said`: the organisation quoted last
//                                      in one of the two sentences before  ROLE_IN ORG
//   COUNTRY ... [ORG] PRESIDENCY [of ORG]  `Britain takes up its presidency of the G8`: the
//                                      country named last before a word of presidency_nouns
//                                      MEMBER_OF ORG
//   ORG [modifiers], including [modifiers] PERSON   `Ten Republicans, including X`   MEMBER_OF ORG
//   For [the] ORG, PERSON SPEECH|CUE   `For the Welsh Liberal Democrats, X called ...` (opening
//                                      the sentence or the words after a quote mark; word list
//                                      representation_prepositions)  MEMBER_OF ORG, unless the
//                                      person holds a post in ORG in the document (ROLE_IN)
//   on|in the PARTY side|camp, PERSON `Meanwhile, on the Republican side, Trump kept rolling`
//                                      (opening the sentence or a clause after a comma or a
//                                      quote mark; word lists side_prepositions,
//                                      party_side_words; not a possessive name)  MEMBER_OF PARTY
//   the NOUN's [modifiers] POST PERSON `the party's election chief X`: the collective the
//                                      coreference stage resolved (an unwritten reference,
//                                      Annotation::unwritten_references) stands for the
//                                      organisation named before (Labour Party)  ROLE_IN ORG
// Modifiers are up to four words that are neither verbs of the clause nor names of
// persons: lower-case words, places (`Vermont`, also right after the organisation:
// `Republican Texas Sen. X`), words of a title (`Shadow`). ORG is an
// ORGANIZATION mention (a party adjective such as `Tory` is one, when the gazetteer
// knows it). `president` is in neither list: `Republican President X` is a member,
// `the party's President X` holds a post; a possessive ORG always makes a post.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

#include <string>
#include <vector>

namespace gazette {

struct Affiliation {
  std::int32_t head = -1;          // entity: the person (or the organisation that is part of another)
  std::int32_t tail = -1;          // entity: the organisation
  // Row 18.401: with tail -1, the gazetteer id of a party no mention names (`Tom Smith
  // (R-Fla.)` in a text that names no party), for extract_relations() to imply
  // (implied_country(), mention-less; drop_unused_implied() keeps it, as a relation takes it).
  std::string implied_tail;
  RelationType type = RelationType::MemberOf;  // MemberOf | RoleIn
  std::string title;               // the post or membership words as written ("campaign spokesman", "MP")
  std::uint32_t sentence = 0;
  std::string rule;                // affiliation:org-post-name, affiliation:apposition, ...
};

// All affiliations stated in the document, in text order. Reads mentions, entities, the
// relation cues and the coreference stage's unwritten collectives (none without the stage).
std::vector<Affiliation> find_affiliations(const Annotation& a, const Lexicons& lex);
// The same, given a.mentions_in_text_order() already made (row 23.368: the relations stage
// makes it once and passes it here, instead of its being made twice a document).
std::vector<Affiliation> find_affiliations(const Annotation& a, const Lexicons& lex, const std::vector<std::uint32_t>& order);

}  // namespace gazette
