// CSV export for spreadsheets and Gephi's spreadsheet importer, and a quotations
// table like GDELT's.
//
// FORMAT
//   RFC 4180: comma-separated, a header line, CRLF line ends; a field holding a comma,
//   a double quote, CR or LF is quoted and its double quotes doubled. UTF-8 (invalid
//   bytes become U+FFFD), no byte-order mark.
//   nodes.csv      Id,Label,type,documents,mentions,first_date,last_date,aliases,
//                  degree_in,degree_out,pagerank,betweenness,component,x,y,size
//                  (Id = the GraphML/GEXF node id "n0"..; aliases joined " | ")
//   edges.csv      Source,Target,Type,Id,Label,Weight,relation,role,evidence_count,
//                  first_date,last_date,documents,sample
//                  (Type = Directed, as Gephi's importer wants it; Label and relation
//                  = the relation type; documents joined " | "; sample = first evidence)
//   quotations.csv document,date,url,offset,kind,cue,speaker,about,quote
//                  (offset = start of the quote in the document, in code points;
//                  about joined " | "; speaker "" when unknown), in database order.
// ERRORS
//   Each file is replaced atomically (exporter.hpp); throws std::runtime_error naming
//   the file on I/O failure.
#pragma once

#include "gazette/exporter.hpp"
#include "gazette/graph.hpp"

#include <ostream>
#include <string>
#include <vector>

namespace gazette {

void write_csv_nodes(const KnowledgeGraph& g, std::ostream& out);
void write_csv_edges(const KnowledgeGraph& g, std::ostream& out);
// One row per quote as `quotes` gives them (one at a time: a database's are streamed by
// for_each_quote(), sqlite.hpp, so no row is held; rows 23.135-23.139).
void write_csv_quotations(const QuoteSource& quotes, std::ostream& out);
void write_csv_quotations(const std::vector<QuoteRecord>& quotes, std::ostream& out);
// Writes DIR/nodes.csv, DIR/edges.csv and DIR/quotations.csv (DIR must exist).
void write_csv_dir(const KnowledgeGraph& g, const QuoteSource& quotes, const std::string& dir);

}  // namespace gazette
