#include "gazette/runner.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <filesystem>
#include <thread>

namespace fs = std::filesystem;

namespace gazette {

std::uint64_t input_size(const std::vector<std::string>& inputs) {
  std::uint64_t total = 0;
  auto taken = [](const fs::path& p) {
    std::string e = p.extension().string();
    std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return e == ".txt" || e == ".html" || e == ".htm" || e == ".jsonl";
  };
  for (const auto& in : inputs) {
    if (in == "-") continue;
    std::error_code ec;
    if (fs::is_directory(in, ec)) {
      // Unreadable entries and loops are read_inputs()'s to report; here they count 0.
      for (fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
           !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && taken(it->path())) total += it->file_size(ec);
    } else if (fs::is_regular_file(in, ec)) {
      total += fs::file_size(in, ec);
    }
  }
  return total;
}

IngestStats run_pipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs, const AnnotationSink& sink,
                         Diagnostics& diag, const RunOptions& options) {
  return run_annotator([&pipeline](const Document& d) { return pipeline.annotate(d); }, inputs, sink, diag, options);
}

IngestStats run_annotator(const AnnotateFn& annotate, const std::vector<std::string>& inputs,
                          const AnnotationSink& sink, Diagnostics& diag, const RunOptions& options) {
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<Document> batch;
  std::vector<Annotation> out;
  std::vector<std::string> failed;  // per document of the batch: the internal error, or ""
  RunProgress progress;
  if (options.progress) progress.total_bytes = input_size(inputs);
  std::uint64_t read_bytes = 0;  // input read up to the last document taken into the batch
  const auto t0 = std::chrono::steady_clock::now();
  auto flush = [&] {
    if (batch.empty()) return;
    out.clear();
    out.resize(batch.size());
    failed.assign(batch.size(), std::string());
    // An internal error in one document skips that document; it is reported below, on
    // this thread and in input order, so the messages are the same for any --jobs.
    auto annotate_one = [&](std::size_t i) {
      try {
        out[i] = annotate(batch[i]);
      } catch (const std::exception& e) {
        failed[i] = std::string("internal error, document skipped: ") + e.what();
        out[i] = Annotation{};
      } catch (...) {
        failed[i] = "internal error, document skipped";
        out[i] = Annotation{};
      }
    };
    if (jobs <= 1 || batch.size() == 1) {
      for (std::size_t i = 0; i < batch.size(); ++i) annotate_one(i);
    } else {
      std::atomic<std::size_t> next{0};
      auto work = [&] {
        for (std::size_t i; (i = next.fetch_add(1)) < batch.size();) annotate_one(i);
      };
      std::vector<std::thread> ts;
      for (unsigned t = 1; t < std::min<std::size_t>(jobs, batch.size()); ++t) ts.emplace_back(work);
      work();
      for (auto& t : ts) t.join();
    }
    for (std::size_t i = 0; i < batch.size(); ++i) {
      if (!failed[i].empty()) diag.error(batch[i].source, 0, 0, failed[i]);
      if (!out[i].doc) continue;
      sink(batch[i], out[i]);
      ++progress.documents;
    }
    if (options.progress) {
      progress.input_bytes = read_bytes;
      progress.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      options.progress(progress);
    }
    batch.clear();
  };
  IngestOptions ingest = options.ingest;
  if (options.progress) {
    ingest.on_input_bytes = [&, outer = options.ingest.on_input_bytes](std::uint64_t n) {
      read_bytes = n;
      if (outer) outer(n);
    };
  }
  auto stats = read_inputs(
      inputs,
      [&](Document&& d) {
        batch.push_back(std::move(d));
        if (batch.size() >= options.batch) flush();
      },
      diag, ingest);
  flush();
  if (options.progress) {
    // Everything is read now, also what followed the last document (skipped lines).
    progress.input_bytes = std::max(read_bytes, progress.total_bytes);
    progress.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    options.progress(progress);
  }
  return stats;
}

}  // namespace gazette
