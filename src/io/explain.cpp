#include "gazette/explain.hpp"

#include <algorithm>
#include <map>

namespace gazette {

std::string explain(const Annotation& a) {
  const std::string_view text = a.doc->text;
  // Insertions at byte offsets: closing marks before opening ones at the same offset.
  std::multimap<std::uint32_t, std::pair<int, std::string>> ins;
  for (const auto& m : a.mentions) {
    if (m.entity < 0) continue;
    const Entity& e = a.entities[static_cast<std::size_t>(m.entity)];
    ins.emplace(m.span.begin, std::make_pair(1, std::string("[")));
    std::string close = "]{" + std::string(to_string(e.type)) + "=" + e.canonical;
    if (m.metonymic) close += " metonymy";
    close += " ~" + m.source.rule + "}";
    ins.emplace(m.span.end, std::make_pair(0, close));
  }
  for (std::size_t qi = 0; qi < a.quotes.size(); ++qi) {
    ins.emplace(a.quotes[qi].span.begin, std::make_pair(2, std::string("\u00AB")));
    ins.emplace(a.quotes[qi].span.end, std::make_pair(-1, "\u00BB#" + std::to_string(qi + 1)));
  }
  std::string out = "== " + a.doc->id + "\n";
  std::uint32_t pos = 0;
  std::vector<std::pair<int, std::string>> here;
  for (auto it = ins.begin(); it != ins.end();) {
    const std::uint32_t at = it->first;
    here.clear();
    for (; it != ins.end() && it->first == at; ++it) here.push_back(it->second);
    std::stable_sort(here.begin(), here.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    out.append(text.substr(pos, at - pos));
    for (const auto& h : here) out += h.second;
    pos = at;
  }
  out.append(text.substr(pos));
  out += "\n-- quotes\n";
  for (std::size_t qi = 0; qi < a.quotes.size(); ++qi) {
    const Quote& q = a.quotes[qi];
    out += "#" + std::to_string(qi + 1) + " " + (q.kind == Quote::Kind::Direct ? "direct" : "indirect") + ", speaker ";
    out += q.speaker >= 0 ? a.entities[static_cast<std::size_t>(q.speaker)].canonical : std::string("(unknown)");
    if (!q.speaker_from.empty()) {
      // The coreference chain: the surface, the rule that resolved it and the mention it
      // went through (`from "he" by pronoun <- "Jane Roe"`).
      out += " (from \"" + q.speaker_from + "\"";
      if (!q.speaker_rule.empty()) out += " by " + q.speaker_rule;
      if (q.speaker_antecedent >= 0 && static_cast<std::size_t>(q.speaker_antecedent) < a.mentions.size())
        out += " <- \"" + std::string(a.text(a.mentions[static_cast<std::size_t>(q.speaker_antecedent)].span)) + "\"";
      out += ")";
    }
    out += ", cue \"" + q.cue + "\", rule " + q.rule;
    if (!q.about.empty()) {
      out += ", about ";
      for (std::size_t k = 0; k < q.about.size(); ++k)
        out += (k ? "; " : "") + a.entities[static_cast<std::size_t>(q.about[k])].canonical;
    }
    out += "\n";
  }
  out += "-- relations\n";
  for (const auto& r : a.relations) {
    out += a.entities[static_cast<std::size_t>(r.head)].canonical + " " + std::string(to_string(r.type)) + " " +
           a.entities[static_cast<std::size_t>(r.tail)].canonical;
    if (!r.role.empty()) out += " (role " + r.role + ")";
    out += "  [rule " + r.rule + ", cue \"" + r.cue + "\", confidence " + std::to_string(r.confidence).substr(0, 4) + "]";
    if (!r.evidence.empty()) {
      std::string ev(a.text(r.evidence.front()));
      if (ev.size() > 160) ev = ev.substr(0, 157) + "...";
      out += "\n    evidence: " + ev;
    }
    out += "\n";
  }
  return out;
}

}  // namespace gazette
