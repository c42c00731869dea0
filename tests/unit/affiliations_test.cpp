#include "gazette/affiliations.hpp"

#include "pipeline_fixture.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>

using namespace gazette;
using gazette::testing::Annotated;

namespace {

struct Case {
  const char* text;
  const char* head;
  const char* type;  // MEMBER_OF | ROLE_IN
  const char* tail;
  bool expected;     // false: this affiliation must NOT be found
};

bool found(const Annotated& t, const Case& c) {
  for (const auto& f : find_affiliations(t.a, gazette::testing::pipeline().lexicons()))
    if (t.name(f.head) == c.head && to_string(f.type) == c.type && t.name(f.tail) == c.tail) return true;
  return false;
}

}  // namespace

TEST(Affiliations, Table) {
  const Case cases[] = {
      // A party or body before the name: membership words make a member, posts a post holder.
      {"Labour MP Jane Roe said the plan was wrong.", "Jane Roe", "MEMBER_OF", "Labour Party", true},
      {"Labour MP Jane Roe said the plan was wrong.", "Jane Roe", "ROLE_IN", "Labour Party", false},
      {"Labour campaign spokesman John Doe said it.", "John Doe", "ROLE_IN", "Labour Party", true},
      {"Labour campaign spokesman John Doe said it.", "John Doe", "MEMBER_OF", "Labour Party", false},
      {"Labour shadow health minister Jane Roe spoke.", "Jane Roe", "ROLE_IN", "Labour Party", true},
      {"Gazprom chief economist John Doe said prices would rise.", "John Doe", "ROLE_IN", "Gazprom", true},
      {"Labour deputy leader John Doe said it.", "John Doe", "ROLE_IN", "Labour Party", true},
      {"Labour backbench MP Jane Roe spoke.", "Jane Roe", "MEMBER_OF", "Labour Party", true},
      // A place between the party and the title is a modifier.
      {"Republicans hopeful Ohio Sen. John Doe spoke.", "John Doe", "MEMBER_OF", "Republican Party", true},
      // The body of a post: "Senate Majority Leader".
      {"U.S. Senate majority leader John Doe spoke.", "John Doe", "ROLE_IN", "U.S. Senate", true},
      // The party directly before the name.
      {"Labour Jane Roe spoke.", "Jane Roe", "MEMBER_OF", "Labour Party", true},
      // A possessive makes a post of any title.
      {"the Liberal Democrats' president John Doe spoke.", "John Doe", "ROLE_IN", "Liberal Democrats", true},
      // One named out of a group.
      {"Ten Republicans, including Senate leader John Doe, voted for it.", "John Doe", "MEMBER_OF", "Republican Party", true},
      // An organisation's organisation is part of it.
      {"The European Union's European Commission met on Monday.", "European Commission", "MEMBER_OF", "European Union", true},
      // Appositions.
      {"John Doe, Gazprom director general, said prices would rise.", "John Doe", "ROLE_IN", "Gazprom", true},
      {"Jane Roe, a prospective Labour MP, said so.", "Jane Roe", "MEMBER_OF", "Labour Party", true},
      {"Jane Roe, a Democrats member, said so.", "Jane Roe", "MEMBER_OF", "Democratic Party", true},
      {"John Doe, executive partner of Gazprom, said so.", "John Doe", "ROLE_IN", "Gazprom", true},
      {"John Doe, chairman of the Federal Reserve, said so.", "John Doe", "ROLE_IN", "Federal Reserve", true},
      {"John Doe, from the Bank of England, said so.", "John Doe", "MEMBER_OF", "Bank of England", true},
      {"John Doe, a representative to the United Nations, said so.", "John Doe", "MEMBER_OF", "United Nations", false},
      {"John Doe, a representative of the United Nations, said so.", "John Doe", "MEMBER_OF", "United Nations", true},
      // The organisation must end the phrase: "of the Federal Reserve board" is not the Reserve's chair.
      {"John Doe, chairman of the Federal Reserve audit board, said so.", "John Doe", "ROLE_IN", "Federal Reserve", false},
      // A post before the first of two coordinated names is understood in the second.
      {"Gazprom boss Jane Roe and GM's John Doe met on Monday.", "John Doe", "ROLE_IN", "General Motors", true},
      {"Gazprom boss Jane Roe and GM's John Doe met on Monday.", "John Doe", "MEMBER_OF", "General Motors", false},
      {"The talks between Gazprom and GM's John Doe went on.", "John Doe", "MEMBER_OF", "General Motors", true},
      // Not when the second name's own apposition says what he is (review s41, 18.142).
      {"Fiat boss Tom Smith and GM's Bill Jones, a union negotiator, met on Friday.", "Bill Jones", "ROLE_IN",
       "General Motors", false},
      {"Fiat boss Tom Smith and GM's Bill Jones, a union negotiator, met on Friday.", "Bill Jones", "MEMBER_OF",
       "General Motors", true},
      {"Fiat boss Tom Smith and GM's Bill Jones met on Friday.", "Bill Jones", "ROLE_IN", "General Motors", true},
      // A predicate nominal after a copula or a predicative verb says what the subject is, as an apposition does.
      {"Jane Roe is president of the Federal Reserve.", "Jane Roe", "ROLE_IN", "Federal Reserve", true},
      {"Meanwhile, John Doe was named chief executive of Gazprom.", "John Doe", "ROLE_IN", "Gazprom", true},
      {"John Doe became chairman of Gazprom in 2003.", "John Doe", "ROLE_IN", "Gazprom", true},
      {"Gazprom's chief Jane Roe is a Republican, but said so.", "Jane Roe", "MEMBER_OF", "Republican Party", true},
      {"Jane Roe is not president of the Federal Reserve.", "Jane Roe", "ROLE_IN", "Federal Reserve", false},
      {"Jane Roe is the wife of the chairman of Gazprom.", "Jane Roe", "ROLE_IN", "Gazprom", false},
      {"The man who met Jane Roe is president of the Federal Reserve.", "Jane Roe", "ROLE_IN", "Federal Reserve", false},
      {"Jane Roe is trying to become chairman of Gazprom.", "Jane Roe", "ROLE_IN", "Gazprom", false},
      // A preposition or an infinitive marker before the title ends the post (review s41, finding 6).
      {"Tom Brady is a candidate for chairman of Acme Corp.", "Tom Brady", "ROLE_IN", "Acme Corp.", false},
      {"Tom Brady is a candidate for chairman of Acme Corp.", "Tom Brady", "MEMBER_OF", "Acme Corp.", false},
      {"Tom Brady was the first woman to become chairman of Acme Corp.", "Tom Brady", "ROLE_IN", "Acme Corp.", false},
      {"Tom Brady, a candidate for chairman of Acme Corp, said so.", "Tom Brady", "ROLE_IN", "Acme Corp", false},
      {"Tom Brady, adviser to the chairman of Acme Corp, said so.", "Tom Brady", "ROLE_IN", "Acme Corp", false},
      {"Tom Brady is chairman of Acme Corp.", "Tom Brady", "ROLE_IN", "Acme Corp.", true},
      {"John Doe, adviser to the Federal Reserve, said so.", "John Doe", "ROLE_IN", "Federal Reserve", true},
      // Active, "appointed" fills someone else's post (review s41, finding 1).
      {"Tom Brady appointed a new chairman of Acme Corp in 2003.", "Tom Brady", "ROLE_IN", "Acme Corp", false},
      {"Tom Brady was appointed chairman of Acme Corp in 2003.", "Tom Brady", "ROLE_IN", "Acme Corp", true},
      // Not an affiliation: a verb between the party and the post, or a person who is the object.
      {"Labour said spokesman John Doe was wrong.", "John Doe", "ROLE_IN", "Labour Party", false},
      {"Labour criticised John Doe.", "John Doe", "MEMBER_OF", "Labour Party", false},
      // A committee named after the body it belongs to is part of it; a party's name is an adjective there.
      {"The Senate voted on Monday after the Senate Ethics Committee met.", "Senate Ethics Committee", "MEMBER_OF", "U.S. Senate", true},
      {"The Democrats met the Democratic National Committee.", "Democratic National Committee", "MEMBER_OF", "Democratic Party", false},
      // A country holding the presidency of a body is one of its members.
      {"As France starts its presidency of the G8, Jane Roe spoke.", "France", "MEMBER_OF", "G8", true},
      {"Germany said it would use the EU presidency well.", "Germany", "MEMBER_OF", "European Union", true},
      {"Germany praised the EU on Monday.", "Germany", "MEMBER_OF", "European Union", false},
      // A bare post opening a clause is held in the organisation quoted just before.
      {"Gazprom said prices would rise in May. Spokesman John Doe said: \"We will act.\"", "John Doe", "ROLE_IN", "Gazprom", true},
      {"Jane Roe visited Gazprom in May. Spokesman John Doe said: \"We will act.\"", "John Doe", "ROLE_IN", "Gazprom", false},
      // A country is no party: roles.hpp handles "Russian President X".
      {"Russia's Vladimir Putin spoke.", "Vladimir Putin", "MEMBER_OF", "Russia", false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(found(t, c), c.expected) << c.text << " / " << c.head << " " << c.type << " " << c.tail;
  }
}

TEST(Affiliations, KeepsTitleAndRule) {
  Annotated t("Labour campaign spokesman John Doe said it.");
  const auto fs = find_affiliations(t.a, gazette::testing::pipeline().lexicons());
  ASSERT_FALSE(fs.empty());
  EXPECT_EQ(fs.front().title, "campaign spokesman");
  EXPECT_EQ(fs.front().rule, "affiliation:org-post-name");
}

// "For the Welsh Liberal Democrats, X called ...": a sentence opening with `for` and an
// organisation, then the person who speaks or acts, makes the person one of its members;
// a post in the same body stated in the document outranks it.
TEST(Affiliations, SpeaksForBody) {
  const Case cases[] = {
      {"For the Liberal Democrats, Jane Roe said the plan was wrong.", "Jane Roe", "MEMBER_OF", "Liberal Democrats", true},
      {"It was a bad day. For Labour, John Doe criticised the plan.", "John Doe", "MEMBER_OF", "Labour Party", true},
      // Not after a phrase that opens the sentence otherwise, not a possessive, not a
      // person who neither speaks nor acts there.
      {"In a letter for the Liberal Democrats, Jane Roe said so.", "Jane Roe", "MEMBER_OF", "Liberal Democrats", false},
      {"For Labour, Jane Roe's plan was wrong.", "Jane Roe", "MEMBER_OF", "Labour Party", false},
      {"For Labour, Jane Roe is a problem.", "Jane Roe", "MEMBER_OF", "Labour Party", false},
      // A party's side or camp framing the clause: the person right after it is a member (18.128).
      {"Meanwhile, on the Republican side, Donald Trump kept rolling.", "Donald Trump", "MEMBER_OF", "Republican Party",
       true},
      {"On the Democratic side, Hillary Clinton leads.", "Hillary Clinton", "MEMBER_OF", "Democratic Party", true},
      {"On the Republican side, Donald Trump's lead grew.", "Donald Trump", "MEMBER_OF", "Republican Party", false},
      {"Clinton spoke on the Republican side, Donald Trump said.", "Donald Trump", "MEMBER_OF", "Republican Party",
       false},
      // A post in the body outranks speaking for it.
      {"The Liberal Democrats' president Jane Roe spoke. For the Liberal Democrats, Jane Roe said so.", "Jane Roe",
       "MEMBER_OF", "Liberal Democrats", false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(found(t, c), c.expected) << c.text << " / " << c.head << " " << c.type << " " << c.tail;
  }
  Annotated t("For the Liberal Democrats, Jane Roe said the plan was wrong.");
  const auto fs = find_affiliations(t.a, gazette::testing::pipeline().lexicons());
  ASSERT_EQ(fs.size(), 1u);
  EXPECT_EQ(fs.front().rule, "affiliation:speaks-for");
  EXPECT_EQ(fs.front().title, "");
}

// Rule body-in-name over several parts and bodies in one document (each body's party
// reading and each mention's words are read once for all the parts): every part named
// after a body is found, in the order of the parts, and a party's name stays an adjective.
TEST(Affiliations, BodyInNameForEveryPartOfEveryBody) {
  Annotated t(
      "The Senate and the Democrats met on Monday. The Senate Ethics Committee, the Democratic National Committee "
      "and the Senate Finance Committee met. The Senate Ethics Committee said so.");
  std::vector<std::string> got;
  for (const auto& f : find_affiliations(t.a, gazette::testing::pipeline().lexicons()))
    if (f.rule == std::string_view("affiliation:body-in-name"))
      got.push_back(t.name(f.head) + " > " + t.name(f.tail) + " @" + f.title);
  EXPECT_EQ(got, (std::vector<std::string>{"Senate Ethics Committee > U.S. Senate @Senate Ethics Committee",
                                            "Senate Finance Committee > U.S. Senate @Senate Finance Committee"}));
}

// Row 18.341: a resolved nominative pronoun's predicate nominal says what the person is, as
// the name's would: a party after an indefinite article, a party's seat; not an
// organisation that is no party after the article (`an OBE`: an honour).
TEST(Affiliations, ResolvedPronounPredicate) {
  Annotated t("Tom Smith spoke in Leeds on Monday. He has never hidden that he is a Democrat.");
  EXPECT_TRUE(t.has_relation("Tom Smith", "MEMBER_OF", "Democratic Party"));
  Annotated u("Jane Roe spoke in Leeds on Monday. She met him when she was a Labour MP.");
  EXPECT_TRUE(u.has_relation("Jane Roe", "MEMBER_OF", "Labour Party"));
  Annotated v("Tom Smith ran in Leeds on Monday. He became an OBE in 2004.");
  EXPECT_FALSE(v.has_relation("Tom Smith", "MEMBER_OF", "OBE"));
}

// Row 18.360: a definite description of a party's name and a membership word, a possessive or
// a clause's subject, re-describes the one person named just before who is tied to no other
// party; not when two such people are named there, not a predicate.
TEST(Affiliations, APartyDescriptionRedescribesThePersonNamedBefore) {
  Annotated t("Jane Roe fired off a series of messages on Saturday. Only those sent over the Democratic presidential "
              "nominee's account were about jobs.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "MEMBER_OF", "Democratic Party"));
  Annotated u("Tom Smith spoke in Leeds on Monday. Later, the Republican candidate said taxes would fall.");
  EXPECT_TRUE(u.has_relation("Tom Smith", "MEMBER_OF", "Republican Party"));
  Annotated two("Tom Smith met Jane Roe in Leeds on Monday. Later, the Republican candidate said taxes would fall.");
  EXPECT_FALSE(two.has_relation("Tom Smith", "MEMBER_OF", "Republican Party"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "MEMBER_OF", "Republican Party"));
  Annotated tied("Tom Smith, a Democrat, met Jane Roe in Leeds on Monday. Later, the Republican candidate said "
                 "taxes would fall.");
  EXPECT_TRUE(tied.has_relation("Jane Roe", "MEMBER_OF", "Republican Party"));
  Annotated predicate("Tom Smith spoke in Leeds on Monday. He hopes to become the Republican candidate next year.");
  EXPECT_FALSE(predicate.has_relation("Tom Smith", "MEMBER_OF", "Republican Party"));
}

// Row 23.316: party() is read once per entity and row 18.360 asks it after the article only;
// a party named bare first and then in a description is a party at both names.
TEST(Affiliations, APartyNamedBareBeforeItsDescriptionIsStillReadAsAParty) {
  Annotated t("The Republican Party met in Leeds on Monday. Tom Smith spoke there. Later, the Republican candidate "
              "said taxes would fall.");
  EXPECT_TRUE(t.has_relation("Tom Smith", "MEMBER_OF", "Republican Party"));
  Annotated bank("Tom Smith spoke in Leeds on Monday. Later, the Halvern Bank nominee said taxes would fall.");
  EXPECT_FALSE(bank.has_relation("Tom Smith", "MEMBER_OF", "Halvern Bank"));
}

// Rows 19.548 and 19.549: a committee named in lower case after the body's name is part of
// that body, and the post of `chairman of the Commons ... committee` is held in the committee.
TEST(Affiliations, ALowerCaseCommitteeIsPartOfTheBodyBeforeIt) {
  Annotated t("Tom Smith, chairman of the Commons harbour safety committee, said the plan was poor.");
  EXPECT_TRUE(t.has_relation("harbour safety committee", "MEMBER_OF", "British Parliament"));
  EXPECT_TRUE(t.has_relation("Tom Smith", "ROLE_IN", "harbour safety committee"));
  EXPECT_FALSE(t.has_relation("Tom Smith", "ROLE_IN", "British Parliament"));
}

// Row 18.376: `its` before a post held by the person named right after it, or in apposition
// before it, is the body right before it and a comma, or the body that is a clause's subject
// before it (a finite auxiliary or a speech verb after its name); not a modifier of a noun.
TEST(Affiliations, ItsPostIsHeldInTheBodyItStandsFor) {
  Annotated t("The regulator sued Acme Corp, its chief executive Jane Roe and two other managers.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Acme Corp"));
  Annotated subject("Acme Corp has named a new manager after Tom Smith, its long-serving chairman, retired.");
  EXPECT_TRUE(subject.has_relation("Tom Smith", "ROLE_IN", "Acme Corp"));
  Annotated modifier("Tarn Party candidates blamed the Halvern council and, by extension, its leader, Jack Doe.");
  EXPECT_FALSE(modifier.has_relation("Jack Doe", "ROLE_IN", "Tarn Party"));
  Annotated no_post("Acme Corp has sold its stake in Bolt Motors to Jane Roe.");
  EXPECT_FALSE(no_post.has_relation("Jane Roe", "ROLE_IN", "Acme Corp"));
}

// Row 18.377: a shadow post with no party written, coordinated with a person who holds a post
// in one party, is that party's post; not beside a person who holds none.
TEST(Affiliations, AShadowPostBesideAPartyLeaderIsThatPartys) {
  Annotated t("Tarn Party leader Jack Doe spoke on Monday. A poster shows Mr Doe and shadow chancellor Jane Roe "
              "with a chart.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Tarn Party"));
  Annotated his("Tarn Party leader Jack Doe spoke on Monday. Mr Doe and his shadow chancellor Tom Smith left early.");
  EXPECT_TRUE(his.has_relation("Tom Smith", "ROLE_IN", "Tarn Party"));
  Annotated none("The Tarn Party met on Monday. A poster shows Jack Doe and shadow chancellor Jane Roe with a chart.");
  EXPECT_FALSE(none.has_relation("Jane Roe", "ROLE_IN", "Tarn Party"));
}

// Row 18.378: a definite kind noun or `party` and a possessive before a post, in apposition to
// a name or before it, is the one body of that sort named before in the sentence or, naming
// none there, in the sentence before; not when two are named there.
TEST(Affiliations, AKindNounsPostIsHeldInTheBodyNamedBefore) {
  Annotated t("Acme Motors Ltd cut 200 jobs on Monday. Jane Roe, the carmaker's chief executive, said sales fell.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Acme Motors Ltd"));
  Annotated before("Inspectors searched the Bolt Labs Ltd offices and spoke to the company's founder Tom Smith on Friday.");
  EXPECT_TRUE(before.has_relation("Tom Smith", "ROLE_IN", "Bolt Labs Ltd"));
  Annotated two("Tom Smith said Acme Motors Ltd would buy Bolt Labs Ltd, and Jane Roe, the company's chief executive, "
                "agreed.");
  EXPECT_FALSE(two.has_relation("Jane Roe", "ROLE_IN", "Acme Motors Ltd"));
  EXPECT_FALSE(two.has_relation("Jane Roe", "ROLE_IN", "Bolt Labs Ltd"));
}

// Row 18.379: `club` is a kind noun (kind_nouns), so `the club's chairman` is a post in the club
// named before; row 18.378's body is never the source the sentence reports from.
TEST(Affiliations, AClubsPostIsHeldInTheClubNamedBeforeNotInTheSource) {
  Annotated t("Halvern Rovers FC sacked its coach on Monday. Tom Smith, the club's chairman, said a successor would be "
              "named soon.");
  EXPECT_TRUE(t.has_relation("Tom Smith", "ROLE_IN", "Halvern Rovers FC"));
  Annotated source("The Tarn Times reported the story on Monday. According to the Tarn Times, an email came from the "
                   "club's director, Jane Roe, on Friday.");
  EXPECT_FALSE(source.has_relation("Jane Roe", "ROLE_IN", "Tarn Times"));
}

// Row 23.351: its_before_or_after() reads the comma after a name once for both readings after
// it (`, its <post>,` and `, the <kind noun>'s <post>,`); without the comma neither is read.
TEST(Affiliations, BothReadingsAfterANameNeedTheCommaAfterIt) {
  Annotated its("Acme Corp has named a new manager after Tom Smith, its chairman, retired.");
  EXPECT_TRUE(its.has_relation("Tom Smith", "ROLE_IN", "Acme Corp"));
  Annotated kind("Halvern Rovers FC sacked its coach on Monday. Jane Roe, the club's chairman, said a successor "
                 "would be named soon.");
  EXPECT_TRUE(kind.has_relation("Jane Roe", "ROLE_IN", "Halvern Rovers FC"));
  Annotated none("Halvern Rovers FC sacked its coach on Monday. Jane Roe said the club's chairman would name a "
                 "successor soon.");
  EXPECT_FALSE(none.has_relation("Jane Roe", "ROLE_IN", "Halvern Rovers FC"));
}

// Row 23.368: find_affiliations() given the mentions' text order made by its caller (the
// relations stage) finds the same affiliations, in the same order, as when it makes the order.
TEST(Affiliations, TheOrderGivenByTheCallerFindsTheSameAffiliations) {
  Annotated t("Labour MP Jane Roe met Tom Smith, the Tarn Party's leader, on Monday. "
              "Acme Corp has named a new manager after Jack Doe, its chairman, retired.");
  const auto& lex = gazette::testing::pipeline().lexicons();
  const auto made = find_affiliations(t.a, lex);
  const auto given = find_affiliations(t.a, lex, t.a.mentions_in_text_order());
  ASSERT_GE(made.size(), 2u);
  ASSERT_EQ(made.size(), given.size());
  for (std::size_t k = 0; k < made.size(); ++k) {
    EXPECT_EQ(made[k].head, given[k].head);
    EXPECT_EQ(made[k].tail, given[k].tail);
    EXPECT_EQ(made[k].type, given[k].type);
    EXPECT_EQ(made[k].rule, given[k].rule);
  }
}

// Row 23.369: find_affiliations() reads only the tokens with something to read (a name's
// first token, a collective's, a presidency noun: next_affiliation_token()); the presidency
// noun of one sentence and the post after a name in the next are both read.
TEST(Affiliations, ThePresidencyAndThePostAreReadWhereTheTokensSkippedHoldNone) {
  Annotated t("Norway took up the presidency of the Nordic Council in May. Acme Corp has named a new manager "
              "after Tom Smith, its chairman, retired.");
  EXPECT_TRUE(t.has_relation("Norway", "MEMBER_OF", "Nordic Council"));
  EXPECT_TRUE(t.has_relation("Tom Smith", "ROLE_IN", "Acme Corp"));
}

// Row 23.382: up to a sentence's first country the walk reads names and collectives only
// (name_starts()), from there every token: a presidency noun after a country named after a
// person is read, one before any country gives nothing, and a post after a name in a sentence
// with no country is read from the names alone.
TEST(Affiliations, APresidencyIsReadAfterTheSentencesFirstCountryOnly) {
  Annotated after("Tom Smith said on Monday that Norway would take up the presidency of the Nordic Council.");
  EXPECT_TRUE(after.has_relation("Norway", "MEMBER_OF", "Nordic Council"));
  Annotated before("Tom Smith said the presidency of the Nordic Council would go to Norway.");
  EXPECT_FALSE(before.has_relation("Norway", "MEMBER_OF", "Nordic Council"));
  Annotated post("Jane Roe spoke on Monday. Acme Corp has named a new manager after Tom Smith, its chairman, retired.");
  EXPECT_TRUE(post.has_relation("Tom Smith", "ROLE_IN", "Acme Corp"));
}

// Row 18.389: an apposed staff post held `with` a body, and an apposed post whose body is
// followed by the place it lies in or by the clause's speech verb (the closing comma left
// out), is a post in that body; not another post `with` a body, nor a body followed by
// other words.
TEST(Affiliations, AnApposedStaffPostWithABodyOrBeforeItsPlaceIsAPostInIt) {
  Annotated with("Prices will rise, said Tom Smith, an economist with Harlow Bank.");
  EXPECT_TRUE(with.has_relation("Tom Smith", "ROLE_IN", "Harlow Bank"));
  Annotated place("\"Exports slowed,\" said Jane Roe, chief economist at Harlow Securities in Tarnville.");
  EXPECT_TRUE(place.has_relation("Jane Roe", "ROLE_IN", "Harlow Securities"));
  Annotated verb("Jack Doe, an analyst at Harlow Bank told reporters that prices will rise.");
  EXPECT_TRUE(verb.has_relation("Jack Doe", "ROLE_IN", "Harlow Bank"));
  Annotated chair("Tom Smith, chairman with Harlow Bank, said prices will rise.");
  EXPECT_FALSE(chair.has_relation("Tom Smith", "ROLE_IN", "Harlow Bank"));
  Annotated links("Tom Smith, an economist with links to Harlow Bank, said prices will rise.");
  EXPECT_FALSE(links.has_relation("Tom Smith", "ROLE_IN", "Harlow Bank"));
}

// Row 18.400: honorifics between a party's or body's post and the name are the name's
// (`Labour peer Lord Tom Smith`, `Tarn Party's Mr Smith`); past an honorific with no post
// word only a party qualifies the name, not a verb's object (`told the Tarn Times Mr Smith`).
TEST(Affiliations, AnHonorificBetweenThePostAndTheNameIsTheNames) {
  Annotated peer("Labour peer Lord Tom Smith said the plan was wrong.");
  EXPECT_TRUE(peer.has_relation("Tom Smith", "MEMBER_OF", "Labour Party"));
  Annotated post("Former Labour leader Sir Jack Doe said the chancellor would win.");
  EXPECT_TRUE(post.has_relation("Jack Doe", "ROLE_IN", "Labour Party"));
  Annotated body("Acme Corp chief executive Dr Jane Roe said sales fell.");
  EXPECT_TRUE(body.has_relation("Jane Roe", "ROLE_IN", "Acme Corp"));
  Annotated poss("Labour's Mr Tom Smith said he would not apologise.");
  EXPECT_TRUE(poss.has_relation("Tom Smith", "MEMBER_OF", "Labour Party"));
  Annotated party("Opponents, including Tory Lord Tom Smith, said it would fail.");
  EXPECT_TRUE(party.has_relation("Tom Smith", "MEMBER_OF", "Conservative Party"));
  Annotated object("Sources within the party told the BBC Mr Tom Smith had always backed the plan.");
  EXPECT_FALSE(object.has_relation("Tom Smith", "MEMBER_OF", "BBC"));
}

// Row 18.400: a title before an honorific and a name is the name's (roles.cpp
// title_before_name()): `Home Secretary Sir Jack Doe` holds the post in the country.
TEST(Affiliations, ATitleBeforeAnHonorificIsThePostOfTheName) {
  Annotated t("Britain will act, Home Secretary Sir Jack Doe told MPs in London.");
  EXPECT_TRUE(t.has_relation("Jack Doe", "ROLE_IN", "United Kingdom"));
  Annotated dr("Britain will act, Foreign Secretary Dr Tom Smith told MPs in London.");
  EXPECT_TRUE(dr.has_relation("Tom Smith", "ROLE_IN", "United Kingdom"));
}

// Row 18.401: a party letter before a state names the party even when the text names it
// nowhere (the party is implied); a possessive may stand between; `I-` is no party's.
TEST(Affiliations, APartyLetterBeforeAStateImpliesTheParty) {
  Annotated t("Sen. Tom Smith (R-Fla.) said the bill would fail.");
  EXPECT_TRUE(t.has_relation("Tom Smith", "MEMBER_OF", "Republican Party"));
  Annotated comma("Rep. Jane Roe, D-Calif., said the bill would fail.");
  EXPECT_TRUE(comma.has_relation("Jane Roe", "MEMBER_OF", "Democratic Party"));
  Annotated poss("Critics of Sen. Tom Smith's (R-Ky.) plan said it would fail.");
  EXPECT_TRUE(poss.has_relation("Tom Smith", "MEMBER_OF", "Republican Party"));
  Annotated independent("Sen. Jack Doe (I-Vt.) said the bill would fail.");
  EXPECT_FALSE(independent.has_relation("Jack Doe", "MEMBER_OF", "Democratic Party"));
  EXPECT_FALSE(independent.has_relation("Jack Doe", "MEMBER_OF", "Republican Party"));
  Annotated no_state("Tom Smith (D-Day veteran) spoke on Monday.");
  EXPECT_FALSE(no_state.has_relation("Tom Smith", "MEMBER_OF", "Democratic Party"));
}

// Row 18.402: a frontbencher is a member of the party before it, as a backbencher is.
TEST(Affiliations, AFrontbencherIsAMemberOfTheParty) {
  Annotated t("Tory frontbencher Jane Roe said taxes would fall.");
  EXPECT_TRUE(t.has_relation("Jane Roe", "MEMBER_OF", "Conservative Party"));
}

// Row 18.412: an office several countries hold under one name (shared_offices) written with
// no country is held in the country the story is set in (its named bodies and places), when
// the text names it; else in the person's gazetteer office, else in the title's default.
TEST(Affiliations, ASharedOfficeIsHeldInTheStorysCountry) {
  Annotated uk("Attorney General Tom Smith told the Commons that Downing Street had approved the plan for Britain.");
  EXPECT_TRUE(uk.has_relation("Tom Smith", "ROLE_IN", "United Kingdom"));
  EXPECT_FALSE(uk.has_relation("Tom Smith", "ROLE_IN", "United States"));
  Annotated abroad("The Attorney General Lord Jack Doe told the Tories and the Home Office that Britain was right. "
                   "France and Germany disagreed. France said so on Monday.");
  EXPECT_TRUE(abroad.has_relation("Jack Doe", "ROLE_IN", "United Kingdom"));
  Annotated us("Attorney General Jane Roe said the Justice Department would ask Congress to act for America.");
  EXPECT_TRUE(us.has_relation("Jane Roe", "ROLE_IN", "United States"));
  Annotated unnamed("Attorney General Jane Roe told the Commons that Downing Street had approved the plan.");
  EXPECT_TRUE(unnamed.has_relation("Jane Roe", "ROLE_IN", "United States"));
  Annotated known("Attorney General John Ashcroft told the Commons that Downing Street had approved the plan for Britain.");
  EXPECT_TRUE(known.has_relation("John Ashcroft", "ROLE_IN", "United States"));
  EXPECT_FALSE(known.has_relation("John Ashcroft", "ROLE_IN", "United Kingdom"));
}

// Row 18.413: a state's office after a place's name is the state's post, held in no country.
TEST(Affiliations, AStatesAttorneyGeneralHoldsNoPostInTheCountry) {
  Annotated t("Ohio Attorney General Jane Roe sued the company on Monday.");
  EXPECT_FALSE(t.has_relation("Jane Roe", "ROLE_IN", "United States"));
  Annotated us("U.S. Attorney General Tom Smith sued the company on Monday.");
  EXPECT_TRUE(us.has_relation("Tom Smith", "ROLE_IN", "United States"));
  Annotated senator("Ohio Sen. Jack Doe said the Senate would vote on Monday.");
  EXPECT_TRUE(senator.has_relation("Jack Doe", "ROLE_IN", "U.S. Senate"));
}

// Row 23.458: a letter may stand for more than one party (a user's party_letters giving `i`
// to two independents' groups): each entry of the letter is tried in the list's order, and
// the first party the document names is the person's, not only the first entry's; named by
// none, the letter's first entry is the party implied (row 18.401). Made-up parties.
TEST(Affiliations, EachPartyALetterStandsForIsTriedInTheListsOrder) {
  const std::string parties = ::testing::TempDir() + "made_up_independents.jsonl";
  const std::string letters = ::testing::TempDir() + "made_up_party_letters.json";
  std::ofstream(parties) << R"({"format":"gazette/gazetteer","version":1}
{"id": "org:kestby-independents", "name": "Kestby Independents", "type": "ORGANIZATION", "aliases": []}
{"id": "org:tarn-independents", "name": "Tarn Independents", "type": "ORGANIZATION", "aliases": []}
)";
  std::ofstream(letters) << R"({"format":"gazette/lexicon","version":1,"kind":"word_lists","entries":[
    {"list":"party_letters","words":["i=org:kestby-independents","i=org:tarn-independents"]}]})";
  Diagnostics diag;
  PipelineOptions o;
  o.gazetteer_files.push_back(parties);
  o.rules_files.push_back(letters);
  const Pipeline p(o, diag);
  std::remove(parties.c_str());
  std::remove(letters.c_str());
  const auto member = [&](std::string text, const char* party) {
    Document doc;
    doc.id = "test";
    doc.text = std::move(text);
    const Annotation a = p.annotate(doc);
    return std::any_of(a.relations.begin(), a.relations.end(), [&](const Relation& r) {
      return r.type == RelationType::MemberOf && a.entities[static_cast<std::size_t>(r.head)].canonical == "Jack Doe" &&
             a.entities[static_cast<std::size_t>(r.tail)].canonical == party;
    });
  };
  // The second entry's party, named: with a state after the letter and without one.
  EXPECT_TRUE(member("The Tarn Independents met on Monday. Sen. Jack Doe (I-Vt.) said the bill would fail.", "Tarn Independents"));
  EXPECT_FALSE(member("The Tarn Independents met on Monday. Sen. Jack Doe (I-Vt.) said the bill would fail.", "Kestby Independents"));
  EXPECT_TRUE(member("The Tarn Independents met on Monday. Sen. Jack Doe (I-Kestby) said the bill would fail.", "Tarn Independents"));
  // The first entry's party, named; and implied when the document names neither.
  EXPECT_TRUE(member("The Kestby Independents met on Monday. Sen. Jack Doe (I-Vt.) said the bill would fail.", "Kestby Independents"));
  EXPECT_TRUE(member("Sen. Jack Doe (I-Vt.) said the bill would fail.", "Kestby Independents"));
  EXPECT_FALSE(member("Sen. Jack Doe (I-Vt.) said the bill would fail.", "Tarn Independents"));
}
