// Copyright 2026 The Dateline Authors.
//
// Sentence splitting and tokenization, each one left-to-right pass over
// the bytes with no copies of the text.
//
// A sentence ends
//   - after a run of terminators (. ! ? … and "..."), plus any closing
//     quotes and brackets that follow it (`.”` ends after the ”), when
//     whitespace or the end of the text follows and the next word does not
//     start with a lower-case letter; a single '.' is then checked against
//     the word it ends: titles ("Gen.", "St.") never end a sentence, month
//     abbreviations and "No." do not before a digit, initials ("Sundarraj
//     P.", "U.S.") and "a.m."/"p.m." do only before a word that commonly
//     opens a sentence ("The", "He", ...); an ellipsis inside a quotation
//     never ends one;
//   - at a blank line (paragraphs are joined by one), and at a single
//     newline unless the next line starts lower case (a wrapped line).
//
// Tested by sentences_test.cc; fuzzed by fuzz/numbers_fuzzer.cc.

#include "text/sentences.h"

#include <string_view>

#include "text/chars.h"
#include "util/strings.h"
#include "util/utf8.h"

namespace dateline {

using text_internal::ByteAt;
using text_internal::IsAlnum;
using text_internal::IsAlpha;
using text_internal::IsDigit;
using text_internal::IsLower;
using text_internal::IsUpper;
using text_internal::WordCharBefore;
using text_internal::WordCharLength;

namespace {

// UTF-8 of the marks the splitter looks at.
constexpr std::string_view kLeftDoubleQuote = "\xE2\x80\x9C";   // “
constexpr std::string_view kRightDoubleQuote = "\xE2\x80\x9D";  // ”
constexpr std::string_view kRightSingleQuote = "\xE2\x80\x99";  // ’
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";          // …

bool At(std::string_view text, size_t i, std::string_view what) {
  return text.size() - i >= what.size() && text.compare(i, what.size(), what) == 0;
}

bool OneOf(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list) {
    if (w == word) return true;
  }
  return false;
}

// Abbreviations after which no sentence ends: a name always follows.
bool IsTitle(std::string_view w) {
  return OneOf(w, {"Gen", "Lt", "Col", "Maj", "Sgt", "Dr", "Mr", "Mrs", "Ms", "St", "Gov", "Sen",
                   "Rep", "Pres", "Prof", "Capt", "Cmdr", "Adm", "Brig", "Cpl", "Pvt", "Rev",
                   "Mt", "Ft", "Supt", "Insp", "Hon", "Messrs", "vs"});
}

bool IsMonthAbbrev(std::string_view w) {
  return OneOf(w, {"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov",
                   "Dec"});
}

// Capitalised words that commonly open a sentence: after an initial
// ("U.S.") they mean the initial ended the sentence.
bool IsSentenceStarter(std::string_view w) {
  return OneOf(w, {"The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "In", "On",
                   "At", "But", "And", "This", "That", "These", "Those", "There", "His", "Her",
                   "Their", "Its", "Our", "After", "Before", "When", "While", "Some", "Many",
                   "No", "If", "As", "For", "Police", "Officials", "Authorities"});
}

// Words after "a.m."/"p.m." that continue the sentence ("10 p.m. Friday").
bool ContinuesTime(std::string_view w) {
  return OneOf(w, {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
                   "GMT", "UTC", "ET", "EST", "EDT", "PT", "PST", "PDT", "CT", "CST", "IST",
                   "BST", "CET", "MSK", "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December", "Jan",
                   "Feb", "Aug", "Sept", "Oct", "Nov", "Dec"});
}

// The ASCII-letter word starting at `pos` (stops at '.', so "U.S." gives "U").
std::string_view WordAt(std::string_view text, size_t pos) {
  size_t e = pos;
  while (e < text.size() && IsAlpha(ByteAt(text, e))) ++e;
  return text.substr(pos, e - pos);
}

// Shape of the dotted word that ends with the '.' at `dot`.
enum class DotWord {
  kOther,
  kTitle,      // Gen. St.
  kMonth,      // Aug.
  kNumberAbbr, // No.
  kInitial,    // P.  U.S.  U.N.
  kClock,      // a.m. p.m.
  kLatin,      // e.g. i.e.
};

DotWord ClassifyDotWord(std::string_view text, size_t dot) {
  // Scan back over letters and inner dots: "U.S", "p.m", "Gen".
  size_t b = dot;
  while (b > 0 && (IsAlpha(ByteAt(text, b - 1)) || (ByteAt(text, b - 1) == '.' && b >= 2 &&
                                                     IsAlpha(ByteAt(text, b - 2))))) {
    --b;
  }
  if (b == dot) return DotWord::kOther;
  if (WordCharBefore(text, b)) return DotWord::kOther;  // "3M." "Bījā."
  std::string_view w = text.substr(b, dot - b);
  if (w.find('.') == std::string_view::npos) {
    if (IsTitle(w)) return DotWord::kTitle;
    if (IsMonthAbbrev(w)) return DotWord::kMonth;
    if (w == "No" || w == "no" || w == "Nos") return DotWord::kNumberAbbr;
    if (w.size() == 1 && IsUpper(static_cast<unsigned char>(w[0]))) return DotWord::kInitial;
    return DotWord::kOther;
  }
  // Dotted: every part a single letter?
  for (size_t k = 0; k < w.size(); ++k) {
    bool letter_slot = (k % 2 == 0);
    if (letter_slot != IsAlpha(static_cast<unsigned char>(w[k]))) return DotWord::kOther;
  }
  if (w == "a.m" || w == "p.m" || w == "A.M" || w == "P.M") return DotWord::kClock;
  if (w == "e.g" || w == "i.e") return DotWord::kLatin;
  return DotWord::kInitial;
}

bool IsClosingMark(std::string_view text, size_t i, size_t* len) {
  unsigned char c = ByteAt(text, i);
  if (c == '"' || c == '\'' || c == ')' || c == ']') {
    *len = 1;
    return true;
  }
  if (At(text, i, kRightDoubleQuote) || At(text, i, kRightSingleQuote)) {
    *len = 3;
    return true;
  }
  return false;
}

// Skips whitespace (Unicode-aware) from `i`.
size_t SkipSpace(std::string_view text, size_t i) {
  while (i < text.size()) {
    size_t n = WhitespaceLength(text.substr(i));
    if (n == 0) break;
    i += n;
  }
  return i;
}

// True if the newline at text[i] ends a paragraph (or a line that is not
// continued by a lower-case word).
bool NewlineEndsSentence(std::string_view text, size_t i) {
  size_t j = i + 1;
  while (j < text.size()) {
    unsigned char c = ByteAt(text, j);
    if (c == '\n') return true;  // blank line
    size_t n = WhitespaceLength(text.substr(j));
    if (n == 0) break;
    j += n;
  }
  return j >= text.size() || !IsLower(ByteAt(text, j));
}

// Bytes the splitter stops at: newline, quotes, terminators, and 0xE2,
// the lead byte of “ ” and ….
struct InterestingBytes {
  bool table[256] = {};
  constexpr InterestingBytes() {
    for (unsigned char c : {'\n', '"', '.', '!', '?'}) table[c] = true;
    table[0xE2] = true;
  }
  constexpr bool operator[](unsigned char c) const { return table[c]; }
};
constexpr InterestingBytes kInteresting;

class Splitter {
 public:
  explicit Splitter(std::string_view text) : text_(text) {}

  std::vector<TextSpan> Run() {
    const size_t n = text_.size();
    const char* data = text_.data();
    size_t i = 0;
    while (i < n) {
      // Most bytes are none of the marks below: skip them in a tight loop.
      while (i < n && !kInteresting[static_cast<unsigned char>(data[i])]) ++i;
      if (i >= n) break;
      unsigned char c = ByteAt(text_, i);
      if (c == '\n') {
        if (NewlineEndsSentence(text_, i)) {
          Emit(i);
          quote_depth_ = 0;
          ascii_quote_open_ = false;
        }
        ++i;
        continue;
      }
      if (c == '"') {
        ascii_quote_open_ = !ascii_quote_open_;
        ++i;
        continue;
      }
      if (c != 0xE2) {
        if (c == '.' || c == '!' || c == '?') {
          i = Terminator(i);
        } else {
          ++i;
        }
        continue;
      }
      if (At(text_, i, kLeftDoubleQuote)) {
        ++quote_depth_;
        i += 3;
        continue;
      }
      if (At(text_, i, kRightDoubleQuote)) {
        if (quote_depth_ > 0) --quote_depth_;
        i += 3;
        continue;
      }
      if (At(text_, i, kEllipsis)) {
        i = Terminator(i);
        continue;
      }
      ++i;
    }
    Emit(n);
    return std::move(out_);
  }

 private:
  // Handles the run of terminators starting at `i`; returns where to go on.
  size_t Terminator(size_t i) {
    const size_t n = text_.size();
    size_t j = i;
    size_t dots = 0;
    bool ellipsis = false;
    bool other = false;  // ! or ?
    while (j < n) {
      unsigned char c = ByteAt(text_, j);
      if (c == '.') {
        ++dots;
        ++j;
      } else if (c == '!' || c == '?') {
        other = true;
        ++j;
      } else if (At(text_, j, kEllipsis)) {
        ellipsis = true;
        j += 3;
      } else {
        break;
      }
    }
    if (dots >= 2) ellipsis = true;
    const bool in_quote = quote_depth_ > 0 || ascii_quote_open_;
    // A single '.' inside a token ("3.5", "U.S", "example.com").
    if (j == i + 1 && dots == 1 && WordCharLength(text_, j) != 0) return j;
    // Closing marks belong to this sentence.
    size_t len = 0;
    while (IsClosingMark(text_, j, &len)) {
      if (text_[j] == '"') ascii_quote_open_ = false;
      if (len == 3 && At(text_, j, kRightDoubleQuote) && quote_depth_ > 0) --quote_depth_;
      j += len;
    }
    if (j < n && WhitespaceLength(text_.substr(j)) == 0) return j;
    size_t next = SkipSpace(text_, j);
    if (next >= n) return j;  // the final Emit takes it
    unsigned char nc = ByteAt(text_, next);
    if (IsLower(nc)) return j;
    if (ellipsis && in_quote) return j;
    if (!ellipsis && !other && dots == 1) {
      std::string_view next_word = WordAt(text_, next);
      switch (ClassifyDotWord(text_, i)) {
        case DotWord::kTitle:
        case DotWord::kLatin:
          return j;
        case DotWord::kMonth:
        case DotWord::kNumberAbbr:
          if (IsDigit(nc)) return j;
          break;
        case DotWord::kInitial:
          if (!IsSentenceStarter(next_word)) return j;
          break;
        case DotWord::kClock:
          if (next_word.empty() || ContinuesTime(next_word) || IsDigit(nc)) return j;
          break;
        case DotWord::kOther:
          break;
      }
    }
    Emit(j);
    return j;
  }

  void Emit(size_t end) {
    std::string_view s = TrimView(text_.substr(begin_, end - begin_));
    if (!s.empty()) {
      size_t b = static_cast<size_t>(s.data() - text_.data());
      out_.push_back(TextSpan{b, b + s.size()});
    }
    begin_ = end;
  }

  std::string_view text_;
  std::vector<TextSpan> out_;
  size_t begin_ = 0;
  int quote_depth_ = 0;
  bool ascii_quote_open_ = false;
};

}  // namespace

std::vector<TextSpan> SplitSentences(std::string_view text) { return Splitter(text).Run(); }

namespace {

bool IsApostrophe(std::string_view text, size_t i, size_t* len) {
  if (ByteAt(text, i) == '\'') {
    *len = 1;
    return true;
  }
  if (At(text, i, kRightSingleQuote)) {
    *len = 3;
    return true;
  }
  return false;
}

// Length of a ",ddd" thousands group at i (exactly three digits, then no
// digit), or 0.
bool ThousandsGroupAt(std::string_view text, size_t i) {
  return ByteAt(text, i) == ',' && IsDigit(ByteAt(text, i + 1)) && IsDigit(ByteAt(text, i + 2)) &&
         IsDigit(ByteAt(text, i + 3)) && !IsDigit(ByteAt(text, i + 4));
}

}  // namespace

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> out;
  out.reserve(text.size() / 5 + 1);
  const size_t n = text.size();
  size_t i = 0;
  while (i < n) {
    unsigned char c = ByteAt(text, i);
    size_t ws = (c == ' ' || c == '\n') ? 1 : (c < 0x80 && c > ' ') ? 0 : WhitespaceLength(text.substr(i));
    if (ws > 0) {
      i += ws;
      continue;
    }
    size_t wl = WordCharLength(text, i);
    if (wl == 0) {
      size_t pl = c < 0x80 ? 1 : Utf8SequenceLength(text.substr(i));
      if (pl == 0) pl = 1;
      out.push_back(Token{TextSpan{i, i + pl}, TokenKind::kPunct});
      i += pl;
      continue;
    }
    // A word or number: word characters joined by inner hyphens and
    // apostrophes (not "30-40", which is two numbers), or digits joined by
    // a decimal point or thousands groups.
    size_t b = i;
    bool digits_only = true;
    bool prev_digit = false;
    size_t j = i;
    while (j < n) {
      size_t l = WordCharLength(text, j);
      if (l > 0) {
        bool d = IsDigit(ByteAt(text, j));
        if (!d) digits_only = false;
        prev_digit = d;
        j += l;
        continue;
      }
      unsigned char cj = ByteAt(text, j);
      size_t al = 0;
      if (cj == '-' && WordCharLength(text, j + 1) > 0 &&
          !(prev_digit && IsDigit(ByteAt(text, j + 1)))) {
        digits_only = false;
        j += 1;
        continue;
      }
      if (IsApostrophe(text, j, &al) && WordCharLength(text, j + al) > 0) {
        digits_only = false;
        j += al;
        continue;
      }
      if (digits_only && prev_digit && cj == '.' && IsDigit(ByteAt(text, j + 1))) {
        j += 1;
        continue;
      }
      if (digits_only && prev_digit && ThousandsGroupAt(text, j)) {
        j += 4;
        continue;
      }
      break;
    }
    out.push_back(Token{TextSpan{b, j}, digits_only ? TokenKind::kNumber : TokenKind::kWord});
    i = j;
  }
  return out;
}

}  // namespace dateline
