#include "gazette/lexicon.hpp"
#include "gazette/sentences.hpp"
#include "gazette/text.hpp"
#include "gazette/tokenizer.hpp"

#include <gtest/gtest.h>
#include <re2/re2.h>

#include <algorithm>
#include <memory>

using namespace gazette;

namespace {

struct Fixture {
  Document d;
  Annotation a;
  Lexicons lex;
  explicit Fixture(std::string text) {
    d.text = std::move(text);
    a.doc = &d;
    Diagnostics diag;
    lex.load_builtin(diag);
    lex.finalize();
    tokenize(a, lex.abbreviations());
    split_sentences(a, lex);
    mark_furniture(a, lex.furniture());
    mark_duplicates(a);
  }
  std::vector<std::string> sentences() const {
    std::vector<std::string> out;
    for (const auto& s : a.sentences)
      out.emplace_back(a.text(Span{a.tokens[s.first_token].span.begin, a.tokens[s.end_token - 1].span.end}));
    return out;
  }
};

using V = std::vector<std::string>;

}  // namespace

TEST(Sentences, Table) {
  struct Case { const char* text; V sentences; };
  const Case cases[] = {
      {"Mr. Trump spoke. He left.", {"Mr. Trump spoke.", "He left."}},
      {"Relations with the U.S. are bad. The talks failed.", {"Relations with the U.S. are bad.", "The talks failed."}},
      {"He lives in the U.S. The president said so.", {"He lives in the U.S.", "The president said so."}},
      {"R.C. Hammond said no.", {"R.C. Hammond said no."}},
      {"\"We were late,\" Mr. Trump said. Next.", {"\"We were late,\" Mr. Trump said.", "Next."}},
      {"\"It is over.\" He left.", {"\"It is over.\"", "He left."}},
      {"Headline without stop\n\nBody starts here. Ends.", {"Headline without stop", "Body starts here.", "Ends."}},
      {"Line one\nLine two", {"Line one", "Line two"}},
      {"Talks at 3 p.m. on Friday ended.", {"Talks at 3 p.m. on Friday ended."}},
      {"Wait... Then he spoke.", {"Wait...", "Then he spoke."}},
  };
  for (const auto& c : cases) {
    Fixture f(c.text);
    EXPECT_EQ(f.sentences(), c.sentences) << c.text;
  }
}

TEST(Sentences, ALineBreakAfterAWordThatNeverEndsASentenceIsAWrappedLine) {
  struct Case { const char* text; V sentences; };
  const Case cases[] = {
      {"The Secretary of\nState told CNN on Monday.", {"The Secretary of\nState told CNN on Monday."}},
      {"He met the\nPresident and\nthe Prime Minister.", {"He met the\nPresident and\nthe Prime Minister."}},
      // Other line ends still close the line's sentence; a paragraph break always does.
      {"Talks in Paris\nThe ministers met.", {"Talks in Paris", "The ministers met."}},
      {"Line one of\n\nLine two", {"Line one of", "Line two"}},
      {"Made in the USA\nWorkers rally.", {"Made in the USA", "Workers rally."}},
  };
  for (const auto& c : cases) {
    Fixture f(c.text);
    EXPECT_EQ(f.sentences(), c.sentences) << c.text;
  }
}

TEST(Sentences, HeadlineAndParagraphs) {
  Fixture f("Trump, Putin agree\n\nFirst paragraph. Still first.\n\nSecond.");
  ASSERT_EQ(f.a.sentences.size(), 4u);
  EXPECT_TRUE(f.a.sentences[0].headline);
  EXPECT_EQ(f.a.sentences[1].paragraph, 1u);
  EXPECT_EQ(f.a.sentences[2].paragraph, 1u);
  EXPECT_EQ(f.a.sentences[3].paragraph, 2u);
}

TEST(Sentences, FurnitureIsMarkedNotDeleted) {
  Fixture f("Putin met Tillerson. (Maxim Shemetov/Reuters)\n\nFacebook Twitter Instagram Email\n\nDuration 0:34\n\n"
            "(AP Photo/Ivan Sekretarev)\n\nRead Comments\n\nThe talks went on.");
  std::size_t furniture_sentences = 0;
  for (const auto& s : f.a.sentences) furniture_sentences += s.furniture;
  EXPECT_GE(furniture_sentences, 4u);
  // The credit in brackets after a caption is furniture; the caption is not.
  EXPECT_FALSE(f.a.tokens[0].has(kFurniture));
  bool credit = false;
  for (const auto& t : f.a.tokens) credit |= t.norm == "Shemetov" && t.has(kFurniture);
  EXPECT_TRUE(credit);
  EXPECT_FALSE(f.a.sentences.back().furniture);
}

TEST(Sentences, ACreditLineIsFurnitureASentenceOpeningWithAnAgencyIsNot) {
  // A credit line is the agency or credit word as a word of its own, then only names, credit
  // words and punctuation; a line that goes on with lower-case words or numbers is text.
  const char* credits[] = {"Reuters", "Getty Images", "Getty.", "AP Photo/Evan Vucci", "Photo: John Smith/Reuters",
                           "(AP)", "Image copyright Getty Images"};
  for (const char* line : credits) {
    Fixture f(std::string("The talks went on.\n\n") + line + "\n\nThey ended.");
    ASSERT_EQ(f.a.sentences.size(), 3u) << line;
    EXPECT_TRUE(f.a.sentences[1].furniture) << line;
    EXPECT_FALSE(f.a.sentences[0].furniture) << line;
  }
  const char* text[] = {"Reuters has not checked these reports and cannot confirm they are correct .",
                        "Reuters correspondent Ann Bell , speaking from the village , said he had heard little .",
                        "Reuters Fernby Newsdesk - 555-014-2290", "MAY 1998 SPD CDU / CSU Greens PDS FDP",
                        "AP-GfK Poll: Voters now view Roe as a safe pick.",
                        "Photos showed mourners crouched over the bodies."};
  for (const char* line : text) {
    Fixture f(std::string("The talks went on.\n\n") + line + "\n\nThey ended.");
    for (const auto& s : f.a.sentences) EXPECT_FALSE(s.furniture) << line;
  }
}

TEST(Sentences, DuplicateParagraphsAreMarked) {
  Fixture f("The minister arrived in Moscow on Monday.\n\nThe minister arrived in Moscow on Monday.\n\nA new paragraph here.");
  ASSERT_EQ(f.a.sentences.size(), 3u);
  EXPECT_FALSE(f.a.sentences[0].duplicate);
  EXPECT_TRUE(f.a.sentences[1].duplicate);
  EXPECT_FALSE(f.a.sentences[2].duplicate);
}

TEST(Sentences, DuplicateParagraphsAreComparedWithWhitespaceFolded) {
  // Runs of spaces and tabs count as one space; a shorter paragraph that the repeated one
  // begins with is no duplicate; every later repeat is one.
  Fixture f("The minister  arrived in\tMoscow on Monday.\n\nThe minister arrived in Moscow on Monday.\n\n"
            "The minister arrived in Moscow.\n\nThe minister arrived in Moscow on  Monday. ");
  ASSERT_EQ(f.a.sentences.size(), 4u);
  EXPECT_FALSE(f.a.sentences[0].duplicate);
  EXPECT_TRUE(f.a.sentences[1].duplicate);
  EXPECT_FALSE(f.a.sentences[2].duplicate);
  EXPECT_TRUE(f.a.sentences[3].duplicate);
  EXPECT_TRUE(f.a.tokens[f.a.sentences[3].first_token].has(kDuplicate));
  EXPECT_FALSE(f.a.tokens[f.a.sentences[2].first_token].has(kDuplicate));
}

TEST(Sentences, NbspTextSplitsLikeSpaces) {
  Fixture f("Mr.\xC2\xA0Lavrov spoke.\xC2\xA0Then\xC2\xA0he left.");
  EXPECT_EQ(f.sentences(), (V{"Mr.\xC2\xA0Lavrov spoke.", "Then\xC2\xA0he left."}));
}

TEST(Sentences, StraightDoubleMarksAreJudgedByTheirNeighbours) {
  struct Case { const char* text; std::vector<char> marks; };  // o = opens, c = closes, ? = undecided
  const Case cases[] = {
      {"He said \"we won\" today.", {'o', 'c'}},
      {"He said: \"We won.\"", {'o', 'c'}},
      {"\"We won,\" he said.", {'o', 'c'}},
      {"He spoke (\"we won\") today.", {'o', 'c'}},
      {"He said--\"we won\"--and left.", {'o', 'c'}},
      {"He said \" we won \" today.", {'?', '?'}},
      {"Curly \xE2\x80\x9Cwe won\xE2\x80\x9D stays.", {'o', 'c'}},
  };
  for (const auto& c : cases) {
    Fixture f(c.text);
    std::vector<char> got;
    for (const auto& t : f.a.tokens)
      if (t.kind == TokenKind::Quote && t.has(kDoubleQuote))
        got.push_back(t.has(kOpenQuote) ? 'o' : t.has(kCloseQuote) ? 'c' : '?');
    EXPECT_EQ(got, c.marks) << c.text;
  }
}

TEST(Sentences, AQuoteOverParagraphsInFlattenedCopyGetsItsBreaksBack) {
  // The paragraph breaks were lost: the quote's opening mark is repeated, only the last
  // paragraph of the quote closes it.
  Fixture f("Jane Roe said: \"We will not wait. \"The law must change now.\" She left.");
  ASSERT_EQ(f.sentences(), (V{"Jane Roe said: \"We will not wait.", "\"The law must change now.\"", "She left."}));
  EXPECT_EQ(f.a.sentences[0].paragraph, 0u);
  EXPECT_EQ(f.a.sentences[1].paragraph, 1u);
  EXPECT_EQ(f.a.sentences[2].paragraph, 1u);
  // A closed quote followed by another one stays in its paragraph.
  Fixture g("\"We will not wait,\" Jane Roe said. \"The law must change now.\"");
  ASSERT_EQ(g.a.sentences.size(), 2u);
  EXPECT_EQ(g.a.sentences[1].paragraph, 0u);
}

TEST(Sentences, AHeadlineRunIntoTheFirstSentenceOfFlattenedCopyIsRecovered) {
  // No line break anywhere: a capitalised word right after a closing mark starts the text.
  Fixture f("Minister 'will not cut school funding' School budgets in England will rise next year, the minister said. "
            "She spoke on Monday.");
  EXPECT_EQ(f.sentences(), (V{"Minister 'will not cut school funding'",
                              "School budgets in England will rise next year, the minister said.", "She spoke on Monday."}));
  ASSERT_EQ(f.a.sentences.size(), 3u);
  EXPECT_TRUE(f.a.sentences[0].headline);
  EXPECT_EQ(f.a.sentences[0].paragraph, 0u);
  EXPECT_EQ(f.a.sentences[1].paragraph, 1u);
  // Copy with line breaks keeps its own lines; a mark followed by a comma is running text.
  Fixture lines("Minister 'will not cut budgets'\nBudgets will rise.");
  EXPECT_EQ(lines.sentences(), (V{"Minister 'will not cut budgets'", "Budgets will rise."}));
  Fixture running("The minister said \"we will not cut budgets\", Jane Roe reported on Monday.");
  EXPECT_EQ(running.sentences().size(), 1u);
}

// `Roe v. Wade` (rule A346): `v.` between the parties of a case is an abbreviation (as
// `vs.`), no full stop before the capitalised name after it; a sentence opener after it
// still starts a sentence, as after `vs.`.
TEST(Sentences, TheVOfACaseNameEndsNoSentence) {
  Fixture f("Jane Roe said the ruling in Roe v. Wade would stand. The court agreed.");
  EXPECT_EQ(f.sentences(), (std::vector<std::string>{"Jane Roe said the ruling in Roe v. Wade would stand.", "The court agreed."}));
}

// mark_furniture() finds a line's tokens "(" from the bytes `(` of its text (memchr and a
// binary search of the spans) instead of comparing every token: the same tokens are
// furniture as by the scan of every token, over lines of bracketed credits and groups
// that are none (unclosed, nested, empty, over 40 tokens, at a line's start and end, a
// full-width bracket, `:(`), one or several lines, in every order.
TEST(Sentences, BracketedCreditsAreFoundAsByTheScanOfEveryToken) {
  Lexicons lex;
  Diagnostics diag;
  ASSERT_TRUE(lex.load_builtin(diag));
  lex.finalize();
  const auto& rules = lex.furniture();
  // The rules one by one (row 23.415: mark_furniture() asks their alternation).
  const auto one_by_one = [](const std::vector<std::string>& sources) {
    std::vector<std::unique_ptr<re2::RE2>> out;
    for (const auto& s : sources) out.push_back(std::make_unique<re2::RE2>(s));
    return out;
  };
  const auto line_patterns = one_by_one(rules.line.sources), bracket_patterns = one_by_one(rules.bracket.sources);
  // The scan of every token of a line that is not furniture as a whole.
  const auto reference = [&](const Annotation& a, std::size_t i, std::size_t j, std::vector<bool>& marked) {
    const std::string_view text = a.doc->text;
    for (std::size_t k = i; k < j; ++k) {
      if (a.tokens[k].norm != "(") continue;
      std::size_t m = k + 1;
      while (m < j && a.tokens[m].norm != ")" && m - k < 40) ++m;
      if (m >= j || a.tokens[m].norm != ")") continue;
      const auto group = text.substr(a.tokens[k].span.begin, a.tokens[m].span.end - a.tokens[k].span.begin);
      for (const auto& re : bracket_patterns)
        if (re2::RE2::PartialMatch(group, *re)) {
          for (std::size_t q = k; q <= m; ++q) marked[q] = true;
          break;
        }
      k = m;
    }
  };
  std::string many = "(";
  for (int w = 0; w < 45; ++w) many += "word ";
  many += "AP Photo)";
  const std::vector<std::string> pieces = {
      "The minister spoke in Moscow",  "(AP Photo/Evan Vucci)", "(in 2019)", "(Reuters",
      "((Getty Images))",              "()",                    "(Photo: John Smith) and more", many,
      "\xEF\xBC\x88Reuters\xEF\xBC\x89", "he said :(",          "(file photo) (Credit: EPA)", "),(",
      "a (b (c) d) e (AFP)",           "(R-Ky.)",               "(Alexander Zemlianichenko/AP)"};
  std::size_t credits = 0, texts = 0;
  for (std::size_t x = 0; x < pieces.size(); ++x)
    for (std::size_t y = 0; y < pieces.size(); ++y)
      for (const char* glue : {" ", "\n", "", " ("}) {
        Document d;
        d.text = pieces[x] + glue + pieces[y] + " " + pieces[(x + y) % pieces.size()];
        Annotation a;
        a.doc = &d;
        tokenize(a, lex.abbreviations());
        split_sentences(a, lex);
        mark_furniture(a, rules);
        std::vector<bool> want(a.tokens.size(), false);
        for (std::size_t i = 0, j = 0; i < a.tokens.size(); i = j) {
          for (j = i + 1; j < a.tokens.size() && !a.tokens[j].has(kLineBefore);) ++j;
          const auto lb = a.tokens[i].span.begin, le = a.tokens[j - 1].span.end;
          bool whole = false;
          for (const auto& re : line_patterns)
            whole = whole || (le - lb <= rules.max_line_bytes && re2::RE2::PartialMatch(d.text.substr(lb, le - lb), *re));
          if (whole) std::fill(want.begin() + static_cast<std::ptrdiff_t>(i), want.begin() + static_cast<std::ptrdiff_t>(j), true);
          else reference(a, i, j, want);
        }
        for (std::size_t k = 0; k < a.tokens.size(); ++k) {
          EXPECT_EQ(a.tokens[k].has(kFurniture), want[k]) << d.text << " #" << k;
          credits += want[k];
        }
        ++texts;
      }
  EXPECT_EQ(texts, pieces.size() * pieces.size() * 4);
  EXPECT_GT(credits, 1000u);
}

// mark_duplicates() folds and compares only the paragraphs whose count of bytes above
// 0x20 another shares (sentences.cpp bytes_above_space(), eight bytes at a time): the
// same sentences and tokens are duplicates as when every paragraph is folded and
// compared, over paragraphs that fold alike (spaces, tabs, CR, LF), that share the count
// but not the bytes (a letter changed; 0x21, 0x7F, UTF-8, a vertical tab, kept as
// written), that are too short to count, of several sentences, in every order.
TEST(Sentences, RepeatedParagraphsAreFoundAsWhenEveryParagraphIsCompared) {
  Lexicons lex;
  Diagnostics diag;
  ASSERT_TRUE(lex.load_builtin(diag));
  lex.finalize();
  const std::vector<std::string> pieces = {
      "The minister arrived in Moscow on Monday.",
      "The  minister arrived\tin Moscow on\r\nMonday.",
      "The minister arrived in Moscow on Monday!",
      "The minister arrived in Mascow on Monday.",
      "The minister arrived in Moscow on Monday .",
      "The minister arrived in Moscow. He left on Monday.",
      "The minister arrived in Moscow.  He left on Monday.",
      "The minister \x0b arrived in Moscow on Monday.",
      "The minister\x7F arrived in Moscow on Monday.",
      "The minister! arrived in Moscow on Monday.",
      "The minister arrived in Z\xC3\xBCrich on Monday, long after noon and before the talks began.",
      "The minister arrived in Zurich on Monday, long after noon and before the talks began... ",
      "He left.",
      "He left."};
  std::size_t duplicates = 0, texts = 0;
  for (std::size_t x = 0; x < pieces.size(); ++x)
    for (std::size_t y = 0; y < pieces.size(); ++y)
      for (std::size_t z = 0; z < pieces.size(); z += 3) {
        Document d;
        d.text = pieces[x] + "\n\n" + pieces[y] + "\n\n" + pieces[z] + "\n\n" + pieces[(x + y) % pieces.size()];
        Annotation a;
        a.doc = &d;
        tokenize(a, lex.abbreviations());
        split_sentences(a, lex);
        mark_furniture(a, lex.furniture());
        mark_duplicates(a);
        // Every paragraph of four tokens or more folded and compared with the ones before.
        std::vector<bool> token(a.tokens.size(), false), sentence(a.sentences.size(), false);
        std::vector<std::string> seen;
        for (std::size_t s = 0, e = 0; s < a.sentences.size(); s = e) {
          for (e = s; e < a.sentences.size() && a.sentences[e].paragraph == a.sentences[s].paragraph;) ++e;
          const auto tb = a.sentences[s].first_token, te = a.sentences[e - 1].end_token;
          if (te - tb < 4) continue;
          std::string folded;
          append_whitespace_folded(std::string_view(d.text).substr(a.tokens[tb].span.begin, a.tokens[te - 1].span.end - a.tokens[tb].span.begin), folded);
          if (std::find(seen.begin(), seen.end(), folded) == seen.end()) {
            seen.push_back(folded);
            continue;
          }
          for (auto k = tb; k < te; ++k) token[k] = true;
          for (auto k = s; k < e; ++k) sentence[k] = true;
        }
        for (std::size_t k = 0; k < a.tokens.size(); ++k) EXPECT_EQ(a.tokens[k].has(kDuplicate), token[k]) << d.text << " #" << k;
        for (std::size_t k = 0; k < a.sentences.size(); ++k) {
          EXPECT_EQ(a.sentences[k].duplicate, sentence[k]) << d.text << " sentence " << k;
          duplicates += sentence[k];
        }
        ++texts;
      }
  EXPECT_EQ(texts, pieces.size() * pieces.size() * 5);
  EXPECT_GT(duplicates, 500u);
}

// is_terminal() (sentences.cpp) tests the kind, then a one-byte mark by its byte: `.`,
// `!`, `?` and `...` (also `…`) end a sentence before a capital; other punctuation of
// one to three bytes does not.
TEST(Sentences, OnlyTheFourTerminalMarksEndASentence) {
  const std::vector<std::pair<std::string, bool>> marks = {
      {".", true},  {"!", true},  {"?", true},  {"...", true}, {"\xE2\x80\xA6", true}, {",", false},
      {";", false}, {":", false}, {"-", false}, {"--", false}, {"/", false},           {"&", false},
      {"*", false}, {"#", false}, {"\xE2\x80\x94", false},     {"%", false}};
  for (const auto& [mark, ends] : marks) {
    Fixture f("They left " + mark + " Then the talks resumed.");
    EXPECT_EQ(f.a.sentences.size(), ends ? 2u : 1u) << mark;
  }
}

// A1011: a run-in headline that ends on its source and a verb of saying in a present form
// ends where the text's capitalised word follows the source (`... says Roe Taxes ...`,
// `..., Unions say The ...`); a determiner or a title after the verb, or a base form after
// a source that is not plural, is no such end.
TEST(Sentences, AHeadlineEndingOnItsSourceIsRecoveredFromFlattenedCopy) {
  Fixture f("More tax cuts ahead says Roe Taxes will fall next year if Labour wins, the chancellor Jane Roe has said.");
  EXPECT_EQ(f.sentences(), (V{"More tax cuts ahead says Roe", "Taxes will fall next year if Labour wins, the chancellor Jane Roe has said."}));
  ASSERT_EQ(f.a.sentences.size(), 2u);
  EXPECT_TRUE(f.a.sentences[0].headline);
  EXPECT_EQ(f.a.sentences[1].paragraph, 1u);
  Fixture comma("Protect nurses, Unions say The council should raise their pay, the unions have said.");
  EXPECT_EQ(comma.sentences(), (V{"Protect nurses, Unions say", "The council should raise their pay, the unions have said."}));
  // A given name that is no known surname goes on into the source's name.
  Fixture two("Reforms ahead says Jane Vorlat Labour will press on with its plans.");
  EXPECT_EQ(two.sentences(), (V{"Reforms ahead says Jane Vorlat", "Labour will press on with its plans."}));
  // Not a headline's end: a determiner after the verb, a title after the source, a base form
  // after a source in the singular, a capitalised word before the verb, punctuation after
  // the word that would open the text.
  for (const char* text : {"Taxes must rise, says Labour MP Jo Roe of Leeds in a speech on Monday.",
                           "Farms and unions talks continue South Africa biggest farm has said a deal is near.",
                           "Jo Roe says Manchester United are the best side in Europe this year.",
                           "With most homes now online, the council, suggests Tom Baker, could act as a middleman."}) {
    Fixture n(text);
    EXPECT_EQ(n.sentences().size(), 1u) << text;
  }
}

// A1191: a run-in headline that ends on a lower-case word before a capitalised word that
// opens a story and is never capitalised inside a sentence (an article, a number word, a
// pronoun: headline_body_openers) ends there; not after a function word or a verb of
// saying, not after an article's noun, and a number word before a capitalised word is a
// name's (`Six Nations`).
TEST(Sentences, AHeadlineEndingOnALowerCaseWordBeforeABodyOpenerIsRecovered) {
  Fixture f("Acme merger plan touted Two of Kestby's big unions could merge to form one body.");
  EXPECT_EQ(f.sentences(), (V{"Acme merger plan touted", "Two of Kestby's big unions could merge to form one body."}));
  ASSERT_EQ(f.a.sentences.size(), 2u);
  EXPECT_TRUE(f.a.sentences[0].headline);
  EXPECT_EQ(f.a.sentences[1].paragraph, 1u);
  Fixture art("Council backs library plan A group of councillors has published a plan for the library.");
  EXPECT_EQ(art.sentences(), (V{"Council backs library plan", "A group of councillors has published a plan for the library."}));
  Fixture town("Old Town to honour finest bakers The Old Town is honouring its cooks on Monday.");
  EXPECT_EQ(town.sentences(), (V{"Old Town to honour finest bakers", "The Old Town is honouring its cooks on Monday."}));
  for (const char* text : {"Tom Smith told The Kestby Herald on Sunday that he would stand again.",
                           "Smith out of Six Nations England captain Tom Smith will miss the match.",
                           "Kestby banned the play The Long Road in the spring of last year.",
                           "Kestby singer Jane Roe joins Three Degrees star on a tour next month."}) {
    Fixture n(text);
    EXPECT_EQ(n.sentences().size(), 1u) << text;
  }
}

// Row 19.477: a table's column headings (short words in capitals, two or more single
// letters, an abbreviation last: `W L PCT GB`) are furniture, no names (`GB` is games
// behind); a line of names in capitals or of two-letter abbreviations is not.
TEST(Sentences, ATablesColumnHeadingsAreFurniture) {
  Fixture f("NORTHERN DIVISION\nW L PCT GB\nKESTRUN 72 53 .576 -\nDORVALE 67 58 .536 5\n"
            "P W D L F A PTS\nUS UK EU TALKS\nThe GB team won .");
  const auto furniture_words = [&] {
    std::string out;
    for (const auto& t : f.a.tokens)
      if (t.has(kFurniture)) {
        if (!out.empty()) out += ' ';
        out += t.norm;
      }
    return out;
  };
  EXPECT_EQ(furniture_words(), "W L PCT GB P W D L F A PTS");
}

// A1030: a headline's source of two words or more is no headline's end: after the word
// that would open the text, a preposition (`in a note`) or a capitalised word (`Chief
// Economist`) says the source's name goes on; a lower-case verb still ends the headline.
TEST(Sentences, AHeadlinesSourceOfTwoWordsIsNotSplitInsideItsName) {
  for (const char* first : {"Prices will fall this year says Kestra Holdings in a note to its clients.",
                            "The plan is working says Vorlat Bank Chief Economist Tom Baker."}) {
    Fixture n(std::string(first) + " Shares rose on Monday.");
    ASSERT_FALSE(n.sentences().empty()) << first;
    EXPECT_EQ(n.sentences()[0], first) << first;
  }
  Fixture f("Rates to rise says Roe Prices will go up next year, the chancellor Jane Roe has said.");
  EXPECT_EQ(f.sentences(), (V{"Rates to rise says Roe", "Prices will go up next year, the chancellor Jane Roe has said."}));
}

// Row 23.354: the splitter passes over a plain word (no line or paragraph break before it,
// no abbreviation's stop, no quotation mark) at one test; the words that do carry one still
// split, open or wrap as before, and straight double marks are still judged.
TEST(Sentences, PlainWordsPassedOverStillLeaveEverySplitInPlace) {
  Fixture f("Tom Smith met Dr. Jane Roe in Kestby. \"We will build it,\" she said.\n"
            "The board of\nKestby Holdings agreed. Work starts soon\n\nA new paragraph opens here.");
  EXPECT_EQ(f.sentences(), (V{"Tom Smith met Dr. Jane Roe in Kestby.", "\"We will build it,\" she said.",
                              "The board of\nKestby Holdings agreed.", "Work starts soon", "A new paragraph opens here."}));
  EXPECT_EQ(f.a.sentences.back().paragraph, 1u);
  std::vector<std::uint16_t> marks;
  for (const auto& t : f.a.tokens)
    if (t.kind == TokenKind::Quote) marks.push_back(t.flags & (kOpenQuote | kCloseQuote));
  EXPECT_EQ(marks, (std::vector<std::uint16_t>{kOpenQuote, kCloseQuote}));
}

// Row 23.357: the furniture rules are asked through RE2::Match() itself, with what
// PartialMatch() asked (an unanchored search): a credit line and a credit in brackets are
// still furniture, a line naming the same words in running text is not.
TEST(Sentences, FurnitureRulesAskedDirectlyStillMatchAsBefore) {
  Fixture f("Tom Smith spoke in Kestby. (Jane Roe/Reuters)\n\nAP Photo/Tom Smith\n\nAP reporters met Jane Roe on Monday.");
  ASSERT_EQ(f.a.sentences.size(), 4u);
  EXPECT_FALSE(f.a.sentences[0].furniture);
  EXPECT_TRUE(f.a.sentences[1].furniture);
  EXPECT_TRUE(f.a.sentences[2].furniture);
  EXPECT_FALSE(f.a.sentences[3].furniture);
  re2::RE2 credit("Photo/\\w+");
  for (const char* text : {"AP Photo/Tom", "x Photo/Roe y", "Photo"}) {
    const std::string_view v(text);
    EXPECT_EQ(credit.Match(re2::StringPiece(v.data(), v.size()), 0, v.size(), re2::RE2::UNANCHORED, nullptr, 0),
              re2::RE2::PartialMatch(text, credit))
        << text;
  }
}

// Row 23.392: split_sentences() judges each straight double mark as its walk reaches it (and
// the marks a sentence's end takes in where it leaps over them), not in a walk of its own
// first: every token's flags and every sentence are what judging all marks first, then
// splitting, gives. Marks glued after a stop (`no."`), after `--` and `:`, opening a line,
// ending the text, two glued together, one glued on both sides (left undecided) and a quote
// running over a paragraph.
TEST(Sentences, StraightMarksJudgedOnTheWalkAsWhenJudgedFirst) {
  Diagnostics diag;
  Lexicons lex;
  lex.load_builtin(diag);
  lex.finalize();
  const char* texts[] = {
      "Tom said \"no.\" Jane said \"yes.\"",
      "\"We won,\" Tom Smith said. \"It was close.\"\n\n\"Very close,\" Jane Roe added.",
      "He said:\"Wait\" and left --\"Now\" she said.\n\"Go\"",
      "A\"b\"c. \"\" Then \"The plan.\n\n\"It holds.\" Tom Roe said \"so\"",
      "\"Start\" \"Stop.\" \"",
      "Prices rose.\"\nTom said \"fine?\" then \"ok!\"\" Done",
  };
  for (const char* text : texts) {
    Document d;
    d.text = text;
    Annotation first, walk;
    first.doc = walk.doc = &d;
    tokenize(first, lex.abbreviations());
    tokenize(walk, lex.abbreviations());
    judge_straight_quotes(first);  // every mark judged before the walk, as before row 23.392
    split_sentences(first, lex);
    split_sentences(walk, lex);
    ASSERT_EQ(first.tokens.size(), walk.tokens.size()) << text;
    std::size_t judged = 0;
    for (std::size_t k = 0; k < walk.tokens.size(); ++k) {
      EXPECT_EQ(first.tokens[k].flags, walk.tokens[k].flags) << text << " token " << k;
      if (walk.tokens[k].kind == TokenKind::Quote && (walk.tokens[k].flags & (kOpenQuote | kCloseQuote))) ++judged;
    }
    EXPECT_GT(judged, 0u) << text;
    ASSERT_EQ(first.sentences.size(), walk.sentences.size()) << text;
    for (std::size_t s = 0; s < walk.sentences.size(); ++s) {
      EXPECT_EQ(first.sentences[s].first_token, walk.sentences[s].first_token) << text;
      EXPECT_EQ(first.sentences[s].end_token, walk.sentences[s].end_token) << text;
      EXPECT_EQ(first.sentences[s].paragraph, walk.sentences[s].paragraph) << text;
      EXPECT_EQ(first.sentences[s].headline, walk.sentences[s].headline) << text;
    }
  }
  // The mark a sentence's end takes in is judged: `no."` closes, the next `"` opens.
  Document d;
  d.text = "Tom said \"no.\" Jane said \"yes.\"";
  Annotation a;
  a.doc = &d;
  tokenize(a, lex.abbreviations());
  split_sentences(a, lex);
  std::vector<std::uint16_t> marks;
  for (const auto& t : a.tokens)
    if (t.kind == TokenKind::Quote) marks.push_back(t.flags & (kOpenQuote | kCloseQuote));
  EXPECT_EQ(marks, (std::vector<std::uint16_t>{kOpenQuote, kCloseQuote, kOpenQuote, kCloseQuote}));
  ASSERT_EQ(a.sentences.size(), 2u);
}

// Row 23.415: a scope's furniture rules are asked as one RE2, their alternation built once
// by join(); it matches where one of the rules does: each rule's flags and anchors stay in
// its group. A rule with `\Q`, or rules RE2 refuses to join (two groups of one name), are
// asked one by one; a rule RE2 refuses on its own is never asked.
TEST(Sentences, FurnitureRulesAreAskedAsOneAlternationThatMatchesWhereOneRuleDoes) {
  const std::vector<std::string> texts = {"JANE ROE", "Jane Roe", "ACME", "Acme", "x Acme", "Acme Corp", "Tom Smith",
                                          "by tom smith", "(a", "a(a", "xy", "zw", "", "Kestby photo"};
  const auto agrees = [&](const FurnitureScope& scope, const std::vector<std::string>& rules) {
    for (const auto& t : texts) {
      bool want = false;
      for (const auto& r : rules) {
        const re2::RE2 re(r, re2::RE2::Quiet);
        want = want || (re.ok() && re2::RE2::PartialMatch(t, re));
      }
      EXPECT_EQ(scope.matches(t), want) << t;
    }
  };
  FurnitureScope joined;
  joined.sources = {"(?i)^jane roe$", "^Acme$", "Smith$", "photo"};
  joined.join();
  ASSERT_NE(joined.any, nullptr);
  EXPECT_TRUE(joined.each.empty());
  EXPECT_TRUE(joined.matches("JANE ROE"));
  EXPECT_FALSE(joined.matches("ACME"));    // the first rule's (?i) ends with its group
  EXPECT_FALSE(joined.matches("x Acme"));  // `^` is the text's start inside a group too
  agrees(joined, joined.sources);
  FurnitureScope literal;
  literal.sources = {"\\Q(a", "^Acme$"};
  literal.join();
  EXPECT_EQ(literal.any, nullptr);
  EXPECT_EQ(literal.each.size(), 2u);
  EXPECT_TRUE(literal.matches("a(a"));
  agrees(literal, literal.sources);
  FurnitureScope named;
  named.sources = {"x(?P<n>y)", "z(?P<n>w)", "("};
  named.join();
  EXPECT_EQ(named.any, nullptr);
  EXPECT_EQ(named.each.size(), 2u);  // `(` is refused on its own too
  EXPECT_TRUE(named.matches("zw"));
  agrees(named, named.sources);
  FurnitureScope none;
  none.join();
  EXPECT_FALSE(none.matches("Acme"));
}

// Row 23.457: the loader's check of a furniture rule and FurnitureScope::join() compile
// through one function, compile_furniture_rule(): a rule the loader takes is one join()
// asks (and matches as RE2 compiles it), a rule it refuses carries that function's error
// in the loader's message, and nothing is logged by RE2 (its errors are the loader's).
// (Does not build without the row.)
TEST(Sentences, TheFurnitureLoaderAndJoinCompileEachRuleThroughOneFunction) {
  const auto good = compile_furniture_rule("^Acme Corp$");
  ASSERT_TRUE(good->ok());
  EXPECT_FALSE(good->options().log_errors());
  EXPECT_TRUE(re2::RE2::FullMatch("Acme Corp", *good));
  const auto bad = compile_furniture_rule("(Tom");
  ASSERT_FALSE(bad->ok());
  EXPECT_FALSE(bad->options().log_errors());
  Diagnostics diag;
  Lexicons lex;
  EXPECT_FALSE(lex.load_text("user-furniture.json",
                             R"({"format": "gazette/rules", "version": 1, "kind": "furniture", "entries": [)"
                             R"({"scope": "line", "pattern": "^Acme Corp$"}, {"scope": "line", "pattern": "(Tom"}]})",
                             diag));
  ASSERT_EQ(diag.errors(), 1u);
  EXPECT_NE(diag.all()[0].message.find(bad->error()), std::string::npos) << diag.all()[0].message;
  lex.finalize();
  EXPECT_EQ(lex.furniture().line.sources, (std::vector<std::string>{"^Acme Corp$"}));
  ASSERT_NE(lex.furniture().line.any, nullptr);
  EXPECT_TRUE(lex.furniture().line.matches("Acme Corp"));
  EXPECT_FALSE(lex.furniture().line.matches("Tom Smith"));
}

// Row 23.456: a rule `^HEAD C{0,N}$` (RE2 writes C{0,N} out as N copies of C) stands in the
// alternation with its tail unbounded and is asked exactly in two parts: where the longest
// match of `^HEAD` ends, and whether at most N characters of C follow to the end. The
// answers are the rules' one by one: at N and N + 1 characters (of one and of two bytes),
// with a character outside the class, `\b` at the head's end (`Related:` needs a word
// after its colon), a newline for `.`; rules of other shapes (no `^`, a `|` outside a
// group, a flag group, an escaped `.`, `{0,}`) are asked as they are. The built-in line
// rules have two such tails (`Updated ...`, `Advertisement ...`); a text only another rule
// matches asks that rule's alternation (compiled then).
TEST(Sentences, AFurnitureRuleWithABoundedTailIsAskedInTwoPartsWithTheSameAnswer) {
  std::vector<std::string> texts;
  for (const std::string head : {"Updated", " Updated", "Updatedx", "Related:", "Related:x", "Related", "\xc2\xa9",
                                 "\xc2\xa9x", "Tom", "x Updated", "ab", "a", "xa", "AB", "a\\", "\\"})
    for (const std::string fill : {"a", "\xc3\xa9", ".", " ", "\n", "\x80"})
      for (const std::size_t n : {0u, 1u, 2u, 3u, 4u, 79u, 80u, 81u}) {
        std::string t = head;
        for (std::size_t i = 0; i < n; ++i) t += fill;
        texts.push_back(t);
        texts.push_back(t + ".");
        texts.push_back(head + " " + t.substr(head.size()));
      }
  const auto agrees = [&](const std::vector<std::string>& rules, std::size_t tails) {
    FurnitureScope scope;
    scope.sources = rules;
    scope.join();
    ASSERT_NE(scope.any, nullptr);
    EXPECT_EQ(scope.tails.size(), tails);
    std::size_t matched = 0;
    for (const auto& t : texts) {
      bool want = false;
      for (const auto& r : rules) want = want || re2::RE2::PartialMatch(t, re2::RE2(r, re2::RE2::Quiet));
      matched += want;
      EXPECT_EQ(scope.matches(t), want) << t;
    }
    EXPECT_GT(matched, 0u);
  };
  agrees({"^\\s*(Updated|Last updated)\\b[^.]{0,80}$", "^\\s*(Related|Related:|\xc2\xa9)\\b.{0,80}$", "^Tom$"}, 2);
  agrees({"^a[^.]{0,3}$", "^a|b[^.]{0,3}$", "(?i)^ab.{0,2}$", "^x\\.{0,2}$", "a.{0,2}$", "^[^a]{0,}$"}, 1);
  agrees({"^a\\\\.{0,2}$", "^\\\\[^.]{0,2}$"}, 2);
  agrees({"^(a|ab)[b]{0,1}$"}, 1);
  Lexicons lex;
  Diagnostics diag;
  ASSERT_TRUE(lex.load_builtin(diag));
  lex.finalize();
  const FurnitureScope& line = lex.furniture().line;
  EXPECT_EQ(line.tails.size(), 2u);
  EXPECT_NE(line.rest, nullptr);
  EXPECT_TRUE(line.matches("Updated 12:30 on Monday"));
  EXPECT_FALSE(line.matches("Updated 12:30 on Monday. Tom Smith said he would go."));
  EXPECT_TRUE(line.matches("AP Photo/Tom Smith"));
  EXPECT_FALSE(line.matches("Tom Smith said he would go."));
}
