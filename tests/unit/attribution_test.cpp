// Attribution (issue #17): who said it and where a reported clause ends, run from the
// quotes stage's input (the annotation after coreference).
#include "gazette/quotes.hpp"

#include "pipeline_fixture.hpp"

#include <cstdio>
#include <fstream>

using namespace gazette;

namespace {

// The document annotated up to coreference (the quotes stage's input: quote attribution
// looks up what the coreference stage resolved), then the quotes stage.
struct Quoted {
  Document doc;
  Annotation a;
  explicit Quoted(std::string text) {
    static const std::unique_ptr<Pipeline> p = [] {
      Diagnostics diag;
      PipelineOptions o;
      o.until = Stage::Coreference;
      return std::make_unique<Pipeline>(o, diag);
    }();
    doc.id = "test";
    doc.text = std::move(text);
    a = p->annotate(doc);
    extract_quotes(a, gazette::testing::pipeline().lexicons());
  }
  Quoted(const Quoted&) = delete;
  std::string name(std::int32_t e) const { return e < 0 ? "(none)" : a.entities[static_cast<std::size_t>(e)].canonical; }
  // The quote whose text starts with `start`, or nullptr.
  const Quote* quote(std::string_view start) const {
    for (const auto& q : a.quotes)
      if (a.text(q.span).starts_with(start)) return &q;
    return nullptr;
  }
  // The speaker's name of the quote whose text starts with `start`; "(no quote)" when none.
  std::string speaker_of(std::string_view start) const {
    const Quote* q = quote(start);
    return q == nullptr ? "(no quote)" : name(q->speaker);
  }
};

}  // namespace

// A30: a new report ends the reported clause.
TEST(Attribution, ANewReportEndsTheReportedClause) {
  const std::pair<const char*, const char*> cases[] = {
      {"Jane Roe said the budget was balanced, according to the minutes of the meeting.", "the budget was balanced"},
      {"Jane Roe said the budget was balanced, saying the figures spoke for themselves.", "the budget was balanced"},
      {"Jane Roe said the budget was balanced and added that taxes would fall next year.", "the budget was balanced"},
      {"Jane Roe said the budget was balanced; her opponents were not convinced by the figures.", "the budget was balanced"},
  };
  for (const auto& [text, clause] : cases) {
    Quoted t(text);
    const Quote* q = t.quote("the budget");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.a.text(q->span), clause) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
  // A participle that is no speech verb, and `and` before a noun, do not end it.
  Quoted t("Jane Roe said the budget was balanced, leaving taxes and spending unchanged.");
  const Quote* q = t.quote("the budget");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.a.text(q->span), "the budget was balanced, leaving taxes and spending unchanged");
}

// A31: the subject of a speech verb after a catenative verb and `to`, or after a comma
// and a sentence linker (`..., then says`).
TEST(Attribution, SubjectOverACatenativeVerbOrALinkedPredicate) {
  const std::pair<const char*, const char*> cases[] = {
      {"Jane Roe continued to insist that the vote had been fair.", "the vote had been fair"},
      {"Jane Roe is likely to stress that interest rates will rise.", "interest rates will rise"},
      {"Jane Roe offered the reporter a job, then says she regrets nothing at all.", "she regrets nothing at all"},
  };
  for (const auto& [text, clause] : cases) {
    Quoted t(text);
    const Quote* q = t.quote(clause);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.a.text(q->span), clause) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
  // A noun before `to` is no catenative verb: `The decision to say` has no speaker here.
  Quoted t("The decision to say that the vote had been fair was taken late.");
  for (const auto& q : t.a.quotes) EXPECT_EQ(q.speaker, -1) << t.a.text(q.span);
}

// A32: an attribution set off by commas inside the sentence reports the sentence around
// it; since A1065 in two pieces, before and after the attribution, never the attribution.
TEST(Attribution, AParentheticalAttributionReportsTheSentenceAroundIt) {
  Quoted t("As the election nears, Jane Roe said, the number of undecided voters keeps falling.");
  const Quote* q = t.quote("As the election");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.a.text(q->span), "As the election nears");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->rule, "indirect-parenthetical");
  const Quote* rest = t.quote("the number of undecided voters");
  ASSERT_NE(rest, nullptr);
  EXPECT_EQ(t.a.text(rest->span), "the number of undecided voters keeps falling");
  EXPECT_EQ(t.name(rest->speaker), "Jane Roe");
}

// A33: the name after an inverted verb's apposition speaks; a name before a colon is a
// headline speaker only when no speech verb stands before it.
TEST(Attribution, ApposedNameAfterTheVerbAndTheObjectOfToldBeforeAColon) {
  {
    Quoted t("\"Rates will rise before the summer,\" said union chief economist, Jane Roe.");
    const Quote* q = t.quote("Rates will rise");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Quoted t("John Doe told Jane Roe: \"The poster was a mistake from the start.\"");
    const Quote* q = t.quote("The poster was");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "John Doe") << q->rule;
  }
}

// A34: a report inside a subordinate clause ends with that clause.
TEST(Attribution, AReportInASubordinateClauseEndsWithIt) {
  Quoted t("While Jane Roe says the plan is sound, her party remains divided over it.");
  const Quote* q = t.quote("the plan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.a.text(q->span), "the plan is sound");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A35: a bare role phrase names the holder of an office the text states, never one the
// gazetteer knows from elsewhere.
TEST(Attribution, ABareRolePhraseNeedsAnOfficeStatedInTheText) {
  {
    Quoted t("Senator Jane Roe spoke on Monday. The senator said the vote had been close.");
    const Quote* q = t.quote("the vote");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Quoted t("Barack Obama spoke on Monday in Chicago. The senator said the vote had been close.");
    const Quote* q = t.quote("the vote");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "(none)");
  }
}

// A36: verbs whose noun-phrase object carries the content (speech_verbs.json "np").
TEST(Attribution, ANounPhraseObjectCarriesTheContentOfCiteAndExpress) {
  const std::pair<const char*, const char*> cases[] = {
      {"Jane Roe cited the sharp fall in exports as the reason for the cuts.", "the sharp fall in exports as the reason for the cuts"},
      {"Jane Roe expressed her deep concern about the future of the plant.", "her deep concern about the future of the plant"},
  };
  for (const auto& [text, content] : cases) {
    Quoted t(text);
    const Quote* q = t.quote(content);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.a.text(q->span), content) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
    EXPECT_EQ(q->rule, "indirect-complement") << text;
  }
}

// A37: a reported clause with a known speaker between a quote and its continuation
// makes the continuation that speaker's.
TEST(Attribution, AContinuationFollowsTheLastReportedSpeaker) {
  Quoted t("\"We will win this vote,\" said Jane Roe. John Doe said the party was deeply divided on the issue. "
           "\"It cannot go on like this for another year.\"");
  const Quote* q = t.quote("It cannot go on");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->rule, "continuation");
  EXPECT_EQ(t.name(q->speaker), "John Doe");
  const Quote* first = t.quote("We will win");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(t.name(first->speaker), "Jane Roe");
}

// A38: a capitalised word inside a name is no speech verb (`United States`, `Post`).
TEST(Attribution, AWordInsideANameIsNoSpeechCue) {
  Quoted t("Jane Roe spoke about Mexico and the United States, \"a dumping ground for everybody else's problems.\"");
  const Quote* q = t.quote("a dumping ground");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->cue, "States");
  EXPECT_NE(t.name(q->speaker), "United States");
  Quoted t2("The Washington Post reported that the talks had failed.");
  const Quote* q2 = t2.quote("the talks");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->cue, "reported");
}

// A39: findings reported with `that`: `X found that`, `a poll by X shows that`.
TEST(Attribution, FindingsReportedWithThat) {
  Quoted t("The National Audit Office found that cases of fraud had risen sharply last year.");
  const Quote* q = t.quote("cases of fraud");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "National Audit Office");
  EXPECT_EQ(q->cue, "found");
  // Without `that` a finding verb introduces nothing: `found a new job last year`.
  Quoted t2("Jane Roe found a new job in the city last year.");
  EXPECT_TRUE(t2.a.quotes.empty());
}

// A70: a relative clause on a person (`X, who said ...`): the subject of its speech verb is
// the person named before the comma, over a parenthetical and auxiliaries; not the object
// of an `of` phrase.
TEST(Attribution, TheSpeakerOfARelativeClauseIsThePersonBeforeIt) {
  const std::pair<const char*, const char*> cases[] = {
      {"Later, Senator Mark Doe, who told reporters that the war was lost, left the chamber.", "Mark Doe"},
      {"Senator Jim Fox (R-Ohio), who has also said that the war was lost, resigned on Monday.", "Jim Fox"},
      {"Jane Roe criticised John Doe, who said that the budget was balanced.", "John Doe"},
  };
  for (const auto& [text, speaker] : cases) {
    Quoted t(text);
    const Quote* q = t.quote("the war was lost");
    if (!q) q = t.quote("the budget was balanced");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), speaker) << text;
  }
  Quoted t("The wife of John Doe, who said that the budget was balanced, left early.");
  const Quote* q = t.quote("the budget was balanced");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(t.name(q->speaker), "John Doe");
}

// A73: the phrase before a participle that follows a preposition is its object, not the
// participle's subject (`was quoted in the Daily Courier saying`): the subject is the
// clause's; after an absolute `with` the phrase is the subject (`, with Jane Roe saying`).
TEST(Attribution, AParticiplesSubjectIsNoObjectOfAPreposition) {
  Quoted t("Mr John Houston was quoted in the Daily Courier newspaper saying: \"I feel the party has over-reacted.\"");
  const Quote* q = t.quote("I feel the party");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "John Houston");
  Quoted u("The Labour Party was quick to react, with Jane Roe saying that the vote was rigged.");
  const Quote* q2 = u.quote("the vote was rigged");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(u.name(q2->speaker), "Jane Roe");
}

// A75: a coordinated speech verb hangs on the clause after `, while` (subordinators), whose
// subject speaks, not the subject that opens the sentence.
TEST(Attribution, ACoordinatedVerbAfterWhileTakesItsClausesSubject) {
  Quoted t("Peter Hartley barred every refugee from the county, while Jane Roe, the former mayor, mocked the plan and "
           "said that the council should resign.");
  const Quote* q = t.quote("the council should resign");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  Quoted u("Peter Hartley barred every refugee from the county and said that the council should resign.");
  const Quote* q2 = u.quote("the council should resign");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(u.name(q2->speaker), "Peter Hartley");
}

// A76: the attribution after a quote: a long apposition after the speaker's name (it may
// hold a short quoted title), inner closing marks before the sentence end, and a longer
// sentence after a quote that ended its own sentence when the speech verb ends the clause.
TEST(Attribution, TheAttributionAfterAQuoteOverAnAppositionOrASentenceEnd) {
  const std::pair<const char*, const char*> cases[] = {
      {"\"The figures showed the largest increase in a decade,\" Peter Hartley, an economic adviser to the council and "
       "former director of the Regional Budget Office, wrote after the report.",
       "Peter Hartley"},
      {"\"We have had better days than this one,\" Jane Roe, wearing a green hat and \"Vote Roe\" badges, said quietly.",
       "Jane Roe"},
      {"\"She has been the only one to ask us, 'What can I do to help?'\" Jane Roe said.", "Jane Roe"},
      {"\"The great county of Kent is proud to cast its votes for the next leader!\" Senator Mark Doe said as he opened "
       "the long meeting.",
       "Mark Doe"},
  };
  for (const auto& [text, speaker] : cases) {
    Quoted t(text);
    ASSERT_FALSE(t.a.quotes.empty()) << text;
    EXPECT_EQ(t.name(t.a.quotes.front().speaker), speaker) << text;
  }
  // A sentence with a clause of its own after the verb is a new report, not the attribution.
  Quoted t("\"We are done with this nonsense!\" Senator Mark Doe said the talks with the union would resume on Monday.");
  ASSERT_FALSE(t.a.quotes.empty());
  EXPECT_EQ(t.a.quotes.front().speaker, -1);
}

// A77: words after the closing mark that go on with the quoted sentence (a lower-case
// complementizer, subordinator or preposition) are no speaker: the speaker follows the
// last comma, after the verb when the verb stands right after it; and the phrase after an
// inverted verb runs over a title with an abbreviation and `and` to twelve tokens.
TEST(Attribution, WordsGoingOnWithTheQuotedSentenceAreNoSpeaker) {
  const std::pair<const char*, const char*> cases[] = {
      {"Mark Doe spoke first. \"It seems extremely unlikely\" that Mark Doe can catch up, said Jane Roe, a former aide.",
       "Jane Roe"},
      {"Mark Doe spoke first. \"This will be a challenge\" for Mark Doe, said Jane Roe.", "Jane Roe"},
      {"Mark Doe spoke first. \"I admire the mechanics\" of the Mark Doe proposals, Jane Roe said.", "Jane Roe"},
      {"Mark Doe spoke first. \"He is reprising that role,\" said former Kent Gov. and Regional Council Chairman Jane "
       "Roe.",
       "Jane Roe"},
  };
  for (const auto& [text, speaker] : cases) {
    Quoted t(text);
    ASSERT_FALSE(t.a.quotes.empty()) << text;
    const Quote* q = nullptr;
    for (const auto& x : t.a.quotes)
      if (x.kind == Quote::Kind::Direct) q = &x;
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), speaker) << text;
  }
}

// A78: a role noun between two names makes the second the head of the phrase
// (person_role_nouns: `Doe lawyer Jane Roe`, `former Mark Doe speechwriter Jane Roe`).
TEST(Attribution, ARoleNounBeforeANameHeadsThePhrase) {
  for (const char* text : {"\"The case is closed,\" Mark Doe lawyer Jane Roe said.",
                           "\"These are the darkest days,\" former Mark Doe speechwriter Jane Roe wrote in a column."}) {
    Quoted t(text);
    ASSERT_FALSE(t.a.quotes.empty()) << text;
    EXPECT_EQ(t.name(t.a.quotes.front().speaker), "Jane Roe") << text;
  }
}

// A79: before the quote, a speech-verb form after a determiner or a possessive modifies a
// noun; the cue is the verb before it (`told the Herald in a written statement, "Q"`).
TEST(Attribution, ASpeechVerbFormAfterADeterminerIsNoCueBeforeTheQuote) {
  Quoted t("Jane Roe told the Daily Courier in a written statement, \"I really do not want his endorsement.\"");
  const Quote* q = t.quote("I really do not");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue, "told");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A87: an apposition left unclosed before the verb (an article after the comma, no clause
// in it) stands between the subject and its verb; a closing quotation mark before the
// subject opens its clause (`on "Morning Call," Sen. X (D-Ohio), a ... told`).
TEST(Attribution, AnUnclosedAppositionStandsBetweenTheSubjectAndItsVerb) {
  for (const char* text :
       {"On Friday, Sen. Jane Roe (D-Ohio), a backer of Mark Doe's 2019 run for the governorship told host Peter "
        "Hartley she believed that the vote would pass.",
        "On the show \"Morning Call,\" Sen. Jane Roe (D-Ohio), a supporter of the bill told host Peter Hartley that "
        "the vote would pass."}) {
    Quoted t(text);
    const Quote* q = t.quote("the vote would pass");
    if (!q) q = t.quote("she believed");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
  // A clause after the comma is no apposition: `X, who ...` aside, `, and Y said`.
  Quoted t("Jane Roe met the board, and the members of the board told reporters that the vote would pass.");
  const Quote* q = t.quote("the vote would pass");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(t.name(q->speaker), "Jane Roe");
}

// A88: a direct quote with no attribution that opens the sentence right after a reported
// clause with a known speaker continues that speaker (`X said CLAUSE.` then `"Q"`); two
// sentences later it does not.
TEST(Attribution, AQuoteRightAfterAReportedClauseContinuesItsSpeaker) {
  Quoted t("Jane Roe said that the council would cut the budget by a third.\n\n\"We have no choice left in this "
           "matter at all.\"");
  const Quote* q = t.quote("We have no choice");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->rule, "continuation");
  Quoted u("Jane Roe said that the council would cut the budget by a third. The vote is on Monday.\n\n\"We have no "
           "choice left in this matter at all.\"");
  const Quote* q2 = u.quote("We have no choice");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(q2->speaker, -1);
}

// A89: a bare surname opening the clause of a participle speech verb is its subject, not
// a name after it (`Roe was upfront about her distaste for X, saying ...`).
TEST(Attribution, ABareSurnameOpeningTheClauseIsTheParticiplesSubject) {
  Quoted t("Jane Roe spoke first. Roe was frank about her dislike of Mark Doe, saying moderates need to "
           "stick together.");
  const Quote* q = t.quote("moderates need");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A90: the phrase before an apposition or relative clause may be a bare surname of a
// person named in the document (`Roe, a former aide to X, said`).
TEST(Attribution, ABareSurnameBeforeAnAppositionIsTheSubject) {
  Quoted t("Jane Roe spoke first. Roe, a former aide to Mark Doe and an early critic of the plan, said that the "
           "council should resign.");
  const Quote* q = t.quote("the council should resign");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A91: a participle speech verb opening the sentence (at most after a preposition) takes
// the subject of the main clause after the comma that ends its clause.
TEST(Attribution, AnOpeningParticipleTakesTheMainClausesSubject) {
  Quoted t("Promising that her future writings would look at the disaster in the north, Jane Roe said that the "
           "council should resign.\n\nIn addition to stating that the budget had no support, Mark Doe has vowed to "
           "repeal the tax.");
  const Quote* q = t.quote("her future writings");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  const Quote* q2 = t.quote("the budget had no support");
  ASSERT_NE(q2, nullptr);
  EXPECT_EQ(t.name(q2->speaker), "Mark Doe");
}

// A125: a parenthetical inside the phrase before the verb does not count towards its
// eight tokens: `Senator X (R-Ohio) issued a statement saying` is X's report, not Ohio's.
TEST(Attribution, AParentheticalDoesNotCutThePhraseBeforeTheVerb) {
  Quoted t("Senator Jim Fox (R-Ohio) issued a statement saying that the committee should wait for the report.");
  const Quote* q = t.quote("the committee should wait for the report");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jim Fox");
}

// A126: the clause a participle after a comma hangs on is not an apposition set off by
// commas (no verb form in it): `X was upfront about Y, the current GOP front-runner,
// saying ...` is X's, not the party's named in the apposition.
TEST(Attribution, AParticipleHangsOnTheClauseBeforeAnApposition) {
  Quoted t("Jane Roe spoke in Concord on Monday. Roe was open about her dislike of John Doe, the present Tory favourite, "
           "saying moderates must unite to halt him.");
  const Quote* q = t.quote("moderates must unite to halt him");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A127: a dateline opening the sentence (a place, at most a bracketed agency, then a dash)
// is no subject for a participle: `SPRINGFIELD — Senator X defended ..., saying ...` is X's.
TEST(Attribution, ADatelineIsNoSubject) {
  for (const char* text : {"SPRINGFIELD — Senator Jane Roe defended the new budget, saying the city could not wait any longer.",
                           "Springfield (AFP) – Senator Jane Roe defended the new budget, saying the city could not wait any longer."}) {
    Quoted t(text);
    const Quote* q = t.quote("the city could not wait any longer");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
}

// A128: a party name right before a person's name modifies it: `Democrat Jane Roe ...,
// saying` is Jane Roe's, not the party's.
TEST(Attribution, APartyNameBeforeAPersonModifiesIt) {
  Quoted t("Democrat Jane Roe has taken a swipe at the mayor, saying that the new budget does more harm than good.");
  const Quote* q = t.quote("the new budget does more harm than good");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A130: a stretch that opens with a name followed by a lower-case word holds that name's
// verb (an irregular past: `went`), so it is no apposition (A126): `Speaking in Salem, New
// Hampshire, Jane Roe went after John Doe, saying ...` is Jane Roe's, not the state's.
TEST(Attribution, ANameAndItsVerbAreNoApposition) {
  Quoted t("Speaking at a village hall meeting in Marlow Green, Jane Roe went after John Doe, saying that the mayor had failed the town.");
  const Quote* q = t.quote("the mayor had failed the town");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A230: a hyphen inside a compound word does not end the phrase after an inverted speech
// verb: `said Los Angeles-based attorney Jane Roe` is Jane Roe's, not the city's, and so is
// the quote that continues it; a phrase of seven words still ends before a name deep in it.
TEST(Attribution, AHyphenatedCompoundDoesNotEndThePhraseAfterTheVerb) {
  const std::pair<const char*, const char*> cases[] = {
      {"\"The deal is a bad one,\" said Los Angeles-based attorney Jane Roe. \"It will not last.\"", "Jane Roe"},
      {"\"The deal is a bad one,\" said Ohio steel-industry executive Jane Roe, who backed the plan.", "Jane Roe"},
      {"\"The deal is a bad one,\" said Florida-based Republican strategist Jane Roe.", "Jane Roe"},
  };
  for (const auto& [text, speaker] : cases) {
    Quoted t(text);
    const Quote* q = t.quote("The deal is a bad one");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), speaker) << text;
    EXPECT_EQ(q->rule, "after-verb-np") << text;
  }
  Quoted t("\"The deal is a bad one,\" said Los Angeles-based attorney Jane Roe. \"It will not last.\"");
  const Quote* next = t.quote("It will not last");
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(t.name(next->speaker), "Jane Roe");
  Quoted far("\"The deal is a bad one,\" said one well-connected aide familiar with the Jane Roe campaign.");
  const Quote* q = far.quote("The deal is a bad one");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(far.name(q->speaker), "(none)");
}

// A231: a speech verb's base or -s form right after an article or `of` is a noun, no cue
// (`issued a report`, `the former secretary of state said`); and a comma with a coordinator
// opens a clause whose verb reports no quote before it (`"Q" on Tuesday, and lawmakers have
// called for ...` is the subject's before the quote, not the lawmakers').
TEST(Attribution, ANounAfterAnArticleOrOfIsNoSpeechVerb) {
  Quoted report(
      "Jane Roe spoke in Ohio on Monday. The Harbury Peace Museum in Boston issued a report last week charging the militia "
      "with \"crimes against humanity, mass killing and torture.\"");
  const Quote* q = report.quote("crimes against humanity");
  ASSERT_NE(q, nullptr);
  EXPECT_NE(q->cue, "report");
  EXPECT_EQ(report.name(q->speaker), "(none)");
  Quoted office("Hillary Clinton spoke in Ohio on Monday. \"We will win this election in November,\" the former secretary of state said.");
  const Quote* w = office.quote("We will win");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->cue, "said");
}

TEST(Attribution, ACoordinatedClauseAfterTheQuoteIsNoAttribution) {
  Quoted t(
      "Jane Roe called the voting system \"completely and totally rigged\" on Tuesday, and several Liberal councillors have "
      "asked for an outside auditor.");
  const Quote* q = t.quote("completely and totally rigged");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->cue, "called");
}

// A232: a sentence that opens with an adverbial phrase set off by a comma (a preposition or
// an -ing participle) has the subject of a coordinated or participle speech verb after the
// phrase: a party, a place or a country named inside the phrase does not speak.
TEST(Attribution, AFrontedAdverbialHoldsNoSubjectOfTheParticiple) {
  Quoted facing(
      "Facing criticism from Democrats and Republicans, Jane Roe released a statement on Saturday, describing the plan as a "
      "mistake but insisting that the mayor had \"no right to criticize the council that way.\"");
  const Quote* q = facing.quote("no right to criticize");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(facing.name(q->speaker), "Jane Roe");
  Quoted before(
      "Before the Paris attacks, Jane Roe took a hands-off approach to the war and distinguished herself in the field by "
      "saying she would make peace with John Doe.");
  const Quote* r = before.quote("she would make peace");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(before.name(r->speaker), "Jane Roe");
}

// A371: a sentence that opens with a clause on `as` (word list attribution_as) set off by a
// comma has the subject of a coordinated speech verb after it: a party named inside the
// clause does not speak.
TEST(Attribution, AFrontedAsClauseHoldsNoSubjectOfTheCoordinatedVerb) {
  Quoted t(
      "Jane Roe toured the harbour towns on Monday. As the contest has moved to counties with more rural Labour voters, Roe "
      "has increasingly attacked the tariffs and highlighted her plans to reopen the port.");
  const Quote* q = t.quote("her plans to reopen the port");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A372: a hyphen spaced on both sides sets off a parenthetical as a dash does: the name
// before it is the subject, not a place or a person named inside it.
TEST(Attribution, AHyphenSpacedOnBothSidesSetsOffAParenthetical) {
  Quoted relative(
      "John Doe left the race. Jane Roe - who flew home to Ohio with advisers and Tom Smith on Wednesday - has vowed to "
      "fight on until the convention.");
  const Quote* q = relative.quote("to fight on until the convention");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(relative.name(q->speaker), "Jane Roe");
  Quoted aside(
      "Jane Roe left the race. On his way out, Mr. Doe - in a line that seemed aimed at Ms. Roe's divisive politics - "
      "declared that a mayor must tend to every corner of the city. John Doe spoke later.");
  const Quote* r = aside.quote("a mayor must tend to every corner of the city");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(aside.name(r->speaker), "John Doe");
}

// A220: `X, APPOSITION, said` when the verb follows the apposition's closing mark right
// away: titles may stand before a person's name, the closing comma may stand inside a
// closing quotation mark, and a country speaks as an organisation does.
TEST(Attribution, AnOpeningNameAfterTitlesOrBeforeAQuotedTitleSpeaks) {
  const std::pair<const char*, const char*> cases[] = {
      {"Jane Roe chairs the union. Mrs Roe, who said the \"trouble runs much deeper than the figures suggest\", called for a law "
       "that protects whistleblowers.",
       "a law that protects whistleblowers"},
      {"Jane Roe, the founder of the fair and host of the cooking show \"The Long Table,\" said in a radio chat "
       "that fairs in recent years have been too tame.",
       "fairs in recent years have been too tame"},
      {"Jane Roe, an adviser who counts votes for Fairfield Forward, a pro-Doe \"action fund,\" posited that for a more "
       "marginal group the rate mattered more.",
       "for a more marginal group the rate mattered more"},
  };
  for (const auto& [text, clause] : cases) {
    Quoted t(text);
    const Quote* q = t.quote(clause);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
  Quoted c("China, the North's main ally and its chief trading partner, said it was firmly against the launch.");
  const Quote* q = c.quote("it was firmly against the launch");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(c.name(q->speaker), "China");
  // Not after a word that is no title (`Nearby China, ...`): unknown stays unknown. (A
  // focus particle is skipped as a discourse marker, A256: `Even China, ...` is China's.)
  Quoted e("Nearby China, the North's main ally, said it was firmly against the launch.");
  q = e.quote("it was firmly against the launch");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(e.name(q->speaker), "(none)");
}

// A220: a quoted title that closes the subject's apposition is not the verb's content:
// `Jane Roe, who starred in "Parks" and "Fargo", posted the clip` quotes nobody.
TEST(Attribution, AQuotedTitleInTheSubjectsAppositionIsNoQuote) {
  for (const char* text : {"Jane Roe, who starred in \"Parks and Recreation\" and \"Fargo\", posted the clip on Thursday.",
                           "Jane Roe, who starred in \"Parks and Recreation\" and \"Fargo,\" posted the clip on Thursday."}) {
    Quoted t(text);
    for (const char* title : {"Parks and Recreation", "Fargo"}) {
      const Quote* q = t.quote(title);
      EXPECT_TRUE(q == nullptr || q->speaker < 0) << text << " / " << title;
    }
  }
}

// A221: a quote paragraph after a paragraph that ends with a colon and no speech verb is
// the words of that clause's named subject (clause-colon across the paragraph break): not
// a name in a subordinate clause or one that pre-modifies the subject's name, and not when
// a speech verb follows the quote in its own sentence. No named subject: unknown.
TEST(Attribution, AQuoteParagraphAfterAClauseColonIsTheSubjects) {
  for (const char* text : {"When John Doe died in 1998, President Jane Roe released the following statement:\n\n"
                           "\"John and I offer our condolences to his family and friends.\"",
                           "In response to the attacks, Republican presidential nominee Jane Roe issued the following statement:\n\n"
                           "\"Our thoughts go out to every family hurt by these cruel attacks.\""}) {
    Quoted t(text);
    ASSERT_EQ(t.a.quotes.size(), 1u) << text;
    EXPECT_EQ(t.name(t.a.quotes[0].speaker), "Jane Roe") << text;
    EXPECT_EQ(t.a.quotes[0].rule, "clause-colon-paragraph") << text;
  }
  for (const char* text : {"Jane Roe did back the plan on Tuesday, and the Fernby Echo has the tape:\n\n"
                           "\"Should there be a register that lists them all?\" a reporter can be heard asking Roe.",
                           "Jane Roe took the stage on Monday. Her opening words:\n\n\"We will win this state.\""}) {
    Quoted t(text);
    ASSERT_FALSE(t.a.quotes.empty()) << text;
    EXPECT_EQ(t.name(t.a.quotes[0].speaker), "(none)") << text;
  }
}

// A222: an `it` that opens a participle's clause is its subject, resolved as the `it` of
// the main verb (the organisation it stands for); none named: unknown, not a name after it.
TEST(Attribution, AnOpeningItIsTheSubjectOfAParticiple) {
  Quoted t("The Harbury Institute of Trade and Labour Studies was upbeat about trade. It said the jump in "
           "fuel costs would do little harm to output, saying that on balance the \"local economy will keep on "
           "expanding briskly\".");
  const Quote* q = t.quote("local economy will keep on expanding briskly");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Harbury Institute of Trade and Labour Studies");
  Quoted u("The report was upbeat about trade. It said the jump in fuel costs would do little harm to output, "
           "saying that on balance the \"local economy will keep on expanding briskly\".");
  q = u.quote("local economy will keep on expanding briskly");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(u.name(q->speaker), "(none)");
}

// A570: a time phrase or a linking adverb may stand between the coordinator and a
// coordinated speech verb with no subject of its own: the clause's subject speaks.
TEST(Attribution, ATimePhraseBeforeACoordinatedSpeechVerb) {
  for (const char* text : {"Jane Roe has criticised the budget but on Tuesday wrote that the plan would work.",
                           "Jane Roe opposed the bridge in 2015, but now says the plan would work.",
                           "Jane Roe visited the factory and later on Friday told reporters the plan would work."}) {
    Quoted t(text);
    const Quote* q = t.quote("the plan would work");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
  // A subject of its own after the coordinator is no gap.
  Quoted t("Jane Roe visited the factory, and the union on Monday said the plan would work.");
  const Quote* q = t.quote("the plan would work");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "(none)");
}

// A571: names of no person alone before a person's name modify it (`House Republican Jane
// Roe`): the person heads the clause's subject, not the first name.
TEST(Attribution, NamesOfNoPersonBeforeAPersonsNameModifyIt) {
  Quoted t("House Republican Jane Roe backed the bill last year, but now says the plan would work.");
  const Quote* q = t.quote("the plan would work");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A572: a degree phrase closed by `as` stands between a catenative verb and `to`, and an
// irregular past is a catenative verb form as `-ed` is; not with an object pronoun before
// `to` (`told them what to say`: they would say it).
TEST(Attribution, ADegreePhraseOrAnIrregularPastBeforeAnInfinitiveSpeechVerb) {
  for (const char* text : {"Jane Roe went so far as to say the plan would work.",
                           "Jane Roe, the mayor of the city, went on to say that the plan would work.",
                           "Jane Roe visited the factory on Monday. She went on to say that the plan would work."}) {
    Quoted t(text);
    const Quote* q = t.quote("the plan would work");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
  Quoted t("Jane Roe, the coach, taught them to say that the plan would work.");
  const Quote* q = t.quote("the plan would work");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "(none)");
}

// A573: words that go on with the quoted sentence may run past 16 tokens to the comma
// before an inverted attribution in that sentence; no other verb that far attributes.
TEST(Attribution, ALongContinuationBeforeAnInvertedAttribution) {
  Quoted t("Prices rose.\n\n\"To watch how many rulings might flip is remarkable,\" because a good share of the biggest "
           "rulings came down to a single vote, said Jane Roe, who teaches law.");
  const Quote* q = t.quote("To watch how many");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->rule, "after-verb-np");
  Quoted u("Prices rose.\n\nIs the resistance to the bylaws \"in principle\", so that putting off a vote for more "
           "talks would serve no purpose? What this truly concerns, believes Jane Roe, is a chance to win.");
  q = u.quote("in principle");
  if (q != nullptr) {
    EXPECT_EQ(u.name(q->speaker), "(none)");
  }
}

// A574: a bracketed aside may stand between a person's name and the colon before a quote.
// A575: a speech verb opening a colon paragraph in inverted order introduces the quote
// paragraph after it.
TEST(Attribution, AnAsideBeforeANamesColonAndAnInvertedColonParagraph) {
  Quoted t("The hearing went on for hours.\n\nRep. Jane Roe (R-Ohio):\"I have not heard anyone cite that figure.\"");
  const Quote* q = t.quote("I have not heard");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->rule, "name-colon");
  Quoted u("Jane Roe spoke on the radio on Monday.\n\nStated Roe:\n\n\"I think that the stakes are very high.\"");
  q = u.quote("I think that the stakes");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(u.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->rule, "before-cue-paragraph");
}

// A630: a relative clause on a text its subject publishes (`released a video that said`)
// says what the publisher says; not a text read or cited, nor one from another author.
TEST(Attribution, ATextItsSubjectPublishesSaysWhatThePublisherSays) {
  for (const char* text : {"Jane Roe released a video that said the plan would work.",
                           "Jane Roe issued a statement on Friday that said the plan would work.",
                           "Jane Roe is releasing a fresh TV ad that urges voters to back the plan.",
                           "In selling the plan, Jane Roe sent a short letter that said, \"The plan would work.\""}) {
    Quoted t(text);
    const Quote* q = t.quote(std::string_view(text).find("urges") != std::string_view::npos ? "voters to back" : "the plan would work");
    if (q == nullptr) q = t.quote("The plan would work");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
  }
  for (const char* text : {"Jane Roe read a letter that said the plan would work.",
                           "Jane Roe released a letter from her doctor that says the plan would work.",
                           "Jane Roe found a video that said the plan would work."}) {
    Quoted t(text);
    const Quote* q = t.quote("the plan would work");
    if (q != nullptr) {
      EXPECT_EQ(t.name(q->speaker), "(none)") << text;
    }
  }
}

// A631: a capitalised word alone before a lower-case word is the short name of a government
// department named before (`State` after `the State Department`); not after a determiner,
// nor with no such department named.
TEST(Attribution, AGovernmentDepartmentsShortName) {
  for (const char* text : {"The State Department released the files. State initially said the review would take two months.",
                           "The Department of Energy set new rules. Energy has also said the review would take two months."}) {
    Quoted t(text);
    const Quote* q = t.quote("the review would take");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_NE(t.name(q->speaker).find("Department"), std::string::npos) << text;
  }
  for (const char* text : {"State initially said the review would take two months.",
                           "The State Department released the files. The State initially said the review would take two months."}) {
    Quoted t(text);
    const Quote* q = t.quote("the review would take");
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "(none)") << text;
  }
}

// A722: the department nouns of A631 are data (word list department_nouns): a user file
// that adds `ministry` makes `Health` the short name of `the Ministry of Health`, which
// the built-in list leaves alone.
TEST(Attribution, ADepartmentNounIsData) {
  const std::string text = "The Ministry of Health set new rules. Health has also said the review would take two months.";
  {
    Quoted t(text);
    const Quote* q = t.quote("the review would take");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "(none)");
  }
  const std::string file = ::testing::TempDir() + "department_nouns.json";
  std::ofstream(file) << R"({"format":"gazette/lexicon","version":1,"kind":"word_lists","entries":[
    {"list":"department_nouns","words":["ministry"]}]})";
  Diagnostics diag;
  PipelineOptions o;
  o.rules_files.push_back(file);
  o.until = Stage::Coreference;
  const Pipeline p(o, diag);
  Document doc;
  doc.id = "test";
  doc.text = text;
  Annotation a = p.annotate(doc);
  extract_quotes(a, p.lexicons());
  std::remove(file.c_str());
  const Quote* q = nullptr;
  for (const auto& x : a.quotes)
    if (a.text(x.span).starts_with("the review would take")) q = &x;
  ASSERT_NE(q, nullptr);
  ASSERT_GE(q->speaker, 0);
  EXPECT_EQ(a.entities[static_cast<std::size_t>(q->speaker)].canonical, "Ministry of Health");
}

// A740: a quote paragraph after a one-sentence paragraph, without quotation marks, whose
// subject is the previous quote's speaker (a name or a pronoun resolved to it) goes on with
// that speaker's turn; a paragraph whose subject is someone else stops it.
TEST(Attribution, AParaphraseOfTheSpeakerBetweenTwoQuoteParagraphs) {
  {
    Quoted t("The vote is in May.\n\n\"We are going to win this race,\" Jane Roe said.\n\n"
             "Roe is upbeat about the party's chances, in part because she sees Tom Smith as a uniter.\n\n"
             "\"Not only can Tom Smith win in November, he is the one most likely to carry the state.\"");
    const Quote* q = t.quote("Not only can");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "continuation");
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Quoted t("The vote is in May.\n\n\"We are going to win this race,\" Jane Roe said.\n\n"
             "She is upbeat about the party's chances after a long campaign.\n\n"
             "\"Not only can we win in November, we have the best chance of winning.\"");
    const Quote* q = t.quote("Not only can");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Quoted t("The vote is in May.\n\n\"We are going to win this race,\" Jane Roe said.\n\n"
             "Tom Smith is upbeat about the party's chances after a long campaign.\n\n"
             "\"Not only can we win in November, we have the best chance of winning.\"");
    const Quote* q = t.quote("Not only can");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "(none)");
  }
  {
    Quoted t("The vote is in May.\n\n\"We are going to win this race,\" Jane Roe said.\n\n"
             "Roe is upbeat about the party's chances. The polls have tightened since March.\n\n"
             "\"Not only can we win in November, we have the best chance of winning.\"");
    const Quote* q = t.quote("Not only can");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "(none)");
  }
}

// Row A821: the paraphrase's test for quotation marks is the lead-in's (holds_quotation_marks()):
// a plural possessive's apostrophe (`the voters' mood`) is no quotation mark.
TEST(Attribution, APluralPossessiveInAParaphraseIsNoQuotationMark) {
  const Quoted t("The vote is in May.\n\n\"We will win this vote,\" Jane Roe said.\n\n"
                 "Roe is upbeat about the voters' mood, because she sees Tom Smith as a uniter.\n\n\"This is our moment.\"");
  EXPECT_EQ(t.speaker_of("This is our moment"), "Jane Roe");
}

// A741: a paragraph that ends on a colon after a clause whose subject is a pronoun, with no
// speech verb, announces the words below it as the pronoun's person's; not when the colon
// closes a relative clause (`a note from Tom Smith that read:`, the writer's words).
TEST(Attribution, APronounSubjectBeforeAColonAnnouncesTheQuoteBelow) {
  {
    Quoted t("Jane Roe spoke on Monday.\n\nShe then listed the qualities needed in a nominee:\n\n"
             "\"In the piece I wrote last year, I discussed several of them.\"");
    const Quote* q = t.quote("In the piece");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "clause-colon-paragraph");
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Quoted t("Jane Roe spoke on Monday.\n\nShe shared a note from her adviser, Tom Smith, that read: "
             "\"The party must not inject partisan policies into a health emergency.\"");
    const Quote* q = t.quote("The party must not");
    ASSERT_NE(q, nullptr);
    EXPECT_NE(t.name(q->speaker), "Jane Roe");
  }
}

// A840: in a source phrase, the client after `for` gives way to the author after `by`
// (`a survey conducted for Reuters by Gallup`); the client stays the source when no
// organisation follows `by`, and the author before `for` is found as before.
TEST(Attribution, TheAuthorAfterByOutranksTheClientAfterFor) {
  const std::pair<const char*, const char*> cases[] = {
      {"According to a survey conducted for Reuters and two television networks by Gallup, most voters want a change of course.",
       "Gallup"},
      {"According to a survey conducted for the Pew Research Center by the polling firm Gallup, most voters want a change of course.",
       "Gallup"},
      {"According to a survey conducted by Gallup for Reuters, most voters want a change of course.", "Gallup"},
      {"According to a survey for Reuters published by the end of May, most voters want a change of course.", "Reuters"},
  };
  for (const auto& [text, speaker] : cases) {
    Quoted t(text);
    EXPECT_EQ(t.speaker_of("most voters"), speaker) << text;
  }
}

// A841: an apposition left unclosed after a person's name, with no article after the comma
// (`Jane Roe, spokeswoman for the Acme Trust said`), or one whose body's name holds a
// coordinator (`the Public and Commercial Services Union`), is the person's: the body named
// in it is no speaker. A place before the comma is no person and keeps the phrase's body.
TEST(Attribution, AnUnclosedAppositionAfterAPersonsNameIsThePersons) {
  const std::pair<const char*, const char*> cases[] = {
      {"Jane Roe, spokeswoman for the Disaster Emergency Committee said the appeal had raised millions.", "Jane Roe"},
      {"Jane Roe, from the Harbury Clerks and Porters Union said the strike would go ahead.", "Jane Roe"},
      {"Jane Roe, the leader of the Harbury Clerks and Porters Union said the strike would go ahead.", "Jane Roe"},
      {"In London, officials from the Disaster Emergency Committee said the appeal had raised millions.",
       "Disaster Emergency Committee"},
  };
  for (const auto& [text, speaker] : cases) {
    Quoted t(text);
    const Quote* q = nullptr;
    for (const auto& x : t.a.quotes)
      if (x.kind == Quote::Kind::Indirect) q = &x;
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), speaker) << text;
  }
  // No role after the comma: no apposition of the name before it.
  const char* no_role[] = {
      "Jane Roe chimed in, breaking with her boss, Tom Smith, to argue that the plan was flawed.",
      "The police had questioned Tom Smith, after being warned by the government that he was a threat.",
  };
  for (const char* text : no_role) {
    Quoted t(text);
    for (const auto& x : t.a.quotes) EXPECT_NE(t.name(x.speaker), "Tom Smith") << text;
  }
}
