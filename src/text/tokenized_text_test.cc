// Copyright 2026 The Dateline Authors.

#include "text/tokenized_text.h"

#include <gtest/gtest.h>

#include <string>

#include "util/strings.h"

namespace dateline {

TEST(TokenizedText, WordsAreTokensWithLowerCaseViews) {
  const std::string text = "Gunmen KILLED 1,200 in Bīrbhum \xE2\x80\x94 IS-K said.";
  TokenizedText t(text);
  EXPECT_EQ(text, t.text());
  EXPECT_EQ(ToLowerAscii(text), t.lower());
  std::vector<Token> tokens = Tokenize(text);
  ASSERT_EQ(tokens.size(), t.words().size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Word& w = t.words()[i];
    EXPECT_EQ(tokens[i].span.begin, w.span.begin);
    EXPECT_EQ(tokens[i].span.end, w.span.end);
    EXPECT_EQ(tokens[i].kind, w.kind);
    EXPECT_EQ(tokens[i].span.Of(text), w.text);
    EXPECT_EQ(ToLowerAscii(w.text), w.lower);
    EXPECT_EQ(tokens[i].kind == TokenKind::kPunct, w.punct());
  }
  EXPECT_EQ("killed", t.words()[1].lower);
  EXPECT_EQ("KILLED", t.words()[1].text);
  EXPECT_EQ("is-k", t.words()[6].lower);
}

TEST(TokenizedText, Empty) {
  TokenizedText t("");
  EXPECT_TRUE(t.words().empty());
  EXPECT_EQ("", t.lower());
}

}  // namespace dateline
