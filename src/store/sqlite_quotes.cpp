// load_quotes, select_quotes, for_each_selected_quote (sqlite.hpp): the quotes of a
// database with their speaker, the entities they are about and their document, for
// the HTML report (a capped selection, streamed) and the quotations table.
#include "gazette/sqlite.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/exporter.hpp"
#include "sqlite_writer_impl.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <limits>
#include <map>
#include <optional>
#include <stdexcept>

namespace gazette {

using namespace sqlite_detail;

namespace {

constexpr std::size_t kNoLimit = std::numeric_limits<std::size_t>::max();

// The quotes a group shows at level `level` (kNoLimit: no total cap).
std::size_t shown_at(const QuoteSelection::Group& g, std::size_t own_limit, std::size_t level) {
  return std::min({g.total, own_limit, level});
}

// The columns 1-9 of a quote's row (doc_id, date, url, start, kind, cue, speaker name and
// key, text: the SELECTs below) into r, whose strings keep their room (Query, row 23.242).
void read_quote_columns(const Query& q, QuoteRecord& r) {
  q.text(1, r.document);
  q.text(2, r.date);
  q.text(3, r.url);
  r.start = q.int64(4);
  q.text(5, r.kind);
  q.text(6, r.cue);
  q.text(7, r.speaker);
  q.text(8, r.speaker_key);
  q.text(9, r.text);
}

// One more entity the quote in r is about: columns 1-2 (name, key) of `about`'s row.
void read_about(const Query& about, QuoteRecord& r) {
  about.text(1, r.about.emplace_back());
  about.text(2, r.about_keys.emplace_back());
}

}  // namespace

std::string quote_rank_sql() {
  return "SELECT q.id AS id, q.speaker IS NULL AS unknown, row_number() OVER (PARTITION BY q.speaker " +
         std::string(kQuoteRankOrder) + ") AS rank FROM quotes q JOIN documents d ON d.id = q.document";
}

std::vector<QuoteRecord> load_quotes(const std::string& path) {
  std::string table = "quotes";
  try {
    SQLite::Database db = open_read_only(path, "quotes");
    std::vector<QuoteRecord> out;
    std::map<std::int64_t, std::size_t> index;  // quotes.id -> out
    {
      Query q(db,
              "SELECT q.id, d.doc_id, d.date, d.url, q.start, q.kind, q.cue, s.name, s.key, q.text "
              "FROM quotes q JOIN documents d ON d.id = q.document "
              "LEFT JOIN entities s ON s.id = q.speaker ORDER BY q.id");
      while (q.step()) {
        QuoteRecord r;
        read_quote_columns(q, r);
        index.emplace(q.int64(0), out.size());
        out.push_back(std::move(r));
      }
    }
    table = "quote_about";
    Query q(db,
            "SELECT qa.quote, e.name, e.key FROM quote_about qa JOIN entities e ON e.id = qa.entity "
            "ORDER BY qa.quote, e.id");
    while (q.step()) {
      const auto it = index.find(q.int64(0));
      if (it != index.end()) read_about(q, out[it->second]);
    }
    return out;
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(path + ": cannot read table " + table + ": " + e.what());
  }
}

void for_each_quote(const std::string& path, const std::function<void(const QuoteRecord&)>& visit) {
  for_each_selected_quote(path, QuoteSelection{}, visit);  // nothing cut: every quote
}

namespace {

// The selection of the quotes of `groups` (their key, name and total set), each group
// a speaker's (key "": the unknown speaker's), under `caps`: select_quotes() of a
// database, WrittenQuotes::select() of the quotes a writer kept (row 23.394).
QuoteSelection select_from_groups(std::vector<QuoteSelection::Group> groups, const QuoteCaps& caps) {
  QuoteSelection s;
  s.caps = caps;
  for (const auto& g : groups) s.total += g.total;
  const std::size_t named = caps.per_speaker ? caps.per_speaker : kNoLimit;
  auto own = [&](const QuoteSelection::Group& g) { return g.key.empty() ? kNoLimit : named; };
  auto shown = [&](std::size_t level) {
    std::size_t n = 0;
    for (const auto& g : groups) n += shown_at(g, own(g), level);
    return n;
  };
  std::size_t level = kNoLimit;
  if (caps.total && shown(kNoLimit) > caps.total) {
    // The largest level with at most caps.total quotes: shown() grows with the level.
    std::size_t low = 0, high = 0;
    for (const auto& g : groups) high = std::max(high, g.total);
    while (low < high) {
      const std::size_t mid = low + (high - low + 1) / 2;
      if (shown(mid) <= caps.total)
        low = mid;
      else
        high = mid - 1;
    }
    // Every group keeps one quote at least: with more speakers than caps.total, level 0
    // would show none (the page already draws every speaker, so one quote each is bounded
    // by the graph); so the total may be exceeded by at most one quote a group.
    level = std::max<std::size_t>(low, 1);
  }
  s.named_limit = std::min(named, level);
  s.unknown_limit = level;
  for (auto& g : groups) {
    g.shown = shown_at(g, own(g), level);
    s.shown += g.shown;
    if (g.shown < g.total) s.cut.push_back(std::move(g));
  }
  std::sort(s.cut.begin(), s.cut.end(), [](const auto& a, const auto& b) {
    return a.total != b.total ? a.total > b.total : a.key < b.key;
  });
  return s;
}

}  // namespace

QuoteSelection select_quotes(const std::string& path, const QuoteCaps& caps) {
  try {
    SQLite::Database db = open_read_only(path, "quotes");
    std::vector<QuoteSelection::Group> groups;
    SQLite::Statement q(db,
                        "SELECT e.key, e.name, count(*) FROM quotes q JOIN documents d ON d.id = q.document "
                        "LEFT JOIN entities e ON e.id = q.speaker GROUP BY q.speaker");
    while (q.executeStep()) {
      QuoteSelection::Group g;
      g.key = q.getColumn(0).getString();
      g.name = q.getColumn(1).getString();
      g.total = static_cast<std::size_t>(q.getColumn(2).getInt64());
      groups.push_back(std::move(g));
    }
    return select_from_groups(std::move(groups), caps);
  } catch (const SQLite::Exception& e) {
    throw std::runtime_error(path + ": cannot read table quotes: " + e.what());
  }
}

// Row 23.394: what a writer wrote, kept (sqlite.hpp). Each row is charged its strings'
// bytes, twice its own size (a vector's spare room) and 32 bytes of allocation; past
// kBudget everything is dropped (news-2213's 17,480 quotes: about 10 MB charged).
bool WrittenQuotes::charge(std::size_t bytes) {
  bytes_ += bytes + 32;
  if (bytes_ <= kBudget) return true;
  drop();
  return false;
}

void WrittenQuotes::drop() {
  complete_ = false;
  std::vector<Doc>().swap(docs_);
  std::vector<Named>().swap(entities_);
  std::vector<Quote>().swap(quotes_);
}

void WrittenQuotes::add_document(std::int64_t row, std::string_view id, std::string_view date, std::string_view url) {
  if (!complete_) return;
  if (row != static_cast<std::int64_t>(docs_.size()) + 1) return drop();
  if (charge(id.size() + date.size() + url.size() + 2 * sizeof(Doc)))
    docs_.push_back(Doc{std::string(id), std::string(date), std::string(url)});
}

void WrittenQuotes::add_entity(std::int64_t row, std::string_view name, std::string_view key) {
  if (!complete_) return;
  if (row != static_cast<std::int64_t>(entities_.size()) + 1) return drop();
  if (charge(name.size() + key.size() + 2 * sizeof(Named)))
    entities_.push_back(Named{std::string(name), std::string(key)});
}

void WrittenQuotes::add_quote(std::int64_t row, std::int64_t start, bool direct, std::string_view cue,
                              std::int64_t speaker, std::string_view text, std::vector<std::int64_t> about) {
  if (!complete_) return;
  if (row != static_cast<std::int64_t>(quotes_.size()) + 1 || docs_.empty()) return drop();
  std::sort(about.begin(), about.end());
  about.erase(std::unique(about.begin(), about.end()), about.end());
  const auto known = [this](std::int64_t e) { return e >= 1 && e <= static_cast<std::int64_t>(entities_.size()); };
  if ((speaker != 0 && !known(speaker)) || !std::all_of(about.begin(), about.end(), known)) return drop();
  if (!charge(cue.size() + text.size() + 8 * about.size() + 2 * sizeof(Quote))) return;
  quotes_.push_back(Quote{docs_.size() - 1, start, speaker, direct, std::string(cue), std::string(text), std::move(about)});
}

// The groups of select_quotes()'s GROUP BY q.speaker, in its order (no speaker first,
// then by entity row), with the names and keys it joins.
QuoteSelection WrittenQuotes::select(const QuoteCaps& caps) const {
  std::map<std::int64_t, std::size_t> count;  // speaker row (0: none) -> quotes
  for (const Quote& q : quotes_) ++count[q.speaker];
  std::vector<QuoteSelection::Group> groups;
  for (const auto& [speaker, n] : count) {
    QuoteSelection::Group& g = groups.emplace_back();
    if (speaker != 0) {
      g.key = entities_[static_cast<std::size_t>(speaker - 1)].key;
      g.name = entities_[static_cast<std::size_t>(speaker - 1)].name;
    }
    g.total = n;
  }
  return select_from_groups(std::move(groups), caps);
}

// The records for_each_quote() reads back: NULL texts as "", the subjects by entity row.
void WrittenQuotes::each(const std::function<void(const QuoteRecord&)>& visit) const {
  QuoteRecord r;
  for (const Quote& q : quotes_) {
    const Doc& d = docs_[q.doc];
    r.document.assign(d.id);
    r.date.assign(d.date);
    r.url.assign(d.url);
    r.start = q.start;
    r.kind.assign(q.direct ? "direct" : "indirect");
    r.cue.assign(q.cue);
    const Named* speaker = q.speaker ? &entities_[static_cast<std::size_t>(q.speaker - 1)] : nullptr;
    r.speaker.assign(speaker ? speaker->name : std::string());
    r.speaker_key.assign(speaker ? speaker->key : std::string());
    r.text.assign(q.text);
    r.about.clear();
    r.about_keys.clear();
    for (const std::int64_t e : q.about) {
      r.about.push_back(entities_[static_cast<std::size_t>(e - 1)].name);
      r.about_keys.push_back(entities_[static_cast<std::size_t>(e - 1)].key);
    }
    visit(r);
  }
}

void for_each_selected_quote(const std::string& path, const QuoteSelection& selection,
                             const std::function<void(const QuoteRecord&)>& visit) {
  std::string table = "quotes";
  try {
    SQLite::Database db = open_read_only(path, "quotes");
    const std::string columns = "q.id, d.doc_id, d.date, d.url, q.start, q.kind, q.cue, s.name, s.key, q.text";
    const std::string from = "FROM quotes q JOIN documents d ON d.id = q.document LEFT JOIN entities s ON s.id = q.speaker";
    std::string sql;
    if (!selection.capped()) {
      sql = "SELECT " + columns + " " + from + " ORDER BY q.id";
    } else {
      // Only ids are ranked (the window sorts small rows); the text is read for the
      // selected quotes alone.
      sql = "WITH ranked AS (" + quote_rank_sql() + ") SELECT " + columns +
            " FROM ranked r JOIN quotes q ON q.id = r.id JOIN documents d ON d.id = q.document LEFT JOIN entities s ON "
            "s.id = q.speaker WHERE r.rank <= CASE WHEN r.unknown THEN ?2 ELSE ?1 END ORDER BY q.id";
    }
    Query q(db, sql);
    if (selection.capped()) {
      auto bound = [](std::size_t n) {
        return static_cast<std::int64_t>(std::min<std::size_t>(n, std::numeric_limits<std::int64_t>::max()));
      };
      q.bind(1, bound(selection.named_limit));
      q.bind(2, bound(selection.unknown_limit));
    }
    // The entities a quote is about, by entity id. Every quote read (not capped): one
    // walk of quote_about in its primary key's order (quote, entity), beside the quotes
    // in id order, instead of a look-up per quote (row 23.154: the report of news-2213
    // read its 17,354 quotes' 26,107 rows in 17,354 searches); the same rows in the same
    // order. A capped selection may read few of many quotes: a look-up each.
    const bool walk = !selection.capped();
    Query about(db, walk ? "SELECT qa.quote, e.name, e.key FROM quote_about qa JOIN entities e ON "
                                       "e.id = qa.entity ORDER BY qa.quote, qa.entity"
                                     : "SELECT NULL, e.name, e.key FROM quote_about qa JOIN entities e ON "
                                       "e.id = qa.entity WHERE qa.quote = ? ORDER BY e.id");
    std::optional<bool> about_row;  // walk: whether it holds a row not yet given; first stepped at the first quote
    QuoteRecord r;
    while (q.step()) {
      table = "quotes";
      read_quote_columns(q, r);
      r.about.clear();
      r.about_keys.clear();
      table = "quote_about";
      const std::int64_t id = q.int64(0);
      if (walk) {
        if (!about_row) about_row = about.step();
        while (*about_row && about.int64(0) < id) about_row = about.step();
        for (; *about_row && about.int64(0) == id; about_row = about.step()) read_about(about, r);
      } else {
        about.bind(1, id);
        while (about.step()) read_about(about, r);
        about.reset();
      }
      visit(r);
    }
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
