// SQLite writer and graph loader (sqlite.hpp). One SQLite::Transaction for the whole
// build and every statement prepared once, then bound, executed and reset per row, as
// SQLiteCpp's examples do, or per group of rows of a document (RowBatch: multi-row
// INSERT); the schema is the embedded src/store/sqlite_schema.sql.
#include "gazette/sqlite.hpp"

#include "gazette/annotation.hpp"
#include "gazette/builtin_data.hpp"
#include "gazette/exporter.hpp"
#include "gazette/hash.hpp"
#include "sqlite_writer_impl.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <unordered_map>


namespace gazette {

std::string content_hash(std::string_view text) { return sha256_hex(text); }
std::string document_content_hash(const Document& doc) {
  return doc.text_sha256 ? to_hex(*doc.text_sha256) : content_hash(doc.text);
}

bool sqlite_without_memory_statistics() { return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK; }

using namespace sqlite_detail;

SqliteWriter::SqliteWriter() = default;
SqliteWriter::~SqliteWriter() = default;

void SqliteWriter::open(const std::string& path, bool replace) {
  impl_.reset();
  written_.reset();
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  const bool memory = path == ":memory:";
  if (!memory) require_regular_file(path);
  const bool create = !memory && (replace || !file_exists(path));
  // A hot journal left beside the old file would otherwise be played into the new one.
  if (create && replace) roll_back_hot_journal(path);
  try {
    std::string file = path;
    if (create) {
      // Two runs creating the same new database: the second to finish must not
      // replace the first one's file (and lose its documents), so it fails clearly.
      // --fresh (replace) asks for the old file to be replaced, atomically, at commit.
      impl->temp.emplace(path, AtomicFile::Mode::Path, replace ? AtomicFile::Replace::Always : AtomicFile::Replace::Never);
      file = impl->temp->temp_path();
    }
    // One thread at a time uses the connection (build commits it on a second thread
    // only after the last add()): no connection mutex around every call.
    impl->db.emplace(file, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE | SQLite::OPEN_NOMUTEX, 5000);
    auto& db = *impl->db;
    if (!create) check_gazette_database(db, path);
    check_schema_version(db, path);
    check_writable_version(db, path);
    // A new database is filled by this writer alone, whose rows reference only rows it
    // wrote before (documents, entities): the per-row foreign-key look-ups are skipped
    // there. An existing database is added to with them on.
    db.exec(create ? "PRAGMA foreign_keys = OFF" : "PRAGMA foreign_keys = ON");
    if (create) {
      // Before the schema writes the file's first page (row 23.294).
      db.exec("PRAGMA page_size = " + std::to_string(kNewDatabasePageSize));
      // Nobody else sees the temporary file, and AtomicFile fsyncs it before the rename.
      db.exec("PRAGMA journal_mode = MEMORY");
      db.exec("PRAGMA synchronous = OFF");
      // Row 23.432: SQLite as Debian builds it (SQLITE_SECURE_DELETE) zeroes the free space
      // of each page it makes or rebuilds and each cell it removes; nothing of a new database is anyone else's to
      // hide (a failed document's rows, the full-text index's merged segments: the
      // user's own input), so it is not zeroed. The rows, and so `.dump`, are the same;
      // an existing database keeps the library's setting. Example (made up): the cells
      // of Tom Smith's mentions moved by a page split leave their old bytes in place.
      db.exec("PRAGMA secure_delete = OFF");
      // The pages of a new database stay dirty until the commit: with SQLite's default
      // cache (2 MB) most of them were spilled to the file mid-transaction and read
      // back. kNewDatabaseCacheKiB holds a database of that size whole; the cache grows
      // only as pages are used.
      db.exec("PRAGMA cache_size = -" + std::to_string(kNewDatabaseCacheKiB));
    }
    const auto schema = builtin_file("src/store/sqlite_schema.sql");
    if (!schema) throw std::logic_error("src/store/sqlite_schema.sql is not built in");
    impl->transaction.emplace(db, SQLite::TransactionBehavior::IMMEDIATE);
    db.exec(create ? impl->schema_deferring(*schema) : std::string(*schema));  // row 23.395
    {
      SQLite::Statement meta(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)");
      meta.bind(1, "schema_version");
      meta.bind(2, std::to_string(kSqliteSchemaVersion));
      run(meta);
      meta.bind(1, "gazette_version");
      meta.bind(2, GAZETTE_VERSION);
      run(meta);
    }
    impl->defer_secondary_work(create);
    if (create) impl->written = std::make_shared<WrittenQuotes>();  // row 23.394
    impl->entity_ids_complete = create;
    impl->aliases_complete = create;
    impl->prepare();
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(path + ": cannot open the SQLite database: " + e.what());
  } catch (const std::runtime_error& e) {
    const std::string what = e.what();
    if (what.rfind(path + ":", 0) == 0) throw;
    throw std::runtime_error(path + ": " + what);
  }
  impl_ = std::move(impl);
}

bool SqliteWriter::has_document(std::string_view hash) const {
  if (!impl_) throw std::logic_error("SqliteWriter::has_document() before open()");
  auto& q = *impl_->has_doc;
  try {
    bind_text(q, 1, hash);
    const bool found = q.executeStep();
    q.reset();
    return found;
  } catch (const SQLite::Exception& e) {
    q.reset();
    throw std::runtime_error(impl_->path + ": table documents: " + e.what());
  }
}

// The rows of one document, written by add() inside its savepoint: one member per
// table, in the order the row ids are needed.
struct SqliteWriter::Impl::DocumentRows {
  Impl& m;
  const Annotation& a;
  const GraphDocument& gd;  // to_graph_document(a)
  const OffsetMap offsets;
  std::int64_t doc_row = 0;
  std::vector<std::int64_t> entity_row_of;  // a.entities index -> entities.id

  DocumentRows(Impl& writer, const Annotation& annotation, const GraphDocument& graph)
      : m(writer), a(annotation), gd(graph), offsets(annotation.doc->text) {}

  // Code point offset of a byte offset (clamped to the text).
  std::int64_t cp(std::uint32_t byte) const {
    return static_cast<std::int64_t>(
        offsets.to_codepoint(std::min<std::uint32_t>(byte, static_cast<std::uint32_t>(a.doc->text.size()))));
  }
  std::optional<std::int64_t> entity_row(std::int32_t index) const {
    if (index < 0 || static_cast<std::size_t>(index) >= entity_row_of.size()) return std::nullopt;
    return entity_row_of[static_cast<std::size_t>(index)];
  }

  void insert_document(const std::string& hash) {
    const Document& doc = *a.doc;
    m.table = "documents";
    auto& d = *m.insert_doc;
    bind_text(d, 1, doc.id);
    bind_text(d, 2, doc.source);
    bind_text_or_null(d, 3, doc.title);
    bind_text_or_null(d, 4, doc.date);
    bind_text_or_null(d, 5, doc.url);
    bind_text_or_null(d, 6, doc.outlet);
    bind_text(d, 7, hash);
    d.bind(8, cp(static_cast<std::uint32_t>(doc.text.size())));
    run(d);
    doc_row = m.db->getLastInsertRowid();
    if (m.written) m.written->add_document(doc_row, doc.id, doc.date, doc.url);  // row 23.394
  }

  // Entities merged by key, as the graph merges them, with the document's references
  // to them, their type votes and aliases; fills entity_row_of.
  void insert_entities() {
    // The reference of each entity: as to_graph_document() recorded it, else by key.
    const bool recorded = gd.entity_refs.size() == a.entities.size();
    std::map<std::string_view, std::size_t> ref_of_key;
    if (!recorded)
      for (std::size_t i = 0; i < gd.entities.size(); ++i) ref_of_key.emplace(gd.entities[i].key, i);
    std::vector<std::string> wikidata(gd.entities.size());
    entity_row_of.assign(a.entities.size(), 0);
    for (std::size_t i = 0; i < a.entities.size(); ++i) {
      const auto ref = recorded ? gd.entity_refs[i] : ref_of_key.at(entity_key(a.entities[i]));
      if (wikidata[ref].empty()) wikidata[ref] = a.entities[i].wikidata;
      entity_row_of[i] = static_cast<std::int64_t>(ref);  // ref index for now, row id below
    }
    std::vector<std::int64_t> ref_row(gd.entities.size());
    for (std::size_t i = 0; i < gd.entities.size(); ++i) {
      ref_row[i] = m.entity_id(gd.entities[i], wikidata[i]);
      insert_reference(gd.entities[i], i, ref_row[i]);
    }
    m.table = "entities";  // rows of new entities and aliases (row 23.243)
    m.entity_rows.write(*m.db);
    m.table = "aliases";
    m.alias_rows.write(*m.db);
    m.table = "document_entities";
    m.doc_entity_rows.sort_rows(2);  // (document, entity): its primary key (row 23.433)
    m.doc_entity_rows.write(*m.db);
    m.table = "entity_type_votes";
    m.vote_rows.sort_rows(3);  // (document, entity, type)
    m.vote_rows.write(*m.db);
    for (auto& row : entity_row_of) row = ref_row[static_cast<std::size_t>(row)];
  }

  // The document's reference number `position` to entity `row` (its document_entities
  // and entity_type_votes rows are written by insert_entities()).
  void insert_reference(const GraphDocument::EntityRef& ref, std::size_t position, std::int64_t row) {
    m.doc_entity_rows.value(doc_row).value(row).value(static_cast<std::int64_t>(position)).value(ref.mentions);
    for (const auto& [type, n] : ref.type_votes) {
      m.vote_rows.value(doc_row).value(row).text(type).value(n);
      m.vote(row, type);
    }
    m.table = "aliases";
    for (const auto& alias : ref.aliases) {
      auto known = m.known_aliases.insert(Impl::alias_key(row, alias));
      if (!known.second) continue;  // a row already: the insert would be ignored
      if (m.aliases_complete) {  // not a row yet: one of alias_rows (row 23.243)
        m.alias_rows.value(row).text(alias);
        m.new_aliases.emplace_back(row, &alias);
        continue;
      }
      auto& al = *m.insert_alias;
      try {
        al.bind(1, row);
        bind_text(al, 2, alias);
        if (al.exec() > 0) m.new_aliases.emplace_back(row, &alias);  // not an alias the entity had
      } catch (...) {  // not stored: not known
        m.known_aliases.erase(known.first);
        throw;
      }
      al.reset();
    }
  }

  void insert_sentences() {
    m.table = "sentences";
    for (std::size_t i = 0; i < a.sentences.size(); ++i) {
      const Sentence& sen = a.sentences[i];
      if (sen.first_token >= sen.end_token || sen.end_token > a.tokens.size()) continue;
      const Span span{a.tokens[sen.first_token].span.begin, a.tokens[sen.end_token - 1].span.end};
      m.sentence_rows.value(doc_row).value(static_cast<std::int64_t>(i)).value(sen.paragraph);
      m.sentence_rows.value(cp(span.begin)).value(cp(span.end)).text(a.text(span));
    }
    m.sentence_rows.write(*m.db);
  }

  void insert_mentions() {
    m.table = "mentions";
    auto& rows = m.mention_rows;
    for (const std::uint32_t mi : a.mentions_in_text_order()) {
      const Mention& men = a.mentions[mi];
      rows.value(doc_row).value_or_null(entity_row(men.entity)).value(men.sentence);
      rows.value(cp(men.span.begin)).value(cp(men.span.end)).text(a.text(men.span));
      rows.text(to_string(men.type)).text_or_null(men.source.rule).text_or_null(men.resolved_from);
    }
    rows.write(*m.db);
  }

  // Quotes with their ids given (Impl::next_row_id()), then what they are about.
  void insert_quotes() {
    if (a.quotes.empty()) return;
    std::int64_t& next = m.next_row_id(m.next_quote_id, "SELECT COALESCE(MAX(id), 0) FROM quotes");
    auto& rows = m.quote_rows;
    for (const Quote& q : a.quotes) {
      const std::int64_t quote_row = next++;
      rows.value(quote_row).value(doc_row).value_or_null(entity_row(q.speaker)).value(q.sentence);
      rows.value(cp(q.span.begin)).value(cp(q.span.end)).text(a.text(q.span));
      rows.text(q.kind == Quote::Kind::Direct ? "direct" : "indirect");
      rows.text_or_null(q.cue).text_or_null(q.speaker_from).text_or_null(q.rule);
      for (auto about : q.about)
        if (const auto row = entity_row(about)) m.about_rows.value(quote_row).value(*row);
      if (m.written) keep_quote(quote_row, q);
    }
    m.table = "quotes";
    rows.write(*m.db);
    m.table = "quote_about";
    m.about_rows.write(*m.db);
  }

  // The quote as the report reads it back (row 23.394): the rows just given.
  void keep_quote(std::int64_t quote_row, const Quote& q) {
    std::vector<std::int64_t> about;
    for (auto e : q.about)
      if (const auto row = entity_row(e)) about.push_back(*row);
    m.written->add_quote(quote_row, cp(q.span.begin), q.kind == Quote::Kind::Direct, q.cue,
                         entity_row(q.speaker).value_or(0), a.text(q.span), std::move(about));
  }

  // Relations with their ids given (Impl::next_row_id()), then their evidence.
  void insert_relations() {
    if (a.relations.empty()) return;
    std::int64_t& next = m.next_row_id(m.next_relation_id, "SELECT COALESCE(MAX(id), 0) FROM relations");
    auto& rows = m.relation_rows;
    for (const Relation& r : a.relations) {
      const auto head = entity_row(r.head), tail = entity_row(r.tail);
      if (!head || !tail) continue;
      const std::int64_t relation_row = next++;
      rows.value(relation_row).value(doc_row).value(*head).text(to_string(r.type)).value(*tail);
      rows.text_or_null(r.role).text_or_null(r.cue);
      if (!r.evidence.empty())
        rows.value(cp(r.evidence.front().begin)).value(cp(r.evidence.front().end)).text(a.text(r.evidence.front()));
      else
        rows.null().null().null();
      rows.real(r.confidence).text_or_null(r.rule);
      for (std::size_t i = 0; i < r.evidence.size(); ++i) {
        m.evidence_rows.value(relation_row).value(static_cast<std::int64_t>(i));
        m.evidence_rows.value(cp(r.evidence[i].begin)).value(cp(r.evidence[i].end)).text(a.text(r.evidence[i]));
      }
    }
    m.table = "relations";
    rows.write(*m.db);
    m.table = "relation_evidence";
    m.evidence_rows.write(*m.db);
  }
};

std::optional<std::string> SqliteWriter::unstored_hash(const Annotation& a) {
  if (!impl_) throw std::logic_error("SqliteWriter::add() before open()");
  std::string hash = document_content_hash(*a.doc);
  if (!has_document(hash)) return hash;
  ++skipped_;
  return std::nullopt;
}

bool SqliteWriter::add(const Annotation& a) {
  const std::optional<std::string> hash = unstored_hash(a);
  return hash && insert_rows(a, to_graph_document(a), *hash);
}

bool SqliteWriter::add(const Annotation& a, const GraphDocument& gd) {
  const std::optional<std::string> hash = unstored_hash(a);
  return hash && insert_rows(a, gd, *hash);
}

bool SqliteWriter::add(const Annotation& a, const GraphDocument& gd, const std::string& hash) {
  if (!impl_) throw std::logic_error("SqliteWriter::add() before open()");
  if (has_document(hash)) {
    ++skipped_;
    return false;
  }
  return insert_rows(a, gd, hash);
}

bool SqliteWriter::insert_rows(const Annotation& a, const GraphDocument& gd, const std::string& hash) {
  Impl& m = *impl_;
  const Document& doc = *a.doc;
  Impl::DocumentRows rows(m, a, gd);
  // A failed add() leaves no part of its document behind (its rows are deleted again:
  // Impl::undo_add()), and the caller may go on with the next one. No savepoint per
  // document: it copied every page a document touched into the sub-journal.
  m.new_keys.clear();
  m.new_entities.clear();
  m.new_retype.clear();
  m.new_aliases.clear();
  try {
    rows.insert_document(hash);
    rows.insert_entities();
    rows.insert_sentences();
    rows.insert_mentions();
    rows.insert_quotes();
    rows.insert_relations();
  } catch (const SQLite::Exception& e) {
    const std::string message =
        m.path + ": cannot insert into table " + m.table + " for document '" + doc.id + "': " + e.what();
    Impl::undo_add(impl_, rows.doc_row, message);
  } catch (const std::exception& e) {
    // Not SQLite's (a graph form that does not match the annotation, memory): the
    // rows written so far are undone all the same, and no batch keeps a view of
    // the annotation (undo_add() resets them first).
    Impl::undo_add(impl_, rows.doc_row, m.path + ": cannot add document '" + doc.id + "': " + e.what());
  }
  ++added_;
  m.defer_indexes_when_large(added_);
  return true;
}

void SqliteWriter::commit() {
  if (!impl_) throw std::logic_error("SqliteWriter::commit() before open()");
  Impl& m = *impl_;
  try {
    const auto schema = builtin_file("src/store/sqlite_schema.sql");
    if (!schema) throw std::logic_error("src/store/sqlite_schema.sql is not built in");
    m.finish_secondary_work(*schema);
    m.settle_types();
    m.transaction->commit();
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(m.path + ": cannot commit: " + e.what());
  }
  m.close();
  if (m.temp) {
    try {
      m.temp->commit();
    } catch (const AtomicFile::Exists& e) {
      const auto n = added_;
      impl_.reset();
      throw std::runtime_error(std::string(e.what()) + "; the " + std::to_string(n) +
                               " documents of this run were not added: run it again to add them to that database");
    }
  }
  if (m.written && m.written->complete()) written_ = std::move(m.written);  // row 23.394
  impl_.reset();
}

// ---------------------------------------------------------------------------------

namespace {

// Reads a gazette database back into one GraphDocumentBuilder per document, a window
// of `window` documents (in id order) at a time, table by table within the window:
// each table's rows of the documents in (after, last] by their document index, so
// memory holds one window. The last window reaches to the largest id, so a row whose
// document is missing is found (and reported) as when the tables were read whole.
// `table` names the table being read, for error messages.
class GraphDocumentReader {
 public:
  GraphDocumentReader(SQLite::Database& db, std::string& table, std::size_t window)
      : db_(db), table_(table), window_(static_cast<std::int64_t>(std::max<std::size_t>(window, 1))) {}

  template <typename Visit>
  void each(Visit visit) {
    std::int64_t after = std::numeric_limits<std::int64_t>::min();
    for (;;) {
      const std::int64_t last = read_documents(after);
      if (builders_.empty()) return;
      read_document_entities(after, last);
      read_votes(after, last);
      read_mentions(after, last);
      read_relations(after, last);
      for (std::size_t i = 0; i < builders_.size(); ++i) visit(std::move(builders_[i]).finish(), hashes_[i]);
      after = last;
    }
  }

 private:
  // The next window of documents after `after`; returns the bound of the window's rows
  // (its last id, or the largest id when it is the last window).
  std::int64_t read_documents(std::int64_t after) {
    table_ = "documents";
    builders_.clear();
    hashes_.clear();
    doc_index_.clear();
    SQLite::Statement q(db_, "SELECT id, doc_id, date, content_hash FROM documents WHERE id > ? ORDER BY id LIMIT ?");
    q.bind(1, after);
    q.bind(2, window_);
    std::int64_t last = after;
    while (q.executeStep()) {
      last = q.getColumn(0).getInt64();
      doc_index_.emplace(last, builders_.size());
      builders_.emplace_back(q.getColumn(1).getString(), iso_date(q.getColumn(2).getString()));
      hashes_.push_back(q.getColumn(3).getString());
    }
    return static_cast<std::int64_t>(builders_.size()) < window_ ? std::numeric_limits<std::int64_t>::max() : last;
  }

  void read_document_entities(std::int64_t after, std::int64_t last) {
    table_ = "document_entities";
    ref_of_.assign(builders_.size(), {});
    each_document_row("SELECT de.document, de.entity, de.mentions, e.id, e.key, e.name, e.type, e.gazetteer_id "
                      "FROM document_entities de LEFT JOIN entities e ON e.id = de.entity "
                      "WHERE de.document > ? AND de.document <= ? ORDER BY de.document, de.position",
                      after, last, [this](std::size_t di, SQLite::Statement& q) {
                        const auto entity = q.getColumn(1).getInt64();
                        if (q.getColumn(3).isNull()) throw std::out_of_range("entity");
                        // Votes are read from their own table below.
                        const std::size_t ref = builders_[di].entity(q.getColumn(4).getString(), q.getColumn(5).getString(),
                                                                     q.getColumn(6).getString(), q.getColumn(7).getString());
                        builders_[di].count(ref, q.getColumn(2).getInt());
                        ref_of_[di].emplace(entity, ref);
                      });
  }

  // Version 1 databases have no votes: each reference then keeps its entity's type
  // (and GraphBuilder::add() votes for it with its mentions).
  void read_votes(std::int64_t after, std::int64_t last) {
    table_ = "entity_type_votes";
    if (!has_votes_) has_votes_ = db_.tableExists("entity_type_votes") ? 1 : 0;
    if (*has_votes_ == 0) return;
    each_reference_row("SELECT document, entity, type, mentions FROM entity_type_votes "
                       "WHERE document > ? AND document <= ? ORDER BY document, entity, type",
                       after, last, [](GraphDocumentBuilder& b, std::size_t ref, SQLite::Statement& q) {
                         b.vote(ref, q.getColumn(2).getString(), q.getColumn(3).getInt());
                       });
  }

  void read_mentions(std::int64_t after, std::int64_t last) {
    table_ = "mentions";
    each_reference_row(
        "SELECT document, entity, text FROM mentions WHERE document > ? AND document <= ? "
        "AND entity IS NOT NULL AND resolved_from IS NULL AND end > start ORDER BY document, id",
        after, last,
        [](GraphDocumentBuilder& b, std::size_t ref, SQLite::Statement& q) { b.alias(ref, q.getColumn(2).getString()); });
  }

  void read_relations(std::int64_t after, std::int64_t last) {
    table_ = "relations";
    each_document_row("SELECT r.document, r.head, r.type, r.tail, r.role, r.evidence_text, "
                      "(SELECT COUNT(*) FROM relation_evidence e WHERE e.relation = r.id) "
                      "FROM relations r WHERE r.document > ? AND r.document <= ? ORDER BY r.id",
                      after, last, [this](std::size_t di, SQLite::Statement& q) {
                        const auto head = ref_of_[di].find(q.getColumn(1).getInt64());
                        const auto tail = ref_of_[di].find(q.getColumn(3).getInt64());
                        if (head == ref_of_[di].end() || tail == ref_of_[di].end()) return;
                        builders_[di].relation(head->second, tail->second, q.getColumn(2).getString(),
                                               q.getColumn(4).getString(), q.getColumn(5).getString(), q.getColumn(6).getInt());
                      });
  }

  // Runs `sql`, whose column 0 is a document of the window and whose two parameters bound
  // the window's document ids (after, last], and calls `f(index in builders_, row)` for each row.
  template <typename F>
  void each_document_row(const char* sql, std::int64_t after, std::int64_t last, F f) {
    SQLite::Statement q(db_, sql);
    q.bind(1, after);
    q.bind(2, last);
    while (q.executeStep()) f(doc_index_.at(q.getColumn(0).getInt64()), q);
  }

  // each_document_row() for a `sql` whose column 1 is an entity: calls `f(builder,
  // reference, row)` for each row whose entity the document references.
  template <typename F>
  void each_reference_row(const char* sql, std::int64_t after, std::int64_t last, F f) {
    each_document_row(sql, after, last, [this, &f](std::size_t di, SQLite::Statement& q) {
      const auto it = ref_of_[di].find(q.getColumn(1).getInt64());
      if (it != ref_of_[di].end()) f(builders_[di], it->second, q);
    });
  }
  SQLite::Database& db_;
  std::string& table_;
  std::int64_t window_;
  std::optional<int> has_votes_;
  std::vector<GraphDocumentBuilder> builders_;  // the window's documents
  std::vector<std::string> hashes_;             // their content_hash
  std::unordered_map<std::int64_t, std::size_t> doc_index_;       // documents.id -> builders_
  std::vector<std::unordered_map<std::int64_t, std::size_t>> ref_of_;  // per doc: entity id -> ref
};

}  // namespace

void for_each_graph_document(const std::string& path,
                             const std::function<void(GraphDocument&&, const std::string& content_hash)>& visit,
                             std::size_t window) {
  std::string table = "meta";
  try {
    SQLite::Database db = open_read_only(path, "documents");
    GraphDocumentReader reader(db, table, window);
    reader.each(visit);
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(path + ": cannot read table " + table + ": " + e.what());
  } catch (const std::out_of_range&) {
    throw std::runtime_error(path + ": table " + table + " refers to a missing document or entity");
  }
}

std::vector<GraphDocument> load_graph_documents(const std::string& path, std::vector<std::string>* content_hashes) {
  std::vector<GraphDocument> docs;
  if (content_hashes) content_hashes->clear();
  for_each_graph_document(path, [&](GraphDocument&& d, const std::string& hash) {
    docs.push_back(std::move(d));
    if (content_hashes) content_hashes->push_back(hash);
  });
  return docs;
}

KnowledgeGraph load_graph_from_sqlite(const std::string& path, const GraphOptions& options) {
  GraphBuilder builder(options);
  for_each_graph_document(path, [&](GraphDocument&& d, const std::string&) { builder.add(d); });
  return std::move(builder).finish();
}

}  // namespace gazette
