// Copyright 2026 The Dateline Authors.
//
// Internal to src/text/: byte- and code-point-level character classes
// shared by the sentence splitter, the tokenizer and the number finder.
// ASCII is decided inline; other code points ask ICU (letters, digits and
// combining marks are word characters, so "Bījāpur" is one word, while “ —
// and NBSP are not).

#ifndef DATELINE_TEXT_CHARS_H_
#define DATELINE_TEXT_CHARS_H_

#include <unicode/uchar.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "util/utf8.h"

namespace dateline {
namespace text_internal {

inline bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsLower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsAlpha(unsigned char c) { return IsLower(c) || IsUpper(c); }
inline bool IsAlnum(unsigned char c) { return IsAlpha(c) || IsDigit(c); }
inline char ToLower(unsigned char c) {
  return static_cast<char>(IsUpper(c) ? c + ('a' - 'A') : c);
}

inline unsigned char ByteAt(std::string_view s, size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

inline bool IsWordCodePoint(uint32_t cp) {
  if (cp < 0x80) return IsAlnum(static_cast<unsigned char>(cp));
  if (cp == 0xFFFD) return false;
  return u_isalnum(static_cast<UChar32>(cp)) ||
         (U_GET_GC_MASK(static_cast<UChar32>(cp)) & U_GC_M_MASK) != 0;
}

// Byte length of the word character (ASCII letter/digit or a letter, digit
// or mark code point) starting at s[pos], or 0.
inline size_t WordCharLength(std::string_view s, size_t pos) {
  if (pos >= s.size()) return 0;
  unsigned char c = static_cast<unsigned char>(s[pos]);
  if (c < 0x80) return IsAlnum(c) ? 1 : 0;
  size_t p = pos;
  uint32_t cp = DecodeUtf8(s, &p);
  return IsWordCodePoint(cp) ? p - pos : 0;
}

// Start of the code point that ends just before `pos` (pos > 0).
inline size_t PrevCodePointStart(std::string_view s, size_t pos) {
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) {
    --start;
  }
  return start;
}

// True if the character ending just before `pos` is a word character.
inline bool WordCharBefore(std::string_view s, size_t pos) {
  if (pos == 0 || pos > s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[pos - 1]);
  if (c < 0x80) return IsAlnum(c);
  size_t start = PrevCodePointStart(s, pos);
  size_t n = WordCharLength(s, start);
  return n != 0 && start + n == pos;
}

}  // namespace text_internal
}  // namespace dateline

#endif  // DATELINE_TEXT_CHARS_H_
