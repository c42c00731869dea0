// gazette_bench: throughput of each stage and of the whole pipeline on a JSONL
// corpus repeated in memory to a target size, and end to end through the command
// line. Not a test: it prints figures.
//
//   gazette_bench [--corpus FILE] [--mb N] [--jobs N] [--stage all|e2e|tokenize|recognize|annotate]
//                 [--gazetteer FILE] [--input FILE] [--out DIR]
//
// Prints MB/s, documents/s and peak RSS (getrusage) for each stage. The end-to-end
// rows (e2e) run gazette::cli::run() -- the code `gazette` runs -- on the file
// --input (default: the corpus; issue #23's figures use bench/make-corpus.py's file):
// `annotate --jobs 1` (and --jobs N) with standard output to DIR/annotate.jsonl, and
// `build --jobs 1` to DIR/graph.db (--fresh) and DIR/graph.graphml. Their MB are the
// input file's bytes; their times include start-up, reading, writing, everything.
#include "../src/cli/allocator.hpp"
#include "gazette/annotation_io.hpp"
#include "gazette/cli.hpp"
#include "gazette/entities.hpp"
#include "gazette/pipeline.hpp"
#include "gazette/recognizer.hpp"
#include "gazette/runner.hpp"
#include "gazette/sentences.hpp"
#include "gazette/tokenizer.hpp"

#include <rapidjson/document.h>
#include <fcntl.h>
#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

using namespace gazette;

namespace {

double peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

// CPU time of the whole process (all threads): on a busy machine, MB per CPU-second
// is the figure that does not depend on what else runs.
double process_cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

struct Timer {
  std::chrono::steady_clock::time_point t0 = std::chrono::steady_clock::now();
  double cpu0 = process_cpu_seconds();
  double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); }
  double cpu_seconds() const { return process_cpu_seconds() - cpu0; }
};

void report(const char* stage, std::size_t bytes, std::size_t docs, double secs, double cpu, unsigned jobs) {
  const double mb = static_cast<double>(bytes) / 1e6;
  std::printf("%-28s %8.1f MB in %6.2f s  %8.1f MB/s  %9.0f docs/s  %8.1f MB/cpu-s  jobs %u  peak RSS %.0f MB\n", stage,
              mb, secs, mb / secs, static_cast<double>(docs) / secs, mb / cpu, jobs, peak_rss_mb());
  std::fflush(stdout);
}

// Runs `gazette ARGS...` in this process with standard output sent to `out_file`;
// reports its row. Returns false (after saying why) when the command failed.
bool run_cli_row(const char* row, std::vector<std::string> args, const std::string& out_file, std::size_t bytes,
                 unsigned jobs) {
  std::fflush(stdout);
  const int saved = dup(STDOUT_FILENO);
  const int fd = ::open(out_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (saved < 0 || fd < 0) {
    std::fprintf(stderr, "gazette_bench: cannot write %s\n", out_file.c_str());
    if (saved >= 0) close(saved);
    if (fd >= 0) close(fd);
    return false;
  }
  dup2(fd, STDOUT_FILENO);
  close(fd);
  args.insert(args.begin(), "gazette");
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);
  Timer t;
  const int rc = gazette::cli::run(static_cast<int>(args.size()), argv.data());
  std::fflush(stdout);
  const double secs = t.seconds(), cpu = t.cpu_seconds();
  dup2(saved, STDOUT_FILENO);
  close(saved);
  if (rc != 0) {
    std::fprintf(stderr, "gazette_bench: gazette %s exited with %d\n", args[1].c_str(), rc);
    return false;
  }
  report(row, bytes, 0, secs, cpu, jobs);
  return true;
}

// Every document of `base`, `copies` times over, tokenized and split into sentences, handed
// to `f(Annotation&)`.
template <class F>
void each_split_copy(const std::vector<Document>& base, std::size_t copies, const Lexicons& lex, F&& f) {
  for (std::size_t c = 0; c < copies; ++c)
    for (const auto& d : base) {
      Annotation a;
      a.doc = &d;
      tokenize(a, lex.abbreviations());
      split_sentences(a, lex);
      f(a);
    }
}

// The end-to-end rows: see the comment at the top.
bool end_to_end(const std::string& input, const std::string& out_dir, unsigned jobs) {
  std::error_code ec;
  std::filesystem::create_directories(out_dir, ec);
  const auto bytes = static_cast<std::size_t>(std::filesystem::file_size(input, ec));
  if (ec) { std::fprintf(stderr, "gazette_bench: cannot read %s\n", input.c_str()); return false; }
  std::printf("end to end through the CLI on %s (%.1f MB; docs/s not counted)\n", input.c_str(),
              static_cast<double>(bytes) / 1e6);
  const std::string jsonl = out_dir + "/annotate.jsonl";
  bool ok = run_cli_row("e2e annotate (--jobs 1)", {"annotate", "-q", "--jobs", "1", input}, jsonl, bytes, 1);
  if (jobs > 1)
    ok &= run_cli_row("e2e annotate (--jobs N)", {"annotate", "-q", "--jobs", std::to_string(jobs), input}, jsonl,
                      bytes, jobs);
  ok &= run_cli_row("e2e build SQLite+GraphML",
                    {"build", "-q", "--jobs", "1", "--fresh", "--sqlite", out_dir + "/graph.db", "--graphml",
                     out_dir + "/graph.graphml", input},
                    out_dir + "/build.out", bytes, 1);
  return ok;
}

}  // namespace

// The program; main() runs it with the allocator settings of gazette (allocator.hpp).
static int bench_main(int argc, char** argv) {
  std::string corpus = std::string(GAZETTE_SHARED_DIR_DEFAULT) + "/bench/news-2213.jsonl";
  double mb = 100;
  unsigned jobs = 1;
  std::string stage = "all";
  std::string e2e_input, out_dir = "build-bench";
  PipelineOptions options;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--corpus")) corpus = argv[i + 1];
    else if (!std::strcmp(argv[i], "--mb")) mb = std::atof(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--jobs")) jobs = static_cast<unsigned>(std::atoi(argv[i + 1]));
    else if (!std::strcmp(argv[i], "--stage")) stage = argv[i + 1];
    else if (!std::strcmp(argv[i], "--gazetteer")) options.gazetteer_files.emplace_back(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--input")) e2e_input = argv[i + 1];
    else if (!std::strcmp(argv[i], "--out")) out_dir = argv[i + 1];
    else {
      std::fprintf(stderr, "usage: gazette_bench [--corpus FILE] [--mb N] [--jobs N] "
                           "[--stage all|e2e|tokenize|recognize|annotate] [--gazetteer FILE] [--input FILE] [--out DIR]\n");
      return 2;
    }
  }
  if (stage == "all" || stage == "e2e") {
    // First, so that the peak RSS of these rows is the command's alone.
    if (!end_to_end(e2e_input.empty() ? corpus : e2e_input, out_dir, jobs)) return 1;
    if (stage == "e2e") return 0;
  }
  std::ifstream in(corpus);
  if (!in) { std::fprintf(stderr, "gazette_bench: cannot read %s\n", corpus.c_str()); return 2; }
  std::vector<Document> base;
  for (std::string line; std::getline(in, line);) {
    rapidjson::Document j;
    j.Parse(line.c_str());
    if (j.HasParseError() || !j.IsObject() || !j.HasMember("text") || !j["text"].IsString()) continue;
    Document d;
    d.id = j.HasMember("id") && j["id"].IsString() ? j["id"].GetString() : "";
    d.text = j["text"].GetString();
    base.push_back(std::move(d));
  }
  std::size_t base_bytes = 0;
  for (const auto& d : base) base_bytes += d.text.size();
  if (base.empty()) { std::fprintf(stderr, "gazette_bench: no documents in %s\n", corpus.c_str()); return 2; }
  const std::size_t target = static_cast<std::size_t>(mb * 1e6);
  const std::size_t copies = std::max<std::size_t>(1, (target + base_bytes - 1) / base_bytes);
  std::printf("corpus %s: %zu documents, %.2f MB; repeated %zu times = %.1f MB\n", corpus.c_str(), base.size(),
              static_cast<double>(base_bytes) / 1e6, copies, static_cast<double>(base_bytes * copies) / 1e6);
  Diagnostics diag;
  Timer tl;
  Pipeline pipeline(options, diag);
  std::printf("data load: %zu gazetteer entries in %.3f s\n", pipeline.lexicons().entries().size(), tl.seconds());
  const Lexicons& lex = pipeline.lexicons();
  const std::size_t total_docs = base.size() * copies, total_bytes = base_bytes * copies;

  if (stage == "all" || stage == "tokenize") {
    Timer t;
    std::size_t tokens = 0;
    each_split_copy(base, copies, lex, [&](Annotation& a) { tokens += a.tokens.size(); });
    report("tokenize+split (1 core)", total_bytes, total_docs, t.seconds(), t.cpu_seconds(), 1);
    std::printf("  %zu tokens\n", tokens);
  }
  if (stage == "all" || stage == "recognize") {
    Recognizer rec(lex);
    double secs = 0, cpu = 0;
    each_split_copy(base, copies, lex, [&](Annotation& a) {
      mark_furniture(a, lex.furniture());
      mark_duplicates(a);
      Timer t;
      lex.intern(a);  // looking tokens up in the data's vocabulary is part of recognition
      rec.recognize(a);
      secs += t.seconds();
      cpu += t.cpu_seconds();
    });
    report("recognize only (1 core)", total_bytes, total_docs, secs, cpu, 1);
  }
  if (stage == "all" || stage == "annotate") {
    for (unsigned j : {1u, jobs > 1 ? jobs : 0u}) {
      if (j == 0) continue;
      Timer t;
      std::atomic<std::size_t> next{0};
      std::atomic<std::size_t> out_bytes{0};
      auto work = [&] {
        std::string line;
        for (std::size_t i; (i = next.fetch_add(1)) < total_docs;) {
          const Annotation a = pipeline.annotate(base[i % base.size()]);
          line.clear();
          write_annotation_jsonl(a, line);
          out_bytes += line.size();
        }
      };
      std::vector<std::thread> ts;
      for (unsigned k = 1; k < j; ++k) ts.emplace_back(work);
      work();
      for (auto& th : ts) th.join();
      report(j == 1 ? "annotate + JSONL (1 core)" : "annotate + JSONL (threads)", total_bytes, total_docs, t.seconds(),
             t.cpu_seconds(), j);
    }
  }
  return 0;
}

int main(int argc, char** argv) {
  return gazette::cli::run_tuned([argc, argv] { return bench_main(argc, argv); });
}
