// Copyright 2026 The Dateline Authors.
//
// Article output: one JSON object per article (the `articles --format
// jsonl` contract) and a plain-text rendering for people.

#ifndef DATELINE_ARTICLE_ARTICLE_JSON_H_
#define DATELINE_ARTICLE_ARTICLE_JSON_H_

#include <string>

#include "dateline/article.h"

namespace dateline {

// Appends `a` as one JSON object (no trailing newline).
void AppendArticleJson(const Article& a, std::string* out);

// Appends a human-readable rendering of `a`.
void AppendArticleText(const Article& a, std::string* out);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_ARTICLE_JSON_H_
