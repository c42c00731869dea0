// CSV writers (csv.hpp).
#include "gazette/csv.hpp"

#include "gazette/exporter.hpp"
#include "gazette/text.hpp"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <initializer_list>

namespace gazette {

namespace {

// True when `v` holds a byte that makes a field quoted: a comma, a double quote, CR or
// LF. Eight bytes at a time while eight are left (a byte equal to one of the four has
// a zero byte in its XOR with that byte repeated), then byte by byte.
bool needs_quotes(std::string_view v) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const auto zero_bytes = [&](std::uint64_t y) { return ~(((y & kLow7) + kLow7) | y) & kHigh; };
  std::size_t i = 0;
  for (; i + 8 <= v.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, v.data() + i, 8);
    if (zero_bytes(x ^ (',' * kOnes)) | zero_bytes(x ^ ('"' * kOnes)) | zero_bytes(x ^ ('\r' * kOnes)) |
        zero_bytes(x ^ ('\n' * kOnes)))
      return true;
  }
  for (; i < v.size(); ++i)
    if (v[i] == ',' || v[i] == '"' || v[i] == '\r' || v[i] == '\n') return true;
  return false;
}

// `value` as sanitize_utf8() leaves it (no copy when that is `value` itself: valid
// UTF-8 without a byte order mark, the usual case), quoted when it needs to be, its
// double quotes doubled.
void field(std::string& line, std::string_view value) {
  std::string copy;
  if (value.starts_with("\xEF\xBB\xBF") || !utf8_is_valid(value)) {
    copy.assign(value);
    sanitize_utf8(copy);
    value = copy;
  }
  if (!needs_quotes(value)) {
    line += value;
    return;
  }
  line += '"';
  for (std::size_t i = 0; i < value.size();) {
    const std::size_t quote = value.find('"', i);
    if (quote == std::string_view::npos) {
      line.append(value.substr(i));
      break;
    }
    line.append(value.substr(i, quote + 1 - i));
    line += '"';
    i = quote + 1;
  }
  line += '"';
}

void row(std::ostream& out, std::initializer_list<std::string_view> fields) {
  std::string line;
  bool first = true;
  for (const auto f : fields) {
    if (!first) line += ',';
    first = false;
    field(line, f);
  }
  line += "\r\n";
  out.write(line.data(), static_cast<std::streamsize>(line.size()));
}

template <typename Strings>
std::string join(const Strings& items) {
  std::string s;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) s += " | ";
    s += items[i];
  }
  return s;
}

std::string num(double v) { return format_double(v); }
std::string num(long long v) { return std::to_string(v); }
std::string num(int v) { return std::to_string(v); }

}  // namespace

void write_csv_nodes(const KnowledgeGraph& g, std::ostream& out) {
  row(out, {"Id", "Label", "type", "documents", "mentions", "first_date", "last_date", "aliases", "degree_in",
            "degree_out", "pagerank", "betweenness", "component", "x", "y", "size"});
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const EntityNode& n = g[v];
    row(out, {"n" + std::to_string(v), n.label, n.type, num(n.documents), num(n.mentions), n.first_date, n.last_date,
              join(n.aliases), num(n.degree_in), num(n.degree_out), num(round_measure(n.pagerank)),
              num(round_measure(n.betweenness)), num(n.component), num(n.x), num(n.y), num(n.size)});
  }
  out.flush();
}

void write_csv_edges(const KnowledgeGraph& g, std::ostream& out) {
  row(out, {"Source", "Target", "Type", "Id", "Label", "Weight", "relation", "role", "evidence_count", "first_date",
            "last_date", "documents", "sample"});
  std::size_t id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& r = g[e];
    row(out, {"n" + std::to_string(boost::source(e, g)), "n" + std::to_string(boost::target(e, g)), "Directed",
              "e" + std::to_string(id++), r.type, num(r.weight), r.type, r.role, num(r.evidence_count), r.first_date,
              r.last_date, join(r.documents), r.samples.empty() ? std::string() : r.samples.front().text});
  }
  out.flush();
}

void write_csv_quotations(const QuoteSource& quotes, std::ostream& out) {
  row(out, {"document", "date", "url", "offset", "kind", "cue", "speaker", "about", "quote"});
  quotes([&](const QuoteRecord& q) {
    row(out, {q.document, q.date, q.url, num(static_cast<long long>(q.start)), q.kind, q.cue, q.speaker, join(q.about),
              q.text});
  });
  out.flush();
}

void write_csv_quotations(const std::vector<QuoteRecord>& quotes, std::ostream& out) {
  write_csv_quotations(quotes_of(quotes), out);
}

void write_csv_dir(const KnowledgeGraph& g, const QuoteSource& quotes, const std::string& dir) {
  const std::filesystem::path d(dir);
  write_atomically((d / "nodes.csv").string(), [&](std::ostream& out) { write_csv_nodes(g, out); });
  write_atomically((d / "edges.csv").string(), [&](std::ostream& out) { write_csv_edges(g, out); });
  write_atomically((d / "quotations.csv").string(), [&](std::ostream& out) { write_csv_quotations(quotes, out); });
}

}  // namespace gazette
