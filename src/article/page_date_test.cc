// Copyright 2026 The Dateline Authors.

#include "article/page_date.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline {

namespace {

std::string Find(std::string_view text) { return FindDate(text).Iso(); }
std::string FromUrl(std::string_view url) { return DateFromUrl(url).Iso(); }

}  // namespace

TEST(MonthFromName, NamesAndAbbreviations) {
  EXPECT_EQ(1, MonthFromName("January"));
  EXPECT_EQ(2, MonthFromName("Feb"));
  EXPECT_EQ(2, MonthFromName("Feb."));
  EXPECT_EQ(2, MonthFromName("february"));
  EXPECT_EQ(3, MonthFromName("MAR"));
  EXPECT_EQ(5, MonthFromName("May"));
  EXPECT_EQ(9, MonthFromName("Sept"));
  EXPECT_EQ(9, MonthFromName("Sept."));
  EXPECT_EQ(9, MonthFromName("Sep"));
  EXPECT_EQ(12, MonthFromName("December"));
  EXPECT_EQ(0, MonthFromName(""));
  EXPECT_EQ(0, MonthFromName("Ma"));
  EXPECT_EQ(0, MonthFromName("Marc"));      // neither a name nor a 3-letter abbreviation
  EXPECT_EQ(0, MonthFromName("Mars"));
  EXPECT_EQ(0, MonthFromName("Sunday"));
  EXPECT_EQ(0, MonthFromName("Junior"));
}

TEST(YMD, IsoAndValidity) {
  YMD none;
  EXPECT_FALSE(none.valid());
  EXPECT_EQ("", none.Iso());
  YMD d{2024, 3, 4};
  EXPECT_TRUE(d.valid());
  EXPECT_EQ("2024-03-04", d.Iso());
}

TEST(FindDate, MetadataShapes) {
  EXPECT_EQ("2024-03-24", Find("2024-03-24"));
  EXPECT_EQ("2024-03-24", Find("2024-03-24T10:00:00Z"));
  EXPECT_EQ("2024-03-24", Find("2024-03-24T10:00:00+03:00"));
  EXPECT_EQ("2024-03-24", Find("2024-03-24 18:05"));
  EXPECT_EQ("2024-03-24", Find("2024/03/24"));
  EXPECT_EQ("2024-03-24", Find("2024.03.24"));
  EXPECT_EQ("2024-03-04", Find("2024-3-4"));
  EXPECT_EQ("2024-03-24", Find("20240324"));
  EXPECT_EQ("2024-03-24", Find("Sun, 24 Mar 2024 10:00:00 GMT"));
}

TEST(FindDate, VisibleLines) {
  EXPECT_EQ("2024-03-24", Find("Updated 24 March 2024"));
  EXPECT_EQ("2024-03-24", Find("Published: March 24, 2024 at 10:31 pm"));
  EXPECT_EQ("2024-03-24", Find("Mar. 24, 2024"));
  EXPECT_EQ("2024-03-24", Find("Mar 24 2024"));
  EXPECT_EQ("2024-03-24", Find("24 Mar. 2024"));
  EXPECT_EQ("2024-03-24", Find("24-Mar-2024"));
  EXPECT_EQ("2024-03-24", Find("24th March 2024"));
  EXPECT_EQ("2024-03-24", Find("March 24th, 2024"));
  EXPECT_EQ("2021-11-03", Find("a day after an attack on November 3, 2021"));
  EXPECT_EQ("2023-09-01", Find("Sept. 1st, 2023"));
  EXPECT_EQ("2022-06-02", Find("2nd June 2022"));
  EXPECT_EQ("2022-06-23", Find("Thursday 23rd June 2022"));
}

TEST(FindDate, NumericDayMonthOrder) {
  EXPECT_EQ("2024-03-24", Find("24/03/2024"));  // day > 12: day first
  EXPECT_EQ("2024-03-24", Find("03/24/2024"));  // day > 12: month first
  EXPECT_EQ("2024-03-24", Find("24-03-2024"));
  EXPECT_EQ("2024-03-05", Find("05.03.2024"));  // dots: European, day first
  EXPECT_EQ("", Find("05/03/2024"));            // ambiguous: no guess
  EXPECT_EQ("", Find("05-03-2024"));
}

TEST(FindDate, FirstCompleteDateWins) {
  EXPECT_EQ("2024-03-22",
            Find("Gunmen opened fire on March 22, 2024. Updated 24 March 2024"));
  // Incomplete dates are passed over.
  EXPECT_EQ("2024-03-24", Find("In March 2024 ... Friday, 2024 ... Updated 24 March 2024"));
  EXPECT_EQ("2022-09-14", Find("behind the attack in Kabul in September 2022, on 14 Sep 2022"));
}

TEST(FindDate, InvalidCalendarDatesAreRejected) {
  EXPECT_EQ("", Find("February 30, 2024"));
  EXPECT_EQ("", Find("30 February 2024"));
  EXPECT_EQ("", Find("Feb 30 2024"));
  EXPECT_EQ("", Find("2024-02-30"));
  EXPECT_EQ("", Find("2023-02-29"));   // not a leap year
  EXPECT_EQ("", Find("2100-02-29"));   // centuries are not leap years
  EXPECT_EQ("", Find("31 April 2024"));
  EXPECT_EQ("", Find("2024-13-01"));
  EXPECT_EQ("", Find("2024-00-10"));
  EXPECT_EQ("", Find("0 March 2024"));
  EXPECT_EQ("", Find("32/01/2024"));
  EXPECT_EQ("", Find("20241324"));
  EXPECT_EQ("2024-02-29", Find("2024-02-29"));  // leap year
  EXPECT_EQ("2000-02-29", Find("29 Feb 2000"));
  // An invalid date does not hide a valid one after it.
  EXPECT_EQ("2024-03-01", Find("February 30, 2024 or rather March 1, 2024"));
}

TEST(FindDate, YearsOutsideTheRangeAreIgnored) {
  EXPECT_EQ("", Find("March 24, 1850"));
  EXPECT_EQ("", Find("2101-01-01"));
  EXPECT_EQ("1900-01-01", Find("1 January 1900"));
  EXPECT_EQ("2100-12-31", Find("2100-12-31"));
}

TEST(FindDate, NoDate) {
  EXPECT_EQ("", Find(""));
  EXPECT_EQ("", Find("Short Url"));
  EXPECT_EQ("", Find("killing 115, wounding scores"));
  EXPECT_EQ("", Find("1 / 8"));
  EXPECT_EQ("", Find("Friday night"));
  EXPECT_EQ("", Find("March 2024"));
  EXPECT_EQ("", Find("24 March"));
  EXPECT_EQ("", Find("24.03.24"));       // two-digit years are not read
  EXPECT_EQ("", Find("123456789"));      // nine digits are not a compact date
  EXPECT_EQ("", Find("99999999999999999999 March 2024"));
}

TEST(DateFromUrl, PathShapes) {
  EXPECT_EQ("2024-03-24",
            FromUrl("https://www.example.com/world/europe/2024/03/24/moscow-concert-attack/"));
  EXPECT_EQ("2024-03-24", FromUrl("https://example.com/news/2024-03-24/moscow-attack.html"));
  EXPECT_EQ("2024-03-24", FromUrl("https://example.com/20240324/moscow-attack"));
  EXPECT_EQ("2024-03-24", FromUrl("http://example.com/a/2024/03/24"));
  EXPECT_EQ("2024-03-04", FromUrl("https://example.com/2024/03/4/x"));
  EXPECT_EQ("2024-03-24", FromUrl("example.com/2024/03/24/no-scheme"));
}

TEST(DateFromUrl, NoDate) {
  EXPECT_EQ("", FromUrl(""));
  EXPECT_EQ("", FromUrl("https://example.com"));
  EXPECT_EQ("", FromUrl("https://example.com/"));
  EXPECT_EQ("", FromUrl("https://example.com/world/europe/moscow-attack-123456"));
  EXPECT_EQ("", FromUrl("https://example.com/2024/3/24/x"));   // one-digit month
  EXPECT_EQ("", FromUrl("https://example.com/2024/02/30/x"));  // Feb 30
  EXPECT_EQ("", FromUrl("https://example.com/article/12345678"));
  // Only the path is read, not the host.
  EXPECT_EQ("", FromUrl("https://20240324.example.com/story"));
  EXPECT_EQ("", FromUrl("https://news2024.example.com/03/24/story"));
}

TEST(DateFromUrl, InvalidFirstCandidateDoesNotHideALaterOne) {
  EXPECT_EQ("2024-03-24", FromUrl("https://example.com/id/99999999/2024/03/24/story"));
}

}  // namespace dateline
