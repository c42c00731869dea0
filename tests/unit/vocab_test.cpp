// Vocab (interned words), token interning, the id-based phrase index and trie, and
// the word-at-a-time code-point counting of OffsetMap.
#include "gazette/gazetteer.hpp"
#include "gazette/lexicon.hpp"
#include "gazette/tokenizer.hpp"
#include "gazette/vocab.hpp"
#include "clause_openers.hpp"
#include "pipeline_fixture.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <random>
#include <set>
#include <string>

using namespace gazette;

TEST(Vocab, IdsAreDenseStableAndFoundAgainAcrossGrowth) {
  Vocab v;
  EXPECT_EQ(v.find("anything"), Vocab::kNone);
  std::vector<std::string> words;
  for (int i = 0; i < 5000; ++i) words.push_back("w" + std::to_string(i) + (i % 3 ? "-long-enough-to-pass-eight" : ""));
  std::vector<std::uint32_t> ids;
  for (const auto& w : words) ids.push_back(v.add(w));
  EXPECT_EQ(v.size(), words.size() + 1);  // id 0 is "not a word"
  for (std::size_t i = 0; i < words.size(); ++i) {
    EXPECT_EQ(v.add(words[i]), ids[i]);    // adding again gives the same id
    EXPECT_EQ(v.find(words[i]), ids[i]);   // still found after the table grew
    EXPECT_EQ(v.word(ids[i]), words[i]);
  }
  // Words sharing their first 8 bytes, or differing only in length, are distinct.
  const auto a = v.add("Washingtonian"), b = v.add("Washington"), c = v.add("Washingto");
  EXPECT_NE(a, b);
  EXPECT_NE(b, c);
  EXPECT_EQ(v.find("Washington"), b);
  EXPECT_EQ(v.find("Washingtonia"), Vocab::kNone);
  v.set_bits(b, 4);
  v.set_bits(b, 1);
  EXPECT_EQ(v.bits(b), 5u);
  EXPECT_EQ(v.bits(Vocab::kNone), 0u);
}

// Interning keeps in each token the index of the word lists holding its lower-case form
// (Token::lmask), so Lexicons::in reads the token instead of looking the word up: every
// list answers as for a token that was not interned (string look-up) and as for the word.
TEST(Vocab, InterningKeepsTheWordListsOfEachToken) {
  const auto lexp = gazette::testing::loaded_lexicons();
  const Lexicons& lex = *lexp;
  const std::string text =
      "The minister said he would not go , but the government and its spokesman told reporters "
      "in Moscow that they had also warned Qwxzv against it .";
  gazette::testing::Prepared interned(lex, text);
  gazette::testing::Prepared not_interned(lex, text, false);
  const Annotation& a = interned.a;
  const Annotation& plain = not_interned.a;
  ASSERT_EQ(a.tokens.size(), plain.tokens.size());
  std::size_t listed = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    EXPECT_NE(t.lmask, 0xFFFF) << t.norm;  // the built-in data has few enough distinct masks
    EXPECT_EQ(plain.tokens[i].lmask, 0xFFFF) << t.norm;
    for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l) {
      const auto list = static_cast<Words>(l);
      EXPECT_EQ(lex.in(list, t), lex.in(list, plain.tokens[i])) << t.norm << " " << to_string(list);
      EXPECT_EQ(lex.in(list, t), lex.in(list, t.lower)) << t.norm << " " << to_string(list);
      listed += lex.in(list, t);
    }
  }
  EXPECT_GT(listed, 10u);  // the test reads lists that hold its words
}

TEST(Vocab, InterningGivesTheIdsAndBitsOfStringLookUps) {
  const auto lexp = gazette::testing::loaded_lexicons();
  const Lexicons& lex = *lexp;
  const std::string text = "Secretary of State Rex Tillerson met Vladimir Putin in Moscow ; Qwxzv said ( UN ) .";
  gazette::testing::Prepared interned(lex, text);
  gazette::testing::Prepared not_interned(lex, text, false);  // every test falls back to strings
  Annotation& a = interned.a;
  Annotation& plain = not_interned.a;
  ASSERT_EQ(a.tokens.size(), plain.tokens.size());
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    const Token& u = plain.tokens[i];
    EXPECT_EQ(t.id, lex.vocab().find(t.norm)) << t.norm;
    EXPECT_EQ(t.lid, lex.vocab().find(t.lower)) << t.lower;
    EXPECT_EQ(lex.norm_bits(t), lex.norm_bits(u)) << t.norm;
    EXPECT_EQ(lex.lower_bits(t), lex.lower_bits(u)) << t.norm;
    std::uint32_t p1 = 0, p2 = 0;
    EXPECT_EQ(lex.title_index().match(a.tokens, i, a.tokens.size(), p1),
              lex.title_index().match(plain.tokens, i, plain.tokens.size(), p2)) << t.norm;
    const auto m1 = lex.gazetteer().longest(a.tokens, i, a.tokens.size(), true);
    const auto m2 = lex.gazetteer().longest(plain.tokens, i, plain.tokens.size(), true);
    EXPECT_EQ(m1.end_token, m2.end_token) << t.norm;
    if (m1.end_token > m1.first_token) {
      EXPECT_TRUE(lex.gazetteer().may_start(t, true)) << t.norm;
    }
  }
  EXPECT_EQ(a.tokens[11].norm, "Qwxzv");
  EXPECT_EQ(a.tokens[11].id, Vocab::kNone);  // an unknown word
  EXPECT_TRUE(lex.is_given_name(a.tokens[3]));  // Rex
  std::uint32_t payload = 0;
  EXPECT_EQ(lex.title_index().match(a.tokens, 0, a.tokens.size(), payload), 3u);  // Secretary of State
  const auto m = lex.gazetteer().longest(a.tokens, 6, a.tokens.size(), false);   // Vladimir Putin
  EXPECT_EQ(m.end_token - m.first_token, 2u);
  ASSERT_FALSE(m.hits.empty());
  EXPECT_EQ(lex.entries()[m.hits.front().entry].name, "Vladimir Putin");
}

// The quote patterns turn away, before their own tests of a speech cue, an interned token
// whose lower-case form lacks the word bit kSpeechFirst (quotes_internal.hpp
// speech_verb_at): the speech index then matches nothing there, and every speech verb,
// a user's too, has the bit (tokens not interned have no bits and are never turned away).
TEST(Vocab, TokensWithoutTheSpeechFirstBitStartNoSpeechCue) {
  const std::string verbs = R"({"format": "gazette/lexicon", "version": 1, "kind": "speech_verbs", "entries": [
    {"lemma": "zorble", "forms": ["zorbled"]}]})";
  const auto lexp = gazette::testing::loaded_lexicons({{"verbs.json", verbs}});
  const Lexicons& lex = *lexp;
  const std::string text =
      "The minister said on Tuesday that he told reporters , according to aides , the plan was "
      "dangerous ; Qwxzv added it would go ahead , officials say , and Zorbled zorbled .";
  gazette::testing::Prepared p(lex, text);
  const Annotation& a = p.a;
  std::size_t turned_away = 0, cues = 0;
  for (std::size_t i = 0; i < a.tokens.size(); ++i) {
    const Token& t = a.tokens[i];
    std::uint32_t payload = 0;
    const std::size_t n = lex.speech_index().match(a.tokens, i, a.tokens.size(), payload);
    cues += n > 0;
    ASSERT_NE(t.lid, Vocab::kUnset) << t.norm;
    if (!(t.lbits & Lexicons::kSpeechFirst)) {
      ++turned_away;
      EXPECT_EQ(n, 0u) << t.norm;
    }
  }
  EXPECT_GE(cues, 6u);  // said, told, according to, added, say, zorbled (and Zorbled)
  EXPECT_GT(turned_away * 2, a.tokens.size());  // most tokens start no speech cue
  EXPECT_TRUE(a.tokens[a.tokens.size() - 2].lbits & Lexicons::kSpeechFirst);  // zorbled, a user's verb
}

TEST(Text, OffsetMapAgreesWithACharacterByCharacterCount) {
  std::mt19937 rng(11);
  const std::string pieces[] = {"a", " ", "\xC3\xA9", "\xE2\x80\x9C", "\xF0\x9F\x98\x80", "Z", "\n"};
  for (int round = 0; round < 40; ++round) {
    std::string s;
    const int n = round == 0 ? 0 : static_cast<int>(rng() % 300);
    for (int k = 0; k < n; ++k) s += pieces[round % 2 ? rng() % 7 : rng() % 2];  // odd rounds: non-ASCII
    const OffsetMap om(s);
    std::uint32_t cp = 0;
    for (std::size_t b = 0; b <= s.size(); ++b) {
      if (b < s.size() && (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80) {
        EXPECT_EQ(om.to_codepoint(static_cast<std::uint32_t>(b)), cp) << "byte " << b;
        ++cp;
      }
    }
    EXPECT_EQ(om.to_codepoint(static_cast<std::uint32_t>(s.size())), cp);
  }
}

TEST(Vocab, HeadsOfEveryLengthAndBitsKeptThroughGrowth) {
  // pack8 reads at most two loads and never past the word: compare with a byte loop.
  const std::string text = "abcdefghijklmnopqrstuvwxyz";
  for (std::size_t n = 0; n <= 20; ++n) {
    const std::string_view w(text.data(), n);
    std::uint64_t naive = 0;
    for (std::size_t k = 0; k < std::min<std::size_t>(n, 8); ++k)
      naive |= static_cast<std::uint64_t>(static_cast<unsigned char>(w[k])) << (8 * k);
    EXPECT_EQ(Vocab::pack8(w), naive) << n;
  }
  // A word's bits live in its table slot too: lookup() agrees with bits() before and after
  // the table grows.
  Vocab v;
  const auto a = v.add("anchor"), b = v.add("a-word-longer-than-eight-bytes");
  v.set_bits(a, 2);
  v.set_bits(b, 8);
  v.set_bits(Vocab::kNone, 1);  // ignored
  for (int i = 0; i < 3000; ++i) v.add("filler" + std::to_string(i));
  v.set_bits(b, 16);
  EXPECT_EQ(v.lookup("anchor").id, a);
  EXPECT_EQ(v.lookup("anchor").bits, 2u);
  EXPECT_EQ(v.lookup("a-word-longer-than-eight-bytes").bits, 24u);
  EXPECT_EQ(v.lookup("filler7").bits, 0u);
  EXPECT_EQ(v.lookup("absent").id, Vocab::kNone);
  EXPECT_EQ(v.bits(Vocab::kNone), 0u);
  const auto p = v.prepare("filler42");
  EXPECT_EQ(v.lookup("filler42", p).id, v.find("filler42"));
}

TEST(Gazetteer, EntriesSharingANameAreAllHitsInLoadOrderEachOnce) {
  // Zqa Corp names the first entry twice (name and alias) and is an alias of the second.
  const auto lexp = gazette::testing::loaded_lexicons(
      {{"user.tsv", "Zqa Corp\tORGANIZATION\tZqa Corp|ZQA\nZqb Holdings\tORGANIZATION\tZqa Corp\n"}});
  const Lexicons& lex = *lexp;
  gazette::testing::Prepared p(lex, "Shares of Zqa Corp fell .");
  const Annotation& a = p.a;
  const auto m = lex.gazetteer().longest(a.tokens, 2, a.tokens.size(), false);
  ASSERT_EQ(m.end_token - m.first_token, 2u);
  ASSERT_EQ(m.hits.size(), 2u);
  EXPECT_EQ(lex.entries()[m.hits[0].entry].name, "Zqa Corp");
  EXPECT_EQ(m.hits[0].kind, GazetteerHit::Kind::Name);
  EXPECT_EQ(lex.entries()[m.hits[1].entry].name, "Zqb Holdings");
  EXPECT_EQ(m.hits[1].kind, GazetteerHit::Kind::Alias);
  EXPECT_TRUE(lex.gazetteer().may_start(a.tokens[2], false));
  EXPECT_FALSE(lex.gazetteer().may_start(a.tokens[4], false));  // "fell"
}

// The phrase index finds each first word's phrases through a hash of its id (slots_) and
// keeps their words in one flat array: the answers are those of a scan of every phrase
// (the longest one starting at the token; of two as long, the one added first), with
// hundreds of first words sharing the slots and phrases added in any order.
TEST(Vocab, PhraseIndexAnswersAsAScanOfEveryPhrase) {
  Vocab v;
  PhraseIndex index;
  std::vector<std::vector<std::string>> phrases;
  const auto add = [&](const std::string& phrase) {
    index.add(phrase, static_cast<std::uint32_t>(phrases.size()), v);
    phrases.push_back(phrase_words(phrase));
  };
  add("minister");
  add("prime minister of state");
  add("prime minister");
  add("deputy prime minister");
  add("prime");
  add("Prime Minister");  // as long as an earlier phrase: that one answers
  for (int k = 0; k < 300; ++k) add("w" + std::to_string(k) + (k % 2 ? " of w" + std::to_string(k + 1) : ""));
  const std::string text = "the deputy prime minister met the prime minister of state and the prime minister of w7 "
                           "w7 of w8 w8 of w9 w9 w299 w150 of w151 minister prime";
  const auto& tokens = phrase_tokens(text);
  const std::vector<Token> copy(tokens.begin(), tokens.end());
  std::size_t found = 0;
  for (std::size_t i = 0; i < copy.size(); ++i) {
    std::size_t want = 0, want_payload = 0;
    for (std::size_t p = 0; p < phrases.size(); ++p) {
      const auto& ws = phrases[p];
      if (ws.size() <= want || i + ws.size() > copy.size()) continue;
      bool ok = true;
      for (std::size_t k = 0; k < ws.size() && ok; ++k) ok = copy[i + k].lower == ws[k];
      if (ok) {
        want = ws.size();
        want_payload = p;
      }
    }
    std::uint32_t payload = 0;
    EXPECT_EQ(index.match(copy, i, copy.size(), payload), want) << copy[i].norm << " at " << i;
    if (want) {
      EXPECT_EQ(payload, want_payload) << copy[i].norm << " at " << i;
    }
    found += want > 0;
  }
  EXPECT_GE(found, 12u);
  std::uint32_t payload = 0;
  EXPECT_EQ(index.match(copy, 1, 3, payload), 0u);  // the end bounds the phrase: "deputy prime minister" does not fit
  EXPECT_EQ(index.match(copy, 2, 3, payload), 1u);  // "prime minister" does not fit, "prime" does
  EXPECT_EQ(payload, 4u);
}

// The phrases of a first word are walked as a trie (sorted by their words, a phrase after
// the longer ones it begins): for phrases of one to five words over six words, many
// sharing their first two or three, some added twice, in a shuffled order, every token of
// a text and every end bound gets the answer of a scan of every phrase (the longest that
// fits before the end; of the same words, the payload added first), with the tokens'
// ids looked up (not interned) and interned.
TEST(Vocab, PhraseIndexWalksSharedBeginningsAsAScanOfEveryPhrase) {
  const std::vector<std::string> alphabet = {"deputy", "prime", "minister", "of", "state", "for"};
  std::mt19937 rng(23);
  std::vector<std::vector<std::string>> phrases;
  for (int p = 0; p < 400; ++p) {
    std::vector<std::string> ws;
    const std::size_t n = 1 + rng() % 5;
    ws.push_back(alphabet[rng() % 2]);  // two first words: large groups
    for (std::size_t k = 1; k < n; ++k) ws.push_back(alphabet[rng() % (k < 3 ? 3 : alphabet.size())]);
    phrases.push_back(ws);
    if (p % 7 == 0) phrases.push_back(ws);  // the same words again, a later payload
  }
  std::shuffle(phrases.begin(), phrases.end(), rng);
  Vocab v;
  PhraseIndex index;
  for (std::size_t p = 0; p < phrases.size(); ++p) {
    std::string text;
    for (const auto& w : phrases[p]) text += (text.empty() ? "" : " ") + w;
    index.add(text, static_cast<std::uint32_t>(p), v);
  }
  std::string text;
  for (int k = 0; k < 300; ++k) text += (k ? " " : "") + (k % 37 == 5 ? std::string("unknown") : alphabet[rng() % alphabet.size()]);
  const auto& tokens = phrase_tokens(text);
  std::vector<Token> looked_up(tokens.begin(), tokens.end()), interned = looked_up;
  for (Token& t : interned) t.lid = v.find(t.lower);
  std::size_t found = 0, longest = 0;
  for (std::size_t i = 0; i < looked_up.size(); ++i)
    for (std::size_t end = i; end <= std::min(looked_up.size(), i + 6); ++end) {
      std::size_t want = 0, want_payload = 0;
      for (std::size_t p = 0; p < phrases.size(); ++p) {
        const auto& ws = phrases[p];
        if (ws.size() <= want || i + ws.size() > end) continue;
        bool ok = true;
        for (std::size_t k = 0; k < ws.size() && ok; ++k) ok = looked_up[i + k].lower == ws[k];
        if (ok) {
          want = ws.size();
          want_payload = p;
        }
      }
      for (const auto* toks : {&looked_up, &interned}) {
        std::uint32_t payload = 0xABCD;
        ASSERT_EQ(index.match(*toks, i, end, payload), want) << "at " << i << " end " << end;
        EXPECT_EQ(payload, want ? want_payload : 0xABCDu) << "at " << i << " end " << end;
      }
      found += want > 0;
      longest = std::max(longest, want);
    }
  EXPECT_GE(found, 300u);
  EXPECT_EQ(longest, 5u);
}

// Words longer than 8 bytes are compared past their head (the slot's first 8 bytes) 8
// bytes at a time, inline: a word that differs from a stored one in any byte after the
// eighth, or only in length, is not that word.
TEST(Vocab, LongWordsDifferingInAnyByteAfterTheEighthAreOtherWords) {
  Vocab v;
  const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ";
  std::vector<std::uint32_t> ids;
  for (std::size_t n = 9; n <= 40; ++n) ids.push_back(v.add(text.substr(0, n)));
  for (std::size_t n = 9; n <= 40; ++n) {
    const std::string w = text.substr(0, n);
    EXPECT_EQ(v.find(w), ids[n - 9]) << w;
    for (std::size_t k = 8; k < n; ++k) {
      std::string other = w;
      other[k] = '#';
      EXPECT_EQ(v.find(other), Vocab::kNone) << other;
    }
    EXPECT_EQ(v.find(w + "#"), Vocab::kNone) << w;  // longer by one byte
  }
}

// past_openers() (clause_openers.hpp), the one loop the coreference stage and the quote
// speakers use to find where a clause's words open: past punctuation and discourse markers
// (word list discourse_markers), never past `end`.
TEST(Vocab, PastOpenersSkipsPunctuationAndDiscourseMarkersUpToTheEnd) {
  const auto lex = gazette::testing::loaded_lexicons();
  gazette::testing::Prepared p(*lex, "But, still -- Mara Lindqvist left early.");
  const auto& t = p.a.tokens;
  const std::size_t opening = gazette::past_openers(p.a, *lex, 0, t.size());
  ASSERT_LT(opening, t.size());
  EXPECT_EQ(t[opening].norm, "Mara");
  EXPECT_EQ(gazette::past_openers(p.a, *lex, opening, t.size()), opening);  // a name opens as it is
  EXPECT_EQ(gazette::past_openers(p.a, *lex, 0, 2), 2u);                     // all openers: `end`
}

// Token::lmask is two bytes (row 23.246): 300 made-up words, each in its own pair of word
// lists, make 300 new combinations beside the built-in ones, past the 254 a byte held;
// every token still keeps its mask's index, and every list answers as the look-up does.
TEST(Vocab, TokensKeepTheirWordListsPastTwoHundredAndFiftyFourMasks) {
  std::string entries, text;
  for (int i = 0; i < 300; ++i) {
    const std::string w = "zqv" + std::to_string(i);
    for (const int l : {i / 20, 20 + i % 20}) {
      if (!entries.empty()) entries += ",\n";
      entries += R"({"list": ")" + std::string(to_string(static_cast<Words>(l))) + R"(", "words": [")" + w + R"("]})";
    }
    text += w + " ";
  }
  const auto lexp = gazette::testing::loaded_lexicons(
      {{"lists.json", R"({"format": "gazette/lexicon", "version": 1, "kind": "word_lists", "entries": [)" + entries + "]}"}});
  const Lexicons& lex = *lexp;
  gazette::testing::Prepared interned(lex, text + ".");
  gazette::testing::Prepared not_interned(lex, text + ".", false);
  std::set<std::uint16_t> masks;
  for (std::size_t i = 0; i + 1 < interned.a.tokens.size(); ++i) {
    const Token& t = interned.a.tokens[i];
    ASSERT_NE(t.lmask, 0xFFFF) << t.norm;
    masks.insert(t.lmask);
    EXPECT_TRUE(lex.in(static_cast<Words>(i / 20), t)) << t.norm;
    EXPECT_TRUE(lex.in(static_cast<Words>(20 + i % 20), t)) << t.norm;
    for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l)
      EXPECT_EQ(lex.in(static_cast<Words>(l), t), lex.in(static_cast<Words>(l), not_interned.a.tokens[i])) << t.norm;
  }
  EXPECT_EQ(masks.size(), 300u);  // one mask each
  EXPECT_GT(*masks.rbegin(), 254u);  // an index a byte could not hold
}

// Every word of the built-in word lists keeps its mask on the token (row 23.246): with a
// one-byte Token::lmask the masks past 254 (irregular past forms, number words, ...) were
// not kept and those words took the look-up at each test.
TEST(Vocab, EveryBuiltInListedWordKeepsItsMask) {
  const auto lexp = gazette::testing::loaded_lexicons();
  const Lexicons& lex = *lexp;
  std::string text;
  for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l)
    for (const auto& w : lex.words(static_cast<Words>(l))) text += w + " . ";
  gazette::testing::Prepared p(lex, text);
  std::size_t listed = 0;
  for (const Token& t : p.a.tokens) {
    EXPECT_NE(t.lmask, 0xFFFF) << t.norm;
    listed += t.lmask != 0;
  }
  EXPECT_GT(listed, 1000u);  // the lists hold about 2,000 words
}

// Row 23.330: each word's word-list mask index lives in its slot beside the id and bits
// (Vocab::set_lists), read by the same look-up, kept through the table's growth and in a
// copy; set again, it is replaced; past 0xFFFF it reads 0xFFFF (Lexicons' "not kept").
TEST(Vocab, EachWordsListsLiveInItsSlotThroughGrowthAndCopies) {
  Vocab v;
  std::vector<std::string> words;
  for (int i = 0; i < 3000; ++i) words.push_back((i % 2 ? "tollbridge-of-wenmoor-" : "wen") + std::to_string(i));
  std::vector<std::uint32_t> ids;
  for (const auto& w : words) ids.push_back(v.add(w));
  for (std::size_t k = 0; k < ids.size(); k += 3) v.set_bits(ids[k], 0x8001u);
  std::vector<std::uint32_t> of(ids.back() + 1, 0);
  for (std::size_t k = 0; k < ids.size(); ++k) of[ids[k]] = k % 5 == 4 ? 70000u + static_cast<std::uint32_t>(k) : static_cast<std::uint32_t>(k % 600);
  v.set_lists(of);
  const auto want_lists = [&](std::size_t k) { return k % 5 == 4 ? 0xFFFFu : static_cast<std::uint32_t>(k % 600); };
  const auto check = [&](const Vocab& x, const char* when) {
    for (std::size_t k = 0; k < words.size(); ++k) {
      const Vocab::Found f = x.lookup(words[k]);
      ASSERT_EQ(f.id, ids[k]) << words[k] << " " << when;
      EXPECT_EQ(f.lists, want_lists(k)) << words[k] << " " << when;
      EXPECT_EQ(x.lists(f.id), want_lists(k)) << words[k] << " " << when;
      EXPECT_EQ(f.bits, k % 3 == 0 ? 0x8001u : 0u) << words[k] << " " << when;
      EXPECT_EQ(x.bits(f.id), f.bits) << words[k] << " " << when;
    }
  };
  check(v, "set");
  for (int i = 0; i < 5000; ++i) v.add("harrowgate" + std::to_string(i));  // the table grows (rehash)
  check(v, "after growth");
  EXPECT_EQ(v.lookup("harrowgate17").lists, 0u);  // a word added after set_lists: in no list
  const Vocab copy(v);
  check(copy, "in a copy");
  std::vector<std::uint32_t> again(ids.back() + 1, 0);
  again[ids[1]] = 9;
  v.set_lists(again);  // replaced, not or-ed
  EXPECT_EQ(v.lookup(words[1]).lists, 9u);
  EXPECT_EQ(v.lookup(words[2]).lists, 0u);
  EXPECT_EQ(v.lookup(words[0]).bits, 0x8001u);  // the bits stay
  EXPECT_EQ(copy.lookup(words[2]).lists, 2u);   // the copy has its own table
}

// Row 23.330: the slot no longer keeps 8 hash bits, only the length beside the id, so words
// of more than 8 bytes with the same first 8 and the same length are told apart by their
// tails alone: 2,000 such words, each found as itself, and others of that head and length not.
TEST(Vocab, LongWordsOfOneHeadAndLengthAreToldApartByTheirTails) {
  Vocab v;
  std::vector<std::uint32_t> ids;
  const auto word = [](int i) {
    std::string w = "quarnbyx" + std::to_string(10000 + i);  // 13 bytes, one head
    return w;
  };
  for (int i = 0; i < 2000; ++i) ids.push_back(v.add(word(2 * i)));
  for (int i = 0; i < 2000; ++i) {
    EXPECT_EQ(v.find(word(2 * i)), ids[static_cast<std::size_t>(i)]) << word(2 * i);
    EXPECT_EQ(v.find(word(2 * i + 1)), Vocab::kNone) << word(2 * i + 1);
  }
  EXPECT_EQ(v.size(), 2001u);
}

// Row 23.330: interned tokens answer every word list as the string look-up does when each
// form's lists come from its slot: every built-in listed word as written, capitalised and in
// capitals (`said`, `Said`, `SAID`: the lower form's slot is read for the last two). Words of
// one ASCII character are left out: intern() gives them the lists of `norm` from the per-id
// arrays (`A` is not `a` there), as before this row.
TEST(Vocab, InternedListsFromTheSlotAnswerAsTheLookUpInEveryCase) {
  const auto lexp = gazette::testing::loaded_lexicons();
  const Lexicons& lex = *lexp;
  std::string text;
  for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l)
    for (const auto& w : lex.words(static_cast<Words>(l))) {
      if (w.size() < 2 || static_cast<unsigned char>(w[0]) >= 0x80) continue;
      std::string cap = w, caps = w;
      cap[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(cap[0])));
      for (auto& c : caps) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      text += w + " . " + cap + " . " + caps + " . ";
    }
  gazette::testing::Prepared interned(lex, text);
  gazette::testing::Prepared not_interned(lex, text, false);
  ASSERT_EQ(interned.a.tokens.size(), not_interned.a.tokens.size());
  std::size_t capitalised_listed = 0;
  for (std::size_t i = 0; i < interned.a.tokens.size(); ++i) {
    const Token& t = interned.a.tokens[i];
    if (t.norm.size() == 1 && static_cast<unsigned char>(t.norm[0]) < 0x80) continue;  // `'d` in capitals: `D`
    EXPECT_EQ(t.lmask, lex.vocab().lists(t.lid) < 0xFFFFu ? lex.vocab().lists(t.lid) : 0xFFFFu) << t.norm;
    capitalised_listed += t.lower != t.norm && t.lmask != 0;
    for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l)
      ASSERT_EQ(lex.in(static_cast<Words>(l), t), lex.in(static_cast<Words>(l), not_interned.a.tokens[i])) << t.norm << " list " << l;
  }
  EXPECT_GT(capitalised_listed, 1000u);
}

// Row 23.438: Gazetteer::longest() walks each trie in a function of its own (the first word
// apart from the rest). Its answers at every token of a text with a possessive `'s` written
// apart, a quotation mark inside a name, a furniture token and names in capitals, whether
// the tokens are interned or not: the longest name, stopping where the walk stopped before.
TEST(Gazetteer, LongestStopsAtMarksAndFurnitureAndTakesASplitPossessive) {
  const auto lexp = gazette::testing::loaded_lexicons(
      {{"user.tsv",
        "Zqa Corp\tORGANIZATION\t\nZqmo's Diner\tORGANIZATION\t\nZqa Corp Kestby Works\tORGANIZATION\t\n"}});
  const Lexicons& lex = *lexp;
  const std::string text =
      "Zqmo 's Diner and Zqa Corp Kestby Works met Zqa \" Corp and ZQA CORP , then Zqa Corp .";
  for (const bool intern : {true, false}) {
    gazette::testing::Prepared p(lex, text, intern);
    Annotation& a = p.a;
    ASSERT_EQ(a.tokens.size(), 21u);
    const auto span = [&](std::size_t i, std::size_t end, bool folded) {
      const auto m = lex.gazetteer().longest(a.tokens, i, end, folded);
      EXPECT_EQ(m.first_token, i);
      return std::pair<std::size_t, bool>(m.end_token - m.first_token, m.folded);
    };
    const std::size_t n = a.tokens.size();
    EXPECT_EQ(span(0, n, false).first, 4u) << intern;   // Zqmo ' s Diner: the apostrophe and `s` are `'s`
    EXPECT_EQ(span(0, 3, false).first, 0u) << intern;   // the name does not fit before `end`
    EXPECT_EQ(span(5, n, false).first, 4u) << intern;   // the longest: Zqa Corp Kestby Works
    EXPECT_EQ(span(5, 8, false).first, 2u) << intern;   // Zqa Corp within the bound
    EXPECT_EQ(span(5, 5, false).first, 0u) << intern;   // no token at all
    EXPECT_EQ(span(10, n, false).first, 0u) << intern;  // Zqa " Corp: a quotation mark ends the walk
    EXPECT_EQ(span(14, n, false).first, 0u) << intern;  // ZQA CORP: not as written
    EXPECT_EQ(span(14, n, true), std::make_pair(std::size_t{2}, true)) << intern;  // folded
    EXPECT_EQ(span(5, n, true), std::make_pair(std::size_t{4}, false)) << intern;  // as written first
    EXPECT_EQ(span(18, n, false).first, 2u) << intern;  // Zqa Corp
    a.tokens[19].flags |= kFurniture;
    EXPECT_EQ(span(18, n, false).first, 0u) << intern;  // furniture ends the walk
    a.tokens[18].flags |= kFurniture;
    EXPECT_EQ(span(18, n, true).first, 0u) << intern;   // also at the first word
  }
}
