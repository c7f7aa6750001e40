// Copyright 2026 The Dateline Authors.
//
// Quote attribution in three steps per paragraph:
//   1. find the quoted spans (curly or straight double quotes; an opening
//      mark with no closing one runs to the end of the paragraph, and the
//      next paragraph opening with a mark continues it, as news style does);
//   2. read the attribution in the text right after a quote
//      (`,” Luke Coffey, a senior fellow at X, told Arab News.`,
//      `,” said Amit Shah, India’s home minister`, `,” he said.`) or right
//      before it (`He added: “...”`, `Trump said: “...”`);
//   3. resolve pronouns ("he", "she", "the official") to the last person
//      the text named as speaking.
//
// Tested by quotes_test.cc.

#include "article/quotes.h"

#include <cctype>
#include <string_view>

#include "util/strings.h"

namespace dateline {

namespace {

constexpr size_t kMinQuoteWords = 3;
constexpr size_t kMaxSpeakerWords = 9;

const std::string_view kOpen[] = {"\xE2\x80\x9C", "\""};   // “ "
const std::string_view kClose[] = {"\xE2\x80\x9D", "\""};  // ” "

bool IsSpeechVerb(std::string_view w) {
  static constexpr std::string_view kVerbs[] = {
      "said",     "says",      "told",      "tells",    "added",    "adds",
      "stated",   "wrote",     "writes",    "explained", "noted",   "warned",
      "insisted", "claimed",   "declared",  "tweeted",  "posted",   "asked",
      "replied",  "continued", "urged",     "vowed",    "stressed", "argued",
      "recalled", "announced", "commented", "remarked", "admitted", "according"};
  for (std::string_view v : kVerbs) {
    if (w == v) return true;
  }
  return false;
}

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "they" || w == "He" || w == "She" || w == "They" ||
         w == "it" || w == "It";
}

// Words that start a capitalised run but are not names.
bool IsFunctionWord(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "The", "A",  "An", "In",  "On",   "At",   "But",  "And",   "As",    "If",  "It",  "This",
      "That", "When", "While", "Asked", "For", "He", "She", "They", "We", "I", "Also"};
  for (std::string_view f : kWords) {
    if (w == f) return true;
  }
  return false;
}

struct Word {
  std::string_view text;  // without trailing punctuation
  size_t begin = 0;       // offset in the scanned string
  size_t end = 0;         // just past the word and its punctuation
  char punct = 0;         // trailing ',' '.' ':' or 0
};

// Splits on whitespace; trailing , . : ; are recorded (a '.' after an
// initial or title such as "P." or "Gen." is kept in the word).
std::vector<Word> Words(std::string_view s, size_t max_words) {
  std::vector<Word> out;
  size_t i = 0;
  while (i < s.size() && out.size() < max_words) {
    size_t ws = WhitespaceLength(s.substr(i));
    if (ws) {
      i += ws;
      continue;
    }
    size_t j = i;
    while (j < s.size() && WhitespaceLength(s.substr(j)) == 0) ++j;
    Word w;
    w.begin = i;
    w.end = j;
    std::string_view t = s.substr(i, j - i);
    if (!t.empty() && (t.back() == ',' || t.back() == ':' || t.back() == ';')) {
      w.punct = t.back();
      t.remove_suffix(1);
    } else if (t.size() > 3 && t.back() == '.') {
      // "Kurilla." ends a sentence; "P." and "Gen." are initials/titles.
      w.punct = '.';
      t.remove_suffix(1);
    }
    w.text = t;
    out.push_back(w);
    i = j;
  }
  return out;
}

bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  unsigned char c = static_cast<unsigned char>(w[0]);
  return std::isupper(c) || (c >= 0x80 && c != 0xE2);  // not punctuation like “
}

std::string Join(const std::vector<Word>& ws, size_t from, size_t to, std::string_view src) {
  if (from >= to) return "";
  std::string s(src.substr(ws[from].begin, ws[to - 1].begin + ws[to - 1].text.size() - ws[from].begin));
  return Trim(s);
}

struct Attribution {
  std::string speaker;
  std::string affiliation;
  bool pronoun = false;  // "he said": resolve from context
};

// Reads a name as the longest run of capitalised words ending at `end`
// (exclusive), within the run [from, end). Leading lowercase words become
// the affiliation ("senior police officer Sundarraj P.").
bool NameBefore(const std::vector<Word>& ws, size_t from, size_t end, std::string_view src,
                Attribution* out) {
  if (end <= from) return false;
  size_t start = end;
  while (start > from && Capitalised(ws[start - 1].text) && end - start < kMaxSpeakerWords &&
         (start == end || ws[start - 1].punct == 0 || ws[start - 1].punct == '.')) {
    --start;
  }
  while (start < end && IsFunctionWord(ws[start].text)) ++start;
  if (start == end) return false;
  out->speaker = Join(ws, start, end, src);
  if (start > from) {
    std::string desc = Join(ws, from, start, src);
    if (CountWords(desc) <= 8) out->affiliation = desc;
  }
  return true;
}

// The attribution in `after` (the text following a closing quote).
bool AttributionAfter(std::string_view after, Attribution* out) {
  // Skip the punctuation the quote left: `,” ` or `” `.
  size_t i = 0;
  while (i < after.size() && (after[i] == ',' || after[i] == ' ')) ++i;
  std::string_view s = after.substr(i);
  std::vector<Word> ws = Words(s, 40);
  if (ws.empty()) return false;
  // `said Amit Shah, India’s home minister, ...`
  if (IsSpeechVerb(ws[0].text) && ws[0].text != "according") {
    size_t j = 1;
    while (j < ws.size() && j - 1 < kMaxSpeakerWords) {
      if (!Capitalised(ws[j].text)) break;
      bool stop = ws[j].punct != 0 && ws[j].punct != '.';
      ++j;
      if (stop || (ws[j - 1].punct == '.' && ws[j - 1].text.size() > 3)) break;
    }
    if (j == 1) {
      if (ws.size() > 1 && IsPronoun(ws[1].text)) {
        out->pronoun = true;
        return true;
      }
      return false;
    }
    out->speaker = Join(ws, 1, j, s);
    if (ws[j - 1].punct == ',' && j < ws.size()) {
      // The affiliation runs to the next comma or the end of the sentence.
      size_t k = j;
      while (k < ws.size() && ws[k].punct != ',' && ws[k].punct != '.' && k - j < 12) ++k;
      if (k < ws.size() && ws[k].text != "who") {
        out->affiliation = Join(ws, j, k + 1, s);
        // Drop a relative clause tail ("who last year said ...").
      }
    }
    return true;
  }
  // `he said`, `Coffey said`, `Luke Coffey, a senior fellow at X, told`.
  size_t verb = 0;
  while (verb < ws.size() && verb < 20 && !IsSpeechVerb(ws[verb].text)) {
    if (ws[verb].punct == '.' && ws[verb].text.size() > 3) return false;  // sentence ended
    ++verb;
  }
  if (verb == ws.size() || verb >= 20 || verb == 0) return false;
  if (verb == 1 && IsPronoun(ws[0].text)) {
    out->pronoun = true;
    return true;
  }
  // "NAME, AFFILIATION, said": a comma after the name's last word.
  size_t name_end = verb;
  for (size_t k = 0; k < verb; ++k) {
    if (ws[k].punct == ',') {
      name_end = k + 1;
      break;
    }
  }
  if (name_end < verb) {
    Attribution a;
    if (!NameBefore(ws, 0, name_end, s, &a)) return false;
    out->speaker = a.speaker;
    std::string aff = Join(ws, name_end, verb, s);
    while (!aff.empty() && aff.back() == ',') aff.pop_back();
    out->affiliation = a.affiliation.empty() ? aff : a.affiliation + ", " + aff;
    return true;
  }
  // "state news agency Xinhua said", "senior police officer Sundarraj P. told".
  if (verb > 1 && ws[verb - 1].text == "also") --verb;
  Attribution a;
  if (!NameBefore(ws, 0, verb, s, &a)) return false;
  if (a.speaker == "The" || a.speaker.empty()) return false;
  *out = a;
  return true;
}

// The attribution right before an opening quote: `He added: “`, `Trump
// said: “`, `Peskov said, “`.
bool AttributionBefore(std::string_view before, Attribution* out) {
  std::string_view s = TrimView(before);
  if (s.empty() || (s.back() != ':' && s.back() != ',')) return false;
  // Only the current sentence.
  size_t stop = s.find_last_of(".!?");
  if (stop != std::string_view::npos && stop + 1 < s.size()) s = TrimView(s.substr(stop + 1));
  std::vector<Word> ws = Words(s, 40);
  if (ws.size() < 2) return false;
  size_t verb = ws.size() - 1;
  if (!IsSpeechVerb(ws[verb].text)) return false;
  if (verb == 1 && IsPronoun(ws[0].text)) {
    out->pronoun = true;
    return true;
  }
  return NameBefore(ws, 0, verb, s, out);
}

struct Span {
  size_t begin, end;   // of the quoted text, without marks
  size_t close_end;    // just past the closing mark (== end if none)
  bool closed;
};

// Finds the quoted spans of `p`. `open_at_start` means the paragraph
// continues a quote from the previous one.
std::vector<Span> QuotedSpans(std::string_view p) {
  std::vector<Span> out;
  size_t i = 0;
  while (i < p.size()) {
    size_t open = std::string_view::npos;
    size_t mark = 0;
    for (std::string_view o : kOpen) {
      size_t at = p.find(o, i);
      if (at < open) {
        open = at;
        mark = o.size();
      }
    }
    if (open == std::string_view::npos) break;
    size_t start = open + mark;
    size_t close = std::string_view::npos;
    size_t cmark = 0;
    for (std::string_view c : kClose) {
      size_t at = p.find(c, start);
      if (at < close) {
        close = at;
        cmark = c.size();
      }
    }
    if (close == std::string_view::npos) {
      out.push_back({start, p.size(), p.size(), false});
      break;
    }
    out.push_back({start, close, close + cmark, true});
    i = close + cmark;
  }
  return out;
}

std::string CleanQuote(std::string_view q) {
  std::string s = CollapseWhitespace(q);
  while (!s.empty() && (s.back() == ',' || s.back() == ' ')) s.pop_back();
  return s;
}

// The last person a paragraph names as speaking without quoting them:
// "Gen. Michael Kurilla, told a briefing", "The official said".
bool ReportedSpeaker(std::string_view p, Attribution* out) {
  std::vector<Word> ws = Words(p, 400);
  bool found = false;
  for (size_t v = 1; v < ws.size(); ++v) {
    if (!IsSpeechVerb(ws[v].text) || ws[v].text == "according") continue;
    size_t end = v;
    if (ws[v - 1].punct == ',') {
      // "Name, told" or "Name, affiliation, told": find the name's comma.
      size_t k = v - 1;
      size_t comma = k;
      while (k > 0 && v - k < 12) {
        --k;
        if (ws[k].punct == ',') {
          comma = k;
          break;
        }
      }
      end = comma + 1;
    }
    Attribution a;
    if (NameBefore(ws, end > 4 ? end - 4 : 0, end, p, &a) && CountWords(a.speaker) >= 1 &&
        !IsPronoun(a.speaker)) {
      a.affiliation.clear();  // a window of four words cannot say
      *out = a;
      found = true;
    }
  }
  return found;
}

}  // namespace

std::vector<Quote> FindQuotes(const std::vector<std::string>& paragraphs,
                              bool keep_unattributed) {
  std::vector<Quote> out;
  Attribution last;       // last named speaker
  bool continuing = false;  // previous paragraph ended inside a quote
  bool prev_quoted = false;  // previous paragraph held an attributed quote
  // Paragraphs without quotes since the last with some, [unread, current):
  // only the last of them that names a speaker updates `last`, and only a
  // paragraph with quotes reads `last`, so they are read then, backwards,
  // and most are never read (ReportedSpeaker is the costly step).
  size_t unread = 0;
  for (size_t index = 0; index < paragraphs.size(); ++index) {
    std::string_view p = paragraphs[index];
    std::vector<Span> spans = QuotedSpans(p);
    if (spans.empty()) {
      continuing = false;
      prev_quoted = false;
      continue;
    }
    for (size_t k = index; k-- > unread;) {
      Attribution a;
      if (ReportedSpeaker(paragraphs[k], &a)) {
        last = a;
        break;
      }
    }
    unread = index + 1;
    size_t first_out = out.size();
    bool any_attributed = false;
    for (size_t s = 0; s < spans.size(); ++s) {
      const Span& sp = spans[s];
      std::string text = CleanQuote(p.substr(sp.begin, sp.end - sp.begin));
      if (CountWords(text) < kMinQuoteWords) continue;
      Attribution a;
      bool found = false;
      if (sp.closed) {
        size_t next = s + 1 < spans.size() ? spans[s + 1].begin : p.size();
        found = AttributionAfter(p.substr(sp.close_end, next - sp.close_end), &a);
      }
      if (!found) {
        size_t prev = s > 0 ? spans[s - 1].close_end : 0;
        // The opening mark sits just before sp.begin.
        size_t open_mark = sp.begin - (p[sp.begin - 1] == '"' ? 1 : 3);
        found = AttributionBefore(p.substr(prev, open_mark - prev), &a);
      }
      if (found && a.pronoun) {
        a.speaker = last.speaker;
        a.affiliation = last.affiliation;
        found = !a.speaker.empty();
      }
      if (found) {
        last = a;
        any_attributed = true;
      }
      Quote q;
      q.text = text;
      if (found) {
        q.speaker = a.speaker;
        q.affiliation = a.affiliation;
      }
      out.push_back(std::move(q));
    }
    // A quote with no attribution of its own in a paragraph that attributes
    // another, or that continues the previous paragraph's quote, is the
    // same speaker's.
    bool opens_paragraph = !spans.empty() && spans[0].begin <= 3;
    for (size_t i = first_out; i < out.size(); ++i) {
      if (!out[i].speaker.empty()) continue;
      if (any_attributed || (opens_paragraph && (continuing || prev_quoted))) {
        out[i].speaker = last.speaker;
        out[i].affiliation = last.affiliation;
      }
    }
    continuing = !spans.back().closed;
    prev_quoted = any_attributed || (opens_paragraph && prev_quoted);
  }
  if (!keep_unattributed) {
    std::vector<Quote> kept;
    for (auto& q : out) {
      if (!q.speaker.empty()) kept.push_back(std::move(q));
    }
    return kept;
  }
  return out;
}

}  // namespace dateline
