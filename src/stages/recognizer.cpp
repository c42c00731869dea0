#include "gazette/recognizer.hpp"
#include "gazette/dates.hpp"
#include "gazette/entities.hpp"
#include "gazette/tokenizer.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>

namespace gazette {

namespace {

// A lower-case word at token k that opens a speech cue of kind verb (`said`, `told
// reporters`): the verb after a speaking name (speaking_office(), speaking_first_name()).
bool lower_speech_verb_at(const Lexicons& lex, const Annotation& a, std::size_t k, std::size_t end) {
  const Token& v = a.tokens[k];
  if (v.kind != TokenKind::Word || v.has(kCapitalized)) return false;
  std::uint32_t payload = 0;
  if (lex.speech_index().match(a.tokens, k, end, payload) == 0) return false;
  // (not a verb of rejection that reports no speech, rule A1111: `Angry Roe rejects criticism`)
  const SpeechCue& cue = lex.speech_cues()[payload];
  return cue.kind == SpeechCue::Kind::Verb && (cue.reporting || !lex.starts_in(Words::RejectionVerbStems, cue.lemma));
}

// The lexicons a title look-up answers (a name pattern's "titles", "offices", "honorifics").
bool is_title_lexicon(LexName l) { return l == LexName::Titles || l == LexName::Offices || l == LexName::Honorifics; }

// A lower-case word inside names ("of", "de", "van", "al"; word list name_connectors).
bool is_connector(const Lexicons& lex, const Token& t) { return lex.in_as_written(Words::NameConnectors, t); }

// Share of letters that are upper case in a sentence: headlines and sports tables are ALL CAPS.
// The share's test, from the counts of words (two letters or more) and of those in capitals.
bool caps_share(std::size_t words, std::size_t caps) { return (words >= 2 && caps * 10 >= words * 7) || (words == 1 && caps == 1); }

// Row 23.345: a stable sort in place of a short vector (no buffer): each element moves left
// past those strictly after it only. Made-up example: keys 2, 1, 2' sort to 1, 2, 2'.
template <typename T, typename Before>
void insertion_sort(std::vector<T>& v, Before before) {
  for (std::size_t k = 1; k < v.size(); ++k) {
    if (!before(v[k], v[k - 1])) continue;
    T x = std::move(v[k]);
    std::size_t j = k;
    for (; j > 0 && before(x, v[j - 1]); --j) v[j] = std::move(v[j - 1]);
    v[j] = std::move(x);
  }
}

bool mostly_caps(const Annotation& a, const Sentence& s) {
  std::size_t words = 0, caps = 0;
  for (auto i = s.first_token; i < s.end_token; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind != TokenKind::Word || t.norm.size() < 2) continue;
    ++words;
    if (t.has(kAllCaps)) ++caps;
  }
  return caps_share(words, caps);
}

// A press review's heading (row 19.436): a line of one to five words set in capitals
// (hyphens and apostrophes between them: `AN-NAHAR`, `NIDA'A AL-WATAN`), no number,
// opening its sentence, and the next line a dashed item ("LA PRESSE" / "- Tunisia's
// exports ..."): a digest of the papers lists each paper by its name, then its stories; not
// a line opening on a question word, a section label (`WHAT HAPPENED`). The
// end of the heading's tokens, or 0 when the sentence opens with none.
std::size_t press_heading_end(const Annotation& a, const Lexicons& lex, const Sentence& s) {
  const std::size_t f = s.first_token;
  if (f >= s.end_token || (f > 0 && !a.tokens[f].has(kLineBefore)) || !a.tokens[f].has(kAllCaps)) return 0;
  std::size_t k = f;
  for (; k < a.tokens.size() && (k == f || !a.tokens[k].has(kLineBefore)); ++k) {
    const Token& t = a.tokens[k];
    if (k - f >= 9) return 0;
    const bool joint = k > f && (t.norm == "-" || t.norm == "'");
    if (!joint && !(t.kind == TokenKind::Word && t.has(kAllCaps))) return 0;
  }
  if (k - f > 9 || k >= a.tokens.size() || k > s.end_token || a.tokens[k].norm != "-") return 0;
  // A heading that opens on a question word is an explainer's section label (`WHAT
  // HAPPENED`, `WHY IT MATTERS`), no paper.
  if (lex.in(Words::InterrogativeWords, a.tokens[f])) return 0;
  std::size_t words = 0;
  for (auto i = f; i < k; ++i) words += a.tokens[i].kind == TokenKind::Word;
  return words <= 5 && a.tokens[k - 1].kind == TokenKind::Word ? k : 0;
}

// The headings of a press review, by sentence (press_heading_end): a document with two or
// more; none otherwise (one capitals line before a dashed list is a list's title). Nor when
// every heading is one common word (row 19.452): `TAX` / `HEALTH` / `SPENDING` before dashed
// items are topic labels; a paper named by a common word (`DAWN`, `EXPANSION`) is listed with
// papers whose names are no single common word (`BUSINESS RECORDER`, `CINCO DIAS`).
void press_headings(const Annotation& a, const Lexicons& lex, std::vector<std::uint32_t>& ends) {
  ends.assign(a.sentences.size(), 0);
  std::size_t n = 0;
  bool named = false;  // some heading is no single common word
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate) continue;
    ends[si] = static_cast<std::uint32_t>(press_heading_end(a, lex, s));
    if (ends[si] == 0) continue;
    ++n;
    named = named || ends[si] != s.first_token + 1 || !lex.is_common_word(a.tokens[s.first_token]);
  }
  if (n < 2 || !named) ends.clear();
}

// Row 23.280: a pattern token that holds only at a capitalised word: a name, a capitalised
// word, a title or a demonym (token_ok() asks each for kCapitalized, which only words carry).
bool capital_only(const PatternToken& pt) {
  return pt.shape_id == Shape::Cap || pt.shape_id == Shape::Name || is_title_lexicon(pt.lex_id) ||
         pt.lex_id == LexName::Demonyms;
}

// Row 23.355: whether a title (title_cue()) or a gazetteer name (gazetteer_name()) may
// start at interned word t. The title index and the gazetteer set a word bit on the first
// word of each of their phrases (kTitleFirst on the lower-case form; the gazetteer's
// kNameFirstBit as written, kFoldedNameFirstBit folded), and their own first tests,
// PhraseIndex::match() and Gazetteer::may_start(), give nothing without it: most words (`the`,
// `said`, `budget`) are passed over by one test of the three bits instead of those two.
// Made-up example: in `Yesterday President Tom Smith flew to Kestby`, `flew` and `to` ask no
// look-up; `President` (a title) does as before.
bool may_open_title_or_name(const Token& t) {
  constexpr std::uint32_t kLowerFirst = Lexicons::kTitleFirst | Gazetteer::kFoldedNameFirstBit;
  return t.id == Vocab::kUnset || t.lid == Vocab::kUnset || (t.lbits & kLowerFirst) || (t.nbits & Gazetteer::kNameFirstBit);
}

// Row 23.402: a capitalised word (`Kestby`, not `met` or `,`), the test pattern_names() and
// capitalised_sequences() ask of a token before any other.
bool capital_word(const Token& t) { return t.kind == TokenKind::Word && t.has(kCapitalized); }

// Row 23.280: whether the pattern can only start at a capitalised word: NamePattern's
// starts_capitalised (its first token required and capitalised), or its optional first
// tokens and the required one after them each capital_only(), so whichever it starts on
// is capitalised. Made-up example: `[demonym]? [name]* [org_starts Cap] of ...` is never
// tried at `the` in `the Tarnish Ministry of Roads`, only at `Tarnish` and `Ministry`.
bool opens_on_capital(const NamePattern& p) {
  if (p.starts_capitalised) return true;
  for (const PatternToken& pt : p.tokens) {
    if (!capital_only(pt)) return false;
    if (pt.op == '1' || pt.op == '+') return true;
  }
  return false;
}

}  // namespace

Recognizer::Recognizer(const Lexicons& lex) : lex_(lex), gaz_(lex.gazetteer()) {
  make_shape_anchors();
  for (const auto& p : lex.name_patterns()) {
    PatternAnchor pa;
    LaterAnchor before;  // what the tokens before ti take
    for (std::size_t ti = 0; ti < p.tokens.size(); ++ti) {
      const PatternToken& pt = p.tokens[ti];
      const bool is_required = pt.op == '1' || pt.op == '+';
      // An anchor is a necessary condition tested at every token; common_words holds most
      // lower-case words, so as an anchor it would hold nearly everywhere and only cost the
      // index (rule 19.240's possessive noun): a token of it anchors nothing.
      const bool selective = !pt.text_ids.empty() || (pt.lex_id != LexName::Any && pt.lex_id != LexName::CommonWords);
      const PatternToken* anchor = selective ? &pt : shape_anchor(pt);  // row 23.281: or its shape's
      if (is_required && anchor) {
        // The first token, and each required token after it, that name words or a lexicon.
        if (ti == 0) {
          pa.first = anchor_of(*anchor);
        } else if (const auto k = anchor_of(*anchor); k >= 0) {
          pa.later.push_back(before);
          pa.later.back().anchor = k;
          pa.later_mask |= AnchorMask{1} << k;
        }
      }
      if (is_required) ++before.offset;
      // A title or demonym look-up takes a phrase; any other token one word.
      const std::uint32_t reps = (pt.op == '1' || pt.op == '?') ? 1 : kMaxRep;
      if (is_title_lexicon(pt.lex_id) || pt.lex_id == LexName::Demonyms) before.phrases += reps;
      else before.words += reps;
    }
    const PatternToken& t0 = p.tokens.front();
    if (t0.op == '1' || t0.op == '+') {
      if (t0.shape_id == Shape::Initial) pa.first_flags = kAbbrev | kAllCaps;
      else if (t0.shape_id == Shape::Caps) pa.first_flags = kAllCaps;
    }
    pattern_anchor_.push_back(std::move(pa));
  }
  index_pattern_bits();
}

// Row 23.281: a required token known by its shape alone, a number, a glued hyphen or a
// lower-case connector (`of`, `and`), has an anchor too, the shape's necessary condition: a
// number token; the word `-`; a word of name_connectors as written (what is_connector()
// asks), the last two as word anchors like a token naming words. Made-up example: the
// organisation pattern `[name]* [name] [connector] [name]* [org_heads]` is not tried at
// `Tom` in `Tom Smith joined Kestby Holdings` (no connector within its reach), only where
// one follows (`Tom Smith of Kestby Holdings`).
void Recognizer::make_shape_anchors() {
  number_anchor_.shape_id = Shape::Number;
  if (const auto id = lex_.vocab().find("-"); id != Vocab::kNone) hyphen_anchor_.text_ids.push_back(id);
  for (const auto& w : lex_.words(Words::NameConnectors))
    if (const auto id = lex_.vocab().find(w); id != Vocab::kNone) connector_anchor_.text_ids.push_back(id);
}

const PatternToken* Recognizer::shape_anchor(const PatternToken& pt) const {
  switch (pt.shape_id) {
    case Shape::Number: return &number_anchor_;
    case Shape::Hyphen: return hyphen_anchor_.text_ids.empty() ? nullptr : &hyphen_anchor_;
    case Shape::Connector: return connector_anchor_.text_ids.empty() ? nullptr : &connector_anchor_;
    default: return nullptr;
  }
}

void Recognizer::index_pattern_bits() {
  pattern_bits_ = pattern_anchor_.size() <= kPatternBits;
  if (!pattern_bits_) return;
  for (std::size_t pi = 0; pi < pattern_anchor_.size(); ++pi) {
    const PatternAnchor& pa = pattern_anchor_[pi];
    const std::uint64_t bit = std::uint64_t{1} << pi;
    if (pa.first < 0) anchorless_first_ |= bit;
    else first_anchor_patterns_[static_cast<std::size_t>(pa.first)] |= bit;
    all_patterns_ |= bit;
    if (!opens_on_capital(lex_.name_patterns()[pi])) other_patterns_ |= bit;
    if (!pa.later.empty()) later_patterns_ |= bit;
    later_anchors_ |= pa.later_mask;
    for (AnchorMask m = pa.later_mask; m; m &= m - 1) later_anchor_patterns_[static_cast<std::size_t>(std::countr_zero(m))] |= bit;
    if (!pa.first_flags) continue;
    auto it = std::find_if(flag_patterns_.begin(), flag_patterns_.end(), [&](const auto& f) { return f.first == pa.first_flags; });
    if (it == flag_patterns_.end()) it = flag_patterns_.insert(it, {pa.first_flags, 0});
    it->second |= bit;
  }
}

bool Recognizer::anchors_in_reach(const SentenceScratch& sc, const PatternAnchor& pa, std::size_t i) const {
  for (const LaterAnchor& la : pa.later) {
    const auto& at = sc.anchor_at[static_cast<std::size_t>(la.anchor)];
    const auto it = std::lower_bound(at.begin(), at.end(), static_cast<std::uint32_t>(i + la.offset));
    if (it == at.end() || *it > i + la.words + la.phrases * sc.longest_phrase) return false;
  }
  return true;
}

std::int32_t Recognizer::anchor_of(const PatternToken& pt) {
  for (std::size_t j = 0; j < anchors_.size(); ++j)
    if (anchors_[j]->text_ids == pt.text_ids && anchors_[j]->lex_id == pt.lex_id) return static_cast<std::int32_t>(j);
  if (anchors_.size() == kMaxAnchors) return -1;
  const auto k = static_cast<std::int32_t>(anchors_.size());
  const AnchorMask bit = AnchorMask{1} << k;
  anchors_.push_back(&pt);
  if (pt.text_ids.empty()) no_text_mask_ |= bit;
  for (const auto id : pt.text_ids) {
    if (id >= word_anchors_.size()) word_anchors_.resize(id + 1, 0);
    word_anchors_[id] |= bit;
    const std::uint32_t h = anchor_word_hash(id);
    anchor_word_filter_[h >> 6] |= std::uint64_t{1} << (h & 63);
  }
  if (&pt == &number_anchor_) number_mask_ |= bit;  // row 23.281: holds at numbers only
  else if (pt.lex_id == LexName::Any) any_lex_mask_ |= bit;
  else if (is_title_lexicon(pt.lex_id)) title_mask_ |= bit;
  else if (pt.lex_id == LexName::Demonyms) demonym_mask_ |= bit;
  const std::uint32_t lb = Lexicons::lexicon_bits(pt.lex_id);
  anchor_bits_ |= lb;
  for (std::size_t w = 0; w < 32; ++w)
    if (lb & (1u << w)) bit_anchors_[w] |= bit;
  return k;
}

Recognizer::AnchorMask Recognizer::anchors_tested(const Token& t, const SentenceScratch& sc, std::size_t i) const {
  AnchorMask m = 0;
  for (std::size_t k = 0; k < anchors_.size(); ++k)
    if (anchor_hit(*anchors_[k], t, sc, i)) m |= AnchorMask{1} << k;
  return m;
}

inline Recognizer::AnchorMask Recognizer::anchors_at(const Token& t, const SentenceScratch& sc, std::size_t i) const {
  if (t.id == Vocab::kUnset) return anchors_tested(t, sc, i);  // not interned
  const AnchorMask text = no_text_mask_ | word_anchors(t.id);
  if (!text) return 0;
  AnchorMask lex = any_lex_mask_;
  for (std::uint32_t b = (static_cast<std::uint32_t>(t.nbits) | t.lbits) & anchor_bits_; b; b &= b - 1)
    lex |= bit_anchors_[static_cast<std::size_t>(std::countr_zero(b))];
  if (t.kind == TokenKind::Number) lex |= number_mask_;
  return text & lex;
}

// Row 23.386: the title and demonym anchors, which hold only where pass 1 found a title or
// a demonym starting (sc.title_len, sc.demonym_len), added at those tokens (sc.phrase_at)
// after index_anchors()' walk instead of two tests at every token of it: the same masks
// (anchors_at()'s words and lexicons, then these), the same lists in text order (a token
// placed before a later one already listed, which only a token not interned adds in the
// walk). A token not interned had them from anchors_tested(). Made-up example: in `the
// Kestbian envoy met President Tom Smith`, only `Kestbian` and `President` are visited.
void Recognizer::phrase_anchors(const Annotation& a, SentenceScratch& sc, AnchorMask& present) const {
  for (const std::uint32_t p : sc.phrase_at) {
    const Token& t = a.tokens[sc.first + p];
    if (t.id == Vocab::kUnset) continue;
    const AnchorMask phrase = (sc.title_len[p] ? title_mask_ : 0) | (sc.demonym_len[p] ? demonym_mask_ : 0);
    const AnchorMask added = phrase & (no_text_mask_ | word_anchors(t.id)) & ~sc.anchor_mask[p];
    if (!added) continue;
    const auto i = static_cast<std::uint32_t>(sc.first + p);
    if (!sc.anchor_mask[p] && !capital_word(t)) {  // row 23.402: a token not yet listed
      const auto end = sc.visit_at.begin() + static_cast<std::ptrdiff_t>(sc.visit_n++);
      const auto at = std::upper_bound(sc.visit_at.begin(), end, i);
      std::copy_backward(at, end, end + 1);
      *at = i;
    }
    sc.anchor_mask[p] |= added;
    present |= added;
    for (AnchorMask m = added; m; m &= m - 1) {
      auto& at = sc.anchor_at[static_cast<std::size_t>(std::countr_zero(m))];
      at.insert(std::upper_bound(at.begin(), at.end(), i), i);
    }
  }
}

// A necessary condition of token_ok() for an anchor token: its words and lexicon only.
bool Recognizer::anchor_hit(const PatternToken& pt, const Token& t, const SentenceScratch& sc, std::size_t i) const {
  if (&pt == &number_anchor_) return t.kind == TokenKind::Number;
  if (!pt.text_ids.empty()) {
    const std::uint32_t id = t.id != Vocab::kUnset ? t.id : lex_.vocab().find(t.norm);
    if (std::find(pt.text_ids.begin(), pt.text_ids.end(), id) == pt.text_ids.end()) return false;
  }
  switch (pt.lex_id) {
    case LexName::Any: return true;
    case LexName::Titles: case LexName::Offices: case LexName::Honorifics: return sc.title_len[i - sc.first] != 0;
    case LexName::Demonyms: return sc.demonym_len[i - sc.first] != 0;
    default: return lex_.in_lexicon(pt.lex_id, t);
  }
}

bool Recognizer::title_case_line(const Annotation& a, const Sentence& s, bool lists_too) const {
  // Shape first (most sentences fail at their first lower-case long word), lexicons after.
  std::size_t words = 0;
  for (auto i = s.first_token; i < s.end_token; ++i) {
    const Token& t = a.tokens[i];
    // Numbers and commas mark lists and tables of names (results, line-ups), not headlines.
    if (!lists_too && (t.kind == TokenKind::Number || t.norm == ",")) return false;
    if (t.kind != TokenKind::Word) continue;
    ++words;
    if (t.norm.size() >= 4 && !t.has(kCapitalized)) return false;
  }
  if (words < 4) return false;
  std::size_t common_caps = 0;
  for (auto i = s.first_token + 1; i < s.end_token; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind == TokenKind::Word && t.has(kCapitalized) && !t.has(kAllCaps) && lex_.is_common_word(t) &&
        !lex_.is_given_name(t) && !lex_.is_known_surname(t))
      ++common_caps;
  }
  return common_caps >= 2;
}

bool Recognizer::name_like_memo(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  signed char* memo = (i >= sc.first && i - sc.first < sc.name_memo.size()) ? &sc.name_memo[i - sc.first] : nullptr;
  if (memo && *memo >= 0) return *memo == 1;
  const bool r = name_like_uncached(a, sc, i);
  if (memo) *memo = r ? 1 : 0;
  return r;
}

// A capitalised finite speech verb (`Says`, `Said`, `Tells`, `Warns`: a form of
// speech_verbs.json other than the lemma and the -ing form), not in capitals (`SAYS` in a
// headline set in capitals is left as it is), not itself a given name or known surname,
// nor at the end of a quoted title (`MSNBC's "Andrea Mitchell Reports,"`).
bool Recognizer::finite_speech_verb(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  if (i >= sc.end) return false;
  const Token& t = a.tokens[i];
  if (t.kind != TokenKind::Word || !t.has(kCapitalized) || t.has(kAllCaps)) return false;
  // Row 23.388: the speech index first (its first-word bit turns away nearly every capitalised
  // word at one test), then the suffix and name look-ups, which decide only the few left; the
  // same answer, every test being free of side effects. Made-up example: `Kestby` in `Tom
  // Smith left Kestby` asks no look-up after the index's; `Says` in `Tom Smith Says No` does.
  std::uint32_t payload = 0;
  if (lex_.speech_index().match(a.tokens, i, sc.end, payload) == 0) return false;
  if (lex_.ends_in(Words::ParticipleSuffixes, t.lower) || lex_.is_given_name(t) || lex_.is_known_surname(t)) return false;
  const SpeechCue& cue = lex_.speech_cues()[payload];
  if (cue.kind != SpeechCue::Kind::Verb || t.lower == cue.lemma) return false;
  // A verb that closes a quotation ends a title in quotes (`MSNBC's "Andrea Mitchell
  // Reports,"`, `''Trump Revealed''`): the programme's or book's name, no headline.
  std::size_t q = i + 1;
  if (q < sc.end && (a.tokens[q].norm == "," || a.tokens[q].norm == ".")) ++q;
  return !(q < sc.end && a.tokens[q].kind == TokenKind::Quote &&
           (a.tokens[q].has(kCloseQuote) || !a.tokens[q].has(kSpaceBefore)));
}

// A finite speech verb (above) right after a complete name, a given name and a surname or
// a known or earlier-named surname, ends the name: a title-case headline's verb (`Glenn
// Beck Says Trump ...`, `Obama Claims ...`), not its last word. In a line whose long words
// are all capitalised (a headline, commas and numbers allowed) the surname after a given
// name may be a common word (`Howard Dean Tells`, `Glenn Beck Says`), and a capitalised
// finite auxiliary before the verb ends the name too (`Donald Trump Has Said About
// Latinos`). Any capitalised word before the verb would not do: what is left of the
// headline before it is no name (`Trump Supporter Screams`, `White House Doctor Says`).
// A gazetteer name is masked and never reaches here.
bool Recognizer::speech_verb_after_name(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  if (i < sc.first + 1) return false;
  const Token& t = a.tokens[i];
  const bool auxiliary = sc.headline_case && t.kind == TokenKind::Word && t.has(kCapitalized) &&
                         !t.has(kAllCaps) && !lex_.is_given_name(t) && lex_.in(Words::FiniteAuxiliaries, t) &&
                         finite_speech_verb(a, sc, i + 1);
  if (!auxiliary && !finite_speech_verb(a, sc, i)) return false;
  const Token& p = a.tokens[i - 1];
  if (p.kind != TokenKind::Word || !p.has(kCapitalized) || p.has(kAllCaps) || p.has(kPossessive) || sc.masked_at(i - 1))
    return false;
  // The verb after such an auxiliary is no name word either (`Has Said About ...`).
  if (!auxiliary && sc.headline_case && lex_.in(Words::FiniteAuxiliaries, p)) return speech_verb_after_name(a, sc, i - 1);
  if (lex_.is_known_surname(p) || sc.doc_surname(p)) return true;
  if (i < sc.first + 2 || (lex_.is_common_word(p) && !sc.headline_case) || lex_.is_not_name(p)) return false;
  const Token& g = a.tokens[i - 2];
  return g.kind == TokenKind::Word && g.has(kCapitalized) && !g.has(kAllCaps) && lex_.is_given_name(g);
}

// A line break that cut a list's item after its given name (`Billy Mayfair , Ken` / `Green ,
// Jerry Kelly`, a results list wrapped at a fixed width) leaves the surname opening the next
// line: the token at i opens its line, the line before ends on a capitalised given name after
// a comma, and a comma follows the word. Such a word is a name even if it is a common word
// (entities.cpp link_coordinated_people reads the list across the break, row 19.433).
static bool cut_list_surname(const Annotation& a, const Lexicons& lex, std::size_t i) {
  if (i < 2 || i + 1 >= a.tokens.size() || !a.tokens[i].has(kLineBefore) || a.tokens[i + 1].norm != ",") return false;
  const Token& g = a.tokens[i - 1];
  return a.tokens[i - 2].norm == "," && g.kind == TokenKind::Word && g.has(kCapitalized) && !g.has(kAllCaps) &&
         lex.is_given_name(g);
}

// A month's three-letter short form without its dot before a day's number or a glued hyphen
// and another month (`Jan 10`, `( Jun 5 )`, `Jan-April`) is the month: `Jan` and `Jun` are
// given names too, so not_names leaves them out, and a table's date was a name (row 19.478).
// Not a month that not_names holds (`May`, a surname too: `Theresa May`; name_like's test
// of not-names decides it, row A1034), not a month before a year or another word.
static bool month_before_day(const Annotation& a, const Lexicons& lex, std::size_t i) {
  const Token& t = a.tokens[i];
  if (t.norm.size() != 3 || i + 1 >= a.tokens.size() || lex.is_not_name(t)) return false;
  const Token& n = a.tokens[i + 1];
  bool day = false;
  if (n.kind == TokenKind::Number && !n.has(kLineBefore)) {
    int v = 0;
    for (const char ch : n.norm) v = std::isdigit(static_cast<unsigned char>(ch)) && v < 100 ? v * 10 + (ch - '0') : 100;
    day = v >= 1 && v <= 31;
  } else if (n.norm == "-" && !n.has(kSpaceBefore) && i + 2 < a.tokens.size()) {
    const Token& m = a.tokens[i + 2];
    day = !m.has(kSpaceBefore) && m.kind == TokenKind::Word && month_name(m.norm);
  }
  return day && month_name(t.norm);
}

// Row 19.565: a not-name that names the field or the members of a public body (body_field_not_names:
// `Election`, `News`, `Crisis`, `Critics`) right before a capitalised head of such a body
// (place_named_body_heads: `Commission`, `Agency`, `Association`) is a word of the body's name, as
// `Trade` is in `the National Trade Commission`: `the Kestrian Election Commission said` is one
// organisation (before: `Election` stopped the name and `Commission` was read as a person).
// Not after a sentence's first word when that is a capitalised common word, no name there
// (`Tribune News Service contributed` holds no body `News Service`); `The` (a not-name) is
// no such word.
static bool field_word_before_body(const Lexicons& lex, const Annotation& a, std::size_t i) {
  if (i + 1 >= a.tokens.size()) return false;
  const Token& h = a.tokens[i + 1];  // flag tests first: most not-names are `The`, `He`, a month
  if (h.kind != TokenKind::Word || !h.has(kCapitalized) || h.has(kAllCaps) || a.tokens[i].has(kAllCaps)) return false;
  return lex.in(Words::PlaceNamedBodyHeads, h) && lex.in(Words::BodyFieldNotNames, a.tokens[i]);
}

static bool initial_common_word_before(const Lexicons& lex, const Annotation& a, std::size_t first, std::size_t i) {
  const Token& p = a.tokens[i - 1];
  return i == first + 1 && p.has(kCapitalized) && lex.is_common_word(p) && !lex.is_not_name(p);
}

bool Recognizer::name_like_uncached(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  const std::size_t sentence_first = sc.first;
  const Token& t = a.tokens[i];
  if (sc.masked_at(i)) return false;
  if (t.kind != TokenKind::Word || !t.has(kCapitalized) || t.has(kPossessive)) return false;
  if (t.has(kFurniture) || t.has(kDuplicate)) return false;
  // A not-name that is a surname of the document after a title or honorific is that
  // person's name: "Mr. English", "Mrs. May", "Gov. Deal" (not "in May").
  if (lex_.is_not_name(t) && !(sc.doc_surname(t) && i > sentence_first && sc.masked_at(i - 1)) &&
      !(lex_.is_given_name(t) && unknown_surname_at(a, sc, i + 1) && (i > sentence_first || speaking_first_name(a, sc, i))) &&
      !(field_word_before_body(lex_, a, i) && !initial_common_word_before(lex_, a, sentence_first, i)))  // row 19.565
    return false;
  if (t.has(kAbbrev) && !t.has(kAllCaps)) return false;  // Mr., Jan., Gen.
  if (month_before_day(a, lex_, i)) return false;
  // In a line set in capitals a fixture word is still a preposition, no name word:
  // "DETROIT AT KANSAS CITY" is two names (entities.cpp fixture_at).
  if (sc.caps_line && t.has(kAllCaps) && lex_.in(Words::FixtureWords, t)) return false;
  if (t.norm.size() == 1) return false;                   // I, A, single letters
  // After a lower-case prefix glued by a hyphen the word is part of a common word:
  // "anti-Semitism", "ex-Beatle", "pro-European" (particles are not prefixes: "al-Assad";
  // a known person's name stays one: "post-Obama").
  if (i >= sentence_first + 2 && glued_hyphen(a, i - 1, i + 1) && a.tokens[i - 2].kind == TokenKind::Word &&
      !a.tokens[i - 2].has(kCapitalized) && !is_connector(lex_, a.tokens[i - 2]) && !lex_.is_known_surname(t) &&
      !(i >= sentence_first + 3 && glued_hyphen(a, i - 3, i - 1)))  // "Inzamam-ul-Haq": inside a name
    return false;
  // Sentence-initial (or after an opening quote / dash) common words are not names.
  bool initial = i == sentence_first;
  if (!initial && i > sentence_first) {
    // After an opening quotation mark (glued to this word), a dash, a colon or a bracket.
    const Token& p = a.tokens[i - 1];
    const bool opening_quote = p.kind == TokenKind::Quote && !t.has(kSpaceBefore) && !p.has(kCloseQuote) &&
                               (p.has(kOpenQuote) || p.has(kSpaceBefore) || i - 1 == sentence_first);
    // Row 23.388: the three marks are at most two characters long, so a longer word (most
    // words before a name) is left at its length, before three comparisons of its text.
    initial = opening_quote || (p.norm.size() <= 2 && (p.norm == "--" || p.norm == ":" || p.norm == "("));
  }
  // ... unless it is a known name: a given name, or the surname of a known person ("Trump said").
  // ... nor a person's surname the document named in full before ("Glenn Beck ... Beck said").
  if ((initial || sc.title_line) && lex_.is_common_word(t) && !lex_.is_given_name(t) && !lex_.is_known_surname(t) &&
      !sc.doc_surname(t) && !(i == sentence_first && (speaking_first_name(a, sc, i) || team_row(a, sc, i) || cut_list_surname(a, lex_, i))) &&
      !sc.in_dateline(i))
    return false;
  if (speech_verb_after_name(a, sc, i)) return false;
  // Contractions of common words and pronouns: It'd, We're, Don't, I'm.
  if (const auto ap = t.lower.find('\''); ap != std::string_view::npos && ap > 0) {
    const std::string_view tail = t.lower.substr(ap + 1);
    if (lex_.in(Words::ContractionTails, tail) &&
        (lex_.is_common_word(t.lower.substr(0, ap)) || lex_.is_not_name(t.norm.substr(0, ap))))
      return false;
  }
  // The plural of a title or role word is not a name: MPs, CEOs, Senators; after a given
  // name it is a surname ("Michelle Fields": "Field Marshal" is a title).
  if (t.lower.size() >= 3 && t.lower.back() == 's' &&
      (lex_.word_bits(t.lower.substr(0, t.lower.size() - 1)) & Lexicons::kTitleFirst) &&
      !(i > sentence_first && a.tokens[i - 1].has(kCapitalized) && lex_.is_given_name(a.tokens[i - 1])))
    return false;
  return true;
}

// An organisation head written in capitals (`LEAGUE`, `BANK`: org_heads are listed as
// written, `League`), for the words a pattern keeps out of a name: a headline in capitals
// is no excuse to read `MAJOR LEAGUE STANDINGS` as a title and a person.
static bool caps_org_head(const Lexicons& lex, LexName not_lex, const Token& t) {
  if (not_lex != LexName::OrgHeads || !t.has(kAllCaps) || t.lower.empty()) return false;
  if (t.lower.front() < 'a' || t.lower.front() > 'z') return false;
  std::string cap(t.lower);
  cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
  return lex.word_bits(cap) & Lexicons::kOrgHead;
}

// A number that opens a longer figure, another number or a glued hyphen and a number after it
// (a telephone number's first group: `Varnola Newsroom 61-2 5550-0199`, `Kestrel Bureau 416 555
// 0142`), is no number of a name (`Channel 4`, `Group 7 said`). Row 19.512.
static bool figure_goes_on(const Annotation& a, std::size_t i, std::size_t end) {
  if (i + 1 >= end) return false;
  if (a.tokens[i + 1].kind == TokenKind::Number) return true;
  return i + 2 < end && glued_hyphen(a, i + 1, end) && a.tokens[i + 2].kind == TokenKind::Number;
}

// Row 18.306: a single capital letter written without its full stop right after a given
// name is a middle initial (`Tom J Smith`, `Jane R Roe`: one person, not `Tom` and `J Smith`);
// not a letter that is a common word, and only after a given name, so a pattern opening on
// initials still needs the dotted form.
bool Recognizer::bare_middle_initial(const Annotation& a, std::size_t i) const {
  const Token& t = a.tokens[i];
  if (i == 0 || t.norm.size() != 1 || lex_.is_common_word(t)) return false;
  const Token& g = a.tokens[i - 1];
  return g.kind == TokenKind::Word && g.has(kCapitalized) && !g.has(kAllCaps) && lex_.is_given_name(g);
}

// Row 19.536: in a line set in capitals a name kept apart from organisation heads (a person's
// after a title or a given name) runs only over words that are no common English words there
// (caps_common_word), as sequence_end() reads such lines: `CLUB BOSS BANNED FOR DIVING`,
// `CAPTAIN TOM SMITH QUITS` hold no name `BANNED FOR DIVING`, `TOM SMITH QUITS`. A known
// surname stays, and a common word opening the name before one that is none (`CAPTAIN TOM
// SMITH`: `TOM` is a common word too), not a connector (`MANAGER OF TARNBY`).
bool Recognizer::headline_verb_word(const Annotation& a, const SentenceScratch& sc, std::size_t i,
                                    std::size_t end) const {
  const Token& t = a.tokens[i];
  if (!sc.caps_line || !t.has(kAllCaps) || sc.in_dateline(i) || !caps_common_word(t, sc) || lex_.is_known_surname(t))
    return false;
  const auto proper = [&](std::size_t k) {
    return a.tokens[k].has(kAllCaps) && name_like(a, sc, k) && !caps_common_word(a.tokens[k], sc);
  };
  return !(i > sc.first && !proper(i - 1) && i + 1 < end && proper(i + 1) && !lex_.in(Words::NameConnectors, t));
}

// Row 19.579: a word in title case (capitalised, not all in capitals) right before the
// opening bracket at token i - 1, or before its possessive `'s` (`Committee's (DEC)`).
static bool title_case_before_bracket(const Annotation& a, std::size_t i) {
  if (i < 2 || a.tokens[i - 1].norm != "(") return false;
  std::size_t k = i - 2;
  if (k > 0 && a.tokens[k].has(kPossessive) && !a.tokens[k].has(kCapitalized)) --k;
  const Token& w = a.tokens[k];
  return w.kind == TokenKind::Word && w.has(kCapitalized) && !w.has(kAllCaps);
}

// A pattern's word in capitals (shape CAPS, the acronym of `( ABC )`). Row 19.579: a word that
// not_names holds (a month's or a weekday's short form, `( SEP )` after a future's name in a
// price table, `megawatts ( MW )`) is none, unless a name in title case stands before its
// bracket, which it abbreviates (`the Disasters Emergency Committee ( DEC )`).
static bool caps_word(const Lexicons& lex, const Annotation& a, std::size_t i) {
  const Token& t = a.tokens[i];
  return t.kind == TokenKind::Word && t.has(kAllCaps) && t.norm.size() >= 2 &&
         !(lex.is_not_name(t) && !title_case_before_bracket(a, i));
}

bool Recognizer::token_ok(const Annotation& a, const SentenceScratch& sc, const PatternToken& pt, std::size_t i,
                          std::size_t end, std::size_t& used) const {
  used = 1;
  if (i >= end) return false;

  const Token& t = a.tokens[i];
  if (t.has(kFurniture) || t.has(kDuplicate)) return false;
  if (pt.no_space && t.has(kSpaceBefore)) return false;
  if (!pt.text_ids.empty()) {
    const std::uint32_t id = t.id != Vocab::kUnset ? t.id : lex_.vocab().find(t.norm);
    if (std::find(pt.text_ids.begin(), pt.text_ids.end(), id) == pt.text_ids.end()) return false;
  }
  // Shape first: flag tests are cheap, lexicon look-ups are not.
  bool ok = true;
  switch (pt.shape_id) {
    case Shape::Any: break;
    case Shape::Cap:
      // A capitalised common word is a common noun written as part of a name only where
      // the gazetteer names nothing ("Japan", "china" are common words too). Row 19.523: a
      // not-name (`New`, `North`) that a gazetteer name covers and goes on over, to the
      // capitalised word after it, is that name's word where a pattern takes any capitalised
      // word: `the Bank of New Tarnia`, `the University of New Kestria` hold the place `New
      // Tarnia` (before, the body's name stopped at `of` and only the place was found). Not
      // one that ends a gazetteer name or stands before a hyphen (`ABC News-Kestrun Post`, a
      // poll of two bodies; `Social Democrat-Green`).
      ok = t.kind == TokenKind::Word && t.has(kCapitalized) &&
           (!lex_.is_not_name(t) ||
            (pt.lex_id == LexName::Any && sc.known_at(i) && i + 1 < end && sc.known_at(i + 1) &&
             a.tokens[i + 1].kind == TokenKind::Word && a.tokens[i + 1].has(kCapitalized))) &&
           !(pt.lex_id == LexName::CommonWords && sc.known_at(i));
      break;
    case Shape::Caps: ok = caps_word(lex_, a, i); break;
    case Shape::Initial:
      ok = t.kind == TokenKind::Word && t.has(kAllCaps) && !sc.known_at(i) &&
           (t.has(kAbbrev) ? t.norm.size() <= 6 : bare_middle_initial(a, i));
      break;
    case Shape::Lower: ok = t.kind == TokenKind::Word && !t.has(kCapitalized); break;
    case Shape::Hyphen: ok = glued_hyphen(a, i, end); break;
    case Shape::Connector: ok = t.kind == TokenKind::Word && !t.has(kCapitalized) && is_connector(lex_, t); break;
    case Shape::Name:
      ok = name_like(a, sc, i) && !(pt.not_lex_id == LexName::OrgHeads && headline_verb_word(a, sc, i, end));
      break;
    case Shape::Number: ok = t.kind == TokenKind::Number && t.norm.size() <= 3 && !figure_goes_on(a, i, end); break;
  }
  if (!ok) return false;
  const bool cached = sc.phrase_cached(i);
  if (is_title_lexicon(pt.lex_id)) {
    if (!t.has(kCapitalized)) return false;
    std::uint32_t payload = 0;
    if (cached) {
      used = sc.title_len[i - sc.first];
      payload = sc.title_entry[i - sc.first];
    } else {
      used = lex_.title_index().match(a.tokens, i, end, payload);
    }
    if (!used || i + used > end) return false;
    const auto kind = lex_.titles()[payload].kind;
    if (kind == TitleEntry::Kind::RoleNoun) return false;
    if (pt.lex_id == LexName::Offices && kind != TitleEntry::Kind::Office) return false;
    if (pt.lex_id == LexName::Honorifics && kind != TitleEntry::Kind::Honorific) return false;
  } else if (pt.lex_id == LexName::Demonyms) {
    if (!t.has(kCapitalized)) return false;
    if (cached) {
      used = sc.demonym_len[i - sc.first];
      if (!used || i + used > end) return false;
    } else {
      auto m = gaz_.longest(a.tokens, i, end, false);
      used = m.end_token - m.first_token;
      if (!used) return false;
      if (std::none_of(m.hits.begin(), m.hits.end(), [](const GazetteerHit& h) { return h.kind == GazetteerHit::Kind::Demonym; }))
        return false;
    }
  } else if (pt.lex_id != LexName::Any && !lex_.in_lexicon(pt.lex_id, t)) {
    return false;
  }
  if (pt.not_lex_id != LexName::Any && (lex_.in_lexicon(pt.not_lex_id, t) || caps_org_head(lex_, pt.not_lex_id, t))) return false;
  return true;
}

std::size_t Recognizer::match_pattern(const Annotation& a, const SentenceScratch& sc, const NamePattern& p,
                                      std::size_t ti, std::size_t i, std::size_t end,
                                      std::vector<std::pair<std::size_t, std::size_t>>& caps) const {
  constexpr std::size_t kFail = static_cast<std::size_t>(-1);
  if (ti == p.tokens.size()) return i;
  const PatternToken& pt = p.tokens[ti];
  // Greedy with backtracking: try the longest repetition first.
  std::array<std::size_t, kMaxRep + 1> stops;  // positions after k repetitions
  std::size_t n_stops = 0;
  std::size_t pos = i;
  const std::size_t max_rep = (pt.op == '1' || pt.op == '?') ? 1 : kMaxRep;
  if (pt.op == '?' || pt.op == '*') stops[n_stops++] = pos;
  for (std::size_t rep = 0; rep < max_rep; ++rep) {
    std::size_t used = 0;
    if (!token_ok(a, sc, pt, pos, end, used)) break;
    pos += used;
    stops[n_stops++] = pos;
  }
  while (n_stops > 0) {
    const std::size_t reps_end = stops[--n_stops];
    if ((pt.op == '1' || pt.op == '+') && reps_end == i) continue;
    const std::size_t saved = caps.size();
    if (pt.capture && reps_end > i) caps.emplace_back(i, reps_end);
    const std::size_t r = match_pattern(a, sc, p, ti + 1, reps_end, end, caps);
    // A name never ends in its connector (row 19.500): `Office of Tariffs and the Senate`,
    // `Court of Claims for the Third District` end before `and`, `for`.
    // Nor does it go on over `and` to a name of its own (row 19.501): `University of Kestrun
    // and Professor Roe`, `Council of Dorvale and NATO` are two.
    const bool connector = pt.shape_id == Shape::Connector && reps_end > i && r != kFail;
    const bool ends_in_connector = connector && r == reps_end;
    // Two given names joined are one body's namesakes (`Tom and Ann Vale Foundation`); `of`
    // two places of one state is one body's reach (`Law Society of England and Wales`).
    const bool joins_own_name = connector && r > reps_end && opens_own_name(a, sc, reps_end, r) &&
                                lex_.in(Words::AdditiveConjunctions, a.tokens[i]) &&
                                !(i > 0 && lex_.is_given_name(a.tokens[i - 1]) && lex_.is_given_name(a.tokens[reps_end])) &&
                                !of_places_of_one_state(a, sc, i, r);
    if (r != kFail && !ends_in_connector && !joins_own_name) return r;
    caps.erase(caps.begin() + static_cast<std::ptrdiff_t>(saved), caps.end());
  }
  return kFail;
}

bool Recognizer::opens_own_name(const Annotation& a, const SentenceScratch& sc, std::size_t k,
                                std::size_t match_end) const {
  if (k < sc.first || k >= sc.end) return false;
  const std::size_t at = k - sc.first;
  // Gazetteer names that open here and fill the rest of the match (not one going on over the
  // connector, `Department of Health and Human Services`; not the first word of a longer
  // run, `Institute of Trade and Labour Studies`).
  bool known = !sc.known_at(k - 1);
  for (std::size_t j = k; known && j < match_end; ++j) known = sc.known_at(j);
  return known || lex_.is_given_name(a.tokens[k]) || (at < sc.phrase_n && sc.title_len[at] > 0);
}

// The connector at token k joins two gazetteer places of one state, the first after `of`:
// `of England and Wales`, `of Kestrun and Vorlat` when both lie in one country (not `of
// Europe and Russia`, `of England and France`).
bool Recognizer::of_places_of_one_state(const Annotation& a, const SentenceScratch& sc, std::size_t k,
                                        std::size_t match_end) const {
  const Candidate* before = nullptr;
  const Candidate* after = nullptr;
  for (const Candidate& c : sc.cands) {
    if (c.priority != 3 || c.entry < 0 || c.type != EntityType::Location) continue;
    if (c.end == k && c.first > sc.first && lex_.in(Words::OfPrepositions, a.tokens[c.first - 1])) before = &c;
    if (c.first == k + 1 && c.end == match_end) after = &c;
  }
  if (!before || !after) return false;
  const std::string& country = lex_.entries()[static_cast<std::size_t>(before->entry)].country;
  return !country.empty() && country == lex_.entries()[static_cast<std::size_t>(after->entry)].country;
}

// A person's name goes on over glued hyphens to further names: "Lucy Tyler-Sharman",
// "Jean-Michel Monin" (not across two known surnames: "Tillerson-Lavrov").
bool Recognizer::two_known_surnames(const Annotation& a, std::size_t hyphen) const {
  return lex_.is_known_surname(a.tokens[hyphen - 1]) && lex_.is_known_surname(a.tokens[hyphen + 1]);
}

void Recognizer::extend_over_hyphens(const Annotation& a, const SentenceScratch& sc, Candidate& c, std::size_t se) const {
  auto joins = [&](std::size_t left, std::size_t hyphen, std::size_t right) {
    return glued_hyphen(a, hyphen, se) && name_like(a, sc, left) && name_like(a, sc, right) && !sc.known_at(left) &&
           !sc.known_at(right) && !two_known_surnames(a, hyphen);
  };
  while (c.end + 1 < se && c.end == c.match_end && joins(c.end - 1, c.end, c.end + 1)) c.end = c.match_end = c.end + 2;
  while (c.first >= sc.first + 2 && c.first == c.match_first && joins(c.first - 2, c.first - 1, c.first))
    c.first = c.match_first = c.first - 2;
}

void Recognizer::start_sentence(const Annotation& a, std::uint32_t si, SentenceScratch& sc) const {
  const Sentence& s = a.sentences[si];
  sc.cands.clear();
  sc.caps_line = sc.caps_lines[si];
  sc.scan_marks = sc.sentence_marks[si];  // row 23.342
  // Row 23.356: a title-case line without lists is one with them too (the walk with
  // lists_too only reads past the numbers and commas that end the other), so the line is
  // read with lists_too first and read again without only when that holds (most lines: once).
  sc.headline_case = !sc.caps_line && title_case_line(a, s, true);
  sc.title_line = sc.headline_case && title_case_line(a, s, false);
  sc.first = s.first_token;
  sc.end = s.end_token;
  sc.dateline_name_end = dateline_name_end(a, lex_, s.first_token, s.end_token);
  sc.club_abbreviation = false;
  const std::size_t n = s.end_token - s.first_token;
  sc.masked.assign(n, 0);
  sc.known.assign(n, 0);
  sc.name_memo.clear();
  clear_phrases(sc, n);
  sc.longest_phrase = 0;  // the longest title_len or demonym_len, kept as they are written
}

// Row 23.387: title_len, title_entry and demonym_len are 0 but where sc.phrase_at says
// (row 23.386: title_cue() and gazetteer_name() note every token they write), so those
// tokens are set back to 0 and the arrays resized to the sentence (new entries are 0):
// the arrays assign(n, 0) gave, without filling the whole of each for every sentence.
// Made-up example: after `President Tom Smith spoke.` only `President`'s entries are reset.
void Recognizer::clear_phrases(SentenceScratch& sc, std::size_t n) {
  for (const std::uint32_t p : sc.phrase_at) {
    sc.title_len[p] = 0;
    sc.title_entry[p] = 0;
    sc.demonym_len[p] = 0;
  }
  sc.phrase_at.clear();
  // Row 23.420: grown only, not resized to every sentence (each resize past the last
  // sentence's length a call that fills the new entries): every entry is 0 now, and the
  // sentence's are the first phrase_n, which token_ok() and opens_own_name() ask as they
  // asked the size before.
  sc.phrase_n = n;
  if (sc.title_len.size() < n) {
    sc.title_len.resize(n);
    sc.title_entry.resize(n);
    sc.demonym_len.resize(n);
  }
}

// A line of a league table or a results list opening with this word, which then names a
// side (the word and at most two capitalised words after it: "Red Star", "Western
// Suburbs"): the side and six numbers or more ("Stoke 4 3 1 0 7 4 10": played, won, drawn,
// lost, goals, points), or the side, a number, one to three capitalised words and a number
// ("Reading 4 Stoke 1", "Sale 31 Wasps 33", "Young Boys 0 Servette 2"). A row label has one
// number ("Attendance 20,000", "Total 326"); a bowling figure four ("Such 20 4 56 2").
// Whether it is a team is read in a sports report (entities.cpp table_team).
bool Recognizer::team_row(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  if (i != sc.first) return false;
  std::size_t side_end = i + 1;
  while (side_end < sc.end && side_end < i + 3 && a.tokens[side_end].kind == TokenKind::Word &&
         a.tokens[side_end].has(kCapitalized))
    ++side_end;
  if (side_end + 1 >= sc.end || a.tokens[side_end].kind != TokenKind::Number) return false;
  std::size_t numbers = 0;
  for (std::size_t k = side_end; k < sc.end && a.tokens[k].kind == TokenKind::Number; ++k) ++numbers;
  if (numbers >= 6 && side_end + numbers == sc.end) return true;
  if (numbers != 1) return false;
  std::size_t k = side_end + 1;
  while (k < sc.end && k < side_end + 4 && a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized)) ++k;
  return k > side_end + 1 && k + 1 == sc.end && a.tokens[k].kind == TokenKind::Number;
}

// Inlined into its one caller's per-token loop (only this file calls it).
[[gnu::always_inline]] inline void Recognizer::title_cue(Annotation& a, SentenceScratch& sc, std::size_t i) const {
  const Token& t = a.tokens[i];
  std::uint32_t payload = 0;
  const auto n = lex_.title_index().match(a.tokens, i, sc.end, payload);
  if (!n) return;
  const auto& te = lex_.titles()[payload];
  if (n == 1 && te.kind == TitleEntry::Kind::Office && t.has(kCapitalized)) {
    if (surname_not_cue(a, sc, i)) return;
    if (speaking_office(a, sc, i) || lone_office_surname(a, sc, i)) {
      sc.cands.push_back(person_candidate(i, i + 1, "office-as-surname"));
      return;
    }
  }
  sc.title_len[i - sc.first] = static_cast<std::uint16_t>(n);
  sc.longest_phrase = std::max<std::size_t>(sc.longest_phrase, n);
  sc.title_entry[i - sc.first] = payload;
  sc.note_phrase(i);  // row 23.386
  if (!t.has(kCapitalized) && te.kind != TitleEntry::Kind::RoleNoun) return;
  Cue c;
  c.kind = te.kind == TitleEntry::Kind::Honorific ? Cue::Kind::Honorific : Cue::Kind::Title;
  c.first_token = static_cast<std::uint32_t>(i);
  c.end_token = static_cast<std::uint32_t>(i + n);
  c.value = te.title;
  c.default_country = te.default_country;
  a.cues.push_back(std::move(c));
  if (t.has(kCapitalized))
    for (std::size_t k = i; k < i + n; ++k) sc.masked[k - sc.first] = 1;
}

// The token after a line's first word shows a table row's label: a number, a bracket, the
// end of the line, or a capitalised common word in a line of numbers with no lower-case
// word ("Total Assets 14,196 7,138"; not "Republican President X signed ...").
bool Recognizer::table_row_label(const Annotation& a, const SentenceScratch& sc, std::size_t next) const {
  if (next >= sc.end) return true;
  const Token& n = a.tokens[next];
  if (n.kind == TokenKind::Number || n.norm == "(") return true;
  if (!n.has(kCapitalized) || !lex_.is_common_word(n)) return false;
  bool number = false;
  for (std::size_t k = next + 1; k < sc.end; ++k) {
    const Token& w = a.tokens[k];
    if (w.kind == TokenKind::Word && !w.has(kCapitalized)) return false;
    number |= w.kind == TokenKind::Number;
  }
  return number;
}

// Inlined into its one caller's per-token loop (only this file calls it).
[[gnu::always_inline]] inline void Recognizer::gazetteer_name(Annotation& a, SentenceScratch& sc, std::size_t i) const {
  const Token& t = a.tokens[i];
  // Case-folded look-up for ALL-CAPS words: headlines, tables, datelines ("WASHINGTON —"),
  // and a short one before another ("NEW YORK 5 Oakland 3").
  const bool folded = t.has(kAllCaps) && (sc.caps_line || t.norm.size() >= 4 ||
                                          (i + 1 < sc.end && a.tokens[i + 1].has(kAllCaps) && a.tokens[i + 1].norm.size() >= 2));
  if (!gaz_.may_start(t, folded)) return;
  auto m = gaz_.longest(a.tokens, i, sc.end, folded);
  if (m.end_token <= m.first_token) return;
  // One word that is an alias and a common word, opening a table line (before a number, a
  // bracket or another capitalised common word), is the common word: "Total 326", "Total
  // Assets 14,196" ("Conservatives said" opening a sentence stays the party).
  if (i == sc.first && m.end_token == i + 1 && lex_.is_common_word(t) && table_row_label(a, sc, i + 1) &&
      std::none_of(m.hits.begin(), m.hits.end(), [](const GazetteerHit& h) { return h.kind == GazetteerHit::Kind::Name; }))
    return;
  const GazetteerHit* best = nullptr;
  for (const auto& h : m.hits)
    if (h.kind != GazetteerHit::Kind::Demonym &&
        (!best || (h.kind == GazetteerHit::Kind::Name && best->kind != GazetteerHit::Kind::Name)))
      best = &h;
  // A one-word demonym that is a person's surname ("Mark Cuban", "Mr. English") is no cue.
  if (!best && m.end_token == i + 1 && t.has(kCapitalized) && !t.has(kAllCaps) && surname_not_cue(a, sc, i)) return;
  if (std::any_of(m.hits.begin(), m.hits.end(), [](const GazetteerHit& h) { return h.kind == GazetteerHit::Kind::Demonym; })) {
    sc.demonym_len[i - sc.first] = static_cast<std::uint16_t>(m.end_token - m.first_token);
    sc.longest_phrase = std::max<std::size_t>(sc.longest_phrase, m.end_token - m.first_token);
    sc.note_phrase(i);  // row 23.386
  }
  if (!best) {
    Cue c;
    c.kind = Cue::Kind::Demonym;
    c.first_token = m.first_token;
    c.end_token = m.end_token;
    c.gazetteer_entry = static_cast<std::int32_t>(m.hits.front().entry);
    c.value = lex_.entries()[m.hits.front().entry].name;
    a.cues.push_back(std::move(c));
    for (std::size_t k = m.first_token; k < m.end_token; ++k) sc.masked[k - sc.first] = 1;
    return;
  }
  Candidate c;
  c.first = c.match_first = m.first_token;
  c.end = c.match_end = m.end_token;
  // An alias written with a lower-case article ("the United Nations"): the article is no
  // part of the mention, the shortest span naming the entity.
  if (c.end > c.first + 1 && lex_.in_as_written(Words::Articles, t)) ++c.first;
  c.entry = static_cast<std::int32_t>(best->entry);
  c.type = lex_.entries()[best->entry].type;
  c.priority = 3;
  c.rule = best->kind == GazetteerHit::Kind::Name ? "gazetteer" : "gazetteer:alias";
  for (std::size_t k = m.first_token; k < m.end_token; ++k) sc.known[k - sc.first] = 1;
  sc.cands.push_back(std::move(c));
}

// Row 19.515: a US state's or a Canadian province's abbreviation right after a place and a
// comma, written without its full stop or with the stop spaced off (`KESTRUN , Va .`,
// `Dorvale , Mich 2021-03-04`, a wire's tokenised text or a headline), names the region
// whose alias is the word with its stop (`Va.`), as the glued `Dorvale, Va.` already
// does. The word must end the sentence or stand before a stop or a number (a date): a
// name going on (`Dorvale , Kan said`) is no abbreviation; a line in capitals is left.
void Recognizer::region_abbreviation_after_place(const Annotation& a, SentenceScratch& sc) const {
  if (!(sc.scan_marks & SentenceScratch::kHasComma)) return;  // row 23.342: no comma, no match
  // Row 23.423: the token's own kind and case asked first (most tokens are no capitalised
  // word), the comma before it after: the same tests, none with a side effect, in another
  // order. Made-up example: in `Tom Smith, who lives in Kestby, Tarn, spoke` only `Kestby`
  // and `Tarn` are asked whether a comma stands before them (`Tarn` is read on).
  const Token* const tokens = a.tokens.data();
  for (std::size_t i = sc.first + 2; i < sc.end; ++i) {
    const Token& t = tokens[i];
    if (t.kind != TokenKind::Word || (t.flags & (kCapitalized | kAllCaps)) != kCapitalized) continue;
    if (tokens[i - 1].norm != "," || t.norm.ends_with('.') || sc.known_at(i) || sc.masked_at(i)) continue;
    const Token& place = tokens[i - 2];
    if (place.kind != TokenKind::Word || !place.has(kCapitalized)) continue;
    if (i + 1 < sc.end && a.tokens[i + 1].kind != TokenKind::Number && !a.tokens[i + 1].norm.starts_with('.')) continue;
    std::vector<Token> probe(1);
    const std::string dotted = std::string(t.norm) + '.';
    probe[0].norm = dotted;
    const auto m = gaz_.longest(probe, 0, 1, false);
    if (m.end_token != 1) continue;
    for (const GazetteerHit& h : m.hits) {
      if (h.kind == GazetteerHit::Kind::Demonym || lex_.entries()[h.entry].type != EntityType::Location) continue;
      Candidate c;
      c.first = c.match_first = static_cast<std::uint32_t>(i);
      c.end = c.match_end = static_cast<std::uint32_t>(i + 1);
      c.entry = static_cast<std::int32_t>(h.entry);
      c.type = EntityType::Location;
      c.priority = 3;
      c.rule = "gazetteer:alias";
      sc.known[i - sc.first] = 1;
      sc.cands.push_back(std::move(c));
      break;
    }
  }
}

bool Recognizer::surname_not_cue(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  if (i + 1 < sc.end && a.tokens[i + 1].kind == TokenKind::Word && a.tokens[i + 1].has(kCapitalized)) return false;
  if (sc.doc_surname(a.tokens[i])) return true;
  if (i == sc.first) return false;
  const Token& p = a.tokens[i - 1];
  return p.kind == TokenKind::Word && p.has(kCapitalized) && !p.has(kAllCaps) && !sc.masked_at(i - 1) &&
         lex_.is_given_name(p) && !party_word_at(sc, i - 1);
}

// Row 19.573: token k is a one-word gazetteer name of a party (`Tory`, `Labour`) among the
// sentence's candidates so far.
bool Recognizer::party_word_at(const SentenceScratch& sc, std::size_t k) const {
  if (!sc.known_at(k)) return false;
  return std::any_of(sc.cands.begin(), sc.cands.end(), [&](const Candidate& c) {
    return c.priority == 3 && c.type == EntityType::Organization && c.first == k && c.end == k + 1 && party_entry(c.entry);
  });
}

bool Recognizer::speaking_office(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  const Token& t = a.tokens[i];
  if (t.has(kAllCaps) || i == sc.first || i + 1 >= sc.end) return false;
  const Token& p = a.tokens[i - 1];
  if (!(p.norm == "," || (p.kind == TokenKind::Quote && p.has(kCloseQuote)))) return false;
  return lower_speech_verb_at(lex_, a, i + 1, sc.end);
}

bool Recognizer::unknown_surname_at(const Annotation& a, const SentenceScratch& sc, std::size_t k) const {
  if (k >= sc.end) return false;
  const Token& s = a.tokens[k];
  return s.kind == TokenKind::Word && s.has(kCapitalized) && !s.has(kAllCaps) && !s.has(kAbbrev) && s.norm.size() >= 2 &&
         !sc.known_at(k) && !sc.masked_at(k) && !lex_.is_common_word(s) && !lex_.is_not_name(s);
}

bool Recognizer::speaking_first_name(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  const Token& t = a.tokens[i];
  if (i + 2 >= sc.end || t.has(kAllCaps) || lex_.ends_in(Words::AdverbSuffixes, t.lower)) return false;
  // The word lists and bits of the token's lower-case form, as interned (no look-up).
  if (lex_.in(Words::DiscourseMarkers, t) || lex_.in(Words::SentenceLinkers, t) || lex_.in(Words::SentenceOpeners, t) ||
      lex_.in(Words::PersonRoleNouns, t) || lex_.in(Words::PlayerNouns, t) || lex_.in(Words::SpeakerPhrasePrepositions, t) ||
      lex_.in(Words::BeforeThat, t) || lex_.in(Words::NotClauseOpeners, t) || (lex_.lower_bits(t) & Lexicons::kTitleFirst))
    return false;
  if (!unknown_surname_at(a, sc, i + 1) || a.tokens[i + 1].has(kPossessive)) return false;
  if (lower_speech_verb_at(lex_, a, i + 2, sc.end)) return true;
  if (a.tokens[i + 2].norm != ",") return false;
  for (std::size_t k = i + 3; k + 1 < sc.end; ++k)
    if (a.tokens[k].norm == "," && lower_speech_verb_at(lex_, a, k + 1, sc.end)) return true;
  return false;
}

// Row 23.304: one walk over each sentence's tokens fills both sc.office_surnames and
// sc.caps_lines (mostly_caps()'s counts, read by note_common_surnames() after), where two
// walks were made. Made-up example: in `"We will act," Mayor said.` the walk counts the
// sentence's words for caps_lines and notes `mayor` as an office used as a surname.
// Row 23.342: the walk also notes per sentence its one-character marks (scan_mark(), into
// sc.sentence_marks). Row 23.343: the tokens are read through a pointer held here (the call
// below may change any memory for the compiler, which reloaded the vector's data each
// token).
void Recognizer::note_office_surnames(const Annotation& a, SentenceScratch& sc) const {
  sc.office_surnames.clear();
  sc.caps_lines.resize(a.sentences.size());
  sc.sentence_marks.resize(a.sentences.size());
  const Token* const tokens = a.tokens.data();
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    const bool office = !s.furniture && !s.duplicate;
    sc.first = s.first_token;
    sc.end = s.end_token;
    std::size_t words = 0, caps = 0;
    std::uint8_t marks = 0;
    constexpr std::uint16_t kOfficeFlags = kCapitalized | kFurniture | kDuplicate;
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = tokens[i];
      const std::size_t len = t.norm.size();
      if (len == 1) marks |= scan_mark(t.norm.front());
      const bool counted = t.kind == TokenKind::Word && len >= 2;  // mostly_caps()'s words
      words += counted;
      caps += counted && t.has(kAllCaps);
      // A capitalised word after a comma or a closing mark (speaking_office()'s first tests).
      if (office && t.kind == TokenKind::Word && (t.flags & kOfficeFlags) == kCapitalized && i > s.first_token &&
          i + 1 < s.end_token && (tokens[i - 1].norm.size() == 1 || tokens[i - 1].kind == TokenKind::Quote))
        note_office_surname(a, sc, i);
    }
    sc.caps_lines[si] = caps_share(words, caps);
    sc.sentence_marks[si] = marks;
  }
}

// Row 23.342: a comma, an opening bracket and a hyphen mark the sentences that
// region_abbreviation_after_place(), acronym_expansions() and hyphen_syllable_names() walk
// (each match holds such a token). Made-up example: `Tom Smith spoke in Kestby.` has none,
// so none of the three walks it.
std::uint8_t Recognizer::scan_mark(char c) {
  switch (c) {
    case ',': return SentenceScratch::kHasComma;
    case '(': return SentenceScratch::kHasBracket;
    case '-': return SentenceScratch::kHasHyphen;
    default: return 0;
  }
}

// An office title that speaks as a surname (`, Mayor said`), noted once.
void Recognizer::note_office_surname(const Annotation& a, SentenceScratch& sc, std::size_t i) const {
  std::uint32_t payload = 0;  // the cheap tests of speaking_office() first
  if (!speaking_office(a, sc, i) || lex_.title_index().match(a.tokens, i, sc.end, payload) != 1 ||
      lex_.titles()[payload].kind != TitleEntry::Kind::Office)
    return;
  if (!sc.office_surname(a.tokens[i])) sc.office_surnames.emplace_back(a.tokens[i].lower);
}

void Recognizer::note_common_surnames(const Annotation& a, SentenceScratch& sc) const {
  sc.common_surnames.clear();
  // The list is read only in lines set in capitals (caps_common_word): a document with none
  // needs no list, and most have none. Each sentence's test once, for both passes below
  // and for start_sentence().
  const auto& caps = sc.caps_lines;  // filled by note_office_surnames() (row 23.304)
  if (std::find(caps.begin(), caps.end(), 1) == caps.end()) return;
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate || caps[si]) continue;
    for (std::size_t i = s.first_token; i + 1 < s.end_token; ++i) {
      const Token& g = a.tokens[i];
      const Token& t = a.tokens[i + 1];
      if (t.kind != TokenKind::Word || !t.has(kCapitalized) || t.has(kAllCaps) || g.kind != TokenKind::Word ||
          !g.has(kCapitalized) || g.has(kAllCaps) || !lex_.is_common_word(t) || !lex_.is_given_name(g) || sc.common_surname(t))
        continue;
      // Not a given name inside a gazetteer name begun before it: `San Francisco Giants`.
      if (i > s.first_token && a.tokens[i - 1].has(kCapitalized) && gaz_.may_start(a.tokens[i - 1], false) &&
          gaz_.longest(a.tokens, i - 1, s.end_token, false).end_token > i)
        continue;
      sc.common_surnames.emplace_back(t.lower);
    }
  }
  if (sc.common_surnames.empty()) return;
  // Kept only when the document also uses the word alone as a name (lone_surname_use): a
  // given name before a common word is no proof that a headline's `GOLD`, `YOUNG`, `GREEN`
  // or `HOPE` is that person rather than the common word (`Mark Gold`, `Ashley Young`).
  std::vector<std::string> used;
  for (std::size_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate || caps[si]) continue;
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = a.tokens[i];
      if (t.kind != TokenKind::Word || !t.has(kCapitalized) || t.has(kAllCaps) || !sc.common_surname(t) ||
          std::find(used.begin(), used.end(), t.lower) != used.end() || !lone_surname_use(a, s, i))
        continue;
      used.emplace_back(t.lower);
    }
  }
  sc.common_surnames = std::move(used);
}

// A capitalised word used alone as a person's name: not inside a longer capitalised name (a
// title before it aside: `Coach Shearer`), not after an article, and at a sentence's start
// only before a speech verb or a person's relative pronoun (`Shearer said`, `Bonnet , who`;
// elsewhere `, Shearer`, `" Hill said`; `Gold fell` may be the metal's price).
bool Recognizer::lone_surname_use(const Annotation& a, const Sentence& s, std::size_t i) const {
  const auto cap_word = [&](std::size_t k) {
    return a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized);
  };
  if (i + 1 < s.end_token && cap_word(i + 1)) return false;
  if (i == s.first_token)
    return lower_speech_verb_at(lex_, a, i + 1, s.end_token) ||
           (i + 2 < s.end_token && a.tokens[i + 1].norm == "," && lex_.in(Words::PersonRelatives, a.tokens[i + 2]));
  if (lex_.in(Words::Articles, a.tokens[i - 1])) return false;
  if (!cap_word(i - 1)) return true;
  std::uint32_t payload = 0;
  return lex_.title_index().match(a.tokens, i - 1, s.end_token, payload) == 1;
}

bool Recognizer::lone_office_surname(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  const Token& t = a.tokens[i];
  if (!sc.office_surname(t) || t.has(kAllCaps)) return false;
  if (i > sc.first && a.tokens[i - 1].kind == TokenKind::Word) return false;
  return i + 1 >= sc.end || !(a.tokens[i + 1].kind == TokenKind::Word && a.tokens[i + 1].has(kCapitalized));
}

void Recognizer::index_anchors(const Annotation& a, SentenceScratch& sc) const {
  sc.name_memo.assign(sc.end - sc.first, -1);  // masks are final now
  sc.anchor_at.resize(anchors_.size());
  // Row 23.281: only the lists the sentence before filled are emptied (those past the size,
  // left by another Recognizer on this thread, went with the resize).
  for (AnchorMask m = sc.anchors_filled; m; m &= m - 1)
    if (const auto k = static_cast<std::size_t>(std::countr_zero(m)); k < sc.anchor_at.size()) sc.anchor_at[k].clear();
  // Row 23.387: the walk below writes every token's mask, so the array is only resized.
  if (anchors_.empty()) sc.anchor_mask.assign(sc.end - sc.first, 0);
  else sc.anchor_mask.resize(sc.end - sc.first);
  const std::size_t first = sc.first, se = sc.end;
  // The per-token arrays read through pointers held here: a push_back below may change
  // any memory for the compiler, which would load every vector's data again each token.
  const Token* const tokens = a.tokens.data();
  AnchorMask* const anchor_mask = sc.anchor_mask.data();
  AnchorMask present = 0;  // the anchors holding somewhere in the sentence
  // Row 23.402: the tokens pattern_names() and capitalised_sequences() visit, listed where
  // an anchor holds or a capitalised word stands.
  if (sc.visit_at.size() < se - first) sc.visit_at.resize(se - first);
  std::uint32_t* const visit = sc.visit_at.data();
  std::size_t nv = 0;
  if (!anchors_.empty()) {
    for (std::size_t i = first; i < se; ++i) {
      const AnchorMask mask = anchors_at(tokens[i], sc, i);
      anchor_mask[i - first] = mask;
      present |= mask;
      if (!mask) {  // most tokens
        if (capital_word(tokens[i])) visit[nv++] = static_cast<std::uint32_t>(i);
        continue;
      }
      visit[nv++] = static_cast<std::uint32_t>(i);
      for (AnchorMask m = mask; m; m &= m - 1)
        sc.anchor_at[static_cast<std::size_t>(std::countr_zero(m))].push_back(static_cast<std::uint32_t>(i));
    }
    sc.visit_n = nv;
    phrase_anchors(a, sc, present);  // row 23.386
  } else {
    for (std::size_t i = first; i < se; ++i)
      if (capital_word(tokens[i])) visit[nv++] = static_cast<std::uint32_t>(i);
    sc.visit_n = nv;
  }
  sc.anchors_filled = present;
  // Patterns whose anchor does not occur after the sentence's first required tokens are out.
  sc.cap_patterns.clear();
  sc.other_patterns.clear();
  sc.cap_set = sc.other_set = 0;
  if (pattern_bits_) {
    choose_pattern_bits(sc, present);
    return;
  }
  for (std::uint32_t pi = 0; pi < pattern_anchor_.size(); ++pi) {
    const PatternAnchor& pa = pattern_anchor_[pi];
    if ((pa.later_mask & ~present) != 0) continue;  // a later anchor holds nowhere
    if (std::any_of(pa.later.begin(), pa.later.end(), [&](const LaterAnchor& la) {
          const auto& at = sc.anchor_at[static_cast<std::size_t>(la.anchor)];
          return at.empty() || at.back() < sc.first + la.offset;
        }))
      continue;
    // As lists (more patterns than bits; as bits above, choose_pattern_bits()).
    sc.cap_patterns.push_back(pi);
    if (!opens_on_capital(lex_.name_patterns()[pi])) sc.other_patterns.push_back(pi);
  }
}

// Row 23.261: index_anchors()' choice of patterns when they fit in bits, the same tests
// in another order: a pattern is out when one of its later anchors holds nowhere in the
// sentence (the patterns of each absent anchor, taken out at once, rather than each
// pattern's later_mask tested in turn), then when a later anchor holds only before its
// offset from the sentence's start (asked only of the patterns left that have later
// anchors). Made-up example: in `Tom Smith spoke.` no head word of an organisation
// (`Ltd`, `Inc`) holds, so every pattern ending on one is out before any is visited.
void Recognizer::choose_pattern_bits(SentenceScratch& sc, AnchorMask present) const {
  std::uint64_t out = 0;
  for (AnchorMask m = later_anchors_ & ~present; m; m &= m - 1)
    out |= later_anchor_patterns_[static_cast<std::size_t>(std::countr_zero(m))];
  std::uint64_t chosen = all_patterns_ & ~out;
  for (std::uint64_t l = chosen & later_patterns_; l; l &= l - 1) {
    const int pi = std::countr_zero(l);
    const PatternAnchor& pa = pattern_anchor_[static_cast<std::size_t>(pi)];
    if (std::any_of(pa.later.begin(), pa.later.end(), [&](const LaterAnchor& la) {
          const auto& at = sc.anchor_at[static_cast<std::size_t>(la.anchor)];
          return at.empty() || at.back() < sc.first + la.offset;
        }))
      chosen &= ~(std::uint64_t{1} << pi);
  }
  sc.cap_set = chosen;
  sc.other_set = chosen & other_patterns_;
}

// Row 23.344: with the patterns as bits, a token where no anchor holds and that is no
// capitalised word can start only a pattern of other_set with no first anchor; when the
// sentence has none (most sentences), such a token is passed over at once, before the
// per-token tests below (the same `tried` of 0 they would give), and a sentence with no
// pattern left at all is not walked. Made-up example: in `the board met on Tuesday in
// Kestby` only `Tuesday` and `Kestby` (and any anchor word) are looked at.
void Recognizer::pattern_names(const Annotation& a, SentenceScratch& sc) const {
  const std::size_t first = sc.first, se = sc.end;
  const AnchorMask* const anchor_mask = sc.anchor_mask.data();
  if (pattern_bits_ && !(sc.cap_set | sc.other_set)) return;
  const bool lean = pattern_bits_ && !(sc.other_set & anchorless_first_);
  const Token* const tokens = a.tokens.data();
  // Row 23.402: lean, only the tokens index_anchors() listed (an anchor or a capitalised
  // word) are visited, what the test of each token gave; else every token.
  const std::uint32_t* const visit = sc.visit_at.data();
  const std::size_t nv = lean ? sc.visit_n : se - first;
  for (std::size_t v = 0; v < nv; ++v) {
    const std::size_t i = lean ? visit[v] : first + v;
    const Token& t = tokens[i];
    if (t.has(kFurniture) || t.has(kDuplicate) || t.kind == TokenKind::Number) continue;
    const bool capitalised = t.kind == TokenKind::Word && t.has(kCapitalized);
    const AnchorMask mask = anchor_mask[i - first];
    if (!pattern_bits_) {  // more patterns than bits: each tested in turn
      for (const std::uint32_t pi : capitalised ? sc.cap_patterns : sc.other_patterns) {
        const PatternAnchor& pa = pattern_anchor_[pi];
        if ((t.flags & pa.first_flags) != pa.first_flags) continue;
        if (pa.first >= 0 && !((mask >> pa.first) & 1u)) continue;
        if (anchors_in_reach(sc, pa, i)) pattern_at(a, sc, pi, i);
      }
      continue;
    }
    // The same tests on all patterns at once: first anchor holding here (or none), shape flags.
    std::uint64_t start = anchorless_first_;
    for (AnchorMask m = mask; m; m &= m - 1) start |= first_anchor_patterns_[static_cast<std::size_t>(std::countr_zero(m))];
    std::uint64_t tried = (capitalised ? sc.cap_set : sc.other_set) & start;
    if (!tried) continue;  // (most tokens: no pattern starts here, whatever the shape)
    for (const auto& [flags, patterns] : flag_patterns_)
      if ((t.flags & flags) != flags) tried &= ~patterns;
    // Row 23.356: the later anchors' reach asked here, before the call (most calls ended at
    // it). Made-up example: `Tom Smith spoke` tries no organisation pattern ending on a head
    // word (`Holdings`) at `Tom`: none holds within its reach.
    for (; tried; tried &= tried - 1) {
      const auto pi = static_cast<std::uint32_t>(std::countr_zero(tried));
      const PatternAnchor& pa = pattern_anchor_[pi];
      if (pa.later.empty() || anchors_in_reach(sc, pa, i)) pattern_at(a, sc, pi, i);
    }
  }
}

// Row 19.526: a pattern name that ends on a connector and a body's opening word (org_heads,
// start) that an `of` follows ends before the connector: the word opens a second body's
// name (`the Duchy of Kestby and Duchy of Tarn` are two bodies, not `Duchy of Kestby and
// Duchy`).
void Recognizer::cut_before_second_body(const Annotation& a, const SentenceScratch& sc, Candidate& c) const {
  if (c.end < c.first + 3 || c.end != c.match_end || c.end >= sc.end) return;
  if (!lex_.in(Words::OfPrepositions, a.tokens[c.end]) || !lex_.in_lexicon(LexName::OrgStarts, a.tokens[c.end - 1]) ||
      !is_connector(lex_, a.tokens[c.end - 2]) || a.tokens[c.end - 2].has(kCapitalized))
    return;
  c.end = c.match_end = c.end - 2;
}

// Row 19.580: an organisation's pattern name that opens with a person's name, a given name and
// one name word (an initial between them allowed), then `of`, is the person's firm after the
// person: `Tom Smith of Acme Holdings Inc` names Tom Smith (his own pattern finds him) and Acme
// Holdings Inc, not one body; so does a match that opens on the surname after the given name
// (`Smith of Acme Holdings Inc`). Not when the name word is an organisation head or start, or a
// common word (`Georgia Institute of Technology`, `Grant Foundation of ...`).
static bool initial_token(const Token& t) { return t.kind == TokenKind::Word && t.has(kAllCaps) && t.has(kAbbrev); }

void Recognizer::cut_person_before_of(const Annotation& a, const SentenceScratch& sc, Candidate& c) const {
  if (c.type != EntityType::Organization || c.first != c.match_first || c.end < c.first + 3) return;
  const auto& tok = a.tokens;
  std::size_t k = c.first;  // the surname
  if (lex_.is_given_name(tok[k]) && tok[k + 1].has(kCapitalized)) {
    k = initial_token(tok[k + 1]) ? k + 2 : k + 1;
  } else {
    // The match opens on the initial or the surname after the given name: the given name
    // (and the initial) right before it.
    std::size_t g = k;
    if (initial_token(tok[k])) ++k;
    else if (g > sc.first && initial_token(tok[g - 1])) --g;
    if (g <= sc.first || !lex_.is_given_name(tok[g - 1])) return;
  }
  if (k + 3 >= c.end) return;
  const Token& surname = tok[k];
  const Token& of = tok[k + 1];
  if (of.has(kCapitalized) || !lex_.in(Words::OfPrepositions, of) || !name_like(a, sc, k) || lex_.is_common_word(surname) ||
      lex_.in_lexicon(LexName::OrgHeads, surname) || lex_.in_lexicon(LexName::OrgStarts, surname))
    return;
  c.first = c.match_first = static_cast<std::uint32_t>(k + 2);
}

// Row 23.356: its callers in pattern_names() ask anchors_in_reach() first (the call is made
// only for a pattern whose later anchors hold within its reach of token i).
void Recognizer::pattern_at(const Annotation& a, SentenceScratch& sc, std::uint32_t pi, std::size_t i) const {
  const NamePattern& p = lex_.name_patterns()[pi];
  auto& caps = sc.caps;
  caps.clear();
  const std::size_t r = match_pattern(a, sc, p, 0, i, sc.end, caps);
  if (r == static_cast<std::size_t>(-1) || r == i) return;
  Candidate c;
  c.match_first = static_cast<std::uint32_t>(i);
  c.match_end = static_cast<std::uint32_t>(r);
  if (caps.empty()) {
    c.first = c.match_first;
    c.end = c.match_end;
  } else {
    c.first = static_cast<std::uint32_t>(caps.front().first);
    c.end = static_cast<std::uint32_t>(caps.back().second);
  }
  c.type = p.label;
  c.priority = 2;
  c.rule = p.id;
  cut_before_second_body(a, sc, c);
  cut_person_before_of(a, sc, c);
  if (c.type == EntityType::Person) extend_over_hyphens(a, sc, c, sc.end);
  if (c.rule == "club-abbreviation+name") sc.club_abbreviation = true;
  sc.cands.push_back(std::move(c));
}

bool Recognizer::party_entry(std::int32_t entry) const {
  if (entry < 0) return false;
  const auto& e = lex_.entries()[static_cast<std::size_t>(entry)];
  if (e.type != EntityType::Organization) return false;
  const auto& words = phrase_tokens(e.name);
  return std::any_of(words.begin(), words.end(), [&](const Token& w) { return lex_.in(Words::PartyNameWords, w.lower); });
}

void Recognizer::party_names(const Annotation& a, SentenceScratch& sc) const {
  const std::size_t n = sc.cands.size();
  bool cut = false;
  for (std::size_t ci = 0; ci < n; ++ci) {
    const Candidate c = sc.cands[ci];  // a copy: the loop appends to sc.cands
    if (c.priority != 3 || c.type != EntityType::Organization || c.first < sc.first + 1) continue;
    // Cheap tests first (a person's name running into it, a demonym before it); the
    // party test (party_entry) only when one holds.
    const auto runs_in = [&](const Candidate& p) {
      return p.priority == 2 && p.type == EntityType::Person && p.first < c.first && c.first < p.end;
    };
    const bool person_before = std::any_of(sc.cands.begin(), sc.cands.begin() + static_cast<std::ptrdiff_t>(n), runs_in);
    // The demonym cue ending right before the party's name (this sentence's cues are last),
    // of a region, not a country: "American Republicans" are members of the national party.
    const Cue* cue = nullptr;
    for (auto q = a.cues.rbegin(); q != a.cues.rend() && q->first_token >= sc.first && !cue; ++q)
      if (q->kind == Cue::Kind::Demonym && q->end_token == c.first) cue = &*q;
    if (cue && (cue->gazetteer_entry < 0 ||
                lex_.entries()[static_cast<std::size_t>(cue->gazetteer_entry)].type != EntityType::Location))
      cue = nullptr;
    if ((!person_before && !cue) || !party_entry(c.entry)) continue;
    // A person's pattern name running into the party's name ends before it.
    for (std::size_t pi = 0; pi < n; ++pi)
      if (runs_in(sc.cands[pi])) {
        sc.cands[pi].end = sc.cands[pi].match_end = c.first;
        cut = true;
      }
    if (!cue) continue;
    sc.cands.push_back(pattern_candidate(cue->first_token, c.end, EntityType::Organization, "demonym+party"));
  }
  // What is left of a cut person's name is one given name or less: no name of its own.
  if (cut)
    std::erase_if(sc.cands, [](const Candidate& p) { return p.priority == 2 && p.type == EntityType::Person && p.end < p.first + 2; });
}

// Row 19.573: a one-word gazetteer name of a party that is also a given name (`Tory`) opening
// a person's given-name pattern is the party's adjective, not the person's first name, when
// the next word is a title, a common word or a given name: `Tory MP` (`Tom Smith, a Tory MP,
// said`), `Tory Treasurer`, `Tory Parliamentary hopefuls`, `Tory Jane Roe` were one PERSON.
// The pattern's candidate is dropped, so the party is chosen and the words after it are read
// on their own (a title; the person's own name, found by its own pattern). Before a surname
// only (`Tory Kestlund`) the word is the person's given name, as before.
void Recognizer::party_word_given_names(const Annotation& a, SentenceScratch& sc) const {
  const auto opens_party = [&](const Candidate& p) {
    if (p.priority != 2 || p.type != EntityType::Person || !p.rule.starts_with("given-name") || p.end < p.first + 2)
      return false;
    const std::size_t k = p.first + 1;
    const Token& n = a.tokens[k];
    return (sc.masked_at(k) || lex_.is_common_word(n) || lex_.is_given_name(n)) && party_word_at(sc, p.first);
  };
  std::erase_if(sc.cands, opens_party);
}

// `Old` before a name the gazetteer knows is an adjective of the known body or place, its
// former self (`Old Labour`, `Old Europe`, `Old Hollywood`), not the first word of another
// place's name: the pattern old+name (`Old Trafford`, `Old Billingsgate Fish Market`,
// names no list holds) is dropped when the words after `Old` are a gazetteer name (row 19.352).
// Nor before a plural noun of people (word list people_noun_suffixes: `Old Etonians`, `Old
// Harrovians`, `Old Wykehamists`, former pupils of a school, row 19.371): no place.
void Recognizer::old_known_names(const Annotation& a, SentenceScratch& sc) const {
  const auto known_after_old = [&](const Candidate& p) {
    if (p.priority != 2 || p.rule != "old+name") return false;
    if (lex_.ends_in(Words::PeopleNounSuffixes, a.tokens[p.end - 1].lower)) return true;
    return std::any_of(sc.cands.begin(), sc.cands.end(),
                       [&](const Candidate& c) { return c.priority == 3 && c.first == p.first + 1 && c.end == p.end; });
  };
  std::erase_if(sc.cands, known_after_old);
}

// A given name before a place word (pattern name+cap-loc-head: `Peter River`, `Graham Lane`,
// `Wayne Bridge`) names a person, not a place, when the name speaks right after (a speech
// verb: `Peter River said`, `Dan Lane calls it`) or a relative clause on a person follows
// (word list person_relatives: `Peter River, who ...`), also after an apposition opened by an
// indefinite article (`Peter River, a farmer from Ohio, said`, row 19.383); elsewhere it stays a place
// (`Trent Bridge`, `Ellis Park`, `Jefferson County`). The place's candidate is dropped, so a
// person's pattern (given-name+surname) is chosen (row 19.372).
void Recognizer::person_before_place_word(const Annotation& a, SentenceScratch& sc) const {
  // The token after an apposition opened by an indefinite article at k (`, a farmer from
  // Ohio,`: word list indefinite_articles), closed by a comma within twelve tokens; `end` if none.
  const auto apposition_end = [&](const Annotation& an, std::size_t k, std::size_t end) {
    if (k + 1 >= end || an.tokens[k].norm != "," || !lex_.in(Words::IndefiniteArticles, an.tokens[k + 1])) return end;
    for (std::size_t j = k + 2; j < end && j < k + 14; ++j)
      if (an.tokens[j].norm == ",") return j + 1;
    return end;
  };
  const auto person = [&](const Candidate& p) {
    if (p.priority != 2 || p.rule != "name+cap-loc-head" || p.end != p.first + 2) return false;
    const Token& g = a.tokens[p.first];
    if (!g.has(kCapitalized) || g.has(kAllCaps) || !lex_.is_given_name(g)) return false;
    if (p.end < sc.end && lower_speech_verb_at(lex_, a, p.end, sc.end)) return true;
    if (p.end + 1 < sc.end && a.tokens[p.end].norm == "," && lex_.in(Words::PersonRelatives, a.tokens[p.end + 1]))
      return true;
    const std::size_t close = apposition_end(a, p.end, sc.end);  // `Peter River, a farmer from Ohio, said`
    return close < sc.end && lower_speech_verb_at(lex_, a, close, sc.end);
  };
  std::erase_if(sc.cands, person);
}

// A given name that opens a gazetteer place of two or more words is the place's word, not a
// person's first name: "San Francisco Giants", "San Antonio Spurs", "Santa Clara County" are
// the place and a name glued to it (merge_glued_name: a body named after the place), not a
// person "San" with the surname "Francisco Giants". A person's pattern name that opens with
// such a place and runs past it is dropped, so the place is chosen and the name glued to it.
void Recognizer::place_given_names(SentenceScratch& sc) {
  const auto opens_place = [&](const Candidate& p) {
    if (p.priority != 2 || p.type != EntityType::Person || !p.rule.starts_with("given-name")) return false;
    return std::any_of(sc.cands.begin(), sc.cands.end(), [&](const Candidate& c) {
      return c.priority == 3 && c.type == EntityType::Location && c.first == p.first && c.end >= c.first + 2 && c.end < p.end;
    });
  };
  std::erase_if(sc.cands, opens_place);
}

// A gazetteer place whose last word opens an organisation's pattern name (the pattern's
// modifiers take no `New`, `North`: not_names) is the organisation's first words: `the New
// Jersey Department of Health`, `the New Hampshire Institute of Politics` (row 19.391), not
// `Jersey Department of Health` beside the place `New Jersey`. The word after the place
// must be capitalised (not `New York for Democratic Party fundraisers`), and the name must
// join no two bodies by a coordinator (`Department of Health and State University`).
void Recognizer::org_over_place_start(const Annotation& a, SentenceScratch& sc) const {
  const auto coordinated = [&](const Candidate& p) {
    for (auto k = p.first; k < p.end; ++k)
      if (!a.tokens[k].has(kCapitalized) && lex_.in(Words::Coordinators, a.tokens[k])) return true;
    return false;
  };
  for (auto& p : sc.cands) {
    if (p.priority != 2 || p.type != EntityType::Organization || p.first != p.match_first || coordinated(p)) continue;
    for (const auto& c : sc.cands)
      if (c.priority == 3 && (c.type == EntityType::Location || c.type == EntityType::Country) && c.first < p.first &&
          p.first < c.end && c.end < p.end && a.tokens[c.end].has(kCapitalized)) {
        p.first = p.match_first = c.first;
        break;
      }
  }
}

// A place word's pattern name (loc-before+name: `North`, `South`, `Fort` before names) that
// opens with a gazetteer place of two or more words and runs past it is no place of its own:
// `North Dakota RNC Committeeman Curly Haugland`, `South Carolina Tea Party Coalition
// Convention` were one LOCATION. The candidate is dropped, so the place is chosen and the
// words after it are read on their own (a body, a title and a person); row 19.411.
void Recognizer::place_word_over_place(SentenceScratch& sc) {
  const auto runs_past_place = [&](const Candidate& p) {
    if (p.priority != 2 || p.rule != "loc-before+name") return false;
    return std::any_of(sc.cands.begin(), sc.cands.end(), [&](const Candidate& c) {
      return c.priority == 3 && (c.type == EntityType::Location || c.type == EntityType::Country) && c.first == p.first &&
             c.end >= c.first + 2 && c.end < p.end;
    });
  };
  std::erase_if(sc.cands, runs_past_place);
}

// `F.C.` closing a name found before it (org-sequence+head: `Kestrun F.C.`) is that club's
// last word, so it opens no club's name after it (club-abbreviation+name): a headline run
// into its first sentence, `Takeover offer for Kestrun F.C. Bob Marley, chairman of ...`,
// is the club, then the person, not `F.C. Bob Marley` (the longer match). Row 19.476.
void Recognizer::club_abbreviation_after_name(SentenceScratch& sc) {
  if (!sc.club_abbreviation) return;
  const auto closes_a_name = [&](const Candidate& p) {
    if (p.priority != 2 || p.rule != "club-abbreviation+name") return false;
    return std::any_of(sc.cands.begin(), sc.cands.end(), [&](const Candidate& c) {
      return c.priority >= 2 && c.type == EntityType::Organization && c.first < p.first && c.end == p.first + 1;
    });
  };
  std::erase_if(sc.cands, closes_a_name);
}

// Row 19.525: a gazetteer place (no country) with compass words of word list
// district_words names a district of it, an electoral seat or an area, one LOCATION with
// no gazetteer entry: the words after it (`Tarnshire South West`, `Kestby Coastal seat`;
// not when a capitalised word goes on: `Kestby East Coast Railway` is a body's), a word
// glued before it by a hyphen (`Mid-Tarnshire`) or a one-letter abbreviation before it
// (`H Webb (S Tarnshire)`) of a region. Before, the place alone was taken, or a body (place+name).
std::size_t Recognizer::district_start(const Annotation& a, const SentenceScratch& sc, std::size_t first,
                                       bool region) const {
  const auto district = [&](std::size_t k) {
    // By the lower-case form as a string: a one-letter token's mask is its own form's (`S`).
    return a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized) &&
           lex_.in(Words::DistrictWords, a.tokens[k].lower);
  };
  if (first >= sc.first + 2 && glued_hyphen(a, first - 1, sc.end) && district(first - 2) && a.tokens[first - 2].norm.size() > 1)
    return first - 2;
  // A one-letter point before a region only: before a town's name it is a person's
  // initial (`N Tarnby (Kestby AC)`).
  if (first >= sc.first + 1 && district(first - 1) && a.tokens[first - 1].norm.size() == 1 && region) return first - 1;
  return first;
}

void Recognizer::place_districts(const Annotation& a, SentenceScratch& sc) const {
  const std::size_t n = sc.cands.size();
  for (std::size_t ci = 0; ci < n; ++ci) {
    const Candidate& p = sc.cands[ci];
    if (p.priority != 3 || p.type != EntityType::Location || a.tokens[p.end - 1].has(kPossessive)) continue;
    std::size_t end = p.end;
    while (end < sc.end && a.tokens[end].kind == TokenKind::Word && a.tokens[end].norm.size() > 1 &&
           a.tokens[end].has(kCapitalized) && lex_.in(Words::DistrictWords, a.tokens[end]) &&
           !a.tokens[end - 1].has(kPossessive))
      ++end;
    if (end < sc.end && end > p.end && a.tokens[end].kind == TokenKind::Word && a.tokens[end].has(kCapitalized) &&
        !a.tokens[end].has(kAllCaps))
      end = p.end;
    const bool region = p.entry >= 0 && lex_.entries()[static_cast<std::size_t>(p.entry)].id.starts_with("region:");
    const std::size_t first = district_start(a, sc, p.first, region);
    if (first == p.first && end == p.end) continue;
    Candidate c = p;
    c.first = c.match_first = static_cast<std::uint32_t>(first);
    c.end = c.match_end = static_cast<std::uint32_t>(end);
    repattern(c, EntityType::Location, "place+district");
    sc.cands.push_back(c);
  }
}

// The letters a word of a body's full name gives its acronym: the first of a capitalised
// word, every letter of a capitalised abbreviation (`U.N.` gives `UN`); none otherwise.
static std::string acronym_letters(const Token& t) {
  std::string out;
  if (t.kind != TokenKind::Word || !t.has(kCapitalized)) return out;
  if (!(t.has(kAbbrev) && t.has(kAllCaps))) return std::string(1, t.norm.front());
  for (const char ch : t.norm)
    if (ch != '.') out += ch;
  return out;
}

// Where the full name that `acronym` (its first `letters` letters still to find) abbreviates
// begins, reading back from token k: each capitalised word gives its letters (every word
// must give them, in order), a lower-case word of acronym_expansion_words its first letter
// or none, an apostrophe or a possessive `s` nothing (`Farmers ' Union`). The name opens
// with a capitalised word; sc.end when the words before the bracket spell no such name.
std::size_t Recognizer::expansion_start(const Annotation& a, const SentenceScratch& sc, std::string_view acronym,
                                        std::size_t k, std::size_t letters, int depth) const {
  if (letters == 0 || k < sc.first || k >= sc.end || depth > 12) return sc.end;
  const Token& t = a.tokens[k];
  if (t.has(kFurniture) || t.has(kDuplicate)) return sc.end;
  const auto next = [&](std::size_t used) { return expansion_start(a, sc, acronym, k - 1, letters - used, depth + 1); };
  if (t.has(kCapitalized)) {
    const std::string mine = acronym_letters(t);
    if (mine.empty() || mine.size() > letters || acronym.substr(letters - mine.size(), mine.size()) != mine) return sc.end;
    return mine.size() == letters ? k : (k == sc.first ? sc.end : next(mine.size()));
  }
  if (k == sc.first) return sc.end;
  if (t.norm == "'" || (t.norm == "s" && !t.has(kSpaceBefore) && a.tokens[k - 1].norm == "'")) return next(0);
  if (!lex_.in_as_written(Words::AcronymExpansionWords, t)) return sc.end;
  if (letters > 1 && std::toupper(static_cast<unsigned char>(t.norm.front())) == acronym[letters - 1]) {
    const std::size_t start = next(1);
    if (start != sc.end) return start;
  }
  return next(0);
}

// An acronym in brackets (`( OSCE )`, CAPS of two to eight letters) defines the name of
// capitalised words right before it whose initials spell it (`Organisation for Security
// and Cooperation in Europe`, `Iraqi News Agency ( INA )`, `U.N. Interim Force in Lebanon
// ( UNIFIL )`): that whole run is a body's name, though its words are common nouns, a
// not-name (`News`) or a place (`Lebanon`); a candidate of rule `acronym-expansion`, longer
// than any name inside it. Not in a line set in capitals (a headline), nor one word, nor a
// run that a connector glues to a capitalised word before it.
void Recognizer::acronym_expansions(const Annotation& a, SentenceScratch& sc) const {
  if (sc.caps_line) return;
  if (!(sc.scan_marks & SentenceScratch::kHasBracket)) return;  // row 23.342: no `(`, no match
  for (std::size_t i = sc.first + 2; i + 2 < sc.end; ++i) {
    const Token& acr = a.tokens[i + 1];
    if (a.tokens[i].norm != "(" || a.tokens[i + 2].norm != ")" || acr.kind != TokenKind::Word || !acr.has(kAllCaps) ||
        !a.tokens[i - 1].has(kCapitalized))  // the name ends in a capitalised word, not a possessive's `'`
      continue;
    std::string acronym;
    for (const char ch : acr.norm)
      if (ch != '.') acronym += ch;
    if (acronym.size() < 2 || acronym.size() > 8) continue;
    const std::size_t start = expansion_start(a, sc, acronym, i - 1, acronym.size(), 0);
    if (start == sc.end || i - start < 2) continue;
    // A name running on before the words found (`Rally for the Return of | Refugees and
    // Democracy in Rwanda ( RDR )`) spells more than the acronym: no telling where it starts.
    if (start >= sc.first + 2 && !a.tokens[start - 1].has(kCapitalized) &&
        lex_.in_as_written(Words::AcronymExpansionWords, a.tokens[start - 1]) && a.tokens[start - 2].has(kCapitalized))
      continue;
    // A name ending in a place word (loc_heads, position after: `Northern Cape Province
    // (NCP)`, `Rift Valley (RV)`) is a place's (row A451).
    const EntityType type =
        lex_.in_lexicon(LexName::LocAfter, a.tokens[i - 1]) ? EntityType::Location : EntityType::Organization;
    sc.cands.push_back(pattern_candidate(start, i, type, "acronym-expansion"));
  }
}

// Row 19.547. A committee named in lower case after the body it belongs to (BBC style:
// `the Commons public accounts committee`, `the Commons work and pensions committee`) is an
// organisation over the words up to the head (word list body_part_heads: committee,
// subcommittee, panel, caucus), the body keeping its own mention (affiliations.cpp
// body_before_committee() makes the committee part of it, as body_in_name() does for the
// capitalised `Commons Public Accounts Committee`). The body is a gazetteer organisation and no party (a party's name is an
// adjective there: `the Labour policy committee` is not named); the words between are one
// to four lower-case content words, `and` or a hyphen between two of them, no article,
// determiner, connector or verb of speech (`told the Commons the committee` is none), and no
// possessive after the body (`the Bank's rate-setting committee` describes one). An
// indefinite article before the body says the committee is one of several, not named
// (`a Commons select committee`). Made-up example: `Tom Smith, chairman of the Commons
// harbour safety committee, said` -> ORGANIZATION `harbour safety committee`, part of
// the Commons.
void Recognizer::lower_case_committees(const Annotation& a, SentenceScratch& sc) const {
  const std::size_t n = sc.cands.size();
  for (std::size_t ci = 0; ci < n; ++ci) {
    const Candidate c = sc.cands[ci];  // a copy: the loop appends to sc.cands
    if (c.priority != 3 || c.type != EntityType::Organization || c.entry < 0 || c.end + 1 >= sc.end) continue;
    if (c.first > sc.first && lex_.in(Words::IndefiniteArticles, a.tokens[c.first - 1])) continue;
    const std::size_t end = lower_committee_end(a, c.end, sc.end);
    if (end == 0 || party_entry(c.entry)) continue;
    sc.cands.push_back(pattern_candidate(c.end, end, EntityType::Organization, "body+lower-committee"));
  }
}

// The end of the lower-case committee words opening at token k (lower_case_committees()):
// one past the body-part head, or 0 when the words there are none such.
std::size_t Recognizer::lower_committee_end(const Annotation& a, std::size_t k, std::size_t se) const {
  std::size_t words = 0;
  bool joined = false;  // the token before was `and` or a hyphen: a word must follow
  for (; k < se && words <= 4; ++k) {
    const Token& t = a.tokens[k];
    const bool hyphen = t.kind == TokenKind::Punct && t.norm == "-";
    if (hyphen || (t.kind == TokenKind::Word && lex_.in(Words::AdditiveConjunctions, t))) {
      if (words == 0 || joined) return 0;
      joined = true;
      continue;
    }
    if (t.kind != TokenKind::Word || t.has(kCapitalized) || t.has(kPossessive) || lex_.in(Words::Determiners, t) ||
        lex_.in(Words::NameConnectors, t) || lex_.in(Words::PhraseEndWords, t) || lex_.in(Words::Coordinators, t))
      return 0;
    if (lex_.in(Words::BodyPartHeads, t)) return words > 0 && !joined ? k + 1 : 0;
    if (lower_speech_verb_at(lex_, a, k, se)) return 0;
    ++words;
    joined = false;
  }
  return 0;
}

Recognizer::Candidate Recognizer::pattern_candidate(std::size_t first, std::size_t end, EntityType type,
                                                    std::string_view rule) {
  Candidate c;
  c.first = c.match_first = static_cast<std::uint32_t>(first);
  c.end = c.match_end = static_cast<std::uint32_t>(end);
  c.type = type;
  c.priority = 2;
  c.rule = rule;
  return c;
}

// A press review's heading (press_headings) names a paper: one organisation over the whole
// line, unless the line is only a place the gazetteer knows (a country's section: `IRAQ`).
void Recognizer::press_heading(SentenceScratch& sc, std::size_t first, std::size_t end) {
  for (const Candidate& c : sc.cands)
    if (c.first == first && c.end == end && c.entry >= 0 && c.type != EntityType::Organization) return;
  Candidate c;
  c.first = c.match_first = static_cast<std::uint32_t>(first);
  c.end = c.match_end = static_cast<std::uint32_t>(end);
  c.type = EntityType::Organization;
  c.priority = 3;
  c.rule = "press-heading";
  sc.cands.push_back(c);
}

void Recognizer::repattern(Candidate& c, EntityType type, std::string_view rule) {
  c.type = type;
  c.entry = -1;
  c.priority = 2;
  c.rule = rule;
}

void Recognizer::take(SentenceScratch& sc, const Candidate& c) {
  for (auto k = c.first; k < c.end; ++k)
    if (sc.taken[k - sc.first]) return;
  for (auto k = c.first; k < c.end; ++k) sc.taken[k - sc.first] = 1;
  sc.chosen.push_back(c);
}

void Recognizer::choose_candidates(SentenceScratch& sc) {
  // Longest captured span, then gazetteer before pattern, then leftmost.
  const auto before = [](const Candidate& x, const Candidate& y) {
    const auto lx = x.end - x.first, ly = y.end - y.first;
    if (lx != ly) return lx > ly;
    if (x.priority != y.priority) return x.priority > y.priority;
    return x.first < y.first;
  };
  // Row 23.345: a sentence's few candidates are sorted in place by insertion, which is stable
  // as std::stable_sort is (a candidate moves only past those strictly after it), so the
  // order is the same; stable_sort allocated and freed a buffer for every sentence. Many
  // candidates (a long table line) still go to stable_sort. Made-up example: `Tom Smith`
  // (two words) goes before `Kestby` (one), and two one-word gazetteer names keep text order.
  if (sc.cands.size() <= 32)
    insertion_sort(sc.cands, before);
  else
    std::stable_sort(sc.cands.begin(), sc.cands.end(), before);
  sc.taken.assign(sc.end - sc.first, 0);
  sc.chosen.clear();
  for (const auto& c : sc.cands) take(sc, c);
}

// A word of a line set in capitals that stays a common word there: not one the document
// writes elsewhere as a given name's surname (sc.common_surnames: `SHEARER`, `WOODS`).
bool Recognizer::caps_common_word(const Token& t, const SentenceScratch& sc) const {
  return lex_.is_common_word(t.lower) && !sc.common_surname(t);
}

// Inlined into its one caller's per-token loop (only this file calls it).
[[gnu::always_inline]] inline bool Recognizer::free_name(const Annotation& a, const SentenceScratch& sc, std::size_t k) const {
  return !sc.taken[k - sc.first] && name_like(a, sc, k);
}

std::size_t Recognizer::sequence_end(const Annotation& a, const SentenceScratch& sc, std::size_t i) const {
  const std::size_t se = sc.end;
  auto particle = [&](const Token& v) {
    return v.kind == TokenKind::Word && !v.has(kCapitalized) && is_connector(lex_, v) && !lex_.in_as_written(Words::NameFunctionWords, v);
  };
  std::size_t j = i + 1;
  while (j < se) {
    if (free_name(a, sc, j) && !(sc.caps_line && !sc.in_dateline(j) && caps_common_word(a.tokens[j], sc))) { ++j; continue; }
    // Two known surnames joined by a hyphen are two people ("the Tillerson-Lavrov talks").
    if (glued_hyphen(a, j, se) && !two_known_surnames(a, j) && free_name(a, sc, j + 1)) { j += 2; continue; }
    // A short lower-case word glued by hyphens between two names is inside the name:
    // "Inzamam-ul-Haq", "Stratford-upon-Avon", "Seine-et-Marne".
    if (j + 3 < se && glued_hyphen(a, j, se) && glued_hyphen(a, j + 2, se) && a.tokens[j + 1].kind == TokenKind::Word &&
        !a.tokens[j + 1].has(kCapitalized) && a.tokens[j + 1].norm.size() <= 5 && free_name(a, sc, j + 3)) {
      j += 4;
      continue;
    }
    // Particles, up to three in a row, between two names: "Joost van der Westhuizen".
    std::size_t k = j;
    while (k < se && k - j < 3 && particle(a.tokens[k])) ++k;
    if (k > j && k < se && free_name(a, sc, k)) { j = k + 1; continue; }
    break;
  }
  return j;
}

// A free name right before a name found by a given name is a first name of the same
// person: "Rhodri Glyn Thomas" (the given-name list lacks "Rhodri"); not a common word
// ("Councilwoman Debi Rose").
bool Recognizer::merge_first_name(const Annotation& a, SentenceScratch& sc, std::size_t b, std::size_t j,
                                  std::size_t& i) const {
  for (auto& pc : sc.chosen)
    if (pc.priority == 2 && pc.type == EntityType::Person && pc.first == j && pc.first == pc.match_first &&
        lex_.is_given_name(a.tokens[pc.first]) && !a.tokens[b].has(kAllCaps) &&
        std::none_of(a.tokens.begin() + static_cast<std::ptrdiff_t>(b), a.tokens.begin() + static_cast<std::ptrdiff_t>(j),
                     [&](const Token& w) { return lex_.is_common_word(w); })) {
      pc.first = pc.match_first = static_cast<std::uint32_t>(b);
      for (auto k = pc.first; k < pc.end; ++k) sc.taken[k - sc.first] = 1;
      i = pc.end - 1;
      return true;
    }
  return false;
}

// A gazetteer place glued to an unknown name is part of a longer name (GUIDELINES
// "Entities": the mention is the whole name), most often a body named after the place:
// "Chicago Cubs", "Athens Newsroom", "Sparta Rotterdam"; a person when the name begins
// with a given name; a place with a place word before or after it (loc_heads: "South East
// Asia", "Edinburgh Airport"). Not in ALL-CAPS lines, where names run together.
bool Recognizer::merge_glued_name(const Annotation& a, SentenceScratch& sc, std::size_t b, std::size_t j,
                                  std::size_t& i) const {
  if (sc.caps_line || a.tokens[j - 1].has(kPossessive)) return false;
  Candidate* place = nullptr;
  for (auto& pc : sc.chosen)
    if (pc.priority == 3 && pc.type == EntityType::Location && (pc.end == b || pc.first == j) &&
        !a.tokens[pc.end - 1].has(kPossessive))
      place = &pc;
  if (!place) return merge_first_name(a, sc, b, j, i);
  if (place->first == j && run_in_headline_post(a, sc, b, *place)) return false;
  // A given name opening a one-word place, or before the place, is a person's ("Jordan
  // Henderson"); one opening a longer place is the place's word ("San Francisco Giants",
  // place_given_names).
  const bool place_word_first = place->end == b && place->end - place->first >= 2;
  const bool camel_given = camel_given_name(a, b, j, *place);
  place->first = place->match_first = std::min<std::uint32_t>(place->first, static_cast<std::uint32_t>(b));
  place->end = place->match_end = std::max<std::uint32_t>(place->end, static_cast<std::uint32_t>(j));
  const Token& first_word = a.tokens[place->first];
  EntityType type = EntityType::Organization;
  if ((!place_word_first && lex_.is_given_name(first_word)) || camel_given) type = EntityType::Person;
  else if (lex_.in_lexicon(LexName::LocBefore, first_word) || lex_.in_lexicon(LexName::LocAfter, a.tokens[place->end - 1]))
    type = EntityType::Location;  // "West Miami", "Tarn Airport"
  repattern(*place, type, "place+name");
  for (auto k = place->first; k < place->end; ++k) sc.taken[k - sc.first] = 1;
  i = place->end - 1;
  return true;
}

// A headline run into the text of copy with no line break ends on a name glued to the
// place that opens the text on a title before a name (`Thomas out of Six Nations Wales
// captain Gareth Thomas has ...`, `... eyeing tour place Former England captain Jo Roe`):
// the name `b` opens after two words at least and within a headline's reach (twelve
// tokens) of the document's first sentence, and a lower-case title and a capitalised word
// follow the place. The place then opens the text's phrase, no body's name (row 18.302).
bool Recognizer::run_in_headline_post(const Annotation& a, const SentenceScratch& sc, std::size_t b,
                                      const Candidate& place) const {
  if (a.sentences.empty() || sc.first != a.sentences.front().first_token || b < sc.first + 2 || b >= sc.first + 12 ||
      place.end + 1 >= sc.end)
    return false;
  const Token& title = a.tokens[place.end];
  const std::size_t n = title.kind == TokenKind::Word && !title.has(kCapitalized) && !title.has(kPossessive)
                            ? lex_.post_title(a.tokens, place.end, sc.end)
                            : 0;
  if (n == 0 || place.end + n >= sc.end) return false;
  const Token& name = a.tokens[place.end + n];
  if (name.kind != TokenKind::Word || !name.has(kCapitalized)) return false;
  for (std::size_t k = 0; k < place.end; ++k)
    if (a.tokens[k].has(kLineBefore)) return false;
  return true;
}

// One unknown word written in camel case, one capital inside it after a lower-case letter or
// more and before two or more (`MaliVai`, `LaShawn`, `JoAnne`: a given name's spelling,
// which the given-name list leaves out), right before a one-word place that is no country
// (a surname taken from a place, `Washington`), is a person's given name: `MaliVai
// Washington` is a person, not a body named after the place (row 19.431). A company's
// camel case before a country is its branch there (`PepsiCo India`), and two common words
// glued together are a brand before its city (`JetBlue Boston`, row 19.450).
bool Recognizer::camel_given_name(const Annotation& a, std::size_t b, std::size_t j, const Candidate& place) const {
  if (j != b + 1 || place.first != j || place.end != j + 1 || place.type == EntityType::Country) return false;
  const std::string_view w = a.tokens[b].norm;
  if (w.size() < 5 || w[0] < 'A' || w[0] > 'Z') return false;
  std::size_t inner = 0, at = 0;
  for (std::size_t k = 1; k < w.size(); ++k) {
    if (w[k] >= 'A' && w[k] <= 'Z') {
      ++inner;
      at = k;
    } else if (w[k] < 'a' || w[k] > 'z') {
      return false;
    }
  }
  if (inner != 1 || at < 2 || w.size() - at < 3) return false;
  // Two common words glued together are a brand's coinage (`JetBlue Boston`, `SoCal Edison`,
  // `YouTube London`: row 19.450), not a given name's spelling (`MaliVai`, `LaShawn`).
  std::string head(w.substr(0, at)), tail(w.substr(at));
  head[0] = static_cast<char>(head[0] - 'A' + 'a');
  tail[0] = static_cast<char>(tail[0] - 'A' + 'a');
  return !(lex_.is_common_word(head) && lex_.is_common_word(tail));
}

// A one-word country right before one unknown capitalised word that ends the name is a
// person's first name: `America Ferrera`, `Chad Ogea`, `Jordan Bratman` (people are named
// after countries; the given-name list leaves such names out, and the gazetteer took the word
// for the country, the surname left alone). Not before a common word, an organisation's head,
// a place word or a not-name (`India Rice`, `Israel Appeal`, `Chad Ministry`, `Jordan
// River`, `Georgia Tech`: a body, a place or a thing named after the country), nor a word in
// capitals or glued to the country. The country stands inside its sentence after a word or a
// comma (not opening a headline, `Venezuela FinMin to ...`, nor after a dash or a bracket),
// not after a capitalised name word (`Agence France`: a longer name; a capitalised common
// word opening the sentence is none), a place preposition (`in Chad`) or a function word
// that is no coordinator (word list name_function_words: `of Belgium Wednesday`), nor in a
// line set in capitals, where names run together (row 19.401).
bool Recognizer::country_first_name(const Annotation& a, SentenceScratch& sc, std::size_t b, std::size_t j,
                                    std::size_t& i) const {
  if (sc.caps_line || j != b + 1 || b < sc.first + 2) return false;
  const Token& w = a.tokens[b];
  if (w.has(kAllCaps) || !w.has(kSpaceBefore) || lex_.is_common_word(w) || lex_.is_not_name(w) ||
      lex_.in_lexicon(LexName::OrgHeads, w) || lex_.in_lexicon(LexName::LocAfter, w))
    return false;
  const Token& before = a.tokens[b - 2];
  if (before.kind != TokenKind::Word) {
    if (before.norm != ",") return false;
  } else if ((before.has(kCapitalized) && !lex_.is_common_word(before)) || lex_.in(Words::PlacePrepositions, before) ||
             (lex_.in(Words::NameFunctionWords, before) && !lex_.in(Words::Coordinators, before))) {
    return false;
  }
  for (auto& pc : sc.chosen) {
    if (pc.priority != 3 || pc.type != EntityType::Country || pc.end != b || pc.first + 1 != b ||
        a.tokens[pc.first].has(kPossessive) || a.tokens[pc.first].has(kAllCaps))
      continue;
    pc.end = pc.match_end = static_cast<std::uint32_t>(j);
    repattern(pc, EntityType::Person, "country-name+surname");
    sc.taken[b - sc.first] = 1;
    i = j - 1;
    return true;
  }
  return false;
}

// A name opened by one capital letter glued to it by a hyphen, the name token at b: `T-Mobile`,
// `F-Secure`, `G-III` (row 19.390), a company's or a brand's shape: the letter is its first
// word (before, `Mobile` alone was a name and `III` King Charles III). Not a letter glued on
// its other side too (`Roc-A-Fella`), nor a party letter after a bracket or a comma before a
// state (`Sen. Ted Cruz (R-TX)`, `Rep. Chris Collins, R-NY,`: affiliations.cpp reads those),
// nor after a capitalised word (a surname's spelling, `Jason O-Grady`), nor in a line set in
// capitals (a Maltese paper's article, `L-ORIZZONT`: case shows nothing there).
bool Recognizer::letter_name(const Annotation& a, const SentenceScratch& sc, std::size_t b) const {
  if (sc.caps_line || b < sc.first + 2 || !glued_hyphen(a, b - 1, sc.end) || sc.taken[b - 2 - sc.first]) return false;
  const Token& t = a.tokens[b - 2];
  if (t.kind != TokenKind::Word || t.norm.size() != 1 || t.norm[0] < 'A' || t.norm[0] > 'Z') return false;
  if (b - 2 == sc.first) return true;
  const Token& p = a.tokens[b - 3];
  return p.norm != "(" && p.norm != "," && !(p.norm == "-" && !t.has(kSpaceBefore)) &&
         !(p.kind == TokenKind::Word && p.has(kCapitalized));
}

// The hyphen at h closes a given name written in two syllables, the second in lower case:
// `Song-ho`, `In-so`, `Chun-yeh`, `Yuan-dong` (Korean and Chinese given names): a word of
// 2-6 letters capitalised before it (not in capitals, no abbreviation or possessive), a
// lower-case word of 2-5 letters glued after it that is no common word (not `-based`,
// `-born`, `-style`, `-led`, `-era`) but an open syllable of two letters, and no name
// connector, with no further hyphen glued to
// it (`Weston-super-Mare`); not in a line set in capitals.
bool Recognizer::hyphen_syllable_at(const Annotation& a, const SentenceScratch& sc, std::size_t h) const {
  if (sc.caps_line || h < sc.first + 1 || !glued_hyphen(a, h, sc.end)) return false;
  const Token& x = a.tokens[h - 1];
  const Token& y = a.tokens[h + 1];
  if (x.kind != TokenKind::Word || !x.has(kCapitalized) || x.has(kAllCaps) || x.has(kAbbrev) || x.norm.size() < 2 ||
      x.norm.size() > 6)
    return false;
  if (y.kind != TokenKind::Word || y.has(kCapitalized) || y.norm.size() < 2 || y.norm.size() > 5 ||
      !std::all_of(y.norm.begin(), y.norm.end(), [](char c) { return c >= 'a' && c <= 'z'; }) ||
      is_connector(lex_, y))
    return false;
  // A common word only as an open syllable of two letters (`ho`, `so`, `mo`), not a particle
  // (`Line-up`, `Sit-in`, `Add-on`).
  const bool open_syllable = y.norm.size() == 2 && std::string_view("aeiouy").find(y.norm[1]) != std::string_view::npos;
  if (lex_.is_common_word(y) && !open_syllable) return false;
  return !glued_hyphen(a, h + 2, sc.end);
}

// The person's name c takes its tokens up to `end` and a free name right after it, the
// surname after a patronymic (`Nursultan Abish-uly Nazarbayev`).
void Recognizer::take_name_after(const Annotation& a, SentenceScratch& sc, Candidate& c, std::size_t end) const {
  if (end < sc.end && free_name(a, sc, end)) ++end;
  for (auto k = c.end; k < end; ++k) sc.taken[k - sc.first] = 1;
  c.end = c.match_end = static_cast<std::uint32_t>(end);
}

// A person's name that ends right before a given name's lower-case syllable takes it (`Kim
// In` of `Kim In-so`, found by given-name+surname); two free capitalised words before one
// (`Li Song-ho`, `Chen Chun-yeh`) are a person's name, surname first: the first word of 2-6
// letters, not in capitals, no function word (name_function_words: not `The Kim-ho`), not a
// common word opening the sentence, and no free capitalised word right before it (a longer
// name). Rule `name+hyphen-syllable`; no word list (row 19.410).
void Recognizer::hyphen_syllable_names(const Annotation& a, SentenceScratch& sc) const {
  if (sc.caps_line) return;  // hyphen_syllable_at() holds nowhere in a line set in capitals
  if (!(sc.scan_marks & SentenceScratch::kHasHyphen)) return;  // row 23.342: no `-`, no glued hyphen
  for (std::size_t h = sc.first + 1; h + 1 < sc.end; ++h) {
    // Most tokens are no glued hyphen: hyphen_syllable_at()'s first test, inline, without the call.
    if (!glued_hyphen(a, h, sc.end)) continue;
    if (!hyphen_syllable_at(a, sc, h) || sc.taken[h - sc.first] || sc.taken[h + 1 - sc.first]) continue;
    if (sc.taken[h - 1 - sc.first]) {
      for (auto& pc : sc.chosen)
        if (pc.end == h && pc.type == EntityType::Person && pc.end - pc.first >= 2) take_name_after(a, sc, pc, h + 2);
      continue;
    }
    if (h < sc.first + 2 || sc.taken[h - 2 - sc.first]) continue;
    const std::size_t w = h - 2;
    const Token& t = a.tokens[w];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized) || t.has(kAllCaps) || t.has(kAbbrev) || t.has(kPossessive) ||
        t.norm.size() < 2 || t.norm.size() > 6 || lex_.in(Words::NameFunctionWords, t) ||
        (w == sc.first && lex_.is_common_word(t)))
      continue;
    if (w > sc.first && free_name(a, sc, w - 1)) continue;
    take(sc, person_candidate(w, h + 2, "name+hyphen-syllable"));
    take_name_after(a, sc, sc.chosen.back(), h + 2);
  }
}

// A nickname in marks between a given name and its surname is part of the person's name
// (rule 19.420; GUIDELINES "Entities": the mention is the whole name): at j, right after a
// run of capitalised words that ends on a given name (given_names data), an opening mark,
// one or two capitalised words, its closing mark and a free capitalised word (`state Del.
// Marcia "Cia" Price`, `Marion "Suge" Knight`, `Brian 'Head' Welch`; quotes_direct.cpp
// nickname_in_name reads the same shape as no speech). Returns the end of the surname's run
// (sequence_end), or j when the shape is not there; not in a line set in capitals.
std::size_t Recognizer::nickname_surname_end(const Annotation& a, const SentenceScratch& sc, std::size_t j) const {
  const std::size_t se = sc.end;
  if (sc.caps_line || j + 3 >= se || !lex_.is_given_name(a.tokens[j - 1]) || a.tokens[j].kind != TokenKind::Quote ||
      !a.tokens[j].has(kSpaceBefore))
    return j;
  std::size_t k = j + 1;
  while (k < se && k - j <= 2 && a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized) && !sc.taken[k - sc.first]) ++k;
  if (k == j + 1 || k - j > 3 || k + 1 >= se || a.tokens[k].kind != TokenKind::Quote || a.tokens[k].has(kSpaceBefore) ||
      !a.tokens[k + 1].has(kSpaceBefore) || !free_name(a, sc, k + 1))
    return j;
  return sequence_end(a, sc, k + 1);
}

// A competitor listed with the country he plays for (`Kel Ward ( Spain )`, a draw or a results
// list) has a surname that may be a common word (`Tom Forget ( France )`, `Jane Mantle ( Spain
// )`): a capitalised common word right after a given name that opens the sequence and right
// before a bracketed country the gazetteer chose is the surname, not a word outside the name.
// Not in a line set in capitals. Row 19.514.
std::size_t Recognizer::competitor_surname_end(const Annotation& a, const SentenceScratch& sc, std::size_t b,
                                               std::size_t j) const {
  const std::size_t se = sc.end;
  if (sc.caps_line || j != b + 1 || j + 3 >= se || sc.taken[j - sc.first] || a.tokens[j + 1].norm != "(") return j;
  const Token& w = a.tokens[j];
  if (w.kind != TokenKind::Word || !w.has(kCapitalized) || w.has(kAllCaps) || !lex_.is_common_word(w) ||
      !lex_.is_given_name(a.tokens[b]))
    return j;
  for (const auto& pc : sc.chosen)
    if (pc.priority == 3 && pc.type == EntityType::Country && pc.first == j + 2 && pc.end < se && a.tokens[pc.end].norm == ")")
      return j + 1;
  return j;
}

void Recognizer::capitalised_sequences(const Annotation& a, SentenceScratch& sc) const {
  const std::size_t se = sc.end;
  const Token* const tokens = a.tokens.data();
  // Row 23.402: only index_anchors()' list (every capitalised word in it) is visited, from
  // the token after the last sequence taken (`next`).
  std::size_t next = sc.first;
  for (std::size_t v = 0; v < sc.visit_n; ++v) {
    std::size_t i = sc.visit_at[v];
    if (i < next) continue;
    // Row 23.355: name_like()'s first test, asked before free_name() reads the taken marks:
    // most tokens are no capitalised word and are left at it (`met`, `in` of `Tom Smith met
    // Jane Roe in Kestby`).
    if (tokens[i].kind != TokenKind::Word || !tokens[i].has(kCapitalized)) continue;
    if (!free_name(a, sc, i)) continue;
    if (sc.caps_line && !sc.in_dateline(i) && caps_common_word(a.tokens[i], sc)) continue;
    std::size_t b = i;
    bool lettered = false;
    // "al-Assad": a lower-case particle glued to the name.
    if (b >= sc.first + 2 && glued_hyphen(a, b - 1, se) && !sc.taken[b - 2 - sc.first] &&
        lex_.in_as_written(Words::HyphenParticles, a.tokens[b - 2]))
      b -= 2;
    else if (letter_name(a, sc, b)) {
      b -= 2;
      lettered = true;
    }
    const std::size_t j0 = sequence_end(a, sc, i);
    const std::size_t jn = nickname_surname_end(a, sc, j0);
    const std::size_t j = jn == j0 ? competitor_surname_end(a, sc, b, j0) : jn;
    if (j == j0 && (country_first_name(a, sc, b, j, i) || merge_glued_name(a, sc, b, j, i))) {
      // They moved i to the merged name's last token: the walk goes on after it.
      next = i + 1;
      const auto* const at = sc.visit_at.data();
      v = static_cast<std::size_t>(std::lower_bound(at, at + sc.visit_n, next) - at) - 1;
      continue;
    }
    Candidate c;
    c.first = c.match_first = static_cast<std::uint32_t>(b);
    c.end = c.match_end = static_cast<std::uint32_t>(j);
    c.priority = 1;
    c.rule = "capitalised-sequence";
    if (lettered) c.rule = "letter+name";
    if (j != j0) {
      c.type = EntityType::Person;
      c.rule = jn == j0 ? "given-name+surname" : "given+nickname+surname";
    }
    take(sc, c);
    next = j;
  }
}

// Row 19.581: a nation's noun for one person (word list demonym_nouns) opening a person's
// name before a given name is the person's nationality, not a first name: `Welshman Tom
// Smith`, `Dane Tom Smith` (`Dane` is a given name too) name Tom Smith. A name of two words
// (`Dane Smith`) keeps it. (A template: the candidates' type is the Recognizer's own.)
// Row 19.587: so is a role noun of a player or a person (word lists player_nouns,
// person_role_nouns), capitalised to open a sentence or a heading: `Flanker Tom Smith`,
// `Reliever Jack Roe`, `Counsel Jane Roe` name the player or the person, not `Flanker`.
template <class Candidates>
static void demonym_before_given_name(const Lexicons& lex, const Annotation& a, Candidates& chosen) {
  const auto role_word = [&](const Token& t) {
    return lex.in(Words::DemonymNouns, t) || lex.in(Words::PlayerNouns, t) || lex.in(Words::PersonRoleNouns, t);
  };
  for (auto& c : chosen) {
    if (c.type != EntityType::Person || c.end < c.first + 3) continue;
    const Token& first = a.tokens[c.first];
    if (!first.has(kCapitalized) || !role_word(first) || !lex.is_given_name(a.tokens[c.first + 1])) continue;
    if (c.match_first == c.first) ++c.match_first;
    ++c.first;
  }
}

void Recognizer::append_mentions(Annotation& a, std::uint32_t si, SentenceScratch& sc) {
  std::sort(sc.chosen.begin(), sc.chosen.end(), [](const Candidate& x, const Candidate& y) { return x.first < y.first; });
  for (auto& c : sc.chosen) {
    // Row 23.356: built in place (room is reserved in recognize()), not built aside, moved in
    // and destroyed (a Mention holds three strings). Made-up example: `Tom Smith` and
    // `Kestby` of one sentence are two mentions written straight into a.mentions.
    Mention& m = a.mentions.emplace_back();
    m.first_token = c.first;
    m.end_token = c.end;
    m.span = Span{a.tokens[c.first].span.begin, a.tokens[c.end - 1].span.end};
    m.sentence = si;
    m.type = c.type;
    m.gazetteer_entry = c.entry;
    // Row 23.439: appended to the new mention's empty rule, not assigned over it: assign()
    // goes through the general _M_replace() (which allows for the text aliasing the string),
    // append() of an empty string copies the bytes (`gazetteer`: nine bytes into its own room).
    m.source.rule.append(c.rule);
  }
}

void Recognizer::note_surnames(const Annotation& a, SentenceScratch& sc) {
  for (const auto& c : sc.chosen) {
    if (c.type != EntityType::Person || c.priority < 2 || c.end < c.first + 2) continue;
    // A generational suffix (roman_suffix: `Luther Pate IV`) follows the surname.
    const std::size_t end = c.end >= c.first + 3 && roman_suffix(a.tokens[c.end - 1]) ? c.end - 1 : c.end;
    const Token& last = a.tokens[end - 1];
    if (last.kind != TokenKind::Word || !last.has(kCapitalized) || last.has(kAllCaps)) continue;
    std::pair<std::string, std::string> s{std::string(last.lower), std::string(a.tokens[c.first].lower)};
    if (std::find(sc.doc_surnames.begin(), sc.doc_surnames.end(), s) == sc.doc_surnames.end())
      sc.doc_surnames.push_back(std::move(s));
  }
}

// Cues inside a mention (General Motors) are not cues. A title that holds a body's name
// after its first word (`Ambassador to the United Nations`, `Secretary of the Treasury`:
// titles.json) stays a cue, the body's mention with it. Both lists are in text order.
void Recognizer::drop_cues_inside_mentions(Annotation& a) {
  std::vector<Cue> kept;
  std::size_t mi = 0;
  for (auto& c : a.cues) {
    while (mi < a.mentions.size() && a.mentions[mi].end_token <= c.first_token) ++mi;
    bool inside = false;
    for (std::size_t k = mi; !inside && k < a.mentions.size() && a.mentions[k].first_token < c.end_token; ++k)
      inside = c.kind != Cue::Kind::Title || a.mentions[k].first_token <= c.first_token || a.mentions[k].end_token > c.end_token;
    if (!inside) kept.push_back(std::move(c));
  }
  a.cues.swap(kept);
}

// The end of a possessive `'s` right after token k: k + 2 for `'s` written solid (its
// own token), k + 3 for CoNLL's apostrophe and glued `s`; 0 when none follows.
static std::size_t possessive_end(const Annotation& a, std::size_t k, std::size_t end) {
  if (k + 1 < end && a.tokens[k + 1].norm == "'s" && a.tokens[k + 1].has(kPossessive)) return k + 2;
  if (k + 2 < end && a.tokens[k + 1].kind == TokenKind::Quote && a.tokens[k + 1].norm == "'" &&
      a.tokens[k + 2].kind == TokenKind::Word && !a.tokens[k + 2].has(kSpaceBefore) &&
      (a.tokens[k + 2].norm == "s" || a.tokens[k + 2].norm == "S"))
    return k + 3;
  return 0;
}

namespace {

// A short form's new mention: tokens [k, end) of sentence si, found by `rule`.
Mention short_form_mention(const Annotation& a, std::size_t k, std::size_t end, std::uint32_t si, std::string_view rule) {
  Mention m;
  m.first_token = static_cast<std::uint32_t>(k);
  m.end_token = static_cast<std::uint32_t>(end);
  m.span = Span{a.tokens[k].span.begin, a.tokens[end - 1].span.end};
  m.sentence = si;
  m.source.rule.assign(rule);
  return m;
}

// Visits token k of every sentence si that is neither furniture nor a duplicate, in text
// order, as visit(si, sentence, caps, k, mi): mi is the first mention from `from` on that ends
// after k (mentions in text order); caps, with `want_caps`, whether the line is set in
// capitals (mostly_caps(), once a sentence), else false.
template <class Visit>
void scan_short_form_sites(const Annotation& a, std::size_t from, bool want_caps, Visit&& visit) {
  std::size_t mi = from;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate) continue;
    const bool caps = want_caps && mostly_caps(a, s);
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
      while (mi < a.mentions.size() && a.mentions[mi].end_token <= k) ++mi;
      visit(si, s, caps, k, mi);
    }
  }
}

// scan_short_form_sites() over the capitalised words alone (a short name opens on one), a
// sentence's capitals read only when a visit asks (`caps()`): company_short_forms() scans
// every business story since row 19.553, and most words are lower case.
template <class Visit>
void scan_capitalised_sites(const Annotation& a, std::size_t from, std::uint32_t first_sentence, Visit&& visit) {
  std::size_t mi = from;
  for (std::uint32_t si = first_sentence; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate) continue;
    int caps = -1;
    const auto read_caps = [&] {
      if (caps < 0) caps = mostly_caps(a, s) ? 1 : 0;
      return caps == 1;
    };
    for (std::size_t k = s.first_token; k < s.end_token; ++k) {
      if (!a.tokens[k].has(kCapitalized)) continue;
      while (mi < a.mentions.size() && a.mentions[mi].end_token <= k) ++mi;
      visit(si, s, read_caps, k, mi);
    }
  }
}

// Row 19.553: an organisation found by a rule that names it by a head, by a press or company
// noun or by `&` (Recognizer::named_org_prefixes()), none from the gazetteer.
bool named_org_rule(const Mention& m) {
  if (m.type != EntityType::Organization || m.gazetteer_entry >= 0 || m.end_token < m.first_token + 2) return false;
  const std::string_view rule = m.source.rule;
  return rule == "org-sequence+head" || rule == "org-noun+name" || rule == "name+org-noun" || rule == "name&name";
}

// Whether a new short form at tokens [k, end) would lie inside or against a mention: the
// next one (mi, the first ending after k) opens at or before `end`, or the one before ends at k.
bool against_mention(const Annotation& a, std::size_t from, std::size_t mi, std::size_t k, std::size_t end) {
  return (mi < a.mentions.size() && a.mentions[mi].first_token <= end) || (mi > from && a.mentions[mi - 1].end_token == k);
}

// Whether a capitalised word stands beside tokens [k, end) of sentence s (the sentence's
// first word, capitalised by position, does not count).
bool capitalised_beside(const Annotation& a, const Sentence& s, std::size_t k, std::size_t end) {
  auto capitalised = [&](std::size_t x) { return a.tokens[x].kind == TokenKind::Word && a.tokens[x].has(kCapitalized); };
  return (k > s.first_token + 1 && capitalised(k - 1)) || (end < s.end_token && capitalised(end));
}

// Inserts `found` (in text order) among the mentions from `from` on, which stay in text order.
void insert_in_text_order(Annotation& a, std::size_t from, std::vector<Mention>& found) {
  for (auto& m : found) {
    const auto at = std::upper_bound(a.mentions.begin() + static_cast<std::ptrdiff_t>(from), a.mentions.end(), m.first_token,
                                     [](std::uint32_t f, const Mention& x) { return f < x.first_token; });
    a.mentions.insert(at, std::move(m));
  }
}

}  // namespace

// An organisation whose name opens with a common noun in the possessive (pattern
// possessive-noun+sequence+head: `Boatmen 's Bancshares Inc.`) is named short by that
// noun and its `'s` elsewhere in the document (`Boatmen 's was the prize`): a mention of
// its own, typed as an organisation. Not inside another mention; mentions stay in text order.
void Recognizer::possessive_short_forms(Annotation& a, std::size_t from) {
  std::vector<std::pair<std::string_view, std::size_t>> owners;  // (possessor, its name's mention)
  for (std::size_t mi = from; mi < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    if (!m.source.rule.starts_with("possessive-noun+sequence+head") || m.first_token + 1 >= m.end_token) continue;
    if (possessive_end(a, m.first_token, m.end_token) == 0) continue;
    owners.emplace_back(a.tokens[m.first_token].norm, mi);
  }
  if (owners.empty()) return;
  std::vector<Mention> found;
  scan_short_form_sites(a, from, false, [&](std::uint32_t si, const Sentence& s, bool, std::size_t k, std::size_t mi) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized)) return;
    const auto o = std::find_if(owners.begin(), owners.end(), [&](const auto& x) { return x.first == t.norm; });
    const std::size_t e = o == owners.end() ? 0 : possessive_end(a, k, s.end_token);
    if (e == 0) return;
    // The possessor alone, an untyped capitalised sequence, becomes the short form.
    if (mi < a.mentions.size() && a.mentions[mi].first_token == k && a.mentions[mi].end_token == k + 1 &&
        a.mentions[mi].source.rule == "capitalised-sequence") {
      Mention& m = a.mentions[mi];
      m.end_token = static_cast<std::uint32_t>(e);
      m.span.end = a.tokens[e - 1].span.end;
      m.type = EntityType::Organization;
      m.source.rule.assign("possessive-noun-short-form");
      return;
    }
    if (mi < a.mentions.size() && a.mentions[mi].first_token < e) return;  // inside or against a mention
    found.push_back(short_form_mention(a, k, e, si, "possessive-noun-short-form"));
    found.back().type = EntityType::Organization;
  });
  insert_in_text_order(a, from, found);
}

// An organisation named by a place and a plural noun (`Baltimore Orioles`, `Texas Rangers`,
// `Cincinnati Reds`: a team named by its members, as after an article in entities.cpp
// plural_after_article()) is named by the plural alone: `the Orioles`, `Orioles starter
// Mike Mussina`, the headline's `MARLINS BEAT REDS`. The plural is the last word, capitalised,
// ending in a single `s`; the words before it are a place the gazetteer knows.
bool Recognizer::team_plural(const Annotation& a, const Mention& m) const {
  if (m.type != EntityType::Organization || m.end_token < m.first_token + 2) return false;
  const Token& t = a.tokens[m.end_token - 1];
  const std::string_view w = t.lower;
  if (t.kind != TokenKind::Word || !t.has(kCapitalized) || w.size() < 4 || w.back() != 's' || w[w.size() - 2] == 's')
    return false;
  // A person's name is no team's (`New Hampshire Sanders` read as place+name).
  if (lex_.is_known_surname(t) || lex_.is_given_name(t)) return false;
  const Token& f = a.tokens[m.first_token];
  if (!gaz_.may_start(f, false)) return false;
  const auto p = gaz_.longest(a.tokens, m.first_token, m.end_token - 1, false);
  if (p.end_token != m.end_token - 1) return false;
  return std::any_of(p.hits.begin(), p.hits.end(), [&](const GazetteerHit& h) {
    const EntityType type = lex_.entries()[h.entry].type;
    return h.kind != GazetteerHit::Kind::Demonym && (type == EntityType::Country || type == EntityType::Location);
  });
}

// The plural of a team found by team_plural(), written alone (any case) elsewhere in the
// document: a mention of rule `team-short-form`, untyped (resolve_entities() links it to the
// team). Where the recognizer left it untyped (`the Orioles`) that mention takes the rule;
// elsewhere (a sentence-initial or headline common word: `Orioles starter`, `RANGERS BEAT`)
// a new mention, when no mention holds or touches it and, outside a line set in capitals,
// no capitalised word stands beside it. Mentions stay in text order. A mention with no team
// to go to is typed as any untyped word is (entities.cpp link_team_short_form()).
void Recognizer::team_short_forms(Annotation& a, std::size_t from) const {
  std::vector<std::string_view> plurals;
  for (std::size_t mi = from; mi < a.mentions.size(); ++mi)
    if (team_plural(a, a.mentions[mi])) plurals.push_back(a.tokens[a.mentions[mi].end_token - 1].lower);
  if (plurals.empty()) return;
  std::vector<Mention> found;
  scan_short_form_sites(a, from, true, [&](std::uint32_t si, const Sentence& s, bool caps, std::size_t k, std::size_t mi) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized) || std::find(plurals.begin(), plurals.end(), t.lower) == plurals.end())
      return;
    if (mi < a.mentions.size() && a.mentions[mi].first_token == k && a.mentions[mi].end_token == k + 1 &&
        a.mentions[mi].type == EntityType::Unknown && a.mentions[mi].source.rule == "capitalised-sequence") {
      a.mentions[mi].source.rule.assign("team-short-form");
      return;
    }
    if (against_mention(a, from, mi, k, k + 1) || (!caps && capitalised_beside(a, s, k, k + 1))) return;
    found.push_back(short_form_mention(a, k, k + 1, si, "team-short-form"));
  });
  insert_in_text_order(a, from, found);
}

// A company named with its legal form (word list company_legal_forms: `Barrick Gold Corp`,
// `Cofinec S.A.`, `Brush Wellman Inc`, `Bear Stearns & Co Inc`) is named short by its first
// words elsewhere: `Barrick said`, `Cofinec shares`, `Brush Wellman`. Each run of the words
// before the legal form (and a `&` or `,` before it), from the first word on, capitalised
// words only; a lone first word that is a title, a not-name, a given name or an organisation
// head (`General`, `First`, `Kevin`, `Bank`) names nothing alone.
void Recognizer::company_prefixes(const Annotation& a, const Mention& m,
                                  std::vector<std::vector<std::string_view>>& out) const {
  if (m.type != EntityType::Organization || m.end_token < m.first_token + 2) return;
  std::size_t end = m.end_token;
  while (end > m.first_token + 1 && lex_.in(Words::CompanyLegalForms, a.tokens[end - 1])) --end;
  if (end == m.end_token) return;
  while (end > m.first_token + 1 && (a.tokens[end - 1].norm == "&" || a.tokens[end - 1].norm == ",")) --end;
  const Token& f = a.tokens[m.first_token];
  std::vector<std::string_view> words;
  for (std::size_t k = m.first_token; k < end; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind != TokenKind::Word || !t.has(kCapitalized)) return;
    words.push_back(t.lower);
    if (k == m.first_token && (lex_.is_not_name(t) || lex_.is_given_name(t) || (lex_.lower_bits(t) & Lexicons::kTitleFirst) ||
                               lex_.in_lexicon(LexName::OrgHeads, t) || f.norm.size() < 2))
      continue;
    if (std::find(out.begin(), out.end(), words) == out.end()) out.push_back(words);
  }
}

std::size_t Recognizer::short_name_at(const Annotation& a, const Sentence& s, std::size_t k,
                                      const std::vector<std::vector<std::string_view>>& prefixes) {
  std::size_t best = 0;
  for (const auto& p : prefixes) {
    if (p.size() <= best || k + p.size() > s.end_token) continue;
    bool same = true;
    for (std::size_t j = 0; j < p.size() && same; ++j)
      same = a.tokens[k + j].kind == TokenKind::Word && a.tokens[k + j].has(kCapitalized) && a.tokens[k + j].lower == p[j];
    if (same) best = p.size();
  }
  return best;
}

// The company's short name (company_prefixes()) standing alone: a mention of rule
// `company-short-form`, untyped (resolve_entities() links it to the company). An untyped
// sequence of those words or of its last ones (its first dropped at a sentence's start), or
// a city the gazetteer knows not after a place preposition nor in a line set in capitals (a
// dateline: `TOKYO 1996-08-22`) (`Arequipa` of `Arequipa Resources Ltd`), takes the rule; elsewhere a new mention when no
// mention holds or touches it and no capitalised word stands beside it (in a line set in
// capitals, none of its words a common word). Mentions stay in text order.
void Recognizer::company_short_forms(Annotation& a, std::size_t from) const {
  std::vector<std::vector<std::string_view>> prefixes, named;
  for (std::size_t mi = from; mi < a.mentions.size(); ++mi) company_prefixes(a, a.mentions[mi], prefixes);
  named_org_prefixes(a, from, named);  // row 19.553
  if (prefixes.empty() && named.empty()) return;
  // Without a legal form, the short names of row 19.553 are read from the sentence of the
  // first organisation they come from on: a short name follows the full one.
  std::uint32_t first_sentence = 0;
  if (prefixes.empty()) {
    const auto it = std::find_if(a.mentions.begin() + static_cast<std::ptrdiff_t>(from), a.mentions.end(),
                                 [](const Mention& m) { return m.type == EntityType::Organization && named_org_rule(m); });
    if (it != a.mentions.end()) first_sentence = it->sentence;
  }
  std::vector<Mention> found;
  scan_capitalised_sites(a, from, first_sentence, [&](std::uint32_t si, const Sentence& s, const auto& read_caps, std::size_t k, std::size_t mi) {
    std::size_t n = prefixes.empty() ? 0 : short_name_at(a, s, k, prefixes);
    if (!named.empty() && std::any_of(named.begin(), named.end(), [&](const auto& p) { return p[0] == a.tokens[k].lower; })) {
      const std::size_t nn = short_name_at(a, s, k, named);
      if (nn > n && named_short_site(a, s, read_caps(), k, nn)) n = nn;
    }
    if (n == 0) return;
    const bool caps = read_caps();
    const std::string_view prev = k > s.first_token ? a.tokens[k - 1].lower : std::string_view{};
    if (mi < a.mentions.size() && a.mentions[mi].first_token == k && a.mentions[mi].end_token == k + n) {
      Mention& m = a.mentions[mi];
      const bool sequence = m.type == EntityType::Unknown && m.source.rule == "capitalised-sequence";
      const bool city = m.gazetteer_entry >= 0 && m.type == EntityType::Location && !caps &&
                        !lex_.in(Words::PlacePrepositions, prev) && !lex_.in(Words::LocationPrepositions, prev);
      if (!sequence && !city) return;
      m.type = EntityType::Unknown;
      m.gazetteer_entry = -1;
      m.source.rule.assign("company-short-form");
      return;
    }
    // An untyped sequence of its last words: the first, a sentence-initial common word
    // (`Advanced Medical`, `Brush Wellman`), was dropped.
    if (mi < a.mentions.size() && a.mentions[mi].first_token > k && a.mentions[mi].end_token == k + n &&
        a.mentions[mi].type == EntityType::Unknown && a.mentions[mi].source.rule == "capitalised-sequence") {
      Mention& m = a.mentions[mi];
      m.first_token = static_cast<std::uint32_t>(k);
      m.span.begin = a.tokens[k].span.begin;
      m.source.rule.assign("company-short-form");
      return;
    }
    if (against_mention(a, from, mi, k, k + n)) return;
    if (caps ? std::any_of(a.tokens.begin() + static_cast<std::ptrdiff_t>(k), a.tokens.begin() + static_cast<std::ptrdiff_t>(k + n),
                           [&](const Token& t) { return lex_.is_common_word(t); })
             : capitalised_beside(a, s, k, k + n))
      return;
    found.push_back(short_form_mention(a, k, k + n, si, "company-short-form"));
  });
  insert_in_text_order(a, from, found);
}

// Row 19.553: an organisation found by a rule that names it by a head (org-sequence+head:
// `Kestrel Energy`, `Vorlat Networks Group`), after or before a press or company noun
// (org-noun+name, name+org-noun: `the daily Tarn Tidende`, `the Dorvo Herald daily`) or as
// names joined by `&` (`Roe & Vantey`) is named short by its first words elsewhere, as a
// company is by the words before its legal form (company_prefixes()): `Kestrel said`, `Tarn
// reported`, `Dorvo`. The runs before the trailing heads, the noun's name's last word or the
// `&`, capitalised words only. Not a name the gazetteer knows the first word of (`Kestria
// Airways`: a place's), nor one opening with a given name, a title, a not-name, a demonym,
// an organisation head or a known surname (`Tom Roe Foundation`), nor a run that is the last
// word of a person's name in the document (`Jan Roe ... Roe & Vantey`): a person's.
void Recognizer::named_org_prefixes(const Annotation& a, std::size_t from,
                                    std::vector<std::vector<std::string_view>>& out) const {
  std::vector<std::vector<std::string_view>> found;
  for (std::size_t mi = from; mi < a.mentions.size(); ++mi) {
    const Mention& m = a.mentions[mi];
    if (m.type != EntityType::Organization || !named_org_rule(m)) continue;
    const std::string_view rule = m.source.rule;
    std::size_t end = m.end_token;
    if (rule == "org-sequence+head") {
      if (lex_.in(Words::PlaceNamedBodyHeads, a.tokens[end - 1])) continue;
      while (end > m.first_token + 1 && lex_.in_lexicon(LexName::OrgHeads, a.tokens[end - 1])) --end;
      if (end == m.end_token) continue;
    } else if (rule == "org-noun+name" || rule == "name+org-noun") {
      --end;
    } else {  // name&name
      end = m.first_token + 1;
      while (end < m.end_token && a.tokens[end].norm != "&") ++end;
    }
    const Token& f = a.tokens[m.first_token];
    if (f.kind != TokenKind::Word || !f.has(kCapitalized) || f.norm.size() < 2 || gaz_.may_start(f, false) ||
        lex_.is_given_name(f) || lex_.is_not_name(f) || (lex_.lower_bits(f) & Lexicons::kTitleFirst) ||
        lex_.in_lexicon(LexName::OrgHeads, f) || lex_.in_lexicon(LexName::Demonyms, f) || lex_.is_known_surname(f))
      continue;
    std::vector<std::string_view> words;
    for (std::size_t k = m.first_token; k < end; ++k) {
      const Token& t = a.tokens[k];
      if (t.kind != TokenKind::Word || !t.has(kCapitalized)) break;
      words.push_back(t.lower);
      if (std::find(found.begin(), found.end(), words) == found.end()) found.push_back(words);
    }
  }
  if (found.empty()) return;
  for (auto& p : found) {  // not the last word of a person named in full
    const bool surname = std::any_of(a.mentions.begin() + static_cast<std::ptrdiff_t>(from), a.mentions.end(), [&](const Mention& m) {
      return m.type == EntityType::Person && m.end_token > m.first_token + 1 && a.tokens[m.end_token - 1].lower == p.back();
    });
    if (!surname) out.push_back(std::move(p));
  }
}

// Row 19.553: where a short name of named_org_prefixes() stands for its organisation: not
// as the first word of a compound joined by a hyphen (`Kestrel-sized`), nor as the place of
// a wire story's dateline (`KESTBY , Mich .`, `KESTBY 1996-08-22`: the town a company is
// named after; a line's first word in capitals before a comma reads so too).
bool Recognizer::named_short_site(const Annotation& a, const Sentence& s, bool caps, std::size_t k, std::size_t n) const {
  if (k + n < s.end_token && a.tokens[k + n].norm == "-") return false;
  if (k != s.first_token) return true;
  if (caps && k + n < s.end_token && a.tokens[k + n].norm == ",") return false;
  return dateline_name_end(a, lex_, s.first_token, s.end_token) == 0;
}

// A company's name is capitalised as a name, whatever its words: a capitalised common word
// opening the sentence right before a company's name that ends in a legal form (word list
// company_legal_forms), found by rules, is the name's first word (`Jeans Mate Corp said`,
// `Advanced Medical Inc said`, `Brush Wellman Inc`), where the sentence-initial test had
// dropped it. Not an article or other sentence opener (`The`, `In`, `But`: word lists
// sentence_openers, determiners, discourse_markers, place_prepositions), a title, a
// not-name or a cue (`American`), nor in a line set in capitals.
bool Recognizer::company_opener_word(const Annotation& a, const Sentence& s) const {
  const Token& t = a.tokens[s.first_token];
  if (t.kind != TokenKind::Word || !t.has(kCapitalized) || t.has(kAllCaps) || t.has(kFurniture) || !lex_.is_common_word(t) ||
      lex_.in(Words::SentenceOpeners, t) || lex_.in(Words::Determiners, t) || lex_.in(Words::DiscourseMarkers, t) ||
      lex_.in(Words::PlacePrepositions, t) || lex_.is_not_name(t) || (lex_.lower_bits(t) & Lexicons::kTitleFirst) ||
      mostly_caps(a, s))
    return false;
  return std::none_of(a.cues.begin(), a.cues.end(), [&](const Cue& c) { return c.first_token <= s.first_token && s.first_token < c.end_token; });
}

void Recognizer::company_openers(Annotation& a, std::size_t from) const {
  for (std::size_t mi = from; mi < a.mentions.size(); ++mi) {
    Mention& m = a.mentions[mi];
    if (m.type != EntityType::Organization || m.gazetteer_entry >= 0 || m.end_token < m.first_token + 2) continue;
    const Sentence& s = a.sentences[m.sentence];
    if (m.first_token != s.first_token + 1 || !lex_.in(Words::CompanyLegalForms, a.tokens[m.end_token - 1])) continue;
    if (mi > from && a.mentions[mi - 1].end_token > s.first_token) continue;
    if (!company_opener_word(a, s)) continue;
    m.first_token = s.first_token;
    m.span.begin = a.tokens[s.first_token].span.begin;
  }
  company_opener_pairs(a, from);
}

// The same opener right before the legal form itself (`Acme Corp said`, `Summit Ltd fell`):
// the name is those two words, an organisation (rule company-opener), where the legal form
// alone was left an untyped sequence (`Corp`, later typed a person) or no mention at all. The
// legal form capitalised and closing the name (no capitalised word after it); not where
// another mention holds either word. Mentions stay in text order (row 19.370).
void Recognizer::company_opener_pairs(Annotation& a, std::size_t from) const {
  std::vector<Mention> found;
  // Only the second token of each sentence can be the legal form: visit that one alone
  // (scan_short_form_sites() would visit every token; mi as it computes it).
  std::size_t mi = from;
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    const std::size_t k = s.first_token + 1;
    if (s.furniture || s.duplicate || k >= s.end_token) continue;
    while (mi < a.mentions.size() && a.mentions[mi].end_token <= k) ++mi;
    const Token& form = a.tokens[k];
    if (form.kind != TokenKind::Word || !form.has(kCapitalized) || !lex_.in(Words::CompanyLegalForms, form)) continue;
    if (k + 1 < s.end_token && a.tokens[k + 1].kind == TokenKind::Word && a.tokens[k + 1].has(kCapitalized)) continue;
    if (!company_opener_word(a, s)) continue;
    if (mi > from && a.mentions[mi - 1].end_token > s.first_token) continue;
    if (mi < a.mentions.size() && a.mentions[mi].first_token <= k) {
      Mention& m = a.mentions[mi];
      if (m.first_token != k || m.end_token != k + 1 || m.type != EntityType::Unknown || m.source.rule != "capitalised-sequence")
        continue;
      m.first_token = s.first_token;
      m.span.begin = a.tokens[s.first_token].span.begin;
      m.type = EntityType::Organization;
      m.source.rule.assign("company-opener");
      continue;
    }
    found.push_back(short_form_mention(a, s.first_token, k + 1, si, "company-opener"));
    found.back().type = EntityType::Organization;
  }
  insert_in_text_order(a, from, found);
}

void Recognizer::recognize(Annotation& a) const {
  // One scratch per thread, kept from document to document: every part is reset per
  // sentence (start_sentence, index_anchors, choose_candidates), so only its buffers'
  // capacity carries over (they were allocated anew for every document).
  thread_local SentenceScratch sc;
  sc.doc_surnames.clear();
  note_office_surnames(a, sc);
  note_common_surnames(a, sc);
  // Room for the mentions at once (news names about one mention every 17 tokens, the
  // coreference stage's references included), not grown by doubling, each step moving
  // every mention so far.
  a.mentions.reserve(a.mentions.size() + a.tokens.size() / 12 + 8);
  const std::size_t first_mention = a.mentions.size();
  thread_local std::vector<std::uint32_t> heading_end;
  press_headings(a, lex_, heading_end);
  for (std::uint32_t si = 0; si < a.sentences.size(); ++si) {
    const Sentence& s = a.sentences[si];
    if (s.furniture || s.duplicate) continue;
    start_sentence(a, si, sc);
    // Pass 1: titles, honorifics and demonyms (cues), gazetteer names, name patterns.
    for (std::size_t i = s.first_token; i < s.end_token; ++i) {
      const Token& t = a.tokens[i];
      if (t.has(kFurniture) || t.has(kDuplicate) || t.kind != TokenKind::Word || !may_open_title_or_name(t)) continue;
      title_cue(a, sc, i);
      gazetteer_name(a, sc, i);
    }
    region_abbreviation_after_place(a, sc);
    index_anchors(a, sc);
    pattern_names(a, sc);
    party_names(a, sc);
    party_word_given_names(a, sc);
    place_given_names(sc);
    org_over_place_start(a, sc);
    place_word_over_place(sc);
    club_abbreviation_after_name(sc);
    place_districts(a, sc);
    old_known_names(a, sc);
    person_before_place_word(a, sc);
    acronym_expansions(a, sc);
    lower_case_committees(a, sc);
    if (!heading_end.empty() && heading_end[si]) press_heading(sc, s.first_token, heading_end[si]);
    choose_candidates(sc);
    hyphen_syllable_names(a, sc);
    // Pass 2: capitalised sequences over what is left; typed later by resolve_entities().
    capitalised_sequences(a, sc);
    demonym_before_given_name(lex_, a, sc.chosen);
    append_mentions(a, si, sc);
    note_surnames(a, sc);
  }
  possessive_short_forms(a, first_mention);
  team_short_forms(a, first_mention);
  company_openers(a, first_mention);
  company_short_forms(a, first_mention);
  drop_cues_inside_mentions(a);
}

}  // namespace gazette
