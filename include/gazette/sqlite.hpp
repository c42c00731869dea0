// SQLite export: every document's annotations (documents, sentences, entities,
// mentions, quotes, relations) in one database you can query with SQL, from which
// the graph can be rebuilt alone (`gazette export --from graph.db`).
//
// SCHEMA
//   exporters/sqlite_schema.sql, compiled in (builtin_data.hpp); it documents every
//   table and view. Offsets are Unicode code points (like the annotate JSONL).
//   Entities are merged across documents by entity_key() (graph.hpp). Views:
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
// THREAD SAFETY
//   One writer per thread; add() annotations in a fixed order (the CLI adds them in
//   input order) so row ids, and the graph loaded back, are deterministic.
#pragma once

#include "gazette/graph.hpp"

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace gazette {

struct Annotation;

inline constexpr int kSqliteSchemaVersion = 1;

// 64-bit FNV-1a of `text`, as 16 lower-case hex digits.
std::string content_hash(std::string_view text);

class SqliteWriter {
 public:
  SqliteWriter();
  ~SqliteWriter();
  SqliteWriter(const SqliteWriter&) = delete;
  SqliteWriter& operator=(const SqliteWriter&) = delete;

  // Creates (atomically, see above) or opens `path` (":memory:" for tests), applies
  // the schema and begins the transaction. throws std::runtime_error naming the file
  // when it cannot be opened, is not a gazette database, or has a newer schema.
  void open(const std::string& path);
  bool has_document(std::string_view content_hash) const;
  // Inserts the document and its annotations; returns false (and writes nothing)
  // when a document with the same text is already stored. requires: open(),
  // annotation.doc != nullptr.
  bool add(const Annotation& annotation);
  // Commits the transaction, closes the database and, for a new file, renames it
  // into place. The writer is then closed; open() may be called again.
  void commit();

  std::size_t documents_added() const { return added_; }
  std::size_t documents_skipped() const { return skipped_; }

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::size_t added_ = 0, skipped_ = 0;
};

// Rebuilds the graph from a database alone, exactly as GraphBuilder would have
// built it from the same add() sequence (documents in insertion order), then
// applies `options` (min_documents, exclude_types, max_samples) and computes
// measures. throws std::runtime_error naming the file on any SQLite error.
KnowledgeGraph load_graph_from_sqlite(const std::string& path, const GraphOptions& options = {});

}  // namespace gazette
