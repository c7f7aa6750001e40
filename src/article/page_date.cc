// Copyright 2026 The Dateline Authors.
//
// A small hand-written scanner: split the text into word and number tokens
// with their offsets, then try each date shape at each token.

#include "article/page_date.h"

#include <cctype>
#include <cstdio>
#include <vector>

#include "util/strings.h"

namespace dateline {

namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2100;

int DaysInMonth(int y, int m) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return kDays[m - 1];
}

YMD Make(int y, int m, int d) {
  YMD out;
  if (y < kMinYear || y > kMaxYear || m < 1 || m > 12 || d < 1 || d > DaysInMonth(y, m)) {
    return out;
  }
  out.year = y;
  out.month = m;
  out.day = d;
  return out;
}

struct Tok {
  std::string_view text;
  bool number = false;
  int value = 0;
  char sep_after = 0;  // the first non-space character after the token
};

std::vector<Tok> Tokenize(std::string_view s, size_t max_tokens) {
  std::vector<Tok> toks;
  size_t i = 0;
  while (i < s.size() && toks.size() < max_tokens) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (std::isdigit(c)) {
      size_t j = i;
      int v = 0;
      while (j < s.size() && std::isdigit(static_cast<unsigned char>(s[j]))) {
        if (j - i < 9) v = v * 10 + (s[j] - '0');
        ++j;
      }
      Tok t{s.substr(i, j - i), true, j - i <= 8 ? v : -1, 0};
      // Ordinal suffixes: 24th, 1st, 2nd, 3rd.
      if (j + 1 < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) {
        std::string suf = ToLowerAscii(s.substr(j, 2));
        if (suf == "st" || suf == "nd" || suf == "rd" || suf == "th") j += 2;
      }
      size_t k = j;
      while (k < s.size() && s[k] == ' ') ++k;
      if (k < s.size()) t.sep_after = s[k];
      toks.push_back(t);
      i = j;
    } else if (std::isalpha(c)) {
      size_t j = i;
      while (j < s.size() && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
      Tok t{s.substr(i, j - i), false, 0, 0};
      size_t k = j;
      while (k < s.size() && s[k] == ' ') ++k;
      if (k < s.size()) t.sep_after = s[k];
      toks.push_back(t);
      i = j;
    } else {
      ++i;
    }
  }
  return toks;
}

int Year(const Tok& t) {
  if (!t.number || t.text.size() != 4) return 0;
  return t.value;
}

int Day(const Tok& t) {
  if (!t.number || t.text.size() > 2) return 0;
  return t.value;
}

}  // namespace

std::string YMD::Iso() const {
  if (!valid()) return "";
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

int MonthFromName(std::string_view word) {
  static const char* kNames[] = {"january", "february", "march", "april", "may", "june",
                                 "july", "august", "september", "october", "november",
                                 "december"};
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (word.size() < 3) return 0;
  std::string w = ToLowerAscii(word);
  if (w == "sept") return 9;
  for (int m = 0; m < 12; ++m) {
    std::string_view name = kNames[m];
    if (w == name) return m + 1;
    if (w.size() == 3 && name.substr(0, 3) == w) return m + 1;
  }
  return 0;
}

YMD FindDate(std::string_view text) {
  // Pages can be long; a date worth having is near where we look.
  std::vector<Tok> t = Tokenize(text, 4096);
  for (size_t i = 0; i < t.size(); ++i) {
    // ISO: 2024-03-24 (also with / or .), possibly followed by T...
    if (Year(t[i]) && i + 2 < t.size() && t[i + 1].number && t[i + 2].number &&
        (t[i].sep_after == '-' || t[i].sep_after == '/' || t[i].sep_after == '.') &&
        t[i + 1].sep_after == t[i].sep_after && t[i + 1].text.size() <= 2) {
      YMD d = Make(Year(t[i]), t[i + 1].value, Day(t[i + 2]));
      if (d.valid()) return d;
    }
    // Compact ISO: 20240324
    if (t[i].number && t[i].text.size() == 8) {
      int v = t[i].value;
      YMD d = Make(v / 10000, (v / 100) % 100, v % 100);
      if (d.valid()) return d;
    }
    // Month Day, Year: March 24, 2024 / Mar. 24 2024
    if (!t[i].number && i + 2 < t.size()) {
      int m = MonthFromName(t[i].text);
      if (m && Day(t[i + 1]) && Year(t[i + 2])) {
        YMD d = Make(Year(t[i + 2]), m, Day(t[i + 1]));
        if (d.valid()) return d;
      }
    }
    // Day Month Year: 24 March 2024 / 24 Mar. 2024 / 24-Mar-2024
    if (Day(t[i]) && i + 2 < t.size() && !t[i + 1].number) {
      int m = MonthFromName(t[i + 1].text);
      if (m && Year(t[i + 2])) {
        YMD d = Make(Year(t[i + 2]), m, Day(t[i]));
        if (d.valid()) return d;
      }
    }
    // Day/Month/Year or Month/Day/Year with an unambiguous part.
    if (Day(t[i]) && i + 2 < t.size() && Day(t[i + 1]) && Year(t[i + 2]) &&
        (t[i].sep_after == '/' || t[i].sep_after == '.' || t[i].sep_after == '-') &&
        t[i + 1].sep_after == t[i].sep_after) {
      int a = t[i].value, b = t[i + 1].value, y = Year(t[i + 2]);
      if (a > 12 && b <= 12) {
        YMD d = Make(y, b, a);
        if (d.valid()) return d;
      } else if (b > 12 && a <= 12) {
        YMD d = Make(y, a, b);
        if (d.valid()) return d;
      } else if (t[i].sep_after == '.') {  // 24.03.2024 is day-first in Europe
        YMD d = Make(y, b, a);
        if (d.valid()) return d;
      }
    }
  }
  return YMD();
}

YMD DateFromUrl(std::string_view url) {
  // Look at the path only.
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) {
    size_t slash = url.find('/', scheme + 3);
    url = slash == std::string_view::npos ? std::string_view() : url.substr(slash);
  }
  std::vector<Tok> t = Tokenize(url, 256);
  for (size_t i = 0; i < t.size(); ++i) {
    if (Year(t[i]) && i + 2 < t.size() && t[i + 1].number && t[i + 2].number &&
        t[i + 1].text.size() == 2 && t[i + 2].text.size() <= 2) {
      YMD d = Make(Year(t[i]), t[i + 1].value, t[i + 2].value);
      if (d.valid()) return d;
    }
    if (t[i].number && t[i].text.size() == 8) {
      int v = t[i].value;
      YMD d = Make(v / 10000, (v / 100) % 100, v % 100);
      if (d.valid()) return d;
    }
  }
  return YMD();
}

}  // namespace dateline
