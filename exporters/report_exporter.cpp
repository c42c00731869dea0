// HTML report writer (report.hpp): the page template, its style and script, and the
// vendored sigma/graphology bundles come from the embedded files under
// exporters/report/; the graph and quotes go in as JSON.
#include "gazette/report.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/exporter.hpp"
#include "gazette/text.hpp"

#include <rapidjson/writer.h>

#include <memory>
#include <ostream>
#include <stdexcept>
#include <string>
#include <unordered_map>

namespace gazette {

namespace {

// The output stream the report's JSON is written through: bytes go to `out` in blocks of
// 64 KiB, and a `/` right after a `<` is written `\/` (JSON reads it as `/`), so no
// `</script>` in a quote can end the page's script element. Streaming the JSON instead
// of building it in a buffer (and an escaped copy of it) saves twice its size: 649 MB
// each for a 1 GB input (docs/quality-log.md row 23.104). The caller flushes at the end.
class ScriptSafeStream {
 public:
  using Ch = char;
  explicit ScriptSafeStream(std::ostream& out) : out_(out), block_(new char[kBlock + 2]), end_(block_.get()) {}
  ScriptSafeStream(const ScriptSafeStream&) = delete;
  ScriptSafeStream& operator=(const ScriptSafeStream&) = delete;
  // Called by the writer for every byte: small enough to be inlined there (it was a
  // call per byte, 2.6 % of a build's instructions, when it appended to a std::string).
  void Put(char c) {
    if (c == '/' && previous_ == '<') *end_++ = '\\';
    *end_++ = c;
    previous_ = c;
    if (end_ >= block_.get() + kBlock) [[unlikely]] Flush();
  }
  [[gnu::noinline]] void Flush() {
    out_.write(block_.get(), static_cast<std::streamsize>(end_ - block_.get()));
    end_ = block_.get();
  }

 private:
  static constexpr std::size_t kBlock = std::size_t{64} << 10;
  std::ostream& out_;
  std::unique_ptr<char[]> block_;  // kBlock bytes and room for one Put() past them
  char* end_;
  char previous_ = 0;
};

using Writer = rapidjson::Writer<ScriptSafeStream>;

std::string_view asset(std::string_view name) {
  const auto text = builtin_file(name);
  if (!text) throw std::logic_error("report asset not compiled in: " + std::string(name));
  return *text;
}

// `s` as sanitize_utf8() leaves it: no copy when it would leave it as it is (valid
// UTF-8 without a byte order mark, the usual case).
void string(Writer& w, std::string_view s) {
  if (!s.starts_with("\xEF\xBB\xBF") && utf8_is_valid(s)) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return;
  }
  std::string copy(s);
  sanitize_utf8(copy);
  w.String(copy.data(), static_cast<rapidjson::SizeType>(copy.size()));
}

// "key": [[...], ...]: one array for each of `items`, its values written by `row(item)`.
template <class Items, class Row>
void rows(Writer& w, const char* key, const Items& items, Row&& row) {
  w.Key(key);
  w.StartArray();
  for (const auto& item : items) {
    w.StartArray();
    row(item);
    w.EndArray();
  }
  w.EndArray();
}

// nodes: [label, type, colour, x, y, size, documents, mentions, first_date, last_date, aliases]
void report_nodes(Writer& w, const KnowledgeGraph& g) {
  rows(w, "nodes", boost::make_iterator_range(boost::vertices(g)), [&](Vertex v) {
    const EntityNode& n = g[v];
    string(w, n.label);
    string(w, n.type);
    w.String(hex_colour(n.type).c_str());
    w.Double(n.x);
    w.Double(n.y);
    w.Double(n.size);
    w.Int(n.documents);
    w.Int(n.mentions);
    string(w, n.first_date);
    string(w, n.last_date);
    w.StartArray();
    for (const auto& a : n.aliases) string(w, a);
    w.EndArray();
  });
}

// edges: [source, target, type, weight, first_date, last_date, role, documents, [[document, date, text]...]]
void report_edges(Writer& w, const KnowledgeGraph& g) {
  rows(w, "edges", boost::make_iterator_range(boost::edges(g)), [&](const auto& e) {
    const RelationEdge& r = g[e];
    w.Uint64(boost::source(e, g));
    w.Uint64(boost::target(e, g));
    string(w, r.type);
    w.Double(r.weight);
    string(w, r.first_date);
    string(w, r.last_date);
    string(w, r.role);
    w.Int(static_cast<int>(r.documents.size()));
    w.StartArray();
    for (const auto& s : r.samples) {
      w.StartArray();
      string(w, s.document);
      string(w, s.date);
      string(w, s.text);
      w.EndArray();
    }
    w.EndArray();
  });
}

// quotes: [speaker vertex or -1, speaker name, text, cue, kind, document, date, url, [about vertices], [about names]]
void report_quotes(Writer& w, const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes) {
  std::unordered_map<std::string, std::size_t> vertex_of_key;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) vertex_of_key.emplace(g[v].key, v);
  auto vertex = [&](const std::string& key) -> long long {
    const auto it = vertex_of_key.find(key);
    return it == vertex_of_key.end() ? -1 : static_cast<long long>(it->second);
  };
  rows(w, "quotes", quotes, [&](const QuoteRecord& q) {
    w.Int64(q.speaker_key.empty() ? -1 : vertex(q.speaker_key));
    string(w, q.speaker);
    string(w, q.text);
    string(w, q.cue);
    string(w, q.kind);
    string(w, q.document);
    string(w, iso_date(q.date).empty() ? q.date : iso_date(q.date));
    string(w, q.url);
    w.StartArray();
    for (const auto& k : q.about_keys) w.Int64(vertex(k));
    w.EndArray();
    w.StartArray();
    for (const auto& a : q.about) string(w, a);
    w.EndArray();
  });
}

// The data the page reads: arrays rather than objects, to keep a news-sized page small.
void write_report_json(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes, const ReportOptions& options,
                       std::ostream& out) {
  ScriptSafeStream stream(out);
  Writer w(stream);
  w.StartObject();
  w.Key("title");
  string(w, options.title);
  w.Key("generator");
  w.String("gazette " GAZETTE_VERSION);
  report_nodes(w, g);
  report_edges(w, g);
  report_quotes(w, g, quotes);
  w.EndObject();
  stream.Flush();
}

}  // namespace

void write_report(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes, std::ostream& out,
                  const ReportOptions& options) {
  // The template's markers {{name}} are replaced as the template is copied, so text
  // that goes in (a bundle, a quote) is never searched for markers.
  const std::string_view page = asset("exporters/report/report.html");
  auto write = [&out](std::string_view s) { out.write(s.data(), static_cast<std::streamsize>(s.size())); };
  std::size_t at = 0;
  while (at < page.size()) {
    const auto open = page.find("{{", at);
    if (open == std::string_view::npos) {
      write(page.substr(at));
      break;
    }
    const auto close = page.find("}}", open);
    if (close == std::string_view::npos) throw std::logic_error("report template: unclosed {{");
    write(page.substr(at, open - at));
    const auto name = page.substr(open + 2, close - open - 2);
    if (name == "title")
      write(xml_escape(options.title));
    else if (name == "style")
      write(asset("exporters/report/report.css"));
    else if (name == "graphology")
      write(asset("exporters/report/vendor/graphology.umd.min.js"));
    else if (name == "sigma")
      write(asset("exporters/report/vendor/sigma.min.js"));
    else if (name == "data")
      write_report_json(g, quotes, options, out);
    else if (name == "script")
      write(asset("exporters/report/report.js"));
    else
      throw std::logic_error("report template: unknown marker {{" + std::string(name) + "}}");
    at = close + 2;
  }
  out.flush();
}

void write_report_file(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes, const std::string& path,
                       const ReportOptions& options) {
  write_atomically(path, [&](std::ostream& os) { write_report(g, quotes, os, options); });
}

}  // namespace gazette
