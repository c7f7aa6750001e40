// Copyright 2026 The Dateline Authors.

#include "util/word_set.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "util/strings.h"

namespace dateline {

namespace {

// The obvious version WordSet replaces.
bool LinearContains(std::initializer_list<std::string_view> list, std::string_view w) {
  for (std::string_view s : list) {
    if (EqualsIgnoreCaseAscii(w, s)) return true;
  }
  return false;
}

}  // namespace

TEST(WordSet, Basics) {
  const WordSet set({"killed", "Monday", "IS-K", "\xE2\x80\x9C", "a"});
  EXPECT_EQ(5u, set.size());
  EXPECT_TRUE(set.Contains("killed"));
  EXPECT_TRUE(set.Contains("KILLED"));
  EXPECT_TRUE(set.Contains("Killed"));
  EXPECT_TRUE(set.Contains("monday"));
  EXPECT_TRUE(set.Contains("is-k"));
  EXPECT_TRUE(set.Contains("\xE2\x80\x9C"));
  EXPECT_TRUE(set.Contains("A"));
  EXPECT_FALSE(set.Contains(""));
  EXPECT_FALSE(set.Contains("kill"));
  EXPECT_FALSE(set.Contains("killedx"));
  EXPECT_FALSE(set.Contains("\xE2\x80\x9D"));
  EXPECT_FALSE(set.Contains("b"));
}

TEST(WordSet, DuplicatesAndEmpty) {
  const WordSet dup({"one", "ONE", "One", "two"});
  EXPECT_EQ(2u, dup.size());
  EXPECT_TRUE(dup.Contains("oNe"));
  const WordSet empty({});
  EXPECT_EQ(0u, empty.size());
  EXPECT_FALSE(empty.Contains(""));
  EXPECT_FALSE(empty.Contains("x"));
  const WordSet with_empty({"", "x"});
  EXPECT_TRUE(with_empty.Contains(""));
  EXPECT_TRUE(with_empty.Contains("X"));
}

// Non-ASCII bytes do not fold: "É" is not "é".
TEST(WordSet, OnlyAsciiFolds) {
  const WordSet set({"\xC3\xA9t\xC3\xA9"});  // "été"
  EXPECT_TRUE(set.Contains("\xC3\xA9T\xC3\xA9"));
  EXPECT_FALSE(set.Contains("\xC3\x89t\xC3\x89"));  // "ÉtÉ"
}

// Every probe answers as the linear scan does, over words in and out of a
// list large enough to collide in the table.
TEST(WordSet, AgreesWithLinearScan) {
  const std::initializer_list<std::string_view> list = {
      "plans", "plan", "planned", "planning", "plot", "plotting", "risk", "threat", "threats",
      "threatened", "threatens", "could", "would", "will", "may", "might", "capability",
      "warned", "warning", "warns", "vowed", "vows", "intend", "intends", "aims", "prevent",
      "if", "possible", "potential", "Monday", "The", "A", "An", "ON", "IN", "\xE2\x80\x9C", ";"};
  const WordSet set(list);
  std::vector<std::string> probes;
  for (std::string_view w : list) {
    std::string s(w);
    probes.push_back(s);
    probes.push_back(ToLowerAscii(s));
    std::string upper = s;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    probes.push_back(upper);
    probes.push_back(s + "s");
    if (!s.empty()) probes.push_back(s.substr(1));
    if (!s.empty()) probes.push_back(s.substr(0, s.size() - 1));
  }
  for (const char* extra : {"", "x", "planz", "thE", "on", "On", "In", "mAY", "\xE2\x80\x9D"}) {
    probes.push_back(extra);
  }
  for (const std::string& p : probes) {
    EXPECT_EQ(LinearContains(list, p), set.Contains(p)) << p;
  }
}

}  // namespace dateline
