// The roles and relations stages run on their own input: the pipeline stops before the
// stage (PipelineOptions::until), then the test calls the stage and reads what it added.
#include "gazette/relations.hpp"
#include "gazette/roles.hpp"

#include "pipeline_fixture.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>

using namespace gazette;

namespace {

const Pipeline& stopped_at(Stage until) {
  static std::unique_ptr<Pipeline> entities, quotes;
  auto& p = until == Stage::Entities ? entities : quotes;
  if (!p) {
    Diagnostics diag;
    PipelineOptions o;
    o.until = until;
    p = std::make_unique<Pipeline>(o, diag);
  }
  return *p;
}

// A document annotated up to (and including) `until`.
struct Staged {
  Document doc;
  Annotation a;
  Staged(std::string text, Stage until) {
    doc.id = "test";
    doc.text = std::move(text);
    a = stopped_at(until).annotate(doc);
  }
  Staged(const Staged&) = delete;
  std::string name(std::int32_t e) const { return e < 0 ? std::string("(none)") : a.entities[static_cast<std::size_t>(e)].canonical; }
  bool has_relation(const std::string& head, std::string_view type, const std::string& tail) const {
    for (const auto& r : a.relations)
      if (name(r.head) == head && to_string(r.type) == type && name(r.tail) == tail) return true;
    return false;
  }
  const RoleFact* role(const std::string& person, const std::string& title) const {
    for (const auto& r : a.roles)
      if (name(r.person) == person && r.title == title) return &r;
    return nullptr;
  }
};

const Lexicons& lex() { return gazette::testing::pipeline().lexicons(); }

// The relations stage on the output of quotes (its NEEDS).
struct Related : Staged {
  explicit Related(std::string text) : Staged(std::move(text), Stage::Quotes) {
    EXPECT_TRUE(a.relations.empty());
    extract_relations(a, lex());
  }
};

// The roles stage on the output of entities.
struct Roled : Staged {
  explicit Roled(std::string text) : Staged(std::move(text), Stage::Entities) {
    EXPECT_TRUE(a.roles.empty());
    find_roles(a, lex());
  }
};

}  // namespace

TEST(RelationsStage, PartyBeforeATitleOfStateMakesAMember) {
  Related t("Republican President John Doe signed the bill on Tuesday.");
  EXPECT_TRUE(t.has_relation("John Doe", "MEMBER_OF", "Republican Party"));
  EXPECT_FALSE(t.has_relation("John Doe", "ROLE_IN", "Republican Party"));
  // A body that is no party keeps its president.
  Related bank("World Bank President John Doe spoke in Lima.");
  EXPECT_TRUE(bank.has_relation("John Doe", "ROLE_IN", "World Bank"));
}

TEST(RelationsStage, PlaceBetweenPartyAndSeatIsAModifier) {
  Related t("Republican Ohio Sen. John Doe voted against it.");
  EXPECT_TRUE(t.has_relation("John Doe", "MEMBER_OF", "Republican Party"));
  Related gop("Ohio GOP Sen. John Doe voted against it.");
  EXPECT_TRUE(gop.has_relation("John Doe", "MEMBER_OF", "Republican Party"));
  EXPECT_FALSE(gop.has_relation("John Doe", "ROLE_IN", "Republican Party"));
}

TEST(RelationsStage, QuoteJudgesTheSubjectOfItsPredicate) {
  Related t("Jane Roe said Richard Poe's budget figures were too optimistic.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  Related praise("\"Richard Poe is a brilliant negotiator,\" Jane Roe said.");
  EXPECT_TRUE(praise.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  // Negated, or the evaluative word far down another verb's phrase: no judgement.
  Related negated("Jane Roe said Richard Poe's budget figures were not too optimistic.");
  EXPECT_FALSE(negated.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  Related far("Jane Roe said Richard Poe's aides are failing to report fraud.");
  EXPECT_FALSE(far.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
}

TEST(RelationsStage, ADemonymStandingForItsCountryIsJudgedInAQuote) {
  Related t("Jane Roe spoke on Monday. Jane Roe said the Russians were incompetent.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Russia"));
  Related negated("Jane Roe spoke on Monday. Jane Roe said the Russians were not incompetent.");
  EXPECT_FALSE(negated.has_relation("Jane Roe", "CRITICIZED", "Russia"));
}

TEST(RelationsStage, EvaluativeWordsOfTheLexiconJudge) {
  Related lax("Jane Roe spoke on Monday. Jane Roe said Richard Poe was lax in his duties.");
  EXPECT_TRUE(lax.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  Related called("Jane Roe called Richard Poe \"unhinged\" on Monday.");
  EXPECT_TRUE(called.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  Related steady("\"Richard Poe is a steady hand,\" Jane Roe said.");
  EXPECT_TRUE(steady.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
}

TEST(RelationsStage, AHeOrSheJudgedInAQuoteIsTheCopulasOwnSubject) {
  const std::string intro = "Richard Poe met Tom Doe on Monday. ";
  Related own(intro + "\"He has certainly been very successful,\" Tom Doe said.");
  EXPECT_TRUE(own.has_relation("Tom Doe", "SUPPORTS", "Richard Poe"));
  // Across another verb and its object the copula has a subject of its own.
  Related other(intro + "\"He thought the talks had been very successful,\" Tom Doe said.");
  EXPECT_FALSE(other.has_relation("Tom Doe", "SUPPORTS", "Richard Poe"));
}

TEST(RelationsStage, AnUnnamedPlanIsJudgedOnItsOwnersAccount) {
  // The owner of "the new targets": the speaker of the first quote that names them and judges nothing.
  const std::string intro = "Health Minister Jane Roe said the new targets would cut waiting times by March. ";
  Related called(intro + "Opposition spokesman Richard Poe called the new targets \"hopelessly unambitious\".");
  EXPECT_TRUE(called.has_relation("Richard Poe", "CRITICIZED", "Jane Roe"));
  Related welcomed(intro + "Doctors' leader Richard Poe welcomed the targets on Tuesday.");
  EXPECT_TRUE(welcomed.has_relation("Richard Poe", "SUPPORTS", "Jane Roe"));
  EXPECT_FALSE(welcomed.has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  Related quoted(intro + "\"The targets are disastrous,\" Richard Poe said.");
  EXPECT_TRUE(quoted.has_relation("Richard Poe", "CRITICIZED", "Jane Roe"));
  EXPECT_TRUE(quoted.has_relation("Richard Poe", "SAID_ABOUT", "Jane Roe"));  // a judgement is said of the owner
  // Not an unnamed plan: a possessor inside it, a name, or content after it.
  Related possessed(intro + "Richard Poe criticized the council's new targets on Tuesday.");
  EXPECT_FALSE(possessed.has_relation("Richard Poe", "CRITICIZED", "Jane Roe"));
  Related content(intro + "Richard Poe criticized the targets that voters had asked for.");
  EXPECT_FALSE(content.has_relation("Richard Poe", "CRITICIZED", "Jane Roe"));
  // No one named the plan before: no owner, no edge.
  Related alone("Opposition spokesman Richard Poe called the new targets \"hopelessly unambitious\".");
  EXPECT_TRUE(std::none_of(alone.a.relations.begin(), alone.a.relations.end(),
                           [](const Relation& r) { return r.type == RelationType::Criticized; }));
}

TEST(RelationsStage, ATitlesPlanIsItsHoldersPlan) {
  const std::string intro = "Chancellor John Doe will deliver the budget in March. ";
  Related t(intro + "Jane Roe welcomed the chancellor's decision on Tuesday.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "SUPPORTS", "John Doe"));
  Related called(intro + "Jane Roe called the chancellor's plans \"reckless\".");
  EXPECT_TRUE(called.has_relation("Jane Roe", "CRITICIZED", "John Doe"));
}

TEST(RelationsStage, WelcomingANamedOwnersPlanIsSupportNotAMeeting) {
  Related t("Jane Roe welcomed Richard Poe's decision to stand down.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(t.has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  Related met("Jane Roe welcomed Richard Poe to the White House on Monday.");
  EXPECT_TRUE(met.has_relation("Jane Roe", "MET_WITH", "Richard Poe") || met.has_relation("Richard Poe", "MET_WITH", "Jane Roe"));
  EXPECT_FALSE(met.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
}

TEST(RelationsStage, PronounBeforeAVerbCueIsItsSubject) {
  Related t("Richard Poe spoke to reporters in Ohio. Jane Roe, who told CNN she disagrees with Richard Poe, left early.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
}

TEST(RelationsStage, PartyBeforeABodyHoldsThePost) {
  Related t("Labour Holyrood leader Jane Roe accused the minister of failing voters.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Labour Party"));
  EXPECT_FALSE(t.has_relation("Jane Roe", "ROLE_IN", "Scottish Parliament"));
  // A seat in a body stays in the body: the party makes a member.
  Related seat("Republican Senate Majority Leader John Doe spoke on Monday.");
  EXPECT_FALSE(seat.has_relation("John Doe", "ROLE_IN", "Republican Party"));
}

TEST(RelationsStage, TheSubjectOfAJudgingVerbIsTheOneAnAppositionDescribes) {
  Related t("Researcher Jane Roe, from the Acme Institute, called Richard Poe \"reckless\".");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_FALSE(t.has_relation("Acme Institute", "CRITICIZED", "Richard Poe"));
}

TEST(RelationsStage, AJudgementIsAlsoSaidAboutTheOneJudged) {
  Related t("Jane Roe called Richard Poe \"reckless\" on Monday.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_TRUE(t.has_relation("Jane Roe", "SAID_ABOUT", "Richard Poe"));
  const std::string intro = "Chancellor John Doe will deliver the budget in March. ";
  Related plan(intro + "Jane Roe called the chancellor's plans \"reasonably impressive\".");
  EXPECT_TRUE(plan.has_relation("Jane Roe", "SUPPORTS", "John Doe"));
  EXPECT_TRUE(plan.has_relation("Jane Roe", "SAID_ABOUT", "John Doe"));
  // No evaluation after the object: no judgement, nothing said about it.
  Related bare("Jane Roe called Richard Poe on Monday.");
  EXPECT_FALSE(bare.has_relation("Jane Roe", "SAID_ABOUT", "Richard Poe"));
}

TEST(RelationsStage, CriticismOrPraiseInWordsIsSaidAboutItsTarget) {
  Related accused("Jane Roe accused Richard Poe of misleading voters.");
  EXPECT_TRUE(accused.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_TRUE(accused.has_relation("Jane Roe", "SAID_ABOUT", "Richard Poe"));
  Related praised("Jane Roe praised Richard Poe on Monday.");
  EXPECT_TRUE(praised.has_relation("Jane Roe", "SAID_ABOUT", "Richard Poe"));
  // Backing is support, no speech.
  Related backed("Jane Roe backed Richard Poe on Monday.");
  EXPECT_TRUE(backed.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(backed.has_relation("Jane Roe", "SAID_ABOUT", "Richard Poe"));
}

TEST(RelationsStage, WiderCuesForSupportCriticismAndMeetings) {
  const std::string intro = "Richard Poe spoke on Sunday. ";
  Related confidence(intro + "Jane Roe expressed confidence in Richard Poe on Monday.");
  EXPECT_TRUE(confidence.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  Related none(intro + "Jane Roe expressed no confidence in Richard Poe on Monday.");
  EXPECT_FALSE(none.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(none.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  Related resign(intro + "Jane Roe demanded the resignation of Richard Poe.");
  EXPECT_TRUE(resign.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  Related bashed(intro + "Jane Roe bashed Richard Poe during a rally.");
  EXPECT_TRUE(bashed.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_FALSE(bashed.has_relation("Jane Roe", "ATTACKED", "Richard Poe"));
  Related dined(intro + "Jane Roe dined with Richard Poe on Monday.");
  EXPECT_TRUE(dined.has_relation("Jane Roe", "MET_WITH", "Richard Poe") || dined.has_relation("Richard Poe", "MET_WITH", "Jane Roe"));
}

TEST(RelationsStage, ARelativeClauseWithACopulaReadsAsAnApposition) {
  Related t("Jane Roe, who is a Labour MP, voted against the bill.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "MEMBER_OF", "Labour Party"));
  Related verb("Jane Roe, who is Richard Poe's closest ally, backed Tom Doe.");
  EXPECT_TRUE(verb.has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
}

TEST(RelationsStage, TheSubjectOfAVerbCueIsTheOneAnAppositionDescribes) {
  Related t("Jane Roe, from the Acme Institute, accused Richard Poe of lying.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_FALSE(t.has_relation("Acme Institute", "CRITICIZED", "Richard Poe"));
}

TEST(RelationsStage, ANameAfterACommaThatOpensTheMainClauseIsNoApposition) {
  Related t("Not to be outdone by her Labour rival, Jane Roe spoke for an hour.");
  EXPECT_FALSE(t.has_relation("Jane Roe", "MEMBER_OF", "Labour Party"));
  Related appos("Her Labour rival, Jane Roe, spoke for an hour.");
  EXPECT_TRUE(appos.has_relation("Jane Roe", "MEMBER_OF", "Labour Party"));
  Related own("Now the Labour candidate, Jane Roe spoke for an hour.");
  EXPECT_TRUE(own.has_relation("Jane Roe", "MEMBER_OF", "Labour Party"));
}

TEST(RelationsStage, APartyJoiningAnotherIsNoMemberOfIt) {
  Related t("Ten Republicans joined Democrats in the vote on Tuesday.");
  EXPECT_FALSE(t.has_relation("Republican Party", "MEMBER_OF", "Democratic Party"));
  Related person("Jane Roe joined the Labour Party in 1990.");
  EXPECT_TRUE(person.has_relation("Jane Roe", "MEMBER_OF", "Labour Party"));
}

TEST(RelationsStage, AnyTitleBeforeOfAnOrganisationIsAPostInIt) {
  Related t("Jane Roe, Welsh treasurer of the Harbury Nurses Association, welcomed it.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Harbury Nurses Association"));
}

TEST(RelationsStage, PassiveOfAJudgingVerbNamesTheJudgeAfterBy) {
  Related mocked("Jane Roe was mocked by Tom Doe on Monday.");
  EXPECT_TRUE(mocked.has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
  Related hailed("Jane Roe was hailed by Tom Doe as a hero.");
  EXPECT_TRUE(hailed.has_relation("Tom Doe", "SUPPORTS", "Jane Roe"));
  Related who("Jane Roe, who was dismissed by Tom Doe as a lightweight, spoke on Monday.");
  EXPECT_TRUE(who.has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
  // In a relative clause on another noun the one acted on is that noun, not the name
  // before it: the speaker is not the one dismissed.
  Related plan("Jane Roe mentioned the scheme of the council, which was dismissed by Tom Doe.");
  EXPECT_FALSE(plan.has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
}

TEST(RelationsStage, AMisjudgementInAQuoteJudgesItsSubject) {
  Related t("Jane Roe spoke on Monday. \"Jane Roe's new poster was a big misjudgement,\" said Tom Doe.");
  EXPECT_TRUE(t.has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
}

TEST(RelationsStage, TheAgentOfAnEvaluationInAQuoteIsJudged) {
  Related by("Jane Roe spoke on Monday. \"This campaign was a big misjudgement by the Green Party,\" said Tom Doe.");
  EXPECT_TRUE(by.has_relation("Tom Doe", "CRITICIZED", "Green Party"));
  // Another preposition names no agent.
  Related to("Jane Roe spoke on Monday. \"This campaign was offensive to the Green Party,\" said Tom Doe.");
  EXPECT_FALSE(to.has_relation("Tom Doe", "CRITICIZED", "Green Party"));
}

TEST(RelationsStage, AnEvaluatedTitleInAQuoteJudgesItsHolder) {
  Related t("Chancellor Jane Roe spoke on Monday. Tom Doe added: \"I have to say she has been a prudent chancellor.\"");
  EXPECT_TRUE(t.has_relation("Tom Doe", "SUPPORTS", "Jane Roe"));
  // Anywhere in the copula's complement, after `it's` too, with the copula's polarity.
  Related later("Chancellor Jane Roe spoke on Monday. \"It's a failed budget, from a failed chancellor,\" said Tom Doe.");
  EXPECT_TRUE(later.has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
  Related mixed("Chancellor Jane Roe spoke on Monday. \"It's a failed budget, from a great chancellor,\" said Tom Doe.");
  EXPECT_FALSE(mixed.has_relation("Tom Doe", "SUPPORTS", "Jane Roe"));
  EXPECT_FALSE(mixed.has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
  // No copula: a wish for a good chancellor judges no one.
  Related wish("Chancellor Jane Roe spoke on Monday. \"We need a good chancellor,\" said Tom Doe.");
  EXPECT_FALSE(wish.has_relation("Tom Doe", "SUPPORTS", "Jane Roe"));
}

TEST(RolesStage, NationalPostGoesToTheCountryTheArticleNames) {
  Roled t("France will hold talks on Monday. Interior Minister Jean Dupont said France would act.");
  const RoleFact* f = t.role("Jean Dupont", "Interior Minister");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->of_name, "France");
  EXPECT_EQ(f->rule, "title-before-name+document-country");
  // A lower-case title of state before the name is read too.
  Roled lower("France will hold talks on Monday. The interior minister Jean Dupont said France would act.");
  ASSERT_NE(lower.role("Jean Dupont", "Interior Minister"), nullptr);
  EXPECT_EQ(lower.role("Jean Dupont", "Interior Minister")->of_name, "France");
}

TEST(RolesStage, NoCountryNamedOrAShadowPostGivesNoCountry) {
  Roled none("Chancellor John Doe spoke on Monday.");
  const RoleFact* f = none.role("John Doe", "Chancellor");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->of_name.empty());
  Roled shadow("Britain will vote in May. The shadow chancellor John Doe spoke in Britain.");
  for (const auto& r : shadow.a.roles) EXPECT_NE(r.of_name, "United Kingdom") << r.title;
}

TEST(RolesStage, QualifiedRolePhraseStatesItsHoldersPost) {
  // The holder is known from the text: a later "the French interior minister" is him.
  Roled t("Interior Minister Jean Dupont of France arrived on Monday. The French interior minister said talks would go on.");
  const auto phrased = std::find_if(t.a.roles.begin(), t.a.roles.end(), [](const RoleFact& r) { return r.rule == "role-phrase"; });
  ASSERT_NE(phrased, t.a.roles.end());
  EXPECT_EQ(t.name(phrased->person), "Jean Dupont");
  EXPECT_EQ(phrased->of_name, "France");
  Related r("Interior Minister Jean Dupont arrived on Monday. The French interior minister said talks would go on.");
  EXPECT_TRUE(r.has_relation("Jean Dupont", "ROLE_IN", "France"));
  // An indefinite phrase stands for no one.
  Roled indefinite("Interior Minister Jean Dupont arrived on Monday. A French interior minister said talks would go on.");
  for (const auto& f : indefinite.a.roles) EXPECT_NE(f.rule, "role-phrase");
}

TEST(RolesStage, PostAfterAsAndAfterPremodifiedApposition) {
  Roled as("Jane Roe took office as the new U.S. attorney general on Friday.");
  const auto f = std::find_if(as.a.roles.begin(), as.a.roles.end(), [](const RoleFact& r) { return r.rule == "as-post"; });
  ASSERT_NE(f, as.a.roles.end());
  EXPECT_EQ(as.name(f->person), "Jane Roe");
  EXPECT_EQ(f->of_name, "United States");
  // Punctuation or a name between the person and `as` ties nothing.
  Roled comma("Jane Roe, who spoke, picked Tom Doe as the next U.S. attorney general.");
  for (const auto& r : comma.a.roles) EXPECT_FALSE(comma.name(r.person) == "Jane Roe" && r.rule == "as-post");
  // "former" before the qualifier of an apposition.
  Related app("John Doe, a former U.S. attorney in the region, said the case was thin.");
  EXPECT_TRUE(app.has_relation("John Doe", "ROLE_IN", "United States"));
}

TEST(RolesStage, PredicateNominalAfterACopulaIsAPost) {
  // "X was Secretary of State": the predicate says what the subject is, as an apposition does.
  Roled t("The United States will vote in May. Jane Roe was Secretary of State in 2010.");
  const auto f = std::find_if(t.a.roles.begin(), t.a.roles.end(), [](const RoleFact& r) { return r.rule.starts_with("predicate-post"); });
  ASSERT_NE(f, t.a.roles.end());
  EXPECT_EQ(t.name(f->person), "Jane Roe");
  EXPECT_EQ(f->of_name, "United States");
  Related became("Meanwhile, John Doe became Britain's foreign secretary.");
  EXPECT_TRUE(became.has_relation("John Doe", "ROLE_IN", "United Kingdom"));
  Related perfect("Jane Roe has been the Russian foreign minister since 2004.");
  EXPECT_TRUE(perfect.has_relation("Jane Roe", "ROLE_IN", "Russia"));
  // Not after a negator or a modal, not in a condition, not for a name that is no subject.
  const char* none[] = {
      "The United States will vote in May. Jane Roe is not Secretary of State.",
      "The United States will vote in May. Jane Roe will become Secretary of State.",
      "The United States will vote in May. If Democrats win and Jane Roe becomes Secretary of State, taxes rise.",
      "The United States will vote in May. The man who met Jane Roe was Secretary of State.",
  };
  for (const char* text : none) {
    Related r(text);
    EXPECT_FALSE(r.has_relation("Jane Roe", "ROLE_IN", "United States")) << text;
  }
}

TEST(RolesStage, NamedAppointedElectedStateThePostOnlyInThePassive) {
  // Active, the post filled is someone else's (review s41, finding 1).
  const char* active[] = {
      "Tom Brady appointed a new chairman of Acme Corp on Monday.",
      "Tom Brady named a new chief executive of Acme Corp on Monday, the company said.",
      "Tom Brady has appointed a new chairman of Acme Corp.",
  };
  for (const char* text : active) {
    Roled t(text);
    for (const auto& r : t.a.roles) EXPECT_NE(r.rule, "predicate-post") << text;
    Related rel(text);
    EXPECT_FALSE(rel.has_relation("Tom Brady", "ROLE_IN", "Acme Corp")) << text;
  }
  // After a copula they do; "became" needs none.
  const char* passive[] = {
      "Tom Brady was named the new chairman of Acme Corp on Monday.",
      "Tom Brady has been appointed chairman of Acme Corp.",
      "Tom Brady became chairman of Acme Corp in 2003.",
  };
  for (const char* text : passive) {
    Roled t(text);
    const auto f = std::find_if(t.a.roles.begin(), t.a.roles.end(), [](const RoleFact& r) { return r.rule == "predicate-post"; });
    ASSERT_NE(f, t.a.roles.end()) << text;
    EXPECT_EQ(t.name(f->person), "Tom Brady") << text;
    EXPECT_EQ(f->title, "Chairman") << text;
  }
}

TEST(RolesStage, PostOfTheBodyNamedAfterItsArticle) {
  // "president of the ORG": the body named after `the` holds the post, not the document's country.
  Related named("The United States will vote in May. Jane Roe, president of the Federal Reserve, said so.");
  EXPECT_TRUE(named.has_relation("Jane Roe", "ROLE_IN", "Federal Reserve"));
  EXPECT_FALSE(named.has_relation("Jane Roe", "ROLE_IN", "United States"));
  // A body the text names but no entity stands for: no post in the country either.
  Related unnamed("The United States will vote in May. Jane Roe, president of the local lawyers association, said so.");
  EXPECT_FALSE(unnamed.has_relation("Jane Roe", "ROLE_IN", "United States"));
  // The name must end the phrase: "the Commons public accounts committee" is no post in the Commons.
  Related longer("Britain will vote in May. Jane Roe, chairman of the Commons public accounts committee, said so.");
  EXPECT_FALSE(longer.has_relation("Jane Roe", "ROLE_IN", "British Parliament"));
}

TEST(RolesStage, OfPhraseBodyAfterACompoundAdjectiveOrDefiningItsAcronym) {
  // A lower-case compound adjective may open the body's name: "editor of union-backed X".
  Roled modified("Jane Roe, editor of church-backed Lantern magazine, said so.");
  const RoleFact* e = modified.role("Jane Roe", "editor");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->of_name, "Lantern");
  Roled leader("John Doe, leader of the anti-immigration Freedom Party, said so.");
  const RoleFact* l = leader.role("John Doe", "Leader");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->of_name, "Freedom Party");
  // The body's full name then its acronym in parentheses: the acronym's entity holds the post,
  // one entity with the full name since row 19.340 (the name before the acronym it defines).
  Roled acronym("Prices rose, said John Doe, Director General of the Fernby Chamber of Traders (FCT).");
  const RoleFact* d = acronym.role("John Doe", "Director General");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->of_name, "Fernby Chamber of Traders");
  // Near misses: a capitalised first word is a name, not a compound adjective; a lower-case
  // word in parentheses defines nothing; a body no entity stands for holds nothing.
  Roled spaced("Jane Roe, editor of church - backed Lantern magazine, said so.");
  for (const auto& r : spaced.a.roles) EXPECT_NE(r.of_name, "Lantern");
  Roled lower("Britain voted. John Doe, president of the Local Lawyers Association (founded 1990), said so.");
  for (const auto& r : lower.a.roles) EXPECT_TRUE(r.of_name.empty() || r.of_name != "United Kingdom") << r.of_name;
}

TEST(RelationsStage, PlaceLocatedThroughAKnownPlace) {
  // A known place inside an unknown place's name, and a known place's place.
  Related name("Jane Roe spoke in North Miami on Monday. The United States will vote in May.");
  EXPECT_TRUE(name.has_relation("North Miami", "LOCATED_IN", "United States"));
  Related poss("Jane Roe spoke beside Miami's Freedom Tower on Monday. The United States will vote in May.");
  EXPECT_TRUE(poss.has_relation("Freedom Tower", "LOCATED_IN", "United States"));
  // The country must be named in the document.
  Related unnamed("Jane Roe spoke in North Miami on Monday.");
  EXPECT_FALSE(unnamed.has_relation("North Miami", "LOCATED_IN", "United States"));
}

TEST(RelationsStage, PlaceLocatedThroughAnAliasInsideItsName) {
  // A known place's alias ending an unknown place's name (`New York`, an alias of New York
  // City): the country of that place, when the document names it.
  Related alias("Jane Roe served as a prosecutor for the Northern District of New York for a decade. "
                "The United States will vote in May.");
  EXPECT_TRUE(alias.has_relation("Northern District of New York", "LOCATED_IN", "United States"));
  Related unnamed("Jane Roe served as a prosecutor for the Northern District of New York for a decade.");
  for (const auto& r : unnamed.a.relations) EXPECT_NE(to_string(r.type), "LOCATED_IN") << unnamed.name(r.head);
}

TEST(RolesStage, QualifiedTitleSetOffByCommasBeforeTheName) {
  Roled t("The French Interior Minister, Jean Dupont, said France would act.");
  const RoleFact* f = t.role("Jean Dupont", "Interior Minister");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->of_name, "France");
  EXPECT_EQ(f->rule, "title-comma-name");
  // An unqualified title before a comma is no apposition of the name after it.
  Roled bare("Thanks to the President, Jean Dupont, said France would act.");
  for (const auto& r : bare.a.roles) EXPECT_NE(r.rule, "title-comma-name");
}

TEST(RolesStage, ATitleHoldingABodysNameStaysATitle) {
  // A title of titles.json that holds a body's name after its first word is a cue, the
  // body's mention inside it kept.
  Roled amb("The vote was close. A sharp reply by US Ambassador to the United Nations, Jane Roe, followed on Monday.");
  const RoleFact* f = amb.role("Jane Roe", "Ambassador to the United Nations");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->of_name, "United States");
  EXPECT_EQ(f->rule, "title-comma-name");
  EXPECT_TRUE(std::any_of(amb.a.mentions.begin(), amb.a.mentions.end(),
                          [&](const Mention& m) { return amb.name(m.entity) == "United Nations"; }));
  Roled chiefs("The vote was close in Washington. Chairman of the Joint Chiefs of Staff John Doe spoke later.");
  EXPECT_NE(chiefs.role("John Doe", "Chairman of the Joint Chiefs of Staff"), nullptr);
  // A cue that opens inside a name is still no cue: `General` of a company.
  Roled gm("The vote was close. General Motors said it would act.");
  for (const auto& c : gm.a.cues) EXPECT_NE(c.kind, Cue::Kind::Title) << c.value;
}

TEST(RolesStage, AQualifiedLowerCaseTitleBeforeANameIsItsPost) {
  // Set off by commas after a possessive country or a demonym: the name's post there.
  Roled poss("The vote was close. Argentina's economy minister, Juan Roca, said talks would go on.");
  const RoleFact* f = poss.role("Juan Roca", "Economy Minister");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->of_name, "Argentina");
  EXPECT_EQ(f->rule, "title-comma-name");
  Roled demonym("The vote was close. The French president, Jean Dupont, said talks would go on.");
  const RoleFact* d = demonym.role("Jean Dupont", "President");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->of_name, "France");
  // Right before the name, a qualified office that is no national post (a foreign office).
  Roled adjacent("The vote was close. Britain's foreign secretary John Doe said talks would go on.");
  const RoleFact* g = adjacent.role("John Doe", "Foreign Secretary");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->of_name, "United Kingdom");
  // No qualifier, or the name not set off on both sides: no post.
  Roled bare("The vote was close in Paris. In a letter to the interior minister, Jean Dupont said talks would go on.");
  EXPECT_EQ(bare.role("Jean Dupont", "Interior Minister"), nullptr);
  Roled open("The vote was close. After a call with Argentina's economy minister, Juan Roca said talks would go on.");
  EXPECT_EQ(open.role("Juan Roca", "Economy Minister"), nullptr);
  Roled foreign("The vote was close. Officials said foreign secretary John Doe would go.");
  EXPECT_EQ(foreign.role("John Doe", "Foreign Secretary"), nullptr);
}

TEST(RolesStage, TitleWithItsBodySetOffByCommasBeforeTheName) {
  // [the] title of [the] BODY, Name, : the post is the name's, in the body of the of-phrase.
  Roled country("The prime minister of Norway, Erik Solheim, said the talks would go on.");
  const RoleFact* pm = country.role("Erik Solheim", "Prime Minister");
  ASSERT_NE(pm, nullptr);
  EXPECT_EQ(pm->of_name, "Norway");
  EXPECT_EQ(pm->rule, "title-of-comma-name");
  Roled body("Prices fell, and the director of the Federal Reserve, Jane Roe, said so.");
  const RoleFact* d = body.role("Jane Roe", "Director");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->of_name, "Federal Reserve");
  // Near misses: the name left open (not set off), a title inside another of-phrase, a
  // title after a possessive, no title before `of`.
  const char* misses[] = {
      "In a letter to the president of Norway, Erik Solheim said the talks would go on.",
      "The wife of the president of Norway, Jane Roe, said the talks would go on.",
      "Jane Roe's adviser of Norway, Erik Solheim, said the talks would go on.",
      "A friend of Norway, Erik Solheim, said the talks would go on.",
  };
  for (const char* text : misses) {
    Roled t(text);
    for (const auto& r : t.a.roles) EXPECT_NE(r.rule, "title-of-comma-name") << text;
  }
}

TEST(RelationsStage, AHeOrSheJudgedInReportedWordsIsTheCoreferenceStagesReference) {
  // Reported words stand outside quotation marks: the coreference stage resolved `She`.
  Related t("Jane Roe was sworn in on Monday. She is a capable leader and a skilled negotiator, said Tom Doe, a former aide.");
  EXPECT_TRUE(t.has_relation("Tom Doe", "SUPPORTS", "Jane Roe"));
  // Never the speaker.
  Related own("Tom Doe spoke on Monday. He said he is a capable leader.");
  EXPECT_FALSE(own.has_relation("Tom Doe", "SUPPORTS", "Tom Doe"));
}

TEST(RelationsStage, AConductOfTheLexiconInAQuoteJudgesItsSubject) {
  Related t("Jane Roe spoke on Monday. \"I feel the Green Party have over-reacted,\" said Tom Doe.");
  EXPECT_TRUE(t.has_relation("Tom Doe", "CRITICIZED", "Green Party"));
  Related let("Richard Poe met Tom Doe on Monday. \"He has let the country down,\" Tom Doe said.");
  EXPECT_TRUE(let.has_relation("Tom Doe", "CRITICIZED", "Richard Poe"));
  // Reported words: holding back evidence is a failing laid at the subject's door.
  Related evidence("Jane Roe spoke on Monday. Tom Doe said France did not provide any evidence for the claim.");
  EXPECT_TRUE(evidence.has_relation("Tom Doe", "CRITICIZED", "France"));
  // A dismissal idiom, read across the marks of a quoted fragment to the owner of the argument.
  Related legs("Jane Roe spoke on Monday. Tom Doe said that France's argument \"has no legs\".");
  EXPECT_TRUE(legs.has_relation("Tom Doe", "CRITICIZED", "France"));
  // A contracted negative auxiliary opens a conduct too.
  Related preach("Jane Roe spoke on Monday. Tom Doe said: \"It is a pity that Mrs Roe doesn't practise what she preaches.\"");
  EXPECT_TRUE(preach.has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
  // Negated before it in the quote, a conduct that is no failing, or an outcome missed
  // ("failed to win"): nothing.
  Related neg("Jane Roe spoke on Monday. \"I do not think Richard Poe has let the country down,\" said Tom Doe.");
  EXPECT_FALSE(neg.has_relation("Tom Doe", "CRITICIZED", "Richard Poe"));
  Related done("Jane Roe spoke on Monday. \"Richard Poe has delivered,\" said Tom Doe.");
  EXPECT_FALSE(done.has_relation("Tom Doe", "CRITICIZED", "Richard Poe"));
  Related lost("Jane Roe spoke on Monday. \"Richard Poe has failed to win the seat,\" said Tom Doe.");
  EXPECT_FALSE(lost.has_relation("Tom Doe", "CRITICIZED", "Richard Poe"));
}

TEST(RelationsStage, TheGovernmentIsTheOneCountryTheDocumentNames) {
  Related one("France will vote in May. Jane Roe said the government had failed to act on schools.");
  EXPECT_TRUE(one.has_relation("Jane Roe", "CRITICIZED", "France"));
  Related cue("France will vote in May. Jane Roe condemned the government on Monday.");
  EXPECT_TRUE(cue.has_relation("Jane Roe", "CRITICIZED", "France"));
  // Two countries named, or none: the government is no one's.
  Related two("France and Spain will vote in May. Jane Roe condemned the government on Monday.");
  EXPECT_FALSE(two.has_relation("Jane Roe", "CRITICIZED", "France"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "CRITICIZED", "Spain"));
}

TEST(RelationsStage, ThisCountryInAQuoteIsTheSpeakersOrTheOneCountryTheDocumentNames) {
  Related one("France will vote in May. \"This country needs a leader,\" Jane Roe said.");
  EXPECT_TRUE(one.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  Related ours("France will vote in May. \"I will always fight for our nation,\" Jane Roe said.");
  EXPECT_TRUE(ours.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  Related reported("France will vote in May. Jane Roe said this country needs a leader.");
  EXPECT_TRUE(reported.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  // The speaker's own country by a role comes first.
  Related minister("\"This country needs a leader,\" said Spanish Foreign Minister Jane Roe after talks in France.");
  EXPECT_TRUE(minister.has_relation("Jane Roe", "SAID_ABOUT", "Spain"));
  EXPECT_FALSE(minister.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  // Two countries named: neither. Another determiner, a compound, a name: nothing.
  Related two("France and Spain will vote in May. \"This country needs a leader,\" Jane Roe said.");
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Spain"));
  Related that("France will vote in May. \"That country needs a leader,\" Jane Roe said.");
  EXPECT_FALSE(that.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  Related compound("France will vote in May. \"This nation-building needs a leader,\" Jane Roe said.");
  EXPECT_FALSE(compound.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  Related club("France will vote in May. \"Our country club needs a leader,\" Jane Roe said.");
  EXPECT_FALSE(club.has_relation("Jane Roe", "SAID_ABOUT", "France"));
}

TEST(RelationsStage, ThisCountryIsTheDocumentsCountryOnlyWhenNothingPlacesTheStoryElsewhere) {
  // A place of the same country leaves the one country named.
  Related same("Jane Roe spoke in Paris about France on Monday. \"This country needs a leader,\" Jane Roe said.");
  EXPECT_TRUE(same.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  // A speaker in London, a story naming Australia alone: no country is guessed.
  Related london("Jane Roe spoke in London on Monday about the tour of Australia. \"We have the best players in this "
                 "country,\" Jane Roe said.");
  EXPECT_FALSE(london.has_relation("Jane Roe", "SAID_ABOUT", "Australia"));
  // A demonym does not place the story: an immigrant speaks of the country the story is set in.
  Related haitian("Haitian immigrant Jane Roe spoke in Chicago about the United States. \"This country has been "
                  "good to me,\" Jane Roe said.");
  EXPECT_TRUE(haitian.has_relation("Jane Roe", "SAID_ABOUT", "United States"));
  // A name the gazetteer also gives a place of the document's country places it nowhere else.
  Related virginia("Jane Roe spoke in Virginia about the United States. \"This country needs a leader,\" Jane Roe said.");
  EXPECT_TRUE(virginia.has_relation("Jane Roe", "SAID_ABOUT", "United States"));
  // The speaker's own country by a role still comes first.
  Related minister("Spanish Foreign Minister Jane Roe spoke in London. \"This country needs a leader,\" Jane Roe said.");
  EXPECT_TRUE(minister.has_relation("Jane Roe", "SAID_ABOUT", "Spain"));
}

TEST(RelationsStage, TheWritersReferenceToSomeoneMakesTheQuoteAboutThem) {
  Related next("\"He is not running people down,\" Jane Roe said. That was plainly a reference to Donald Trump.");
  EXPECT_TRUE(next.has_relation("Jane Roe", "SAID_ABOUT", "Donald Trump"));
  EXPECT_FALSE(next.has_relation("Jane Roe", "CRITICIZED", "Donald Trump"));
  // The person a party's name qualifies, not the party.
  Related same("\"He is not running people down,\" Jane Roe said, in a seeming reference to Republican mayoral "
               "candidate Donald Trump.");
  EXPECT_TRUE(same.has_relation("Jane Roe", "SAID_ABOUT", "Donald Trump"));
  EXPECT_FALSE(same.has_relation("Jane Roe", "SAID_ABOUT", "Republican Party"));
  // A swipe also criticises.
  Related swipe("In a veiled swipe at Donald Trump, Jane Roe said: \"We need a leader, not a showman.\"");
  EXPECT_TRUE(swipe.has_relation("Jane Roe", "SAID_ABOUT", "Donald Trump"));
  EXPECT_TRUE(swipe.has_relation("Jane Roe", "CRITICIZED", "Donald Trump"));
  // Not another sentence's reference, not a negated one.
  Related other("\"He is not running people down,\" Jane Roe said. Donald Trump made a reference to Tom Brady.");
  EXPECT_FALSE(other.has_relation("Jane Roe", "SAID_ABOUT", "Tom Brady"));
  Related negated("\"America had a week of achievement,\" Jane Roe said, without even a brief reference to Tom Brady.");
  EXPECT_FALSE(negated.has_relation("Jane Roe", "SAID_ABOUT", "Tom Brady"));
}

// Issue #23 (row 23.26): the determiner of `this country` is looked for first and a quote's
// sentences are checked for another quote only at a reference noun; what is read is unchanged.
TEST(RelationsStage, ThisCountryAndTheWritersReferenceAfterNearMisses) {
  // A compound first, then `this country` in the same quote.
  Related later("France will vote in May. \"Our country club is full, and this country needs a leader,\" Jane Roe said.");
  EXPECT_TRUE(later.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  Related capital("France will vote in May. \"This Country needs a leader,\" Jane Roe said.");
  EXPECT_FALSE(capital.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  // The reference's sentence holds a second quote: the reference is nobody's.
  Related two("\"He is not running,\" Jane Roe said, and \"he is done,\" she added, in an apparent reference to "
              "Donald Trump.");
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Donald Trump"));
  // A second quote in another sentence does not stop it.
  Related one("\"He is not running,\" Jane Roe said, in an apparent reference to Donald Trump. \"We will see,\" Tom "
              "Doe said.");
  EXPECT_TRUE(one.has_relation("Jane Roe", "SAID_ABOUT", "Donald Trump"));
}

TEST(RelationsStage, TheAntecedentOfARelativeWordIsJudgedByTheVerbItOpens) {
  Related whom("Jane Roe spoke on Monday. Tom Doe praised Richard Poe, whom Mrs Roe characterized as a \"monster\".");
  EXPECT_TRUE(whom.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  Related dash("Jane Roe spoke on Monday. Tom Doe praised Richard Poe — who Jane Roe called \"a despicable man\".");
  EXPECT_TRUE(dash.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  // No evaluation after the verb: nothing.
  Related plain("Jane Roe spoke on Monday. Tom Doe praised Richard Poe, whom Jane Roe called on Monday.");
  EXPECT_FALSE(plain.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
}

TEST(RelationsStage, ItOpeningReportedWordsIsTheBodyTheSentenceNamedLast) {
  Related it("Jane Roe spoke on Monday. Tom Doe praised the Green Party but said it did not deliver on schools.");
  EXPECT_TRUE(it.has_relation("Tom Doe", "CRITICIZED", "Green Party"));
  // Never the speaker itself.
  Related own("Jane Roe spoke on Monday. The Green Party said it did not deliver on schools.");
  EXPECT_FALSE(own.has_relation("Green Party", "CRITICIZED", "Green Party"));
  for (const auto& r : own.a.relations) EXPECT_NE(r.type, RelationType::Criticized);
}

TEST(RelationsStage, WithAfterTheMeetingNounsOwnPhrases) {
  Related t("Jane Roe spoke on Monday. Richard Poe will be meeting in Fernby on Thursday with Tom Doe.");
  EXPECT_TRUE(t.has_relation("Richard Poe", "MET_WITH", "Tom Doe"));
  // A he/she between is the one who met; a new clause stops the search.
  Related she("Jane Roe spoke to CNN on Monday about a private meeting she had with Tom Doe.");
  EXPECT_TRUE(she.has_relation("Jane Roe", "MET_WITH", "Tom Doe"));
  EXPECT_FALSE(she.has_relation("CNN", "MET_WITH", "Tom Doe"));
  Related clause("Richard Poe held a meeting on Monday, and Jane Roe spoke with Tom Doe.");
  EXPECT_FALSE(clause.has_relation("Richard Poe", "MET_WITH", "Tom Doe"));
}

TEST(RelationsStage, ReportedSpeechLayingAChemicalAttackAtSomeonesDoorBlamesThem) {
  Related t("Jane Roe spoke on Monday. Tom Doe said that the Syrian regime launched a chemical attack on the town.");
  EXPECT_TRUE(t.has_relation("Tom Doe", "CRITICIZED", "Syria"));
  // Denied or negated before it, or an attack with no such modifier: nothing.
  Related neg("Jane Roe spoke on Monday. Tom Doe said there was no proof the Syrian regime launched a chemical attack on the town.");
  EXPECT_FALSE(neg.has_relation("Tom Doe", "CRITICIZED", "Syria"));
  Related plain("Jane Roe spoke on Monday. Tom Doe said that the Syrian government launched an attack.");
  EXPECT_FALSE(plain.has_relation("Tom Doe", "CRITICIZED", "Syria"));
}

// Relations read what the coreference stage resolved and never resolve again: a he/she
// inside quotation marks is the stage's unwritten reference (Annotation::unwritten_references);
// without it the quote names no one judged.
TEST(RelationsStage, PronounInADirectQuoteIsTheStagesReference) {
  const std::string text = "Richard Poe, the mayor, resigned on Monday. \"He is reckless,\" said Jane Roe.";
  Staged t(text, Stage::Quotes);
  const auto he = std::find_if(t.a.unwritten_references.begin(), t.a.unwritten_references.end(),
                               [&](const Mention& m) { return t.a.text(m.span) == "He"; });
  ASSERT_NE(he, t.a.unwritten_references.end());
  EXPECT_EQ(t.name(he->entity), "Richard Poe");
  EXPECT_EQ(he->coreference_rule, "pronoun");
  extract_relations(t.a, lex());
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_TRUE(t.has_relation("Jane Roe", "SAID_ABOUT", "Richard Poe"));

  Staged unresolved(text, Stage::Quotes);
  unresolved.a.unwritten_references.clear();
  extract_relations(unresolved.a, lex());
  EXPECT_FALSE(unresolved.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
}

// `the party's election chief X`: the collective is the stage's unwritten reference to the
// organisation named before; relations give the post in it from that look-up.
TEST(RelationsStage, CollectiveBeforeAPossessiveIsTheStagesReference) {
  const std::string text = "The Labour Party met on Monday. The party's election chief Jane Roe spoke.";
  Staged t(text, Stage::Quotes);
  const auto party = std::find_if(t.a.unwritten_references.begin(), t.a.unwritten_references.end(),
                                  [&](const Mention& m) { return m.coreference_rule == "collective"; });
  ASSERT_NE(party, t.a.unwritten_references.end());
  EXPECT_EQ(t.a.text(party->span), "The party");
  EXPECT_EQ(t.name(party->entity), "Labour Party");
  extract_relations(t.a, lex());
  EXPECT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Labour Party"));

  Staged unresolved(text, Stage::Quotes);
  unresolved.a.unwritten_references.clear();
  extract_relations(unresolved.a, lex());
  EXPECT_FALSE(unresolved.has_relation("Jane Roe", "ROLE_IN", "Labour Party"));
}

// `back` is the verb `to back` only with a direct object: after a form of "be" or a verb of
// motion, or before a preposition, it is an adverb and backs no one.
TEST(RelationsStage, BackAsAnAdverbBacksNoOne) {
  EXPECT_TRUE(Related("Jane Roe backed Richard Poe on Monday.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe will back Richard Poe.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe is back after injury and Richard Poe returns.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe ended up back in Russia.").has_relation("Jane Roe", "SUPPORTS", "Russia"));
  EXPECT_FALSE(Related("Jane Roe headed the ball back to Richard Poe.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
}

// A noun cue (`critic`) takes the one it is of from a possessive or a name in its own
// phrase; a name before a comma stands in a list of its own.
TEST(RelationsStage, NounOfCueAfterACommaIsOfNoOneNamed) {
  EXPECT_TRUE(Related("Jane Roe's critic Richard Poe spoke on Monday.").has_relation("Richard Poe", "CRITICIZED", "Jane Roe"));
  EXPECT_FALSE(Related("The panel included actress Jane Roe, critic Richard Poe and a director.")
                   .has_relation("Richard Poe", "CRITICIZED", "Jane Roe"));
}

// `COUNTRY's [modifiers] ORG` places the organisation in the country; after a preposition
// the organisation is the complement of another noun.
TEST(RelationsStage, CountryPossessiveOrganisationNotAcrossAPreposition) {
  EXPECT_TRUE(Related("Britain's market regulator the Financial Services Authority said so.")
                  .has_relation("Financial Services Authority", "LOCATED_IN", "United Kingdom"));
  EXPECT_FALSE(Related("Britain's presidency of the G8 begins in January.").has_relation("G8", "LOCATED_IN", "United Kingdom"));
}

// The one acted on in a passive is a subject, not the object of another phrase's
// preposition.
TEST(RelationsStage, PassivePatientIsNoObjectOfAPreposition) {
  EXPECT_TRUE(Related("Richard Poe was backed by Jane Roe on Monday.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("The scheme is run by the Labour Party and backed by Jane Roe.")
                   .has_relation("Jane Roe", "SUPPORTS", "Labour Party"));
}

// A name before an action noun is its agent only as a modifier, not across a verb of
// speech.
TEST(RelationsStage, NounCueAgentNotAcrossASpeechVerb) {
  EXPECT_TRUE(Related("The Russian missile strike on Syria killed nine.").has_relation("Russia", "ATTACKED", "Syria"));
  EXPECT_FALSE(Related("Jane Roe said such attacks on Syria were wrong.").has_relation("Jane Roe", "ATTACKED", "Syria"));
}

// A one-word verb of force takes the one hit as its direct object or through a target
// preposition (`hacked into X`), never past another preposition (`struck a deal with X`,
// `could target households in X`).
TEST(RelationsStage, ForceVerbTakesItsTargetDirectly) {
  EXPECT_TRUE(Related("Russia bombed the Syrian town on Monday.").has_relation("Russia", "ATTACKED", "Syria"));
  EXPECT_TRUE(Related("Russia hacked into Democratic National Committee servers.")
                  .has_relation("Russia", "ATTACKED", "Democratic National Committee"));
  EXPECT_FALSE(Related("Microsoft struck a deal with Google on Monday.").has_relation("Microsoft", "ATTACKED", "Google"));
  EXPECT_FALSE(Related("Microsoft could target households in Germany.").has_relation("Microsoft", "ATTACKED", "Germany"));
}

// A verb of attack made by a person is criticism; force is done by states and groups.
TEST(RelationsStage, AttackByAPersonIsCriticism) {
  const Related t("Jane Roe attacked the German government's failure on Monday.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Germany"));
  EXPECT_FALSE(t.has_relation("Jane Roe", "ATTACKED", "Germany"));
  EXPECT_TRUE(Related("Russia attacked Georgia in August.").has_relation("Russia", "ATTACKED", "Georgia"));
}

// A capitalised cue inside a sentence is part of a name, also after a possessive that
// opens a capitalised sequence or after a comma; a verb is capitalised there only after
// an opening quotation mark.
TEST(RelationsStage, CapitalisedCueInsideANameIsNoVerb) {
  EXPECT_TRUE(Related("Jane Roe met Richard Poe on Monday.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe will miss Tuesday's Champions League tie against Richard Poe.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe stars in the comedy, Meet Richard Poe, this winter.")
                   .has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
}

// A cue that is also a role noun (`champion`) right between a name and a person's name is
// a title; as a verb it still backs its object.
TEST(RelationsStage, RoleNounCueBeforeAPersonIsATitle) {
  EXPECT_TRUE(Related("Jane Roe championed Richard Poe in the debate.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("On Monday former British champion Jane Roe will play.").has_relation("United Kingdom", "SUPPORTS", "Jane Roe"));
}

// A role-noun cue after a modifier heads a noun phrase (`world champion X`, `the 2010
// champion`), and a participle cue right before a role noun modifies it (`defending
// champion X`, `best supporting actress`); after its subject, a pronoun or a verb-group
// word the cue is still the verb.
TEST(RelationsStage, RoleNounCueAfterAModifierIsANoun) {
  EXPECT_FALSE(Related("Jane Roe beat world indoor champion Richard Poe in Leeds.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe, the 2010 champion, beat Richard Poe in Leeds.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe lost to reigning champion Richard Poe in Leeds.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe won best supporting actress for Richard Poe's new film.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe lost narrowly against defending champion Richard Poe.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe will champion Richard Poe in the debate.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe is supporting Richard Poe in the race.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
}

// One meets a person, not what a possessor owns: a meeting verb whose object is a
// possessor (`met X's cross`, `welcomed X's announcement`) meets no one named; a name
// after the possessive is still met.
TEST(RelationsStage, AMeetingVerbMeetsNoPossessor) {
  EXPECT_FALSE(Related("Jane Roe met Richard Poe's low cross at the far post.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe welcomed Richard Poe's announcement on Monday.")
                   .has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe met Richard Poe at the far post.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe will meet France's Richard Poe in the final.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
}

// After a preposition a country followed by a few lower-case words and a name qualifies
// that name's noun phrase (`talks with US banker X`): the name is the argument; not
// across a preposition (`talks with Russia over X`) or a coordinator.
TEST(RelationsStage, ACountryQualifyingANamedNounPhraseIsNoArgument) {
  const Related t("Jane Roe held talks with US banker Richard Poe on Monday.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(t.has_relation("Jane Roe", "MET_WITH", "United States"));
  EXPECT_TRUE(Related("Jane Roe was in talks with US investment banker Richard Poe.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe held talks with Russia over Richard Poe on Monday.").has_relation("Jane Roe", "MET_WITH", "Russia"));
  EXPECT_TRUE(Related("Jane Roe held talks with Russia and Richard Poe on Monday.").has_relation("Jane Roe", "MET_WITH", "Russia"));
}

// Row 18.265: a time word after the country (before_that, time_phrase_nouns) ends the run of
// lower-case words that qualify a name: the clause goes on past the country, its argument.
TEST(RelationsStage, ATimeWordAfterACountryEndsItsQualifyingRun) {
  EXPECT_TRUE(Related("Jane Roe held talks with Russia yesterday Richard Poe said.").has_relation("Jane Roe", "MET_WITH", "Russia"));
  EXPECT_TRUE(Related("Jane Roe held talks with Russia last week Richard Poe said.").has_relation("Jane Roe", "MET_WITH", "Russia"));
  EXPECT_FALSE(Related("Jane Roe held talks with US banker Richard Poe on Monday.").has_relation("Jane Roe", "MET_WITH", "United States"));
}

// Coordinated subjects meet each other only when the meeting word has no partner or
// object of its own (`X and Y welcomed the report`, `X and Y ... talks with unions`).
TEST(RelationsStage, CoordinatedSidesMeetOnlyWithNoOtherPartner) {
  EXPECT_FALSE(Related("Jane Roe and Richard Poe welcomed the report on Monday.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe and Richard Poe have been negotiating with unions over pay.")
                   .has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe and Richard Poe spent the week in talks with unions about pay.")
                   .has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe and Richard Poe met on Monday.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe and Richard Poe held talks in Paris on Monday.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
}

// Row 18.268: `back` is the verb only in a verb's slot (after its subject, a pronoun, a
// plural noun naming people, a word of the verb group); after any other word it is a
// particle, an adverb or a noun.
TEST(RelationsStage, BackIsTheVerbOnlyInAVerbsSlot) {
  EXPECT_FALSE(Related("Jane Roe is buying back Halvern Mining from its owners.").has_relation("Jane Roe", "SUPPORTS", "Halvern Mining"));
  EXPECT_FALSE(Related("Jane Roe clawed back three points for Richard Poe on Sunday.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe needs experienced back-up to Richard Poe this season.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe will back Richard Poe in the vote.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe still backs Richard Poe in the vote.").has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(Related("Labour voters back Richard Poe, Jane Roe said.").has_relation("Labour Party", "SUPPORTS", "Richard Poe"));
}

// Row 18.269: a name in the prepositional phrase of a noun after the verb is no object of
// the verb (`attacked the decision over X`); through `of`, `by`, an inclusion word or
// after an -ing cue qualifying the noun it still is.
TEST(RelationsStage, ANameInTheComplementOfANounIsNoObject) {
  EXPECT_FALSE(Related("Jane Roe attacked the decision over Richard Poe on Monday.").has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe backed the campaign in Halvern on Monday.").has_relation("Jane Roe", "SUPPORTS", "Halvern"));
  EXPECT_TRUE(Related("Jane Roe attacked the remarks of Richard Poe on Monday.").has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe made disparaging remarks about Richard Poe on Monday.")
                  .has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
}

// Row 18.270: `the government` does not stand for the one country named right after it in a
// phrase on a topic (`the government over Iraq`); `the government of|in X` is X's.
TEST(RelationsStage, TheGovernmentIsNotTheCountryOfItsTopic) {
  EXPECT_FALSE(Related("Jane Roe also praised the government over Iraq on Monday.").has_relation("Jane Roe", "SUPPORTS", "Iraq"));
  EXPECT_TRUE(Related("Jane Roe visited Iraq on Monday. She said the government had failed to act.")
                  .has_relation("Jane Roe", "CRITICIZED", "Iraq"));
}

// Row 18.271: a noun-first cue form (`honours`, `targets`) is the noun after a modifier and
// before a preposition or a punctuation mark; in a verb's slot it is the verb.
TEST(RelationsStage, HonoursAndTargetsAreNounsOutsideAVerbsSlot) {
  EXPECT_FALSE(Related("Richard Poe won top honours at the Halvern Festival on Sunday.")
                   .has_relation("Richard Poe", "SUPPORTS", "Halvern Festival"));
  EXPECT_FALSE(Related("Russia named potential targets in Syria on Monday.").has_relation("Russia", "ATTACKED", "Syria"));
  EXPECT_TRUE(Related("Russia will target Syria on Monday.").has_relation("Russia", "ATTACKED", "Syria"));
}

// Row 18.272: a country after a name and `of` qualifies the name, which is the subject.
TEST(RelationsStage, ANameOfACountryIsTheSubject) {
  const Related t("Jane Roe of Norway criticised Richard Poe on Monday.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_FALSE(t.has_relation("Norway", "CRITICIZED", "Richard Poe"));
}

// Row 18.273: coordinated sides at `a meeting of` a body, or meeting a possessor's people,
// do not meet each other.
TEST(RelationsStage, CoordinatedSidesAtAMeetingOfABodyMeetNoOneNamed) {
  EXPECT_FALSE(Related("Jane Roe and Richard Poe spoke during a meeting of the parliamentary party.")
                   .has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe and Richard Poe met supporters' representatives on Monday.")
                   .has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_TRUE(Related("Jane Roe and Richard Poe held a meeting in Paris on Monday.").has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
}

// The named owner of a plan is its possessor within one phrase, not a possessive of
// another sentence before it.
TEST(RelationsStage, PlanPossessorWithinItsPhrase) {
  EXPECT_TRUE(Related("Richard Poe's plans include a tax cut. The Tories dismissed the plans as desperate.")
                  .has_relation("Conservative Party", "CRITICIZED", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe spoke on Richard Poe's Sunday programme. Other plans include a tax cut. "
                       "The Tories dismissed the plan as desperate.")
                   .has_relation("Conservative Party", "CRITICIZED", "Richard Poe"));
}

// A participle after a comma modifies the phrase right before the comma: the one backed
// ends there.
TEST(RelationsStage, ParticipleAfterACommaModifiesThePhraseBeforeIt) {
  EXPECT_TRUE(Related("Jane Roe, backed by Richard Poe, won the vote.").has_relation("Richard Poe", "SUPPORTS", "Jane Roe"));
  EXPECT_FALSE(Related("Jane Roe was worried about plans, backed by Richard Poe, to cut taxes.")
                   .has_relation("Richard Poe", "SUPPORTS", "Jane Roe"));
}

// A verb of aiming (aim_verbs) is force only when an armed group, a state or an
// organisation aims; a person aims at voters or a goal.
TEST(RelationsStage, AimOfAPersonIsNoAttack) {
  EXPECT_TRUE(Related("ETA targeted the Bernabeu stadium in Madrid.").has_relation("ETA", "ATTACKED", "Bernabeu"));
  EXPECT_FALSE(Related("Jane Roe targeted Labour voters in Leeds.").has_relation("Jane Roe", "ATTACKED", "Labour Party"));
  EXPECT_FALSE(Related("Richard Poe was targeted by Jane Roe.").has_relation("Jane Roe", "ATTACKED", "Richard Poe"));
}

TEST(RelationsStage, WeInAQuoteByAPostHolderSpeaksForTheBody) {
  // A chief executive's "we" is the company's.
  Related t("Jane Roe, chief executive of Halvern Mining, spoke on Monday.\n\n\"We are a commercial company,\" Roe said.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Halvern Mining"));
  EXPECT_TRUE(t.has_relation("Jane Roe", "SAID_ABOUT", "Halvern Mining"));
  // Without we/our/us the quote is not about the company.
  Related plain("Jane Roe, chief executive of Halvern Mining, spoke on Monday.\n\n\"Prices are a problem,\" Roe said.");
  EXPECT_FALSE(plain.has_relation("Jane Roe", "SAID_ABOUT", "Halvern Mining"));
  // Posts in two bodies: which one "we" is, is unclear.
  Related two("Jane Roe, chief executive of Halvern Mining, spoke on Monday. Ostby Bank chairman Jane Roe agreed.\n\n"
              "\"We are a commercial company,\" Roe said.");
  EXPECT_TRUE(two.has_relation("Jane Roe", "ROLE_IN", "Ostby Bank"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Halvern Mining"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Ostby Bank"));
  // A minister with a post in a body speaks for the country, as before.
  Related minister("Trade minister Jane Roe, chair of Halvern Mining, spoke in Britain on Monday.\n\n"
                   "\"We are a commercial company,\" Roe said.");
  EXPECT_TRUE(minister.has_relation("Jane Roe", "ROLE_IN", "Halvern Mining"));
  EXPECT_TRUE(minister.has_relation("Jane Roe", "SAID_ABOUT", "United Kingdom"));
  EXPECT_FALSE(minister.has_relation("Jane Roe", "SAID_ABOUT", "Halvern Mining"));
}

TEST(RelationsStage, PartyBeforeATitleOfStateInAnAppositionMakesAMember) {
  // As before a name: the party's adjective before a title of state or a seat.
  Related mayor("Jane Roe, the Republican mayor of Tampa, said so. Republicans agreed.");
  EXPECT_TRUE(mayor.has_relation("Jane Roe", "MEMBER_OF", "Republican Party"));
  EXPECT_FALSE(mayor.has_relation("Jane Roe", "ROLE_IN", "Republican Party"));
  Related seat("Jane Roe, a Democratic congressman from Georgia, spoke. Democrats agreed.");
  EXPECT_TRUE(seat.has_relation("Jane Roe", "MEMBER_OF", "Democratic Party"));
  EXPECT_FALSE(seat.has_relation("Jane Roe", "ROLE_IN", "Democratic Party"));
  // A post of the party stays one.
  Related chair("Jane Roe, the Republican chairman, spoke.");
  EXPECT_TRUE(chair.has_relation("Jane Roe", "ROLE_IN", "Republican Party"));
  // A title before another name, or a subject before its verb, is not the apposition's.
  Related list("Jane Roe met Richard Poe, Democratic presidential nominee John Doe and others.");
  EXPECT_FALSE(list.has_relation("Richard Poe", "MEMBER_OF", "Democratic Party"));
  Related subject("In an interview with Jane Roe, the Democratic presidential candidate stated his view.");
  EXPECT_FALSE(subject.has_relation("Jane Roe", "MEMBER_OF", "Democratic Party"));
}

TEST(RelationsStage, AShortNameInAQuoteStandsForTheOneBodyWithThatHead) {
  Related t("The Bank of Ostby left its rates unchanged on Monday.\n\n\"The Bank must act soon,\" Richard Poe said.");
  EXPECT_TRUE(t.has_relation("Richard Poe", "SAID_ABOUT", "Bank of Ostby"));
  // The head of two bodies' names names neither.
  Related two("The Bank of Ostby left its rates unchanged on Monday. The Bank of Halvern raised them.\n\n"
              "\"The Bank must act soon,\" Richard Poe said.");
  EXPECT_FALSE(two.has_relation("Richard Poe", "SAID_ABOUT", "Bank of Ostby"));
  EXPECT_FALSE(two.has_relation("Richard Poe", "SAID_ABOUT", "Bank of Halvern"));
  // The first word of a longer capitalised name is no short name.
  Related longer("The Bank of Ostby left its rates unchanged on Monday.\n\n\"The Bank Holiday is soon,\" Richard Poe said.");
  EXPECT_FALSE(longer.has_relation("Richard Poe", "SAID_ABOUT", "Bank of Ostby"));
}

TEST(RelationsStage, BareTitleStatesTheGazetteerOfficeOfThePersonNamedLast) {
  // `the chancellor` stands for the person named last, whom the gazetteer knows as
  // Chancellor of the Exchequer: his post in the country the article names.
  const std::string intro = "Gordon Brown spoke in Britain on Monday. ";
  Related t(intro + "The chancellor said growth would continue.");
  EXPECT_TRUE(t.has_relation("Gordon Brown", "ROLE_IN", "United Kingdom"));
  const auto role_in = std::find_if(t.a.relations.begin(), t.a.relations.end(),
                                    [](const Relation& r) { return r.rule == "bare-role-phrase"; });
  ASSERT_NE(role_in, t.a.relations.end());
  EXPECT_EQ(role_in->role, "Chancellor of the Exchequer");
  // A second bare title of the story is somebody else: the first read names the holder.
  Related two(intro + "The chancellor said growth would continue. The prime minister agreed.");
  const auto facts = bare_role_phrase_roles(two.a, lex());
  ASSERT_FALSE(facts.empty());
  for (const auto& f : facts) EXPECT_EQ(f.title, "Chancellor of the Exchequer");
  // Another person named between, a shadow post, or no country named: no post.
  Related between(intro + "Jane Roe said the chancellor was wrong.");
  EXPECT_FALSE(between.has_relation("Gordon Brown", "ROLE_IN", "United Kingdom"));
  Related shadow(intro + "The shadow chancellor said growth would stall.");
  EXPECT_FALSE(shadow.has_relation("Gordon Brown", "ROLE_IN", "United Kingdom"));
  Related nowhere("Gordon Brown spoke on Monday. The chancellor said growth would continue.");
  EXPECT_TRUE(bare_role_phrase_roles(nowhere.a, lex()).empty());
  // A predicate, or a phrase a relative clause picks out, refers to nobody.
  Related became(intro + "Gordon Brown became the chancellor in 1997.");
  EXPECT_TRUE(bare_role_phrase_roles(became.a, lex()).empty());
  Related restricted(intro + "Voters got the chancellor they wanted.");
  EXPECT_TRUE(bare_role_phrase_roles(restricted.a, lex()).empty());
  // The text gives the office to another person: not his.
  Related stated(intro + "Chancellor Jane Roe met him. The chancellor said growth would continue.");
  EXPECT_TRUE(bare_role_phrase_roles(stated.a, lex()).empty());
}

// A short name in a quote ("the Bank") stands for the one organisation whose name has that
// head noun, in every quote of the document (the heads are read once, at the first quote
// that has such a word); the head of two organisations' names names neither, and a quote
// without such a word gives no short-name relation.
TEST(RelationsStage, AShortNameInEachQuoteStandsForTheOneOrganisationWithThatHead) {
  auto short_named = [](const Related& t, const std::string& head) {
    return std::count_if(t.a.relations.begin(), t.a.relations.end(), [&](const Relation& x) {
      return x.rule == "quote:short-name" && t.name(x.head) == head && to_string(x.type) == "SAID_ABOUT" &&
             t.name(x.tail) == "Bank of Vellmark";
    });
  };
  const Related two("The Bank of Vellmark raised rates on Monday. \"Prices are high,\" said Omar Reed. "
                    "\"The Bank should stand ready,\" said Jana Holt. \"We expect the Bank to wait,\" said Omar Reed.");
  EXPECT_EQ(short_named(two, "Jana Holt"), 1);
  EXPECT_EQ(short_named(two, "Omar Reed"), 1);
  const Related both("The Bank of Vellmark and the Bank of Ostia raised rates. \"The Bank should stand ready,\" said Jana Holt.");
  for (const auto& x : both.a.relations) EXPECT_NE(x.rule, "quote:short-name");
  const Related none("The Bank of Vellmark raised rates on Monday. \"Prices are high,\" said Jana Holt.");
  for (const auto& x : none.a.relations) EXPECT_NE(x.rule, "quote:short-name");
}

// Judging verbs are read where the relation cues are (read_cues()), inside direct quotes as
// well as outside them, and judged in text order: each in a quote judges, as one outside does.
TEST(RelationsStage, JudgingVerbsInsideAndOutsideDirectQuotesJudgeInTextOrder) {
  const Related quoted("\"Richard Poe called Labour's plans dangerous and Omar Reed called the Tories' plans reckless,\" "
                       "said Jane Roe. Jane Roe called Richard Poe \"reckless\" on Monday.");
  EXPECT_TRUE(quoted.has_relation("Richard Poe", "CRITICIZED", "Labour Party"));
  EXPECT_TRUE(quoted.has_relation("Omar Reed", "CRITICIZED", "Conservative Party"));
  EXPECT_TRUE(quoted.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  std::vector<std::string> judges;
  for (const auto& x : quoted.a.relations)
    if (x.rule == "judgement:verb" && to_string(x.type) == "CRITICIZED") judges.push_back(quoted.name(x.head));
  EXPECT_EQ(judges, (std::vector<std::string>{"Richard Poe", "Omar Reed", "Jane Roe"}));
}

// The article, premodifiers and opposition words of a bare title are read by each token's
// lower-case form (its word lists, set when the tokens were interned), whatever the case
// written: `THE chancellor`, `The Former Chancellor` stand for the holder; `The Shadow
// chancellor` is a post of the opposition, no one's.
TEST(RelationsStage, BareTitleWordsAreReadByTheirLowerCaseForms) {
  const std::string intro = "Gordon Brown spoke in Britain on Monday. ";
  auto bare_title = [](const Related& t) {
    const auto facts = bare_role_phrase_roles(t.a, lex());
    return facts.size() == 1 && t.name(facts[0].person) == "Gordon Brown" && facts[0].title == "Chancellor of the Exchequer";
  };
  EXPECT_TRUE(bare_title(Related(intro + "The former chancellor said growth would continue.")));
  EXPECT_TRUE(bare_title(Related(intro + "The Former Chancellor said growth would continue.")));
  EXPECT_TRUE(bare_title(Related(intro + "Growth, THE chancellor said, would continue.")));
  EXPECT_TRUE(bare_role_phrase_roles(Related(intro + "The Shadow chancellor said growth would stall.").a, lex()).empty());
}

// A bare title stands only for a person the gazetteer knows in an office, named before it:
// a document naming nobody with a gazetteer role has no bare-title role, and a bare title
// before the holder's first name is passed over while one after it is read.
TEST(RelationsStage, ABareTitleIsReadOnlyAfterAGazetteerOfficeHoldersName) {
  EXPECT_TRUE(bare_role_phrase_roles(Related("Jane Roe spoke in Britain on Monday. The chancellor said growth would continue.").a,
                                     lex())
                  .empty());
  const Related t("The chancellor said growth would slow. Gordon Brown spoke in Britain on Monday. "
                  "The chancellor said growth would continue.");
  const auto facts = bare_role_phrase_roles(t.a, lex());
  ASSERT_EQ(facts.size(), 1u);
  EXPECT_EQ(t.name(facts[0].person), "Gordon Brown");
  EXPECT_EQ(facts[0].title, "Chancellor of the Exchequer");
  EXPECT_EQ(facts[0].sentence, 2u);
  EXPECT_GT(facts[0].cue_first, t.a.sentences[1].end_token - 1);
}

// A two-word blame predicate after a copula in a quote (`was to blame`, `is at fault`)
// holds the one named before the copula responsible, as a one-word one (`was
// responsible`) does; the same first word before another word (`was to leave`), or at
// the quote's end, holds no one responsible.
TEST(RelationsStage, ATwoWordBlamePredicateAfterACopulaHoldsTheSubjectResponsible) {
  auto blamed = [](const std::string& text) {
    const Related t(text);
    return std::any_of(t.a.relations.begin(), t.a.relations.end(), [&](const Relation& x) {
      return x.rule == "quote:holds-responsible" && t.name(x.head) == "Jane Roe" && t.name(x.tail) == "Richard Poe";
    });
  };
  EXPECT_TRUE(blamed("Jane Roe said Richard Poe was to blame for the attack."));
  EXPECT_TRUE(blamed("Jane Roe said Richard Poe is at fault for the attack."));
  EXPECT_TRUE(blamed("Jane Roe said Richard Poe was TO BLAME for the attack."));
  EXPECT_TRUE(blamed("Jane Roe said Richard Poe was responsible for the attack."));
  EXPECT_FALSE(blamed("Jane Roe said Richard Poe was to leave after the attack."));
  EXPECT_FALSE(blamed("Jane Roe said Richard Poe was at home during the attack."));
  EXPECT_FALSE(blamed("Jane Roe said Richard Poe was to."));
}

// A demonym is no entity mention (GUIDELINES "Demonyms"): the country the stage implies
// for one stays only when a relation takes it, and the relations after a dropped one
// still name their own entities.
TEST(RelationsStage, ADemonymNoRelationTakesNamesNoEntity) {
  auto named = [](const Related& t, const std::string& name) {
    return std::any_of(t.a.entities.begin(), t.a.entities.end(), [&](const Entity& e) { return e.canonical == name; });
  };
  const Related t("Jane Roe ate Cuban food in Miami on Monday. Jane Roe said the Russians were incompetent.");
  EXPECT_FALSE(named(t, "Cuba"));
  EXPECT_TRUE(named(t, "Russia"));
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Russia"));
  for (const auto& r : t.a.relations) {
    ASSERT_GE(r.head, 0);
    ASSERT_LT(static_cast<std::size_t>(r.tail), t.a.entities.size());
  }
  const Related alone("Jane Roe spoke in Spanish to Haitian immigrants on Monday.");
  EXPECT_FALSE(named(alone, "Spain"));
  EXPECT_FALSE(named(alone, "Haiti"));
  EXPECT_TRUE(named(alone, "Jane Roe"));
}

TEST(RelationsStage, AMeetingThatMightOrIsOnlyHopedToHappenIsNoMeeting) {
  auto met = [](const Related& t) {
    return t.has_relation("Jane Roe", "MET_WITH", "Richard Poe") || t.has_relation("Richard Poe", "MET_WITH", "Jane Roe");
  };
  // Held or stated as arranged: read.
  EXPECT_TRUE(met(Related("Jane Roe met Richard Poe in Geneva on Monday.")));
  EXPECT_TRUE(met(Related("Jane Roe will meet Richard Poe in Geneva on Tuesday.")));
  // Under a modal of possibility, a wish or an attempt: not read.
  EXPECT_FALSE(met(Related("Jane Roe might meet Richard Poe in Geneva on Tuesday.")));
  EXPECT_FALSE(met(Related("Jane Roe could also meet Richard Poe in Geneva.")));
  EXPECT_FALSE(met(Related("Jane Roe hopes to meet Richard Poe in Geneva next week.")));
  // A hedge in another phrase, set off by a comma, leaves the meeting standing.
  EXPECT_TRUE(met(Related("Jane Roe, who may retire, met Richard Poe in Geneva on Monday.")));
}

TEST(RelationsStage, TheObjectIsNotReadPastAPossessivePhraseItDoesNotHead) {
  // The object is the unnamed possessive phrase's head: the name in the phrase after it is none.
  Related t("Jane Roe endorsed the former secretary of state's bid, including Richard Poe.");
  EXPECT_FALSE(t.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  Related c("Jane Roe criticized the former governor's plan with Richard Poe.");
  EXPECT_FALSE(c.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  // Nor the one included in what a named possessor owns: he is no part of a bid.
  Related owned("Jane Roe endorsed Tom Doe's bid, including Richard Poe.");
  EXPECT_FALSE(owned.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(owned.has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  // A named possessor, or the head's apposition right after it, is still read.
  Related named("Jane Roe endorsed Richard Poe's bid.");
  EXPECT_TRUE(named.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  Related apposed("Jane Roe endorsed the party's candidate, Richard Poe, on Monday.");
  EXPECT_TRUE(apposed.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
}

TEST(RolesStage, AQualifierIsNoBodyOfAPostThatNamesItsOwnBodyAfterForOfAt) {
  // "House editor for the BBC": the post is held in the body it names, not the House.
  Roled editor("\"It is close,\" said John Doe, House editor for the BBC.");
  const RoleFact* e = editor.role("John Doe", "editor");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->of_name, "BBC");
  // "House editor for the Baker Political Report" (its name read as a person's): none.
  Roled cook("\"It is close,\" said John Doe, House editor for the Baker Political Report.");
  for (const auto& r : cook.a.roles) EXPECT_NE(r.of_name, "House of Representatives");
  // A body the text names but no entity stands for: no one holds the post (not the qualifier).
  Roled unnamed("Jane Roe, Senate reporter for the Daily Gazette, said so.");
  for (const auto& r : unnamed.a.roles) EXPECT_NE(r.of_name, "U.S. Senate");
  // A post over a place the phrase names is still the qualifier's.
  Roled place("Jane Roe, the Democratic chair of Harbury County, said so.");
  const RoleFact* c = place.role("Jane Roe", "Chair");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->of_name, "Democratic Party");
  // So is a post serving a person: "a White House press aide for John Doe".
  Roled served("Jane Roe, a White House press secretary for John Doe, said so.");
  bool white_house = false;
  for (const auto& r : served.a.roles) white_house |= r.person >= 0 && served.name(r.person) == "Jane Roe" && r.of_name == "White House";
  EXPECT_TRUE(white_house);
  // Without a body named after it, the qualifier still holds the post.
  Roled plain("Jane Roe, a Labour spokesman, said so.");
  const RoleFact* s = plain.role("Jane Roe", "Spokesman");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->of_name, "Labour Party");
  Roled topic("Jane Roe, Labour spokesman for health, said so.");
  const RoleFact* h = topic.role("Jane Roe", "Spokesman");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->of_name, "Labour Party");
}

// body_antecedent() finds the sentence of `it` by a search of the sentences' first tokens:
// the body named last before `it` in its own sentence, in a document's first sentence and
// in a later one after other bodies, never one named only in an earlier sentence.
TEST(RelationsStage, ItOpeningReportedWordsReadsItsOwnSentenceWhereverItStands) {
  Related first("Tom Doe praised the Green Party but said it did not deliver on schools. Jane Roe spoke on Monday.");
  EXPECT_TRUE(first.has_relation("Tom Doe", "CRITICIZED", "Green Party"));
  Related later("The Green Party met on Monday. Jane Roe spoke. Tom Doe praised the Labour Party but said it did not "
                "deliver on schools.");
  EXPECT_TRUE(later.has_relation("Tom Doe", "CRITICIZED", "Labour Party"));
  EXPECT_FALSE(later.has_relation("Tom Doe", "CRITICIZED", "Green Party"));
  Related before("Tom Doe praised the Green Party on Monday. Jane Roe spoke and said it did not deliver on schools.");
  EXPECT_FALSE(before.has_relation("Jane Roe", "CRITICIZED", "Green Party"));
}

// Review of row 18.268: a plural in -s right before `back` and a name right after it is the
// verb's subject (`Tory donors back X`, `Labour unions back X`), not a particle.
TEST(RelationsStage, APluralBeforeBackAndANameAfterItIsTheVerb) {
  EXPECT_TRUE(Related("Labour unions back Richard Poe in the vote.").has_relation("Labour Party", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(Related("Jane Roe clawed back three points for Richard Poe on Sunday.")
                   .has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
}

// Row 18.290: names coordinated with the subject of a verb of criticism, support, attack or
// meeting share its object; the list must open the clause (a title or `both` before it),
// so a name that is an earlier word's object or a possessor's noun shares nothing.
TEST(RelationsStage, NamesCoordinatedWithTheSubjectShareTheVerbsObject) {
  const Related two("Tom Doe is a Green MP. Jane Roe and Ann Poe criticised Tom Doe over the tram plan.");
  EXPECT_TRUE(two.has_relation("Ann Poe", "CRITICIZED", "Tom Doe"));
  EXPECT_TRUE(two.has_relation("Jane Roe", "CRITICIZED", "Tom Doe"));
  const Related both("Tom Doe is a Green MP. Both Jane Roe and Ann Poe have praised Tom Doe.");
  EXPECT_TRUE(both.has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_TRUE(both.has_relation("Ann Poe", "SUPPORTS", "Tom Doe"));
  const Related three("Tom Doe is a Green MP. Jane Roe, Ann Poe and Lee Moe criticised Tom Doe on Friday.");
  EXPECT_TRUE(three.has_relation("Jane Roe", "CRITICIZED", "Tom Doe"));
  EXPECT_TRUE(three.has_relation("Ann Poe", "CRITICIZED", "Tom Doe"));
  EXPECT_TRUE(three.has_relation("Lee Moe", "CRITICIZED", "Tom Doe"));
  // An earlier verb's object is no subject: Ann Poe criticises, Jane Roe was only met.
  const Related object("Tom Doe is a Green MP. After meeting Jane Roe and Ann Poe criticised Tom Doe on Friday.");
  EXPECT_TRUE(object.has_relation("Ann Poe", "CRITICIZED", "Tom Doe"));
  EXPECT_FALSE(object.has_relation("Jane Roe", "CRITICIZED", "Tom Doe"));
  // A comma alone coordinates nothing.
  const Related comma("Tom Doe is a Green MP. Jane Roe, Ann Poe criticised Tom Doe on Friday.");
  EXPECT_TRUE(comma.has_relation("Ann Poe", "CRITICIZED", "Tom Doe"));
  EXPECT_FALSE(comma.has_relation("Jane Roe", "CRITICIZED", "Tom Doe"));
}

// Row 18.291: names coordinated after the agent's `by` of a passive cue act alike.
TEST(RelationsStage, CoordinatedAgentsOfAPassiveCueActAlike) {
  const Related t("Tom Doe is a Green MP. Tom Doe was praised by Jane Roe and Ann Poe on Friday.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_TRUE(t.has_relation("Ann Poe", "SUPPORTS", "Tom Doe"));
  // Unlike in type, a place after `and` is no agent.
  const Related place("Tom Doe is a Green MP. Tom Doe was praised by Jane Roe and Norway on Friday.");
  EXPECT_TRUE(place.has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_FALSE(place.has_relation("Norway", "SUPPORTS", "Tom Doe"));
}

// Row 18.292: coordinated subjects of a meeting verb met each other when the name after the
// verb is only where they met (a place or country after `in`, `at`, `near`), not whom.
TEST(RelationsStage, CoordinatedSubjectsMeetEachOtherInAPlace) {
  EXPECT_TRUE(Related("Tom Doe and Lee Moe met in Moscow on Friday.").has_relation("Lee Moe", "MET_WITH", "Tom Doe"));
  EXPECT_TRUE(Related("Tom Doe and Lee Moe will meet in Geneva next week.").has_relation("Lee Moe", "MET_WITH", "Tom Doe"));
  // A partner of their own after the verb: they met her, not each other.
  const Related partner("Tom Doe and Lee Moe met Ann Poe in Moscow on Friday.");
  EXPECT_FALSE(partner.has_relation("Lee Moe", "MET_WITH", "Tom Doe"));
  EXPECT_TRUE(partner.has_relation("Ann Poe", "MET_WITH", "Tom Doe"));  // row 18.290
}

// Row 18.293: the ally noun qualified by a name in an indefinite phrase predicated of the name
// before it: `X, a close Y ally` and `X is a Y ally` -> X SUPPORTS Y (a person's ally stands by
// the person); not a bare plural modifier nor a definite phrase.
TEST(RelationsStage, AnIndefiniteAllyPhraseQualifiedByANameIsPredicatedOfTheNameBefore) {
  EXPECT_TRUE(Related("Tom Doe is a Green MP. Jane Roe, a close Tom Doe ally, said the plan would fail.")
                  .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_TRUE(Related("Tom Doe is a Green MP. Jane Roe has long been a Tom Doe ally.")
                  .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_FALSE(Related("Tom Doe is a Green MP. Jane Roe spoke to the Tom Doe ally on Friday.")
                   .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_FALSE(Related("Tom Doe is a Green MP. Jane Roe and Tom Doe allies spoke on Friday.")
                   .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
}

// Row 18.294: his/her right after a cue of criticism or support, opening a plan phrase, is
// the plan's owner and the cue's object, resolved as him/her are (the one person it may
// mean); only when the subject cannot own it: a body, or a person of the other sex.
TEST(RelationsStage, APossessivePronounOpeningAPlanAfterAJudgingCueIsItsObject) {
  EXPECT_TRUE(Related("Mr John Smith spoke on Monday. Mrs Ann Poe slammed his proposal on Tuesday.")
                  .has_relation("Ann Poe", "CRITICIZED", "John Smith"));
  EXPECT_TRUE(Related("Mr Lee Moe is a Green MP. The Labour Party praised his plan.")
                  .has_relation("Labour Party", "SUPPORTS", "Lee Moe"));
  // A subject of the same sex may own it: no guess.
  const Related own("Mrs Ann Poe is a Green MP. Mrs Jane Roe defended her record.");
  EXPECT_FALSE(own.has_relation("Jane Roe", "SUPPORTS", "Ann Poe"));
  // Two people it may mean: no guess.
  const Related two("Mr John Smith met Mr Lee Moe on Monday. Mrs Ann Poe slammed his proposal.");
  EXPECT_FALSE(two.has_relation("Ann Poe", "CRITICIZED", "John Smith"));
  EXPECT_FALSE(two.has_relation("Ann Poe", "CRITICIZED", "Lee Moe"));
  // No plan after it: a possessor of something else says nothing of its owner.
  EXPECT_FALSE(Related("Mr John Smith spoke on Monday. Mrs Ann Poe slammed his wife.")
                   .has_relation("Ann Poe", "CRITICIZED", "John Smith"));
}

// Row 18.296: a capitalised cue inside a sentence followed by an article and a capitalised
// word is a title in title case, no verb: a talk show's name meets no one.
TEST(RelationsStage, ACapitalisedCueBeforeAnArticleAndACapitalisedWordIsATitle) {
  const Related show("Jane Roe said on KTV's \"Meet the Voters\" that Tom Doe was weak.");
  EXPECT_FALSE(show.has_relation("KTV", "MET_WITH", "Voters"));
  for (const auto& r : show.a.relations) EXPECT_NE(to_string(r.type), "MET_WITH");
  EXPECT_TRUE(Related("Tom Doe will meet Lee Moe on Friday.").has_relation("Lee Moe", "MET_WITH", "Tom Doe"));
}

// Row 18.298: a passive's agent that only possesses the noun after `by` acts through it only
// when that noun speaks for it (an official or a campaign).
TEST(RelationsStage, APossessorAfterAPassivesByIsTheAgentOnlyThroughItsSpokesman) {
  EXPECT_TRUE(Related("Tom Doe is a Green MP. Jane Roe was criticised by Tom Doe's campaign on Monday.")
                  .has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
  EXPECT_FALSE(Related("Tom Doe is a Green MP. Jane Roe was criticised by Tom Doe's wife on Monday.")
                   .has_relation("Tom Doe", "CRITICIZED", "Jane Roe"));
  EXPECT_FALSE(Related("Tom Doe is a Green MP. Jane Roe was backed by Tom Doe's family.")
                   .has_relation("Tom Doe", "SUPPORTS", "Jane Roe"));
}

// Row 18.300: a possessive determiner before the qualifier of a post: the post is in the
// body the pronoun stands for; the place only narrows it, no ROLE_IN in the place.
TEST(RolesStage, APossessiveDeterminerBeforeAQualifierGivesNoPostInIt) {
  const Related its("Halvern Mining said its Norway chief executive Tom Smith would leave in May.");
  EXPECT_FALSE(its.has_relation("Tom Smith", "ROLE_IN", "Norway"));
}

// Row 18.301: a capital right before a title modifies the title; the verb before it takes
// the titled person, the capital is the place, not its government.
TEST(RelationsStage, ACapitalBeforeATitleIsNoObjectOfTheVerb) {
  const Related urged("Jane Roe urged Oslo mayor Tom Smith to resign on Monday.");
  EXPECT_FALSE(urged.has_relation("Tom Smith", "ROLE_IN", "Norway"));
  bool place = false;
  for (const auto& m : urged.a.mentions)
    if (urged.a.text(m.span) == "Oslo") place = m.type == EntityType::Location;
  EXPECT_TRUE(place);
}

// Row 18.303: a lower-case local title after a place's name is the person's title, held
// in no body named: the bare title later stands for the person; a title that gives a
// country (`attorney general`) is no local post.
TEST(RolesStage, ALocalTitleAfterAPlaceIsThePersonsTitleInNoBody) {
  const Roled mayor("Leeds mayor Tom Smith spoke on Monday.");
  int held = 0;
  for (const auto& r : mayor.a.roles)
    if (mayor.name(r.person) == "Tom Smith" && to_lower(r.title) == "mayor") {
      ++held;
      EXPECT_LT(r.of, 0) << r.of_name;
    }
  EXPECT_EQ(held, 1);
  const Related ag("Ohio attorney general Tom Smith sued the firm. The United States will vote in May.");
  EXPECT_FALSE(ag.has_relation("Tom Smith", "ROLE_IN", "United States"));
}

// Row 18.304: a country's possessive before a body's name after a preposition or a
// complementizer (another clause), or before a body or place that modifies a post (the
// country holds the post): no LOCATED_IN; lower-case modifiers alone keep it.
TEST(RelationsStage, ACountrysPossessiveLocatesNoBodyInAnotherClauseOrBeforeAPost) {
  EXPECT_TRUE(Related("Norway's state-owned Halvern Mining rose on Monday.")
                  .has_relation("Halvern Mining", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("Norway's vote comes amid Halvern Mining's slump on Monday.")
                   .has_relation("Halvern Mining", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("Norway's papers said that Halvern Mining fell on Monday.")
                   .has_relation("Halvern Mining", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("Norway wants to use Norway's Halvern Mining presidency to push the plan.")
                   .has_relation("Halvern Mining", "LOCATED_IN", "Norway"));
}

// Row 18.305: an of-phrase after a post that holds a capitalised name no entity stands for
// names the body that holds the post: not the document's country; a lower-case field keeps it.
TEST(RolesStage, AnOfPhraseNamingAnUnknownBodyGivesThePostNoDocumentCountry) {
  EXPECT_FALSE(Related("The United States will vote in May. \"Sales are up,\" said Tom Smith, president of Fenwick Analytics.")
                   .has_relation("Tom Smith", "ROLE_IN", "United States"));
  EXPECT_FALSE(Related("The United States will vote in May. \"Sales are up,\" said Tom Smith, vice president of sales at Tarn Media.")
                   .has_relation("Tom Smith", "ROLE_IN", "United States"));
}

// Row 18.291 (mended in s56-mendsF, review finding 4): a name after `and` that opens a
// clause of its own is no second agent of the `by` phrase; one before a preposition is.
TEST(RelationsStage, ANameAfterAndThatOpensAClauseIsNoCoordinatedAgent) {
  const Related clause("Tom Doe is a Green MP. Tom Doe was backed by Jane Roe and Ann Poe voted against him.");
  EXPECT_TRUE(clause.has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_FALSE(clause.has_relation("Ann Poe", "SUPPORTS", "Tom Doe"));
  const Related place("Tom Doe is a Green MP. Tom Doe was praised by Jane Roe and Ann Poe in Leeds.");
  EXPECT_TRUE(place.has_relation("Ann Poe", "SUPPORTS", "Tom Doe"));
}

// Row 18.293 (mended in s56-mendsF, review finding 5): a former ally no longer stands by
// the name that qualifies the ally noun.
TEST(RelationsStage, AFormerAllyPhraseIsNoSupport) {
  EXPECT_FALSE(Related("Tom Doe is a Green MP. Jane Roe, a former Tom Doe ally, said the plan would fail.")
                   .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_TRUE(Related("Tom Doe is a Green MP. Jane Roe, a close Tom Doe ally, said the plan would fail.")
                  .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
}

// Row 18.285 (mended in s56-mendsF, review finding 6): a shadow post after a country or a
// demonym is a post of the opposition, not of the country (GUIDELINES); after a party it is
// the party's.
TEST(RolesStage, AShadowPostAfterACountryOrADemonymIsNoPostOfTheCountry) {
  for (const char* text : {"The vote was close. Britain's shadow chancellor, Tom Smith, said talks would go on.",
                           "The vote was close. The British shadow chancellor Tom Smith said talks would go on.",
                           "The vote was close. Britain's shadow chancellor Tom Smith said talks would go on."}) {
    Roled t(text);
    const RoleFact* f = t.role("Tom Smith", "Shadow Chancellor");
    EXPECT_TRUE(f == nullptr || f->of_name != "United Kingdom") << text;
  }
  Roled kept("The vote was close. Britain's foreign secretary, Tom Smith, said talks would go on.");
  const RoleFact* g = kept.role("Tom Smith", "Foreign Secretary");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->of_name, "United Kingdom");
}

// Row 18.298 (mended in s56-mendsF, review finding 7): a government or a campaign speaks for
// its possessor after a passive's `by`, with lower-case adjectives before the noun too.
TEST(RelationsStage, APossessorsGovernmentOrQualifiedCampaignIsTheAgent) {
  EXPECT_TRUE(Related("Tom Doe is a Green MP. Tom Doe was criticised by Norway's government on Monday.")
                  .has_relation("Norway", "CRITICIZED", "Tom Doe"));
  EXPECT_TRUE(Related("Tom Doe is a Green MP. Tom Doe was backed by Jane Roe's presidential campaign.")
                  .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
  EXPECT_FALSE(Related("Tom Doe is a Green MP. Tom Doe was backed by Jane Roe's elder sister.")
                   .has_relation("Jane Roe", "SUPPORTS", "Tom Doe"));
}

// Row 18.292 (mended in s56-mendsF, review finding 8): a seat of government the gazetteer
// knows (a building) is where coordinated subjects met, as a place is; a company is whom.
TEST(RelationsStage, CoordinatedSubjectsMeetEachOtherAtASeatOfGovernment) {
  for (const char* text : {"Tom Doe and Jane Roe will meet at the Kremlin next week.", "Tom Doe and Jane Roe will meet at Downing Street next week."}) {
    const Related t(text);
    EXPECT_TRUE(t.has_relation("Jane Roe", "MET_WITH", "Tom Doe") || t.has_relation("Tom Doe", "MET_WITH", "Jane Roe")) << text;
  }
  const Related company("Tom Doe and Jane Roe will meet at Acme Corp next week.");
  EXPECT_FALSE(company.has_relation("Jane Roe", "MET_WITH", "Tom Doe") || company.has_relation("Tom Doe", "MET_WITH", "Jane Roe"));
}

// Row 18.307: an apposed post whose own phrase names an organisation (right after the
// title, after a comma, or after a second title and `at`) is held in that body, not in the
// document's country; a post with no body in its phrase keeps the country.
TEST(RolesStage, AnApposedPostNamingABodyInItsPhraseGetsNoDocumentCountry) {
  EXPECT_FALSE(Related("The United States will vote in May. \"Sales are up,\" said Tom Smith, senior vice president Tarn Media.")
                   .has_relation("Tom Smith", "ROLE_IN", "United States"));
  EXPECT_FALSE(Related("The United States will vote in May. \"Sales are up,\" said Tom Smith, vice president, Tarn Media home division.")
                   .has_relation("Tom Smith", "ROLE_IN", "United States"));
  EXPECT_FALSE(Related("The United States will vote in May. Tom Smith, vice president and head of research at Tarn Media, "
                       "said sales were up.")
                   .has_relation("Tom Smith", "ROLE_IN", "United States"));
  EXPECT_TRUE(Related("The United States will vote in May. \"Sales are up,\" said Tom Smith, vice president.")
                  .has_relation("Tom Smith", "ROLE_IN", "United States"));
}

// Row 18.312: a body or place set off by a comma before an apposition made of a country's
// possessive and a lower-case noun phrase lies in that country; not a clause after the
// possessive, not a post.
TEST(RelationsStage, ABodyApposedToACountrysNounPhraseLiesInTheCountry) {
  EXPECT_TRUE(Related("Halvern Bank, Norway's third-biggest lender, said profits fell.")
                  .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_TRUE(Related("Tom Smith left Halvern Bank, the UK's number two lender.")
                  .has_relation("Halvern Bank", "LOCATED_IN", "United Kingdom"));
  EXPECT_FALSE(Related("In a note from Halvern Bank, Norway's growth was put at two percent, down from three.")
                   .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("Tom Smith spoke to Halvern Bank, Norway's Tarn Group said on Monday.")
                   .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
}

// Row 18.313: a membership noun inside a direct quote states a fact about the name before
// it, as outside one; other cues in quotes stay the speaker's claims.
TEST(RelationsStage, AMembershipNounInsideAQuoteMakesAMember) {
  const Related t("\"Tom Smith has been a member of the Labour Party for years,\" Jane Roe said on Monday.");
  EXPECT_TRUE(t.has_relation("Tom Smith", "MEMBER_OF", "Labour Party"));
  EXPECT_TRUE(t.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  EXPECT_FALSE(Related("\"Tom Smith criticised Bill Brown,\" Jane Roe said on Monday.")
                   .has_relation("Tom Smith", "CRITICIZED", "Bill Brown"));
}

// Row 18.314: `X, a Democrat from PLACE,` is a member of the party, as `X, a Democrat,` is.
TEST(RelationsStage, AnIndefinitePartyNameWithItsPlaceMakesAMember) {
  EXPECT_TRUE(Related("Jane Roe, a Democrat from Ohio, voted against the bill.")
                  .has_relation("Jane Roe", "MEMBER_OF", "Democratic Party"));
  EXPECT_TRUE(Related("Tom Smith, a Republican from Texas who chairs the panel, voted for it.")
                  .has_relation("Tom Smith", "MEMBER_OF", "Republican Party"));
  EXPECT_FALSE(Related("Tom Smith, a Tarn Bank from Oslo, voted for it.").has_relation("Tom Smith", "MEMBER_OF", "Tarn Bank"));
}

// Row 18.315: a body said to be based or headquartered in a place lies in its country.
TEST(RelationsStage, ABodyBasedInAPlaceLiesInItsCountry) {
  EXPECT_TRUE(Related("The Norway-based Halvern Bank said profits fell.").has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_TRUE(Related("Shares in Halvern Bank, which is based in Norway, fell.")
                  .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_TRUE(Related("Halvern Bank is headquartered in Norway, its chief said.")
                  .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("A Norway-based analyst at Halvern Bank said profits fell.")
                   .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("\"It is over,\" said Norway-based Halvern Bank economist Tom Smith.")
                   .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
}

// Row 18.308: in a sports report (three sports words, two different) `meet`/`meets` is a
// contest between sides, no meeting; outside one, and `met` in one, a meeting stays.
TEST(RelationsStage, MeetInASportsReportIsAContestNotAMeeting) {
  auto met = [](const Related& t) {
    return t.has_relation("Tom Smith", "MET_WITH", "Jack Doe") || t.has_relation("Jack Doe", "MET_WITH", "Tom Smith");
  };
  EXPECT_FALSE(met(Related("Tom Smith won his match at the Farrow tournament on Friday after a long match. "
                           "Tom Smith will meet Jack Doe in the next round.")));
  EXPECT_FALSE(met(Related("Tom Smith won his match at the Farrow tournament on Friday after a long match. "
                           "He now meets Jack Doe, who won the other match.")));
  EXPECT_TRUE(met(Related("Tom Smith won his match at the Farrow tournament on Friday after a long match. "
                          "Tom Smith met Jack Doe at a hotel in Leeds to discuss a transfer.")));
  EXPECT_TRUE(met(Related("Tom Smith, the finance minister, will meet Jack Doe in Oslo next week.")));
}

// Row 18.309: a criticism or a backing under a modal of possibility or obligation, or a
// wish, is no act: no CRITICIZED, no SUPPORTS; the plain verb and `will` are read.
TEST(RelationsStage, AHedgedOrObligedCriticismOrBackingIsNoAct) {
  EXPECT_FALSE(Related("Acme said Tom Smith should back Jane Roe in the vote.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_FALSE(Related("Tom Smith may criticise Jane Roe at the congress.").has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
  EXPECT_FALSE(Related("Tom Smith hopes to back Jane Roe in the vote.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith backed Jane Roe in the vote.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith criticised Jane Roe at the congress.").has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
}

// Row 18.310: a critic with the field he reviews right before `critic` is a reviewer: the
// paper or country before him is criticised by no one; a name right before `critic` is.
TEST(RelationsStage, AFieldCriticIsAReviewerNotAnAttacker) {
  const Related paper("The Daily Post's film critic Tom Smith said the festival was strong.");
  EXPECT_FALSE(paper.has_relation("Tom Smith", "CRITICIZED", "The Daily Post"));
  EXPECT_FALSE(paper.has_relation("Tom Smith", "CRITICIZED", "Daily Post"));
  const Related country("Norwegian literary critic Jane Roe spoke in Oslo.");
  EXPECT_FALSE(country.has_relation("Jane Roe", "CRITICIZED", "Norway"));
  EXPECT_TRUE(Related("Jane Roe, an outspoken Tom Smith critic, spoke in Oslo.").has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
}

// Row 18.311: a cue in a clause opened by `whether` or `if` (a question or a condition) states
// no act; the same cue after a comma that closes the condition is read.
TEST(RelationsStage, AnActAskedAboutOrSetAsAConditionIsNoRelation) {
  EXPECT_FALSE(Related("It is not known whether Tom Smith would back Jane Roe in the vote.")
                   .has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  const Related talks("Tom Smith will decide whether to hold talks with Jane Roe.");
  EXPECT_FALSE(talks.has_relation("Tom Smith", "MET_WITH", "Jane Roe") || talks.has_relation("Jane Roe", "MET_WITH", "Tom Smith"));
  const Related held("Tom Smith will hold talks with Jane Roe.");
  EXPECT_TRUE(held.has_relation("Tom Smith", "MET_WITH", "Jane Roe") || held.has_relation("Jane Roe", "MET_WITH", "Tom Smith"));
  EXPECT_FALSE(Related("Jane Roe will resign if Tom Smith criticises her plan again.").has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
  EXPECT_TRUE(Related("If the vote is held, Tom Smith backed Jane Roe on Monday.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
}

// Row 18.320: founding a body is a post in it (role `founder`): the active verb with the
// founder right before it and the body right after it, and the participle set off after
// the body; a body founded by a country, or a body not named right after the verb, is no post.
TEST(RelationsStage, FoundingABodyIsAFoundersPostInIt) {
  auto founder = [](const Related& t, const std::string& who, const std::string& body) {
    for (const auto& x : t.a.relations)
      if (t.name(x.head) == who && x.type == RelationType::RoleIn && t.name(x.tail) == body) return x.role == "founder";
    return false;
  };
  EXPECT_TRUE(founder(Related("Tom Smith founded Halvern Bank in 1981."), "Tom Smith", "Halvern Bank"));
  EXPECT_TRUE(founder(Related("Jane Roe, who co-founded Halvern Bank, said profits rose."), "Jane Roe", "Halvern Bank"));
  EXPECT_TRUE(founder(Related("Tarn Energy, founded by Jane Roe in 1990, said profits rose."), "Jane Roe", "Tarn Energy"));
  EXPECT_FALSE(founder(Related("Tom Smith founded the Tarn Energy business in 1990."), "Tom Smith", "Tarn Energy"));
  EXPECT_FALSE(Related("Norway founded the Tarn Council in 1990.").has_relation("Norway", "ROLE_IN", "Tarn Council"));
}

// Row 18.321: giving one's support or backing to someone, or throwing one's weight or
// support behind them, backs them (relation_cues.json, the SUPPORTS idioms' other forms).
TEST(RelationsStage, GivingSupportOrThrowingWeightBehindSomeoneBacksThem) {
  EXPECT_TRUE(Related("Tom Smith has given his support to Jane Roe.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_TRUE(Related("The Tarn Party has thrown its weight behind Jane Roe.").has_relation("Tarn Party", "SUPPORTS", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith was quick to give his backing to the Tarn Party's decision.")
                  .has_relation("Tom Smith", "SUPPORTS", "Tarn Party"));
}

// Row 18.322: a cue of receiving an act from its agent (`came under fire from`, `faced
// criticism from`, `won the backing of`, `has the support of`, `received the endorsement
// of`) gives the agent's act on the receiver, only with the receiver's name right before it
// and the agent's right after it: not `said the plan had the support of`, not an agent
// further on, and a received endorsement is no meeting (`received` is a MET_WITH cue).
TEST(RelationsStage, ReceivingCriticismOrBackingFromSomeoneIsTheirAct) {
  EXPECT_TRUE(Related("Tom Smith came under fire from Jane Roe over taxes.").has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
  EXPECT_TRUE(Related("Tom Smith has faced fierce criticism from the Tarn Party.")
                  .has_relation("Tarn Party", "CRITICIZED", "Tom Smith"));
  EXPECT_TRUE(Related("Tom Smith, who had the backing of Jane Roe, won the vote.").has_relation("Jane Roe", "SUPPORTS", "Tom Smith"));
  const Related endorsed("Tom Smith received the endorsement of the Tarn Party.");
  EXPECT_TRUE(endorsed.has_relation("Tarn Party", "SUPPORTS", "Tom Smith"));
  EXPECT_FALSE(endorsed.has_relation("Tarn Party", "MET_WITH", "Tom Smith") || endorsed.has_relation("Tom Smith", "MET_WITH", "Tarn Party"));
  EXPECT_FALSE(Related("Tom Smith said the plan had the support of Jane Roe.").has_relation("Jane Roe", "SUPPORTS", "Tom Smith"));
  EXPECT_FALSE(Related("Tom Smith faced criticism from fans after the defeat by Halvern Rovers.")
                   .has_relation("Halvern Rovers", "CRITICIZED", "Tom Smith"));
}

// Row 18.323: a definite role phrase right after an active cue of criticism or support is
// its object when it stands for the one person a role fact gives that very title (`accused
// the chancellor` -> the chancellor named before); not a deputy's title read as another
// (`the prime minister` with only a deputy prime minister named), nor a title two people hold.
TEST(RelationsStage, ARolePhraseAfterACriticismOrPraiseIsItsSolePersonHolder) {
  const Related chancellor("Chancellor Tom Smith spoke in Oslo on Monday. Jane Roe accused the chancellor of hiding the figures.");
  EXPECT_TRUE(chancellor.has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
  EXPECT_TRUE(Related("Norwegian Prime Minister Tom Smith spoke on Monday. Jane Roe praised the prime minister for his calm.")
                  .has_relation("Jane Roe", "SUPPORTS", "Tom Smith"));
  EXPECT_FALSE(Related("Deputy Prime Minister Tom Smith spoke on Monday. Jane Roe accused the prime minister of hiding the figures.")
                   .has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
  const Related two("Chancellor Tom Smith met Chancellor Jack Doe in Oslo on Monday. Jane Roe accused the chancellor of lying.");
  EXPECT_FALSE(two.has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "CRITICIZED", "Jack Doe"));
}

// Row 18.316: a reported clause with its own subject (a noun phrase or another name after
// `that`) between a name and the cue leaves the name no subject; a pronoun subject, a
// clause closed by `, and`, and a verb joined by `but` to the reporter's keep the reporter.
TEST(RelationsStage, AReportedClauseWithItsOwnSubjectHidesTheReporter) {
  EXPECT_FALSE(Related("Tom Smith spoke in Leeds on Monday. He said that the assembly had criticised the Farrow Council over the budget.")
                   .has_relation("Tom Smith", "CRITICIZED", "Farrow Council"));
  EXPECT_FALSE(Related("Acme Corp said that Jack Doe and two other officials criticised Jane Roe.")
                   .has_relation("Acme Corp", "CRITICIZED", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith said that he backed Jane Roe in the vote.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith said that the plan was weak, and accused Jane Roe of delay.")
                  .has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
  const Related but("Tom Smith said Norway must do more but defended Jane Roe over the plan.");
  EXPECT_TRUE(but.has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_FALSE(but.has_relation("Norway", "SUPPORTS", "Jane Roe"));
}

// Row 18.317: `who`/`which` right before the cue on a noun no name ends makes that noun the
// subject: no name further back is; a relative on the name, or on its apposition, keeps it.
TEST(RelationsStage, ARelativeClauseOnAnUnnamedNounHasNoNamedSubject) {
  EXPECT_FALSE(Related("Jack Doe spoke to some Farrow Rovers fans, who criticised Tom Smith after the match.")
                   .has_relation("Jack Doe", "CRITICIZED", "Tom Smith"));
  EXPECT_FALSE(Related("Jack Doe spoke to fans who criticised Tom Smith after the match.").has_relation("Jack Doe", "CRITICIZED", "Tom Smith"));
  EXPECT_TRUE(Related("Jack Doe, who backed Tom Smith, spoke on Monday.").has_relation("Jack Doe", "SUPPORTS", "Tom Smith"));
  EXPECT_TRUE(Related("Jack Doe, a local councillor who backed Tom Smith, spoke on Monday.").has_relation("Jack Doe", "SUPPORTS", "Tom Smith"));
}

// Row 18.318: `Shadow` before a title of state that opens the text (no party named) makes
// it the opposition's post: no post in the country the title implies.
TEST(RolesStage, ACapitalisedShadowTitleHoldsNoPostInTheCountry) {
  Roled shadow("Shadow Home Secretary Tom Smith spoke in Leeds on Monday.");
  const RoleFact* f = shadow.role("Tom Smith", "Home Secretary");
  ASSERT_NE(f, nullptr);
  EXPECT_TRUE(f->of_name.empty());
  EXPECT_FALSE(Related("Shadow Home Secretary Tom Smith spoke in Leeds on Monday.").has_relation("Tom Smith", "ROLE_IN", "United Kingdom"));
  EXPECT_TRUE(Related("Home Secretary Tom Smith spoke in Leeds on Monday.").has_relation("Tom Smith", "ROLE_IN", "United Kingdom"));
}

// Row 18.319: a name inside a restrictive relative clause whose verb comes before it is no
// subject of the main verb after the clause: the antecedent is, a name or none.
TEST(RelationsStage, ANameInsideARestrictiveRelativeClauseIsNoSubjectOfTheMainVerb) {
  const Related met("Three town councillors who support Tom Smith met Jane Roe in Leeds.");
  EXPECT_FALSE(met.has_relation("Tom Smith", "MET_WITH", "Jane Roe") || met.has_relation("Jane Roe", "MET_WITH", "Tom Smith"));
  const Related named("Tom Smith who had met Jane Roe criticised Jack Doe last year.");
  EXPECT_TRUE(named.has_relation("Tom Smith", "CRITICIZED", "Jack Doe"));
  EXPECT_FALSE(named.has_relation("Jane Roe", "CRITICIZED", "Jack Doe"));
}

// Row 18.318 (b): a demonym or a country one lower-case portfolio word before a lower-case
// national post is the post's country, not the one the document names most; an
// organisation there is not.
TEST(RolesStage, ACountryBeforeAPortfolioWordQualifiesANationalPost) {
  const Related sports("Norway will host the games. Belgian sports minister Tom Smith said the bid was strong. Norway agreed.");
  EXPECT_TRUE(sports.has_relation("Tom Smith", "ROLE_IN", "Belgium"));
  EXPECT_FALSE(sports.has_relation("Tom Smith", "ROLE_IN", "Norway"));
  const Related government("Norway will vote soon. Former Danish government minister Jane Roe spoke in Norway on Monday.");
  EXPECT_TRUE(government.has_relation("Jane Roe", "ROLE_IN", "Denmark"));
  EXPECT_FALSE(Related("Norway will vote soon. Acme sports minister Jane Roe spoke in Oslo on Monday.")
                   .has_relation("Jane Roe", "ROLE_IN", "Acme"));
}

// Row 18.318 (c): a noun naming a body by its kind (`company`, `the bank's`) before a
// national post makes the post that body's: no post in the country the document names;
// the bare post keeps it.
TEST(RolesStage, APostAfterABodysKindNounHoldsNoPostInTheDocumentsCountry) {
  EXPECT_FALSE(Related("Norway will vote soon. The letter came from company president Tom Smith in Oslo.")
                   .has_relation("Tom Smith", "ROLE_IN", "Norway"));
  EXPECT_FALSE(Related("Norway will vote soon. The bank's senior vice president Jane Roe spoke in Oslo.")
                   .has_relation("Jane Roe", "ROLE_IN", "Norway"));
  EXPECT_TRUE(Related("Norway will vote soon. The letter came from President Tom Smith in Oslo.")
                  .has_relation("Tom Smith", "ROLE_IN", "Norway"));
}

// Row 18.324: a verb of attack is criticism when a party makes it, when a charge (`for`
// and a gerund) follows its object, or when a form that is also a noun takes its object
// right after it (the verb); a state striking a state stays force.
TEST(RelationsStage, AnAttackVerbOfAPartyOrWithAChargeIsCriticism) {
  const Related party("The Tarn Party attacked Norway in a statement on Monday.");
  EXPECT_TRUE(party.has_relation("Tarn Party", "CRITICIZED", "Norway"));
  EXPECT_FALSE(party.has_relation("Tarn Party", "ATTACKED", "Norway"));
  const Related charge("Acme Corp attacked the Farrow Council for backing down on Monday.");
  EXPECT_TRUE(charge.has_relation("Acme Corp", "CRITICIZED", "Farrow Council"));
  EXPECT_FALSE(charge.has_relation("Acme Corp", "ATTACKED", "Farrow Council"));
  const Related verb("Tom Smith attacks Norway over fishing quotas.");
  EXPECT_TRUE(verb.has_relation("Tom Smith", "CRITICIZED", "Norway"));
  EXPECT_FALSE(verb.has_relation("Tom Smith", "ATTACKED", "Norway"));
  EXPECT_TRUE(Related("Norway attacked Sweden on Monday.").has_relation("Norway", "ATTACKED", "Sweden"));
  EXPECT_TRUE(Related("Tarn Party forces attacked the town of Farrow on Monday.").has_relation("Tarn Party", "ATTACKED", "Farrow"));
}

// Row 18.325: a tennis report (`tiebreak` in sports_words) is a sports report,
// where `meet` is a contest (row 18.308), no meeting.
TEST(RelationsStage, MeetInATennisReportIsAContest) {
  const Related tennis(
      "Tom Smith will meet Jack Doe on Sunday. Smith won the first set on a tiebreak and the second on a tiebreak. The tennis in Paris was good.");
  EXPECT_FALSE(tennis.has_relation("Tom Smith", "MET_WITH", "Jack Doe") || tennis.has_relation("Jack Doe", "MET_WITH", "Tom Smith"));
  const Related talks("Tom Smith will meet Jack Doe on Sunday. The two will discuss the budget in Paris.");
  EXPECT_TRUE(talks.has_relation("Jack Doe", "MET_WITH", "Tom Smith") || talks.has_relation("Tom Smith", "MET_WITH", "Jack Doe"));
}

// Row 18.327: passive_frame() reads its patient only when find_subject() found one; a
// passive whose patient is a pronoun standing for a name still gives the relation.
TEST(RelationsStage, APassiveReadsItsPatientOnlyWhenThereIsOne) {
  const Related he("Tom Smith said he was backed by Jane Roe.");
  EXPECT_TRUE(he.has_relation("Jane Roe", "SUPPORTS", "Tom Smith"));
  const Related none("Was backed by Jane Roe.");
  EXPECT_FALSE(none.has_relation("Jane Roe", "SUPPORTS", "Jane Roe"));
}

// Row 18.326: a verb of labelling (label_verbs) before a lower-case word that opens no noun
// phrase is a noun or a modifier, no criticism; with its object right after it, it is.
TEST(RelationsStage, ABrandFormBeforeACommonNounIsNoCriticism) {
  EXPECT_FALSE(Related("The report was written by Acme Corp and branding firm Farrow Media.")
                   .has_relation("Acme Corp", "CRITICIZED", "Farrow Media"));
  EXPECT_FALSE(Related("Acme Corp brands include Tarnwell and Farrow Cola.").has_relation("Acme Corp", "CRITICIZED", "Farrow Cola"));
  EXPECT_TRUE(Related("Tom Smith branded Jane Roe \"reckless\" on Monday.").has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith branded the Tarn Party a disgrace.").has_relation("Tom Smith", "CRITICIZED", "Tarn Party"));
}

// Row 18.328: a past form of a verb cue right before a preposition takes no direct object
// there: a headline passive with its auxiliary dropped, or a reduced relative clause, whose
// subject is the one acted on; force through a target preposition and a finite verb after a
// subject pronoun keep their reading.
TEST(RelationsStage, AParticipleBeforeAPrepositionIsATelegraphicPassive) {
  EXPECT_FALSE(Related("Tom Smith attacked on Norway quotas. The minister spoke in Oslo on Monday.")
                   .has_relation("Tom Smith", "CRITICIZED", "Norway"));
  EXPECT_FALSE(Related("Acme Corp criticised over Farrow Media deal. The firm said nothing on Monday.")
                   .has_relation("Acme Corp", "CRITICIZED", "Farrow Media"));
  EXPECT_FALSE(Related("Jack Doe, one of the men lampooned in the Tarn Party poster, spoke on Monday.")
                   .has_relation("Jack Doe", "CRITICIZED", "Tarn Party"));
  EXPECT_TRUE(Related("Norway hacked into Sweden's computers last year.").has_relation("Norway", "ATTACKED", "Sweden"));
  EXPECT_TRUE(Related("Tom Smith cited failures in Norway that he blamed on the policies of Jane Roe.")
                  .has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith criticised Jane Roe over the plan.").has_relation("Tom Smith", "CRITICIZED", "Jane Roe"));
}

// Row 18.329: a past participle after `be` (a lower-case verb after an auxiliary or `to`,
// neither perfect) is passive: its subject is acted on; `has also backed` is active.
TEST(RelationsStage, AParticipleAfterAnAuxiliaryAndBeIsPassive) {
  EXPECT_FALSE(Related("Acme Corp will also be honoured along with Jane Roe.").has_relation("Acme Corp", "SUPPORTS", "Jane Roe"));
  EXPECT_FALSE(Related("Tom Smith believes he will be blamed if the Farrow Rovers lose.")
                   .has_relation("Tom Smith", "CRITICIZED", "Farrow Rovers"));
  EXPECT_TRUE(Related("Tom Smith has also backed Jane Roe.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_TRUE(Related("Tom Smith will have praised Jane Roe by then.").has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
}

// Row 18.330: `back` before a preposition of other_prepositions is the adverb (`back within
// the reach of`), no backing; the verb takes its object right after it.
TEST(RelationsStage, BackBeforeAnOtherPrepositionIsTheAdverb) {
  EXPECT_FALSE(Related("Tom Smith will put Acme Corp back within the reach of Farrow Media.")
                   .has_relation("Acme Corp", "SUPPORTS", "Farrow Media"));
  EXPECT_TRUE(Related("Acme Corp will back Farrow Media in the vote.").has_relation("Acme Corp", "SUPPORTS", "Farrow Media"));
}

// Row 18.331: a demonym whose noun phrase ends in a person's name qualifies that person, who
// is the argument; a demonym before a verb, or before a noun with no name, keeps its country.
TEST(RelationsStage, ADemonymBeforeAPersonsNameQualifiesThePerson) {
  const Related met("Tom Smith met the Norwegian trade envoy Jane Roe in Paris.");
  EXPECT_TRUE(met.has_relation("Jane Roe", "MET_WITH", "Tom Smith") || met.has_relation("Tom Smith", "MET_WITH", "Jane Roe"));
  EXPECT_FALSE(met.has_relation("Norway", "MET_WITH", "Tom Smith") || met.has_relation("Tom Smith", "MET_WITH", "Norway"));
  const Related officials("Tom Smith met Norwegian officials in Paris on Monday.");
  EXPECT_TRUE(officials.has_relation("Norway", "MET_WITH", "Tom Smith") || officials.has_relation("Tom Smith", "MET_WITH", "Norway"));
  const Related forces("Norwegian forces attack Jack Doe's convoy near Farrow.");
  EXPECT_TRUE(forces.has_relation("Norway", "ATTACKED", "Jack Doe") || forces.has_relation("Norway", "CRITICIZED", "Jack Doe"));
}

// Row 18.346: the writer's participle clause saying what a quote refers to (`referring to`,
// `in reference to`): its names, up to a clause break or a purpose infinitive, are what the
// quote is about; not a negated one, not the speaker.
TEST(RelationsStage, AReferringToClauseNamesWhatTheQuoteIsAbout) {
  const Related direct("\"It was a poor deal,\" Jane Roe said, referring to Tom Smith.");
  EXPECT_TRUE(direct.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related nested("\"It was a poor deal,\" Jane Roe said, referring to the levy Tom Smith brought in to help Acme Corp.");
  EXPECT_TRUE(nested.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  EXPECT_FALSE(nested.has_relation("Jane Roe", "SAID_ABOUT", "Acme Corp"));
  const Related noun("\"It was a poor deal,\" Jane Roe said in reference to Acme Corp on Monday.");
  EXPECT_TRUE(noun.has_relation("Jane Roe", "SAID_ABOUT", "Acme Corp"));
  const Related negated("\"It was a poor deal,\" Jane Roe said, without referring to Tom Smith.");
  EXPECT_FALSE(negated.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related self("\"It was a poor deal,\" Jane Roe said, referring to Jane Roe and her plan.");
  EXPECT_FALSE(self.has_relation("Jane Roe", "SAID_ABOUT", "Jane Roe"));
}

// Row 18.347: a demonym in a quote qualifying a noun of state power (a state body, an
// official, a regime noun, an attack) names its country: the quote is about it; not a
// demonym before a people or a trade, a title, or one of a region.
TEST(RelationsStage, ADemonymBeforeAStateNounInAQuoteIsAboutTheCountry) {
  const Related body("\"The Norwegian authorities have let us down,\" Jane Roe said.");
  EXPECT_TRUE(body.has_relation("Jane Roe", "SAID_ABOUT", "Norway"));
  const Related strike("Jane Roe said a Norwegian air strike had hit the depot.");
  EXPECT_TRUE(strike.has_relation("Jane Roe", "SAID_ABOUT", "Norway"));
  const Related trade("\"Norwegian business needs a rest,\" Jane Roe said.");
  EXPECT_FALSE(trade.has_relation("Jane Roe", "SAID_ABOUT", "Norway"));
  const Related people("Jane Roe said Norwegian farmers had a hard year.");
  EXPECT_FALSE(people.has_relation("Jane Roe", "SAID_ABOUT", "Norway"));
  const Related region("\"European leaders will gather in May,\" Jane Roe said.");
  EXPECT_FALSE(region.has_relation("Jane Roe", "SAID_ABOUT", "Europe"));
}

// Row 18.348: in the phrase a judging report sets before a short quoted fragment, a
// description the coreference stage resolved names its holder as a name does, and a speech
// form after a determiner or a quantifier is a noun, no other report (`any calls`).
TEST(RelationsStage, AResolvedDescriptionBeforeAJudgedFragmentIsWhatItIsAbout) {
  const Related role("Tom Smith met Jane Roe, the Norwegian leader, on Monday. The Tarn Party decried any calls to "
                     "drop the Norwegian leader as \"pretty absurd\".");
  EXPECT_TRUE(role.has_relation("Tarn Party", "SAID_ABOUT", "Jane Roe"));
  const Related pronoun("Tom Smith met Jane Roe, the Norwegian leader, on Monday. The Tarn Party decried any calls to "
                        "drop her as \"pretty absurd\".");
  EXPECT_FALSE(pronoun.has_relation("Tarn Party", "SAID_ABOUT", "Jane Roe"));
}

// Row 18.349: reported words in a relative clause on a name, the speaker and the cue right
// after the relative word, speak of the antecedent.
TEST(RelationsStage, ReportedWordsInARelativeClauseAreAboutTheAntecedent) {
  const Related which("The talks touched on Norway, which Tom Smith said was vital to the pact.");
  EXPECT_TRUE(which.has_relation("Tom Smith", "SAID_ABOUT", "Norway"));
  const Related titled("Several topics remain, including Norway, which Mr Smith noted was essential to the pact.");
  EXPECT_TRUE(titled.has_relation("Smith", "SAID_ABOUT", "Norway"));
  const Related body("Tom Smith, who the Tarn Party said had lied, left on Monday.");
  EXPECT_TRUE(body.has_relation("Tarn Party", "SAID_ABOUT", "Tom Smith"));
  const Related plain("The talks touched on Norway. Tom Smith said the pact was vital.");
  EXPECT_FALSE(plain.has_relation("Tom Smith", "SAID_ABOUT", "Norway"));
}

// Row 18.350: `relations with X` said by one who speaks for a country (a post in it) has
// that country as the other side; not when the speaker speaks for no country.
TEST(RelationsStage, RelationsWithACountryAreAboutTheSpeakersCountryToo) {
  const Related minister("Swedish Foreign Minister Tom Smith said relations with Norway are at a low.");
  EXPECT_TRUE(minister.has_relation("Tom Smith", "SAID_ABOUT", "Norway"));
  EXPECT_TRUE(minister.has_relation("Tom Smith", "SAID_ABOUT", "Sweden"));
  const Related nobody("Tom Smith said relations with Norway are at a low.");
  EXPECT_FALSE(nobody.has_relation("Tom Smith", "SAID_ABOUT", "Sweden"));
}

// Row 18.358: a body described by its country (a demonym or a country's possessive before a
// kind noun) lies in that country: the body named in apposition, as the predicate's subject, or
// the body before that the gazetteer places there (made-up companies below); not a body the
// description does not name, not one the gazetteer places elsewhere.
TEST(RelationsStage, ABodyDescribedByItsCountryLiesInIt) {
  EXPECT_TRUE(Related("Halvern Bank, the Norwegian lender, said profits fell.")
                  .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_TRUE(Related("Halvern Bank is the UK's third-biggest lender.")
                  .has_relation("Halvern Bank", "LOCATED_IN", "United Kingdom"));
  EXPECT_FALSE(Related("Halvern Bank gave a loan to the Norwegian firm on Monday.")
                   .has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  const std::string file = ::testing::TempDir() + "made_up_carmakers.jsonl";
  std::ofstream(file) << R"({"format":"gazette/gazetteer","version":1}
{"id": "org:kestrel-motors", "name": "Kestrel Motors", "type": "ORGANIZATION", "aliases": [], "located_in": "Norway"}
{"id": "org:vorl-autos", "name": "Vorl Autos", "type": "ORGANIZATION", "aliases": [], "located_in": "Sweden"}
)";
  Diagnostics diag;
  PipelineOptions o;
  o.gazetteer_files.push_back(file);
  const Pipeline p(o, diag);
  std::remove(file.c_str());
  const auto related = [&](std::string text, const char* head, const char* tail) {
    Document doc;
    doc.id = "test";
    doc.text = std::move(text);
    const Annotation a = p.annotate(doc);
    return std::any_of(a.relations.begin(), a.relations.end(), [&](const Relation& r) {
      return r.type == RelationType::LocatedIn && a.entities[static_cast<std::size_t>(r.head)].canonical == head &&
             a.entities[static_cast<std::size_t>(r.tail)].canonical == tail;
    });
  };
  const std::string text = "Kestrel Motors will meet Vorl Autos on Monday. The Norwegian carmaker wants a deal.";
  EXPECT_TRUE(related(text, "Kestrel Motors", "Norway"));
  EXPECT_FALSE(related(text, "Vorl Autos", "Norway"));
  EXPECT_FALSE(related("Vorl Autos will meet Tom Smith on Monday. The Norwegian carmaker wants a deal.", "Vorl Autos", "Norway"));
}

// Row 18.359: a place named after a description of it by its country (a demonym and a place
// noun, then `of`) lies in that country; not a place the description does not name, not one
// the gazetteer puts in another country.
TEST(RelationsStage, APlaceDescribedByItsCountryLiesInIt) {
  EXPECT_TRUE(Related("Tom Smith flew to the Norwegian port of Vessa Harbour on Monday.")
                  .has_relation("Vessa Harbour", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("Tom Smith left the Norwegian city on Monday for Vessa Harbour.")
                   .has_relation("Vessa Harbour", "LOCATED_IN", "Norway"));
  EXPECT_FALSE(Related("Tom Smith flew to the Norwegian city of Paris on Monday.").has_relation("Paris", "LOCATED_IN", "Norway"));
}

// Row 18.364: `the` and a lower-case institution noun alone in a quote refers back to the
// organisation last named with that noun in its name: the quote is about it; not with a
// modifier (`the other committee`), not a noun of a compound (`the committee room`), not
// a noun of no such name in the document, and never the speaker.
TEST(RelationsStage, AnInstitutionNounInAQuoteIsAboutTheOrganisationLastNamed) {
  const Related committee("Tom Smith sat on the Harbour Committee for years. \"We fought hard for it on the committee,\" "
                          "Jane Roe said.");
  EXPECT_TRUE(committee.has_relation("Jane Roe", "SAID_ABOUT", "Harbour Committee"));
  const Related reported("The Harbour Council met on Monday. Jane Roe said the council had lost its way.");
  EXPECT_TRUE(reported.has_relation("Jane Roe", "SAID_ABOUT", "Harbour Council"));
  const Related last("Tom Smith chairs the Harbour Committee. Tom Doe chairs the Finance Committee. \"The committee has "
                     "failed,\" Jane Roe said.");
  EXPECT_TRUE(last.has_relation("Jane Roe", "SAID_ABOUT", "Finance Committee"));
  EXPECT_FALSE(last.has_relation("Jane Roe", "SAID_ABOUT", "Harbour Committee"));
  const Related other("Tom Smith sat on the Harbour Committee. \"We fought hard for it on the other committee,\" "
                      "Jane Roe said.");
  EXPECT_FALSE(other.has_relation("Jane Roe", "SAID_ABOUT", "Harbour Committee"));
  const Related compound("Tom Smith sat on the Harbour Committee. \"I left the committee room early,\" Jane Roe said.");
  EXPECT_FALSE(compound.has_relation("Jane Roe", "SAID_ABOUT", "Harbour Committee"));
  const Related none("Tom Smith joined Acme Corp. \"The committee has failed,\" Jane Roe said.");
  EXPECT_FALSE(none.has_relation("Jane Roe", "SAID_ABOUT", "Acme Corp"));
}

// Row 18.365: `the party` in a quote said by a member of one party is the speaker's own
// party; not when another party is named in the quote before it, nor when the speaker's
// party is unknown.
TEST(RelationsStage, ThePartyInAMembersQuoteIsTheSpeakersOwnParty) {
  const Related member("Jane Roe, a Tarn Party MP, spoke on Monday. \"I joined the party to change it,\" Roe said.");
  EXPECT_TRUE(member.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Party"));
  const Related other("Tarn Party leader Jane Roe spoke on Monday. \"The Farrow Party has lost sight of what the party "
                      "stands for,\" Roe said.");
  EXPECT_TRUE(other.has_relation("Jane Roe", "SAID_ABOUT", "Farrow Party"));
  EXPECT_FALSE(other.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Party"));
  const Related unknown("Tom Smith joined the Tarn Party in May. \"I joined the party to change it,\" Jane Roe said.");
  EXPECT_FALSE(unknown.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Party"));
}

// Row 23.317: country descriptions are tried at the articles before demonyms and countries'
// names only, in text order: two in two sentences are both read, one after a name that is
// no description (`the Norway office`) is not.
TEST(RelationsStage, CountryDescriptionsInTwoSentencesAreBothRead) {
  const Related both("Halvern Bank, the Norwegian lender, said profits fell. Orsk Bank, the Swedish lender, said the same.");
  EXPECT_TRUE(both.has_relation("Halvern Bank", "LOCATED_IN", "Norway"));
  EXPECT_TRUE(both.has_relation("Orsk Bank", "LOCATED_IN", "Sweden"));
  EXPECT_FALSE(both.has_relation("Orsk Bank", "LOCATED_IN", "Norway"));
}

// Row 18.370: a role phrase or a bare surname the coreference stage resolved inside
// reported words names whom the quote is about; a pronoun there does not, nor the speaker.
TEST(RelationsStage, AResolvedRolePhraseInReportedWordsIsWhatTheQuoteIsAbout) {
  const Related role("Chancellor Tom Smith spoke in Tarnville on Monday. Jane Roe said the chancellor would resign.");
  EXPECT_TRUE(role.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related pronoun("Chancellor Tom Smith spoke in Tarnville on Monday. Jane Roe said he would resign.");
  EXPECT_FALSE(pronoun.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related own("Chancellor Tom Smith spoke in Tarnville on Monday. The chancellor said the budget was sound.");
  EXPECT_FALSE(own.has_relation("Tom Smith", "SAID_ABOUT", "Tom Smith"));
}

// Row 18.371: `this country` said by one with no country of their own, in a document
// naming several countries, is the country every placed name of the document lies in,
// when that country is named as often as any other; not when the places lie in two
// countries, when one place alone lies there, or when another country is named more.
TEST(RelationsStage, ThisCountryIsTheCountryTheDocumentsPlacesLieIn) {
  const Related placed("Jane Roe spoke in Lyon and Marseille on Monday about France and Spain. \"This country needs a "
                       "leader,\" Jane Roe said.");
  EXPECT_TRUE(placed.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  EXPECT_FALSE(placed.has_relation("Jane Roe", "SAID_ABOUT", "Spain"));
  const Related two("Jane Roe spoke in Lyon and Madrid on Monday about France and Spain. \"This country needs a "
                    "leader,\" Jane Roe said.");
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Spain"));
  const Related one("Jane Roe spoke in Lyon on Monday about France and Spain. \"This country needs a leader,\" Jane "
                    "Roe said.");
  EXPECT_FALSE(one.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  const Related more("Jane Roe spoke in Lyon and Marseille on Monday about France and Spain. Spain votes in May. "
                     "\"This country needs a leader,\" Jane Roe said.");
  EXPECT_FALSE(more.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  EXPECT_FALSE(more.has_relation("Jane Roe", "SAID_ABOUT", "Spain"));
}

// Row 18.372: a bare definite title inside a direct quote names the one person the text
// states holds that post before the quote; not a past post, not a one-word title found
// inside a longer one (`the minister` is no First Minister), not a post two people hold.
TEST(RelationsStage, ABareTitleInADirectQuoteIsTheOnePersonTheTextGivesThatPost) {
  const Related stated("Chancellor Tom Smith spoke in Tarnville on Monday. \"The chancellor has let us down,\" Jane Roe "
                       "said.");
  EXPECT_TRUE(stated.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related past("Chancellor Tom Smith spoke in Tarnville on Monday. \"The former chancellor has let us down,\" Jane "
                     "Roe said.");
  EXPECT_FALSE(past.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related nested("First Minister Tom Smith spoke in Tarnville on Monday. \"Changing the minister will not help,\" "
                       "Jane Roe said.");
  EXPECT_FALSE(nested.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related two("Chancellor Tom Smith met Chancellor Tom Doe in Tarnville on Monday. \"The chancellor has let us "
                    "down,\" Jane Roe said.");
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Tom Doe"));
}

// Row 18.373: a qualified role phrase inside a direct quote names its holder; another
// country's post names nobody the text gives it to.
TEST(RelationsStage, AQualifiedRolePhraseInADirectQuoteIsItsHolder) {
  const Related held("Norwegian Foreign Minister Tom Smith arrived in Tarnville on Monday. \"I told the Norwegian foreign "
                     "minister that we disagree,\" Jane Roe said.");
  EXPECT_TRUE(held.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  const Related other("Norwegian Foreign Minister Tom Smith arrived in Tarnville on Monday. \"I told the Swedish foreign "
                      "minister that we disagree,\" Jane Roe said.");
  EXPECT_FALSE(other.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
}

// Row 23.338: the quote rules whose first word a quote lacks are not asked (quote_words());
// a quote holding none of them comes first, and each rule still reads its word at the
// quote's edge: the evaluation and the country noun as the quote's last words, the party word
// and the bilateral noun in a later quote of the same document.
TEST(RelationsStage, QuoteRulesAreSkippedOnlyForQuotesWithoutTheirFirstWord) {
  const Related judged("\"We will keep working,\" Tom Smith said. \"Richard Poe is brilliant,\" Jane Roe said.");
  EXPECT_TRUE(judged.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_FALSE(judged.has_relation("Tom Smith", "SUPPORTS", "Richard Poe"));
  const Related country("France will vote in May. \"We will keep working,\" Tom Smith said. "
                        "\"I will always love this country,\" Jane Roe said.");
  EXPECT_TRUE(country.has_relation("Jane Roe", "SAID_ABOUT", "France"));
  EXPECT_FALSE(country.has_relation("Tom Smith", "SAID_ABOUT", "France"));
  const Related party("Jane Roe, a Tarn Party MP, spoke on Monday. \"We will keep working,\" Roe said. "
                      "\"I joined the party to change it,\" Roe said.");
  EXPECT_TRUE(party.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Party"));
  const Related bilateral("Swedish Foreign Minister Tom Smith spoke on Monday. \"We will keep working,\" Smith said. "
                          "\"Relations with Norway are at a low,\" Smith said.");
  EXPECT_TRUE(bilateral.has_relation("Tom Smith", "SAID_ABOUT", "Sweden"));
}

// Row 23.339: a token of a quote is asked for a judgement only when a word that may open a
// relation cue stands at it or in the three words after it; the evaluation three words after
// the copula is still read, one a word further is not (evaluation_in()'s reach, unchanged).
TEST(RelationsStage, AJudgementIsReadUpToThreeWordsAfterTheCopula) {
  const Related third("\"Richard Poe is a truly brilliant negotiator,\" Jane Roe said.");
  EXPECT_TRUE(third.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  const Related fourth("\"Richard Poe is a truly and wholly brilliant negotiator,\" Jane Roe said.");
  EXPECT_FALSE(fourth.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  const Related conduct("\"Richard Poe has let the country down,\" Jane Roe said.");
  EXPECT_TRUE(conduct.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
}

// Row 23.350: quoted_titles_about() is asked only for a quote holding a word that may open a
// title (read in quote_words()'s pass); a quote without one coming first does not stop a
// later quote's bare title from naming its stated holder, and gives nothing itself.
TEST(RelationsStage, QuotedTitleIsReadOnlyInQuotesWithATitleWord) {
  const Related titled("Chancellor Tom Smith spoke in Tarnville on Monday. \"We will keep working,\" Jack Doe said. "
                       "\"The chancellor has let us down,\" Jane Roe said.");
  EXPECT_TRUE(titled.has_relation("Jane Roe", "SAID_ABOUT", "Tom Smith"));
  EXPECT_FALSE(titled.has_relation("Jack Doe", "SAID_ABOUT", "Tom Smith"));
}

// Row 23.366: nationality_modifiers() marks the arguments to drop in one byte list for the
// whole document, overwritten sentence by sentence; a later sentence with fewer arguments
// reads only its own marks: the country qualifying a name in the first sentence is dropped,
// the country the second sentence's cue takes as its object is kept.
TEST(RelationsStage, NationalityMarksOfOneSentenceDoNotCarryIntoTheNext) {
  const Related t("Jane Roe held talks with US banker Richard Poe and Tom Smith on Monday. "
                  "Jack Doe held talks with Russia on Tuesday.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(t.has_relation("Jane Roe", "MET_WITH", "United States"));
  EXPECT_TRUE(t.has_relation("Jack Doe", "MET_WITH", "Russia"));
  const Related reversed("Jack Doe held talks with Russia on Tuesday. "
                         "Jane Roe held talks with US banker Richard Poe on Monday.");
  EXPECT_TRUE(reversed.has_relation("Jack Doe", "MET_WITH", "Russia"));
  EXPECT_TRUE(reversed.has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  EXPECT_FALSE(reversed.has_relation("Jane Roe", "MET_WITH", "United States"));
}

// Row 23.367: short_names_about() and institution_nouns_about() are asked only for a quote
// whose words hold a capitalised word right after a definite article, or an institution noun
// (quote_words()' pass); a quote without them comes first and gives nothing, and the words
// are still read as the quote's last words.
TEST(RelationsStage, ShortNameAndInstitutionNounAreReadOnlyInQuotesHoldingThem) {
  const Related bank("The Bank of Vellmark raised rates on Monday. \"We will keep working,\" said Jack Doe. "
                     "\"We trust the Bank,\" said Jane Roe.");
  EXPECT_TRUE(bank.has_relation("Jane Roe", "SAID_ABOUT", "Bank of Vellmark"));
  EXPECT_FALSE(bank.has_relation("Jack Doe", "SAID_ABOUT", "Bank of Vellmark"));
  const Related committee("Tom Smith sat on the Harbour Committee for years. \"We will keep working,\" said Jack Doe. "
                          "\"We fought hard for it on the committee,\" said Jane Roe.");
  EXPECT_TRUE(committee.has_relation("Jane Roe", "SAID_ABOUT", "Harbour Committee"));
  EXPECT_FALSE(committee.has_relation("Jack Doe", "SAID_ABOUT", "Harbour Committee"));
}

// Row 23.369: the relation cues of a document are looked up only at the tokens that may open
// one (next_cue_start()); cues in the first and last sentences, a sentence with none
// between, are all found. And a quote's words end at its last token (quote_tokens()' binary
// search): the blame phrase as the quote's last words is read, the evaluation in the
// writer's sentence after the quote is not the speaker's.
TEST(RelationsStage, CuesAndQuoteWordsAreFoundWhereTheTokensSkippedHoldNone) {
  const Related cues("Tom Smith praised Jane Roe on Monday. The weather in the north was mild and dry. "
                     "Jane Roe met Richard Poe at the far post.");
  EXPECT_TRUE(cues.has_relation("Tom Smith", "SUPPORTS", "Jane Roe"));
  EXPECT_TRUE(cues.has_relation("Jane Roe", "MET_WITH", "Richard Poe"));
  const Related quoted("\"Tom Smith is to blame,\" Jane Roe said. Jack Doe is brilliant.");
  EXPECT_TRUE(quoted.has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
  EXPECT_FALSE(quoted.has_relation("Jane Roe", "SUPPORTS", "Jack Doe"));
}

// Row 23.369: read_clauses() marks a direct quote's tokens at once (its end by a binary
// search) and reads only the quotation marks of each sentence for fragments; a one-word
// fragment after a direct quote stays part of its clause, a quote of five words does not.
TEST(RelationsStage, AFragmentAfterADirectQuoteIsStillPartOfItsClause) {
  const Related fragment("\"We will keep working,\" said Tom Smith. Jane Roe criticized the \"reckless\" tone of "
                         "Norway's statements.");
  EXPECT_TRUE(fragment.has_relation("Jane Roe", "CRITICIZED", "Norway"));
  const Related longer("\"We will keep working,\" said Tom Smith. Jane Roe criticized the \"very reckless and wholly "
                       "careless\" tone of Norway's statements.");
  EXPECT_FALSE(longer.has_relation("Jane Roe", "CRITICIZED", "Norway"));
}

// Row 23.383: quote_words() passes a word in no word list with one test and notes a copula
// for holds_responsible(), which is asked only of a quote holding one: a blame predicate after
// a copula that follows words in no list is read, as one after the quote's first words; a
// quote with the predicate and no copula holds no one responsible, nor does one without the
// predicate.
TEST(RelationsStage, TheCopulaOfABlamePredicateIsFoundAmongWordsInNoList) {
  auto held = [](const std::string& text) {
    const Related t(text);
    return std::any_of(t.a.relations.begin(), t.a.relations.end(), [&](const Relation& x) {
      return x.rule == "quote:holds-responsible" && t.name(x.head) == "Jane Roe" && t.name(x.tail) == "Richard Poe";
    });
  };
  EXPECT_TRUE(held("\"After weeks of careful checking, Richard Poe was responsible,\" Jane Roe said."));
  EXPECT_TRUE(held("\"Richard Poe is at fault,\" Jane Roe said."));
  EXPECT_FALSE(held("\"Richard Poe took responsible steps,\" Jane Roe said."));
  EXPECT_FALSE(held("\"Richard Poe was careful,\" Jane Roe said."));
}

// Row 23.384: judged_in_quote() reads the tokens that may open a cue as quote_words() noted
// them and moves from a token whose next one is four tokens or more on straight to three
// tokens before it: a copula three words before the evaluation, after a long stretch of words
// that open none, is still read, and so is a second judgement after the first.
TEST(RelationsStage, AJudgementAfterALongStretchWithNoCueOpenerIsRead) {
  const Related far("\"We will keep on with it for many more years to come, and Tom Smith is a truly reckless man,\" "
                    "Jane Roe said.");
  EXPECT_TRUE(far.has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
  const Related two("\"Richard Poe is brilliant, and after all these long years with him here, Tom Smith is a truly "
                    "reckless man,\" Jane Roe said.");
  EXPECT_TRUE(two.has_relation("Jane Roe", "SUPPORTS", "Richard Poe"));
  EXPECT_TRUE(two.has_relation("Jane Roe", "CRITICIZED", "Tom Smith"));
}

// Row 23.385: the walks for a regime noun (government_arguments()) and for a relative word
// after a preposition (apart_cues()) find them by next_in_list(), from the first token each
// may stand at to the last; bare_role_phrase_roles() asks bare_title_at() only at a definite
// article. `the government` as a sentence's first words and as its last, the fronted
// preposition after a sentence with none, and the bare title as a sentence's last words are
// each read.
TEST(RelationsStage, RegimeNounsRelativeWordsAndBareTitlesAreFoundByTheTightWalks) {
  Related last("France will vote in May. Jane Roe condemned the government.");
  EXPECT_TRUE(last.has_relation("Jane Roe", "CRITICIZED", "France"));
  Related first("France will vote in May. The government was condemned by Jane Roe on Monday.");
  EXPECT_TRUE(first.has_relation("Jane Roe", "CRITICIZED", "France"));
  Related fronted("Senator Tom Smith and Governor Jack Doe spoke. The weather was mild. It was Governor Jack Doe, "
                  "with whom Senator Tom Smith sided.");
  EXPECT_TRUE(fronted.has_relation("Tom Smith", "SUPPORTS", "Jack Doe"));
  Related title("Gordon Brown spoke in Britain on Monday. Growth would continue, said the chancellor.");
  EXPECT_TRUE(title.has_relation("Gordon Brown", "ROLE_IN", "United Kingdom"));
}

// Row 18.390: a verb of speaking and `of`/`about` outside the quote, with a name right after
// them that closes its phrase, name what the quote of that sentence is about; not a name
// that only qualifies a noun (`the Harlow Foods board`), nor when another speaker is quoted
// in the sentence.
TEST(RelationsStage, ANameAfterSaidOfInTheFramingSentenceIsWhatTheQuoteIsAbout) {
  const Related said_of("Tom Smith said of Harlow Foods: \"They have let every farmer down.\"");
  EXPECT_TRUE(said_of.has_relation("Tom Smith", "SAID_ABOUT", "Harlow Foods"));
  const Related spoke_of("Jane Roe spoke about Harlow Foods' plans on Monday: \"They will cut pay on every farm.\"");
  EXPECT_TRUE(spoke_of.has_relation("Jane Roe", "SAID_ABOUT", "Harlow Foods"));
  const Related noun("Tom Smith spoke of the Harlow Foods board: \"They have let every farmer down.\"");
  EXPECT_FALSE(noun.has_relation("Tom Smith", "SAID_ABOUT", "Harlow Foods"));
  const Related two("Tom Smith spoke of Harlow Foods: \"They have failed,\" while Jane Roe said \"we disagree\".");
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Harlow Foods"));
}

// Row 18.391: after a body's possessive in an apposition, one lower-case word naming the
// post's field may stand before the title when the title ends the apposition; not a noun
// that is no title (`richest man`).
TEST(RelationsStage, APortfolioWordBetweenABodysPossessiveAndTheTitleKeepsThePost) {
  const Related oil("Output will rise, said Tom Smith, Norway's oil minister.");
  EXPECT_TRUE(oil.has_relation("Tom Smith", "ROLE_IN", "Norway"));
  const Related group("Jane Roe, Acme Corp's group chief executive, said sales fell.");
  EXPECT_TRUE(group.has_relation("Jane Roe", "ROLE_IN", "Acme Corp"));
  const Related richest("Tom Smith, Norway's richest man, said sales fell.");
  EXPECT_FALSE(richest.has_relation("Tom Smith", "ROLE_IN", "Norway"));
}

// Row 23.426: from_quotes()' token tables (the named arguments by their last token, the
// stage's references and quoted he/she) are made at their first question, which may come at
// any quote of the document, and then serve every later one: a quote that asks nothing, then
// a quoted he/she, an agent after `by` and a possessor, each judged.
TEST(RelationsStage, TokenTablesMadeAtTheFirstQuestionServeEveryLaterQuote) {
  const Related t("\"We will keep working,\" said Tom Doe. Richard Poe, the mayor, resigned on Monday. \"He is "
                  "reckless,\" said Jane Roe. \"This campaign was a big misjudgement by the Green Party,\" said Tom Doe. "
                  "\"Jack Doe's new poster was a big misjudgement,\" said Jane Roe.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Richard Poe"));
  EXPECT_TRUE(t.has_relation("Tom Doe", "CRITICIZED", "Green Party"));
  EXPECT_TRUE(t.has_relation("Jane Roe", "CRITICIZED", "Jack Doe"));
  EXPECT_FALSE(t.has_relation("Tom Doe", "CRITICIZED", "Richard Poe"));
  // Only a quote with no judgement: nothing judged, nothing asked.
  const Related none("Richard Poe, the mayor, resigned on Monday. \"We will keep working,\" said Tom Doe.");
  EXPECT_FALSE(none.has_relation("Tom Doe", "CRITICIZED", "Richard Poe"));
}

// Row 23.427: reference_to() passes the words in no word list with one test; a reference or
// swipe noun among them, before the quote, after it or in the next sentence, is still read.
TEST(RelationsStage, AReferenceOrSwipeNounAmongWordsInNoListIsRead) {
  const Related swipe("Speaking in Kestby, in a veiled swipe at Jack Doe, Jane Roe said: \"We need a leader.\"");
  EXPECT_TRUE(swipe.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
  EXPECT_TRUE(swipe.has_relation("Jane Roe", "CRITICIZED", "Jack Doe"));
  const Related after("\"We will keep working,\" Jane Roe said in Kestby, in an apparent reference to Jack Doe.");
  EXPECT_TRUE(after.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
  const Related next("\"We will keep working,\" Jane Roe said in Kestby. That was plainly a reference to Jack Doe.");
  EXPECT_TRUE(next.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
  const Related none("\"We will keep working,\" Jane Roe said in Kestby, standing beside Jack Doe.");
  EXPECT_FALSE(none.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
}

// Row 23.428: reference_to() takes the quote's first and last tokens from its words, not
// from two searches: a quote ending in a word (its closing mark outside the quote's text)
// and one ending in a comma or a full stop are each read up to the reference after them.
TEST(RelationsStage, AReferenceAfterAQuoteEndingInAWordOrAMarkIsRead) {
  const Related word("Jane Roe said \"we will keep working\" in an apparent reference to Jack Doe.");
  EXPECT_TRUE(word.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
  const Related comma("\"We will keep working,\" Jane Roe said, in an apparent reference to Jack Doe.");
  EXPECT_TRUE(comma.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
  const Related stop("Jane Roe said: \"We will keep working.\" That was plainly a reference to Jack Doe.");
  EXPECT_TRUE(stop.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
  const Related later("Jane Roe said: \"We will keep working.\" Tom Smith spoke next. It was a reference to Jack Doe.");
  EXPECT_FALSE(later.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
}

// Row 23.431: the roles stage asks the word lists of a token's lower-case form by its mask
// (lower_norm_in()): a capitalised article or premodifier in a post phrase is read as its
// lower-case word, as the string look-up read it.
TEST(RolesStage, ACapitalisedArticleOrPremodifierInAPostPhraseIsReadLowerCased) {
  const Related lower("John Doe, a former U.S. attorney in the region, said the case was thin.");
  EXPECT_TRUE(lower.has_relation("John Doe", "ROLE_IN", "United States"));
  const Related capital("John Doe, A Former U.S. attorney in the region, said the case was thin.");
  EXPECT_TRUE(capital.has_relation("John Doe", "ROLE_IN", "United States"));
  const Related acting("Jane Roe, the Acting U.S. attorney general, said the case was thin.");
  EXPECT_TRUE(acting.has_relation("Jane Roe", "ROLE_IN", "United States"));
}

// Row 18.394: a collective the coreference stage resolved inside a quote's words (reported
// words stand outside quotation marks) that names its organisation by the name's own words
// (the name's head, modifiers of the name) is an organisation the quote is about; a kind
// noun the name lacks, another modifier, or the speaker itself: none.
TEST(RelationsStage, ACollectiveInsideReportedWordsIsWhatTheQuoteIsAbout) {
  const Related office(
      "A spokesman for the Tarn Audit Office said the office agreed. Jane Roe added that there is good "
      "co-operation with the audit office on specific cases.");
  EXPECT_TRUE(office.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Audit Office"));
  const Related police(
      "The Kestby Police Department opened an inquiry on Monday. Tom Smith said the police department had acted "
      "too late.");
  EXPECT_TRUE(police.has_relation("Tom Smith", "SAID_ABOUT", "Kestby Police Department"));
  const Related firm(
      "Acme Corp found two flaws in its software on Monday. Tom Smith said the firm had not seen any attacks on its "
      "customers.");
  EXPECT_FALSE(firm.has_relation("Tom Smith", "SAID_ABOUT", "Acme Corp"));
  const Related ruling(
      "The Tarn Party lost two seats on Monday. Jane Roe said the ruling party would change the constitution.");
  EXPECT_FALSE(ruling.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Party"));
  const Related itself("The Tarn Audit Office met on Monday. The office said the office would recover.");
  EXPECT_FALSE(itself.has_relation("Tarn Audit Office", "SAID_ABOUT", "Tarn Audit Office"));
  // `the party's` said by a party is its own, whichever party holds the word; said by one
  // of no party, the party named before.
  const Related party(
      "The Kestby Party published its manifesto on Monday. Tom Smith, a Kestby Party spokesman, said the party "
      "would cut taxes. The Democrats said the party's sums did not add up.");
  EXPECT_FALSE(party.has_relation("Democratic Party", "SAID_ABOUT", "Kestby Party"));
  const Related none(
      "The Kestby Party published its manifesto on Monday. Tom Smith, a Kestby Party spokesman, said the party "
      "would cut taxes. Jane Roe said the party's sums did not add up.");
  EXPECT_TRUE(none.has_relation("Jane Roe", "SAID_ABOUT", "Kestby Party"));
  const Related since(
      "The Kestby Party published its manifesto on Monday. The Liberal Democrats published theirs on Tuesday. "
      "Jane Roe said the party's sums did not add up.");
  EXPECT_FALSE(since.has_relation("Jane Roe", "SAID_ABOUT", "Kestby Party"));
}

// Row 18.407: a plural person noun after `the`, `the two` or `both` in reported words stands
// for the pair of people named last whose sentence holds the same noun, or, after a
// numeral, for the pair named last in the sentences just before; a plural with neither is
// a group of its own.
TEST(RelationsStage, APluralDescriptionOfTwoNamedPeopleIsWhatTheQuoteIsAbout) {
  const Related brothers(
      "Police are searching for the two suspects, Tom Brandle and Jack Brandle, who are brothers. Jane Roe said the "
      "brothers had lived in Kestby for years.");
  EXPECT_TRUE(brothers.has_relation("Jane Roe", "SAID_ABOUT", "Tom Brandle"));
  EXPECT_TRUE(brothers.has_relation("Jane Roe", "SAID_ABOUT", "Jack Brandle"));
  const Related shared(
      "Police are searching for the two suspects, Tom and Jack Brandle, who are brothers. Jane Roe said the "
      "suspects had lived in Kestby for years.");
  EXPECT_TRUE(shared.has_relation("Jane Roe", "SAID_ABOUT", "Tom Brandle"));
  EXPECT_TRUE(shared.has_relation("Jane Roe", "SAID_ABOUT", "Jack Brandle"));
  const Related counted("Tom Brandle and Jack Doe met in Kestby on Monday. Jane Roe said both men wanted a deal.");
  EXPECT_TRUE(counted.has_relation("Jane Roe", "SAID_ABOUT", "Tom Brandle"));
  EXPECT_TRUE(counted.has_relation("Jane Roe", "SAID_ABOUT", "Jack Doe"));
  const Related group("Tom Brandle and Jack Doe met in Kestby on Monday. Jane Roe said the suspects had fled.");
  EXPECT_FALSE(group.has_relation("Jane Roe", "SAID_ABOUT", "Tom Brandle"));
  const Related speaker("Tom Brandle and Jack Doe met in Kestby on Monday. Tom Brandle said the two men wanted a deal.");
  EXPECT_TRUE(speaker.has_relation("Tom Brandle", "SAID_ABOUT", "Jack Doe"));
  EXPECT_FALSE(speaker.has_relation("Tom Brandle", "SAID_ABOUT", "Tom Brandle"));
}

// Row 18.395: a hyphen glued between two lower-case words joins them into one word of a
// collective (`the anti-fraud office`), which the coreference stage resolves as it does
// `the audit office`, to the organisation last named whose name holds all its words
// before the one whose name holds its head alone.
TEST(RelationsStage, AHyphenatedModifierKeepsACollective) {
  const Related office(
      "A spokesman for the Tarn Anti-Fraud Office said the office agreed. Jane Roe added that there is good "
      "co-operation with the anti-fraud office on specific cases.");
  EXPECT_TRUE(office.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Anti-Fraud Office"));
  // The modifiers pick the office whose name holds them, not the office named last.
  const Related two(
      "A spokesman for the Tarn Anti-Fraud Office agreed with the figures of the Tarn Audit Office. Jane Roe added "
      "that there is good co-operation with the anti-fraud office on specific cases.");
  EXPECT_TRUE(two.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Anti-Fraud Office"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "SAID_ABOUT", "Tarn Audit Office"));
}

// Row 18.432: a place named only on a line of its own (a byline's place under the author's
// name) is page furniture: no LOCATED_IN from the gazetteer; named in the text, it is.
TEST(RelationsStage, APlaceAloneOnItsBylineLineIsLocatedNowhere) {
  const Related byline("Talks end in Kestby\n\nJane Roe\nBoston\nWednesday 12 April\n\n"
                       "Tom Smith said the United States would vote in May.");
  ASSERT_TRUE(std::any_of(byline.a.entities.begin(), byline.a.entities.end(),
                          [](const Entity& e) { return e.canonical == "Boston"; }));
  EXPECT_FALSE(byline.has_relation("Boston", "LOCATED_IN", "United States"));
  const Related text("Talks end in Kestby\n\nJane Roe\nBoston\nWednesday 12 April\n\n"
                     "Tom Smith said in Boston that the United States would vote in May.");
  EXPECT_TRUE(text.has_relation("Boston", "LOCATED_IN", "United States"));
}
