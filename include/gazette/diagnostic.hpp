// Diagnostic: a problem with an input or data file, as a value (RE2 style).
// Format: "file:line:col: severity: message" (line/col omitted when 0).
// The library never prints; the CLI prints the collected diagnostics to stderr.
#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace gazette {

struct Diagnostic {
  enum class Severity { Note, Warning, Error };
  std::string source;      // file path, "<builtin>/...", or "<stdin>"
  std::size_t line = 0;    // 1-based; 0 = none
  std::size_t column = 0;  // 1-based; 0 = none
  Severity severity = Severity::Error;
  std::string message;
  std::string format() const;
};

// Thread-safe collector. `sink`, when set, is called for every diagnostic as it arrives.
class Diagnostics {
 public:
  void add(Diagnostic d);
  void error(std::string source, std::size_t line, std::size_t column, std::string message);
  void warning(std::string source, std::size_t line, std::size_t column, std::string message);
  std::size_t errors() const;
  std::size_t warnings() const;
  std::vector<Diagnostic> all() const;
  void set_sink(std::function<void(const Diagnostic&)> sink);

 private:
  mutable std::mutex mu_;
  std::vector<Diagnostic> items_;
  std::function<void(const Diagnostic&)> sink_;
  std::size_t errors_ = 0, warnings_ = 0;
};

}  // namespace gazette
