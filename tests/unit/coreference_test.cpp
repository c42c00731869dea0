// The coreference stage and its Resolver, run from their input: the annotation after
// entities (and roles, quotes where the stage needs them).
#include "gazette/coreference.hpp"
#include "gazette/entities.hpp"
#include "gazette/quotes.hpp"
#include "gazette/roles.hpp"

#include "pipeline_fixture.hpp"

using namespace gazette;

namespace {

// The document annotated up to entities, then roles: the input of quotes and coreference.
struct UpToRoles {
  Document doc;
  Annotation a;
  explicit UpToRoles(std::string text) {
    static const std::unique_ptr<Pipeline> p = [] {
      Diagnostics diag;
      PipelineOptions o;
      o.until = Stage::Entities;
      return std::make_unique<Pipeline>(o, diag);
    }();
    doc.id = "test";
    doc.text = std::move(text);
    a = p->annotate(doc);
    find_roles(a, gazette::testing::pipeline().lexicons());
  }
  const Lexicons& lex() const { return gazette::testing::pipeline().lexicons(); }
  std::string name(std::int32_t e) const { return e < 0 ? "(none)" : a.entities[static_cast<std::size_t>(e)].canonical; }
  std::size_t token(std::string_view word, std::size_t from = 0) const {
    for (std::size_t k = from; k < a.tokens.size(); ++k)
      if (a.tokens[k].norm == word) return k;
    ADD_FAILURE() << "no token " << word;
    return 0;
  }
};

}  // namespace

TEST(Coreference, PronounIsTheSubjectOfAnEarlierSentence) {
  UpToRoles t("Sergei Lavrov met Rex Tillerson on Monday. Later he flew home.");
  Resolver r(t.a, t.lex());
  EXPECT_EQ(t.name(r.pronoun(t.token("he"))), "Sergei Lavrov");
}

TEST(Coreference, NounPhrasesByRule) {
  UpToRoles t("Russian Foreign Minister Sergei Lavrov arrived. The Russian foreign minister spoke. "
              "Russian officials left.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t the = t.token("The");
  EXPECT_EQ(t.name(r.noun_phrase(the, the + 4, from, mention)), "Sergei Lavrov");
  EXPECT_EQ(from, "The Russian foreign minister");
  EXPECT_EQ(r.last_from().rule, "role-phrase");
  from.clear();
  const std::size_t officials = t.token("officials");
  EXPECT_EQ(t.name(r.noun_phrase(officials - 1, officials + 1, from, mention)), "Russia");
  EXPECT_EQ(r.last_from().rule, "official-of-country");
}

TEST(Coreference, SameOfficeReadsTheWordLists) {
  const Lexicons& lex = gazette::testing::pipeline().lexicons();
  EXPECT_TRUE(same_office(lex, "Secretary of State", "top diplomat"));
  EXPECT_TRUE(same_office(lex, "Prime Minister", "leader"));
  EXPECT_TRUE(same_office(lex, "Foreign Minister", "minister"));
  EXPECT_FALSE(same_office(lex, "President", "top diplomat"));
}

TEST(Coreference, StageAppendsResolvedSpeakersWithoutReordering) {
  UpToRoles t("Rex Tillerson arrived in Moscow on Tuesday.\n\n\"It is a low point,\" he said.");
  extract_quotes(t.a, t.lex());
  const std::vector<Mention> before = t.a.mentions;
  resolve_coreference(t.a);
  ASSERT_EQ(t.a.mentions.size(), before.size() + 1);
  for (std::size_t k = 0; k < before.size(); ++k) EXPECT_EQ(t.a.mentions[k].span, before[k].span);  // only appended
  const Mention& he = t.a.mentions.back();
  EXPECT_EQ(t.a.text(he.span), "he");
  EXPECT_EQ(he.resolved_from, "he");
  EXPECT_EQ(he.coreference_rule, "pronoun");
  ASSERT_GE(he.antecedent, 0);
  EXPECT_EQ(t.a.text(t.a.mentions[static_cast<std::size_t>(he.antecedent)].span), "Rex Tillerson");
  EXPECT_EQ(t.name(he.entity), "Rex Tillerson");
  const Entity& e = t.a.entities[static_cast<std::size_t>(he.entity)];
  EXPECT_EQ(e.mentions.back(), t.a.mentions.size() - 1);
  EXPECT_EQ(t.a.mentions_in_text_order().back(), t.a.mentions.size() - 1);
}

TEST(Roles, FactsLiveInTheAnnotation) {
  UpToRoles t("Secretary of State Rex Tillerson met Jim Mattis, the secretary of defense.");
  ASSERT_GE(t.a.roles.size(), 2u);
  EXPECT_EQ(t.name(t.a.roles[0].person), "Rex Tillerson");
  EXPECT_EQ(t.a.roles[0].of_name, "United States");
  EXPECT_EQ(t.a.roles[0].rule, "title-before-name");
  bool apposition = false;
  for (const auto& r : t.a.roles) apposition |= r.rule == "apposition" && t.name(r.person) == "James Mattis";
  EXPECT_TRUE(apposition);
}
