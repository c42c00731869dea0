// HTML report writer (report.hpp): the page template, its style and script, and the
// vendored sigma/graphology bundles come from the embedded files under
// exporters/report/; the graph and quotes go in as JSON, the quotes streamed, and the
// figures of a capped selection (with report-caps.js) only when quotes were cut.
#include "gazette/report.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/exporter.hpp"
#include "gazette/text.hpp"
#include "json_string.hpp"

#include <rapidjson/writer.h>

#include <algorithm>
#include <cstring>
#include <limits>
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
  // The same bytes as Put() of each byte of [p, p + n), the stretches between two `/`
  // copied whole (row 23.172).
  void Write(const char* p, std::size_t n) {
    const char* const end = p + n;
    while (p < end) {
      const void* slash = std::memchr(p, '/', static_cast<std::size_t>(end - p));
      const char* stop = slash ? static_cast<const char*>(slash) : end;
      Copy(p, static_cast<std::size_t>(stop - p));
      p = stop;
      if (slash) Put(*p++);
    }
  }

 private:
  // Bytes with no `/` among them, as Put() of each.
  void Copy(const char* p, std::size_t n) {
    if (n == 0) return;
    previous_ = p[n - 1];
    while (n > 0) {
      const std::size_t k = std::min(n, static_cast<std::size_t>(block_.get() + kBlock - end_));
      std::memcpy(end_, p, k);
      end_ += k;
      p += k;
      n -= k;
      if (end_ >= block_.get() + kBlock) Flush();
    }
  }

  static constexpr std::size_t kBlock = std::size_t{64} << 10;
  std::ostream& out_;
  std::unique_ptr<char[]> block_;  // kBlock bytes and room for one Put() past them
  char* end_;
  char previous_ = 0;
};

// rapidjson's writer, with its stream at hand for string(); the report's JSON is mostly
// quotes, whose plain runs go to the stream whole (row 23.172).
using Writer = json_detail::StreamWriter<rapidjson::Writer<ScriptSafeStream>>;
using json_detail::write_json_string;

std::string_view asset(std::string_view name) {
  const auto text = builtin_file(name);
  if (!text) throw std::logic_error("report asset not compiled in: " + std::string(name));
  return *text;
}

// `s` as sanitize_utf8() leaves it: no copy when it would leave it as it is (valid
// UTF-8 without a byte order mark, the usual case).
void string(Writer& w, std::string_view s) {
  if (!s.starts_with("\xEF\xBB\xBF") && utf8_is_valid(s)) {
    write_json_string(w, s);
    return;
  }
  std::string copy(s);
  sanitize_utf8(copy);
  write_json_string(w, copy);
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

std::unordered_map<std::string, std::size_t> vertices_by_key(const KnowledgeGraph& g) {
  std::unordered_map<std::string, std::size_t> vertex_of_key;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) vertex_of_key.emplace(g[v].key, v);
  return vertex_of_key;
}

long long vertex_of(const std::unordered_map<std::string, std::size_t>& vertex_of_key, const std::string& key) {
  const auto it = vertex_of_key.find(key);
  return it == vertex_of_key.end() ? -1 : static_cast<long long>(it->second);
}

// quotes: [speaker vertex or -1, speaker name, text, cue, kind, document, date, url, [about vertices], [about names]]
void report_quotes(Writer& w, const std::unordered_map<std::string, std::size_t>& vertex_of_key,
                   const ReportQuotes& quotes) {
  auto vertex = [&](const std::string& key) -> long long { return vertex_of(vertex_of_key, key); };
  w.Key("quotes");
  w.StartArray();
  quotes.each([&](const QuoteRecord& q) {
    w.StartArray();
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
    w.EndArray();
  });
  w.EndArray();
}

// `s` as an SQL string literal.
std::string sql_string(std::string_view s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  return out + "'";
}

// One line of SQL that lists the quotes of `group` the page does not show: the group's
// quotes in the order the selection ranked them, after the first `shown`.
std::string cut_group_sql(const QuoteSelection::Group& group) {
  return "SELECT d.doc_id, d.date, q.text FROM quotes q JOIN documents d ON d.id = q.document " +
         std::string(group.key.empty() ? "WHERE q.speaker IS NULL"
                                       : "JOIN entities e ON e.id = q.speaker WHERE e.key = " + sql_string(group.key)) +
         " " + std::string(kQuoteRankOrder) + " LIMIT -1 OFFSET " + std::to_string(group.shown) + ";";
}

// One line of SQL that lists every quote the page does not show.
std::string cut_sql(const QuoteSelection& s) {
  auto limit = [](std::size_t n) {
    return n == std::numeric_limits<std::size_t>::max() ? std::string("-1") : std::to_string(n);
  };
  return "SELECT s.name AS speaker, d.doc_id AS document, d.date, q.text FROM (" + quote_rank_sql() +
         ") r JOIN quotes q ON q.id = r.id JOIN documents d ON d.id = q.document LEFT JOIN entities s ON s.id = "
         "q.speaker WHERE " +
         (s.unknown_limit == std::numeric_limits<std::size_t>::max()
              ? "NOT r.unknown AND r.rank > " + limit(s.named_limit)
              : "r.rank > CASE WHEN r.unknown THEN " + limit(s.unknown_limit) + " ELSE " + limit(s.named_limit) + " END") +
         " ORDER BY q.id;";
}

// The figures of a cut selection: {"total", "shown", "per_speaker", "max_quotes", "level",
// "sql", "speakers": [[vertex or -1, name, total, shown, sql], ...]} (speakers whose
// quotes were cut, the unknown speaker with vertex -1 and name "").
void write_caps_json(const KnowledgeGraph& g, const std::unordered_map<std::string, std::size_t>& vertex_of_key,
                     const QuoteSelection& s, std::ostream& out) {
  ScriptSafeStream stream(out);
  Writer w(stream);
  w.StartObject();
  w.Key("total");
  w.Uint64(s.total);
  w.Key("shown");
  w.Uint64(s.shown);
  w.Key("per_speaker");
  w.Uint64(s.caps.per_speaker);
  w.Key("max_quotes");
  w.Uint64(s.caps.total);
  w.Key("level");
  w.Uint64(s.unknown_limit == std::numeric_limits<std::size_t>::max() ? 0 : s.unknown_limit);
  w.Key("sql");
  string(w, cut_sql(s));
  rows(w, "speakers", s.cut, [&](const QuoteSelection::Group& group) {
    const long long v = group.key.empty() ? -1 : vertex_of(vertex_of_key, group.key);
    w.Int64(v);
    string(w, v >= 0 ? std::string_view(g[static_cast<Vertex>(v)].label) : std::string_view(group.name));
    w.Uint64(group.total);
    w.Uint64(group.shown);
    string(w, cut_group_sql(group));
  });
  w.EndObject();
  stream.Flush();
}

// The data the page reads: arrays rather than objects, to keep a news-sized page small.
void write_report_json(const KnowledgeGraph& g, const std::unordered_map<std::string, std::size_t>& vertex_of_key,
                       const ReportQuotes& quotes, const ReportOptions& options, std::ostream& out) {
  ScriptSafeStream stream(out);
  Writer w(stream);
  w.StartObject();
  w.Key("title");
  string(w, options.title);
  w.Key("generator");
  w.String("gazette " GAZETTE_VERSION);
  report_nodes(w, g);
  report_edges(w, g);
  report_quotes(w, vertex_of_key, quotes);
  w.EndObject();
  stream.Flush();
}

}  // namespace

ReportQuotes report_quotes_from(const std::string& path, const QuoteSelection& selection) {
  ReportQuotes quotes;
  quotes.each = [path, &selection](const std::function<void(const QuoteRecord&)>& visit) {
    for_each_selected_quote(path, selection, visit);
  };
  quotes.selection = &selection;
  return quotes;
}

void write_report(const KnowledgeGraph& g, const ReportQuotes& quotes, std::ostream& out,
                  const ReportOptions& options) {
  const auto vertex_of_key = vertices_by_key(g);
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
      write_report_json(g, vertex_of_key, quotes, options, out);
    else if (name == "caps") {
      // Only when quotes were cut: otherwise the page is what it was before caps existed.
      if (quotes.selection && quotes.selection->capped()) {
        write("\n<script type=\"application/json\" id=\"gazette-caps\">");
        write_caps_json(g, vertex_of_key, *quotes.selection, out);
        write("</script>\n<script>\n");
        write(asset("exporters/report/report-caps.js"));
        write("</script>");
      }
    }
    else if (name == "script")
      write(asset("exporters/report/report.js"));
    else
      throw std::logic_error("report template: unknown marker {{" + std::string(name) + "}}");
    at = close + 2;
  }
  out.flush();
}

void write_report_file(const KnowledgeGraph& g, const ReportQuotes& quotes, const std::string& path,
                       const ReportOptions& options) {
  write_atomically(path, [&](std::ostream& os) { write_report(g, quotes, os, options); });
}

void write_report(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes, std::ostream& out,
                  const ReportOptions& options) {
  ReportQuotes all;
  all.each = [&quotes](const std::function<void(const QuoteRecord&)>& visit) {
    for (const auto& q : quotes) visit(q);
  };
  write_report(g, all, out, options);
}

void write_report_file(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes, const std::string& path,
                       const ReportOptions& options) {
  write_atomically(path, [&](std::ostream& os) { write_report(g, quotes, os, options); });
}

}  // namespace gazette
