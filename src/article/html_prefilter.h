// Copyright 2026 The Dateline Authors.
//
// Passes over raw HTML before it is parsed, each one cheap tag scan:
//
//   StripInertMarkup  drops what never becomes article text or metadata:
//                     comments, <script> (except JSON-LD), <style>,
//                     <noscript> and <svg> with their content, and <nav> and
//                     <aside> that hold no heading, date or byline. On the
//                     pages of the benchmark that is nearly half the bytes
//                     the parser would otherwise tokenize and copy; and
//                     attributes it never reads; and whitespace between
//                     blocks, most of a page's text nodes.
//   CapNesting        flattens absurd nesting (100,000 <div>s) that would
//                     make the HTML5 tree builder slow.
//
// Neither changes what the extractor reads, but for a page whose only text
// is in its navigation: html_prefilter_test.cc checks the extraction of
// test pages with and without them.

#ifndef DATELINE_ARTICLE_HTML_PREFILTER_H_
#define DATELINE_ARTICLE_HTML_PREFILTER_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace dateline {

// Writes `html` to `*out` (cleared first) without comments, <script>,
// <style>, <noscript> and <svg> elements (<script type="application/
// ld+json"> stays), without <nav> and <aside> elements unless they hold
// an <h1>, a <time>, an itemprop or the words "author" or "byline", and without the attributes the extractor never reads
// (src, srcset, data-*, on*, ...: all but class, id, role, style, hidden,
// aria-hidden, itemprop, href, rel, name, property, content, datetime,
// type, lang, charset and http-equiv), and without the whitespace between
// two block-level tags ("</p>\n  <div>"; not inside <pre>). The content of raw-text elements (<title>, <textarea>,
// <xmp>, <iframe>, ...) is copied as it is, never read as markup, and
// attribute values may hold '<' and '>'. Returns the number of bytes left
// out; when that is 0, `*out` is left empty and `html` is what to parse.
size_t StripInertMarkup(std::string_view html, std::string* out);

// Scans `html` for tags and tracks an estimate of the open-element depth.
// Returns true if a start tag would open past `cap`. When `out` is not
// null, writes `html` to it without such start tags (and as many end tags),
// which leaves the text in place but flattens the excess nesting.
bool CapNesting(std::string_view html, size_t cap, std::string* out);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_HTML_PREFILTER_H_
