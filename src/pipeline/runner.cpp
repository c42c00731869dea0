#include "gazette/runner.hpp"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>

namespace gazette {

IngestStats run_pipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs, const AnnotationSink& sink,
                         Diagnostics& diag, const RunOptions& options) {
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  std::vector<Document> batch;
  std::vector<Annotation> out;
  std::size_t done_docs = 0, done_bytes = 0;
  const auto t0 = std::chrono::steady_clock::now();
  auto flush = [&] {
    if (batch.empty()) return;
    out.clear();
    out.resize(batch.size());
    // An internal error in one document skips that document and is reported, whatever
    // the number of jobs.
    auto annotate_one = [&](std::size_t i) {
      try {
        out[i] = pipeline.annotate(batch[i]);
      } catch (const std::exception& e) {
        diag.error(batch[i].source, 0, 0, std::string("internal error, document skipped: ") + e.what());
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
      if (!out[i].doc) continue;
      sink(batch[i], out[i]);
      ++done_docs;
      done_bytes += batch[i].text.size();
    }
    if (options.progress) {
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::fprintf(stderr, "\r%zu documents, %.1f MB, %.1f MB/s   ", done_docs, static_cast<double>(done_bytes) / 1e6,
                   secs > 0 ? static_cast<double>(done_bytes) / 1e6 / secs : 0.0);
      std::fflush(stderr);
    }
    batch.clear();
  };
  auto stats = read_inputs(
      inputs,
      [&](Document&& d) {
        batch.push_back(std::move(d));
        if (batch.size() >= options.batch) flush();
      },
      diag, options.ingest);
  flush();
  if (options.progress) std::fprintf(stderr, "\n");
  return stats;
}

}  // namespace gazette
