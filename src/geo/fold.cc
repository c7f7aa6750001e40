// Copyright 2026 The Dateline Authors.

#include "geo/fold.h"

#include <memory>

#include <unicode/translit.h>
#include <unicode/unistr.h>

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

}  // namespace dateline
