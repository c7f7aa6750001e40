// Copyright 2026 The Dateline Authors.

#include "text/dates.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline {

namespace {

constexpr char kSun2025[] = "2025-02-09";  // a Sunday
constexpr char kSun2024[] = "2024-03-24";  // a Sunday (the Crocus City Hall seed page)

// "text=ISO" per mention, joined by "|"; a trailing "~" marks relative ones.
std::string Find(const std::string& text, const char* anchor_iso) {
  std::string out;
  for (const DateMention& d : FindDates(text, DateValue::FromIso(anchor_iso))) {
    if (!out.empty()) out += "|";
    out += d.text + "=" + d.value.Iso() + (d.relative ? "~" : "");
  }
  return out;
}

struct Case {
  const char* anchor;
  const char* text;
  const char* want;
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(c.want, Find(c.text, c.anchor)) << "text: " << c.text << "  anchor: " << c.anchor;
  }
}

// The obviously right calendar: one day at a time.
struct SlowDate {
  int y, m, d;
  void Next() {
    static const int kLen[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    int len = m == 2 && leap ? 29 : kLen[m - 1];
    if (++d > len) {
      d = 1;
      if (++m > 12) {
        m = 1;
        ++y;
      }
    }
  }
};

TEST(Dates, ThePreCheckLetsEveryDateThrough) {
  const DateValue anchor = DateValue::FromIso("2024-03-25");
  const char* dated[] = {"on Friday", "Saturday's landslide", "last month", "in 2022",
                         "earlier this week", "yesterday", "this morning", "two days ago",
                         "Aug. 26, 2021", "09 February 2025", "mid-March", "TONIGHT"};
  for (const char* t : dated) {
    EXPECT_FALSE(FindDates(t, anchor).empty()) << t;
    EXPECT_TRUE(MayNameADate(t)) << t;
  }
  EXPECT_FALSE(MayNameADate("Gunmen stormed the market and fled, police said."));
  EXPECT_FALSE(MayNameADate(""));
}

}  // namespace

TEST(DateValue, IsoAndPrecisionNames) {
  EXPECT_EQ("2024-03-22", DateValue::FromIso("2024-03-22").Iso());
  EXPECT_EQ("2004-09", DateValue::FromIso("2004-09").Iso());
  EXPECT_EQ("2002", DateValue::FromIso("2002").Iso());
  EXPECT_EQ(DatePrecision::kDay, DateValue::FromIso("2024-03-22").precision);
  EXPECT_EQ(DatePrecision::kMonth, DateValue::FromIso("2004-09").precision);
  EXPECT_EQ(DatePrecision::kYear, DateValue::FromIso("2002").precision);
  EXPECT_EQ("", DateValue().Iso());
  for (const char* bad : {"", "24", "2024-3-22", "2024-13", "2024-00", "2023-02-29", "2024-02-30",
                          "2024-03-22T10:00", "2024/03/22", "20x4", "2024-03-", "2024-03-2x"}) {
    EXPECT_FALSE(DateValue::FromIso(bad).valid()) << bad;
  }
  EXPECT_TRUE(DateValue::FromIso("2024-02-29").valid());
  EXPECT_TRUE(DateValue::FromIso("2000-02-29").valid());
  EXPECT_FALSE(DateValue::FromIso("1900-02-29").valid());
  EXPECT_STREQ("day", DatePrecisionName(DatePrecision::kDay));
  EXPECT_STREQ("month", DatePrecisionName(DatePrecision::kMonth));
  EXPECT_STREQ("year", DatePrecisionName(DatePrecision::kYear));
  EXPECT_STREQ("", DatePrecisionName(DatePrecision::kNone));
}

TEST(DateValue, MonthLength) {
  EXPECT_EQ(31, MonthLength(2025, 1));
  EXPECT_EQ(28, MonthLength(2025, 2));
  EXPECT_EQ(29, MonthLength(2024, 2));
  EXPECT_EQ(29, MonthLength(2000, 2));
  EXPECT_EQ(28, MonthLength(1900, 2));
  EXPECT_EQ(28, MonthLength(2100, 2));
  EXPECT_EQ(30, MonthLength(2025, 4));
  EXPECT_EQ(31, MonthLength(2025, 12));
  EXPECT_EQ(0, MonthLength(2025, 0));
  EXPECT_EQ(0, MonthLength(2025, 13));
}

TEST(DateValue, AddDaysAndWeekdayKnownDays) {
  DateValue a = DateValue::FromIso(kSun2025);
  EXPECT_EQ(6, a.Weekday());
  EXPECT_EQ(6, DateValue::FromIso(kSun2024).Weekday());
  EXPECT_EQ(4, DateValue::FromIso("2024-03-22").Weekday());  // Friday
  EXPECT_EQ(0, DateValue::FromIso("1900-01-01").Weekday());  // Monday
  EXPECT_EQ(5, DateValue::FromIso("2000-01-01").Weekday());  // Saturday
  EXPECT_EQ(1, DateValue::FromIso("2001-09-11").Weekday());  // Tuesday
  EXPECT_EQ("2025-03-01", DateValue::FromIso("2025-02-28").AddDays(1).Iso());
  EXPECT_EQ("2024-02-29", DateValue::FromIso("2024-02-28").AddDays(1).Iso());
  EXPECT_EQ("2024-12-31", DateValue::FromIso("2025-01-01").AddDays(-1).Iso());
  EXPECT_EQ("2026-02-09", a.AddDays(365).Iso());
  EXPECT_EQ("1970-01-01", DateValue::FromIso("2000-01-01").AddDays(-10957).Iso());
  EXPECT_EQ("0001-01-01", DateValue::FromIso("0001-01-02").AddDays(-1).Iso());
  EXPECT_EQ(0, DateValue::FromIso("0001-01-01").Weekday());
  // Not a day: unchanged, and no weekday.
  EXPECT_EQ("2024-03", DateValue::FromIso("2024-03").AddDays(5).Iso());
  EXPECT_EQ(-1, DateValue::FromIso("2024").Weekday());
  EXPECT_EQ(-1, DateValue().Weekday());
}

// Differential: the day-number arithmetic against a day-by-day counter
// over 1900..2100 (1900-01-01 was a Monday).
TEST(DateValue, AddDaysAndWeekdayMatchSlowCounter) {
  const DateValue base = DateValue::FromIso("1900-01-01");
  SlowDate slow{1900, 1, 1};
  int k = 0;
  DateValue prev = base;
  for (; slow.y <= 2100; ++k, slow.Next()) {
    DateValue fast = base.AddDays(k);
    ASSERT_EQ(slow.y, fast.year) << k;
    ASSERT_EQ(slow.m, fast.month) << k;
    ASSERT_EQ(slow.d, fast.day) << k;
    ASSERT_EQ(k % 7, fast.Weekday()) << fast.Iso();
    ASSERT_EQ(base.Iso(), fast.AddDays(-k).Iso()) << fast.Iso();
    if (k > 0) {
      ASSERT_EQ(fast.Iso(), prev.AddDays(1).Iso());
    }
    ASSERT_EQ(fast.Iso(), DateValue::FromIso(fast.Iso()).Iso());
    prev = fast;
  }
  EXPECT_EQ(73414, k);  // days in 1900..2100
}

TEST(DateFinder, AbsoluteDates) {
  RunCases({
      {kSun2025, "The attack on March 22, 2024 killed 115.", "March 22, 2024=2024-03-22"},
      {kSun2025, "It happened on March 22 2024 at night.", "March 22 2024=2024-03-22"},
      {kSun2025, "It happened on 22 March 2024.", "22 March 2024=2024-03-22"},
      {kSun2025, "Updated 09 February 2025", "09 February 2025=2025-02-09"},
      {kSun2025, "He was arrested on Aug. 26, 2021, in Kabul.", "Aug. 26, 2021=2021-08-26"},
      {kSun2025, "The Sept. 11, 2001 attacks", "Sept. 11, 2001=2001-09-11"},
      {kSun2025, "Published 2024-03-22.", "2024-03-22=2024-03-22"},
      {kSun2025, "Published 2024/03/22 in print", "2024/03/22=2024-03-22"},
      {kSun2025, "In October 2002 the theatre was seized.", "October 2002=2002-10"},
      {kSun2025, "MARCH 22, 2024: GUNMEN OPEN FIRE", "MARCH 22, 2024=2024-03-22"},
      {kSun2025, "on the 22nd of March 2024", "22nd of March 2024=2024-03-22"},
      {kSun2025, "On March 22nd, 2024, gunmen", "March 22nd, 2024=2024-03-22"},
      {kSun2025, "Friday, March 22, 2024, was", "Friday, March 22, 2024=2024-03-22"},
      {kSun2025, "between March 22-23, 2024", "March 22-23, 2024=2024-03-22"},
      {kSun2025, "a day after an attack on November 3, 2021", "November 3, 2021=2021-11-03"},
      {kSun2025, "on February 29, 2024", "February 29, 2024=2024-02-29"},
      {kSun2025, "on Feb 29, 2000", "Feb 29, 2000=2000-02-29"},
      {kSun2025, "on 31 Dec 1999", "31 Dec 1999=1999-12-31"},
  });
}

TEST(DateFinder, BareYearsNeedACue) {
  RunCases({
      {kSun2025, "In 2022, rebels took the town.", "2022=2022"},
      {kSun2025, "the worst attack since 2015", "2015=2015"},
      {kSun2025, "The 2020 killing of the general", "2020=2020"},
      {kSun2025, "according to a 2019 report", "2019=2019"},
      {kSun2025, "since the 2022 World Cup", "2022=2022"},
      {kSun2025, "2020's election", "2020=2020"},
      {kSun2025, "2020\xE2\x80\x99s election", "2020=2020"},
      {kSun2025, "the treaty (1997) was", "1997=1997"},
      {kSun2025, "between 2015 and 2020", "2015=2015|2020=2020"},
      {kSun2025, "from 2015-2020", "2015=2015|2020=2020"},
      {kSun2025, "in mid-2023", "mid-2023=2023"},
      {kSun2025, "in late 2023", "late 2023=2023"},
      {kSun2025, "in early 1900", "early 1900=1900"},
      {kSun2025, "by 2100", "2100=2100"},
      {kSun2025, "the summer of 2019", "2019=2019"},
      {kSun2025, "the year 2000 problem", "2000=2000"},
      {kSun2025, "during 1999 and after", "1999=1999"},
  });
}

TEST(DateFinder, NotYears) {
  RunCases({
      {kSun2025, "about 2,000 people fled", ""},
      {kSun2025, "2000 people fled", ""},
      {kSun2025, "in 2000 people's homes", ""},
      {kSun2025, "built over 2000 years", ""},
      {kSun2025, "in 2000 km", ""},
      {kSun2025, "2000-3000 people", ""},
      {kSun2025, "from 2000 to 3000 fighters", ""},
      {kSun2025, "a fine of $2020", ""},
      {kSun2025, "since the 1990s", ""},
      {kSun2025, "it rose 2020 points", ""},
      {kSun2025, "Flight 2020 crashed", ""},
      {kSun2025, "in 1850 and 2150", ""},
      {kSun2025, "in 2020.5", ""},
      {kSun2025, "an F2020 jet", ""},
      {kSun2025, "in 2023-24", ""},
  });
}

TEST(DateFinder, MonthAndDayWithoutYear) {
  RunCases({
      {kSun2025, "Voting began on March 7.", "March 7=2024-03-07~"},
      {kSun2025, "June 14 marked", "June 14=2024-06-14~"},
      {kSun2025, "on 7 March", "7 March=2024-03-07~"},
      {kSun2025, "on Feb 12", "Feb 12=2025-02-12~"},             // announced, 3 days ahead
      {kSun2025, "on February 16", "February 16=2025-02-16~"},   // anchor + 7
      {kSun2025, "on February 17", "February 17=2024-02-17~"},   // anchor + 8
      {kSun2025, "on February 9", "February 9=2025-02-09~"},
      {kSun2025, "on January 31st", "January 31st=2025-01-31~"},
      {kSun2025, "on the 4th of July", "4th of July=2024-07-04~"},
      {kSun2025, "on Friday, February 7", "Friday, February 7=2025-02-07~"},
      {"2025-01-03", "on December 28", "December 28=2024-12-28~"},
      {"2025-01-03", "on January 9", "January 9=2025-01-09~"},
      {"2025-01-03", "on January 11", "January 11=2024-01-11~"},
      {"2024-12-28", "on January 2", "January 2=2025-01-02~"},  // rolls into next year
      {"2026-03-10", "on February 29", "February 29=2024-02-29~"},
      {"2024-03-01", "on February 29", "February 29=2024-02-29~"},
      {kSun2025, "on February 30", ""},
      {kSun2025, "on April 31", ""},
  });
}

TEST(DateFinder, Months) {
  RunCases({
      {kSun2025, "in January", "January=2025-01~"},
      {kSun2025, "in February", "February=2025-02~"},
      {kSun2025, "in March", "March=2024-03~"},
      {kSun2025, "in May", "May=2024-05~"},
      {kSun2025, "In May 2024", "May 2024=2024-05"},
      {kSun2025, "since December", "December=2024-12~"},
      {kSun2025, "in early March", "early March=2024-03~"},
      {kSun2025, "in mid-March", "mid-March=2024-03~"},
      {kSun2025, "late December", "late December=2024-12~"},
      {kSun2025, "the end of June", "June=2024-06~"},
      {kSun2025, "between June and August", "June=2024-06~|August=2024-08~"},
      {kSun2024, "in March", "March=2024-03~"},
      {kSun2024, "last March", "last March=2023-03~"},
      {kSun2025, "next January", "next January=2026-01~"},
      {kSun2025, "this December", "this December=2025-12~"},
      {kSun2025, "last month", "last month=2025-01~"},
      {"2025-01-15", "last month", "last month=2024-12~"},
      {"2024-12-05", "next month", "next month=2025-01~"},
      {kSun2025, "earlier this month", "earlier this month=2025-02~"},
      {kSun2025, "this month", "this month=2025-02~"},
      {kSun2025, "last year", "last year=2024~"},
      {kSun2025, "this year", "this year=2025~"},
      {kSun2025, "earlier this year", "earlier this year=2025~"},
      {kSun2025, "late last year", "late last year=2024~"},
      {kSun2025, "next year", "next year=2026~"},
  });
}

// Weeks get the finest precision that holds the whole week.
TEST(DateFinder, Weeks) {
  RunCases({
      {kSun2025, "this week", "this week=2025-02~"},
      {kSun2025, "earlier this week", "earlier this week=2025-02~"},
      {kSun2025, "last week", "last week=2025~"},  // Jan 27 .. Feb 2
      {kSun2025, "next week", "next week=2025-02~"},
      {kSun2024, "earlier this week", "earlier this week=2024-03~"},
      {kSun2024, "last week", "last week=2024-03~"},
      {"2025-01-01", "last week", "last week=2024-12~"},
      {"2025-01-01", "this week", ""},  // Dec 30 .. Jan 1: no single year
  });
}

TEST(DateFinder, Weekdays) {
  RunCases({
      {kSun2025, "on Friday", "Friday=2025-02-07~"},
      {kSun2025, "Friday night", "Friday night=2025-02-07~"},
      {kSun2025, "late Friday", "late Friday=2025-02-07~"},
      {kSun2025, "early Saturday morning", "early Saturday morning=2025-02-08~"},
      {kSun2025, "Saturday's landslide", "Saturday=2025-02-08~"},
      {kSun2025, "Saturday\xE2\x80\x99s landslide", "Saturday=2025-02-08~"},
      {kSun2025, "on Sunday morning", "Sunday morning=2025-02-09~"},
      {kSun2025, "on Monday", "Monday=2025-02-03~"},
      {kSun2025, "after Friday prayers", "Friday=2025-02-07~"},
      {kSun2025, "on friday", "friday=2025-02-07~"},
      {kSun2025, "last Friday", "last Friday=2025-02-07~"},
      {kSun2025, "last Sunday", "last Sunday=2025-02-02~"},
      {kSun2025, "last Friday night", "last Friday night=2025-02-07~"},
      {kSun2025, "next Monday", "next Monday=2025-02-10~"},
      {kSun2025, "next Sunday", "next Sunday=2025-02-16~"},
      {kSun2024, "Friday night", "Friday night=2024-03-22~"},
      {kSun2024, "Saturday's", "Saturday=2024-03-23~"},
      {"2025-02-12", "on Friday", "Friday=2025-02-07~"},
      {"2025-02-12", "on Wednesday", "Wednesday=2025-02-12~"},
      {"2025-02-12", "last Wednesday", "last Wednesday=2025-02-05~"},
      {"2025-02-12", "this Friday", "this Friday=2025-02-14~"},
      {"2025-03-02", "on Friday", "Friday=2025-02-28~"},
      {"2024-03-02", "on Thursday", "Thursday=2024-02-29~"},
      {"2025-01-01", "on Friday", "Friday=2024-12-27~"},
  });
}

TEST(DateFinder, DayWordsAndAgo) {
  RunCases({
      {kSun2025, "today", "today=2025-02-09~"},
      {kSun2025, "Today,", "Today=2025-02-09~"},
      {kSun2025, "tonight", "tonight=2025-02-09~"},
      {kSun2025, "this morning", "this morning=2025-02-09~"},
      {kSun2025, "this evening", "this evening=2025-02-09~"},
      {kSun2025, "earlier today", "earlier today=2025-02-09~"},
      {kSun2025, "yesterday", "yesterday=2025-02-08~"},
      {kSun2025, "yesterday morning", "yesterday morning=2025-02-08~"},
      {kSun2025, "yesterday's vote", "yesterday=2025-02-08~"},
      {"2024-03-01", "yesterday", "yesterday=2024-02-29~"},
      {"2025-01-01", "yesterday", "yesterday=2024-12-31~"},
      {kSun2025, "last night", "last night=2025-02-08~"},
      {kSun2025, "the day before yesterday", "the day before yesterday=2025-02-07~"},
      {kSun2025, "tomorrow", "tomorrow=2025-02-10~"},
      {kSun2025, "the day after tomorrow", "the day after tomorrow=2025-02-11~"},
      {kSun2025, "two days ago", "two days ago=2025-02-07~"},
      {kSun2025, "10 days ago", "10 days ago=2025-01-30~"},
      {kSun2025, "three weeks ago", "three weeks ago=2025-01-19~"},
      {kSun2025, "a week ago", "a week ago=2025-02-02~"},
      {kSun2025, "a day ago", "a day ago=2025-02-08~"},
      {kSun2025, "two months ago", "two months ago=2024-12~"},
      {kSun2025, "a year ago", "a year ago=2024~"},
      {kSun2025, "five years ago", "five years ago=2020~"},
      {kSun2025, "a day after the attack", ""},
      {kSun2025, "the day before the attack", ""},
      {kSun2025, "a days ago", ""},
  });
}

TEST(DateFinder, NotDates) {
  RunCases({
      {kSun2025, "Russia may struggle to respond.", ""},
      {kSun2025, "May God protect them.", ""},
      {kSun2025, "Theresa May's government", ""},
      {kSun2025, "a march on parliament", ""},
      {kSun2025, "Protesters march through the city.", ""},
      {kSun2025, "March on parliament, they said.", ""},
      {kSun2025, "the March on Washington", ""},
      {kSun2025, "The Sunday Times reported", ""},
      {kSun2025, "the Good Friday Agreement", ""},
      {kSun2025, "on Bloody Sunday", ""},
      {kSun2025, "killed 15 people", ""},
      {kSun2025, "killed 31 Maoists and two soldiers", ""},
      {kSun2025, "In March 15 people died", "March=2024-03~"},
      {kSun2025, "in Jan", ""},
      {kSun2025, "version 2024 of the law", ""},
      {kSun2025, "the 14th", ""},
      {kSun2025, "", ""},
  });
}

TEST(DateFinder, ByteSpansAndOrder) {
  // Non-ASCII words, NBSP, an em dash and a curly apostrophe before and
  // inside the dates.
  const std::string text =
      "B\xC4\xABj\xC4\x81pur \xE2\x80\x94 Police said on Friday night that the "
      "March\xC2\xA0" "22,\xC2\xA0" "2024 attack, and Saturday\xE2\x80\x99s, killed 115 in 2022.";
  std::vector<DateMention> got = FindDates(text, DateValue::FromIso(kSun2024));
  ASSERT_EQ(4u, got.size());
  const char* want_text[] = {"Friday night", "March\xC2\xA0" "22,\xC2\xA0" "2024", "Saturday",
                             "2022"};
  const char* want_iso[] = {"2024-03-22", "2024-03-22", "2024-03-23", "2022"};
  size_t prev_end = 0;
  for (size_t k = 0; k < got.size(); ++k) {
    EXPECT_EQ(want_text[k], got[k].text);
    EXPECT_EQ(want_iso[k], got[k].value.Iso());
    EXPECT_EQ(text.substr(got[k].span.begin, got[k].span.end - got[k].span.begin), got[k].text);
    EXPECT_GE(got[k].span.begin, prev_end);
    prev_end = got[k].span.end;
  }
  EXPECT_EQ(text.find("Friday"), got[0].span.begin);
  EXPECT_EQ(text.find(" that"), got[0].span.end);
  EXPECT_TRUE(got[0].relative);
  EXPECT_FALSE(got[1].relative);
  EXPECT_EQ(DatePrecision::kDay, got[1].value.precision);
  EXPECT_EQ(DatePrecision::kYear, got[3].value.precision);
}

// The finder keeps a bounded window of tokens; a long text must give the
// same mentions as its pieces, wherever the window slides.
TEST(DateFinder, LongTextMatchesItsPieces) {
  const DateValue anchor = DateValue::FromIso(kSun2024);
  const std::string pieces[] = {
      "Gunmen struck on Friday night and Saturday's toll rose, ",
      "a day after an attack on November 3, 2021, in mid-2023 and between 2015 and 2020; ",
      "killed 115 people, 2,000 more fled the day before yesterday, ",
      "x ",
      "in early March, on 22nd of March 2024, two days ago, last week. ",
  };
  std::string text;
  std::vector<std::string> want;
  for (int rep = 0; rep < 400; ++rep) {
    const std::string& piece = pieces[(rep * 7) % 5];
    for (const DateMention& d : FindDates(piece, anchor)) {
      want.push_back(std::to_string(text.size() + d.span.begin) + ":" + d.text + "=" +
                     d.value.Iso());
    }
    text += piece;
  }
  std::vector<std::string> got;
  for (const DateMention& d : FindDates(text, anchor)) {
    got.push_back(std::to_string(d.span.begin) + ":" + d.text + "=" + d.value.Iso());
  }
  ASSERT_GT(want.size(), 500u);
  EXPECT_EQ(want, got);
}

TEST(DateFinder, WithoutAnAnchorOnlyAbsoluteDates) {
  EXPECT_EQ("March 22, 2024=2024-03-22|2022=2022",
            Find("On Friday, yesterday, March 22, 2024, and in 2022 and last month", ""));
  EXPECT_EQ("2022=2022", Find("in 2022 and last month", "2024-03"));  // not a day anchor
}

TEST(DateFinder, SeedSentences) {
  RunCases({
      {kSun2024,
       "Gunmen opened fire at Crocus City Hall on Friday night, and Saturday's death toll rose.",
       "Friday night=2024-03-22~|Saturday=2024-03-23~"},
      {kSun2024, "Updated 24 March 2024", "24 March 2024=2024-03-24"},
      {kSun2024, "The group claimed an attack last month in Kerman.", "last month=2024-02~"},
  });
}

}  // namespace dateline
