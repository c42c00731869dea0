// quote_nodes() (exporter.hpp): the quotes that GraphML and GEXF show as nodes with
// --quotes-as-nodes, placed on a ring around their speaker.
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

std::vector<QuoteNode> quote_nodes(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes) {
  std::unordered_map<std::string, Vertex> vertex_of;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) vertex_of.emplace(g[v].key, v);
  std::vector<QuoteNode> out;
  std::unordered_map<Vertex, std::size_t> per_speaker;  // quotes of each speaker
  for (const QuoteRecord& q : quotes) {
    if (q.speaker_key.empty()) continue;
    const auto speaker = vertex_of.find(q.speaker_key);
    if (speaker == vertex_of.end()) continue;
    QuoteNode n;
    n.speaker = speaker->second;
    for (const auto& key : q.about_keys)
      if (const auto it = vertex_of.find(key); it != vertex_of.end() && it->second != n.speaker) n.about.push_back(it->second);
    n.text = q.text;
    n.label = cut(q.text, 80);
    n.document = q.document;
    n.date = iso_date(q.date);
    n.url = q.url;
    n.cue = q.cue;
    n.kind = q.kind;
    ++per_speaker[n.speaker];
    out.push_back(std::move(n));
  }
  std::unordered_map<Vertex, std::size_t> placed;
  for (QuoteNode& n : out) {
    const EntityNode& s = g[n.speaker];
    const double k = static_cast<double>(placed[n.speaker]++);
    const double angle = 2.0 * std::numbers::pi * k / static_cast<double>(per_speaker[n.speaker]);
    const double radius = s.size + 8.0;
    n.x = round2(s.x + radius * std::cos(angle));
    n.y = round2(s.y + radius * std::sin(angle));
  }
  return out;
}

}  // namespace gazette
