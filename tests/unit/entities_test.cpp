#include "gazette/entities.hpp"
#include "pipeline_fixture.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>

using namespace gazette;
using gazette::testing::Annotated;

TEST(Entities, SurnamesHonorificsAndVariantsLinkToOneEntity) {
  Annotated t("Russian Foreign Minister Sergey Lavrov arrived. Mr. Lavrov said little. Lavrov's aide smiled. "
              "Sergei Lavrov later left.");
  const Entity* e = t.entity("Sergei Lavrov");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 4u);
  EXPECT_EQ(e->gazetteer_id, "person:sergei-lavrov");
}

TEST(Entities, ParticleVariantsShareAKey) {
  EXPECT_EQ(person_key("Bashar al-Assad"), person_key("Bashar Assad"));
  EXPECT_EQ(person_key("Sergey Lavrov"), person_key("Sergei Lavrov"));
  EXPECT_EQ(person_key("Donald J. Trump"), person_key("Donald Trump"));
  EXPECT_NE(person_key("Boris Johnson"), person_key("Lyndon Johnson"));
}

TEST(Entities, RuleFoundFullNamesLinkSurnames) {
  Annotated t("Olena Shevchuk, the minister, spoke first. Shevchuk then left.");
  const Entity* e = t.entity("Olena Shevchuk");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Person);
  EXPECT_EQ(e->mentions.size(), 2u);
}

TEST(Entities, TwoPeopleSharingASurnameStayApart) {
  Annotated t("Boris Johnson met Lyndon Johnson's grandson. Boris Johnson spoke.");
  EXPECT_NE(t.entity("Boris Johnson"), nullptr);
  EXPECT_NE(t.entity("Lyndon Johnson"), nullptr);
}

// One entity per gazetteer entry however it is reached (a capital acting for its country,
// the country's name, a famous surname alone before the full name), and one per person
// named in full by rules, whatever links to it later.
TEST(Entities, EachGazetteerEntryAndEachFullNameMakeOneEntity) {
  Annotated t("Moscow warned Kyiv on Monday. Russia denied it. Olena Shevchuk, the minister, replied. "
              "Shevchuk left. Olena Shevchuk returned. Lavrov spoke. Sergei Lavrov agreed.");
  const auto count = [&](const std::string& canonical) {
    return std::count_if(t.a.entities.begin(), t.a.entities.end(), [&](const Entity& e) { return e.canonical == canonical; });
  };
  ASSERT_NE(t.entity("Russia"), nullptr);
  EXPECT_EQ(count("Russia"), 1);
  EXPECT_EQ(t.entity("Russia")->gazetteer_id, "country:RU");
  ASSERT_EQ(t.entity("Russia")->mentions.size(), 2u);
  EXPECT_TRUE(t.a.mentions[t.entity("Russia")->mentions[0]].metonymic);
  ASSERT_NE(t.entity("Olena Shevchuk"), nullptr);
  EXPECT_EQ(count("Olena Shevchuk"), 1);
  EXPECT_EQ(t.entity("Olena Shevchuk")->mentions.size(), 3u);
  EXPECT_TRUE(t.entity("Olena Shevchuk")->gazetteer_id.empty());
  ASSERT_NE(t.entity("Sergei Lavrov"), nullptr);
  EXPECT_EQ(count("Sergei Lavrov"), 1);
  EXPECT_EQ(t.entity("Sergei Lavrov")->gazetteer_id, "person:sergei-lavrov");
  EXPECT_EQ(t.entity("Sergei Lavrov")->mentions.size(), 2u);
}

TEST(Entities, MoscowAsActorAndAsPlaceInOneDocument) {
  Annotated t("Moscow warned Washington on Monday. Talks were held in Moscow.");
  const Entity* russia = t.entity("Russia");
  const Entity* us = t.entity("United States");
  const Entity* moscow = t.entity("Moscow");
  ASSERT_NE(russia, nullptr);
  ASSERT_NE(us, nullptr);
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->type, EntityType::Location);
  EXPECT_EQ(russia->mentions.size(), 1u);
  EXPECT_TRUE(t.a.mentions[russia->mentions[0]].metonymic);
}

TEST(Entities, DemonymsAreNotMentions) {
  Annotated t("Russian officials said nothing.");
  for (const auto& m : t.mention_texts()) EXPECT_NE(m, "Russian");
}

TEST(Entities, CountryAliasesResolve) {
  Annotated t("The U.S. and America and the US are one country; Britain and the U.K. are another.");
  const Entity* us = t.entity("United States");
  const Entity* uk = t.entity("United Kingdom");
  ASSERT_NE(us, nullptr);
  ASSERT_NE(uk, nullptr);
  EXPECT_EQ(us->mentions.size(), 3u);
  EXPECT_EQ(uk->mentions.size(), 2u);
}

TEST(Entities, PlacesInResultsTablesAreTeamsButDatelinesArePlaces) {
  Annotated table("CHICAGO 72 59 .550");
  ASSERT_NE(table.entity("CHICAGO"), nullptr);
  EXPECT_EQ(table.entity("CHICAGO")->type, EntityType::Organization);
  Annotated dateline("CHICAGO 1996-08-30\nShares rose.");
  ASSERT_NE(dateline.entity("Chicago"), nullptr);
  EXPECT_EQ(dateline.entity("Chicago")->type, EntityType::Location);
}

TEST(Entities, UnknownNamesInResultsTablesAreTeams) {
  // Names nobody typed on a results line are teams; a capitalised common word alone is none.
  Annotated t("Dunmoor 2 Kelbrin 1");
  ASSERT_NE(t.entity("Dunmoor"), nullptr);
  EXPECT_EQ(t.entity("Dunmoor")->type, EntityType::Organization);
  ASSERT_NE(t.entity("Kelbrin"), nullptr);
  EXPECT_EQ(t.entity("Kelbrin")->type, EntityType::Organization);
  Annotated total("Total 232 45");
  EXPECT_EQ(total.entity("Total"), nullptr);
  // The same names in a sentence of prose are no team.
  Annotated prose("Analysts said Kelbrin was tired.");
  EXPECT_TRUE(prose.entity("Kelbrin") == nullptr || prose.entity("Kelbrin")->type != EntityType::Organization);
}

// A results line has two numbers or more and at most one lower-case word, wherever they
// stand: its scan stops at a second lower-case word, after which no number counts.
TEST(Entities, AResultsLineHoldsAtMostOneLowerCaseWord) {
  Annotated one("Dunmoor 372 and Kelbrin 119");
  ASSERT_NE(one.entity("Dunmoor"), nullptr);
  EXPECT_EQ(one.entity("Dunmoor")->type, EntityType::Organization);
  ASSERT_NE(one.entity("Kelbrin"), nullptr);
  EXPECT_EQ(one.entity("Kelbrin")->type, EntityType::Organization);
  Annotated two("Dunmoor beat Kelbrin by 372 to 119");
  EXPECT_TRUE(two.entity("Dunmoor") == nullptr || two.entity("Dunmoor")->type != EntityType::Organization);
  // A year makes a dateline, not a table, wherever it stands.
  Annotated dated("Dunmoor 372 Kelbrin 1996");
  EXPECT_TRUE(dated.entity("Dunmoor") == nullptr || dated.entity("Dunmoor")->type != EntityType::Organization);
}

TEST(Entities, ALoneUnknownNameIsABodyUnlessItSpeaks) {
  Annotated t("Analysts expect Zorvex to cut jobs. Kelbrin said the deal was off. Shares in Zorvex fell.");
  ASSERT_NE(t.entity("Zorvex"), nullptr);
  EXPECT_EQ(t.entity("Zorvex")->type, EntityType::Organization);
  ASSERT_NE(t.entity("Kelbrin"), nullptr);
  EXPECT_EQ(t.entity("Kelbrin")->type, EntityType::Person);
  // Named once, with no other evidence, it is no entity: a capitalised adjective or nickname.
  Annotated once("Analysts expect the Vaskeltic wing to cut jobs.");
  EXPECT_EQ(once.entity("Vaskeltic"), nullptr);
}

TEST(Entities, ALoneWordBeginningOneKnownFullNameLinksToIt) {
  // A given name used alone, and a family name written first, link to the one person
  // of the document whose full name they begin.
  Annotated t("Olena Varadan won the final. Olena said she was tired. "
              "Coach Wang Junxia watched. Wang said nothing.");
  // Names only: the coreference stage adds `she` as a reference of Olena Varadan.
  auto names = [&](const Entity* x) {
    return std::count_if(x->mentions.begin(), x->mentions.end(), [&](std::uint32_t mi) { return t.a.mentions[mi].resolved_from.empty(); });
  };
  const Entity* e = t.entity("Olena Varadan");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(names(e), 2);
  const Entity* w = t.entity("Wang Junxia");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(names(w), 2);
  // Not when two people of the document begin with the word, nor when the only full name
  // is a bare capitalised sequence (a company or event as often as a person).
  Annotated two("Olena Varadan and Olena Rao met. Olena said no.");
  for (const auto& m : two.a.mentions)
    if (two.a.text(m.span) == "Olena") {
      EXPECT_NE(two.name(m.entity), "Olena Varadan");
      EXPECT_NE(two.name(m.entity), "Olena Rao");
    }
  Annotated seq("Zorvex Quantel shares fell. Zorvex said costs rose.");
  for (const auto& m : seq.a.mentions)
    if (seq.a.text(m.span) == "Zorvex") {
      EXPECT_NE(seq.name(m.entity), "Zorvex Quantel");
    }
}

TEST(Entities, HyphenJoinedKnownSurnamesAreTwoPeople) {
  Annotated t("Rex Tillerson met Sergei Lavrov. The Tillerson-Lavrov talks were tense.");
  EXPECT_EQ(t.entity("Rex Tillerson")->mentions.size(), 2u);
  EXPECT_EQ(t.entity("Sergei Lavrov")->mentions.size(), 2u);
  EXPECT_EQ(t.entity("Tillerson-Lavrov"), nullptr);
}

TEST(Entities, NamesEndingInAnEventHeadAreNotMentions) {
  Annotated t("Spain won the Davis Cup and the World Cup; the Hunting Act passed. Rafael Nadal said so.");
  for (const auto& m : t.mention_texts()) {
    EXPECT_EQ(m.find("Cup"), std::string::npos) << m;
    EXPECT_EQ(m.find("Act"), std::string::npos) << m;
  }
  EXPECT_NE(t.entity("Rafael Nadal"), nullptr);
  EXPECT_NE(t.entity("Spain"), nullptr);
}

TEST(Entities, APlaceNameThatIsTheSurnameOfOnePersonOfTheDocumentIsThatPerson) {
  Annotated t("Kenneth Washington reached the final. Washington lost in four sets. Protests in Houston grew.");
  const Entity* w = t.entity("Kenneth Washington");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->mentions.size(), 2u);
  const Entity* h = t.entity("Houston");  // no one named Houston here: the city
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->type, EntityType::Location);
}

// GUIDELINES "Entities": a sequence of capitalised common words with no given name, no
// known surname and no speech verb is no person ("Grand Slam", "Golden Globe"); a name
// with a word that is no common word stays one.
TEST(Entities, CapitalisedCommonWordsWithNoEvidenceAreNoPerson) {
  Annotated t("Fans in Tarnville cheered the Golden Globe and the Grand Slam. Later Vaskelt Orrin arrived.");
  EXPECT_EQ(t.entity("Golden Globe"), nullptr);
  EXPECT_EQ(t.entity("Grand Slam"), nullptr);
  ASSERT_NE(t.entity("Vaskelt Orrin"), nullptr);
  EXPECT_EQ(t.entity("Vaskelt Orrin")->type, EntityType::Person);
  Annotated speaks("\"We won,\" Golden Globe said on Monday.");
  EXPECT_NE(speaks.entity("Golden Globe"), nullptr);
}

// Issue #19: a capitalised run beside a work noun of work_title_words (`the film ...`,
// `... programme`, `starring`) or inside quotation marks, with no given name and no speech
// verb, is the title of a work, not a person; a run with a given name stays a person.
TEST(Entities, TitlesOfWorksWithNoEvidenceAreNoPerson) {
  Annotated t("Critics praised the film Vaskelt Orrin and the Tarnby Quell programme on Monday. "
              "Later the album \"Morrow Kessat\" sold well, and the show starred John Tarnby.");
  EXPECT_EQ(t.entity("Vaskelt Orrin"), nullptr) << ::testing::PrintToString(t.mention_texts());
  EXPECT_EQ(t.entity("Tarnby Quell"), nullptr) << ::testing::PrintToString(t.mention_texts());
  EXPECT_EQ(t.entity("Morrow Kessat"), nullptr) << ::testing::PrintToString(t.mention_texts());
  ASSERT_NE(t.entity("John Tarnby"), nullptr);
  EXPECT_EQ(t.entity("John Tarnby")->type, EntityType::Person);
  Annotated plain("Vaskelt Orrin arrived in Tarnville on Monday and Vaskelt Orrin left.");
  EXPECT_NE(plain.entity("Vaskelt Orrin"), nullptr);
}

// An acronym defined after the lower-case words it abbreviates is a measure, not a body,
// there and later in the document; one defined after a capitalised name stays one.
TEST(Entities, AcronymsOfLowerCaseWordsAreNoBodies) {
  Annotated t("Gross vaskelt tarn product (VTP) rose. Later VTP fell again. The Tarn Vaskelt Board (TVB) agreed.");
  EXPECT_EQ(t.entity("VTP"), nullptr);
  const auto ms = t.mention_texts();
  EXPECT_EQ(std::count(ms.begin(), ms.end(), "VTP"), 0) << ::testing::PrintToString(ms);
  EXPECT_NE(t.entity("Tarn Vaskelt Board"), nullptr) << ::testing::PrintToString(ms);
}

// "Lord X of Y" is one person, not a person and a place.
TEST(Entities, LordOfPlaceIsOnePerson) {
  Annotated t("Lord Vaskelt of Tarnfield said the bill was wrong. Lord Vaskelt added that it would fail.");
  ASSERT_EQ(t.a.entities.size(), 1u) << ::testing::PrintToString(t.mention_texts());
  EXPECT_EQ(t.a.entities[0].type, EntityType::Person);
  EXPECT_EQ(t.a.entities[0].canonical, "Vaskelt of Tarnfield");
  EXPECT_EQ(t.a.entities[0].mentions.size(), 2u);
}

// "in X" makes a place only of a name that is no common word, after a free-standing "in".
TEST(Entities, InPlusCommonWordIsNoPlace) {
  Annotated t("His faith in God was not shaken. The love-in Vaskelt went on. Workers in Tarnvik went home.");
  EXPECT_EQ(t.entity("God"), nullptr);
  EXPECT_EQ(t.entity("Vaskelt"), nullptr);
  ASSERT_NE(t.entity("Tarnvik"), nullptr);
  EXPECT_EQ(t.entity("Tarnvik")->type, EntityType::Location);
}

TEST(Entities, NamesBesideAVersusWordAreTeams) {
  // A place on either side of `v` / `vs` stands for its team; an unknown name there is one too.
  Annotated fixture("Fixtures: May 20 v Chicago. Postponed: Dunmoor v Kelbrin.");
  ASSERT_NE(fixture.entity("Chicago"), nullptr);
  EXPECT_EQ(fixture.entity("Chicago")->type, EntityType::Organization);
  ASSERT_NE(fixture.entity("Dunmoor"), nullptr);
  EXPECT_EQ(fixture.entity("Dunmoor")->type, EntityType::Organization);
  ASSERT_NE(fixture.entity("Kelbrin"), nullptr);
  EXPECT_EQ(fixture.entity("Kelbrin")->type, EntityType::Organization);
  // An initial `V.` in a name is no versus word, and a place in prose stays a place.
  Annotated prose("John V. Kelbrin flew to Chicago on Friday.");
  ASSERT_NE(prose.entity("Chicago"), nullptr);
  EXPECT_EQ(prose.entity("Chicago")->type, EntityType::Location);
}

TEST(Entities, ASentenceOpeningNameIsTheBodyTheDocumentNamesElsewhere) {
  // "Dunmoor" opening a sentence has no evidence of its own; the document names it as a
  // body twice later, so it is that body.
  Annotated t("Dunmoor , however , look certain to win. Rain stopped Dunmoor on Friday. Fans of Dunmoor waited.");
  const Entity* e = t.entity("Dunmoor");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Organization);
  EXPECT_EQ(e->mentions.size(), 3u);
}

// The one-word mentions are counted when a lone unknown name first asks how often the
// document names it (after pass 1 has typed and linked mentions, before any is dropped):
// twice is a body, once is no entity; another name's count is its own.
TEST(Entities, ALoneUnknownNameIsABodyWhenTheDocumentNamesItTwice) {
  Annotated twice("Rain stopped Dunmoor on Friday. Fans of Dunmoor waited. Kelbrin stayed home.");
  const Entity* e = twice.entity("Dunmoor");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Organization);
  EXPECT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(twice.entity("Kelbrin"), nullptr);
  Annotated once("Rain stopped Dunmoor on Friday. Fans waited.");
  EXPECT_EQ(once.entity("Dunmoor"), nullptr);
}

TEST(Entities, ANameOpeningWithAnAcronymIsABody) {
  Annotated t("Shares in QRX Vantor rose on Friday.");
  ASSERT_NE(t.entity("QRX Vantor"), nullptr);
  EXPECT_EQ(t.entity("QRX Vantor")->type, EntityType::Organization);
  // An initial is no acronym, and a name all in capitals is a headline's.
  Annotated initial("Yesterday J. Vantor arrived.");
  ASSERT_NE(initial.entity("J. Vantor"), nullptr);
  EXPECT_EQ(initial.entity("J. Vantor")->type, EntityType::Person);
}

TEST(Entities, USStateAbbreviationsAreTheStates) {
  Annotated t("He lives in Charleston, W. Va., and works in Albany, N.Y., most weeks.");
  ASSERT_NE(t.entity("West Virginia"), nullptr);
  EXPECT_EQ(t.entity("West Virginia")->type, EntityType::Location);
  ASSERT_NE(t.entity("New York State"), nullptr);
  EXPECT_EQ(t.entity("New York State")->type, EntityType::Location);
}

TEST(Entities, AnHonorificLinksASurnameOnlyToAPersonOfItsSex) {
  // The most recent Vorlat is Jane; `Mr.` shows a man, so the surname is Tom's.
  Annotated t("Tom Vorlat met Jane Vorlat on Monday. Later Mr. Vorlat said the talks went well.");
  const Entity* tom = t.entity("Tom Vorlat");
  const Entity* jane = t.entity("Jane Vorlat");
  ASSERT_NE(tom, nullptr);
  ASSERT_NE(jane, nullptr);
  EXPECT_EQ(tom->mentions.size(), 2u);
  EXPECT_EQ(jane->mentions.size(), 1u);
}

TEST(Entities, APlaceBeforeALowerCaseWordOnANumbersLineIsAPlace) {
  // A contact line has numbers like a results line, but its place is followed by a word.
  Annotated contact("-- Chicago newsroom 312 408 8787");
  ASSERT_NE(contact.entity("Chicago"), nullptr);
  EXPECT_EQ(contact.entity("Chicago")->type, EntityType::Location);
  Annotated results("Chicago 3 Dunmoor 2");
  ASSERT_NE(results.entity("Chicago"), nullptr);
  EXPECT_EQ(results.entity("Chicago")->type, EntityType::Organization);
}

TEST(Entities, InASportsReportACityOutsideAPlacePhraseIsATeam) {
  // Two results lines make the document a sports report: there `for Chicago` is the team,
  // `in Chicago` the place.
  Annotated t("Dunmoor 3 Kelbrin 2\nVaskel 1 Orrin 0\nSmith homered twice for Chicago .\nThe game was played in Chicago .");
  bool team = false, place = false;
  for (const auto& m : t.a.mentions) {
    if (t.a.text(m.span) != "Chicago") continue;
    const auto type = t.a.entities[static_cast<std::size_t>(m.entity)].type;
    team |= type == EntityType::Organization;
    place |= type == EntityType::Location;
  }
  EXPECT_TRUE(team);
  EXPECT_TRUE(place);
  // Without results lines the same sentence names the place.
  Annotated prose("Smith homered twice for Chicago .");
  ASSERT_NE(prose.entity("Chicago"), nullptr);
  EXPECT_EQ(prose.entity("Chicago")->type, EntityType::Location);
}

TEST(Entities, ASportsSlugMakesASportsReport) {
  // A wire story's first line opening with a sport's name in capitals and a dash (the desk's
  // slug: `SOCCER - ...`) heads a sports report, with no results line or sports word in
  // lower case: `joined Leeds` is the team, `in Leeds` the place.
  Annotated t("SOCCER - VORLAT NAMED CAPTAIN .\nTom Vorlat joined Leeds for four million pounds on Monday .\n"
              "He was born in Leeds .");
  bool team = false, place = false;
  for (const auto& m : t.a.mentions) {
    if (t.a.text(m.span) != "Leeds") continue;
    const auto type = t.a.entities[static_cast<std::size_t>(m.entity)].type;
    team |= type == EntityType::Organization;
    place |= type == EntityType::Location;
  }
  EXPECT_TRUE(team);
  EXPECT_TRUE(place);
  // The slug may be written in mixed case or with two words ("Soccer -", "RUGBY UNION -").
  for (const char* text : {"Soccer - Vorlat named captain .\nTom Vorlat joined Leeds for four million pounds on Monday .",
                           "RUGBY UNION - VORLAT NAMED CAPTAIN .\nTom Vorlat joined Leeds for four million pounds ."}) {
    Annotated slug(text);
    ASSERT_NE(slug.entity("Leeds"), nullptr) << text;
    EXPECT_EQ(slug.entity("Leeds")->type, EntityType::Organization) << text;
  }
  // Another desk's slug, or a sport's name later in the line, makes no sports report.
  for (const char* text : {"BONDS - VORLAT NAMED CHAIRMAN .\nTom Vorlat joined Leeds for four million pounds on Monday .",
                           "Vorlat says soccer - not cash - matters .\nTom Vorlat joined Leeds for four million pounds ."}) {
    Annotated other(text);
    ASSERT_NE(other.entity("Leeds"), nullptr) << text;
    EXPECT_EQ(other.entity("Leeds")->type, EntityType::Location) << text;
  }
}

TEST(Entities, ACityCoordinatedIntoAPlacePhraseStaysAPlace) {
  // In a sports report a city outside a place phrase is its team, but one joined by `and` or
  // `or` to a place phrase is still in it: `tests in Hamilton and Wellington`.
  Annotated t("CRICKET - TOUR DATES SET .\nThe tourists will play tests in Napier and Wellington and "
              "one-day games in Hamilton , Auckland or Dunedin .\nLeeds beat Hamilton and Dunedin in the league .");
  for (const char* place : {"Wellington", "Auckland"}) {
    ASSERT_NE(t.entity(place), nullptr) << place;
    EXPECT_EQ(t.entity(place)->type, EntityType::Location) << place;
  }
  // After a contest word the coordinated city is a team.
  bool team = false;
  for (const auto& m : t.a.mentions)
    if (t.a.text(m.span) == "Dunedin" && t.a.entities[static_cast<std::size_t>(m.entity)].type == EntityType::Organization) team = true;
  EXPECT_TRUE(team);
}

TEST(Entities, ANameOpeningAContestsNameIsNoMention) {
  // A place or body right before capitalised words ending in the head of a contest's name
  // (word list contest_event_heads: `Open`, `Cup`, `Prix`) is a word of the event's name.
  Annotated t("Tom Vorlat reached the final of the U.S. Open after the Berlin Grand Prix .\n"
              "U.S. OPEN RESULTS .\nBerlin and the U.S. were praised .");
  std::size_t inside = 0, outside = 0;
  for (const auto& m : t.a.mentions) {
    if (m.entity < 0) continue;
    const std::string_view text = t.a.text(m.span);
    if (text != "U.S." && text != "Berlin") continue;
    (m.span.begin < t.a.doc->text.find("\nBerlin and") ? inside : outside) += 1;
  }
  EXPECT_EQ(inside, 0u);
  EXPECT_EQ(outside, 2u);
  // Other events keep the name they open: a party's convention, a law, a war.
  Annotated party("Delegates met at the Democratic National Convention and passed the Iran Sanctions Act .");
  ASSERT_NE(party.entity("Iran"), nullptr);
  EXPECT_NE(party.entity("Democratic Party"), nullptr);
}

TEST(Entities, ACommonWordOpeningATeamsRowIsATeam) {
  // In a sports report a capitalised common word that is the whole of a side's name in a
  // results row (`Forge 4 Harvest 1`) or opens a league table's row (a name and six numbers
  // or more) is a team; a row label with one number (`Attendance 20,000`) or a bowling
  // figure's four (`Harvest 20 4 56 2`) names none.
  Annotated t("SOCCER - LEAGUE RESULTS .\nForge 4 Harvest 1\nAnchor 2 Pilgrim 2\nStandings :\n"
              "Forge 4 3 0 1 13 6 9\nAttendance 20,000\nHarvest 20 4 56 2\n");
  for (const char* team : {"Forge", "Harvest", "Anchor", "Pilgrim"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  EXPECT_EQ(t.entity("Attendance"), nullptr);
  const auto line_of = [&](std::uint32_t at) { return std::count(t.a.doc->text.begin(), t.a.doc->text.begin() + at, '\n'); };
  for (const auto& m : t.a.mentions)
    if (m.entity >= 0) {
      EXPECT_LT(line_of(m.span.begin), 5) << t.a.text(m.span);
    }
  // Outside a sports report the same row names nothing.
  Annotated prices("Forge 4 Harvest 1\nThe prices were steady .");
  EXPECT_EQ(prices.entity("Forge"), nullptr);
  EXPECT_EQ(prices.entity("Harvest"), nullptr);
}

TEST(Entities, ANameThatLooksLikeAPersonFillingATeamsRowIsATeam) {
  // In a sports report a name that is one whole side of a results row or opens a league
  // table's row is a team even when it is a given name alone (`Martin`) or reads as a given
  // name and a surname (`Gloria Vaskel`); a row with a decimal is a player's averages.
  Annotated t("SOCCER - LEAGUE RESULTS .\nMartin 2 Dunmoor 0\nGloria Vaskel 1 Orrin 1\nStandings :\n"
              "Gloria Vaskel 4 3 0 1 13 6 9\nMartin 4 2 1 1 9 7 7\nDunmoor Rovers 4 1 1 2 5 8 4\nAverages :\n"
              "Alec Brenick 3 5 0 312 141 62.40\n");
  for (const char* team : {"Martin", "Gloria Vaskel"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
    EXPECT_EQ(t.entity(team)->mentions.size(), 2u) << team;
  }
  const Entity* player = t.entity("Alec Brenick");
  ASSERT_NE(player, nullptr);
  EXPECT_EQ(player->type, EntityType::Person);
  // Outside a sports report the same row shows no team: the name stays a person's.
  Annotated prices("Gloria Vaskel 1 Orrin 1\nThe prices were steady .");
  ASSERT_NE(prices.entity("Gloria Vaskel"), nullptr);
  EXPECT_EQ(prices.entity("Gloria Vaskel")->type, EntityType::Person);
}

TEST(Entities, PeopleFillingTheRowsOfAnIndividualSportOrAPlayersTableStayPeople) {
  // A results pair whose two sides read as a given name and a surname is a game of an
  // individual sport (chess, tennis), and a standings row of whole numbers is a team's only
  // when another side of its table is a known team (an organisation head, a gazetteer name):
  // a basketball scorers' or a cricket averages table lists people.
  Annotated t("CHESS - RESULTS FROM DORTMUND .\nResults in the fifth round :\nPeter Svidler 1 Alexei Shirov 0\n"
              "Viktor Bologan 0 Sergei Tiviakov 1\nTENNIS - EXHIBITION RESULTS .\nPete Sampras 3 Jimmy Connors 0\n"
              "Andre Agassi 3 Michael Chang 1\nBASKETBALL - LEADING SCORERS .\nLeading scorers :\n"
              "Michael Jordan 32 Scottie Pippen 21\nCRICKET - TEST AVERAGES .\nAverages :\n"
              "Nick Knight 3 5 0 200 113 40\nAlec Stewart 3 5 0 312 141 62\n");
  for (const char* person : {"Peter Svidler", "Alexei Shirov", "Viktor Bologan", "Sergei Tiviakov", "Pete Sampras",
                             "Jimmy Connors", "Andre Agassi", "Michael Chang", "Michael Jordan", "Scottie Pippen",
                             "Nick Knight", "Alec Stewart"}) {
    ASSERT_NE(t.entity(person), nullptr) << person;
    EXPECT_EQ(t.entity(person)->type, EntityType::Person) << person;
  }
  // Near miss: one side of a pair that is no person's name, or a team word in the table,
  // keeps the rows teams.
  Annotated teams("SOCCER - LEAGUE RESULTS .\nLeyton Orient 2 Hartlepool 0\nStandings :\n"
                  "Gloria Vaskel 4 3 0 1 13 6 9\nHarbour Rovers 4 2 1 1 9 7 7\n");
  for (const char* team : {"Leyton Orient", "Gloria Vaskel"}) {
    ASSERT_NE(teams.entity(team), nullptr) << team;
    EXPECT_EQ(teams.entity(team)->type, EntityType::Organization) << team;
  }
}

TEST(Entities, ASurnameInACapitalsHeadlineLinksToThePersonTheStoryNamesBelow) {
  // A wire headline set in capitals names a player by his surname before the story names
  // him in full: the headline's word is a mention of that person.
  Annotated t("GOLF - VASKEL TAKES LEAD AT OPEN .\nMILWAUKEE 1996-08-31\n"
              "Jesper Vaskel of Sweden shot a bogey-free 65 on Friday to move into the lead .\n");
  const Entity* e = t.entity("Jesper Vaskel");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Person);
  ASSERT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(t.a.text(t.a.mentions[e->mentions.front()].span), "VASKEL");
}

TEST(Entities, ATeamsRowOpeningWithACommonWordNamesTheWholeSideWithoutItsScore) {
  // A results or standings row may open with a side of two or three words whose first is a
  // common word (`Red Anchor`, `Young Pilgrims`): the whole side is the team; and a side a
  // pattern read with the score after it (`Harbour Rovers 1`: an organisation head and a
  // number) is the team without the score.
  Annotated t("SOCCER - LEAGUE RESULTS .\nYoung Pilgrims 2 Dunmoor 0\nHarbour Rovers 1 Orrin 1\nStandings :\n"
              "Red Anchor 4 3 0 1 13 6 9\nHarbour Rovers 4 2 1 1 9 7 7\n");
  for (const char* team : {"Young Pilgrims", "Red Anchor", "Harbour Rovers"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  EXPECT_EQ(t.entity("Harbour Rovers")->mentions.size(), 2u);
  EXPECT_EQ(t.entity("Harbour Rovers 1"), nullptr);
  EXPECT_EQ(t.entity("Anchor"), nullptr);
}

TEST(Entities, ANameBeforeAScoreInAResultsListIsATeam) {
  // In a sports report a one-word name after a colon or a comma and right before a score (a
  // number, or runs and wickets `133-5`) is a side of a results list; a bowler before his
  // figures (`20-4-56-2`) is not.
  Annotated t("CRICKET - COUNTY SCORES .\nDunmoor : Vaskelshire 238 and 133-5 , Orrinshire 471 ( T. Quessby 123 not out ) .\n"
              "The bowlers did well , Brenick 20-4-56-2 and Tovanek 12-1-40-0 for the hosts .\n");
  for (const char* team : {"Vaskelshire", "Orrinshire"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  for (const char* bowler : {"Brenick", "Tovanek"}) {
    const Entity* e = t.entity(bowler);
    EXPECT_TRUE(e == nullptr || e->type != EntityType::Organization) << bowler;
  }
  // Outside a sports report the same line gives no evidence.
  Annotated notes("Dunmoor : Vaskelshire 238 and 133-5 , Orrinshire 471 for four wickets in all .");
  const Entity* v = notes.entity("Vaskelshire");
  EXPECT_TRUE(v == nullptr || v->type != EntityType::Organization);
}

TEST(Entities, AnUntypedNameListedWithATeamIsATeam) {
  // In a sports report a one-word name nobody typed, joined by a comma or `and`/`or` to a
  // team, is a team too, even a common word (`Harvest`); outside a sports report it is not.
  const char* line = "Title rivals Dunmoor , Vaskelshire and Harvest all closed in on victory .\n";
  Annotated t(std::string("CRICKET - COUNTY CHAMPIONSHIP .\nDunmoor : Vaskelshire 238 and 133-5 , Orrinshire 471 "
                          "for four wickets in all .\n") + line);
  for (const char* team : {"Vaskelshire", "Harvest"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  Annotated prose(line);
  EXPECT_EQ(prose.entity("Harvest"), nullptr);
}

TEST(Entities, CapitalsAmongCapitalsShowNoAcronym) {
  Annotated headline("QORV VANTEL PICKS UP ENDORSEMENT\nThe race goes on.");
  EXPECT_EQ(headline.entity("QORV"), nullptr);
  // In a sentence in lower case the same shape is an acronym: a body.
  Annotated prose("Officials said QORV would appeal. QORV declined to comment.");
  ASSERT_NE(prose.entity("QORV"), nullptr);
  EXPECT_EQ(prose.entity("QORV")->type, EntityType::Organization);
}

TEST(Entities, APlaceBeforeAPlayerNamesTheTeam) {
  // `Liverpool striker X`: the place stands for its team (word list player_nouns).
  Annotated t("The statement said Liverpool striker Tom Vorlat was injured.");
  ASSERT_NE(t.entity("Liverpool"), nullptr);
  EXPECT_EQ(t.entity("Liverpool")->type, EntityType::Organization);
  // Before another word the place stays a place.
  Annotated prose("The statement said Liverpool council was closed.");
  ASSERT_NE(prose.entity("Liverpool"), nullptr);
  EXPECT_EQ(prose.entity("Liverpool")->type, EntityType::Location);
}

TEST(Entities, ASportsReportNamesTeamsBesideContestWords) {
  // Sports words ("semi-final", "inning", "league") make a sports report: a city outside a
  // place phrase and a one-word name beside a contest word (`beat`, `for`) are teams.
  Annotated t("Vorlane beat Quessby in the semi-final on Saturday. Tom Brenick homered for Cleveland in the "
              "fourth inning, and the championship match is in Cleveland next week. Quessby had led the league.");
  for (const char* team : {"Vorlane", "Quessby"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  const auto cleveland = std::count_if(t.a.entities.begin(), t.a.entities.end(), [](const Entity& e) {
    return e.canonical == "Cleveland" && e.type == EntityType::Organization;
  });
  EXPECT_EQ(cleveland, 1);
  ASSERT_NE(t.entity("Tom Brenick"), nullptr);
  EXPECT_EQ(t.entity("Tom Brenick")->type, EntityType::Person);
  // Without sports words the same contest verb is no evidence and the city stays a place.
  Annotated news("The senator spoke for Cleveland on Monday. Vorlane beat Quessby, officials said.");
  EXPECT_EQ(news.entity("Vorlane"), nullptr);
  ASSERT_NE(news.entity("Cleveland"), nullptr);
  EXPECT_EQ(news.entity("Cleveland")->type, EntityType::Location);
}

TEST(Entities, ARunEndingInACommonWordWithNoGivenNameIsNoPerson) {
  // A person's name ends in a surname: "Brevik Palace" (no given name, last word a common
  // word) is no entity; a speech verb before or after the run is evidence of a person.
  Annotated t("Crowds gathered outside Brevik Palace on Sunday. \"We will win,\" said Tovan Beck, a local "
              "lawmaker. Tovan Brevik arrived later.");
  EXPECT_EQ(t.entity("Brevik Palace"), nullptr);
  for (const char* person : {"Tovan Beck", "Tovan Brevik"}) {
    ASSERT_NE(t.entity(person), nullptr) << person;
    EXPECT_EQ(t.entity(person)->type, EntityType::Person) << person;
  }
}

TEST(Entities, ANameBeforeAColonOnAResultsLineIsTheVenue) {
  // "Leicester : Kestrelshire 312 ...": the name heading the line is where the match was
  // played (a place); the names followed by scores are the teams.
  Annotated t("Results of the county matches on Friday:\nLeicester : Kestrelshire 312 and 145-6 , Brackford 298 .\n"
              "Hexley : Olmshire 201 , Vantley 199-4 .");
  ASSERT_NE(t.entity("Leicester"), nullptr);
  EXPECT_EQ(t.entity("Leicester")->type, EntityType::Location);
  for (const char* team : {"Kestrelshire", "Brackford", "Olmshire", "Vantley"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  const Entity* venue = t.entity("Hexley");
  EXPECT_TRUE(venue == nullptr || venue->type != EntityType::Organization);
}

// Rules key the bodies and places they type by type and name: one name typed one way is
// one entity however it was typed (a lone name named twice, a results line, a sentence
// opening that only pass 3 links), and the same name typed a body and a place is two.
TEST(Entities, ANameTypedOneWayIsOneEntityAndTwoWaysTwo) {
  Annotated t("Rain stopped Dunmoor on Friday. Fans of Dunmoor waited.\nDunmoor 3 Kelbrin 2\n"
              "Dunmoor , however , looked certain to win. Visitors from Kelbrin sang.");
  std::vector<const Entity*> dunmoor, kelbrin;
  for (const auto& e : t.a.entities) {
    if (e.canonical == "Dunmoor") dunmoor.push_back(&e);
    if (e.canonical == "Kelbrin") kelbrin.push_back(&e);
  }
  ASSERT_EQ(dunmoor.size(), 1u);
  EXPECT_EQ(dunmoor[0]->type, EntityType::Organization);
  EXPECT_EQ(dunmoor[0]->mentions.size(), 4u);
  ASSERT_EQ(kelbrin.size(), 2u);
  EXPECT_NE(kelbrin[0]->type, kelbrin[1]->type);
  for (const Entity* e : kelbrin) {
    EXPECT_TRUE(e->type == EntityType::Organization || e->type == EntityType::Location);
    EXPECT_EQ(e->mentions.size(), 1u);
  }
}

TEST(Entities, ADatelineNamesAPlaceForTheWholeDocument) {
  // "KORVASK , Russia 1996-08-30": a name, a comma, a known country and a date open the
  // line: the name is a place, and so is every later use of it.
  Annotated t("Troops leave border town .\nKORVASK , Russia 1996-08-30\nTroops left Korvask on Friday , officials said .\n"
              "Korvask was quiet on Saturday and Korvask shops opened .");
  const auto it = std::find_if(t.a.entities.begin(), t.a.entities.end(),
                               [](const Entity& e) { return e.canonical == "KORVASK" || e.canonical == "Korvask"; });
  ASSERT_NE(it, t.a.entities.end());
  EXPECT_EQ(it->type, EntityType::Location);
  EXPECT_EQ(it->mentions.size(), 4u);
  // Without the date the line is no dateline and gives no evidence.
  Annotated plain("Officials met .\nKORVASK , Russia and others agreed .");
  EXPECT_EQ(plain.entity("KORVASK"), nullptr);
}

TEST(Entities, ACompetitorWithACountryInBracketsIsAPerson) {
  // On a results line a name of two words followed by "( Country )" is a competitor and
  // the country he plays for, not a team.
  Annotated t("Women 's singles , second round :\nTovan Mirek ( Japan ) beat Olsa Vantey ( France ) 6-2 7-5\n");
  for (const char* player : {"Tovan Mirek", "Olsa Vantey"}) {
    ASSERT_NE(t.entity(player), nullptr) << player;
    EXPECT_EQ(t.entity(player)->type, EntityType::Person) << player;
  }
}

TEST(Entities, ANationRegionFieldsNationalSides) {
  // A home nation (word list nation_regions) named where a place stands for its team (a
  // results line, a versus word) stands for its national side: a place, as a country is;
  // a city there is a club.
  Annotated t("Results of the international matches on Saturday :\nScotland 2 Leeds 1\nJuly 12 v Wales\n"
              "Northern Ireland 0 Cork 0\n");
  for (const char* nation : {"Scotland", "Wales", "Northern Ireland"}) {
    ASSERT_NE(t.entity(nation), nullptr) << nation;
    EXPECT_EQ(t.entity(nation)->type, EntityType::Location) << nation;
  }
  for (const char* club : {"Leeds", "Cork"}) {
    ASSERT_NE(t.entity(club), nullptr) << club;
    EXPECT_EQ(t.entity(club)->type, EntityType::Organization) << club;
  }
}

TEST(Entities, AFixtureLineNamesTheVisitingTeamAndThePlace) {
  // In a sports report a line of two names joined by `at` (word list fixture_words), as
  // set in capitals or not, is a fixture: the visiting team (an organisation, a region or
  // an untyped name too), then the place it plays at; `AT` in capitals is no name word. A
  // country stays a place (a national side); outside a sports report nothing changes.
  Annotated t("Baseball results on Friday :\nSeattle 5 Boston 3\nChicago 4 Oakland 2\nGames on Saturday :\n"
              "MINNESOTA AT MILWAUKEE\nFLORIDA AT ST LOUIS\nDETROIT AT KANSAS CITY\nTEXAS AT VORLAT PARDEE\nFrance at Japan\n");
  for (const char* team : {"MINNESOTA", "FLORIDA", "DETROIT", "TEXAS"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  for (const char* place : {"Milwaukee", "St. Louis", "Kansas City", "VORLAT PARDEE"}) {
    ASSERT_NE(t.entity(place), nullptr) << place;
    EXPECT_EQ(t.entity(place)->type, EntityType::Location) << place;
  }
  ASSERT_NE(t.entity("France"), nullptr);
  EXPECT_EQ(t.entity("France")->type, EntityType::Country);
  const auto texts = t.mention_texts();
  EXPECT_EQ(std::count(texts.begin(), texts.end(), "DETROIT AT KANSAS CITY"), 0);
  Annotated plain("The senator spoke on Friday .\nMINNESOTA AT MILWAUKEE\n");
  ASSERT_NE(plain.entity("Minnesota"), nullptr);
  EXPECT_EQ(plain.entity("Minnesota")->type, EntityType::Location);
}

TEST(Entities, AWordInCapitalsBeforeAColonIsAFieldLabel) {
  // An untyped word in capitals right before a colon labels a form's field ("ISSUER :",
  // "CUSIP :"): no organisation. The same shape elsewhere in a sentence is an acronym's body.
  Annotated t("Bond sale details .\nISSUER : Vorlat County Building Authority ST : MI\nCUSIP : 072261\n"
              "The sale was run by KZRB , and KZRB said it was done .\n");
  for (const char* label : {"ISSUER", "ST", "CUSIP"}) EXPECT_EQ(t.entity(label), nullptr) << label;
  ASSERT_NE(t.entity("KZRB"), nullptr);
  EXPECT_EQ(t.entity("KZRB")->type, EntityType::Organization);
}

TEST(Entities, UsRegionsAreGazetteerPlaces) {
  // The regions of the United States that news names (curated regions: Midwest, New
  // England, Rust Belt, ...) are places, not a lone capitalised word typed an organisation or
  // a person, nor `England` inside `New England`.
  Annotated t("Factory orders rose in the Midwest in March , and the Midwest led the gains . "
              "Factories in New England and the Rust Belt were busy .");
  for (const char* region : {"Midwest", "New England", "Rust Belt"}) {
    ASSERT_NE(t.entity(region), nullptr) << region;
    EXPECT_EQ(t.entity(region)->type, EntityType::Location) << region;
    EXPECT_EQ(t.entity(region)->gazetteer_id.rfind("region:", 0), 0u) << region;
  }
  EXPECT_EQ(t.entity("England"), nullptr);
}

TEST(Entities, SaintStDotAndStAreOneCitysName) {
  // `Saint X`, `St. X` and `St X` name one gazetteer city (make_gazetteer.py saint_variants):
  // British copy writes `St Louis`, which was a person's name of two words; `St. Paul`
  // was the surname of a senator.
  Annotated t("Sen. Rand Paul spoke . The firm moved from St Louis to St. Paul , and later back to Saint Louis .");
  const Entity* louis = t.entity("St. Louis");
  ASSERT_NE(louis, nullptr);
  EXPECT_EQ(louis->type, EntityType::Location);
  EXPECT_EQ(louis->mentions.size(), 2u);
  const Entity* paul = t.entity("Saint Paul");
  ASSERT_NE(paul, nullptr);
  EXPECT_EQ(paul->type, EntityType::Location);
}

TEST(Entities, ItarTassInMixedCaseIsTass) {
  // The agency's 1992-2014 name written in mixed case (`Itar-Tass`) is the gazetteer's TASS,
  // not `Tass` alone after a dropped `Itar`.
  Annotated t("Itar-Tass news agency cited the general as saying the talks had stalled .");
  const Entity* tass = t.entity("TASS");
  ASSERT_NE(tass, nullptr);
  ASSERT_EQ(tass->mentions.size(), 1u);
  EXPECT_EQ(t.a.text(t.a.mentions[tass->mentions[0]].span), "Itar-Tass");
}

TEST(Entities, ACricketDismissalNamesPlayers) {
  // On a scorecard line the capitalised name after a mode of dismissal (word list
  // dismissal_words: c, b, lbw, st) is the fielder or bowler: a person, even a place or a
  // name seen once; the same place in prose stays a place.
  Annotated t("Pakistan first innings :\nTovan Mirek c Cork b Vantley 46\nOlsa Brenick lbw b Vantley 0\n"
              "Kel Dunmoor st Quessby b Cork 12\n");
  for (const char* player : {"Cork", "Vantley", "Quessby"}) {
    ASSERT_NE(t.entity(player), nullptr) << player;
    EXPECT_EQ(t.entity(player)->type, EntityType::Person) << player;
  }
  Annotated prose("The ferry to Cork was cancelled on Monday .");
  ASSERT_NE(prose.entity("Cork"), nullptr);
  EXPECT_EQ(prose.entity("Cork")->type, EntityType::Location);
  // Without a number the line is no scorecard: `c` and `b` give no evidence.
  Annotated plain("Notes c Quessby b Vantley .");
  const Entity* q = plain.entity("Quessby");
  EXPECT_TRUE(q == nullptr || q->type != EntityType::Person);
}

// The number that makes a line a scorecard may stand anywhere on it, before the mode of
// dismissal or after the name; a name after a mode of dismissal on a line with no number
// keeps its own type.
TEST(Entities, AScorecardLinesNumberMayStandAnywhereOnIt) {
  const auto type_of = [](const char* line) {
    Annotated t(line);
    const Entity* e = t.entity("Cork");
    return e ? e->type : EntityType::Unknown;
  };
  EXPECT_EQ(type_of("Pakistan first innings :\n46 Tovan Mirek c Cork\n"), EntityType::Person);
  EXPECT_EQ(type_of("Pakistan first innings :\nTovan Mirek c Cork b Vantley 46\n"), EntityType::Person);
  EXPECT_NE(type_of("Pakistan first innings :\nTovan Mirek c Cork b Vantley\n"), EntityType::Person);
}

// Row 23.230: whether a line holds a number is read once a sentence (Resolution::
// has_number()) and asked again for each name on it: two dismissed players on one
// scorecard line are people, and the next line, without a number, is read for itself.
TEST(Entities, EachScorecardLineIsReadForItsOwnNumber) {
  Annotated t("Pakistan first innings :\nTovan Mirek c Cork b Vantley 46\nNotes c Quessby b Dunmoor\n");
  for (const char* player : {"Cork", "Vantley"}) {
    ASSERT_NE(t.entity(player), nullptr) << player;
    EXPECT_EQ(t.entity(player)->type, EntityType::Person) << player;
  }
  const Entity* q = t.entity("Quessby");
  EXPECT_TRUE(q == nullptr || q->type != EntityType::Person);
}

// Row 23.231: a lone word links to the one full name it begins, the keys compared only
// after their first byte and the space after the word agree: `Pavel Quinto` (a space after
// five letters, another first letter) and `Oleks Dunmoor` (the same first letter and
// space, another word) are no match for `Olena`.
TEST(Entities, ALoneWordIsComparedOnlyWithNamesOpeningLikeIt) {
  Annotated t("Olena Varadan, Pavel Quinto and Oleks Dunmoor met on Monday. Olena said she was tired.");
  const Entity* e = t.entity("Olena Varadan");
  ASSERT_NE(e, nullptr);
  const auto names = std::count_if(e->mentions.begin(), e->mentions.end(),
                                   [&](std::uint32_t mi) { return t.a.mentions[mi].resolved_from.empty(); });
  EXPECT_EQ(names, 2);
  for (const char* other : {"Pavel Quinto", "Oleks Dunmoor"}) {
    const Entity* o = t.entity(other);
    if (o == nullptr) continue;
    for (const auto mi : o->mentions) EXPECT_NE(t.a.text(t.a.mentions[mi].span), "Olena") << other;
  }
}

// A lone organisation head word after an article is the short name of the one
// organisation of the document whose name ends in it: `the Post` after `The Washington
// Post`; not when two organisations end in it (`the Committee` after two committees).
TEST(Entities, AnOrganisationsHeadWordAfterAnArticleIsItsShortName) {
  Annotated t("The Washington Post sued the school. The Post stepped in during May, arguing that the files were public.");
  const Entity* post = t.entity("The Washington Post");
  ASSERT_NE(post, nullptr);
  EXPECT_EQ(post->mentions.size(), 2u);
  ASSERT_FALSE(t.a.quotes.empty());
  EXPECT_EQ(t.name(t.a.quotes.front().speaker), "The Washington Post");
  Annotated two("The Vorlat Ethics Committee met the Zembla Budget Committee. The Committee said nothing new.");
  for (const auto& e : two.a.entities) {
    if (e.canonical == "Committee") continue;
    for (const auto mi : e.mentions) EXPECT_NE(two.a.text(two.a.mentions[mi].span), "Committee") << e.canonical;
  }
}

// A mode of dismissal is matched word for word before the name, whole: `run out` and `not
// out` as two words, not their last word alone (`out`), nor a word that only ends one
// (`t` of `st`).
TEST(Entities, ADismissalIsMatchedWholeBeforeTheName) {
  const auto type_of = [](const char* line) {
    Annotated t(line);
    const Entity* e = t.entity("Cork");
    return e ? e->type : EntityType::Unknown;
  };
  EXPECT_EQ(type_of("Pakistan first innings :\nTovan Mirek run out Cork 46\n"), EntityType::Person);
  EXPECT_EQ(type_of("Pakistan first innings :\nTovan Mirek st Cork 46\n"), EntityType::Person);
  EXPECT_NE(type_of("Pakistan first innings :\nTovan Mirek out Cork 46\n"), EntityType::Person);
  EXPECT_NE(type_of("Pakistan first innings :\nTovan Mirek t Cork 46\n"), EntityType::Person);
}

TEST(Entities, ATownInitialInBracketsIsPartOfATeamsName) {
  // In a sports report a club's name followed by its town's initial in brackets (one or two
  // capital letters) and a score, a dash or the line's end takes the bracket into its name:
  // two clubs of one name stay apart and the letters are no acronym of their own.
  Annotated t("SOCCER - YUGOSLAV LEAGUE RESULTS .\nDobrava 2 Vostok ( Z ) 0\nSelo 4 Vostok ( BJ ) 0\n"
              "Standings :\nVostok ( Z ) 4 2 1 1 9 4 7\nVostok ( BJ ) - Selo ( to be played on Sunday )\n");
  for (const char* team : {"Vostok ( Z )", "Vostok ( BJ )"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  EXPECT_EQ(t.entity("Vostok ( Z )")->mentions.size(), 2u);
  EXPECT_EQ(t.entity("Vostok ( BJ )")->mentions.size(), 2u);
  EXPECT_EQ(t.entity("BJ"), nullptr);
  const auto texts = t.mention_texts();
  EXPECT_EQ(std::count(texts.begin(), texts.end(), std::string("Vostok")), 0);
  // A party's initials in brackets outside a sports report stay apart from its name.
  Annotated party("Officials of the Liberal Democratic Party ( LD ) said on Friday the vote was 5 to 3 .");
  EXPECT_EQ(party.entity("Liberal Democratic Party ( LD )"), nullptr);
}

TEST(Entities, APlacesCapitalisedPluralInASportsReportIsItsTeam) {
  // In a sports report a gazetteer place right before a capitalised plural no name holds is a
  // team named after the place: `Indians` (a people's name) and `Kings` (a title) are no free
  // names the recognizer glues to the place, so the place alone had been a LOCATION.
  Annotated t("Al Moss allowed one hit in eight innings as the Denver Comets beat the Cleveland Indians 4-1 "
              "in the league .\nThe Kansas City Kings lost in ten innings and fell to third in the league .");
  for (const char* team : {"Cleveland Indians", "Kansas City Kings"}) {
    const Entity* e = t.entity(team);
    ASSERT_NE(e, nullptr) << team;
    EXPECT_EQ(e->type, EntityType::Organization);
    ASSERT_EQ(e->mentions.size(), 1u);
    EXPECT_EQ(t.a.text(t.a.mentions[e->mentions[0]].span), team);
  }
  EXPECT_EQ(t.entity("Cleveland"), nullptr);
  // Outside a sports report the place stays a place and the plural a common word.
  Annotated news("Leaders of the Cleveland Indians community met the mayor on Monday .");
  ASSERT_NE(news.entity("Cleveland"), nullptr);
  EXPECT_EQ(news.entity("Cleveland")->type, EntityType::Location);
  EXPECT_EQ(news.entity("Cleveland Indians"), nullptr);
  // A plural in capitals (a headline, a table) or one ending in a double `s`: no nickname.
  Annotated caps("Al Moss allowed one hit in eight innings in the league as Denver beat Tulsa in the league .\n"
                 "The Cleveland Princess fell to Cleveland INDIANS .");
  EXPECT_EQ(caps.entity("Cleveland Princess"), nullptr);
  EXPECT_EQ(caps.entity("Cleveland INDIANS"), nullptr);
}

TEST(Entities, ATeamsPluralAloneIsThatTeam) {
  // In a sports report the plural alone (recognizer team-short-form) is the one team of the
  // document named by a place and that plural, in any case.
  Annotated t("BASEBALL - COMETS BEAT HAWKS .\nDenver Comets pitcher Al Moss allowed one hit in eight innings "
              "and hit a homer as the Denver Comets beat the Tulsa Hawks 4-1 in the league .\n"
              "Comets starter Al Moss struck out nine .\nThe Hawks lost their fifth game in a row .");
  const auto texts = [&](const char* team) {
    std::vector<std::string> out;
    const Entity* e = t.entity(team);
    if (e)
      for (const auto mi : e->mentions) out.emplace_back(t.a.text(t.a.mentions[mi].span));
    return out;
  };
  using V = std::vector<std::string>;
  ASSERT_NE(t.entity("Denver Comets"), nullptr);
  EXPECT_EQ(t.entity("Denver Comets")->type, EntityType::Organization);
  EXPECT_EQ(texts("Denver Comets"), (V{"COMETS", "Denver Comets", "Denver Comets", "Comets"}));
  EXPECT_EQ(texts("Tulsa Hawks"), (V{"HAWKS", "Tulsa Hawks", "Hawks"}));
  // Two teams ending in the plural: no telling which.
  Annotated two("The Denver Comets beat the Tulsa Comets 4-1 in the league after a homer in the ninth inning .\n"
                "Comets fans left early .");
  ASSERT_NE(two.entity("Denver Comets"), nullptr);
  EXPECT_EQ(two.entity("Denver Comets")->mentions.size(), 1u);
  ASSERT_NE(two.entity("Tulsa Comets"), nullptr);
  EXPECT_EQ(two.entity("Tulsa Comets")->mentions.size(), 1u);
  // Outside a sports report a name found by rules is no team: its plural stays a common word.
  Annotated news("The Denver Standards were adopted by the state board in May .\nStandards rose in most schools .");
  ASSERT_NE(news.entity("Denver Standards"), nullptr);
  EXPECT_EQ(news.entity("Denver Standards")->mentions.size(), 1u);
  EXPECT_EQ(news.entity("Standards"), nullptr);
}

TEST(Entities, ACompanysShortFormIsThatCompany) {
  // The first words alone of a company named with its legal form are that company, even
  // where a lone name saying something would be a person (`Kelbrin said`).
  Annotated t("Kelbrin Mining Corp said on Monday its output rose .\nKelbrin said gold sales rose 10 percent .\n"
              "Analysts like Kelbrin shares .");
  const Entity* e = t.entity("Kelbrin Mining Corp");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Organization);
  std::vector<std::string> texts;
  for (const auto mi : e->mentions)
    if (t.a.mentions[mi].source.rule != "coreference") texts.emplace_back(t.a.text(t.a.mentions[mi].span));
  EXPECT_EQ(texts, (std::vector<std::string>{"Kelbrin Mining Corp", "Kelbrin", "Kelbrin"}));
  EXPECT_EQ(t.entity("Kelbrin"), nullptr);
  // Two companies opening with the word: no telling which; the lone word is typed as before.
  Annotated two("Shares of Kelbrin Mining Corp and Kelbrin Foods Inc rose .\nKelbrin said nothing .");
  ASSERT_NE(two.entity("Kelbrin Mining Corp"), nullptr);
  EXPECT_EQ(two.entity("Kelbrin Mining Corp")->mentions.size(), 1u);
  ASSERT_NE(two.entity("Kelbrin Foods Inc"), nullptr);
  EXPECT_EQ(two.entity("Kelbrin Foods Inc")->mentions.size(), 1u);
}

TEST(Entities, ALegalFormAfterAnOrganisationsNameIsItsLastWord) {
  // `Inc` after a gazetteer company before a speech verb was a person of its own.
  Annotated t("Apple Inc said on Monday it would open a store in Paris.");
  for (const auto& e : t.a.entities) EXPECT_NE(e.canonical, "Inc");
  const Entity* apple = t.entity("Apple");
  ASSERT_NE(apple, nullptr);
  ASSERT_EQ(apple->mentions.size(), 1u);
  EXPECT_EQ(t.a.text(t.a.mentions[apple->mentions[0]].span), "Apple Inc");
  ASSERT_FALSE(t.a.quotes.empty());
  EXPECT_EQ(t.name(t.a.quotes[0].speaker), "Apple");
  // Not across punctuation: the organisation's mention stays its own.
  Annotated apart("The report named Apple. Inc magazine said it was wrong.");
  const Entity* named = apart.entity("Apple");
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(apart.a.text(apart.a.mentions[named->mentions[0]].span), "Apple");
}

TEST(Entities, AnOrganisationNamedWithoutItsLegalFormIsTheCompany) {
  // The short name found by another rule than 19.311's is the same company.
  Annotated t("Analysts said New Zealand Steel Ltd would cut jobs. New Zealand Steel employs 2,000 people.");
  const Entity* e = t.entity("New Zealand Steel Ltd");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(t.entity("New Zealand Steel"), nullptr);
  // A name that is not the company's less its legal form stays its own.
  Annotated other("Analysts said New Zealand Steel Ltd would cut jobs. New Zealand Steel Workers Union objected.");
  const Entity* c = other.entity("New Zealand Steel Ltd");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->mentions.size(), 1u);
}

// Issue #23 (row 23.28): an organisation's last word is tested for a legal form before its
// whole name is compared; the company is found as before, in any case and after a name
// with letters outside ASCII, and a name whose last word is no legal form is no company.
TEST(Entities, AShortNameFindsTheCompanyWhateverTheCaseOfItsLegalForm) {
  Annotated caps("Analysts said New Zealand Steel LTD would cut jobs. New Zealand Steel employs 2,000 people.");
  const Entity* e = caps.entity("New Zealand Steel LTD");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->mentions.size(), 2u);
  Annotated accented("Analysts said Renée Dupont Holdings Ltd would cut jobs. Renée Dupont Holdings employs 2,000 people.");
  const Entity* s = accented.entity("Renée Dupont Holdings Ltd");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->mentions.size(), 2u);
  EXPECT_EQ(accented.entity("Renée Dupont Holdings"), nullptr);
  Annotated none("Analysts said Renée Dupont Holdings Group would cut jobs. Renée Dupont Holdings employs 2,000 people.");
  const Entity* g = none.entity("Renée Dupont Holdings Group");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->mentions.size(), 1u);
  EXPECT_NE(none.entity("Renée Dupont Holdings"), nullptr);
}

// Row 19.340: a body's full name right before the acronym it defines in brackets is one
// organisation, whatever its words: a not-name (`News`), a place inside (`Lebanon`), lower-case
// function words that give a letter or none. Words that spell no such acronym stay as they were.
TEST(Entities, TheNameBeforeTheAcronymItDefinesIsOneOrganisation) {
  Annotated t("The report was carried by the official Freedonian News Agency ( FNA ) on Monday.");
  const Entity* agency = t.entity("Freedonian News Agency");
  ASSERT_NE(agency, nullptr);
  EXPECT_EQ(agency->type, EntityType::Organization);
  Annotated of("Officials of the Union for Fair Trade and Rural Credit in Lebanon ( UFTRCL ) met on Friday.");
  const Entity* body = of.entity("Union for Fair Trade and Rural Credit in Lebanon");
  ASSERT_NE(body, nullptr);
  EXPECT_EQ(body->type, EntityType::Organization);
  EXPECT_EQ(of.entity("Lebanon"), nullptr);
  // The initials must spell the acronym: `Jane Roe ( PA )` is no body's name.
  Annotated none("The complaint was filed by Jane Roe ( PA ) on Monday.");
  const Entity* roe = none.entity("Jane Roe");
  ASSERT_NE(roe, nullptr);
  EXPECT_EQ(roe->type, EntityType::Person);
}

// Row A451: a name before the acronym it defines that ends in a place word (loc_heads:
// `Province`, `Valley`) is a place's, and its acronym joins it as the same place.
TEST(Entities, TheNameBeforeItsAcronymEndingInAPlaceWordIsAPlace) {
  Annotated t("Farmers in the Northern Marrow Province (NMP) lost their crops to the drought.");
  const Entity* p = t.entity("Northern Marrow Province");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Location);
  EXPECT_EQ(p->mentions.size(), 2u);
  Annotated v("Flooding hit Lake Marrow Valley (LMV) on Monday.");
  const Entity* l = v.entity("Lake Marrow Valley");
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->type, EntityType::Location);
  // A body's name stays a body's.
  Annotated b("Workers of the Marrow Valley Water Board (MVWB) went on strike.");
  const Entity* w = b.entity("Marrow Valley Water Board");
  ASSERT_NE(w, nullptr);
  EXPECT_EQ(w->type, EntityType::Organization);
}

TEST(Entities, NoAcronymExpansionWhenTheNameRunsOnBeforeTheWordsFound) {
  // The letters are spelled by the last words, but the name goes on before them through
  // `of`: no telling where it starts, so no expansion.
  Annotated t("The Movement for the Defence of Farmers and Workers in Freedonia ( FWF ) said so.");
  EXPECT_EQ(t.entity("Farmers and Workers in Freedonia"), nullptr);
}

// `River` before a name is a place word, as `Lake` and `Mount` are (loc_heads, position
// before, row 19.350): the river is a place, not a person named River.
TEST(Entities, RiverBeforeANameIsAPlace) {
  Annotated t("Boats sailed along the River Wendle on Sunday. The River Wendle flooded the road.");
  const Entity* r = t.entity("River Wendle");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->type, EntityType::Location);
  EXPECT_EQ(r->mentions.size(), 2u);
}

// A name nobody typed that speaks right after a lower-case `the` is a body's: a person's
// name takes no article (row 19.351). A noun the name modifies is no speech verb: `the
// Wendle report said` leaves Wendle a person; no article, a person.
TEST(Entities, ASpeakerNamedAfterTheIsABody) {
  Annotated t("Prices rose in March, the Marrow Registry said on Friday.");
  const Entity* r = t.entity("Marrow Registry");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->type, EntityType::Organization);
  Annotated w("Under the plans, the Wendle report said 800 jobs would go. Jane Wendle said little.");
  const Entity* p = w.entity("Jane Wendle");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
  Annotated k("Prices rose, Kettering Marrow said on Friday.");
  const Entity* q = k.entity("Kettering Marrow");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->type, EntityType::Person);
}

// A nation's noun for one person after a lower-case `the` (demonym_nouns) is a description,
// no name: neither a body that speaks (row 19.351) nor a person (row 19.360); a body named
// after `the` stays one.
TEST(Entities, ADemonymNounAfterTheIsNoName) {
  Annotated t("After the round the Scot admitted that the wind had beaten him.");
  EXPECT_EQ(t.entity("Scot"), nullptr);
  Annotated d("On Sunday the Dane said he would ride the race again.");
  EXPECT_EQ(d.entity("Dane"), nullptr);
  Annotated k("After the match the Kiwi said the referee had been fair.");
  EXPECT_EQ(k.entity("Kiwi"), nullptr);
  Annotated b("On Monday the Marrow Registry said prices fell.");
  const Entity* r = b.entity("Marrow Registry");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->type, EntityType::Organization);
}

// `Old` opening a place's name before a name no list holds is the place's first word
// (patterns old+name, old+loc-head, row 19.352); before a name the gazetteer knows it is an
// adjective of that name (`Old Labour`: the party, no place).
TEST(Entities, OldOpensAPlaceNameUnlessTheNameIsKnown) {
  Annotated t("Fans queued outside Old Marrowfield before the match. Police patrolled the Old Town.");
  const Entity* f = t.entity("Old Marrowfield");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type, EntityType::Location);
  const Entity* o = t.entity("Old Town");
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->type, EntityType::Location);
  Annotated l("Critics said the plan was a return to Old Labour thinking.");
  EXPECT_EQ(l.entity("Old Labour"), nullptr);
  const Entity* p = l.entity("Labour Party");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Organization);
}

// Rows 19.370-19.372: a common word opening the sentence before a legal form alone is the
// company's first word; `Old` before a plural noun of people opens no place; a given name
// and a place word that speaks is a person.
TEST(Entities, ACommonWordBeforeALegalFormOpensTheCompany) {
  Annotated t("Acme Corp said on Monday that profits rose. Apex Ltd and Zenith Inc agreed a deal.");
  const Entity* a = t.entity("Acme Corp");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->type, EntityType::Organization);
  EXPECT_EQ(t.entity("Corp"), nullptr);
  const Entity* x = t.entity("Apex Ltd");
  ASSERT_NE(x, nullptr);
  EXPECT_EQ(x->type, EntityType::Organization);
  Annotated g("General Corp rose.");  // a title opens no company
  EXPECT_EQ(g.entity("General Corp"), nullptr);
}

TEST(Entities, OldBeforeAPluralNounOfPeopleIsNoPlace) {
  Annotated t("Several Old Etonians attended the dinner. The club was founded by Old Harrovians in 1880.");
  EXPECT_EQ(t.entity("Old Etonians"), nullptr);
  EXPECT_EQ(t.entity("Old Harrovians"), nullptr);
  Annotated p("Fans queued outside Old Marrowfield before the match.");
  const Entity* f = p.entity("Old Marrowfield");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->type, EntityType::Location);
}

TEST(Entities, AGivenNameAndAPlaceWordThatSpeaksIsAPerson) {
  Annotated t("Mary River told reporters she would run. The report was read by Peter Lane, who said nothing.");
  const Entity* m = t.entity("Mary River");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::Person);
  const Entity* p = t.entity("Peter Lane");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
  Annotated l("Boats sailed up the Charles River. Police closed James Street.");
  const Entity* c = l.entity("Charles River");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->type, EntityType::Location);
  const Entity* s = l.entity("James Street");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, EntityType::Location);
}

// Row 19.383: the speech verb may follow an apposition opened by an indefinite article.
TEST(Entities, AGivenNameAndAPlaceWordThatSpeaksAfterAnAppositionIsAPerson) {
  Annotated t("Paul Creek, a baker from Leeds, said the flour cost more. Trade was slow.");
  const Entity* p = t.entity("Paul Creek");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
  Annotated l("Crowds filled James Street, a lane in the old town, on Sunday.");
  const Entity* s = l.entity("James Street");  // no speech verb after the apposition
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, EntityType::Location);
}

// Row 19.373: a lower-case title or person role noun right before a lone unknown name.
TEST(Entities, ALoneNameAfterALowerCaseRoleNounIsAPerson) {
  Annotated t("Ramos thanked Indonesian president Kolbenhof for his support. Ramos told Kolbenhof in a letter that "
              "he was grateful.");
  const Entity* k = t.entity("Kolbenhof");
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->type, EntityType::Person);
  Annotated m("The goal came from Brazilian midfielder Zavetto. Zavetto, who had been booked, was sent off.");
  const Entity* z = m.entity("Zavetto");
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->type, EntityType::Person);
  Annotated f("Prices were cut by market leader Quorvex. Quorvex shares fell.");  // a firm's role
  const Entity* q = f.entity("Quorvex");
  EXPECT_TRUE(q == nullptr || q->type != EntityType::Person);
}

// Row 19.380: the lone name after a role noun must end its noun phrase.
TEST(Entities, ALoneNameThatModifiesTheNextWordIsNoPersonAfterARoleNoun) {
  Annotated o("The offer came from Peter Fallow, the billionaire Qzxor owner, on Monday. The Qzxor shops stay open.");
  const Entity* q = o.entity("Qzxor");
  EXPECT_TRUE(q == nullptr || q->type != EntityType::Person);
  Annotated h("The summit at the minister's official Dorbshire house will plan a new deal. Dorbshire is quiet.");
  const Entity* d = h.entity("Dorbshire");
  EXPECT_TRUE(d == nullptr || d->type != EntityType::Person);
  Annotated r("Grumpy Team manager Dorvale manager Jacques Tremont has resigned. He said Dorvale was good.");
  const Entity* v = r.entity("Dorvale");
  EXPECT_TRUE(v == nullptr || v->type != EntityType::Person);
  Annotated s("The goal came from Brazilian midfielder Zavetto. Zavetto, who had been booked, was sent off.");
  const Entity* z = s.entity("Zavetto");  // the name ends the phrase: still a person
  ASSERT_NE(z, nullptr);
  EXPECT_EQ(z->type, EntityType::Person);
}

// Row 19.382: a lone name before a lower-case legal form is a company, also after `in`.
TEST(Entities, ALoneNameBeforeALowerCaseLegalFormIsACompany) {
  Annotated o("Shares in Hooli plc fell on Monday. Hooli plc said profits were lower.");
  const Entity* h = o.entity("Hooli");
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->type, EntityType::Organization);
  Annotated c("The film starred Zorvan Quade. Quade co-stars with Lina Morrow in the sequel.");
  const Entity* q = c.entity("Zorvan Quade");  // `co-stars` is no legal form
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->type, EntityType::Person);
}

// Row 19.381: a one-word lower-case title after a verb is an adjective (`winning major X`).
TEST(Entities, AOneWordTitleAfterAVerbIsAnAdjective) {
  Annotated o("Hopes of winning major Glimmys were dashed on Sunday. The Glimmys were given out in Lisbon.");
  const Entity* g = o.entity("Glimmys");
  EXPECT_TRUE(g == nullptr || g->type != EntityType::Person);
  Annotated p("Ramos thanked Indonesian president Kolbenhof for his support. Ramos told Kolbenhof in a letter that "
              "he was grateful.");
  const Entity* k = p.entity("Kolbenhof");  // a capitalised word before the title: still a person
  ASSERT_NE(k, nullptr);
  EXPECT_EQ(k->type, EntityType::Person);
}

TEST(Entities, ACapitalLetterGluedByAHyphenOpensACompanysName) {
  // Row 19.390: `Q-Fibre`, not `Fibre` alone typed as a person because it speaks.
  Annotated o("Q-Fibre said on Monday that it would cut its prices. Analysts at Q-Fibre expect more cuts.");
  const Entity* q = o.entity("Q-Fibre");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->type, EntityType::Organization);
  EXPECT_EQ(o.entity("Fibre"), nullptr);
  // A party letter after a bracket stays out of the name; so does a letter after a given name.
  Annotated p("Sen. Joan Roe (R-TX) said the bill would pass. Her aide Jason O-Brady agreed.");
  for (const auto& e : p.a.entities) {
    EXPECT_NE(e.canonical, "R-TX");
    EXPECT_NE(e.canonical, "O-Brady");
  }
}

TEST(Entities, AStateOfTwoWordsOpensTheBodyNamedAfterIt) {
  // Row 19.391: the place `New Jersey` opens `the New Jersey Department of Health`.
  Annotated o("Officials at the New Jersey Department of Health said the risk was low.");
  EXPECT_NE(o.entity("New Jersey Department of Health"), nullptr);
  EXPECT_EQ(o.entity("Jersey Department of Health"), nullptr);
  // Not across a lower-case word after the place, nor over two bodies joined by `and`.
  Annotated p("A team from New York State Department of Health and the university took part.");
  EXPECT_EQ(p.entity("New York State Department of Health and"), nullptr);
}

TEST(Entities, ADashLinesNamesAreTheReporterAndHerCityNoTeams) {
  // A line opened by a dash is a wire story's sign-off or contact line: its numbers are a
  // telephone's (no results line, where an untyped name is a team) and a city there is where
  // the reporter files from (no team, even in a sports report).
  const std::string report =
      "Al Moss allowed one hit in eight innings as Denver beat Tulsa in the league .\n"
      "Tulsa beat Omaha 4-1 in extra innings and lead the league .\n";
  Annotated t(report + "-- Vesna Morlak , Denver newsroom +1 303 555 0123");
  const Entity* reporter = t.entity("Vesna Morlak");
  ASSERT_NE(reporter, nullptr);
  EXPECT_EQ(reporter->type, EntityType::Person);
  Annotated city(report + "-- Omaha newsroom , +1 402 555 0199");
  const std::size_t line = city.doc.text.find("-- Omaha");
  bool place = false;
  for (const Mention& m : city.a.mentions)
    if (m.span.begin > line && city.a.text(m.span) == "Omaha") place = m.type == EntityType::Location;
  EXPECT_TRUE(place);
  // The same city beating a team earlier is the team.
  for (const Mention& m : city.a.mentions) {
    if (m.span.begin < line && city.a.text(m.span) == "Omaha") {
      EXPECT_EQ(m.type, EntityType::Organization);
    }
  }
}

TEST(Entities, APlaceOpeningACompetitorsNameWithHisCountryIsAGivenName) {
  // A place's word glued to a name (recognizer rule place+name) standing with a country in
  // brackets is a competitor's given name; a club puts its own name before the city, or a
  // plural nickname after it.
  Annotated t("Women 's singles Ana Lopez ( Spain ) beat Florencia Marvik ( Argentina ) 6-1 6-3 .\n"
              "Men 's singles Torrance Belvin ( U.S. ) beat Ivo Marek ( Croatia ) 6-2 6-4 .");
  for (const char* name : {"Florencia Marvik", "Torrance Belvin"}) {
    const Entity* e = t.entity(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::Person) << name;
  }
  Annotated clubs("Second round , first leg .\nIn Sofia : Dorvak Sofia ( Bulgaria ) 1 Kelmar ( Slovenia ) 0\n"
                  "In Orlando : Orlando Comets ( U.S. ) 2 Kelso ( Scotland ) 1");
  for (const char* name : {"Dorvak Sofia", "Orlando Comets"}) {
    const Entity* e = clubs.entity(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::Organization) << name;
  }
}

TEST(Entities, APlaceNamedPersonAfterAPersonsNounIsAPerson) {
  // A name glued to a place (rule place+name) right after a person's noun or title names the
  // person who holds it; a plural nickname there is still a team.
  Annotated t("Club chairman Milan Dravic said the deal was done .");
  const Entity* e = t.entity("Milan Dravic");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Person);
  Annotated team("The defending champion Denver Comets lost again on Friday .");
  const Entity* c = team.entity("Denver Comets");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->type, EntityType::Organization);
}

TEST(Entities, ANicknameInMarksBetweenAGivenNameAndASurnameIsPartOfTheName) {
  // Rule 19.420: a given name, one or two capitalised words in marks and a capitalised
  // word make one person's name; the bare surname later is the same person, so a quote
  // by it has that speaker.
  Annotated t("The council met on Monday. State Del. Marcia \"Cia\" Pardoe said the budget was fair. "
              "\"We will not cut services,\" Pardoe told reporters.");
  const Entity* p = t.entity("Marcia \"Cia\" Pardoe");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
  ASSERT_EQ(t.a.quotes.size(), 2u);
  for (const auto& q : t.a.quotes) EXPECT_EQ(t.name(q.speaker), "Marcia \"Cia\" Pardoe");
  Annotated single("Fans cheered on Friday. Singer Brian 'Axe' Wendle told fans he would return.");
  EXPECT_NE(single.entity("Brian 'Axe' Wendle"), nullptr);
  // Not after a word that is no given name, nor before a lower-case word.
  Annotated title("Fans cheered on Friday. The Rovers \"Legends\" Cup drew a crowd, and Brian \"Axe\" played.");
  for (const auto& e : title.a.entities) EXPECT_EQ(e.canonical.find('"'), std::string::npos) << e.canonical;
}

TEST(Entities, AnUntypedNameInAListOfPeopleIsAPerson) {
  // Rule 19.430: a lone capitalised name in a list (commas, `and`) that holds two people
  // or more and nothing typed otherwise is a person, a surname on a team sheet.
  Annotated t("The coach named his side on Friday. Tom Hadley, Perrin Walsh, Grobbel, Kettlewood and Sam Ortmann will "
              "start.");
  for (const char* name : {"Grobbel", "Kettlewood"}) {
    const Entity* p = t.entity(name);
    ASSERT_NE(p, nullptr) << name;
    EXPECT_EQ(p->type, EntityType::Person) << name;
  }
  // Not a word inside a longer phrase (`the Grobbel`), nor in a list with a place, nor
  // beside one person only.
  Annotated phrase("The coach named his side on Friday. Tom Hadley, Perrin Walsh, the Grobbel and Sam Ortmann will start.");
  EXPECT_EQ(phrase.entity("Grobbel"), nullptr);
  Annotated place("The band toured on Friday. Tom Hadley, Perrin Walsh, Kettlewood and London were on the bill.");
  EXPECT_EQ(place.entity("Kettlewood"), nullptr);
  Annotated one("The band toured on Friday. Tom Hadley and Kettlewood were on the bill.");
  EXPECT_EQ(one.entity("Kettlewood"), nullptr);
}

TEST(Entities, ASurnameALineBreakCutFromItsGivenNameIsAPerson) {
  // Row 19.433: a results list wrapped at a fixed width cuts `Ken` from his surname; the next
  // line opens on it (a common word there) and the list of people goes on across the break.
  Annotated cut("68 Tom Hadley , Perrin Walsh , Dana Pruitt , Ken\nField , Sam Ortmann , Joe Grobbel");
  const Entity* p = cut.entity("Field");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
  // Not a line that opens after a full stop: a common word opening a sentence stays one.
  Annotated whole("68 Tom Hadley , Perrin Walsh , Dana Pruitt .\nField , Sam Ortmann and Joe Grobbel were there.");
  EXPECT_EQ(whole.entity("Field"), nullptr);
}

TEST(Entities, TheNameAfterARankedCompetitorAndCountryIsTheEntrantsTeam) {
  // Row 19.434: in a results line opening on its rank, the name after the competitor and the
  // country in brackets is the team or make: an organisation, not a person nor a country.
  Annotated results("Results of the race on Sunday:\n1. Tom Hadley ( Italy ) , Reynard Honda , 53.980\n"
                    "2. Perrin Walsh ( Britain ) Jordan 1:55.385\n"
                    "3. Sam Ortmann ( Canada ) , Joe Grobbel ( France ) , 1:56.002");
  for (const char* name : {"Reynard Honda", "Jordan"}) {
    const Entity* e = results.entity(name);
    ASSERT_NE(e, nullptr) << name;
    EXPECT_EQ(e->type, EntityType::Organization) << name;
  }
  // A name with a country in brackets of its own is a second competitor (a relay's runner).
  const Entity* p = results.entity("Joe Grobbel");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
}

TEST(Entities, AListOfPeopleEndsAtTheItemAfterItsCoordinator) {
  // Rule 19.432: in `A , B and C , D` the comma after C opens an apposition, no fourth item:
  // the name after the coordinator counts only the people of its own coordination.
  Annotated apposition("A spokesman for Perrin Walsh and Kettlewood, Tom Hadley, said the talks would resume.");
  const Entity* k = apposition.entity("Kettlewood");
  EXPECT_TRUE(k == nullptr || k->type != EntityType::Person);
  // A list of two people before its coordinator still types its last item.
  Annotated sheet("The coach named his side on Friday. Tom Hadley, Perrin Walsh and Kettlewood, the reserve, will start.");
  const Entity* p = sheet.entity("Kettlewood");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->type, EntityType::Person);
}

// Row 19.435: a row with a number in thousands written with a separator is a table of
// statistics by place, not a results line; the document's other rows are statistics too,
// unless a sport's slug opens it.
TEST(Entities, RowsOfStatisticsByPlaceAreNoResultsLines) {
  Annotated stats("Passengers in July\nMunich 44,525 up 11.8\nDresden 792 up 11.4\nHamburg 21,240 down 3.5");
  for (const char* city : {"Munich", "Dresden", "Hamburg"}) {
    ASSERT_NE(stats.entity(city), nullptr) << city;
    EXPECT_EQ(stats.entity(city)->type, EntityType::Location) << city;
  }
  // Without a separator the same rows stay a standings table of teams.
  Annotated standings("Munich 21 15 1 5 44 12\nDresden 21 13 1 7 40 19");
  ASSERT_NE(standings.entity("Munich"), nullptr);
  EXPECT_EQ(standings.entity("Munich")->type, EntityType::Organization);
  // Under a sport's slug a statistics row is no results line, but the others are.
  Annotated sport("SOCCER - LEAGUE TABLE .\nMunich 21 15 1 5 44 12\nDresden 21 13 1 7 40 19\nAttendance Dresden 12,500 3");
  ASSERT_NE(sport.entity("Munich"), nullptr);
  EXPECT_EQ(sport.entity("Munich")->type, EntityType::Organization);
}

// Row 19.437: the names before the colon opening a results line are where the match was
// played: a place, not a team, in a sports report.
TEST(Entities, TheVenueHeadingAResultsLineIsAPlace) {
  Annotated t("CRICKET - COUNTY RESULTS .\nAt Kelbrin Wells : Dunmoor 214 and 167-6 , Tarnside 244 .\n"
              "At Leeds : Tarnside 290 and 329 , Dunmoor 195 .\nAt Ostvale ( Leeds ) : Dunmoor beat Tarnside by 141 runs .");
  ASSERT_NE(t.entity("Kelbrin Wells"), nullptr);
  EXPECT_EQ(t.entity("Kelbrin Wells")->type, EntityType::Location);
  ASSERT_NE(t.entity("Leeds"), nullptr);
  EXPECT_EQ(t.entity("Leeds")->type, EntityType::Location);
  ASSERT_NE(t.entity("Dunmoor"), nullptr);
  EXPECT_EQ(t.entity("Dunmoor")->type, EntityType::Organization);
  // Outside a sports report a name before a colon is a label, not typed a place by this rule.
  Annotated label("Kelbrin Wells : we will not comment on 12 or 13 claims .");
  EXPECT_TRUE(label.entity("Kelbrin Wells") == nullptr || label.entity("Kelbrin Wells")->type != EntityType::Location);
}

// Row 19.460: in a sports report a name after a bracket, a comma, a colon or a dash and before
// a goal's minute written as an ordinal is the scorer, a person: a name seen once, a common
// word, a given name alone or a country's name. Outside a sports report, or after a word, an
// ordinal makes nobody a scorer.
TEST(Entities, AGoalsScorerBeforeItsMinuteIsAPerson) {
  Annotated t("SOCCER - KELBRIN LEAGUE RESULTS .\nResults of first division matches on Saturday :\n"
              "Dunmoor 3 ( Vantoorn 8th , Foe 85th , Jordan 90th penalty ) Tarnside 2 ( Ferhaoli 4th , Henry\n"
              "13th ) .\nHalftime 1-1 .\nAttendance 9,000 .\nScorers : Lubarskij ( 50th minute ) , Valkucak ( 54th )\n");
  for (const char* player : {"Vantoorn", "Foe", "Jordan", "Ferhaoli", "Henry", "Lubarskij", "Valkucak"}) {
    ASSERT_NE(t.entity(player), nullptr) << player;
    EXPECT_EQ(t.entity(player)->type, EntityType::Person) << player;
  }
  Annotated prose("Jordan 2nd in the regional growth table , the report said .");
  const Entity* j = prose.entity("Jordan");
  ASSERT_NE(j, nullptr);
  EXPECT_NE(j->type, EntityType::Person);
  Annotated word("SOCCER - KELBRIN LEAGUE RESULTS .\nDunmoor 3 Tarnside 2 .\nHalftime 1-1 .\n"
                 "Vantoorn scored in the 83rd minute and Ranked 18th Tarnside fell .");
  const Entity* r = word.entity("Ranked");
  EXPECT_TRUE(r == nullptr || r->type != EntityType::Person);
}

// Row A940 (narrows 19.460): a rank in brackets in a league table or a preview in prose is no
// goal's minute: the teams keep their type; a body's gazetteer entry is never made a scorer.
TEST(Entities, ALeagueTableRankMakesNoScorer) {
  Annotated t("SOCCER - TABLE .\nThe Kelbrin League table after Saturday 's games : Dunmoor ( 1st ) , "
              "Tarnside ( 2nd ) , Liverpool ( 3rd ) .\nDunmoor ( 5th ) and Tarnside ( 6th ) both lost , "
              "while Arsenal ( 7th ) drew .\n");
  for (const char* team : {"Dunmoor", "Tarnside", "Liverpool", "Arsenal"}) {
    const Entity* e = t.entity(team);
    EXPECT_TRUE(e == nullptr || e->type != EntityType::Person) << team;
  }
  Annotated scores("SOCCER - KELBRIN LEAGUE RESULTS .\nDunmoor 3 ( Vantoorn 8th , Quellick 85th ) Tarnside 2 "
                   "( Ferhaoli 4th ) , with scorers named in full later in the report .\n");
  for (const char* player : {"Vantoorn", "Quellick", "Ferhaoli"}) {
    ASSERT_NE(scores.entity(player), nullptr) << player;
    EXPECT_EQ(scores.entity(player)->type, EntityType::Person) << player;
  }
}

// Row A943 (narrows 19.461): a name after `according to` that a relative clause on a person or
// an apposition with a person's noun follows is a person's, no report's source body.
TEST(Entities, ANameAfterAccordingToBeforeAPersonsAppositionIsNoBody) {
  const std::pair<const char*, const char*> cases[] = {
      {"The tax would raise 2bn a year , according to Quillmore , who advised the Treasury until 2019 .", "Quillmore"},
      {"The march was peaceful , according to Vantoorn , a police spokesman .", "Vantoorn"}};
  for (const auto& [text, name] : cases) {
    Annotated t(text);
    const Entity* e = t.entity(name);
    EXPECT_TRUE(e == nullptr || e->type != EntityType::Organization) << text;
  }
  Annotated body("Prices rose 3 percent , according to Quillsheet , which cited two managers .");
  ASSERT_NE(body.entity("Quillsheet"), nullptr);
  EXPECT_EQ(body.entity("Quillsheet")->type, EntityType::Organization);
}

// Row 19.461: a name right after `according to` (or its article) that closes the phrase is the
// report's source, a body, when nothing else types it; not a title, a given name or a name
// that goes on into a longer phrase.
TEST(Entities, ANameAfterAccordingToIsTheReportsSource) {
  Annotated t("The talks collapsed on Monday , according to Quillsheet .\n"
              "The plant will close , according to the Harbour Ledger , which cited two managers .");
  for (const char* source : {"Quillsheet", "Harbour Ledger"}) {
    ASSERT_NE(t.entity(source), nullptr) << source;
    EXPECT_EQ(t.entity(source)->type, EntityType::Organization) << source;
  }
  Annotated title("The relic is fake , according to the Bishop .");
  const Entity* b = title.entity("Bishop");
  EXPECT_TRUE(b == nullptr || b->type != EntityType::Organization);
  Annotated longer("Prices rose , according to Quillsheet figures published on Monday .");
  const Entity* q = longer.entity("Quillsheet");
  EXPECT_TRUE(q == nullptr || q->type != EntityType::Organization);
}

// Row 19.470: a wire story's dateline, one to four words in capitals opening their line before
// an ISO date that closes it, names a place: a common word (`WELLINGTON`, `DODGE CITY`), a
// name of six capitals or fewer (`ESCHEN`, no acronym) and a run of two words (`MONTE
// CARLO`, no person) too. A headline in capitals is none.
TEST(Entities, ANameInCapitalsBeforeAnIsoDateOpeningItsLineIsAPlace) {
  for (const char* place : {"WELLINGTON", "DODGE CITY", "ESCHEN", "MONTE CARLO", "SPA-FRANCORCHAMPS", "NICE , France"}) {
    Annotated t(std::string("Rates cut .\n") + place + " 1996-08-22\nThe rail firm said on Monday it would raise fares .");
    const std::string name = std::string(place).substr(0, std::string(place).find(" ,"));
    const Entity* e = t.entity(name);
    ASSERT_NE(e, nullptr) << place;
    EXPECT_EQ(e->type, EntityType::Location) << place;
  }
  Annotated headline("WELLINGTON BOOTS SELL WELL IN 1996\nSales rose .");
  EXPECT_EQ(headline.entity("WELLINGTON"), nullptr);
  Annotated mid("Rates cut .\nThe bank said ESCHEN 1996-08-22 was the date .");
  const Entity* e = mid.entity("ESCHEN");
  EXPECT_TRUE(e == nullptr || e->type != EntityType::Location);
}

// Row 19.474: the dateline's comma form with a common word in capitals (`NICE , France
// 1996-08-30`) is a place too; a later use of the dateline's place is that place, but not in a
// sports report, where the town's name stands for its team (`has coached Kelmont`).
TEST(Entities, ADatelinesPlaceNamesATeamInASportsReport) {
  Annotated news("Rates cut .\nKELMONT , France 1996-08-30\nThe mayor of Kelmont agreed on Friday .");
  ASSERT_NE(news.entity("KELMONT"), nullptr);
  EXPECT_EQ(news.entity("KELMONT")->type, EntityType::Location);
  EXPECT_EQ(news.entity("KELMONT")->mentions.size(), 2u);
  Annotated sport("SOCCER - DORVAN TO COACH KELMONT .\nKELMONT , France 1996-08-30\n"
                  "Dorvan has coached Kelmont since 1994 , the club said on Monday .\n"
                  "Kelmont have won three of their five league games .");
  ASSERT_NE(sport.entity("KELMONT"), nullptr);
  EXPECT_EQ(sport.entity("KELMONT")->type, EntityType::Location);
  ASSERT_NE(sport.entity("Kelmont"), nullptr);
  EXPECT_EQ(sport.entity("Kelmont")->type, EntityType::Organization);
}

// Row 19.472: Politico styles its name in capitals (`POLITICO`, its editions `POLITICO
// Florida`): gazetteer aliases, where the case-folded look-up leaves the common word
// `politico` out.
TEST(Entities, PoliticoInCapitalsIsTheOutlet) {
  Annotated t("Yet POLITICO found out that the firm was sold in June .\n"
              "POLITICO Florida wrote that the dam had been repaired .");
  const Entity* e = t.entity("Politico");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Organization);
  EXPECT_EQ(e->mentions.size(), 2u);
  EXPECT_EQ(t.entity("Florida"), nullptr);
}

// Row 19.473: a headline's `N. Korea`, `S. Korea`, `S. Africa` (the compass point cut to its
// initial) are the countries' aliases, no person's initial and surname.
TEST(Entities, ACompassInitialBeforeKoreaOrAfricaIsTheCountry) {
  Annotated t("N. Korea asks S. Korea to free fishing crew .\nThe choir will tour S. Africa in June .");
  for (const char* country : {"North Korea", "South Korea", "South Africa"}) {
    const Entity* e = t.entity(country);
    ASSERT_NE(e, nullptr) << country;
    EXPECT_EQ(e->type, EntityType::Country) << country;
  }
  for (const auto& e : t.a.entities) EXPECT_NE(e.type, EntityType::Person) << e.canonical;
}

// Row 19.475: `news agency` after an agency's name is no part of its mention (GUIDELINES: the
// shortest span naming the entity; pattern name+news-agency): the gazetteer's `Xinhua` and
// `RIA` alone, not the aliases `Xinhua news agency`, `RIA news agency` it had.
TEST(Entities, AnAgencysMentionEndsBeforeNewsAgency) {
  Annotated t("Officials told the Xinhua news agency on Friday that the plant was closed .\n"
              "The coach told Russia 's RIA news agency that the match would go ahead .");
  for (const char* agency : {"Xinhua", "RIA Novosti"}) {
    const Entity* e = t.entity(agency);
    ASSERT_NE(e, nullptr) << agency;
    EXPECT_EQ(e->type, EntityType::Organization) << agency;
    ASSERT_EQ(e->mentions.size(), 1u) << agency;
    EXPECT_EQ(t.a.text(t.a.mentions[e->mentions[0]].span), std::string(agency).substr(0, std::string(agency).find(' ')));
  }
}

// Rule A1033: a line in capitals opening with a preposition or a determiner (a byline, `BY
// JANE ROE , Reuters 2021-03-04`) is no dateline: no place; a dateline still is one.
TEST(Entities, ABylineInCapitalsBeforeAnIsoDateIsNoDateline) {
  Annotated t("Rates cut .\nBY JANE ROE , Reuters 2021-03-04\nThe bank said on Thursday it was cutting rates .");
  for (const auto& e : t.a.entities) EXPECT_NE(e.type, EntityType::Location) << e.canonical;
  Annotated d("Rates cut .\nDORVALE , France 2021-03-04\nThe bank said on Thursday it was cutting rates .");
  const Entity* e = d.entity("DORVALE");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::Location);
}

TEST(Entities, ACityNamedLikeItsStateIsTheStateBeforeAStatesOffice) {
  // s55-leftovers (row 19.491): `New York` before a state's office (titles.json
  // "state_office") or after a party's letter names New York State (regions.jsonl
  // "namesake_city"); as a place it stays the city.
  Annotated t("New York Gov. Jane Roe met Rep. John Doe, D-New York, on Monday. The New York mayor was not there. "
              "They later flew to New York.");
  const Entity* state = t.entity("New York State");
  const Entity* city = t.entity("New York City");
  ASSERT_NE(state, nullptr);
  ASSERT_NE(city, nullptr);
  EXPECT_EQ(state->type, EntityType::Location);
  EXPECT_EQ(state->mentions.size(), 2u);
  EXPECT_EQ(city->mentions.size(), 2u);
  // a capital named like its state: the state before a governor, the country when it acts
  Annotated w("Washington Gov. Tom Smith spoke on Monday. Washington warned Moscow on Tuesday.");
  ASSERT_NE(w.entity("Washington State"), nullptr);
  ASSERT_NE(w.entity("United States"), nullptr);
}

TEST(Entities, AnOfficeInLowerCaseIsACommonNounNotAStatesSeat) {
  // Row 19.493: an office of titles.json (capitalised there) matched in lower case is a
  // common noun (`the New York representative of a bank`: fb90815 gave New York State,
  // 8aa6fb6 the city); a lower-case seat with its own "role_noun" entry (`governor`,
  // `senator`, `attorney general`) and a capitalised office still name the state.
  for (const char* text : {"The New York representative of Harbury Bank said the loan was off.",
                           "Jane Roe, a New York representative for the union, left on Monday."}) {
    Annotated t(text);
    EXPECT_NE(t.entity("New York City"), nullptr) << text;
    EXPECT_EQ(t.entity("New York State"), nullptr) << text;
  }
  for (const char* text : {"The New York governor said the loan was off.", "The New York senator said the loan was off.",
                           "The New York attorney general said the loan was off.",
                           "Jane Roe, the New York Representative, said the loan was off."}) {
    Annotated t(text);
    EXPECT_NE(t.entity("New York State"), nullptr) << text;
    EXPECT_EQ(t.entity("New York City"), nullptr) << text;
  }
}

TEST(Entities, ACompetitorAfterAVersusWordFacingAPersonIsAPerson) {
  // Row 19.510: in a draw listing each competitor with a country in brackets, the side after
  // a versus word faces a person: a person too, not a team. A club's draw keeps its teams.
  Annotated t("Tennis draw for the open , first round :\nTovan Mirek ( Japan ) vs. Olsa Vantey ( France )\n"
              "Kestrun Bank ( Wales ) v Dorvale Varn ( Malta )\n");
  ASSERT_NE(t.entity("Olsa Vantey"), nullptr);
  EXPECT_EQ(t.entity("Olsa Vantey")->type, EntityType::Person);
  ASSERT_NE(t.entity("Dorvale Varn"), nullptr);
  EXPECT_EQ(t.entity("Dorvale Varn")->type, EntityType::Organization);
}

TEST(Entities, ASideOfAResultWithACountryInBracketsIsATeam) {
  // Row 19.513: in a sports report, `Name ( Country ) N Name ( Country ) N` is a match's result:
  // both sides are teams. A seeding list, each name after its rank, keeps its players.
  Annotated t("SOCCER - CUP RESULTS .\nResults of the cup matches on Thursday :\n"
              "In Kestrun : Varnola Bistel ( Albania ) 2 Dorvale Tarn ( Malta ) 1\n"
              "Seeds : 27 Tovan Mirek ( Japan ) 28 Olsa Vantey ( France ) 29 Kel Varo ( Spain )\n");
  for (const char* team : {"Varnola Bistel", "Dorvale Tarn"}) {
    ASSERT_NE(t.entity(team), nullptr) << team;
    EXPECT_EQ(t.entity(team)->type, EntityType::Organization) << team;
  }
  for (const char* player : {"Tovan Mirek", "Olsa Vantey"}) {
    ASSERT_NE(t.entity(player), nullptr) << player;
    EXPECT_EQ(t.entity(player)->type, EntityType::Person) << player;
  }
}

// Row 23.222 (compact(), in place): the stage's input, the recognizer's mentions, some of
// which name no entity (an event's name) and are dropped: the mentions kept are the
// others in their order, every entity's mention list holds, sorted, exactly the mentions
// that point to it (row 23.226: five for Carla Moreno, past the room made for four), and
// no entity is left without one.
TEST(Entities, DroppedMentionsLeaveTheOthersInOrderAndEveryListRenumbered) {
  static const std::unique_ptr<Pipeline> mentions_only = [] {
    Diagnostics diag;
    PipelineOptions o;
    o.until = Stage::Mentions;
    return std::make_unique<Pipeline>(o, diag);
  }();
  Document doc;
  doc.id = "test";
  doc.text = "The Orvala Cup opened in Lisbon. Carla Moreno beat Ines Duarte; the Tagus Water Act passed. "
             "Moreno said Lisbon and the Westmark Trophy mattered. Duarte thanked Lisbon. Moreno smiled. "
             "Moreno left early. Moreno came back.";
  Annotation a = mentions_only->annotate(doc);
  std::vector<std::string> before;
  for (const auto& m : a.mentions) before.emplace_back(a.text(m.span));
  resolve_entities(a, gazette::testing::pipeline().lexicons());
  std::vector<std::string> after;
  for (const auto& m : a.mentions) after.emplace_back(a.text(m.span));
  std::vector<std::string> expected;
  for (const auto& m : before)
    if (m.find("Cup") == std::string::npos && m.find("Act") == std::string::npos && m.find("Trophy") == std::string::npos)
      expected.push_back(m);
  EXPECT_LT(expected.size(), before.size());
  EXPECT_EQ(after, expected);
  for (std::size_t ei = 0; ei < a.entities.size(); ++ei) {
    std::vector<std::uint32_t> pointing;
    for (std::uint32_t mi = 0; mi < a.mentions.size(); ++mi)
      if (a.mentions[mi].entity == static_cast<std::int32_t>(ei)) pointing.push_back(mi);
    EXPECT_FALSE(pointing.empty()) << a.entities[ei].canonical;
    EXPECT_EQ(a.entities[ei].mentions, pointing) << a.entities[ei].canonical;
  }
  for (const auto& m : a.mentions) EXPECT_GE(m.entity, 0) << a.text(m.span);
  std::vector<std::string> names;
  for (const auto& e : a.entities) names.push_back(e.canonical + ":" + std::to_string(e.mentions.size()));
  // Lisbon the speaker and the thanked stands for its country (a capital, metonymic).
  EXPECT_EQ(names, (std::vector<std::string>{"Lisbon:1", "Carla Moreno:5", "Ines Duarte:2", "Portugal:2"}));
}

// Row 19.517: in a sports report an untyped name alone in brackets right after a player's name
// is the player's club; a country there stays the gazetteer's, and a goal's minute in the
// bracket leaves the name a scorer.
TEST(Entities, AnUntypedNameInBracketsAfterAPlayerIsTheClub) {
  Annotated t("SOCCER - KESTRUN NAME SQUAD .\nSquad for the cup match on Sunday :\n"
              "Defenders - Tom Vantey ( Dorvale ) , Jan Roe ( Varnola Tarn ) , Kel Mirek ( France ) .\n"
              "Kestrun 2 ( Tarnoy 12th ) Bistel 1\n");
  // At 55e09bc `Dorvale` was no entity and `Varnola Tarn` a person.
  for (const char* club : {"Dorvale", "Varnola Tarn"}) {
    ASSERT_NE(t.entity(club), nullptr) << club;
    EXPECT_EQ(t.entity(club)->type, EntityType::Organization) << club;
  }
  ASSERT_NE(t.entity("Tom Vantey"), nullptr);
  EXPECT_EQ(t.entity("Tom Vantey")->type, EntityType::Person);
  ASSERT_NE(t.entity("France"), nullptr);
  EXPECT_EQ(t.entity("France")->type, EntityType::Country);
  ASSERT_NE(t.entity("Tarnoy"), nullptr);
  EXPECT_EQ(t.entity("Tarnoy")->type, EntityType::Person);
}

TEST(Entities, AResultWhoseSideReadsAsAPersonSetsPersonAgainstPerson) {
  // Row 19.513 (mended in s56-mendsF, review finding 9): a side that opens on a given name
  // is a person's, and so is the side it meets; a club's result keeps its teams.
  Annotated t("TENNIS - RESULTS .\nResults from the open on Friday :\nMark Varo ( Spain ) 2 Tovan Mirek ( Japan ) 1\n"
              "Kel Brun ( Chile ) 1 Jane Orsa ( Peru ) 2\n");
  for (const char* player : {"Mark Varo", "Tovan Mirek", "Kel Brun", "Jane Orsa"}) {
    ASSERT_NE(t.entity(player), nullptr) << player;
    EXPECT_EQ(t.entity(player)->type, EntityType::Person) << player;
  }
  Annotated club("SOCCER - CUP RESULTS .\nResults of the cup matches on Thursday :\n"
                 "In Kestrun : Varnola Bistel ( Albania ) 2 Dorvale Tarn ( Malta ) 1\n");
  ASSERT_NE(club.entity("Dorvale Tarn"), nullptr);
  EXPECT_EQ(club.entity("Dorvale Tarn")->type, EntityType::Organization);
}

// Row 18.306: a gazetteer person's dotted middle initial is found written without its stop
// (the news agencies' style): the same entry, and its office follows.
TEST(Entities, ABareMiddleInitialFindsTheGazetteerPersonWithADottedOne) {
  Annotated t("Critics said Warren E Buffett would sell the mill in Dorvale .");
  const auto* e = t.entity("Warren Buffett");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->gazetteer_id, "person:warren-buffett");
  // One person: the given name is not read apart as another entry's surname.
  EXPECT_EQ(t.entity("Elizabeth Warren"), nullptr);
}

TEST(Entities, AFrenchOrItalianArticleOpensNoPersonsName) {
  // Row 19.518: `Le`, `La`, `Les`, `Il` before a capitalised word that is no given name open
  // the name of a paper, a club or a house; at cdbd1bb2 all three were persons.
  Annotated t("Raoul Vantey , director of the weekly Le Kestrun , was taken in for questioning .\n"
              "La Dorvale said on Monday the bridge was closed .\n"
              "Fans of Il Tarno sang outside the ground .\n");
  for (const char* body : {"Le Kestrun", "La Dorvale", "Il Tarno"}) {
    ASSERT_NE(t.entity(body), nullptr) << body;
    EXPECT_EQ(t.entity(body)->type, EntityType::Organization) << body;
  }
  ASSERT_NE(t.entity("Raoul Vantey"), nullptr);
  EXPECT_EQ(t.entity("Raoul Vantey")->type, EntityType::Person);
  // A given name after the word keeps the person (`Les` is an English given name too), and
  // so does a name before it (a surname's particle) and a surname of a person named in full
  // (at cdbd1bb2 `Le Varno` was a second person of its own).
  Annotated p("Les Thomas scored twice on Saturday .\nThe coach , Hervan Le Dorvo , said the side was tired .\n"
              "Tom Le Varno won the final .\nLe Varno said he was delighted .\n");
  for (const char* person : {"Les Thomas", "Tom Le Varno"}) {
    ASSERT_NE(p.entity(person), nullptr) << person;
    EXPECT_EQ(p.entity(person)->type, EntityType::Person) << person;
  }
  const auto* dorvo = p.entity("Le Dorvo") ? p.entity("Le Dorvo") : p.entity("Hervan Le Dorvo");
  ASSERT_NE(dorvo, nullptr);
  EXPECT_EQ(dorvo->type, EntityType::Person);
  EXPECT_EQ(p.entity("Le Varno"), nullptr);  // a mention of Tom Le Varno
  // Inside a title after a capitalised word: no entity.
  Annotated song("Kel Tarno , who sang Sha La Dorva , said he was delighted .\n");
  EXPECT_EQ(song.entity("La Dorva"), nullptr);
}

TEST(Entities, AnUntypedNameThatReportsIsAPaperOrAFirm) {
  // Row 19.519: an untyped name right before `reported`, `reports` or `quoted` is a paper, an
  // agency or a company; at cdbd1bb2 all three were persons.
  Annotated t("Gazeta Dorvalska quoted the minister as saying the talks would go on .\n"
              "The plan may be dropped next year , Kestrun Varno reported on Friday .\n"
              "Shares rose after Tarnwell reported a first-half profit , traders said .\n"
              "Tarnwell shares fell later .\n");
  for (const char* body : {"Gazeta Dorvalska", "Kestrun Varno", "Tarnwell"}) {
    ASSERT_NE(t.entity(body), nullptr) << body;
    EXPECT_EQ(t.entity(body)->type, EntityType::Organization) << body;
  }
  // A person named by a given name still reports as a person; so does a reporter's credit
  // line and a report in a person's own work.
  Annotated p("Jane Roe reported the theft to the police on Monday .\n"
              "Varo Mirek reported from Kestrun .\nOlsa Dorvan reported in her book that the mill had closed .\n");
  for (const char* person : {"Jane Roe", "Varo Mirek", "Olsa Dorvan"}) {
    ASSERT_NE(p.entity(person), nullptr) << person;
    EXPECT_EQ(p.entity(person)->type, EntityType::Person) << person;
  }
}

namespace {

// The mentions' texts of each entity of `a` of type `type` named `canonical`.
std::vector<std::string> mentions_typed(const Annotation& a, const std::string& canonical, EntityType type) {
  std::vector<std::string> out;
  for (const auto& e : a.entities)
    if (e.canonical == canonical && e.type == type)
      for (const auto mi : e.mentions) out.emplace_back(a.text(a.mentions[mi].span));
  return out;
}

// Annotates a text with the built-in data and made-up counties (gazetteer regions that lie
// in a country, as the counties of England and Wales do: row 19.520); owns the document.
struct WithCounties {
  Document doc;
  Annotation a;
  explicit WithCounties(std::string text) {
    const std::string file = ::testing::TempDir() + "made_up_counties.jsonl";
    std::ofstream(file) << R"({"format":"gazette/gazetteer","version":1}
{"id": "region:kestshire", "name": "Kestshire", "type": "LOCATION", "aliases": [], "country": "United Kingdom"}
{"id": "region:tarnshire", "name": "Tarnshire", "type": "LOCATION", "aliases": [], "country": "United Kingdom"}
{"id": "region:vorlshire", "name": "Vorlshire", "type": "LOCATION", "aliases": [], "country": "United Kingdom"}
)";
    Diagnostics diag;
    PipelineOptions o;
    o.gazetteer_files.push_back(file);
    const Pipeline p(o, diag);
    std::remove(file.c_str());
    doc.id = "test";
    doc.text = std::move(text);
    a = p.annotate(doc);
  }
  WithCounties(const WithCounties&) = delete;
  WithCounties& operator=(const WithCounties&) = delete;
};

}  // namespace

TEST(Entities, TheCountiesOfEnglandAreRegions) {
  // Row 19.520: the gazetteer holds the counties of England and Wales (at 2c1b32c0 none: `Kent`
  // and `Surrey` were no entity, `Leicestershire` a person's name before `said`).
  Annotated t("The new plant in Kent will employ 300 people .\nTom Smith , who farms in Surrey , said prices fell .\n"
              "Jane Roe of Hinford , Leicestershire said she was pleased .\n");
  for (const char* county : {"Kent", "Surrey", "Leicestershire"}) {
    ASSERT_NE(t.entity(county), nullptr) << county;
    EXPECT_EQ(t.entity(county)->type, EntityType::Location) << county;
  }
}

TEST(Entities, ACountyNamedAsATeamInASportsReportIsItsClub) {
  // Row 19.521: in a sports report a county on a side of a contest word is its club (before,
  // a LOCATION); row 19.522: the report's other mentions of counties outside a place phrase
  // are clubs too (`Trailing by 213 , Vorlshire got ...`: no cue of its own).
  const WithCounties t(
      "CRICKET - RAIN SPOILS THE LAST DAY .\n"
      "Kestshire beat Tarnshire by an innings and 40 runs on Friday .\n"
      "Trailing by 213 , Vorlshire got a solid start before rain stopped play .\n"
      "Tom Smith , who was born in Vorlshire , made 80 .\n");
  EXPECT_EQ(mentions_typed(t.a, "Tarnshire", EntityType::Organization), std::vector<std::string>{"Tarnshire"});
  EXPECT_EQ(mentions_typed(t.a, "Vorlshire", EntityType::Organization), std::vector<std::string>{"Vorlshire"});
  EXPECT_FALSE(mentions_typed(t.a, "Kestshire", EntityType::Organization).empty());
  EXPECT_TRUE(mentions_typed(t.a, "Kestshire", EntityType::Location).empty());
  // After a place preposition the county is the place, in the same report.
  EXPECT_EQ(mentions_typed(t.a, "Vorlshire", EntityType::Location), std::vector<std::string>{"Vorlshire"});
  // Outside a sports report a county stays a place, before a verb too.
  const WithCounties u("Kestshire beat its own record for tourists this year , Tom Smith said .\n"
                       "Trailing by 20 points , Vorlshire got new money for roads .\n");
  EXPECT_TRUE(mentions_typed(u.a, "Kestshire", EntityType::Organization).empty());
  EXPECT_EQ(mentions_typed(u.a, "Vorlshire", EntityType::Location), std::vector<std::string>{"Vorlshire"});
}

TEST(Entities, ANameHeldOrWorkedAtIsAFirm) {
  // Row 19.529: a lone unknown name after a holding noun and `in` (word list holding_nouns) or
  // after a staff noun and `at` or `from` (word list staff_nouns) is a company (before, a place
  // after the preposition); once named so, its bare uses in the document are that company
  // (`Kestrafin said`, before a person's name).
  Annotated t("Hooli bought a 20 % stake in Kestrafin last year .\n"
              "Kestrafin said the deal was good , Tom Smith , an analyst at Dorvexa , said .\n");
  EXPECT_EQ(mentions_typed(t.a, "Kestrafin", EntityType::Organization), (std::vector<std::string>{"Kestrafin", "Kestrafin"}));
  EXPECT_EQ(mentions_typed(t.a, "Dorvexa", EntityType::Organization), std::vector<std::string>{"Dorvexa"});
  // A city after a staff noun and `at` is the firm named like it; after `in` the place.
  Annotated city("Jane Roe , an economist at Halifax , said rates would rise .\n"
                 "Tom Smith , an economist in Halifax , said rates would fall .\n");
  EXPECT_EQ(mentions_typed(city.a, "Halifax", EntityType::Organization), std::vector<std::string>{"Halifax"});
  EXPECT_EQ(mentions_typed(city.a, "Halifax", EntityType::Location), std::vector<std::string>{"Halifax"});
  // Without the noun, or before a possessive, the name after `in` or `at` stays a place.
  Annotated place("Tom Smith grew up in Kestrafin and worked at Dorvexa 's harbour .\n");
  EXPECT_TRUE(mentions_typed(place.a, "Kestrafin", EntityType::Organization).empty());
  EXPECT_TRUE(mentions_typed(place.a, "Dorvexa", EntityType::Organization).empty());
}

TEST(Entities, APlaceBeforeABossOrManagerNamesTheClub) {
  // Row 19.530: `boss` and `manager` join player_nouns: a city right before one names the
  // club (before, a LOCATION); a home nation stays a place (its national side).
  Annotated t("Bolton boss Tom Smith said his side were tired .\nScotland manager Jane Roe named her squad .\n");
  EXPECT_EQ(mentions_typed(t.a, "Bolton", EntityType::Organization), std::vector<std::string>{"Bolton"});
  EXPECT_EQ(mentions_typed(t.a, "Scotland", EntityType::Location), std::vector<std::string>{"Scotland"});
}

TEST(Entities, TheNewsSpellingOfARussianCityIsItsAlias) {
  // Row 19.535: data/gazetteer/cities.jsonl (tools/make-gazetteer russian_adjective_variants()):
  // a GeoNames name of Russia or Kazakhstan ending a word in -yy/-iy also answers to the -y
  // spelling news uses (`Groznyy` -> `Grozny`; before, `Grozny` was no place).
  Annotated t("Tom Smith flew from Grozny to Nizhny Novgorod on Monday .\nJane Roe stayed in Groznyy .\n");
  EXPECT_EQ(mentions_typed(t.a, "Groznyy", EntityType::Location), (std::vector<std::string>{"Grozny", "Groznyy"}));
  EXPECT_EQ(mentions_typed(t.a, "Nizhniy Novgorod", EntityType::Location), std::vector<std::string>{"Nizhny Novgorod"});
}

TEST(Entities, AFirmsFirstWordAfterItsHeadedNameIsThatFirm) {
  // Row 19.553: an organisation found by a rule with an organisation head (`Kelbrin Energy`),
  // a press noun (`the daily Vorlat Tidende`) or `&` (`Dorrick & Vantey`) is named short by its
  // first words, as a company by the words before its legal form: `Kelbrin said` is the firm
  // (before, a person of its own).
  Annotated t("Kelbrin Energy said on Monday its output rose .\nKelbrin said sales rose 10 percent .\n"
              "Shares in Dorrick & Vantey fell .\nDorrick said it would cut jobs .\n");
  EXPECT_EQ(mentions_typed(t.a, "Kelbrin Energy", EntityType::Organization),
            (std::vector<std::string>{"Kelbrin Energy", "Kelbrin"}));
  EXPECT_EQ(mentions_typed(t.a, "Dorrick & Vantey", EntityType::Organization),
            (std::vector<std::string>{"Dorrick & Vantey", "Dorrick"}));
  EXPECT_EQ(t.entity("Kelbrin"), nullptr);
  EXPECT_EQ(t.entity("Dorrick"), nullptr);
  // A public body named after its place (place_named_body_heads: `Kestby Council`): the place
  // word alone is no short name of it; nor a firm's word in a hyphened compound.
  Annotated c("Kestby Council said the road would close .\nTom Smith grew up in Kestby .\n"
              "Kelbrin Energy said so .\nKelbrin-style deals are rare .\n");
  ASSERT_NE(c.entity("Kestby Council"), nullptr);
  EXPECT_EQ(c.entity("Kestby Council")->mentions.size(), 1u);
  EXPECT_EQ(mentions_typed(c.a, "Kelbrin Energy", EntityType::Organization), std::vector<std::string>{"Kelbrin Energy"});
  // A name opening with a given name is a person's foundation: the person keeps the name.
  Annotated p("The Tom Varnek Foundation gave 5 million dollars .\nTom Varnek said he was proud .\n");
  EXPECT_FALSE(mentions_typed(p.a, "Tom Varnek", EntityType::Person).empty());
}

TEST(Entities, ALoneNameIsCountedAlikeInShortAndLongDocuments) {
  // Row 23.358: lone_word_count() walks a document of at most 128 mentions and sorts the
  // words of a longer one; both count a repeated lone name the same (an organisation, named
  // twice), and a name once is none. type_unknown() folds a name once for its look-ups: a
  // lone name after a spaced place preposition is still a place.
  const std::string lines = "Rain stopped Dunmoor on Friday .\nFans of Dunmoor waited .\nTom Smith lives in Kestrafin .\n";
  std::string long_text;
  for (int i = 0; i < 70; ++i) long_text += "Tom Smith met Jane Roe .\n";
  for (const std::string& text : {lines, long_text + lines}) {
    Annotated t(text);
    ASSERT_GT(t.a.mentions.size(), 2u);
    EXPECT_EQ(t.a.mentions.size() > 128, text.size() > lines.size());
    EXPECT_EQ(mentions_typed(t.a, "Dunmoor", EntityType::Organization), (std::vector<std::string>{"Dunmoor", "Dunmoor"}));
    EXPECT_EQ(mentions_typed(t.a, "Kestrafin", EntityType::Location), std::vector<std::string>{"Kestrafin"});
  }
  Annotated once("Rain stopped Dunmoor on Friday .\nFans waited .\n");
  EXPECT_EQ(once.entity("Dunmoor"), nullptr);
}

TEST(Entities, EachEntityIsMadeOnceInPlaceAndFoundByOneLookUp) {
  // Rows 23.359-23.360: make_entity() builds an entity in its place in the list, and
  // entity_for() / person_entity() hash a name once (try_emplace): a person, a rule's
  // organisation and a gazetteer country each make one entity with its fields, and their
  // later mentions (a surname, the same names again) find it.
  Annotated t("Luther Pate IV spoke on Monday .\nKelbrin Energy said sales rose .\nRussia denied it .\n"
              "Pate said the course was hard .\nKelbrin Energy cut jobs .\nLuther Pate IV left .\n");
  EXPECT_EQ(mentions_typed(t.a, "Luther Pate IV", EntityType::Person),
            (std::vector<std::string>{"Luther Pate IV", "Pate", "Luther Pate IV"}));
  EXPECT_EQ(mentions_typed(t.a, "Kelbrin Energy", EntityType::Organization),
            (std::vector<std::string>{"Kelbrin Energy", "Kelbrin Energy"}));
  ASSERT_NE(t.entity("Russia"), nullptr);
  EXPECT_EQ(t.entity("Russia")->gazetteer_id, "country:RU");
  EXPECT_TRUE(t.entity("Kelbrin Energy")->gazetteer_id.empty());
  for (const auto& e : t.a.entities) EXPECT_FALSE(e.mentions.empty());
}

TEST(Entities, ACompanysLegalFormIsReadOnceForAllItsShortNames) {
  // Row 23.361: company_of_short_name() reads once per entity whether an organisation's name
  // ends in a legal form; each later use of the name without it is still that company, and
  // an organisation with no legal form takes no short name.
  Annotated t("Kelbrin Energy Ltd said profits rose .\nKelbrin Energy cut jobs .\nDorvex Group said no .\n"
              "Kelbrin Energy hired staff .\n");
  EXPECT_EQ(mentions_typed(t.a, "Kelbrin Energy Ltd", EntityType::Organization),
            (std::vector<std::string>{"Kelbrin Energy Ltd", "Kelbrin Energy", "Kelbrin Energy"}));
  EXPECT_EQ(t.entity("Kelbrin Energy"), nullptr);
  ASSERT_NE(t.entity("Dorvex Group"), nullptr);
  EXPECT_EQ(t.entity("Dorvex Group")->mentions.size(), 1u);
}

TEST(Entities, SurnamesLinkWhenTheKeyCacheIsAlreadyComplete) {
  // Row 23.398: update_key_cache() returns at once when every entity's key is read; a
  // surname asked after the cache is complete, and one asked after a new person joined the
  // document, both find their person.
  Annotated t("Tom Brandle arrived .\nJane Voss arrived .\nBrandle spoke .\nVoss nodded .\nAda Kerrow arrived .\n"
              "Kerrow left .\nBrandle smiled .\n");
  EXPECT_EQ(mentions_typed(t.a, "Tom Brandle", EntityType::Person),
            (std::vector<std::string>{"Tom Brandle", "Brandle", "Brandle"}));
  EXPECT_EQ(mentions_typed(t.a, "Jane Voss", EntityType::Person), (std::vector<std::string>{"Jane Voss", "Voss"}));
  EXPECT_EQ(mentions_typed(t.a, "Ada Kerrow", EntityType::Person), (std::vector<std::string>{"Ada Kerrow", "Kerrow"}));
}

TEST(Entities, SurnameScansWalkThePersonsInOrder) {
  // Row 23.400: the surname scans of link_person() walk the person entities alone, in the
  // order they were made: with an organisation and a place among the entities, a surname two
  // people share is the one named last before it, and a given name alone is the one person
  // whose name it begins.
  Annotated t("Kelbrin Energy said sales rose .\nTom Brandle spoke in Paris .\nAda Brandle arrived .\nBrandle smiled .\n"
              "Jane Voss arrived .\nJane left .\n");
  EXPECT_EQ(mentions_typed(t.a, "Ada Brandle", EntityType::Person),
            (std::vector<std::string>{"Ada Brandle", "Brandle"}));
  EXPECT_EQ(mentions_typed(t.a, "Tom Brandle", EntityType::Person), (std::vector<std::string>{"Tom Brandle"}));
  EXPECT_EQ(mentions_typed(t.a, "Jane Voss", EntityType::Person), (std::vector<std::string>{"Jane Voss", "Jane"}));
  ASSERT_NE(t.entity("Kelbrin Energy"), nullptr);
  EXPECT_EQ(t.entity("Kelbrin Energy")->type, EntityType::Organization);
}

// Row 18.406: two given names before one surname name two people who share it; the first
// given name is a mention of its own, of the person named by it and the surname (a word the
// given-name data lacks, or a common word, only in apposition to a plural noun for people).
// Not an honorific (`Mr and Mrs Smith`), not the sentence's first word, not another word
// before a name (`Kestby and Jack Brandle`).
TEST(Entities, TwoGivenNamesBeforeOneSurnameNameTwoPeople) {
  Annotated t("Police are searching for two suspects, Tom and Jack Brandle, in Kestby.");
  ASSERT_NE(t.entity("Tom Brandle"), nullptr);
  EXPECT_EQ(t.entity("Tom Brandle")->type, EntityType::Person);
  EXPECT_EQ(mentions_typed(t.a, "Tom Brandle", EntityType::Person), (std::vector<std::string>{"Tom"}));
  EXPECT_NE(t.entity("Jack Brandle"), nullptr);
  Annotated common("Police are searching for two suspects, Said and Jack Brandle, in Kestby.");
  EXPECT_NE(common.entity("Said Brandle"), nullptr);
  EXPECT_NE(common.entity("Jack Brandle"), nullptr);
  Annotated honorific("The guests, Mr and Jane Brandle, arrived in Kestby.");
  EXPECT_EQ(honorific.entity("Mr Brandle"), nullptr);
  Annotated band("The record was made by Kestby and Jack Brandle in Tarnville.");
  EXPECT_EQ(band.entity("Kestby Brandle"), nullptr);
  Annotated first("Tom and Jack Brandle arrived in Kestby.");
  EXPECT_EQ(first.entity("Tom Brandle"), nullptr);
  EXPECT_TRUE(std::is_sorted(t.a.mentions.begin(), t.a.mentions.end(),
                             [](const Mention& x, const Mention& y) { return x.first_token < y.first_token; }));
}

// Rows 18.430, 18.431: a capital in a noun phrase of an act or of words stands for its
// government: the agent after `by`, the one criticised after a noun of criticism, where
// claims or plans come from. Not a place's people after it, not a place phrase.
TEST(Entities, ACapitalInANounPhraseOfAnActIsItsGovernment) {
  const auto place = [](const Annotated& t, const std::string& name) {
    const Entity* e = t.entity(name);
    return e != nullptr && e->type == EntityType::Location;
  };
  Annotated agent("The talks followed a missile strike by Washington on an air base.");
  EXPECT_NE(agent.entity("United States"), nullptr);
  EXPECT_FALSE(place(agent, "Washington"));
  Annotated target("Tom Smith rejected the accusations against Damascus on Monday.");
  EXPECT_NE(target.entity("Syria"), nullptr);
  EXPECT_FALSE(place(target, "Damascus"));
  Annotated source("Jane Roe spoke of the contradictory ideas emanating from Washington. She deplored the rhetoric "
                   "coming out of Washington.");
  EXPECT_NE(source.entity("United States"), nullptr);
  EXPECT_FALSE(place(source, "Washington"));
  Annotated issued("Jane Roe backed Tom Smith in a statement from Brussels on Monday.");
  EXPECT_TRUE(place(issued, "Brussels"));
  Annotated people("The talks followed a strike by Moscow officials. Tom Smith flew from Moscow to Kestby.");
  EXPECT_TRUE(place(people, "Moscow"));
  EXPECT_EQ(people.entity("Russia"), nullptr);
}

// Row 19.588: an untyped name a saint's title opens names a place (a town, a church, a
// ground) or, in a sports report outside a place phrase, a club: no person.
TEST(Entities, ANameASaintsTitleOpensIsAPlaceOrAClub) {
  Annotated t("The choir sang at St Kestbury's on Sunday. She grew up in St Tarnwell, a small town.");
  ASSERT_NE(t.entity("St Kestbury"), nullptr);
  EXPECT_EQ(t.entity("St Kestbury")->type, EntityType::Location);
  ASSERT_NE(t.entity("St Tarnwell"), nullptr);
  EXPECT_EQ(t.entity("St Tarnwell")->type, EntityType::Location);
  Annotated sports("SOCCER - LEAGUE RESULTS .\nSt Kestbury 2 Tarnwick 1\nForge 4 Harvest 1\n"
                   "St Kestbury pulled a goal back through Tom Brandle .\nThe game was played at St Varnel 's .");
  ASSERT_NE(sports.entity("St Kestbury"), nullptr);
  EXPECT_EQ(sports.entity("St Kestbury")->type, EntityType::Organization);
  ASSERT_NE(sports.entity("St Varnel"), nullptr);
  EXPECT_EQ(sports.entity("St Varnel")->type, EntityType::Location);
}
