// Copyright 2026 The Dateline Authors.
//
// Articles from scraped text pages: what a crawler gets when it saves the
// visible text of a news page. Such a page may run several stories
// together, each announced by its headline (often repeated), followed by a
// date line ("Updated 24 March 2024"), key-point bullets, a dateline
// ("LONDON: ..."), body paragraphs, photo captions ending in a credit,
// galleries ("1 / 8" counters under a "Special <headline>" header), fact
// boxes (an all-caps title over a list) and share-bar debris ("Short Url",
// "Follow", "Caption").
//
// The splitter works line by line: it classifies every line, finds story
// starts by headline repetition and date lines, then assembles each story.
// Tested by text_page_test.cc; fuzzed by fuzz/text_page_fuzzer.cc.

#ifndef DATELINE_ARTICLE_TEXT_PAGE_H_
#define DATELINE_ARTICLE_TEXT_PAGE_H_

#include <cstddef>
#include <vector>

#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline {

struct TextPageLimits {
  size_t max_bytes = 64u << 20;
  size_t max_lines = 1u << 20;
  size_t max_line_bytes = 1u << 20;  // longer lines are cut at a UTF-8 boundary
};

// Splits `doc` (format kText) into its stories, appended to `*out` in page
// order with `doc` and `index` set.
Status ExtractTextPage(const Document& doc, const TextPageLimits& limits,
                       std::vector<Article>* out);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_TEXT_PAGE_H_
