// Copyright 2026 The Dateline Authors.

#include "events/casualties.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline {
namespace {

// The frame of `kind` in `clause`, or a Count with best -1.
// (Every clause a test reads also checks the pre-check's invariant: a
// clause with frames is one MayTellCasualties lets through.)
Count FrameOf(const std::string& clause, CountKind kind) {
  std::vector<CasualtyFrame> frames = FindCasualties(clause);
  if (!frames.empty()) EXPECT_TRUE(MayTellCasualties(clause)) << clause;
  for (const CasualtyFrame& f : frames) {
    if (f.kind == kind) return f.count;
  }
  Count none;
  none.best = -1;
  return none;
}

int64_t Killed(const std::string& clause) { return FrameOf(clause, CountKind::kKilled).best; }
int64_t Injured(const std::string& clause) { return FrameOf(clause, CountKind::kInjured).best; }

TEST(Casualties, ActiveVerbBeforeTheCount) {
  EXPECT_EQ(12, Killed("Gunmen raided the village, killing 12 farmers."));
  EXPECT_EQ(30, Killed("The blast killed at least 30 people at the market."));
  EXPECT_EQ(80, Killed("Rebels killing all 80 passengers of the ferry."));
  EXPECT_EQ(20, Injured("The bombing injured 20 people and damaged shops."));
}

TEST(Casualties, PassiveAndAdjectival) {
  EXPECT_EQ(7, Killed("At least seven soldiers were killed in the ambush."));
  EXPECT_EQ(3, Killed("Three dead after the bus plunged into a ravine."));
  Count m = FrameOf("Two died and 14 people are missing after the storm.", CountKind::kMissing);
  EXPECT_EQ(14, m.best);
  EXPECT_EQ(40, FrameOf("The gang took 40 hostages at the mine.", CountKind::kHostages).best);
  EXPECT_EQ(9, FrameOf("Nine suspects were arrested overnight.", CountKind::kArrested).best);
}

TEST(Casualties, BoundsFollowTheSpec) {
  Count c = FrameOf("killing more than 100 people", CountKind::kKilled);
  EXPECT_EQ(100, c.best);
  ASSERT_TRUE(c.min.has_value());
  EXPECT_EQ(101, *c.min);
  EXPECT_FALSE(c.max.has_value());
  c = FrameOf("nearly 30 more were missing", CountKind::kMissing);
  EXPECT_EQ(30, c.best);
  EXPECT_FALSE(c.min.has_value());
  ASSERT_TRUE(c.max.has_value());
  EXPECT_EQ(30, *c.max);
  c = FrameOf("wounding dozens", CountKind::kInjured);
  EXPECT_EQ(12, c.best);
}

TEST(Casualties, GroupsAddUp) {
  Count c = FrameOf("Eleven militants and three police officers were killed in the fighting.",
                    CountKind::kKilled);
  EXPECT_EQ(14, c.best);
  ASSERT_EQ(2u, c.groups.size());
  EXPECT_EQ("militants", c.groups[0].who);
  EXPECT_EQ(11, c.groups[0].n);
  EXPECT_EQ(3, c.groups[1].n);
  EXPECT_EQ(5, Killed("Four guards, a driver were killed."));
}

TEST(Casualties, AgentsAndSubsetsAreNotTolls) {
  // "Three gunmen" did the killing; the toll is five.
  EXPECT_EQ(5, Killed("Three gunmen on motorbikes killed five shopkeepers."));
  EXPECT_EQ(-1, Killed("Two attackers stormed the building."));
  // "among them 4 children" is a subset of the 20.
  EXPECT_EQ(20, Killed("The strike killed 20 people, among them 4 children."));
}

TEST(Casualties, PeopleWithoutNumerals) {
  EXPECT_EQ(1, Killed("A local councillor was shot dead outside his home."));
  EXPECT_EQ(2, Killed("The mayor and his bodyguard were killed in the attack."));
  EXPECT_EQ(3, Killed("Two nurses and a doctor were killed when the clinic was shelled."));
  EXPECT_EQ(1, Killed("Unknown gunmen shot dead the head of the village council."));
  EXPECT_EQ(2, Killed("Militants killed a teacher and a student."));
  EXPECT_EQ(1, Injured("A policeman was critically injured in the blast."));
  EXPECT_EQ(1, Killed("The decapitated body of a journalist was found near the river."));
  // "and" before a verb ends the object.
  EXPECT_EQ(1, Killed("A vehicle struck a mine, killing a policeman and injuring 2 others."));
  EXPECT_EQ(1, Killed("Gunmen attacked the village, killing a man and stealing sheep."));
  EXPECT_EQ(2, Killed("Gunmen attacked the village, killing a man and his son."));
}

TEST(Casualties, ActiveVerbWithTwoCountedObjects) {
  EXPECT_EQ(13, Killed("Clashes killed 5 soldiers and 8 militants near the town."));
  EXPECT_EQ(9, Killed("Gunmen attacked a camp, killing 6 herders and 3 officers."));
  // A second count with a verb of its own is another frame.
  EXPECT_EQ(7, Killed("The bomb killed 7 people and 20 were injured."));
  EXPECT_EQ(7, Killed("The bomb killed 7 and wounded 20."));
}

TEST(Casualties, MoreWaysToSayKilled) {
  EXPECT_EQ(6, Killed("A clash between herders and farmers has led to the death of six persons."));
  EXPECT_EQ(10, Killed("The bombardment resulted in the killing of 10 persons in the town."));
  EXPECT_EQ(6, Killed("Six people were fatally wounded in a shooting at the settlement."));
  EXPECT_EQ(7, Killed("Seven family members were gunned down by armed men on Sunday."));
  EXPECT_EQ(9, Killed("A child was among nine people killed when a shell hit a pharmacy."));
  // "among them": a subset, not the toll.
  EXPECT_EQ(20, Killed("Twenty people were killed, among them 13 soldiers."));
}

TEST(Casualties, ADaysReportAndATrendsLatestAreNoAggregates) {
  EXPECT_FALSE(IsAggregateClause(
      "Shelling killed 11 civilians over the past 24 hours in the besieged city."));
  EXPECT_FALSE(IsAggregateClause(
      "A bomber killed six recruits, the latest in a year-long surge of bloodshed."));
  EXPECT_TRUE(IsAggregateClause("Shelling has killed 300 civilians over the past year."));
  // The day's report far from the count it dates ("over the last 24
  // hours" is no "over the last" cut short).
  EXPECT_FALSE(IsAggregateClause(
      "Five civilians were killed and 15 more wounded as a result of the bombardment of "
      "Luhansk over the last 24 hours."));
  EXPECT_FALSE(IsAggregateClause(
      "Ten civilians were killed in the bombardment over the last 24-hour period."));
  // A comparison with the past is not a count over it.
  EXPECT_FALSE(IsAggregateClause(
      "A truck bomb killed six people, the first major attack in the city since 2007."));
  EXPECT_FALSE(IsAggregateClause("The deadliest raid since the war killed 40 villagers."));
  EXPECT_TRUE(IsAggregateClause("Clashes have killed 2,000 people since 2011."));
}

TEST(Casualties, AgesSubsetsAndNamesWithAnd) {
  // An age between commas after a name.
  EXPECT_EQ(1, Killed("Radio host Juan Perez, 46, was shot dead outside a market."));
  // "N of them" after a count is a subset of it; "killing 5 of them" is not.
  EXPECT_EQ(19, Killed("At least 19 people, 9 of them civilians, were killed in the blast."));
  EXPECT_EQ(22, Killed("At least 22 people, mainly civilians, were killed in clashes."));
  EXPECT_EQ(5, Killed("Gunmen opened fire on workers in a field, killing 5 of them."));
  // "and" inside an institution's name joins no two people.
  EXPECT_EQ(1, Killed("Gunmen shot dead a lecturer of the College of Arts and Sciences."));
  EXPECT_EQ(2, Killed("Gunmen shot dead a lecturer and his driver."));
}

TEST(Casualties, ObjectBetweenTheVerbAndToDeath) {
  EXPECT_EQ(1, Killed("A gang armed with machetes hacked a blogger to death at his home."));
  EXPECT_EQ(1, Killed("A mob beat a suspected thief to death in the market."));
}

TEST(Casualties, APlaceInTheSubjectIsNoPerson) {
  EXPECT_EQ(8, Killed("Rebels fired at houses in the city and eight civilians have been killed."));
}

TEST(Casualties, AlongWithOthers) {
  EXPECT_EQ(10, Killed("Militants killed the district police chief along with nine other "
                       "policemen in the district."));
  EXPECT_EQ(2, Killed("The mayor was shot dead along with his driver."));
}

TEST(Casualties, LeftAndHowBadly) {
  EXPECT_EQ(1, Injured("One gendarme was left seriously injured in the attack."));
  EXPECT_EQ(4, Injured("Four soldiers were critically wounded when the convoy was hit."));
}

TEST(Casualties, SeveralIsAtLeastThree) {
  Count c = FrameOf("Gunmen killed ten people and wounded several others.", CountKind::kInjured);
  EXPECT_EQ(3, c.best);
  ASSERT_TRUE(c.min.has_value());
  EXPECT_EQ(3, *c.min);
  EXPECT_FALSE(c.max.has_value());
}

TEST(Casualties, AnimalsAndTheAgentsOfAPerfectAreNoToll) {
  EXPECT_EQ(5, Killed("Five people were killed and several camels killed in the clash."));
  EXPECT_EQ(13, Killed("An attack by several gunmen in the city has killed 13 people."));
}

TEST(Casualties, AYearNamingAnEventIsNoCount) {
  EXPECT_EQ(30, Killed("2018 Hillside attacks: 30 people were killed in the attacks."));
  EXPECT_EQ(9, Killed("2017 Port Town bombing: Nine soldiers were killed."));
}

TEST(Casualties, NegatedSubjectsAreZeros) {
  EXPECT_EQ(-1, Killed("No one was killed in the attack."));
  EXPECT_EQ(-1, Injured("Nobody was injured when the device went off."));
}

TEST(Casualties, NonPersonSubjects) {
  EXPECT_EQ(-1, Killed("The attack was executed by a splinter group."));
}

TEST(Casualties, Aggregates) {
  std::string clause = "More than 5,000 people have been killed in the decades-long conflict.";
  auto frames = FindCasualties(clause);
  ASSERT_FALSE(frames.empty());
  EXPECT_TRUE(IsAggregateFrame(clause, frames[0]));
  clause = "The army has killed 300 fighters in the past year.";
  EXPECT_TRUE(IsAggregateClause(clause));
  // A period far from the count describes something else.
  clause = "Six soldiers were killed in Helmand, a province that has seen fighting in the "
           "insurgency-ridden south for years on end.";
  frames = FindCasualties(clause);
  ASSERT_FALSE(frames.empty());
  EXPECT_FALSE(IsAggregateFrame(clause, frames[0]));
  EXPECT_FALSE(IsAggregateClause("Eight people died in the landslide on Tuesday."));
}

TEST(Casualties, NamedVictimWithNationalityAndRole) {
  EXPECT_EQ(1, Killed("Three gunmen shot dead Somali cleric Sheikh Abdi Magan in Beledweyne."));
  // A group, then a place: no count.
  EXPECT_EQ(-1, Killed("The army has a record of killing Muslims in Chechnya."));
}

TEST(Casualties, SingularSubjectWithAPrepositionalPhrase) {
  // "School" is the head of the phrase after "of", not the subject's.
  EXPECT_EQ(1, Killed("The principal of Mirwais Nika High School has been killed in Kandahar."));
  EXPECT_EQ(-1, Killed("The attack on the school was executed at night."));
}

TEST(Casualties, IncludingAsideInsideTheSubject) {
  EXPECT_EQ(5, Killed("Five people, including a child, were killed in the fire."));
}

TEST(Casualties, AgentsAndPlacedPhrasesAreNoItemsOfAList) {
  // "by seven militiamen in South Darfur": the attackers, not 7 more dead.
  EXPECT_EQ(15, Killed("In an attack by seven militiamen in South Darfur on Tuesday, 15 people "
                       "were killed."));
  EXPECT_EQ(33, Killed("31 Maoists, two Indian soldiers killed in the clash."));
}

TEST(Casualties, PerfectWithAnObjectAfterATimeInTheSubject) {
  EXPECT_EQ(1, Killed("Unknown gunmen on Wednesday have reportedly killed an Egba chief in "
                      "his home."));
}

TEST(Casualties, BeliefAndShootingToDeath) {
  EXPECT_EQ(25, Killed("About 20 civilians and five soldiers were believed to have been killed "
                       "on Sunday."));
  EXPECT_EQ(4, Killed("Four aid workers were shot to death on Tuesday."));
}

TEST(Casualties, VerbsJoinedByAndBeforeTheCasualtyWord) {
  EXPECT_EQ(3, Killed("At least three ex-members of the rebel group were kidnapped and later "
                      "killed by militants."));
  EXPECT_EQ(2, Killed("Two policemen on a vehicle were ambushed and killed by militants."));
  EXPECT_EQ(1, Killed("A police sub inspector was kidnapped and then killed by militants."));
}

TEST(Casualties, KilledAndWoundedCountsBothAndATollRestates) {
  EXPECT_EQ(50, Killed("Fifty people were killed and wounded on Sunday."));
  int killed_frames = 0;
  for (const CasualtyFrame& f : FindCasualties(
           "Fourteen civilians were kidnapped and killed, while an official put the toll at 14.")) {
    killed_frames += f.kind == CountKind::kKilled && f.count.best == 14;
  }
  EXPECT_EQ(1, killed_frames);
}

TEST(Casualties, SubsetWithoutACommaIsNoMoreDead) {
  EXPECT_EQ(20, Killed("20 people including 8 peacekeepers and 12 soldiers were killed near Beni."));
}

TEST(Casualties, BarePluralAfterACountedPartSharesItsNumber) {
  EXPECT_EQ(8, Killed("Eight police and army soldiers have been killed in attacks on posts."));
  EXPECT_EQ(3, Killed("A policeman and two civilians were killed."));
}

TEST(Casualties, ObjectListsAndAppositiveNames) {
  EXPECT_EQ(4, Killed("Gunmen killed a policeman, a soldier and two civilians."));
  // A name between commas is the same person.
  EXPECT_EQ(3, Killed("Gunmen killed a party leader, Mian Mushtaq, and his two aides."));
  EXPECT_EQ(1, Killed("A blast killed the governor of Logar Province, Arsala Jamal, and "
                      "wounded 15 others."));
  // An age and an appositive role are no more people.
  EXPECT_EQ(1, Killed("Gunmen killed Morris Jonathan, 34, a former chairman, at his home."));
  EXPECT_EQ(1, Killed("Gunmen killed Alaa Idwar, a cameraman for a local station, as he walked."));
}

TEST(Casualties, OnePersonToldWithoutANumeral) {
  EXPECT_EQ(1, Killed("In the attack on Saturday a tribal leader lost his life."));
  EXPECT_EQ(1, Killed("A gun attack claimed the life of his driver on Friday night."));
  EXPECT_EQ(1, Killed("Gunmen broke into the home of the minister, shooting him dead."));
  EXPECT_EQ(1, Killed("The cleric was on Tuesday [30 June] night shot dead by gunmen."));
  EXPECT_EQ(1, Killed("A staffer was reportedly summarily executed by police."));
  EXPECT_EQ(8, Killed("Eight persons of one family were wiped out by the air force."));
  // "shot dead a person", "shot a civilian dead": the object, by an article.
  EXPECT_EQ(1, Killed("Militants raided the village, shooting dead a farmer and wounding another."));
  EXPECT_EQ(1, Killed("Gunmen on motorcycles shot a civilian dead near the market."));
  // Not a time ("a day later"), and not one of several.
  EXPECT_NE(1, Killed("The gang shot dead a policeman and a soldier at the gate."));
  EXPECT_EQ(-1, Killed("Police said the suspect was shot at a week ago."));  // none
  // A unit's number before a singular verb is no count of the dead; a
  // collective's is.
  EXPECT_EQ(1, Killed("A rifleman of 21 Rajput Rifles was killed in an encounter."));
  EXPECT_EQ(12, Killed("A family of 12 was killed by the militants."));
  // A count with its own casualty word is no more of the nominal before.
  EXPECT_EQ(3, Killed("A bomb blew up near a shrine, resulting in 3 deaths and 12 injured."));
  EXPECT_EQ(12, Injured("A bomb blew up near a shrine, resulting in 3 deaths and 12 injured."));
  // A second subject whose auxiliary the first conjunct gave.
  EXPECT_EQ(1, Injured("A villager was killed and a former volunteer badly wounded in the attack."));
  EXPECT_EQ(1, Injured("A 35-year-old man was killed and his wife seriously injured."));
  EXPECT_EQ(-1, Injured("Thirty troops were killed and an unknown number of others wounded."));
  // "resulting in a soldier dead and another wounded".
  EXPECT_EQ(1, Killed("Rebels shelled the town, resulting in a soldier dead and another wounded."));
  EXPECT_EQ(1, Injured("Rebels shelled the town, resulting in a soldier dead and another wounded."));
}

TEST(Casualties, TwoReportsOfTheSameDeadAndNamesBeforeACount) {
  // Sources that disagree: the higher report stands, once.
  int frames = 0;
  for (const CasualtyFrame& f : FindCasualties(
           "Residents said 19 persons were killed while the police said five were killed.")) {
    if (f.kind == CountKind::kKilled) {
      ++frames;
      EXPECT_EQ(19, f.count.best);
    }
  }
  EXPECT_EQ(1, frames);
  EXPECT_EQ(6, Killed("Gunmen attacked five villages, killing six people -- a local source "
                      "says 36 killed -- and burning many houses."));
  // A place named before the count is no person.
  EXPECT_EQ(12, Killed("As a result of shelling of a district in Donetsk, 12 people have been "
                       "killed."));
}

TEST(Casualties, DescriptionsAsidesModalsAndAlongWith) {
  EXPECT_EQ(24, Killed("At least 24 people suspected to be cattle raiders could have been killed "
                       "at Yanyang."));
  EXPECT_EQ(5, Killed("At least five youths, belonging to a gang on the island, were on "
                      "Wednesday night shot dead along Ajah Road."));
  EXPECT_EQ(2, Killed("A candidate was shot dead on Friday along with his three-year-old son."));
}

TEST(Casualties, FoundKilledAndBodies) {
  EXPECT_EQ(1, Killed("Hours later the guide was found killed with gunshot wounds."));
  EXPECT_EQ(1, Killed("The bullet-ridden body of one of the abductees was later found."));
}

TEST(Casualties, APronounCountsThePeopleNamedBeforeIt) {
  EXPECT_EQ(2, Killed("Gunmen took two teachers out of a school and killed them."));
  EXPECT_EQ(1, Killed("Armed men dragged a tribal elder outside his house and killed him."));
  // The evidence names whom the pronoun counts.
  Count c = FrameOf("Gunmen forced seven men outside and executed them.", CountKind::kKilled);
  EXPECT_EQ(7, c.best);
  EXPECT_EQ("seven men ... executed them", c.text);
  // More than the pronoun, no count before it, a count of things, or a
  // count of the dead told already: no frame of its own.
  EXPECT_EQ(-1, Killed("Gunmen stormed the house and killed him and his family."));
  EXPECT_EQ(-1, Killed("Gunmen stopped the villagers and killed them."));
  EXPECT_EQ(-1, Killed("Gunmen drove for three hours and killed them."));
  EXPECT_EQ(7, Killed("Seven people were killed when the raiders beheaded them."));
  // Other ways to kill a pronoun's people; "and" before another verb is no
  // more people.
  EXPECT_EQ(30, Killed("Militants lined up 30 men in the town and shot them dead."));
  EXPECT_EQ(4, Killed("The mob caught four thieves and beat them to death."));
  EXPECT_EQ(1, Killed("Gunmen tracked a teacher to his house, killed him and injured another."));
}

TEST(Casualties, TheDeathOfSomeone) {
  EXPECT_EQ(1, Killed("Clashes near the city resulted in the death of a policeman and the "
                      "injury of two more."));
  EXPECT_EQ(2, Injured("Clashes near the city resulted in the death of a policeman and the "
                       "injury of two more."));
  EXPECT_EQ(4, Killed("The vehicle was shot at, resulting in the death of a commander and 3 "
                      "others accompanying him."));
  // The wounded beside them are not of the deaths.
  EXPECT_EQ(3, Killed("A bomb hit the convoy, causing the deaths of 3 soldiers and 2 others "
                      "wounded."));
  // A slit throat kills; a participle or another verb ends the people.
  EXPECT_EQ(1, Killed("Maoists slit the throat of a 30-year-old man suspecting him to be an "
                      "informer."));
  EXPECT_EQ(2, Killed("The attackers slit the throats of two people and shot at the houses."));
  // A death no event caused is no frame: "mourned the death of".
  EXPECT_EQ(-1, Killed("Crowds mourned the death of a poet."));
}

TEST(Casualties, HangedAndAnotherVerbAfterTheObject) {
  EXPECT_EQ(1, Killed("Insurgents hanged a local resident and stole the vehicle."));
  EXPECT_EQ(1, Killed("A local resident was hanged by insurgents."));
  // A list of people stays a list.
  EXPECT_EQ(2, Killed("Gunmen killed a farmer and his son on Monday."));
}

TEST(Casualties, OneDeathAndSuccumbing) {
  EXPECT_EQ(1, Killed("A bomb exploded in a market leaving at least one death and six injured."));
  EXPECT_EQ(6, Injured("A bomb exploded in a market leaving at least one death and six injured."));
  EXPECT_EQ(1, Killed("One of the abductees succumbed to his wounds."));
}

TEST(Casualties, NoMorePeopleThanTheTextNames) {
  // "with a" is the means, not a companion; "with his wife" is.
  EXPECT_EQ(1, Killed("A journalist was attacked and murdered with a blunt object."));
  EXPECT_EQ(1, Killed("A councillor has been killed with a pistol shot in the head."));
  EXPECT_EQ(4, Killed("A farmer was killed with his wife and two children."));
  // A count after "of" a person, with a singular verb, is no toll.
  EXPECT_EQ(1, Killed("Presenter of two popular television programmes Moulana Faruqui was "
                      "murdered at his residence."));
  EXPECT_EQ(12, Killed("A family of 12 was killed in the blast."));
  // A label's number is no count; a toll "in an insurgency" is an aggregate.
  EXPECT_EQ(1, Killed("The councillor, who was representing Ward 4 was strangled to death."));
  EXPECT_TRUE(IsAggregateClause("Boko Haram has killed hundreds in an insurgency."));
  // A second count with a verb of its own is no more of the dead.
  EXPECT_EQ(9, Killed("Assailants attacked a bus and killed nine people and six people "
                      "sustained injuries."));
  EXPECT_EQ(9, Killed("Rebels killed 6 soldiers and 3 armed militiamen."));
}

TEST(Casualties, AlongWithOthersPastAPhraseOrAPronoun) {
  EXPECT_EQ(14, Killed("The head of the council has been killed in a suicide attack along with "
                       "13 other people."));
  EXPECT_EQ(3, Killed("Armed men attacked a councillor, killing him along with his two comrades."));
  // A count with harm of its own is no companion.
  EXPECT_EQ(7, Killed("Seven policemen were killed with 5 wounded."));
  // A verb before "and" is no person of the subject.
  EXPECT_EQ(7, Killed("The policemen were ambushed and 7 were killed."));
}

TEST(Casualties, AnotherCountAndThingsInAList) {
  EXPECT_EQ(23, Injured("A bomb on a bus killed 11 passengers and wounded another 23."));
  // Things are no item of a list of people.
  EXPECT_EQ(8, Injured("Five persons were killed, six houses burnt and eight persons injured."));
}

TEST(Casualties, ATypoOfShot) {
  EXPECT_EQ(7, Killed("Seven civilians was shoot dead in the village."));
}

TEST(Casualties, SaidOrAllegedToHaveBeenKilled) {
  EXPECT_EQ(10, Killed("About 10 inmates were alleged to have been shot dead when they fled."));
  EXPECT_EQ(17, Killed("Seventeen people are said to have been killed in a place called Yeri."));
  // A description inside the noun phrase runs to its verb.
  EXPECT_EQ(8, Killed("Eight young men suspected of being ex-militia members from two rival "
                      "groups were killed in a shootout."));
  // "alleged" before the noun is an adjective of the noun phrase.
  EXPECT_EQ(6, Killed("Six alleged criminals including a witch doctor were killed by a mob."));
}

TEST(Casualties, ASubsetOrSoFarBeforeTheVerb) {
  EXPECT_EQ(22, Killed("No fewer than 22 persons, including women and children were feared "
                       "killed when herdsmen attacked."));
  EXPECT_EQ(15, Killed("Fifteen people have so far reportedly been killed in a clash."));
}

TEST(Casualties, ALongTimePhraseBetweenTheAuxiliaryAndTheVerb) {
  EXPECT_EQ(40, Killed("At least 40 people were in the early hours of yesterday killed by "
                       "gunmen at the village."));
  EXPECT_EQ(6, Killed("Six persons were, weekend, killed in a communal clash."));
  EXPECT_EQ(1, Killed("The chief was late in the evening on Thursday killed by thugs."));
  EXPECT_EQ(1, Killed("The councillor was last Monday May 18, 2015 night reportedly killed."));
  EXPECT_EQ(1, Killed("The lecturer was yesterday, killed by three gunmen on the highway."));
  // A phrase that names no time is no time phrase.
  EXPECT_EQ(-1, Killed("Six persons were in the house of the man killed by the mob."));
}

TEST(Casualties, ANamedOrPossessedRoleIsOnePerson) {
  EXPECT_EQ(1, Killed("Gunmen shot and killed lawyer Ghulam Hussain Bokhari outside his house."));
  EXPECT_EQ(1, Killed("Militants killed Somalia's deputy chief prosecutor on Friday."));
  // ("and" before another verb ends the object; it is no list.)
  EXPECT_EQ(1, Killed("Militants killed Somalia's deputy chief prosecutor and will target "
                      "more judges."));
  // A count, a plural or a list is no one person.
  EXPECT_NE(1, Killed("Rebels killed Nigeria's 20 soldiers at the post."));
  EXPECT_EQ(-1, Killed("Rebels killed Nigeria's soldiers at the post."));
  EXPECT_NE(1, Killed("Gunmen killed lawyer Ali Khan and his driver at the gate."));
}

TEST(Casualties, MoreWaysToDeath) {
  EXPECT_EQ(1, Killed("A retired colonel was suffocated to death during a break-in."));
  EXPECT_EQ(2, Killed("A woman and her husband were axed to death by relatives."));
  EXPECT_EQ(3, Killed("Three farmers were macheted to death in their fields."));
  EXPECT_EQ(1, Killed("An Iraqi lawyer has been publicly executed by the militants."));
  EXPECT_EQ(1, Killed("A lecturer has been reported killed at the campus."));
}

TEST(Casualties, HeadOfAnObjectIsBeforeOf) {
  EXPECT_EQ(1, Killed("Rebels gunned down the village head of Chindugarh village near Koleng."));
  EXPECT_EQ(3, Killed("A bomb killed the mayor of Afgooye and two of his bodyguards."));
}

TEST(Casualties, BreakdownBetweenDashesOrBrackets) {
  EXPECT_EQ(12, Killed("Twelve villagers -- two women and 10 men -- were killed in the raid."));
  // Another report of the same dead, in brackets: the statement stands.
  EXPECT_EQ(48, Killed("At least 48 civilians were killed [later reports say as many as 145 "
                       "killed] in the attack."));
}

TEST(Casualties, SpansPointIntoTheClause) {
  std::string clause = "Police said 14 people were killed.";
  auto frames = FindCasualties(clause);
  ASSERT_EQ(1u, frames.size());
  EXPECT_EQ("14 people were killed", clause.substr(frames[0].span.begin,
                                                   frames[0].span.end - frames[0].span.begin));
}

TEST(Casualties, ThePreCheckLetsEveryTollThrough) {
  // Tolls told every way a frame knows; each must pass the pre-check.
  const char* tolls[] = {
      "Gunmen raided the village, killing 12 farmers.",
      "THREE DEAD AFTER THE BUS PLUNGED INTO A RAVINE.",
      "The death toll rose to 30 on Sunday.",
      "The flood claimed 20 lives in the valley.",
      "A tribal leader lost his life in the ambush.",
      "His decapitated body was found near the road.",
      "Two men were hacked to death with machetes.",
      "Nine suspects were apprehended overnight.",
      "The gang took 40 hostages at the mine.",
      "Fourteen people are unaccounted for after the storm.",
      "Five fatalities were reported at the crossing.",
      "The attack left a policeman wounded.",
  };
  for (const char* t : tolls) {
    EXPECT_FALSE(FindCasualties(t).empty()) << t;
    EXPECT_TRUE(MayTellCasualties(t)) << t;
  }
  // Sentences without a toll word are skipped, however long.
  EXPECT_FALSE(MayTellCasualties("The minister said talks would resume on Monday."));
  EXPECT_FALSE(MayTellCasualties(std::string(10000, 'x') + " and the market reopened."));
  // A stem across the 4 KiB chunks the text is lower-cased in is still seen.
  EXPECT_TRUE(MayTellCasualties(std::string(4090, 'x') + " KILLED two"));
  EXPECT_FALSE(MayTellCasualties(""));
}

}  // namespace
}  // namespace dateline
