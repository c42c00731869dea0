// Vocab: the interned words of all loaded data, and what the data says about each.
//
// Every string the lexicons know (the words of gazetteer names in both cases, given
// names, common words, head words, the words of title / speech / relation phrases)
// gets a dense id (1..size()-1; 0 = not a known word). Each token of a document is
// looked up once (Lexicons::intern) and carries the ids of its `norm` and `lower`
// forms, so the recognizer's membership tests are bit tests and gazetteer trie steps
// are array look-ups instead of string hashing.
// (A hash's low bits pick the slot; the slot keeps the word's first 8 bytes and its
// length, so most look-ups touch one cache line. It also keeps the word's data bits and
// its word lists' mask index, so interning a token reads nothing else: row 23.330.)
//
// The table is open addressing over a power-of-two slot array with a 64-bit hash of
// the bytes; ids index flat per-word arrays. Built while data loads, then read-only:
// const methods are safe from many threads.
#pragma once

#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

class Vocab {
  friend struct LexiconSnapshot;  // lexicon_snapshot.cpp: writes and restores the table

 public:
  static constexpr std::uint32_t kNone = 0;                 // not a known word
  static constexpr std::uint32_t kUnset = 0xFFFFFFFFu;      // token not interned yet

  Vocab() { clear(); }
  // A copy owns its table (a borrowed one stays borrowed: it is read-only and static).
  Vocab(const Vocab& o);
  Vocab& operator=(const Vocab& o);
  Vocab(Vocab&&) noexcept = default;  // a vector's buffer moves with it: table_ stays valid
  Vocab& operator=(Vocab&&) noexcept = default;
  void clear();
  // The id of `w`, adding it when new.
  std::uint32_t add(std::string_view w);
  // Room for `words` words in all without the table growing.
  void reserve(std::size_t words);
  // A word's id and data bits, from one probe of the table.
  struct Found {
    std::uint32_t id = kNone;
    std::uint32_t bits = 0;
    std::uint32_t lists = 0;  // lists(id): the word lists' mask index (set_lists)
  };
  // Look-ups in two steps, for batches: prepare() hashes the word and prefetches its
  // slot; lookup() probes. Interning a document prepares a block of tokens, then probes
  // them, so the slots' cache misses overlap.
  struct Probe {
    std::uint64_t head = 0, h = 0;
  };
  Probe prepare(std::string_view w) const {
    const Probe p = probe(w);
    __builtin_prefetch(&table_[p.h & mask_]);
    return p;
  }
  Found lookup(std::string_view w, const Probe& p) const {
    const Slot& slot = table_[slot_of(w, p)];
    return {slot.key & kIdMask, slot.bits, slot.lists};  // a free slot: kNone, no bits, no lists
  }
  Found lookup(std::string_view w) const { return lookup(w, probe(w)); }
  // The id of `w`, or kNone.
  std::uint32_t find(std::string_view w) const { return lookup(w).id; }
  std::size_t size() const { return words_.size(); }  // ids are below size()
  std::string_view word(std::uint32_t id) const { return words_[id]; }

  // Per-word data bits (see Lexicons::WordBit, 16 at most); 0 for kNone.
  std::uint32_t bits(std::uint32_t id) const { return bits_[id] & 0xFFFFu; }
  void set_bits(std::uint32_t id, std::uint32_t b);
  // Per-word index of a word-list mask (Lexicons' word_masks_, 0: in no list), kept in the
  // upper half of bits_ and mirrored in the word's slot, where Lexicons::intern() reads it
  // with the id (row 23.330: one cache line a form, not a second one in a per-id array).
  // Sets every word's: of[id] for id < of.size(), 0 for the others; capped at 0xFFFF
  // (Lexicons' kMaskUnset, "not kept").
  void set_lists(const std::vector<std::uint32_t>& of);
  std::uint32_t lists(std::uint32_t id) const { return bits_[id] >> 16; }
  // Ids fit in 24 bits: the slot keeps the word's length in the other 8.
  static constexpr std::uint32_t kMaxWords = 1u << 24;

  // The first 8 bytes of `w`, zero-padded, as one integer.
  // (Little-endian byte order, read with at most two loads and never past the word.)
  static std::uint64_t pack8(std::string_view w) {
    const char* p = w.data();
    const std::size_t n = w.size();
    if (n >= 8) return load_le<std::uint64_t>(p);
    if (n >= 4) {  // two overlapping 4-byte loads; the overlap holds the same bytes
      const std::uint64_t lo = load_le<std::uint32_t>(p), hi = load_le<std::uint32_t>(p + n - 4);
      return lo | (hi << (8 * (n - 4)));
    }
    if (n == 0) return 0;
    const auto b = [&](std::size_t k) { return static_cast<std::uint64_t>(static_cast<unsigned char>(p[k])) << (8 * k); };
    return b(0) | b(n / 2) | b(n - 1);  // n = 1..3: bytes 0, n/2, n-1 cover them all
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
  template <class U>
  static U load_le(const char* p) {
    U v;
    std::memcpy(&v, p, sizeof v);
    if constexpr (std::endian::native == std::endian::big) v = byteswap_(v);
    return v;
  }
  template <class U>
  static U byteswap_(U v) {
    U r = 0;
    for (std::size_t k = 0; k < sizeof v; ++k) r = static_cast<U>((r << 8) | ((v >> (8 * k)) & 0xFF));
    return r;
  }
  // 16 bytes: a word's bits and lists live in its slot, so a look-up touches one cache line.
  // (Row 23.330: the key held a 32-bit id and a 16-bit tag of the length and 8 hash bits;
  // the id now has 24 bits and the hash bits gave their place to the lists. They only
  // spared a look at the stored word when two words of more than 8 bytes with the same
  // first 8 and the same length met on one probe sequence.)
  struct Slot {
    std::uint64_t head = 0;   // pack8(word)
    std::uint32_t key = 0;    // id (low 24 bits) and length (capped at 255, high 8): make_key(); 0: free
    std::uint16_t bits = 0;   // bits(id), mirrored
    std::uint16_t lists = 0;  // lists(id), mirrored
  };
  static constexpr std::uint32_t kIdMask = kMaxWords - 1;
  static std::uint32_t length_key(std::string_view w) {
    return (w.size() < 255 ? static_cast<std::uint32_t>(w.size()) : 255u) << 24;
  }
  static std::uint32_t make_key(std::string_view w, std::uint32_t id) { return length_key(w) | id; }
  static Probe probe(std::string_view w) {
    Probe p;
    p.head = pack8(w);
    p.h = hash(w, p.head);
    return p;
  }
  // The slot holding `w`, or the free slot where it would go.
  std::size_t slot_of(std::string_view w, const Probe& p) const {
    const std::uint32_t len = length_key(w);
    for (std::size_t s = p.h & mask_;; s = (s + 1) & mask_) {
      const Slot& slot = table_[s];
      if (slot.key == 0) return s;  // a free slot (ids start at 1)
      // Words of up to 8 bytes are compared in the slot alone (no access to the word's storage).
      if (slot.head == p.head && (slot.key & ~kIdMask) == len && (w.size() <= 8 || same_tail(words_[slot.key & kIdMask], w)))
        return s;
    }
  }
  // Whether a stored word equals `w`, a word of more than 8 bytes whose first 8 the slot's
  // head matched: the rest compared 8 bytes at a time, inline (no call to memcmp for a
  // word that is mostly compared in one or two loads).
  static bool same_tail(std::string_view stored, std::string_view w) {
    const std::size_t n = w.size();
    if (stored.size() != n) return false;
    const char* const a = stored.data();
    const char* const b = w.data();
    for (std::size_t k = 8; k + 8 < n; k += 8)
      if (load_le<std::uint64_t>(a + k) != load_le<std::uint64_t>(b + k)) return false;
    return load_le<std::uint64_t>(a + n - 8) == load_le<std::uint64_t>(b + n - 8);  // the last 8 (overlapping)
  }
  void rehash(std::size_t slots);  // a new table of `slots` slots (a power of two) holding every word
  void place(std::uint32_t id);
  // The words' bytes, in chunks that never move (words_ views point into them).
  std::vector<std::unique_ptr<char[]>> chunks_;
  std::size_t chunk_used_ = 0, chunk_size_ = 0;
  std::string_view store(std::string_view w);
  std::vector<std::string_view> words_;
  std::vector<std::uint32_t> bits_;
  std::vector<Slot> slots_;
  // The table look-ups read: slots_.data(), or a table borrowed from the precompiled
  // data (lexicon_snapshot.cpp), read-only and never freed; own() copies it before a change.
  const Slot* table_ = nullptr;
  void own();
  std::size_t mask_ = 0;
};

// A map from strings to 32-bit values over a Vocab: flat, no allocation per key (the
// keys' bytes go into the Vocab's chunks). Used for the gazetteer's id and name indexes.
class StringIndex {
  friend struct LexiconSnapshot;

 public:
  static constexpr std::uint32_t kAbsent = 0xFFFFFFFFu;
  // Maps `key` to `value` unless it is mapped already; returns the value now mapped.
  std::uint32_t emplace(std::string_view key, std::uint32_t value) {
    const std::uint32_t k = keys_.add(key);
    if (k >= values_.size()) values_.resize(k + 1, kAbsent);
    if (values_[k] == kAbsent) values_[k] = value;
    return values_[k];
  }
  // The value of `key`, or kAbsent.
  std::uint32_t find(std::string_view key) const {
    const std::uint32_t k = keys_.find(key);
    return k == Vocab::kNone || k >= values_.size() ? kAbsent : values_[k];
  }
  void clear() {
    keys_.clear();
    values_.clear();
  }

 private:
  Vocab keys_;
  std::vector<std::uint32_t> values_;
};

}  // namespace gazette
