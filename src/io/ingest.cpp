#include "gazette/ingest.hpp"

#include "gazette/dates.hpp"
#include "gazette/hash.hpp"
#include "gazette/json_depth.hpp"
#include "gazette/json_scan.hpp"
#include "gazette/sentences.hpp"
#include "gazette/text.hpp"

#include <ext/stdio_filebuf.h>
#include <gumbo.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <unordered_set>

namespace gazette {
namespace {
// A JSONL line parsed in place (Reader::jsonl_stream): RapidJSON's in-situ stream, of a
// type of its own so that the parse's scan of a string's plain bytes is the one below.
struct LineStream : rapidjson::InsituStringStream {
  LineStream(char* begin, const char* end) : rapidjson::InsituStringStream(begin), end_(end) {}
  const char* end_;  // the line's end (a NUL byte there)
};
}  // namespace
}  // namespace gazette

// Moves the string bytes at `is` that need no decoding (up to a quotation mark, a backslash
// or a control byte, the line's closing NUL among them) to where the decoded string is
// being written, sixteen then eight at a time, as RapidJSON's SSE2 build does; the
// parse then handles the byte it stopped at as before.
namespace rapidjson {
template <>
template <>
inline void GenericReader<UTF8<>, UTF8<>, CrtAllocator>::ScanCopyUnescapedString(gazette::LineStream& is,
                                                                                 gazette::LineStream&) {
  char* p = is.src_;
  char* q = is.dst_;
  for (; is.end_ - p >= 16; p += 16, q += 16) {  // sixteen at a time (SSE2), then eight
    if (const unsigned clean = gazette::first_json_escape16(p); clean != 16) {
      if (q != p) std::memmove(q, p, clean);
      is.src_ = p + clean;
      is.dst_ = q + clean;
      return;
    }
    if (q != p) std::memmove(q, p, 16);  // the ranges may overlap
  }
  for (; is.end_ - p >= 8; p += 8, q += 8) {
    std::uint64_t x;
    std::memcpy(&x, p, 8);
    if (const std::uint64_t m = gazette::json_escapes(x); m != 0) {
      const auto clean = static_cast<std::size_t>(std::countr_zero(m) / 8);
      if (q != p) std::memmove(q, p, clean);
      p += clean;
      q += clean;
      is.src_ = p;
      is.dst_ = q;
      return;
    }
    if (q != p) std::memcpy(q, &x, 8);  // x holds the bytes: the ranges may overlap
  }
  for (;; ++p, ++q) {  // the last 0-7 bytes: stops at the NUL at the end at the latest
    const auto c = static_cast<unsigned char>(*p);
    if (c < 0x20 || c == '"' || c == '\\') break;
    *q = *p;
  }
  is.src_ = p;
  is.dst_ = q;
}
}  // namespace rapidjson

namespace fs = std::filesystem;

namespace gazette {

namespace {

bool has_ext(const fs::path& p, std::initializer_list<const char*> exts) {
  std::string e = p.extension().string();
  std::transform(e.begin(), e.end(), e.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(exts.begin(), exts.end(), [&](const char* x) { return e == x; });
}

HtmlReport html_page(std::string_view html, std::string& text, HtmlMetadata& meta);

// The documents read so far, by the digest of their normalised text, with the id of
// the first of each: entries in a deque and the characters of the ids in 64 KiB
// blocks (neither is ever copied to grow, so no freed half-size copies are left
// behind), found through an open-addressing table of indices: about 80 bytes a
// document; an unordered_map of digest -> id string took about 150.
class SeenTexts {
 public:
  // The id of the first document with digest `h` (valid until the next call), or
  // nullopt when there was none: `id` is then recorded as the first.
  std::optional<std::string_view> first_or_add(const Digest& h, std::string_view id) {
    if (2 * (entries_.size() + 1) > slots_.size()) grow();
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t slot = DigestHasher{}(h) & mask;; slot = (slot + 1) & mask) {
      const std::uint32_t at = slots_[slot];
      if (at == 0) {
        entries_.push_back(store(h, id));
        slots_[slot] = static_cast<std::uint32_t>(entries_.size());
        return std::nullopt;
      }
      const Entry& e = entries_[at - 1];
      if (e.digest == h) return std::string_view(blocks_[e.block]).substr(e.offset, e.length);
    }
  }

 private:
  struct Entry {
    Digest digest;
    std::uint32_t block, offset, length;  // the id: blocks_[block].substr(offset, length)
  };
  static constexpr std::size_t kBlock = 64 * 1024;

  Entry store(const Digest& h, std::string_view id) {
    if (blocks_.empty() || blocks_.back().size() + id.size() > blocks_.back().capacity()) {
      blocks_.emplace_back();
      blocks_.back().reserve(std::max(kBlock, id.size()));
    }
    Entry e{h, static_cast<std::uint32_t>(blocks_.size() - 1), static_cast<std::uint32_t>(blocks_.back().size()),
            static_cast<std::uint32_t>(id.size())};
    blocks_.back().append(id);
    return e;
  }

  // Doubles the table (at most half full) and places every digest again.
  void grow() {
    std::vector<std::uint32_t> slots(std::max<std::size_t>(16, 2 * slots_.size()), 0);
    const std::size_t mask = slots.size() - 1;
    for (std::size_t i = 0; i < entries_.size(); ++i) {
      std::size_t slot = DigestHasher{}(entries_[i].digest) & mask;
      while (slots[slot] != 0) slot = (slot + 1) & mask;
      slots[slot] = static_cast<std::uint32_t>(i + 1);
    }
    slots_.swap(slots);
  }

  std::deque<Entry> entries_;
  std::vector<std::string> blocks_;   // the ids' characters, one after another
  std::vector<std::uint32_t> slots_;  // index + 1, or 0 for an empty slot; size a power of two
};

class Reader {
 public:
  Reader(const std::function<void(Document&&)>& sink, Diagnostics& diag, const IngestOptions& opt)
      : sink_(sink), diag_(diag), opt_(opt) {}

  // Standard input as JSONL, read through a buffer of its own (64 KB a read) on stdin's
  // descriptor (the buffer does not close it): std::cin, synchronised with stdio, gives
  // getline a byte at a time (a getc call a byte, a tenth of a run on news-x4).
  void stdin_stream() {
    __gnu_cxx::stdio_filebuf<char> buf(stdin, std::ios::in, std::size_t{1} << 16);
    std::istream in(&buf);
    jsonl_stream(in, "<stdin>");
    // A read that fails (a directory on stdin, an I/O error) is no end of input.
    if (in.bad()) reject("<stdin>", "cannot read standard input (a directory, or a read error): input cut short");
  }

  void input(const std::string& in) {
    if (in == "-") { stdin_stream(); return; }
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

  // Reads at most max_document_bytes (--max-document-mb) of the file: a larger one is
  // cut with a warning and the rest is never read, so memory stays bounded.
  bool read_all(const fs::path& p, const std::string& shown, std::string& out) {
    std::ifstream f(p, std::ios::binary);
    if (!f) { reject(shown, "cannot read file: permission denied or unreadable"); return false; }
    // Read in chunks: works for pipes and devices (/dev/stdin), which cannot seek.
    out.clear();
    const std::size_t limit = opt_.max_document_bytes;
    char buf[1 << 16];
    bool more = false;
    while (f.read(buf, sizeof buf) || f.gcount() > 0) {
      const auto n = static_cast<std::size_t>(f.gcount());
      if (out.size() + n > limit) {
        out.append(buf, limit - out.size());
        more = true;
        break;
      }
      out.append(buf, n);
    }
    if (f.bad()) { reject(shown, "read error"); return false; }
    if (more) {
      cut_utf8(out, limit);
      diag_.warning(shown, 0, 0, "file larger than " + std::to_string(limit) + " bytes cut to the first " +
                                     std::to_string(out.size()) + " bytes, the rest not read (--max-document-mb)");
    }
    return true;
  }

  // Cuts `s` to at most `limit` bytes, at a UTF-8 character boundary.
  static void cut_utf8(std::string& s, std::size_t limit) {
    if (s.size() <= limit) return;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
    s.resize(cut);
  }

  // std::getline keeping at most `limit` bytes of the line (the rest is read and
  // dropped, `cut` set): a line of gigabytes does not become a string of gigabytes.
  static bool bounded_getline(std::istream& in, std::string& line, std::size_t limit, bool& cut) {
    line.clear();
    cut = false;
    char buf[1 << 16];
    bool any = false;
    for (;;) {
      in.getline(buf, sizeof buf);
      const auto n = static_cast<std::size_t>(in.gcount());
      if (n == 0 && !any && in.fail()) return false;
      any = true;
      const bool delimited = !in.fail() && !in.eof();
      const bool full = in.fail() && !in.eof() && !in.bad();
      std::size_t keep = delimited ? n - 1 : n;
      if (line.size() + keep > limit) {
        keep = line.size() < limit ? limit - line.size() : 0;
        cut = true;
      }
      line.append(buf, keep);
      if (full) { in.clear(); continue; }
      return true;
    }
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
    clean_field(d.id, "the file name", shown, 0);
    d.source = d.id;
    if (has_ext(p, {".html", ".htm"})) {
      if (looks_binary(bytes)) { reject(shown, "looks binary (NUL bytes or control characters): skipped"); return; }
      sanitize(bytes, shown, 0);
      HtmlMetadata meta;
      if (const auto r = html_page(bytes, d.text, meta); r.cut_at != std::string_view::npos)
        diag_.warning(shown, 0, 0, "HTML elements nested deeper than " + std::to_string(kMaxHtmlDepth) +
                                       ": page cut at byte offset " + std::to_string(r.cut_at));
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
    if (auto iso = read_date(given, opt_.date_words ? *opt_.date_words : DateWords::builtin())) return *iso;
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

  // Metadata gets the cleaning the text gets: outputs (JSONL, SQLite) hold only valid
  // UTF-8, so clients that decode strictly (Python's sqlite3) can read them.
  void clean_field(std::string& value, const char* field, const std::string& src, std::size_t line) {
    const auto r = sanitize_utf8(value);
    if (r.invalid_sequences)
      diag_.warning(src, line, 0, std::string("invalid UTF-8 in ") + field + ": " + std::to_string(r.invalid_sequences) +
                                      " bad sequence(s) replaced by U+FFFD");
  }

  void emit(Document&& d) {
    if (d.text.size() > opt_.max_document_bytes) {
      const auto size = d.text.size();
      cut_utf8(d.text, opt_.max_document_bytes);
      diag_.warning(d.source, 0, 0, "document of " + std::to_string(size) + " bytes cut to the first " +
                                        std::to_string(d.text.size()) + " bytes (--max-document-mb)");
    }
    if (opt_.copy_duplicate_documents && !d.text.empty()) {
      if (!mark_copy(d)) return;
    } else if (opt_.skip_duplicate_documents && !d.text.empty()) {
      // A text that is its own whitespace fold has the normalised digest of its own
      // bytes: kept for the database's content hash (row 23.266), not taken again.
      const bool folded = is_whitespace_folded(d.text);
      const auto h = folded ? sha256(d.text) : normalized_digest(d.text);
      if (folded) d.text_sha256 = h;
      if (const auto first = seen_.first_or_add(h, d.id)) {
        diag_.add({d.source, 0, 0, Diagnostic::Severity::Note,
                   "identical to document " + std::string(*first) + ": counted once"});
        ++stats.duplicates;
        return;
      }
    }
    ++stats.documents;
    stats.bytes += d.text.size();
    if (opt_.on_input_bytes) opt_.on_input_bytes(input_bytes_);
    sink_(std::move(d));
  }

  // copy_duplicate_documents: sets d.text_key and, for a text seen before byte for byte,
  // d.duplicate_of (with a note; counted as a duplicate and handed on here, false).
  // True when d is a new document, which the caller counts and hands on.
  bool mark_copy(Document& d) {
    const auto h = sha256(d.text);
    std::memcpy(&d.text_key, h.data(), sizeof d.text_key);
    d.text_sha256 = h;
    const auto first = seen_.first_or_add(h, d.id);
    if (!first) return true;
    d.duplicate_of = std::string(*first);
    diag_.add({d.source, 0, 0, Diagnostic::Severity::Note,
               "identical to document " + d.duplicate_of + ": its annotation written again as a copy"});
    ++stats.duplicates;
    if (opt_.on_input_bytes) opt_.on_input_bytes(input_bytes_);
    sink_(std::move(d));
    return false;
  }

  void jsonl_stream(std::istream& in, const std::string& shown) {
    std::string shown_clean = shown;
    clean_field(shown_clean, "the file name", shown, 0);
    std::string line;
    std::size_t n = 0;
    // Room for the JSON around the text (escapes, metadata) beyond --max-document-mb.
    const std::size_t line_limit = opt_.max_document_bytes + (1u << 20);
    bool cut = false;
    bool jsonl_seen = false;  // a line that began as JSON
    while (bounded_getline(in, line, line_limit, cut)) {
      ++n;
      input_bytes_ += line.size() + 1;
      if (cut) {
        reject(shown, "line longer than " + std::to_string(line_limit) +
                          " bytes (--max-document-mb plus 1 MB): line skipped", n);
        continue;
      }
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      const std::string where = shown_clean + ":" + std::to_string(n);
      if (line.find('\0') != std::string::npos) { reject(shown, "NUL byte in JSONL line: skipped", n); continue; }
      if (const auto deep = json_depth_exceeded(line); deep != std::string::npos) {
        reject(shown, json_too_deep_message() + " at column " + std::to_string(deep + 1) + ": line skipped", n);
        continue;
      }
      // In place: the strings are read within `line` (escapes decoded there), not copied
      // into the document's pool first; `line` holds no NUL byte (above), so the parse
      // ends where the line does.
      rapidjson::Document j;
      LineStream stream(line.data(), line.data() + line.size());
      j.ParseStream<rapidjson::kParseDefaultFlags | rapidjson::kParseInsituFlag>(stream);
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
      clean_field(d.id, "\"id\"", shown, n);
      clean_field(d.title, "\"title\"", shown, n);
      clean_field(d.date, "\"date\"", shown, n);
      clean_field(d.url, "\"url\"", shown, n);
      clean_field(d.outlet, "\"source\"", shown, n);
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
  SeenTexts seen_;  // normalised text -> first id
};

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The lower-cased tag name starting at html[i] (letters, digits, '-').
std::string_view tag_name(std::string_view html, std::size_t i, std::string& buf) {
  buf.clear();
  while (i < html.size() && (ascii_alpha(html[i]) || (html[i] >= '0' && html[i] <= '9') || html[i] == '-') && buf.size() < 32)
    buf += static_cast<char>(std::tolower(static_cast<unsigned char>(html[i++])));
  return buf;
}

// Elements that never hold children, or that the HTML5 parser closes by itself when
// a sibling starts (so unclosed ones do not nest): they do not count as depth.
bool flat_element(std::string_view name) {
  static const std::unordered_set<std::string_view> kFlat = {
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track",
      "wbr", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody",
      "tfoot", "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body"};
  return kFlat.count(name) > 0;
}

// Elements whose content is raw text up to their end tag (HTML5's raw-text and
// escapable raw-text elements, with the obsolete xmp and plaintext): a "<" inside is
// no tag.
bool raw_text_element(std::string_view name) {
  static constexpr std::string_view kRawText[] = {"script", "style", "textarea", "title", "xmp", "plaintext"};
  return std::find(std::begin(kRawText), std::end(kRawText), name) != std::end(kRawText);
}

// The byte offset of the start tag that nests deeper than `limit`, or npos (see
// kMaxHtmlDepth). One pass; comments, and the contents of raw-text elements, are skipped.
std::size_t html_depth_exceeded(std::string_view html, std::size_t limit) {
  std::size_t depth = 0, i = 0;
  std::string name;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    const std::size_t open = i;
    if (html.compare(i, 4, "<!--") == 0) {
      const auto e = html.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    const bool end_tag = i + 1 < html.size() && html[i + 1] == '/';
    const std::size_t at = i + (end_tag ? 2 : 1);
    if (at >= html.size() || !ascii_alpha(html[at])) { ++i; continue; }
    const std::string_view n = tag_name(html, at, name);
    const auto gt = html.find('>', at);
    if (gt == std::string_view::npos) break;
    i = gt + 1;
    if (end_tag) {
      if (!flat_element(n) && depth > 0) --depth;
      continue;
    }
    if (raw_text_element(n)) {
      // Raw text up to the matching end tag (case-insensitively).
      std::size_t k = i;
      while ((k = html.find("</", k)) != std::string_view::npos) {
        std::string probe;
        if (tag_name(html, k + 2, probe) == n) break;
        k += 2;
      }
      if (k == std::string_view::npos) break;
      i = k;
      continue;
    }
    if (flat_element(n) || html[gt - 1] == '/') continue;
    if (++depth > limit) return open;
  }
  return std::string_view::npos;
}

bool skipped_element(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NAV: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_FORM: case GUMBO_TAG_HEADER: case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG:
    case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_TEMPLATE:
      return true;
    default:
      return false;
  }
}

bool block_element(GumboTag tag) {
  return tag == GUMBO_TAG_P || tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 ||
         tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 || tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6 ||
         tag == GUMBO_TAG_LI || tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_ARTICLE ||
         tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_FIGCAPTION || tag == GUMBO_TAG_TR ||
         tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
}

// Depth-first walk with an explicit stack (a recursive one overflows on deep pages).
void walk(GumboNode* root, std::string& out, std::string& title) {
  auto para = [&] {
    while (!out.empty() && out.back() == ' ') out.pop_back();
    if (out.empty()) return;
    if (out.size() >= 2 && out[out.size() - 1] == '\n' && out[out.size() - 2] == '\n') return;
    out += out.back() == '\n' ? "\n" : "\n\n";
  };
  struct Frame { GumboNode* node; unsigned next_child; bool block; };
  std::vector<Frame> stack;
  auto enter = [&](GumboNode* node) {
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
      // Collapse whitespace runs; paragraph breaks come from block elements.
      for (const char* c = node->v.text.text; *c; ++c) {
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
    if (skipped_element(tag)) return;
    if (tag == GUMBO_TAG_TITLE) {
      const GumboVector& ch = node->v.element.children;
      for (unsigned i = 0; i < ch.length; ++i) {
        auto* c = static_cast<GumboNode*>(ch.data[i]);
        if (c->type == GUMBO_NODE_TEXT) title += c->v.text.text;
      }
      return;
    }
    const bool block = block_element(tag);
    if (block) para();
    if (tag == GUMBO_TAG_BR) { while (!out.empty() && out.back() == ' ') out.pop_back(); out += '\n'; }
    stack.push_back({node, 0, block});
  };
  enter(root);
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboVector& ch = f.node->v.element.children;
    if (f.next_child < ch.length) {
      enter(static_cast<GumboNode*>(ch.data[f.next_child++]));  // may reallocate the stack: f is not used after
      continue;
    }
    const bool block = f.block;
    stack.pop_back();
    if (block) para();
  }
}

}  // namespace

namespace {

HtmlReport html_page(std::string_view html, std::string& text, HtmlMetadata& meta) {
  HtmlReport report;
  report.cut_at = html_depth_exceeded(html, kMaxHtmlDepth);
  if (report.cut_at != std::string_view::npos) html = html.substr(0, report.cut_at);
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
  return report;
}

}  // namespace

HtmlReport html_to_text(std::string_view html, std::string& text, std::string& title) {
  HtmlMetadata meta;
  const HtmlReport report = html_page(html, text, meta);
  title = std::move(meta.title);
  return report;
}

IngestStats read_inputs(const std::vector<std::string>& inputs, const std::function<void(Document&&)>& sink,
                        Diagnostics& diag, const IngestOptions& options) {
  Reader r(sink, diag, options);
  for (const auto& in : inputs) r.input(in);
  return r.stats;
}

}  // namespace gazette
