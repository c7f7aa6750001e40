// Copyright 2026 The Dateline Authors.

#include "geo/fold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

namespace dateline {

namespace {

// The ICU transliterator, one per thread (ICU's are not meant to be shared
// while in use). Null if ICU's data lacks the rules; then non-ASCII text is
// only normalised, not transliterated.
const icu::Transliterator* ThreadTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> t = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8("Any-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status)) made.reset();
    return made;
  }();
  return t.get();
}

// Lower-cases ASCII, drops apostrophes, turns runs of other ASCII
// non-alphanumerics into one space; bytes >= 0x80 are kept as letters.
void Normalize(std::string_view s, std::string* out) {
  out->clear();
  out->reserve(s.size());
  bool pending_space = false;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == '\'' || c == '`') continue;
    bool word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 ||
                (c >= 'A' && c <= 'Z');
    if (!word) {
      pending_space = !out->empty();
      continue;
    }
    if (pending_space) out->push_back(' ');
    pending_space = false;
    out->push_back((c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : static_cast<char>(c));
  }
}

}  // namespace

std::string FoldPlaceName(std::string_view utf8) {
  bool ascii = true;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  std::string out;
  if (ascii) {
    Normalize(utf8, &out);
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (const icu::Transliterator* t = ThreadTransliterator()) {
    t->transliterate(u);
  } else {
    u.toLower();
  }
  // Typographic apostrophes that Latin-ASCII left alone.
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x2019)), icu::UnicodeString("'"));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x02BC)), icu::UnicodeString("'"));
  u.findAndReplace(icu::UnicodeString(static_cast<UChar>(0x02BB)), icu::UnicodeString("'"));
  std::string mid;
  u.toUTF8String(mid);
  Normalize(mid, &out);
  return out;
}

std::string SpellingKey(std::string_view folded) {
  static const std::string_view kArticles[] = {"al", "el", "ad", "ar", "as", "an", "ash",
                                               "at", "az", "ul", "ed", "es", "et"};
  // Words, without leading articles when a name is left.
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < folded.size()) {
    size_t j = folded.find(' ', i);
    if (j == std::string_view::npos) j = folded.size();
    if (j > i) words.push_back(folded.substr(i, j - i));
    i = j + 1;
  }
  std::string joined;
  for (size_t k = 0; k < words.size(); ++k) {
    bool article = false;
    for (std::string_view a : kArticles) article = article || words[k] == a;
    if (article && words.size() > 1) continue;
    joined.append(words[k]);
  }
  // Digraphs, then single letters.
  std::string s;
  s.reserve(joined.size());
  for (size_t k = 0; k < joined.size(); ++k) {
    char c = joined[k];
    char n = k + 1 < joined.size() ? joined[k + 1] : '\0';
    if ((c == 'o' && (n == 'u' || n == 'o')) || (c == 'e' && n == 'e') ||
        (n == 'h' && (c == 'k' || c == 'g' || c == 'd' || c == 't' || c == 's' || c == 'p' ||
                      c == 'z')) ||
        (c == 'c' && n == 'k')) {
      char to = c == 'o' ? 'u' : c == 'e' ? 'i' : c == 'p' ? 'f' : c == 'c' ? 'k' : c;
      s.push_back(to);
      ++k;
      continue;
    }
    switch (c) {
      case 'q': c = 'k'; break;
      case 'y': c = 'i'; break;
      case 'w': c = 'u'; break;
      case 'e': c = 'i'; break;
      case 'o': c = 'u'; break;
      default: break;
    }
    s.push_back(c);
  }
  // Doubled letters are one; a final "h" goes.
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (out.empty() || out.back() != c) out.push_back(c);
  }
  if (out.size() > 1 && out.back() == 'h') out.pop_back();
  size_t letters = 0;
  for (char c : out) letters += (c >= 'a' && c <= 'z') ? 1 : 0;
  return letters < 4 ? "" : out;
}

}  // namespace dateline
