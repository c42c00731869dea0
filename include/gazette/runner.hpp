// Runner: streams documents from the inputs through a Pipeline on N threads and
// hands each Annotation to a consumer *in input order*, so output is identical for
// any --jobs. Memory is bounded by the batch size, not by the number of documents.
#pragma once

#include "gazette/ingest.hpp"
#include "gazette/pipeline.hpp"

#include <functional>

namespace gazette {

struct RunOptions {
  unsigned jobs = 0;              // 0 = all cores
  std::size_t batch = 256;        // documents in flight
  bool progress = false;          // \r progress line on stderr
  IngestOptions ingest;
};

// Called in input order, on the calling thread.
using AnnotationSink = std::function<void(const Document&, const Annotation&)>;

IngestStats run_pipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs, const AnnotationSink& sink,
                         Diagnostics& diag, const RunOptions& options);

}  // namespace gazette
