// Copyright 2026 The Dateline Authors.

#include "util/phrase_set.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <string_view>

namespace dateline {

namespace {

// The obvious version PhraseSet replaces.
bool AnyFind(std::initializer_list<std::string_view> phrases, std::string_view text) {
  for (std::string_view p : phrases) {
    if (text.find(p) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace

TEST(PhraseSet, Basics) {
  const PhraseSet set({"in the past year", "since 19", "to date", "q"});
  EXPECT_TRUE(set.AnyIn("killed in the past year"));
  EXPECT_TRUE(set.AnyIn("within the past year"));  // any position, not only word starts
  EXPECT_TRUE(set.AnyIn("since 1990"));
  EXPECT_TRUE(set.AnyIn("to date"));
  EXPECT_TRUE(set.AnyIn("q"));  // a one-byte phrase
  EXPECT_FALSE(set.AnyIn(""));
  EXPECT_FALSE(set.AnyIn("in the past yea"));
  EXPECT_FALSE(set.AnyIn("since 2001 to dat"));
  EXPECT_FALSE(set.AnyIn("In The Past Year"));  // bytes compare exactly
  const PhraseSet empty({});
  EXPECT_FALSE(empty.AnyIn("anything"));
  const PhraseSet only_empty({""});
  EXPECT_FALSE(only_empty.AnyIn("anything"));
}

TEST(PhraseSet, AgreesWithFind) {
  const std::initializer_list<std::string_view> phrases = {
      "decades-long", "in the past year", "in the past two", "in the last year", "over the past",
      "since the start", "so far in", "a total of", "since 19", "since 20", "in the war",
      "each year", "per year", "since may", "\xE2\x80\x94 x"};
  const PhraseSet set(phrases);
  const std::string texts[] = {
      "",
      "s",
      "since",
      "since 1",
      "at least 200 people have been killed since 2011",
      "killed 12 in the wa",
      "killed 12 in the war",
      "the decades-long insurgency",
      "the decades long insurgency",
      "over the pas",
      "a total",
      "a total of 5",
      "each yea",
      "since ma",
      "since may",
      "in the past tw",
      "in the past two weeks",
      "\xE2\x80\x94 x",
      "\xE2\x80\x94 y",
      "per yearly",
      "so far i",
  };
  for (const std::string& t : texts) {
    EXPECT_EQ(AnyFind(phrases, t), set.AnyIn(t)) << t;
    for (size_t cut = 0; cut <= t.size(); ++cut) {
      std::string_view prefix = std::string_view(t).substr(0, cut);
      std::string_view suffix = std::string_view(t).substr(cut);
      EXPECT_EQ(AnyFind(phrases, prefix), set.AnyIn(prefix)) << prefix;
      EXPECT_EQ(AnyFind(phrases, suffix), set.AnyIn(suffix)) << suffix;
    }
  }
}

}  // namespace dateline
