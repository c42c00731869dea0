#include "gazette/annotation.hpp"

namespace gazette {

std::string_view to_string(EntityType t) {
  switch (t) {
    case EntityType::Person: return "PERSON";
    case EntityType::Country: return "COUNTRY";
    case EntityType::Organization: return "ORGANIZATION";
    case EntityType::Location: return "LOCATION";
    case EntityType::Unknown: break;
  }
  return "UNKNOWN";
}

std::optional<EntityType> parse_entity_type(std::string_view s) {
  if (s == "PERSON") return EntityType::Person;
  if (s == "COUNTRY") return EntityType::Country;
  if (s == "ORGANIZATION") return EntityType::Organization;
  if (s == "LOCATION") return EntityType::Location;
  return std::nullopt;
}

namespace {
constexpr std::string_view kRelationNames[] = {"SAID_ABOUT", "MET_WITH", "CRITICIZED", "SUPPORTS",
                                                "ATTACKED",   "ROLE_IN",  "MEMBER_OF",  "LOCATED_IN"};
}

std::string_view to_string(RelationType t) { return kRelationNames[static_cast<int>(t)]; }

std::optional<RelationType> parse_relation_type(std::string_view s) {
  for (int i = 0; i < 8; ++i)
    if (kRelationNames[i] == s) return static_cast<RelationType>(i);
  return std::nullopt;
}

}  // namespace gazette
