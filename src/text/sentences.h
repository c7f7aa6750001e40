// Copyright 2026 The Dateline Authors.
//
// Sentences and tokens with byte offsets back into the text they came
// from. Sentence boundaries know news abbreviations (titles "Gen.", "Lt.
// Col.", months "Aug.", initials "Sundarraj P.", "U.S.", "a.m.") and quotes
// (a boundary after `.”` falls after the closing mark). Tested by
// sentences_test.cc.

#ifndef DATELINE_TEXT_SENTENCES_H_
#define DATELINE_TEXT_SENTENCES_H_

#include <cstddef>
#include <string_view>
#include <vector>

namespace dateline {

struct TextSpan {
  size_t begin = 0;  // byte offsets into the text given
  size_t end = 0;
  std::string_view Of(std::string_view text) const { return text.substr(begin, end - begin); }
};

// Sentences of `text`, trimmed, in order, covering every non-space byte.
std::vector<TextSpan> SplitSentences(std::string_view text);

enum class TokenKind { kWord, kNumber, kPunct };

struct Token {
  TextSpan span;
  TokenKind kind = TokenKind::kWord;
};

// Words (letters, digits, inner hyphens and apostrophes: "IS-K", "Qasem's",
// "thirty-one"), numbers ("1,200", "3.5", "2024"), and single punctuation
// characters (a multi-byte one such as “ is one token).
std::vector<Token> Tokenize(std::string_view text);

}  // namespace dateline

#endif  // DATELINE_TEXT_SENTENCES_H_
