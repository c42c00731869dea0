// ProgressLine: the CLI's one-line progress display on stderr (STYLE.md F): the
// stage ("annotating", "measuring", "writing graph.gexf"), and while annotating the
// documents, MB read of MB in all, the percentage, MB/s and the ETA. Notes and
// warnings printed while it is shown go through note(), which clears the line,
// prints the note on its own line and draws the line again below it.
// THREAD SAFETY: all members may be called from any thread (one mutex).
#pragma once

#include "gazette/runner.hpp"

#include <chrono>
#include <mutex>
#include <string>

namespace gazette::cli {

class ProgressLine {
 public:
  // The process's progress line; disabled (every call prints nothing but notes)
  // until enable().
  static ProgressLine& get();
  void enable(bool on) { std::lock_guard lock(mu_); enabled_ = on; }
  bool enabled() const { std::lock_guard lock(mu_); return enabled_; }
  // Starts a stage; its line shows the elapsed time until the next stage or done().
  void stage(const std::string& name);
  // The annotating stage's figures (RunOptions::progress).
  void update(const RunProgress& p);
  // Prints `line` (a complete line without '\n') to stderr on its own line.
  void note(const std::string& line);
  // Clears the line; the stage's last state stays as a line when `keep`.
  void done(bool keep = true);

 private:
  void draw_locked(bool force);
  void clear_locked();
  mutable std::mutex mu_;
  bool enabled_ = false;
  std::string stage_, text_;
  std::size_t shown_ = 0;  // width of the line on screen
  std::chrono::steady_clock::time_point stage_start_, last_draw_;
};

// "1.2 MB", "840 kB".
std::string format_mb(double bytes);
// "3s", "2m05s", "1h02m".
std::string format_duration(double seconds);

}  // namespace gazette::cli
