// explain_html (explain_html.hpp): the annotation drawn displaCy-like, every mark on a
// track of its own so overlapping marks stay readable. The page's style and self-test
// script are exporters/report/explain.css and explain.js, compiled in.
#include "gazette/explain_html.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/exporter.hpp"
#include "gazette/text.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

namespace gazette {

namespace {

std::string asset(std::string_view name) {
  const auto text = builtin_file(name);
  if (!text) throw std::logic_error("built-in file missing: " + std::string(name));
  return std::string(*text);
}

struct Mark {
  std::uint32_t begin = 0, end = 0;  // bytes
  std::string kind;                  // entity type, quote, cue, rel, skip
  std::string label, title;
  std::size_t track = 0;
};

std::string entity_name(const Annotation& a, std::int32_t e) {
  return e >= 0 && static_cast<std::size_t>(e) < a.entities.size() ? a.entities[static_cast<std::size_t>(e)].canonical
                                                                   : std::string("(unknown)");
}

void add_mentions(const Annotation& a, std::vector<Mark>& marks) {
  for (const Mention& m : a.mentions) {
    if (m.entity < 0 || m.span.empty()) continue;
    const Entity& e = a.entities[static_cast<std::size_t>(m.entity)];
    Mark k{m.span.begin, m.span.end, std::string(to_string(e.type)), std::string(to_string(e.type)), {}, 0};
    if (a.text(m.span) != e.canonical) k.label += " " + e.canonical;
    k.title = std::string(to_string(e.type)) + " " + e.canonical + "; rule " + m.source.rule;
    if (!m.resolved_from.empty()) k.title += "; resolved from \"" + m.resolved_from + "\"";
    if (!m.coreference_rule.empty()) k.title += " (" + m.coreference_rule + ")";
    if (m.metonymic) k.title += "; metonymy";
    marks.push_back(std::move(k));
  }
}

void add_quotes(const Annotation& a, std::vector<Mark>& marks) {
  for (std::size_t qi = 0; qi < a.quotes.size(); ++qi) {
    const Quote& q = a.quotes[qi];
    const std::string n = "#" + std::to_string(qi + 1);
    const std::string speaker = entity_name(a, q.speaker);
    std::string title = std::string(q.kind == Quote::Kind::Direct ? "direct" : "indirect") + " quote " + n +
                        ", speaker " + speaker;
    if (!q.speaker_from.empty()) title += " (from \"" + q.speaker_from + "\")";
    title += ", cue \"" + q.cue + "\", rule " + q.rule;
    for (std::size_t k = 0; k < q.about.size(); ++k) title += (k ? "; " : ", about ") + entity_name(a, q.about[k]);
    if (!q.span.empty()) marks.push_back({q.span.begin, q.span.end, "quote", "QUOTE " + n + " " + speaker, title, 0});
    if (!q.cue_span.empty()) marks.push_back({q.cue_span.begin, q.cue_span.end, "cue", "CUE " + n, title, 0});
  }
}

// One mark per distinct evidence span, labelled with every relation it shows.
void add_relations(const Annotation& a, std::vector<Mark>& marks) {
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::vector<std::string>> by_span;
  for (const Relation& r : a.relations) {
    const std::string what = entity_name(a, r.head) + " " + std::string(to_string(r.type)) + " " + entity_name(a, r.tail) +
                             (r.role.empty() ? "" : " (" + r.role + ")") + " [rule " + r.rule + "]";
    for (const Span& s : r.evidence)
      if (!s.empty()) by_span[{s.begin, s.end}].push_back(what);
  }
  for (auto& [span, what] : by_span) {
    std::string title;
    for (const auto& w : what) title += (title.empty() ? "" : "\n") + w;
    std::string label = what.size() == 1 ? what.front().substr(0, what.front().find(" [rule"))
                                         : std::to_string(what.size()) + " relations";
    marks.push_back({span.first, span.second, "rel", "REL " + label, title, 0});
  }
}

// Runs of tokens the pipeline skipped: page furniture and repeated paragraphs.
void add_skipped(const Annotation& a, std::vector<Mark>& marks) {
  for (const auto& [flag, why] : {std::pair{kFurniture, "page furniture"}, std::pair{kDuplicate, "duplicate paragraph"}}) {
    for (std::size_t i = 0; i < a.tokens.size();) {
      if (!a.tokens[i].has(flag)) { ++i; continue; }
      std::size_t j = i;
      while (j + 1 < a.tokens.size() && a.tokens[j + 1].has(flag)) ++j;
      marks.push_back({a.tokens[i].span.begin, a.tokens[j].span.end, "skip", std::string("skipped: ") + why,
                       std::string("skipped by the pipeline: ") + why, 0});
      i = j + 1;
    }
  }
}

// Tracks: in text order (longer first at the same start), each mark takes the first
// track free at its start. A mark holds its track to its end or to where its label
// ends, if later: a label's letter (10 px, explain.css) is taken as 0.8 of the text's
// (16 px), plus three letters of margin, so labels on one track do not run into each
// other. Returns the number of tracks.
std::size_t assign_tracks(std::string_view text, std::vector<Mark>& marks) {
  std::stable_sort(marks.begin(), marks.end(), [](const Mark& x, const Mark& y) {
    return x.begin != y.begin ? x.begin < y.begin : x.end > y.end;
  });
  std::vector<std::uint32_t> track_end;
  for (Mark& m : marks) {
    std::size_t t = 0;
    while (t < track_end.size() && track_end[t] > m.begin) ++t;
    if (t == track_end.size()) track_end.push_back(0);
    // Where the label ends, counted in code points of the text from the mark's start.
    std::size_t letters = 3 + (m.label.size() * 8 + 9) / 10, at = m.begin;
    while (letters > 0 && at < text.size()) {
      decode_utf8(text, at);
      --letters;
    }
    track_end[t] = std::max(m.end, static_cast<std::uint32_t>(at));
    m.track = t;
  }
  return track_end.size();
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

}  // namespace

std::string explain_html_begin(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + xml_escape(title) +
         "</title>\n<style>\n" + asset("exporters/report/explain.css") +
         "</style>\n</head>\n<body>\n<h1>" + xml_escape(title) +
         "</h1>\n<p class=\"legend\"><span class=\"k-PERSON\">PERSON</span> <span class=\"k-COUNTRY\">COUNTRY</span> "
         "<span class=\"k-ORGANIZATION\">ORGANIZATION</span> <span class=\"k-LOCATION\">LOCATION</span> "
         "<span class=\"k-quote\">QUOTE</span> <span class=\"k-cue\">CUE</span> <span class=\"k-rel\">RELATION "
         "evidence</span> <span class=\"k-skip\">skipped</span> &mdash; hover a label for its rule</p>\n"
         "<pre id=\"selftest\"></pre>\n";
}

std::string explain_html_end() { return "<script>\n" + asset("exporters/report/explain.js") + "</script>\n</body>\n</html>\n"; }

std::string explain_html(const Annotation& a) {
  const std::string_view text = a.doc->text;
  std::vector<Mark> marks;
  add_mentions(a, marks);
  add_quotes(a, marks);
  add_relations(a, marks);
  add_skipped(a, marks);
  const std::size_t tracks = assign_tracks(text, marks);

  // Segments: cut at every mark boundary and after every run of white space, so lines
  // wrap between words; newlines become line breaks.
  std::set<std::uint32_t> cuts{0, static_cast<std::uint32_t>(text.size())};
  for (const Mark& m : marks) {
    cuts.insert(m.begin);
    cuts.insert(m.end);
  }
  for (std::uint32_t i = 1; i < text.size(); ++i)
    if ((is_space(text[i - 1]) && !is_space(text[i])) || text[i] == '\n' || text[i - 1] == '\n') cuts.insert(i);

  std::string out = "<section class=\"doc\" data-tracks=\"" + std::to_string(tracks) + "\">\n<h2>" + xml_escape(a.doc->id) + "</h2>\n";
  if (!a.doc->date.empty() || !a.doc->url.empty())
    out += "<p class=\"meta\">" + xml_escape(a.doc->date) + " " + xml_escape(a.doc->url) + "</p>\n";
  out += "<div class=\"text\" style=\"--tracks: " + std::to_string(tracks) + "\">";
  // Marks are sorted by begin; `open` holds the indices of those covering the segment.
  std::size_t next = 0;
  std::vector<std::size_t> open;
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    const std::uint32_t b = *it, e = *std::next(it);
    std::erase_if(open, [&](std::size_t i) { return marks[i].end <= b; });
    for (; next < marks.size() && marks[next].begin <= b; ++next)
      if (marks[next].end > b) open.push_back(next);
    const std::string_view seg = text.substr(b, e - b);
    if (seg.find_first_not_of(" \t\r\n") == std::string_view::npos && seg.find('\n') != std::string_view::npos) {
      out += seg.size() > 1 ? "<br><br>" : "<br>";
      continue;
    }
    bool skipped = false;
    for (std::size_t i : open) skipped = skipped || marks[i].kind == "skip";
    out += skipped ? "<span class=\"t skipped\">" : "<span class=\"t\">";
    out += xml_escape(seg);
    for (std::size_t i : open) {
      const Mark& m = marks[i];
      out += "<span class=\"b k-" + m.kind + "\" data-mark=\"" + std::to_string(i) + "\" style=\"--track: " +
             std::to_string(m.track) + "\"></span>";
      if (m.begin == b)
        out += "<span class=\"l k-" + m.kind + "\" data-mark=\"" + std::to_string(i) + "\" style=\"--track: " +
               std::to_string(m.track) + "\" title=\"" + xml_escape(m.title, true) + "\">" + xml_escape(m.label) + "</span>";
    }
    out += "</span>";
  }
  out += "</div>\n";

  out += "<h3>Quotes</h3>\n<ol class=\"quotes\">\n";
  for (const Quote& q : a.quotes) {
    out += "<li><q>" + xml_escape(a.text(q.span)) + "</q> &mdash; <b>" + xml_escape(entity_name(a, q.speaker)) + "</b>";
    if (!q.speaker_from.empty()) out += " (from &ldquo;" + xml_escape(q.speaker_from) + "&rdquo;)";
    out += ", " + std::string(q.kind == Quote::Kind::Direct ? "direct" : "indirect") + ", cue &ldquo;" + xml_escape(q.cue) +
           "&rdquo;, rule " + xml_escape(q.rule);
    for (std::size_t k = 0; k < q.about.size(); ++k) out += (k ? "; " : ", about ") + xml_escape(entity_name(a, q.about[k]));
    out += "</li>\n";
  }
  out += "</ol>\n<h3>Relations</h3>\n<ul class=\"relations\">\n";
  for (const Relation& r : a.relations) {
    out += "<li><b>" + xml_escape(entity_name(a, r.head)) + "</b> " + std::string(to_string(r.type)) + " <b>" +
           xml_escape(entity_name(a, r.tail)) + "</b>";
    if (!r.role.empty()) out += " (role " + xml_escape(r.role) + ")";
    out += " <small>rule " + xml_escape(r.rule) + ", cue &ldquo;" + xml_escape(r.cue) + "&rdquo;</small>";
    if (!r.evidence.empty()) out += "<br><i>" + xml_escape(a.text(r.evidence.front())) + "</i>";
    out += "</li>\n";
  }
  out += "</ul>\n</section>\n";
  return out;
}

}  // namespace gazette
