#include "gazette/tokenizer.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/lexicon.hpp"
#include "gazette/sentences.hpp"
#include "gazette/text.hpp"

#include <gtest/gtest.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <set>

using namespace gazette;

namespace {

std::vector<std::string> norms(const std::string& text) {
  Document d;
  d.text = text;
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  std::vector<std::string> out;
  for (const auto& t : a.tokens) out.emplace_back(t.norm);
  return out;
}

using V = std::vector<std::string>;

struct Case {
  const char* text;
  V tokens;
};

TEST(Tokenizer, Table) {
  const Case cases[] = {
      {"U.S. relations", {"U.S.", "relations"}},
      {"the U.N. said", {"the", "U.N.", "said"}},
      {"Mr. Trump", {"Mr.", "Trump"}},
      {"R.C. Hammond", {"R.C.", "Hammond"}},
      {"at 3 p.m. today", {"at", "3", "p.m.", "today"}},
      {"Jan. 5", {"Jan.", "5"}},
      {"al-Assad", {"al", "-", "Assad"}},
      {"Al-Qaeda", {"Al", "-", "Qaeda"}},
      {"U.S.-Russia ties", {"U.S.", "-", "Russia", "ties"}},
      {"Russia-US talks", {"Russia", "-", "US", "talks"}},
      {"Tillerson's visit", {"Tillerson", "'s", "visit"}},
      {"Putin\xE2\x80\x99s view", {"Putin", "'s", "view"}},
      {"the diplomats' talks", {"the", "diplomats", "'", "talks"}},
      {"we're here", {"we're", "here"}},
      {"O'Brien said", {"O'Brien", "said"}},
      {"\xE2\x80\x9CHello,\xE2\x80\x9D he said", {"\"", "Hello", ",", "\"", "he", "said"}},
      {"wait\xE2\x80\xA6 now", {"wait", "...", "now"}},
      {"low.\xE2\x80\x94 Vladimir", {"low", ".", "--", "Vladimir"}},
      {"1,000 troops and 3.5 percent at 14:32", {"1,000", "troops", "and", "3.5", "percent", "at", "14:32"}},
      {"Vladimir\xC2\xA0Putin", {"Vladimir", "Putin"}},
  };
  for (const auto& c : cases) EXPECT_EQ(norms(c.text), c.tokens) << c.text;
}

// Row 19.451: one test of generational numerals for a token's form and a person's key.
TEST(Tokenizer, RomanNumeralsInEitherCase) {
  EXPECT_TRUE(roman_numerals("IV"));
  EXPECT_TRUE(roman_numerals("XIII"));
  EXPECT_FALSE(roman_numerals("iv"));
  EXPECT_TRUE(roman_numerals("iv", true));
  EXPECT_FALSE(roman_numerals("IV", true));
  EXPECT_FALSE(roman_numerals("I"));
  EXPECT_FALSE(roman_numerals("XVIII"));
  EXPECT_FALSE(roman_numerals("IVY"));
}

// A curly apostrophe (U+2019) is straight in every token's norm and lower form, wherever it
// stands: inside a word (`we’re`, `O’Brien`), as a possessive or a contraction's `’s`, after
// a plural, as a closing mark, doubled, at a word's start (`’tis`): no token holds or
// opens on one, so the stages compare with `'` only (quotes_indirect.cpp contraction_tail(),
// rule A652).
TEST(Tokenizer, CurlyApostrophesAreStraightInEveryToken) {
  const std::string curly = "\xE2\x80\x99";
  for (const std::string& text : {"It" + curly + "s safe to say", "we" + curly + "re here, O" + curly + "Brien" + curly + "s",
                                  "the diplomats" + curly + " talks", "\xE2\x80\x98Go" + curly + " he said",
                                  curly + "tis " + curly + curly + "Q," + curly + curly, "rock" + curly + "n" + curly + "roll " + curly + "s"}) {
    Document d;
    d.text = text;
    Annotation a;
    a.doc = &d;
    tokenize(a, Abbreviations::builtin());
    ASSERT_FALSE(a.tokens.empty());
    for (const auto& t : a.tokens) {
      EXPECT_EQ(t.norm.find(curly), std::string_view::npos) << text << " -> " << t.norm;
      EXPECT_EQ(t.lower.find(curly), std::string_view::npos) << text << " -> " << t.lower;
    }
  }
  EXPECT_EQ(norms("It" + curly + "s safe"), (V{"It", "'s", "safe"}));
  EXPECT_EQ(norms("they" + curly + "re"), (V{"they're"}));
}

// A run of ASCII letters and digits is one token however it ends (tokenizer.cpp
// plain_word(), the common word pushed without the general scan): at the end of the
// text, at a space, a comma, a colon or a bracket after letters, and not when what
// follows can extend it (a comma or colon between digits, an apostrophe, a period of an
// abbreviation or acronym, a UTF-8 letter). Kind, flags, span and lower form as the
// general scan makes them.
TEST(Tokenizer, PlainWordsTakeTheSameTokensAtEveryEnding) {
  struct Tok {
    std::string norm, lower;
    TokenKind kind;
    std::uint16_t flags;
  };
  const auto tokens = [](const std::string& text) {
    Document d;
    d.text = text;
    Annotation a;
    a.doc = &d;
    tokenize(a, Abbreviations::builtin());
    std::vector<Tok> out;
    for (const auto& t : a.tokens) {
      EXPECT_EQ(d.text.substr(t.span.begin, t.span.end - t.span.begin).size(), t.span.end - t.span.begin);
      out.push_back({std::string(t.norm), std::string(t.lower), t.kind, t.flags});
    }
    return out;
  };
  const auto word = TokenKind::Word;
  const auto number = TokenKind::Number;
  const auto punct = TokenKind::Punct;
  const auto check = [&](const std::string& text, const std::vector<Tok>& want) {
    const auto got = tokens(text);
    ASSERT_EQ(got.size(), want.size()) << text;
    for (std::size_t k = 0; k < got.size(); ++k) {
      EXPECT_EQ(got[k].norm, want[k].norm) << text << " #" << k;
      EXPECT_EQ(got[k].lower, want[k].lower) << text << " #" << k;
      EXPECT_EQ(got[k].kind, want[k].kind) << text << " #" << k;
      EXPECT_EQ(got[k].flags, want[k].flags) << text << " #" << k;
    }
  };
  const std::uint16_t cap = kCapitalized, caps = kCapitalized | kAllCaps, sp = kSpaceBefore;
  check("said", {{"said", "said", word, 0}});
  check("NATO, Trump; 2024) x9:", {{"NATO", "nato", word, caps}, {",", ",", punct, 0},
                                   {"Trump", "trump", word, static_cast<std::uint16_t>(cap | sp)},
                                   {";", ";", punct, 0}, {"2024", "2024", number, sp}, {")", ")", punct, 0},
                                   {"x9", "x9", word, sp}, {":", ":", punct, 0}});
  check("1,000 14:32 3.5 7,", {{"1,000", "1,000", number, 0}, {"14:32", "14:32", number, sp},
                               {"3.5", "3.5", number, sp}, {"7", "7", number, sp}, {",", ",", punct, 0}});
  check("Mr. U.S. end.", {{"Mr.", "mr.", word, static_cast<std::uint16_t>(cap | kAbbrev)},
                          {"U.S.", "u.s.", word, static_cast<std::uint16_t>(caps | kAbbrev | sp)},
                          {"end", "end", word, sp}, {".", ".", punct, 0}});
  check("O'Brien we\xE2\x80\x99re Assad's", {{"O'Brien", "o'brien", word, cap}, {"we're", "we're", word, sp},
                                             {"Assad", "assad", word, static_cast<std::uint16_t>(cap | sp)},
                                             {"'s", "'s", word, kPossessive}});
  check("Z\xC3\xBCrich caf\xC3\xA9 ABC\xC3\xA9", {{"Z\xC3\xBCrich", "z\xC3\xBCrich", word, cap},
                                                 {"caf\xC3\xA9", "caf\xC3\xA9", word, sp},
                                                 {"ABC\xC3\xA9", "abc\xC3\xA9", word, static_cast<std::uint16_t>(cap | sp)}});
}

TEST(Tokenizer, OffsetsPointAtOriginalBytes) {
  Document d;
  d.text = "\xE2\x80\x9CHi\xE2\x80\x9D";
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_EQ(a.tokens[0].span, (Span{0, 3}));
  EXPECT_EQ(a.tokens[1].span, (Span{3, 5}));
  EXPECT_TRUE(a.tokens[0].has(kOpenQuote));
  EXPECT_TRUE(a.tokens[2].has(kCloseQuote));
}

TEST(Tokenizer, LineAndParagraphFlags) {
  Document d;
  d.text = "Headline\n\nFirst line\nsecond";
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  ASSERT_EQ(a.tokens.size(), 4u);
  EXPECT_TRUE(a.tokens[1].has(kParaBefore));
  EXPECT_TRUE(a.tokens[3].has(kLineBefore));
  EXPECT_FALSE(a.tokens[3].has(kParaBefore));
}

// A user abbreviations file (--rules) extends the built-in list: the tokenizer keeps the
// new word's period, and an "ends_sentence": false entry no longer splits a sentence.
TEST(Tokenizer, UserAbbreviationsExtendTheBuiltInOnes) {
  const std::string text = "The talks were led by Amb. Chadwick and Fleet Adm. Orme of Zenda Intl. They meet today.";
  auto run = [&](bool with_user_file) {
    Lexicons lex;
    Diagnostics diag;
    EXPECT_TRUE(lex.load_builtin(diag));
    if (with_user_file) {
      EXPECT_TRUE(lex.load_text("user.json",
                                R"({"format": "gazette/lexicon", "version": 1, "kind": "abbreviations", "entries": [
                                     {"abbreviation": "Amb", "ends_sentence": false},
                                     {"abbreviation": "Intl", "ends_sentence": true}]})",
                                diag))
          << diag.errors();
    }
    lex.finalize();
    Document d;
    d.text = text;
    Annotation a;
    a.doc = &d;
    tokenize(a, lex.abbreviations());
    split_sentences(a, lex);
    std::vector<std::string> toks;
    for (const auto& t : a.tokens) toks.emplace_back(t.norm);
    return std::make_pair(toks, a.sentences.size());
  };
  const auto [plain_tokens, plain_sentences] = run(false);
  EXPECT_EQ(plain_tokens[5], "Amb");  // not an abbreviation: its period is a token of its own
  EXPECT_EQ(plain_tokens[6], ".");
  EXPECT_EQ(plain_sentences, 3u);  // "... Amb." | "Chadwick ... Intl." | "They ..."
  const auto [user_tokens, user_sentences] = run(true);
  EXPECT_EQ(user_tokens[5], "Amb.");
  EXPECT_EQ(user_tokens[6], "Chadwick");
  EXPECT_NE(std::find(user_tokens.begin(), user_tokens.end(), "Intl."), user_tokens.end());
  EXPECT_NE(std::find(user_tokens.begin(), user_tokens.end(), "Adm."), user_tokens.end());  // built-in
  EXPECT_EQ(user_sentences, 2u);  // "Amb." is a title; "Intl." ends one before "They"
}

// A phrase from data (a title) tokenizes with the user's abbreviations as the text does,
// so "Amb." of a user title file finds "Amb." in the text once "Amb" is an abbreviation.
TEST(Tokenizer, PhrasesOfDataTokenizeWithTheUsersAbbreviations) {
  Lexicons lex;
  Diagnostics diag;
  ASSERT_TRUE(lex.load_builtin(diag));
  ASSERT_TRUE(lex.load_text("abbr.json", R"({"format": "gazette/lexicon", "version": 1, "kind": "abbreviations",
                                            "entries": [{"abbreviation": "Amb", "ends_sentence": false}]})", diag));
  ASSERT_TRUE(lex.load_text("titles.json", R"({"format": "gazette/lexicon", "version": 1, "kind": "titles",
                                              "entries": [{"title": "Deputy Amb.", "kind": "office"}]})", diag));
  lex.finalize();
  EXPECT_EQ(phrase_tokens("Deputy Amb.").size(), 3u);  // built-in abbreviations: "Amb" "."
  const auto& user = phrase_tokens("Deputy Amb.", lex.abbreviations());
  ASSERT_EQ(user.size(), 2u);
  EXPECT_EQ(user[1].norm, "Amb.");
  EXPECT_EQ(phrase_words("Deputy Amb.", false, lex.abbreviations()), (V{"deputy", "amb."}));

  Document d;
  d.text = "Deputy Amb. Chadwick arrived.";
  Annotation a;
  a.doc = &d;
  tokenize(a, lex.abbreviations());
  lex.intern(a);
  std::uint32_t payload = 0;
  ASSERT_EQ(lex.title_index().match(a.tokens, 0, a.tokens.size(), payload), 2u);
  EXPECT_EQ(lex.titles()[payload].title, "Deputy Amb.");
}

TEST(Tokenizer, AbbreviationEntriesAreChecked) {
  Lexicons lex;
  Diagnostics diag;
  EXPECT_FALSE(lex.load_text("bad.json",
                             R"({"format": "gazette/lexicon", "version": 1, "kind": "abbreviations", "entries": [
                                  {"abbreviation": "Amb."}, {"ends_sentence": true}, {"abbreviation": "Intl"}]})",
                             diag));
  EXPECT_EQ(diag.errors(), 3u);
}

TEST(Tokenizer, BuiltInAbbreviations) {
  const Abbreviations& b = Abbreviations::builtin();
  EXPECT_TRUE(b.takes_period("Mr"));
  EXPECT_TRUE(b.takes_period("Inc"));
  EXPECT_FALSE(b.takes_period("mr"));  // compared as written
  EXPECT_TRUE(b.never_ends_sentence("Gen."));
  EXPECT_TRUE(b.never_ends_sentence("J."));  // an initial
  EXPECT_FALSE(b.never_ends_sentence("Inc."));
}

// Abbreviations::takes_period() answers most words from a filter of lengths and first
// bytes before its map: the built-in entries and a user file's (14 to 20 bytes, past the
// filter's last length; a non-ASCII first letter) keep their period, and each entry
// changed (a case, a letter added or dropped, its first byte sharing the filter's bit)
// and ordinary words take theirs as a token of its own: the map's answer, word by word
// in a text and asked directly.
TEST(Tokenizer, AbbreviationsAreFoundWhateverTheirLengthAndFirstByte) {
  const std::vector<std::string> user = {"Intl", "Oberstleutnant", "Generalleutnant", "Generalleutnants",
                                         "Generalfeldmarschall", "\xC3\x89tab", "x"};
  Lexicons lex;
  Diagnostics diag;
  ASSERT_TRUE(lex.load_builtin(diag));
  std::string file = R"({"format": "gazette/lexicon", "version": 1, "kind": "abbreviations", "entries": [)";
  for (std::size_t k = 0; k < user.size(); ++k)
    file += std::string(k ? "," : "") + R"({"abbreviation": ")" + user[k] + R"(", "ends_sentence": true})";
  ASSERT_TRUE(lex.load_text("user.json", file + "]}", diag)) << diag.errors();
  lex.finalize();
  std::set<std::string> listed(user.begin(), user.end());
  rapidjson::Document builtin;
  const auto text = builtin_file("data/lexicon/abbreviations.json");
  ASSERT_TRUE(text.has_value());
  builtin.Parse(text->data(), text->size());
  ASSERT_FALSE(builtin.HasParseError());
  for (const auto& e : builtin["entries"].GetArray()) listed.insert(e["abbreviation"].GetString());
  ASSERT_GT(listed.size(), 90u);
  ASSERT_EQ(lex.abbreviations().size(), listed.size());

  std::set<std::string> words = {"said", "year", "Monday", "Minister", "Washington", "So", "It", "a", "I",
                                 "Generalleutnan", "Generalfeldmarschal", "Generalfeldmarschalls", "\xC3\x89tabs"};
  for (const auto& w : listed) {
    std::string lower = w, upper = w, flipped = w;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (std::isalpha(static_cast<unsigned char>(w[0]))) flipped[0] = static_cast<char>(w[0] ^ 0x20);
    words.insert({w, lower, upper, flipped, w + "s", w + "x", "S" + w});
    if (w.size() > 1) words.insert({w.substr(0, w.size() - 1), w.substr(1)});
  }
  std::size_t kept = 0;
  for (const auto& w : words) {
    const bool in_list = listed.count(w) > 0;
    EXPECT_EQ(lex.abbreviations().takes_period(w), in_list) << w;
    // Bytes sharing the first byte's low six bits (`M`, `m`, `-`, a control byte) and the
    // empty word are asked directly; the text only holds words.
    for (const unsigned other : {0x00U, 0x40U, 0x80U, 0xC0U}) {
      std::string twin = w;
      twin[0] = static_cast<char>((static_cast<unsigned char>(w[0]) & 63U) | other);
      EXPECT_EQ(lex.abbreviations().takes_period(twin), listed.count(twin) > 0) << w << " " << other;
    }
    if (w.size() == 1 && std::isupper(static_cast<unsigned char>(w[0]))) continue;  // an initial
    if ((static_cast<unsigned char>(w[0]) & 0xC0U) == 0x80U) continue;  // `É` cut: no word
    Document d;
    d.text = "then " + w + ". then";
    Annotation a;
    a.doc = &d;
    tokenize(a, lex.abbreviations());
    ASSERT_GE(a.tokens.size(), 3u) << w;
    EXPECT_EQ(a.tokens[1].norm, in_list ? w + "." : w) << w;
    EXPECT_EQ(a.tokens[1].has(kAbbrev), in_list) << w;
    EXPECT_EQ(a.tokens.size(), in_list ? 3u : 4u) << w;
    kept += in_list;
  }
  EXPECT_EQ(lex.abbreviations().takes_period(""), false);
  EXPECT_GT(kept, 90u);
}

}  // namespace

// Lower-case forms are made by words of eight or four bytes when the word is ASCII
// (tokenizer.cpp lower_ascii): every length from 1 to 20, a capital at every position,
// all capitals, `@` and `[` (the bytes on either side of A-Z), digits, apostrophes and
// periods, and a letter outside ASCII at every position, against text.hpp to_lower().
TEST(Tokenizer, LowerFormsAreToLowerAtEveryLengthAndPosition) {
  std::vector<std::string> words;
  const std::string letters = "abcdefghijklmnopqrstuvwxyz";
  for (std::size_t n = 1; n <= 20; ++n) {
    const std::string base = letters.substr(0, n);
    std::string caps = base;
    for (auto& c : caps) c = static_cast<char>(c - 32);
    words.push_back(caps);
    for (std::size_t at = 0; at < n; ++at) {
      std::string w = base;
      w[at] = static_cast<char>(w[at] - 32);
      words.push_back(w);
      std::string z = caps;
      z[at] = at % 2 ? 'z' : '9';
      words.push_back(z);
      std::string u = caps;
      u.replace(at, 1, "\xC3\x89");  // É
      words.push_back(u);
      std::string l = base;
      l.replace(at, 1, "\xC3\xA9");  // é: no ASCII capital
      words.push_back(l);
    }
    words.push_back("Z" + std::string(n, '@') + "Q");
    words.push_back("Y" + std::string(n, '[') + "X");
    words.push_back("O'" + caps);
    words.push_back(caps.substr(0, 1) + "." + caps.substr(0, 1) + ".");
  }
  std::string text;
  for (const auto& w : words) text += w + " ";
  Document d;
  d.text = text;
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  std::size_t checked = 0;
  for (const auto& t : a.tokens) {
    EXPECT_EQ(t.lower, to_lower(t.norm)) << t.norm;
    if (t.lower == t.norm) {
      EXPECT_EQ(t.lower.data(), t.norm.data()) << t.norm;  // no copy when nothing changes
    }
    checked += t.lower != t.norm;
  }
  EXPECT_GT(checked, 600u);
}

// Row 23.286: a plain word takes the one space after it (the main loop's whitespace step,
// read in place), and an ASCII word's first byte is tested before whitespace: the spaces,
// tabs and newlines after words, a possessive glued or not, a word opening with a letter
// outside ASCII, and a word at the very end give the flags the general steps give.
TEST(Tokenizer, APlainWordTakesTheSpaceAfterItAsTheLoopWould) {
  Document d;
  d.text = "Tom Smith's  dog\tran\nto Jane 's \xC3\x89mile  Roe\n\n42, 7 Leeds";
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  V got;
  for (const auto& t : a.tokens) got.emplace_back(t.norm);
  ASSERT_EQ(got, (V{"Tom", "Smith", "'s", "dog", "ran", "to", "Jane", "'", "s", "\xC3\x89mile", "Roe", "42", ",", "7",
                    "Leeds"}));
  const auto flags = [&](std::size_t k) { return a.tokens[k].flags; };
  EXPECT_EQ(flags(0), kCapitalized);
  EXPECT_EQ(flags(1), kCapitalized | kSpaceBefore);  // one space
  EXPECT_EQ(flags(2), kPossessive);                  // glued: a possessive
  EXPECT_EQ(flags(3), kSpaceBefore);                 // two spaces
  EXPECT_EQ(flags(4), kSpaceBefore);                 // a tab
  EXPECT_EQ(flags(5), kSpaceBefore | kLineBefore);   // a newline
  EXPECT_FALSE(a.tokens[7].has(kPossessive));        // `Jane 's`: the space was read, no possessive
  EXPECT_TRUE(a.tokens[7].has(kSpaceBefore));
  EXPECT_EQ(a.tokens[9].kind, TokenKind::Word);  // a letter outside ASCII opens a word
  EXPECT_TRUE(a.tokens[9].has(kCapitalized));
  EXPECT_TRUE(a.tokens[9].has(kSpaceBefore));
  EXPECT_TRUE(a.tokens[11].has(kParaBefore));  // a blank line after `Roe`
  EXPECT_EQ(a.tokens[11].kind, TokenKind::Number);
  EXPECT_FALSE(a.tokens[12].has(kSpaceBefore));  // `42,`: the comma is glued
  EXPECT_TRUE(a.tokens[13].has(kSpaceBefore));
  EXPECT_EQ(a.tokens.back().span.end, d.text.size());  // the last word ends the text
  EXPECT_TRUE(a.tokens.back().has(kSpaceBefore));
}

// Row 23.287: a plain word's run of letters and digits is read up to a byte of class 0
// without testing the text's size: the std::string's NUL ends a run at the end of the
// text, and a NUL inside the text ends one like any other punctuation.
TEST(Tokenizer, AWordRunEndsAtTheTextsEndAndAtANulInside) {
  for (const std::string& text : V{"Smithfield", "x", "Tom Roe 2024", std::string("Tom\0Roe", 7)}) {
    Document d;
    d.text = text;
    Annotation a;
    a.doc = &d;
    tokenize(a, Abbreviations::builtin());
    ASSERT_FALSE(a.tokens.empty()) << text;
    EXPECT_EQ(a.tokens.back().span.end, text.size()) << text;  // the last run stops at the end, not past it
    for (const auto& t : a.tokens) EXPECT_LE(t.span.end, text.size());
  }
  Document d;
  d.text = std::string("Tom\0Roe", 7);
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  ASSERT_EQ(a.tokens.size(), 3u);
  EXPECT_EQ(a.tokens[0].norm, "Tom");
  EXPECT_EQ(a.tokens[1].kind, TokenKind::Punct);  // the NUL
  EXPECT_EQ(a.tokens[2].norm, "Roe");
  EXPECT_EQ(norms("Acme 2024"), (V{"Acme", "2024"}));
  Document n;
  n.text = "2024";
  Annotation b;
  b.doc = &n;
  tokenize(b, Abbreviations::builtin());
  ASSERT_EQ(b.tokens.size(), 1u);
  EXPECT_EQ(b.tokens[0].kind, TokenKind::Number);  // a run of digits to the end of the text
}

// Row 23.291: the whitespace's flags are gathered as it is read and or-ed into the next
// token: a newline gives kLineBefore, a second kParaBefore whatever stands between them
// (spaces, a carriage return, U+2028 / U+2029), a space alone only kSpaceBefore.
TEST(Tokenizer, TheFlagsOfTheWhitespaceBeforeATokenAreGatheredAsItIsRead) {
  Document d;
  d.text = "Tom \nsaid\n \nJane\r\n\r\nRoe \xE2\x80\xA8 \xE2\x80\xA9" "Acme\xE2\x80\xA8" "Leeds  Zed\tx";
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  V got;
  for (const auto& t : a.tokens) got.emplace_back(t.norm);
  ASSERT_EQ(got, (V{"Tom", "said", "Jane", "Roe", "Acme", "Leeds", "Zed", "x"}));
  const std::uint16_t ws = kSpaceBefore | kLineBefore | kParaBefore;
  const auto before = [&](std::size_t k) { return a.tokens[k].flags & ws; };
  EXPECT_EQ(before(0), 0);
  EXPECT_EQ(before(1), kSpaceBefore | kLineBefore);                 // one newline
  EXPECT_EQ(before(2), kSpaceBefore | kLineBefore | kParaBefore);   // two, a space between
  EXPECT_EQ(before(3), kSpaceBefore | kLineBefore | kParaBefore);   // \r\n\r\n
  EXPECT_EQ(before(4), kSpaceBefore | kLineBefore | kParaBefore);   // U+2028, U+2029
  EXPECT_EQ(before(5), kSpaceBefore | kLineBefore);                 // U+2028 alone
  EXPECT_EQ(before(6), kSpaceBefore);                               // two spaces
  EXPECT_EQ(before(7), kSpaceBefore);                               // a tab
}

// Row 23.331: a one-byte ASCII punctuation mark is pushed by the main loop's first tests,
// with the space after it read as whitespace() reads it; `.` and `-` only when the next byte
// is not the same (`...` and `--` stay one token each), apostrophes and double quotes keep
// their own steps. Every token's norm, kind, span and whitespace flags as before.
TEST(Tokenizer, OneBytePunctuationAndTheSpaceAfterItAreReadFirst) {
  Document d;
  d.text = "Tom Smith, a farmer (of Wenmoor) said: no... -- well- yes.. ok;\n!Jane, \"fine\". 'x' end.";
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  V got;
  for (const auto& t : a.tokens) got.emplace_back(t.norm);
  ASSERT_EQ(got, (V{"Tom", "Smith", ",", "a", "farmer", "(", "of", "Wenmoor", ")", "said", ":", "no", "...", "--", "well",
                    "-", "yes", ".", ".", "ok", ";", "!", "Jane", ",", "\"", "fine", "\"", ".", "'", "x", "'", "end", "."}));
  const auto& t = a.tokens;
  const auto text_of = [&](std::size_t k) { return d.text.substr(t[k].span.begin, t[k].span.end - t[k].span.begin); };
  EXPECT_EQ(text_of(2), ",");
  EXPECT_EQ(text_of(12), "...");
  EXPECT_EQ(text_of(13), "--");
  EXPECT_EQ(text_of(15), "-");
  EXPECT_EQ(text_of(32), ".");
  EXPECT_EQ(t[32].span.end, d.text.size());  // the last byte: the NUL after it is no space
  for (const std::size_t k : {2, 5, 8, 10, 12, 13, 15, 17, 18, 20, 21, 23, 27}) EXPECT_EQ(t[k].kind, TokenKind::Punct) << k;
  EXPECT_EQ(t[24].kind, TokenKind::Quote);
  EXPECT_EQ(t[28].kind, TokenKind::Quote);
  const auto space = [&](std::size_t k) { return (t[k].flags & kSpaceBefore) != 0; };
  EXPECT_TRUE(space(3));    // `a` after `, `
  EXPECT_TRUE(space(5));    // `(` after `farmer `
  EXPECT_FALSE(space(6));   // `of` glued to `(`
  EXPECT_FALSE(space(2));   // `,` glued to `Smith`
  EXPECT_TRUE(space(9));    // `said` after `) `
  EXPECT_TRUE(space(16));   // `yes` after `- `
  EXPECT_FALSE(space(18));  // the second `.` of `..`
  EXPECT_TRUE(space(19));   // `ok` after `. `
  EXPECT_EQ(t[21].flags & (kSpaceBefore | kLineBefore), kSpaceBefore | kLineBefore);  // `!` after `;\n`
  EXPECT_FALSE(space(22));  // `Jane` glued to `!`
  EXPECT_TRUE(space(24));   // the opening mark after `, `
  EXPECT_TRUE(space(28));   // the single mark after `. `
}

// Row 23.333: each token is built in place in the array, its members not set by the
// tokenizer at their defaults (lists' mask unset, ids not interned, no word bits), also
// past the room reserved for a token per 4 bytes (a text of one-byte tokens grows it).
TEST(Tokenizer, TokensBuiltInPlaceKeepTheirDefaultsPastTheReservedRoom) {
  Document d;
  for (int i = 0; i < 600; ++i) d.text += i % 3 == 0 ? "a;" : (i % 3 == 1 ? "Tom," : "(");
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  ASSERT_GT(a.tokens.size(), d.text.size() / 4 + 16);  // more than reserve() made room for
  std::size_t at = 0;
  for (const Token& t : a.tokens) {
    EXPECT_EQ(t.span.begin, at);
    EXPECT_EQ(d.text.substr(t.span.begin, t.span.end - t.span.begin), t.norm);
    at = t.span.end;
    EXPECT_EQ(t.lmask, 0xFFFF);
    EXPECT_EQ(t.id, Vocab::kUnset);
    EXPECT_EQ(t.lid, Vocab::kUnset);
    EXPECT_EQ(t.nbits, 0);
    EXPECT_EQ(t.lbits, 0);
    EXPECT_EQ(t.kind, t.norm == "a" || t.norm == "Tom" ? TokenKind::Word : TokenKind::Punct) << t.norm;
    EXPECT_EQ(t.lower, t.norm == "Tom" ? std::string_view("tom") : t.norm);
  }
  EXPECT_EQ(at, d.text.size());
}

// Row 23.393: the lower-case form of a plain word with a capital (ASCII letters and digits) is
// written as the word is read, each byte or-ed with 0x20, into room the arena's first chunk
// keeps for the text's bytes: the form is the word lower-cased at every length (1-20 bytes,
// digits kept), a view into the arena, and stays valid past many words (the chunk's size grown
// step by step, never reallocated); a word without a capital keeps the text's bytes, and the
// other words (an apostrophe, a letter outside ASCII) still get theirs after the pass. An
// annotation whose arena holds a chunk already keeps its bytes.
TEST(Tokenizer, PlainWordsLowerFormsAreWrittenAsTheyAreRead) {
  const std::string alphabet = "KestbyHOLDINGS2024Tarnw";
  Document d;
  for (std::size_t n = 1; n <= 20; ++n) d.text += alphabet.substr(0, n) + " " + alphabet.substr(3, n) + " ";
  for (int k = 0; k < 300; ++k) d.text += k % 2 == 0 ? "Tarnby, " : "JANE roe O'Brien \xC3\x89lan 7G ";
  d.text += "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
  Annotation a;
  a.doc = &d;
  a.arena.emplace_back("kept");  // a chunk with bytes of its own, as a reused annotation may hold
  tokenize(a, Abbreviations::builtin());
  std::size_t plain_upper = 0;
  for (const Token& t : a.tokens) {
    EXPECT_EQ(t.lower, to_lower(t.norm)) << t.norm;
    const bool in_text = t.lower.data() >= d.text.data() && t.lower.data() < d.text.data() + d.text.size();
    const bool capital = std::any_of(t.norm.begin(), t.norm.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
    EXPECT_EQ(in_text, !capital && t.norm.find('\xC3') == std::string_view::npos) << t.norm;
    if (capital && t.norm.find('\'') == std::string_view::npos && t.norm.find('\xC3') == std::string_view::npos)
      ++plain_upper;
  }
  EXPECT_GT(plain_upper, 300u);
  EXPECT_EQ(a.tokens.back().lower, "abcdefghijklmnopqrstuvwxyz");
  bool kept = false;
  for (const std::string& chunk : a.arena) kept |= chunk.rfind("kept", 0) == 0;
  EXPECT_TRUE(kept);
  // A phrase tokenized again and again on one thread: each time its own forms.
  for (const char* phrase : {"Tom Smith", "JANE ROE of Tarn", "x", "", "McDonald2 Q"}) {
    const auto& tokens = phrase_tokens(phrase);
    for (const Token& t : tokens) EXPECT_EQ(t.lower, to_lower(t.norm)) << phrase;
  }
}

// Row 23.406: phrase_tokens() keeps the thread's last eight phrases; a phrase asked again
// gets the same tokens (the same list, views still valid) without tokenizing again, a
// phrase pushed out by eight others is tokenized again alike, and a list of abbreviations
// changed since (add()) tokenizes the phrase again with the new entry.
TEST(Tokenizer, PhraseTokensKeptForTheLastPhrasesAndRetokenizedWhenAbbreviationsChange) {
  auto words = [](const std::vector<Token>& ts) {
    std::vector<std::string> w;
    for (const Token& t : ts) w.emplace_back(std::string(t.norm) + "/" + std::string(t.lower));
    return w;
  };
  const auto& first = phrase_tokens("Tom Smith of Tarnby Corp.");
  const std::vector<std::string> expected = words(first);
  ASSERT_EQ(expected.size(), 5u);
  const auto& again = phrase_tokens(std::string("Tom Smith of ") + "Tarnby Corp.");  // another buffer, same text
  EXPECT_EQ(&again, &first);
  EXPECT_EQ(words(again), expected);
  for (int k = 0; k < 7; ++k) phrase_tokens("Jane Roe " + std::to_string(k));
  EXPECT_EQ(&phrase_tokens("Tom Smith of Tarnby Corp."), &first);  // seven others: still kept
  for (int k = 0; k < 9; ++k) phrase_tokens("Jane Roe of Kestby " + std::to_string(k));
  EXPECT_EQ(words(phrase_tokens("Tom Smith of Tarnby Corp.")), expected);  // pushed out: made again alike

  Abbreviations abbr;
  abbr.add("Mr", false);
  EXPECT_EQ(phrase_tokens("Zorb. Tom", abbr).size(), 3u);  // `Zorb` `.` `Tom`
  abbr.add("Zorb", false);
  const auto& changed = phrase_tokens("Zorb. Tom", abbr);
  ASSERT_EQ(changed.size(), 2u);  // `Zorb.` is now one abbreviation token
  EXPECT_EQ(changed[0].norm, "Zorb.");
  EXPECT_EQ(phrase_tokens("Zorb. Tom").size(), 3u);  // the built-in list: its own slot
}

// Row 23.373: Annotation::tokens_in(span) gives the tokens [first, end) inside a span: from
// the first token starting at or after the span's start to the first token ending past its
// end, by binary searches; an empty span or one inside a token gives no token.
TEST(Tokenizer, TokensInASpanAreThoseThatStartAndEndInsideIt) {
  Document d;
  d.text = "Tom Smith said: \"We will win the vote.\" Then he left.";
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  const auto open = static_cast<std::uint32_t>(d.text.find('"'));
  const auto close = static_cast<std::uint32_t>(d.text.find('"', open + 1));
  const auto [b, e] = a.tokens_in(Span{open + 1, close});
  ASSERT_LT(b, e);
  EXPECT_EQ(a.text(a.tokens[b].span), "We");
  EXPECT_EQ(a.text(a.tokens[e - 1].span), ".");
  EXPECT_EQ(e - b, 6U);  // We will win the vote .
  for (std::size_t k = b; k < e; ++k) EXPECT_TRUE(a.tokens[k].span.begin > open && a.tokens[k].span.end <= close);
  const auto [nb, ne] = a.tokens_in(Span{open + 2, open + 3});  // inside `We`: no token
  EXPECT_EQ(nb, ne);
  const auto [wb, we] = a.tokens_in(Span{0, static_cast<std::uint32_t>(d.text.size())});
  EXPECT_EQ(wb, 0U);
  EXPECT_EQ(we, a.tokens.size());
}

// Row 23.441: the byte after a plain word's run is asked by one table (kPlainEnd): a byte
// of 0x80 or above, an apostrophe or a full stop hands the word to acronym() / word() (a
// longer word, an abbreviation), `,` and `:` do so after digits only (a number goes on),
// and after letters they end the word; the text's end and a NUL inside it end it too.
TEST(Tokenizer, TheByteAfterAPlainWordDecidesAsBefore) {
  EXPECT_EQ(norms("Tom paid 3,000 at 10:30 in Kestby"), (V{"Tom", "paid", "3,000", "at", "10:30", "in", "Kestby"}));
  EXPECT_EQ(norms("Smith,Roe:Acme"), (V{"Smith", ",", "Roe", ":", "Acme"}));
  EXPECT_EQ(norms("O'Brien met Mr. Roe in the U.S. and Jane's caf\xC3\xA9"),
            (V{"O'Brien", "met", "Mr.", "Roe", "in", "the", "U.S.", "and", "Jane", "'s", "caf\xC3\xA9"}));
  EXPECT_EQ(norms("done."), (V{"done", "."}));
  EXPECT_EQ(norms("12"), (V{"12"}));
  EXPECT_EQ(norms("Kestby"), (V{"Kestby"}));
  EXPECT_EQ(norms(std::string("ab\0cd", 5)), (V{"ab", std::string(1, '\0'), "cd"}));
  EXPECT_EQ(norms("7,"), (V{"7", ","}));
  EXPECT_EQ(norms("x2:"), (V{"x2", ":"}));
}

// Row 23.442: the one space after a plain word is read at text_[i_] with no test of the size
// (at the text's end that byte is the NUL): the token after it has kSpaceBefore, a token
// glued to the word has not, and a word that ends the text is its last token.
TEST(Tokenizer, TheSpaceAfterAPlainWordIsReadUpToTheTextsEnd) {
  Document d;
  d.text = std::string("Tom said it,  then ran\0 off .Kestby", 35);
  Annotation a;
  a.doc = &d;
  tokenize(a, Abbreviations::builtin());
  std::vector<std::pair<std::string, bool>> got;
  for (const auto& t : a.tokens) got.emplace_back(std::string(t.norm), t.has(kSpaceBefore));
  const std::vector<std::pair<std::string, bool>> want = {
      {"Tom", false}, {"said", true}, {"it", true}, {",", false}, {"then", true}, {"ran", true},
      {std::string(1, '\0'), false}, {"off", true}, {".", true}, {"Kestby", false}};
  EXPECT_EQ(got, want);
  EXPECT_EQ(a.tokens.back().span.end, d.text.size());
}
