// JSONL output (annotation_io.hpp): an entity's "mentions" are its names; the
// coreference stage's resolved references are a list of their own, each with its
// entity, the mention the resolution went through and the rule; graph_document_from_jsonl
// counts them as mentions of their entity, as the graph built from the Annotation does.
#include "gazette/annotation_io.hpp"
#include "gazette/graph_jsonl.hpp"
#include "gazette/json_scan.hpp"
#include "pipeline_fixture.hpp"

#include <algorithm>
#include <cstring>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <gtest/gtest.h>

namespace gazette {
namespace {

// Row 23.183: Annotation::mentions_in_text_order() sorts the mentions a later stage appended
// (with no buffer: by start, then index) and merges them into the sorted ones before them:
// the order one stable sort by start gives, ties in the order added. The recognizer's
// mentions start at 0, 10 and 20; references appended after them start at 15, 5, 10, 5, 30
// and 0 (two ties among themselves, two with earlier mentions).
TEST(AnnotationJsonl, MentionsInTextOrderKeepTheOrderAddedOnATie) {
  Annotation a;
  for (const std::uint32_t begin : {0u, 10u, 20u, 15u, 5u, 10u, 5u, 30u, 0u}) {
    Mention m;
    m.span = Span{begin, begin + 3};
    a.mentions.push_back(m);
  }
  const std::vector<std::uint32_t> expected = {0, 8, 4, 6, 1, 5, 3, 2, 7};
  EXPECT_EQ(a.mentions_in_text_order(), expected);
  std::vector<std::uint32_t> stable(a.mentions.size());
  for (std::uint32_t i = 0; i < stable.size(); ++i) stable[i] = i;
  std::stable_sort(stable.begin(), stable.end(),
                   [&](std::uint32_t x, std::uint32_t y) { return a.mentions[x].span.begin < a.mentions[y].span.begin; });
  EXPECT_EQ(stable, expected);
  a.mentions.resize(3);  // in order already: indices as they are
  EXPECT_EQ(a.mentions_in_text_order(), (std::vector<std::uint32_t>{0, 1, 2}));
}

// `annotate --until` takes its choices from the stage names, Tokens to Relations in
// order: each has its own name, which parses back to it.
TEST(AnnotationJsonl, EveryStageHasANameThatParsesBackToIt) {
  const char* const expected[] = {"tokens", "sentences", "mentions", "entities", "roles", "coreference", "quotes",
                                  "relations"};
  for (int s = 0; s <= static_cast<int>(Stage::Relations); ++s) {
    const auto stage = static_cast<Stage>(s);
    EXPECT_EQ(to_string(stage), expected[s]);
    EXPECT_EQ(parse_stage(to_string(stage)), stage);
  }
  EXPECT_FALSE(parse_stage("graph").has_value());
}

// annotate's line for a copy of an earlier document (Document::duplicate_of): its own
// fields, "duplicate_of", then the earlier line's annotation, the very line the copy
// would get if it were annotated itself.
TEST(AnnotationJsonl, ACopyIsItsOwnHeadAndTheEarlierAnnotation) {
  testing::Annotated first("Lena Moreau met Omar Haddad in Oslo.\n\n\"We agreed on the route,\" Moreau said.");
  std::string line;
  const std::size_t head = write_annotation_jsonl(first.a, line);
  EXPECT_EQ(line.substr(0, head), "{\"id\":\"test\"");
  Document copy = first.doc;
  copy.id = "again";
  copy.title = "A title";
  copy.duplicate_of = "test";
  std::string copied;
  write_annotation_copy_jsonl(copy, std::string_view(line).substr(head), copied);
  EXPECT_EQ(copied, "{\"id\":\"again\",\"title\":\"A title\",\"duplicate_of\":\"test\"" + line.substr(head));
  std::string own;
  write_annotation_jsonl(testing::pipeline().annotate(copy), own);
  EXPECT_EQ(copied, own);
  EXPECT_NE(line.find("\"kind\":\"direct\""), std::string::npos) << line;
}

TEST(AnnotationJsonl, ResolvedReferencesAreTheirOwnListNotNames) {
  testing::Annotated t("Rex Tillerson arrived in Moscow on Tuesday.\n\n\"It is a low point,\" he said.");
  std::string roles, coreference;
  write_annotation_jsonl(t.a, roles, Stage::Roles);
  write_annotation_jsonl(t.a, coreference, Stage::Coreference);
  rapidjson::Document before, after;
  before.Parse(roles.c_str());
  after.Parse(coreference.c_str());
  ASSERT_TRUE(before.IsObject() && after.IsObject());
  EXPECT_FALSE(before.HasMember("references"));
  // The entities are the same at both stages: "he" is not a name of Rex Tillerson.
  EXPECT_TRUE(before["entities"] == after["entities"]);
  for (const auto& e : after["entities"].GetArray())
    for (const auto& m : e["mentions"].GetArray()) EXPECT_STRNE(m["text"].GetString(), "he");
  ASSERT_TRUE(after.HasMember("references"));
  const auto& refs = after["references"].GetArray();
  ASSERT_EQ(refs.Size(), 1u);
  EXPECT_STREQ(refs[0]["text"].GetString(), "he");
  EXPECT_STREQ(refs[0]["resolved_from"].GetString(), "he");
  EXPECT_STREQ(refs[0]["entity"].GetString(), "Rex Tillerson");
  EXPECT_STREQ(refs[0]["antecedent"]["text"].GetString(), "Rex Tillerson");
  EXPECT_STREQ(refs[0]["rule"].GetString(), "pronoun");

  // Read back, the reference counts as a mention of its entity (not as an alias).
  const GraphDocument from_line = graph_document_from_jsonl(coreference);
  const GraphDocument built = to_graph_document(t.a);
  ASSERT_EQ(from_line.entities.size(), built.entities.size());
  for (std::size_t i = 0; i < built.entities.size(); ++i) {
    EXPECT_EQ(from_line.entities[i].mentions, built.entities[i].mentions) << built.entities[i].label;
    EXPECT_EQ(from_line.entities[i].type_votes, built.entities[i].type_votes) << built.entities[i].label;
    EXPECT_EQ(from_line.entities[i].aliases, built.entities[i].aliases) << built.entities[i].label;
  }
}

TEST(AnnotationJsonl, EachLineIsWrittenWholeAndAloneWhenTheBufferIsReused) {
  // The writer keeps its buffer from line to line: a long line, then a short one, then the
  // long one again give each its own line, the long one the same both times; a canonical
  // name with a line break inside is written with one space.
  testing::Annotated big("Jane Roe met John Doe in Paris on Monday. \"We agreed on a plan,\" Roe said. "
                         "Doe said the talks with the Acme Corporation would go on in Berlin.");
  testing::Annotated small("Rain fell.");
  std::string first, second, again;
  write_annotation_jsonl(big.a, first);
  write_annotation_jsonl(small.a, second);
  write_annotation_jsonl(big.a, again);
  EXPECT_EQ(first, again);
  ASSERT_FALSE(second.empty());
  EXPECT_EQ(second.find('\n'), second.size() - 1);
  EXPECT_EQ(second.find("Roe"), std::string::npos);
  rapidjson::Document d;
  d.Parse(second.c_str());
  ASSERT_TRUE(d.IsObject());
  EXPECT_STREQ(d["id"].GetString(), "test");

  big.a.entities.front().canonical = "Jane\nRoe";
  std::string folded;
  write_annotation_jsonl(big.a, folded);
  d.Parse(folded.c_str());
  ASSERT_TRUE(d.IsObject());
  EXPECT_STREQ(d["entities"][0]["name"].GetString(), "Jane Roe");
}

// Writes t's annotation with its first entity renamed `name` and checks that the name
// stands in the line as RapidJSON's own writer writes it; returns the line.
std::string line_with_canonical(testing::Annotated& t, const std::string& name) {
  t.a.entities.front().canonical = name;
  std::string line;
  write_annotation_jsonl(t.a, line);
  rapidjson::StringBuffer expected;
  rapidjson::Writer<rapidjson::StringBuffer> w(expected);
  w.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  EXPECT_NE(line.find(std::string("{\"name\":") + expected.GetString() + ","), std::string::npos) << line;
  return line;
}

TEST(AnnotationJsonl, StringsAreEscapedAsRapidJsonEscapesThem) {
  // The line writer copies the bytes that need no escape 16 or 8 at a time: whatever the
  // position of a quotation mark, a backslash, a control byte (0x01, 0x1B, 0x1F) or a
  // UTF-8 letter in a name, the name is written as RapidJSON's own writer writes it.
  testing::Annotated t("Jane Roe met John Doe in Paris on Monday.");
  ASSERT_FALSE(t.a.entities.empty());
  const char* pieces[] = {"a", "\"", "\\", "\x01", "\x1B", "\x1F", "\xC3\xA9", "abcdefgh", "Q"};
  std::uint32_t state = 3;
  for (int round = 0; round < 300; ++round) {
    std::string name = "N";
    for (int k = 0; k < round % 24; ++k) {
      state = state * 1103515245u + 12345u;
      name += pieces[(state >> 16) % 9];
    }
    const std::string line = line_with_canonical(t, name);
    rapidjson::Document d;
    d.Parse(line.c_str());
    ASSERT_TRUE(d.IsObject()) << line;
    EXPECT_EQ(std::string(d["entities"][0]["name"].GetString()), name);
  }
}

TEST(AnnotationJsonl, TheLastBytesOfAStringAreEscapedAsRapidJsonEscapesThem) {
  // The last 1-7 bytes of a string (all of a short one) are tested byte by byte against a
  // table and written through a pointer into room pushed for all of them, the rest popped:
  // names of 8-23 bytes with one or two escaped bytes at every position, the tail
  // included, come out as RapidJSON's own writer writes them.
  testing::Annotated t("Jane Roe met John Doe in Paris on Monday.");
  ASSERT_FALSE(t.a.entities.empty());
  const char escapes[] = {'"', '\\', '\x01', '\x1F'};
  for (std::size_t size = 8; size < 24; ++size) {
    for (std::size_t at = 0; at < size; ++at) {
      for (std::size_t second = at; second < std::min(size, at + 9); second += 4) {
        std::string name(size, 'x');
        name[0] = 'N';
        name[at] = escapes[(at + size) % 4];
        name[second] = escapes[second % 4];
        line_with_canonical(t, name);
      }
    }
  }
}

TEST(AnnotationJsonl, SixteenBytesAtATimeFindTheFirstByteToEscape) {
  // The writer and the JSONL reader test sixteen bytes at once (first_json_escape16, SSE2
  // on x86-64): any byte value at any of the 16 positions after plain bytes (ASCII and
  // UTF-8) is found exactly when a JSON string must escape it, as the 8-byte test says.
  for (int b = 0; b < 256; ++b) {
    const bool escaped = b < 0x20 || b == '"' || b == '\\';
    for (unsigned at = 0; at < 16; ++at) {
      char bytes[16];
      for (unsigned k = 0; k < 16; ++k) bytes[k] = k % 3 == 0 ? '\xC3' : 'a';
      bytes[at] = static_cast<char>(b);
      EXPECT_EQ(first_json_escape16(bytes), escaped ? at : 16u) << "byte " << b << " at " << at;
      std::uint64_t half;
      std::memcpy(&half, bytes + (at & 8u), 8);
      EXPECT_EQ(json_escapes(half) != 0, escaped) << "byte " << b << " at " << at;
    }
  }
  // Names of 16-47 bytes with an escaped byte at every position come out as RapidJSON writes them.
  testing::Annotated t("Jane Roe met John Doe in Paris on Monday.");
  ASSERT_FALSE(t.a.entities.empty());
  for (std::size_t size = 16; size < 48; ++size)
    for (std::size_t at = 1; at < size; ++at) {
      std::string name(size, 'y');
      name[0] = 'N';
      name[at] = at % 2 ? '"' : '\x1B';
      line_with_canonical(t, name);
    }
}

// Keys are written as their bytes between quotation marks (annotation_io.cpp
// LineWriter::RawKey), not through RapidJSON's Key(): every line, at every stage, with
// title, date, url and source, roles, quotes, references and relations (evidence, a
// confidence), is the line RapidJSON's own writer makes of the same values read back.
TEST(AnnotationJsonl, KeysAreWrittenAsRapidJsonWritesThem) {
  testing::Annotated t("Rex Tillerson, the US secretary of state, met Vladimir Putin in Moscow on Tuesday.\n\n"
                       "\"It is a low point,\" he said. Putin criticized the sanctions, Tillerson said.");
  Document d = *t.a.doc;
  d.title = "Talks";
  d.date = "2017-04-12";
  d.url = "https://example.org/a";
  d.outlet = "Example";
  t.a.doc = &d;
  for (int s = 0; s <= static_cast<int>(Stage::Relations); ++s) {
    std::string line;
    write_annotation_jsonl(t.a, line, static_cast<Stage>(s));
    ASSERT_FALSE(line.empty());
    ASSERT_EQ(line.back(), '\n');
    line.pop_back();
    rapidjson::Document back;
    back.Parse<rapidjson::kParseFullPrecisionFlag>(line.c_str());
    ASSERT_TRUE(back.IsObject()) << line;
    rapidjson::StringBuffer expected;
    rapidjson::Writer<rapidjson::StringBuffer> w(expected);
    back.Accept(w);
    EXPECT_EQ(line, expected.GetString()) << "stage " << s;
    EXPECT_STREQ(back["title"].GetString(), "Talks");
    EXPECT_STREQ(back["source"].GetString(), "Example");
  }
  std::string all;
  write_annotation_jsonl(t.a, all, Stage::Relations);
  for (const char* key : {"\"entities\":[{\"name\":", "\"mentions\":[{\"start\":", "\"quotes\":[{\"start\":",
                          "\"references\":[", "\"relations\":[{\"head\":", "\"confidence\":"})
    EXPECT_NE(all.find(key), std::string::npos) << key << " in " << all;
}

// annotate's own JSON writer (annotation_io.cpp LineWriter) writes what RapidJSON's
// Writer writes: every ASCII byte, NUL and the controls with short escapes (\b \t \n \f
// \r) included, at every position in a string, UTF-8 as it is, and a relation's confidence
// as RapidJSON's Double() formats it.
TEST(AnnotationJsonl, TheLineWriterWritesEveryByteAndNumberAsRapidJsonDoes) {
  testing::Annotated t("Rex Tillerson met Vladimir Putin in Moscow on Tuesday. Putin criticized the sanctions, "
                       "Tillerson said.");
  ASSERT_FALSE(t.a.relations.empty());
  Document d = *t.a.doc;
  t.a.doc = &d;
  const auto rapid_string = [](std::string_view s) {
    rapidjson::StringBuffer b;
    rapidjson::Writer<rapidjson::StringBuffer> w(b);
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return std::string(b.GetString(), b.GetSize());
  };
  for (std::size_t shift = 0; shift < 9; ++shift) {
    std::string id(shift, 'x');
    for (int c = 0; c < 0x80; ++c) id += static_cast<char>(c);
    id += "\xC3\xA9\xE2\x80\x9C";
    d.id = id;
    std::string line;
    write_annotation_jsonl(t.a, line);
    EXPECT_EQ(line.rfind("{\"id\":" + rapid_string(id) + ",", 0), 0u) << line;
  }
  for (const double c : {0.0, 0.1, 0.85, 1.0, 2.0 / 3.0, 1e-7, 123456.789}) {
    t.a.relations.front().confidence = c;
    std::string line;
    write_annotation_jsonl(t.a, line);
    rapidjson::StringBuffer b;
    rapidjson::Writer<rapidjson::StringBuffer> w(b);
    w.Double(c);
    EXPECT_NE(line.find(std::string("\"confidence\":") + b.GetString() + ","), std::string::npos) << c;
  }
}

TEST(AnnotationJsonl, AShortStringOrTailIsTestedFourBytesAtATimeAsRapidJsonEscapesIt) {
  // Row 23.288: the last 4-7 bytes of a string (all of a short one) are tested as two
  // overlapping four-byte reads: names of 1-19 bytes, plain or with an escaped byte (or
  // two) at every position, come out as RapidJSON's own writer writes them.
  testing::Annotated t("Jane Roe met John Doe in Paris on Monday.");
  ASSERT_FALSE(t.a.entities.empty());
  const char escapes[] = {'"', '\\', '\x01', '\x1F'};
  for (std::size_t size = 1; size < 20; ++size) {
    std::string plain(size, 'r');
    plain[0] = 'R';
    line_with_canonical(t, plain);
    for (std::size_t at = 1; at < size; ++at) {
      std::string name = plain;
      name[at] = escapes[(at + size) % 4];
      line_with_canonical(t, name);
      name[size - 1] = escapes[size % 4];  // and the last byte
      line_with_canonical(t, name);
    }
  }
}

// What rapidjson's Writer writes for the JSON object `line` holds; "" when it is no object.
std::string compact_json_of(const std::string& line) {
  rapidjson::Document back;
  back.Parse(line.c_str());
  if (!back.IsObject()) return "";
  rapidjson::StringBuffer expected;
  rapidjson::Writer<rapidjson::StringBuffer> w(expected);
  back.Accept(w);
  return expected.GetString();
}

TEST(AnnotationJsonl, AKeyAndItsValueWrittenAtOnceAreWhatRapidJsonWrites) {
  // Row 23.322: a key and its string, number or null, and a span's "start", "end" and
  // "text", are written by one call each (LineWriter::KeyString(), KeyUint(), KeyNull(),
  // SpanFields()): the line is the one RapidJSON writes back from it; a quote with no
  // speaker has "speaker":null, a role with no body "of":null, a span's offsets count code
  // points (the e-acute before it) and its text keeps its quotation marks and escapes.
  testing::Annotated t("Caf\xC3\xA9 owner Tom Smith, the mayor of Kestby, said: \"We will \\ rebuild the bridge.\" "
                       "Jane Roe criticized the plan, Tom Smith said.");
  ASSERT_FALSE(t.a.quotes.empty());
  ASSERT_FALSE(t.a.entities.empty());
  Quote q = t.a.quotes.front();
  q.speaker = -1;
  t.a.quotes.push_back(q);
  RoleFact r;
  r.person = 0;
  r.title = "Mayor \"Acting\"";
  r.rule = "made-up";
  t.a.roles.push_back(r);
  for (const Stage s : {Stage::Sentences, Stage::Mentions, Stage::Roles, Stage::Quotes, Stage::Relations}) {
    std::string line;
    write_annotation_jsonl(t.a, line, s);
    line.pop_back();
    EXPECT_EQ(line, compact_json_of(line)) << "stage " << static_cast<int>(s);
  }
  std::string line;
  write_annotation_jsonl(t.a, line, Stage::Roles);
  EXPECT_NE(line.find("\"title\":\"Mayor \\\"Acting\\\"\",\"of\":null,\"rule\":\"made-up\""), std::string::npos) << line;
  line.clear();
  write_annotation_jsonl(t.a, line, Stage::Quotes);
  EXPECT_NE(line.find("\"speaker\":null,"), std::string::npos) << line;
  rapidjson::Document back;
  back.Parse(line.c_str());
  ASSERT_TRUE(back.IsObject());
  const auto& quote = back["quotes"][0];
  const std::string_view text = t.a.text(t.a.quotes.front().span);
  EXPECT_EQ(std::string(quote["text"].GetString()), std::string(text));
  EXPECT_EQ(quote["start"].GetUint(), t.a.quotes.front().span.begin - 1);  // two bytes, one code point
  EXPECT_EQ(quote["end"].GetUint() - quote["start"].GetUint(), text.size());
}

TEST(AnnotationJsonl, ANameTestedOnceIsWrittenBareOrEscapedWhereverItStands) {
  // Row 23.325: each entity's name is tested once for bytes to escape (bare_string()) and a
  // bare one is copied without the scan wherever it stands (an entity's "name", a quote's
  // "speaker" and "about", a relation's "head" and "tail"); a name with a quotation mark,
  // a backslash or a control byte (at any of the first 19 bytes) is escaped everywhere, and
  // the type and kind names are written as they are: the line is what RapidJSON writes back.
  testing::Annotated t("Tom Smith criticized Jane Roe on Monday. \"We will rebuild the bridge,\" Tom Smith said.");
  ASSERT_GE(t.a.entities.size(), 2u);
  ASSERT_FALSE(t.a.quotes.empty());
  t.a.quotes.front().about = {0, 1};
  const char escapes[] = {'"', '\\', '\x01'};
  for (std::size_t at = 0; at < 19; ++at) {
    std::string odd(19, 'r');
    odd[at] = escapes[at % 3];
    for (const std::string& name : {odd, std::string("Tom Roe"), std::string("Tom Roe Smith Jr")}) {
      t.a.entities[0].canonical = name;
      std::string line;
      write_annotation_jsonl(t.a, line);
      line.pop_back();
      EXPECT_EQ(line, compact_json_of(line));
      rapidjson::Document back;
      back.Parse(line.c_str());
      ASSERT_TRUE(back.IsObject()) << line;
      EXPECT_EQ(std::string(back["entities"][0]["name"].GetString()), name);
      EXPECT_EQ(std::string(back["quotes"][0]["about"][0].GetString()), name);
      EXPECT_STREQ(back["entities"][0]["type"].GetString(), "PERSON");
    }
  }
}

}  // namespace
}  // namespace gazette
