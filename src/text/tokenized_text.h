// Copyright 2026 The Dateline Authors.
//
// A text tokenized once, with every token's lower-cased form, for the
// passes that read one clause word by word (casualty frames, place
// mentions, actors, irrealis and date cues). ASCII lower-casing keeps byte
// lengths, so the text is lower-cased once into one buffer with the same
// offsets, and each word's lower-case form is a view into it: no copy per
// word, no pass tokenizes the clause again.
//
//   TokenizedText t("Gunmen KILLED 5 in Kabul.");
//   t.words()[1].text == "KILLED", t.words()[1].lower == "killed"
//
// The views point into the object (and into the text it was given, which
// must outlive it); it can be neither copied nor moved.

#ifndef DATELINE_TEXT_TOKENIZED_TEXT_H_
#define DATELINE_TEXT_TOKENIZED_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"

namespace dateline {

// One token of Tokenize() with its text as written and lower-cased.
struct Word {
  TextSpan span;  // in the text
  TokenKind kind = TokenKind::kWord;
  std::string_view text;   // as written
  std::string_view lower;  // ASCII lower-cased

  bool punct() const { return kind == TokenKind::kPunct; }
};

class TokenizedText {
 public:
  explicit TokenizedText(std::string_view text);

  TokenizedText(const TokenizedText&) = delete;
  TokenizedText& operator=(const TokenizedText&) = delete;

  std::string_view text() const { return text_; }
  // The whole text lower-cased (ASCII), byte for byte at the same offsets.
  std::string_view lower() const { return lower_; }
  // Every token, punctuation included, in order.
  const std::vector<Word>& words() const { return words_; }

 private:
  std::string_view text_;
  std::string lower_;
  std::vector<Word> words_;
};

}  // namespace dateline

#endif  // DATELINE_TEXT_TOKENIZED_TEXT_H_
