// Copyright 2026 The Dateline Authors.
//
// The article stage's one entry point: a Document in, its Articles out,
// whatever the document's format. Fills what every format shares — quotes,
// language, the container's metadata where the page gave none.

#ifndef DATELINE_ARTICLE_EXTRACT_H_
#define DATELINE_ARTICLE_EXTRACT_H_

#include <vector>

#include "article/html_extract.h"
#include "article/text_page.h"
#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline {

struct ArticleOptions {
  HtmlLimits html;
  TextPageLimits text;
  bool detect_language = true;
};

// Appends the articles of `doc` to `*out`.
Status ExtractArticles(const Document& doc, const ArticleOptions& options,
                       std::vector<Article>* out);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_EXTRACT_H_
