#include "gazette/runner.hpp"

#include "gazette/dates.hpp"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>

namespace fs = std::filesystem;

namespace gazette {

std::string internal_error_message(std::string_view what) {
  std::string m = "internal error, document skipped";
  if (!what.empty()) m.append(": ").append(what);
  return m;
}

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

IngestStats run_pipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs, const PrepareFn& prepare,
                         const PreparedSink& sink, Diagnostics& diag, const RunOptions& options) {
  const DateWords date_words = DateWords::of(pipeline.lexicons());
  RunOptions with_data = options;
  if (!with_data.ingest.date_words) with_data.ingest.date_words = &date_words;
  return run_annotator([&pipeline](const Document& d) { return pipeline.annotate(d); }, inputs, prepare, sink, diag,
                       with_data);
}

IngestStats run_pipeline(const Pipeline& pipeline, const std::vector<std::string>& inputs, const AnnotationSink& sink,
                         Diagnostics& diag, const RunOptions& options) {
  return run_pipeline(pipeline, inputs, PrepareFn(),
                      [&sink](const Document& d, const Annotation& a, const std::any&) { sink(d, a); }, diag, options);
}

namespace {

// A fixed set of worker threads that lives for the whole run and is fed batches through a
// queue (row 23.188; before it, one batch at a time). Creating the threads anew for every batch (as before) handed each new thread
// whichever glibc malloc arena was free, so the annotations of one batch were spread
// over several arenas, each keeping the pages it had freed; with the same threads all
// along, each worker allocates from its own arena and reuses what it freed.
// The batches queue: a worker done with the last open document of one goes on with the
// next batch queued (row 23.188), so no worker waits at a batch's end for the other to
// finish its last document while the next batch is already read. The lock `m_` hands out
// every document and counts it done (a worker takes it once per document, finishing one
// and taking the next under the same hold; before row 23.188 an atomic counter handed the
// documents out and the lock was taken once per batch and per worker).
class WorkerPool {
 public:
  explicit WorkerPool(unsigned threads) {
    threads_.reserve(threads);
    for (unsigned t = 0; t < threads; ++t) threads_.emplace_back([this] { work(); });
  }
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;
  ~WorkerPool() {
    {
      std::lock_guard lock(m_);
      stop_ = true;
    }
    wake_.notify_all();
    for (auto& t : threads_) t.join();
  }

  // Queues task(i) for every i in [0, n) behind the batches queued before, to be done on
  // the workers in the background; returns the batch's number (1, 2, ...) for wait().
  // `task` must not throw; it stays referenced until wait() for this number returns.
  std::uint64_t start(std::size_t n, const std::function<void(std::size_t)>& task) {
    std::uint64_t number = 0;
    {
      std::lock_guard lock(m_);
      jobs_.push_back(Job{&task, n, 0, n});
      number = ++queued_;
      retire_done();  // a batch of no documents is done at once (once those before it are)
    }
    wake_.notify_all();
    return number;
  }
  // Waits until the batch numbered `number` and every batch queued before it are done.
  void wait(std::uint64_t number) {
    std::unique_lock lock(m_);
    done_.wait(lock, [&] { return done_through_ >= number; });
  }
  // Waits until every batch queued is done.
  void wait_all() {
    std::unique_lock lock(m_);
    done_.wait(lock, [&] { return done_through_ >= queued_; });
  }

 private:
  struct Job {
    const std::function<void(std::size_t)>* task;
    std::size_t n;
    std::size_t next;  // the next document to hand out
    std::size_t left;  // documents not yet done
  };

  // The first queued batch with a document not yet handed out, or null.
  Job* open_job() {
    for (auto& j : jobs_)
      if (j.next < j.n) return &j;
    return nullptr;
  }
  // Drops the done batches from the front of the queue (in order: a batch counts as done
  // once it and every batch before it are); wakes wait().
  void retire_done() {
    bool any = false;
    while (!jobs_.empty() && jobs_.front().left == 0) {
      jobs_.pop_front();
      ++done_through_;
      any = true;
    }
    if (any) done_.notify_all();
  }

  void work() {
    std::unique_lock lock(m_);
    for (;;) {
      Job* job = nullptr;
      wake_.wait(lock, [&] { return stop_ || (job = open_job()) != nullptr; });
      if (stop_) return;
      const std::size_t i = job->next++;
      const auto* task = job->task;
      lock.unlock();
      (*task)(i);
      lock.lock();
      if (--job->left == 0) retire_done();  // `job` stays in the deque until then
    }
  }

  std::mutex m_;
  std::condition_variable wake_, done_;
  std::deque<Job> jobs_;           // queued batches not yet done, in order (elements never move)
  std::uint64_t queued_ = 0;       // batches queued so far
  std::uint64_t done_through_ = 0;  // batches 1..done_through_ are done
  bool stop_ = false;
  std::vector<std::thread> threads_;
};

// One batch of documents, their annotations and internal errors.
struct Batch {
  std::vector<Document> docs;
  std::vector<Annotation> out;
  std::vector<std::any> prepared;             // per document: what PrepareFn returned
  std::vector<std::exception_ptr> unprepared;  // per document: what PrepareFn threw, or null
  std::vector<std::string> failed;  // per document: the internal error, or ""
  std::uint64_t read_bytes = 0;     // input read up to its last document
  std::size_t text_bytes = 0;       // the documents' texts
};

// Streams batches through the annotating step. With one job a batch is annotated on
// the calling thread, then handed to the sink. With more, a batch is annotated by
// `jobs` worker threads (one WorkerPool for the whole run) while the calling thread hands the batch before it to the
// sink (JSONL writing, the SQLite rows of build) and reads the batch after it: the
// reading and writing, which are one thread's work, no longer wait for the
// annotating. A batch read is queued for the workers at once, before the batch before
// it is done, so a worker goes on with it while the other finishes the last document
// of that one. The sink still sees every document in input order on the calling
// thread, so output is identical for any --jobs.
class BatchRunner {
 public:
  BatchRunner(const AnnotateFn& annotate, const PrepareFn& prepare, const PreparedSink& sink, Diagnostics& diag,
              const RunOptions& options, unsigned jobs)
      : annotate_(annotate), prepare_(prepare), sink_(sink), diag_(diag), options_(options), jobs_(jobs),
        t0_(std::chrono::steady_clock::now()) {
    if (jobs_ > 1) {
      for (std::size_t k = 0; k < 2; ++k) tasks_[k] = [this, k](std::size_t i) { annotate_one(batches_[k], i); };
      pool_.emplace(jobs_);
    }
  }
  BatchRunner(const BatchRunner&) = delete;
  BatchRunner& operator=(const BatchRunner&) = delete;
  ~BatchRunner() { wait(); }  // an exception (a sink's, a reader's) leaves no thread running

  void set_total_bytes(std::uint64_t total) { progress_.total_bytes = total; }
  void set_read_bytes(std::uint64_t n) { read_bytes_ = n; }

  void add(Document&& d) {
    Batch& b = reading();
    b.text_bytes += d.text.size();
    b.docs.push_back(std::move(d));
    if (full(b)) flush();
  }

  // Hands every document still in flight to the sink; then the final progress.
  void finish() {
    flush();
    wait();
    emit(working());
    reading().out.clear();
    working().out.clear();
    if (options_.progress) {
      // Everything is read now, also what followed the last document (skipped lines).
      progress_.input_bytes = std::max(read_bytes_, progress_.total_bytes);
      progress_.seconds = seconds();
      options_.progress(progress_);
    }
  }

 private:
  // With one job a batch's size changes nothing but how often progress is shown.
  bool full(const Batch& b) const {
    if (b.docs.size() >= options_.batch) return true;
    return jobs_ > 1 && b.text_bytes >= options_.batch_bytes && b.docs.size() >= jobs_;
  }

  Batch& reading() { return batches_[reading_]; }
  Batch& working() { return batches_[1 - reading_]; }

  void flush() {
    Batch& r = reading();
    if (r.docs.empty()) return;
    r.read_bytes = read_bytes_;
    if (jobs_ <= 1) {
      // One thread: each document is handed to the sink as soon as it is annotated and its
      // annotation given back (Pipeline::recycle()) before the next is made, so the next
      // one is made in its containers' room (tokens, mentions, the arena's chunk) and its
      // JSONL line in the same buffer, memory still in cache, instead of a batch's worth
      // of annotations going cold before they are written. Same calls in the same order.
      // (Not with more jobs: a worker taking back the slot's annotation two batches old,
      // often made by the other worker, held 8-10 MB more at its peak for no CPU saved.)
      prepare(r);
      for (std::size_t i = 0; i < r.docs.size(); ++i) {
        annotate_one(r, i);
        emit_one(r, i);
        Pipeline::recycle(r.out[i]);  // its room is the next document's
        r.prepared[i].reset();
      }
      end_batch(r);
      r.out.clear();
      return;
    }
    // Queued behind the batch before, which the workers may still be finishing; that one
    // is handed to the sink once done, while the workers go on with this one.
    prepare(r);
    const std::uint64_t number = pool_->start(r.docs.size(), tasks_[reading_]);
    pool_->wait(number - 1);  // the batch before, annotated
    emit(working());
    reading_ = 1 - reading_;  // the next batch is read into the one just handed on
  }

  // The annotations of the batch this one held before are not freed by emit(): each is
  // replaced (so freed) by the thread that annotates the same slot now, a worker, so
  // what the workers allocate goes back to the workers' malloc arenas. Freed on the
  // calling thread, their small blocks went to its cache and were taken from there for
  // the graph and database's long-lived data, pinning pages of the workers' arenas.
  static void prepare(Batch& b) {
    b.out.resize(b.docs.size());
    b.prepared.resize(b.docs.size());
    b.unprepared.assign(b.docs.size(), nullptr);
    b.failed.assign(b.docs.size(), std::string());
  }

  void annotate_one(Batch& b, std::size_t i) {
    // An internal error in one document skips that document; it is reported by emit(),
    // on the calling thread and in input order, so the messages are the same for any --jobs.
    try {
      b.out[i] = annotate_(b.docs[i]);
    } catch (const std::exception& e) {
      b.failed[i] = internal_error_message(e.what());
      b.out[i] = Annotation{};
    } catch (...) {
      b.failed[i] = internal_error_message({});
      b.out[i] = Annotation{};
    }
    prepare_one(b, i);
  }
  // PrepareFn's work on the annotation, on the same thread; what it throws goes to the
  // calling thread (emit_one()), so it ends the run as the sink's exception would.
  void prepare_one(Batch& b, std::size_t i) {
    if (!prepare_ || !b.out[i].doc) {
      b.prepared[i].reset();
      return;
    }
    try {
      b.prepared[i] = prepare_(b.out[i]);
    } catch (...) {
      b.prepared[i].reset();
      b.unprepared[i] = std::current_exception();
    }
  }

  // Every batch queued, annotated.
  void wait() {
    if (pool_) pool_->wait_all();
  }

  // The batch's annotations to the sink and its internal errors to the diagnostics, in
  // input order; then the batch has no documents.
  void emit(Batch& b) {
    if (b.docs.empty()) return;
    for (std::size_t i = 0; i < b.docs.size(); ++i) emit_one(b, i);
    end_batch(b);
  }
  void emit_one(Batch& b, std::size_t i) {
    if (!b.failed[i].empty()) diag_.error(b.docs[i].source, 0, 0, b.failed[i]);
    if (!b.out[i].doc) return;
    if (b.unprepared[i]) std::rethrow_exception(b.unprepared[i]);
    sink_(b.docs[i], b.out[i], b.prepared[i]);
    ++progress_.documents;
  }
  // After a batch's documents went to the sink: progress, then the batch has no documents.
  void end_batch(Batch& b) {
    if (options_.progress) {
      progress_.input_bytes = b.read_bytes;
      progress_.seconds = seconds();
      options_.progress(progress_);
    }
    b.docs.clear();  // b.out and b.prepared stay: see prepare()
    b.text_bytes = 0;
    b.failed.clear();
    b.unprepared.clear();
  }

  double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count(); }

  const AnnotateFn& annotate_;
  const PrepareFn& prepare_;
  const PreparedSink& sink_;
  Diagnostics& diag_;
  const RunOptions& options_;
  const unsigned jobs_;
  const std::chrono::steady_clock::time_point t0_;
  std::uint64_t read_bytes_ = 0;  // input read up to the last document taken into a batch
  RunProgress progress_;
  // The batch being filled (batches_[reading_]) and the one queued before it, being
  // annotated by the workers or handed to the sink; each batch keeps its place, so
  // tasks_[k], what the workers do with batches_[k], is made once.
  Batch batches_[2];
  std::size_t reading_ = 0;
  std::function<void(std::size_t)> tasks_[2];
  std::optional<WorkerPool> pool_;         // jobs_ > 1; last, so its threads end first
};

}  // namespace

IngestStats run_annotator(const AnnotateFn& annotate, const std::vector<std::string>& inputs,
                          const AnnotationSink& sink, Diagnostics& diag, const RunOptions& options) {
  return run_annotator(annotate, inputs, PrepareFn(),
                       [&sink](const Document& d, const Annotation& a, const std::any&) { sink(d, a); }, diag, options);
}

IngestStats run_annotator(const AnnotateFn& annotate, const std::vector<std::string>& inputs,
                          const PrepareFn& prepare, const PreparedSink& sink, Diagnostics& diag,
                          const RunOptions& options) {
  const unsigned jobs = worker_count(options.jobs);
  BatchRunner runner(annotate, prepare, sink, diag, options, jobs);
  if (options.progress) runner.set_total_bytes(input_size(inputs));
  IngestOptions ingest = options.ingest;
  if (options.progress) {
    ingest.on_input_bytes = [&runner, outer = options.ingest.on_input_bytes](std::uint64_t n) {
      runner.set_read_bytes(n);
      if (outer) outer(n);
    };
  }
  auto stats = read_inputs(inputs, [&runner](Document&& d) { runner.add(std::move(d)); }, diag, ingest);
  runner.finish();
  return stats;
}

}  // namespace gazette
