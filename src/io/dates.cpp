#include "gazette/dates.hpp"

#include "gazette/lexicon.hpp"

#include <algorithm>
#include <chrono>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <string>
#include <string_view>
#include <vector>

#include <strings.h>

namespace gazette {

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  return true;
}

int num(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool valid_ymd(int y, int m, int d) {
  using namespace std::chrono;
  return y >= 1000 && y <= 9999 && year_month_day{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}}.ok();
}

// A parsed date; minute < 0: no time; offset_known false: no zone offset.
struct Parts {
  int y = 0, mo = 0, d = 0, h = -1, mi = -1, s = -1;
  bool offset_known = false;
  int offset = 0;  // minutes east of UTC
};

std::string format(const Parts& p) {
  char buf[48];
  int n = std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", p.y, p.mo, p.d);
  std::string out(buf, static_cast<std::size_t>(n));
  if (p.mi < 0) return out;
  n = std::snprintf(buf, sizeof buf, "T%02d:%02d", p.h, p.mi);
  out.append(buf, static_cast<std::size_t>(n));
  if (p.s >= 0) { n = std::snprintf(buf, sizeof buf, ":%02d", p.s); out.append(buf, static_cast<std::size_t>(n)); }
  if (!p.offset_known) return out;
  if (p.offset == 0) return out + "Z";
  const int a = p.offset < 0 ? -p.offset : p.offset;
  n = std::snprintf(buf, sizeof buf, "%c%02d:%02d", p.offset < 0 ? '-' : '+', a / 60, a % 60);
  return out.append(buf, static_cast<std::size_t>(n));
}

// "+01:00", "+0100", "-05", "Z" -> minutes; false when `s` is not an offset.
bool read_offset(std::string_view s, int& minutes) {
  if (s == "Z" || s == "z") { minutes = 0; return true; }
  if (s.size() < 3 || (s[0] != '+' && s[0] != '-')) return false;
  std::string_view r = s.substr(1);
  std::string hm;
  for (char c : r)
    if (c != ':') hm += c;
  if (!digits(hm) || (hm.size() != 2 && hm.size() != 4)) return false;
  const int h = num(std::string_view(hm).substr(0, 2)), m = hm.size() == 4 ? num(std::string_view(hm).substr(2)) : 0;
  if (h > 14 || m > 59) return false;
  minutes = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
  return true;
}

// Zone names by their fixed offsets (RFC 2822 section 4.3 and common European
// ones): calendar constants, not language. `fixed` false: a zone named without
// saying whether summer time applies (ET), so the offset is not known.
bool read_zone_name(std::string_view token, bool& fixed, int& minutes) {
  struct Zone { const char* name; int minutes; bool fixed; };
  static constexpr Zone kZones[] = {
      {"ut", 0, true},     {"utc", 0, true},    {"gmt", 0, true},    {"z", 0, true},      {"bst", 60, true},
      {"cet", 60, true},   {"cest", 120, true}, {"eet", 120, true},  {"eest", 180, true}, {"msk", 180, true},
      {"est", -300, true}, {"edt", -240, true}, {"cst", -360, true}, {"cdt", -300, true}, {"mst", -420, true},
      {"mdt", -360, true}, {"pst", -480, true}, {"pdt", -420, true}, {"et", 0, false},    {"ct", 0, false},
      {"mt", 0, false},    {"pt", 0, false}};
  const std::string l = lower(token);
  for (const auto& z : kZones)
    if (l == z.name) { fixed = z.fixed; minutes = z.minutes; return true; }
  return false;
}

// ISO 8601 (with '-' separators; 'T' or ' ' before the time).
bool read_iso(std::string_view s, Parts& p) {
  if (s.size() < 10 || !digits(s.substr(0, 4)) || s[4] != '-' || !digits(s.substr(5, 2)) || s[7] != '-' ||
      !digits(s.substr(8, 2)))
    return false;
  p.y = num(s.substr(0, 4));
  p.mo = num(s.substr(5, 2));
  p.d = num(s.substr(8, 2));
  std::string_view r = s.substr(10);
  if (r.empty()) return true;
  if (r[0] != 'T' && r[0] != 't' && r[0] != ' ') return false;
  r.remove_prefix(1);
  if (r.size() < 5 || !digits(r.substr(0, 2)) || r[2] != ':' || !digits(r.substr(3, 2))) return false;
  p.h = num(r.substr(0, 2));
  p.mi = num(r.substr(3, 2));
  r.remove_prefix(5);
  if (r.size() >= 3 && r[0] == ':' && digits(r.substr(1, 2))) {
    p.s = num(r.substr(1, 2));
    r.remove_prefix(3);
    if (!r.empty() && (r[0] == '.' || r[0] == ',')) {
      r.remove_prefix(1);
      std::size_t n = 0;
      while (n < r.size() && std::isdigit(static_cast<unsigned char>(r[n]))) ++n;
      if (n == 0) return false;
      r.remove_prefix(n);
    }
  }
  while (!r.empty() && r[0] == ' ') r.remove_prefix(1);
  if (r.empty()) return true;
  bool fixed = true;
  if (read_offset(r, p.offset) || (read_zone_name(r, fixed, p.offset) && fixed)) { p.offset_known = true; return true; }
  return read_zone_name(r, fixed, p.offset);  // ET: time kept, offset unknown
}

// "Published: 12:37 BST, 12 April 2017 | Updated: 13:01 BST, ...": the first of
// several stamps, without its label (a word and a colon).
std::string_view first_stamp(std::string_view s) {
  if (const auto bar = s.find(" | "); bar != std::string_view::npos) s = s.substr(0, bar);
  if (const auto colon = s.find(": "); colon != std::string_view::npos && colon > 0 &&
      std::all_of(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(colon),
                  [](char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }))
    s.remove_prefix(colon + 2);
  return s;
}

// A zone token ("BST", "+0100", "(BST)"): sets the offset when the zone fixes one.
bool take_zone(std::string_view t, Parts& p) {
  int minutes = 0;
  bool fixed = true;
  if (read_zone_name(t, fixed, minutes)) {
    if (fixed) { p.offset_known = true; p.offset = minutes; }
    return true;
  }
  if ((t[0] == '+' || t[0] == '-') && read_offset(t, minutes)) { p.offset_known = true; p.offset = minutes; return true; }
  // "(BST)" as some feeds write it.
  if (t.size() > 2 && t.front() == '(' && t.back() == ')' && read_zone_name(t.substr(1, t.size() - 2), fixed, minutes)) {
    if (fixed) { p.offset_known = true; p.offset = minutes; }
    return true;
  }
  return false;
}

bool listed(const std::vector<std::string>& list, std::string_view lower_word) {
  return std::find(list.begin(), list.end(), lower_word) != list.end();
}

// The length of the entry of `list` that `lower_word` ends with after at least one
// digit ("12th", "6:37pm"), or 0.
std::size_t suffix_after_number(const std::vector<std::string>& list, std::string_view lower_word) {
  if (lower_word.empty() || !std::isdigit(static_cast<unsigned char>(lower_word[0]))) return 0;
  for (const auto& s : list)
    if (lower_word.size() > s.size() && lower_word.ends_with(s)) return s.size();
  return 0;
}

// One word of a stamp as strptime() reads it, appended to `kept`: AM/PM markers
// spelled AM/PM, fillers and zones dropped (zones set p's offset), abbreviation dots
// and ordinal suffixes taken off, a month variant cut to three letters, a time glued to
// its marker ("6:37pm") split.
void keep_word(std::string t, Parts& p, const DateWords& words, std::vector<std::string>& kept) {
  const std::string l = lower(t);
  if (listed(words.am, l)) { kept.push_back("AM"); return; }
  if (listed(words.pm, l)) { kept.push_back("PM"); return; }
  if (listed(words.fillers, l) || take_zone(t, p)) return;
  while (!t.empty() && t.back() == '.') t.pop_back();
  if (const auto n = suffix_after_number(words.ordinal_suffixes, lower(t)); n && digits(t.substr(0, t.size() - n)))
    t.resize(t.size() - n);
  if (t.size() > 3 && listed(words.month_variants, lower(t))) t.resize(3);
  if (const auto n = suffix_after_number(words.am, lower(t))) {
    kept.push_back(t.substr(0, t.size() - n)); kept.push_back("AM"); return;
  }
  if (const auto n = suffix_after_number(words.pm, lower(t))) {
    kept.push_back(t.substr(0, t.size() - n)); kept.push_back("PM"); return;
  }
  if (!t.empty()) kept.push_back(t);
}

// The strptime() formats tried, each with 0 (no time), 1 (time with seconds) or 2 (without).
const std::vector<std::pair<std::string, int>>& stamp_formats() {
  static const std::vector<std::pair<std::string, int>> formats = [] {
    static const char* const kDates[] = {"%d %b %Y", "%b %d %Y", "%Y/%m/%d"};
    static const char* const kTimes[] = {"%H:%M:%S", "%H:%M", "%H.%M", "%I:%M:%S %p", "%I:%M %p", "%I.%M %p", "%I %p"};
    std::vector<std::pair<std::string, int>> f;
    for (const char* d : kDates)
      for (const char* wd : {"", "%a "}) {
        const std::string date = std::string(wd) + d;
        f.emplace_back(date, 0);
        for (const char* t : kTimes) {
          const int kind = std::string_view(t).find("%S") != std::string_view::npos ? 1 : 2;
          f.emplace_back(date + " " + t, kind);
          f.emplace_back(std::string(t) + " " + date, kind);
        }
      }
    return f;
  }();
  return formats;
}

// The cleaned words, joined, against the strptime() formats.
bool read_formats(const std::string& line, Parts& p) {
  for (const auto& [f, kind] : stamp_formats()) {
    std::tm tm{};
    tm.tm_hour = -1;
    const char* end = strptime(line.c_str(), f.c_str(), &tm);
    if (!end || *end != '\0') continue;
    p.y = tm.tm_year + 1900;
    p.mo = tm.tm_mon + 1;
    p.d = tm.tm_mday;
    if (kind) {
      p.h = tm.tm_hour;
      p.mi = tm.tm_min;
      p.s = kind == 1 ? tm.tm_sec : -1;
    } else {
      p.offset_known = false;  // a zone without a time says nothing
    }
    return true;
  }
  return false;
}

// Numeric day and month ("25/12/2017"), when only one order is possible.
bool read_numeric(const std::string& word, Parts& p) {
  int a = 0, b = 0, y = 0;
  char sep1 = 0, sep2 = 0;
  if (std::sscanf(word.c_str(), "%d%c%d%c%d", &a, &sep1, &b, &sep2, &y) == 5 && sep1 == sep2 &&
      (sep1 == '/' || sep1 == '.') && y >= 1000) {
    if (a > 12 && b <= 12) { p.y = y; p.mo = b; p.d = a; return true; }
    if (b > 12 && a <= 12) { p.y = y; p.mo = a; p.d = b; return true; }
  }
  return false;
}

// Everything else: tokens cleaned of commas, ordinals and abbreviation dots, zone
// tokens taken out, then the rest matched against strptime() formats (C locale:
// English month and day names, full or abbreviated).
bool read_words(std::string_view s, Parts& p, const DateWords& words) {
  s = first_stamp(s);
  std::vector<std::string> tokens;
  std::string cur;
  auto push = [&] { if (!cur.empty()) tokens.push_back(cur); cur.clear(); };
  for (char c : s) {
    if (c == ' ' || c == ',' || c == '\t') push();
    else cur += c;
  }
  push();
  std::vector<std::string> kept;
  for (auto& t : tokens) keep_word(std::move(t), p, words, kept);
  std::string line;
  for (const auto& t : kept) line += (line.empty() ? "" : " ") + t;
  if (line.empty()) return false;
  if (read_formats(line, p)) return true;
  return kept.size() == 1 && read_numeric(kept[0], p);
}

}  // namespace

namespace {

// Row 23.416: the month names strptime()'s `%b` reads in this locale (the C locale's,
// `Jan` ... `December`), as strftime() writes them: its full and abbreviated name of each
// month, asked once.
struct MonthNames {
  std::vector<std::string> names;
  MonthNames() {
    for (int m = 0; m < 12; ++m) {
      std::tm tm{};
      tm.tm_mon = m;
      for (const char* format : {"%B", "%b"}) {
        char buf[64];
        const std::size_t n = std::strftime(buf, sizeof buf, format, &tm);
        if (n > 0) names.emplace_back(buf, n);
      }
    }
  }
};

// Whether strptime(`t`, "%b") reads all of `t` (up to a NUL, where c_str() ends it): `t`
// is one of the names, in any case (strptime compares with strncasecmp(), taking the
// longest name that begins `t`). A word with a space goes to strptime() itself.
bool strptime_month(std::string_view t) {
  t = t.substr(0, t.find('\0'));
  if (std::any_of(t.begin(), t.end(), [](char c) { return std::isspace(static_cast<unsigned char>(c)); })) {
    std::tm tm{};
    const std::string s(t);
    const char* end = strptime(s.c_str(), "%b", &tm);
    return end && *end == '\0';
  }
  static const MonthNames months;
  return std::any_of(months.names.begin(), months.names.end(),
                     [t](const std::string& m) { return m.size() == t.size() && strncasecmp(m.c_str(), t.data(), t.size()) == 0; });
}

}  // namespace

bool month_name(std::string_view word, const DateWords& words) {
  std::string_view t = word;
  while (!t.empty() && t.back() == '.') t.remove_suffix(1);  // as keep_word(): `Sept.`
  if (t.empty()) return false;
  if (t.size() > 3 && listed(words.month_variants, lower(t))) t = t.substr(0, 3);  // as keep_word()
  return strptime_month(t);
}

DateWords DateWords::of(const Lexicons& lex) {
  return DateWords{lex.words(Words::DateAmWords), lex.words(Words::DatePmWords), lex.words(Words::OrdinalSuffixes),
                   lex.words(Words::DateFillers), lex.words(Words::MonthVariants)};
}

const DateWords& DateWords::builtin() {
  static const DateWords words = of(builtin_word_lists());
  return words;
}

std::optional<std::string> read_date(std::string_view text, const DateWords& words) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
  if (text.empty() || text.size() > 100) return std::nullopt;
  Parts p;
  if ((text.size() == 10 || text.size() == 13) && digits(text)) {
    const long long v = std::stoll(std::string(text));
    const std::time_t t = static_cast<std::time_t>(text.size() == 13 ? v / 1000 : v);
    std::tm tm{};
    if (!gmtime_r(&t, &tm)) return std::nullopt;
    p = Parts{tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, true, 0};
  } else if (!read_iso(text, p)) {
    p = Parts{};
    if (!read_words(text, p, words)) return std::nullopt;
  }
  if (!valid_ymd(p.y, p.mo, p.d)) return std::nullopt;
  if (p.mi >= 0 && (p.h < 0 || p.h > 23 || p.mi > 59 || p.s > 60)) return std::nullopt;
  return format(p);
}

}  // namespace gazette
