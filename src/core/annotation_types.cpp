#include "gazette/annotation.hpp"
#include "gazette/enum_names.hpp"

namespace gazette {

namespace {
// In the order of the enums' values; EntityType::Unknown is named but never parsed.
constexpr std::string_view kEntityTypeNames[] = {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "UNKNOWN"};
constexpr std::string_view kRelationNames[] = {"SAID_ABOUT", "MET_WITH", "CRITICIZED", "SUPPORTS",
                                                "ATTACKED",   "ROLE_IN",  "MEMBER_OF",  "LOCATED_IN"};
static_assert(std::size(kEntityTypeNames) == static_cast<std::size_t>(EntityType::Unknown) + 1);
static_assert(std::size(kRelationNames) == static_cast<std::size_t>(RelationType::LocatedIn) + 1);
}  // namespace

std::string_view to_string(EntityType t) {
  return t <= EntityType::Unknown ? enum_name(kEntityTypeNames, t) : enum_name(kEntityTypeNames, EntityType::Unknown);
}

std::optional<EntityType> parse_entity_type(std::string_view s) {
  const auto t = enum_by_name<EntityType>(kEntityTypeNames, s);
  return t == EntityType::Unknown ? std::nullopt : t;
}

std::string_view to_string(RelationType t) { return enum_name(kRelationNames, t); }

std::optional<RelationType> parse_relation_type(std::string_view s) { return enum_by_name<RelationType>(kRelationNames, s); }

}  // namespace gazette
