// Roles: who holds which title for which country or organisation in one document.
//
// READS   tokens, sentences, cues (titles, demonyms), mentions, entities; the Lexicons'
//         titles, gazetteer roles and word lists (title_premodifiers, articles, capacity_prepositions,
//         national_post_heads, leader_nouns, opposition_premodifiers, shared_offices, perfect_auxiliaries,
//         conditional_subordinators, coordinators, discourse_markers, phrase_end_words,
//         containment_prepositions; relation_cues.json's post and membership words; for bare titles also
//         definite_articles, copulas, predicative_verbs, passive_predicative_verbs, of_prepositions, post_prepositions,
//         relative_words, nominative_pronouns).
// WRITES  Annotation::roles (RoleFact, annotation.hpp), in order of their sentence, and
//         Annotation::role_phrases (RolePhrase: the result of find_role_phrases(), in text
//         order, for coreference and relation arguments to read) and, before it,
//         Annotation::title_starts (coreference.hpp list_title_starts(): the tokens where
//         a title may start, which find_role_phrases() and the coreference stage read); may
//         add Country entities for countries named only by a demonym or a title's
//         default country (entities.hpp implied_country()).
// NEEDS   entities (resolve_entities); calls coreference.hpp find_role_phrases() on the
//         roles it has found.
//
// Sources, GUIDELINES "ROLE_IN": a title cue before a person (`Secretary of State Rex
// Tillerson`), optionally led by a demonym (`Russian President`), a country or
// organisation mention (`U.S. Secretary of State`, `Exxon Mobil CEO`), or a
// possessive (`Russia's foreign minister Sergei Lavrov`), also set off by commas when
// qualified (`The Turkish President, X, said`: rule "title-comma-name"); an apposition
// (`Jim Mattis, the secretary of defense`, `X, a former U.S. attorney`) or a predicate
// nominal (`X was Secretary of State`: predicate_nominal(), rule "predicate-post"); in
// either, `of [the] ORG` after the title names the body (`president of the Women's Media
// Center`; after `the` the name ends the phrase or a place follows it, and a body after
// `the` that no entity stands for holds the post alone: no country's); a post after
// `as` (capacity_prepositions: `X was sworn in as U.S. attorney general`, rule
// "as-post"); the gazetteer's roles of a known person
// (from_gazetteer: used by coreference.hpp to resolve `the US President`, never a
// ROLE_IN edge). A lower-case title of kind office right before a name is read as a title
// too when it is a national post (`tourism minister X`) or follows a qualifier
// (`Britain's foreign secretary X`), and set off by commas before the name after a
// qualifier (`Chile's premier, X,`); after a demonym only a government post (national_post_heads,
// leader_nouns: `the French president, X,`, not `British director X`); no qualifier when a
// second organisation stands before it (`Labour Holyrood leader X`). A national post (national_post_heads: President, Prime
// Minister, Chancellor, ... minister) with no country written, implied or known from the
// gazetteer is held in the country the article names most (rule suffix
// "+document-country"; GUIDELINES conventions), not a shadow post, not a foreign minister
// (foreign_offices), not the shorter title inside a longer one; none when the article
// names no country. Role phrases (`the Russian foreign minister`) are resolved by
// coreference.hpp; once the named roles are known, a definite, qualified role phrase that
// find_role_phrases() takes for its holder (`the US President said`) is a role fact of that
// holder in the qualifier's country or organisation (rule "role-phrase"). A country's
// possessive right before a person the gazetteer knows in an office of that country
// (`Germany's Angela Merkel`) states that office (rule "country-possessive-name", row
// 18.340). Once coreference has run, a resolved nominative pronoun's predicate nominal
// (`when she was secretary of state`) is read as the name's (pronoun_predicate_roles(),
// rule "pronoun-predicate-post", row 18.341; the relations stage asks for it). An office
// several countries hold under one name (shared_offices: `Attorney General`) with no country
// written is held in the person's gazetteer office of that title, else in the story's
// country (each named country, and each named organisation or place by its gazetteer
// country, one vote; the winner when the article names it: rule suffix "+story-country",
// row 18.412), else in its default country; a state's office after a place's name (`Ohio
// Attorney General X`, titles.json state_office, no body) in no country (row 18.413).
#pragma once

#include "gazette/annotation.hpp"
#include "gazette/lexicon.hpp"

namespace gazette {

// Appends the role facts of the document to a.roles.
void find_roles(Annotation& a, const Lexicons& lex);

// A predicate nominal says what its subject is, as an apposition does (`Jane Roe is the
// chairman of ORG`, `X was a founder of ORG`, `X has been chairman of ORG`, `X became chief
// executive of ORG`, `X was Secretary of State`): after the name of mention m, a copula or
// a predicative verb (word lists copulas, predicative_verbs; passive_predicative_verbs only
// right after a copula: `X was named chairman`, not `X appointed a new chairman`;
// perfect_auxiliaries before them: `has been`; no modal: `will become` is no post held), then an article, a title
// premodifier, a title, a post or membership word (relation_cues.json frames post,
// membership) or a name. The name must be its clause's subject: it opens the sentence or a
// clause after a comma, a quote mark, a conjunction (coordinators) or a discourse marker,
// or follows its title (`Mr Wang was head of ...`). Returns the token where the predicate
// nominal starts, 0 when there is none (a negator: `is not a member of`; any other word:
// `is trying to become leader of`; a condition opening its clause, conditional_subordinators:
// `if Democrats win and Kaine becomes vice president`). Rule "predicate-post" here; affiliations.hpp reads it too.
std::uint32_t predicate_nominal(const Annotation& a, const Lexicons& lex, const Mention& m);

// Row 18.341: predicate_nominal() for a nominative pronoun that coreference resolved to a
// person (`she was Secretary of State`, `when he was chairman of Acme`): its clause's
// subject wherever the clause opens; 0 when m is no such pronoun, when the sentence names
// other people before it and not the one it was resolved to, or when no predicate follows.
std::uint32_t pronoun_predicate(const Annotation& a, const Lexicons& lex, const Mention& m);

// Row 18.341: the posts that a resolved nominative pronoun's predicate nominal states (`she
// was Secretary of State`), read once coreference has run (rule "pronoun-predicate-post").
std::vector<RoleFact> pronoun_predicate_roles(Annotation& a, const Lexicons& lex);

// The gazetteer's or the text's office `held` that a bare title `phrase` names: the same
// office (coreference.hpp same_office()), or the office the title shortens (`the
// chancellor` for `Chancellor of the Exchequer`); never a post of the opposition.
bool bare_title_names(const Lexicons& lex, std::string_view held, std::string_view phrase);

// A definite bare title at token k of a sentence ending at `se` (`the chancellor`, `the
// former health secretary`; the shape bare_role_phrase_roles() reads, below): returns the
// title's end token, 0 when the phrase at k is none. `person_at` / `person_end`: tokens where
// a named person's mention starts / ends.
std::uint32_t bare_title_at(const Annotation& a, const Lexicons& lex, std::uint32_t k, std::uint32_t se,
                            const std::vector<char>& person_at, const std::vector<char>& person_end);

// The posts that definite bare titles state (`Gordon Brown ... The chancellor walked`):
// a title after `the` and title premodifiers, with no qualifier before it and no name,
// of-phrase or post preposition after it, not an apposition of a name nor an opposition
// post, not a predicate (after a copula, predicative_verbs or passive_predicative_verbs: `X became the chancellor`)
// nor picked out by a relative clause (relative_words, nominative_pronouns after it: `the
// president it deserves`), stands for the one person the document names before it whom
// the gazetteer knows
// in that office (coreference.hpp same_office(), or the office the title shortens: `the
// chancellor` for `Chancellor of the Exchequer`) when no role of the text gives the office
// to anyone else. The office is held in its body (the gazetteer's when it is one of
// titles.json `bodies`, else the one named) or its country as the gazetteer writes it,
// when the document names that body or country (rule
// "bare-role-phrase"). Read by the relations stage for ROLE_IN only, after coreference:
// not in Annotation::roles, which coreference reads as offices stated in the text.
std::vector<RoleFact> bare_role_phrase_roles(const Annotation& a, const Lexicons& lex);

}  // namespace gazette
