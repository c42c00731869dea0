#include "gazette/diagnostic.hpp"

namespace gazette {

std::string Diagnostic::format() const {
  std::string s = source;
  if (line) {
    s += ':' + std::to_string(line);
    if (column) s += ':' + std::to_string(column);
  }
  s += severity == Severity::Error ? ": error: " : severity == Severity::Warning ? ": warning: " : ": note: ";
  s += message;
  return s;
}

void Diagnostics::add(Diagnostic d) {
  std::lock_guard lock(mu_);
  if (d.severity == Diagnostic::Severity::Error) ++errors_;
  if (d.severity == Diagnostic::Severity::Warning) ++warnings_;
  if (sink_) sink_(d);
  // Keep memory bounded on huge runs: the sink has seen everything.
  if (items_.size() < 10000) items_.push_back(std::move(d));
}

void Diagnostics::error(std::string source, std::size_t line, std::size_t column, std::string message) {
  add({std::move(source), line, column, Diagnostic::Severity::Error, std::move(message)});
}

void Diagnostics::warning(std::string source, std::size_t line, std::size_t column, std::string message) {
  add({std::move(source), line, column, Diagnostic::Severity::Warning, std::move(message)});
}

std::size_t Diagnostics::errors() const { std::lock_guard lock(mu_); return errors_; }
std::size_t Diagnostics::warnings() const { std::lock_guard lock(mu_); return warnings_; }
std::vector<Diagnostic> Diagnostics::all() const { std::lock_guard lock(mu_); return items_; }
void Diagnostics::set_sink(std::function<void(const Diagnostic&)> sink) { std::lock_guard lock(mu_); sink_ = std::move(sink); }

}  // namespace gazette
