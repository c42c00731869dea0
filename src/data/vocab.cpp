#include "gazette/vocab.hpp"

#include <algorithm>
#include <stdexcept>

namespace gazette {

Vocab::Vocab(const Vocab& o) { *this = o; }

Vocab& Vocab::operator=(const Vocab& o) {
  if (this == &o) return *this;
  clear();
  for (std::uint32_t id = 1; id < o.words_.size(); ++id) set_bits(add(o.words_[id]), o.bits_[id]);
  rehash(o.mask_ + 1);  // the same table size, so the same probe sequences
  return *this;
}

void Vocab::clear() {
  chunks_.clear();
  chunk_used_ = chunk_size_ = 0;
  words_.assign(1, std::string_view());
  bits_.assign(1, 0);
  slots_.assign(1024, Slot{});
  table_ = slots_.data();
  mask_ = slots_.size() - 1;
}

void Vocab::own() {
  if (table_ == slots_.data()) return;
  slots_.assign(table_, table_ + mask_ + 1);
  table_ = slots_.data();
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
  const Probe p = probe(w);
  const std::size_t s = slot_of(w, p);
  if (table_[s].key != 0) return table_[s].key & kIdMask;
  own();
  const auto id = static_cast<std::uint32_t>(words_.size());
  if (id >= kMaxWords) throw std::length_error("vocabulary: more than 16,777,215 words");
  words_.push_back(store(w));
  bits_.push_back(0);
  if ((words_.size() + 1) * 2 > slots_.size()) rehash(slots_.size() * 2);  // places every word, this one included
  else slots_[s] = Slot{p.head, make_key(w, id), 0, 0};
  return id;
}

void Vocab::reserve(std::size_t words) {
  words_.reserve(words + 1);
  bits_.reserve(words + 1);
  std::size_t n = mask_ + 1;
  while ((words + 1) * 2 > n) n *= 2;
  if (n != mask_ + 1) rehash(n);
}

void Vocab::rehash(std::size_t slots) {
  slots_.assign(slots, Slot{});
  table_ = slots_.data();
  mask_ = slots_.size() - 1;
  for (std::uint32_t id = 1; id < words_.size(); ++id) place(id);
}

void Vocab::place(std::uint32_t id) {
  const std::string_view w = words_[id];
  const Probe p = probe(w);
  std::size_t s = p.h & mask_;
  while (slots_[s].key != 0) s = (s + 1) & mask_;  // the words are distinct: the first free slot
  slots_[s] = Slot{p.head, make_key(w, id), static_cast<std::uint16_t>(bits_[id]), static_cast<std::uint16_t>(bits_[id] >> 16)};
}

// Row 23.330: bits_[id]'s upper half, then every slot's mirror in one pass over the table.
void Vocab::set_lists(const std::vector<std::uint32_t>& of) {
  for (std::size_t id = 1; id < bits_.size(); ++id) {
    const std::uint32_t m = id < of.size() ? std::min<std::uint32_t>(of[id], 0xFFFFu) : 0u;
    bits_[id] = (bits_[id] & 0xFFFFu) | (m << 16);
  }
  own();
  for (auto& slot : slots_)
    if (slot.key != 0) slot.lists = static_cast<std::uint16_t>(bits_[slot.key & kIdMask] >> 16);
}

void Vocab::set_bits(std::uint32_t id, std::uint32_t b) {
  if (id == kNone || id >= words_.size()) return;
  bits_[id] |= b;
  own();
  const std::string_view w = words_[id];
  slots_[slot_of(w, probe(w))].bits = static_cast<std::uint16_t>(bits_[id]);
}

}  // namespace gazette
