#pragma once
// gazette annotate's memory of the latest documents' annotations, for a later document
// of the same text (Document::duplicate_of): the part of each line after its head
// (write_annotation_jsonl()), by Document::text_key, with the document's id and text
// length to check. Bounded: at most `budget` bytes of lines are kept, the ones used least
// recently given up first; a copy whose earlier document was given up is annotated again
// by the caller (the same annotation: the text is the same). Whether a document has a
// later copy is not known when its line is written, so every line is kept until given up.
// Header-only so that the unit tests reach it (tests/unit/recent_lines_test.cpp).

#include <cstddef>
#include <cstdint>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>

namespace gazette::cli {

class RecentLines {
 public:
  explicit RecentLines(std::size_t budget) : budget_(budget) {}

  // Keeps `body`, the annotation of the document `id` of text key `key` and length
  // `text_size`; a line larger than the budget is not kept.
  void keep(std::uint64_t key, std::string_view id, std::size_t text_size, std::string_view body) {
    if (body.size() > budget_) return;
    if (const auto it = by_key_.find(key); it != by_key_.end()) drop(it->second);
    while (bytes_ + body.size() > budget_) drop(std::prev(order_.end()));
    // The node given up last is used again, with its strings' room.
    if (spare_.empty()) order_.emplace_front();
    else order_.splice(order_.begin(), spare_, spare_.begin());
    Entry& e = order_.front();
    e.key = key;
    e.id.assign(id);
    e.text_size = text_size;
    e.body.assign(body);
    bytes_ += body.size();
    by_key_[key] = order_.begin();
  }

  // The body kept for a document of text key `key` and length `text_size` whose id was
  // `id`, or null; found, it becomes the most recently used.
  const std::string* find(std::uint64_t key, std::string_view id, std::size_t text_size) {
    const auto it = by_key_.find(key);
    if (it == by_key_.end() || it->second->id != id || it->second->text_size != text_size) return nullptr;
    order_.splice(order_.begin(), order_, it->second);
    return &it->second->body;
  }

  std::size_t bytes() const { return bytes_; }

 private:
  struct Entry {
    std::uint64_t key = 0;
    std::string id;
    std::size_t text_size = 0;
    std::string body;
  };
  using Iter = std::list<Entry>::iterator;

  void drop(Iter it) {
    bytes_ -= it->body.size();
    by_key_.erase(it->key);
    spare_.splice(spare_.begin(), order_, it);
    if (spare_.size() > 1) spare_.pop_back();
  }

  const std::size_t budget_;
  std::size_t bytes_ = 0;
  std::list<Entry> order_;  // most recently used first
  std::list<Entry> spare_;  // at most one node given up, to be used again
  std::unordered_map<std::uint64_t, Iter> by_key_;
};

}  // namespace gazette::cli
