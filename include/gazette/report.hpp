// The HTML report: one self-contained page that shows the graph interactively
// (sigma.js 3 and graphology, the libraries Gephi Lite is built on, embedded from
// exporters/report/vendor/, see the NOTICE there; nothing is fetched at run time).
//
// WHAT IT SHOWS
//   Graph view: the vertices at their compute_layout() positions, coloured by type
//   (type_colour(), exporter.hpp) and sized by EntityNode::size; edges coloured by
//   relation type. A click on an entity lists its quotes (text, cue, about,
//   document, date) and its relations with their evidence samples (document,
//   sentence). Search by name or alias; filters by relation type, entity type, date
//   range (an entity or edge shows when its first..last dates meet the range) and
//   minimum documents. Speakers view: speakers by number of quotes, and a speaker's
//   quotes. Opened with "#selftest" in the URL, the page checks itself (the number
//   of entities sigma drew equals the graph's; a click on the entity with most
//   quotes lists them) and writes the result into <pre id="selftest">, for the
//   headless browser test (tests/e2e/report_browser.sh).
// FORMAT
//   exporters/report/report.html with report.css and report.js inlined, the vendor
//   bundles, and the data as JSON in <script type="application/json"> ("</" written
//   "<\/"). Deterministic: the same graph and quotes give the same bytes.
// BOUNDED QUOTES
//   The quotes come as a stream (ReportQuotes::each, one quote at a time, none kept
//   after it is written), so a report of a large database holds only the selection it
//   writes: select_quotes()/for_each_selected_quote() (sqlite.hpp) cap the quotes per
//   speaker and in all. When the selection cut anything, the page gets a second JSON
//   element (id "gazette-caps": totals, limits, and per speaker whose quotes were cut
//   its vertex, name, total, shown and the SQL that lists the rest from graph.db) and
//   exporters/report/report-caps.js, which puts that under the header and under an
//   entity's or speaker's quotes. With nothing cut neither is written: the page is
//   byte for byte what the uncapped writer gave (docs/quality-log.md rows 23.106-23.112).
// ERRORS
//   write_report_file() replaces the file atomically (exporter.hpp) and throws
//   std::runtime_error naming the file on I/O failure.
#pragma once

#include "gazette/graph.hpp"
#include "gazette/sqlite.hpp"

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace gazette {

struct ReportOptions {
  std::string title = "gazette report";
};

// The report's quotes: each(visit) calls visit with every quote to show, in the
// order to show them; `selection` (may be null) says what was left out.
struct ReportQuotes {
  std::function<void(const std::function<void(const QuoteRecord&)>&)> each;
  const QuoteSelection* selection = nullptr;
};

// The quotes of database `path` that select_quotes(path, caps) keeps, streamed;
// `selection` must outlive the returned value.
ReportQuotes report_quotes_from(const std::string& path, const QuoteSelection& selection);

void write_report(const KnowledgeGraph& g, const ReportQuotes& quotes, std::ostream& out,
                  const ReportOptions& options = {});
void write_report_file(const KnowledgeGraph& g, const ReportQuotes& quotes, const std::string& path,
                       const ReportOptions& options = {});
// Every quote of `quotes`, nothing cut.
void write_report(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes, std::ostream& out,
                  const ReportOptions& options = {});
void write_report_file(const KnowledgeGraph& g, const std::vector<QuoteRecord>& quotes, const std::string& path,
                       const ReportOptions& options = {});

}  // namespace gazette
