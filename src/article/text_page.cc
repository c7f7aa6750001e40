// Copyright 2026 The Dateline Authors.
#include "article/text_page.h"
namespace dateline {
Status ExtractTextPage(const Document& doc, const TextPageLimits& limits, std::vector<Article>* out) {
  return Status::Unsupported("not yet");
}
}  // namespace dateline
