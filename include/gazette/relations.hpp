// Typed relations with evidence (GUIDELINES "Typed relations").
//
// READS   tokens, sentences, cues, mentions (resolved ones included), entities, roles and role phrases,
//         quotes, the coreference stage's unwritten references (he/she inside quotation
//         marks, `the party's`: looked up, never resolved here), and the quotation-mark
//         pairs (Annotation::quote_marks); him/her right after a cue of criticism or
//         support, which the stage leaves unresolved, through the coreference rule
//         `pronoun` (Resolver::pronoun(), Mode::Resolve; relation_args.cpp
//         object_pronoun_arguments()); a description right before such a cue (`the
//         Republican presidential nominee praised X`) through Resolver::noun_phrase()
//         (Mode::Resolve; relation_args.cpp description_arguments()): the person the text
//         names with it, else no subject, never the body inside it; a definite role phrase
//         right after such a cue (`accused the chancellor`) through Resolver::noun_phrase()
//         when one person alone holds that very title by a role fact (relation_args.cpp
//         role_phrase_objects(), row 18.323); the Lexicons' relation cues (relation_cues.json),
//         titles, gazetteer and word lists.
// WRITES  Annotation::relations; may add Country entities for demonyms that stand
//         alone for their country (entities.hpp implied_country()), and keeps of those
//         only the ones a relation took (drop_unused_implied(): a demonym is no mention);
//         Annotation::mention_order, the mentions in text order its passes read (the
//         JSON writer's order: no stage adds, removes or moves a mention after this one).
// NEEDS   entities, roles, quotes and coreference.
//
// The parts (src/stages/): clause reading (relation_clauses.cpp), argument finding
// (relation_args.cpp), verb frames (relation_verbs.cpp), noun frames
// (relation_nouns.cpp), located-in (located_in.cpp), from quotes
// (relations_from_quotes.cpp), plans and their owners (relation_plans.cpp), and this
// stage (relations.cpp).
//
// Cue words come from data/rules/relation_cues.json with a frame (enum Frame):
//   active        HEAD <cue> TAIL          Tillerson met Putin; Russia accused Washington
//   passive       TAIL was <cue> by HEAD   Syria was attacked by ...
//                 TAIL <cue> HEAD          X came under fire from Y, X won the backing of Y (a
//                                          cue ending in from|of: both names right at the
//                                          cue, relation_verbs.cpp received_cue_fits(), row 18.322)
//   nominal_with  HEAD ... <cue> with TAIL / <cue> between HEAD and TAIL
//   noun_of       HEAD, TAIL's <cue> / <cue> of TAIL (ally, deputy, aide, affiliate)
// and optionally a "role" (RelationCue::role), the post a ROLE_IN verb names, written as
// the relation's role (`chairs` -> chair, `headed by` -> head, `led by` -> leader).
// Within one clause (split at ; and at quotation marks), the head is the nearest
// entity mention before the cue and the tail the nearest after it; coordinated heads
// (`Tillerson and Lavrov held talks`) give MET_WITH between them. A negation (not,
// n't, never, no) or hedge (reportedly ... refused to) within three tokens before the
// cue cancels it.
// ROLE_IN also comes from a definite bare title standing for the one person the gazetteer
// knows in that office (roles.hpp bare_role_phrase_roles(): `the chancellor` -> holder).
// Arguments also include demonyms before official/spokesman/diplomat, qualified definite
// role phrases resolved through the roles (coreference.hpp find_role_phrases: `the US Secretary
// of State`) and the references the coreference stage recorded (a he/she outside quotation
// marks, a bare surname: looked up as resolved there, never resolved again); `the
// government|administration|regime` is the state when the document names one country only. The
// subject of a participle after a relative clause is its antecedent (of a coordinated verb
// or a participle, the person behind the title opening the clause: `Hewlett Packard's CEO
// Meg Whitman is ..., but has been critical of X`); a sentence-opening
// participle takes the subject after its phrase; an -ing cue after a modifier is a noun. An
// apposition that a/an opens after a person (or `PERSON of|from PLACE`) and a comma closes
// right before the cue describes the person, the subject (`Grayson, an Orlando Democrat
// who ..., criticized X`), not a name inside it.
// The object stays in the verb's phrase (not past to + verb, that/which/who, and + verb,
// for|of + gerund: word list gerund_prepositions, `blasted the media for allowing X`),
// may be coordinated (same type), is the named person of `officials, including X`, and
// is Y for `X's ally Y`; verbs of rejection need a claim noun (`dismissed U.S. evidence`);
// a pronoun right after an active cue is its object, so no name after it is (word list
// object_pronouns: `went after him Wednesday during a CNN panel`); him/her there after a
// cue of criticism or support stands for the one person before it (its sentence and the
// one before, the subject aside) who agrees in sex and whom the rule `pronoun` gives, when
// the subject stands right before the cue (`Clinton blasted him`); else nothing.
// An active cue with no object after it in an object relative clause acts on the antecedent,
// a name or an organisation or country and one noun (`Republican leaders, a group he has
// railed against`, `the Labour Party, which X criticised,`).
// `X's ally Y` / `Y, an ally of X` give X SUPPORTS Y when X is a state (Y in the noun's phrase or
// after its comma with only capitalised words between, not past a verb); a person's ally
// stands by the person (`Y, Brown's closest ally`: Y SUPPORTS Brown). A verb of attack
// (word list verbal_attack_verbs) aimed at a person or a party gives CRITICIZED (ATTACKED
// is force only); a gerund after `of` gives nothing (`accused of attacking X`); a one-word
// meeting verb needs a direct object (no preposition between). Quotes: a he/she judged in
// a quote, or opening one of its sentences, is whom the coreference stage resolved it to
// (its unwritten reference inside quotation marks; never the speaker) and gives SAID_ABOUT. A collective the
// coreference stage resolved inside a quote's words (its unwritten reference, rule
// collective) gives SAID_ABOUT when it names the organisation by the name's own words (the
// name's head last, modifiers of the name: `the police department`), no party another party
// or the speaker's own may be meant by (row 18.394). A plural person noun after `the`, `the
// two`, `both` in a quote's words (word lists plural_person_nouns, pair_numerals) gives
// SAID_ABOUT for the pair of people last named in a coordination with that noun beside it,
// or after a numeral for the pair of the three sentences before (row 18.407). A quoted fragment of three words or
// fewer is part of its clause. Verb cues after a determiner, capitalised inside a name,
// or `back` as an adverb (after a verb of motion or a form of "be", before a preposition)
// give nothing; a noun_of cue takes a tail before it only in its own phrase (`X's critic
// Y`, not `actress X, critic Y`). An attack noun in noun position reaches
// its target only through a preposition (not a place after `in`); its launching verb's
// subject is looked for inside a complement clause (that/if/whether); a cue noun (cue_nouns)
// followed by from|among names the giver, no target (`withheld support from McCain`,
// `rejected attacks from Jeb Bush`); a cue glued to a hyphen is an adjective
// (`Western-backed`). ROLE_IN comes from Annotation::roles (not where the name phrase makes
// the person a member: `Labour MP X`) and, with MEMBER_OF, from affiliations.hpp; LOCATED_IN from the gazetteer (an
// organisation or place located in a country mentioned in the document; not one named only
// on lines of its own, a byline's place: row 18.432) and from
// `X in Y` / `Y's X` for places; SAID_ABOUT from quotes, and CRITICIZED from a quote that
// holds someone responsible (`X was responsible`, `to blame`; not denials or negated);
// CRITICIZED / SUPPORTS from judgements: a judging verb and an evaluative word
// (`X called Y's plans "dangerous"`) or, in a quote, a copula with an evaluative word in
// the three words after it whose subject phrase opens with Y (`Y's plan is reckless`,
// `Y's forecasts for tax revenues were too optimistic`; at most eight words back, not
// past a clause break), or with he/she when the quote is about one person besides the
// speaker
// (relation_cues.json frames judging and evaluation; negated or denied: nothing). An
// unnamed plan (word list plan_nouns: `called the new targets "unambitious"`, `criticised
// the plans`, `"The targets are disastrous"`) stands for its owner, read from the text
// before (the last `NAME's PLAN`, else the speaker of the first non-judging quote naming
// it); a welcoming verb (word list welcome_verbs) with a plan as object is SUPPORTS of the
// owner, not MET_WITH (`welcomed Brown's decision`). In a quote a conduct of the
// evaluative lexicon opened by its auxiliary judges its subject (`UKIP have over-reacted`,
// `did not provide any evidence`, `doesn't add up`), an `it` opening reported words is the
// body the sentence named last (never the speaker), the agent of an evaluation after `by`
// is judged (`a misjudgement by Labour`), and so is the holder of an evaluated title in the
// copula's complement; a judging verb judges the antecedent of a relative word opening its
// clause (`Assad, whom Trump characterized as an "animal"`); laying a chemical, gas or
// terror attack at someone's door in reported speech blames them; `with` may follow a
// meeting noun's own phrases. Each (head, type, tail) is
// kept once per document with all its evidence sentences.
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

namespace gazette {

void extract_relations(Annotation& a, const Lexicons& lex);

}  // namespace gazette
