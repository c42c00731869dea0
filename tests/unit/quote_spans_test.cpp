// Which text is a quote and its span and kind: quotation marks on real copy, partial
// quotes inside reported clauses (quote_marks.cpp, quotes_direct.cpp, quotes.cpp).
#include "pipeline_fixture.hpp"

#include <algorithm>
#include <span>

using namespace gazette;
using gazette::testing::Annotated;

namespace {

std::vector<std::string> quote_texts(const Annotated& t) {
  std::vector<std::string> got;
  for (const auto& q : t.a.quotes) got.emplace_back(t.a.text(q.span));
  return got;
}

const Quote* quote_spelled(const Annotated& t, std::string_view text) {
  for (const auto& q : t.a.quotes)
    if (t.a.text(q.span) == text) return &q;
  return nullptr;
}

struct SpanCase {
  const char* text;
  const char* quote;  // the one quote expected to cover the quoted words
  Quote::Kind kind;
};

// Each text has exactly one quote, spelled `quote`, of kind `kind`.
void expect_one_quote(std::span<const SpanCase> cases) {
  for (const auto& c : cases) {
    Annotated t(c.text);
    const auto got = quote_texts(t);
    ASSERT_EQ(got.size(), 1u) << c.text << " -> " << ::testing::PrintToString(got);
    EXPECT_EQ(got[0], c.quote) << c.text;
    EXPECT_EQ(t.a.quotes[0].kind, c.kind) << c.text;
  }
}

// Some quote of `text` contains `words`.
void expect_a_quote_containing(const char* text, const char* words) {
  Annotated t(text);
  const auto got = quote_texts(t);
  EXPECT_TRUE(std::any_of(got.begin(), got.end(), [&](const std::string& s) { return s.find(words) != std::string::npos; }))
      << text << " -> " << ::testing::PrintToString(got);
}

// No quote of `text` contains `words`.
void expect_no_quote_containing(const char* text, const char* words) {
  Annotated t(text);
  for (const auto& q : t.a.quotes)
    EXPECT_EQ(t.a.text(q.span).find(words), std::string_view::npos) << text << " -> " << ::testing::PrintToString(quote_texts(t));
}

}  // namespace

TEST(QuoteSpans, AShortFragmentInAReportedClauseIsOneQuoteTheClause) {
  const SpanCase cases[] = {
      // a reporting verb without "that": the clause runs to the end of the sentence
      {"Jane Roe said the figures were \"excellent\" for the region.", "the figures were \"excellent\" for the region",
       Quote::Kind::Direct},
      // after "that" and a time phrase, curly marks
      {"Jane Roe said on Tuesday that the plan was \xE2\x80\x9C" "a bad idea\xE2\x80\x9D and would go.",
       "the plan was \xE2\x80\x9C" "a bad idea\xE2\x80\x9D and would go", Quote::Kind::Direct},
      // the clause ends with the sentence, closing mark included
      {"Jane Roe said the figures were \"excellent.\"", "the figures were \"excellent.\"", Quote::Kind::Direct},
      // two fragments in one clause are one quote
      {"John Doe said the deal was \"very good\" and the talks \"went well\" overall.",
       "the deal was \"very good\" and the talks \"went well\" overall", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
}

TEST(QuoteSpans, LongerFragmentsLabelsAndWholeQuotesKeepTheirMarksSpan) {
  const SpanCase cases[] = {
      // four words or more inside the marks that end the clause: the quoted words are the quote
      {"Jane Roe said the plan would \"fail the people who need it most.\"", "fail the people who need it most.",
       Quote::Kind::Direct},
      // a labelling verb quotes the label, not a clause
      {"John Doe called the strikes \"unlawful\" on Monday.", "unlawful", Quote::Kind::Direct},
      // the verb introduces the whole quote
      {"Jane Roe said: \"We will not give up.\"", "We will not give up.", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
}

TEST(QuoteSpans, ALongFragmentInAReportersOwnClauseIsAQuoteAndSoIsTheClause) {
  // The reporter's words make most of the clause and hold its predicate (`would meet`):
  // the clause carries the quotation (kind direct) and the quoted words are a quote too.
  Annotated t("Jane Roe said the minister would meet his spending rule this year, \"with a margin to spare.\"");
  const Quote* words = quote_spelled(t, "with a margin to spare.");
  const Quote* clause = quote_spelled(t, "the minister would meet his spending rule this year, \"with a margin to spare.\"");
  ASSERT_NE(words, nullptr) << ::testing::PrintToString(quote_texts(t));
  ASSERT_NE(clause, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(clause->kind, Quote::Kind::Direct);
  EXPECT_EQ(t.name(clause->speaker), "Jane Roe");
  EXPECT_EQ(t.name(words->speaker), "Jane Roe");
  // The clause ends before the speaker's next predicate (a coordinator, then a past form).
  Annotated next("Jane Roe said the minister would meet his spending rule this year \"with a margin to spare\" and "
                 "warned against delay.");
  EXPECT_NE(quote_spelled(next, "the minister would meet his spending rule this year \"with a margin to spare\""), nullptr)
      << ::testing::PrintToString(quote_texts(next));
  // Only a subject before the marks and nothing after them: the quoted words are the
  // predicate, and the quote (A186: with the reporter's words after the marks too, the
  // clause is a second quote; QuoteSpans.AFragmentInsideTheReportersClauseAlsoGivesTheClause).
  const SpanCase subject[] = {
      {"John Doe said ties with the next town \"could hardly get any worse.\"", "could hardly get any worse.",
       Quote::Kind::Direct},
  };
  expect_one_quote(subject);
}

TEST(QuoteSpans, ALongLabelAfterALabellingVerbAlsoGivesTheObjectAndLabelAsAQuote) {
  Annotated t("Jane Roe called the new agreement \"an important step forward\" in the long fight against pollution.");
  EXPECT_NE(quote_spelled(t, "an important step forward"), nullptr) << ::testing::PrintToString(quote_texts(t));
  const Quote* clause = quote_spelled(t, "the new agreement \"an important step forward\" in the long fight against pollution");
  ASSERT_NE(clause, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(clause->kind, Quote::Kind::Direct);
  // A label of three words or fewer is the quote alone (seeds: `called the attacks "alarming"`).
  const SpanCase label[] = {{"Jane Roe called the new agreement \"a disgrace\" on Monday.", "a disgrace", Quote::Kind::Direct}};
  expect_one_quote(label);
}

TEST(QuoteSpans, AShortFragmentInAnInfinitiveComplementIsOneQuoteTheComplement) {
  const SpanCase cases[] = {
      // a verb marked "to" in speech_verbs.json, over a time phrase
      {"Jane Roe promised on Tuesday to stop using the phrase \"illegal aliens\" in her speeches.",
       "to stop using the phrase \"illegal aliens\" in her speeches", Quote::Kind::Direct},
      // a verb marked "object_to": the object is part of the content
      {"John Doe urged voters in the north to \"send a message\" to the banks.",
       "voters in the north to \"send a message\" to the banks", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
}

TEST(QuoteSpans, AReportedClauseWithoutQuotedWordsStaysIndirect) {
  Annotated t("Jane Roe said the figures were excellent for the region.");
  const Quote* q = quote_spelled(t, "the figures were excellent for the region");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(q->kind, Quote::Kind::Indirect);
}

TEST(QuoteSpans, ASentenceNamingThreeSocialNetworksIsTextNotAShareBar) {
  Annotated t("\"I have many friends on Instagram and Facebook and Twitter, and they all read me,\" John Doe said.");
  const Quote* q = quote_spelled(t, "I have many friends on Instagram and Facebook and Twitter, and they all read me");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(t.name(q->speaker), "John Doe");
  Annotated bar("Share on Facebook Twitter Email\n\nJohn Doe arrived.");
  ASSERT_FALSE(bar.a.sentences.empty());
  EXPECT_TRUE(bar.a.sentences[0].furniture);
}

TEST(QuoteSpans, TitlesOfWorksAreNotSpeech) {
  const char* texts[] = {
      "Jane Roe said on Radio Fernby's \"Week in Review\" that she would run for the Senate.",
      "The campaign released an ad titled, \"Arrogant.\" John Doe said it was unfair.",
      "John Doe hosts the weekly show \"Morning Coffee With John\" on Sundays.",
      "Jane Roe spoke on his \"Talkin' It Over\" radio program on Tuesday.",
  };
  for (const char* text : texts) {
    Annotated t(text);
    for (const auto& q : t.a.quotes) {
      const auto s = t.a.text(q.span);
      EXPECT_EQ(s.find("Face the Nation"), std::string_view::npos) << text;
      EXPECT_EQ(s.find("Arrogant"), std::string_view::npos) << text;
      EXPECT_EQ(s.find("Morning Coffee"), std::string_view::npos) << text;
      EXPECT_EQ(s.find("Keepin"), std::string_view::npos) << text;
    }
  }
  // Words in sentence case beside such a word are still speech: `said in the column: "..."`.
  Annotated t("Jane Roe wrote in her column: \"We cannot wait for the council any longer.\"");
  const Quote* q = quote_spelled(t, "We cannot wait for the council any longer.");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

TEST(QuoteSpans, NamesInTitleCaseWithNoSourceAreNotSpeech) {
  // Rule A93: words in title case in marks, with no cue or speaker in reach, name a tour,
  // a show or a slogan.
  const char* texts[] = {
      "The candidate spent the weekend on a two-day \"Roe Can Fix It\" bus tour.",
      "By July the programme was officially named \"The Morning Hour With Jane\" by the station.",
  };
  for (const char* text : texts) {
    Annotated t(text);
    for (const auto& q : t.a.quotes) {
      const auto s = t.a.text(q.span);
      EXPECT_EQ(s.find("Fix It"), std::string_view::npos) << text;
      EXPECT_EQ(s.find("Morning Hour"), std::string_view::npos) << text;
    }
  }
  // Still speech: words in sentence case, an exclamation in title case, and a quote in a
  // headline whose words are all in title case.
  const char* kept[][2] = {
      {"The rally went on into the night. \"We will win this state and then the whole country.\"",
       "We will win this state and then the whole country."},
      {"The hall filled with chants of \"Send Them Home Now!\" as the doors closed.", "Send Them Home Now!"},
      {"Council Row Deepens As Mayor Calls Budget \"A Total Disgrace To This City\"", "A Total Disgrace To This City"},
  };
  for (const auto& k : kept) {
    Annotated t(k[0]);
    EXPECT_NE(quote_spelled(t, k[1]), nullptr) << k[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
}

TEST(QuoteSpans, ANameInMarksBeforeTheNounItModifiesIsNotSpeech) {
  // Rule A310: title-case words in marks right before a noun of name_head_nouns name a
  // group, a show, a campaign or a product, even with a speech verb or a speaker in reach.
  const char* texts[][2] = {
      {"Some in the \"Roe or Bust\" crowd think the plan is hard to swallow.", "Roe or Bust"},
      {"John Doe denounced the nascent \xE2\x80\x9CNeighbours For Roe\xE2\x80\x9D movement on Thursday.",
       "Neighbours For Roe"},
      {"\"Morning Coffee\" host Jane Roe said on Thursday that the plan would fail.", "Morning Coffee"},
      {"Jane Roe said she was proud, showing off the \"Make Roe Great Again\" hat her campaign had given her.",
       "Make Roe Great Again"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    for (const auto& q : t.a.quotes)
      EXPECT_NE(t.a.text(q.span), c[1]) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  // Still speech: the marks close on punctuation (the quoted clause ends there), the words
  // are not in title case, or no such noun follows.
  const char* kept[][2] = {
      {"\"We Will Win,\" campaign aides told John Doe on Tuesday.", "We Will Win"},
      {"Jane Roe said the council was \"out of touch\" campaign after campaign.", "out of touch"},
      {"John Doe told the crowd \"Roe Must Go\" on Tuesday.", "Roe Must Go"},
  };
  for (const auto& k : kept) expect_a_quote_containing(k[0], k[1]);
}

TEST(QuoteSpans, TitleCaseWordsInMarksAfterOnOrInAreAProgrammeNotSpeech) {
  // Rule A420: title-case words in marks right after a lower-case `on` or `in`, or an `On`
  // opening the sentence, name a programme or a work, even with a speech verb or a speaker
  // in reach.
  const char* texts[][2] = {
      {"\"We will win the state,\" Jane Roe said on \"Sunday Morning Talk.\"", "Sunday Morning Talk"},
      {"On \"The Week Ahead,\" Sen. John Doe said the bill would pass.", "The Week Ahead"},
      {"Jane Roe joked about his turn as a sailor in \"The Long Voyage Home.\"", "The Long Voyage Home"},
      {"During an appearance on \"Morning Table,\" John Doe said he had not decided.", "Morning Table"},
  };
  for (const auto& c : texts) expect_no_quote_containing(c[0], c[1]);
  // Still speech: a chant (an exclamation), words not in title case, another preposition.
  const char* kept[][2] = {
      {"Jane Roe said the crowd broke out in \"Send Them Home!\" as she spoke.", "Send Them Home!"},
      {"John Doe said on Tuesday that he was \"in no hurry at all to decide.\"", "in no hurry at all to decide."},
      {"Jane Roe closed with \"Never Give Up the Fight,\" she said.", "Never Give Up the Fight"},
  };
  for (const auto& k : kept) expect_a_quote_containing(k[0], k[1]);
}

TEST(QuoteSpans, ANameInMarksAfterANounAndOfIsNotSpeech) {
  // Rule A311: title-case words in marks after a word of name_of_nouns, `of` and an article
  // or none name a work or a body, even with a speech verb or a speaker in reach.
  const char* texts[][2] = {
      {"Jane Roe, a host of \"The Evening Five,\" said on Tuesday that she would stay.", "The Evening Five"},
      {"\"It spread fast,\" said John Doe, the co-author of \"Spreading Out.\"", "Spreading Out."},
      {"The authors of the \"Renewal and Outreach Review\" wrote that the party must change.",
       "Renewal and Outreach Review"},
  };
  for (const auto& c : texts) expect_no_quote_containing(c[0], c[1]);
  // Still speech: a group noun's of-phrase (chants of a crowd), and words not in title case.
  const char* kept[][2] = {
      {"Jane Roe said there were shouts in the square of \"Down with the Tollmen\" all night.", "Down with the Tollmen"},
      {"John Doe, the author of the plan, said it was \"the best chance we have had in years.\"",
       "the best chance we have had in years."},
      // Review (s41-fixq): `a host of` is `many`: words in marks right before the noun they
      // modify after an indefinite article, the noun and `of` are chants (`a host of
      // "The Five,"` above stays a name: its marks close on a comma).
      {"Tom Smith said: \"We will keep going.\" He was met with a host of \"Shame on You\" chants.", "Shame on You"},
  };
  for (const auto& k : kept) expect_a_quote_containing(k[0], k[1]);
}

TEST(QuoteSpans, ACurlyMarkOfTheWrongShapeIsJudgedByItsNeighbours) {
  // An opening-shaped mark glued to the word before it and free after it closes.
  Annotated closing("Jane Roe called the group \xE2\x80\x9C" "abhorrent\xE2\x80\x9C in a statement, and John Doe said "
                    "\xE2\x80\x9Cwe will fight this all the way.\xE2\x80\x9D");
  const auto got = quote_texts(closing);
  EXPECT_NE(std::find(got.begin(), got.end(), "abhorrent"), got.end()) << ::testing::PrintToString(got);
  EXPECT_NE(std::find(got.begin(), got.end(), "we will fight this all the way."), got.end()) << ::testing::PrintToString(got);
  for (const auto& s : got) EXPECT_EQ(s.find("in a statement"), std::string::npos) << s;
  // A closing-shaped mark free before it and glued to the word after it opens.
  Annotated opening("Readers replied.\n\n\xE2\x80\x9DWe will rebuild it and start again tomorrow!\xE2\x80\x9D wrote John Doe.");
  const Quote* q = quote_spelled(opening, "We will rebuild it and start again tomorrow!");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(opening));
  EXPECT_EQ(opening.name(q->speaker), "John Doe");
}

TEST(QuoteSpans, APartialQuoteThatIsLessThanHalfItsClauseMakesTheClauseMixed) {
  // Rule A80: quoted words right after the verb and the reporter's own predicate after
  // them (`every time she reads`): the clause is a quote (mixed, kind direct) and the
  // speaker's own words stay beside it.
  Annotated t("Jane Roe said \"it makes me angry\" every time she reads about the families who lost their homes in the "
              "floods last winter.");
  const auto got = quote_texts(t);
  const Quote* clause = quote_spelled(t, "\"it makes me angry\" every time she reads about the families who lost their homes in "
                                         "the floods last winter");
  ASSERT_NE(clause, nullptr) << ::testing::PrintToString(got);
  EXPECT_EQ(clause->kind, Quote::Kind::Direct);
  EXPECT_EQ(t.name(clause->speaker), "Jane Roe");
  EXPECT_NE(quote_spelled(t, "it makes me angry"), nullptr) << ::testing::PrintToString(got);
  // No predicate after the marks, only a circumstance: the quoted words alone.
  Annotated circ("Jane Roe said the two \"biggest parties cannot keep working like this\" during a tense news conference "
                 "with the mayor of the city on Friday.");
  const auto got3 = quote_texts(circ);
  ASSERT_EQ(got3.size(), 1u) << ::testing::PrintToString(got3);
  EXPECT_EQ(got3[0], "biggest parties cannot keep working like this");
  // Another quote after the marks: each quote stands alone.
  Annotated two("Later, Jane Roe said that \"we now read each other well\" and she saw \"many chances for a deal,\" "
                "including new talks.");
  for (const auto& s : quote_texts(two)) EXPECT_EQ(s.find("and she saw"), std::string::npos) << s;
  // A comma inside the closing mark before a second attribution ends the clause there.
  Annotated media("John Doe told Jane Roe on Wednesday the air strikes on the depot \"must not be repeated,\" state "
                  "media reported.");
  for (const auto& s : quote_texts(media)) EXPECT_EQ(s.find("state media"), std::string::npos) << s;
  // Quoted words that are most of the clause stay the one direct quote.
  Annotated most("Jane Roe said waits had fallen \"for the first time in ten years across the region\".");
  const auto got2 = quote_texts(most);
  ASSERT_EQ(got2.size(), 1u) << ::testing::PrintToString(got2);
  EXPECT_EQ(got2[0], "for the first time in ten years across the region");
}

TEST(QuoteSpans, AClauseAfterTheVerbsCommaIsNoReportedClause) {
  // A comma right after the verb closes its clause: the quoted words after `, and` are
  // the quote, not a clause opening on the comma.
  const SpanCase cases[] = {
      {"The chief described the scene. He said, and \"the whole crowd fled.\" Nobody was hurt.",
       "the whole crowd fled.", Quote::Kind::Direct},
      {"Jane Roe spoke on Monday. There was a bang, she told reporters, and \"nobody knew where to go.\"",
       "nobody knew where to go.", Quote::Kind::Direct},
      // Without the comma the verb's clause still holds the fragment.
      {"Jane Roe said everyone \"started running\" when the alarm went off in the hall.",
       "everyone \"started running\" when the alarm went off in the hall", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
  // After the comma, marks that the reporter's words complete still open the clause the
  // verb reports.
  Annotated marks("John Doe said, \"we cannot yet say what the figure will be\" on how many posts could be cut in the "
                  "city when the new rules come in.");
  EXPECT_NE(quote_spelled(marks, "\"we cannot yet say what the figure will be\" on how many posts could be cut in the city "
                                 "when the new rules come in"),
            nullptr)
      << ::testing::PrintToString(quote_texts(marks));
  // A parenthetical attribution: the clause after its comma, not from the comma.
  Annotated paren("Instead, John Doe told CNN, his plan would be \"to chase them down\" if he takes the seat.");
  EXPECT_NE(quote_spelled(paren, "his plan would be \"to chase them down\" if he takes the seat"), nullptr)
      << ::testing::PrintToString(quote_texts(paren));
}

TEST(QuoteSpans, APastTenseReportingVerbAfterACommaIsTheSpeakersNextPredicate) {
  // Rule A80: `said CLAUSE, called for X` ends the reported clause at the comma.
  Annotated t("John Doe said the problem was far worse than the official figures show, called for a new law to protect "
              "the workers who speak out.");
  const auto got = quote_texts(t);
  EXPECT_NE(std::find(got.begin(), got.end(), "the problem was far worse than the official figures show"), got.end())
      << ::testing::PrintToString(got);
  // A passive participle set off by commas is no new predicate.
  Annotated p("John Doe said the plan, announced by the council on Monday, would cost far more than the old one.");
  const auto got2 = quote_texts(p);
  EXPECT_NE(std::find(got2.begin(), got2.end(), "the plan, announced by the council on Monday, would cost far more than the old one"),
            got2.end())
      << ::testing::PrintToString(got2);
}

TEST(QuoteSpans, AnIfInsideTheReportedClauseDoesNotOpenIt) {
  // Rule A82: `if` and `whether` open the clause only right after the verb or a time
  // phrase; inside it they belong to the reporter's words (`voters wanted to know if`).
  Annotated t("John Doe said voters wanted to know if the council is \"still in the race for the title.\"");
  const auto got = quote_texts(t);
  EXPECT_NE(quote_spelled(t, "voters wanted to know if the council is \"still in the race for the title.\""), nullptr)
      << ::testing::PrintToString(got);
  EXPECT_NE(quote_spelled(t, "still in the race for the title."), nullptr) << ::testing::PrintToString(got);
}

TEST(QuoteSpans, ValuesInMarkupAreNoQuotes) {
  // Rule A136: a mark glued to `=` delimits a value in markup (an embedded tweet's
  // attributes), not a quotation; the quote after the tag is still found.
  Annotated t("John Doe spoke on Monday.\n\n<tweet id=\"672139201337532417\" author=\"@JaneRoe\" "
              "datetime=\"2015-12-02\">John Doe said the shots were fired downtown near the old station.</tweet>\n\n"
              "John Doe said: \"We are safe.\"");
  const auto got = quote_texts(t);
  for (const auto& s : got) {
    EXPECT_EQ(s.find("2015-12-02"), std::string::npos) << s;
    EXPECT_EQ(s.find("JaneRoe"), std::string::npos) << s;
  }
  EXPECT_NE(quote_spelled(t, "We are safe."), nullptr) << ::testing::PrintToString(got);
}

TEST(QuoteSpans, TwoApostrophesAreOneDoubleMark) {
  // Rule A137: typewriter copy writes the double mark as two apostrophes; the quote is the
  // words between them, and single marks inside are a nested quote.
  Annotated t("John Doe spoke in Iowa on Monday. ''We may be seeing some wage growth, and that would be a big "
              "story,'' John Doe said.");
  const auto got = quote_texts(t);
  ASSERT_EQ(got.size(), 1u) << ::testing::PrintToString(got);
  EXPECT_EQ(got[0], "We may be seeing some wage growth, and that would be a big story");
  EXPECT_EQ(t.name(t.a.quotes[0].speaker), "John Doe");
  Annotated nested("Jane Roe spoke in Iowa on Monday. She added: ''There was an outcry over 'Gulls of Harbour "
                   "Street' in the town.''");
  EXPECT_NE(quote_spelled(nested, "There was an outcry over 'Gulls of Harbour Street' in the town."), nullptr)
      << ::testing::PrintToString(quote_texts(nested));
  // Three apostrophes after a word: the nested single quote closes, then the double one.
  Annotated three("Jane Roe spoke in Iowa on Monday. ''He said, 'We cannot simply wait for the stars to align.''' "
                  "Jane Roe said.");
  EXPECT_NE(quote_spelled(three, "He said, 'We cannot simply wait for the stars to align.'"), nullptr)
      << ::testing::PrintToString(quote_texts(three));
}

TEST(QuoteSpans, ACommaAndAnArticleEndTheReportedClause) {
  // Rule A138: after the partial quote, a noun phrase set off by a comma is the reporter's
  // comment on the clause, not part of it.
  Annotated t("Jane Roe said the crowd would \"not get hurt\" at her rally, a dig at the latest scuffles at the "
              "meetings of John Doe.");
  const auto got = quote_texts(t);
  ASSERT_EQ(got.size(), 1u) << ::testing::PrintToString(got);
  EXPECT_EQ(got[0], "the crowd would \"not get hurt\" at her rally");
  // Without the comma the clause runs on.
  Annotated on("Jane Roe said the crowd would \"not get hurt\" at the rally in the city on Monday.");
  const auto got2 = quote_texts(on);
  ASSERT_EQ(got2.size(), 1u) << ::testing::PrintToString(got2);
  EXPECT_EQ(got2[0], "the crowd would \"not get hurt\" at the rally in the city on Monday");
}

// A183: a coordinated second that-clause of the same verb (`, and that ...`, `but that
// ...`) is part of the reported clause that holds the partial quote: the clause runs on
// to its end; a coordinated indirect question (`and whether`) still ends it.
TEST(QuoteSpans, APartialQuoteClauseRunsOnOverACoordinatedThatClause) {
  Annotated second("Jane Roe said the minister would meet his spending rule this year \"with a margin to spare\" but "
                   "that the budget was tight.");
  EXPECT_NE(quote_spelled(second, "the minister would meet his spending rule this year \"with a margin to spare\" but "
                                  "that the budget was tight"),
            nullptr)
      << ::testing::PrintToString(quote_texts(second));
  const SpanCase cases[] = {
      {"Jane Roe said the figures were \"excellent\", and that the region would grow again next year.",
       "the figures were \"excellent\", and that the region would grow again next year", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
}

// A186: a long fragment inside the reporter's clause, the reporter's words on both sides
// of the marks, also gives the clause (kind direct, PolNeAR's "mixed") when `that` opens
// it or the reporter's words hold a predicate; a possessor before the marks and a
// circumstance after them (`said the world's "..." during a news conference`) do not.
TEST(QuoteSpans, AFragmentInsideTheReportersClauseAlsoGivesTheClause) {
  Annotated t("Jane Roe said that the plan \"would ruin the lives of many families\" in the north.");
  const Quote* words = quote_spelled(t, "would ruin the lives of many families");
  const Quote* clause = quote_spelled(t, "the plan \"would ruin the lives of many families\" in the north");
  ASSERT_NE(words, nullptr) << ::testing::PrintToString(quote_texts(t));
  ASSERT_NE(clause, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(clause->kind, Quote::Kind::Direct);
  EXPECT_EQ(t.name(clause->speaker), "Jane Roe");
  // the reporter's predicate before the marks (`would`), words after them: the clause too
  Annotated pred("Jane Roe said the plan would \"fail the people who need it most\" next year.");
  EXPECT_NE(quote_spelled(pred, "fail the people who need it most"), nullptr) << ::testing::PrintToString(quote_texts(pred));
  EXPECT_NE(quote_spelled(pred, "the plan would \"fail the people who need it most\" next year"), nullptr)
      << ::testing::PrintToString(quote_texts(pred));
  const SpanCase circumstance[] = {
      {"John Doe said the world's \"two largest powers cannot go on like this\" during a news conference.",
       "two largest powers cannot go on like this", Quote::Kind::Direct},
  };
  expect_one_quote(circumstance);
}

// A330: a fragment after a reporting verb that takes no bare clause (not that_optional:
// `admits`, `testified`) is still one quote with the that-less clause around it when the
// words after the verb show a subject and its finite verb through the marks (a finite
// auxiliary or copula, fused with `n't` or not, or a lower-case word after he/she); not
// when a relative word stands before the verb (`the people who "were hurt"`) nor when no
// finite verb follows (`the "serious mistakes" of`).
TEST(QuoteSpans, AFragmentInAThatlessClauseOfAReportingVerbIsTheClause) {
  const SpanCase cases[] = {
      {"Jane Roe admits the new plan for the region \"didn't work\" this year.",
       "the new plan for the region \"didn't work\" this year", Quote::Kind::Direct},
      {"John Doe testified \"thousands\" of emails had not been turned over.",
       "\"thousands\" of emails had not been turned over", Quote::Kind::Direct},
      {"Jane Roe admits she \"made mistakes\" in the campaign.", "she \"made mistakes\" in the campaign",
       Quote::Kind::Direct},
      {"Jane Roe acknowledged the figures \"were not good\" for the region.",
       "the figures \"were not good\" for the region", Quote::Kind::Direct},
      // near misses: the quoted words alone
      {"Jane Roe admits the \"serious mistakes\" of her campaign.", "serious mistakes", Quote::Kind::Direct},
      {"Jane Roe admits the people who \"were hurt\" by the plan deserve help.", "were hurt", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
}

// A331: quoted words that open their sentence, the reporter's words completing their
// clause after the marks, then a comma and the attribution: a fragment is that clause; a
// longer quote stays and the clause is a second quote when the reporter's words make most
// of it. Not when the quote ends its clause inside the marks (`"Q," X said`), nor when
// the reporter's words hold another report.
TEST(QuoteSpans, QuotedWordsOpeningAClauseTheReporterCompletesAreThatClause) {
  const SpanCase fragment[] = {
      {"\"A big truck\" plowed through the barriers set up for the parade, John Doe said.",
       "A big truck\" plowed through the barriers set up for the parade", Quote::Kind::Direct},
      {"\"We will win,\" Jane Roe said on Monday in the city.", "We will win", Quote::Kind::Direct},
  };
  expect_one_quote(fragment);
  Annotated t("\"We are angry and appalled\" by the fire at a dance hall in the city that drew wide "
              "attention, Jane Roe said.");
  const Quote* words = quote_spelled(t, "We are angry and appalled");
  const Quote* clause =
      quote_spelled(t, "We are angry and appalled\" by the fire at a dance hall in the city that drew wide attention");
  ASSERT_NE(words, nullptr) << ::testing::PrintToString(quote_texts(t));
  ASSERT_NE(clause, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(clause->kind, Quote::Kind::Direct);
  EXPECT_EQ(t.name(clause->speaker), "Jane Roe");
  // another report in the reporter's words: the quote alone
  Annotated other("\"We will win\" in the state, and lawmakers have said so, Jane Roe said.");
  EXPECT_EQ(quote_spelled(other, "We will win\" in the state"), nullptr) << ::testing::PrintToString(quote_texts(other));
}

// A332: a fragment in the object of a reporting verb whose complements take a noun phrase
// (speech_verbs.json "np": cite, question, call for) is one quote, that noun phrase, when
// the object opens right after the verb on a determiner, a possessive or a name and its
// `'s`; a semicolon ends it as it ends a reported clause. Not for a noun of the verb's
// form after a possessive (`Sanders's clarion call for a "revolution" draws`), nor after
// a verb without noun-phrase complements (`emphasized the need for an "..."`), nor for a
// bare object (`cited "security concerns"`).
TEST(QuoteSpans, AFragmentInTheNounPhraseObjectOfAReportingVerbIsThatNounPhrase) {
  const SpanCase cases[] = {
      {"Jane Roe endorsed him, citing his \"long experience\" and his calm.", "his \"long experience\" and his calm",
       Quote::Kind::Direct},
      {"Jane Roe questioned John Doe's \"city values\" and his readiness to lead.",
       "John Doe's \"city values\" and his readiness to lead", Quote::Kind::Direct},
      {"Jane Roe calls for a \"care for all\" health system; her rival aims to build on the law.",
       "a \"care for all\" health system", Quote::Kind::Direct},
      {"Jane Roe emphasized the need for a \"steadfast pledge\" to the valley.", "steadfast pledge",
       Quote::Kind::Direct},
      {"Jane Roe cited \"security concerns\" for the delay.", "security concerns", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
  Annotated noun("While Jane Roe's loud plea for a \"revolution\" pulls crowds, John Doe said nothing.");
  EXPECT_EQ(quote_spelled(noun, "a \"revolution\" pulls crowds"), nullptr) << ::testing::PrintToString(quote_texts(noun));
}

// A333: marks right after the reporting verb (or its `that`) and the reporter's words
// completing the clause after them: the quote of four words or more stays and the clause
// is a second quote when the reporter's words make most of it, with or without a verb of
// their own; not when the marks end the clause (`said "we will win."`).
TEST(QuoteSpans, AQuoteOpeningTheClauseAfterTheVerbAlsoGivesTheClauseTheReporterCompletes) {
  Annotated t("Jane Roe said that \"we want fuller answers\" about why the board reached its verdict on Tuesday.");
  EXPECT_NE(quote_spelled(t, "we want fuller answers"), nullptr) << ::testing::PrintToString(quote_texts(t));
  const Quote* clause =
      quote_spelled(t, "\"we want fuller answers\" about why the board reached its verdict on Tuesday");
  ASSERT_NE(clause, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(clause->kind, Quote::Kind::Direct);
  EXPECT_EQ(t.name(clause->speaker), "Jane Roe");
  const SpanCase alone[] = {
      {"Jane Roe said \"we will win the state.\"", "we will win the state.", Quote::Kind::Direct},
  };
  expect_one_quote(alone);
}

TEST(QuoteSpans, TitleCaseWordsInMarksAfterAPossessiveThatIsNoPersonsAreATitle) {
  // Rule A481: title-case words in marks right after a possessive that is no person's
  // name a programme or a work, even with a speech verb or a speaker in reach.
  const char* texts[][2] = {
      {"Sunday on the network's \"Morning Desk,\" John Doe said the bill would pass.", "Morning Desk"},
      {"Speaking on Wednesday's \"Evening Report,\" Jane Roe said the plan was dead.", "Evening Report"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const auto got = quote_texts(t);
    EXPECT_FALSE(got.empty()) << c[0];  // the reported clause stays
    for (const auto& s : got) EXPECT_EQ(s.find(c[1]), std::string::npos) << c[0] << " -> " << ::testing::PrintToString(got);
  }
  // Still speech: a line (an exclamation), a person's work inside a report, a title line.
  const char* kept[][2] = {
      {"Jane Roe defended the mayor's \"Look at my friend over here!\" line on Tuesday.", "Look at my friend over here!"},
      {"John Doe said he takes his ideas from Jane Roe's \"Open Fields\" and little else.", "Open Fields"},
      {"Doe: Roe's 'Plain Hateful Talk' Hurts Party's Chances.", "Plain Hateful Talk"},
  };
  for (const auto& k : kept) {
    Annotated t(k[0]);
    const auto got = quote_texts(t);
    EXPECT_TRUE(std::any_of(got.begin(), got.end(), [&](const std::string& s) { return s.find(k[1]) != std::string::npos; }))
        << k[0] << " -> " << ::testing::PrintToString(got);
  }
}

TEST(QuoteSpans, AParagraphOfAFewWordsInSingleMarksOrCapitalsIsASectionHeading) {
  // Rule A480: after the first paragraph (the headline, a quote), a paragraph that is only
  // a few words in single marks, or in capitals in any marks, heads a section: no quote,
  // no continuation of the quote before it.
  Annotated t(
      "'Rates will stay low, says bank'\n\n\"We have no plans to move,\" Jane Roe said on Monday. \"The market is "
      "calm.\"\n\n'A long and hard road.'\n\nThe bank's board meets again in June.\n\n\"NO DEAL YET, BUT CLOSE\"\n\n"
      "Talks go on.");
  const auto got = quote_texts(t);
  const std::vector<std::string> want = {"Rates will stay low, says bank", "We have no plans to move", "The market is calm."};
  EXPECT_EQ(got, want) << ::testing::PrintToString(got);
  // A paragraph of words in double marks, not in capitals, still continues the speaker.
  Annotated c("Talks resumed.\n\n\"We will keep talking,\" John Doe said.\n\n\"We are not done yet.\"\n\nThey meet again.");
  const Quote* q = quote_spelled(c, "We are not done yet.");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(c));
  EXPECT_GE(q->speaker, 0);
}

TEST(QuoteSpans, WordsInMarksSetOffByACommaBeforeAByAndAByLineAreATitle) {
  // Rule A482: a piece's or a book's title, a comma, `by` and its author's byline.
  const char* texts[][2] = {
      {"\"We read everything,\" Jane Roe said. One of her recent reads, \"A long road to the north,\" by John Doe, is "
       "about the war.",
       "A long road to the north"},
      {"Jane Roe said she was reading about it.\n\nNEW THIS WEEK - \"City council to vote on new parks plan,\" by Daily "
       "Post's Mary Smith: the council meets on Monday.",
       "City council to vote"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const auto got = quote_texts(t);
    EXPECT_FALSE(got.empty()) << c[0];  // the other quote stays
    for (const auto& s : got) EXPECT_EQ(s.find(c[1]), std::string::npos) << c[0] << " -> " << ::testing::PrintToString(got);
  }
  // Still speech: a passive's agent (no comma), an agent after a noun going on in lower case.
  const char* kept[][2] = {
      {"The plan has been called \"a quiet revolution\" by Jane Roe, a professor at the college.", "a quiet revolution"},
      {"John Doe said the \"cruelty of remarks, largely unprompted and unfair,\" by the mayor last week was shocking.",
       "cruelty of remarks"},
  };
  for (const auto& k : kept) {
    Annotated t(k[0]);
    const auto got = quote_texts(t);
    EXPECT_TRUE(std::any_of(got.begin(), got.end(), [&](const std::string& s) { return s.find(k[1]) != std::string::npos; }))
        << k[0] << " -> " << ::testing::PrintToString(got);
  }
}

TEST(QuoteSpans, CurlyMarksInsideAParagraphOpeningOnAStraightMarkNestInTheExcerpt) {
  // Rule A483: a straight double mark opening a paragraph and still open at a curly opening
  // mark sets off an excerpt; the curly pair is a quotation inside it, not the excerpt's end.
  Annotated t(
      "From Jane Roe writing at the Daily Post:\n\n\"Pastor John Doe defended the mayor\u2019s \u201CLook at my friend "
      "over here!\u201D line by saying it was a \u201Cterm of endearment\u201D and part of his style.");
  const auto got = quote_texts(t);
  const std::string excerpt =
      "Pastor John Doe defended the mayor\u2019s \u201CLook at my friend over here!\u201D line by saying it was a "
      "\u201Cterm of endearment\u201D and part of his style.";
  EXPECT_TRUE(std::find(got.begin(), got.end(), excerpt) != got.end()) << ::testing::PrintToString(got);
  EXPECT_TRUE(std::find(got.begin(), got.end(), "Look at my friend over here!") != got.end()) << ::testing::PrintToString(got);
  EXPECT_TRUE(std::find(got.begin(), got.end(), "Pastor John Doe defended the mayor\u2019s") == got.end());
  // Straight marks alone pair as before.
  Annotated s("\"We will stay,\" Jane Roe said. \"The plan is \"sound\" and fair.\"");
  EXPECT_NE(quote_spelled(s, "We will stay"), nullptr) << ::testing::PrintToString(quote_texts(s));
}

TEST(QuoteSpans, TitleCaseWordsInMarksBesideAnAutobiographyOrAManifestoAreATitle) {
  // Rule A484: `autobiography`, `manifesto` and `memoirs` join work_title_words.
  const char* texts[][2] = {
      {"\"I was never a quitter,\" John Doe said. In his autobiography, \"A Long Way Home,\" published last year, he "
       "wrote about his father.",
       "A Long Way Home"},
      {"\"We will win,\" Jane Roe said. Her own manifesto, \"Forward Together Again,\" has sold well.", "Forward Together"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const auto got = quote_texts(t);
    EXPECT_FALSE(got.empty()) << c[0];
    for (const auto& s : got) EXPECT_EQ(s.find(c[1]), std::string::npos) << c[0] << " -> " << ::testing::PrintToString(got);
  }
}

TEST(QuoteSpans, AShortParagraphInMarksAfterAColonIsSpeechNotASectionHeading) {
  // Rule A490: a paragraph ending on a colon introduces the one below it, so a few words in
  // single marks or capitals there are the speaker's words, not a section heading (A480).
  const char* texts[][3] = {
      {"Talks resumed on Monday.\n\nJane Roe, the union leader, told reporters:\n\n'We will not give up.'\n\nThe strike "
       "enters its third week.",
       "We will not give up.", "Jane Roe"},
      {"Fans waited outside the stadium.\n\nJohn Doe, the club captain, wrote on Twitter:\n\n\"WE ARE BACK\"\n\nThe "
       "club won 3-0.",
       "WE ARE BACK", "John Doe"},
      {"Talks resumed on Monday.\n\nAsked whether the union would settle, Jane Roe said:\n\n'Never again.'\n\nThe "
       "strike goes on.",
       "Never again.", "Jane Roe"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const Quote* q = quote_spelled(t, c[1]);
    ASSERT_NE(q, nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
    EXPECT_EQ(t.name(q->speaker), c[2]) << c[0];
  }
  // After a paragraph that ends on a full stop, still a heading.
  Annotated h(
      "Schools reopen after the storm.\n\nJane Roe, the head teacher, said the building was safe.\n\n'Back to "
      "normal'\n\nPupils returned on Monday.");
  EXPECT_EQ(quote_spelled(h, "Back to normal"), nullptr) << ::testing::PrintToString(quote_texts(h));
}

TEST(QuoteSpans, AByBeforeADateIsNoByline) {
  // Rule A491: the byline after a title's `by` names its author, a person or an
  // organisation (A482); `by Tuesday`, `by Christmas` are times and the words are speech.
  const char* texts[][2] = {
      {"\"We will not pay a penny more,\" by Tuesday, had become the union's rallying cry.", "We will not pay a penny more"},
      {"Jane Roe stood firm. \"We will not move an inch,\" by Christmas, had become her catchphrase, John Doe said.",
       "We will not move an inch"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    EXPECT_NE(quote_spelled(t, c[1]), nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  Annotated b("\"The Long Way Home,\" by Jane Roe, is out in May.");
  EXPECT_TRUE(quote_texts(b).empty()) << ::testing::PrintToString(quote_texts(b));
}

TEST(QuoteSpans, AShortParagraphInSingleMarksContinuesCopyThatQuotesInSingleMarks) {
  // Rule A492: when the copy quotes speech in single marks (the quote before, past the
  // headline, opens on one), a short paragraph in single marks is speech that continues
  // it, not a section heading (A480); after a quote in double marks it is still a heading.
  Annotated t("The mayor spoke at length on Monday.\n\n'We have a plan,' John Doe said.\n\n'It will work.'\n\nCritics "
              "were not convinced.");
  const Quote* q = quote_spelled(t, "It will work.");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(t.name(q->speaker), "John Doe");
  Annotated d("The mayor spoke at length on Monday.\n\n\"We have a plan,\" John Doe said.\n\n'It will work.'\n\nCritics "
              "were not convinced.");
  EXPECT_EQ(quote_spelled(d, "It will work."), nullptr) << ::testing::PrintToString(quote_texts(d));
}

TEST(QuoteSpans, TitleCaseWordsAWorkSaysAreItsWordsNotItsTitle) {
  // Rule A493: a reporting verb between a word of work_title_words and the marks, or right
  // after that word, makes the work the source of the words in marks (writing quoted), not
  // their title (title_of_work); a naming verb reports nothing.
  const char* texts[][2] = {
      {"\"We Will Build Homes Again,\" the manifesto says.", "We Will Build Homes Again"},
      {"The editorial says \"We Must Act Now.\"", "We Must Act Now."},
      {"\"Time Is Running Out for the Planet,\" the documentary warns.", "Time Is Running Out for the Planet"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    EXPECT_NE(quote_spelled(t, c[1]), nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  const char* titles[][2] = {
      {"\"We are proud of her,\" Jane Roe said. Her daughter wrote a book called \"Women Who Lead\" last year.", "Women Who Lead"},
      {"In his memoirs, \"A Life in Politics,\" John Doe wrote about his father.", "A Life in Politics"},
  };
  for (const auto& c : titles) {
    Annotated t(c[0]);
    EXPECT_EQ(quote_spelled(t, c[1]), nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
}

TEST(QuoteSpans, AShortParagraphInCapitalsEndingOnAnExclamationIsAShoutNotAHeading) {
  // Rule A494: capitals that end on `!` in a paragraph of their own are a chant or a cry,
  // speech, not a section heading (A480); capitals with no `!` still head a section.
  Annotated t("Jane Roe took the stage at nine. The crowd roared as she began.\n\n\"LOCK HIM UP!\"\n\nShe waited "
              "for the noise to die down.");
  EXPECT_NE(quote_spelled(t, "LOCK HIM UP!"), nullptr) << ::testing::PrintToString(quote_texts(t));
  Annotated h("Jane Roe took the stage at nine.\n\n\"We will win in November,\" she said.\n\n\"A LONG ROAD AHEAD\"\n\n"
              "The crowd cheered.");
  EXPECT_EQ(quote_spelled(h, "A LONG ROAD AHEAD"), nullptr) << ::testing::PrintToString(quote_texts(h));
}

TEST(QuoteSpans, ThreeWordsInMarksWithNoSourceAreScareQuotes) {
  // Rule A540: up to three words in marks with no source, no cue and no speaker to continue
  // are the writer's own phrase held at a distance (GUIDELINES' scare quotes), not speech.
  const char* dropped[][2] = {
      {"Shops reopened on Monday.\n\nThe chain built a \"seamless shopping journey\" for every customer.", "seamless shopping journey"},
      {"Shops reopened on Monday.\n\nCritics worry it could lead to \"death by paperwork\" for small firms.", "death by paperwork"},
  };
  for (const auto& c : dropped) {
    Annotated t(c[0]);
    const auto got = quote_texts(t);
    for (const auto& s : got) EXPECT_EQ(s.find(c[1]), std::string::npos) << c[0] << " -> " << ::testing::PrintToString(got);
  }
  // Still quotes: an exclamation, a clause, words in the headline (the first sentence),
  // and three words with a speaker.
  const char* kept[][2] = {
      {"Shops reopened on Monday.\n\nThe crowd at the gate broke into chants of \"Send them home!\" at noon.", "Send them home!"},
      {"Shops reopened on Monday.\n\nHer new campaign slogan is \"I'm with you.\" It went down well.", "I'm with you."},
      {"Mayor 'misled the council'\n\nThe mayor of Springfield faced questions on Monday.", "misled the council"},
      {"Shops reopened on Monday.\n\n\"Totally unacceptable today,\" John Doe said.", "Totally unacceptable today"},
  };
  for (const auto& k : kept) {
    Annotated t(k[0]);
    const auto got = quote_texts(t);
    EXPECT_TRUE(std::any_of(got.begin(), got.end(), [&](const std::string& s) { return s.find(k[1]) != std::string::npos; }))
        << k[0] << " -> " << ::testing::PrintToString(got);
  }
}

TEST(QuoteSpans, TitleCaseWordsInMarksInAHearersSlotAreAProgramme) {
  // Rule A541: title-case words in marks right after a verb that takes a hearer (`told`),
  // or after a speech noun and `with` (`an interview with`), name the programme spoken to.
  const char* texts[][2] = {
      {"\"We will not give up,\" Jane Roe told \"Morning Desk,\" adding that talks would go on.", "Morning Desk"},
      {"\"The plan is dead,\" John Doe said in an interview with \"Evening Report.\"", "Evening Report"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const auto got = quote_texts(t);
    EXPECT_FALSE(got.empty()) << c[0];  // the speech stays
    for (const auto& s : got) EXPECT_EQ(s.find(c[1]), std::string::npos) << c[0] << " -> " << ::testing::PrintToString(got);
  }
  // Still speech: an exclamation, and a clause in title case.
  const char* kept[][2] = {
      {"Shops reopened on Monday.\n\nJohn Doe warned \"Enough Is Enough\" at the rally on Friday.", "Enough Is Enough"},
      {"Shops reopened on Monday.\n\nThe coach told \"Never Give Up!\" to every player.", "Never Give Up!"},
  };
  for (const auto& k : kept) {
    Annotated t(k[0]);
    const auto got = quote_texts(t);
    EXPECT_TRUE(std::any_of(got.begin(), got.end(), [&](const std::string& s) { return s.find(k[1]) != std::string::npos; }))
        << k[0] << " -> " << ::testing::PrintToString(got);
  }
}

TEST(QuoteSpans, FragmentsOfOneReportedClauseAreOneQuoteTheClause) {
  // Rule A510: two or more fragments in the clause one reporting verb introduces are one
  // quote, the clause, short or long, with no fragment beside it.
  const SpanCase cases[] = {
      {"Jane Roe said the budget \"fell short\" and \"would hurt the poorest families in the county\" this year.",
       "the budget \"fell short\" and \"would hurt the poorest families in the county\" this year", Quote::Kind::Direct},
      {"John Doe added that, \"the council has lost its way\" and \"the mayor has no plan at all.\"",
       "\"the council has lost its way\" and \"the mayor has no plan at all.\"", Quote::Kind::Direct},
  };
  expect_one_quote(cases);
  // Not a labelling verb's labels, nor fragments the reporter's own clause about the
  // speaker or the speaker's next predicate separates.
  Annotated labels("John Doe called the plan \"reckless\" and \"unfair.\"");
  EXPECT_EQ(quote_texts(labels), (std::vector<std::string>{"reckless", "unfair."}));
  Annotated resumes("John Doe said that \"we will rebuild the old bridge\" and he saw \"many reasons for hope\" in the town.");
  EXPECT_EQ(quote_texts(resumes), (std::vector<std::string>{"we will rebuild the old bridge", "many reasons for hope"}));
  Annotated next("John Doe said the talks were \"frank\" and acknowledged \"real gaps\" between the two sides.");
  EXPECT_EQ(quote_texts(next), (std::vector<std::string>{"the talks were \"frank\"", "real gaps"}));
  // A dash between two fragments sets off the writer's aside: no shared clause, the
  // quotes stay as they were (the clause A80 gives and each long fragment).
  Annotated aside("Jane Roe said the board \"has failed the whole town\" - a view many share - and \"must now step down at once.\"");
  EXPECT_EQ(quote_texts(aside).size(), 3u) << ::testing::PrintToString(quote_texts(aside));
  EXPECT_NE(quote_spelled(aside, "has failed the whole town"), nullptr) << ::testing::PrintToString(quote_texts(aside));
}

TEST(QuoteSpans, AThatlessClauseAfterATimePhraseOpensOnItsSubject) {
  // Rule A511: a time phrase between the verb and its that-less clause, a part of the day
  // or a unit of the calendar closing it (time_phrase_nouns), is not the clause's.
  const SpanCase cases[] = {
      {"Jane Roe tweeted Tuesday night she considered the plan a \"total failure.\"",
       "she considered the plan a \"total failure.\"", Quote::Kind::Direct},
      {"Jane Roe said last week the council had been \"far too slow\" on housing.",
       "the council had been \"far too slow\" on housing", Quote::Kind::Direct},
      // the words after the verb are the clause's subject
      {"John Doe said this year will be \"very hard\" for farmers.", "this year will be \"very hard\" for farmers",
       Quote::Kind::Direct},
      {"John Doe said this was a \"fatal mistake\" for the town.", "this was a \"fatal mistake\" for the town",
       Quote::Kind::Direct},
  };
  expect_one_quote(cases);
  // time words before a possessive are the subject's (`last Sunday's match`)
  Annotated possessive("Jane Roe believes last Friday's match was \"up there\" with the finest games she has watched.");
  EXPECT_EQ(quote_texts(possessive), (std::vector<std::string>{"last Friday's match was \"up there\" with the finest games she has watched"}));
  Annotated plain("John Smith said Tuesday night he considered the plan a failure.");
  EXPECT_EQ(quote_texts(plain), (std::vector<std::string>{"he considered the plan a failure"}));
}

TEST(QuoteSpans, ANicknameInMarksInsideAPersonsNameIsNoQuote) {
  // Rule A710: one or two title-case words in marks between a given name and a
  // capitalised word are the person's nickname, part of the name, not speech; the
  // report after the name stays.
  const char* texts[][3] = {
      {"Shops reopened on Monday.\n\nRecord label boss Michael \"Ace\" Brandt told reporters the label would fight the charges.",
       "Ace", "the label would fight the charges"},
      {"Shops reopened on Monday.\n\nBoxer Karen 'Iron Fist' Doyle said on Friday that she would retire.", "Iron Fist",
       "she would retire"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    EXPECT_EQ(quote_texts(t), (std::vector<std::string>{c[2]})) << c[0];
    for (const auto& q : t.a.quotes) EXPECT_EQ(t.a.text(q.span).find(c[1]), std::string_view::npos) << c[0];
  }
  // Still speech: words in marks after a name that is no given name, or before a word in
  // lower case.
  const char* kept[][2] = {
      {"Shops reopened on Monday.\n\n\"We Won\" Michael Brandt shouted.", "We Won"},
      {"Shops reopened on Monday.\n\nJane Roe said to Michael: \"Stop.\" Then she left.", "Stop."},
  };
  for (const auto& k : kept) {
    Annotated t(k[0]);
    const auto got = quote_texts(t);
    EXPECT_TRUE(std::any_of(got.begin(), got.end(), [&](const std::string& s) { return s.find(k[1]) != std::string::npos; }))
        << k[0] << " -> " << ::testing::PrintToString(got);
  }
}

TEST(QuoteSpans, ACommaInsideTheClosingMarkEndsAReportBeforeANewCue) {
  // Rule A712: a comma inside the closing quotation mark ends the reported clause before
  // a participle speech verb (`, describing`, `, saying`) as a comma outside it does
  // (A30), and a comma before `according to` ends the clause the fragment stands in: the
  // attribution after it is no part of the report.
  const char* texts[][3] = {
      {"Shops reopened on Monday.\n\nJane Roe said that is a \"smear,\" describing the report as badly wrong.",
       "is a \"smear,\"", "describing"},
      {"Shops reopened on Monday.\n\nThe mayor rebuked critics who say she should call the protesters \"dangerous radicals,\" "
       "saying such words would only inflame the city.",
       "she should call the protesters \"dangerous radicals,\"", "saying"},
      {"Shops reopened on Monday.\n\nJane Roe said the budget was \"a total disgrace,\" according to minutes of the meeting.",
       "the budget was \"a total disgrace,\"", "according"},
      {"Shops reopened on Monday.\n\nOn Friday, Jane Roe said she was \"glad to see\" that the plant had reopened, according "
       "to the local paper.",
       "she was \"glad to see\" that the plant had reopened", "according"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const auto got = quote_texts(t);
    EXPECT_TRUE(std::find(got.begin(), got.end(), std::string(c[1])) != got.end()) << c[0] << " -> " << ::testing::PrintToString(got);
    for (const auto& s : got) EXPECT_EQ(s.find(c[2]), std::string::npos) << c[0] << " -> " << ::testing::PrintToString(got);
  }
}

TEST(QuoteSpans, ASpeechVerbInEdAfterAPrepositionIsAnAdjective) {
  // Rule A715: a speech verb's form in -ed right after a lower-case preposition modifies
  // the noun after it (`with noted players`, `for added security`): no cue, no report.
  const char* texts[] = {
      "Shops reopened on Monday.\n\nHe toured the county for years and played with noted bass players such as Tom Hale and "
      "Ruth Gale.",
      "Shops reopened on Monday.\n\nThe guards had asked the council for added patrols, but no action was ever taken.",
  };
  for (const char* text : texts) {
    Annotated t(text);
    EXPECT_TRUE(quote_texts(t).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  // Still a report: the verb after a subject, and a capitalised name that is a preposition's
  // form (`Al From agreed that`).
  Annotated kept("Shops reopened on Monday.\n\nThe panel noted that the roads were unsafe. Al From agreed that the plan had failed.");
  EXPECT_EQ(quote_texts(kept), (std::vector<std::string>{"the roads were unsafe", "the plan had failed"}));
}

TEST(QuoteSpans, ACueNounInACopulasPredicateReportsNothing) {
  // Rule A770: a cue's base or -s form that ends a noun phrase after a copula (a determiner
  // or possessive and up to three words before it) is the copula's predicate, no verb.
  const char* texts[] = {
      "Shops reopened on Monday.\n\nWhether the new buyers will come back, however, is an open question.",
      "Shops reopened on Monday.\n\nMost striking of all, though, were the farmers' weekly radio shows.",
  };
  for (const char* text : texts) {
    Annotated t(text);
    EXPECT_TRUE(quote_texts(t).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  // Still reports: a subject before its verb, and a verb inside a relative clause after the copula.
  Annotated kept(
      "Shops reopened on Monday.\n\nThe plan will fail, his spokesman says. There are those who believe the mill "
      "will close.");
  EXPECT_EQ(quote_texts(kept), (std::vector<std::string>{"The plan will fail", "the mill will close"}));
}

TEST(QuoteSpans, AComplementEndsBeforeACoordinatedClauseWithItsOwnSubject) {
  // Rule A771: an object or infinitive complement ends before a comma, a coordinator and a
  // new subject with its finite verb (the reporter's next clause).
  Annotated object("Shops reopened on Monday.\n\nThe mayor called for a review of the contract, and the council's chairman "
                   "denounced the plan.");
  EXPECT_EQ(quote_texts(object), (std::vector<std::string>{"a review of the contract"}));
  Annotated infinitive("Shops reopened on Monday.\n\nThe union urged the board to block the sale, but its members were divided.");
  EXPECT_EQ(quote_texts(infinitive), (std::vector<std::string>{"the board to block the sale"}));
  // A name as the new subject too; a list of noun phrases with no verb after the last goes on.
  Annotated name("Shops reopened on Monday.\n\nThe mayor called for a review of the contract, and Ruth Gale backed him.");
  EXPECT_EQ(quote_texts(name), (std::vector<std::string>{"a review of the contract"}));
  Annotated list("Shops reopened on Monday.\n\nThe mayor called for a review of the rents, the fees, and the contracts.");
  EXPECT_EQ(quote_texts(list), (std::vector<std::string>{"a review of the rents, the fees, and the contracts"}));
}

TEST(QuoteSpans, StateIsTheSpeechVerbOnlyInAVerbsSlot) {
  // Rule A780: `state` and `states` (word list noun_first_cue_forms) are mostly the noun in
  // news: a cue only after a pronoun, an auxiliary, `to` or a named subject, before a colon
  // or `that` with a subject and its verb, or after a quotation.
  const char* nouns[] = {
      "Shops reopened on Monday.\n\nThe mayor is touring Ohio and Utah, farming states that vote on May 2.",
      "Shops reopened on Monday.\n\nCoastal state Maine is three percent Danish.",
      "Shops reopened on Monday.\n\nMost northern states that will hold contests in May have small towns.",
  };
  for (const char* text : nouns) {
    Annotated t(text);
    EXPECT_TRUE(quote_texts(t).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  // Still the verb: a pronoun before it, a subject with its verb after `that`, and `to`.
  Annotated verbs(
      "Shops reopened on Monday.\n\nIt states that the mill will close. The new lease states that small traders would pay "
      "less. The council is expected to state that fees will rise.");
  EXPECT_EQ(quote_texts(verbs), (std::vector<std::string>{"the mill will close", "small traders would pay less",
                                                          "fees will rise"}));
}

TEST(QuoteSpans, AThatlessClauseFollowsAParentheticalAfterAVerbOfSaying) {
  // Rule A860: `X said, PARENTHETICAL, CLAUSE` reports the clause after the parenthetical;
  // a condition or other phrase opens the clause, the verb's own adjunct (one word, `in a
  // statement`) does not.
  Annotated condition(
      "Shops reopened on Monday.\n\nRuth Gale said, if elected, she would cut the fees. Tom Hale says, win or lose in "
      "the vote, he's staying on the council.");
  EXPECT_EQ(quote_texts(condition), (std::vector<std::string>{"if elected, she would cut the fees",
                                                              "win or lose in the vote, he's staying on the council"}));
  Annotated adjunct(
      "Shops reopened on Monday.\n\nRuth Gale said, however, the plan would fail. Tom Hale said, in a statement, the "
      "council must pay.");
  EXPECT_EQ(quote_texts(adjunct), (std::vector<std::string>{"the plan would fail", "the council must pay"}));
  // No report after a participle or a cue before its source, nor without a subject and its verb.
  const char* none[] = {
      "Shops reopened on Monday.\n\nRuth Gale said, citing a survey, the plan would fail.",
      "Shops reopened on Monday.\n\nRuth Gale said, as expected, nothing.",
  };
  for (const char* text : none) {
    Annotated t(text);
    EXPECT_TRUE(quote_texts(t).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(t));
  }
}

TEST(QuoteSpans, AReportCoordinatedWithAQuotedOneIsAReportOfItsOwn) {
  // Rule A861: `X said A and that B "Q"`: the first complement, in no marks, is a report of
  // its own; the quoted words of the second are the quote (the cue attributed them).
  Annotated quoted(
      "Shops reopened on Monday.\n\nRuth Gale said the council had made several changes and that the new rules were "
      "\"the best the town has seen in years.\"");
  EXPECT_EQ(quote_texts(quoted), (std::vector<std::string>{"the council had made several changes",
                                                           "the best the town has seen in years."}));
  // Without marks the coordinated complements stay one report; a short fragment leaves it whole.
  Annotated plain("Shops reopened on Monday.\n\nRuth Gale said the council had made several changes and that fees would fall.");
  EXPECT_EQ(quote_texts(plain), (std::vector<std::string>{"the council had made several changes and that fees would fall"}));
  Annotated fragment(
      "Shops reopened on Monday.\n\nRuth Gale said the council had made several changes and that fees were \"unfair\".");
  EXPECT_EQ(quote_texts(fragment),
            (std::vector<std::string>{"the council had made several changes and that fees were \"unfair\""}));
}

TEST(QuoteSpans, AReportInsideARelativeClauseEndsWhereTheMainPredicateResumes) {
  // Rule A862: `X, who says CLAUSE, could lose ...`: the report ends at the comma before the
  // main clause's auxiliary (after an adverb too); an apposition inside the report, or a
  // report not inside a relative clause, goes on.
  Annotated relative(
      "Shops reopened on Monday.\n\nRuth Gale, who says the council is wrong, could lose her seat. Tom Hale, who said "
      "he would vote for the plan, ultimately did not attend.");
  EXPECT_EQ(quote_texts(relative), (std::vector<std::string>{"the council is wrong", "he would vote for the plan"}));
  Annotated main("Shops reopened on Monday.\n\nRuth Gale said the council is wrong, and would fight the plan.");
  EXPECT_EQ(quote_texts(main), (std::vector<std::string>{"the council is wrong, and would fight the plan"}));
}

TEST(QuoteSpans, AnOpeningDoubleMarkInsideAQuoteFollowedByTwoClosingMarksNestsAQuotation) {
  // Rule A980: inside an open double quote, an opening double mark whose next two double
  // marks both close sets a quotation inside it; the second closing mark ends the outer quote.
  const char* texts[][2] = {
      {"Jane Roe, the head of the group, tweeted: \u201CFans behind the coach holding \u201CSack The Board\u201D banners "
       "at the game in Millbrook. Awkward.\u201D\n\nThe coach did not reply.",
       "Fans behind the coach holding \u201CSack The Board\u201D banners at the game in Millbrook. Awkward."},
      {"John Doe, who has many followers, tweeted, \"Hearing that the driver shouted \"Get out now!\" as he sped past "
       "the market.\" The post was later deleted.",
       "Hearing that the driver shouted \"Get out now!\" as he sped past the market."},
      {"\u201CThe idea that the bridge \u201Cis about the river and whether it will flood\u201D shows that he has "
       "no plan,\u201D wrote John Doe, the chair of the board.",
       "The idea that the bridge \u201Cis about the river and whether it will flood\u201D shows that he has no plan"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const Quote* q = quote_spelled(t, c[1]);
    ASSERT_NE(q, nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
    EXPECT_EQ(q->kind, Quote::Kind::Direct);
    EXPECT_GE(q->speaker, 0) << c[0];
  }
  // A quote that lost its closing mark still ends at the next opening mark when a mark that
  // opens follows: `“A ... “B ...” X said. “C ...”` is no nesting.
  Annotated open(
      "Jane Roe said \u201Cthe plan is dead. John Doe said \u201Cit is alive\u201D on Monday. \u201CWe will see,\u201D "
      "he added.");
  for (const auto& s : quote_texts(open)) EXPECT_EQ(s.find("it is alive\u201D on Monday. \u201CWe"), std::string::npos) << s;
  EXPECT_NE(quote_spelled(open, "We will see"), nullptr) << ::testing::PrintToString(quote_texts(open));
  // The copy's doubled mark around a paragraph (`"“Q,” X said ..."`) nests nothing: the
  // inner quote keeps its speaker and no quote runs over the whole paragraph.
  Annotated doubled(
      "The coach spoke on Monday.\n\n\"\u201CYou don\u2019t win a cup by how many goals you score,\u201D Jane Roe responded "
      "before adding that her side will have to score some goals in April.\"\n\nThe final is on Tuesday.");
  const Quote* q = quote_spelled(doubled, "You don\u2019t win a cup by how many goals you score");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(doubled));
  EXPECT_EQ(doubled.name(q->speaker), "Jane Roe");
  for (const auto& s : quote_texts(doubled)) EXPECT_EQ(s.find("\u201CYou don"), std::string::npos) << s;
}

TEST(QuoteSpans, OneOrTwoWordsInMarksEndingOnAnExclamationOrQuestionMarkAreAnUtterance) {
  // Rule A981: one or two words in marks with no named source are scare quotes unless they
  // end on `!` or `?`: a cry, a chant or a question, kept whoever said it.
  const char* texts[][2] = {
      {"The coach thanked the fans and said she was happy to be back. A boy yelled \u201CCome on!\u201D\n\nCheers "
       "followed.",
       "Come on!"},
      {"Fans waved their scarves after the final whistle. Some chanted \u201CRovers! Rovers!\u201D\n\nMany "
       "stayed.",
       "Rovers! Rovers!"},
      {"Students walking past the town hall chanted \"Which budget?\" and moved on.", "Which budget?"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    const Quote* q = quote_spelled(t, c[1]);
    ASSERT_NE(q, nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
    EXPECT_EQ(q->kind, Quote::Kind::Direct);
  }
  // Still scare quotes: one or two words with no named source and no `!` or `?`.
  const char* scare[][2] = {
      {"The city council called the plan a \"quiet revolution\" on Monday.", "quiet revolution"},
      {"Critics of the budget say the \"rainy day\" fund is too small.", "rainy day"},
  };
  for (const auto& c : scare) {
    Annotated t(c[0]);
    EXPECT_EQ(quote_spelled(t, c[1]), nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
}

TEST(QuoteSpans, AShowNamedForItsHostWithALowerCasePrepositionIsATitle) {
  // Rule A982: title case leaves a preposition in lower case whatever its length, between
  // two capitalised words (`The Lead with Jane Roe`): the programme placed by `on` or a
  // possessive is a title, and the report beside it is the quote.
  const char* texts[][3] = {
      {"Jane Roe appeared on \"The Night Desk with John Doe\" on Tuesday and said she would run again.",
       "The Night Desk with John Doe", "she would run again"},
      {"In an interview on CNN\u2019s \u201CThe Briefing with Jane Roe,\u201D John Doe said the plan would fail.",
       "The Briefing with Jane Roe", "the plan would fail"},
  };
  for (const auto& c : texts) {
    Annotated t(c[0]);
    EXPECT_EQ(quote_spelled(t, c[1]), nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
    EXPECT_NE(quote_spelled(t, c[2]), nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  // A clause is no title: `with` before a lower-case word stays a word of speech.
  Annotated clause(
      "Tom Smith\u2019s club motto is \u201CI\u2019m with you.\u201D But now he hopes the fans will see that he "
      "means it.");
  EXPECT_NE(quote_spelled(clause, "I\u2019m with you."), nullptr) << ::testing::PrintToString(quote_texts(clause));
}

TEST(QuoteSpans, ATitleKeepsAPrepositionInLowerCase) {
  // Rule A970: title case allows a preposition of four letters or more in lower case
  // (word list speaker_phrase_prepositions) in words that are no clause, so a programme's
  // name in marks after a possessive, `host of` or `on` is a title, not speech, as `Face
  // the Nation` is; a clause stays speech (`I'm with you`, rule A540's slogan).
  const char* titles[][2] = {
      {"\"The plan is dead,\" Jane Roe said on the network's \"Morning Talk with John Doe.\"", "Morning Talk with John Doe."},
      {"John Doe is now the host of \"The Late Desk with Jane Roe.\" He began in May.", "The Late Desk with Jane Roe."},
      {"In an interview with the channel's \"Sunday Desk with Jane Roe,\" John Doe said the bill would pass.",
       "Sunday Desk with Jane Roe"},
      {"John Doe appeared on \"Tonight from London\" and said the bill would pass.", "Tonight from London"},
  };
  for (const auto& c : titles) {
    Annotated t(c[0]);
    EXPECT_EQ(quote_spelled(t, c[1]), nullptr) << c[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  Annotated c(titles[2][0]);
  EXPECT_NE(quote_spelled(c, "the bill would pass"), nullptr) << ::testing::PrintToString(quote_texts(c));
  // Speech in marks stays speech, in title case or not.
  const char* speech[][2] = {
      {"\"Come with me,\" Jane Roe said.", "Come with me"},
      {"Jane Roe said on Monday: \"Stand with Us.\"", "Stand with Us."},
      {"Jane Roe said, \"We Stand with You.\"", "We Stand with You."},
      {"Jane Roe spoke on \"Morning Desk.\" Her new campaign slogan is \"I'm with you.\"", "I'm with you."},
  };
  for (const auto& s : speech) {
    Annotated t(s[0]);
    EXPECT_NE(quote_spelled(t, s[1]), nullptr) << s[0] << " -> " << ::testing::PrintToString(quote_texts(t));
  }
}

// Rule A1032: one or two words in marks ending on `!` or `?` right after a determiner and a
// lower-case noun are a name in apposition (a magazine's, a show's), not an utterance; after
// a verb they are still one.
TEST(QuoteSpans, AnExclamationInMarksAfterADeterminerAndANounIsAName) {
  for (const char* text : {"The magazine \"Wow!\" paid for the pictures of the wedding.",
                           "She won a car on the quiz \"Who Knew?\" last year."}) {
    Annotated t(text);
    EXPECT_TRUE(quote_texts(t).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(t));
  }
  Annotated cry("The crowd waited in the square for hours. A woman yelled \"Go home!\" and left.");
  const Quote* q = quote_spelled(cry, "Go home!");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(cry));
  EXPECT_EQ(q->kind, Quote::Kind::Direct);
}

// A label in marks after `characterized` and its object is the subject's words (GUIDELINES:
// scare quotes with a source named in the sentence; rule A1085, speech_verbs.json labelling
// verbs beside `described`). At 62fb07b the verb was no cue and the one- and two-word
// labels were dropped as scare quotes with no source.
TEST(QuoteSpans, ALabelAfterCharacterizedIsTheSubjectsWords) {
  const struct {
    const char* text;
    const char* words;
  } cases[] = {
      {"Jane Roe characterized the plan as \"reckless.\"", "reckless."},
      {"Jane Roe characterized herself as a \"change warrior\" at rallies.", "change warrior"},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    const Quote* q = quote_spelled(t, c.words);
    ASSERT_NE(q, nullptr) << c.text << " -> " << ::testing::PrintToString(quote_texts(t));
    EXPECT_EQ(q->kind, Quote::Kind::Direct) << c.text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << c.text;
  }
  // Words in marks with no labelling verb stay scare quotes with no source.
  Annotated scare("The \"change warrior\" slogan was printed on every leaflet in Fernby.");
  EXPECT_TRUE(quote_texts(scare).empty()) << ::testing::PrintToString(quote_texts(scare));
}

// A labelling verb in the passive after a reporting verb (rule A1086): the report is the
// earlier verb's, the quoted words inside it (a partial quote's clause), not a label the
// passive's subject gives.
TEST(QuoteSpans, APassiveLabellingVerbInsideAReportLeavesTheReport) {
  Annotated t("Earlier, Jane Roe had said the council's rule had been characterised by \"waste and failure to deliver\".");
  const Quote* clause = quote_spelled(t, "the council's rule had been characterised by \"waste and failure to deliver\"");
  ASSERT_NE(clause, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(t.name(clause->speaker), "Jane Roe");
  EXPECT_EQ(clause->cue, "said");
  const Quote* words = quote_spelled(t, "waste and failure to deliver");
  ASSERT_NE(words, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(t.name(words->speaker), "Jane Roe");
}

// A relative word with a capitalised subject of its own after it is the verb's object
// (rule A1087): `Tom Smith — whom Mr. Roe described as a "bully"` is Roe's label, not
// an apposition on Tom Smith (62fb07b gave the label to Tom Smith).
TEST(QuoteSpans, AnObjectRelativesOwnSubjectSpeaksTheLabel) {
  Annotated t(
      "Fernby blames the ally of Acme, Harbury President Tom Smith — whom Mr. Roe described as a \"bully\" on "
      "Friday.");
  const Quote* q = quote_spelled(t, "bully");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(t.name(q->speaker), "Roe");
  // A subject relative after the dash still speaks for the name before it.
  Annotated who("Harbury President Tom Smith — who chairs the board — described the plan as a \"grave error\".");
  const Quote* w = quote_spelled(who, "grave error");
  ASSERT_NE(w, nullptr) << ::testing::PrintToString(quote_texts(who));
  EXPECT_EQ(who.name(w->speaker), "Tom Smith");
}

// A labelling verb in the passive with a named `by`-agent is the agent's label, inside
// another's report too (rule A1038: main at fb90815 gave Jane Roe, 8aa6fb6 no speaker); the
// report around a passive labelling verb ends at a coordinated clause (rule A1039: `, and`
// then a new subject), where `, and that` goes on with it.
TEST(QuoteSpans, APassiveLabelsByAgentAndACoordinatedClauseEndTheReport) {
  const char* agent_cases[] = {
      "Jane Roe said the ferry fares had doubled, and the levy was described by Tom Smith as \"a tax on islanders\".",
      "Jane Roe said the levy was described by Tom Smith as \"a tax on islanders\".",
      "The levy was branded by Tom Smith as \"a tax on islanders\" at the meeting in Fernby.",
  };
  for (const char* text : agent_cases) {
    Annotated t(text);
    const Quote* q = quote_spelled(t, "a tax on islanders");
    ASSERT_NE(q, nullptr) << text << " -> " << ::testing::PrintToString(quote_texts(t));
    EXPECT_EQ(t.name(q->speaker), "Tom Smith") << text;
  }
  // No agent, the report ended by `, and` and a new subject: not Jane Roe's report.
  Annotated ended("Jane Roe said fares rose, and the levy was called \"a tax on islanders\".");
  const Quote* e = quote_spelled(ended, "a tax on islanders");
  ASSERT_NE(e, nullptr) << ::testing::PrintToString(quote_texts(ended));
  EXPECT_NE(ended.name(e->speaker), "Jane Roe");
  // `, and that` goes on with the report: still hers.
  Annotated goes_on("Jane Roe said that fares rose, and that the levy was called \"a tax on islanders\".");
  const Quote* g = quote_spelled(goes_on, "a tax on islanders");
  ASSERT_NE(g, nullptr) << ::testing::PrintToString(quote_texts(goes_on));
  EXPECT_EQ(goes_on.name(g->speaker), "Jane Roe");
}

// Rule A1038's agent gives only the label right after it: words in marks later in the
// sentence (here a name) are no label of the agent's, nor is the next paragraph's quote its
// continuation (without the bound both went to the Fernby Party).
TEST(QuoteSpans, APassiveLabelsAgentGivesOnlyTheLabelRightAfterIt) {
  Annotated t(
      "The ballot was called by the Fernby Party so that the board would pass its \"Harbour Charter.\" \"Safe "
      "harbours for all!\" read the posters.");
  for (const Quote& q : t.a.quotes) EXPECT_NE(t.name(q.speaker), "Fernby Party") << ::testing::PrintToString(quote_texts(t));
}

// Row A1044 (review2 finding 7): the `, and` that closes a list of noun phrases is no clause
// break: the passive label stays in the report and keeps its speaker.
TEST(QuoteSpans, AListsFinalAndDoesNotEndTheReport) {
  Annotated t("Jane Roe said the rents, the fares, and the levy were described as \"a tax on islanders\".");
  const Quote* q = quote_spelled(t, "a tax on islanders");
  ASSERT_NE(q, nullptr) << ::testing::PrintToString(quote_texts(t));
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  // Clauses in the list (a verb between the commas): the `, and` still ends the report.
  Annotated clauses("Jane Roe said fares rose, the ferry was late, and the levy was called \"a tax on islanders\".");
  const Quote* c = quote_spelled(clauses, "a tax on islanders");
  ASSERT_NE(c, nullptr) << ::testing::PrintToString(quote_texts(clauses));
  EXPECT_NE(clauses.name(c->speaker), "Jane Roe");
}
