// Copyright 2026 The Dateline Authors.

#include "events/taxonomy.h"

#include <gtest/gtest.h>

#include "events/lexicon.h"

namespace dateline {
namespace {

TEST(TaxonomyTest, NamesAreMatchedWithoutCase) {
  EXPECT_EQ(CanonicalType("explosions/remote violence"), "Explosions/Remote violence");
  EXPECT_EQ(CanonicalType(" Battles "), "Battles");
  EXPECT_EQ(CanonicalType("Suicide bomb"), "");
  EXPECT_EQ(CanonicalSubtype("suicide bomb"), "Suicide bomb");
  EXPECT_EQ(CanonicalSubtype("Shelling/artillery/missile attack"),
            "Shelling/artillery/missile attack");
  EXPECT_EQ(CanonicalSubtype("Bombing"), "");
  EXPECT_EQ(EventTypes().size(), 8u);
}

TEST(TaxonomyTest, EveryTriggerNamesAKnownTypeAndSubtype) {
  for (const TriggerRule& r : TriggerLexicon::Default().rules()) {
    EXPECT_EQ(CanonicalType(r.type), r.type) << r.pattern;
    std::string sub = CanonicalSubtype(r.subtype);
    EXPECT_EQ(sub, r.subtype) << r.pattern;
    bool under = false;
    for (const EventTypeInfo& t : EventTypes()) {
      if (t.type != r.type) continue;
      for (std::string_view s : t.subtypes) under |= s == r.subtype;
    }
    EXPECT_TRUE(under) << r.subtype << " is not a subtype of " << r.type;
  }
}

}  // namespace
}  // namespace dateline
