#include "gazette/exporter.hpp"
#include "gazette/csv.hpp"
#include "gazette/gexf.hpp"
#include "gazette/graph.hpp"
#include "gazette/graphml.hpp"
#include "gazette/json_graph.hpp"
#include "gazette/text.hpp"

#include "graph_fixture.hpp"

#include <boost/graph/graphml.hpp>
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <random>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace gazette;
namespace fs = std::filesystem;

namespace {

KnowledgeGraph small_graph() {
  test::Corpus corpus;
  test::small_corpus(corpus);
  GraphBuilder b;
  for (const auto* a : corpus.annotations()) b.add(*a);
  return b.finish();
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const fs::path& p, const std::string& text) {
  std::ofstream out(p, std::ios::binary);
  out << text;
}

// Compares `actual` with tests/golden/<name> and reports the first differing line.
// GAZETTE_UPDATE_GOLDEN=1 rewrites the golden file instead.
void expect_golden(const std::string& name, const std::string& actual) {
  const fs::path path = fs::path(GAZETTE_SOURCE_DIR) / "tests" / "golden" / name;
  if (const char* u = std::getenv("GAZETTE_UPDATE_GOLDEN"); u && std::string(u) == "1") {
    fs::create_directories(path.parent_path());
    write_file(path, actual);
    std::cerr << "updated " << path << "\n";
    return;
  }
  ASSERT_TRUE(fs::exists(path)) << path << " is missing; run with GAZETTE_UPDATE_GOLDEN=1 to create it";
  const std::string expected = read_file(path);
  if (expected == actual) return;
  std::istringstream e(expected), a(actual);
  std::string el, al;
  for (int line = 1;; ++line) {
    const bool has_e = static_cast<bool>(std::getline(e, el));
    const bool has_a = static_cast<bool>(std::getline(a, al));
    if (!has_e && !has_a) break;
    if (!has_e || !has_a || el != al) {
      ADD_FAILURE() << path << ":" << line << ": output differs from the golden file"
                    << " (GAZETTE_UPDATE_GOLDEN=1 rewrites it)\n  expected: " << (has_e ? el : "<end of file>")
                    << "\n  actual:   " << (has_a ? al : "<end of file>");
      return;
    }
  }
  ADD_FAILURE() << path << ": output differs from the golden file (line endings?)";
}

// A fresh empty directory under the test temp dir.
fs::path scratch_dir(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("gazette-exporters-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::vector<std::string> temp_files(const fs::path& dir) {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().filename().string().find(".tmp.") != std::string::npos) out.push_back(e.path().string());
  return out;
}

// True when every byte is an XML 1.0 character (no C0 controls but tab, LF, CR).
bool xml_clean(const std::string& s) {
  for (unsigned char c : s)
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
  return s.find("\xEF\xBF\xBE") == std::string::npos && s.find("\xEF\xBF\xBF") == std::string::npos;
}

}  // namespace

TEST(Exporter, GoldenGraphml) {
  std::ostringstream out;
  write_graphml(small_graph(), out);
  expect_golden("small.graphml", out.str());
}

TEST(Exporter, GoldenGexf) {
  std::ostringstream out;
  write_gexf(small_graph(), out);
  expect_golden("small.gexf", out.str());
}

TEST(Exporter, GoldenJson) {
  std::ostringstream out;
  write_json_graph(small_graph(), out);
  expect_golden("small.json", out.str());
}

TEST(Exporter, XmlEscape) {
  struct Case { std::string in; bool attribute; std::string out; };
  const Case cases[] = {
      {"plain text", false, "plain text"},
      {"a & b", false, "a &amp; b"},
      {"<Kremlin>", false, "&lt;Kremlin&gt;"},
      {"\"friends\" aren't", false, "&quot;friends&quot; aren&apos;t"},
      {"tab\tnl\ncr\r", false, "tab\tnl\ncr&#13;"},
      {"tab\tnl\ncr\r", true, "tab&#9;nl&#10;cr&#13;"},
      {"a\x01\x08\x0B\x0C\x1F" "b", false, "ab"},                        // C0 controls removed
      {std::string("a\0b", 3), true, "ab"},                              // NUL removed
      {"del\x7F", false, "del\x7F"},                                     // allowed in XML 1.0
      {"x\xEF\xBF\xBEy\xEF\xBF\xBFz", false, "xyz"},                     // U+FFFE, U+FFFF removed
      {"\xEF\xBF\xBD", false, "\xEF\xBF\xBD"},                           // U+FFFD kept
      {"caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80", false, "caf\xC3\xA9 \xE2\x80\x9Cq\xE2\x80\x9D \xF0\x9F\x98\x80"},
      {"bad\xFF", false, "bad\xEF\xBF\xBD"},                             // invalid UTF-8
      {"\xC3", false, "\xEF\xBF\xBD"},                                   // truncated sequence
      {"\xED\xA0\x80", false, "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"},    // a surrogate's bytes
  };
  for (const auto& c : cases) EXPECT_EQ(xml_escape(c.in, c.attribute), c.out) << c.in;
}

TEST(Exporter, XmlEscapeCopiesRunsBetweenEscapes) {
  // Plain runs are appended whole: escapes at the start, the end, back to back and
  // between multi-byte characters, and runs far longer than any buffer.
  EXPECT_EQ(xml_escape("&a<"), "&amp;a&lt;");
  EXPECT_EQ(xml_escape("&&''"), "&amp;&amp;&apos;&apos;");
  EXPECT_EQ(xml_escape("\xC3\xA9&\xC3\xA9>x", true), "\xC3\xA9&amp;\xC3\xA9&gt;x");
  EXPECT_EQ(xml_escape("a\x01" "b\x7F" "c"), "ab\x7F" "c");
  const std::string run(70000, 'w');
  EXPECT_EQ(xml_escape(run + "\"" + run + "\n", true), run + "&quot;" + run + "&#10;");
  std::string out = "kept ";
  append_xml_escaped(out, "x > y");
  EXPECT_EQ(out, "kept x &gt; y");
}

// Plain runs are scanned sixteen bytes at a time (row 23.132): every byte that is not
// copied as it is, at every position of a 48-byte text (so in each lane of a block of
// sixteen, the block's first and last, and in the bytes left after the last block),
// is escaped as it is alone (short texts go byte by byte).
TEST(Exporter, XmlEscapeFindsEverySpecialByteInEveryLane) {
  const std::string specials[] = {"&", "<", ">", "\"", "'", "\n", "\t", "\r", std::string(1, '\0'), "\x1F",
                                  "\xC3\xA9", "\xE2\x80\x9C", "\xEF\xBF\xBE", "\xFF"};
  for (const bool attribute : {false, true})
    for (const auto& special : specials)
      for (std::size_t at = 0; at + special.size() <= 48; ++at) {
        SCOPED_TRACE(at);
        const std::string before(at, 'a'), after(48 - at - special.size(), 'z');
        EXPECT_EQ(xml_escape(before + special + after, attribute),
                  before + xml_escape(special, attribute) + after);
      }
  EXPECT_EQ(xml_escape(std::string(47, 'a') + "\x7F", true), std::string(47, 'a') + "\x7F");  // DEL is copied
}

// The JSON writers escape strings themselves (append_json_string()) and hand them to
// RapidJSON as raw values: the bytes must be those RapidJSON's Writer writes for the
// string. Every byte value at every position of plain texts of 1 to 24 bytes (the
// eight-byte scan and the byte-by-byte tail), alone and with a second escape after it;
// then json_list() and json_samples() against the Writer's whole arrays, with
// invalid UTF-8 and a byte order mark (replaced and dropped as sanitize_utf8() does).
TEST(Exporter, JsonStringsAreTheBytesRapidJsonWrites) {
  auto rapidjson_string = [](std::string_view s) {
    rapidjson::StringBuffer b;
    rapidjson::Writer<rapidjson::StringBuffer> w(b);
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
    return std::string(b.GetString(), b.GetSize());
  };
  for (std::size_t len = 1; len <= 24; ++len)
    for (std::size_t pos = 0; pos < len; ++pos)
      for (int c = 0; c < 256; ++c) {
        std::string s(len, 'a');
        s[pos] = static_cast<char>(c);
        std::string out;
        append_json_string(out, s);
        ASSERT_EQ(out, rapidjson_string(s)) << len << " " << pos << " " << c;
        if (pos + 5 < len) {
          s[pos + 5] = '"';
          out.clear();
          append_json_string(out, s);
          ASSERT_EQ(out, rapidjson_string(s)) << len << " " << pos << " " << c;
        }
      }
  std::string kept = "x";
  append_json_string(kept, "");
  EXPECT_EQ(kept, "x\"\"");

  auto sanitized = [](std::string s) {
    sanitize_utf8(s);
    return s;
  };
  const std::vector<std::string> items = {"plain", "a \"quoted\" id\\", "\xEF\xBB\xBF" "bom", "bad \xff\xc3( end",
                                          "tab\tand\x01" "control", "", "\xC3\xA9t\xC3\xA9 \xE2\x80\x9C"};
  rapidjson::StringBuffer lb;
  rapidjson::Writer<rapidjson::StringBuffer> lw(lb);
  lw.StartArray();
  for (const auto& i : items) {
    const auto t = sanitized(i);
    lw.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
  }
  lw.EndArray();
  EXPECT_EQ(json_list(items), std::string(lb.GetString(), lb.GetSize()));
  EXPECT_EQ(json_list(std::vector<std::string>{}), "[]");

  std::vector<EdgeSample> samples;
  for (std::size_t i = 0; i < items.size(); ++i)
    samples.push_back({items[i], i % 2 ? std::string() : items[(i + 1) % items.size()], items[(i + 2) % items.size()]});
  rapidjson::StringBuffer sb;
  rapidjson::Writer<rapidjson::StringBuffer> sw(sb);
  sw.StartArray();
  for (const auto& x : samples) {
    sw.StartObject();
    const auto d = sanitized(x.document), t = sanitized(x.text);
    sw.Key("document");
    sw.String(d.data(), static_cast<rapidjson::SizeType>(d.size()));
    sw.Key("date");
    if (x.date.empty()) {
      sw.Null();
    } else {
      const auto da = sanitized(x.date);
      sw.String(da.data(), static_cast<rapidjson::SizeType>(da.size()));
    }
    sw.Key("text");
    sw.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
    sw.EndObject();
  }
  sw.EndArray();
  EXPECT_EQ(json_samples(samples), std::string(sb.GetString(), sb.GetSize()));
  EXPECT_EQ(json_samples({}), "[]");
}

TEST(Exporter, FormatDouble) {
  struct Case { double in; std::string out; };
  const Case cases[] = {
      {2, "2"}, {0.5, "0.5"}, {0, "0"}, {-0.0, "0"}, {1e-7, "1e-07"}, {0.1, "0.1"},
      {std::nan(""), "NaN"}, {HUGE_VAL, "INF"}, {-HUGE_VAL, "-INF"},
  };
  for (const auto& c : cases) EXPECT_EQ(format_double(c.in), c.out) << c.in;
  EXPECT_EQ(round_measure(0.21019852081234567), 0.2101985208);
  EXPECT_EQ(round_measure(0), 0);
  EXPECT_EQ(round_measure(4), 4);
}

TEST(Exporter, RoundMeasureIsPrintfTenDigitsReadBack) {
  // The measures are written to ten significant digits: the value printf's "%.10g"
  // gives, read back by strtod, bit for bit, from PageRank-sized fractions to large
  // betweenness sums, ties in the eleventh digit included.
  auto reference = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return std::strtod(buf, nullptr);
  };
  std::mt19937_64 gen(23);
  std::uniform_real_distribution<double> mantissa(1.0, 10.0);
  std::uniform_int_distribution<int> exponent(-12, 9);
  for (int i = 0; i < 200000; ++i) {
    const double v = mantissa(gen) * std::pow(10.0, exponent(gen));
    ASSERT_EQ(round_measure(v), reference(v)) << std::hexfloat << v;
  }
  for (const double v : {1.00000000005, 2.34567890125, 0.000123456789045, 123456789015.0, 9.9999999995,
                         1e-300, 5e-324, 2.5e-324, 1.7976931348623157e308, -1.7976931348623157e308, -0.25})
    EXPECT_EQ(round_measure(v), reference(v)) << std::hexfloat << v;
}

TEST(Exporter, TypeColours) {
  const std::string types[] = {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "UNKNOWN"};
  std::set<std::tuple<int, int, int>> seen;
  for (const auto& t : types) {
    const Rgb c = type_colour(t);
    seen.emplace(c.r, c.g, c.b);
  }
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_GT(type_colour("PERSON").b, type_colour("PERSON").r);        // blue-ish
  EXPECT_GT(type_colour("COUNTRY").r, type_colour("COUNTRY").g);      // red-ish
  EXPECT_GT(type_colour("ORGANIZATION").g, type_colour("ORGANIZATION").r);
}

TEST(Exporter, ForbiddenCharactersNeverReachTheXml) {
  KnowledgeGraph g;
  EntityNode a;
  a.label = "Bell\x07 & <Co> \"quoted\" 'single'\xEF\xBF\xBE";
  a.type = "ORGANIZATION";
  a.aliases = {"tab\there", "nul\x01"};
  EntityNode b;
  b.label = "Cr\r\nLf";
  b.type = "PERSON";
  b.first_date = b.last_date = "2020-01-02";
  boost::add_vertex(a, g);
  boost::add_vertex(b, g);
  RelationEdge e;
  e.type = "SUPPORTS";
  e.weight = 1;
  e.samples.push_back({"d", "", "form\x0C" "feed & \x1B[0m escape"});
  boost::add_edge(0, 1, e, g);
  compute_measures(g);

  std::ostringstream gm, gx, js;
  write_graphml(g, gm);
  write_gexf(g, gx);
  write_json_graph(g, js);
  EXPECT_TRUE(xml_clean(gm.str()));
  EXPECT_TRUE(xml_clean(gx.str()));
  EXPECT_NE(gm.str().find("Bell &amp; &lt;Co&gt; &quot;quoted&quot; &apos;single&apos;</data>"), std::string::npos);
  EXPECT_NE(gx.str().find("label=\"Cr&#13;&#10;Lf\""), std::string::npos);

  // Read the GraphML back with Boost's parser.
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS,
                                  boost::property<boost::vertex_name_t, std::string>,
                                  boost::property<boost::edge_weight_t, double>>;
  G back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(boost::vertex_name, back));
  dp.property("weight", boost::get(boost::edge_weight, back));
  std::istringstream in(gm.str());
  boost::read_graphml(in, back, dp);
  ASSERT_EQ(boost::num_vertices(back), 2u);
  EXPECT_EQ(boost::get(boost::vertex_name, back, 0), "Bell & <Co> \"quoted\" 'single'");
  // (Boost's reader folds the newline into a space; the file has it: CR as a reference.)
  EXPECT_NE(gm.str().find("Cr&#13;\nLf</data>"), std::string::npos);

  // JSON keeps control characters, escaped.
  rapidjson::Document doc;
  doc.Parse(js.str().c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(std::string(doc["nodes"][0]["label"].GetString()), a.label);
  EXPECT_EQ(std::string(doc["links"][0]["samples"][0]["text"].GetString()), "form\x0C" "feed & \x1B[0m escape");
}

TEST(Exporter, JsonStringsLongerThanTheWriteBuffer) {
  // The JSON writer buffers 64 KB and asks for six bytes a character of a string before
  // writing it: a label of 200,000 characters (escapes and UTF-8 included) makes the
  // buffer grow, and 3,000 nodes make it spill many times.
  KnowledgeGraph g;
  EntityNode big;
  big.label = std::string(100000, 'a') + "\x01\"\\\xC3\xA9" + std::string(99995, 'z');
  big.type = "PERSON";
  boost::add_vertex(big, g);
  for (int i = 0; i < 3000; ++i) {
    EntityNode n;
    n.label = "Entity " + std::to_string(i) + " \xE2\x80\x9Cq\xE2\x80\x9D";
    n.type = "ORGANIZATION";
    boost::add_vertex(n, g);
  }
  compute_measures(g);
  std::ostringstream js;
  write_json_graph(g, js);
  rapidjson::Document doc;
  doc.Parse(js.str().c_str());
  ASSERT_FALSE(doc.HasParseError());
  ASSERT_EQ(doc["nodes"].Size(), 3001u);
  EXPECT_EQ(std::string(doc["nodes"][0]["label"].GetString(), doc["nodes"][0]["label"].GetStringLength()), big.label);
  EXPECT_EQ(std::string(doc["nodes"][3000]["label"].GetString()), "Entity 2999 \xE2\x80\x9Cq\xE2\x80\x9D");
  EXPECT_NE(js.str().find("\"label\": \"aaaa"), std::string::npos);
  EXPECT_NE(js.str().find("a\\u0001\\\"\\\\\xC3\xA9z"), std::string::npos);
  EXPECT_EQ(js.str().back(), '\n');
}

TEST(Exporter, GraphmlRoundTripThroughBoost) {
  const auto g = small_graph();
  std::ostringstream out;
  write_graphml(g, out);

  struct Node { std::string label, type; int mentions = 0; double pagerank = 0; };
  struct Link { std::string label; double weight = 0; int evidence_count = 0; };
  using G = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Link>;
  G back;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&Node::label, back));
  dp.property("type", boost::get(&Node::type, back));
  dp.property("mentions", boost::get(&Node::mentions, back));
  dp.property("pagerank", boost::get(&Node::pagerank, back));
  dp.property("label", boost::get(&Link::label, back));
  dp.property("weight", boost::get(&Link::weight, back));
  dp.property("evidence_count", boost::get(&Link::evidence_count, back));
  std::istringstream in(out.str());
  boost::read_graphml(in, back, dp);

  ASSERT_EQ(boost::num_vertices(back), boost::num_vertices(g));
  ASSERT_EQ(boost::num_edges(back), boost::num_edges(g));
  for (std::size_t v = 0; v < boost::num_vertices(g); ++v) {
    EXPECT_EQ(back[v].label, g[v].label);
    EXPECT_EQ(back[v].type, g[v].type);
    EXPECT_EQ(back[v].mentions, g[v].mentions);
    EXPECT_NEAR(back[v].pagerank, g[v].pagerank, 1e-9);
  }
  std::multiset<std::tuple<std::size_t, std::size_t, std::string, double, int>> want, got;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    want.emplace(boost::source(e, g), boost::target(e, g), g[e].type, g[e].weight, g[e].evidence_count);
  for (auto e : boost::make_iterator_range(boost::edges(back)))
    got.emplace(boost::source(e, back), boost::target(e, back), back[e].label, back[e].weight, back[e].evidence_count);
  EXPECT_EQ(got, want);
}

TEST(Exporter, EmptyGraphIsValid) {
  KnowledgeGraph g;
  std::ostringstream gm, gx, js;
  write_graphml(g, gm);
  write_gexf(g, gx);
  write_json_graph(g, js);
  EXPECT_NE(gm.str().find("<graph id=\"G\" edgedefault=\"directed\">"), std::string::npos);
  EXPECT_NE(gx.str().find("mode=\"static\""), std::string::npos);  // no dates
  rapidjson::Document doc;
  doc.Parse(js.str().c_str());
  ASSERT_FALSE(doc.HasParseError());
  EXPECT_EQ(doc["nodes"].Size(), 0u);
  EXPECT_EQ(doc["links"].Size(), 0u);
}

TEST(Exporter, AtomicFileReplacesOnCommit) {
  const auto dir = scratch_dir("commit");
  const auto target = dir / "out.txt";
  write_file(target, "old");
  ::chmod(target.c_str(), 0640);
  {
    AtomicFile f(target.string());
    EXPECT_EQ(f.temp_path(), target.string() + ".tmp." + std::to_string(::getpid()));
    f.stream() << "new";
    EXPECT_EQ(read_file(target), "old");  // untouched until commit
    EXPECT_EQ(temp_files(dir).size(), 1u);
    f.commit();
    EXPECT_TRUE(f.committed());
  }
  EXPECT_EQ(read_file(target), "new");
  EXPECT_TRUE(temp_files(dir).empty());
  struct stat st {};
  ASSERT_EQ(::stat(target.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0640u);  // permissions kept
}

// A file of several megabytes, as build's graph files are, from small writes (through
// the stream's 64 KiB buffer) and large ones (written past it) mixed: every byte is
// committed, in order (row 23.152 handed such files to writeback a megabyte at a time as
// they were written; dropped, not measurably faster, the test kept).
TEST(Exporter, AtomicFileWritesAFileOfSeveralMegabytesWhole) {
  const auto dir = scratch_dir("large");
  const auto target = dir / "big.txt";
  write_file(target, "old");
  std::string expected;
  {
    AtomicFile f(target.string());
    for (int i = 0; i < 60000; ++i) {  // about 3.7 MB: lines of 40-80 bytes, every 997th a 70 KB block
      std::string line = "line " + std::to_string(i) + std::string(static_cast<std::size_t>(30 + i % 41), 'x') + "\n";
      if (i % 997 == 0) line += std::string(70000, static_cast<char>('a' + i % 26)) + "\n";
      f.stream() << line;
      expected += line;
    }
    ASSERT_GT(expected.size(), std::size_t{3} << 20);
    EXPECT_EQ(read_file(target), "old");
    f.commit();
  }
  EXPECT_EQ(read_file(target), expected);
  EXPECT_TRUE(temp_files(dir).empty());
}

TEST(Exporter, AtomicFileWithoutCommitKeepsTheOldFile) {
  const auto dir = scratch_dir("abandon");
  const auto target = dir / "graph.graphml";
  write_file(target, "old");
  try {
    AtomicFile f(target.string());
    f.stream() << std::string(200000, 'x');  // more than the buffer: the temp file has data
    throw std::runtime_error("exporter failed half-way");
  } catch (const std::runtime_error&) {
  }
  EXPECT_EQ(read_file(target), "old");
  EXPECT_TRUE(temp_files(dir).empty());
}

TEST(Exporter, AtomicFileRemovesStaleTemporariesOfKilledWriters) {
  const auto dir = scratch_dir("stale");
  const auto target = dir / "graph.graphml";
  // A pid that surely belongs to no running process: a child that has exited and been reaped.
  const pid_t dead = ::fork();
  ASSERT_GE(dead, 0);
  if (dead == 0) ::_exit(0);
  ::waitpid(dead, nullptr, 0);
  const std::string d = std::to_string(dead), live = std::to_string(::getppid());
  const auto hour_ago = fs::file_time_type::clock::now() - std::chrono::hours(1);
  auto make = [&](const std::string& name, fs::file_time_type when) {
    write_file(dir / name, "partial");
    fs::last_write_time(dir / name, when);
  };
  make("graph.graphml.tmp." + d, hour_ago);                     // killed writer: removed
  make("graph.graphml.tmp." + live, hour_ago);                  // a running process: kept
  make("graph.gexf.tmp." + d, hour_ago);                        // another output: kept
  make("graph.graphml.tmp." + d + ".keep", hour_ago);           // not the pattern: kept
  make("graph.graphml.tmp.x" + d, hour_ago);                    // not the pattern: kept
  {
    AtomicFile f(target.string());
    make("graph.graphml.tmp.1" + d, fs::file_time_type::clock::now() + std::chrono::hours(1));  // newer than this run: kept
    f.stream() << "new";
    f.commit();
  }
  EXPECT_EQ(read_file(target), "new");
  EXPECT_FALSE(fs::exists(dir / ("graph.graphml.tmp." + d)));
  for (const auto& kept : {"graph.graphml.tmp." + live, "graph.gexf.tmp." + d, "graph.graphml.tmp." + d + ".keep",
                           "graph.graphml.tmp.x" + d})
    EXPECT_TRUE(fs::exists(dir / kept)) << kept;
  // An uncommitted (failed) export removes nothing but its own temporary file.
  make("graph.graphml.tmp." + d, hour_ago);
  { AtomicFile f(target.string()); f.stream() << "abandoned"; }
  EXPECT_TRUE(fs::exists(dir / ("graph.graphml.tmp." + d)));
  EXPECT_EQ(read_file(target), "new");
}

TEST(Exporter, AtomicFileErrorsNameThePath) {
  const auto dir = scratch_dir("errors");
  // No such directory: the constructor fails.
  const std::string missing = (dir / "no-such-dir" / "g.graphml").string();
  try {
    AtomicFile f(missing);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(missing), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("No such file or directory"), std::string::npos) << e.what();
  }
  // The target is a directory: the constructor fails, the directory stays.
  const auto target = dir / "taken";
  fs::create_directories(target / "inside");
  try {
    AtomicFile f(target.string());
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find(target.string()), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("Is a directory"), std::string::npos) << e.what();
  }
  EXPECT_TRUE(fs::is_directory(target / "inside"));
  EXPECT_TRUE(temp_files(dir).empty());
  // The file writers report the same way.
  EXPECT_THROW(write_graphml_file(KnowledgeGraph{}, missing), std::runtime_error);
  EXPECT_THROW(write_gexf_file(KnowledgeGraph{}, missing), std::runtime_error);
  EXPECT_THROW(write_json_graph_file(KnowledgeGraph{}, missing), std::runtime_error);
}

TEST(Exporter, FileWritersMatchStreamWriters) {
  const auto dir = scratch_dir("files");
  const auto g = small_graph();
  write_graphml_file(g, (dir / "g.graphml").string());
  write_gexf_file(g, (dir / "g.gexf").string());
  write_json_graph_file(g, (dir / "g.json").string());
  std::ostringstream gm, gx, js;
  write_graphml(g, gm);
  write_gexf(g, gx);
  write_json_graph(g, js);
  EXPECT_EQ(read_file(dir / "g.graphml"), gm.str());
  EXPECT_EQ(read_file(dir / "g.gexf"), gx.str());
  EXPECT_EQ(read_file(dir / "g.json"), js.str());
  EXPECT_TRUE(temp_files(dir).empty());
}

// Former bugs (issue #22): the write-then-rename replaced devices, FIFOs and symbolic
// links with regular files, and two creators of one new file both "succeeded".
TEST(Exporter, AtomicFileWritesThroughSymlinksAndIntoNonRegularFiles) {
  const auto dir = scratch_dir("special");
  // A symbolic link: its target is replaced, the link stays a link.
  fs::create_directories(dir / "real");
  {
    std::ofstream(dir / "real" / "g.txt") << "old";
  }
  fs::create_symlink("real/g.txt", dir / "link.txt");
  {
    AtomicFile f((dir / "link.txt").string());
    f.stream() << "new";
    f.commit();
  }
  EXPECT_TRUE(fs::is_symlink(dir / "link.txt"));
  EXPECT_EQ(read_file(dir / "real" / "g.txt"), "new");
  // A dangling link: the file it names is created.
  fs::create_symlink("real/h.txt", dir / "dangling.txt");
  {
    AtomicFile f((dir / "dangling.txt").string());
    f.stream() << "made";
    f.commit();
  }
  EXPECT_TRUE(fs::is_symlink(dir / "dangling.txt"));
  EXPECT_EQ(read_file(dir / "real" / "h.txt"), "made");
  // A device: written in place, errors reported at commit.
  {
    AtomicFile f("/dev/null");
    EXPECT_TRUE(f.direct());
    f.stream() << "discarded";
    f.commit();
  }
  EXPECT_TRUE(fs::is_character_file("/dev/null"));
  if (fs::exists("/dev/full")) {
    AtomicFile f("/dev/full");
    f.stream() << std::string(1 << 17, 'x');
    EXPECT_THROW(f.commit(), std::runtime_error);
  }
  // A FIFO: written in place, read by a child process; it stays a FIFO.
  const auto fifo = dir / "pipe";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const auto got = dir / "got.txt";
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::ifstream in(fifo);
    std::ofstream(got) << in.rdbuf();
    ::_exit(0);
  }
  {
    AtomicFile f(fifo.string());
    f.stream() << "through the pipe";
    f.commit();
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_EQ(read_file(got), "through the pipe");
  EXPECT_TRUE(fs::is_fifo(fifo));
  // Mode::Path (a database) refuses anything but a regular file.
  EXPECT_THROW(AtomicFile(fifo.string(), AtomicFile::Mode::Path), std::runtime_error);
  EXPECT_TRUE(temp_files(dir).empty());
}

TEST(Exporter, AtomicFileReplaceNeverLeavesAFileCreatedMeanwhile) {
  const auto dir = scratch_dir("never");
  const auto target = dir / "new.db";
  AtomicFile f(target.string(), AtomicFile::Mode::Stream, AtomicFile::Replace::Never);
  f.stream() << "mine";
  {
    std::ofstream(target) << "theirs";  // another process finished first
  }
  EXPECT_THROW(f.commit(), AtomicFile::Exists);
  EXPECT_EQ(read_file(target), "theirs");
  AtomicFile g((dir / "fresh.db").string(), AtomicFile::Mode::Stream, AtomicFile::Replace::Never);
  g.stream() << "mine";
  g.commit();
  EXPECT_EQ(read_file(dir / "fresh.db"), "mine");
}

// --quotes-as-nodes: a quote of a speaker in the graph becomes a node on a ring around
// the speaker, with SAID and ABOUT edges; quotes of unknown or absent speakers do not.
TEST(Exporter, QuoteNodes) {
  const KnowledgeGraph g = small_graph();
  ASSERT_GE(boost::num_vertices(g), 2u);
  std::vector<QuoteRecord> quotes(3);
  quotes[0].speaker_key = g[0].key;
  quotes[0].about_keys = {g[1].key, "name:nobody here", g[0].key};
  quotes[0].text = std::string(30, 'a') + "\xC3\xA9" + std::string(79, 'b');  // 110 code points
  quotes[0].document = "d1";
  quotes[0].date = "2024-03-01T10:00Z";
  quotes[0].kind = "direct";
  quotes[0].cue = "said";
  quotes[1].text = "no speaker";
  quotes[2].speaker_key = "name:not in the graph";
  quotes[2].text = "absent speaker";
  const auto nodes = quote_nodes(g, quotes);
  ASSERT_EQ(nodes.size(), 1u);
  const QuoteNode& q = nodes[0];
  EXPECT_EQ(q.speaker, 0u);
  EXPECT_EQ(q.about, std::vector<Vertex>{1});  // the unknown key and the speaker itself left out
  EXPECT_EQ(q.label, std::string(30, 'a') + "\xC3\xA9" + std::string(49, 'b') + "...");
  EXPECT_EQ(q.text, quotes[0].text);
  EXPECT_EQ(q.date, "2024-03-01");
  EXPECT_NEAR(std::hypot(q.x - g[0].x, q.y - g[0].y), g[0].size + 8, 0.02);

  const QuoteNodes streamed(g, quotes_of(quotes));
  EXPECT_EQ(streamed.size(), 1u);
  EXPECT_TRUE(streamed.any_date());
  std::ostringstream graphml, gexf, plain;
  write_graphml(g, graphml, streamed);
  write_graphml(g, plain);
  const std::string x = graphml.str();
  EXPECT_EQ(plain.str().find("<node id=\"q0\">"), std::string::npos);
  EXPECT_NE(x.find("<node id=\"q0\">\n      <data key=\"label\">" + q.label + "</data>\n      <data key=\"type\">QUOTE</data>"),
            std::string::npos);
  EXPECT_NE(x.find("<key id=\"text\" for=\"node\" attr.name=\"text\" attr.type=\"string\"/>"), std::string::npos);
  EXPECT_NE(x.find("source=\"n0\" target=\"q0\">\n      <data key=\"e_label\">SAID</data>"), std::string::npos);
  EXPECT_NE(x.find("source=\"q0\" target=\"n1\">\n      <data key=\"e_label\">ABOUT</data>"), std::string::npos);
  write_gexf(g, gexf, streamed);
  const std::string y = gexf.str();
  EXPECT_NE(y.find("<node id=\"q0\" label=\"" + q.label + "\" start=\"2024-03-01\" end=\"2024-03-01\">"), std::string::npos);
  EXPECT_NE(y.find("<attvalue for=\"type\" value=\"QUOTE\"/>"), std::string::npos);
  EXPECT_NE(y.find("source=\"n0\" target=\"q0\" label=\"SAID\""), std::string::npos);
  EXPECT_NE(y.find("source=\"q0\" target=\"n1\" label=\"ABOUT\""), std::string::npos);
  // Edge ids go on after the relations' ids.
  EXPECT_NE(y.find("<edge id=\"e" + std::to_string(boost::num_edges(g) + 1) + "\""), std::string::npos);
  EXPECT_EQ(y.find("<edge id=\"e" + std::to_string(boost::num_edges(g) + 2) + "\""), std::string::npos);
}

// The quotations CSV and the quote nodes of GraphML and GEXF hold no quote of their own
// (rows 23.135-23.139): the source below makes each quote when asked, in one reused
// record, and checks that the quote before it is already in the stream (its 70 KB text
// passes the writers' 64 KB buffers); the quote nodes read the source three times (the
// ring and dates, the nodes, the edges), the CSV once.
TEST(Exporter, QuoteWritersWriteEachQuoteBeforeTheNextIsRead) {
  const KnowledgeGraph g = small_graph();
  constexpr int kQuotes = 5;
  const auto text = [](int i) { return "quote " + std::to_string(i) + " " + std::string(70000, static_cast<char>('a' + i)); };
  std::ostringstream out;
  int passes = 0;
  bool check = false;
  std::vector<std::string> late;  // quotes given before the previous one was written
  const QuoteSource source = [&](const QuoteVisitor& visit) {
    ++passes;
    QuoteRecord q;
    q.speaker_key = g[0].key;
    q.about_keys = {g[1].key};
    q.document = "d";
    for (int i = 0; i < kQuotes; ++i) {
      if (check && i > 0 && out.str().find(text(i - 1)) == std::string::npos) late.push_back(std::to_string(i));
      q.text = text(i);
      visit(q);
    }
  };
  check = true;
  write_csv_quotations(source, out);
  EXPECT_EQ(passes, 1);
  EXPECT_TRUE(late.empty()) << late.size();
  EXPECT_NE(out.str().find(text(kQuotes - 1)), std::string::npos);
  check = false;
  const QuoteNodes nodes(g, source);
  EXPECT_EQ(nodes.size(), static_cast<std::size_t>(kQuotes));
  for (const bool gexf : {false, true}) {
    out.str("");
    passes = 0;
    check = true;
    if (gexf)
      write_gexf(g, out, nodes);
    else
      write_graphml(g, out, nodes);
    check = false;
    EXPECT_EQ(passes, 2) << gexf;  // nodes, then edges
    EXPECT_TRUE(late.empty()) << gexf << " " << late.size();
    EXPECT_NE(out.str().find("<node id=\"q" + std::to_string(kQuotes - 1) + "\""), std::string::npos) << gexf;
  }
  // The same bytes as the nodes of a vector.
  std::vector<QuoteRecord> held;
  source([&](const QuoteRecord& q) { held.push_back(q); });
  std::ostringstream a, b;
  write_graphml(g, a, QuoteNodes(g, quotes_of(held)));
  write_graphml(g, b, nodes);
  EXPECT_EQ(a.str(), b.str());
}

TEST(Exporter, AtomicFileFollowsALinkLongerThanItsStatedSize) {
  // /proc/self/fd/N states 64 bytes as its size whatever the path it names: a longer
  // path was cut short (`--json /dev/stdout` into a file of a long path wrote elsewhere).
  const fs::path dir = fs::path(::testing::TempDir()) / ("gazette-long-link-" + std::to_string(::getpid())) /
                       std::string(120, 'd');
  fs::create_directories(dir);
  const std::string target = (dir / "out.json").string();
  const int fd = ::open(target.c_str(), O_CREAT | O_WRONLY | O_TRUNC, 0644);
  ASSERT_GE(fd, 0);
  {
    AtomicFile f("/proc/self/fd/" + std::to_string(fd));
    f.stream() << "whole";
    f.commit();
  }
  ::close(fd);
  std::ifstream in(target);
  std::string text;
  std::getline(in, text);
  EXPECT_EQ(text, "whole");
  fs::remove_all(dir.parent_path());
}

TEST(Exporter, NumbersAndColoursAppendedInPlaceAreTheFormattedOnes) {
  // Row 23.172: the GraphML and GEXF writers append positions and colours in place
  // (append_double(), append_int()); hex_colour() writes its digits itself. Each is
  // the text made before: format_double()'s shortest round trip, to_string(), printf's
  // "#%02x%02x%02x".
  for (const double v : {0.0, -0.0, 1.0, -2.5, 0.1, 1e-7, 123456.789, 1e300, -1e-300, 3.14159265358979,
                         std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(),
                         -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::denorm_min()}) {
    std::string s = "x=";
    append_double(s, v);
    char buf[40];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    const std::string shortest = std::isnan(v)   ? "NaN"
                                 : std::isinf(v) ? (v > 0 ? "INF" : "-INF")
                                 : v == 0        ? "0"
                                                 : std::string(buf, r.ptr);
    EXPECT_EQ(s, "x=" + shortest) << v;
    EXPECT_EQ(format_double(v), shortest) << v;
  }
  for (const long long v : {0LL, 7LL, -1LL, 255LL, 1234567890123LL, std::numeric_limits<long long>::min()}) {
    std::string s = "n=";
    append_int(s, v);
    EXPECT_EQ(s, "n=" + std::to_string(v));
  }
  for (const char* type : {"PERSON", "COUNTRY", "ORGANIZATION", "LOCATION", "QUOTE", "OTHER", ""}) {
    const Rgb c = type_colour(type);
    char expected[8];
    std::snprintf(expected, sizeof expected, "#%02x%02x%02x", c.r & 0xFF, c.g & 0xFF, c.b & 0xFF);
    EXPECT_EQ(hex_colour(type), expected) << type;
  }
}

TEST(Exporter, AttributeValuesAreWrittenFromTheirTextUnchanged) {
  // Row 23.174: a text attribute goes to the GraphML <data> and the GEXF <attvalue>
  // from its own text (Value::with_xml()), without the copy xml() made; numbers and
  // lists still through xml(). Each kind, escaped as before: a type with `&<>"'`, the
  // key, " | "-joined aliases, an integer, the edge role and its JSON documents list.
  GraphBuilder b;
  GraphDocument d;
  d.id = "doc <1> & \"2\"";
  d.date = "2024-02-03";
  GraphDocument::EntityRef a;
  a.key = "name:ann & co";
  a.label = "Ann & Co";
  a.type = "ORG<&>\"'";
  a.mentions = 3;
  a.aliases = {"A&C", "Ann <Co>"};
  GraphDocument::EntityRef c = a;
  c.key = "name:cy";
  c.label = "Cy";
  c.type = "PERSON";
  c.aliases = {};
  d.entities = {a, c};
  GraphDocument::RelationRef r;
  r.head = 0;
  r.tail = 1;
  r.type = "ROLE_IN";
  r.role = "chief \"exec\" & <owner>";
  r.evidence = "Cy, chief of Ann & Co";
  r.evidence_count = 1;
  d.relations = {r};
  b.add(d);
  const KnowledgeGraph g = std::move(b).finish();
  std::ostringstream graphml, gexf;
  write_graphml(g, graphml);
  write_gexf(g, gexf);
  for (const char* want : {"<data key=\"type\">ORG&lt;&amp;&gt;&quot;&apos;</data>", "<data key=\"key\">name:ann &amp; co</data>",
                           "<data key=\"aliases\">A&amp;C | Ann &lt;Co&gt;</data>", "<data key=\"mentions\">3</data>",
                           "<data key=\"e_role\">chief &quot;exec&quot; &amp; &lt;owner&gt;</data>",
                           "<data key=\"e_documents\">[&quot;doc &lt;1&gt; &amp; \\&quot;2\\&quot;&quot;]</data>"})
    EXPECT_NE(graphml.str().find(want), std::string::npos) << want;
  for (const char* want : {"<attvalue for=\"type\" value=\"ORG&lt;&amp;&gt;&quot;&apos;\"/>",
                           "<attvalue for=\"key\" value=\"name:ann &amp; co\"/>",
                           "<attvalue for=\"aliases\" value=\"A&amp;C | Ann &lt;Co&gt;\"/>",
                           "<attvalue for=\"mentions\" value=\"3\"/>",
                           "<attvalue for=\"role\" value=\"chief &quot;exec&quot; &amp; &lt;owner&gt;\"/>",
                           "<attvalue for=\"documents\" value=\"[&quot;doc &lt;1&gt; &amp; \\&quot;2\\&quot;&quot;]\"/>"})
    EXPECT_NE(gexf.str().find(want), std::string::npos) << want;
}

// Row 23.244: a value of at most two decimals is written from its hundredths; every
// value, on the grid of hundredths or beside it, is written as std::to_chars writes it.
TEST(Exporter, DoublesOfTwoDecimalsAreWrittenAsToCharsWritesThem) {
  const auto to_chars_text = [](double v) {
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
  };
  const auto check = [&](double v) {
    std::string out = "x";  // appended after what is there
    append_double(out, v);
    ASSERT_EQ(out, "x" + to_chars_text(v)) << v;
  };
  for (long k = -2'000'000; k <= 2'000'000; ++k) {  // -20,000.00 to 20,000.00
    const double v = static_cast<double>(k) / 100.0;
    if (v == 0) continue;  // "0" for both zeros, tested elsewhere
    check(v);
    check(std::nextafter(v, 1e9));
    check(std::nextafter(v, -1e9));
  }
  std::mt19937_64 random(23244);
  std::uniform_real_distribution<double> any(-2e5, 2e5);
  for (int i = 0; i < 200'000; ++i) {
    const double v = any(random);
    check(v);
    check(std::round(v * 100) / 100);
    check(std::round(v * 10) / 10);
  }
  for (const double v : {0.01, 0.009999999999, 0.005, 0.015, 99999.99, 99999.995, 1e5, 1e5 - 1e-9, 10000.0, 12000.0,
                         -0.07, 1234.5, 1.0 / 3, 1e-5, 1e300, 5e-324})
    check(v);
  std::string out;
  append_double(out, 12.0);
  append_double(out, -0.07);
  append_double(out, 1234.5);
  EXPECT_EQ(out, "12-0.071234.5");
}

// Row 23.245: a measure's ten digits are computed from the value when no half is near;
// every value, on that path or not, is printf's "%.10g" read back, bit for bit.
TEST(Exporter, MeasuresRoundedToTenDigitsAreThePrintedOnesReadBack) {
  const auto printed = [](double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return std::strtod(buf, nullptr);
  };
  const auto check = [&](double v) {
    const double got = round_measure(v), want = printed(v);
    ASSERT_EQ(std::memcmp(&got, &want, sizeof got), 0) << std::hexfloat << v << " " << got << " " << want;
  };
  std::mt19937_64 random(23245);
  std::uniform_real_distribution<double> exponent(-14, 10);
  for (int i = 0; i < 300'000; ++i) {
    const double v = std::pow(10.0, exponent(random));
    check(v);
    check(-v);
  }
  for (int e = -12; e < 9; ++e)
    for (int k = 1; k < 200; ++k) {  // decimal boundaries and exact halves of the tenth digit
      const double v = k * std::pow(10.0, e);
      check(v);
      check(std::nextafter(v, 0.0));
      check(std::nextafter(v, 1e300));
      check((k * 1e9 + 0.5) * std::pow(10.0, e - 9));
    }
  for (const double v : {1.0, 0.5, 1e-12, 9.999999999e8, 1e9, 0.00012345678905, 123456789.05, 5e-324, 1e300})
    check(v);
  EXPECT_EQ(round_measure(0.0001234567891234), 0.0001234567891);
}

TEST(Exporter, NumbersAndIdsTheXmlWritersAppendUnescapedNeedNoEscaping) {
  // Row 23.295: GraphML and GEXF append a number (an Int or Double attribute, an edge's
  // weight), a node's or edge's id and an attribute's name without passing them
  // through append_xml_escaped(). That is the same text only if escaping would leave
  // every such string as it is: checked for integers and doubles of every magnitude,
  // the special values, and the ids and names the writers make; the files of a graph
  // whose labels need escaping still have them escaped (and match the golden files).
  std::mt19937_64 rng(23295);
  std::uniform_real_distribution<double> unit(-1.0, 1.0);
  std::uniform_int_distribution<int> exponent(-320, 308);
  for (int i = 0; i < 200000; ++i) {
    const double d = unit(rng) * std::pow(10.0, exponent(rng));
    const std::string text = format_double(d);
    ASSERT_EQ(xml_escape(text, true), text) << text;
    const auto n = static_cast<long long>(rng());
    ASSERT_EQ(xml_escape(std::to_string(n), true), std::to_string(n));
  }
  for (const double d : {0.0, -0.0, 1e-320, std::numeric_limits<double>::infinity(),
                         -std::numeric_limits<double>::infinity(), std::numeric_limits<double>::quiet_NaN()})
    EXPECT_EQ(xml_escape(format_double(d), true), format_double(d));
  const std::string gexf = [] {
    std::ostringstream out;
    write_gexf(small_graph(), out);
    return out.str();
  }();
  const std::string graphml = [] {
    std::ostringstream out;
    write_graphml(small_graph(), out);
    return out.str();
  }();
  // Every for="...", id="...", source="..." and target="..." of the GEXF file is a name
  // or an id: letters, digits and underscores.
  std::size_t checked = 0;
  for (const std::string key : {" for=\"", " id=\"", " source=\"", " target=\""})
    for (auto at = gexf.find(key); at != std::string::npos; at = gexf.find(key, at + 1)) {
      const auto start = at + key.size(), end = gexf.find('"', start);
      const std::string value = gexf.substr(start, end - start);
      EXPECT_TRUE(!value.empty() && std::all_of(value.begin(), value.end(), [](unsigned char c) {
        return std::isalnum(c) || c == '_' || c == ':';
      })) << value;
      ++checked;
    }
  EXPECT_GT(checked, 20u);
  // The fixture's label `the <Kremlin> & ...` is still escaped in both files.
  EXPECT_NE(gexf.find("&lt;Kremlin&gt; &amp;"), std::string::npos);
  EXPECT_NE(graphml.find("&lt;Kremlin&gt; &amp;"), std::string::npos);
}

// What rapidjson's PrettyWriter (indent one space) writes for the document `text` holds,
// read back in full precision, with the exporter's final newline; "" when it does not parse.
namespace {
std::string pretty_json_of(const std::string& text) {
  rapidjson::Document d;
  d.Parse<rapidjson::kParseFullPrecisionFlag>(text.c_str());
  if (d.HasParseError()) return "";
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 1);
  d.Accept(w);
  return std::string(buffer.GetString()) + "\n";
}
}  // namespace

TEST(Exporter, JsonGraphIsWhatRapidjsonsPrettyWriterWritesForItsDocument) {
  // Row 23.335: member names, ids and colours are copied between quotation marks
  // instead of written by rapidjson's String(); the file is still, byte for byte, what
  // rapidjson's PrettyWriter writes for the document it holds (read back in full
  // precision), and a label's quotation mark and backslash are still escaped.
  KnowledgeGraph g = small_graph();
  g[0].label = "Tom \"Ace\" Smith \\ Velmora";
  std::ostringstream out;
  write_json_graph(g, out);
  const std::string text = out.str();
  EXPECT_EQ(pretty_json_of(text), text);
  EXPECT_NE(text.find("\"label\": \"Tom \\\"Ace\\\" Smith \\\\ Velmora\""), std::string::npos);
  EXPECT_NE(text.find("\"id\": \"n0\""), std::string::npos);
  EXPECT_NE(text.find("\"color\": \"#"), std::string::npos);
  rapidjson::Document d;
  d.Parse(text.c_str());
  ASSERT_TRUE(d.IsObject());
  EXPECT_GT(d["nodes"].Size(), 3u);
  EXPECT_GT(d["links"].Size(), 2u);
}

TEST(Exporter, EdgeListsAppendedEscapedAreTheirJsonTextEscaped) {
  // Row 23.336: an edge's documents and samples are appended XML-escaped without their
  // JSON text made first; the bytes are those of append_xml_escaped() of json_list()
  // and json_samples(), in attribute and element mode, for texts with quotation marks,
  // backslashes, XML's specials, control bytes, tabs, invalid UTF-8, a byte order mark,
  // U+FFFE and non-ASCII letters.
  const std::vector<std::string> texts = {
      "", "plain", "Tom \"Ace\" Smith", "back\\slash", "a & b <c> 'd'", "tab\there\nline\rcr",
      std::string("bell\x07", 5), "bad \xC3 byte", "\xEF\xBB\xBF" "bom first", "odd \xEF\xBF\xBE mark",
      "Velmora caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D", std::string(40, '&') + std::string(40, 'x')};
  std::vector<EdgeSample> samples;
  for (std::size_t i = 0; i < texts.size(); ++i)
    samples.push_back({texts[i], i % 3 ? "2026-0" + std::to_string(i % 9 + 1) + "-01" : "", texts[texts.size() - 1 - i]});
  const DocumentList documents(texts);
  for (const bool attribute : {false, true}) {
    std::string expected, got = "prefix ";
    expected = got;
    append_xml_escaped(expected, json_list(documents), attribute);
    append_xml_json_list(got, documents, attribute);
    EXPECT_EQ(got, expected) << attribute;
    expected = got = "";
    append_xml_escaped(expected, json_samples(samples), attribute);
    append_xml_json_samples(got, samples, attribute);
    EXPECT_EQ(got, expected) << attribute;
    EXPECT_NE(got.find("{&quot;document&quot;:&quot;&quot;,&quot;date&quot;:null"), std::string::npos);
    EXPECT_NE(got.find("Tom \\&quot;Ace\\&quot; Smith"), std::string::npos);
    expected = got = "";
    append_xml_escaped(expected, json_samples({}), attribute);
    append_xml_json_samples(got, {}, attribute);
    EXPECT_EQ(got, "[]");
    EXPECT_EQ(got, expected);
  }
}

TEST(Exporter, EdgeListsEscapedInOnePassAreTheirJsonTextEscaped) {
  // Row 23.473: a valid UTF-8 text is escaped for JSON and XML in one pass; a malformed
  // one or one opening on a byte order mark goes through both passes, what the one pass
  // wrote taken back. 4,000 random texts of 0 to 70 bytes (runs of sixteen plain bytes
  // and more, each special byte at every place) from ASCII letters, XML's and JSON's
  // specials, control bytes, DEL, letters of two to four bytes, U+FFFD, U+FFFE, U+FFFF, a
  // byte order mark, and (in one text of four) a malformed sequence: the bytes of
  // append_xml_escaped() of json_list() and json_samples(), in both modes.
  const std::vector<std::string> pieces = {
      "a", "Kestby ", "0123456789abcdef", "&", "<", ">", "\"", "'", "\\", std::string(1, '\0'), "\x01", "\b",
      "\t", "\n", "\f", "\r", "\x1F", "\x7F", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "\xEF\xBF\xBD",
      "\xEF\xBF\xBE", "\xEF\xBF\xBF", "\xEF\xBB\xBF"};
  const std::vector<std::string> malformed = {"\xC3", "\x80", "\xFF", "\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80"};
  std::mt19937 gen(473);
  std::vector<std::string> texts;
  for (int t = 0; t < 4000; ++t) {
    std::string text;
    const std::size_t target = gen() % 71;
    while (text.size() < target) text += pieces[gen() % pieces.size()];
    if (t % 4 == 3) text.insert(gen() % (text.size() + 1), malformed[gen() % malformed.size()]);
    texts.push_back(text);
  }
  std::size_t one_pass = 0;
  for (const auto& text : texts) one_pass += !text.starts_with("\xEF\xBB\xBF") && utf8_is_valid(text);
  EXPECT_GT(one_pass, 2500u);
  for (const bool attribute : {false, true})
    for (std::size_t i = 0; i < texts.size(); ++i) {
      const DocumentList documents(std::vector<std::string>{texts[i], texts[texts.size() - 1 - i]});
      const std::vector<EdgeSample> samples = {{texts[i], i % 2 ? texts[i] : "", texts[(i * 7) % texts.size()]}};
      std::string expected = "prefix ", got = expected;
      append_xml_escaped(expected, json_list(documents), attribute);
      append_xml_json_list(got, documents, attribute);
      ASSERT_EQ(got, expected) << i << " " << attribute;
      expected = got = "";
      append_xml_escaped(expected, json_samples(samples), attribute);
      append_xml_json_samples(got, samples, attribute);
      ASSERT_EQ(got, expected) << i << " " << attribute;
    }
  std::string got;
  append_xml_json_list(got, DocumentList(std::vector<std::string>{"Tom \"Tommy\" Smith", "Caf\xC3\xA9 & Bar\\"}), true);
  EXPECT_EQ(got, "[&quot;Tom \\&quot;Tommy\\&quot; Smith&quot;,&quot;Caf\xC3\xA9 &amp; Bar\\\\&quot;]");
}

TEST(Exporter, NumberAttributesAreAppendedAsTheirText) {
  // Row 23.337: an Int or Double attribute is appended in place by append_int() and
  // append_double(), which write what std::to_string() and format_double() return;
  // the fixture's GraphML and GEXF files still hold each node's mentions and degrees.
  std::mt19937_64 random(23337);
  for (int i = 0; i < 20000; ++i) {
    const auto n = static_cast<long long>(random()) >> (i % 60);
    std::string s = "x";
    append_int(s, n);
    EXPECT_EQ(s, "x" + std::to_string(n));
  }
  for (const long long n : {0LL, -1LL, std::numeric_limits<long long>::min(), std::numeric_limits<long long>::max()}) {
    std::string s;
    append_int(s, n);
    EXPECT_EQ(s, std::to_string(n));
  }
  const KnowledgeGraph g = small_graph();
  std::ostringstream gm, gx;
  write_graphml(g, gm);
  write_gexf(g, gx);
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    const std::string mentions = std::to_string(g[v].mentions), degree = std::to_string(g[v].degree_out);
    EXPECT_NE(gm.str().find("<data key=\"mentions\">" + mentions + "</data>"), std::string::npos);
    EXPECT_NE(gx.str().find("<attvalue for=\"mentions\" value=\"" + mentions + "\"/>"), std::string::npos);
    EXPECT_NE(gx.str().find("<attvalue for=\"degree_out\" value=\"" + degree + "\"/>"), std::string::npos);
  }
}

TEST(Exporter, JsonGraphPrefixesAreRapidjsonsAtEveryDepth) {
  // Row 23.346: the separator, new line and indentation before each string of
  // graph.json are written by the exporter's own prefix, not rapidjson's
  // PrettyPrefix(); the file is still what PrettyWriter writes for its document, with
  // strings at every depth (node members, edge documents in arrays, samples in objects
  // in arrays), empty and null values, escapes, and a buffer written out many times
  // (a label longer than the writer's 64 KiB buffer).
  KnowledgeGraph g = small_graph();
  g[0].label = "Jane \"JR\" Roe \\ Tarnwick\n" + std::string(70000, 'x');
  g[1].label = "";
  bool with_samples = false;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    RelationEdge& r = g[e];
    r.role = with_samples ? "mayor of Tarnwick" : "";
    r.samples = {{"d1", "", "Tom Smith said \"no\"."}, {"d2", "2026-03-04", std::string(300, 'y')}};
    if (with_samples) r.samples.clear();
    with_samples = !with_samples;
  }
  std::ostringstream out;
  write_json_graph(g, out);
  const std::string text = out.str();
  EXPECT_EQ(pretty_json_of(text), text);
  EXPECT_NE(text.find("\n     \"text\": \"Tom Smith said \\\"no\\\".\""), std::string::npos);  // five levels deep
  EXPECT_NE(text.find("\"samples\": []"), std::string::npos);
  EXPECT_GT(text.size(), 70000u);
}

TEST(Exporter, GexfPlainAttributesAreWrittenWhole) {
  // Row 23.348: a GEXF attribute whose value XML does not escape (ids, sources and
  // targets, weights, attvalue names and numbers) is made in a small buffer and
  // appended once; every node's id and mentions and every edge's id, ends and weight
  // are in the file as before (` id="n0"`, ` source="n1" target="n2"`).
  const KnowledgeGraph g = small_graph();
  std::ostringstream out;
  write_gexf(g, out);
  const std::string text = out.str();
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    EXPECT_NE(text.find("<node id=\"n" + std::to_string(v) + "\" label=\""), std::string::npos) << v;
    EXPECT_NE(text.find("<attvalue for=\"mentions\" value=\"" + std::to_string(g[v].mentions) + "\"/>"),
              std::string::npos);
  }
  std::size_t id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const std::string edge = "<edge id=\"e" + std::to_string(id++) + "\" source=\"n" +
                             std::to_string(boost::source(e, g)) + "\" target=\"n" +
                             std::to_string(boost::target(e, g)) + "\" label=\"";
    const auto at = text.find(edge);
    ASSERT_NE(at, std::string::npos) << edge;
    const std::string weight = " weight=\"" + format_double(g[e].weight) + "\"";
    EXPECT_EQ(text.compare(text.find(" weight=\"", at), weight.size(), weight), 0) << weight;
  }
  EXPECT_GT(id, 2u);
}

TEST(Exporter, EdgeIdsAndEndsAreWrittenInPlace) {
  // Row 23.375: the edges' source and target ids ("n<vertex>") are written into two
  // strings kept across the edges, a GraphML edge's opening tag and a GEXF edge's id
  // and weight are appended in place; a graph of 14 made-up people (ids of one and two
  // digits, Tom Smith 0 meets Jane Roe 1, ...) has every edge as std::to_string() and
  // format_double() wrote it.
  GraphOptions o;
  o.layout = false;
  GraphBuilder builder(o);
  for (int d = 0; d < 3; ++d) {
    GraphDocumentBuilder b("doc-" + std::to_string(d), "2026-01-0" + std::to_string(d + 1));
    std::vector<std::size_t> refs;
    for (int p = 0; p < 14; ++p) {
      const std::string name = p == 0 ? "Tom Smith" : p == 1 ? "Jane Roe" : "Person " + std::to_string(p);
      refs.push_back(b.entity("name:" + name, name, "PERSON", ""));
      b.mentions(refs.back(), "PERSON", 1);
    }
    for (int p = d; p + 1 < 14; p += 2) b.relation(refs[p], refs[p + 1], "MET_WITH", "", "met", 1);
    builder.add(std::move(b).finish());
  }
  const KnowledgeGraph g = std::move(builder).finish();
  ASSERT_EQ(boost::num_vertices(g), 14u);
  std::ostringstream gm, gx;
  write_graphml(g, gm);
  write_gexf(g, gx);
  std::size_t id = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const std::string ends = "source=\"n" + std::to_string(boost::source(e, g)) + "\" target=\"n" +
                             std::to_string(boost::target(e, g)) + "\"";
    const std::string eid = "<edge id=\"e" + std::to_string(id++) + "\" ";
    EXPECT_NE(gm.str().find(eid + ends + ">\n"), std::string::npos) << eid << ends;
    EXPECT_NE(gx.str().find(eid + ends + " label=\"MET_WITH\" weight=\"" + format_double(g[e].weight) + "\""),
              std::string::npos)
        << eid << ends;
  }
  EXPECT_GT(id, 10u);
  EXPECT_NE(gm.str().find("target=\"n13\""), std::string::npos);
}
