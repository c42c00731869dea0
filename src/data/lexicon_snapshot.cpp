// The precompiled built-in data (Lexicons::snapshot, restore, load_prebuilt; lexicon.hpp).
//
// READS: a Lexicons loaded and finalized (snapshot); an image snapshot() wrote (restore).
// WRITES: one flat image of every member of a finalized Lexicons: vectors of plain values
//   as their bytes, strings and nested lists with their lengths first, hash maps as sorted
//   lists; the vocabulary's words and slot table as they are (load_prebuilt() reads both
//   in place in the compiled-in image; restore() copies them),
//   the gazetteer's frozen tries, the phrase indexes, the word masks. The furniture
//   patterns are kept as their sources and compiled again, each scope's as one RE2
//   (FurnitureScope::join(); RE2 objects have no bytes to keep).
// NEEDS: the same binary layout on both sides: the image is written at build time by
//   gazette_make_snapshot (tools/make_snapshot.cpp) from the same sources as the program
//   reading it; its header names the layout, and an image of another layout is refused.
#include "gazette/builtin_data.hpp"
#include "gazette/gazetteer.hpp"
#include "gazette/lexicon.hpp"


#include <algorithm>
#include <bitset>
#include <cstring>
#include <memory>
#include <string>
#include <stdexcept>
#include <type_traits>

namespace gazette {

// A binary built without the images (gazette_make_snapshot itself, the fuzz target) gets
// these empty ones: Lexicons then load the JSON files.
[[gnu::weak]] std::string_view builtin_snapshot() { return {}; }
[[gnu::weak]] std::string_view builtin_word_lists_snapshot() { return {}; }

// Every member of these types is written and read below (fields(), write(), read_tables()):
// a member added to one of them must be added there too, or the precompiled data would
// silently lack it. These sizes (64-bit libstdc++) make the build say so. A new word list
// (an entry of `Words`) only grows Lexicons::word_lists_, which is written whole: the size
// of Lexicons is checked without it (nor suffix_tests_, a word each, rebuilt by index_suffixes()).
#if defined(__GLIBCXX__) && __SIZEOF_POINTER__ == 8
static_assert(sizeof(Lexicons) - static_cast<std::size_t>(Words::kCount) * sizeof(std::vector<std::string>) == 2024 + static_cast<std::size_t>(Words::kCount) * 8 && sizeof(GazetteerEntry) == 432 && sizeof(TitleEntry) == 104 &&
                  sizeof(SpeechCue) == 48 && sizeof(RelationCue) == 40 && sizeof(PatternToken) == 152 &&
                  sizeof(NamePattern) == 80 && sizeof(PhraseIndex) == 88 && sizeof(Gazetteer) == 480 &&
                  sizeof(Vocab) == 128 && sizeof(StringIndex) == 152 && sizeof(Abbreviations) == 184 &&
                  sizeof(FurnitureRules) == 216 && sizeof(Role) == 64,
              "a data type changed: add its new members to lexicon_snapshot.cpp, then update these sizes");
#endif

struct LexiconSnapshot {
  using Pair = std::pair<std::uint32_t, std::uint32_t>;
  using Mask = std::bitset<kWordListCapacity>;
  static_assert(std::is_trivially_copyable_v<Mask> && std::is_trivially_copyable_v<Vocab::Slot>);
  // Kept as their bytes: values with no padding and no pointers.
  template <class T>
  static constexpr bool kBulk = std::is_arithmetic_v<T> || std::is_enum_v<T> || std::is_same_v<T, Vocab::Slot> ||
                                std::is_same_v<T, Mask>;
  template <class T> struct IsVector : std::false_type {};
  template <class T> struct IsVector<std::vector<T>> : std::true_type {};
  template <class T> struct IsArray : std::false_type {};
  template <class T, std::size_t N> struct IsArray<std::array<T, N>> : std::true_type {};

  // The layout the image was written with: a different one is refused. (3: row 23.330's
  // Vocab slot, of the same size as 2's but an id-and-length key and the word's lists.)
  static std::string header() {
    return "gazette-snapshot 3; slot " + std::to_string(sizeof(Vocab::Slot)) + "; lists " +
           std::to_string(static_cast<std::size_t>(Words::kCount)) + "/" + std::to_string(kWordListCapacity) +
           "; size_t " + std::to_string(sizeof(std::size_t)) + "\n";
  }

  struct Out {
    std::string buf;
    template <class T> void bytes(const T* p, std::size_t n) { buf.append(reinterpret_cast<const char*>(p), n * sizeof(T)); }
    void count(std::size_t n) {
      const auto v = static_cast<std::uint64_t>(n);
      bytes(&v, 1);
    }
    void align() { buf.resize((buf.size() + 15) / 16 * 16, '\0'); }  // for a table read in place
    template <class T> void operator()(const T& v) {
      if constexpr (kBulk<T>) {
        bytes(&v, 1);
      } else if constexpr (std::is_same_v<T, std::string>) {
        count(v.size());
        bytes(v.data(), v.size());
      } else if constexpr (IsVector<T>::value || IsArray<T>::value) {
        if constexpr (IsVector<T>::value) count(v.size());
        if constexpr (IsVector<T>::value && kBulk<typename T::value_type>) align();  // In reads it in one step (row 23.164)
        if constexpr (kBulk<typename T::value_type>) bytes(v.data(), v.size());
        else for (const auto& x : v) (*this)(x);
      } else {
        fields(*this, const_cast<T&>(v));  // fields() names the members; Out only reads them
      }
    }
    template <class... T> void all(const T&... v) { ((*this)(v), ...); }
  };

  struct In {
    std::string_view s;
    std::size_t at = 0;
    bool borrow = false;  // tables may point into `s` (static: the compiled-in image)
    void align() { view((16 - at % 16) % 16); }
    // The errors out of line (cold): the reads below are made at every field of every entry.
    [[noreturn, gnu::cold, gnu::noinline]] static void fail(const char* what) { throw std::runtime_error(what); }
    template <class T> void bytes(T* p, std::size_t n) {
      const std::size_t b = n * sizeof(T);
      if (s.size() - at < b) [[unlikely]] fail("truncated data snapshot");
      if (b) std::memcpy(p, s.data() + at, b);
      at += b;
    }
    std::size_t count() {
      std::uint64_t v = 0;
      bytes(&v, 1);
      if (v > s.size() - at) [[unlikely]] fail("corrupt data snapshot");
      return static_cast<std::size_t>(v);
    }
    std::string_view view(std::size_t n) {
      if (s.size() - at < n) [[unlikely]] fail("truncated data snapshot");
      at += n;
      return s.substr(at - n, n);
    }
    template <class T> void operator()(T& v) {
      if constexpr (kBulk<T>) {
        bytes(&v, 1);
      } else if constexpr (std::is_same_v<T, std::string>) {
        // Most of the gazetteer's optional fields are empty: no call to assign() for them (row
        // 23.162); any other is made anew and moved in, not assigned through the general
        // replace (row 23.168).
        if (const std::size_t n = count(); n != 0) v = std::string(view(n));
        else v.clear();
      } else if constexpr (IsVector<T>::value || IsArray<T>::value) {
        using V = typename T::value_type;
        if constexpr (IsVector<T>::value && kBulk<V>) {
          // Copied from the image in one step when its bytes are aligned for V (always, in an
          // image at an address aligned to 16), not zero-filled by resize() and then copied
          // over (row 23.164).
          const std::size_t n = count();
          align();  // Out aligned the values (to 16 bytes from the image's start)
          if (n > (s.size() - at) / sizeof(V)) [[unlikely]] fail("truncated data snapshot");
          if (const char* p = s.data() + at; reinterpret_cast<std::uintptr_t>(p) % alignof(V) == 0) {
            v.assign(reinterpret_cast<const V*>(p), reinterpret_cast<const V*>(p) + n);
            at += n * sizeof(V);
            return;
          }
          v.resize(n);
          bytes(v.data(), n);
          return;
        }
        if constexpr (IsVector<T>::value) v.resize(count());
        if constexpr (kBulk<V>) bytes(v.data(), v.size());
        else for (auto& x : v) (*this)(x);
      } else {
        fields(*this, v);
      }
    }
    template <class... T> void all(T&... v) { ((*this)(v), ...); }
  };

  template <class A> static void fields(A& a, Pair& p) { a.all(p.first, p.second); }
  template <class A> static void fields(A& a, Role& r) { a.all(r.title, r.of); }
  template <class A> static void fields(A& a, GazetteerEntry& e) {
    a.all(e.id, e.name, e.type, e.aliases, e.wikidata, e.demonyms, e.capitals, e.country, e.part_of, e.roles,
          e.person_keys, e.capital_of, e.seat, e.namesake_city, e.namesake_state, e.source, e.line);
  }
  template <class A> static void fields(A& a, TitleEntry& t) { a.all(t.title, t.kind, t.default_country, t.bodies, t.state_office, t.lower_case_state_seat); }
  template <class A> static void fields(A& a, SpeechCue& c) {
    a.all(c.lemma, c.reporting, c.takes_object, c.that_optional, c.np_object, c.to_infinitive, c.object_infinitive, c.noun_phrase, c.question, c.before_quote, c.kind);
  }
  template <class A> static void fields(A& a, RelationCue& c) { a.all(c.type, c.frame, c.role); }
  template <class A> static void fields(A& a, PatternToken& t) {
    a.all(t.lex, t.not_lex, t.shape, t.text, t.op, t.capture, t.no_space, t.lex_id, t.not_lex_id, t.shape_id, t.text_ids);
  }
  template <class A> static void fields(A& a, NamePattern& p) { a.all(p.id, p.label, p.tokens, p.confidence, p.starts_capitalised); }
  template <class A> static void fields(A& a, PhraseIndex::Entry& e) { a.all(e.first, e.payload, e.begin, e.length); }
  template <class A> static void fields(A& a, PhraseIndex::Slot& s) { a.all(s.first, s.at, s.count); }
  template <class A> static void fields(A& a, PhraseIndex& x) { a.all(x.first_bit_, x.words_, x.entries_, x.slots_); }
  // The tables indexed by word id that a look-up bounds-checks (a word past the end has
  // nothing) lose their empty tail: fewer pages to fill at start-up, the same answers.
  template <class T> static std::vector<T> trimmed(const std::vector<T>& v) {
    std::size_t n = v.size();
    while (n > 0 && v[n - 1] == T{}) --n;
    return std::vector<T>(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(n));
  }
  template <class A> static void fields(A& a, GazetteerHit& h) { a.all(h.entry, h.kind); }
  template <class A> static void fields(A& a, Gazetteer::Trie& t) {
    a.all(t.root, t.first_child, t.children, t.hit_start, t.hit_list, t.nodes);
  }
  static void fields(Out& a, Gazetteer::Trie& t) {
    a.all(trimmed(t.root), t.first_child, t.children, t.hit_start, t.hit_list, t.nodes);
  }
  template <class A> static void fields(A& a, Gazetteer& g) { a.all(g.names_, g.exact_, g.folded_); }
  template <class A> static void fields(A& a, StringIndex& x) { a.all(x.keys_, x.values_); }
  static void fields(Out& a, Abbreviations& x) {
    std::vector<std::string> words;
    std::vector<bool> ends;
    for (const auto& [w, e] : x.words_) {
      words.push_back(w);
      ends.push_back(e);
    }
    a.all(words, std::vector<std::uint8_t>(ends.begin(), ends.end()));
  }
  static void fields(In& a, Abbreviations& x) {
    std::vector<std::string> words;
    std::vector<std::uint8_t> ends;
    a.all(words, ends);
    if (words.size() != ends.size()) throw std::runtime_error("corrupt data snapshot");
    x = Abbreviations();
    for (std::size_t i = 0; i < words.size(); ++i) x.add(std::move(words[i]), ends[i] != 0);
  }

  // The vocabulary: each word's length, then all their bytes, then the table as it is.
  static void fields(Out& a, Vocab& v) {
    std::vector<std::uint32_t> lengths;
    lengths.reserve(v.words_.size());
    std::string text;
    for (const auto w : v.words_) {
      lengths.push_back(static_cast<std::uint32_t>(w.size()));
      text.append(w);
    }
    a.all(lengths, text, v.bits_);
    a.count(v.mask_ + 1);
    a.align();
    a.bytes(v.table_, v.mask_ + 1);
  }
  static void fields(In& a, Vocab& v);

  // The sorted entries of a hash map, as two lists.
  template <class M, class K, class V> static void sorted(const M& map, std::vector<K>& keys, std::vector<V>& values) {
    std::vector<const typename M::value_type*> items;
    for (const auto& kv : map) items.push_back(&kv);
    std::sort(items.begin(), items.end(), [](auto* x, auto* y) { return x->first < y->first; });
    for (const auto* kv : items) {
      keys.push_back(kv->first);
      values.push_back(kv->second);
    }
  }

  // The phrase index's tables point inside one another, and its slot count is a power of two
  // with a free slot (where a look-up of a word starting no phrase stops).
  static bool phrase_index_sound(const PhraseIndex& x) {
    const std::size_t n = x.slots_.size();
    const auto free_slot = [](const PhraseIndex::Slot& s) { return s.first == 0; };
    if (!x.entries_.empty() && (n == 0 || (n & (n - 1)) != 0 || std::none_of(x.slots_.begin(), x.slots_.end(), free_slot)))
      return false;
    return std::all_of(x.entries_.begin(), x.entries_.end(),
                       [&](const PhraseIndex::Entry& e) { return e.length > 0 && e.begin <= x.words_.size() && e.length <= x.words_.size() - e.begin; }) &&
           std::all_of(x.slots_.begin(), x.slots_.end(),
                       [&](const PhraseIndex::Slot& s) { return s.at <= x.entries_.size() && s.count <= x.entries_.size() - s.at; });
  }
  static std::string write(const Lexicons& l);
  static bool read(Lexicons& l, std::string_view image, bool borrow);
  static void read_tables(In& in, Lexicons& l);
};

// When borrowing, the words and the slot table stay in the image (it is 16-byte aligned
// and never freed); otherwise they are copied.
void LexiconSnapshot::fields(In& a, Vocab& v) {
  std::vector<std::uint32_t> lengths;
  a(lengths);
  std::string_view text = a.view(a.count());
  v.chunks_.clear();
  v.chunk_size_ = v.chunk_used_ = 0;  // words added later go to a new chunk
  if (!a.borrow) {
    auto chunk = std::make_unique<char[]>(std::max<std::size_t>(text.size(), 1));
    std::memcpy(chunk.get(), text.data(), text.size());
    text = std::string_view(chunk.get(), text.size());
    v.chunks_.push_back(std::move(chunk));
    v.chunk_size_ = v.chunk_used_ = text.size();
  }
  v.words_.clear();
  v.words_.reserve(lengths.size());
  std::size_t at = 0;
  for (const auto n : lengths) {
    if (n > text.size() - at) throw std::runtime_error("corrupt data snapshot");
    v.words_.emplace_back(text.data() + at, n);
    at += n;
  }
  a(v.bits_);
  const std::size_t slots = a.count();
  a.align();
  const std::string_view table = a.view(slots * sizeof(Vocab::Slot));
  if (slots == 0 || (slots & (slots - 1)) != 0 || v.bits_.size() != v.words_.size())
    throw std::runtime_error("corrupt data snapshot");
  v.mask_ = slots - 1;
  if (a.borrow && reinterpret_cast<std::uintptr_t>(table.data()) % alignof(Vocab::Slot) == 0) {
    v.slots_ = {};
    v.table_ = reinterpret_cast<const Vocab::Slot*>(table.data());
    return;  // the compiled-in image, written by the build: not checked slot by slot
  }
  v.slots_.resize(slots);
  std::memcpy(v.slots_.data(), table.data(), table.size());
  v.table_ = v.slots_.data();
  if (!std::all_of(v.slots_.begin(), v.slots_.end(), [&](const Vocab::Slot& s) { return (s.key & Vocab::kIdMask) < v.words_.size(); }))
    throw std::runtime_error("corrupt data snapshot");
}

std::string LexiconSnapshot::write(const Lexicons& l) {
  Out out;
  out.buf = header();
  std::vector<std::string> surnames;
  std::vector<std::vector<std::uint32_t>> people;
  sorted(l.by_surname_, surnames, people);
  std::vector<std::uint32_t> sex_words;
  std::vector<Sex> sexes;
  sorted(l.given_sex_, sex_words, sexes);
  out.all(l.entries_, l.by_id_, l.by_name_, surnames, people, l.vocab_, l.ascii_id_, *l.gazetteer_);
  out.all(l.titles_, l.title_index_, l.speech_, l.speech_forms_, l.speech_index_, l.rel_cues_, l.rel_forms_, l.rel_index_);
  out.all(l.patterns_, l.word_lists_, trimmed(l.mask_of_), l.word_masks_, l.furniture_.line.sources,
          l.furniture_.bracket.sources, l.furniture_.max_line_bytes, sex_words, sexes, l.abbreviations_,
          l.fingerprint_);
  return std::move(out.buf);
}

void LexiconSnapshot::read_tables(In& in, Lexicons& l) {
  std::vector<std::string> surnames, line_sources, bracket_sources;
  std::vector<std::vector<std::uint32_t>> people;
  std::vector<std::uint32_t> sex_words;
  std::vector<Sex> sexes;
  l.gazetteer_.reset(new Gazetteer(l.vocab_));
  in.all(l.entries_, l.by_id_, l.by_name_, surnames, people, l.vocab_, l.ascii_id_, *l.gazetteer_);
  in.all(l.titles_, l.title_index_, l.speech_, l.speech_forms_, l.speech_index_, l.rel_cues_, l.rel_forms_, l.rel_index_);
  in.all(l.patterns_, l.word_lists_, l.mask_of_, l.word_masks_, line_sources, bracket_sources, l.furniture_.max_line_bytes, sex_words,
         sexes, l.abbreviations_, l.fingerprint_);
  if (surnames.size() != people.size() || sex_words.size() != sexes.size() || in.at != in.s.size())
    throw std::runtime_error("corrupt data snapshot");
  l.by_surname_.reserve(surnames.size());
  for (std::size_t i = 0; i < surnames.size(); ++i) l.by_surname_.emplace(std::move(surnames[i]), std::move(people[i]));
  l.given_sex_.reserve(sex_words.size());
  for (std::size_t i = 0; i < sex_words.size(); ++i) l.given_sex_.emplace(sex_words[i], sexes[i]);
  l.furniture_.line.sources = std::move(line_sources);  // each scope's rules compiled as one RE2 (row 23.415)
  l.furniture_.line.join();
  l.furniture_.bracket.sources = std::move(bracket_sources);
  l.furniture_.bracket.join();
}

bool LexiconSnapshot::read(Lexicons& l, std::string_view image, bool borrow) {
  const std::string head = header();
  if (!image.starts_with(head)) return false;
  In in{image, head.size(), borrow};
  read_tables(in, l);
  l.index_suffixes();  // derived from word_lists_, not in the image
  for (auto* index : {&l.title_index_, &l.speech_index_, &l.rel_index_}) {
    index->vocab_ = &l.vocab_;
    if (!phrase_index_sound(*index)) throw std::runtime_error("corrupt data snapshot");
  }
  l.gazetteer_->exact_.building = {};  // a frozen trie keeps none of its building tables
  l.gazetteer_->folded_.building = {};
  return true;
}

std::string Lexicons::snapshot() const { return LexiconSnapshot::write(*this); }

bool Lexicons::restore(std::string_view image) { return LexiconSnapshot::read(*this, image, false); }

bool Lexicons::load_prebuilt() {
  const std::string_view image = builtin_snapshot();  // static: its tables are read in place
  return !image.empty() && LexiconSnapshot::read(*this, image, true);
}

}  // namespace gazette
