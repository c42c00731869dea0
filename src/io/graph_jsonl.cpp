// graph_document_from_jsonl (graph.hpp): one line of `gazette annotate` output back
// into what GraphBuilder needs, mirroring to_graph_document() (graph_builder.cpp):
// entities merged by entity_key() in order of first appearance, mentions summed,
// aliases = texts of named mentions (no resolved_from, not empty), relations in line
// order with the first evidence text and the number of evidence spans.
#include "gazette/graph.hpp"

#include "gazette/entities.hpp"
#include "gazette/json_depth.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <map>
#include <set>
#include <stdexcept>

namespace gazette {

namespace {

using Value = rapidjson::Value;

std::string string_of(const Value& v) { return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : std::string(); }

const Value* member(const Value& object, const char* name) {
  if (!object.IsObject()) return nullptr;
  const auto it = object.FindMember(name);
  return it == object.MemberEnd() ? nullptr : &it->value;
}

std::string string_member(const Value& object, const char* name) {
  const Value* v = member(object, name);
  return v ? string_of(*v) : std::string();
}

}  // namespace

GraphDocument graph_document_from_jsonl(std::string_view line) {
  if (const auto deep = json_depth_exceeded(line); deep != std::string_view::npos)
    throw std::runtime_error(json_too_deep_message() + " at column " + std::to_string(deep + 1));
  rapidjson::Document j;
  j.Parse(line.data(), line.size());
  if (j.HasParseError())
    throw std::runtime_error("invalid JSON at column " + std::to_string(j.GetErrorOffset() + 1) + ": " +
                             rapidjson::GetParseError_En(j.GetParseError()));
  if (!j.IsObject()) throw std::runtime_error("expected a JSON object");
  const Value* entities = member(j, "entities");
  if (!entities || !entities->IsArray()) {
    if (member(j, "text"))
      throw std::runtime_error("this is an input document ({\"id\",\"text\"}), not `gazette annotate` output: "
                               "build it into a shard database with `gazette build --sqlite` first");
    throw std::runtime_error("no \"entities\" array: not a line of `gazette annotate` output");
  }
  GraphDocument out;
  const Value* id = member(j, "id");
  if (!id || !id->IsString()) throw std::runtime_error("no string \"id\"");
  out.id = string_of(*id);
  out.date = iso_date(string_member(j, "date"));

  std::map<std::string, std::size_t> by_key;
  std::map<std::string, std::size_t> ref_of_name;  // first entity of each name
  std::vector<std::set<std::string>> aliases;
  for (const Value& e : entities->GetArray()) {
    if (!e.IsObject()) throw std::runtime_error("an entity is not a JSON object");
    const std::string name = string_member(e, "name"), type = string_member(e, "type");
    if (name.empty() || type.empty()) throw std::runtime_error("an entity has no \"name\" or \"type\"");
    const std::string gazetteer_id = string_member(e, "gazetteer_id");
    auto key = entity_key(name, gazetteer_id);
    auto [it, inserted] = by_key.emplace(key, out.entities.size());
    if (inserted) {
      GraphDocument::EntityRef ref;
      ref.key = std::move(key);
      ref.label = name;
      ref.type = type;
      ref.gazetteer_id = gazetteer_id;
      out.entities.push_back(std::move(ref));
      aliases.emplace_back();
    }
    ref_of_name.emplace(name, it->second);
    auto& ref = out.entities[it->second];
    const Value* mentions = member(e, "mentions");
    auto& votes = ref.type_votes[type];
    if (!mentions || !mentions->IsArray()) continue;
    ref.mentions += static_cast<int>(mentions->Size());
    votes += static_cast<int>(mentions->Size());
    for (const Value& m : mentions->GetArray()) {
      if (!m.IsObject() || member(m, "resolved_from")) continue;
      const Value* start = member(m, "start");
      const Value* end = member(m, "end");
      if (!start || !end || !start->IsUint64() || !end->IsUint64() || end->GetUint64() <= start->GetUint64()) continue;
      aliases[it->second].insert(string_member(m, "text"));
    }
  }
  for (std::size_t i = 0; i < out.entities.size(); ++i) {
    out.entities[i].aliases.assign(aliases[i].begin(), aliases[i].end());
    out.entities[i].type = settle_type(out.entities[i].type_votes);
  }

  if (const Value* relations = member(j, "relations"); relations && relations->IsArray()) {
    for (const Value& r : relations->GetArray()) {
      const auto head = ref_of_name.find(string_member(r, "head"));
      const auto tail = ref_of_name.find(string_member(r, "tail"));
      if (head == ref_of_name.end() || tail == ref_of_name.end()) continue;  // null: not a relation of the graph
      GraphDocument::RelationRef ref;
      ref.head = head->second;
      ref.tail = tail->second;
      ref.type = string_member(r, "type");
      if (ref.type.empty()) throw std::runtime_error("a relation has no \"type\"");
      ref.role = string_member(r, "role");
      if (const Value* evidence = member(r, "evidence"); evidence && evidence->IsObject()) {
        ref.evidence = string_member(*evidence, "text");
        ref.evidence_count = 1;
        if (const Value* more = member(r, "more_evidence"); more && more->IsArray())
          ref.evidence_count += static_cast<int>(more->Size());
      }
      out.relations.push_back(std::move(ref));
    }
  }
  return out;
}

}  // namespace gazette
