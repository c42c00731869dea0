#pragma once
// The run's JSON lines (gazette annotate), held and written 64 KB at a time to a file or a
// pipe (a line a few KB against stdio's 4 KB buffer made one or two write calls a
// document), each line at once to a terminal. What is held is written when the run ends,
// also when an exception ends it (the destructor): then only the complete lines, up to
// the last added(), not a line cut by the exception while it was being written.
// A block written out by flush() may be handed over (hand_over(): RecentLines::retire(),
// row 23.414) instead of cleared; the destructor never hands one over.
// Header-only so that the unit tests reach it (tests/unit/stdout_lines_test.cpp).

#include <cstddef>
#include <cstdio>
#include <functional>
#include <string>
#include <utility>

#include <unistd.h>

namespace gazette::cli {

class StdoutLines {
 public:
  explicit StdoutLines(std::FILE* out = stdout)
      : out_(out), hold_(isatty(fileno(out)) == 0 ? kBlock : 0) {}
  StdoutLines(const StdoutLines&) = delete;
  StdoutLines& operator=(const StdoutLines&) = delete;
  ~StdoutLines() { write_complete(); }
  // Where the next line is appended; added() after it.
  std::string& text() { return text_; }
  void added() {
    complete_ = text_.size();
    if (complete_ >= hold_) flush();
  }
  // Writes the complete lines held; a line begun after the last added() is dropped. The
  // block written is given to the hand-over, which leaves text() empty, or cleared.
  void flush() {
    write_complete();
    text_.resize(complete_);
    if (hand_over_ && !text_.empty()) hand_over_(text_);
    text_.clear();
    complete_ = 0;
  }
  // What flush() gives each block written out to (its complete lines only).
  void hand_over(std::function<void(std::string&)> f) { hand_over_ = std::move(f); }

 private:
  void write_complete() {
    if (complete_ > 0) std::fwrite(text_.data(), 1, complete_, out_);
  }

  static constexpr std::size_t kBlock = std::size_t{1} << 16;
  std::FILE* out_;
  const std::size_t hold_;
  std::string text_;
  std::size_t complete_ = 0;  // the bytes up to the end of the last complete line
  std::function<void(std::string&)> hand_over_;
};

}  // namespace gazette::cli
