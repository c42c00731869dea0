// explain_html(): `gazette explain --format html`, the article as the pipeline read it,
// in colour (displaCy-like), in one self-contained page (inline CSS and a small inline
// script, nothing fetched).
//
// WHAT IT SHOWS
//   The document text with every mark underlined by a coloured bar, its label at the
//   start of the bar: mentions resolved to an entity (colour of the entity type,
//   label TYPE and the canonical name when it differs from the text; the rule and what
//   a pronoun or role phrase was resolved from in the tooltip), quotes (QUOTE #n and
//   the speaker) and their cues (CUE #n), the evidence spans of relations (one bar
//   per span, labelled with the relations it shows), and the text the pipeline
//   skipped: page furniture (credits, share bars, bylines) and paragraphs repeating an
//   earlier one, greyed and labelled "skipped". Marks may overlap or nest: each gets a
//   track (a row of bars under the line) of its own, the first free one in text
//   order, holding it to its end or to the end of its label if later, so neither bars
//   nor labels of overlapping or adjacent marks cover each other. Below the text, the
//   quotes and relations are listed as in the text output (explain.hpp).
//   Opened with "#selftest" in the URL, the page checks its own drawing (every mark
//   drew its bars and one label; bars of overlapping marks and labels do not
//   intersect; skipped text is struck through) and writes the result into <pre id="selftest">, for the headless browser
//   test (tests/e2e/explain_browser.sh).
// FORMAT
//   explain_html_begin(), then explain_html(a) for each document, then
//   explain_html_end(). Text is HTML-escaped; deterministic.
#pragma once

#include "gazette/annotation.hpp"

#include <string>

namespace gazette {

std::string explain_html_begin(const std::string& title);
std::string explain_html(const Annotation& a);
std::string explain_html_end();

}  // namespace gazette
