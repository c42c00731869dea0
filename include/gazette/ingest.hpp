// Ingestion: turns inputs (.txt, .html/.htm, .jsonl files, directories, "-" for
// JSONL on stdin) into Documents, one at a time (streaming: memory does not grow
// with the number of documents).
//
// Bad input never stops the run: each problem becomes a Diagnostic naming the
// file (and line or byte offset) and the reader goes on.
//  - invalid UTF-8: kept, each bad sequence replaced by U+FFFD; a warning gives the
//    byte offset of the first one.
//  - a NUL byte or mostly control characters: skipped as binary (error).
//  - a malformed JSONL line: "FILE:LINE: reason" (error), the line is skipped.
//  - unreadable files and directories, directory loops (symlinks): error, skipped.
//  - an identical document (same normalised text) seen before: reported, skipped.
// Directories are walked recursively in sorted order, taking .txt, .html, .htm, .jsonl.
#pragma once

#include "gazette/diagnostic.hpp"
#include "gazette/document.hpp"

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

struct IngestOptions {
  std::size_t max_document_bytes = 64u << 20;  // larger documents are cut with a warning
  bool skip_duplicate_documents = true;
};

struct IngestStats {
  std::size_t documents = 0, bytes = 0, skipped = 0, duplicates = 0, rejected_inputs = 0;
};

// Calls `sink` for every document read from `inputs`, in order.
// Returns the statistics; problems go to `diag`.
IngestStats read_inputs(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink,
                        Diagnostics& diag, const IngestOptions& options = {});

// Extracts readable text and the <title> from an HTML page (gumbo HTML5 parser):
// script/style/nav/footer/aside/header/form dropped, block elements become
// paragraph breaks, entities decoded.
//
// Elements nested deeper than kMaxHtmlDepth: the HTML5 tree builder's scope checks
// walk the stack of open elements, so its cost grows with the square of the depth
// (100,000 nested <div>s: 40 s). A linear pre-scan estimates the depth (start tags
// minus end tags, leaving out void elements and those HTML closes implicitly, such
// as <p> and <li>); the page is cut before the tag that goes deeper, and the result
// says where. The tree is then walked iteratively, in time linear in its size.
inline constexpr std::size_t kMaxHtmlDepth = 2048;
struct HtmlReport {
  std::size_t cut_at = std::string_view::npos;  // byte offset the page was cut at, or npos
};
HtmlReport html_to_text(std::string_view html, std::string& text, std::string& title);

}  // namespace gazette
