// Copyright 2026 The Dateline Authors.
//
// Publication dates as pages write them: in metadata ("2024-03-24T10:00Z",
// "Sun, 24 Mar 2024 10:00:00 GMT"), in visible lines ("Updated 24 March
// 2024", "March 24, 2024", "Mar. 24, 2024") and in URLs (".../2024/03/24/").
// These are absolute dates only; relative expressions in article text are
// the text stage's business. Tested by page_date_test.cc.

#ifndef DATELINE_ARTICLE_PAGE_DATE_H_
#define DATELINE_ARTICLE_PAGE_DATE_H_

#include <string>
#include <string_view>

namespace dateline {

struct YMD {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  bool valid() const { return year > 0; }
  std::string Iso() const;  // "2024-03-24"
};

// Month number for an English month name or abbreviation ("Feb", "Feb.",
// "february", "Sept"), or 0.
int MonthFromName(std::string_view word);

// The first complete calendar date (year, month and day) in `text`, or an
// invalid YMD. Years outside 1900..2100 are ignored.
YMD FindDate(std::string_view text);

// A date in a URL path: /2024/03/24/, /2024-03-24/, /20240324/.
YMD DateFromUrl(std::string_view url);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_PAGE_DATE_H_
