// The coreference stage and its Resolver, run from their input: the annotation after
// entities (and roles, quotes where the stage needs them).
#include "gazette/coreference.hpp"
#include "gazette/entities.hpp"
#include "gazette/quotes.hpp"
#include "gazette/roles.hpp"

#include "pipeline_fixture.hpp"

#include <algorithm>

using namespace gazette;

namespace {

// The document annotated up to entities, then roles: the input of quotes and coreference.
struct UpToRoles {
  Document doc;
  Annotation a;
  explicit UpToRoles(std::string text) {
    static const std::unique_ptr<Pipeline> p = [] {
      Diagnostics diag;
      PipelineOptions o;
      o.until = Stage::Entities;
      return std::make_unique<Pipeline>(o, diag);
    }();
    doc.id = "test";
    doc.text = std::move(text);
    a = p->annotate(doc);
    find_roles(a, gazette::testing::pipeline().lexicons());
  }
  const Lexicons& lex() const { return gazette::testing::pipeline().lexicons(); }
  std::string name(std::int32_t e) const { return e < 0 ? "(none)" : a.entities[static_cast<std::size_t>(e)].canonical; }
  std::size_t token(std::string_view word, std::size_t from = 0) const {
    for (std::size_t k = from; k < a.tokens.size(); ++k)
      if (a.tokens[k].norm == word) return k;
    ADD_FAILURE() << "no token " << word;
    return 0;
  }
};

}  // namespace

TEST(Coreference, PronounIsTheSubjectOfAnEarlierSentence) {
  UpToRoles t("Sergei Lavrov met Rex Tillerson on Monday. Later he flew home.");
  Resolver r(t.a, t.lex());
  EXPECT_EQ(t.name(r.pronoun(t.token("he"))), "Sergei Lavrov");
}

TEST(Coreference, NounPhrasesByRule) {
  UpToRoles t("Russian Foreign Minister Sergei Lavrov arrived. The Russian foreign minister spoke. "
              "Russian officials left.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t the = t.token("The");
  EXPECT_EQ(t.name(r.noun_phrase(the, the + 4, from, mention)), "Sergei Lavrov");
  EXPECT_EQ(from, "The Russian foreign minister");
  EXPECT_EQ(r.last_from().rule, "role-phrase");
  from.clear();
  const std::size_t officials = t.token("officials");
  EXPECT_EQ(t.name(r.noun_phrase(officials - 1, officials + 1, from, mention)), "Russia");
  EXPECT_EQ(r.last_from().rule, "official-of-country");
}

TEST(Coreference, SameOfficeReadsTheWordLists) {
  const Lexicons& lex = gazette::testing::pipeline().lexicons();
  EXPECT_TRUE(same_office(lex, "Secretary of State", "top diplomat"));
  EXPECT_TRUE(same_office(lex, "Prime Minister", "leader"));
  EXPECT_TRUE(same_office(lex, "Foreign Minister", "minister"));
  EXPECT_FALSE(same_office(lex, "President", "top diplomat"));
}

TEST(Coreference, StageAppendsResolvedPronounsWithoutReordering) {
  UpToRoles t("Rex Tillerson arrived in Moscow on Tuesday.\n\n\"It is a low point,\" he said.");
  const std::vector<Mention> before = t.a.mentions;
  resolve_coreference(t.a, t.lex());
  ASSERT_EQ(t.a.mentions.size(), before.size() + 1);
  for (std::size_t k = 0; k < before.size(); ++k) EXPECT_EQ(t.a.mentions[k].span, before[k].span);  // only appended
  const Mention& he = t.a.mentions.back();
  EXPECT_EQ(t.a.text(he.span), "he");
  EXPECT_EQ(he.resolved_from, "he");
  EXPECT_EQ(he.coreference_rule, "pronoun");
  ASSERT_GE(he.antecedent, 0);
  EXPECT_EQ(t.a.text(t.a.mentions[static_cast<std::size_t>(he.antecedent)].span), "Rex Tillerson");
  EXPECT_EQ(t.name(he.entity), "Rex Tillerson");
  const Entity& e = t.a.entities[static_cast<std::size_t>(he.entity)];
  EXPECT_EQ(e.mentions.back(), t.a.mentions.size() - 1);
  EXPECT_EQ(t.a.mentions_in_text_order().back(), t.a.mentions.size() - 1);
}

TEST(Roles, FactsLiveInTheAnnotation) {
  UpToRoles t("Secretary of State Rex Tillerson met Jim Mattis, the secretary of defense.");
  ASSERT_GE(t.a.roles.size(), 2u);
  EXPECT_EQ(t.name(t.a.roles[0].person), "Rex Tillerson");
  EXPECT_EQ(t.a.roles[0].of_name, "United States");
  EXPECT_EQ(t.a.roles[0].rule, "title-before-name");
  bool apposition = false;
  for (const auto& r : t.a.roles) apposition |= r.rule == "apposition" && t.name(r.person) == "James Mattis";
  EXPECT_TRUE(apposition);
}

TEST(Roles, RolePhrasesAreFoundOnceAndKeptInTheAnnotation) {
  // The roles stage keeps find_role_phrases()' result; coreference and relation arguments
  // read Annotation::role_phrases instead of finding them again.
  UpToRoles t("Secretary of State Rex Tillerson arrived in Moscow on Monday. The US Secretary of State met reporters.");
  ASSERT_EQ(t.a.role_phrases.size(), 1u);
  const RolePhrase& rp = t.a.role_phrases.front();
  EXPECT_EQ(t.name(rp.person), "Rex Tillerson");
  EXPECT_EQ(rp.first, t.token("The"));
  EXPECT_EQ(t.a.tokens[rp.end - 1].norm, "State");
  const auto again = find_role_phrases(t.a, t.lex());
  ASSERT_EQ(again.size(), 1u);
  EXPECT_EQ(again.front().first, rp.first);
  EXPECT_EQ(again.front().end, rp.end);
  // No qualified, definite phrase: none kept.
  UpToRoles bare("Secretary of State Rex Tillerson arrived in Moscow on Monday. A secretary met reporters.");
  EXPECT_TRUE(bare.a.role_phrases.empty());
}

TEST(Coreference, PronounsAgreeInSexWithTheirAntecedent) {
  // The nearest subject is a woman (given name): `he` passes over her to the man.
  UpToRoles t("John Doe arrived in Leeds on Monday. Mary Roe opened the meeting. He said the plan would work.");
  Resolver r(t.a, t.lex());
  EXPECT_EQ(t.name(r.pronoun(t.token("He"))), "John Doe");
  // An honorific decides where the name gives no sex.
  UpToRoles u("Mrs Kettleworth chaired the board. Mr Abernathy spoke next. She said the plan would work.");
  Resolver r2(u.a, u.lex());
  const std::int32_t kettleworth = u.a.mentions[static_cast<std::size_t>(r2.mention_cover[u.token("Kettleworth")])].entity;
  const std::int32_t abernathy = u.a.mentions[static_cast<std::size_t>(r2.mention_cover[u.token("Abernathy")])].entity;
  EXPECT_EQ(r2.sex_of(kettleworth), Sex::Female);
  EXPECT_EQ(r2.sex_of(abernathy), Sex::Male);
  EXPECT_EQ(r2.pronoun(u.token("She")), kettleworth);
  // A name given to both sexes leaves the sex unknown, which agrees with either pronoun.
  UpToRoles w("Mary Roe left. Robin Smith spoke next. He said the plan would work.");
  Resolver r3(w.a, w.lex());
  EXPECT_EQ(w.name(r3.pronoun(w.token("He"))), "Robin Smith");
}

namespace {

// The references the coreference stage appended (resolved mentions), in order.
std::vector<const Mention*> references(const Annotation& a) {
  std::vector<const Mention*> out;
  for (const auto& m : a.mentions)
    if (!m.resolved_from.empty()) out.push_back(&m);
  return out;
}

}  // namespace

TEST(CoreferenceStage, RolePhraseAndAPronounThroughIt) {
  UpToRoles t("Secretary of State Margaret Ellison met Russian Foreign Minister Ivan Petrov in Geneva on Monday. "
              "Ellison said the talks were useful. The Russian foreign minister left early. He did not speak to reporters.");
  resolve_coreference(t.a, t.lex());
  const auto refs = references(t.a);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(t.a.text(refs[0]->span), "The Russian foreign minister");
  EXPECT_EQ(refs[0]->coreference_rule, "role-phrase");
  EXPECT_EQ(t.name(refs[0]->entity), "Ivan Petrov");
  EXPECT_EQ(t.a.text(refs[1]->span), "He");
  EXPECT_EQ(refs[1]->coreference_rule, "pronoun");
  EXPECT_EQ(t.name(refs[1]->entity), "Ivan Petrov");
  // The pronoun's antecedent is the role phrase it went through.
  ASSERT_GE(refs[1]->antecedent, 0);
  EXPECT_EQ(&t.a.mentions[static_cast<std::size_t>(refs[1]->antecedent)], refs[0]);
  EXPECT_EQ(refs[0]->source.rule, "coreference");
}

TEST(CoreferenceStage, TheSpeakerOfAQuotationIsReadFromItsSpeechVerbBeforeQuotes) {
  // No quotes yet: "said Ms Ellison" after the quotation offers her to `She`; `it` before
  // a speech verb is the organisation that opened the sentence before.
  UpToRoles t("Peter Hartley met Margaret Ellison in Leeds.\n\n\"We will win,\" said Ms Ellison. She added that the vote "
              "would be close. The Labour Party is angry. \"It is a bad day,\" it said.");
  ASSERT_TRUE(t.a.quotes.empty());
  resolve_coreference(t.a, t.lex());
  const auto refs = references(t.a);
  ASSERT_EQ(refs.size(), 2u);  // "It" inside the quotation marks is not resolved
  EXPECT_EQ(t.a.text(refs[0]->span), "She");
  EXPECT_EQ(t.name(refs[0]->entity), "Margaret Ellison");
  ASSERT_GE(refs[0]->antecedent, 0);
  EXPECT_EQ(t.a.text(t.a.mentions[static_cast<std::size_t>(refs[0]->antecedent)].span), "Ellison");
  EXPECT_EQ(t.a.text(refs[1]->span), "it");
  EXPECT_EQ(refs[1]->coreference_rule, "pronoun");
  EXPECT_EQ(t.name(refs[1]->entity), "Labour Party");
  // The quotes stage then looks the speakers up: `it said` is the Labour Party's.
  extract_quotes(t.a, t.lex());
  ASSERT_FALSE(t.a.quotes.empty());
  EXPECT_EQ(t.name(t.a.quotes.back().speaker), "Labour Party");
  EXPECT_EQ(t.a.quotes.back().speaker_from, "it");
  EXPECT_EQ(t.a.quotes.back().speaker_rule, "pronoun");
}

TEST(CoreferenceStage, LookupModeReturnsWhatTheStageResolved) {
  UpToRoles t("Peter Hartley opened the session. Margaret Ellison spoke next. He left early.");
  const std::size_t he = t.token("He");
  Resolver before(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(before.pronoun(he), -1);  // nothing resolved yet: unknown, never guessed
  resolve_coreference(t.a, t.lex());
  Resolver after(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(t.name(after.pronoun(he)), "Peter Hartley");
}

TEST(CoreferenceStage, TheSubjectIsNoPredicateAndAnHonorificIsNoRole) {
  // `The picture only showed Mr Abernathy`: a predicate and its object, no pre-modified
  // subject; the pronoun goes back to the person who spoke before.
  UpToRoles t("Campaign spokesman Peter Hartley said the leaflet had been misread. The picture only showed "
              "Mr Abernathy as a magician, he argued.");
  resolve_coreference(t.a, t.lex());
  const auto refs = references(t.a);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(t.name(refs[0]->entity), "Peter Hartley");
  // `Hartley met Mr Abernathy`: the honorific is part of the object's name, not a role
  // that makes Abernathy the head of the subject phrase.
  UpToRoles u("Peter Hartley met Mr Abernathy on Monday. He argued that the plan was bad.");
  resolve_coreference(u.a, u.lex());
  const auto refs2 = references(u.a);
  ASSERT_EQ(refs2.size(), 1u);
  EXPECT_EQ(u.name(refs2[0]->entity), "Peter Hartley");
}

TEST(CoreferenceStage, AnUnnamedSpokesmanOfABodyIsTheBodyForAPronounAfterIt) {
  // GUIDELINES: `a Labour spokesman` speaks for the party; `he` after it is the party,
  // not the person named before.
  UpToRoles t("Peter Hartley said the leaflet had been misread. A Labour spokesman then said the picture "
              "was gone.\n\n\"There has only been a row over the past three days,\" he said.");
  resolve_coreference(t.a, t.lex());
  const auto refs = references(t.a);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(t.a.text(refs[0]->span), "he");
  EXPECT_EQ(t.name(refs[0]->entity), "Labour Party");
  EXPECT_EQ(refs[0]->type, EntityType::Organization);
  ASSERT_GE(refs[0]->antecedent, 0);
  EXPECT_EQ(t.a.text(t.a.mentions[static_cast<std::size_t>(refs[0]->antecedent)].span), "Labour");
}

// A71: a place before a title (`the former Ohio governor`, a US state) names the person
// who holds that office of that place (a role fact whose `of` is the place); a pronoun
// after it goes through it. No holder of the place's office: unknown, never the place.
TEST(CoreferenceStage, APlacesOfficeIsItsHolderOrUnknown) {
  UpToRoles t("Jim Roe, the governor of Ohio, opened the fair. John Doe spoke later. "
              "The former Ohio governor had many critics. He said the budget was balanced.");
  resolve_coreference(t.a, t.lex());
  const auto refs = references(t.a);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(t.a.text(refs[0]->span), "The former Ohio governor");
  EXPECT_EQ(refs[0]->coreference_rule, "role-phrase");
  EXPECT_EQ(t.name(refs[0]->entity), "Jim Roe");
  EXPECT_EQ(t.a.text(refs[1]->span), "He");  // the governor, not the man named last
  EXPECT_EQ(t.name(refs[1]->entity), "Jim Roe");
  extract_quotes(t.a, t.lex());
  ASSERT_FALSE(t.a.quotes.empty());
  EXPECT_EQ(t.name(t.a.quotes.back().speaker), "Jim Roe");

  // The gazetteer's Senator whom the text introduces as `Vermont Sen.` is the Vermont senator.
  UpToRoles v("Vermont Sen. Bernie Sanders won more delegates than Jim Fox. The Vermont senator is still behind, "
              "but says that he will fight on.");
  resolve_coreference(v.a, v.lex());
  extract_quotes(v.a, v.lex());
  ASSERT_FALSE(v.a.quotes.empty());
  EXPECT_EQ(v.name(v.a.quotes.back().speaker), "Bernie Sanders");

  UpToRoles u("John Doe spoke later. The Texas senator said the budget was balanced. Texas officials said that taxes "
              "will fall.");
  resolve_coreference(u.a, u.lex());
  extract_quotes(u.a, u.lex());
  ASSERT_EQ(u.a.quotes.size(), 2u);
  EXPECT_EQ(u.a.quotes[0].speaker, -1);  // no senator of Texas is named
  EXPECT_EQ(u.name(u.a.quotes[1].speaker), "Texas");  // officials of a state speak for it
}

// A72: the subject of a speech verb in a clause coordinated after a comma (`, and Y said`)
// spoke last in its sentence: a pronoun in the next sentence is that person, not the
// sentence's first subject; coordinated subjects (`X and Y said`) are no such clause.
TEST(CoreferenceStage, ThePersonWhoSpokeInACoordinatedClauseIsThePronounsAntecedent) {
  UpToRoles t("Peter Hartley tore up the rules of the game, and John Doe said that it worked. \"It was a shock,\" he said.");
  resolve_coreference(t.a, t.lex());
  const auto refs = references(t.a);
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(t.a.text(refs[0]->span), "he");
  EXPECT_EQ(t.name(refs[0]->entity), "John Doe");
  ASSERT_GE(refs[0]->antecedent, 0);
  EXPECT_EQ(t.a.text(t.a.mentions[static_cast<std::size_t>(refs[0]->antecedent)].span), "John Doe");

  UpToRoles u("Peter Hartley and John Doe said that it worked. \"It was a shock,\" he said.");
  resolve_coreference(u.a, u.lex());
  const auto refs2 = references(u.a);
  ASSERT_EQ(refs2.size(), 1u);
  EXPECT_EQ(u.name(refs2[0]->entity), "Peter Hartley");
}

// Speaker phrases (#16): from the quotes stage's input (the annotation after coreference),
// each speaker read from a collective, an unnamed official of a country or a role phrase
// has a reference recording its rule and antecedent.
TEST(CoreferenceStage, SpeakerPhrasesRecordTheirRuleAndAntecedent) {
  struct Case { const char* text; const char* surface; const char* entity; const char* rule; const char* antecedent; };
  const Case cases[] = {
      {"The Transport Workers Union called a strike on Monday. The union said the talks had collapsed.", "The union",
       "Transport Workers Union", "collective", "Transport Workers Union"},
      {"Talks in Vienna stalled on Tuesday. A senior French official said the offer was too small.",
       "A senior French official", "France", "official-of-country", ""},
      {"Secretary of State Margaret Ellison landed in Oslo. \"We disagree,\" America's top diplomat said.",
       "America's top diplomat", "Margaret Ellison", "role-phrase", ""},
  };
  for (const auto& c : cases) {
    UpToRoles t(c.text);
    resolve_coreference(t.a, t.lex());
    extract_quotes(t.a, t.lex());
    const Mention* ref = nullptr;
    for (const Mention* m : references(t.a))
      if (t.a.text(m->span) == c.surface) ref = m;
    ASSERT_NE(ref, nullptr) << c.text;
    EXPECT_EQ(t.name(ref->entity), c.entity) << c.text;
    EXPECT_EQ(ref->resolved_from, c.surface) << c.text;
    EXPECT_EQ(ref->coreference_rule, c.rule) << c.text;
    const std::string antecedent = ref->antecedent < 0 ? "" : std::string(t.a.text(t.a.mentions[static_cast<std::size_t>(ref->antecedent)].span));
    EXPECT_EQ(antecedent, c.antecedent) << c.text;
    ASSERT_FALSE(t.a.quotes.empty()) << c.text;
    EXPECT_EQ(t.name(t.a.quotes.back().speaker), c.entity) << c.text;
  }
}

// The stage resolves every collective outside quotation marks (unwritten); quote
// attribution looks it up for the span it reads and never resolves one itself.
TEST(CoreferenceStage, CollectivesAreResolvedByTheStageAndLookedUpByQuotes) {
  UpToRoles t("The Transport Workers Union called a strike on Monday. The union said the talks had collapsed.");
  const std::size_t the = t.token("The", t.token("Monday"));
  std::string from;
  Resolver before(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(before.collective(the, the + 2, from), -1);  // nothing resolved yet: unknown
  resolve_coreference(t.a, t.lex());
  const Mention* unwritten = nullptr;
  for (const Mention& m : t.a.unwritten_references)
    if (m.first_token == the && m.end_token == the + 2) unwritten = &m;
  ASSERT_NE(unwritten, nullptr);
  EXPECT_EQ(unwritten->coreference_rule, "collective");
  EXPECT_EQ(t.name(unwritten->entity), "Transport Workers Union");
  ASSERT_GE(unwritten->antecedent, 0);
  EXPECT_EQ(t.a.text(t.a.mentions[static_cast<std::size_t>(unwritten->antecedent)].span), "Transport Workers Union");
  Resolver after(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(t.name(after.collective(the, the + 2, from)), "Transport Workers Union");
  EXPECT_EQ(from, "The union");
  EXPECT_EQ(after.last_from().rule, "collective");
  EXPECT_EQ(after.last_from().antecedent, unwritten->antecedent);
}

// Rule collective from the stage's input: `the union`, `the committee` stand for the
// organisation named last before them whose name holds the head noun as a word;
// organisations named after the phrase do not count, nor does a word inside another word
// (`union` in `Reunion`); an organisation named twice is the same antecedent.
TEST(CoreferenceStage, ACollectiveIsTheLastOrganisationNamedBeforeWithItsHeadNoun) {
  UpToRoles t(
      "The union was quiet on Sunday. The Transport Workers Union called a strike on Monday. Deutsche Bank lent "
      "money on Tuesday. The union and the bank spoke. The Transport Workers Union then met Reunion Bank officials. "
      "The union said no. The bank said yes.");
  Resolver r(t.a, t.lex(), Resolver::Mode::Stage);
  struct Case { std::size_t the; const char* entity; std::uint32_t antecedent_at; };
  const std::size_t tuesday = t.token("Tuesday"), officials = t.token("officials"), no = t.token("no");
  const Case cases[] = {
      {t.token("The"), "(none)", 0},
      {t.token("The", tuesday), "Transport Workers Union", 35},
      {t.token("the", tuesday), "Deutsche Bank", 86},
      {t.token("The", officials), "Transport Workers Union", 157},  // its second naming; not `Reunion`
      {t.token("The", no), "Reunion Bank", 190},
  };
  for (const auto& c : cases) {
    std::string from;
    const std::int32_t who = r.collective(c.the, c.the + 2, from);
    EXPECT_EQ(t.name(who), c.entity) << c.the;
    if (who < 0) continue;
    EXPECT_EQ(from, std::string(t.a.text(Span{t.a.tokens[c.the].span.begin, t.a.tokens[c.the + 1].span.end})));
    const std::int32_t ante = r.last_from().antecedent;
    ASSERT_GE(ante, 0);
    EXPECT_EQ(t.a.mentions[static_cast<std::size_t>(ante)].span.begin, c.antecedent_at) << c.the;
  }
}

// The stage's scans of every token pass over a token interned in no word list (Token::lmask
// 0) unless it is capitalised: from the stage's input, such a token is in no list, and the
// pronouns, articles and surnames the scans read still give their references (a quoted
// pronoun, a possessive collective, a speaker collective, `it` before no speech verb, a
// bare surname).
TEST(CoreferenceStage, TokensInNoWordListOpenNoReference) {
  UpToRoles t("The Transport Workers Union called a strike on Monday. Jane Roe leads it. She said the union talks had "
              "collapsed. It has two million members. \"She let us down,\" Roe said of the union's chief. Roe left.");
  std::size_t empty = 0;
  for (const Token& tok : t.a.tokens) {
    if (tok.lmask != 0) continue;
    ++empty;
    for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l)
      EXPECT_FALSE(t.lex().in(static_cast<Words>(l), tok)) << tok.norm << " list " << l;
  }
  EXPECT_GT(empty, 10u);
  resolve_coreference(t.a, t.lex());
  std::vector<std::string> written, unwritten;
  for (const Mention* m : references(t.a))
    written.push_back(std::string(t.a.text(m->span)) + " " + m->coreference_rule + " " + t.name(m->entity));
  for (const Mention& m : t.a.unwritten_references)
    unwritten.push_back(std::string(t.a.text(m.span)) + " " + m.coreference_rule + " " + t.name(m.entity));
  EXPECT_EQ(written, std::vector<std::string>{"She pronoun Jane Roe"});
  EXPECT_EQ(unwritten, (std::vector<std::string>{"it pronoun Transport Workers Union",
                                                  "the union collective Transport Workers Union",
                                                  "She pronoun Jane Roe",
                                                  "the union collective Transport Workers Union"}));
}

// `it` before no speech verb (#16): the stage resolves it as before one (the organisation
// that was the subject nearby) and records it unwritten (not in JSONL); quote attribution
// looks it up for a speaker phrase that holds it and resolves none itself.
TEST(CoreferenceStage, ItBeforeNoSpeechVerbIsAnUnwrittenReferenceOfTheStage) {
  UpToRoles t("The Transport Workers Union said the talks had collapsed. It has two million members.");
  const std::size_t it = t.token("It");
  std::string from;
  std::int32_t mention = -1;
  Resolver before(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(before.noun_phrase(it, it + 1, from, mention), -1);  // nothing resolved yet: unknown, never guessed
  resolve_coreference(t.a, t.lex());
  for (const Mention* ref : references(t.a)) EXPECT_NE(ref->first_token, it);  // written only before a speech verb
  const Mention* unwritten = nullptr;
  for (const Mention& m : t.a.unwritten_references)
    if (m.first_token == it && m.end_token == it + 1) unwritten = &m;
  ASSERT_NE(unwritten, nullptr);
  EXPECT_EQ(unwritten->coreference_rule, "pronoun");
  EXPECT_EQ(unwritten->resolved_from, "It");
  EXPECT_EQ(t.name(unwritten->entity), "Transport Workers Union");
  ASSERT_GE(unwritten->antecedent, 0);
  EXPECT_EQ(t.name(t.a.mentions[static_cast<std::size_t>(unwritten->antecedent)].entity), "Transport Workers Union");
  Resolver after(t.a, t.lex(), Resolver::Mode::Lookup);
  from.clear();
  EXPECT_EQ(t.name(after.noun_phrase(it, it + 1, from, mention)), "Transport Workers Union");
  EXPECT_EQ(from, "It");
  EXPECT_EQ(after.last_from().rule, "pronoun");
  EXPECT_EQ(after.last_from().antecedent, unwritten->antecedent);
}

// Role phrases and unnamed officials (#16): from the annotation after roles, the stage
// records what every title stands for with each qualifier a phrase may give it, and every
// demonym followed by an official noun; quote attribution (Mode::Lookup) only looks them
// up, whatever span its speaker phrase has, and resolves nothing before the stage ran.
TEST(CoreferenceStage, OfficeReadingsAreRecordedByTheStageAndLookedUpByQuotes) {
  UpToRoles t("Russian Foreign Minister Sergei Lavrov arrived on Monday. Russian foreign minister told reporters "
              "he was pleased.");
  const std::size_t russian = t.token("Russian", t.token("Monday"));
  const std::size_t told = t.token("told");
  std::string from;
  std::int32_t mention = -1;
  Resolver before(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(before.noun_phrase(russian, told, from, mention), -1);  // nothing recorded yet: unknown
  resolve_coreference(t.a, t.lex());
  const OfficeReading* reading = nullptr;
  for (const OfficeReading& o : t.a.office_readings)
    if (o.title_first == russian + 1 && o.title_end == told && o.qualifier == "Russia") reading = &o;
  ASSERT_NE(reading, nullptr);
  EXPECT_EQ(t.name(reading->person), "Sergei Lavrov");
  EXPECT_EQ(reading->sentence, 1u);
  EXPECT_FALSE(reading->officials);
  Resolver after(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(t.name(after.noun_phrase(russian, told, from, mention)), "Sergei Lavrov");
  EXPECT_EQ(from, "Russian foreign minister");
  EXPECT_EQ(after.last_from().rule, "role-phrase");
}

// record_offices() from the stage's input reads a title wherever it starts: opening a
// sentence, right after another word of a title (`foreign` after `Russian`), as the
// sentence's last word, and a phrase of several words (`Foreign Minister`) as well as
// its last word alone (`Minister`).
TEST(CoreferenceStage, OfficeReadingsAreRecordedForATitleAtEveryPosition) {
  UpToRoles t("Russian Foreign Minister Sergei Lavrov arrived on Monday. Foreign minister Lavrov told reporters he was "
              "pleased. Reporters met the Russian foreign minister");
  Resolver stage(t.a, t.lex(), Resolver::Mode::Stage);
  stage.record_offices();
  std::vector<std::string> got;
  for (const OfficeReading& o : t.a.office_readings)
    got.push_back(std::to_string(o.title_first) + "-" + std::to_string(o.title_end) + " " + o.qualifier + " " +
                  t.name(o.person) + (o.unknown ? " unknown" : "") + (o.officials ? " officials" : ""));
  // Tokens: 0 Russian, 1-2 Foreign Minister, 9-10 Foreign minister (opening sentence 1),
  // 21 Russian, 22-23 foreign minister (the text's last words).
  EXPECT_EQ(got, (std::vector<std::string>{"1-3  Sergei Lavrov", "1-3 Russia Sergei Lavrov", "2-3  Sergei Lavrov",
                                            "2-3 Russia Sergei Lavrov", "9-11  Sergei Lavrov", "10-11  Sergei Lavrov",
                                            "22-24  Sergei Lavrov", "22-24 Russia Sergei Lavrov", "23-24  Sergei Lavrov",
                                            "23-24 Russia Sergei Lavrov"}));
  ASSERT_EQ(t.a.tokens.size(), 24u);
  EXPECT_EQ(t.a.tokens[9].norm, "Foreign");
}

// The fact `a senior French official` (demonym, official noun) is the stage's; the Country
// entity France is made by the entities unit only when quote attribution reads the phrase
// as a speaker, so a country nobody speaks for stays no entity.
TEST(CoreferenceStage, UnnamedOfficialsAreAFactOfTheStageAndTheirCountryIsMadeWhenRead) {
  UpToRoles t("Talks in Vienna stalled on Tuesday. A senior French official said the offer was too small.");
  resolve_coreference(t.a, t.lex());
  const std::size_t official = t.token("official");
  bool recorded = false;
  for (const OfficialsPhrase& o : t.a.officials)
    recorded |= o.noun == official && t.a.cues[o.cue].value == "France";
  for (const OfficeReading& o : t.a.office_readings)
    recorded |= o.officials && o.title_end == official + 1 && o.qualifier == "France";
  EXPECT_TRUE(recorded);
  auto has_france = [&] {
    return std::any_of(t.a.entities.begin(), t.a.entities.end(), [](const Entity& e) { return e.canonical == "France"; });
  };
  EXPECT_FALSE(has_france());
  std::string from;
  std::int32_t mention = -1;
  Resolver r(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(t.name(r.noun_phrase(t.token("A"), official + 1, from, mention)), "France");
  EXPECT_EQ(r.last_from().rule, "official-of-country");
  EXPECT_TRUE(has_france());
}

// A place's office nobody named holds (`the Vermont senator`): the stage records the
// reading as unknown, and quote attribution reads the phrase as nobody, not as the place.
TEST(CoreferenceStage, APlacesOfficeHeldByNobodyNamedIsRecordedUnknown) {
  UpToRoles t("Snow fell in Vermont on Sunday. The Vermont senator said the roads were closed.");
  resolve_coreference(t.a, t.lex());
  const std::size_t senator = t.token("senator");
  bool unknown = false;
  for (const OfficeReading& o : t.a.office_readings) unknown |= o.unknown && o.place && o.title_first == senator;
  EXPECT_TRUE(unknown);
  std::string from;
  std::int32_t mention = -1;
  Resolver r(t.a, t.lex(), Resolver::Mode::Lookup);
  EXPECT_EQ(r.noun_phrase(senator - 2, senator + 1, from, mention), -1);
}

// A151: a sentence that opens with an adverbial phrase set off by a comma (a preposition,
// or a capitalised -ing participle) has its subject after the phrase: a pronoun later in
// that sentence is the subject, not the subject of the sentence before. A gerund inside
// the subject (`But the drinking continued, ...`) opens no such phrase.
TEST(Coreference, TheSubjectAfterAFrontedAdverbialIsThePronounsAntecedent) {
  UpToRoles t("Peter Hartley won Texas. In an interview on Monday, John Doe said he had expanded the party.");
  Resolver r(t.a, t.lex());
  EXPECT_EQ(t.name(r.pronoun(t.token("he"))), "John Doe");

  UpToRoles u("Peter Hartley won Texas. Speaking earlier in Florida, John Doe insisted that he had won.");
  Resolver ru(u.a, u.lex());
  EXPECT_EQ(u.name(ru.pronoun(u.token("he"))), "John Doe");

  UpToRoles v("Peter Hartley won Texas. But the drinking continued, and John Doe was gone. Later he left.");
  Resolver rv(v.a, v.lex());
  EXPECT_EQ(v.name(rv.pronoun(v.token("he"))), "Peter Hartley");
}

// A152: a nickname the given-name data lacks (`Bernie`) takes its sex from the given names
// of the gazetteer entry's aliases (`Bernard Sanders`): `she` is then not Bernie Sanders.
TEST(Coreference, AGazetteerAliasGivesTheSexOfANickname) {
  UpToRoles t("Jane Roe spoke first. Bernie Sanders answered her at length. \"We disagree,\" she said.");
  Resolver r(t.a, t.lex());
  EXPECT_EQ(t.name(r.pronoun(t.token("she"))), "Jane Roe");
  UpToRoles u("Jane Roe spoke first. Bernie Sanders answered her at length. \"We disagree,\" he said.");
  Resolver ru(u.a, u.lex());
  EXPECT_EQ(u.name(ru.pronoun(u.token("he"))), "Bernie Sanders");
}

// A153: he/she in the clause reported by a speech verb of its own sentence is that verb's
// subject (`Jane Roe, who told CNN he ...` is not the person of the sentence before); a
// person named between the verb and the pronoun (`asked John Doe how he`) leaves it to the
// sentences before.
TEST(Coreference, HeOrSheInAReportedClauseIsTheReportersSubject) {
  UpToRoles t("Peter Hartley won Texas. One rival is John Doe, who told CNN he disagrees with the plan.");
  Resolver r(t.a, t.lex());
  EXPECT_EQ(t.name(r.pronoun(t.token("he"))), "John Doe");

  UpToRoles u("Peter Hartley won Texas. Later Jane Roe asked John Doe how he would win.");
  Resolver ru(u.a, u.lex());
  EXPECT_EQ(u.name(ru.pronoun(u.token("he"))), "Peter Hartley");
}

// One Resolver per document (pipeline.cpp): the stage's Resolver made a Lookup one
// (to_lookup()) holds what a new Lookup Resolver holds after the stage, answers as it
// does, and quote attribution with it writes what it writes with its own.
TEST(CoreferenceStage, ResolverHandedToQuotesEqualsANewLookupResolver) {
  const char* texts[] = {
      "Secretary of State Margaret Ellison met Russian Foreign Minister Ivan Petrov in Geneva on Monday. "
      "Ellison said the talks were useful. The Russian foreign minister left early. He did not speak to reporters.",
      "Peter Hartley met Margaret Ellison in Leeds.\n\n\"We will win,\" said Ms Ellison. She added that the vote "
      "would be close. The Labour Party is angry. \"It is a bad day,\" it said.",
      "Peter Hartley met the Transport Workers Union on Monday. The union said the talks had collapsed. "
      "A senior French official said the offer was too small. Hartley said he was disappointed.",
  };
  for (const char* text : texts) {
    UpToRoles t(text), u(text);
    Resolver r(t.a, t.lex(), Resolver::Mode::Stage);
    resolve_coreference(r);
    r.to_lookup();
    resolve_coreference(u.a, u.lex());
    Resolver fresh(u.a, u.lex(), Resolver::Mode::Lookup);
    ASSERT_EQ(t.a.mentions.size(), u.a.mentions.size()) << text;
    EXPECT_GT(std::count_if(r.reference_at.begin(), r.reference_at.end(), [](std::int32_t m) { return m >= 0; }), 0)
        << text;
    EXPECT_EQ(r.mention_at, fresh.mention_at) << text;
    EXPECT_EQ(r.mention_cover, fresh.mention_cover) << text;
    EXPECT_EQ(r.reference_at, fresh.reference_at) << text;
    EXPECT_EQ(r.sentence_of, fresh.sentence_of) << text;
    for (std::size_t k = 0; k < t.a.tokens.size(); ++k) {
      std::string from_r, from_fresh;
      EXPECT_EQ(r.token_reference(k, from_r), fresh.token_reference(k, from_fresh)) << text << " token " << k;
      EXPECT_EQ(from_r, from_fresh) << text << " token " << k;
    }
    extract_quotes(r);
    extract_quotes(u.a, u.lex());
    ASSERT_FALSE(t.a.quotes.empty()) << text;
    ASSERT_EQ(t.a.quotes.size(), u.a.quotes.size()) << text;
    for (std::size_t q = 0; q < t.a.quotes.size(); ++q) {
      EXPECT_EQ(t.a.quotes[q].span, u.a.quotes[q].span) << text;
      EXPECT_EQ(t.a.quotes[q].speaker, u.a.quotes[q].speaker) << text;
      EXPECT_EQ(t.a.quotes[q].speaker_from, u.a.quotes[q].speaker_from) << text;
      EXPECT_EQ(t.a.quotes[q].speaker_rule, u.a.quotes[q].speaker_rule) << text;
    }
    ASSERT_EQ(t.a.mentions.size(), u.a.mentions.size()) << text;
    for (std::size_t m = 0; m < t.a.mentions.size(); ++m) {
      EXPECT_EQ(t.a.mentions[m].span, u.a.mentions[m].span) << text;
      EXPECT_EQ(t.a.mentions[m].entity, u.a.mentions[m].entity) << text;
    }
  }
}

// A200: a definite description opening the clause of a coordinated speech verb is its
// subject (`The prime minister announced X and said`): the holder of the title the text
// states, never a person named after it; unknown when the text states no holder.
TEST(Coreference, ADefiniteDescriptionOpeningTheClauseIsTheCoordinatedVerbsSubject) {
  UpToRoles t("Prime Minister Manuel Valls visited Paris on Monday. The prime minister announced several arrests "
              "and said more were likely.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t said = t.token("said");
  EXPECT_EQ(t.name(r.subject_of(said, t.a.sentences[1].first_token, from, mention)), "Manuel Valls");
  EXPECT_EQ(from, "The prime minister");

  UpToRoles u("Storms hit Paris on Monday. The prime minister met Tony Blair and said more talks were likely.");
  Resolver ru(u.a, u.lex());
  from.clear();
  EXPECT_EQ(ru.subject_of(u.token("said"), u.a.sentences[1].first_token, from, mention), -1);
}

// A200: `The Scottish Conservative leader` is a person holding that title in the party
// named inside it, never the party: unknown when the text states no such holder (and,
// row A1130, the sentence before names two people, not one).
TEST(Coreference, ARoleDescriptionNamingAPartyIsNeverTheParty) {
  UpToRoles t("Tom Smith and Jane Roe have stepped down from their posts. The Scottish Conservative leader had argued that "
              "his job did not sway him.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t the = t.token("The");
  EXPECT_EQ(r.noun_phrase(the, t.token("leader") + 1, from, mention), -1);
  // The holder the text states in that party, not the holder of the title in another one.
  UpToRoles h("Ian McCartney, the Labour chairman, spoke in London on Monday. Liam Fox, the Conservative chairman, "
              "disagreed. The Labour chairman said the figures were wrong.");
  Resolver rh(h.a, h.lex());
  const std::size_t labour = h.token("The", h.token("disagreed"));
  EXPECT_EQ(h.name(rh.noun_phrase(labour, labour + 3, from, mention)), "Ian McCartney");
  EXPECT_EQ(rh.last_from().rule, "role-phrase");
  // An official noun still speaks for the body (GUIDELINES: `a Labour spokesman` -> Labour).
  UpToRoles s("Voters were polled on Monday. The Labour spokesman said the figures were wrong.");
  Resolver rs(s.a, s.lex());
  const std::int32_t body = rs.noun_phrase(s.token("The"), s.token("spokesman") + 1, from, mention);
  EXPECT_EQ(s.name(body), "Labour Party");
}

// A260: `the Republican presidential nominee` is a person, never the party named inside it:
// the one person the text names with that noun after that party, else unknown.
TEST(Coreference, APersonRoleNounAfterABodyIsAPersonNeverTheBody) {
  UpToRoles t("Hillary Clinton mocked her rival on Saturday. In his posts, the Republican presidential nominee "
              "called her a fraud.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t the = t.token("the", t.token("posts"));
  EXPECT_EQ(r.noun_phrase(the, t.token("nominee") + 1, from, mention), -1);
  // Named earlier with that noun after that party: that person.
  UpToRoles n("Republican nominee Donald Trump spoke in Ohio on Monday. The Republican nominee said the polls "
              "were wrong.");
  Resolver rn(n.a, n.lex());
  const std::size_t the2 = n.token("The");
  EXPECT_EQ(n.name(rn.noun_phrase(the2, n.token("nominee", the2) + 1, from, mention)), "Donald Trump");
  EXPECT_EQ(from, "The Republican nominee");
  // An official noun still speaks for the body (GUIDELINES: `a Labour spokesman` -> Labour).
  UpToRoles s("Voters were polled on Monday. The Labour spokesman said the figures were wrong.");
  Resolver rs(s.a, s.lex());
  EXPECT_EQ(s.name(rs.noun_phrase(s.token("The"), s.token("spokesman") + 1, from, mention)), "Labour Party");
}

// A262: premodifiers before the body (`the presumptive Republican presidential nominee`), a
// hyphenated role noun (`the GOP front-runner`) and a description opening the clause of a
// participle (`The Republican nominee also outlined X, saying`) are the person, never the body.
TEST(Coreference, ARoleDescriptionWithPremodifiersOrAHyphenIsNeverTheBody) {
  UpToRoles t("Voters were polled on Monday. The presumptive Republican presidential nominee said the polls were "
              "wrong. The GOP front-runner said they were right.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t the = t.token("The");
  EXPECT_EQ(r.noun_phrase(the, t.token("nominee") + 1, from, mention), -1);
  const std::size_t gop = t.token("The", t.token("wrong"));
  EXPECT_EQ(r.noun_phrase(gop, t.token("runner") + 1, from, mention), -1);
  // Named with that noun after that party: that person, through the clause of `saying`.
  UpToRoles n("Republican presidential nominee Donald Trump spoke in Ohio. The Republican nominee also set out his "
              "ideas, saying taxes would fall.");
  Resolver rn(n.a, n.lex());
  const std::size_t the2 = n.token("The");
  EXPECT_EQ(n.name(rn.subject_of(n.token("saying"), n.a.sentences[1].first_token, from, mention)), "Donald Trump");
  EXPECT_EQ(n.name(rn.noun_phrase(the2, the2 + 3, from, mention)), "Donald Trump");
  // A role noun after a possessive is still a person (`The US watchdog's chairman`), not the country.
  UpToRoles w("Markets fell on Monday. The US stock market watchdog's chairman said rules would ease.");
  Resolver rw(w.a, w.lex());
  const std::size_t the3 = w.token("The");
  EXPECT_EQ(rw.noun_phrase(the3, w.token("chairman") + 1, from, mention), -1);
}

// A263: a place before a person noun (person_role_nouns `businessman`, `employee`) is no
// speaker either: `The New York businessman` is the person, never the city.
TEST(Coreference, APlaceBeforeAPersonNounIsNeverTheSpeaker) {
  UpToRoles t("Voters were polled in New York on Monday. The New York businessman said the polls were wrong.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t the = t.token("The");
  EXPECT_EQ(r.noun_phrase(the, t.token("businessman") + 1, from, mention), -1);
  UpToRoles n("New York businessman Donald Trump spoke in Ohio. The New York businessman said the polls were wrong.");
  Resolver rn(n.a, n.lex());
  const std::size_t the2 = n.token("The");
  EXPECT_EQ(n.name(rn.noun_phrase(the2, n.token("businessman", the2) + 1, from, mention)), "Donald Trump");
}

// A264: a title or role noun right after a name heads the name's phrase; it is no verb that
// a catenative `to say` hangs on (A118 reads `Jane Roe went on to say`): `The Vermont senator
// declined to say` is the senator's (unknown here), never Vermont's.
TEST(Coreference, ATitleAfterANameIsNoCatenativeVerb) {
  UpToRoles t("Bernie Sanders spoke in Burlington on Monday. The Vermont senator declined to say whether he would run.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  EXPECT_EQ(r.subject_of(t.token("say"), t.a.sentences[1].first_token, from, mention), -1);
  // A name and its verb still read as A118 reads them.
  UpToRoles v("Voters met on Monday. Jane Roe went on to say the polls were wrong.");
  Resolver rv(v.a, v.lex());
  EXPECT_EQ(v.name(rv.subject_of(v.token("say"), v.a.sentences[1].first_token, from, mention)), "Jane Roe");
}

// A261: `shadow chancellor Jane Roe` holds another office than `the chancellor` (word list
// opposition_premodifiers): the chancellor is never her, the one the text states is.
TEST(Coreference, AShadowPremodifierMakesAnotherOffice) {
  UpToRoles t("The savings put forward by shadow chancellor Tom Smith were criticised on Monday. The chancellor said "
              "they would hurt schools.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t the = t.token("The", t.token("Monday"));
  EXPECT_EQ(r.noun_phrase(the, the + 2, from, mention), -1);
  // The stage records no holder for that title either (quotes read its readings).
  Resolver stage(t.a, t.lex(), Resolver::Mode::Stage);
  stage.record_offices();
  EXPECT_TRUE(std::none_of(t.a.office_readings.begin(), t.a.office_readings.end(),
                           [&](const OfficeReading& o) { return o.title_first == the + 1 && o.person >= 0; }));
  // The chancellor the text states, not the shadow one named after him.
  UpToRoles b("Chancellor Gordon Brown spoke in Gateshead. Shadow chancellor Oliver Letwin replied on Monday. "
              "The chancellor said the cuts were deep.");
  Resolver rb(b.a, b.lex());
  const std::size_t the2 = b.token("The", b.token("Monday"));
  EXPECT_EQ(b.name(rb.noun_phrase(the2, the2 + 2, from, mention)), "Gordon Brown");
}

TEST(Coreference, ANameRightBeforeTheCommaOfAParticipleIsItsClausesObject) {
  // Rule A272: `Jane Roe appeared on television and endorsed Tom Smith, saying ...`: the
  // phrase after `and` that ends at the participle's comma (`endorsed Tom Smith`) is the
  // coordinated verb and its object, no apposition whose name is the subject; the
  // participle's subject is the clause's, Roe.
  UpToRoles t("Tom Smith and Jane Roe met.\n\nJane Roe appeared on television and endorsed Tom Smith, saying "
              "he would win.\n\nOn Thursday, Roe appeared with the host and officially endorsed Smith, saying he "
              "would win.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t first = t.token("saying");
  EXPECT_EQ(t.name(r.subject_of(first, t.a.sentences[1].first_token, from, mention)), "Jane Roe");
  const std::size_t second = t.token("saying", first + 1);
  EXPECT_EQ(t.name(r.subject_of(second, t.a.sentences[2].first_token, from, mention)), "Jane Roe");
  // An apposition subject is still read when the name ends its own phrase: `Jane Roe, a
  // doctor, endorsed Smith last week, saying`.
  UpToRoles u("Tom Smith and Jane Roe met.\n\nJane Roe, a doctor from Ohio, endorsed Smith last week, saying he would "
              "win.");
  Resolver ru(u.a, u.lex());
  EXPECT_EQ(u.name(ru.subject_of(u.token("saying"), u.a.sentences[1].first_token, from, mention)), "Jane Roe");
}

TEST(Coreference, AFrontedSubordinateClauseIsPassedToTheMainClausesSubject) {
  // Rule A273: the subject of a coordinated or participle speech verb is read after a
  // subordinate clause that opens the sentence (word list subordinators: `When told X was
  // in the running, Jane Roe thought for a moment and said`), as after a fronted
  // prepositional phrase (A232); the subordinate clause's own subject does not speak. A
  // comma followed by a possessive name is inside the clause (`When Tom Smith, Jane Roe's
  // campaign manager, was asked ..., he laughed and said`), no opening of the main clause.
  UpToRoles t("Tom Smith and Jane Roe met.\n\nWhen told Tom Smith was in the running for a bigger job, Jane Roe "
              "thought for a moment and said that the climate favoured him.\n\nWhen Tom Smith, Jane Roe's campaign "
              "manager, was asked about the vote, he laughed and said it would be close.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  const std::size_t first = t.token("said");
  EXPECT_EQ(t.name(r.subject_of(first, t.a.sentences[1].first_token, from, mention)), "Jane Roe");
  const std::size_t second = t.token("said", first + 1);
  EXPECT_NE(t.name(r.subject_of(second, t.a.sentences[2].first_token, from, mention)), "Jane Roe");
}

TEST(Coreference, SinceBetweenAnAuxiliaryAndTheVerbAndATitleAfterOf) {
  // Rule A276: `since` joins subject_gap_words, so `Jane Roe has backed the plan but has since
  // said ...` is a coordinated verb whose subject is Roe; and a relative pronoun after a
  // name that an `of` phrase holds, a title between (`a former backer of Sen. Jane Roe, who
  // has since called ...`), is no relative on that name.
  UpToRoles t("Jane Roe and Tom Smith met.\n\nJane Roe has backed the harbour plan but has since said she doubts "
              "it.\n\nGov. Tom Smith of Ohio, a former backer of Sen. Jane Roe, who has since called on voters to back "
              "the plan, spoke on Monday.");
  Resolver r(t.a, t.lex());
  std::string from;
  std::int32_t mention = -1;
  EXPECT_EQ(t.name(r.subject_of(t.token("said"), t.a.sentences[1].first_token, from, mention)), "Jane Roe");
  EXPECT_NE(t.name(r.subject_of(t.token("called"), t.a.sentences[2].first_token, from, mention)), "Jane Roe");
}

TEST(Coreference, ADatelineWithAStateOrAnAgencyIsNoSubject) {
  // Rule A277: a dateline that opens the sentence (a place or words in capitals, at most `,
  // S.C.` and `(AP)`, then a dash or a hyphen set off by spaces) is passed over when the
  // subject of a participle or coordinated verb is read: `MYRTLE BEACH, S.C. - Sen. Jane
  // Roe continued ..., casting X as ... and saying` is Roe's, not the state's.
  const char* texts[] = {
      "Jane Roe and Tom Smith met.\n\nMYRTLE BEACH, S.C. - Sen. Jane Roe continued her assault on Tom Smith on "
      "Sunday, casting him as a phoney reformer and saying he could not be relied on.",
      "Jane Roe and Tom Smith met.\n\nRENO, Nev. (AP) -- Sen. Jane Roe continued her assault on Tom Smith on "
      "Sunday, casting him as a phoney reformer and saying he could not be relied on.",
      "Jane Roe and Tom Smith met.\n\nWASHINGTON - Sen. Jane Roe continued her assault on Tom Smith on Sunday, "
      "casting him as a phoney reformer and saying he could not be relied on.",
  };
  for (const char* text : texts) {
    UpToRoles t(text);
    Resolver r(t.a, t.lex());
    std::string from;
    std::int32_t mention = -1;
    EXPECT_EQ(t.name(r.subject_of(t.token("saying"), t.a.sentences[1].first_token, from, mention)), "Jane Roe") << text;
  }
}

// Rule pronoun's fallback: with no person as subject (or speaker) in the sentences of the
// two paragraphs before, he/she is the last person mentioned before who agrees in sex,
// however far back (the scan the resolver makes only when the sentences do not answer).
TEST(Coreference, FailingASubjectNearbyAPronounIsTheLastAgreeingPersonBefore) {
  const std::string before =
      "John Doe greeted Mrs Jane Roe.\n\nThe rain fell all day.\n\nThe river rose.\n\nThe roads were closed.\n\n";
  UpToRoles t(before + "Later he left.");
  Resolver r(t.a, t.lex());
  EXPECT_EQ(t.name(r.pronoun(t.token("he"))), "John Doe");
  UpToRoles u(before + "Later she left.");
  Resolver ru(u.a, u.lex());
  EXPECT_EQ(u.name(ru.pronoun(u.token("she"))), "Jane Roe");
  // Within two paragraphs, the subject answers before any later person.
  UpToRoles v("John Doe greeted Mrs Jane Roe.\n\nLater he left.");
  Resolver rv(v.a, v.lex());
  EXPECT_EQ(v.name(rv.pronoun(v.token("he"))), "John Doe");
}

// A sentence's subject for a pronoun after it (rule pronoun) opens the sentence as a
// mention, or as a phrase that a title, a cue (a demonym) or a place's office opens
// (rule A71); a phrase opened by a mention is read as the mention's whatever else opens there.
TEST(Coreference, ASubjectOpensWithAMentionATitleACueOrAPlacesOffice) {
  auto antecedent = [](const char* text, const char* pronoun) {
    UpToRoles t(text);
    Resolver r(t.a, t.lex());
    return t.name(r.pronoun(t.token(pronoun)));
  };
  EXPECT_EQ(antecedent("Sergei Lavrov met Rex Tillerson on Monday. Later he flew home.", "he"), "Sergei Lavrov");
  EXPECT_EQ(antecedent("John Doe arrived. Senator Jim Roe met him on Monday. Later he flew home.", "he"), "Jim Roe");
  EXPECT_EQ(antecedent("John Doe arrived. Russian diplomat Sergei Lavrov met him on Monday. Later he flew home.", "he"),
            "Sergei Lavrov");
  EXPECT_EQ(antecedent("Jim Roe, the governor of Ohio, opened the fair. John Doe spoke later. "
                       "The former Ohio governor had many critics. Later he flew home.",
                       "he"),
            "Jim Roe");
}

// Rule A350 (issue #17): a bare definite title (`the chancellor`, `The senator, who ...`) is
// a role-phrase reference to the one person of the document who holds that office, stated
// in the text before it or the gazetteer's (its first office, or an earlier one with
// `former`) when named in its sentence or the two before;
// never a guess (two holders, none, a holder named only in a quote or too far back), and
// never a predicate, an of-phrase, a post of the opposition or a word a longer office ends in.
TEST(Coreference, BareTitleIsTheOnePersonWhoHoldsTheOffice) {
  const auto described = [](const std::string& text, std::string_view phrase) {
    UpToRoles t(text);
    resolve_coreference(t.a, t.lex());
    for (const Mention& m : t.a.mentions)
      if (m.coreference_rule == kRolePhraseRule && t.a.text(m.span) == phrase) return t.name(m.entity);
    return std::string("(none)");
  };
  // Stated in the text before it (`Chancellor Gordon Brown`), possessive too.
  EXPECT_EQ(described("Chancellor Gordon Brown spoke in London on Monday. John Prescott later paid tribute to the "
                      "chancellor's record.",
                      "the chancellor"),
            "Gordon Brown");
  EXPECT_EQ(described("Mayor Bill de Blasio spoke on Tuesday. Critics said the mayor had failed the city.",
                      "the mayor"),
            "Bill de Blasio");
  // The gazetteer's holder in the first office it lists for her, named in the sentence before.
  EXPECT_EQ(described("Angela Merkel arrived in Berlin on Monday. The chancellor walked in with her ministers.",
                      "The chancellor"),
            "Angela Merkel");
  // ... an earlier office only with `former`: Barack Obama is no `the senator` (A35).
  EXPECT_EQ(described("Barack Obama spoke in Chicago on Monday. The former senator said the vote had been close.",
                      "The former senator"),
            "Barack Obama");
  EXPECT_EQ(described("Barack Obama spoke in Chicago on Monday. The senator said the vote had been close.",
                      "The senator"),
            "(none)");
  // ... not named three sentences back, nor only inside a quote.
  EXPECT_EQ(described("Angela Merkel arrived in Berlin on Monday. The talks began. Mr Smith left. The chancellor "
                      "said she was pleased.",
                      "The chancellor"),
            "(none)");
  EXPECT_EQ(described("Jane Roe spoke on Monday. \"Angela Merkel should act,\" Roe said. The chancellor, who was in "
                      "Paris, left early.",
                      "The chancellor"),
            "(none)");
  // Two holders: nobody.
  EXPECT_EQ(described("Sen. Jane Roe and Sen. John Doe met in Washington on Monday. The senator said the talks went "
                      "well.",
                      "The senator"),
            "(none)");
  // A word a longer office ends in, a predicate, an of-phrase, a shadow post: no reference.
  EXPECT_EQ(described("Attorney General Kamala Harris leads the poll in California. The party could be shut out of the "
                      "general election.",
                      "the general"),
            "(none)");
  EXPECT_EQ(described("Chancellor Gordon Brown arrived in London on Monday. If Mr Smith becomes the chancellor, taxes "
                      "will rise.",
                      "the chancellor"),
            "(none)");
  EXPECT_EQ(described("Mayor Bill de Blasio spoke on Tuesday. The mayor of Boston agreed.", "The mayor"), "(none)");
  EXPECT_EQ(described("Shadow Chancellor Oliver Letwin spoke in London on Monday. He said the chancellor had failed.",
                      "the chancellor"),
            "(none)");
}

// Rule A350 (issue #23, speed): bare titles are read only from the first token at which a
// holder can be named before them (a person of a role fact, named outside quotation marks),
// and not at all in a document where no person holds an office; the output is the same.
TEST(Coreference, BareTitleNeedsAnOfficeHolderNamedBeforeIt) {
  const auto described = [](const std::string& text, std::string_view phrase) {
    UpToRoles t(text);
    resolve_coreference(t.a, t.lex());
    std::vector<std::string> out;
    for (const Mention& m : t.a.mentions)
      if (m.coreference_rule == kRolePhraseRule && t.a.text(m.span) == phrase) out.push_back(t.name(m.entity));
    return out;
  };
  using V = std::vector<std::string>;
  // Nobody holds an office: no bare title refers.
  EXPECT_EQ(described("Jane Roe spoke in London on Monday. The chancellor said the cuts were deep.", "The chancellor"),
            V{});
  // A bare title before its holder is named refers to nobody; the one after him to him.
  EXPECT_EQ(described("The chancellor was late. Chancellor Gordon Brown arrived in London on Monday. The chancellor "
                      "said the cuts were deep.",
                      "The chancellor"),
            V{"Gordon Brown"});
  // Named first inside a quote, then outside it: only titles after the plain mention refer.
  EXPECT_EQ(described("\"Gordon Brown is late,\" Roe said. The chancellor was late. Chancellor Gordon Brown arrived "
                      "on Monday. The chancellor said the cuts were deep.",
                      "The chancellor"),
            V{"Gordon Brown"});
}

// person_by_surname() tests a filter of the surnames' first and last bytes and length
// before its map: for every word of a document and for words near its people's surnames
// (one end changed, a byte more or less, the empty word), the answer is a scan of the
// document's people (the last word of a person's name in lower case; two people: -1).
TEST(CoreferenceStage, ASurnameIsFoundAsByAScanOfThePeopleWhateverItsBytes) {
  UpToRoles t("Jane Roe met John Smithson and Mary Smithson on Monday. Carl Oe spoke to Peter Abcdefghijklmnopqrstuv. "
              "Roe and Smithson left; Oe stayed with Abcdefghijklmnopqrstuv and Zoe.");
  Resolver r(t.a, t.lex(), Resolver::Mode::Stage);
  auto scan = [&](std::string_view lower) {
    std::int32_t who = -1;
    bool found = false;
    for (std::size_t ei = 0; ei < t.a.entities.size(); ++ei) {
      const Entity& en = t.a.entities[ei];
      const auto sp = en.canonical.rfind(' ');
      if (en.type != EntityType::Person || sp == std::string::npos || en.mentions.empty()) continue;
      if (to_lower(std::string_view(en.canonical).substr(sp + 1)) != lower) continue;
      if (!found) who = static_cast<std::int32_t>(ei);
      else if (who != static_cast<std::int32_t>(ei)) who = -1;
      found = true;
    }
    return who;
  };
  std::vector<std::string> words{""};
  std::size_t people = 0;
  for (const Entity& en : t.a.entities) {
    const auto sp = en.canonical.rfind(' ');
    if (en.type != EntityType::Person || sp == std::string::npos) continue;
    ++people;
    const std::string last = to_lower(std::string_view(en.canonical).substr(sp + 1));
    words.push_back(last);
    words.push_back(last + "s");
    words.push_back(last.substr(0, last.size() - 1));
    words.push_back("x" + last.substr(1));
    words.push_back(last.substr(0, last.size() - 1) + "x");
  }
  EXPECT_GE(people, 4u);
  for (const Token& tok : t.a.tokens) words.emplace_back(tok.lower);
  std::size_t named = 0;
  for (const std::string& w : words) {
    const std::int32_t want = scan(w);
    EXPECT_EQ(r.person_by_surname(w), want) << w;
    named += want >= 0;
  }
  EXPECT_GE(named, 6u);  // roe, oe, abcdefghijklmnopqrstuv in the text and as made; smithson: two people
  EXPECT_EQ(r.person_by_surname("smithson"), -1);
}


// collective() reads the names only for a head that passes a filter of the names' words:
// a head that is a word of a name named before finds it; one that only shares its first
// and last letters and length with such a word (`urban` and `union`, `waiters` and
// `workers`, `bunk` and `bank`), a plural, or a word inside a word finds none.
TEST(CoreferenceStage, ACollectiveHeadIsAWordOfTheNameWhateverItsLetters) {
  UpToRoles t("The Transport Workers Union called a strike on Monday. Deutsche Bank lent money on Tuesday. The union "
              "spoke. The urban spoke. The workers spoke. The waiters spoke. The bank spoke. The bunk spoke. The unions "
              "spoke. The deutsch spoke.");
  Resolver r(t.a, t.lex(), Resolver::Mode::Stage);
  const std::size_t tuesday = t.token("Tuesday");
  struct Case { const char* head; const char* entity; };
  const Case cases[] = {{"union", "Transport Workers Union"}, {"urban", "(none)"}, {"workers", "Transport Workers Union"},
                        {"waiters", "(none)"}, {"bank", "Deutsche Bank"}, {"bunk", "(none)"}, {"unions", "(none)"},
                        {"deutsch", "(none)"}};
  for (const auto& c : cases) {
    const std::size_t head = t.token(c.head, tuesday);
    std::string from;
    EXPECT_EQ(t.name(r.collective(head - 1, head + 1, from)), c.entity) << c.head;
  }
}

TEST(CoreferenceStage, APronounResolvedThroughABareSurnameKeepsThePronounRule) {
  // Rule 19.421: `he` whose antecedent is a bare surname that itself resolves to a longer
  // name is a pronoun reference, which the quotes stage looks up for the speaker of
  // `"...," he told`.
  gazette::testing::Annotated t("Fans cheered on Friday. Singer Brian 'Axe' Wendle told a radio station that he would quit. "
              "Wendle added that he would tour once more. The 40-year-old spoke warmly of his fans. "
              "\"Music saved my life,\" he told his local radio station.");
  ASSERT_FALSE(t.a.quotes.empty());
  EXPECT_EQ(t.name(t.a.quotes.back().speaker), "Brian 'Axe' Wendle");
  EXPECT_EQ(t.a.quotes.back().speaker_rule, "pronoun");
}

// The stage reads a word list of a token's lower-case form from the token's mask
// (coreference.cpp lower_in(), no vocabulary look-up): the same answer as the look-up of
// `lower` for every token but a one-letter capital, whose mask intern() takes from its norm
// (`A` may be an initial), so lower_in() looks that one up.
TEST(CoreferenceStage, AWordListOfATokensLowerCaseFormIsItsMasksButForOneCapitalLetter) {
  UpToRoles t("A former Vermont senator and THE Shadow Chancellor met the party's Press Secretary. "
              "I said an official, the spokeswoman, had left; Mrs. O'Neill-Smith, 54, didn't.");
  const Lexicons& lex = t.lex();
  std::size_t compared = 0;
  for (const Token& k : t.a.tokens) {
    if (k.norm.size() == 1) continue;
    for (std::size_t l = 0; l < static_cast<std::size_t>(Words::kCount); ++l) {
      const auto list = static_cast<Words>(l);
      EXPECT_EQ(lex.in(list, k), lex.in(list, k.lower)) << k.norm << " list " << l;
      ++compared;
    }
  }
  EXPECT_GT(compared, 0u);
  const Token& a = t.a.tokens[t.token("A")];
  EXPECT_TRUE(lex.in(Words::Articles, a.lower));  // `a`
  EXPECT_FALSE(lex.in(Words::Articles, a));       // the mask of `A`
  EXPECT_TRUE(lex.in(Words::TitlePremodifiers, t.a.tokens[t.token("former")]));
  EXPECT_TRUE(lex.in(Words::DefiniteArticles, t.a.tokens[t.token("THE")]));
}

TEST(Coreference, AHeAfterARelativeWordIsBoundInItsSentenceWhenItsSubjectIsNoPerson) {
  // s55-spkfix11, rule A1035: he/she right after that/which/who/whom, in a sentence whose
  // subject is no person of that sex, is the nearest agreeing person before it in the
  // sentence, not the subject of the sentence before (Bill Jones at 36ed04d).
  const auto he = [](const char* text) {
    UpToRoles t(text);
    Resolver r(t.a, t.lex());
    std::size_t k = 0;
    for (std::size_t i = 0; i < t.a.tokens.size(); ++i)
      if (t.a.tokens[i].norm == "he" || t.a.tokens[i].norm == "she") k = i;  // the last one
    return t.name(r.pronoun(k));
  };
  EXPECT_EQ(he("Bill Jones spoke in Leeds. The doubt was at the core of Tom Smith's review of a scheme that he said had failed."),
            "Tom Smith");
  EXPECT_EQ(he("Bill Jones spoke in Leeds. The letter said Tom Smith had no need to name the families for whom he cooked."),
            "Tom Smith");
  // the person a who/whom stands for is not its clause's he
  EXPECT_EQ(he("Bill Jones spoke in Leeds. The radio said John Doe had met the mayor, Tom Smith, whom he praised."), "John Doe");
  // a later conjunct of a list of people is no antecedent of its own: the old reading
  EXPECT_EQ(he("Bill Jones spoke in Leeds. The film showed a row between Tom Smith and party leader John Doe about rumours that he "
               "would resign."),
            "Bill Jones");
  // a sentence that opens on his, or has a person subject of the same sex, is read as before
  EXPECT_EQ(he("Bill Jones spoke in Leeds. The appointment of the banker and former mayor Tom Smith to the board was a sign that he "
               "wants change."),
            "Tom Smith");
  EXPECT_EQ(he("Bill Jones spoke in Leeds. His appointment of the banker and former mayor Tom Smith to the board was a sign that he "
               "wants change."),
            "Bill Jones");
  EXPECT_EQ(he("Bill Jones spoke in Leeds. Jane Roe met Tom Smith, who she said was kind."), "Jane Roe");
  // the quotes stage reads the stage's reference: the reported clause is Smith's
  gazette::testing::Annotated q("Bill Jones spoke in Leeds. The doubt was at the core of Tom Smith's review of a scheme that he said "
                                "has helped the landlords.");
  ASSERT_EQ(q.a.quotes.size(), 1U);
  EXPECT_EQ(q.name(q.a.quotes[0].speaker), "Tom Smith");
}

TEST(CoreferenceStage, ABodyBeforeATitleMustBeTheHoldersBody) {
  // `A Labour spokesman` is no spokesman of another party the text named before.
  gazette::testing::Annotated other("The row went on in London. Tory spokesman John Doe said the leaflets were unfair. "
                                    "A Labour spokesman replied that the leaflets would stay up until May.");
  ASSERT_EQ(other.a.quotes.size(), 2u);
  EXPECT_EQ(other.name(other.a.quotes[0].speaker), "John Doe");
  EXPECT_NE(other.name(other.a.quotes[1].speaker), "John Doe");
  // The same body: the holder the text stated.
  gazette::testing::Annotated same("The vote went on in London. Tory leader John Doe said the tax was unfair. "
                                   "The Tory leader insisted the levy would cost families dearly.");
  ASSERT_EQ(same.a.quotes.size(), 2u);
  EXPECT_EQ(same.name(same.a.quotes[1].speaker), "John Doe");
}

// Row 23.224 (find_roles(): a mention tested for a person before it is copied; a list
// already in sentence order not sorted again): the stage's input, the entities; the roles
// stated, of persons only, in sentence order, each sentence's in the order found.
TEST(Coreference, RolesOfPersonsOnlyInSentenceOrder) {
  const UpToRoles t(
      "The Lund council met on Monday. Foreign Minister Odile Varenne visited Malmo. "
      "Tomas Berg, the mayor of Lund, greeted her. Varenne thanked the Sandvik chairman Ilse Brandt.");
  std::vector<std::string> roles;
  for (const auto& r : t.a.roles) {
    EXPECT_EQ(t.a.entities[static_cast<std::size_t>(r.person)].type, EntityType::Person) << r.title;
    roles.push_back(t.name(r.person) + ":" + r.title + ":" + std::to_string(r.sentence));
  }
  EXPECT_TRUE(std::is_sorted(t.a.roles.begin(), t.a.roles.end(),
                             [](const RoleFact& x, const RoleFact& y) { return x.sentence < y.sentence; }));
  EXPECT_EQ(roles, (std::vector<std::string>{"Odile Varenne:Foreign Minister:1", "Odile Varenne:Minister:1", "Tomas Berg:Mayor:2"}));
}

// Row 23.263: after a definite article, a word that no collective phrase may hold (a
// capitalised word, a mark) and that the trim of trailing auxiliaries keeps ends the
// stage's search for a speaker collective there (none from `the Kestby union`, none past
// `the union ,`); the phrase before it is still read, and so are both phrases of `The union
// also said`.
TEST(CoreferenceStage, AMarkOrACapitalisedWordEndsTheCollectivesAfterAnArticle) {
  UpToRoles t("The Transport Workers Union called a strike on Monday. Jane Roe said the union, which has two million "
              "members, would march. Tom Smith said the Kestby union would not. The union also said it would talk.");
  resolve_coreference(t.a, t.lex());
  std::vector<std::string> collectives;
  for (const Mention& m : t.a.unwritten_references)
    if (m.coreference_rule == "collective") collectives.push_back(std::string(t.a.text(m.span)) + " " + t.name(m.entity));
  EXPECT_EQ(collectives, (std::vector<std::string>{"the union Transport Workers Union", "The union Transport Workers Union",
                                                    "The union also Transport Workers Union"}));
}

// Row A1161 (titles.json: `Boss` an office title, as `Coach` and `Manager`): `the Kestwick
// boss` describes a person, the holder of that post at the body the text names
// (`Kestwick boss Tom Smith` earlier), else nobody: never the club itself (role-phrase).
TEST(Coreference, TheClubBossIsTheNamedHolderOfThePostNotTheClub) {
  gazette::testing::Annotated named("Kestwick boss Tom Smith was pleased. Kestwick beat Harbor Rovers 2-0 on Saturday. "
                                    "The Kestwick boss said his side had been superb.");
  ASSERT_EQ(named.a.quotes.size(), 1u);
  EXPECT_EQ(named.name(named.a.quotes[0].speaker), "Tom Smith");
  gazette::testing::Annotated unnamed("Kestwick beat Harbor Rovers 2-0 on Saturday. "
                                      "The Kestwick boss said his side had been superb.");
  ASSERT_EQ(unnamed.a.quotes.size(), 1u);
  EXPECT_LT(unnamed.a.quotes[0].speaker, 0);
  // A spokesman still speaks for the body (GUIDELINES: `a Home Office spokesman said`).
  gazette::testing::Annotated body("The Harbor Party met on Saturday. A Harbor Party spokesman said the vote was fair.");
  ASSERT_EQ(body.a.quotes.size(), 1u);
  EXPECT_EQ(body.name(body.a.quotes[0].speaker), "Harbor Party");
}

// Row 23.276: one opener test per listed token (opens_unwritten()) before the six passes;
// each pass still finds its reference: his/her before a statement noun and `that`
// (statement_possessor()), an article and a lower-case noun (speaker_collectives()); the
// listed words between (`spoke`, `in`, `on`, `was`) open none.
TEST(CoreferenceStage, EachUnwrittenReferenceOpensOnItsListedWord) {
  gazette::testing::Annotated t("Tom Baker spoke in Leeds on Monday. The council later rejected his claim that the harbour was unsafe. "
              "The Tarnvale Dockers Union met on Tuesday. The union said it would talk.");
  std::vector<std::string> found;
  for (const Mention& m : t.a.unwritten_references)
    found.push_back(std::string(t.a.text(m.span)) + " " + m.coreference_rule + " " + t.name(m.entity));
  EXPECT_NE(std::find(found.begin(), found.end(), "his pronoun Tom Baker"), found.end()) << ::testing::PrintToString(found);
  EXPECT_NE(std::find(found.begin(), found.end(), "The union collective Tarnvale Dockers Union"), found.end());
}

// Row 23.323: the stage's per-token passes read the tokens listed once a document
// (Openers: capitalised words, subject and body pronouns, the words of the unwritten
// passes' lists, definite articles), sentence by sentence in text order: each reference
// is still found, pass by pass (the bare title `The mayor` after the mayor is named, then
// `He`; `Smith` is a name already), and the unwritten ones in text order: `the union` (two
// phrases), `He` inside the quotation, `his` before a statement noun and `that`.
TEST(CoreferenceStage, ThePassesReadTheListedTokensOfEachSentenceInTextOrder) {
  UpToRoles t("Tom Smith, the mayor of Kestby, spoke on Monday. The Kestby Dockers Union met on Tuesday. "
              "Smith said the union would talk. He rejected its claim that the harbour was unsafe. "
              "\"He is wrong,\" Jane Roe said. The mayor later repeated his claim that the dock would close. "
              "It said the strike would end.");
  resolve_coreference(t.a, t.lex());
  std::vector<std::string> written, unwritten;
  for (const Mention& m : t.a.mentions)
    if (!m.resolved_from.empty()) written.push_back(std::string(t.a.text(m.span)) + " " + t.name(m.entity));
  for (const Mention& m : t.a.unwritten_references)
    unwritten.push_back(std::string(t.a.text(m.span)) + " " + m.coreference_rule + " " + t.name(m.entity));
  EXPECT_EQ(written, (std::vector<std::string>{"The mayor Tom Smith", "He Tom Smith"})) << ::testing::PrintToString(written);
  EXPECT_EQ(unwritten, (std::vector<std::string>{"the union collective Kestby Dockers Union",
                                                  "the union would collective Kestby Dockers Union",
                                                  "He pronoun Tom Smith", "his role-phrase Tom Smith"}))
      << ::testing::PrintToString(unwritten);
}

// Row 23.324: titles_in_text() asks the title index only at a token where a title may start
// (next_title_start(): a word the index does not know, or the first word of a title); a
// title read anywhere in a sentence still gives its role phrase: `the French foreign
// minister` after other words, and again in a later sentence; a title with its name
// (`Foreign Minister Jane Roe`) gives none.
TEST(Roles, ARolePhraseIsFoundWhereverItsTitleStands) {
  UpToRoles t("Foreign Minister Jane Roe of France arrived in Kestby on Monday. Reporters waited while the French "
              "foreign minister spoke. The French foreign minister left.");
  std::vector<std::string> found;
  for (const RolePhrase& rp : t.a.role_phrases)
    found.push_back(std::string(t.a.text(Span{t.a.tokens[rp.first].span.begin, t.a.tokens[rp.end - 1].span.end})) + " " +
                    t.name(rp.person));
  EXPECT_EQ(found, (std::vector<std::string>{"the French foreign minister Jane Roe", "The French foreign minister Jane Roe"}))
      << ::testing::PrintToString(found);
  EXPECT_EQ(find_role_phrases(t.a, t.lex()).size(), t.a.role_phrases.size());
}

// Row 23.362: pronoun()'s walk back asks each earlier sentence's subject and last speaker
// once (Resolver::remembered()); the pronouns after it read the same answers, with the
// antecedent each look-up gave: `She` twice after Jane Roe's quotation (its last speaker),
// then `He` past them to the subject of the first sentence.
TEST(CoreferenceStage, PronounsInARowReadTheEarlierSentencesAnswersWithTheirAntecedents) {
  UpToRoles t("Tom Smith opened the new harbour in Kestby on Monday. \"The boats are back,\" Jane Roe said. "
              "She thanked the crew. She smiled at the crowd. He left early.");
  resolve_coreference(t.a, t.lex());
  std::vector<std::string> found;
  for (const Mention* m : references(t.a)) {
    const std::string antecedent = m->antecedent < 0 ? "-" : std::string(t.a.text(t.a.mentions[static_cast<std::size_t>(m->antecedent)].span));
    found.push_back(std::string(t.a.text(m->span)) + " " + t.name(m->entity) + " " + antecedent);
  }
  EXPECT_EQ(found, (std::vector<std::string>{"She Jane Roe Jane Roe", "She Jane Roe Jane Roe", "He Tom Smith Tom Smith"}))
      << ::testing::PrintToString(found);
}

// Row 23.364: token_reference() asks each reading only of a token its first test passes:
// a capitalised word as a surname (`Smith`, named already, gives none), he/she as a
// pronoun, `it` as a body's pronoun; a capitalised word that is neither (`Harbour`) and a
// lower-case word give none.
TEST(Coreference, ATokensReferenceIsAskedOfTheReadingItsWordOpens) {
  UpToRoles t("Tom Smith founded Acme Corp in Kestby. Smith said the harbour would reopen. He smiled. "
              "Acme Corp said profits rose. It hired ten workers. Harbour fees rose.");
  Resolver r(t.a, t.lex());
  const auto last_token = [&](std::string_view w) {
    std::size_t at = t.a.tokens.size();
    for (std::size_t k = 0; k < t.a.tokens.size(); ++k)
      if (t.a.tokens[k].norm == w) at = k;
    return at;
  };
  std::string from;
  EXPECT_EQ(r.token_reference(last_token("Smith"), from), -1);  // a name already: its mention
  EXPECT_EQ(t.name(r.token_reference(last_token("He"), from)), "Tom Smith");
  EXPECT_EQ(r.last_from().rule, "pronoun");
  EXPECT_EQ(t.name(r.token_reference(last_token("It"), from)), "Acme Corp");
  EXPECT_EQ(r.token_reference(last_token("Harbour"), from), -1);
  EXPECT_EQ(r.token_reference(last_token("hired"), from), -1);
}

// Row 23.365: surname() asks the surnames' filter itself once the table is built, before
// the call to person_by_surname(): a bare surname no mention covers (`Wendle`, the last
// word of `Brian 'Axe' Wendle`, its mention taken off the maps) is still that person's, by
// the surname rule; a capitalised
// word that is no surname (`Harbour`) gives none, asked before and after the table.
TEST(Coreference, ABareSurnameIsStillFoundWhenTheFilterIsAskedFirst) {
  UpToRoles t("Fans cheered on Friday. Singer Brian 'Axe' Wendle told a radio station that he would quit. "
              "Wendle added that Harbour fees would rise.");
  Resolver r(t.a, t.lex());
  std::size_t wendle = 0, harbour = 0;
  for (std::size_t k = 0; k < t.a.tokens.size(); ++k) {
    if (t.a.tokens[k].norm == "Wendle") wendle = k;
    if (t.a.tokens[k].norm == "Harbour") harbour = k;
  }
  ASSERT_GT(wendle, 0u);
  r.mention_cover[wendle] = -1;  // as if the recognizer had left the bare surname
  r.mention_at[wendle] = -1;
  std::string from;
  EXPECT_EQ(r.token_reference(harbour, from), -1);  // builds the table
  EXPECT_EQ(t.name(r.token_reference(wendle, from)), "Brian 'Axe' Wendle");
  EXPECT_EQ(r.last_from().rule, "surname");
  EXPECT_EQ(from, "Wendle");
  EXPECT_EQ(r.token_reference(harbour, from), -1);  // the filter, asked first
}

// Row 23.361: find_roles() marks the tokens where a title cue ends and reads
// title_before_name() only for a name right after such a token or after the comma that
// follows one; the titles before a name and set off by commas are still read, and a name
// with no title before it gets none.
TEST(Coreference, TitlesBeforeANameAreReadOnlyWhereATitleEnds) {
  const UpToRoles t(
      "Foreign Minister Odile Varenne visited Malmo. Tomas Berg met her. "
      "The US Ambassador to the United Nations, Ilse Brandt, said so. Jane Roe spoke.");
  std::vector<std::string> roles;
  for (const auto& r : t.a.roles)
    if (r.rule == "title-before-name" || r.rule == "title-comma-name") roles.push_back(t.name(r.person) + ":" + r.rule);
  EXPECT_NE(std::find(roles.begin(), roles.end(), "Odile Varenne:title-before-name"), roles.end());
  EXPECT_NE(std::find(roles.begin(), roles.end(), "Ilse Brandt:title-comma-name"), roles.end());
  for (const auto& r : t.a.roles) {
    EXPECT_NE(t.name(r.person), "Tomas Berg");
    EXPECT_NE(t.name(r.person), "Jane Roe");
  }
}

// Row 23.421: Openers asks each word-list mask's answer once a document and a token with no
// mask (0xFFFF: Lexicons::in() looks its word up) every time, never keeping that answer:
// with every token's mask taken away, the stage finds the same references as with them
// (`He` a pronoun, `the` of `the union` a definite article, not one answer for both).
TEST(CoreferenceStage, TokensWithoutAWordListMaskOpenTheSamePassesAsWithIt) {
  const char* text = "Tom Smith, the mayor of Kestby, spoke on Monday. The Kestby Dockers Union met on Tuesday. "
                     "Smith said the union would talk. He rejected its claim that the harbour was unsafe. "
                     "The mayor later repeated his claim that the dock would close.";
  const auto references = [&](bool masks) {
    UpToRoles t(text);
    if (!masks)
      for (Token& tok : t.a.tokens) tok.lmask = 0xFFFF;
    resolve_coreference(t.a, t.lex());
    std::vector<std::string> found;
    for (const Mention& m : t.a.mentions)
      if (!m.resolved_from.empty()) found.push_back(std::string(t.a.text(m.span)) + " " + t.name(m.entity));
    for (const Mention& m : t.a.unwritten_references)
      found.push_back(std::string(t.a.text(m.span)) + " " + m.coreference_rule + " " + t.name(m.entity));
    return found;
  };
  const auto with_masks = references(true);
  EXPECT_NE(std::find(with_masks.begin(), with_masks.end(), "He Tom Smith"), with_masks.end())
      << ::testing::PrintToString(with_masks);
  EXPECT_EQ(references(false), with_masks);
}

// Row 23.430: the surnames' table is filled with its room made first and each lower-case
// surname moved in (long ones too, past a string's own buffer): with many people, every
// surname still names its one person, and a surname two people share names none.
TEST(CoreferenceStage, ManySurnamesFillTheTableEachToItsPerson) {
  std::string text;
  const std::string letters = "bcdfghjklmnpqrstvwz";
  for (const char c : letters) text += "Tom Wendlebury" + std::string(1, c) + "ington met Jane Roe. ";
  text += "Mary Kestbyfield and Carl Kestbyfield spoke.";
  UpToRoles t(text);
  Resolver r(t.a, t.lex(), Resolver::Mode::Stage);
  std::size_t found = 0;
  for (const char c : letters) {
    const std::string surname = "wendlebury" + std::string(1, c) + "ington";
    const std::int32_t who = r.person_by_surname(surname);
    ASSERT_GE(who, 0) << surname;
    EXPECT_EQ(to_lower(t.a.entities[static_cast<std::size_t>(who)].canonical), "tom " + surname);
    ++found;
  }
  EXPECT_EQ(found, letters.size());
  EXPECT_GE(r.person_by_surname("roe"), 0);
  EXPECT_EQ(r.person_by_surname("kestbyfield"), -1);  // two people
  EXPECT_EQ(r.person_by_surname("wendlebury"), -1);
}

// Row A1178: a party named right before a person's name at the head of a sentence that
// opens on lower-case premodifiers (`But fellow Tory Tom Roe said ...`) leaves the person
// the sentence's subject, so `he` of the next quote is that person. Without the row the
// subject was none and `he` went back to Mr Smith.
TEST(Coreference, APartyBeforeAPremodifiedNameLeavesThePersonTheSubject) {
  const gazette::testing::Annotated t(
      "Speaking on the radio, Mr Smith said political give and take would replace rigid rules. But fellow "
      "Conservative Tom Roe said the folly of the system was in trying to run the economy on one set of rules. "
      "\"The essential point here is that the pact has turned out to be a fake,\" he said.");
  bool found = false;
  for (const auto& q : t.a.quotes)
    if (t.a.text(q.span).starts_with("The essential point")) {
      found = true;
      EXPECT_EQ(t.name(q.speaker), "Tom Roe");
    }
  EXPECT_TRUE(found);
}

// Row A1179: a title inside a longer one that a subordinate word opens is not the holder's
// office (`Deputy Prime Minister Jack Doe` states `Deputy Prime Minister` only), so a later
// `the prime minister` is not him; an inner title of a longer one with no such word stays
// (`Foreign Minister Jane Roe`: `Minister` too).
TEST(Roles, ADeputysTitleStatesNoInnerTitle) {
  UpToRoles t("Tom Smith and Deputy Prime Minister Jack Doe visited a mill in Kestby on Monday. "
              "Foreign Minister Jane Roe stayed in Oslo.");
  std::vector<std::string> titles;
  for (const auto& r : t.a.roles) titles.push_back(t.name(r.person) + ":" + r.title);
  const auto has = [&](const char* s) { return std::find(titles.begin(), titles.end(), s) != titles.end(); };
  EXPECT_TRUE(has("Jack Doe:Deputy Prime Minister")) << ::testing::PrintToString(titles);
  EXPECT_FALSE(has("Jack Doe:Prime Minister")) << ::testing::PrintToString(titles);
  EXPECT_FALSE(has("Jack Doe:Minister")) << ::testing::PrintToString(titles);
  EXPECT_TRUE(has("Jane Roe:Foreign Minister")) << ::testing::PrintToString(titles);
  EXPECT_TRUE(has("Jane Roe:Minister")) << ::testing::PrintToString(titles);
}

// Row 23.466: the roles stage lists the tokens where a title may start once (every token
// with the title-first word bit, in text order, in every sentence), and the coreference
// stage reads its office readings from that list: the readings are those of a document
// whose list the stage makes itself, and none are read from a list that holds no token.
TEST(CoreferenceStage, OfficeReadingsAreReadFromTheTitleStartsTheRolesStageListed) {
  UpToRoles t("Foreign Minister Jane Roe arrived in Kestby on Monday. Tom Smith said the foreign minister "
              "had left. The harbour minister of Norway spoke.");
  ASSERT_TRUE(t.a.title_starts_listed);
  std::vector<std::uint32_t> every;
  for (std::uint32_t k = 0; k < t.a.tokens.size(); ++k)
    if ((t.a.tokens[k].lbits & Lexicons::kTitleFirst) != 0) every.push_back(k);
  EXPECT_EQ(t.a.title_starts, every);
  const auto listed = [&](std::size_t k) {
    return std::find(t.a.title_starts.begin(), t.a.title_starts.end(), k) != t.a.title_starts.end();
  };
  EXPECT_TRUE(listed(t.token("Foreign")));
  EXPECT_TRUE(listed(t.token("minister", t.token("Monday"))));
  EXPECT_FALSE(listed(t.token("said")));
  EXPECT_FALSE(listed(t.token("the")));
  Annotation unlisted = t.a, emptied = t.a;
  unlisted.title_starts.clear();
  unlisted.title_starts_listed = false;
  emptied.title_starts.clear();
  resolve_coreference(t.a, t.lex());
  resolve_coreference(unlisted, t.lex());
  resolve_coreference(emptied, t.lex());
  ASSERT_FALSE(t.a.office_readings.empty());
  ASSERT_EQ(unlisted.office_readings.size(), t.a.office_readings.size());
  for (std::size_t i = 0; i < t.a.office_readings.size(); ++i) {
    EXPECT_EQ(unlisted.office_readings[i].title_first, t.a.office_readings[i].title_first);
    EXPECT_EQ(unlisted.office_readings[i].title_end, t.a.office_readings[i].title_end);
    EXPECT_EQ(unlisted.office_readings[i].qualifier, t.a.office_readings[i].qualifier);
    EXPECT_EQ(unlisted.office_readings[i].person, t.a.office_readings[i].person);
  }
  EXPECT_EQ(unlisted.title_starts, t.a.title_starts);  // listed by the coreference stage itself
  EXPECT_TRUE(emptied.office_readings.empty());
}

// Row 23.467: a one-word title is compared with the offices held by its word lists read
// from the token (diplomat_nouns, office_head_anywhere, leader_nouns), as the look-up of
// its text did: `the Russian diplomat` is the foreign minister, `the Russian minister` any
// Russian minister, `the Russian leader` the president; `the Russian secretary` none of them.
TEST(CoreferenceStage, AOneWordTitleIsReadByItsWordListsFromTheToken) {
  UpToRoles t("Russian Foreign Minister Jane Roe and Russian President Tom Smith arrived in Kestby on Monday. "
              "The Russian diplomat spoke first. The Russian leader spoke next. The Russian secretary left.");
  resolve_coreference(t.a, t.lex());
  const auto holder = [&](std::string_view word) {
    const std::size_t k = t.token(word, t.token("Monday"));
    std::string who = "(none)";
    for (const OfficeReading& o : t.a.office_readings)
      if (o.title_first == k && o.title_end == k + 1 && o.qualifier == "Russia" && o.person >= 0) who = t.name(o.person);
    return who;
  };
  EXPECT_EQ(holder("diplomat"), "Jane Roe");
  EXPECT_EQ(holder("leader"), "Tom Smith");
  EXPECT_EQ(holder("secretary"), "(none)");
}
