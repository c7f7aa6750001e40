// Copyright 2026 The Dateline Authors.

#include "events/place_mentions.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

// The highest-ranked mention of `text`.
PlaceMention Best(const std::string& text) {
  PlaceMention best;
  for (const PlaceMention& m : FindPlaceMentions(text)) {
    if (m.rank > best.rank) best = m;
  }
  return best;
}

TEST(PlaceMentions, FeatureOfName) {
  PlaceMention m = Best("Troops entered the Lagos suburb of Ikorodu on Monday.");
  EXPECT_EQ("Ikorodu", m.name);
  EXPECT_EQ("Lagos", m.container);
  EXPECT_EQ("suburb", m.feature);
  m = Best("The blast hit the northern Syrian city of Azaz.");
  EXPECT_EQ("Azaz", m.name);
  EXPECT_EQ("Syrian", m.container);
}

TEST(PlaceMentions, ArabicArticleBeforeTheName) {
  PlaceMention m = Best("The incident took place in al-Sadiya, Diyala, on Thursday.");
  EXPECT_EQ("al-Sadiya", m.name);
  EXPECT_EQ("Diyala", m.container);
  // A lower-case word with a hyphen is no name.
  EXPECT_TRUE(FindPlaceMentions("They met in al-fresco dining halls.").empty());
}

TEST(PlaceMentions, WhereFromAndWhereToAreNotWhere) {
  EXPECT_EQ(1, Best("The minister flew to Kabul on Monday.").rank);
  EXPECT_EQ(3, Best("A bomb went off next to Kabul airport.").rank);
  EXPECT_EQ(3, Best("Mortars were fired into Kunduz by militants.").rank);
  PlaceMention m = Best("Blasts shook the provinces of Pattani and Narathiwat.");
  EXPECT_EQ("Pattani", m.name);
  EXPECT_EQ(3, m.rank);
}

TEST(PlaceMentions, OutsideOfAndTheTownsARoadJoins) {
  PlaceMention m = Best("A camp leader was killed outside of Nyala, South Darfur, today.");
  EXPECT_EQ("Nyala", m.name);
  EXPECT_EQ("South Darfur", m.container);
  // After a locative too, the road's towns, not the road's name.
  std::vector<std::string> names;
  for (const PlaceMention& p : FindPlaceMentions("A bomb went off on the Hangu-Orakzai road.")) {
    names.push_back(p.name);
  }
  EXPECT_EQ((std::vector<std::string>{"Hangu", "Orakzai"}), names);
}

TEST(PlaceMentions, ANameBeforeItsNounAfterALocative) {
  PlaceMention m = Best("A car bomb ripped through a crowded Baghdad intersection on Tuesday.");
  EXPECT_EQ("Baghdad", m.name);
  EXPECT_EQ(2, m.rank);
  m = Best("He was stabbed to death in his Lagos residence on Thursday.");
  EXPECT_EQ("Lagos", m.name);
  EXPECT_EQ(2, m.rank);
}

TEST(PlaceMentions, ANamedSiteAnywhere) {
  PlaceMention m = Best("Gunmen attacked Garissa University on Thursday.");
  EXPECT_EQ("Garissa University", m.name);
  EXPECT_TRUE(m.facility);
  EXPECT_EQ(2, m.rank);
}

TEST(PlaceMentions, APlaceInADistrictIsAsSpecificAsTheDistrict) {
  std::vector<PlaceMention> ms =
      FindPlaceMentions("A bomb exploded in the Zzyva-Mubi area of Hong LGA in Adamawa State.");
  ASSERT_EQ(2u, ms.size());
  EXPECT_EQ("Zzyva-Mubi", ms[0].name);
  EXPECT_EQ("Hong", ms[0].container);
  EXPECT_GE(ms[0].rank, 6);  // the LGA's rank, above the state's
  EXPECT_EQ("Adamawa", ms[1].name);
  EXPECT_LT(ms[1].rank, ms[0].rank);
}

TEST(PlaceMentions, StreetsHubsAndCentresOfAPlace) {
  EXPECT_EQ("San Pedro Sula", Best("He was chased through the streets of San Pedro Sula.").name);
  EXPECT_EQ("Basra", Best("In the southern oil hub of Basra, gunmen shot a councillor.").name);
  EXPECT_EQ("Kismayo", Best("Bodies were found in the city centre of Kismayo.").name);
}

TEST(PlaceMentions, ASourceAfterACommaIsNoContainer) {
  PlaceMention m = Best("He was gunned down in Zzyvabad, Geo News reported.");
  EXPECT_EQ("Zzyvabad", m.name);
  EXPECT_EQ("", m.container);
  m = Best("He was gunned down in Zzyvabad, Sindh, on Monday.");
  EXPECT_EQ("Sindh", m.container);
}

TEST(PlaceMentions, AContainerBeforeAnotherClause) {
  // "and" before a lower-case clause ends the container, not a list.
  PlaceMention m = Best("Gunmen shot a judge in Zzyva District of Khost and the assailants fled.");
  EXPECT_EQ("Zzyva", m.name);
  EXPECT_EQ("Khost", m.container);
  // A list of capitalised names is no container.
  m = Best("Raids were carried out in Zzyva District of Khost and Paktia on Monday.");
  EXPECT_EQ("", m.container);
}

TEST(PlaceMentions, ALongSiteNameKeepsThePlaceItIsNamedAfter) {
  PlaceMention m = Best("Gunmen attacked the Mogadishu Aden Adde International Airport on Monday.");
  EXPECT_EQ("Mogadishu Aden Adde International Airport", m.name);
  EXPECT_TRUE(m.facility);
}

TEST(PlaceMentions, ADistanceFromAPlaceIsNearIt) {
  // "from" after a distance is no origin.
  std::vector<PlaceMention> ms =
      FindPlaceMentions("Gunmen killed an elder in a village about 15 kilometres from Zzyvabad.");
  ASSERT_EQ(1u, ms.size());
  EXPECT_EQ("Zzyvabad", ms[0].name);
  EXPECT_EQ(2, ms[0].rank);
  ms = FindPlaceMentions("Gunmen who came from Zzyvabad killed an elder.");
  ASSERT_EQ(1u, ms.size());
  EXPECT_EQ(1, ms[0].rank);
}

TEST(PlaceMentions, AContainerAfterAdjectivesOrACamp) {
  PlaceMention m = Best("A bomber struck in Zzyva village of the restive Khyber tribal district.");
  EXPECT_EQ("Zzyva", m.name);
  EXPECT_EQ("Khyber", m.container);
  m = Best("Gunmen stormed a compound in Zzyva refugee camp, Dadaab sub-county.");
  EXPECT_EQ("Zzyva", m.name);
  EXPECT_EQ("Dadaab", m.container);
  // A country's adjective there is no container: "of" names it.
  m = Best("Taliban attacked Zzyva district in the northern Afghan province of Kunduz.");
  EXPECT_EQ("Kunduz", m.container);
  EXPECT_EQ("province", m.container_feature);
}

TEST(PlaceMentions, AContainerAfterInThePartOf) {
  PlaceMention m = Best("In the neighbourhood of Zzyva, in the eastern part of Nyala, gunmen "
                        "shot five people.");
  EXPECT_EQ("Zzyva", m.name);
  EXPECT_EQ("Nyala", m.container);
}

TEST(PlaceMentions, ACapitalisedFeatureNounAfterAContainer) {
  // "State" ends a name run ("Islamic State"); it still says what the
  // container is.
  PlaceMention m = Best("Gunmen killed a chief of Zzyva East County in Lakes State on Monday.");
  EXPECT_EQ("Zzyva East", m.name);
  EXPECT_EQ("Lakes", m.container);
  EXPECT_EQ("state", m.container_feature);
}

TEST(PlaceMentions, AGenericNameOfAPlaceIsThatPlace) {
  PlaceMention m = Best("A bomb went off inside a house in the Old City of Mosul on Monday.");
  EXPECT_EQ("Mosul", m.name);
  // A real name of such words stays.
  EXPECT_EQ("New Town", Best("Gunmen attacked a market in New Town on Monday.").name);
}

TEST(PlaceMentions, ANamedDistrictOfACoarserRegion) {
  // "X district of Y province": X is the place and Y holds it, with "the"
  // or without.
  PlaceMention m = Best("Saudi raids hit a junction, Zzyva district of Taiz province, on Monday.");
  EXPECT_EQ("Zzyva", m.name);
  EXPECT_EQ("Taiz", m.container);
  EXPECT_EQ("province", m.container_feature);
  m = Best("Shells fell on the Zzyva district of Taiz province on Monday.");
  EXPECT_EQ("Zzyva", m.name);
  EXPECT_EQ("Taiz", m.container);
}

TEST(PlaceMentions, NameFeature) {
  PlaceMention m = Best("Fighting broke out in Kandahar province overnight.");
  EXPECT_EQ("Kandahar", m.name);
  EXPECT_EQ("province", m.feature);
  m = Best("Floods reached Ban Mai village in the district of Chiang Rai.");
  EXPECT_EQ("Ban Mai", m.name);
  EXPECT_EQ("Chiang Rai", m.container);
}

TEST(PlaceMentions, CapitalisedFeatureOfContainer) {
  PlaceMention m = Best("Raiders killed 14 herders in Upper Vale County of Lakeland State.");
  EXPECT_EQ("Upper Vale", m.name);
  EXPECT_EQ("county", m.feature);
  EXPECT_EQ("Lakeland", m.container);
  // A facility's "of" is not a container ("the Grand Hall of Music").
  m = Best("Gunmen attacked the guests in Grand Hall of Music on Friday.");
  EXPECT_NE("Music", m.container);
}

TEST(PlaceMentions, PrepositionAndPossessive) {
  EXPECT_EQ("Mogadishu", Best("A car bomb exploded in Mogadishu on Sunday.").name);
  EXPECT_EQ("Lima", Best("Protesters gathered in Lima’s central square.").name);
  PlaceMention m = Best("A mortar hit a school in Gao, Mali.");
  EXPECT_EQ("Gao", m.name);
  EXPECT_EQ("Mali", m.container);
}

TEST(PlaceMentions, NotPlaces) {
  EXPECT_EQ("", Best("He met with President Ruto in the morning.").name);
  EXPECT_EQ("", Best("The vote is due in March.").name);
  EXPECT_EQ("", Best("the rebels said on Friday").name);
  // A list is not a container.
  EXPECT_EQ("", Best("Raids took place in Homs, Hama and Idlib.").container);
}

TEST(PlaceMentions, FacilitiesAreWeakerThanTowns) {
  PlaceMention m = Best("Gunmen attacked the Grand Hotel in Bamako.");
  EXPECT_EQ("Bamako", m.name);
}

TEST(PlaceMentions, VillageOfDistrict) {
  // Without "the", the name before the noun is the village; what follows
  // "of" holds it, without its administrative noun.
  PlaceMention m = Best("Gunmen attacked Kwana village of Dutse LGA of Kano State on Monday.");
  EXPECT_EQ("Kwana", m.name);
  EXPECT_EQ("village", m.feature);
  EXPECT_EQ("Dutse", m.container);
  m = Best("Ten died in Tudun village in Bichi Local Government Area of Kano State.");
  EXPECT_EQ("Tudun", m.name);
  EXPECT_EQ("Bichi", m.container);
  bool lga = false;
  for (const PlaceMention& p :
       FindPlaceMentions("Ten died in Tudun village in Bichi Local Government Area of Kano State.")) {
    if (p.name == "Bichi") {
      lga = true;
      EXPECT_EQ("lga", p.feature);
      EXPECT_EQ("Kano", p.container);
    }
  }
  EXPECT_TRUE(lga);
}

TEST(PlaceMentions, AreaOfCityAndDistrictOfProvince) {
  PlaceMention m = Best("A bomb went off in the Karada area of central Baghdad.");
  EXPECT_EQ("Karada", m.name);
  EXPECT_EQ("Baghdad", m.container);
  m = Best("Shelling hit the Yarim district of Ibb province overnight.");
  EXPECT_EQ("Yarim", m.name);
  EXPECT_EQ("district", m.feature);
  EXPECT_EQ("Ibb", m.container);
  // The classic order still reads the other way.
  m = Best("Troops entered the Lagos suburb of Ikorodu on Monday.");
  EXPECT_EQ("Ikorodu", m.name);
  EXPECT_EQ("Lagos", m.container);
}

TEST(PlaceMentions, PossessiveRegionHoldsTheNextName) {
  PlaceMention m = Best("A mine exploded in Helmand's Nad Ali district on Sunday.");
  EXPECT_EQ("Nad Ali", m.name);
  EXPECT_EQ("district", m.feature);
  EXPECT_EQ("Helmand", m.container);
}

TEST(PlaceMentions, PossessiveCountryBeforeANamedCity) {
  PlaceMention m = Best("Rockets struck several residential districts of Varnia's Dorvo city.");
  EXPECT_EQ("Dorvo", m.name);
  EXPECT_EQ("city", m.feature);
  EXPECT_EQ("Varnia", m.container);
}

TEST(PlaceMentions, CountryAdjectiveSettlementNounThenName) {
  PlaceMention m = Best("Shelling of the conflict-hit Iraqi city Dorvo killed 18 people.");
  EXPECT_EQ("Dorvo", m.name);
  EXPECT_EQ("city", m.feature);
  EXPECT_EQ("Iraqi", m.container);
}

TEST(PlaceMentions, PossessiveFeatureHoldsTheNextName) {
  PlaceMention m = Best("A rocket fired in southern Kesh province's Dorvo District killed 26.");
  EXPECT_EQ("Dorvo", m.name);
  EXPECT_EQ("Kesh", m.container);
  EXPECT_EQ("province", m.container_feature);
}

TEST(PlaceMentions, FacilityWithAPossessiveIsNotAContainer) {
  // "All Saint's Church": a building, not a church in a place "All Saint".
  for (const PlaceMention& m : FindPlaceMentions("Bombers struck All Saint's Church in Dorvo's "
                                                 "Kohat gate area on Sunday.")) {
    EXPECT_NE("Church", m.name);
  }
}

TEST(PlaceMentions, CapitalisedAdministrativeNounMakesARegionAnywhere) {
  PlaceMention m = Best("The former accountant to the Kesh State government was killed.");
  EXPECT_EQ("Kesh", m.name);
  bool region = false;
  for (const PlaceMention& p : FindPlaceMentions(
           "An explosion in the main mosque of Dorvo killed the governor of eastern Kesh Province.")) {
    region |= p.name == "Kesh" && p.feature == "province";
  }
  EXPECT_TRUE(region);
  // A group's name is no region.
  for (const PlaceMention& p : FindPlaceMentions("Fighters of the Islamic State killed five.")) {
    EXPECT_NE("Islamic", p.name);
  }
}

TEST(PlaceMentions, AreaOfDistrictAfterAPrepositionIsNotReversed) {
  // "in Sorab area of Kalat district": Sorab, in Kalat; not Kalat in Sorab.
  for (const PlaceMention& m :
       FindPlaceMentions("An elder was killed in an ambush in Dorvo area of Kesh district.")) {
    EXPECT_NE("Kesh", m.name) << m.container;
  }
  PlaceMention m = Best("An elder was killed in an ambush in Dorvo area of Kesh district.");
  EXPECT_EQ("Dorvo", m.name);
  EXPECT_EQ("Kesh", m.container);
}

TEST(PlaceMentions, MultiWordCountryBeforeCapital) {
  bool capital = false;
  for (const PlaceMention& p : FindPlaceMentions("Soldiers fired in the Central Varnian Republic "
                                                 "capital on Friday.")) {
    capital |= p.feature == "capital of" && p.name == "Central Varnian Republic";
  }
  EXPECT_TRUE(capital);
}

TEST(PlaceMentions, RegionOfACountry) {
  // "the Middle Kesh region of Somalia": the region is the place, the
  // country holds it (a country is never inside a region).
  PlaceMention m = Best("Two soldiers were killed in the Middle Kesh region of Somalia.");
  EXPECT_EQ("Middle Kesh", m.name);
  EXPECT_EQ("region", m.feature);
  EXPECT_EQ("Somalia", m.container);
}

TEST(PlaceMentions, ParticlesInsideNames) {
  PlaceMention m = Best("A device exploded in the Tal al Kesh town on Monday.");
  EXPECT_EQ("Tal al Kesh", m.name);
  m = Best("Gunmen attacked a bus near Ras el Dorvo.");
  EXPECT_EQ("Ras el Dorvo", m.name);
}

TEST(PlaceMentions, ContainerBeforeOnlyAcrossPlaceAdjectives) {
  // "Boko Haram gunmen raided": a verb stands between; no container.
  PlaceMention m = Best("Boko Haram gunmen raided Kaya village at dawn.");
  EXPECT_EQ("Kaya", m.name);
  EXPECT_EQ("", m.container);
  m = Best("Gunmen struck in Mali's restive northern town of Kidal.");
  EXPECT_EQ("Kidal", m.name);
  EXPECT_EQ("Mali", m.container);
}

TEST(PlaceMentions, CapitalOfACountryNamedByItsAdjective) {
  PlaceMention m = Best("A car bomb exploded in the Somali capital on Friday.");
  EXPECT_EQ("Somali", m.name);
  EXPECT_EQ("capital of", m.feature);
  // A name after the noun is the capital itself.
  EXPECT_EQ("Baghdad", Best("A bomb hit the Iraqi capital Baghdad.").name);
}

TEST(PlaceMentions, DirectionsPluralsAndNotPlaces) {
  EXPECT_EQ("Gao", Best("Soldiers were ambushed 20 km north of Gao.").name);
  EXPECT_EQ("Kabul", Best("Blasts hit two districts of Kabul.").name);
  // An ethnic attribute and a weekday with a possessive are not places.
  EXPECT_EQ("", Best("Gunmen stormed an Eggon community at night.").name);
  EXPECT_EQ("", Best("Thursday's attack killed nine.").name);
  // "Central" is part of a name, not a direction.
  EXPECT_EQ("Central African Republic",
            Best("Fighting in the Central African Republic killed 20.").name);
}

TEST(PlaceMentions, ContainerKeepsItsNoun) {
  PlaceMention m = Best("A policeman was shot dead in Oshe, Momo division.");
  EXPECT_EQ("Oshe", m.name);
  EXPECT_EQ("Momo", m.container);
  EXPECT_EQ("division", m.container_feature);
  m = Best("Gunmen attacked Kwana village of Dutse LGA of Kano State on Monday.");
  EXPECT_EQ("lga", m.container_feature);
  // A state named with a lower-case noun is a region mention.
  m = Best("Police in Plateau state said 20 died.");
  EXPECT_EQ("Plateau", m.name);
  EXPECT_EQ("state", m.feature);
}

TEST(PlaceMentions, BareCompassWordsAreNotPlaces) {
  PlaceMention m = Best("Four died in Eso, a village near Wum, Northwest Region.");
  EXPECT_NE("Northwest", m.container);
  for (const PlaceMention& p : FindPlaceMentions("Fighting in Northern parts of the province.")) {
    EXPECT_NE("Northern", p.name);
  }
  // A compass word inside a name stays.
  EXPECT_EQ("North Darfur", Best("Clashes broke out in North Darfur.").name);
}

}  // namespace
}  // namespace dateline

namespace dateline {
namespace {

TEST(PlaceMentions, PluralAreaBeforeNamedDistrictKeepsTheFeature) {
  PlaceMention best;
  for (const PlaceMention& m :
       FindPlaceMentions("Fighting spread to the hilly areas of Rampur district in the state of "
                         "Uttar Pradesh.")) {
    if (m.name == "Rampur") best = m;
  }
  EXPECT_EQ("Rampur", best.name);
  EXPECT_EQ("district", best.feature);
  EXPECT_EQ("Uttar Pradesh", best.container);
}

TEST(PlaceMentions, AddressBetweenCommasBeforeARegion) {
  // No preposition: the school, then its town, then its state.
  PlaceMention m = Best("A bomber struck the Unity Science College, Dorvo, Kesh State, killing 48.");
  EXPECT_EQ("Dorvo", m.name);
  EXPECT_EQ("Kesh", m.container);
  EXPECT_EQ("state", m.container_feature);
  // A person's title is no address.
  for (const PlaceMention& p : FindPlaceMentions("John Ade, a Kesh State lawmaker, said so.")) {
    EXPECT_NE("John Ade", p.name);
  }
}

TEST(PlaceMentions, StateOutsideALocativeIsAWeakerClueThanATown) {
  PlaceMention m = Best("Gunmen killed five people in Dorvo, the Kesh State police said.");
  EXPECT_EQ("Dorvo", m.name);
  bool state = false;
  for (const PlaceMention& p : FindPlaceMentions("The Kesh State government said five died.")) {
    state |= p.name == "Kesh" && p.feature == "state";
  }
  EXPECT_TRUE(state);
}

TEST(PlaceMentions, OfAndADirectionBeforeAName) {
  EXPECT_EQ("Dorvo", Best("The shelling of central Dorvo killed 13 people.").name);
  // "of southern Kesh town of Dorvo": the town, in Kesh.
  PlaceMention m = Best("Fighters beheaded the commissioner of southern Kesh town of Dorvo.");
  EXPECT_EQ("Dorvo", m.name);
  EXPECT_EQ("town", m.feature);
}

TEST(PlaceMentions, FaithsAreNoPlaces) {
  for (const PlaceMention& p : FindPlaceMentions(
           "A bomber struck a square in the Shi'ite neighbourhood of Kadhimiya on Monday.")) {
    EXPECT_NE("Shi'ite", p.name);
  }
  PlaceMention m = Best("A car bomb in the Shiite Sadr City area of Baghdad killed six people.");
  EXPECT_EQ("Sadr City", m.name);
  EXPECT_EQ("Baghdad", m.container);
}

TEST(PlaceMentions, TownsARoadJoins) {
  std::vector<std::string> names;
  for (const PlaceMention& p :
       FindPlaceMentions("Militants attacked a convoy of buses along the Dorvo-Kesh highway.")) {
    names.push_back(p.name);
    EXPECT_EQ(2, p.rank);  // weak: the road runs between them
  }
  EXPECT_EQ((std::vector<std::string>{"Dorvo", "Kesh"}), names);
}

TEST(PlaceMentions, TheCapitalOfANamedCountry) {
  PlaceMention m = Best("Twelve civilians were killed in the capital of the Central African "
                        "Republic on Wednesday.");
  EXPECT_EQ("Central African Republic", m.name);
  EXPECT_EQ("capital of", m.feature);
  // Not a country: no capital mention.
  for (const PlaceMention& p : FindPlaceMentions("He was named capital of Culture 2024.")) {
    EXPECT_NE("capital of", p.feature);
  }
}

TEST(PlaceMentions, OnAStreetButNotOnABorderOrATarget) {
  EXPECT_EQ("Mogadishu", Best("A journalist was gunned down on a Mogadishu street.").name);
  for (const char* text : {"Five people were killed on the Senegal/Mali border.",
                           "Gunmen opened fire on Mourners at the funeral."}) {
    EXPECT_TRUE(FindPlaceMentions(text).empty()) << text;
  }
}

TEST(PlaceMentions, AStrongholdOfAPlaceIsThePlace) {
  EXPECT_EQ("Luhansk", Best("Shelling hit the besieged rebel stronghold of Luhansk on Friday.").name);
  EXPECT_EQ("Kafr Nabl", Best("Three died in an air strike on his hometown of Kafr Nabl.").name);
  // A site noun in lower case, then the place it is in.
  EXPECT_EQ("Mogadishu", Best("He was attacked in the central prison of Mogadishu.").name);
  // A site of a named site is the named site's ("Moscow Karzai airport",
  // its place words resolved by the events layer).
  for (const PlaceMention& p :
       FindPlaceMentions("A bomber killed 30 in the arrivals hall of Moscow Karzai airport.")) {
    EXPECT_NE("Moscow Karzai", p.name);
  }
  // The group whose stronghold it is holds nothing.
  PlaceMention m = Best("The Taliban stronghold of Musa Qala was shelled.");
  EXPECT_EQ("Musa Qala", m.name);
  EXPECT_EQ("", m.container);
}

TEST(PlaceMentions, ACountrysAdjectiveNamesNoRegion) {
  PlaceMention m = Best("Soldiers were killed in the Algerian Province of Constantine.");
  EXPECT_EQ("Constantine", m.name);
  EXPECT_EQ("Algeria", m.container);
  EXPECT_EQ("province", m.feature);
}

TEST(PlaceMentions, ARankedCitySetOffByCommas) {
  EXPECT_EQ("Hodeidah",
            Best("Fighting raged for Yemen's fourth largest city, Hodeidah, on Monday.").name);
  EXPECT_EQ("Aleppo", Best("Shells fell on the country's second city, Aleppo.").name);
  // Not a name in apposition: what follows the comma goes on.
  for (const PlaceMention& m : FindPlaceMentions("Rebels reached the city, Police Chief Omar said.")) {
    EXPECT_NE("Police Chief Omar", m.name);
  }
}

}  // namespace
}  // namespace dateline
