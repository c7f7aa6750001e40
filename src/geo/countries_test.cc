// Copyright 2026 The Dateline Authors.

#include "geo/countries.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <map>
#include <string>

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

TEST(Countries, APeopleAcrossBordersIsNoDemonym) {
  const Countries& c = Countries::Default();
  EXPECT_EQ(nullptr, c.ByDemonym("Turkmen"));  // Iraq's and Syria's Turkmen
  ASSERT_NE(nullptr, c.ByDemonym("Turkmenistani"));
  EXPECT_EQ("TM", c.ByDemonym("Turkmenistani")->code);
}

TEST(Countries, ADemonymNamesOneCountry) {
  // A demonym two countries share is listed for the one news means by it.
  const Countries& c = Countries::Default();
  EXPECT_EQ("CD", c.ByDemonym("Congolese")->code);
  EXPECT_EQ("DO", c.ByDemonym("Dominican")->code);
  std::map<std::string, std::string> seen;
  for (const CountryInfo& info : c.all()) {
    for (const std::string& d : info.demonyms) {
      auto [it, fresh] = seen.emplace(d, info.code);
      EXPECT_TRUE(fresh) << d << " is listed for " << it->second << " and " << info.code;
    }
  }
}

TEST(Countries, FirstWordsOfNames) {
  const Countries& c = Countries::Default();
  EXPECT_TRUE(c.StartsAName("South"));      // South Sudan, South Africa
  EXPECT_TRUE(c.StartsAName("Afghan"));     // a demonym
  EXPECT_TRUE(c.StartsAName("Nigeria's"));  // a possessive
  EXPECT_TRUE(c.StartsAName("Kabul"));      // a capital
  EXPECT_TRUE(c.StartsAName("Sudan"));      // a whole name is its own first word
  EXPECT_FALSE(c.StartsAName("Gunmen"));
}

TEST(Countries, MalformedLinesAreErrors) {
  auto r = Countries::Parse("# comment\nXX\tNowhere\n");
  EXPECT_FALSE(r.ok());
  EXPECT_NE(std::string::npos, r.status().message().find("line 2"));
  // The old five columns, without the ISO alpha-3 and numeric codes.
  EXPECT_FALSE(Countries::Parse("XX\tNowhere\t\t\tNocity\n").ok());
  EXPECT_FALSE(Countries::Parse("XX\tNowhere\t\t\tNocity\tXX\t999\n").ok());    // alpha-3
  EXPECT_FALSE(Countries::Parse("XX\tNowhere\t\t\tNocity\tXXX\t99\n").ok());    // numeric
  EXPECT_FALSE(Countries::Parse("XX\tNowhere\t\t\tNocity\tXXX\t000\n").ok());
  EXPECT_FALSE(Countries::Parse("xx\tNowhere\t\t\tNocity\tXXX\t999\n").ok());
  auto ok = Countries::Parse("XX\tNowhere\t\t\tNocity\tXXX\t099\n");
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(99, ok.value().ByCode("XX")->numeric);
}

TEST(Countries, IsoAlpha3AndNumeric) {
  const Countries& c = Countries::Default();
  ASSERT_NE(nullptr, c.ByCode("RU"));
  EXPECT_EQ("RUS", c.ByCode("RU")->alpha3);
  EXPECT_EQ(643, c.ByCode("RU")->numeric);
  EXPECT_EQ(4, c.ByCode("AF")->numeric);  // "004"
  EXPECT_EQ("IN", c.ByAlpha3("IND")->code);
  EXPECT_EQ(nullptr, c.ByAlpha3("ZZZ"));
  EXPECT_EQ("XKX", c.ByCode("XK")->alpha3);  // not in ISO 3166-1
  EXPECT_EQ(0, c.ByCode("XK")->numeric);
  for (const CountryInfo& ci : c.all()) {
    EXPECT_EQ(3u, ci.alpha3.size()) << ci.code;
    EXPECT_EQ(ci.code == "XK", ci.numeric == 0) << ci.code;
  }
}

// The codes were generated from Debian iso-codes; they must still agree.
TEST(Countries, IsoCodesAgreeWithDebianIsoCodes) {
  const char* path = "/usr/share/iso-codes/json/iso_3166-1.json";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << "no " << path;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(simdjson::SUCCESS, parser.load(path).get(doc));
  simdjson::dom::array arr;
  ASSERT_EQ(simdjson::SUCCESS, doc["3166-1"].get_array().get(arr));
  const Countries& c = Countries::Default();
  size_t checked = 0;
  for (simdjson::dom::element e : arr) {
    std::string_view a2, a3, num;
    if (e["alpha_2"].get_string().get(a2) || e["alpha_3"].get_string().get(a3) ||
        e["numeric"].get_string().get(num)) {
      continue;
    }
    const CountryInfo* ci = c.ByCode(a2);
    if (!ci) continue;
    EXPECT_EQ(a3, ci->alpha3) << a2;
    EXPECT_EQ(std::stoi(std::string(num)), ci->numeric) << a2;
    ++checked;
  }
  EXPECT_EQ(c.size() - 1, checked);  // all but Kosovo
}

}  // namespace
}  // namespace dateline
