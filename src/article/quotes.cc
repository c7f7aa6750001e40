// Copyright 2026 The Dateline Authors.
#include "article/quotes.h"
namespace dateline {
std::vector<Quote> FindQuotes(const std::vector<std::string>& paragraphs, bool keep_unattributed) {
  return {};
}
}  // namespace dateline
