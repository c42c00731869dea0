#include "gazette/annotation_io.hpp"

#include "gazette/enum_names.hpp"
#include "gazette/json_scan.hpp"

#include <rapidjson/internal/dtoa.h>
#include <rapidjson/internal/ieee754.h>
#include <rapidjson/internal/itoa.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>

namespace gazette {

namespace {

// Whether the canonical name is its own clean_name(): ASCII with single spaces only.
bool plain_name(std::string_view s) {
  bool plain = true;
  for (std::size_t i = 0; i < s.size() && plain; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    plain = b >= 0x21 && b < 0x80 ? true : b == ' ' && i > 0 && i + 1 < s.size() && s[i + 1] != ' ';
  }
  return plain;
}

// The canonical name with whitespace runs (NBSP, newlines) folded to one space.
std::string clean_name(std::string_view s) {
  if (plain_name(s)) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    const char32_t c = decode_utf8(s, j);
    if (is_space_cp(c)) {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(s.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

constexpr std::string_view kStageNames[] = {"tokens", "sentences", "mentions", "entities", "roles", "coreference",
                                             "quotes", "relations"};

}  // namespace

std::string_view to_string(Stage s) { return enum_name(kStageNames, s); }
std::optional<Stage> parse_stage(std::string_view s) { return enum_by_name<Stage>(kStageNames, s); }

namespace {

// Whether a byte is one a JSON string must escape, by table: one load per byte.
constexpr auto kJsonEscape = [] {
  std::array<bool, 256> t{};
  for (std::size_t c = 0; c < 0x20; ++c) t[c] = true;
  t['"'] = t['\\'] = true;
  return t;
}();
inline bool json_escape(char c) { return kJsonEscape[static_cast<unsigned char>(c)]; }

// Row 23.325: whether no byte of `s` is one to escape, eight bytes at a time
// (json_escapes()), then the last ones by table: `Tom Smith` yes, `Tom "Ace" Smith` no.
bool bare_string(std::string_view s) {
  std::size_t i = 0;
  for (; i + 8 <= s.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, s.data() + i, 8);
    if (json_escapes(x) != 0) return false;
  }
  for (; i < s.size(); ++i)
    if (json_escape(s[i])) return false;
  return true;
}

// The JSON line's bytes, written through a pointer into room made beforehand (room()
// then done()); kept from document to document so the room is made once.
class LineBuffer {
 public:
  // At least `n` bytes of room after what is written: where to write them.
  char* room(std::size_t n) {
    if (cap_ - size_ < n) grow(n);
    return data_.get() + size_;
  }
  void done(const char* end) { size_ = static_cast<std::size_t>(end - data_.get()); }
  void clear() { size_ = 0; }
  void release() { data_.reset(); size_ = cap_ = 0; }
  std::string_view view() const { return {data_.get(), size_}; }

 private:
  void grow(std::size_t n) {
    const std::size_t cap = std::max({cap_ * 2, size_ + n, std::size_t{4096}});
    auto data = std::make_unique_for_overwrite<char[]>(cap);
    if (size_ != 0) std::memcpy(data.get(), data_.get(), size_);
    data_ = std::move(data);
    cap_ = cap;
  }
  std::unique_ptr<char[]> data_;
  std::size_t size_ = 0, cap_ = 0;
};

// JSON escapes of RapidJSON's Writer (UTF-8 in, UTF-8 out, default flags): \b \t \n \f
// \r for those controls, \u00XX (upper-case hex) for the other bytes below 0x20, \" and
// \\; any other byte (UTF-8 sequences included) as it is.
char* write_escape(char* p, unsigned char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  *p++ = '\\';
  switch (c) {
    case '"': *p++ = '"'; return p;
    case '\\': *p++ = '\\'; return p;
    case '\b': *p++ = 'b'; return p;
    case '\t': *p++ = 't'; return p;
    case '\n': *p++ = 'n'; return p;
    case '\f': *p++ = 'f'; return p;
    case '\r': *p++ = 'r'; return p;
    default: break;
  }
  p[0] = 'u', p[1] = '0', p[2] = '0', p[3] = kHex[c >> 4], p[4] = kHex[c & 15];
  return p + 5;
}

// Copies the bytes of [q, end) up to the first one to escape (or the end) to `p`, sixteen
// at a time (first_json_escape16), then eight (json_escapes); `p` has room for six bytes per
// byte of input. Returns where the copy stopped in the input; `p` is moved past what was written.
const char* copy_unescaped(const char* q, const char* const end, char*& p) {
  for (; end - q >= 16; q += 16, p += 16) {
    std::memcpy(p, q, 16);  // room: at least 6 * 16 bytes are left for these sixteen
    if (const unsigned clean = first_json_escape16(q); clean != 16) {
      p += clean;
      return q + clean;
    }
  }
  for (; end - q >= 8; q += 8, p += 8) {
    std::uint64_t x;
    std::memcpy(&x, q, 8);
    std::memcpy(p, q, 8);  // room: at least 6 * 8 bytes are left for these eight
    if (const std::uint64_t m = json_escapes(x); m != 0) {
      const auto clean = static_cast<std::size_t>(std::countr_zero(m) / 8);
      p += clean;
      return q + clean;
    }
  }
  // Row 23.288: a last 4-7 bytes (all of `"Acme"`, `"PERSON"`) tested at once as two
  // overlapping four-byte reads and copied as two four-byte writes when none is to escape;
  // else (or for 1-3 bytes) byte by byte.
  if (const std::size_t n = static_cast<std::size_t>(end - q); n >= 4) {
    std::uint32_t lo, hi;
    std::memcpy(&lo, q, 4);
    std::memcpy(&hi, end - 4, 4);
    if (json_escapes(lo | (static_cast<std::uint64_t>(hi) << 32)) == 0) {
      std::memcpy(p, &lo, 4);
      std::memcpy(p + n - 4, &hi, 4);
      p += n;
      return end;
    }
  }
  for (; q != end && !json_escape(*q); ++q) *p++ = *q;
  return q;
}

// annotate's JSON writer: the bytes RapidJSON's Writer<StringBuffer> writes for the same
// calls (tests/unit/annotation_io_test.cpp compares them), without its level stack and
// a capacity test per byte. A comma goes before any key or value but the first of an
// object or array and a key's value; RawKey() writes a key of this file (a literal: no
// byte to escape) with its colon.
class LineWriter {
 public:
  void Reset() {
    buf_.clear();
    first_ = true;
  }
  void StartObject() { open('{'); }
  void EndObject() { close('}'); }
  void StartArray() { open('['); }
  void EndArray() { close(']'); }
  template <std::size_t N>
  void RawKey(const char (&key)[N]) {
    char* p = comma(N + 3);
    *p++ = '"';
    std::memcpy(p, key, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    buf_.done(p);
    first_ = true;
  }
  void String(std::string_view s) { value(string_at(comma(s.size() * 6 + 2), s)); }
  // Row 23.322: a key of this file and its value, made room for and closed once (one room()
  // and one done() for the pair instead of one for each): the bytes of RawKey() then
  // String(), Uint() or Null(). Made-up example: `"rule":"pronoun"`, `"end":42`.
  template <std::size_t N>
  void KeyString(const char (&key)[N], std::string_view s) {
    value(string_at(key_at(comma(N + 3 + s.size() * 6 + 2), key), s));
  }
  template <std::size_t N>
  void KeyUint(const char (&key)[N], unsigned u) {
    value(rapidjson::internal::u32toa(u, key_at(comma(N + 3 + 10), key)));
  }
  template <std::size_t N>
  void KeyNull(const char (&key)[N]) {
    char* p = key_at(comma(N + 3 + 4), key);
    std::memcpy(p, "null", 4);
    value(p + 4);
  }
  // Row 23.325: a key and a string known to hold no byte to escape (an enum's name, a
  // name tested once: bare_string()), copied without the escape scan: `"type":"PERSON"`.
  template <std::size_t N>
  void KeyBare(const char (&key)[N], std::string_view s) {
    value(bare_at(key_at(comma(N + 3 + s.size() + 2), key), s));
  }
  void Bare(std::string_view s) { value(bare_at(comma(s.size() + 2), s)); }
  // Row 23.322: a span's three fields in one room (`"start":3,"end":11,"text":"Tom Smith"`).
  void SpanFields(unsigned begin, unsigned end, std::string_view text) {
    char* p = comma(8 + 10 + 7 + 10 + 8 + text.size() * 6 + 2);
    std::memcpy(p, "\"start\":", 8);
    p = rapidjson::internal::u32toa(begin, p + 8);
    std::memcpy(p, ",\"end\":", 7);
    p = rapidjson::internal::u32toa(end, p + 7);
    std::memcpy(p, ",\"text\":", 8);
    value(string_at(p + 8, text));
  }
  void Uint(unsigned u) { value(rapidjson::internal::u32toa(u, comma(10))); }
  void Bool(bool b) { literal(b ? std::string_view("true") : std::string_view("false")); }
  void Null() { literal("null"); }
  // Nothing for a NaN or an infinity, as RapidJSON (whose Double() then fails).
  void Double(double d) {
    char* p = comma(25);
    if (!rapidjson::internal::Double(d).IsNanOrInf()) p = rapidjson::internal::dtoa(d, p, kMaxDecimalPlaces);
    value(p);
  }
  std::string_view line() const { return buf_.view(); }
  void release() { buf_.release(); }

 private:
  static constexpr int kMaxDecimalPlaces = 324;  // RapidJSON's Writer::kDefaultMaxDecimalPlaces
  // `"key":` at p (room made); where it ends.
  template <std::size_t N>
  static char* key_at(char* p, const char (&key)[N]) {
    *p++ = '"';
    std::memcpy(p, key, N - 1);
    p += N - 1;
    *p++ = '"';
    *p++ = ':';
    return p;
  }
  // `s`, which holds no byte to escape, as a JSON string at p (room made); where it ends.
  static char* bare_at(char* p, std::string_view s) {
    *p++ = '"';
    std::memcpy(p, s.data(), s.size());
    p += s.size();
    *p++ = '"';
    return p;
  }
  // `s` as a JSON string at p (room for six bytes a byte and the two marks made); where it ends.
  static char* string_at(char* p, std::string_view s) {
    *p++ = '"';
    const char* q = s.data();
    const char* const end = q + s.size();
    while ((q = copy_unescaped(q, end, p)) != end) p = write_escape(p, static_cast<unsigned char>(*q++));
    *p++ = '"';
    return p;
  }
  // Room for a comma and `n` bytes, the comma written when one is due.
  char* comma(std::size_t n) {
    char* p = buf_.room(n + 1);
    if (!first_) *p++ = ',';
    return p;
  }
  void value(const char* end) {
    buf_.done(end);
    first_ = false;
  }
  void literal(std::string_view word) {
    char* const p = comma(word.size());
    std::memcpy(p, word.data(), word.size());
    value(p + word.size());
  }
  void open(char c) {
    char* const p = comma(1);
    *p = c;
    buf_.done(p + 1);
    first_ = true;
  }
  void close(char c) {
    char* const p = buf_.room(1);
    *p = c;
    value(p + 1);
  }
  LineBuffer buf_;
  bool first_ = true;  // no comma before the next key or value
};

// The JSON writer of a thread, kept from document to document so its buffer's room is
// made once, not grown from nothing for every line.
struct JsonOut {
  LineWriter w;
};

// One document's JSON line, written part by part (write_annotation_jsonl).
class JsonlWriter {
 public:
  explicit JsonlWriter(const Annotation& a, JsonOut& out)
      : a_(a), om_(a.doc->text), w_(out.w), names_(a.entities.size()), cleaned_(a.entities.size()),
        bare_(a.entities.size()) {
    w_.Reset();
    for (std::size_t e = 0; e < a.entities.size(); ++e) {
      const std::string_view canonical = a.entities[e].canonical;
      if (plain_name(canonical)) {
        names_[e] = canonical;
      } else {
        cleaned_[e] = clean_name(canonical);
        names_[e] = cleaned_[e];
      }
      bare_[e] = bare_string(names_[e]);  // row 23.325: tested once, written many times
    }
  }

  // Returns the length of the line's head ('{' and the document's fields).
  std::size_t write(Stage until, std::string& out) {
    w_.StartObject();
    document_fields();
    const std::size_t head = w_.line().size();
    if (until == Stage::Tokens || until == Stage::Sentences) {
      tokens();
      if (until == Stage::Sentences) sentences();
    } else {
      w_.RawKey("entities");
      w_.StartArray();
      if (until == Stage::Mentions) mentions();
      else entities();
      w_.EndArray();
      if (until >= Stage::Roles && until < Stage::Relations) roles();
      if (until >= Stage::Quotes) quotes();
      if (until >= Stage::Coreference) references();
      if (until == Stage::Relations) relations();
    }
    w_.EndObject();
    const std::string_view line = w_.line();
    out.append(line);
    out += '\n';
    if (line.size() > kKeptBuffer) w_.release();  // a huge document's room is not kept
    return head;
  }

  // The head of the document's line ('{' and its fields) followed by `body`.
  void write_copy(std::string_view body, std::string& out) {
    w_.StartObject();
    document_fields();
    out.append(w_.line());
    out.append(body);
  }

 private:
  std::uint32_t cp(std::uint32_t b) const { return om_.to_codepoint(b); }
  void str(std::string_view s) { w_.String(s); }
  // Row 23.322: "key": value, written by one call of the LineWriter (KeyString()).
  template <std::size_t N>
  void key_str(const char (&key)[N], std::string_view s) { w_.KeyString(key, s); }
  template <std::size_t N>
  void key_str_or_null(const char (&key)[N], std::string_view s) {
    if (s.empty()) w_.KeyNull(key);
    else w_.KeyString(key, s);
  }
  template <std::size_t N>
  void key_name(const char (&key)[N], std::int32_t e) {
    if (e < 0) w_.KeyNull(key);
    else if (bare_[static_cast<std::size_t>(e)]) w_.KeyBare(key, names_[static_cast<std::size_t>(e)]);
    else w_.KeyString(key, names_[static_cast<std::size_t>(e)]);
  }
  // "key": "value", left out when the value is empty.
  template <std::size_t N>
  void optional(const char (&key)[N], std::string_view value) {
    if (value.empty()) return;
    w_.KeyString(key, value);
  }
  template <std::size_t N>
  void flag(const char (&key)[N], bool on) {
    if (!on) return;
    w_.RawKey(key);
    w_.Bool(true);
  }
  void span(Span s) {
    w_.SpanFields(cp(s.begin), cp(s.end), a_.text(s));  // row 23.322: "start", "end", "text" at once
  }
  void name(std::int32_t e) {
    if (e < 0) w_.Null();
    else if (bare_[static_cast<std::size_t>(e)]) w_.Bare(names_[static_cast<std::size_t>(e)]);  // row 23.325
    else str(names_[static_cast<std::size_t>(e)]);
  }

  void document_fields() {
    const Document& d = *a_.doc;
    key_str("id", d.id);
    optional("title", d.title);
    optional("date", d.date);
    optional("url", d.url);
    optional("source", d.outlet);
    optional("duplicate_of", d.duplicate_of);
  }

  void tokens() {
    w_.RawKey("tokens"); w_.StartArray();
    for (const auto& t : a_.tokens) { w_.StartArray(); w_.Uint(cp(t.span.begin)); w_.Uint(cp(t.span.end)); w_.EndArray(); }
    w_.EndArray();
  }

  void sentences() {
    w_.RawKey("sentences"); w_.StartArray();
    for (const auto& s : a_.sentences) {
      if (s.end_token <= s.first_token) continue;
      w_.StartObject();
      span(Span{a_.tokens[s.first_token].span.begin, a_.tokens[s.end_token - 1].span.end});
      w_.KeyUint("paragraph", s.paragraph);
      flag("furniture", s.furniture);
      flag("duplicate", s.duplicate);
      flag("headline", s.headline);
      w_.EndObject();
    }
    w_.EndArray();
  }

  // --until mentions: the recognizer's mentions, not yet entities.
  void mentions() {
    for (const auto& m : a_.mentions) {
      w_.StartObject();
      w_.KeyBare("type", to_string(m.type));  // row 23.325: an enum's name
      span(m.span);
      key_str("rule", m.source.rule);
      w_.EndObject();
    }
  }

  void entities() {
    const std::vector<std::uint32_t>& order = text_order();
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) rank[order[k]] = k;
    for (std::size_t ei = 0; ei < a_.entities.size(); ++ei) {
      const Entity& e = a_.entities[ei];
      w_.StartObject();
      key_name("name", static_cast<std::int32_t>(ei));
      w_.KeyBare("type", to_string(e.type));  // row 23.325: an enum's name
      optional("gazetteer_id", e.gazetteer_id);
      optional("wikidata", e.wikidata);
      w_.RawKey("mentions"); w_.StartArray();
      ms_.assign(e.mentions.begin(), e.mentions.end());  // in text order (resolved mentions were appended)
      std::sort(ms_.begin(), ms_.end(), [&](std::uint32_t x, std::uint32_t y) { return rank[x] < rank[y]; });
      for (auto mi : ms_) {
        const Mention& m = a_.mentions[mi];
        if (!m.resolved_from.empty()) continue;  // a reference (references()), not a name
        w_.StartObject();
        span(m.span);
        flag("metonymic", m.metonymic);
        key_str("rule", m.source.rule);
        w_.EndObject();
      }
      w_.EndArray();
      w_.EndObject();
    }
  }

  // The coreference stage's resolved references, in text order: the surface, the
  // entity, the mention the resolution went through and the rule.
  void references() {
    w_.RawKey("references"); w_.StartArray();
    for (const std::uint32_t mi : text_order()) {
      const Mention& m = a_.mentions[mi];
      if (m.resolved_from.empty()) continue;
      w_.StartObject();
      span(m.span);
      key_str("resolved_from", m.resolved_from);
      key_name("entity", m.entity);
      w_.KeyBare("type", to_string(m.type));
      if (m.antecedent >= 0 && static_cast<std::size_t>(m.antecedent) < a_.mentions.size()) {
        w_.RawKey("antecedent"); w_.StartObject(); span(a_.mentions[static_cast<std::size_t>(m.antecedent)].span); w_.EndObject();
      }
      key_str("rule", m.coreference_rule);
      w_.EndObject();
    }
    w_.EndArray();
  }

  void roles() {
    objects("roles", a_.roles, [&](const auto& r) {
      key_name("person", r.person);
      key_str("title", r.title);
      key_str_or_null("of", r.of_name);
      key_str("rule", r.rule);
    });
  }

  void quotes() {
    objects("quotes", a_.quotes, [&](const Quote& q) {
      span(q.span);
      w_.KeyBare("kind", q.kind == Quote::Kind::Direct ? "direct" : "indirect");
      key_name("speaker", q.speaker);
      optional("speaker_from", q.speaker_from);
      key_str("cue", q.cue);
      w_.RawKey("about"); w_.StartArray();
      for (auto e : q.about) name(e);
      w_.EndArray();
      key_str("rule", q.rule);
    });
  }

  void relations() {
    objects("relations", a_.relations, [&](const auto& r) {
      key_name("head", r.head);
      w_.KeyBare("type", to_string(r.type));
      key_name("tail", r.tail);
      key_str_or_null("role", r.role);
      key_str("cue", r.cue);
      w_.RawKey("confidence"); w_.Double(r.confidence);
      key_str("rule", r.rule);
      if (!r.evidence.empty()) { w_.RawKey("evidence"); w_.StartObject(); span(r.evidence.front()); w_.EndObject(); }
      if (r.evidence.size() > 1) {
        w_.RawKey("more_evidence"); w_.StartArray();
        for (std::size_t k = 1; k < r.evidence.size(); ++k) { w_.StartObject(); span(r.evidence[k]); w_.EndObject(); }
        w_.EndArray();
      }
    });
  }

  // "key": [{...}, ...]: one object for each of `items`, its fields written by `fields(item)`.
  template <std::size_t N, class Items, class Fields>
  void objects(const char (&key)[N], const Items& items, Fields&& fields) {
    w_.RawKey(key); w_.StartArray();
    for (const auto& item : items) {
      w_.StartObject();
      fields(item);
      w_.EndObject();
    }
    w_.EndArray();
  }

  // The mentions in text order, sorted once for entities() and references(); the
  // relations stage's order when it made one for these mentions (Annotation::mention_order).
  const std::vector<std::uint32_t>& text_order() {
    if (a_.mention_order.size() == a_.mentions.size()) {
      assert(a_.mention_order == a_.mentions_in_text_order());
      return a_.mention_order;
    }
    if (!ordered_) order_ = a_.mentions_in_text_order();
    ordered_ = true;
    return order_;
  }

  static constexpr std::size_t kKeptBuffer = std::size_t{1} << 22;
  const Annotation& a_;
  const OffsetMap om_;
  LineWriter& w_;
  std::vector<std::string_view> names_;  // clean_name() of each entity: the name itself when plain
  std::vector<std::string> cleaned_;      // by entity: the name clean_name() changed (sized once)
  std::vector<char> bare_;                // by entity: its name holds no byte to escape (bare_string())
  std::vector<std::uint32_t> ms_;   // entities(): one entity's mentions, the buffer reused
  std::vector<std::uint32_t> order_;
  bool ordered_ = false;
};

}  // namespace

std::size_t write_annotation_jsonl(const Annotation& a, std::string& out, Stage until) {
  thread_local JsonOut json;
  return JsonlWriter(a, json).write(until, out);
}

void write_annotation_copy_jsonl(const Document& d, std::string_view body, std::string& out) {
  thread_local JsonOut json;
  Annotation a;
  a.doc = &d;
  JsonlWriter(a, json).write_copy(body, out);
}

}  // namespace gazette
