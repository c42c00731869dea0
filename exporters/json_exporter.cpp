// Node-link JSON writer (json_graph.hpp).
#include "gazette/json_graph.hpp"

#include "gazette/exporter.hpp"
#include "gazette/text.hpp"
#include "graph_attributes.hpp"
#include "json_string.hpp"

#include <rapidjson/prettywriter.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <ostream>
#include <string>
#include <vector>

namespace gazette {

namespace {

// rapidjson's output stream over an std::ostream, through a buffer: OStreamWrapper
// calls std::ostream::put (a sentry each) for every character. rapidjson's writer asks
// for room first (PutReserve: a string's worst case, 6 bytes a character) and then
// writes each character unchecked (PutUnsafe), as it does into its own StringBuffer;
// Put, which PrettyWriter also calls, checks.
class BufferedStream {
 public:
  using Ch = char;
  explicit BufferedStream(std::ostream& os) : os_(os), buffer_(kSize), end_(buffer_.data()) {}
  BufferedStream(const BufferedStream&) = delete;
  BufferedStream& operator=(const BufferedStream&) = delete;
  ~BufferedStream() = default;
  void Put(char c) {
    if (end_ == buffer_.data() + buffer_.size()) Flush();
    *end_++ = c;
  }
  // Room for `count` more characters: what is buffered is written out when they would
  // not fit, and the buffer grows when they alone would not.
  void Reserve(std::size_t count) {
    if (static_cast<std::size_t>(buffer_.data() + buffer_.size() - end_) >= count) return;
    Flush();
    if (count > buffer_.size()) {
      buffer_.resize(count);
      end_ = buffer_.data();
    }
  }
  void PutUnchecked(char c) { *end_++ = c; }
  // Room for `count` more characters (Reserve()), to be written from the pointer
  // returned and handed back by Advance(), past the last written (row 23.346).
  char* Room(std::size_t count) {
    Reserve(count);
    return end_;
  }
  void Advance(char* end) { end_ = end; }
  // The same bytes as Put() of each (json_detail::write_string_body()).
  void Write(const char* p, std::size_t n) {
    Reserve(n);
    std::memcpy(end_, p, n);
    end_ += n;
  }
  void Flush() {
    os_.write(buffer_.data(), static_cast<std::streamsize>(end_ - buffer_.data()));
    end_ = buffer_.data();
  }

 private:
  static constexpr std::size_t kSize = std::size_t{1} << 16;
  std::ostream& os_;
  std::vector<char> buffer_;
  char* end_;  // the next free byte of buffer_
};

// Found by argument-dependent lookup from rapidjson's writer, and preferred to its
// generic templates (which do nothing and call Put).
inline void PutReserve(BufferedStream& stream, std::size_t count) { stream.Reserve(count); }
inline void PutUnsafe(BufferedStream& stream, char c) { stream.PutUnchecked(c); }

// rapidjson's pretty writer, with its stream at hand for string(), and what precedes a
// string (row 23.346) written with one check of the buffer's room.
class Writer : public json_detail::StreamWriter<rapidjson::PrettyWriter<BufferedStream>> {
 public:
  using StreamWriter::StreamWriter;
  // What RawValue("", 0, kStringType) writes and counts, PrettyWriter::PrettyPrefix()'s
  // steps (the separator, a new line, the indentation; the writer's value count), its
  // bytes put unchecked after one Reserve() that leaves room for `more` bytes after
  // them. The same bytes: Put() and PutUnchecked() differ only in when the buffer is
  // written out. Example (made up): `,\n   ` before the name "label" of Tom Smith's node
  // (its third member, three levels deep), `: ` before his label.
  [[gnu::always_inline]] void string_prefix(std::size_t more) {
    BufferedStream& os = stream();
    if (level_stack_.GetSize() == 0) {
      hasRoot_ = true;
      os.Reserve(more);
      return;
    }
    Level* level = level_stack_.template Top<Level>();
    const std::size_t indent = level_stack_.GetSize() / sizeof(Level) * indentCharCount_;
    // Written through a local pointer (one store of the end), with room for 8 bytes of
    // indentation written at once when there are no more.
    char* p = os.Room(3 + std::max<std::size_t>(indent, 8) + more);
    bool indented = level->valueCount % 2 == 0;  // in an object: a member's name
    if (level->inArray) {
      const bool single_line = (formatOptions_ & rapidjson::kFormatSingleLineArray) != 0;
      if (level->valueCount > 0) {
        *p++ = ',';
        if (single_line) *p++ = ' ';
      }
      indented = !single_line;
      if (indented) *p++ = '\n';
    } else if (level->valueCount == 0) {
      *p++ = '\n';
    } else {
      *p++ = indented ? ',' : ':';
      *p++ = indented ? '\n' : ' ';
    }
    if (indented) indent_by(p, indent);
    os.Advance(p);
    level->valueCount++;
  }

 private:
  // `count` indentation characters at p (advanced past them), with room for 8 at least:
  // up to 8 by one 8-byte store (the bytes past `count` are written over next).
  void indent_by(char*& p, std::size_t count) const {
    const char c = indentChar_;
    if (count <= 8) {
      const std::uint64_t eight = 0x0101010101010101ULL * static_cast<unsigned char>(c);
      std::memcpy(p, &eight, 8);
      p += count;
      return;
    }
    for (char* const end = p + count; p < end;) *p++ = c;
  }
};

// write_json_string() with the prefix above (row 23.346).
void write_prefixed_string(Writer& w, std::string_view s) {
  w.string_prefix(s.size() + 2);
  json_detail::write_string_body(w.stream(), s);
}

void string(Writer& w, std::string_view s) {
  if (utf8_is_valid(s)) {
    write_prefixed_string(w, s);
    return;
  }
  std::string copy(s);
  sanitize_utf8(copy);
  write_prefixed_string(w, copy);
}

// A string with no byte JSON escapes and valid UTF-8 (row 23.335): a member's name
// (an attribute's or the writer's own, letters and underscores), a node or edge id
// (`n12`, `e7`), a colour (`#1f77b4`). rapidjson's PrettyWriter writes it (String(),
// and Key(), which is String()) as its indentation and separator, RawValue() of
// nothing, then the text between quotation marks: here the text is copied, not tested a
// character at a time for escapes by WriteString(). Example (made up): "label" of the
// node of Tom Smith, its id "n12".
// `text` copied to p; returns the end. From 4 to 16 bytes by two overlapping loads and
// stores (first and last 4 or 8 bytes), none outside `text` or past its copy.
char* copy_short(char* p, std::string_view text) {
  const std::size_t n = text.size();
  const char* t = text.data();
  if (n >= 8 && n <= 16) {
    std::uint64_t head, tail;
    std::memcpy(&head, t, 8);
    std::memcpy(&tail, t + n - 8, 8);
    std::memcpy(p, &head, 8);
    std::memcpy(p + n - 8, &tail, 8);
  } else if (n >= 4 && n < 8) {
    std::uint32_t head, tail;
    std::memcpy(&head, t, 4);
    std::memcpy(&tail, t + n - 4, 4);
    std::memcpy(p, &head, 4);
    std::memcpy(p + n - 4, &tail, 4);
  } else {
    for (std::size_t i = 0; i < n; ++i) p[i] = t[i];
  }
  return p + n;
}

// Its indentation and separator by string_prefix() (row 23.346), with room for the text.
void plain_string(Writer& w, std::string_view text) {
  w.string_prefix(text.size() + 2);
  auto& os = w.stream();
  char* p = os.Room(text.size() + 2);  // reserved already: no check fails
  *p++ = '"';
  p = copy_short(p, text);
  *p++ = '"';
  os.Advance(p);
}
void key(Writer& w, std::string_view name) { plain_string(w, name); }

void string_or_null(Writer& w, std::string_view s) {
  if (s.empty())
    w.Null();
  else
    string(w, s);
}

// One attribute: JSON string (null when empty and not kept), number or array.
template <class T>
void attribute(Writer& w, const attributes::Attribute<T>& a, const T& x) {
  const attributes::Value v = a.value(x);
  key(w, a.name);
  switch (v.kind) {
    case attributes::Kind::Int: w.Int64(v.integer); break;
    case attributes::Kind::Double: w.Double(v.real); break;
    case attributes::Kind::List:
      w.StartArray();
      for (const auto& item : *v.list) string(w, item);
      w.EndArray();
      break;
    case attributes::Kind::Text:
      if (a.keep_empty()) string(w, v.str());
      else string_or_null(w, v.str());
      break;
  }
}

void write_nodes(Writer& w, const KnowledgeGraph& g) {
  key(w, "nodes");
  w.StartArray();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const EntityNode& n = g[v];
    w.StartObject();
    key(w, "id"); plain_string(w, "n" + std::to_string(v));
    for (const auto& a : attributes::node_attributes()) attribute(w, a, n);
    key(w, "color"); plain_string(w, hex_colour(n.type));
    key(w, "x"); w.Double(n.x);
    key(w, "y"); w.Double(n.y);
    key(w, "size"); w.Double(n.size);
    w.EndObject();
  }
  w.EndArray();
}

void write_links(Writer& w, const KnowledgeGraph& g) {
  key(w, "links");
  w.StartArray();
  std::size_t id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& r = g[e];
    w.StartObject();
    key(w, "source"); plain_string(w, "n" + std::to_string(boost::source(e, g)));
    key(w, "target"); plain_string(w, "n" + std::to_string(boost::target(e, g)));
    const std::string edge_id = "e" + std::to_string(id++);
    key(w, "key"); plain_string(w, edge_id);
    key(w, "id"); plain_string(w, edge_id);
    key(w, "type"); string(w, r.type);
    key(w, "label"); string(w, r.type);
    key(w, "role"); string_or_null(w, r.role);
    key(w, "weight"); w.Double(r.weight);
    key(w, "evidence_count"); w.Int(r.evidence_count);
    key(w, "first_date"); string_or_null(w, r.first_date);
    key(w, "last_date"); string_or_null(w, r.last_date);
    key(w, "documents");
    w.StartArray();
    for (const auto& d : r.documents) string(w, d);
    w.EndArray();
    key(w, "samples");
    w.StartArray();
    for (const auto& s : r.samples) {
      w.StartObject();
      key(w, "document"); string(w, s.document);
      key(w, "date"); string_or_null(w, s.date);
      key(w, "text"); string(w, s.text);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void write_json_graph(const KnowledgeGraph& g, std::ostream& os) {
  BufferedStream stream(os);
  Writer w(stream);
  w.SetIndent(' ', 1);
  w.StartObject();
  key(w, "directed"); w.Bool(true);
  key(w, "multigraph"); w.Bool(true);
  key(w, "graph");
  w.StartObject();
  key(w, "generator"); w.String("gazette " GAZETTE_VERSION);
  w.EndObject();
  write_nodes(w, g);
  write_links(w, g);
  w.EndObject();
  stream.Put('\n');
  stream.Flush();
  os.flush();
}

void write_json_graph_file(const KnowledgeGraph& g, const std::string& path) {
  write_atomically(path, [&](std::ostream& os) { write_json_graph(g, os); });
}

}  // namespace gazette
