// Copyright 2026 The Dateline Authors.

#include "article/quotes.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TEST(Quotes, NameAndAffiliationAfterTheQuote) {
  auto q = FindQuotes({"\xE2\x80\x9CThe port will reopen next week,\xE2\x80\x9D Maria Lopez, a "
                       "spokeswoman for the harbour authority, told reporters."});
  ASSERT_EQ(1u, q.size());
  EXPECT_EQ("The port will reopen next week", q[0].text);
  EXPECT_EQ("Maria Lopez", q[0].speaker);
  EXPECT_EQ("a spokeswoman for the harbour authority", q[0].affiliation);
}

TEST(Quotes, VerbFirstAttribution) {
  auto q = FindQuotes({"\"We will rebuild every school,\" said Ahmed Karimi, the provincial "
                       "governor, who visited the site."});
  ASSERT_EQ(1u, q.size());
  EXPECT_EQ("Ahmed Karimi", q[0].speaker);
  EXPECT_EQ("the provincial governor", q[0].affiliation);
}

TEST(Quotes, RoleBeforeName) {
  auto q = FindQuotes({"\xE2\x80\x9CTwo bridges collapsed overnight,\xE2\x80\x9D regional police "
                       "chief Ivan Petrov told AFP."});
  ASSERT_EQ(1u, q.size());
  EXPECT_EQ("Ivan Petrov", q[0].speaker);
  EXPECT_EQ("regional police chief", q[0].affiliation);
}

TEST(Quotes, PronounResolvesToTheLastNamedSpeaker) {
  auto q = FindQuotes({
      "Colonel Anna Berg, told a briefing that the risk was rising.",
      "\xE2\x80\x9CWe expect more attacks this month,\xE2\x80\x9D she said.",
      "She added: \xE2\x80\x9COur units are ready for them.\xE2\x80\x9D",
  });
  ASSERT_EQ(2u, q.size());
  EXPECT_EQ("Colonel Anna Berg", q[0].speaker);
  EXPECT_EQ("Colonel Anna Berg", q[1].speaker);
}

TEST(Quotes, QuoteRunningOverParagraphsKeepsItsSpeaker) {
  auto q = FindQuotes({
      "\xE2\x80\x9CThe harvest failed,\xE2\x80\x9D Okafor said. \xE2\x80\x9CPrices doubled in a "
      "month and families sold their cattle.",
      "\xE2\x80\x9CNow the rains have come too late for the second planting.\xE2\x80\x9D",
      "The government has promised aid.",
  });
  ASSERT_EQ(3u, q.size());
  for (const auto& x : q) EXPECT_EQ("Okafor", x.speaker) << x.text;
  EXPECT_EQ("Now the rains have come too late for the second planting.", q[2].text);
}

TEST(Quotes, ScareQuotesAndUnattributedQuotesAreDropped) {
  auto q = FindQuotes({"The plan was called \xE2\x80\x9C" "a bold step\xE2\x80\x9D by some.",
                       "\xE2\x80\x9CNothing is certain in this region anymore.\xE2\x80\x9D"});
  EXPECT_TRUE(q.empty());
  auto all = FindQuotes({"\xE2\x80\x9CNothing is certain in this region anymore.\xE2\x80\x9D"},
                        /*keep_unattributed=*/true);
  ASSERT_EQ(1u, all.size());
  EXPECT_EQ("", all[0].speaker);
}

TEST(Quotes, AgencyAsSpeaker) {
  auto q = FindQuotes({"By noon, \xE2\x80\x9C" "four people have died and 12 are missing,\xE2\x80\x9D "
                       "state broadcaster NTV said."});
  ASSERT_EQ(1u, q.size());
  EXPECT_EQ("NTV", q[0].speaker);
  EXPECT_EQ("state broadcaster", q[0].affiliation);
}

TEST(Quotes, UnterminatedQuoteDoesNotCrash) {
  auto q = FindQuotes({"\xE2\x80\x9C", "\"", "\xE2\x80\x9D said", "\"a b c\" said"},
                      /*keep_unattributed=*/true);
  SUCCEED();
}

}  // namespace
}  // namespace dateline
