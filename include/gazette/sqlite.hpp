// SQLite export: every document's annotations (documents, sentences, entities,
// mentions, quotes, relations) in one database you can query with SQL, from which
// the graph can be rebuilt alone (`gazette export --from graph.db`).
//
// SCHEMA
//   src/store/sqlite_schema.sql, compiled in (builtin_data.hpp); it documents every
//   table and view. Offsets are Unicode code points (like the annotate JSONL).
//   Entities are merged across documents by entity_key() (graph.hpp); the type each
//   document gave an entity is in entity_type_votes, and entities.type is the type
//   settle_type() gives for the votes of all its documents (set by commit()). Views:
//   type_conflicts(entity, type, votes, documents),
//   who_said_what_about_whom(speaker, about, quote, cue, document, date),
//   edges(head, type, tail, weight, documents), entity_summary(entity, type, mentions,
//   documents, quotes_said, relations). quotes_fts is an FTS5 index on quote text.
// INCREMENTAL USE
//   open() on an existing database keeps its rows: add() skips a document whose
//   text (content_hash) is already stored and merges entities by key.
// ATOMICITY
//   Everything between open() and commit() is one transaction. A new database file
//   is written as "<path>.tmp.<pid>" and renamed over `path` by commit(), so a failed
//   build leaves no file; an existing database is changed in place, and the
//   transaction makes the change all-or-nothing. Destroying an uncommitted writer
//   rolls back (and removes the temporary file).
// ERRORS
//   SQLite errors are rethrown as std::runtime_error naming the database file, the
//   table and the document id.
// MERGING SHARDS
//   merge() copies another gazette database (a shard made by `gazette build --sqlite`
//   on part of the corpus) into the open one, in the writer's transaction and with its
//   prepared statements: documents whose content_hash is already stored are skipped;
//   entities are merged by key (an existing entity keeps its name, as in a build: the
//   name first seen; its type is settled again by commit() over the votes of all its
//   documents); sentences, document_entities, entity_type_votes, aliases, mentions, quotes,
//   quote_about, relations and relation_evidence of the copied documents follow,
//   remapped to the new document, entity, quote and relation ids. Rows are copied in
//   the shard's id order, so merging the shards of a corpus cut into consecutive
//   slices, in slice order, gives the very database (ids included) a single build of
//   the whole corpus gives, and merging is associative: merge(merge(A,B),C) and
//   merge(A,merge(B,C)) are the same database.
//   Merging in another order gives the same documents (by content), entity keys and
//   types, aliases, relations and edge weights (the `edges` view); only row ids,
//   which copy of a document stored twice is kept (its doc_id, source, ...), and the
//   name of an entity whose canonical name differs between shards ("Sergey Volkov" /
//   "Sergei Volkov", one key) follow the order: first seen wins, as in a build.
//   Entities that no copied document refers to are not copied.
// THREAD SAFETY
//   One writer per thread; add() annotations in a fixed order (the CLI adds them in
//   input order) so row ids, and the graph loaded back, are deterministic.
#pragma once

#include "gazette/graph.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

struct Annotation;
struct Document;
class WrittenQuotes;  // below

inline constexpr int kSqliteSchemaVersion = 2;

// Turns SQLite's memory statistics off (SQLITE_CONFIG_MEMSTATUS 0) for the process:
// with them on, every allocation and free SQLite makes takes a global mutex to count
// it, and gazette reads no statistic. Takes effect only when called before SQLite is
// first used (sqlite3_initialize); returns whether it did. Called at start-up by the
// command line (cli::run).
bool sqlite_without_memory_statistics();

// SHA-256 of `text` (hash.hpp), as 64 lower-case hex digits.
std::string content_hash(std::string_view text);
// content_hash(doc.text), written from doc.text_sha256 when ingest kept it (row 23.266:
// the text is not hashed a second time). Example (made up): a JSONL article on one line
// hashed once by ingest's duplicate test, its digest read here as 64 hex digits.
std::string document_content_hash(const Document& doc);

// What one SqliteWriter::merge() copied.
struct MergeStats {
  std::size_t documents_added = 0;    // new documents
  std::size_t documents_skipped = 0;  // documents whose text was already stored
  std::size_t entities_added = 0;     // entities with a key the database did not have
  std::size_t quotes_added = 0, relations_added = 0;
};

class SqliteWriter {
 public:
  SqliteWriter();
  ~SqliteWriter();
  SqliteWriter(const SqliteWriter&) = delete;
  SqliteWriter& operator=(const SqliteWriter&) = delete;

  // Creates (atomically, see above) or opens `path` (":memory:" for tests), applies
  // the schema and begins the transaction. throws std::runtime_error naming the file
  // when it cannot be opened, is not a gazette database, or has a newer schema.
  // With `replace`, an existing `path` is not opened: a new database is written as
  // for a new file and renamed over it by commit() (`gazette build --fresh`), so the
  // old database stays whole until the new one is complete.
  void open(const std::string& path, bool replace = false);
  bool has_document(std::string_view content_hash) const;
  // Inserts the document and its annotations; returns false (and writes nothing)
  // when a document with the same text is already stored. requires: open(),
  // annotation.doc != nullptr.
  bool add(const Annotation& annotation);
  // The same with the document's graph form already made (`graph` ==
  // to_graph_document(annotation)), so a caller that also feeds a GraphBuilder
  // computes it once.
  bool add(const Annotation& annotation, const GraphDocument& graph);
  // The same with the document's content_hash(annotation.doc->text) also made (`hash`),
  // so both can be made on another thread (build makes them beside the annotating, on
  // the worker threads); only the check for a stored document and the rows are this
  // call's work.
  bool add(const Annotation& annotation, const GraphDocument& graph, const std::string& hash);
  // Copies the gazette database `shard` into this one (see MERGING SHARDS above), as
  // one savepoint: when it throws, nothing of the shard stays and the writer may go
  // on. A shard that is the open database itself adds nothing. Counts its documents
  // in documents_added()/documents_skipped(). requires: open(). throws
  // std::runtime_error naming the shard (and the table) when it cannot be read, is
  // not a gazette database or has a newer schema.
  MergeStats merge(const std::string& shard);
  // Commits the transaction, closes the database and, for a new file, renames it
  // into place. The writer is then closed; open() may be called again.
  void commit();

  std::size_t documents_added() const { return added_; }
  std::size_t documents_skipped() const { return skipped_; }
  // After commit() of a database this writer created and filled by add() alone: its
  // quotes as written (row 23.394, WrittenQuotes below); else null (an existing
  // database, a merge(), a failed add(), or quotes over WrittenQuotes::kBudget).
  std::shared_ptr<const WrittenQuotes> written_quotes() const { return written_; }

 private:
  struct Impl;
  // The guard of both add()s: the content_hash() of a document not yet stored, or none
  // (counted as skipped) when it is. requires: open().
  std::optional<std::string> unstored_hash(const Annotation& annotation);
  // add()'s rows of a document not yet stored, `hash` its content_hash().
  bool insert_rows(const Annotation& annotation, const GraphDocument& graph, const std::string& hash);
  std::unique_ptr<Impl> impl_;
  std::size_t added_ = 0, skipped_ = 0;
  std::shared_ptr<const WrittenQuotes> written_;  // set by commit() (row 23.394)
};

// Merges the gazette databases `shards`, in that order, into `target` (created
// atomically when new, else updated) in one transaction: all shards or nothing.
// Returns the number of documents added. throws std::runtime_error naming the file.
std::size_t merge_sqlite(const std::string& target, const std::vector<std::string>& shards);

// The documents of a database as GraphBuilder sees them, in insertion order (what
// load_graph_from_sqlite() adds to its builder). When `content_hashes` is given it
// receives each document's content_hash, parallel to the result. throws
// std::runtime_error naming the file on any SQLite error.
std::vector<GraphDocument> load_graph_documents(const std::string& path,
                                                std::vector<std::string>* content_hashes = nullptr);

// Rebuilds the graph from a database alone, exactly as GraphBuilder would have
// built it from the same add() sequence (documents in insertion order), then
// applies `options` (min_documents, exclude_types, max_samples) and computes
// measures. throws std::runtime_error naming the file on any SQLite error.
KnowledgeGraph load_graph_from_sqlite(const std::string& path, const GraphOptions& options = {});

// The documents of load_graph_documents(), in the same order, given to `visit` one at
// a time with their content_hash: read `window` documents at a time (each table's rows
// of the window by document id), so memory does not grow with the database. What
// load_graph_from_sqlite() (export, report, an incremental build) reads (rows
// 23.135-23.139). throws as load_graph_documents().
void for_each_graph_document(const std::string& path,
                             const std::function<void(GraphDocument&&, const std::string& content_hash)>& visit,
                             std::size_t window = 1024);

// Every quote of a database in insertion order, with its document (id, date, url),
// speaker (name and entity_key(), "" when unknown) and the entities it is about, for
// the HTML report (report.hpp) and the quotations CSV (csv.hpp). throws
// std::runtime_error naming the file on any SQLite error.
std::vector<QuoteRecord> load_quotes(const std::string& path);

// The same quotes as load_quotes(), in the same order, given to `visit` one at a time
// (one streaming query; the entities a quote is about looked up by quote_about's
// primary key): what the quotations CSV and --quotes-as-nodes read, so their memory
// does not grow with the quotes (rows 23.135-23.139). throws std::runtime_error naming
// the file on any SQLite error.
void for_each_quote(const std::string& path, const std::function<void(const QuoteRecord&)>& visit);

// The quotes the HTML report embeds, read without loading them all (a 1 GB input has
// 3.5 million: docs/quality-log.md rows 23.106-23.112). The quotes form groups, one
// per speaker and one of the quotes without a speaker; a group shows its most recent
// quotes (document date as stored, then insertion order, latest first; ISO dates
// rank by time) up to a limit: a named
// speaker at most `per_speaker`, the unknown speaker no limit of its own; when the
// shown quotes would still exceed `total`, every group is cut to one level L, the
// largest with at most `total` quotes in all (small groups keep all their quotes), but
// 1 at least: with more groups than `total`, each keeps its latest quote. 0 = no cap.
struct QuoteCaps {
  std::size_t per_speaker = 500;
  std::size_t total = 50000;
};

struct QuoteSelection {
  struct Group {
    std::string key, name;  // entity_key() and name of the speaker; "" = unknown speaker
    std::size_t total = 0, shown = 0;
  };
  QuoteCaps caps;
  std::size_t total = 0, shown = 0;  // quotes in the database, quotes selected
  std::size_t named_limit = 0, unknown_limit = 0;  // per group; SIZE_MAX: every quote
  std::vector<Group> cut;  // the groups with quotes not shown, most quotes first, then by key
  bool capped() const { return shown < total; }
};

// Counts the quotes of each group (one SQL aggregate, no quote text read) and sets the
// limits. throws std::runtime_error naming the file on any SQLite error.
QuoteSelection select_quotes(const std::string& path, const QuoteCaps& caps);

// Calls `visit` with each selected quote in insertion order, as load_quotes() gives
// them, one at a time (one streaming query; the entities a quote is about are looked
// up by the quote_about primary key). With nothing cut, exactly load_quotes()'s
// records. throws std::runtime_error naming the file on any SQLite error.
void for_each_selected_quote(const std::string& path, const QuoteSelection& selection,
                             const std::function<void(const QuoteRecord&)>& visit);

// Row 23.394: the quotes a SqliteWriter wrote into a database it created, kept as it
// wrote them with what the report shows of each (its document's id, date and url, its
// speaker's and its subjects' names and keys), so that build's report and quotation
// files need not read them back from the database it has just committed. each() gives
// the records for_each_quote() of that database gives, in the same order, and select()
// the selection select_quotes() gives. Kept while they take about kBudget bytes at
// most: past that (a large build) they are dropped and the database is read, as
// before. Rows must come in id order from 1, as a new database gives them; anything
// else drops them too. Example (made up): 40 quotes of Tom Smith and Jane Roe in 12
// documents: the report's 40 records made from memory, no SQL run.
class WrittenQuotes {
 public:
  static constexpr std::size_t kBudget = std::size_t{32} << 20;
  // Rows as the writer inserts them (`row`: the row id); an empty date, url or cue is
  // the NULL the writer stores; `speaker` 0: none; `about` the entity rows of
  // quote_about (the writer's INSERT OR IGNORE: duplicates fold).
  void add_document(std::int64_t row, std::string_view id, std::string_view date, std::string_view url);
  void add_entity(std::int64_t row, std::string_view name, std::string_view key);
  void add_quote(std::int64_t row, std::int64_t start, bool direct, std::string_view cue, std::int64_t speaker,
                 std::string_view text, std::vector<std::int64_t> about);
  // Whether every row given is kept (none dropped, none out of order).
  bool complete() const { return complete_; }
  void drop();
  QuoteSelection select(const QuoteCaps& caps) const;
  void each(const std::function<void(const QuoteRecord&)>& visit) const;

 private:
  struct Doc {
    std::string id, date, url;
  };
  struct Named {
    std::string name, key;
  };
  struct Quote {
    std::size_t doc = 0;        // index in docs_
    std::int64_t start = 0, speaker = 0;
    bool direct = false;
    std::string cue, text;
    std::vector<std::int64_t> about;  // entity rows, ascending, distinct
  };
  bool charge(std::size_t bytes);
  std::vector<Doc> docs_;
  std::vector<Named> entities_;  // row - 1
  std::vector<Quote> quotes_;    // row - 1
  std::size_t bytes_ = 0;
  bool complete_ = true;
};

// The order of a group's quotes, latest first (the selection keeps the first ones).
inline constexpr std::string_view kQuoteRankOrder = "ORDER BY d.date DESC, q.id DESC";
// A subquery giving every quote its rank in its group (columns id, unknown: no speaker,
// rank from 1 in kQuoteRankOrder): the selection of for_each_selected_quote() and the
// SQL the report shows for the quotes it left out rank alike.
std::string quote_rank_sql();

// Writes (atomically) Datasette's metadata for the database named `database` (the
// file name without .db): the quotes table's FTS index, and the README's queries as
// canned queries (src/store/datasette_metadata.json), so `datasette graph.db
// --metadata metadata.json` lists them. throws std::runtime_error naming the file.
void write_datasette_metadata(const std::string& path, const std::string& database);

}  // namespace gazette

namespace gazette {

// What a gazette database holds: row counts of documents, entities, quotes and
// relations (one row per extracted relation, before the graph folds them into
// weighted edges), and the `top_speakers` entities with the most quotes (most first,
// ties by name). Reads only; a hot journal is rolled back first. throws
// std::runtime_error naming the file when it is missing or not a gazette database.
struct SqliteTotals {
  std::size_t documents = 0, entities = 0, quotes = 0, relations = 0;
  std::vector<std::pair<std::string, std::size_t>> speakers;
};
SqliteTotals sqlite_totals(const std::string& path, std::size_t top_speakers = 8);

}  // namespace gazette
