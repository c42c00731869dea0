#include "gazette/hash.hpp"
#include "gazette/json_depth.hpp"
#include "gazette/text.hpp"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <string>
#include <type_traits>

namespace gazette {
namespace {

TEST(Hash, Sha256KnownVectors) {
  struct Case { std::string in, hex; };
  const Case cases[] = {
      {"", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"},
      {"abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"},
      {"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(sha256_hex(c.in), c.hex) << c.in;
    Sha256 h;
    for (const char ch : c.in) h.update(std::string_view(&ch, 1));
    EXPECT_EQ(to_hex(h.finish()), c.hex) << "incremental: " << c.in;
  }
}

// One digest context per object: copying or moving one does not compile.
static_assert(!std::is_copy_constructible_v<Sha256> && !std::is_copy_assignable_v<Sha256>);
static_assert(!std::is_move_constructible_v<Sha256> && !std::is_move_assignable_v<Sha256>);

TEST(Hash, NormalizedDigestFoldsWhitespace) {
  struct Case { std::string a, b; bool same; };
  const Case cases[] = {
      {"Talks  stall.\n\nMore", " Talks stall.\tMore \n", true},
      {"a b", "ab", false},
      {"", "   \n", true},
      {std::string(10000, 'x') + "  y", std::string(10000, 'x') + "\ny", true},
  };
  for (const auto& c : cases)
    EXPECT_EQ(normalized_digest(c.a) == normalized_digest(c.b), c.same) << c.a << " | " << c.b;
  EXPECT_EQ(normalized_digest("a  b"), sha256("a b"));
}

// normalized_digest() is the SHA-256 of the text with each whitespace run folded to one
// space and the ends trimmed: checked against that definition written out plainly, on
// texts of words and mixed whitespace runs, some longer than its 4 KB buffer.
TEST(Hash, NormalizedDigestIsTheDigestOfTheFoldedText) {
  auto folded = [](std::string_view t) {
    std::string out;
    bool space = false;
    for (const char c : t) {
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = !out.empty();
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += c;
    }
    return out;
  };
  const std::string longest(5000, 'z');  // piece 5: a word longer than the buffer's remainder
  const char* pieces[] = {"word", " ", "\n\n", "\t \r\n", "Said:", "", "  "};
  std::uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string text;
    const int parts = round % 40;
    for (int k = 0; k < parts; ++k) {
      state = state * 1103515245u + 12345u;
      const auto pick = (state >> 16) % 7;
      text += pick == 5 ? std::string_view(longest) : std::string_view(pieces[pick]);
    }
    EXPECT_EQ(normalized_digest(text), sha256(folded(text))) << "round " << round;
  }
}

// normalized_digest() hashes the fold piece by piece (no copy of the text): its digest is
// the one of the folded copy it used to hash, also where whitespace runs cross its 4 KB
// slices or end the text at a slice boundary, and from one call to the next (its digest
// context is kept per thread).
TEST(Hash, NormalizedDigestEqualsTheDigestOfTheFoldedCopy) {
  for (const std::size_t k : {0u, 3u, 4095u, 4096u, 4097u, 8192u, 20000u}) {
    for (const char* run : {" ", "\n \t", "\r\n\r\n   "}) {
      const std::string texts[] = {std::string(k, 'x') + run + "Said.", std::string(run) + std::string(k, 'y') + run,
                                   std::string(k, ' ') + "z" + std::string(k, '\n')};
      for (const auto& text : texts) {
        std::string folded;
        append_whitespace_folded(text, folded);
        EXPECT_EQ(normalized_digest(text), sha256(folded)) << "k " << k << " size " << text.size();
      }
    }
  }
}

TEST(JsonDepth, Table) {
  struct Case { std::string json; std::size_t limit, expect; };
  const auto npos = std::string_view::npos;
  const Case cases[] = {
      {R"({"a":[1,{"b":2}]})", 3, npos},
      {R"({"a":[1,{"b":2}]})", 2, 8},
      {R"({"a":"[[[[[[[[["})", 1, npos},          // brackets in strings do not count
      {R"({"a":"\"[[["})", 1, npos},               // nor after an escaped quote
      {R"([[]],[[]])", 2, npos},                   // depth goes down again
      {std::string(200000, '['), kMaxJsonDepth, kMaxJsonDepth},
  };
  for (const auto& c : cases) EXPECT_EQ(json_depth_exceeded(c.json, c.limit), c.expect) << c.json;
}

// The depth bound read byte by byte, as a string's escapes are defined: the reference the
// scan that jumps from quotation mark to quotation mark must agree with.
std::size_t depth_by_bytes(std::string_view json, std::size_t limit) {
  std::size_t depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    else if ((c == '[' || c == '{') && ++depth > limit) return i;
    else if ((c == ']' || c == '}') && depth > 0) --depth;
  }
  return std::string_view::npos;
}

TEST(JsonDepth, AgreesWithAByteByByteReadingOfEscapes) {
  const char* pieces[] = {"\"", "\\", "[", "{", "]", "}", "a", "\\\"", "\\\\"};
  std::uint32_t state = 99;
  for (int round = 0; round < 2000; ++round) {
    std::string json;
    const int parts = round % 30;
    for (int k = 0; k < parts; ++k) {
      state = state * 1103515245u + 12345u;
      json += pieces[(state >> 16) % 9];
    }
    for (const std::size_t limit : {std::size_t{1}, std::size_t{3}})
      EXPECT_EQ(json_depth_exceeded(json, limit), depth_by_bytes(json, limit)) << json;
  }
}

// Row 23.459: the digest reads no OpenSSL configuration file (OPENSSL_INIT_NO_LOAD_CONFIG
// before the one fetch): a system openssl.cnf, here one asking every algorithm of a FIPS
// provider this machine may not have, neither costs the start-up its parse nor takes
// SHA-256 away from the duplicate check (the base stopped: "SHA-256 is not available").
TEST(Hash, TheDigestDoesNotDependOnOpenSslsConfigurationFile) {
  const std::string dir = ::testing::TempDir();
  const std::string conf = dir + "fips_only_openssl.cnf", input = dir + "digest_input.jsonl";
  std::ofstream(conf) << "openssl_conf = openssl_init\n[openssl_init]\nalg_section = evp_properties\n"
                         "[evp_properties]\ndefault_properties = \"fips=yes\"\n";
  std::ofstream(input) << R"({"id": "a", "text": "Tom Smith said the plan would fail."})" << '\n'
                       << R"({"id": "b", "text": "Tom Smith said the plan would fail."})" << '\n';
  const std::string command = "OPENSSL_CONF='" + conf + "' '" + std::string(GAZETTE_BINARY) + "' annotate --jobs 1 -q '" +
                              input + "' 2>&1";
  std::string out;
  int status = -1;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    std::array<char, 4096> buffer{};
    while (std::fgets(buffer.data(), buffer.size(), pipe)) out += buffer.data();
    status = ::pclose(pipe);
  }
  std::remove(conf.c_str());
  std::remove(input.c_str());
  EXPECT_EQ(status, 0) << out;
  EXPECT_EQ(out.find("SHA-256"), std::string::npos) << out;
  EXPECT_NE(out.find(R"("duplicate_of")"), std::string::npos) << out;  // the second text is the first's
}

}  // namespace
}  // namespace gazette
