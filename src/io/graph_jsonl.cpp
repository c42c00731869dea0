// graph_document_from_jsonl (graph.hpp): one line of `gazette annotate` output back
// into what GraphBuilder needs, through GraphDocumentBuilder as to_graph_document()
// (graph_builder.cpp): entities by entity_key() in order of first appearance,
// mentions (an entity's names plus the "references" resolved to it) and votes summed,
// aliases = texts of the names (not empty), relations in line order with the first
// evidence text and the number of evidence spans.
#include "gazette/graph_jsonl.hpp"

#include "gazette/names.hpp"
#include "gazette/json_depth.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <map>
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

GraphDocument graph_document_from_jsonl(std::string_view line, bool* copy) {
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
  const Value* id = member(j, "id");
  if (!id || !id->IsString()) throw std::runtime_error("no string \"id\"");
  if (copy) {
    const Value* first = member(j, "duplicate_of");
    *copy = first && first->IsString();
    if (*copy) return GraphDocument{};
  }
  GraphDocumentBuilder out(string_of(*id), iso_date(string_member(j, "date")));

  std::map<std::string, std::size_t> ref_of_name;  // first entity of each name
  // Resolved references by entity name and type; they go to the first entity of both.
  std::map<std::pair<std::string, std::string>, int> references;
  if (const Value* refs = member(j, "references"); refs && refs->IsArray())
    for (const Value& r : refs->GetArray())
      if (const Value* to = member(r, "entity"); to && to->IsString()) ++references[{string_of(*to), string_member(r, "type")}];
  for (const Value& e : entities->GetArray()) {
    if (!e.IsObject()) throw std::runtime_error("an entity is not a JSON object");
    const std::string name = string_member(e, "name"), type = string_member(e, "type");
    if (name.empty() || type.empty()) throw std::runtime_error("an entity has no \"name\" or \"type\"");
    const std::string gazetteer_id = string_member(e, "gazetteer_id");
    const std::size_t ref = out.entity(entity_key(name, gazetteer_id), name, type, gazetteer_id);
    ref_of_name.emplace(name, ref);
    int n_resolved = 0;
    if (const auto resolved = references.find({name, type}); resolved != references.end()) {
      n_resolved = resolved->second;
      references.erase(resolved);  // counted once, for the first entity of the name and type
    }
    out.vote(ref, type, 0);
    const Value* mentions = member(e, "mentions");
    if (!mentions || !mentions->IsArray()) {
      if (n_resolved) out.mentions(ref, type, n_resolved);
      continue;
    }
    out.mentions(ref, type, static_cast<int>(mentions->Size()) + n_resolved);
    for (const Value& m : mentions->GetArray()) {
      if (!m.IsObject() || member(m, "resolved_from")) continue;  // resolved_from: a line of before the references
      const Value* start = member(m, "start");
      const Value* end = member(m, "end");
      if (!start || !end || !start->IsUint64() || !end->IsUint64() || end->GetUint64() <= start->GetUint64()) continue;
      out.alias(ref, string_member(m, "text"));
    }
  }

  if (const Value* relations = member(j, "relations"); relations && relations->IsArray()) {
    for (const Value& r : relations->GetArray()) {
      const auto head = ref_of_name.find(string_member(r, "head"));
      const auto tail = ref_of_name.find(string_member(r, "tail"));
      if (head == ref_of_name.end() || tail == ref_of_name.end()) continue;  // null: not a relation of the graph
      std::string type = string_member(r, "type");
      if (type.empty()) throw std::runtime_error("a relation has no \"type\"");
      std::string evidence;
      int evidence_count = 0;
      if (const Value* first = member(r, "evidence"); first && first->IsObject()) {
        evidence = string_member(*first, "text");
        evidence_count = 1;
        if (const Value* more = member(r, "more_evidence"); more && more->IsArray())
          evidence_count += static_cast<int>(more->Size());
      }
      out.relation(head->second, tail->second, std::move(type), string_member(r, "role"), std::move(evidence),
                   evidence_count);
    }
  }
  return std::move(out).finish();
}

}  // namespace gazette
