// Exporters: what the writers of graphml.hpp, gexf.hpp, json_graph.hpp and sqlite.hpp
// share: atomic replacement of the output file, XML escaping, entity colours and
// number formatting.
//
// WHAT AN EXPORTER DOES
//   It reads only the KnowledgeGraph (graph.hpp) and writes one file. Output is
//   deterministic: the same graph gives the same bytes (no timestamps, vertices and
//   edges in graph order, doubles in shortest round-trip form).
// ERRORS
//   I/O problems throw std::runtime_error whose message names the file and gives
//   strerror(errno). A failed export leaves the previous file untouched.
#pragma once

#include "gazette/graph.hpp"

#include <cstdint>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gazette {

// Replaces `path` atomically: writes go to "<path>.tmp.<pid>" in the same directory;
// commit() fsyncs it and rename()s it over `path` (then fsyncs the directory), so
// readers see either the old file or the complete new one. If the target exists its
// permission bits are kept. Destroying an uncommitted AtomicFile removes the temporary
// file and leaves `path` as it was. A process killed before that (kill -9, power loss)
// leaves its "<path>.tmp.<pid>" behind: the next successful commit() of the same
// `path` removes such files when no process <pid> runs and they are older than this
// AtomicFile, so a concurrent writer's temporary file is never touched.
//
//   AtomicFile f("out/graph.graphml");
//   write_graphml(g, f.stream());
//   f.commit();
//
// Mode::Path creates the temporary file empty (so an unwritable directory is
// reported here, with strerror) and closes it: the caller writes temp_path() itself
// (the SQLite writer lets SQLite do it; an empty file is an empty database) and
// closes it before commit(). Not thread-safe; one AtomicFile per output.
//
// Targets that are not plain files are never replaced by one: a symbolic link is
// followed (the temporary file goes next to the file it names, which is replaced; the
// link stays); a device, FIFO or socket (/dev/stdout, /dev/null, a named pipe) is
// written directly, without a temporary file, and commit() only flushes it and
// reports write errors. Mode::Path needs a regular file (or none) and throws otherwise.
// With Replace::Never, commit() throws AtomicFile::Exists, and leaves the target
// alone, when the target exists by then (another process created it meanwhile).
class AtomicFile {
 public:
  enum class Mode { Stream, Path };
  enum class Replace { Always, Never };
  struct Exists : std::runtime_error {
    using std::runtime_error::runtime_error;
  };

  // throws std::runtime_error (naming the file, with strerror) when the temporary
  // file cannot be created.
  explicit AtomicFile(std::string path, Mode mode = Mode::Stream, Replace replace = Replace::Always);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  // The stream writing the temporary file. requires: Mode::Stream, not committed.
  std::ostream& stream();
  const std::string& path() const { return path_; }
  const std::string& temp_path() const { return temp_path_; }
  bool committed() const { return committed_; }
  // True when the target is a device, FIFO or socket, written in place.
  bool direct() const { return direct_; }

  // Flushes, fsyncs and renames. throws std::runtime_error (naming the file and
  // strerror) on any failure; the temporary file is then removed by the destructor.
  void commit();

 private:
  class Buffer;
  std::string path_, target_, temp_path_;  // as given; the file it names after symbolic links
  Mode mode_;
  Replace replace_;
  bool direct_ = false;
  std::unique_ptr<Buffer> buffer_;
  std::unique_ptr<std::ostream> stream_;
  std::int64_t started_ns_;  // wall clock at construction: older temporary files may be stale
  bool committed_ = false;
};

// Writes `path` through an AtomicFile: `write(std::ostream&)`, then commit().
template <typename Write>
void write_atomically(const std::string& path, Write&& write) {
  AtomicFile file(path);
  write(file.stream());
  file.commit();
}

// Appends `s` as XML 1.0 text: escapes & < > " ' as entities; drops the characters
// XML 1.0 forbids (C0 controls other than tab, newline and carriage return, U+FFFE,
// U+FFFF); replaces invalid UTF-8 by U+FFFD. Carriage returns, and in attribute
// values also tabs and newlines, are written as character references so a parser
// gives them back instead of normalising them to spaces or newlines.
void append_xml_escaped(std::string& out, std::string_view s, bool attribute = false);
std::string xml_escape(std::string_view s, bool attribute = false);

// True when `s` has no invalid UTF-8 sequence: sanitize_utf8 (text.hpp) would replace
// nothing in it (it would still drop a leading byte order mark). The JSON writers
// write such strings without a sanitized copy.
bool utf8_is_valid(std::string_view s);

// Appends `s` as a JSON string, the bytes RapidJSON's Writer writes for String(s)
// (UTF-8 to UTF-8, default flags): between quotation marks; a quotation mark and a
// backslash after a backslash; the controls below 0x20 by RapidJSON's escape table
// (b t n f r after a backslash, else "u00" and two upper-case hex digits); every
// other byte as it is. Plain runs are found eight bytes at a time. json_list() and
// json_samples() write their arrays with it, without a Writer.
void append_json_string(std::string& out, std::string_view s);

// One colour per entity type, for Gephi (GraphML r/g/b keys, GEXF viz:color):
// PERSON blue, COUNTRY red, ORGANIZATION green, LOCATION orange, QUOTE (the quote
// nodes of --quotes-as-nodes) purple, anything else grey.
struct Rgb {
  int r = 0, g = 0, b = 0;
};
Rgb type_colour(std::string_view entity_type);
// The same colour as "#rrggbb" (the JSON graph's and the HTML report's nodes).
std::string hex_colour(std::string_view entity_type);

// Shortest text that reads back as the same double ("2", "0.125", "1e-07");
// "NaN" / "INF" / "-INF" (the XML Schema spellings) for non-finite values.
std::string format_double(double value);
// format_double(value) appended to `out`, and an integer's decimal digits, without a
// string made for them (the graph files' positions and colours, row 23.172).
void append_double(std::string& out, double value);
void append_int(std::string& out, long long value);

// A centrality measure (PageRank, betweenness) as exported: rounded to 10
// significant digits, beyond what PageRank's convergence tolerance makes
// meaningful, so exports do not change with the last bits of floating-point
// arithmetic (another CPU, fused multiply-add).
double round_measure(double value);

// An edge's evidence as JSON text, for the string attributes of GraphML and GEXF
// (which have no lists): documents as ["id", ...]; samples as [{"document": "id",
// "date": "YYYY-MM-DD" or null, "text": "..."}, ...], the shape of the JSON export's
// "samples". Invalid UTF-8 becomes U+FFFD.
std::string json_list(const std::vector<std::string>& items);
std::string json_list(const DocumentList& items);
std::string json_samples(const std::vector<EdgeSample>& samples);
// The same texts XML-escaped, appended to `out`: the bytes append_xml_escaped(out,
// json_list(items), attribute) and append_xml_escaped(out, json_samples(samples),
// attribute) append, without the JSON text made and scanned whole first (row 23.336).
void append_xml_json_list(std::string& out, const DocumentList& items, bool attribute);
void append_xml_json_samples(std::string& out, const std::vector<EdgeSample>& samples, bool attribute);

// --quotes-as-nodes: the quotes a GraphML or GEXF file shows as nodes of their own, so
// a Gephi user sees the words. One node per quote whose speaker is a vertex of the
// graph (quotes without a known speaker, or whose speaker was filtered out, are left
// out), in the order of `quotes`; an edge SAID from the speaker to the quote and an
// edge ABOUT from the quote to each entity it is about that is a vertex. Ids "q0"..
// in that order. label: the text cut at 80 code points (with "..."); the whole text
// in `text`. Position: on a ring around the speaker (radius speaker size + 8, the
// speaker's quotes spread evenly), rounded to 0.01; size 2.
struct QuoteNode {
  Vertex speaker = 0;
  std::vector<Vertex> about;
  std::string label, text, document, date, url, cue, kind;  // date: iso_date() or ""
  double x = 0, y = 0, size = 2;
};
std::vector<QuoteNode> quote_nodes(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes);

// Quotes given one at a time, in order, each time the source is called: a database's
// (for_each_quote(), sqlite.hpp) are read again by every call, so a writer holds one
// quote at a time, not the corpus's (docs/quality-log.md rows 23.135-23.139).
using QuoteVisitor = std::function<void(const QuoteRecord&)>;
using QuoteSource = std::function<void(const QuoteVisitor&)>;
// The quotes of a vector, by reference (the vector must outlive the source).
QuoteSource quotes_of(const std::vector<QuoteRecord>& quotes);

// The quote nodes of quote_nodes(), made one at a time from a QuoteSource: the
// constructor reads the source once (the quote nodes of each speaker, for the ring, and
// whether one has a date); each for_each() reads it again and gives `visit(i, node)` for
// the quote nodes "q0".. in order, the same nodes as quote_nodes(). Default: no quote
// nodes. Holds the graph and the source by reference.
class QuoteNodes {
 public:
  QuoteNodes() = default;
  QuoteNodes(const KnowledgeGraph& g, QuoteSource source);
  bool empty() const { return count_ == 0; }
  std::size_t size() const { return count_; }
  bool any_date() const { return any_date_; }
  void for_each(const std::function<void(std::size_t, const QuoteNode&)>& visit) const;

 private:
  // The node of `q` (false when it is none: no known speaker, or one not in the graph).
  bool make(const QuoteRecord& q, QuoteNode& n) const;
  const KnowledgeGraph* g_ = nullptr;
  QuoteSource source_;
  std::unordered_map<std::string, Vertex> vertex_of_;  // EntityNode::key -> vertex
  std::unordered_map<Vertex, std::size_t> per_speaker_;
  std::size_t count_ = 0;
  bool any_date_ = false;
};

}  // namespace gazette
