#include "gazette/sqlite.hpp"

#include "gazette/annotation.hpp"
#include "gazette/builtin_data.hpp"
#include "gazette/graph.hpp"
#include "gazette/graphml.hpp"
#include "gazette/json_graph.hpp"
#include "gazette/names.hpp"
#include "graph_fixture.hpp"
#include "../../src/store/sqlite_writer_impl.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <unistd.h>

using namespace gazette;
namespace fs = std::filesystem;

namespace {

fs::path scratch_dir(const std::string& name) {
  const fs::path dir = fs::path(::testing::TempDir()) / ("gazette-sqlite-" + std::to_string(::getpid())) / name;
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

std::size_t file_count(const fs::path& dir) {
  return static_cast<std::size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

using test::write_db;

std::int64_t count(SQLite::Database& db, const std::string& sql) { return db.execAndGet(sql).getInt64(); }

// Rows of a query, columns joined by '|', NULL as "NULL".
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

}  // namespace

TEST(Sqlite, ContentHashIsSha256) {
  // FIPS 180-2 test vectors and sha256sum.
  EXPECT_EQ(content_hash(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(content_hash("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(content_hash("foobar"), "c3ab8ff13720e8ad9047dd39466b3c8974e592c2fa383d4a3960714caef0c4f2");
}

TEST(Sqlite, SchemaIsBuiltInAndApplied) {
  ASSERT_TRUE(builtin_file("src/store/sqlite_schema.sql").has_value());
  const auto dir = scratch_dir("schema");
  const auto path = (dir / "g.db").string();
  write_db(path, test::Corpus{});
  SQLite::Database db(path);
  for (const char* table : {"meta", "documents", "sentences", "entities", "aliases", "document_entities", "entity_type_votes", "mentions",
                            "quotes", "quote_about", "relations", "relation_evidence", "quotes_fts"})
    EXPECT_TRUE(db.tableExists(table)) << table;
  for (const char* view : {"who_said_what_about_whom", "edges", "entity_summary", "type_conflicts"})
    EXPECT_EQ(count(db, std::string("SELECT COUNT(*) FROM sqlite_master WHERE type='view' AND name='") + view + "'"), 1)
        << view;
  EXPECT_EQ(rows(db, "SELECT key, value FROM meta ORDER BY key"),
            (std::vector<std::string>{"gazette_version|" GAZETTE_VERSION, "schema_version|2"}));
  EXPECT_GE(count(db, "SELECT COUNT(*) FROM sqlite_master WHERE type='index' AND name LIKE 'relations_%'"), 3);
}

TEST(Sqlite, RowCounts) {
  const auto dir = scratch_dir("counts");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);
  SQLite::Database db(path);
  struct Case { const char* table; std::int64_t rows; };
  const Case cases[] = {
      {"documents", 3},  {"sentences", 8},  {"entities", 8},       {"document_entities", 14},
      {"entity_type_votes", 14},
      {"aliases", 12},   {"mentions", 18},  {"quotes", 2},         {"quote_about", 3},
      {"relations", 10}, {"relation_evidence", 11},
  };
  for (const auto& c : cases) EXPECT_EQ(count(db, std::string("SELECT COUNT(*) FROM ") + c.table), c.rows) << c.table;
  EXPECT_TRUE(rows(db, "PRAGMA foreign_key_check").empty());
  EXPECT_EQ(rows(db, "SELECT doc_id, source, title, date, outlet, length(content_hash) FROM documents ORDER BY id"),
            (std::vector<std::string>{"news/a.txt|news/a.txt|Tillerson meets Lavrov|2017-04-12|NULL|64",
                                      "news/b.txt|news/b.txt|NULL|2017-04-13T08:00:00Z|NULL|64",
                                      "news/c.txt|news/c.txt|NULL|NULL|NULL|64"}));
  EXPECT_EQ(rows(db, "SELECT key, name, type, gazetteer_id FROM entities WHERE gazetteer_id IS NULL ORDER BY id"),
            (std::vector<std::string>{"name:kremlin|Kremlin|ORGANIZATION|NULL",
                                      "name:john smith|John Smith|PERSON|NULL"}));
  // The pronoun mention is stored, with what it was resolved from, but is no alias.
  EXPECT_EQ(rows(db, "SELECT text, resolved_from FROM mentions WHERE resolved_from IS NOT NULL"),
            (std::vector<std::string>{"He|he"}));
  EXPECT_EQ(rows(db, "SELECT alias FROM aliases JOIN entities ON entities.id = aliases.entity "
                     "WHERE entities.name = 'Sergei Lavrov' ORDER BY alias"),
            (std::vector<std::string>{"Lavrov", "Sergei Lavrov"}));
  EXPECT_EQ(rows(db, "SELECT evidence_text, role FROM relations WHERE type = 'ROLE_IN' ORDER BY id"),
            (std::vector<std::string>{"Russia's foreign minister Lavrov|foreign minister",
                                      "Secretary of State Smith|Secretary of State"}));
}

// add() with the graph form made by the caller (as `build` does, to feed the graph
// builder the same object) writes the very rows add() alone writes, and skips a
// document already stored as add() does.
TEST(Sqlite, AddWithGraphDocumentWritesTheSameRows) {
  const auto dir = scratch_dir("with-graph");
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto plain = (dir / "plain.db").string(), given = (dir / "given.db").string();
  write_db(plain, corpus);
  SqliteWriter w;
  w.open(given);
  for (const auto* a : corpus.annotations()) EXPECT_TRUE(w.add(*a, to_graph_document(*a)));
  const auto* first = corpus.annotations().front();
  EXPECT_FALSE(w.add(*first, to_graph_document(*first)));
  EXPECT_EQ(w.documents_added(), corpus.annotations().size());
  EXPECT_EQ(w.documents_skipped(), 1u);
  w.commit();
  SQLite::Database a(plain), b(given);
  for (const char* table : {"documents", "entities", "document_entities", "entity_type_votes", "aliases",
                            "mentions", "quotes", "relations", "relation_evidence"}) {
    const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2";
    EXPECT_EQ(rows(a, sql), rows(b, sql)) << table;
  }
}

// add() with the graph form and the content hash both made by the caller (build makes
// them on the worker threads, beside the annotating) writes the very rows add() alone
// writes, and skips a document already stored (by that hash) as add() does.
TEST(Sqlite, AddWithGraphDocumentAndHashWritesTheSameRows) {
  const auto dir = scratch_dir("with-hash");
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto plain = (dir / "plain.db").string(), given = (dir / "given.db").string();
  write_db(plain, corpus);
  SqliteWriter w;
  w.open(given);
  for (const auto* a : corpus.annotations())
    EXPECT_TRUE(w.add(*a, to_graph_document(*a), content_hash(a->doc->text)));
  const auto* first = corpus.annotations().front();
  EXPECT_FALSE(w.add(*first, to_graph_document(*first), content_hash(first->doc->text)));
  EXPECT_FALSE(w.add(*first));  // the hash it stored is the one add() makes
  EXPECT_EQ(w.documents_added(), corpus.annotations().size());
  EXPECT_EQ(w.documents_skipped(), 2u);
  w.commit();
  SQLite::Database a(plain), b(given);
  for (const char* table : {"documents", "entities", "document_entities", "entity_type_votes", "aliases",
                            "mentions", "quotes", "relations", "relation_evidence"}) {
    const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2";
    EXPECT_EQ(rows(a, sql), rows(b, sql)) << table;
  }
}

// A graph form without entity_refs (made otherwise than by to_graph_document()): the
// writer finds each entity's reference by its key, the same rows.
TEST(Sqlite, AddWithGraphDocumentWithoutEntityRefsWritesTheSameRows) {
  const auto dir = scratch_dir("without-refs");
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto plain = (dir / "plain.db").string(), keyed = (dir / "keyed.db").string();
  write_db(plain, corpus);
  SqliteWriter w;
  w.open(keyed);
  for (const auto* a : corpus.annotations()) {
    GraphDocument gd = to_graph_document(*a);
    EXPECT_EQ(gd.entity_refs.size(), a->entities.size());
    gd.entity_refs.clear();
    EXPECT_TRUE(w.add(*a, gd));
  }
  w.commit();
  SQLite::Database a(plain), b(keyed);
  for (const char* table : {"entities", "document_entities", "entity_type_votes", "aliases", "mentions", "quotes",
                            "quote_about", "relations"}) {
    const std::string sql = std::string("SELECT * FROM ") + table + " ORDER BY 1, 2";
    EXPECT_EQ(rows(a, sql), rows(b, sql)) << table;
  }
}

// Text parameters are bound from per-statement buffers reused row after row (no
// copy by SQLite): two writers open at once in one thread, fed the documents in
// turn, each write the very rows a writer alone writes; texts shorter than the row
// before (a mention after its sentence, "He" after "Sergei Lavrov") keep no tail of
// it, and an empty text stays NULL where the writer writes NULL.
TEST(Sqlite, TextBoundInPlaceByInterleavedWriters) {
  const auto dir = scratch_dir("interleaved");
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto alone = (dir / "alone.db").string(), first = (dir / "first.db").string(),
             second = (dir / "second.db").string();
  write_db(alone, corpus);
  {
    SqliteWriter a, b;
    a.open(first);
    b.open(second);
    for (const auto* annotation : corpus.annotations()) {
      a.add(*annotation);
      b.add(*annotation);
    }
    a.commit();
    b.commit();
  }
  const char* queries[] = {
      "SELECT doc_id, source, title, date, url, outlet, content_hash FROM documents ORDER BY id",
      "SELECT document, idx, text FROM sentences ORDER BY document, idx",
      "SELECT key, name, type, gazetteer_id, wikidata FROM entities ORDER BY id",
      "SELECT entity, alias FROM aliases ORDER BY entity, alias",
      "SELECT document, entity, type, mentions FROM entity_type_votes ORDER BY document, entity, type",
      "SELECT id, start, end, text, type, rule, resolved_from FROM mentions ORDER BY id",
      "SELECT id, text, kind, cue, speaker_from, rule FROM quotes ORDER BY id",
      "SELECT id, type, role, cue, evidence_text, rule FROM relations ORDER BY id",
      "SELECT relation, idx, text FROM relation_evidence ORDER BY relation, idx",
  };
  SQLite::Database db_alone(alone), db_first(first), db_second(second);
  for (const char* q : queries) {
    SCOPED_TRACE(q);
    const auto expected = rows(db_alone, q);
    EXPECT_FALSE(expected.empty());
    EXPECT_EQ(rows(db_first, q), expected);
    EXPECT_EQ(rows(db_second, q), expected);
  }
  EXPECT_EQ(rows(db_first, "SELECT text FROM mentions WHERE resolved_from IS NOT NULL"),
            (std::vector<std::string>{"He"}));
  EXPECT_EQ(count(db_first, "SELECT COUNT(*) FROM documents WHERE outlet IS NULL"), 3);
}

TEST(Sqlite, OffsetsAreCodePoints) {
  test::Corpus corpus;
  auto& a = corpus.add("u", "", "Zo\xC3\xAB said \xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D to Fran\xC3\xA7ois.");
  test::sentence(a, "Zo\xC3\xAB said \xE2\x80\x9Cna\xC3\xAFve\xE2\x80\x9D to Fran\xC3\xA7ois.");
  const int zoe = test::entity(a, "Zo\xC3\xAB", EntityType::Person);
  const int fr = test::entity(a, "Fran\xC3\xA7ois", EntityType::Person);
  test::mention(a, zoe, "Zo\xC3\xAB");
  test::mention(a, fr, "Fran\xC3\xA7ois");
  test::quote(a, "na\xC3\xAFve", zoe, {fr});
  test::relation(a, zoe, RelationType::SaidAbout, fr, {"na\xC3\xAFve"});
  const auto dir = scratch_dir("offsets");
  const auto path = (dir / "g.db").string();
  write_db(path, corpus);
  SQLite::Database db(path);
  // Python: "Zoë said “naïve” to François."  Zoë = [0,3), naïve = [10,15), François = [20,28)
  EXPECT_EQ(rows(db, "SELECT start, end, text FROM mentions ORDER BY id"),
            (std::vector<std::string>{"0|3|Zo\xC3\xAB", "20|28|Fran\xC3\xA7ois"}));
  EXPECT_EQ(rows(db, "SELECT start, end FROM quotes"), (std::vector<std::string>{"10|15"}));
  EXPECT_EQ(rows(db, "SELECT evidence_start, evidence_end FROM relations"), (std::vector<std::string>{"10|15"}));
  EXPECT_EQ(rows(db, "SELECT start, end FROM sentences"), (std::vector<std::string>{"0|29"}));
  EXPECT_EQ(rows(db, "SELECT length FROM documents"), (std::vector<std::string>{"29"}));
}

TEST(Sqlite, Views) {
  const auto dir = scratch_dir("views");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);
  SQLite::Database db(path);
  EXPECT_EQ(rows(db, "SELECT speaker, about, quote, cue, document, date FROM who_said_what_about_whom"),
            (std::vector<std::string>{
                "Rex Tillerson|Syria|We discussed Syria,|said|news/a.txt|2017-04-12",
                "Sergei Lavrov|United States|the <Kremlin> & Washington's \"friends\" aren't 'partners'|said|news/b.txt|"
                "2017-04-13T08:00:00Z",
                "Sergei Lavrov|Kremlin|the <Kremlin> & Washington's \"friends\" aren't 'partners'|said|news/b.txt|"
                "2017-04-13T08:00:00Z",
            }));
  EXPECT_EQ(rows(db, "SELECT head, type, tail, weight FROM edges ORDER BY weight DESC, head, type, tail"),
            (std::vector<std::string>{
                "Rex Tillerson|MET_WITH|Sergei Lavrov|2",
                "John Smith|MET_WITH|Sergei Lavrov|1",
                "John Smith|ROLE_IN|United States|1",
                "John Smith|SUPPORTS|Syria|1",
                "Rex Tillerson|SAID_ABOUT|Syria|1",
                "Sergei Lavrov|CRITICIZED|United States|1",
                "Sergei Lavrov|ROLE_IN|Russia|1",
                "Sergei Lavrov|SAID_ABOUT|Kremlin|1",
                "Sergei Lavrov|SAID_ABOUT|United States|1",
            }));
  const auto docs = rows(db, "SELECT documents FROM edges WHERE weight = 2");
  ASSERT_EQ(docs.size(), 1u);
  EXPECT_NE(docs[0].find("news/a.txt"), std::string::npos);
  EXPECT_NE(docs[0].find("news/b.txt"), std::string::npos);
  EXPECT_EQ(rows(db, "SELECT entity, type, mentions, documents, quotes_said, relations FROM entity_summary"),
            (std::vector<std::string>{
                "Rex Tillerson|PERSON|3|2|1|3",
                "Sergei Lavrov|PERSON|5|2|1|7",
                "Moscow|LOCATION|1|1|0|0",
                "Syria|COUNTRY|2|2|0|2",
                "United States|COUNTRY|2|3|0|3",
                "Russia|COUNTRY|1|1|0|1",
                "Kremlin|ORGANIZATION|1|1|0|1",
                "John Smith|PERSON|3|2|0|3",
            }));
}

TEST(Sqlite, FullTextSearchOnQuotes) {
  const auto dir = scratch_dir("fts");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);
  SQLite::Database db(path);
  struct Case { std::string match; std::vector<std::string> quotes; };
  const Case cases[] = {
      {"discussed", {"We discussed Syria,"}},
      {"kremlin", {"the <Kremlin> & Washington's \"friends\" aren't 'partners'"}},
      {"syria OR partners", {"We discussed Syria,", "the <Kremlin> & Washington's \"friends\" aren't 'partners'"}},
      {"moscow", {}},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(rows(db, "SELECT q.text FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid WHERE quotes_fts MATCH '" +
                           c.match + "' ORDER BY q.id"),
              c.quotes)
        << c.match;
  }
}

TEST(Sqlite, IncrementalAddSkipsKnownDocumentsAndMergesEntities) {
  const auto dir = scratch_dir("incremental");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);

  test::Corpus more;
  auto& d = more.add("news/d.txt", "2017-04-20", "Lavrov met Rex Tillerson in Ankara.");
  test::sentence(d, "Lavrov met Rex Tillerson in Ankara.");
  const int lavrov = test::entity(d, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
  const int tillerson = test::entity(d, "Rex Tillerson", EntityType::Person, "person:rex-tillerson");
  const int ankara = test::entity(d, "Ankara", EntityType::Location, "location:ankara");
  test::mention(d, lavrov, "Lavrov");
  test::mention(d, tillerson, "Rex Tillerson");
  test::mention(d, ankara, "Ankara");
  test::relation(d, tillerson, RelationType::MetWith, lavrov, {"Lavrov met Rex Tillerson in Ankara."});

  SqliteWriter w;
  w.open(path);
  for (const auto* a : corpus.annotations()) EXPECT_FALSE(w.add(*a));  // already there
  EXPECT_TRUE(w.add(*more.annotations()[0]));
  EXPECT_FALSE(w.add(*more.annotations()[0]));  // twice in one run
  EXPECT_EQ(w.documents_added(), 1u);
  EXPECT_EQ(w.documents_skipped(), 4u);
  w.commit();

  SQLite::Database db(path);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 4);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM entities"), 9);  // only Ankara is new
  EXPECT_EQ(rows(db, "SELECT weight FROM edges WHERE head = 'Rex Tillerson' AND type = 'MET_WITH'"),
            (std::vector<std::string>{"3"}));

  // The graph from the database equals the graph built from all four documents.
  GraphBuilder b;
  for (const auto* a : corpus.annotations()) b.add(*a);
  b.add(*more.annotations()[0]);
  EXPECT_EQ(graphml(load_graph_from_sqlite(path)), graphml(b.finish()));
}

TEST(Sqlite, LoadGraphEqualsBuiltGraph) {
  const auto dir = scratch_dir("load");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);

  struct Case { int min_documents; std::set<std::string> exclude; std::size_t max_samples; };
  const Case cases[] = {{1, {}, 3}, {2, {}, 3}, {1, {"SAID_ABOUT"}, 1}, {2, {"MET_WITH", "ROLE_IN"}, 0}};
  for (const auto& c : cases) {
    SCOPED_TRACE(c.min_documents);
    GraphOptions o;
    o.min_documents = c.min_documents;
    o.exclude_types = c.exclude;
    o.max_samples = c.max_samples;
    GraphBuilder b(o);
    for (const auto* a : corpus.annotations()) b.add(*a);
    const auto built = b.finish();
    const auto loaded = load_graph_from_sqlite(path, o);
    EXPECT_EQ(graphml(loaded), graphml(built));
    EXPECT_EQ(json(loaded), json(built));  // includes every sample, alias and date
  }
}

TEST(Sqlite, NewDatabaseAppearsOnlyOnCommit) {
  const auto dir = scratch_dir("atomic");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  {
    SqliteWriter w;
    w.open(path);
    w.add(*corpus.annotations()[0]);
    EXPECT_FALSE(fs::exists(path));
    EXPECT_EQ(file_count(dir), 1u);  // the temporary file
  }  // no commit
  EXPECT_FALSE(fs::exists(path));
  EXPECT_EQ(file_count(dir), 0u);

  write_db(path, corpus);
  EXPECT_TRUE(fs::exists(path));
  EXPECT_EQ(file_count(dir), 1u);
}

TEST(Sqlite, UncommittedChangesToAnExistingDatabaseRollBack) {
  const auto dir = scratch_dir("rollback");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  {
    SqliteWriter w;
    w.open(path);
    w.add(*corpus.annotations()[0]);
    w.commit();
  }
  {
    SqliteWriter w;
    w.open(path);
    EXPECT_TRUE(w.add(*corpus.annotations()[1]));
    EXPECT_TRUE(w.has_document(content_hash(corpus.annotations()[1]->doc->text)));
  }  // no commit
  SQLite::Database db(path);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM entities"), 5);
}

// The command line turns SQLite's memory statistics off before opening any database
// (no global mutex per allocation). In a fresh process (the test re-runs itself for
// this one): the call takes effect, a build's rows are written as before, and SQLite
// counts no memory; once SQLite is in use the call changes nothing and says so.
TEST(Sqlite, MemoryStatisticsOffBeforeFirstUseOnly) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  EXPECT_EXIT(
      {
        const bool off = sqlite_without_memory_statistics();
        test::Corpus corpus;
        test::small_corpus(corpus);
        SqliteWriter w;
        w.open(":memory:");
        std::size_t added = 0;
        for (const auto* a : corpus.annotations()) added += w.add(*a) ? 1 : 0;
        w.commit();
        const bool counted = sqlite3_memory_used() != 0;
        const bool again = sqlite_without_memory_statistics();  // SQLite is in use now
        std::exit(off && added == corpus.annotations().size() && !counted && !again ? 0 : 1);
      },
      ::testing::ExitedWithCode(0), "");
}

TEST(Sqlite, MemoryDatabase) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  SqliteWriter w;
  w.open(":memory:");
  EXPECT_FALSE(w.has_document(content_hash(corpus.annotations()[0]->doc->text)));
  EXPECT_TRUE(w.add(*corpus.annotations()[0]));
  EXPECT_TRUE(w.has_document(content_hash(corpus.annotations()[0]->doc->text)));
  w.commit();
}

TEST(Sqlite, ErrorsNameTheFile) {
  const auto dir = scratch_dir("errors");
  auto expect_error = [](auto&& f, const std::string& path, const std::string& words) {
    try {
      f();
      ADD_FAILURE() << "expected an exception for " << path;
    } catch (const std::runtime_error& e) {
      const std::string what = e.what();
      EXPECT_NE(what.find(path), std::string::npos) << what;
      EXPECT_NE(what.find(words), std::string::npos) << what;
    }
  };
  const auto text = (dir / "notes.txt").string();
  std::ofstream(text) << "this is not a database, just some text long enough to have a header...\n";
  expect_error([&] { SqliteWriter w; w.open(text); }, text, "not a database");
  expect_error([&] { load_graph_from_sqlite(text); }, text, "not a database");
  const auto missing = (dir / "missing.db").string();
  expect_error([&] { load_graph_from_sqlite(missing); }, missing, "no such");
  const auto nodir = (dir / "no" / "such" / "dir.db").string();
  // The temporary file is created first (AtomicFile), so the error gives errno.
  expect_error([&] { SqliteWriter w; w.open(nodir); }, nodir, "No such file or directory");

  // A database from a newer gazette is refused.
  const auto newer = (dir / "newer.db").string();
  write_db(newer, test::Corpus{});
  {
    SQLite::Database db(newer, SQLite::OPEN_READWRITE);
    db.exec("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
  }
  expect_error([&] { SqliteWriter w; w.open(newer); }, newer, "schema version 99");
  expect_error([&] { load_graph_from_sqlite(newer); }, newer, "schema version 99");
}

// Former bugs.
TEST(Sqlite, FailedDocumentLeavesNothingBehind) {
  // A NaN confidence is stored as NULL, which relations.confidence refuses: the
  // error names the table and document, and none of the document's rows stay.
  const auto dir = scratch_dir("failed");
  const auto path = (dir / "g.db").string();
  test::Corpus bad;
  auto& d = bad.add("news/bad.txt", "", "Ankara praised Lavrov.");
  test::sentence(d, "Ankara praised Lavrov.");
  const int ankara = test::entity(d, "Ankara", EntityType::Location, "location:ankara");
  const int lavrov = test::entity(d, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
  test::mention(d, ankara, "Ankara");
  test::mention(d, lavrov, "Lavrov");
  test::relation(d, ankara, RelationType::Supports, lavrov, {"Ankara praised Lavrov."});
  d.relations[0].confidence = std::nan("");
  test::Corpus corpus;
  test::small_corpus(corpus);

  SqliteWriter w;
  w.open(path);
  try {
    w.add(*bad.annotations()[0]);
    FAIL() << "expected an exception";
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find(path), std::string::npos) << what;
    EXPECT_NE(what.find("relations"), std::string::npos) << what;
    EXPECT_NE(what.find("news/bad.txt"), std::string::npos) << what;
  }
  // The writer goes on; the entities the failed document created are created again.
  for (const auto* a : corpus.annotations()) EXPECT_TRUE(w.add(*a));
  d.relations[0].confidence = 0.5;
  EXPECT_TRUE(w.add(*bad.annotations()[0]));
  w.commit();

  SQLite::Database db(path);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 4);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM entities"), 9);
  EXPECT_TRUE(rows(db, "PRAGMA foreign_key_check").empty());
  EXPECT_EQ(rows(db, "SELECT doc_id FROM documents ORDER BY id"),
            (std::vector<std::string>{"news/a.txt", "news/b.txt", "news/c.txt", "news/bad.txt"}));
}

namespace {

// A document that fails at its last relation (NaN confidence, stored as NULL, which
// relations.confidence refuses) after every other kind of row was inserted: a new
// entity (Ankara) with its alias, a new alias and a type vote that may retype an
// entity the corpus has (Lavrov, as an organisation), sentences, mentions, a quote
// about Ankara (the full-text index) and a relation with two evidence spans.
void failing_corpus(test::Corpus& bad) {
  auto& d = bad.add("news/bad.txt", "", "Minister Lavrov praised Ankara. \"Ankara helps,\" he said.");
  test::sentence(d, "Minister Lavrov praised Ankara.");
  test::sentence(d, "\"Ankara helps,\" he said.");
  const int lavrov = test::entity(d, "Sergei Lavrov", EntityType::Organization, "person:sergey-lavrov");
  const int ankara = test::entity(d, "Ankara", EntityType::Location, "location:ankara");
  test::mention(d, lavrov, "Minister Lavrov");
  test::mention(d, ankara, "Ankara");
  test::mention(d, ankara, "Ankara", 1);
  test::quote(d, "Ankara helps,", lavrov, {ankara});
  test::relation(d, lavrov, RelationType::Supports, ankara, {"Minister Lavrov praised Ankara.", "Ankara helps,"});
  test::relation(d, lavrov, RelationType::SaidAbout, ankara, {"Ankara helps,"});
  d.relations[1].confidence = std::nan("");
}

// Every row of every table (the full-text index's own tables too), by table.
std::vector<std::string> all_rows(const std::string& path) {
  SQLite::Database db(path);
  std::vector<std::string> out;
  for (const auto& table : rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
    for (const auto& row : rows(db, "SELECT * FROM \"" + table + "\"")) out.push_back(table + ": " + row);
  return out;
}

// The small corpus into `path`: documents a and b, then (into the database reopened
// when `reopen`) `bad` when given, which must fail, then c.
void build_around(const std::string& path, bool reopen, const Annotation* bad) {
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto docs = corpus.annotations();
  SqliteWriter w;
  w.open(path);
  w.add(*docs[0]);
  w.add(*docs[1]);
  if (reopen) {
    w.commit();
    w.open(path);
  }
  if (bad) {
    EXPECT_THROW(w.add(*bad), std::runtime_error);
  }
  w.add(*docs[2]);
  w.commit();
}

}  // namespace

TEST(Sqlite, FailedDocumentLeavesEveryTableAsWithoutIt) {
  // No savepoint per document: the failed document's rows are deleted again. Into a
  // new database (foreign keys off, indexes deferred) and an existing one (foreign
  // keys on, with the full-text index's delete trigger), every table, the ids the
  // next document gets and the entity types settled at commit are as if the failed
  // document had never been added.
  test::Corpus bad;
  failing_corpus(bad);
  for (const bool reopen : {false, true}) {
    const auto dir = scratch_dir(reopen ? "undo-existing" : "undo-new");
    const auto with = (dir / "with.db").string(), without = (dir / "without.db").string();
    build_around(with, reopen, bad.annotations()[0]);
    build_around(without, reopen, nullptr);
    const auto expected = all_rows(without);
    EXPECT_EQ(all_rows(with), expected) << (reopen ? "existing" : "new");
    EXPECT_GT(expected.size(), 100u);
    SQLite::Database db(with, SQLite::OPEN_READWRITE);
    EXPECT_EQ(rows(db, "SELECT doc_id FROM documents ORDER BY id"),
              (std::vector<std::string>{"news/a.txt", "news/b.txt", "news/c.txt"}));
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM entities WHERE key = 'location:ankara'"), 0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'ankara'"), 0);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'syria'"), 1);
    db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
    EXPECT_TRUE(rows(db, "PRAGMA foreign_key_check").empty());
  }
}

TEST(Sqlite, AFailedDocumentTakesBackOnlyTheAliasesItAdded) {
  // The aliases an entity already had are not the failed document's to delete
  // (INSERT OR IGNORE: Impl::new_aliases holds only those whose insert added a row).
  // A document that gives Lavrov 39 new aliases and his two known ones (Lavrov,
  // Sergei Lavrov, from document a) and then fails: into a new and an existing
  // database, every table is as without it, the known aliases kept.
  std::string text;
  std::vector<std::string> names;
  for (int i = 0; i < 30; ++i) names.push_back("Lav " + std::string(i < 10 ? "0" : "") + std::to_string(i));
  names.push_back("Lavrov");
  names.push_back("Sergei Lavrov");
  for (int i = 0; i < 8; ++i) names.push_back("Sergej 0" + std::to_string(i));
  names.push_back("Sergeo");
  for (const auto& n : names) text += n + " praised Ankara. ";
  test::Corpus bad;
  auto& d = bad.add("news/aliases.txt", "", text);
  test::sentence(d, std::string_view(text).substr(0, text.size() - 1));
  const int lavrov = test::entity(d, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
  const int ankara = test::entity(d, "Ankara", EntityType::Location, "location:ankara");
  for (const auto& n : names) test::mention(d, lavrov, n);
  test::mention(d, ankara, "Ankara");
  test::relation(d, lavrov, RelationType::Supports, ankara, {"Ankara"});
  d.relations[0].confidence = std::nan("");  // relations.confidence refuses NULL: the add fails
  for (const bool reopen : {false, true}) {
    SCOPED_TRACE(reopen ? "existing database" : "new database");
    const auto dir = scratch_dir(reopen ? "undo-aliases-existing" : "undo-aliases-new");
    const auto with = (dir / "with.db").string(), without = (dir / "without.db").string();
    build_around(with, reopen, bad.annotations()[0]);
    build_around(without, reopen, nullptr);
    EXPECT_EQ(all_rows(with), all_rows(without));
    SQLite::Database db(with);
    EXPECT_EQ(rows(db, "SELECT alias FROM aliases JOIN entities ON entities.id = aliases.entity "
                       "WHERE entities.key = 'person:sergey-lavrov' ORDER BY alias"),
              (std::vector<std::string>{"Lavrov", "Sergei Lavrov"}));
  }
  // Without the failing relation the same document stores every alias once.
  d.relations.clear();
  const auto dir = scratch_dir("aliases-kept");
  const auto path = (dir / "g.db").string();
  build_around(path, true, nullptr);
  {
    SqliteWriter w;
    w.open(path);
    EXPECT_TRUE(w.add(d));
    w.commit();
  }
  SQLite::Database db(path);
  std::vector<std::string> sorted = names;
  std::sort(sorted.begin(), sorted.end());
  EXPECT_EQ(rows(db, "SELECT alias FROM aliases JOIN entities ON entities.id = aliases.entity "
                     "WHERE entities.key = 'person:sergey-lavrov' ORDER BY alias"),
            sorted);
}

TEST(Sqlite, UndoOfAFailedDocumentFiresTheUsersDeleteTriggers) {
  // A trigger the user added (as sqlite-utils' enable-fts --create-triggers does) saw
  // the failed document's quotes inserted; it must see them deleted, or its table keeps
  // rows of quotes that are not there (and whose ids the next document reuses).
  test::Corpus bad;
  failing_corpus(bad);
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto dir = scratch_dir("undo-user-trigger");
  const auto path = (dir / "g.db").string();
  SqliteWriter w;
  w.open(path);
  w.add(*corpus.annotations()[0]);
  w.commit();
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("CREATE TABLE quote_log(quote INTEGER)");
    db.exec("CREATE TRIGGER log_in AFTER INSERT ON quotes BEGIN INSERT INTO quote_log VALUES (new.id); END");
    db.exec("CREATE TRIGGER log_out AFTER DELETE ON quotes BEGIN DELETE FROM quote_log WHERE quote = old.id; END");
    db.exec("INSERT INTO quote_log SELECT id FROM quotes");
  }
  w.open(path);
  EXPECT_THROW(w.add(*bad.annotations()[0]), std::runtime_error);
  for (std::size_t i = 1; i < corpus.annotations().size(); ++i) EXPECT_TRUE(w.add(*corpus.annotations()[i]));
  w.commit();
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  EXPECT_GT(count(db, "SELECT COUNT(*) FROM quotes"), 1);
  EXPECT_EQ(rows(db, "SELECT quote FROM quote_log ORDER BY quote"), rows(db, "SELECT id FROM quotes ORDER BY id"));
  db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'ankara'"), 0);
}

TEST(Sqlite, AFailureThatIsNotSqlitesLeavesNoRowsOfTheDocument) {
  // A graph form that does not belong to the annotation (no entity references, keys
  // the annotation's entities do not have) fails inside add() with std::out_of_range,
  // not SQLite::Exception: the document's rows are undone all the same, the error is
  // the writer's, and the writer goes on.
  test::Corpus corpus;
  test::small_corpus(corpus);
  ASSERT_GE(corpus.annotations().size(), 2u);
  const auto dir = scratch_dir("undo-not-sqlite");
  const auto with = (dir / "with.db").string(), without = (dir / "without.db").string();
  const auto* first = corpus.annotations()[0];
  GraphDocument wrong = to_graph_document(*corpus.annotations()[1]);
  wrong.entity_refs.clear();
  {
    SqliteWriter w;
    w.open(with);
    try {
      w.add(*first, wrong, content_hash(first->doc->text));
      FAIL() << "expected an exception";
    } catch (const std::runtime_error& e) {
      EXPECT_NE(std::string(e.what()).find(first->doc->id), std::string::npos) << e.what();
    }
    for (const auto* a : corpus.annotations()) EXPECT_TRUE(w.add(*a));
    w.commit();
  }
  {
    SqliteWriter w;
    w.open(without);
    for (const auto* a : corpus.annotations()) EXPECT_TRUE(w.add(*a));
    w.commit();
  }
  EXPECT_EQ(all_rows(with), all_rows(without));
}

TEST(Sqlite, RowsWrittenManyAtATimeAreEveryRowInOrder) {
  // add() writes sentences, mentions, document_entities, votes, quote_about and
  // relation_evidence with INSERT statements of 32, 16, 8, 4, 2 and 1 rows: documents
  // of 1 to 100 rows per table, one after the other (statements reused), must store
  // every row with its values, in order, ids as one row at a time would give them.
  const auto dir = scratch_dir("batches");
  const auto path = (dir / "g.db").string();
  const std::vector<int> sizes = {1, 2, 31, 32, 33, 63, 100};
  test::Corpus corpus;
  std::vector<std::vector<std::string>> sentences, mentions, refs, votes, aliases, about, evidence;
  int entities = 0;
  for (std::size_t d = 0; d < sizes.size(); ++d) {
    const int n = sizes[d];
    std::string text;
    std::vector<std::string> said;
    for (int i = 0; i < n; ++i) {
      said.push_back("Speaker " + std::to_string(n) + "-" + std::to_string(i) + " said yes.");
      text += (i ? " " : "") + said.back();
    }
    auto& a = corpus.add("doc" + std::to_string(n), "", text);
    sentences.emplace_back(), mentions.emplace_back(), refs.emplace_back(), votes.emplace_back();
    aliases.emplace_back(), about.emplace_back(), evidence.emplace_back();
    std::vector<std::int32_t> all;
    std::vector<std::string_view> spans;
    for (int i = 0; i < n; ++i) {
      const std::string name = said[static_cast<std::size_t>(i)].substr(0, said[static_cast<std::size_t>(i)].find(" said"));
      test::sentence(a, said[static_cast<std::size_t>(i)]);
      const int e = test::entity(a, name, EntityType::Person);
      test::mention(a, e, name);
      all.push_back(e);
      spans.push_back(said[static_cast<std::size_t>(i)]);
      const auto span = test::span_of(a, said[static_cast<std::size_t>(i)]);
      const std::string at = std::to_string(span.begin) + "|" + std::to_string(span.end) + "|";
      const std::string id = std::to_string(entities + i + 1);
      sentences.back().push_back(std::to_string(i) + "|0|" + at + said[static_cast<std::size_t>(i)]);
      mentions.back().push_back(id + "|" + std::to_string(i) + "|" + std::to_string(span.begin) + "|" +
                                std::to_string(span.begin + name.size()) + "|" + name + "|PERSON|gazetteer|NULL");
      refs.back().push_back(id + "|" + std::to_string(i) + "|1");
      votes.back().push_back(id + "|PERSON|1");
      aliases.back().push_back(id + "|" + name);
      about.back().push_back(std::to_string(d + 1) + "|" + id);
      evidence.back().push_back(std::to_string(d + 1) + "|" + std::to_string(i) + "|" + at + said[static_cast<std::size_t>(i)]);
    }
    test::quote(a, said[0], all[0], all);
    test::relation(a, all[0], RelationType::MetWith, all.back(), spans);
    entities += n;
  }
  write_db(path, corpus);

  SQLite::Database db(path);
  for (std::size_t d = 0; d < sizes.size(); ++d) {
    const std::string doc = std::to_string(d + 1), ids = "(SELECT entity FROM document_entities WHERE document = " + doc + ")";
    SCOPED_TRACE("document of " + std::to_string(sizes[d]) + " rows");
    EXPECT_EQ(rows(db, "SELECT idx, paragraph, start, end, text FROM sentences WHERE document = " + doc + " ORDER BY idx"),
              sentences[d]);
    EXPECT_EQ(rows(db, "SELECT entity, sentence, start, end, text, type, rule, resolved_from FROM mentions "
                       "WHERE document = " + doc + " ORDER BY id"),
              mentions[d]);
    EXPECT_EQ(rows(db, "SELECT entity, position, mentions FROM document_entities WHERE document = " + doc + " ORDER BY position"),
              refs[d]);
    EXPECT_EQ(rows(db, "SELECT entity, type, mentions FROM entity_type_votes WHERE document = " + doc + " ORDER BY entity"),
              votes[d]);
    EXPECT_EQ(rows(db, "SELECT entity, alias FROM aliases WHERE entity IN " + ids + " ORDER BY entity"), aliases[d]);
    EXPECT_EQ(rows(db, "SELECT quote, entity FROM quote_about WHERE quote = " + doc + " ORDER BY entity"), about[d]);
    EXPECT_EQ(rows(db, "SELECT relation, idx, start, end, text FROM relation_evidence WHERE relation = " + doc + " ORDER BY idx"),
              evidence[d]);
  }
  // Mention ids follow text order across documents, with no gap.
  EXPECT_EQ(count(db, "SELECT MAX(id) FROM mentions"), entities);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM mentions"), entities);
}

TEST(Sqlite, FailureInsideAManyRowInsertLeavesTheDocumentOut) {
  // A statement of several rows that fails at its second row (a trigger of the
  // database refuses that mention) has written its first row (INSERT OR FAIL): the
  // document's rows are deleted all the same, and the tables are as without it.
  test::Corpus bad;
  failing_corpus(bad);
  const auto dir = scratch_dir("undo-batch");
  const auto with = (dir / "with.db").string(), without = (dir / "without.db").string();
  auto refuse = [](const std::string& path, bool on) {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec(on ? "CREATE TRIGGER refuse BEFORE INSERT ON mentions WHEN new.text = 'Ankara' "
                 "BEGIN SELECT RAISE(FAIL, 'refused'); END"
               : "DROP TRIGGER refuse");
  };
  test::Corpus corpus;
  test::small_corpus(corpus);
  const auto docs = corpus.annotations();
  for (const auto& path : {with, without}) {
    write_db(path, test::Corpus{});
    refuse(path, true);
    SqliteWriter w;
    w.open(path);
    w.add(*docs[0]);
    if (path == with) {
      try {
        w.add(*bad.annotations()[0]);
        ADD_FAILURE() << "expected an exception";
      } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("table mentions"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("refused"), std::string::npos) << e.what();
      }
    }
    w.add(*docs[1]);
    w.commit();
    refuse(path, false);
  }
  EXPECT_EQ(all_rows(with), all_rows(without));
  SQLite::Database db(with);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM mentions WHERE text = 'Minister Lavrov'"), 0);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 2);
}

namespace {

// x types "Jordan" as a person twice and as an organisation once; y as an organisation twice.
void jordan_corpus(test::Corpus& corpus) {
  auto& x = corpus.add("x", "2020-01-01", "Jordan said Jordan would stay. Jordan agreed.");
  test::sentence(x, "Jordan said Jordan would stay. Jordan agreed.");
  const int xp = test::entity(x, "Jordan", EntityType::Person);
  test::mention(x, xp, "Jordan");
  test::mention(x, xp, "Jordan", 1);
  test::mention(x, test::entity(x, "Jordan", EntityType::Organization), "Jordan", 2);
  auto& y = corpus.add("y", "2020-01-02", "Jordan won. Jordan lost.");
  test::sentence(y, "Jordan won. Jordan lost.");
  const int yo = test::entity(y, "Jordan", EntityType::Organization);
  test::mention(y, yo, "Jordan");
  test::mention(y, yo, "Jordan", 1);
}

}  // namespace

TEST(Sqlite, TypeDisagreementsAreSettledByVoteAndListed) {
  const auto dir = scratch_dir("votes");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  jordan_corpus(corpus);
  const auto docs = corpus.annotations();
  {
    SqliteWriter w;
    w.open(path);
    w.add(*docs[0]);
    w.commit();
    SQLite::Database db(path);
    EXPECT_EQ(rows(db, "SELECT key, type FROM entities"), (std::vector<std::string>{"name:jordan|PERSON"}));
    EXPECT_EQ(rows(db, "SELECT document, entity, type, mentions FROM entity_type_votes ORDER BY type"),
              (std::vector<std::string>{"1|1|ORGANIZATION|1", "1|1|PERSON|2"}));
    EXPECT_EQ(rows(db, "SELECT * FROM type_conflicts"),
              (std::vector<std::string>{"Jordan|PERSON|PERSON 2, ORGANIZATION 1|1"}));
  }
  {
    // Incremental: y's two organisation mentions outvote x's two person mentions.
    SqliteWriter w;
    w.open(path);
    w.add(*docs[1]);
    w.commit();
    SQLite::Database db(path);
    EXPECT_EQ(rows(db, "SELECT key, type FROM entities"), (std::vector<std::string>{"name:jordan|ORGANIZATION"}));
    EXPECT_EQ(rows(db, "SELECT * FROM type_conflicts"),
              (std::vector<std::string>{"Jordan|ORGANIZATION|ORGANIZATION 3, PERSON 2|2"}));
    EXPECT_EQ(rows(db, "SELECT entity, type FROM entity_summary"), (std::vector<std::string>{"Jordan|ORGANIZATION"}));
  }
  GraphBuilder b;
  for (const auto* a : docs) b.add(*a);
  const auto built = b.finish();
  const auto loaded = load_graph_from_sqlite(path);
  ASSERT_EQ(boost::num_vertices(loaded), 1u);
  EXPECT_EQ(loaded[0].type, "ORGANIZATION");
  EXPECT_EQ(loaded[0].type_votes, built[0].type_votes);
  EXPECT_EQ(graphml(loaded), graphml(built));
  EXPECT_EQ(json(loaded), json(built));

  // Shards merged in either order settle on the same type.
  const auto sx = (dir / "x.db").string(), sy = (dir / "y.db").string();
  {
    SqliteWriter w;
    w.open(sx);
    w.add(*docs[0]);
    w.commit();
  }
  {
    SqliteWriter w;
    w.open(sy);
    w.add(*docs[1]);
    w.commit();
  }
  for (const auto& order : {std::vector<std::string>{sx, sy}, std::vector<std::string>{sy, sx}}) {
    const auto merged = (dir / ("m-" + fs::path(order[0]).stem().string() + ".db")).string();
    merge_sqlite(merged, order);
    SQLite::Database db(merged);
    EXPECT_EQ(rows(db, "SELECT key, type FROM entities"), (std::vector<std::string>{"name:jordan|ORGANIZATION"}));
    EXPECT_EQ(rows(db, "SELECT type, votes, documents FROM type_conflicts"),
              (std::vector<std::string>{"ORGANIZATION|ORGANIZATION 3, PERSON 2|2"}));
  }
}

// The graph read back a window of documents at a time (for_each_graph_document(), rows
// 23.135-23.139) is the graph of the annotations whatever the window: one document, two
// (a window ending inside the corpus, the last one short) or all; each document comes
// with its content hash, in insertion order.
TEST(Sqlite, GraphDocumentsAreReadAWindowAtATime) {
  const auto dir = scratch_dir("windows");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  jordan_corpus(corpus);
  write_db(path, corpus);
  GraphBuilder b;
  for (const auto* a : corpus.annotations()) b.add(*a);
  const std::string expected = graphml(std::move(b).finish());
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  const auto hashes = rows(db, "SELECT doc_id, content_hash FROM documents ORDER BY id");
  ASSERT_GT(hashes.size(), 3u);
  for (const std::size_t window : {std::size_t{1}, std::size_t{2}, std::size_t{1024}}) {
    GraphBuilder from_db;
    std::vector<std::string> seen;
    for_each_graph_document(
        path,
        [&](GraphDocument&& d, const std::string& hash) {
          seen.push_back(d.id + "|" + hash);
          from_db.add(d);
        },
        window);
    EXPECT_EQ(seen, hashes) << "window " << window;
    EXPECT_EQ(graphml(std::move(from_db).finish()), expected) << "window " << window;
  }
  EXPECT_EQ(graphml(load_graph_from_sqlite(path)), expected);
}

TEST(Sqlite, AVersion1DatabaseIsReadButNotAddedTo) {
  const auto dir = scratch_dir("v1");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    db.exec("DROP VIEW type_conflicts");
    db.exec("DROP TABLE entity_type_votes");
  }
  test::Corpus more;
  jordan_corpus(more);
  SqliteWriter w;
  try {
    w.open(path);
    FAIL() << "a version-1 database with documents was opened for writing";
  } catch (const std::runtime_error& e) {
    EXPECT_NE(std::string(e.what()).find("schema version 1"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("build it again"), std::string::npos) << e.what();
  }
  EXPECT_THROW(merge_sqlite((dir / "m.db").string(), {path}), std::runtime_error);
  // Still readable: every reference votes for its entity's type.
  GraphBuilder b;
  for (const auto* a : corpus.annotations()) b.add(*a);
  EXPECT_EQ(graphml(load_graph_from_sqlite(path)), graphml(b.finish()));
}

// load_quotes() gives every quote of the database in id order, each with the entities
// it is about (by entity id) and nothing of another quote's, when the ids have gaps
// (quotes deleted by hand, one of them leaving its quote_about rows behind, as with
// foreign keys off) and a quote is about none, one or many entities.
TEST(Sqlite, LoadQuotesGivesEachQuoteItsOwnAboutListAcrossGapsInTheIds) {
  const auto dir = scratch_dir("load_quotes");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  for (int d = 0; d < 40; ++d) {
    const std::string n = std::to_string(d);
    const std::string said = "Ann Lee" + n + " said the plan of Bo Kim" + n + " and Cy Tan" + n + " works.";
    auto& a = corpus.add("doc" + n, "", said);
    test::sentence(a, said);
    const int ann = test::entity(a, "Ann Lee" + n, EntityType::Person);
    const int bo = test::entity(a, "Bo Kim" + n, EntityType::Person);
    const int cy = test::entity(a, "Cy Tan" + n, EntityType::Person);
    for (int e : {ann, bo, cy}) test::mention(a, e, a.entities[static_cast<std::size_t>(e)].canonical);
    std::vector<std::int32_t> about;
    if (d % 3 >= 1) about.push_back(cy);  // none, Cy, Cy and Bo (given out of id order)
    if (d % 3 == 2) about.push_back(bo);
    test::quote(a, "the plan of Bo Kim" + n, ann, about);
  }
  write_db(path, corpus);
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("DELETE FROM quotes WHERE id IN (3, 4, 17)");  // quote 17's about rows stay
    db.exec("DELETE FROM quote_about WHERE quote IN (3, 4)");
  }
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  std::vector<std::string> expected;
  for (const auto& row : rows(db, "SELECT id, text FROM quotes ORDER BY id")) {
    const std::string id = row.substr(0, row.find('|'));
    std::string about;
    for (const auto& name : rows(db, "SELECT e.name FROM quote_about qa JOIN entities e ON e.id = qa.entity "
                                     "WHERE qa.quote = " + id + " ORDER BY e.id"))
      about += "," + name;
    expected.push_back(row.substr(row.find('|') + 1) + about);
  }
  ASSERT_EQ(expected.size(), 37u);
  std::vector<std::string> got;
  for (const auto& q : load_quotes(path)) {
    std::string about;
    for (std::size_t i = 0; i < q.about.size(); ++i) {
      about += "," + q.about[i];
      EXPECT_EQ(q.about_keys[i], "name:" + person_key(q.about[i]));
    }
    got.push_back(q.text + about);
  }
  EXPECT_EQ(got, expected);
  // for_each_quote() streams the same records in the same order (rows 23.135-23.139).
  std::vector<std::string> streamed;
  for_each_quote(path, [&](const QuoteRecord& q) {
    std::string about;
    for (const auto& name : q.about) about += "," + name;
    streamed.push_back(q.text + about);
  });
  EXPECT_EQ(streamed, expected);
  EXPECT_THROW(for_each_quote((dir / "missing.db").string(), [](const QuoteRecord&) {}), std::runtime_error);
  EXPECT_EQ(got[2], "the plan of Bo Kim4,Cy Tan4");  // quote 5 (doc4)
  EXPECT_EQ(got[3], "the plan of Bo Kim5,Bo Kim5,Cy Tan5");  // quote 6: Cy then Bo given, Bo first by id
}

// for_each_quote() reads the about lists in one walk of quote_about beside the quotes
// (row 23.154), a capped selection with a look-up per quote: both give each quote its
// own list when quote_about holds rows of quotes that are gone before the first quote,
// between two and after the last, and the last quotes are about nothing.
TEST(Sqlite, EveryQuoteAndACappedSelectionReadTheSameAboutLists) {
  const auto dir = scratch_dir("about_walk");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  for (int d = 0; d < 12; ++d) {
    const std::string n = std::to_string(d);
    const std::string said = "Ann Lee said the plan of Bo Kim" + n + " and Cy Tan" + n + " works.";
    auto& a = corpus.add("doc" + n, "", said);
    test::sentence(a, said);
    const int ann = test::entity(a, "Ann Lee", EntityType::Person);
    const int bo = test::entity(a, "Bo Kim" + n, EntityType::Person);
    const int cy = test::entity(a, "Cy Tan" + n, EntityType::Person);
    for (int e : {ann, bo, cy}) test::mention(a, e, a.entities[static_cast<std::size_t>(e)].canonical);
    std::vector<std::int32_t> about;
    if (d < 9) about = d % 2 ? std::vector<std::int32_t>{cy, bo} : std::vector<std::int32_t>{bo};
    test::quote(a, "the plan of Bo Kim" + n, ann, about);
  }
  write_db(path, corpus);
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("DELETE FROM quotes WHERE id IN (1, 2, 6, 12)");  // their about rows stay (1, 2, 6; 12 has none)
    db.exec("INSERT INTO quote_about(quote, entity) SELECT 40, id FROM entities WHERE id < 4");  // no quote 40
  }
  auto lists = [&](const QuoteSelection& selection) {
    std::vector<std::string> out;
    for_each_selected_quote(path, selection, [&](const QuoteRecord& q) {
      std::string about;
      for (std::size_t i = 0; i < q.about.size(); ++i) about += "," + q.about[i] + "=" + q.about_keys[i];
      out.push_back(q.text + about);
    });
    return out;
  };
  const std::vector<std::string> all = lists(select_quotes(path, QuoteCaps{0, 0}));
  ASSERT_EQ(all.size(), 8u);
  auto entry = [](const std::string& name) { return "," + name + "=name:" + person_key(name); };
  EXPECT_EQ(all[0], "the plan of Bo Kim2" + entry("Bo Kim2"));  // quote 3
  EXPECT_EQ(all[1], "the plan of Bo Kim3" + entry("Bo Kim3") + entry("Cy Tan3"));  // quote 4, by entity id
  EXPECT_EQ(all[6], "the plan of Bo Kim9");  // quotes 10 and 11: about nothing
  EXPECT_EQ(all[7], "the plan of Bo Kim10");
  std::vector<std::string> loaded;
  for (const auto& q : load_quotes(path)) {
    std::string about;
    for (std::size_t i = 0; i < q.about.size(); ++i) about += "," + q.about[i] + "=" + q.about_keys[i];
    loaded.push_back(q.text + about);
  }
  EXPECT_EQ(all, loaded);
  // One quote a speaker: capped, so read with a look-up per quote; Ann Lee's first.
  const QuoteSelection capped = select_quotes(path, QuoteCaps{1, 0});
  ASSERT_TRUE(capped.capped());
  const std::vector<std::string> one = lists(capped);
  ASSERT_EQ(one.size(), 1u);
  EXPECT_NE(std::find(all.begin(), all.end(), one[0]), all.end());
}

namespace {

// Invented document number `i`: a minister of town `i` praised its port and said so.
void invented_document(test::Corpus& c, int i) {
  const std::string n = std::to_string(i);
  const std::string first = "Minister Ada Vale" + n + " praised Port" + n + ".";
  auto& d = c.add("news/n" + n + ".txt", "", first + " \"Port" + n + " works,\" she said.");
  test::sentence(d, first);
  test::sentence(d, "\"Port" + n + " works,\" she said.");
  const int person = test::entity(d, "Ada Vale" + n, EntityType::Person);
  const int port = test::entity(d, "Port" + n, EntityType::Location);
  test::mention(d, person, "Ada Vale" + n);
  test::mention(d, port, "Port" + n);
  test::quote(d, "Port" + n + " works,", person, {port});
  test::relation(d, person, RelationType::Supports, port, {std::string_view(first)});
}

// Documents [from, to) of `docs` added to `path` in one run; returns by how much the
// run moved the schema cookie (PRAGMA schema_version: one per CREATE or DROP).
int add_run(const std::string& path, const std::vector<const Annotation*>& docs, std::size_t from, std::size_t to) {
  const auto cookie = [&] {
    if (!fs::exists(path)) return 0;
    SQLite::Database db(path);
    return db.execAndGet("PRAGMA schema_version").getInt();
  };
  const int before = cookie();
  SqliteWriter w;
  w.open(path);
  for (std::size_t i = from; i < to; ++i) EXPECT_TRUE(w.add(*docs[i]));
  w.commit();
  return cookie() - before;
}

}  // namespace

TEST(Sqlite, ALargeAdditionDefersTheIndexesOfAnExistingDatabase) {
  // An existing database of 8 documents, with an index of the user's: a run adding 2
  // (a quarter, not more) keeps the secondary indexes; a run adding 4 drops them once
  // it has added more than a quarter (3 documents) and makes them again before its
  // commit, the user's with its own SQL. Both end with the rows, schema and full-text
  // index of a database to which every document was added one run at a time.
  test::Corpus corpus;
  for (int i = 0; i < 14; ++i) invented_document(corpus, i);
  const auto docs = corpus.annotations();
  const auto dir = scratch_dir("defer-existing");
  const auto bulk = (dir / "bulk.db").string(), single = (dir / "single.db").string();
  for (const auto& path : {bulk, single}) {
    add_run(path, docs, 0, 8);
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("CREATE INDEX users_mention_text ON mentions(text)");
  }
  const int triggers_only = add_run(bulk, docs, 8, 10);
  const int with_indexes = add_run(bulk, docs, 10, 14);
  // 9 of gazette's (the 12 but the three on documents, kept live: row 23.370) and the
  // user's, dropped and made again
  EXPECT_EQ(with_indexes - triggers_only, 2 * 10);
  for (std::size_t i = 8; i < 14; ++i) EXPECT_EQ(add_run(single, docs, i, i + 1), triggers_only);
  // The full-text index's own tables aside (a segment per run): its rows are compared.
  const auto content = [](const std::string& path) {
    auto out = all_rows(path);
    std::erase_if(out, [](const std::string& row) { return row.rfind("quotes_fts_", 0) == 0; });
    return out;
  };
  EXPECT_EQ(content(bulk), content(single));
  const std::string schema = "SELECT type, name, sql FROM sqlite_master ORDER BY name";
  SQLite::Database b(bulk, SQLite::OPEN_READWRITE), s(single);
  EXPECT_EQ(rows(b, schema), rows(s, schema));
  EXPECT_EQ(rows(b, "SELECT sql FROM sqlite_master WHERE name = 'users_mention_text'"),
            (std::vector<std::string>{"CREATE INDEX users_mention_text ON mentions(text)"}));
  EXPECT_EQ(count(b, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'port13'"), 1);
  b.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
  EXPECT_EQ(rows(b, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"}));
}

TEST(Sqlite, QuoteAndRelationIdsAreThoseSqliteWouldGive) {
  // add() numbers the quotes and relations it writes many rows at a time itself (the
  // largest id in use plus one, as SQLite numbers these tables): after rows deleted
  // at the end of the tables, after a document refused at its quote, and after a
  // merge, each new row has the id a one-row INSERT would have given it, and its
  // quote_about and relation_evidence rows name that id.
  auto doc = [](test::Corpus& c, const std::string& who) {
    const std::string said = who + " said the plan works.", met = who + " met Jane Roe.";
    auto& a = c.add(who, "2020-01-01", said + " " + met);
    test::sentence(a, said);
    test::sentence(a, met);
    const int s = test::entity(a, who, EntityType::Person), j = test::entity(a, "Jane Roe", EntityType::Person);
    test::mention(a, s, who);
    test::mention(a, j, "Jane Roe");
    test::quote(a, said, s, {j});
    test::relation(a, s, RelationType::MetWith, j, {met});
  };
  test::Corpus first, shard, later;
  doc(first, "Ann Lee");
  doc(first, "Bo Kim");
  doc(shard, "Cy Park");
  for (const char* who : {"Di Wong", "Ed Moss", "Fay Chu", "Gus Hale"}) doc(later, who);
  const auto dir = scratch_dir("row-ids");
  const auto path = (dir / "g.db").string(), shard_path = (dir / "s.db").string();
  write_db(path, first);
  write_db(shard_path, shard);
  {
    SQLite::Database db(path, SQLite::OPEN_READWRITE);
    db.exec("DELETE FROM quote_about WHERE quote = 2; DELETE FROM quotes WHERE id = 2; "
            "DELETE FROM relation_evidence WHERE relation = 2; DELETE FROM relations WHERE id = 2");
    db.exec("CREATE TRIGGER refuse BEFORE INSERT ON quotes WHEN new.text LIKE 'Ed Moss%' "
            "BEGIN SELECT RAISE(FAIL, 'refused'); END");
  }
  const auto docs = later.annotations();
  SqliteWriter w;
  w.open(path);
  w.add(*docs[0]);                                    // quote and relation 2 again
  EXPECT_THROW(w.add(*docs[1]), std::runtime_error);  // its ids (3) are given back
  w.add(*docs[2]);                                    // 3
  EXPECT_EQ(w.merge(shard_path).documents_added, 1u);  // 4, numbered by SQLite
  w.add(*docs[3]);                                    // 5
  w.commit();
  SQLite::Database db(path);
  EXPECT_EQ(rows(db, "SELECT q.id, q.text, e.name FROM quotes q JOIN quote_about qa ON qa.quote = q.id "
                     "JOIN entities e ON e.id = qa.entity ORDER BY q.id"),
            (std::vector<std::string>{"1|Ann Lee said the plan works.|Jane Roe", "2|Di Wong said the plan works.|Jane Roe",
                                      "3|Fay Chu said the plan works.|Jane Roe", "4|Cy Park said the plan works.|Jane Roe",
                                      "5|Gus Hale said the plan works.|Jane Roe"}));
  EXPECT_EQ(rows(db, "SELECT r.id, h.name, r.evidence_text, v.idx, v.text FROM relations r JOIN entities h ON h.id = r.head "
                     "JOIN relation_evidence v ON v.relation = r.id ORDER BY r.id"),
            (std::vector<std::string>{"1|Ann Lee|Ann Lee met Jane Roe.|0|Ann Lee met Jane Roe.",
                                      "2|Di Wong|Di Wong met Jane Roe.|0|Di Wong met Jane Roe.",
                                      "3|Fay Chu|Fay Chu met Jane Roe.|0|Fay Chu met Jane Roe.",
                                      "4|Cy Park|Cy Park met Jane Roe.|0|Cy Park met Jane Roe.",
                                      "5|Gus Hale|Gus Hale met Jane Roe.|0|Gus Hale met Jane Roe."}));
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents WHERE doc_id = 'Ed Moss'"), 0);
}

TEST(Sqlite, AliasesAndEntitiesAFailedDocumentTookBackAreStoredByTheNextOne) {
  // Rows 23.170-23.171: the writer skips the INSERT OR IGNORE of an alias it knows is a
  // row, and in a database it created inserts an entity without looking its key up.
  // A failed document gives Lavrov two new aliases (Lav Alpha, Lav Beta) and creates
  // Kiri Vantu with an alias; all are taken back. A later document that names them
  // again stores them, and the aliases named twice or known before stay one row each,
  // in a new and in an existing database.
  auto make = [](test::Corpus& c, const std::string& id, bool fail) {
    const std::string text = "Lav Alpha met Kiri Vantu. Lav Beta and Lavrov praised Kiri Vantu. Lav Alpha left.";
    auto& d = c.add(id, "", text);
    test::sentence(d, "Lav Alpha met Kiri Vantu.");
    test::sentence(d, "Lav Beta and Lavrov praised Kiri Vantu.");
    test::sentence(d, "Lav Alpha left.");
    const int lavrov = test::entity(d, "Sergei Lavrov", EntityType::Person, "person:sergey-lavrov");
    const int kiri = test::entity(d, "Kiri Vantu", EntityType::Person);
    test::mention(d, lavrov, "Lav Alpha");
    test::mention(d, kiri, "Kiri Vantu");
    test::mention(d, lavrov, "Lav Beta");
    test::mention(d, lavrov, "Lavrov");
    test::mention(d, kiri, "Kiri Vantu", 1);
    test::mention(d, lavrov, "Lav Alpha", 1);
    test::relation(d, lavrov, RelationType::Supports, kiri, {"Lav Beta and Lavrov praised Kiri Vantu."});
    if (fail) d.relations[0].confidence = std::nan("");  // relations.confidence refuses NULL
  };
  test::Corpus bad, good;
  make(bad, "news/bad.txt", true);
  make(good, "news/good.txt", false);
  for (const bool reopen : {false, true}) {
    SCOPED_TRACE(reopen ? "existing database" : "new database");
    const auto dir = scratch_dir(reopen ? "alias-cache-existing" : "alias-cache-new");
    const auto path = (dir / "g.db").string();
    test::Corpus corpus;
    test::small_corpus(corpus);
    const auto docs = corpus.annotations();
    SqliteWriter w;
    w.open(path);
    w.add(*docs[0]);  // Lavrov with his aliases Lavrov and Sergei Lavrov
    if (reopen) {
      w.commit();
      w.open(path);
    }
    EXPECT_THROW(w.add(*bad.annotations()[0]), std::runtime_error);
    EXPECT_TRUE(w.add(*good.annotations()[0]));
    EXPECT_TRUE(w.add(*docs[1]));  // Lavrov again, by a known alias
    w.commit();
    SQLite::Database db(path);
    EXPECT_EQ(rows(db, "SELECT e.key, a.alias FROM aliases a JOIN entities e ON e.id = a.entity "
                       "WHERE e.key IN ('person:sergey-lavrov', 'name:kiri vantu') ORDER BY e.key, a.alias"),
              (std::vector<std::string>{"name:kiri vantu|Kiri Vantu", "person:sergey-lavrov|Lav Alpha",
                                        "person:sergey-lavrov|Lav Beta", "person:sergey-lavrov|Lavrov",
                                        "person:sergey-lavrov|Sergei Lavrov"}));
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM entities WHERE key = 'name:kiri vantu'"), 1);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM entities"), count(db, "SELECT COUNT(DISTINCT key) FROM entities"));
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM relations r JOIN entities t ON t.id = r.tail "
                        "WHERE t.key = 'name:kiri vantu'"), 1);
    EXPECT_TRUE(rows(db, "PRAGMA foreign_key_check").empty());
  }
}

TEST(Sqlite, AStatementsParametersAreAllBoundAgainForEachDocument) {
  // The many-row INSERTs are not cleared after each step (row 23.205): every parameter
  // is bound again. Two documents of two quotes each (the same two-row statement): the
  // first's quotes have a speaker, a cue, a speaker_from and a rule, the second's none
  // of them, and the first's annotation (whose texts were bound in place) is freed and
  // its memory written over before the second is added. The second's rows must hold
  // NULL where the first's held values, and the first's rows its own texts.
  const auto dir = scratch_dir("rebound");
  const auto path = (dir / "g.db").string();
  SqliteWriter w;
  w.open(path);
  {
    test::Corpus first;
    auto& a = first.add("first", "2016-01-01", "Jane Roe said: \"We will win.\" Later she said: \"We won.\"");
    test::sentence(a, "Jane Roe said: \"We will win.\"");
    test::sentence(a, "Later she said: \"We won.\"");
    const int jane = test::entity(a, "Jane Roe", EntityType::Person);
    test::mention(a, jane, "Jane Roe");
    for (const char* said : {"\"We will win.\"", "\"We won.\""}) {
      test::quote(a, said, jane, {});
      a.quotes.back().speaker_from = "pronoun";
    }
    w.add(*first.annotations()[0]);
  }
  std::vector<std::string> filler(64, std::string(200, 'x'));  // the freed texts' memory, reused
  test::Corpus second;
  auto& b = second.add("second", "2016-01-02", "\"Rain today.\" \"Sun tomorrow.\"");
  test::sentence(b, "\"Rain today.\"");
  test::sentence(b, "\"Sun tomorrow.\"");
  for (const char* said : {"\"Rain today.\"", "\"Sun tomorrow.\""}) {
    test::quote(b, said, -1, {});
    b.quotes.back().cue.clear();
    b.quotes.back().rule.clear();
  }
  w.add(*second.annotations()[0]);
  w.commit();

  SQLite::Database db(path);
  EXPECT_EQ(rows(db, "SELECT document, speaker IS NOT NULL, text, kind, cue, speaker_from, rule FROM quotes ORDER BY id"),
            (std::vector<std::string>{"1|1|\"We will win.\"|direct|said|pronoun|fixture",
                                      "1|1|\"We won.\"|direct|said|pronoun|fixture",
                                      "2|0|\"Rain today.\"|direct|NULL|NULL|NULL",
                                      "2|0|\"Sun tomorrow.\"|direct|NULL|NULL|NULL"}));
  EXPECT_EQ(rows(db, "SELECT document, idx, text FROM sentences ORDER BY document, idx"),
            (std::vector<std::string>{"1|0|Jane Roe said: \"We will win.\"", "1|1|Later she said: \"We won.\"",
                                      "2|0|\"Rain today.\"", "2|1|\"Sun tomorrow.\""}));
  EXPECT_EQ(filler.size(), 64u);
}

TEST(Sqlite, QuotesReadBackIntoReusedStringsKeepNoValueOfTheQuoteBefore) {
  // Rows 23.241-23.242: the quotes are read by SQLite's C API into one record whose
  // strings keep their room. A quote with a speaker, a cue, a URL and two entities it
  // is about, then one with none of them (NULL columns): the second record holds empty
  // strings and an empty about list, not the first's values; load_quotes() and
  // for_each_quote() give the same records.
  test::Corpus corpus;
  const std::string said = "Tom Smith said the Borovia plan works. It will fail, the memo said.";
  auto& a = corpus.add("news/a.txt", "2021-03-04", said);
  test::sentence(a, "Tom Smith said the Borovia plan works.");
  test::sentence(a, "It will fail, the memo said.");
  const int tom = test::entity(a, "Tom Smith", EntityType::Person);
  const int borovia = test::entity(a, "Borovia", EntityType::Country);
  const int jane = test::entity(a, "Jane Roe", EntityType::Person);
  test::mention(a, tom, "Tom Smith");
  test::mention(a, borovia, "Borovia");
  test::quote(a, "the Borovia plan works", tom, {borovia, jane});
  test::quote(a, "It will fail", -1, {});
  a.quotes.back().cue.clear();
  const_cast<Document*>(a.doc)->url = "https://example.org/borovia-plan";
  const auto dir = scratch_dir("quote-read-back");
  const auto path = (dir / "g.db").string();
  write_db(path, corpus);
  auto line = [](const QuoteRecord& q) {
    std::string about;
    for (std::size_t i = 0; i < q.about.size(); ++i) about += "," + q.about[i] + "=" + q.about_keys[i];
    return q.document + "|" + q.date + "|" + q.url + "|" + std::to_string(q.start) + "|" + q.kind + "|" + q.cue + "|" +
           q.speaker + "|" + q.speaker_key + "|" + q.text + about;
  };
  const std::vector<std::string> expected{
      "news/a.txt|2021-03-04|https://example.org/borovia-plan|15|direct|said|Tom Smith|name:tom smith|the Borovia plan "
      "works,Borovia=name:borovia,Jane Roe=name:jane roe",
      "news/a.txt|2021-03-04|https://example.org/borovia-plan|39|direct||||It will fail"};
  std::vector<std::string> streamed, loaded;
  for_each_quote(path, [&](const QuoteRecord& q) { streamed.push_back(line(q)); });
  for (const auto& q : load_quotes(path)) loaded.push_back(line(q));
  EXPECT_EQ(streamed, expected);
  EXPECT_EQ(loaded, expected);
}

TEST(Sqlite, NewEntitiesAndAliasesWrittenManyAtATimeAreTheRowsOneAtATimeWrote) {
  // Row 23.243: in a database it created, the writer gives new entities their ids
  // itself and writes them and their new aliases many rows at a time. The same
  // documents (a failed one in the middle, whose entities are taken back, then a merge
  // of a shard, then documents naming the shard's entities by old and new aliases)
  // written once into a new database and once into an existing one (rows one at a
  // time, ids from SQLite) give the same entities with the same ids and the same aliases.
  auto doc = [](test::Corpus& c, const std::string& id, const std::string& who, const std::string& alias, bool fail) {
    const std::string met = who + " met Jane Roe in Borovia.", again = alias + " left Borovia.";
    auto& a = c.add(id, "2020-01-01", met + " " + again);
    test::sentence(a, met);
    test::sentence(a, again);
    const int p = test::entity(a, who, EntityType::Person), j = test::entity(a, "Jane Roe", EntityType::Person);
    const int b = test::entity(a, "Borovia", EntityType::Country, "country:borovia");
    test::mention(a, p, who);
    test::mention(a, j, "Jane Roe");
    test::mention(a, b, "Borovia");
    test::mention(a, p, alias);
    test::mention(a, b, "Borovia", 1);
    test::relation(a, p, RelationType::MetWith, j, {met});
    if (fail) a.relations[0].confidence = std::nan("");  // relations.confidence refuses NULL
  };
  test::Corpus first, bad, shard, later;
  doc(first, "d1", "Tom Smith", "Smith", false);
  doc(bad, "d2", "Ola Nord", "Nord", true);
  doc(shard, "s1", "Cy Park", "Park", false);
  doc(later, "d3", "Cy Park", "Cyrus Park", false);
  doc(later, "d4", "Ola Nord", "Ola", false);
  doc(later, "d5", "Tom Smith", "Tommy", false);
  const auto dir = scratch_dir("entity-rows");
  const auto shard_path = (dir / "s.db").string();
  write_db(shard_path, shard);
  std::vector<std::vector<std::string>> tables;
  for (const bool reopen : {false, true}) {
    const auto path = (dir / (reopen ? "existing.db" : "new.db")).string();
    SqliteWriter w;
    w.open(path);
    w.add(*first.annotations()[0]);
    if (reopen) {
      w.commit();
      w.open(path);
    }
    EXPECT_THROW(w.add(*bad.annotations()[0]), std::runtime_error);
    EXPECT_EQ(w.merge(shard_path).documents_added, 1u);
    for (const auto* a : later.annotations()) EXPECT_TRUE(w.add(*a));
    w.commit();
    SQLite::Database db(path);
    auto t = rows(db, "SELECT id, key, name, type, gazetteer_id, wikidata FROM entities ORDER BY id");
    for (auto& r : rows(db, "SELECT entity, alias FROM aliases ORDER BY entity, alias")) t.push_back(r);
    tables.push_back(t);
  }
  EXPECT_EQ(tables[0], tables[1]);
  EXPECT_EQ(tables[0], (std::vector<std::string>{
                           "1|name:tom smith|Tom Smith|PERSON|NULL|NULL", "2|name:jane roe|Jane Roe|PERSON|NULL|NULL",
                           "3|country:borovia|Borovia|COUNTRY|country:borovia|NULL",
                           "4|name:cy park|Cy Park|PERSON|NULL|NULL", "5|name:ola nord|Ola Nord|PERSON|NULL|NULL", "1|Smith", "1|Tom Smith", "1|Tommy", "2|Jane Roe",
                           "3|Borovia", "4|Cy Park", "4|Cyrus Park", "4|Park", "5|Ola", "5|Ola Nord"}));
}

TEST(Sqlite, TheCommitMakesTheDeferredTriggersAsTheSchemaDoes) {
  // Row 23.256: commit() makes again only the full-text triggers that the bulk load
  // dropped, from the schema's own statements, instead of running the whole schema a
  // second time. The database must hold every object the schema makes, with the same
  // SQL, the two triggers last (after the indexes made at commit, as before), and
  // the triggers must work: a quote added or deleted afterwards by plain SQL is found
  // or no longer found by the full-text index.
  const auto dir = scratch_dir("deferred-triggers");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);
  SQLite::Database schema_only(":memory:", SQLite::OPEN_READWRITE);
  schema_only.exec(std::string(*builtin_file("src/store/sqlite_schema.sql")));
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  const std::string objects = "SELECT type, name, sql FROM sqlite_master ORDER BY name";
  EXPECT_EQ(rows(db, objects), rows(schema_only, objects));
  auto order = rows(db, "SELECT name FROM sqlite_master WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid");
  ASSERT_GE(order.size(), 3u);
  EXPECT_EQ(std::vector<std::string>(order.end() - 3, order.end()),
            (std::vector<std::string>{"relations_tail", "quotes_fts_insert", "quotes_fts_delete"}));
  db.exec("INSERT INTO quotes(document, sentence, start, end, text, kind) "
          "SELECT id, 0, 0, 5, 'Tom Smith praised the Velmora harbour plan', 'direct' FROM documents LIMIT 1");
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'velmora'"), 1);
  db.exec("DELETE FROM quotes WHERE text LIKE '%Velmora%'");
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'velmora'"), 0);
  db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
  EXPECT_EQ(rows(db, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"}));
}

TEST(Sqlite, TheQuoteIndexWithoutColumnSizesRanksAsAnIndexWithThem) {
  // Row 23.293: quotes_fts is made with columnsize=0, so a build writes no
  // quotes_fts_docsize row per quote. MATCH, rank and bm25() must answer as an index
  // with the column sizes does (FTS5 tokenizes a ranked quote's text from quotes
  // again): same quotes, same order, same bm25() values, for quotes of different
  // lengths, a word found twice in one quote, a phrase and an AND.
  const auto dir = scratch_dir("fts-columnsize");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);
  SQLite::Database db(path, SQLite::OPEN_READWRITE);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'quotes_fts_docsize'"), 0);
  EXPECT_NE(db.execAndGet("SELECT sql FROM sqlite_master WHERE name = 'quotes_fts'").getString().find("columnsize=0"),
            std::string::npos);
  for (const char* text : {"Tom Smith said the Velmora harbour plan would fail", "The harbour tax, the harbour fee",
                           "Jane Roe backed the harbour plan of Velmora and its long new bridge over the river",
                           "Nothing about ports"})
    db.exec(std::string("INSERT INTO quotes(document, sentence, start, end, text, kind) "
                        "SELECT id, 0, 0, 5, '") + text + "', 'direct' FROM documents LIMIT 1");
  db.exec("CREATE VIRTUAL TABLE sized USING fts5(text, content=\"quotes\", content_rowid=\"id\", "
          "tokenize='unicode61 remove_diacritics 2')");
  db.exec("INSERT INTO sized(sized) VALUES ('rebuild')");
  for (const std::string word : {"harbour", "velmora", "\"harbour plan\"", "harbour AND tax", "the", "syria"}) {
    const auto ranked = [&](const std::string& table) {
      return rows(db, "SELECT rowid, bm25(" + table + ") FROM " + table + " WHERE " + table + " MATCH '" + word +
                          "' ORDER BY rank, rowid");
    };
    const auto got = ranked("quotes_fts");
    EXPECT_EQ(got, ranked("sized")) << word;
    if (word == "harbour") {
      EXPECT_EQ(got.size(), 3u);
    }
  }
  db.exec("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')");
}

TEST(Sqlite, ANewDatabaseHasLargePagesAndAnExistingOneKeepsItsOwn) {
  // Row 23.294: a database the writer creates has pages of kNewDatabasePageSize bytes
  // (fewer page splits); one it adds to keeps the page size it has, and both hold the
  // same rows for the same documents.
  const auto dir = scratch_dir("page-size");
  const auto fresh = (dir / "new.db").string(), old = (dir / "old.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(fresh, corpus);
  {
    SQLite::Database db(old, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db.exec("PRAGMA page_size = 4096");
    db.exec(std::string(*builtin_file("src/store/sqlite_schema.sql")));
    db.exec("INSERT INTO meta(key, value) VALUES ('schema_version', '" + std::to_string(kSqliteSchemaVersion) + "')");
  }
  write_db(old, corpus);
  SQLite::Database a(fresh, SQLite::OPEN_READONLY), b(old, SQLite::OPEN_READONLY);
  EXPECT_EQ(count(a, "PRAGMA page_size"), 32768);  // row 23.434 (16384 before)
  EXPECT_EQ(count(a, "PRAGMA page_size"), sqlite_detail::kNewDatabasePageSize);
  EXPECT_EQ(count(b, "PRAGMA page_size"), 4096);
  for (const std::string table : {"documents", "entities", "aliases", "mentions", "quotes", "relations", "sentences"}) {
    const std::string sql = "SELECT * FROM " + table + " ORDER BY 1, 2";
    EXPECT_EQ(rows(a, sql), rows(b, sql)) << table;
    EXPECT_FALSE(rows(a, sql).empty()) << table;
  }
  EXPECT_EQ(rows(a, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"}));
}

TEST(Sqlite, ARowBatchBindsItsSharedColumnOncePerStatement) {
  // Row 23.334: a RowBatch's shared column (the document of one add()'s rows) is one
  // numbered parameter per statement, bound with the first row only; the rows written
  // are those given, in statements of 32, 8, 4 and 1 rows, and a write() whose rows
  // differ in that column is refused before any row is written.
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, document INTEGER NOT NULL, name TEXT, score REAL)");
  sqlite_detail::RowBatch batch("INSERT INTO t(id, document, name, score) VALUES ", 4, 1);
  std::vector<std::string> names, expected;
  for (int i = 0; i < 45; ++i) names.push_back("Tom Smith of Velmora " + std::to_string(i));
  for (int i = 0; i < 45; ++i) {
    batch.value(i + 1).value(7).text(names[static_cast<std::size_t>(i)]);
    if (i % 3) batch.real(i * 0.5); else batch.null();
    expected.push_back(std::to_string(i + 1) + "|7|" + names[static_cast<std::size_t>(i)] + "|" +
                       (i % 3 ? std::to_string(i / 2) + (i % 2 ? ".5" : ".0") : "NULL"));
  }
  batch.write(db);
  for (int i = 45; i < 48; ++i) {
    batch.value(i + 1).value(8).text("Jane Roe").real(1.5);
    expected.push_back(std::to_string(i + 1) + "|8|Jane Roe|1.5");
  }
  batch.write(db);
  EXPECT_EQ(rows(db, "SELECT id, document, name, score FROM t ORDER BY id"), expected);
  batch.value(100).value(9).text("Tarn Party").real(0).value(101).value(10).text("Acme Bank").real(0);
  EXPECT_THROW(batch.write(db), std::logic_error);
  batch.reset();
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM t WHERE id >= 100"), 0);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM t"), 48);
}

namespace {

// `n` made-up documents, the kth naming Tom Smith and Jane Roe k + 1 times, with a quote
// and a relation each (rows for mentions, quotes and relations in every document).
void harbour_corpus(test::Corpus& c, int first, int n) {
  for (int k = first; k < first + n; ++k) {
    std::string text = "Tom Smith met Jane Roe in Velmora, day " + std::to_string(k) + ".";
    for (int i = 0; i < k % 4; ++i) text += " Tom Smith and Jane Roe met again.";
    text += " \"The harbour will open,\" Tom Smith said.";
    auto& a = c.add("harbour/" + std::to_string(k) + ".txt", "2031-05-0" + std::to_string(1 + k % 9), text);
    test::sentence(a, text);
    const int smith = test::entity(a, "Tom Smith", EntityType::Person);
    const int roe = test::entity(a, "Jane Roe", EntityType::Person);
    for (int i = 0; i <= k % 4; ++i) {
      test::mention(a, smith, "Tom Smith", i);
      test::mention(a, roe, "Jane Roe", i);
    }
    test::quote(a, "The harbour will open,", smith, {});
    test::relation(a, smith, RelationType::MetWith, roe, {"Tom Smith met Jane Roe"});
  }
}

// Where each object named stands in sqlite_master (its rowid).
std::int64_t schema_place(SQLite::Database& db, const std::string& name) {
  return count(db, "SELECT rowid FROM sqlite_master WHERE name = '" + name + "'");
}

// Every entry of `index` on `table`(document) is a row of the table and every row has
// its entry: the (document, id) pairs read through the index are those of the table.
void expect_document_index_whole(SQLite::Database& db, const std::string& table, const std::string& index) {
  const auto through_index =
      rows(db, "SELECT document, id FROM " + table + " INDEXED BY " + index + " WHERE document > 0");
  EXPECT_EQ(through_index, rows(db, "SELECT document, id FROM " + table + " NOT INDEXED ORDER BY document, id"))
      << index;
  EXPECT_FALSE(through_index.empty()) << index;
}

}  // namespace

TEST(Sqlite, TheDocumentIndexesAreWrittenLiveAndHoldEveryRow) {
  // Row 23.370: mentions_document, quotes_document and relations_document are not
  // dropped for the bulk load but written as the rows are (each document's entries go
  // at the end of the index); the other secondary indexes are made at commit, after
  // the views. Every index must hold exactly its table's rows, in a new database and
  // in an existing one that a run adds much to (its indexes deferred too).
  const auto dir = scratch_dir("live-indexes");
  const auto fresh = (dir / "new.db").string(), grown = (dir / "grown.db").string();
  test::Corpus all, first, rest;
  harbour_corpus(all, 0, 12);
  harbour_corpus(first, 0, 2);
  harbour_corpus(rest, 2, 10);
  write_db(fresh, all);
  write_db(grown, first);
  write_db(grown, rest);  // 10 documents added to 2: the secondary indexes are deferred
  for (const auto& path : {fresh, grown}) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    const auto view = schema_place(db, "who_said_what_about_whom");
    for (const std::string live : {"mentions_document", "quotes_document", "relations_document"})
      EXPECT_LT(schema_place(db, live), view) << path << " " << live;
    for (const std::string deferred : {"mentions_entity", "quotes_speaker", "relations_tail"})
      EXPECT_GT(schema_place(db, deferred), view) << path << " " << deferred;
    expect_document_index_whole(db, "mentions", "mentions_document");
    expect_document_index_whole(db, "quotes", "quotes_document");
    expect_document_index_whole(db, "relations", "relations_document");
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents"), 12);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM mentions"), 2 * 3 * (1 + 2 + 3 + 4));  // 2 (k % 4 + 1) each
    EXPECT_EQ(rows(db, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"}));
  }
  SQLite::Database a(fresh, SQLite::OPEN_READONLY), b(grown, SQLite::OPEN_READONLY);
  for (const std::string table : {"documents", "mentions", "quotes", "relations"}) {
    const std::string sql = "SELECT * FROM " + table + " ORDER BY 1";
    EXPECT_EQ(rows(a, sql), rows(b, sql)) << table;
  }
}

TEST(Sqlite, ARowBatchKeepsEveryValueAcrossItsGrowth) {
  // Row 23.372: a RowBatch stores each value in room it makes 64 values, then twice as
  // many, at a time; rows given across several growths, written, then given again
  // after a reset() that drops the pending ones, are written exactly as given, texts,
  // reals and NULLs in their columns.
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, document INTEGER NOT NULL, name TEXT, score REAL, note TEXT)");
  sqlite_detail::RowBatch batch("INSERT INTO t(id, document, name, score, note) VALUES ", 5, 1);
  std::vector<std::string> names, expected;
  for (int i = 0; i < 700; ++i) names.push_back("Jane Roe of Tarnbury " + std::to_string(i));
  const auto give = [&](int from, int to, int document, bool keep) {
    for (int i = from; i < to; ++i) {
      const auto& name = names[static_cast<std::size_t>(i)];
      batch.value(i + 1).value(document).text(name).real(i * 0.25).text_or_null(i % 5 ? "" : "council");
      if (keep)
        expected.push_back(std::to_string(i + 1) + "|" + std::to_string(document) + "|" + name + "|" +
                           std::to_string(i / 4) + (i % 4 == 0 ? ".0" : i % 4 == 1 ? ".25" : i % 4 == 2 ? ".5" : ".75") +
                           "|" + (i % 5 ? "NULL" : "council"));
    }
  };
  give(0, 13, 3, true);  // 65 values: the first growth
  batch.write(db);
  give(13, 400, 4, false);  // 1,935 values, dropped
  batch.reset();
  give(13, 700, 5, true);  // 3,435 values after the room of the dropped ones
  batch.write(db);
  EXPECT_EQ(rows(db, "SELECT id, document, name, score, COALESCE(note, 'NULL') FROM t ORDER BY id"), expected);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM t WHERE document = 4"), 0);
}

namespace {

// Every field of a quote record, one line (row 23.394's comparisons).
std::string record_line(const QuoteRecord& q) {
  std::string line = q.document + "|" + q.date + "|" + q.url + "|" + std::to_string(q.start) + "|" + q.kind + "|" +
                     q.cue + "|" + q.speaker + "|" + q.speaker_key + "|" + q.text;
  for (std::size_t i = 0; i < q.about.size(); ++i) line += "|" + q.about[i] + "=" + q.about_keys.at(i);
  return line;
}

std::string selection_line(const QuoteSelection& s) {
  std::string line = std::to_string(s.total) + "/" + std::to_string(s.shown) + "/" + std::to_string(s.named_limit) +
                     "/" + std::to_string(s.unknown_limit);
  for (const auto& g : s.cut)
    line += "|" + g.key + "=" + g.name + ":" + std::to_string(g.total) + ">" + std::to_string(g.shown);
  return line;
}

// Invented quotes of Tom Smith, Jane Roe and nobody in 15 documents: dates and urls set
// or not, cues set or not, subjects given twice and out of row order, Tom Smith named
// "Tom Smith" first and "TOM SMITH" later (one key), one document given twice.
void written_corpus(test::Corpus& c) {
  for (int d = 0; d < 15; ++d) {
    const std::string n = std::to_string(d);
    const std::string tom = d < 5 ? "Tom Smith" : "TOM SMITH";
    const std::string text = tom + " said the Varne Council" + n + " and Jane Roe failed Port Ellis" + n + ".";
    auto& a = c.add("written/" + n, d % 3 ? "2025-02-1" + std::to_string(d % 10) : "", text);
    if (d % 4 == 1) const_cast<Document*>(a.doc)->url = "https://example.org/" + n;
    test::sentence(a, text);
    const int smith = test::entity(a, tom, EntityType::Person);
    const int roe = test::entity(a, "Jane Roe", EntityType::Person);
    const int council = test::entity(a, "Varne Council" + n, EntityType::Organization);
    const int port = test::entity(a, "Port Ellis" + n, EntityType::Location);
    for (int e : {smith, roe, council, port}) test::mention(a, e, a.entities[static_cast<std::size_t>(e)].canonical);
    test::quote(a, "the Varne Council" + n + " and Jane Roe failed", d % 5 == 4 ? -1 : (d % 2 ? roe : smith),
                {port, council, port}, d % 2 ? Quote::Kind::Indirect : Quote::Kind::Direct);
    if (d % 3 == 0) a.quotes.back().cue.clear();
    test::quote(a, "Port Ellis" + n, d % 3 ? smith : -1, {});
  }
  c.add("written/again", "", c.annotations().front()->doc->text);  // skipped: the same text
}

}  // namespace

// Row 23.394: the quotes a writer keeps of the database it creates are, record for
// record, what for_each_quote() reads back from it, and their selection is
// select_quotes()'s under every cap; an existing database, a merge and a failed
// document leave the writer with none.
TEST(Sqlite, TheQuotesAWriterKeepsAreTheQuotesItsDatabaseGivesBack) {
  const auto dir = scratch_dir("written_quotes");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  written_corpus(corpus);
  const auto docs = corpus.annotations();
  std::shared_ptr<const WrittenQuotes> written;
  {
    SqliteWriter w;
    w.open(path);
    for (const auto* a : docs) w.add(*a);
    EXPECT_EQ(w.documents_skipped(), 1u);
    EXPECT_EQ(w.written_quotes(), nullptr);  // not before the commit
    w.commit();
    written = w.written_quotes();
  }
  ASSERT_NE(written, nullptr);
  EXPECT_TRUE(written->complete());
  std::vector<std::string> kept, read;
  written->each([&](const QuoteRecord& q) { kept.push_back(record_line(q)); });
  for_each_quote(path, [&](const QuoteRecord& q) { read.push_back(record_line(q)); });
  ASSERT_EQ(read.size(), 30u);
  EXPECT_EQ(kept, read);
  // No date, url or cue; Port Ellis given twice and before the council: once, after it.
  EXPECT_EQ(read[0].rfind("written/0|||15|direct||Tom Smith|name:" + person_key("Tom Smith") +
                              "|the Varne Council0 and Jane Roe failed|Varne Council0=",
                          0),
            0u)
      << read[0];
  EXPECT_EQ(std::count(read[0].begin(), read[0].end(), '='), 2);
  EXPECT_NE(read[0].find("|Port Ellis0="), std::string::npos);
  // Tom Smith keeps the name first seen, as entities.name does.
  for (const auto& line : kept) EXPECT_EQ(line.find("TOM SMITH|"), std::string::npos) << line;
  EXPECT_NE(kept[11].find("|Tom Smith|"), std::string::npos) << kept[11];
  for (const QuoteCaps caps : {QuoteCaps{}, QuoteCaps{0, 0}, QuoteCaps{3, 0}, QuoteCaps{5, 7}, QuoteCaps{1, 1},
                               QuoteCaps{0, 4}, QuoteCaps{2, 30}})
    EXPECT_EQ(selection_line(written->select(caps)), selection_line(select_quotes(path, caps)));
  EXPECT_TRUE(written->select(QuoteCaps{3, 0}).capped());
  // Added to, merged into, or after a failed document: none kept.
  SqliteWriter again;
  again.open(path);
  again.add(*docs[0]);
  again.commit();
  EXPECT_EQ(again.written_quotes(), nullptr);
  const auto merged = (dir / "m.db").string();
  SqliteWriter m;
  m.open(merged);
  m.merge(path);
  m.commit();
  EXPECT_EQ(m.written_quotes(), nullptr);
  test::Corpus bad;
  failing_corpus(bad);
  SqliteWriter f;
  f.open((dir / "f.db").string());
  for (const auto* a : bad.annotations()) {
    try {
      f.add(*a);
    } catch (const std::runtime_error&) {
    }
  }
  f.commit();
  EXPECT_EQ(f.written_quotes(), nullptr);
  // Past the budget, nothing is kept.
  WrittenQuotes big;
  big.add_document(1, "big", "", "");
  big.add_entity(1, "Tom Smith", "name:tom smith");
  big.add_quote(1, 0, true, "said", 1, std::string(WrittenQuotes::kBudget, 'x'), {});
  EXPECT_FALSE(big.complete());
  std::size_t seen = 0;
  big.each([&](const QuoteRecord&) { ++seen; });
  EXPECT_EQ(seen, 0u);
  fs::remove_all(dir);
}

// Row 23.395: a new database is made without the indexes and triggers the bulk load
// defers (they were made at open and dropped again): its sqlite_master, in row order,
// is what the old way gave (the whole schema, then the nine deferred indexes and the
// two full-text triggers dropped and made again at commit, in schema order), and the
// statements taken out are exactly those.
TEST(Sqlite, ANewDatabaseIsMadeWithoutTheObjectsItWouldDropAgain) {
  const auto dir = scratch_dir("schema-deferring");
  const auto path = (dir / "g.db").string();
  test::Corpus corpus;
  test::small_corpus(corpus);
  write_db(path, corpus);
  const std::string schema(*builtin_file("src/store/sqlite_schema.sql"));
  std::vector<std::pair<std::string, std::string>> deferred;
  const std::vector<std::string_view> live = {"mentions_document", "quotes_document", "relations_document"},
                                      triggers = {"quotes_fts_insert", "quotes_fts_delete"};
  const std::string made = sqlite_detail::deferring_schema(schema, live, triggers, deferred);
  std::vector<std::string> names;
  for (const auto& [name, sql] : deferred) {
    names.push_back(name);
    EXPECT_EQ(sql, "CREATE INDEX IF NOT EXISTS " + name + sql.substr(sql.find(" ON ")));
    EXPECT_EQ(made.find(sql), std::string::npos) << sql;
    EXPECT_NE(schema.find("\n" + sql + "\n"), std::string::npos) << sql;
  }
  EXPECT_EQ(names, (std::vector<std::string>{"documents_doc_id", "entities_name", "document_entities_entity",
                                             "entity_type_votes_entity", "mentions_entity", "quotes_speaker",
                                             "quote_about_entity", "relations_triple", "relations_tail"}));
  EXPECT_EQ(made.find("quotes_fts_insert"), std::string::npos);
  EXPECT_EQ(made.find("quotes_fts_delete"), std::string::npos);
  EXPECT_NE(made.find("CREATE TRIGGER IF NOT EXISTS quotes_fts_update"), std::string::npos);
  EXPECT_NE(made.find("CREATE INDEX IF NOT EXISTS mentions_document ON mentions(document);"), std::string::npos);
  // The old way, in a scratch database.
  SQLite::Database old(":memory:", SQLite::OPEN_READWRITE);
  old.exec(schema);
  const auto trigger_sql =
      rows(old, "SELECT sql FROM sqlite_master WHERE name IN ('quotes_fts_insert', 'quotes_fts_delete') ORDER BY rowid");
  ASSERT_EQ(trigger_sql.size(), 2u);  // insert, delete
  for (const auto& [name, sql] : deferred) old.exec("DROP INDEX " + name);
  old.exec("DROP TRIGGER quotes_fts_insert");
  old.exec("DROP TRIGGER quotes_fts_delete");
  for (const auto& [name, sql] : deferred) old.exec(sql);
  for (const auto& sql : trigger_sql) old.exec(sql);
  SQLite::Database db(path, SQLite::OPEN_READONLY);
  const std::string objects = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY rowid";
  EXPECT_EQ(rows(db, objects), rows(old, objects));
  EXPECT_EQ(rows(db, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"}));
}

namespace {

// Whether the bytes of `text` are anywhere in the file at `path` (its free space too).
bool file_holds(const std::string& path, const std::string& text) {
  std::ifstream in(path, std::ios::binary);
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  return bytes.find(text) != std::string::npos;
}

// The small corpus, then a document whose long sentence is written and, when its last
// relation fails (a NaN confidence), deleted again; committed.
void build_with_failed_sentence(const std::string& path, const std::string& sentence) {
  test::Corpus corpus, bad;
  test::small_corpus(corpus);
  auto& d = bad.add("news/kestby.txt", "", sentence);
  test::sentence(d, sentence);
  const int roe = test::entity(d, "Jane Roe", EntityType::Person, "");
  const int kestby = test::entity(d, "Kestby", EntityType::Location, "");
  test::mention(d, roe, "Jane Roe");
  test::mention(d, kestby, "Kestby");
  test::relation(d, roe, RelationType::Supports, kestby, {sentence});
  d.relations[0].confidence = std::nan("");  // relations.confidence refuses NULL
  SqliteWriter w;
  w.open(path);
  for (const auto* a : corpus.annotations()) w.add(*a);
  EXPECT_THROW(w.add(*bad.annotations()[0]), std::runtime_error);
  w.commit();
}

}  // namespace

TEST(Sqlite, ANewDatabaseDoesNotZeroWhatItFreesAndAnExistingOneKeepsTheLibrarysSetting) {
  // Row 23.432: the writer turns SQLite's secure deletion off for a database it creates:
  // a failed document's deleted sentence stays in the file's free space, not zeroed, and
  // no table holds it. An existing database is written with the library's own setting
  // (Debian builds SQLite with secure deletion on: the sentence is zeroed there).
  const auto dir = scratch_dir("secure-delete");
  const auto fresh = (dir / "new.db").string(), old = (dir / "old.db").string();
  const std::string sentence =
      "Jane Roe praised the Kestby ferry plan, the harbour levy and the new pier at some length today.";
  build_with_failed_sentence(fresh, sentence);
  {
    test::Corpus one;
    auto& d = one.add("news/first.txt", "", "Tom Smith spoke.");
    test::sentence(d, "Tom Smith spoke.");
    write_db(old, one);
  }
  build_with_failed_sentence(old, sentence);
  bool library_zeroes = false;
  {
    SQLite::Database probe(":memory:", SQLite::OPEN_READWRITE);
    library_zeroes = count(probe, "PRAGMA secure_delete") != 0;
  }
  EXPECT_TRUE(file_holds(fresh, sentence));
  EXPECT_EQ(file_holds(old, sentence), !library_zeroes);
  for (const auto& path : {fresh, old}) {
    SQLite::Database db(path, SQLite::OPEN_READONLY);
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM sentences WHERE text LIKE '%Kestby ferry%'"), 0) << path;
    EXPECT_EQ(count(db, "SELECT COUNT(*) FROM documents WHERE doc_id = 'news/kestby.txt'"), 0) << path;
    EXPECT_EQ(rows(db, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"})) << path;
  }
}

TEST(Sqlite, ARowBatchSortedByItsKeyWritesTheSameRowsInKeyOrder) {
  // Row 23.433: sort_rows(n) puts the pending rows in the order of their first n
  // columns (integers by value, texts byte by byte as SQLite's BINARY collation orders
  // them), rows of equal keys as given; the table gets the same rows, written in that
  // order (an insert trigger logs it). document_entities and entity_type_votes of a
  // written document are the rows given, whatever the order of the references.
  SQLite::Database db(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  db.exec("CREATE TABLE t(document INTEGER NOT NULL, entity INTEGER NOT NULL, type TEXT NOT NULL, n INTEGER, "
          "PRIMARY KEY (document, entity, type)) WITHOUT ROWID");
  db.exec("CREATE TABLE log(id INTEGER PRIMARY KEY, entry TEXT)");
  db.exec("CREATE TRIGGER t_log AFTER INSERT ON t BEGIN "
          "INSERT INTO log(entry) VALUES (new.entity || ':' || new.type || ':' || new.n); END");
  sqlite_detail::RowBatch batch("INSERT OR FAIL INTO t(document, entity, type, n) VALUES ", 4, 0);
  const std::vector<std::pair<std::int64_t, std::string>> given = {
      {40, "PERSON"}, {7, "ORGANIZATION"}, {12, "PERSON"}, {7, "LOCATION"}, {-3, "PERSON"},
      {12, "Zeta"},   {12, "alpha"},       {12, "\xC3\xA9tat"}, {1000000000000, "PERSON"}};
  for (std::size_t i = 0; i < given.size(); ++i)
    batch.value(5).value(given[i].first).text(given[i].second).value(static_cast<std::int64_t>(i));
  batch.sort_rows(3);
  batch.write(db);
  const std::vector<std::string> in_key_order = {"-3:PERSON:4", "7:LOCATION:3",   "7:ORGANIZATION:1",
                                                 "12:PERSON:2", "12:Zeta:5",      "12:alpha:6",
                                                 "12:\xC3\xA9tat:7", "40:PERSON:0", "1000000000000:PERSON:8"};
  EXPECT_EQ(rows(db, "SELECT entry FROM log ORDER BY id"), in_key_order);
  EXPECT_EQ(rows(db, "SELECT entity || ':' || type || ':' || n FROM t"), in_key_order);
  // Equal keys keep the order given; two key columns leave the third as given.
  db.exec("DELETE FROM log");
  const std::vector<std::pair<std::int64_t, std::string>> equal_keys = {{9, "b"}, {8, "z"}, {9, "a"}};
  for (const auto& [entity, type] : equal_keys) batch.value(6).value(entity).text(type).value(0);  // texts kept
  batch.sort_rows(2);
  batch.write(db);
  EXPECT_EQ(rows(db, "SELECT entry FROM log ORDER BY id"), (std::vector<std::string>{"8:z:0", "9:b:0", "9:a:0"}));
  // A whole document naming, in its order, entities made in the opposite order by the
  // document before (so their ids descend): the rows the references give.
  const auto dir = scratch_dir("sorted-rows");
  test::Corpus corpus;
  const auto name_all = [](Annotation& a, std::vector<const char*> names) {
    for (const char* name : names) {
      const bool person = name[0] == 'T' || name[0] == 'J';
      test::mention(a, test::entity(a, name, person ? EntityType::Person : EntityType::Organization), name);
    }
  };
  auto& first = corpus.add("news/kestby.txt", "", "Jane Roe, Tom Smith and Acme Corp met in Kestby.");
  test::sentence(first, "Jane Roe, Tom Smith and Acme Corp met in Kestby.");
  name_all(first, {"Jane Roe", "Tom Smith", "Acme Corp", "Kestby"});
  auto& later = corpus.add("news/later.txt", "", "Kestby, Acme Corp, Tom Smith and Jane Roe.");
  test::sentence(later, "Kestby, Acme Corp, Tom Smith and Jane Roe.");
  name_all(later, {"Kestby", "Acme Corp", "Tom Smith", "Jane Roe"});
  const std::string path = (dir / "g.db").string();
  SqliteWriter w;
  w.open(path);
  for (const auto* a : corpus.annotations()) w.add(*a);
  w.commit();
  SQLite::Database g(path, SQLite::OPEN_READONLY);
  EXPECT_EQ(rows(g, "SELECT e.name || ':' || de.position || ':' || de.mentions FROM document_entities de "
                    "JOIN entities e ON e.id = de.entity JOIN documents d ON d.id = de.document "
                    "WHERE d.doc_id = 'news/later.txt' ORDER BY de.position"),
            (std::vector<std::string>{"Kestby:0:1", "Acme Corp:1:1", "Tom Smith:2:1", "Jane Roe:3:1"}));
  EXPECT_EQ(count(g, "SELECT COUNT(*) FROM entity_type_votes v JOIN documents d ON d.id = v.document "
                     "WHERE d.doc_id = 'news/later.txt'"),
            4);
  EXPECT_EQ(rows(g, "PRAGMA integrity_check"), (std::vector<std::string>{"ok"}));
}
