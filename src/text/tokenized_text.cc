// Copyright 2026 The Dateline Authors.

#include "text/tokenized_text.h"

#include "util/strings.h"

namespace dateline {

TokenizedText::TokenizedText(std::string_view text)
    : text_(text), lower_(ToLowerAscii(text)) {
  std::vector<Token> tokens = Tokenize(text);
  words_.reserve(tokens.size());
  const std::string_view lower = lower_;
  for (const Token& t : tokens) {
    words_.push_back({t.span, t.kind, t.span.Of(text), t.span.Of(lower)});
  }
}

}  // namespace dateline
