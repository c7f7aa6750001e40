// Copyright 2026 The Dateline Authors.

#include "events/extract_events.h"

#include <gtest/gtest.h>

#include "article/extract.h"
#include "geo/gazetteer.h"

namespace dateline {
namespace {

std::vector<Event> Extract(const std::string& text, const std::string& published) {
  Document doc;
  doc.name = "test.txt";
  doc.format = DocFormat::kText;
  doc.body = text;
  doc.published = published;
  std::vector<Article> articles;
  ArticleOptions opts;
  opts.detect_language = false;
  EXPECT_TRUE(ExtractArticles(doc, opts, &articles).ok());
  std::vector<Event> events;
  EXPECT_TRUE(ExtractEvents(doc, articles, &events).ok());
  return events;
}

int64_t Best(const Event& e, CountKind k) { return e.count(k) ? e.count(k)->best : -1; }

// A story told three ways, with a rising toll and a background aggregate.
const char kStory[] =
    "Gunmen storm market in Port Town\n"
    "\n"
    "Gunmen storm market in Port Town\n"
    "Updated 12 June 2023\n"
    "\n"
    "PORT TOWN: Gunmen stormed a crowded market in Port Town on Saturday, killing 20 people, "
    "officials said.\n"
    "\n"
    "By Sunday the death toll had risen to 27, a hospital official said.\n"
    "\n"
    "More than 3,000 people have been killed in the decade-long insurgency in the region.\n"
    "\n"
    "\xE2\x80\x9CThey shot at everyone,\xE2\x80\x9D said trader Amina Bello, who survived.\n";

TEST(ExtractEvents, OneIncidentToldSeveralTimesIsOneEvent) {
  auto events = Extract(kStory, "");
  int with_killed = 0;
  const Event* e = nullptr;
  for (const Event& ev : events) {
    if (Best(ev, CountKind::kKilled) > 0) {
      ++with_killed;
      e = &ev;
    }
  }
  ASSERT_EQ(1, with_killed);
  EXPECT_EQ(27, Best(*e, CountKind::kKilled));
  // Every report stays as a revision.
  int revisions = 0;
  for (const Revision& r : e->revisions) revisions += r.kind == CountKind::kKilled;
  EXPECT_EQ(2, revisions);
  EXPECT_GE(e->sources.size(), 2u);
  // Saturday before the Monday article date.
  EXPECT_EQ("2023-06-10", e->date);
  EXPECT_EQ("day", e->date_precision);
  EXPECT_EQ("Violence against civilians", e->type);
  ASSERT_TRUE(e->place.has_value());
  EXPECT_EQ("Port Town", e->place->name);
}

TEST(ExtractEvents, AParticipleRetellingTheSameDeadIsNotMoreDead) {
  auto events = Extract("60 people were killed when gunmen attacked the town of Zzyvaq on "
                        "Monday, killing 60 people and burning many houses.\n", "2024-01-02");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(60, Best(events[0], CountKind::kKilled));
  // Two groups of the same size are two groups.
  events = Extract("Seven soldiers were killed and seven militants were killed in a clash in "
                   "Zzyvaq on Monday.\n", "2024-01-02");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(14, Best(events[0], CountKind::kKilled));
}

TEST(ExtractEvents, AVagueFigureDoesNotBlurAGivenOne) {
  auto events = Extract("Ten peacekeepers were killed when gunmen attacked a base in Zzyvaq on "
                        "Monday. Several attackers were also killed in the clashes.\n",
                        "2024-01-02");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(10, Best(events[0], CountKind::kKilled));
  events = Extract("Ten peacekeepers were killed when gunmen attacked a base in Zzyvaq on "
                   "Monday. Four attackers were also killed in the clashes.\n", "2024-01-02");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(14, Best(events[0], CountKind::kKilled));
}

TEST(ExtractEvents, ClashesThatEruptAreNoVolcano) {
  auto events = Extract("Rebels killed the governor and his nephew in clashes that erupted in "
                        "Zzyvaq on Monday.\n", "2024-01-02");
  ASSERT_FALSE(events.empty());
  EXPECT_NE("Disasters", events[0].type);
}

TEST(ExtractEvents, AggregatesAreNotEvents) {
  for (const Event& e : Extract(kStory, "")) {
    EXPECT_LT(Best(e, CountKind::kKilled), 3000) << e.summary;
  }
}

TEST(ExtractEvents, SourcesPointIntoTheDocument) {
  for (const Event& e : Extract(kStory, "")) {
    for (const Source& s : e.sources) {
      ASSERT_GE(s.span_begin, 0) << s.sentence;
      EXPECT_EQ(s.sentence, std::string(kStory).substr(static_cast<size_t>(s.span_begin),
                                                       static_cast<size_t>(s.span_end - s.span_begin)));
      EXPECT_EQ("2023-06-12", s.published);
    }
  }
}

TEST(ExtractEvents, DayAfterShiftsTheDate) {
  auto events = Extract(
      "Soldiers guard the ruins in Hillside on May 5, 2022, a day after an attack in which "
      "at least 9 people were killed.\n",
      "2022-05-06");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("2022-05-04", events[0].date);
  EXPECT_EQ(9, Best(events[0], CountKind::kKilled));
}

TEST(ExtractEvents, AFutureDateIsNotTheDateOfAKilling) {
  auto events = Extract(
      "A boy was burnt to death in Hillside ahead of a referendum next month, his party "
      "said on Monday.\n",
      "2013-02-27");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("2013-02-25", events[0].date);
}

TEST(ExtractEvents, ALaterSentenceNamesTheDayInsideTheWeek) {
  // "this week" spans two months here, so alone it dates only the year.
  auto events = Extract(
      "Violence in Hillside this week has left six villagers dead, police said. The "
      "killings occurred on Tuesday.\n",
      "2013-10-02");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("2013-10-01", events[0].date);
}

TEST(ExtractEvents, TimelineItemsAreSeparateIncidents) {
  auto events = Extract(
      "ATTACKS ON THE CAPITAL\n\n"
      "\xE2\x80\xA2 March 2015 A suicide bomber killed 12 people in a Capital City bus station.\n\n"
      "June 2019 Two car bombs killed 30 people in Capital City.\n",
      "2024-01-10");
  int found = 0;
  for (const Event& e : events) {
    if (e.date == "2015-03") {
      EXPECT_EQ(12, Best(e, CountKind::kKilled));
      EXPECT_EQ("Suicide bomb", e.subtype);
      ++found;
    }
    if (e.date == "2019-06") {
      EXPECT_EQ(30, Best(e, CountKind::kKilled));
      ++found;
    }
  }
  EXPECT_EQ(2, found);
}

TEST(ExtractEvents, GroupsAndSides) {
  auto events = Extract(
      "At least 14 Shabaab fighters and two Somali soldiers were killed in a gunfight near "
      "Afgooye on Tuesday.\n",
      "2021-03-04");
  ASSERT_EQ(1u, events.size());
  const Event& e = events[0];
  EXPECT_EQ("Battles", e.type);
  EXPECT_EQ(16, Best(e, CountKind::kKilled));
  ASSERT_EQ(2u, e.count(CountKind::kKilled)->groups.size());
  EXPECT_EQ("2021-03-02", e.date);
  bool shabaab = false;
  for (const Actor& a : e.actors) shabaab |= a.name == "Al-Shabaab" && a.role == "side";
  EXPECT_TRUE(shabaab);
}

TEST(ExtractEvents, AliasesMergeIntoOneActor) {
  auto events = Extract(
      "ISWAP, or Islamic State West Africa Province, claimed the attack on the base in Monguno "
      "on Friday that killed 8 soldiers.\n",
      "2020-01-12");
  ASSERT_FALSE(events.empty());
  const Actor* iswap = nullptr;
  for (const Actor& a : events[0].actors) {
    if (a.name == "Islamic State West Africa Province") iswap = &a;
  }
  ASSERT_NE(nullptr, iswap);
  EXPECT_EQ("perpetrator", iswap->role);
  EXPECT_EQ(2u, iswap->mentions.size());
}

TEST(ExtractEvents, PlansAndThreatsAreNotIncidents) {
  auto events = Extract(
      "Officials warned that militants could attack the capital in the coming weeks.\n",
      "2020-01-12");
  EXPECT_TRUE(events.empty());
}

TEST(ExtractEvents, DisasterStoryKeepsItsType) {
  auto events = Extract(
      "A flood swept through Riverbend on Monday.\n"
      "\"Four people have died and 11 are missing,\" the mayor said.\n",
      "2019-09-18");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("Disasters", events[0].type);
  EXPECT_EQ(4, Best(events[0], CountKind::kKilled));
  EXPECT_EQ(11, Best(events[0], CountKind::kMissing));
}

// The event with the most dead in `text` (published the next day).
std::optional<Event> MainEvent(const std::string& text) {
  std::optional<Event> out;
  for (const Event& e : Extract(text, "2023-06-13")) {
    if (!out || Best(e, CountKind::kKilled) > Best(*out, CountKind::kKilled)) out = e;
  }
  return out;
}

TEST(ExtractEventsPlaces, UnknownVillageGivesWayToItsKnownDistrict) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent(
      "Gunmen killed 12 people in Zzyvaq village of Maiduguri LGA of Borno State on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
  ASSERT_TRUE(e->place->lat.has_value());
  EXPECT_NEAR(11.8, *e->place->lat, 0.5);
}

TEST(ExtractEventsPlaces, AFacilityIsInThePlaceItsNameCarries) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Not Airport (California) nor a "Central" elsewhere: the city named.
  auto e = MainEvent("A rocket hit the base at Kandahar Airport on Monday, killing two guards.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("AF", e->place->country_code);
  // The first place word names it; a person's name after it does not.
  e = MainEvent("Gunmen killed a guard at the Kabul Hamid Karzai Airport on Saturday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("AF", e->place->country_code);
  e = MainEvent("A man stabbed and injured two tourists in Amsterdam Central Station on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NL", e->place->country_code);
  // A site noun in lower case: the one name before it is the place.
  e = MainEvent("A car bomb went off by a crowded Kirkuk market on Tuesday, killing 9 people.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("Kirkuk", e->place->name);
  EXPECT_EQ("IQ", e->place->country_code);
}

TEST(ExtractEventsPlaces, ATownInsideTheRegionNamedIsWhereInIt) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // The state outranks a bare name by its noun; the town lies in it.
  auto e = MainEvent("A bomb went off in a bus in Gashua in Nigeria's northeast Yobe state, "
                     "killing 12 people.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("Gashua", e->place->name);
  EXPECT_EQ("city", e->place->precision);
}

TEST(ExtractEventsPlaces, PartsAndDivisionWordsAroundAKnownName) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("Four soldiers were killed in a shooting in Mosul City on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
  e = MainEvent("A bomb killed three people in Western Mosul on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
  // A unit noun of Congo's territories, Bangladesh's upazilas.
  e = MainEvent("Militiamen killed six civilians in Walikale Territory on Tuesday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("CD", e->place->country_code);
  EXPECT_EQ("Walikale", e->place->name);
}

TEST(ExtractEventsPlaces, ACityOnTheWayTellsTheCountryWhenNothingElseDoes) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("A judge who was abducted on his way to Faisalabad three days ago has "
                     "been killed by his captors.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("PK", e->place->country_code);
  // A place of the incident itself outranks it.
  e = MainEvent("A judge who was on his way to Faisalabad was killed in Kabul on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("AF", e->place->country_code);
}

TEST(ExtractEventsPlaces, ANameRegionsCarryIsNoSmallTownAbroad) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Sinaí is a small town in Ecuador; Sinai, alone, is Egypt's.
  auto e = MainEvent("A roadside bomb struck a police convoy in Sinai, killing one person.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("EG", e->place->country_code);
  // Nor when another clause's place is sought: Kashmir is no Cashmere, WA.
  e = MainEvent("Seven civilians were killed by shelling in the Zzyvaq sector on Monday in "
                "Kashmir.");
  ASSERT_TRUE(e && e->place);
  EXPECT_NE("US", e->place->country_code);
  // As a container too: the town is sought in Egypt, not near Sinaí.
  e = MainEvent("Four police were killed in an attack on a police station next to Al-Arish, "
                "Sinai peninsula.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("EG", e->place->country_code);
  EXPECT_EQ("city", e->place->precision);
}

TEST(ExtractEventsPlaces, TheCountryAPlaceIsPutInOutranksTheVictimsNationality) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // The toll and the place are in two clauses joined into one mention;
  // the place's country comes with the place.
  auto e = MainEvent("Nine Kenyan soldiers were killed after their vehicle ran over a mine in "
                     "the Somali town of Zzyvaq on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SO", e->place->country_code);
}

TEST(ExtractEventsPlaces, ACountryContainerOutranksARegionOfItsNameAbroad) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Ethiopia has a Somali Region and Nigeria a Niger State; neither holds
  // these towns, Somalia and Niger do.
  auto e = MainEvent("A bomb killed seven people in a tea shop in the Somali town of "
                     "Wanlaweyn on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SO", e->place->country_code);
  EXPECT_EQ("city", e->place->precision);
  e = MainEvent("Militants killed five people near the town of Bosso in southeast Niger on "
                "Tuesday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NE", e->place->country_code);
  EXPECT_EQ("city", e->place->precision);
}

TEST(ExtractEventsPlaces, ARegionGivenWithItsNounIsAContainerEvenByAnotherSpelling) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // The gazetteer spells it "Al-Hawija District"; a town of that name
  // there is not one of the Salems abroad.
  auto e = MainEvent("Gunmen attacked a village in the town of Salem in Hawija district, "
                     "killing five civilians.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
}

TEST(ExtractEventsPlaces, ACapitalsNameIsATownOfTheCountryTheSentenceIsAbout) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("A Lebanese soldier was killed in a raid in the northern port city of "
                     "Tripoli on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("LB", e->place->country_code);
  e = MainEvent("A Malian soldier was killed by gunmen in the Gao Region near the Burkinabe "
                "border on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("ML", e->place->country_code);
  // A town that borders a country is not in it; the group says where.
  e = MainEvent("In the town of Zzyvaq, which borders Niger, Boko Haram fighters killed five "
                "people on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
}

TEST(ExtractEventsPlaces, ForeignTroopsAreNotTheCountryTheGroupFightsIn) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("Three Burundian soldiers were killed by a roadside bomb on Monday. "
                     "Al-Shabaab claimed responsibility.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SO", e->place->country_code);
  // People of a country the group operates in are where it struck.
  e = MainEvent("Three Kenyan soldiers were killed by a roadside bomb on Monday. "
                "Al-Shabaab claimed responsibility.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("KE", e->place->country_code);
}

TEST(ExtractEventsPlaces, RegionsAreFoundWithoutTheirGenericWords) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // GeoNames: "South Waziristan Agency", "Kabupaten Nduga".
  auto e = MainEvent("A bomb killed two children in South Waziristan on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("PK", e->place->country_code);
  e = MainEvent("Gunmen killed five workers in Nduga on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("ID", e->place->country_code);
}

TEST(ExtractEventsPlaces, AnArabicArticleTheGazetteerDoesNotWrite) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("A car bomb killed two policemen in al-Kirkuk on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
  EXPECT_EQ("city", e->place->precision);
}

TEST(ExtractEventsPlaces, AContainersOwnContainerTellsTheCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Yemen has a district spelled like Rashad; South Kordofan is Sudan's
  // (the gazetteer: "Southern Kordofan").
  auto e = MainEvent("A bomb killed six people in Zzyvaq village in the Rashad locality, "
                     "South Kordofan, on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SD", e->place->country_code);
}

TEST(ExtractEventsPlaces, ATownOfUnknownSizeAbroadIsNoEvidenceOfTheCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Jiangsu has a Taji of unknown size; Samarra says the story is Iraq's.
  auto e = MainEvent("A bomber killed four pilgrims in the town of Taji on their way to the "
                     "city of Samarra on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
}

TEST(ExtractEventsPlaces, AStateOutweighsAVillagesNamesakeAbroad) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // The Comoros have a village Dima; Jonglei is South Sudan's.
  auto e = MainEvent("A chief from the Anuak in Jonglei state's Akobo county was killed in "
                     "Dima village by armed men on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SS", e->place->country_code);
  // A state's other spelling counts too (GeoNames: "Northern Darfur").
  e = MainEvent("Seven herders were killed by camel thieves in the area of Tigi, on the border "
                "of two localities in North Darfur on Sunday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SD", e->place->country_code);
}

TEST(ExtractEventsPlaces, AContainerTheGazetteerLacksVouchesForNoNamesake) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // South Australia has a Kimba; the unknown council does not place it
  // there when the story's state is Nigeria's.
  auto e = MainEvent("Sixteen residents of Kimba village in Biu Local Council of Borno State "
                     "were killed by gunmen on Friday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
}

TEST(ExtractEventsPlaces, APlaceNamedOnlyInPassingStillTellsTheCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("The imam of a Benghazi mosque was killed by a bomb planted in his car.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("LY", e->place->country_code);
  EXPECT_EQ("country", e->place->precision);  // where in Libya, the text does not say
  e = MainEvent("Gunmen killed the manager of the Kaduna based newspaper on Friday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
  // A name set off by commas ends a run of capitalised words.
  e = MainEvent("A pastor with the Zzyva Revival Ministries, Ijesha, Lagos, was killed by "
                "gunmen on a motorcycle.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
  // A state's other spelling ("Northern Darfur" in the gazetteer).
  e = MainEvent("Seven herders of a North Darfur clan were killed by raiders on Sunday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SD", e->place->country_code);
  // A newspaper's name is no place; names of two countries are no answer.
  e = MainEvent("Gunmen killed a reporter of the Kaduna Times on Friday.");
  ASSERT_TRUE(e);
  EXPECT_FALSE(e->place) << e->place->country_code;
  e = MainEvent("Gunmen killed a Kaduna based trader and a Benghazi based pilot on Friday.");
  ASSERT_TRUE(e);
  EXPECT_FALSE(e->place) << e->place->country_code;
}

TEST(ExtractEventsPlaces, ACountryNamedOutranksADemonymAsOften) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("Kenyan troops killed 17 people in the village of Zzyvaq [southern Somalia] "
                     "on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SO", e->place->country_code);
  // A name used as an adjective is no more than a demonym.
  e = MainEvent("An US soldier was killed in an insider attack in Kabul on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("AF", e->place->country_code);
}

TEST(ExtractEventsPlaces, ANeighbourOrALandFormIsNotTheCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("About 300 people were killed on Monday in Nigeria's border town with "
                     "Cameroon, Zzyvaq.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
  e = MainEvent("Pirates of the Niger Delta killed six policemen on Monday.");
  ASSERT_TRUE(e);
  if (e->place) EXPECT_NE("NE", e->place->country_code);
  e = MainEvent("Gunmen killed 15 people, forcing residents to flee to neighbouring Niger.");
  ASSERT_TRUE(e);
  if (e->place) EXPECT_NE("NE", e->place->country_code);
}

TEST(ExtractEventsPlaces, ACountryInAGroupsNameIsNotWhere) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("Fighters of the Democratic Forces for the Liberation of Rwanda killed five "
                     "civilians in Zzyvaq village in Mwenga territory on Monday.");
  ASSERT_TRUE(e);
  if (e->place) EXPECT_NE("RW", e->place->country_code);
}

TEST(ExtractEventsPlaces, PeopleAwayFromTheirCountryDoNotPlaceIt) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Iran has a small Najaf too; pilgrims are abroad.
  auto e = MainEvent("A suicide bomber hit a bus carrying Iranian Shiite pilgrims to the holy "
                     "city of Najaf on Monday, killing 10.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
}

TEST(ExtractEventsPlaces, WhereSomeoneGoesIsNotWhere) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // India has a small Kandahar; the ambassador's posting is not the place.
  auto e = MainEvent("Gunmen shot dead a brother of the Afghan ambassador to India near a mosque "
                     "in Kandahar city on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("AF", e->place->country_code);
  // "prior to" and "north to" are no destinations.
  e = MainEvent("Gunmen killed a mayor's husband prior to Philippine elections on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("PH", e->place->country_code);
}

TEST(ExtractEventsPlaces, MultiWordCountryNames) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // "South Sudan" is not Sudan.
  auto e = MainEvent("Raiders killed nine people in Zzyvaq village in South Sudan on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SS", e->place->country_code);
}

TEST(ExtractEventsPlaces, CapitalOfACountryAdjective) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("A car bomb killed seven people in the Somali capital on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SO", e->place->country_code);
  EXPECT_EQ("city", e->place->precision);
  // The country's possessive too: a city, not the country.
  e = MainEvent("An aid worker was shot dead in South Sudan's capital on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SS", e->place->country_code);
  EXPECT_EQ("city", e->place->precision);
}

TEST(ExtractEventsPlaces, CountryFromTheGroupWhenNoPlaceResolves) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("Boko Haram fighters killed 15 people in Zzyvaq on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
}

TEST(ExtractEventsPlaces, NamedCountryKeepsSmallNamesAbroadOut) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // No "Moundridge" in Nigeria: the event is in Nigeria, not in Kansas.
  auto e = MainEvent("Gunmen killed 20 people in Moundridge in northeast Nigeria on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
}

TEST(ExtractEventsPlaces, CountryTheSentenceNamesOutranksAContainer) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // A region the gazetteer does not know between the town and the
  // country: the town of that name in Minnesota is still not meant.
  auto e = MainEvent("Gunmen killed 20 people in the town of Moundridge in the Zzyva Hills "
                     "region of Nigeria on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
}

TEST(ExtractEventsPlaces, RegionNamedAfterACountryIsNotThatCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Niger State is in Nigeria.
  auto e = MainEvent("Clashes killed ten people in Zzyvaq, a village in Niger State, on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
}

TEST(ExtractEventsPlaces, PlaceInALaterClauseFoundInTheRegionItNames) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("Insurgents killed two men and kidnapped three others after they set up a "
                     "checkpoint in a village in the Hawija district of Kirkuk province.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
}

TEST(ExtractEventsPlaces, LandFormAfterAKnownName) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  auto e = MainEvent("A roadside bomb killed three truffle hunters in the Anbar Desert on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("IQ", e->place->country_code);
}

TEST(ExtractEventsPlaces, OriginAndBackersAreNotThePlace) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // "from France's force": where the soldiers are from.
  auto e = MainEvent("Two soldiers from France's counter-terrorism force were killed when "
                     "their vehicle struck a landmine in northeast Mali on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("ML", e->place->country_code);
  // "US backed" without the hyphen.
  e = MainEvent("Islamic State fighters ambushed US backed SDF fighters in Deir ez-Zor, "
                "killing at least 20 on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SY", e->place->country_code);
}

TEST(ExtractEventsPlaces, ARegionNounPrefersARegionSpelledAnotherWay) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Zabul Province, Afghanistan, not the Iranian city of Zabol.
  auto e = MainEvent("Seven civilians were killed when their vehicle hit a mine in Zabol "
                     "Province on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("AF", e->place->country_code);
}

TEST(ExtractEventsPlaces, AStateNamedWithItsNounTellsTheStorysCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Guma is also a district of Liberia; Benue State says Nigeria.
  auto e = MainEvent("About five persons were killed in a clash at Zzyvaq town of Guma Local "
                     "Government Area of Benue state on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NG", e->place->country_code);
}

TEST(ExtractEventsPlaces, AStanceIsNoCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // "pro-Russian": Donetsk, Ukraine, not the Donetsk of Rostov Oblast.
  auto e = MainEvent("Clashes between government troops and pro-Russian insurgents in Donetsk "
                     "have killed six residents on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("UA", e->place->country_code);
}

TEST(ExtractEventsPlaces, AStorysOneIncidentTakesAPlaceNamedLaterInItsCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  std::vector<Event> events = Extract(
      "At least 61 people were killed on Friday in clashes at a prison in northwest Venezuela, "
      "a hospital director said. Most of those injured at the prison in Lara state suffered "
      "gunshot wounds.\n", "2013-01-26");
  ASSERT_EQ(1u, events.size());
  ASSERT_TRUE(events[0].place.has_value());
  EXPECT_EQ("VE", events[0].place->country_code);
  EXPECT_EQ("admin1", events[0].place->precision);
}

TEST(ExtractEventsPlaces, AdministrativeNounAnywhereGivesTheRegion) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // No preposition before it: "of eastern Logar Province".
  auto e = MainEvent("An explosion in the main mosque of Zzyvaq killed the governor of eastern "
                     "Logar Province and four of his guards.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("AF", e->place->country_code);
}

TEST(ExtractEventsPlaces, BackersOriginsAndBordersAreNotWhere) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // "US-backed", "near the border with Niger", "a man from Egypt": the
  // town the text names decides.
  auto e = MainEvent("Seven US-backed fighters were killed when militants attacked their "
                     "checkpoint in the city of Manbij on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SY", e->place->country_code);
  e = MainEvent("A man from Egypt stabbed two vendors to death at a market in Amsterdam.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("NL", e->place->country_code);
  // "backed by the United Arab Emirates": who backs them.
  e = MainEvent("Yemeni troops backed by the United Arab Emirates killed 12 militants in Zzyvaq.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("YE", e->place->country_code);
}

TEST(ExtractEventsPlaces, RegionWordTellsTheCountry) {
  if (Gazetteer::Default() == nullptr) GTEST_SKIP() << "no gazetteer";
  // Darfur is a word of several Sudanese states' names.
  auto e = MainEvent("Militiamen killed six villagers in Zzyvaq in Darfur on Monday.");
  ASSERT_TRUE(e && e->place);
  EXPECT_EQ("SD", e->place->country_code);
}

TEST(ExtractEvents, APauseInTheFightingIsNoIncident) {
  const std::string published = "2023-01-10";
  EXPECT_TRUE(Extract("Fighters rest beside a fire during a lull in the fighting in central "
                      "Grozny on Monday.\n",
                      published)
                  .empty());
  auto events = Extract("Heavy fighting in central Grozny on Monday killed 12 fighters.\n",
                        published);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Best(events[0], CountKind::kKilled), 12);
}

TEST(ExtractEvents, ATollThatRoseIsTheIncidentsToll) {
  auto events = Extract(
      "The death toll from Sunday's suicide bombing at a market in Mogadishu rose to 19, "
      "officials said on Monday. Al-Shabaab claimed responsibility for the attack.\n",
      "2023-05-15");
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(Best(events[0], CountKind::kKilled), 19);
  EXPECT_EQ(events[0].date, "2023-05-14");
  bool claimed = false;
  for (const Actor& a : events[0].actors) claimed |= a.name == "Al-Shabaab" && a.role == "perpetrator";
  EXPECT_TRUE(claimed);
  // The officials and the police who tell it are not in it.
  for (const Actor& a : events[0].actors) EXPECT_NE(a.name, "Police");
}

// The incident's day from the forms wire leads use; 2014-04-10 is a
// Thursday, so "Tuesday" is 04-08 and "Wednesday" 04-09.
std::string DateOf(const std::string& text, const std::string& published = "2014-04-10") {
  auto events = Extract(text, published);
  EXPECT_EQ(1u, events.size()) << text;
  return events.empty() ? "" : events[0].date;
}

TEST(ExtractEventsDates, AnotherClauseOfTheSentenceGivesTheDay) {
  EXPECT_EQ("2014-04-08",
            DateOf("Gunmen killed five people after storming two tea shops in the old town of "
                   "Hillside on Tuesday, police said.\n"));
}

TEST(ExtractEventsDates, TheReportsDayBoundsTheIncidents) {
  // Only the day of the report: closer than the publication's.
  EXPECT_EQ("2014-04-09",
            DateOf("Rebels killed eight villagers in the hills near Hillside, local officials "
                   "said on Wednesday.\n"));
  // "Residents yesterday said ... killed Tuesday": the report's day is not
  // the incident's.
  EXPECT_EQ("2014-04-08",
            DateOf("Residents of Hillside yesterday said 23 people were killed Tuesday by gunmen "
                   "who burnt down many houses.\n"));
  // A report day a week before publication is a misdated copy: ignored.
  EXPECT_EQ("2014-04-10",
            DateOf("Rebels killed eight villagers in the hills near Hillside, local officials "
                   "said on Friday.\n"));
}

TEST(ExtractEventsDates, TheNextSentenceDatesTheIncident) {
  EXPECT_EQ("2014-04-08",
            DateOf("Six inmates of a jail in Hillside were killed and 27 injured in a fire set "
                   "during a riot, authorities said Wednesday. The fire started on Tuesday "
                   "afternoon at the penitentiary, prison officials said.\n"));
  // A day long before is background, not this incident's day.
  EXPECT_EQ("2014-04-10",
            DateOf("Six inmates of a jail in Hillside were killed in a riot. The jail opened "
                   "on March 3, 2001.\n"));
}

TEST(ExtractEventsDates, ANamedDaySaysWhichDayTodayWas) {
  EXPECT_EQ("2014-04-04",
            DateOf("At least 10 people were killed when a landmine exploded at a busy teashop in "
                   "Hillside today on Friday.\n",
                   "2014-04-06"));
}

TEST(ExtractEvents, OthersAlsoKilledAddToTheToll) {
  // The attackers killed later are more dead of the same incident.
  auto events = Extract(
      "14 people were killed and 22 wounded in an attack on a camp in Hillside. Two attackers "
      "were also killed.\n",
      "2018-01-28");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(16, Best(events[0], CountKind::kKilled));
  ASSERT_EQ(2u, events[0].count(CountKind::kKilled)->groups.size());
  // "A further" / "an additional" say the same.
  events = Extract(
      "Seven policemen were killed in an attack on a checkpoint in Hillside. An additional "
      "five policemen were killed in the attack.\n",
      "2018-01-28");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(12, Best(events[0], CountKind::kKilled));
  // Without "also", a second figure revises the first.
  events = Extract(
      "14 people were killed in an attack on a camp in Hillside. 16 people were killed in the "
      "attack, officials later said.\n",
      "2018-01-28");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(16, Best(events[0], CountKind::kKilled));
}

TEST(ExtractEvents, ClanAndSectarianClashesAreBattles) {
  auto events = Extract("Twelve people were killed in clashes between rival clans in Hillside "
                        "district on Monday.\n",
                        "2019-01-01");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("Battles", events[0].type);
}

TEST(ExtractEvents, ArsonWithoutCasualtiesIsAnEvent) {
  auto events = Extract("Suspected rebels burnt a bus in Hillside village on Monday. No "
                        "passenger was harmed.\n",
                        "2019-01-01");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("Strategic developments", events[0].type);
  EXPECT_EQ("Looting/property destruction", events[0].subtype);
}

TEST(ExtractEvents, AttackersKilledAddToTheVictims) {
  // Victims, then the attackers in a sentence of their own: all the dead.
  auto events = Extract("Eleven soldiers were killed when militants attacked an army post in "
                        "Hillside on Monday. Four attackers were later killed by the security "
                        "forces.\n",
                        "2019-01-01");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ(15, Best(events[0], CountKind::kKilled));
  // The same figure twice is one figure told again.
  events = Extract("Police killed five militants in a raid in Hillside. The five militants "
                   "were killed after a gunfight.\n",
                   "2019-01-01");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ(5, Best(events[0], CountKind::kKilled));
}

TEST(ExtractEvents, TheMeansMakesAnAttackAnExplosion) {
  // Another clause of the sentence names the weapon.
  auto events = Extract("A police commander and his bodyguard were killed in Hillside district "
                        "after their vehicle was hit by a rocket fired by militants.\n",
                        "2019-01-01");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("Explosions/Remote violence", events[0].type);
  // The sentence before names it.
  events = Extract("A mine exploded under a tractor near Hillside. Two farmers were killed.\n",
                   "2019-01-01");
  ASSERT_FALSE(events.empty());
  EXPECT_EQ("Explosions/Remote violence", events[0].type);
  // "hit a mine" is a landmine, not a coal mine.
  events = Extract("Four soldiers were killed when their vehicle hit a mine near Hillside.\n",
                   "2019-01-01");
  ASSERT_EQ(1u, events.size());
  EXPECT_EQ("Remote explosive/landmine/IED", events[0].subtype);
  // A bombing with its own toll is another incident: the shooting keeps
  // its type.
  events = Extract("Gunmen killed 12 people in Hillside on Monday. The same group was behind "
                   "the twin bombings in Port Town in May that killed 94 people.\n",
                   "2019-06-04");
  bool shooting = false;
  for (const Event& e : events) shooting |= Best(e, CountKind::kKilled) == 12 &&
                                            e.type == "Violence against civilians";
  EXPECT_TRUE(shooting);
}

}  // namespace
}  // namespace dateline

