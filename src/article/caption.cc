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

// Lower-case words that credits do use: "via AP", "Photo by X", "courtesy
// of the family", "AP Photo/X, file".
bool IsCreditConnector(std::string_view w) {
  static const std::string_view kWords[] = {"via",     "of",    "the",  "and",   "by",
                                            "for",     "from",  "de",   "del",   "la",
                                            "le",      "van",   "von",  "al",    "courtesy",
                                            "photo",   "photos", "file", "handout", "pool",
                                            "staff",   "family"};
  for (std::string_view k : kWords) {
    if (w == k) return true;
  }
  return false;
}

// A credit is a name, not prose: it has at most one lower-case word other
// than the connectors above, and does not end in "lower-case word." as a
// sentence does ("(They said nobody was hurt.)", "(Nobody survived.)").
bool LooksLikeProse(std::string_view inner) {
  int prose_words = 0;
  bool last_word_lower = false;
  size_t i = 0;
  while (i < inner.size()) {
    unsigned char c = static_cast<unsigned char>(inner[i]);
    if (!(std::isalnum(c) || c >= 0x80)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < inner.size() && (std::isalnum(static_cast<unsigned char>(inner[j])) ||
                                static_cast<unsigned char>(inner[j]) >= 0x80)) {
      ++j;
    }
    std::string_view word = inner.substr(i, j - i);
    bool lower = c >= 'a' && c <= 'z';
    last_word_lower = lower;
    if (lower && !IsCreditConnector(word)) ++prose_words;
    i = j;
  }
  if (prose_words >= 2) return true;
  return inner.back() == '.' && last_word_lower;
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
  // ". " after a word ends a sentence; after an initial ("U.S. Army",
  // "John F. Kennedy") it does not.
  for (size_t at = inner.find(". "); at != std::string_view::npos; at = inner.find(". ", at + 1)) {
    if (at > 0 && std::islower(static_cast<unsigned char>(inner[at - 1]))) return false;
  }
  if (LooksLikeProse(inner)) return false;
  // Numbers only ("(2)") or years ("(2024)") are not credits.
  bool any_alpha = false;
  for (char c : inner) {
    unsigned char u = static_cast<unsigned char>(c);
    any_alpha |= std::isalpha(u) != 0 || u >= 0x80;  // "(Пресс-служба МЧС)"
  }
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
