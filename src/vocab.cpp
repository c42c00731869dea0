#include "gazette/vocab.hpp"

#include <algorithm>

namespace gazette {

void Vocab::clear() {
  chunks_.clear();
  chunk_used_ = chunk_size_ = 0;
  words_.assign(1, std::string_view());
  bits_.assign(1, 0);
  slots_.assign(1024, Slot{});
  mask_ = slots_.size() - 1;
}

std::string_view Vocab::store(std::string_view w) {
  constexpr std::size_t kChunk = 64 * 1024;
  if (chunk_used_ + w.size() > chunk_size_) {
    chunk_size_ = std::max(kChunk, w.size());
    chunks_.push_back(std::make_unique<char[]>(chunk_size_));
    chunk_used_ = 0;
  }
  char* p = chunks_.back().get() + chunk_used_;
  if (!w.empty()) std::memcpy(p, w.data(), w.size());
  chunk_used_ += w.size();
  return {p, w.size()};
}

std::uint32_t Vocab::add(std::string_view w) {
  const std::uint64_t head = pack8(w), h = hash(w, head);
  const std::uint16_t tag = make_tag(w, h);
  std::size_t s = h & mask_;
  for (;; s = (s + 1) & mask_) {  // find() with the hash kept, ending at the free slot
    const Slot& slot = slots_[s];
    if (slot.id == kNone) break;
    if (slot.head == head && slot.tag == tag && (w.size() <= 8 || words_[slot.id] == w)) return slot.id;
  }
  const auto id = static_cast<std::uint32_t>(words_.size());
  words_.push_back(store(w));
  bits_.push_back(0);
  if ((words_.size() + 1) * 2 > slots_.size()) {
    grow();  // places every word, this one included
  } else {
    slots_[s] = Slot{head, id, tag, 0};
  }
  return id;
}

void Vocab::reserve(std::size_t words) {
  words_.reserve(words + 1);
  bits_.reserve(words + 1);
  std::size_t n = slots_.size();
  while ((words + 1) * 2 > n) n *= 2;
  if (n == slots_.size()) return;
  slots_.assign(n, Slot{});
  mask_ = slots_.size() - 1;
  for (std::uint32_t id = 1; id < words_.size(); ++id) place(id);
}

void Vocab::grow() {
  slots_.assign(slots_.size() * 2, Slot{});
  mask_ = slots_.size() - 1;
  for (std::uint32_t id = 1; id < words_.size(); ++id) place(id);
}

void Vocab::place(std::uint32_t id) {
  const std::string_view w = words_[id];
  const std::uint64_t head = pack8(w), h = hash(w, head);
  std::size_t s = h & mask_;
  while (slots_[s].id != kNone) s = (s + 1) & mask_;
  slots_[s] = Slot{head, id, make_tag(w, h), static_cast<std::uint16_t>(bits_[id])};
}

void Vocab::set_bits(std::uint32_t id, std::uint32_t b) {
  if (id == kNone || id >= words_.size()) return;
  bits_[id] |= b;
  const std::string_view w = words_[id];
  const std::uint64_t h = hash(w, pack8(w));
  for (std::size_t s = h & mask_;; s = (s + 1) & mask_)
    if (slots_[s].id == id) {
      slots_[s].bits = static_cast<std::uint16_t>(bits_[id]);
      return;
    }
}

}  // namespace gazette
