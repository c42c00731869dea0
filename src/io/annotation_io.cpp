#include "gazette/annotation_io.hpp"

#include "gazette/enum_names.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>

namespace gazette {

namespace {

// The canonical name with whitespace runs (NBSP, newlines) folded to one space.
std::string clean_name(std::string_view s) {
  // Common case: ASCII with single spaces only, nothing to fold.
  bool plain = true;
  for (std::size_t i = 0; i < s.size() && plain; ++i) {
    const auto b = static_cast<unsigned char>(s[i]);
    plain = b >= 0x21 && b < 0x80 ? true : b == ' ' && i > 0 && i + 1 < s.size() && s[i + 1] != ' ';
  }
  if (plain) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t j = i;
    const char32_t c = decode_utf8(s, j);
    if (is_space_cp(c)) {
      space = true;
    } else {
      if (space && !out.empty()) out += ' ';
      space = false;
      out.append(s.substr(i, j - i));
    }
    i = j;
  }
  return out;
}

constexpr std::string_view kStageNames[] = {"tokens", "sentences", "mentions", "entities", "roles", "quotes",
                                             "coreference", "relations"};

}  // namespace

std::string_view to_string(Stage s) { return enum_name(kStageNames, s); }
std::optional<Stage> parse_stage(std::string_view s) { return enum_by_name<Stage>(kStageNames, s); }

void write_annotation_jsonl(const Annotation& a, std::string& out, Stage until) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  const OffsetMap om(a.doc->text);
  auto cp = [&](std::uint32_t b) { return om.to_codepoint(b); };
  auto span = [&](Span s) {
    w.Key("start"); w.Uint(cp(s.begin));
    w.Key("end"); w.Uint(cp(s.end));
    w.Key("text"); const auto t = a.text(s); w.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
  };
  std::vector<std::string> names(a.entities.size());  // clean_name() of each entity, made once
  for (std::size_t e = 0; e < a.entities.size(); ++e) names[e] = clean_name(a.entities[e].canonical);
  auto name = [&](std::int32_t e) {
    if (e < 0) { w.Null(); return; }
    const std::string& n = names[static_cast<std::size_t>(e)];
    w.String(n.c_str(), static_cast<rapidjson::SizeType>(n.size()));
  };
  w.StartObject();
  w.Key("id"); w.String(a.doc->id.c_str(), static_cast<rapidjson::SizeType>(a.doc->id.size()));
  if (!a.doc->title.empty()) { w.Key("title"); w.String(a.doc->title.c_str(), static_cast<rapidjson::SizeType>(a.doc->title.size())); }
  if (!a.doc->date.empty()) { w.Key("date"); w.String(a.doc->date.c_str(), static_cast<rapidjson::SizeType>(a.doc->date.size())); }
  if (!a.doc->url.empty()) { w.Key("url"); w.String(a.doc->url.c_str(), static_cast<rapidjson::SizeType>(a.doc->url.size())); }
  if (!a.doc->outlet.empty()) { w.Key("source"); w.String(a.doc->outlet.c_str(), static_cast<rapidjson::SizeType>(a.doc->outlet.size())); }
  if (until == Stage::Tokens || until == Stage::Sentences) {
    w.Key("tokens"); w.StartArray();
    for (const auto& t : a.tokens) { w.StartArray(); w.Uint(cp(t.span.begin)); w.Uint(cp(t.span.end)); w.EndArray(); }
    w.EndArray();
    if (until == Stage::Sentences) {
      w.Key("sentences"); w.StartArray();
      for (const auto& s : a.sentences) {
        if (s.end_token <= s.first_token) continue;
        w.StartObject();
        span(Span{a.tokens[s.first_token].span.begin, a.tokens[s.end_token - 1].span.end});
        w.Key("paragraph"); w.Uint(s.paragraph);
        if (s.furniture) { w.Key("furniture"); w.Bool(true); }
        if (s.duplicate) { w.Key("duplicate"); w.Bool(true); }
        if (s.headline) { w.Key("headline"); w.Bool(true); }
        w.EndObject();
      }
      w.EndArray();
    }
    w.EndObject();
    out.append(buf.GetString(), buf.GetSize());
    out += '\n';
    return;
  }
  w.Key("entities"); w.StartArray();
  if (until == Stage::Mentions) {
    for (const auto& m : a.mentions) {
      w.StartObject();
      w.Key("type"); const auto ty = to_string(m.type); w.String(ty.data(), static_cast<rapidjson::SizeType>(ty.size()));
      span(m.span);
      w.Key("rule"); w.String(m.source.rule.c_str(), static_cast<rapidjson::SizeType>(m.source.rule.size()));
      w.EndObject();
    }
  } else {
    const std::vector<std::uint32_t> order = a.mentions_in_text_order();
    std::vector<std::uint32_t> rank(order.size());
    for (std::uint32_t k = 0; k < order.size(); ++k) rank[order[k]] = k;
    for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
      const Entity& e = a.entities[ei];
      w.StartObject();
      w.Key("name"); name(static_cast<std::int32_t>(ei));
      w.Key("type"); const auto ty = to_string(e.type); w.String(ty.data(), static_cast<rapidjson::SizeType>(ty.size()));
      if (!e.gazetteer_id.empty()) { w.Key("gazetteer_id"); w.String(e.gazetteer_id.c_str(), static_cast<rapidjson::SizeType>(e.gazetteer_id.size())); }
      if (!e.wikidata.empty()) { w.Key("wikidata"); w.String(e.wikidata.c_str(), static_cast<rapidjson::SizeType>(e.wikidata.size())); }
      w.Key("mentions"); w.StartArray();
      std::vector<std::uint32_t> ms(e.mentions);  // in text order (resolved mentions were appended)
      std::sort(ms.begin(), ms.end(), [&](std::uint32_t x, std::uint32_t y) { return rank[x] < rank[y]; });
      for (auto mi : ms) {
        const Mention& m = a.mentions[mi];
        w.StartObject();
        span(m.span);
        if (m.metonymic) { w.Key("metonymic"); w.Bool(true); }
        if (!m.resolved_from.empty()) { w.Key("resolved_from"); w.String(m.resolved_from.c_str(), static_cast<rapidjson::SizeType>(m.resolved_from.size())); }
        w.Key("rule"); w.String(m.source.rule.c_str(), static_cast<rapidjson::SizeType>(m.source.rule.size()));
        w.EndObject();
      }
      w.EndArray();
      w.EndObject();
    }
  }
  w.EndArray();
  if (until >= Stage::Roles && until < Stage::Relations) {
    w.Key("roles"); w.StartArray();
    for (const auto& r : a.roles) {
      w.StartObject();
      w.Key("person"); name(r.person);
      w.Key("title"); w.String(r.title.c_str(), static_cast<rapidjson::SizeType>(r.title.size()));
      w.Key("of"); if (r.of_name.empty()) w.Null(); else w.String(r.of_name.c_str(), static_cast<rapidjson::SizeType>(r.of_name.size()));
      w.Key("rule"); w.String(r.rule.c_str(), static_cast<rapidjson::SizeType>(r.rule.size()));
      w.EndObject();
    }
    w.EndArray();
  }
  if (until >= Stage::Quotes) {
    w.Key("quotes"); w.StartArray();
    for (const auto& q : a.quotes) {
      w.StartObject();
      span(q.span);
      w.Key("kind"); w.String(q.kind == Quote::Kind::Direct ? "direct" : "indirect");
      w.Key("speaker"); name(q.speaker);
      if (!q.speaker_from.empty()) { w.Key("speaker_from"); w.String(q.speaker_from.c_str(), static_cast<rapidjson::SizeType>(q.speaker_from.size())); }
      w.Key("cue"); w.String(q.cue.c_str(), static_cast<rapidjson::SizeType>(q.cue.size()));
      w.Key("about"); w.StartArray();
      for (auto e : q.about) name(e);
      w.EndArray();
      w.Key("rule"); w.String(q.rule.c_str(), static_cast<rapidjson::SizeType>(q.rule.size()));
      w.EndObject();
    }
    w.EndArray();
  }
  if (until == Stage::Relations) {
    w.Key("relations"); w.StartArray();
    for (const auto& r : a.relations) {
      w.StartObject();
      w.Key("head"); name(r.head);
      w.Key("type"); const auto ty = to_string(r.type); w.String(ty.data(), static_cast<rapidjson::SizeType>(ty.size()));
      w.Key("tail"); name(r.tail);
      w.Key("role"); if (r.role.empty()) w.Null(); else w.String(r.role.c_str(), static_cast<rapidjson::SizeType>(r.role.size()));
      w.Key("cue"); w.String(r.cue.c_str(), static_cast<rapidjson::SizeType>(r.cue.size()));
      w.Key("confidence"); w.Double(r.confidence);
      w.Key("rule"); w.String(r.rule.c_str(), static_cast<rapidjson::SizeType>(r.rule.size()));
      if (!r.evidence.empty()) { w.Key("evidence"); w.StartObject(); span(r.evidence.front()); w.EndObject(); }
      if (r.evidence.size() > 1) {
        w.Key("more_evidence"); w.StartArray();
        for (std::size_t k = 1; k < r.evidence.size(); ++k) { w.StartObject(); span(r.evidence[k]); w.EndObject(); }
        w.EndArray();
      }
      w.EndObject();
    }
    w.EndArray();
  }
  w.EndObject();
  out.append(buf.GetString(), buf.GetSize());
  out += '\n';
}

}  // namespace gazette
