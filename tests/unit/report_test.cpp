// Layout (compute_layout), evidence lists on edges, min_degree, the HTML report,
// load_quotes and the report's capped quotes (select_quotes, for_each_selected_quote):
// graph.hpp, report.hpp, sqlite.hpp.
#include "gazette/csv.hpp"
#include "gazette/exporter.hpp"
#include "gazette/gexf.hpp"
#include "gazette/graph.hpp"
#include "gazette/graphml.hpp"
#include "gazette/report.hpp"
#include "gazette/sqlite.hpp"
#include "gazette/text.hpp"
#include "graph_fixture.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include <unistd.h>

using namespace gazette;
namespace fs = std::filesystem;

namespace {

// A hand-made document: entities by name (all PERSON), relations as (head, type, tail).
GraphDocument doc(std::string id, std::string date, const std::vector<std::string>& names,
                  const std::vector<std::tuple<int, std::string, int>>& relations) {
  GraphDocument d;
  d.id = std::move(id);
  d.date = std::move(date);
  for (const auto& n : names) {
    GraphDocument::EntityRef ref;
    ref.key = "name:" + n;
    ref.label = n;
    ref.type = "PERSON";
    ref.mentions = 1;
    d.entities.push_back(ref);
  }
  for (const auto& [h, type, t] : relations) {
    GraphDocument::RelationRef r;
    r.head = static_cast<std::size_t>(h);
    r.tail = static_cast<std::size_t>(t);
    r.type = type;
    r.evidence = d.id + ": " + names[static_cast<std::size_t>(h)] + " " + type + " " + names[static_cast<std::size_t>(t)];
    r.evidence_count = 1;
    d.relations.push_back(r);
  }
  return d;
}

// Two components (a star A-B, A-C, A-D and a pair E-F), an isolated G.
KnowledgeGraph two_components(GraphOptions options = {}) {
  GraphBuilder b(std::move(options));
  b.add(doc("d1", "2024-01-01", {"A", "B", "C", "D", "E", "F", "G"},
            {{0, "MET_WITH", 1}, {0, "MET_WITH", 2}, {0, "CRITICIZED", 3}, {4, "SUPPORTS", 5}}));
  b.add(doc("d2", "2024-01-02", {"A", "B"}, {{0, "MET_WITH", 1}}));
  b.add(doc("d3", "2024-01-03", {"A", "B"}, {{0, "MET_WITH", 1}}));
  return b.finish();
}

std::map<std::string, Vertex> by_label(const KnowledgeGraph& g) {
  std::map<std::string, Vertex> out;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) out[g[v].label] = v;
  return out;
}

double distance(const EntityNode& a, const EntityNode& b) { return std::hypot(a.x - b.x, a.y - b.y); }

}  // namespace

TEST(Layout, EveryVertexGetsAPlaceAndASize) {
  const auto g = two_components();
  const auto v = by_label(g);
  ASSERT_EQ(boost::num_vertices(g), 7u);
  // No two vertices on the same spot.
  for (auto a : boost::make_iterator_range(boost::vertices(g)))
    for (auto b : boost::make_iterator_range(boost::vertices(g)))
      if (a < b) {
        EXPECT_GT(distance(g[a], g[b]), 1.0) << g[a].label << " and " << g[b].label;
      }
  // size = 4 + 4 log2(documents): A and B are in 3 documents, the others in 1.
  EXPECT_DOUBLE_EQ(g[v.at("C")].size, 4.0);
  EXPECT_DOUBLE_EQ(g[v.at("A")].size, std::round((4.0 + 4.0 * std::log2(3.0)) * 100) / 100);
  // A pair is drawn side by side at the edge length.
  EXPECT_NEAR(distance(g[v.at("E")], g[v.at("F")]), 10.0, 1e-9);
}

TEST(Layout, ComponentsDoNotOverlapAndNeighboursStayClose) {
  // A random graph of several components of different sizes.
  GraphBuilder b;
  std::mt19937 rng(7);
  for (int c = 0; c < 6; ++c) {
    const int n = 5 + 15 * c;
    std::vector<std::string> names;
    for (int i = 0; i < n; ++i) names.push_back("c" + std::to_string(c) + "v" + std::to_string(i));
    std::vector<std::tuple<int, std::string, int>> rel;
    for (int i = 1; i < n; ++i) rel.emplace_back(static_cast<int>(rng() % static_cast<unsigned>(i)), "MET_WITH", i);
    b.add(doc("doc" + std::to_string(c), "", names, rel));
  }
  const auto g = b.finish();
  struct Box { double x0 = 1e300, y0 = 1e300, x1 = -1e300, y1 = -1e300; };
  std::map<int, Box> boxes;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) {
    Box& box = boxes[g[v].component];
    box.x0 = std::min(box.x0, g[v].x);
    box.y0 = std::min(box.y0, g[v].y);
    box.x1 = std::max(box.x1, g[v].x);
    box.y1 = std::max(box.y1, g[v].y);
  }
  ASSERT_EQ(boxes.size(), 6u);
  for (const auto& [i, a] : boxes)
    for (const auto& [j, c] : boxes)
      if (i < j) {
        EXPECT_TRUE(a.x1 < c.x0 || c.x1 < a.x0 || a.y1 < c.y0 || c.y1 < a.y0) << i << " overlaps " << j;
      }
  // Force-directed: edges are short compared with the drawing (a tree of 80 vertices
  // drawn in a square of side about 90).
  double longest = 0;
  for (auto e : boost::make_iterator_range(boost::edges(g)))
    longest = std::max(longest, distance(g[boost::source(e, g)], g[boost::target(e, g)]));
  EXPECT_LT(longest, 45.0);
}

TEST(Layout, IsDeterministic) {
  const auto a = two_components(), b = two_components();
  for (auto v : boost::make_iterator_range(boost::vertices(a))) {
    EXPECT_EQ(a[v].x, b[v].x);
    EXPECT_EQ(a[v].y, b[v].y);
  }
  GraphOptions no_layout;
  no_layout.layout = false;
  const auto c = two_components(no_layout);
  for (auto v : boost::make_iterator_range(boost::vertices(c))) EXPECT_EQ(c[v].x, 0.0);
}

TEST(Graph, MinDegreeLeavesOutEntitiesWithFewerEdges) {
  struct Case { int min_degree; std::vector<std::string> kept; };
  const Case cases[] = {
      {0, {"A", "B", "C", "D", "E", "F", "G"}},
      {1, {"A", "B", "C", "D", "E", "F"}},   // --drop-isolates
      {3, {"A"}},                            // degrees are counted once, before dropping
  };
  for (const auto& c : cases) {
    GraphOptions o;
    o.min_degree = c.min_degree;
    const auto g = two_components(o);
    std::vector<std::string> kept;
    for (auto v : boost::make_iterator_range(boost::vertices(g))) kept.push_back(g[v].label);
    EXPECT_EQ(kept, c.kept) << "min_degree " << c.min_degree;
  }
}

TEST(Graph, EdgesListTheirDocumentsAndSamples) {
  GraphOptions o;
  o.max_samples = 2;
  const auto g = two_components(o);
  for (auto e : boost::make_iterator_range(boost::edges(g))) {
    const RelationEdge& r = g[e];
    EXPECT_EQ(r.documents.size(), static_cast<std::size_t>(r.weight));
    if (g[boost::source(e, g)].label == "A" && g[boost::target(e, g)].label == "B") {
      EXPECT_EQ(r.documents.strings(), (std::vector<std::string>{"d1", "d2", "d3"}));
      ASSERT_EQ(r.samples.size(), 2u);
      EXPECT_EQ(r.samples[1].document, "d2");
      EXPECT_EQ(r.samples[1].text, "d2: A MET_WITH B");
    }
  }
  // GraphML and GEXF carry them as JSON lists.
  std::ostringstream graphml, gexf;
  write_graphml(g, graphml);
  write_gexf(g, gexf);
  EXPECT_NE(graphml.str().find("<data key=\"e_documents\">[&quot;d1&quot;,&quot;d2&quot;,&quot;d3&quot;]</data>"),
            std::string::npos);
  EXPECT_NE(gexf.str().find("<attvalue for=\"samples\" value=\"[{&quot;document&quot;:&quot;d1&quot;"), std::string::npos);
  EXPECT_NE(gexf.str().find("<viz:position x=\""), std::string::npos);
  EXPECT_NE(gexf.str().find("<viz:size value=\""), std::string::npos);
}

TEST(Exporter, JsonListsAreValidJson) {
  const std::string list = json_list({"a \"quoted\" id", "b\\c", "d\xff"});
  rapidjson::Document d;
  d.Parse(list.c_str());
  ASSERT_FALSE(d.HasParseError()) << list;
  ASSERT_EQ(d.Size(), 3u);
  EXPECT_STREQ(d[0].GetString(), "a \"quoted\" id");
  EXPECT_STREQ(d[2].GetString(), "d\xEF\xBF\xBD");  // invalid UTF-8 becomes U+FFFD
  const std::string samples = json_samples({{"doc", "", "text"}});
  EXPECT_EQ(samples, "[{\"document\":\"doc\",\"date\":null,\"text\":\"text\"}]");
}

TEST(Report, IsOneSelfContainedPageWithTheData) {
  const auto g = two_components();
  QuoteRecord q;
  q.document = "d1";
  q.date = "2024-01-01T10:00:00Z";
  q.kind = "direct";
  q.cue = "said";
  q.speaker = "A";
  q.speaker_key = "name:A";
  q.about = {"B", "Nobody in the graph"};
  q.about_keys = {"name:B", "name:nobody"};
  q.text = "We will not </script><script>alert(1)</script> give in";
  ReportOptions options;
  options.title = "Talks & <tensions>";
  std::ostringstream out;
  write_report(g, {q}, out, options);
  const std::string page = out.str();
  EXPECT_EQ(page.rfind("<!DOCTYPE html>", 0), 0u);
  for (const char* marker : {"{{title}}", "{{style}}", "{{graphology}}", "{{sigma}}", "{{data}}", "{{script}}", "{{caps}}"})
    EXPECT_EQ(page.find(marker), std::string::npos) << marker;
  EXPECT_NE(page.find("<title>Talks &amp; &lt;tensions&gt;</title>"), std::string::npos);
  // Both libraries are inside; nothing is loaded from outside.
  EXPECT_NE(page.find("Sigma"), std::string::npos);
  EXPECT_NE(page.find("graphology"), std::string::npos);
  EXPECT_EQ(page.find("<script src"), std::string::npos);
  // The data: "</" never ends the script element early.
  const auto begin = page.find("<script type=\"application/json\" id=\"gazette-data\">");
  ASSERT_NE(begin, std::string::npos);
  const auto data_begin = page.find('>', begin) + 1;
  const auto data_end = page.find("</script>", data_begin);
  const std::string data = page.substr(data_begin, data_end - data_begin);
  rapidjson::Document d;
  d.Parse(data.c_str());
  ASSERT_FALSE(d.HasParseError()) << data.substr(0, 200);
  EXPECT_EQ(d["nodes"].Size(), boost::num_vertices(g));
  EXPECT_EQ(d["edges"].Size(), boost::num_edges(g));
  ASSERT_EQ(d["quotes"].Size(), 1u);
  const auto& quote = d["quotes"][0];
  const auto v = by_label(g);
  EXPECT_EQ(quote[0].GetInt64(), static_cast<std::int64_t>(v.at("A")));                  // speaker's vertex
  EXPECT_STREQ(quote[2].GetString(), q.text.c_str());                                    // text back intact
  EXPECT_STREQ(quote[6].GetString(), "2024-01-01");                                      // date normalised
  EXPECT_EQ(quote[8][0].GetInt64(), static_cast<std::int64_t>(v.at("B")));
  EXPECT_EQ(quote[8][1].GetInt64(), -1);                                                 // not a vertex
  // Same input, same bytes.
  std::ostringstream again;
  write_report(g, {q}, again, options);
  EXPECT_EQ(again.str(), page);
}

TEST(Report, DataStringsAreSanitizedAndNeverCloseTheScript) {
  // Strings go in as sanitize_utf8 leaves them (invalid bytes replaced, a leading byte
  // order mark dropped, valid text as it is); every "</" of the data becomes "<\/",
  // at the start and end of a string and back to back too.
  const auto g = two_components();
  QuoteRecord q;
  q.document = "\xEF\xBB\xBF" "d1";
  q.kind = "direct";
  q.speaker = "Bad\xFF name \xE2\x80\x9Cq\xE2\x80\x9D";
  q.text = "</</b>x</";
  q.cue = "\xEF\xBF\xBD kept";
  std::ostringstream out;
  write_report(g, {q}, out, ReportOptions{});
  const std::string page = out.str();
  EXPECT_NE(page.find("\"<\\/<\\/b>x<\\/\""), std::string::npos);
  const auto begin = page.find("<script type=\"application/json\" id=\"gazette-data\">");
  ASSERT_NE(begin, std::string::npos);
  const auto data_begin = page.find('>', begin) + 1;
  const std::string data = page.substr(data_begin, page.find("</script>", data_begin) - data_begin);
  EXPECT_EQ(data.find("</"), std::string::npos);
  rapidjson::Document d;
  d.Parse(data.c_str());
  ASSERT_FALSE(d.HasParseError()) << data.substr(0, 200);
  const auto& quote = d["quotes"][0];
  EXPECT_STREQ(quote[1].GetString(), "Bad\xEF\xBF\xBD name \xE2\x80\x9Cq\xE2\x80\x9D");
  EXPECT_STREQ(quote[2].GetString(), "</</b>x</");
  EXPECT_STREQ(quote[3].GetString(), "\xEF\xBF\xBD kept");
  EXPECT_STREQ(quote[5].GetString(), "d1");
}

TEST(Report, LoadQuotesReadsSpeakersAboutAndDocuments) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  const fs::path dir = fs::temp_directory_path() / ("gazette_report_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  const std::string path = (dir / "graph.db").string();
  test::write_db(path, corpus);
  const auto quotes = load_quotes(path);
  std::size_t expected = 0;
  for (const auto* a : corpus.annotations()) expected += a->quotes.size();
  ASSERT_EQ(quotes.size(), expected);
  ASSERT_GT(expected, 0u);
  // In insertion order, with the speaker and the about entities of the annotation.
  const Annotation& first = *corpus.annotations().front();
  ASSERT_FALSE(first.quotes.empty());
  const Quote& q = first.quotes.front();
  EXPECT_EQ(quotes[0].document, first.doc->id);
  EXPECT_EQ(quotes[0].text, std::string(first.text(q.span)));
  if (q.speaker >= 0) {
    EXPECT_EQ(quotes[0].speaker, first.entities[static_cast<std::size_t>(q.speaker)].canonical);
    EXPECT_EQ(quotes[0].speaker_key, entity_key(first.entities[static_cast<std::size_t>(q.speaker)]));
  }
  EXPECT_EQ(quotes[0].about.size(), q.about.size());
  EXPECT_THROW(load_quotes((dir / "missing.db").string()), std::runtime_error);
  // Datasette metadata names the database and lists the canned queries.
  write_datasette_metadata((dir / "metadata.json").string(), "graph");
  std::ifstream in(dir / "metadata.json");
  std::stringstream text;
  text << in.rdbuf();
  rapidjson::Document meta;
  meta.Parse(text.str().c_str());
  ASSERT_FALSE(meta.HasParseError());
  EXPECT_TRUE(meta["databases"]["graph"]["queries"].HasMember("quotes_by_speaker"));
  fs::remove_all(dir);
}

TEST(Csv, QuotesFieldsAsRfc4180) {
  QuoteRecord q;
  q.document = "d,1";
  q.date = "2024-01-01";
  q.start = 42;
  q.kind = "direct";
  q.cue = "said";
  q.speaker = "A";
  q.about = {"B", "C"};
  q.text = "He said \"no\",\nthen left";
  std::ostringstream out;
  write_csv_quotations({q}, out);
  EXPECT_EQ(out.str(),
            "document,date,url,offset,kind,cue,speaker,about,quote\r\n"
            "\"d,1\",2024-01-01,,42,direct,said,A,B | C,\"He said \"\"no\"\",\nthen left\"\r\n");
}

TEST(Csv, FieldsAreQuotedWhateverTheByteAndItsPosition) {
  // A field is tested for , " CR LF eight bytes at a time: each byte value at every
  // position of quote texts of 1 to 24 bytes, alone and with a double quote after it,
  // is written as the RFC 4180 reference writes the sanitized text (quoted when it
  // holds one of the four, double quotes doubled); invalid UTF-8 and a byte order mark
  // become U+FFFD and nothing, as sanitize_utf8() makes them.
  auto reference = [](std::string v) {
    sanitize_utf8(v);
    if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
    std::string out = "\"";
    for (const char c : v) {
      if (c == '"') out += '"';
      out += c;
    }
    return out + "\"";
  };
  auto written = [](const std::string& text) {
    QuoteRecord q;
    q.text = text;
    std::ostringstream out;
    write_csv_quotations({q}, out);
    const std::string s = out.str();
    const std::string prefix = "document,date,url,offset,kind,cue,speaker,about,quote\r\n,,,0,,,,,";
    EXPECT_EQ(s.substr(0, prefix.size()), prefix);
    return s.substr(prefix.size(), s.size() - prefix.size() - 2);
  };
  for (std::size_t len = 1; len <= 24; ++len)
    for (std::size_t pos = 0; pos < len; ++pos)
      for (int c = 1; c < 256; ++c) {
        std::string s(len, 'a');
        s[pos] = static_cast<char>(c);
        ASSERT_EQ(written(s), reference(s)) << len << " " << pos << " " << c;
        if (pos + 3 < len) {
          s[pos + 3] = '"';
          ASSERT_EQ(written(s), reference(s)) << len << " " << pos << " " << c;
        }
      }
  EXPECT_EQ(written("\xEF\xBB\xBF" "x,y"), "\"x,y\"");
  EXPECT_EQ(written("a\xff" "b"), "a\xEF\xBF\xBD" "b");
  EXPECT_EQ(written("\"\"\""), "\"\"\"\"\"\"\"\"");
}

TEST(Csv, NodesAndEdgesForGephisSpreadsheetImporter) {
  const auto g = two_components();
  std::ostringstream nodes, edges;
  write_csv_nodes(g, nodes);
  write_csv_edges(g, edges);
  const std::string n = nodes.str(), e = edges.str();
  EXPECT_EQ(n.rfind("Id,Label,type,", 0), 0u);
  EXPECT_EQ(e.rfind("Source,Target,Type,Id,Label,Weight,", 0), 0u);
  EXPECT_EQ(std::count(n.begin(), n.end(), '\n'), static_cast<long>(boost::num_vertices(g)) + 1);
  EXPECT_EQ(std::count(e.begin(), e.end(), '\n'), static_cast<long>(boost::num_edges(g)) + 1);
  EXPECT_NE(e.find("n0,n1,Directed,e1,MET_WITH,3,MET_WITH,,3,2024-01-01,2024-01-03,d1 | d2 | d3,d1: A MET_WITH B\r\n"),
            std::string::npos)
      << e;
}

// Row 23.104: the data are streamed to the page in blocks of 64 KiB; a `</` cut by a
// block's end is still escaped, and several blocks of quotes read back intact.
TEST(Report, StreamedDataAcrossBlocksStayEscapedAndIntact) {
  const auto g = two_components();
  std::vector<QuoteRecord> quotes;
  for (int i = 0; i < 400; ++i) {
    QuoteRecord q;
    q.document = "d" + std::to_string(i);
    q.kind = "direct";
    q.cue = "said";
    q.speaker = "A";
    q.speaker_key = "name:A";
    // 401 bytes a quote, odd, so that a `<` falls at every offset of a block in turn.
    q.text = std::string(i % 7, 'x') + "</script>" + std::string(392 - i % 7, 'y');
    quotes.push_back(std::move(q));
  }
  std::ostringstream out;
  write_report(g, quotes, out, ReportOptions{});
  const std::string page = out.str();
  const auto begin = page.find("<script type=\"application/json\" id=\"gazette-data\">");
  ASSERT_NE(begin, std::string::npos);
  const auto data_begin = page.find('>', begin) + 1;
  const auto data_end = page.find("</script>", data_begin);
  const std::string data = page.substr(data_begin, data_end - data_begin);
  ASSERT_GT(data.size(), std::size_t{2} << 16);  // more than two blocks
  EXPECT_EQ(data.find("</"), std::string::npos);
  rapidjson::Document d;
  d.Parse(data.c_str());
  ASSERT_FALSE(d.HasParseError());
  ASSERT_EQ(d["quotes"].Size(), quotes.size());
  for (rapidjson::SizeType i = 0; i < d["quotes"].Size(); ++i) EXPECT_STREQ(d["quotes"][i][2].GetString(), quotes[i].text.c_str());
}

namespace {

// A database of invented quotes: Ann Vale says 7 (one a day, 2024-01-01 to 2024-01-07),
// Bo Lind 3, and 4 have no speaker; 14 in all.
std::string capped_corpus_db(const fs::path& dir) {
  test::Corpus corpus;
  auto add = [&](int day, const std::string& who, int n) {
    const std::string id = "cap/" + (who.empty() ? std::string("nobody") : who) + std::to_string(n) + ".txt";
    const std::string words = "\"Words number " + std::to_string(n) + " of " + (who.empty() ? "someone" : who) + ".\"";
    const std::string text = (who.empty() ? std::string("Someone") : who) + " said: " + words;
    auto& a = corpus.add(id, "2024-01-0" + std::to_string(day), text);
    test::sentence(a, text);
    int speaker = -1;
    if (!who.empty()) {
      speaker = test::entity(a, who, EntityType::Person);
      test::mention(a, speaker, who);
    }
    test::quote(a, words, speaker, {});
  };
  for (int i = 1; i <= 7; ++i) add(i, "Ann Vale", i);
  for (int i = 1; i <= 3; ++i) add(i, "Bo Lind", i);
  for (int i = 1; i <= 4; ++i) add(i, "", i);
  fs::create_directories(dir);
  const std::string path = (dir / "graph.db").string();
  test::write_db(path, corpus);
  return path;
}

// The JSON of the page's <script type="application/json" id="`id`">; empty when absent.
std::string page_json(const std::string& page, const std::string& id) {
  const auto begin = page.find("<script type=\"application/json\" id=\"" + id + "\">");
  if (begin == std::string::npos) return {};
  const auto data_begin = page.find('>', begin) + 1;
  return page.substr(data_begin, page.find("</script>", data_begin) - data_begin);
}

std::size_t sql_rows(const std::string& path, const std::string& sql) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  SQLite::Statement q(db, sql);
  std::size_t n = 0;
  while (q.executeStep()) ++n;
  return n;
}

}  // namespace

TEST(Report, CappedQuotesShowEachSpeakersLatestAndCountTheRest) {
  const fs::path dir = fs::temp_directory_path() / ("gazette_report_caps_" + std::to_string(::getpid()));
  const std::string path = capped_corpus_db(dir);
  const KnowledgeGraph g = load_graph_from_sqlite(path);

  // No cap reached: the page is byte for byte what every quote loaded whole gives, and
  // has no note.
  const QuoteSelection all = select_quotes(path, QuoteCaps{10, 100});
  EXPECT_FALSE(all.capped());
  EXPECT_EQ(all.total, 14u);
  std::ostringstream streamed, loaded;
  write_report(g, report_quotes_from(path, all), streamed);
  write_report(g, load_quotes(path), loaded);
  EXPECT_EQ(streamed.str(), loaded.str());
  EXPECT_EQ(streamed.str().find("gazette-caps"), std::string::npos);

  // 5 per speaker: Ann shows her latest 5 (days 3 to 7), Bo all 3, the unknown speaker
  // all 4 (no cap of its own): 12 of 14.
  const QuoteSelection per = select_quotes(path, QuoteCaps{5, 0});
  EXPECT_EQ(per.shown, 12u);
  ASSERT_EQ(per.cut.size(), 1u);
  EXPECT_EQ(per.cut[0].name, "Ann Vale");
  EXPECT_EQ(per.cut[0].total, 7u);
  EXPECT_EQ(per.cut[0].shown, 5u);
  std::vector<std::string> dates;
  for_each_selected_quote(path, per, [&](const QuoteRecord& q) {
    if (q.speaker == "Ann Vale") dates.push_back(q.date);
  });
  EXPECT_EQ(dates, (std::vector<std::string>{"2024-01-03", "2024-01-04", "2024-01-05", "2024-01-06", "2024-01-07"}));

  // 5 per speaker and 9 in all: every group cut to 3 (3 + 3 + 3 = 9; 4 would give 11).
  const QuoteSelection both = select_quotes(path, QuoteCaps{5, 9});
  EXPECT_EQ(both.shown, 9u);
  EXPECT_EQ(both.named_limit, 3u);
  EXPECT_EQ(both.unknown_limit, 3u);
  std::ostringstream out;
  write_report(g, report_quotes_from(path, both), out);
  const std::string page = out.str();
  rapidjson::Document data, caps;
  data.Parse(page_json(page, "gazette-data").c_str());
  caps.Parse(page_json(page, "gazette-caps").c_str());
  ASSERT_FALSE(data.HasParseError());
  ASSERT_FALSE(caps.HasParseError()) << page_json(page, "gazette-caps");
  EXPECT_EQ(data["quotes"].Size(), 9u);
  EXPECT_EQ(caps["total"].GetUint64(), 14u);
  EXPECT_EQ(caps["shown"].GetUint64(), 9u);
  EXPECT_EQ(caps["per_speaker"].GetUint64(), 5u);
  EXPECT_EQ(caps["max_quotes"].GetUint64(), 9u);
  EXPECT_EQ(caps["level"].GetUint64(), 3u);
  ASSERT_EQ(caps["speakers"].Size(), 2u);  // Ann (7, 3 shown) and the unknown speaker (4, 3 shown)
  const auto& ann = caps["speakers"][0];
  EXPECT_EQ(ann[0].GetInt64(), static_cast<std::int64_t>(by_label(g).at("Ann Vale")));
  EXPECT_STREQ(ann[1].GetString(), "Ann Vale");
  EXPECT_EQ(ann[2].GetUint64(), 7u);
  EXPECT_EQ(ann[3].GetUint64(), 3u);
  const auto& nobody = caps["speakers"][1];
  EXPECT_EQ(nobody[0].GetInt64(), -1);
  EXPECT_EQ(nobody[2].GetUint64(), 4u);
  EXPECT_EQ(nobody[3].GetUint64(), 3u);
  // The SQL on the page lists exactly the quotes not shown: 4 of Ann's, 1 without a
  // speaker, 5 in all.
  EXPECT_EQ(sql_rows(path, ann[4].GetString()), 4u);
  EXPECT_EQ(sql_rows(path, nobody[4].GetString()), 1u);
  EXPECT_EQ(sql_rows(path, caps["sql"].GetString()), 5u);
  EXPECT_NE(page.find("caps-overall"), std::string::npos);  // report-caps.js is on the page
  // More groups than the total cap: each group still shows its latest quote (level 1), not
  // none; the total is exceeded by at most one quote a group.
  const QuoteSelection tight = select_quotes(path, QuoteCaps{5, 1});
  EXPECT_EQ(tight.named_limit, 1u);
  EXPECT_EQ(tight.unknown_limit, 1u);
  EXPECT_GE(tight.shown, 3u);  // Ann Vale, the quotes without a speaker, and the others
  for (const auto& group : tight.cut) EXPECT_EQ(group.shown, 1u);
  EXPECT_THROW(select_quotes((dir / "missing.db").string(), QuoteCaps{}), std::runtime_error);
  fs::remove_all(dir);
}

TEST(Report, DataStringsAreEscapedAsRapidjsonWritesThem) {
  // Row 23.172: the report writes its strings' plain runs whole. The text of a quote
  // with every byte JSON escapes (each byte below 0x20, `"` and `\`), DEL, UTF-8, and
  // `/` alone, after `<` and first or last: the page holds what rapidjson's String()
  // writes, each `</` as `<\/`, and the JSON reads back as the text.
  std::string text = "/a\"b\\c/</<d\x7f\xC3\xA9\xE2\x80\x9C<";
  for (int c = 1; c < 0x20; ++c) text += std::string("x") + static_cast<char>(c);
  text += "</";
  text += '/';
  // Plain runs of 16 bytes and more (read sixteen at a time) with the byte to escape at
  // each place of the last sixteen in turn.
  for (int i = 0; i < 34; ++i) text += std::string(16 + static_cast<std::size_t>(i), 'p') + "\"\\\n\x1f"[i % 4];
  text += std::string(40, 'q');
  const auto g = two_components();
  QuoteRecord q;
  q.document = "d1";
  q.kind = "direct";
  q.speaker = "A";
  q.text = text;
  std::ostringstream out;
  write_report(g, {q}, out, ReportOptions{});
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  std::string expected = buffer.GetString();
  for (std::size_t at = expected.find("</"); at != std::string::npos; at = expected.find("</", at + 3))
    expected.replace(at, 2, "<\\/");
  EXPECT_NE(expected.find("\\u001F"), std::string::npos);
  EXPECT_NE(expected.find("\\n"), std::string::npos);
  const std::string page = out.str();
  EXPECT_NE(page.find("," + expected + ","), std::string::npos) << expected;
  const std::string data = page_json(page, "gazette-data");
  EXPECT_EQ(data.find("</"), std::string::npos);
  rapidjson::Document d;
  d.Parse(data.c_str());
  ASSERT_FALSE(d.HasParseError());
  const auto& read = d["quotes"][0][2];
  EXPECT_EQ(std::string(read.GetString(), read.GetStringLength()), text);
}
