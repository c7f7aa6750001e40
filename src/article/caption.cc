// Copyright 2026 The Dateline Authors.

#include "article/caption.h"

#include <cctype>

#include "util/strings.h"

namespace dateline {

namespace {

constexpr size_t kMaxCreditBytes = 80;
constexpr size_t kMaxCreditWords = 9;

// Position of the '(' that opens a trailing "(...)" on `line`, or npos.
size_t TrailingParen(std::string_view line) {
  if (line.empty() || line.back() != ')') return std::string_view::npos;
  int depth = 0;
  for (size_t i = line.size(); i-- > 0;) {
    if (line[i] == ')') ++depth;
    if (line[i] == '(') {
      if (--depth == 0) return i;
    }
  }
  return std::string_view::npos;
}

bool LooksLikeCredit(std::string_view inner) {
  inner = TrimView(inner);
  if (inner.empty() || inner.size() > kMaxCreditBytes) return false;
  if (CountWords(inner) > kMaxCreditWords) return false;
  unsigned char first = static_cast<unsigned char>(inner[0]);
  if (!(std::isupper(first) || first >= 0x80)) return false;
  // A sentence inside parentheses is not a credit.
  for (char c : inner) {
    if (c == '.' || c == '!' || c == '?' || c == ';' || c == ':' || c == '"') {
      // "File" credits never need these; allow "U.S." style abbreviations.
      if (c == '.') continue;
      return false;
    }
  }
  if (inner.find(". ") != std::string_view::npos) return false;
  // Numbers only ("(2)") or years ("(2024)") are not credits.
  bool any_alpha = false;
  for (char c : inner) any_alpha |= std::isalpha(static_cast<unsigned char>(c)) != 0;
  return any_alpha;
}

}  // namespace

bool HasTrailingCredit(std::string_view line) {
  line = TrimView(line);
  size_t open = TrailingParen(line);
  if (open == std::string_view::npos || open == 0) return false;
  return LooksLikeCredit(line.substr(open + 1, line.size() - open - 2));
}

Caption SplitCaptionCredit(std::string_view line) {
  line = TrimView(line);
  Caption out;
  size_t open = TrailingParen(line);
  if (open != std::string_view::npos && open > 0 &&
      LooksLikeCredit(line.substr(open + 1, line.size() - open - 2))) {
    out.credit = Trim(line.substr(open + 1, line.size() - open - 2));
    out.text = Trim(line.substr(0, open));
    return out;
  }
  // "Photo: Reuters", "Credit: AFP", "Photograph: AP" at the end.
  static const std::string_view kMarkers[] = {"Photo:", "Photograph:", "Credit:",
                                              "Image:", "Picture:"};
  for (std::string_view m : kMarkers) {
    size_t at = line.rfind(m);
    if (at != std::string_view::npos && at > 0) {
      std::string_view tail = TrimView(line.substr(at + m.size()));
      if (!tail.empty() && LooksLikeCredit(tail)) {
        out.credit = std::string(tail);
        std::string_view text = TrimView(line.substr(0, at));
        while (!text.empty() && (text.back() == '|' || text.back() == '-')) {
          text.remove_suffix(1);
          text = TrimView(text);
        }
        out.text = std::string(text);
        return out;
      }
    }
  }
  out.text = std::string(line);
  return out;
}

}  // namespace dateline
