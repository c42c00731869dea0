// JSONL output (annotation_io.hpp): an entity's "mentions" are its names; the
// coreference stage's resolved references are a list of their own, each with its
// entity, the mention the resolution went through and the rule; graph_document_from_jsonl
// counts them as mentions of their entity, as the graph built from the Annotation does.
#include "gazette/annotation_io.hpp"
#include "gazette/graph_jsonl.hpp"
#include "pipeline_fixture.hpp"

#include <rapidjson/document.h>

#include <gtest/gtest.h>

namespace gazette {
namespace {

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

}  // namespace
}  // namespace gazette
