// Copyright 2026 The Dateline Authors.
//
// UTF-8 helpers: validation, repair, and the few code-point level
// operations the extractors need. Tested by utf8_test.cc.

#ifndef DATELINE_UTIL_UTF8_H_
#define DATELINE_UTIL_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dateline {

// Length of the well-formed UTF-8 sequence at the start of `s` (1..4), or
// 0 if it is not well formed (overlong, surrogate, truncated, > U+10FFFF).
size_t Utf8SequenceLength(std::string_view s);

// True if all of `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

// Offset of the first invalid byte, or s.size() if none.
size_t FirstInvalidUtf8(std::string_view s);

// Decodes the code point at s[*pos] and advances *pos; invalid bytes decode
// as U+FFFD and advance by one.
uint32_t DecodeUtf8(std::string_view s, size_t* pos);

void AppendUtf8(uint32_t cp, std::string* out);

// Repairs text that was UTF-8, was read as Latin-1 or windows-1252 and
// encoded to UTF-8 again: "Investor\u00e2\u0080\u0099s" and "Investor\u00e2\u20ac\u2122s"
// become "Investor\u2019s". A run is repaired only when its characters,
// mapped back to the bytes they stood for, form one well-formed multi-byte
// UTF-8 sequence (and, for two bytes, one below U+0700: "groß“" stays);
// everything else is kept as it is. Returns the number of
// characters repaired; `s` is untouched when there are none.
size_t RepairDoubleEncodedUtf8(std::string* s);

}  // namespace dateline

#endif  // DATELINE_UTIL_UTF8_H_
