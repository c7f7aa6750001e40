// Copyright 2026 The Dateline Authors.
//
// Date expressions in article text, resolved against the article's own
// date (the anchor), never the clock. Each result carries its precision.
//
//   absolute: "March 22, 2024", "Aug. 26, 2021", "09 February 2025",
//             "2024-03-22",
//             "October 2002", "in 2022", "the 2020 killing"
//   relative: "on Friday", "Friday night", "Saturday's landslide",
//             "yesterday", "today", "last night", "last month", "earlier
//             this month", "last year", "this week", "on March 7" (year
//             from the anchor: the latest such date not after it)
//
// News reports the past: a bare weekday is the latest such day on or
// before the anchor ("on Sunday" in a Sunday article is that Sunday);
// "last Friday" is the latest one strictly before the anchor day, "next
// Monday" the first one after it, "this Friday" the one in the anchor's
// Monday-to-Sunday week. A month and day without a year ("on March 7")
// is the latest such date not after the anchor + 7 days (news announces
// days just ahead). "in January" is the latest January not after the
// anchor's month. Spans to a period rather than a day ("this week", "last
// week", "next week") get the finest precision that holds the whole
// period: the month if the week lies in one month, else the year, else
// nothing.
//
// What is not a date: "may"/"march" in lower case, "May"/"March" with no
// day, year or cue ("in", "since", "early", "last", ...) beside them;
// "Sunday Times", "Good Friday"; counts ("2000 people", "2,000", "in 2000
// years"); a bare 4-digit number without a year cue (a preposition such as
// in/since/by/until/from/during/before/after/through/between, "the/a 2020
// <noun>", "2020's", "(2020)", "mid-2020", "year 2020", or a range joined
// to a year just found: "between 2015 and 2020").
//
// Spans cover the date words only: no leading preposition ("on", "in"),
// no trailing "'s"; modifiers that are part of the expression are in
// ("late Friday", "mid-March", "earlier this month", "last night",
// "Friday night", "the day before yesterday", "two days ago").
// Month names need an upper-case first letter; weekday abbreviations,
// "the 14th", numeric dates other than ISO ("22/03/2024"), decades
// ("1990s") and "over the weekend" are not recognised.
//
// Thread-safe; no clock, no locale. Tested by dates_test.cc; fuzzed by
// fuzz/dates_fuzzer.cc.

#ifndef DATELINE_TEXT_DATES_H_
#define DATELINE_TEXT_DATES_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"

namespace dateline {

enum class DatePrecision { kNone = 0, kYear, kMonth, kDay };

const char* DatePrecisionName(DatePrecision p);  // "day", "month", "year", ""

// Days in `month` of `year` in the proleptic Gregorian calendar (28..31),
// or 0 when `month` is not 1..12.
int MonthLength(int year, int month);

struct DateValue {
  int year = 0;
  int month = 0;  // 1..12 when precision >= kMonth
  int day = 0;    // 1..31 when precision == kDay
  DatePrecision precision = DatePrecision::kNone;

  bool valid() const { return precision != DatePrecision::kNone; }
  // "2024-03-22", "2024-03", "2024", or "" when invalid.
  std::string Iso() const;
  // Parses the three forms Iso() writes (a 4-digit year, then "-MM",
  // then "-DD"); anything else, or an impossible date, is invalid.
  static DateValue FromIso(std::string_view iso);
  // The same day shifted by `days` (REQUIRES: precision == kDay; otherwise
  // returns *this unchanged). Proleptic Gregorian, no time zones.
  DateValue AddDays(int days) const;
  // Days since 0001-01-01 of the first day the value covers (its day, the
  // 1st of its month, or 1 January of its year); 0 when invalid.
  int64_t DayIndex() const;
  // Day of the week, 0 = Monday .. 6 = Sunday (REQUIRES: kDay; otherwise
  // returns -1).
  int Weekday() const;
};

struct DateMention {
  TextSpan span;         // in the text given
  DateValue value;
  bool relative = false;  // resolved against the anchor
  std::string text;       // as written
};

// Every date expression in `text`, in order and not overlapping, resolved
// against `anchor` (a kDay value; with any other anchor, relative
// expressions are dropped). Single pass, no allocation per token beyond
// one token vector; results outside years 1..9999 are dropped.
std::vector<DateMention> FindDates(std::string_view text, const DateValue& anchor);

// A fast, conservative pre-check: false only if FindDates(text, any anchor)
// finds nothing, because `text` has no numeral and none of the words every
// date is built on (months, weekdays, "today", "yesterday", "week", "night",
// ...). Invariant checked by dates_fuzzer.cc and the tests.
bool MayNameADate(std::string_view text);

}  // namespace dateline

#endif  // DATELINE_TEXT_DATES_H_
