#include "gazette/gazetteer.hpp"

#include "gazette/lexicon.hpp"

#include <algorithm>
#include <cctype>

namespace gazette {

static_assert(Gazetteer::kNameFirstBit == Lexicons::kNameFirst && Gazetteer::kFoldedNameFirstBit == Lexicons::kFoldedNameFirst);

std::uint32_t Gazetteer::Trie::new_node() {
  first_word.push_back(Vocab::kNone);
  first_node.push_back(0);
  return nodes++;
}

std::uint32_t Gazetteer::Trie::child_or_add(std::uint32_t node, std::uint32_t word) {
  if (node == 0) {
    if (root.size() <= word) root.resize(std::max<std::size_t>(word + 1, root.size() * 2), 0);
    if (!root[word]) root[word] = new_node();
    return root[word];
  }
  if (first_word[node] == word) return first_node[node];
  if (first_word[node] == Vocab::kNone) {
    const std::uint32_t child = new_node();
    first_word[node] = word;
    first_node[node] = child;
    return child;
  }
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
  const std::uint32_t child = new_node();
  building[s] = Edge{key, child};
  ++edges;
  return child;
}

void Gazetteer::Trie::add(const std::vector<std::uint32_t>& words, GazetteerHit hit) {
  std::uint32_t node = 0;
  for (const auto w : words) node = child_or_add(node, w);
  pending_hits.emplace_back(node, hit);
}

void Gazetteer::Trie::freeze(std::size_t vocab_size) {
  // Hits grouped by node (a stable counting sort), the first of each entry kept.
  hit_start.assign(nodes + 1, 0);
  for (const auto& [node, hit] : pending_hits) ++hit_start[node + 1];
  for (std::uint32_t n = 0; n < nodes; ++n) hit_start[n + 1] += hit_start[n];
  {
    std::vector<GazetteerHit> grouped(pending_hits.size());
    std::vector<std::uint32_t> at(hit_start.begin(), hit_start.end() - 1);
    for (const auto& [node, hit] : pending_hits) grouped[at[node]++] = hit;
    hit_list.clear();
    hit_list.reserve(grouped.size());
    for (std::uint32_t n = 0; n < nodes; ++n) {
      const std::size_t begin = hit_list.size();
      for (std::uint32_t k = hit_start[n]; k < hit_start[n + 1]; ++k) {
        const GazetteerHit& h = grouped[k];
        if (std::none_of(hit_list.begin() + static_cast<std::ptrdiff_t>(begin), hit_list.end(),
                         [&](const GazetteerHit& x) { return x.entry == h.entry; }))
          hit_list.push_back(h);
      }
      hit_start[n] = static_cast<std::uint32_t>(begin);
    }
    hit_start[nodes] = static_cast<std::uint32_t>(hit_list.size());
    pending_hits = {};
  }
  root.resize(vocab_size, 0);
  // Children grouped by parent (a counting sort): the inline first children, then the table's.
  first_child.assign(nodes + 1, 0);
  for (std::uint32_t n = 1; n < nodes; ++n)
    if (first_word[n] != Vocab::kNone) ++first_child[n + 1];
  for (const Edge& e : building)
    if (e.key != kNoEdge) ++first_child[(e.key >> 32) + 1];
  for (std::uint32_t n = 0; n < nodes; ++n) first_child[n + 1] += first_child[n];
  children.assign(first_child[nodes], {0, 0});
  std::vector<std::uint32_t> fill(first_child.begin(), first_child.end() - 1);
  for (std::uint32_t n = 1; n < nodes; ++n)
    if (first_word[n] != Vocab::kNone) children[fill[n]++] = {first_word[n], first_node[n]};
  for (const Edge& e : building)
    if (e.key != kNoEdge) children[fill[e.key >> 32]++] = {static_cast<std::uint32_t>(e.key), e.child};
  building = {};
  edges = 0;
  first_word = {};
  first_node = {};
}

Gazetteer::Gazetteer(const Lexicons& lex, Vocab& vocab) : vocab_(vocab) {
  const auto& entries = lex.entries();
  std::vector<std::uint32_t> cased_ids, folded_ids;
  // Row 18.306: a person's dotted middle initial is also found written without its full stop
  // (`Tom J. Smith` as `Tom J Smith`, the news agencies' style), as the recognizer reads it.
  auto add_bare_initials = [&](const std::vector<Token>& cased, GazetteerHit hit) {
    if (entries[hit.entry].type != EntityType::Person || cased.size() < 3) return;
    const auto dotted = [](std::string_view w) { return w.size() == 2 && std::isupper(static_cast<unsigned char>(w[0])) && w[1] == '.'; };
    if (std::none_of(cased.begin() + 1, cased.end() - 1, [&](const Token& t) { return dotted(t.norm); })) return;
    cased_ids.clear();
    folded_ids.clear();
    for (std::size_t k = 0; k < cased.size(); ++k) {
      const bool bare = k > 0 && k + 1 < cased.size() && dotted(cased[k].norm);
      cased_ids.push_back(vocab.add(bare ? cased[k].norm.substr(0, 1) : cased[k].norm));
      folded_ids.push_back(vocab.add(bare ? cased[k].lower.substr(0, 1) : cased[k].lower));
    }
    exact_.add(cased_ids, hit);
    folded_.add(folded_ids, hit);
  };
  auto add_name = [&](const std::string& name, GazetteerHit hit) {
    const auto& cased = phrase_tokens(name, lex.abbreviations());  // tokenized once: each word as written and lower-cased
    if (cased.empty()) return;
    cased_ids.clear();
    folded_ids.clear();
    for (const auto& t : cased) {
      cased_ids.push_back(vocab.add(t.norm));
      folded_ids.push_back(vocab.add(t.lower));
    }
    exact_.add(cased_ids, hit);
    ++names_;
    // Folded trie: skip names whose folded form is one common word ("US" -> "us"),
    // but CHINA in a headline is still China.
    if (cased.size() == 1 && (vocab.bits(folded_ids[0]) & Lexicons::kCommonWord) &&
        !(hit.kind == GazetteerHit::Kind::Name && entries[hit.entry].type == EntityType::Country))
      return;
    folded_.add(folded_ids, hit);
    add_bare_initials(cased, hit);
  };
  // Room for about two new words (as written and folded) per name.
  std::size_t names = 0;
  for (const auto& e : entries) names += 1 + e.aliases.size() + e.demonyms.size();
  vocab.reserve(vocab.size() + 2 * names);
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

// An apostrophe written apart from the word before it with a lone `s` glued after it
// (`Moody 's`): the possessive `'s` of a tokenised text, not a quotation mark.
static bool split_possessive(const std::vector<Token>& tokens, std::size_t i, std::size_t j, std::size_t end) {
  if (j == i || j + 1 >= end) return false;
  const Token& q = tokens[j];
  const Token& s = tokens[j + 1];
  return q.kind == TokenKind::Quote && q.norm == "'" && tokens[j - 1].kind == TokenKind::Word &&
         s.kind == TokenKind::Word && !s.has(kSpaceBefore) && (s.norm == "s" || s.norm == "S");
}

// Row 23.438: one trie's walk from token i (longest()'s former lambda), a function of its
// own: the tokens, bounds and best match come in registers, not through a closure read
// again at every step, and the first word is taken apart from the rest (its root step is an
// array look-up, and no `'s` can stand first). The same steps, in the same order, for the
// same answers. Made-up example: `Kestby Town Council said`: `Kestby` by the root's array,
// `Town` and `Council` among their nodes' children, `said` among none.
template <class Trie>
[[gnu::always_inline]] static inline void walk_trie(const Trie& trie, bool folded, const Vocab& vocab,
                                                   const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                                   GazetteerMatch& best) {
  if (i >= end) return;
  const Token& first = tokens[i];
  // An interned first word that starts no name of this trie (its word bit): no walk,
  // which would read the root's children at its id.
  if (first.id != Vocab::kUnset && first.lid != Vocab::kUnset &&
      !(folded ? first.lbits & Gazetteer::kFoldedNameFirstBit : first.nbits & Gazetteer::kNameFirstBit))
    return;
  if (first.has(kFurniture) || (first.kind == TokenKind::Quote && !first.has(kPossessive))) return;
  std::uint32_t w = folded ? first.lid : first.id;
  if (w == Vocab::kUnset) w = vocab.find(folded ? first.lower : first.norm);
  std::uint32_t node = trie.step(0, w);
  const std::uint32_t* const hit_start = trie.hit_start.data();
  for (std::size_t j = i;;) {
    if (!node) return;
    if (hit_start[node] != hit_start[node + 1] && j + 1 - i > best.end_token - best.first_token) {
      best.end_token = static_cast<std::uint32_t>(j + 1);
      best.hits = trie.hits_of(node);
      best.folded = folded;
    }
    if (++j >= end) return;
    const Token& t = tokens[j];
    if (t.has(kFurniture)) return;
    // A possessive `'s` written apart (`Moody 's`, CoNLL's tokens): the apostrophe and the
    // glued `s` are the name's `'s` word (`Moody's`, `McDonald's`).
    if (split_possessive(tokens, i, j, end)) {
      w = vocab.find("'s");
      ++j;
    } else if (t.kind == TokenKind::Quote && !t.has(kPossessive)) {
      return;
    } else {
      w = folded ? t.lid : t.id;
      if (w == Vocab::kUnset) w = vocab.find(folded ? t.lower : t.norm);
    }
    node = trie.step(node, w);
  }
}

GazetteerMatch Gazetteer::longest(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                  bool allow_folded) const {
  GazetteerMatch best;
  best.first_token = best.end_token = static_cast<std::uint32_t>(i);
  walk_trie(exact_, false, vocab_, tokens, i, end, best);
  if (allow_folded) walk_trie(folded_, true, vocab_, tokens, i, end, best);
  return best;
}

}  // namespace gazette
