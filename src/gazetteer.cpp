#include "gazette/gazetteer.hpp"

#include "gazette/lexicon.hpp"

namespace gazette {

void Gazetteer::Trie::add(const std::vector<std::string>& words, GazetteerHit hit) {
  std::uint32_t node = 0;
  for (const auto& w : words) {
    auto vit = vocab.find(w);
    if (vit == vocab.end()) {
      storage.push_back(w);
      vit = vocab.emplace(storage.back(), static_cast<std::uint32_t>(vocab.size() + 1)).first;
    }
    const std::uint64_t key = (static_cast<std::uint64_t>(node) << 32) | vit->second;
    auto [nit, added] = next.emplace(key, nodes);
    if (added) ++nodes;
    node = nit->second;
  }
  if (hits.size() < nodes) hits.resize(nodes);
  auto& h = hits[node];
  for (const auto& x : h)
    if (x.entry == hit.entry) return;
  h.push_back(hit);
}

std::uint32_t Gazetteer::Trie::step(std::uint32_t node, std::string_view word) const {
  auto v = vocab.find(word);
  if (v == vocab.end()) return 0;
  auto it = next.find((static_cast<std::uint64_t>(node) << 32) | v->second);
  return it == next.end() ? 0 : it->second;
}

Gazetteer::Gazetteer(const Lexicons& lex) {
  const auto& entries = lex.entries();
  auto add_name = [&](const std::string& name, GazetteerHit hit) {
    const auto cased = phrase_words(name, /*keep_case=*/true);  // tokenized once
    if (cased.empty()) return;
    std::vector<std::string> words;
    words.reserve(cased.size());
    for (const auto& w : cased) words.push_back(to_lower(w));
    exact_.add(cased, hit);
    ++names_;
    // Folded trie: skip short acronyms and names whose folded form is a common word ("US" -> "us").
    if (words.size() == 1 && lex.is_common_word(words[0]) &&
        !(hit.kind == GazetteerHit::Kind::Name && lex.entries()[hit.entry].type == EntityType::Country))
      return;  // "US" -> "us"; but CHINA in a headline is still China
    folded_.add(words, hit);
  };
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    const auto& e = entries[i];
    add_name(e.name, {i, GazetteerHit::Kind::Name});
    for (const auto& al : e.aliases) add_name(al, {i, GazetteerHit::Kind::Alias});
    for (const auto& dm : e.demonyms) add_name(dm, {i, GazetteerHit::Kind::Demonym});
  }
  exact_.hits.resize(exact_.nodes);
  folded_.hits.resize(folded_.nodes);
}

GazetteerMatch Gazetteer::longest(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                  bool allow_folded) const {
  GazetteerMatch best;
  best.first_token = best.end_token = static_cast<std::uint32_t>(i);
  auto walk = [&](const Trie& trie, bool folded) {
    std::uint32_t node = 0;
    std::string low;
    for (std::size_t j = i; j < end; ++j) {
      const Token& t = tokens[j];
      if (t.has(kFurniture)) break;
      if (t.kind == TokenKind::Quote && !t.has(kPossessive)) break;
      if (folded) {
        low = to_lower(t.norm);
        node = trie.step(node, low);
      } else {
        node = trie.step(node, t.norm);
      }
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
