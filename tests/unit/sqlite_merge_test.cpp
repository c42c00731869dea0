// SqliteWriter::merge / merge_sqlite (sqlite.hpp, MERGING SHARDS) and
// graph_document_from_jsonl (graph_jsonl.hpp): shards of hand-built annotations merged in
// every grouping equal the database of a single build, duplicates across shards
// count once, and a failed shard leaves nothing behind.
#include "gazette/annotation_io.hpp"
#include "gazette/graph.hpp"
#include "gazette/graph_jsonl.hpp"
#include "gazette/graphml.hpp"
#include "gazette/json_graph.hpp"
#include "gazette/sqlite.hpp"
#include "graph_fixture.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <unistd.h>

using namespace gazette;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("gazette-merge-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::string write_db(const fs::path& path, const std::vector<const Annotation*>& annotations) {
  SqliteWriter w;
  w.open(path.string());
  for (const auto* a : annotations) w.add(*a);
  w.commit();
  return path.string();
}

std::vector<std::string> rows(SQLite::Database& db, const std::string& sql) {
  std::vector<std::string> out;
  SQLite::Statement q(db, sql);
  while (q.executeStep()) {
    std::string row;
    for (int i = 0; i < q.getColumnCount(); ++i) {
      if (i) row += '|';
      row += q.getColumn(i).isNull() ? "NULL" : q.getColumn(i).getString();
    }
    out.push_back(row);
  }
  return out;
}

// Every row of every table (ids included), the FTS index and the views.
std::vector<std::string> dump(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  std::vector<std::string> out;
  for (const char* sql : {
           "SELECT * FROM documents ORDER BY id", "SELECT * FROM entities ORDER BY id",
           "SELECT * FROM aliases ORDER BY entity, alias", "SELECT * FROM document_entities ORDER BY document, entity",
           "SELECT * FROM entity_type_votes ORDER BY document, entity, type",
           "SELECT * FROM sentences ORDER BY document, idx", "SELECT * FROM mentions ORDER BY id",
           "SELECT * FROM quotes ORDER BY id", "SELECT * FROM quote_about ORDER BY quote, entity",
           "SELECT * FROM relations ORDER BY id", "SELECT * FROM relation_evidence ORDER BY relation, idx",
           "SELECT rowid, text FROM quotes_fts ORDER BY rowid", "SELECT * FROM edges ORDER BY head, type, tail",
           "SELECT * FROM entity_summary", "SELECT * FROM who_said_what_about_whom", "SELECT * FROM type_conflicts"}) {
    out.push_back(std::string("-- ") + sql);
    for (auto& r : rows(db, sql)) out.push_back(std::move(r));
  }
  return out;
}

// What must not depend on the order of the shards: entities by key, edges by key
// with weights, aliases, documents by content, quotes and relations by content.
struct Keyed {
  std::vector<std::string> entities, edges, aliases, documents, quotes, relations;
  bool operator==(const Keyed&) const = default;
};
Keyed keyed(const std::string& path) {
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  Keyed k;
  k.entities = rows(db, "SELECT key, type, gazetteer_id FROM entities ORDER BY key");
  k.edges = rows(db,
                 "SELECT h.key, r.type, t.key, COUNT(DISTINCT d.doc_id) FROM relations r "
                 "JOIN entities h ON h.id = r.head JOIN entities t ON t.id = r.tail "
                 "JOIN documents d ON d.id = r.document WHERE r.head <> r.tail GROUP BY 1, 2, 3 ORDER BY 1, 2, 3");
  k.aliases = rows(db, "SELECT e.key, a.alias FROM aliases a JOIN entities e ON e.id = a.entity ORDER BY 1, 2");
  k.documents = rows(db, "SELECT content_hash, length FROM documents ORDER BY 1");
  k.quotes = rows(db,
                  "SELECT d.content_hash, q.start, q.end, q.text, s.key, "
                  "(SELECT group_concat(k, ',') FROM (SELECT e.key AS k FROM quote_about qa JOIN entities e "
                  "ON e.id = qa.entity WHERE qa.quote = q.id ORDER BY 1)) "
                  "FROM quotes q JOIN documents d ON d.id = q.document LEFT JOIN entities s ON s.id = q.speaker "
                  "ORDER BY 1, 2, 3, 4");
  k.relations = rows(db,
                     "SELECT d.content_hash, h.key, r.type, t.key, r.role, r.evidence_text, "
                     "(SELECT COUNT(*) FROM relation_evidence e WHERE e.relation = r.id) FROM relations r "
                     "JOIN documents d ON d.id = r.document JOIN entities h ON h.id = r.head "
                     "JOIN entities t ON t.id = r.tail ORDER BY 1, 2, 3, 4, 5, 6");
  return k;
}

std::string graphml(const KnowledgeGraph& g) {
  std::ostringstream s;
  write_graphml(g, s);
  return s.str();
}
std::string json(const KnowledgeGraph& g) {
  std::ostringstream s;
  write_json_graph(g, s);
  return s.str();
}

// The small corpus (a, b, c) plus d: an unknown person spelled "Sergey Ivanov",
// and e: the same person spelled "Sergei Ivanov" (one key), meeting Lavrov.
void corpus_abcde(test::Corpus& c) {
  test::small_corpus(c);
  {
    auto& d = c.add("news/d.txt", "2017-04-20", "Sergey Ivanov met Sergei Lavrov in Ankara.");
    test::sentence(d, "Sergey Ivanov met Sergei Lavrov in Ankara.");
    const int ivanov = test::entity(d, "Sergey Ivanov", EntityType::Person);
    const int lavrov = test::entity(d, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
    const int ankara = test::entity(d, "Ankara", EntityType::Location, "location:ankara");
    test::mention(d, ivanov, "Sergey Ivanov");
    test::mention(d, lavrov, "Sergei Lavrov");
    test::mention(d, ankara, "Ankara");
    test::relation(d, ivanov, RelationType::MetWith, lavrov, {"Sergey Ivanov met Sergei Lavrov in Ankara."});
  }
  {
    auto& e = c.add("news/e.txt", "2017-04-21", "\"No deal,\" Sergei Ivanov said after meeting Lavrov.");
    test::sentence(e, "\"No deal,\" Sergei Ivanov said after meeting Lavrov.");
    const int ivanov = test::entity(e, "Sergei Ivanov", EntityType::Person);
    const int lavrov = test::entity(e, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
    test::mention(e, ivanov, "Sergei Ivanov");
    test::mention(e, lavrov, "Lavrov");
    test::quote(e, "No deal,", ivanov, {lavrov});
    test::relation(e, ivanov, RelationType::MetWith, lavrov, {"Sergei Ivanov said after meeting Lavrov."});
    test::relation(e, ivanov, RelationType::SaidAbout, lavrov, {"No deal,"});
  }
}

struct Shards {
  test::Corpus corpus;
  std::vector<const Annotation*> all;
  fs::path dir;
  std::string single, a, b, c;  // a = {a, b}, b = {c, d}, c = {e}
  explicit Shards(const std::string& name) : dir(scratch_dir(name)) {
    corpus_abcde(corpus);
    all = corpus.annotations();
    single = write_db(dir / "single.db", all);
    a = write_db(dir / "A.db", {all[0], all[1]});
    b = write_db(dir / "B.db", {all[2], all[3]});
    c = write_db(dir / "C.db", {all[4]});
  }
  std::string merged(const std::string& name, const std::vector<std::string>& shards) const {
    const auto path = (dir / name).string();
    merge_sqlite(path, shards);
    return path;
  }
};

}  // namespace

TEST(SqliteMerge, ShardsInOrderGiveTheSingleBuildDatabase) {
  const Shards s("in-order");
  const auto merged = s.merged("m.db", {s.a, s.b, s.c});
  EXPECT_EQ(dump(merged), dump(s.single));
  SQLite::Database db(merged, SQLite::OPEN_READONLY);
  EXPECT_TRUE(rows(db, "PRAGMA foreign_key_check").empty());
  EXPECT_EQ(rows(db, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"}));
  EXPECT_EQ(rows(db, "SELECT key, value FROM meta ORDER BY key"),
            (std::vector<std::string>{"gazette_version|" GAZETTE_VERSION, "schema_version|2"}));
  // The name first seen, as in the build: d ("Sergey") comes before e ("Sergei").
  EXPECT_EQ(rows(db, "SELECT name FROM entities WHERE key = 'name:sergei ivanov'"),
            (std::vector<std::string>{"Sergey Ivanov"}));
  EXPECT_EQ(rows(db, "SELECT head, type, tail, weight FROM edges WHERE head = 'Sergey Ivanov' ORDER BY type"),
            (std::vector<std::string>{"Sergey Ivanov|MET_WITH|Sergei Lavrov|2",
                                      "Sergey Ivanov|SAID_ABOUT|Sergei Lavrov|1"}));
  // The graph of the merged database is the graph of all documents.
  GraphBuilder builder;
  for (const auto* a : s.all) builder.add(*a);
  const auto built = builder.finish();
  EXPECT_EQ(graphml(load_graph_from_sqlite(merged)), graphml(built));
  EXPECT_EQ(json(load_graph_from_sqlite(merged)), json(built));
}

TEST(SqliteMerge, IsAssociative) {
  const Shards s("associative");
  const auto ab = s.merged("AB.db", {s.a, s.b});
  const auto ab_c = s.merged("AB_C.db", {ab, s.c});
  const auto bc = s.merged("BC.db", {s.b, s.c});
  const auto a_bc = s.merged("A_BC.db", {s.a, bc});
  // One shard at a time into a growing database, in separate runs.
  const auto steps = (s.dir / "steps.db").string();
  for (const auto& shard : {s.a, s.b, s.c}) merge_sqlite(steps, {shard});
  const auto expected = dump(s.single);
  EXPECT_EQ(dump(ab_c), expected);
  EXPECT_EQ(dump(a_bc), expected);
  EXPECT_EQ(dump(steps), expected);
}

TEST(SqliteMerge, OtherOrdersGiveTheSameEntitiesEdgesAndWeights) {
  const Shards s("orders");
  const auto expected = keyed(s.single);
  const std::vector<std::vector<std::string>> orders = {
      {s.c, s.b, s.a}, {s.b, s.a, s.c}, {s.c, s.a, s.b}};
  int n = 0;
  for (const auto& order : orders) {
    SCOPED_TRACE(n);
    const auto merged = s.merged("o" + std::to_string(n++) + ".db", order);
    EXPECT_EQ(keyed(merged), expected);
    // Names are first seen, as in a build of the shards' documents in that order.
    SQLite::Database db(merged, SQLite::OPEN_READONLY);
    const auto ivanov = rows(db, "SELECT name FROM entities WHERE key = 'name:sergei ivanov'");
    EXPECT_EQ(ivanov, (std::vector<std::string>{order.front() == s.c ? "Sergei Ivanov" : "Sergey Ivanov"}));
  }
  // Merging C, B, A is exactly a build of e, c, d, a, b.
  const auto cba = s.merged("cba.db", {s.c, s.b, s.a});
  const auto built = write_db(s.dir / "ecdab.db", {s.all[4], s.all[2], s.all[3], s.all[0], s.all[1]});
  EXPECT_EQ(dump(cba), dump(built));
}

TEST(SqliteMerge, DuplicateDocumentsAcrossShardsCountOnce) {
  const Shards s("duplicates");
  // Shard D repeats b and d (same texts) and adds nothing else; shard E repeats a under
  // another id: stored once, with the id first seen.
  test::Corpus again;
  auto& a2 = again.add("mirror/a.txt", "2017-04-12", s.all[0]->doc->text);
  const Document* mirror = a2.doc;
  a2 = *s.all[0];
  a2.doc = mirror;
  const auto d = write_db(s.dir / "D.db", {s.all[1], s.all[3]});
  const auto e = write_db(s.dir / "E.db", {again.annotations()[0]});

  SqliteWriter w;
  const auto path = (s.dir / "m.db").string();
  w.open(path);
  EXPECT_EQ(w.merge(s.a).documents_added, 2u);
  const MergeStats stats = w.merge(d);
  EXPECT_EQ(stats.documents_added, 1u);    // d
  EXPECT_EQ(stats.documents_skipped, 1u);  // b
  EXPECT_EQ(stats.entities_added, 2u);     // Sergey Ivanov, Ankara
  EXPECT_EQ(w.merge(s.b).documents_added, 1u);  // c; d is there
  EXPECT_EQ(w.merge(e).documents_skipped, 1u);
  EXPECT_EQ(w.merge(s.c).documents_added, 1u);
  EXPECT_EQ(w.merge(s.c).documents_added, 0u);  // twice in one run
  EXPECT_EQ(w.documents_added(), 5u);
  EXPECT_EQ(w.documents_skipped(), 4u);  // b, d, the mirror of a, e again
  w.commit();

  EXPECT_EQ(keyed(path), keyed(s.single));
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(rows(db, "SELECT COUNT(*) FROM documents"), (std::vector<std::string>{"5"}));
  EXPECT_EQ(rows(db, "SELECT COUNT(*) FROM quotes"), (std::vector<std::string>{"3"}));
  EXPECT_EQ(rows(db, "SELECT doc_id FROM documents WHERE doc_id LIKE '%a.txt'"),
            (std::vector<std::string>{"news/a.txt"}));
  SQLite::Database single(s.single, SQLite::OPEN_READONLY);
  const char* edges = "SELECT head, type, tail, weight FROM edges ORDER BY head, type, tail";
  EXPECT_EQ(rows(db, edges), rows(single, edges));
  EXPECT_TRUE(rows(db, "PRAGMA foreign_key_check").empty());
}

TEST(SqliteMerge, IntoAnExistingDatabaseAndIntoItself) {
  const Shards s("existing");
  const auto path = write_db(s.dir / "m.db", {s.all[0], s.all[1]});
  EXPECT_EQ(merge_sqlite(path, {path, s.a, s.b}), 2u);  // itself and A add nothing
  EXPECT_EQ(merge_sqlite(path, {s.c, path}), 1u);
  EXPECT_EQ(dump(path), dump(s.single));
}

TEST(SqliteMerge, BadShardLeavesNothingBehind) {
  const Shards s("bad");
  const auto text = (s.dir / "notes.txt").string();
  std::ofstream(text) << "this is not a database, just some text long enough to have a header...\n";
  const auto missing = (s.dir / "missing.db").string();
  const auto foreign = (s.dir / "foreign.db").string();
  {
    SQLite::Database db(foreign, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("CREATE TABLE documents(id INTEGER PRIMARY KEY)");
  }
  const auto target = (s.dir / "m.db").string();
  struct Case { std::string shard, words; };
  for (const Case& c : {Case{text, "not a database"}, Case{missing, "no such"}, Case{foreign, "not a gazette database"}}) {
    SCOPED_TRACE(c.shard);
    try {
      merge_sqlite(target, {s.a, c.shard});
      ADD_FAILURE() << "expected an exception";
    } catch (const std::runtime_error& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find(c.shard), std::string::npos) << what;
      EXPECT_NE(what.find(c.words), std::string::npos) << what;
    }
    EXPECT_FALSE(fs::exists(target));  // all shards or nothing
  }
  // A writer goes on after a failed shard.
  SqliteWriter w;
  w.open(target);
  w.merge(s.a);
  EXPECT_THROW(w.merge(foreign), std::runtime_error);
  w.merge(s.b);
  w.merge(s.c);
  w.commit();
  EXPECT_EQ(dump(target), dump(s.single));
}

TEST(SqliteMerge, AnnotateJsonlGivesTheSameGraph) {
  test::Corpus corpus;
  corpus_abcde(corpus);
  GraphBuilder from_annotations, from_jsonl;
  for (const auto* a : corpus.annotations()) {
    std::string line;
    write_annotation_jsonl(*a, line);
    from_annotations.add(*a);
    from_jsonl.add(graph_document_from_jsonl(line));
  }
  const auto g1 = from_annotations.finish(), g2 = from_jsonl.finish();
  EXPECT_EQ(graphml(g2), graphml(g1));
  EXPECT_EQ(json(g2), json(g1));  // aliases, samples, dates, evidence counts

  struct Case { std::string line, words; };
  const Case cases[] = {
      {R"({"id": "x", "text": "Lavrov met Tillerson."})", "input document"},
      {R"({"id": "x", "entities": [)", "invalid JSON at column"},
      {R"([1, 2])", "JSON object"},
      {R"({"id": "x"})", "no \"entities\""},
      {R"({"entities": []})", "\"id\""},
      {R"({"id": "x", "entities": [{"type": "PERSON"}]})", "\"name\""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.line);
    try {
      graph_document_from_jsonl(c.line);
      ADD_FAILURE() << "expected an exception";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(c.words), std::string::npos) << e.what();
    }
  }
}

// Rows pointing at an entity the shard lacks (a shard edited by hand): mentions and
// quotes keep their row with NULL for it, as ON DELETE SET NULL would leave them;
// relations naming it are dropped; rows of other entities are copied as they are.
TEST(SqliteMerge, RowsOfAnEntityTheShardLacksAreNulledOrDropped) {
  const Shards s("missing-entity");
  {
    SQLite::Database shard(s.c, SQLite::OPEN_READWRITE);
    shard.exec("PRAGMA foreign_keys = OFF");
    shard.exec("DELETE FROM entities WHERE key = 'name:sergei ivanov'");
  }
  const auto merged = s.merged("m.db", {s.c});
  SQLite::Database db(merged, SQLite::OPEN_READONLY);
  EXPECT_TRUE(rows(db, "PRAGMA foreign_key_check").empty());
  EXPECT_TRUE(rows(db, "SELECT id FROM entities WHERE key = 'name:sergei ivanov'").empty());
  EXPECT_EQ(rows(db, "SELECT text, entity IS NULL FROM mentions ORDER BY id"),
            (std::vector<std::string>{"Sergei Ivanov|1", "Lavrov|0"}));
  EXPECT_EQ(rows(db, "SELECT text, speaker IS NULL FROM quotes"), (std::vector<std::string>{"No deal,|1"}));
  EXPECT_EQ(rows(db, "SELECT e.name FROM quote_about qa JOIN entities e ON e.id = qa.entity"),
            (std::vector<std::string>{"Sergei Lavrov"}));
  EXPECT_TRUE(rows(db, "SELECT id FROM relations").empty());
  EXPECT_TRUE(rows(db, "SELECT relation FROM relation_evidence").empty());
  EXPECT_EQ(rows(db, "SELECT COUNT(*) FROM document_entities"), (std::vector<std::string>{"1"}));
}
