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

TEST(PlaceMentions, NameFeature) {
  PlaceMention m = Best("Fighting broke out in Kandahar province overnight.");
  EXPECT_EQ("Kandahar", m.name);
  EXPECT_EQ("province", m.feature);
  m = Best("Floods reached Ban Mai village in the district of Chiang Rai.");
  EXPECT_EQ("Ban Mai", m.name);
  EXPECT_EQ("Chiang Rai", m.container);
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

}  // namespace
}  // namespace dateline
