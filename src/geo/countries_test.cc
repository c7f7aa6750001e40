// Copyright 2026 The Dateline Authors.

#include "geo/countries.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TEST(Countries, EmbeddedLexiconLoads) {
  const Countries& c = Countries::Default();
  EXPECT_GT(c.size(), 190u);
  ASSERT_NE(nullptr, c.ByCode("AF"));
  EXPECT_EQ("Afghanistan", c.ByCode("AF")->name);
}

TEST(Countries, NamesDemonymsCapitals) {
  const Countries& c = Countries::Default();
  ASSERT_NE(nullptr, c.ByName("Ivory Coast"));
  EXPECT_EQ("CI", c.ByName("Cote d'Ivoire")->code);
  EXPECT_EQ("IR", c.ByDemonym("Iranian")->code);
  EXPECT_EQ("NG", c.ByName("Nigeria's")->code);   // possessive
  EXPECT_EQ("NG", c.ByName("Nigeria\xE2\x80\x99s")->code);
  EXPECT_EQ("AF", c.ByCapital("Kabul")->code);
  EXPECT_EQ("US", c.ByAnyName("American")->code);
  EXPECT_EQ(nullptr, c.ByName("Atlantis"));
  EXPECT_EQ(nullptr, c.ByDemonym("iranian"));  // case matters
}

TEST(Countries, MalformedLinesAreErrors) {
  auto r = Countries::Parse("# comment\nXX\tNowhere\n");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(std::string::npos, r.status().message().find("line 2"));
}

}  // namespace
}  // namespace dateline
