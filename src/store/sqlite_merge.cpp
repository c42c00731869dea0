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
#include <vector>

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

  // How one selected column of a shard table reaches the database row.
  enum class Col {
    Id,        // the row's own id in the shard: not inserted; recorded in TableCopy::ids
    Copy,      // as it is
    Document,  // a shard document id, mapped; a row of a document not copied is skipped
    Entity,    // a shard entity id, mapped (the entity inserted when new); none: the row is skipped
    EntityOrNull,  // the same; none: NULL
    KnownEntity,   // an entity already mapped by an earlier table; none: skipped (aliases)
    Quote,     // a shard quote id, mapped; none: skipped
    Relation,  // a shard relation id, mapped; none: skipped
  };
  // One table copied row by row: the shard's rows (in the order a build inserts them),
  // the writer's INSERT they go through (its parameters are the non-Id columns, in
  // order), and what is kept of each row.
  struct TableCopy {
    const char* table;
    const char* select;
    std::optional<SQLite::Statement> Impl::*insert;
    std::vector<Col> columns;
    IdMap ShardMerge::*ids = nullptr;            // shard id -> new id (with a Col::Id column)
    std::size_t MergeStats::*count = nullptr;    // rows copied, counted
    bool votes = false;                          // each row is a type vote for its entity
  };

  // The target id of a key column; nullopt: the shard row points at nothing copied.
  std::optional<std::int64_t> key(Col kind, const SQLite::Column& c) {
    switch (kind) {
      case Col::Document: return mapped(doc_map, c);
      case Col::Entity:
      case Col::EntityOrNull: return map_entity(c);
      case Col::KnownEntity: return mapped(entity_map, c);
      case Col::Quote: return mapped(quote_map, c);
      case Col::Relation: return mapped(relation_map, c);
      default: return std::nullopt;
    }
  }

  // Binds one shard row to `ins`; false when it must be skipped. A missing document,
  // quote, relation or known entity skips it at once (nothing after it is looked up);
  // a missing Entity skips it after the other columns are mapped.
  bool bind_row(const TableCopy& t, SQLite::Statement& row, SQLite::Statement& ins, std::int64_t& entity) {
    bool keep = true;
    int param = 0;
    for (std::size_t i = 0; i < t.columns.size(); ++i) {
      const Col kind = t.columns[i];
      const auto c = row.getColumn(static_cast<int>(i));
      if (kind == Col::Id) continue;
      ++param;
      if (kind == Col::Copy) { bind_column(ins, param, c); continue; }
      const auto id = key(kind, c);
      if (id) {
        ins.bind(param, *id);
        if (kind == Col::Entity) entity = *id;
      } else if (kind == Col::EntityOrNull) {
        ins.bind(param);
      } else if (kind == Col::Entity) {
        keep = false;
      } else {
        return false;
      }
    }
    return keep;
  }

  void copy_table(const TableCopy& t) {
    table = t.table;
    SQLite::Statement q(src, t.select);
    auto& ins = *(m.*t.insert);
    while (q.executeStep()) {
      std::int64_t entity = 0;
      if (!bind_row(t, q, ins, entity)) continue;
      sqlite_detail::run(ins);
      if (t.ids) (this->*t.ids).emplace(q.getColumn(0).getInt64(), m.db->getLastInsertRowid());
      if (t.count) ++(stats.*t.count);
      if (t.votes) m.vote(entity, q.getColumn(2).getString());
    }
  }

  // The tables after documents and entities, in the order the id maps need.
  static const std::vector<TableCopy>& row_tables() {
    using C = Col;
    static const std::vector<TableCopy> tables = {
        // Entities in order of first appearance, as a build inserts them.
        {"document_entities",
         "SELECT document, entity, position, mentions FROM document_entities ORDER BY document, position",
         &Impl::insert_doc_entity, {C::Document, C::Entity, C::Copy, C::Copy}},
        // The types the copied documents gave their entities; commit() settles them.
        {"entity_type_votes",
         "SELECT document, entity, type, mentions FROM entity_type_votes ORDER BY document, entity, type",
         &Impl::insert_vote, {C::Document, C::Entity, C::Copy, C::Copy}, nullptr, nullptr, true},
        {"sentences", "SELECT document, idx, paragraph, start, end, text FROM sentences ORDER BY document, idx",
         &Impl::insert_sentence, {C::Document, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy}},
        {"mentions",
         "SELECT document, entity, sentence, start, end, text, type, rule, resolved_from FROM mentions ORDER BY id",
         &Impl::insert_mention,
         {C::Document, C::EntityOrNull, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy}},
        {"quotes",
         "SELECT id, document, speaker, sentence, start, end, text, kind, cue, speaker_from, rule "
         "FROM quotes ORDER BY id",
         &Impl::insert_quote,
         {C::Id, C::Document, C::EntityOrNull, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy},
         &ShardMerge::quote_map, &MergeStats::quotes_added},
        {"quote_about", "SELECT quote, entity FROM quote_about ORDER BY quote, entity", &Impl::insert_about,
         {C::Quote, C::Entity}},
        {"relations",
         "SELECT id, document, head, type, tail, role, cue, evidence_start, evidence_end, evidence_text, confidence, "
         "rule FROM relations ORDER BY id",
         &Impl::insert_relation,
         {C::Id, C::Document, C::Entity, C::Copy, C::Entity, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy, C::Copy,
          C::Copy},
         &ShardMerge::relation_map, &MergeStats::relations_added},
        {"relation_evidence", "SELECT relation, idx, start, end, text FROM relation_evidence ORDER BY relation, idx",
         &Impl::insert_evidence, {C::Relation, C::Copy, C::Copy, C::Copy, C::Copy}},
        // Aliases of every entity the copied rows refer to (a set: the union over shards).
        {"aliases", "SELECT entity, alias FROM aliases ORDER BY entity, alias", &Impl::insert_alias,
         {C::KnownEntity, C::Copy}},
    };
    return tables;
  }

  // Every table, in the order the id maps need; nothing but documents when all the
  // shard's texts are stored already.
  void copy_tables() {
    copy_documents();
    if (doc_map.empty()) return;
    read_entities();
    for (const TableCopy& t : row_tables()) copy_table(t);
  }
};

MergeStats SqliteWriter::merge(const std::string& shard) {
  if (!impl_) throw std::logic_error("SqliteWriter::merge() before open()");
  Impl& m = *impl_;
  MergeStats stats;
  if (m.path != ":memory:" && same_file(shard, m.path)) return stats;  // merging a database into itself
  m.written.reset();  // rows the writer did not write (row 23.394)

  std::optional<SQLite::Database> src;
  open_shard(src, shard);
  try {
    m.db->exec("SAVEPOINT gazette_merge");
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(m.path + ": cannot merge " + shard + ": " + e.what());
  }
  Impl::ShardMerge copy(m, *src, stats);
  m.forget_row_ids();  // the merge inserts quotes, relations and entities through its own statements
  m.aliases_complete = false;  // and aliases it does not record in known_aliases (row 23.243)
  try {
    copy.copy_tables();
    copy.table = "savepoint";
    m.db->exec("RELEASE gazette_merge");
  } catch (const std::exception& e) {
    const std::string message = m.path + ": cannot merge " + shard + " (table " + copy.table + "): " + e.what();
    m.entity_ids.clear();  // it may name entities the rollback removes
    m.entity_ids_complete = false;  // and no longer holds those it keeps
    m.entity_types.clear();
    m.known_aliases.clear();  // the rollback may remove aliases the merge's entities brought
    Impl::roll_back(impl_, "gazette_merge", message);
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
