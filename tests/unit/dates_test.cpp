#include "gazette/dates.hpp"

#include "gazette/diagnostic.hpp"
#include "gazette/ingest.hpp"
#include "gazette/lexicon.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

namespace gazette {
namespace {

TEST(Dates, ReadsIsoRfc2822AndNewsForms) {
  struct Case { const char* given; const char* want; };
  const Case cases[] = {
      {"2017-04-12", "2017-04-12"},
      {"  2017-04-12  ", "2017-04-12"},
      {"2017-04-12T18:37", "2017-04-12T18:37"},
      {"2017-04-12 18:37:05", "2017-04-12T18:37:05"},
      {"2017-04-12T18:37:05.123Z", "2017-04-12T18:37:05Z"},
      {"2017-04-12T18:37:05+0100", "2017-04-12T18:37:05+01:00"},
      {"2017-04-12T18:37:05-04:00", "2017-04-12T18:37:05-04:00"},
      {"2017-04-12T18:37:05 EDT", "2017-04-12T18:37:05-04:00"},
      {"Wed, 12 Apr 2017 18:37:05 +0100", "2017-04-12T18:37:05+01:00"},
      {"Wed, 12 Apr 2017 18:37 BST", "2017-04-12T18:37+01:00"},
      {"12 Apr 2017 18:37:05 GMT", "2017-04-12T18:37:05Z"},
      {"Wed, 12 Apr 2017 18:37 (CEST)", "2017-04-12T18:37+02:00"},
      {"April 12, 2017", "2017-04-12"},
      {"Wednesday, April 12, 2017", "2017-04-12"},
      {"Apr. 12, 2017 6:37 p.m. ET", "2017-04-12T18:37"},
      {"Apr 12, 2017 6:37pm", "2017-04-12T18:37"},
      {"April 12, 2017 at 12 AM", "2017-04-12T00:00"},
      {"Sept. 3, 2017", "2017-09-03"},
      {"12 April 2017", "2017-04-12"},
      {"12th April 2017 at 18:37", "2017-04-12T18:37"},
      {"1st May 2017", "2017-05-01"},
      {"Thursday 13 April 2017 09.12 BST", "2017-04-13T09:12+01:00"},
      {"6:37 PM ET, Wed April 12, 2017", "2017-04-12T18:37"},
      {"2017/04/12", "2017-04-12"},
      {"24/12/2017", "2017-12-24"},
      {"12/24/2017", "2017-12-24"},
      {"24.12.2017", "2017-12-24"},
      {"1491936000", "2017-04-11T18:40:00Z"},
      {"1491936000000", "2017-04-11T18:40:00Z"},
      {"29 February 2016", "2016-02-29"},
      {"Published: 12:37 BST, 12 April 2017 | Updated: 13:01 BST, 12 April 2017", "2017-04-12T12:37+01:00"},
      {"Updated: April 12, 2017", "2017-04-12"},
  };
  for (const auto& c : cases) {
    const auto got = read_date(c.given);
    ASSERT_TRUE(got.has_value()) << c.given;
    EXPECT_EQ(*got, c.want) << c.given;
  }
}

TEST(Dates, RefusesWhatItCannotReadSurely) {
  for (const char* s : {"", "   ", "yesterday", "04/12/2017", "31 April 2017", "29 February 2017", "2017-13-01",
                        "2017-04-12T25:00", "12 April", "April 2017 news", "20170412", "2017-04-12T18:37 Mars",
                        "Wed, 12 Apr 2017 18:37 XYZ", "12/04/17", "Published on: 12 April 2017 or so"}) {
    EXPECT_FALSE(read_date(s).has_value()) << s;
  }
}

// The date grammar's words are data (word_lists.json): a user file of kind word_lists
// adds to them, and the built-in lists alone read as before.
TEST(Dates, UserWordListsExtendTheGrammar) {
  Diagnostics diag;
  Lexicons lex;
  ASSERT_TRUE(lex.load_builtin(diag));
  ASSERT_TRUE(lex.load_text("dates.json", R"({"format": "gazette/lexicon", "version": 1, "kind": "word_lists", "entries": [
    {"list": "date_fillers", "words": ["around"]},
    {"list": "month_variants", "words": ["febr"]},
    {"list": "ordinal_suffixes", "words": ["e"]}]})", diag));
  lex.finalize();
  const DateWords user = DateWords::of(lex);
  EXPECT_FALSE(read_date("12 April 2017 around 18:37").has_value());
  EXPECT_EQ(read_date("12 April 2017 around 18:37", user).value_or("-"), "2017-04-12T18:37");
  EXPECT_FALSE(read_date("Febr. 3, 2017").has_value());
  EXPECT_EQ(read_date("Febr. 3, 2017", user).value_or("-"), "2017-02-03");
  EXPECT_EQ(read_date("3e April 2017", user).value_or("-"), "2017-04-03");
  // The built-in words are still there with the user's.
  EXPECT_EQ(read_date("Sept. 3, 2017 6:37pm", user).value_or("-"), "2017-09-03T18:37");
  EXPECT_EQ(read_date("12th April 2017 at 18:37", user).value_or("-"), "2017-04-12T18:37");
}

// A reader of the inputs given the user's date words reads a document's date with them.
TEST(Dates, IngestReadsDatesWithTheWordsItIsGiven) {
  Diagnostics diag;
  Lexicons lex;
  ASSERT_TRUE(lex.load_builtin(diag));
  ASSERT_TRUE(lex.load_text("dates.json", R"({"format": "gazette/lexicon", "version": 1, "kind": "word_lists", "entries": [
    {"list": "date_fillers", "words": ["around"]}]})", diag));
  lex.finalize();
  const std::string path = ::testing::TempDir() + "dates_user_words.jsonl";
  std::ofstream(path) << R"({"id":"a","text":"Helen Marsh spoke.","date":"12 April 2017 around 18:37"})" << "\n";
  const DateWords user = DateWords::of(lex);
  for (const DateWords* words : {static_cast<const DateWords*>(nullptr), &user}) {
    IngestOptions opt;
    opt.date_words = words;
    std::vector<Document> docs;
    Diagnostics read_diag;
    read_inputs({path}, [&](Document&& d) { docs.push_back(std::move(d)); }, read_diag, opt);
    ASSERT_EQ(docs.size(), 1u);
    EXPECT_EQ(docs[0].date, words ? "2017-04-12T18:37" : "12 April 2017 around 18:37");
  }
  std::remove(path.c_str());
}

// month_name() is the dates grammar's reading of one word as a month (row A888's time
// words): exactly the words read_date() reads as the month of `WORD 1 2000`.
TEST(Dates, AMonthNameIsWhatReadDateReadsAsAMonth) {
  for (const char* w : {"January", "Jan", "jan", "SEPT", "Sept", "Sep", "May", "December", "Dec"})
    EXPECT_TRUE(month_name(w)) << w;
  for (const char* w : {"", "Marching", "Mayor", "Monday", "Mon", "Junk", "Leeds", "At", "PM", "Janu", "Jan-Feb", "2000"})
    EXPECT_FALSE(month_name(w)) << w;
  for (const char* w : {"January", "Jan", "Sept", "Sept.", "Marching", "Mayor", "Monday", "Wed", "At", "PM", "EST", "Janu",
                        "Jan-Feb", "Leeds", "Augusta", "March", "Mar"})
    EXPECT_EQ(month_name(w), read_date(std::string(w) + " 1 2000").has_value()) << w;
}

// Row 23.416: month_name() compares a word with the names strftime() writes, where it
// asked strptime("%b"); the same answers for every case and cut of each month's names, with
// a dot, a NUL, a space or a byte outside ASCII, and for user month variants.
TEST(Dates, AMonthNameIsWhatStrptimeReadsAsAMonth) {
  const auto by_strptime = [](std::string_view word, const DateWords& words) {
    std::string t(word);
    while (!t.empty() && t.back() == '.') t.pop_back();
    if (t.empty()) return false;
    std::string l = t;
    for (auto& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (t.size() > 3 && std::find(words.month_variants.begin(), words.month_variants.end(), l) != words.month_variants.end())
      t.resize(3);
    std::tm tm{};
    const char* end = strptime(t.c_str(), "%b", &tm);
    return end && *end == '\0';
  };
  DateWords words = DateWords::builtin();
  words.month_variants.push_back("junee");
  words.month_variants.push_back("kesx");
  std::vector<std::string> tries = {"", ".", "..", "Sept.", "sept", "SEPTEMBER.", "Kesx", "Junee", "Mayor", "Tom", "\xC3\x89t\xC3\xA9",
                                    std::string("May\0xy", 6), std::string("Ma\0y", 5), " May", "May ", "Ma y", "Jane Roe"};
  for (int m = 0; m < 12; ++m) {
    std::tm tm{};
    tm.tm_mon = m;
    char full[64];
    const std::string name(full, std::strftime(full, sizeof full, "%B", &tm));
    for (std::size_t n = 1; n <= name.size(); ++n) {
      std::string cut = name.substr(0, n), upper = cut, lower = cut;
      for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      for (const auto& w : {cut, upper, lower}) {
        tries.push_back(w);
        tries.push_back(w + ".");
        tries.push_back(w + "s");
        tries.push_back(w + "\xC3\xA9");
        tries.push_back(w + std::string(1, '\0') + "x");
      }
    }
  }
  std::size_t months = 0;
  for (const auto& w : tries) {
    EXPECT_EQ(month_name(w, words), by_strptime(w, words)) << w;
    months += by_strptime(w, words);
  }
  EXPECT_GT(months, 100u);
}

}  // namespace
}  // namespace gazette
