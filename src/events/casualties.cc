// Copyright 2026 The Dateline Authors.
//
// Frames are read off the word tokens around each quantity: a casualty verb
// just before it (active), or a casualty word a few words after it, past
// its noun phrase and any auxiliary (passive, adjectival). Quantities that
// run into one another with "and" or a comma before a shared casualty word
// form one frame with groups.

#include "events/casualties.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <string>

#include "util/phrase_set.h"
#include "util/strings.h"
#include "util/word_set.h"

namespace dateline {

namespace {

constexpr size_t kMaxNounPhraseWords = 14;

// Words are read lower-cased: `ws[i].lower`.
using W = Word;

// A casualty verb before the quantity: "killing 115".
bool VerbBefore(std::string_view w, CountKind* kind) {
  static const WordSet kKill({"killing", "killed", "kills", "kill", "massacring", "massacred",
                              "executing", "executed", "slaughtering", "slaughtered", "slaying",
                              "slew", "beheaded", "beheading", "murdered", "murdering",
                              "assassinated", "lynched"});
  static const WordSet kInjure(
      {"wounding", "wounded", "injuring", "injured", "hurting", "maiming", "maimed"});
  static const WordSet kArrest({"arrested", "arresting", "arrests", "detained", "detaining",
                                "apprehended", "nabbed", "arrest", "detain"});
  static const WordSet kKidnap(
      {"kidnapped", "kidnapping", "abducted", "abducting", "kidnap", "abduct"});
  if (kKill.Contains(w)) {
    *kind = CountKind::kKilled;
    return true;
  }
  if (kInjure.Contains(w)) {
    *kind = CountKind::kInjured;
    return true;
  }
  if (kArrest.Contains(w)) {
    *kind = CountKind::kArrested;
    return true;
  }
  if (kKidnap.Contains(w)) {
    *kind = CountKind::kHostages;
    return true;
  }
  return false;
}

// A casualty word after the quantity's noun phrase: "19 people were killed".
bool WordAfter(std::string_view w, CountKind* kind, bool* verb_form) {
  static const WordSet kKilled({"dead", "died", "die", "dies", "slain", "perished", "deaths",
                                "death", "succumbed",
                                "dead,", "bodies", "fatalities", "drowned", "killed",
                                "massacred", "executed", "beheaded", "slaughtered",
                                "murdered", "lynched", "neutralised", "neutralized",
                                "eliminated"});
  static const WordSet kInjured(
      {"injured", "wounded", "hurt", "injuries", "hospitalised", "hospitalized"});
  static const WordSet kHostages(
      {"hostage", "hostages", "captives", "captive", "kidnapped", "abducted"});
  *verb_form = false;
  if (kKilled.Contains(w)) {
    *kind = CountKind::kKilled;
    *verb_form = In(w, {"killed", "massacred", "executed", "beheaded", "slaughtered",
                        "murdered", "lynched"});
    return true;
  }
  if (kInjured.Contains(w)) {
    *kind = CountKind::kInjured;
    *verb_form = In(w, {"injured", "wounded", "hurt"});
    return true;
  }
  if (In(w, {"missing", "unaccounted"})) {
    *kind = CountKind::kMissing;
    return true;
  }
  if (kHostages.Contains(w)) {
    *kind = CountKind::kHostages;
    *verb_form = In(w, {"kidnapped", "abducted"});
    return true;
  }
  if (In(w, {"arrested", "detained", "apprehended"})) {
    *kind = CountKind::kArrested;
    *verb_form = true;
    return true;
  }
  return false;
}

// Time words that may sit between an auxiliary and its verb: "were on
// Thursday night killed", "was last night shot dead", "were yesterday killed".
bool IsTimeFiller(std::string_view w) {
  static const WordSet kTime({"on", "last", "yesterday", "today", "tonight", "this", "early",
                              "late", "night", "morning", "evening", "afternoon", "overnight",
                              "earlier", "monday", "tuesday", "wednesday", "thursday", "friday",
                              "saturday", "sunday", "weekend",
                              // and manner: "were fatally wounded", "reportedly"
                              "fatally", "mortally", "reportedly", "allegedly", "brutally",
                              "also", "all",
                              // "was left seriously injured"
                              "left", "seriously", "critically", "badly", "severely",
                              "slightly", "gravely", "lightly", "partially"});
  return kTime.Contains(w);
}

// A longer time phrase between an auxiliary and its verb, as some wires
// write it: "were in the early hours of yesterday killed", "was last week
// Thursday killed", "was yesterday, killed", "was last Monday May 18, 2015
// night reportedly killed". ws[begin, end) is one when it holds only time
// words, their glue ("in", "the", "of", "at", commas, numbers) and at least
// one word that names a time; short runs of plain fillers are read by
// IsTimeFiller.
bool IsTimeAdverbial(const std::vector<W>& ws, size_t begin, size_t end) {
  static const WordSet kNames({"yesterday", "today", "tonight", "weekend", "week", "hours",
                               "night", "morning", "evening", "afternoon", "dawn", "midnight",
                               "monday", "tuesday", "wednesday", "thursday", "friday",
                               "saturday", "sunday", "january", "february", "march", "april",
                               "june", "july", "august", "september", "october", "november",
                               "december"});
  static const WordSet kGlue({"in", "the", "of", "at", "on", "early", "late", "wee", "last",
                              "this", "may", "overnight", "reportedly", "allegedly"});
  if (begin >= end || end - begin > 10) return false;
  bool named = false;
  for (size_t k = begin; k < end; ++k) {
    const W& w = ws[k];
    if (w.text == ",") continue;
    bool digits = std::all_of(w.text.begin(), w.text.end(),
                              [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
    if (kNames.Contains(w.lower) || (digits && !w.text.empty())) {
      named = true;
    } else if (!kGlue.Contains(w.lower) && !IsTimeFiller(w.lower)) {
      return false;
    }
  }
  return named;
}

bool IsAux(std::string_view w) {
  static const WordSet kAux({"were", "was", "been", "are", "is", "be", "being", "have", "has",
                             "could", "may", "might", "must", "would",
                             "had", "got", "reportedly", "allegedly", "also", "later", "all",
                             "now", "still", "confirmed", "feared", "thought", "presumed",
                             "subsequently", "eventually", "then", "believed", "reported",
                             "left", "found", "shot", "shoot", "gunned", "burnt", "burned"});
  return kAux.Contains(w);
}

// Words after an active casualty verb that show it is used passively or
// adjectivally ("killed in", "injured when", "dead after").
bool EndsClauseAfterVerb(const std::vector<W>& ws, size_t i) {
  if (i >= ws.size()) return true;
  static const WordSet kEnders(
      {"in", "on", "at", "when", "by", "after", "during", "while", "as", "near", "and", "late",
       "early", "overnight", "yesterday", "today", "last", "this", "outside", "inside", "across",
       "since", "following", "amid", "over", "with", "for", "from", "so", "or", "but", "monday",
       "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "before", "because",
       "due", "earlier", "tonight", "there", "here", "too", "nearby", "between", "along",
       "around", "behind", "beside", "off", "under", "within"});
  const W& w = ws[i];
  if (w.punct()) return true;
  return kEnders.Contains(w.lower);
}

// Words a noun phrase of people may hold between a count and its verb.
bool BlocksNounPhrase(std::string_view w) {
  static const WordSet kBlockers(
      {"took", "seized", "stormed", "attacked", "opened", "said", "says", "told", "claimed",
       "carried", "launched", "committed", "fired", "detonated", "set", "blew", "struck", "hit",
       "shot", "targeted", "raided", "ambushed", "kidnapped", "abducted", "killed", "wounded",
       "injured", "saved", "rescued", "evacuated", "fled", "were", "was", "are", "is", "had",
       "have", "has", "been", "than", "who", "which", "that", "per", "percent", "year", "years",
       "months", "days", "hours", "minutes", "weeks", "km", "kilometers", "kilometres",
       "miles"});
  return kBlockers.Contains(w);
}

struct Pending {
  Quantity q;
  std::string who;
};

Count MakeCount(const std::vector<Pending>& parts, std::string_view text) {
  Count c;
  c.text = Trim(text);
  bool all_exact = true;
  bool any_min = false;
  bool all_max = true;
  int64_t best = 0, min = 0, max = 0;
  for (const Pending& p : parts) {
    best += p.q.best;
    bool exact = p.q.min == p.q.best && p.q.max == p.q.best;
    all_exact &= exact;
    any_min |= p.q.min >= 0;
    min += p.q.min >= 0 ? p.q.min : p.q.best;
    all_max &= p.q.max >= 0;
    max += p.q.max >= 0 ? p.q.max : 0;
  }
  c.best = best;
  if (all_exact || any_min) c.min = min;
  if (all_exact || all_max) c.max = max;
  if (parts.size() > 1) {
    for (const Pending& p : parts) c.groups.push_back({p.who, p.q.best});
  }
  return c;
}

// Index of the first word whose span starts at or after `pos`.
size_t WordAt(const std::vector<W>& ws, size_t pos) {
  size_t i = 0;
  while (i < ws.size() && ws[i].span.begin < pos) ++i;
  return i;
}

}  // namespace

namespace {

// The stems of MayTellCasualties (lower-case ASCII letters), bucketed by
// their first two letters.
class StemIndex {
 public:
  StemIndex(std::initializer_list<std::string_view> stems) {
    for (std::string_view st : stems) buckets_[Bucket(st[0], st[1])].emplace_back(st);
  }
  // True if a stem starts at `text[i]`, ignoring ASCII case.
  bool At(std::string_view text, size_t i) const {
    if (i + 1 >= text.size()) return false;
    int b = Bucket(text[i], text[i + 1]);
    if (b < 0) return false;
    for (const std::string& st : buckets_[b]) {
      if (text.size() - i < st.size()) continue;
      bool same = true;
      for (size_t k = 2; k < st.size() && same; ++k) same = Lower(text[i + k]) == st[k];
      if (same) return true;
    }
    return false;
  }

 private:
  static char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
  static int Bucket(char a, char b) {
    a = Lower(a);
    b = Lower(b);
    if (a < 'a' || a > 'z' || b < 'a' || b > 'z') return -1;
    return (a - 'a') * 26 + (b - 'a');
  }
  std::vector<std::string> buckets_[26 * 26];
};

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A word of lower-case ASCII letters only.
bool IsLowerWord(const W& w) {
  return !w.text.empty() &&
         std::all_of(w.text.begin(), w.text.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// Verbs that kill "to death" ("hacked to death", "beat them to death") or,
// some, "dead" ("shot dead").
bool IsToDeathVerb(std::string_view w) {
  static const WordSet kToDeath({"shot", "shoot", "stabbed", "stabbing", "hacked", "hacking",
                                 "beaten", "beat", "beating", "burned", "burnt", "clubbed",
                                 "axed", "suffocated", "strangled", "tortured", "stoned",
                                 "bludgeoned", "macheted", "starved"});
  return kToDeath.Contains(w);
}

// A word that opens a noun phrase of people: a determiner or a small
// numeral ("and his son", "and two others").
bool OpensNounPhrase(std::string_view w) {
  static const WordSet kOpeners({"a", "an", "the", "his", "her", "their", "its", "one",
                                 "another", "two", "three", "four", "five", "six", "seven",
                                 "eight", "nine", "ten", "other", "others", "several"});
  return kOpeners.Contains(w);
}

// True if ws[k] is an "and" that begins another verb, not more people:
// "and injured another", "and stole the vehicle" (a lower-case word, then
// a determiner).
bool AndBeginsAVerb(const std::vector<W>& ws, size_t k) {
  if (k + 1 >= ws.size() || ws[k].lower != "and") return false;
  const std::string_view next = ws[k + 1].lower;
  if (next.size() > 4 && (EndsWith(next, "ed") || EndsWith(next, "ing"))) return true;
  return k + 2 < ws.size() && IsLowerWord(ws[k + 1]) && !OpensNounPhrase(next) &&
         In(ws[k + 2].lower, {"the", "a", "an", "his", "her", "their", "its", "some"});
}

// The end of the people after "along with" or "with" at ws[from]: up to a
// word of place, time or relation ("along with his two comrades who were
// his guards"), or an "and" when `stop_at_and`, at most eight words.
size_t CompanionsEnd(const std::vector<W>& ws, size_t from, bool stop_at_and = false) {
  size_t k = from;
  while (k < ws.size() && !ws[k].punct() && k - from < 8 &&
         !In(ws[k].lower, {"in", "on", "at", "near", "when", "after", "while", "as", "by",
                           "from", "who", "which"}) &&
         !(stop_at_and && ws[k].lower == "and")) {
    ++k;
  }
  return k;
}

}  // namespace

bool MayTellCasualties(std::string_view text) {
  // Every word a frame keys on begins with one of these stems (frames key
  // on whole tokens, and a token never starts between two ASCII letters):
  // the kind words (WordAfter, VerbBefore, HarmVerb), the nominal frames
  // ("death toll", "claimed 20 lives", "cost ... lives"), the one-person
  // frames ("lost his life", "his body was found", "shooting him dead",
  // "wiped out") and the means ("hacked/stabbed/beaten/burnt to death").
  static const StemIndex kStems(
      {"kill",     "dead",    "death",   "die",     "slain",   "slay",    "slew",
       "slaughter", "perish", "bodies",  "body",    "corpse",  "fatal",   "drown",
       "massacr",  "execut",  "behead",  "decapitat", "murder", "lynch",  "neutrali",
       "eliminat", "assassin", "martyr", "succumb", "injur",   "wound",   "hurt",
       "hospital", "maim",    "missing", "unaccounted", "hostage", "captiv", "kidnap",
       "abduct",   "arrest",  "detain",  "apprehend", "nab",   "shot",    "shoot",
       "stab",     "hack",    "beat",    "burn",    "club",    "stone",   "bludgeon",
       "gunn",     "mowed",   "strangl", "throat",  "toll",    "life",    "lives",
       "lost",     "cost",    "claim",   "wiped",   "taken",   "tortur",  "casualt",
       "victim",   "fatalit", "remains", "mortal",  "took",    "taking",  "left",
       "leaving", "hanged"});
  for (size_t i = 0; i < text.size(); ++i) {
    if (!IsAsciiLetter(text[i]) || (i > 0 && IsAsciiLetter(text[i - 1]))) continue;
    if (kStems.At(text, i)) return true;
  }
  return false;
}

bool IsAggregateFrame(std::string_view clause, const CasualtyFrame& f) {
  return IsAggregateFrame(TokenizedText(clause), f);
}

bool IsAggregateFrame(const TokenizedText& clause, const CasualtyFrame& f) {
  // Cues count only near the frame: "have been killed in the decades-long
  // insurgency", "has killed some 287 rebels in the past year", "so far
  // this year, 200 people have died". Far away they describe something else
  // ("a province in the insurgency-ridden south").
  constexpr size_t kWindow = 60;
  size_t from = f.span.begin > kWindow ? f.span.begin - kWindow : 0;
  size_t to = std::min(clause.text().size(), f.span.end + kWindow);
  // (The phrases that are no cues are blanked in the whole clause first: a
  // window may cut "over the last 24 hours" to the cue "over the last".)
  std::string_view s = clause.lower();
  static const PhraseSet kCues({
      "decades-long", "decade-long", "years-long", "year-long", "long-running",
      "in the past year", "in the past decade", "in the past two", "in the past three",
      "in the past few", "in the past several", "in the last year", "in the last decade",
      "over the past", "over the last", "since the start", "since the beginning",
      "since the outbreak", "so far this year", "this year alone", "so far in", "in recent years",
      "in recent months", "to date", "since 19", "since 20", "since the war",
      "since the conflict", "since the insurgency", "in the conflict", "in the war",
      "in an insurgency",
      "during the war", "during the conflict", "throughout the", "each year", "every year",
      "per year", "annually", "in the insurgency", "cumulative", "in the civil war",
      "death toll from the war", "since january", "since february", "since march",
      "since april", "since may", "since june", "since july", "since august",
      "since september", "since october", "since november", "since december"});
  // A day's report ("killed 11 civilians over the past 24 hours") and the
  // latest incident of a trend ("the latest in a year-long surge of
  // bloodshed") are incidents; blank those phrases before looking for cues.
  static const std::string_view kNotAggregates[] = {
      "over the past 24 hours", "over the last 24 hours", "in the past 24 hours",
      "in the last 24 hours", "over the past day", "over the last day", "over the past night",
      "over the past 48 hours", "over the last 48 hours", "over the last 24-hour",
      "over the past 24-hour", "in the last 24-hour", "in the past 24-hour",
      "latest in a year-long",
      "latest in a years-long", "latest in a decade-long", "latest in a decades-long",
      "latest in a long-running"};
  // (Most frames have no cue near them at all.)
  if (!kCues.AnyIn(s.substr(from, to - from))) return false;
  std::string blanked;
  for (std::string_view n : kNotAggregates) {
    size_t at = (blanked.empty() ? s : std::string_view(blanked)).find(n);
    if (at == std::string_view::npos) continue;
    if (blanked.empty()) blanked.assign(s);
    blanked.replace(at, n.size(), n.size(), ' ');
  }
  // "the first major assault there since 2007", "the deadliest attack since
  // the war": a comparison with the past, not a count over it. Blank a
  // "since" that a superlative shortly precedes.
  static const PhraseSet kSuperlatives(
      {"first ", "deadliest", "worst", "bloodiest", "biggest", "largest", "highest", "most "});
  for (size_t at = s.find("since "); at != std::string_view::npos;
       at = s.find("since ", at + 1)) {
    size_t back = at > 50 ? at - 50 : 0;
    if (!kSuperlatives.AnyIn(s.substr(back, at - back))) continue;
    if (blanked.empty()) blanked.assign(s);
    blanked.replace(at, 5, 5, ' ');
  }
  std::string_view all = blanked.empty() ? s : std::string_view(blanked);
  return kCues.AnyIn(all.substr(from, to - from));
}

bool IsAggregateClause(std::string_view text) {
  TokenizedText clause(text);
  for (const CasualtyFrame& f : FindCasualties(clause)) {
    if (IsAggregateFrame(clause, f)) return true;
  }
  return false;
}

namespace {

// Heads of counted things that are not people: "several camels killed",
// "200 houses destroyed".
bool IsNotPeople(std::string_view head) {
  static const WordSet kNotPeople({"camels", "cattle", "cows", "goats", "sheep", "animals",
                                   "livestock", "donkeys", "horses", "dogs", "houses", "homes",
                                   "vehicles", "cars", "buildings", "shops", "huts"});
  return kNotPeople.Contains(head);
}

std::vector<CasualtyFrame> QuantityFrames(std::string_view clause, const std::vector<W>& ws,
                                          const std::vector<Quantity>& qs) {
  std::vector<CasualtyFrame> out;
  if (qs.empty()) return out;
  std::vector<Pending> chain;  // quantities waiting for a shared casualty word
  size_t chain_begin = 0;
  size_t consumed = 0;  // quantities inside a frame already read are not counts
  for (size_t qi = 0; qi < qs.size(); ++qi) {
    const Quantity& q = qs[qi];
    if (q.span.begin < consumed) continue;
    size_t first = WordAt(ws, q.span.begin);  // first word of the phrase
    size_t after = WordAt(ws, q.span.end);    // first word after it
    // "Cosme Maestrado, 46, was shot dead": an age, not a count.
    if (first >= 2 && ws[first - 1].text == "," && after < ws.size() && ws[after].text == "," &&
        std::isupper(static_cast<unsigned char>(clause[ws[first - 2].span.begin])) &&
        q.best > 0 && q.best < 110 && q.min == q.best && q.max == q.best) {
      continue;
    }
    // "representing Ward 4 was strangled", "in Sector 11": a numeral
    // right after a capitalised label noun is its number, not a count.
    if (first >= 1 && std::isdigit(static_cast<unsigned char>(clause[q.span.begin])) != 0 &&
        In(ws[first - 1].lower, {"ward", "sector", "block", "phase", "zone", "route",
                                 "district", "section", "unit", "camp", "brigade", "battalion",
                                 "division", "squadron", "company", "regiment", "platoon"}) &&
        std::isupper(static_cast<unsigned char>(clause[ws[first - 1].span.begin])) != 0) {
      continue;
    }
    // "19 people, 9 of them civilians": the second is a subset ("killing
    // 5 of them" is not).
    if (first >= 1 && ws[first - 1].text == "," && after + 1 < ws.size() &&
        ws[after].lower == "of" && In(ws[after + 1].lower, {"them", "whom", "those"})) {
      continue;
    }
    // Subsets: "among them 13", "including 11"; but "a child was among
    // nine people killed" counts them all.
    if (first >= 1 && In(ws[first - 1].lower, {"including", "among", "them", "whom"}) &&
        !(ws[first - 1].lower == "among" && first >= 2 &&
          In(ws[first - 2].lower, {"was", "were", "is", "are"}))) {
      continue;
    }
    // Active: a casualty verb right before ("killing 115", "killing all 224").
    CountKind kind;
    size_t v = first;
    // ("killing all 224", "wounded another 23".)
    if (v >= 1 && (ws[v - 1].lower == "all" || ws[v - 1].lower == "another")) --v;
    bool pronoun_plus = false;
    if (v >= 2 && ws[v - 1].lower == "and" && In(ws[v - 2].lower, {"him", "her"})) {
      pronoun_plus = true;
      v -= 2;
    } else if (v >= 2 && ws[v - 1].lower == "and" &&
               In(ws[v - 2].lower, {"themselves", "himself", "herself"})) {
      v -= 2;  // "killing themselves and seven other people": the seven
    }
    bool two_word = v >= 2 && ((ws[v - 1].lower == "down" && ws[v - 2].lower == "gunned") ||
                               (ws[v - 1].lower == "dead" && ws[v - 2].lower == "shot"));
    if (two_word) kind = CountKind::kKilled;
    if (v >= 1 && (two_word || VerbBefore(ws[v - 1].lower, &kind))) {
      Pending p{q, ""};
      if (pronoun_plus) {
        p.q.best += 1;
        if (p.q.min >= 0) p.q.min += 1;
        if (p.q.max >= 0) p.q.max += 1;
      }
      size_t begin = ws[v - 1].span.begin;
      std::vector<Pending> parts;
      size_t frame_end = q.span.end;
      // "killing five pupils ... and a Malian national": singular parts
      // joined to the counted object add one each.
      auto stops_object = [&](const W& w) {
        return w.punct() ||
               In(w.lower, {"in", "on", "at", "near", "when", "after", "while", "as", "during",
                            "outside", "inside", "with", "by", "from", "who", "which", "before",
                            "since", "including"});
      };
      size_t stop = after;
      while (stop < ws.size() && !stops_object(ws[stop]) && stop - after < 12) {
        // "killing 6 Tuaregs and 3 officers": a second counted object,
        // unless it has a verb of its own ("and 20 were injured").
        if (ws[stop].lower == "and" && qi + 1 < qs.size() &&
            WordAt(ws, qs[qi + 1].span.begin) == stop + 1) {
          size_t k = WordAt(ws, qs[qi + 1].span.end);
          size_t np_end = k;
          bool own_verb = false;
          CountKind other;
          bool verb_form;
          while (np_end < ws.size() && !stops_object(ws[np_end]) && ws[np_end].lower != "and" &&
                 np_end - k < 6) {
            if (IsAux(ws[np_end].lower) || WordAfter(ws[np_end].lower, &other, &verb_form) ||
                VerbBefore(ws[np_end].lower, &other)) {
              own_verb = true;
            }
            // ("and six people sustained injuries": a past verb after the
            // noun; "3 armed men" has its adjective first.)
            if (np_end > k && IsLowerWord(ws[np_end]) && ws[np_end].lower.size() > 4 &&
                EndsWith(ws[np_end].lower, "ed")) {
              own_verb = true;
            }
            ++np_end;
          }
          if (!own_verb) {
            if (parts.empty()) parts.push_back(p);
            std::string who;
            for (size_t w = k; w < np_end; ++w) {
              if (!who.empty()) who += ' ';
              who += std::string(ws[w].span.Of(clause));
            }
            parts.push_back({qs[qi + 1], who});
            frame_end = np_end > k ? ws[np_end - 1].span.end : qs[qi + 1].span.end;
            consumed = frame_end;
            ++qi;
            stop = np_end;
            continue;
          }
        }
        if (ws[stop].lower == "and" && stop + 2 < ws.size() &&
            In(ws[stop + 1].lower, {"a", "an", "another", "his", "her", "their", "one"}) &&
            !VerbBefore(ws[stop + 2].lower, &kind)) {
          p.q.best += 1;
          if (p.q.min >= 0) p.q.min += 1;
          if (p.q.max >= 0) p.q.max += 1;
        }
        ++stop;
      }
      VerbBefore(ws[v - 1].lower, &kind) || (kind = CountKind::kKilled, true);
      if (two_word) kind = CountKind::kKilled;
      CasualtyFrame f;
      f.kind = kind;
      f.span = {begin, frame_end};
      if (parts.empty()) {
        parts.push_back(p);
      } else {
        parts[0] = p;  // with the singular parts it gained
      }
      f.count = MakeCount(parts, clause.substr(begin, frame_end - begin));
      out.push_back(std::move(f));
      chain.clear();
      continue;
    }
    // "have claimed 37 lives", "cost 12 lives".
    if (after < ws.size() && ws[after].lower == "lives" && first >= 1 &&
        In(ws[first - 1].lower, {"claimed", "claiming", "took", "taken", "cost", "costing"})) {
      CasualtyFrame f;
      f.kind = CountKind::kKilled;
      f.span = {ws[first - 1].span.begin, ws[after].span.end};
      f.count = MakeCount({{q, ""}}, clause.substr(f.span.begin, f.span.end - f.span.begin));
      out.push_back(std::move(f));
      chain.clear();
      continue;
    }
    // Nominal: "death toll rose to 30", "the deaths of 100", "claimed the lives of 12".
    // (Not a count with a casualty word of its own: "3 deaths and 12
    // injured" has 12 injured, not 12 more deaths.)
    CountKind own_kind;
    bool own_verb = false;
    bool own_word = after < ws.size() && WordAfter(ws[after].lower, &own_kind, &own_verb);
    if (first >= 2 && !own_word) {
      bool nominal = false;
      for (size_t back = 1; back <= 4 && back <= first; ++back) {
        std::string_view w = ws[first - back].lower;
        if (w == "toll" || w == "deaths" || w == "lives" || w == "fatalities" ||
            w == "bodies" || w == "corpses" || w == "throats" || w == "remains" ||
            // "led to the death of six persons", "the killing of 10 persons"
            ((w == "death" || w == "killing" || w == "killings" || w == "murder" ||
              w == "murders" || w == "massacre") &&
             back == 2 && ws[first - 1].lower == "of")) {
          nominal = true;
          break;
        }
        if (ws[first - back].punct()) break;
      }
      // "The death toll from Sunday's bombing at a market in Mogadishu
      // rose to 19": a verb of change ties the number to a toll further
      // back in the clause.
      bool toll_verb =
          (In(ws[first - 1].lower, {"to", "at"}) &&
           In(ws[first - 2].lower, {"rose", "risen", "rises", "climbed", "climbs", "jumped",
                                    "increased", "stood", "stands", "up"})) ||
          In(ws[first - 1].lower, {"reached", "reaches", "hit", "hits", "topped", "passed"});
      for (size_t back = 3; toll_verb && !nominal && back <= 16 && back <= first; ++back) {
        const W& w = ws[first - back];
        if (w.punct() && (w.text == "." || w.text == ";" || w.text == ":")) break;
        if (w.kind != TokenKind::kWord) continue;
        nominal = w.lower == "toll";
      }
      if (nominal) {
        CasualtyFrame f;
        f.kind = CountKind::kKilled;
        size_t begin = ws[first >= 4 ? first - 4 : 0].span.begin;
        f.span = {begin, q.span.end};
        f.count = MakeCount({{q, ""}}, q.text);
        out.push_back(std::move(f));
        chain.clear();
        continue;
      }
    }
    // Passive or adjectival: the noun phrase, auxiliaries, then the word.
    std::string who;
    size_t i = after;
    size_t np = 0;
    bool found = false;
    bool chained = false;
    bool seen_aux = false;
    while (i < ws.size() && np <= kMaxNounPhraseWords) {
      const W& w = ws[i];
      bool verb_form = false;
      // "were gunned down": killed.
      // "were wiped out", "were gunned down".
      if ((w.lower == "gunned" || w.lower == "mowed" || w.lower == "cut") && i + 1 < ws.size() &&
          ws[i + 1].lower == "down" && seen_aux) {
        kind = CountKind::kKilled;
        found = true;
        ++i;
        break;
      }
      if (w.lower == "wiped" && i + 1 < ws.size() && ws[i + 1].lower == "out" && seen_aux) {
        kind = CountKind::kKilled;
        found = true;
        ++i;
        break;
      }
      if (w.lower == "gunned" && i + 1 < ws.size() && ws[i + 1].lower == "down" && seen_aux) {
        kind = CountKind::kKilled;
        found = true;
        ++i;
        break;
      }
      // "were ambushed and killed", "were kidnapped and later killed": the
      // last verb tells what became of them.
      if (seen_aux && w.lower.size() > 3 && EndsWith(w.lower, "ed") && i + 2 < ws.size() &&
          ws[i + 1].lower == "and") {
        size_t v = i + 2;
        if (v + 1 < ws.size() && In(ws[v].lower, {"later", "then", "subsequently"})) ++v;
        CountKind vk, wk;
        bool vf, wf;
        // (Not "were killed and wounded": both are counted as they stand.)
        bool first_is_harm = WordAfter(w.lower, &wk, &wf) &&
                             (wk == CountKind::kKilled || wk == CountKind::kInjured);
        if (!first_is_harm && WordAfter(ws[v].lower, &vk, &vf) && vk == CountKind::kKilled) {
          i = v;
          continue;
        }
      }
      if (WordAfter(w.lower, &kind, &verb_form)) {
        // "were fatally wounded": killed.
        if (kind == CountKind::kInjured && i > after &&
            In(ws[i - 1].lower, {"fatally", "mortally"})) {
          kind = CountKind::kKilled;
        }
        // "Two gunmen shot dead a technician": "shot dead" acts.
        if (w.lower == "dead" && i > after && (ws[i - 1].lower == "shot")) {
          verb_form = true;
          bool aux2 = i > after + 1 && IsAux(ws[i - 2].lower) && ws[i - 2].lower != "shot";
          if (!aux2 && !EndsClauseAfterVerb(ws, i + 1)) break;
          found = true;
          break;
        }
        // "two suicide bombers ... killed 40 people": an agent, not a toll.
        bool aux_before = i > after && IsAux(ws[i - 1].lower) && ws[i - 1].lower != "shot";
        if (verb_form && !aux_before && !EndsClauseAfterVerb(ws, i + 1)) break;
        // "A rifleman of 13 Sikh Light Infantry was killed": a count over
        // one, then a name, then a singular verb: a unit's number, not the
        // subject. (Not "a family of 12 was killed", "two people was".)
        if (aux_before && q.best > 1 && In(ws[i - 1].lower, {"was", "is", "has"}) &&
            after < ws.size() && std::isupper(static_cast<unsigned char>(ws[after].text[0]))) {
          break;
        }
        // "Presenter of two popular television programmes, X, was
        // murdered", "a member of 88 generation student group ... was
        // killed": a count over one after "of" a person, with a singular
        // verb, is no toll (but "a family of 12 was killed" is).
        if (aux_before && q.best > 1 && In(ws[i - 1].lower, {"was", "is", "has"}) &&
            first >= 2 && ws[first - 1].lower == "of" &&
            !In(ws[first - 2].lower, {"family", "group", "total", "crew", "team", "band",
                                      "party", "convoy", "busload", "boatload", "toll"})) {
          break;
        }
        // "several gunmen ... has killed 13 people": the perfect with an
        // object is active too.
        bool object_follows = false;
        if (verb_form && i + 1 < ws.size()) {
          for (const Quantity& oq : qs) object_follows |= oq.span.begin == ws[i + 1].span.begin;
        }
        if (object_follows) break;
        // "killed" right after a count with no noun can be active too:
        // "Gunmen killed 5" is handled above; "5 killed" is adjectival.
        found = true;
        break;
      }
      // "were shot and killed": the "and" joins two verbs.
      bool dummy_verb;
      CountKind dummy_kind;
      if (w.lower == "and" && i + 1 < ws.size() && WordAfter(ws[i + 1].lower, &dummy_kind, &dummy_verb)) {
        ++i;
        continue;
      }
      // ", including 11 anti-balaka," and ", who resisted eviction,": an
      // aside inside the noun phrase.
      // (", 9 of them civilians,": a subset aside too.)
      bool subset_aside = false;
      if (w.lower == "," && i + 1 < ws.size()) {
        for (const Quantity& sq : qs) {
          if (sq.span.begin != ws[i + 1].span.begin) continue;
          size_t sa = WordAt(ws, sq.span.end);
          subset_aside = sa + 1 < ws.size() && ws[sa].lower == "of" &&
                         In(ws[sa + 1].lower, {"them", "whom", "those"});
        }
      }
      if (w.lower == "," && i + 1 < ws.size() &&
          (subset_aside ||
           In(ws[i + 1].lower, {"including", "among", "who", "which", "most", "many", "mostly",
                                 "mainly", "largely", "primarily", "predominantly", "chiefly",
                                 "all", "some"}) ||
           // ", belonging to a gang on Lagos Island,"
           (ws[i + 1].lower.size() > 5 && EndsWith(ws[i + 1].lower, "ing")))) {
        // The aside runs to the comma before the verb ("were killed").
        size_t k = i + 1;
        size_t resume = 0;
        while (k < ws.size() && k - i < 30) {
          if (ws[k].lower == "," && k + 1 < ws.size() && IsAux(ws[k + 1].lower)) {
            resume = k + 1;
            break;
          }
          ++k;
        }
        if (resume) {
          i = resume;
          continue;
        }
      }
      // "Twelve villagers -- two women and 10 men -- were killed": a
      // breakdown between dashes or brackets, of those already counted.
      if ((w.text == "--" || w.text == "\xE2\x80\x94" || w.text == "\xE2\x80\x93" ||
           w.text == "(" || w.text == "[" ||
           (w.text == "-" && i + 1 < ws.size() && ws[i + 1].text == "-")) &&
          i > after) {
        std::string_view open = w.text;
        size_t k = i + (w.text == "-" ? 2 : 1);
        size_t resume = 0;
        while (k < ws.size() && k - i < 25) {
          std::string_view t = ws[k].text;
          bool closes = open == "(" ? t == ")" : open == "[" ? t == "]" : t == open;
          if (closes) {
            size_t next = k + (open == "-" ? 2 : 1);
            if (next < ws.size() && IsAux(ws[next].lower)) resume = next;
            break;
          }
          ++k;
        }
        if (resume) {
          i = resume;
          continue;
        }
      }
      // "Three Yemeni security personnel, were killed": a stray comma.
      if (w.lower == "," && i + 1 < ws.size() && In(ws[i + 1].lower, {"were", "was", "have", "had"})) {
        ++i;
        continue;
      }
      // "lost their lives", "lost his life".
      if (w.lower == "lost" && i + 2 < ws.size() && In(ws[i + 2].lower, {"lives", "life"})) {
        kind = CountKind::kKilled;
        found = true;
        i += 2;
        break;
      }
      // "Nine Afghan Local Police (ALP) personnel": an acronym in brackets.
      if (w.lower == "(" && i + 2 < ws.size() && ws[i + 2].lower == ")") {
        i += 3;
        continue;
      }
      // "24 people suspected to be cattle raiders were killed": a
      // description inside the noun phrase, not its verb.
      if (!seen_aux && i + 2 < ws.size() &&
          In(w.lower, {"suspected", "believed", "said", "thought", "alleged", "reported"}) &&
          ws[i + 1].lower == "to" && ws[i + 2].lower == "be") {
        i += 3;
        continue;
      }
      // "Eight young men suspected of being ex-militia members from two
      // rival groups were killed": the description runs to the verb.
      if (!seen_aux && i + 2 < ws.size() && In(w.lower, {"suspected", "accused"}) &&
          ws[i + 1].lower == "of") {
        size_t k = i + 2;
        while (k < ws.size() && k - i < 15 && (!ws[k].punct() || ws[k].text == "-") &&
               (!IsAux(ws[k].lower) || ws[k].lower == "being")) {
          ++k;
        }
        if (k < ws.size() && In(ws[k].lower, {"were", "was", "have", "had", "are"})) {
          i = k;
          continue;
        }
      }
      // "20 people including 8 peacekeepers and 12 soldiers were killed":
      // a subset with no comma before it; on to the verb.
      if (w.lower == "including" && i > after) {
        size_t k = i + 1;
        while (k < ws.size() && k - i < 20 && !IsAux(ws[k].lower) && !ws[k].punct()) ++k;
        if (k < ws.size() && IsAux(ws[k].lower)) {
          i = k;
          continue;
        }
      }
      if (seen_aux) {
        // ("were in the early hours of yesterday killed", "were, weekend,
        // killed": commas may set it off.)
        auto harm = [&](size_t k) {
          CountKind k_kind;
          bool k_verb = false;
          return WordAfter(ws[k].lower, &k_kind, &k_verb);
        };
        size_t e = i;
        while (e < ws.size() && e < i + 11 && !harm(e)) ++e;
        if (e < ws.size() && e > i && harm(e) && IsTimeAdverbial(ws, i, e)) {
          i = e;
          continue;
        }
      }
      // "22 persons, including women and children were feared killed": a
      // subset set off by a comma; on to the verb.
      if (!seen_aux && w.text == "," && i + 1 < ws.size() && ws[i + 1].lower == "including") {
        size_t k = i + 2;
        while (k < ws.size() && k - i < 12 && !IsAux(ws[k].lower) && !ws[k].punct()) ++k;
        if (k < ws.size() && IsAux(ws[k].lower) && !In(ws[k].lower, {"all", "also", "then"})) {
          i = k;
          continue;
        }
      }
      // "have so far been killed".
      if (seen_aux && w.lower == "so" && i + 1 < ws.size() && ws[i + 1].lower == "far") {
        i += 2;
        continue;
      }
      if (w.punct() || w.lower == "and") {
        // A list of counts sharing one verb: "31 rebels and two soldiers".
        if (qi + 1 < qs.size() && WordAt(ws, qs[qi + 1].span.begin) <= i + 2) chained = true;
        break;
      }
      // "were alleged to have been shot dead", "were said to have died".
      if (seen_aux && i + 1 < ws.size() && In(w.lower, {"alleged", "said", "understood", "known"}) &&
          ws[i + 1].lower == "to") {
        ++i;
        continue;
      }
      // "were believed to have been killed", "are feared to be dead".
      if (seen_aux && w.lower == "to" && i + 1 < ws.size() &&
          In(ws[i + 1].lower, {"have", "be", "been"})) {
        ++i;
        continue;
      }
      if (IsAux(w.lower)) {
        seen_aux = true;
        ++i;
        continue;
      }
      // After "are", "were" only the casualty word may come: "900 rescuers
      // are attempting to find the missing" is no frame; time words may.
      if (seen_aux && IsTimeFiller(w.lower)) {
        ++i;
        continue;
      }
      // "were hacked to death", "were beaten to death".
      if (i + 2 < ws.size() && ws[i + 1].lower == "to" && ws[i + 2].lower == "death" &&
          IsToDeathVerb(w.lower)) {
        kind = CountKind::kKilled;
        found = true;
        i += 2;
        break;
      }
      if (seen_aux) break;
      if (BlocksNounPhrase(w.lower)) break;
      if (!who.empty()) who += ' ';
      who += std::string(w.span.Of(clause));
      ++np;
      ++i;
    }
    if (chained) {
      // "an attack by seven militiamen in South Darfur on Tuesday, 15
      // people ... were killed": the agents, and a phrase that says where
      // and when, are no item of a list of the dead.
      bool agent = first >= 1 && ws[first - 1].lower == "by";
      bool located = false;
      for (size_t k = after; k < i; ++k) {
        located |= In(ws[k].lower, {"in", "on", "at", "near", "during"});
      }
      if (agent || located) {
        chain.clear();
        continue;
      }
      // ("six houses burnt and eight persons injured": things are no item
      // of a list of people.)
      {
        size_t sp = who.rfind(' ');
        std::string head = ToLowerAscii(sp == std::string::npos ? who : who.substr(sp + 1));
        if (IsNotPeople(head)) {
          chain.clear();
          continue;
        }
      }
      if (chain.empty()) chain_begin = q.span.begin;
      chain.push_back({q, who});
      continue;
    }
    if (!found) {
      chain.clear();
      continue;
    }
    // "several camels killed", "200 houses destroyed": not people.
    {
      size_t sp = who.rfind(' ');
      std::string head = ToLowerAscii(sp == std::string::npos ? who : who.substr(sp + 1));
      if (IsNotPeople(head)) {
        chain.clear();
        continue;
      }
    }
    std::vector<Pending> parts = chain;
    size_t begin = chain.empty() ? q.span.begin : chain_begin;
    parts.push_back({q, who});
    chain.clear();
    CasualtyFrame f;
    f.kind = kind;
    f.span = {begin, ws[i].span.end};
    f.count = MakeCount(parts, clause.substr(begin, ws[i].span.end - begin));
    consumed = f.span.end;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

}  // namespace dateline

namespace dateline {

namespace {

// A frame for one person the text names without a numeral.
// A frame of exactly n people over clause[begin, end).
CasualtyFrame ExactFrame(CountKind kind, std::string_view clause, size_t begin, size_t end,
                         int64_t n) {
  CasualtyFrame f;
  f.kind = kind;
  f.span = {begin, end};
  f.count.best = n;
  f.count.min = n;
  f.count.max = n;
  f.count.text = std::string(clause.substr(begin, end - begin));
  return f;
}

CasualtyFrame OnePerson(CountKind kind, std::string_view clause, size_t begin, size_t end) {
  return ExactFrame(kind, clause, begin, end, 1);
}

// Verbs of harm a singular or conjoined subject undergoes.
bool HarmVerb(const std::vector<W>& ws, size_t i, CountKind* kind, size_t* end) {
  std::string_view w = ws[i].lower;
  *end = i + 1;
  auto next_is = [&](std::string_view x) { return i + 1 < ws.size() && ws[i + 1].lower == x; };
  static const WordSet kKilled({"killed", "murdered", "assassinated", "beheaded",
                                "decapitated", "lynched", "executed", "slain", "massacred",
                                "martyred", "died", "dies", "slaughtered", "succumbed",
                                "hanged"});
  static const WordSet kInjured(
      {"injured", "wounded", "hurt", "injuried", "hospitalised", "hospitalized"});
  // Every word a branch below starts from, in one lookup: most words are
  // none of them.
  static const WordSet kStarts(
      {"killed", "murdered", "assassinated", "beheaded", "decapitated", "lynched", "executed",
       "slain", "massacred", "martyred", "died", "dies", "slaughtered", "succumbed", "hanged",
       "injured",
       "wounded", "hurt", "injuried", "hospitalised", "hospitalized", "shot", "stabbed",
       "stabbing", "hacked", "hacking", "beaten", "burned", "burnt", "gunned", "beat", "beating",
       "clubbed",
       "axed", "suffocated", "strangled", "tortured", "macheted", "starved", "shoot",
       "stoned", "bludgeoned", "fatally", "found", "killing", "murdering", "assassinating",
       "beheading", "executing", "injuring", "wounding", "kidnapping", "abducting", "kidnapped",
       "abducted", "taken", "arrested", "detained"});
  if (!kStarts.Contains(w)) return false;
  if (kKilled.Contains(w)) {
    *kind = CountKind::kKilled;
    return true;
  }
  if (IsToDeathVerb(w) && (next_is("dead") || next_is("to"))) {
    *kind = CountKind::kKilled;
    *end = next_is("to") ? i + 3 : i + 2;  // "stabbed to death"
    if (next_is("to") && !(i + 2 < ws.size() && ws[i + 2].lower == "death")) return false;
    return true;
  }
  if (w == "gunned" && next_is("down")) {
    *kind = CountKind::kKilled;
    *end = i + 2;
    return true;
  }
  // "hacked a blogger to death", "beat two men to death": the object
  // stands between the verb and "to death".
  if (In(w, {"hacked", "stabbed", "beaten", "beat", "burned", "burnt", "clubbed", "stoned",
             "bludgeoned"}) &&
      i + 1 < ws.size() && In(ws[i + 1].lower, {"a", "an", "the", "his", "her", "their", "two",
                                                "three", "four", "five", "six", "seven"})) {
    for (size_t k = i + 2; k + 1 < ws.size() && k < i + 9; ++k) {
      if (ws[k].punct()) break;
      if (ws[k].lower == "to" && ws[k + 1].lower == "death") {
        *kind = CountKind::kKilled;
        *end = i + 1;
        return true;
      }
    }
  }
  if (w == "fatally" && next_is("shot")) {
    *kind = CountKind::kKilled;
    *end = i + 2;
    return true;
  }
  if (w == "found" && next_is("dead")) {
    *kind = CountKind::kKilled;
    *end = i + 2;
    return true;
  }
  if (kInjured.Contains(w)) {
    *kind = CountKind::kInjured;
    return true;
  }
  if (In(w, {"killing", "murdering", "assassinating", "beheading", "executing"})) {
    *kind = CountKind::kKilled;
    return true;
  }
  if (In(w, {"injuring", "wounding"})) {
    *kind = CountKind::kInjured;
    return true;
  }
  if (In(w, {"kidnapping", "abducting"})) {
    *kind = CountKind::kHostages;
    return true;
  }
  if (In(w, {"kidnapped", "abducted", "taken"}) && (w != "taken" || next_is("hostage"))) {
    *kind = CountKind::kHostages;
    if (w == "taken") *end = i + 2;
    return true;
  }
  if (In(w, {"arrested", "detained"})) {
    *kind = CountKind::kArrested;
    return true;
  }
  return false;
}

bool SingularAux(std::string_view w) { return In(w, {"was", "is", "has"}); }

// Heads of subjects that are things or events, not people.
bool NonPersonHead(std::string_view w) {
  static const WordSet kHeads(
      {"attack", "attacks", "bombing", "operation", "raid", "assault", "plot", "plan",
       "sentence", "order", "deal", "agreement", "project", "vehicle", "car", "truck", "bus",
       "building", "house", "home", "shop", "office", "station", "church", "mosque", "school",
       "bridge", "road", "convoy", "property", "area", "region", "hospital", "warrant", "case",
       "suspect's", "bill", "law", "programme", "program", "motion", "ban", "scheme",
       "campaign", "offensive", "strike", "explosion", "blast", "bomb", "device", "fire",
       "vessel", "ship", "plane", "aircraft", "market", "village", "town", "city", "camp",
       "base"});
  return kHeads.Contains(w);
}
bool PluralAux(std::string_view w) { return In(w, {"were", "are", "have"}); }

// Counts the people in a conjoined subject: "Two policemen and a
// civilian" = 3, "X and his driver" = 2. Returns 0 when a part is not a
// countable person phrase.
int64_t CountSubject(const std::vector<W>& ws, size_t from, size_t to,
                     const std::vector<Quantity>& qs, std::string_view clause) {
  int64_t total = 0;
  size_t part_start = from;
  bool prev_single = false;  // the part before was one person with a determiner
  auto part_count = [&](size_t a, size_t b) -> int64_t {
    if (a >= b) return 0;
    // ", including a child,": some of those already counted.
    if (ws[a].lower == "including") return -1;
    for (const Quantity& q : qs) {
      if (q.span.begin == ws[a].span.begin ||
          (a + 1 < b && In(ws[a].lower, {"at", "about", "some", "nearly", "over", "around"}) &&
           q.span.begin <= ws[a].span.begin && q.span.end > ws[a].span.begin)) {
        return q.best;
      }
      if (q.span.begin >= ws[a].span.begin && q.span.begin < ws[b - 1].span.end) {
        // "four of his aides" -> 4; "five members of one family" -> 5;
        // "his two aides" -> 2.
        if (q.span.begin == ws[a].span.begin) return q.best;
        if (a + 1 < b && q.span.begin == ws[a + 1].span.begin &&
            In(ws[a].lower, {"his", "her", "their", "its", "the"})) {
          return q.best;
        }
      }
    }
    if (In(ws[a].lower, {"others", "another"})) return ws[a].lower == "another" ? 1 : 0;
    // ("were ambushed and 7 were killed": a verb is no person.)
    if (b - a == 1 && IsLowerWord(ws[a]) && ws[a].lower.size() > 4 &&
        EndsWith(ws[a].lower, "ed")) {
      return 0;
    }
    // "the city and eight civilians": a place or a thing is no person.
    // The head is the word before "of" ("the village sarpanch of
    // Chindugarh village" is a person).
    size_t head = b - 1;
    for (size_t k = a + 1; k < b; ++k) {
      if (ws[k].lower == "of") {
        head = k - 1;
        break;
      }
    }
    if (NonPersonHead(ws[head].lower)) return 0;
    // "on Tuesday, 15 people were killed": a time is no person either.
    if (b - a == 1 && In(ws[a].lower, {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "night", "morning", "evening",
                                       "afternoon", "weekend", "today", "yesterday"})) {
      return 0;
    }
    return 1;
  };
  for (size_t k = from; k <= to; ++k) {
    // "Twelve villagers -- two women and 10 men --": a breakdown of those
    // counted; passed over to its closing dash or bracket.
    if (k < to && k > part_start &&
        (ws[k].text == "(" || ws[k].text == "[" || ws[k].text == "\xE2\x80\x94" ||
         (ws[k].text == "-" && k + 1 < to && ws[k + 1].text == "-"))) {
      std::string_view open = ws[k].text;
      size_t c = k + (open == "-" ? 2 : 1);
      while (c < to) {
        std::string_view t = ws[c].text;
        if (open == "(" ? t == ")" : open == "[" ? t == "]" : t == open) break;
        ++c;
      }
      if (c < to) {
        k = c + (open == "-" ? 1 : 0);
        continue;
      }
    }
    // "the College of Administrative and Business Studies", "the Council
    // of Imams and Preachers": "and" between capitalised words is inside a
    // name, not between two people.
    if (k < to && ws[k].lower == "and" && k > from && k + 1 < to &&
        std::isupper(static_cast<unsigned char>(clause[ws[k - 1].span.begin])) &&
        std::isupper(static_cast<unsigned char>(clause[ws[k + 1].span.begin])) &&
        !std::isupper(static_cast<unsigned char>(clause[ws[part_start].span.begin]))) {
      continue;
    }
    if (k == to || ws[k].lower == "and" || ws[k].lower == ",") {
      // A part of capitalised words only: a name.
      bool caps_part = k > part_start;
      for (size_t w = part_start; w < k && caps_part; ++w) {
        caps_part = !ws[w].punct() &&
                    std::isupper(static_cast<unsigned char>(clause[ws[w].span.begin]));
      }
      // ", Mian Mushtaq," after "a party leader": the same person again.
      bool all_caps_name = caps_part && total > 0 && part_start > from &&
                           ws[part_start - 1].text == ",";
      // "in Donetsk, 12 people have been killed": a name before a counted
      // part is where, not who.
      bool next_counted = false;
      if (k < to && ws[k].lower == "," && k + 1 < to) {
        for (const Quantity& q : qs) next_counted |= q.span.begin == ws[k + 1].span.begin;
      }
      if (caps_part && next_counted) {
        part_start = k + 1;
        continue;
      }
      if (all_caps_name && prev_single) {
        prev_single = false;
        part_start = k + 1;
        if (k < to && ws[k].lower == "," && k + 1 < to && ws[k + 1].lower == "and") ++part_start, ++k;
        continue;
      }
      if (part_start >= k) {  // "..., Arsala Jamal," ends in a comma: no part
        part_start = k + 1;
        continue;
      }
      int64_t n = part_count(part_start, k);
      prev_single = n == 1 && In(ws[part_start].lower, {"a", "an", "the", "his", "her", "their"});
      // "Eight police and Afghan army soldiers": a bare plural after a
      // counted part shares its number.
      if (n == 1 && total > 0 && k > part_start) {
        std::string_view head = ws[k - 1].lower;
        bool determiner = In(ws[part_start].lower, {"a", "an", "one", "the", "his", "her",
                                                    "their", "another"});
        bool counted = false;
        for (const Quantity& q : qs) {
          counted |= q.span.begin >= ws[part_start].span.begin && q.span.begin < ws[k - 1].span.end;
        }
        if (!determiner && !counted && head.size() > 3 && EndsWith(head, "s") &&
            !EndsWith(head, "ss")) {
          n = 0;
          part_start = k + 1;
          continue;
        }
      }
      if (n < 0 && total > 0) {
        // The aside runs to its closing comma (or the end).
        while (k < to && ws[k].lower != ",") ++k;
        part_start = k + 1;
        continue;
      }
      if (n <= 0) return 0;
      total += n;
      part_start = k + 1;
      if (k < to && ws[k].lower == "," && k + 1 < to && ws[k + 1].lower == "and") ++part_start, ++k;
    }
  }
  return total;
}

// The start of the subject that ends at `end`: back to the clause start, a
// comma-free boundary word, or a verb.
size_t SubjectStart(const std::vector<W>& ws, size_t end) {
  static const WordSet kBoundaries(
      {"when", "after", "as", "while", "where", "because", "before", "that", "who", "which",
       "said", "says", "reported", "but", "then", "since", "if", ";", ":", "\"",
       "\xE2\x80\x9C", "are", "were", "was", "is", "have", "has", "had", "been", "dead",
       "killed", "injured", "wounded", "missing", "died", "by", "in", "on", "at", "from", "of",
       "with"});
  size_t k = end;
  while (k > 0) {
    std::string_view w = ws[k - 1].lower;
    if (kBoundaries.Contains(w)) {
      break;
    }
    if (end - k >= 14) break;
    // "Five people, including a child, were ...": the aside is part of
    // the subject; the subject goes on before it.
    if (w == "including" && k >= 2 && ws[k - 2].lower == ",") {
      k -= 2;
      continue;
    }
    // A gerund starts a new verb phrase: "..., saying four gunmen ...".
    if (w.size() > 4 && EndsWith(w, "ing") && w != "during") break;
    --k;
  }
  return k;
}

// "dragged two teachers out of a school and killed them", "took a tribal
// elder outside and killed him": a killing told of a pronoun counts the
// people the clause named before it (one for "him" and "her"). Not "killed
// him and his driver" (more than the pronoun), nor a "them" with no count
// before it. The caller keeps it only when no other frame counts the dead
// ("7 people were killed ... the attackers beheaded them").
std::optional<CasualtyFrame> PronounFrame(std::string_view clause, const std::vector<W>& ws,
                                          const std::vector<Quantity>& qs) {
  for (size_t i = 0; i + 1 < ws.size(); ++i) {
    // The end of the killing after the pronoun: "shot them dead", "beat
    // them to death".
    size_t after = i + 2;
    if (In(ws[i].lower, {"killed", "killing", "executed", "executing", "murdered",
                         "beheaded", "slaughtered", "lynched"})) {
    } else if (In(ws[i].lower, {"shot", "shooting", "gunned", "gunning"}) && i + 2 < ws.size() &&
               In(ws[i + 2].lower, {"dead", "down"})) {
      after = i + 3;
    } else if (IsToDeathVerb(ws[i].lower) && i + 3 < ws.size() && ws[i + 2].lower == "to" &&
               ws[i + 3].lower == "death") {
      after = i + 4;
    } else {
      continue;
    }
    const std::string_view pro = ws[i + 1].lower;
    if (!In(pro, {"him", "her", "them"})) continue;
    // ("killed him and his driver"; not "killed him and injured another
    // man", where "and" begins another verb.)
    bool more = after < ws.size() && In(ws[after].lower, {"and", "along", "alongside", "with"}) &&
                !AndBeginsAVerb(ws, after);
    if (more) continue;
    const size_t end = after - 1;
    if (pro != "them") {
      return OnePerson(CountKind::kKilled, clause, ws[i].span.begin, ws[end].span.end);
    }
    const Quantity* antecedent = nullptr;
    for (const Quantity& q : qs) {
      if (q.span.end <= ws[i].span.begin && !q.vague) antecedent = &q;
    }
    if (antecedent == nullptr) continue;
    // (The count's noun is people: a word of it, not a measure.)
    size_t n = WordAt(ws, antecedent->span.end);
    if (n >= ws.size() || ws[n].punct() || BlocksNounPhrase(ws[n].lower) ||
        IsNotPeople(ws[n].lower)) {
      continue;
    }
    // (The evidence names whom: "two teachers ... killed them"; "four
    // gunmen ... killed them" reads as attackers.)
    CasualtyFrame f = ExactFrame(CountKind::kKilled, clause, ws[i].span.begin,
                                 ws[end].span.end, antecedent->best);
    f.count.text = std::string(clause.substr(antecedent->span.begin,
                                             ws[n].span.end - antecedent->span.begin)) +
                   " ... " + f.count.text;
    return f;
  }
  return std::nullopt;
}

std::vector<CasualtyFrame> PersonFrames(std::string_view clause, const std::vector<W>& ws,
                                        const std::vector<Quantity>& qs) {
  std::vector<CasualtyFrame> out;
  // "leaving 2 civilians dead and a policeman injured": a singular noun
  // phrase with a bare participle, after "and" or "leaving".
  for (size_t i = 1; i + 2 < ws.size(); ++i) {
    if (!In(ws[i].lower, {"a", "an", "another", "one"})) continue;
    // ("resulting in a soldier dead and another wounded".)
    bool resulting = i >= 2 && ws[i - 1].lower == "in" &&
                     In(ws[i - 2].lower, {"resulting", "resulted", "result"});
    if (!In(ws[i - 1].lower, {"and", "leaving", "left"}) && !resulting) continue;
    for (size_t k = i + 1; k <= i + 3 && k < ws.size(); ++k) {
      CountKind kind;
      if (In(ws[k].lower, {"injured", "wounded", "hurt"})) kind = CountKind::kInjured;
      else if (In(ws[k].lower, {"dead", "killed"})) kind = CountKind::kKilled;
      else if (ws[k].lower == "missing") kind = CountKind::kMissing;
      else continue;
      bool ends = k + 1 >= ws.size() || ws[k + 1].punct() ||
                  In(ws[k + 1].lower, {"and", "in", "when", "after", "while", "as", "on", "at"});
      if (ends) {
        out.push_back(OnePerson(kind, clause, ws[i].span.begin, ws[k].span.end));
      }
      break;
    }
  }
  // "a tribal leader lost his life", "an attack that claimed the life of
  // his driver", "shooting him dead": one person, told without a numeral.
  for (size_t i = 0; i + 2 < ws.size(); ++i) {
    if (ws[i].lower == "lost" && In(ws[i + 1].lower, {"his", "her"}) && ws[i + 2].lower == "life") {
      out.push_back(OnePerson(CountKind::kKilled, clause, ws[i].span.begin, ws[i + 2].span.end));
      break;
    }
    if (In(ws[i].lower, {"claimed", "claiming", "took", "taking"}) && ws[i + 1].lower == "the" &&
        ws[i + 2].lower == "life" && i + 4 < ws.size() && ws[i + 3].lower == "of" &&
        In(ws[i + 4].lower, {"a", "an", "his", "her", "their", "one"})) {
      out.push_back(OnePerson(CountKind::kKilled, clause, ws[i].span.begin, ws[i + 4].span.end));
      break;
    }
    if (In(ws[i].lower, {"shooting", "shot", "gunning"}) && In(ws[i + 1].lower, {"him", "her"}) &&
        In(ws[i + 2].lower, {"dead", "down"})) {
      out.push_back(OnePerson(CountKind::kKilled, clause, ws[i].span.begin, ws[i + 2].span.end));
      break;
    }
    // "shooting dead a person", "shot a civilian dead": one person, named
    // by an article (a numeral makes a quantity). Not "shot dead a day
    // later", nor "shot dead a policeman and a soldier" (no one count).
    static const WordSet kNotPersons({"day", "week", "month", "year", "night", "morning",
                                      "evening", "afternoon", "hour", "few", "while", "moment",
                                      "short", "car", "vehicle", "bus", "truck"});
    if (!In(ws[i].lower, {"shooting", "shot", "gunning"})) continue;
    size_t obj = 0, last = 0;
    if (In(ws[i + 1].lower, {"dead", "down"}) && In(ws[i + 2].lower, {"a", "an", "one"}) &&
        i + 3 < ws.size() && !ws[i + 3].punct() && !kNotPersons.Contains(ws[i + 3].lower)) {
      obj = i + 3;
      last = obj;
      while (last + 1 < ws.size() && last < obj + 2 && !ws[last + 1].punct() &&
             !In(ws[last + 1].lower, {"and", "in", "at", "on", "near", "outside", "inside",
                                       "while", "as", "after", "before", "when", "who", "from"})) {
        ++last;
      }
      bool more = last + 2 < ws.size() && ws[last + 1].lower == "and" &&
                  (In(ws[last + 2].lower, {"a", "an", "one", "his", "her", "the", "another"}) ||
                   std::isdigit(static_cast<unsigned char>(ws[last + 2].text[0])) != 0);
      if (!more) {
        out.push_back(OnePerson(CountKind::kKilled, clause, ws[i].span.begin, ws[last].span.end));
        break;
      }
    } else if (ws[i].lower != "gunning" && In(ws[i + 1].lower, {"a", "an"}) &&
               !kNotPersons.Contains(ws[i + 2].lower)) {
      for (size_t k = i + 2; k < ws.size() && k <= i + 4 && !ws[k].punct(); ++k) {
        if (ws[k].lower == "and") break;
        if (ws[k].lower == "dead" && k > i + 2) {
          out.push_back(OnePerson(CountKind::kKilled, clause, ws[i].span.begin, ws[k].span.end));
          obj = k;
          break;
        }
      }
      if (obj != 0) break;
    }
  }
  // "resulted in the death of a policeman and the injury of two more",
  // "causing the deaths of a commander and 3 others": the people of the
  // death, and of the injury.
  bool nominal_seen[kNumCountKinds] = {};
  for (size_t i = 2; i + 2 < ws.size(); ++i) {
    CountKind kind;
    bool caused = In(ws[i - 2].lower, {"in", "to", "caused", "causing", "causes", "and"});
    if (ws[i].lower == "death" || ws[i].lower == "deaths") {
      kind = CountKind::kKilled;
    } else if (In(ws[i].lower, {"injury", "injuries", "wounding"})) {
      kind = CountKind::kInjured;  // "... and the injury of two more"
    } else if (In(ws[i].lower, {"throat", "throats"}) &&
               In(ws[i - 2].lower, {"slit", "slitting", "slashed", "slashing"})) {
      kind = CountKind::kKilled;  // "slit the throat of a 30-year-old man"
      caused = true;
    } else {
      continue;
    }
    if (ws[i - 1].lower != "the" || ws[i + 1].lower != "of" || !caused ||
        nominal_seen[static_cast<int>(kind)]) {
      continue;
    }
    size_t from = i + 2, to = from;
    while (to < ws.size() && to - from < 12 && !ws[to].punct() &&
           !In(ws[to].lower, {"in", "at", "on", "near", "while", "as", "when", "after", "by",
                              "during", "who", "which"}) &&
           !(ws[to].lower == "and" && to + 1 < ws.size() &&
             In(ws[to + 1].lower, {"the", "also", "injury", "injuries", "wounding", "injuring",
                                   "wounded", "injured"}))) {
      // ("a man suspecting him to be an informer", "and shot dead 16
      // more": a participle or another verb ends the people.)
      if (to > from && IsLowerWord(ws[to]) && ws[to].lower.size() > 4 &&
          EndsWith(ws[to].lower, "ing")) {
        break;
      }
      if (ws[to].lower == "and" && to + 1 < ws.size() && IsLowerWord(ws[to + 1]) &&
          !OpensNounPhrase(ws[to + 1].lower)) {
        break;
      }
      // ("the deaths of three soldiers and five wounded": the wounded are
      // not of the deaths.)
      if (ws[to].lower == "and") {
        bool hurt = false;
        for (size_t k = to + 1; k < ws.size() && k <= to + 3; ++k) {
          hurt |= In(ws[k].lower, {"wounded", "injured", "hurt", "injuries"});
        }
        if (hurt) break;
      }
      ++to;
    }
    int64_t n = to > from ? CountSubject(ws, from, to, qs, clause) : 0;
    if (n > 0) {
      out.push_back(ExactFrame(kind, clause, ws[i - 1].span.begin, ws[to - 1].span.end, n));
      nominal_seen[static_cast<int>(kind)] = true;
    }
  }
  // "his dead body has been found", "The decapitated body of X was found".
  for (size_t i = 1; i < ws.size(); ++i) {
    if (ws[i].lower != "body" && ws[i].lower != "corpse") continue;
    bool det = In(ws[i - 1].lower, {"his", "her", "the", "a", "dead", "decapitated", "mutilated", "its",
                                    "charred", "bullet-riddled", "bullet-ridden", "headless", "lifeless",
                                    "burnt", "burned", "dismembered", "tortured", "mutilated"});
    bool found_verb = false;
    for (size_t k = i + 1; k < ws.size() && k < i + 14; ++k) {
      found_verb |= In(ws[k].lower, {"found", "recovered", "discovered", "dumped"});
    }
    if (det && found_verb) {
      out.push_back(OnePerson(CountKind::kKilled, clause, ws[i - 1].span.begin, ws[i].span.end));
      break;
    }
  }
  for (size_t i = 0; i < ws.size(); ++i) {
    CountKind kind;
    size_t end;
    if (!HarmVerb(ws, i, &kind, &end)) continue;
    // Passive: "<subject> was killed", "<subject> were shot dead",
    // "<subject> was kidnapped and killed".
    size_t a = i;
    // "were kidnapped and (later) killed", "captured and then executed".
    for (;;) {
      if (a >= 2 && ws[a - 1].lower == "and" && EndsWith(ws[a - 2].lower, "ed")) {
        a -= 2;
      } else if (a >= 3 && In(ws[a - 1].lower, {"later", "then", "subsequently", "eventually"}) &&
                 ws[a - 2].lower == "and" && EndsWith(ws[a - 3].lower, "ed")) {
        a -= 3;
      } else {
        break;
      }
    }
    if (a >= 2 && ws[a - 1].lower == "and" && In(ws[a - 2].lower, {"shot", "beaten", "hit"})) {
      a -= 2;
    }
    if (ws[i].lower == "died" || ws[i].lower == "dies" || ws[i].lower == "succumbed") {
      // "A 65 year old villager died": a singular subject.
      size_t subj = SubjectStart(ws, i);
      if (subj + 1 == i && In(ws[subj].lower, {"he", "she"})) {
        out.push_back(OnePerson(CountKind::kKilled, clause, ws[subj].span.begin, ws[i].span.end));
        continue;
      }
      // "The governor of Nawa District ... died": walk back over "of".
      while (subj > 0 && subj < i && In(ws[subj - 1].lower, {"of", "in", "from"})) {
        size_t k = subj - 1;
        subj = SubjectStart(ws, k);
        if (subj == k) break;
      }
      if (subj < i && In(ws[subj].lower, {"a", "an", "the", "one"}) && !NonPersonHead(ws[i - 1].lower)) {
        bool has_q = false;
        for (const Quantity& q : qs) has_q |= q.span.begin >= ws[subj].span.begin && q.span.begin < ws[i].span.begin;
        if (!has_q) {
          out.push_back(OnePerson(CountKind::kKilled, clause, ws[subj].span.begin, ws[i].span.end));
        }
      }
      continue;
    }
    const size_t verb_a = a;
    while ((a > 0 && In(ws[a - 1].lower, {"been", "reportedly", "allegedly", "also", "later",
                                        "summarily", "brutally", "mercilessly", "execution-style",
                                        "publicly", "publically", "savagely", "cruelly",
                                        "reported", "confirmed",
                                        "being", "then", "all", "both", "subsequently",
                                        "critically", "seriously", "severely", "slightly",
                                        "lightly", "badly", "gravely", "mortally", "fatally",
                                        "injured", "wounded", "found"})) ||
           (a >= 2 && IsTimeFiller(ws[a - 1].lower))) {
      --a;
    }
    // "was in the early hours of yesterday killed": a longer time phrase
    // after the auxiliary.
    for (size_t k = verb_a >= 11 ? verb_a - 11 : 0; k + 1 < verb_a && k < a; ++k) {
      if ((SingularAux(ws[k].lower) || PluralAux(ws[k].lower)) &&
          IsTimeAdverbial(ws, k + 1, verb_a)) {
        a = k + 1;
        break;
      }
    }
    // "was on Tuesday [30 June] night shot dead": a bracketed aside too.
    while (a >= 3 && (ws[a - 1].text == "]" || ws[a - 1].text == ")" ||
                      IsTimeFiller(ws[a - 1].lower))) {
      if (IsTimeFiller(ws[a - 1].lower)) {
        --a;
        continue;
      }
      std::string_view close = ws[a - 1].text;
      size_t k = a - 1;
      while (k > 0 && ws[k].text != (close == "]" ? "[" : "(") && a - k < 8) --k;
      if (ws[k].text != (close == "]" ? "[" : "(")) break;
      a = k;
    }
    // "A villager was killed and his wife (seriously) injured": a second
    // subject whose auxiliary the first conjunct gave.
    if (a >= 4 && !(SingularAux(ws[a - 1].lower) || PluralAux(ws[a - 1].lower))) {
      size_t k = a - 1;
      while (k > 0 && a - k <= 5 && ws[k].lower != "and" && !ws[k].punct()) --k;
      CountKind first_kind;
      size_t first_end;
      bool conjunct = ws[k].lower == "and" && k + 1 < a && k >= 2 &&
                      In(ws[k + 1].lower, {"a", "an", "his", "her", "their", "one", "another",
                                           "two", "three", "four", "five", "six"}) &&
                      HarmVerb(ws, k - 1, &first_kind, &first_end) && first_end == k &&
                      (SingularAux(ws[k - 2].lower) || PluralAux(ws[k - 2].lower));
      // (Not "an unknown number of others": no count.)
      for (size_t w = k + 1; w < a && conjunct; ++w) {
        conjunct = !In(ws[w].lower, {"number", "unknown", "undetermined", "unspecified",
                                     "several", "many", "some"});
      }
      if (conjunct) {
        int64_t n = CountSubject(ws, k + 1, a, qs, clause);
        if (n > 0) {
          out.push_back(ExactFrame(kind, clause, ws[k + 1].span.begin, ws[end - 1].span.end, n));
          continue;
        }
      }
    }
    if (a > 0 && (SingularAux(ws[a - 1].lower) || PluralAux(ws[a - 1].lower) ||
                  ws[a - 1].lower == "had")) {
      size_t aux = a - 1;
      bool singular = SingularAux(ws[aux].lower);
      size_t subj = SubjectStart(ws, aux);
      int64_t n = 0;
      // "The attack was executed": a thing, not a person. A noun inside a
      // prepositional phrase ("a preacher in a mosque was killed") is not
      // the subject's head.
      // ("The principal of Mirwais Nika High School has been killed".)
      bool in_pp = false;
      for (size_t k = aux >= 6 ? aux - 6 : 0; k + 1 < aux; ++k) {
        in_pp |= In(ws[k].lower, {"in", "at", "of", "from", "near"});
      }
      if (subj < aux && NonPersonHead(ws[aux - 1].lower) && !in_pp) continue;
      // "No one was killed", "nobody was hurt": a zero, not a toll.
      bool negated = false;
      for (size_t k = subj; k < aux; ++k) {
        negated |= In(ws[k].lower, {"no", "nobody", "none", "neither", "nor", "noone"});
      }
      if (negated) continue;
      if (singular) {
        n = 1;
      } else if (subj < aux) {
        n = CountSubject(ws, subj, aux, qs, clause);
      }
      // "... was shot dead with his wife and child", "along with his driver"
      // (also after "on Friday").
      {
        size_t e = end;
        while (e < ws.size() && e < end + 4 && IsTimeFiller(ws[e].lower)) ++e;
        if (e > end && e + 1 < ws.size() && ws[e].lower == "along" && ws[e + 1].lower == "with") {
          end = e;
        }
        // ("has been killed in a suicide attack along with 13 other
        // people": past a short phrase of where or how.)
        for (size_t k = end; k + 2 < ws.size() && k < end + 8 && !ws[k].punct(); ++k) {
          if (ws[k].lower == "along" && ws[k + 1].lower == "with") {
            if (k > end && In(ws[end].lower, {"in", "at", "on", "near", "by", "during"})) end = k;
            break;
          }
        }
      }
      if (n > 0 && end < ws.size() && (ws[end].lower == "with" || ws[end].lower == "along")) {
        size_t w0 = ws[end].lower == "along" ? end + 2 : end + 1;
        // (A bare "with a" is the means: "murdered with a blunt object",
        // "killed with a pistol shot"; "along with a colleague" is people.)
        bool along = ws[end].lower == "along";
        // (A count with its own harm is no companion: "killed with 5
        // wounded", "with several others sustaining injuries".)
        bool counted = false;
        for (const Quantity& q : qs) {
          counted |= w0 < ws.size() && q.span.begin == ws[w0].span.begin && !q.vague;
        }
        for (size_t k = w0; counted && k < ws.size() && k < w0 + 5 && !ws[k].punct(); ++k) {
          counted = !In(ws[k].lower, {"wounded", "injured", "hurt", "sustaining", "sustained",
                                      "injuries", "injuring", "wounding"});
        }
        if (w0 < ws.size() &&
            (In(ws[w0].lower, {"his", "her", "their", "two", "three", "four", "five"}) ||
             counted || (along && In(ws[w0].lower, {"a", "an"})))) {
          size_t stop = CompanionsEnd(ws, w0);
          int64_t extra = CountSubject(ws, w0, stop, qs, clause);
          if (extra > 0) {
            n += extra;
            end = stop;
          }
        }
      }
      if (n > 0 && subj < aux) {
        out.push_back(ExactFrame(kind, clause, ws[subj].span.begin, ws[end - 1].span.end, n));
        continue;
      }
      // "Unknown gunmen on Wednesday have reportedly killed an Egba
      // chief": a perfect with an object, read as active below.
      bool object = end < ws.size() && In(ws[end].lower, {"a", "an", "the", "his", "her",
                                                          "their", "one", "another"});
      if (!object || ws[aux].lower == "was" || ws[aux].lower == "were") continue;
    }
    // Active: "shot dead the youth leader", "killed a policeman and a
    // civilian", "killed the mayor and two of his bodyguards".
    if (end < ws.size() && In(ws[end].lower, {"himself", "herself"}) && kind == CountKind::kKilled) {
      out.push_back(OnePerson(kind, clause, ws[i].span.begin, ws[end].span.end));
      continue;
    }
    if (end < ws.size() && In(ws[end].lower, {"him", "her"}) &&
        (end + 1 >= ws.size() || ws[end + 1].lower != "and") && kind == CountKind::kKilled) {
      // ("killing him along with his two comrades".)
      if (end + 3 < ws.size() && ws[end + 1].lower == "along" && ws[end + 2].lower == "with") {
        size_t w0 = end + 3, s2 = CompanionsEnd(ws, w0);
        int64_t extra = CountSubject(ws, w0, s2, qs, clause);
        if (extra > 0) {
          out.push_back(ExactFrame(kind, clause, ws[i].span.begin, ws[s2 - 1].span.end,
                                   1 + extra));
          continue;
        }
      }
      out.push_back(OnePerson(kind, clause, ws[i].span.begin, ws[end].span.end));
      continue;
    }
    // A named victim: two capitalised words ("Mike Ojon", "Somali Member
    // of Parliament"), not a group ("killing Muslims").
    auto cap = [&](size_t k) {
      return k < ws.size() && !ws[k].punct() &&
             std::isupper(static_cast<unsigned char>(clause[ws[k].span.begin]));
    };
    // "shot dead Somali cleric Sheikh Magan": a nationality before a
    // singular role and a name.
    // ("killing Muslims in Chechnya" is a group, in a place.)
    bool proper = cap(end) && (cap(end + 1) || (end + 2 < ws.size() && cap(end + 2) &&
                                                !EndsWith(ws[end].lower, "s") &&
                                                !EndsWith(ws[end + 1].lower, "s") &&
                                                !ws[end + 1].punct() &&
                                                !In(ws[end + 1].lower, {"in", "on", "at", "of",
                                                                        "and", "from", "near",
                                                                        "to", "into", "for"})));
    // "killed lawyer Ghulam Hussain Bokhari": a singular role, then a name
    // of two words or more.
    bool role_and_name = end + 2 < ws.size() && !cap(end) && !ws[end].punct() &&
                         ws[end].lower.size() > 3 && !EndsWith(ws[end].lower, "s") &&
                         cap(end + 1) && cap(end + 2);
    // "killed Somalia's deputy chief prosecutor": a possessive name before
    // a singular role.
    bool possessive_role = cap(end) && end + 1 < ws.size() && !cap(end + 1) &&
                           !ws[end + 1].punct() &&
                           (EndsWith(ws[end].lower, "'s") ||
                            EndsWith(ws[end].lower, "\xE2\x80\x99s")) &&
                           !EndsWith(ws[end + 1].lower, "s");
    // (Not "killed Nigeria's 20 soldiers", nor a list: "killed lawyer Ali
    // Khan and his driver".)
    for (size_t k = end; (role_and_name || possessive_role) && k < ws.size() && k < end + 7;
         ++k) {
      // ("and will target more", "and fled": another verb, not a list.)
      bool list = (ws[k].lower == "and" || ws[k].lower == "along") && k + 1 < ws.size() &&
                  (OpensNounPhrase(ws[k + 1].lower) || ws[k + 1].lower == "with" || cap(k + 1) ||
                   std::isdigit(static_cast<unsigned char>(ws[k + 1].text[0])));
      if (list) role_and_name = possessive_role = false;
      for (const Quantity& q : qs) {
        if (q.span.begin == ws[k].span.begin) role_and_name = possessive_role = false;
      }
    }
    if (role_and_name || possessive_role) {
      out.push_back(OnePerson(kind, clause, ws[i].span.begin,
                              ws[role_and_name ? end + 2 : end + 1].span.end));
      continue;
    }
    if (end < ws.size() &&
        (proper || In(ws[end].lower, {"a", "an", "the", "his", "her", "their", "its", "one",
                                      "another"}))) {
      size_t stop = end;
      for (;;) {
        // "killed a party leader, Mian Mushtaq, and his two aides": a name
        // set off by commas is the same person (CountSubject passes it
        // over); the object goes on after it.
        if (stop < ws.size() && stop > end && ws[stop].text == "," && cap(stop + 1)) {
          size_t e = stop + 1;
          while (e < ws.size() && cap(e) && e - stop < 6) ++e;
          if (e < ws.size() && (ws[e].text == "," || ws[e].lower == "and") && e + 1 < ws.size() &&
              (ws[e].lower == "and" || ws[e + 1].lower == "and")) {
            stop = e;
            if (ws[stop].text == ",") ++stop;
            continue;
          }
        }
        // "killed a policeman, a soldier and two civilians": a list, which
        // ends in "and" ("Alaa Idwar, a cameraman, as he walked" is one
        // man; "Morris Jonathan, 34," an age).
        if (stop < ws.size() && stop > end && ws[stop].text == "," && stop + 2 < ws.size() &&
            ws[stop + 2].text != "," &&
            In(ws[end].lower, {"a", "an", "the", "his", "her", "their"}) &&
            (In(ws[stop + 1].lower, {"a", "an", "his", "her", "their", "another"}) ||
             [&] {
               for (const Quantity& q : qs) {
                 if (q.span.begin == ws[stop + 1].span.begin) return true;
               }
               return false;
             }())) {
          bool ends_in_and = false;
          for (size_t k = stop + 2; k < ws.size() && k < stop + 9 && !ws[k].punct(); ++k) {
            if (ws[k].lower == "and") {
              ends_in_and = true;
              break;
            }
          }
          if (ends_in_and) {
            ++stop;
            continue;
          }
        }
        if (!(stop < ws.size() && !ws[stop].punct() &&
              !In(ws[stop].lower, {"in", "on", "at", "near", "when", "after", "while", "as",
                                   "during", "outside", "inside", "with", "by", "from", "who",
                                   "which", "before", "since"}) &&
              stop - end < 20)) {
          break;
        }
        // "killing a policeman and injuring two others", "and stealing
        // sheep": "and" before a verb ends the object.
        if (AndBeginsAVerb(ws, stop)) break;  // ("and stole the vehicle")
        ++stop;
      }
      // Only people: the object must not itself hold a count word that
      // the quantity frames read ("killed the two men").
      bool has_q = false;
      for (const Quantity& q : qs) has_q |= q.span.begin == ws[end].span.begin;
      if (has_q) continue;
      int64_t n = CountSubject(ws, end, stop, qs, clause);
      // "killed the district police chief along with nine other policemen".
      size_t last = stop;
      if (n > 0 && stop + 1 < ws.size() && ws[stop].lower == "with" && stop > end &&
          ws[stop - 1].lower == "along") {
        size_t w0 = stop + 1, s2 = CompanionsEnd(ws, w0, /*stop_at_and=*/true);
        int64_t extra = CountSubject(ws, w0, s2, qs, clause);
        if (extra > 0) {
          n = CountSubject(ws, end, stop - 1, qs, clause) + extra;
          last = s2;
        }
      }
      stop = last;
      if (n > 0) {
        CasualtyFrame f;
        f.kind = kind;
        size_t b = ws[i].span.begin;
        f.span = {b, ws[stop - 1].span.end};
        f.count.best = n;
        f.count.min = n;
        f.count.max = n;
        f.count.text = std::string(clause.substr(b, f.span.end - b));
        out.push_back(std::move(f));
      }
    }
  }
  return out;
}

}  // namespace

std::vector<CasualtyFrame> FindCasualties(std::string_view clause) {
  return FindCasualties(TokenizedText(clause));
}

std::vector<CasualtyFrame> FindCasualties(const TokenizedText& tokenized) {
  std::string_view clause = tokenized.text();
  const std::vector<W>& ws = tokenized.words();
  const std::vector<Quantity> qs = FindQuantities(clause);
  std::vector<CasualtyFrame> out = QuantityFrames(clause, ws, qs);
  // "48 civilians were killed [later reports say as many as 145 killed]":
  // a count in brackets beside one of the same kind outside them is
  // another report of the same dead, not more dead; the statement stands.
  // (Between dashes too: "killing six people -- a local source says 36
  // killed -- and burning houses".)
  auto bracketed = [&](const CasualtyFrame& f) {
    int depth = 0;
    bool dashed = false;
    for (size_t k = 0; k < clause.size() && k < f.span.begin; ++k) {
      if (clause[k] == '[' || clause[k] == '(') ++depth;
      if ((clause[k] == ']' || clause[k] == ')') && depth > 0) --depth;
      if (clause.compare(k, 2, "--") == 0) {
        dashed = !dashed;
        ++k;
      } else if (clause.compare(k, 3, "\xE2\x80\x94") == 0) {
        dashed = !dashed;
        k += 2;
      }
    }
    return depth > 0 || dashed;
  };
  std::erase_if(out, [&](const CasualtyFrame& f) {
    if (!bracketed(f)) return false;
    for (const CasualtyFrame& o : out) {
      if (&o != &f && o.kind == f.kind && !bracketed(o)) return true;
    }
    return false;
  });
  // "14 civilians were killed ..., while an official put the toll at 14":
  // a toll beside a count of the dead restates it.
  std::erase_if(out, [&](const CasualtyFrame& f) {
    if (f.kind != CountKind::kKilled) return false;
    std::string_view text = clause.substr(f.span.begin, f.span.end - f.span.begin);
    if (FindIgnoreCaseAscii(text, "toll") == std::string_view::npos) return false;
    for (const CasualtyFrame& o : out) {
      if (&o != &f && o.kind == CountKind::kKilled && o.count.best == f.count.best &&
          FindIgnoreCaseAscii(clause.substr(o.span.begin, o.span.end - o.span.begin), "toll") ==
              std::string_view::npos) {
        return true;
      }
    }
    return false;
  });
  // Frames for people counted without numerals, where no numeral frame of
  // the same kind covers them.
  for (CasualtyFrame& f : PersonFrames(clause, ws, qs)) {
    bool covered = false;
    for (CasualtyFrame& o : out) {
      if (o.kind != f.kind) continue;
      bool overlap = f.span.begin < o.span.end && o.span.begin < f.span.end;
      if (overlap) {
        // "Two policemen and a civilian were killed": the person frame
        // adds the singular parts the numeral frame could not.
        if (f.count.best > o.count.best) o = f;
        covered = true;
      }
    }
    if (!covered) out.push_back(std::move(f));
  }
  bool any_killed = std::any_of(out.begin(), out.end(), [](const CasualtyFrame& f) {
    return f.kind == CountKind::kKilled;
  });
  if (!any_killed) {
    if (std::optional<CasualtyFrame> f = PronounFrame(clause, ws, qs)) out.push_back(std::move(*f));
  }
  // "residents said 19 persons were killed ... while the police said five
  // were killed": two reports of the same dead; the higher stands (after the person
  // frames, which would read the lower again).
  {
    std::vector<bool> drop(out.size(), false);
    for (size_t a = 0; a < out.size(); ++a) {
      for (size_t b = a + 1; b < out.size(); ++b) {
        if (out[a].kind != out[b].kind || drop[a] || drop[b]) continue;
        const CasualtyFrame& x = out[a].span.begin < out[b].span.begin ? out[a] : out[b];
        const CasualtyFrame& y = &x == &out[a] ? out[b] : out[a];
        if (y.span.begin <= x.span.end) continue;
        std::string_view gap = clause.substr(x.span.end, y.span.begin - x.span.end);
        if (gap.size() > 80) continue;
        bool contrast = FindIgnoreCaseAscii(gap, "while ") != std::string_view::npos ||
                        FindIgnoreCaseAscii(gap, "whereas ") != std::string_view::npos ||
                        FindIgnoreCaseAscii(gap, " but ") != std::string_view::npos;
        bool source = FindIgnoreCaseAscii(gap, " said") != std::string_view::npos ||
                      FindIgnoreCaseAscii(gap, " says") != std::string_view::npos ||
                      FindIgnoreCaseAscii(gap, " put ") != std::string_view::npos ||
                      FindIgnoreCaseAscii(gap, " claim") != std::string_view::npos ||
                      FindIgnoreCaseAscii(gap, "according") != std::string_view::npos;
        if (!contrast || !source) continue;
        if (out[a].count.best >= out[b].count.best) drop[b] = true;
        else drop[a] = true;
      }
    }
    std::vector<CasualtyFrame> kept;
    for (size_t a = 0; a < out.size(); ++a) {
      if (!drop[a]) kept.push_back(std::move(out[a]));
    }
    out = std::move(kept);
  }
  return out;
}

}  // namespace dateline
