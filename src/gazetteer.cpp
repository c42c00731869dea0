#include "gazette/gazetteer.hpp"

#include "gazette/lexicon.hpp"

#include <algorithm>

namespace gazette {

static_assert(Gazetteer::kNameFirstBit == Lexicons::kNameFirst && Gazetteer::kFoldedNameFirstBit == Lexicons::kFoldedNameFirst);

std::uint32_t Gazetteer::Trie::child_or_add(std::uint32_t node, std::uint32_t word) {
  auto slot_of = [](std::uint64_t key, std::size_t mask) {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 17) & mask;
  };
  if ((edges + 1) * 2 > building.size()) {  // grow: keep the table at most half full
    std::vector<Edge> old(building.size() * 2);
    old.swap(building);
    const std::size_t mask = building.size() - 1;
    for (const Edge& e : old)
      if (e.key != kNoEdge) {
        std::size_t s = slot_of(e.key, mask);
        while (building[s].key != kNoEdge) s = (s + 1) & mask;
        building[s] = e;
      }
  }
  const std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | word;
  const std::size_t mask = building.size() - 1;
  std::size_t s = slot_of(key, mask);
  while (building[s].key != kNoEdge) {
    if (building[s].key == key) return building[s].child;
    s = (s + 1) & mask;
  }
  building[s] = Edge{key, nodes};
  ++edges;
  return nodes++;
}

void Gazetteer::Trie::add(const std::vector<std::uint32_t>& words, GazetteerHit hit) {
  std::uint32_t node = 0;
  for (const auto w : words) node = child_or_add(node, w);
  if (hits.size() < nodes) hits.resize(nodes);
  auto& h = hits[node];
  for (const auto& x : h)
    if (x.entry == hit.entry) return;
  h.push_back(hit);
}

void Gazetteer::Trie::freeze(std::size_t vocab_size) {
  hits.resize(nodes);
  root.assign(vocab_size, 0);
  std::vector<std::pair<std::uint64_t, std::uint32_t>> sorted;  // (parent << 32 | word, child), root's excluded
  sorted.reserve(edges);
  for (const Edge& e : building) {
    if (e.key == kNoEdge) continue;
    if ((e.key >> 32) == 0) root[static_cast<std::uint32_t>(e.key)] = e.child;
    else sorted.emplace_back(e.key, e.child);
  }
  std::sort(sorted.begin(), sorted.end());
  first_child.assign(nodes + 1, 0);
  children.clear();
  children.reserve(sorted.size());
  std::size_t k = 0;
  for (std::uint32_t n = 0; n < nodes; ++n) {
    first_child[n] = static_cast<std::uint32_t>(children.size());
    for (; k < sorted.size() && (sorted[k].first >> 32) == n; ++k)
      children.emplace_back(static_cast<std::uint32_t>(sorted[k].first), sorted[k].second);
  }
  first_child[nodes] = static_cast<std::uint32_t>(children.size());
  building = {};
  edges = 0;
}

Gazetteer::Gazetteer(const Lexicons& lex, Vocab& vocab) : vocab_(vocab) {
  const auto& entries = lex.entries();
  std::vector<std::uint32_t> cased_ids, folded_ids;
  auto add_name = [&](const std::string& name, GazetteerHit hit) {
    const auto cased = phrase_words(name, /*keep_case=*/true);  // tokenized once
    if (cased.empty()) return;
    cased_ids.clear();
    folded_ids.clear();
    for (const auto& w : cased) {
      cased_ids.push_back(vocab.add(w));
      folded_ids.push_back(vocab.add(to_lower(w)));
    }
    exact_.add(cased_ids, hit);
    ++names_;
    // Folded trie: skip names whose folded form is one common word ("US" -> "us"),
    // but CHINA in a headline is still China.
    if (cased.size() == 1 && (vocab.bits(folded_ids[0]) & Lexicons::kCommonWord) &&
        !(hit.kind == GazetteerHit::Kind::Name && entries[hit.entry].type == EntityType::Country))
      return;
    folded_.add(folded_ids, hit);
  };
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    add_name(e.name, {i, GazetteerHit::Kind::Name});
    for (const auto& al : e.aliases) add_name(al, {i, GazetteerHit::Kind::Alias});
    for (const auto& dm : e.demonyms) add_name(dm, {i, GazetteerHit::Kind::Demonym});
  }
  exact_.freeze(vocab.size());
  folded_.freeze(vocab.size());
  for (std::uint32_t w = 1; w < vocab.size(); ++w) {
    if (exact_.root[w]) vocab.set_bits(w, Lexicons::kNameFirst);
    if (folded_.root[w]) vocab.set_bits(w, Lexicons::kFoldedNameFirst);
  }
}

GazetteerMatch Gazetteer::longest(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                  bool allow_folded) const {
  GazetteerMatch best;
  best.first_token = best.end_token = static_cast<std::uint32_t>(i);
  auto walk = [&](const Trie& trie, bool folded) {
    std::uint32_t node = 0;
    for (std::size_t j = i; j < end; ++j) {
      const Token& t = tokens[j];
      if (t.has(kFurniture)) break;
      if (t.kind == TokenKind::Quote && !t.has(kPossessive)) break;
      std::uint32_t w = folded ? t.lid : t.id;
      if (w == Vocab::kUnset) w = vocab_.find(folded ? t.lower : t.norm);
      node = trie.step(node, w);
      if (!node) break;
      if (!trie.hits[node].empty() && j + 1 - i > best.end_token - best.first_token) {
        best.end_token = static_cast<std::uint32_t>(j + 1);
        best.hits = trie.hits[node];
        best.folded = folded;
      }
    }
  };
  walk(exact_, false);
  if (allow_folded) walk(folded_, true);
  return best;
}

}  // namespace gazette
