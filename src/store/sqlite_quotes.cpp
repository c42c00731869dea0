// load_quotes (sqlite.hpp): the quotes of a database with their speaker, the
// entities they are about and their document, for the HTML report and the
// quotations table.
#include "gazette/sqlite.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/exporter.hpp"
#include "sqlite_writer_impl.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>
#include <stdexcept>

namespace gazette {

using namespace sqlite_detail;

std::vector<QuoteRecord> load_quotes(const std::string& path) {
  std::string table = "quotes";
  try {
    if (path != ":memory:" && !file_exists(path)) throw std::runtime_error(path + ": no such database file");
    roll_back_hot_journal(path);
    SQLite::Database db(path, SQLite::OPEN_READONLY, 5000);
    check_schema_version(db, path);
    if (!db.tableExists("quotes")) throw std::runtime_error(path + ": not a gazette database (no quotes table)");
    std::vector<QuoteRecord> out;
    std::map<std::int64_t, std::size_t> index;  // quotes.id -> out
    {
      SQLite::Statement q(db,
                          "SELECT q.id, d.doc_id, d.date, d.url, q.start, q.kind, q.cue, s.name, s.key, q.text "
                          "FROM quotes q JOIN documents d ON d.id = q.document "
                          "LEFT JOIN entities s ON s.id = q.speaker ORDER BY q.id");
      while (q.executeStep()) {
        QuoteRecord r;
        r.document = q.getColumn(1).getString();
        r.date = q.getColumn(2).getString();
        r.url = q.getColumn(3).getString();
        r.start = q.getColumn(4).getInt64();
        r.kind = q.getColumn(5).getString();
        r.cue = q.getColumn(6).getString();
        r.speaker = q.getColumn(7).getString();
        r.speaker_key = q.getColumn(8).getString();
        r.text = q.getColumn(9).getString();
        index.emplace(q.getColumn(0).getInt64(), out.size());
        out.push_back(std::move(r));
      }
    }
    table = "quote_about";
    SQLite::Statement q(db,
                        "SELECT qa.quote, e.name, e.key FROM quote_about qa JOIN entities e ON e.id = qa.entity "
                        "ORDER BY qa.quote, e.id");
    while (q.executeStep()) {
      const auto it = index.find(q.getColumn(0).getInt64());
      if (it == index.end()) continue;
      out[it->second].about.push_back(q.getColumn(1).getString());
      out[it->second].about_keys.push_back(q.getColumn(2).getString());
    }
    return out;
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(path + ": cannot read table " + table + ": " + e.what());
  }
}

void write_datasette_metadata(const std::string& path, const std::string& database) {
  std::string text(builtin_file("src/store/datasette_metadata.json").value_or(""));
  const std::string marker = "{{database}}";
  const auto at = text.find(marker);
  if (at == std::string::npos) throw std::logic_error("datasette_metadata.json lacks " + marker);
  // A JSON string: the name is a file stem; escape what JSON needs.
  std::string name;
  for (const char c : database) {
    if (c == '"' || c == '\\') name += '\\';
    if (static_cast<unsigned char>(c) >= 0x20) name += c;
  }
  text.replace(at, marker.size(), name);
  AtomicFile file(path);
  file.stream() << text;
  file.commit();
}

}  // namespace gazette
