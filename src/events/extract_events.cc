// Copyright 2026 The Dateline Authors.
//
// From articles to fused events. The mention stage looks at one clause at
// a time; the fusion stage decides which mentions tell the same incident.

#include "events/extract_events.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <unordered_map>

#include "events/casualties.h"
#include "events/lexicon.h"
#include "events/place_mentions.h"
#include "geo/countries.h"
#include "geo/fold.h"
#include "geo/gazetteer.h"
#include "geo/resolve.h"
#include "util/embedded_data.h"
#include "text/dates.h"
#include "text/sentences.h"
#include "text/tokenized_text.h"
#include "util/strings.h"
#include "util/word_set.h"

namespace dateline {

namespace {

constexpr size_t kMaxSummaryBytes = 400;
// A trigger at or below this priority ("attack", "strike") says violence
// happened but not which kind; it fuses with any violent family.
constexpr int kGenericPriority = 55;

enum class UnitKind { kHeadline, kBullet, kParagraph, kCaption, kFactItem };

struct Unit {
  UnitKind kind;
  std::string text;
};

struct Mention {
  int article = 0;
  std::string sentence;
  int64_t span_begin = -1;
  int64_t span_end = -1;
  int trigger = -1;        // rule index, -1 if none
  int priority = 0;        // of the trigger, or of the inferred type
  std::string type, subtype;
  std::optional<Count> counts[kNumCountKinds];
  // Counts of people in addition to those told before ("Two attackers were
  // also killed"): they add to an incident's toll instead of revising it.
  bool additional[kNumCountKinds] = {};
  // Counts only of the attackers ("Four attackers were later killed"):
  // other people than those a report counts first.
  bool attackers[kNumCountKinds] = {};
  DateValue date;
  bool own_date = false;   // the clause itself dates the incident
  std::string place;       // best place name, "" if none
  std::string place_container;
  std::string place_container_feature;  // "state" for "... of Kano State"
  int place_rank = 0;
  bool place_facility = false;
  bool place_is_country = false;
  std::string place_feature;  // "district", "city", ... as the text said
  std::string country;  // ISO code of the place, "" if unknown
  // The gazetteer's entry for the place, when there is a gazetteer and it
  // knows the name (string views into the mapped file).
  bool has_geo = false;
  GeoPlace geo;
  PlacePrecision precision = PlacePrecision::kCity;
  // Every place field above: the name as the text gave it and what it
  // resolved to.
  void TakePlaceOf(const Mention& o) {
    place = o.place;
    place_container = o.place_container;
    place_container_feature = o.place_container_feature;
    place_rank = o.place_rank;
    place_facility = o.place_facility;
    place_is_country = o.place_is_country;
    place_feature = o.place_feature;
    country = o.country;
    has_geo = o.has_geo;
    geo = o.geo;
    precision = o.precision;
  }
  std::vector<Actor> actors;
  UnitKind unit = UnitKind::kParagraph;
  // A trigger with neither counts nor a date of its own ("the gunfight
  // broke out in X district"): it can add to an incident told elsewhere,
  // never make one.
  bool weak() const { return !has_counts() && !own_date; }
  bool has_counts() const {
    for (const auto& c : counts) {
      if (c) return true;
    }
    return false;
  }
};

bool IsViolent(const std::string& type) {
  return type == "Violence against civilians" || type == "Explosions/Remote violence" ||
         type == "Battles" || type == "Riots";
}

// In, ignoring ASCII case.
bool InAnyCase(std::string_view w, std::initializer_list<std::string_view> set) {
  for (std::string_view s : set) {
    if (EqualsIgnoreCaseAscii(w, s)) return true;
  }
  return false;
}

// The words of a clause, punctuation left out, for the small look-behinds
// (read lower-cased: `ws[i].lower`).
std::vector<Word> WordsOnly(const TokenizedText& clause) {
  std::vector<Word> out;
  out.reserve(clause.words().size());
  for (const Word& w : clause.words()) {
    if (!w.punct()) out.push_back(w);
  }
  return out;
}

// Words before `pos` that make what follows unreal: plans, threats, risks.
bool IsIrrealis(const std::vector<Word>& ws, size_t pos) {
  static const WordSet kIrrealis(
      {"plans", "plan", "planned", "planning", "plot", "plotting", "risk", "threat", "threats",
       "threatened", "threatens", "could", "would", "will", "may", "might", "capability",
       "capabilities", "warned", "warning", "warns", "vowed", "vows", "intend", "intends",
       "aims", "prevent", "prevented", "foiled", "thwarted", "if", "possible", "potential",
       "opportunity", "should", "condemned", "condemns", "fears", "fear", "avoid", "counter",
       "combat", "fighting", "punish", "anniversary", "memory"});
  // "a break in the fighting", "a lull in the fighting": its absence.
  static const WordSet kPause({"break", "lull", "pause", "halt", "end", "stop", "respite"});
  int seen = 0;
  for (size_t i = ws.size(); i-- > 0;) {
    if (ws[i].span.end > pos) continue;
    if (++seen > 6) break;
    if (kIrrealis.Contains(ws[i].lower)) return true;
    if (seen <= 3 && kPause.Contains(ws[i].lower) && i + 1 < ws.size() &&
        (ws[i + 1].lower == "in" || ws[i + 1].lower == "to")) {
      return true;
    }
  }
  return false;
}

struct Clause {
  std::string text;
  // Of `text` in the sentence, or npos for a clause joined around an aside.
  size_t offset = std::string::npos;
};

// Splits a sentence into clauses at dashes, semicolons and " after " (but
// not "a day after", which dates one clause by the other). A pair of
// dashes encloses an aside: "members of X — the protest group ... — were
// attacked" is one clause without the aside.
std::vector<Clause> Clauses(std::string_view s) {
  static const std::string_view kDashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 "};
  constexpr std::string_view kDashStart = " \xE2\x80";  // what both dashes start with
  std::vector<size_t> dashes;
  for (size_t i = s.find(kDashStart); i != std::string_view::npos; i = s.find(kDashStart, i + 1)) {
    for (std::string_view d : kDashes) {
      if (s.compare(i, d.size(), d) == 0) dashes.push_back(i);
    }
  }
  std::vector<Clause> pieces;
  std::string cur;
  size_t pos = 0;
  size_t cur_offset = 0;  // of `cur` in the sentence, npos once joined
  for (size_t k = 0; k < dashes.size(); ++k) {
    if (k + 1 < dashes.size()) {
      // An aside: keep what surrounds it as one piece.
      cur += std::string(s.substr(pos, dashes[k] - pos));
      pos = dashes[k + 1] + 5;
      ++k;
      cur += ' ';
      cur_offset = std::string::npos;
      continue;
    }
    cur += std::string(s.substr(pos, dashes[k] - pos));
    pieces.push_back({std::move(cur), cur_offset});
    cur.clear();
    pos = dashes[k] + 5;
    cur_offset = pos;
  }
  cur += std::string(s.substr(pos));
  pieces.push_back({std::move(cur), cur_offset});

  std::vector<Clause> out;
  for (const Clause& piece : pieces) {
    std::string_view p = piece.text;
    // A trimmed part of the piece, placed in the sentence if the piece is.
    auto add = [&](std::string_view part) {
      std::string_view c = TrimView(part);
      if (c.empty()) return;
      size_t offset = piece.offset == std::string::npos
                          ? std::string::npos
                          : piece.offset + static_cast<size_t>(c.data() - p.data());
      out.push_back({std::string(c), offset});
    };
    size_t start = 0;
    // Only a ';' or " after " can cut.
    auto next_candidate = [p](size_t from) {
      return std::min({p.find(';', from), p.find(" after ", from), p.size()});
    };
    for (size_t i = next_candidate(0); i < p.size(); i = next_candidate(i + 1)) {
      bool cut = false;
      size_t next = i + 1;
      if (p[i] == ';') {
        cut = true;
      } else if (p.compare(i, 7, " after ") == 0) {
        // "a day after", "hours after", "shortly after" relate the parts.
        std::string before = ToLowerAscii(p.substr(i >= 12 ? i - 12 : 0, i >= 12 ? 12 : i));
        static const char* kTimeWords[] = {"day", "days", "hours", "hour", "shortly", "soon",
                                           "weeks", "week", "minutes", "just", "months",
                                           "month", "moments", "years", "year"};
        bool temporal = false;
        for (const char* t : kTimeWords) temporal |= EndsWith(before, t);
        if (!temporal) {
          cut = true;
          next = i + 1;
        }
      }
      if (cut) {
        add(p.substr(start, i - start));
        start = next;
      }
    }
    add(p.substr(start));
  }
  return out;
}

// "a day after", "two days after", "a day before" between a date and the
// trigger: the incident's date is that many days off the date given.
int DayShift(std::string_view between) {
  std::string s = ToLowerAscii(between);
  struct Rule {
    const char* text;
    int days;
  };
  static const Rule kRules[] = {{"a day after", -1},      {"one day after", -1},
                                {"two days after", -2},   {"three days after", -3},
                                {"a day before", 1},      {"one day before", 1},
                                {"two days before", 2},   {"a week after", -7},
                                {"the day after", -1},    {"the day before", 1}};
  for (const Rule& r : kRules) {
    if (s.find(r.text) != std::string::npos) return r.days;
  }
  return 0;
}

bool IsSpeechWord(std::string_view w) {
  static const WordSet kSpeech({"said", "says", "told", "reported", "announced", "added",
                                "stated", "confirmed", "tweeted", "wrote", "report", "reports",
                                "statement", "briefing", "vowed", "ordered", "pleaded",
                                "released", "issued", "published", "showed"});
  return kSpeech.Contains(w);
}

// What a date in a clause or sentence dates.
enum class DateRole {
  kIncident,  // "killed on Sunday"
  kReport,    // "police said Sunday", "residents yesterday said", "as of Sunday"
  kState,     // "since 2022", "until Monday"
};

DateRole RoleOfDate(const std::vector<Word>& words, const DateMention& d) {
  // The two words before the date, the one after.
  int back = 0;
  for (size_t i = words.size(); i-- > 0;) {
    if (words[i].span.end > d.span.begin) continue;
    if (back == 0 && words[i].span.end + 2 >= d.span.begin &&
        InAnyCase(words[i].lower, {"since", "until", "till"})) {
      return DateRole::kState;
    }
    if (++back > 2) break;
    if (IsSpeechWord(words[i].lower)) return DateRole::kReport;
    if (words[i].lower == "of" && i > 0 && words[i - 1].lower == "as") return DateRole::kReport;
  }
  for (const Word& w : words) {
    if (w.span.begin >= d.span.end) {
      if (w.span.begin <= d.span.end + 2 && IsSpeechWord(w.lower)) return DateRole::kReport;
      break;
    }
  }
  return DateRole::kIncident;
}

// Generic actor nouns: "gunmen", "Chechen militants", "suicide bombers".
void FindGenericActors(const TokenizedText& tokenized,
                       std::vector<std::pair<TextSpan, std::string>>* out) {
  static const WordSet kNouns(
      {"militants", "separatists", "rebels", "insurgents", "gunmen", "gunman", "jihadists",
       "extremists", "attackers", "assailants", "bombers", "bomber", "fighters", "terrorists",
       "bandits", "herdsmen", "pirates", "mob", "guerrillas", "militiamen", "militia",
       "soldiers", "troops", "police", "commandos", "protesters", "gangs"});
  static const WordSet kQualifiers(
      {"suicide", "armed", "suspected", "islamist", "unknown", "unidentified"});
  std::string_view clause = tokenized.text();
  const std::vector<Word>& toks = tokenized.words();
  for (size_t i = 0; i < toks.size(); ++i) {
    if (!kNouns.Contains(toks[i].lower)) continue;
    // "..., police said": the source of the report, not a party to it.
    if (i + 1 < toks.size() && IsSpeechWord(toks[i + 1].lower) &&
        (toks[i].lower == "police" || toks[i].lower == "soldiers" || toks[i].lower == "troops")) {
      bool after_comma = i > 0 && toks[i - 1].punct();
      bool after_det = i > 0 && (toks[i - 1].lower == "the" || toks[i - 1].lower == "local");
      if (after_comma || after_det || i == 0) continue;
    }
    size_t b = i;
    // Up to two capitalised or qualifying words before: "Chechen",
    // "Maoist", "suicide", "Islamist".
    for (int k = 0; k < 2 && b > 0; ++k) {
      std::string_view prev = toks[b - 1].text;
      unsigned char c = prev.empty() ? 0 : static_cast<unsigned char>(prev[0]);
      static const WordSet kNotQualifiers(
          {"a", "an", "the", "two", "three", "four", "five", "six", "seven", "eight", "nine",
           "ten", "one", "some", "several", "many", "dozens", "hundreds", "few", "at", "least",
           "but", "and", "when", "after", "as", "he", "she", "they", "his", "their", "its",
           "police", "in", "on", "of"});
      if (toks[b - 1].kind == TokenKind::kWord && !kNotQualifiers.Contains(toks[b - 1].lower) &&
          (std::isupper(c) || kQualifiers.Contains(prev))) {
        --b;
      } else {
        break;
      }
    }
    TextSpan sp{toks[b].span.begin, toks[i].span.end};
    out->push_back({sp, std::string(sp.Of(clause))});
  }
}

std::string FirstUpper(std::string s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
  return s;
}

struct BranchRow {
  std::string parent, code, branch;
};

// data/branches.tsv, parsed once.
const std::vector<BranchRow>& Branches() {
  static const std::vector<BranchRow>* rows = [] {
    auto* out = new std::vector<BranchRow>();
    for (std::string_view line : SplitLines(FindEmbeddedFile("branches.tsv"))) {
      if (TrimView(line).empty() || line[0] == '#') continue;
      size_t a = line.find('\t');
      size_t b = a == std::string_view::npos ? a : line.find('\t', a + 1);
      if (b == std::string_view::npos) continue;
      out->push_back({std::string(line.substr(0, a)), std::string(line.substr(a + 1, b - a - 1)),
                      Trim(line.substr(b + 1))});
    }
    return out;
  }();
  return *rows;
}

// data/actor_countries.tsv: where each group operates, as written ("SO|KE",
// main country first), and its main country alone.
struct ActorCountryRow {
  std::string all;
  std::string main;
};
const std::map<std::string, ActorCountryRow>& ActorCountryTable() {
  static const std::map<std::string, ActorCountryRow>* table = [] {
    auto* out = new std::map<std::string, ActorCountryRow>();
    for (std::string_view line : SplitLines(FindEmbeddedFile("actor_countries.tsv"))) {
      if (TrimView(line).empty() || line[0] == '#') continue;
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      std::string codes = Trim(line.substr(tab + 1));
      std::string main = codes.substr(0, codes.find('|'));
      (*out)[std::string(line.substr(0, tab))] = {std::move(codes), std::move(main)};
    }
    return out;
  }();
  return *table;
}

// Every country a group operates in, '|'-separated; null if not listed.
const std::string* ActorCountries(const std::string& canonical) {
  auto it = ActorCountryTable().find(canonical);
  return it == ActorCountryTable().end() ? nullptr : &it->second.all;
}

// Where a group mainly operates; null if not listed.
const std::string* ActorCountry(const std::string& canonical) {
  auto it = ActorCountryTable().find(canonical);
  return it == ActorCountryTable().end() ? nullptr : &it->second.main;
}

// The capitalised name after ", or " at `pos` ("IS-K, or Islamic State in
// Khorasan Province"), or "".
std::string OrAlias(std::string_view clause, size_t pos) {
  std::string_view rest = clause.substr(pos);
  if (!StartsWith(rest, ", or ")) return "";
  rest.remove_prefix(5);
  size_t end = 0;
  size_t words = 0;
  while (end < rest.size() && words < 8) {
    size_t w = end;
    while (w < rest.size() && rest[w] != ' ' && rest[w] != ',' && rest[w] != '.' &&
           rest[w] != ';') {
      ++w;
    }
    std::string_view word = rest.substr(end, w - end);
    bool cap = !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) ||
                                 word == "in" || word == "of" || word == "the" || word == "al");
    if (!cap) break;
    end = w;
    ++words;
    if (end < rest.size() && rest[end] == ' ') ++end;
    else break;
  }
  std::string alias = Trim(rest.substr(0, end));
  while (!alias.empty() && (EndsWith(alias, " in") || EndsWith(alias, " of") ||
                            EndsWith(alias, " the"))) {
    alias = Trim(std::string_view(alias).substr(0, alias.rfind(' ')));
  }
  if (alias.empty() || !std::isupper(static_cast<unsigned char>(alias[0]))) return "";
  return alias;
}

// Branch phrases: "the Afghan branch of Daesh", "Daesh's Afghan affiliate".
struct BranchMatch {
  size_t begin = 0, end = 0;
  std::string demonym;
};

BranchMatch FindBranchPhrase(const TokenizedText& t) {
  static const WordSet kBranch({"branch", "affiliate", "wing", "arm", "offshoot", "franchise",
                                "chapter", "province"});
  const std::vector<Word>& ws = t.words();
  for (size_t i = 1; i + 1 < ws.size(); ++i) {
    if (!kBranch.Contains(ws[i].lower)) continue;
    // "<Demonym> branch of <Group>"
    if (ws[i + 1].lower == "of" && Countries::Default().ByDemonym(ws[i - 1].text)) {
      return {ws[i - 1].span.begin, i + 2 < ws.size() ? ws[i + 2].span.end : ws[i + 1].span.end,
              std::string(ws[i - 1].text)};
    }
    // "<Group>'s <Demonym> branch"
    if (Countries::Default().ByDemonym(ws[i - 1].text) && i >= 2) {
      return {ws[i - 2].span.begin, ws[i].span.end, std::string(ws[i - 1].text)};
    }
  }
  return {};
}

std::string_view BranchPhrase(const TokenizedText& t) {
  BranchMatch b = FindBranchPhrase(t);
  return t.text().substr(b.begin, b.end - b.begin);
}

bool InBranchPhrase(const TokenizedText& t, TextSpan sp) {
  BranchMatch b = FindBranchPhrase(t);
  return b.end > b.begin && sp.begin >= b.begin && sp.begin <= b.end + 2;
}

std::string ResolveBranch(const TokenizedText& t, const std::vector<ActorHit>& hits,
                          const ActorLexicon& actors) {
  BranchMatch b = FindBranchPhrase(t);
  if (b.end <= b.begin) return "";
  const CountryInfo* c = Countries::Default().ByDemonym(b.demonym);
  if (c == nullptr) return "";
  for (const ActorHit& h : hits) {
    if (h.begin + 2 < b.begin || h.begin > b.end + 2) continue;
    const std::string& parent = actors.entries()[h.entry].canonical;
    for (const auto& [p, code, branch] : Branches()) {
      if (p == parent && code == c->code) return branch;
    }
  }
  return "";
}

bool IsPossessive(std::string_view lower, size_t end) {
  std::string_view after = lower.substr(end, std::min<size_t>(4, lower.size() - end));
  return StartsWith(after, "'s") || StartsWith(after, "\xE2\x80\x99s");
}

// The index of the hit that claimed the incident, or -1: "X claimed
// responsibility", "Daesh-claimed", or the first group named after
// "claimed by" / "blamed on" / "carried out by" that is not a possessor
// ("claimed by the Taliban's hardline rivals the Islamic State-Khorasan").
int Claimant(const TokenizedText& t, const std::vector<ActorHit>& hits) {
  std::string_view lower = t.lower();
  for (size_t k = 0; k < hits.size(); ++k) {
    std::string_view after =
        lower.substr(hits[k].end, std::min<size_t>(30, lower.size() - hits[k].end));
    if (StartsWith(after, "-claimed") || StartsWith(after, " claimed") ||
        StartsWith(after, " has claimed") || StartsWith(after, " took responsibility")) {
      return static_cast<int>(k);
    }
  }
  static const std::string_view kBy[] = {"claimed by", "blamed on", "carried out by",
                                         "claimed responsibility by", "attributed to"};
  for (std::string_view by : kBy) {
    size_t at = lower.find(by);
    if (at == std::string_view::npos) continue;
    for (size_t k = 0; k < hits.size(); ++k) {
      if (hits[k].begin < at + by.size() || hits[k].begin > at + by.size() + 80) continue;
      if (IsPossessive(lower, hits[k].end)) continue;
      return static_cast<int>(k);
    }
  }
  return -1;
}

// Context that changes what a trigger means, as ACLED defines the types:
// clashes between communities are riots, not battles between armed
// organisations; violence at a protest is a riot, or excessive force when
// the state does the shooting.
void RefineType(const TokenizedText& clause, const std::vector<Word>& words, Mention* m) {
  static const WordSet kProtest({"protest", "protests", "protesters", "protestors",
                                 "demonstrators", "demonstration", "demonstrations",
                                 "demonstrating", "marchers", "rally"});
  static const WordSet kStateForces({"police", "policemen", "troops", "soldiers", "forces"});
  static const WordSet kFiring({"fired", "shot", "opened", "killed", "tear", "teargas"});
  auto has = [&](const WordSet& set) {
    for (const Word& w : words) {
      if (set.Contains(w.lower)) return true;
    }
    return false;
  };
  bool hurt = m->counts[0] || m->counts[1];
  bool protest = has(kProtest);
  if (protest && (m->type == "Battles" || m->type == "Violence against civilians" ||
                  m->type == "Riots")) {
    bool state_fire = has(kStateForces) && has(kFiring);
    if (state_fire && hurt) {
      m->type = "Protests";
      m->subtype = "Excessive force against protesters";
    } else {
      m->type = "Riots";
      m->subtype = "Violent demonstration";
    }
    return;
  }
  // Clashes between clans, sects or communities stay Battles: their
  // fighters are armed groups, as coders of such incidents record them,
  // not the unorganised crowd of a riot. Only prisons riot as such.
  if (m->type == "Battles") {
    std::string_view lower = clause.lower();
    static const char* kRiot[] = {"prison riot", "inmates rioted", "riot in the prison",
                                  "prison brawl"};
    for (const char* c : kRiot) {
      if (lower.find(c) != std::string_view::npos) {
        m->type = "Riots";
        m->subtype = "Mob violence";
        return;
      }
    }
  }
}

// The lexicons scanned once over a unit's text, for its clauses.
struct UnitScans {
  std::string_view text;
  TriggerScan triggers;
  ActorScan actors;

  explicit UnitScans(std::string_view unit)
      : text(unit),
        triggers(TriggerLexicon::Default(), unit),
        actors(ActorLexicon::Default(), unit) {}
};

// The lexicon hits in one clause, offsets in the clause.
struct LexiconHits {
  std::vector<TriggerHit> triggers;
  std::vector<ActorHit> actors;
};

// A clause's hits: its slice of the unit's scans, or (a clause joined
// around an aside is no slice of the unit) a scan of its own.
LexiconHits HitsIn(const UnitScans& scans, size_t sentence_offset, const Clause& clause) {
  if (clause.offset == std::string::npos) {
    return {TriggerLexicon::Default().Find(clause.text),
            ActorLexicon::Default().Find(clause.text)};
  }
  size_t begin = sentence_offset + clause.offset;
  size_t end = begin + clause.text.size();
  return {scans.triggers.Find(begin, end), scans.actors.Find(begin, end)};
}

// The country a short text names most often (names, demonyms, capitals;
// an all-caps title is read in title case), as an ISO code, or "".
// The countries `text` names: *any by names, demonyms or capitals, and
// *by_name only by their names ("Somalia", not "Somali"); "" where none
// wins. One pass for both (it runs for every sentence).
// A mention written with its own region noun, "Niger State", "Lagos
// State": a region named after a country, not the country.
// What a place mention tells the resolver besides its name.
PlaceHints HintsOf(const PlaceMention& p, std::string_view country = "") {
  PlaceHints h;
  h.container = p.container;
  h.container_feature = p.container_feature;
  h.feature = p.feature;
  h.country = country;
  return h;
}

// The nouns of regions that may carry a country's name ("Niger State").
bool IsRegionNoun(std::string_view w) {
  static const WordSet kRegionNouns({"state", "province", "region", "governorate", "district",
                                     "county", "division"});
  return kRegionNouns.Contains(w);
}

bool NamesRegion(const PlaceMention& p, std::string_view text) {
  if (!IsRegionNoun(p.feature) || p.span.end > text.size()) return false;
  std::string_view spanned = text.substr(p.span.begin, p.span.end - p.span.begin);
  return spanned.size() > p.feature.size() &&
         EqualsIgnoreCaseAscii(spanned.substr(spanned.size() - p.feature.size()), p.feature);
}

void CountryVotes(std::string_view text, std::string* any, std::string* by_name) {
  const Countries& countries = Countries::Default();
  std::map<std::string, int> votes, name_votes, noun_votes;
  // Words with where they are, and whether only a space separates each
  // from the next (a name of several words: "South Sudan", "Central
  // African Republic"). Views of `text`, but all-caps words are read in
  // title case, from `recased`.
  std::vector<std::string_view> words;
  std::deque<std::string> recased;
  std::vector<size_t> ends;  // where each word ends
  std::vector<bool> joined;
  size_t word_start = std::string_view::npos;
  for (size_t k = 0; k <= text.size(); ++k) {
    unsigned char c = k < text.size() ? static_cast<unsigned char>(text[k]) : ' ';
    if (k < text.size() && (((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '\'' || c >= 0x80)) {
      if (word_start == std::string_view::npos) word_start = k;
      continue;
    }
    if (word_start != std::string_view::npos) {
      std::string_view word = text.substr(word_start, k - word_start);
      if (word.size() > 3 && IsAllCapsAscii(word)) {
        std::string& r = recased.emplace_back(word);
        for (size_t i = 1; i < r.size(); ++i) r[i] = static_cast<char>(std::tolower(r[i]));
        word = r;
      }
      words.push_back(word);
      ends.push_back(k);
      joined.push_back(true);
      word_start = std::string_view::npos;
    }
    if (k < text.size() && c != ' ' && !joined.empty()) joined.back() = false;
  }
  auto cap = [](std::string_view w) { return std::isupper(static_cast<unsigned char>(w[0])); };
  // Names that say where someone is from or what backs them, not where
  // the text's incident is: "US-backed forces", "a man from Egypt", "near
  // the border with Niger".
  auto not_the_place = [&](size_t first, size_t last) {
    size_t end = ends[last];
    // "Iranian Shiite pilgrims", "Somali refugees", "Chadian nationals":
    // people of a country who are away from it.
    {
      static const WordSet kAway({"pilgrims", "pilgrim", "tourists", "tourist", "migrants",
                                  "migrant", "refugees", "refugee", "nationals", "national",
                                  "expatriates", "expatriate", "expats", "visitors",
                                  "diplomats", "diplomat", "ambassador", "envoy", "embassy",
                                  "consulate", "asylum-seekers"});
      for (size_t k = last + 1; k < words.size() && k <= last + 2; ++k) {
        if (kAway.Contains(words[k])) {
          std::string name(words[first]);
          for (size_t j = first + 1; j <= last; ++j) name.append(" ").append(words[j]);
          if (countries.ByDemonym(name) != nullptr) return true;
          break;
        }
        if (!joined[k - 1]) break;
      }
    }
    // ("US backed SDF fighters", without the hyphen, too.)
    if (end + 1 < text.size() && text[end] == ' ' &&
        (StartsWith(text.substr(end + 1), "backed ") || StartsWith(text.substr(end + 1), "led ") ||
         StartsWith(text.substr(end + 1), "based ") || StartsWith(text.substr(end + 1), "trained "))) {
      return true;
    }
    if (end < text.size() && text[end] == '-') {
      static const WordSet kCompounds({"backed", "led", "based", "born", "trained", "allied",
                                       "funded", "supported", "sponsored", "brokered", "made",
                                       "bound", "owned", "registered", "linked", "aligned"});
      size_t e = end + 1;
      while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e]))) ++e;
      if (kCompounds.Contains(ToLowerAscii(text.substr(end + 1, e - end - 1)))) return true;
    }
    // "forces backed by the United Arab Emirates": who backs them; "the
    // Democratic Forces for the Liberation of Rwanda": a group's name, which
    // says what it fights for, not where.
    {
      size_t k = first;
      if (k >= 1 && words[k - 1] == "the") --k;
      static const WordSet kBackers({"backed", "supported", "led", "funded", "trained",
                                     "armed", "sponsored", "aided"});
      if (k >= 2 && words[k - 1] == "by" && kBackers.Contains(words[k - 2])) return true;
      if (k >= 2 && words[k - 1] == "of" &&
          (words[k - 2] == "Liberation" || words[k - 2] == "liberation")) {
        return true;
      }
    }
    // ("a town which borders Niger" is not in Niger.)
    if (first >= 1 && (words[first - 1] == "from" || words[first - 1] == "bordering" ||
                       words[first - 1] == "borders")) {
      return true;
    }
    // "the ambassador to India", "fled to Niger": where someone goes; but
    // not "prior to Philippine elections", "north to Baghdad", "next to".
    if (first >= 1 && words[first - 1] == "to") {
      static const WordSet kNotAGoal({"prior", "due", "next", "close", "near", "north", "south",
                                      "east", "west", "northeast", "northwest", "southeast",
                                      "southwest", "according", "owing", "adjacent"});
      if (first < 2 || !kNotAGoal.Contains(words[first - 2])) return true;
    }
    // "pro-Russian insurgents", "anti-American protests": a stance.
    size_t start = ends[first] - words[first].size();
    if (start >= 1 && text[start - 1] == '-' && first >= 1 &&
        (EqualsIgnoreCaseAscii(words[first - 1], "pro") ||
         EqualsIgnoreCaseAscii(words[first - 1], "anti"))) {
      return true;
    }
    // "Niger State", "Lagos State": a region named after a country.
    // ("the Niger Delta", "the Congo River": a land form named after it.)
    if (last + 1 < words.size() && joined[last]) {
      static const WordSet kLandForms({"delta", "river", "valley", "basin", "lake", "gulf",
                                       "sea", "desert"});
      if (cap(words[last + 1]) &&
          (IsRegionNoun(words[last + 1]) || kLandForms.Contains(words[last + 1]))) {
        return true;
      }
    }
    // "the border with Niger", "a border town with Cameroon"; "fled to
    // neighbouring Niger": where they went.
    if (first >= 2 && words[first - 1] == "with") {
      for (size_t k = first - 1; k-- > 0 && first - k <= 4;) {
        if (words[k] == "border" || words[k] == "borders" || words[k] == "frontier") return true;
      }
    }
    if (first >= 2 && (words[first - 1] == "neighbouring" || words[first - 1] == "neighboring")) {
      size_t k = first - 2;
      if (words[k] == "the" && k >= 1) --k;
      if (words[k] == "to" || words[k] == "into") return true;
    }
    // "near the Burkinabe border", "the Syria-Turkey frontier": beside the
    // country, not in it.
    if (last + 1 < words.size() && joined[last] &&
        (words[last + 1] == "border" || words[last + 1] == "borders" ||
         words[last + 1] == "frontier")) {
      return true;
    }
    return false;
  };
  for (size_t i = 0; i < words.size();) {
    // Country names, demonyms and capitals are capitalised.
    if (!cap(words[i]) || !countries.StartsAName(words[i])) {
      ++i;
      continue;
    }
    size_t matched = 0, name_matched = 0;
    const CountryInfo* found = nullptr;
    const CountryInfo* found_name = nullptr;
    std::string name(words[i]);
    for (size_t n = 1; n <= 5 && i + n <= words.size(); ++n) {
      if (n > 1) {
        if (!joined[i + n - 2]) break;
        std::string_view w = words[i + n - 1];
        if (!cap(w) && w != "of" && w != "the" && w != "and") break;
        name.append(" ").append(w);
      }
      if (const CountryInfo* c = countries.ByAnyName(name)) {
        found = c;
        matched = n;
        if (const CountryInfo* c2 = countries.ByName(name)) {
          found_name = c2;
          name_matched = n;
        }
      }
    }
    if (found) {
      if (!not_the_place(i, i + matched - 1)) ++votes[found->code];
      if (found_name && !not_the_place(i, i + name_matched - 1)) {
        ++name_votes[found_name->code];
        // ("US soldier": a name before a lower-case noun is an adjective;
        // "Lebanon's main city" a noun.)
        size_t after = i + name_matched;
        bool adjective = after < words.size() && joined[after - 1] && !cap(words[after]) &&
                         std::isalpha(static_cast<unsigned char>(words[after][0])) != 0 &&
                         !EndsWith(words[after - 1], "'s");
        if (!adjective) ++noun_votes[found_name->code];
      }
      i += matched;
    } else {
      ++i;
    }
  }
  // (On a tie, a country's name as a noun outranks a demonym, a capital or
  // a name used as an adjective: "Ethiopian troops ... the town of
  // Qansadheer [southwestern Somalia]", not "An US soldier was killed ...
  // in Kabul".)
  auto winner = [&](const std::map<std::string, int>& v) {
    std::string best;
    int best_n = 0;
    for (const auto& [code, n] : v) {
      int score = 2 * n + (noun_votes.count(code) != 0 ? 1 : 0);
      if (score > best_n) {
        best = code;
        best_n = score;
      }
    }
    return best;
  };
  if (any != nullptr) *any = winner(votes);
  if (by_name != nullptr) *by_name = winner(name_votes);
}

std::string CountryNamedIn(std::string_view text) {
  std::string any;
  CountryVotes(text, &any, nullptr);
  return any;
}

// The country the places of a text lie in, by what the gazetteer is sure
// of: names that resolve by their own name (not an alternate spelling) to
// a region, or to a town of 50,000+ people or one the text calls a town or
// puts in a container. "in Samarra ... in the town of Taji" is Iraq; a
// story that names no country still has one. "" if none or a tie.
std::string CountryOfKnownPlaces(std::string_view text) {
  const Gazetteer* gz = Gazetteer::Default();
  if (gz == nullptr || text.empty()) return "";
  // (Names where someone went, "abducted on his way to Mardan", vote only
  // when nothing else does, and only as cities of some size.)
  std::map<std::string, int> votes, weak_votes;
  for (const PlaceMention& p : FindPlaceMentions(text)) {
    if (p.rank < 1 || p.facility) continue;
    if (Countries::Default().ByAnyName(p.name)) continue;
    PlaceResolution r;
    if (!ResolvePlace(*gz, p.name, HintsOf(p), &r)) {
      std::string region_cc = p.rank < 2 ? "" : CountryOfRegionWord(*gz, p.name);
      if (!region_cc.empty()) ++votes[region_cc];
      continue;
    }
    // ("Benue State" is the gazetteer's "Benue State" found as "Benue"
    // with its noun: as good as its own name.)
    bool region = r.place.kind == PlaceKind::kAdmin1 || r.place.kind == PlaceKind::kAdmin2;
    bool region_by_its_noun =
        r.match == NameMatch::kAlternate && !p.feature.empty() && region &&
        FoldPlaceName(r.place.name) == FoldPlaceName(p.name + " " + p.feature);
    // ("in North Darfur" is the state the gazetteer spells "Northern
    // Darfur": a state's other spelling is still that state.)
    bool state_by_spelling = r.match == NameMatch::kAlternate && p.rank >= 2 &&
                             r.place.kind == PlaceKind::kAdmin1;
    if ((r.match != NameMatch::kName && !region_by_its_noun && !state_by_spelling) ||
        r.place.kind == PlaceKind::kCountry) {
      continue;
    }
    // (A feature noun vouches for a town the gazetteer knows something of;
    // a namesake of unknown size abroad, "the town of Taji" in Jiangsu, is
    // no evidence.)
    bool sure = r.place.kind != PlaceKind::kCity || r.place.population >= 50000 ||
                (!p.feature.empty() && r.place.population > 0) || !p.container.empty();
    if (!sure) continue;
    // A name with namesakes in other countries is no evidence.
    bool ambiguous = false;
    for (const ScoredCandidate& c : r.candidates) {
      if (c.candidate.place.country_code != r.place.country_code && c.score > r.score - 2) {
        ambiguous = true;
      }
    }
    if (ambiguous) continue;
    // A region or a town of some size outweighs a village ("Dima village
    // ... in Jonglei state's Akobo county": the village's namesake in the
    // Comoros is no match for the state).
    if (p.rank >= 2) {
      votes[std::string(r.place.country_code)] +=
          region || r.place.population >= 50000 ? 2 : 1;
    } else if (r.place.kind == PlaceKind::kCity && r.place.population >= 100000) {
      ++weak_votes[std::string(r.place.country_code)];
    }
  }
  if (votes.empty()) votes = std::move(weak_votes);
  std::string best;
  int best_n = 0;
  bool tie = false;
  for (const auto& [code, n] : votes) {
    if (n > best_n) {
      best = code;
      best_n = n;
      tie = false;
    } else if (n == best_n) {
      tie = true;
    }
  }
  return tie ? "" : best;
}

// The country of the places a text names only in passing, as modifiers
// ("the imam of a Benghazi mosque", "the Kaduna based newspaper", "the
// head of the Baghlan Provincial Council"): capitalised names the
// gazetteer holds by their own name as a first-level region or a city of
// 100,000+, with no namesake of near weight abroad; "" unless they agree
// on one country. A last resort, for a story that names no place where.
// (A name before a newspaper's noun, "the Washington Post", is the paper.)
std::string CountryOfNamesInPassing(std::string_view text) {
  const Gazetteer* gz = Gazetteer::Default();
  if (gz == nullptr || text.empty()) return "";
  static const WordSet kPapers({"post", "times", "herald", "tribune", "daily", "news", "press",
                                "journal", "gazette", "observer", "guardian", "telegraph",
                                "chronicle", "standard", "mail", "star", "sun", "express",
                                "university", "college", "street", "road", "avenue"});
  const TokenizedText tokenized(text);
  const std::vector<Word> words = WordsOnly(tokenized);
  auto cap = [&](size_t k) {
    return k < words.size() && std::isupper(static_cast<unsigned char>(words[k].text[0])) != 0;
  };
  // (Words of one name stand a space apart: "Ijesha, Lagos" is two.)
  auto spaced = [&](size_t k) {
    return words[k + 1].span.begin == words[k].span.end + 1 &&
           text[words[k].span.end] == ' ';
  };
  std::string found;
  for (size_t i = 0; i < words.size(); ++i) {
    // The start of a run of capitalised words ("Hassan" in "Abdi Hassan"
    // is a surname, not India's town).
    if (!cap(i) || (i > 0 && cap(i - 1) && spaced(i - 1))) continue;
    size_t run = i + 1;
    while (run < words.size() && cap(run) && spaced(run - 1) && run - i < 3) ++run;
    // The longest name the run starts with.
    for (size_t e = run; e > i; --e) {
      std::string name(text.substr(words[i].span.begin,
                                   words[e - 1].span.end - words[i].span.begin));
      if (name.size() < 4 || Countries::Default().ByAnyName(name)) continue;
      if (e < words.size() && kPapers.Contains(words[e].lower)) break;
      PlaceResolution r;
      if (!ResolvePlace(*gz, name, PlaceHints(), &r)) continue;
      // (A region's other spelling of two words or more, "North Darfur" for
      // Northern Darfur, is as good as its name.)
      bool region_spelling = r.match == NameMatch::kAlternate &&
                             r.place.kind == PlaceKind::kAdmin1 &&
                             name.find(' ') != std::string::npos;
      if (r.match != NameMatch::kName && !region_spelling) continue;
      bool strong = r.place.kind == PlaceKind::kAdmin1 ||
                    (r.place.kind == PlaceKind::kCity && r.place.population >= 100000);
      bool ambiguous = false;
      for (const ScoredCandidate& c : r.candidates) {
        ambiguous |= c.candidate.place.country_code != r.place.country_code &&
                     c.score > r.score - 2;
      }
      if (!strong || ambiguous) break;
      std::string cc(r.place.country_code);
      if (!found.empty() && found != cc) return "";
      found = cc;
      break;
    }
  }
  return found;
}

// `base`, placed at place mention `p` as the gazetteer resolved it.
Mention PlacedAt(Mention base, const PlaceMention& p, const PlaceResolution& r) {
  base.place = p.name;
  base.place_rank = p.rank;
  base.has_geo = true;
  base.geo = r.place;
  base.precision = r.precision;
  base.country = std::string(r.place.country_code);
  base.place_is_country = false;
  return base;
}

class DocExtractor {
 public:
  explicit DocExtractor(const Document& doc) : doc_(doc) {}

  void AddArticle(const Article& a);
  void Fuse(std::vector<Event>* out);

 private:
  void AddUnit(const Article& a, const Unit& u, const DateValue& anchor);
  void AddSentence(const Article& a, const UnitScans& scans, TextSpan sentence, UnitKind unit,
                   const DateValue& anchor);
  // `may_count`: false when the clause can tell no casualties (its
  // sentence fails MayTellCasualties), which spares the clause's own check.
  bool MentionFromClause(std::string_view clause, const LexiconHits& hits,
                         const DateValue& anchor, bool may_count, Mention* m,
                         std::vector<Actor>* clause_actors);
  void ResolveMentionPlace(Mention* m, const std::vector<Actor>& actors) const;
  // `sure`: the hint is a country the mention's own sentence names.
  void ResolveUncached(Mention* m, const std::string& hint, bool sure) const;
  std::pair<int64_t, int64_t> Locate(std::string_view sentence);

  const Document& doc_;
  std::vector<Mention> mentions_;
  std::vector<const Article*> articles_;
  DateValue last_date_;      // the latest date the story's narrative gave
  std::string article_type_, article_subtype_;  // the story's first specific incident
  std::string article_country_;  // the country the story is about, for place names
  std::string unit_country_;     // a fact box title's country, for its items
  // The country the current sentence names, and the same only by a
  // country's name ("Somalia", not "Somali"): one the incident is surely in
  // when the sentence puts a place in it. Counted when first asked for
  // (most sentences resolve no place).
  std::string_view sentence_;
  mutable bool sentence_votes_ready_ = false;
  mutable std::string sentence_country_;
  mutable std::string sentence_country_by_name_;
  void CountSentenceVotes() const {
    if (sentence_votes_ready_) return;
    CountryVotes(sentence_, &sentence_country_, &sentence_country_by_name_);
    sentence_votes_ready_ = true;
  }
  // The country the current article's known places lie in: a last
  // resort, so read (the whole article through the gazetteer) on first use.
  const Article* places_article_ = nullptr;
  mutable std::optional<std::string> places_country_;
  const std::string& PlacesCountry() const {
    if (!places_country_) {
      std::string all;
      if (places_article_ != nullptr) {
        all = places_article_->headline;
        for (const auto& p : places_article_->paragraphs) all += "\n" + p;
      }
      places_country_ = CountryOfKnownPlaces(all);
    }
    return *places_country_;
  }
  // The country the whole document names most: read on first use, once
  // (every event without a country of its own asks).
  mutable std::optional<std::string> body_country_;
  mutable std::optional<std::string> passing_country_;
  const std::string& PassingCountry() const {
    if (!passing_country_) passing_country_ = CountryOfNamesInPassing(doc_.body);
    return *passing_country_;
  }
  const std::string& BodyCountry() const {
    if (!body_country_) body_country_ = CountryNamedIn(doc_.body);
    return *body_country_;
  }
  size_t search_from_ = 0;   // where Locate last found a sentence
  // The mentions the previous sentence added, [begin, end) in mentions_.
  size_t prev_sentence_begin_ = 0, prev_sentence_end_ = 0;
  int prev_sentence_weapon_ = -1;  // the Explosions trigger it named, or -1
  size_t unit_mentions_begin_ = 0;  // the first mention of the current unit
};

std::pair<int64_t, int64_t> DocExtractor::Locate(std::string_view sentence) {
  size_t at = doc_.body.find(sentence, search_from_);
  if (at == std::string::npos) at = doc_.body.find(sentence);
  if (at == std::string::npos) return {-1, -1};
  search_from_ = at;
  return {static_cast<int64_t>(at), static_cast<int64_t>(at + sentence.size())};
}

void DocExtractor::AddArticle(const Article& a) {
  articles_.push_back(&a);
  DateValue anchor = DateValue::FromIso(a.date.empty() ? doc_.published : a.date);
  last_date_ = anchor;
  search_from_ = 0;
  prev_sentence_begin_ = prev_sentence_end_ = mentions_.size();
  prev_sentence_weapon_ = -1;
  article_type_.clear();
  article_subtype_.clear();
  article_country_ = CountryNamedIn(a.headline);
  if (article_country_.empty()) article_country_ = CountryNamedIn(a.dateline);
  if (article_country_.empty() && !a.paragraphs.empty()) {
    article_country_ = CountryNamedIn(a.paragraphs[0]);
  }
  unit_country_.clear();
  places_article_ = &a;
  places_country_.reset();
  std::vector<Unit> units;
  if (!a.headline.empty()) units.push_back({UnitKind::kHeadline, a.headline});
  for (const auto& b : a.bullets) units.push_back({UnitKind::kBullet, b});
  for (const auto& p : a.paragraphs) units.push_back({UnitKind::kParagraph, p});
  for (const auto& c : a.captions) units.push_back({UnitKind::kCaption, c.text});
  for (const Unit& u : units) AddUnit(a, u, anchor);
  // A fact box's title names its items' country ("MAJOR TERROR STRIKES IN
  // RUSSIA").
  for (const auto& f : a.factboxes) {
    unit_country_ = CountryNamedIn(f.title);
    for (const auto& item : f.items) AddUnit(a, {UnitKind::kFactItem, item}, anchor);
  }
  unit_country_.clear();
}

// "in Sinai", "in Kashmir": with nothing else to go by, a name that regions
// carry ("North Sinai", "Jammu and Kashmir") means the region, not the small
// town of the name abroad `r` resolved it to (Sinaí, Ecuador; Cashmere, WA).
bool SmallNamesakeOfRegions(const Gazetteer& gz, const std::string& name,
                            const PlaceResolution& r) {
  if (r.place.kind != PlaceKind::kCity || r.place.population >= 100000) return false;
  bool carried = false;
  std::string region_cc = CountryOfRegionWord(gz, name, &carried);
  return carried && region_cc != r.place.country_code;
}

void DocExtractor::ResolveMentionPlace(Mention* m, const std::vector<Actor>& actors) const {
  const Gazetteer* gz = Gazetteer::Default();
  if (gz == nullptr || m->place.empty()) return;
  std::string hint = m->country;
  CountSentenceVotes();
  // "in the Somali city of Dhobley": the country the text puts the place
  // in outranks every other the sentence names ("Nine Kenyan soldiers").
  if (hint.empty() && !m->place_container.empty()) {
    if (const CountryInfo* c = Countries::Default().ByAnyName(m->place_container)) hint = c->code;
  }
  if (hint.empty()) hint = sentence_country_;
  // A country the sentence itself names ("the town of Balad in the Middle
  // Shabelle region of Somalia") rules out namesakes abroad.
  bool sure = !hint.empty() && !sentence_country_by_name_.empty() &&
              Countries::Default().ByNameOrCode(hint) ==
                  Countries::Default().ByNameOrCode(sentence_country_by_name_);
  if (hint.empty()) hint = unit_country_;
  if (hint.empty()) hint = article_country_;
  // A group that operates in one country places an unnamed one.
  for (const Actor& a : actors) {
    if (!hint.empty()) break;
    if (const std::string* c = ActorCountry(a.name)) hint = *c;
  }
  if (hint.empty()) hint = PlacesCountry();
  // The same name in the same context resolves the same way; news repeats
  // its places, so remember the outcome (per thread, bounded).
  struct Outcome {
    bool has_geo;
    GeoPlace geo;
    PlacePrecision precision;
    std::string country;
    bool is_country;
  };
  constexpr size_t kMaxCached = 1 << 14;
  thread_local std::unordered_map<std::string, Outcome> cache;
  std::string key = m->place + '\x1f' + m->place_container + '\x1f' +
                    m->place_container_feature + '\x1f' + m->place_feature + '\x1f' + hint +
                    '\x1f' + m->country + (m->place_facility ? "\x1f" "1" : "\x1f" "0") +
                    (sure ? "1" : "0");
  if (auto it = cache.find(key); it != cache.end()) {
    const Outcome& o = it->second;
    m->has_geo = o.has_geo;
    m->geo = o.geo;
    m->precision = o.precision;
    m->country = o.country;
    m->place_is_country = o.is_country;
    return;
  }
  if (cache.size() >= kMaxCached) cache.clear();
  ResolveUncached(m, hint, sure);
  cache.emplace(std::move(key), Outcome{m->has_geo, m->geo, m->precision, m->country,
                                        m->place_is_country});
}

void DocExtractor::ResolveUncached(Mention* m, const std::string& hint, bool sure) const {
  const Gazetteer* gz = Gazetteer::Default();
  PlaceHints hints;
  hints.container = m->place_container;
  hints.container_feature = m->place_container_feature;
  hints.country = hint;
  hints.feature = m->place_feature;
  PlaceResolution r;
  bool resolved = ResolvePlace(*gz, m->place, hints, &r);
  if (!resolved) {
    // Other spellings of a name the gazetteer may hold, most faithful
    // first:
    //  - "the Anbar Desert", "the Mirali Sub division", "Mosul City",
    //    "Badush Town": a land form or a division word the name runs into;
    //  - "Western Mosul", "East Aleppo": a part of a place;
    //  - "Nik Shahr": a name written in two words the gazetteer joins.
    static const WordSet kLandWords(
        {"desert", "sub", "mountains", "mountain", "hills", "hill", "valley", "plains", "plain",
         "forest", "lake", "river", "township", "subdivision", "tehsil", "block", "circle", "city",
         "town", "area", "village", "sector", "agency", "regency", "cercle", "municipality",
         "commune", "department", "county", "district", "province", "governorate", "region",
         "territory", "zone", "constituency", "upazila", "locality", "subcounty", "sub-county",
         "prefecture", "woreda"});
    static const WordSet kParts({"west", "western", "east", "eastern", "north", "northern",
                                 "south", "southern", "central", "downtown", "greater"});
    std::vector<std::string> variants;
    const std::string& name = m->place;
    size_t last_sp = name.rfind(' ');
    size_t first_sp = name.find(' ');
    if (last_sp != std::string::npos && last_sp > 0 &&
        kLandWords.Contains(std::string_view(name).substr(last_sp + 1))) {
      variants.push_back(name.substr(0, last_sp));
    }
    if (first_sp != std::string::npos && kParts.Contains(std::string_view(name).substr(0, first_sp))) {
      variants.push_back(name.substr(first_sp + 1));
    }
    if (first_sp != std::string::npos && first_sp == last_sp && first_sp + 1 < name.size() &&
        std::islower(static_cast<unsigned char>(name[first_sp + 1])) == 0) {
      std::string joined = name.substr(0, first_sp + 1);
      joined.back() = static_cast<char>(std::tolower(static_cast<unsigned char>(name[first_sp + 1])));
      joined += name.substr(first_sp + 2);
      variants.push_back(joined);
    }
    for (const std::string& shorter : variants) {
      // (Without a country to check it against, only a town of some size
      // or a region: "the Bara Subdivision" is not Bâra, Romania, but
      // "Nduga Regency" is Kabupaten Nduga.)
      if (ResolvePlace(*gz, shorter, hints, &r) && r.place.kind != PlaceKind::kCountry &&
          (!r.country_code.empty() || r.place.population >= 20000 ||
           r.place.kind == PlaceKind::kAdmin1 || r.place.kind == PlaceKind::kAdmin2)) {
        m->place = shorter;
        resolved = true;
        break;
      }
    }
  }
  if (resolved && hint.empty() && m->place_container.empty() &&
      SmallNamesakeOfRegions(*gz, m->place, r)) {
    resolved = false;
  }
  if (!resolved) {
    // "in Darfur", "in West Darfur": a name the gazetteer holds only as
    // part of one country's region names still tells the country.
    if (m->country.empty()) m->country = CountryOfRegionWord(*gz, m->place);
    if (m->country.empty() && !m->place_container.empty()) {
      m->country = CountryOfRegionWord(*gz, m->place_container);
    }
    if (m->country.empty()) m->country = CountryOfDistrictWord(*gz, m->place);
    if (m->country.empty() && !m->place_container.empty()) {
      m->country = CountryOfDistrictWord(*gz, m->place_container);
    }
    if (!m->place_facility) return;
    // "Moscow Domodedovo airport", "Kandahar Air Field": a named site the
    // gazetteer does not hold; its place words may be.
    std::vector<std::string_view> words;
    std::string_view name = m->place;
    size_t start = 0;
    for (size_t i = 0; i <= name.size(); ++i) {
      if (i == name.size() || name[i] == ' ') {
        if (i > start) words.push_back(name.substr(start, i - start));
        start = i + 1;
      }
    }
    // (Lower-case site nouns go: "a crowded Baghdad market" is Baghdad's.)
    const size_t all_words = words.size();
    while (!words.empty() && !std::isupper(static_cast<unsigned char>(words.back()[0]))) {
      words.pop_back();
    }
    bool found = false;
    // The place a site is named after comes first ("Kandahar Airport",
    // "Amsterdam Central Station"); the words after it are the site's own
    // or a person's ("Mogadishu Aden Adde International Airport" is not in
    // Aden) and the site noun is no place ("Airport", California).
    for (size_t k = 0; k < words.size() && !found && all_words > 1; ++k) {
      if (IsFacilityWord(words[k])) continue;
      found = ResolvePlace(*gz, words[k], hints, &r);
    }
    if (!found) return;
  }
  // The text names a country and the gazetteer has no such place there:
  // a small namesake abroad is a guess, not what the text means ("Dille
  // ... in northeast Nigeria" is not Dille, Kansas). A big city or a
  // capital abroad may well be meant.
  // (A container the gazetteer does not know, "Kimba village in Biu Local
  // Council", vouches for no candidate; a country's name or adjective, "the
  // eastern Congolese town of Beni", is a hint of its own.)
  bool in_container = (!r.candidates.empty() && r.candidates.front().in_container) ||
                      Countries::Default().ByAnyName(m->place_container) != nullptr;
  std::string strict_cc;
  if (m->place_container.empty() || r.fell_back_to_container || sure || !in_container) {
    strict_cc = CountryCodeOf(*gz, hint);
  } else if (Countries::Default().ByName(m->place_container) != nullptr) {
    // "Moundridge in northeast Nigeria": the container is the country.
    strict_cc = CountryCodeOf(*gz, m->place_container);
  }
  // (A country only a demonym or a group suggests is weaker evidence:
  // "Burundian soldiers ... in Mogadishu", "Turkish troops in Afrin"; a
  // city of some size abroad may well be meant.)
  const uint32_t abroad_min = (sure || r.fell_back_to_container) ? 1000000 : 300000;
  if (!strict_cc.empty() && strict_cc != r.place.country_code &&
      r.place.kind != PlaceKind::kCountry && r.place.population < abroad_min &&
      r.place.feature_code != "PPLC") {
    if (sure && m->country.empty()) m->country = strict_cc;  // where, if not what
    return;
  }
  m->has_geo = true;
  m->geo = r.place;
  m->precision = r.precision;
  m->country = std::string(r.place.country_code);
  if (r.place.kind == PlaceKind::kCountry) m->place_is_country = true;
}

// The days a sentence names, sorted into the day of its report ("police
// said on Tuesday", "told AFP Friday", "yesterday said") and the day of
// what it reports ("killed on Sunday"). Each is set only when the sentence
// names exactly one such day, no later than `anchor`.
struct SentenceDays {
  DateValue incident;
  DateValue report;
};

// True if the day `day` falls in the month or year `period`.
bool Covers(const DateValue& period, const DateValue& day) {
  if (day.precision != DatePrecision::kDay || !period.valid()) return false;
  if (period.year != day.year) return false;
  return period.precision == DatePrecision::kYear ||
         (period.precision == DatePrecision::kMonth && period.month == day.month);
}

SentenceDays DaysOfSentence(std::string_view sentence, const DateValue& anchor) {
  SentenceDays out;
  if (!MayNameADate(sentence)) return out;
  bool incident_clash = false, report_clash = false;
  const TokenizedText tokenized(sentence);
  const std::vector<Word> words = WordsOnly(tokenized);
  for (const DateMention& d : FindDates(sentence, anchor)) {
    if (d.value.precision != DatePrecision::kDay || d.value.DayIndex() > anchor.DayIndex()) continue;
    DateRole role = RoleOfDate(words, d);
    if (role == DateRole::kState) continue;
    bool report = role == DateRole::kReport;
    DateValue& slot = report ? out.report : out.incident;
    bool& clash = report ? report_clash : incident_clash;
    if (slot.valid() && slot.DayIndex() != d.value.DayIndex()) clash = true;
    slot = d.value;
  }
  if (incident_clash) out.incident = DateValue();
  if (report_clash) out.report = DateValue();
  return out;
}

// True if frame `f` counts only attackers: gunmen, militants, suicide
// bombers, insurgents ("Six gunmen were killed", "killed 146 jihadists").
bool IsAttackersFrame(const CasualtyFrame& f) {
  static const WordSet kAttackers(
      {"attacker", "attackers", "assailant", "assailants", "gunman", "gunmen", "militant",
       "militants", "terrorist", "terrorists", "insurgent", "insurgents", "bomber", "bombers",
       "jihadist", "jihadists", "kidnapper", "kidnappers", "raiders", "separatists",
       "rebels", "fighters", "taliban", "extremists", "islamists"});
  if (!f.count.groups.empty()) return false;  // a list names others too
  std::string lower = ToLowerAscii(f.count.text);
  size_t i = 0;
  while (i < lower.size()) {
    while (i < lower.size() && !std::isalpha(static_cast<unsigned char>(lower[i]))) ++i;
    size_t j = i;
    while (j < lower.size() && std::isalpha(static_cast<unsigned char>(lower[j]))) ++j;
    if (j > i && kAttackers.Contains(std::string_view(lower).substr(i, j - i))) return true;
    i = j;
  }
  return false;
}

// A count the text gives without a figure: "several", "some", "many",
// "a number of", "dozens".
bool VagueCount(const Count& c) {
  static const char* const kVague[] = {"several", "some ", "many", "a number of", "dozens",
                                       "scores", "a few", "numerous", "a handful"};
  std::string t = ToLowerAscii(TrimView(c.text));
  for (const char* v : kVague) {
    if (StartsWith(t, v)) return true;
  }
  return false;
}

// Adds the people `more` counts to `*c`, keeping each part as a group.
void AddCount(const Count& more, Count* c) {
  if (c->groups.empty()) c->groups.push_back({"", c->best});
  if (more.groups.empty()) {
    c->groups.push_back({"", more.best});
  } else {
    for (const auto& g : more.groups) c->groups.push_back(g);
  }
  c->best += more.best;
  c->min = c->min && more.min ? std::optional<int64_t>(*c->min + *more.min) : std::nullopt;
  c->max = c->max && more.max ? std::optional<int64_t>(*c->max + *more.max) : std::nullopt;
  c->text += " ... " + more.text;
}

// True if frame `f` counts people besides those told already: "also"
// within the frame or just before or after it ("Two attackers were also
// killed", "seven militants also died"), or "as well" / "too" right after.
bool IsAdditionalFrame(const std::vector<Word>& words, const CasualtyFrame& f) {
  for (size_t i = 0; i < words.size(); ++i) {
    const Word& w = words[i];
    bool near = w.span.begin + 12 >= f.span.begin && w.span.begin <= f.span.end + 6;
    if (!near) continue;
    if (w.lower == "also") return true;
    // "An additional five were injured", "a further 65 people were wounded".
    if (w.span.begin <= f.span.begin + 2 && (w.lower == "additional" || w.lower == "further")) {
      return true;
    }
    if (w.span.begin >= f.span.end) {
      if (w.lower == "too") return true;
      if (w.lower == "as" && i + 1 < words.size() && words[i + 1].lower == "well") return true;
    }
  }
  return false;
}

// An attack the text says was done with explosives (trigger `rule` of the
// Explosions family, or -1 for none) is an explosion: ACLED codes the means.
void UpgradeToWeapon(int rule, Mention* m) {
  if (rule < 0 || m->type != "Violence against civilians" || m->subtype != "Attack") return;
  const TriggerRule& r = TriggerLexicon::Default().rules()[rule];
  m->type = r.type;
  m->subtype = r.subtype;
  m->priority = r.priority;
  m->trigger = rule;
}

void DocExtractor::AddUnit(const Article& a, const Unit& u, const DateValue& anchor) {
  const UnitScans scans(u.text);
  prev_sentence_weapon_ = -1;  // the means of one paragraph's story only
  unit_mentions_begin_ = mentions_.size();
  for (const TextSpan& s : SplitSentences(u.text)) {
    AddSentence(a, scans, s, u.kind, anchor);
  }
}

bool DocExtractor::MentionFromClause(std::string_view clause, const LexiconHits& hits,
                                     const DateValue& anchor, bool may_count, Mention* m,
                                     std::vector<Actor>* clause_actors) {
  const TokenizedText tokenized(clause);
  const std::vector<Word> words = WordsOnly(tokenized);
  const TriggerLexicon& lex = TriggerLexicon::Default();

  // Triggers, minus those in plans, threats and memorials.
  std::vector<TriggerHit> triggers;
  for (const TriggerHit& h : hits.triggers) {
    if (!IsIrrealis(words, h.begin)) triggers.push_back(h);
  }

  // Casualties; aggregates are no incident at all. (Most clauses hold no
  // toll word: the pre-check spares them the search.)
  std::vector<CasualtyFrame> frames;
  if (may_count && MayTellCasualties(clause)) frames = FindCasualties(tokenized);
  for (const CasualtyFrame& f : frames) {
    if (IsAggregateFrame(tokenized, f)) return false;
  }
  // Frames of one kind in one clause count different people ("Seven
  // security personnel were killed and 9 Taliban were killed"): they add up.
  bool seen_kind[kNumCountKinds] = {};
  const CasualtyFrame* previous[kNumCountKinds] = {};
  for (const CasualtyFrame& f : frames) {
    int k = static_cast<int>(f.kind);
    // "60 people were killed when Boko Haram attacked the town, killing 60
    // people": the participle tells the same dead again.
    if (const CasualtyFrame* p = previous[k];
        p != nullptr && p->count.best == f.count.best && f.span.begin > p->span.end) {
      std::string_view ft = clause.substr(f.span.begin, f.span.end - f.span.begin);
      bool participle = StartsWith(ft, "killing") || StartsWith(ft, "leaving") ||
                        StartsWith(ft, "injuring") || StartsWith(ft, "wounding");
      if (participle && !IsAdditionalFrame(words, f)) continue;
    }
    previous[k] = &f;
    bool extra = IsAdditionalFrame(words, f);
    bool attackers = IsAttackersFrame(f);
    m->additional[k] = seen_kind[k] ? m->additional[k] && extra : extra;
    m->attackers[k] = seen_kind[k] ? m->attackers[k] && attackers : attackers;
    seen_kind[k] = true;
    auto& slot = m->counts[k];
    if (!slot) {
      slot = f.count;
      continue;
    }
    // ("Ten peacekeepers were killed ..., several attackers were also
    // killed": no figure to add.)
    if (VagueCount(f.count) && !VagueCount(*slot)) continue;
    AddCount(f.count, &*slot);
  }

  // The trigger: the highest priority; with deaths or injuries a violent
  // one is preferred over arrests, talks or protests.
  const TriggerHit* best = nullptr;
  bool hurt = m->counts[0] || m->counts[1];
  for (const TriggerHit& h : triggers) {
    const TriggerRule& r = lex.rules()[h.rule];
    if (hurt && !IsViolent(r.type) && r.type != "Disasters") continue;
    if (best == nullptr || r.priority > lex.rules()[best->rule].priority) best = &h;
  }
  size_t trigger_pos = best ? best->begin : 0;
  if (best) {
    const TriggerRule& r = lex.rules()[best->rule];
    m->trigger = best->rule;
    m->priority = r.priority;
    m->type = r.type;
    m->subtype = r.subtype;
    RefineType(tokenized, words, m);
  }

  // Dates: skip those that date a report ("said Sunday"); pick the one
  // nearest the trigger.
  std::vector<DateMention> dates =
      MayNameADate(clause) ? FindDates(clause, anchor) : std::vector<DateMention>();
  const DateMention* chosen = nullptr;
  const DateMention* report_date = nullptr;  // the day a report was made
  size_t chosen_dist = 0;
  auto deictic = [](const DateMention& d) {
    std::string t = ToLowerAscii(d.text);
    return t == "today" || t == "tonight" || t == "this morning" || t == "this evening" ||
           t == "this afternoon";
  };
  for (const DateMention& d : dates) {
    // "today on Friday": the named day says which day "today" was.
    bool named_beside = false;
    if (deictic(d)) {
      for (const DateMention& o : dates) {
        if (&o != &d && !deictic(o) && o.value.precision == DatePrecision::kDay &&
            (o.span.begin >= d.span.end ? o.span.begin - d.span.end : d.span.begin - o.span.end) <= 8) {
          named_beside = true;
        }
      }
    }
    if (named_beside) continue;
    DateRole role = RoleOfDate(words, d);
    if (role == DateRole::kReport) {
      if (report_date == nullptr && d.value.precision == DatePrecision::kDay) report_date = &d;
      continue;
    }
    if (role == DateRole::kState) continue;
    // "ahead of a referendum next month": a report does not tell a violent
    // incident that has yet to begin; talks and protests may be announced.
    if (d.value.DayIndex() > anchor.DayIndex() && m->type != "Diplomacy" &&
        m->type != "Protests") {
      continue;
    }
    // "the 2020 killing", "the March 23, 2024 shooting attack": a date in
    // attributive position dates the noun right after it, nothing else.
    bool attributive = false;
    for (size_t i = 0; i < words.size(); ++i) {
      if (words[i].span.end <= d.span.begin && (i + 1 == words.size() || words[i + 1].span.begin >= d.span.begin)) {
        attributive = InAnyCase(words[i].lower, {"the", "a", "an", "its", "their", "his", "her"});
      }
    }
    if (attributive) {
      size_t after = d.span.end;
      while (after < clause.size() && (clause[after] == ' ' || clause[after] == ',')) ++after;
      bool next_is_word = after < clause.size() && std::isalpha(static_cast<unsigned char>(clause[after]));
      if (next_is_word && !(best && best->begin >= after && best->begin <= after + 24)) continue;
    }
    size_t dist = d.span.begin > trigger_pos ? d.span.begin - trigger_pos : trigger_pos - d.span.begin;
    if (chosen == nullptr || dist < chosen_dist) {
      chosen = &d;
      chosen_dist = dist;
    }
  }
  std::string_view lower = tokenized.lower();
  if (chosen) {
    m->date = chosen->value;
    m->own_date = true;
    if (best && chosen->span.end <= best->begin && m->date.precision == DatePrecision::kDay) {
      int shift = DayShift(clause.substr(chosen->span.end, best->begin - chosen->span.end));
      if (shift != 0) m->date = m->date.AddDays(shift);
    }
  } else if (lower.find("hours later") != std::string_view::npos ||
             lower.find("later that day") != std::string_view::npos ||
             lower.find("the same day") != std::string_view::npos ||
             lower.find("minutes later") != std::string_view::npos) {
    m->date = last_date_;
    m->own_date = last_date_.valid();
  } else if (report_date != nullptr && report_date->value.DayIndex() <= anchor.DayIndex() &&
             anchor.DayIndex() - report_date->value.DayIndex() <= 2) {
    // "..., officials said Monday": the incident was that day or before;
    // the report's day is a closer guess than the publication's.
    m->date = report_date->value;
  } else {
    m->date = anchor;
  }
  // The narrative's clock moves with every date it gives.
  for (const DateMention& d : dates) {
    if (d.value.precision == DatePrecision::kDay) last_date_ = d.value;
  }

  // Actors: the lexicon, then generic nouns not inside a lexicon hit.
  const ActorLexicon& actors = ActorLexicon::Default();
  std::vector<TextSpan> taken;
  auto add_actor = [&](const std::string& name, const std::string& mention, TextSpan sp,
                       const std::string& kind) {
    // Role: a state force in a battle is a side; "against X", "on X" make
    // a target; otherwise the one who acts.
    std::string role = "perpetrator";
    std::string_view before = tokenized.lower().substr(sp.begin >= 12 ? sp.begin - 12 : 0,
                                                       sp.begin >= 12 ? 12 : sp.begin);
    std::string_view wide = tokenized.lower().substr(sp.begin >= 28 ? sp.begin - 28 : 0,
                                                     sp.begin >= 28 ? 28 : sp.begin);
    if (wide.find("among them") != std::string_view::npos ||
        wide.find("including") != std::string_view::npos ||
        wide.find("of whom") != std::string_view::npos) {
      role = "target";  // "killing 170 people, among them 13 US personnel"
    } else if (m->type == "Battles") role = "side";
    else if (m->type == "Diplomacy") role = "participant";
    else if (EndsWith(TrimView(before), "against") || EndsWith(TrimView(before), "targeting") ||
             EndsWith(TrimView(before), " on")) role = "target";
    else if (kind == "org" && m->type != "Strategic developments") return;
    for (Actor& a : *clause_actors) {
      if (a.name == name) {
        if (std::find(a.mentions.begin(), a.mentions.end(), mention) == a.mentions.end()) {
          a.mentions.push_back(mention);
        }
        return;
      }
    }
    clause_actors->push_back({name, role, {mention}});
  };
  const std::vector<ActorHit>& actor_hits = hits.actors;
  // "the Afghan branch of Daesh": a parent group and a region name the
  // branch, which stands for both.
  std::string branch_of = ResolveBranch(tokenized, actor_hits, actors);
  if (!branch_of.empty()) {
    TextSpan none{0, 0};
    add_actor(branch_of, std::string(BranchPhrase(tokenized)), none, "group");
  }
  // "claimed by X", "X claimed responsibility", "Daesh-claimed": the
  // claimant is the perpetrator; other groups in the clause are not.
  int claimant = Claimant(tokenized, actor_hits);
  for (size_t k = 0; k < actor_hits.size(); ++k) {
    const ActorHit& h = actor_hits[k];
    const ActorEntry& e = actors.entries()[h.entry];
    TextSpan sp{h.begin, h.end};
    taken.push_back(sp);
    if (!branch_of.empty() && e.kind == "group" && e.canonical != branch_of &&
        InBranchPhrase(tokenized, sp)) {
      continue;  // the parent named in "the Afghan branch of Daesh"
    }
    if (claimant >= 0 && static_cast<int>(k) != claimant && e.kind == "group" &&
        m->type != "Battles") {
      continue;
    }
    // "the Taliban's return to power": a possessor, not an actor of this
    // incident (unless it claimed it).
    if (static_cast<int>(k) != claimant && IsPossessive(tokenized.lower(), h.end)) continue;
    add_actor(e.canonical, std::string(sp.Of(clause)), sp, e.kind);
    // "IS-K, or Islamic State in Khorasan Province": the name after ", or"
    // is another name of the same actor.
    std::string alias = OrAlias(clause, h.end);
    if (!alias.empty()) add_actor(e.canonical, alias, sp, e.kind);
  }
  std::vector<std::pair<TextSpan, std::string>> generic;
  FindGenericActors(tokenized, &generic);
  for (const auto& [sp, name] : generic) {
    bool inside = false;
    for (const TextSpan& t : taken) inside |= sp.begin < t.end && t.begin < sp.end;
    if (inside) continue;
    std::string canon = name;
    // "suicide bomber" and "gunman" are the perpetrator's description.
    add_actor(FirstUpper(canon), name, sp, "group");
  }

  // A clause with neither casualties nor a trigger is no mention (see the
  // end): its places need not be read. (Its dates and actors were: they
  // move the narrative's clock and serve the sentence's other clauses.)
  if (!m->has_counts() && best == nullptr) return false;

  // Place: the most specific name the clause gives, that is not an actor.
  // A country name is the least specific place; it also tells the country
  // of a more specific one.
  const Countries& countries = Countries::Default();
  std::string clause_country;
  std::vector<PlaceMention> places = FindPlaceMentions(tokenized);
  for (PlaceMention& p : places) {
    bool directional = p.rank == 1;
    if (directional) p.rank = m->type == "Diplomacy" ? 3 : 0;
    // (A country's name is its least specific place; "South Sudan's
    // capital" names Juba, and keeps its rank.)
    if (const CountryInfo* c = NamesRegion(p, tokenized.text()) || p.feature == "capital of"
                                   ? nullptr
                                   : countries.ByName(p.name)) {
      p.rank = directional && m->type != "Diplomacy" ? 0 : 1;
      // ("the ambassador to India": where someone goes, not where.)
      if (clause_country.empty() && p.rank > 0) clause_country = c->code;
    }
  }
  // The most specific mention the gazetteer knows; if it knows none, the
  // most specific mention as the text gives it. ("Kautakari village of
  // Damboa LGA": an unknown village gives way to its known district.)
  std::vector<const PlaceMention*> eligible;
  for (const PlaceMention& p : places) {
    bool is_actor = false;
    for (const TextSpan& t : taken) is_actor |= p.span.begin < t.end && t.begin < p.span.end;
    if (is_actor) continue;
    if (countries.ByDemonym(p.name) && p.feature != "capital of") continue;
    if (p.rank <= 0) continue;
    eligible.push_back(&p);
  }
  std::stable_sort(eligible.begin(), eligible.end(),
                   [](const PlaceMention* a, const PlaceMention* b) { return a->rank > b->rank; });
  auto take = [&](const PlaceMention& p) {
    m->place = p.name;
    m->place_container = p.container;
    m->place_container_feature = p.container_feature;
    m->place_rank = p.rank;
    m->place_facility = p.facility;
    m->place_feature = p.feature;
    m->place_is_country = false;
    m->has_geo = false;
    m->country.clear();
    const CountryInfo* capital_of =
        p.feature == "capital of" ? countries.ByAnyName(p.name) : nullptr;
    if (capital_of != nullptr && !capital_of->capital.empty()) {
      // "the Iraqi capital": Baghdad.
      m->place = capital_of->capital;
      m->place_container.clear();
      m->place_feature = "city";
      m->country = capital_of->code;
    } else if (p.feature == "capital of") {
      m->place.clear();
      m->place_rank = 0;
      return;
    } else if (const CountryInfo* c = NamesRegion(p, tokenized.text()) ? nullptr
                                                                       : countries.ByName(p.name)) {
      m->place_is_country = true;
      m->country = c->code;
    } else if (const CountryInfo* c = countries.ByCapital(p.name)) {
      // A capital's name, unless the sentence is about another country
      // that has a town of the name ("Lebanese soldiers ... in Tripoli").
      CountSentenceVotes();
      if (sentence_country_.empty() || sentence_country_ == c->code) m->country = c->code;
    } else if (!p.container.empty()) {
      if (const CountryInfo* c = countries.ByAnyName(p.container)) m->country = c->code;
    }
    if (m->country.empty()) m->country = clause_country;
    // "Trawa village in the Rashad locality, South Kordofan": the container
    // is a mention of its own, with a container of its own; the country
    // that chain resolves to is the place's.
    if (m->country.empty() && !p.container.empty()) {
      if (const Gazetteer* gz = Gazetteer::Default()) {
        for (const PlaceMention& q : places) {
          if (&q == &p || q.name != p.container || q.container.empty()) continue;
          PlaceResolution qr;
          if (ResolvePlace(*gz, q.name, HintsOf(q), &qr) && qr.place.kind != PlaceKind::kCountry) {
            m->country = std::string(qr.place.country_code);
          }
          break;
        }
      }
    }
    ResolveMentionPlace(m, *clause_actors);
  };
  const PlaceMention* chosen_place = nullptr;
  for (const PlaceMention* p : eligible) {
    take(*p);
    if (m->has_geo) {
      chosen_place = p;
      break;
    }
    // Only a mention as specific as a country name is worth more than an
    // unknown name (never a directional "to Kabul" over "in Xville").
    if (p->rank <= 1) break;
  }
  if (chosen_place == nullptr && !eligible.empty()) take(*eligible.front());
  // "in Akobo, in the east of Jonglei state": a region outranks a bare
  // name by its noun, but a town the gazetteer puts inside that region is
  // where in it the incident was.
  if (chosen_place != nullptr && m->has_geo &&
      (m->geo.kind == PlaceKind::kAdmin1 || m->geo.kind == PlaceKind::kAdmin2)) {
    const Gazetteer* gz = Gazetteer::Default();
    const GeoPlace region = m->geo;
    const PlaceMention* inside = nullptr;
    for (const PlaceMention* p : eligible) {
      if (p == chosen_place || p->rank > chosen_place->rank || p->facility) continue;
      take(*p);
      if (m->has_geo && m->geo.kind == PlaceKind::kCity && gz != nullptr &&
          gz->Contains(region, m->geo)) {
        inside = p;
        break;
      }
    }
    take(inside != nullptr ? *inside : *chosen_place);
    if (inside != nullptr) chosen_place = inside;
  }

  // A mention needs casualties, or a trigger anchored in time or space,
  // or a claim of it ("Al-Shabaab claimed responsibility for the attack"
  // names who did the story's incident).
  bool anchored = m->own_date || !m->place.empty() || claimant >= 0;
  if (!m->has_counts() && !(best && anchored)) return false;
  if (!best) {
    // Casualties with no trigger: the story's incident, if it has one
    // ("one person has been killed" in a landslide story), else the
    // count decides the family.
    if (!article_type_.empty() && (m->counts[0] || m->counts[1] || m->counts[2])) {
      m->type = article_type_;
      m->subtype = article_subtype_;
    } else if (m->counts[0] || m->counts[1]) {
      m->type = "Violence against civilians";
      m->subtype = "Attack";
    } else if (m->counts[static_cast<int>(CountKind::kHostages)]) {
      m->type = "Violence against civilians";
      m->subtype = "Abduction/forced disappearance";
    } else if (m->counts[static_cast<int>(CountKind::kArrested)]) {
      m->type = "Strategic developments";
      m->subtype = "Arrests";
    } else {
      m->type = "Disasters";
      m->subtype = "Other";
    }
    m->priority = kGenericPriority - 5;
  } else if (article_type_.empty() && m->priority > kGenericPriority && !m->weak()) {
    article_type_ = m->type;
    article_subtype_ = m->subtype;
  }
  return true;
}

void DocExtractor::AddSentence(const Article& a, const UnitScans& scans, TextSpan span,
                               UnitKind unit, const DateValue& anchor) {
  const std::string_view sentence = span.Of(scans.text);
  auto [sb, se] = Locate(sentence);
  sentence_ = sentence;
  sentence_votes_ready_ = false;
  std::vector<Mention> found;
  std::vector<Actor> sentence_actors;
  // The means a clause without a toll of its own names ("killed ... after
  // their vehicle was hit by a rocket"): the most specific Explosions
  // trigger. (A clause with a toll is an incident of its own: "the same
  // group that was behind the twin bombings in Iran that killed 94".)
  const TriggerLexicon& lex = TriggerLexicon::Default();
  int weapon_rule = -1;
  // Most sentences of a story tell no incident: without a trigger or a word
  // a toll is built on, a clause yields no mention, and only its days
  // matter (they move the narrative's clock).
  const bool may_count = MayTellCasualties(sentence);
  for (const Clause& cl : Clauses(sentence)) {
    Mention m;
    std::vector<Actor> clause_actors;
    LexiconHits hits = HitsIn(scans, span.begin, cl);
    if (!may_count && hits.triggers.empty()) {
      if (!MayNameADate(cl.text)) continue;
      for (const DateMention& d : FindDates(cl.text, anchor)) {
        if (d.value.precision == DatePrecision::kDay) last_date_ = d.value;
      }
      continue;
    }
    // (A clause joined around an aside is no slice of the sentence: it
    // checks for itself.)
    bool ok = MentionFromClause(cl.text, hits, anchor,
                                may_count || cl.offset == std::string::npos, &m, &clause_actors);
    bool explosive = std::any_of(hits.triggers.begin(), hits.triggers.end(), [&](const TriggerHit& h) {
      return lex.rules()[h.rule].type == "Explosions/Remote violence";
    });
    if (explosive && (!ok || !m.has_counts())) {
      const TokenizedText tokenized(cl.text);  // (only for the rare weapon clause)
      const std::vector<Word> words = WordsOnly(tokenized);
      for (const TriggerHit& h : hits.triggers) {
        const TriggerRule& r = lex.rules()[h.rule];
        if (r.type != "Explosions/Remote violence" || IsIrrealis(words, h.begin)) continue;
        if (weapon_rule < 0 || r.priority > lex.rules()[weapon_rule].priority) weapon_rule = h.rule;
      }
    }
    for (auto& ca : clause_actors) sentence_actors.push_back(ca);
    if (!ok) continue;
    m.actors = clause_actors;
    m.article = a.index;
    m.sentence = std::string(sentence);
    m.span_begin = sb;
    m.span_end = se;
    m.unit = unit;
    // A clause with only casualties joins the clause with only a trigger.
    if (!found.empty()) {
      Mention& prev = found.back();
      bool prev_trigger_only = prev.trigger >= 0 && !prev.has_counts();
      bool prev_counts_only = prev.trigger < 0;
      bool cur_trigger_only = m.trigger >= 0 && !m.has_counts();
      bool cur_counts_only = m.trigger < 0;
      if ((prev_trigger_only && cur_counts_only) || (prev_counts_only && cur_trigger_only)) {
        Mention& keep = prev;
        Mention& from = m;
        if (keep.trigger < 0) {
          keep.trigger = from.trigger;
          keep.priority = from.priority;
          keep.type = from.type;
          keep.subtype = from.subtype;
        }
        for (int k = 0; k < kNumCountKinds; ++k) {
          if (!keep.counts[k]) keep.counts[k] = from.counts[k];
        }
        if (!keep.own_date && from.own_date) {
          keep.date = from.date;
          keep.own_date = true;
        }
        // (With what the place resolved to: "Nine Kenyan soldiers were
        // killed after a vehicle hit a mine in the Somali city of Dhobley"
        // is in Somalia, whatever the first clause's country.)
        if (from.place_rank > keep.place_rank) keep.TakePlaceOf(from);
        for (auto& act : from.actors) keep.actors.push_back(act);
        continue;
      }
    }
    found.push_back(std::move(m));
  }
  // A clause the sentence dates elsewhere ("bodies were discovered after
  // the army launched an offensive on Saturday") takes that day, softly.
  const Mention* dated = nullptr;
  for (const Mention& m : found) {
    if (m.own_date && m.date.precision == DatePrecision::kDay) {
      if (dated != nullptr && dated->date.DayIndex() != m.date.DayIndex()) {
        dated = nullptr;  // two days: no single answer
        break;
      }
      dated = &m;
    }
  }
  if (dated != nullptr) {
    DateValue day = dated->date;
    for (Mention& m : found) {
      if (!m.own_date) m.date = day;
    }
  }
  // The sentence's own days are read only when a mention here, or one the
  // sentence before left undated, may take them.
  auto undated = [&](const Mention& m) {
    return !m.own_date && m.date.precision == DatePrecision::kDay &&
           m.date.DayIndex() == anchor.DayIndex();
  };
  bool any_counts = std::any_of(found.begin(), found.end(),
                                [](const Mention& m) { return m.has_counts(); });
  bool wanted = std::any_of(found.begin(), found.end(), undated);
  for (size_t i = prev_sentence_begin_; !wanted && !any_counts && i < prev_sentence_end_ &&
                                         i < mentions_.size();
       ++i) {
    wanted = !mentions_[i].own_date || mentions_[i].date.precision != DatePrecision::kDay;
  }
  SentenceDays days = wanted ? DaysOfSentence(sentence, anchor) : SentenceDays();
  for (Mention& m : found) {
    if (!undated(m)) continue;
    if (days.incident.valid() && anchor.DayIndex() - days.incident.DayIndex() <= 7) {
      // "Gunmen killed five people after storming two tea shops in Quetta
      // on Sunday": a clause the sentence dates elsewhere.
      m.date = days.incident;
      m.own_date = true;
    } else if (days.report.valid() && anchor.DayIndex() - days.report.DayIndex() <= 2) {
      // "..., police said on Tuesday": the report's day bounds the
      // incident's and is a closer guess than the publication's. A report
      // day long before the publication is more likely a misdated copy.
      m.date = days.report;
    }
  }
  // "The blast occurred late Saturday night": a sentence that only dates
  // what the one before it reported.
  if (!any_counts && days.incident.valid()) {
    for (size_t i = prev_sentence_begin_; i < prev_sentence_end_ && i < mentions_.size(); ++i) {
      Mention& m = mentions_[i];
      if (!m.own_date && m.date.precision == DatePrecision::kDay &&
          days.incident.DayIndex() <= m.date.DayIndex() &&
          m.date.DayIndex() - days.incident.DayIndex() <= 7) {
        m.date = days.incident;
        m.own_date = true;
      } else if (m.own_date && m.date.precision != DatePrecision::kDay &&
                 Covers(m.date, days.incident)) {
        // "Violence this week has left six dead. The deaths occurred on
        // Tuesday": the day inside the period the report gave.
        m.date = days.incident;
      }
    }
  }
  // A killing or attack the sentence says was done with explosives is an
  // explosion (ACLED codes the means).
  for (Mention& m : found) UpgradeToWeapon(weapon_rule, &m);
  // The sentence before or after may name the means ("A mine exploded at
  // a tractor. Two people were killed."), unless it tells another incident.
  std::string_view opening = TrimView(sentence).substr(0, 40);
  bool separate = StartsWith(opening, "In a separate") || StartsWith(opening, "In another") ||
                  StartsWith(opening, "Separately") || StartsWith(opening, "Meanwhile") ||
                  StartsWith(opening, "Elsewhere") || StartsWith(opening, "Also on") ||
                  StartsWith(opening, "Earlier") || StartsWith(opening, "Later");
  if (!separate) {
    if (weapon_rule >= 0) {
      for (size_t i = std::max(prev_sentence_begin_, unit_mentions_begin_);
           i < prev_sentence_end_ && i < mentions_.size(); ++i) {
        UpgradeToWeapon(weapon_rule, &mentions_[i]);
      }
    }
    if (prev_sentence_weapon_ >= 0) {
      for (Mention& m : found) UpgradeToWeapon(prev_sentence_weapon_, &m);
    }
  }
  prev_sentence_weapon_ = weapon_rule;
  prev_sentence_begin_ = mentions_.size();
  prev_sentence_end_ = mentions_.size() + found.size();
  // Actors named elsewhere in the sentence ("IS-K ... the same group that
  // was behind the bombings") stand for mentions that name none.
  for (Mention& m : found) {
    if (m.actors.empty()) {
      for (const Actor& act : sentence_actors) {
        Actor copy = act;
        if (m.type == "Battles") copy.role = "side";
        m.actors.push_back(copy);
      }
    }
    mentions_.push_back(std::move(m));
  }
}

// ---------------------------------------------------------------------------
// Fusion within the document.

struct Cluster {
  std::vector<size_t> members;  // mention indexes
};

bool DatesCompatible(const Mention& a, const Mention& b) {
  const DateValue& x = a.date;
  const DateValue& y = b.date;
  bool x_day = x.precision == DatePrecision::kDay;
  bool y_day = y.precision == DatePrecision::kDay;
  if (!a.own_date || !b.own_date) {
    const Mention& soft = a.own_date ? b : a;
    const Mention& hard = a.own_date ? a : b;
    if (!hard.own_date) {
      // Both dated by their articles: the articles' dates within a week.
      int64_t d = x.DayIndex() - y.DayIndex();
      return d >= -7 && d <= 7;
    }
    // A mention dated only by its article is compatible with anything in
    // the week before that date.
    if (hard.date.precision != DatePrecision::kDay) {
      return hard.date.year == soft.date.year || hard.date.year + 1 == soft.date.year;
    }
    int64_t d = soft.date.DayIndex() - hard.date.DayIndex();
    return d >= 0 && d <= 7;
  }
  if (x_day && y_day) {
    // Reports a day apart (a photo dated the morning after) tell one day.
    int64_t d = x.DayIndex() - y.DayIndex();
    return d >= -1 && d <= 1;
  }
  if (x.year != y.year) return false;
  if (x.precision == DatePrecision::kYear || y.precision == DatePrecision::kYear) return true;
  return x.month == y.month;
}

// Place names agree when equal, when one contains the other's words
// ("Moscow" / "Moscow Domodedovo airport"), or when one is the other's
// container ("the Moscow suburb of Krasnogorsk").
bool PlacesCompatible(const Mention& a, const Mention& b, bool* same) {
  *same = false;
  if (a.place.empty() || b.place.empty()) return true;
  const Gazetteer* gz = Gazetteer::Default();
  if (gz != nullptr && a.has_geo && b.has_geo && a.place_rank > 2 && b.place_rank > 2) {
    // The gazetteer knows both: the same entry, one inside the other, or
    // close enough to be one incident's place.
    if (a.geo.id == b.geo.id) {
      *same = true;
      return true;
    }
    if (gz->Contains(a.geo, b.geo) || gz->Contains(b.geo, a.geo)) return true;
    constexpr double kSameIncidentKm = 50;
    if (!a.geo.approximate && !b.geo.approximate &&
        DistanceKm(a.geo.lat, a.geo.lon, b.geo.lat, b.geo.lon) <= kSameIncidentKm) {
      *same = true;
      return true;
    }
    return false;
  }
  // Attributive and facility names are weak evidence either way.
  if (a.place_rank <= 2 || b.place_rank <= 2) return true;
  if (!a.country.empty() && !b.country.empty() && a.country != b.country) return false;
  // One story telling one specific incident names coarser and finer
  // places for it ("Sichuan province", "Jinping village").
  if (a.article == b.article && a.subtype == b.subtype && a.priority > kGenericPriority &&
      b.priority > kGenericPriority) {
    return true;
  }
  // A country holds any place of its own (or of unknown country).
  if (a.place_is_country || b.place_is_country) {
    *same = a.place_is_country && b.place_is_country;
    return true;
  }

  std::string x = ToLowerAscii(a.place), y = ToLowerAscii(b.place);
  if (x == y) {
    *same = true;
    return true;
  }
  auto words_in = [](const std::string& small, const std::string& big) {
    return (" " + big + " ").find(" " + small + " ") != std::string::npos;
  };
  if (words_in(x, y) || words_in(y, x)) {
    *same = true;
    return true;
  }
  // A building is somewhere in a city the text may name differently.
  if (a.place_facility != b.place_facility) return true;
  if (!a.place_container.empty() && ToLowerAscii(a.place_container) == y) return true;
  if (!b.place_container.empty() && ToLowerAscii(b.place_container) == x) return true;
  return false;
}

bool TypesCompatible(const Mention& a, const Mention& b) {
  if (a.type == b.type) return true;
  // "... killing three soldiers. Four militants were also killed in the
  // clashes": more dead of the incident told, whatever noun tells it.
  bool also = false;
  for (size_t k = 0; k < kNumCountKinds; ++k) also |= a.additional[k] || b.additional[k];
  if (also && IsViolent(a.type) && IsViolent(b.type)) return true;
  bool generic_a = a.priority <= kGenericPriority && IsViolent(a.type);
  bool generic_b = b.priority <= kGenericPriority && IsViolent(b.type);
  return (generic_a && IsViolent(b.type)) || (generic_b && IsViolent(a.type));
}

bool CountsCompatible(const Mention& a, const Mention& b) {
  const auto& x = a.counts[0];
  const auto& y = b.counts[0];
  if (!x || !y || x->best == 0 || y->best == 0) return true;
  if (a.additional[0] || b.additional[0]) return true;  // other people
  if (a.attackers[0] != b.attackers[0]) return true;
  int64_t lo = std::min(x->best, y->best), hi = std::max(x->best, y->best);
  return hi <= lo * 3 + 2;
}

std::string Hex8(uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%08llx", static_cast<unsigned long long>(v & 0xffffffffull));
  return buf;
}

uint64_t Fnv1a(std::string_view s, uint64_t h = 1469598103934665603ull) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

void DocExtractor::Fuse(std::vector<Event>* out) {
  std::vector<Cluster> clusters;
  // Strong mentions make and join incidents; weak ones only join.
  for (int pass = 0; pass < 2; ++pass) {
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      if (m.weak() != (pass == 1)) continue;
      int best = -1;
      int best_score = 0;
      for (size_t c = 0; c < clusters.size(); ++c) {
        bool ok = true;
        int score = 0;
        for (size_t j : clusters[c].members) {
          const Mention& o = mentions_[j];
          bool same_place = false;
          if (!TypesCompatible(m, o) || !DatesCompatible(m, o) ||
              !PlacesCompatible(m, o, &same_place) || !CountsCompatible(m, o)) {
            ok = false;
            break;
          }
          // A weak mention names the kind of an incident whose other
          // mentions only said "attack"; it never changes a specific kind.
          // A bare "the attack" joins whatever kind it is.
          if (m.weak() && m.type != o.type && o.priority > kGenericPriority &&
              m.priority > kGenericPriority) {
            ok = false;
          }
          // Two stories on one page tell the same incident only if they
          // name the same place.
          if (m.article != o.article && !same_place) ok = false;
          if (!ok) break;
          if (same_place) score += 2;
          if (m.own_date && o.own_date) score += 1;
          if (m.type == o.type) score += 1;
        }
        if (ok && score + 1 > best_score) {
          best = static_cast<int>(c);
          best_score = score + 1;
        }
      }
      if (best >= 0) {
        clusters[static_cast<size_t>(best)].members.push_back(i);
      } else if (!m.weak()) {
        clusters.push_back({{i}});
      }
    }
  }
  // An article with no incident but weak mentions reports one without
  // casualties or a date of its own ("Militants blew up a shrine in
  // Daquq"): its most specific weak mention makes it.
  for (const Article* a : articles_) {
    bool has = false;
    for (const Cluster& c : clusters) {
      for (size_t j : c.members) has |= mentions_[j].article == a->index;
    }
    if (has) continue;
    // The story's first such sentence (its lead); within it, the most
    // specific trigger.
    int pick = -1;
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      if (m.article != a->index || !m.weak()) continue;
      if (pick < 0) {
        pick = static_cast<int>(i);
        continue;
      }
      const Mention& p = mentions_[static_cast<size_t>(pick)];
      if (m.sentence == p.sentence && m.priority > p.priority) pick = static_cast<int>(i);
    }
    if (pick < 0) continue;
    Cluster c{{static_cast<size_t>(pick)}};
    for (size_t i = 0; i < mentions_.size(); ++i) {
      const Mention& m = mentions_[i];
      bool same_place = false;
      if (static_cast<int>(i) != pick && m.article == a->index && m.weak() &&
          TypesCompatible(m, mentions_[static_cast<size_t>(pick)]) &&
          PlacesCompatible(m, mentions_[static_cast<size_t>(pick)], &same_place)) {
        c.members.push_back(i);
      }
    }
    clusters.push_back(std::move(c));
  }
  for (auto& c : clusters) std::sort(c.members.begin(), c.members.end());
  // Where the groups named operate (data/actor_countries.tsv, "SO|KE"): the
  // first listed group of a cluster's mentions, or of the whole story
  // ("Al-Shabaab claimed responsibility."), read once.
  auto cluster_groups = [&](const Cluster& c) -> const std::string* {
    for (size_t j : c.members) {
      for (const Actor& a : mentions_[j].actors) {
        if (const std::string* all = ActorCountries(a.name)) return all;
      }
    }
    return nullptr;
  };
  std::optional<const std::string*> story_groups_memo;
  auto story_groups = [&]() -> const std::string* {
    if (!story_groups_memo) {
      story_groups_memo = nullptr;
      for (const ActorHit& h : ActorLexicon::Default().Find(doc_.body)) {
        const std::string& name = ActorLexicon::Default().entries()[h.entry].canonical;
        if (const std::string* all = ActorCountries(name)) {
          story_groups_memo = all;
          break;
        }
      }
    }
    return *story_groups_memo;
  };
  auto main_country = [](const std::string* all) {
    return all == nullptr ? std::string() : all->substr(0, all->find('|'));
  };

  for (const Cluster& c : clusters) {
    Event ev;
    // Type: the most specific trigger.
    const Mention* typed = nullptr;
    for (size_t j : c.members) {
      const Mention& m = mentions_[j];
      if (typed == nullptr || m.priority > typed->priority) typed = &m;
    }
    ev.type = typed->type;
    ev.subtype = typed->subtype;
    // Date: the best-evidenced own date (a mention with a toll beats a
    // caption's photo date; the earliest on a tie); else the article's.
    const Mention* dated = nullptr;
    int dated_score = -1;
    for (size_t j : c.members) {
      const Mention& m = mentions_[j];
      if (!m.date.valid()) continue;
      int score = (m.own_date ? 4 : 0) + (m.has_counts() ? 2 : 0) +
                  static_cast<int>(m.date.precision);
      bool earlier = dated && m.date.Iso() < dated->date.Iso();
      if (score > dated_score || (score == dated_score && earlier)) {
        dated = &m;
        dated_score = score;
      }
    }
    if (dated) {
      // A coarser own date is refined by a finer compatible one.
      ev.date = dated->date.Iso();
      ev.date_precision = DatePrecisionName(dated->date.precision);
    }
    // Place: the most specific (a resolved town beats a region beats a
    // country; then the text's own ranking).
    const Mention* placed = nullptr;
    auto specificity = [](const Mention& m) {
      int geo = m.has_geo ? 10 * (5 - static_cast<int>(m.precision)) : 0;
      return geo + m.place_rank;
    };
    for (size_t j : c.members) {
      const Mention& m = mentions_[j];
      if (!m.place.empty() && (placed == nullptr || specificity(m) > specificity(*placed))) {
        placed = &m;
      }
    }
    Mention sentence_place;
    if (const Gazetteer* gz = Gazetteer::Default();
        gz != nullptr && (placed == nullptr || !placed->has_geo)) {
      // The incident's own clauses name no place the gazetteer knows: the
      // most specific one it knows in the same sentences ("Mundu village,
      // located in the game reserve, in Bauchi State").
      std::string hint = placed != nullptr ? placed->country : "";
      const std::string strict_cc = hint.empty() ? "" : CountryCodeOf(*gz, hint);
      for (size_t j : c.members) {
        if (hint.empty()) hint = CountryNamedIn(mentions_[j].sentence);
      }
      if (hint.empty()) hint = PlacesCountry();
      for (size_t j : c.members) {
        for (const Actor& a : mentions_[j].actors) {
          if (!hint.empty()) break;
          if (const std::string* ac = ActorCountry(a.name)) hint = *ac;
        }
      }
      std::string hint_cc = CountryCodeOf(*gz, hint);
      int best = -1;
      std::set<std::string> seen;
      for (size_t j : c.members) {
        const Mention& mj = mentions_[j];
        if (!seen.insert(mj.sentence).second) continue;
        for (const PlaceMention& p : FindPlaceMentions(mj.sentence)) {
          if (p.rank < 2 || p.feature == "capital of") continue;
          const Countries& countries = Countries::Default();
          if (countries.ByDemonym(p.name) || countries.ByName(p.name)) continue;
          bool actor = false;
          for (const Actor& a : mj.actors) {
            for (const std::string& t : a.mentions) actor |= t.find(p.name) != std::string::npos;
          }
          if (actor) continue;
          PlaceResolution r;
          if (!ResolvePlace(*gz, p.name, HintsOf(p, hint), &r)) continue;
          if (r.place.kind == PlaceKind::kCountry) continue;
          if (hint_cc.empty() && p.container.empty() && SmallNamesakeOfRegions(*gz, p.name, r)) {
            continue;
          }
          // The country of the incident's own place name is a must; a
          // country named elsewhere in the sentence only a preference.
          if (!strict_cc.empty() && r.place.country_code != strict_cc) continue;
          if (!hint_cc.empty() && r.place.country_code != hint_cc && r.match != NameMatch::kName) {
            continue;
          }
          // With no country to check it against, only a name the
          // gazetteer holds as such, or one found in the region the text
          // puts it in ("the Hawija district of Kirkuk province").
          bool in_named_region =
              !p.container.empty() && !r.fell_back_to_container &&
              (FoldPlaceName(r.place.admin1_name).find(FoldPlaceName(p.container)) !=
                   std::string::npos ||
               FoldPlaceName(r.place.admin2_name).find(FoldPlaceName(p.container)) !=
                   std::string::npos);
          if (hint_cc.empty() && r.match != NameMatch::kName && r.place.population < 20000 &&
              !in_named_region) {
            continue;
          }
          int spec = 10 * (5 - static_cast<int>(r.precision)) + p.rank;
          if (spec > best) {
            best = spec;
            sentence_place = PlacedAt(placed != nullptr ? *placed : mj, p, r);
          }
        }
      }
      if (best >= 0) placed = &sentence_place;
    }
    Mention story_place;
    if (const Gazetteer* gz = Gazetteer::Default();
        gz != nullptr && clusters.size() == 1 && placed != nullptr && placed->place_is_country &&
        !placed->country.empty()) {
      // The story's one incident, placed only in a country: the most
      // specific place the story names in that country, after a locative
      // ("... in northwest Venezuela. ... at the Uribana prison in Lara
      // state").
      const std::string cc = CountryCodeOf(*gz, placed->country);
      int best = -1;
      for (const PlaceMention& p : FindPlaceMentions(doc_.body)) {
        if (p.rank < 3 || p.facility || p.feature == "capital of") continue;
        if (Countries::Default().ByAnyName(p.name)) continue;
        PlaceResolution r;
        if (!ResolvePlace(*gz, p.name, HintsOf(p, cc), &r)) continue;
        if (r.place.kind == PlaceKind::kCountry || r.place.country_code != cc) continue;
        int spec = 10 * (5 - static_cast<int>(r.precision)) + p.rank;
        if (spec > best) {
          best = spec;
          story_place = PlacedAt(*placed, p, r);
        }
      }
      if (best >= 0) placed = &story_place;
    }
    if (placed == nullptr || (!placed->has_geo && placed->country.empty())) {
      // No place the gazetteer knows: the country the sentences name
      // ("in northeast Nigeria", "an Afghan official") is still a place.
      std::string code;
      std::string code_by_name;
      for (size_t j : c.members) {
        if (code.empty()) CountryVotes(mentions_[j].sentence, &code, &code_by_name);
      }
      // "Three Burundian soldiers ... Al Shabaab claimed it": people of a
      // country only a demonym names, where the group that acted operates
      // elsewhere, are foreign troops; the group's country is the place's.
      if (!code.empty() && code_by_name.empty()) {
        const std::string* all = cluster_groups(c);
        if (all == nullptr) all = story_groups();
        if (all != nullptr && !all->empty()) {
          bool operates_there = false;
          for (std::string_view cc : Split(std::string_view(*all), '|')) operates_there |= cc == code;
          if (!operates_there) code = main_country(all);
        }
      }
      // Else a place the gazetteer knows elsewhere in the story, the
      // country the story names, or where the named group operates.
      for (size_t j = 0; j < mentions_.size() && code.empty(); ++j) {
        if (mentions_[j].has_geo && mentions_[j].place_rank > 2) {
          code = std::string(mentions_[j].geo.country_code);
        }
      }
      if (code.empty()) code = BodyCountry();
      if (code.empty()) code = main_country(cluster_groups(c));
      if (code.empty()) code = PlacesCountry();
      // A group named anywhere in the story ("Al-Shabaab claimed
      // responsibility").
      if (code.empty()) code = main_country(story_groups());
      if (code.empty()) code = PassingCountry();
      const Gazetteer* gz = Gazetteer::Default();
      GeoPlace country;
      if (!code.empty() && gz != nullptr && gz->Country(code, &country)) {
        Place p;
        p.name = std::string(country.name);
        p.country = std::string(country.country_name);
        p.country_code = code;
        p.lat = country.lat;
        p.lon = country.lon;
        if (country.geonameid != 0) p.geonames_id = country.geonameid;
        p.precision = "country";
        ev.place = p;
        placed = nullptr;
      }
    }
    if (ev.place) {
      // set above from the sentences' country
    } else if (placed && placed->has_geo) {
      const GeoPlace& g = placed->geo;
      Place p;
      p.name = std::string(g.name);
      if (g.kind != PlaceKind::kCountry && g.kind != PlaceKind::kAdmin1) {
        p.admin1 = std::string(g.admin1_name);
      }
      p.country = std::string(g.country_name);
      p.country_code = std::string(g.country_code);
      p.lat = g.lat;
      p.lon = g.lon;
      if (g.geonameid != 0) p.geonames_id = g.geonameid;
      p.precision = PlacePrecisionName(placed->precision);
      ev.place = p;
    } else if (placed) {
      Place p;
      p.name = placed->place;
      std::string code = placed->country;
      for (size_t j : c.members) {
        if (code.empty()) code = mentions_[j].country;
      }
      if (const CountryInfo* ci = Countries::Default().ByCode(code)) {
        p.country = ci->name;
        p.country_code = ci->code;
      }
      if (placed->place_is_country) p.precision = "country";
      ev.place = p;
    }
    // Counts: per kind, the highest credible report; every report is a
    // revision. Reports of other people ("two attackers were also
    // killed") add to it.
    std::optional<Count> extra[kNumCountKinds];
    std::optional<Count> attackers[kNumCountKinds];  // the highest report of them
    for (size_t j : c.members) {
      const Mention& m = mentions_[j];
      Source s;
      s.doc = doc_.name;
      s.article = m.article;
      const Article* art = nullptr;
      for (const Article* a : articles_) {
        if (a->index == m.article) art = a;
      }
      if (art) {
        s.headline = art->headline;
        s.published = art->date.empty() ? doc_.published : art->date;
      }
      s.sentence = m.sentence;
      s.span_begin = m.span_begin;
      s.span_end = m.span_end;
      // One source per sentence.
      int src = -1;
      for (size_t k = 0; k < ev.sources.size(); ++k) {
        if (ev.sources[k].span_begin == s.span_begin && ev.sources[k].sentence == s.sentence) {
          src = static_cast<int>(k);
        }
      }
      if (src < 0) {
        src = static_cast<int>(ev.sources.size());
        ev.sources.push_back(s);
      }
      for (int k = 0; k < kNumCountKinds; ++k) {
        if (!m.counts[k]) continue;
        const Count& cnt = *m.counts[k];
        // ("One of the assailants was also killed" is added as it says.)
        bool attacker_count = m.attackers[k] && !m.additional[k];
        auto& slot = attacker_count ? attackers[k] : m.additional[k] ? extra[k] : ev.counts[k];
        if (m.additional[k] && !attacker_count && slot) {
          AddCount(cnt, &*slot);
        } else if (!slot) {
          slot = cnt;
        } else {
          std::optional<int64_t> min = slot->min;
          if (cnt.min && (!min || *cnt.min > *min)) min = cnt.min;
          if (cnt.best > slot->best) {
            slot = cnt;
          }
          slot->min = min;
          if (slot->min && slot->max && *slot->max < *slot->min) slot->max.reset();
        }
        Revision r;
        r.seen = s.published;
        r.kind = static_cast<CountKind>(k);
        r.best = cnt.best;
        r.text = cnt.text;
        r.source = src;
        ev.revisions.push_back(r);
      }
      // Actors.
      for (const Actor& a : m.actors) {
        bool merged = false;
        for (Actor& e : ev.actors) {
          if (e.name == a.name) {
            for (const auto& mm : a.mentions) {
              if (std::find(e.mentions.begin(), e.mentions.end(), mm) == e.mentions.end()) {
                e.mentions.push_back(mm);
              }
            }
            merged = true;
          }
        }
        if (!merged) ev.actors.push_back(a);
      }
    }
    for (int k = 0; k < kNumCountKinds; ++k) {
      // The attackers killed, told apart from the victims, add to them
      // (the same figure twice is more likely one told again). A figure
      // the text does not give ("several Taliban were also killed") does
      // not blur one it gives.
      if (attackers[k]) {
        if (!ev.counts[k]) {
          ev.counts[k] = attackers[k];
        } else if (ev.counts[k]->best != attackers[k]->best && !VagueCount(*attackers[k])) {
          AddCount(*attackers[k], &*ev.counts[k]);
        }
      }
      if (!extra[k]) continue;
      if (!ev.counts[k]) {
        ev.counts[k] = extra[k];
      } else if (!VagueCount(*extra[k]) || VagueCount(*ev.counts[k])) {
        AddCount(*extra[k], &*ev.counts[k]);
      }
    }
    // The summary: the first sentence that gave a count, else the first.
    const Mention* lead = &mentions_[c.members[0]];
    for (size_t j : c.members) {
      if (mentions_[j].has_counts()) {
        lead = &mentions_[j];
        break;
      }
    }
    ev.summary = lead->sentence.substr(0, kMaxSummaryBytes);
    uint64_t h = Fnv1a(doc_.name);
    h = Fnv1a(lead->sentence, h);
    h = Fnv1a(ev.type, h);
    ev.id = "ev_" + Hex8(h ^ (h >> 32));
    out->push_back(std::move(ev));
  }
}

}  // namespace

const char* CountKindName(CountKind k) {
  switch (k) {
    case CountKind::kKilled: return "killed";
    case CountKind::kInjured: return "injured";
    case CountKind::kMissing: return "missing";
    case CountKind::kHostages: return "hostages";
    case CountKind::kArrested: return "arrested";
  }
  return "";
}

Status ExtractEvents(const Document& doc, const std::vector<Article>& articles,
                     std::vector<Event>* out) {
  DocExtractor x(doc);
  for (const Article& a : articles) x.AddArticle(a);
  x.Fuse(out);
  return Status::OK();
}

}  // namespace dateline
