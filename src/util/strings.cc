// Copyright 2026 The Dateline Authors.

#include "util/strings.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "util/utf8.h"

namespace dateline {

size_t WhitespaceLength(std::string_view s) {
  if (s.empty()) return 0;
  unsigned char c = static_cast<unsigned char>(s[0]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return 1;
  if (c < 0x80) return 0;
  size_t pos = 0;
  uint32_t cp = DecodeUtf8(s, &pos);
  switch (cp) {
    case 0x00A0: case 0x1680: case 0x2000: case 0x2001: case 0x2002:
    case 0x2003: case 0x2004: case 0x2005: case 0x2006: case 0x2007:
    case 0x2008: case 0x2009: case 0x200A: case 0x200B: case 0x2028:
    case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return pos;
    default:
      return 0;
  }
}

std::string_view TrimView(std::string_view s) {
  while (!s.empty()) {
    size_t n = WhitespaceLength(s);
    if (n == 0) break;
    s.remove_prefix(n);
  }
  // Trailing: scan back to a plausible character start and test.
  while (!s.empty()) {
    size_t start = s.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80 &&
           s.size() - start < 4) {
      --start;
    }
    size_t n = WhitespaceLength(s.substr(start));
    if (n == 0 || start + n != s.size()) break;
    s.remove_suffix(n);
  }
  return s;
}

std::string Trim(std::string_view s) { return std::string(TrimView(s)); }

namespace {

// An ASCII byte that is neither whitespace nor the start of a multi-byte
// character: WhitespaceLength() of it is 0, and it is copied as is.
inline bool IsAsciiNonSpace(unsigned char c) {
  return c < 0x80 && !(c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
}

inline bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string CollapseWhitespace(std::string_view s) {
  // Most text is collapsed already: single ASCII spaces inside, none at
  // the ends, no other whitespace. Then it is its own copy.
  bool collapsed = true;
  for (size_t i = 0; i < s.size() && collapsed; ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ') {
      collapsed = i > 0 && i + 1 < s.size() && s[i + 1] != ' ';
    } else if (c < 0x20) {
      collapsed = !(c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v');
    } else if (c >= 0x80) {
      collapsed = WhitespaceLength(s.substr(i)) == 0;
    }
  }
  if (collapsed) return std::string(s);
  std::string out;
  out.reserve(s.size());
  bool pending_space = false;
  size_t i = 0;
  while (i < s.size()) {
    size_t n = WhitespaceLength(s.substr(i));
    if (n > 0) {
      pending_space = !out.empty();
      i += n;
      continue;
    }
    if (pending_space) {
      out.push_back(' ');
      pending_space = false;
    }
    // This byte and the run of plain ASCII after it, in one copy.
    size_t j = i + 1;
    while (j < s.size() && IsAsciiNonSpace(static_cast<unsigned char>(s[j]))) ++j;
    out.append(s.data() + i, j - i);
    i = j;
  }
  return out;
}

std::vector<std::string_view> SplitLines(std::string_view s) {
  std::vector<std::string_view> lines;
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find('\n', start);
    if (end == std::string_view::npos) end = s.size();
    std::string_view line = s.substr(start, end - start);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    lines.push_back(line);
    if (end == s.size()) break;
    start = end + 1;
  }
  return lines;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, end - start));
    start = end + 1;
  }
}

std::vector<std::string_view> SplitWhitespace(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  auto space = [](char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  };
  while (i < s.size()) {
    while (i < s.size() && space(s[i])) ++i;
    size_t start = i;
    while (i < s.size() && !space(s[i])) ++i;
    if (i > start) out.push_back(s.substr(start, i - start));
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

bool StartsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

bool EndsWith(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

namespace {
inline unsigned char LowerAscii(unsigned char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<unsigned char>(c + ('a' - 'A')) : c;
}
}  // namespace

bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (LowerAscii(static_cast<unsigned char>(a[i])) !=
        LowerAscii(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

size_t FindIgnoreCaseAscii(std::string_view hay, std::string_view needle, size_t from) {
  if (needle.empty()) return from <= hay.size() ? from : std::string_view::npos;
  if (hay.size() < needle.size()) return std::string_view::npos;
  // Candidates start with the needle's first byte in either case; memchr
  // finds the next of each.
  unsigned char lo = LowerAscii(static_cast<unsigned char>(needle[0]));
  unsigned char up = (lo >= 'a' && lo <= 'z') ? static_cast<unsigned char>(lo - ('a' - 'A')) : lo;
  const size_t last = hay.size() - needle.size();  // the last start that fits
  auto next = [&](unsigned char c, size_t at) -> size_t {
    if (at > last) return std::string_view::npos;
    const void* p = std::memchr(hay.data() + at, c, last - at + 1);
    return p == nullptr ? std::string_view::npos
                        : static_cast<size_t>(static_cast<const char*>(p) - hay.data());
  };
  size_t next_lo = next(lo, from);
  size_t next_up = up == lo ? std::string_view::npos : next(up, from);
  while (next_lo != std::string_view::npos || next_up != std::string_view::npos) {
    size_t i = std::min(next_lo, next_up);
    if (EqualsIgnoreCaseAscii(hay.substr(i, needle.size()), needle)) return i;
    if (i == next_lo) next_lo = next(lo, i + 1);
    if (i == next_up) next_up = next(up, i + 1);
  }
  return std::string_view::npos;
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

size_t CountWords(std::string_view s) { return CountWordsUpTo(s, SIZE_MAX); }

size_t CountWordsUpTo(std::string_view s, size_t limit) {
  size_t words = 0;
  bool in_word = false;
  size_t i = 0;
  while (i < s.size() && words < limit) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    // Unicode spaces (NBSP, thin space) separate words like ASCII ones.
    size_t space = c >= 0x80 ? WhitespaceLength(s.substr(i)) : 0;
    if (space > 0) {
      in_word = false;
      i += space;
      continue;
    }
    bool word_char = IsAsciiAlnum(c) || c >= 0x80;
    if (word_char && !in_word) ++words;
    in_word = word_char;
    ++i;
  }
  return words;
}

bool IsAllCapsAscii(std::string_view s) {
  bool any = false;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') any = true;
  }
  return any;
}

}  // namespace dateline
