// Copyright 2026 The Dateline Authors.

#include "events/place_mentions.h"

#include <algorithm>
#include <cctype>

#include "article/page_date.h"
#include "util/strings.h"
#include "util/word_set.h"

namespace dateline {

namespace {

constexpr size_t kMaxNameWords = 4;

// Words are compared ignoring case: `ws[i].lower == "of"`, or a WordSet.
using W = Word;

// Starts with an upper-case letter (or a non-ASCII letter).
bool Cap(const W& w) {
  unsigned char c = w.text.empty() ? 0 : static_cast<unsigned char>(w.text[0]);
  return !w.punct() && (std::isupper(c) || (c >= 0xC3 && c < 0xE2));
}

bool IsLower(std::string_view w) {
  return !w.empty() && std::islower(static_cast<unsigned char>(w[0]));
}

// Place nouns, in lower case only: "Crocus City Hall" names a building.
bool IsFeature(std::string_view w) {
  static const WordSet kFeatures(
      {"suburb", "district", "province", "region", "city", "town", "village", "state",
       "county", "capital", "port", "neighbourhood", "neighborhood", "area", "oblast",
       "governorate", "prefecture", "municipality", "commune", "island", "valley", "republic",
       "township", "division", "outskirts", "department", "territory"});
  return IsLower(w) && kFeatures.Contains(w);
}

// How specific a feature is: a village beats a district beats a province.
int FeatureRank(std::string_view w) {
  static const WordSet kRank7({"suburb", "village", "neighbourhood", "neighborhood", "town",
                               "township", "commune", "city", "port", "island"});
  static const WordSet kRank6(
      {"district", "county", "municipality", "prefecture", "valley", "division"});
  static const WordSet kRank5({"province", "state", "region", "oblast", "governorate",
                               "department", "territory", "republic"});
  if (kRank7.Contains(w)) return 7;
  if (kRank6.Contains(w)) return 6;
  if (kRank5.Contains(w)) return 5;
  return 4;
}

// Buildings and sites; "<Name> airport" is a place of its own.
bool IsFacility(std::string_view w) {
  static const WordSet kFacilities(
      {"airport", "theater", "theatre", "hall", "hospital", "station", "stadium", "embassy",
       "mosque", "church", "temple", "market", "hotel", "school", "university", "prison",
       "shrine", "square", "bridge", "base", "camp"});
  return IsLower(w) && kFacilities.Contains(w);
}

// Capitalised words that never name a place on their own.
bool IsStopName(std::string_view w) {
  static const WordSet kStopNames(
      {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A",
       "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "This", "That",
       "These", "Those", "President", "Prime", "Minister", "General", "Gen", "Mr", "Mrs", "Ms",
       "Dr", "Col", "Lt", "Sgt", "Capt", "Commander", "Chief", "Police", "Army", "Islamic",
       "State", "Daesh", "Taliban", "Reuters", "AFP", "AP", "Telegram", "Facebook", "Twitter",
       "Xinhua", "CCTV", "TASS", "God", "Allah", "Parliament", "Congress", "Government",
       "Ministry", "Sheikh"});
  return MonthFromName(w) != 0 || kStopNames.Contains(w);
}

// A run of capitalised words starting at ws[i] ("St. Petersburg", "North
// Ossetia", "Hamid Karzai International Airport"); returns its end.
size_t NameRun(const std::vector<W>& ws, size_t i, std::string_view text) {
  size_t j = i;
  size_t words = 0;
  while (j < ws.size() && words < kMaxNameWords) {
    // All-caps prepositions ("outside Moscow ON March 22") end a name.
    static const WordSet kAllCapsEnders({"ON", "IN", "AT", "OF", "AND", "THE"});
    if (words > 0 && kAllCapsEnders.Contains(ws[j].text)) break;
    if (Cap(ws[j]) && !(words > 0 && IsStopName(ws[j].text))) {
      ++j;
      ++words;
      if (EndsWith(ws[j - 1].text, "\xE2\x80\x99s") || EndsWith(ws[j - 1].text, "'s")) break;
      // "St." keeps the run going; a possessive ends it.
      if (j < ws.size() && ws[j].text == "." && ws[j - 1].text.size() <= 3) ++j;
      if (j < ws.size() && (ws[j].text == "-")) ++j;
      continue;
    }
    break;
  }
  if (j > i && ws[j - 1].text == ".") --j;
  return j;
}

std::string Name(const std::vector<W>& ws, size_t i, size_t j, std::string_view text) {
  return std::string(text.substr(ws[i].span.begin, ws[j - 1].span.end - ws[i].span.begin));
}

bool IsPossessive(const std::vector<W>& ws, size_t j) {
  // "Moscow’s", "Moscow's": the tokenizer keeps the apostrophe in the word
  // or leaves "’" "s" as tokens.
  return j < ws.size() && (ws[j].text == "\xE2\x80\x99" || ws[j].text == "'") &&
         j + 1 < ws.size() && ws[j + 1].text == "s";
}

std::string StripPossessive(std::string_view s) {
  if (EndsWith(s, "\xE2\x80\x99s")) s.remove_suffix(4);
  else if (EndsWith(s, "'s")) s.remove_suffix(2);
  return std::string(s);
}

// A capitalised word within three words before ws[i], not past punctuation
// ("Nigeria's northeastern town of", "the southern Iranian city of").
std::string ContainerBefore(const std::vector<W>& ws, size_t i) {
  for (size_t back = 1; back <= 3 && back <= i; ++back) {
    const W& w = ws[i - back];
    if (w.punct()) break;
    std::string name = StripPossessive(w.text);
    // The first word of a sentence is capitalised anyway; only a
    // possessive there ("Nigeria's northeastern town") is a container.
    bool possessive = name.size() != w.text.size();
    if (i - back == 0 && !possessive) break;
    if (Cap(w) && !IsStopName(name)) return name;
  }
  return "";
}

// ", Afghanistan" or "in (the city of) Yibin" right after a name.
std::string ContainerAfter(const std::vector<W>& ws, size_t end, std::string_view text) {
  size_t k = end;
  if (k < ws.size() && (ws[k].text == "," || ws[k].lower == "in")) {
    ++k;
    if (k + 2 < ws.size() && ws[k].lower == "the" && IsFeature(ws[k + 1].text) &&
        ws[k + 2].lower == "of") {
      k += 3;
    }
    if (k < ws.size() && Cap(ws[k]) && !IsStopName(ws[k].text)) {
      size_t e = NameRun(ws, k, text);
      // "in Chechnya, Syria and Afghanistan" is a list, not a container.
      if (e < ws.size() && (ws[e].text == "," || ws[e].lower == "and" || ws[e].lower == "or")) {
        return "";
      }
      return StripPossessive(Name(ws, k, e, text));
    }
  }
  return "";
}

}  // namespace

std::vector<PlaceMention> FindPlaceMentions(std::string_view text) {
  return FindPlaceMentions(TokenizedText(text));
}

std::vector<PlaceMention> FindPlaceMentions(const TokenizedText& tokenized) {
  static const WordSet kNotAfterName({"capital", "outskirts", "area", "state", "territory"});
  static const WordSet kLeads(
      {"in", "of", "at", "near", "the", "from", "hit", "across", "outside", "into"});
  static const WordSet kLocatives({"in", "at", "near", "outside", "over", "across", "inside",
                                   "to", "into", "from", "around", "between"});
  // Direction words that may stand between a preposition and a name: "in
  // central Baghdad", "in northeast Nigeria".
  static const WordSet kDirections(
      {"central", "northern", "southern", "eastern", "western", "northeast", "northwest",
       "southeast", "southwest", "northeastern", "northwestern", "southeastern",
       "southwestern", "north", "south", "east", "west", "restive", "volatile", "rural",
       "remote", "neighbouring", "neighboring", "downtown", "greater", "coastal"});
  std::string_view text = tokenized.text();
  const std::vector<W>& ws = tokenized.words();
  std::vector<PlaceMention> out;
  for (size_t i = 0; i < ws.size(); ++i) {
    // "the <A> <feature> of <B>" / "the <adj>* <feature> of <B>"
    if (IsFeature(ws[i].text) && i + 2 < ws.size() && ws[i + 1].lower == "of" &&
        Cap(ws[i + 2]) && !IsStopName(ws[i + 2].text)) {
      size_t end = NameRun(ws, i + 2, text);
      PlaceMention m;
      m.name = StripPossessive(Name(ws, i + 2, end, text));
      m.feature = std::string(ws[i].text);
      // The container: a capitalised word just before the feature
      // ("the Moscow suburb of", "the Dhaka district of").
      m.container = ContainerBefore(ws, i);
      if (m.container.empty()) m.container = ContainerAfter(ws, end, text);
      m.span = {ws[i].span.begin, ws[end - 1].span.end};
      m.rank = ws[i].lower == "outskirts" || ws[i].lower == "capital" ? 3
                                                                       : FeatureRank(ws[i].text);
      if (ws[i].lower == "outskirts") m.feature.clear();
      out.push_back(m);
      i = end - 1;
      continue;
    }
    // "the (Russian) capital Moscow"
    static const WordSet kSettlements({"capital", "city", "town", "village", "port"});
    if (IsLower(ws[i].text) && kSettlements.Contains(ws[i].text) && i + 1 < ws.size() &&
        Cap(ws[i + 1]) && !IsStopName(ws[i + 1].text) && i >= 1 && ws[i - 1].lower != "a" &&
        ws[i - 1].lower != "an") {
      size_t end = NameRun(ws, i + 1, text);
      PlaceMention m;
      m.name = StripPossessive(Name(ws, i + 1, end, text));
      m.feature = std::string(ws[i].text);
      m.span = {ws[i].span.begin, ws[end - 1].span.end};
      m.rank = 4;
      out.push_back(m);
      i = end - 1;
      continue;
    }
    // "<Name> district", "Jinping village"
    if (Cap(ws[i]) && !IsStopName(ws[i].text)) {
      size_t end = NameRun(ws, i, text);
      bool facility = end < ws.size() && IsFacility(ws[end].text);
      bool feature_of = end + 1 < ws.size() && ws[end + 1].lower == "of";
      if (end < ws.size() && !feature_of && (IsFeature(ws[end].text) || facility) &&
          !kNotAfterName.Contains(ws[end].text)) {
        // Only after a preposition, article or adjective, to skip subjects
        // like "Police district chief".
        bool lead = i == 0 || kLeads.Contains(ws[i - 1].text) || IsLower(ws[i - 1].text);
        if (lead) {
          PlaceMention m;
          m.name = StripPossessive(Name(ws, i, facility ? end + 1 : end, text));
          m.feature = std::string(ws[end].text);
          m.span = {ws[i].span.begin, ws[end].span.end};
          m.rank = facility ? 2 : FeatureRank(ws[end].text);
          m.facility = facility;
          m.container = ContainerBefore(ws, i);
          if (m.container.empty()) m.container = ContainerAfter(ws, end + 1, text);
          out.push_back(m);
          i = end;
          continue;
        }
      }
    }
    // "in Kabul", "over Egypt", "in a Moscow subway", "in Moscow’s Dubrovka"
    if (kLocatives.Contains(ws[i].text) && i + 1 < ws.size()) {
      size_t k = i + 1;
      bool det = false;
      if (k < ws.size() && (ws[k].lower == "the" || ws[k].lower == "a" || ws[k].lower == "an")) {
        ++k;
        det = true;
      }
      if (k + 1 < ws.size() && kDirections.Contains(ws[k].lower) && Cap(ws[k + 1])) {
        ++k;
        det = false;  // "in central Baghdad" names Baghdad itself
      }
      if (k < ws.size() && Cap(ws[k]) && !IsStopName(ws[k].text)) {
        size_t end = NameRun(ws, k, text);
        if (end < ws.size() && IsFeature(ws[end].text) && !kNotAfterName.Contains(ws[end].text) &&
            !(end + 1 < ws.size() && ws[end + 1].lower == "of")) {
          // "in Kandahar province": the feature says what the name is.
          PlaceMention m;
          m.name = StripPossessive(Name(ws, k, end, text));
          m.feature = std::string(ws[end].text);
          m.span = {ws[k].span.begin, ws[end].span.end};
          m.rank = FeatureRank(ws[end].text);
          m.container = ContainerAfter(ws, end + 1, text);
          out.push_back(m);
          i = end;
          continue;
        }
        std::string name = Name(ws, k, end, text);
        bool titled = false;
        for (size_t t = k; t < end; ++t) titled |= IsStopName(ws[t].text);
        if (titled) {
          i = end - 1;
          continue;
        }
        bool possessive = IsPossessive(ws, end) || EndsWith(name, "\xE2\x80\x99s") ||
                          EndsWith(name, "'s");
        // "in the Crocus City Hall concert venue": a named facility.
        PlaceMention m;
        m.name = StripPossessive(name);
        m.span = {ws[k].span.begin, ws[end - 1].span.end};
        static const char* kFacilityWords[] = {"Hall", "Theater", "Theatre", "Airport",
                                               "Hospital", "Station", "Stadium", "Embassy",
                                               "Mosque", "Church", "Temple", "Market", "Hotel",
                                               "School", "University", "Prison", "Shrine",
                                               "Square", "Bridge", "Base", "Camp", "Center",
                                               "Centre", "Mall", "Palace"};
        for (const char* f : kFacilityWords) {
          if (EndsWith(m.name, std::string(" ") + f)) m.facility = true;
        }
        // A determiner before a name makes it a facility or an attribute
        // ("a Moscow subway"); still the best clue to where.
        m.rank = det ? 2 : 3;
        if (ws[i].lower == "to" || ws[i].lower == "from" || ws[i].lower == "into") m.rank = 1;
        if (possessive) m.rank = 3;
        if (m.facility) m.rank = 2;
        m.container = ContainerAfter(ws, end, text);
        out.push_back(m);
        i = end - 1;
        continue;
      }
    }
  }
  // "Borno State", "Ghazni Province", "Andar District": a capitalised
  // feature noun ends the name; it says what the place is.
  static const WordSet kTailFeatures({"state", "province", "district", "region", "county",
                                      "governorate", "division", "oblast", "department",
                                      "prefecture", "municipality", "subdistrict", "township"});
  for (PlaceMention& m : out) {
    size_t sp = m.name.rfind(' ');
    if (sp == std::string::npos) continue;
    std::string tail = ToLowerAscii(std::string_view(m.name).substr(sp + 1));
    if (!kTailFeatures.Contains(tail)) continue;
    m.name.resize(sp);
    if (m.feature.empty() || m.facility) {
      m.feature = tail;
      m.facility = false;
      m.rank = std::max(m.rank, FeatureRank(tail));
    }
  }
  return out;
}

}  // namespace dateline
