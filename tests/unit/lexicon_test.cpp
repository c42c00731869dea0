#include "gazette/lexicon.hpp"
#include "pipeline_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>

using namespace gazette;

namespace {
const std::string kData = std::string(GAZETTE_SOURCE_DIR) + "/tests/data/";

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d.all()) out.push_back(x.format());
  return out;
}
}  // namespace

TEST(Lexicon, BuiltinDataLoadsCleanly) {
  Diagnostics diag;
  Lexicons lex;
  EXPECT_TRUE(lex.load_builtin(diag));
  lex.finalize();
  EXPECT_EQ(diag.errors(), 0u) << (messages(diag).empty() ? "" : messages(diag).front());
  EXPECT_GT(lex.entries().size(), 0u);
  EXPECT_GT(lex.name_patterns().size(), 0u);
}

TEST(Lexicon, BadGazetteerNamesFileLineAndProblem) {
  Diagnostics diag;
  Lexicons lex;
  EXPECT_FALSE(lex.load_file(kData + "fail_gazetteer.jsonl", diag));
  const auto m = messages(diag);
  ASSERT_EQ(m.size(), 4u);
  EXPECT_NE(m[0].find("fail_gazetteer.jsonl:3:1: error: unknown type \"PLANET\""), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("fail_gazetteer.jsonl:4:1: error: duplicate id \"p1\" (first on line 2)"), std::string::npos) << m[1];
  EXPECT_NE(m[2].find("fail_gazetteer.jsonl:5:1: error: missing field \"name\""), std::string::npos) << m[2];
  EXPECT_NE(m[3].find("fail_gazetteer.jsonl:6:"), std::string::npos) << m[3];
  EXPECT_NE(m[3].find("invalid JSON"), std::string::npos) << m[3];
}

TEST(Lexicon, BadRulesNameTheEntryLine) {
  Diagnostics diag;
  Lexicons lex;
  EXPECT_FALSE(lex.load_file(kData + "fail_rules.json", diag));
  const auto m = messages(diag);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_NE(m[0].find("fail_rules.json:4:3: error: entry 2: unknown relation type \"MARRIED\""), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("fail_rules.json:5:3: error: entry 3: unknown frame \"sideways\""), std::string::npos) << m[1];
}

TEST(Lexicon, JsonSyntaxErrorGivesLineAndColumn) {
  Diagnostics diag;
  Lexicons lex;
  EXPECT_FALSE(lex.load_file(kData + "fail_syntax.json", diag));
  const auto m = messages(diag);
  ASSERT_EQ(m.size(), 1u);
  EXPECT_NE(m[0].find("fail_syntax.json:4:24: error: invalid JSON"), std::string::npos) << m[0];
}

TEST(Lexicon, UserFilesExtendAndOverride) {
  Diagnostics diag;
  Lexicons lex;
  ASSERT_TRUE(lex.load_builtin(diag));
  ASSERT_TRUE(lex.load_file(kData + "pass_user.tsv", diag));
  ASSERT_TRUE(lex.load_file(kData + "pass_speech.json", diag));
  lex.finalize();
  const auto* e = lex.entry_by_name("Harbour Shipping Group");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Organization);
  EXPECT_EQ(e->aliases, std::vector<std::string>{"HSG"});
  bool opine = false;
  for (const auto& c : lex.speech_cues()) opine |= c.lemma == "opine";
  EXPECT_TRUE(opine);
}

TEST(Lexicon, MissingFileIsAnError) {
  Diagnostics diag;
  Lexicons lex;
  EXPECT_FALSE(lex.load_file(kData + "no-such-file.jsonl", diag));
  EXPECT_EQ(diag.errors(), 1u);
}

TEST(Lexicon, GivenNameSexFromTheBuiltInDataAndUserFiles) {
  Diagnostics diag;
  Lexicons lex;
  ASSERT_TRUE(lex.load_builtin(diag));
  // Names whose US births are nearly all of one sex have it; a name given to both sexes
  // and an unknown word have none.
  EXPECT_EQ(lex.given_name_sex("Hillary"), Sex::Female);
  EXPECT_EQ(lex.given_name_sex("Gordon"), Sex::Male);
  EXPECT_EQ(lex.given_name_sex("Nicola"), Sex::Unknown);
  EXPECT_EQ(lex.given_name_sex("Xqzv"), Sex::Unknown);
  // A user file adds names; its bad entries name their line.
  EXPECT_FALSE(lex.load_file(kData + "fail_given_name_sex.json", diag));
  EXPECT_EQ(lex.given_name_sex("Robin"), Sex::Female);
  const auto m = messages(diag);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_NE(m[0].find("fail_given_name_sex.json:4:3: error: entry 2: unknown sex \"both\""), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("fail_given_name_sex.json:5:3: error: entry 3: missing \"name\""), std::string::npos) << m[1];
}

TEST(Lexicon, SpeechVerbComplementsLoadAndUnknownOnesAreErrors) {
  Diagnostics diag;
  Lexicons lex;
  ASSERT_TRUE(lex.load_builtin(diag));
  ASSERT_TRUE(lex.load_text("verbs.json", R"({"format": "gazette/lexicon", "version": 1, "kind": "speech_verbs", "entries": [
    {"lemma": "beseech", "forms": ["beseeched"], "complements": ["object_to", "np"]}]})", diag));
  lex.finalize();
  bool found = false;
  for (const auto& c : lex.speech_cues())
    if (c.lemma == "beseech") {
      found = true;
      EXPECT_TRUE(c.object_infinitive);
      EXPECT_TRUE(c.noun_phrase);
      EXPECT_FALSE(c.to_infinitive);
    }
  EXPECT_TRUE(found);
  Diagnostics bad;
  Lexicons lex2;
  EXPECT_FALSE(lex2.load_text("verbs.json", R"({"format": "gazette/lexicon", "version": 1, "kind": "speech_verbs", "entries": [
    {"lemma": "beseech", "forms": ["beseeched"], "complements": ["sideways"]}]})", bad));
  ASSERT_FALSE(messages(bad).empty());
  EXPECT_NE(messages(bad).front().find("unknown complement \"sideways\""), std::string::npos) << messages(bad).front();
}

// post_title(): the length of the title at a token when it is a post, not an honorific
// (`Sir`, `Dr.`: part of a name), within the given end; the payload names the title.
TEST(Lexicon, PostTitleIsATitleThatIsNoHonorific) {
  const auto lexp = gazette::testing::loaded_lexicons();
  const Lexicons& lex = *lexp;
  gazette::testing::Prepared p(lex, "Sir Tom Smith met Vice Chairman Jane Roe and Dr. Lee Moe .");
  const auto& t = p.a.tokens;
  ASSERT_EQ(t[4].norm, "Vice");
  ASSERT_EQ(t[9].norm, "Dr.");
  std::uint32_t payload = 0;
  EXPECT_EQ(lex.title_index().match(t, 0, t.size(), payload), 1u);  // `Sir` is a title of the lexicon ...
  EXPECT_EQ(lex.post_title(t, 0, t.size()), 0u);                    // ... but an honorific
  EXPECT_EQ(lex.title_index().match(t, 9, t.size(), payload), 1u);
  EXPECT_EQ(lex.post_title(t, 9, t.size()), 0u);
  EXPECT_EQ(lex.post_title(t, 4, t.size(), payload), 2u);  // `Vice Chairman`
  EXPECT_EQ(lex.titles()[payload].title, "Vice Chairman");
  EXPECT_EQ(lex.post_title(t, 5, t.size()), 1u);  // `Chairman`
  EXPECT_EQ(lex.post_title(t, 5, 5), 0u);         // nothing before the end
  EXPECT_EQ(lex.post_title(t, 1, t.size()), 0u);  // `Tom`: no title
}

// Row 23.332: Lexicons::in(list, word) reads the word's lists from its vocabulary slot:
// for every one-word entry of every built-in list, and for made-up words in no list and
// words the vocabulary does not know, every list answers as a scan of the list's words.
TEST(Lexicon, AWordsListsFromItsSlotAnswerAsAScanOfEveryList) {
  const auto lexp = gazette::testing::loaded_lexicons();
  const Lexicons& lex = *lexp;
  std::vector<std::string> words = {"wenmoorish", "tollbridge", "quarnbyx", "zz"};
  const std::size_t n_lists = static_cast<std::size_t>(Words::kCount);
  for (std::size_t l = 0; l < n_lists; ++l)
    for (const auto& w : lex.words(static_cast<Words>(l)))
      if (w.find(' ') == std::string::npos) words.push_back(w);
  std::size_t hits = 0;
  for (const auto& w : words)
    for (std::size_t l = 0; l < n_lists; ++l) {
      const auto& ws = lex.words(static_cast<Words>(l));
      const bool scanned = std::find(ws.begin(), ws.end(), w) != ws.end();
      ASSERT_EQ(lex.in(static_cast<Words>(l), std::string_view(w)), scanned) << w << " list " << l;
      hits += scanned;
    }
  EXPECT_GT(hits, 1000u);
  EXPECT_FALSE(lex.in(Words::CorrelativeOpeners, std::string_view("wenmoorish")));
  EXPECT_TRUE(lex.in(Words::CorrelativeOpeners, std::string_view("both")));
}

TEST(Lexicon, GivenNamesKeptByHandHaveTheirSexFromTheGenerator) {
  // s63b-givennames: given_names.json and given_name_sex.json are both written by
  // tools/make-gazetteer; names kept by its keep-list or curated list get the sex of
  // their US births like any other (a hand edit of given_names.json alone left them
  // without one). A name too rare for a sex (under 100 US births) has none.
  Diagnostics diag;
  Lexicons lex;
  ASSERT_TRUE(lex.load_builtin(diag));
  EXPECT_EQ(lex.given_name_sex("Guy"), Sex::Male);
  EXPECT_EQ(lex.given_name_sex("Dick"), Sex::Male);
  EXPECT_EQ(lex.given_name_sex("Hope"), Sex::Female);
  EXPECT_EQ(lex.given_name_sex("Ivanka"), Sex::Female);
  EXPECT_EQ(lex.given_name_sex("Mo"), Sex::Unknown);
}

TEST(Lexicon, GivenNamesOfOtherCountriesFromFakerWithTheirSex) {
  // s64-givennames2, rows 19.568-19.572: tools/make-gazetteer adds the first names of
  // @faker-js/faker's Latin-script locales beyond the US, ASCII-folded, with faker's sex
  // where its female and male lists agree; filtered as the other sources are, and a name
  // faker alone gives is dropped when wamerican lists it capitalised (a river, a faith),
  // when it is a word of a multi-word country or city name, or when news writes it as a
  // word or a brand (the hand drop-list).
  Diagnostics diag;
  Lexicons lex;
  ASSERT_TRUE(lex.load_builtin(diag));
  for (const char* name : {"Jesper", "Margherita", "Yetunde", "Joakim", "Costantino", "Rui"})
    EXPECT_TRUE(lex.is_given_name(name)) << name;
  EXPECT_EQ(lex.given_name_sex("Jesper"), Sex::Male);
  EXPECT_EQ(lex.given_name_sex("Margherita"), Sex::Female);
  EXPECT_EQ(lex.given_name_sex("Yetunde"), Sex::Female);
  EXPECT_EQ(lex.given_name_sex("Idowu"), Sex::Unknown);  // in a generic list only
  for (const char* word : {"Tiber", "Gemini", "Zealand", "Hong", "Vasco", "Liga", "Bon", "Toon", "Lada", "Prima"})
    EXPECT_FALSE(lex.is_given_name(word)) << word;
  EXPECT_FALSE(lex.is_given_name("Ondřej"));  // the folded form only
  EXPECT_TRUE(lex.is_given_name("Ondrej"));
}
