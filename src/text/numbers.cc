// Copyright 2026 The Dateline Authors.
//
// Numbers and quantity phrases.
//
// ParseNumberAt reads one number: digits ("115", "1,200", "1.5 million"),
// or number words by a small grammar ("thirty-one", "one hundred and
// twenty", "two million"), or the fixed phrases news uses for rough
// counts ("a dozen", "a handful", "dozens", "tens of thousands").
//
// FindQuantities walks the text once, word by word. At each word that
// parses as a number it
//   1. joins a second number into a range ("30-40", "between 30 and 40",
//      "two or three");
//   2. drops numbers that are not counts, each by a named rule (see
//      Excluded below): parts of alphanumerics and dates, years, times,
//      percentages, money, ages, measures and durations, identifiers and
//      phone-like runs;
//   3. attaches the bound words before ("more than", "at least", "nearly",
//      "about") or after ("or more", "-plus", "or so") and maps them to
//      {best, min, max} by the table in numbers.h (spec/EVENTS.md).
// Words are looked up in sorted tables by binary search; nothing is
// copied except the text of each quantity found.
//
// Tested by numbers_test.cc; fuzzed by fuzz/numbers_fuzzer.cc.

#include "text/numbers.h"

#include <algorithm>
#include <array>
#include <cstring>

#include "text/chars.h"

namespace dateline {

using text_internal::ByteAt;
using text_internal::IsAlnum;
using text_internal::IsAlpha;
using text_internal::IsDigit;
using text_internal::IsLower;
using text_internal::ToLower;
using text_internal::WordCharBefore;
using text_internal::WordCharLength;

namespace {

// ---------------------------------------------------------------------------
// Limits on untrusted input.

// Longest word worth looking up ("approximately" is 13).
constexpr size_t kMaxLexWord = 16;
// Number words in one number ("nine hundred and ninety-nine thousand ...").
constexpr int kMaxNumberWords = 24;
// Context words ("between", "kilometres") longer than this are not looked at.
constexpr size_t kMaxContextWord = 24;
// Digits in the integer part; more is an identifier, not a count.
constexpr size_t kMaxDigits = 10;
// A run of digits with no separator this long is a phone number or an id.
constexpr size_t kMaxPlainDigits = 6;

// ---------------------------------------------------------------------------
// Words.

// A word lowered into a small buffer; empty if not ASCII letters or too long.
class LowerWord {
 public:
  LowerWord() = default;
  explicit LowerWord(std::string_view w) {
    if (w.size() > kMaxLexWord) return;
    for (size_t k = 0; k < w.size(); ++k) buf_[k] = ToLower(static_cast<unsigned char>(w[k]));
    len_ = w.size();
  }
  std::string_view view() const { return std::string_view(buf_.data(), len_); }

 private:
  std::array<char, kMaxLexWord> buf_{};
  size_t len_ = 0;
};

// End of the ASCII-letter run starting at pos.
size_t LettersEnd(std::string_view text, size_t pos) {
  while (pos < text.size() && IsAlpha(ByteAt(text, pos))) ++pos;
  return pos;
}

// The ASCII word [pos, end) if it is a whole word (no word character
// glued after it), else empty.
std::string_view WholeWordAt(std::string_view text, size_t pos) {
  size_t e = LettersEnd(text, pos);
  if (e == pos || WordCharLength(text, e) != 0) return {};
  return text.substr(pos, e - pos);
}

// Horizontal space: ASCII space, tab, NBSP. Numbers do not run over a line.
size_t HSpaceLength(std::string_view text, size_t i) {
  unsigned char c = ByteAt(text, i);
  if (c == ' ' || c == '\t') return 1;
  if (c == 0xC2 && ByteAt(text, i + 1) == 0xA0) return 2;
  return 0;
}

size_t SkipHSpace(std::string_view text, size_t i) {
  size_t n;
  while ((n = HSpaceLength(text, i)) != 0) i += n;
  return i;
}

// Any whitespace, forwards and backwards (for context words).
size_t SkipSpaceFwd(std::string_view text, size_t i) {
  while (i < text.size()) {
    unsigned char c = ByteAt(text, i);
    if (c == '\n' || c == '\r') {
      ++i;
      continue;
    }
    size_t n = HSpaceLength(text, i);
    if (n == 0) break;
    i += n;
  }
  return i;
}

size_t SkipSpaceBack(std::string_view text, size_t i) {
  while (i > 0) {
    unsigned char c = ByteAt(text, i - 1);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      --i;
    } else if (c == 0xA0 && i >= 2 && ByteAt(text, i - 2) == 0xC2) {
      i -= 2;
    } else {
      break;
    }
  }
  return i;
}

// The ASCII word that ends (after optional whitespace) before `pos`;
// *begin receives its start. Empty if a non-letter comes first.
std::string_view WordBefore(std::string_view text, size_t pos, size_t* begin) {
  size_t e = SkipSpaceBack(text, pos);
  size_t b = e;
  while (b > 0 && IsAlpha(ByteAt(text, b - 1)) && e - b <= kMaxContextWord) --b;
  if (b == e || e - b > kMaxContextWord || WordCharBefore(text, b)) {
    *begin = pos;
    return {};
  }
  *begin = b;
  return text.substr(b, e - b);
}

// The ASCII word that starts (after optional whitespace) at or after
// `pos`; *end receives its end.
std::string_view WordAfter(std::string_view text, size_t pos, size_t* end) {
  size_t b = SkipSpaceFwd(text, pos);
  std::string_view w = WholeWordAt(text, b);
  *end = b + w.size();
  return w;
}

bool InSorted(std::string_view lower, const std::string_view* begin, const std::string_view* end) {
  return std::binary_search(begin, end, lower);
}

template <size_t N>
bool InList(std::string_view word, const std::array<std::string_view, N>& sorted) {
  LowerWord lw(word);
  if (lw.view().empty()) return false;
  return InSorted(lw.view(), sorted.data(), sorted.data() + N);
}

// --- The number lexicon (sorted for binary search) --------------------------

enum class Lex : uint8_t {
  kUnit,     // zero..nine
  kTeen,     // ten..nineteen
  kTens,     // twenty..ninety
  kHundred,  // hundred
  kScale,    // thousand, million, billion
  kDozen,    // dozen
  kA,        // a, an
  kAnd,      // and
  kVague,    // tens dozens scores hundreds thousands millions
  kRough,    // few couple handful: only after "a"
  kHalf,     // half ("half a dozen")
  kSeveral,  // several ("several hundred")
  kOf,       // of ("tens of thousands")
};

struct LexEntry {
  std::string_view word;
  Lex kind;
  int64_t value;
};

constexpr LexEntry kLexicon[] = {
    {"a", Lex::kA, 1},
    {"an", Lex::kA, 1},
    {"and", Lex::kAnd, 0},
    {"billion", Lex::kScale, 1'000'000'000},
    {"couple", Lex::kRough, 2},
    {"dozen", Lex::kDozen, 12},
    {"dozens", Lex::kVague, 12},
    {"eight", Lex::kUnit, 8},
    {"eighteen", Lex::kTeen, 18},
    {"eighty", Lex::kTens, 80},
    {"eleven", Lex::kTeen, 11},
    {"few", Lex::kRough, 3},
    {"fifteen", Lex::kTeen, 15},
    {"fifty", Lex::kTens, 50},
    {"five", Lex::kUnit, 5},
    {"forty", Lex::kTens, 40},
    {"four", Lex::kUnit, 4},
    {"fourteen", Lex::kTeen, 14},
    {"half", Lex::kHalf, 0},
    {"handful", Lex::kRough, 5},
    {"hundred", Lex::kHundred, 100},
    {"hundreds", Lex::kVague, 100},
    {"million", Lex::kScale, 1'000'000},
    {"millions", Lex::kVague, 1'000'000},
    {"nine", Lex::kUnit, 9},
    {"nineteen", Lex::kTeen, 19},
    {"ninety", Lex::kTens, 90},
    {"of", Lex::kOf, 0},
    {"one", Lex::kUnit, 1},
    {"scores", Lex::kVague, 20},
    {"seven", Lex::kUnit, 7},
    {"seventeen", Lex::kTeen, 17},
    {"seventy", Lex::kTens, 70},
    {"several", Lex::kSeveral, 3},
    {"six", Lex::kUnit, 6},
    {"sixteen", Lex::kTeen, 16},
    {"sixty", Lex::kTens, 60},
    {"ten", Lex::kTeen, 10},
    {"tens", Lex::kVague, 10},
    {"thirteen", Lex::kTeen, 13},
    {"thirty", Lex::kTens, 30},
    {"thousand", Lex::kScale, 1000},
    {"thousands", Lex::kVague, 1000},
    {"three", Lex::kUnit, 3},
    {"twelve", Lex::kTeen, 12},
    {"twenty", Lex::kTens, 20},
    {"two", Lex::kUnit, 2},
    {"zero", Lex::kUnit, 0},
};

constexpr bool LexiconSorted() {
  for (size_t k = 1; k < std::size(kLexicon); ++k) {
    if (!(kLexicon[k - 1].word < kLexicon[k].word)) return false;
  }
  return true;
}
static_assert(LexiconSorted(), "kLexicon must be sorted for binary search");

// The first two letters (lowered) of every lexicon word, as a bit per
// pair; a second "letter" of 26 stands for the end of a one-letter word.
// Most words in a text fail this test and never reach the search.
struct LexPrefixes {
  uint32_t bits[26] = {};
  static constexpr int Second(std::string_view w) { return w.size() > 1 ? w[1] - 'a' : 26; }
  constexpr LexPrefixes() {
    for (const LexEntry& e : kLexicon) bits[e.word[0] - 'a'] |= 1u << Second(e.word);
  }
  bool MayContain(std::string_view w) const {
    int a = ToLower(static_cast<unsigned char>(w[0])) - 'a';
    int b = w.size() > 1 ? ToLower(static_cast<unsigned char>(w[1])) - 'a' : 26;
    if (a < 0 || a >= 26 || b < 0 || b > 26) return false;
    return (bits[a] >> b) & 1u;
  }
};
constexpr LexPrefixes kLexPrefixes;

const LexEntry* LookupLex(std::string_view word) {
  if (word.empty() || word.size() > kMaxLexWord) return nullptr;
  if (!kLexPrefixes.MayContain(word)) return nullptr;
  LowerWord lw(word);
  std::string_view w = lw.view();
  const LexEntry* b = std::begin(kLexicon);
  const LexEntry* e = std::end(kLexicon);
  const LexEntry* it =
      std::lower_bound(b, e, w, [](const LexEntry& x, std::string_view k) { return x.word < k; });
  return (it != e && it->word == w) ? it : nullptr;
}

// A number word at pos: the entry and the word's end, or nullptr.
const LexEntry* LexAt(std::string_view text, size_t pos, size_t* end) {
  std::string_view w = WholeWordAt(text, pos);
  if (w.empty()) return nullptr;
  *end = pos + w.size();
  return LookupLex(w);
}

// ---------------------------------------------------------------------------
// ParseNumberAt

bool Finish(int64_t value, size_t length, bool vague, bool word, NumberMatch* out,
            bool rough = false) {
  if (value < 0 || value > kMaxQuantity) return false;
  out->value = value;
  out->length = length;
  out->vague = vague;
  out->word = word;
  out->rough = rough;
  return true;
}

// "hundred"/"thousand"/"million"/"billion" after horizontal space at `pos`.
bool ScaleWordAfter(std::string_view text, size_t pos, int64_t* scale, size_t* end) {
  size_t b = SkipHSpace(text, pos);
  if (b == pos) return false;
  size_t e = 0;
  const LexEntry* x = LexAt(text, b, &e);
  if (x == nullptr || (x->kind != Lex::kScale && x->kind != Lex::kHundred)) return false;
  *scale = x->value;
  *end = e;
  return true;
}

bool ParseDigits(std::string_view text, size_t pos, NumberMatch* out) {
  size_t i = pos;
  while (i < text.size() && IsDigit(ByteAt(text, i))) ++i;
  size_t first_group = i - pos;
  if (first_group > kMaxDigits) return false;
  int64_t value = 0;
  for (size_t k = pos; k < i; ++k) value = value * 10 + (text[k] - '0');
  // Thousands groups: "1,200", "2,000,000" (the first group 1-3 digits).
  if (first_group <= 3) {
    size_t groups = 0;
    while (ByteAt(text, i) == ',' && IsDigit(ByteAt(text, i + 1)) && IsDigit(ByteAt(text, i + 2)) &&
           IsDigit(ByteAt(text, i + 3)) && !IsDigit(ByteAt(text, i + 4))) {
      if (++groups > 3) return false;
      value = value * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
      i += 4;
    }
  }
  // A comma followed by other digits ("1,20") is not a number we trust.
  if (ByteAt(text, i) == ',' && IsDigit(ByteAt(text, i + 1))) return false;
  // A decimal only counts with a scale word: "1.5 million".
  if (ByteAt(text, i) == '.' && IsDigit(ByteAt(text, i + 1))) {
    size_t f = i + 1;
    int64_t frac = 0;
    int64_t denom = 1;
    while (f < text.size() && IsDigit(ByteAt(text, f))) {
      if (denom < 1'000'000) {
        frac = frac * 10 + (text[f] - '0');
        denom *= 10;
      }
      ++f;
    }
    int64_t scale = 0;
    size_t end = 0;
    if (WordCharLength(text, f) != 0 || !ScaleWordAfter(text, f, &scale, &end) || scale < 1000) {
      return false;
    }
    if (value > kMaxQuantity / scale) return false;
    return Finish(value * scale + frac * scale / denom, end - pos, false, false, out);
  }
  if (WordCharLength(text, i) != 0) return false;  // "57th", "5km"
  int64_t scale = 0;
  size_t end = 0;
  if (ScaleWordAfter(text, i, &scale, &end)) {
    if (value > kMaxQuantity / scale) return false;
    return Finish(value * scale, end - pos, false, false, out);
  }
  return Finish(value, i - pos, false, false, out);
}

// The grammar of written numbers: groups below a thousand ("nine hundred
// and ninety-nine") joined by descending scales ("two million three
// hundred thousand"), with "and" after a hundred or a scale, and a hyphen
// only between tens and units.
bool ParseNumberWords(std::string_view text, size_t pos, NumberMatch* out) {
  size_t e = 0;
  const LexEntry* first = LexAt(text, pos, &e);
  if (first == nullptr) return false;

  // Fixed phrases first.
  auto next_word = [&](size_t from, size_t* we) -> const LexEntry* {
    size_t b = SkipHSpace(text, from);
    if (b == from) return nullptr;
    return LexAt(text, b, we);
  };
  switch (first->kind) {
    case Lex::kVague: {
      // "tens of thousands", "hundreds of thousands", "tens of millions".
      size_t of_end = 0, big_end = 0;
      const LexEntry* of = next_word(e, &of_end);
      if (of != nullptr && of->kind == Lex::kOf) {
        const LexEntry* big = next_word(of_end, &big_end);
        if (big != nullptr && big->kind == Lex::kVague && big->value > first->value &&
            big->value >= 1000) {
          return Finish(first->value * big->value, big_end - pos, true, true, out);
        }
      }
      return Finish(first->value, e - pos, true, true, out);
    }
    case Lex::kHalf: {  // "half a dozen"
      size_t a_end = 0, d_end = 0;
      const LexEntry* a = next_word(e, &a_end);
      if (a == nullptr || a->kind != Lex::kA) return false;
      const LexEntry* d = next_word(a_end, &d_end);
      if (d == nullptr || d->kind != Lex::kDozen) return false;
      return Finish(6, d_end - pos, false, true, out, true);
    }
    case Lex::kSeveral: {  // "several hundred", "several dozen"
      size_t s_end = 0;
      const LexEntry* s = next_word(e, &s_end);
      if (s == nullptr || (s->kind != Lex::kScale && s->kind != Lex::kHundred &&
                           s->kind != Lex::kDozen)) {
        // "several" alone: at least three, read like "dozens" (its least).
        return Finish(first->value, e - pos, true, true, out);
      }
      return Finish(first->value * s->value, s_end - pos, false, true, out, true);
    }
    case Lex::kA: {
      size_t w_end = 0;
      const LexEntry* w = next_word(e, &w_end);
      if (w == nullptr) return false;
      if (w->kind == Lex::kDozen || w->kind == Lex::kRough) {
        // "a few hundred", "a couple of thousand" are rough multiples.
        if (w->kind == Lex::kRough && w->value != 5) {
          size_t s_end = 0, of_end = 0;
          const LexEntry* s = next_word(w_end, &s_end);
          if (s != nullptr && s->kind == Lex::kOf) {
            const LexEntry* t = next_word(s_end, &of_end);
            if (t != nullptr && t->kind == Lex::kScale) {
              s = t;
              s_end = of_end;
            } else {
              s = nullptr;
            }
          }
          if (s != nullptr && (s->kind == Lex::kScale || s->kind == Lex::kHundred ||
                               s->kind == Lex::kDozen)) {
            return Finish(w->value * s->value, s_end - pos, false, true, out, true);
          }
        }
        return Finish(w->value, w_end - pos, false, true, out, true);
      }
      if (w->kind != Lex::kHundred && w->kind != Lex::kScale) return false;
      break;  // "a hundred", "a thousand": the grammar below, as "one".
    }
    case Lex::kUnit:
    case Lex::kTeen:
    case Lex::kTens:
      break;
    default:
      return false;
  }

  enum class Last { kStart, kUnit, kTeen, kTens, kHundred, kScale };
  Last last = Last::kStart;
  int64_t total = 0;
  int64_t group = 0;
  int64_t last_scale = INT64_MAX;
  bool group_has_hundred = false;
  size_t committed = pos;
  size_t p = pos;
  bool pending_and = false;
  bool after_hyphen = false;
  bool rough = false;
  for (int words = 0; words < kMaxNumberWords; ++words) {
    size_t we = 0;
    const LexEntry* x = LexAt(text, p, &we);
    if (x == nullptr) break;
    bool ok = false;
    switch (x->kind) {
      case Lex::kA:
        if (last == Last::kStart && !after_hyphen) {
          group = 1;
          last = Last::kUnit;
          // Not committed: "a" alone is not a number.
          p = we;
          size_t b = SkipHSpace(text, p);
          if (b == p) return false;
          p = b;
          continue;
        }
        break;
      case Lex::kUnit:
        if (last == Last::kStart || last == Last::kTens || last == Last::kHundred ||
            last == Last::kScale) {
          group += x->value;
          last = Last::kUnit;
          ok = true;
        }
        break;
      case Lex::kTeen:
      case Lex::kTens:
        if (!after_hyphen && (last == Last::kStart || last == Last::kHundred || last == Last::kScale)) {
          group += x->value;
          last = x->kind == Lex::kTeen ? Last::kTeen : Last::kTens;
          ok = true;
        }
        break;
      case Lex::kHundred:
        if (!after_hyphen && !pending_and && !group_has_hundred &&
            (last == Last::kUnit || last == Last::kTeen || last == Last::kTens) && group > 0 &&
            group < 100) {
          group *= 100;
          group_has_hundred = true;
          last = Last::kHundred;
          ok = true;
        }
        break;
      case Lex::kScale:
        if (!after_hyphen && !pending_and && last != Last::kStart && last != Last::kScale &&
            group > 0 && x->value < last_scale) {
          total += group * x->value;
          group = 0;
          group_has_hundred = false;
          last_scale = x->value;
          last = Last::kScale;
          ok = true;
        }
        break;
      case Lex::kAnd:
        if (!after_hyphen && !pending_and && (last == Last::kHundred || last == Last::kScale)) {
          pending_and = true;
          size_t b = SkipHSpace(text, we);
          if (b == we) goto done;
          p = b;
          continue;
        }
        break;
      case Lex::kDozen:  // "two dozen"
        if (!after_hyphen && !pending_and && total == 0 &&
            (last == Last::kUnit || last == Last::kTeen || last == Last::kTens)) {
          group *= 12;
          rough = true;
          committed = we;
          goto done;
        }
        break;
      default:
        break;
    }
    if (!ok) break;
    if (pending_and && x->kind != Lex::kUnit && x->kind != Lex::kTeen && x->kind != Lex::kTens) break;
    pending_and = false;
    committed = we;
    after_hyphen = false;
    // Separator to the next word.
    if (ByteAt(text, we) == '-' && last == Last::kTens) {
      size_t ue = 0;
      const LexEntry* u = LexAt(text, we + 1, &ue);
      if (u != nullptr && u->kind == Lex::kUnit && u->value != 0) {
        p = we + 1;
        after_hyphen = true;
        continue;
      }
      break;
    }
    size_t b = SkipHSpace(text, we);
    if (b == we) break;
    p = b;
  }
done:
  if (committed == pos) return false;
  return Finish(total + group, committed - pos, false, true, out, rough);
}

}  // namespace

bool ParseNumberAt(std::string_view text, size_t pos, NumberMatch* out) {
  if (pos >= text.size() || out == nullptr) return false;
  if (WordCharBefore(text, pos)) return false;
  unsigned char c = ByteAt(text, pos);
  if (IsDigit(c)) return ParseDigits(text, pos, out);
  if (IsAlpha(c)) return ParseNumberWords(text, pos, out);
  return false;
}

// ---------------------------------------------------------------------------
// FindQuantities

namespace {

// --- Context word lists (lower case, sorted) ---------------------------------

constexpr std::array<std::string_view, 24> kMonths = {
    "apr", "april", "aug", "august", "dec", "december", "feb", "february",
    "jan", "january", "jul", "july", "jun", "june", "mar", "march",
    "may", "nov", "november", "oct", "october", "sep", "sept", "september"};

// Capitalised, so that "may" and "march" the verbs are not months.
bool IsMonth(std::string_view w) {
  return !w.empty() && text_internal::IsUpper(static_cast<unsigned char>(w[0])) &&
         InList(w, kMonths);
}

// Words after which a 4-digit number from 1900 to 2100 is a year: "in
// 2022", "since early 2022", and determiners before a year used as an
// adjective ("the 2022 invasion", "his 2024 book").
constexpr std::array<std::string_view, 34> kYearPrepositions = {
    "a",      "after", "autumn", "before", "between", "by",     "during", "early", "fall",
    "from",   "her",   "his",    "in",     "its",     "last",   "late",   "mid",   "my",
    "next",   "of",    "our",    "since",  "spring",  "summer", "that",   "the",   "their",
    "this",   "through", "till", "until",  "winter",  "year",   "years"};
static_assert(std::is_sorted(kYearPrepositions.begin(), kYearPrepositions.end()));

// Units after a number that make it a measure, a duration, money, a
// percentage or a time of day rather than a count.
constexpr std::array<std::string_view, 103> kUnits = {
    "acre", "acres", "am", "bn", "cent", "centimeters", "centimetres", "centuries", "century",
    "cm", "day", "days", "decade", "decades", "degree", "degrees", "dinar", "dinars", "dollar",
    "dollars", "est", "et", "euro", "euros", "feet", "foot", "ft", "g", "gmt", "gram", "grams",
    "hectare", "hectares", "hour", "hours", "hr", "hrs", "inch", "inches", "ist", "kg", "kilogram",
    "kilograms", "kilometer", "kilometers", "kilometre", "kilometres", "km", "kms", "kph", "lb",
    "lbs", "liters", "litres", "meter", "meters", "metre", "metres", "mi", "mile", "miles",
    "millimeters", "min", "mins", "minute", "minutes", "mm", "month", "months", "mph", "naira",
    "night", "nights", "pct", "per", "percent", "percentage", "peso", "pesos", "pm", "pound",
    "pounds", "rouble", "roubles", "ruble", "rubles", "rupee", "rupees", "sec", "second",
    "seconds", "shekel", "shekels", "sq", "square", "ton", "tonne", "tonnes", "tons", "usd",
    "utc", "week", "weeks"};
// ("year"/"years"/"yen"/"yuan"/"yr"/"yrs" are appended below to keep the
// array readable; see IsUnit.)
constexpr std::array<std::string_view, 6> kUnitsY = {"year", "years", "yen", "yr", "yrs", "yuan"};

static_assert(std::is_sorted(kMonths.begin(), kMonths.end()));
static_assert(std::is_sorted(kUnits.begin(), kUnits.end()));
static_assert(std::is_sorted(kUnitsY.begin(), kUnitsY.end()));

bool IsUnit(std::string_view w) { return InList(w, kUnits) || InList(w, kUnitsY); }

// Nouns that introduce an identifier: "Article 370", "Flight 17".
constexpr std::array<std::string_view, 20> kIdNouns = {
    "airbus", "apollo", "article", "block", "boeing", "chapter", "flight", "gate", "highway",
    "level", "page", "phase", "platform", "resolution", "room", "route", "section", "sector",
    "terminal", "track"};

// Before "one": a pronoun, not a count ("no one", "the one who").
constexpr std::array<std::string_view, 8> kPronounOne = {"any", "each", "every", "no", "that",
                                                         "the", "this", "which"};

// Before "scores", "tens": a determiner means the noun ("their scores").
constexpr std::array<std::string_view, 13> kNounDeterminers = {
    "final", "her", "high", "his", "its", "low", "my", "our", "test", "the", "their", "these",
    "your"};

static_assert(std::is_sorted(kIdNouns.begin(), kIdNouns.end()));
static_assert(std::is_sorted(kPronounOne.begin(), kPronounOne.end()));
static_assert(std::is_sorted(kNounDeterminers.begin(), kNounDeterminers.end()));

bool IsOneOfLower(std::string_view w, std::string_view a) { return LowerWord(w).view() == a; }

// --- Bound phrases -------------------------------------------------------------

enum class Bound {
  kNone,
  kAtLeast,   // min N, best N
  kMoreThan,  // min N+1, best N
  kAtMost,    // max N, best N
  kLessThan,  // max N-1, best N-1
  kAbout,     // best N
};

struct BoundPhrase {
  std::array<std::string_view, 3> words;  // in reading order, lower case
  size_t count;
  Bound bound;
};

constexpr BoundPhrase kPrefixBounds[] = {
    {{"at", "least"}, 2, Bound::kAtLeast},
    {{"no", "fewer", "than"}, 3, Bound::kAtLeast},
    {{"no", "less", "than"}, 3, Bound::kAtLeast},
    {{"not", "less", "than"}, 3, Bound::kAtLeast},
    {{"a", "minimum", "of"}, 3, Bound::kAtLeast},
    {{"as", "few", "as"}, 3, Bound::kAtLeast},
    {{"more", "than"}, 2, Bound::kMoreThan},
    {{"well", "over"}, 2, Bound::kMoreThan},
    {{"just", "over"}, 2, Bound::kMoreThan},
    {{"over"}, 1, Bound::kMoreThan},
    {{"above"}, 1, Bound::kMoreThan},
    {{"upwards", "of"}, 2, Bound::kMoreThan},
    {{"in", "excess", "of"}, 3, Bound::kMoreThan},
    {{"greater", "than"}, 2, Bound::kMoreThan},
    {{"nearly"}, 1, Bound::kAtMost},
    {{"almost"}, 1, Bound::kAtMost},
    {{"up", "to"}, 2, Bound::kAtMost},
    {{"as", "many", "as"}, 3, Bound::kAtMost},
    {{"close", "to"}, 2, Bound::kAtMost},
    {{"at", "most"}, 2, Bound::kAtMost},
    {{"no", "more", "than"}, 3, Bound::kAtMost},
    {{"not", "more", "than"}, 3, Bound::kAtMost},
    {{"a", "maximum", "of"}, 3, Bound::kAtMost},
    {{"less", "than"}, 2, Bound::kLessThan},
    {{"fewer", "than"}, 2, Bound::kLessThan},
    {{"just", "under"}, 2, Bound::kLessThan},
    {{"under"}, 1, Bound::kLessThan},
    {{"below"}, 1, Bound::kLessThan},
    {{"about"}, 1, Bound::kAbout},
    {{"around"}, 1, Bound::kAbout},
    {{"some"}, 1, Bound::kAbout},
    {{"roughly"}, 1, Bound::kAbout},
    {{"approximately"}, 1, Bound::kAbout},
    {{"an", "estimated"}, 2, Bound::kAbout},
    {{"estimated"}, 1, Bound::kAbout},
    {{"approx"}, 1, Bound::kAbout},
    {{"circa"}, 1, Bound::kAbout},
    {{"perhaps"}, 1, Bound::kAbout},
};

// Up to three words before `pos`, nearest first, each lowered; the
// separators must be horizontal space.
struct PrevWords {
  std::array<LowerWord, 3> words;
  std::array<size_t, 3> begins{};
  size_t count = 0;
};

PrevWords CollectPrevWords(std::string_view text, size_t pos, size_t floor) {
  PrevWords pw;
  size_t p = pos;
  for (size_t k = 0; k < 3; ++k) {
    size_t e = p;
    while (e > floor && (ByteAt(text, e - 1) == ' ' || ByteAt(text, e - 1) == '\t')) --e;
    if (e == p) break;  // words must be separated by space
    size_t b = e;
    while (b > floor && IsAlpha(ByteAt(text, b - 1)) && e - b <= kMaxLexWord) --b;
    if (b == e || e - b > kMaxLexWord || WordCharBefore(text, b)) break;
    pw.words[k] = LowerWord(text.substr(b, e - b));
    pw.begins[k] = b;
    pw.count = k + 1;
    p = b;
  }
  return pw;
}

Bound MatchPrefix(const PrevWords& pw, size_t* begin) {
  const BoundPhrase* best = nullptr;
  for (const BoundPhrase& bp : kPrefixBounds) {
    if (bp.count > pw.count) continue;
    bool match = true;
    for (size_t k = 0; k < bp.count && match; ++k) {
      // bp.words[count-1-k] is the k-th word before the number.
      match = pw.words[k].view() == bp.words[bp.count - 1 - k];
    }
    if (match && (best == nullptr || bp.count > best->count)) best = &bp;
  }
  if (best == nullptr) return Bound::kNone;
  *begin = pw.begins[best->count - 1];
  return best->bound;
}

// Bound words after the number ending at `e`: "or more", "-plus", "+",
// "or so", "-odd", "or fewer". *end receives the phrase end.
Bound MatchSuffix(std::string_view text, size_t e, size_t* end) {
  unsigned char c = ByteAt(text, e);
  if (c == '+' && WordCharLength(text, e + 1) == 0) {
    *end = e + 1;
    return Bound::kMoreThan;
  }
  if (c == '-') {
    std::string_view w = WholeWordAt(text, e + 1);
    if (IsOneOfLower(w, "plus")) {
      *end = e + 1 + w.size();
      return Bound::kMoreThan;
    }
    if (IsOneOfLower(w, "odd")) {
      *end = e + 1 + w.size();
      return Bound::kAbout;
    }
    return Bound::kNone;
  }
  size_t b = SkipHSpace(text, e);
  if (b == e) return Bound::kNone;
  std::string_view w1 = WholeWordAt(text, b);
  if (IsOneOfLower(w1, "plus")) {
    *end = b + w1.size();
    return Bound::kMoreThan;
  }
  if (!IsOneOfLower(w1, "or")) return Bound::kNone;
  size_t b2 = SkipHSpace(text, b + w1.size());
  if (b2 == b + w1.size()) return Bound::kNone;
  std::string_view w2 = WholeWordAt(text, b2);
  LowerWord l2(w2);
  Bound bound = Bound::kNone;
  if (l2.view() == "more" || l2.view() == "above" || l2.view() == "over") bound = Bound::kAtLeast;
  if (l2.view() == "so") bound = Bound::kAbout;
  if (l2.view() == "fewer" || l2.view() == "less") bound = Bound::kAtMost;
  if (bound != Bound::kNone) *end = b2 + w2.size();
  return bound;
}

// --- Numbers as found ------------------------------------------------------------

struct Found {
  size_t begin = 0;
  size_t end = 0;
  NumberMatch m;
  bool digits = false;
};

// End of the numeric token from a digit: digits, letters, and inner
// . , : / followed by a digit ("11:50", "3.5", "1/8", "1.2.3").
size_t NumericTokenEnd(std::string_view text, size_t i) {
  while (i < text.size()) {
    if (WordCharLength(text, i) != 0) {
      i += WordCharLength(text, i);
      continue;
    }
    unsigned char c = ByteAt(text, i);
    if ((c == '.' || c == ',' || c == ':' || c == '/') && IsDigit(ByteAt(text, i + 1))) {
      ++i;
      continue;
    }
    break;
  }
  return i;
}

size_t WordEnd(std::string_view text, size_t i) {
  size_t l;
  while ((l = WordCharLength(text, i)) != 0) i += l;
  return i;
}

// A number (digits or words) at i that is a whole token; false otherwise.
bool NumberAt(std::string_view text, size_t i, Found* f, size_t* skip_to) {
  bool digits = IsDigit(ByteAt(text, i));
  size_t tok_end = digits ? NumericTokenEnd(text, i) : WordEnd(text, i);
  *skip_to = std::max(tok_end, i + 1);
  NumberMatch m;
  if (!ParseNumberAt(text, i, &m)) return false;
  if (i + m.length < tok_end) return false;  // "11:50", "1/8"
  f->begin = i;
  f->end = i + m.length;
  f->m = m;
  f->digits = digits;
  *skip_to = f->end;
  return true;
}

// Count of plain digits (no separators) in [b, e), or 0 if it has any
// non-digit.
size_t PlainDigits(std::string_view text, size_t b, size_t e) {
  for (size_t k = b; k < e; ++k) {
    if (!IsDigit(ByteAt(text, k))) return 0;
  }
  return e - b;
}

bool IsYearShaped(std::string_view text, const Found& f) {
  return f.digits && PlainDigits(text, f.begin, f.end) == 4 && f.m.value >= 1900 &&
         f.m.value <= 2100;
}

bool IsDayShaped(std::string_view text, const Found& f) {
  size_t d = PlainDigits(text, f.begin, f.end);
  return f.digits && d >= 1 && d <= 2 && f.m.value >= 1 && f.m.value <= 31;
}

constexpr std::string_view kEnDash = "\xE2\x80\x93";

bool DashAt(std::string_view text, size_t i, size_t* len) {
  if (ByteAt(text, i) == '-') {
    *len = 1;
    return true;
  }
  if (text.size() - std::min(i, text.size()) >= 3 && text.compare(i, 3, kEnDash) == 0) {
    *len = 3;
    return true;
  }
  return false;
}

// The code point ending just before i (0 if none).
uint32_t CodePointBefore(std::string_view text, size_t i) {
  if (i == 0) return 0;
  size_t start = text_internal::PrevCodePointStart(text, i);
  size_t p = start;
  uint32_t cp = DecodeUtf8(text, &p);
  return p == i ? cp : 0xFFFD;
}

bool IsCurrencySign(uint32_t cp) {
  return cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5 || cp == 0x20B9 || cp == 0x20BD ||
         cp == 0x20A6 || cp == 0x20AA;  // $ € £ ¥ ₹ ₽ ₦ ₪
}

class QuantityFinder {
 public:
  explicit QuantityFinder(std::string_view text) : text_(text) {}

  std::vector<Quantity> Run() {
    const size_t n = text_.size();
    size_t i = 0;
    while (i < n) {
      unsigned char c = ByteAt(text_, i);
      if (!IsAlnum(c)) {
        ++i;
        continue;
      }
      if (WordCharBefore(text_, i)) {  // inside a word that began non-ASCII
        i = WordEnd(text_, i);
        continue;
      }
      Found f;
      size_t skip_to = i + 1;
      if (!NumberAt(text_, i, &f, &skip_to)) {
        i = skip_to;
        continue;
      }
      i = Consider(f);
    }
    return std::move(out_);
  }

 private:
  // Decides on the number f; returns where scanning resumes.
  size_t Consider(const Found& f) {
    // Hyphenated digit chains: a range "30-40" or a phone/score "2-1".
    size_t dl = 0;
    if (f.digits && DashAt(text_, f.end, &dl) && IsDigit(ByteAt(text_, f.end + dl))) {
      Found g;
      size_t skip = 0;
      size_t chain_end = ChainEnd(f.end);
      // A plain run of four digits or more after the dash is a phone
      // number or a year span ("555-1234", "2010-2020"), not a count.
      if (NumberAt(text_, f.end + dl, &g, &skip) && g.digits && g.end == chain_end &&
          PlainDigits(text_, g.begin, g.end) < 4 &&
          g.m.value > f.m.value && !f.m.vague && Acceptable(f, f.end) &&
          Acceptable(g, g.end, /*after_dash=*/true) &&
          !ExcludedAfter(g.end)) {
        return EmitRange(f, g, f.begin);
      }
      return chain_end;
    }
    if (!Acceptable(f, f.end) || ExcludedAfter(f.end)) {
      if (IsYearShaped(text_, f)) year_end_ = f.end;
      // A range whose first half is excluded is skipped whole ("between
      // 2010 and 2020", "aged 20 to 30").
      Found g;
      size_t conn_end = 0;
      if (RangeSecond(f, &g, &conn_end)) return g.end;
      return f.end;
    }
    // Suffix bounds come before ranges: "115 or more" is not "115 or 116".
    size_t suffix_end = 0;
    Bound suffix = MatchSuffix(text_, f.end, &suffix_end);
    if (suffix == Bound::kNone && !f.m.vague) {
      Found g;
      size_t conn_end = 0;
      if (RangeSecond(f, &g, &conn_end)) {
        // "5 to 10 years": the unit makes both halves a measure.
        if (ExcludedAfter(g.end)) return g.end;
      }
      if (RangeSecond(f, &g, &conn_end) && Acceptable(g, g.end)) {
        size_t begin = f.begin;
        size_t pb = 0;
        PrevWords pw = CollectPrevWords(text_, f.begin, last_end_);
        if (pw.count > 0 && pw.words[0].view() == "between") begin = pw.begins[0];
        else if (MatchPrefix(pw, &pb) == Bound::kAbout) begin = pb;
        return EmitRange(f, g, begin);
      }
    }
    // Prefix bounds.
    size_t begin = f.begin;
    Bound bound = Bound::kNone;
    if (!f.m.vague) {
      PrevWords pw = CollectPrevWords(text_, f.begin, last_end_);
      size_t pb = 0;
      bound = MatchPrefix(pw, &pb);
      if (bound != Bound::kNone) begin = pb;
    }
    size_t end = f.end;
    if (bound == Bound::kNone && suffix != Bound::kNone && !f.m.vague) {
      bound = suffix;
      end = suffix_end;
    }
    Quantity q;
    const int64_t v = f.m.value;
    const bool rough = f.m.rough;
    if (f.m.vague) {
      q.best = q.min = v;
      q.vague = true;
    } else {
      switch (bound) {
        case Bound::kNone:
          q.best = v;
          if (!rough) q.min = q.max = v;
          break;
        case Bound::kAtLeast:
          q.best = q.min = v;
          break;
        case Bound::kMoreThan:
          q.best = v;
          q.min = v + 1;
          break;
        case Bound::kAtMost:
          q.best = q.max = v;
          break;
        case Bound::kLessThan:
          if (v >= 2) {
            q.best = q.max = v - 1;
          } else {  // "under one roof": the bound word is not ours
            q.best = v;
            q.min = q.max = v;
            begin = f.begin;
          }
          break;
        case Bound::kAbout:
          q.best = v;
          break;
      }
    }
    Emit(begin, end, std::move(q));
    return end;
  }

  // End of a chain of digit groups joined by dashes from `i` (at a dash).
  size_t ChainEnd(size_t i) const {
    size_t dl = 0;
    while (DashAt(text_, i, &dl) && IsDigit(ByteAt(text_, i + dl))) {
      i = NumericTokenEnd(text_, i + dl);
    }
    return i;
  }

  // The second number of "N to M", "N or M", "N and M" (after "between").
  bool RangeSecond(const Found& f, Found* g, size_t* conn_end) const {
    size_t b = SkipHSpace(text_, f.end);
    if (b == f.end) return false;
    std::string_view conn = WholeWordAt(text_, b);
    LowerWord lc(conn);
    bool between = false;
    if (lc.view() == "and") {
      size_t pb = 0;
      std::string_view prev = WordBefore(text_, f.begin, &pb);
      between = IsOneOfLower(prev, "between");
      if (!between) return false;
    } else if (lc.view() == "to") {
      size_t pb = 0;
      std::string_view prev = WordBefore(text_, f.begin, &pb);
      if (IsOneOfLower(prev, "from")) return false;  // "rose from 30 to 40"
    } else if (lc.view() != "or") {
      return false;
    }
    size_t c = SkipHSpace(text_, b + conn.size());
    if (c == b + conn.size() || c >= text_.size() || !IsAlnum(ByteAt(text_, c))) return false;
    size_t skip = 0;
    if (!NumberAt(text_, c, g, &skip)) return false;
    if (g->m.vague || g->m.value <= f.m.value || g->digits != f.digits) return false;
    *conn_end = c;
    return true;
  }

  size_t EmitRange(const Found& f, const Found& g, size_t begin) {
    Quantity q;
    q.best = f.m.value;
    q.min = f.m.value;
    q.max = g.m.value;
    Emit(begin, g.end, std::move(q));
    return g.end;
  }

  void Emit(size_t begin, size_t end, Quantity q) {
    if (begin < last_end_) begin = last_end_;
    q.span = TextSpan{begin, end};
    q.text.assign(text_.data() + begin, end - begin);
    out_.push_back(std::move(q));
    last_end_ = end;
  }

  // Checks everything before the number and its shape. False: not a count.
  // `after_dash`: f is the second half of "30-40", already joined.
  bool Acceptable(const Found& f, size_t end, bool after_dash = false) {
    const size_t b = f.begin;
    // Glued to an alphanumeric by a dash, slash or dot: "F-16", "COVID-19".
    if (b >= 2 && !after_dash) {
      unsigned char p = ByteAt(text_, b - 1);
      if ((p == '-' || p == '/' || p == '.' || p == '_') && WordCharBefore(text_, b - 1)) return false;
    }
    uint32_t before = CodePointBefore(text_, b);
    if (before == '#' || before == '+' || before == '@' || IsCurrencySign(before)) return false;
    if (before == 0x2013 && !after_dash && WordCharBefore(text_, b - 3)) return false;
    // Currency after a space: "$ 5", "Rs 500", "USD 5".
    size_t sb = SkipSpaceBack(text_, b);
    if (sb < b && IsCurrencySign(CodePointBefore(text_, sb))) return false;
    // Gallery counters and fractions "1 / 8".
    if (sb > 0 && ByteAt(text_, sb - 1) == '/' ) return false;
    if (f.digits) {
      size_t plain = PlainDigits(text_, f.begin, f.end);
      // Leading zero ("0350 GMT", "007") or a long run ("5551234").
      if (ByteAt(text_, b) == '0' && IsDigit(ByteAt(text_, b + 1))) return false;
      if (plain > kMaxPlainDigits) return false;
      // Phone-like groups: "555 1234", "20 7946 0958".
      size_t a = SkipHSpace(text_, end);
      if (plain > 0 && a > end && IsDigit(ByteAt(text_, a))) {
        size_t e2 = NumericTokenEnd(text_, a);
        if (PlainDigits(text_, a, e2) >= 3) return false;
      }
      if (plain > 0 && sb < b && sb > 0 && IsDigit(ByteAt(text_, sb - 1)) && plain >= 3) {
        // "555 1234": the second group.
        if (HSpaceLength(text_, sb) > 0) return false;
      }
    }
    size_t wb = 0;
    std::string_view prev = WordBefore(text_, b, &wb);
    LowerWord lp(prev);
    std::string_view lpv = lp.view();
    if (!lpv.empty()) {
      if (lpv == "aged" || lpv == "age" || lpv == "ages") return false;
      if (lpv == "rs" || lpv == "usd" || lpv == "eur" || lpv == "gbp" || lpv == "inr" ||
          lpv == "us") {
        return false;
      }
      if (InList(prev, kIdNouns)) return false;
    }
    // "No. 5": the word before is followed by a dot.
    if (f.digits && sb > 0 && ByteAt(text_, sb - 1) == '.') {
      size_t nb = 0;
      std::string_view w = WordBefore(text_, sb - 1, &nb);
      if (IsOneOfLower(w, "no") || IsOneOfLower(w, "nos")) return false;
      if (IsDayShaped(text_, f) && IsMonth(w)) return false;  // "Aug. 26"
    }
    if (f.digits) {
      // Dates: "March 22", "22 March", "March 22, 2024", "October 2002".
      if (IsMonth(prev) && (IsDayShaped(text_, f) || IsYearShaped(text_, f))) return false;
      if (IsDayShaped(text_, f)) {
        size_t we = 0;
        std::string_view next = WordAfter(text_, end, &we);
        if (IsMonth(next) && SkipHSpace(text_, end) > end) return false;
        if (IsOneOfLower(next, "of")) {
          std::string_view next2 = WordAfter(text_, we, &we);
          if (IsMonth(next2)) return false;  // "22 of March"
        }
      }
      if (IsYearShaped(text_, f)) {
        if (InList(prev, kYearPrepositions)) return false;
        // "March 22, 2024".
        if (sb > 0 && ByteAt(text_, sb - 1) == ',') {
          size_t d = sb - 1;
          size_t de = d;
          while (d > 0 && IsDigit(ByteAt(text_, d - 1))) --d;
          if (de - d >= 1 && de - d <= 2) return false;
        }
        // A year naming an event in a heading: "2018 Ouagadougou attacks: 30
        // people were killed".
        {
          size_t we = 0;
          std::string_view next = WordAfter(text_, end, &we);
          if (!next.empty() && next[0] >= 'A' && next[0] <= 'Z') {
            std::string_view rest = text_.substr(end, std::min<size_t>(80, text_.size() - end));
            size_t colon = rest.find(':');
            if (colon != std::string_view::npos &&
                rest.substr(0, colon).find_first_of(".;0123456789") == std::string_view::npos) {
              return false;
            }
          }
        }
        // "2022's", "2022’s".
        if ((ByteAt(text_, end) == '\'' && (ByteAt(text_, end + 1) == 's')) ||
            (text_.substr(end, 4) == "\xE2\x80\x99s")) {
          return false;
        }
        // The second year of "2010 to 2020", "2010 and 2020".
        if (year_end_ != 0 && year_end_ <= b) {
          size_t gap_end = 0;
          std::string_view conn = WordAfter(text_, year_end_, &gap_end);
          LowerWord lc(conn);
          if ((lc.view() == "to" || lc.view() == "and" || lc.view() == "or" ||
               lc.view() == "through") &&
              SkipSpaceFwd(text_, gap_end) == b) {
            year_end_ = end;
            return false;
          }
        }
      }
    }
    if (f.m.word && f.m.value == 1 && f.end - f.begin == 3) {  // "one"
      if (InList(prev, kPronounOne)) return false;
      size_t we = 0;
      std::string_view next = WordAfter(text_, end, &we);
      if (IsOneOfLower(next, "another")) return false;
    }
    if (f.m.vague && InList(prev, kNounDeterminers)) return false;
    // A capitalised number word after a capitalised word is part of a name:
    // "Air Force One", "Formula One".
    if (f.m.word && text_internal::IsUpper(ByteAt(text_, b)) && !prev.empty() &&
        wb + prev.size() + 1 == b && ByteAt(text_, b - 1) == ' ' &&
        text_internal::IsUpper(static_cast<unsigned char>(prev[0]))) {
      return false;
    }
    return true;
  }

  // Checks what follows the number ending at `end`. True: not a count.
  bool ExcludedAfter(size_t end) {
    unsigned char c = ByteAt(text_, end);
    // Compound modifiers: "77-year-old", "two-day", "12-member".
    size_t dl = 0;
    if (DashAt(text_, end, &dl) && WordCharLength(text_, end + dl) != 0 &&
        !IsDigit(ByteAt(text_, end + dl))) {
      std::string_view w = WholeWordAt(text_, end + dl);
      if (!(IsOneOfLower(w, "plus") || IsOneOfLower(w, "odd"))) return true;
    }
    if (c == ':' && IsDigit(ByteAt(text_, end + 1))) return true;  // "11:50"
    size_t a = SkipHSpace(text_, end);
    unsigned char ca = ByteAt(text_, a);
    if (ca == '%') return true;
    if (text_.substr(a, 2) == "\xC2\xB0") return true;  // °
    if (ca == '/' && IsDigit(ByteAt(text_, SkipHSpace(text_, a + 1)))) return true;  // "1 / 8"
    // "a.m.", "p.m.", "o'clock".
    if ((ca == 'a' || ca == 'p' || ca == 'A' || ca == 'P') && ByteAt(text_, a + 1) == '.' &&
        (ByteAt(text_, a + 2) == 'm' || ByteAt(text_, a + 2) == 'M')) {
      return true;
    }
    std::string_view w = WholeWordAt(text_, a);
    if (w.empty()) return false;
    if (IsOneOfLower(w, "o") && (ByteAt(text_, a + 1) == '\'' || text_.substr(a + 1, 3) == "\xE2\x80\x99")) {
      return true;
    }
    // "5 million dollars": the scale word is part of the number already.
    if (IsUnit(w)) return true;
    // "hundreds of miles", "thousands of dollars".
    if (IsOneOfLower(w, "of")) {
      size_t we = 0;
      std::string_view w2 = WordAfter(text_, a + w.size(), &we);
      if (IsUnit(w2)) return true;
    }
    return false;
  }

  std::string_view text_;
  std::vector<Quantity> out_;
  size_t last_end_ = 0;
  size_t year_end_ = 0;
};

}  // namespace

std::vector<Quantity> FindQuantities(std::string_view text) {
  return QuantityFinder(text).Run();
}

}  // namespace dateline
