#include "progress.hpp"

#include <cstdio>
#include <iostream>

namespace gazette::cli {

ProgressLine& ProgressLine::get() {
  static ProgressLine line;
  return line;
}

std::string format_mb(double bytes) {
  char buf[32];
  if (bytes < 1e3) std::snprintf(buf, sizeof buf, "%.0f B", bytes);
  else if (bytes < 1e6) std::snprintf(buf, sizeof buf, "%.0f kB", bytes / 1e3);
  else std::snprintf(buf, sizeof buf, "%.1f MB", bytes / 1e6);
  return buf;
}

std::string format_duration(double seconds) {
  const long s = static_cast<long>(seconds + 0.5);
  char buf[32];
  if (s < 60) std::snprintf(buf, sizeof buf, "%lds", s);
  else if (s < 3600) std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
  return buf;
}

void ProgressLine::stage(const std::string& name) {
  std::lock_guard lock(mu_);
  if (!enabled_) return;
  if (!stage_.empty() && shown_) std::fputc('\n', stderr);  // the previous stage's last state stays
  shown_ = 0;
  stage_ = name;
  text_.clear();
  stage_start_ = std::chrono::steady_clock::now();
  draw_locked(true);
}

void ProgressLine::update(const RunProgress& p) {
  std::lock_guard lock(mu_);
  if (!enabled_) return;
  std::string t = std::to_string(p.documents) + (p.documents == 1 ? " document, " : " documents, ") + format_mb(static_cast<double>(p.input_bytes));
  const double rate = p.seconds > 0 ? static_cast<double>(p.input_bytes) / p.seconds : 0;
  if (p.total_bytes > 0) {
    const double frac = std::min(1.0, static_cast<double>(p.input_bytes) / static_cast<double>(p.total_bytes));
    char pct[16];
    std::snprintf(pct, sizeof pct, "%.0f%%", frac * 100);
    t += " of " + format_mb(static_cast<double>(p.total_bytes)) + " (" + pct + ")";
    if (rate > 0) {
      char r[32];
      std::snprintf(r, sizeof r, ", %.1f MB/s", rate / 1e6);
      t += r;
      if (frac < 1.0) t += ", ETA " + format_duration(static_cast<double>(p.total_bytes - std::min(p.total_bytes, p.input_bytes)) / rate);
    }
  } else if (rate > 0) {
    char r[32];
    std::snprintf(r, sizeof r, ", %.1f MB/s", rate / 1e6);
    t += r;
  }
  text_ = t;
  draw_locked(p.total_bytes > 0 && p.input_bytes >= p.total_bytes);
}

void ProgressLine::note(const std::string& line) {
  std::lock_guard lock(mu_);
  clear_locked();
  std::cerr << line << "\n";
  std::cerr.flush();
  if (enabled_ && !stage_.empty()) draw_locked(true);
}

void ProgressLine::done(bool keep) {
  std::lock_guard lock(mu_);
  if (!enabled_ || stage_.empty()) return;
  if (keep) {
    draw_locked(true);
    if (shown_) std::fputc('\n', stderr);
    shown_ = 0;
  } else {
    clear_locked();
  }
  stage_.clear();
  text_.clear();
}

void ProgressLine::clear_locked() {
  if (!shown_) return;
  std::fprintf(stderr, "\r%*s\r", static_cast<int>(shown_), "");
  std::fflush(stderr);
  shown_ = 0;
}

void ProgressLine::draw_locked(bool force) {
  const auto now = std::chrono::steady_clock::now();
  // At most ten redraws a second: a terminal is slow, and a log file grows.
  if (!force && shown_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  std::string line = stage_;
  if (!text_.empty()) line += ": " + text_;
  line += " [" + format_duration(std::chrono::duration<double>(now - stage_start_).count()) + "]";
  std::fprintf(stderr, "\r%s", line.c_str());
  if (line.size() < shown_) std::fprintf(stderr, "%*s", static_cast<int>(shown_ - line.size()), "");
  std::fflush(stderr);
  shown_ = std::max(shown_, line.size());
}

}  // namespace gazette::cli
