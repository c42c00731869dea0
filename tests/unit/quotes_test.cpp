#include "pipeline_fixture.hpp"
#include "gazette/explain.hpp"

#include <algorithm>
#include <span>

using namespace gazette;
using gazette::testing::Annotated;

namespace {
struct Case {
  const char* text;
  const char* quote;     // expected quote text
  const char* speaker;   // expected speaker canonical name, "(none)" for unknown
  Quote::Kind kind;
};

// Each case's text has a quote spelled `quote`, and every such quote has `speaker` and `kind`.
void expect_attributed(std::span<const Case> cases) {
  for (const auto& c : cases) {
    Annotated t(c.text);
    bool found = false;
    for (const auto& q : t.a.quotes) {
      if (t.a.text(q.span) != c.quote) continue;
      found = true;
      EXPECT_EQ(t.name(q.speaker), c.speaker) << c.text << " (rule " << q.rule << ")";
      EXPECT_EQ(q.kind, c.kind) << c.text;
    }
    std::vector<std::string> got;
    for (const auto& q : t.a.quotes) got.emplace_back(t.a.text(q.span));
    EXPECT_TRUE(found) << c.text << " -> quotes: " << ::testing::PrintToString(got);
  }
}
}  // namespace

TEST(Quotes, AttributionPatterns) {
  const Case cases[] = {
      // "Q," X said
      {"Sergei Lavrov arrived.\n\n\"We are ready,\" Lavrov said.", "We are ready", "Sergei Lavrov", Quote::Kind::Direct},
      // "Q," said X
      {"\"The talks were useful,\" said Rex Tillerson.", "The talks were useful", "Rex Tillerson", Quote::Kind::Direct},
      // X said: "Q"
      {"Vladimir Putin said: \"Trust has eroded.\"", "Trust has eroded.", "Vladimir Putin", Quote::Kind::Direct},
      // curly quotes, pronoun speaker
      {"Rex Tillerson spoke first. \xE2\x80\x9CIt is a low point,\xE2\x80\x9D he said.", "It is a low point", "Rex Tillerson", Quote::Kind::Direct},
      // headline colon with single quotes
      {"Smith: 'There is a thin store of goodwill'\n\nTom Smith arrived in Moscow.", "There is a thin store of goodwill", "Tom Smith", Quote::Kind::Direct},
      // headline colon, a space after the opening mark
      {"Doe: ' We both want the ferry to run'\n\nJohn Doe arrived in Moscow.", "We both want the ferry to run", "John Doe", Quote::Kind::Direct},
      // pull quote without marks: words, a dash, the person and a role
      {"Tom Smith spoke in Moscow.\n\nThe mood in the room has not lifted at all. \xE2\x80\x94 Tom Smith, Russia's envoy\n\nTalks went on.",
       "The mood in the room has not lifted at all.", "Tom Smith", Quote::Kind::Direct},
      // indirect speech
      {"Vladimir Putin said trust had eroded between the two countries.", "trust had eroded between the two countries", "Vladimir Putin", Quote::Kind::Indirect},
      {"Sergei Lavrov told reporters that the strike was illegal.", "the strike was illegal", "Sergei Lavrov", Quote::Kind::Indirect},
      // a statement noun as the verb's object; the speaker's next predicate ends the clause
      {"John Doe repeated the club's position that the coach must step aside, but seemed to lower his voice.",
       "the coach must step aside", "John Doe", Quote::Kind::Indirect},
      {"Sergei Lavrov said the strike was illegal, and added nothing.", "the strike was illegal", "Sergei Lavrov", Quote::Kind::Indirect},
      // according to X, Q
      {"According to the Kremlin, the talks were frank.", "the talks were frank", "Kremlin", Quote::Kind::Indirect},
      // role phrase resolves through the document's roles
      {"Russian Foreign Minister Sergei Lavrov met the press. \"We will respond,\" the foreign minister said.", "We will respond", "Sergei Lavrov", Quote::Kind::Direct},
      // unnamed officials speak for their state
      {"\"No agreement was reached,\" Russian officials said.", "No agreement was reached", "Russia", Quote::Kind::Direct},
      // a partial quote of three words or fewer belongs to the reported clause, which
      // quotes words, so is direct (quote_spans_test.cpp)
      {"John Doe said the town wanted to learn the 'true aims' of the county board.",
       "the town wanted to learn the 'true aims' of the county board", "John Doe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, SplitQuoteAndContinuationKeepTheSpeaker) {
  Annotated t("Tom Smith spoke in Leeds.\n\n\"The bridge may open, and it may not open,\" he said. "
              "\"It could go the other way.\"");
  ASSERT_EQ(t.a.quotes.size(), 2u);
  EXPECT_EQ(t.name(t.a.quotes[0].speaker), "Tom Smith");
  EXPECT_EQ(t.name(t.a.quotes[1].speaker), "Tom Smith");
  EXPECT_EQ(t.a.quotes[1].rule, "continuation");
}

TEST(Quotes, QuoteOverTwoSentences) {
  Annotated t("\"They were there. They knew,\" Mr. Trump said.");
  ASSERT_EQ(t.a.quotes.size(), 1u);
  EXPECT_EQ(t.a.text(t.a.quotes[0].span), "They were there. They knew");
}

TEST(Quotes, ADashBeforeANameIsAPullQuoteOnlyWithoutASpeechVerb) {
  Annotated t("Vladimir Putin spoke.\n\nThe talks were held in a frank manner, officials said \xE2\x80\x94 Vladimir Putin\n\nEnd.");
  for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "pull-quote") << t.a.text(q.span);
}

TEST(Quotes, ScareQuotesWithoutASourceAreNotQuotes) {
  Annotated t("The so-called \"deal\" collapsed on Friday.");
  EXPECT_TRUE(t.a.quotes.empty());
}

TEST(Quotes, AboutNamesTheEntitiesAndWeMeansTheSpeakersCountry) {
  Annotated t("U.S. Secretary of State Tom Smith arrived.\n\n\"Our two nations differ over Syria,\" Smith said.");
  ASSERT_FALSE(t.a.quotes.empty());
  std::vector<std::string> about;
  for (auto e : t.a.quotes.back().about) about.push_back(t.name(e));
  EXPECT_NE(std::find(about.begin(), about.end(), "Syria"), about.end());
  EXPECT_NE(std::find(about.begin(), about.end(), "United States"), about.end());
  EXPECT_TRUE(t.has_relation("Tom Smith", "SAID_ABOUT", "Syria"));
}

namespace {
// The about list of the quote spelled `words` (which must exist, with a speaker) in `text`
// holds `name` (rows 18.280, 18.424).
bool about_has(const char* text, std::string_view words, std::string_view name) {
  Annotated t(text);
  const auto q = std::find_if(t.a.quotes.begin(), t.a.quotes.end(), [&](const Quote& x) { return t.a.text(x.span) == words; });
  EXPECT_NE(q, t.a.quotes.end()) << text;
  if (q == t.a.quotes.end()) return false;
  EXPECT_GE(q->speaker, 0) << text;
  return std::any_of(q->about.begin(), q->about.end(), [&](std::int32_t e) { return t.name(e) == name; });
}
}  // namespace

// Row 18.280: a quoted fragment set inside a judging report is about the names of its own
// phrase, between the cue and the fragment; not a passive's agent, not a name in an agent's
// phrase, an apposition or a relative clause, not a name in another speaker's judgement,
// nothing after a cue that judges nothing and reports no speech (row 18.424 reads those).
TEST(Quotes, AJudgedFragmentIsAboutTheNamesOfItsPhrase) {
  EXPECT_TRUE(about_has("Mary Stone spoke in Leeds.\n\nStone described Acme Corporation's new plan as \"plainly reckless\".",
                        "plainly reckless", "Acme Corporation"));
  EXPECT_TRUE(about_has("Senator Peter Gray spoke on Monday.\n\nGray accused Jane Roe of \"cheating\" voters.", "cheating", "Jane Roe"));
  EXPECT_TRUE(about_has("Senator Tom Holt spoke on Monday.\n\nHolt was calling the turnout in Ohio \"remarkable\".", "remarkable", "Ohio"));
  // a passive: the agent speaks; a name in an agent's phrase
  EXPECT_FALSE(about_has("The blue kettle, priced at £40 in shops, was described by Paul Jones as the \"finest kettle\" sold by Acme.",
                         "finest kettle", "Paul Jones"));
  EXPECT_FALSE(about_has("Tom Holt spoke on Monday.\n\nHolt described the yearly survey, run by the Acme Polling Company, as \"a mess\".",
                         "a mess", "Acme Polling Company"));
  // an apposition to the one judged, a relative clause
  EXPECT_FALSE(about_has("Tom Holt spoke on Monday.\n\nHolt accused Jane Roe, the mayor from Ohio, of being \"far too timid\".",
                         "far too timid", "Ohio"));
  EXPECT_FALSE(about_has("Tom Holt spoke on Monday.\n\nHolt criticized older voters who back Jane Roe as \"badly misled\".",
                         "badly misled", "Jane Roe"));
  // a cue that judges nothing but is a verb of speech: row 18.424 (the clause it reports)
  EXPECT_TRUE(about_has("Tom Holt spoke on Monday.\n\nHolt repeated the usual slogans and spoke of Acme Corporation's \"common cause\".",
                        "common cause", "Acme Corporation"));
}

// Row 18.424: a partial quote of any length that completes the clause a verb of speech
// reports is about the names of that clause before its opening mark; after a cue that takes a
// hearer, a `that` opens the clause (the hearer's phrase before it names no topic), but not a
// relative `that` after an -ing form. Fails on the base (three words at most, judging cues only).
TEST(Quotes, APartialQuoteCompletingAReportedClauseIsAboutItsNames) {
  EXPECT_TRUE(about_has("Tom Smith spoke on Monday.\n\nSmith said Acme Corporation \"has let the whole town down again\".",
                        "has let the whole town down again", "Acme Corporation"));
  EXPECT_TRUE(about_has("Tom Smith spoke on Monday.\n\nSmith said that Acme Corporation had \"let the whole town down again\".",
                        "let the whole town down again", "Acme Corporation"));
  EXPECT_TRUE(about_has("Tom Smith spoke on Monday.\n\nSmith told reporters that Acme Corporation had \"let the whole town down\".",
                        "let the whole town down", "Acme Corporation"));
  EXPECT_FALSE(about_has("Tom Smith spoke on Monday.\n\nSmith told the staff of Acme Corporation that the pay rise was \"far too low "
                         "for anyone\".",
                         "far too low for anyone", "Acme Corporation"));
  EXPECT_TRUE(about_has("Tom Smith spoke on Monday.\n\nSmith accused Acme Corporation of using methods that \"nobody in the town "
                        "could accept\".",
                        "nobody in the town could accept", "Acme Corporation"));
  // a place phrase right after the cue, a name that qualifies a person noun, an abbreviation
  // that ends the sentence before a quote of its own
  EXPECT_FALSE(about_has("Tom Smith spoke on Monday.\n\nSmith said at an Acme Corporation rally \"nobody in the town could "
                         "accept it\".",
                         "nobody in the town could accept it", "Acme Corporation"));
  EXPECT_FALSE(about_has("Tom Smith spoke on Monday.\n\nSmith said the Labour candidate \"would never win the seat\".",
                         "would never win the seat", "Labour Party"));
  EXPECT_FALSE(about_has("Tom Smith spoke on Monday.\n\nSmith told reporters in Kestby, N.Y. \"nobody in the town could accept "
                         "it\".",
                         "nobody in the town could accept it", "New York State"));
}

TEST(Quotes, UnbalancedMarksDoNotSwallowTheDocument) {
  Annotated t("\"This opens and never closes. Lavrov said nothing.\n\nA new paragraph about Syria, Putin said.");
  for (const auto& q : t.a.quotes) EXPECT_LT(q.span.end, t.doc.text.find("A new paragraph"));
}

TEST(Quotes, AVerbatimRepeatIsOneQuote) {
  Annotated t("\"We are ready,\" Lavrov said.\n\nLater: \"We are ready,\" Lavrov said again.");
  std::size_t n = 0;
  for (const auto& q : t.a.quotes) n += t.a.text(q.span) == "We are ready";
  EXPECT_EQ(n, 1u);
}

TEST(Quotes, ResolvedSpeakersBecomeMentionsThatSayWhereTheyCameFrom) {
  Annotated t("Rex Tillerson spoke first.\n\n\"It is a low point,\" he said.");
  const Entity* e = t.entity("Rex Tillerson");
  ASSERT_NE(e, nullptr);
  ASSERT_EQ(e->mentions.size(), 2u);
  const Mention& he = t.a.mentions[e->mentions[1]];
  EXPECT_EQ(t.a.text(he.span), "he");
  EXPECT_EQ(he.resolved_from, "he");
  EXPECT_EQ(he.source.rule, "coreference");
}

// Former bugs.
TEST(Quotes, PronounChainsDoNotRecurseForever) {
  // A role-phrase subject whose resolution meets another pronoun, sentence after sentence.
  std::string text = "The minister said he would go. ";
  for (int i = 0; i < 50; ++i) text += "The official said he agreed. He said he would stay. ";
  Annotated t(text);
  EXPECT_FALSE(t.a.quotes.empty());
}

// Light coreference (resolution issue): each role phrase resolves to the one entity the
// document gives that role, and the quote records the phrase (as written) it was resolved from.
TEST(Quotes, RolePhrasesResolveToTheHolderAndRecordTheirSurface) {
  struct Case { const char* text; const char* speaker; const char* from; };
  const Case cases[] = {
      {"President Donald Trump arrived in Ohio on Monday. \"We will win,\" the president said.",
       "Donald Trump", "the president"},
      {"Russian Foreign Minister Sergei Lavrov met reporters in Geneva. The Russian foreign minister said the talks had failed.",
       "Sergei Lavrov", "The Russian foreign minister"},
      {"U.S. President Barack Obama flew to Berlin on Tuesday. The U.S. president said the alliance was strong.",
       "Barack Obama", "The U.S. president"},
      {"Secretary of State Rex Tillerson landed in Moscow. \"We disagree,\" America's top diplomat said.",
       "Rex Tillerson", "America's top diplomat"},
      {"State Department official Helen Marsh spoke on Friday. The official said no decision had been made.",
       "Helen Marsh", "The official"},
      {"Spokeswoman Helen Marsh spoke on Friday. The spokeswoman said no decision had been made.",
       "Helen Marsh", "The spokeswoman"},
  };
  for (const auto& c : cases) {
    Annotated x(c.text);
    ASSERT_FALSE(x.a.quotes.empty()) << c.text;
    const Quote& q = x.a.quotes.back();
    EXPECT_EQ(x.name(q.speaker), c.speaker) << c.text;
    EXPECT_EQ(q.speaker_from, c.from) << c.text;
  }
}

TEST(Quotes, FlattenedQuoteOverParagraphsIsOneQuoteAParagraphWithItsSpeaker) {
  // Straight marks only, no paragraph breaks; the opening mark repeated, no closing one
  // until the end. The pairs after it must not turn inside out.
  Annotated t("Union leader Jane Roe said: \"Nobody should lose a job for this. \"Workers need the protection of the law.\" "
              "Ms Roe, who said the \"problem is growing every year\", called for a new law. John Doe said: \"It is a fair point.\"");
  std::vector<std::string> got;
  for (const auto& q : t.a.quotes)
    if (q.kind == Quote::Kind::Direct) got.emplace_back(t.a.text(q.span));
  EXPECT_EQ(got, (std::vector<std::string>{"Nobody should lose a job for this.", "Workers need the protection of the law.",
                                           "problem is growing every year", "It is a fair point."}));
  for (const auto& q : t.a.quotes) {
    if (t.a.text(q.span) == "Workers need the protection of the law.") {
      EXPECT_EQ(t.name(q.speaker), "Jane Roe") << q.rule;
    }
    if (t.a.text(q.span) == "It is a fair point.") {
      EXPECT_EQ(t.name(q.speaker), "John Doe") << q.rule;
    }
  }
}

TEST(Quotes, AnOpeningMarkWhileAQuoteIsOpenEndsTheEarlierQuote) {
  // The first quote lost its closing mark; the next opening mark does not pair inside out.
  Annotated t("Jane Roe said \"we will not wait for the new law and \"nobody can stop us now,\" she added.");
  std::vector<std::string> got;
  for (const auto& q : t.a.quotes)
    if (q.kind == Quote::Kind::Direct) got.emplace_back(t.a.text(q.span));
  EXPECT_EQ(got, (std::vector<std::string>{"we will not wait for the new law and", "nobody can stop us now"}));
}

TEST(Quotes, TheSubjectBeforeAnAppositionOrRelativeClauseSpeaks) {
  const Case cases[] = {
      // an apposition naming a body: the person speaks, not the body
      {"John Bloggs, the chairman of the Confederation of British Industry, said the plan would work.",
       "the plan would work", "John Bloggs", Quote::Kind::Indirect},
      // a relative clause between the subject and the verb
      {"Jane Roe, who founded the company in 1990, said: \"We will not sell it to anyone.\"",
       "We will not sell it to anyone.", "Jane Roe", Quote::Kind::Direct},
      // an apposition with a relative clause of its own
      {"John Bloggs, editor of the Hazards magazine, which ran the survey, said: \"The figures are far worse.\"",
       "The figures are far worse.", "John Bloggs", Quote::Kind::Direct},
      // an apposition between dashes
      {"John Bloggs -- editor of the Hazards magazine, which ran the survey -- said: \"The figures are far worse.\"",
       "The figures are far worse.", "John Bloggs", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AnAttributionAfterAQuestionMarkBelongsToTheQuote) {
  Annotated t("John Bloggs spoke in Leeds. Jane Roe spoke next.\n\n\"Does anybody know what the plan is?\" John Bloggs asked. "
              "\"Nobody does.\"");
  bool found = false;
  for (const auto& q : t.a.quotes) {
    if (t.a.text(q.span) != "Does anybody know what the plan is?") continue;
    found = true;
    EXPECT_EQ(t.name(q.speaker), "John Bloggs") << q.rule;
    EXPECT_EQ(q.rule, "after-np-verb");
  }
  EXPECT_TRUE(found);
  // A sentence after the quote that is not short stays its own sentence.
  Annotated u("\"Is this the end?\" The committee met again on Monday and John Bloggs said nothing at all about it.");
  for (const auto& q : u.a.quotes) {
    if (u.a.text(q.span) == "Is this the end?") {
      EXPECT_NE(q.rule, "after-np-verb");
    }
  }
}

TEST(Quotes, MannerOfSpeakingVerbsAttribute) {
  for (const char* text : {"\"We will win this fight,\" Jane Roe exclaimed.", "\"Go back to your seat now,\" Jane Roe barked.",
                           "\"Nobody ever listens to us,\" Jane Roe lamented."}) {
    Annotated t(text);
    ASSERT_FALSE(t.a.quotes.empty()) << text;
    EXPECT_EQ(t.name(t.a.quotes[0].speaker), "Jane Roe") << text << " (rule " << t.a.quotes[0].rule << ")";
  }
}

namespace {
// The speaker of the quote with text `quote` in `text`, "(no quote)" when there is none.
std::string speaker_of(const char* text, const char* quote, std::string* rule = nullptr) {
  Annotated t(text);
  for (const auto& q : t.a.quotes)
    if (t.a.text(q.span) == quote) {
      if (rule) *rule = q.rule;
      return t.name(q.speaker);
    }
  return "(no quote)";
}
}  // namespace

TEST(Quotes, TheSubjectThroughTitlesParentheticalsAndAppositions) {
  // a title and a place before the apposition
  EXPECT_EQ(speaker_of("Rep. Jane Roe of Ohio, an ally of the party leadership, said the vote would be close.",
                       "the vote would be close"),
            "Jane Roe");
  // a parenthetical, then an apposition
  EXPECT_EQ(speaker_of("Sen. John Bloggs (R-Ohio), one of the few authors still in office, said he remembers the night well.",
                       "he remembers the night well"),
            "John Bloggs");
  // a parenthetical right before the verb
  EXPECT_EQ(speaker_of("Jane Roe (R-Ohio) told reporters that the hearing was over.", "the hearing was over"), "Jane Roe");
  // a person inside a lower-case apposition is not the speaker
  EXPECT_EQ(speaker_of("\"We will keep the plant open,\" John Bloggs, a former Smith aide, said.", "We will keep the plant open"),
            "John Bloggs");
  // a verb coordinated by "but", with an auxiliary
  EXPECT_EQ(speaker_of("Jane Roe has disputed both claims, but has said that her staff made mistakes.", "her staff made mistakes"),
            "Jane Roe");
  // inverted order before the quote
  EXPECT_EQ(speaker_of("Because of the schedule, explained Jane Roe, \"there is no way to finish on time.\"",
                       "there is no way to finish on time."),
            "Jane Roe");
}

TEST(Quotes, AQuoteParagraphAfterAColonBelongsToThePreviousSpeechVerb) {
  std::string rule;
  EXPECT_EQ(speaker_of("Jane Roe continued:\n\n\"The questions asked tonight show why people do not trust the media.\"",
                       "The questions asked tonight show why people do not trust the media.", &rule),
            "Jane Roe");
  EXPECT_EQ(rule, "before-cue-paragraph");
  // without the colon the paragraph is not attributed that way
  speaker_of("Jane Roe continued.\n\n\"The questions asked tonight show why people do not trust the media.\"",
             "The questions asked tonight show why people do not trust the media.", &rule);
  EXPECT_NE(rule, "before-cue-paragraph");
}

TEST(Quotes, SurnamesItAndPremodifiedSubjectsResolve) {
  // a bare surname of a person named in full earlier
  EXPECT_EQ(speaker_of("Campaign manager Jane Roe spoke on Monday. Roe said the campaign would go on.", "the campaign would go on"),
            "Jane Roe");
  // a surname two people share stays unknown
  EXPECT_EQ(speaker_of("Jane Roe and Richard Roe spoke on Monday. Roe said the campaign would go on.", "the campaign would go on"),
            "(none)");
  // `it` after an organisation that opened the sentence before
  EXPECT_EQ(speaker_of("Amnesty International published a report on Monday. It said the prisons were overcrowded.",
                       "the prisons were overcrowded"),
            "Amnesty International");
  // `it` with no organisation as subject nearby stays unknown
  EXPECT_EQ(speaker_of("The weather was bad on Monday. It said the prisons were overcrowded.", "the prisons were overcrowded"),
            "(none)");
  // `he` goes to the subject of the sentence before, pre-modified by a job without a title
  EXPECT_EQ(speaker_of("Mr Smith spoke first. Newspaper editor John Bloggs said the reaction was mixed. "
                       "\"Old prejudice is linked to these images,\" he told the radio station.",
                       "Old prejudice is linked to these images"),
            "John Bloggs");
}

TEST(Quotes, ExplainShowsTheSpeakerRuleAndTheCoreferenceChain) {
  Annotated t("Newspaper editor John Bloggs said the reaction was mixed. \"Old prejudice is linked to these images,\" he told "
              "the radio station.");
  const std::string out = explain(t.a);
  EXPECT_NE(out.find("speaker John Bloggs (from \"he\" by pronoun <- \"John Bloggs\"), cue \"told\", rule after-np-verb"),
            std::string::npos)
      << out;
}

TEST(Quotes, AnUnclosedAppositionAndTheLastSpeakerAsAntecedent) {
  // "X, partner of Y said": the apposition runs into the verb; the body named in it does not speak
  EXPECT_EQ(speaker_of("Peter Bloggs, executive partner of Acme Holdings said the firm had been told.",
                       "the firm had been told"),
            "Peter Bloggs");
  // a coordinator before the subject of an apposition
  EXPECT_EQ(speaker_of("Jane Roe spoke first. But Mr John Bloggs, a prospective candidate, said the plan was dead.",
                       "the plan was dead"),
            "John Bloggs");
  // a clause before the comma is no subject: "After X spoke, a spokesman said"
  EXPECT_NE(speaker_of("After Jane Roe spoke, a spokesman said the plan was dead.", "the plan was dead"), "Jane Roe");
  // `he` after a sentence whose subject is a quote: the speaker of that quote
  EXPECT_EQ(speaker_of("Mr Smith and Jane Roe arrived. \"The job is hard,\" John Bloggs said. He added that the job was worth it.",
                       "the job was worth it"),
            "John Bloggs");
}

TEST(Quotes, ACollectiveIsTheOrganisationWhoseNameHoldsItsHeadNoun) {
  std::string rule;
  EXPECT_EQ(speaker_of("Labour Party officials met. The party said the second complaint had no merit.",
                       "the second complaint had no merit"),
            "Labour Party");
  // no organisation of that name: unknown
  EXPECT_EQ(speaker_of("Labour Party officials met. The committee said the second complaint had no merit.",
                       "the second complaint had no merit"),
            "(none)");
  Annotated t("Labour Party officials met. The party said the second complaint had no merit.");
  EXPECT_NE(explain(t.a).find("(from \"The party\" by collective <- \"Labour Party\")"), std::string::npos) << explain(t.a);
}

TEST(Quotes, AShortAttributionAfterAFullStopInsideTheQuote) {
  std::string rule;
  EXPECT_EQ(speaker_of("Jane Roe spoke first.\n\n\"We have to stop the plan now.\" John Bloggs said.", "We have to stop the plan now.",
                       &rule),
            "John Bloggs");
  EXPECT_EQ(rule, "after-np-verb");
}

TEST(Quotes, APersonsNameBeforeAColonIntroducesTheirWords) {
  std::string rule;
  EXPECT_EQ(speaker_of("The surge does not surprise Republican pollster Jane Roe: \"Lesser-known candidates always gain late.\"",
                       "Lesser-known candidates always gain late.", &rule),
            "Jane Roe");
  EXPECT_EQ(rule, "name-colon");
  // a place before the colon is no speaker
  EXPECT_EQ(speaker_of("The candidates flew to London: \"a city of ten million voters and more\"",
                       "a city of ten million voters and more"),
            "(none)");
}

TEST(Quotes, AShortPrepositionalPhraseBetweenANameAndItsVerbIsSkipped) {
  EXPECT_EQ(speaker_of("Donald Trump spoke on Monday.\n\nClub spokesman John Bloggs on Thursday evening said the club was not in trouble.",
                       "the club was not in trouble"),
            "John Bloggs");
  EXPECT_EQ(speaker_of("Donald Trump spoke on Monday.\n\nTrump at the time said he had asked his staff to look into the fees.",
                       "he had asked his staff to look into the fees"),
            "Donald Trump");
}

TEST(Quotes, ANamesVerbAndParticleBeforeToSayMakeItTheSpeaker) {
  EXPECT_EQ(speaker_of("The general spoke at the hearing.\n\nJohn Bloggs went on to explain how cuts to the budget left his hands tied.",
                       "how cuts to the budget left his hands tied"),
            "John Bloggs");
  EXPECT_EQ(speaker_of("The general spoke at the hearing.\n\nJane Roe then went on to say that the plan was dead.", "the plan was dead"),
            "Jane Roe");
}

TEST(Quotes, AStateAbbreviationsPeriodInAnAppositionAfterTheQuoteEndsNoSentence) {
  std::string rule;
  EXPECT_EQ(speaker_of("The Senate met.\n\n\"The caucus sees it another way,\" John Bloggs, R-Ky., said.",
                       "The caucus sees it another way", &rule),
            "John Bloggs");
  EXPECT_EQ(rule, "after-np-verb");
  EXPECT_EQ(speaker_of("The Senate met.\n\n\"That is the view,\" Jane Roe of Allentown, Pa., said on Monday.", "That is the view"),
            "Jane Roe");
}

TEST(Quotes, AColonAfterAClauseIntroducesTheWordsOfItsNamedSubject) {
  std::string rule;
  EXPECT_EQ(speaker_of("Storms hit the coast.\n\nWhen the storm passed, Governor Jane Roe issued the following statement: \"We will rebuild every home.\"",
                       "We will rebuild every home.", &rule),
            "Jane Roe");
  EXPECT_EQ(rule, "clause-colon");
  EXPECT_EQ(speaker_of("Storms hit the coast.\n\nAnd John Bloggs gloated: \"I told you so.\"", "I told you so."), "John Bloggs");
  EXPECT_EQ(speaker_of("Storms hit the coast.\n\nThe Harbor Council released a statement on Tuesday: \"The port stays closed.\"",
                       "The port stays closed."),
            "Harbor Council");
  // no named subject before the colon: unknown
  EXPECT_EQ(speaker_of("Storms hit the coast.\n\nWait, it gets better: \"The port may never reopen.\"", "The port may never reopen."),
            "(none)");
}

TEST(Quotes, TheReportSpeaksForTheOrganisationThatIsTheSubjectNearby) {
  EXPECT_EQ(speaker_of("Amnesty International published its findings on Monday. The report said the prisons were overcrowded.",
                       "the prisons were overcrowded"),
            "Amnesty International");
  // no organisation as subject nearby: unknown
  EXPECT_EQ(speaker_of("The weather was bad on Monday. The report said the prisons were overcrowded.", "the prisons were overcrowded"),
            "(none)");
}

// Rule A850: a noun naming an organisation by its kind (word list kind_nouns) speaks for
// the organisation that is the subject nearby when no organisation named before holds it.
TEST(Quotes, TheCompanySpeaksForTheOrganisationThatIsTheSubjectNearby) {
  EXPECT_EQ(speaker_of("Acme Corp has reported a rise in profits. The company said it would hire 100 more staff.",
                       "it would hire 100 more staff"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("Bolt Ltd cut its prices in March. Sales rose by 5% in the year, the online retailer said.",
                       "Sales rose by 5% in the year"),
            "Bolt Ltd");
  // a preposition that ends a cue still opens the phrase
  EXPECT_EQ(speaker_of("Acme Corp has reported a rise in profits. According to the firm, sales in the shops rose by 5% in the year.",
                       "sales in the shops rose by 5% in the year"),
            "Acme Corp");
  // not an organisation opening the phrase's own sentence: the reported clause's subject
  EXPECT_EQ(speaker_of("Prices rose in March. Acme Corp will close two plants, the company said.", "Acme Corp will close two plants"),
            "(none)");
  // an organisation named before with the noun in its name still comes first (`the bank`)
  EXPECT_EQ(speaker_of("The Bank of England held rates. Acme Corp cut its prices. The bank said inflation would fall.",
                       "inflation would fall"),
            "Bank of England");
  // no organisation as subject nearby: unknown, never guessed
  EXPECT_EQ(speaker_of("Prices rose in March. The company said it would hire 100 more staff.", "it would hire 100 more staff"),
            "(none)");
  // not every lower-case noun: `the team` names no organisation's kind
  EXPECT_EQ(speaker_of("Acme Corp has reported a rise in profits. The team said it would hire 100 more staff.",
                       "it would hire 100 more staff"),
            "(none)");
}

TEST(Quotes, ReportedContentWithoutAClauseFollowsTheVerbsComplements) {
  const Case cases[] = {
      // "to": promised to act
      {"Jane Roe promised to cut the waiting lists for hospital care.", "to cut the waiting lists for hospital care",
       "Jane Roe", Quote::Kind::Indirect},
      // "object_to": urged someone (not) to act; the object belongs to the content
      {"Jane Roe urged the council not to close the library in the village.",
       "the council not to close the library in the village", "Jane Roe", Quote::Kind::Indirect},
      // "np": a noun phrase of five words or more
      {"Jane Roe announced a review of the rules for public housing.", "a review of the rules for public housing",
       "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AnIndirectQuestionFollowsAVerbWhoseComplementsTakeOne) {
  // Rule A94: speech_verbs.json "question" (ask, explain, question), word list
  // interrogative_words; the question opens on its interrogative word.
  const Case cases[] = {
      {"Jane Roe asked whether the council would close the library in the village.",
       "whether the council would close the library in the village", "Jane Roe", Quote::Kind::Indirect},
      // after the hearer and a time phrase
      {"Jane Roe asked the minister on Tuesday why the trains were late again.", "why the trains were late again", "Jane Roe",
       Quote::Kind::Indirect},
      {"John Doe explained how the new tax would be collected.", "how the new tax would be collected", "John Doe",
       Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // The passive names no asker; `asked about` takes no question.
  for (const char* text : {"Jane Roe was asked whether the council would close the library.",
                           "When asked whether the council would close the library, Jane Roe smiled.",
                           "Jane Roe stayed silent when asked about the mural on Friday."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text << " -> " << t.a.text(t.a.quotes.front().span);
  }
}

TEST(Quotes, APassiveQuestionVerbsNamedAgentAsksTheQuestion) {
  // Rule A241: `(was / when) asked by X whether CLAUSE`: the named agent asks.
  const Case cases[] = {
      {"Jane Roe was asked by host John Doe whether the council would close the library.",
       "whether the council would close the library", "John Doe", Quote::Kind::Indirect},
      {"Asked by John Doe if the library would close, Jane Roe said she did not know.", "if the library would close",
       "John Doe", Quote::Kind::Indirect},
      {"When asked by the BBC whether the trains were late again, Jane Roe smiled.", "whether the trains were late again",
       "BBC", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // An unnamed agent gives no quote; `asked by X to` is a request, no question.
  for (const char* text : {"When asked by a host whether the council would close the library, Jane Roe smiled.",
                           "Jane Roe was asked by John Doe to close the library in the village."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text << " -> " << t.a.text(t.a.quotes.front().span);
  }
}

TEST(Quotes, AHeadlineXToYColonClauseIsXsWords) {
  // Rule A242: a title line `X to Y: CLAUSE`, `X at Y: CLAUSE`: X speaks (A83 with the
  // speaker's phrase ending on a preposition whose capitalised phrase runs to the colon).
  const Case cases[] = {
      {"Lavrov To Diplomats In Geneva: Talks will go on next week.\n\nSergei Lavrov spoke in Geneva.",
       "Talks will go on next week", "Sergei Lavrov", Quote::Kind::Indirect},
      {"Sergei Lavrov at UN: Syria strike broke the law.\n\nSergei Lavrov spoke in New York.",
       "Syria strike broke the law", "Sergei Lavrov", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // Not a sentence whose words after the preposition are not a title.
  Annotated t("Tom Smith spoke.\n\nFarmers are far more worried by his plan: most voters say so.\n\nTalks went on.");
  for (const auto& q : t.a.quotes) EXPECT_NE(t.a.text(q.span), "most voters say so");
}

TEST(Quotes, ANounOfASpeechVerbsFormOrAShortObjectReportsNothing) {
  for (const char* text : {"Jane Roe kept her campaign promises to build more homes in the town.",  // noun after a possessive
                           "Jane Roe demanded a quick answer.",                                     // a short noun phrase
                           "Jane Roe warned of attempts by rivals to block the plan.",              // "of": no object
                           "Jane Roe agreed to sell the land to the council last year.",            // agree: no complement
                           "Jane Roe plans to announce a review of the rules for housing."}) {      // base form: an intention
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text << " -> " << t.a.text(t.a.quotes.front().span);
  }
}

TEST(Quotes, ANameThatPreModifiesAPersonsNameDoesNotSpeak) {
  const Case cases[] = {
      {"Jane Roe rested.\n\n\"She will be back on Monday,\" Roe campaign spokesman Tom Smith said.",
       "She will be back on Monday", "Tom Smith", Quote::Kind::Direct},
      {"Donald Trump was in Ohio.\n\n\"The rally goes ahead,\" Trump's senior adviser Jason Miller said.", "The rally goes ahead",
       "Jason Miller", Quote::Kind::Direct},
      // the subject of a participle: a party name pre-modifying the nominee
      {"Democratic nominee Hillary Clinton spoke in Ohio on Monday, saying that the plan would fail.",
       "the plan would fail", "Hillary Clinton", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AnHonorificOfTheOtherSexNamesTheNamesakeItAgreesWith) {
  // The linker may give `Ms. Roe` to the man of that surname named last; the honorific
  // and the given names say it is Jane Roe.
  Annotated t("Jane Roe and her husband, former governor John Roe, came to Ohio.\n\n"
              "\"We are glad to be here,\" Ms. Roe said.");
  bool found = false;
  for (const auto& q : t.a.quotes)
    if (t.a.text(q.span) == "We are glad to be here") {
      found = true;
      EXPECT_EQ(t.name(q.speaker), "Jane Roe");
    }
  EXPECT_TRUE(found);
}

TEST(Quotes, ATimePhraseBetweenTheSubjectAndItsVerb) {
  const Case cases[] = {
      {"Jane Roe on Tuesday said the council would cut its budget.", "the council would cut its budget", "Jane Roe",
       Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, MakeClearAndNounsOfConcernIntroduceAThatClause) {
  // Rule A81: `make (it) clear` is a reporting verb (speech_verbs.json); concern, fear,
  // hope, doubt, suggestion and warning name what is said after a reporting verb
  // (statement_nouns: `expressed concern that`).
  const Case cases[] = {
      {"Jane Roe made it clear that the council would not raise the rent this year.",
       "the council would not raise the rent this year", "Jane Roe", Quote::Kind::Indirect},
      {"John Doe has made clear that the party will fight the seat.", "the party will fight the seat", "John Doe",
       Quote::Kind::Indirect},
      {"Jane Roe expressed concern that the new rules would hurt small farms in the north.",
       "the new rules would hurt small farms in the north", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, ANameAndAColonOpeningAHeadlineOrParagraphReportTheRest) {
  // Rule A83: `NAME: CLAUSE` without quotation marks opening a headline or a paragraph.
  const Case cases[] = {
      {"Jane Roe: Council must act on housing now\n\nJane Roe, the mayor of Bigtown, spoke on Monday.",
       "Council must act on housing now", "Jane Roe", Quote::Kind::Indirect},
      {"The debate went on.\n\nJohn Doe: I think the plan will work for everyone.\n\nThe host thanked him.",
       "I think the plan will work for everyone", "John Doe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // A turn that opens a paragraph runs to the paragraph's end (A83b).
  Annotated turn("The debate went on.\n\nJohn Doe: Well, the plan is sound. I think it will work for everyone.\n\nThe host "
                 "thanked him.");
  bool whole = false;
  for (const auto& q : turn.a.quotes)
    whole = whole || turn.a.text(q.span) == "Well, the plan is sound. I think it will work for everyone";
  EXPECT_TRUE(whole);
  // A place before the colon is a dateline or a section, not a speaker.
  Annotated place("Iowa: Voters head to the polls in the cold today\n\nThe caucuses open at seven.");
  for (const auto& q : place.a.quotes) EXPECT_NE(q.rule, "colon-report") << place.a.text(q.span);
  // Inside a paragraph a colon after a name introduces no report by this rule.
  Annotated inside("The list was long. Jane Roe: three houses and a farm near the river.");
  for (const auto& q : inside.a.quotes) EXPECT_NE(q.rule, "colon-report") << inside.a.text(q.span);
}

TEST(Quotes, AColonTurnWithAPartialQuoteInsideStillReportsTheTurn) {
  // Rule A811: words in quotation marks inside a one-sentence `NAME: ...` turn are a partial
  // quote of the report when more of the turn's words stand outside the marks; a turn
  // mostly in marks stays a direct quote, and a paragraph of several sentences with marks
  // (an article run on after a headline) gives no report by this rule.
  Annotated turn("The debate went on.\n\nJohn Doe: Nobody at home calls a pension \"a gamble\" in this town.\n\nThe host "
                 "thanked him.");
  bool whole = false;
  for (const auto& q : turn.a.quotes) {
    const bool is_turn = turn.a.text(q.span) == "Nobody at home calls a pension \"a gamble\" in this town";
    whole = whole || is_turn;
    if (is_turn) {
      EXPECT_EQ(turn.name(q.speaker), "John Doe");
    }
  }
  EXPECT_TRUE(whole);
  Annotated quoted("The debate went on.\n\nJohn Doe: \"The plan will work for everyone in the town,\" he said.\n\nThe "
                   "host thanked him.");
  for (const auto& q : quoted.a.quotes) EXPECT_NE(q.rule, "colon-report") << quoted.a.text(q.span);
  Annotated article("Man of the hour: Novelist John Doe, who has died aged 84, wrote about hotels. \"I was never "
                    "satisfied,\" he once said. He moved to Leeds in 1969.");
  for (const auto& q : article.a.quotes) EXPECT_NE(q.rule, "colon-report") << article.a.text(q.span);
}

TEST(Quotes, ReaffirmReports) {
  // Row A812: `reaffirm` is a speech verb as `reiterate` is (speech_verbs.json).
  const Case cases[] = {
      {"Jane Roe reaffirmed that the council would not raise the rent this year.",
       "the council would not raise the rent this year", "Jane Roe", Quote::Kind::Indirect},
      {"The party reaffirms its support for the plan. John Doe reaffirmed on Monday he would stand in the seat.",
       "he would stand in the seat", "John Doe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, APossessorsStatementNounReportsItsThatClause) {
  // Rule A84: `X's claim that CLAUSE` is X's report; `the claim that was made` is a
  // relative clause and reports nothing.
  const Case cases[] = {
      {"Jane Roe spoke in Leeds. Critics attacked Jane Roe's claim that the council could not pay for the new school.",
       "the council could not pay for the new school", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  Annotated rel("Jane Roe spoke in Leeds. Critics attacked Jane Roe's claim that was made in the debate on Monday night.");
  for (const auto& q : rel.a.quotes) EXPECT_NE(q.rule, "possessor-noun") << rel.a.text(q.span);
}

TEST(Quotes, AccordingToALongSourceAndAClauseAfterAColon) {
  // Rule A85: the source of `according to` may run twenty tokens to its comma; the clause
  // before `, according to X` or `, X said` opens after a colon (not one in brackets).
  Annotated t("According to the results of surveys carried out for the town paper and two radio stations by a polling "
              "firm, most voters in the state want a change of course.");
  std::vector<std::string> got;
  for (const auto& q : t.a.quotes) got.emplace_back(t.a.text(q.span));
  EXPECT_NE(std::find(got.begin(), got.end(), "most voters in the state want a change of course"), got.end())
      << ::testing::PrintToString(got);
  const Case cases[] = {
      {"The tax has not hurt the city: London was the capital of finance in 2015, according to Jane Roe.",
       "London was the capital of finance in 2015", "Jane Roe", Quote::Kind::Indirect},
      {"Bigtown may lose 20bn baht (£250m; $410m) in takings from visitors next year, John Doe said.",
       "Bigtown may lose 20bn baht (£250m; $410m) in takings from visitors next year", "John Doe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, LabellingAndJudgingVerbsAttributeTheQuotedWords) {
  // Rule A96: speech_verbs.json labelling verbs (branded, labelled, dubbed, termed) and
  // verbs of praise and blame (praised, hailed, thanked, blamed, criticized, condemned,
  // denounced, mocked, ridiculed, lambasted), not reporting verbs: the words in marks
  // after them are the subject's.
  const Case cases[] = {
      {"Jane Roe branded the council an \"outlaw body in the region.\"", "outlaw body in the region.", "Jane Roe",
       Quote::Kind::Direct},
      {"Jane Roe thanked John Doe for \"doing so much to keep the harbour clean.\"",
       "doing so much to keep the harbour clean.", "Jane Roe", Quote::Kind::Direct},
      {"John Doe blamed the new tax law on \"careless local politicians.\"", "careless local politicians.", "John Doe",
       Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // A reporting verb's clause ends before the speaker's next predicate with such a verb.
  const Case clause[] = {
      {"Jane Roe said the mill would soon reopen and praised work by the council to settle the dispute.",
       "the mill would soon reopen", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(clause);
  // Rule A98: the subject of a coordinated verb is not a preposition's object opening the clause.
  const Case coordinated[] = {
      {"In Leeds, Jane Roe, the council leader, backed the plan and praised John Doe for \"keeping a door open "
       "while others were trying to slam it.\"",
       "keeping a door open while others were trying to slam it.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(coordinated);
}

TEST(Quotes, AHeadlineLineOpeningOnANameAndAColonIsTheNamesWords) {
  // Rule A97: `X: words 'Q' words` on a line of its own is X's line: the quote is the
  // words after the colon, as `X: 'Q'` is X's.
  const Case cases[] = {
      {"Sergei Lavrov: Washington 'Not Fit To Lead The Talks.'\n\nSergei Lavrov arrived in Moscow.",
       "Washington 'Not Fit To Lead The Talks.", "Sergei Lavrov", Quote::Kind::Direct},
      {"Doe: the board needs to 'stop all this petty quarrelling' now.\n\nJohn Doe arrived in Moscow.",
       "the board needs to 'stop all this petty quarrelling' now", "John Doe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // Not in a paragraph of several sentences.
  Annotated t("John Doe arrived. Doe: the board needs to 'stop all this petty quarrelling' now.");
  for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "headline-colon") << t.a.text(q.span);
}

TEST(Quotes, AHeadlineLineXColonQuoteAndMoreWordsIsTheNamesWholeLine) {
  // Rule A240: `X: 'Q' words` on a line of its own is X's line, as `X: words 'Q' words`
  // is (A97): the quote runs from the opening mark's first word to the line's end.
  const Case cases[] = {
      {"Sergei Lavrov: 'No Idea' If Washington Would Have Joined The Talks.\n\nSergei Lavrov arrived in Moscow.",
       "No Idea' If Washington Would Have Joined The Talks", "Sergei Lavrov", Quote::Kind::Direct},
      // two quoted pieces on the line make one quote, not two
      {"Lavrov: 'Strikes' Have 'No Place In These Talks.'\n\nSergei Lavrov arrived in Moscow.",
       "Strikes' Have 'No Place In These Talks.", "Sergei Lavrov", Quote::Kind::Direct},
      // nothing after the closing mark: the quote is the words between the marks
      {"Lavrov: 'There is a thin store of goodwill'\n\nSergei Lavrov arrived in Moscow.", "There is a thin store of goodwill",
       "Sergei Lavrov", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  Annotated two("Lavrov: 'Strikes' Have 'No Place In These Talks.'\n\nSergei Lavrov arrived in Moscow.");
  EXPECT_EQ(two.a.quotes.size(), 1u);
  // Not in a paragraph of several sentences: the quote keeps to its marks.
  Annotated t("Sergei Lavrov arrived. Lavrov: 'No Idea' If Washington Would Have Joined The Talks.");
  for (const auto& q : t.a.quotes) EXPECT_NE(t.a.text(q.span), "No Idea' If Washington Would Have Joined The Talks");
}

TEST(Quotes, AClauseBeforeXSaidAndAParticipleReportIsXs) {
  // Rule A99: `CLAUSE, X said, adding ...`: the attribution after the clause is followed by
  // a comma and a participle speech verb, the speaker's next report, not by more clause.
  const Case cases[] = {
      {"Jane Roe spoke in Leeds. The two councils will meet next week to discuss the plan, Roe said on Tuesday, adding "
       "that the town was united.",
       "The two councils will meet next week to discuss the plan", "Jane Roe", Quote::Kind::Indirect},
      {"Jane Roe spoke in Leeds. The two councils will meet next week, Roe said, adding that the town was united.",
       "the town was united", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AWordOfAHyphenatedCompoundIsNoCue) {
  // Rule A100: `in-state` holds no `state`: the second part of a split quote continues the
  // first one's speaker instead of taking `state` as its cue.
  Annotated t("\"We have had offices here since last April,\" said Jane Roe, the party's in-state director, \"and we have "
              "been forming relationships that last.\"");
  ASSERT_EQ(t.a.quotes.size(), 2u);
  EXPECT_EQ(t.name(t.a.quotes[1].speaker), "Jane Roe");
  EXPECT_EQ(t.a.quotes[1].rule, "continuation");
  EXPECT_NE(t.a.quotes[1].cue, "state");
  // `so-called` and `state-run` are no cues either; `half-joking` is one.
  Annotated so("Jane Roe spoke in Leeds. The so-called \"reform plan for the whole town\" would cost the town dearly.");
  ASSERT_EQ(so.a.quotes.size(), 1u);
  EXPECT_EQ(so.a.quotes[0].rule, "unattributed");
  const Case cases[] = {
      {"Jane Roe spoke in Leeds. Jane Roe was half-joking to her neighbours that the town was not ready for a new mayor.",
       "the town was not ready for a new mayor", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, PutItAttributesTheQuoteAfterItOnly) {
  // Rule A101: speech_verbs.json `put it` ("before_quote"): `As X put it: "Q"` is X's; after
  // a quote inside another's report it only ends that report (`X agreed that the talks were
  // "productive", as Y put it`: the clause stays X's).
  const Case cases[] = {
      {"Jane Roe spoke in Leeds. As Jane Roe put it: \"The town is no longer at the gate. It is inside.\"",
       "The town is no longer at the gate. It is inside.", "Jane Roe", Quote::Kind::Direct},
      {"Sergei Lavrov met Rex Tillerson. He did agree however that the long meeting was \"useful\", as Mr "
       "Tillerson put it.",
       "the long meeting was \"useful\"", "Sergei Lavrov", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AQuoteParagraphSignedByADashAndANameIsThatPersons) {
  // Rule A102: `"Q."` ending its paragraph, then a paragraph `- Name.` or `-Title Name, a
  // short description.`: the signature names the speaker (rule pull-quote).
  const Case cases[] = {
      {"Jane Roe spoke in Leeds.\n\n\"I will check on it. I cannot say where it stands, but I will check on it.\"\n\n- Jane "
       "Roe.\n\nThe council met on Monday.",
       "I will check on it. I cannot say where it stands, but I will check on it.", "Jane Roe", Quote::Kind::Direct},
      {"Jane Roe spoke in Leeds.\n\n\"Great speech. She is tested. She is ready. She never quits.\"\n\n-Mayor Jane Roe, "
       "writing after the speech.\n\nThe council met on Monday.",
       "Great speech. She is tested. She is ready. She never quits.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // A dash opening a paragraph of running text signs nothing.
  Annotated t("Jane Roe spoke in Leeds.\n\n\"We will win the vote in the town this year.\"\n\n- Jane Roe spoke to the "
              "council on Monday about the budget for the new school and the roads in the north of the town.");
  for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "pull-quote") << t.a.text(q.span);
}

TEST(Quotes, AccordingToAfterAQuoteNamesItsSourceUnlessAnInnerSpeakerIsNamed) {
  // Rule A103: `"Q," according to X.` is X's when a name opens the phrase after
  // `according to`; a speaker the sentence names otherwise comes first (GUIDELINES).
  const Case cases[] = {
      {"\"Engineers now hope to finish the bridge repairs within a month,\" according to CNN.\n\nMore news.",
       "Engineers now hope to finish the bridge repairs within a month", "CNN", Quote::Kind::Direct},
      {"Jane Roe spoke in Leeds. Jane Roe said the meeting was not political, adding that critics should \"look for "
       "a doctor,\" according to Reuters.",
       "look for a doctor", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // A name deep in the phrase is no source: the source is unnamed (row A1117: the cue is
  // still the quote's own, with no speaker).
  Annotated t("\"You will now taste the vengeance of the group,\" according to a letter sent to Facebook by a reader.");
  for (const auto& q : t.a.quotes) EXPECT_LT(q.speaker, 0) << t.a.text(q.span);
}

TEST(Quotes, ASpeechVerbsFormAfterAPrepositionIsANoun) {
  // Rule A104: a base or -s form right after a preposition (not `to`) is a noun and reports
  // nothing (`the help of states that ...`, `in states that ...`); -ing forms still report.
  for (const char* text : {"Jane Roe spoke in Leeds. The scheme would rely on the help of states that could refuse to fund the roads.",
                           "Jane Roe spoke in Leeds. The council spent its funds in states that hold votes on May 9."}) {
    Annotated t(text);
    for (const auto& q : t.a.quotes) EXPECT_NE(q.kind, Quote::Kind::Indirect) << text << " -> " << t.a.text(q.span);
  }
  const Case cases[] = {
      {"Jane Roe spoke in Leeds. Jane Roe angered the council by saying the plan would fail.", "the plan would fail",
       "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, MannerOfSpeakingAndPhrasalReportingVerbsAreCues) {
  // Rule A120: speech_verbs.json gains reporting verbs of manner and stance a grammar of
  // reported speech lists (gripe, grumble, snap, brag, gush, opine, affirm, proclaim,
  // confide, clarify, reassure, reckon, surmise, posit, gloat, ...) and the
  // phrasal `fire back`, `shoot back`, `hit back`, `chime in`.
  const Case cases[] = {
      {"\"That is simply false,\" Jane Roe fired back on Tuesday.", "That is simply false", "Jane Roe",
       Quote::Kind::Direct},
      {"Jane Roe spoke in Leeds. Jane Roe proclaimed that the town was ready for the games.",
       "the town was ready for the games", "Jane Roe", Quote::Kind::Indirect},
      {"\"We will never give up,\" John Doe snapped.", "We will never give up", "John Doe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

// `The employers' group, the CBI, said` (rule A161): a named organisation set off by commas
// right before the verb, after a description, is the subject when no person is named in the
// phrases before; a member after an indefinite article (`Jane Roe, a Republican,`) is not,
// nor a body set off before another subject (`the producer, Acme Holdings, traders said`).
TEST(Quotes, ANamedBodyInAppositionBeforeTheVerbSpeaks) {
  EXPECT_EQ(speaker_of("Output fell in March. The employers' group, the CBI, said it expected rates to rise.",
                       "it expected rates to rise"),
            "CBI");
  EXPECT_EQ(speaker_of("Output fell in March. Its biggest lender, Acme Holdings, said the loans were safe.",
                       "the loans were safe"),
            "Acme Holdings");
  EXPECT_EQ(speaker_of("The state's governor, Jane Roe, a Republican, said the plan was dead.", "the plan was dead"),
            "Jane Roe");
  EXPECT_NE(speaker_of("Prices fell before cuts by the producer, Acme Holdings, traders said on Friday.",
                       "Prices fell before cuts by the producer, Acme Holdings"),
            "Acme Holdings");
}

// `it` after `The employers' group, the CBI, said ...` (rule A162): the body set off before
// the verb is the sentence's subject, the antecedent of `it`, not a body that spoke before.
TEST(Quotes, ItAfterANamedBodyInAppositionIsThatBody) {
  EXPECT_EQ(speaker_of("Acme Holdings said output fell in March. The employers' group, the CBI, said it expected rates "
                       "to rise. It also said confidence was waning.",
                       "confidence was waning"),
            "CBI");
}

// `But a refusal ... would be "pretty troublesome," Roe said` (rule A163): a fragment of
// three words or fewer ending the clause before a cue after the marks is part of the
// reported clause, which is the quote; not across a dash, nor when the clause has a speech
// verb of its own or the marks do not end it.
TEST(Quotes, AShortFragmentEndingTheClauseBeforeTheCueQuotesTheClause) {
  const char* text = "Jane Roe spoke on Monday. But a failure to fill the post would leave the office vacant and that would "
                     "be \"rather awkward,\" Roe said.";
  EXPECT_EQ(speaker_of(text, "a failure to fill the post would leave the office vacant and that would be \"rather awkward"),
            "Jane Roe");
  EXPECT_EQ(speaker_of(text, "rather awkward"), "(no quote)");
  const char* dash = "Jane Roe spoke on Monday. The seat stays empty -- a plan she called \"rather awkward,\" Roe said.";
  EXPECT_EQ(speaker_of(dash, "rather awkward"), "Jane Roe");
  const char* own_verb = "Jane Roe spoke on Monday. Her aide said the plan was \"rather awkward,\" Roe said.";
  EXPECT_EQ(speaker_of(own_verb, "Her aide said the plan was \"rather awkward"), "(no quote)");
  EXPECT_EQ(speaker_of(own_verb, "aide said the plan was \"rather awkward"), "(no quote)");
}

// A200: a definite role description as the subject of a speech verb coordinated after
// another verb is the holder the text states before it; a party named inside a leader's
// description is never the speaker.
TEST(Quotes, ADefiniteRoleDescriptionSpeaksForTheStatedHolder) {
  const Case cases[] = {
      {"Prime Minister Manuel Valls visited Paris on Monday. The prime minister announced several arrests and said "
       "more arrests were likely.",
       "more arrests were likely", "Manuel Valls", Quote::Kind::Indirect},
      {"Tom Smith has resigned from his post. The Scottish Conservative leader had maintained that his business dealings "
       "did not sway the charities he backs.",
       "his business dealings did not sway the charities he backs", "Tom Smith", Quote::Kind::Indirect},  // row A1130
      {"Tom Smith met Jane Roe. The Scottish Conservative leader had maintained that his business dealings "
       "did not sway the charities he backs.",
       "his business dealings did not sway the charities he backs", "(none)", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AQuoteCuedByASubjectlessVerbTakesTheOuterReportersSpeaker) {
  // Rule A250: a cue before the quote with no subject of its own (an infinitive, a
  // participle after a comma, a passive) leaves the quote to the reporting verb whose clause
  // holds it: the words are that verb's subject's.
  const Case cases[] = {
      // a passive in a relative clause inside the reported clause
      {"Jane Roe spoke in Leeds. Jane Roe said many farmers are short of water and tenants who were told there "
       "would be new homes \"have seen nothing built at all\".",
       "have seen nothing built at all", "Jane Roe", Quote::Kind::Direct},
      // a catenative infinitive after a coordinated verb
      {"Jane Roe spoke in Leeds. Roe joked that the harbour was her favourite, but went on to say, \"Some streets in "
       "this town are not safe at night.\"",
       "Some streets in this town are not safe at night.", "Jane Roe", Quote::Kind::Direct},
      // a participle after a comma, then an infinitive
      {"Jane Roe spoke in Leeds. \"It is absurd,\" Roe said, going on to argue that the town has spent \"twenty "
       "years arguing over the bridge, and nobody wants that fight again.\"",
       "twenty years arguing over the bridge, and nobody wants that fight again.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // Not through a verb whose object is the infinitive's subject (`urged the council to
  // say`), nor past a semicolon (another clause, whose subject is the council).
  const Case none[] = {
      {"Jane Roe spoke in Leeds. Jane Roe said it was over; the council went on to say \"we will appeal the ruling "
       "next week\".",
       "we will appeal the ruling next week", "(none)", Quote::Kind::Direct},
      {"Jane Roe spoke in Leeds. Jane Roe urged the council to say \"we will appeal the ruling next week\".",
       "we will appeal the ruling next week", "(none)", Quote::Kind::Direct},
  };
  expect_attributed(none);
}

TEST(Quotes, AParentheticalAfterTheNameDoesNotHideTheSubjectBeforeAnApposition) {
  // Rule A251: `Rep. X (Mich.), a delegate supporting Y, said`: the parenthetical
  // after the name is part of its phrase, so the name that opens the clause is the
  // subject, not the person named inside the apposition.
  const Case cases[] = {
      {"Tom Smith won. Rep. Jane M. Roe (Mich.), a delegate supporting Smith, said she has talked with many other "
       "delegates.",
       "she has talked with many other delegates", "Jane M. Roe", Quote::Kind::Indirect},
      {"Tom Smith spoke. Rep. Jane Roe (D-N.Y.), chairwoman of the Lapland Harbour Council, said members will help "
       "the town raise funds.",
       "members will help the town raise funds", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AYearInATimePhraseBetweenSubjectAndVerbIsNoBoundary) {
  // Rule A252: `Jane Roe had in 1998 complained about "Q"`: a preposition and a year stand
  // between the subject and its verb as `on Tuesday` does.
  const Case cases[] = {
      {"Tom Smith spoke on Monday. Rather, he noted how Jane Roe had in 1998 complained about \"careless and "
       "costly promises\".",
       "careless and costly promises", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AnAttributionThatIntroducesTheNextQuoteIsNotThePreviousOnes) {
  // Rule A253: after a quote that ends its sentence, `X quipped, "Q2"` (the cue, words and
  // names, then a comma or colon and an opening mark) introduces Q2, not the quote before.
  const Case cases[] = {
      {"Tom Smith and Jane Roe met. Tom Smith replied: \"No, I meant the plan for the harbour.\" Jane Roe "
       "quipped, \"It is like a captain without a ship.\"",
       "No, I meant the plan for the harbour.", "Tom Smith", Quote::Kind::Direct},
      {"Tom Smith and Jane Roe met. Tom Smith replied: \"No, I meant the plan for the harbour.\" Jane Roe "
       "quipped, \"It is like a captain without a ship.\"",
       "It is like a captain without a ship.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // A short attribution that ends its sentence still attributes the quote before it.
  const Case after[] = {
      {"Tom Smith and Jane Roe met. \"Who knows what happens next?\" Jane Roe asked.", "Who knows what happens next?",
       "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(after);
}

TEST(Quotes, AHearerAfterTheVerbOfALongAttributionAfterTheQuoteIsAllowed) {
  // Rule A254: `"Q?" X asked reporters rhetorically during a press briefing.`: the
  // sentence after a quote that ended its own attributes it when the verb's hearer stands
  // before the tail, but not when an infinitive follows the hearer (`The council has
  // called on the government to act ...`) or a complementizer comes later (`X told
  // reporters in Moscow that ...`): a report of its own.
  const Case cases[] = {
      {"Jane Roe spoke.\n\n\"Do you think I will give up now?\" Roe asked reporters rhetorically during a press "
       "briefing late last week. \"I will not give up.\"",
       "Do you think I will give up now?", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  const Case infinitive[] = {
      {"Tom Smith of the Lapland Council spoke.\n\nTom Smith said: \"We will win the vote. \"It would be a grave "
       "error to wait another year.\" The Lapland Council has called on the government to act on the matter "
       "this year.",
       "It would be a grave error to wait another year.", "Tom Smith", Quote::Kind::Direct},
  };
  expect_attributed(infinitive);
  // Nor when a complementizer after the hearer opens the verb's own report.
  Annotated t("Jane Roe and Tom Smith met.\n\nThe leadership found the draft \"unbalanced and unfair.\" Tom Smith "
              "told reporters in Moscow that Mr. Roe had full authority to continue the talks.");
  bool seen = false;
  for (const auto& q : t.a.quotes) {
    if (t.a.text(q.span) != "unbalanced and unfair.") continue;
    seen = true;
    EXPECT_NE(t.name(q.speaker), "Tom Smith") << q.rule;
  }
  EXPECT_TRUE(seen);
}

TEST(Quotes, ANameModifyingTheSpeakersTitleIsPassedToThePersonItModifies) {
  // Rule A255: `Smith's GOP primary rival Sen. Jane Roe said`: the name of no person among
  // the words before the title (`GOP`) modifies the phrase; the person named last heads it,
  // not the possessor.
  const Case cases[] = {
      {"Tom Smith won.\n\nSmith's GOP primary rival Sen. Jane Roe said Smith is \"a risk to the whole party.\"",
       "a risk to the whole party.", "Jane Roe", Quote::Kind::Direct},
      {"Tom Smith won.\n\nDemocratic U.S. Rep. Jane Roe on Friday criticised Tom Smith as careless while praising "
       "the party as a \"steady hand in rough water.\"",
       "steady hand in rough water.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AFocusParticleBeforeTheSubjectIsSkippedLikeADiscourseMarker) {
  // Rule A256: `Even China, the North's closest partner, said ...`: `even` before the clause's
  // subject (word list discourse_markers) leaves the name opening the clause, so the
  // apposition after it does not hide it.
  const Case cases[] = {
      {"North Korea tested a bomb.\n\nEven China, the North's closest partner and its main trading partner, said it "
       "was \"firmly against\" the test.",
       "it was \"firmly against\" the test", "China", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AReportedClauseMayOpenOnANumberOrOnAParentheticalAfterThat) {
  // Rule A280 (clause_opening in quotes_indirect.cpp): a number opening the clause's subject
  // after `that`, or before a finite auxiliary with no verb's own phrase between; after
  // `that`, a parenthetical set off by commas or dashes opens the clause.
  const Case cases[] = {
      {"Jane Roe said that 28 percent of voters backed the plan.", "28 percent of voters backed the plan", "Jane Roe",
       Quote::Kind::Indirect},
      {"Jane Roe says 31,000 of the jobs could be lost under the plan.", "31,000 of the jobs could be lost under the plan",
       "Jane Roe", Quote::Kind::Indirect},
      {"Jane Roe reiterated that, in retrospect, the deal was a mistake.", "in retrospect, the deal was a mistake",
       "Jane Roe", Quote::Kind::Indirect},
      {"Jane Roe argued that -- at least for now -- the party is unifying.", "at least for now -- the party is unifying",
       "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // A number in the hearer's phrase before a subordinate clause opens no report.
  Annotated t("Jane Roe told Channel 1 viewers when asked whether she had quit.");
  for (const auto& q : t.a.quotes) EXPECT_NE(t.a.text(q.span).substr(0, 2), "1 ") << t.a.text(q.span);
}

TEST(Quotes, AHearerAndAdjunctsWithTitlesPossessivesAndParentheticalsComeBeforeThat) {
  // Rule A281 (adjunct_run_that in quotes_indirect.cpp): between a reporting verb and its
  // `that`, a hearer and phrases of time and place that hold possessive marks, a quoted
  // title, hyphens and a parenthetical set off by commas or dashes.
  const Case cases[] = {
      {"Jane Roe told WKRX's \"Early Tide\" that nobody would doubt her record.", "nobody would doubt her record",
       "Jane Roe", Quote::Kind::Indirect},
      {"Jane Roe complained to Leeds News' Tom Smith that the attack was unfair.", "the attack was unfair", "Jane Roe",
       Quote::Kind::Indirect},
      {"Jane Roe wrote in a Millbrook Herald op-ed that she drafted the speech.", "she drafted the speech", "Jane Roe",
       Quote::Kind::Indirect},
      {"Jane Roe told a packed dining room at an inn in Millbrook that she is not stepping aside.", "she is not stepping aside",
       "Jane Roe", Quote::Kind::Indirect},
      {"Jane Roe said, in a statement, that the plan would fail.", "the plan would fail", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // A relative clause after a noun (`that was`), an infinitive's object (`to attack the
  // oil that funds`), a noun of a verb's form (`the smallest state in the federation,
  // Lapland, with a budget that`) and a dash left open (`the pickers - a labor issue
  // that`) open no report of the clause after `that`.
  for (const char* text : {"Jane Roe said, in a statement on the party's website, that was released on Monday.",
                           "Jane Roe told the story of the pickers - a labor issue that she had discovered in 2002.",
                           "Jane Roe called on the council to attack the waste that funds the scheme.",
                           "Jane Roe ran the smallest state in the federation, Lapland, with a budget that still ranks first."}) {
    Annotated t(text);
    for (const auto& q : t.a.quotes) {
      const auto qt = t.a.text(q.span);
      EXPECT_TRUE(qt.find("was released") == std::string_view::npos && qt != "funds the scheme" &&
                  qt.find("still ranks") == std::string_view::npos && qt != "she had discovered in 2002")
          << text << " -> " << qt;
    }
  }
}

TEST(Quotes, AMannerAdverbMayStandBetweenTheVerbAndThat) {
  // Rule A282 (adjunct_run_that in quotes_indirect.cpp): a lower-case adverb in -ly after the
  // verb opens the run of adjuncts before `that`, alone or before a parenthetical.
  const Case cases[] = {
      {"Jane Roe said explicitly that the plan would fail.", "the plan would fail", "Jane Roe", Quote::Kind::Indirect},
      {"Jane Roe argued emphatically -- naming the mayor twice -- that the plan would fail.", "the plan would fail",
       "Jane Roe", Quote::Kind::Indirect},
      // a capitalised name in -ly after `that` is the clause's subject, no adverb
      {"Jane Roe said explicitly in a speech to the crowd that Italy would win the cup.", "Italy would win the cup",
       "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AHearerMayHoldCapitalisedWordsAndAnOfPhraseBeforeThat) {
  // Rule A283 (hearer_end in quotes_indirect.cpp): the hearer of a verb with "object" may
  // hold capitalised words, an `of` phrase and, after a possessive, a quoted title, up to
  // eight tokens; the report starts after `that`, not at the hearer.
  const Case cases[] = {
      {"Jane Roe told a Millbrook Gazette breakfast club that her position remains firm.", "her position remains firm",
       "Jane Roe", Quote::Kind::Indirect},
      {"Jane Roe told a meeting of North Shore farmers that few people grasped the risks.",
       "few people grasped the risks", "Jane Roe", Quote::Kind::Indirect},
      {"Sources told POLITICO, however, that Jane Roe did chime in on the talks.", "Jane Roe did chime in on the talks",
       "(none)", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AccordingToAfterASentenceOpenerReportsTheClauseAfterIt) {
  // Rule A284 (opens_after_opener in quotes_indirect.cpp): `according to X,` after only
  // punctuation, discourse markers and coordinators, or after two words that open on a
  // preposition or a time word, reports the clause after it; not after a subject and
  // its verb (`Acme receives, according to one report, ...`) nor one word (`This, ...`).
  const Case cases[] = {
      {"But, according to the Acme Institute, 46 percent of voters remain undecided.",
       "46 percent of voters remain undecided", "Acme Institute", Quote::Kind::Indirect},
      {"In addition, according to the Acme Institute, nine million more workers will be protected.",
       "nine million more workers will be protected", "Acme Institute", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  for (const char* text : {"Acme gets, according to one report, $56 million in paving contracts from the county.",
                           "This, according to the clerk, was typical of the year-end rush of filings."}) {
    Annotated t(text);
    for (const auto& q : t.a.quotes)
      EXPECT_TRUE(t.a.text(q.span).substr(0, 4) != "$234" && t.a.text(q.span).substr(0, 3) != "was") << t.a.text(q.span);
  }
}
TEST(Quotes, ANameAndAPastFormAfterAnUnfinishedQuoteAttributeIt) {
  // Rule A270 (name-verb): `"Q," Jane Roe fumed.` and `"Q?" Roe pressed.`: after a quote
  // that opens its sentence and closes on a comma or a question mark, a person's name and
  // a lower-case past form in -ed right after it (a verb no cue list holds) attribute the
  // quote to the name, and the quote after it continues that speaker, not the one before.
  const Case cases[] = {
      {"Tom Smith and Jane Roe met.\n\n\"The plan is negotiable,\" Tom Smith said.\n\n\"Would the harbour plan be "
       "negotiable too?\" Jane Roe pressed. \"Maybe a shorter wall would do.\"",
       "Would the harbour plan be negotiable too?", "Jane Roe", Quote::Kind::Direct},
      {"Tom Smith and Jane Roe met.\n\n\"The plan is negotiable,\" Tom Smith said.\n\n\"Would the harbour plan be "
       "negotiable too?\" Jane Roe pressed. \"Maybe a shorter wall would do.\"",
       "Maybe a shorter wall would do.", "Jane Roe", Quote::Kind::Direct},
      {"Jane Roe spoke.\n\n\"If they were serious about the bill, they would have gone further,\" Sen. Jane Roe "
       "fumed on Tuesday.",
       "If they were serious about the bill, they would have gone further", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // Not after `!`, not when the quote sits inside its sentence, not a noun or `that` after
  // the name, not across a paragraph break.
  const char* texts[] = {
      "Jane Roe spoke.\n\n\"Lock them all up now!\" Jane Roe smiled and waved.",
      "Jane Roe spoke.\n\nA self-described \"very geeky little kid,\" Jane Roe changed her name.",
      "Jane Roe spoke.\n\n\"We will build the harbour wall,\" Roe supporters chanted.",
      "Jane Roe spoke.\n\n\"How do you mend the split?\"\n\nJane Roe acknowledged that a quarrel exists.",
      // a past form that is no speaking (word list name_verb_speech): a title, a slogan
      "Jane Roe spoke.\n\n\"The Art of the Harbour,\" Jane Roe published in 1987.",
      "Jane Roe spoke.\n\n\"Thank you,\" Jane Roe walked off the stage.",
  };
  for (const char* text : texts) {
    Annotated t(text);
    for (const auto& q : t.a.quotes) {
      if (q.kind != Quote::Kind::Direct) continue;
      EXPECT_NE(q.rule, "name-verb") << text;
      EXPECT_NE(t.name(q.speaker), "Jane Roe") << text << " (rule " << q.rule << ")";
    }
  }
  // A verb with a clause of its own is no attribution through this rule (a speech verb's
  // own pattern may still read it).
  Annotated t("Jane Roe spoke.\n\n\"How do you mend the split, then,\" Jane Roe noticed that a quarrel exists.");
  for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "name-verb") << t.a.text(q.span);
}

TEST(Quotes, ANameAndAVerbWithItsParticleAfterAnUnfinishedQuoteAttributeIt) {
  // Rule A370: `"Q," Jane Roe went on.` (word list name_verb_speech holds the verb and its
  // particle as one form): the name speaks, and the quote after it continues that speaker,
  // not the one of the paragraph before.
  const Case cases[] = {
      {"Tom Smith and Jane Roe met.\n\nTom Smith replied: \"Not this year.\"\n\n\"You know, the harbour can wait, "
       "right?\" Jane Roe went on, as if she had not heard him. \"But the wall cannot.\"",
       "You know, the harbour can wait, right?", "Jane Roe", Quote::Kind::Direct},
      {"Tom Smith and Jane Roe met.\n\nTom Smith replied: \"Not this year.\"\n\n\"You know, the harbour can wait, "
       "right?\" Jane Roe went on, as if she had not heard him. \"But the wall cannot.\"",
       "But the wall cannot.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  const Annotated first(cases[0].text);
  for (const auto& q : first.a.quotes) {
    if (q.kind == Quote::Kind::Direct && q.rule == "name-verb") {
      EXPECT_EQ(q.cue, "went on");
    }
  }
  // Before an infinitive the verb is catenative, no attribution of the title before it.
  Annotated t("Jane Roe spoke.\n\n\"The Harbour Wall,\" Jane Roe went on to publish in 1987.");
  for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "name-verb") << t.a.text(q.span);
}

TEST(Quotes, ASpeechVerbFormAfterAPossessiveAndCapitalisedWordsIsANoun) {
  // Rule A271: in `from his Treasury post`, the base form `post` after a possessive and
  // capitalised modifiers is a noun, no cue of the sentence (sentence-cue took it and gave
  // the quote to the Treasury); the sentence's reporting verb `suggested` attributes it.
  // Right after the possessive the form still reads as the possessor's words.
  const Case cases[] = {
      {"Tom Smith and John Doe spoke in Leeds.\n\nMr Smith, who stepped down from his council post to "
       "run as a Labour candidate, had hinted that Mr Doe would comfortably hit his spending target for "
       "the next few years - \"with room to spare\".",
       "with room to spare", "Tom Smith", Quote::Kind::Direct},
      {"Jane Roe, a former secretary of state, fanned controversy over her remark that \"there is a special "
       "place for people who do not help each other.\"",
       "there is a special place for people who do not help each other.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  Annotated t("Tom Smith and John Doe spoke in Leeds.\n\nMr Smith, who stepped down from his council post "
              "to run as a Labour candidate, had hinted that Mr Doe would comfortably hit his spending "
              "target for the next few years - \"with room to spare\".");
  for (const auto& q : t.a.quotes) EXPECT_NE(q.cue, "post") << t.a.text(q.span);
}

TEST(Quotes, ATranscriptLineIsTheWordsOfThePersonItsLabelNames) {
  // Rule A274 (transcript-label): a quote whose words open with a speaker label in capitals
  // and a colon (`"ROE: ..."`) is the words of the one person of the document with that
  // surname, whatever quote came before it; a label that names nobody, or two people,
  // gives no speaker through this rule.
  const Case cases[] = {
      {"Jane Roe interviewed Tom Smith on Sunday. Partial transcript as follows:\n\n\"ROE: Will you come to the town hall "
       "debate, sir?\"\n\n\"SMITH: I will be away on a fishing trip that night.\"",
       "ROE: Will you come to the town hall debate, sir?", "Jane Roe", Quote::Kind::Direct},
      {"Jane Roe interviewed Tom Smith on Sunday. Partial transcript as follows:\n\n\"ROE: Will you come to the town hall "
       "debate, sir?\"\n\n\"SMITH: I will be away on a fishing trip that night.\"",
       "SMITH: I will be away on a fishing trip that night.", "Tom Smith", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  const char* texts[] = {
      "Jane Roe spoke on Sunday.\n\n\"UPDATE: the vote on the harbour plan was postponed until next week.\"",
      "Jane Roe and John Roe spoke on Sunday.\n\n\"ROE: Will you come to the town hall debate, sir?\"",
  };
  for (const char* text : texts) {
    Annotated t(text);
    for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "transcript-label") << text;
  }
}

TEST(Quotes, SentencesWhollyInQuotationMarksDoNotCountTowardsItsAntecedent) {
  // Rule A275: `it` before a speech verb stands for an organisation that is the subject of
  // one of the two sentences before; sentences wholly inside quotation marks (the quoted
  // words of the attribution before) are not counted, so `The NAO said: "Q1. Q2. Q3. Q4."
  // It said ...` reaches the NAO.
  const Case cases[] = {
      {"The National Audit Office released its yearly review on Monday.\n\nThe NAO said: \"Member states still "
       "file their fraud returns late. The court has flagged this for years. Every one of the "
       "agencies must act now. The money must go further.\" It said there were 417 cases of "
       "waste in the UK in 2009.",
       "there were 417 cases of waste in the UK in 2009", "National Audit Office", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // Three narrative sentences back is still too far.
  Annotated t("The National Audit Office released its yearly review on Monday. The weather was cold. Trains ran "
              "late. Many shops stayed shut. It said there were 417 cases of waste in the UK in 2009.");
  for (const auto& q : t.a.quotes) EXPECT_NE(t.name(q.speaker), "National Audit Office") << t.a.text(q.span);
}

// A speech verb that attributed a direct quote of four words or more (three spaces)
// introduces no reported clause as well; a shorter quote leaves the verb to the clause.
// Row A1146 (s59-polrecall2): a clause of its own that a colon sets before the quote is
// reported besides it (GUIDELINES: the clause after the speech verb is an indirect quote).
TEST(Quotes, AVerbThatAttributedAQuoteOfFourWordsOrMoreIntroducesNothingElse) {
  auto indirect = [](const char* text) {
    Annotated t(text);
    std::size_t n = 0;
    for (const auto& q : t.a.quotes) n += q.rule == "indirect";  // the verb's reported clause
    return n;
  };
  EXPECT_EQ(indirect("John Doe said: \"We will not go home now.\""), 0u);
  EXPECT_EQ(indirect("John Doe said the plan was dead: \"We will not go.\""), 1u);  // A1146
  EXPECT_EQ(indirect("John Doe said the plan was dead: \"We will not go home now.\""), 1u);  // A1146
  EXPECT_EQ(indirect("John Doe said the plan was dead: \"We will go.\""), 1u);
  EXPECT_EQ(indirect("John Doe said the plan was dead: \"We go.\""), 1u);
}
TEST(Quotes, ARoleNounAfterANameOnATitleCaseLineHeadsTheSubject) {
  // Rule A290 (role_noun_after_name in quotes_indirect.cpp): on a title-case line (the
  // speech verb capitalised inside its sentence) a capitalised word of person_role_nouns
  // between a name and the verb heads the subject: the adviser or pollster speaks, not the
  // name that modifies it: the one person named after the same name and noun in the text
  // (`former Jane Roe pollster Tom Smith`), else unknown (each was Jane Roe before). The
  // name itself still speaks.
  const Case cases[] = {
      {"Jane Roe's Adviser Says The Harbour Plan Will Fail.\n\nJane Roe spoke on Monday.",
       "The Harbour Plan Will Fail", "(none)", Quote::Kind::Indirect},
      {"Former Roe Pollster Says The Harbour Plan Will Fail.\n\nJane Roe spoke on Monday.",
       "The Harbour Plan Will Fail", "(none)", Quote::Kind::Indirect},
      {"The Harbour Plan Will Fail, Former Roe Pollster Says.\n\nJane Roe spoke on Monday.",
       "The Harbour Plan Will Fail", "(none)", Quote::Kind::Indirect},
      // the name opening the text; a kinship noun (person_role_nouns)
      {"Roe's Son Says The Harbour Plan Will Fail.\n\nJane Roe spoke on Monday.",
       "The Harbour Plan Will Fail", "(none)", Quote::Kind::Indirect},
      {"The Harbour Plan Will Fail, Jane Roe's Doctor Says.\n\nJane Roe spoke on Monday.",
       "The Harbour Plan Will Fail", "(none)", Quote::Kind::Indirect},
      {"Jane Roe Says The Harbour Plan Will Fail.\n\nJane Roe spoke on Monday.",
       "The Harbour Plan Will Fail", "Jane Roe", Quote::Kind::Indirect},
      // the one person the text names after the same name and noun is the speaker
      {"The Harbour Plan Will Fail, Former Roe Pollster Says.\n\nFormer Jane Roe pollster Tom Smith spoke on Monday.",
       "The Harbour Plan Will Fail", "Tom Smith", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, ASentenceWhoseSpeechVerbHasAPersonLeadsInToTheQuoteAfterIt) {
  // Rule lead-sentence: a direct quote that opens its sentence with no cue of its own,
  // right after a sentence of its paragraph that holds no quotation marks and whose finite
  // speech verb has a person for its subject, is that person's words, not a continuation of
  // the speaker before; the lead-in's verb still reports a clause of its own.
  const Case cases[] = {
      {"\"We will win the state,\" said Tom Smith, the campaign chairman. Jane Roe agreed. \"Ordinary voters are "
       "fast losing the time to pick someone new.\"",
       "Ordinary voters are fast losing the time to pick someone new.", "Jane Roe", Quote::Kind::Direct},
      {"The count ended on Monday.\n\nJane Roe said in a statement. \"No postal votes are left to count in "
       "the valley.\"",
       "No postal votes are left to count in the valley.", "Jane Roe", Quote::Kind::Direct},
      {"Jane Roe said the leaflet showed the mayor as a magician. \"We must listen to those complaints, but "
       "nobody meant any harm.\"",
       "the leaflet showed the mayor as a magician", "Jane Roe", Quote::Kind::Indirect},
      // A lead-in paragraph of its own before the quote's paragraph.
      {"\"I will not take it back,\" said Tom Smith.\n\nJane Roe continued her remarks.\n\n\"Ten summers back "
       "she was the front-runner, and then a newcomer turned up and beat her.\"",
       "Ten summers back she was the front-runner, and then a newcomer turned up and beat her.", "Jane Roe",
       Quote::Kind::Direct},
      {"Jane Roe said the leaflet showed the mayor as a magician. \"We must listen to those complaints, but "
       "nobody meant any harm.\"",
       "We must listen to those complaints, but nobody meant any harm.", "Jane Roe", Quote::Kind::Direct},
      // Near misses of the review's cases (s41-fixq): a perfect auxiliary, a title and a
      // possessor before the subject, a closing mark with only punctuation after it.
      {"Mayor Jane Roe has agreed. \"This is a turning point for the whole campaign.\"",
       "This is a turning point for the whole campaign.", "Jane Roe", Quote::Kind::Direct},
      {"Iowa State University's Jane Roe agreed. \"This is a turning point for the whole campaign\".",
       "This is a turning point for the whole campaign", "Jane Roe", Quote::Kind::Direct},
      // A fronted adjunct before the comma, and a pronoun after the mark that refers back.
      {"Absent a plan of his own, Jane Roe pointed to the six bylaws Tom Smith has drafted. \"It would close every "
       "kind of clinic we rely on,\" she went on.",
       "It would close every kind of clinic we rely on", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  // Not a participle of an adjunct, not an organisation, not a sentence with quotation
  // marks or one that follows quoted words.
  const char* texts[] = {
      "\"We will win the state,\" said Tom Smith. But neither Jane Roe nor John Doe have gone as far as Smith in "
      "criticising the governor. \"The plan is divisive, stupid and wrong for the whole state.\"",
      "The Acme Corporation said in a statement. \"No postal votes are left to count in the valley.\"",
      "Jane Roe called the plan \"a blot on the valley\" on Monday. \"There are no postal votes left to count.\"",
      // The sentence after a quote is its attribution, not a lead-in: the answer is the crowd's.
      "\"Or do we promise the voters things we cannot pay for?\" Jane Roe asked.\n\n\"No, no, never again, never!\"",
      // Inside a quoted paragraph whose marks do not pair (a transcript's): no lead-in.
      "Partial transcript as follows:\n\n\"SMITH: Well, this is an episode of \u201cShark Tank.\u201d And Jane Roe "
      "said nothing at all.\n\n\"(CROSSTALK, several voices at once.)\n\n\"ROE: One moment, sir, since we are "
      "short of time.",
      // Review (s41-fixq): the quote does not end its sentence (the words after the mark
      // say whose words they are, or that they are none's) ...
      "Mayor Dana Whitfield defended the cuts on Monday.\n\n\"It's a betrayal,\" read a banner held by union "
      "members outside the hall.",
      "Mayor Dana Whitfield defended the cuts on Monday, and the union walked out of the hall.\n\n\"This is a "
      "betrayal of every worker,\" the union's statement read.",
      "Ellen Marsh wrote a book about the scandal. \"The Harbor Years\" sold 8,000 copies in its opening month.",
      "Ellen Marsh said nothing when asked about the fine. \"No comment\" was all her spokesman would offer.",
      // ... or the lead-in's verb is not its main clause's finite verb: a subordinate
      // clause's, an infinitive's, a modal's.
      "After Mayor Dana Whitfield announced the cuts, the union walked out of the hall. \"This is a betrayal of "
      "every worker.\"",
      "Tom Brady is expected to testify on Thursday. \"He will tell the truth.\"",
      "Mayor Dana Whitfield will announce the cuts on Monday. \"It will be painful.\"",
  };
  for (const char* text : texts) {
    Annotated t(text);
    for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "lead-sentence") << text;
  }
}

TEST(Quotes, ANameOpeningTheSentenceBeforeAnAppositionIsTheSubjectTheColonAnnounces) {
  // Rule A301 (clause-colon): a person's or organisation's name that opens the sentence and
  // is followed by an apposition is the subject of the clause before the colon, not a name
  // in the verb's object; with a speech verb in that clause the sentence's cue reads it
  // (sentence-cue). A list of names has no apposition.
  const Case cases[] = {
      {"Tom Smith, the chairman of the committee, sent Jane Roe a note with a single line: \"This is not "
       "acceptable at all.\"",
       "This is not acceptable at all.", "Tom Smith", Quote::Kind::Direct},
      {"Mr. Tom Smith, whose latest company uses big data, said Jane Roe was a candidate in the spirit of the "
       "valley: \"She is a start-up kind of person.\"",
       "She is a start-up kind of person.", "Tom Smith", Quote::Kind::Direct},
  };
  expect_attributed(cases);
  Annotated t("Tom Smith, Jane Roe and John Doe debated the plan: \"This is not acceptable at all.\"");
  for (const auto& q : t.a.quotes) EXPECT_NE(t.name(q.speaker), "Tom Smith") << q.rule;
  // Review (s41-fixq): a relative clause after a later comma may be what the colon ends:
  // the first name is no speaker; without it the name still is (above, and with `and`).
  Annotated relative("Tom Brady, the union leader, met the manager, who handed him a note: \"Talks will resume on "
                     "Monday morning.\"");
  for (const auto& q : relative.a.quotes) EXPECT_NE(relative.name(q.speaker), "Tom Brady") << q.rule;
  const Case near_miss[] = {
      {"Tom Brady, the union leader, met the manager and handed him a note: \"Talks will resume on Monday "
       "morning.\"",
       "Talks will resume on Monday morning.", "Tom Brady", Quote::Kind::Direct},
  };
  expect_attributed(near_miss);
}

TEST(Quotes, ANameAfterAPrepositionBeforeTheColonIsNoLabel) {
  // Rule A302 (name-colon): a person's name right before the colon is not the speaker when a
  // preposition stands right before it (the hearer, `a blunt message to X:`); the subject
  // that opens the clause is (clause-colon). The source's `from` and `by` stay labels.
  const Case cases[] = {
      {"Senator Jane Roe, the majority leader, delivered a blunt message to Tom Smith: \"It is time to quit "
       "attacking people and get on message.\"",
       "It is time to quit attacking people and get on message.", "Jane Roe", Quote::Kind::Direct},
      {"The rise of the outsiders - More from Jane Roe: \"The partisanship of the state is a starting point for "
       "the vote.\"",
       "The partisanship of the state is a starting point for the vote.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, ANameBetweenADashAndTheColonLabelsTheExcerpt) {
  // Rule A320 (dash-label): a digest's excerpt is headed `HEADING - Name: "Q"`; the name
  // after the spaced dash is the source, not the subject of a verb in the heading (`Voters
  // agree`), nor a name the heading's capitals make. Two names joined by `and` label it too.
  const Case cases[] = {
      {"The polls were right.\n\nVoters agree - Jane Roe: \"The main thing we learned was plain enough: keep on "
       "knocking on doors.\"",
       "The main thing we learned was plain enough: keep on knocking on doors.", "Jane Roe", Quote::Kind::Direct},
      {"The polls were right.\n\nTURNOUT DOES NOT RAISE HOPES IN OTHER STATES - Tom Smith and Jane Roe: \"At long "
       "last the contests have started.\"",
       "At long last the contests have started.", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, TheNamedAgentOfAPassiveQuestionVerbAsksTheQuotedQuestion) {
  // Rule A321 (passive-agent): `X was asked by Y whether ... "Q"` is Y's question, not X's
  // words, whether the verb is read before the quote (before-cue) or further back in the
  // sentence (sentence-cue); the reported question opens on its interrogative word.
  const char* near = "The debate was long.\n\nJane Roe was asked by moderator Tom Smith whether her plan would risk "
                     "\"adding yet another costly grant scheme to an already stretched county budget.\"";
  const char* far = "The debate was long.\n\nJane Roe was asked by moderator Tom Smith whether her plan for free bus "
                    "passes, at a cost of some $40 million a year over the coming decade, would risk \"adding yet another "
                    "costly grant scheme to an already stretched county budget.\"";
  const Case cases[] = {
      {near, "adding yet another costly grant scheme to an already stretched county budget.", "Tom Smith",
       Quote::Kind::Direct},
      {far, "adding yet another costly grant scheme to an already stretched county budget.", "Tom Smith",
       Quote::Kind::Direct},
      {far,
       "whether her plan for free bus passes, at a cost of some $40 million a year over the coming decade, would risk "
       "\"adding yet another costly grant scheme to an already stretched county budget.\"",
       "Tom Smith", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AQuoteTrailingOffOnAnEllipsisIsAttributedByTheShortSentenceAfterIt) {
  // Rule A322: an ellipsis closing the quoted words ends the sentence for the splitter as a
  // full stop does; the short sentence right after it (`Jane Roe said.`) is still its
  // attribution, not a continuation of the speaker before.
  const Case cases[] = {
      {"Tom Smith interviewed Jane Roe.\n\n\"Would you pick a deputy from outside?\" Tom Smith asked.\n\n\"Well, yes. I am going to "
       "talk to plenty of good candidates...\" Jane Roe said. \"Really?\" Smith repeated.",
       "Well, yes. I am going to talk to plenty of good candidates...", "Jane Roe", Quote::Kind::Direct},
      {"Tom Smith interviewed Jane Roe.\n\n\"Would you pick a deputy from outside?\" Tom Smith asked.\n\n\"Well, yes. I am going to "
       "talk to plenty of good candidates\u2026\" Jane Roe said. \"Really?\" Smith repeated.",
       "Well, yes. I am going to talk to plenty of good candidates\u2026", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AFullNameInMixedCaseOpeningAParagraphsQuoteLabelsTheLine) {
  // Rule A323 (transcript-label): `"Jane Roe: ..."` opening its paragraph is a transcript
  // line of Jane Roe's, not a continuation of the speaker before; a chant quoted inside a
  // sentence (`chanted "Tom Smith: ..."`) is no transcript line.
  const Case cases[] = {
      {"Tom Smith argued that the plan was naive.\n\n\"Jane Roe: Seriously, seriously about this. The senator says he "
       "will pay for it with a tax on speculation.\"",
       "Jane Roe: Seriously, seriously about this. The senator says he will pay for it with a tax on speculation.",
       "Jane Roe", Quote::Kind::Direct},
      {"Jane Roe spoke at the rally.\n\nOutside, the protesters chanted \"Tom Smith: Bad for the state, bad for "
       "you.\"",
       "Tom Smith: Bad for the state, bad for you.", "(none)", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

// `Last week, Acme Holdings, a Dutch lender, revealed that ...` (rule A340): a named
// organisation that opens the clause after a fronted phrase, followed by an apposition or a
// relative clause closed by the comma before the verb, is the subject; not for a participle,
// whose subject is the clause's (`Jane Roe praised the lender, Acme Holdings, which ...,
// saying` is Roe's), nor after a preposition that takes the name as its object.
TEST(Quotes, ANamedBodyAfterAFrontedPhraseAndBeforeItsAppositionSpeaks) {
  EXPECT_EQ(speaker_of("Output fell in March. Last week, Acme Holdings, a Dutch lender, revealed that the loans were unsafe.",
                       "the loans were unsafe"),
            "Acme Holdings");
  EXPECT_EQ(speaker_of("Output fell in March. On Monday, Acme Holdings, which owns the mill, said the plant would close.",
                       "the plant would close"),
            "Acme Holdings");
  EXPECT_EQ(speaker_of("Jane Roe praised the lender, Acme Holdings, which owns the mill, saying the plant would stay open.",
                       "the plant would stay open"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Output fell in March. In Paris, the lender, a Dutch bank, said the loans were safe.",
                       "the loans were safe"),
            "(none)");
}

// `Since announcing in May that ..., Ms. Roe has backed` (rule A341): the subject of a
// participle that opens the sentence is the main clause's, read after the first comma, and
// a title may stand before the name there; a possessive name after the title is no subject.
TEST(Quotes, AFrontedParticiplesSubjectIsTheMainClausesEvenAfterATitle) {
  EXPECT_EQ(speaker_of("Jane Roe spoke on Friday. Since announcing in May that she would not run again, Ms. Roe has backed the "
                       "governor.",
                       "she would not run again"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith spoke on Friday. Since suggesting on Monday that the plan had failed, Sen. Tom Smith "
                       "voted for it.",
                       "the plan had failed"),
            "Tom Smith");
  EXPECT_NE(speaker_of("Tom Smith spoke on Friday. Since suggesting on Monday that the plan had failed, Gov. Tom Smith's aide "
                       "voted for it.",
                       "the plan had failed"),
            "Tom Smith");
}

// `X, who ..., tweeted on Friday to say ...` (rule A342): a time phrase (words of
// before_that, one no preposition, the last no determiner) between a catenative verb and
// `to` is passed over, so the speech verb's subject is that verb's; a person named inside
// the subject's apposition is still not the speaker.
TEST(Quotes, ATimePhraseBetweenACatenativeVerbAndToKeepsItsSubject) {
  EXPECT_EQ(speaker_of("Tom Smith, who is standing for mayor, tweeted on Sunday to say he would never back the plan.",
                       "he would never back the plan"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe tried on Tuesday to explain why the plan failed.", "why the plan failed"), "Jane Roe");
  EXPECT_EQ(speaker_of("The board of Acme Holdings, chaired by Jane Roe, voted on Friday to say that the plan had failed.",
                       "the plan had failed"),
            "(none)");
}

// `Sen. Jane Roe (a ... aside of fifteen tokens) says` (rule A343): a parenthetical of up to
// 23 tokens between the subject and its verb is passed over (11 before); a person named
// inside a parenthetical after another subject is still not the speaker.
TEST(Quotes, ALongParentheticalBeforeTheVerbIsPassedOver) {
  EXPECT_EQ(speaker_of("Sen. Jane Roe (a Vermont Democrat so tireless she has been mistaken for one of her own aides) says "
                       "the bill will pass.",
                       "the bill will pass"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The plan (drafted by Tom Smith and a dozen of his aides over one long summer in the capital) says the "
                       "tax will rise.",
                       "the tax will rise"),
            "(none)");
}

// `X concluded ..., but did not recommend that ...`, `X, who did not explicitly say that
// ...` (rule A344): `did`, `does`, `not` and `never` join subject_gap_words, the auxiliaries
// and adverbs that may stand between a subject gap (a coordinator, a relative, a comma)
// and its verb, so the coordinated or relative verb has the clause's subject.
TEST(Quotes, NegatedAuxiliariesMayStandInASubjectGap) {
  EXPECT_EQ(speaker_of("Jane Roe praised the plan on Monday, but did not say that it would pass.", "it would pass"), "Jane Roe");
  EXPECT_EQ(speaker_of("Jane Roe, who did not openly say that the plan had failed, said on Wednesday that it needed work.",
                       "the plan had failed"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Jane Roe backed the plan and never said that it would fail.", "it would fail"), "Jane Roe");
}

// `X was making a pitch to voters, refusing to concede that ...` (rule A345): a participle
// right after a comma and right before `to` is the catenative verb of the speech verb after
// `to`, whose subject is then read as the participle's, the clause's subject; not when an
// object stands before `to` (`..., leaving some to question whether`: theirs, not X's).
TEST(Quotes, AParticipleBeforeToLendsTheClausesSubject) {
  EXPECT_EQ(speaker_of("Jane Roe was making her case to the crowd, refusing to admit that the contest was lost.",
                       "the contest was lost"),
            "Jane Roe");
  EXPECT_NE(speaker_of("Tom Smith closed the mill, leaving some to question whether the town would survive.",
                       "whether the town would survive"),
            "Tom Smith");
}

// `Jane Roe, who chairs the panel, wrote on Sunday to say ...` (rule A347): a speech verb's
// form (an irregular past too) after a comma and right before `to` or its time phrase is
// the catenative verb, whose subject the speech verb after `to` has; not with an object
// between (`Tom Smith, who chairs the panel, told reporters to say nothing`: theirs).
TEST(Quotes, ASpeechVerbBeforeToAfterAnAppositionIsTheCatenativeVerb) {
  EXPECT_EQ(speaker_of("Jane Roe, who chairs the panel, wrote on Sunday to say the hearing would go ahead.",
                       "the hearing would go ahead"),
            "Jane Roe");
  EXPECT_NE(speaker_of("Tom Smith, who chairs the panel, told reporters to say the hearing would go ahead.",
                       "the hearing would go ahead"),
            "Tom Smith");
}

// `"Q," remembered Jane Roe` (row A405): manner verbs of speaking, of memory and of urging
// (speech_verbs.json `beam`, `remember`, `exhort`, not reporting a that-clause) cue a direct
// quote in inverted order after it, as `said` does.
TEST(Quotes, AMannerOrMemorySpeechVerbAfterAQuoteInvertedCuesIt) {
  EXPECT_EQ(speaker_of("The mill closed in May.\n\n\"Nobody saw it coming,\" remembered Jane Roe, a former foreman.",
                       "Nobody saw it coming"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The crowd cheered.\n\n\"What a night!\" beamed Tom Smith of Dayton.", "What a night!"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("The rally began.\n\n\"Go out and vote,\" exhorted John Bloggs, the mayor.", "Go out and vote"),
            "John Bloggs");
}

// `At a rally in Dayton, 62-year-old Jane Roe railed against X, and explained how ...` (rule
// A406): a compound adjective that a number opens (`62-year-old`) before the name after a
// fronted phrase's comma is the name's premodifier; the name is the subject of the
// coordinated speech verb, not a name inside the fronted phrase.
TEST(Quotes, ANumberCompoundBeforeTheNameAfterAFrontedPhrase) {
  EXPECT_EQ(speaker_of("The rally was loud.\n\nAt a Tom Smith rally in Millbrook, 58-year-old Jane Roe railed "
                       "against tolls, and explained how much they hurt her.",
                       "how much they hurt her"),
            "Jane Roe");
}

// `"Q," said Air Force 1st Lt. Jane Roe` (row A407): `Force` heads an organisation's name
// (org_heads.json, as `Army`, `Navy`), so the service before a rank and a name is no person
// and the quote is the named person's.
TEST(Quotes, AServiceNameBeforeARankIsNoSpeaker) {
  const char* text = "The base reopened.\n\n\"We were ready for it,\" said Air Force 1st Lt. Jane Roe.";
  EXPECT_EQ(speaker_of(text, "We were ready for it"), "Jane Roe");
  Annotated t(text);
  ASSERT_NE(t.entity("Air Force"), nullptr);
  EXPECT_EQ(t.entity("Air Force")->type, EntityType::Organization);
}

// `Jane Roe welcomed "the recognition that ..."` (rule subject-predicate): a partial quote of
// three words or more in the predicate of a clause whose subject, a person named where the
// sentence opens, has no speech cue is the subject's words; not after a copula (`Roe is
// "..."` describes her), nor when another person is named before the quote (`knocked a
// claim by Tom Smith that "..."` is Smith's), nor after a possessor (`Roe's plan "..."`).
TEST(Quotes, APartialQuoteInTheSubjectsPredicateIsTheSubjects) {
  std::string rule;
  EXPECT_EQ(speaker_of("The mill reopened.\n\nJane Roe, a co-founder of the trust, welcomed \"the recognition that we "
                       "still lack the right equipment.\"",
                       "the recognition that we still lack the right equipment.", &rule),
            "Jane Roe");
  EXPECT_EQ(rule, "subject-predicate");
  EXPECT_EQ(speaker_of("The vote was close.\n\nJane Roe credited the win to \"a closed primary where few could vote.\"",
                       "a closed primary where few could vote."),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The vote was close.\n\nJane Roe is \"the most able mayor we have had.\"",
                       "the most able mayor we have had."),
            "(none)");
  EXPECT_EQ(speaker_of("The vote was close.\n\nJane Roe knocked a claim by Tom Smith that the town \"will never recover "
                       "from this.\"",
                       "will never recover from this."),
            "(none)");
  // An auxiliary or modal before the quote: a passive or a predicate about the subject, whose
  // quoted words are a ruling's or a law's (review of A410 on news-2213).
  EXPECT_EQ(speaker_of("The match ended in a draw.\n\nJane Roe has been \"reminded of her duties to the game\" by the "
                       "league.",
                       "reminded of her duties to the game"),
            "(none)");
  EXPECT_EQ(speaker_of("The post is new.\n\nJane Roe will have the right to inquire into \"any matter bearing on the "
                       "safety of tenants\".",
                       "any matter bearing on the safety of tenants"),
            "(none)");
  // An organisation named between the subject and the quote is a source of its own.
  EXPECT_EQ(speaker_of("The polls opened.\n\nJane Roe brushed off Acme Party suggestions that a vote for her would let "
                       "rivals in \"through the side door\".",
                       "through the side door"),
            "(none)");
}

// `"Q," said Trump's campaign manager, Corey Lewandowski` (rule A411): a person named only as
// the possessor of an inverted speaker phrase that ends with a role noun, or before a name
// set off by a comma after a role noun (`Clinton's introducer, actress Jane Roe`), is no
// speaker: the name in the apposition is.
TEST(Quotes, APossessorInAnInvertedSpeakerPhraseIsNoSpeaker) {
  const char* text = "Tom Smith came to Dayton.\n\n\"Go out and vote,\" exhorted Smith's introducer, actress Jane Roe. "
                     "\"We will win this,\" said Smith's campaign manager, John Doe.";
  EXPECT_EQ(speaker_of(text, "Go out and vote"), "Jane Roe");
  EXPECT_EQ(speaker_of(text, "We will win this"), "John Doe");
}

// `"Q," said the mother of Jane Roe, Mary Smith` (rule A455): a person named in an
// of-phrase after a noun in an inverted speaker phrase is no speaker when a person's name
// follows, set off by a comma; the name in the apposition is.
TEST(Quotes, APersonInAnOfPhraseBeforeAnAppositionIsNoSpeaker) {
  const char* text = "Jane Roe was hurt in the fire.\n\n\"We will rebuild,\" said the mother of Jane Roe, Mary Smith. "
                     "\"She never gave up,\" said a friend of Jane Roe, Tom Baker. \"It was a shock,\" said Jane Roe.";
  EXPECT_EQ(speaker_of(text, "We will rebuild"), "Mary Smith");
  EXPECT_EQ(speaker_of(text, "She never gave up"), "Tom Baker");
  EXPECT_EQ(speaker_of(text, "It was a shock"), "Jane Roe");
}

// `It was a year ago that Jane Roe, a former mayor, said ...` (rule A445): a name that opens
// the clause after a complementizer, set off by one apposition closed right before the verb,
// is the subject; not a name at the end of a relative clause (`lights that formed the name
// Smith, said`) nor one set off by more than one phrase from the verb.
TEST(Quotes, ANameAfterACleftsThatAndBeforeAnAppositionIsTheSubject) {
  EXPECT_EQ(speaker_of("It was three years ago that Jane Roe, who is thinking about running for mayor, said the tower "
                       "was impossible to sell.",
                       "the tower was impossible to sell"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("It was last spring that Jane Roe, a former mayor, said the harbour would close.",
                       "the harbour would close"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Delegate John Doe, clad in a cape with lights that formed the name Jane Roe, said the "
                       "party would win.",
                       "the party would win"),
            "John Doe");
}

// A headline's subject and its predicate before the colon (rule A475, headline-colon): on a
// line of its own, the person named where the line opens, followed by a verb in -s or a
// lower-case preposition, speaks the words after the colon, not the name the predicate
// ends on; a plural noun after the name (`Supporters`) or a title before the name at the
// colon (`Campaign Chair Tom Smith:`) is no predicate, and in running text nothing changes.
TEST(Quotes, AHeadlinesOpeningNameAndItsPredicateBeforeTheColonSpeak) {
  auto line = [](const char* headline) { return std::string(headline) + "\n\nJane Roe spoke in the harbour town on Monday."; };
  std::string rule;
  // was France's: the name at the colon is the predicate's object
  EXPECT_EQ(speaker_of("Mary Jones Visits France: 'We Love This Country.'\n\nMary Jones spoke in the harbour town on Monday.",
                       "We Love This Country.", &rule),
            "Mary Jones");
  EXPECT_EQ(rule, "headline-colon");
  // had no speaker
  EXPECT_EQ(speaker_of(line("Jane Roe on the harbour plan: 'We need more time.'").c_str(), "We need more time.", &rule), "Jane Roe");
  EXPECT_EQ(rule, "headline-colon");
  // not a predicate: a plural noun, a role noun's plural (another rule's), a title before the name at the colon
  speaker_of(line("Jane Roe supporters: 'We will march on the capital.'").c_str(), "We will march on the capital.", &rule);
  EXPECT_NE(rule, "headline-colon");
  speaker_of(line("Jane Roe aides: 'We will march on the capital.'").c_str(), "We will march on the capital.", &rule);
  EXPECT_NE(rule, "headline-colon");
  EXPECT_EQ(speaker_of(line("Jane Roe aide Tom Smith: 'We will win this race.'").c_str(), "We will win this race."), "Tom Smith");
  // not on a line of its own (the name at the colon, A33, as before)
  EXPECT_EQ(speaker_of("Jane Roe arrived. Jane Roe on Tom Smith: 'He will win this race.' The crowd cheered.", "He will win this race."),
            "Tom Smith");
}

// `The Daily Star, which said ...` (rule A477): a relative `which` right after a comma on an
// organisation's name makes the organisation the subject of the relative clause's speech
// verb, as `who` does for a person (A70); not when the name is a passive participle's agent
// (`an analysis, first reported by the Daily Star, which concluded ...`: the clause may be
// on the analysis).
TEST(Quotes, ARelativeWhichOnAnOrganisationMakesItTheSpeaker) {
  EXPECT_EQ(speaker_of("The board met after a request by the Acme Corporation, which argued that the plant should stay open.",
                       "the plant should stay open"),
            "Acme Corporation");
  EXPECT_EQ(speaker_of("The Acme Corporation, which said it would cut 300 jobs, reported a loss on Monday.", "it would cut 300 jobs"),
            "Acme Corporation");
  EXPECT_EQ(speaker_of("The mayor ordered a review, first reported by the Acme Corporation, which concluded that the plant was "
                       "unsafe.",
                       "the plant was unsafe"),
            "(none)");
}

// `Jane Roe on CNN said ...` (rule A478): an organisation or person named in a short
// prepositional phrase between the subject's name and the speech verb is the preposition's
// object; the name before the phrase speaks. Not a person's name right before the verb (a
// headline run into the text: `Roe backs Smith for Ohio Jane Roe believes ...`).
TEST(Quotes, ANameInAPrepositionalPhraseBeforeTheVerbIsNoSpeaker) {
  EXPECT_EQ(speaker_of("Jane Roe on CNN said she would run for the Senate.", "she would run for the Senate"), "Jane Roe");
  EXPECT_EQ(speaker_of("Jane Roe at a CNN forum said she would run for the Senate.", "she would run for the Senate"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Roe backs Smith for Ohio Jane Roe believes Tom Smith would be the best choice for the post.",
                       "Tom Smith would be the best choice for the post"),
            "Jane Roe");
}

// A place in the phrase after a person's name (`Jane Roe in London said`, row A500): the
// person speaks, not the place; not when a person is named right before the verb (a
// headline run into the text).
TEST(Quotes, APlaceInAPhraseAfterAPersonIsNoSpeaker) {
  EXPECT_EQ(speaker_of("Jane Roe in London said the plan would fail.", "the plan would fail"), "Jane Roe");
  EXPECT_EQ(speaker_of("The BBC's Tom Smith in Madrid says the plan will fail.", "the plan will fail"), "Tom Smith");
}

// A slash between two numbers in the phrase after an inverted verb (`said 9/11 widow Jane
// Roe`, rule A530) does not end the phrase: the person named after it speaks.
TEST(Quotes, ANumberWithASlashBeforeTheSpeakerAfterTheVerb) {
  EXPECT_EQ(speaker_of("The bill passed on Friday. \"It is a good day,\" said 9/11 widow Jane Roe.", "It is a good day"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The shop opened on Friday. \"We never close,\" said 24/7 store owner Tom Smith.", "We never close"),
            "Tom Smith");
}

// A bare surname that opens a title line (rule A531) is the one person of the document with
// that surname: `Roe on Smith: 'Q'` and `Roe to Smith: 'Q'` are Roe's, not Smith's, and
// `Roe: 'Q'` is Roe's too.
TEST(Quotes, ABareSurnameOpeningAHeadlineSpeaks) {
  const char* body = "\n\nMary Roe attacked John Smith on Tuesday over the budget figures.";
  EXPECT_EQ(speaker_of((std::string("Roe on Smith: 'He lied to us'") + body).c_str(), "He lied to us"), "Mary Roe");
  EXPECT_EQ(speaker_of((std::string("Roe to Smith: 'Resign now'") + body).c_str(), "Resign now"), "Mary Roe");
  EXPECT_EQ(speaker_of((std::string("Roe: 'Resign now'") + body).c_str(), "Resign now"), "Mary Roe");
  EXPECT_EQ(speaker_of((std::string("Smith on the Budget: 'It adds up'") + body).c_str(), "It adds up"), "John Smith");
}

// A chain of prepositional phrases between a name and its speech verb (rule A532, after
// A119 and A478): `Jane Roe in an interview with the BBC said` is Roe's, not the BBC's; not
// across a verb (`Democrats on the ticket will be targets for Smith's claims that`).
TEST(Quotes, AChainOfPrepositionalPhrasesBeforeTheVerbIsNoSpeaker) {
  EXPECT_EQ(speaker_of("Jane Roe in an interview with the BBC said the talks had failed.", "the talks had failed"), "Jane Roe");
  EXPECT_EQ(speaker_of("Jane Roe at a news conference in Paris said the plan had failed.", "the plan had failed"), "Jane Roe");
  EXPECT_EQ(speaker_of("John Smith met voters in Ohio. Both rivals in the race will be the targets of Smith's claims that he "
                       "is a friend of farmers.",
                       "he is a friend of farmers"),
            "John Smith");
}

// A form in -ing right after a determiner is a noun, no verb, in a chain of prepositional
// phrases before the speech verb (rule A556): `Jane Roe at a meeting in Leeds said` is Roe's,
// not Leeds's; `Democrats in five states going to the polls say` still holds a verb.
TEST(Quotes, ANounInIngInAChainOfPhrasesIsNoVerb) {
  EXPECT_EQ(speaker_of("Jane Roe at a meeting in Leeds said the council was to blame.", "the council was to blame"), "Jane Roe");
  EXPECT_EQ(speaker_of("John Smith at the hearing in Ohio said the plan had failed.", "the plan had failed"), "John Smith");
}

// An -s form of a speech verb after a complementizer and before a finite auxiliary is a
// plural noun, no cue (rule A533): `Smith said that states can pass such laws because "Q"`
// is Smith's, not the quote of a `states` with no subject.
TEST(Quotes, AnSFormBeforeAnAuxiliaryIsAPluralNoun) {
  EXPECT_EQ(speaker_of("Tom Smith spoke in Ohio. Smith said on Thursday that states can set such rules because \"drivers should "
                       "not be parking there.\"",
                       "drivers should not be parking there."),
            "Tom Smith");
}

// A place named only as a preposition's object in the phrase after an inverted verb is no
// speaker (rule A534): `"Q," said a teacher from Leeds` is unattributed, not Leeds's; a
// report's source keeps its place (`according to a report from X`).
TEST(Quotes, APlaceInTheSpeakerPhraseIsNoSpeaker) {
  EXPECT_EQ(speaker_of("The vote was close. \"We have no freedom anymore,\" said a teacher from Leeds.", "We have no freedom anymore"),
            "(none)");
  EXPECT_EQ(speaker_of("The vote was close. \"We have no freedom anymore,\" said one voter in Ohio.", "We have no freedom anymore"),
            "(none)");
}

// `Division` opens an organisation's name before `of` (org_heads, position start; rule
// A535), as `Bureau` does: `according to the state Division of Motor Vehicles` has a source.
TEST(Quotes, ADivisionOfABodyIsASource) {
  EXPECT_EQ(speaker_of("Bus fares rose 4 percent in May, according to the county Division of Motor Vehicles.",
                       "Bus fares rose 4 percent in May"),
            "Division of Motor Vehicles");
}

// A role noun and a person's name right before the verb after a comma are the subject, no
// apposition of the name before the comma (rule A536): `Or maybe Tom Smith, consultant
// Jane Roe says. "Q"` is Roe's, the clause and the quote after it.
TEST(Quotes, ARoleNounAndANameRightBeforeTheVerbAreTheSubject) {
  const char* text = "The race is open. Or maybe Tom Smith, digital consultant Jane Roe says. \"Several surveys suggest a "
                     "second look.\"";
  EXPECT_EQ(speaker_of(text, "Or maybe Tom Smith"), "Jane Roe");
  EXPECT_EQ(speaker_of(text, "Several surveys suggest a second look."), "Jane Roe");
}

// A reported clause inside the attribution after a direct quote does not take the next
// uncued quote from that quote's speaker (rule A537); a clause of its own sentence still
// does (A37).
TEST(Quotes, AClauseInsideTheAttributionKeepsTheContinuationSpeaker) {
  const char* text = "Tom Smith met the host Alex Jones on Monday. \"Your reputation is amazing,\" Smith assured Jones, after "
                     "Jones assured Smith that his listeners backed him. \"I will not fail you.\"";
  EXPECT_EQ(speaker_of(text, "I will not fail you."), "Tom Smith");
  EXPECT_EQ(speaker_of(text, "his listeners backed him"), "Alex Jones");
}

// A sentence that opens with an inverted speech verb gives the quote after the comma to the
// person named after the verb, however long the relative clause between (rule A538).
TEST(Quotes, ASentenceOpeningWithAnInvertedVerbNamesTheSpeaker) {
  EXPECT_EQ(speaker_of("The museum opened on Friday. Said Jane Roe, who went to school with him in the harbour district, \"We all "
                       "felt so proud of him.\"",
                       "We all felt so proud of him."),
            "Jane Roe");
}

// A that-less clause may open on a number's modifier (`about`, `at least`, `more than`;
// row A520): the phrase is the clause's subject when a finite verb follows; not a phrase of
// time with no clause (`said about 20 minutes later`).
TEST(Quotes, AThatlessClauseMayOpenOnANumbersModifier) {
  EXPECT_EQ(speaker_of("The Harbour Authority said about 30 boats have sunk in the storm.", "about 30 boats have sunk in the storm"),
            "Harbour Authority");
  EXPECT_EQ(speaker_of("The Harbour Authority said nearly 30 boats were lost in the storm.", "nearly 30 boats were lost in the storm"),
            "Harbour Authority");
  EXPECT_EQ(speaker_of("Mary Jones suggested at least nine trains had been delayed on Monday.",
                       "at least nine trains had been delayed on Monday"),
            "Mary Jones");
  Annotated t("Mary Jones said about 20 minutes later.");
  EXPECT_TRUE(t.a.quotes.empty());
}

// A dash after an attribution that follows its clause opens an afterthought on the whole
// sentence (row A521): the clause before the comma is still the report; not a dash that
// closes an aside.
TEST(Quotes, ADashAfterAClosingAttributionKeepsTheClause) {
  EXPECT_EQ(speaker_of("Fees will rise by 10 percent next year, the Water Board said on Friday -- a move driven by rising costs.",
                       "Fees will rise by 10 percent next year"),
            "Water Board");
  EXPECT_EQ(speaker_of("The bridge will close in May, Tom Baker said on Friday at a meeting in Leeds \xE2\x80\x94 a blow to local traders.",
                       "The bridge will close in May"),
            "Tom Baker");
  // (not a dash that closes an aside opened by an earlier one)
  Annotated t("The new rules \xE2\x80\x94 chiefly the cap on fees, as it is now written \xE2\x80\x94 add a burden for small firms.");
  EXPECT_TRUE(t.a.quotes.empty());
}

// A quotation that closes an aside on the verb's subject (a title in an apposition, a cited
// phrase, a relative clause's quote; row A522) is no quote the verb attributes: the
// that-less clause after the verb is reported, with the subject as speaker.
TEST(Quotes, AQuotationClosingAnAsideOnTheSubjectLeavesTheClause) {
  EXPECT_EQ(speaker_of("Sam Cole, host of ABC's \"Evening Hour,\" suggested the council had ignored the warnings.",
                       "the council had ignored the warnings"),
            "Sam Cole");
  EXPECT_EQ(speaker_of("Tom Pratt, citing \"the spirit of the town,\" said the festival would go ahead.", "the festival would go ahead"),
            "Tom Pratt");
  EXPECT_EQ(speaker_of("Tom Pratt, citing \"the spirit of the town,\" said the festival would go ahead.", "the spirit of the town"),
            "Tom Pratt");
  EXPECT_EQ(speaker_of("\"It was strategic,\" said Jane Roe, a professor at the college.", "It was strategic"), "Jane Roe");
}

// Between a pair of dashes after the verb any words may stand before its `that` (row A523):
// a comma, a subordinator or a pronoun inside the aside no longer hides the clause.
TEST(Quotes, ADashAsideBeforeThatMayHoldAComma) {
  EXPECT_EQ(speaker_of("Tom Baker said -- on the radio, as it turned out -- that the bridge would close in May.",
                       "the bridge would close in May"),
            "Tom Baker");
}

// A place's state set off by commas (`in Camden, New Jersey,`) does not count against the
// fourteen tokens of hearer and adjuncts before a reporting verb's `that` (row A524).
TEST(Quotes, APlacesStateBeforeThatIsNotCounted) {
  EXPECT_EQ(speaker_of("Anna Reed said Thursday during a recording of a public forum in Millbrook, New Jersey, that the state is wrong.",
                       "the state is wrong"),
            "Anna Reed");
}

TEST(Quotes, ReportedClausesStartOnlyAtAListedWordOrASpeechVerb) {
  // Row 23.70: indirect_quotes() skips a token in no word list whose lower-case form lacks
  // the word bit kSpeechFirst before its statement-noun and speech-verb tests. Every token
  // it skips fails both tests (no statement noun, no speech-verb phrase starts there), and
  // reports cued by verbs of one and two words and by a statement noun are still found.
  const Lexicons& lex = gazette::testing::pipeline().lexicons();
  const Case cases[] = {
      {"Jane Roe said the bridge would open in May.", "the bridge would open in May", "Jane Roe", Quote::Kind::Indirect},
      {"John Doe pointed out that the river had flooded twice.", "the river had flooded twice", "John Doe",
       Quote::Kind::Indirect},
      {"Jane Roe spoke in Leeds. Critics attacked Jane Roe's claim that the council could not pay for the new school.",
       "the council could not pay for the new school", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  std::size_t skipped = 0;
  for (const auto& c : cases) {
    Annotated t(c.text);
    const auto& tokens = t.a.tokens;
    for (std::size_t k = 0; k < tokens.size(); ++k) {
      const Token& tk = tokens[k];
      std::uint32_t payload = 0;
      const std::size_t speech = lex.speech_index().match(tokens, k, tokens.size(), payload);
      if (tk.lmask == 0 && tk.lid != Vocab::kUnset && !(tk.lbits & Lexicons::kSpeechFirst)) {
        ++skipped;
        EXPECT_FALSE(lex.in(Words::StatementNouns, tk)) << tk.norm;
        EXPECT_EQ(speech, 0u) << tk.norm;
      }
      if (speech > 0 || lex.in(Words::StatementNouns, tk)) {
        EXPECT_TRUE(tk.lmask != 0 || (tk.lbits & Lexicons::kSpeechFirst)) << tk.norm;
      }
    }
  }
  EXPECT_GT(skipped, 10u);  // most words of a text are skipped
}

// A person named as the possessor of a phrase headed by a person role noun is no speaker
// (rule A580): `Roe's aides said` is the aides', unnamed; a spokesman speaks for the
// possessor, and a role noun before a name leaves the name the subject.
TEST(Quotes, APossessorOfAidesOrALawyerIsNoSpeaker) {
  const char* text = "Jane Roe spoke in Leeds on Monday. Roe's aides said the schedule would change. Ms Roe's closest "
                     "advisers have long insisted that the budget is sound. Roe's lawyer said she would appeal. Ms Roe's "
                     "spokesman said the talks were useful. Ms Roe's daughter Emily said the family was proud.";
  EXPECT_EQ(speaker_of(text, "the schedule would change"), "(none)");
  EXPECT_EQ(speaker_of(text, "the budget is sound"), "(none)");
  EXPECT_EQ(speaker_of(text, "she would appeal"), "(none)");
  EXPECT_EQ(speaker_of(text, "the talks were useful"), "Jane Roe");
  EXPECT_EQ(speaker_of(text, "the family was proud"), "Emily");
}

// A subordinator and a name after a comma open a clause whose subject the name is, no
// apposition of the name before the comma (rule A581): `..., including Tom Smith, though
// Roe notes CLAUSE` is Roe's.
TEST(Quotes, ANameAfterASubordinatorIsTheSubject) {
  const char* text = "Jane Roe is the attorney general. The department hired several lawyers, including Tom Smith, though "
                     "Roe notes they were hired before she took office.";
  EXPECT_EQ(speaker_of(text, "they were hired before she took office"), "Jane Roe");
}

// A second report coordinated with no comma, with a subject of its own, ends the first
// speaker's clause (rule A582): `Smith said the plan was a mess and Jane Roe said it would
// fail` gives two quotes; not a coordinated subject (`because the council and the mayor
// agreed`) nor a noun after a preposition (`about Labour and Tory promises on tax`).
TEST(Quotes, ASecondSpeakersCoordinatedReportEndsTheClause) {
  const char* text = "The council met on Monday. Tom Smith said the plan was a mess and Jane Roe said it would fail.";
  EXPECT_EQ(speaker_of(text, "the plan was a mess"), "Tom Smith");
  EXPECT_EQ(speaker_of(text, "it would fail"), "Jane Roe");
  EXPECT_EQ(speaker_of("The council met on Monday. Tom Smith said the plan was late while the Greens say the costs are too high.",
                       "the plan was late"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("The council met on Monday. Tom Smith said the plan will fail because the council and the mayor agreed "
                       "to cut the budget.",
                       "the plan will fail because the council and the mayor agreed to cut the budget"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("The council met on Monday. Tom Smith said voters were sceptical about Labour and Tory promises on tax.",
                       "voters were sceptical about Labour and Tory promises on tax"),
            "Tom Smith");
}

// The same for a partial quote's reported clause (rule A583): `said the plan was "a complete
// mess" and Jane Roe said it would fail` ends Smith's clause after the marks.
TEST(Quotes, ASecondSpeakersCoordinatedReportEndsAPartialQuotesClause) {
  const char* text = "The council met on Monday. Tom Smith said the plan was \"a complete mess\" and Jane Roe said it would fail.";
  EXPECT_EQ(speaker_of(text, "the plan was \"a complete mess\""), "Tom Smith");
  EXPECT_EQ(speaker_of(text, "it would fail"), "Jane Roe");
}

// A622: the second report's verb in its base form right after a plural subject (`but the
// unions say`), and an irregular past as the first clause's finite verb (`sales fell
// sharply`); not a form in -s after a singular noun (`the union claims were false`: a noun).
TEST(Quotes, ABaseFormAfterAPluralSubjectEndsTheClause) {
  const char* text = "The council met on Monday. Tom Smith said sales fell sharply but the unions say the figures are wrong.";
  EXPECT_EQ(speaker_of(text, "sales fell sharply"), "Tom Smith");
  EXPECT_EQ(speaker_of("The council met on Monday. Tom Smith said the figures were wrong and the union claims were false.",
                       "the figures were wrong and the union claims were false"),
            "Tom Smith");
}

// A noun naming a person by what they do (an ending of person_noun_endings: `backbencher`,
// `physician`), or a role noun before an honorific, between a body's name and a person's
// name describes the person, who heads the subject of a coordinated report (rule A640):
// `Labour backbencher Jane Roe ... but admitted` is Roe's, not Labour's.
TEST(Quotes, ANounNamingAPersonAfterABodyLetsThePersonHead) {
  const char* text = "The vote was held on Monday. Labour backbencher Jane Roe praised the plan but admitted the "
                     "budget was tight. Leeds United manager Sir Tom Smith sympathised with the players and said the "
                     "pitch was poor.";
  EXPECT_EQ(speaker_of(text, "the budget was tight"), "Jane Roe");
  EXPECT_EQ(speaker_of(text, "the pitch was poor"), "Tom Smith");
}

// A place's name, lower-case words and an organisation's name that ends the subject: the
// organisation speaks, the place describes it (rule A641): `UK broadcaster Radio Acme says`
// is Radio Acme's, `France's Acme Motors warned` Acme Motors'; a verb form between the names
// (`Britain backs ...`) is no description.
TEST(Quotes, AnOrganisationAfterAPlaceAndItsDescriptionSpeaks) {
  const char* text = "Radio Acme plans a new service. UK broadcaster Radio Acme says it will reach every county. "
                     "France's Acme Motors warned that its profits may fall.";
  EXPECT_EQ(speaker_of(text, "it will reach every county"), "Radio Acme");
  EXPECT_EQ(speaker_of(text, "its profits may fall"), "Acme Motors");
}

// A quote inside a sentence whose subject is another person named (after titles, or after
// a body's name and a role: `Labour co-chairman Jane Roe`) does not continue the previous
// quote's speaker (rule A642): no speaker rather than the wrong one; the same speaker's
// pronoun keeps the subject-predicate reading.
TEST(Quotes, AQuoteUnderANewSubjectDoesNotContinueThePreviousSpeaker) {
  const char* other = "\"We will win the seat back,\" said Tom Smith. Labour co-chairman Jane Roe likened the two "
                      "rivals to \"a pair of tired old boxers\".";
  EXPECT_EQ(speaker_of(other, "We will win the seat back"), "Tom Smith");
  EXPECT_EQ(speaker_of(other, "a pair of tired old boxers"), "(none)");
  const char* same = "\"We will win the seat back,\" said Tom Smith. He likened the two rivals to \"a pair of tired "
                     "old boxers\".";
  EXPECT_EQ(speaker_of(same, "a pair of tired old boxers"), "Tom Smith");
}

TEST(Quotes, TheObjectOfAVerbBeforeAQuotesPrepositionIsNoSpeaker) {
  const char* thanked = "The fair opened on Monday.\n\nJane Roe cut the ribbon, thanked Tom Smith for \"making the streets "
                        "safer for all of us.\"\n\nThe mayor spoke on Friday.";
  EXPECT_EQ(speaker_of(thanked, "making the streets safer for all of us."), "(none)");
  const char* praises = "Jane Roe slams the plan, praises Tom Smith as 'a man of his word and a friend.'\n\nThe mayor spoke "
                        "on Friday.";
  EXPECT_EQ(speaker_of(praises, "a man of his word and a friend."), "(none)");
  // The inverted order, its speaker set off by a comma, is unchanged.
  const char* inverted = "The fair opened on Monday.\n\nAt the gala, explained Tom Smith, \"We made the streets safer for "
                         "all of us.\"\n\nThe mayor spoke on Friday.";
  EXPECT_EQ(speaker_of(inverted, "We made the streets safer for all of us."), "Tom Smith");
}

TEST(Quotes, ANameAfterASubordinatorInsideTheSubjectPhraseSpeaks) {
  EXPECT_EQ(speaker_of("The talks ended on Monday. Jane Roe left when Tom Smith said the party could hold the seat.",
                       "the party could hold the seat"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("The talks ended on Monday. Jane Roe did not look confident when Tom Smith asked whether the party "
                       "could hold the seat.",
                       "whether the party could hold the seat"),
            "Tom Smith");
  // A pronoun after the subordinator keeps the old reading.
  EXPECT_EQ(speaker_of("The talks ended on Monday. Jane Roe left because she said the party could hold the seat.",
                       "the party could hold the seat"),
            "Jane Roe");
}

TEST(Quotes, ASpeechVerbInASubordinateClauseAfterTheQuoteDoesNotAttributeIt) {
  const char* after = "The talks ended on Monday.\n\n\"In breaking news,\" Jane Roe wrote last January, \"the mayor wins a "
                      "full endorsement from his own aide,\" after council spokesman Tom Smith expressed his support for "
                      "his boss online.";
  EXPECT_EQ(speaker_of(after, "the mayor wins a full endorsement from his own aide"), "Jane Roe");
  // With no subordinator the phrase after the quote attributes it, as before.
  const char* plain = "The talks ended on Monday.\n\n\"The mayor wins a full endorsement from his own aide,\" council "
                      "spokesman Tom Smith said on Friday.";
  EXPECT_EQ(speaker_of(plain, "The mayor wins a full endorsement from his own aide"), "Tom Smith");
}

TEST(Quotes, ANameInAParticiplesAsideIsNoSubject) {
  EXPECT_EQ(speaker_of("The talks ended on Monday. The row began at once, as Jane Roe, contradicting Tom Smith, said she "
                       "had told him about the plan.",
                       "she had told him about the plan"),
            "Jane Roe");
  // `including` names one of the speakers.
  EXPECT_EQ(speaker_of("The talks ended on Monday. Several mayors, including Tom Smith, said they saw no problem with the "
                       "plan.",
                       "they saw no problem with the plan"),
            "Tom Smith");
}

// A743: a person named as the possessor of a deed between the subject and a partial quote
// in the subject's predicate (`credited Tom Smith's victory to "..."`) does not take the
// quote from the subject; a possessed claim, plan or text (`Tom Smith's proposal for
// "..."`) still does, as a possessor right before the quote (`Tom Smith's "..."`) does.
TEST(Quotes, APossessorOfADeedBeforeAPartialQuoteLeavesItToTheSubject) {
  EXPECT_EQ(speaker_of("The vote was close.\n\nJane Roe credited Tom Smith's victory to \"a closed primary where few "
                       "could vote.\"",
                       "a closed primary where few could vote."),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The vote was close.\n\nJane Roe studied Tom Smith's victory in \"a closed primary where few "
                       "could vote.\"",
                       "a closed primary where few could vote."),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The vote was close.\n\nJane Roe studied Tom Smith's proposal for \"a bridge over every river in "
                       "the town.\"",
                       "a bridge over every river in the town."),
            "(none)");
  EXPECT_EQ(speaker_of("The vote was close.\n\nJane Roe studied Tom Smith's \"bridge over every river in the town.\"",
                       "bridge over every river in the town."),
            "(none)");
}

TEST(Quotes, AQuoteAfterALeadInWithAnotherPersonSubjectIsThatPersons) {
  // Rule A750 (lead-subject): the sentence before the quote, with no marks, has another person for
  // its subject: the quote is that person's, not a continuation of the previous speaker.
  const char* lead = "\"We will keep the plant open,\" Tom Smith said. Jane Roe shook her head. \"The plant has lost "
                     "money for ten years.\"";
  std::string rule;
  EXPECT_EQ(speaker_of(lead, "The plant has lost money for ten years.", &rule), "Jane Roe");
  EXPECT_EQ(rule, "lead-subject");
  const char* titled = "\"We will keep the plant open,\" Tom Smith said. Sen. Jane Roe named anger as one of the reasons. "
                       "\"Young voters have had enough of empty pledges.\"";
  EXPECT_EQ(speaker_of(titled, "Young voters have had enough of empty pledges."), "Jane Roe");
  // Words about the lead-in's subject in the third person are somebody else's: the previous speaker goes on.
  const char* about = "\"We will keep the plant open,\" Tom Smith said. Jane Roe became a star in the 1990s. \"In 1995 she "
                      "sold more records than anyone.\"";
  EXPECT_EQ(speaker_of(about, "In 1995 she sold more records than anyone.", &rule), "Tom Smith");
  EXPECT_EQ(rule, "continuation");
  // A body's subject and a person as the verb's object give no lead-in.
  const char* body = "\"We will keep the plant open,\" Tom Smith said. The union won't be representing Jane Roe but "
                     "plans to watch the case. \"The plant has lost money for ten years.\"";
  EXPECT_EQ(speaker_of(body, "The plant has lost money for ten years."), "Tom Smith");
}

TEST(Quotes, ANameAfterTheVerbOfAnUnnamedSubjectIsNoParticiplesSpeaker) {
  // Rule A751: the clause opens on a determiner's noun phrase and its finite verb; the name after
  // that verb is its object, so `claiming` has no named speaker.
  EXPECT_EQ(speaker_of("The talks ended on Monday. His campaign sued Tom Smith in federal court, claiming the move would "
                       "cost the party money.",
                       "the move would cost the party money"),
            "(none)");
  // A passive's agent, a copula's complement and a name set off after the subject keep their reading.
  EXPECT_EQ(speaker_of("The talks ended on Monday. A complaint has been made to the council by the Board of Trade, "
                       "demanding an investigation by the police.",
                       "an investigation by the police"),
            "Board of Trade");
  EXPECT_EQ(speaker_of("The talks ended on Monday. An opponent of the armed occupation, Tom Smith, says he saw weapons, "
                       "noting that the refuge was closed.",
                       "the refuge was closed"),
            "Tom Smith");
}

// A890: a quote nested in a reported clause, with its own cue inside the clause before it
// and a speaker named there, lends the clause no speaker: the inner speaker said the inner
// words, the clause keeps its own (unknown here). A pronoun at the inner cue still passes
// its speaker, as does a headline's inverted `'Q', says X has promised that "Q"`.
TEST(Quotes, AQuoteNestedInAReportedClauseLendsItNoSpeaker) {
  const Case cases[] = {
      {"Several donors said they were waiting for what one John Doe adviser described as a \"hall pass\" to switch.",
       "they were waiting for what one John Doe adviser described as a \"hall pass\" to switch", "(none)", Quote::Kind::Direct},
      {"John Doe said they were waiting for what one Jane Roe adviser described as a \"hall pass\" to switch.",
       "they were waiting for what one Jane Roe adviser described as a \"hall pass\" to switch", "John Doe", Quote::Kind::Direct},
      {"Jane Roe agreed to a call, but only to tell the council that she would not agree to a \"perfunctory\" meeting.",
       "she would not agree to a \"perfunctory\" meeting", "Jane Roe", Quote::Kind::Direct},
      // A headline run into the text ends on its source (A1011): the text's report is its own.
      {"Rail fares 'will fall', says PM Jane Roe has promised that \"fares will fall\" for every commuter.",
       "\"fares will fall\" for every commuter", "Jane Roe", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, ADeterminerAfterAVerbOfSayingOpensTheClauseUnlessATimeNounFollows) {
  // Rule A910: `this` after a verb of saying is a time word only before a time noun
  // (`said this week the plan ...`); before another word it opens the clause, as its
  // subject or its determiner, and a time phrase before a finite verb is the clause's
  // subject. Before, the clause lost `this`, and a verb not marked that_optional
  // (`suggested`) lost its report.
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nJane Roe suggested this plan would fail.", "this plan would fail", "Jane Roe",
       Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said this was a mistake.", "this was a mistake", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said this year will be hard.", "this year will be hard", "Jane Roe",
       Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said this week the plan would fail.", "the plan would fail", "Jane Roe",
       Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  Annotated object("Shops reopened on Monday.\n\nJane Roe wrote this because she was angry.");
  EXPECT_TRUE(object.a.quotes.empty());
}

// Row A942 (narrows A910): `this` before an -ly adverb or an object pronoun, or with no finite
// form within two words, is the verb's object: no clause opens on it.
TEST(Quotes, ADeterminerWithNoFiniteVerbAfterItOpensNoClause) {
  for (const char* text : {"Shops reopened on Monday.\n\nJane Roe said this repeatedly during the campaign, and the party has "
                           "since dropped the pledge.",
                           "Shops reopened on Monday.\n\nJane Roe said this herself on Tuesday and the council has agreed.",
                           "Shops reopened on Monday.\n\nThe minister stressed this point repeatedly, and the mayor has agreed."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text;
  }
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nJane Roe said this plan works.", "this plan works", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said this means war.", "this means war", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said this new rule has changed the market.", "this new rule has changed the market",
       "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said this way of paying the staff of the council was unfair.",
       "this way of paying the staff of the council was unfair", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AHyphenatedCompoundInTheSubjectOfAThatlessClauseKeepsTheClause) {
  // Rule A911: a hyphen glued inside a compound (`once-close`) is part of the subject
  // after a verb in -s or -ed; a bare form that may be a noun in a headline's run-on
  // (`squad recall Former fly-half X has`) reports nothing.
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nThe Daily Courier reported the once-close friends had fallen out.",
       "the once-close friends had fallen out", "Daily Courier", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  Annotated headline("Roe wins squad recall Former fly-half Jane Roe has been recalled to the squad.");
  EXPECT_TRUE(headline.a.quotes.empty());
}

TEST(Quotes, AClosingShapedMarkOpeningAParagraphAfterAFormatMarkOrBeforeAnEllipsisOpens) {
  // Rule A912: a bidirectional format mark (U+202A) before a mark reads as space, so
  // `\u201DIsis ...` opens as it does at a paragraph start; a closing-shaped mark that opens
  // its paragraph before an ellipsis opens too.
  const Case cases[] = {
      {"Jane Roe posted a photo.\n\n\u202A\u201DThe plan will fail for sure!!\u201D wrote Tom Smith.",
       "The plan will fail for sure!!", "Tom Smith", Quote::Kind::Direct},
      {"Jane Roe posted a photo.\n\n\u201D \u2026 the plan will fail for every commuter in town,\u201D Tom Smith wrote.",
       "\u2026 the plan will fail for every commuter in town", "Tom Smith", Quote::Kind::Direct},
  };
  expect_attributed(cases);
}

TEST(Quotes, AParticipleAfterAnInvertedAttributionReportsAThatlessClauseOfItsOwn) {
  // Rule A913: in `"Q," X said, suggesting CLAUSE` the verb that attributes the quotation
  // holds no report around the participle, so the participle's that-less clause is a report
  // of the same speaker; after a verb that reports a clause (`said the plan was sound,
  // suggesting ...`) the participle stays inside that report.
  const Case cases[] = {
      {"Shops reopened on Monday.\n\n\"The plan is sound,\" Jane Roe said, suggesting it would pass in May.", "it would pass in May",
       "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  Annotated inside("Shops reopened on Monday.\n\nJane Roe said the plan was sound, suggesting it would pass in May.");
  std::vector<std::string> got;
  for (const auto& q : inside.a.quotes) got.emplace_back(inside.a.text(q.span));
  EXPECT_EQ(got, (std::vector<std::string>{"the plan was sound"}));
}

// Rule A920: a sentence that is only a participle speech verb and its quotation goes on
// with the sentence before it: the subject of that sentence's last speech verb speaks.
TEST(Quotes, AnOpeningParticipleAndItsQuotationContinueTheSentenceBefore) {
  EXPECT_EQ(speaker_of("Mary Jones stated that the report on the tax was weak. Adding, \"It is not fair to the poor.\"",
                       "It is not fair to the poor."),
            "Mary Jones");
  EXPECT_EQ(speaker_of("Tom Brown told the council that the budget was tight. Warning: \"We will have to close the library.\"",
                       "We will have to close the library."),
            "Tom Brown");
  // a sentence before with no speech verb: unknown, never guessed
  EXPECT_EQ(speaker_of("Mary Jones visited the school on Monday. Adding, \"It is not fair to the poor.\"", "It is not fair to the poor."),
            "(none)");
  // not across a paragraph
  EXPECT_EQ(speaker_of("Mary Jones stated that the report on the tax was weak.\n\nAdding, \"It is not fair to the poor.\"",
                       "It is not fair to the poor."),
            "(none)");
}

// Row A944 (mends A920): the last speech verb of the sentence before decides; when a body
// speaks there the participle's speaker is unknown, not the person of an earlier verb.
TEST(Quotes, AnOpeningParticipleTakesOnlyTheLastSpeechVerbsPerson) {
  EXPECT_EQ(speaker_of("Mary Jones said the plan was weak and the Kelbrin Council said it was fine. Adding, \"We will not accept "
                       "it.\"",
                       "We will not accept it."),
            "(none)");
  EXPECT_EQ(speaker_of("The Kelbrin Council said the plan was fine, but Mary Jones said it was weak. Adding, \"We will not accept "
                       "it.\"",
                       "We will not accept it."),
            "Mary Jones");
  EXPECT_EQ(speaker_of("Mary Jones said the plan was weak and the ministry said it was fine. Adding, \"We will not accept it.\"",
                       "We will not accept it."),
            "(none)");
  // a noun of the lexicon after a possessive is no speech verb: the verb before it decides
  EXPECT_EQ(speaker_of("Mary Jones stated that the council's report was weak. Adding, \"We will not accept it.\"",
                       "We will not accept it."),
            "Mary Jones");
}

// Rule A921: in a sentence that opens with a quotation, a participle with no subject of its
// own takes the subject that follows the quotation, as in a sentence that opens with it.
TEST(Quotes, AParticipleAfterAnOpeningQuotationTakesTheSubjectAfterIt) {
  const std::string text =
      "\"The attacks prove once again that we need to get tough,\" Tom Brown says in the spot titled \"Danger,\" warning "
      "against any more cuts to the army, pledging to \"hit them as hard as we can.\"";
  EXPECT_EQ(speaker_of(text.c_str(), "hit them as hard as we can."), "Tom Brown");
  // the same chain in a sentence that opens with its subject (base behaviour)
  EXPECT_EQ(speaker_of("Jane Roe spoke to voters in Ohio, criticising the plan, warning that \"the city will run out of money soon.\"",
                       "the city will run out of money soon."),
            "Jane Roe");
  // no name right after the quotation: unknown
  EXPECT_EQ(speaker_of("\"The attacks prove once again that we need to get tough,\" the new spot says in its opening line, warning "
                       "against any more cuts to the army, pledging to \"hit them as hard as we can.\"",
                       "hit them as hard as we can."),
            "(none)");
}

// Rule A922: a causative verb's object followed by a relative clause on it set off by
// commas is still the infinitive's subject.
TEST(Quotes, ACausativeObjectBeforeARelativeClauseSpeaksTheInfinitive) {
  EXPECT_EQ(speaker_of("The senator also forced Tom Brown, who was being questioned by the housing committee, to admit that "
                       "no senior managers had been made to answer for it.",
                       "no senior managers had been made to answer for it"),
            "Tom Brown");
  // a relative clause on a body
  EXPECT_EQ(speaker_of("The report prompted Acme Corp, which makes the parts, to warn that prices would rise.", "prices would rise"),
            "Acme Corp");
  // without the relative clause (base behaviour)
  EXPECT_EQ(speaker_of("The senator also forced Tom Brown to admit that no senior managers had been made to answer for it.",
                       "no senior managers had been made to answer for it"),
            "Tom Brown");
}

// Rule A923: an infinitive speech verb right after a comma is an adjunct of purpose; its
// subject is the one that opens the sentence.
TEST(Quotes, AnInfinitiveAfterACommaTakesTheSubjectThatOpensTheSentence) {
  EXPECT_EQ(speaker_of("And in that March speech, Ms. Jane Roe chimed in, breaking with the board's chairwoman, Mary Jones, to argue "
                       "that the bank was overstating the danger of rising prices.",
                       "the bank was overstating the danger of rising prices"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Jane Roe flew to Ohio in her plane, with her logo on the tail, to tell voters that the plant would stay open.",
                       "the plant would stay open"),
            "Jane Roe");
  // a verb that takes an object and an infinitive: the object's, so unknown here
  EXPECT_EQ(speaker_of("The mayor asked Tom Brown, the head of the council, to explain why the library had closed.",
                       "why the library had closed"),
            "(none)");
  // a relative clause before the comma: not read
  EXPECT_EQ(speaker_of("Jane Roe called in the managers who ran the plant, to tell them that it would close.", "it would close"),
            "(none)");
}

// Row A941 (narrows A923): a person or body named after the subject in its clause is an object
// of a verb that may take an infinitive (no list holds them all): the subject is not read.
TEST(Quotes, AnInfinitiveAfterANamedObjectsAppositionIsNotTheSubjects) {
  EXPECT_EQ(speaker_of("The Kelbrin Herald invited Jane Roe, a historian, to explain why the statue mattered.",
                       "why the statue mattered"),
            "(none)");
  EXPECT_EQ(speaker_of("Jane Roe paid Tom Brown, a former aide, to claim that the minister had lied.",
                       "the minister had lied"),
            "(none)");
  // a place before the comma is no object of that kind: the subject's, as before
  EXPECT_EQ(speaker_of("Jane Roe flew to Ohio, with her name on the side of the jet, to tell voters that the plant would stay open.",
                       "the plant would stay open"),
            "Jane Roe");
}

// Rule A924: a speech verb in -ing after `and` shares the subject of the speech verb in -ing
// it is coordinated with.
TEST(Quotes, ACoordinatedParticipleSharesTheFirstParticiplesSubject) {
  EXPECT_EQ(speaker_of("Republicans were quick to respond, with Jane Roe tweeting that it was a blow for the party and asking, "
                       "\"How can someone so careless lead?\"",
                       "How can someone so careless lead?"),
            "Jane Roe");
  // the first participle follows no name (a verb's complement inside the object): not read
  EXPECT_EQ(speaker_of("Jane Roe is noting the trouble Tom Brown had taking questions about the schools and saying he could not "
                       "name a single school he had visited.",
                       "he could not name a single school he had visited"),
            "Jane Roe");
  // a comma between the two: the clause rules read it, as before
  EXPECT_EQ(speaker_of("Jane Roe spoke to voters in Ohio, criticising the plan, and warning that \"the city will run out of money soon.\"",
                       "the city will run out of money soon."),
            "Jane Roe");
}

// Rule A950: a `with` right after a verb's past form or participle is that verb's
// complement (`She was seen with Tom Smith praising`, `met with`): its object is no
// participle's subject, the clause's subject is (rule A73's reading of a preposition's
// object). After a noun or a comma it still opens an absolute clause whose name speaks.
TEST(Quotes, AWithRightAfterAVerbsPastFormOpensNoAbsoluteClause) {
  EXPECT_EQ(speaker_of("Mary Jones came to town. She was seen with Tom Smith praising the plan and saying that it would work.",
                       "it would work"),
            "Mary Jones");
  EXPECT_EQ(speaker_of("Mary Jones came to town. She met with Tom Smith on Friday, praising the plan and saying that it would work.",
                       "it would work"),
            "Mary Jones");
  // after a noun: an absolute clause, as in BBC copy
  EXPECT_EQ(speaker_of("The union hit back at the budget even before its release with Jane Roe accusing Tom Smith of writing a "
                       "\"dishonest budget\".",
                       "dishonest budget"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith skipped the race despite healing from a broken wrist with Jane Roe claiming it had been a "
                       "\"long and painful month\" for the rider.",
                       "long and painful month"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Republicans were quick to respond, with Jane Roe saying that it was a blow for the party.",
                       "it was a blow for the party"),
            "Jane Roe");
}

// Rule A952: the gazetteer's senators carry their state (a role whose `of` is the state), so
// `the Vermont senator` is the senator of Vermont named in the document (rule A71), and not
// a senator of another state.
TEST(Quotes, APlacesSenatorIsTheGazetteersSenatorOfThatState) {
  EXPECT_EQ(speaker_of("Bernie Sanders visited a farm in Ohio on Friday. The Vermont senator trails in the polls, but says that he will "
                       "keep going.",
                       "he will keep going"),
            "Bernie Sanders");
  EXPECT_EQ(speaker_of("Ted Cruz and Marco Rubio met donors in Nevada. The Florida senator said that the tax bill was weak.", "the tax bill was weak"),
            "Marco Rubio");
  EXPECT_EQ(speaker_of("Ted Cruz met donors in Nevada. The Vermont senator said that the tax bill was weak.", "the tax bill was weak"), "(none)");
}

// Rule A951: a place's office in the possessive before a noun that holds no post (`the Texas
// senator's allies say`) is unknown, never the place nor the holder; before a spokesman the
// holder speaks through him (GUIDELINES: `a Home Office spokesman said` -> Home Office).
TEST(Quotes, APossessivePlacesOfficeBeforeItsHeadIsNoSpeaker) {
  EXPECT_EQ(speaker_of("Ted Cruz spoke in Iowa. The Texas senator's allies say that the next task will be to win them back.",
                       "the next task will be to win them back"),
            "(none)");
  EXPECT_EQ(speaker_of("Ted Cruz spoke in Iowa. And the next task, the Texas senator's allies say, will be to win them back.",
                       "will be to win them back"),  // the piece after the attribution (A1065)
            "(none)");
  EXPECT_EQ(speaker_of("Ted Cruz spoke in Iowa. The Texas senator's spokesman said that the next task will be to win them back.",
                       "the next task will be to win them back"),
            "Ted Cruz");
  EXPECT_EQ(speaker_of("Ted Cruz spoke in Iowa. The Texas senator said that the next task will be to win them back.",
                       "the next task will be to win them back"),
            "Ted Cruz");
}

// Rule A953: a speech verb in a perfect infinitive (`to have said`) is read at its `have`:
// the catenative verb before `to` (`is alleged`, `appears`, `is thought`) holds the
// subject, as for `X is likely to say`; with no such verb, nobody.
TEST(Quotes, APerfectInfinitiveSpeechVerbTakesTheSubjectOfTheVerbBeforeTo) {
  EXPECT_EQ(speaker_of("Tom Smith was suspended on Monday. Mr Smith was alleged to have said: \"The plan will fail.\"",
                       "The plan will fail."),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith was suspended on Monday. Mr Smith is alleged to have told his aide: \"The plan will fail.\"",
                       "The plan will fail."),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith was suspended on Monday. Mr Smith is understood to have said that the plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith was suspended on Monday. Mr Smith appears to have said that the plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
  // `to have` after a determiner's phrase: no catenative verb, the name is no speaker
  EXPECT_NE(speaker_of("Tom Smith was suspended on Monday. She was the first to have said that the plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
}

// Rule A954: after a possessive name and its noun, a person's name that closes the phrase
// before the verb heads it, whatever the noun (`In Mr Peston's book Mr Brown told`, `Roe's
// friend Tom Smith said`): the possessor only qualifies the noun. With no name after the
// noun the possessor still speaks for its book or campaign.
TEST(Quotes, APersonNamedAfterAPossessiveAndItsNounHeadsThePhrase) {
  EXPECT_EQ(speaker_of("Donald Trump spoke in Iowa. In Trump's book Jane Roe said that the plan would fail.", "the plan would fail"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Paul Keller met Jane Roe. In Mr Vance's book Mr Keller is alleged to have warned the mayor: "
                       "\"There is nothing left to do.\"",
                       "There is nothing left to do."),
            "Paul Keller");
  EXPECT_EQ(speaker_of("Donald Trump spoke in Iowa. \"The plan will fail,\" Trump's friend Jane Roe said.", "The plan will fail"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Donald Trump spoke in Iowa. Trump's book said that the plan would fail.", "the plan would fail"),
            "Donald Trump");
}

// Rule A955: a country's name in the possessive before lower-case words whose head is no
// state body, regime, official, role noun or title (`the UK's public spending watchdog`,
// `Britain's biggest union`) names a body of the country's, not the country: unknown. The
// country's government, military and officials, and its titled people, still speak for it.
TEST(Quotes, ACountrysUnnamedBodyIsNoSpeakerForTheCountry) {
  EXPECT_EQ(speaker_of("Britain joined the talks. Local councils are failing to publish their accounts, the UK's main audit watchdog has said.",
                       "Local councils are failing to publish their accounts"),
            "(none)");
  EXPECT_EQ(speaker_of("Britain joined the talks. Britain's largest farming union said that the plan would fail.", "the plan would fail"),
            "(none)");
  EXPECT_EQ(speaker_of("Britain joined the talks. Local councils are failing to publish their accounts, Britain's government has said.",
                       "Local councils are failing to publish their accounts"),
            "United Kingdom");
  EXPECT_EQ(speaker_of("Britain joined the talks. Britain's military said that the plan would fail.", "the plan would fail"),
            "United Kingdom");
  EXPECT_EQ(speaker_of("Britain joined the talks. Britain's ambassador also said that the plan would fail.", "the plan would fail"),
            "United Kingdom");
}

namespace {
// The texts of every quote found in the text.
std::vector<std::string> quote_texts(const char* text) {
  Annotated t(text);
  std::vector<std::string> got;
  for (const auto& q : t.a.quotes) got.emplace_back(t.a.text(q.span));
  return got;
}
}  // namespace

TEST(Quotes, ADeterminerSubjectAndAPastVerbWithItsObjectOpenAThatlessClause) {
  // Rule A960: after a reporting verb in -s, -ed or an irregular past not marked
  // that_optional, a subject opening on a determiner, a number or a name and its past verb
  // with an object (a determiner, possessive, number, name, `to` and a verb, or one bare noun
  // closed by punctuation or a preposition), or after an adverb in -ly, open the clause.
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nThe Daily Courier reported at least three old buses blocked the road near the school.",
       "at least three old buses blocked the road near the school", "Daily Courier", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe suggested the new stadium changed the look of the town.",
       "the new stadium changed the look of the town", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe revealed Dutch bakery sales unexpectedly rose in March.",
       "Dutch bakery sales unexpectedly rose in March", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe denied their cousins grew tobacco.", "their cousins grew tobacco",
       "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // A participle before a preposition or a noun it modifies, and a reduced relative, are
  // the object's, no clause.
  for (const char* text : {"Shops reopened on Monday.\n\nJane Roe showed the crops damaged in the storm.",
                           "Shops reopened on Monday.\n\nJane Roe maintained a large trained volunteer force across the city.",
                           "Shops reopened on Monday.\n\nJane Roe shouted the names most kept hidden.",
                           "Shops reopened on Monday.\n\nJane Roe maintained a busy schedule into retired life."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
}

TEST(Quotes, ABarePresentAfterAPluralSubjectBeforeItsObjectOpensAThatlessClause) {
  // Rule A962: a bare present verb after a plural in -s (and an acting adverb), before a
  // determiner, possessive or quantifier that opens its object, opens the clause; a time
  // phrase after it (`this week`) or a relative clause with its verb last reports nothing.
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nThe Daily Courier suggested the spring floods show the risk the river poses.",
       "the spring floods show the risk the river poses", "Daily Courier", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nThe Daily Courier observed Farmers now own most fields.",
       "Farmers now own most fields", "Daily Courier", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  for (const char* text : {"Shops reopened on Monday.\n\nJane Roe reported the firm's results this week.",
                           "Shops reopened on Monday.\n\nJane Roe criticised the plans the council backs."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
}

TEST(Quotes, ASeasonOrQuarterClosesATimePhraseBeforeAThatlessClause) {
  // Row A961 (data: time_phrase_nouns): `season`, `quarter`, `summer`, `winter`, `autumn`
  // and `decade` close a time phrase after a verb of saying, so the clause opens after it;
  // as the clause's own subject the phrase stays (A910).
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nJane Roe said this season the club would struggle.", "the club would struggle", "Jane Roe",
       Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said last quarter the firm had lost money.", "the firm had lost money", "Jane Roe",
       Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe admitted this season has been hard.", "this season has been hard", "Jane Roe",
       Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, ABarePluralSubjectAndItsAuxiliaryOpenAThatlessClause) {
  // Rule A965: after a reporting verb in -s or -ed not marked that_optional, a lower-case
  // plural in -s right before a finite or negative auxiliary is the clause's subject.
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nJane Roe has predicted rates will drop later this year.", "rates will drop later this year", "Jane Roe",
       Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe admitted mistakes were made.", "mistakes were made", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // A form in -ed after a number or a coordinator modifies the plural: no report.
  for (const char* text : {"Shops reopened on Monday.\n\nTom Smith leads the table, and 12 promoted clubs will be in the draw.",
                           "Shops reopened on Monday.\n\nA sale of used and repaired bikes was held on Friday."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
}

TEST(Quotes, AConcessiveClauseWithItsOwnSubjectEndsAThatlessClause) {
  // Rule A966: a that-less clause after a verb not marked that_optional ends at a comma
  // before `although`, `whereas` or `though` and a clause with a subject of its own; after
  // `said` the tail stays, and so does an elliptical one (no subject: `not to ...`, an adverb).
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nJane Roe predicted fares would rise later in the spring, although others feel the company may cut them.",
       "fares would rise later in the spring", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe admitted mistakes were made, whereas the board denies any fault.", "mistakes were made", "Jane Roe",
       Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said fares would rise, although others feel the company may cut them.",
       "fares would rise, although others feel the company may cut them", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe admitted mistakes were made, although reluctantly.", "mistakes were made, although reluctantly",
       "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe predicted schools could decide in 2030 whether to make the uniforms optional, although not to "
       "ban them.",
       "schools could decide in 2030 whether to make the uniforms optional, although not to ban them", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
}

TEST(Quotes, AReportClosingTheSentenceEndsTheClauseBeforeIt) {
  // Rule A1000: a comma, a source that need not name an entity (a description, a pronoun,
  // a plural, with an auxiliary) and a reporting verb closing the sentence end a clause
  // reported after an earlier cue: the closing words attribute the whole sentence.
  const Case cases[] = {
      {"Shops reopened on Monday.\n\nJane Roe urged the club is failing to log its ticket sales in a proper way, the town's sports "
       "budget watchdog has said.",
       "the club is failing to log its ticket sales in a proper way", "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe told a visitor the bridge would be finished by May, it said.", "the bridge would be finished by May",
       "Jane Roe", Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said the plan would cost the city dearly, officials said.", "the plan would cost the city dearly",
       "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(cases);
  // No quote keeps the closing attribution (the sentence's own report, cue `said`, is the
  // clause before it).
  for (const char* text : {"Shops reopened on Monday.\n\nJane Roe urged the club is failing to log its ticket sales in a proper way, "
                           "the town's sports budget watchdog has said.",
                           "Shops reopened on Monday.\n\nJane Roe said the plan would cost the city dearly, officials said."})
    for (const std::string& q : quote_texts(text)) {
      EXPECT_EQ(q.find("watchdog has said"), std::string::npos) << text << " -> " << q;
      EXPECT_EQ(q.find("officials said"), std::string::npos) << text << " -> " << q;
    }
  // Not a source: `sorry to say` (an infinitive), a free participle ending on a base form
  // (`such demand`), words opening on a preposition.
  const Case kept[] = {
      {"Shops reopened on Monday.\n\nJane Roe said it was a plan she was sorry to say.", "it was a plan she was sorry to say", "Jane Roe",
       Quote::Kind::Indirect},
      {"Shops reopened on Monday.\n\nJane Roe said the co-op sold 40 tonnes of grain to buyers, meeting 2.5 percent of such demand.",
       "the co-op sold 40 tonnes of grain to buyers, meeting 2.5 percent of such demand", "Jane Roe", Quote::Kind::Indirect},
  };
  expect_attributed(kept);
}

TEST(Quotes, APersonNounBetweenTwoNamesMakesTheSecondTheSpeaker) {
  // Rule A958 (data: person_role_nouns): `constituent`, `biographer`, `singer`, `voter`,
  // `volunteer` stand before the name of the person they describe, who speaks, not the name
  // before them.
  EXPECT_EQ(speaker_of("Tom Smith spoke in Millbrook on Monday. \"The plan will fail,\" said Smith constituent Jane Roe.",
                       "The plan will fail"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith died in 1980. \"He was a quiet man,\" said Smith biographer John Doe.", "He was a quiet man"),
            "John Doe");
  EXPECT_EQ(speaker_of("Bernie Sanders spoke in Iowa. Sanders volunteer Jane Roe said that the plan would fail.", "the plan would fail"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Donald Trump spoke in Iowa. \"The plan will fail,\" said Trump voter Jane Roe.", "The plan will fail"),
            "Jane Roe");
}

TEST(Quotes, APossessiveHearerDoesNotStopTheAttributionAfterTheQuote) {
  // Rule A956: after `told`, a hearer in the possessive names what it owns (`Britain's ITV
  // television station`), and a subordinate clause after it (`when asked how ... if ...`)
  // holds its own complementizer: the short attribution stands.
  const char* text =
      "Hillary Clinton spoke in Ohio. \"We will win,\" Clinton said. Donald Trump spoke in Iowa on Friday. \"Is it fair?\" Trump "
      "told Britain's ITV news channel in a talk broadcast on Monday when asked how trade would change if he lost.";
  EXPECT_EQ(speaker_of(text, "Is it fair?"), "Donald Trump");
  EXPECT_EQ(speaker_of("Hillary Clinton spoke in Ohio. \"We will win,\" Clinton said. Donald Trump spoke in Iowa on Friday. \"Is it "
                       "fair?\" Trump told the senator's aides in a meeting.",
                       "Is it fair?"),
            "Donald Trump");
  // A clause after the hearer is still a report of its own.
  EXPECT_NE(speaker_of("Hillary Clinton spoke in Ohio. \"We will win,\" Clinton said. Donald Trump spoke in Iowa on Friday. \"Is it "
                       "fair?\" Trump told Britain's ITV that the talks would resume.",
                       "the talks would resume"),
            "(none)");
}

TEST(Quotes, APersonsNameBeforeAPluralRoleNounIsAGroupWithNoSpeaker) {
  // Rule A957: `Trump supporters`, `Clinton aides`, `Former Carson advisers` name a group by
  // its tie to the person, as `Clinton's aides` does: unnamed, no speaker (GUIDELINES).
  EXPECT_EQ(speaker_of("Donald Trump spoke in Iowa. Trump supporters said that the plan would fail.", "the plan would fail"), "(none)");
  EXPECT_EQ(speaker_of("Hillary Clinton spoke in Ohio. Clinton aides said that the plan would fail.", "the plan would fail"), "(none)");
  EXPECT_EQ(speaker_of("Tom Smith spoke in Ohio. Former Smith advisers told reporters that the plan would fail.", "the plan would fail"),
            "(none)");
  EXPECT_EQ(speaker_of("Hillary Clinton spoke in Ohio. \"The plan will fail,\" Clinton advisers said.", "The plan will fail"), "(none)");
  // Not past a coordinator or determiner: `Sanders and his top aides` keeps Sanders as the
  // phrase's person, whom `he` then takes up.
  EXPECT_EQ(speaker_of("Bernie Sanders spoke in Iowa. Donald Trump spoke in Ohio. Sanders and his closest aides have assured Democrats that he "
                       "will beat Trump. \"Let me be plain,\" he said.",
                       "Let me be plain"),
            "Bernie Sanders");
  // A spokesman (official_nouns) speaks for the person; a singular role noun before a name
  // gives that name.
  EXPECT_EQ(speaker_of("Hillary Clinton spoke in Ohio. Clinton adviser Jane Roe said that the plan would fail.", "the plan would fail"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Hillary Clinton spoke in Ohio. A Clinton spokesman said that the plan would fail.", "the plan would fail"),
            "Hillary Clinton");
}

TEST(Quotes, AnIntransitiveVerbsWithOpensAnAbsoluteClause) {
  // s54-mendsA (finding 1, rule A950 narrowed): only a meeting verb or a passive takes
  // `with` as its complement; after `ended`, `closed`, `began` the `with` opens an absolute
  // clause whose name speaks.
  EXPECT_EQ(speaker_of("The hearing ended with Jane Roe saying that the budget was too small.", "the budget was too small"), "Jane Roe");
  EXPECT_EQ(speaker_of("The session closed with Tom Smith warning that the bridge would need repairs.", "the bridge would need repairs"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Mary Jones came to town. She was spotted with Tom Smith praising the plan and saying that it would work.",
                       "it would work"),
            "Mary Jones");
}

TEST(Quotes, ARelativeClausesVerbReportsNoPluralAndTheMainAuxiliary) {
  // s54-mendsA (finding 2, rule A965 narrowed): after a relative `who` or `that`, the verb's
  // object and the main clause's auxiliary are no report.
  for (const char* text : {"The clerk who filed complaints was moved to another office on Tuesday.",
                           "The bakery that posted losses has closed two shops.",
                           "Drivers who reported delays were given vouchers, the operator said."}) {
    for (const std::string& q : quote_texts(text))
      EXPECT_TRUE(q.rfind("complaints", 0) != 0 && q.rfind("losses", 0) != 0 && q.rfind("delays", 0) != 0) << text << " -> " << q;
  }
  // a reporting verb after its subject still reports the plural and its auxiliary, and so
  // does a relative clause after the main verb
  EXPECT_EQ(speaker_of("Jane Roe admitted errors were made in the count.", "errors were made in the count"), "Jane Roe");
  EXPECT_NE(speaker_of("The slump follows a survey by a lender which suggested buyers must wait longer.", "buyers must wait longer"),
            "(no quote)");
}

TEST(Quotes, APastParticipleBeforeATimePhraseIsNoThatlessClausesVerb) {
  // s54-mendsA (findings 4 and 5, rules A960 and A962 narrowed): a noun, a participle and a
  // time phrase is a reduced relative; a plural noun and a plural with a bare present is an
  // object relative clause: the reporting verb's object, no report.
  for (const char* text : {"Jane Roe reported the bonds bought the previous week.", "Tom Smith reported the cars made this year.",
                           "The bulletin reported the boats repaired this winter.", "Jane Roe reported the taxes farmers pay each harvest."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
  // with an object the past form still opens the clause
  EXPECT_EQ(speaker_of("Jane Roe reported the farmers sold their land.", "the farmers sold their land"), "Jane Roe");
}

TEST(Quotes, ATimeNounInThePossessiveAfterLastOpensTheReport) {
  // s54-mendsA (finding 6): `last quarter's` is the clause subject's determiner, the report
  // keeps it.
  EXPECT_EQ(speaker_of("Tom Smith said last quarter's earnings fell sharply.", "last quarter's earnings fell sharply"), "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe said last season's injuries had hurt the squad.", "last season's injuries had hurt the squad"), "Jane Roe");
}

TEST(Quotes, ACountrysArmySpeaksForIt) {
  // s54-mendsA (finding 9): `army` is a state body (state_body_nouns) as `military` is.
  EXPECT_EQ(speaker_of("Norway joined the talks. Norway's army said that the border was calm.", "the border was calm"), "Norway");
}

TEST(Quotes, AWarningOfOrAgainstANounPhraseReportsIt) {
  // s55-missed10 (rule A1045, data): `warn of`, `warn against`, `warn about` and `caution
  // against` take a noun phrase of five words or more as their content, as `call for` does.
  EXPECT_EQ(speaker_of("Tom Smith warned against the spirit of greed once more taking hold in the city.",
                       "the spirit of greed once more taking hold in the city"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe warned about the dangers of cutting the school budget in half.",
                       "the dangers of cutting the school budget in half"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith warned of the global costs a second strike would have.", "the global costs a second strike would have"),
            "Tom Smith");
  EXPECT_NE(speaker_of("Several members cautioned against drawing firm conclusions from a single poll in Lapland.",
                       "drawing firm conclusions from a single poll in Lapland"),
            "(no quote)");
  // a short noun phrase says nothing, and the noun `warning` after a determiner is no cue
  for (const char* text : {"Tom Smith warned of a crisis.", "Jane Roe issued a warning of a storm that would hit the coast next week."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
}

TEST(Quotes, CalledForAnObjectAndItsInfinitiveReportsBoth) {
  // s55-missed10 (rule A1046, data): the past and -ing forms of `call for` take an object
  // and an infinitive as `urge` does (the object included); the base and -s forms, which may
  // be nouns (`prompted calls for the mayor to resign`), take a noun phrase only.
  EXPECT_EQ(speaker_of("Tom Smith called for the mayor to resign.", "the mayor to resign"), "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe called for farmers to be paid on time.", "farmers to be paid on time"), "Jane Roe");
  EXPECT_TRUE(quote_texts("The vote prompted calls for the mayor to resign.").empty());
  // a noun phrase still reports as before
  EXPECT_EQ(speaker_of("Tom Smith called for the mayor's resignation after the vote.", "the mayor's resignation after the vote"),
            "Tom Smith");
}

TEST(Quotes, AMediumPhraseIsNotCountedInANounPhraseComplement) {
  // s55-missed10 (rule A1047): `in a TV interview`, `in a statement` (a preposition and a
  // noun cue of speech_verbs.json) say how the words were given: a noun phrase is content
  // only with five words before such a phrase.
  for (const char* text : {"Tom Smith also warned of rising prices in a TV interview in Lapland.",
                           "Jane Roe denied the claims in a statement on Tuesday."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
  EXPECT_EQ(speaker_of("Jane Roe announced a review of the rules on party funding in a statement on Tuesday.",
                       "a review of the rules on party funding"),
            "Jane Roe");
}

TEST(Quotes, ASubordinateClauseAfterAClosingAttributionIsNotItsReport) {
  // s55-missed10 (rule A1048): `CLAUSE, X said as/when/while/after ...` to the sentence's end:
  // the clause after the verb tells when the words were said; the report is the clause
  // before the comma.
  EXPECT_EQ(speaker_of("The party would win the election, Jane Roe said as the conference began.", "The party would win the election"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The party would win the election, Jane Roe said when the conference began.", "The party would win the election"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The firm closed after the vote, Tom Smith said after meeting the aides.", "The firm closed after the vote"),
            "Tom Smith");
  for (const std::string& q : quote_texts("The party would win the election, Jane Roe said when the conference began."))
    EXPECT_NE(q, "when the conference began");
  // with no verb before the comma, or `that` after the subordinator, the words after the
  // verb are the report
  EXPECT_EQ(speaker_of("Earlier this year, Jane Roe said as many as 400 farms may shut.", "as many as 400 farms may shut"), "Jane Roe");
  EXPECT_EQ(speaker_of("Jane Roe, a teacher from Lapland, said before the hearing that the board had lied.", "the board had lied"), "Jane Roe");
}

TEST(Quotes, AHeadlinesTwoWordClauseBeforeItsSourceIsAReport) {
  // s55-leftovers (rule A1075): a headline's clause of two words before `, X says` is the
  // report (telegraphic copy: a verb and its object, a subject and its verb).
  EXPECT_EQ(speaker_of("Protect volunteers, Tories say\n\nThe party wants a new law for helpers.", "Protect volunteers"),
            "Conservative Party");
  EXPECT_EQ(speaker_of("Prices rise, Jane Roe says\n\nShops in Fernby raised their prices again.", "Prices rise"), "Jane Roe");
  // not a name, a time phrase or an adverbial; not two words inside the article
  for (const char* text : {"Jane Doe, Tories say\n\nThe party wants a new law.", "Yesterday evening, Tories said\n\nThe party met.",
                           "Not now, Tories say\n\nThe party met.", "Sadly, Tories say\n\nThe party met.",
                           "The vote was close. Cut taxes, Tories say."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
}

TEST(Quotes, ANewYorkSenatorIsTheGazetteersSenatorOfTheState) {
  // s55-leftovers (row 19.491, data): `New York` before a state's office names the state, so
  // rule A71 finds the gazetteer's senator of New York State (base: unknown, the city).
  EXPECT_EQ(speaker_of("Chuck Schumer toured Albany on Monday. The New York senator said that the bridge would be rebuilt.",
                       "the bridge would be rebuilt"),
            "Chuck Schumer");
  // a city office stays the city's: no senator holds it
  EXPECT_EQ(speaker_of("Chuck Schumer toured Albany on Monday. The New York mayor said that the bridge would be rebuilt.",
                       "the bridge would be rebuilt"),
            "(none)");
}

TEST(Quotes, HisCampaignOrHerSpokesmanSpeaksForTheOneTheyResolveTo) {
  // s55-spkfix11, rule A1036: his/her before a noun of party_side_words (`campaign`,
  // `camp`) or official_nouns (`spokesman`) at a clause's opening speaks for the person the
  // possessive resolves to (GUIDELINES: `the Sanders campaign said` is the candidate), as
  // `Smith's campaign said` already did; unknown at 36ed04d.
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds on Monday. His campaign said that the plan would fail.", "the plan would fail"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe spoke in Leeds on Monday. But her spokesman insisted that the plan would fail.", "the plan would fail"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds on Monday. His presidential campaign has also said that the plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
  // not the sources near the campaign, not aides, not `their`
  EXPECT_NE(speaker_of("Tom Smith spoke in Leeds on Monday. Sources close to his campaign say that the plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
  EXPECT_NE(speaker_of("Tom Smith spoke in Leeds on Monday. His aides said that the plan would fail.", "the plan would fail"), "Tom Smith");
  EXPECT_NE(speaker_of("Tom Smith spoke in Leeds on Monday. Their campaign said that the plan would fail.", "the plan would fail"),
            "Tom Smith");
}

TEST(Quotes, APlacesSenatorsCampaignSpeaksForTheSenator) {
  // s55-spkfix11, rule A1037 (review finding 7 of stop 52): a place's office in the
  // possessive before a campaign noun (party_side_words) reads on to the office's holder
  // (GUIDELINES: a campaign is its candidate); unknown at 36ed04d. Allies stay unknown (A951).
  EXPECT_EQ(speaker_of("Ted Cruz spoke in Iowa on Monday. The Texas senator's campaign said that the plan would fail.",
                       "the plan would fail"),
            "Ted Cruz");
  EXPECT_NE(speaker_of("Ted Cruz spoke in Iowa on Monday. The Texas senator's allies said that the plan would fail.",
                       "the plan would fail"),
            "Ted Cruz");
}

TEST(Quotes, APartyNomineesCampaignSpeaksForTheNomineeNeverForTheParty) {
  // s55-spkfix12, row A1100: a party's role description in the possessive (`the Republican
  // nominee's`) before a campaign or an official speaks for the one person named with that
  // party and noun (`Republican nominee Tom Smith`), else unknown; before any other head
  // (`wife`) the head speaks, unnamed. The party at 83c459c in all three.
  EXPECT_EQ(speaker_of("Republican nominee Tom Smith spoke in Leeds on Monday. The Republican nominee's campaign said that "
                       "the plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Republican nominee Tom Smith spoke in Leeds on Monday. The Republican nominee's spokesman has also "
                       "said that the plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds on Monday. The Republican nominee's campaign said that the plan would fail.",
                       "the plan would fail"),
            "(none)");
  EXPECT_EQ(speaker_of("Republican nominee Tom Smith spoke in Leeds on Monday. The Republican nominee's wife said that the "
                       "plan would fail.",
                       "the plan would fail"),
            "(none)");
  // Not in the possessive: as at 83c459c.
  EXPECT_EQ(speaker_of("Republican nominee Tom Smith spoke in Leeds on Monday. The Republican nominee said that the plan "
                       "would fail.",
                       "the plan would fail"),
            "Tom Smith");
}

TEST(Quotes, TheCampaignIsTheOnePersonWhoseCampaignWasNamedBefore) {
  // s55-spkfix12, row A1101: `the campaign` alone speaks for the one person whose campaign
  // the document names before it (`the Smith campaign`, `Smith's campaign`); GUIDELINES: a
  // campaign is its candidate. Unknown at 83c459c; unknown when two people's campaigns or
  // none are named.
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds on Monday. The Smith campaign hired ten aides. The campaign said that the "
                       "plan would fail.",
                       "the plan would fail"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds on Monday. Smith's campaign hired ten aides. The campaign says the plan "
                       "would fail.",
                       "the plan would fail"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds on Monday. The Smith campaign and the Jane Roe campaign hired aides. The "
                       "campaign said that the plan would fail.",
                       "the plan would fail"),
            "(none)");
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds on Monday. The campaign said that the plan would fail.", "the plan would fail"),
            "(none)");
}

// Row 18.283 (review2 finding 8): an en dash is a clause break as the em dash is (the
// tokenizer's `--`): the names set off by either are no topic of the judged fragment.
TEST(Quotes, AnEnDashBreaksAJudgedFragmentsPhraseAsAnEmDashDoes) {
  for (const char* dash : {"\u2013", "\u2014"}) {
    const std::string text = std::string("Tom Holt spoke on Monday.\n\nHolt described the plan of Jane Roe ") + dash +
                             " not Acme Corporation " + dash + " as \"plainly reckless\".";
    Annotated t(text);
    const auto q = std::find_if(t.a.quotes.begin(), t.a.quotes.end(),
                                [&](const Quote& x) { return t.a.text(x.span) == "plainly reckless"; });
    ASSERT_NE(q, t.a.quotes.end()) << text;
    for (const std::int32_t e : q->about) EXPECT_NE(t.name(e), "Acme Corporation") << text;
  }
}

TEST(Quotes, ADeniedOrRejectedClaimIsTheDeniersReport) {
  // s56-missed11 (rule A1110): after a verb of rejection (rejection_verb_stems) an object
  // naming what was said or proposed (statement_nouns, claim_nouns, plan_nouns) and `that`,
  // or a lower-case clause with its own subject, is the report (SEEDS-NOTES keeps denials);
  // `reject` (speech_verbs.json, no speech of its own) reports nothing else.
  EXPECT_EQ(speaker_of("Tom Smith rejected the idea that his party might lose its council seats.",
                       "his party might lose its council seats"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe has denied recent suggestions there would soon be a rise in fares.",
                       "there would soon be a rise in fares"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith dismissed the notion that the council had wasted money on the bridge.",
                       "the council had wasted money on the bridge"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe rejected allegations she had misled the inquiry.", "she had misled the inquiry"), "Jane Roe");
  // an object that is no claim, `that` as a determiner, a reduced passive, a relative clause
  for (const char* text : {"The club rejected the bid from the American group.", "The judge rejected that view in her written decision.",
                           "The scheme the board rejected last week resembled a plan that Tom Smith drew up in 2010.",
                           "Jane Roe rejected the plan he drew up last year."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
  // a possessor's claim is the possessor's (possessor_report), not the rejecter's
  EXPECT_NE(speaker_of("Tom Smith spoke on Monday. Jane Roe rejected his claim that the bridge was unsafe.", "the bridge was unsafe"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("The committee dismissed the claim that the report was late.", "the report was late"), "(none)");
}

TEST(Quotes, ARejectionVerbGivesItsSubjectNoQuotedWordsButALabel) {
  // s56-missed11 (rule A1111): a verb of rejection that reports no speech (`rejected`,
  // `dismissed`) gives its subject quoted words only as a label after `as`; the words it
  // rejects are someone else's, and it is no evidence that its subject is a person.
  const char* calls = "Tom Smith, the new minister, has rejected calls to \"pause\" the building work.";
  EXPECT_NE(speaker_of(calls, "pause"), "Tom Smith");
  EXPECT_NE(speaker_of("Jane Roe has rejected a \"blanket policy\" on the fines.", "blanket policy"), "Jane Roe");
  EXPECT_NE(speaker_of("Jane Roe has dismissed the unions' plea for a \"pause\" in the talks.", "pause"), "Jane Roe");
  EXPECT_NE(speaker_of("Tom Smith unveiled his own \"points system\" for new staff but dismissed calls for quotas.", "points system"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith dismissed the plan as \"unworkable\".", "unworkable"), "Tom Smith");
  const Annotated t("Brewer rejects takeover bid. The Harbury brewer said the offer was too low.");
  EXPECT_EQ(t.entity("Brewer"), nullptr);
}

TEST(Quotes, ARelativeClauseOnADeniedClaimIsNoReport) {
  // s56-mendsF (rule A1110, review findings 1 and 2): a clause after a claim noun that has
  // no subject of its own (`that` and a finite form) or leaves its verb's object empty (a
  // pronoun, a past form and time words) is a relative clause on the noun, not the claim.
  for (const char* text : {"Tom Smith denied the allegations that were made against him by two former aides.",
                           "Acme Corp rejected the claims that circulated online last week.",
                           "Tom Smith rejected the report he commissioned last year."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
  // a clause with its own subject and object stays the denier's report
  EXPECT_EQ(speaker_of("Tom Smith denied the claim that the bridge was unsafe.", "the bridge was unsafe"), "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe rejected the report she had misled the inquiry.", "she had misled the inquiry"), "Jane Roe");
  // a bare plural claim noun keeps a clause whose verb takes no object
  EXPECT_EQ(speaker_of("Jane Roe denied reports she had resigned.", "she had resigned"), "Jane Roe");
}

TEST(Quotes, AnAllyOrFriendOfAPersonSpeaksUnnamedNotThePerson) {
  // s56-spkfix13 (row A1112): the holder of a role named by its tie to a person (`X's
  // closest ally`, `a close ally of X`, `a critic of X`) is someone else, unnamed: no
  // speaker, not X; `ally` in -ly is the head, no adverb. A spokesman, an aide `to` X and
  // a title before the name keep their person.
  for (const char* text : {"Tom Smith's closest ally said that the harbour tax would rise next spring.",
                           "Tom Smith's longtime ally has publicly said that the harbour tax would rise next spring.",
                           "A close ally of Tom Smith said that the harbour tax would rise next spring.",
                           "A critic of Tom Smith said that the harbour tax would rise next spring."})
    EXPECT_EQ(speaker_of(text, "the harbour tax would rise next spring"), "(none)") << text;
  EXPECT_EQ(speaker_of("Tom Smith's spokesman said that the harbour tax would rise next spring.", "the harbour tax would rise next spring"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("An aide to Tom Smith said that the harbour tax would rise next spring.", "the harbour tax would rise next spring"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("The harbour tax would rise, Acme Director of Public Affairs Tom Smith told reporters.", "The harbour tax would rise"),
            "Tom Smith");
}

TEST(Quotes, ARefusalToDenyAClaimIsNoReportOfIt) {
  // s56-spkfix13 (row A1113): a verb of rejection under a negator, n't or a refusal
  // (negators, refusals) reports nothing of its subject's; a claim noun it takes is its
  // own unnamed source's. A plain denial is still the denier's report (A1110).
  for (const char* text : {"Tom Smith did not deny that the harbour tax would rise.", "Tom Smith didn't deny suggestions that the harbour tax would rise.",
                           "Tom Smith has not rejected the idea that the harbour tax would rise."})
    EXPECT_TRUE(quote_texts(text).empty()) << text << " -> " << ::testing::PrintToString(quote_texts(text));
  for (const char* text : {"Tom Smith pointedly refused to deny claims the harbour tax would rise.", "Tom Smith never denied reports that the harbour tax would rise.",
                           "Tom Smith refuses to deny reports that the harbour tax would rise."})
    EXPECT_NE(speaker_of(text, "the harbour tax would rise"), "Tom Smith") << text;
  EXPECT_EQ(speaker_of("Tom Smith has denied claims that the harbour tax would rise.", "the harbour tax would rise"), "Tom Smith");
}

TEST(Quotes, PlayingDownOrRubbishingAClaimIsTheRejectersReport) {
  // s56-spkfix13 (row A1114): `rubbished`, `downplayed` and the phrasal `played down` are
  // verbs of rejection (rejection_verb_stems, speech_verbs.json, not reporting): with an
  // object naming a claim and `that` the clause is the rejecter's report (as A1110's
  // `denied suggestions that`); under a negator it is nobody's (A1113); a `said` clause
  // ends before `and played down`, the second report.
  for (const char* text : {"Tom Smith rubbished suggestions that the harbour tax would rise.", "Tom Smith downplayed the idea that the harbour tax would rise.",
                           "Tom Smith has played down reports that the harbour tax would rise."})
    EXPECT_EQ(speaker_of(text, "the harbour tax would rise"), "Tom Smith") << text;
  EXPECT_NE(speaker_of("Tom Smith never played down claims that the harbour tax would rise.", "the harbour tax would rise"), "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith said the ferry would run again and played down fears that the harbour tax would rise.", "the ferry would run again"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith said the ferry would run again and played down fears that the harbour tax would rise.", "the harbour tax would rise"),
            "Tom Smith");
  EXPECT_TRUE(quote_texts("Jane Roe played the tune down by the harbour.").empty());
}

TEST(Quotes, ABaseFormAfterAnInfinitiveAndIsNoNewReport) {
  // s56-spkfix13 (row A1115): a speech verb in its base form after `and`/`or` goes on an
  // infinitive `to` of the clause (`to spread ... and play down`, `to elect X and reject
  // Y`): the clause runs on; a finite one (`and said`) or one after a comma still ends it.
  EXPECT_EQ(speaker_of("Tom Smith said the firm had tried to hide its losses and play down the risk it took.",
                       "the firm had tried to hide its losses and play down the risk it took"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe urged voters to back the harbour plan and reject the bridge tax.", "voters to back the harbour plan and reject the bridge tax"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith said he wanted to stay and said the harbour tax would rise.", "he wanted to stay"), "Tom Smith");
}

TEST(Quotes, AnAdverbBetweenAndAndTheNextSpeechVerbStillEndsTheReport) {
  // s56-spkfix13 (row A1116): `and`, one -ly adverb and a finite speech verb open the
  // speaker's next report (A30), in a clause with quoted words or without; `and reportedly
  // left` (no speech verb, no -ed form) goes on as before.
  for (const char* text : {"Tom Smith said the plan was part of the race and reportedly argued that the mayor would lose.",
                           "Tom Smith said the plan was \"part of the race\" and quietly argued that the mayor would lose."})
    EXPECT_EQ(speaker_of(text, "the mayor would lose"), "Tom Smith") << text;
  EXPECT_EQ(speaker_of("Tom Smith said the plan was part of the race and reportedly argued that the mayor would lose.", "the plan was part of the race"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith dismissed the plan as \"part of the race\" and reportedly argued that the mayor would lose.", "the mayor would lose"),
            "Tom Smith");
}

TEST(Quotes, AccordingToAnUnnamedSourceIsNoContinuationOfThePreviousSpeaker) {
  // s56-spkfix13 (row A1117): `"Q," according to a court document` names the quote's own
  // source, unnamed: the quote is not the previous speaker's continuation; `according to
  // Tom Smith` still gives Tom Smith.
  for (const char* text : {"Jane Roe said she had been pushed.\n\n\"The evidence does not support a prosecution of the harbour master,\" according to a court document.",
                           "Jane Roe said she had been pushed.\n\n\"The evidence does not support a prosecution of the harbour master,\" according to a statement from the county."})
    EXPECT_EQ(speaker_of(text, "The evidence does not support a prosecution of the harbour master"), "(none)") << text;
  EXPECT_EQ(speaker_of("Jane Roe said she had been pushed.\n\n\"The evidence does not support a prosecution of the harbour master,\" according to Tom Smith.",
                       "The evidence does not support a prosecution of the harbour master"),
            "Tom Smith");
}

TEST(Quotes, AccordingToANameAfterItsDescriptionNamesTheSource) {
  // s56-spkfix13 (row A1118): after `according to`, the name may follow lower-case words of
  // its description with no preposition between (`media strategist Tom Smith`); not a name
  // past a preposition (`a letter sent to the council by Tom Smith`: unnamed, A1117).
  EXPECT_EQ(speaker_of("Jane Roe said she had been pushed.\n\n\"The harbour will stay open to every boat this year,\" according to media and "
                       "PR strategist Tom Smith.",
                       "The harbour will stay open to every boat this year"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Jane Roe said she had been pushed.\n\n\"The harbour will stay open to every boat this year,\" according to a letter "
                       "sent to the council by Tom Smith.",
                       "The harbour will stay open to every boat this year"),
            "(none)");
}

TEST(Quotes, ABodyTitleDescriptionOpeningASentenceContinuesTheOnePersonNamedBefore) {
  // s56-spkfix14 (row A1130): `The Welsh Labour leader` with no stated holder is the one
  // person the sentence before names; unknown after two people, or when that person holds
  // the same title in another body by the text.
  EXPECT_EQ(speaker_of("Tom Smith has resigned from his post at a bank. The Welsh Labour leader had insisted that his work did not "
                       "influence the vote.",
                       "his work did not influence the vote"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith met Jane Roe at a bank. The Welsh Labour leader had insisted that his work did not influence the vote.",
                       "his work did not influence the vote"),
            "(none)");
  EXPECT_EQ(speaker_of("Tom Smith, the Liberal Democrat leader, has resigned from his post at a bank. The Welsh Labour leader had "
                       "insisted that his work did not influence the vote.",
                       "his work did not influence the vote"),
            "(none)");
}

TEST(Quotes, ALeadReportByADescriptionIsTheNameThatSpeaksAsTheNextSentenceOpens) {
  // s56-spkfix14 (row A1131): delayed identification in the lead; not a passive (`it has
  // been claimed`), not past the lead (third sentence).
  EXPECT_EQ(speaker_of("A close ally of the mayor has denied that the harbour will close. Tom Smith, an adviser to the council, said "
                       "there would be no cuts.",
                       "the harbour will close"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Harbour dues will rise next year, the town's spending watchdog has said. The Ruritanian Audit Office said the "
                       "dues had not risen since 1990.",
                       "Harbour dues will rise next year"),
            "Ruritanian Audit Office");
  EXPECT_EQ(speaker_of("The harbour will close next year, it has been claimed. Tom Smith, an adviser to the council, said there would "
                       "be no cuts.",
                       "The harbour will close next year"),
            "(none)");
  EXPECT_EQ(speaker_of("The ferry ran late. Boats were full. A close ally of the mayor has denied that the harbour will close. Tom "
                       "Smith, an adviser to the council, said there would be no cuts.",
                       "the harbour will close"),
            "(none)");
}

TEST(Quotes, ABareRoleDescriptionIsThePersonTiedToItOrTheOnePersonNamedBefore) {
  // s58-spkfix15 (row A1132): `The billionaire told` is the person the text calls a
  // billionaire nearby, else (opening its sentence) the one person of the sentence before;
  // unknown when that sentence has the noun itself or names two people.
  EXPECT_EQ(speaker_of("Tom Smith kept rolling, winning two more states. The billionaire told reporters he was looking at five people.",
                       "he was looking at five people"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith, a billionaire, won the vote in Leeds. Jane Roe lost her seat. The billionaire said the harbour would "
                       "close.",
                       "the harbour would close"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("Tom Smith met a voter in Leeds. The voter said the harbour would close.", "the harbour would close"), "(none)");
  EXPECT_EQ(speaker_of("Tom Smith met Jane Roe in Leeds. The billionaire said the harbour would close.", "the harbour would close"),
            "(none)");
  EXPECT_EQ(speaker_of("Tom Smith won two more states. The billionaire was told the harbour would close.", "the harbour would close"),
            "(none)");
}

TEST(Quotes, AKindNounBeforeAnAuxiliaryOrAdverbStillSpeaksForTheOrganisation) {
  // s58-spkfix15 (row A1133): `The company also said`, `the firm had told` as `The company
  // said`; a passive's subject (`the court was told`) is still no speaker, a progressive's is.
  EXPECT_EQ(speaker_of("Acme Corp has reported a rise in profits. The company also said it would hire 100 more staff.",
                       "it would hire 100 more staff"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("Acme Corp denied the claims. Its shares fell. The firm had told the tribunal that the unit was losing money.",
                       "the unit was losing money"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("Acme Corp said profits fell. Even so, the firm is predicting that earnings will rise.", "earnings will rise"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("Acme Corp lost the case. Witnesses saw the men carry bags, the court was told.", "Witnesses saw the men carry bags"),
            "(none)");
}

TEST(Quotes, AKindNounIsTheOneOrganisationTheSentenceBeforeNames) {
  // s58-spkfix15 (row A1134): with no organisation as subject nearby, `the insurer` is the one
  // organisation the sentence before names; unknown when it names two, opens on a pronoun,
  // or names it only as the subject of a report.
  EXPECT_EQ(speaker_of("Up to 200 jobs are to go at broker Acme Corp this year. The insurer said the cuts were part of a drive to save "
                       "money.",
                       "the cuts were part of a drive to save money"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("If Acme Corp backs out, Bolt Ltd may return. The company has said it is ready to take a minority stake.",
                       "it is ready to take a minority stake"),
            "(none)");
  EXPECT_EQ(speaker_of("Shares fell. It has offered to pay, in a deal under review by Acme Corp. The company said it could not yet "
                       "estimate the cost.",
                       "it could not yet estimate the cost"),
            "(none)");
  EXPECT_EQ(speaker_of("Shares rose on Monday. Jane Roe said Acme Corp would be sold. The company said it had no plans to sell.",
                       "it had no plans to sell"),
            "(none)");
}

TEST(Quotes, APastFormAfterACommaInTheSubjectsSeriesOfActsIsTheSubjects) {
  // s58-spkfix15 (row A1135): `X hid facts, admitted ...` as A793's `X wins Ohio, vows ...`.
  EXPECT_EQ(speaker_of("The Tarn Council repeatedly hid the figures, admitted it had withheld them, and delayed the report.",
                       "it had withheld them"),
            "Tarn Council");
  EXPECT_EQ(speaker_of("Tom Smith hid the figures, admitted he had withheld them, and delayed the report.", "he had withheld them"),
            "Tom Smith");
}

TEST(Quotes, APhrasalVerbOfRejectionIsReadAcrossItsTwoWords) {
  // Row 23.250: `played down`, `playing down` (rejection_verb_stems, listed with the space)
  // are read from the verb and the next word without joining them: the rejecter's report as
  // before (row A1114); a verb whose next word only opens like the particle (`played dough`)
  // or a particle after another word (`played the tune down`) makes no verb of rejection.
  EXPECT_EQ(speaker_of("Jane Roe is playing down fears that the bridge toll would rise.", "the bridge toll would rise"), "Jane Roe");
  EXPECT_EQ(speaker_of("Jane Roe has played down reports that the bridge toll would rise.", "the bridge toll would rise"), "Jane Roe");
  EXPECT_TRUE(quote_texts("Jane Roe played dough games with fears that the bridge toll would rise.").empty());
  EXPECT_TRUE(quote_texts("Jane Roe played the tune down by the bridge.").empty());
}

TEST(Quotes, ABareTitleNamesAnEarlierGazetteerOfficeWhenAnotherHoldsThePrincipalOne) {
  // s59-spkfix16 (row A1136): Gordon Brown is prime minister first in the gazetteer, its
  // chancellor after; a story that names Tony Blair too (prime minister first as well) is told
  // while Blair held that office, so `the chancellor` is Brown. Alone he is no bare chancellor
  // (A350: Barack Obama is no `the senator`).
  EXPECT_EQ(speaker_of("Tony Blair and Gordon Brown spoke in Leeds on Monday. The chancellor said taxes would not rise.",
                       "taxes would not rise"),
            "Gordon Brown");
  EXPECT_EQ(speaker_of("Gordon Brown spoke in Leeds on Monday. The chancellor said taxes would not rise.", "taxes would not rise"),
            "(none)");
}

TEST(Quotes, APastPostTheTextStatesIsNoHolderOfTheBareTitle) {
  // s59-spkfix16 (row A1137): `ex-Labour chancellor Jane Roe` held the post once; `the
  // chancellor` of the next paragraph is not her. A post stated as held may be named as past
  // later (`the former chancellor`), and a past one by a past title.
  EXPECT_EQ(speaker_of("Tom Smith spoke in Leeds. Earlier, ex-Labour chancellor Jane Roe welcomed the plan.\n\nThe chancellor said "
                       "the economy was strong.",
                       "the economy was strong"),
            "(none)");
  EXPECT_EQ(speaker_of("Chancellor Jane Roe quit on Monday. The former chancellor said the economy was strong.",
                       "the economy was strong"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Former chancellor Jane Roe spoke in Leeds. Tom Smith agreed. The former chancellor said the economy was "
                       "strong.",
                       "the economy was strong"),
            "Jane Roe");
}

TEST(Quotes, ItBeforeASpeechVerbIsTheOrganisationThatSpokeLast) {
  // s59-spkfix16 (row A1138): with no named organisation as subject nearby, `it` before a
  // speech verb is the organisation the first speech verb of its sentence or the two before
  // has as subject, a kind noun (`The airline said`) or an `it` read so in turn.
  EXPECT_EQ(speaker_of("Shares in Acme Corp rose on Monday. The airline said 200 jobs would go. It also said fuel costs hit demand.",
                       "fuel costs hit demand"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("The Tarn Audit Office urged the council to act. It said members needed to be more careful. The report said: "
                       "\"Councils still do not report fraud.\" It said there were 92 cases of fraud last year.",
                       "there were 92 cases of fraud last year"),
            "Tarn Audit Office");
  // A person spoke last; a passive `it`; a subject the recogniser missed in between: nobody.
  EXPECT_EQ(speaker_of("Shares in Acme Corp rose on Monday. Tom Smith said 200 jobs would go. It also said fuel costs hit demand.",
                       "fuel costs hit demand"),
            "(none)");
  EXPECT_EQ(speaker_of("Shares in Acme Corp rose on Monday. The airline said 200 jobs would go. It has been suggested that fuel "
                       "costs hit demand.",
                       "fuel costs hit demand"),
            "(none)");
  EXPECT_EQ(speaker_of("Shares in Acme Corp rose on Monday. The airline said 200 jobs would go. Bolt has been hit by rising costs. "
                       "It has said fuel costs hit demand.",
                       "fuel costs hit demand"),
            "(none)");
}

TEST(Quotes, ASpeechNounAfterHisBeforeAColonIsThePossessors) {
  // s59-spkfix16 (row A1139): `his infamous remarks about X: "Q"` is the words of the person
  // his stands for (resolved as he is), not a speaker-less cue.
  EXPECT_EQ(speaker_of("\"We will cut the tax,\" Tom Smith said on Monday.\n\nAnd his infamous remarks about the harbour tax: \"I "
                       "will never raise it.\"",
                       "I will never raise it."),
            "Tom Smith");
  // No colon: no quote of his is introduced so.
  EXPECT_EQ(speaker_of("Tom Smith spoke on Monday. Critics recalled his remarks about the harbour tax and said \"it will rise\".",
                       "it will rise"),
            "(none)");
}

TEST(Quotes, APlaceBeforeTheHeadNounOfTheSubjectIsNoSpeaker) {
  // s59b-placespk (row A1148): a place or country that modifies the head noun of the
  // speaker's phrase (`a Kent man`, `the Ohio-based charity`, `said the Kent athlete`) is no
  // speaker: the head noun is, a description with no name here.
  EXPECT_EQ(speaker_of("Tom Smith spoke first. A Kent man had said the fees were unfair.", "the fees were unfair"), "(none)");
  EXPECT_EQ(speaker_of("Tom Smith spoke first. Later the Ohio-based charity said the fund was empty.", "the fund was empty"),
            "(none)");
  // (s63-spkacc, row A1172: the epithet re-names the person the sentence before is about;
  // the place inside it still speaks for nobody.)
  EXPECT_NE(speaker_of("Tom Smith spoke first. \"We lost the final,\" said the Kent athlete.", "We lost the final"), "Kent");
  // A country or place that heads the subject speaks (as its government), and so does one
  // whose head noun speaks for the state (official_nouns, state_body_nouns).
  EXPECT_EQ(speaker_of("Tom Smith spoke first. Norway said the talks would resume.", "the talks would resume"), "Norway");
  EXPECT_EQ(speaker_of("Tom Smith spoke first. Ohio officials said the road would close.", "the road would close"), "Ohio");
}

TEST(Quotes, ANameInAppositionAfterAPlaceModifiedNounIsTheSpeaker) {
  // s59b-placespk (row A1149): `<place>-based firm <name> has said`: the name in apposition
  // after the description is who spoke, not the place.
  EXPECT_EQ(speaker_of("Tom Smith spoke first. Ohio-based firm Acme Industries has said it would cut 200 jobs.",
                       "it would cut 200 jobs"),
            "Acme Industries");
  // Inside a phrase of another head (`the head of ...`), the name is not the speaker.
  EXPECT_NE(speaker_of("Tom Smith spoke first. The head of Ohio firm Acme Industries has said it would cut 200 jobs.",
                       "it would cut 200 jobs"),
            "Acme Industries");
}

TEST(Quotes, APlaceAfterTheHeadNounAndAPrepositionIsNoSpeaker) {
  // s59b-placespk (row A1150): `Jurors in Kent recommended`, `councillors from Ohio agreed`:
  // the head noun before the preposition is the subject, the place is no speaker.
  EXPECT_EQ(speaker_of("Tom Smith spoke first. Jurors in Kent said the fine was too low.", "the fine was too low"), "(none)");
  EXPECT_EQ(speaker_of("Tom Smith spoke first. Councillors from Ohio said the road would close.", "the road would close"),
            "(none)");
  // Officials of a place speak for it, as does a text it puts out.
  EXPECT_EQ(speaker_of("Tom Smith spoke first. Officials in Ohio said the road would close.", "the road would close"), "Ohio");
}

TEST(Quotes, ATitleBeforeTheOpeningNameLeavesTheSubjectItsQuotedWords) {
  // s60-spkprec (row A1151): subject-predicate reads the subject past a title or honorific
  // of titles.json (`Dr`, `Mr`): the quoted words of the predicate are that person's.
  EXPECT_EQ(speaker_of("The plan came out on Monday. Dr Tom Smith, secretary of the Elm Medical Union, welcomed the new "
                       "targets \"to make faster progress on waiting lists\".",
                       "to make faster progress on waiting lists"),
            "Tom Smith");
  EXPECT_EQ(speaker_of("The plan came out on Monday. Mr Smith laid out a plan for \"a simpler tax code that rewards work\".",
                       "a simpler tax code that rewards work"),
            "Smith");
  // A capitalised word that is no title (a subordinator) does not open the subject.
  EXPECT_EQ(speaker_of("The plan came out on Monday. When Tom Smith finally wrapped up, \"the hall went quiet for a long "
                       "time\" in the end.",
                       "the hall went quiet for a long time"),
            "(none)");
}

TEST(Quotes, ARelativePronounAfterAPrepositionalAsideRefersToTheNameBeforeIt) {
  // s60-spkprec (row A1152): `Jane Roe, in front of the Elm Council, who said ...`: the
  // relative pronoun skips the prepositional phrase set off by commas to the person.
  EXPECT_EQ(speaker_of("The vote drew a sharp reply from the Arden envoy to the League, Jane Roe, in front of the Elm "
                       "Council, who said the other side was either \"careless\" or \"badly advised\".",
                       "the other side was either \"careless\" or \"badly advised\""),
            "Jane Roe");
  // Not when the phrase itself names a person: who may be that one.
  EXPECT_NE(speaker_of("The vote drew a sharp reply from Jane Roe, in front of Tom Smith, who said the other side was "
                       "careless.",
                       "the other side was careless"),
            "Jane Roe");
}

TEST(Quotes, AReportInTheLeadAfterAHeadlineIsTheNextSpeakersWhenTheDescriptionAgrees) {
  // s60-spkprec (row A1153): a lead after its headline, `CLAUSE, a report suggests.`, with
  // one sentence where no one speaks before the body that names itself as it speaks.
  EXPECT_EQ(speaker_of("Ruritania 'risks missing budget goal' The Ruritanian government will have to raise taxes or cut "
                       "spending if it wants to keep its \"budget goal\", a report suggests. The goal means that the state "
                       "can borrow only to invest. The Elm Institute for Fiscal Research (EIFR) claims that taxes need to "
                       "rise by about 5bn pounds.",
                       "The Ruritanian government will have to raise taxes or cut spending if it wants to keep its "
                       "\"budget goal\""),
            "Elm Institute for Fiscal Research");
  // A description of a person (`a clergyman`) does not name a body, nor do plural sources.
  EXPECT_EQ(speaker_of("Ruritania 'risks missing budget goal' The Ruritanian government will have to raise taxes or cut "
                       "spending, a clergyman has said. The Elm Institute for Fiscal Research (EIFR) claims that taxes "
                       "need to rise by about 5bn pounds.",
                       "The Ruritanian government will have to raise taxes or cut spending"),
            "(none)");
  EXPECT_EQ(speaker_of("Ruritania 'faces tough year' Ruritanian firms face a testing time, media reports say. The Elm Trade "
                       "Body rejected the plan. The Elm Trade Body said that more firms would close.",
                       "Ruritanian firms face a testing time"),
            "(none)");
}

TEST(Quotes, AStatementNounAfterABodysNameInAVerbsObjectIsThatBodysReport) {
  // s60-spkprec (row A1154): `blasted Acme Corp claims that ...`: the body's name
  // premodifies the noun `claims` in the object of the verb; the body speaks the clause.
  EXPECT_EQ(speaker_of("Talks went on in Velmar. Tom Smith blasted Acme Corp claims that it holds \"clear proof\" of the "
                       "fraud.",
                       "it holds \"clear proof\" of the fraud"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("Talks went on in Velmar. Tom Smith rejected Acme Corp claims that the plant was safe.",
                       "the plant was safe"),
            "Acme Corp");
  // The body as the subject of the verb `claims` speaks as before.
  EXPECT_EQ(speaker_of("Talks went on in Velmar. Later Acme Corp claims that the plant was safe.", "the plant was safe"),
            "Acme Corp");
}

TEST(Quotes, TheGovernmentOrAnUnnamedGovernmentSpokesmanIsTheCountryTheArticleNames) {
  // s60b-orgspk (row A1165): `the government said` is the country the article names, and
  // `according to a government spokesman` after a place phrase opening the sentence is the
  // country of that place (GUIDELINES: an unnamed spokesman speaks for the body).
  EXPECT_EQ(speaker_of("Norway will raise fuel duty next year. The government has said the money will go to new rail lines.",
                       "the money will go to new rail lines"),
            "Norway");
  EXPECT_EQ(speaker_of("Storms hit Chile and Norway. In Norway the cost of repairs could halve growth, according to a "
                       "government spokesman.",
                       "In Norway the cost of repairs could halve growth"),
            "Norway");
  EXPECT_EQ(speaker_of("Fuel duty will rise in Norway. \"We have no choice,\" a government spokesman said.", "We have no choice"),
            "Norway");
  // Two countries named and no place phrase to choose between them: no speaker.
  EXPECT_EQ(speaker_of("Chile and Norway signed a fishing deal. The government said the quotas would hold.",
                       "the quotas would hold"),
            "(none)");
  // No country named: no speaker (GUIDELINES: the country only if the article names it).
  EXPECT_EQ(speaker_of("Fuel duty will rise next year. The government said the money will go to rail.",
                       "the money will go to rail"),
            "(none)");
}

TEST(Quotes, ABodysPostBeforeAClauseColonIsItsNamedHolderNotTheBody) {
  // s60b-bossspk (row A1162): `The Harbor Party leader went on: "Q"`: the body's name
  // pre-modifies a post title; the colon announces the holder's words, or nobody's.
  std::string rule;
  EXPECT_EQ(speaker_of("Harbor Party leader Tom Smith spoke on Monday. The Harbor Party leader went on: \"The vote was "
                       "fair.\"",
                       "The vote was fair.", &rule),
            "Tom Smith");
  EXPECT_EQ(rule, "clause-colon");
  EXPECT_EQ(speaker_of("The Harbor Party met on Monday. The Harbor Party leader went on: \"The vote was fair.\"",
                       "The vote was fair."),
            "(none)");
  // A spokesman speaks for the body, and the body's own clause is the body's.
  EXPECT_EQ(speaker_of("The Harbor Party met on Monday. A Harbor Party spokesman went on: \"The vote was fair.\"",
                       "The vote was fair."),
            "Harbor Party");
  EXPECT_EQ(speaker_of("The Harbor Party issued a statement: \"The vote was fair.\"", "The vote was fair."), "Harbor Party");
}

TEST(Quotes, APostersOrASlogansWordsAreItsOwningBodysNotThePersonItShows) {
  // s61-spkprec2 (row A1166): the words on a poster are its owner's, a body named as its
  // possessor or modifier in the sentence or before (GUIDELINES: a body speaks when its
  // words are put out), or the body that opens an earlier sentence about posters.
  EXPECT_EQ(speaker_of("The Harbor Party's new poster campaign opened in Kestwick. Two students held up a poster trumpeting "
                       "\"the lowest fares for ten years\".",
                       "the lowest fares for ten years"),
            "Harbor Party");
  EXPECT_EQ(speaker_of("The Harbor Party has been criticised for its posters. The poster shows Tom Smith holding a cheque, "
                       "saying: \"I can pay twice.\"",
                       "I can pay twice."),
            "Harbor Party");
  // No owner named anywhere: the person it shows keeps the words, as before.
  EXPECT_EQ(speaker_of("A poster went up in Kestwick. The poster shows Tom Smith holding a cheque, saying: \"I can pay "
                       "twice.\"",
                       "I can pay twice."),
            "Tom Smith");
  // A compound headed by another noun is no poster speaking (`the poster vans would`).
  EXPECT_NE(speaker_of("The Harbor Party's poster campaign opened. The poster vans would \"tell people the fares are low\".",
                       "tell people the fares are low"),
            "Harbor Party");
}

TEST(Quotes, ABodysPostAfterAFrontedPhraseIsItsHolderNotTheBody) {
  // s61-spkprec2 (row A1167): `In his New Year message the Harbor Party leader said`: the
  // phrase read back from the verb opens on a fronted phrase; the description after it is
  // the party's leader (rule A200: the holder the text states, else nobody), not the party.
  EXPECT_EQ(speaker_of("The Harbor Party met in Kestwick on Monday. In his New Year message the Harbor Party leader said the "
                       "vote had been fair.",
                       "the vote had been fair"),
            "(none)");
  EXPECT_EQ(speaker_of("The Harbor Party met in Kestwick on Monday. That suggests the Harbor Party leader believes the vote "
                       "was fair.",
                       "the vote was fair"),
            "(none)");
  // The party itself speaking stays the party.
  EXPECT_EQ(speaker_of("The Harbor Party met in Kestwick on Monday. In a statement the Harbor Party said the vote had been "
                       "fair.",
                       "the vote had been fair"),
            "Harbor Party");
}

TEST(Quotes, AParticipleInASubordinateClauseIsThatClausesSubjects) {
  // s61-spkprec2 (row A1168): `Tom Smith was greeted coldly as Jane Roe opened the talks by
  // demanding "Q"`: the participle hangs on the clause after `as`, whose subject is Roe.
  EXPECT_EQ(speaker_of("Tom Smith was greeted coldly in Velmar as Jane Roe opened their meeting on Monday by demanding to "
                       "know the \"real aims\" of the plan.",
                       "real aims"),
            "Jane Roe");
  EXPECT_EQ(speaker_of("Tom Smith won the vote, although Jane Roe won the argument by declaring herself the \"true winner\".",
                       "true winner"),
            "Jane Roe");
  // A comma after the subordinate clause ends it: the participle is the main clause's.
  EXPECT_EQ(speaker_of("As Jane Roe looked on, Tom Smith opened the talks by demanding to know the \"real aims\" of the plan.",
                       "real aims"),
            "Tom Smith");
}

TEST(Quotes, AReportStartsOnlyAtASpeechWordOrAStatementNoun) {
  // Row 23.326 (issue #23): the scan for reported clauses passes every token that is neither
  // the first word of a speech cue nor a statement noun (`the`, `would`, `of`) before its
  // tests; the reports are found as before: a verb of saying after listed words, a
  // possessor's statement noun, and nothing in a sentence with neither.
  Annotated verb("The mayor of Tarnby would say little, but Tom Smith said the toll would rise.");
  bool found = false;
  for (const auto& q : verb.a.quotes)
    if (verb.a.text(q.span) == "the toll would rise") {
      found = true;
      EXPECT_EQ(verb.name(q.speaker), "Tom Smith");
    }
  EXPECT_TRUE(found);
  Annotated noun("Jane Roe's claim that the bridge was unsafe was heard in Tarnby.");
  found = false;
  for (const auto& q : noun.a.quotes)
    if (q.rule == "possessor-noun") {
      found = true;
      EXPECT_EQ(noun.name(q.speaker), "Jane Roe");
    }
  EXPECT_TRUE(found);
  Annotated none("The mayor of Tarnby and his wife would be at the harbour on Monday with their dog.");
  EXPECT_TRUE(none.a.quotes.empty());
}

TEST(Quotes, APullQuoteSignatureIsFoundFromTheParagraphsEnd) {
  // Row 23.328 (issue #23): the last dash of a paragraph is looked for from its end, and the
  // search gives up at a token no name covers nine or more tokens before the end; a dash
  // before a name and a short role still signs the paragraph (rule pull-quote), a dash before
  // a name that runs on into a long clause does not.
  Annotated signed_text("Jane Roe spoke in Leeds.\n\nRates at the harbour will rise again next spring and once more in the "
                        "autumn \xE2\x80\x94 Jane Roe, Tarnby's mayor\n\nThe council met.");
  bool found = false;
  for (const auto& q : signed_text.a.quotes)
    if (q.rule == "pull-quote") {
      found = true;
      EXPECT_EQ(signed_text.a.text(q.span), "Rates at the harbour will rise again next spring and once more in the autumn");
      EXPECT_EQ(signed_text.name(q.speaker), "Jane Roe");
    }
  EXPECT_TRUE(found);
  Annotated running("Jane Roe spoke in Leeds.\n\nRates at the harbour will rise again next spring \xE2\x80\x94 Jane Roe told the "
                    "council on Monday in the town hall\n\nThe council met.");
  for (const auto& q : running.a.quotes) EXPECT_NE(q.rule, "pull-quote") << running.a.text(q.span);
}

TEST(Quotes, ASentenceCueFindsTheQuotesFirstTokenBySearch) {
  // Row 23.329 (issue #23): speaker_in_sentence() finds the quote's first token with
  // Annotation::token_at() (a binary search) instead of a walk from the document's start;
  // a speech verb further back in the sentence (sentence-cue) and a passive's agent
  // (passive-agent) read the same token: the quote's first word, after its opening mark.
  Annotated cue("Jane Roe spoke in Leeds on Monday.\n\nMr. Tom Smith, whose firm builds boats, said Jane Roe was a candidate "
                "in the spirit of the harbour: \"She is a sailor kind of person.\"");
  bool found = false;
  for (const auto& q : cue.a.quotes)
    if (cue.a.text(q.span) == "She is a sailor kind of person.") {
      found = true;
      EXPECT_EQ(q.rule, "sentence-cue");
      EXPECT_EQ(cue.name(q.speaker), "Tom Smith");
    }
  EXPECT_TRUE(found);
  Annotated agent("The debate was long.\n\nJane Roe was asked by moderator Tom Smith whether her plan for free ferry "
                  "passes, at a cost of some $40 million a year over the coming decade, would risk \"adding yet another "
                  "costly grant scheme to an already stretched county budget.\"");
  found = false;
  for (const auto& q : agent.a.quotes)
    if (q.kind == Quote::Kind::Direct) {
      found = true;
      EXPECT_EQ(q.rule, "passive-agent");
      EXPECT_EQ(agent.name(q.speaker), "Tom Smith");
    }
  EXPECT_TRUE(found);
}

TEST(Quotes, AVerbOfRejectionIsLookedUpOnlyAfterItsNegatorOrItsClaimNoun) {
  // Row 23.327 (issue #23): negated_rejection() reads the three words before the verb first
  // and rejected_object_clause() the object's words first; the verb is looked up in
  // rejection_verb_stems only after a negator or a noun of what was said. The readings of
  // rows A1110 and A1113 stay: a negated denial reports nothing, a denial of reports is the
  // denier's report, a refused denial of claims is the claims' unnamed source's, and a
  // negated verb that is no rejection still reports.
  Annotated negated("Tom Smith did not deny that the fares would rise in Tarnby.");
  EXPECT_TRUE(negated.a.quotes.empty());
  Annotated denied("Tom Smith denied reports that the fares would rise in Tarnby.");
  ASSERT_EQ(denied.a.quotes.size(), 1u);
  EXPECT_EQ(denied.a.text(denied.a.quotes[0].span), "the fares would rise in Tarnby");
  EXPECT_EQ(denied.name(denied.a.quotes[0].speaker), "Tom Smith");
  Annotated refused("Tom Smith refused to deny claims that the fares would rise in Tarnby.");
  ASSERT_EQ(refused.a.quotes.size(), 1u);
  EXPECT_EQ(refused.name(refused.a.quotes[0].speaker), "(none)");
  Annotated never("Tom Smith never said the fares would rise in Tarnby.");
  ASSERT_EQ(never.a.quotes.size(), 1u);
  EXPECT_EQ(never.name(never.a.quotes[0].speaker), "Tom Smith");
}

TEST(Quotes, EveryTokenBetweenPairedMarksIsInsideTheQuote) {
  // Row 23.328 (issue #23): pair_quote_marks() marks the tokens of each pair, marks
  // included, with one fill per pair; a word between two quotes stays outside both, so the
  // verb between them still attributes the first.
  Annotated t("\"The fares will rise,\" Tom Smith said. \"And the bridge will close in May.\"");
  ASSERT_EQ(t.a.quotes.size(), 2u);
  EXPECT_EQ(t.a.text(t.a.quotes[0].span), "The fares will rise");
  EXPECT_EQ(t.name(t.a.quotes[0].speaker), "Tom Smith");
  EXPECT_EQ(t.a.text(t.a.quotes[1].span), "And the bridge will close in May.");
}

TEST(Quotes, ABareCoordinatedReportIsTriedOnlyAtACoordinatorOrAContrastConnective) {
  // Row 23.326 (issue #23): end_at_bare_coordinated_report() passes the clause's tokens that
  // are neither a coordinator nor a contrast connective before calling
  // coordinated_report_ends(); a second speaker's report after `and` or `while` still ends
  // the first clause (rule A582), and a coordinated subject inside the clause does not.
  Annotated both("Tom Smith said the plan was a mess and Jane Roe said it would fail.");
  ASSERT_EQ(both.a.quotes.size(), 2u);
  EXPECT_EQ(both.a.text(both.a.quotes[0].span), "the plan was a mess");
  EXPECT_EQ(both.name(both.a.quotes[0].speaker), "Tom Smith");
  EXPECT_EQ(both.a.text(both.a.quotes[1].span), "it would fail");
  EXPECT_EQ(both.name(both.a.quotes[1].speaker), "Jane Roe");
  Annotated contrast("Tom Smith said the plan was a mess while the Tarnby Greens say it would fail.");
  ASSERT_FALSE(contrast.a.quotes.empty());
  EXPECT_EQ(contrast.a.text(contrast.a.quotes[0].span), "the plan was a mess");
  Annotated one("Tom Smith said the fares and the tolls would rise.");
  ASSERT_EQ(one.a.quotes.size(), 1u);
  EXPECT_EQ(one.a.text(one.a.quotes[0].span), "the fares and the tolls would rise");
}

TEST(Quotes, AQuoteSaidTwiceWordForWordIsOneAndQuotesWithTheSameEdgesAreTwo) {
  // Row 23.329 (issue #23): merge()'s set of quote texts hashes a text's length and its
  // first and last eight bytes; texts in one bucket are compared whole, so two quotes of one
  // length with the same edges stay two, and a quote repeated verbatim is one (GUIDELINES).
  Annotated two("\"The fares will rise in the town in May,\" Tom Smith said.\n\n\"The fares will fall in the town in May,\" "
                "Jane Roe said.");
  ASSERT_EQ(two.a.quotes.size(), 2u);
  EXPECT_EQ(two.a.text(two.a.quotes[0].span), "The fares will rise in the town in May");
  EXPECT_EQ(two.a.text(two.a.quotes[1].span), "The fares will fall in the town in May");
  EXPECT_EQ(two.name(two.a.quotes[1].speaker), "Jane Roe");
  Annotated repeated("\"The fares will rise in the town in May,\" Tom Smith said.\n\nHe spoke on Monday.\n\n\"The fares will "
                     "rise in the town in May,\" Tom Smith said.");
  ASSERT_EQ(repeated.a.quotes.size(), 1u);
  EXPECT_EQ(repeated.name(repeated.a.quotes[0].speaker), "Tom Smith");
}

TEST(Quotes, AKindNounSubjectAfterASubordinatorIsTheGoverningClausesOrganisation) {
  // s62-polrecall3 (row A1169): `after the firm warned`: `after` opens a clause whose subject
  // is the kind noun, no preposition's object; the one organisation the main clause before
  // it names speaks.
  EXPECT_EQ(speaker_of("Shares in Acme Corp fell sharply on Monday after the firm warned that sales had slowed.",
                       "sales had slowed"),
            "Acme Corp");
  // A fronted subordinate clause that names one organisation, also as a possessor.
  EXPECT_EQ(speaker_of("After police raided Acme Corp's offices in March, the company said none of its accounts could be trusted.",
                       "none of its accounts could be trusted"),
            "Acme Corp");
  // Two organisations in the governing clause: unknown, as before.
  EXPECT_EQ(speaker_of("Shares in Acme Corp and Bolt Ltd fell on Monday after the firm warned that sales had slowed.",
                       "sales had slowed"),
            "(none)");
  // `after` before a kind noun that no speech verb follows stays a preposition: the phrase
  // speaks for nobody it did not before.
  EXPECT_EQ(speaker_of("Tom Smith joined Acme Corp in May. A month after the firm's collapse, Jane Roe said the fund was empty.",
                       "the fund was empty"),
            "Jane Roe");
}

TEST(Quotes, AClubAnAgencyOrANetworkSpeaksForTheOrganisationNamedBefore) {
  // s62-polrecall3 (row A1170): `club`, `agency` and `network` join kind_nouns (rule A850):
  // `the club said` after a named club is that club.
  EXPECT_EQ(speaker_of("Kestby Rovers beat Lindon Town 2-0 on Saturday. The club said its captain had hurt his knee.",
                       "its captain had hurt his knee"),
            "Kestby Rovers");
  EXPECT_EQ(speaker_of("Acme Corp cut the Velmar debt rating on Monday. The agency said the risks had grown.", "the risks had grown"),
            "Acme Corp");
  EXPECT_EQ(speaker_of("Acme Corp dropped the late show on Monday. The network said the ratings had fallen.", "the ratings had fallen"),
            "Acme Corp");
  // No organisation named nearby: unknown.
  EXPECT_EQ(speaker_of("Tom Smith scored twice on Saturday. The club said its captain had hurt his knee.", "its captain had hurt his knee"),
            "(none)");
}

TEST(Quotes, AnUnattributedQuoteAfterAPublishedTextIsThePublishers) {
  // s62-polrecall3 (row A1171): a quote no cue attributed, after `issued a statement` in its
  // sentence or opening the next one, is the words of the text put out: its publisher's.
  EXPECT_EQ(speaker_of("The Harbor Party issued a statement on Monday, offering \"a full and sincere apology\" to Tom Smith.",
                       "a full and sincere apology"),
            "Harbor Party");
  EXPECT_EQ(speaker_of("Jane Roe sent out a fundraising email to her backers on Friday. \"We need your help now more than ever.\"",
                       "We need your help now more than ever."),
            "Jane Roe");
  // A text read out is no text put out: the quote stays unattributed.
  EXPECT_EQ(speaker_of("The vote was close. Tom Smith read a letter to the crowd. \"We need your help now more than ever.\"",
                       "We need your help now more than ever."),
            "(none)");
}

// Row 18.380: `agency` is a kind noun (kind_nouns): `The agency said` after a ratings agency
// opened the sentence before speaks for it, as `The company said` does.
TEST(Quotes, TheAgencyIsTheAgencyNamedBefore) {
  EXPECT_EQ(speaker_of("Halvern Ratings Ltd cut the rating of Tarnland on Monday. The agency said the outlook was stable.",
                       "the outlook was stable"),
            "Halvern Ratings Ltd");
}

TEST(Quotes, AnEpithetAfterAQuoteIsThePersonTheTextIsAbout) {
  // s63-spkacc (row A1172): `"Q," said the 24-year-old` re-names the person the sentences
  // before are about: the subject of the sentence before.
  EXPECT_EQ(speaker_of("Tom Smith won the 400m in Kestby on Sunday. \"I felt strong from the start,\" said the 24-year-old.",
                       "I felt strong from the start"),
            "Tom Smith");
  // A club or place inside the epithet is no speaker: the player is.
  EXPECT_EQ(speaker_of("Tom Smith was also puzzled by the ruling of Jane Roe. \"I was behind the ball,\" said the Kestby striker.",
                       "I was behind the ball"),
            "Tom Smith");
  // Before its verb too, and across a sentence with no subject (the last speaker there).
  EXPECT_EQ(speaker_of("\"We won,\" said Tom Smith. \"It was a long week.\" \"I never doubted it,\" the captain said.",
                       "I never doubted it"),
            "Tom Smith");
  // An official after a quote is unnamed, not the person before (no epithet).
  EXPECT_NE(speaker_of("Tom Smith left Acme Corp on Monday. \"We wish him well,\" said the spokesman.", "We wish him well"),
            "Tom Smith");
}

TEST(Quotes, ABareNationalPostTheGazetteerListsEarlierIsThePersonNamedLast) {
  // s64-barespk (row A1173): Gordon Brown is prime minister first in the gazetteer, its
  // chancellor after; named last before `the chancellor` in a story that names his country,
  // he is the chancellor (a national post has one holder at a time).
  EXPECT_EQ(speaker_of("Gordon Brown met farmers in Britain on Monday. \"Taxes will not rise,\" the chancellor said.",
                       "Taxes will not rise"),
            "Gordon Brown");
  // Somebody else named after him: no reading.
  EXPECT_EQ(speaker_of("Gordon Brown met farmers in Britain on Monday. Jane Roe met them too. The chancellor said taxes would "
                       "not rise.",
                       "taxes would not rise"),
            "(none)");
  // A seat of many holders is no such post: Barack Obama is still no `the senator`.
  EXPECT_EQ(speaker_of("Barack Obama met farmers in America on Monday. The senator said taxes would not rise.",
                       "taxes would not rise"),
            "(none)");
}

TEST(Quotes, ASharedPrincipalOfficeIsTheOneOfThePersonWithNoEarlierOffice) {
  // s64-barespk (row A1174): Tony Blair and Gordon Brown are both prime ministers first in
  // the gazetteer, Brown its chancellor too: in a story naming both, Brown held the earlier
  // office (A1136), so `the prime minister` is Blair.
  EXPECT_EQ(speaker_of("Tony Blair and Gordon Brown toured a mill in Leeds on Monday. The prime minister said jobs would "
                       "return.",
                       "jobs would return"),
            "Tony Blair");
  EXPECT_EQ(speaker_of("Tony Blair and Gordon Brown toured a mill in Leeds on Monday. The chancellor said jobs would return.",
                       "jobs would return"),
            "Gordon Brown");
}

TEST(Quotes, ABareTitleTheStageResolvedIsReadInsideALongerSpeakerPhrase) {
  // s64-barespk (row A1175): the bare title's holder (A350, from the gazetteer) is the
  // speaker with a word before the title or auxiliaries and -ly adverbs after it.
  const char* before = "Tony Blair and Gordon Brown toured a mill in Leeds on Monday. Critics called the plan weak. ";
  EXPECT_EQ(speaker_of((std::string(before) + "Later the chancellor said: \"We will not raise taxes.\"").c_str(),
                       "We will not raise taxes."),
            "Gordon Brown");
  EXPECT_EQ(speaker_of((std::string(before) + "The chancellor has said he is focused on the vote.").c_str(),
                       "he is focused on the vote"),
            "Gordon Brown");
  // Another noun after the title speaks: not the chancellor.
  EXPECT_NE(speaker_of((std::string(before) + "The chancellor's allies have said he is focused on the vote.").c_str(),
                       "he is focused on the vote"),
            "Gordon Brown");
}

TEST(Quotes, ThePaperIsTheOrganisationTheTextNamesAsAPaper) {
  // s64-barespk (row A1176): `the paper said` is the organisation named last before it that
  // the text names as a paper (a word of press_nouns next to its name), never the topic.
  EXPECT_EQ(speaker_of("The Kestby Courier newspaper reported that Acme Corp would close two mills. The paper added that 300 "
                       "jobs would go.",
                       "300 jobs would go"),
            "Kestby Courier");
  EXPECT_EQ(speaker_of("Acme Corp will close two mills, the Kestby Courier newspaper said. Tarn Holdings bought the site in "
                       "May. The paper said that 300 jobs would go.",
                       "300 jobs would go"),
            "Kestby Courier");
  // No organisation named as a paper: none, not the company the story is about.
  EXPECT_EQ(speaker_of("The Kestby Courier reported on Monday that Acme Corp would close two mills. The paper added that 300 "
                       "jobs would go.",
                       "300 jobs would go"),
            "(none)");
}

TEST(Quotes, ThePaperIsThePaperNamedLastInItsSentenceOrTheThreeBefore) {
  // Row 23.429: press_antecedent() and last_person_named() share last_named_before(); the
  // paper's window, its sentence and the three before, is a parameter of it: a paper named
  // three sentences before is read, one named four before is not; of two papers, the later.
  const std::string first = "The Kestby Courier newspaper reported that Acme Corp would close two mills. ";
  const std::string paper = "The paper said that 300 jobs would go.";
  EXPECT_EQ(speaker_of((first + "Tarn Holdings bought the site in May. The site is large. " + paper).c_str(),
                       "300 jobs would go"),
            "Kestby Courier");
  EXPECT_EQ(speaker_of((first + "Tarn Holdings bought the site in May. The site is large. It is old. " + paper).c_str(),
                       "300 jobs would go"),
            "(none)");
  EXPECT_EQ(speaker_of((first + "The Tarn Gazette newspaper said the site was sold. " + paper).c_str(), "300 jobs would go"),
            "Tarn Gazette");
}

TEST(Quotes, ThePaperIsAnOrganisationWhoseNameEndsInANewspaperTitleWord) {
  // s65-spkents (row A1177): an organisation whose name ends in a word of press_title_heads
  // (`Herald`, `Times`, `Telegraph`) is named as a paper with no press noun beside it; before
  // the row the speaker was none. The topic company is still never the paper.
  EXPECT_EQ(speaker_of("The Kestby Herald reported on Monday that Acme Corp would close two mills. The paper added that 300 "
                       "jobs would go.",
                       "300 jobs would go"),
            "Kestby Herald");
  EXPECT_EQ(speaker_of("Acme Corp will close two mills, according to the Tarn Times. Acme Corp bought the site in May. The "
                       "newspaper said that 300 jobs would go.",
                       "300 jobs would go"),
            "Tarn Times");
  EXPECT_EQ(speaker_of("Acme Corp will close two mills in Kestby. Acme Corp bought the site in May. The paper said that 300 "
                       "jobs would go.",
                       "300 jobs would go"),
            "(none)");
}

// Row A1179: `the prime minister` is not the deputy prime minister named before it.
TEST(Quotes, ABareTitleIsNotTheDeputyNamedBefore) {
  EXPECT_NE(speaker_of("Tom Smith and Deputy Prime Minister Jack Doe visited a mill in Kestby on Monday. "
                       "\"Jobs will come back,\" the prime minister said.",
                       "Jobs will come back"),
            "Jack Doe");
  EXPECT_EQ(speaker_of("Deputy Prime Minister Jack Doe visited a mill in Kestby on Monday. "
                       "\"Jobs will come back,\" the deputy prime minister said.",
                       "Jobs will come back"),
            "Jack Doe");
}

// Row 23.449: set_about() reads the names (the mentions before the first reference the
// coreference stage appended) from an end found once a document: every quote of a
// document with references before and between them is about the names inside it.
TEST(Quotes, EveryQuoteIsAboutTheNamesInsideItWithTheNamesEndFoundOnce) {
  const Annotated t("Tom Smith spoke in Kestby on Monday. \"Sweden will pay for the bridge,\" he said. "
                    "\"Norway will help,\" Jane Roe said. She left. \"Denmark agrees,\" Smith added.");
  const auto about = [&](std::string_view words) {
    std::vector<std::string> names;
    for (const Quote& q : t.a.quotes)
      if (t.a.text(q.span) == words)
        for (const std::int32_t e : q.about) names.push_back(t.name(e));
    return names;
  };
  EXPECT_EQ(about("Sweden will pay for the bridge"), std::vector<std::string>{"Sweden"});
  EXPECT_EQ(about("Norway will help"), std::vector<std::string>{"Norway"});
  EXPECT_EQ(about("Denmark agrees"), std::vector<std::string>{"Denmark"});
}
