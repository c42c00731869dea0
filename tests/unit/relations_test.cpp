#include "pipeline_fixture.hpp"

#include "gazette/annotation_io.hpp"
#include "gazette/relations.hpp"

#include <algorithm>
#include <thread>

using namespace gazette;
using gazette::testing::Annotated;

namespace {
struct Case {
  const char* text;
  const char* head;
  const char* type;
  const char* tail;
  bool expected;  // false: the relation must NOT be there
};
}  // namespace

TEST(Relations, Table) {
  const Case cases[] = {
      {"Rex Tillerson met Vladimir Putin in Moscow.", "Rex Tillerson", "MET_WITH", "Vladimir Putin", true},
      {"Rex Tillerson and Sergei Lavrov held talks in Moscow.", "Rex Tillerson", "MET_WITH", "Sergei Lavrov", true},
      {"Rex Tillerson did not meet Vladimir Putin.", "Rex Tillerson", "MET_WITH", "Vladimir Putin", false},
      {"Sergei Lavrov blasted U.S. claims.", "Sergei Lavrov", "CRITICIZED", "United States", true},
      {"The White House has accused Moscow of hiding the facts.", "White House", "CRITICIZED", "Russia", true},
      {"Donald Trump praised Vladimir Putin.", "Donald Trump", "SUPPORTS", "Vladimir Putin", true},
      {"The U.S. launched 59 missiles into Syria.", "United States", "ATTACKED", "Syria", true},
      {"Russia condemned the gas attack on civilians in Syria.", "Russia", "ATTACKED", "Syria", false},
      {"Secretary of State Rex Tillerson arrived.", "Rex Tillerson", "ROLE_IN", "United States", true},
      {"Russian President Vladimir Putin arrived.", "Vladimir Putin", "ROLE_IN", "Russia", true},
      {"Exxon Mobil CEO Darren Woods spoke.", "Darren Woods", "ROLE_IN", "Exxon Mobil", true},
      {"Jim Mattis, the secretary of defense, spoke.", "James Mattis", "ROLE_IN", "United States", true},
      {"Putin spoke at the Kremlin with Sergei Lavrov in Russia.", "Kremlin", "LOCATED_IN", "Russia", true},
      {"Rebels hold Idlib province in Syria.", "Idlib province", "LOCATED_IN", "Syria", true},
      {"Russia's state-owned RIA reported the talks.", "RIA Novosti", "LOCATED_IN", "Russia", true},
      // MET_WITH: a definite role phrase stands for its holder; its qualifier is no argument.
      {"Secretary of State Rex Tillerson flew to Moscow. Vladimir Putin received the U.S. Secretary of State at the Kremlin.",
       "Rex Tillerson", "MET_WITH", "Vladimir Putin", true},
      {"Secretary of State Rex Tillerson flew to Moscow. Vladimir Putin received the U.S. Secretary of State at the Kremlin.",
       "United States", "MET_WITH", "Vladimir Putin", false},
      {"Sergei Lavrov spoke at length. Vladimir Putin then met the Russian foreign minister.", "Sergei Lavrov", "MET_WITH",
       "Vladimir Putin", true},
      // "between" after the cue's prepositional phrases.
      {"Talks on trade in the Chinese capital between Rex Tillerson and Sergei Lavrov ended late.", "Rex Tillerson",
       "MET_WITH", "Sergei Lavrov", true},
      // An -ing cue after a modifier is a noun: its head is the nearest argument, not the
      // one that opens the sentence.
      {"Vladimir Putin spoke on Monday while Sergei Lavrov left after a brief meeting with Rex Tillerson.", "Rex Tillerson",
       "MET_WITH", "Sergei Lavrov", true},
      {"Vladimir Putin spoke on Monday while Sergei Lavrov left after a brief meeting with Rex Tillerson.", "Rex Tillerson",
       "MET_WITH", "Vladimir Putin", false},
      {"Vladimir Putin is meeting with Rex Tillerson.", "Rex Tillerson", "MET_WITH", "Vladimir Putin", true},
      // A participle that opens the sentence takes the subject after its phrase.
      {"After meeting with Sergei Lavrov in Geneva, Secretary of State Rex Tillerson flew home.", "Rex Tillerson", "MET_WITH",
       "Sergei Lavrov", true},
      // A person named out of a group ("including") is the one met.
      {"Rex Tillerson met with Russian envoys, including Foreign Minister Sergei Lavrov.", "Rex Tillerson", "MET_WITH",
       "Sergei Lavrov", true},
      {"Rex Tillerson met with Russian envoys, including Foreign Minister Sergei Lavrov.", "Rex Tillerson", "MET_WITH",
       "Russia", false},
      // Negation cancels nominal and coordinated forms too.
      {"Rex Tillerson did not hold talks with Sergei Lavrov.", "Rex Tillerson", "MET_WITH", "Sergei Lavrov", false},
      {"There was no meeting between Rex Tillerson and Sergei Lavrov.", "Rex Tillerson", "MET_WITH", "Sergei Lavrov", false},
      // A participle after a relative clause belongs to it: Lavrov accuses, not Tillerson.
      {"Rex Tillerson met Sergei Lavrov, who spoke briefly, accusing Washington of arrogance.", "Sergei Lavrov", "CRITICIZED",
       "United States", true},
      {"Rex Tillerson met Sergei Lavrov, who spoke briefly, accusing Washington of arrogance.", "Rex Tillerson", "CRITICIZED",
       "United States", false},
      // The object stays in the verb's phrase: not past an infinitive or a second verb.
      {"Russia condemned any plans to isolate Syria.", "Russia", "CRITICIZED", "Syria", false},
      {"Russia tried to condemn the resolution and protect Syria.", "Russia", "CRITICIZED", "Syria", false},
      {"Russia condemned Britain and France.", "Russia", "CRITICIZED", "United Kingdom", true},
      {"Russia condemned Britain and France.", "Russia", "CRITICIZED", "France", true},
      // X's ally: the object is the ally, and the possessor stands by it.
      {"Washington blamed Moscow's ally, Syrian President Bashar al-Assad, for the attack.", "United States", "CRITICIZED",
       "Bashar al-Assad", true},
      {"Washington blamed Moscow's ally, Syrian President Bashar al-Assad, for the attack.", "United States", "CRITICIZED",
       "Russia", false},
      {"Washington blamed Moscow's ally, Syrian President Bashar al-Assad, for the attack.", "Russia", "SUPPORTS",
       "Bashar al-Assad", true},
      {"Bashar al-Assad, an ally of Russia, spoke on Monday.", "Russia", "SUPPORTS", "Bashar al-Assad", true},
      // A short quoted fragment is part of the clause.
      {"Sergei Lavrov criticized the \"reckless\" tone of U.S. statements.", "Sergei Lavrov", "CRITICIZED", "United States",
       true},
      // An unnamed official speaks for the state.
      {"A senior Russian official accused Washington of lying.", "Russia", "CRITICIZED", "United States", true},
      {"Russia did not condemn Syria.", "Russia", "CRITICIZED", "Syria", false},
      // Passive, with coordinated subjects.
      {"Rex Tillerson was criticised by Sergei Lavrov.", "Sergei Lavrov", "CRITICIZED", "Rex Tillerson", true},
      {"Germany and France were condemned by Russia.", "Russia", "CRITICIZED", "Germany", true},
      {"Germany and France were condemned by Russia.", "Russia", "CRITICIZED", "France", true},
      // A sentence-opening he/she is resolved as for speakers.
      {"Sergei Lavrov spoke in Moscow on Monday. He blamed Washington for the crisis.", "Sergei Lavrov", "CRITICIZED",
       "United States", true},
      // Rejecting a claim criticises its source; rejecting a country as such does not.
      {"Vladimir Putin dismissed U.S. claims of interference.", "Vladimir Putin", "CRITICIZED", "United States", true},
      {"Russia denied Ukraine access to the port.", "Russia", "CRITICIZED", "Ukraine", false},
      // Verb cues as nouns, in names, and "back" as a particle give nothing.
      {"Sergei Lavrov is one of the hosts of Russia Today.", "Sergei Lavrov", "MET_WITH", "Russia Today", false},
      {"Rafael Nadal won the Grand Slam in France.", "Rafael Nadal", "CRITICIZED", "France", false},
      {"Donald Trump drifted away from the U.S. position on Syria.", "Donald Trump", "SUPPORTS", "United States", false},
      {"Donald Trump backed the U.S. position on Syria.", "Donald Trump", "SUPPORTS", "United States", true},
      // Directed action nouns need their agent: a possessor, his/her/their, or "by".
      {"Moscow's criticism of Rex Tillerson grew louder.", "Russia", "CRITICIZED", "Rex Tillerson", true},
      {"The accusations against Bashar al-Assad by Rex Tillerson were rejected.", "Rex Tillerson", "CRITICIZED",
       "Bashar al-Assad", true},
      {"Vladimir Putin rejected the accusations against Bashar al-Assad.", "Vladimir Putin", "CRITICIZED", "Bashar al-Assad",
       false},
      // Refusing to abandon is standing by; being aligned with is support.
      {"Vladimir Putin will not abandon Bashar al-Assad.", "Vladimir Putin", "SUPPORTS", "Bashar al-Assad", true},
      {"Russia is aligned with Iran.", "Russia", "SUPPORTS", "Iran", true},
      // An attack noun reaches its target through a preposition; its launcher is the
      // subject of the complement clause.
      {"Donald Trump asked if Syria had launched the attack without Russia's knowledge.", "Donald Trump", "ATTACKED",
       "Russia", false},
      {"Washington says that Russia launched an attack on Ukraine.", "Russia", "ATTACKED", "Ukraine", true},
      {"Washington says that Russia launched an attack on Ukraine.", "United States", "ATTACKED", "Ukraine", false},
      {"Syria launched a chemical attack in Idlib province.", "Syria", "ATTACKED", "Idlib province", false},
      {"Russia will attack Ukraine.", "Russia", "ATTACKED", "Ukraine", true},
      // Holding someone responsible in reported speech blames them; a denial or a negation does not.
      {"Rex Tillerson said the Assad regime was responsible for the attack.", "Rex Tillerson", "CRITICIZED", "Bashar al-Assad",
       true},
      {"Vladimir Putin denied that the Assad regime was to blame for the strike.", "Vladimir Putin", "CRITICIZED",
       "Bashar al-Assad", false},
      {"Sergei Lavrov said no one could assume the Assad regime was responsible.", "Sergei Lavrov", "CRITICIZED",
       "Bashar al-Assad", false},
      // Affiliations from the name phrase (affiliations.hpp): a member, not a post holder.
      {"Labour MP Jane Roe said the plan was wrong.", "Jane Roe", "MEMBER_OF", "Labour Party", true},
      {"Labour MP Jane Roe said the plan was wrong.", "Jane Roe", "ROLE_IN", "Labour Party", false},
      {"Labour campaign spokesman John Doe said it.", "John Doe", "ROLE_IN", "Labour Party", true},
      // A seat in a body goes to the body the text names, never to the implied country.
      {"Sen. John Doe spoke on Monday.", "John Doe", "ROLE_IN", "United States", false},
      {"Sen. John Doe spoke in the Senate on Monday.", "John Doe", "ROLE_IN", "U.S. Senate", true},
      {"Sen. John Doe spoke in the Senate on Monday.", "John Doe", "ROLE_IN", "United States", false},
      {"Secretary of State Rex Tillerson arrived.", "Rex Tillerson", "ROLE_IN", "United States", true},
      // MEMBER_OF and ROLE_IN tails are organisations or countries, never people.
      {"John Doe, a member of Jane Roe's staff, spoke.", "John Doe", "MEMBER_OF", "Jane Roe", false},
      {"Jane Roe's deputy John Doe spoke.", "John Doe", "MEMBER_OF", "Jane Roe", false},
      // A role belongs to the person the phrase names: the foreign minister who met his
      // counterpart holds no post in the counterpart's country.
      {"Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Mohammad Javad Zarif.", "Sergei Lavrov", "ROLE_IN",
       "Iran", false},
      {"Russian Foreign Minister Sergei Lavrov met Iranian Foreign Minister Mohammad Javad Zarif.", "Javad Zarif", "ROLE_IN",
       "Iran", true},
      {"Sergei Lavrov met his Iranian counterpart, Mohammad Javad Zarif.", "Sergei Lavrov", "ROLE_IN", "Iran", false},
      // A verb cue glued to a hyphen is part of an adjective: "a Western-backed resolution".
      {"Russia vetoed a Western-backed resolution on Syria.", "Russia", "SUPPORTS", "Syria", false},
      {"Russia vetoed a U.S.-backed resolution on Syria.", "Russia", "SUPPORTS", "Syria", false},
      {"Russia backed Syria's resolution.", "Russia", "SUPPORTS", "Syria", true},
      // Row 18.269: a resolution on Syria may be against it; the name is the noun's, not backed.
      {"Russia backed a resolution on Syria.", "Russia", "SUPPORTS", "Syria", false},
      // A passive participle without "by" names no agent; "accused of" names no one accused.
      {"Labour has been accused of attacking Michael Howard.", "Labour Party", "CRITICIZED", "Michael Howard", false},
      {"French police hunt two men accused of the attack on Reuters.", "France", "CRITICIZED", "Reuters", false},
      {"Russia accused Ukraine of lying.", "Russia", "CRITICIZED", "Ukraine", true},
      // A subject pronoun before the cue is its subject, not the argument before it.
      {"Marco Rubio told CNN he disagrees with Donald Trump.", "CNN", "CRITICIZED", "Donald Trump", false},
      // "his endorsement": the person, not the party that qualifies him.
      {"Former Labour candidate John Doe announced his endorsement of Jane Roe.", "John Doe", "SUPPORTS", "Jane Roe", true},
      {"Former Labour candidate John Doe announced his endorsement of Jane Roe.", "Labour Party", "SUPPORTS", "Jane Roe",
       false},
      // Judgements: a judging verb and an evaluative word (relation_cues.json "evaluation").
      {"John Doe called Jane Roe's plans \"dangerous\" on Monday.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"John Doe called Jane Roe a \"patriot\".", "John Doe", "SUPPORTS", "Jane Roe", true},
      {"John Doe called Jane Roe a \"patriot\".", "John Doe", "CRITICIZED", "Jane Roe", false},
      {"John Doe called Jane Roe's plans not dangerous at all.", "John Doe", "CRITICIZED", "Jane Roe", false},
      {"John Doe did not call Jane Roe dangerous.", "John Doe", "CRITICIZED", "Jane Roe", false},
      {"The Labour candidate called Jane Roe \"disgusting\".", "Labour Party", "CRITICIZED", "Jane Roe", false},
      {"John Doe called on Jane Roe to drop the dangerous plan.", "John Doe", "CRITICIZED", "Jane Roe", false},
      {"\"Jane Roe's plan is reckless,\" said John Doe.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"\"Jane Roe is not reckless,\" said John Doe.", "John Doe", "CRITICIZED", "Jane Roe", false},
      {"\"Jane Roe was a prudent chancellor,\" said John Doe.", "John Doe", "SUPPORTS", "Jane Roe", true},
      // Epithets of political attack ("a fascist", "unqualified", "a bully") and the judging verb
      // "paint ... as" (18.120; `loser`, `unstable`, `erratic`, `hateful`, `buffoon` were taken
      // out again: said as often of results, situations, acts or in affection).
      {"\"Jane Roe is unqualified to be president,\" said John Doe.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"John Doe painted Jane Roe as an out-of-touch plutocrat.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"\"Jane Roe was the biggest loser on Tuesday night,\" said John Doe.", "John Doe", "CRITICIZED", "Jane Roe",
       false},
      {"John Doe called Jane Roe a \"fascist\".", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"\"Jane Roe is a bully,\" said John Doe.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"\"Jane Roe is not a bully,\" said John Doe.", "John Doe", "CRITICIZED", "Jane Roe", false},
      {"John Doe did not paint Jane Roe as a bigot.", "John Doe", "CRITICIZED", "Jane Roe", false},
      // Verbs of political attack and of praise (18.121): `went after`, `ripped into`,
      // `chastised`, `heaped praise on`, `admired`; `ripped` alone is no cue (`ripped through
      // the draw`); `hammered` and `saluted` were taken out again (`hammered out a deal`, a
      // salute at a ceremony).
      {"Donald Trump went after Jeb Bush on Monday.", "Donald Trump", "CRITICIZED", "Jeb Bush", true},
      {"Donald Trump did not go after Jeb Bush on Monday.", "Donald Trump", "CRITICIZED", "Jeb Bush", false},
      {"John Doe ripped into Jane Roe over her tax plans.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"John Doe chastised Jane Roe for her remarks.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"John Doe heaped praise on Jane Roe for her work.", "John Doe", "SUPPORTS", "Jane Roe", true},
      {"John Doe has long admired Jane Roe.", "John Doe", "SUPPORTS", "Jane Roe", true},
      {"John Doe ripped through the field before beating Jane Roe.", "John Doe", "CRITICIZED", "Jane Roe", false},
      // A pronoun right after an active cue is its object: no name further on is (18.122).
      {"Corey Lewandowski ripped into him on Wednesday during a CNN panel.", "Corey Lewandowski", "CRITICIZED", "CNN",
       false},
      {"John Doe accused them of backing Jane Roe.", "John Doe", "CRITICIZED", "Jane Roe", false},
      // An adjective of judgement with its preposition after a copula (18.123): `critical of`,
      // `scathing about`, `supportive of`, `full of praise for`.
      {"John Doe has been critical of Jane Roe since March.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"John Doe was scathing about Jane Roe on Monday.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"John Doe was full of praise for Jane Roe.", "John Doe", "SUPPORTS", "Jane Roe", true},
      {"John Doe has been supportive of Jane Roe.", "John Doe", "SUPPORTS", "Jane Roe", true},
      {"John Doe has never been critical of Jane Roe.", "John Doe", "CRITICIZED", "Jane Roe", false},
      // A coordinated verb's subject is the person behind the title opening the clause (18.124).
      {"Acme Corp's CEO Ann Lee is a Republican, but has been critical of Donald Trump.", "Ann Lee",
       "CRITICIZED", "Donald Trump", true},
      {"Acme Corp's CEO Ann Lee is a Republican, but has been critical of Donald Trump.", "Acme Corp",
       "CRITICIZED", "Donald Trump", false},
      // An organisation's name right before a person's qualifies the person, who is the
      // argument (18.125).
      {"Hillary Clinton criticized Republican Donald Trump on Monday.", "Hillary Clinton", "CRITICIZED", "Donald Trump",
       true},
      {"Hillary Clinton criticized Republican Donald Trump on Monday.", "Hillary Clinton", "CRITICIZED",
       "Republican Party", false},
      {"Jane Roe, a supporter of Democrat John Doe, spoke in Leeds.", "Jane Roe", "SUPPORTS", "John Doe", true},
      // The one met by a one-word meeting verb follows no figure or comma (18.132).
      {"Donald Trump received 37 percent, Hillary Clinton had 36 percent.", "Donald Trump", "MET_WITH",
       "Hillary Clinton", false},
      {"Vladimir Putin received Rex Tillerson at the Kremlin.", "Rex Tillerson", "MET_WITH", "Vladimir Putin", true},
      // ... but a person picked out by an inclusion word after them is met.
      {"John Kerry met Russian envoys, including Foreign Minister Sergey Lavrov, in Moscow.", "John Kerry",
       "MET_WITH", "Sergei Lavrov", true},
      {"Donald Trump met two Republican senators, including Mitch McConnell.", "Donald Trump", "MET_WITH",
       "Mitch McConnell", true},
      // Senses of cue words that are no political judgement were left out of the data.
      {"John Kerry hammered out a deal with Iran on Tuesday.", "John Kerry", "CRITICIZED", "Iran", false},
      {"Vladimir Putin saluted Barack Obama at the ceremony.", "Vladimir Putin", "SUPPORTS", "Barack Obama", false},
      // An apposition after the object is no subject for a participle (18.126).
      {"Jeb Bush met with Chris Christie, a former rival, praising Marco Rubio.", "Chris Christie", "SUPPORTS",
       "Marco Rubio", false},
      // A support noun's from|among names its giver, not whom it is for (18.131).
      {"Paul Ryan withheld support from John McCain during the interview.", "Paul Ryan", "SUPPORTS", "John McCain", false},
      {"Ted Cruz has support from the Republican Party in Texas.", "Ted Cruz", "SUPPORTS", "Republican Party", false},
      {"Jane Roe voiced support for Donald Trump on Sunday.", "Jane Roe", "SUPPORTS", "Donald Trump", true},
      // A name after for|of + gerund is the gerund's object, not the cue's (18.130).
      {"Donald Trump blasted the media for allowing Hillary Clinton to skip press conferences.", "Donald Trump",
       "CRITICIZED", "Hillary Clinton", false},
      {"Democrats accused the governor of leaving Iraq spending out of the plan.", "Democratic Party", "CRITICIZED",
       "Iraq", false},
      {"Donald Trump blasted Hillary Clinton for skipping press conferences.", "Donald Trump", "CRITICIZED",
       "Hillary Clinton", true},
      // "TAIL supporter HEAD": the head in the noun's phrase or its apposition, not past a verb (18.129).
      {"Lee Bright, another early Ted Cruz supporter, suggested that Donald Trump was vulnerable.", "Donald Trump",
       "SUPPORTS", "Ted Cruz", false},
      {"Lee Bright, another early Ted Cruz supporter, suggested that Donald Trump was vulnerable.", "Lee Bright",
       "SUPPORTS", "Ted Cruz", true},
      {"Washington blames Russia's ally, Syrian President Bashar al-Assad, for the attack.", "Russia", "SUPPORTS",
       "Bashar al-Assad", true},
      // Up to two lower-case modifiers before the title after a party (18.127); no preposition.
      {"Ann Lee praised Republican mayoral candidate Donald Trump for his speech.", "Ann Lee",
       "SUPPORTS", "Donald Trump", true},
      {"Ann Lee praised Republican mayoral candidate Donald Trump for his speech.", "Ann Lee",
       "SUPPORTS", "Republican Party", false},
      {"Jane Roe slammed Republicans for their vote to halt President Barack Obama's plan.", "Jane Roe", "CRITICIZED",
       "Republican Party", true},
      // An apposition opened by a/an after a person and closed right before the cue describes
      // the person, who is the subject (18.126).
      {"Bill Jones, a Fernby Democrat who won his seat in 2010, criticized Jane Roe.", "Bill Jones",
       "CRITICIZED", "Jane Roe", true},
      {"Bill Jones, a Fernby Democrat who won his seat in 2010, criticized Jane Roe.", "Democratic Party",
       "CRITICIZED", "Jane Roe", false},
      {"Tom Smith of Ohio, a Republican who served in the Navy, denounced Donald Trump.", "Tom Smith",
       "CRITICIZED", "Donald Trump", true},
      // A verb of attack aimed at a person or a party is criticism; at a country, force.
      {"John Doe attacked Jane Roe over her tax plans.", "John Doe", "CRITICIZED", "Jane Roe", true},
      {"John Doe attacked Jane Roe over her tax plans.", "John Doe", "ATTACKED", "Jane Roe", false},
      {"Jane Roe was attacked by the Labour Party on Monday.", "Labour Party", "CRITICIZED", "Jane Roe", true},
      {"Russia attacked Ukraine on Monday.", "Russia", "ATTACKED", "Ukraine", true},
      // A noun of attack reaches no target past a comma.
      {"Police linked the shooting to the Acme Corp attack, Reuters reported.", "Acme Corp", "ATTACKED", "Reuters", false},
      // A verb of meeting takes the one met as its direct object.
      {"Jane Roe received advice from John Doe about the rules.", "Jane Roe", "MET_WITH", "John Doe", false},
      {"Fiat will meet truck giant General Motors on Friday.", "Fiat", "MET_WITH", "General Motors", true},
      // A judgement of he/she in a direct quote: the person the pronoun stands for, not the speaker.
      {"John Doe spoke in Leeds on Saturday. \"He's a charismatic speaker,\" said Bill Smith.", "Bill Smith", "SUPPORTS",
       "John Doe", true},
      {"John Doe spoke in Leeds on Saturday. \"He's a charismatic speaker,\" said Bill Smith.", "Bill Smith", "SAID_ABOUT",
       "John Doe", true},
      {"John Doe spoke in Leeds on Saturday. \"He's a reckless speaker,\" said Bill Smith.", "Bill Smith", "SUPPORTS",
       "John Doe", false},
      // A seat qualified by a party is held in the body the text names; the party makes a member.
      {"GOP Sen. John Doe spoke in the Senate on Monday.", "John Doe", "ROLE_IN", "U.S. Senate", true},
      {"GOP Sen. John Doe spoke in the Senate on Monday.", "John Doe", "MEMBER_OF", "Republican Party", true},
      {"GOP Sen. John Doe spoke on Monday.", "John Doe", "ROLE_IN", "Republican Party", false},
      // A person's ally stands by the person; the title before the person's name is not the ally's.
      {"Ed Balls, Chancellor Gordon Brown's closest ally, said the economy was strong in Britain.", "Ed Balls", "SUPPORTS",
       "Gordon Brown", true},
      {"Ed Balls, Chancellor Gordon Brown's closest ally, said the economy was strong in Britain.", "Ed Balls", "ROLE_IN",
       "United Kingdom", false},
      // "the party's" stands for the party named before.
      {"The Labour Party met in Leeds. The party's campaign head Tom Smith said the team was ready.", "Tom Smith",
       "ROLE_IN", "Labour Party", true},
      // A direct quote is about the one its opening he/she stands for, never the speaker.
      {"Jane Roe spoke in Leeds on Monday. \"She is ready for the job,\" said John Doe.", "John Doe", "SAID_ABOUT", "Jane Roe",
       true},
      {"Jane Roe spoke in Leeds on Monday. \"I am ready for the job,\" said John Doe.", "John Doe", "SAID_ABOUT", "Jane Roe",
       false},
      // An apposition may coordinate a party and a post: each is read on its own.
      {"Jane Roe, a Democrat and former secretary of state, spoke in Boston.", "Jane Roe", "ROLE_IN", "United States", true},
      {"Jane Roe, a Democrat and former secretary of state, spoke in Boston.", "Jane Roe", "MEMBER_OF", "Democratic Party",
       true},
      {"Jane Roe, a Democrat and former secretary of state, spoke in Boston.", "Jane Roe", "ROLE_IN", "Democratic Party",
       false},
      // "between X and Y": each side read for the person behind its title or post word.
      {"The meeting between Acme Corp boss Tom Smith and GM's Bill Jones is due on Friday.", "Bill Jones", "MET_WITH",
       "Tom Smith", true},
      {"The meeting between Acme Corp boss Tom Smith and GM's Bill Jones is due on Friday.", "Acme Corp", "MET_WITH",
       "Tom Smith", false},      // Praise taken back by a negated "but" clause is no support.
      {"John Doe called Jane Roe \"a brilliant talker\" but said she did not deliver.", "John Doe", "SUPPORTS", "Jane Roe",
       false},
      {"John Doe called Jane Roe \"a brilliant talker\" and said she would deliver.", "John Doe", "SUPPORTS", "Jane Roe", true},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text;
  }
}

TEST(Relations, OncePerDocumentWithAllEvidence) {
  Annotated t("Rex Tillerson met Vladimir Putin. Later Rex Tillerson met Vladimir Putin again.");
  std::size_t n = 0;
  for (const auto& r : t.a.relations)
    if (r.type == RelationType::MetWith) {
      ++n;
      EXPECT_EQ(r.evidence.size(), 2u);
    }
  EXPECT_EQ(n, 1u);
}

// Row 23.141: a thread keeps the per-sentence argument lists of its last document for the
// next one. A document read after a longer one with arguments in every sentence gets the
// relations (and the whole line) it gets on a thread that read nothing before.
TEST(Relations, ArgumentListsKeptFromAnEarlierDocumentStartEmpty) {
  // The same shape, sentence by sentence: an argument list left full would give the
  // shorter document's `met` the two people of the longer one's first sentence.
  const std::string longer =
      "Vladimir Putin met Rex Tillerson in Moscow. Angela Merkel praised Emmanuel Macron. "
      "Sergei Lavrov criticized Boris Johnson. Theresa May met Donald Trump in London.";
  const std::string shorter = "The officials met the press on Monday. Angela Merkel and Boris Johnson spoke.";
  const auto line = [](const Annotated& t) {
    std::string out;
    write_annotation_jsonl(t.a, out);
    return out;
  };
  std::string fresh;
  std::thread([&] { fresh = line(Annotated(shorter)); }).join();  // a thread with nothing kept
  const Annotated first(longer);
  EXPECT_TRUE(first.has_relation("Rex Tillerson", "MET_WITH", "Vladimir Putin"));
  EXPECT_EQ(line(Annotated(shorter)), fresh);
  EXPECT_TRUE(Annotated(shorter).a.relations.empty());
}

// The text of rows 23.161 and 23.181: a pronoun reference (`He`, appended after the named
// mentions) comes before a later named mention in the text.
constexpr const char* kTextOrderText =
    "Rex Tillerson flew to Moscow on Tuesday. He met Vladimir Putin at the Kremlin. "
    "\"Russia must stop backing Assad,\" Tillerson said of the talks in Moscow.";

// `doc` annotated up to and with the quotes stage: the relations stage's input (it views
// the document's text, which must outlive it).
Annotation annotate_until_quotes(const Document& doc) {
  Diagnostics diag;
  PipelineOptions options;
  options.until = Stage::Quotes;
  const Pipeline until_quotes(options, diag);
  return until_quotes.annotate(doc);
}

// Row 23.161: the relation stage reads the mentions in text order from one list made
// before its passes (find_arguments(), located_in(), from_quotes()). Its input, the
// annotation after quotes, holds the coreference stage's references after the named
// mentions, so text order is not index order: `He` (appended last) comes before Vladimir
// Putin. The stage run on that input gives the relations of the whole pipeline, the one
// through the pronoun (MET_WITH), the places' (LOCATED_IN) and the quote's (SAID_ABOUT).
TEST(Relations, TheStagesPassesReadTheMentionsInTextOrder) {
  const std::string text = kTextOrderText;
  Document doc;
  doc.id = "test";
  doc.text = text;
  Annotation a = annotate_until_quotes(doc);
  ASSERT_TRUE(a.relations.empty());
  const std::vector<std::uint32_t> order = a.mentions_in_text_order();
  ASSERT_FALSE(std::is_sorted(order.begin(), order.end()));  // a reference before a later named mention
  Diagnostics diag;
  const Pipeline pipeline(PipelineOptions{}, diag);
  extract_relations(a, pipeline.lexicons());
  const Annotated whole(text);
  EXPECT_TRUE(whole.has_relation("Rex Tillerson", "MET_WITH", "Vladimir Putin"));
  EXPECT_TRUE(whole.has_relation("Kremlin", "LOCATED_IN", "Russia"));
  EXPECT_TRUE(whole.has_relation("Rex Tillerson", "SAID_ABOUT", "Bashar al-Assad"));
  ASSERT_EQ(a.relations.size(), whole.a.relations.size());
  std::string staged, piped;
  write_annotation_jsonl(a, staged);
  write_annotation_jsonl(whole.a, piped);
  EXPECT_EQ(staged, piped);
}

// Row 23.181: the relations stage leaves the text order its passes read
// (Annotation::mention_order) and the JSON writer takes it instead of sorting again. After
// the whole pipeline it is mentions_in_text_order() of the mentions written (the references
// come after the named mentions, so it is not index order), and the line is the one written
// with no order kept; an order that does not cover every mention is not taken; a run
// stopped before relations keeps none.
TEST(Relations, TheStageLeavesTheMentionsTextOrderForTheWriter) {
  const std::string text = kTextOrderText;
  const Annotated whole(text);
  ASSERT_EQ(whole.a.mention_order.size(), whole.a.mentions.size());
  EXPECT_EQ(whole.a.mention_order, whole.a.mentions_in_text_order());
  EXPECT_FALSE(std::is_sorted(whole.a.mention_order.begin(), whole.a.mention_order.end()));
  std::string kept, sorted, partial;
  write_annotation_jsonl(whole.a, kept);
  Annotation copy = whole.a;
  copy.mention_order.clear();
  write_annotation_jsonl(copy, sorted);
  EXPECT_EQ(kept, sorted);
  EXPECT_NE(kept.find("\"He\""), std::string::npos);
  copy.mention_order = {0};  // covers one mention of many: sorted again
  write_annotation_jsonl(copy, partial);
  EXPECT_EQ(partial, sorted);

  Document doc;
  doc.id = "test";
  doc.text = text;
  EXPECT_TRUE(annotate_until_quotes(doc).mention_order.empty());
}

TEST(Relations, MetWithIsStoredHeadBeforeTailByName) {
  Annotated t("Vladimir Putin met Rex Tillerson.");
  EXPECT_TRUE(t.has_relation("Rex Tillerson", "MET_WITH", "Vladimir Putin"));
}

// An object relative clause with no object after its verb acts on the antecedent: a name, or
// an organisation and one noun standing for its members ("Republican leaders"); a person and a
// noun ("Trump supporters") does not stand for the person.
TEST(Relations, ObjectGapRelativeClause) {
  {
    Annotated t("Donald Trump met Republican leaders, a group he has railed against, on Monday.");
    EXPECT_TRUE(t.has_relation("Donald Trump", "CRITICIZED", "Republican Party"));
  }
  {
    Annotated t("Jane Roe thanked the Labour Party, which John Doe criticised, on Monday.");
    EXPECT_TRUE(t.has_relation("John Doe", "CRITICIZED", "Labour Party"));
    EXPECT_FALSE(t.has_relation("Jane Roe", "CRITICIZED", "Labour Party"));
  }
  {
    Annotated t("Jane Roe met Donald Trump supporters, a group John Doe has railed against, on Monday.");
    EXPECT_FALSE(t.has_relation("John Doe", "CRITICIZED", "Donald Trump"));
  }
}

// him/her right after a cue of criticism or support is its object and stands for the one
// person before it (in its sentence or the one before) who agrees in sex, the clause's
// subject aside, and whom the coreference rule `pronoun` gives; the subject must stand
// right before the cue. None it may mean: no relation; several: row 18.383's centre.
TEST(Relations, ObjectPronounStandsForTheOnePersonItMayMean) {
  const Case cases[] = {
      {"Jane Roe met Donald Trump on Monday. Hillary Clinton blasted him for not paying his staff.", "Hillary Clinton",
       "CRITICIZED", "Donald Trump", true},
      {"Jane Roe met Donald Trump on Monday. Sam Black, who endorsed her on Friday, spoke.", "Sam Black", "SUPPORTS",
       "Jane Roe", true},
      // A subject set off from the cue by a clause of its own is not read: no guess.
      {"Jane Roe met Donald Trump on Monday. John Doe, who has long backed Mr Smith, praised her.", "John Doe", "SUPPORTS",
       "Jane Roe", false},
      {"Jane Roe met Donald Trump on Monday. John Doe praised her.", "John Doe", "SUPPORTS", "Jane Roe", true},
      {"Jane Roe met Donald Trump on Monday. John Doe has strongly praised her as a leader.", "John Doe", "SUPPORTS",
       "Jane Roe", true},
      // Two men it may mean: the first named, the subject the text continues (row 18.383,
      // centred_candidate(); before it, no guess).
      {"John Smith met Donald Trump on Monday. Jane Roe praised him.", "Jane Roe", "SUPPORTS", "Donald Trump", false},
      {"John Smith met Donald Trump on Monday. Jane Roe praised him.", "Jane Roe", "SUPPORTS", "John Smith", true},
      // `her` before a noun is a possessive.
      {"Jane Roe met Donald Trump on Monday. John Doe praised her husband.", "John Doe", "SUPPORTS", "Jane Roe", false},
      // The agent is no argument right before the cue.
      {"Jane Roe met Donald Trump on Monday. John Doe and his supporters praised him.", "John Doe", "SUPPORTS",
       "Donald Trump", false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text;
  }
}

TEST(Relations, DescriptionBeforeAJudgingCueIsThePersonTheTextNamesWithIt) {
  const Case cases[] = {
      // The person the text names with the same body and noun.
      {"Republican presidential nominee Donald Trump spoke on Monday. The Republican presidential nominee praised Jane Roe.",
       "Donald Trump", "SUPPORTS", "Jane Roe", true},
      {"Republican presidential nominee Donald Trump spoke on Monday. The Republican presidential nominee praised Jane Roe.",
       "Republican Party", "SUPPORTS", "Jane Roe", false},
      {"Republican presidential nominee Donald Trump spoke on Monday. The Republican nominee has sharply criticized Jane Roe.",
       "Donald Trump", "CRITICIZED", "Jane Roe", true},
      // Nobody named with it: no relation, never the body inside it.
      {"John Smith spoke on Monday. The Republican presidential nominee praised Jane Roe.", "Republican Party", "SUPPORTS",
       "Jane Roe", false},
      {"John Smith spoke on Monday. The Republican presidential nominee praised Jane Roe.", "John Smith", "SUPPORTS",
       "Jane Roe", false},
      // No person's head (a title or a role noun): the body itself, as before.
      {"John Smith spoke on Monday. The Republican Party praised Jane Roe.", "Republican Party", "SUPPORTS", "Jane Roe", true},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Rule 18.210: a membership noun holding its own `of` (`member of`, `part of`) in a phrase
// predicated of the name before it makes that name a member of the name after it.
TEST(Relations, MembershipNounWithItsOwnOfMakesTheNameBeforeAMember) {
  const Case cases[] = {
      {"Jane Roe, a senior member of the Labour Party, spoke in Leeds on Monday.", "Jane Roe", "MEMBER_OF", "Labour Party",
       true},
      {"John Doe, who is a member of the Conservative Party, spoke in Leeds.", "John Doe", "MEMBER_OF",
       "Conservative Party", true},
      {"John Doe wants to be part of a Labour government after the election.", "John Doe", "MEMBER_OF", "Labour Party",
       true},
      {"Sweden has been a member of the European Union since 1995.", "Sweden", "MEMBER_OF", "European Union", true},
      // The name after `of` is not the member's body when it only owns the phrase's head.
      {"Jane Roe, a member of Britain's Jewish community, spoke in Leeds.", "Jane Roe", "MEMBER_OF", "United Kingdom",
       false},
      // `as part of` predicates nothing of the name before it; nor is the body a member of its member.
      {"The Labour Party wrote to John Doe as part of the European Union campaign.", "John Doe", "MEMBER_OF",
       "European Union", false},
      {"John Doe, a member of the Labour Party, spoke in Leeds.", "Labour Party", "MEMBER_OF", "John Doe", false},
      // Rule A400: a name in a clause on the body's noun is no body (a participle after the
      // noun, a relative word); a participle right after the article still qualifies the body.
      {"Jane Roe is a member of the panel investigating Labour over its loans.", "Jane Roe", "MEMBER_OF", "Labour Party",
       false},
      {"John Doe was part of a delegation visiting China last week.", "John Doe", "MEMBER_OF", "China", false},
      {"John Doe is part of the team that Sweden sent to Leeds.", "John Doe", "MEMBER_OF", "Sweden", false},
      {"Jane Roe is a member of the ruling Labour Party in Leeds.", "Jane Roe", "MEMBER_OF", "Labour Party", true},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Rule 18.211: the noun of attack between persons and parties is criticism (GUIDELINES:
// ATTACKED is force only); between states it stays force.
TEST(Relations, AttackNounBetweenPersonsAndPartiesIsCriticism) {
  const Case cases[] = {
      {"Jane Roe's recent attacks on John Doe have alarmed her supporters.", "Jane Roe", "CRITICIZED", "John Doe", true},
      {"Jane Roe's recent attacks on John Doe have alarmed her supporters.", "Jane Roe", "ATTACKED", "John Doe", false},
      {"John Doe launched a fierce attack on the Labour Party in Leeds on Monday.", "John Doe", "CRITICIZED", "Labour Party",
       true},
      {"Russia launched an attack on Ukraine on Monday.", "Russia", "ATTACKED", "Ukraine", true},
      {"Russia launched an attack on Ukraine on Monday.", "Russia", "CRITICIZED", "Ukraine", false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Rule 18.220: a seat on a body (`sits on`, `served on`) makes the subject right before
// the verb a member of the name of the noun phrase right after it.
// A post held by a verb (`chairs`, `heads`, `chaired by`, `headed by`, `, led by`) is
// ROLE_IN the body, with the verb's post as the role.
TEST(Relations, AVerbOfPostMakesTheSubjectHoldARoleInTheBody) {
  const Case cases[] = {
      {"Jane Roe, who chairs the Senate Finance Committee, spoke in Leeds.", "Jane Roe", "ROLE_IN",
       "Senate Finance Committee", true},
      {"John Doe headed the Acme Foundation from 2001 until 2009.", "John Doe", "ROLE_IN", "Acme Foundation", true},
      {"The Senate Finance Committee, chaired by Jane Roe, will vote on Monday.", "Jane Roe", "ROLE_IN",
       "Senate Finance Committee", true},
      // Not a name that only qualifies the noun after it, nor a possessor.
      {"Jane Roe heads the Labour campaign in Leeds.", "Jane Roe", "ROLE_IN", "Labour Party", false},
      {"Jane Roe chairs the Democrats' Senate fundraising arm.", "Jane Roe", "ROLE_IN", "Democratic Party", false},
      // Not a body past another preposition.
      {"John Doe headed to the Acme Foundation on Monday.", "John Doe", "ROLE_IN", "Acme Foundation", false},
      // A passive post only as a participle set off right after a body that is no country.
      {"The Acme Foundation, led by Jane Roe, will open in Leeds.", "Jane Roe", "ROLE_IN", "Acme Foundation", true},
      {"Australia, led by captain John Doe, won in Leeds on Monday.", "John Doe", "ROLE_IN", "Australia", false},
      {"The Acme Foundation was set up by a group led by Jane Roe.", "Jane Roe", "ROLE_IN", "Acme Foundation", false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
  Annotated t("Jane Roe, who chairs the Senate Finance Committee, spoke in Leeds.");
  for (const auto& x : t.a.relations) {
    if (x.type == RelationType::RoleIn) {
      EXPECT_EQ(x.role, "chair");
    }
  }
}

// Review s45-review9 (row 18.240): a verb of post takes its body as its object, not the
// name after a noun and `of` (what is headed is the noun: an investigation, a meeting, a
// delegation), unless the noun is a part of the body (`the committee of X`). Other uses of
// the verbs give nothing: a list, a direction, a progressive with a campaign, a body
// qualifying a noun, a possessor; a passive post only right after the body.
TEST(Relations, AVerbOfPostTakesItsBodyAsItsObjectNotTheNameAfterANounAndOf) {
  const Case cases[] = {
      {"Jane Roe headed the investigation of the Acme Corporation, officials said.", "Jane Roe", "ROLE_IN",
       "Acme Corporation", false},
      {"Jane Roe chaired a meeting of the Acme Corporation on Tuesday.", "Jane Roe", "ROLE_IN", "Acme Corporation", false},
      {"Jane Roe heads a delegation of the Green Party to the talks.", "Jane Roe", "ROLE_IN", "Green Party", false},
      {"Jane Roe chairs the committee of the Green Party, officials said.", "Jane Roe", "ROLE_IN", "Green Party", true},
      {"Jane Roe heads the Acme Corporation in France, the firm said.", "Jane Roe", "ROLE_IN", "Acme Corporation", true},
      {"Jane Roe heads the list of candidates at the Acme Corporation.", "Jane Roe", "ROLE_IN", "Acme Corporation", false},
      {"Jane Roe heads to Paris on Friday for talks with the Acme Corporation.", "Jane Roe", "ROLE_IN", "Acme Corporation",
       false},
      {"Jane Roe is heading the campaign for the Green Party this year.", "Jane Roe", "ROLE_IN", "Green Party", false},
      {"Jane Roe chaired a meeting of the Acme Corporation board on Tuesday.", "Jane Roe", "ROLE_IN", "Acme Corporation",
       false},
      {"Jane Roe headed the Acme Corporation's bid, officials said.", "Jane Roe", "ROLE_IN", "Acme Corporation", false},
      {"The Acme Corporation, headed by Jane Roe since 2010, said profits had fallen.", "Jane Roe", "ROLE_IN",
       "Acme Corporation", true},
      {"A team headed by Jane Roe at the Acme Corporation found the fault.", "Jane Roe", "ROLE_IN", "Acme Corporation",
       false},
      {"The Acme Corporation's board, chaired by Jane Roe, met on Monday.", "Jane Roe", "ROLE_IN", "Acme Corporation",
       false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
  Annotated t("The Green Party, led by Jane Roe, won four seats.");
  ASSERT_TRUE(t.has_relation("Jane Roe", "ROLE_IN", "Green Party"));
  for (const auto& x : t.a.relations) {
    if (x.type == RelationType::RoleIn) {
      EXPECT_EQ(x.role, "leader");
    }
  }
}

// A verb of post whose object is followed by a preposition and where a ball went is a
// football header (header_directions, row 18.250), no post; a place after the body is none.
TEST(Relations, AHeaderVerbFollowedByADirectionIsNoPost) {
  const Case cases[] = {
      {"John Doe headed Arsenal in front before half-time.", "John Doe", "ROLE_IN", "Arsenal", false},
      {"Jane Roe headed Everton into the lead after ten minutes.", "Jane Roe", "ROLE_IN", "Everton", false},
      {"John Doe headed Arsenal level after the break.", "John Doe", "ROLE_IN", "Arsenal", false},
      {"Jane Roe heads the Acme Corporation in France, the firm said.", "Jane Roe", "ROLE_IN", "Acme Corporation", true},
      {"Jane Roe headed the Acme Corporation into profit last year.", "Jane Roe", "ROLE_IN", "Acme Corporation", true},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text;
  }
}

// A support or praise noun (cue_nouns `support`, `backing`, `praise`) reaches the one it
// backs through `for` as through `of` (target_prepositions, row 18.251); its agent is the
// name that modifies it; no agent, no edge; `support of` after no agent names the giver.
TEST(Relations, ASupportNounReachesItsTargetThroughFor) {
  const Case cases[] = {
      {"The Acme Corporation's support for Jane Roe has never wavered.", "Acme Corporation", "SUPPORTS", "Jane Roe", true},
      {"Jane Roe's praise for John Doe surprised the Green Party.", "Jane Roe", "SUPPORTS", "John Doe", true},
      {"The Green Party renewed its backing of John Doe on Monday.", "Green Party", "SUPPORTS", "John Doe", true},
      {"Jane Roe won with the support of the Green Party.", "Jane Roe", "SUPPORTS", "Green Party", false},
      {"Support for John Doe fell in the Acme Corporation poll.", "Acme Corporation", "SUPPORTS", "John Doe", false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

TEST(Relations, ASeatOnABodyMakesTheSubjectAMember) {
  const Case cases[] = {
      {"Jane Roe, who sits on the Senate Finance Committee, spoke in Leeds.", "Jane Roe", "MEMBER_OF",
       "Senate Finance Committee", true},
      {"John Doe served on the Greater London Council before 1987.", "John Doe", "MEMBER_OF", "Greater London Council", true},
      {"Jane Roe, 56, who has served on the Senate Finance Committee for a decade, spoke.", "Jane Roe", "MEMBER_OF",
       "Senate Finance Committee", true},
      {"Jane Roe also sits on the board of the Acme Foundation in Leeds.", "Jane Roe", "MEMBER_OF", "Acme Foundation", true},
      // Not a name qualifying a noun before the relative clause.
      {"Jane Roe, a former Obama administration official who sits on the Acme Foundation board, spoke.", "Barack Obama",
       "MEMBER_OF", "Acme Foundation", false},
      // Not a name past another preposition, nor one qualifying the next name.
      {"John Doe sat on the fence about the Labour Party for a year.", "John Doe", "MEMBER_OF", "Labour Party", false},
      {"John Doe serves on the Republican Jewish Coalition in Ohio.", "John Doe", "MEMBER_OF", "Republican Party", false},
  };
  for (const auto& c : cases) {
    Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 23.225: the argument lists beyond a shorter document's sentences wait for a longer
// one and come back emptied: a third document, as long as the first, whose third sentence
// has a meeting verb and no names, gets no relation from the names the first document's
// third sentence held (the line is a fresh thread's).
TEST(Relations, ArgumentListsBeyondAShorterDocumentComeBackEmpty) {
  const std::string first =
      "Odile Varenne met Tomas Berg in Lund. Ilse Brandt praised Jonas Weber. "
      "Amina Rahal criticized Carla Moreno. Ines Duarte met Pieter Vos in Malmo.";
  const std::string shorter = "Carla Moreno spoke on Monday.";
  const std::string third = "The delegation arrived on Monday. The talks ended early. The ministers met the press. Nobody stayed.";
  const auto line = [](const Annotated& t) {
    std::string out;
    write_annotation_jsonl(t.a, out);
    return out;
  };
  std::string fresh;
  std::thread([&] { fresh = line(Annotated(third)); }).join();  // a thread with nothing kept
  std::thread([&] {
    const Annotated one(first);
    EXPECT_TRUE(one.has_relation("Amina Rahal", "CRITICIZED", "Carla Moreno"));
    const Annotated two(shorter);
    const Annotated three(third);
    EXPECT_TRUE(three.a.relations.empty());
    EXPECT_EQ(line(three), fresh);
  }).join();
}

// Row 18.340: a country's possessive before a person the gazetteer knows in an office of
// that country states the post (rule country-possessive-name), with the gazetteer's title;
// not a nationality (a person with no office there), nor another country's possessive.
TEST(Relations, CountryPossessiveBeforeKnownOfficeHolder) {
  const Annotated t("Germany's Angela Merkel opened the fair in Tarnburg on Monday.");
  EXPECT_TRUE(t.has_relation("Angela Merkel", "ROLE_IN", "Germany"));
  const auto it = std::find_if(t.a.relations.begin(), t.a.relations.end(),
                               [](const Relation& r) { return r.rule == "country-possessive-name"; });
  ASSERT_NE(it, t.a.relations.end());
  EXPECT_EQ(it->role, "Chancellor");
  const Case cases[] = {
      {"Germany's Tomas Brandvik won the final in Tarnburg on Monday.", "Tomas Brandvik", "ROLE_IN", "Germany", false},
      {"France's Angela Merkel opened the fair in Tarnburg.", "Angela Merkel", "ROLE_IN", "France", false},
  };
  for (const auto& c : cases) {
    const Annotated u(c.text);
    EXPECT_EQ(u.has_relation(c.head, c.type, c.tail), c.expected) << c.text;
  }
}

// Row 18.341: a nominative pronoun resolved to a person, subject of a predicate nominal,
// states the person's post wherever its clause opens (rule pronoun-predicate-post); not when
// the sentence names another person before the pronoun, nor a bare indefinite post.
TEST(Relations, ResolvedPronounPredicatePost) {
  const Case cases[] = {
      {"Jane Roe visited Tarnburg on Monday. She met voters there while she was chairman of Acme Holdings.", "Jane Roe",
       "ROLE_IN", "Acme Holdings", true},
      {"Tom Smith spoke in Oslo on Monday. He said Norway had changed since he was prime minister.", "Tom Smith", "ROLE_IN",
       "Norway", true},
      {"Jane Roe spoke in Oslo on Monday. Tom Smith's plan was drawn up while she was chairman of Acme Holdings.",
       "Jane Roe", "ROLE_IN", "Acme Holdings", false},
      {"Tom Smith spoke in Oslo about Norway on Monday. He is a president.", "Tom Smith", "ROLE_IN", "Norway", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text;
  }
}

// Row 18.334: cue phrases of relation_cues.json (a stated support, taking issue, air
// strikes): `expressed his support for`, `came out in support of`, `took issue with`,
// `air strikes against`.
TEST(Relations, StatedSupportIssueAndAirStrikeCues) {
  const Case cases[] = {
      {"Senator Tom Smith and Governor Jack Doe met voters. Senator Tom Smith expressed his support for Governor Jack Doe on "
       "Monday.",
       "Tom Smith", "SUPPORTS", "Jack Doe", true},
      {"Senator Tom Smith and Governor Jack Doe met voters. Senator Tom Smith came out in support of Governor Jack Doe.",
       "Tom Smith", "SUPPORTS", "Jack Doe", true},
      {"Senator Tom Smith and Governor Jack Doe met voters. Senator Tom Smith took issue with Governor Jack Doe.", "Tom Smith",
       "CRITICIZED", "Jack Doe", true},
      {"France and Germany spoke on Monday. France launched air strikes against Germany on Tuesday.", "France", "ATTACKED",
       "Germany", true},
      {"Senator Tom Smith and Governor Jack Doe met voters. Senator Tom Smith never expressed his support for Governor Jack Doe.",
       "Tom Smith", "SUPPORTS", "Jack Doe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.335: a person urged by name to leave a post (word lists exhortation_verbs,
// resignation_verbs) is criticised by the subject of the call; not a country urged to quit a
// pact, nor a call that is negated.
TEST(Relations, CallOnAPersonToResignIsCriticism) {
  const Case cases[] = {
      {"Senator Jane Roe and Governor Jack Doe spoke. Senator Jane Roe called on Mr Doe to resign.", "Jane Roe", "CRITICIZED",
       "Jack Doe", true},
      {"Senator Jane Roe and Governor Jack Doe spoke. Senator Jane Roe has repeatedly urged Governor Jack Doe to step down.",
       "Jane Roe", "CRITICIZED", "Jack Doe", true},
      {"Senator Jane Roe and Governor Jack Doe spoke. Senator Jane Roe did not urge Governor Jack Doe to step down.", "Jane Roe",
       "CRITICIZED", "Jack Doe", false},
      {"Senator Jane Roe spoke in Paris. Senator Jane Roe urged France to quit the pact.", "Jane Roe", "CRITICIZED", "France",
       false},
      {"Senator Jane Roe and Governor Jack Doe spoke. Senator Jane Roe urged Governor Jack Doe to stay.", "Jane Roe",
       "CRITICIZED", "Jack Doe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.336: a cue whose preposition opens its relative clause (`with which X is aligned`,
// `with whom X sided`) takes the antecedent as its object.
TEST(Relations, FrontedPrepositionTakesTheAntecedent) {
  const Case cases[] = {
      {"Senator Tom Smith spoke in Paris. He praised the French government, with which Russia is aligned.", "Russia", "SUPPORTS",
       "France", true},
      {"Senator Tom Smith and Governor Jack Doe spoke. It was Governor Jack Doe, with whom Senator Tom Smith sided.", "Tom Smith",
       "SUPPORTS", "Jack Doe", true},
      {"Senator Tom Smith and Governor Jack Doe spoke. It was Governor Jack Doe, with whom Senator Tom Smith never sided.",
       "Tom Smith", "SUPPORTS", "Jack Doe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.337: a passive cue in a relative clause whose antecedent is a named owner's plan
// is aimed at the owner; not at a name inside the plan's complement.
TEST(Relations, PassiveRelativeOnANamedPlanReachesItsOwner) {
  const Case cases[] = {
      {"Senator Jane Roe and Governor Jack Doe spoke. Mr Doe's plan to cut taxes, which was criticised by Senator Jane Roe, "
       "failed.",
       "Jane Roe", "CRITICIZED", "Jack Doe", true},
      {"Senator Jane Roe and Governor Jack Doe spoke. Mr Doe's plan to cut taxes, which is backed by Senator Jane Roe, passed.",
       "Jane Roe", "SUPPORTS", "Jack Doe", true},
      {"Senator Jane Roe and Governor Jack Doe spoke. Mr Doe's plan to help Tom Smith, which was criticised by Senator Jane "
       "Roe, failed.",
       "Jane Roe", "CRITICIZED", "Jack Doe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.338: an unnamed plan modified by a noun of the state (`the government plans`)
// is the state's, the one country the document names; not the last named owner's plans
// before it.
TEST(Relations, GovernmentPlansAreTheStates) {
  const Case cases[] = {
      {"Tom Smith's plans for France were shelved. The Tarn Party backed the government plans on Monday.", "Tarn Party",
       "SUPPORTS", "Tom Smith", false},
      {"Tom Smith's plans for France were shelved. The Tarn Party backed the government plans on Monday.", "Tarn Party",
       "SUPPORTS", "France", true},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.352: a possessive determiner and a post title after an active cue of support or
// criticism stand for the holder of that post; not the opposition's shadow holder, not
// when a name follows the title (the name is the object), not when the subject is not the
// argument right before the cue.
TEST(Relations, PossessedTitleAfterACueIsItsHolder) {
  const Case cases[] = {
      {"Prime Minister Tom Smith visited Leeds. Chancellor Jane Roe spoke too. Mr Smith praised his chancellor for the budget.",
       "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"Prime Minister Tom Smith visited Leeds. Chancellor Jane Roe spoke too. Mr Smith hailed his chancellor's budget.",
       "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"Prime Minister Tom Smith visited Leeds. Shadow Chancellor Jack Doe spoke. Mr Smith praised his chancellor.",
       "Tom Smith", "SUPPORTS", "Jack Doe", false},
      {"Prime Minister Tom Smith visited Leeds. Chancellor Jane Roe spoke too. Mr Smith praised his chancellor Jack Doe.",
       "Tom Smith", "SUPPORTS", "Jane Roe", false},
      {"Prime Minister Tom Smith visited Leeds. Chancellor Jane Roe spoke too. At a Tarn Party launch, the premier hailed "
       "his chancellor's budget.",
       "Tarn Party", "SUPPORTS", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.353: a conduct that opens with its verb (`made a very good point`) judges the
// subject in a quote as one opened by its auxiliary does; a negator before it cancels it.
TEST(Relations, AQuotedPointMadeByANamedPersonIsSupport) {
  const Case cases[] = {
      {"\"Jane Roe made a very fair point on tax,\" said Tom Smith.", "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"Tom Smith said Jane Roe makes a valid point about the budget.", "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"\"I don't believe Jane Roe made a fair point on tax,\" said Tom Smith.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.354: `it` after an active cue of criticism and before `of`/`for` stands for the
// organisation named last between the subject and the cue; not a thing defended, not a
// body qualifying the subject.
TEST(Relations, BodyPronounAccusedOfAnActIsTheBodyNamedBefore) {
  const Case cases[] = {
      {"Tom Smith quit the Tarn Party and accused it of betraying voters.", "Tom Smith", "CRITICIZED", "Tarn Party", true},
      {"Jane Roe took Acme Corp to court, accusing it of fraud.", "Jane Roe", "CRITICIZED", "Acme Corp", true},
      {"Jane Roe restored the Acme Hall and defended it for years.", "Jane Roe", "SUPPORTS", "Acme Hall", false},
      {"Tarn Party candidate Tom Smith accused it of cynicism.", "Tom Smith", "CRITICIZED", "Tarn Party", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.355: reported words that a named person could face charges or should be
// prosecuted accuse that person (relation_cues.json CRITICIZED evaluation, opened by its
// modal); the possessor before a named person qualifies the person; a conduct set as a
// condition judges no one.
TEST(Relations, QuotedChargesAgainstANamedPersonAreCriticism) {
  const Case cases[] = {
      {"Tom Smith warned that Tarnland's Jack Doe could face war crime charges over the raids.", "Tom Smith", "CRITICIZED",
       "Jack Doe", true},
      {"Tom Smith warned that Tarnland's Jack Doe could face war crime charges over the raids.", "Tom Smith", "CRITICIZED",
       "Tarnland", false},
      {"Tom Smith said Jack Doe should be prosecuted.", "Tom Smith", "CRITICIZED", "Jack Doe", true},
      {"Tom Smith said if Jack Doe had committed crimes he should be prosecuted.", "Tom Smith", "CRITICIZED", "Jack Doe",
       false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.382: a job said to be done well or badly judges the one who did it
// (relation_cues.json SUPPORTS / CRITICIZED evaluation `did|done|doing|does a (very) ... job`):
// after an auxiliary, opened by its verb, or as a present participle after the copula; a
// negator before it cancels it, and a participle with no copula (`to keep doing`) is no
// finite conduct.
TEST(Relations, AJobDoneWellOrBadlyJudgesTheOneWhoDidIt) {
  const Case cases[] = {
      {"\"Jane Roe has done a brilliant job,\" Tom Smith said.", "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"Tom Smith said Jane Roe was doing a very good job.", "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"\"Jack Doe is doing a terrible job,\" said Tom Smith.", "Tom Smith", "CRITICIZED", "Jack Doe", true},
      {"Tom Smith said the Tarn Party had done a terrible job on housing.", "Tom Smith", "CRITICIZED", "Tarn Party", true},
      {"\"I don't think Jane Roe is doing a good job,\" said Tom Smith.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
      {"\"Jane Roe hasn't done a good job,\" said Tom Smith.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
      {"Tom Smith said the Tarn Party needs Jane Roe to keep doing a good job.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
      {"Tom Smith said Jane Roe must do a better job of guarding the data.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.383: an object pronoun of a cue of criticism or support that several people may
// stand for is the one a judgement before it was aimed at (parallel), failing that the
// first person of its sex named before it (the subject, the centre the text continues),
// never a possessor; a `her` before a noun is a possessive and is left alone.
TEST(Relations, AnAmbiguousObjectPronounOfAJudgementIsItsCentre) {
  const Case cases[] = {
      {"Jane Roe had criticised Mayor Tom Smith for a budget he inherited from her husband, Jack Roe. But she praised him "
       "for approving the new roads.",
       "Jane Roe", "SUPPORTS", "Tom Smith", true},
      {"Jane Roe had criticised Mayor Tom Smith for a budget he inherited from her husband, Jack Roe. But she praised him "
       "for approving the new roads.",
       "Jane Roe", "SUPPORTS", "Jack Roe", false},
      {"Tom Doe's rival, Jack Smith, went to Halvern and Mayor Tom Brown embraced him.", "Tom Brown", "SUPPORTS",
       "Jack Smith", true},
      {"Tom Doe's rival, Jack Smith, went to Halvern and Mayor Tom Brown embraced him.", "Tom Brown", "SUPPORTS",
       "Tom Doe", false},
      {"Kate Doe beat Mary Poe in the final. Jane Roe says she will defend her 500 metres title.", "Jane Roe", "SUPPORTS",
       "Kate Doe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.384: a cue of criticism or support inside a direct quote whose subject is `I` or
// `we` is the speaker's own act on the name right after it; negated, hedged or with another
// subject it is none (a claim, read by judgements()).
TEST(Relations, AFirstPersonCueInADirectQuoteIsTheSpeakersAct) {
  const Case cases[] = {
      {"\"I strongly condemn Jane Roe for her remarks,\" Tom Smith said.", "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"The Tarn Party said: \"We have always backed Mayor Jane Roe and we will go on doing so.\"", "Tarn Party",
       "SUPPORTS", "Jane Roe", true},
      {"Tom Smith said: \"We have always backed Mayor Jane Roe and we will go on doing so.\"", "Tom Smith", "SUPPORTS",
       "Jane Roe", false},
      {"\"I back the Tarn Party nominee,\" said Jane Roe.", "Jane Roe", "SUPPORTS", "Tarn Party", false},
      {"\"I fully support the Tarn Party,\" said Jane Roe.", "Jane Roe", "SUPPORTS", "Tarn Party", true},
      {"\"I do not support Jane Roe,\" Tom Smith said.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
      {"\"I might back Jane Roe in the spring,\" Tom Smith said.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
      {"\"Jack Doe condemned Jane Roe on Monday,\" Tom Smith said.", "Tom Smith", "CRITICIZED", "Jane Roe", false},
      {"\"I support the plan that Jane Roe drew up,\" Tom Smith said.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.385: agreement negated by its auxiliary or `never` is disagreement (relation_cues.json
// CRITICIZED active `do|does|did not agree with`, `don't|doesn't|didn't agree with`, `never
// agreed|agrees with`), as `disagree with` is; the SUPPORTS `agree with` it holds is negated.
TEST(Relations, AgreementNegatedByItsAuxiliaryIsDisagreement) {
  const Case cases[] = {
      {"Tom Smith said he did not agree with Jane Roe on taxes.", "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Tom Smith said he did not agree with Jane Roe on taxes.", "Tom Smith", "SUPPORTS", "Jane Roe", false},
      {"\"I don't agree with the Tarn Party,\" said Jane Roe.", "Jane Roe", "CRITICIZED", "Tarn Party", true},
      {"Jack Doe never agreed with Jane Roe about the budget.", "Jack Doe", "CRITICIZED", "Jane Roe", true},
      {"Tom Smith said he agreed with Jane Roe on taxes.", "Tom Smith", "CRITICIZED", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.418: criticism cue phrases of relation_cues.json's last CRITICIZED active entry:
// `ripped X` (the American headline verb; `ripped up`, `ripped off`, `ripped through` take no
// name after the verb), `called out X`, `spoke out against X`, `heaped scorn on X`, `took
// several swipes at X`, `pushed back against X's attack`.
TEST(Relations, RippedCalledOutAndSpokeOutAgainstAreCriticism) {
  const Case cases[] = {
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith ripped Governor Jane Roe over the budget.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith called out Governor Jane Roe for her remarks.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith has spoken out against Governor Jane Roe's plan.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith heaped scorn on Governor Jane Roe.", "Tom Smith",
       "CRITICIZED", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith took several swipes at Governor Jane Roe.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith pushed back against Governor Jane Roe's attack.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith ripped up the budget beside Governor Jane Roe.",
       "Tom Smith", "CRITICIZED", "Jane Roe", false},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith did not call out Governor Jane Roe.", "Tom Smith",
       "CRITICIZED", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.419: support cue phrases of relation_cues.json's last SUPPORTS active entry:
// campaigning in person for someone (`stumped for X`, beside `campaigned for`), lending one's
// support or backing (`lent support to`, `lent his backing to`), and the other verbs of `came
// to the defence of` (`rose|rushed|leapt|jumped to the defense of`, `comes to the defence of`).
TEST(Relations, StumpingForAndRisingToTheDefenceOfAreSupport) {
  const Case cases[] = {
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith stumped for Governor Jane Roe in Kestby.",
       "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith lent his backing to Governor Jane Roe.",
       "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith rose to the defense of Governor Jane Roe.",
       "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"Senator Tom Smith and the Acme Corp met voters. Senator Tom Smith rushed to the defence of the Acme Corp on Monday.",
       "Tom Smith", "SUPPORTS", "Acme Corp", true},
      {"Senator Tom Smith and Governor Jane Roe met voters. Senator Tom Smith never stumped for Governor Jane Roe.",
       "Tom Smith", "SUPPORTS", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.420: a bracketed aside closing right before the cue (a party letter, an acronym),
// or before `has`/`also`, is no subject: the name before the opening bracket is. Not past a
// coordinator (`X (R-Ky.) and Y`), and the argument inside the brackets stays when it is no
// subject of the cue.
TEST(Relations, ABracketedAsideBeforeTheCueIsNoSubject) {
  const Case cases[] = {
      {"Senators met voters on Monday in the capital. Sen. Tom Smith (R-Ky.) criticized Jane Roe for her remarks.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Senators met voters on Monday in the capital. Sen. Tom Smith (R-Ky.) has also criticized Jane Roe for her remarks.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"Senators met voters on Monday in the capital. The Acme Corp (ACM) has backed Jane Roe in the race for mayor.",
       "Acme Corp", "SUPPORTS", "Jane Roe", true},
      {"Senators met voters on Monday in the capital. The Acme Corp (ACM) has backed Jane Roe in the race for mayor.", "ACM",
       "SUPPORTS", "Jane Roe", false},
      {"Senators met voters on Monday in the capital. Tom Smith praised the Acme Corp (ACM) and Jane Roe on Monday.",
       "Tom Smith", "SUPPORTS", "Acme Corp", true},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.421: a meeting verb with an adverb before its `with` (relation_cues.json's last
// MET_WITH active entry: `met privately with`, `has met previously with`, `meets regularly
// with`) and `sit down with` beside `sat down with`; negated, nothing.
TEST(Relations, AnAdverbBetweenMetAndWithKeepsTheMeeting) {
  const Case cases[] = {
      {"The council spoke on Monday. Mayor Tom Smith met privately with Governor Jane Roe for an hour on Monday.", "Jane Roe",
       "MET_WITH", "Tom Smith", true},
      {"The council spoke on Monday. Mayor Tom Smith has met previously with Governor Jane Roe, aides said.", "Jane Roe",
       "MET_WITH", "Tom Smith", true},
      {"The council spoke on Monday. Mayor Tom Smith will sit down with Governor Jane Roe on Monday.", "Jane Roe", "MET_WITH",
       "Tom Smith", true},
      {"The council spoke on Monday. Mayor Tom Smith never met privately with Governor Jane Roe, aides said.", "Jane Roe",
       "MET_WITH", "Tom Smith", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}

// Row 18.422: a relative clause on an indefinite apposition of a name (`X, a Tarnland
// Republican who has criticized Y`, `X, an Acme Corp lobbyist who backed Y`) is said of the
// name, not of a name inside the apposition; not past `of` (`a friend of Jack Doe who`).
TEST(Relations, ARelativeClauseOnAnAppositionIsSaidOfTheName) {
  const Case cases[] = {
      {"The council spoke on Monday. Senator Tom Smith, a Tarnland Republican who has criticized Governor Jane Roe, said the "
       "plan was late.",
       "Tom Smith", "CRITICIZED", "Jane Roe", true},
      {"The council spoke on Monday. Senator Tom Smith, a Tarnland Republican who has criticized Governor Jane Roe, said the "
       "plan was late.",
       "Republican Party", "CRITICIZED", "Jane Roe", false},
      {"The council spoke on Monday. Senator Tom Smith, an Acme Corp lobbyist who backed Governor Jane Roe, said the plan was "
       "late.",
       "Tom Smith", "SUPPORTS", "Jane Roe", true},
      {"The council spoke on Monday. Tom Smith, a friend of Jack Doe who has criticized Governor Jane Roe, said the plan was "
       "late.",
       "Tom Smith", "CRITICIZED", "Jane Roe", false},
  };
  for (const auto& c : cases) {
    const Annotated t(c.text);
    EXPECT_EQ(t.has_relation(c.head, c.type, c.tail), c.expected) << c.text << " " << c.head;
  }
}
