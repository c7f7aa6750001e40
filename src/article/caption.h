// Copyright 2026 The Dateline Authors.
//
// Photo captions and their credits. A credit is the trailing parenthesised
// attribution news pages put after a caption — "(REUTERS)", "(AP/File)",
// "(Investigative Committee of Russia via AP)" — or a "Photo: X" /
// "Credit: X" tail. Tested by caption_test.cc.

#ifndef DATELINE_ARTICLE_CAPTION_H_
#define DATELINE_ARTICLE_CAPTION_H_

#include <string_view>

#include "dateline/article.h"

namespace dateline {

// Splits a caption line into its text and credit. `credit` stays empty when
// the line has none.
Caption SplitCaptionCredit(std::string_view line);

// True if `line` ends with a credit in parentheses that looks like a photo
// agency or source attribution (short, capitalised, no sentence inside).
bool HasTrailingCredit(std::string_view line);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_CAPTION_H_
