// Vocab: the interned words of all loaded data, and what the data says about each.
//
// Every string the lexicons know (the words of gazetteer names in both cases, given
// names, common words, head words, the words of title / speech / relation phrases)
// gets a dense id (1..size()-1; 0 = not a known word). Each token of a document is
// looked up once (Lexicons::intern) and carries the ids of its `norm` and `lower`
// forms, so the recognizer's membership tests are bit tests and gazetteer trie steps
// are array look-ups instead of string hashing.
// (A hash's low bits pick the slot; the slot keeps the word's first 8 bytes and its
// length, so most look-ups touch one cache line.)
//
// The table is open addressing over a power-of-two slot array with a 64-bit hash of
// the bytes; ids index flat per-word arrays. Built while data loads, then read-only:
// const methods are safe from many threads.
#pragma once

#include <cstdint>
#include <cstring>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

class Vocab {
 public:
  static constexpr std::uint32_t kNone = 0;                 // not a known word
  static constexpr std::uint32_t kUnset = 0xFFFFFFFFu;      // token not interned yet

  Vocab() { clear(); }
  void clear();
  // The id of `w`, adding it when new.
  std::uint32_t add(std::string_view w);
  // The id of `w`, or kNone.
  std::uint32_t find(std::string_view w) const {
    const std::uint64_t head = pack8(w);
    const std::uint64_t h = hash(w, head);
    const std::uint32_t tag = make_tag(w, h);
    for (std::size_t s = h & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = slots_[s];
      if (slot.id == kNone) return kNone;
      // Words of up to 8 bytes are compared in the slot alone (no access to the word's storage).
      if (slot.head == head && slot.tag == tag && (w.size() <= 8 || words_[slot.id] == w)) return slot.id;
    }
  }
  std::size_t size() const { return words_.size(); }  // ids are below size()
  std::string_view word(std::uint32_t id) const { return words_[id]; }

  // Per-word data bits (see Lexicons::WordBit); 0 for kNone.
  std::uint32_t bits(std::uint32_t id) const { return bits_[id]; }
  void set_bits(std::uint32_t id, std::uint32_t b) { bits_[id] |= b; }

  // The first 8 bytes of `w`, zero-padded, as one integer.
  static std::uint64_t pack8(std::string_view w) {
    std::uint64_t v = 0;
    const std::size_t n = w.size() < 8 ? w.size() : 8;
    for (std::size_t k = 0; k < n; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[k])) << (8 * k);
    return v;
  }
  static std::uint64_t hash(std::string_view w, std::uint64_t head) {
    std::uint64_t h = (head ^ (w.size() * 0x9E3779B97F4A7C15ull)) * 0xFF51AFD7ED558CCDull;
    for (std::size_t p = 8; p < w.size(); p += 8) {
      h ^= h >> 32;
      h = (h ^ pack8(w.substr(p))) * 0xC4CEB9FE1A85EC53ull;
    }
    h ^= h >> 29;
    h *= 0xFF51AFD7ED558CCDull;
    h ^= h >> 32;
    return h;
  }

 private:
  struct Slot {
    std::uint64_t head = 0;   // pack8(word)
    std::uint32_t id = kNone;
    std::uint32_t tag = 0;    // length (capped) and hash bits: make_tag()
  };
  static std::uint32_t make_tag(std::string_view w, std::uint64_t h) {
    const std::uint32_t len = w.size() < 255 ? static_cast<std::uint32_t>(w.size()) : 255u;
    return (len << 24) | static_cast<std::uint32_t>((h >> 40) & 0xFFFFFF);
  }
  void grow();
  void place(std::uint32_t id);
  std::deque<std::string> store_;
  std::vector<std::string_view> words_;
  std::vector<std::uint32_t> bits_;
  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
};

}  // namespace gazette
