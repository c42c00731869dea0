// Word lists as data (data/lexicon/word_lists.json) and relation frames as an enum.
#include "pipeline_fixture.hpp"
#include "gazette/names.hpp"

using namespace gazette;
using gazette::testing::loaded_lexicons;
using gazette::testing::Prepared;

namespace {
std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d.all()) out.push_back(x.format());
  return out;
}
}  // namespace

TEST(WordLists, EveryListHasBuiltInWordsAndAName) {
  auto lex = loaded_lexicons();
  for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l) {
    const auto list = static_cast<Words>(l);
    EXPECT_FALSE(lex->words(list).empty()) << to_string(list);
    EXPECT_EQ(parse_words(to_string(list)), list);
  }
  EXPECT_FALSE(parse_words("no_such_list").has_value());
}

TEST(WordLists, TokensWordsPhrasesAndPrefixes) {
  auto lex = loaded_lexicons();
  Prepared p(*lex, "The spokeswoman rejected it, but he was to blame.");
  const auto& t = p.a.tokens;
  ASSERT_GE(t.size(), 6u);
  EXPECT_TRUE(lex->in(Words::Articles, t[0]));           // "The", by its lower-case form
  EXPECT_TRUE(lex->in(Words::OfficialNouns, t[1]));
  EXPECT_FALSE(lex->in(Words::OfficialNouns, t[2]));
  EXPECT_TRUE(lex->starts_in(Words::RejectionVerbStems, t[2].lower));
  EXPECT_FALSE(lex->starts_in(Words::RejectionVerbStems, "eject"));
  EXPECT_TRUE(lex->in(Words::BlamePredicates, "to blame"));  // a phrase
  EXPECT_FALSE(lex->in(Words::BlamePredicates, "to"));
  EXPECT_TRUE(lex->in(Words::ParticipleOpeners, ","));       // punctuation may be listed too
}

TEST(WordLists, UserFileExtendsAList) {
  auto lex = loaded_lexicons({{"mine.json", R"({"format":"gazette/lexicon","version":1,"kind":"word_lists","entries":[
    {"list":"official_nouns","words":["Envoy"]}]})"}});
  Prepared p(*lex, "The envoy spoke.");
  EXPECT_TRUE(lex->in(Words::OfficialNouns, p.a.tokens[1]));
  EXPECT_TRUE(lex->in(Words::OfficialNouns, "spokesman"));  // the built-in words stay
}

TEST(WordLists, BadEntriesNameFileAndLine) {
  Diagnostics diag;
  Lexicons lex;
  EXPECT_FALSE(lex.load_text("bad.json", R"({"format":"gazette/lexicon","version":1,"kind":"word_lists","entries":[
  {"list":"official_nouns","words":["envoy"]},
  {"list":"officals","words":["envoy"]},
  {"list":"claim_nouns","words":[]},
  {"list":"claim_nouns","words":["x"],"match":"infix"}
]})", diag));
  const auto m = messages(diag);
  ASSERT_EQ(m.size(), 3u);
  EXPECT_NE(m[0].find("bad.json:3:3: error: entry 2: unknown list \"officals\""), std::string::npos) << m[0];
  EXPECT_NE(m[1].find("bad.json:4:3: error: entry 3: \"words\" must be a non-empty list"), std::string::npos) << m[1];
  EXPECT_NE(m[2].find("bad.json:5:3: error: entry 4: unknown \"match\""), std::string::npos) << m[2];
}

// English endings are data too (adverb_suffixes, participle_suffixes, past_suffixes,
// "match": "suffix"): ends_in tests a token's lower-case form, whatever its length.
TEST(WordLists, SuffixListsTestWordEndings) {
  auto lex = loaded_lexicons();
  Prepared p(*lex, "She quickly denied saying it, Kelly added.");
  const auto& t = p.a.tokens;
  ASSERT_GE(t.size(), 8u);
  EXPECT_TRUE(lex->ends_in(Words::AdverbSuffixes, t[1].lower));       // quickly
  EXPECT_FALSE(lex->ends_in(Words::AdverbSuffixes, t[2].lower));      // denied
  EXPECT_TRUE(lex->ends_in(Words::PastSuffixes, t[2].lower));
  EXPECT_TRUE(lex->ends_in(Words::ParticipleSuffixes, t[3].lower));   // saying
  EXPECT_TRUE(lex->ends_in(Words::AdverbSuffixes, t[6].lower));       // Kelly: the callers add their own checks
  EXPECT_TRUE(lex->ends_in(Words::PastSuffixes, t[7].lower));         // added
  EXPECT_TRUE(lex->ends_in(Words::PastSuffixes, "ed"));               // shorter than 4 bytes
  EXPECT_TRUE(lex->ends_in(Words::ParticipleSuffixes, "ing"));
  EXPECT_FALSE(lex->ends_in(Words::ParticipleSuffixes, "ng"));
  EXPECT_FALSE(lex->ends_in(Words::AdverbSuffixes, "y"));
  EXPECT_FALSE(lex->ends_in(Words::AdverbSuffixes, ""));
  EXPECT_FALSE(lex->ends_in(Words::AdverbSuffixes, "lye"));
}

// The -s form and the person-key y are endings in word_lists.json too.
TEST(WordLists, SFormsAndKeyYAreEndingsInData) {
  auto lex = loaded_lexicons();
  EXPECT_TRUE(lex->ends_in(Words::PresentSSuffixes, "says"));
  EXPECT_TRUE(lex->ends_in(Words::PresentSSuffixes, "discuss"));      // ends in s ...
  EXPECT_TRUE(lex->ends_in(Words::NonPresentSSuffixes, "discuss"));   // ... and is excepted
  EXPECT_FALSE(lex->ends_in(Words::NonPresentSSuffixes, "says"));
  EXPECT_FALSE(lex->ends_in(Words::PresentSSuffixes, "said"));
  EXPECT_TRUE(lex->ends_in(Words::YKeepingSuffixes, "murray"));
  EXPECT_TRUE(lex->ends_in(Words::YKeepingSuffixes, "tolstoy"));
  EXPECT_FALSE(lex->ends_in(Words::YKeepingSuffixes, "dmitriy"));
  // the person key spells a final y as i but after those endings
  EXPECT_EQ(person_key("Dmitriy Peskov"), person_key("Dmitrii Peskov"));
  EXPECT_EQ(person_key("Alexey Navalny"), person_key("Alexei Navalny"));
  EXPECT_NE(person_key("Andy Murray"), person_key("Andy Murrai"));
}

TEST(WordLists, UserFileExtendsASuffixList) {
  auto lex = loaded_lexicons({{"mine.json", R"({"format":"gazette/lexicon","version":1,"kind":"word_lists","entries":[
    {"list":"adverb_suffixes","words":["wise"],"match":"suffix"}]})"}});
  Prepared p(*lex, "Otherwise, prices rose sharply.");
  EXPECT_TRUE(lex->ends_in(Words::AdverbSuffixes, p.a.tokens[0].lower));  // otherwise: the user's ending
  EXPECT_TRUE(lex->ends_in(Words::AdverbSuffixes, "sharply"));             // the built-in one stays
  EXPECT_TRUE(lex->ends_in(Words::AdverbSuffixes, "ly"));
  EXPECT_FALSE(lex->ends_in(Words::AdverbSuffixes, "prices"));
  EXPECT_FALSE(lex->ends_in(Words::AdverbSuffixes, "is"));
}

TEST(WordLists, SpeechVerbFlagsComeFromData) {
  auto lex = loaded_lexicons();
  bool tell_object = false, say_optional = false, deny_optional = false;
  for (const auto& c : lex->speech_cues()) {
    tell_object |= c.lemma == "tell" && c.takes_object;
    say_optional |= c.lemma == "say" && c.that_optional;
    deny_optional |= c.lemma == "deny" && c.that_optional;
  }
  EXPECT_TRUE(tell_object);
  EXPECT_TRUE(say_optional);
  EXPECT_FALSE(deny_optional);
  Diagnostics diag;
  Lexicons bad;
  EXPECT_FALSE(bad.load_text("sv.json", R"({"format":"gazette/lexicon","version":1,"kind":"speech_verbs","entries":[
  {"lemma":"quip","forms":["quipped"],"object":"yes"}
]})", diag));
  ASSERT_EQ(messages(diag).size(), 1u);
  EXPECT_NE(messages(diag)[0].find("sv.json:2:3: error: entry 1: \"object\" must be true or false"), std::string::npos)
      << messages(diag)[0];
}

TEST(WordLists, RelationFramesAreAnEnum) {
  EXPECT_EQ(parse_frame("nominal_with"), Frame::NominalWith);
  EXPECT_EQ(to_string(Frame::NounOf), "noun_of");
  EXPECT_FALSE(parse_frame("sideways").has_value());
  auto lex = loaded_lexicons();
  bool active = false;
  for (const auto& c : lex->relation_cues()) active |= c.frame == Frame::Active;
  EXPECT_TRUE(active);
}

TEST(WordLists, APrefixListTestsEachEntryWhole) {
  // Row 23.249: starts_in() compares an entry's length and first byte before the rest; the
  // answers are the whole comparison's: a word sharing only its first letters with an entry
  // (`rebut`, `dis`) or shorter than every entry is in no entry, an empty word in none.
  auto lex = loaded_lexicons();
  for (const char* w : {"dismissal", "denied", "rebuffs", "refuted", "downplaying", "played down", "playing downriver"})
    EXPECT_TRUE(lex->starts_in(Words::RejectionVerbStems, w)) << w;
  for (const char* w : {"rebut", "dis", "d", "", "played", "playing", "disposed", "reeject", "Dismissed"})
    EXPECT_FALSE(lex->starts_in(Words::RejectionVerbStems, w)) << w;
  EXPECT_TRUE(lex->starts_in(Words::SpeechActCueStems, "hit"));  // the word is the entry
  EXPECT_FALSE(lex->starts_in(Words::SpeechActCueStems, "hi"));
}

TEST(WordLists, APersonKeyLowerCasesOnlyAWordWithACapital) {
  // Row 23.399: append_norm_word() walks a word once to tell ASCII and capitals; a word in
  // lower case is appended as it is, one with a capital lower-cased, one with a letter
  // beyond ASCII folded, as before.
  EXPECT_EQ(person_key("Tom Smith"), "tom smith");
  EXPECT_EQ(person_key("Jane McRAE"), "jane mcrae");
  EXPECT_EQ(person_key("Zoë Brandt"), "zoe brandt");
  EXPECT_EQ(person_key("Renée Kowal"), "renee kowal");
  const std::vector<Token>& tokens = phrase_tokens("Ada O'Kerrow");
  EXPECT_EQ(person_key(tokens, 0, tokens.size()), person_key("ada o'kerrow"));
}
