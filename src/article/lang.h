// Copyright 2026 The Dateline Authors.
//
// Language identification with cld2 (no model download; the tables are in
// the library).

#ifndef DATELINE_ARTICLE_LANG_H_
#define DATELINE_ARTICLE_LANG_H_

#include <string>
#include <string_view>

namespace dateline {

// ISO 639-1 code ("en", "ru", "zh") of UTF-8 `text`, or "" when cld2 is not
// reliably sure.
std::string DetectLanguage(std::string_view text);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_LANG_H_
