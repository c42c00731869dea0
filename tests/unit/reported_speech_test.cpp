// Reported (indirect) speech: which clause a speech cue reports and who reports it
// (quotes_indirect.cpp), from a document's text through the quotes stage.
#include <cstring>
#include <string>

#include "pipeline_fixture.hpp"

using namespace gazette;
using gazette::testing::Annotated;

namespace {

const Quote* quote_spelled(const Annotated& t, std::string_view text) {
  for (const auto& q : t.a.quotes)
    if (t.a.text(q.span) == text) return &q;
  return nullptr;
}

bool some_quote_starts(const Annotated& t, std::string_view start) {
  for (const auto& q : t.a.quotes)
    if (t.a.text(q.span).starts_with(start)) return true;
  return false;
}

}  // namespace

// A50: `CLAUSE, said X` reports the clause before the comma, and X is its speaker; the
// noun phrase after the verb is no clause of its own.
TEST(ReportedSpeech, InvertedVerbAfterTheClauseReportsIt) {
  Annotated t("The council has greatly improved the state of the roads this year, said Jane Roe, the mayor of Springfield.");
  const Quote* q = quote_spelled(t, "The council has greatly improved the state of the roads this year");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Quote::Kind::Indirect);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->rule, "indirect-inverted");
  EXPECT_FALSE(some_quote_starts(t, "Jane Roe"));
}

TEST(ReportedSpeech, InvertedVerbNeedsANounPhraseAfterIt) {
  // a time phrase after the verb: no inverted report
  Annotated t("The new bridge will open next spring after long delays, said on Tuesday that it was late.");
  for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "indirect-inverted") << t.a.text(q.span);
}

// A51: an attribution set off by commas after a one-word opener reports the sentence
// around it; `CLAUSE, X said; ...` reports the clause before it.
TEST(ReportedSpeech, ParentheticalAfterAShortOpenerAndAReportBeforeASemicolon) {
  {
    // since A1065 the one-word opener is no quote of its own (fewer than three words)
    Annotated t("Jane Roe spoke at the rally. Now, she said, the two towns hardly trade with each other.");
    const Quote* q = quote_spelled(t, "the two towns hardly trade with each other");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "indirect-parenthetical");
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
    EXPECT_FALSE(some_quote_starts(t, "Now"));
  }
  {
    Annotated t("The minister received several letters about the closure, John Doe said; his staff answered them.");
    const Quote* q = quote_spelled(t, "The minister received several letters about the closure");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "indirect-before");
    EXPECT_EQ(t.name(q->speaker), "John Doe");
  }
}

// A52: a reporting verb not marked that_optional reads a that-less clause only when the
// clause opens on a subject and shows a finite auxiliary, and not inside another report.
TEST(ReportedSpeech, ThatlessClauseAfterAVerbThatAlsoTakesANounPhrase) {
  {
    Annotated t("Jane Roe suggested the council would raise taxes next year.");
    const Quote* q = quote_spelled(t, "the council would raise taxes next year");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe suggested a new plan for the council budget.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
  {
    Annotated t("John Doe said both sides agreed the plan was dead.");
    ASSERT_EQ(t.a.quotes.size(), 1u);
    EXPECT_EQ(t.a.text(t.a.quotes[0].span), "both sides agreed the plan was dead");
  }
}

// A53: a cue form right after a determiner or a possessive is a noun or modifies one.
TEST(ReportedSpeech, ACueAfterADeterminerOrPossessiveIsNoVerb) {
  {
    Annotated t("Turnout was high in the states that count most this November.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
  {
    Annotated t("The minister's alleged Kremlin ties were in the news again this week.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
}

// A54: time and place words between the verb and its clause: a long phrase before `that`,
// a run of time words before a that-less clause, and after the verb of `CLAUSE, X said`.
TEST(ReportedSpeech, TimeWordsBetweenTheVerbAndItsClause) {
  {
    Annotated t("Jane Roe said in an interview with the local paper last week that the budget was too small.");
    EXPECT_NE(quote_spelled(t, "the budget was too small"), nullptr);
  }
  {
    Annotated t("John Doe said on Friday he met the board to discuss the merger.");
    const Quote* q = quote_spelled(t, "he met the board to discuss the merger");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "John Doe");
  }
  {
    Annotated t("The new hospital wing will open in the spring, Jane Roe said Monday.");
    const Quote* q = quote_spelled(t, "The new hospital wing will open in the spring");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "indirect-before");
  }
}

// A55: a dash before a participle cue ends the reported clause as a comma does; a
// semicolon inside brackets ends nothing; `calling` is the labelling verb `called`.
TEST(ReportedSpeech, DashesBracketsAndCallingEndTheClauseRight) {
  {
    Annotated t("Jane Roe said she could work with both parties\xE2\x80\x94pointing to her record in the state senate.");
    EXPECT_NE(quote_spelled(t, "she could work with both parties"), nullptr);
  }
  {
    Annotated t("The region may lose 30bn baht (\xC2\xA3" "398m; $768m) in earnings this year, according to minister John Doe.");
    EXPECT_NE(quote_spelled(t, "The region may lose 30bn baht (\xC2\xA3" "398m; $768m) in earnings this year"), nullptr);
  }
  {
    Annotated t("Jane Roe says she is not giving up, calling her win in the county \"tremendous.\"");
    EXPECT_NE(quote_spelled(t, "she is not giving up"), nullptr);
  }
}

// A56: he/she and a lower-case word are the reporter's own predicate before a partial
// quote: the clause is a quote beside the quoted words.
TEST(ReportedSpeech, APronounSubjectIsTheReportersPredicateBeforeAPartialQuote) {
  Annotated t("Jane Roe spoke next. She said that she thought that the board was a pointless body so she would not \"fret about it for a minute\".");
  EXPECT_NE(quote_spelled(t, "fret about it for a minute"), nullptr);
  bool clause = false;
  for (const auto& q : t.a.quotes) clause = clause || t.a.text(q.span).starts_with("she thought that the board");
  EXPECT_TRUE(clause);
}

// A57: `CLAUSE, X told his audience.` reports the clause before it, the hearer after the
// verb as the time words of A54 are.
TEST(ReportedSpeech, AHearerAfterTheVerbOfAReportAfterItsClause) {
  Annotated t("Members deserted the club when it refused to fix the pitch, John Doe also told his audience.");
  const Quote* q = quote_spelled(t, "Members deserted the club when it refused to fix the pitch");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->rule, "indirect-before");
  EXPECT_EQ(t.name(q->speaker), "John Doe");
}

// A58: the source of `according to` may run to fourteen tokens (`a report earlier this
// week from the X`).
TEST(ReportedSpeech, ALongSourceAfterAccordingTo) {
  Annotated t("Rising rates have knocked the confidence of shoppers, according to a survey late last month from the Fernby Retail Association.");
  const Quote* q = quote_spelled(t, "Rising rates have knocked the confidence of shoppers");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Fernby Retail Association");
}

// A59: a complement without a clause ends before a non-restrictive relative clause.
TEST(ReportedSpeech, AComplementEndsBeforeANonRestrictiveRelativeClause) {
  Annotated t("Jane Roe mentioned his plan to close the village schools, which the council has also rejected.");
  EXPECT_NE(quote_spelled(t, "his plan to close the village schools"), nullptr);
}

// A60: a capitalised cue form inside a sentence is a cue only after a capitalised word
// (title case), not a name after a comma.
TEST(ReportedSpeech, ACapitalisedCueFormIsACueOnlyInTitleCase) {
  {
    Annotated t("Police are searching the north for the two suspects, Said and Karim Doe, who are brothers and remain at large.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
  {
    Annotated t("Roe Says She Would Order A Curfew Over The Riots\n\nThe governor spoke on Monday.");
    EXPECT_FALSE(t.a.quotes.empty());
  }
}

// A61: only verbs of saying invert; a finite verb right after the quote it attributes
// introduces no that-less clause; a time word the clause cannot open with.
TEST(ReportedSpeech, NoFalseClauseAfterAnAttributionOrAnUninvertedVerb) {
  {
    Annotated t("The delay may be \"strategic,\" said John Doe, an assistant professor at the university.");
    for (const auto& q : t.a.quotes) EXPECT_FALSE(t.a.text(q.span).starts_with("John Doe")) << t.a.text(q.span);
  }
  {
    Annotated t("A study of the city budgets of the last ten years, shows Springfield spending more on roads.");
    for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "indirect-inverted") << t.a.text(q.span);
  }
  {
    Annotated t("Jane Roe insisted Thursday during a tour of the morning news shows.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
}

// A121: a reported clause ends before a non-restrictive relative clause that runs to its
// end (the reporter's note on the last noun); one closed by a comma sits inside the
// clause's subject and stays.
TEST(ReportedSpeech, AReportedClauseEndsBeforeAFinalRelativeClause) {
  {
    Annotated t("Jane Roe said she would repeal the village tax, which was passed in 2010 by the old council.");
    const Quote* q = quote_spelled(t, "she would repeal the village tax");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe said the village school, which opened in 1990, would close next year.");
    EXPECT_NE(quote_spelled(t, "the village school, which opened in 1990, would close next year"), nullptr);
  }
}

// A122: a comma, a coordinator and he/she after the cue open the reporter's next clause;
// `, and that ...` goes on with the report.
TEST(ReportedSpeech, AReportedClauseEndsBeforeACoordinatedClauseOnHeOrShe) {
  {
    Annotated t("Jane Roe said she will not urge the mayor to resign, but she has balked at the notion of a recall.");
    const Quote* q = quote_spelled(t, "she will not urge the mayor to resign");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe said the school would close in the spring, and that the pupils would move to Springfield.");
    EXPECT_TRUE(some_quote_starts(t, "the school would close in the spring, and that the pupils"));
  }
}

// A123: `As X reported, CLAUSE` and `As reported by X, CLAUSE` report the clause after
// the comma; `as` opening a clause of time (`As the race turned to the south, ...`) or
// with an object after its verb (`As he ponders his next moves, ...`) reports nothing.
TEST(ReportedSpeech, AnAsClauseBeforeTheCommaAttributesTheRest) {
  {
    Annotated t("As the Springfield Herald reported on Friday, the council has refused to publish the figures.");
    const Quote* q = quote_spelled(t, "the council has refused to publish the figures");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "as-report");
    EXPECT_EQ(t.name(q->speaker), "Springfield Herald");
  }
  {
    Annotated t("As reported by Jane Roe, investigators found more than two thousand letters in the archive.");
    const Quote* q = quote_spelled(t, "investigators found more than two thousand letters in the archive");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("As Jane Roe ponders her next moves, the council has refused to publish the figures.");
    for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "as-report") << t.a.text(q.span);
  }
  {
    Annotated t("As the contest turned to primaries in states with larger cities, the council refused to publish the figures.");
    for (const auto& q : t.a.quotes) EXPECT_NE(q.rule, "as-report") << t.a.text(q.span);
  }
}

// A124: speech_verbs.json gains bemoan, blurt (out), hypothesize/hypothesise, insinuate,
// imply, swear, murmur, stammer (reporting), inquire/enquire (an indirect question) and
// laugh, roar, growl (a direct quote only).
TEST(ReportedSpeech, MoreVerbsOfSayingReport) {
  {
    Annotated t("Jane Roe implied that the council had hidden the figures from the auditors.");
    const Quote* q = quote_spelled(t, "the council had hidden the figures from the auditors");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe swore that she had never seen the letters before Monday.");
    EXPECT_NE(quote_spelled(t, "she had never seen the letters before Monday"), nullptr);
  }
  {
    Annotated t("\"We will win this vote by a mile,\" Jane Roe laughed.");
    ASSERT_FALSE(t.a.quotes.empty());
    EXPECT_EQ(t.name(t.a.quotes.front().speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe laughed that the council had hidden the figures.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
}

// A129: without the comma, a coordinator, he/she and a past form in -ed open the
// reporter's next clause too (`said the thieves broke into the hall and she accused ...`).
TEST(ReportedSpeech, AReportedClauseEndsBeforeAndSheWithAPastForm) {
  Annotated t("Jane Roe said thieves had broken into the town hall and she accused the mayor of hiding the damage.");
  const Quote* q = quote_spelled(t, "thieves had broken into the town hall");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A180: after a reporting verb not marked that_optional, a that-less clause that opens on
// a nominative pronoun and its verb is the reported clause, with or without an auxiliary
// (`admitted they made a mistake`, `warned they could sell`); `it` is a subject only before
// a finite form (`announced it was closing`), not before a phrase of time or place
// (`announced it on Tuesday`) nor an adjective (`found it cheaper to`).
TEST(ReportedSpeech, ThatlessClauseOpensOnANominativePronoun) {
  {
    Annotated t("The Acme Corporation admitted they made a serious mistake in the budget.");
    const Quote* q = quote_spelled(t, "they made a serious mistake in the budget");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "indirect");
  }
  {
    Annotated t("Jane Roe warned they could sell the old town hall to developers.");
    const Quote* q = quote_spelled(t, "they could sell the old town hall to developers");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("The Acme Corporation announced it was closing the old factory in Springfield.");
    const Quote* q = quote_spelled(t, "it was closing the old factory in Springfield");
    ASSERT_NE(q, nullptr);
  }
  {
    Annotated t("Jane Roe announced it on Tuesday at a rally in the park.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
  {
    Annotated t("Some shops thought it easier to close a branch than to mend the roof.");
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
}

// A187: a comma, a coordinator and a report with a subject of its own (up to six words or
// numbers, then a finite reporting verb) end the reported clause, whether or not that
// subject names an entity; the second report is a quote of its own.
TEST(ReportedSpeech, AReportedClauseEndsBeforeACoordinatedReportWithItsOwnSubject) {
  Annotated t("Two-thirds of the members said they were fretting about the budget, and nearly 3 in 10 said "
              "the mayor would handle it best.");
  EXPECT_NE(quote_spelled(t, "they were fretting about the budget"), nullptr);
  EXPECT_NE(quote_spelled(t, "the mayor would handle it best"), nullptr);
  // a coordinated clause without a reporting verb goes on
  Annotated on("Jane Roe said the council was worried about the roads, and the mayor would fix them soon.");
  EXPECT_NE(quote_spelled(on, "the council was worried about the roads, and the mayor would fix them soon"), nullptr);
}

// A188: a report inside a non-restrictive relative clause on a person (`X, who said
// CLAUSE, MAIN`) ends at the first comma followed by the main clause's predicate.
TEST(ReportedSpeech, AReportInARelativeClauseEndsBeforeTheMainPredicate) {
  Annotated t("Jane Roe, who said the council had lost the papers, demanded an inquiry on Monday.");
  EXPECT_NE(quote_spelled(t, "the council had lost the papers"), nullptr);
  // a comma before a name or a preposition closes nothing
  Annotated place("John Doe, who said he drove to the rally from Omaha, Nebraska, was tired.");
  EXPECT_NE(quote_spelled(place, "he drove to the rally from Omaha, Nebraska"), nullptr);
}

// A210: a comma and a connective of contrast (contrast_connectives: while, whereas,
// although, though, compared) before a report with a subject of its own, or before a participle
// speech verb (the speaker's next report), end the reported clause as a coordinator does
// (A187); a contrast without a report goes on, and `because` or `if` (no contrast) end
// nothing.
TEST(ReportedSpeech, AReportedClauseEndsBeforeAContrastingReport) {
  Annotated t("Most of the voters said they would back the mayor, while 17 percent said they could yet switch sides.");
  EXPECT_NE(quote_spelled(t, "they would back the mayor"), nullptr);
  EXPECT_NE(quote_spelled(t, "they could yet switch sides"), nullptr);
  Annotated compared("Most of the voters said they liked the mayor, compared with 30 percent who said the same of the governor.");
  EXPECT_NE(quote_spelled(compared, "they liked the mayor"), nullptr);
  Annotated participle("Jane Roe said she would support the plan, while emphasizing that it was no endorsement.");
  const Quote* q = quote_spelled(participle, "she would support the plan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(participle.name(q->speaker), "Jane Roe");
  Annotated on("Jane Roe said the council would close the library, while the school would stay open.");
  EXPECT_NE(quote_spelled(on, "the council would close the library, while the school would stay open"), nullptr);
  Annotated reason("Jane Roe said the council had failed, because the voters said no to the plan.");
  EXPECT_NE(quote_spelled(reason, "the council had failed, because the voters said no to the plan"), nullptr);
}

// A390: a request verb (speech_verbs.json `object_to` on a verb not marked reporting:
// ask) reports its object and infinitive, as `urged` does; the subject asks.
TEST(ReportedSpeech, ARequestVerbReportsItsObjectAndInfinitive) {
  Annotated t("Jane Roe asked the city council to rebuild the old bridge over the river.");
  const Quote* q = quote_spelled(t, "the city council to rebuild the old bridge over the river");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Quote::Kind::Indirect);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->cue, "asked");
  // A passive, a subordinator before the verb or no object: no request of a named asker.
  for (const char* text : {"Jane Roe was asked to rebuild the old bridge over the river.",
                           "When asked to rebuild the old bridge over the river, Jane Roe smiled.",
                           "Jane Roe was asked by the council to rebuild the old bridge over the river."}) {
    Annotated n(text);
    for (const auto& x : n.a.quotes) EXPECT_NE(x.rule, "indirect-complement") << text << " -> " << n.a.text(x.span);
  }
}

// A391: a question verb's hearer may be a longer phrase holding a name before `whether`
// or `if` (`asked former city manager John Doe whether ...`).
TEST(ReportedSpeech, AQuestionAfterALongHearerHoldingANameIsReported) {
  Annotated t("Jane Roe asked former city manager John Doe whether the old bridge would open in the spring.");
  const Quote* q = quote_spelled(t, "whether the old bridge would open in the spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->rule, "indirect-question");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  // `who` after a long hearer may be a relative pronoun: no question.
  Annotated n("Jane Roe asked the angry Springfield voters who came to the hall to leave quietly.");
  for (const auto& x : n.a.quotes) EXPECT_NE(x.rule, "indirect-question") << n.a.text(x.span);
}

// A392: `tweet` takes a noun-phrase complement (speech_verbs.json "np"): what was tweeted,
// five words or more, is the content; a short object is none.
TEST(ReportedSpeech, WhatATweetVerbsObjectSaysIsReported) {
  Annotated t("Jane Roe tweeted her thanks to the city council on Monday.");
  const Quote* q = quote_spelled(t, "her thanks to the city council on Monday");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Quote::Kind::Indirect);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  Annotated n("Jane Roe tweeted congratulations to Springfield.");
  for (const auto& x : n.a.quotes) EXPECT_NE(x.rule, "indirect-complement") << n.a.text(x.span);
}

// A380: `add` and `claim` also take a noun-phrase object that reports no speech (`added
// 300 jobs`, `claimed the nomination`): without `that` their clause must show a finite
// verb; a clause that does, a noun's content after `that` or a colon, and a clause whose
// object moved to a relative word before the verb's subject are still reported.
TEST(ReportedSpeech, ANounPhraseObjectOfAddOrClaimIsNoReportedClause) {
  {
    Annotated t("The mill added a second shift of workers in the spring. Jane Roe claimed the nomination on Tuesday.");
    EXPECT_FALSE(some_quote_starts(t, "a second shift"));
    EXPECT_FALSE(some_quote_starts(t, "the nomination"));
  }
  {
    Annotated t("Jane Roe added the plan was dead.");
    const Quote* q = quote_spelled(t, "the plan was dead");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "indirect");
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("John Doe added a warning of his own: the old bridge would close in May.");
    EXPECT_TRUE(some_quote_starts(t, "a warning of his own")) << t.a.quotes.size();
  }
  {
    Annotated t("Jane Roe claimed a victory in the county election.");
    EXPECT_FALSE(some_quote_starts(t, "a victory"));
  }
  {
    Annotated t("The mayor published leaflets which critics claim show the council as a gang of thieves.");
    EXPECT_TRUE(some_quote_starts(t, "show the council")) << t.a.quotes.size();
  }
}

// A421: after a verb that follows a comma and has no subject before it, words with no
// finite verb are the verb's subject in inverted order, not a reported clause; a clause
// that opens on a pronoun or shows a verb in -s after a noun or a quotation mark stays.
TEST(ReportedSpeech, ANounPhraseAfterACommaAndSaidIsItsSubjectNotAClause) {
  {
    Annotated t("The talks broke down within an hour, said one union source in the room.");
    EXPECT_FALSE(some_quote_starts(t, "one union source"));
  }
  {
    Annotated t("The plan has merit, said former city treasurer Tom Smith.");
    EXPECT_FALSE(some_quote_starts(t, "former city treasurer"));
  }
  {
    Annotated t("Copper is scarce, said it made no difference.");
    EXPECT_TRUE(some_quote_starts(t, "it made no difference")) << t.a.quotes.size();
  }
  {
    Annotated t("Many voters, some 40 percent, say the \"green economy\" reflects a change.");
    EXPECT_TRUE(some_quote_starts(t, "the \"green economy\" reflects")) << t.a.quotes.size();
  }
}

// A440: a verb after a parenthetical set off by commas that opens on a preposition or a
// form in -ing has its subject before the parenthetical; the clause after it is reported
// (A421 does not take it for an inverted subject); A421 still holds after a clause.
TEST(ReportedSpeech, AClauseAfterAParentheticalAndSaidIsReported) {
  {
    Annotated t("The union, in a statement, said workers deserve better pay.");
    EXPECT_TRUE(some_quote_starts(t, "workers deserve better pay")) << t.a.quotes.size();
  }
  {
    Annotated t("The mayor, speaking at a rally, said voters want change.");
    EXPECT_TRUE(some_quote_starts(t, "voters want change")) << t.a.quotes.size();
  }
  {
    Annotated t("The company, for its part, said prices rise every spring.");
    EXPECT_TRUE(some_quote_starts(t, "prices rise every spring")) << t.a.quotes.size();
  }
  {
    Annotated t("The talks broke down within an hour, said one union source in the room.");
    EXPECT_FALSE(some_quote_starts(t, "one union source"));
  }
}

// A456: a subject set off from the verb by a phrase between commas (`Several lawmakers, in
// interviews, said ...`) is no reported clause of an inverted report; the words after the
// verb are the clause. A person named after the verb keeps the inverted reading.
TEST(ReportedSpeech, ASubjectBeforeAParentheticalIsNoInvertedReport) {
  {
    Annotated t("Several lawmakers, in interviews, said the bill lacks support.");
    EXPECT_TRUE(some_quote_starts(t, "the bill lacks support")) << t.a.quotes.size();
    EXPECT_FALSE(some_quote_starts(t, "Several lawmakers"));
  }
  {
    Annotated t("His sister, Anna, said the old house needs repairs.");
    EXPECT_TRUE(some_quote_starts(t, "the old house needs repairs")) << t.a.quotes.size();
    EXPECT_FALSE(some_quote_starts(t, "His sister"));
  }
  {
    Annotated t("Prices rose, in the end, said Jane Roe.");
    EXPECT_TRUE(some_quote_starts(t, "Prices rose")) << t.a.quotes.size();
  }
  {
    Annotated t("The plan fails, in his view, said a senior official.");
    EXPECT_TRUE(some_quote_starts(t, "The plan fails")) << t.a.quotes.size();
  }
}

// A381: a `that` followed by `are`, `were` or `have` (forms that cannot agree with a
// demonstrative `that`) is a relative pronoun when it follows a noun-like form (`states`,
// `remarks`) or words after the verb: no reported clause; right after a past form it is
// still the complementizer, and `that is` after a noun-like form is left as it was.
TEST(ReportedSpeech, AThatBeforeAPluralAuxiliaryIsARelativePronoun) {
  {
    Annotated t("Jane Roe campaigned in the four states that have held primaries since March.");
    EXPECT_FALSE(some_quote_starts(t, "have held")) << t.a.quotes.size();
  }
  {
    Annotated t("John Doe defended the plan, remarks that were printed in every paper.");
    EXPECT_FALSE(some_quote_starts(t, "were printed")) << t.a.quotes.size();
  }
  {
    Annotated t("John Doe said that were the council to vote today, the plan would pass.");
    EXPECT_TRUE(some_quote_starts(t, "were the council")) << t.a.quotes.size();
  }
  {
    Annotated t("Jane Roe says that is the only way to fix the roads.");
    EXPECT_TRUE(some_quote_starts(t, "is the only way")) << t.a.quotes.size();
  }
}

// A382: a preposition in -ing (`during`) is no participle opening a noun-phrase complement
// (`laws proposed during Nixon's term`); a participle still does (`recalled knocking on doors`).
TEST(ReportedSpeech, APrepositionInIngOpensNoComplement) {
  {
    Annotated t("The mayor announced during a long meeting with the council on Monday.");
    EXPECT_FALSE(some_quote_starts(t, "during")) << t.a.quotes.size();
  }
  {
    Annotated t("Jane Roe recalled knocking on doors for the party in the old town.");
    const Quote* q = quote_spelled(t, "knocking on doors for the party in the old town");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "indirect-complement");
  }
}

// A430: a that-less clause after a reporting verb not marked that_optional may show its
// finite auxiliary contracted: with a nominative pronoun in one word (`she'll`, `they're`),
// or negative (`hadn't`, `doesn't`).
TEST(ReportedSpeech, AContractedOrNegativeAuxiliaryShowsAThatlessClause) {
  Annotated t("Jane Roe suggested she'll rebuild the old bridge over the river next year.");
  const Quote* q = quote_spelled(t, "she'll rebuild the old bridge over the river next year");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Quote::Kind::Indirect);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_EQ(q->cue, "suggested");
  Annotated n("Jane Roe acknowledged the city council hadn't repaired the old bridge in time.");
  const Quote* m = quote_spelled(n, "the city council hadn't repaired the old bridge in time");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(n.name(m->speaker), "Jane Roe");
  // A noun phrase object shows no clause: no quote.
  Annotated o("Jane Roe acknowledged the help of the city council with the old bridge.");
  EXPECT_TRUE(o.a.quotes.empty());
}

// A431: an attribution after its clause may close its sentence with a longer hearer and
// a phrase of place, time or manner (`, X said in an interview.`, `, X told a Senate panel
// on Wednesday.`); an infinitive after a verb that is no verb of saying is no such phrase.
TEST(ReportedSpeech, AnAttributionAfterItsClauseMayCloseOnAPhraseOfPlaceOrManner) {
  Annotated t("The old bridge over the river will reopen next spring, Jane Roe said in an interview with the local paper.");
  const Quote* q = quote_spelled(t, "The old bridge over the river will reopen next spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->rule, "indirect-before");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  Annotated h("The old bridge over the river will reopen next spring, Jane Roe told a Springfield council panel on Wednesday.");
  const Quote* m = quote_spelled(h, "The old bridge over the river will reopen next spring");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(h.name(m->speaker), "Jane Roe");
  EXPECT_FALSE(some_quote_starts(h, "a Springfield"));
  Annotated n("Jane Roe, the mayor of Springfield since last spring, has vowed to rebuild the old bridge.");
  for (const auto& x : n.a.quotes) EXPECT_NE(x.rule, "indirect-before") << n.a.text(x.span);
}

// A450: an adverbial before the comma (a subordinate clause, or a prepositional phrase with
// no finite verb) is no reported clause of `, X said/told ...`; a main clause after it, or
// a clause opening on a phrase of quantity (`At least ... were`), still is.
TEST(ReportedSpeech, AnAdverbialBeforeTheCommaIsNoReportedClause) {
  Annotated w("When the vote on the new budget ended, Jane Roe told a reporter on Wednesday.");
  EXPECT_TRUE(w.a.quotes.empty());
  Annotated d("During the long debate over taxes in the state, Jane Roe said in an interview.");
  EXPECT_TRUE(d.a.quotes.empty());
  Annotated b("Because the river flooded the main road, John Doe said in a statement.");
  EXPECT_TRUE(b.a.quotes.empty());
  Annotated i("If taxes rise next year, the economy will slow, Jane Roe said in an interview.");
  const Quote* q = quote_spelled(i, "If taxes rise next year, the economy will slow");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(i.name(q->speaker), "Jane Roe");
  Annotated l("At least forty people were hurt in the storm on Tuesday, John Doe said.");
  const Quote* m = quote_spelled(l, "At least forty people were hurt in the storm on Tuesday");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(l.name(m->speaker), "John Doe");
}

// A432: `CLAUSE, said TITLE NAME` with a lower-case title or description before the name
// (`said former Springfield mayor Jane Roe`) is inverted: the clause is reported and the
// name speaks; a clause after the verb whose object holds a name stays a clause.
TEST(ReportedSpeech, InvertedVerbBeforeALowerCaseTitleAndAName) {
  Annotated t("The old bridge over the river will reopen next spring, said former Springfield mayor Jane Roe.");
  const Quote* q = quote_spelled(t, "The old bridge over the river will reopen next spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->rule, "indirect-inverted");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_FALSE(some_quote_starts(t, "former"));
  Annotated n("Jane Roe, who runs the council in Springfield, said contractors eventually built a John Doe memorial there.");
  EXPECT_NE(quote_spelled(n, "contractors eventually built a John Doe memorial there"), nullptr);
}

// A442: a reporting verb after a comma whose speaker phrase holds only auxiliaries (`...,
// had argued in favour of`) has its subject before the comma: the words there are no
// reported clause. A speaker phrase of a name still reports the clause.
TEST(ReportedSpeech, NoReportedClauseBeforeAVerbWithNoSubjectOfItsOwn) {
  Annotated t("Several small lenders, including those in the farm and housing trades, had argued in favour of the "
              "new rule, claiming it would cut costs.");
  EXPECT_FALSE(some_quote_starts(t, "Several small lenders"));
  Annotated h("Several small lenders will close their branches in the spring, Jane Roe argued in a letter to the board.");
  const Quote* q = quote_spelled(h, "Several small lenders will close their branches in the spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(h.name(q->speaker), "Jane Roe");
}

// A460: a cue's base form right after a lower-case word with an adjective's ending is a
// noun (`a provincial report that ...`, `a historic claim that ...`); a plural subject keeps its verb.
TEST(ReportedSpeech, ABaseFormAfterAnAdjectiveIsANounNotASpeechVerb) {
  {
    Annotated t("The council released a provincial report that water rates will rise next spring.");
    EXPECT_FALSE(some_quote_starts(t, "water rates will rise")) << t.a.quotes.size();
  }
  {
    Annotated t("Critics point to a historic claim that the river once flooded the town.");
    EXPECT_FALSE(some_quote_starts(t, "the river once flooded")) << t.a.quotes.size();
  }
  {
    Annotated t("Local officials say the bridge will reopen in May.");
    EXPECT_TRUE(some_quote_starts(t, "the bridge will reopen")) << t.a.quotes.size();
  }
}

// A485: the hearer after `told` (a noun phrase, a name or an object pronoun, and any time
// words) is no part of the that-less clause after it; a name as hearer no longer hides the
// clause, and a pronoun subject after a titled name opens it.
TEST(ReportedSpeech, TheHearerAfterToldIsNoPartOfTheClause) {
  const char* sentences[] = {"Jane Roe told reporters the new bridge would open in May.",
                             "Jane Roe told a news conference the new bridge would open in May.",
                             "Jane Roe told Tom Baker the new bridge would open in May.",
                             "Jane Roe told them on Monday the new bridge would open in May."};
  for (const char* s : sentences) {
    Annotated t(s);
    const Quote* q = quote_spelled(t, "the new bridge would open in May");
    ASSERT_NE(q, nullptr) << s;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << s;
  }
  Annotated h("Jane Roe told radio host Tom Baker she would run again.");
  ASSERT_NE(quote_spelled(h, "she would run again"), nullptr);
  Annotated n("Jane Roe told the story of her father.");
  EXPECT_NE(quote_spelled(n, "the story of her father"), nullptr);
}

// A486: a cue that is spelled as its lemma though it ends in -s (`stress`) is a noun after
// an adjective's ending, and so is any cue's lemma after a hyphenated compound
// (`post-traumatic`, `long-term`); a verb after a plural subject still reports.
TEST(ReportedSpeech, ALemmaAfterAnAdjectiveOrAHyphenatedCompoundIsANoun) {
  Annotated p("Many old soldiers live with post-traumatic stress disorder after the war.");
  EXPECT_TRUE(p.a.quotes.empty());
  Annotated e("The emotional stress is always with the family in the long winter.");
  EXPECT_TRUE(e.a.quotes.empty());
  Annotated l("It was a long-term promise that the river would be cleaned.");
  EXPECT_TRUE(l.a.quotes.empty());
  Annotated s("Jane Roe and John Doe stress the new bridge would open in May.");
  EXPECT_NE(quote_spelled(s, "the new bridge would open in May"), nullptr);
}

// A487: an attribution after its clause may close on a capitalised hearer the recogniser
// does not know as a name, and time words (`, X told MPS earlier this week.`); a number
// after a capitalised word belongs to the hearer's name (`told Channel 9 that`).
TEST(ReportedSpeech, ACapitalisedHearerOrAChannelNumberClosesTheAttribution) {
  Annotated c("The new bridge will open in May, Jane Roe told MPs earlier this week.");
  const Quote* q = quote_spelled(c, "The new bridge will open in May");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(c.name(q->speaker), "Jane Roe");
  Annotated n("Jane Roe told Channel 9 that the new bridge would open in May.");
  EXPECT_NE(quote_spelled(n, "the new bridge would open in May"), nullptr);
  Annotated m("Jane Roe told Channel 9 the new bridge would open in May.");
  EXPECT_NE(quote_spelled(m, "the new bridge would open in May"), nullptr);
}

// A488: `"Q," X said CLAUSE`: a speech verb after a quote that has a reported clause of
// its own (`that` and a clause, or a pronoun or determiner subject and its verb) does not
// attribute the quote; the quote keeps its own cue and the verb reports its clause.
TEST(ReportedSpeech, AVerbWithItsOwnClauseReportsNoQuoteBeforeIt) {
  Annotated t("But even as Jane Roe claimed on Monday that \"the bridge is a total waste of money,\" John Doe said it was the "
              "best work of his life.");
  const Quote* q = quote_spelled(t, "the bridge is a total waste of money");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  const Quote* c = quote_spelled(t, "it was the best work of his life");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(t.name(c->speaker), "John Doe");
  Annotated n("\"We will finish the bridge by May,\" John Doe said that night.");
  const Quote* d = quote_spelled(n, "We will finish the bridge by May");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(n.name(d->speaker), "John Doe");
}

// A489: a that-less clause after a verb of saying (that_optional) and a phrase of place or time opens on a
// pronoun that is only nominative and a finite auxiliary; a time phrase that A54 reads
// keeps its clause whole, and a relative clause with no auxiliary is no report.
TEST(ReportedSpeech, AThatlessClauseAfterAPrepositionalPhrase) {
  Annotated t("Jane Roe said after the long meeting she would not sign the new budget.");
  const Quote* q = quote_spelled(t, "she would not sign the new budget");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  Annotated w("John Doe says in both letters he was proud of the town.");
  EXPECT_NE(quote_spelled(w, "he was proud of the town"), nullptr);
  Annotated m("Jane Roe said on Tuesday the first thing she would do is fix the bridge.");
  EXPECT_NE(quote_spelled(m, "the first thing she would do is fix the bridge"), nullptr);
  Annotated r("Jane Roe said in a statement she released on Monday.");
  EXPECT_TRUE(r.a.quotes.empty());
}

// A495: a pronoun, an auxiliary that is no copula and a form in -ed with no object after a
// phrase of place or time with a determiner is a relative clause of the phrase's noun, no
// report; with an object, a copula or a modal, or after a bare noun, the clause reports.
TEST(ReportedSpeech, ARelativeClauseAfterAPrepositionalPhraseIsNoReport) {
  Annotated s("Jane Roe said in a statement she had released on Monday.");
  EXPECT_TRUE(s.a.quotes.empty());
  Annotated r("Jane Roe said at a rally they had organised in the park.");
  EXPECT_TRUE(r.a.quotes.empty());
  const char* reports[][2] = {{"Tom Baker said at the hearing they had launched an inquiry into the fire.", "they had launched an inquiry into the fire"},
                              {"Tom Baker said in an interview he was arrested on Monday.", "he was arrested on Monday"},
                              {"Tom Baker said after the meeting she would resign in March.", "she would resign in March"},
                              {"Tom Baker said in court they had worked for years.", "they had worked for years"}};
  for (const auto& [text, content] : reports) {
    Annotated t(text);
    const Quote* q = quote_spelled(t, content);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Tom Baker") << text;
  }
}

// A496: a run of capitalised words followed right away by a determiner or a nominative
// pronoun closes the hearer after `told`: the clause opens on the determiner or pronoun
// (`BBC News the plan ...`, `Radio Five Live his choice ...`), also after a hearer of
// seven words before a pronoun.
TEST(ReportedSpeech, AMultiWordNameClosesTheHearer) {
  const char* sentences[][2] = {{"Tom Baker told Metro News the plan would cost too much.", "the plan would cost too much"},
                                {"Tom Baker told Radio Green Valley his choice was final.", "his choice was final"},
                                {"Tom Baker told the Ohio Farm Radio show Early Fields he hoped the law would pass.", "he hoped the law would pass"},
                                {"Tom Baker told reporters Jane Roe would resign.", "Jane Roe would resign"},
                                {"Tom Baker told Sky News she had not been asked.", "she had not been asked"}};
  for (const auto& [text, content] : sentences) {
    Annotated t(text);
    const Quote* q = quote_spelled(t, content);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Tom Baker") << text;
  }
}

// A505: an -s form of a cue after an adjective or a hyphenated compound modifier, followed
// by a finite auxiliary, copula or -ed form with no subject, is a plural noun: the subject of
// that verb, no report (`The high-profile claims were rejected`); a noun subject keeps its
// verb when a clause follows (`The 27-year-old believes the ...`), as does a moved subject
// after a relative word (`which the co-founder says is ...`).
TEST(ReportedSpeech, AnSFormAfterAModifierBeforeABareVerbIsAPluralNoun) {
  Annotated h("The high-profile claims were rejected by the court in Leeds.");
  EXPECT_TRUE(h.a.quotes.empty());
  Annotated t("The firm's total claims are likely to reach two million pounds this year.");
  EXPECT_TRUE(t.a.quotes.empty());
  Annotated l("The long-term claims fell to their lowest point in May.");
  EXPECT_TRUE(l.a.quotes.empty());
  Annotated y("The 27-year-old believes the new bridge would open in May.");
  EXPECT_NE(quote_spelled(y, "the new bridge would open in May"), nullptr);
  Annotated w("She backed the plan, which the co-founder says is too costly.");
  EXPECT_NE(quote_spelled(w, "is too costly"), nullptr);
}

// A506: a capitalised hearer closes before a quantifier or predeterminer as before a
// determiner (`told news agency Reuters such a move ...`): the clause opens on it.
TEST(ReportedSpeech, AHearerNameClosesBeforeSuchOrAQuantifier) {
  Annotated s("Jane Roe told news agency Reuters such a plan would fail.");
  EXPECT_NE(quote_spelled(s, "such a plan would fail"), nullptr);
  EXPECT_EQ(quote_spelled(s, "Reuters such a plan would fail"), nullptr);
  Annotated q("Jane Roe told news agency Reuters several officials had left the town.");
  EXPECT_NE(quote_spelled(q, "several officials had left the town"), nullptr);
}

// A515: an object or infinitive complement ends before a coordinator and a finite form,
// the speaker's next predicate; not a relative clause's verbs, nor an adjective in -ed.
TEST(ReportedSpeech, AComplementEndsBeforeTheSpeakersNextPredicate) {
  {
    Annotated t("Jane Roe has vowed to keep the village clinic open and celebrated the ruling on Monday.");
    const Quote* q = quote_spelled(t, "to keep the village clinic open");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe denied the charges against the council and has since sued the newspaper.");
    EXPECT_NE(quote_spelled(t, "the charges against the council"), nullptr);
  }
  {
    Annotated t("Jane Roe called for a law that bans fireworks in the park and requires permits for bonfires.");
    EXPECT_TRUE(some_quote_starts(t, "a law that bans fireworks in the park and requires permits"));
  }
  {
    Annotated t("Jane Roe proposed a mandate for all fuels, including diesel and advanced synthetic fuels of many kinds.");
    EXPECT_TRUE(some_quote_starts(t, "a mandate for all fuels, including diesel and advanced synthetic fuels"));
  }
}

// A517: a noun-phrase complement ends before a time phrase that closes the sentence, the
// time of the speaker's act; not a time word inside the noun phrase, nor one the object
// goes on after.
TEST(ReportedSpeech, ANounPhraseComplementEndsBeforeTheTimeOfTheAct) {
  {
    Annotated t("Jane Roe defended her record on housing on Sunday night.");
    const Quote* q = quote_spelled(t, "her record on housing");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe defended her plan for the village school Monday.");
    EXPECT_NE(quote_spelled(t, "her plan for the village school"), nullptr);
  }
  {
    Annotated t("Jane Roe defended her plan for a levy last year on the dirtiest coal plants.");
    EXPECT_NE(quote_spelled(t, "her plan for a levy last year on the dirtiest coal plants"), nullptr);
  }
}

// A555: a time word after a preposition of deadline, span or date (time_limit_prepositions)
// belongs to the object (`a report by Friday`, `a ceasefire until Monday`), so the
// noun-phrase complement keeps it; `on Sunday` is still the time of the act (A517).
TEST(ReportedSpeech, ADeadlineInTheObjectIsNoTimeOfTheAct) {
  {
    Annotated t("Jane Roe promised a full report on the flooding by Friday.");
    const Quote* q = quote_spelled(t, "a full report on the flooding by Friday");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe announced a ceasefire in the northern region until Monday.");
    EXPECT_NE(quote_spelled(t, "a ceasefire in the northern region until Monday"), nullptr);
  }
  {
    Annotated t("Jane Roe confirmed the date of the village election as Tuesday.");
    EXPECT_NE(quote_spelled(t, "the date of the village election as Tuesday"), nullptr);
  }
  {
    Annotated t("Jane Roe announced her retirement from international football on Sunday.");
    EXPECT_NE(quote_spelled(t, "her retirement from international football"), nullptr);
  }
}

// A518: after `has said`, a coordinator and `has` with a participle start the speaker's
// next predicate, unless the report itself uses `has` or `has` is no auxiliary.
TEST(ReportedSpeech, ASecondPredicateAgreeingWithTheCueIsTheSpeakers) {
  {
    Annotated t("Jane Roe has said she wants a new school in the village and has expressed support for a bigger library.");
    const Quote* q = quote_spelled(t, "she wants a new school in the village");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe has said the council has cut the budget and has closed the library.");
    EXPECT_NE(quote_spelled(t, "the council has cut the budget and has closed the library"), nullptr);
  }
  {
    Annotated t("Jane Roe has said she is happy in Springfield and has no plans to move away.");
    EXPECT_NE(quote_spelled(t, "she is happy in Springfield and has no plans to move away"), nullptr);
  }
}

// A519: after its cue, a reported clause ends before a comma, a coordinator and a perfect
// with no subject (the speaker's next predicate); before its cue the clause is whole.
TEST(ReportedSpeech, AReportedClauseEndsBeforeAndHasWithAParticiple) {
  {
    Annotated t("Jane Roe insists the council must be open to new ideas, and has championed a plan for a bigger library.");
    const Quote* q = quote_spelled(t, "the council must be open to new ideas");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("The council had promised a bigger library, but had cancelled the plan, Jane Roe said.");
    EXPECT_NE(quote_spelled(t, "The council had promised a bigger library, but had cancelled the plan"), nullptr);
  }
}

// A560: a number opens a that-less clause before a past form in -ed or a common irregular
// past (word list irregular_past_forms) after its noun (`said 30 boats sank`), not before
// a bare time phrase; A561: a past participle that only an irregular form shows closes a
// relative clause after a phrase of place or time (A495: `said in the email she had written`).
TEST(ReportedSpeech, AnIrregularPastIsAThatlessClausesVerb) {
  {
    Annotated t("Tom Baker said 30 boats sank in the storm.");
    const Quote* q = quote_spelled(t, "30 boats sank in the storm");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Tom Baker says 12 local firms reported a loss this year.");
    EXPECT_NE(quote_spelled(t, "12 local firms reported a loss this year"), nullptr);
  }
  {
    Annotated t("Jane Roe said in the email she had written on Monday.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("Jane Roe said 30 minutes later.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
}

// A610: a time phrase that ends on a word of time_phrase_nouns closes an attribution after
// its clause (`CLAUSE, X said last week.`); not after a copula nor a plan noun's participle.
TEST(ReportedSpeech, AClosingTimePhraseEndsAnAttributionAfterItsClause) {
  {
    Annotated t("The bridge will reopen in March, Tom Baker said last week.");
    const Quote* q = quote_spelled(t, "The bridge will reopen in March");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Ticket sales doubled in the spring, the Harbour Trust reported this week.");
    EXPECT_NE(quote_spelled(t, "Ticket sales doubled in the spring"), nullptr);
  }
  {
    Annotated t("According to the county, 40 new posts were added last month.");
    EXPECT_EQ(quote_spelled(t, "According to the county"), nullptr);
    EXPECT_NE(quote_spelled(t, "40 new posts were added last month"), nullptr);
  }
  {
    Annotated t("The town will build two new schools by 2030, a plan announced last year.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
}

// A611: a reporting verb not marked that_optional takes a that-less clause shown by `it` or
// `you` and an irregular past (`admitted it took`), or, after its subject's name, by a name
// and a past form (`confirmed Jane Roe won`); not a participle opening its sentence nor a
// plural noun (`Finding Nemo won`, `police reports Jane Roe filed`).
TEST(ReportedSpeech, APastFormAfterANameShowsAThatlessClause) {
  {
    Annotated t("Tom Baker admitted it took two years to finish the bridge.");
    const Quote* q = quote_spelled(t, "it took two years to finish the bridge");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Tom Baker confirmed Jane Roe won the vote in the harbour ward.");
    const Quote* q = quote_spelled(t, "Jane Roe won the vote in the harbour ward");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Finding Nemo won two awards in the spring.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("The police reports Jane Roe filed were lost in the fire.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
}

// A612: after a phrase of place or time, `it` or `you` and a finite auxiliary open a
// that-less clause too, and so they do after any reporting verb's past form (`announced on
// her blog she had`); a coordinator ends the phrase (`said on the plan but it is late`).
TEST(ReportedSpeech, APronounAfterAnAdjunctOpensAThatlessClause) {
  {
    Annotated t("Tom Baker said in a statement it is reviewing the contract.");
    const Quote* q = quote_spelled(t, "it is reviewing the contract");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Jane Roe announced on her blog she had left the harbour board.");
    const Quote* q = quote_spelled(t, "she had left the harbour board");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Much was said on the plan at the meeting but it is too late now.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
}

// A613: `according to X` after a dash that closes an aside reports the clause before the
// aside (`CLAUSE -- including X and Y -- according to the county`); not without a comma
// or a dash (`played according to the rules`).
TEST(ReportedSpeech, AccordingToAfterAnAsidesClosingDash) {
  {
    Annotated t("In 2015, the harbour ward had 40 burglaries -- including six in one street -- according to the Harbour Trust.");
    const Quote* q = quote_spelled(t, "In 2015, the harbour ward had 40 burglaries -- including six in one street");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Harbour Trust");
  }
  {
    Annotated t("The match in the harbour ward was played according to the rules of the Harbour Trust.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
}

// A614: `as X noted,` set off inside the sentence after a comma (and a coordinator)
// reports the clause after it when that clause opens on a subject; not the verb phrase of
// a subject set off before the aside (`The bridge, as Tom Baker said, needs repairs`) on its
// own: since A1065 A32 reports that sentence in two pieces, the subject and its predicate,
// as the dev gold splits such a sentence (`The main risk, the institute said, was ...`).
TEST(ReportedSpeech, AnAsAttributionInsideTheSentence) {
  {
    Annotated t("The vote was close, and as Tom Baker noted, the harbour ward will need a recount.");
    const Quote* q = quote_spelled(t, "the harbour ward will need a recount");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The old bridge, as Tom Baker said, needs repairs before the winter.");
    const Quote* q = quote_spelled(t, "needs repairs before the winter");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->rule, "indirect-parenthetical");
    EXPECT_NE(quote_spelled(t, "The old bridge"), nullptr);
  }
}

// A615: after a named subject's reporting verb, a that-less clause may open on a
// quantifier or numeral before a finite auxiliary (`reported nine trains were delayed`);
// not an inverted attribution, nor a quantifier's phrase with a preposition.
TEST(ReportedSpeech, AQuantifierOpensAThatlessClauseAfterANamedSubject) {
  {
    Annotated t("Tom Baker reported nine trains were delayed on the harbour line.");
    const Quote* q = quote_spelled(t, "nine trains were delayed on the harbour line");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Tom Baker cited several examples of help the harbour ward had given.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
}

// Rule A590: no reported clause opens on a pronoun that is only accusative.
TEST(ReportedSpeech, AnAccusativePronounOpensNoClause) {
  {
    Annotated t("The plan works only if voters believe them and not the mayor.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("Tom Baker apologised for his remarks a week after he said them, but the damage was done.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("A week of warm weather in Lisbon told us about the real strength of the team.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("The crowd waited for hours after the fire chief told them there was no room left in the hall.");
    EXPECT_NE(quote_spelled(t, "there was no room left in the hall"), nullptr);
  }
  {
    Annotated t("Jane Roe said the club had told him to find a new agent.");
    bool hearer_kept = false;
    for (const Quote& q : t.a.quotes) hearer_kept |= t.a.text(q.span).find("him to find a new agent") == 0;
    EXPECT_TRUE(hearer_kept);
  }
}

// Rule A591: a cue after a determiner or possessive is a noun, reporting no clause before it.
TEST(ReportedSpeech, ACueNounReportsNoClauseBeforeIt) {
  {
    Annotated t("Jane Roe, a retired judge from Leeds, welcomed the minister's remarks.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("The council raised the parking charges, ignoring all of its promises.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("Taxes on fuel should rise next year, says a new parliamentary report.");
    EXPECT_NE(quote_spelled(t, "Taxes on fuel should rise next year"), nullptr);
  }
}

// Rule A592: a cue's -s form after a plural quantifier or numeral word is a plural noun.
TEST(ReportedSpeech, AnSFormAfterAPluralNumeralIsANoun) {
  {
    Annotated t("Turnout was high in the four states that voted on Tuesday.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("Phones are not yet ready to replace music players, say two reports.");
    EXPECT_NE(quote_spelled(t, "Phones are not yet ready to replace music players"), nullptr);
  }
  {
    Annotated t("Each says the other side broke the deal.");
    EXPECT_NE(quote_spelled(t, "the other side broke the deal"), nullptr);
  }
}

// A600: a report inside an adverbial fronted before the main clause (a participle phrase,
// a clause of time after `after`, `as`, a measure of time) ends at the comma before the
// main clause; `as soon as` is a comparative, and a main clause before `after` is none.
TEST(ReportedSpeech, AReportInAFrontedAdverbialEndsBeforeTheMainClause) {
  {
    Annotated t("Years after Jane Roe claimed that the village school was safe, the council closed it.");
    const Quote* q = quote_spelled(t, "the village school was safe");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Noting that the river had flooded twice, the mayor ordered a new wall.");
    EXPECT_NE(quote_spelled(t, "the river had flooded twice"), nullptr);
  }
  {
    Annotated t("After suggesting on Monday that he regretted the remarks, John Smith spoke only briefly.");
    EXPECT_NE(quote_spelled(t, "he regretted the remarks"), nullptr);
  }
  {
    Annotated t("As Jane Roe announces that she will stand again, her rivals are gathering funds.");
    EXPECT_NE(quote_spelled(t, "she will stand again"), nullptr);
  }
  {
    Annotated t("His visit comes after Jane Roe announced the school would close in May, and the library in June.");
    EXPECT_NE(quote_spelled(t, "the school would close in May, and the library in June"), nullptr);
  }
}

// A601: `despite` opens a fronted phrase too, and a statement noun's report inside it
// (possessor-noun) ends at the comma before the main clause.
TEST(ReportedSpeech, AStatementNounsReportInAFrontedPhraseEndsBeforeTheMainClause) {
  Annotated t("Despite Jane Roe's claims that the bridge was safe, the council closed it in May.");
  const Quote* q = quote_spelled(t, "the bridge was safe");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A620: a phrase after a reporting verb that names the report's topic (topic_prepositions:
// `complained about the noise`) is no phrase of place or time: a pronoun and its verb after
// its noun open a relative clause of that noun, no that-less report.
TEST(ReportedSpeech, NoThatlessClauseAfterATopicPhrase) {
  {
    Annotated t("Jane Roe complained about the noise it was making at night.");
    EXPECT_EQ(quote_spelled(t, "it was making at night"), nullptr);
  }
  {
    Annotated t("Tom Baker admitted in court he had lied about the harbour fund.");
    const Quote* q = quote_spelled(t, "he had lied about the harbour fund");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
}

// A621: `according to` before a phrase whose head says what something conforms to
// (conformity_nouns) names no source, after a comma or an aside's closing dash alike.
TEST(ReportedSpeech, AccordingToTheRulesIsNoAttribution) {
  for (const char* text : {"The match was played -- as always -- according to the old rules of the harbour ward.",
                           "Seats on the harbour board are shared, as in 2010, according to the size of each ward.",
                           "According to his wishes, Tom Baker was buried at sea."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text;
  }
  Annotated t("The ward lost 40 jobs -- most of them at the docks -- according to the Harbour Trust.");
  const Quote* q = quote_spelled(t, "The ward lost 40 jobs -- most of them at the docks");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Harbour Trust");
}

// A660: any reporting verb's past form or form in -s may stand in inverted order after its
// clause when a name closes the phrase after it (`CLAUSE, warned Jane Roe.`); not a subject
// with an aside and its verb's object (`The survey, run by X, showed Jane Roe leading`), a
// second predicate (`..., wrote a letter`), nor an attribution inside its clause.
TEST(ReportedSpeech, AnyReportingVerbMayStandInvertedBeforeAName) {
  {
    Annotated t("The two harbour ferries will stop running before the summer, warned Jane Roe, the former mayor.");
    const Quote* q = quote_spelled(t, "The two harbour ferries will stop running before the summer");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("The two brothers had been traveling together for a week, wrote the columnist Tom Baker.");
    const Quote* q = quote_spelled(t, "The two brothers had been traveling together for a week");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The survey, run by the harbour trust last spring, showed Jane Roe leading the race.");
    EXPECT_EQ(quote_spelled(t, "The survey, run by the harbour trust last spring"), nullptr);
  }
  {
    Annotated t("Tom Baker went home early, wrote a letter to the council.");
    EXPECT_TRUE(t.a.quotes.empty());
  }
  {
    Annotated t("With most homes now online, the council, suggests Tom Baker, could act as a middleman.");
    EXPECT_EQ(quote_spelled(t, "With most homes now online, the council"), nullptr);
  }
}

// A662: an aside between a reporting verb's adjuncts and its `that`, set off by commas after
// a relative, interrogative or subordinating word, or by dashes, is passed and not counted
// against the adjuncts' length (`said on CNN, where he works, that CLAUSE`).
TEST(ReportedSpeech, AnAsideBeforeThatIsPassed) {
  {
    Annotated t("Tom Baker said on the radio, where he is now a regular guest, that the harbour manager should resign.");
    const Quote* q = quote_spelled(t, "the harbour manager should resign");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t(
        "Jane Roe complained during Monday's press conference -- excerpts of which the campaign sent to reporters "
        "afterwards -- that the senator had ignored her call.");
    const Quote* q = quote_spelled(t, "the senator had ignored her call");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe said on the show, which aired on Sunday, that was her last interview.");
    EXPECT_EQ(quote_spelled(t, "was her last interview"), nullptr);
  }
}

// A663: a title of four words or more in marks, which the direct stage keeps as no quote,
// does not stop the report around it; a real quote of that length still does (the direct
// stage gives it).
TEST(ReportedSpeech, ATitleInMarksDoesNotStopAReport) {
  {
    Annotated t("Jane Roe said the harbour film \"The Long Road Home From Springfield\" had won two awards.");
    const Quote* q = quote_spelled(t, "the harbour film \"The Long Road Home From Springfield\" had won two awards");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe said the harbour film \"was the worst thing I have seen\" and left.");
    EXPECT_NE(quote_spelled(t, "was the worst thing I have seen"), nullptr);
    EXPECT_EQ(quote_spelled(t, "the harbour film \"was the worst thing I have seen\" and left"), nullptr);
  }
}

// A1192: a generic or negative pronoun (generic_subjects) as the subject of a verb of asking
// or wondering names no source: no quote. `One wondered` (a past, no modal) is one of a
// group, and a verb of saying keeps its quote (`One could say that`, the seeds gold's shape).
TEST(ReportedSpeech, AGenericPronounWonderingIsNoSource) {
  for (const char* text : {"One wonders whether the council will ever open the new library.",
                           "The plan is late. One only wonders why the council waited so long.",
                           "The plan is late, but one might wonder why the council had no money.",
                           "Nobody asks whether the new library will open before the spring."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text;
  }
  Annotated group("Two aides to Tom Smith spoke to reporters. One wondered whether the plan would be ready in May.");
  EXPECT_FALSE(group.a.quotes.empty());
  Annotated say("The talks went badly. One could say that the level of trust between the two firms has fallen.");
  EXPECT_FALSE(say.a.quotes.empty());
}

// A664: a coordinator between capitalised words does not end a hearer (`told The Post and
// Courier newspaper of Charleston on Saturday that CLAUSE`): the clause opens after `that`.
TEST(ReportedSpeech, ACoordinatorInsideAHearersNameDoesNotEndIt) {
  Annotated t("Tom Baker told The Herald and Courier newspaper of Springfield on Sunday that he gave his vote to Jane Roe.");
  const Quote* q = quote_spelled(t, "he gave his vote to Jane Roe");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Tom Baker");
}

// A650: a summative appositive at the end of a reported clause whose object relative
// clause has its own subject (`a move he announced later`, `a claim that the council
// disputes`) is the reporter's note on what someone else did with the report: the clause
// ends before it. A subject relative (`a plan that would cost ...`), a name's apposition
// and a list stay in the report.
TEST(ReportedSpeech, ASummativeAppositiveEndsTheReport) {
  {
    Annotated t("Jane Roe said the harbour fund had been spent on the roads, a claim that the council strongly disputes.");
    const Quote* q = quote_spelled(t, "the harbour fund had been spent on the roads");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Tom Baker told reporters he would close the old ferry terminal -- a step he announced again on Monday.");
    EXPECT_NE(quote_spelled(t, "he would close the old ferry terminal"), nullptr);
  }
  for (const char* text : {"Jane Roe said the council would build a new bridge, a plan that would cost the ward dearly.",
                           "Jane Roe said the council had hired Tom Baker, a lawyer the mayor trusts.",
                           "Jane Roe said the council would buy a boat, a van and a lorry for the ward."}) {
    Annotated t(text);
    ASSERT_EQ(t.a.quotes.size(), 1u) << text;
    EXPECT_TRUE(std::string_view(text).ends_with(std::string(t.a.text(t.a.quotes[0].span)) + ".")) << text;
  }
}

// A651: after a verb that also takes a plain object (np_object: add, claim), an auxiliary
// right after a coordinator or a lone comma has no subject in the words after the verb:
// the verb's next predicate or an inverted condition, no clause; a sentence-opening
// `That` is the verb's subject, no relative word that moved its object out.
TEST(ReportedSpeech, AnObjectBeforeASubjectlessAuxiliaryIsNoClause) {
  for (const char* text : {"Tom Baker added a note of caution, should the mayor return too soon.",
                           "A leading runner might boast of a surge but would be unlikely to take many wards.",
                           "That adds its own pressure to the harbour budget."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text << " -> " << (t.a.quotes.empty() ? "" : t.a.text(t.a.quotes[0].span));
  }
  Annotated t("Jane Roe claimed the harbour fund would be spent on the roads and would last until 2030.");
  EXPECT_TRUE(some_quote_starts(t, "the harbour fund would be spent")) << t.a.quotes.size();
}

// A652: `it`, a copula, an adjective phrase and a speech verb as an infinitive or after
// `worth` is the writer's comment (extraposition), no report; a referring `it` before a
// hearer verb (`it is unlikely to tell`) and a progressive (`It is currently arguing`) are
// left to the other rules.
TEST(ReportedSpeech, AnExtraposedCommentReportsNothing) {
  for (const char* text : {"Given his record, it's safe to say he is referring to the harbour plan.",
                           "It is too soon to say whether the harbour plan will work.",
                           "It's worth noting that the mayor has never lost a vote.",
                           "It is important to note that the council has not ruled."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text << " -> " << (t.a.quotes.empty() ? "" : t.a.text(t.a.quotes[0].span));
  }
  Annotated t("Jane Roe said it was fair to say the council had failed.");
  ASSERT_EQ(t.a.quotes.size(), 1u);
  EXPECT_EQ(t.a.text(t.a.quotes[0].span), "it was fair to say the council had failed");
  EXPECT_EQ(t.name(t.a.quotes[0].speaker), "Jane Roe");
}

// A670: his/her before a statement noun (possessor-noun) is resolved as a subject pronoun,
// bound first to the nearest agreeing person in its sentence (the sex must agree: `his`
// is a man's, `her` a woman's), else as he/she is; `their` stays unknown.
TEST(ReportedSpeech, APossessivePronounBeforeAStatementNounSpeaks) {
  {
    Annotated t("Tom Baker spoke in Leeds on Monday. The council later rejected his claim that the harbour was unsafe.");
    const Quote* q = quote_spelled(t, "the harbour was unsafe");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
    EXPECT_EQ(q->speaker_rule, "pronoun");
  }
  {
    Annotated t("Jane Roe spoke in Leeds on Monday. The council later rejected her claim that the harbour was unsafe.");
    const Quote* q = quote_spelled(t, "the harbour was unsafe");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {  // `his` is no woman's
    Annotated t("Jane Roe spoke in Leeds on Monday. The council later rejected his claim that the harbour was unsafe.");
    const Quote* q = quote_spelled(t, "the harbour was unsafe");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->speaker, -1);
  }
  {  // the nearest person in the sentence, not the subject of the sentence before
    Annotated t("Tom Baker chairs the harbour board in Leeds. The board forced Sam Hill to drop his belief that the "
                "bridge would open in May.");
    const Quote* q = quote_spelled(t, "the bridge would open in May");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Sam Hill");
  }
  {
    Annotated t("Jane Roe and Tom Baker spoke in Leeds. The council rejected their claim that the harbour was unsafe.");
    const Quote* q = quote_spelled(t, "the harbour was unsafe");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->speaker, -1);
  }
}

// A680: the definite article and a plural demonym speak for the country when the country
// is named before it; not a group of people introduced as such, not without the article.
TEST(ReportedSpeech, APluralDemonymSpeaksForItsCountry) {
  {
    Annotated t("Norway signed the fishing treaty in May. The Norwegians have warned they could close the harbour "
                "to foreign boats.");
    const Quote* q = quote_spelled(t, "they could close the harbour to foreign boats");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Norway");
  }
  {  // after a subordinator
    Annotated t("Norway signed the fishing treaty in May. Few were surprised when the Norwegians announced they "
                "would close the harbour.");
    const Quote* q = quote_spelled(t, "they would close the harbour");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Norway");
  }
  {  // a group of nationals, the country never named
    Annotated t("Four Norwegians were held at the airport on Tuesday. The Norwegians claimed they had lost their "
                "passports.");
    const Quote* q = quote_spelled(t, "they had lost their passports");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->speaker, -1);
  }
  {  // no article: the people, not the state
    Annotated t("Norway signed the fishing treaty in May. Norwegians now say they would vote against it.");
    const Quote* q = quote_spelled(t, "they would vote against it");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(q->speaker, -1);
  }
}

// A681: a named organisation followed by a relative clause set off by commas is the
// subject of the verb after them when a subordinator opens its clause.
TEST(ReportedSpeech, AnOrganisationsRelativeClauseAfterASubordinator) {
  {
    Annotated t("The shares fell sharply when Acme Corp, which makes garden tools, said profits would drop.");
    const Quote* q = quote_spelled(t, "profits would drop");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Acme Corp");
  }
  {
    Annotated t("The talks ended a week after Acme Corp, which had made an earlier offer, said it would raise its bid.");
    const Quote* q = quote_spelled(t, "it would raise its bid");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Acme Corp");
  }
}

// A682: in an apposition before the verb, a person's name that pre-modifies the role of
// the person named last (`Jane Roe's former adviser Tom Baker`) is no subject: the person
// named last is; not after a participle (`quoting X press secretary Y`: the body speaks).
TEST(ReportedSpeech, APersonsNameBeforeARoleInAnAppositionModifiesIt) {
  {
    Annotated t("Sam Hill was in Leeds on Monday. First his wife, longtime Jane Roe aide Ann Long, announced they "
                "were separated.");
    const Quote* q = quote_spelled(t, "they were separated");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Ann Long");
  }
  {
    Annotated t("Jane Roe spoke in Leeds. But Ms Roe's former adviser Tom Baker, now a candidate, said the plans "
                "would cost more.");
    const Quote* q = quote_spelled(t, "the plans would cost more");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Jane Roe will visit Moscow in May, Interfax said. Interfax, quoting Jane Roe press secretary Tom "
                "Baker, said the two leaders had spoken on the telephone.");
    const Quote* q = quote_spelled(t, "the two leaders had spoken on the telephone");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Interfax");
  }
}

// A700: the existential subject and its finite verb open a that-less clause after a
// reporting verb not marked that_optional (`warned there would be`, `admits there is`), and
// after a hearer (`told Radio Kent there was`); not after the bare lemma (`likely to
// complain there was`: no speech yet) nor where `there` is a place adverb.
TEST(ReportedSpeech, AnExistentialSubjectOpensAThatlessClause) {
  {
    Annotated t("The ferry company raised its fares. Tom Baker warned there would be more delays next winter.");
    const Quote* q = quote_spelled(t, "there would be more delays next winter");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The council met on Monday. Jane Roe admits there isn't enough money for the new library.");
    EXPECT_NE(quote_spelled(t, "there isn't enough money for the new library"), nullptr);
  }
  {
    Annotated t("The harbour was quiet. Tom Baker told Radio Kent there was no plan to close the port.");
    const Quote* q = quote_spelled(t, "there was no plan to close the port");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The ferry company raised its fares. Tom Baker is likely to complain there was no warning.");
    EXPECT_EQ(quote_spelled(t, "there was no warning"), nullptr);
  }
  {
    Annotated t("The ferry company raised its fares. Tom Baker announced there on Monday a new timetable for the port.");
    EXPECT_EQ(quote_spelled(t, "there on Monday a new timetable for the port"), nullptr);
  }
}

// A701: a phrase of means, company, place or time span opening on a preposition stands
// between a reporting verb and its `that` (`explained through a spokesman that`, `agreed
// with X that`, `has said for years that`); not a topic (`complained about the plan that
// ...`), a preposition before `that` itself, a span with no time word, nor after a form in
// -ing.
TEST(ReportedSpeech, APrepositionalPhraseStandsBeforeThat) {
  {
    Annotated t("The mayor left office in May. Jane Roe explained through a spokesman that she had resigned for health reasons.");
    const Quote* q = quote_spelled(t, "she had resigned for health reasons");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("The vote was close. Tom Baker agreed with Jane Roe that the new bridge would cost too much.");
    const Quote* q = quote_spelled(t, "the new bridge would cost too much");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The bridge is old. Tom Baker has said for years that the bridge should be replaced.");
    EXPECT_NE(quote_spelled(t, "the bridge should be replaced"), nullptr);
  }
  {
    Annotated t("The bridge is old. Tom Baker complained about the plan that the council adopted last spring.");
    EXPECT_EQ(quote_spelled(t, "the council adopted last spring"), nullptr);
  }
  {
    Annotated t("The bridge is old. Tom Baker pressed for reforms that the council rejected in the spring.");
    EXPECT_EQ(quote_spelled(t, "the council rejected in the spring"), nullptr);
  }
}

// A702: a reporting verb in -ed after a comma and a coordinator is the subject's second
// predicate: the report of a reporting verb before it ends there, and its that-less clause
// is read (`commented on X, but acknowledged it had ...`).
TEST(ReportedSpeech, ACoordinatedSecondPredicateReportsItsOwnClause) {
  {
    Annotated t("The ferry service was cut. Tom Baker commented on the timetable, but acknowledged it had cost the town dearly.");
    const Quote* q = quote_spelled(t, "it had cost the town dearly");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The ferry service was cut. Tom Baker said the timetable had changed both sides agreed it.");
    EXPECT_EQ(quote_spelled(t, "both sides agreed it"), nullptr);
  }
}

// A660 and A622 share one finite-verb test (quotes_indirect.cpp finite_verb_in()): an
// irregular past shows a clause before an inverted report (`CLAUSE, wrote Jane Roe.`) and
// in the first of two coordinated reports (`said fares rose ... and Tom Baker said`), and a
// coordinated subject before its verb is no clause (`said he and his wife believe`).
TEST(ReportedSpeech, OneFiniteVerbTestServesInvertedAndCoordinatedReports) {
  {
    Annotated t("The ferry fares rose again last spring, wrote Jane Roe.");
    const Quote* q = quote_spelled(t, "The ferry fares rose again last spring");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe said fares rose in the spring and Tom Baker said they would fall.");
    const Quote* first = quote_spelled(t, "fares rose in the spring");
    const Quote* second = quote_spelled(t, "they would fall");
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(t.name(first->speaker), "Jane Roe");
    EXPECT_EQ(t.name(second->speaker), "Tom Baker");
  }
  {
    Annotated t("Jane Roe said he and his wife believe the fares are too high.");
    const Quote* q = quote_spelled(t, "he and his wife believe the fares are too high");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
}

// A652 with curly apostrophes (`It’s safe to say`, `it’s worth noting that`): the tokenizer
// makes them straight, so the extraposed comment reads them as `it's` and reports nothing.
TEST(ReportedSpeech, AnExtraposedCommentWithACurlyApostropheReportsNothing) {
  for (const char* text : {"Given his record, it\xE2\x80\x99s safe to say he is referring to the harbour plan.",
                           "It\xE2\x80\x99s worth noting that the mayor has never lost a vote."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text << " -> " << (t.a.quotes.empty() ? "" : t.a.text(t.a.quotes[0].span));
  }
}

// A730: `X used a radio interview to say` is X's report; not when the object speaks
// (`prompted X to say`, `urged the mayor to say`) or the verb is an acting verb (`had a chance to say`).
TEST(ReportedSpeech, AVerbItsObjectAndToGiveTheSubjectsReport) {
  {
    Annotated t("The ferry service was cut. Tom Baker used a radio interview to say the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, "the timetable had cost the town dearly");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The ferry service was cut. Tom Baker had a chance to say the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, "the timetable had cost the town dearly");
    EXPECT_TRUE(q == nullptr || q->speaker < 0);
  }
}

// A731: `Tory peer Lord Roe ..., and said`: a lower-case noun between a party and an
// honorific describes the titled person, who speaks; `Labour met Lord Roe` is no such phrase.
TEST(ReportedSpeech, ANounBeforeAnHonorificDescribesTheTitledPerson) {
  {
    Annotated t("Tory peer Lord Baker said the crews were brave, and said the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, "the timetable had cost the town dearly");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Baker");
  }
  {
    Annotated t("Labour met Lord Baker on Monday, and said the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, "the timetable had cost the town dearly");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Labour Party");
  }
}

// A732: after a causative verb (`led X to say`) the object speaks; the passive `was
// prompted to say` keeps its subject; a name that only modifies the object's head is no speaker.
TEST(ReportedSpeech, ACausativeVerbsObjectSpeaks) {
  const char* clause = "the timetable had cost the town dearly";
  {
    Annotated t("The ferry service was cut. The closure led Tom Baker to say the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The ferry service was cut. Tom Baker was prompted to say the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The ferry service was cut. Jane Roe prompted a Labour donor to say the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_LT(q->speaker, 0);
  }
}

// A742: an official's phrase whose preposition's object is a named organisation followed
// by an apposition or a relative clause (`A spokesman for Acme Corp, which ..., said`) is
// the organisation speaking through its official (GUIDELINES: `a Home Office spokesman
// said` -> Home Office); a phrase of other people (`Customers of Acme Corp, ...`) is not.
TEST(ReportedSpeech, AnOfficialForAnOrganisationWithARelativeClause) {
  {
    Annotated t("Acme Corp cut jobs. A spokesman for Acme Corp, which represents the industry, said the plan was unfair.");
    const Quote* q = quote_spelled(t, "the plan was unfair");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Acme Corp");
  }
  {
    Annotated t("Acme Corp cut jobs. But senior officials at Acme Corp, a maker of tools, said the company would save money.");
    const Quote* q = quote_spelled(t, "the company would save money");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Acme Corp");
  }
  {
    Annotated t("Acme Corp cut jobs. Customers of Acme Corp, which is based in Ohio, said the company would save money.");
    const Quote* q = quote_spelled(t, "the company would save money");
    ASSERT_NE(q, nullptr);
    EXPECT_NE(t.name(q->speaker), "Acme Corp");
  }
}

// A760: a subordinator opens the clause of a person's name set off by an apposition
// before the verb (`a day after Tom Baker, the new harbour master, said`, `because Tom
// Baker, a harbour master, said`): that person speaks.
TEST(ReportedSpeech, ASubordinatorOpensTheClauseOfANameAndItsApposition) {
  const char* clause = "the timetable had cost the town dearly";
  {
    Annotated t("The ferry was cut a day after Tom Baker, the new harbour master, said the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The ferry was cut because Tom Baker, a harbour master, said the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
}

// A761: a lower-case description before a body's name (`ferry operator Zentrix`) does not
// hide the body set off by a relative clause before the verb; a verb form in front of the
// name (`criticised Zentrix, which ...`) still keeps it from opening the clause.
TEST(ReportedSpeech, ADescriptionBeforeABodysNameAndItsRelativeClause) {
  const char* clause = "the timetable had cost the town dearly";
  {
    Annotated t("The service was cut. Ferry operator Zentrix Holdings, which runs the harbour line, said the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Zentrix Holdings");
  }
  {
    Annotated t("The service was cut. Ferry operator Zentrix, which runs the harbour line, said the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Zentrix");
  }
  {
    Annotated t("The council criticised Zentrix, which runs the harbour line, and Tom Baker said the timetable had cost the town dearly.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
}

// A762: a generational suffix in Roman numerals closes a person's name after the surname
// (`Harold Quill IV`): the surname alone, even a common word at a sentence's start, is
// that person later and speaks for them.
TEST(ReportedSpeech, ASurnameBeforeAGenerationalSuffixNamesThePerson) {
  Annotated t("A donor, Harold Pate IV, gave money to the campaign. Pate also told the Gazette he would support the mayor.");
  const Quote* q = quote_spelled(t, "he would support the mayor");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Harold Pate IV");
}

// A781: `elaborate` in its verb forms (speech_verbs.json; not the adjective's `elaborate`)
// reports a clause and attributes a quote.
TEST(ReportedSpeech, ElaboratedIsAVerbOfSpeech) {
  {
    Annotated t("The ferry service was cut. Tom Baker elaborated in a letter to the council that the timetable had cost the "
                "town dearly.");
    const Quote* q = quote_spelled(t, "the timetable had cost the town dearly");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("The ferry service was cut. Tom Baker spoke at the harbour.\n\n\"The way I see it,\" he elaborated, \"the "
                "town has paid dearly for the timetable.\"");
    const Quote* q = quote_spelled(t, "the town has paid dearly for the timetable.");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
}

// Review of the stop-48 merges (rows A741, A750, A770, 18.264): each rule's misfire
// on ordinary copy, and its intended reading kept.
TEST(ReportedSpeech, ReviewOfTheStop48RulesKeepsTheirNarrowReadings) {
  {  // A750: a copula after the lead-in's subject tells what befell the person: no lead-in.
    Annotated t("\"We are heartbroken,\" Mayor Tom Smith said. Jane Roe was 82. \"It is a great loss for all of us.\"");
    const Quote* q = quote_spelled(t, "It is a great loss for all of us.");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Smith");
  }
  {  // A741: a relative clause set off by a comma before the colon: the words are the note's.
    Annotated t("Jane Roe was at the plant on Monday. She met the manager, who handed her a note: \"You are fired, and so is "
                "everyone else.\"");
    const Quote* q = quote_spelled(t, "You are fired, and so is everyone else.");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "(none)");
  }
  {  // A770: a cue after a copula's determiner that opens a clause is a verb with its report.
    Annotated t("Tom Smith runs the company. The problem is the company says it cannot pay its debts.");
    EXPECT_NE(quote_spelled(t, "it cannot pay its debts"), nullptr);
    Annotated noun("Tom Smith runs the company. Whether it can pay its debts is an unsettled question.");
    EXPECT_EQ(noun.a.quotes.size(), 0u);
  }
  {  // 18.264: only a fixed participle modifies a role noun; `attacking actress X` is an attack.
    Annotated t("Tom Smith spent Sunday attacking actress Jane Roe on Twitter.");
    EXPECT_TRUE(t.has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
    Annotated title("Tom Smith beat defending champion Jane Roe in the final.");
    EXPECT_FALSE(title.has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  }
}

// A800: a speech verb in -ing after `for` or `of` (gerund_prepositions) that follows a
// verb's object: the object speaks (`fined X for saying`); an unnamed person noun there
// (`suspended a candidate for suggesting`) leaves no speaker; a verb of verbal judgement
// (`praised X for saying`, `accused X of claiming`), a passive's agent (`was criticised by X
// for saying`) or an object that is no person (`drew criticism for saying`) keeps the
// clause's subject.
TEST(ReportedSpeech, AGerundAfterForOrOfIsTheObjectsSpeech) {
  const char* clause = "the bridge was safe";
  {
    Annotated t("The county council fined Tom Baker for saying the bridge was safe.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
  {
    Annotated t("Bill Dean praised Mary Jones for saying that the bridge was safe.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Bill Dean");
  }
  {
    Annotated t("The Green Party has dropped a candidate for reportedly claiming the bridge was safe.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_LT(q->speaker, 0);
  }
  {
    Annotated t("Jane Roe was criticised by Tom Baker for saying that the bridge was safe.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Tom Baker drew criticism for saying that the bridge was safe.");
    const Quote* q = quote_spelled(t, clause);
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Tom Baker");
  }
}

// Rows A790-A791: a subject named before a long relative clause, or before an apposition
// and an aside between dashes that holds commas, speaks; a relative clause closed before
// the main verb of an inverted report does not (the report is the trailing speaker's).
TEST(ReportedSpeech, SubjectBeforeLongAsidesSpeaks) {
  {  // A790: a relative clause of more than 30 tokens before the verb and its time phrase.
    Annotated t("Talk show host Jane Roe, who since the appointment of Acme News executive Tom Smith as head of Bill "
                "Jones's campaign has thrown restraint aside in denouncing the party's presidential nominee, on "
                "Friday declared Jones was a threat to democracy.");
    const Quote* q = quote_spelled(t, "Jones was a threat to democracy");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {  // A791: an aside between dashes holding commas, after an apposition set off by a comma.
    Annotated t("Mary Brown, communications director of the advocacy group Democracy for Ohio, or DFO - which was founded "
                "by former Ohio governor Tom Smith after his 2004 campaign and which has endorsed Jones - said Jones has "
                "several options.");
    const Quote* q = quote_spelled(t, "Jones has several options");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Mary Brown");
    Annotated direct("John Dickey, the managing director of Fernby Media -- the firm that owns the programme, which is also "
                     "shown on the site of Fernby -- told me, \"We're a studio for hire; we're making deals with people.\"");
    const Quote* d = quote_spelled(direct, "We're a studio for hire; we're making deals with people.");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(direct.name(d->speaker), "John Dickey");
  }
  {  // A790 stays narrow: a mark inside the clause before the speaker phrase.
    Annotated t("Kate Lowe, who was 31 and had a two-year-old son, was Miss Fernby in 2004 and went on to a London-"
                "based acting career that included roles with French director Tom Smith and the Harbury theatre, "
                "the Acme Herald newspaper said.");
    for (const auto& q : t.a.quotes) EXPECT_NE(t.name(q.speaker), "Kate Lowe") << t.a.text(q.span);
  }
}

// Row A793: a verb in -s after a comma, coordinated with no conjunction with the verb of
// the named subject that opens the sentence, is that subject's; not an inverted `, says X`.
TEST(ReportedSpeech, AsyndeticPresentVerbTakesTheOpeningSubject) {
  Annotated t("Jane Roe wins Ohio, vows to press on to the next primary.");
  const Quote* q = quote_spelled(t, "to press on to the next primary");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  Annotated inverted("Tom Smith arrived in Leeds on Monday. The plan will pass next year, says Jane Roe, the mayor.");
  const Quote* i = quote_spelled(inverted, "The plan will pass next year");
  ASSERT_NE(i, nullptr);
  EXPECT_EQ(inverted.name(i->speaker), "Jane Roe");
}

// A830: an infinitive complement ends before a comma and a free participle adjunct (a verb
// in -ing with its object or complement), with or without a subordinator, the reporter's
// words on what the speaker did by vowing; not before a preposition in -ing (`, including`),
// a noun in -ing in a list, nor a participle after another in the complement; a finite
// reported clause keeps its participle.
TEST(ReportedSpeech, AnInfinitiveComplementEndsBeforeAFreeParticipleAdjunct) {
  {
    Annotated t("Jane Roe vowed to rebuild the village school, reversing its long neglect by the council.");
    const Quote* q = quote_spelled(t, "to rebuild the village school");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
  {
    Annotated t("Jane Roe pledged to cut the harbour fees, while blaming the port authority for the delays.");
    EXPECT_NE(quote_spelled(t, "to cut the harbour fees"), nullptr);
  }
  {
    Annotated t("Jane Roe pledged to fund new schools, including two in the northern valley.");
    EXPECT_NE(quote_spelled(t, "to fund new schools, including two in the northern valley"), nullptr);
  }
  {
    Annotated l("Jane Roe promised to defend the record on the economy, bus fares and parks.");
    EXPECT_EQ(quote_spelled(l, "to defend the record on the economy"), nullptr);
    Annotated g("Jane Roe pledged to focus on mending roads, seeking to cut fees and handing power to villages.");
    EXPECT_EQ(quote_spelled(g, "to focus on mending roads"), nullptr);
  }
  {
    Annotated t("Jane Roe said the council would rebuild the school, reversing years of neglect.");
    EXPECT_NE(quote_spelled(t, "the council would rebuild the school, reversing years of neglect"), nullptr);
  }
}

// Rule A820: a lead-in's verb with no object that is no speech verb or gesture tells an event
// that befell its subject (`Jane Roe died on Monday.`): the next quote is no lead-in's, the
// previous speaker goes on; a gesture, an object or an infinitive still leads in.
TEST(ReportedSpeech, AnEventBeforeAQuoteIsNoLeadIn) {
  const std::string before = "\"We are heartbroken,\" Mayor Tom Smith said. ";
  const std::string quote = " \"It is a great loss for all of us.\"";
  for (const char* event : {"Jane Roe died on Monday.", "Jane Roe, 82, died in Boston last week.", "Jane Roe retired."}) {
    Annotated t(before + event + quote);
    const Quote* q = quote_spelled(t, "It is a great loss for all of us.");
    ASSERT_NE(q, nullptr) << event;
    EXPECT_EQ(t.name(q->speaker), "Tom Smith") << event;
  }
  for (const char* lead : {"Jane Roe nodded.", "Jane Roe shook her head.", "Jane Roe smiled.", "Jane Roe wants to run again."}) {
    Annotated t(before + lead + quote);
    const Quote* q = quote_spelled(t, "It is a great loss for all of us.");
    ASSERT_NE(q, nullptr) << lead;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << lead;
  }
}

// Review of the stop-49 merges: A820 reads no event in a phrasal verb (`weighed in on`) or a
// preposition before a body where the person spoke (`took to Twitter`, `appeared on CNN`);
// A830 cuts no infinitive complement before a preposition in -ing (`, excluding ...`).
TEST(ReportedSpeech, ReviewOfTheStop49RulesKeepsTheirNarrowReadings) {
  const std::string before = "\"We will win this fight,\" Mayor Tom Smith said. ";
  const std::string quote = " \"This is a disgrace.\"";
  for (const char* lead : {"Jane Roe took to Twitter on Monday.", "Jane Roe appeared on CNN on Sunday.",
                           "Jane Roe weighed in on the dispute."}) {
    Annotated t(before + lead + quote);
    const Quote* q = quote_spelled(t, "This is a disgrace.");
    ASSERT_NE(q, nullptr) << lead;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << lead;
  }
  Annotated died(before + "Jane Roe died on Monday." + quote);
  const Quote* d = quote_spelled(died, "This is a disgrace.");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(died.name(d->speaker), "Tom Smith");
  Annotated pledge("Jane Roe promised to cut taxes on all goods, excluding the food sector.");
  EXPECT_NE(quote_spelled(pledge, "to cut taxes on all goods, excluding the food sector"), nullptr);
}

// Rule A870: the text before `, X VERB.` that is a free participle adjunct of the
// attribution's own verb (`Weighing in on the debate, ...`) or an adverbial after a
// coordinator (`But in July 2012, ...`) is no reported clause; a gerund subject with its
// verb and a plural subject with a bare present verb still are.
TEST(ReportedSpeech, AFreeParticipleAdjunctBeforeTheSubjectReportsNothing) {
  Annotated weigh("Weighing in on the long debate about the harbour, former mayor Jane Roe agreed.");
  EXPECT_FALSE(some_quote_starts(weigh, "Weighing")) << weigh.a.quotes.size();
  Annotated but("The mill kept its workers for a decade. But in July 2012, the mill closed as predicted.");
  EXPECT_FALSE(some_quote_starts(but, "But in July"));
  Annotated rising("Rising harbour fees worry the fishermen of the town, Jane Roe said.");
  EXPECT_NE(quote_spelled(rising, "Rising harbour fees worry the fishermen of the town"), nullptr);
  Annotated want("Voters want a new bridge over the river, Jane Roe said.");
  const Quote* q = quote_spelled(want, "Voters want a new bridge over the river");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(want.name(q->speaker), "Jane Roe");
}

// Rule A871: a one-sentence `NAME: WORDS` paragraph inside an article whose next paragraph
// names the same person again, with no label and no quotation marks of its own, is a
// section heading (`Roe: Now or never.`), no report; a transcript's next turn and a
// headline still report.
TEST(ReportedSpeech, ANameAndColonHeadingASectionAboutThePersonReportsNothing) {
  Annotated heading("Here is what each candidate needs on Tuesday.\n\nRoe: Now or never for the mayor.\n\nJane Roe, who "
                    "has held forty town halls, needs a strong finish in the north.");
  for (const auto& q : heading.a.quotes) EXPECT_NE(q.rule, "colon-report") << heading.a.text(q.span);
  Annotated turn("The debate went on.\n\nJohn Doe: I think the plan will work for everyone.\n\nJANE ROE: John Doe is wrong "
                 "about the plan.");
  const Quote* q = quote_spelled(turn, "I think the plan will work for everyone");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(turn.name(q->speaker), "John Doe");
  Annotated headline("Jane Roe: Council must act on housing now\n\nJane Roe, the mayor of Bigtown, spoke on Monday.");
  EXPECT_NE(quote_spelled(headline, "Council must act on housing now"), nullptr);
}

// Rule A872: a reported clause after its cue ends before `, as` and a finite auxiliary or
// copula, a comparison of the writer's in inverted order (`, as has the mayor`, `, as was
// the case with ...`); `as` without the comma, or before a subject, stays in the clause.
TEST(ReportedSpeech, AReportedClauseEndsBeforeAnInvertedComparisonWithAs) {
  Annotated has("Jane Roe said she will not back the harbour plan, as has the mayor of Leeds.");
  const Quote* q = quote_spelled(has, "she will not back the harbour plan");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(has.name(q->speaker), "Jane Roe");
  Annotated was("Jane Roe said she does not hold the meetings in public, as was the case with the vote in May.");
  EXPECT_NE(quote_spelled(was, "she does not hold the meetings in public"), nullptr);
  Annotated keep("Jane Roe said the harbour was as busy as it had been in 2010.");
  EXPECT_NE(quote_spelled(keep, "the harbour was as busy as it had been in 2010"), nullptr);
  Annotated subject("Jane Roe said the fees will rise, as the council has warned for months.");
  EXPECT_NE(quote_spelled(subject, "the fees will rise, as the council has warned for months"), nullptr);
}

// Rule A873: a noun cue after a comma and another verb (`, denounced X's remarks.`, `,
// tweeted a warning.`) is that verb's object, no inverted subject: the text before the comma
// is the subject and its aside, no report; after a verb of saying it still heads an
// inverted subject (`CLAUSE, says a new council report.`).
TEST(ReportedSpeech, ANounCueAfterACommaAndAVerbOtherThanSayingIsItsObject) {
  Annotated denounced("Jane Roe, the mayor of Leeds who served two terms, denounced Tom Smith's remarks.");
  EXPECT_FALSE(some_quote_starts(denounced, "Jane Roe"));
  Annotated warning("On the other side, Jane Roe, the mayor of Leeds who ran twice, tweeted a warning.");
  EXPECT_FALSE(some_quote_starts(warning, "On the other side"));
  Annotated says("The harbour will close for repairs next spring, says a new council report.");
  EXPECT_NE(quote_spelled(says, "The harbour will close for repairs next spring"), nullptr);
}

// Row A880: the past of a gesture whose -s form is in gesture_verbs (`turned` by `turns`,
// `looked` by `looks`) leads in to the next quote like the listed forms; an event still does not.
TEST(ReportedSpeech, ThePastOfAListedGestureLeadsIn) {
  const std::string before = "\"We are heartbroken,\" Mayor Tom Smith said. ";
  const std::string quote = " \"It is a great loss for all of us.\"";
  for (const char* lead : {"Jane Roe turned to the cameras.", "Jane Roe looked at the crowd."}) {
    Annotated t(before + lead + quote);
    const Quote* q = quote_spelled(t, "It is a great loss for all of us.");
    ASSERT_NE(q, nullptr) << lead;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << lead;
  }
  Annotated moved(before + "Jane Roe moved to the capital." + quote);
  const Quote* m = quote_spelled(moved, "It is a great loss for all of us.");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(moved.name(m->speaker), "Tom Smith");
}

// Row A881: a participle whose only complement is a time phrase closing an infinitive
// complement dates the promised act and stays in it; a participle with an object or a clause
// after the time is still the reporter's adjunct (A830).
TEST(ReportedSpeech, AnInfinitiveComplementKeepsAParticipleOfTime) {
  Annotated t("Jane Roe promised to cut the harbour fees, starting in January.");
  EXPECT_NE(quote_spelled(t, "to cut the harbour fees, starting in January"), nullptr);
  Annotated y("Jane Roe vowed to hire more nurses, beginning this year.");
  EXPECT_NE(quote_spelled(y, "to hire more nurses, beginning this year"), nullptr);
  Annotated s("Jane Roe pledged to close the old mine, saying on Monday that it was unsafe.");
  EXPECT_NE(quote_spelled(s, "to close the old mine"), nullptr);
}

// Row A882: a person named after `of` and a plural role noun (`Supporters of X`, `Critics of
// X`) names the group that speaks, unnamed; a post's preposition (`aides to X`) and a
// spokesman still give the person, whom the post serves.
TEST(ReportedSpeech, AGroupOfAPersonSpeaksNotThePerson) {
  for (const char* text : {"Supporters of Jane Roe said the count was unfair.", "Critics of Mr. Roe say the harbour plan will fail.",
                           "\"The count was unfair,\" supporters of Jane Roe said."}) {
    Annotated t(text);
    ASSERT_FALSE(t.a.quotes.empty()) << text;
    EXPECT_EQ(t.name(t.a.quotes.front().speaker), "(none)") << text;
  }
  Annotated aides("Aides to Jane Roe said the count was unfair.");
  ASSERT_FALSE(aides.a.quotes.empty());
  EXPECT_EQ(aides.name(aides.a.quotes.front().speaker), "Jane Roe");
}

// Row A883: after a verb that takes a hearer, the hearer closed by a colon is the verb's
// object, not the report's first words; a colon inside another verb's clause stays.
TEST(ReportedSpeech, AHearerBeforeAColonIsNoPartOfTheReport) {
  Annotated t("Jane Roe told reporters: the harbour plan is dead and will not come back.");
  const Quote* q = quote_spelled(t, "the harbour plan is dead and will not come back");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  EXPECT_FALSE(some_quote_starts(t, "reporters"));
  Annotated s("Jane Roe said the plan fails for one reason: the money ran out.");
  EXPECT_NE(quote_spelled(s, "the plan fails for one reason: the money ran out"), nullptr);
}

// Row A884: a hyphenated name in a transcript's label (`JEAN-PAUL SMITH:`) opens a turn as
// an unhyphenated one does.
TEST(ReportedSpeech, AHyphenatedNameLabelsATranscriptTurn) {
  Annotated t("Jean-Paul Smith spoke to the panel on Monday.\n\nJEAN-PAUL SMITH: We will fight on and we will win.\n");
  const Quote* q = quote_spelled(t, "We will fight on and we will win");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->rule, "colon-report");
  EXPECT_EQ(t.name(q->speaker), "Jean-Paul Smith");
}

// Row A885 (narrows A870): a name or a word like `Nothing` in -ing before its verb is the
// subject of a reported clause, no participle adjunct; a participle adjunct still reports
// nothing.
TEST(ReportedSpeech, AnIngNameBeforeItsVerbOpensAReportedClause) {
  Annotated beijing("Beijing denied the charge, a spokesman said.");
  EXPECT_NE(quote_spelled(beijing, "Beijing denied the charge"), nullptr);
  Annotated sterling("Sterling fell against the dollar, analysts said.");
  EXPECT_NE(quote_spelled(sterling, "Sterling fell against the dollar"), nullptr);
  Annotated nothing("Nothing changed after the vote, Jane Roe said.");
  const Quote* q = quote_spelled(nothing, "Nothing changed after the vote");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(nothing.name(q->speaker), "Jane Roe");
  Annotated weigh("Weighing in on the debate, Jane Roe agreed.");
  EXPECT_FALSE(some_quote_starts(weigh, "Weighing"));
}

// Row A886 (narrows A871): `NAME: WORDS` whose words show a finite verb is the speaker's
// report even when the next paragraph names the speaker; a phrase without one is a heading.
TEST(ReportedSpeech, ANameAndColonBeforeAFiniteClauseReports) {
  Annotated clause("Voters went to the polls on Monday.\n\nHillary Clinton: We will win Ohio and then the nomination.\n\n"
                   "Clinton has led the polls in Ohio since June.");
  const Quote* q = quote_spelled(clause, "We will win Ohio and then the nomination");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(clause.name(q->speaker), "Hillary Clinton");
  Annotated heading("Voters went to the polls on Monday.\n\nHillary Clinton: Now or never for the campaign.\n\n"
                    "Clinton, who has won one state, needs a win in Ohio.");
  for (const auto& h : heading.a.quotes) EXPECT_NE(h.rule, "colon-report") << heading.a.text(h.span);
  Annotated later("The vote went badly for the mayor.\n\nJane Roe: See you later?\n\nJane Roe's campaign ran out of money.");
  for (const auto& h : later.a.quotes) EXPECT_NE(h.rule, "colon-report") << later.a.text(h.span);
}

// Row A887 (narrows A883): a lexical finite verb before the colon, or `that`, makes the
// colon part of the reported clause; a bare hearer before the colon is still the verb's.
TEST(ReportedSpeech, AColonAfterAFiniteVerbStaysInTheReport) {
  Annotated bare("Jane Roe told reporters Britain needed one thing: a strong leader.");
  EXPECT_EQ(quote_spelled(bare, "a strong leader"), nullptr);
  EXPECT_EQ(bare.a.quotes.size(), 1u);
  Annotated that("Jane Roe told reporters that Britain needed one thing: a strong leader.");
  EXPECT_NE(quote_spelled(that, "Britain needed one thing: a strong leader"), nullptr);
  Annotated hearer("Jane Roe told reporters: the plan is dead.");
  EXPECT_NE(quote_spelled(hearer, "the plan is dead"), nullptr);
}

// Row A888 (narrows A881 and A860): a capitalised word is a time word only as a day or a
// month, so a participle of place still ends the infinitive complement; a time aside set
// off after the verb is the verb's own adjunct, a condition still opens the clause.
TEST(ReportedSpeech, OnlyADayOrMonthMakesATimePhrase) {
  Annotated leeds("Jane Roe vowed to fight on, speaking in Leeds.");
  EXPECT_NE(quote_spelled(leeds, "to fight on"), nullptr);
  Annotated january("Jane Roe vowed to cut taxes, starting in January.");
  EXPECT_NE(quote_spelled(january, "to cut taxes, starting in January"), nullptr);
  Annotated monday("Jane Roe said, on Monday, the plan would fail.");
  EXPECT_NE(quote_spelled(monday, "the plan would fail"), nullptr);
  Annotated week("Jane Roe said, last week, the plan would fail.");
  EXPECT_NE(quote_spelled(week, "the plan would fail"), nullptr);
  Annotated meeting("Jane Roe said, after the meeting, the plan was dead.");
  EXPECT_NE(quote_spelled(meeting, "the plan was dead"), nullptr);
  Annotated elected("Jane Roe said, if elected, she would cut taxes.");
  EXPECT_NE(quote_spelled(elected, "if elected, she would cut taxes"), nullptr);
}

// Row A889 (narrows A872): a modal after `, as` is the speaker's own forecast and stays in
// the clause; a copula or a perfect auxiliary still ends it.
TEST(ReportedSpeech, AModalAfterAsStaysInTheReportedClause) {
  Annotated would("Jane Roe said inflation would rise, as would interest rates.");
  EXPECT_NE(quote_spelled(would, "inflation would rise, as would interest rates"), nullptr);
  Annotated were("Jane Roe said the deal was done, as were the talks on trade.");
  EXPECT_NE(quote_spelled(were, "the deal was done"), nullptr);
}

// Row A930: a cue's base form in a use that reports nothing: `tell` with no hearer before
// `if`/`whether` (`know`), and the interjection `say` set off by commas (`for example`).
TEST(ReportedSpeech, TellBeforeIfOrWhetherWithNoHearerReportsNothing) {
  for (const char* text : {"Only time will tell if the mayor can win the vote in Leeds.",
                           "It is too early to tell whether the harbour plan will pay for itself."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
  Annotated hearer("Jane Roe told reporters whether the council would meet on Monday.");
  EXPECT_FALSE(hearer.a.quotes.empty());
  Annotated asked("Jane Roe asked whether the council would meet on Monday.");
  EXPECT_NE(quote_spelled(asked, "whether the council would meet on Monday"), nullptr);
}

TEST(ReportedSpeech, SayBetweenCommasIsAnInterjection) {
  Annotated t("Even if she narrows the gap to, say, single digits, the mayor could still win the vote.");
  EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  Annotated plain("The harbour plan will fail, say the mayor's own advisers.");
  EXPECT_FALSE(plain.a.quotes.empty());
}

// Row A931: `add X to Y` (a verb marked np_object, its object and `to` before a determiner,
// possessive or number) adds a thing, reports no clause; a that-clause or a clause whose
// finite verb comes before `to` still reports.
TEST(ReportedSpeech, AddSomethingToSomethingReportsNothing) {
  for (const char* text : {"It was the start of a year in which she could add another job title to her resume.",
                           "The account from the harbour master adds a critical voice to the public record on the flood, "
                           "an event that even three inquiries missed.",
                           "But the police also worry that deep cuts could add fuel to the unrest.",
                           "The receipts in my drawer come to the sum I must put aside every week."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
  Annotated that("Jane Roe added that the visit to the plant would go ahead on Monday.");
  EXPECT_NE(quote_spelled(that, "the visit to the plant would go ahead on Monday"), nullptr);
  Annotated verb_first("Jane Roe added the trip was cut to two days.");
  EXPECT_NE(quote_spelled(verb_first, "the trip was cut to two days"), nullptr);
  Annotated verb_after("Jane Roe added the visit to the plant would go ahead on Monday.");
  EXPECT_NE(quote_spelled(verb_after, "the visit to the plant would go ahead on Monday"), nullptr);
}

// Row A932: a coordinator right after a verb of saying joins a second verb to it; no
// reported clause opens on it.
TEST(ReportedSpeech, ACoordinatorAfterTheVerbOpensNoClause) {
  for (const char* text : {"What the mayor says and promises is now the measure of the council.",
                           "Voters would back a candidate who said and did the very things Jane Roe did."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << t.a.text(t.a.quotes.front().span);
  }
  Annotated clause("Jane Roe said the plan was dead and the council agreed.");
  EXPECT_FALSE(clause.a.quotes.empty());
}

// Row A901 (extends A650): a summative appositive headed by a noun of statement or plan
// (claim_nouns, plan_nouns) with no article before a relative word ends the reported
// clause; an object relative after an article may open on a quantifier.
TEST(ReportedSpeech, ASummativeAppositiveOnTheReportEndsIt) {
  Annotated remarks("Jane Roe said the council had wasted millions, remarks that were featured on local radio.");
  EXPECT_NE(quote_spelled(remarks, "the council had wasted millions"), nullptr);
  Annotated quantifier("Jane Roe proposed that the city build a new bridge, an idea several councillors have backed.");
  EXPECT_NE(quote_spelled(quantifier, "the city build a new bridge"), nullptr);
  Annotated person("Jane Roe said she met the new mayor, a lawyer who grew up in Leeds.");
  EXPECT_NE(quote_spelled(person, "she met the new mayor, a lawyer who grew up in Leeds"), nullptr);
  Annotated plan("Jane Roe said the council would build a new bridge, a plan that would cost the ward dearly.");
  EXPECT_NE(quote_spelled(plan, "the council would build a new bridge, a plan that would cost the ward dearly"), nullptr);
  Annotated some("Jane Roe said prices rose, a rise some 10 percent above the forecast.");
  EXPECT_NE(quote_spelled(some, "prices rose, a rise some 10 percent above the forecast"), nullptr);
}

// A1010: a headline may report its clause with the source after a verb of saying in a
// present form and no comma (`House prices rebound says Halifax`): the words before the verb
// are the quote, the name after it the speaker. Not a verb that takes an object (`chides`),
// nor outside a headline.
TEST(ReportedSpeech, AHeadlineReportsItsClauseBeforeAVerbOfSayingAndItsSourceWithNoComma) {
  Annotated t("More tax cuts ahead says Roe\n\nTaxes will fall next year if Labour wins, the chancellor Jane Roe has said.");
  const Quote* q = quote_spelled(t, "More tax cuts ahead");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, Quote::Kind::Indirect);
  EXPECT_EQ(q->rule, "indirect-inverted");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  // Flattened copy: the headline is recovered (sentences.cpp, A1011) and reports the same.
  Annotated flat("More tax cuts ahead says Roe Taxes will fall next year if Labour wins, the chancellor Jane Roe has said.");
  const Quote* f = quote_spelled(flat, "More tax cuts ahead");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(flat.name(f->speaker), "Jane Roe");
  ASSERT_NE(quote_spelled(flat, "Taxes will fall next year if Labour wins"), nullptr);
  EXPECT_FALSE(some_quote_starts(flat, "More tax cuts ahead says"));
  Annotated object("Bank of Leeds head chides Regulator\n\nThe head of the Bank of Leeds has criticised the regulator.");
  for (const auto& o : object.a.quotes) EXPECT_NE(o.rule, "indirect-inverted") << object.a.text(o.span);
}

// A1055 (beside A652): `it`, a modal (or `has to`), up to two adverbs, the passive's
// auxiliary and a speech verb is the writer's comment, no report; a copula's passive
// (`It was said that`) reports what unnamed others said, and a referring `it` before an
// adverb or a negator and the verb (`it would then say`) is left to the other rules.
TEST(ReportedSpeech, AModalPassiveWithAnExtraposedItReportsNothing) {
  for (const char* text : {"It should be noted that the city budget has doubled since 2010.",
                           "It could be argued that the plan came too late for the port.",
                           "It has to be said the new stadium looks better than the old one.",
                           "It must also be stressed that the figures are provisional.",
                           "Still, it cannot be denied that the ferry runs late."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text << " -> " << (t.a.quotes.empty() ? "" : t.a.text(t.a.quotes[0].span));
  }
  Annotated past("It was said that the minister would resign before the summer.");
  EXPECT_NE(quote_spelled(past, "the minister would resign before the summer"), nullptr);
  Annotated referring("The agency said it would then say that the results were final.");
  EXPECT_NE(quote_spelled(referring, "the results were final"), nullptr);
  Annotated named("It should be noted that the port is closed, John Doe said.");
  EXPECT_NE(quote_spelled(named, "It should be noted that the port is closed"), nullptr);
}

// A1056: `than` (word list not_clause_openers) opens no that-less reported clause: a verb
// of saying before it is the second term of a comparison (`easier said than done`, `a bigger
// say than`), not a report; a clause after it with `that` is still reported.
TEST(ReportedSpeech, ThanAfterAVerbOfSayingOpensNoClause) {
  Annotated done("Fixing the roof was easier said than done for the old couple.");
  EXPECT_FALSE(some_quote_starts(done, "than")) << done.a.quotes.size();
  Annotated say("Parents on the board now have a bigger say than they had under the old head.");
  EXPECT_TRUE(say.a.quotes.empty()) << (say.a.quotes.empty() ? "" : say.a.text(say.a.quotes[0].span));
  Annotated clause("Jane Roe said that the harbour would cost more than the bridge.");
  EXPECT_NE(quote_spelled(clause, "the harbour would cost more than the bridge"), nullptr);
}

// A1065: a sentence around a parenthetical attribution (A32) is reported in two pieces,
// the words before the attribution and the words after it, each with the speaker; the
// attribution is in neither, and a piece of fewer than three words is none.
TEST(ReportedSpeech, AParentheticalAttributionSplitsItsSentenceInTwo) {
  {
    Annotated t("The biggest risk to the plan, Jane Roe said, was the council's shrinking budget for road repairs.");
    const Quote* first = quote_spelled(t, "The biggest risk to the plan");
    const Quote* second = quote_spelled(t, "was the council's shrinking budget for road repairs");
    ASSERT_NE(first, nullptr);
    ASSERT_NE(second, nullptr);
    EXPECT_EQ(t.name(first->speaker), "Jane Roe");
    EXPECT_EQ(t.name(second->speaker), "Jane Roe");
    EXPECT_EQ(first->kind, Quote::Kind::Indirect);
    EXPECT_EQ(second->rule, "indirect-parenthetical");
    for (const auto& q : t.a.quotes) EXPECT_EQ(t.a.text(q.span).find("said"), std::string_view::npos) << t.a.text(q.span);
  }
  {
    // a sentence adverbial too short to hold is no quote; the words after it are one
    Annotated t("However, Jane Roe said, the new bridge will not open before the summer.");
    const Quote* q = quote_spelled(t, "the new bridge will not open before the summer");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
    EXPECT_FALSE(some_quote_starts(t, "However"));
  }
  {
    // a short subject stays with its predicate: the one quote around the attribution
    Annotated t("Jane Roe spoke to the council. This plan, she said, would close two schools in the spring.");
    const Quote* q = quote_spelled(t, "This plan, she said, would close two schools in the spring");
    ASSERT_NE(q, nullptr);
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
    EXPECT_EQ(quote_spelled(t, "would close two schools in the spring"), nullptr);
  }
  {
    // an attribution inside a relative clause splits nothing (`..., which, critics say, ...`)
    Annotated t("The new law obliges every firm to file a yearly report, which, Jane Roe said, will add to their costs.");
    EXPECT_NE(quote_spelled(t, "The new law obliges every firm to file a yearly report, which, Jane Roe said, will add to their costs"), nullptr);
    EXPECT_EQ(quote_spelled(t, "will add to their costs"), nullptr);
  }
}

// A1072: the word that really precedes a parenthetical attribution is read through a word set
// off by commas (`and, therefore, it says,`) or an adverb in -ly after a finite auxiliary (`is
// rarely, the institute says,`); `that` after a verb of saying is its complementizer
// (`claiming that, as X said,`); a past participle that `by` after the attribution goes on
// (`as proved, he claimed, by ...`, `left, they claim, by ...`): each stands inside a phrase
// and keeps A32's one quote, no piece cut inside it.
TEST(ReportedSpeech, AnAttributionAfterAnAdverbOrAParticipleInsideAPhraseSplitsNothing) {
  const struct {
    const char* text;
    const char* whole;
    const char* cut;
  } cases[] = {
      {"The study stresses the value of fresh air to a child's growth and, therefore, Jane Roe says, to calmer classrooms and better marks.",
       "The study stresses the value of fresh air to a child's growth and, therefore, Jane Roe says, to calmer classrooms and better marks",
       "to calmer classrooms and better marks"},
      {"In the valley there is rarely, Jane Roe says, any sort of building boom after a flood.",
       "In the valley there is rarely, Jane Roe says, any sort of building boom after a flood", "In the valley there is rarely"},
      {"The lead was now so small - as proved, Jane Roe claimed, by the defection of a senior minister - that only her party offered a choice.",
       "The lead was now so small - as proved, Jane Roe claimed, by the defection of a senior minister - that only her party offered a choice",
       "The lead was now so small - as proved"},
      {"The plan would fill the hole left, Jane Roe claims, by the previous mayor, and the rest would go in tax cuts.",
       "The plan would fill the hole left, Jane Roe claims, by the previous mayor, and the rest would go in tax cuts",
       "The plan would fill the hole left"},
      {"The growers stay doubtful, claiming that, as Jane Roe said, if the grant is not paid by the ministry, no wells will be dug.",
       "The growers stay doubtful, claiming that, as Jane Roe said, if the grant is not paid by the ministry, no wells will be dug",
       "The growers stay doubtful, claiming that"},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    const Quote* q = quote_spelled(t, c.whole);
    ASSERT_NE(q, nullptr) << c.text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << c.text;
    EXPECT_EQ(quote_spelled(t, c.cut), nullptr) << c.text;
  }
  // a comma-delimited adverb after a noun, or an agent `by` after no participle, still splits
  Annotated noun("He has built this lead, Jane Roe believes, by a careful mix of local campaigns and national advertising.");
  EXPECT_NE(quote_spelled(noun, "He has built this lead"), nullptr);
  EXPECT_NE(quote_spelled(noun, "by a careful mix of local campaigns and national advertising"), nullptr);
}

// A1073: a first piece too short to hold is the subject when the words after the attribution
// open on a finite auxiliary or a past verb, a predicate without a subject of its own:
// `Nobody, he claimed, could picture ...` keeps the one quote (alone, `could picture ...`
// says the opposite); an adverbial opener is still dropped.
TEST(ReportedSpeech, AShortSubjectBeforeASubjectlessPredicateKeepsTheOneQuote) {
  for (const char* text : {"Nobody, Jane Roe claimed, could picture the party leader walking into the palace after the vote.",
                           "Everyone, Jane Roe said, knew the bridge was unsafe before the storm.",
                           "Last year, Jane Roe said, was all about deals and partnerships for the firm."}) {
    Annotated t(text);
    std::string whole(text);
    whole.pop_back();
    const Quote* q = quote_spelled(t, whole);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe") << text;
    EXPECT_EQ(t.a.quotes.size(), 1u) << text;
  }
  Annotated adverbial("Already, Jane Roe said, the council has closed two schools in the north.");
  EXPECT_NE(quote_spelled(adverbial, "the council has closed two schools in the north"), nullptr);
  EXPECT_FALSE(some_quote_starts(adverbial, "Already"));
}

// A1074: two parenthetical attributions in one sentence give pieces that do not overlap: the
// first's second piece ends at the second's opening comma, and the second's first piece is
// that piece, not reported again; no piece holds an attribution.
TEST(ReportedSpeech, TwoParentheticalAttributionsGiveNoOverlappingPieces) {
  Annotated t("The Wexford attack, Jane Roe says, is just the latest sign of the party losing its way - a by-product, she claims, of the rivals setting the agenda.");
  EXPECT_NE(quote_spelled(t, "The Wexford attack"), nullptr);
  EXPECT_NE(quote_spelled(t, "is just the latest sign of the party losing its way - a by-product"), nullptr);
  EXPECT_NE(quote_spelled(t, "of the rivals setting the agenda"), nullptr);
  EXPECT_EQ(t.a.quotes.size(), 3u);
  for (std::size_t i = 0; i < t.a.quotes.size(); ++i) {
    const std::string_view s = t.a.text(t.a.quotes[i].span);
    EXPECT_EQ(s.find("says"), std::string_view::npos) << s;
    EXPECT_EQ(s.find("claims"), std::string_view::npos) << s;
    for (std::size_t j = i + 1; j < t.a.quotes.size(); ++j)
      EXPECT_TRUE(t.a.quotes[i].span.end <= t.a.quotes[j].span.begin || t.a.quotes[j].span.end <= t.a.quotes[i].span.begin)
          << s << " / " << t.a.text(t.a.quotes[j].span);
  }
}

// A1076 (narrows A1055): the writer's modal passive needs a past participle; `it`, a modal
// and a base form are an active clause whose `it` refers, and its report is kept. A1083
// (widens A1055): `have been` after the modal is the passive's auxiliary too.
TEST(ReportedSpeech, AModalBeforeABaseFormIsNoWritersPassive) {
  for (const char* text : {"The ferry company met on Monday. The company said it will soon announce that fares will rise in May.",
                           "The ferry company met on Monday. The company said it will first argue that fares will rise in May."}) {
    Annotated t(text);
    EXPECT_NE(quote_spelled(t, "fares will rise in May"), nullptr) << text;
  }
  Annotated passive("It should be stressed that the ferry fares will rise in May.");
  EXPECT_TRUE(passive.a.quotes.empty());
  Annotated perfect("It should have been noted that the ferry fares were raised twice last year.");
  EXPECT_TRUE(perfect.a.quotes.empty());
  Annotated reported("It has been noted that the ferry fares were raised twice last year.");
  EXPECT_NE(quote_spelled(reported, "the ferry fares were raised twice last year"), nullptr);
}

// A1077: the one quote kept around an attribution ends before the next attribution, and a
// coordinator's subject before that attribution is the next one's: no quote holds another
// attribution, none overlap.
TEST(ReportedSpeech, TheOneQuoteAroundAnAttributionEndsBeforeTheNext) {
  Annotated t("The ferry, Jane Roe said, was late, but the new timetable, John Doe said, was far too tight for the crews.");
  const Quote* first = quote_spelled(t, "The ferry, Jane Roe said, was late");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(t.name(first->speaker), "Jane Roe");
  const Quote* second = quote_spelled(t, "was far too tight for the crews");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(t.name(second->speaker), "John Doe");
  EXPECT_EQ(t.a.quotes.size(), 2u);
  Annotated coord("The new ferry is sound, Jane Roe said, and the old pier, John Doe said, is far too short for the boats.");
  EXPECT_NE(quote_spelled(coord, "The new ferry is sound"), nullptr);
  EXPECT_NE(quote_spelled(coord, "is far too short for the boats"), nullptr);
  EXPECT_FALSE(some_quote_starts(coord, "and the old pier"));
}

// A1078: a first piece that holds a verb of saying of its own is that verb's report, not the
// parenthetical attribution's.
TEST(ReportedSpeech, AFirstPieceWithItsOwnCueIsNotReportedAgain) {
  Annotated t("Jane Roe said the harbour board wanted that, as John Doe said, if the new pier is built.");
  for (const auto& q : t.a.quotes) {
    const std::string_view s = t.a.text(q.span);
    EXPECT_EQ(s.find("Jane Roe said"), std::string_view::npos) << s;
    if (t.name(q.speaker) == "John Doe") {
      EXPECT_EQ(s.find("wanted"), std::string_view::npos) << s;
    }
  }
}

// A1080 (narrows A1045): `about` before a number modifies it; the verb alone is the cue and
// the figure stays in the clause. Before a noun phrase `warned about` is still the cue.
TEST(ReportedSpeech, AboutBeforeANumberIsNoPartOfTheCue) {
  Annotated t("Jane Roe warned about 400 farms could lose their water in the dry summer.");
  const Quote* q = quote_spelled(t, "about 400 farms could lose their water in the dry summer");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue, "warned");
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  Annotated np("Jane Roe warned about the dry summer and the fires that could follow it in the hills.");
  const Quote* topic = quote_spelled(np, "the dry summer and the fires that could follow it in the hills");
  ASSERT_NE(topic, nullptr);
  EXPECT_EQ(topic->cue, "warned about");
}

// A1081 (widens A1045): a phrase naming an authored text after a determiner or possessive
// is a medium too, not counted in a noun-phrase complement (no spurious report).
TEST(ReportedSpeech, AnAuthoredTextIsAMediumPhrase) {
  Annotated letter("Tom Smith warned against the scheme in a letter to the mayor.");
  EXPECT_TRUE(letter.a.quotes.empty());
  Annotated column("Tom Smith warned against the scheme in his column on Friday.");
  EXPECT_TRUE(column.a.quotes.empty());
}

// A1082 (A1045): a medium phrase ends a noun-phrase complement (by GUIDELINES it belongs to
// the cue); an infinitive's verb keeps the phrase as its own.
TEST(ReportedSpeech, AMediumPhraseEndsANounPhraseComplement) {
  Annotated tv("Jane Roe warned of rising rents for shops and homes in a radio interview on Monday.");
  const Quote* q = quote_spelled(tv, "rising rents for shops and homes");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(tv.name(q->speaker), "Jane Roe");
  Annotated to("Jane Roe urged the harbour board to print its accounts in a report.");
  EXPECT_NE(quote_spelled(to, "the harbour board to print its accounts in a report"), nullptr);
}

// A1084 (mends A1076, review2 finding 1): a phrasal cue's base form after a modal is an
// active clause whose `it` refers: the report is kept.
TEST(ReportedSpeech, APhrasalCuesBaseFormAfterAModalIsReported) {
  Annotated point("The board met on Tuesday. The board said it will soon point out that rents will rise in March.");
  EXPECT_NE(quote_spelled(point, "rents will rise in March"), nullptr);
  Annotated clear("The board met on Tuesday. The board said it would first make clear that rents will rise in March.");
  EXPECT_NE(quote_spelled(clear, "rents will rise in March"), nullptr);
}

// A1099 (widens A1083, review2 finding 15): an adverb between `have` and `been` in the
// writer's modal passive: no one is reported.
TEST(ReportedSpeech, AnAdverbBetweenHaveAndBeenKeepsTheWritersComment) {
  Annotated t("It should have also been noted that the ferry fares rose twice.");
  EXPECT_TRUE(t.a.quotes.empty());
  Annotated plain("It has also been noted that the ferry fares rose twice.");
  EXPECT_NE(quote_spelled(plain, "the ferry fares rose twice"), nullptr);
}

// A1040 (narrows A1078, review2 finding 3): a verb of saying in a relative clause with no
// `that` on the first piece's noun is no report of its own: the piece stays reported.
TEST(ReportedSpeech, AnObjectRelativeClauseInTheFirstPieceIsNoReport) {
  for (const char* subject :
       {"The rules he announced last week", "The plan Tom Smith proposed", "The figures they reported"}) {
    const std::string text = std::string(subject) + ", Jane Roe said, will cost the town a lot of money.";
    Annotated t(text);
    const Quote* q = quote_spelled(t, subject);
    ASSERT_NE(q, nullptr) << text << " -> ";
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
  }
}

// A1041 (narrows A1080, review2 finding 4): `about` before a number with no finite verb
// after it is the preposition: `warned about` stays the cue.
TEST(ReportedSpeech, AboutBeforeANumberWithNoVerbAfterIsThePreposition) {
  Annotated t("The union warned about 2,000 job losses at the plant in the spring.");
  const Quote* q = quote_spelled(t, "2,000 job losses at the plant in the spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue, "warned about");
}

// A1042 (narrows A1081, review2 finding 5): an authored text after a past participle is in
// the object noun phrase, no medium: the complement is reported.
TEST(ReportedSpeech, AnAuthoredTextAfterAParticipleIsInTheObject) {
  Annotated t("Jane Roe denied the claims made in the report on the ferry fares.");
  const Quote* q = quote_spelled(t, "the claims made in the report on the ferry fares");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A1043 (mends A1077, review2 finding 6): a second piece that opens on the coordinator is
// empty: no quote takes in the next report's subject.
TEST(ReportedSpeech, NoQuoteTakesInTheNextReportsSubject) {
  Annotated t("Rents, Jane Roe said, and fares, John Doe said, will both rise this year in the town.");
  for (const Quote& q : t.a.quotes) {
    const std::string_view s = t.a.text(q.span);
    EXPECT_EQ(s.find("and fares"), std::string_view::npos) << s;
  }
}

// A1102 (widens A1040): a past participle of a cue right after the piece's opening noun
// phrase, with only a `by` agent or time words after it, is a reduced passive on that noun,
// no report of its own: the piece is the subject of what the attribution's speaker said.
// A noun that speaks (`The government announced ...`) and a participle with an object after
// it keep their own report.
TEST(ReportedSpeech, AReducedPassiveInTheFirstPieceIsNoReport) {
  for (const char* subject : {"The measures announced last week", "The plan proposed by the board",
                              "The findings reported on Friday"}) {
    const std::string text = std::string(subject) + ", Jane Roe said, will cost the town a lot of money.";
    Annotated t(text);
    const Quote* q = quote_spelled(t, subject);
    ASSERT_NE(q, nullptr) << text;
    EXPECT_EQ(t.name(q->speaker), "Jane Roe");
    EXPECT_NE(quote_spelled(t, "will cost the town a lot of money"), nullptr) << text;
  }
  for (const char* subject : {"The government announced last week", "The rules announced plans for the harbour"}) {
    const std::string text = std::string(subject) + ", Jane Roe said, will cost the town a lot of money.";
    Annotated t(text);
    EXPECT_EQ(quote_spelled(t, subject), nullptr) << text;
  }
}

// A1120: a verb that takes a hearer, followed only by the hearer and closing adjuncts (time,
// place, a clause of time), reports nothing. A clause after the hearer and its time words
// is still reported, and so is a thing told (told_thing_nouns, as A485's test keeps).
TEST(ReportedSpeech, AHearerAndClosingAdjunctsAloneAreNoReport) {
  for (const char* text : {"Tom Smith told the Daily Bugle on Monday.", "Jane Roe told a news conference in Northville.",
                           "Jane Roe told a caller before the police arrived."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text;
  }
  Annotated t("Tom Smith told the Northville Herald on Monday the plan would fail.");
  const Quote* q = quote_spelled(t, "the plan would fail");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Tom Smith");
  Annotated s("The old miller tells a different tale in the valley.");
  EXPECT_NE(quote_spelled(s, "a different tale in the valley"), nullptr);
}

// A1121: a possessive's `'s` after a name is no verb in -s, so the noun-phrase object of
// `add` or `claim` that holds one reports nothing; a clause with a finite verb after such a
// possessive is still reported.
TEST(ReportedSpeech, APossessiveAfterANameIsNoFiniteVerbOfAddOrClaim) {
  for (const char* text : {"The deal is expected to add extra momentum to Acme's recent revival.",
                           "Jane Roe is determined to add the world record at May's Grand Prix in Leeds."}) {
    Annotated t(text);
    EXPECT_TRUE(t.a.quotes.empty()) << text;
  }
  Annotated t("Tom Smith claimed Acme's profits were falling.");
  const Quote* q = quote_spelled(t, "Acme's profits were falling");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Tom Smith");
}

// A1102 (mended in s56-mendsF, review finding 3): only a head naming what is said, planned
// or put out (plan_nouns, claim_nouns, statement_nouns, authored_text_nouns) or a `by` agent
// makes the first piece a reduced passive; a body that speaks (`The union`, `The council`)
// keeps its own report, which is no part of the attribution's speaker's words.
TEST(ReportedSpeech, ABodyWithAPastFormInTheFirstPieceIsNoReducedPassive) {
  for (const char* subject : {"The union warned last week", "The council announced on Friday"}) {
    const std::string text = std::string(subject) + ", Tom Smith said, that jobs would go.";
    Annotated t(text);
    const Quote* q = quote_spelled(t, subject);
    EXPECT_TRUE(q == nullptr || t.name(q->speaker) != "Tom Smith") << text;
  }
  Annotated t("The letter sent last week, Jane Roe said, will cost the town a lot of money.");
  const Quote* q = quote_spelled(t, "The letter sent last week");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(t.name(q->speaker), "Jane Roe");
}

// A1140 (s58-polrecall): a currency sign before a number or an amount in digits opens the
// reported clause's subject as the number would, with or without `that`, after a verb of
// saying or another reporting verb; the amount's phrase holds no capitalised word (a
// headline's run-on into the next subject) and no coordinator (the speaker's own predicate).
TEST(ReportedSpeech, ACurrencyAmountOpensTheReportedClause) {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {{"Tom Smith said that $5 million was spent on the new bridge.", "$5 million was spent on the new bridge"},
               {"Tom Smith said £5m was spent on the new bridge.", "£5m was spent on the new bridge"},
               {"Jane Roe announced €20m for village schools will be spent on new roofs.",
                "€20m for village schools will be spent on new roofs"}};
  for (const auto& c : cases) {
    Annotated t(c.text);
    const Quote* q = quote_spelled(t, c.content);
    ASSERT_NE(q, nullptr) << c.text;
    EXPECT_NE(q->speaker, -1) << c.text;
  }
  Annotated run_on("Town pledges £1m to park Tom Smith has offered a new grant to the Lindon park board.");
  EXPECT_FALSE(some_quote_starts(run_on, "£1m"));
  Annotated cuts("The Greens have promised £4bn in tax cuts but have yet to say where they will fall.");
  EXPECT_FALSE(some_quote_starts(cuts, "£4bn"));
}

// A1143 (s59-polrecall2): an attribution set off by commas inside the sentence may carry
// the verb's closing phrases (time words, a phrase of place or time, a hearer) before its
// second comma; the sentence around it is still reported, in two pieces. Not after an
// apposition (no verb before the first comma), a speaker phrase that opens on no name,
// pronoun or determiner, a passive's `by`, or a base form.
TEST(ReportedSpeech, AParentheticalAttributionMayCarryItsClosingPhrases) {
  const struct {
    const char* text;
    const char* first;
    const char* second;
  } cases[] = {{"The dam is full, Tom Smith said on Monday, and the river will rise by Friday.", "The dam is full",
                "and the river will rise by Friday"},
               {"Bus fares rose last year, Jane Roe said in her annual report, and train fares fell.", "Bus fares rose last year",
                "and train fares fell"},
               {"The school will close, Jane Roe told the Lindon Echo on Tuesday, because the roof is unsafe.", "The school will close",
                "because the roof is unsafe"}};
  for (const auto& c : cases) {
    Annotated t(c.text);
    const Quote* q = quote_spelled(t, c.first);
    ASSERT_NE(q, nullptr) << c.text;
    EXPECT_NE(q->speaker, -1) << c.text;
    EXPECT_NE(quote_spelled(t, c.second), nullptr) << c.text;
  }
  Annotated apposition("Tom Smith, the mayor, said on Monday, after the vote, that the plan would fail.");
  EXPECT_FALSE(some_quote_starts(apposition, "Tom Smith"));
  Annotated passive("The mayor's remarks, first reported by the Lindon Post on Monday, angered the council.");
  EXPECT_TRUE(passive.a.quotes.empty());
  Annotated base("Even as he praised the plan, Tom Smith would not speculate about its cost for, in his view, the town.");
  EXPECT_FALSE(some_quote_starts(base, "Even as"));
}

// A1144 (s59-polrecall2): the `'s` after `he` or `she` is the contracted auxiliary (`has`,
// `is`), not a possessive, so the reporting verb after it is a verb, not a noun.
TEST(ReportedSpeech, AContractedAuxiliaryAfterAPronounIsNoPossessive) {
  const struct {
    const char* text;
    const char* content;
  } cases[] = {{"Tom Smith spoke in Lindon. He's said he will fight on until the vote.", "he will fight on until the vote"},
               {"Tom Smith spoke in Lindon. He's suggesting that the count was wrong.", "the count was wrong"},
               {"Jane Roe spoke in Lindon. She’s said the bridge will be rebuilt.", "the bridge will be rebuilt"}};
  for (const auto& c : cases) {
    Annotated t(c.text);
    const Quote* q = quote_spelled(t, c.content);
    ASSERT_NE(q, nullptr) << c.text;
    EXPECT_NE(q->speaker, -1) << c.text;
  }
  Annotated noun("Tom Smith's statement said nothing about the bridge.");
  EXPECT_TRUE(noun.a.quotes.empty());
}

// A1145 (s59-polrecall2): `according to X` set off by commas between a subject and its
// predicate reports the sentence around it, not the subject alone; a clause before the
// phrase keeps its own reading.
TEST(ReportedSpeech, AccordingToBetweenSubjectAndPredicateReportsTheSentence) {
  const struct {
    const char* text;
    const char* predicate;
  } cases[] = {{"The problem, according to Tom Smith, is the cost of the new bridge.", "is the cost of the new bridge"},
               {"The new fares, according to the Lindon Echo, have risen by a third since May.", "have risen by a third since May"}};
  for (const auto& c : cases) {
    Annotated t(c.text);
    const std::string whole = std::string(c.text).substr(0, std::strlen(c.text) - 1);
    EXPECT_TRUE(quote_spelled(t, whole) != nullptr || quote_spelled(t, c.predicate) != nullptr) << c.text;
  }
  Annotated clause("Bus fares rose in May, according to Jane Roe, and train fares fell.");
  EXPECT_NE(quote_spelled(clause, "Bus fares rose in May"), nullptr);
}

// A1146 (s59-polrecall2): a colon or dash before a direct quote of four words or more ends
// the reported clause after the verb, which is reported besides the quote, also when the
// verb attributes that quote; not a clause that the quote completes (a copula or a form in
// -ing before the colon) or a noun phrase.
TEST(ReportedSpeech, AColonBeforeADirectQuoteEndsTheReportedClause) {
  const struct {
    const char* text;
    const char* clause;
  } cases[] = {{"Tom Smith said the plan was flawed: \"It will never work, and everyone knows it.\"", "the plan was flawed"},
               {"Jane Roe suggested that the new tax was unfair - \"Nobody in Lindon can pay it,\" she said.", "the new tax was unfair"}};
  for (const auto& c : cases) {
    Annotated t(c.text);
    const Quote* q = quote_spelled(t, c.clause);
    ASSERT_NE(q, nullptr) << c.text;
    EXPECT_NE(q->speaker, -1) << c.text;
    EXPECT_EQ(q->kind, Quote::Kind::Indirect) << c.text;
  }
  Annotated copula("Tom Smith said the plan was: \"A disaster from the start, and a waste.\"");
  EXPECT_FALSE(some_quote_starts(copula, "the plan was"));
  Annotated participle("Tom Smith said the town was close to achieving: \"a new bridge for all of us.\"");
  EXPECT_FALSE(some_quote_starts(participle, "the town was close"));
  Annotated noun("Tom Smith recalled the pay freeze of last year: \"It was a hard time for all of us.\"");
  EXPECT_FALSE(some_quote_starts(noun, "the pay freeze"));
}

// Row 23.327 (issue #23): modal_passive_comment() tests the cue's base and -s forms before
// it looks `have FORM` up (past_participle()); the same readings: a participle after a modal
// passive with `it` is the writer's comment, a base form after a modal an active report.
TEST(ReportedSpeech, AModalPassiveIsReadWithItsCheapFormTestsFirst) {
  Annotated comment("It could be said that the port was closed too early.");
  EXPECT_TRUE(comment.a.quotes.empty()) << (comment.a.quotes.empty() ? "" : comment.a.text(comment.a.quotes[0].span));
  Annotated active("It can say that the port is closed.");
  EXPECT_NE(quote_spelled(active, "the port is closed"), nullptr);
  Annotated announce("The agency said it will soon announce that the port is closed.");
  EXPECT_NE(quote_spelled(announce, "the port is closed"), nullptr);
}

// Row A1183: speech verbs speech_verbs.json lacked (PolNeAR's missed attributions by cue):
// `tout`, `trumpet`, `recount` take a noun phrase of five words or more as what was said,
// `wonder` an indirect question, as their neighbours `highlight`, `recall` and `ask` do.
TEST(ReportedSpeech, ToutRecountAndWonderReport) {
  Annotated tout("Tom Smith touted his work on the new bridge over the river.");
  const Quote* q = quote_spelled(tout, "his work on the new bridge over the river");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(tout.name(q->speaker), "Tom Smith");
  Annotated recount("Jane Roe recounted a conversation she had with the mayor last spring.");
  q = quote_spelled(recount, "a conversation she had with the mayor last spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(recount.name(q->speaker), "Jane Roe");
  Annotated wonder("Jane Roe wondered whether the council would close the library.");
  EXPECT_TRUE(some_quote_starts(wonder, "whether the council would close the library"));
  Annotated topic("Jane Roe touted taxes.");  // a short object says nothing
  EXPECT_TRUE(topic.a.quotes.empty());
}

// Row A1184: the speaker phrase of `CLAUSE, X said.` may hold a coordinator or a
// preposition (closing_phrase_start): the clause before the comma is reported, as with a
// one-piece phrase; a clause after the comma (a verb form in the words passed) is none.
TEST(ReportedSpeech, AClosingSpeakerPhraseMayHoldACoordinatorOrAPreposition) {
  Annotated both("The council will close the old library next spring, Tom Smith and Jane Roe said.");
  const Quote* q = quote_spelled(both, "The council will close the old library next spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->rule, "indirect-before");
  EXPECT_FALSE(q->speaker < 0);
  Annotated people("The council will close the old library next spring, people familiar with the plan said.");
  q = quote_spelled(people, "The council will close the old library next spring");
  ASSERT_NE(q, nullptr);
  EXPECT_LT(q->speaker, 0);  // unnamed sources
  Annotated plural("The council will close the old library next spring, current and former officials said.");
  EXPECT_NE(quote_spelled(plural, "The council will close the old library next spring"), nullptr);
  Annotated passive("The story of the old bridge, a tale of floods and repairs, is bleak and seldom told.");
  EXPECT_TRUE(passive.a.quotes.empty());
  Annotated own("Tom Smith welcomed the plan, and Jane Roe said it was late.");
  EXPECT_FALSE(some_quote_starts(own, "Tom Smith welcomed"));
  Annotated aides("The council will close the old library next spring, aides to the mayor said.");
  EXPECT_NE(quote_spelled(aides, "The council will close the old library next spring"), nullptr);
  // a passive, a modal or an infinitive before the verb: no attribution
  Annotated told("Male councillors jeered as women spoke, researchers from Kestby College were told.");
  EXPECT_TRUE(told.a.quotes.empty());
  Annotated added("The machine is easily upgradeable so a bigger hard drive, better sound and graphics cards can be added.");
  EXPECT_TRUE(added.a.quotes.empty());
}

// Row A1185: `CLAUSE, Tom Smith, the mayor, said.` and `CLAUSE, a spokeswoman, Jane Roe,
// said.`: the name and its apposition belong to the speaker, not to the reported clause
// (clause_end_before_apposition); a list's last item before a pronoun stays in the clause.
TEST(ReportedSpeech, AnAppositionBeforeAClosingVerbOfSayingIsTheSpeakers) {
  Annotated name("The council will close the old library next spring, Tom Smith, the mayor, said.");
  const Quote* q = quote_spelled(name, "The council will close the old library next spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(name.name(q->speaker), "Tom Smith");
  Annotated title("Acme Corp will close the old factory next spring, a spokeswoman, Jane Roe, said on Saturday.");
  q = quote_spelled(title, "Acme Corp will close the old factory next spring");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(title.name(q->speaker), "Jane Roe");
  Annotated list("The town needs the patience of a saint, the charm of a host, the warmth of an aunt, they say.");
  EXPECT_TRUE(some_quote_starts(list, "The town needs the patience of a saint, the charm of a host, the warmth of an aunt"));
}
