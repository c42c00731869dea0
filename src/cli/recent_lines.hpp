#pragma once
// gazette annotate's memory of the latest documents' annotations, for a later document
// of the same text (Document::duplicate_of): the part of each line after its head
// (write_annotation_jsonl()), by Document::text_key, with the document's id and text
// length to check. Whether a document has a later copy is not known when its line is
// written, so every line is kept: where it was written, in the output's blocks
// (StdoutLines), never copied (row 23.414). A line is found by its block and offset: the
// current block (the one lines are appended to) until it is written out, then the block
// handed over by retire(). The written blocks are kept up to `budget` bytes; beyond it
// the oldest ones, with their lines, are given up and their buffers handed back as the
// next current block (no allocation once the budget is reached). A copy whose earlier
// document's line was given up is annotated again by the caller (the same annotation:
// the same text).
// Header-only so that the unit tests reach it (tests/unit/recent_lines_test.cpp).

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>

namespace gazette::cli {

class RecentLines {
 public:
  // `current`: the block the lines are appended to (StdoutLines::text()), read by
  // find() for the lines not yet retired; it must outlive this object.
  RecentLines(std::size_t budget, const std::string& current) : budget_(budget), current_(&current) {}

  // Keeps the annotation of the document `id` of text key `key` and length `text_size`:
  // the bytes [offset, offset + size) of the current block.
  void keep(std::uint64_t key, std::string_view id, std::size_t text_size, std::size_t offset, std::size_t size) {
    if (size == 0) return;
    lines_.push_back({key, std::string(id), text_size, current_number(), offset, size});
    by_key_[key] = popped_ + lines_.size() - 1;
  }

  // The current block, written out: moved in with its lines (its bytes stay where they
  // are), and `block` left empty with room for as many bytes, the buffer of the oldest
  // block given up when the kept ones pass the budget.
  void retire(std::string& block) {
    const std::size_t room = block.capacity();
    kept_bytes_ += block.size();
    blocks_.push_back(std::move(block));
    std::string spare;
    while (kept_bytes_ > budget_) {
      kept_bytes_ -= blocks_.front().size();
      spare = std::move(blocks_.front());
      blocks_.pop_front();
      ++given_up_;
      while (!lines_.empty() && lines_.front().block < given_up_) pop();
    }
    spare.clear();
    if (spare.capacity() < room) spare.reserve(room);  // not grown again line by line
    block = std::move(spare);
  }

  // The body kept for a document of text key `key` and length `text_size` whose id was
  // `id`, or an empty view; valid until the next retire(), and, for a line of the current
  // block, until that block is next appended to.
  std::string_view find(std::uint64_t key, std::string_view id, std::size_t text_size) const {
    const auto it = by_key_.find(key);
    if (it == by_key_.end()) return {};
    const Line& l = lines_[it->second - popped_];
    if (l.id != id || l.text_size != text_size) return {};
    const std::string& b = l.block == current_number() ? *current_ : blocks_[l.block - given_up_];
    return std::string_view(b).substr(l.offset, l.size);
  }

  std::size_t lines() const { return lines_.size(); }
  std::size_t blocks() const { return blocks_.size(); }  // retired and kept

 private:
  struct Line {
    std::uint64_t key;
    std::string id;
    std::size_t text_size;
    std::size_t block;         // its number: blocks_[block - given_up_], or the current one
    std::size_t offset, size;  // the body: the block's [offset, offset + size)
  };

  std::size_t current_number() const { return given_up_ + blocks_.size(); }

  void pop() {
    const auto it = by_key_.find(lines_.front().key);
    if (it != by_key_.end() && it->second == popped_) by_key_.erase(it);
    lines_.pop_front();
    ++popped_;
  }

  const std::size_t budget_;
  const std::string* const current_;
  std::deque<std::string> blocks_;  // retired, oldest first
  std::size_t kept_bytes_ = 0;      // their sizes' sum
  std::size_t given_up_ = 0;        // blocks given up so far: blocks_[i] is block number given_up_ + i
  std::deque<Line> lines_;          // oldest first
  std::size_t popped_ = 0;          // lines given up so far: lines_[i] is line number popped_ + i
  std::unordered_map<std::uint64_t, std::size_t> by_key_;  // the latest line of a key
};

}  // namespace gazette::cli
