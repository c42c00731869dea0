#include "gazette/ingest.hpp"

#include "gazette/hash.hpp"
#include "gazette/sqlite.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <unistd.h>

using namespace gazette;
namespace fs = std::filesystem;

namespace {

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("gazette-ingest-" + std::to_string(::getpid()) + "-" +
                                        std::to_string(reinterpret_cast<std::uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { std::error_code ec; fs::remove_all(path, ec); }
  std::string write(const std::string& name, const std::string& bytes) {
    const auto p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
};

struct Result {
  std::vector<Document> docs;
  std::vector<Diagnostic> diags;
  IngestStats stats;
};

Result run(const std::vector<std::string>& inputs, IngestOptions opt = {}) {
  Result r;
  Diagnostics diag;
  r.stats = read_inputs(inputs, [&](Document&& d) { r.docs.push_back(std::move(d)); }, diag, opt);
  r.diags = diag.all();
  return r;
}

bool has_message(const Result& r, const std::string& needle) {
  for (const auto& d : r.diags)
    if (d.format().find(needle) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST(Ingest, ReadsTxtJsonlAndDirectoriesInSortedOrder) {
  TempDir t;
  t.write("b.txt", "Second.");
  t.write("a.txt", "First.");
  t.write("sub/c.jsonl", "{\"id\":\"c1\",\"text\":\"Third.\",\"title\":\"T\",\"date\":\"2026-01-02\",\"extra\":1}\n");
  t.write("ignored.bin", "xx");
  auto r = run({t.path.string()});
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].text, "First.");
  EXPECT_EQ(r.docs[1].text, "Second.");
  EXPECT_EQ(r.docs[2].id, "c1");
  EXPECT_EQ(r.docs[2].title, "T");
  EXPECT_EQ(r.docs[2].date, "2026-01-02");
  EXPECT_EQ(r.stats.rejected_inputs, 0u);
}

TEST(Ingest, BadInputIsReportedAndTheRestGoesOn) {
  TempDir t;
  const auto bad_utf8 = t.write("bad.txt", "Caf\xE9 society.");
  const auto binary = t.write("bin.txt", std::string("\x7F" "ELF\0\0\0", 7));
  const auto empty = t.write("empty.txt", "");
  const auto jsonl = t.write("docs.jsonl", "{\"id\":\"ok1\",\"text\":\"Good.\"}\n{broken\n[1,2]\n{\"id\":\"x\"}\n{\"id\":\"ok2\",\"text\":\"Also good.\"}\n");
  auto r = run({bad_utf8, binary, empty, jsonl, (t.path / "missing.txt").string()});
  // bad.txt (kept, U+FFFD), empty.txt, ok1, ok2
  ASSERT_EQ(r.docs.size(), 4u);
  EXPECT_EQ(r.docs[0].text, "Caf\xEF\xBF\xBD society.");
  EXPECT_TRUE(has_message(r, "bad.txt: warning: invalid UTF-8"));
  EXPECT_TRUE(has_message(r, "byte offset 3"));
  EXPECT_TRUE(has_message(r, "bin.txt: error: looks binary"));
  EXPECT_TRUE(has_message(r, "docs.jsonl:2: error: malformed JSON"));
  EXPECT_TRUE(has_message(r, "docs.jsonl:3: error: expected a JSON object"));
  EXPECT_TRUE(has_message(r, "docs.jsonl:4: error: missing string field \"text\""));
  EXPECT_TRUE(has_message(r, "missing.txt: error: no such file"));
  EXPECT_EQ(r.stats.rejected_inputs, 5u);
  EXPECT_EQ(r.docs[2].id, "ok1");
  EXPECT_EQ(r.docs[3].id, "ok2");
}

TEST(Ingest, IdenticalDocumentsCountOnce) {
  TempDir t;
  const auto a = t.write("a.txt", "Same text here.\n");
  const auto b = t.write("b.txt", "Same  text here.");
  auto r = run({a, b});
  EXPECT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.stats.duplicates, 1u);
  EXPECT_TRUE(has_message(r, "identical to document"));
}

// gazette annotate (copy_duplicate_documents): a repeat is handed on, marked with the id
// of the first document of its text, under its own id; a text that differs only in
// white space is no repeat there (its offsets differ).
TEST(Ingest, CopiesOfADocumentAreHandedOnMarked) {
  TempDir t;
  const auto a = t.write("a.txt", "Mara Olsen said the ferry would run again.");
  const auto b = t.write("b.jsonl", "{\"id\":\"copy\",\"text\":\"Mara Olsen said the ferry would run again.\"}\n"
                                    "{\"id\":\"spaced\",\"text\":\"Mara Olsen said  the ferry would run again.\"}\n");
  IngestOptions opt;
  opt.copy_duplicate_documents = true;
  auto r = run({a, b}, opt);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].duplicate_of, "");
  EXPECT_EQ(r.docs[1].id, "copy");
  EXPECT_EQ(r.docs[1].duplicate_of, a);
  EXPECT_EQ(r.docs[1].text_key, r.docs[0].text_key);
  EXPECT_EQ(r.docs[2].duplicate_of, "");
  EXPECT_NE(r.docs[2].text_key, r.docs[0].text_key);
  EXPECT_EQ(r.stats.documents, 2u);
  EXPECT_EQ(r.stats.duplicates, 1u);
  EXPECT_TRUE(has_message(r, "identical to document " + a + ": its annotation written again as a copy"));
}

// Enough documents for the table of seen texts to grow several times; each repeat is
// reported with the id of the first document that had the text.
TEST(Ingest, RepeatsAmongManyDocumentsNameTheFirst) {
  TempDir t;
  std::string lines;
  for (int round = 0; round < 2; ++round)
    for (int i = 0; i < 300; ++i)
      lines += "{\"id\":\"r" + std::to_string(round) + "-doc-" + std::to_string(i) + "\",\"text\":\"Report number " +
               std::to_string(i) + (round ? "  was filed." : " was filed.") + "\"}\n";
  auto r = run({t.write("docs.jsonl", lines)});
  ASSERT_EQ(r.docs.size(), 300u);
  EXPECT_EQ(r.docs.back().id, "r0-doc-299");
  EXPECT_EQ(r.stats.duplicates, 300u);
  EXPECT_TRUE(has_message(r, "identical to document r0-doc-0: counted once"));
  EXPECT_TRUE(has_message(r, "identical to document r0-doc-299: counted once"));
  EXPECT_FALSE(has_message(r, "identical to document r1-"));
}

TEST(Ingest, DirectoryLoopsAreSkipped) {
  TempDir t;
  t.write("d/a.txt", "Text.");
  fs::create_directory_symlink(t.path / "d", t.path / "d" / "loop");
  auto r = run({(t.path / "d").string()});
  EXPECT_EQ(r.docs.size(), 1u);
  EXPECT_TRUE(has_message(r, "directory loop"));
}

TEST(Ingest, HugeDocumentsAreCutWithAWarning) {
  TempDir t;
  const auto p = t.write("big.txt", std::string(3000, 'a'));
  IngestOptions opt;
  opt.max_document_bytes = 1000;
  auto r = run({p}, opt);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].text.size(), 1000u);
  EXPECT_TRUE(has_message(r, "cut to the first 1000 bytes"));
}

TEST(Ingest, HtmlKeepsTextTitleAndParagraphs) {
  std::string text, title;
  html_to_text("<html><head><title>Talks stall</title><script>var x=1;</script></head><body><nav>Home | World</nav>"
               "<p>Lavrov said &ldquo;no&rdquo;.</p><p>Second&nbsp;para.</p><footer>Share</footer></body></html>",
               text, title);
  EXPECT_EQ(title, "Talks stall");
  EXPECT_EQ(text, "Talks stall\n\nLavrov said \xE2\x80\x9Cno\xE2\x80\x9D.\n\nSecond\xC2\xA0para.");
}

// Former bugs (issue #22).
TEST(Ingest, DeepJsonLinesAreReportedAndTheRestGoesOn) {
  TempDir t;
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  const auto p = t.write("deep.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\n{\"id\":\"b\",\"x\":" + deep +
                                           ",\"text\":\"Two.\"}\n{\"id\":\"c\",\"text\":\"Three.\"}\n");
  auto r = run({p});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "a");
  EXPECT_EQ(r.docs[1].id, "c");
  EXPECT_TRUE(has_message(r, "deep.jsonl:2: error: JSON nested deeper than 64 levels"));
}

TEST(Ingest, DeepHtmlIsCutAndWalkedWithoutRecursion) {
  struct Case { std::string open, close; bool cut; };
  const Case cases[] = {
      {"<div>", "</div>", true},
      {"<span><b>", "</b></span>", true},
      {"<p>", "", false},     // closed implicitly by the next <p>: no depth
      {"<br>", "", false},    // void
  };
  for (const auto& c : cases) {
    std::string html = "<html><body><p>Lavrov said no.</p>";
    for (int i = 0; i < 100000; ++i) html += c.open;
    html += "deep";
    for (int i = 0; i < 100000; ++i) html += c.close;
    html += "</body></html>";
    std::string text, title;
    const auto report = html_to_text(html, text, title);
    EXPECT_EQ(report.cut_at != std::string_view::npos, c.cut) << c.open;
    EXPECT_EQ(text.rfind("Lavrov said no.", 0), 0u) << c.open;
  }
}

TEST(Ingest, MetadataGetsInvalidUtf8Replaced) {
  TempDir t;
  const auto p = t.write("m.jsonl", "{\"id\":\"x\xff\",\"title\":\"T\xc3\",\"date\":\"2020\",\"source\":\"S\xe9\",\"text\":\"Text.\"}\n");
  auto r = run({p});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "x\xEF\xBF\xBD");
  EXPECT_EQ(r.docs[0].title, "T\xEF\xBF\xBD");
  EXPECT_EQ(r.docs[0].outlet, "S\xEF\xBF\xBD");
  EXPECT_TRUE(has_message(r, "m.jsonl:1: warning: invalid UTF-8 in \"id\""));
}

TEST(Ingest, MaxDocumentBytesBoundsWhatIsRead) {
  TempDir t;
  const auto line = t.write("l.jsonl", "{\"id\":\"big\",\"text\":\"" + std::string(3000, 'a') + "\"}\n{\"id\":\"small\",\"text\":\"Hi.\"}\n");
  IngestOptions opt;
  opt.max_document_bytes = 1000;  // lines up to 1000 bytes + 1 MB are read
  auto r = run({line}, opt);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].text.size(), 1000u);
  EXPECT_TRUE(has_message(r, "(--max-document-mb)"));
  const auto huge = t.write("h.jsonl", "{\"id\":\"huge\",\"text\":\"" + std::string((1u << 20) + 2000, 'a') + "\"}\n{\"id\":\"after\",\"text\":\"Hi.\"}\n");
  r = run({huge}, opt);
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].id, "after");
  EXPECT_TRUE(has_message(r, "h.jsonl:1: error: line longer than"));
}

// JSONL lines are parsed in place (ParseInsitu): escapes are decoded within the line, a
// \u0000 escape stays in the string (and the document is refused for it), numbers give ids,
// and a malformed line names the column where it breaks, as a parse of a copy did.
TEST(Ingest, JsonlLinesParsedInPlaceKeepTheirEscapesAndErrorColumns) {
  TempDir t;
  const auto jsonl = t.write(
      "docs.jsonl",
      "{\"id\":\"e1\",\"text\":\"Caf\\u00e9 \\\"quoted\\\"\\nline\\t\\\\ \\ud83d\\ude00 end.\",\"title\":\"A\\/B\"}\n"
      "{\"id\":42,\"text\":\"Plain.\"}\n"
      "{\"id\":\"z\",\"text\":\"Nul\\u0000here.\"}\n"
      "{\"id\":\"bad\",\"text\":\"x\" \"y\"}\n");
  auto r = run({jsonl});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[0].id, "e1");
  EXPECT_EQ(r.docs[0].text, "Caf\xC3\xA9 \"quoted\"\nline\t\\ \xF0\x9F\x98\x80 end.");
  EXPECT_EQ(r.docs[0].title, "A/B");
  EXPECT_EQ(r.docs[1].id, "42");
  EXPECT_EQ(r.docs[1].text, "Plain.");
  EXPECT_TRUE(has_message(r, "docs.jsonl:3: error: document text contains NUL bytes"));
  EXPECT_TRUE(has_message(r, "docs.jsonl:4: error: malformed JSON at column 24"));
}

// The in-place parse moves a string's plain bytes sixteen, then eight at a time (ingest.cpp, LineStream):
// an escape, a UTF-8 letter or the closing quotation mark at every position of texts of
// 1-40 bytes, the line's earlier strings decoded (so the bytes move back) or not, come out
// decoded as RapidJSON decodes them; a raw control byte or a line cut inside a string
// still names its column.
TEST(Ingest, JsonlStringsAreDecodedAtEveryPositionOfAnEscape) {
  TempDir t;
  const std::pair<std::string, std::string> inserts[] = {
      {"\\n", "\n"}, {"\\\"", "\""}, {"\\\\", "\\"}, {"\\u00e9", "\xC3\xA9"}, {"\xC3\xA9", "\xC3\xA9"}, {"", ""}};
  std::string lines;
  std::vector<std::string> want;
  for (const bool escaped_id : {false, true}) {
    for (std::size_t len = 1; len <= 40; ++len) {
      for (std::size_t at = 0; at <= len; at += 3) {
        for (const auto& [raw, decoded] : inserts) {
          const std::string plain(len, 'w');
          const std::string id = (escaped_id ? "i\\td" : "id") + std::to_string(want.size());
          lines += "{\"id\":\"" + id + "\",\"text\":\"" + plain.substr(0, at) + raw + plain.substr(at) + " x" +
                   std::to_string(want.size()) + "\"}\n";
          want.push_back(plain.substr(0, at) + decoded + plain.substr(at) + " x" + std::to_string(want.size()));
        }
      }
    }
  }
  lines += "{\"id\":\"c\",\"text\":\"abcdefghij\x01k\"}\n";
  lines += "{\"id\":\"d\",\"text\":\"abcdefghijklmnop";
  auto r = run({t.write("docs.jsonl", lines)});
  ASSERT_EQ(r.docs.size(), want.size());
  for (std::size_t k = 0; k < want.size(); ++k) EXPECT_EQ(r.docs[k].text, want[k]) << k;
  EXPECT_EQ(r.docs.back().id, "i\td" + std::to_string(want.size() - 1));
  const std::size_t n = want.size();
  EXPECT_TRUE(has_message(r, "docs.jsonl:" + std::to_string(n + 1) + ": error: malformed JSON at column 29"));
  EXPECT_TRUE(has_message(r, "docs.jsonl:" + std::to_string(n + 2) + ": error: malformed JSON at column 35"));
}

// Standard input ("-") is read through a buffer of its own on descriptor 0 (ingest.cpp
// Reader::stdin_stream), not std::cin: the same documents and the same messages (but the
// name "<stdin>") as the same bytes read as a file, whatever the lines: plain ones, one
// longer than the 64 KB buffer, a CRLF one, a malformed one, a blank one, a last one without
// its line break.
TEST(Ingest, StandardInputGivesTheDocumentsAndMessagesOfTheSameFile) {
  TempDir t;
  std::string bytes = "{\"id\":\"a\",\"text\":\"Helen Marsh said the talks would go on.\"}\n";
  std::string long_text;
  while (long_text.size() < 200000) long_text += "Talks went on in Geneva, Marsh said. ";
  bytes += "{\"id\":\"long\",\"text\":\"" + long_text + "\"}\n";
  bytes += "{\"id\":\"crlf\",\"text\":\"A line ending in CR LF.\"}\r\n";
  bytes += "{\"id\":\"broken\",\"text\":\n\n";
  bytes += "{\"id\":\"last\",\"text\":\"No line break after this one.\"}";
  const std::string file = t.write("in.jsonl", bytes);
  const Result from_file = run({file});

  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(file.c_str(), O_RDONLY);
  ASSERT_GE(saved, 0);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::dup2(fd, STDIN_FILENO), STDIN_FILENO);
  ::close(fd);
  const Result from_stdin = run({"-"});
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);

  ASSERT_EQ(from_stdin.docs.size(), 4u);
  ASSERT_EQ(from_stdin.docs.size(), from_file.docs.size());
  for (std::size_t k = 0; k < from_file.docs.size(); ++k) {
    EXPECT_EQ(from_stdin.docs[k].id, from_file.docs[k].id);
    EXPECT_EQ(from_stdin.docs[k].text, from_file.docs[k].text);
  }
  EXPECT_EQ(from_stdin.docs[1].text, long_text);
  ASSERT_EQ(from_stdin.diags.size(), from_file.diags.size());
  ASSERT_FALSE(from_stdin.diags.empty());
  for (std::size_t k = 0; k < from_file.diags.size(); ++k) {
    std::string expected = from_file.diags[k].format();
    for (std::size_t at; (at = expected.find(file)) != std::string::npos;) expected.replace(at, file.size(), "<stdin>");
    EXPECT_EQ(from_stdin.diags[k].format(), expected);
  }
  EXPECT_TRUE(has_message(from_stdin, "<stdin>:4"));
}

// Row 23.266: a text that is its own whitespace fold keeps the SHA-256 ingest took of it
// to find duplicates, and the database's content hash is written from it; a text whose
// fold differs gets none, and its content hash is taken from the text as before. With
// copy_duplicate_documents the exact digest is kept for every text.
TEST(Ingest, ATextThatIsItsOwnFoldKeepsItsDigestForTheContentHash) {
  TempDir t;
  const std::string one_line = "Tom Smith said the Farrow bridge would open in May.";
  const std::string two_lines = "Tom Smith said the Farrow bridge\nwould open in June.";
  const auto path = t.write("docs.jsonl", "{\"id\":\"a\",\"text\":\"" + one_line +
                                              "\"}\n{\"id\":\"b\",\"text\":\"Tom Smith said the Farrow bridge\\nwould "
                                              "open in June.\"}\n");
  for (const bool copies : {false, true}) {
    IngestOptions opt;
    opt.copy_duplicate_documents = copies;
    auto r = run({path}, opt);
    ASSERT_EQ(r.docs.size(), 2u);
    EXPECT_EQ(r.docs[0].text, one_line);
    EXPECT_EQ(r.docs[1].text, two_lines);
    ASSERT_TRUE(r.docs[0].text_sha256.has_value());
    EXPECT_EQ(*r.docs[0].text_sha256, sha256(one_line));
    EXPECT_EQ(r.docs[1].text_sha256.has_value(), copies);
    for (const auto& d : r.docs) EXPECT_EQ(document_content_hash(d), content_hash(d.text)) << d.id;
  }
  Document made;  // a document not read by ingest: its text is hashed
  made.text = one_line;
  EXPECT_EQ(document_content_hash(made), sha256_hex(one_line));
}
