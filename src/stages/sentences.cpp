#include "gazette/sentences.hpp"

#include "gazette/lexicon.hpp"
#include "gazette/text.hpp"
#include "gazette/tokenizer.hpp"
#include "word_forms.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace gazette {

namespace {

// Asked of every token: the kind first, then the one-byte marks by their byte (small
// enough to be inlined, which four string comparisons were not).
bool is_terminal(const Token& t) {
  if (t.kind != TokenKind::Punct) return false;
  const std::string_view n = t.norm;
  return n.size() == 1 ? n[0] == '.' || n[0] == '!' || n[0] == '?' : n == "...";
}

bool opens_sentence(const Token& t) {
  if (t.kind == TokenKind::Quote || t.kind == TokenKind::Number) return true;
  if (t.kind == TokenKind::Punct) return t.norm == "(" || t.norm == "[" || t.norm == "--";
  return t.has(kCapitalized);
}

// Punctuation a quotation mark may lean on from the outside: an opening mark may follow
// `(`, `[`, a dash or a colon with no space (`--"We`, `said:"We`); a closing mark may be
// followed by any of the others (`"We won",`, `"We won")`).
bool opens_before_mark(const Token& t) {
  return t.kind == TokenKind::Punct && (t.norm == "(" || t.norm == "[" || t.norm == "--" || t.norm == ":");
}
bool closes_after_mark(const Token& t) {
  return t.kind == TokenKind::Punct && t.norm != "(" && t.norm != "[";
}

// Tokens a run-in headline may hold before the text starts.
constexpr std::uint32_t kHeadlineMaxTokens = 12;

// The token where the text starts after a headline run into the first sentence of copy
// that lost its line breaks (`Tsunami 'won't divert Africa aid' UK aid to help ...`), or
// 0: within the headline's reach, after two words at least and before any punctuation
// that ends or splits a sentence, a capitalised word right after a closing quotation
// mark that follows a word (`"They were there," Mr. Trump said`: a comma inside the
// marks is running text), with space before it. A capitalised article after a word (`... TUC says The government`) was tried
// and left out: it also splits `told The Guardian`.
std::uint32_t headline_end(const Annotation& a, const Sentence& s) {
  std::uint32_t words = 0;
  for (std::uint32_t k = s.first_token; k < s.end_token && k - s.first_token < kHeadlineMaxTokens; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind == TokenKind::Punct && (is_terminal(t) || t.norm == ":" || t.norm == ";")) return 0;
    if (words >= 2 && k > s.first_token && t.kind == TokenKind::Word && t.has(kCapitalized) && t.has(kSpaceBefore) &&
        k + 1 < s.end_token) {
      const Token& prev = a.tokens[k - 1];
      if (prev.kind == TokenKind::Quote && !prev.has(kOpenQuote) && !prev.has(kPossessive) &&
          a.tokens[k - 2].kind == TokenKind::Word)
        return k;
    }
    words += t.kind == TokenKind::Word;
  }
  return 0;
}

// A verb of saying in a present form at token k, one word (speech_verbs.json), whose
// source is the word at `source`: in -s (`says`, `warns`), or the lemma when the source
// ends in -s (a plural subject: `say Tories`, `Tories insist`; not `claim report Tony`,
// `over remark A`).
bool present_speech_verb(const Annotation& a, const Lexicons& lex, std::uint32_t k, std::uint32_t end, std::uint32_t source) {
  const Token& t = a.tokens[k];
  if (t.kind != TokenKind::Word || t.has(kCapitalized) || k + 1 >= end) return false;
  std::uint32_t payload = 0;
  if (lex.speech_index().match(a.tokens, k, end, payload) != 1) return false;
  const std::string_view form = t.lower;
  return form == lex.speech_cues()[payload].lemma ? s_form(lex, a.tokens[source].lower) : s_form(lex, form);
}

// A given name that is no known person's surname (`Jane`, not `Blair`): a name goes on.
bool given_name_only(const Lexicons& lex, const Token& t) {
  return (lex.norm_bits(t) & Lexicons::kGivenName) && !(lex.lower_bits(t) & Lexicons::kSurname);
}

// The token where the text starts after a headline that ends on its source (rule A1011):
// `More tax cuts ahead says Roe Taxes will ...` (a lower-case word or a comma, a verb
// of saying in a present form, one capitalised word that is no determiner, or two when the
// first is a given name and no known person's surname: `says Jane Roe Labour will`; then
// the text's capitalised word, not a title: `says Labour MP Jo Roe` is one phrase; and a
// word after it, no capitalised title and no lower-case preposition (word list
// speaker_phrase_prepositions, rule A1030): `, suggests Tom Baker, could` is running text,
// `says Acme Holdings in a note` and `says Acme Bank Chief Economist Jo Roe` are a source of
// two or more words) or
// `Protect nurses, Unions say The government ...` (a comma, one capitalised word, the
// verb, the text's capitalised word); within the headline's reach, after two words at
// least, before any punctuation that ends a sentence; or 0.
std::uint32_t speech_headline_end(const Annotation& a, const Lexicons& lex, const Sentence& s) {
  std::uint32_t words = 0;
  auto capital = [&](std::uint32_t k) {
    return k + 1 < s.end_token && a.tokens[k].kind == TokenKind::Word && a.tokens[k].has(kCapitalized) &&
           a.tokens[k].has(kSpaceBefore);
  };
  for (std::uint32_t k = s.first_token; k < s.end_token && k - s.first_token < kHeadlineMaxTokens; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind == TokenKind::Punct && (is_terminal(t) || t.norm == ":" || t.norm == ";")) return 0;
    if (words >= 2) {
      const Token& prev = a.tokens[k - 1];
      const bool lower = (prev.kind == TokenKind::Word && !prev.has(kCapitalized)) || prev.norm == ",";
      if (lower && capital(k + 1) && capital(k + 2) && !lex.in(Words::Determiners, a.tokens[k + 1]) &&
          a.tokens[k + 3].kind == TokenKind::Word && present_speech_verb(a, lex, k, s.end_token, k + 1)) {
        const std::uint32_t text = given_name_only(lex, a.tokens[k + 1]) && capital(k + 3) ? k + 3 : k + 2;
        const Token& next = a.tokens[text + 1];
        if (!(lex.lower_bits(a.tokens[text]) & Lexicons::kTitleFirst) && next.kind == TokenKind::Word &&
            (next.has(kCapitalized) ? !(lex.lower_bits(next) & Lexicons::kTitleFirst)
                                    : !lex.in(Words::SpeakerPhrasePrepositions, next)))
          return text;
      }
      if (words >= 3 && capital(k - 1) && a.tokens[k - 2].norm == "," && capital(k + 1) &&
          present_speech_verb(a, lex, k, s.end_token, k - 1))
        return k + 1;
    }
    words += t.kind == TokenKind::Word;
  }
  return 0;
}

// A function word (an article, a preposition, a coordinator): what follows it belongs to
// its phrase, a capitalised word there is a name's (`out of Six Nations`).
bool function_word(const Lexicons& lex, const Token& t) {
  return lex.in(Words::SentenceOpeners, t) || lex.in(Words::OfPrepositions, t) ||
         lex.in(Words::SpeakerPhrasePrepositions, t) || lex.in(Words::OtherPrepositions, t) ||
         lex.in(Words::Coordinators, t);
}

// The token where the text starts after a headline run into its first sentence that
// ends on a lower-case word (row A1191): `Acme merger plan touted Two of Kestby's unions
// could merge ...`, `Council backs library plan A group of ...`: within the headline's
// reach, after two words at least and before any punctuation that ends a sentence, a
// capitalised word that opens a story's sentence and is never capitalised inside one
// (word list headline_body_openers: an article, a number word, a pronoun, `More`,
// `Nearly`), with space before it, right after a lower-case word that is no function word
// and no verb of saying that takes its hearer (`told The Herald`, speech_verbs.json) and
// that follows no article (`banned the play The Vagina Monologues`); one that is no
// article is followed by a word in lower case, a number or a punctuation mark, not by a
// capitalised word (`Three Degrees star`, `We Are The World`). Or 0.
std::uint32_t opener_headline_end(const Annotation& a, const Lexicons& lex, const Sentence& s) {
  std::uint32_t words = 0;
  for (std::uint32_t k = s.first_token; k < s.end_token && k - s.first_token < kHeadlineMaxTokens; ++k) {
    const Token& t = a.tokens[k];
    if (t.kind == TokenKind::Punct && (is_terminal(t) || t.norm == ":" || t.norm == ";")) return 0;
    if (words >= 2 && k + 1 < s.end_token && t.kind == TokenKind::Word && t.has(kCapitalized) && t.has(kSpaceBefore) &&
        lex.in(Words::HeadlineBodyOpeners, t)) {
      const Token& prev = a.tokens[k - 1];
      const Token& next = a.tokens[k + 1];
      std::uint32_t payload = 0;
      const bool hearer_verb =
          lex.speech_index().match(a.tokens, k - 1, s.end_token, payload) > 0 && lex.speech_cues()[payload].takes_object;
      if (prev.kind == TokenKind::Word && !prev.has(kCapitalized) && !function_word(lex, prev) && !hearer_verb &&
          !lex.in(Words::Articles, a.tokens[k - 2]) &&
          (lex.in(Words::Articles, t) || next.kind != TokenKind::Word || !next.has(kCapitalized)))
        return k;
    }
    words += t.kind == TokenKind::Word;
  }
  return 0;
}

// Copy with no line break at all lost its headline's line: the first sentence is split
// where the headline ends (headline_end, speech_headline_end, opener_headline_end) and
// the headline is a sentence and a paragraph of its own.
void recover_headline(Annotation& a, const Lexicons& lex) {
  if (a.sentences.empty()) return;
  for (const Token& t : a.tokens)
    if (t.has(kLineBefore)) return;
  std::uint32_t k = headline_end(a, a.sentences[0]);
  if (k == 0) k = speech_headline_end(a, lex, a.sentences[0]);
  if (k == 0) k = opener_headline_end(a, lex, a.sentences[0]);
  if (k == 0) return;
  Sentence body = a.sentences[0];
  body.first_token = k;
  a.sentences[0].end_token = k;
  a.sentences[0].headline = true;
  for (auto& s : a.sentences) ++s.paragraph;
  a.sentences[0].paragraph = 0;
  body.paragraph = 1;
  a.sentences.insert(a.sentences.begin() + 1, body);
}

// The first token "(" of tokens [k, j), or j. A token "(" is the byte `(` of the text
// at the start of its span (tokenizer.cpp punctuation()): the bytes `(` from token k's
// start on are found by memchr and their tokens by a binary search of the spans (in
// text order), instead of comparing every token of the line.
std::size_t next_open_bracket(const Annotation& a, std::size_t k, std::size_t j) {
  if (k >= j) return j;
  const std::string_view text = a.doc->text;
  const auto first = a.tokens.begin(), last = a.tokens.begin() + static_cast<std::ptrdiff_t>(j);
  const std::size_t end = a.tokens[j - 1].span.end;
  std::size_t from = a.tokens[k].span.begin;
  while (from < end) {
    const void* p = std::memchr(text.data() + from, '(', end - from);
    if (p == nullptr) return j;
    const auto at = static_cast<std::size_t>(static_cast<const char*>(p) - text.data());
    auto it = std::lower_bound(first + static_cast<std::ptrdiff_t>(k), last, at,
                               [](const Token& t, std::size_t b) { return t.span.begin < b; });
    for (; it != last && it->span.begin == at; ++it)
      if (it->norm == "(") return static_cast<std::size_t>(it - first);
    if (it == last) return j;
    k = static_cast<std::size_t>(it - first);
    from = at + 1;
  }
  return j;
}

// The judgement of judge_straight_quotes() for the Quote token i of the n at `tokens`: a
// straight double mark with space (or an opening bracket, a dash, a colon) before it and a
// word glued after it opens; glued before and free after, it closes. It reads the flags of
// token i and the spaces, kinds and marks of its neighbours, never their judgements (row
// 23.392: split_sentences() judges each mark as its walk reaches it).
void judge_straight_quote(Token* const tokens, std::size_t n, std::size_t i) {
  Token& t = tokens[i];
  if (!t.has(kDoubleQuote) || t.has(kOpenQuote) || t.has(kCloseQuote)) return;
  const bool free_before = i == 0 || t.has(kSpaceBefore) || t.has(kLineBefore) || opens_before_mark(tokens[i - 1]);
  const bool free_after = i + 1 >= n || tokens[i + 1].has(kSpaceBefore) || tokens[i + 1].has(kLineBefore) ||
                          closes_after_mark(tokens[i + 1]);
  if (free_before && !free_after) t.flags |= kOpenQuote;
  else if (!free_before && free_after) t.flags |= kCloseQuote;
}

}  // namespace

// Row 23.354: the tokens are read through a pointer held here (the flag written below may
// change any memory for the compiler, which reloaded the vector's data each token), and a
// token that is no quotation mark, nearly every one, is left after one test of its kind.
// Made-up example: in `"We won," Tom Smith said.` only the two marks are judged.
void judge_straight_quotes(Annotation& a) {
  const std::size_t n = a.tokens.size();
  Token* const tokens = a.tokens.data();
  for (std::size_t i = 0; i < n; ++i) {
    if (tokens[i].kind != TokenKind::Quote) continue;
    judge_straight_quote(tokens, n, i);
  }
}

// A single line break at token i inside a sentence of hard-wrapped copy: the line ends on
// a lower-case word that never ends a sentence nor a headline (an article, `of`, a
// coordinator: word lists articles, of_prepositions, coordinators), so the sentence goes
// on (`the Secretary of<newline>State told CNN`). Not a paragraph break.
bool wrapped_line(const Annotation& a, const Lexicons& lex, std::size_t i) {
  const Token& last = a.tokens[i - 1];
  if (a.tokens[i].has(kParaBefore) || last.kind != TokenKind::Word || last.has(kCapitalized)) return false;
  return lex.in(Words::Articles, last) || lex.in(Words::OfPrepositions, last) || lex.in(Words::Coordinators, last);
}

void split_sentences(Annotation& a, const Lexicons& lex) {
  // Row 23.392: the straight marks are judged as the walk below reaches them (a Quote token is
  // never passed over at its first test), not by a walk of their own over every token first
  // (judge_straight_quotes()): a mark's judgement reads only its neighbours' spaces and kinds,
  // which the walk does not change, and the walk reads a mark's judgement only at the mark.
  // The marks a sentence's end takes in and the walk leaps over are judged there. Made-up
  // example: in `Tom said "no." Jane said "yes."` the first `"` is judged opening at its
  // turn, and the `"` after `no.` closing where the sentence ends.
  Token* const tokens = a.tokens.data();
  const auto n = static_cast<std::uint32_t>(a.tokens.size());
  std::uint32_t start = 0, paragraph = 0;
  bool quote_open = false;  // a double quotation mark is open in this paragraph
  auto close = [&](std::uint32_t end, bool headline) {
    if (end > start) {
      Sentence s;
      s.first_token = start;
      s.end_token = end;
      s.paragraph = paragraph;
      s.headline = headline;
      a.sentences.push_back(s);
    }
    start = end;
  };
  // Row 23.354: a word with none of the flags below (no line or paragraph break before it,
  // no abbreviation's stop, no quotation mark) neither closes, opens nor ends a sentence,
  // and most tokens are such words: each of the tests below would be false for it. Made-up
  // example: in `Tom Smith met Dr. Jane Roe in Kestby.` only `Dr.` and `.` go on.
  constexpr std::uint16_t kSplitFlags = kLineBefore | kParaBefore | kAbbrev | kDoubleQuote;
  for (std::uint32_t i = 0; i < n; ++i) {
    const Token& t = a.tokens[i];
    if (t.kind == TokenKind::Word && !(t.flags & kSplitFlags)) continue;
    if (t.kind == TokenKind::Quote) judge_straight_quote(tokens, n, i);  // row 23.392
    if (i > start && t.has(kLineBefore) && !wrapped_line(a, lex, i)) {
      close(i, !is_terminal(a.tokens[i - 1]) && a.tokens[i - 1].kind != TokenKind::Quote);
    }
    if (t.has(kParaBefore) && i > 0) {
      ++paragraph;
      quote_open = false;
    } else if (i == start && i > 0 && quote_open && t.has(kDoubleQuote) && t.has(kOpenQuote)) {
      // A quote still open when a sentence opens with a fresh opening mark: the copy lost
      // a paragraph break inside a quote that runs over paragraphs (each paragraph opens
      // with the mark, only the last one closes). The break is put back.
      ++paragraph;
    }
    if (t.kind == TokenKind::Quote && t.has(kDoubleQuote))
      quote_open = t.has(kOpenQuote) || (!t.has(kCloseQuote) && !quote_open);
    bool end_here = false;
    std::uint32_t end = i + 1;
    if (is_terminal(t)) {
      // Absorb closing quotes and brackets that follow with no space.
      while (end < n && !a.tokens[end].has(kSpaceBefore) &&
             (a.tokens[end].kind == TokenKind::Quote || a.tokens[end].norm == ")" || a.tokens[end].norm == "]"))
        ++end;
      if (end >= n) {
        end_here = true;
      } else {
        const Token& next = a.tokens[end];
        if (next.has(kLineBefore)) end_here = false;  // the line break closes it
        else if (next.has(kSpaceBefore) && opens_sentence(next)) end_here = true;
      }
      // "...," he said: a quote closing with a comma-less ? or ! followed by lower case continues.
    } else if (t.kind == TokenKind::Word && t.has(kAbbrev) && !lex.abbreviations().never_ends_sentence(t.norm) && end < n) {
      const Token& next = a.tokens[end];
      if (!next.has(kLineBefore) && next.has(kSpaceBefore) && next.has(kCapitalized) &&
          (lex.lower_bits(next) & Lexicons::kOpener))
        end_here = true;
    }
    if (end_here) {
      close(end, false);
      for (std::uint32_t k = i + 1; k < end; ++k)  // row 23.392: the marks leapt over, judged here
        if (tokens[k].kind == TokenKind::Quote) judge_straight_quote(tokens, n, k);
      i = end - 1;
    }
  }
  close(n, n > 0 && !is_terminal(a.tokens[n - 1]) && a.tokens[n - 1].kind != TokenKind::Quote);
  recover_headline(a, lex);
}

void mark_furniture(Annotation& a, const FurnitureRules& rules) {
  const std::string_view text = a.doc->text;
  const auto n = a.tokens.size();
  std::size_t i = 0;
  while (i < n) {
    // One line = tokens up to the next token with kLineBefore.
    std::size_t j = i + 1;
    while (j < n && !a.tokens[j].has(kLineBefore)) ++j;
    const std::uint32_t lb = a.tokens[i].span.begin, le = a.tokens[j - 1].span.end;
    bool whole = false;
    if (le - lb <= rules.max_line_bytes) {
      const std::string_view line = text.substr(lb, le - lb);
      whole = rules.line.matches(line);
    }
    if (whole) {
      for (std::size_t k = i; k < j; ++k) a.tokens[k].flags |= kFurniture;
    } else {
      // Bracketed credits inside a line: "(AP Photo/Ivan Sekretarev)".
      for (std::size_t k = next_open_bracket(a, i, j); k < j; k = next_open_bracket(a, k + 1, j)) {
        std::size_t m = k + 1;
        while (m < j && a.tokens[m].norm != ")" && m - k < 40) ++m;
        if (m >= j || a.tokens[m].norm != ")") continue;
        const std::string_view group = text.substr(a.tokens[k].span.begin, a.tokens[m].span.end - a.tokens[k].span.begin);
        if (rules.bracket.matches(group))
          for (std::size_t q = k; q <= m; ++q) a.tokens[q].flags |= kFurniture;
        k = m;
      }
    }
    i = j;
  }
  for (auto& s : a.sentences) {
    bool all = s.end_token > s.first_token;
    for (auto k = s.first_token; k < s.end_token && all; ++k) all = a.tokens[k].has(kFurniture);
    s.furniture = all;
  }
}

namespace {

// The bytes above 0x20 of `text` (UTF-8 lead and continuation bytes included), eight at
// a time: append_whitespace_folded() keeps every such byte in order (it folds only
// spaces, tabs, CR and LF), so two texts that fold alike have the same count.
std::uint32_t bytes_above_space(std::string_view text) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const char* p = text.data();
  const char* const end = p + text.size();
  std::uint32_t n = 0;
  for (; end - p >= 8; p += 8) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    // A byte's high bit: its own, or its low seven bits plus 0x5F reach 0x80 (no carry
    // leaves a byte: 0x7F + 0x5F < 0x100); the eight 0/1 bytes summed by a multiply
    // (std::popcount is a call in a plain x86-64 build).
    const std::uint64_t above = ((((x & kLow7) + 0x5F * kOnes) | x) & kHigh) >> 7;
    n += static_cast<std::uint32_t>((above * kOnes) >> 56);
  }
  for (; p != end; ++p) n += static_cast<unsigned char>(*p) > 0x20;
  return n;
}

// A paragraph of four tokens or more: its sentences [s, e), its tokens [tb, te), and the
// bytes above 0x20 of its text.
struct Paragraph {
  std::size_t s, e;
  std::uint32_t tb, te, key;
};

std::vector<Paragraph> paragraphs_to_compare(const Annotation& a) {
  const std::string_view text = a.doc->text;
  std::vector<Paragraph> out;
  std::size_t s = 0;
  while (s < a.sentences.size()) {
    std::size_t e = s;
    while (e < a.sentences.size() && a.sentences[e].paragraph == a.sentences[s].paragraph) ++e;
    const auto tb = a.sentences[s].first_token, te = a.sentences[e - 1].end_token;
    if (te > tb && te - tb >= 4) {
      const auto b = a.tokens[tb].span.begin;
      out.push_back({s, e, tb, te, bytes_above_space(text.substr(b, a.tokens[te - 1].span.end - b))});
    }
    s = e;
  }
  return out;
}

}  // namespace

void mark_duplicates(Annotation& a) {
  // Only paragraphs whose count of bytes above 0x20 another paragraph shares can repeat
  // one (bytes_above_space()): the others are neither folded nor kept. The normalised
  // paragraphs compared, each once, are written into one buffer reserved for the whole
  // text (paragraphs do not overlap and normalising never lengthens), so the views into
  // it stay valid; exact comparison, no digest.
  const std::vector<Paragraph> paragraphs = paragraphs_to_compare(a);
  if (paragraphs.size() < 2) return;
  std::vector<std::uint32_t> keys;
  keys.reserve(paragraphs.size());
  for (const auto& p : paragraphs) keys.push_back(p.key);
  std::sort(keys.begin(), keys.end());
  const std::string_view text = a.doc->text;
  std::string normalised;
  std::unordered_set<std::string_view> seen;
  for (const auto& p : paragraphs) {
    const auto same = std::equal_range(keys.begin(), keys.end(), p.key);
    if (same.second - same.first < 2) continue;
    if (normalised.capacity() < text.size()) normalised.reserve(text.size());
    const std::size_t at = normalised.size();
    append_whitespace_folded(text.substr(a.tokens[p.tb].span.begin, a.tokens[p.te - 1].span.end - a.tokens[p.tb].span.begin),
                             normalised);
    if (!seen.insert(std::string_view(normalised).substr(at)).second) {
      normalised.resize(at);
      for (auto k = p.tb; k < p.te; ++k) a.tokens[k].flags |= kDuplicate;
      for (auto k = p.s; k < p.e; ++k) a.sentences[k].duplicate = true;
    }
  }
}

}  // namespace gazette
