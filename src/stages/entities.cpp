#include "gazette/entities.hpp"

#include "gazette/text.hpp"
#include "gazette/tokenizer.hpp"

#include "token_walk.hpp"  // next_token_where()

#include <algorithm>
#include <array>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace gazette {

namespace {

// A person's key (person_key()) without a last word in Roman numerals after two words or
// more (rule A762: `luther stan pate iv` -> `luther stan pate`), else the key itself.
std::string_view without_roman_suffix(std::string_view key) {
  if (key.size() < 4 || (key.back() != 'i' && key.back() != 'v' && key.back() != 'x')) return key;  // the usual case
  const std::size_t sp = key.rfind(' ');
  if (sp == std::string_view::npos || key.find(' ') == sp || !roman_numerals(key.substr(sp + 1), true)) return key;
  return key.substr(0, sp);
}

// A speech cue of kind verb that a person, more than any body, is the subject of: not a
// verb of rejection that reports no speech (rejection_verb_stems: `Brewer rejects
// bid`, rule A1111: firms and boards reject and dismiss as often as people).
bool person_speech_verb(const SpeechCue& cue, const Lexicons& lex) {
  return cue.kind == SpeechCue::Kind::Verb && (cue.reporting || !lex.starts_in(Words::RejectionVerbStems, cue.lemma));
}

// The mention is directly followed by a speech verb ("Trump said", "Rice told").
bool speaks(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const auto se = a.sentences[m.sentence].end_token;
  std::uint32_t p = 0;
  return m.end_token < se && lex.speech_index().match(a.tokens, m.end_token, se, p) && person_speech_verb(lex.speech_cues()[p], lex);
}

// A speech verb stands right before the mention ("said Soe Min, a member of ...").
bool spoken_after(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const auto sb = a.sentences[m.sentence].first_token;
  std::uint32_t p = 0;
  return m.first_token > sb && lex.speech_index().match(a.tokens, m.first_token - 1, m.first_token, p) == 1 &&
         lex.speech_cues()[p].kind == SpeechCue::Kind::Verb;
}

// A nation's noun for one person right after a lower-case definite article (word list
// demonym_nouns: "the Scot admitted", "the Dane said"): a description of a person named
// elsewhere, no name of its own (GUIDELINES: demonyms are no entity mentions; row 19.360).
bool demonym_after_article(const Annotation& a, const Mention& m, const Lexicons& lex) {
  if (m.end_token - m.first_token != 1 || m.first_token <= a.sentences[m.sentence].first_token) return false;
  const Token& before = a.tokens[m.first_token - 1];
  return !before.has(kCapitalized) && lex.in(Words::DefiniteArticles, before) &&
         lex.in(Words::DemonymNouns, a.tokens[m.first_token]);
}

// The mention speaks (speaks()) right after a lower-case definite article (word list
// definite_articles): "the Land Registry said", "the Nationwide said". A person's name takes
// no article in English, so the speaker named there is a body (row 19.351). Not when the
// cue is a noun the name modifies (word lists claim_nouns, statement_nouns: "the Gershon
// report", "the Smith claims") or is capitalised (a word of the name: "the Baltic States").
bool body_speaks_after_article(const Annotation& a, const Mention& m, const Lexicons& lex) {
  if (m.first_token <= a.sentences[m.sentence].first_token || m.end_token >= a.sentences[m.sentence].end_token) return false;
  const Token& before = a.tokens[m.first_token - 1];
  const Token& cue = a.tokens[m.end_token];
  if (before.has(kCapitalized) || !lex.in(Words::DefiniteArticles, before) || cue.has(kCapitalized)) return false;
  if (lex.in(Words::ClaimNouns, cue) || lex.in(Words::StatementNouns, cue)) return false;
  return speaks(a, m, lex);
}

// A capital right before a title is a modifier of the title's noun phrase (`urged London
// mayor Ken Roe`): the verb before it takes that phrase, not the place (row 18.301).
bool modifies_title(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const auto se = a.sentences[m.sentence].end_token;
  return m.end_token < se && a.tokens[m.end_token].kind == TokenKind::Word && !a.tokens[m.end_token].has(kPossessive) &&
         !a.tokens[m.end_token - 1].has(kPossessive) && lex.post_title(a.tokens, m.end_token, se) > 0;
}

// The capital's noun phrase ends before this token: punctuation, or a
// word that opens another phrase or clause (a coordinator, a preposition, `that`, a verb
// after the subject: word lists coordinators, relative_words, place_prepositions,
// target_prepositions, topic_prepositions, subordinators, acting_verbs). Not a noun the
// capital modifies (`a strike by Kestburg officials`).
bool phrase_ends_after(const Token& next, const Lexicons& lex) {
  if (next.kind != TokenKind::Word) return true;
  return !next.has(kCapitalized) &&
         (lex.in(Words::Coordinators, next) || lex.in(Words::RelativeWords, next) || lex.in(Words::PlacePrepositions, next) ||
          lex.in(Words::TargetPrepositions, next) || lex.in(Words::TopicPrepositions, next) ||
          lex.in(Words::Subordinators, next) || lex.in(Words::ActingVerbs, next));
}

// A noun of what a government says, decides or does (word lists claim_nouns, statement_nouns,
// plan_nouns, cue_nouns).
bool act_noun(const Token& t, const Lexicons& lex) {
  return lex.in(Words::ClaimNouns, t) || lex.in(Words::StatementNouns, t) || lex.in(Words::PlanNouns, t) ||
         lex.in(Words::CueNouns, t);
}

// Rows 18.430, 18.431: a capital inside a noun phrase of an act or of words stands for its
// government, as its subject does: the agent after `by` of such a noun (`a missile strike by
// Kestburg`, `the proposal by Kestburg`); the one criticised after a noun of criticism and
// `against` or `of` (`accusations against Kestburg`, `criticism of Kestburg`); where words
// or plans come from, `from` or `out of` after a participle after a noun of claims,
// statements or plans (`ideas emanating from Kestburg`, `the rhetoric coming out of
// Kestburg`; not `in a statement from Kestburg`, where a speaker made it). Only where the capital ends its noun phrase (phrase_ends_after():
// not `a strike by Kestburg officials`).
bool capital_in_act_phrase(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const auto sb = a.sentences[m.sentence].first_token;
  const auto se = a.sentences[m.sentence].end_token;
  if (m.first_token < sb + 2) return false;
  if (m.end_token < se && !phrase_ends_after(a.tokens[m.end_token], lex)) return false;
  const Token& prep = a.tokens[m.first_token - 1];
  const Token& noun = a.tokens[m.first_token - 2];
  if (lex.in(Words::AgentPrepositions, prep)) return act_noun(noun, lex);
  if (lex.in(Words::ActionObjectPrepositions, prep)) {
    std::uint32_t p = 0;
    if (lex.relation_index().match(a.tokens, m.first_token - 2, m.first_token - 1, p) == 1 &&
        lex.relation_cues()[p].type == RelationType::Criticized)
      return true;
  }
  std::size_t k = m.first_token - 1;  // the preposition of the source: `from`, or `out of`
  if (lex.in(Words::OfPrepositions, prep) && k > sb &&
      lex.in(Words::OriginPrepositions, std::string(a.tokens[k - 1].lower) + " " + std::string(prep.lower)))
    --k;
  else if (!lex.in(Words::OriginPrepositions, prep))
    return false;
  // The participle is needed: `in a statement from Kestburg` is where a named speaker made it.
  if (k <= sb || !lex.ends_in(Words::ParticipleSuffixes, a.tokens[k - 1].lower)) return false;
  --k;
  return k > sb && (lex.in(Words::ClaimNouns, a.tokens[k - 1]) || lex.in(Words::StatementNouns, a.tokens[k - 1]) ||
                    lex.in(Words::PlanNouns, a.tokens[k - 1]));
}

}  // namespace

bool mention_acts(const Annotation& a, const Mention& m, const Lexicons& lex) {
  if (m.first_token > 0 && !modifies_title(a, m, lex)) {
    if (capital_in_act_phrase(a, m, lex)) return true;
    const std::string prev = to_lower(a.tokens[m.first_token - 1].norm);
    if (lex.in(Words::PlacePrepositions, prev)) return false;
    // The object of accusing, warning or telling is a government too: "accused Moscow of".
    const auto sb = a.sentences[m.sentence].first_token;
    for (std::size_t k = m.first_token; k > sb && m.first_token - k < 2; --k) {
      std::uint32_t p = 0;
      if (lex.relation_index().match(a.tokens, k - 1, m.first_token, p) == m.first_token - (k - 1) &&
          lex.relation_cues()[p].frame == Frame::Active && lex.relation_cues()[p].type != RelationType::MetWith)
        return true;
      if (lex.speech_index().match(a.tokens, k - 1, m.first_token, p) == m.first_token - (k - 1)) return true;
    }
  }
  const auto se = a.sentences[m.sentence].end_token;
  std::size_t i = m.end_token;
  if (i >= se) return false;
  if (a.tokens[i].has(kPossessive) && a.tokens[i].kind == TokenKind::Word) return true;
  // Skip an adverb ("Moscow also said", "Washington has repeatedly warned").
  for (int hop = 0; hop < 3 && i < se; ++hop, ++i) {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::Word) return false;
    const std::string low = to_lower(t.norm);
    if (lex.in(Words::ActingVerbs, low)) return true;
    std::uint32_t p = 0;
    if (lex.speech_index().match(a.tokens, i, se, p) && lex.speech_cues()[p].kind == SpeechCue::Kind::Verb) return true;
    if (lex.relation_index().match(a.tokens, i, se, p)) {
      if (lex.relation_cues()[p].frame == Frame::Active) return true;
    }
    if (!(lex.ends_in(Words::AdverbSuffixes, low) || lex.in(Words::ActingAdverbs, low))) return false;
  }
  return false;
}

namespace {

// A line opened by a dash ("-- Amra Kevic , Belgrade newsroom +381 11 2224305", "-- Johannesburg
// newsroom , +27 11 482 1003", "-- Ipsos poll reports ..."): a wire story's sign-off or
// contact line, or a summary's bullet. Its numbers are a telephone's, not scores, and a city
// there is where the reporter files from, not a team.
bool dash_line(const Annotation& a, const Sentence& s) {
  return s.first_token < s.end_token && a.tokens[s.first_token].norm == "--";
}

// A number written with a thousands separator ("44,525", "21,228.80", "1,000"): a comma
// with three digits after it.
bool grouped_number(const Token& t) {
  if (t.kind != TokenKind::Number) return false;
  const std::string_view n = t.norm;
  for (auto p = n.find(','); p != std::string_view::npos; p = n.find(',', p + 1))
    if (p > 0 && p + 3 < n.size() && n[p + 1] >= '0' && n[p + 1] <= '9' && n[p + 2] >= '0' && n[p + 2] <= '9' &&
        n[p + 3] >= '0' && n[p + 3] <= '9')
      return true;
  return false;
}

// Results and standings lines ("CHICAGO 72 59 .550", "Essex 372 and 119-5"): numbers
// and names with almost no lower-case words. There a place name stands for its team
// (metonymy again: the place acts, as a team), so it is an organisation. A line with a
// number in thousands written with a separator ("Munich 44,525 up 11.8", "TOKYO
// 21,228.80 - 134.44", "Dewas 45 Yellow 12,700-12,950") is a table of statistics, prices
// or market indices by place (row 19.435): scores, counts and points of a results or
// standings row are small, or printed without a separator ("Sydney 21 15 1 5 2067 1687").
// Such a row is marked kStatisticsRow here; resolve_entities() then reads the document's
// other rows as statistics too (no_statistics_rows), unless a sport's slug opens it.
constexpr char kStatisticsRow = 2;
std::vector<char> table_lines(const Annotation& a) {
  std::vector<char> table_line(a.sentences.size(), 0);
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    std::size_t numbers = 0, lower = 0;
    bool year = false;  // a dateline ("LONDON 1996-08-30") is not a table
    bool grouped = false;  // a number with a thousands separator: statistics, not scores
    // A second lower-case word makes it prose whatever follows: the scan stops there (most
    // sentences, within their first few words).
    for (auto k = s.first_token; k < s.end_token && lower <= 1; ++k) {
      const Token& t = a.tokens[k];
      if (t.kind == TokenKind::Number) {
        ++numbers;
        year |= t.norm.size() == 4 && (t.norm.starts_with("19") || t.norm.starts_with("20"));
        // A sum after a currency sign ("$ 190,000": a charter's rate, a prize) is no count
        // of a place's statistics.
        grouped |= grouped_number(t) && !(k > s.first_token && a.tokens[k - 1].norm == "$");
      } else if (t.kind == TokenKind::Word && !t.has(kCapitalized)) {
        ++lower;
      }
    }
    const bool row = numbers >= 2 && lower <= 1 && !year && !dash_line(a, s);
    table_line[si] = row ? (grouped ? kStatisticsRow : 1) : 0;
  }
  return table_line;
}

// A name on either side of a versus word ("Hull v Leeds", "May 20 v Durham", "Agassi vs.
// Sampras") is one side of a contest: a place named there stands for its team.
bool versus_team(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const auto& s = a.sentences[m.sentence];
  const auto versus = [&](std::size_t k) {
    const Token& t = a.tokens[k];
    return t.kind == TokenKind::Word && !t.has(kCapitalized) && lex.in_as_written(Words::VersusWords, t);
  };
  return (m.first_token > s.first_token && versus(m.first_token - 1)) || (m.end_token < s.end_token && versus(m.end_token));
}

// A place right before a player or coach of a team (word list player_nouns) names the
// team: "Liverpool striker Mark Kennedy", "Groningen coach X" (metonymy, as on results lines).
bool before_player(const Annotation& a, const Mention& m, const Lexicons& lex) {
  if (m.end_token >= a.sentences[m.sentence].end_token) return false;
  const Token& next = a.tokens[m.end_token];
  return next.kind == TokenKind::Word && !next.has(kCapitalized) && lex.in(Words::PlayerNouns, next);
}

// A lower-case noun of a person's office or role right before a lone name: a title written
// in lower case (titles.json, one to three words: `Indonesian president Suharto`, `prime
// minister X`) or a player or person role noun in the singular (word lists player_nouns,
// person_role_nouns: `midfielder Donato`, `his wife Naina`), an apposition that names a person;
// a plural names a team or a group (`champions Marseille`). Not a role a company fills as
// well (word list firm_role_nouns: `market analyst Gartner`, `sector leader Omnicom`). Row 19.373.
// The lone name ends its noun phrase: the next word of the sentence is no capitalised word
// (`lawyer Louise Christian`, `actor George C Scott`: part of a longer name or a headline run
// into the text) and no noun of a role, title or compound the name modifies (word lists
// player_nouns, person_role_nouns, firm_role_nouns, country_compound_nouns, titles.json:
// `the billionaire Bhs owner`, `manager Tottenham manager`, `official Kent house`). Row 19.380.
bool lone_name_ends_phrase(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const std::size_t e = m.end_token;
  if (e >= a.sentences[m.sentence].end_token) return true;
  const Token& n = a.tokens[e];
  if (n.kind != TokenKind::Word) return true;
  if (n.has(kCapitalized)) return false;
  std::uint32_t payload = 0;
  return !lex.in(Words::PlayerNouns, n) && !lex.in(Words::PersonRoleNouns, n) && !lex.in(Words::FirmRoleNouns, n) &&
         !lex.in(Words::CountryCompoundNouns, n) &&
         lex.title_index().match(a.tokens, e, a.sentences[m.sentence].end_token, payload) == 0;
}

// A lone name right before a legal form written in lower case (word list company_legal_forms,
// not a common word, no prefix: `Hooli plc`, `Hooli ltd`; `limited`, `co-star` are no legal form) names a
// company, also after a place preposition (`shares in Hooli plc`). Row 19.382.
bool before_lower_legal_form(const Annotation& a, const Mention& m, const Lexicons& lex) {
  if (m.end_token >= a.sentences[m.sentence].end_token) return false;
  const Token& n = a.tokens[m.end_token];
  const std::size_t h = m.end_token + 1;  // `co-star`, `co-founder`: a prefix, no legal form
  if (h < a.sentences[m.sentence].end_token && a.tokens[h].norm == "-" && !a.tokens[h].has(kSpaceBefore)) return false;
  return n.kind == TokenKind::Word && !n.has(kCapitalized) && lex.in(Words::CompanyLegalForms, n) &&
         !lex.is_common_word(n);
}

// Row 19.529: a lone name after a preposition that a noun of holding or of a firm's staff
// governs names a company or a body, no place: a holding noun before a containment
// preposition (word lists holding_nouns, containment_prepositions: `a 20% stake in Hooli`,
// `shares in Kestra rose`), a staff noun before a place preposition other than that one
// (word lists staff_nouns, location_prepositions: `an analyst at Hooli`, `engineers from
// Kestra`; `an analyst in Dorvale` is where the analyst is). With `at_only`, the preposition
// is neither `in` nor `from` (origin_prepositions): a city's name, where `shares in Dorvale`
// and `engineers from Dorvale` mean the place. Not a possessive name (`a strategist at
// Dorvale's Kestra Securities`: the firm is the name after it).
bool firm_context(const Annotation& a, const Mention& m, const Lexicons& lex, bool at_only = false) {
  const std::size_t first = m.first_token;
  const Sentence& s = a.sentences[m.sentence];
  if (first < s.first_token + 2 || (m.end_token < s.end_token && a.tokens[m.end_token].has(kPossessive))) return false;
  const Token& prep = a.tokens[first - 1];
  const Token& noun = a.tokens[first - 2];  // capitalised only opening the sentence: `Shares in Hooli rose`
  if (prep.kind != TokenKind::Word || noun.kind != TokenKind::Word || prep.has(kCapitalized) ||
      (noun.has(kCapitalized) && first - 2 != s.first_token))
    return false;
  const bool in = lex.in(Words::ContainmentPrepositions, prep);
  if (in) return !at_only && lex.in(Words::HoldingNouns, noun);
  if (!lex.in(Words::LocationPrepositions, prep) || (at_only && lex.in(Words::OriginPrepositions, prep))) return false;
  return lex.in(Words::StaffNouns, noun);
}

// A lower-case title of one word at token k reads as a title (no adjective: `winning major
// Oscars`, `denied major Oscars`) when a determiner, possessive or title premodifier (word lists
// determiners, title_premodifiers, past_title_premodifiers), a capitalised word (`Indonesian
// president`) or a sign (`ex-president`, `, president`) comes before it. Row 19.381.
bool opens_title_phrase(const Annotation& a, std::size_t k, const Lexicons& lex) {
  if (k == 0) return true;
  const Token& p = a.tokens[k - 1];
  return p.kind != TokenKind::Word || p.has(kCapitalized) || lex.in(Words::Determiners, p) ||
         lex.in(Words::TitlePremodifiers, p) || lex.in(Words::PastTitlePremodifiers, p);
}

bool after_person_noun(const Annotation& a, const Mention& m, const Lexicons& lex) {
  if (m.first_token <= a.sentences[m.sentence].first_token || !lone_name_ends_phrase(a, m, lex)) return false;
  const Token& p = a.tokens[m.first_token - 1];
  if (p.kind != TokenKind::Word || p.has(kCapitalized) || p.lower.empty() || lex.in(Words::FirmRoleNouns, p)) return false;
  if ((lex.in(Words::PlayerNouns, p) || lex.in(Words::PersonRoleNouns, p)) && p.lower.back() != 's') return true;
  const std::size_t sb = a.sentences[m.sentence].first_token;
  for (std::size_t k = m.first_token - 1, n = 1; n <= 3; --k, ++n) {
    if (!a.tokens[k].has(kCapitalized) && lex.post_title(a.tokens, k, m.first_token) == n &&
        (n > 1 || opens_title_phrase(a, k, lex)))
      return true;
    if (k == sb) break;
  }
  return false;
}

// A fixture line of a sports listing ("DETROIT AT KANSAS CITY", "Texas at Minnesota"): in a
// sports report, a line of capitalised names with one fixture word between them (word list
// fixture_words: `at`, in lower case or in capitals) names the visiting team, then the place
// it plays at (the home team's). The fixture word's token, or 0 when the line is none.
std::size_t fixture_at(const Annotation& a, const Sentence& s, const Lexicons& lex) {
  std::size_t at = 0;
  for (auto k = s.first_token; k < s.end_token; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word) return 0;
    if (k > s.first_token && (t.has(kAllCaps) || !t.has(kCapitalized)) && lex.in(Words::FixtureWords, t)) {
      if (at != 0) return 0;
      at = k;
    } else if (!t.has(kCapitalized)) {
      return 0;
    }
  }
  return at + 1 < s.end_token ? at : 0;
}

// A wire story's slug names its desk: a first line that opens with one or two capitalised
// words, one of them the name of a sport (word list sports_words), then a dash ("SOCCER -
// SHEARER NAMED ENGLAND CAPTAIN .", "RUGBY UNION - ...", "Tennis - Sampras wins ...") heads
// a sports report.
bool sport_slug(const Annotation& a, const Lexicons& lex) {
  if (a.sentences.empty()) return false;
  const Sentence& s = a.sentences.front();
  bool sport = false;
  for (auto k = s.first_token; k < s.end_token && k < s.first_token + 3; ++k) {
    const Token& t = a.tokens[k];
    if (k > s.first_token && (t.norm == "-" || t.norm == "--")) return sport && k + 1 < s.end_token;
    if (t.kind != TokenKind::Word || !t.has(kCapitalized)) return false;
    sport |= lex.in(Words::SportsWords, t);
  }
  return false;
}

// A sports report: two or more results lines, or three words of sports reports (word list
// sports_words: "innings", "halftime", "semi-final"), two of them different, in lower case.
bool sports_report(const Annotation& a, const Lexicons& lex, const std::vector<char>& table_line) {
  if (std::count(table_line.begin(), table_line.end(), 1) >= 2) return true;
  if (sport_slug(a, lex)) return true;
  std::size_t n = 0;
  std::string_view first;
  bool two = false;
  // Row 23.448: the walk steps from one lower-case sports word to the next, four tokens a
  // step (token_walk.hpp next_token_where()); a word in no word list (mask 0) is passed
  // before its list is asked.
  const auto sports_word = [&lex](const Token& t) {
    return t.kind == TokenKind::Word && !t.has(kCapitalized) && t.lmask != 0 && lex.in(Words::SportsWords, t);
  };
  const Token* const tokens = a.tokens.data();
  const std::size_t nt = a.tokens.size();
  for (std::size_t k = next_token_where(tokens, 0, nt, sports_word); k < nt; k = next_token_where(tokens, k + 1, nt, sports_word)) {
    const Token& t = tokens[k];
    ++n;
    if (first.empty()) first = t.lower;
    else two |= t.lower != first;
    if (n >= 3 && two) return true;
  }
  return false;
}

// A document with a statistics row (table_lines: "Munich 44,525 up 11.8") tabulates
// figures by place, its other rows too ("Dresden 792 up 11.4"): no row of it is a results
// line, unless a sport's slug opens the document (sport_slug: "SOCCER - ..."), where a
// statistics row alone is no results line.
void no_statistics_rows(const Annotation& a, const Lexicons& lex, std::vector<char>& table_line) {
  if (std::find(table_line.begin(), table_line.end(), kStatisticsRow) == table_line.end()) return;
  if (sport_slug(a, lex)) std::replace(table_line.begin(), table_line.end(), kStatisticsRow, char{0});
  else std::fill(table_line.begin(), table_line.end(), char{0});
}

// The state of one document's resolution.
struct Resolution {
  Annotation& a;
  const Lexicons& lex;
  std::vector<char> table_line;
  bool sports = false;  // a sports report (sports_report; see sports_team, contest_team)
  // Look-ups only, never iterated: hashed (no order to keep).
  // Organisations and places typed by rules, by type and then name: folded, or as the
  // gazetteer writes it for a place on a results line (a team).
  std::array<std::unordered_map<std::string, std::int32_t>, 5> by_name;
  std::unordered_map<std::int32_t, std::int32_t> by_entry;      // gazetteer entry -> entity
  std::unordered_map<std::string, std::int32_t> person_by_key;  // person_key(full name) -> entity
  std::vector<char> not_entity;                                 // found to name no entity: dropped
  // Persons named in full so far, by the key of their last word (surname).
  std::unordered_map<std::string, std::set<std::int32_t>> person_by_surname;
  std::vector<std::string> key_cache;  // person_key() of each entity's canonical name ("" for non-persons)
  std::vector<char> key_known;         // by entity: key_cache already holds its key (set by person_entity)
  std::size_t keys_done = 0;           // entities [0, keys_done) have their key in key_cache
  // The texts of the one-word mentions, sorted, to count how often each occurs
  // (repetition is evidence): gathered when first asked (lone_word_count).
  std::vector<std::string_view> lone_words;
  bool lone_words_counted = false;
  static constexpr std::size_t kLoneWordWalk = 128;  // at most this many mentions: counted by a walk
  std::unordered_set<std::string_view> common_acronyms;  // defined after the lower-case words they abbreviate
  std::vector<std::string> initials;  // by entity: the initials of an organisation's canonical name (link_acronym)
  std::vector<char> initials_known;
  // By sentence: whether it holds a number token (dismissed_player()), read when first
  // asked: -1 not read yet, else 0 or 1.
  std::vector<signed char> number_line;
  std::unordered_set<std::string> firm_names;  // lone names firm_context() typed a company (row 19.529)
  std::vector<signed char> legal_form_end;     // by entity: its name ends in a legal form (row 23.361)
  std::vector<std::size_t> persons = {};       // row 23.400: the person entities among [0, keys_done), in order

  bool has_number(std::uint32_t si) {
    if (number_line.size() < a.sentences.size()) number_line.assign(a.sentences.size(), -1);
    signed char& known = number_line[si];
    if (known < 0) {
      const Sentence& s = a.sentences[si];
      bool number = false;
      for (auto k = s.first_token; k < s.end_token && !number; ++k) number = a.tokens[k].kind == TokenKind::Number;
      known = number ? 1 : 0;
    }
    return known != 0;
  }

  // A new entity (at most one per mention: its first).
  // Row 23.359: built in its place in the list (reserved: resolve_entities()), not on the
  // stack and moved there (a move of four members and a destruction of the husk, for each
  // entity). Made-up example: `Tom Smith`'s entity is written once, where it stays.
  std::int32_t make_entity(const std::string& canonical, EntityType type, std::int32_t entry) {
    Entity& e = a.entities.emplace_back();
    e.canonical = canonical;
    e.type = type;
    e.mentions.reserve(4);  // room for the usual few mentions (assign()): one allocation, not three
    if (entry >= 0) {
      e.gazetteer_id = lex.entries()[static_cast<std::size_t>(entry)].id;
      e.wikidata = lex.entries()[static_cast<std::size_t>(entry)].wikidata;
    }
    return static_cast<std::int32_t>(a.entities.size() - 1);
  }
  // The entity of a name typed `type` by rules (by_name), made when new.
  // Row 23.360: one hashed look-up (try_emplace), not a find and then an emplace that hashes
  // the name again (make_entity() does not touch the map). Made-up example: the first
  // `Kelbrin Energy` is hashed once and made; the second is found.
  std::int32_t entity_for(EntityType type, const std::string& name, const std::string& canonical) {
    auto& names = by_name[static_cast<std::size_t>(type)];
    const auto [it, fresh] = names.try_emplace(name, -1);
    if (!fresh) return it->second;
    it->second = make_entity(canonical, type, -1);
    return it->second;
  }
  bool named(EntityType type, const std::string& name) const { return by_name[static_cast<std::size_t>(type)].count(name) > 0; }
  // The entity of gazetteer entry `entry` (its name and type), made when new: kept by the
  // entry's index (ids are unique: Lexicons::add_entry), not by a string of its id.
  std::int32_t gazetteer_entity(std::int32_t entry) {
    auto it = by_entry.find(entry);
    if (it != by_entry.end()) return it->second;
    const auto& e = lex.entries()[static_cast<std::size_t>(entry)];
    const std::int32_t idx = make_entity(e.name, e.type, entry);
    by_entry.emplace(entry, idx);
    return idx;
  }
  // The person entity of a name, by its key (made when new). `key_of_text`: key is
  // person_key(text), so a new entity's key_cache entry is key (its canonical is text).
  // person_by_key alone keeps it: a person made here is always new to the document.
  // Row 23.360: hashed once (try_emplace), as entity_for().
  std::int32_t person_entity(const std::string& key, const std::string& text, bool key_of_text = false) {
    const auto [it, fresh] = person_by_key.try_emplace(key, -1);
    if (!fresh) return it->second;
    const std::size_t before = a.entities.size();
    const std::int32_t ent = make_entity(text, EntityType::Person, -1);
    it->second = ent;
    if (key_of_text && a.entities.size() > before) {
      key_cache.resize(a.entities.size());
      key_known.resize(a.entities.size(), 0);
      key_cache.back() = key;
      key_known.back() = 1;
    }
    return ent;
  }
  std::string text_of(const Mention& m) const { return std::string(a.text(m.span)); }
  // How many one-word mentions are written `word` (the mentions are not added to nor
  // moved before compact()).
  std::size_t lone_word_count(std::string_view word) {
    // Row 23.358: a document of a few mentions is walked at each question (a size test a
    // mention, no copy and no sort of its words); a longer one is sorted once, as before.
    // Made-up example: `Tom Smith met Kelbrin officials. Kelbrin said ...` counts `Kelbrin`
    // twice by walking its three mentions.
    if (a.mentions.size() <= kLoneWordWalk) {
      std::size_t n = 0;
      for (const auto& m : a.mentions)
        if (m.end_token - m.first_token == 1 && a.tokens[m.first_token].norm == word) ++n;
      return n;
    }
    if (!lone_words_counted) {
      for (const auto& m : a.mentions)
        if (m.end_token - m.first_token == 1) lone_words.push_back(a.tokens[m.first_token].norm);
      std::sort(lone_words.begin(), lone_words.end());
      lone_words_counted = true;
    }
    const auto [first, last] = std::equal_range(lone_words.begin(), lone_words.end(), word);
    return static_cast<std::size_t>(last - first);
  }
  void assign(std::size_t mi, std::int32_t ent) {
    a.mentions[mi].entity = ent;
    a.entities[static_cast<std::size_t>(ent)].mentions.push_back(static_cast<std::uint32_t>(mi));
  }
  void note_surname(const Mention& m, std::int32_t ent) {
    if (m.end_token - m.first_token < 2) return;
    // Not when the name begins with a known surname: "Gerrard Liverpool", "Blair Labour"
    // are a headline's juxtaposed names more often than a person.
    if (lex.is_known_surname(a.tokens[m.first_token])) return;
    // A generational suffix (roman_suffix: `Luther Pate IV`) follows the surname.
    const std::size_t end = m.end_token >= m.first_token + 3 && roman_suffix(a.tokens[m.end_token - 1]) ? m.end_token - 1 : m.end_token;
    const Token& last = a.tokens[end - 1];
    if (last.kind != TokenKind::Word || !last.has(kCapitalized)) return;
    person_by_surname[person_key(a.tokens, end - 1, end)].insert(ent);
  }
  // An entity's type and canonical name do not change during the resolution (compact()
  // comes after), so each key is computed once, when first needed.
  // Row 23.398: when every entity's key is read (keys_done, which the loop below moves only
  // after the resize, at the list's size) there is nothing to do: the two resizes, which
  // most of link_person()'s calls asked for nothing, are skipped (the lists grow only).
  // Made-up example: `Smith` after `Tom Smith` reads the key cache as `Tom Smith` left it.
  void update_key_cache() {
    if (keys_done == a.entities.size()) return;
    key_cache.resize(a.entities.size());
    key_known.resize(a.entities.size(), 0);
    // Row 23.400: the person entities are listed as their keys are read (an entity's type is
    // set when it is made), so the surname scans walk the persons alone, in the same order.
    // Made-up example: with `Kelbrin Energy`, `Dunmoor` and `Tom Brandle` named, `Brandle`
    // is compared with Tom Brandle's key only.
    for (; keys_done < a.entities.size(); ++keys_done)
      if (a.entities[keys_done].type == EntityType::Person) {
        persons.push_back(keys_done);
        if (!key_known[keys_done]) key_cache[keys_done] = person_key(a.entities[keys_done].canonical);
      }
  }
  // A person entity known from the gazetteer or from a person rule (title, given name,
  // initials), not only from a bare capitalised sequence (typed PERSON by default).
  bool credible(const Entity& e) const {
    if (!e.gazetteer_id.empty()) return true;
    for (const auto om : e.mentions) {
      const Mention& o = a.mentions[om];
      if (o.source.rule != "capitalised-sequence" && !o.source.rule.empty()) return true;
      if (lex.is_given_name(a.tokens[o.first_token])) return true;
    }
    return false;
  }
  std::vector<std::int32_t> person_entities_with_surname(const std::string& surname_key) {
    std::vector<std::int32_t> out;
    update_key_cache();
    for (const std::size_t ei : persons) {  // row 23.400: the persons alone, in order
      const std::string& k = key_cache[ei];
      if (k == surname_key || ends_with_word(k, surname_key) || ends_with_word(without_roman_suffix(k), surname_key))
        out.push_back(static_cast<std::int32_t>(ei));
    }
    return out;
  }
};

// A name heading a line of results before a colon is where the match was played
// ("Leicester : Leicestershire beat Somerset", "At Headingley : Yorkshire 529-8"): a place.
bool before_colon(const Annotation& a, const Mention& m) {
  return m.end_token < a.sentences[m.sentence].end_token && a.tokens[m.end_token].norm == ":";
}

// The venue heading a results line (row 19.437): the names before the line's first colon,
// after a place preposition opening the line or with the results after the colon (a name,
// then its score: "At Hove : Sussex 363 and 144", "Tunbridge Wells : Nottinghamshire 214",
// "At The Oval ( London ) : Surrey beat Warwickshire", its town in brackets too): where the
// match was played, a place, not a team. A field's label is none ("Sale Amount :
// 1,820,000", "Attendance : 9,000": no name after the colon; "Favourite : Mind Games ( 7-4
// )": no score right after the name; "New Zealand - Tries : ...": no dash in a venue's
// name as a token of its own); a name heading a line before a colon elsewhere is a
// speaker's or a field's label: the caller asks for a sports report.
bool venue_heading(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const Sentence& s = a.sentences[m.sentence];
  std::size_t k = s.first_token;
  if (k >= s.end_token || (k > 0 && !a.tokens[k].has(kLineBefore))) return false;
  const bool at = a.tokens[k].kind == TokenKind::Word && lex.in(Words::PlacePrepositions, a.tokens[k]);
  if (at) ++k;
  if (m.first_token < k) return false;
  std::size_t c = k;
  for (; c < s.end_token && c < k + 8 && a.tokens[c].norm != ":"; ++c) {
    const Token& t = a.tokens[c];
    const bool word = t.kind == TokenKind::Word && (t.has(kCapitalized) || lex.in_as_written(Words::NameConnectors, t));
    if (!word && t.norm != "(" && t.norm != ")" && t.norm != "'") return false;
  }
  if (c == k || c + 1 >= s.end_token || a.tokens[c].norm != ":" || m.end_token > c) return false;
  if (at) return true;
  std::size_t j = c + 1;
  while (j < s.end_token && a.tokens[j].kind == TokenKind::Word && a.tokens[j].has(kCapitalized)) ++j;
  return j > c + 1 && j < s.end_token && a.tokens[j].kind == TokenKind::Number;
}

// A name in a team's place on a results line: followed by a number, a bracket or a name,
// not by a lower-case word ("-- Amsterdam newsroom +31 20 ...", a contact line, names a place).
bool on_table_line(const Resolution& r, const Mention& m) {
  if (!r.table_line[m.sentence]) return false;
  if (m.end_token >= r.a.sentences[m.sentence].end_token) return true;
  const Token& next = r.a.tokens[m.end_token];
  if (before_colon(r.a, m)) return false;
  return !(next.kind == TokenKind::Word && !next.has(kCapitalized));
}

// A place coordinated into a place phrase ("tests in Hamilton and Wellington", "in Napier ,
// Christchurch or Dunedin"): from the coordinator at k (word list coordinators: `and`, `or`)
// back over names, commas and coordinators, a place preposition opens the phrase.
bool coordinated_with_place_phrase(const Annotation& a, const Sentence& s, std::size_t k, const Lexicons& lex) {
  const Token& c = a.tokens[k];
  if (c.kind != TokenKind::Word || c.has(kCapitalized) || !lex.in(Words::Coordinators, c)) return false;
  while (k > s.first_token) {
    const Token& p = a.tokens[k - 1];
    const bool name = p.kind == TokenKind::Word && p.has(kCapitalized);
    const bool link = p.norm == "," || (p.kind == TokenKind::Word && !p.has(kCapitalized) && lex.in(Words::Coordinators, p));
    if (!name && !link) return lex.in(Words::PlacePrepositions, p);
    --k;
  }
  return false;
}

// A gazetteer region that lies in a country: a county (row 19.520 gave the gazetteer the
// counties of England and Wales), a state, a province (row 19.521).
bool subnational_region(const GazetteerEntry& e) { return e.id.starts_with("region:") && !e.country.empty(); }

// In a sports report (sports_report) a city named outside a place phrase stands for its
// team ("for Cleveland", "Milwaukee has won", "beat Seattle"): not after a place
// preposition ("in Seattle"), a determiner ("the Moscow club": a modifier) or a comma
// ("at Edgbaston, Birmingham"), and not in a dated line (a dateline). Regions and
// countries stay places: a national side is named by its country.
bool sports_team(const Resolution& r, const Mention& m, const GazetteerEntry& e) {
  if (!r.sports || !e.id.starts_with("city:")) return false;
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[m.sentence];
  if (dash_line(a, s)) return false;
  if (m.first_token > s.first_token) {
    const Token& prev = a.tokens[m.first_token - 1];
    if (r.lex.in(Words::PlacePrepositions, prev) || r.lex.in(Words::Determiners, prev) || prev.norm == ",") return false;
    if (coordinated_with_place_phrase(a, s, m.first_token - 1, r.lex)) return false;
  }
  if (before_colon(a, m)) return false;
  for (auto k = s.first_token; k < s.end_token; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind == TokenKind::Number && (t.norm.starts_with("19") || t.norm.starts_with("20")) && t.norm.size() >= 4) return false;
  }
  return true;
}

// A home nation (word list nation_regions: England, Scotland, Wales) is a region that
// fields national sides of its own: named where a place stands for its team (a results
// line, a versus word, before a player) it stands for its national side, and a national
// side is named by the place it represents, as a country's is: a place, not a club.
bool fields_national_side(const Lexicons& lex, const GazetteerEntry& e) {
  return lex.in(Words::NationRegions, to_lower(e.name));
}

// A mode of dismissal (word list dismissal_words, as written in lower case: "c", "b",
// "lbw", "run out") ends right before token k, inside its sentence.
bool after_dismissal(const Annotation& a, const Sentence& s, std::size_t k, const Lexicons& lex) {
  const bool word_before = k > s.first_token && a.tokens[k - 1].kind == TokenKind::Word;
  const std::string_view before = word_before ? std::string_view(a.tokens[k - 1].norm) : std::string_view();
  for (const std::string& phrase : lex.words(Words::DismissalWords)) {
    // A phrase ends in the word before k, or it is none there (the first test of the loop
    // below, made without splitting the phrase).
    if (!phrase.empty() && (!word_before || !phrase.ends_with(before))) continue;
    std::string_view rest = phrase;
    std::size_t j = k;
    bool match = true;
    while (match && !rest.empty()) {  // the phrase's words, last first
      const auto sp = rest.rfind(' ');
      const std::string_view w = sp == std::string_view::npos ? rest : rest.substr(sp + 1);
      rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(0, sp);
      match = j > s.first_token && a.tokens[j - 1].kind == TokenKind::Word && a.tokens[j - 1].norm == w;
      --j;
    }
    if (match) return true;
  }
  return false;
}

// On a cricket scorecard line ("Saeed Anwar c Croft b Cork 176": a line with a number) the
// capitalised name a mode of dismissal introduces is the fielder or bowler who took the
// wicket: a person, even when it is a place or a common word ("Cork", "Knight").
bool dismissed_player(Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  // The line's number first: most sentences a name stands in have none, and it is
  // cheaper to look for than a mode of dismissal (read once a sentence: has_number()).
  if (!a.tokens[m.first_token].has(kCapitalized)) return false;
  return r.has_number(m.sentence) && after_dismissal(a, a.sentences[m.sentence], m.first_token, r.lex);
}

// The end of a number written as an ordinal at token k (`52nd`, `4th`: digits and an ending
// of word list ordinal_suffixes, one token or a number and its ending glued to it), or 0.
std::size_t ordinal_end(const Annotation& a, const Lexicons& lex, std::size_t k, std::size_t end) {
  if (k >= end) return 0;
  const std::string_view w = a.tokens[k].lower;
  std::size_t d = 0;
  while (d < w.size() && w[d] >= '0' && w[d] <= '9') ++d;
  if (d == 0) return 0;
  if (d < w.size()) return lex.in(Words::OrdinalSuffixes, w.substr(d)) ? k + 1 : 0;
  const bool glued = k + 1 < end && !a.tokens[k + 1].has(kSpaceBefore) && a.tokens[k + 1].kind == TokenKind::Word;
  return glued && lex.in(Words::OrdinalSuffixes, std::string_view(a.tokens[k + 1].lower)) ? k + 2 : 0;
}

// The bracket that holds the name at token k opens right after a number, a team's score
// (`Dunmoor 3 ( Vantoorn 8th , Foe 85th )`): back from k over at most 25 tokens, across a line
// break (a results line wrapped at a fixed width), to an opening bracket, not past a closing one.
bool score_bracket_before(const Annotation& a, std::size_t k) {
  const std::size_t stop = k > 25 ? k - 25 : 0;
  for (std::size_t j = k; j > stop; --j) {
    const std::string_view w = a.tokens[j - 1].norm;
    if (w == ")") return false;
    if (w == "(") return j >= 2 && a.tokens[j - 2].kind == TokenKind::Number;
  }
  return false;
}

// A line of names and brackets: no lower-case word outside a bracket but a name's connector
// between two capitalised words (word list name_connectors: `De la Pena`) (`Scorers :
// Lubarskij ( 50th minute ) , Valkucak ( 54th )`, `Barcelona - Ronaldo ( 5th and 89th minutes
// )`); a sentence in prose has some (`The table after Saturday 's games : ...`, `Everton ( 5th
// ) lost`).
bool names_line(const Annotation& a, const Lexicons& lex, const Sentence& s) {
  int depth = 0;
  const auto capitalised = [&](std::size_t k) {
    return a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized);
  };
  for (auto k = s.first_token; k < s.end_token; ++k) {
    const Token& t = a.tokens[k];
    if (t.norm == "(") ++depth;
    else if (t.norm == ")") depth -= depth > 0 ? 1 : 0;
    else if (depth == 0 && t.kind == TokenKind::Word && !t.has(kCapitalized) &&
             !(k > s.first_token && k + 1 < s.end_token && lex.in(Words::NameConnectors, t) && capitalised(k - 1) &&
               capitalised(k + 1)))
      return false;
  }
  return true;
}

// In a sports report a name of one to three words right after an opening bracket, a comma, a
// colon or a dash and before a minute written as an ordinal, or a bracket opening on one, is
// a goal's scorer on a results line: a person, even a given name alone, a common word or a
// place's word (`Lens 3 ( Vairelles 8th , Foe 85th , Jordan 90th penalty )`, `Scorers :
// Lubarskij ( 50th minute ) , Valkucak ( 54th )`, `Barcelona - Ronaldo ( 5th and 89th
// minutes )`; row 19.460). A line break may cut the line before the name or the minute (a
// results line wrapped at a fixed width: `( Numan 11th ,` / `Nilis 42nd`). Not after a word
// (`The 83rd minute`, `Ranked 18th`, `finished 2nd`). Only on a results line: a line
// table_lines marks, one where a team's score stands before the bracket that holds the name
// (score_bracket_before), or a line of names and brackets (names_line); a league table or a
// preview in prose (`The table: Liverpool ( 1st ), Arsenal ( 2nd )`, `Everton ( 5th ) lost`)
// ranks teams, no scorers.
// A gazetteer entry for a body or a place (`body_or_place`: `Dundee`, a city; a club is a
// body: `Derby ( 3rd )`) is overruled only inside a score's bracket.
bool goal_scorer(const Resolution& r, const Mention& m, bool body_or_place = false) {
  const Annotation& a = r.a;
  if (!r.sports || m.first_token == 0 || m.end_token - m.first_token > 3) return false;
  const std::string_view prev = a.tokens[m.first_token - 1].norm;
  if (prev != "(" && prev != "," && prev != ":" && prev != "-") return false;
  // The minute may open the next line (`( Traore 65th , Bombarda` / `69th )`).
  const std::size_t end = a.tokens.size();
  std::size_t k = m.end_token;
  if (k < end && a.tokens[k].norm == "(") ++k;  // `Ronaldo ( 85th )`
  if (ordinal_end(a, r.lex, k, end) == 0) return false;
  if (score_bracket_before(a, m.first_token)) return true;
  return !body_or_place && (r.table_line[m.sentence] || names_line(a, r.lex, a.sentences[m.sentence]));
}

// After the comma at c a relative clause on a person (person_relatives: `, who advised`) or an
// apposition of at most six words that holds a person's noun or title (official_nouns,
// person_role_nouns, player_nouns, titles: `, a police spokesman`, `, the former minister`).
bool person_follows(const Resolution& r, const Sentence& s, std::size_t c) {
  const Annotation& a = r.a;
  if (c + 1 >= s.end_token) return false;
  if (r.lex.in(Words::PersonRelatives, a.tokens[c + 1])) return true;
  for (std::size_t j = c + 1; j < s.end_token && j - c <= 6; ++j) {
    const Token& w = a.tokens[j];
    if (w.kind != TokenKind::Word) return false;
    if (r.lex.in(Words::OfficialNouns, w) || r.lex.in(Words::PersonRoleNouns, w) || r.lex.in(Words::PlayerNouns, w)) return true;
    if (r.lex.post_title(a.tokens, j, s.end_token) > 0) return true;
  }
  return false;
}

// A name right after the speech phrase that opens on its source (speech_verbs.json position
// before_source: `according to`), alone or after an article, and closing the phrase (a comma,
// full stop, semicolon or closing bracket, or the sentence's end, follows) names the source of
// a report: a paper, a site, a body, when nothing else types it (`according to Variety ,`,
// `according to The Blaze .`, `according to the Human Rights Campaign ,`): ORGANIZATION (row
// 19.461).
// A person is named in full before, and a surname links to that first (pass 2 runs
// link_person before type_unknown); type_unknown asks this last, so a name its words or
// context type otherwise keeps that type (`according to Lorella Praeli, Clinton's ...
// director`: a person). Not a given name, a title or a not-name (`according to
// the Bishop`), nor a word in capitals (a line set in capitals shows nothing by its case), nor
// after a capitalised `According` inside a sentence (a title's words). Not a person's either
// (row A943): a name a relative clause on a person or an apposition with a person's noun
// follows (person_follows: `according to Halligan, who advised ...`, `according to Castillo, a
// police spokesman`), nor a lone word that is a known person's surname.
bool according_to_source(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[m.first_token];
  if (t.has(kAllCaps) || !t.has(kCapitalized)) return false;
  const Sentence& s = a.sentences[m.sentence];
  std::size_t k = m.first_token;
  if (k >= s.first_token + 3 && r.lex.in(Words::Articles, a.tokens[k - 1]) && !a.tokens[k - 1].has(kAllCaps)) --k;
  // The phrase's last word (`to`) in lower case first: the look-up below is dearer.
  if (k < s.first_token + 2 || a.tokens[k - 1].kind != TokenKind::Word || a.tokens[k - 1].has(kCapitalized)) return false;
  // The phrase's first word capitalised inside the sentence is a title's word (`The World
  // According to Bex`, a sitcom).
  if (k - 2 > s.first_token && a.tokens[k - 2].has(kCapitalized)) return false;
  std::uint32_t p = 0;
  if (r.lex.speech_index().match(a.tokens, k - 2, k, p) != 2 ||
      r.lex.speech_cues()[p].kind != SpeechCue::Kind::PhraseBeforeSource)
    return false;
  if (m.end_token < s.end_token) {
    const std::string_view next = a.tokens[m.end_token].norm;
    if (next != "," && next != "." && next != ";" && next != ")") return false;
    if (next == "," && person_follows(r, s, m.end_token)) return false;
  }
  // A lone word a known person's surname is (gazetteer), or a person's named in the
  // document, is that person's more often than a paper's (`according to Hutchinson .`).
  if (m.end_token - m.first_token == 1 && k == m.first_token &&
      (r.lex.is_known_surname(t) || r.person_by_surname.count(person_key(a.tokens, m.first_token, m.end_token))))
    return false;
  return !r.lex.is_given_name(t) && !r.lex.in_lexicon(LexName::Titles, t) && !r.lex.in_lexicon(LexName::NotNames, t);
}

// The visiting team of a fixture line (fixture_at): the whole of the line before the
// fixture word, a team as a place on a results line is. Not a country (CoNLL and GUIDELINES:
// a national side is named by its country, a place; "France at Japan").
bool fixture_visitor(const Resolution& r, const Mention& m) {
  const Sentence& s = r.a.sentences[m.sentence];
  if (!r.sports || m.first_token != s.first_token) return false;
  const std::size_t at = fixture_at(r.a, s, r.lex);
  return at != 0 && m.end_token == at;
}

// The place of a fixture line: the whole of the line after the fixture word, where the
// match is played ("... AT ST LOUIS"): a place, as after `at` in a sentence.
bool fixture_venue(const Resolution& r, const Mention& m) {
  const Sentence& s = r.a.sentences[m.sentence];
  if (!r.sports || m.end_token != s.end_token || m.first_token == s.first_token) return false;
  const std::size_t at = fixture_at(r.a, s, r.lex);
  return at != 0 && m.first_token == at + 1;
}

// A place that names the seat of a state (row 19.491): right before a title marked
// "state_office" in titles.json (`New York Sen. Jane Roe`, `the New York governor`, `New
// York Attorney General`), or after a party's letter and a hyphen (word list party_letters:
// `Rep. Jane Roe, D-New York`, `(R-New York)`), the label of a member of Congress. The
// title is matched in any case, but an office (capitalised in titles.json) in lower case is
// a common noun (rule 19.493: `the New York representative of Barclays` is the city's); a
// lower-case seat has its own "role_noun" entry (`governor`, `senator`), which the office's
// entry names (TitleEntry::lower_case_state_seat, row 19.495).
bool state_seat_place(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const Sentence& st = a.sentences[m.sentence];
  std::uint32_t p = 0;
  const std::size_t len = m.end_token < st.end_token ? lex.title_index().match(a.tokens, m.end_token, st.end_token, p) : 0;
  if (len > 0) {
    const TitleEntry& t = lex.titles()[p];
    if (t.state_office && (t.kind != TitleEntry::Kind::Office || a.tokens[m.end_token].has(kCapitalized) ||
                           t.lower_case_state_seat))
      return true;
  }
  const std::size_t f = m.first_token;
  if (f < st.first_token + 3 || a.tokens[f - 1].norm != "-" || (a.tokens[f - 3].norm != "(" && a.tokens[f - 3].norm != ","))
    return false;
  const Token& letter = a.tokens[f - 2];
  if (letter.kind != TokenKind::Word || letter.norm.size() != 1 || letter.span.end != a.tokens[f - 1].span.begin) return false;
  const auto& letters = lex.words(Words::PartyLetters);
  return std::any_of(letters.begin(), letters.end(), [&](const std::string& w) {
    return w.size() > 1 && w[1] == '=' && w.compare(0, 1, letter.lower) == 0;
  });
}

bool table_team(const Resolution& r, std::size_t mi);
bool contest_team(const Resolution& r, const Mention& m);
bool score_team(const Resolution& r, const Mention& m);
bool player_club(const Resolution& r, std::size_t mi);

// Row 19.521: in a sports report a region below a nation (subnational_region: a county, a
// state) named where an untyped name is read as a team is that team, a club side, as an
// unlisted name there is: a side of a contest word, of a results list's score, a player's
// club in brackets, a side of a results or standings row (`Kestshire beat Dorvale by an
// innings`, `Tarnby : Dorvale 238 and 133-5 , Kestshire 471`, `Tom Vantey ( Kestshire )`).
bool region_side(const Resolution& r, std::size_t mi, const GazetteerEntry& e) {
  if (!r.sports || !subnational_region(e)) return false;
  const Mention& m = r.a.mentions[mi];
  return contest_team(r, m) || score_team(r, m) || player_club(r, mi) || table_team(r, mi) ||
         on_table_line(r, m) || versus_team(r.a, m, r.lex) || before_player(r.a, m, r.lex);
}

// Row 19.522: one sense a report. In a sports report where a region below a nation is named
// as a team (region_side: `Kestshire beat Dorvale`), such regions are teams wherever else
// the report names them outside a place phrase: not after a place preposition or a
// determiner (`in Kestshire`, `the Kestshire coast`), nor in apposition to a place, a name
// and a comma before it and no word after it (`at Tarnby , Kestshire .`): `Trailing by 213 ,
// Kestshire got a solid start`, `title rivals Dorvale , Kestshire and Tarnshire`.
bool region_team_elsewhere(const Resolution& r, std::size_t mi, const GazetteerEntry& e) {
  if (!r.sports || !subnational_region(e)) return false;
  const Annotation& a = r.a;
  const Mention& m = a.mentions[mi];
  const Sentence& s = a.sentences[m.sentence];
  if (dash_line(a, s)) return false;
  if (m.first_token > s.first_token) {
    const Token& prev = a.tokens[m.first_token - 1];
    if (r.lex.in(Words::PlacePrepositions, prev) || r.lex.in(Words::Determiners, prev)) return false;
    const bool word_after = m.end_token < s.end_token && a.tokens[m.end_token].kind == TokenKind::Word;
    if (prev.norm == "," && m.first_token - 1 > s.first_token && a.tokens[m.first_token - 2].has(kCapitalized) &&
        !word_after)
      return false;
  }
  const auto& entries = r.lex.entries();
  for (std::size_t k = 0; k < a.mentions.size(); ++k) {
    const std::int32_t ek = a.mentions[k].gazetteer_entry;
    if (k != mi && ek >= 0 && region_side(r, k, entries[static_cast<std::size_t>(ek)])) return true;
  }
  return false;
}

// Pass 1, a gazetteer mention: its entry, or the one person whose surname it is, or the
// country of an acting capital, or a team on a table line.
void resolve_gazetteer_mention(Resolution& r, std::size_t mi) {
  Annotation& a = r.a;
  const auto& entries = r.lex.entries();
  Mention& m = a.mentions[mi];
  const auto& e = entries[static_cast<std::size_t>(m.gazetteer_entry)];
  // One word naming a place or body that is the surname of exactly one person named in
  // full earlier in the document is that person ("MaliVai Washington ... Washington
  // lost", "Michael Jordan ... Jordan scored").
  if (m.end_token - m.first_token == 1 && e.type != EntityType::Person) {
    const auto it = r.person_by_surname.find(person_key(a.tokens, m.first_token, m.end_token));
    if (it != r.person_by_surname.end() && it->second.size() == 1) {
      m.type = EntityType::Person;
      m.gazetteer_entry = -1;
      r.assign(mi, *it->second.begin());
      return;
    }
  }
  // A player named by a dismissal on a scorecard or as a goal's scorer on a results line
  // (`( Jordan 13th )`): a person, typed and linked in pass 2; an entry for a body or a place
  // only inside a score's bracket (`Karlsruhe 3 ( Haessler 33rd , Dundee 45th )`).
  if (e.type != EntityType::Person &&
      (dismissed_player(r, m) ||
       (r.sports && goal_scorer(r, m, e.type == EntityType::Organization || e.type == EntityType::Location)))) {
    m.type = EntityType::Person;
    m.gazetteer_entry = -1;
    return;
  }
  // A city named like its state, where the state's seat is meant: the state (row 19.491).
  if (!e.namesake_state.empty() && state_seat_place(a, m, r.lex)) {
    if (const auto* st = r.lex.entry_by_name(e.namesake_state)) {
      m.gazetteer_entry = static_cast<std::int32_t>(st - entries.data());
      m.type = st->type;
      r.assign(mi, r.gazetteer_entity(m.gazetteer_entry));
      return;
    }
  }
  if (!e.capital_of.empty() && mention_acts(a, m, r.lex)) {
    if (const auto* c = r.lex.entry_by_name(e.capital_of)) {
      const auto ci = static_cast<std::int32_t>(c - entries.data());
      m.metonymic = true;
      m.type = EntityType::Country;
      r.assign(mi, r.gazetteer_entity(ci));
      return;
    }
  }
  if (e.type == EntityType::Location && !fields_national_side(r.lex, e) && !(r.sports && venue_heading(a, m, r.lex)) &&
      (on_table_line(r, m) || versus_team(a, m, r.lex) || sports_team(r, m, e) || before_player(a, m, r.lex) ||
       fixture_visitor(r, m) || region_side(r, mi, e) || region_team_elsewhere(r, mi, e) ||
       (e.id.starts_with("city:") && firm_context(a, m, r.lex, true)))) {  // row 19.529: `an analyst at Kestwick`
    m.type = EntityType::Organization;
    r.assign(mi, r.entity_for(EntityType::Organization, e.name, e.name));
    return;
  }
  m.type = e.type;
  const auto ent = r.gazetteer_entity(m.gazetteer_entry);
  r.assign(mi, ent);
  if (e.type == EntityType::Person) {
    for (const auto& k : e.person_keys) r.person_by_key.emplace(k, ent);
    r.note_surname(m, ent);
  }
}

// An acronym defined in brackets after lower-case words it abbreviates ("gross domestic
// product (GDP)") names a measure or a thing, not a body: no entity (and later bare uses
// of it are none either, see type_unknown).
bool common_acronym(Resolution& r, std::size_t mi, std::size_t ntok) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[mi];
  if (m.source.rule != "acronym-definition" || m.first_token < 2 || ntok != 1) return false;
  std::string acro;
  for (char ch : a.tokens[m.first_token].norm)
    if (ch != '.') acro += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  const std::size_t k = m.first_token - 1;  // the opening bracket
  bool lower_phrase = acro.size() >= 2 && k >= acro.size();
  for (std::size_t n = 0; lower_phrase && n < acro.size(); ++n) {
    const Token& w = a.tokens[k - acro.size() + n];
    lower_phrase = w.kind == TokenKind::Word && !w.has(kCapitalized) && !w.lower.empty() && w.lower[0] == acro[n];
  }
  if (!lower_phrase) return false;
  r.common_acronyms.emplace(a.tokens[m.first_token].norm);
  r.not_entity[mi] = 1;
  return true;
}

// An acronym defined in brackets right after a body's full name that the recognizer read
// from the acronym's letters (rule acronym-expansion: `British Chambers of Commerce
// (BCC)`) names that body: one entity, not two; of its type (a place's when the name ends in
// a place word, row A451).
bool acronym_of_expansion(Resolution& r, std::size_t mi, std::size_t ntok) {
  Annotation& a = r.a;
  if (mi == 0 || ntok != 1 || a.mentions[mi].source.rule != "acronym-definition") return false;
  const Mention& full = a.mentions[mi - 1];
  if (full.source.rule != "acronym-expansion" || full.end_token + 1 != a.mentions[mi].first_token || full.entity < 0)
    return false;
  a.mentions[mi].type = full.type;  // a body's, or a place's (row A451)
  r.assign(mi, full.entity);
  return true;
}

// Text of ASCII letters, digits and spaces alone tokenizes as the document did there
// (one token per run of letters and digits): a mention's person_key(text) is then
// person_key() of its tokens, read without tokenizing the text again.
bool plain_text(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) {
    const auto b = static_cast<unsigned char>(c);
    return ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') || (b >= '0' && b <= '9') || b == ' ' || b == '\t' || b == '\n' ||
           b == '\r';
  });
}

// A name right before capitalised words that end in the head of a contest's name (word list
// contest_event_heads, capitalised) is a word of that name, no mention of its own: "the U.S.
// Open", "the UEFA Cup", "the Berlin Grand Prix", "U.S. OPEN" (in capitals only the next
// word: a headline's "BECKER WINS OPEN" keeps its player).
bool opens_event_name(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const auto se = a.sentences[m.sentence].end_token;
  const std::size_t reach = a.tokens[m.first_token].has(kAllCaps) ? 1 : 3;
  for (auto k = m.end_token; k < se && k < m.end_token + reach; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized)) return false;
    if (lex.in(Words::ContestEventHeads, t)) return true;
  }
  return false;
}

bool team_row_side(const Annotation& a, const Sentence& s, const Mention& m);

// The sides of a team's row (team_row_side): a standings row ("Preston 4 1 1 2 4 5 4") has
// one, a results pair ("Leyton Orient 2 Hartlepool 0") two; none when the line is neither.
struct RowSides {
  std::size_t n = 0;
  std::size_t first[2]{}, end[2]{};
};
RowSides row_sides(const Annotation& a, const Sentence& s);

// A side that reads as a person's name: a given name and at least one word after it.
bool person_side(const Resolution& r, std::size_t first, std::size_t end) {
  return end - first >= 2 && r.lex.is_given_name(r.a.tokens[first]);
}

// A standings row belongs to a team table when a side of the table (its rows on the lines
// next to it) holds a name the gazetteer knows as an organisation or a place (a town's club:
// `Preston`, `Dinamo Bucharest`) or a word of org_heads (`Rovers`, `Athletic`, `FC Karvina`);
// a player's table (averages, points) has none.
bool team_table(const Resolution& r, std::uint32_t sentence) {
  const Annotation& a = r.a;
  std::uint32_t lo = sentence, hi = sentence + 1;
  while (lo > 0 && row_sides(a, a.sentences[lo - 1]).n == 1) --lo;
  while (hi < a.sentences.size() && row_sides(a, a.sentences[hi]).n == 1) ++hi;
  for (std::uint32_t si = lo; si < hi; ++si) {
    const RowSides rs = row_sides(a, a.sentences[si]);
    for (auto k = rs.first[0]; k < rs.end[0]; ++k)
      if (r.lex.in_lexicon(LexName::OrgHeads, a.tokens[k])) return true;
  }
  auto it = std::partition_point(a.mentions.begin(), a.mentions.end(), [&](const Mention& x) { return x.sentence < lo; });
  for (; it != a.mentions.end() && it->sentence < hi; ++it)
    if (it->gazetteer_entry >= 0 && it->type != EntityType::Person && it->type != EntityType::Unknown &&
        it->end_token <= row_sides(a, a.sentences[it->sentence]).end[0])
      return true;
  return false;
}

// In a sports report a name found by rules that is the whole of one side of a team's row
// (team_row_side: "Leyton Orient 2 Hartlepool 0", "Preston 4 1 1 2 4 5 4") names a team,
// even when it opens with a given name or reads as a given name and a surname: a player
// fills no side of a team's standings or results row (athletes are listed with a rank, a
// country in brackets or a time, "1. Jearl Miles ( U.S. ) 50.42"). The row's numbers are
// counts and scores, whole numbers: a row with a decimal is a player's averages ("Alec
// Stewart 3 5 0 396 170 79.20", "Cork 131 23 434 12 36.16": overs and averages). But a
// results pair of two people's names is a game of an individual sport ("Peter Svidler 1
// Alexei Shirov 0", "Pete Sampras 3 Jimmy Connors 0"), and a standings row is a team's only
// in a team table (team_table: not "Nick Knight 3 5 0 200 113 40", "Michael Jordan 32 ...").
bool row_team(const Resolution& r, const Mention& m) {
  if (!r.sports || m.gazetteer_entry >= 0 || (m.type != EntityType::Unknown && m.type != EntityType::Person)) return false;
  const Sentence& s = r.a.sentences[m.sentence];
  for (auto k = s.first_token; k < s.end_token; ++k) {
    const Token& t = r.a.tokens[k];
    if (t.kind == TokenKind::Number && t.norm.find_first_not_of("0123456789") != std::string::npos) return false;
  }
  if (!team_row_side(r.a, s, m)) return false;
  const RowSides rs = row_sides(r.a, s);
  if (rs.n == 2) return !(person_side(r, rs.first[0], rs.end[0]) && person_side(r, rs.first[1], rs.end[1]));
  return team_table(r, m.sentence);
}

// In a sports report a name found by a pattern that took a team's row's score for its last
// word (`org-sequence+head+number`, for `Group 4`: "Bristol Rovers 1 Stockport 1", "Racing
// Club 0 Rosario Central 2") ends before the score when the words before it are a whole side
// of the row (team_row_side).
void drop_row_score(const Resolution& r, Mention& m) {
  const Annotation& a = r.a;
  if (!r.sports || m.gazetteer_entry >= 0 || m.end_token - m.first_token < 2 ||
      a.tokens[m.end_token - 1].kind != TokenKind::Number)
    return;
  Mention side;
  side.first_token = m.first_token;
  side.end_token = m.end_token - 1;
  if (!team_row_side(a, a.sentences[m.sentence], side)) return;
  m.end_token = side.end_token;
  m.span.end = a.tokens[m.end_token - 1].span.end;
}

// A company's legal form right after an organisation's name is the name's last word
// (word list company_legal_forms: `Apple Inc`, `General Motors Co`, `Shell Plc`), never a
// name of its own: the word found alone by rules (`Inc` typed a person before a speech
// verb, `Apple Inc said`) joins the organisation's mention on the same line.
bool legal_form_of_name(Resolution& r, std::size_t mi) {
  Annotation& a = r.a;
  Mention& m = a.mentions[mi];
  const Token& t = a.tokens[m.first_token];
  if (mi == 0 || m.end_token != m.first_token + 1 || !t.has(kCapitalized) || t.has(kLineBefore) ||
      !r.lex.in(Words::CompanyLegalForms, t))
    return false;
  Mention& org = a.mentions[mi - 1];
  if (org.end_token != m.first_token || org.type != EntityType::Organization || r.not_entity[mi - 1]) return false;
  org.end_token = m.end_token;
  org.span.end = m.span.end;
  m.type = EntityType::Unknown;
  r.not_entity[mi] = 1;
  return true;
}

// The one organisation of the document named `text` and a legal form after it (word list
// company_legal_forms: `New Zealand Steel` after `New Zealand Steel Ltd`), however the
// shorter name was found (19.311 gives the short forms its own rule finds); -1 when none
// or several.
// Most organisations' names end in no legal form: their last word (after the last space,
// lower-cased alone, in the short string's own room) is tested first, the whole name
// lower-cased only then.
// Row 23.361: whether an organisation's name ends in a legal form is read once an entity
// (r.legal_form_end: -1 unread, else 0 or 1; its type and name do not change in the stage),
// not for each organisation mention. Made-up example: `Kelbrin Energy Ltd` is tested once.
std::int32_t company_of_short_name(Resolution& r, const std::string& text) {
  std::string words;
  std::int32_t only = -1;
  if (r.legal_form_end.size() < r.a.entities.size()) r.legal_form_end.resize(r.a.entities.size(), -1);
  for (std::size_t ei = 0; ei < r.a.entities.size(); ++ei) {
    const Entity& e = r.a.entities[ei];
    if (e.type != EntityType::Organization) continue;
    if (r.legal_form_end[ei] < 0) {
      const std::size_t space = e.canonical.rfind(' ');
      r.legal_form_end[ei] = space != std::string::npos &&
                             r.lex.in(Words::CompanyLegalForms, to_lower(std::string_view(e.canonical).substr(space + 1)));
    }
    if (!r.legal_form_end[ei]) continue;
    if (words.empty()) words = to_lower(text) + ' ';
    if (!to_lower(e.canonical).starts_with(words)) continue;
    const std::string rest = to_lower(e.canonical).substr(words.size());
    if (rest.find(' ') != std::string::npos || !r.lex.in(Words::CompanyLegalForms, rest)) continue;
    if (only >= 0) return -1;
    only = static_cast<std::int32_t>(ei);
  }
  return only;
}

bool competitor_with_country(const Resolution& r, const Mention& m);

// A word in a plural's shape, ending in a single `s` (`Pirates`, `Braves`: single_s_ending()):
// a team's nickname after the place it is named after, rarely a person's surname.
bool plural_shape(const Token& t) { return single_s_ending(t.lower); }

// A gazetteer place's word opening a name the recognizer glued to it (rule place+name) that
// stands with a country in brackets (`Florencia Labat ( Argentina ) beat ...`, `Torrance
// Zellner ( U.S. ) 48.23`) is a competitor's given name: a person, not a team. A club named
// after its city puts its own name first (`Levski Sofia ( Bulgaria )`: its last word is the
// place's) or a plural nickname after the city (`Orlando Pirates`): not those (row 19.402).
bool place_first_competitor(const Resolution& r, const Mention& m) {
  if (m.type != EntityType::Organization || m.source.rule != "place+name" || !competitor_with_country(r, m)) return false;
  const auto place_word = [&](const Token& t) { return (r.lex.norm_bits(t) & Lexicons::kNameFirst) != 0; };
  const Token& last = r.a.tokens[m.end_token - 1];
  return place_word(r.a.tokens[m.first_token]) && !place_word(last) && !plural_shape(last);
}

// A name the recognizer glued to a gazetteer place (rule place+name: `Milan Baros`, `Carolina
// Kluft`, `Austin Mitchell`) right after a person's noun or title (after_person_noun:
// `forward Milan Baros`, `heptathlon champion Carolina Kluft`, `Committee chairman Austin
// Mitchell`, `former prime minister Constantine Mitsotakis`) names the person who holds it,
// not a body named after the place. Not a plural nickname (`the defending world champion
// Atlanta Braves`: a team) (row 19.403).
bool place_name_after_person_noun(const Resolution& r, const Mention& m) {
  return m.type == EntityType::Organization && m.source.rule == "place+name" &&
         !plural_shape(r.a.tokens[m.end_token - 1]) && after_person_noun(r.a, m, r.lex);
}

// A name found by rule romance-article+name (data/rules/name_patterns.json: `Le`, `La`,
// `Les` or `Il` before capitalised words none of which is a given name: `the weekly Le
// Kestrun said`, `La Dorvale reported`, `Il Tarno`) is a paper's, a club's, a company's or a
// house's, not a person's, though `Le` is a given name of the list (row 19.518).
// (The rule is compared as a string_view: its size first, so most mentions cost no memcmp.)
bool romance_article_name(const Mention& m) {
  return std::string_view(m.source.rule) == std::string_view("romance-article+name");
}

// An untyped name right before a verb of press_report_verbs (`Dorvale Tribune reported`,
// `Kestra quoted the minister as saying`, `Varnola reported a first-half loss`): a newspaper,
// an agency or a company reporting its results, more often than a person, whom the text
// introduces by a given name or a title first (row 19.519). Not a reporter's credit line
// (`Vantey reported from Kestrun.`: origin_prepositions after the verb), nor a report in a
// person's own work (`Tom Roe reported in his book`: a person_possessives word within three
// words), nor a lone word right after a capitalised word the name left out (`The Sunday
// Kestrel quoted`: the name's extent is unknown).
bool press_report(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const Sentence& s = a.sentences[m.sentence];
  const std::size_t v = m.end_token;
  if (v >= s.end_token || !lex.in(Words::PressReportVerbs, a.tokens[v]) || a.tokens[v].has(kCapitalized)) return false;
  if (m.end_token == m.first_token + 1 && m.first_token > s.first_token && a.tokens[m.first_token - 1].has(kCapitalized))
    return false;
  if (v + 1 < s.end_token && lex.in(Words::OriginPrepositions, a.tokens[v + 1])) return false;
  for (std::size_t k = v + 1; k < s.end_token && k <= v + 3; ++k)
    if (lex.in(Words::PersonPossessives, a.tokens[k])) return false;
  return true;
}

// Pass 1, a mention found by rules: full names (two or more words) and typed names.
void resolve_rule_mention(Resolution& r, std::size_t mi) {
  Annotation& a = r.a;
  Mention& m = a.mentions[mi];
  if (legal_form_of_name(r, mi)) return;
  drop_row_score(r, m);
  const std::size_t ntok = m.end_token - m.first_token;
  if (common_acronym(r, mi, ntok) || acronym_of_expansion(r, mi, ntok)) return;
  if (row_team(r, m)) m.type = EntityType::Organization;
  if (place_first_competitor(r, m) || place_name_after_person_noun(r, m)) m.type = EntityType::Person;
  // A name ending in an event head (`World Series`, `Davis Cup`, `Camp David Accords`)
  // names an event, a contest or a document: none of the four types. Not a mention.
  if ((m.type == EntityType::Unknown || m.type == EntityType::Person) &&
      r.lex.in_lexicon(LexName::EventHeads, a.tokens[m.end_token - 1])) {
    m.type = EntityType::Unknown;
    r.not_entity[mi] = 1;
    return;
  }
  if (m.type == EntityType::Unknown && ntok >= 2) {
    const Token& first = a.tokens[m.first_token];
    const Token& last = a.tokens[m.end_token - 1];
    if (r.lex.is_given_name(first) || (first.has(kAbbrev) && first.has(kAllCaps))) m.type = EntityType::Person;
    else if (r.lex.in_lexicon(LexName::OrgHeads, last)) m.type = EntityType::Organization;
  }
  // `Le Kestrun`: untyped, for pass 2 (a surname of a person the text names in full, `Simon
  // Le Kestrun ... Le Kestrun`, links there first; else type_unknown_run). Right after a
  // capitalised word that is no common word the words go on a longer name: a surname's
  // particle after a given name the list lacks (`Hein Le Kestrun`: a person, as `Le` read as
  // a given name gave before) or a title's words (`Sha La Tarn`: no entity, as before) (row 19.518).
  if (romance_article_name(m)) {
    const bool after_name = m.first_token > a.sentences[m.sentence].first_token &&
                            a.tokens[m.first_token - 1].kind == TokenKind::Word &&
                            a.tokens[m.first_token - 1].has(kCapitalized) && !r.lex.is_common_word(a.tokens[m.first_token - 1]);
    m.type = after_name && r.lex.is_given_name(a.tokens[m.first_token]) ? EntityType::Person : EntityType::Unknown;
    if (after_name && m.type == EntityType::Unknown) {
      r.not_entity[mi] = 1;
      return;
    }
  }
  if (m.type == EntityType::Person && ntok >= 2) {
    const std::string text = r.text_of(m);
    const std::int32_t ent = r.person_entity(person_key(a.tokens, m.first_token, m.end_token), text, plain_text(text));
    r.assign(mi, ent);
    r.note_surname(m, ent);
  } else if ((m.type == EntityType::Organization || m.type == EntityType::Location) && ntok >= 1) {
    // A place found by a place word on a results line or beside a versus word is a team
    // ("Port Vale 4 1 2 1", "v East Stirling"), as a gazetteer place is there.
    if (m.type == EntityType::Location && (on_table_line(r, m) || versus_team(a, m, r.lex)))
      m.type = EntityType::Organization;
    const std::string text = r.text_of(m);
    if (m.type == EntityType::Organization)
      if (const std::int32_t company = company_of_short_name(r, text); company >= 0) {
        r.assign(mi, company);
        return;
      }
    r.assign(mi, r.entity_for(m.type, fold(text), text));
  }
}

// The sex an honorific right before the mention shows (`Mr.`, `Lord`; `Ms.`, `Baroness`).
Sex honorific_sex(const Resolution& r, const Mention& m) {
  if (m.first_token == 0) return Sex::Unknown;
  const Token& t = r.a.tokens[m.first_token - 1];
  if (r.lex.in(Words::MaleWords, t)) return Sex::Male;
  if (r.lex.in(Words::FemaleWords, t)) return Sex::Female;
  return Sex::Unknown;
}

// A person's name fits the sex an honorific shows unless its given name shows the other
// (`Ms. Clinton` is not Bill Clinton; `Lord Smith` is not Jane Smith).
bool sex_fits(const Resolution& r, Sex honorific, std::string_view name) {
  if (honorific == Sex::Unknown) return true;
  const Sex given = r.lex.given_name_sex(name.substr(0, name.find(' ')));
  return given == Sex::Unknown || given == honorific;
}

// person_key(text) of mention `m`, whose text it is (plain_text(): from its tokens).
std::string mention_person_key(const Annotation& a, const Mention& m, std::string_view text) {
  return plain_text(text) ? person_key(a.tokens, m.first_token, m.end_token) : person_key(text);
}

// Pass 2, a surname, a given name alone or a famous surname: the person it belongs to.
bool link_person(Resolution& r, std::size_t mi, const std::string& text, std::size_t ntok) {
  Annotation& a = r.a;
  const std::string key = mention_person_key(a, a.mentions[mi], text);
  auto cands = r.person_entities_with_surname(key);
  const Sex honorific = honorific_sex(r, a.mentions[mi]);
  std::erase_if(cands, [&](std::int32_t c) { return !sex_fits(r, honorific, a.entities[static_cast<std::size_t>(c)].canonical); });
  if (cands.size() > 1) {
    // Two people share the surname: the most recent one mentioned before this mention.
    std::int32_t best = cands.front();
    std::uint32_t best_pos = 0;
    for (auto c : cands)
      for (auto om : a.entities[static_cast<std::size_t>(c)].mentions)
        if (om < mi && a.mentions[om].span.begin >= best_pos) { best_pos = a.mentions[om].span.begin; best = c; }
    cands = {best};
  }
  if (cands.empty() && ntok == 1) {
    // A lone word that begins exactly one full name of the document: a given name used
    // alone ("Hillary Clinton ... Hillary"), or the family name of a name written family
    // name first ("Wang Junxia ... Wang"). Only names known to be people's: from the
    // gazetteer or a person rule (title, given name, initials), not a bare capitalised
    // sequence, which is typed PERSON by default and may be a company or an event.
    // The key's first byte and the byte after it are tested before the comparison (no call
    // for the many keys that open on another letter).
    r.update_key_cache();
    std::int32_t only = -1;
    std::size_t n = 0;
    for (const std::size_t ei : r.persons) {  // row 23.400: the person entities, in order
      const std::string& k = r.key_cache[ei];
      if (k.size() > key.size() + 1 && k[key.size()] == ' ' &&
          (key.empty() || k[0] == key[0]) && k.starts_with(key) && r.credible(a.entities[ei])) {
        only = static_cast<std::int32_t>(ei);
        ++n;
      }
    }
    if (n == 1) cands = {only};
  }
  if (cands.empty() && ntok <= 3) {
    // A famous surname alone: the gazetteer person, when the surname is unique there.
    // One word written as its token (no curly apostrophe, no NBSP) whose lower-case form
    // the vocabulary does not mark as a known surname (the lexicon marks every key of
    // persons_with_surname) is none: the look-up, which lower-cases and hashes, is skipped.
    const Token& t0 = a.tokens[a.mentions[mi].first_token];
    const bool no_surname = ntok == 1 && text == t0.norm && !r.lex.is_known_surname(t0);
    static const std::vector<std::uint32_t> kNobody;
    const auto& ps = no_surname ? kNobody : r.lex.persons_with_surname(text);  // it folds the case itself
    if (ps.size() == 1 && sex_fits(r, honorific, r.lex.entries()[ps.front()].name)) {
      const auto& e = r.lex.entries()[ps.front()];
      const auto ent = r.gazetteer_entity(static_cast<std::int32_t>(ps.front()));
      r.person_by_key.emplace(e.person_keys.front(), ent);
      cands = {ent};
    }
  }
  if (cands.empty()) return false;
  a.mentions[mi].type = EntityType::Person;
  r.assign(mi, cands.front());
  return true;
}

// Acronym of an organisation of the document: DNC -> Democratic National Committee.
bool link_acronym(Resolution& r, std::size_t mi) {
  Annotation& a = r.a;
  Mention& m = a.mentions[mi];
  const Token& t = a.tokens[m.first_token];
  std::string acro;
  for (char ch : t.norm) if (ch != '.') acro += ch;
  r.initials.resize(a.entities.size());
  r.initials_known.resize(a.entities.size(), 0);
  for (std::size_t ei = 0; ei < a.entities.size() && m.entity < 0; ++ei) {
    const Entity& e = a.entities[ei];
    if (e.type != EntityType::Organization) continue;
    std::string& initials = r.initials[ei];  // an entity's canonical name is set once: read once
    if (!r.initials_known[ei]) {
      for (const auto& w : phrase_words(e.canonical))
        if (!w.empty() && !r.lex.in(Words::NameFunctionWords, w)) initials += static_cast<char>(std::toupper(static_cast<unsigned char>(w[0])));
      r.initials_known[ei] = 1;
    }
    if (initials == acro) {
      m.type = EntityType::Organization;
      r.assign(mi, static_cast<std::int32_t>(ei));
    }
  }
  return m.entity >= 0;
}

// The one organisation entity of the document that `fits`; -1 when none or two (no telling which).
template <class Fits>
std::int32_t sole_organisation(const Annotation& a, Fits&& fits) {
  std::int32_t only = -1;
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    const Entity& e = a.entities[ei];
    if (e.type != EntityType::Organization || !fits(e)) continue;
    if (only >= 0) return -1;
    only = static_cast<std::int32_t>(ei);
  }
  return only;
}

// A lone organisation head word after an article (`the Post`, `the Journal`, `the
// Committee`) is the short name of the one organisation of the document whose name ends
// in it (`The Washington Post`, `House Judiciary Committee`): a definite short reference.
bool link_org_short_form(Resolution& r, std::size_t mi) {
  Annotation& a = r.a;
  Mention& m = a.mentions[mi];
  const Token& t = a.tokens[m.first_token];
  if (m.first_token == a.sentences[m.sentence].first_token || t.has(kAllCaps) ||
      !r.lex.in_lexicon(LexName::OrgHeads, t) || !r.lex.in(Words::Articles, a.tokens[m.first_token - 1]))
    return false;
  const std::int32_t only = sole_organisation(a, [&](const Entity& e) { return ends_with_word(e.canonical, t.norm); });
  if (only < 0) return false;
  m.type = EntityType::Organization;
  r.assign(mi, only);
  return true;
}

// The plural alone of a team the document names by its place and the plural (recognizer
// team_short_forms(), rule `team-short-form`: `Orioles`, the headline's `RANGERS` after
// `Baltimore Orioles`, `Texas Rangers`) is that team: the one organisation of the document
// whose name ends in the word, in any case, when the gazetteer knows it (`The New York Times`
// -> `Times`) or the document is a sports report (`Texas Rangers`, found by place+name). Else
// (none, two, or a rule's name in other news: `Florida Standards`) the mention is typed as
// any untyped word is.
bool link_team_short_form(Resolution& r, std::size_t mi) {
  Annotation& a = r.a;
  Mention& m = a.mentions[mi];
  const std::string word = to_lower(a.tokens[m.first_token].norm);
  const std::int32_t only = sole_organisation(a, [&](const Entity& e) { return ends_with_word(to_lower(e.canonical), word); });
  if (only < 0 || (!r.sports && a.entities[static_cast<std::size_t>(only)].gazetteer_id.empty())) return false;
  m.type = EntityType::Organization;
  r.assign(mi, only);
  return true;
}

// The first words alone of a company named with its legal form (recognizer
// company_short_forms(), rule `company-short-form`: `Barrick` after `Barrick Gold Corp`) are
// that company: the one organisation of the document whose name opens with them, in any
// case. With none or two of them the mention is typed as any untyped word is.
bool link_company_short_form(Resolution& r, std::size_t mi) {
  Annotation& a = r.a;
  Mention& m = a.mentions[mi];
  const std::string words = to_lower(r.text_of(m)) + ' ';
  const std::int32_t only = sole_organisation(a, [&](const Entity& e) { return to_lower(e.canonical).starts_with(words); });
  if (only < 0) return false;
  m.type = EntityType::Organization;
  r.assign(mi, only);
  return true;
}

// The first gazetteer mention (in mention order) that opens at token k, or null.
const Mention* gazetteer_mention_at(const Annotation& a, std::uint32_t k) {
  const auto it = std::find_if(a.mentions.begin(), a.mentions.end(),
                               [&](const Mention& o) { return o.first_token == k && o.gazetteer_entry >= 0; });
  return it == a.mentions.end() ? nullptr : &*it;
}

// A name of two words or more followed by a country in brackets ("Ai Tanvera ( Japan )
// beat ...") is a competitor listed with the country he plays for: a person, not a team.
bool competitor_with_country(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const auto se = a.sentences[m.sentence].end_token;
  if (m.end_token - m.first_token < 2 || m.end_token + 2 >= se || a.tokens[m.end_token].norm != "(") return false;
  const Mention* c = gazetteer_mention_at(a, m.end_token + 1);
  return c && c->end_token < se && a.tokens[c->end_token].norm == ")" &&
         r.lex.entries()[static_cast<std::size_t>(c->gazetteer_entry)].type == EntityType::Country;
}

// Two competitors, each listed with a country in brackets, on either side of a versus word
// (`Kel Varo ( Spain ) vs. Tomas Dren ( Chile )`, a tennis draw): when the side before the
// word is a person (typed so by a given name), the side after it is a person too, not a team:
// a draw sets like against like. A club's draw keeps its teams (`Kestrun United ( Wales ) v
// Dorvale Rovers ( Malta )`: the side before is no person). Row 19.510.
bool person_across_versus(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[m.sentence];
  if (m.first_token < s.first_token + 5 || a.tokens[m.first_token - 2].norm != ")" || !competitor_with_country(r, m))
    return false;
  std::size_t k = m.first_token - 3;  // back to the other side's opening bracket
  while (k > s.first_token && k + 8 > m.first_token && a.tokens[k].norm != "(") --k;
  if (a.tokens[k].norm != "(" || k == s.first_token) return false;
  return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& o) {
    return o.sentence == m.sentence && o.end_token == k && o.type == EntityType::Person && competitor_with_country(r, o);
  });
}

// Row 19.517: in a sports report an untyped name of one to three words alone in brackets right
// after a player's name (a person's mention, or one opening on a given name) is the player's
// club, a team: `Defenders - Tom Vantey ( Kestrun ) , Jan Roe ( Dorvale Rovers )`. A country
// there is the gazetteer's (`( France )`), a goal's minute no bracket of its own (`( Vantey
// 12th )`), and a name opening on a given name is left (a player's partner).
bool player_club(const Resolution& r, std::size_t mi) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[mi];
  if (!r.sports || mi == 0 || m.first_token < 2 || m.end_token - m.first_token > 3 || m.end_token >= a.tokens.size() ||
      a.tokens[m.first_token - 1].norm != "(" || a.tokens[m.end_token].norm != ")" ||
      r.lex.is_given_name(a.tokens[m.first_token]))
    return false;
  const Mention& player = a.mentions[mi - 1];
  if (player.end_token + 1 != m.first_token || player.sentence != m.sentence) return false;
  return player.type == EntityType::Person ||
         (player.type == EntityType::Unknown && player.end_token - player.first_token >= 2 &&
          r.lex.is_given_name(a.tokens[player.first_token]));
}

// A side of a match's result listed with a country in brackets, in a sports report: the score
// between the two sides is a lone number of at most three digits (`Kestrun Rovers ( Malta ) 2
// Dorvale Varn ( Wales ) 1`): the name before the bracket when a lone score and a capitalised word
// follow it, or the name after a bracketed country and a score. A competitor's figures are no
// lone score before a name (`Tovan Mirek ( Japan ) 67 67 ,`, `beat X ( France ) 6-2`), nor is a
// list's next rank: the first side opens on no number (`27 Ana Velo ( Spain ) 28 Ria Kant ( Peru )`,
// a seeding list). Row 19.513. Mended in s56-mendsF: not when either side reads as a
// person's (person_side(): a given name first, or a mention typed so already), as
// versus_team() and person_across_versus() read a draw: a tennis result sets person
// against person (`Mark Varo ( Spain ) 2 Tovan Mirek ( Japan ) 1`).
bool match_side_with_country(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[m.sentence];
  if (!r.sports || person_side(r, m.first_token, m.end_token)) return false;
  // The other side: the capitalised words from `first` on or back from `end`, a person's?
  const auto person_from = [&](std::size_t first) {
    std::size_t end = first;
    while (end < s.end_token && a.tokens[end].kind == TokenKind::Word && a.tokens[end].has(kCapitalized)) ++end;
    return person_side(r, first, end) || std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& o) {
             return o.first_token == first && o.type == EntityType::Person;
           });
  };
  const auto person_to = [&](std::size_t end) {
    std::size_t first = end;
    while (first > s.first_token && a.tokens[first - 1].kind == TokenKind::Word && a.tokens[first - 1].has(kCapitalized)) --first;
    return person_from(first);
  };
  const auto score = [&](std::size_t k) {
    const Token& t = a.tokens[k];
    return t.kind == TokenKind::Number && t.norm.size() <= 3 && t.norm.find_first_not_of("0123456789") == std::string_view::npos &&
           !glued_hyphen(a, k + 1, s.end_token);
  };
  const auto country = [&](const Mention* c) {
    return c && r.lex.entries()[static_cast<std::size_t>(c->gazetteer_entry)].type == EntityType::Country;
  };
  // The first side opens on no number: the capitalised words before token k, and the token before them.
  const auto no_rank_before = [&](std::size_t k) {
    while (k > s.first_token && a.tokens[k - 1].kind == TokenKind::Word && a.tokens[k - 1].has(kCapitalized)) --k;
    return k == s.first_token || a.tokens[k - 1].kind != TokenKind::Number;
  };
  // Before: `( Country ) N` right before the name.
  if (m.first_token >= s.first_token + 4 && score(m.first_token - 1) && a.tokens[m.first_token - 2].norm == ")") {
    std::size_t k = m.first_token - 3;
    while (k > s.first_token && k + 7 > m.first_token && a.tokens[k].norm != "(") --k;
    if (a.tokens[k].norm == "(" && country(gazetteer_mention_at(a, static_cast<std::uint32_t>(k + 1))) && no_rank_before(k))
      return !person_to(k);
  }
  // After: `( Country ) N Name` right after the name.
  if (m.end_token + 4 >= s.end_token || a.tokens[m.end_token].norm != "(" || !no_rank_before(m.end_token)) return false;
  const Mention* c = gazetteer_mention_at(a, m.end_token + 1);
  if (!country(c) || c->end_token + 2 >= s.end_token || a.tokens[c->end_token].norm != ")") return false;
  const Token& next = a.tokens[c->end_token + 2];
  return score(c->end_token + 1) && next.kind == TokenKind::Word && next.has(kCapitalized) && !person_from(c->end_token + 2);
}

// A side of a league table's or results list's row, the whole of one of its names: the row is
// a name and six numbers or more ("Stoke 4 3 1 0 7 4 10"), or a name, a number, a name and a
// number ("Reading 4 Stoke 1", "Sale 31 Wasps 33"), each name one to three capitalised words.
RowSides row_sides(const Annotation& a, const Sentence& s) {
  RowSides rs;
  const auto name_end = [&](std::size_t k) {
    const std::size_t first = k;
    while (k < s.end_token && k < first + 3 && a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized)) ++k;
    return k;
  };
  const auto numbers_from = [&](std::size_t k) {
    std::size_t n = 0;
    while (k + n < s.end_token && a.tokens[k + n].kind == TokenKind::Number) ++n;
    return n;
  };
  const std::size_t e1 = name_end(s.first_token);
  if (e1 == s.first_token) return rs;
  const std::size_t n1 = numbers_from(e1);
  rs.first[0] = s.first_token;
  rs.end[0] = e1;
  if (n1 >= 6 && e1 + n1 == s.end_token) {
    rs.n = 1;
    return rs;
  }
  if (n1 != 1) return rs;
  const std::size_t e2 = name_end(e1 + 1);
  if (e2 == e1 + 1 || e2 + 1 != s.end_token || a.tokens[e2].kind != TokenKind::Number) return rs;
  rs.first[1] = e1 + 1;
  rs.end[1] = e2;
  rs.n = 2;
  return rs;
}

bool team_row_side(const Annotation& a, const Sentence& s, const Mention& m) {
  const RowSides rs = row_sides(a, s);
  for (std::size_t k = 0; k < rs.n; ++k)
    if (m.first_token == rs.first[k] && m.end_token == rs.end[k]) return true;
  return false;
}

// On a results or standings line ("Hull 0 Barnet 0", "Forfar 3 2 0 1 7 4 6") a name
// nobody typed is a team, as a place named there is (table_lines): an organisation. Not
// a name that begins with a given name (a player) nor, outside a sports report, one of
// capitalised common words only ("Total"; in a sports report the recognizer lets one open
// a line only in a team's row: "Reading 4 Stoke 1", "Stoke 4 3 1 0 7 4 10").
bool table_team(const Resolution& r, std::size_t mi) {
  const Annotation& a = r.a;
  const Mention& m = a.mentions[mi];
  if (!on_table_line(r, m) || r.lex.is_given_name(a.tokens[m.first_token]) || competitor_with_country(r, m)) return false;
  for (auto k = m.first_token; k < m.end_token; ++k) {
    const Token& w = a.tokens[k];
    if (w.kind == TokenKind::Word && !r.lex.is_common_word(w)) return true;
  }
  return r.sports && team_row_side(a, a.sentences[m.sentence], m);
}

// In a sports report an untyped one-word name right before or after a contest word (word list
// contest_words, lower case: "Surrey beat Kent", "victory over Essex", "homered for
// Leeds") is one side of a contest: a team, even when it is also a common word ("Surrey",
// "Reading"). Not a given name, nor a name of two words or more (a player: "beat Ines
// Gorrochategui").
bool contest_team(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  if (!r.sports || m.end_token - m.first_token != 1 || r.lex.is_given_name(a.tokens[m.first_token])) return false;
  const Sentence& s = a.sentences[m.sentence];
  const auto contest = [&](std::size_t k) {
    const Token& t = a.tokens[k];
    return t.kind == TokenKind::Word && !t.has(kCapitalized) && r.lex.in(Words::ContestWords, t);
  };
  return (m.first_token > s.first_token && contest(m.first_token - 1)) || (m.end_token < s.end_token && contest(m.end_token));
}

// In a sports report an untyped one-word name after a colon or a comma and right before a
// score (a number with at most one hyphen: `259`, `429-7`) is a side of a results list:
// "Chesterfield : Worcestershire 238 and 133-5 , Derbyshire 471 ( ... )". Not a given name,
// nor a bowler before bowling figures (`Mullally 20-4-56-2`: overs, maidens, runs, wickets).
bool score_team(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[m.sentence];
  if (!r.sports || m.end_token - m.first_token != 1 || m.first_token == s.first_token || m.end_token >= s.end_token ||
      r.lex.is_given_name(a.tokens[m.first_token]))
    return false;
  const Token& prev = a.tokens[m.first_token - 1];
  if ((prev.norm != ":" && prev.norm != ",") || a.tokens[m.end_token].kind != TokenKind::Number) return false;
  // The numbers glued by hyphens into the score: one or two (`238`, `133-5`), not four.
  std::size_t parts = 1;
  for (auto k = m.end_token + 1; k + 1 < s.end_token && a.tokens[k].norm == "-" && !a.tokens[k].has(kSpaceBefore) &&
                                  a.tokens[k + 1].kind == TokenKind::Number && !a.tokens[k + 1].has(kSpaceBefore);
       k += 2)
    ++parts;
  return parts <= 2;
}

// A capitalised plural of a common noun after `the` inside a sentence names a team, a band
// or a party by its members ("beat the Angels", "the Eagles organisation", "the Greens"):
// written in lower case it would be the animals or the colours.
bool plural_after_article(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[m.first_token];
  if (m.first_token < a.sentences[m.sentence].first_token + 2 || t.has(kAllCaps) || !t.has(kCapitalized)) return false;
  const Token& prev = a.tokens[m.first_token - 1];
  if (prev.has(kCapitalized) || !r.lex.in(Words::Articles, prev)) return false;
  const std::string_view w = t.lower;
  return w.size() >= 4 && w.back() == 's' && r.lex.is_common_word(w) && r.lex.is_common_word(w.substr(0, w.size() - 1));
}

// A word in capitals between words in capitals (a headline or table set in capitals: "JEB
// BUSH PICKS UP ...") shows no acronym by its shape.
bool among_capitals(const Annotation& a, const Mention& m) {
  const Sentence& s = a.sentences[m.sentence];
  const auto caps_word = [&](std::size_t k) {
    const Token& t = a.tokens[k];
    return t.kind == TokenKind::Word && t.has(kAllCaps) && t.norm.size() >= 2;
  };
  return (m.first_token > s.first_token && caps_word(m.first_token - 1)) || (m.end_token < s.end_token && caps_word(m.end_token));
}

// A name opening with an acronym ("ABN Amro", "BNP Paribas", "HSBC Holdings") names a
// body: people's names do not begin with one. Not a name all in capitals (a headline's
// "BILL CLINTON"), nor an initial ("J. Smith").
bool opens_with_acronym(const Annotation& a, const Mention& m) {
  const Token& first = a.tokens[m.first_token];
  if (!first.has(kAllCaps) || first.has(kAbbrev) || first.norm.size() < 2) return false;
  for (auto k = m.first_token + 1; k < m.end_token; ++k) {
    const Token& w = a.tokens[k];
    if (w.kind == TokenKind::Word && !w.has(kAllCaps)) return true;
  }
  return false;
}

// The title of a work or a programme: a capitalised run right inside quotation marks
// (`the "Blue Harbour" tour`) or with a word of work_title_words (`film`, `album`,
// `programme`, `starring`, `titled`) right before it, after an article or a possessive
// (`the film Silver Lantern`), or right after it (`the Morning Lark programme`).
bool work_title_context(const Annotation& a, const Mention& m, const Lexicons& lex) {
  const Sentence& s = a.sentences[m.sentence];
  const bool open_mark = m.first_token > s.first_token && a.tokens[m.first_token - 1].kind == TokenKind::Quote;
  const bool close_mark = m.end_token < s.end_token && a.tokens[m.end_token].kind == TokenKind::Quote;
  if (open_mark && close_mark) return true;
  const std::size_t b = open_mark ? m.first_token - 1 : m.first_token;
  if (b > s.first_token && lex.in(Words::WorkTitleWords, a.tokens[b - 1])) return true;
  const std::size_t e = close_mark ? m.end_token + 1 : m.end_token;
  return e < s.end_token && !a.tokens[e].has(kCapitalized) && lex.in(Words::WorkTitleWords, a.tokens[e]);
}

// A run of two or more capitalised words nobody typed: a person by default, a body when it
// opens with an acronym; false (no entity) when nothing shows a name.
// Row 19.588: an untyped name a saint's title opens (word list saint_words: `St Kestbury`,
// `Saint Tarn`) names what is named after the saint, not a person: a place (a town, a
// church, a school, a street, a ground: `in St Kestbury`, `at St Tarn's`), or in a sports
// report, outside a place phrase, a club (`St Kestbury 2 Tarnwick 1`, `St Kestbury pulled a
// goal back`). The type, or Unknown when the name opens otherwise.
EntityType saint_name_type(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Token& t = a.tokens[m.first_token];
  if (!t.has(kCapitalized) || !r.lex.in(Words::SaintWords, t)) return EntityType::Unknown;
  const bool place_phrase = m.first_token > a.sentences[m.sentence].first_token &&
                            r.lex.in(Words::PlacePrepositions, a.tokens[m.first_token - 1]);
  return r.sports && !place_phrase ? EntityType::Organization : EntityType::Location;
}

bool type_unknown_run(const Resolution& r, Mention& m) {
  const Annotation& a = r.a;
  const Lexicons& lex = r.lex;
  if (const EntityType saint = saint_name_type(r, m); saint != EntityType::Unknown) {
    m.type = saint;
    return true;
  }
  if (romance_article_name(m) || press_report(a, m, lex)) {  // rows 19.518, 19.519
    m.type = EntityType::Organization;
    return true;
  }
  if (speaks(a, m, lex) || spoken_after(a, m, lex)) {
    m.type = opens_with_acronym(a, m) || body_speaks_after_article(a, m, lex) ? EntityType::Organization
                                                                               : EntityType::Person;
    return true;
  }
  // A sequence of capitalised common words ("Grand Slam", "Human Rights", "Golden
  // Globe") with no given name, no known surname and no speech verb beside it is a title, an
  // event or a thing more often than a person: no evidence, no entity. So is a run with
  // no given name ending in a common word that is no known surname ("Jailhouse Rock",
  // "Kodak Theatre", "Staten Islanders"): a person's name ends in a surname.
  bool all_common = true, given = false;
  for (auto k = m.first_token; k < m.end_token; ++k) {
    const Token& w = a.tokens[k];
    if (w.kind != TokenKind::Word) continue;
    given |= lex.is_given_name(w);
    if (!lex.is_common_word(w) || lex.is_given_name(w) || lex.is_known_surname(w)) all_common = false;
  }
  if (all_common) return false;
  const Token& last = a.tokens[m.end_token - 1];
  if (!given && last.kind == TokenKind::Word && lex.is_common_word(last) && !lex.is_known_surname(last)) return false;
  // A title of a work or a programme (`the film Silver Lantern`) with no given name is
  // no entity.
  if (!lex.is_given_name(a.tokens[m.first_token]) && work_title_context(a, m, lex)) return false;
  m.type = opens_with_acronym(a, m) ? EntityType::Organization : EntityType::Person;
  return true;
}

// A dateline: an untyped name opening its line, a comma, a country or region the
// gazetteer knows and a date ("KESTRUN , Tajikistan 2021-03-04"), or a name in capitals
// opening a line that an ISO date closes (dateline_name_end(): "DORVALE 2021-03-04",
// "PORT ALDER 2021-03-04", "SAINT-VORLAT , France 2021-03-04"): a place.
bool dateline_place(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[m.sentence];
  if (m.first_token == s.first_token && dateline_name_end(a, r.lex, s.first_token, s.end_token) == m.end_token) return true;
  if (m.first_token != s.first_token || m.end_token + 2 >= s.end_token || a.tokens[m.end_token].norm != ",") return false;
  const Mention* next = gazetteer_mention_at(a, m.end_token + 1);
  if (!next || next->end_token >= s.end_token) return false;
  const EntityType type = r.lex.entries()[static_cast<std::size_t>(next->gazetteer_entry)].type;
  return (type == EntityType::Country || type == EntityType::Location) && a.tokens[next->end_token].kind == TokenKind::Number;
}

// Row 19.529: a lone name firm_context() shows a company (`an analyst at Hooli`), or one it
// showed so earlier in the document (then `Hooli said`, `at Hooli` are the same company).
bool firm_name(Resolution& r, const Mention& m, const std::string& key) {
  if (!firm_context(r.a, m, r.lex) && r.firm_names.count(key) == 0) return false;
  r.firm_names.insert(key);
  return true;
}

// Row 23.358: fold(text), the key of firm_name(), named() and entity_for() in type_unknown(),
// made once, at its first use (it was made up to three times); there the word before is
// lower-cased only for the place-preposition test, after the cheaper tests that decide most
// names. Made-up example: `officials in Kelbrin said` folds `Kelbrin` once, lower-cases `in` once.
struct FoldedKey {
  const std::string& text;
  std::string folded;
  const std::string& operator()() {
    if (folded.empty()) folded = fold(text);
    return folded;
  }
};

// Pass 2, an untyped sequence nobody linked: typed by its words and context, or dropped.
void type_unknown(Resolution& r, std::size_t mi, const std::string& text, std::size_t ntok) {
  Annotation& a = r.a;
  Mention& m = a.mentions[mi];
  const Token& t = a.tokens[m.first_token];
  if (ntok == 1 && t.has(kAllCaps) && link_acronym(r, mi)) return;
  if (dateline_place(r, m)) {
    m.type = EntityType::Location;
    r.assign(mi, r.entity_for(EntityType::Location, fold(text), text));
    return;
  }
  if (dismissed_player(r, m) || (r.sports && goal_scorer(r, m))) {
    m.type = EntityType::Person;
    r.assign(mi, r.person_entity(mention_person_key(a, m, text), text, true));
    return;
  }
  if (fixture_venue(r, m) || (r.sports && venue_heading(a, m, r.lex))) {
    m.type = EntityType::Location;
    r.assign(mi, r.entity_for(EntityType::Location, fold(text), text));
    return;
  }
  if (table_team(r, mi) || contest_team(r, m) || fixture_visitor(r, m) || score_team(r, m) || match_side_with_country(r, m) || player_club(r, mi) ||
      ((versus_team(a, m, r.lex) || before_player(a, m, r.lex)) && !r.lex.is_given_name(t) &&
       !person_across_versus(r, m))) {
    m.type = EntityType::Organization;
    r.assign(mi, r.entity_for(EntityType::Organization, fold(text), text));
    return;
  }
  FoldedKey key{text, {}};  // row 23.358
  if (ntok == 1) {
    const auto prev = [&]() { return m.first_token > 0 ? to_lower(a.tokens[m.first_token - 1].norm) : std::string(); };
    // After a place preposition written as a word of its own ("love-in Peace" is no
    // place) a name that is no common word ("faith in God" is none) is a place.
    const bool spaced_prev = m.first_token > 0 && a.tokens[m.first_token - 1].has(kSpaceBefore);
    // A word in capitals right before a colon is a form's field label ("ISSUER : Bay Co
    // Building Authority ST : MI", "CUSIP : 072261", "DTD : 09/01/96"): no body of its own.
    if (t.has(kAllCaps) && before_colon(a, m)) return;
    if (before_lower_legal_form(a, m, r.lex))
      m.type = EntityType::Organization;  // "Shares in Hooli plc fell": a company, no place
    else if (firm_name(r, m, key()))
      m.type = EntityType::Organization;  // "an analyst at Hooli", then "Hooli said": a company
    else if ((spaced_prev && !r.lex.is_common_word(t) && r.lex.in(Words::LocationPrepositions, prev())) ||
        (!r.sports && r.named(EntityType::Location, key())))  // or named a place earlier (a dateline), not a team
      m.type = EntityType::Location;
    else if (plural_after_article(r, m))
      m.type = EntityType::Organization;
    else if (t.has(kAllCaps) && r.common_acronyms.count(t.norm))
      return;  // "GDP" after "gross domestic product (GDP)"
    else if (t.has(kAllCaps) && t.norm.size() >= 2 && t.norm.size() <= 6 && !r.lex.is_common_word(t) && !among_capitals(a, m))
      m.type = EntityType::Organization;
    else if (demonym_after_article(a, m, r.lex))
      return;  // "the Scot admitted": a description, no name
    else if (t.has(kCapitalized) && (m.first_token > a.sentences[m.sentence].first_token || !r.lex.is_common_word(t)) &&
             press_report(a, m, r.lex))
      m.type = EntityType::Organization;  // "Kestra reported": a paper or a company (row 19.519)
    else if (t.has(kCapitalized) && (m.first_token > a.sentences[m.sentence].first_token || !r.lex.is_common_word(t)) &&
             speaks(a, m, r.lex))
      // a capitalised word that says something: "Trump said"; "the Nationwide said" a body
      m.type = body_speaks_after_article(a, m, r.lex) ? EntityType::Organization : EntityType::Person;
    else if (!r.lex.is_common_word(t) && t.has(kCapitalized) && !t.has(kAllCaps) && after_person_noun(a, m, r.lex))
      m.type = EntityType::Person;  // "Indonesian president Suharto", "midfielder Donato"
    else if (!r.lex.is_common_word(t) && t.has(kCapitalized) && m.first_token > a.sentences[m.sentence].first_token &&
             r.lone_word_count(t.norm) >= 2)
      // A lone unknown name with no full name in the document to belong to is more
      // often a team, company or body than a person (people are introduced in full),
      // when the document names it again; once, with no other evidence, it is more
      // often a capitalised adjective, a nickname or a work ("Eurosceptic", "Beatle").
      m.type = EntityType::Organization;
    else if (according_to_source(r, m))
      m.type = EntityType::Organization;  // "according to Variety ,": the report's source
    else return;
  } else if (!type_unknown_run(r, m)) {
    if (!according_to_source(r, m)) return;
    m.type = EntityType::Organization;  // "according to the Harbour Ledger ,"
  }
  // A name opened by a capital letter glued by a hyphen (recognizer rule letter+name: `T-Mobile
  // said`, `F-Secure said`) has a company's or a brand's shape, no person's (row 19.390).
  if (m.type == EntityType::Person && m.source.rule == "letter+name") m.type = EntityType::Organization;
  if (m.type == EntityType::Person) r.assign(mi, r.person_entity(mention_person_key(a, m, text), text, true));
  else r.assign(mi, r.entity_for(m.type, key(), text));
}

// A one-word name in capitals in a line set in capitals, a wire story's headline ("GOLF -
// PARNEVIK TAKES LEAD AT OPEN"): its case shows nothing, and the story names it in full only
// below ("Jesper Parnevik of Sweden fired ..."). Pass 2 resolves it after every other
// mention, so a surname there links to the person the text names, wherever it does. A
// headline's full name ("ROBERTO DURAN") introduces the person itself: left in its place.
bool in_caps_headline(const Annotation& a, const Mention& m) {
  if (m.end_token - m.first_token != 1 || !a.tokens[m.first_token].has(kAllCaps)) return false;
  const Sentence& s = a.sentences[m.sentence];
  for (auto k = s.first_token; k < s.end_token; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind == TokenKind::Word && t.norm.size() >= 2 && !t.has(kAllCaps)) return false;
  }
  return true;
}

// In a sports report an untyped one-word name in a list with a team (joined by a comma or a
// coordinator: word list coordinators) is a team too: "title rivals Essex , Derbyshire and
// Surrey", "Gloucestershire or Sussex or Surrey", where a common word ("Surrey") had no other
// evidence. Read both ways, as far as the list goes. Not a given name, nor an organisation's
// head after a comma ("A.G. Edwards & Sons , Inc").
void link_coordinated_teams(Resolution& r) {
  Annotation& a = r.a;
  if (!r.sports) return;
  const auto joined = [&](const Mention& x, const Mention& y) {  // x right before y in a list
    if (x.sentence != y.sentence || y.first_token != x.end_token + 1) return false;
    const Token& c = a.tokens[x.end_token];
    return c.norm == "," || (c.kind == TokenKind::Word && !c.has(kCapitalized) && r.lex.in(Words::Coordinators, c));
  };
  const auto team = [&](const Mention& x) { return x.entity >= 0 && x.type == EntityType::Organization; };
  const auto untyped = [&](std::size_t mi) {
    const Mention& x = a.mentions[mi];
    return x.entity < 0 && !r.not_entity[mi] && x.type == EntityType::Unknown && x.end_token - x.first_token == 1 &&
           !r.lex.is_given_name(a.tokens[x.first_token]) && !r.lex.in_lexicon(LexName::OrgHeads, a.tokens[x.first_token]);
  };
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t n = 0; n < a.mentions.size(); ++n) {
      const std::size_t mi = pass == 0 ? n : a.mentions.size() - 1 - n;
      if (!untyped(mi)) continue;
      Mention& m = a.mentions[mi];
      const bool after_team = mi > 0 && team(a.mentions[mi - 1]) && joined(a.mentions[mi - 1], m);
      const bool before_team = mi + 1 < a.mentions.size() && team(a.mentions[mi + 1]) && joined(m, a.mentions[mi + 1]);
      if (!after_team && !before_team) continue;
      m.type = EntityType::Organization;
      const std::string text = r.text_of(m);
      r.assign(mi, r.entity_for(EntityType::Organization, fold(text), text));
    }
  }
}

// A list ends at the item after its coordinator: in `A , B and C , D` the comma after C
// opens an apposition or a new phrase, no fourth item (`a spokesman for US Immigration ,
// Customs and Enforcement , Dean Boyd`). Narrows [lo, hi], the mentions joined around mi
// (adjacent, with a comma or a coordinator between each), to mi's own coordination (row 19.432).
void list_of_one_coordination(const Annotation& a, const Lexicons& lex, std::size_t mi, std::size_t& lo, std::size_t& hi) {
  bool coordinated = false;
  for (std::size_t k = lo; k < hi; ++k) {
    const Token& c = a.tokens[a.mentions[k].end_token];
    const bool comma = !(c.kind == TokenKind::Word && !c.has(kCapitalized) && lex.in(Words::Coordinators, c));
    if (comma && coordinated) {
      if (k < mi) {
        lo = k + 1;
        coordinated = false;
        continue;
      }
      hi = k;
      return;
    }
    coordinated = coordinated || !comma;
  }
}

// An untyped one-word name in a list of people (names joined by commas or a coordinator:
// word list coordinators) is a person too: a team sheet or a field of players written by
// surname ("Given , Breen , Staunton , Irwin"), a list a line break cut ("Billy Mayfair ,
// Ken"). The list, read both ways as far as it goes, holds two people or more and nothing
// typed otherwise (a place, a body: "Tim Simpson , Reuters" is no list of people); the word
// is capitalised, not in capitals, no organisation's head, and fills its slot alone, a list
// mark or the sentence's edge on both sides (row 19.430).
void link_coordinated_people(Resolution& r) {
  Annotation& a = r.a;
  const auto joined = [&](const Mention& x, const Mention& y) {  // x right before y in a list
    if (x.sentence != y.sentence || y.first_token != x.end_token + 1) return false;
    const Token& c = a.tokens[x.end_token];
    return c.norm == "," || (c.kind == TokenKind::Word && !c.has(kCapitalized) && r.lex.in(Words::Coordinators, c));
  };
  // A line break that cut a list's item after its given name (`Billy Mayfair , Ken` / `Green
  // , Jerry Kelly`, a results list wrapped at a fixed width): the given name ends its line
  // after a list mark, the next line opens on a name; the list goes on across the break.
  const auto cut = [&](const Mention& x, const Mention& y) {
    const Token& g = a.tokens[x.first_token];
    return y.first_token == x.end_token && x.end_token == x.first_token + 1 && a.tokens[y.first_token].has(kLineBefore) &&
           x.end_token == a.sentences[x.sentence].end_token && x.first_token > a.sentences[x.sentence].first_token &&
           a.tokens[x.first_token - 1].norm == "," && x.type == EntityType::Person && r.lex.is_given_name(g);
  };
  const auto linked = [&](const Mention& x, const Mention& y) { return joined(x, y) || cut(x, y); };
  const auto untyped = [&](std::size_t mi) {
    const Mention& x = a.mentions[mi];
    const Token& t = a.tokens[x.first_token];
    return x.entity < 0 && !r.not_entity[mi] && x.type == EntityType::Unknown && x.end_token - x.first_token == 1 &&
           t.has(kCapitalized) && !t.has(kAllCaps) && !r.lex.in_lexicon(LexName::OrgHeads, t);
  };
  // The item is the whole of its slot: a list mark or the sentence's edge on either side
  // (not `Bob the Builder ,`, `Troy star Eric Bana`, `About A Boy ,`: part of a longer phrase).
  const auto list_mark = [&](std::size_t k) {
    const Token& c = a.tokens[k];
    return c.norm == "," || c.norm == ";" || c.norm == "." ||
           (c.kind == TokenKind::Word && !c.has(kCapitalized) && r.lex.in(Words::Coordinators, c));
  };
  const auto whole_slot = [&](const Mention& x) {
    const Sentence& s = a.sentences[x.sentence];
    return (x.first_token == s.first_token || list_mark(x.first_token - 1)) &&
           (x.end_token == s.end_token || list_mark(x.end_token));
  };
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    if (!untyped(mi) || !whole_slot(a.mentions[mi])) continue;
    std::size_t lo = mi, hi = mi;
    while (lo > 0 && linked(a.mentions[lo - 1], a.mentions[lo])) --lo;
    while (hi + 1 < a.mentions.size() && linked(a.mentions[hi], a.mentions[hi + 1])) ++hi;
    list_of_one_coordination(a, r.lex, mi, lo, hi);
    std::size_t people = 0, others = 0;
    for (std::size_t k = lo; k <= hi; ++k) {
      const Mention& x = a.mentions[k];
      if (k == mi) continue;
      if (x.entity >= 0 && x.type == EntityType::Person) ++people;
      else if (x.entity >= 0 || x.type != EntityType::Unknown) ++others;
    }
    if (people < 2 || others > 0) continue;
    Mention& m = a.mentions[mi];
    m.type = EntityType::Person;
    const std::string text = r.text_of(m);
    r.assign(mi, r.person_entity(mention_person_key(a, m, text), text, true));
  }
}

// In a sports report a club's name may carry its town's initial in brackets to tell apart
// clubs of one name (`Mladost ( L ) 4 2 1 1 8 5 7`, `Sloboda 4 Mladost ( BJ ) 0`): one or
// two capital letters, no period, then a score, a dash or the line's end. The bracket is
// part of the team's name (and the letters no acronym of their own); a name and its
// initials in brackets elsewhere (`New Democracy ( ND ) party`) stay apart.
void take_town_initials(Resolution& r) {
  Annotation& a = r.a;
  if (!r.sports) return;
  const auto initial = [](std::string_view w) {
    return !w.empty() && w.size() <= 2 && std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  };
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    Mention& m = a.mentions[mi];
    const auto se = a.sentences[m.sentence].end_token;
    if (m.entity < 0 || m.type != EntityType::Organization || m.end_token + 3 > se || a.tokens[m.end_token].norm != "(" ||
        !initial(a.tokens[m.end_token + 1].norm) || a.tokens[m.end_token + 2].norm != ")")
      continue;
    const auto after = m.end_token + 3;
    if (after < se && a.tokens[after].kind != TokenKind::Number && a.tokens[after].norm != "-") continue;
    for (std::size_t o = 0; o < a.mentions.size(); ++o)  // the letters are no mention of their own
      if (a.mentions[o].sentence == m.sentence && a.mentions[o].first_token == m.end_token + 1) a.mentions[o].entity = -1;
    auto& old = a.entities[static_cast<std::size_t>(m.entity)].mentions;
    old.erase(std::remove(old.begin(), old.end(), static_cast<std::uint32_t>(mi)), old.end());
    m.end_token = after;
    m.span.end = a.tokens[after - 1].span.end;
    const std::string text = r.text_of(m);
    r.assign(mi, r.entity_for(EntityType::Organization, fold(text), text));
  }
}

// In a sports report's results line (opening on its rank: `9. Martin Brundle ( Britain )
// Jordan 1:55.385`, `1. Alex Rossi ( Italy ) , Reynard Honda , 53.980`) the name right after
// the competitor and the country in brackets, a comma between or none, is the entrant's team,
// make or constructor: an organisation, whatever the word alone would be (a country, a town, a
// given name and a surname). Not a name with a country in brackets of its own: a relay's
// second runner (`Donovan Bailey ( Canada ) , Michael Johnson ( U.S. ) ,`) (row 19.434).
//
// The token at k opens a line after its rank: a number on the line's start and a point
// (`9. Martin Brundle`; the point closes a sentence of its own there, or the number opens k's).
bool ranked_line(const Annotation& a, std::size_t k) {
  if (k < 2 || a.tokens[k - 1].norm != "." || a.tokens[k - 2].kind != TokenKind::Number) return false;
  return k == 2 || a.tokens[k - 2].has(kLineBefore);
}

bool entrant_team(const Resolution& r, const Mention& m) {
  const Annotation& a = r.a;
  const Sentence& s = a.sentences[m.sentence];
  if (m.first_token < s.first_token + 4) return false;
  if (m.end_token < s.end_token && a.tokens[m.end_token].norm == "(") return false;
  std::size_t close = m.first_token - 1;
  if (a.tokens[close].norm == ",") --close;
  if (a.tokens[close].norm != ")") return false;
  const auto country = std::find_if(a.mentions.begin(), a.mentions.end(), [&](const Mention& o) {
    return o.sentence == m.sentence && o.end_token == close && o.gazetteer_entry >= 0 && o.first_token >= s.first_token + 2 &&
           a.tokens[o.first_token - 1].norm == "(" &&
           r.lex.entries()[static_cast<std::size_t>(o.gazetteer_entry)].type == EntityType::Country;
  });
  if (country == a.mentions.end()) return false;
  const std::size_t open = country->first_token - 1;
  return std::any_of(a.mentions.begin(), a.mentions.end(), [&](const Mention& o) {
    return o.sentence == m.sentence && o.end_token == open && o.entity >= 0 && o.type == EntityType::Person &&
           ranked_line(a, o.first_token);
  });
}

void take_entrant_teams(Resolution& r) {
  Annotation& a = r.a;
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    Mention& m = a.mentions[mi];
    if (r.not_entity[mi] || (m.entity >= 0 && m.type == EntityType::Organization) || !entrant_team(r, m)) continue;
    if (m.entity >= 0) {
      auto& old = a.entities[static_cast<std::size_t>(m.entity)].mentions;
      old.erase(std::remove(old.begin(), old.end(), static_cast<std::uint32_t>(mi)), old.end());
    }
    m.type = EntityType::Organization;
    const std::string text = r.text_of(m);
    r.assign(mi, r.entity_for(EntityType::Organization, fold(text), text));
  }
}

// In a sports report a gazetteer place right before a capitalised plural that no name holds
// is a team named after the place, the plural its nickname (`the Cleveland Indians`, `the
// Kansas City Chiefs`, `the Arizona Cardinals`): the recognizer glues only a free name to a
// place (`Texas Rangers`), and a people's name or a title in the plural is none. One word
// ending in a single `s`, not in capitals (a headline or a table runs names together).
void take_team_nicknames(Resolution& r) {
  Annotation& a = r.a;
  if (!r.sports) return;
  const auto nickname = [&](const Token& t) {
    const std::string_view w = t.lower;
    return t.kind == TokenKind::Word && t.has(kCapitalized) && !t.has(kAllCaps) && w.size() >= 4 && w.back() == 's' &&
           w[w.size() - 2] != 's' && w[w.size() - 2] != '\'';
  };
  std::vector<char> held(a.tokens.size(), 0);
  for (const auto& m : a.mentions)
    if (m.entity >= 0) std::fill(held.begin() + m.first_token, held.begin() + m.end_token, 1);
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    Mention& m = a.mentions[mi];
    if (m.entity < 0 || m.gazetteer_entry < 0 || m.end_token >= a.sentences[m.sentence].end_token) continue;
    const auto& e = r.lex.entries()[static_cast<std::size_t>(m.gazetteer_entry)];
    if (e.type != EntityType::Location || held[m.end_token] || !nickname(a.tokens[m.end_token])) continue;
    auto& old = a.entities[static_cast<std::size_t>(m.entity)].mentions;
    old.erase(std::remove(old.begin(), old.end(), static_cast<std::uint32_t>(mi)), old.end());
    const auto word = m.end_token;
    m.end_token = word + 1;
    m.span.end = a.tokens[word].span.end;
    m.type = EntityType::Organization;
    m.gazetteer_entry = -1;
    m.source.rule = "place+nickname";
    held[word] = 1;
    const std::string text = r.text_of(m);
    r.assign(mi, r.entity_for(EntityType::Organization, fold(text), text));
  }
}

// Pass 3: an untyped name nobody linked that the document names elsewhere as a body or a
// place is that body or place (one name, one sense in a document): "Essex" opening a
// sentence, where a common word would stand too, after "... as Essex reached 372".
void link_same_names(Resolution& r) {
  for (std::size_t mi = 0; mi < r.a.mentions.size(); ++mi) {
    Mention& m = r.a.mentions[mi];
    if (m.entity >= 0 || r.not_entity[mi] || m.type != EntityType::Unknown) continue;
    const std::string folded = fold(r.text_of(m));
    for (const EntityType type : {EntityType::Organization, EntityType::Location}) {
      const auto& names = r.by_name[static_cast<std::size_t>(type)];
      const auto it = names.find(folded);
      if (it == names.end()) continue;
      m.type = type;
      r.assign(mi, it->second);
      break;
    }
  }
}

// Unlinked mentions are dropped and entities with no mention left; mention lists are
// rebuilt and canonical names set (the gazetteer name, else the fullest form).
// Both lists are compacted in place (moved down over what is dropped, in order), and each
// entity's mention list is renumbered in its own room: no list is made anew.
void compact(Annotation& a) {
  std::vector<std::int32_t> remap(a.mentions.size(), -1);
  std::size_t kept = 0;
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    if (a.mentions[mi].entity < 0) continue;
    remap[mi] = static_cast<std::int32_t>(kept);
    if (kept != mi) a.mentions[kept] = std::move(a.mentions[mi]);
    ++kept;
  }
  a.mentions.erase(a.mentions.begin() + static_cast<std::ptrdiff_t>(kept), a.mentions.end());
  std::size_t ents = 0;
  std::vector<std::int32_t> emap(a.entities.size(), -1);
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    Entity& e = a.entities[ei];
    std::size_t n = 0;  // renumbered in place: entry n is written after entry n is read
    for (const auto om : e.mentions)
      if (remap[om] >= 0) e.mentions[n++] = static_cast<std::uint32_t>(remap[om]);
    e.mentions.resize(n);
    if (n == 0) continue;
    std::sort(e.mentions.begin(), e.mentions.end());
    if (e.gazetteer_id.empty()) {
      // Fullest common form: the mention with the most words (first such).
      std::size_t best = 0, best_words = 0;
      for (auto mi : e.mentions) {
        const auto& mm = a.mentions[mi];
        const std::size_t w = mm.end_token - mm.first_token;
        if (w > best_words) { best_words = w; best = mi; }
      }
      e.canonical = std::string(a.text(a.mentions[best].span));
    }
    emap[ei] = static_cast<std::int32_t>(ents);
    if (ents != ei) a.entities[ents] = std::move(e);
    ++ents;
  }
  a.entities.erase(a.entities.begin() + static_cast<std::ptrdiff_t>(ents), a.entities.end());
  for (auto& m : a.mentions) m.entity = emap[static_cast<std::size_t>(m.entity)];
}

// Row 18.406: two given names before one surname (`Tom and Jack Smith`, `Bob and Mike Bryan`)
// name two people who share the surname: the capitalised word before the coordinator (word
// list coordinators) is a person of its own, named by that word and the surname. The second
// name is a person of two words; the first word is alone (no mention holds it), inside its
// sentence after a comma or a lower-case word (not after a capitalised word: part of a
// longer name; not the sentence's first word; not after a determiner: `the Jesus and Mary
// Chain`; not after a comma that follows a capitalised word: `Raul, Ronaldo and Michael
// Owen`, a list), written in capitals and lower case, no title
// or honorific (the lexicons' or a cue the recognizer read: `Mr and Mrs Smith`). Both first
// words are given names (given_names), or the pair stands in apposition after a plural noun
// for people (`the two suspects, Said and Cherif Kouachi,`: there a word the given-name data
// lacks, or a common word capitalised, is a name). Its mention is that word; its entity is
// the full name's (one named in full elsewhere in the document, else a new one). Run on the
// compacted list: mentions sorted.
void shared_surname_people(Annotation& a, const Lexicons& lex) {
  std::vector<char> in_mention;
  const auto alone = [&](std::size_t g) {
    if (in_mention.empty()) {
      in_mention.assign(a.tokens.size(), 0);
      for (const Mention& m : a.mentions)
        for (auto k = m.first_token; k < m.end_token; ++k) in_mention[k] = 1;
    }
    return !in_mention[g];
  };
  for (std::size_t yi = 0; yi < a.mentions.size(); ++yi) {
    const Mention& y = a.mentions[yi];  // read before the insertion below, not after
    // The cheap tests first (a coordinator before a name of two words: rare).
    if (y.end_token != y.first_token + 2 || y.first_token < 3 || y.entity < 0) continue;
    const Token& c = a.tokens[y.first_token - 1];
    if (c.kind != TokenKind::Word || c.has(kCapitalized) || !lex.in(Words::Coordinators, c)) continue;
    const Sentence& s = a.sentences[y.sentence];
    if (a.entities[static_cast<std::size_t>(y.entity)].type != EntityType::Person || y.first_token < s.first_token + 3)
      continue;
    const Token& g = a.tokens[y.first_token - 2];
    const Token& before = a.tokens[y.first_token - 3];
    if (g.kind != TokenKind::Word || !g.has(kCapitalized) || g.has(kAllCaps) || g.has(kPossessive) || g.norm.size() < 2 ||
        lex.in_lexicon(LexName::Titles, g) || lex.in_lexicon(LexName::Honorifics, g))
      continue;
    if (!(before.norm == "," || (before.kind == TokenKind::Word && !before.has(kCapitalized))) || !alone(y.first_token - 2))
      continue;
    // Not a name's first word after a determiner (`the Jesus and Mary Chain`), not the last
    // items of a longer list (`Raul, Ronaldo and Michael Owen`: a capitalised word before the comma).
    const bool listed = before.norm == "," && y.first_token >= 4 && a.tokens[y.first_token - 4].has(kCapitalized);
    if (listed || lex.in(Words::Determiners, before)) continue;
    const std::uint32_t gi = y.first_token - 2;
    // Two given names, or a pair in apposition to a plural noun for people (word list
    // plural_person_nouns: `the two suspects, Said and Cherif Kouachi,`): a capitalised word
    // before a name is mostly a title, a band or a film run into a list (`Fifa and John
    // Madden`, `Usher and Avril Lavigne`).
    const Token& noun = a.tokens[gi - 2];
    const bool apposed = before.norm == "," && gi >= s.first_token + 2 && noun.kind == TokenKind::Word &&
                         !noun.has(kCapitalized) && lex.in(Words::PluralPersonNouns, noun);
    if (!apposed && !(lex.is_given_name(g) && lex.is_given_name(a.tokens[y.first_token])))
      continue;
    if (std::any_of(a.cues.begin(), a.cues.end(), [&](const Cue& cue) { return cue.first_token <= gi && gi < cue.end_token; }))
      continue;  // a title or honorific the recognizer read there

    const std::string canonical = std::string(a.text(g.span)) + " " + std::string(a.text(a.tokens[y.first_token + 1].span));
    const auto pos = std::lower_bound(a.mentions.begin(), a.mentions.end(), gi,
                                      [](const Mention& m, std::uint32_t k) { return m.first_token < k; });
    const auto at = static_cast<std::uint32_t>(pos - a.mentions.begin());
    Mention m;
    m.span = g.span;
    m.first_token = gi;
    m.end_token = gi + 1;
    m.sentence = y.sentence;
    m.type = EntityType::Person;
    m.source.rule = "shared-surname";
    std::int32_t ent = -1;
    for (std::size_t e = 0; e < a.entities.size() && ent < 0; ++e)
      if (a.entities[e].type == EntityType::Person && a.entities[e].canonical == canonical) ent = static_cast<std::int32_t>(e);
    if (ent < 0) {
      Entity& e = a.entities.emplace_back();
      e.canonical = canonical;
      e.type = EntityType::Person;
      ent = static_cast<std::int32_t>(a.entities.size() - 1);
    }
    m.entity = ent;
    a.mentions.insert(pos, std::move(m));
    for (Entity& e : a.entities)
      for (auto& mi : e.mentions)
        if (mi >= at) ++mi;
    auto& list = a.entities[static_cast<std::size_t>(ent)].mentions;
    list.insert(std::lower_bound(list.begin(), list.end(), at), at);
    in_mention[gi] = 1;
    ++yi;  // y moved one place on
  }
}

}  // namespace

bool is_sports_report(const Annotation& a, const Lexicons& lex) {
  std::vector<char> table_line = table_lines(a);
  no_statistics_rows(a, lex, table_line);
  return sports_report(a, lex, table_line);
}

void resolve_entities(Annotation& a, const Lexicons& lex) {
  Resolution r{a, lex, table_lines(a), false, {}, {}, {}, std::vector<char>(a.mentions.size(), 0), {}, {}, {}, {}, {}, false, {}, {}, {}, {}, {}, {}};
  // Each entity is made for the mention it is first assigned to (entity_for, person_entity):
  // at most one per mention, so the entities are never moved to grow.
  a.entities.reserve(a.entities.size() + a.mentions.size());
  no_statistics_rows(a, lex, r.table_line);
  r.sports = sports_report(a, lex, r.table_line);
  // Pass 1: gazetteer mentions and full names (two or more words) found by rules.
  for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
    if (opens_event_name(a, a.mentions[mi], lex)) {
      a.mentions[mi].type = EntityType::Unknown;
      r.not_entity[mi] = 1;
    } else if (a.mentions[mi].gazetteer_entry >= 0) {
      resolve_gazetteer_mention(r, mi);
    } else {
      resolve_rule_mention(r, mi);
    }
  }
  // Pass 2: surnames, honorific forms and untyped sequences link to an entity of the document;
  // a name in a headline set in capitals after the others (in_caps_headline()).
  for (int round = 0; round < 2; ++round)
    for (std::size_t mi = 0; mi < a.mentions.size(); ++mi) {
      const Mention& m = a.mentions[mi];
      if (m.entity >= 0 || r.not_entity[mi] || in_caps_headline(a, m) != (round == 1)) continue;
      const std::string text = r.text_of(m);
      const std::size_t ntok = m.end_token - m.first_token;
      if (m.type == EntityType::Unknown && ntok == 1 && link_org_short_form(r, mi)) continue;
      if ((m.type == EntityType::Person || m.type == EntityType::Unknown) && link_person(r, mi, text, ntok)) continue;
      if (m.type == EntityType::Unknown && m.source.rule == "team-short-form" && link_team_short_form(r, mi)) continue;
      if (m.type == EntityType::Unknown && m.source.rule == "company-short-form" && link_company_short_form(r, mi)) continue;
      if (m.type == EntityType::Unknown) type_unknown(r, mi, text, ntok);
      else if (m.type == EntityType::Person) r.assign(mi, r.person_entity(mention_person_key(a, m, text), text, true));
    }
  link_coordinated_teams(r);
  link_coordinated_people(r);
  link_same_names(r);
  take_town_initials(r);
  take_team_nicknames(r);
  take_entrant_teams(r);
  compact(a);
  shared_surname_people(a, lex);
}

// A wire story's dateline (`KESTRUN 2021-03-04`, `PORT ALDER 2021-03-04`,
// `SAINT-VORLAT 2021-03-04`, `DORVALE , France 2021-03-04`): a sentence opening its line with
// one to four words set in capitals (glued hyphens between them), none a preposition or a
// determiner (word lists speaker_phrase_prepositions, determiners: a byline `BY JANE ROE ,
// Reuters 2021-03-04` is no place, rule A1033), then, after a comma, one to three
// capitalised words (the place's country or state: `, France`, `, Calif`), and an ISO date
// (tokenizer.hpp iso_date_tokens()) that closes it. The end of the opening place's name, or
// 0 when [first, end) is none.
std::size_t dateline_name_end(const Annotation& a, const Lexicons& lex, std::size_t first, std::size_t end) {
  if (end < first + 6 || end > first + 16 || a.tokens[end - 1].kind != TokenKind::Number) return 0;  // the usual case
  if (first > 0 && !a.tokens[first].has(kLineBefore)) return 0;
  std::size_t k = first, words = 0;
  while (k < end && words < 4) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || !t.has(kAllCaps)) break;
    if (lex.in(Words::SpeakerPhrasePrepositions, t) || lex.in(Words::Determiners, t)) return 0;
    ++words;
    k += glued_hyphen(a, k + 1, end) ? 2 : 1;
  }
  if (words == 0) return 0;
  if (iso_date_tokens(a, k, end)) return k;
  if (a.tokens[k].norm != ",") return 0;
  std::size_t j = k + 1, region = 0;
  while (j < end && region < 3 && a.tokens[j].kind == TokenKind::Word && a.tokens[j].has(kCapitalized)) {
    ++j;
    ++region;
  }
  return region > 0 && iso_date_tokens(a, j, end) ? k : 0;
}

}  // namespace gazette
