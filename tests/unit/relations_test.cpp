#include "pipeline_fixture.hpp"

using namespace gazette;
using gazette::testing::Annotated;

namespace {
struct Case {
  const char* text;
  const char* head;
  const char* type;
  const char* tail;
  bool expected;  // false: the relation must NOT be there
};
}  // namespace

TEST(Relations, Table) {
  const Case cases[] = {
      {"Rex Tillerson met Vladimir Putin in Moscow.", "Rex Tillerson", "MET_WITH", "Vladimir Putin", true},
      {"Rex Tillerson and Sergei Lavrov held talks in Moscow.", "Rex Tillerson", "MET_WITH", "Sergei Lavrov", true},
      {"Rex Tillerson did not meet Vladimir Putin.", "Rex Tillerson", "MET_WITH", "Vladimir Putin", false},
      {"Sergei Lavrov blasted U.S. claims.", "Sergei Lavrov", "CRITICIZED", "United States", true},
      {"The White House has accused Moscow of a cover-up.", "White House", "CRITICIZED", "Russia", true},
      {"Donald Trump praised Vladimir Putin.", "Donald Trump", "SUPPORTS", "Vladimir Putin", true},
      {"The U.S. launched 59 missiles into Syria.", "United States", "ATTACKED", "Syria", true},
      {"Russia condemned the gas attack on civilians in Syria.", "Russia", "ATTACKED", "Syria", false},
      {"Secretary of State Rex Tillerson arrived.", "Rex Tillerson", "ROLE_IN", "United States", true},
      {"Russian President Vladimir Putin arrived.", "Vladimir Putin", "ROLE_IN", "Russia", true},
      {"Exxon Mobil CEO Darren Woods spoke.", "Darren Woods", "ROLE_IN", "Exxon Mobil", true},
      {"Jim Mattis, the secretary of defense, spoke.", "James Mattis", "ROLE_IN", "United States", true},
      {"Putin spoke at the Kremlin with Sergei Lavrov in Russia.", "Kremlin", "LOCATED_IN", "Russia", true},
      {"Rebels hold Idlib province in Syria.", "Idlib province", "LOCATED_IN", "Syria", true},
      {"Russia's state-owned RIA reported the talks.", "RIA Novosti", "LOCATED_IN", "Russia", true},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text;
  }
}

TEST(Relations, OncePerDocumentWithAllEvidence) {
  Annotated t("Rex Tillerson met Vladimir Putin. Later Rex Tillerson met Vladimir Putin again.");
  std::size_t n = 0;
  for (const auto& r : t.a.relations)
    if (r.type == RelationType::MetWith) {
      ++n;
      EXPECT_EQ(r.evidence.size(), 2u);
    }
  EXPECT_EQ(n, 1u);
}

TEST(Relations, MetWithIsStoredHeadBeforeTailByName) {
  Annotated t("Vladimir Putin met Rex Tillerson.");
  EXPECT_TRUE(t.has_relation("Rex Tillerson", "MET_WITH", "Vladimir Putin"));
}
