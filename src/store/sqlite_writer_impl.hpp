// Internal to the SQLite exporter (not installed, not part of the API): the state of
// an open SqliteWriter, shared by sqlite_exporter.cpp (open/add/commit) and
// sqlite_merge.cpp (SqliteWriter::merge), so a merge runs in the writer's own
// transaction with the writer's prepared statements.
#pragma once

#include "gazette/exporter.hpp"
#include "gazette/graph.hpp"
#include "gazette/sqlite.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdint>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include <sys/stat.h>

namespace gazette::sqlite_detail {

// Page cache of a database the writer creates, in KiB (PRAGMA cache_size = -N): the
// pages of a build of up to this size are written once, at the commit.
inline constexpr int kNewDatabaseCacheKiB = 32 * 1024;
// Page size of a database the writer creates (row 23.294; SQLite's default is 4096):
// the WITHOUT ROWID tables (sentences, aliases, document_entities, ...) and the
// indexes made at commit grow by their last page, and each full page is split by
// SQLite's general rebalancing, which copies the cells of the pages around it; with
// pages four times larger a build splits about a quarter as often. The rows, and so
// `.dump`, are the same; an existing database keeps its page size. Example (made up):
// 3,000 mentions of Tom Smith and Jane Roe, about 70 bytes a row, fill about 13 pages
// of 16 KiB, not 52 of 4 KiB.
// Row 23.434: 32 KiB (16 KiB before): half as many splits again (callgrind `build -q
// --jobs 1` of news-2213 -0.20 %, its graph.db 23.6 -> 24.2 MB: each of the forty tables
// and indexes has at least one page, half empty on average). 64 KiB gained -0.37 % for
// +8.8 % of file, and a later addition journals each page it changes whole: not taken.
inline constexpr int kNewDatabasePageSize = 32 * 1024;
// Share of an existing database's documents a run adds before it defers the secondary
// indexes to commit() (SqliteWriter::Impl::defer_indexes_when_large()).
inline constexpr double kDeferIndexesShare = 0.25;

inline bool file_exists(const std::string& path) {
  struct stat st {};
  return ::stat(path.c_str(), &st) == 0;
}

// A database is a regular file: a FIFO would block the open, a device be read as
// garbage. Throws std::runtime_error naming the path otherwise; nothing when it is
// missing (the caller decides what a missing file means).
inline void require_regular_file(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode))
    throw std::runtime_error(path + ": not a regular file (a database needs one)");
}

// Text parameters are bound without a copy by SQLite (bindNoCopy, SQLITE_STATIC)
// from buffers this thread keeps per statement and parameter, reused row after row:
// no std::string made and freed, and no copy allocated by SQLite, per bound text.
// A buffer holds its text, in place (buffers never move), until the same parameter
// of the same statement is bound again, so a statement must bind every text
// parameter before each run (all do). Parameters past kTextBuffers are copied.
inline constexpr int kTextBuffers = 16;
inline std::string* text_buffer(const SQLite::Statement& s, int index) {
  struct Buffers {
    const SQLite::Statement* statement;
    std::array<std::string, kTextBuffers> text;  // by parameter index
  };
  thread_local std::vector<std::unique_ptr<Buffers>> buffers;
  if (index < 0 || index >= kTextBuffers) return nullptr;
  for (auto& b : buffers)
    if (b->statement == &s) return &b->text[static_cast<std::size_t>(index)];
  // A writer prepares 13 such statements; the oldest buffers (of writers long closed) go first.
  if (buffers.size() >= 64) buffers.erase(buffers.begin());
  buffers.push_back(std::make_unique<Buffers>(Buffers{&s, {}}));
  return &buffers.back()->text[static_cast<std::size_t>(index)];
}
inline void bind_text(SQLite::Statement& s, int index, std::string_view text) {
  std::string* buffer = text_buffer(s, index);
  if (!buffer) return s.bind(index, std::string(text));
  buffer->assign(text);
  s.bindNoCopy(index, *buffer);
}
inline void bind_text_or_null(SQLite::Statement& s, int index, std::string_view text) {
  if (text.empty())
    s.bind(index);
  else
    bind_text(s, index, text);
}

inline void run(SQLite::Statement& s) {
  s.exec();
  s.reset();
}

// Rows of one table written with multi-row INSERT statements: a document's rows take
// a few statements (of 32, 16, 8, 4, 2 or 1 rows, each prepared when first needed)
// instead of one each, so SQLite starts, opens the table and halts once per statement.
// Values are kept as given until write(): texts are views of strings that must stay
// as they are until then (the document's text, the annotation's and the graph
// document's strings); they are bound without a copy (SQLITE_STATIC) and bound again,
// to the next run's values, before each later step of the statement.
//
// Row 23.334: a column whose value every row of one write() shares (`shared`: the
// document of the rows of one add()) is one numbered parameter of each statement: the
// first row's `?` at its place, `?N` at that place in the later rows, so it is bound
// once per statement, not once per row. Example (made up): 32 mentions of one document
// about Tom Smith: "(?, ?, ...), (?1, ?, ...), ..." and the document's id bound once.
class RowBatch {
 public:
  // `insert` is "INSERT ... INTO table(columns) VALUES " for `columns` columns; `shared`
  // the 0-based column every row of a write() has the same value in (-1: none).
  RowBatch(std::string insert, int columns, int shared = -1)
      : insert_(std::move(insert)), columns_(columns), shared_(shared) {}

  RowBatch& value(std::int64_t v) { return push({Kind::Int, v, {}}); }
  RowBatch& value_or_null(std::optional<std::int64_t> v) { return v ? value(*v) : push({}); }
  RowBatch& real(double v) { return push({Kind::Real, std::bit_cast<std::int64_t>(v), {}}); }
  RowBatch& text(std::string_view t) { return push({Kind::Text, 0, t}); }
  RowBatch& null() { return push({}); }
  RowBatch& text_or_null(std::string_view t) { return t.empty() ? push({}) : text(t); }

  // Inserts the rows given since the last write() (then none are left).
  void write(SQLite::Database& db) {
    const std::size_t rows = count_ / static_cast<std::size_t>(columns_);
    check_shared(rows);
    std::size_t done = 0;
    for (int n = kMaxRows, k = kSizes - 1; n > 0; n /= 2, --k)
      while (rows - done >= static_cast<std::size_t>(n)) {
        run_rows(statement(db, k, n), done, n);
        done += static_cast<std::size_t>(n);
      }
    count_ = 0;
  }
  // Row 23.433: puts the rows given since the last write() in the order of their first
  // `key_columns` columns (integers by value, texts byte by byte: SQLite's order for the
  // BINARY collation), rows of equal keys as given. For a WITHOUT ROWID table whose
  // primary key those columns start: each row then goes after the one before, where
  // SQLite's cursor already is (its seek skips the descent from the root when the key
  // is not below the last cell), instead of anywhere in the document's last pages. The
  // table's rows, and so `.dump`, are the same. Example (made up): a document naming
  // entities 40, 7 and 12 writes (doc, 7), (doc, 12), (doc, 40).
  void sort_rows(int key_columns) {
    const std::size_t width = static_cast<std::size_t>(columns_), rows = count_ / width;
    if (rows < 2) return;
    order_.resize(rows);
    for (std::size_t r = 0; r < rows; ++r) order_[r] = r;
    const auto keys = static_cast<std::size_t>(std::clamp(key_columns, 0, columns_));
    auto less = [&](std::size_t a, std::size_t b) {
      for (std::size_t c = 0; c < keys; ++c) {
        const Value& x = values_[a * width + c];
        const Value& y = values_[b * width + c];
        if (x.kind != y.kind) return x.kind < y.kind;  // the order of Kind: NULL, then integers, then texts
        if (x.kind == Kind::Int && x.number != y.number) return x.number < y.number;
        if (x.kind == Kind::Text && x.text != y.text) return x.text < y.text;
        if (x.kind == Kind::Real) throw std::logic_error("RowBatch::sort_rows: a real in a key column");
      }
      return false;
    };
    if (std::is_sorted(order_.begin(), order_.end(), less)) return;
    std::stable_sort(order_.begin(), order_.end(), less);
    sorted_.resize(count_);
    for (std::size_t r = 0; r < rows; ++r)
      std::copy_n(values_.begin() + static_cast<std::ptrdiff_t>(order_[r] * width), width,
                  sorted_.begin() + static_cast<std::ptrdiff_t>(r * width));
    std::copy_n(sorted_.begin(), count_, values_.begin());
  }
  // After a failure: no statement left half-run, no row kept.
  void reset() {
    for (auto* s : statements_)
      if (s) sqlite3_reset(s);
    count_ = 0;
  }
  // Before the connection closes.
  void finalize() {
    for (auto*& s : statements_) {
      sqlite3_finalize(s);
      s = nullptr;
    }
    count_ = 0;
  }
  ~RowBatch() { finalize(); }
  RowBatch(const RowBatch&) = delete;
  RowBatch& operator=(const RowBatch&) = delete;

 private:
  static constexpr int kMaxRows = 32, kSizes = 6;  // 1, 2, 4, ..., kMaxRows
  enum class Kind : std::uint8_t { Null, Int, Real, Text };
  struct Value {
    Kind kind = Kind::Null;
    std::int64_t number = 0;  // Real: the double's bits
    std::string_view text;
  };
  // Row 23.372: a value is stored where the last one ended, in room made beforehand
  // (values_ only grows, by grow(), out of line): an add() gives about 700 values, each
  // was a call of std::vector's push_back(), which GCC kept out of line (26
  // instructions a value). Example (made up): the 9 values of a mention of Tom Smith
  // are 9 stores and 9 counts, the room for 64 made once.
  RowBatch& push(Value v) {
    if (count_ == values_.size()) [[unlikely]] grow();
    values_[count_++] = v;
    return *this;
  }
  [[gnu::noinline]] void grow() { values_.resize(std::max<std::size_t>(64, 2 * values_.size())); }
  // The values of the shared column must be one value (row 23.334): a caller that gave
  // two would have the first written for all, so it is refused.
  void check_shared(std::size_t rows) const {
    if (shared_ < 0 || rows == 0) return;
    const Value& first = values_[static_cast<std::size_t>(shared_)];
    for (std::size_t r = 1; r < rows; ++r) {
      const Value& v = values_[r * static_cast<std::size_t>(columns_) + static_cast<std::size_t>(shared_)];
      if (v.kind != first.kind || v.number != first.number || v.text != first.text)
        throw std::logic_error("RowBatch: rows of one write differ in their shared column");
    }
  }
  // "(?, ?, ...)" for the first row; the later rows name the shared column's parameter
  // (`?N`, N its place in the first row) and number their other `?`s on from the largest.
  std::string row_sql(bool first) const {
    std::string row = "(";
    for (int c = 0; c < columns_; ++c) {
      if (c) row += ", ";
      row += !first && c == shared_ ? "?" + std::to_string(shared_ + 1) : "?";
    }
    return row + ")";
  }
  sqlite3_stmt* statement(SQLite::Database& db, int k, int rows) {
    auto& s = statements_[static_cast<std::size_t>(k)];
    if (s) return s;
    const std::string first = row_sql(true), later = row_sql(false);
    std::string sql = insert_;
    for (int r = 0; r < rows; ++r) sql += r ? ", " + later : first;
    const int rc = sqlite3_prepare_v3(db.getHandle(), sql.c_str(), static_cast<int>(sql.size() + 1),
                                      SQLITE_PREPARE_PERSISTENT, &s, nullptr);
    if (rc != SQLITE_OK) throw SQLite::Exception(db.getHandle(), rc);
    return s;
  }
  void bind(sqlite3_stmt* h, int i, const Value& v) {
    int rc = SQLITE_OK;
    if (v.kind == Kind::Int)
      rc = sqlite3_bind_int64(h, i, v.number);
    else if (v.kind == Kind::Real)
      rc = sqlite3_bind_double(h, i, std::bit_cast<double>(v.number));
    else if (v.kind == Kind::Text)
      rc = sqlite3_bind_text64(h, i, v.text.data() ? v.text.data() : "", v.text.size(), SQLITE_STATIC, SQLITE_UTF8);
    else
      rc = sqlite3_bind_null(h, i);
    if (rc != SQLITE_OK) throw SQLite::Exception(sqlite3_db_handle(h), rc);
  }
  void run_rows(sqlite3_stmt* h, std::size_t first_row, int rows) {
    const Value* v = values_.data() + first_row * static_cast<std::size_t>(columns_);
    int i = 1;
    for (int c = 0; c < columns_; ++c) bind(h, i++, *v++);
    // The later rows: the shared column's value was bound with the first (row 23.334).
    for (int r = 1; r < rows; ++r)
      for (int c = 0; c < columns_; ++c, ++v)
        if (c != shared_) bind(h, i++, *v);
    const int rc = sqlite3_step(h);
    if (rc != SQLITE_DONE) throw SQLite::Exception(sqlite3_db_handle(h), rc);  // reset by reset()
    // No sqlite3_clear_bindings(): every parameter is bound again before the next step
    // (binding releases the value it replaces), so clearing them all after each step was
    // a second pass over the parameters. The texts are bound SQLITE_STATIC, which SQLite
    // documents as needing the text to stay valid until the statement is finalized or the
    // parameter is bound again. This code relies on that: a text freed after the step
    // leaves a stale binding until the next run binds every parameter again, before its
    // step, and nothing reads the statement in between (a new reader there, such as
    // sqlite3_expanded_sql(), would need the texts kept or sqlite3_clear_bindings() back).
    sqlite3_reset(h);
  }

  std::string insert_;
  int columns_;
  int shared_;  // the column bound once per statement (row 23.334), -1: none
  std::vector<Value> values_;  // the values given are the first count_ (row 23.372)
  std::size_t count_ = 0;
  std::vector<std::size_t> order_;  // sort_rows()' scratch: row numbers, then the rows
  std::vector<Value> sorted_;
  std::array<sqlite3_stmt*, kSizes> statements_{};
};

// A SELECT read through SQLite's C API (row 23.242): a text column is read into a
// string the caller keeps, its room reused row after row, by one sqlite3_column_blob()
// and one sqlite3_column_bytes() call: the bytes SQLiteCpp's getColumn(i).getString()
// gives (a NULL reads as ""), without its Column object (a shared_ptr copy), its
// third call and a new string per value. Example (made up): the report's 9 columns of
// each of 17,000 quotes, read into one QuoteRecord's strings. Errors throw
// SQLite::Exception as SQLiteCpp's executeStep() does.
class Query {
 public:
  Query(SQLite::Database& db, const std::string& sql) : db_(db.getHandle()) {
    const int rc = sqlite3_prepare_v2(db_, sql.c_str(), static_cast<int>(sql.size() + 1), &s_, nullptr);
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  ~Query() { sqlite3_finalize(s_); }
  Query(const Query&) = delete;
  Query& operator=(const Query&) = delete;

  void bind(int index, std::int64_t value) {
    const int rc = sqlite3_bind_int64(s_, index, value);
    if (rc != SQLITE_OK) throw SQLite::Exception(db_, rc);
  }
  // The next row: true when there is one.
  bool step() {
    const int rc = sqlite3_step(s_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw SQLite::Exception(db_, rc);
  }
  void reset() { sqlite3_reset(s_); }
  std::int64_t int64(int column) const { return sqlite3_column_int64(s_, column); }
  void text(int column, std::string& out) const {
    const auto* data = static_cast<const char*>(sqlite3_column_blob(s_, column));
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(s_, column));
    out.assign(data ? data : "", data ? size : 0);
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* s_ = nullptr;
};

// A writer killed in the middle of an update (kill -9, power loss) leaves a hot
// "<path>-journal". A read-only connection cannot roll it back and fails with
// SQLITE_READONLY_ROLLBACK ("attempt to write a readonly database"), although the
// previous database is intact. Opening it once read-write rolls the unfinished
// transaction back, as the next writer would. When that fails (read-only medium),
// the read-only open that follows reports the problem. Called before every read-only
// open of a database (open_read_only(), SqliteWriter::merge()).
inline void roll_back_hot_journal(const std::string& path) {
  if (path == ":memory:" || !file_exists(path + "-journal")) return;
  try {
    SQLite::Database db(path, SQLite::OPEN_READWRITE, 5000);
    (void)db.execAndGet("SELECT count(*) FROM sqlite_master").getInt64();
  } catch (const SQLite::Exception&) {
  }
}

// The schema version a database records (none: a new or foreign file).
inline std::optional<int> stored_schema_version(SQLite::Database& db) {
  if (!db.tableExists("meta")) return std::nullopt;
  SQLite::Statement q(db, "SELECT value FROM meta WHERE key = 'schema_version'");
  if (!q.executeStep()) return std::nullopt;
  return std::atoi(q.getColumn(0).getString().c_str());
}

// Refuses an existing database that gazette did not write (an empty file is fine),
// before adding gazette's schema to it, and one whose content hashes are the 64-bit
// FNV-1a of gazette before SHA-256: its documents would not be recognised.
inline void check_gazette_database(SQLite::Database& db, const std::string& path, const char* action = "add to it") {
  SQLite::Statement tables(db, "SELECT count(*) FROM sqlite_master");
  if (!tables.executeStep() || tables.getColumn(0).getInt64() == 0) return;
  if (!db.tableExists("meta") || !stored_schema_version(db) || !db.tableExists("documents"))
    throw std::runtime_error(path + ": not a gazette database (no meta.schema_version or documents table); "
                                    "name a new file or a database gazette wrote");
  SQLite::Statement old(db, "SELECT 1 FROM documents WHERE length(content_hash) <> 64 LIMIT 1");
  if (old.executeStep())
    throw std::runtime_error(path + ": the database's content hashes are 64-bit FNV-1a (an older gazette); "
                             "this gazette uses SHA-256 and cannot " + action + ": build it again");
}

// Refuses databases written by a newer gazette, before touching their schema.
inline void check_schema_version(SQLite::Database& db, const std::string& path) {
  const auto stored = stored_schema_version(db);
  if (!stored) return;
  const int version = *stored;
  if (version > kSqliteSchemaVersion)
    throw std::runtime_error(path + ": the database has schema version " + std::to_string(version) +
                             " but this gazette reads version " + std::to_string(kSqliteSchemaVersion) +
                             " at most; use a newer gazette");
}

// A database gazette reads and never writes (export, report, incremental build's read-back):
// it must exist (":memory:" aside), its hot journal is rolled back first, it is opened
// read-only, refused when a newer gazette wrote it, and refused when `table` is missing
// (not a gazette database).
inline SQLite::Database open_read_only(const std::string& path, const char* table) {
  if (path != ":memory:" && !file_exists(path)) throw std::runtime_error(path + ": no such database file");
  roll_back_hot_journal(path);
  // Each such connection is used by the one thread that opened it (row 23.241): no
  // connection mutex taken and released around every step and every column read
  // (SQLite's multi-thread mode; a build's summary reads on a thread of its own with a
  // connection of its own). Example (made up): the report's read-back of 17,000 quotes.
  SQLite::Database db(path, SQLite::OPEN_READONLY | SQLite::OPEN_NOMUTEX, 5000);
  check_schema_version(db, path);
  if (!db.tableExists(table))
    throw std::runtime_error(path + ": not a gazette database (no " + std::string(table) + " table)");
  return db;
}

// Refuses to add to a database of an older schema that holds documents: version 1
// keyed entities found by rules by type and name, so new rows would not merge with
// its entities. Such a database can still be read (load_graph_documents()).
// `action` says what cannot be done ("add to it", "merge it").
inline void check_writable_version(SQLite::Database& db, const std::string& path, const char* action = "add to it") {
  const auto stored = stored_schema_version(db);
  if (!stored || *stored >= kSqliteSchemaVersion || !db.tableExists("documents")) return;
  const int version = *stored;
  SQLite::Statement docs(db, "SELECT 1 FROM documents LIMIT 1");
  if (!docs.executeStep()) return;
  throw std::runtime_error(path + ": the database has schema version " + std::to_string(version) +
                           ", whose entities are keyed by type and name; this gazette (version " +
                           std::to_string(kSqliteSchemaVersion) + ") merges names across types and cannot " +
                           action + ": build it again");
}

// Row 23.395: `schema` without the CREATE INDEX lines of the indexes a bulk load defers
// (all but `live`) and without the statements of `triggers`, each index's name and
// statement appended to `deferred` in schema order (the triggers are made at commit from
// the schema). A new database made them all and dropped them again at open, each CREATE
// and DROP parsed and written into sqlite_master; the objects commit() makes, and their
// place in sqlite_master (after the views), are the same. What is not found stays in
// the schema (and is dropped as before). Example (made up): the line "CREATE INDEX IF
// NOT EXISTS mentions_entity ON mentions(entity);" is run at commit only.
inline std::string deferring_schema(std::string_view schema, std::span<const std::string_view> live,
                                    std::span<const std::string_view> triggers,
                                    std::vector<std::pair<std::string, std::string>>& deferred) {
  std::string out(schema);
  static constexpr std::string_view kIndex = "\nCREATE INDEX IF NOT EXISTS ";
  for (std::size_t at = out.find(kIndex); at != std::string::npos; at = out.find(kIndex, at)) {
    const std::size_t name = at + kIndex.size(), end = out.find('\n', name);
    const std::string_view line = std::string_view(out).substr(at + 1, end == std::string::npos ? end : end - at - 1);
    const std::string_view index = line.substr(kIndex.size() - 1, line.find(' ', kIndex.size() - 1) - (kIndex.size() - 1));
    if (std::find(live.begin(), live.end(), index) != live.end() || line.back() != ';') {
      at = name;
      continue;
    }
    deferred.emplace_back(std::string(index), std::string(line));
    out.erase(at + 1, line.size() + (end == std::string::npos ? 0 : 1));
  }
  for (const std::string_view trigger : triggers) {
    const auto start = out.find("CREATE TRIGGER IF NOT EXISTS " + std::string(trigger) + " ");
    const auto end = start == std::string::npos ? start : out.find("\nEND;", start);
    if (end != std::string::npos) out.erase(start, end + 6 - start);
  }
  return out;
}

}  // namespace gazette::sqlite_detail

namespace gazette {

struct SqliteWriter::Impl {
  struct ShardMerge;                       // one merge() of a shard (sqlite_merge.cpp)
  struct DocumentRows;                     // the rows of one add() (sqlite_exporter.cpp)

  std::string path;                        // as given
  std::optional<AtomicFile> temp;          // set when creating a new file
  std::optional<SQLite::Database> db;
  std::optional<SQLite::Transaction> transaction;
  // Looked up per entity reference, never iterated: hashed.
  std::unordered_map<std::string, std::int64_t> entity_ids;  // key -> entities.id (cache)
  // True while entity_ids holds every row of entities (a database this writer created,
  // until a failed merge() forgets the cache): a key it lacks is then not in the table,
  // and entity_id() inserts it without looking it up first (row 23.171).
  bool entity_ids_complete = false;
  // True while known_aliases holds every row of aliases (a database this writer created,
  // until a merge() copies aliases it does not record): an alias it lacks is then new,
  // and insert_reference() adds it to alias_rows, written with the document's other
  // rows, instead of one INSERT OR IGNORE each (row 23.243).
  bool aliases_complete = false;
  // Aliases this writer knows to be rows of aliases (inserted, or ignored as already
  // there), as alias_key(): their INSERT OR IGNORE would change nothing, so
  // insert_reference() skips it (row 23.170). A pair it lacks is inserted as before.
  std::unordered_set<std::string> known_aliases;
  static std::string alias_key(std::int64_t entity, std::string_view alias) {
    std::string key(sizeof entity, '\0');
    std::memcpy(key.data(), &entity, sizeof entity);
    key += alias;
    return key;
  }
  std::unordered_map<std::int64_t, std::string> entity_types;  // entities.id -> entities.type (cache)
  std::set<std::int64_t> retype;           // entities whose votes may elect another type (settled by commit())
  std::string table;                       // what add() is writing, for error messages
  // What the current add() did beyond its document's rows, undone when it fails
  // (undo_document()): keys first cached, entities inserted, marks vote() added to
  // `retype`, and aliases of entities (new or not) whose insert added a row.
  std::vector<std::string> new_keys;
  std::vector<std::int64_t> new_entities, new_retype;
  std::vector<std::pair<std::int64_t, const std::string*>> new_aliases;
  // The quotes of a database this writer creates, kept for the report (row 23.394);
  // null for an existing database, and from a failed add() or a merge() on.
  std::shared_ptr<WrittenQuotes> written;
  std::int64_t fts_from = 0;               // quotes with a larger id are indexed by commit()
  std::int64_t documents_at_open = -1;     // of an existing database (-1: a new one)
  bool indexes_deferred = false;           // secondary indexes dropped until commit()
  std::vector<std::pair<std::string, std::string>> dropped_indexes;  // name, sql

  // Bulk loading (open() to commit()): the full-text index of quotes is filled by one
  // INSERT ... SELECT at commit instead of a trigger per quote (FTS5 flushes its
  // pending terms at every statement savepoint, so the trigger wrote a segment per
  // quote), and a new database gets its secondary indexes after the rows, as SQLite
  // advises for bulk loads (an existing one too once a run adds much to it:
  // defer_indexes_when_large()). Both are undone inside the transaction, so other readers
  // never see them missing. The primary and UNIQUE indexes the writer's look-ups use
  // (documents.content_hash, entities.key) stay.
  void defer_secondary_work(bool new_database) {
    auto& d = *db;
    fts_from = d.execAndGet("SELECT COALESCE(MAX(id), 0) FROM quotes").getInt64();
    // The insert trigger, and its counterpart too: a failed add() deletes quotes the
    // index never held, and nothing else deletes quotes before commit() (which makes
    // both again).
    for (const std::string_view trigger : kDeferredTriggers) d.exec("DROP TRIGGER IF EXISTS " + std::string(trigger));
    if (new_database) {
      drop_secondary_indexes();
      return;
    }
    documents_at_open = d.execAndGet("SELECT count(*) FROM documents").getInt64();
  }
  // Row 23.395: the schema a new database is made with (sqlite_detail::deferring_schema()):
  // without the indexes the bulk load defers and kDeferredTriggers, which a new
  // database made and defer_secondary_work() dropped again.
  std::string schema_deferring(std::string_view schema) {
    std::string out = sqlite_detail::deferring_schema(schema, kLiveIndexes, kDeferredTriggers, dropped_indexes);
    indexes_deferred = !dropped_indexes.empty();
    return out;
  }
  // The full-text index's triggers that defer_secondary_work() drops, in schema order.
  static constexpr std::array<std::string_view, 2> kDeferredTriggers = {"quotes_fts_insert", "quotes_fts_delete"};
  // The schema's statements that make kDeferredTriggers, in its order (row 23.256):
  // what running the whole schema again at commit made (every other CREATE ... IF NOT
  // EXISTS there found its object, which open() had made and nothing dropped), without
  // preparing its forty other statements. A schema without them is returned whole.
  // Example (made up): "CREATE TRIGGER IF NOT EXISTS quotes_fts_insert ... END;" and
  // the delete trigger's statement, nothing of the tables and views.
  static std::string deferred_trigger_sql(std::string_view schema) {
    std::string sql;
    for (const std::string_view trigger : kDeferredTriggers) {
      const auto start = schema.find("CREATE TRIGGER IF NOT EXISTS " + std::string(trigger) + " ");
      const auto end = start == std::string_view::npos ? start : schema.find("\nEND;", start);
      if (end == std::string_view::npos) return std::string(schema);
      sql.append(schema.substr(start, end + 5 - start)).append("\n");
    }
    return sql;
  }
  // An existing database keeps its secondary indexes while a run adds little to it
  // (rebuilding them costs as much as the whole database), and drops them, inside the
  // transaction, once the run has added more than kDeferIndexesShare of the documents
  // it held: from there on, updating them row by row costs more than making them
  // again at commit. Called between add()s (every statement reset).
  void defer_indexes_when_large(std::size_t added) {
    if (indexes_deferred || documents_at_open < 0) return;
    if (static_cast<double>(added) <= sqlite_detail::kDeferIndexesShare * static_cast<double>(documents_at_open)) return;
    reset_statements();
    try {
      drop_secondary_indexes();
    } catch (const SQLite::Exception& e) {
      throw std::runtime_error(path + ": cannot drop the secondary indexes until commit: " + e.what());
    }
  }
  // Row 23.370: the schema's indexes on the document column of a rowid table (mentions,
  // quotes, relations), whose rows add() and merge() write document after document, each
  // new document with a larger id than every stored one: each new entry goes at the end
  // of its index, so keeping these indexes while the rows are written costs less than
  // making them again at commit, which reads the whole table, sorts it and writes every
  // entry anew (on the first 300 lines of news-2213 the commit's CREATE INDEX of the
  // three cost 22M instructions, their entries written live 17M). The indexes and their
  // entries are the same; only their place in sqlite_master (and so in `.dump`), where a
  // dropped index comes back after the views, differs. Example (made up): the 40
  // mentions of Tom Smith's third document go after the 60 of the first two in
  // mentions_document as they are written.
  static constexpr std::array<std::string_view, 3> kLiveIndexes = {"mentions_document", "quotes_document",
                                                                   "relations_document"};
  static bool is_live_index(std::string_view name) {
    return std::find(kLiveIndexes.begin(), kLiveIndexes.end(), name) != kLiveIndexes.end();
  }
  // Drops every secondary index (a user's too) but kLiveIndexes, keeping the SQL of each
  // one dropped for finish_secondary_work().
  void drop_secondary_indexes() {
    auto& d = *db;
    indexes_deferred = true;
    std::vector<std::pair<std::string, std::string>> indexes;
    {
      SQLite::Statement q(d, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
      while (q.executeStep()) indexes.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    }
    for (auto& index : indexes) {
      if (is_live_index(index.first)) continue;
      d.exec("DROP INDEX \"" + index.first + "\"");
      dropped_indexes.push_back(std::move(index));
    }
  }
  // Before commit: the dropped indexes as they were, the triggers defer_secondary_work()
  // dropped as the schema makes them, then the new quotes into the full-text index.
  void finish_secondary_work(std::string_view schema) {
    table = "indexes";
    for (const auto& index : dropped_indexes) db->exec(index.second);
    dropped_indexes.clear();
    db->exec(deferred_trigger_sql(schema));
    table = "quotes_fts";
    SQLite::Statement fts(*db, "INSERT INTO quotes_fts(rowid, text) SELECT id, text FROM quotes WHERE id > ? ORDER BY id");
    fts.bind(1, fts_from);
    fts.exec();
  }

  std::optional<SQLite::Statement> has_doc, insert_doc, find_entity, insert_entity, insert_alias,
      insert_doc_entity, insert_vote, insert_sentence, insert_mention, insert_quote, insert_about,
      insert_relation, insert_evidence;

  // The rows add() writes by document (RowBatch; the document column bound once per
  // statement, row 23.334); INSERT OR FAIL: a failed statement
  // leaves the rows it wrote, which undo_add() deletes with the rest of the document,
  // so SQLite keeps no statement journal for them.
  sqlite_detail::RowBatch sentence_rows{"INSERT OR FAIL INTO sentences(document, idx, paragraph, start, end, text) VALUES ", 6, 0},
      mention_rows{"INSERT OR FAIL INTO mentions(document, entity, sentence, start, end, text, type, rule, resolved_from) VALUES ", 9, 0},
      doc_entity_rows{"INSERT OR FAIL INTO document_entities(document, entity, position, mentions) VALUES ", 4, 0},
      vote_rows{"INSERT OR FAIL INTO entity_type_votes(document, entity, type, mentions) VALUES ", 4, 0},
      about_rows{"INSERT OR IGNORE INTO quote_about(quote, entity) VALUES ", 2},
      evidence_rows{"INSERT OR FAIL INTO relation_evidence(relation, idx, start, end, text) VALUES ", 5},
      // Quotes and relations name their row id (next_row_id()), so that their
      // quote_about and relation_evidence rows need no last_insert_rowid() and both go
      // in batches: one statement per row before.
      quote_rows{"INSERT OR FAIL INTO quotes(id, document, speaker, sentence, start, end, text, kind, cue, "
                 "speaker_from, rule) VALUES ", 11, 1},
      relation_rows{"INSERT OR FAIL INTO relations(id, document, head, type, tail, role, cue, evidence_start, "
                    "evidence_end, evidence_text, confidence, rule) VALUES ", 12, 1},
      // New entities and aliases of a database whose rows the writer knows all of
      // (entity_ids_complete, aliases_complete; row 23.243): entities with their ids
      // given (next_entity_id, as quotes and relations), one statement per 32 rows.
      entity_rows{"INSERT OR FAIL INTO entities(id, key, name, type, gazetteer_id, wikidata) VALUES ", 6},
      alias_rows{"INSERT OR FAIL INTO aliases(entity, alias) VALUES ", 2};
  std::array<sqlite_detail::RowBatch*, 10> batches() {
    return {&sentence_rows, &mention_rows, &doc_entity_rows, &vote_rows, &about_rows, &evidence_rows, &quote_rows,
            &relation_rows, &entity_rows, &alias_rows};
  }

  // The id SQLite would give the next row of quotes or relations (largest in use plus
  // one: neither table is AUTOINCREMENT), read when 0 and then counted by add(); set
  // to 0 again by whatever else inserts or deletes such rows (merge(), undo_add()).
  std::int64_t next_quote_id = 0, next_relation_id = 0, next_entity_id = 0;
  std::int64_t& next_row_id(std::int64_t& next, const char* sql) {
    if (next == 0) next = db->execAndGet(sql).getInt64() + 1;
    return next;
  }
  void forget_row_ids() { next_quote_id = next_relation_id = next_entity_id = 0; }

  void prepare() {
    auto& d = *db;
    has_doc.emplace(d, "SELECT 1 FROM documents WHERE content_hash = ?");
    insert_doc.emplace(d,
                       "INSERT INTO documents(doc_id, source, title, date, url, outlet, content_hash, length) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    find_entity.emplace(d, "SELECT id, type FROM entities WHERE key = ?");
    insert_entity.emplace(d, "INSERT INTO entities(key, name, type, gazetteer_id, wikidata) VALUES (?, ?, ?, ?, ?)");
    insert_alias.emplace(d, "INSERT OR IGNORE INTO aliases(entity, alias) VALUES (?, ?)");
    insert_doc_entity.emplace(
        d, "INSERT INTO document_entities(document, entity, position, mentions) VALUES (?, ?, ?, ?)");
    insert_vote.emplace(d, "INSERT INTO entity_type_votes(document, entity, type, mentions) VALUES (?, ?, ?, ?)");
    insert_sentence.emplace(
        d, "INSERT INTO sentences(document, idx, paragraph, start, end, text) VALUES (?, ?, ?, ?, ?, ?)");
    insert_mention.emplace(d,
                           "INSERT INTO mentions(document, entity, sentence, start, end, text, type, rule, "
                           "resolved_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert_quote.emplace(d,
                         "INSERT INTO quotes(document, speaker, sentence, start, end, text, kind, cue, "
                         "speaker_from, rule) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert_about.emplace(d, "INSERT OR IGNORE INTO quote_about(quote, entity) VALUES (?, ?)");
    insert_relation.emplace(d,
                            "INSERT INTO relations(document, head, type, tail, role, cue, evidence_start, "
                            "evidence_end, evidence_text, confidence, rule) "
                            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    insert_evidence.emplace(d, "INSERT INTO relation_evidence(relation, idx, start, end, text) VALUES (?, ?, ?, ?, ?)");
  }

  // Every prepared statement.
  std::array<std::optional<SQLite::Statement>*, 13> statements() {
    return {&has_doc, &insert_doc, &find_entity, &insert_entity, &insert_alias, &insert_doc_entity, &insert_vote,
            &insert_sentence, &insert_mention, &insert_quote, &insert_about, &insert_relation, &insert_evidence};
  }
  // After a failed add() or merge(): no statement is left half-run.
  void reset_statements() {
    for (auto* s : statements())
      if (*s) (*s)->tryReset();
    for (auto* b : batches()) b->reset();
  }

  // After a failed add() or merge() inside `savepoint`: no statement is left half-run,
  // the savepoint is rolled back and `message` thrown; when the rollback fails the
  // transaction is unusable and the writer is closed (everything rolled back).
  [[noreturn]] static void roll_back(std::unique_ptr<Impl>& impl, const std::string& savepoint,
                                     const std::string& message) {
    impl->reset_statements();
    if (impl->db->tryExec("ROLLBACK TO " + savepoint) != SQLite::OK ||
        impl->db->tryExec("RELEASE " + savepoint) != SQLite::OK) {
      impl.reset();
      throw std::runtime_error(message + " (and the transaction could not be recovered)");
    }
    throw std::runtime_error(message);
  }

  // After a failed add() of the document `doc_row` (0: its row was not inserted):
  // deletes every row the add() inserted, children first, and forgets the entities
  // it created, so the database and the writer are as before it. Triggers stay on:
  // a trigger of the user's (sqlite-utils' FTS on another table, say) that saw the
  // inserts sees the deletes; gazette's own full-text triggers are off until
  // commit() (defer_secondary_work()), which indexes the new quotes. Row ids are the
  // largest in use plus one, so the next document gets the same ids it would have
  // had. Throws SQLite::Exception when a deletion fails.
  void undo_document(std::int64_t doc_row) {
    for (const auto& key : new_keys) {
      const auto it = entity_ids.find(key);
      if (it == entity_ids.end()) continue;
      entity_types.erase(it->second);
      entity_ids.erase(it);
    }
    for (const auto id : new_retype) retype.erase(id);
    for (const auto& [entity, text] : new_aliases) known_aliases.erase(alias_key(entity, *text));
    delete_rows(doc_row);
  }
  void delete_rows(std::int64_t doc_row) {
    static constexpr const char* by_document[] = {
        "DELETE FROM quote_about WHERE quote IN (SELECT id FROM quotes WHERE document = ?)",
        "DELETE FROM relation_evidence WHERE relation IN (SELECT id FROM relations WHERE document = ?)",
        "DELETE FROM quotes WHERE document = ?",
        "DELETE FROM relations WHERE document = ?",
        "DELETE FROM mentions WHERE document = ?",
        "DELETE FROM sentences WHERE document = ?",
        "DELETE FROM entity_type_votes WHERE document = ?",
        "DELETE FROM document_entities WHERE document = ?"};
    if (doc_row != 0)
      for (const char* sql : by_document) {
        SQLite::Statement s(*db, sql);
        s.bind(1, doc_row);
        s.exec();
      }
    SQLite::Statement alias(*db, "DELETE FROM aliases WHERE entity = ? AND alias = ?");
    for (const auto& [entity, text] : new_aliases) {
      alias.bind(1, entity);
      alias.bind(2, *text);
      sqlite_detail::run(alias);
    }
    SQLite::Statement entity(*db, "DELETE FROM entities WHERE id = ?");
    for (const auto id : new_entities) {
      entity.bind(1, id);
      sqlite_detail::run(entity);
    }
    if (doc_row == 0) return;
    SQLite::Statement doc(*db, "DELETE FROM documents WHERE id = ?");
    doc.bind(1, doc_row);
    doc.exec();
  }

  // After a failed add(): no statement is left half-run, the document's rows are
  // deleted (undo_document()) and `message` thrown; when the transaction is gone
  // (SQLite rolls it back itself after some errors) or the deletion fails, the
  // writer is closed (everything rolled back).
  [[noreturn]] static void undo_add(std::unique_ptr<Impl>& impl, std::int64_t doc_row, const std::string& message) {
    impl->reset_statements();
    impl->written.reset();  // its rows are no longer the database's (row 23.394)
    bool undone = false;
    if (sqlite3_get_autocommit(impl->db->getHandle()) == 0) {
      try {
        impl->undo_document(doc_row);
        undone = true;
      } catch (const SQLite::Exception&) {
      }
    }
    impl->new_keys.clear();
    impl->new_entities.clear();
    impl->new_retype.clear();
    impl->new_aliases.clear();
    impl->forget_row_ids();
    if (!undone) {
      impl.reset();
      throw std::runtime_error(message + " (and the transaction could not be recovered)");
    }
    throw std::runtime_error(message);
  }

  void close() {
    for (auto* s : statements()) s->reset();
    for (auto* b : batches()) b->finalize();
    transaction.reset();  // rolls back unless committed
    db.reset();
    entity_ids.clear();
    entity_types.clear();
    retype.clear();
    known_aliases.clear();
  }

  // Marks `entity` for retyping when a vote for `type` may change its settled type:
  // votes for the type it has cannot.
  void vote(std::int64_t entity, const std::string& type) {
    const auto it = entity_types.find(entity);
    if ((it == entity_types.end() || it->second != type) && retype.insert(entity).second) new_retype.push_back(entity);
  }

  // Sets entities.type of the entities marked by vote() to settle_type() of all
  // their votes. Run before the transaction commits.
  void settle_types() {
    table = "entities";
    SQLite::Statement votes(*db, "SELECT type, SUM(mentions) FROM entity_type_votes WHERE entity = ? GROUP BY type");
    SQLite::Statement update(*db, "UPDATE entities SET type = ? WHERE id = ?");
    for (const auto id : retype) {
      std::map<std::string, int> tally;
      votes.bind(1, id);
      while (votes.executeStep()) tally[votes.getColumn(0).getString()] += votes.getColumn(1).getInt();
      votes.reset();
      const std::string type = settle_type(tally);
      if (type.empty()) continue;
      update.bind(1, type);
      update.bind(2, id);
      sqlite_detail::run(update);
      entity_types[id] = type;
    }
    retype.clear();
  }

  ~Impl() { close(); }

  std::int64_t entity_id(const GraphDocument::EntityRef& ref, const std::string& wikidata) {
    auto it = entity_ids.find(ref.key);
    if (it != entity_ids.end()) return it->second;
    std::int64_t id = 0;
    table = "entities";
    if (entity_ids_complete) {
      id = new_entity_row(ref, wikidata);
    } else if (sqlite_detail::bind_text(*find_entity, 1, ref.key); find_entity->executeStep()) {
      id = find_entity->getColumn(0).getInt64();
      entity_types[id] = find_entity->getColumn(1).getString();
      find_entity->reset();
    } else {
      find_entity->reset();
      auto& s = *insert_entity;
      sqlite_detail::bind_text(s, 1, ref.key);
      sqlite_detail::bind_text(s, 2, ref.label);
      sqlite_detail::bind_text(s, 3, ref.type);
      sqlite_detail::bind_text_or_null(s, 4, ref.gazetteer_id);
      sqlite_detail::bind_text_or_null(s, 5, wikidata);
      sqlite_detail::run(s);
      id = db->getLastInsertRowid();
      new_entities.push_back(id);
      entity_types[id] = ref.type;
    }
    entity_ids.emplace(ref.key, id);
    new_keys.push_back(ref.key);
    return id;
  }
  // A key missing from a complete cache is a new entity (row 23.171): its row goes to
  // entity_rows with the id SQLite would give it (the largest in use plus one, counted
  // on; row 23.243), written by insert_entities() before the document's references.
  // `wikidata` must stay as it is until then. Example (made up): a document naming Tom
  // Smith, Jane Roe and Borovia for the first time: one INSERT of three rows, not three.
  std::int64_t new_entity_row(const GraphDocument::EntityRef& ref, const std::string& wikidata) {
    const std::int64_t id = next_row_id(next_entity_id, "SELECT COALESCE(MAX(id), 0) FROM entities")++;
    entity_rows.value(id).text(ref.key).text(ref.label).text(ref.type);
    entity_rows.text_or_null(ref.gazetteer_id).text_or_null(wikidata);
    if (written) written->add_entity(id, ref.label, ref.key);  // row 23.394
    new_entities.push_back(id);
    entity_types[id] = ref.type;
    return id;
  }
};

}  // namespace gazette
