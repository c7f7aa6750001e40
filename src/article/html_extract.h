// Copyright 2026 The Dateline Authors.
//
// Main-text extraction from an HTML page: the story without navigation,
// ads, share bars, related links, cookie banners and comments, plus its
// metadata (headline, published date, author, dateline) and its photo
// captions with credits. Parsing is HtmlDom's (html_dom.h, our own
// tokenizer and tree builder, checked against myhtml's HTML5 parser);
// scoring of candidate blocks is ours. Tested by html_extract_test.cc.

#ifndef DATELINE_ARTICLE_HTML_EXTRACT_H_
#define DATELINE_ARTICLE_HTML_EXTRACT_H_

#include <cstddef>

#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline {

struct HtmlLimits {
  // Pages larger than this are refused with Status::Limit.
  size_t max_bytes = 64u << 20;
  // Elements nested deeper than this are not descended into; their text is
  // dropped and the page still yields what lies above them.
  int max_depth = 256;
};

// Extracts the article of `doc` (format kHtml, body in UTF-8) into `*out`.
// `out->doc` and `out->index` are set by the caller. Returns a non-OK status
// for pages over the limits or with no text at all.
Status ExtractHtmlArticle(const Document& doc, const HtmlLimits& limits, Article* out);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_HTML_EXTRACT_H_
