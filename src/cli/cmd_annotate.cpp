#include "commands.hpp"
#include "progress.hpp"
#include "recent_lines.hpp"
#include "stdout_lines.hpp"

#include "gazette/annotation_io.hpp"
#include "gazette/dates.hpp"

#include <cstdio>
#include <exception>
#include <functional>
#include <string>
#include <string_view>

namespace gazette::cli {

namespace {

// The bytes of annotation kept for later copies of a document (RecentLines): the lines
// of the last two or three thousand news articles.
constexpr std::size_t kRecentLineBytes = std::size_t{8} << 20;

// One line per input document, in input order: a document whose text is that of an
// earlier one (Document::duplicate_of, IngestOptions::copy_duplicate_documents) is not
// annotated on the workers; its line is its own head and the earlier one's annotation,
// kept in `recent`, or, when that was given up, made again here.
class AnnotateLines {
 public:
  // `lines`: where write() appends; its blocks written out are handed to `recent`.
  AnnotateLines(const Pipeline& pipeline, Stage until, Diagnostics& diag, StdoutLines& lines)
      : pipeline_(pipeline), until_(until), diag_(diag), recent_(kRecentLineBytes, lines.text()) {
    lines.hand_over([this](std::string& block) { recent_.retire(block); });
  }
  AnnotateLines(const AnnotateLines&) = delete;
  AnnotateLines& operator=(const AnnotateLines&) = delete;

  Annotation annotate(const Document& d) const {
    if (d.duplicate_of.empty()) return pipeline_.annotate(d);
    Annotation copy;  // no content: written by write() from the earlier document's line
    copy.doc = &d;
    return copy;
  }

  void write(const Document& d, const Annotation& a, std::string& out) {
    const std::size_t start = out.size();
    if (d.duplicate_of.empty()) {
      const std::size_t head = write_annotation_jsonl(a, out, until_);
      keep(d, d.id, start + head, out);
    } else if (const auto body = recent_.find(d.text_key, d.duplicate_of, d.text.size()); !body.empty()) {
      // A body in `out` itself (the block being written) would move when `out` grows.
      const bool in_out = std::less_equal<const char*>()(out.data(), body.data()) &&
                          std::less<const char*>()(body.data(), out.data() + out.size());
      if (in_out) {
        const std::string copy(body);
        write_annotation_copy_jsonl(d, copy, out);
      } else {
        write_annotation_copy_jsonl(d, body, out);
      }
    } else {
      again(d, out);
    }
  }

 private:
  // The copy `d` whose earlier document's annotation was given up (or failed, an internal
  // error the runner reported): annotated again, as the runner would, and kept again
  // under the earlier document's id.
  void again(const Document& d, std::string& out) {
    Annotation a;
    try {
      a = pipeline_.annotate(d);
    } catch (const std::exception& e) {
      diag_.error(d.source, 0, 0, internal_error_message(e.what()));
      return;
    }
    const std::size_t start = out.size();
    const std::size_t head = write_annotation_jsonl(a, out, until_);
    keep(d, d.duplicate_of, start + head, out);
  }

  // The body: `out` from `offset` (the line just written) on.
  void keep(const Document& d, std::string_view id, std::size_t offset, const std::string& out) {
    if (!d.text.empty()) recent_.keep(d.text_key, id, d.text.size(), offset, out.size() - offset);
  }

  const Pipeline& pipeline_;
  const Stage until_;
  Diagnostics& diag_;
  RecentLines recent_;
};

int run_annotate(CommonOptions& o, const std::string& until) {
  Diagnostics diag;
  print_diagnostics(diag, o.quiet);
  auto popt = pipeline_options(o);
  popt.until = parse_stage(until).value_or(Stage::Relations);
  const auto pipeline = make_pipeline(popt, diag);
  if (!pipeline) return 2;
  if (o.inputs.empty()) o.inputs.push_back("-");
  StdoutLines lines;
  auto ropt = run_options(o);
  ropt.ingest.copy_duplicate_documents = true;
  const DateWords date_words = DateWords::of(pipeline->lexicons());
  ropt.ingest.date_words = &date_words;  // as run_pipeline() gives them
  AnnotateLines writer(*pipeline, popt.until, diag, lines);
  ProgressLine::get().stage("annotating");
  const auto stats = run_annotator([&writer](const Document& d) { return writer.annotate(d); }, o.inputs,
                                   [&](const Document& d, const Annotation& a) {
                                     writer.write(d, a, lines.text());
                                     lines.added();
                                   }, diag, ropt);
  lines.flush();
  ProgressLine::get().done();
  std::fflush(stdout);
  if (std::ferror(stdout)) { std::cerr << "gazette: error writing to standard output\n"; return 2; }
  return stats.rejected_inputs > 0 || diag.errors() > 0 ? 1 : 0;
}

// The names of the stages, in pipeline order (annotation_io.hpp Stage).
std::vector<std::string> stage_names() {
  std::vector<std::string> names;
  for (int s = 0; s <= static_cast<int>(Stage::Relations); ++s) names.emplace_back(to_string(static_cast<Stage>(s)));
  return names;
}

}  // namespace

void add_annotate(CLI::App& app, Commands& cmds) {
  const std::vector<std::string> stages = stage_names();
  std::string help = "Stop after a stage:";
  for (const auto& s : stages) help += (s == stages.front() ? " " : ", ") + s;
  add_document_command(app, cmds,
                       {"annotate", "Print one JSON line per input document, in input order: entities with mentions, quotes, "
                        "relations; a document whose text repeats an earlier one's gets that annotation under its "
                        "own id, with \"duplicate_of\": the earlier id",
                        "--until", help, stages, std::string(to_string(Stage::Relations)), run_annotate});
}

}  // namespace gazette::cli
