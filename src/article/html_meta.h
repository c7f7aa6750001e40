// Copyright 2026 The Dateline Authors.
//
// What an HTML page declares about its article, as opposed to what its
// visible text says: <title>, <meta> tags (OpenGraph, Twitter, Dublin Core,
// article:*, itemprop), the canonical URL and schema.org JSON-LD blocks.
// The extractor (html_extract.cc) feeds tags in as it walks the tree, then
// weighs these declarations against the visible headline, byline and date.
// Nothing here touches the HTML parser, so it is tested on strings by
// html_meta_test.cc.

#ifndef DATELINE_ARTICLE_HTML_META_H_
#define DATELINE_ARTICLE_HTML_META_H_

#include <string>
#include <string_view>

namespace dateline {

// Where a publication date came from, best first. The extractor adds the
// dates it sees on the page (itemprop, <time>) to the same scale.
enum DateRank : int {
  kRankLdPublished = 1,      // JSON-LD datePublished of an Article
  kRankMetaPublished = 2,    // article:published_time and the like
  kRankItempropDate = 3,     // an element with itemprop="datePublished"
  kRankMetaGenericDate = 4,  // <meta name="date">, dc.date, ...
  kRankLdPageDate = 5,       // JSON-LD datePublished of a WebPage
  kRankLdCreated = 6,        // JSON-LD dateCreated
  kRankTimeElement = 7,      // a <time datetime> element
};

struct PageMeta {
  // A rank says how much a value is trusted: lower wins, kUnranked = none.
  static constexpr int kUnranked = 1000;

  std::string title;        // <title>, whitespace collapsed
  std::string site_name;    // og:site_name, application-name or publisher
  std::string og_title;     // og:title, else twitter:title
  std::string ld_headline;  // headline of a JSON-LD Article-like object
  std::string url;          // canonical link, else og:url
  std::string published;    // YYYY-MM-DD
  int published_rank = kUnranked;
  std::string modified;  // YYYY-MM-DD of the last update, a last resort
  std::string author;    // "Jane Doe" or "Jane Doe, John Roe"
  int author_rank = kUnranked;
  std::string ld_body;  // JSON-LD articleBody (may be a teaser)
  std::string description;  // og:description / description
};

// Folds one <meta> tag into `meta`. `key` is the tag's name, property or
// itemprop attribute (any case); `content` its content attribute.
void ReadMetaTag(std::string_view key, std::string_view content, PageMeta* meta);

// Folds one <script type="application/ld+json"> block into `meta`: the
// headline, dates, author and body of Article-like objects (NewsArticle,
// BlogPosting, ...), found at the top level, in arrays or in @graph.
// Malformed JSON is read by a forgiving key scan instead.
void ReadJsonLd(std::string_view json, PageMeta* meta);

// `s` with the character references templates leave behind ("&amp;",
// "&#8217;") decoded and whitespace collapsed.
std::string CleanMetaText(std::string_view s);

// Keeps the value of rank `rank` if it beats the one already in `*field`.
void OfferRanked(std::string value, int rank, std::string* field, int* field_rank);

// The calendar date at the start of a date value ("2024-03-24T10:00:00Z",
// "Sun, 24 Mar 2024 10:00:00 GMT", "March 24, 2024") as YYYY-MM-DD, or "".
std::string IsoDateOf(std::string_view value);

// The title without the site name a <title> usually carries: "Headline |
// Site", "Site - Headline", "Headline — Site". `site_name` helps decide
// which side is the site; it may be empty.
std::string StripSiteName(std::string_view title, std::string_view site_name);

// A visible heading without the trailing segments some templates copy from
// the <title>: "Moving guide | Top 19 Companies | Acme" -> "Moving guide".
// Only the end is cut (a heading that starts "Blog: " keeps it), and only
// after a separator with spaces around it, a segment of at most four words
// or one naming the site.
std::string StripHeadingTail(std::string_view heading, std::string_view site_name);

// The author named by a byline line ("By Jane Doe", "by Jane Doe and John
// Roe | Reuters", "Written by Jane Doe"), or "" if `line` is not a byline.
std::string AuthorFromByline(std::string_view line);

// True if `s` reads like a person's or organisation's name rather than a
// sentence or a URL: short, no sentence punctuation, starts upper case.
bool LooksLikeName(std::string_view s);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_HTML_META_H_
