// quote_nodes() and QuoteNodes (exporter.hpp): the quotes that GraphML and GEXF show as
// nodes with --quotes-as-nodes, placed on a ring around their speaker, made one at a time.
#include "gazette/exporter.hpp"

#include "gazette/text.hpp"

#include <cmath>
#include <numbers>
#include <unordered_map>

namespace gazette {

namespace {

// The first `limit` code points of `s`, with "..." when it was longer.
std::string cut(std::string_view s, std::size_t limit) {
  std::size_t i = 0, n = 0;
  while (i < s.size() && n < limit) {
    decode_utf8(s, i);
    ++n;
  }
  if (i >= s.size()) return std::string(s);
  return std::string(s.substr(0, i)) + "...";
}

double round2(double v) { return std::round(v * 100.0) / 100.0 + 0.0; }

}  // namespace

QuoteSource quotes_of(const std::vector<QuoteRecord>& quotes) {
  return [&quotes](const QuoteVisitor& visit) {
    for (const QuoteRecord& q : quotes) visit(q);
  };
}

QuoteNodes::QuoteNodes(const KnowledgeGraph& g, QuoteSource source) : g_(&g), source_(std::move(source)) {
  for (auto v : boost::make_iterator_range(boost::vertices(g))) vertex_of_.emplace(g[v].key, v);
  QuoteNode n;
  source_([&](const QuoteRecord& q) {
    if (!make(q, n)) return;
    ++per_speaker_[n.speaker];
    ++count_;
    any_date_ = any_date_ || !n.date.empty();
  });
}

bool QuoteNodes::make(const QuoteRecord& q, QuoteNode& n) const {
  if (q.speaker_key.empty()) return false;
  const auto speaker = vertex_of_.find(q.speaker_key);
  if (speaker == vertex_of_.end()) return false;
  n.speaker = speaker->second;
  n.about.clear();
  for (const auto& key : q.about_keys)
    if (const auto it = vertex_of_.find(key); it != vertex_of_.end() && it->second != n.speaker) n.about.push_back(it->second);
  n.text = q.text;
  n.label = cut(q.text, 80);
  n.document = q.document;
  n.date = iso_date(q.date);
  n.url = q.url;
  n.cue = q.cue;
  n.kind = q.kind;
  return true;
}

void QuoteNodes::for_each(const std::function<void(std::size_t, const QuoteNode&)>& visit) const {
  if (count_ == 0) return;
  std::unordered_map<Vertex, std::size_t> placed;
  std::size_t i = 0;
  QuoteNode n;
  source_([&](const QuoteRecord& q) {
    if (!make(q, n)) return;
    const EntityNode& s = (*g_)[n.speaker];
    const double k = static_cast<double>(placed[n.speaker]++);
    const double angle = 2.0 * std::numbers::pi * k / static_cast<double>(per_speaker_.at(n.speaker));
    const double radius = s.size + 8.0;
    n.x = round2(s.x + radius * std::cos(angle));
    n.y = round2(s.y + radius * std::sin(angle));
    visit(i++, n);
  });
}

std::vector<QuoteNode> quote_nodes(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes) {
  std::vector<QuoteNode> out;
  QuoteNodes(g, quotes_of(quotes)).for_each([&](std::size_t, const QuoteNode& n) { out.push_back(n); });
  return out;
}

}  // namespace gazette
