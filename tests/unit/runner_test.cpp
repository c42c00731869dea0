// The runner (runner.hpp): output in input order and identical for any number of
// jobs; an internal error in one document skips it and is reported, for any jobs.
#include "gazette/annotation_io.hpp"
#include "gazette/runner.hpp"
#include "pipeline_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <any>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>
#include <string>
#include <vector>

#include <unistd.h>

namespace gazette {
namespace {

namespace fs = std::filesystem;

// A JSONL input of `n` short articles, written to a temporary file.
struct Input {
  fs::path path;
  explicit Input(int n) {
    path = fs::temp_directory_path() / ("gazette-runner-test-" + std::to_string(::getpid()) + ".jsonl");
    std::ofstream f(path);
    const char* speakers[] = {"Maria Lindqvist", "Tomas Berg", "Amina Rahal", "Jonas Weber"};
    for (int i = 0; i < n; ++i)
      f << "{\"id\":\"doc-" << i << "\",\"text\":\"Story " << i << ". " << speakers[i % 4]
        << ", the mayor of Lund, met " << speakers[(i + 1) % 4] << " on Monday. \\\"We agreed on " << i
        << " points,\\\" " << speakers[i % 4] << " said.\"}\n";
  }
  ~Input() {
    std::error_code ec;
    fs::remove(path, ec);
  }
};

struct Result {
  std::string jsonl;
  std::vector<std::string> errors;
};

// Annotates `in` with `jobs` workers and a batch of `batch`; documents whose id is in
// `failing` throw from the annotating step; `threads` (when given) collects the ids of
// the threads that annotated.
Result run(const Input& in, unsigned jobs, const std::vector<std::string>& failing = {}, std::size_t batch = 4,
           std::set<std::thread::id>* threads = nullptr) {
  Result r;
  Diagnostics diag;
  diag.set_sink([&](const Diagnostic& d) {
    if (d.severity == Diagnostic::Severity::Error) r.errors.push_back(d.format());
  });
  RunOptions opt;
  opt.jobs = jobs;
  opt.batch = batch;
  const Pipeline& p = testing::pipeline();
  std::mutex m;
  auto annotate = [&](const Document& d) {
    if (threads) {
      std::lock_guard lock(m);
      threads->insert(std::this_thread::get_id());
    }
    for (const auto& id : failing)
      if (d.id == id) throw std::runtime_error("injected failure");
    return p.annotate(d);
  };
  const auto stats = run_annotator(annotate, {in.path.string()},
                                   [&](const Document&, const Annotation& a) { write_annotation_jsonl(a, r.jsonl); },
                                   diag, opt);
  EXPECT_EQ(stats.documents, 11u);
  return r;
}

TEST(Runner, OneAndTwoJobsGiveTheSameOutput) {
  const Input in(11);
  const Result one = run(in, 1), two = run(in, 2);
  EXPECT_FALSE(one.jsonl.empty());
  EXPECT_EQ(std::count(one.jsonl.begin(), one.jsonl.end(), '\n'), 11);
  EXPECT_EQ(one.jsonl, two.jsonl);
  EXPECT_TRUE(one.errors.empty());
  // In input order.
  EXPECT_LT(one.jsonl.find("\"id\":\"doc-2\""), one.jsonl.find("\"id\":\"doc-10\""));
}

TEST(Runner, AnInternalErrorSkipsTheDocumentAndIsReportedWithAnyJobs) {
  const Input in(11);
  const Result all = run(in, 1);
  for (unsigned jobs : {1u, 2u}) {
    const Result r = run(in, jobs, {"doc-3", "doc-6"});
    // The other nine documents are written, as without the failures.
    EXPECT_EQ(std::count(r.jsonl.begin(), r.jsonl.end(), '\n'), 9) << jobs;
    EXPECT_EQ(r.jsonl.find("\"id\":\"doc-3\""), std::string::npos) << jobs;
    EXPECT_EQ(r.jsonl.find("\"id\":\"doc-6\""), std::string::npos) << jobs;
    const auto line_of = [](const std::string& s, const char* id) {
      const auto at = s.find(std::string("{\"id\":\"") + id + "\"");
      return at == std::string::npos ? std::string() : s.substr(at, s.find('\n', at) - at);
    };
    EXPECT_EQ(line_of(r.jsonl, "doc-7"), line_of(all.jsonl, "doc-7")) << jobs;
    // Reported in input order, naming the document's line.
    ASSERT_EQ(r.errors.size(), 2u) << jobs;
    EXPECT_NE(r.errors[0].find(":4"), std::string::npos) << r.errors[0];
    EXPECT_NE(r.errors[0].find("internal error, document skipped: injected failure"), std::string::npos) << r.errors[0];
    EXPECT_NE(r.errors[1].find(":7"), std::string::npos) << r.errors[1];
  }
}

// The workers of --jobs N are N threads that live for the whole run (runner.cpp,
// WorkerPool), fed batch by batch; a batch slot reused by a later batch never hands
// on the annotation of the earlier one, also when the later document fails.
TEST(Runner, WorkersLiveForTheWholeRunAndBatchSizeDoesNotChangeTheOutput) {
  const Input in(11);
  const Result one = run(in, 1);
  for (unsigned jobs : {2u, 3u}) {
    std::set<std::thread::id> threads;
    const Result r = run(in, jobs, {}, 1, &threads);  // eleven batches of one document
    EXPECT_EQ(r.jsonl, one.jsonl) << jobs;
    EXPECT_LE(threads.size(), jobs);
    EXPECT_EQ(threads.count(std::this_thread::get_id()), 0u);
  }
  EXPECT_EQ(run(in, 2, {}, 100).jsonl, one.jsonl);  // one batch
  for (unsigned jobs : {1u, 2u}) {
    // doc-9 is the second of the third batch of four: its slot held doc-1 two batches before.
    const Result r = run(in, jobs, {"doc-9"});
    EXPECT_EQ(std::count(r.jsonl.begin(), r.jsonl.end(), '\n'), 10) << jobs;
    EXPECT_EQ(r.jsonl.find("\"id\":\"doc-9\""), std::string::npos) << jobs;
    const auto first = r.jsonl.find("\"id\":\"doc-1\"");
    ASSERT_NE(first, std::string::npos) << jobs;
    EXPECT_EQ(r.jsonl.find("\"id\":\"doc-1\"", first + 1), std::string::npos) << jobs;
    ASSERT_EQ(r.errors.size(), 1u) << jobs;
  }
}

// With one job each document goes to the sink before the next one is annotated (its
// annotation freed first, so the next one's buffers reuse memory still in cache:
// runner.cpp flush()); an internal error keeps its place in input order and progress is
// still reported once per batch (and once at the end).
TEST(Runner, OneJobHandsEachDocumentToTheSinkBeforeAnnotatingTheNext) {
  const Input in(11);
  std::vector<std::string> events;
  Diagnostics diag;
  diag.set_sink([&](const Diagnostic& d) {
    if (d.severity == Diagnostic::Severity::Error) events.push_back("error");
  });
  RunOptions opt;
  opt.jobs = 1;
  opt.batch = 4;
  opt.progress = [&](const RunProgress& p) { events.push_back("progress " + std::to_string(p.documents)); };
  const Pipeline& p = testing::pipeline();
  auto annotate = [&](const Document& d) {
    events.push_back("annotate " + d.id);
    if (d.id == "doc-5") throw std::runtime_error("injected failure");
    return p.annotate(d);
  };
  std::string jsonl;
  run_annotator(annotate, {in.path.string()},
                [&](const Document& d, const Annotation& a) {
                  events.push_back("sink " + d.id);
                  write_annotation_jsonl(a, jsonl);
                },
                diag, opt);
  std::vector<std::string> expected;
  std::size_t handed = 0;
  for (int i = 0; i < 11; ++i) {
    const std::string id = "doc-" + std::to_string(i);
    expected.push_back("annotate " + id);
    expected.push_back(i == 5 ? "error" : "sink " + id);
    if (i != 5) ++handed;
    if (i % 4 == 3 || i == 10) expected.push_back("progress " + std::to_string(handed));
  }
  expected.push_back("progress 10");  // finish()
  EXPECT_EQ(events, expected);
  EXPECT_EQ(jsonl, run(in, 2, {"doc-5"}).jsonl);
}

// A batch ends at RunOptions::batch documents or, with more than one job, once its texts
// hold batch_bytes bytes and it has a document per worker (progress is shown once per
// batch, so its counts show where batches end); with one job bytes change nothing.
// The output is the same for every size.
TEST(Runner, BatchesAreSizedByTextBytesWithMoreThanOneJob) {
  const Input in(11);  // texts of 110-120 bytes
  const auto batches = [&](unsigned jobs, std::size_t batch_bytes, std::string* jsonl) {
    RunOptions opt;
    opt.jobs = jobs;
    opt.batch = 4;
    opt.batch_bytes = batch_bytes;
    std::vector<std::size_t> shown;
    opt.progress = [&](const RunProgress& p) { shown.push_back(p.documents); };
    Diagnostics diag;
    const Pipeline& p = testing::pipeline();
    run_annotator([&p](const Document& d) { return p.annotate(d); }, {in.path.string()},
                  [&](const Document&, const Annotation& a) { write_annotation_jsonl(a, *jsonl); }, diag, opt);
    return shown;
  };
  using Counts = std::vector<std::size_t>;
  std::string one, by_count, by_bytes, per_worker, one_small;
  EXPECT_EQ(batches(1, 1 << 20, &one), (Counts{4, 8, 11, 11}));
  EXPECT_EQ(batches(2, 1 << 20, &by_count), (Counts{4, 8, 11, 11}));  // 4 documents come first
  EXPECT_EQ(batches(2, 250, &by_bytes), (Counts{3, 6, 9, 11, 11}));   // 3 texts pass 250 bytes
  EXPECT_EQ(batches(2, 1, &per_worker), (Counts{2, 4, 6, 8, 10, 11, 11}));  // one per worker
  EXPECT_EQ(batches(1, 1, &one_small), (Counts{4, 8, 11, 11}));
  EXPECT_FALSE(one.empty());
  for (const auto* s : {&by_count, &by_bytes, &per_worker, &one_small}) EXPECT_EQ(*s, one);
}

}  // namespace
}  // namespace gazette

namespace gazette {
namespace {

// A PrepareFn (runner.hpp) runs on the thread that annotated the document (a worker
// with two jobs, never the calling thread) and its result reaches the sink with that
// document's annotation, in input order; one that throws ends the run on the calling
// thread at that document's turn, after every document before it went to the sink,
// with any number of jobs; a document whose annotating failed is not prepared.
TEST(Runner, PreparedWorkReachesTheSinkBesideItsDocument) {
  const Input in(11);
  const Pipeline& p = testing::pipeline();
  for (unsigned jobs : {1u, 2u}) {
    RunOptions opt;
    opt.jobs = jobs;
    opt.batch = 4;
    Diagnostics diag;
    std::mutex m;
    std::set<std::thread::id> annotated_on, prepared_on;
    std::vector<std::string> prepared_ids;
    auto annotate = [&](const Document& d) {
      {
        std::lock_guard lock(m);
        annotated_on.insert(std::this_thread::get_id());
      }
      if (d.id == "doc-2") throw std::runtime_error("injected failure");
      return p.annotate(d);
    };
    auto prepare = [&](const Annotation& a) {
      std::lock_guard lock(m);
      prepared_on.insert(std::this_thread::get_id());
      prepared_ids.push_back(a.doc->id);
      if (a.doc->id == "doc-9") throw std::runtime_error("prepare failed");
      return std::any(a.doc->id + ":" + std::to_string(a.quotes.size()));
    };
    std::vector<std::string> sunk;
    auto sink = [&](const Document& d, const Annotation& a, const std::any& x) {
      EXPECT_EQ(std::any_cast<const std::string&>(x), d.id + ":" + std::to_string(a.quotes.size())) << jobs;
      sunk.push_back(d.id);
    };
    EXPECT_THROW(
        {
          try {
            run_annotator(annotate, {in.path.string()}, prepare, sink, diag, opt);
          } catch (const std::runtime_error& e) {
            EXPECT_STREQ(e.what(), "prepare failed") << jobs;
            throw;
          }
        },
        std::runtime_error)
        << jobs;
    EXPECT_EQ(sunk, (std::vector<std::string>{"doc-0", "doc-1", "doc-3", "doc-4", "doc-5", "doc-6", "doc-7",
                                              "doc-8"}))
        << jobs;
    EXPECT_EQ(std::count(prepared_ids.begin(), prepared_ids.end(), "doc-2"), 0) << jobs;
    for (const auto& t : prepared_on) EXPECT_EQ(annotated_on.count(t), 1u) << jobs;
    EXPECT_EQ(prepared_on.count(std::this_thread::get_id()), jobs == 1 ? 1u : 0u) << jobs;
  }
}

}  // namespace
}  // namespace gazette

// One text for a document whose annotating threw, shared by the runner and annotate's
// copies of a failed document (cmd_annotate.cpp): the exception's text after a colon.
TEST(Runner, InternalErrorMessageNamesTheExceptionOnce) {
  EXPECT_EQ(gazette::internal_error_message("bad offset"), "internal error, document skipped: bad offset");
  EXPECT_EQ(gazette::internal_error_message({}), "internal error, document skipped");
}

namespace gazette {
namespace {

// Row 23.188: with two jobs, a batch read is queued for the workers before the batch
// before it is done, so a worker done with its documents of one batch goes on with the
// next while the other finishes the last document of the first; the sink still gets
// every document in input order. Batches of two: doc-1, the last of the first batch,
// waits (at most ten seconds) until doc-2, the first of the second, has started. With a
// barrier at each batch's end doc-2 could not start first and the wait ran out.
TEST(Runner, AWorkerGoesOnWithTheNextBatchWhileTheOtherFinishesTheLastDocument) {
  const Input in(11);
  const Pipeline& p = testing::pipeline();
  std::mutex m;
  std::condition_variable started;
  bool doc2_started = false;
  bool doc2_before_doc1_ended = false;
  auto annotate = [&](const Document& d) {
    if (d.id == "doc-2") {
      std::lock_guard lock(m);
      doc2_started = true;
      started.notify_all();
    } else if (d.id == "doc-1") {
      std::unique_lock lock(m);
      doc2_before_doc1_ended = started.wait_for(lock, std::chrono::seconds(10), [&] { return doc2_started; });
    }
    return p.annotate(d);
  };
  RunOptions opt;
  opt.jobs = 2;
  opt.batch = 2;
  Diagnostics diag;
  std::vector<std::string> order;
  std::string jsonl;
  const auto stats = run_annotator(annotate, {in.path.string()},
                                   [&](const Document& d, const Annotation& a) {
                                     order.push_back(d.id);
                                     write_annotation_jsonl(a, jsonl);
                                   },
                                   diag, opt);
  EXPECT_EQ(stats.documents, 11u);
  EXPECT_TRUE(doc2_before_doc1_ended);
  std::vector<std::string> expected;
  for (int i = 0; i < 11; ++i) expected.push_back("doc-" + std::to_string(i));
  EXPECT_EQ(order, expected);
  EXPECT_EQ(jsonl, run(in, 1).jsonl);
}


// Row 23.221 (Pipeline::recycle(), Annotation::reuse_for()): an annotation given back lends
// the next document on its thread the room of its containers (the tokens' buffer, the
// arena's chunk of lower-case forms), never its content: the next line is the one a fresh
// thread writes. An empty annotation does not replace the spare, nor is a very long
// document's room kept.
TEST(Runner, AnAnnotationGivenBackLendsItsRoomAndNothingElseToTheNext) {
  const Pipeline& p = testing::pipeline();
  Document first, second;
  first.id = "first";
  for (int i = 0; i < 40; ++i)
    first.text += "Odile Varenne\xE2\x80\x99s ministry met the SANDVIK delegation in Tromsø. \xE2\x80\x9CWe won\xE2\x80\x99t wait,\xE2\x80\x9D "
                  "Varenne told ZEITUNG reporters. ";
  second.id = "second";
  second.text = "Ilse Brandt, the mayor of Lund, said the Harbour Board\xE2\x80\x99s plan was \xE2\x80\x9C""far too late.\xE2\x80\x9D";
  std::string fresh;
  std::thread([&] { write_annotation_jsonl(p.annotate(second), fresh); }).join();
  std::thread([&] {
    Annotation a = p.annotate(first);
    const std::size_t room = a.tokens.capacity();
    ASSERT_FALSE(a.arena.empty());
    const char* chunk = a.arena.front().data();
    Pipeline::recycle(a);
    EXPECT_EQ(a.doc, nullptr);
    EXPECT_TRUE(a.tokens.empty() && a.arena.empty() && a.mentions.empty());
    Annotation b = p.annotate(second);
    EXPECT_EQ(b.tokens.capacity(), room);  // the first document's room (the second asks less)
    ASSERT_FALSE(b.arena.empty());
    EXPECT_EQ(b.arena.front().data(), chunk);  // its lower-case forms in the first's chunk
    std::string line;
    write_annotation_jsonl(b, line);
    EXPECT_EQ(line, fresh);
    Pipeline::recycle(b);
    Annotation none;
    Pipeline::recycle(none);  // no room: the spare stays
    Annotation huge;
    huge.tokens.reserve(Pipeline::kSpareTokens + 1);
    Pipeline::recycle(huge);  // too much room: freed, the spare stays
    const Annotation c = p.annotate(second);
    EXPECT_EQ(c.tokens.capacity(), room);
    line.clear();
    write_annotation_jsonl(c, line);
    EXPECT_EQ(line, fresh);
  }).join();
}

// Annotation::reuse_for() empties every member (each stage only adds to an annotation),
// the arena down to its roomiest chunk, first.
TEST(Runner, AnAnnotationReusedForADocumentIsEmpty) {
  Document d;
  Annotation a;
  a.doc = &d;
  a.arena.emplace_back("abc");
  a.arena.emplace_back();
  a.arena.back().reserve(4096);
  a.arena.back() = "lower";
  a.arena.emplace_back("z");
  const char* roomiest = std::next(a.arena.begin())->data();
  a.tokens.emplace_back();
  a.sentences.emplace_back();
  a.mentions.emplace_back();
  a.cues.emplace_back();
  a.entities.emplace_back();
  a.roles.emplace_back();
  a.role_phrases.emplace_back();
  a.quotes.emplace_back();
  a.unwritten_references.emplace_back();
  a.office_readings.emplace_back();
  a.officials.emplace_back();
  a.quote_marks.push_back({0, 1, true});
  a.quote_marks_paired = true;
  a.relations.emplace_back();
  a.mention_order.push_back(0);
  a.warnings.emplace_back("w");
  Document next;
  a.reuse_for(&next);
  EXPECT_EQ(a.doc, &next);
  ASSERT_EQ(a.arena.size(), 1u);
  EXPECT_TRUE(a.arena.front().empty());
  EXPECT_EQ(a.arena.front().data(), roomiest);
  EXPECT_TRUE(a.tokens.empty() && a.sentences.empty() && a.mentions.empty() && a.cues.empty() && a.entities.empty());
  EXPECT_TRUE(a.roles.empty() && a.role_phrases.empty() && a.quotes.empty() && a.unwritten_references.empty());
  EXPECT_TRUE(a.office_readings.empty() && a.officials.empty() && a.quote_marks.empty() && !a.quote_marks_paired);
  EXPECT_TRUE(a.relations.empty() && a.mention_order.empty() && a.warnings.empty());
  EXPECT_GE(a.tokens.capacity(), 1u);  // the room is kept
}

}  // namespace
}  // namespace gazette
