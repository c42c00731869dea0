#include "gazette/lexicon.hpp"

#include "gazette/builtin_data.hpp"
#include "gazette/enum_names.hpp"
#include "gazette/gazetteer.hpp"
#include "gazette/json_depth.hpp"
#include "gazette/tokenizer.hpp"

#include "abbreviation_generation.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <fstream>
#include <functional>
#include <optional>
#include <sstream>

namespace gazette {

namespace {

const std::vector<std::uint32_t> kNoEntries;

std::pair<std::size_t, std::size_t> line_col(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  std::size_t line = 1, col = 1;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') { ++line; col = 1; } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  }
  return {line, col};
}

std::string str(const rapidjson::Value& v, const char* key) {
  if (!v.IsObject()) return {};
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// Reads a list of strings; false if the member exists and is not one.
bool strs(const rapidjson::Value& v, const char* key, std::vector<std::string>& out) {
  auto it = v.FindMember(key);
  if (it == v.MemberEnd() || it->value.IsNull()) return true;
  if (!it->value.IsArray()) return false;
  for (const auto& x : it->value.GetArray()) {
    if (!x.IsString()) return false;
    out.emplace_back(x.GetString(), x.GetStringLength());
  }
  return true;
}

bool valid_utf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) { ++i; continue; }
    const std::size_t at = i;
    if (decode_utf8(s, i) == 0xFFFD && !(i - at == 3 && s.compare(at, 3, "\xEF\xBF\xBD") == 0)) return false;
  }
  return true;
}

bool read_file(const std::string& path, std::string& out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

}  // namespace

// ---------------------------------------------------------------------------
namespace {

// Row 23.406: one phrase tokenized (phrase_tokens()), with the list and the count of
// abbreviation changes it was tokenized under.
struct PhraseSlot {
  Document d;
  Annotation a;
  const Abbreviations* abbreviations = nullptr;
  std::uint64_t generation = 0;
};

constexpr std::size_t kPhraseSlots = 8;

}  // namespace

// Tokenizes one short phrase, reusing per-thread documents and annotations. Row 23.406:
// the last eight phrases of the thread are kept, each in its own slot, and a phrase asked
// again with the same abbreviations (unchanged since: abbreviation_generation()) gets its
// slot's tokens without tokenizing again; a new phrase takes the oldest slot. Callers ask
// for the same entity names again and again (a third of x600's calls). Made-up example:
// `Tom Smith`, `Acme Corp.`, `Tom Smith`: the third call tokenizes nothing.
const std::vector<Token>& phrase_tokens(std::string_view phrase, const Abbreviations& abbreviations) {
  thread_local std::array<PhraseSlot, kPhraseSlots> slots;
  thread_local std::size_t next = 0;
  const std::uint64_t generation = detail::abbreviation_generation();
  for (const PhraseSlot& s : slots)
    if (s.d.text.size() == phrase.size() && s.abbreviations == &abbreviations && s.generation == generation &&
        std::string_view(s.d.text) == phrase)
      return s.a.tokens;
  PhraseSlot& s = slots[next];
  next = (next + 1) % kPhraseSlots;
  Document& d = s.d;
  Annotation& a = s.a;
  d.text.assign(phrase);
  a.doc = &d;
  a.tokens.clear();
  if (a.arena.size() > 1) a.arena.resize(1);
  if (!a.arena.empty()) a.arena.front().clear();  // keeps its capacity: views into it are rebuilt below
  tokenize(a, abbreviations);
  s.abbreviations = &abbreviations;
  s.generation = generation;
  return a.tokens;
}

namespace {

// Appends the word's key form to `key`: folded (fold(): diacritics stripped, lower case;
// an ASCII word is only lower-cased, in place, without a string of its own) and a final
// y after more than three bytes spelt i unless the word ends in an entry of the built-in
// y_keeping_suffixes (`ay`, `oy`: Dmitriy, Alexey = Dmitrii, Alexei; Murray, Tolstoy kept).
// Row 23.399: one walk over the word's bytes tells whether it is ASCII (the bytes' OR
// below 0x80) and whether it holds a capital; an ASCII word is appended and lower-cased
// only when it holds one (a token's `lower`, the usual word, holds none), instead of a walk
// to test it and another to lower-case the appended bytes. Made-up example: `smith` is
// appended as it is, `McRae` (a name's text) walked again, `Zoë` folded as before.
void append_norm_word(std::string& key, std::string_view word) {
  const std::size_t at = key.size();
  unsigned bytes = 0, capitals = 0;
  for (const char c : word) {
    const unsigned u = static_cast<unsigned char>(c);
    bytes |= u;
    capitals |= u - 'A' < 26U ? 1U : 0U;
  }
  if (bytes < 0x80) {
    key.append(word);
    if (capitals != 0)
      for (std::size_t k = at; k < key.size(); ++k)
        if (key[k] >= 'A' && key[k] <= 'Z') key[k] = static_cast<char>(key[k] + 32);
  } else {
    key += fold(word);
  }
  const std::string_view w(key.data() + at, key.size() - at);
  if (w.size() > 3 && w.back() == 'y' && !builtin_word_lists().ends_in(Words::YKeepingSuffixes, w)) key.back() = 'i';
}

// person_key over lower-case words: ws(i) is word i of n.
template <class W>
std::string person_key_of(std::size_t n, W&& ws) {
  std::string key;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view w = ws(i);
    if (w == "-" || w == "." || w == "'s") continue;
    if (i + 1 < n && ws(i + 1) == "-" && builtin_word_lists().in(Words::HyphenParticles, w)) continue;
    if (w.size() == 2 && w[1] == '.') continue;  // middle initials: Donald J. Trump
    if (!key.empty()) key += ' ';
    append_norm_word(key, w);
  }
  return key;
}

}  // namespace

std::vector<std::string> phrase_words(std::string_view phrase, bool keep_case, const Abbreviations& abbreviations) {
  const auto& tokens = phrase_tokens(phrase, abbreviations);
  std::vector<std::string> out;
  out.reserve(tokens.size());
  for (const auto& t : tokens) out.emplace_back(keep_case ? t.norm : t.lower);
  return out;
}

std::string person_key(std::string_view name) {
  const auto& tokens = phrase_tokens(name);
  return person_key(tokens, 0, tokens.size());
}

std::string person_key(const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  return person_key_of(end - first, [&](std::size_t i) { return tokens[first + i].lower; });
}

void PhraseIndex::add(std::string_view phrase, std::uint32_t payload, Vocab& vocab, const Abbreviations& abbreviations) {
  vocab_ = &vocab;
  const auto words = phrase_words(phrase, false, abbreviations);
  if (words.empty()) return;
  const Entry e{vocab.add(words[0]), payload, static_cast<std::uint32_t>(words_.size()),
                static_cast<std::uint32_t>(words.size())};
  for (const auto& w : words) words_.push_back(vocab.add(w));
  if (first_bit_) vocab.set_bits(e.first, first_bit_);
  // In the order of their words, a phrase after the longer ones it begins (word_at()),
  // and after the same phrase added before: match_at() walks them as a trie.
  const auto at = std::upper_bound(entries_.begin(), entries_.end(), e, [&](const Entry& key, const Entry& x) {
    for (std::uint32_t d = 0;; ++d) {
      const std::uint32_t k = word_at(key, d), w = word_at(x, d);
      if (k != w) return k < w;
      if (k == kPhraseEnd) return false;
    }
  });
  entries_.insert(at, e);
  index_first_words();
}

void PhraseIndex::index_first_words() {
  std::size_t firsts = 0;
  for (std::size_t k = 0; k < entries_.size(); ++k) firsts += k == 0 || entries_[k].first != entries_[k - 1].first;
  std::size_t n = 16;
  while (n < firsts * 2) n *= 2;
  slots_.assign(n, Slot{});
  for (std::size_t k = 0; k < entries_.size(); ++k) {
    if (k > 0 && entries_[k].first == entries_[k - 1].first) continue;
    std::size_t s = slot_hash(entries_[k].first) & (n - 1);
    while (slots_[s].first != 0) s = (s + 1) & (n - 1);
    std::size_t count = 1;
    while (k + count < entries_.size() && entries_[k + count].first == entries_[k].first) ++count;
    slots_[s] = Slot{entries_[k].first, static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(count)};
  }
}

std::size_t PhraseIndex::match_at(const std::vector<Token>& tokens, std::size_t i, std::size_t end,
                                  std::uint32_t& payload) const {
  auto lid = [&](const Token& t) { return t.lid != Vocab::kUnset ? t.lid : vocab_->find(t.lower); };
  const std::uint32_t first = lid(tokens[i]);
  if (first == Vocab::kNone) return 0;
  const std::size_t mask = slots_.size() - 1;
  std::size_t s = slot_hash(first) & mask;
  while (slots_[s].first != first) {
    if (slots_[s].first == 0) return 0;
    s = (s + 1) & mask;
  }
  // The first word's phrases are sorted by their words, the end of a phrase after any word
  // (add()): those that go on as the text does are a range, narrowed a word at a time;
  // at its end, those that stop there. The last of those found is the longest phrase.
  const Entry* lo = entries_.data() + slots_[s].at;
  const Entry* hi = lo + slots_[s].count;
  const Entry* best = nullptr;
  std::uint32_t best_length = 0;
  for (std::uint32_t d = 1;; ++d) {
    if (hi[-1].length == d) {  // phrases of d words (last in the range): the first added answers
      const Entry* e = hi - 1;
      while (e != lo && e[-1].length == d) --e;
      best = e;
      best_length = d;
      hi = e;
    }
    if (hi == lo || i + d >= end) break;
    const std::uint32_t w = lid(tokens[i + d]);  // a few phrases a word: scanned, not searched
    while (lo != hi && words_[lo->begin + d] < w) ++lo;
    const Entry* e = lo;
    while (e != hi && words_[e->begin + d] == w) ++e;
    if (e == lo) break;
    hi = e;
  }
  if (best) payload = best->payload;
  return best_length;
}

// ---------------------------------------------------------------------------
Lexicons::Lexicons() = default;
Lexicons::~Lexicons() = default;

bool Lexicons::load_builtin(Diagnostics& diag) {
  // Room for the built-in vocabulary at once (about one word per 24 bytes of data), so
  // the table is not rebuilt at each doubling while loading: a sixth of start-up time.
  // The entries of the built-in gazetteers (a line each) likewise.
  std::size_t data_bytes = 0, gazetteer_lines = 0;
  for (const auto& f : builtin_files()) {
    if (!f.name.starts_with("data/")) continue;
    data_bytes += f.text.size();
    if (f.name.ends_with(".jsonl")) gazetteer_lines += static_cast<std::size_t>(std::count(f.text.begin(), f.text.end(), '\n'));
  }
  vocab_.reserve(vocab_.size() + data_bytes / 24);
  entries_.reserve(entries_.size() + gazetteer_lines);
  bool ok = true;
  for (const auto& f : builtin_files()) {
    if (!f.name.starts_with("data/")) continue;
    ok &= load_text(std::string(kBuiltinPrefix) + std::string(f.name), f.text, diag);
  }
  return ok;
}

bool Lexicons::load_file(const std::string& path, Diagnostics& diag) {
  std::string text;
  if (!read_file(path, text)) {
    diag.error(path, 0, 0, "cannot read data file");
    return false;
  }
  return load_text(path, text, diag);
}

bool Lexicons::load_text(const std::string& name, std::string_view text, Diagnostics& diag) {
  {
    // Chained: the fingerprint of everything loaded so far, this file's name and text.
    Sha256 h;
    h.update({reinterpret_cast<const char*>(fingerprint_.data()), fingerprint_.size()});
    h.update(name);
    h.update(std::string_view("\0", 1));
    h.update(text);
    fingerprint_ = h.finish();
  }
  // Names and aliases reach every output: invalid UTF-8 is replaced by U+FFFD, as in
  // document text, with a warning at the first bad sequence.
  std::string cleaned;
  if (!valid_utf8(text)) {
    cleaned.assign(text);
    const auto r = sanitize_utf8(cleaned);
    const auto [l, c] = line_col(text, r.first_invalid_offset);
    diag.warning(name, l, c, "invalid UTF-8: " + std::to_string(r.invalid_sequences) +
                                 " bad sequence(s) replaced by U+FFFD");
    text = cleaned;
  }
  if (name.ends_with(".tsv")) return load_gazetteer_tsv(name, text, diag);
  if (name.ends_with(".jsonl")) return load_gazetteer_jsonl(name, text, diag);
  if (name.ends_with(".json")) return load_lexicon_json(name, text, diag);
  diag.error(name, 0, 0, "unknown data file kind (expected .jsonl or .tsv gazetteer, .json lexicon/rules)");
  return false;
}

std::uint32_t Lexicons::add_entry(GazetteerEntry e) {
  const auto index = static_cast<std::uint32_t>(entries_.size());
  const std::uint32_t at = by_id_.emplace(e.id, index);
  if (at != index) {
    entries_[at] = std::move(e);  // user entry overrides
    return at;
  }
  entries_.push_back(std::move(e));
  return at;
}

namespace {

// The header line of a gazetteer JSONL file: "" when it is right, else the problem.
std::string gazetteer_header_problem(const rapidjson::Document& d) {
  if (str(d, "format") != "gazette/gazetteer")
    return "line 1 must be the header {\"format\":\"gazette/gazetteer\",\"version\":1}";
  auto v = d.FindMember("version");
  if (v == d.MemberEnd() || !v->value.IsInt() || v->value.GetInt() != 1)
    return "unsupported gazetteer version (this gazette reads version 1)";
  return {};
}

// Reads the fields of one gazetteer line into `e`: "" when it is an entry, else the
// problem (a missing or ill-typed field). `ids_here` (id -> line) finds ids repeated
// within the file.
std::string read_gazetteer_entry(const rapidjson::Document& d, std::size_t line_no,
                                 std::unordered_map<std::string, std::size_t>& ids_here, GazetteerEntry& e) {
  e.id = str(d, "id");
  e.name = str(d, "name");
  const std::string type = str(d, "type");
  auto t = parse_entity_type(type);
  std::string problem;
  if (e.id.empty()) problem = "missing field \"id\"";
  else if (e.name.empty()) problem = "missing field \"name\"";
  else if (!t) problem = "unknown type \"" + type + "\" (expected PERSON, COUNTRY, ORGANIZATION or LOCATION)";
  else if (!strs(d, "aliases", e.aliases) || !strs(d, "demonyms", e.demonyms) || !strs(d, "capitals", e.capitals))
    problem = "\"aliases\", \"demonyms\" and \"capitals\" must be lists of strings";
  if (problem.empty()) {
    auto [it, fresh] = ids_here.emplace(e.id, line_no);
    if (!fresh) problem = "duplicate id \"" + e.id + "\" (first on line " + std::to_string(it->second) + ")";
  }
  if (!problem.empty()) return problem;
  e.type = *t;
  e.wikidata = str(d, "wikidata");
  e.country = str(d, "country");
  if (e.country.empty()) e.country = str(d, "located_in");
  e.part_of = str(d, "part_of");
  e.namesake_city = str(d, "namesake_city");
  if (auto seat = d.FindMember("seat"); seat != d.MemberEnd() && seat->value.IsBool()) e.seat = seat->value.GetBool();
  auto roles = d.FindMember("roles");
  if (roles != d.MemberEnd() && roles->value.IsArray())
    for (const auto& r : roles->value.GetArray()) e.roles.push_back(Role{str(r, "title"), str(r, "of")});
  return {};
}

}  // namespace

bool Lexicons::load_gazetteer_jsonl(const std::string& name, std::string_view text, Diagnostics& diag) {
  bool ok = true, header = false;
  std::size_t line_no = 0, pos = 0;
  std::unordered_map<std::string, std::size_t> ids_here;
  while (pos <= text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    ++line_no;
    pos = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
      if (nl >= text.size()) break;
      continue;
    }
    if (const auto deep = json_depth_exceeded(line); deep != std::string_view::npos) {
      diag.error(name, line_no, deep + 1, "invalid JSON: " + json_too_deep_message());
      ok = false;
      continue;
    }
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    if (d.HasParseError()) {
      diag.error(name, line_no, d.GetErrorOffset() + 1, std::string("invalid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()));
      ok = false;
      continue;
    }
    if (!d.IsObject()) {
      diag.error(name, line_no, 1, "expected a JSON object");
      ok = false;
      continue;
    }
    if (!header) {
      header = true;
      if (const auto problem = gazetteer_header_problem(d); !problem.empty()) {
        diag.error(name, line_no, 1, problem);
        return false;
      }
      continue;
    }
    GazetteerEntry e;
    if (const auto problem = read_gazetteer_entry(d, line_no, ids_here, e); !problem.empty()) {
      diag.error(name, line_no, 1, problem);
      ok = false;
      continue;
    }
    e.source = name;
    e.line = line_no;
    add_entry(std::move(e));
    if (nl >= text.size()) break;
  }
  if (!header && !text.empty()) {
    diag.error(name, 1, 1, "empty gazetteer: line 1 must be the header {\"format\":\"gazette/gazetteer\",\"version\":1}");
    ok = false;
  }
  return ok;
}

bool Lexicons::load_gazetteer_tsv(const std::string& name, std::string_view text, Diagnostics& diag) {
  bool ok = true;
  // Room for every line up front: no reallocation of entries_ while loading.
  const std::size_t lines = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')) + 1;
  entries_.reserve(entries_.size() + lines);
  // Canonical name -> entry index, for overrides: the names already loaded, then this file's.
  StringIndex entry_of_name;
  for (std::uint32_t i = 0; i < entries_.size(); ++i) entry_of_name.emplace(entries_[i].name, i);
  std::size_t line_no = 0, pos = 0;
  while (pos < text.size()) {
    std::size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::array<std::string_view, 3> cols;  // name, type, aliases (further columns are ignored)
    std::size_t n_cols = 0;
    for (std::size_t p = 0;;) {
      const std::size_t tab = line.find('\t', p);
      if (n_cols < cols.size()) cols[n_cols] = line.substr(p, tab == std::string_view::npos ? std::string_view::npos : tab - p);
      ++n_cols;
      if (tab == std::string_view::npos) break;
      p = tab + 1;
    }
    if (n_cols < 2 || cols[0].empty()) {
      diag.error(name, line_no, 1, "expected name<TAB>type[<TAB>alias|alias...]");
      ok = false;
      continue;
    }
    auto t = parse_entity_type(cols[1]);
    if (!t) {
      diag.error(name, line_no, cols[0].size() + 2,
                 "unknown type \"" + std::string(cols[1]) + "\" (expected PERSON, COUNTRY, ORGANIZATION or LOCATION)");
      ok = false;
      continue;
    }
    GazetteerEntry e;
    e.name = cols[0];
    e.type = *t;
    // A user TSV name that equals a loaded canonical name replaces that entry.
    if (const auto at = entry_of_name.find(cols[0]); at != StringIndex::kAbsent) {
      e.id = entries_[at].id;
    } else {
      const std::string_view type = to_string(*t);
      e.id.reserve(6 + type.size() + cols[0].size());
      e.id.append("user:").append(type).append(":").append(cols[0]);
    }
    if (n_cols > 2)
      for (std::size_t q = 0; q <= cols[2].size();) {
        const std::size_t bar = cols[2].find('|', q);
        const std::string_view alias = cols[2].substr(q, bar == std::string_view::npos ? std::string_view::npos : bar - q);
        if (!alias.empty()) e.aliases.emplace_back(alias);
        if (bar == std::string_view::npos) break;
        q = bar + 1;
      }
    e.source = name;
    e.line = line_no;
    entry_of_name.emplace(cols[0], add_entry(std::move(e)));
  }
  return ok;
}

// The entries of one lexicon or rules file, loaded by kind (load_lexicon_json): each
// entry is checked; `bad` reports one with its file, line and column.
struct Lexicons::EntryLoader {
  Lexicons& lex;
  const rapidjson::Value& entries;
  std::function<void(std::size_t, const std::string&)> bad;
  std::size_t k = 0;  // the entry being read

  // Each word gets `bit` (on its lower-case form when `lower`), and `folded_bit`, when
  // given, on its lower-case form.
  void word_set(std::uint32_t bit, bool lower, std::uint32_t folded_bit = 0) {
    for (const auto& v : entries.GetArray()) {
      if (!v.IsString()) {
        bad(k++, "expected a string");
        continue;
      }
      const std::string_view w(v.GetString(), v.GetStringLength());
      const std::string low = lower || folded_bit ? to_lower(w) : std::string();
      lex.vocab_.set_bits(lex.vocab_.add(lower ? std::string_view(low) : w), bit);
      if (folded_bit) lex.vocab_.set_bits(lex.vocab_.add(low), folded_bit);
      ++k;
    }
  }

  // One cue for each of its forms: `cues` and `cue_forms` are parallel lists.
  template <class Cue>
  static void add_per_form(std::vector<Cue>& cues, std::vector<std::string>& cue_forms, const Cue& c,
                           const std::vector<std::string>& forms) {
    for (const auto& f : forms) {
      cues.push_back(c);
      cue_forms.push_back(f);
    }
  }

  void titles() {
    for (const auto& v : entries.GetArray()) {
      TitleEntry t;
      t.title = str(v, "title");
      const std::string tk = str(v, "kind");
      t.default_country = str(v, "default_country");
      if (auto so = v.FindMember("state_office"); so != v.MemberEnd()) {
        if (so->value.IsBool()) t.state_office = so->value.GetBool();
        else bad(k, "\"state_office\" must be true or false");
      }
      if (!strs(v, "bodies", t.bodies)) bad(k, "\"bodies\" must be a list of strings");
      if (t.title.empty()) bad(k, "missing \"title\"");
      else if (tk == "honorific") t.kind = TitleEntry::Kind::Honorific;
      else if (tk == "office" || tk.empty()) t.kind = TitleEntry::Kind::Office;
      else if (tk == "role_noun") t.kind = TitleEntry::Kind::RoleNoun;
      else bad(k, "unknown title kind \"" + tk + "\" (expected honorific, office or role_noun)");
      if (!t.title.empty()) lex.titles_.push_back(std::move(t));
      ++k;
    }
  }

  void heads(const std::string& kind) {
    for (const auto& v : entries.GetArray()) {
      const std::string w = str(v, "word"), pos = str(v, "position");
      if (w.empty()) bad(k, "missing \"word\"");
      else if (kind == "org_heads" && pos == "start") lex.vocab_.set_bits(lex.vocab_.add(w), kOrgStart);
      else if (kind == "org_heads" && (pos == "head" || pos.empty())) lex.vocab_.set_bits(lex.vocab_.add(w), kOrgHead);
      else if (kind == "loc_heads" && pos == "before") lex.vocab_.set_bits(lex.vocab_.add(w), kLocBefore);
      else if (kind == "loc_heads" && (pos == "after" || pos.empty())) lex.vocab_.set_bits(lex.vocab_.add(w), kLocAfter);
      else bad(k, "unknown position \"" + pos + "\"");
      ++k;
    }
  }

  void speech_verbs() {
    for (const auto& v : entries.GetArray()) {
      SpeechCue c;
      std::vector<std::string> forms;
      if (!strs(v, "forms", forms)) { bad(k, "\"forms\" must be a list of strings"); ++k; continue; }
      c.lemma = str(v, "lemma");
      auto rep = v.FindMember("reporting");
      c.reporting = rep == v.MemberEnd() || !rep->value.IsBool() || rep->value.GetBool();
      auto flag = [&](const char* key) {
        auto it = v.FindMember(key);
        if (it == v.MemberEnd()) return false;
        if (!it->value.IsBool()) bad(k, std::string("\"") + key + "\" must be true or false");
        return it->value.IsBool() && it->value.GetBool();
      };
      c.takes_object = flag("object");
      c.that_optional = flag("that_optional");
      c.np_object = flag("np_object");
      c.before_quote = flag("before_quote");
      std::vector<std::string> comps;
      if (!strs(v, "complements", comps)) bad(k, "\"complements\" must be a list of strings");
      for (const auto& cp : comps) {
        if (cp == "to") c.to_infinitive = true;
        else if (cp == "object_to") c.object_infinitive = true;
        else if (cp == "np") c.noun_phrase = true;
        else if (cp == "question") c.question = true;
        else bad(k, "unknown complement \"" + cp + "\" (to, object_to, np, question)");
      }
      if (const std::string ph = str(v, "phrase"); !ph.empty()) {
        const std::string pos = str(v, "position");
        c.kind = pos == "after_source" ? SpeechCue::Kind::PhraseAfterSource : SpeechCue::Kind::PhraseBeforeSource;
        c.lemma = ph;
        forms.push_back(ph);
      } else if (const std::string noun = str(v, "noun"); !noun.empty()) {
        c.kind = SpeechCue::Kind::Noun;
        c.lemma = noun;
        forms.push_back(noun);
      } else if (c.lemma.empty() || forms.empty()) {
        bad(k, "expected {\"lemma\",\"forms\"}, {\"phrase\"} or {\"noun\"}");
        ++k;
        continue;
      }
      add_per_form(lex.speech_, lex.speech_forms_, c, forms);
      ++k;
    }
  }

  void relation_cues() {
    for (const auto& v : entries.GetArray()) {
      RelationCue c;
      std::vector<std::string> forms;
      auto t = parse_relation_type(str(v, "type"));
      const auto frame = parse_frame(str(v, "frame"));
      if (!t) bad(k, "unknown relation type \"" + str(v, "type") + "\"");
      else if (!strs(v, "forms", forms) || forms.empty()) bad(k, "\"forms\" must be a non-empty list of strings");
      else if (!frame)
        bad(k, "unknown frame \"" + str(v, "frame") + "\" (expected active, passive, nominal_with, noun_of, post, membership, evaluation or judging)");
      else {
        c.type = *t;
        c.frame = *frame;
        c.role = str(v, "role");
        add_per_form(lex.rel_cues_, lex.rel_forms_, c, forms);
      }
      ++k;
    }
  }

  void name_patterns() {
    for (const auto& v : entries.GetArray()) {
      NamePattern p;
      p.id = str(v, "id");
      auto label = parse_entity_type(str(v, "label"));
      auto conf = v.FindMember("confidence");
      if (conf != v.MemberEnd() && conf->value.IsNumber()) p.confidence = conf->value.GetDouble();
      auto pat = v.FindMember("pattern");
      if (p.id.empty()) { bad(k, "missing \"id\""); ++k; continue; }
      if (!label) { bad(k, "rule " + p.id + ": unknown label \"" + str(v, "label") + "\""); ++k; continue; }
      if (pat == v.MemberEnd() || !pat->value.IsArray() || pat->value.Empty()) { bad(k, "rule " + p.id + ": \"pattern\" must be a non-empty list"); ++k; continue; }
      p.label = *label;
      for (const auto& tv : pat->value.GetArray()) {
        PatternToken t;
        t.lex = str(tv, "lex");
        t.not_lex = str(tv, "not_lex");
        t.shape = str(tv, "shape");
        const std::string op = str(tv, "op");
        t.op = op.empty() ? '1' : op[0];
        if (op.size() > 1 || (t.op != '1' && t.op != '?' && t.op != '+' && t.op != '*'))
          bad(k, "rule " + p.id + ": unknown op \"" + op + "\" (expected ?, + or *)");
        if (tv.HasMember("text")) {
          if (tv["text"].IsString()) t.text.emplace_back(tv["text"].GetString());
          else if (!strs(tv, "text", t.text)) bad(k, "rule " + p.id + ": \"text\" must be a string or list");
        }
        auto cap = tv.FindMember("capture");
        t.capture = cap != tv.MemberEnd() && cap->value.IsBool() && cap->value.GetBool();
        auto ns = tv.FindMember("no_space");
        t.no_space = ns != tv.MemberEnd() && ns->value.IsBool() && ns->value.GetBool();
        if (const auto sh = parse_shape(t.shape)) t.shape_id = *sh;
        else bad(k, "rule " + p.id + ": unknown shape \"" + t.shape + "\"");
        if (const auto l = parse_lex_name(t.lex)) t.lex_id = *l;
        else bad(k, "rule " + p.id + ": unknown lexicon \"" + t.lex + "\"");
        if (const auto l = parse_lex_name(t.not_lex)) t.not_lex_id = *l;
        else bad(k, "rule " + p.id + ": unknown lexicon \"" + t.not_lex + "\"");
        p.tokens.push_back(std::move(t));
      }
      lex.patterns_.push_back(std::move(p));
      ++k;
    }
  }

  void given_name_sex() {
    lex.given_sex_.reserve(lex.given_sex_.size() + entries.Size());
    for (const auto& v : entries.GetArray()) {
      const std::string w = str(v, "name"), sex = str(v, "sex");
      if (w.empty()) bad(k, "missing \"name\"");
      else if (sex == "female") lex.given_sex_[lex.vocab_.add(w)] = Sex::Female;
      else if (sex == "male") lex.given_sex_[lex.vocab_.add(w)] = Sex::Male;
      else bad(k, "unknown sex \"" + sex + "\" (expected female or male)");
      ++k;
    }
  }

  void furniture() {
    for (const auto& v : entries.GetArray()) {
      const std::string re = str(v, "pattern"), scope = str(v, "scope");
      // RE2 syntax (no backreferences or lookaround), matched in linear time; compiled as
      // FurnitureScope::join() compiles it (row 23.457), to report a bad rule here.
      const auto compiled = compile_furniture_rule(re);
      if (!compiled->ok()) {
        bad(k, "bad regular expression \"" + re + "\": " + compiled->error() +
                   (compiled->error_arg().empty() ? std::string() : " at \"" + compiled->error_arg() + "\""));
      } else if (scope == "bracket") {  // asked as one RE2 with the others (finalize(): FurnitureScope::join())
        lex.furniture_.bracket.sources.push_back(re);
      } else if (scope == "line" || scope.empty()) {
        lex.furniture_.line.sources.push_back(re);
      } else {
        bad(k, "unknown scope \"" + scope + "\" (expected line or bracket)");
      }
      ++k;
    }
  }

  void abbreviations() {
    for (const auto& v : entries.GetArray()) {
      const std::string word = str(v, "abbreviation");
      const auto ends = v.IsObject() ? v.FindMember("ends_sentence") : v.MemberEnd();
      if (word.empty()) bad(k, "missing \"abbreviation\"");
      else if (word.find_first_of(" .") != std::string::npos) bad(k, "an abbreviation is one word, without its period");
      else if (ends == v.MemberEnd() || !ends->value.IsBool()) bad(k, "\"ends_sentence\" must be true or false");
      else lex.abbreviations_.add(word, ends->value.GetBool());
      ++k;
    }
  }

  void word_lists() {
    for (const auto& v : entries.GetArray()) {
      const std::string list = str(v, "list"), match = str(v, "match");
      std::vector<std::string> words;
      const auto id = parse_words(list);
      if (!id) bad(k, "unknown list \"" + list + "\" (see data/lexicon/word_lists.json for the lists)");
      else if (!strs(v, "words", words) || words.empty()) bad(k, "\"words\" must be a non-empty list of strings");
      else if (!match.empty() && match != "prefix" && match != "suffix") bad(k, "unknown \"match\" \"" + match + "\" (expected prefix or suffix)");
      else
        for (auto& w : words) {
          std::string low = to_lower(w);
          if (low.find(' ') == std::string::npos) lex.vocab_.add(low);
          lex.word_lists_[static_cast<std::size_t>(*id)].push_back(std::move(low));
        }
      ++k;
    }
  }
};

namespace {

// Line and column of each entry of the "entries" array: re-scans the array, parsing one
// value at a time, counting lines in one pass over the text.
std::vector<std::pair<std::size_t, std::size_t>> entry_positions(std::string_view text) {
  std::vector<std::pair<std::size_t, std::size_t>> entry_lines;
  std::size_t p = text.find("\"entries\"");
  p = p == std::string_view::npos ? text.size() : text.find('[', p);
  std::size_t i = p == std::string_view::npos ? text.size() : p + 1;
  // Line and column are counted incrementally: one pass over the text in all.
  std::size_t counted = 0, line = 1, col = 1;
  auto advance = [&](std::size_t to) {
    for (; counted < to; ++counted) {
      if (text[counted] == '\n') { ++line; col = 1; }
      else if ((static_cast<unsigned char>(text[counted]) & 0xC0) != 0x80) ++col;
    }
  };
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t' || text[i] == ',')) ++i;
    if (i >= text.size() || text[i] == ']') break;
    rapidjson::Document one;
    rapidjson::StringStream ss(text.data() + i);
    one.ParseStream<rapidjson::kParseStopWhenDoneFlag>(ss);
    if (one.HasParseError()) break;
    advance(i);
    entry_lines.emplace_back(line, col);
    i += ss.Tell();
  }
  return entry_lines;
}

}  // namespace

bool Lexicons::load_lexicon_json(const std::string& name, std::string_view text, Diagnostics& diag) {
  if (const auto deep = json_depth_exceeded(text); deep != std::string_view::npos) {
    auto [l, c] = line_col(text, deep);
    diag.error(name, l, c, "invalid JSON: " + json_too_deep_message());
    return false;
  }
  rapidjson::Document d;
  d.Parse(text.data(), text.size());
  if (d.HasParseError()) {
    auto [l, c] = line_col(text, d.GetErrorOffset());
    diag.error(name, l, c, std::string("invalid JSON: ") + rapidjson::GetParseError_En(d.GetParseError()));
    return false;
  }
  const std::string format = str(d, "format"), kind = str(d, "kind");
  if (format != "gazette/lexicon" && format != "gazette/rules") {
    diag.error(name, 1, 1, "\"format\" must be \"gazette/lexicon\" or \"gazette/rules\"");
    return false;
  }
  auto ver = d.FindMember("version");
  if (ver == d.MemberEnd() || !ver->value.IsInt() || ver->value.GetInt() != 1) {
    diag.error(name, 1, 1, "unsupported version (this gazette reads version 1)");
    return false;
  }
  auto ents = d.FindMember("entries");
  if (ents == d.MemberEnd() || !ents->value.IsArray()) {
    diag.error(name, 1, 1, "missing \"entries\" list");
    return false;
  }
  // Entry line numbers, found at the first error only: re-scan the entries array,
  // parsing one value at a time (a tenth of start-up time when done for every file).
  std::optional<std::vector<std::pair<std::size_t, std::size_t>>> entry_lines;
  bool ok = true;
  EntryLoader load{*this, ents->value, [&](std::size_t k, const std::string& msg) {
                     if (!entry_lines) entry_lines = entry_positions(text);
                     const auto lc = k < entry_lines->size() ? (*entry_lines)[k] : std::pair<std::size_t, std::size_t>{0, 0};
                     diag.error(name, lc.first, lc.second, "entry " + std::to_string(k + 1) + ": " + msg);
                     ok = false;
                   }};
  if (kind == "given_names") load.word_set(kGivenName, false);
  else if (kind == "common_words") load.word_set(kCommonWord, true);
  else if (kind == "event_heads") load.word_set(kEventHead, false);
  else if (kind == "not_names") load.word_set(kNotName, false, kNotNameFolded);  // folded: FRIDAY in ALL-CAPS lines
  else if (kind == "titles") load.titles();
  else if (kind == "org_heads" || kind == "loc_heads") load.heads(kind);
  else if (kind == "speech_verbs") load.speech_verbs();
  else if (kind == "relation_cues") load.relation_cues();
  else if (kind == "name_patterns") load.name_patterns();
  else if (kind == "given_name_sex") load.given_name_sex();
  else if (kind == "furniture") load.furniture();
  else if (kind == "word_lists") load.word_lists();
  else if (kind == "abbreviations") load.abbreviations();
  else {
    diag.error(name, 1, 1, "unknown \"kind\": \"" + kind + "\"");
    return false;
  }
  return ok;
}

namespace {

// Capitals: the city entry (or a new LOCATION entry) learns which country it is the
// capital of.
void add_capitals(std::vector<GazetteerEntry>& entries, StringIndex& by_name, StringIndex& by_id) {
  const std::size_t n = entries.size();
  std::size_t capitals = 0;
  for (const auto& e : entries) capitals += e.type == EntityType::Country ? e.capitals.size() : 0;
  entries.reserve(n + capitals);
  for (std::size_t i = 0; i < n; ++i) {
    if (entries[i].type != EntityType::Country) continue;
    const std::string country = entries[i].name;
    for (const auto& cap : std::vector<std::string>(entries[i].capitals)) {
      const std::uint32_t at = by_name.find(cap);
      if (at != StringIndex::kAbsent && entries[at].type == EntityType::Location) {
        if (entries[at].capital_of.empty()) entries[at].capital_of = country;
        continue;
      }
      if (at != StringIndex::kAbsent) continue;
      GazetteerEntry e;
      e.id = "capital:" + cap;
      e.name = cap;
      e.type = EntityType::Location;
      e.country = country;
      e.capital_of = country;
      e.source = entries[i].source;
      e.line = entries[i].line;
      by_name.emplace(cap, static_cast<std::uint32_t>(entries.size()));
      by_id.emplace(e.id, static_cast<std::uint32_t>(entries.size()));
      entries.push_back(std::move(e));
    }
  }
}

// The person keys of every PERSON entry (its name, then each alias), and the index of
// people by surname.
void index_people(std::vector<GazetteerEntry>& entries,
                  std::unordered_map<std::string, std::vector<std::uint32_t>>& by_surname) {
  for (std::uint32_t i = 0; i < entries.size(); ++i) {
    if (entries[i].type != EntityType::Person) continue;
    auto& keys = entries[i].person_keys;
    keys.clear();
    {
      const auto& ws = phrase_tokens(entries[i].name);  // the name, tokenized once (valid until the next call)
      keys.push_back(person_key(ws, 0, ws.size()));
      // A surname is a capitalised last word ("Putin"); "in" of "Moon Jae-in" is not.
      if (ws.size() >= 2 && !ws.back().norm.empty() && std::isupper(static_cast<unsigned char>(ws.back().norm[0]))) {
        // Surname = last word; for "al-Assad" style names the part after the hyphen too.
        const std::string last(ws.back().lower);
        by_surname[last].push_back(i);
        if (ws.size() >= 3 && ws[ws.size() - 2].lower == "-")
          by_surname[std::string(ws[ws.size() - 3].lower) + "-" + last].push_back(i);
      }
    }
    for (const auto& al : entries[i].aliases) keys.push_back(person_key(al));
  }
}

// TitleEntry::lower_case_state_seat of every title: its words, lower-cased as the title
// index compares them, are those of a role noun marked state_office (row 19.495).
void mark_lower_case_state_seats(std::vector<TitleEntry>& titles, const Abbreviations& abbreviations) {
  std::vector<std::string_view> seats;
  for (const auto& t : titles)
    if (t.kind == TitleEntry::Kind::RoleNoun && t.state_office) seats.push_back(t.title);
  for (auto& t : titles) {
    std::string words;
    for (const auto& w : phrase_words(t.title, false, abbreviations)) {
      if (!words.empty()) words += ' ';
      words += w;
    }
    t.lower_case_state_seat = std::find(seats.begin(), seats.end(), words) != seats.end();
  }
}

// The word ids of each pattern token's words, and whether the pattern can only start
// at a capitalised word.
void compile_patterns(std::vector<NamePattern>& patterns, Vocab& vocab) {
  for (auto& p : patterns) {
    for (auto& t : p.tokens) {
      t.text_ids.clear();
      for (const auto& w : t.text) t.text_ids.push_back(vocab.add(w));
    }
    const PatternToken& t0 = p.tokens.front();
    const bool required = t0.op == '1' || t0.op == '+';
    const bool cap_shape = t0.shape_id == Shape::Cap || t0.shape_id == Shape::Caps || t0.shape_id == Shape::Initial ||
                           t0.shape_id == Shape::Name;
    const bool cap_lex = t0.lex_id == LexName::Titles || t0.lex_id == LexName::Offices ||
                         t0.lex_id == LexName::Honorifics || t0.lex_id == LexName::Demonyms;
    p.starts_capitalised = required && (cap_shape || cap_lex);
  }
}

// A phrase index over `phrases` (payload: the index in `phrases`), setting `first_bit`
// on each phrase's first word.
template <class Phrases, class PhraseOf>
PhraseIndex make_phrase_index(std::uint32_t first_bit, const Phrases& phrases, PhraseOf&& phrase_of, Vocab& vocab,
                              const Abbreviations& abbreviations) {
  PhraseIndex index(first_bit);
  for (std::uint32_t i = 0; i < phrases.size(); ++i) index.add(phrase_of(phrases[i]), i, vocab, abbreviations);
  return index;
}

}  // namespace

void Lexicons::finalize() {
  by_name_.clear();
  by_surname_.clear();
  for (std::uint32_t i = 0; i < entries_.size(); ++i) {
    by_name_.emplace(entries_[i].name, i);
  }
  add_capitals(entries_, by_name_, by_id_);
  // A state named like a city: the city learns the state's name (namesake_state).
  for (const auto& e : entries_) {
    if (e.namesake_city.empty()) continue;
    if (const std::uint32_t at = by_name_.find(e.namesake_city); at != StringIndex::kAbsent) entries_[at].namesake_state = e.name;
  }
  index_people(entries_, by_surname_);
  for (const auto& [surname, people] : by_surname_) vocab_.set_bits(vocab_.add(surname), kSurname);
  for (const auto& w : words(Words::SentenceOpeners))
    vocab_.set_bits(vocab_.add(w), kOpener);
  const auto same = [](const std::string& phrase) -> const std::string& { return phrase; };
  mark_lower_case_state_seats(titles_, abbreviations_);
  title_index_ = make_phrase_index(kTitleFirst, titles_, [](const TitleEntry& t) -> const std::string& { return t.title; }, vocab_, abbreviations_);
  speech_index_ = make_phrase_index(kSpeechFirst, speech_forms_, same, vocab_, abbreviations_);
  rel_index_ = make_phrase_index(kRelationFirst, rel_forms_, same, vocab_, abbreviations_);
  compile_patterns(patterns_, vocab_);
  furniture_.line.join();
  furniture_.bracket.join();
  gazetteer_ = std::make_unique<Gazetteer>(*this, vocab_);  // adds the words of every name; last to add words
  mask_of_.assign(vocab_.size(), 0);
  word_masks_.assign(1, {});
  for (std::size_t l = 0; l < word_lists_.size(); ++l)
    for (const auto& w : word_lists_[l])
      if (const auto id = vocab_.find(w); id != Vocab::kNone && id < mask_of_.size()) {
        if (!mask_of_[id]) {
          mask_of_[id] = static_cast<std::uint32_t>(word_masks_.size());
          word_masks_.emplace_back();
        }
        word_masks_[mask_of_[id]].set(l);
      }
  dedupe_word_masks();
  vocab_.set_lists(mask_of_);  // row 23.330: each word's slot keeps its lists' mask (intern() reads it there)
  index_suffixes();
  for (std::size_t c = 0; c < ascii_id_.size(); ++c) {
    const char ch = static_cast<char>(c);
    ascii_id_[c] = vocab_.find(std::string_view(&ch, 1));
  }
}

// Words that are in the same lists share one mask (a few hundred listed words, a few
// hundred distinct masks at most), so a token can keep its mask's index in two bytes
// (Token::lmask; one byte held 254, which the built-in lists filled: row 23.246).
void Lexicons::dedupe_word_masks() {
  std::vector<std::bitset<kWordListCapacity>> distinct;
  std::vector<std::uint32_t> remap(word_masks_.size(), 0);
  for (std::size_t m = 0; m < word_masks_.size(); ++m) {
    const auto it = std::find(distinct.begin(), distinct.end(), word_masks_[m]);
    remap[m] = static_cast<std::uint32_t>(it - distinct.begin());
    if (it == distinct.end()) distinct.push_back(word_masks_[m]);
  }
  for (auto& m : mask_of_) m = remap[m];  // mask 0 (in no list) stays 0: it comes first
  word_masks_ = std::move(distinct);
}

void Lexicons::intern(Annotation& a) const {
  // In blocks: hash (and prefetch the slots of) a block's words, then probe them, so the
  // table's cache misses overlap instead of following one another.
  constexpr std::size_t kBlock = 16;
  std::array<Vocab::Probe, kBlock> pn, pl;
  std::array<std::uint8_t, kBlock> mode;  // 0 one ASCII char, 1 one form, 2 two forms
  auto& tokens = a.tokens;
  // The mask table read through locals: the compiler would otherwise load the vector's
  // bounds again at each token (the stores into tokens may alias them).
  const std::uint32_t* const masks = mask_of_.data();
  const std::size_t n_masks = mask_of_.size();
  for (std::size_t base = 0; base < tokens.size(); base += kBlock) {
    const std::size_t n = std::min(kBlock, tokens.size() - base);
    for (std::size_t k = 0; k < n; ++k) {
      const Token& t = tokens[base + k];
      if (t.norm.size() == 1 && static_cast<unsigned char>(t.norm[0]) < 0x80) { mode[k] = 0; continue; }
      pn[k] = vocab_.prepare(t.norm);
      const bool same = t.lower.data() == t.norm.data() && t.lower.size() == t.norm.size();
      mode[k] = same ? 1 : 2;
      if (!same) pl[k] = vocab_.prepare(t.lower);
    }
    // Row 23.330: the word lists of `lower` (Lexicons::in) come from its slot with the id
    // (Vocab::set_lists mirrors mask_of_ there, capped at kMaskUnset), so a token reads no
    // mask_of_ line: `Said` reads the slots of `Said` and `said`, and nothing else. A token of
    // one ASCII character (`,`, `a`) reads its few hot entries of the per-id arrays.
    for (std::size_t k = 0; k < n; ++k) {
      Token& t = tokens[base + k];
      Vocab::Found fn;
      if (mode[k] == 0) {
        fn.id = ascii_id_[static_cast<unsigned char>(t.norm[0])];
        fn.bits = vocab_.bits(fn.id);
        const std::uint32_t m = fn.id < n_masks ? masks[fn.id] : 0;  // mask_index()
        fn.lists = m < kMaskUnset ? m : kMaskUnset;
      } else {
        fn = vocab_.lookup(t.norm, pn[k]);
      }
      const Vocab::Found fl = mode[k] == 2 ? vocab_.lookup(t.lower, pl[k]) : fn;
      t.id = fn.id;
      t.lid = fl.id;
      t.nbits = static_cast<std::uint16_t>(fn.bits);
      t.lbits = static_cast<std::uint16_t>(fl.bits);
      t.lmask = static_cast<std::uint16_t>(fl.lists);
    }
  }
}

const GazetteerEntry* Lexicons::entry_by_id(std::string_view id) const {
  const std::uint32_t at = by_id_.find(id);
  return at == StringIndex::kAbsent ? nullptr : &entries_[at];
}

const GazetteerEntry* Lexicons::entry_by_name(std::string_view canonical) const {
  const std::uint32_t at = by_name_.find(canonical);
  return at == StringIndex::kAbsent ? nullptr : &entries_[at];
}

const std::vector<std::uint32_t>& Lexicons::persons_with_surname(std::string_view surname) const {
  auto it = by_surname_.find(to_lower(surname));
  return it == by_surname_.end() ? kNoEntries : it->second;
}

bool Lexicons::in_lexicon(LexName lex, const Token& t) const {
  const std::uint32_t bit = lexicon_bits(lex);  // 0: titles, honorifics, offices, demonyms (the recognizer's)
  if (lex == LexName::CommonWords) return lower_bits(t) & bit;  // common words are stored lower-case
  if (lex == LexName::LocAfter) return (norm_bits(t) | lower_bits(t)) & bit;  // "province", "Province"
  return norm_bits(t) & bit;
}

std::optional<LexName> parse_lex_name(std::string_view s) {
  static constexpr std::pair<std::string_view, LexName> kNames[] = {
      {"", LexName::Any}, {"given_names", LexName::GivenNames}, {"common_words", LexName::CommonWords},
      {"not_names", LexName::NotNames}, {"titles", LexName::Titles}, {"honorifics", LexName::Honorifics},
      {"offices", LexName::Offices}, {"org_heads", LexName::OrgHeads}, {"org_starts", LexName::OrgStarts},
      {"loc_after", LexName::LocAfter}, {"loc_before", LexName::LocBefore}, {"demonyms", LexName::Demonyms},
      {"event_heads", LexName::EventHeads}};
  for (const auto& [name, id] : kNames)
    if (name == s) return id;
  return std::nullopt;
}

bool Lexicons::in_unmasked(Words list, const Token& t) const {
  return listed(t.lid != Vocab::kUnset ? t.lid : vocab_.find(t.lower), list);
}

bool Lexicons::in(Words list, std::string_view lower) const {
  if (lower.find(' ') == std::string_view::npos) {  // a word: by its vocabulary slot
    // Row 23.332: the lists' mask index comes with the look-up from the word's slot (row
    // 23.330), not from a second line of mask_of_ (`in(Words::X, "said")`: one slot read).
    const Vocab::Found f = vocab_.lookup(lower);
    return f.lists < kMaskUnset ? word_masks_[f.lists][static_cast<std::size_t>(list)] : listed(f.id, list);
  }
  const auto& ws = word_lists_[static_cast<std::size_t>(list)];
  return std::find(ws.begin(), ws.end(), lower) != ws.end();
}

bool Lexicons::ends_in_any(Words list, std::string_view lower) const {
  for (const auto& w : word_lists_[static_cast<std::size_t>(list)])
    if (lower.ends_with(w)) return true;
  return false;
}

// Packs each list of one suffix of 1 to 4 bytes as ends_in() tests it: its length, and the
// suffix right-aligned in 4 bytes read the way ends_in() reads a word's last 4.
void Lexicons::index_suffixes() {
  for (std::size_t l = 0; l < word_lists_.size(); ++l) {
    const auto& ws = word_lists_[l];
    suffix_tests_[l] = 0;
    if (ws.size() != 1 || ws[0].empty() || ws[0].size() > 4) continue;
    char bytes[4] = {0, 0, 0, 0};
    std::memcpy(bytes + 4 - ws[0].size(), ws[0].data(), ws[0].size());
    std::uint32_t b = 0;
    std::memcpy(&b, bytes, 4);
    suffix_tests_[l] = (static_cast<std::uint64_t>(b) << 32) | ws[0].size();
  }
}

bool Lexicons::starts_in(Words list, std::string_view lower) const {
  // Row 23.249: an entry's length and first byte are tested before the rest (starts_with(),
  // a call to memcmp): most entries of a list differ from the word there (`rebuked` against
  // `dismiss`, `reject`, `deny` ...). The same answer: an empty entry starts every word.
  for (const auto& w : word_lists_[static_cast<std::size_t>(list)]) {
    if (w.empty()) return true;
    if (w.size() <= lower.size() && w[0] == lower[0] && lower.starts_with(w)) return true;
  }
  return false;
}

namespace {
constexpr std::string_view kWordListNames[] = {"subject_pronouns", "we_pronouns", "articles", "person_possessives", "possessives", "determiners", "noun_phrase_openers", "coordinators", "relative_words", "complementizers", "copulas", "negators", "refusals", "official_nouns", "state_body_nouns", "regime_nouns", "discourse_markers", "sentence_linkers", "speaker_phrase_ends", "speaker_phrase_prepositions", "subject_gap_words", "statement_nouns", "before_that", "not_clause_openers", "title_premodifiers", "diplomat_nouns", "foreign_offices", "leader_nouns", "leader_offices", "office_head_prefix", "office_head_anywhere", "rejection_verb_stems", "denial_cue_stems", "claim_nouns", "kind_nouns", "work_title_words", "ally_nouns", "cue_nouns", "attack_modifiers", "launch_verbs", "target_prepositions", "particle_back_verbs", "participle_openers", "coordination_fillers", "between_stoppers", "inclusion_words", "blame_predicates", "acting_verbs", "acting_adverbs", "place_prepositions", "location_prepositions", "name_connectors", "name_function_words", "hyphen_particles", "contraction_tails", "sentence_openers", "male_words", "female_words", "body_pronouns", "party_name_words", "national_post_heads", "opposition_premodifiers", "party_letters", "infinitive_markers", "person_role_nouns", "versus_words", "verbal_attack_verbs", "date_am_words", "date_pm_words", "ordinal_suffixes", "date_fillers", "month_variants", "phrase_end_words", "definite_articles", "indefinite_articles", "of_prepositions", "post_prepositions", "origin_prepositions", "containment_prepositions", "additive_conjunctions", "person_relatives", "between_prepositions", "action_object_prepositions", "plural_possessives", "agent_prepositions", "comitative_prepositions", "dependency_prepositions", "adverb_like_cues", "contrast_conjunctions", "plan_nouns", "welcome_verbs", "declarative_complementizers", "subordinators", "finite_auxiliaries", "player_nouns", "body_part_heads", "presidency_nouns", "capacity_prepositions", "speech_act_cue_stems", "sports_words", "contest_words", "absolute_prepositions", "interrogative_words", "aim_verbs", "attribution_as", "nation_regions", "dismissal_words", "nominative_pronouns", "contrast_connectives", "representation_prepositions", "predicative_verbs", "fixture_words", "object_pronouns", "side_prepositions", "party_side_words", "gerund_prepositions", "contest_event_heads", "name_verb_speech", "name_head_nouns", "name_of_nouns", "perfect_auxiliaries", "conditional_subordinators", "male_object_pronouns", "female_object_pronouns", "passive_predicative_verbs", "adverb_suffixes", "participle_suffixes", "past_suffixes", "present_s_suffixes", "non_present_s_suffixes", "y_keeping_suffixes", "negative_auxiliaries", "company_legal_forms", "deictic_country_determiners", "country_nouns", "reference_nouns", "swipe_nouns", "reference_prepositions", "demonstrative_pronouns", "country_compound_nouns", "past_title_premodifiers", "hedging_words", "own_body_prepositions", "acronym_expansion_words", "adjective_suffixes", "quantifier_determiners", "body_relatives", "demonym_nouns", "number_modifiers", "time_phrase_nouns", "header_directions", "support_prepositions", "people_noun_suffixes", "firm_role_nouns", "time_limit_prepositions", "irregular_past_forms", "plural_quantifiers", "fronting_subordinators", "time_measure_words", "topic_prepositions", "conformity_nouns", "person_noun_endings", "expletive_pronouns", "authored_text_nouns", "publishing_verbs", "male_possessive_pronouns", "existential_subjects", "department_nouns", "causative_verbs", "other_prepositions", "noun_first_cue_forms", "role_modifier_participles", "gesture_verbs", "told_thing_nouns", "currency_signs", "seat_participles", "review_fields", "press_report_verbs", "correlative_openers", "label_verbs", "district_words", "exhortation_verbs", "resignation_verbs", "holding_nouns", "staff_nouns", "bilateral_nouns", "display_text_nouns", "institution_nouns", "publishing_particles", "place_named_body_heads", "body_field_not_names", "epithet_nouns", "first_person_subjects", "topic_speech_verbs", "press_nouns", "press_title_heads", "subordinate_title_words", "shared_offices", "plural_person_nouns", "pair_numerals", "headline_body_openers", "generic_subjects", "saint_words"};
static_assert(std::size(kWordListNames) == static_cast<std::size_t>(Words::kCount));
static_assert(static_cast<std::size_t>(Words::kCount) <= kWordListCapacity, "word_masks_ holds kWordListCapacity lists");
constexpr std::string_view kFrameNames[] = {"active", "passive", "nominal_with", "noun_of", "post", "membership", "evaluation", "judging"};
}  // namespace

std::string_view to_string(Words w) { return enum_name(kWordListNames, w); }
std::optional<Words> parse_words(std::string_view s) { return enum_by_name<Words>(kWordListNames, s); }
std::string_view to_string(Frame f) { return enum_name(kFrameNames, f); }
std::optional<Frame> parse_frame(std::string_view s) { return enum_by_name<Frame>(kFrameNames, s); }

std::optional<Shape> parse_shape(std::string_view s) {
  static constexpr std::pair<std::string_view, Shape> kShapes[] = {
      {"", Shape::Any}, {"Cap", Shape::Cap}, {"CAPS", Shape::Caps}, {"initial", Shape::Initial},
      {"lower", Shape::Lower}, {"hyphen", Shape::Hyphen}, {"connector", Shape::Connector}, {"name", Shape::Name},
      {"number", Shape::Number}};
  for (const auto& [name, id] : kShapes)
    if (name == s) return id;
  return std::nullopt;
}

}  // namespace gazette
