// Copyright 2026 The Dateline Authors.
//
// String helpers shared by the stages. Whitespace here includes the
// Unicode spaces news pages are full of (NBSP, thin spaces, zero-width
// space, ideographic space). Tested by strings_test.cc.

#ifndef DATELINE_UTIL_STRINGS_H_
#define DATELINE_UTIL_STRINGS_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// Byte length of the whitespace character at the start of `s`, or 0.
size_t WhitespaceLength(std::string_view s);

std::string_view TrimView(std::string_view s);
std::string Trim(std::string_view s);

// Runs of whitespace (including newlines) become one ASCII space; the
// result is trimmed.
std::string CollapseWhitespace(std::string_view s);

// Splits on '\n' (a trailing '\r' is dropped from each line).
std::vector<std::string_view> SplitLines(std::string_view s);
std::vector<std::string_view> SplitLines(std::string&& s) = delete;
inline std::vector<std::string_view> SplitLines(const char* s) {
  return SplitLines(std::string_view(s));
}

// Splits on `sep`, keeping empty fields ("a,,b" -> "a", "", "b"; "" -> "").
std::vector<std::string_view> Split(std::string_view s, char sep);
// The views point into the argument: a temporary string would leave them
// dangling, so these do not compile.
std::vector<std::string_view> Split(std::string&& s, char sep) = delete;
inline std::vector<std::string_view> Split(const char* s, char sep) {
  return Split(std::string_view(s), sep);
}
// The runs of non-whitespace (ASCII whitespace) of `s`.
std::vector<std::string_view> SplitWhitespace(std::string_view s);
std::vector<std::string_view> SplitWhitespace(std::string&& s) = delete;
inline std::vector<std::string_view> SplitWhitespace(const char* s) {
  return SplitWhitespace(std::string_view(s));
}
// `parts` with `sep` between them.
std::string Join(const std::vector<std::string>& parts, std::string_view sep);

bool StartsWith(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
std::string ToLowerAscii(std::string_view s);
std::string ToUpperAscii(std::string_view s);
bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b);
// Case-insensitive (ASCII) search; npos if absent.
size_t FindIgnoreCaseAscii(std::string_view hay, std::string_view needle, size_t from = 0);

// Number of code points (invalid bytes count one each).
size_t CountCodePoints(std::string_view s);

// Number of words: maximal runs of letters/digits (ASCII or any non-ASCII
// byte other than a Unicode space, so that "Bījāpur" is one word).
size_t CountWords(std::string_view s);

// True if `w` is one of `set` (bytewise): for lists of a few words; longer
// ones are WordSets. Compares first bytes before calling memcmp, as most
// words are none of the set.
inline bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (s.size() == w.size() && (w.empty() || s[0] == w[0]) && s == w) return true;
  }
  return false;
}
// min(CountWords(s), limit), reading no further than the word that reaches
// it: for tests against small bounds on long lines.
size_t CountWordsUpTo(std::string_view s, size_t limit);

// True if the letters of `s` are all upper case (ASCII letters only
// decide) and there is at least one.
bool IsAllCapsAscii(std::string_view s);

}  // namespace dateline

#endif  // DATELINE_UTIL_STRINGS_H_
