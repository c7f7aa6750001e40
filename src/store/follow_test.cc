// Copyright 2026 The Dateline Authors.

#include "store/follow.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

Event Kabul() {
  Event ev;
  ev.type = "Explosions/Remote violence";
  ev.subtype = "Suicide bomb";
  ev.date = "2021-08-26";
  Place p;
  p.name = "Kabul";
  p.country_code = "AF";
  p.lat = 34.53;
  p.lon = 69.17;
  ev.place = p;
  Count k;
  k.best = 170;
  ev.count(CountKind::kKilled) = k;
  ev.actors.push_back({"Islamic State Khorasan Province", "perpetrator", {"ISIS-K"}});
  return ev;
}

TEST(FollowTest, EveryCriterionMustHold) {
  Event ev = Kabul();
  Follow f;
  EXPECT_TRUE(FollowMatches(f, ev));  // asks nothing
  f.actor = "IS-K";                   // an alias the text did not use
  EXPECT_TRUE(FollowMatches(f, ev));
  f.min_killed = 100;
  EXPECT_TRUE(FollowMatches(f, ev));
  f.min_killed = 171;
  EXPECT_FALSE(FollowMatches(f, ev));
  f.min_killed.reset();
  f.types = {"Battles"};
  EXPECT_FALSE(FollowMatches(f, ev));
  f.types = {"Battles", "suicide bomb"};
  EXPECT_TRUE(FollowMatches(f, ev));
  f.country = "af";
  EXPECT_TRUE(FollowMatches(f, ev));
  f.country = "PK";
  EXPECT_FALSE(FollowMatches(f, ev));
}

TEST(FollowTest, PlaceIsARadius) {
  Event ev = Kabul();
  Follow f;
  f.place = "Jalalabad";
  f.lat = 34.43;
  f.lon = 70.45;  // about 118 km east
  f.km = 100;
  EXPECT_FALSE(FollowMatches(f, ev));
  f.km = 150;
  EXPECT_TRUE(FollowMatches(f, ev));
  ev.place.reset();
  EXPECT_FALSE(FollowMatches(f, ev));
}

TEST(FollowTest, OtherActorsDoNotMatch) {
  Follow f;
  f.actor = "Taliban";
  EXPECT_FALSE(FollowMatches(f, Kabul()));
}

TEST(FollowTest, PlacesResolveOrFail) {
  Follow f;
  f.place = "34.5, 69.2";
  ASSERT_TRUE(ResolveFollowPlace(&f).ok());
  EXPECT_DOUBLE_EQ(*f.lat, 34.5);
  Follow bad;
  bad.place = "Qwxzrtplk";
  EXPECT_FALSE(ResolveFollowPlace(&bad).ok());
  Follow out_of_range;
  out_of_range.place = "95,10";  // not a point: looked up as a name, and unknown
  EXPECT_FALSE(ResolveFollowPlace(&out_of_range).ok());
}

}  // namespace
}  // namespace dateline
