// The precompiled built-in data (Lexicons::snapshot / restore / load_prebuilt).
#include "gazette/annotation_io.hpp"
#include "gazette/builtin_data.hpp"
#include "gazette/gazetteer.hpp"
#include "gazette/lexicon.hpp"
#include "gazette/pipeline.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstring>
#include <fstream>

using namespace gazette;

namespace {

// The built-in data the JSON way: parsed, then finalized.
const Lexicons& from_json() {
  static const Lexicons* lex = [] {
    auto* l = new Lexicons;
    Diagnostics diag;
    EXPECT_TRUE(l->load_builtin(diag));
    l->finalize();
    return l;
  }();
  return *lex;
}

std::string annotate_jsonl(const Pipeline& p, const std::string& text) {
  Document d;
  d.id = "t";
  d.text = text;
  std::string out;
  write_annotation_jsonl(p.annotate(d), out);
  return out;
}

}  // namespace

TEST(Snapshot, RestoredDataWritesTheSameImage) {
  const std::string image = from_json().snapshot();
  Lexicons restored;
  ASSERT_TRUE(restored.restore(image));
  EXPECT_EQ(restored.snapshot(), image);  // every member written is read back as it was
  EXPECT_EQ(restored.fingerprint(), from_json().fingerprint());
  EXPECT_EQ(restored.entries().size(), from_json().entries().size());
  EXPECT_EQ(restored.vocab().size(), from_json().vocab().size());
}

TEST(Snapshot, RestoredDataAnswersAsLoaded) {
  Lexicons restored;
  ASSERT_TRUE(restored.restore(from_json().snapshot()));
  const auto& json = from_json();
  for (const std::string w : {"said", "Minister", "the", "Germany", "spokesman", "xyzzy-not-a-word"})
    EXPECT_EQ(restored.word_bits(w), json.word_bits(w)) << w;
  for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l)
    for (const auto& w : json.words(static_cast<Words>(l))) EXPECT_TRUE(restored.in(static_cast<Words>(l), w)) << w;
  // A gazetteer look-up of every tenth entry's name finds the same entries.
  for (std::size_t i = 0; i < json.entries().size(); i += 10) {
    const auto& tokens = phrase_tokens(json.entries()[i].name);
    std::vector<Token> a(tokens), b(tokens);
    const auto ma = json.gazetteer().longest(a, 0, a.size(), true);
    const auto mb = restored.gazetteer().longest(b, 0, b.size(), true);
    ASSERT_EQ(ma.end_token, mb.end_token) << json.entries()[i].name;
    ASSERT_EQ(ma.hits.size(), mb.hits.size());
    for (std::size_t k = 0; k < ma.hits.size(); ++k) EXPECT_EQ(ma.hits[k].entry, mb.hits[k].entry);
  }
  EXPECT_EQ(restored.abbreviations().size(), json.abbreviations().size());
  EXPECT_EQ(restored.furniture().line.sources, json.furniture().line.sources);
  EXPECT_EQ(restored.furniture().bracket.sources, json.furniture().bracket.sources);
  EXPECT_NE(restored.furniture().line.any, nullptr);  // joined (row 23.415)
}

TEST(Snapshot, ImageOfAnotherLayoutIsRefused) {
  Lexicons lex;
  EXPECT_FALSE(lex.restore("not a snapshot"));
  EXPECT_FALSE(lex.restore(""));
}

TEST(Snapshot, CompiledInImageIsTheDataOfThisSourceTree) {
  if (builtin_snapshot().empty()) GTEST_SKIP() << "this binary carries no precompiled data";
  EXPECT_TRUE(builtin_snapshot() == from_json().snapshot()) << "builtin_snapshot.bin is stale";
  Lexicons lex;
  ASSERT_TRUE(lex.load_prebuilt());
  EXPECT_EQ(lex.fingerprint(), from_json().fingerprint());
}

TEST(Snapshot, CompiledInWordListsAreTheWordListsOfTheirJsonFile) {
  if (builtin_word_lists_snapshot().empty()) GTEST_SKIP() << "this binary carries no precompiled word lists";
  // The JSON path of builtin_word_lists(): the one file, loaded and finalized.
  Lexicons json;
  Diagnostics diag;
  const auto text = builtin_file("data/lexicon/word_lists.json");
  ASSERT_TRUE(text);
  ASSERT_TRUE(json.load_text("<builtin>/data/lexicon/word_lists.json", *text, diag));
  json.finalize();
  const std::string image = json.snapshot();
  EXPECT_TRUE(builtin_word_lists_snapshot() == image) << "builtin_word_lists.bin is stale";
  // What builtin_word_lists() restored writes the same image: every member as loaded.
  EXPECT_TRUE(builtin_word_lists().snapshot() == image);
  const Lexicons& lists = builtin_word_lists();
  for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l) {
    const auto list = static_cast<Words>(l);
    ASSERT_EQ(lists.words(list), json.words(list));
    for (const auto& w : json.words(list)) EXPECT_TRUE(lists.in(list, w)) << w;
  }
  for (const std::string w : {"murray", "tolstoy", "dmitriy", "alexey", "xyzzy"})
    EXPECT_EQ(lists.ends_in(Words::YKeepingSuffixes, w), json.ends_in(Words::YKeepingSuffixes, w)) << w;
  // It is not the full data: no gazetteer entry came with it.
  EXPECT_TRUE(lists.entries().empty());
}

TEST(Snapshot, PipelineOnPrebuiltDataAnnotatesAsOnJson) {
  // A user rules file with no entries sends the pipeline down the JSON path.
  const std::string empty_rules = testing::TempDir() + "snapshot_empty_rules.json";
  std::ofstream(empty_rules) << R"({"format":"gazette/lexicon","version":1,"kind":"given_names","entries":[]})";
  Diagnostics diag;
  const Pipeline prebuilt(PipelineOptions{}, diag);
  PipelineOptions with_rules;
  with_rules.rules_files.push_back(empty_rules);
  const Pipeline json(with_rules, diag);
  const std::string text =
      "Prime Minister Jane Holloway of Freedonia met German officials in Berlin on Tuesday. "
      "\"We will not back down,\" Holloway told reporters, adding that the talks had been useful. "
      "Her spokesman, Tom Reyes, said the government criticized the plan.";
  EXPECT_EQ(annotate_jsonl(prebuilt, text), annotate_jsonl(json, text));
  std::remove(empty_rules.c_str());
}

// Rows 23.162-23.163: a string of the image is read only when it is not empty (an empty one
// clears what the field held), and a cut image is refused by the reads' out-of-line errors.
// Restored over the built-in data (its first entry, a city, has a country), an image of two
// invented entries with most fields empty gives those entries, not what the fields held before.
TEST(Snapshot, EmptyFieldsRestoreEmptyAndACutImageIsRefused) {
  Diagnostics diag;
  Lexicons small;
  ASSERT_TRUE(small.load_text("invented.jsonl",
                              "{\"format\":\"gazette/gazetteer\",\"version\":1}\n"
                              "{\"id\": \"person:bo-kimura\", \"name\": \"Bo Kimura\", \"type\": \"PERSON\"}\n"
                              "{\"id\": \"org:tarn-league\", \"name\": \"Tarn League\", \"type\": \"ORGANIZATION\", "
                              "\"aliases\": [\"the League\"], \"wikidata\": \"Q1\"}\n",
                              diag));
  small.finalize();
  const std::string image = small.snapshot();
  Lexicons l;
  ASSERT_TRUE(l.restore(from_json().snapshot()));
  ASSERT_FALSE(l.entries().front().country.empty());  // `Bo Kimura` has none
  ASSERT_TRUE(l.restore(image));
  ASSERT_EQ(l.entries().size(), 2u);
  EXPECT_EQ(l.entries()[0].name, "Bo Kimura");
  EXPECT_TRUE(l.entries()[0].country.empty());
  EXPECT_TRUE(l.entries()[0].wikidata.empty());
  EXPECT_TRUE(l.entries()[0].aliases.empty());
  EXPECT_EQ(l.entries()[1].wikidata, "Q1");
  for (std::size_t i = 0; i < 2; ++i) {  // every string field as the image has it
    const GazetteerEntry &x = l.entries()[i], &y = small.entries()[i];
    EXPECT_TRUE(x.id == y.id && x.name == y.name && x.wikidata == y.wikidata && x.country == y.country &&
                x.part_of == y.part_of && x.capital_of == y.capital_of && x.source == y.source && x.aliases == y.aliases)
        << i;
  }
  for (const std::size_t cut : {image.size() - 1, image.size() / 2, image.size() / 3}) {
    Lexicons c;
    EXPECT_THROW(c.restore(std::string_view(image).substr(0, cut)), std::runtime_error) << cut;
  }
}

// Row 23.164: a table of plain values is copied from the image in one step when its bytes
// are aligned for its type, else read as before. The same image read at an offset of one
// byte (so a table aligned in one copy is not in the other) restores the same data.
TEST(Snapshot, TablesReadTheSameAlignedOrNot) {
  const std::string image = from_json().snapshot();
  std::string shifted(image.size() + 1, '\0');
  std::memcpy(shifted.data() + 1, image.data(), image.size());
  Lexicons a, b;
  ASSERT_TRUE(a.restore(image));
  ASSERT_TRUE(b.restore(std::string_view(shifted).substr(1)));
  const std::string from_a = a.snapshot(), from_b = b.snapshot();
  EXPECT_TRUE(from_a == image);
  EXPECT_TRUE(from_b == image);
  EXPECT_EQ(b.vocab().size(), from_json().vocab().size());
}

// Row 19.495: an office marked state_office knows when its words in lower case are a role
// noun marked state_office too (`Senator` and `senator`), derived when the data load and
// kept by the snapshot, so the entities stage reads it from the title it matched.
TEST(Snapshot, AStateOfficeKnowsItsLowerCaseSeatLoadedAndRestored) {
  Lexicons restored;
  ASSERT_TRUE(restored.restore(from_json().snapshot()));
  for (const Lexicons* lex : {&from_json(), static_cast<const Lexicons*>(&restored)}) {
    auto seat = [&](std::string_view title) {
      for (const auto& t : lex->titles())
        if (t.title == title) return t.lower_case_state_seat;
      ADD_FAILURE() << "no title " << title;
      return false;
    };
    EXPECT_TRUE(seat("Senator"));
    EXPECT_TRUE(seat("Governor"));
    EXPECT_TRUE(seat("Attorney General"));
    EXPECT_TRUE(seat("senator"));  // the role noun itself
    EXPECT_FALSE(seat("Representative"));  // `the New York representative of a bank`: no seat
    EXPECT_FALSE(seat("Sen."));
    EXPECT_FALSE(seat("Mayor"));
  }
}
