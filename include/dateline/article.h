// Copyright 2026 The Dateline Authors.
//
// An Article is one story recovered from a Document: its headline, date,
// dateline, byline, key-point bullets, body paragraphs, photo captions with
// their credits, fact boxes and attributed quotes. A scraped text page can
// hold several stories; an HTML page normally holds one.

#ifndef DATELINE_ARTICLE_H_
#define DATELINE_ARTICLE_H_

#include <string>
#include <vector>

namespace dateline {

struct Caption {
  std::string text;    // without the credit
  std::string credit;  // "REUTERS", "AP/File", "" when none was given
};

struct FactBox {
  std::string title;  // "MAJOR TERROR STRIKES IN RUSSIA"
  std::vector<std::string> items;
};

struct Quote {
  std::string text;         // the words inside the quotation marks
  std::string speaker;      // "Luke Coffey", "" when unattributed
  std::string affiliation;  // "a senior fellow at the Hudson Institute"
};

struct Article {
  std::string doc;       // Document::name
  int index = 0;         // position of the story within its document
  std::string headline;
  std::string date;      // ISO 8601 (YYYY-MM-DD or with time), "" if unknown
  std::string dateline;  // "LONDON", "New Delhi", "" if none
  std::string author;
  std::string url;
  std::string lang;      // ISO 639-1 code, "" when undetermined
  std::vector<std::string> bullets;
  std::vector<std::string> paragraphs;  // body, in reading order
  std::vector<Caption> captions;
  std::vector<FactBox> factboxes;
  std::vector<Quote> quotes;

  // Paragraphs joined by a blank line.
  std::string Body() const;
};

}  // namespace dateline

#endif  // DATELINE_ARTICLE_H_
