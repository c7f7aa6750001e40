// Copyright 2026 The Dateline Authors.
//
// The date finder. One pass turns the text into light tokens (ASCII words
// tagged with a small lexicon class, numbers with their value and shape,
// punctuation with an ASCII stand-in); then each token whose class can
// start a date tries the few shapes that start with that class. Most
// tokens are rejected by one class check, so the cost is the token scan.
// No regular expressions, no recursion on the input (a modifier such as
// "late" looks at most one token ahead).
//
// Calendar arithmetic is proleptic Gregorian counted in days from
// 0001-01-01 (a Monday) with 400-year cycles of 146097 days; no <ctime>,
// no time zones. Tested by dates_test.cc; fuzzed by fuzz/dates_fuzzer.cc.

#include "text/dates.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "util/strings.h"

namespace dateline {

namespace {

// ---------------------------------------------------------------------------
// Calendar.

constexpr int64_t kDaysPer400Years = 146097;
constexpr int kDaysBeforeMonth[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};

bool IsLeap(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int64_t FloorDiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if (a % b != 0 && ((a < 0) != (b < 0))) --q;
  return q;
}

// Days in the first k years (0 <= k <= 400) of a 400-year cycle whose
// first year is 1 mod 400: the cycle's leap years are its 4th, 8th, ...
// years, less the 100th, 200th, 300th.
int64_t DaysBeforeCycleYear(int64_t k) { return 365 * k + k / 4 - k / 100 + k / 400; }

// Day number of y-m-d: 0 for 0001-01-01. REQUIRES: 1 <= m <= 12.
int64_t DayNumber(int64_t y, int m, int d) {
  int64_t cycle = FloorDiv(y - 1, 400);
  int64_t k = (y - 1) - 400 * cycle;  // years since the cycle began
  return cycle * kDaysPer400Years + DaysBeforeCycleYear(k) + kDaysBeforeMonth[m - 1] +
         (m > 2 && IsLeap(y) ? 1 : 0) + (d - 1);
}

DateValue FromDayNumber(int64_t n) {
  int64_t cycle = FloorDiv(n, kDaysPer400Years);
  int64_t r = n - cycle * kDaysPer400Years;  // 0 .. 146096
  int64_t k = r / 366;                       // never more than the years elapsed
  while (DaysBeforeCycleYear(k + 1) <= r) ++k;
  int64_t year = 1 + 400 * cycle + k;
  int doy = static_cast<int>(r - DaysBeforeCycleYear(k));  // 0-based
  int leap = IsLeap(year) ? 1 : 0;
  int month = 1;
  while (month < 12 && doy >= kDaysBeforeMonth[month] + (month >= 2 ? leap : 0)) ++month;
  DateValue v;
  v.year = static_cast<int>(year);
  v.month = month;
  v.day = doy - kDaysBeforeMonth[month - 1] - (month > 2 ? leap : 0) + 1;
  v.precision = DatePrecision::kDay;
  return v;
}

DateValue MakeDay(int y, int m, int d) {
  DateValue v;
  v.year = y;
  v.month = m;
  v.day = d;
  v.precision = DatePrecision::kDay;
  return v;
}

DateValue MakeMonth(int64_t y, int m) {
  DateValue v;
  v.year = static_cast<int>(y);
  v.month = m;
  v.precision = DatePrecision::kMonth;
  return v;
}

DateValue MakeYear(int64_t y) {
  DateValue v;
  v.year = static_cast<int>(y);
  v.precision = DatePrecision::kYear;
  return v;
}

// The month `delta` months from y-m.
DateValue ShiftMonth(int y, int m, int64_t delta) {
  int64_t index = int64_t{y} * 12 + (m - 1) + delta;
  return MakeMonth(FloorDiv(index, 12), static_cast<int>(index - FloorDiv(index, 12) * 12) + 1);
}

// The finest value that holds every day of [a, b].
DateValue Enclosing(const DateValue& a, const DateValue& b) {
  if (a.year != b.year) return DateValue();
  if (a.month != b.month) return MakeYear(a.year);
  return MakeMonth(a.year, a.month);
}

bool InOutputRange(const DateValue& v) {
  if (v.year < 1 || v.year > 9999) return false;
  switch (v.precision) {
    case DatePrecision::kYear:
      return true;
    case DatePrecision::kMonth:
      return v.month >= 1 && v.month <= 12;
    case DatePrecision::kDay:
      return v.month >= 1 && v.month <= 12 && v.day >= 1 && v.day <= MonthLength(v.year, v.month);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------
// Lexicon: the few words a date can be built from, and the words that
// tell a year from a count or a weekday from a newspaper title.

enum class Cls : uint8_t {
  kNone,
  kMonth,       // val 1..12; flag: abbreviation
  kWeekday,     // val 0 (Monday) .. 6
  kToday,       // today
  kTonight,     // tonight
  kYesterday,   // yesterday
  kTomorrow,    // tomorrow
  kThis,        // this
  kLast,        // last
  kNext,        // next
  kEarly,       // early, earlier
  kLate,        // late, later
  kMid,         // mid
  kThe,         // the
  kA,           // a, an
  kDet,         // its, their, his, her, our
  kPrep,        // a year/month cue; val kBefore / kAfter for those two
  kOf,          // of
  kConnector,   // and, to, or
  kUnit,        // val kDayUnit..kYearUnit; flag: plural
  kPartOfDay,   // morning, afternoon, evening, night
  kAgo,         // ago
  kNumWord,     // one .. twelve (val)
  kCountNoun,   // "people", "km": the number before it is a count
  kOfPeriod,    // "summer", "end": "the end of 2020"
  kBlockAfter,  // "Times": "Sunday Times" is a newspaper
  kBlockBefore, // "Good": "Good Friday" is not the latest Friday
};

enum : int8_t { kDayUnit = 1, kWeekUnit, kMonthUnit, kYearUnit };
enum : int8_t { kBefore = 1, kAfter = 2 };
enum : int8_t { kNight = 4 };

struct Entry {
  const char* word;
  Cls cls;
  int8_t val;
  bool flag;
};

constexpr Entry kEntries[] = {
    {"january", Cls::kMonth, 1, false},    {"february", Cls::kMonth, 2, false},
    {"march", Cls::kMonth, 3, false},      {"april", Cls::kMonth, 4, false},
    {"may", Cls::kMonth, 5, false},        {"june", Cls::kMonth, 6, false},
    {"july", Cls::kMonth, 7, false},       {"august", Cls::kMonth, 8, false},
    {"september", Cls::kMonth, 9, false},  {"october", Cls::kMonth, 10, false},
    {"november", Cls::kMonth, 11, false},  {"december", Cls::kMonth, 12, false},
    {"jan", Cls::kMonth, 1, true},         {"feb", Cls::kMonth, 2, true},
    {"mar", Cls::kMonth, 3, true},         {"apr", Cls::kMonth, 4, true},
    {"jun", Cls::kMonth, 6, true},         {"jul", Cls::kMonth, 7, true},
    {"aug", Cls::kMonth, 8, true},         {"sep", Cls::kMonth, 9, true},
    {"sept", Cls::kMonth, 9, true},        {"oct", Cls::kMonth, 10, true},
    {"nov", Cls::kMonth, 11, true},        {"dec", Cls::kMonth, 12, true},

    {"monday", Cls::kWeekday, 0, false},   {"tuesday", Cls::kWeekday, 1, false},
    {"wednesday", Cls::kWeekday, 2, false}, {"thursday", Cls::kWeekday, 3, false},
    {"friday", Cls::kWeekday, 4, false},   {"saturday", Cls::kWeekday, 5, false},
    {"sunday", Cls::kWeekday, 6, false},

    {"today", Cls::kToday, 0, false},      {"tonight", Cls::kTonight, 0, false},
    {"yesterday", Cls::kYesterday, 0, false}, {"tomorrow", Cls::kTomorrow, 0, false},
    {"this", Cls::kThis, 0, false},        {"last", Cls::kLast, 0, false},
    {"next", Cls::kNext, 0, false},        {"early", Cls::kEarly, 0, false},
    {"earlier", Cls::kEarly, 0, false},    {"late", Cls::kLate, 0, false},
    {"later", Cls::kLate, 0, false},       {"mid", Cls::kMid, 0, false},
    {"the", Cls::kThe, 0, false},          {"a", Cls::kA, 0, false},
    {"an", Cls::kA, 0, false},             {"its", Cls::kDet, 0, false},
    {"their", Cls::kDet, 0, false},        {"his", Cls::kDet, 0, false},
    {"her", Cls::kDet, 0, false},          {"our", Cls::kDet, 0, false},

    {"in", Cls::kPrep, 0, false},          {"since", Cls::kPrep, 0, false},
    {"by", Cls::kPrep, 0, false},          {"until", Cls::kPrep, 0, false},
    {"till", Cls::kPrep, 0, false},        {"from", Cls::kPrep, 0, false},
    {"during", Cls::kPrep, 0, false},      {"through", Cls::kPrep, 0, false},
    {"between", Cls::kPrep, 0, false},     {"circa", Cls::kPrep, 0, false},
    {"before", Cls::kPrep, kBefore, false}, {"after", Cls::kPrep, kAfter, false},
    {"of", Cls::kOf, 0, false},            {"and", Cls::kConnector, 0, false},
    {"to", Cls::kConnector, 0, false},     {"or", Cls::kConnector, 0, false},

    {"day", Cls::kUnit, kDayUnit, false},  {"days", Cls::kUnit, kDayUnit, true},
    {"week", Cls::kUnit, kWeekUnit, false}, {"weeks", Cls::kUnit, kWeekUnit, true},
    {"month", Cls::kUnit, kMonthUnit, false}, {"months", Cls::kUnit, kMonthUnit, true},
    {"year", Cls::kUnit, kYearUnit, false}, {"years", Cls::kUnit, kYearUnit, true},
    {"morning", Cls::kPartOfDay, 1, false}, {"afternoon", Cls::kPartOfDay, 2, false},
    {"evening", Cls::kPartOfDay, 3, false}, {"night", Cls::kPartOfDay, kNight, false},
    {"ago", Cls::kAgo, 0, false},

    {"one", Cls::kNumWord, 1, false},      {"two", Cls::kNumWord, 2, false},
    {"three", Cls::kNumWord, 3, false},    {"four", Cls::kNumWord, 4, false},
    {"five", Cls::kNumWord, 5, false},     {"six", Cls::kNumWord, 6, false},
    {"seven", Cls::kNumWord, 7, false},    {"eight", Cls::kNumWord, 8, false},
    {"nine", Cls::kNumWord, 9, false},     {"ten", Cls::kNumWord, 10, false},
    {"eleven", Cls::kNumWord, 11, false},  {"twelve", Cls::kNumWord, 12, false},

    {"people", Cls::kCountNoun, 0, false}, {"persons", Cls::kCountNoun, 0, false},
    {"civilians", Cls::kCountNoun, 0, false}, {"residents", Cls::kCountNoun, 0, false},
    {"soldiers", Cls::kCountNoun, 0, false}, {"troops", Cls::kCountNoun, 0, false},
    {"police", Cls::kCountNoun, 0, false}, {"policemen", Cls::kCountNoun, 0, false},
    {"officers", Cls::kCountNoun, 0, false}, {"fighters", Cls::kCountNoun, 0, false},
    {"militants", Cls::kCountNoun, 0, false}, {"rebels", Cls::kCountNoun, 0, false},
    {"insurgents", Cls::kCountNoun, 0, false}, {"children", Cls::kCountNoun, 0, false},
    {"women", Cls::kCountNoun, 0, false},  {"men", Cls::kCountNoun, 0, false},
    {"students", Cls::kCountNoun, 0, false}, {"workers", Cls::kCountNoun, 0, false},
    {"families", Cls::kCountNoun, 0, false}, {"homes", Cls::kCountNoun, 0, false},
    {"houses", Cls::kCountNoun, 0, false}, {"buildings", Cls::kCountNoun, 0, false},
    {"households", Cls::kCountNoun, 0, false}, {"refugees", Cls::kCountNoun, 0, false},
    {"migrants", Cls::kCountNoun, 0, false}, {"prisoners", Cls::kCountNoun, 0, false},
    {"detainees", Cls::kCountNoun, 0, false}, {"hostages", Cls::kCountNoun, 0, false},
    {"protesters", Cls::kCountNoun, 0, false}, {"protestors", Cls::kCountNoun, 0, false},
    {"demonstrators", Cls::kCountNoun, 0, false}, {"victims", Cls::kCountNoun, 0, false},
    {"deaths", Cls::kCountNoun, 0, false}, {"dead", Cls::kCountNoun, 0, false},
    {"casualties", Cls::kCountNoun, 0, false}, {"cases", Cls::kCountNoun, 0, false},
    {"patients", Cls::kCountNoun, 0, false}, {"votes", Cls::kCountNoun, 0, false},
    {"voters", Cls::kCountNoun, 0, false}, {"members", Cls::kCountNoun, 0, false},
    {"employees", Cls::kCountNoun, 0, false}, {"staff", Cls::kCountNoun, 0, false},
    {"jobs", Cls::kCountNoun, 0, false},   {"km", Cls::kCountNoun, 0, false},
    {"kilometres", Cls::kCountNoun, 0, false}, {"kilometers", Cls::kCountNoun, 0, false},
    {"miles", Cls::kCountNoun, 0, false},  {"metres", Cls::kCountNoun, 0, false},
    {"meters", Cls::kCountNoun, 0, false}, {"feet", Cls::kCountNoun, 0, false},
    {"tons", Cls::kCountNoun, 0, false},   {"tonnes", Cls::kCountNoun, 0, false},
    {"kg", Cls::kCountNoun, 0, false},     {"dollars", Cls::kCountNoun, 0, false},
    {"euros", Cls::kCountNoun, 0, false},  {"pounds", Cls::kCountNoun, 0, false},
    {"rupees", Cls::kCountNoun, 0, false}, {"yuan", Cls::kCountNoun, 0, false},
    {"acres", Cls::kCountNoun, 0, false},  {"hectares", Cls::kCountNoun, 0, false},
    {"vehicles", Cls::kCountNoun, 0, false}, {"cars", Cls::kCountNoun, 0, false},
    {"trucks", Cls::kCountNoun, 0, false}, {"rockets", Cls::kCountNoun, 0, false},
    {"missiles", Cls::kCountNoun, 0, false}, {"drones", Cls::kCountNoun, 0, false},
    {"shells", Cls::kCountNoun, 0, false}, {"rounds", Cls::kCountNoun, 0, false},
    {"bombs", Cls::kCountNoun, 0, false},  {"units", Cls::kCountNoun, 0, false},
    {"hours", Cls::kCountNoun, 0, false},  {"minutes", Cls::kCountNoun, 0, false},
    {"percent", Cls::kCountNoun, 0, false}, {"per", Cls::kCountNoun, 0, false},

    {"summer", Cls::kOfPeriod, 0, false},  {"winter", Cls::kOfPeriod, 0, false},
    {"spring", Cls::kOfPeriod, 0, false},  {"autumn", Cls::kOfPeriod, 0, false},
    {"fall", Cls::kOfPeriod, 0, false},    {"end", Cls::kOfPeriod, 0, false},
    {"start", Cls::kOfPeriod, 0, false},   {"beginning", Cls::kOfPeriod, 0, false},
    {"middle", Cls::kOfPeriod, 0, false},  {"half", Cls::kOfPeriod, 0, false},
    {"quarter", Cls::kOfPeriod, 0, false}, {"class", Cls::kOfPeriod, 0, false},

    {"times", Cls::kBlockAfter, 0, false}, {"telegraph", Cls::kBlockAfter, 0, false},
    {"mirror", Cls::kBlockAfter, 0, false}, {"express", Cls::kBlockAfter, 0, false},
    {"post", Cls::kBlockAfter, 0, false},  {"herald", Cls::kBlockAfter, 0, false},
    {"independent", Cls::kBlockAfter, 0, false}, {"star", Cls::kBlockAfter, 0, false},
    {"mail", Cls::kBlockAfter, 0, false},  {"tribune", Cls::kBlockAfter, 0, false},
    {"world", Cls::kBlockAfter, 0, false}, {"sport", Cls::kBlockAfter, 0, false},
    {"agreement", Cls::kBlockAfter, 0, false}, {"school", Cls::kBlockAfter, 0, false},

    {"good", Cls::kBlockBefore, 0, false}, {"black", Cls::kBlockBefore, 0, false},
    {"bloody", Cls::kBlockBefore, 0, false}, {"super", Cls::kBlockBefore, 0, false},
    {"holy", Cls::kBlockBefore, 0, false}, {"easter", Cls::kBlockBefore, 0, false},
    {"palm", Cls::kBlockBefore, 0, false}, {"ash", Cls::kBlockBefore, 0, false},
    {"cyber", Cls::kBlockBefore, 0, false}, {"maundy", Cls::kBlockBefore, 0, false},
    {"whit", Cls::kBlockBefore, 0, false},
};

constexpr size_t kMaxKeyword = 13;  // longest entry ("demonstrators")

// An open-addressing table over kEntries, built once.
class Lexicon {
 public:
  Lexicon() {
    std::memset(slots_, 0, sizeof slots_);
    for (size_t e = 0; e < sizeof kEntries / sizeof kEntries[0]; ++e) {
      const char* w = kEntries[e].word;
      size_t h = Hash(w, std::strlen(w));
      while (slots_[h] != 0) h = (h + 1) & (kSlots - 1);
      slots_[h] = static_cast<uint16_t>(e + 1);
    }
  }

  // `lower` holds n lower-case ASCII letters.
  const Entry* Find(const char* lower, size_t n) const {
    size_t h = Hash(lower, n);
    while (slots_[h] != 0) {
      const Entry& e = kEntries[slots_[h] - 1];
      if (std::strncmp(e.word, lower, n) == 0 && e.word[n] == '\0') return &e;
      h = (h + 1) & (kSlots - 1);
    }
    return nullptr;
  }

 private:
  static constexpr size_t kSlots = 1024;
  static size_t Hash(const char* s, size_t n) {
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < n; ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 16777619u;
    return (h ^ (h >> 15)) & (kSlots - 1);
  }
  uint16_t slots_[kSlots];
};

const Lexicon& TheLexicon() {
  static const Lexicon lexicon;
  return lexicon;
}

// ---------------------------------------------------------------------------
// Tokens.

enum class Kind : uint8_t { kWord, kNumber, kPunct };

struct Tok {
  size_t begin = 0;
  size_t end = 0;  // numbers include an ordinal suffix; no token includes "'s"
  Kind kind = Kind::kPunct;
  Cls cls = Cls::kNone;
  int8_t val = 0;
  bool flag = false;        // month: abbreviation; unit: plural
  bool cap = false;         // word: starts with an upper-case ASCII letter
  bool glued = false;       // no space between the previous token and this
  bool possessive = false;  // followed by 's or ’s
  bool plain = false;       // number: digits only (an ordinal suffix allowed)
  bool ordinal = false;     // number: 1st, 22nd, 3rd, 14th
  int digits = 0;           // number: digits before any separator
  int value = -1;           // number: value of those digits if <= 9 of them
  char punct = 0;           // punct: the character, or an ASCII stand-in
};

bool IsAsciiAlpha(unsigned char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
bool IsDigit(unsigned char c) { return static_cast<unsigned char>(c - '0') < 10; }
bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Length of a non-ASCII character at s[i] that separates words (a space,
// a dash, a quote, a currency sign), with its ASCII stand-in in *ascii
// (' ' for spaces), or 0 if it is part of a word.
size_t NonAsciiSeparator(std::string_view s, size_t i, char* ascii) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  size_t ws = WhitespaceLength(s.substr(i, 4));
  if (ws > 0) {
    *ascii = ' ';
    return ws;
  }
  if (c == 0xC2 && i + 1 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    if (c1 == 0xA3 || c1 == 0xA5) {  // £ ¥
      *ascii = '$';
      return 2;
    }
    return 0;
  }
  if (c == 0xE2 && i + 2 < s.size()) {
    unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
    unsigned char c2 = static_cast<unsigned char>(s[i + 2]);
    if (c1 == 0x82 && c2 == 0xAC) {  // €
      *ascii = '$';
      return 3;
    }
    if (c1 != 0x80 || c2 < 0x90 || c2 > 0xBF) return 0;  // general punctuation only
    if (c2 <= 0x93) {
      *ascii = '-';  // hyphens, figure dash, en dash
    } else if (c2 <= 0x95) {
      *ascii = '~';  // em dash, bar: a clause break, not a range
    } else if (c2 >= 0x98 && c2 <= 0x9B) {
      *ascii = '\'';
    } else if (c2 >= 0x9C && c2 <= 0x9F) {
      *ascii = '"';
    } else if (c2 == 0xA6) {
      *ascii = '.';
    } else {
      *ascii = '?';
    }
    return 3;
  }
  return 0;
}

// Length of "'s" / "’s" at s[i] when it ends a word, or 0.
size_t PossessiveLength(std::string_view s, size_t i) {
  size_t q = 0;
  if (i < s.size() && s[i] == '\'') {
    q = 1;
  } else if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
             static_cast<unsigned char>(s[i + 1]) == 0x80 &&
             static_cast<unsigned char>(s[i + 2]) == 0x99) {
    q = 3;
  } else {
    return 0;
  }
  if (i + q >= s.size() || (s[i + q] | 0x20) != 's') return 0;
  size_t after = i + q + 1;
  if (after < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[after]);
    if (IsAsciiAlpha(c) || IsDigit(c)) return 0;
  }
  return q + 1;
}

// Splits text into Toks one at a time, so that memory stays bounded
// however long the text is.
class TokenScanner {
 public:
  explicit TokenScanner(std::string_view s) : s_(s), lex_(TheLexicon()) {}

  // The next token, or false at the end of the text.
  bool Next(Tok* out);

 private:
  std::string_view s_;
  const Lexicon& lex_;
  size_t i_ = 0;
  bool space_ = true;       // whitespace since the last token
  bool prev_word_ = false;  // the last token was a word
};

bool TokenScanner::Next(Tok* out) {
  const std::string_view s = s_;
  const Lexicon& lex = lex_;
  bool& space = space_;
  size_t& i = i_;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (IsAsciiSpace(c)) {
      space = true;
      ++i;
      continue;
    }
    Tok t;
    t.begin = i;
    t.glued = !space;
    space = false;
    char sep = 0;
    size_t sep_len = c >= 0x80 ? NonAsciiSeparator(s, i, &sep) : 0;
    if (sep_len > 0) {
      i += sep_len;
      if (sep == ' ') {
        space = true;
        continue;
      }
      t.kind = Kind::kPunct;
      t.punct = sep;
      t.end = i;
      prev_word_ = false;
      *out = t;
      return true;
    }
    if (IsDigit(c)) {
      t.kind = Kind::kNumber;
      t.plain = true;
      size_t j = i;
      int v = 0;
      while (j < n && IsDigit(static_cast<unsigned char>(s[j]))) {
        if (j - i < 9) v = v * 10 + (s[j] - '0');
        ++j;
      }
      t.digits = static_cast<int>(j - i > 100 ? 100 : j - i);
      t.value = j - i <= 9 ? v : -1;
      if (t.glued && prev_word_) t.plain = false;  // "F16"
      for (;;) {  // thousands groups and decimals: "2,000", "3.5"
        if (j + 3 < n && s[j] == ',' && IsDigit(s[j + 1]) && IsDigit(s[j + 2]) &&
            IsDigit(s[j + 3]) && (j + 4 >= n || !IsDigit(s[j + 4]))) {
          j += 4;
          t.plain = false;
        } else if (j + 1 < n && s[j] == '.' && IsDigit(s[j + 1])) {
          j += 2;
          while (j < n && IsDigit(s[j])) ++j;
          t.plain = false;
        } else {
          break;
        }
      }
      if (j + 1 < n && IsAsciiAlpha(s[j]) && IsAsciiAlpha(s[j + 1]) &&
          (j + 2 >= n || !IsAsciiAlpha(s[j + 2]))) {
        char a = static_cast<char>(s[j] | 0x20), b = static_cast<char>(s[j + 1] | 0x20);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
            (a == 't' && b == 'h')) {
          t.ordinal = true;
          j += 2;
        }
      }
      if (j < n && IsAsciiAlpha(s[j])) {  // "1990s", "5km": not a plain number
        while (j < n && IsAsciiAlpha(s[j])) ++j;
        t.plain = false;
      }
      t.end = j;
      size_t p = PossessiveLength(s, j);
      if (p > 0) {
        t.possessive = true;
        j += p;
      }
      i = j;
      prev_word_ = false;
      *out = t;
      return true;
    }
    if (IsAsciiAlpha(c) || c >= 0x80) {
      t.kind = Kind::kWord;
      t.cap = c >= 'A' && c <= 'Z';
      bool ascii = true;
      size_t j = i;
      while (j < n) {
        unsigned char b = static_cast<unsigned char>(s[j]);
        if (IsAsciiAlpha(b)) {
          ++j;
        } else if (b >= 0x80) {
          char ignored;
          if (NonAsciiSeparator(s, j, &ignored) > 0) break;
          ascii = false;
          ++j;
        } else {
          break;
        }
      }
      t.end = j;
      size_t len = j - i;
      if (ascii && len <= kMaxKeyword) {
        char lower[kMaxKeyword];
        for (size_t k = 0; k < len; ++k) lower[k] = static_cast<char>(s[i + k] | 0x20);
        if (const Entry* e = lex.Find(lower, len)) {
          t.cls = e->cls;
          t.val = e->val;
          t.flag = e->flag;
        }
      }
      size_t p = PossessiveLength(s, j);
      if (p > 0) {
        t.possessive = true;
        j += p;
      }
      i = j;
      prev_word_ = true;
      *out = t;
      return true;
    }
    t.kind = Kind::kPunct;
    t.punct = static_cast<char>(c);
    t.end = ++i;
    prev_word_ = false;
    *out = t;
    return true;
  }
  return false;
}

// ---------------------------------------------------------------------------
// Matching.

enum class Mode { kPlain, kThis, kLast, kNext };

struct Match {
  size_t first = 0;  // token indices, inclusive
  size_t last = 0;
  DateValue value;
  bool relative = false;
  bool modifiable = true;  // may take "early", "late", "mid" in front
};

class Finder {
 public:
  Finder(std::string_view text, const DateValue& anchor) : text_(text), scanner_(text) {
    anchor_ok_ = anchor.precision == DatePrecision::kDay && InOutputRange(anchor);
    // Relative shapes are still matched without an anchor (so that their
    // words are consumed), against a stand-in, and then dropped.
    anchor_ = anchor_ok_ ? anchor : MakeDay(2000, 1, 1);
    anchor_weekday_ = anchor_.Weekday();
    window_.reserve(kWindowCapacity);
  }

  void Run(std::vector<DateMention>* out) {
    for (size_t i = 0;;) {
      const Tok& t = T(i);
      if (&t == &end_) break;  // past the end
      if (t.kind == Kind::kPunct || (t.kind == Kind::kWord && t.cls == Cls::kNone)) {
        ++i;
      } else {
        Match m;
        if (TryAt(i, &m)) {
          Emit(m, out);
          i = m.last + 1;
        } else {
          ++i;
        }
      }
      if (i - base_ > kSlide) {  // forget old tokens, keeping a little history
        size_t drop = i - base_ - kHistory;
        window_.erase(window_.begin(), window_.begin() + static_cast<std::ptrdiff_t>(drop));
        base_ += drop;
      }
    }
  }

 private:
  // Tokens are scanned on demand into a window that never reallocates, so
  // references from T() stay valid during a match. A match at token i
  // looks back at most 3 tokens and ahead at most 12; Run() keeps i within
  // kSlide of the window start, so kWindowCapacity is never reached.
  static constexpr size_t kHistory = 8;
  static constexpr size_t kSlide = 1024;
  static constexpr size_t kWindowCapacity = kSlide + 64;

  const Tok& T(size_t i) {
    if (i < base_) return end_;
    size_t k = i - base_;
    if (k >= kWindowCapacity) return end_;  // not reached (see above)
    while (k >= window_.size()) {
      Tok t;
      if (!scanner_.Next(&t)) return end_;
      window_.push_back(t);
    }
    return window_[k];
  }

  bool IsWord(size_t i, Cls cls) {
    const Tok& t = T(i);
    return t.kind == Kind::kWord && t.cls == cls;
  }
  bool IsPunct(size_t i, char c) {
    const Tok& t = T(i);
    return t.kind == Kind::kPunct && t.punct == c;
  }
  // 1..31 for a day number ("7", "07", "22nd"), else 0.
  int DayAt(size_t i) {
    const Tok& t = T(i);
    if (t.kind != Kind::kNumber || !t.plain || t.digits > 2 || t.value < 1 || t.value > 31) return 0;
    return t.value;
  }
  // 1900..2100 for a plain 4-digit number, else 0.
  int YearAt(size_t i) {
    const Tok& t = T(i);
    if (t.kind != Kind::kNumber || !t.plain || t.ordinal || t.digits != 4) return 0;
    return t.value >= 1900 && t.value <= 2100 ? t.value : 0;
  }
  // 1..12 for a capitalised month name, else 0.
  int MonthAt(size_t i) {
    const Tok& t = T(i);
    return t.kind == Kind::kWord && t.cls == Cls::kMonth && t.cap ? t.val : 0;
  }
  // True if the token makes the number before it a count: "2000 people".
  bool IsCountish(size_t i) {
    const Tok& t = T(i);
    if (t.kind == Kind::kPunct) return t.punct == '%';
    return t.kind == Kind::kWord &&
           (t.cls == Cls::kCountNoun || (t.cls == Cls::kUnit && t.flag));
  }
  // The previous token is "mid" glued to a hyphen: "mid-March".
  bool AfterMidHyphen(size_t i) {
    return i >= 2 && IsPunct(i - 1, '-') && T(i - 1).glued && T(i).glued && IsWord(i - 2, Cls::kMid);
  }
  // "and"/"to"/"or"/"-" right after the last date found: "2015 and 2020".
  bool AfterConnector(size_t i) {
    if (i < 2 || last_emitted_ != i - 2) return false;
    return IsWord(i - 1, Cls::kConnector) || IsPunct(i - 1, '-');
  }

  bool TryAt(size_t i, Match* m) {
    const Tok& t = T(i);
    if (t.kind == Kind::kNumber) {
      // Each shape starts from a fresh match: a failed one may have
      // written some fields.
      if (TryIso(i, m)) return true;
      *m = Match();
      if (TryDayFirst(i, m)) return true;
      *m = Match();
      if (TryAgo(i, m)) return true;
      *m = Match();
      return TryYear(i, m);
    }
    if (t.kind != Kind::kWord) return false;
    switch (t.cls) {
      case Cls::kMonth:
        return TryMonth(i, i, Mode::kPlain, m);
      case Cls::kWeekday:
        return TryWeekday(i, i, Mode::kPlain, m);
      case Cls::kToday:
      case Cls::kTonight:
      case Cls::kYesterday:
      case Cls::kTomorrow:
        return TryDayWord(i, m);
      case Cls::kThis:
      case Cls::kLast:
      case Cls::kNext:
        return TryDeictic(i, m);
      case Cls::kEarly:
      case Cls::kLate:
      case Cls::kMid:
        return TryModified(i, m);
      case Cls::kThe:
        return TryDayBefore(i, m);
      case Cls::kA:
      case Cls::kNumWord:
        return TryAgo(i, m);
      default:
        return false;
    }
  }

  // "early March", "late Friday", "mid-2023", "earlier this month".
  bool TryModified(size_t i, Match* m) {
    size_t k = i + 1;
    if (IsWord(i, Cls::kMid) && IsPunct(k, '-') && T(k).glued && T(k + 1).glued) ++k;
    const Tok& t = T(k);
    if (t.kind == Kind::kWord &&
        (t.cls == Cls::kEarly || t.cls == Cls::kLate || t.cls == Cls::kMid)) {
      return false;  // no chains, so no recursion on the input
    }
    Match inner;
    if (!TryAt(k, &inner) || !inner.modifiable) return false;
    inner.first = i;
    *m = inner;
    return true;
  }

  // Month-led: "March 22, 2024", "Aug. 26, 2021", "March 22-23, 2024",
  // "March 7", "October 2002", and the month alone after a cue. `first`
  // is where the span starts ("last" in "last March").
  bool TryMonth(size_t first, size_t i, Mode mode, Match* m) {
    int mon = MonthAt(i);
    if (mon == 0) return false;
    const bool abbrev = T(i).flag;
    size_t j = i + 1;
    if (abbrev && IsPunct(j, '.') && T(j).glued) ++j;
    m->first = first;
    if (mode == Mode::kPlain && !T(i).possessive) {
      if (int d = DayAt(j)) {
        size_t last = j;
        size_t k = j + 1;
        if (IsPunct(k, '-') && DayAt(k + 1) > d && !T(j).possessive) {  // "22-23"
          last = k + 1;
          k += 2;
        }
        size_t y_at = IsPunct(k, ',') ? k + 1 : k;
        if (int y = YearAt(y_at); y != 0 && !T(last).possessive) {
          if (d > MonthLength(y, mon)) return false;
          m->last = y_at;
          m->value = MakeDay(y, mon, d);
          return true;
        }
        if (d <= MonthLength(2000, mon) && !IsCountish(last + 1)) {
          m->last = last;
          m->value = MonthDayNearAnchor(mon, d);
          m->relative = true;
          return true;
        }
      } else if (int y = YearAt(j); y != 0 && !IsCountish(j + 1)) {
        m->last = j;
        m->value = MakeMonth(y, mon);
        return true;
      }
    }
    // The month alone: needs a cue, and a full name.
    if (abbrev) return false;
    if (mode == Mode::kPlain && !MonthCue(first)) return false;  // not "Theresa May's"
    m->last = i;
    m->relative = true;
    const int ay = anchor_.year, am = anchor_.month;
    switch (mode) {
      case Mode::kPlain:
        m->value = MakeMonth(mon <= am ? ay : ay - 1, mon);
        break;
      case Mode::kLast:
        m->value = MakeMonth(mon < am ? ay : ay - 1, mon);
        break;
      case Mode::kNext:
        m->value = MakeMonth(mon > am ? ay : ay + 1, mon);
        break;
      case Mode::kThis:
        m->value = MakeMonth(ay, mon);
        break;
    }
    return true;
  }

  bool MonthCue(size_t i) {
    if (i == 0) return false;
    const Tok& p = T(i - 1);
    if (p.kind == Kind::kWord) {
      switch (p.cls) {
        case Cls::kPrep:
        case Cls::kOf:
        case Cls::kEarly:
        case Cls::kLate:
        case Cls::kMid:
          return true;
        default:
          break;
      }
    }
    return AfterMidHyphen(i) || AfterConnector(i);
  }

  // The latest (month, day) not after the anchor + 7 days.
  DateValue MonthDayNearAnchor(int mon, int d) const {
    DateValue limit = anchor_.AddDays(7);
    int y = limit.year;
    if (mon > limit.month || (mon == limit.month && d > limit.day)) --y;
    while (d > MonthLength(y, mon)) --y;  // only February 29 loops (< 8 times)
    return MakeDay(y, mon, d);
  }

  // Day-led: "22 March 2024", "09 February 2025", "22nd of March", "7 March".
  bool TryDayFirst(size_t i, Match* m) {
    int d = DayAt(i);
    if (d == 0 || T(i).possessive) return false;
    size_t j = i + 1;
    if (T(i).ordinal && IsWord(j, Cls::kOf)) ++j;
    int mon = MonthAt(j);
    if (mon == 0) return false;
    size_t k = j + 1;
    if (T(j).flag && IsPunct(k, '.') && T(k).glued) ++k;
    size_t y_at = IsPunct(k, ',') ? k + 1 : k;
    m->first = i;
    if (int y = YearAt(y_at); y != 0 && !T(j).possessive) {
      if (d > MonthLength(y, mon)) return false;
      m->last = y_at;
      m->value = MakeDay(y, mon, d);
      return true;
    }
    if (d > MonthLength(2000, mon)) return false;
    m->last = j;
    m->value = MonthDayNearAnchor(mon, d);
    m->relative = true;
    return true;
  }

  // "2024-03-22", "2024/03/22".
  bool TryIso(size_t i, Match* m) {
    int y = YearAt(i);
    if (y == 0) return false;
    const Tok& s1 = T(i + 1);
    if (s1.kind != Kind::kPunct || (s1.punct != '-' && s1.punct != '/') || !s1.glued) return false;
    if (!IsPunct(i + 3, s1.punct) || !T(i + 3).glued) return false;
    const Tok& mt = T(i + 2);
    const Tok& dt = T(i + 4);
    if (mt.kind != Kind::kNumber || !mt.plain || mt.ordinal || mt.digits > 2 || !mt.glued) return false;
    if (dt.kind != Kind::kNumber || !dt.plain || dt.ordinal || dt.digits > 2 || !dt.glued) return false;
    if (mt.value < 1 || mt.value > 12 || dt.value < 1 || dt.value > MonthLength(y, mt.value)) {
      return false;
    }
    m->first = i;
    m->last = i + 4;
    m->value = MakeDay(y, mt.value, dt.value);
    return true;
  }

  // A bare year with a cue: "in 2022", "the 2020 killing", "2020's", "(2019)".
  bool TryYear(size_t i, Match* m) {
    int y = YearAt(i);
    if (y == 0) return false;
    const Tok& t = T(i);
    if (IsCountish(i + 1)) return false;
    if (t.glued && IsPunct(i - 1, '$')) return false;
    // Ranges of counts: "2000-3000", "2000 to 2500 people" (not "2015-2020").
    if ((IsPunct(i + 1, '-') || IsWord(i + 1, Cls::kConnector)) && T(i + 2).kind == Kind::kNumber &&
        YearAt(i + 2) == 0) {
      return false;
    }
    if (!t.possessive && !YearCue(i)) return false;
    m->first = i;
    m->last = i;
    m->value = MakeYear(y);
    return true;
  }

  bool YearCue(size_t i) {
    if (i == 0) return false;
    const Tok& p = T(i - 1);
    if (p.kind == Kind::kWord) {
      switch (p.cls) {
        case Cls::kPrep:
        case Cls::kEarly:
        case Cls::kLate:
        case Cls::kMid:
          return true;
        case Cls::kUnit:  // "the year 2020"
          return p.val == kYearUnit && !p.flag;
        case Cls::kOf:  // "the summer of 2019", "March of 2020"
          return i >= 2 && (IsWord(i - 2, Cls::kOfPeriod) || MonthAt(i - 2) != 0);
        case Cls::kThe:
        case Cls::kA:
        case Cls::kDet: {  // "the 2020 killing", "a 2019 report"
          const Tok& n = T(i + 1);
          return n.kind == Kind::kWord && !n.glued && n.cls != Cls::kConnector &&
                 n.cls != Cls::kOf && n.cls != Cls::kPrep;
        }
        default:
          break;
      }
    }
    if (p.kind == Kind::kPunct && p.punct == '(' && IsPunct(i + 1, ')')) return true;
    return AfterMidHyphen(i) || AfterConnector(i);
  }

  // "Friday", "Friday night", "Saturday's", "Friday, March 22, 2024",
  // and with `mode` "last Friday", "next Monday", "this Friday".
  bool TryWeekday(size_t first, size_t i, Mode mode, Match* m) {
    const Tok& t = T(i);
    if (mode == Mode::kPlain && first > 0) {
      const Tok& p = T(first - 1);
      if (p.kind == Kind::kWord && p.cap && p.cls == Cls::kBlockBefore && !p.possessive) {
        return false;  // "Good Friday", "Bloody Sunday"
      }
    }
    const Tok& n = T(i + 1);
    if (!t.possessive && n.kind == Kind::kWord && n.cap && n.cls == Cls::kBlockAfter) {
      return false;  // "Sunday Times"
    }
    if (mode == Mode::kPlain && !t.possessive) {
      size_t j = IsPunct(i + 1, ',') ? i + 2 : i + 1;
      Match dm;
      bool found = MonthAt(j) != 0 ? TryMonth(j, j, Mode::kPlain, &dm) : TryDayFirst(j, &dm);
      if (found && dm.value.precision == DatePrecision::kDay) {
        dm.first = first;
        *m = dm;
        return true;
      }
    }
    m->first = first;
    m->last = i;
    if (!t.possessive && IsWord(i + 1, Cls::kPartOfDay)) m->last = i + 1;
    m->relative = true;
    const int w = t.val, aw = anchor_weekday_;
    int delta = 0;
    switch (mode) {
      case Mode::kPlain:
        delta = -((aw - w + 7) % 7);
        break;
      case Mode::kLast:
        delta = -((aw - w + 7) % 7);
        if (delta == 0) delta = -7;
        break;
      case Mode::kNext:
        delta = (w - aw + 7) % 7;
        if (delta == 0) delta = 7;
        break;
      case Mode::kThis:
        delta = w - aw;
        break;
    }
    m->value = anchor_.AddDays(delta);
    return true;
  }

  // "this"/"last"/"next" + weekday, month name, week, month, year;
  // "last night", "this morning".
  bool TryDeictic(size_t i, Match* m) {
    const Cls c = T(i).cls;
    const Mode mode = c == Cls::kThis ? Mode::kThis : c == Cls::kLast ? Mode::kLast : Mode::kNext;
    const int step = mode == Mode::kLast ? -1 : mode == Mode::kNext ? 1 : 0;
    const size_t j = i + 1;
    const Tok& n = T(j);
    if (n.kind != Kind::kWord) return false;
    m->first = i;
    m->last = j;
    m->relative = true;
    switch (n.cls) {
      case Cls::kWeekday:
        return TryWeekday(i, j, mode, m);
      case Cls::kMonth:
        return TryMonth(i, j, mode, m);
      case Cls::kUnit:
        if (n.flag) return false;
        switch (n.val) {
          case kWeekUnit: {
            DateValue monday = anchor_.AddDays(-anchor_weekday_);
            if (mode == Mode::kThis) {
              m->value = Enclosing(monday, anchor_);
            } else {
              DateValue start = monday.AddDays(7 * step);
              m->value = Enclosing(start, start.AddDays(6));
            }
            return true;
          }
          case kMonthUnit:
            m->value = ShiftMonth(anchor_.year, anchor_.month, step);
            return true;
          case kYearUnit:
            m->value = MakeYear(int64_t{anchor_.year} + step);
            return true;
          default:
            return false;
        }
      case Cls::kPartOfDay:
        if (mode == Mode::kThis) {
          m->value = anchor_;
          return true;
        }
        if (mode == Mode::kLast && (n.val == kNight || n.val == 3)) {  // night, evening
          m->value = anchor_.AddDays(-1);
          return true;
        }
        return false;
      default:
        return false;
    }
  }

  // "today", "tonight", "yesterday morning", "tomorrow".
  bool TryDayWord(size_t i, Match* m) {
    const Tok& t = T(i);
    int delta = t.cls == Cls::kYesterday ? -1 : t.cls == Cls::kTomorrow ? 1 : 0;
    m->first = i;
    m->last = i;
    if (t.cls != Cls::kTonight && !t.possessive && IsWord(i + 1, Cls::kPartOfDay)) m->last = i + 1;
    m->value = anchor_.AddDays(delta);
    m->relative = true;
    return true;
  }

  // "the day before yesterday", "the day after tomorrow".
  bool TryDayBefore(size_t i, Match* m) {
    const Tok& u = T(i + 1);
    if (u.kind != Kind::kWord || u.cls != Cls::kUnit || u.val != kDayUnit || u.flag) return false;
    const Tok& p = T(i + 2);
    if (p.kind != Kind::kWord || p.cls != Cls::kPrep) return false;
    int delta = 0;
    if (p.val == kBefore && IsWord(i + 3, Cls::kYesterday)) {
      delta = -2;
    } else if (p.val == kAfter && IsWord(i + 3, Cls::kTomorrow)) {
      delta = 2;
    } else {
      return false;
    }
    m->first = i;
    m->last = i + 3;
    m->value = anchor_.AddDays(delta);
    m->relative = true;
    m->modifiable = false;
    return true;
  }

  // "two days ago", "3 weeks ago", "a year ago".
  bool TryAgo(size_t i, Match* m) {
    const Tok& t = T(i);
    int count = 0;
    bool singular_only = false;
    if (t.kind == Kind::kNumber) {
      if (!t.plain || t.ordinal || t.digits > 4 || t.value < 1) return false;
      count = t.value;
    } else if (t.kind == Kind::kWord && t.cls == Cls::kNumWord) {
      count = t.val;
    } else if (t.kind == Kind::kWord && t.cls == Cls::kA) {
      count = 1;
      singular_only = true;
    } else {
      return false;
    }
    const Tok& u = T(i + 1);
    if (u.kind != Kind::kWord || u.cls != Cls::kUnit || (singular_only && u.flag)) return false;
    if (!IsWord(i + 2, Cls::kAgo)) return false;
    m->first = i;
    m->last = i + 2;
    m->relative = true;
    m->modifiable = false;
    switch (u.val) {
      case kDayUnit:
        m->value = anchor_.AddDays(-count);
        break;
      case kWeekUnit:
        m->value = anchor_.AddDays(-7 * count);
        break;
      case kMonthUnit:
        m->value = ShiftMonth(anchor_.year, anchor_.month, -count);
        break;
      default:
        m->value = MakeYear(int64_t{anchor_.year} - count);
        break;
    }
    return true;
  }

  void Emit(const Match& m, std::vector<DateMention>* out) {
    last_emitted_ = m.last;
    if (m.relative && !anchor_ok_) return;
    if (!InOutputRange(m.value)) return;
    DateMention d;
    d.span.begin = T(m.first).begin;
    d.span.end = T(m.last).end;
    d.value = m.value;
    d.relative = m.relative;
    d.text = std::string(d.span.Of(text_));
    out->push_back(std::move(d));
  }

  std::string_view text_;
  DateValue anchor_;
  bool anchor_ok_ = false;
  int anchor_weekday_ = 0;
  TokenScanner scanner_;
  std::vector<Tok> window_;  // tokens base_ .. base_ + window_.size() - 1
  size_t base_ = 0;
  Tok end_;  // what T() returns past either end: a punctuation token with no character
  size_t last_emitted_ = static_cast<size_t>(-1);
};

}  // namespace

// ---------------------------------------------------------------------------
// Public functions.

const char* DatePrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kYear:
      return "year";
    default:
      return "";
  }
}

int MonthLength(int year, int month) {
  if (month < 1 || month > 12) return 0;
  if (month == 2) return IsLeap(year) ? 29 : 28;
  return kDaysBeforeMonth[month] - kDaysBeforeMonth[month - 1];
}

std::string DateValue::Iso() const {
  char buf[40];
  switch (precision) {
    case DatePrecision::kDay:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
      return buf;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      return buf;
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      return buf;
    default:
      return "";
  }
}

DateValue DateValue::FromIso(std::string_view iso) {
  auto digits = [&](size_t at, size_t n, int* out) {
    if (at + n > iso.size()) return false;
    int v = 0;
    for (size_t k = at; k < at + n; ++k) {
      if (!IsDigit(static_cast<unsigned char>(iso[k]))) return false;
      v = v * 10 + (iso[k] - '0');
    }
    *out = v;
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!digits(0, 4, &y)) return DateValue();
  if (iso.size() == 4) return MakeYear(y);
  if (iso.size() < 7 || iso[4] != '-' || !digits(5, 2, &m) || m < 1 || m > 12) return DateValue();
  if (iso.size() == 7) return MakeMonth(y, m);
  if (iso.size() != 10 || iso[7] != '-' || !digits(8, 2, &d) || d < 1 || d > MonthLength(y, m)) {
    return DateValue();
  }
  return MakeDay(y, m, d);
}

DateValue DateValue::AddDays(int days) const {
  if (precision != DatePrecision::kDay || month < 1 || month > 12) return *this;
  return FromDayNumber(DayNumber(year, month, day) + days);
}

int64_t DateValue::DayIndex() const {
  if (!valid()) return 0;
  return DayNumber(year, precision >= DatePrecision::kMonth ? month : 1,
                   precision == DatePrecision::kDay ? day : 1);
}

int DateValue::Weekday() const {
  if (precision != DatePrecision::kDay || month < 1 || month > 12) return -1;
  int64_t n = DayNumber(year, month, day);
  return static_cast<int>(n - FloorDiv(n, 7) * 7);  // day 0 was a Monday
}

bool MayNameADate(std::string_view text) {
  // Every date FindDates builds has an anchor: a numeral (a year, a day, a
  // numeric date) or a month, weekday, deictic ("today", "yesterday"), unit
  // ("last week", "two days ago") or part-of-day word ("this morning").
  const Lexicon& lex = TheLexicon();
  char lower[kMaxKeyword + 1];
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    if (c >= '0' && c <= '9') return true;
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter) {
      ++i;
      continue;
    }
    size_t n = 0;
    size_t j = i;
    for (; j < text.size(); ++j) {
      char d = text[j];
      bool l = (d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z');
      if (!l) break;
      if (n <= kMaxKeyword) lower[n] = static_cast<char>(d | 0x20);
      ++n;
    }
    if (n <= kMaxKeyword) {
      if (const Entry* e = lex.Find(lower, n)) {
        switch (e->cls) {
          case Cls::kMonth:
          case Cls::kWeekday:
          case Cls::kToday:
          case Cls::kTonight:
          case Cls::kYesterday:
          case Cls::kTomorrow:
          case Cls::kUnit:
          case Cls::kPartOfDay:
            return true;
          default:
            break;
        }
      }
    }
    i = j;
  }
  return false;
}

std::vector<DateMention> FindDates(std::string_view text, const DateValue& anchor) {
  std::vector<DateMention> out;
  Finder finder(text, anchor);
  finder.Run(&out);
  return out;
}

}  // namespace dateline
