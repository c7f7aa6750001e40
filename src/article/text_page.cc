// Copyright 2026 The Dateline Authors.
//
// The scraped-text splitter. Three passes over the page's lines:
//
//   1. Classify each line on its own: blank, bullet, gallery counter
//      ("3 / 8"), share-bar debris ("Short Url", "Follow"), date line
//      ("Updated 24 March 2024"), caption (ends in a credit), all-caps
//      title, or plain text.
//   2. Find where stories start. A headline announces itself by being
//      repeated within a few lines (scraped pages print it in the gallery,
//      the header and the share bar), or by sitting just above a date line.
//      Lines that are a headline behind a short prefix ("Special <headline>")
//      are gallery headers, not headlines of their own.
//   3. Assemble each story: header (headline repeats, gallery, date,
//      bullets) then body (dateline, paragraphs, captions, fact boxes).
//
// Tested by text_page_test.cc.

#include "article/text_page.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <unordered_map>
#include <vector>

#include "article/caption.h"
#include "article/page_date.h"
#include "util/strings.h"
#include "util/utf8.h"
#include "util/word_set.h"

namespace dateline {

namespace {

// A headline is at most this long; longer lines are body text.
constexpr size_t kMaxHeadlineWords = 40;
constexpr size_t kMaxHeadlineBytes = 400;
// Repeats of a headline must fall within this many lines of the first.
constexpr size_t kHeadlineRepeatWindow = 60;
// A gallery header is a headline behind at most this many words.
constexpr size_t kMaxGalleryPrefixWords = 3;
// Fact box items are short.
constexpr size_t kMaxFactItemWords = 80;

enum class Kind {
  kBlank,
  kBullet,    // starts with a bullet mark; `text` has the mark removed
  kCounter,   // gallery counter "1 / 8"
  kDebris,    // share-bar and layout words
  kDateLine,  // "Updated 24 March 2024"
  kCaption,   // ends in a credit
  kCaps,      // an all-caps title line
  kText,
};

struct Line {
  std::string_view text;  // trimmed; bullet mark removed for kBullet
  size_t offset = 0;      // of `text` in the document
  Kind kind = Kind::kText;
  std::string key;        // whitespace-collapsed text, for comparisons
  YMD date;               // for kDateLine
  // CountWordsUpTo(text, kMaxHeadlineWords + 1): the tests below look at
  // small counts only, so it is counted once, no further.
  size_t words = 0;
};

// Words that, alone on a line, are share bars, buttons and layout labels.
// `key` is the line's CollapseWhitespace(t).
bool IsDebris(std::string_view t, std::string_view key) {
  static const WordSet kWords({
      "short url", "follow", "caption", "share", "tweet", "print", "email", "e-mail",
      "advertisement", "advertising", "ad", "sponsored", "read more", "related",
      "related articles", "related stories", "subscribe", "comments", "comment",
      "copy link", "link copied", "listen", "save", "share this article", "whatsapp",
      "facebook", "twitter", "linkedin", "telegram", "reddit", "x", "more", "close",
      "menu", "search", "home", "top stories", "most read", "next", "previous", "back to top",
      "share on facebook", "share on twitter", "share via email", "print this article",
      "font size", "a", "aa", "toggle", "loading", "show more", "see more", "trending",
      "photo", "video", "gallery", "play", "watch", "listen to this article"});
  while (!key.empty() && (key.back() == ':' || key.back() == '|')) key.remove_suffix(1);
  if (kWords.Contains(key)) return true;
  // Lines of punctuation only ("|", "---", "* * *").
  bool any_alnum = false;
  for (char c : t) any_alnum |= std::isalnum(static_cast<unsigned char>(c)) != 0 ||
                                static_cast<unsigned char>(c) >= 0x80;
  return !any_alnum;
}

// Length of a bullet mark (with the space after it) at the start, or 0.
size_t BulletLength(std::string_view t) {
  static const std::string_view kMarks[] = {"\xE2\x80\xA2",  // •
                                            "\xC2\xB7",      // ·
                                            "\xE2\x96\xAA",  // ▪
                                            "\xE2\x97\x8F",  // ●
                                            "\xE2\x80\xA3",  // ‣
                                            "\xE2\x81\x83",  // ⁃
                                            "-", "*", "\xE2\x80\x93"};  // –
  for (std::string_view m : kMarks) {
    if (StartsWith(t, m) && t.size() > m.size()) {
      size_t ws = WhitespaceLength(t.substr(m.size()));
      if (ws > 0) return m.size() + ws;
      // "•Item" without a space is still a bullet for the round marks.
      if (m.size() > 1) return m.size();
    }
  }
  return 0;
}

// `key` is the line's CollapseWhitespace().
bool IsCounter(std::string_view key) {
  // "1 / 8", "12/30", "Photo 3 of 9"
  std::string_view s = key;
  if (s.size() >= 6 && EqualsIgnoreCaseAscii(s.substr(0, 6), "photo ")) s.remove_prefix(6);
  size_t i = 0;
  auto digits = [&]() {
    size_t start = i;
    while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
    return i > start && i - start <= 4;
  };
  if (!digits()) return false;
  while (i < s.size() && s[i] == ' ') ++i;
  if (i < s.size() && s[i] == '/') {
    ++i;
  } else if (s.compare(i, 2, "of") == 0) {
    i += 2;
  } else {
    return false;
  }
  while (i < s.size() && s[i] == ' ') ++i;
  return digits() && i == s.size();
}

// "Updated 24 March 2024", "Published: Feb 9, 2025 10:01", "24 March 2024".
bool IsDateLine(std::string_view t, size_t words, YMD* date) {
  if (words > 10) return false;
  // Every date FindDate reads has a number in it; most lines have none.
  if (std::none_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; })) return false;
  YMD d = FindDate(t);
  if (!d.valid()) return false;
  // Without a lead word the line must be little more than the date.
  static const std::string_view kLeads[] = {"updated", "published", "posted", "last updated",
                                            "last modified", "first published", "date"};
  bool lead = false;
  for (std::string_view l : kLeads) {
    if (t.size() >= l.size() && EqualsIgnoreCaseAscii(t.substr(0, l.size()), l)) lead = true;
  }
  if (!lead && words > 6) return false;
  *date = d;
  return true;
}

bool EndsSentence(std::string_view t) {
  t = TrimView(t);
  if (t.empty()) return false;
  char c = t.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '\'' || c == ')') return true;
  // Closing curly quotes.
  return EndsWith(t, "\xE2\x80\x9D") || EndsWith(t, "\xE2\x80\x99") || EndsWith(t, "\xC2\xBB");
}

bool StartsLowercase(std::string_view t) {
  return !t.empty() && std::islower(static_cast<unsigned char>(t[0]));
}

bool IsTitleLike(const Line& l) {
  if (l.kind != Kind::kText && l.kind != Kind::kCaps) return false;
  if (l.text.size() > kMaxHeadlineBytes) return false;
  if (l.words < 2 || l.words > kMaxHeadlineWords) return false;
  std::string_view t = TrimView(l.text);
  return t.back() != '.' && t.back() != ',' && t.back() != ';';
}

bool IsCapsTitle(std::string_view t, size_t words) {
  if (words < 2 || words > 12) return false;
  if (!IsAllCapsAscii(t)) return false;
  char last = TrimView(t).back();
  return last != '.' && last != ',' && last != ';';
}

// A line is a gallery header for `headline` if it is the headline behind a
// short prefix ("Special <headline>", "Gallery: <headline>").
bool IsGalleryHeader(const std::string& key, const std::string& headline) {
  if (headline.empty() || key.size() <= headline.size() || !EndsWith(key, headline)) return false;
  std::string_view prefix(key.data(), key.size() - headline.size());
  return CountWords(prefix) <= kMaxGalleryPrefixWords;
}

// Starts with a month-and-year or a year ("October 2002 ...", "2004: ...").
bool StartsWithDate(std::string_view t) {
  size_t i = 0;
  while (i < t.size() && std::isalpha(static_cast<unsigned char>(t[i]))) ++i;
  std::string_view first = t.substr(0, i);
  std::string_view rest = TrimView(t.substr(i));
  if (MonthFromName(first) && !rest.empty()) {
    // "March 2024", "March 22, 2024"
    size_t j = 0;
    while (j < rest.size() && std::isdigit(static_cast<unsigned char>(rest[j]))) ++j;
    return j == 4 || (j >= 1 && j <= 2);
  }
  size_t j = 0;
  while (j < t.size() && std::isdigit(static_cast<unsigned char>(t[j]))) ++j;
  return j == 4 && (j == t.size() || !std::isalnum(static_cast<unsigned char>(t[j])));
}

// "LONDON: ...", "New Delhi: ...", "KABUL, Afghanistan (AP) — ...",
// "WASHINGTON (Reuters) - ...". Returns the dateline's length in the
// paragraph (0 if none) and its place in `*place`.
size_t FindDateline(std::string_view p, std::string* place) {
  constexpr size_t kMaxDatelineBytes = 60;
  std::string_view head = p.substr(0, kMaxDatelineBytes + 20);
  size_t end = std::string_view::npos;
  size_t body = 0;
  // The separator: ": " or " — " / " - " / " – ".
  static const std::string_view kSeps[] = {": ", " \xE2\x80\x94 ", " - ", " \xE2\x80\x93 ",
                                           " \xE2\x80\x94", "\xE2\x80\x94 "};
  for (std::string_view sep : kSeps) {
    size_t at = head.find(sep);
    if (at != std::string_view::npos && at > 0 && at < end) {
      end = at;
      body = at + sep.size();
    }
  }
  if (end == std::string_view::npos || end > kMaxDatelineBytes) return 0;
  std::string_view prefix = TrimView(p.substr(0, end));
  // Drop an agency in parentheses: "WASHINGTON (Reuters)".
  if (!prefix.empty() && prefix.back() == ')') {
    size_t open = prefix.rfind('(');
    if (open == std::string_view::npos) return 0;
    prefix = TrimView(prefix.substr(0, open));
  }
  if (prefix.empty() || CountWords(prefix) > 5) return 0;
  // Every word capitalised; at least one word all caps or the whole thing
  // short, so that "Trump said: ..." is not a dateline.
  bool all_caps = IsAllCapsAscii(prefix);
  size_t i = 0;
  size_t words = 0;
  while (i < prefix.size()) {
    while (i < prefix.size() && (prefix[i] == ' ' || prefix[i] == ',')) ++i;
    if (i >= prefix.size()) break;
    unsigned char c = static_cast<unsigned char>(prefix[i]);
    if (!std::isupper(c) && c < 0x80) return 0;
    ++words;
    while (i < prefix.size() && prefix[i] != ' ' && prefix[i] != ',') ++i;
  }
  if (!all_caps && words > 3) return 0;
  // A dateline names a place; digits would mean a time or a count.
  for (char c : prefix) {
    if (std::isdigit(static_cast<unsigned char>(c))) return 0;
  }
  *place = std::string(prefix);
  return body;
}

class Splitter {
 public:
  Splitter(const Document& doc, const TextPageLimits& limits) : doc_(doc), limits_(limits) {}

  Status Run(std::vector<Article>* out);

 private:
  void Classify();
  std::vector<size_t> FindStoryStarts();
  void BuildStory(size_t begin, size_t end, const std::string& headline, Article* a);
  void FlushText(std::vector<const Line*>* run, Article* a, bool* in_body);

  const Document& doc_;
  const TextPageLimits& limits_;
  std::vector<Line> lines_;
  // Story starts found by FindStoryStarts, with the headline key of each.
  std::vector<std::string> headlines_;
};

void Splitter::Classify() {
  std::string_view body = doc_.body;
  size_t pos = 0;
  while (pos <= body.size() && lines_.size() < limits_.max_lines) {
    size_t nl = body.find('\n', pos);
    if (nl == std::string_view::npos) nl = body.size();
    std::string_view raw = body.substr(pos, nl - pos);
    if (raw.size() > limits_.max_line_bytes) {
      size_t cut = limits_.max_line_bytes;
      while (cut > 0 && (static_cast<unsigned char>(raw[cut]) & 0xC0) == 0x80) --cut;
      raw = raw.substr(0, cut);
    }
    Line l;
    l.text = TrimView(raw);
    l.offset = l.text.empty() ? pos : static_cast<size_t>(l.text.data() - body.data());
    size_t bullet = l.text.empty() ? 0 : BulletLength(l.text);
    if (bullet > 0) {
      l.text = TrimView(l.text.substr(bullet));
      l.offset = static_cast<size_t>(l.text.data() - body.data());
    }
    l.key = CollapseWhitespace(l.text);
    l.words = CountWordsUpTo(l.text, kMaxHeadlineWords + 1);
    if (l.text.empty()) {
      l.kind = Kind::kBlank;
    } else if (bullet > 0) {
      l.kind = Kind::kBullet;
    } else if (IsCounter(l.key)) {
      l.kind = Kind::kCounter;
    } else if (IsDebris(l.text, l.key)) {
      l.kind = Kind::kDebris;
    } else if (IsDateLine(l.text, l.words, &l.date)) {
      l.kind = Kind::kDateLine;
    } else if (HasTrailingCredit(l.text) && l.words >= 4) {
      l.kind = Kind::kCaption;
    } else if (IsCapsTitle(l.text, l.words)) {
      l.kind = Kind::kCaps;
    } else {
      l.kind = Kind::kText;
    }
    lines_.push_back(std::move(l));
    if (nl == body.size()) break;
    pos = nl + 1;
  }
}

std::vector<size_t> Splitter::FindStoryStarts() {
  // Positions of each title-like line.
  std::unordered_map<std::string, std::vector<size_t>> seen;
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (IsTitleLike(lines_[i])) seen[lines_[i].key].push_back(i);
  }
  // Repeated within the window: a headline candidate.
  std::vector<std::pair<size_t, std::string>> starts;
  for (const auto& [key, pos] : seen) {
    if (pos.size() >= 2 && pos[1] - pos[0] <= kHeadlineRepeatWindow) {
      starts.emplace_back(pos[0], key);
    }
  }
  // A candidate that is another candidate behind a short prefix is a
  // gallery header.
  std::vector<std::pair<size_t, std::string>> kept;
  for (const auto& s : starts) {
    bool gallery = false;
    for (const auto& other : starts) {
      if (&other != &s && IsGalleryHeader(s.second, other.second)) gallery = true;
    }
    if (!gallery) kept.push_back(s);
  }
  // A title line just above a date line also starts a story, unless it is
  // already a known headline.
  for (size_t i = 0; i < lines_.size(); ++i) {
    if (lines_[i].kind != Kind::kDateLine) continue;
    for (size_t back = 1; back <= 3 && back <= i; ++back) {
      const Line& l = lines_[i - back];
      if (l.kind == Kind::kBlank || l.kind == Kind::kDebris) continue;
      if (IsTitleLike(l)) {
        bool known = false;
        for (const auto& k : kept) known |= k.second == l.key || IsGalleryHeader(l.key, k.second);
        if (!known) kept.emplace_back(i - back, l.key);
      }
      break;
    }
  }
  std::sort(kept.begin(), kept.end());
  // Two starts for one story can happen when a headline is repeated in
  // two spellings; keep starts that have a line of body between them.
  std::vector<size_t> out;
  for (const auto& k : kept) {
    out.push_back(k.first);
    headlines_.push_back(k.second);
  }
  return out;
}

// Emits a run of consecutive text lines as paragraphs, joining lines that a
// hard wrap split mid-sentence.
void Splitter::FlushText(std::vector<const Line*>* run, Article* a, bool* in_body) {
  if (run->empty()) return;
  std::string para;
  auto emit = [&]() {
    if (para.empty()) return;
    if (!*in_body) {
      *in_body = true;
      std::string place;
      size_t skip = FindDateline(para, &place);
      if (skip > 0 && skip < para.size()) {
        a->dateline = place;
        para = Trim(std::string_view(para).substr(skip));
      }
    }
    a->paragraphs.push_back(std::move(para));
    para.clear();
  };
  for (size_t i = 0; i < run->size(); ++i) {
    const Line* l = (*run)[i];
    if (!para.empty()) {
      const Line* prev = (*run)[i - 1];
      if (!EndsSentence(prev->text) && StartsLowercase(l->text)) {
        para += ' ';
        para += l->key;
        continue;
      }
      emit();
    }
    para = l->key;
  }
  emit();
  run->clear();
}

void Splitter::BuildStory(size_t begin, size_t end, const std::string& headline, Article* a) {
  a->headline = headline;
  bool in_body = false;
  bool after_counter = false;
  std::vector<const Line*> run;
  for (size_t i = begin; i < end; ++i) {
    const Line& l = lines_[i];
    // Headline repeats and gallery headers.
    if (!headline.empty() && (l.key == headline || IsGalleryHeader(l.key, headline))) {
      FlushText(&run, a, &in_body);
      continue;
    }
    if (after_counter && l.kind != Kind::kBlank) {
      // The line under a gallery counter is that picture's caption.
      after_counter = false;
      if (l.kind != Kind::kCounter && l.kind != Kind::kDebris) {
        FlushText(&run, a, &in_body);
        a->captions.push_back(SplitCaptionCredit(l.text));
        continue;
      }
    }
    switch (l.kind) {
      case Kind::kBlank:
        FlushText(&run, a, &in_body);
        break;
      case Kind::kCounter:
        FlushText(&run, a, &in_body);
        after_counter = true;
        break;
      case Kind::kDebris:
        FlushText(&run, a, &in_body);
        break;
      case Kind::kDateLine:
        FlushText(&run, a, &in_body);
        if (a->date.empty()) a->date = l.date.Iso();
        break;
      case Kind::kCaption:
        FlushText(&run, a, &in_body);
        a->captions.push_back(SplitCaptionCredit(l.text));
        break;
      case Kind::kBullet:
        FlushText(&run, a, &in_body);
        if (!in_body) {
          a->bullets.push_back(CollapseWhitespace(l.text));
        } else {
          a->paragraphs.push_back(CollapseWhitespace(l.text));
        }
        break;
      case Kind::kCaps: {
        FlushText(&run, a, &in_body);
        // A fact box: the title over at least two short items, each a
        // bullet, or starting with a date, as timelines do.
        FactBox box;
        box.title = l.key;
        size_t j = i + 1;
        size_t last_item = i;
        for (; j < end; ++j) {
          const Line& m = lines_[j];
          if (m.kind == Kind::kBlank) continue;
          bool item = (m.kind == Kind::kBullet || StartsWithDate(m.text)) &&
                      CountWords(m.text) <= kMaxFactItemWords && m.kind != Kind::kCaption;
          if (!item) break;
          box.items.push_back(CollapseWhitespace(m.text));
          last_item = j;
        }
        if (box.items.size() >= 2) {
          a->factboxes.push_back(std::move(box));
          i = last_item;
        } else if (in_body) {
          a->paragraphs.push_back(l.key);  // a subheading
        }
        break;
      }
      case Kind::kText:
        run.push_back(&l);
        break;
    }
  }
  FlushText(&run, a, &in_body);
}

Status Splitter::Run(std::vector<Article>* out) {
  if (doc_.body.size() > limits_.max_bytes) {
    return Status::Limit("text page of " + std::to_string(doc_.body.size() >> 20) +
                         " MB is over the " + std::to_string(limits_.max_bytes >> 20) +
                         " MB limit");
  }
  Classify();
  if (lines_.size() >= limits_.max_lines) {
    return Status::Limit("text page has more than " + std::to_string(limits_.max_lines) +
                         " lines");
  }
  std::vector<size_t> starts = FindStoryStarts();
  size_t first_content = 0;
  while (first_content < lines_.size() && lines_[first_content].kind == Kind::kBlank) {
    ++first_content;
  }
  if (starts.empty() || starts[0] > first_content) {
    // Text before the first headline (or a page with none): one story
    // whose headline is its first line if that reads as a title.
    size_t end = starts.empty() ? lines_.size() : starts[0];
    std::string headline;
    size_t begin = first_content;
    if (begin < end && IsTitleLike(lines_[begin]) && begin + 1 < end) {
      headline = lines_[begin].key;
      ++begin;
    }
    Article a;
    BuildStory(begin, end, headline, &a);
    if (!a.paragraphs.empty() || !a.captions.empty() || !a.factboxes.empty()) {
      out->push_back(std::move(a));
    }
  }
  for (size_t s = 0; s < starts.size(); ++s) {
    size_t end = s + 1 < starts.size() ? starts[s + 1] : lines_.size();
    Article a;
    BuildStory(starts[s], end, headlines_[s], &a);
    if (a.paragraphs.empty() && a.bullets.empty() && a.captions.empty()) continue;
    out->push_back(std::move(a));
  }
  if (out->empty()) return Status::Corrupt("no story text on the page");
  for (size_t i = 0; i < out->size(); ++i) {
    (*out)[i].doc = doc_.name;
    (*out)[i].index = static_cast<int>(i);
  }
  return Status::OK();
}

}  // namespace

Status ExtractTextPage(const Document& doc, const TextPageLimits& limits,
                       std::vector<Article>* out) {
  std::vector<Article> articles;
  Splitter s(doc, limits);
  Status st = s.Run(&articles);
  if (!st.ok()) return st;
  for (auto& a : articles) out->push_back(std::move(a));
  return Status::OK();
}

}  // namespace dateline
