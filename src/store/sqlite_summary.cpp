// sqlite_totals(): what a gazette database holds, for the CLI's summaries (sqlite.hpp).
#include "gazette/sqlite.hpp"

#include "sqlite_writer_impl.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <stdexcept>

namespace gazette {

SqliteTotals sqlite_totals(const std::string& path, std::size_t top_speakers) {
  SqliteTotals t;
  try {
    if (!sqlite_detail::file_exists(path)) throw std::runtime_error(path + ": no such database file");
    sqlite_detail::require_regular_file(path);
    SQLite::Database db = sqlite_detail::open_read_only(path, "documents");
    auto count = [&](const char* sql) { return static_cast<std::size_t>(db.execAndGet(sql).getInt64()); };
    t.documents = count("SELECT COUNT(*) FROM documents");
    t.entities = count("SELECT COUNT(*) FROM entities");
    t.quotes = count("SELECT COUNT(*) FROM quotes");
    t.relations = count("SELECT COUNT(*) FROM relations");
    // Ties by name, so the list does not depend on row order.
    SQLite::Statement q(db,
                        "SELECT e.name, COUNT(*) AS n FROM quotes q JOIN entities e ON e.id = q.speaker "
                        "GROUP BY e.id ORDER BY n DESC, e.name LIMIT ?");
    q.bind(1, static_cast<std::int64_t>(top_speakers));
    while (q.executeStep()) t.speakers.emplace_back(q.getColumn(0).getString(), static_cast<std::size_t>(q.getColumn(1).getInt64()));
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(path + ": cannot read the SQLite database: " + e.what());
  }
  return t;
}

}  // namespace gazette
