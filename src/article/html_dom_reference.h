// Copyright 2026 The Dateline Authors.
//
// The slow, obvious version of HtmlDom::Parse: myhtml's complete HTML5
// parser (libmodest), its tree copied into an HtmlDom with the same
// conventions (no comments or doctypes, <svg>, <math> and <noscript> kept
// empty, adjacent text joined). Tests and fuzzers check the fast builder against
// it; the extractor does not use it.

#ifndef DATELINE_ARTICLE_HTML_DOM_REFERENCE_H_
#define DATELINE_ARTICLE_HTML_DOM_REFERENCE_H_

#include <string>
#include <string_view>

#include "article/html_dom.h"
#include "dateline/status.h"

namespace dateline {

// Parses `html` with myhtml into `*dom` (which is cleared first). Unlike
// HtmlDom::Parse, the text lives in the dom, not in `html`.
Status ParseWithMyhtml(std::string_view html, HtmlDom* dom);

// A one-line-per-node outline of the tree under node `i` (tag or name,
// the attributes the extractor reads, text), for comparing two parses.
std::string OutlineHtmlDom(const HtmlDom& dom, int i = 0);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_HTML_DOM_REFERENCE_H_
