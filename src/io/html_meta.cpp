// html_metadata() (ingest.hpp): what a news page says about itself in its head and
// markup. A second, separate parse from html_to_text()'s text walk: pages are small
// next to the rest of the pipeline, and the two stay independent.
#include "gazette/ingest.hpp"

#include <gumbo.h>
#include <rapidjson/document.h>

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace gazette {

namespace {

std::string_view attr(const GumboNode* n, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&n->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    const bool sp = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (sp) { if (!out.empty() && out.back() != ' ') out += ' '; }
    else out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void text_of(const GumboNode* n, std::string& out) {
  if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE || n->type == GUMBO_NODE_CDATA) {
    out += n->v.text.text;
    return;
  }
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) text_of(static_cast<const GumboNode*>(ch.data[i]), out);
}

// The first "datePublished" (then "headline") string in a JSON-LD object, its @graph
// or arrays of them.
void json_ld(const rapidjson::Value& v, std::string& date, std::string& headline, int depth = 0) {
  if (depth > 8) return;
  if (v.IsArray()) {
    for (const auto& x : v.GetArray()) json_ld(x, date, headline, depth + 1);
    return;
  }
  if (!v.IsObject()) return;
  auto take = [&](const char* key, std::string& out) {
    auto it = v.FindMember(key);
    if (out.empty() && it != v.MemberEnd() && it->value.IsString()) out = it->value.GetString();
  };
  take("datePublished", date);
  take("headline", headline);
  for (const auto& m : v.GetObject())
    if (m.value.IsObject() || m.value.IsArray()) json_ld(m.value, date, headline, depth + 1);
}

struct Found {
  std::string og_title, title, h1, site_name, url, canonical;
  std::string published, item_published, ld_date, ld_headline, meta_date;
};

void walk(const GumboNode* n, Found& f) {
  if (n->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = n->v.element.tag;
  if (tag == GUMBO_TAG_META) {
    const std::string_view key = !attr(n, "property").empty() ? attr(n, "property")
                                 : !attr(n, "name").empty()   ? attr(n, "name")
                                                              : attr(n, "itemprop");
    const std::string_view content = attr(n, "content");
    auto set = [&](std::string& slot) { if (slot.empty()) slot = squeeze(content); };
    if (iequals(key, "og:title")) set(f.og_title);
    else if (iequals(key, "og:site_name")) set(f.site_name);
    else if (iequals(key, "og:url")) set(f.url);
    else if (iequals(key, "article:published_time")) set(f.published);
    else if (iequals(key, "datePublished")) set(f.item_published);
    else if (iequals(key, "date") || iequals(key, "pubdate") || iequals(key, "publish-date") || iequals(key, "dc.date"))
      set(f.meta_date);
    return;
  }
  if (tag == GUMBO_TAG_LINK && iequals(attr(n, "rel"), "canonical") && f.canonical.empty()) {
    f.canonical = std::string(attr(n, "href"));
    return;
  }
  if (tag == GUMBO_TAG_TIME && iequals(attr(n, "itemprop"), "datePublished") && f.item_published.empty()) {
    f.item_published = squeeze(attr(n, "datetime"));
    if (f.item_published.empty()) text_of(n, f.item_published), f.item_published = squeeze(f.item_published);
  }
  if (tag == GUMBO_TAG_SCRIPT) {
    if (iequals(attr(n, "type"), "application/ld+json")) {
      std::string json;
      text_of(n, json);
      rapidjson::Document d;
      d.Parse(json.data(), json.size());
      if (!d.HasParseError()) json_ld(d, f.ld_date, f.ld_headline);
    }
    return;
  }
  if (tag == GUMBO_TAG_TITLE && f.title.empty()) {
    text_of(n, f.title);
    f.title = squeeze(f.title);
    return;
  }
  if (tag == GUMBO_TAG_H1 && f.h1.empty()) {
    text_of(n, f.h1);
    f.h1 = squeeze(f.h1);
  }
  const GumboVector& ch = n->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) walk(static_cast<const GumboNode*>(ch.data[i]), f);
}

// Takes a site name off a title: "Talks stall | Daily Example" -> "Talks stall".
// A segment after the last " | " (or before the first) is the site when it is the
// page's og:site_name or when it is short (at most four words) next to the rest;
// after " - ", " – ", " — " only when it is the og:site_name, since a dash also
// joins the parts of a headline ("Putin - the interview").
std::string strip_site(std::string title, std::string_view site) {
  auto words = [](std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), ' ')) + 1; };
  for (bool again = true; again;) {
    again = false;
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: "}) {
      const bool bar = sep == " | " || sep == " :: ";
      const auto last = title.rfind(sep);
      if (last != std::string::npos && last > 0) {
        const std::string_view tail = std::string_view(title).substr(last + sep.size());
        if ((!site.empty() && iequals(tail, site)) || (bar && words(tail) <= 4 && last > tail.size())) {
          title.resize(last);
          again = true;
          break;
        }
      }
      const auto first = title.find(sep);
      if (first != std::string::npos && first > 0) {
        const std::string_view head = std::string_view(title).substr(0, first);
        const std::size_t rest = title.size() - first - sep.size();
        if ((!site.empty() && iequals(head, site)) || (bar && words(head) <= 4 && rest > head.size() && rest > 0)) {
          title.erase(0, first + sep.size());
          again = true;
          break;
        }
      }
    }
  }
  return title;
}

}  // namespace

HtmlMetadata html_metadata(std::string_view html) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Found f;
  walk(output->root, f);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  HtmlMetadata m;
  m.site_name = f.site_name;
  m.h1 = f.h1;
  // og:title is written for sharing and rarely carries the site; then the h1, the
  // headline on the page; the <title> (tab text) last, as it most often ends in the site.
  const std::string& raw = !f.og_title.empty() ? f.og_title : !f.h1.empty() ? f.h1 : !f.ld_headline.empty() ? f.ld_headline : f.title;
  m.title = strip_site(raw, f.site_name);
  m.date = !f.published.empty() ? f.published : !f.item_published.empty() ? f.item_published : !f.ld_date.empty() ? f.ld_date : f.meta_date;
  m.url = !f.canonical.empty() ? f.canonical : f.url;
  return m;
}

}  // namespace gazette
