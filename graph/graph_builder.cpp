// GraphBuilder: merges per-document annotations into the KnowledgeGraph.
//
// GUIDELINES "Typed relations": a relation is counted once per document (same head,
// type, tail) and the graph sums documents into an edge weight, so weights count
// distinct document ids, never evidence sentences (those go to evidence_count).
#include "gazette/graph.hpp"
#include "gazette/names.hpp"

#include "gazette/annotation.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <type_traits>
#include <utility>

namespace gazette {

std::string entity_key(std::string_view canonical, std::string_view gazetteer_id) {
  if (!gazetteer_id.empty()) return std::string(gazetteer_id);
  // Names found by rules merge across documents by their name key, so "Sergey
  // Volkov" in one outlet and "Sergei Volkov" in another are one node, and so is a
  // name the rules typed PERSON in one document and ORGANIZATION in another (the
  // type is settled by vote); a bare surname never reaches here (resolution links it
  // to a full name or drops it).
  return "name:" + person_key(canonical);
}

std::string entity_key(const Entity& e) { return entity_key(e.canonical, e.gazetteer_id); }

std::string settle_type(const std::map<std::string, int>& votes) {
  static constexpr std::string_view kOrder[] = {"PERSON", "ORGANIZATION", "COUNTRY", "LOCATION"};
  auto rank = [](const std::string& t) {
    for (std::size_t i = 0; i < std::size(kOrder); ++i)
      if (t == kOrder[i]) return i;
    return std::size(kOrder);
  };
  const std::string* best = nullptr;
  int best_votes = 0;
  for (const auto& [type, n] : votes) {  // alphabetical, so equal ranks tie alphabetically
    if (!best || n > best_votes || (n == best_votes && rank(type) < rank(*best))) {
      best = &type;
      best_votes = n;
    }
  }
  return best ? *best : std::string();
}

std::string iso_date(std::string_view date) {
  if (date.size() < 10) return {};
  for (std::size_t i = 0; i < 10; ++i) {
    const bool dash = i == 4 || i == 7;
    const char c = date[i];
    if (dash ? c != '-' : !std::isdigit(static_cast<unsigned char>(c))) return {};
  }
  if (date.size() > 10 && std::isdigit(static_cast<unsigned char>(date[10]))) return {};
  return std::string(date.substr(0, 10));
}

GraphDocumentBuilder::GraphDocumentBuilder(std::string id, std::string date) {
  doc_.id = std::move(id);
  doc_.date = std::move(date);
}

std::size_t GraphDocumentBuilder::entity(const std::string& key, std::string_view label, std::string_view type,
                                         std::string_view gazetteer_id) {
  const auto [it, inserted] = by_key_.emplace(key, doc_.entities.size());
  if (inserted) {
    // Made in place (row 23.374): its strings are not moved into the vector. Example
    // (made up): Tom Smith's reference, its key and the label "Tom Smith" copied once.
    GraphDocument::EntityRef& ref = doc_.entities.emplace_back();
    ref.key = key;
    ref.label = label;
    ref.type = type;
    ref.gazetteer_id = gazetteer_id;
    aliases_.emplace_back();
  }
  return it->second;
}

void GraphDocumentBuilder::reserve(std::size_t entities, std::size_t relations) {
  doc_.entities.reserve(entities);
  aliases_.reserve(entities);
  doc_.relations.reserve(relations);
}

void GraphDocumentBuilder::mentions(std::size_t ref, std::string_view type, int n) {
  auto& e = doc_.entities[ref];
  e.mentions += n;
  e.type_votes[std::string(type)] += n;
}

void GraphDocumentBuilder::alias(std::size_t ref, std::string text) {
  if (!text.empty()) aliases_[ref].insert(std::move(text));
}

void GraphDocumentBuilder::relation(std::size_t head, std::size_t tail, std::string type, std::string role,
                                    std::string evidence, int evidence_count) {
  GraphDocument::RelationRef r;
  r.head = head;
  r.tail = tail;
  r.type = std::move(type);
  r.role = std::move(role);
  r.evidence = std::move(evidence);
  r.evidence_count = evidence_count;
  doc_.relations.push_back(std::move(r));
}

GraphDocument GraphDocumentBuilder::finish() && {
  for (std::size_t i = 0; i < doc_.entities.size(); ++i) {
    auto& e = doc_.entities[i];
    e.aliases.assign(aliases_[i].begin(), aliases_[i].end());
    if (!e.type_votes.empty()) e.type = settle_type(e.type_votes);
  }
  return std::move(doc_);
}

GraphDocument to_graph_document(const Annotation& a) {
  GraphDocumentBuilder out(a.doc->id, iso_date(a.doc->date));
  out.reserve(a.entities.size(), a.relations.size());  // at most so many of each (row 23.374)
  std::vector<std::size_t> entity_to_ref(a.entities.size());
  for (std::size_t i = 0; i < a.entities.size(); ++i) {
    const Entity& e = a.entities[i];
    const auto type = to_string(e.type);
    const std::size_t ref = out.entity(entity_key(e), e.canonical, type, e.gazetteer_id);
    entity_to_ref[i] = ref;
    out.mentions(ref, type, static_cast<int>(e.mentions.size()));
    for (auto mi : e.mentions) {
      if (mi >= a.mentions.size()) continue;
      const Mention& m = a.mentions[mi];
      // "he" or "the president" is not a name of the entity.
      if (!m.resolved_from.empty() || m.span.empty()) continue;
      out.alias(ref, std::string(a.text(m.span)));
    }
  }
  const auto n = static_cast<std::int32_t>(a.entities.size());
  for (const Relation& r : a.relations) {
    if (r.head < 0 || r.head >= n || r.tail < 0 || r.tail >= n) continue;
    out.relation(entity_to_ref[static_cast<std::size_t>(r.head)], entity_to_ref[static_cast<std::size_t>(r.tail)],
                 std::string(to_string(r.type)), r.role,
                 r.evidence.empty() ? std::string() : std::string(a.text(r.evidence.front())),
                 static_cast<int>(r.evidence.size()));
  }
  GraphDocument gd = std::move(out).finish();
  gd.entity_refs = std::move(entity_to_ref);
  return gd;
}

namespace {

void widen_dates(const std::string& date, std::string& first, std::string& last) {
  if (date.empty()) return;
  if (first.empty() || date < first) first = date;
  if (last.empty() || date > last) last = date;
}

}  // namespace

GraphBuilder::GraphBuilder(GraphOptions options) : options_(std::move(options)) {}

std::uint32_t DocumentIdTable::intern(std::string_view id) {
  if (2 * (ends_.size() + 1) > slots_.size()) grow();
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t slot = std::hash<std::string_view>{}(id) & mask;; slot = (slot + 1) & mask) {
    if (slots_[slot] == 0) {
      chars_.append(id);
      ends_.push_back(chars_.size());
      slots_[slot] = static_cast<std::uint32_t>(ends_.size());
      return slots_[slot] - 1;
    }
    if (name(slots_[slot] - 1) == id) return slots_[slot] - 1;
  }
}

// Doubles the table (at most half full) and places every id again.
void DocumentIdTable::grow() {
  std::vector<std::uint32_t> slots(std::max<std::size_t>(16, 2 * slots_.size()), 0);
  const std::size_t mask = slots.size() - 1;
  for (std::uint32_t i = 0; i < ends_.size(); ++i) {
    std::size_t slot = std::hash<std::string_view>{}(name(i)) & mask;
    while (slots[slot] != 0) slot = (slot + 1) & mask;
    slots[slot] = i + 1;
  }
  slots_.swap(slots);
}

void DocumentIdTable::seal() {
  std::vector<std::uint32_t>().swap(slots_);
  chars_.shrink_to_fit();
  ends_.shrink_to_fit();
}

DocumentList::DocumentList(const std::vector<std::string>& ids) {
  auto table = std::make_shared<DocumentIdTable>();
  for (const auto& id : ids) ids_.push_back(table->intern(id));
  table->seal();
  table_ = std::move(table);
}

namespace {
// Inserts `id` into the sorted vector `v`; false when it is there already. Ids of new
// documents are the largest so far, so the common case appends.
bool insert_sorted(std::vector<std::uint32_t>& v, std::uint32_t id) {
  if (v.empty() || v.back() < id) {
    v.push_back(id);
    return true;
  }
  const auto it = std::lower_bound(v.begin(), v.end(), id);
  if (it != v.end() && *it == id) return false;
  v.insert(it, id);
  return true;
}
}  // namespace

void GraphBuilder::add(const Annotation& annotation) { add(to_graph_document(annotation)); }

void GraphBuilder::add(const GraphDocument& doc) {
  const std::uint32_t doc_id = document_id(doc.id);
  std::vector<std::size_t> node_of(doc.entities.size());
  for (std::size_t i = 0; i < doc.entities.size(); ++i) {
    const auto& ref = doc.entities[i];
    auto [it, inserted] = node_index_.try_emplace(ref.key, nodes_.size());
    if (inserted) {
      EntityNode node;
      node.key = ref.key;
      node.label = ref.label;
      node.type = ref.type;
      node.gazetteer_id = ref.gazetteer_id;
      nodes_.push_back(std::move(node));
      node_aliases_.emplace_back();
      node_votes_.emplace_back();
      node_docs_.emplace_back();
    }
    node_of[i] = it->second;
    EntityNode& node = nodes_[it->second];
    node.mentions += ref.mentions;
    // A reference without votes (hand-made GraphDocument) votes for its type with its mentions.
    auto& votes = node_votes_[it->second];
    if (ref.type_votes.empty())
      votes[ref.type] += ref.mentions;
    else
      for (const auto& [type, n] : ref.type_votes) votes[type] += n;
    auto& docs = node_docs_[it->second];
    insert_sorted(docs, doc_id);
    node.documents = static_cast<int>(docs.size());
    widen_dates(doc.date, node.first_date, node.last_date);
    node_aliases_[it->second].insert(ref.aliases.begin(), ref.aliases.end());
  }

  for (const auto& r : doc.relations) {
    if (r.head >= node_of.size() || r.tail >= node_of.size()) continue;
    const auto head = node_of[r.head], tail = node_of[r.tail];
    if (head == tail) continue;
    auto [it, inserted] = edges_.try_emplace({head, r.type, tail});
    PendingEdge& pe = it->second;
    if (inserted) pe.edge.type = r.type;
    if (pe.edge.role.empty()) pe.edge.role = r.role;
    pe.edge.evidence_count += r.evidence_count;
    const bool new_document = insert_sorted(pe.documents, doc_id);
    if (new_document && pe.edge.samples.size() < options_.max_samples)
      pe.edge.samples.push_back({doc.id, doc.date, r.evidence});
    pe.edge.weight = static_cast<double>(pe.documents.size());
    widen_dates(doc.date, pe.edge.first_date, pe.edge.last_date);
  }
}

namespace {

// `x` moved when the builder is being consumed (finish() &&), else copied.
template <typename T>
decltype(auto) take(T& x) {
  if constexpr (std::is_const_v<T>)
    return static_cast<const T&>(x);
  else
    return std::move(x);
}

// Frees a container of a builder being consumed; nothing for a const one.
template <typename T>
void release(T& x) {
  if constexpr (!std::is_const_v<T>) std::remove_cv_t<T>().swap(x);
}

}  // namespace

KnowledgeGraph GraphBuilder::finish() const& { return assemble(*this); }

KnowledgeGraph GraphBuilder::finish() && {
  KnowledgeGraph g = assemble(*this);
  *this = GraphBuilder(options_);
  return g;
}

// finish() of a const builder (copies) or of one being consumed (Self non-const: moves
// its nodes and edges into the graph and frees each part once it is used).
template <typename Self>
KnowledgeGraph GraphBuilder::assemble(Self& self) {
  const GraphOptions& options = self.options_;
  auto& nodes = self.nodes_;
  constexpr auto kDropped = static_cast<std::size_t>(-1);
  std::vector<int> node_documents(nodes.size());
  for (std::size_t i = 0; i < nodes.size(); ++i) node_documents[i] = nodes[i].documents;
  auto kept_node = [&](std::size_t i) { return node_documents[i] >= options.min_documents; };
  auto kept_edge = [&](const auto& key) {
    const auto& [head, type, tail] = key;
    return !options.exclude_types.count(type) && kept_node(head) && kept_node(tail);
  };
  // Degrees over the edges that stay, for min_degree.
  std::vector<int> degree(options.min_degree > 0 ? nodes.size() : 0, 0);
  if (options.min_degree > 0)
    for (const auto& entry : self.edges_)
      if (kept_edge(entry.first)) {
        ++degree[std::get<0>(entry.first)];
        ++degree[std::get<2>(entry.first)];
      }
  // The kept nodes are numbered first and the graph made with that many vertices, each
  // then filled in place: added one at a time, Boost's vertex vector grew by doubling,
  // moving every node made so far each time (and touching twice the memory).
  std::vector<std::size_t> vertex_of(nodes.size(), kDropped);
  std::size_t kept = 0;
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (!kept_node(i)) continue;
    if (options.min_degree > 0 && degree[i] < options.min_degree) continue;
    vertex_of[i] = kept++;
  }
  KnowledgeGraph g(kept);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    if (vertex_of[i] == kDropped) continue;
    EntityNode& node = g[vertex_of[i]];
    node = take(nodes[i]);
    node.aliases.assign(self.node_aliases_[i].begin(), self.node_aliases_[i].end());
    release(self.node_aliases_[i]);
    node.type_votes = take(self.node_votes_[i]);
    if (const auto type = settle_type(node.type_votes); !type.empty()) node.type = type;
  }
  release(self.node_aliases_);
  release(self.node_votes_);
  release(self.node_docs_);
  release(self.node_index_);
  // The edges share one table of the ids (the builder's, moved when it is consumed).
  auto ids = std::make_shared<DocumentIdTable>(take(self.document_ids_));
  ids->seal();
  const std::shared_ptr<const DocumentIdTable> table = std::move(ids);
  for (auto& [key, pe] : self.edges_) {
    const auto& [head, type, tail] = key;
    if (!kept_edge(key)) continue;
    if (vertex_of[head] == kDropped || vertex_of[tail] == kDropped) continue;
    RelationEdge edge = take(pe.edge);
    edge.documents = DocumentList(table, take(pe.documents));
    release(pe.documents);
    boost::add_edge(vertex_of[head], vertex_of[tail], std::move(edge), g);
  }
  release(self.edges_);
  if (options.layout)
    compute_measures_and_layout(g, options.parallel);
  else
    compute_measures(g);
  return g;
}

}  // namespace gazette
