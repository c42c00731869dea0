// Ingestion: turns inputs (.txt, .html/.htm, .jsonl files, directories, "-" for
// JSONL on stdin) into Documents, one at a time (streaming: memory does not grow
// with the number of documents).
//
// Bad input never stops the run: each problem becomes a Diagnostic naming the
// file (and line or byte offset) and the reader goes on.
//  - invalid UTF-8: kept, each bad sequence replaced by U+FFFD; a warning gives the
//    byte offset of the first one. The same for the metadata (JSONL id, title, date,
//    url, source; file names), so every output is valid UTF-8.
//  - a JSONL line nested deeper than kMaxJsonDepth (json_depth.hpp): error, skipped.
//  - more than max_document_bytes: a file is cut there and the rest is not read; a
//    JSONL line longer than that plus 1 MB is skipped (error). Memory stays bounded.
//  - a NUL byte or mostly control characters: skipped as binary (error).
//  - a malformed JSONL line: "FILE:LINE: reason" (error), the line is skipped.
//  - unreadable files and directories, directory loops (symlinks): error, skipped.
//  - an identical document (same normalised text) seen before: reported, skipped; with
//    copy_duplicate_documents (annotate), one whose text is byte-identical to an earlier
//    one's is reported and handed on, marked (Document::duplicate_of).
// Directories are walked recursively in sorted order, taking .txt, .html, .htm, .jsonl.
#pragma once

#include "gazette/diagnostic.hpp"
#include "gazette/document.hpp"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

struct DateWords;  // dates.hpp

struct IngestOptions {
  std::size_t max_document_bytes = 64u << 20;  // larger documents are cut with a warning
  bool skip_duplicate_documents = true;
  // gazette annotate, one output line per input document: a document whose text is
  // byte-identical to an earlier one's reaches the sink too, with Document::duplicate_of
  // the earlier one's id (a note says so); every document gets Document::text_key.
  // Texts that differ only in white space are then no duplicates (their offsets differ).
  // Counted in IngestStats::duplicates, not in documents.
  bool copy_duplicate_documents = false;
  // When set, called before each document reaches the sink with the bytes of input
  // read so far (whole files; JSONL lines with their newline), for progress displays.
  std::function<void(std::uint64_t)> on_input_bytes;
  // The words of the date grammar documents' dates are read with (dates.hpp); null: the
  // built-in lists. run_pipeline() passes the pipeline's (user files included).
  const DateWords* date_words = nullptr;
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

// What a news page says about itself (src/io/html_meta.cpp):
//   title: og:title, else the first <h1>, else JSON-LD "headline", else <title>;
//          a site name is taken off it ("Talks stall | Daily Example" -> "Talks
//          stall": the og:site_name, or a segment of at most four words after " | ");
//   date:  as written in article:published_time, else itemprop datePublished (<meta>
//          or <time datetime>), else JSON-LD "datePublished", else <meta name="date">
//          (read_date(), dates.hpp, makes it ISO 8601);
//   url:   <link rel="canonical">, else og:url;  site_name: og:site_name;
//   h1:    the first <h1>'s text, spaces folded (the headline as the page shows it).
// Empty strings for what the page does not say. html_to_text() puts the title
// before the text only when neither it nor the h1 is in the text's first 4 KB
// (an <h1> inside a dropped <header>), so a headline is never processed twice.
struct HtmlMetadata {
  std::string title, date, url, site_name, h1;
};
HtmlMetadata html_metadata(std::string_view html);

}  // namespace gazette
