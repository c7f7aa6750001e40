// Copyright 2026 The Dateline Authors.
//
// Quote attribution: the words inside quotation marks in a paragraph, and
// who said them when the text says so — `"...," Luke Coffey, a senior
// fellow at the Hudson Institute, told Arab News.`, `"...," he said.`
// (resolved to the last named speaker), `X said: "..."`. Tested by
// quotes_test.cc.

#ifndef DATELINE_ARTICLE_QUOTES_H_
#define DATELINE_ARTICLE_QUOTES_H_

#include <string>
#include <vector>

#include "dateline/article.h"

namespace dateline {

// Finds the attributed quotes in `paragraphs` (in order; a quote may run
// over several paragraphs, as the opening mark of each continuing paragraph
// shows). Quotes with no speaker the text can name are kept with an empty
// speaker only if `keep_unattributed`.
std::vector<Quote> FindQuotes(const std::vector<std::string>& paragraphs,
                              bool keep_unattributed = false);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_QUOTES_H_
