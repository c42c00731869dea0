// `gazette report --from graph.db -o report.html`: the HTML report (report.hpp) of a
// gazette database: its graph, laid out, and its quotes (a capped selection, streamed:
// select_quotes(), sqlite.hpp).
#include "commands.hpp"

#include "gazette/report.hpp"
#include "gazette/sqlite.hpp"

#include <filesystem>

namespace gazette::cli {

void add_report(CLI::App& app, Commands& cmds) {
  auto* sub = app.add_subcommand("report", "Write the HTML report of a gazette SQLite database (one self-contained page)");
  auto from = std::make_shared<std::string>();
  auto output = std::make_shared<std::string>("report.html");
  auto title = std::make_shared<std::string>("gazette report");
  auto out = std::make_shared<Outputs>();
  sub->add_option("--from", *from, "gazette SQLite database")->required();
  sub->add_option("-o,--output", *output, "HTML file to write")->capture_default_str();
  sub->add_option("--title", *title, "Title of the page")->capture_default_str();
  sub->add_option("--min-docs", out->min_docs, "Drop entities seen in fewer documents")->capture_default_str();
  sub->add_option("--exclude-type", out->exclude, "Relation type to leave out (repeatable)")->allow_extra_args(false);
  sub->add_option("--samples", out->samples, "Evidence samples kept per edge")->capture_default_str();
  sub->add_option("--min-degree", out->min_degree, "Leave out entities with fewer relations")->capture_default_str();
  sub->add_flag("--drop-isolates", out->drop_isolates, "Leave out entities without relations (= --min-degree 1)");
  add_report_cap_options(*sub, out->report_caps);
  sub->callback([&cmds, from, output, title, out] {
    cmds.run = [from, output, title, out] {
      if (!std::filesystem::exists(*from)) {
        std::cerr << "gazette report: " << *from << ": no such file\n";
        return 2;
      }
      const KnowledgeGraph g = load_graph_from_sqlite(*from, graph_options(*out));
      const QuoteSelection selection = select_quotes(*from, out->report_caps);
      ReportOptions options;
      options.title = *title;
      write_report_file(g, report_quotes_from(*from, selection), *output, options);
      std::cout << "Report:   " << *output << " (" << boost::num_vertices(g) << " entities, " << boost::num_edges(g)
                << " relations, " << (selection.capped() ? report_caps_summary(selection) : std::to_string(selection.shown) + " quotes")
                << ")\n";
      return 0;
    };
  });
}

}  // namespace gazette::cli
