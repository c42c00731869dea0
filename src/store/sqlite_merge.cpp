// Merging gazette databases (sqlite.hpp, MERGING SHARDS): SqliteWriter::merge() and
// merge_sqlite().
//
// HOW
//   A hot journal left by a killed build of the shard is rolled back first
//   (sqlite_detail::roll_back_hot_journal(), as load_graph_documents() does); then the
//   shard is opened read-only on its own connection (no ATTACH: an attached
//   database cannot be detached before the transaction ends, and SQLite allows ten)
//   and read table by table in id order; every row goes through the writer's prepared
//   INSERT statements, in the writer's transaction, inside a savepoint per shard.
//   Ids are remapped with in-memory maps (shard id -> database id):
//     documents  by content_hash: a stored text is skipped with all its rows;
//     entities   by key, in order of first appearance in the copied documents
//                (document_entities by document, position), which is the order a
//                build inserts them in; an existing entity keeps its row and name;
//     quotes, relations: new ids, for quote_about and relation_evidence;
//     entity_type_votes are copied, and commit() settles the type of every entity
//     a copied vote could retype (settle_type() of all its votes: order-free).
//   Mentions and quotes pointing to an entity the shard does not have get NULL (as
//   ON DELETE SET NULL would leave them); such quote_about rows and relations are
//   dropped. A writer-made shard has none.
// COST
//   One pass over each shard table plus one indexed look-up per document (content
//   hash) and per distinct entity key; memory holds the id maps (a few integers per
//   document, entity, quote and relation of the shard).
#include "gazette/sqlite.hpp"

#include "sqlite_writer_impl.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <filesystem>
#include <optional>
#include <stdexcept>
#include <unordered_map>

namespace gazette {

namespace {

using IdMap = std::unordered_map<std::int64_t, std::int64_t>;

// Binds a column of another statement as it is (NULL stays NULL).
void bind_column(SQLite::Statement& s, int index, const SQLite::Column& c) {
  if (c.isNull())
    s.bind(index);
  else if (c.isInteger())
    s.bind(index, c.getInt64());
  else if (c.isFloat())
    s.bind(index, c.getDouble());
  else if (c.isBlob())
    s.bind(index, c.getBlob(), c.getBytes());
  else
    s.bind(index, c.getString());
}

std::optional<std::int64_t> mapped(const IdMap& map, const SQLite::Column& c) {
  if (c.isNull()) return std::nullopt;
  const auto it = map.find(c.getInt64());
  if (it == map.end()) return std::nullopt;
  return it->second;
}

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  const bool same = std::filesystem::equivalent(a, b, ec);
  return !ec && same;
}

constexpr const char* kShardTables[] = {"documents", "entities", "aliases", "document_entities",
                                        "entity_type_votes", "sentences", "mentions", "quotes", "quote_about",
                                        "relations", "relation_evidence"};

// Opens `shard` read-only into `src` after the checks a merge needs. throws
// std::runtime_error naming the shard.
void open_shard(std::optional<SQLite::Database>& src, const std::string& shard) {
  try {
    if (!sqlite_detail::file_exists(shard)) throw std::runtime_error(shard + ": no such database file");
    // A shard whose build was killed has a hot journal, which a read-only connection
    // cannot roll back.
    sqlite_detail::roll_back_hot_journal(shard);
    src.emplace(shard, SQLite::OPEN_READONLY, 5000);
    sqlite_detail::check_schema_version(*src, shard);
    sqlite_detail::check_writable_version(*src, shard, "merge it");
    sqlite_detail::check_gazette_database(*src, shard, "merge it");
    for (const char* t : kShardTables)
      if (!src->tableExists(t))
        throw std::runtime_error(shard + ": not a gazette database (no " + std::string(t) + " table)");
  } catch (const SQLite::Exception& e) {
    std::string message = shard + ": cannot open the SQLite database: " + e.what();
    if (sqlite_detail::file_exists(shard + "-journal"))
      message += " (the hot journal " + shard + "-journal left by an interrupted write could not be "
                 "rolled back: the database and its directory must be writable for that)";
    throw std::runtime_error(message);
  }
}

}  // namespace

// One shard being copied: its connection, the id maps (shard id -> database id) and
// the counts; one member per table, run in the order of copy_tables().
struct SqliteWriter::Impl::ShardMerge {
  // Shard entity rows, read once; entities are copied when a copied row refers to them.
  struct EntityRow {
    GraphDocument::EntityRef ref;  // key, label (name), type, gazetteer_id
    std::string wikidata;
  };

  ShardMerge(Impl& writer, SQLite::Database& shard, MergeStats& counts) : m(writer), src(shard), stats(counts) {}

  Impl& m;
  SQLite::Database& src;
  MergeStats& stats;
  std::string table = "documents";  // being copied, for error messages
  std::unordered_map<std::int64_t, EntityRow> shard_entities;
  IdMap doc_map, entity_map, quote_map, relation_map;

  // The shard entity `c` in this database (inserted when its key is new), or nullopt
  // when the shard has no such entity.
  std::optional<std::int64_t> map_entity(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    const std::int64_t id = c.getInt64();
    if (const auto it = entity_map.find(id); it != entity_map.end()) return it->second;
    const auto row = shard_entities.find(id);
    if (row == shard_entities.end()) return std::nullopt;
    const std::int64_t target = target_entity(row->second);
    entity_map.emplace(id, target);
    return target;
  }

  // The database id of the entity with `row`'s key: cached, found, or inserted.
  std::int64_t target_entity(const EntityRow& row) {
    const auto& ref = row.ref;
    if (const auto cached = m.entity_ids.find(ref.key); cached != m.entity_ids.end()) return cached->second;
    std::int64_t target = 0;
    auto& find = *m.find_entity;
    sqlite_detail::bind_text(find, 1, ref.key);
    if (find.executeStep()) {
      target = find.getColumn(0).getInt64();
      m.entity_types[target] = find.getColumn(1).getString();
      find.reset();
    } else {
      find.reset();
      auto& s = *m.insert_entity;
      sqlite_detail::bind_text(s, 1, ref.key);
      sqlite_detail::bind_text(s, 2, ref.label);
      sqlite_detail::bind_text(s, 3, ref.type);
      sqlite_detail::bind_text_or_null(s, 4, ref.gazetteer_id);
      sqlite_detail::bind_text_or_null(s, 5, row.wikidata);
      sqlite_detail::run(s);
      target = m.db->getLastInsertRowid();
      m.entity_types[target] = ref.type;
      ++stats.entities_added;
    }
    m.entity_ids.emplace(ref.key, target);
    return target;
  }

  // Documents whose content hash the database lacks; a stored text is skipped with
  // all its rows.
  void copy_documents() {
    table = "documents";
    SQLite::Statement q(src,
                        "SELECT id, doc_id, source, title, date, url, outlet, content_hash, length "
                        "FROM documents ORDER BY id");
    auto& has = *m.has_doc;
    auto& ins = *m.insert_doc;
    while (q.executeStep()) {
      bind_column(has, 1, q.getColumn(7));
      const bool known = has.executeStep();
      has.reset();
      if (known) {
        ++stats.documents_skipped;
        continue;
      }
      for (int i = 1; i <= 8; ++i) bind_column(ins, i, q.getColumn(i));
      sqlite_detail::run(ins);
      doc_map.emplace(q.getColumn(0).getInt64(), m.db->getLastInsertRowid());
      ++stats.documents_added;
    }
  }

  void read_entities() {
    table = "entities";
    SQLite::Statement q(src, "SELECT id, key, name, type, gazetteer_id, wikidata FROM entities");
    while (q.executeStep()) {
      EntityRow row;
      row.ref.key = q.getColumn(1).getString();
      row.ref.label = q.getColumn(2).getString();
      row.ref.type = q.getColumn(3).getString();
      row.ref.gazetteer_id = q.getColumn(4).getString();
      row.wikidata = q.getColumn(5).getString();
      shard_entities.emplace(q.getColumn(0).getInt64(), std::move(row));
    }
  }

  // Rows (document, entity, x, y) of a per-document entity table, both ids mapped to
  // the target's; `copied(entity, row)` sees each row copied.
  template <class Copied>
  void copy_document_entity_rows(const char* select, SQLite::Statement& ins, Copied&& copied) {
    SQLite::Statement q(src, select);
    while (q.executeStep()) {
      const auto doc = mapped(doc_map, q.getColumn(0));
      if (!doc) continue;
      const auto entity = map_entity(q.getColumn(1));
      if (!entity) continue;
      ins.bind(1, *doc);
      ins.bind(2, *entity);
      bind_column(ins, 3, q.getColumn(2));
      bind_column(ins, 4, q.getColumn(3));
      sqlite_detail::run(ins);
      copied(*entity, q);
    }
  }

  void copy_document_entities() {
    // Entities in order of first appearance, as a build inserts them.
    table = "document_entities";
    copy_document_entity_rows("SELECT document, entity, position, mentions FROM document_entities "
                              "ORDER BY document, position",
                              *m.insert_doc_entity, [](auto, const SQLite::Statement&) {});
    // The types the copied documents gave their entities; commit() settles them.
    table = "entity_type_votes";
    copy_document_entity_rows("SELECT document, entity, type, mentions FROM entity_type_votes "
                              "ORDER BY document, entity, type",
                              *m.insert_vote,
                              [&](auto entity, SQLite::Statement& row) { m.vote(entity, row.getColumn(2).getString()); });
  }

  void copy_sentences() {
    table = "sentences";
    SQLite::Statement q(src, "SELECT document, idx, paragraph, start, end, text FROM sentences ORDER BY document, idx");
    auto& ins = *m.insert_sentence;
    while (q.executeStep()) {
      const auto doc = mapped(doc_map, q.getColumn(0));
      if (!doc) continue;
      ins.bind(1, *doc);
      for (int i = 1; i <= 5; ++i) bind_column(ins, i + 1, q.getColumn(i));
      sqlite_detail::run(ins);
    }
  }

  void copy_mentions() {
    table = "mentions";
    SQLite::Statement q(src,
                        "SELECT document, entity, sentence, start, end, text, type, rule, resolved_from "
                        "FROM mentions ORDER BY id");
    auto& ins = *m.insert_mention;
    while (q.executeStep()) {
      const auto doc = mapped(doc_map, q.getColumn(0));
      if (!doc) continue;
      ins.bind(1, *doc);
      if (const auto entity = map_entity(q.getColumn(1))) ins.bind(2, *entity); else ins.bind(2);
      for (int i = 2; i <= 8; ++i) bind_column(ins, i + 1, q.getColumn(i));
      sqlite_detail::run(ins);
    }
  }

  void copy_quotes() {
    table = "quotes";
    SQLite::Statement q(src,
                        "SELECT id, document, speaker, sentence, start, end, text, kind, cue, speaker_from, rule "
                        "FROM quotes ORDER BY id");
    auto& ins = *m.insert_quote;
    while (q.executeStep()) {
      const auto doc = mapped(doc_map, q.getColumn(1));
      if (!doc) continue;
      ins.bind(1, *doc);
      if (const auto speaker = map_entity(q.getColumn(2))) ins.bind(2, *speaker); else ins.bind(2);
      for (int i = 3; i <= 10; ++i) bind_column(ins, i, q.getColumn(i));
      sqlite_detail::run(ins);
      quote_map.emplace(q.getColumn(0).getInt64(), m.db->getLastInsertRowid());
      ++stats.quotes_added;
    }
  }

  void copy_quote_about() {
    table = "quote_about";
    SQLite::Statement q(src, "SELECT quote, entity FROM quote_about ORDER BY quote, entity");
    auto& ins = *m.insert_about;
    while (q.executeStep()) {
      const auto quote = mapped(quote_map, q.getColumn(0));
      if (!quote) continue;
      const auto entity = map_entity(q.getColumn(1));
      if (!entity) continue;
      ins.bind(1, *quote);
      ins.bind(2, *entity);
      sqlite_detail::run(ins);
    }
  }

  void copy_relations() {
    table = "relations";
    SQLite::Statement q(src,
                        "SELECT id, document, head, type, tail, role, cue, evidence_start, evidence_end, "
                        "evidence_text, confidence, rule FROM relations ORDER BY id");
    auto& ins = *m.insert_relation;
    while (q.executeStep()) {
      const auto doc = mapped(doc_map, q.getColumn(1));
      if (!doc) continue;
      const auto head = map_entity(q.getColumn(2));
      const auto tail = map_entity(q.getColumn(4));
      if (!head || !tail) continue;
      ins.bind(1, *doc);
      ins.bind(2, *head);
      bind_column(ins, 3, q.getColumn(3));
      ins.bind(4, *tail);
      for (int i = 5; i <= 11; ++i) bind_column(ins, i, q.getColumn(i));
      sqlite_detail::run(ins);
      relation_map.emplace(q.getColumn(0).getInt64(), m.db->getLastInsertRowid());
      ++stats.relations_added;
    }
  }

  void copy_relation_evidence() {
    table = "relation_evidence";
    SQLite::Statement q(src, "SELECT relation, idx, start, end, text FROM relation_evidence ORDER BY relation, idx");
    auto& ins = *m.insert_evidence;
    while (q.executeStep()) {
      const auto relation = mapped(relation_map, q.getColumn(0));
      if (!relation) continue;
      ins.bind(1, *relation);
      for (int i = 1; i <= 4; ++i) bind_column(ins, i + 1, q.getColumn(i));
      sqlite_detail::run(ins);
    }
  }

  // Aliases of every entity the copied rows refer to (a set: the union over shards).
  void copy_aliases() {
    table = "aliases";
    SQLite::Statement q(src, "SELECT entity, alias FROM aliases ORDER BY entity, alias");
    auto& ins = *m.insert_alias;
    while (q.executeStep()) {
      const auto entity = mapped(entity_map, q.getColumn(0));
      if (!entity) continue;
      ins.bind(1, *entity);
      bind_column(ins, 2, q.getColumn(1));
      sqlite_detail::run(ins);
    }
  }

  // Every table, in the order the id maps need; nothing but documents when all the
  // shard's texts are stored already.
  void copy_tables() {
    copy_documents();
    if (doc_map.empty()) return;
    read_entities();
    copy_document_entities();
    copy_sentences();
    copy_mentions();
    copy_quotes();
    copy_quote_about();
    copy_relations();
    copy_relation_evidence();
    copy_aliases();
  }
};

MergeStats SqliteWriter::merge(const std::string& shard) {
  if (!impl_) throw std::logic_error("SqliteWriter::merge() before open()");
  Impl& m = *impl_;
  MergeStats stats;
  if (m.path != ":memory:" && same_file(shard, m.path)) return stats;  // merging a database into itself

  std::optional<SQLite::Database> src;
  open_shard(src, shard);
  try {
    m.db->exec("SAVEPOINT gazette_merge");
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(m.path + ": cannot merge " + shard + ": " + e.what());
  }
  Impl::ShardMerge copy(m, *src, stats);
  try {
    copy.copy_tables();
    copy.table = "savepoint";
    m.db->exec("RELEASE gazette_merge");
  } catch (const std::exception& e) {
    const std::string message = m.path + ": cannot merge " + shard + " (table " + copy.table + "): " + e.what();
    m.reset_statements();
    m.entity_ids.clear();  // it may name entities the rollback removes
    m.entity_types.clear();
    if (m.db->tryExec("ROLLBACK TO gazette_merge") != SQLite::OK ||
        m.db->tryExec("RELEASE gazette_merge") != SQLite::OK) {
      impl_.reset();  // the transaction is unusable: roll everything back
      throw std::runtime_error(message + " (and the transaction could not be recovered)");
    }
    throw std::runtime_error(message);
  }
  added_ += stats.documents_added;
  skipped_ += stats.documents_skipped;
  return stats;
}

std::size_t merge_sqlite(const std::string& target, const std::vector<std::string>& shards) {
  SqliteWriter writer;
  writer.open(target);
  for (const auto& shard : shards) writer.merge(shard);
  writer.commit();
  return writer.documents_added();
}

}  // namespace gazette
