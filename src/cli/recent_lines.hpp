#pragma once
// gazette annotate's memory of the latest documents' annotations, for a later document
// of the same text (Document::duplicate_of): the part of each line after its head
// (write_annotation_jsonl()), by Document::text_key, with the document's id and text
// length to check. Whether a document has a later copy is not known when its line is
// written, so every line is kept, in a ring of `budget` bytes (allocated as it fills, never
// more): a new line takes the place of the oldest ones. A copy whose earlier document's
// line was given up is annotated again by the caller (the same annotation: the same text).
// Header-only so that the unit tests reach it (tests/unit/recent_lines_test.cpp).

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <deque>
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
    if (body.empty() || body.size() > budget_) return;
    if (write_ + body.size() > budget_) {  // the rest of the ring is left: the oldest lines there go
      while (!lines_.empty() && lines_.front().offset >= write_) pop();
      write_ = 0;
    }
    // The older lines the new one covers go.
    while (!lines_.empty() && lines_.front().offset >= write_ && lines_.front().offset < write_ + body.size()) pop();
    if (ring_.capacity() < budget_) ring_.reserve(budget_);  // pages are taken as they are written
    // Over older bytes up to the ring's end (write_ is never past it), then appended: not
    // zero-filled first by a resize() only to be overwritten (3.9 MB per 600 documents).
    const std::size_t over = std::min(body.size(), ring_.size() - write_);
    std::memcpy(ring_.data() + write_, body.data(), over);
    ring_.append(body.substr(over));
    lines_.push_back({key, std::string(id), text_size, write_, body.size()});
    by_key_[key] = popped_ + lines_.size() - 1;
    write_ += body.size();
  }

  // The body kept for a document of text key `key` and length `text_size` whose id was
  // `id`, or an empty view; valid until the next keep().
  std::string_view find(std::uint64_t key, std::string_view id, std::size_t text_size) const {
    const auto it = by_key_.find(key);
    if (it == by_key_.end()) return {};
    const Line& l = lines_[it->second - popped_];
    if (l.id != id || l.text_size != text_size) return {};
    return std::string_view(ring_).substr(l.offset, l.size);
  }

  std::size_t lines() const { return lines_.size(); }

 private:
  struct Line {
    std::uint64_t key;
    std::string id;
    std::size_t text_size, offset, size;  // the body: ring_[offset, offset + size)
  };

  void pop() {
    const auto it = by_key_.find(lines_.front().key);
    if (it != by_key_.end() && it->second == popped_) by_key_.erase(it);
    lines_.pop_front();
    ++popped_;
  }

  const std::size_t budget_;
  std::string ring_;
  std::size_t write_ = 0;   // where the next line goes
  std::deque<Line> lines_;  // oldest first
  std::size_t popped_ = 0;  // lines given up so far: lines_[i] is line number popped_ + i
  std::unordered_map<std::uint64_t, std::size_t> by_key_;  // the latest line of a key
};

}  // namespace gazette::cli
