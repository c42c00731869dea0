#include "gazette/ingest.hpp"

#include "gazette/dates.hpp"
#include "gazette/sentences.hpp"
#include "gazette/text.hpp"

#include <gumbo.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace fs = std::filesystem;

namespace gazette {

namespace {

bool has_ext(const fs::path& p, std::initializer_list<const char*> exts) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(exts.begin(), exts.end(), [&](const char* x) { return e == x; });
}

void html_page(std::string_view html, std::string& text, HtmlMetadata& meta);

class Reader {
 public:
  Reader(const std::function<void(Document&&)>& sink, Diagnostics& diag, const IngestOptions& opt)
      : sink_(sink), diag_(diag), opt_(opt) {}

  void input(const std::string& in) {
    if (in == "-") { jsonl_stream(std::cin, "<stdin>"); return; }
    std::error_code ec;
    const fs::path p(in);
    const auto st = fs::status(p, ec);
    if (ec || !fs::exists(st)) { reject(in, "no such file or directory"); return; }
    if (fs::is_directory(st)) { directory(p, in); return; }
    file(p, in, true);
  }

  IngestStats stats;

 private:
  void reject(const std::string& src, const std::string& msg, std::size_t line = 0) {
    diag_.error(src, line, 0, msg);
    ++stats.rejected_inputs;
  }

  void directory(const fs::path& root, const std::string& shown) {
    std::error_code ec;
    const auto canon = fs::canonical(root, ec);
    if (ec) { reject(shown, "cannot open directory: " + ec.message()); return; }
    if (!visited_.insert(canon.string()).second) { reject(shown, "directory loop (symbolic link back to " + canon.string() + "): skipped"); return; }
    std::vector<fs::path> children;
    // No skip_permission_denied: an unreadable directory is reported, not silently empty.
    for (fs::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec))
      children.push_back(it->path());
    if (ec) reject(shown, "cannot list directory: " + ec.message());
    std::sort(children.begin(), children.end());
    for (const auto& c : children) {
      std::error_code e2;
      const std::string cs = (fs::path(shown) / c.filename()).string();
      if (fs::is_directory(c, e2)) directory(c, cs);
      else if (has_ext(c, {".txt", ".html", ".htm", ".jsonl"})) file(c, cs, false);
    }
  }

  bool read_all(const fs::path& p, const std::string& shown, std::string& out) {
    std::ifstream f(p, std::ios::binary);
    if (!f) { reject(shown, "cannot read file: permission denied or unreadable"); return false; }
    // Read in chunks: works for pipes and devices (/dev/stdin), which cannot seek.
    out.clear();
    char buf[1 << 16];
    while (f.read(buf, sizeof buf) || f.gcount() > 0) out.append(buf, static_cast<std::size_t>(f.gcount()));
    if (f.bad()) { reject(shown, "read error"); return false; }
    return true;
  }

  void file(const fs::path& p, const std::string& shown, bool explicit_input) {
    if (has_ext(p, {".jsonl"})) {
      std::ifstream f(p, std::ios::binary);
      if (!f) { reject(shown, "cannot read file: permission denied or unreadable"); return; }
      jsonl_stream(f, shown);
      return;
    }
    (void)explicit_input;
    std::string bytes;
    if (!read_all(p, shown, bytes)) return;
    input_bytes_ += bytes.size();
    Document d;
    d.id = shown;
    d.source = shown;
    if (has_ext(p, {".html", ".htm"})) {
      if (looks_binary(bytes)) { reject(shown, "looks binary (NUL bytes or control characters): skipped"); return; }
      sanitize(bytes, shown, 0);
      HtmlMetadata meta;
      html_page(bytes, d.text, meta);
      d.title = std::move(meta.title);
      d.url = std::move(meta.url);
      d.outlet = std::move(meta.site_name);
      d.date = read_document_date(meta.date, shown, 0);
    } else {
      if (looks_binary(bytes)) { reject(shown, "looks binary (NUL bytes or control characters): skipped"); return; }
      d.text = std::move(bytes);
      sanitize(d.text, shown, 0);
    }
    emit(std::move(d));
  }

  // The ISO 8601 form of a document's date (dates.hpp); one that cannot be read is
  // kept as given, with a warning naming the file and line.
  std::string read_document_date(const std::string& given, const std::string& src, std::size_t line) {
    if (given.find_first_not_of(" \t\r\n") == std::string::npos) return {};
    if (auto iso = read_date(given)) return *iso;
    diag_.warning(src, line, 0, "date \"" + given.substr(0, 80) +
                                    "\" not read (kept as given, left out of the graph's timeline); read are ISO 8601, "
                                    "RFC 2822, forms such as 12 April 2017 or Apr. 12, 2017 6:37 p.m. ET, and "
                                    "day/month numbers only when they cannot be swapped");
    return given;
  }

  void sanitize(std::string& text, const std::string& src, std::size_t line) {
    const auto r = sanitize_utf8(text);
    if (r.invalid_sequences) {
      diag_.warning(src, line, 0, "invalid UTF-8: " + std::to_string(r.invalid_sequences) +
                                      " bad sequence(s) replaced by U+FFFD, first at byte offset " +
                                      std::to_string(r.first_invalid_offset));
    }
  }

  void emit(Document&& d) {
    if (d.text.size() > opt_.max_document_bytes) {
      // Cut at a UTF-8 boundary.
      std::size_t cut = opt_.max_document_bytes;
      while (cut > 0 && (static_cast<unsigned char>(d.text[cut]) & 0xC0) == 0x80) --cut;
      diag_.warning(d.source, 0, 0, "document of " + std::to_string(d.text.size()) + " bytes cut to the first " +
                                        std::to_string(cut) + " bytes (--max-document-bytes)");
      d.text.resize(cut);
    }
    if (opt_.skip_duplicate_documents && !d.text.empty()) {
      const auto h = normalized_hash(d.text);
      auto [it, fresh] = seen_.emplace(h, d.id);
      if (!fresh) {
        diag_.add({d.source, 0, 0, Diagnostic::Severity::Note, "identical to document " + it->second + ": counted once"});
        ++stats.duplicates;
        return;
      }
    }
    ++stats.documents;
    stats.bytes += d.text.size();
    if (opt_.on_input_bytes) opt_.on_input_bytes(input_bytes_);
    sink_(std::move(d));
  }

  void jsonl_stream(std::istream& in, const std::string& shown) {
    std::string line;
    std::size_t n = 0;
    bool jsonl_seen = false;  // a line that began as JSON
    while (std::getline(in, line)) {
      ++n;
      input_bytes_ += line.size() + 1;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      const std::string where = shown + ":" + std::to_string(n);
      if (line.find('\0') != std::string::npos) { reject(shown, "NUL byte in JSONL line: skipped", n); continue; }
      rapidjson::Document j;
      j.Parse(line.data(), line.size());
      if (j.HasParseError() && shown == "<stdin>" && !jsonl_seen && j.GetErrorOffset() == 0) {
        // Plain text piped in: one error that says what stdin must be, not one per line.
        reject(shown, "standard input is read as JSONL (one {\"id\",\"text\"} object a line), but line " +
                          std::to_string(n) + " is not JSON: give a plain-text article as a .txt file name, "
                          "or convert it to JSONL; standard input skipped");
        return;
      }
      jsonl_seen = true;
      if (j.HasParseError()) {
        reject(shown, std::string("malformed JSON at column ") + std::to_string(j.GetErrorOffset() + 1) + ": " +
                          rapidjson::GetParseError_En(j.GetParseError()) + ": line skipped", n);
        continue;
      }
      if (!j.IsObject()) { reject(shown, "expected a JSON object: line skipped", n); continue; }
      auto get = [&](const char* k) -> std::string {
        auto it = j.FindMember(k);
        if (it == j.MemberEnd()) return {};
        if (it->value.IsString()) return std::string(it->value.GetString(), it->value.GetStringLength());
        if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
        return {};
      };
      auto text_it = j.FindMember("text");
      if (text_it == j.MemberEnd() || !text_it->value.IsString()) { reject(shown, "missing string field \"text\": line skipped", n); continue; }
      Document d;
      d.id = get("id");
      if (d.id.empty()) d.id = where;
      d.source = where;
      d.text.assign(text_it->value.GetString(), text_it->value.GetStringLength());
      d.title = get("title");
      d.date = read_document_date(get("date"), shown, n);
      d.url = get("url");
      d.outlet = get("source");
      if (d.text.find('\0') != std::string::npos) { reject(shown, "document text contains NUL bytes: skipped", n); continue; }
      sanitize(d.text, shown, n);
      emit(std::move(d));
    }
  }

  const std::function<void(Document&&)>& sink_;
  Diagnostics& diag_;
  const IngestOptions& opt_;
  std::set<std::string> visited_;
  std::uint64_t input_bytes_ = 0;
  std::unordered_map<std::uint64_t, std::string> seen_;
};

void walk(GumboNode* node, std::string& out, std::string& title) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
    const char* t = node->v.text.text;
    // Collapse whitespace runs; paragraph breaks come from block elements.
    for (const char* c = t; *c; ++c) {
      const bool sp = *c == ' ' || *c == '\n' || *c == '\t' || *c == '\r';
      if (sp) {
        if (!out.empty() && out.back() != ' ' && out.back() != '\n') out += ' ';
      } else {
        out += *c;
      }
    }
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT) return;
  const GumboTag tag = node->v.element.tag;
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM: case GUMBO_TAG_HEADER: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
      return;
    case GUMBO_TAG_TITLE: {
      const GumboVector& ch = node->v.element.children;
      for (unsigned i = 0; i < ch.length; ++i) {
        auto* c = static_cast<GumboNode*>(ch.data[i]);
        if (c->type == GUMBO_NODE_TEXT) title += c->v.text.text;
      }
      return;
    }
    default: break;
  }
  const bool block = tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 ||
                     tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6 ||
                     tag == GUMBO_TAG_LI || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_ARTICLE ||
                     tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_TR ||
                     tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
  auto para = [&] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty()) return;
    if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') return;
    out += out.back() == '\n' ? "\n" : "\n\n";
  };
  if (block) para();
  if (tag == GUMBO_TAG_BR) { while (!out.empty() && out.back() == ' ') out.pop_back(); out += '\n'; }
  const GumboVector& ch = node->v.element.children;
  for (unsigned i = 0; i < ch.length; ++i) walk(static_cast<GumboNode*>(ch.data[i]), out, title);
  if (block) para();
}

}  // namespace

namespace {

void html_page(std::string_view html, std::string& text, HtmlMetadata& meta) {
  GumboOutput* output = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  text.clear();
  std::string title;
  walk(output->root, text, title);
  gumbo_destroy_output(&kGumboDefaultOptions, output);
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  meta = html_metadata(html);
  if (meta.title.empty()) {
    const auto b = title.find_first_not_of(" \n\t\r");
    const auto e = title.find_last_not_of(" \n\t\r");
    meta.title = b == std::string::npos ? std::string() : title.substr(b, e - b + 1);
  }
  // The title becomes the headline only when the page does not show one near the top
  // (its <h1>, which may differ from og:title), so a headline is never processed twice.
  const std::string_view top = std::string_view(text).substr(0, 4096);
  const bool shown = top.find(meta.title) != std::string_view::npos ||
                     (!meta.h1.empty() && top.find(meta.h1) != std::string_view::npos);
  if (!meta.title.empty() && !shown) text = meta.title + "\n\n" + text;
}

}  // namespace

void html_to_text(std::string_view html, std::string& text, std::string& title) {
  HtmlMetadata meta;
  html_page(html, text, meta);
  title = std::move(meta.title);
}

IngestStats read_inputs(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink,
                        Diagnostics& diag, const IngestOptions& options) {
  Reader r(sink, diag, options);
  for (const auto& in : inputs) r.input(in);
  return r.stats;
}

}  // namespace gazette
