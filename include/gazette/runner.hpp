// Runner: streams documents from the inputs through a Pipeline on N threads and
// hands each Annotation to a consumer *in input order*, so output is identical for
// any --jobs. Memory is bounded by the batch size, not by the number of documents.
// With more than one job, a batch is annotated on the worker threads (N threads that
// live for the whole run) while the calling thread reads the next one and hands the
// one before to the sink, so the sink runs at the same time as the annotating step
// (they share nothing but const data). Two batches of documents are in memory, and
// up to three of annotations: the workers free those of a batch two batches later,
// when they annotate the same slots (memory a worker allocated is freed by a worker).
#pragma once

#include "gazette/ingest.hpp"
#include "gazette/pipeline.hpp"
#include "gazette/workers.hpp"

#include <any>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace gazette {

// Where a run stands, for a progress display. The library never prints: the CLI
// draws it (src/cli/progress.cpp).
struct RunProgress {
  std::size_t documents = 0;        // documents annotated and handed to the sink
  std::uint64_t input_bytes = 0;    // bytes of input read so far (files, JSONL lines)
  std::uint64_t total_bytes = 0;    // input_size() of the inputs; 0 = unknown (stdin)
  double seconds = 0;               // since the run started
};

struct RunOptions {
  unsigned jobs = 0;              // 0 = all cores (worker_count(), workers.hpp)
  // A batch ends at `batch` documents or, with more than one job, once its texts hold
  // `batch_bytes` bytes and it has a document per worker, whichever comes first. Sized by
  // bytes so that a batch's annotations are still in cache when the calling thread writes
  // them: with 256 news articles (several MB of annotations) --jobs 2 took more CPU time
  // than --jobs 1 (quality log, rows 23.93-23.94).
  std::size_t batch = 256;              // documents in flight, at most
  std::size_t batch_bytes = 64 << 10;   // text bytes in a batch, about (jobs > 1)
  // Called on the calling thread after each batch, and once at the end.
  std::function<void(const RunProgress&)> progress;
  IngestOptions ingest;
};

// The bytes read_inputs() will read from `inputs`: sizes of the named files and of
// the .txt/.html/.htm/.jsonl files under the named directories; "-" counts 0
// (unknown). Known before the run, so progress can show a percentage and an ETA.
std::uint64_t input_size(const std::vector<std::string>& inputs);

// The error reported for a document whose annotating threw, `what` being the exception's
// text (empty for one that is no std::exception): "internal error, document skipped" and
// ": what" when there is one. The runner and annotate's copies of a failed document say it.
std::string internal_error_message(std::string_view what);

// Called in input order, on the calling thread.
using AnnotationSink = std::function<void(const Document&, const Annotation&)>;

IngestStats run_pipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs, const AnnotationSink& sink,
                         Diagnostics& diag, const RunOptions& options);

// The same with the annotating step given (run_pipeline above passes
// Pipeline::annotate): called on worker threads, so it must be safe to call from
// several at once. An exception it throws for one document is an internal error: that
// document is skipped and reported (an error naming it), the others go on, for any
// number of jobs.
using AnnotateFn = std::function<Annotation(const Document&)>;
IngestStats run_annotator(const AnnotateFn& annotate, const std::vector<std::string>& inputs,
                          const AnnotationSink& sink, Diagnostics& diag, const RunOptions& options);

// Per-document work that needs only the document's annotation (build's content hash
// and graph form): called right after the annotation, on the thread that made it (a
// worker with more than one job), so it leaves the calling thread, which runs the
// sink. Must be safe to call from several threads at once. What it returns is handed
// to the PreparedSink with the annotation, in input order on the calling thread; an
// exception it throws is rethrown there, before that document's sink call, as if the
// sink had thrown it. Not called for a document whose annotating failed.
using PrepareFn = std::function<std::any(const Annotation&)>;
using PreparedSink = std::function<void(const Document&, const Annotation&, const std::any&)>;
IngestStats run_pipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs, const PrepareFn& prepare,
                         const PreparedSink& sink, Diagnostics& diag, const RunOptions& options);
IngestStats run_annotator(const AnnotateFn& annotate, const std::vector<std::string>& inputs,
                          const PrepareFn& prepare, const PreparedSink& sink, Diagnostics& diag,
                          const RunOptions& options);

}  // namespace gazette
