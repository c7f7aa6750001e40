// Copyright 2026 The Dateline Authors.

#include "fuse/fuse.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

Place Town(const char* name, const char* cc, double lat, double lon) {
  Place p;
  p.name = name;
  p.country_code = cc;
  p.lat = lat;
  p.lon = lon;
  p.precision = "city";
  return p;
}

// "on May 14, 2023", "in May 2023", "in 2023": the date as a text names it.
std::string Written(const std::string& iso) {
  static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  if (iso.size() < 4) return "";
  if (iso.size() == 4) return "in " + iso;
  std::string month = kMonths[std::stoi(iso.substr(5, 2)) - 1];
  if (iso.size() == 7) return "in " + month + " " + iso.substr(0, 4);
  return "on " + month + " " + std::to_string(std::stoi(iso.substr(8, 2))) + ", " +
         iso.substr(0, 4);
}

Event Report(const char* type, const char* subtype, const char* date, std::optional<Place> place,
             std::optional<int64_t> killed, const char* doc) {
  Event ev;
  ev.id = std::string("ev_") + doc;
  ev.type = type;
  ev.subtype = subtype;
  ev.date = date;
  ev.date_precision = std::string(date).size() == 10  ? "day"
                      : std::string(date).size() == 7 ? "month"
                                                      : "year";
  ev.place = place;
  if (killed) {
    Count c;
    c.best = *killed;
    c.min = *killed;
    c.max = *killed;
    c.text = std::to_string(*killed);
    ev.count(CountKind::kKilled) = c;
    Revision r;
    r.seen = date;
    r.best = *killed;
    r.text = c.text;
    ev.revisions.push_back(r);
  }
  Source s;
  s.doc = doc;
  s.sentence = std::string("A report from ") + doc + " of the attack " + Written(date) + ".";
  s.published = date;
  ev.sources.push_back(s);
  ev.summary = s.sentence;
  return ev;
}

const Place kMogadishu = Town("Mogadishu", "SO", 2.0371, 45.3438);
const Place kAfgoye = Town("Afgooye", "SO", 2.1381, 45.1212);  // ~27 km away
const Place kBaidoa = Town("Baidoa", "SO", 3.1136, 43.6498);   // ~220 km away

TEST(FuseTest, SameDaySameTownSameKindIsOneIncident) {
  Event a = Report("Explosions/Remote violence", "Suicide bomb", "2023-05-14", kMogadishu, 12, "a");
  Event b = Report("Explosions/Remote violence", "Suicide bomb", "2023-05-14", kMogadishu, 19, "b");
  FusionMatch m = MatchEvents(a, b);
  EXPECT_TRUE(m.same) << m.reason;
  EXPECT_NE(m.reason.find("same day"), std::string::npos) << m.reason;
}

TEST(FuseTest, AReportADayLaterOfASuburbStillMatches) {
  Event a = Report("Explosions/Remote violence", "Suicide bomb", "2023-05-14", kMogadishu, 12, "a");
  Event b = Report("Explosions/Remote violence", "Suicide bomb", "2023-05-15", kAfgoye, 12, "b");
  EXPECT_TRUE(MatchEvents(a, b).same) << MatchEvents(a, b).reason;
}

TEST(FuseTest, TwoDaysApartAreTwoIncidents) {
  Event a = Report("Explosions/Remote violence", "Suicide bomb", "2023-05-14", kMogadishu, 12, "a");
  Event b = Report("Explosions/Remote violence", "Suicide bomb", "2023-05-16", kMogadishu, 12, "b");
  FusionMatch m = MatchEvents(a, b);
  EXPECT_FALSE(m.same);
  EXPECT_NE(m.reason.find("differ"), std::string::npos) << m.reason;
}

TEST(FuseTest, FarApartTownsAreTwoIncidents) {
  Event a = Report("Violence against civilians", "Attack", "2023-05-14", kMogadishu, 5, "a");
  Event b = Report("Violence against civilians", "Attack", "2023-05-14", kBaidoa, 5, "b");
  FusionMatch m = MatchEvents(a, b);
  EXPECT_FALSE(m.same);
  EXPECT_NE(m.reason.find("km apart"), std::string::npos) << m.reason;
}

TEST(FuseTest, TollsFarApartAreTwoIncidents) {
  Event a = Report("Explosions/Remote violence", "Remote explosive/landmine/IED", "2023-05-14",
                   kMogadishu, 3, "a");
  Event b = Report("Explosions/Remote violence", "Remote explosive/landmine/IED", "2023-05-14",
                   kMogadishu, 40, "b");
  EXPECT_FALSE(MatchEvents(a, b).same);
}

TEST(FuseTest, DifferentFamiliesNeverMerge) {
  Event a = Report("Violence against civilians", "Attack", "2023-05-14", kMogadishu, 5, "a");
  Event b =
      Report("Strategic developments", "Arrests", "2023-05-14", kMogadishu, std::nullopt, "b");
  EXPECT_FALSE(MatchEvents(a, b).same);
}

TEST(FuseTest, SharingACityAndAMonthIsNotEnough) {
  // A month-precision report and a dated one in the same city, with
  // nothing else in common, stay apart.
  Event a =
      Report("Violence against civilians", "Attack", "2023-05", kMogadishu, std::nullopt, "a");
  Event b = Report("Violence against civilians", "Attack", "2023-05-14", kMogadishu, 4, "b");
  FusionMatch m = MatchEvents(a, b);
  EXPECT_FALSE(m.same);
  EXPECT_NE(m.reason.find("not enough"), std::string::npos) << m.reason;
}

TEST(FuseTest, AMonthDatedReportWithTheSameTollJoins) {
  Event a = Report("Explosions/Remote violence", "Suicide bomb", "2004-02", kMogadishu, 41, "a");
  Event b = Report("Explosions/Remote violence", "Suicide bomb", "2004-02-06", kMogadishu, 41, "b");
  EXPECT_TRUE(MatchEvents(a, b).same) << MatchEvents(a, b).reason;
}

TEST(FuseTest, DifferentNamedGroupsAreTwoIncidents) {
  Event a = Report("Violence against civilians", "Attack", "2023-05-14", kMogadishu, 5, "a");
  Event b = a;
  a.actors.push_back({"Al-Shabaab", "perpetrator", {"al-Shabaab"}});
  b.actors.push_back({"Islamic State", "perpetrator", {"IS"}});
  b.sources[0].doc = "b";
  FusionMatch m = MatchEvents(a, b);
  EXPECT_FALSE(m.same);
  EXPECT_NE(m.reason.find("different groups"), std::string::npos) << m.reason;
}

TEST(FuseTest, CountryLevelPlaceNeedsTheGroupAndTheToll) {
  Place somalia;
  somalia.name = "Somalia";
  somalia.country_code = "SO";
  somalia.lat = 6;
  somalia.lon = 46;
  somalia.precision = "country";
  Event a = Report("Violence against civilians", "Attack", "2023-05-14", somalia, 4, "a");
  Event b = Report("Violence against civilians", "Attack", "2023-05-14", kMogadishu, 4, "b");
  EXPECT_FALSE(MatchEvents(a, b).same);
  a.actors.push_back({"Al-Shabaab", "perpetrator", {"al-Shabaab"}});
  b.actors.push_back({"Al-Shabaab", "perpetrator", {"Shabaab"}});
  EXPECT_TRUE(MatchEvents(a, b).same) << MatchEvents(a, b).reason;
  // The same group on the same day in the same country, another toll:
  // another of its attacks.
  b.count(CountKind::kKilled)->best = 1;
  EXPECT_FALSE(MatchEvents(a, b).same);
}

// Reports whose text names no day: the day is when they were published.
Event Undated(Event ev, const char* published) {
  for (Source& s : ev.sources) {
    s.sentence = "A report from " + s.doc + " of the attack.";
    s.published = published;
  }
  ev.date = published;
  return ev;
}

TEST(FuseTest, ReportsDatedByPublicationNeedTheSameTolls) {
  Event a = Undated(Report("Explosions/Remote violence", "Remote explosive/landmine/IED",
                           "2015-04-12", kMogadishu, 5, "a"),
                    "2015-04-12");
  Event b = a;
  b.sources[0].doc = "b";
  FusionMatch m = MatchEvents(a, b);
  EXPECT_TRUE(m.same) << m.reason;
  EXPECT_NE(m.reason.find("dated by publication"), std::string::npos) << m.reason;
  // Another bombing with the same toll but other wounded.
  Count w;
  w.best = 12;
  a.count(CountKind::kInjured) = w;
  w.best = 10;
  b.count(CountKind::kInjured) = w;
  EXPECT_FALSE(MatchEvents(a, b).same);
  // Published three days apart: not one incident.
  Event c = Undated(a, "2015-04-15");
  c.sources[0].doc = "c";
  EXPECT_FALSE(MatchEvents(a, c).same);
  // Other tolls.
  Event d = Undated(Report("Explosions/Remote violence", "Remote explosive/landmine/IED",
                           "2015-04-12", kMogadishu, 7, "d"),
                    "2015-04-12");
  EXPECT_FALSE(
      MatchEvents(Undated(Report("Explosions/Remote violence", "Remote explosive/landmine/IED",
                                 "2015-04-12", kMogadishu, 5, "a"),
                          "2015-04-12"),
                  d)
          .same);
}

TEST(FuseTest, UnplacedNamesThatDifferAreTwoPlaces) {
  Place tonj;
  tonj.name = "Tonj-East";
  Place wukari;
  wukari.name = "Wukari";
  Event a = Report("Battles", "Armed clash", "2013-02-23", tonj, 5, "a");
  Event b = Report("Battles", "Armed clash", "2013-02-23", wukari, 5, "b");
  FusionMatch m = MatchEvents(a, b);
  EXPECT_FALSE(m.same);
  EXPECT_NE(m.reason.find("different places"), std::string::npos) << m.reason;
  // Against a placed town, an unplaced name is no evidence either way.
  Event c = Report("Battles", "Armed clash", "2013-02-23", kMogadishu, 5, "c");
  EXPECT_FALSE(MatchEvents(a, c).same);
}

TEST(FuseTest, UndatedEventsNeverMerge) {
  Event a = Report("Violence against civilians", "Attack", "", kMogadishu, 5, "a");
  a.date_precision.clear();
  Event b = Report("Violence against civilians", "Attack", "2023-05-14", kMogadishu, 5, "b");
  EXPECT_FALSE(MatchEvents(a, b).same);
  EXPECT_FALSE(MatchEvents(b, a).same);
}

TEST(FuseTest, MergeRevisesCountsAndKeepsEveryReport) {
  Event a = Report("Explosions/Remote violence", "Suicide bomb", "2023-05", kMogadishu, 12, "a");
  Place country;
  Event b = Report("Explosions/Remote violence", "Suicide bomb", "2023-05-14", kAfgoye, 19, "b");
  b.count(CountKind::kKilled)->min = 19;
  b.count(CountKind::kKilled)->max.reset();
  b.count(CountKind::kKilled)->text = "at least 19";
  b.actors.push_back({"Al-Shabaab", "perpetrator", {"al-Shabaab"}});
  std::vector<std::string> changes = MergeEvent(b, &a);
  ASSERT_EQ(a.sources.size(), 2u);
  EXPECT_EQ(a.sources[1].doc, "b");
  ASSERT_EQ(a.revisions.size(), 2u);
  EXPECT_EQ(a.revisions[1].best, 19);
  EXPECT_EQ(a.revisions[1].source, 1);  // re-indexed into the merged sources
  const auto& k = a.count(CountKind::kKilled);
  EXPECT_EQ(k->best, 19);
  EXPECT_EQ(*k->min, 19);
  EXPECT_FALSE(k->max.has_value());
  EXPECT_EQ(a.date, "2023-05-14");  // the finer date
  EXPECT_EQ(a.date_precision, "day");
  EXPECT_EQ(a.place->name, "Mogadishu");  // equally precise: kept
  ASSERT_EQ(a.actors.size(), 1u);
  EXPECT_EQ(changes.size(), 3u);  // killed, date, perpetrator
  EXPECT_EQ(changes[0], "killed 12 -> 19");
  // The same report again changes nothing.
  EXPECT_TRUE(MergeEvent(b, &a).empty());
  EXPECT_EQ(a.sources.size(), 2u);
}

TEST(FuseTest, LowerReportKeepsTheHigherBestButRaisesMin) {
  Event a = Report("Violence against civilians", "Attack", "2024-03-22", kMogadishu, 130, "a");
  a.count(CountKind::kKilled)->min.reset();
  a.count(CountKind::kKilled)->max.reset();
  Event b = Report("Violence against civilians", "Attack", "2024-03-22", kMogadishu, 115, "b");
  b.count(CountKind::kKilled)->max.reset();  // "at least 115"
  MergeEvent(b, &a);
  EXPECT_EQ(a.count(CountKind::kKilled)->best, 130);
  EXPECT_EQ(*a.count(CountKind::kKilled)->min, 115);
}

TEST(FuseTest, DayRangeCoversThePrecision) {
  Event ev;
  int64_t a, b;
  ev.date = "2024-02";
  ASSERT_TRUE(EventDayRange(ev, &a, &b));
  EXPECT_EQ(b - a, 28);  // a leap February
  ev.date = "2023";
  ASSERT_TRUE(EventDayRange(ev, &a, &b));
  EXPECT_EQ(b - a, 364);
  ev.date = "2023-12";
  ASSERT_TRUE(EventDayRange(ev, &a, &b));
  EXPECT_EQ(b - a, 30);
  ev.date = "";
  EXPECT_FALSE(EventDayRange(ev, &a, &b));
  ev.date = "2023-13-01";
  EXPECT_FALSE(EventDayRange(ev, &a, &b));
}

}  // namespace
}  // namespace dateline
