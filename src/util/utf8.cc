// Copyright 2026 The Dateline Authors.

#include "util/utf8.h"

#include <cstring>

namespace dateline {

size_t Utf8SequenceLength(std::string_view s) {
  if (s.empty()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[0];
  if (c < 0x80) return 1;
  size_t n;
  uint32_t min;
  uint32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 2; min = 0x80; cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 3; min = 0x800; cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 4; min = 0x10000; cp = c & 0x07;
  } else {
    return 0;
  }
  if (s.size() < n) return 0;
  for (size_t i = 1; i < n; ++i) {
    if ((p[i] & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (p[i] & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    // ASCII runs, eight bytes at a time.
    while (i + 8 <= s.size()) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      if (w & 0x8080808080808080ull) break;
      i += 8;
    }
    if (i >= s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(s.substr(i));
    if (n == 0) return i;
    i += n;
  }
  return s.size();
}

bool IsValidUtf8(std::string_view s) { return FirstInvalidUtf8(s) == s.size(); }

uint32_t DecodeUtf8(std::string_view s, size_t* pos) {
  std::string_view rest = s.substr(*pos);
  size_t n = Utf8SequenceLength(rest);
  if (n == 0) {
    ++*pos;
    return 0xFFFD;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(rest.data());
  uint32_t cp;
  switch (n) {
    case 1: cp = p[0]; break;
    case 2: cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu); break;
    case 3: cp = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu); break;
    default:
      cp = ((p[0] & 0x07u) << 18) | ((p[1] & 0x3Fu) << 12) | ((p[2] & 0x3Fu) << 6) | (p[3] & 0x3Fu);
  }
  *pos += n;
  return cp;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {

// The byte a character stood for when UTF-8 was read as windows-1252 (or
// Latin-1, whose C1 controls windows-1252 prints as these), or -1.
int MisreadByte(uint32_t cp) {
  if (cp >= 0x80 && cp <= 0xFF) return static_cast<int>(cp);
  switch (cp) {
    case 0x20AC: return 0x80;
    case 0x201A: return 0x82;
    case 0x0192: return 0x83;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85;
    case 0x2020: return 0x86;
    case 0x2021: return 0x87;
    case 0x02C6: return 0x88;
    case 0x2030: return 0x89;
    case 0x0160: return 0x8A;
    case 0x2039: return 0x8B;
    case 0x0152: return 0x8C;
    case 0x017D: return 0x8E;
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95;
    case 0x2013: return 0x96;
    case 0x2014: return 0x97;
    case 0x02DC: return 0x98;
    case 0x2122: return 0x99;
    case 0x0161: return 0x9A;
    case 0x203A: return 0x9B;
    case 0x0153: return 0x9C;
    case 0x017E: return 0x9E;
    case 0x0178: return 0x9F;
    default: return -1;
  }
}

// At s[i], a misread multi-byte sequence: sets *bytes to the original
// UTF-8 and returns how many bytes of `s` it spans, or 0.
size_t MisreadSequence(std::string_view s, size_t i, std::string* bytes) {
  size_t pos = i;
  uint32_t lead = DecodeUtf8(s, &pos);
  // Lead bytes of 2..4-byte sequences, as Latin-1 characters U+00C2..U+00F4.
  if (lead < 0xC2 || lead > 0xF4 || pos - i != 2) return 0;
  size_t need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  bytes->assign(1, static_cast<char>(lead));
  for (size_t k = 1; k < need; ++k) {
    if (pos >= s.size()) return 0;
    int b = MisreadByte(DecodeUtf8(s, &pos));
    if (b < 0x80 || b > 0xBF) return 0;
    bytes->push_back(static_cast<char>(b));
  }
  if (Utf8SequenceLength(*bytes) != need) return 0;
  // Two-byte results beyond Arabic (Syriac, Thaana, NKo, from leads
  // "Ü".."ß") are far likelier to be real text: German "groß“" is DF 93 in
  // windows-1252.
  if (need == 2 && lead > 0xDB) return 0;
  return pos - i;
}

}  // namespace

size_t RepairDoubleEncodedUtf8(std::string* s) {
  // Every misread sequence starts with U+00C2..U+00F4, encoded C3 82..C3 B4.
  std::string_view in(*s);
  size_t at = in.find('\xC3');
  std::string bytes;
  while (at != std::string_view::npos && MisreadSequence(in, at, &bytes) == 0) {
    at = in.find('\xC3', at + 1);
  }
  if (at == std::string_view::npos) return 0;
  std::string out(in.substr(0, at));
  out.reserve(in.size());
  size_t repaired = 0;
  size_t i = at;
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) == 0xC3) {
      size_t n = MisreadSequence(in, i, &bytes);
      if (n > 0) {
        out += bytes;
        ++repaired;
        i += n;
        continue;
      }
    }
    out.push_back(in[i]);
    ++i;
  }
  s->swap(out);
  return repaired;
}

}  // namespace dateline
