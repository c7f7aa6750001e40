// Copyright 2026 The Dateline Authors.

#include "geo/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

#include "util/utf8.h"

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

// Latin letters that do not decompose into an ASCII letter and marks, and
// the typographic spaces, dashes and quotes of news text, with what ICU's
// "Latin-ASCII; Lower" makes of each. Checked against ICU, code point by
// code point, by gazetteer_test.cc.
struct Special {
  uint32_t cp;
  const char* ascii;
};
constexpr Special kSpecials[] = {
    {0x00A0, " "},  {0x00AB, "<<"}, {0x00BB, ">>"}, {0x00C6, "ae"}, {0x00D0, "d"},
    {0x00D8, "o"},  {0x00DE, "th"}, {0x00DF, "ss"}, {0x00E6, "ae"}, {0x00F0, "d"},
    {0x00F8, "o"},  {0x00FE, "th"}, {0x0110, "d"},  {0x0111, "d"},  {0x0126, "h"},
    {0x0127, "h"},  {0x0131, "i"},  {0x0132, "ij"}, {0x0133, "ij"}, {0x013F, "l"},
    {0x0140, "l"},  {0x0141, "l"},  {0x0142, "l"},  {0x014A, "n"},  {0x014B, "n"},
    {0x0152, "oe"}, {0x0153, "oe"}, {0x0166, "t"},  {0x0167, "t"},  {0x017F, "s"},
    {0x2000, " "},  {0x2001, " "},  {0x2002, " "},  {0x2003, " "},  {0x2004, " "},
    {0x2005, " "},  {0x2006, " "},  {0x2007, " "},  {0x2008, " "},  {0x2009, " "},
    {0x200A, " "},  {0x2010, "-"},  {0x2011, "-"},  {0x2012, "-"},  {0x2013, "-"},
    {0x2014, "-"},  {0x2015, "-"},  {0x2018, "'"},  {0x2019, "'"},  {0x201A, ","},
    {0x201B, "'"},  {0x201C, "\""}, {0x201D, "\""}, {0x201E, ",,"}, {0x201F, "\""},
    {0x2026, "..."}};

// ICU's canonical decompositions (data ICU maps, cheap to open, unlike a
// transliterator, which compiles its rules: tens of milliseconds).
const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* nfd = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    return U_FAILURE(status) ? nullptr : n;
  }();
  return nfd;
}

// Writes `utf8` in ASCII when every code point is ASCII, one of kSpecials,
// or an ASCII letter with combining marks (U+0300..U+036F) in its
// canonical decomposition ("ā", "ş", "ệ"); what ICU's transliteration
// gives for such text, without creating the transliterator. False (and
// *out unspecified) for any other code point: Cyrillic, Arabic, CJK, a
// lone combining mark.
bool LatinToAscii(std::string_view utf8, std::string* out) {
  out->clear();
  out->reserve(utf8.size());
  size_t pos = 0;
  while (pos < utf8.size()) {
    unsigned char b = static_cast<unsigned char>(utf8[pos]);
    if (b < 0x80) {
      out->push_back(static_cast<char>(b));
      ++pos;
      continue;
    }
    if (Utf8SequenceLength(utf8.substr(pos)) == 0) return false;
    uint32_t cp = DecodeUtf8(utf8, &pos);
    std::string_view ascii = FoldLatinCodePoint(cp);
    if (ascii.empty()) return false;
    out->append(ascii);
  }
  return true;
}

}  // namespace

std::string_view FoldLatinCodePoint(uint32_t cp) {
  for (const Special& s : kSpecials) {
    if (s.cp == cp) return s.ascii;
  }
  // Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional.
  if (!((cp >= 0xC0 && cp <= 0x24F) || (cp >= 0x1E00 && cp <= 0x1EFF))) return {};
  const icu::Normalizer2* nfd = Nfd();
  if (nfd == nullptr) return {};
  icu::UnicodeString d;
  if (!nfd->getDecomposition(static_cast<UChar32>(cp), d) || d.length() < 2) return {};
  UChar base = d.charAt(0);
  if (!((base >= 'a' && base <= 'z') || (base >= 'A' && base <= 'Z'))) return {};
  for (int32_t i = 1; i < d.length(); ++i) {
    if (d.charAt(i) < 0x300 || d.charAt(i) > 0x36F) return {};
  }
  static constexpr std::string_view kLetters = "abcdefghijklmnopqrstuvwxyz";
  return kLetters.substr(base >= 'a' ? base - 'a' : base - 'A', 1);
}

std::string FoldPlaceNameWithIcu(std::string_view utf8) {
  std::string out;
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
  std::string latin;
  if (LatinToAscii(utf8, &latin)) {
    Normalize(latin, &out);
    return out;
  }
  return FoldPlaceNameWithIcu(utf8);
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
