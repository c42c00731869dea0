#include "commands.hpp"

#include "gazette/gexf.hpp"
#include "gazette/graph.hpp"
#include "gazette/graphml.hpp"
#include "gazette/json_graph.hpp"
#include "gazette/report.hpp"
#include "gazette/sqlite.hpp"

#include <algorithm>
#include <filesystem>
#include <map>

namespace fs = std::filesystem;

namespace gazette::cli {

void add_output_options(CLI::App& sub, Outputs& o) {
  sub.add_option("-o,--output-dir", o.dir, "Write DIR/graph.graphml, graph.gexf, graph.json and graph.db");
  sub.add_option("--graphml", o.graphml, "GraphML file (Gephi, networkx, igraph)");
  sub.add_option("--gexf", o.gexf, "GEXF file (Gephi, with a timeline of edge dates)");
  sub.add_option("--json", o.json, "Node-link JSON file (networkx node_link_graph, web viewers)");
  sub.add_option("--report", o.report, "HTML report: the graph to explore in a browser, with quotes and evidence");
  sub.add_option("--min-docs", o.min_docs, "Drop entities seen in fewer documents")->capture_default_str();
  sub.add_option("--exclude-type", o.exclude, "Relation type to leave out of the graph (repeatable)")->allow_extra_args(false);
  sub.add_option("--samples", o.samples, "Evidence samples kept per edge")->capture_default_str();
  sub.add_option("--min-degree", o.min_degree, "Leave out entities with fewer relations in the graph files")->capture_default_str();
  sub.add_flag("--drop-isolates", o.drop_isolates, "Leave out entities without relations (= --min-degree 1)");
}

void resolve_dir(Outputs& o) {
  if (o.dir.empty()) return;
  fs::create_directories(o.dir);
  auto in_dir = [&](std::string& f, const char* name) { if (f.empty()) f = (fs::path(o.dir) / name).string(); };
  in_dir(o.graphml, "graph.graphml");
  in_dir(o.gexf, "graph.gexf");
  in_dir(o.json, "graph.json");
  in_dir(o.sqlite, "graph.db");
  in_dir(o.report, "index.html");
}

GraphOptions graph_options(const Outputs& o) {
  GraphOptions g;
  g.min_documents = o.min_docs;
  g.exclude_types.insert(o.exclude.begin(), o.exclude.end());
  g.max_samples = o.samples;
  g.min_degree = std::max(o.min_degree, o.drop_isolates ? 1 : 0);
  return g;
}

void write_exports(const KnowledgeGraph& g, const Outputs& o, const std::string& quotes_db) {
  if (!o.graphml.empty()) { write_graphml_file(g, o.graphml); std::cout << "GraphML:  " << o.graphml << "\n"; }
  if (!o.gexf.empty()) { write_gexf_file(g, o.gexf); std::cout << "GEXF:     " << o.gexf << "\n"; }
  if (!o.json.empty()) { write_json_graph_file(g, o.json); std::cout << "JSON:     " << o.json << "\n"; }
  if (!o.dir.empty() && !quotes_db.empty() && fs::path(quotes_db).parent_path() == fs::path(o.dir)) {
    const auto metadata = (fs::path(o.dir) / "metadata.json").string();
    write_datasette_metadata(metadata, fs::path(quotes_db).stem().string());
    std::cout << "Datasette: " << metadata << "\n";
  }
  if (!o.report.empty()) {
    write_report_file(g, quotes_db.empty() ? std::vector<QuoteRecord>{} : load_quotes(quotes_db), o.report);
    std::cout << "Report:   " << o.report << "\n";
  }
}

namespace {

void print_summary(const KnowledgeGraph& g, std::size_t documents, std::size_t quotes,
                   const std::map<std::string, std::size_t>& speakers) {
  std::map<std::string, std::size_t> by_type, by_rel;
  for (auto v : boost::make_iterator_range(boost::vertices(g))) ++by_type[g[v].type];
  for (auto e : boost::make_iterator_range(boost::edges(g))) ++by_rel[g[e].type];
  std::cout << "\n" << documents << " documents, " << boost::num_vertices(g) << " entities, " << quotes
            << " quotes, " << boost::num_edges(g) << " relations\n";
  std::cout << "entities:  ";
  for (const auto& [t, n] : by_type) std::cout << t << " " << n << "  ";
  // Names the documents typed differently, settled by vote (graph.hpp TYPES).
  std::size_t conflicts = 0;
  std::map<std::string, std::size_t> settled_as;
  for (auto v : boost::make_iterator_range(boost::vertices(g)))
    if (g[v].type_votes.size() > 1) {
      ++conflicts;
      ++settled_as[g[v].type];
    }
  std::cout << "\ntype conflicts: " << conflicts << " entities typed differently, settled by vote";
  if (conflicts) {
    std::cout << " (as";
    for (const auto& [t, n] : settled_as) std::cout << " " << t << " " << n;
    std::cout << "; SQLite view type_conflicts lists them)";
  }
  std::cout << "\nrelations: ";
  for (const auto& [t, n] : by_rel) std::cout << t << " " << n << "  ";
  std::vector<std::pair<std::size_t, std::string>> top;
  for (const auto& [name, n] : speakers) top.emplace_back(n, name);
  std::sort(top.begin(), top.end(), [](const auto& x, const auto& y) { return x.first != y.first ? x.first > y.first : x.second < y.second; });
  std::cout << "\ntop speakers:\n";
  for (std::size_t i = 0; i < top.size() && i < 8; ++i) std::cout << "  " << top[i].first << "  " << top[i].second << "\n";
}

}  // namespace

void add_build(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("build", "Build one graph from all documents; write GraphML, GEXF, JSON and/or SQLite");
  auto o = std::make_shared<CommonOptions>();
  auto out = std::make_shared<Outputs>();
  add_common(*sub, *o);
  add_output_options(*sub, *out);
  sub->add_option("--sqlite", out->sqlite, "SQLite database; an existing one is updated (new documents added, known ones skipped)");
  sub->callback([&cmds, o, out] {
    cmds.run = [o, out] {
      resolve_dir(*out);
      if (out->graphml.empty() && out->gexf.empty() && out->json.empty() && out->sqlite.empty() && out->report.empty()) {
        std::cerr << "gazette build: name an output: -o DIR, --graphml, --gexf, --json, --sqlite or --report\n";
        return 2;
      }
      Diagnostics diag;
      print_diagnostics(diag, o->quiet);
      const auto pipeline = make_pipeline(pipeline_options(*o), diag);
      if (!pipeline) return 2;
      if (o->inputs.empty()) o->inputs.push_back("-");
      const bool existing_db = !out->sqlite.empty() && fs::exists(out->sqlite);
      SqliteWriter db;
      if (!out->sqlite.empty()) db.open(out->sqlite);
      GraphBuilder builder(graph_options(*out));
      std::size_t quotes = 0;
      std::map<std::string, std::size_t> speakers;
      std::map<std::string, std::string> speaker_names;  // merge key -> first name seen
      const auto stats = run_pipeline(*pipeline, o->inputs, [&](const Document&, const Annotation& a) {
        if (!out->sqlite.empty() && !db.add(a)) return;  // already in the database
        builder.add(a);
        quotes += a.quotes.size();
        for (const auto& q : a.quotes)
          if (q.speaker >= 0) {
            // Count by merge key, as the graph does ("Sergei"/"Sergey Volkov" are one speaker).
            const Entity& e = a.entities[static_cast<std::size_t>(q.speaker)];
            auto [it, fresh] = speaker_names.emplace(entity_key(e), e.canonical);
            (void)fresh;
            ++speakers[it->second];
          }
      }, diag, run_options(*o));
      if (stats.documents == 0) {
        // Inputs missing or all rejected: the outputs of an earlier run stay as they are.
        std::cerr << "gazette build: no documents read: no output written\n";
        return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
      }
      if (!out->sqlite.empty()) {
        db.commit();
        std::cout << "SQLite:   " << out->sqlite << " (" << db.documents_added() << " documents added";
        if (db.documents_skipped()) std::cout << ", " << db.documents_skipped() << " already there";
        std::cout << ")\n";
      }
      // After an incremental update the graph is the whole database, not just this run.
      KnowledgeGraph g = existing_db ? load_graph_from_sqlite(out->sqlite, graph_options(*out)) : builder.finish();
      write_exports(g, *out, out->sqlite);
      print_summary(g, stats.documents, quotes, speakers);
      return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
    };
  });
}

void add_export(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("export", "Regenerate GraphML/GEXF/JSON from a gazette SQLite database alone");
  auto from = std::make_shared<std::string>();
  auto out = std::make_shared<Outputs>();
  sub->add_option("--from", *from, "gazette SQLite database")->required();
  add_output_options(*sub, *out);
  sub->callback([&cmds, from, out] {
    cmds.run = [from, out] {
      if (!fs::exists(*from)) { std::cerr << "gazette export: " << *from << ": no such file\n"; return 2; }
      if (!out->dir.empty()) { out->sqlite = "-"; resolve_dir(*out); }
      KnowledgeGraph g = load_graph_from_sqlite(*from, graph_options(*out));
      write_exports(g, *out, *from);
      std::cout << boost::num_vertices(g) << " entities, " << boost::num_edges(g) << " relations\n";
      return 0;
    };
  });
}

}  // namespace gazette::cli
