// Copyright 2026 The Dateline Authors.
// PLACEHOLDER: being written; see html_extract.h.
#include "article/html_extract.h"
namespace dateline {
Status ExtractHtmlArticle(const Document& doc, const HtmlLimits& limits, Article* out) {
  return Status::Unsupported("HTML extraction not built yet");
}
}  // namespace dateline
