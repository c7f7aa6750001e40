// Copyright 2026 The Dateline Authors.

#include "article/extract.h"

#include "article/lang.h"
#include "article/page_date.h"
#include "article/quotes.h"

namespace dateline {

Status ExtractArticles(const Document& doc, const ArticleOptions& options,
                       std::vector<Article>* out) {
  size_t first = out->size();
  if (doc.format == DocFormat::kHtml) {
    Article a;
    Status st = ExtractHtmlArticle(doc, options.html, &a);
    if (!st.ok()) return st;
    a.doc = doc.name;
    a.index = 0;
    out->push_back(std::move(a));
  } else {
    Status st = ExtractTextPage(doc, options.text, out);
    if (!st.ok()) return st;
  }
  for (size_t i = first; i < out->size(); ++i) {
    Article& a = (*out)[i];
    // The container's metadata fills what the page did not say.
    if (a.headline.empty() && !doc.title.empty()) a.headline = doc.title;
    if (a.url.empty()) a.url = doc.url;
    if (!doc.published.empty() && a.date.empty()) a.date = doc.published;
    if (a.date.empty() && !a.url.empty()) {
      YMD d = DateFromUrl(a.url);
      if (d.valid()) a.date = d.Iso();
    }
    if (a.quotes.empty()) a.quotes = FindQuotes(a.paragraphs);
    if (options.detect_language && a.lang.empty()) {
      std::string sample = a.headline;
      for (const std::string& p : a.paragraphs) {
        sample += "\n";
        sample += p;
        if (sample.size() > 8192) break;
      }
      a.lang = DetectLanguage(sample);
    }
  }
  return Status::OK();
}

}  // namespace dateline
