// Copyright 2026 The Dateline Authors.

#include "events/place_mentions.h"

#include <algorithm>
#include <cctype>

#include "article/page_date.h"
#include "geo/countries.h"
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
  if (w.punct()) return false;
  if (std::isupper(c) || (c >= 0xC3 && c < 0xE2)) return true;
  // "al-Sadiya", "ash-Shaddadi", "el-Arish": an Arabic article before the
  // capitalised name.
  size_t dash = w.text.find('-');
  if (dash < 2 || dash > 3 || dash + 1 >= w.text.size() ||
      !std::isupper(static_cast<unsigned char>(w.text[dash + 1]))) {
    return false;
  }
  static const WordSet kArticles({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"});
  return kArticles.Contains(w.text.substr(0, dash));
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
       "township", "division", "outskirts", "department", "territory", "locality",
       "community", "settlement", "tehsil", "subdistrict", "ward", "outskirt"});
  // "Damboa LGA": Nigeria's local government areas are written in capitals.
  if (w == "LGA" || w == "L.G.A") return true;
  return IsLower(w) && kFeatures.Contains(w);
}

// How specific a feature is: a village beats a district beats a province.
int FeatureRank(std::string_view w) {
  static const WordSet kRank7({"suburb", "village", "neighbourhood", "neighborhood", "town",
                               "township", "commune", "city", "port", "island", "community",
                               "settlement", "ward"});
  static const WordSet kRank6({"district", "county", "municipality", "prefecture", "valley",
                               "division", "lga", "l.g.a", "locality", "tehsil",
                               "subdistrict"});
  static const WordSet kRank5({"province", "state", "region", "oblast", "governorate",
                               "department", "territory", "republic"});
  if (kRank7.Contains(w)) return 7;
  if (kRank6.Contains(w)) return 6;
  if (kRank5.Contains(w)) return 5;
  return 4;
}

const WordSet& Facilities() {
  static const WordSet kFacilities(
      {"airport", "theater", "theatre", "hall", "hospital", "station", "stadium", "embassy",
       "mosque", "church", "temple", "market", "hotel", "school", "university", "prison",
       "shrine", "square", "bridge", "base", "camp"});
  return kFacilities;
}

// Buildings and sites; "<Name> airport" is a place of its own.
bool IsFacility(std::string_view w) { return IsLower(w) && Facilities().Contains(w); }

// Capitalised words that never name a place on their own.
bool IsStopName(std::string_view w) {
  static const WordSet kStopNames(
      {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The", "A",
       "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "This", "That",
       "These", "Those", "President", "Prime", "Minister", "General", "Gen", "Mr", "Mrs", "Ms",
       "Dr", "Col", "Lt", "Sgt", "Capt", "Commander", "Chief", "Police", "Army", "Islamic",
       "State", "Daesh", "Taliban", "Reuters", "AFP", "AP", "Telegram", "Facebook", "Twitter",
       "Xinhua", "CCTV", "TASS", "God", "Allah", "Parliament", "Congress", "Government",
       "Ministry", "Sheikh", "Capital",
       // faiths: "the Shi'ite neighbourhood of Kadhimiya"
       "Shiite", "Shi'ite", "Shia", "Shi'a", "Sunni", "Christian", "Muslim", "Catholic",
       "Protestant", "Jewish", "Hindu", "Buddhist", "Sikh", "Alawite", "Druze", "Coptic"});
  if (EndsWith(w, "\xE2\x80\x99s")) w.remove_suffix(4);
  else if (EndsWith(w, "'s")) w.remove_suffix(2);
  return MonthFromName(w) != 0 || kStopNames.Contains(w);
}

// "local government area" / "Local Government Council" / "local
// government" at ws[j] (Nigeria's districts): the number of words, or 0.
size_t LocalGovernment(const std::vector<W>& ws, size_t j) {
  if (j + 1 >= ws.size() || ws[j].lower != "local" || ws[j + 1].lower != "government") return 0;
  if (j + 2 < ws.size() && (ws[j + 2].lower == "area" || ws[j + 2].lower == "council")) return 3;
  return 2;
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
    if (words > 0 && LocalGovernment(ws, j) > 0) break;
    // "Tal al Hawa", "Ras al Ain", "Rio de Janeiro": a lower-case particle
    // between two capitalised words is part of the name.
    static const WordSet kParticles({"al", "el", "ad", "ar", "as", "an", "ash", "at", "az",
                                     "bin", "ibn", "de", "del", "da", "do", "dos", "das",
                                     "di", "la", "le", "du", "van", "von"});
    if (words > 0 && j + 1 < ws.size() && kParticles.Contains(ws[j].text) && Cap(ws[j + 1]) &&
        !IsStopName(ws[j + 1].text) && words + 2 <= kMaxNameWords + 1) {
      j += 2;
      words += 2;
      continue;
    }
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
  // "the Mogadishu Aden Adde International Airport": a site's name may run
  // longer, to its noun, and keeps the place it is named after.
  if (words == kMaxNameWords && j < ws.size()) {
    static const WordSet kSiteHeads({"airport", "hospital", "stadium", "university", "hotel",
                                     "mosque", "church", "school", "market", "prison",
                                     "station", "camp", "centre", "center", "hall", "mall",
                                     "embassy", "academy", "college", "barracks"});
    for (size_t k = j; k < ws.size() && k < j + 2 && Cap(ws[k]) && !IsStopName(ws[k].text);
         ++k) {
      if (kSiteHeads.Contains(ws[k].lower)) return k + 1;
    }
  }
  return j;
}

// A run of names that stopped at "State" (a stop name, for "Islamic
// State"), taken on through it: "Niger State" is a place.
size_t WithState(const std::vector<W>& ws, size_t end) {
  if (end < ws.size() && Cap(ws[end]) &&
      (ws[end].lower == "state" || ws[end].lower == "state's" ||
       ws[end].lower == "state\xE2\x80\x99s")) {
    ++end;
  }
  return end;
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

// "Libya's", "province’s".
bool EndsPossessive(std::string_view w) {
  return EndsWith(w, "'s") || EndsWith(w, "\xE2\x80\x99s");
}

std::string StripPossessive(std::string_view s) {
  if (EndsWith(s, "\xE2\x80\x99s")) s.remove_suffix(4);
  else if (EndsWith(s, "'s")) s.remove_suffix(2);
  return std::string(s);
}

// Lower-case words that may stand between a container and its feature
// noun ("Nigeria's main northern city of", "the restive southern province").
bool IsPlaceAdjective(std::string_view w) {
  static const WordSet kAdjectives(
      {"central", "northern", "southern", "eastern", "western", "northeast", "northwest",
       "southeast", "southwest", "northeastern", "northwestern", "southeastern",
       "southwestern", "north", "south", "east", "west", "restive", "volatile", "rural",
       "remote", "main", "largest", "biggest", "second", "capital", "troubled", "border",
       "coastal", "mountainous", "tribal", "oil", "port", "holy", "ancient", "key", "strategic",
       "rebel", "restless", "impoverished", "small", "tiny", "largely", "mainly", "mostly",
       "predominantly", "christian", "muslim", "southernmost", "northernmost", "far",
       "shiite", "shi'ite", "shia", "sunni", "kurdish", "catholic", "hindu", "alawite",
       "militant-held", "rebel-held", "government-held", "insurgent-held", "lawless",
       "semi-autonomous", "autonomous", "neighbouring", "neighboring", "nearby", "busy",
       "crowded", "populous", "commercial", "industrial", "northwestern-most", "flashpoint"});
  return kAdjectives.Contains(w);
}

// A capitalised word within three words before ws[i], with only place
// adjectives between ("Nigeria's northeastern town of", "the southern
// Iranian city of"); "Boko Haram gunmen raided" holds no container.
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
    if (!IsPlaceAdjective(w.lower)) break;
  }
  return "";
}

// "Damboa LGA", "Benue State", "Wase Local Government Area" -> the name
// without its administrative noun.
std::string StripAdminTail(std::string name, std::string* tail = nullptr) {
  static const char* kTails[] = {" Local Government Area", " Local Government Council",
                                 " Local Government", " local government area",
                                 " local government", " LGA", " L.G.A"};
  for (const char* t : kTails) {
    if (EndsWith(name, t)) {
      name.resize(name.size() - std::string_view(t).size());
      if (tail != nullptr) *tail = "lga";
      return name;
    }
  }
  static const WordSet kTails2({"state", "province", "district", "region", "county",
                                "governorate", "division", "oblast", "department",
                                "prefecture", "municipality", "subdistrict", "township",
                                "agency", "area", "lga", "tehsil", "locality", "community",
                                "village", "town", "city"});
  size_t sp = name.rfind(' ');
  if (sp != std::string::npos && kTails2.Contains(std::string_view(name).substr(sp + 1))) {
    if (tail != nullptr) *tail = ToLowerAscii(std::string_view(name).substr(sp + 1));
    name.resize(sp);
  }
  return name;
}

// ", Afghanistan" or "in (the city of) Yibin" right after a name; after a
// feature noun also "of" ("Kautakari village of Damboa LGA"). A feature
// noun or "area" after the name is passed over ("Basunda area in Gedaref
// state"), and so is a direction ("the Dura area of south Baghdad").
// The feature nouns that end a capitalised name: "Borno State", "Tonj
// North County" (lower-cased).
bool IsTailFeature(std::string_view lower) {
  static const WordSet kTailFeatures({"state", "province", "district", "region", "county",
                                      "governorate", "division", "oblast", "department",
                                      "prefecture", "municipality", "subdistrict", "township",
                                      "lga", "agency", "tehsil"});
  return kTailFeatures.Contains(lower);
}

std::string ContainerAfter(const std::vector<W>& ws, size_t end, std::string_view text,
                           bool after_feature = false, std::string* feature = nullptr) {
  static const WordSet kSkip({"area", "areas", "village", "town", "district", "community",
                              "locality", "neighbourhood", "neighborhood", "lga", "camp"});
  size_t k = end;
  // ("Hagadera refugee camp, Dadaab sub-county".)
  if (k + 1 < ws.size() && In(ws[k].lower, {"refugee", "idp", "displacement"}) &&
      ws[k + 1].lower == "camp") {
    ++k;
  }
  if (size_t lg = LocalGovernment(ws, k); lg > 0) {
    k += lg;
    after_feature = true;
  } else if (k < ws.size() && kSkip.Contains(ws[k].text) &&
             (IsLower(ws[k].text) || ws[k].text == "LGA")) {
    ++k;
    after_feature = true;
  }
  if (k < ws.size() &&
      (ws[k].text == "," || ws[k].lower == "in" || (after_feature && ws[k].lower == "of"))) {
    ++k;
    if (ws[k - 1].text == "," && k + 1 < ws.size() && ws[k].lower == "in" &&
        ws[k + 1].lower == "the") {
      ++k;  // ", in the eastern part of Nyala"
    }
    if (k + 2 < ws.size() && ws[k].lower == "the" &&
        (IsFeature(ws[k + 1].text) || IsPlaceAdjective(ws[k + 1].lower)) &&
        ws[k + 2].lower == "of") {
      k += 3;  // "in the city of Yibin", "in the west of Baghdad"
    } else if (k + 3 < ws.size() && ws[k].lower == "the" && IsPlaceAdjective(ws[k + 1].lower) &&
               (ws[k + 2].lower == "part" || ws[k + 2].lower == "parts" ||
                ws[k + 2].lower == "outskirts" || ws[k + 2].lower == "suburbs") &&
               ws[k + 3].lower == "of") {
      k += 4;  // "in the eastern part of Nyala"
    }
    // "of the restive Khyber tribal district": "the" and place adjectives
    // before the name.
    if (k + 1 < ws.size() && IsLower(ws[k].text) &&
        (ws[k].lower == "the" || IsPlaceAdjective(ws[k].lower))) {
      size_t n = k + 1;
      while (n < ws.size() && n < k + 3 && IsLower(ws[n].text) && IsPlaceAdjective(ws[n].lower)) {
        ++n;
      }
      // "the northern Mozambican province of Cabo Delgado": after a
      // country's adjective and a feature noun, the container follows "of".
      if (n < ws.size() && Cap(ws[n]) && Countries::Default().ByDemonym(ws[n].text) != nullptr) {
        if (n + 3 < ws.size() && IsFeature(ws[n + 1].text) && ws[n + 2].lower == "of" &&
            Cap(ws[n + 3]) && !IsStopName(ws[n + 3].text)) {
          k = n + 3;
          if (feature != nullptr) *feature = ws[n + 1].lower;
        }
      } else if (n < ws.size() && Cap(ws[n])) {
        k = n;
      }
    }
    if (k < ws.size() && Cap(ws[k]) && !IsStopName(ws[k].text)) {
      size_t e = NameRun(ws, k, text);
      if (feature != nullptr) {
        if (LocalGovernment(ws, e) > 0) {
          *feature = "lga";
        } else if (e < ws.size() && IsFeature(ws[e].text)) {
          *feature = ws[e].lower;  // "of Kano state"
        } else if (e < ws.size() && Cap(ws[e]) && IsTailFeature(ws[e].lower)) {
          *feature = ws[e].lower;  // "in Lakes State" ("State" ends a name run)
        }
      }
      // "in Chechnya, Syria and Afghanistan" is a list, not a container;
      // "in Gwoza, Borno State, on Sunday" and "of Khost and the
      // assailants escaped" are.
      if (e + 1 < ws.size() && (ws[e].lower == "and" || ws[e].lower == "or") &&
          Cap(ws[e + 1]) && !IsStopName(ws[e + 1].text)) {
        return "";
      }
      // "in North Nazimabad, Geo News reported": the source, not a place.
      static const WordSet kSpeech({"said", "says", "reported", "reports", "told", "quoted",
                                    "added", "claimed"});
      if (e < ws.size() && kSpeech.Contains(ws[e].lower)) return "";
      if (e + 1 < ws.size() && ws[e].text == "," && Cap(ws[e + 1]) &&
          !IsStopName(ws[e + 1].text)) {
        return "";
      }
      return StripAdminTail(StripPossessive(Name(ws, k, e, text)), feature);
    }
  }
  return "";
}

}  // namespace

bool IsFacilityWord(std::string_view word) {
  static const WordSet kQualifiers({"central", "international", "national", "main", "grand",
                                    "old", "new", "general", "regional", "municipal", "air",
                                    "field", "terminal", "college", "academy", "complex",
                                    "compound", "checkpoint", "post", "dam", "port", "harbour",
                                    "harbor", "barracks", "headquarters", "office", "court"});
  return Facilities().Contains(word) || kQualifiers.Contains(word);
}

// "the Algerian Province of Constantine": a country's adjective names no
// region; the name after "of" is the place, in that country.
void SwapDemonymForContainer(PlaceMention* m) {
  const CountryInfo* c = Countries::Default().ByDemonym(m->name);
  if (c == nullptr || m->container.empty()) return;
  m->name = m->container;
  m->container = c->name;
  m->container_feature.clear();
}

std::vector<PlaceMention> FindPlaceMentions(std::string_view text) {
  return FindPlaceMentions(TokenizedText(text));
}

std::vector<PlaceMention> FindPlaceMentions(const TokenizedText& tokenized) {
  static const WordSet kNotAfterName({"capital", "outskirts", "area", "territory"});
  static const WordSet kRoads({"highway", "road", "expressway", "motorway", "railway", "route"});
  static const WordSet kLeads(
      {"in", "of", "at", "near", "the", "from", "hit", "across", "outside", "into"});
  static const WordSet kLocatives({"in", "at", "near", "outside", "over", "across", "inside",
                                   "to", "into", "from", "around", "between", "on", "through"});
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
  static const WordSet kCompass({"north", "south", "east", "west", "northeast", "northwest",
                                 "southeast", "southwest", "north-east", "north-west",
                                 "south-east", "south-west", "outskirts"});
  // (Also "the provinces of Pattani and Narathiwat": the name is the
  // first of them, which is as good.)
  static const WordSet kPluralFeatures({"districts", "neighbourhoods", "neighborhoods", "areas",
                                        "suburbs", "villages", "parts", "quarters", "provinces",
                                        "regions", "states", "governorates", "counties", "towns",
                                        "cities", "streets", "hub", "centre", "center", "heart"});
  for (size_t i = 0; i < ws.size(); ++i) {
    // "the Iraqi capital", "Mali's capital", "the Somali capital's": the
    // capital of the country named (the events layer knows which).
    // "in the capital of the Central African Republic": its capital, which
    // the events layer knows (only for a country's name).
    if (ws[i].lower == "capital" && IsLower(ws[i].text) && i + 2 < ws.size() &&
        ws[i + 1].lower == "of") {
      size_t k = i + 2;
      if (k < ws.size() && ws[k].lower == "the") ++k;
      if (k < ws.size() && Cap(ws[k])) {
        size_t end = k;
        std::string name;
        const CountryInfo* country = nullptr;
        for (size_t e = k; e < ws.size() && e < k + 5 && (Cap(ws[e]) || ws[e].lower == "of");
             ++e) {
          std::string n = Name(ws, k, e + 1, text);
          if (Countries::Default().ByName(StripPossessive(n)) != nullptr) {
            country = Countries::Default().ByName(StripPossessive(n));
            name = StripPossessive(n);
            end = e + 1;
          }
        }
        if (country != nullptr) {
          PlaceMention m;
          m.name = name;
          m.feature = "capital of";
          m.container = name;
          m.span = {ws[i].span.begin, ws[end - 1].span.end};
          m.rank = 4;
          out.push_back(m);
          i = end - 1;
          continue;
        }
      }
    }
    if (ws[i].lower == "capital" && IsLower(ws[i].text) && i >= 1 && Cap(ws[i - 1]) &&
        !(i + 1 < ws.size() && Cap(ws[i + 1]) && !IsStopName(ws[i + 1].text)) &&
        !(i + 1 < ws.size() && ws[i + 1].lower == "of")) {
      // The whole name before it: "the Central African Republic capital".
      size_t a = i - 1;
      while (a > 0 && i - a < kMaxNameWords && Cap(ws[a - 1]) && !IsStopName(ws[a - 1].text) &&
             !EndsPossessive(ws[a - 1].text) && a - 1 > 0) {
        --a;
      }
      PlaceMention m;
      m.name = StripPossessive(Name(ws, a, i, text));
      m.feature = "capital of";
      m.container = m.name;
      m.span = {ws[a].span.begin, ws[i].span.end};
      m.rank = 4;
      if (!IsStopName(m.name)) out.push_back(m);
      continue;
    }
    // "along the Lamu-Malindi highway", "on the Maiduguri-Damaturu road":
    // the towns a road joins (one token), weak clues to where.
    if (i + 1 < ws.size() && Cap(ws[i]) && kRoads.Contains(ws[i + 1].lower)) {
      std::string_view t = ws[i].text;
      size_t dash = t.find('-');
      if (dash != std::string_view::npos && dash > 0 && dash + 1 < t.size() &&
          std::isupper(static_cast<unsigned char>(t[dash + 1]))) {
        for (auto [b, e] : {std::pair<size_t, size_t>{0, dash}, {dash + 1, t.size()}}) {
          PlaceMention m;
          m.name = std::string(t.substr(b, e - b));
          m.span = {ws[i].span.begin + b, ws[i].span.begin + e};
          m.rank = 2;
          if (!IsStopName(m.name)) out.push_back(m);
        }
        ++i;
        continue;
      }
    }
    // "two districts of Baghdad", "villages of Gwoza": the name holds them.
    // ("districts of Libya's Benghazi city": the possessive is read below.)
    if (kPluralFeatures.Contains(ws[i].text) && IsLower(ws[i].text) && i + 2 < ws.size() &&
        ws[i + 1].lower == "of" && Cap(ws[i + 2]) && !IsStopName(ws[i + 2].text) &&
        !(NameRun(ws, i + 2, text) < ws.size() && IsFeature(ws[NameRun(ws, i + 2, text)].text)) &&
        !(EndsPossessive(ws[NameRun(ws, i + 2, text) - 1].text) &&
          NameRun(ws, i + 2, text) < ws.size() && Cap(ws[NameRun(ws, i + 2, text)]))) {
      // ("the forested areas of Bijapur district" is read below, with its
      // feature noun.)
      size_t end = NameRun(ws, i + 2, text);
      PlaceMention m;
      m.name = StripAdminTail(StripPossessive(Name(ws, i + 2, end, text)));
      m.span = {ws[i + 2].span.begin, ws[end - 1].span.end};
      m.rank = 3;
      out.push_back(m);
      i = end - 1;
      continue;
    }
    // "the rebel stronghold of Donetsk", "his hometown of Kafr Nabl": the
    // place itself (the group a stronghold is of is no container). "the
    // central prison of Mogadishu", "the main market of Maiduguri": a site
    // noun in lower case, then the place it is in (not "the arrivals hall
    // of Moscow Domodedovo airport": a site of a site is read as the named
    // site). "15 km east of Manawashi", "a village northeast of Abu
    // Karshola": near the name.
    static const WordSet kHolds({"stronghold", "strongholds", "bastion", "heartland", "hotbed",
                                 "hometown", "birthplace"});
    if (ws[i].lower == "of" && i >= 1 && i + 1 < ws.size() && Cap(ws[i + 1]) &&
        !IsStopName(ws[i + 1].text)) {
      const W& before = ws[i - 1];
      size_t end = NameRun(ws, i + 1, text);
      bool site_of = IsLower(before.text) && Facilities().Contains(before.text) &&
                     !(end < ws.size() &&
                       (Facilities().Contains(ws[end].text) || IsFeature(ws[end].text)));
      if (kHolds.Contains(before.text) || site_of ||
          (kCompass.Contains(before.text) && before.lower != "outskirts")) {
        PlaceMention m;
        m.name = StripPossessive(Name(ws, i + 1, end, text));
        m.span = {ws[i + 1].span.begin, ws[end - 1].span.end};
        m.rank = 3;
        m.container = ContainerAfter(ws, end, text, false, &m.container_feature);
        out.push_back(m);
        i = end - 1;
        continue;
      }
    }
    // "the <A> <feature> of <B>" / "the <adj>* <feature> of <B>"
    if (IsFeature(ws[i].text) && IsLower(ws[i].text) && i + 2 < ws.size() &&
        ws[i + 1].lower == "of" &&
        Cap(ws[i + 2]) && !IsStopName(ws[i + 2].text)) {
      size_t end = NameRun(ws, i + 2, text);
      // "the Dura area of Baghdad", "the Bannang Sata district of Yala
      // province": the name before the feature is the place, and what
      // follows "of" (an area's city, or a region coarser than the
      // feature) holds it. "the Moscow suburb of Krasnogorsk" names the
      // suburb after "of".
      size_t a = i;
      while (a > 0 && i - a < kMaxNameWords && Cap(ws[a - 1]) && !IsStopName(ws[a - 1].text) &&
             !EndsWith(ws[a - 1].text, "'s") && !EndsWith(ws[a - 1].text, "\xE2\x80\x99s")) {
        --a;
      }
      static const WordSet kAreas({"area", "neighbourhood", "neighborhood", "quarter", "section",
                                   "locality", "district", "village", "town", "suburb"});
      bool coarser_after = false;
      {
        std::string b = Name(ws, i + 2, end, text);
        size_t sp = b.rfind(' ');
        std::string tail = sp == std::string::npos ? "" : ToLowerAscii(b.substr(sp + 1));
        if (end < ws.size() && IsFeature(ws[end].text)) tail = ws[end].lower;
        coarser_after = !tail.empty() && IsFeature(tail) && FeatureRank(tail) < FeatureRank(ws[i].lower);
      }
      // ("the Shiite Sadr City area of Baghdad": an adjective may follow "the".)
      bool after_the = a >= 1 && (ws[a - 1].lower == "the" ||
                                  (a >= 2 && IsPlaceAdjective(ws[a - 1].lower) &&
                                   ws[a - 2].lower == "the"));
      // (Without "the" too when a coarser region follows: ", Maweyah
      // district of Taiz province".)
      if (a < i && (after_the || (coarser_after && kAreas.Contains(ws[i].lower))) &&
          (ws[i].lower == "area" || ws[i].lower == "neighbourhood" ||
           ws[i].lower == "neighborhood" || ws[i].lower == "quarter" ||
           ws[i].lower == "section" || (kAreas.Contains(ws[i].lower) && coarser_after))) {
        PlaceMention m;
        m.name = Name(ws, a, i, text);
        m.feature = ws[i].lower == "area" ? "" : std::string(ws[i].text);
        m.container =
            StripAdminTail(StripPossessive(Name(ws, i + 2, end, text)), &m.container_feature);
        if (m.container_feature.empty() && end < ws.size() && IsFeature(ws[end].text)) {
          m.container_feature = ws[end].lower;  // "of Taiz province"
        }
        m.span = {ws[a].span.begin, ws[end - 1].span.end};
        m.rank = ws[i].lower == "area" ? 3 : FeatureRank(ws[i].lower);
        // Replace the mention a preposition made of the same name.
        if (!out.empty() && out.back().span.begin == ws[a].span.begin) out.pop_back();
        out.push_back(m);
        i = end - 1;
        continue;
      }
      // "in Sorab area of Kalat district": without "the", the name before
      // the feature is the place (read with its preposition already) and
      // the one after "of" holds it; not "the Moscow suburb of Krasnogorsk".
      if (a < i && a >= 1 && kLocatives.Contains(ws[a - 1].text) && !out.empty() &&
          out.back().span.begin == ws[a].span.begin) {
        i = end - 1;
        continue;
      }
      // "the Middle Shabelle region of Somalia": a country holds the
      // region; it is never the place a region noun names.
      if (a < i && Countries::Default().ByName(StripPossessive(Name(ws, i + 2, end, text))) != nullptr) {
        PlaceMention m;
        m.name = Name(ws, a, i, text);
        m.feature = std::string(ws[i].text);
        m.container = StripPossessive(Name(ws, i + 2, end, text));
        m.span = {ws[a].span.begin, ws[end - 1].span.end};
        m.rank = FeatureRank(ws[i].lower);
        if (!out.empty() && out.back().span.begin == ws[a].span.begin) out.pop_back();
        out.push_back(m);
        i = end - 1;
        continue;
      }
      PlaceMention m;
      m.name = StripPossessive(Name(ws, i + 2, end, text));
      m.feature = std::string(ws[i].text);
      // The container: a capitalised word just before the feature
      // ("the Moscow suburb of", "the Dhaka district of").
      m.container = ContainerBefore(ws, i);
      if (m.container.empty()) m.container = ContainerAfter(ws, end, text, false, &m.container_feature);
      m.span = {ws[i].span.begin, ws[end - 1].span.end};
      m.rank = ws[i].lower == "outskirts" || ws[i].lower == "capital" ? 3
                                                                       : FeatureRank(ws[i].text);
      if (ws[i].lower == "outskirts") m.feature.clear();
      out.push_back(m);
      i = end - 1;
      continue;
    }
    // "Yemen's third largest city, Taiz,": a settlement noun after a
    // possessive or a superlative, then the name set off by commas.
    static const WordSet kSettlements({"capital", "city", "town", "village", "port"});
    static const WordSet kRanking({"largest", "biggest", "second", "third", "fourth", "main",
                                   "second-largest", "third-largest", "second-biggest"});
    if (IsLower(ws[i].text) && kSettlements.Contains(ws[i].text) && i + 2 < ws.size() &&
        ws[i + 1].text == "," && Cap(ws[i + 2]) && !IsStopName(ws[i + 2].text)) {
      bool ranked = false;
      for (size_t back = 1; back <= 3 && back <= i; ++back) {
        ranked |= kRanking.Contains(ws[i - back].lower) || EndsPossessive(ws[i - back].text);
      }
      size_t end = NameRun(ws, i + 2, text);
      bool closed = end == ws.size() || ws[end].text == "," || ws[end].text == "." ||
                    ws[end].text == ";";
      if (ranked && closed) {
        PlaceMention m;
        m.name = StripPossessive(Name(ws, i + 2, end, text));
        m.feature = std::string(ws[i].text);
        m.span = {ws[i + 2].span.begin, ws[end - 1].span.end};
        m.rank = 4;
        out.push_back(m);
        i = end - 1;
        continue;
      }
    }
    // "the (Russian) capital Moscow"
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
      size_t lg = LocalGovernment(ws, end);
      if (lg > 0) {
        PlaceMention m;
        m.name = StripPossessive(Name(ws, i, end, text));
        m.feature = "lga";
        m.span = {ws[i].span.begin, ws[end + lg - 1].span.end};
        m.rank = 6;
        m.container = ContainerAfter(ws, end + lg, text, true, &m.container_feature);
        out.push_back(m);
        i = end + lg - 1;
        continue;
      }
      // "gunmen attacked Garissa University": a named site, wherever it
      // stands; the events layer looks for the place its words name.
      if (end >= i + 2 && Facilities().Contains(ws[end - 1].text) &&
          std::none_of(out.begin(), out.end(), [&](const PlaceMention& o) {
            return o.span.begin < ws[end - 1].span.end && ws[i].span.begin < o.span.end;
          })) {
        PlaceMention m;
        m.name = StripPossessive(Name(ws, i, end, text));
        m.span = {ws[i].span.begin, ws[end - 1].span.end};
        m.rank = 2;
        m.facility = true;
        out.push_back(m);
        i = end - 1;
        continue;
      }
      bool facility = end < ws.size() && IsFacility(ws[end].text);
      bool feature_of = end + 1 < ws.size() && ws[end + 1].lower == "of";
      // "Kautakari village of Damboa LGA": without "the" before it, the
      // name is the village and what follows "of" holds it; "the Moscow
      // suburb of Krasnogorsk" is the other way round.
      if (feature_of && i >= 1 && ws[i - 1].lower != "the" && !IsPlaceAdjective(ws[i - 1].lower) &&
          !EndsWith(ws[i - 1].text, "'s") && !EndsWith(ws[i - 1].text, "\xE2\x80\x99s") &&
          !IsPossessive(ws, end)) {
        feature_of = false;
      }
      if (end < ws.size() && !feature_of && (IsFeature(ws[end].text) || facility) &&
          !kNotAfterName.Contains(ws[end].text)) {
        // Only after a preposition, article, adjective or a possessive
        // container ("Libya's Benghazi city"), to skip subjects like
        // "Police district chief".
        bool lead = i == 0 || kLeads.Contains(ws[i - 1].text) ||
                    (IsLower(ws[i - 1].text) && ws[i - 1].lower != "a" && ws[i - 1].lower != "an") ||
                    (EndsPossessive(ws[i - 1].text) && Cap(ws[i - 1]));
        // "the Iraqi city Fallujah": a country's adjective, a settlement
        // noun, then the place's own name.
        std::string adjective = Name(ws, i, end, text);
        if (lead && !facility && end + 1 < ws.size() && Cap(ws[end + 1]) &&
            !IsStopName(ws[end + 1].text) && Countries::Default().ByDemonym(adjective) != nullptr) {
          size_t e2 = NameRun(ws, end + 1, text);
          PlaceMention m;
          m.name = StripPossessive(Name(ws, end + 1, e2, text));
          m.feature = std::string(ws[end].text);
          m.container = adjective;
          m.span = {ws[i].span.begin, ws[e2 - 1].span.end};
          m.rank = FeatureRank(ws[end].text);
          out.push_back(m);
          i = e2 - 1;
          continue;
        }
        if (lead) {
          PlaceMention m;
          m.name = StripPossessive(Name(ws, i, facility ? end + 1 : end, text));
          m.feature = std::string(ws[end].text);
          m.span = {ws[i].span.begin, ws[end].span.end};
          m.rank = facility ? 2 : FeatureRank(ws[end].text);
          m.facility = facility;
          m.container = ContainerBefore(ws, i);
          if (m.container.empty()) m.container = ContainerAfter(ws, end + 1, text, true, &m.container_feature);
          SwapDemonymForContainer(&m);
          out.push_back(m);
          i = end;
          continue;
        }
      }
    }
    // "of Baghlan Province", "the Bauchi State government", "Kano State
    // Governor": a capitalised name with an administrative noun in it is
    // a region wherever it stands.
    if (Cap(ws[i]) && !IsStopName(ws[i].text) && !(i >= 1 && EndsPossessive(ws[i - 1].text))) {
      size_t end = WithState(ws, NameRun(ws, i, text));
      size_t tail = 0;
      for (size_t t = i + 1; t < end; ++t) {
        if (IsTailFeature(StripPossessive(ws[t].lower))) {
          tail = t;
          break;
        }
      }
      if (tail > 0) {
        // An address, "..., Potiskum, Yobe State": the name between commas
        // before the region is a place in it.
        if (i >= 3 && ws[i - 1].text == "," && Cap(ws[i - 2]) && !IsStopName(ws[i - 2].text)) {
          size_t a = i - 2;
          while (a > 0 && i - 1 - a < kMaxNameWords && Cap(ws[a - 1]) &&
                 !IsStopName(ws[a - 1].text)) {
            --a;
          }
          bool between_commas = a >= 1 && ws[a - 1].text == "," && NameRun(ws, a, text) == i - 1;
          bool known = !out.empty() && out.back().span.begin == ws[a].span.begin;
          if (between_commas && !known) {
            PlaceMention m;
            m.name = Name(ws, a, i - 1, text);
            m.container = Name(ws, i, tail, text);
            m.container_feature = StripPossessive(ws[tail].lower);
            m.span = {ws[a].span.begin, ws[tail].span.end};
            m.rank = 3;
            out.push_back(m);
            i = tail;
            continue;
          }
        }
        PlaceMention m;
        m.name = Name(ws, i, tail, text);
        m.feature = StripPossessive(ws[tail].lower);
        m.span = {ws[i].span.begin, ws[tail].span.end};
        m.rank = FeatureRank(m.feature);
        // "the Kaduna State government", "Borno State police": a state
        // named outside a locative is mostly its government's, a weaker
        // clue to where than any town the text names.
        bool located = (i >= 1 && kLocatives.Contains(ws[i - 1].text)) ||
                       (i >= 2 && ws[i - 1].lower == "the" && kLocatives.Contains(ws[i - 2].text));
        if (m.feature == "state" && !located) m.rank = 2;
        m.container = ContainerAfter(ws, tail + 1, text, true, &m.container_feature);
        SwapDemonymForContainer(&m);
        out.push_back(m);
        i = tail;
        continue;
      }
    }
    // "in Kabul", "over Egypt", "in a Moscow subway", "in Moscow’s Dubrovka"
    // ("the bombardment of central Horlivka": "of" and a direction word.)
    // ("of southern Somalia town of Leego" is read at "town of".)
    // ("the Karada area of central Baghdad" is read at "area".)
    bool of_direction = ws[i].lower == "of" && i + 2 < ws.size() && IsLower(ws[i + 1].text) &&
                        !(i >= 1 && IsFeature(ws[i - 1].text)) &&
                        kDirections.Contains(ws[i + 1].lower) && Cap(ws[i + 2]) &&
                        !IsStopName(ws[i + 2].text);
    if (of_direction) {
      size_t end = NameRun(ws, i + 2, text);
      of_direction = !(end < ws.size() && IsLower(ws[end].text) && IsFeature(ws[end].text));
    }
    // ("on the Senegal/Mali border", "on the Amuda and Arbokko border
    // villages": a border is between places, not in the one named.)
    // ("opened fire on Mourners": a target.)
    bool on_border = ws[i].lower == "on" && i >= 1 && ws[i - 1].lower == "fire";
    if (ws[i].lower == "on") {
      for (size_t k = i + 1; k < ws.size() && k < i + 7; ++k) {
        on_border |= ws[k].lower == "border" || ws[k].lower == "frontier";
      }
    }
    if ((kLocatives.Contains(ws[i].text) || of_direction) && i + 1 < ws.size() && !on_border) {
      size_t k = i + 1;
      bool det = false;
      // "outside of Nyala", "inside of Gaza".
      if (k + 1 < ws.size() && ws[k].lower == "of" &&
          (ws[i].lower == "outside" || ws[i].lower == "inside")) {
        ++k;
      }
      static const WordSet kDeterminers({"the", "a", "an", "his", "her", "their", "its"});
      if (k < ws.size() && kDeterminers.Contains(ws[k].lower)) {
        ++k;
        det = true;
        // "through a crowded Baghdad intersection": an adjective, then the
        // name in attributive position before its noun.
        if (k + 2 < ws.size() && IsLower(ws[k].text) && !kDirections.Contains(ws[k].lower) &&
            !IsFeature(ws[k].text) && Cap(ws[k + 1]) && !IsStopName(ws[k + 1].text)) {
          size_t e = NameRun(ws, k + 1, text);
          if (e < ws.size() && IsLower(ws[e].text) && !ws[e].punct() && e == k + 2) ++k;
        }
      }
      if (k + 1 < ws.size() && IsLower(ws[k].text) && kDirections.Contains(ws[k].lower) &&
          Cap(ws[k + 1])) {
        ++k;
        det = false;  // "in central Baghdad" names Baghdad itself
      }
      if (k < ws.size() && Cap(ws[k]) && !IsStopName(ws[k].text)) {
        size_t end = NameRun(ws, k, text);
        // "in Niger State": the rule for administrative nouns reads it.
        if (WithState(ws, end) != end) continue;
        // "on the Hangu-Orakzai road": the rule for roads reads the towns.
        if (end == k + 1 && end < ws.size() && kRoads.Contains(ws[end].lower) &&
            ws[k].text.find('-') != std::string_view::npos) {
          continue;
        }
        if (size_t lg = LocalGovernment(ws, end); lg > 0) {
          PlaceMention m;
          m.name = StripPossessive(Name(ws, k, end, text));
          m.feature = "lga";
          m.span = {ws[k].span.begin, ws[end + lg - 1].span.end};
          m.rank = 6;
          m.container = ContainerAfter(ws, end + lg, text, true, &m.container_feature);
          out.push_back(m);
          i = end + lg - 1;
          continue;
        }
        // "in Helmand province's Sangin District": the place after the
        // possessive feature, in the region before it.
        if (end + 1 < ws.size() && IsLower(ws[end].text) && EndsPossessive(ws[end].text) &&
            IsFeature(StripPossessive(ws[end].text)) && Cap(ws[end + 1]) &&
            !IsStopName(ws[end + 1].text)) {
          size_t e2 = NameRun(ws, end + 1, text);
          PlaceMention m;
          m.name = StripPossessive(Name(ws, end + 1, e2, text));
          m.container = StripPossessive(Name(ws, k, end, text));
          m.container_feature = StripPossessive(ws[end].text);
          m.rank = 3;
          size_t last = e2 - 1;
          if (e2 < ws.size() && IsFeature(ws[e2].text) && !kNotAfterName.Contains(ws[e2].text)) {
            m.feature = std::string(ws[e2].text);
            m.rank = FeatureRank(ws[e2].text);
            last = e2;
          }
          m.span = {ws[k].span.begin, ws[last].span.end};
          out.push_back(m);
          i = last;
          continue;
        }
        if (end < ws.size() && IsFeature(ws[end].text) && !kNotAfterName.Contains(ws[end].text) &&
            !(k > i + 1 && end + 1 < ws.size() && ws[end + 1].lower == "of")) {
          // "in Kandahar province": the feature says what the name is.
          PlaceMention m;
          m.name = StripPossessive(Name(ws, k, end, text));
          m.feature = std::string(ws[end].text);
          m.span = {ws[k].span.begin, ws[end].span.end};
          m.rank = FeatureRank(ws[end].text);
          m.container = ContainerAfter(ws, end + 1, text, true, &m.container_feature);
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
        // "in Jowzjan's Fayzabad District", "in South Kashmir's Shopian
        // district": the place named after the possessive, in the first.
        if (possessive) {
          size_t n = end;
          if (IsPossessive(ws, n)) n += 2;
          if (n < ws.size() && Cap(ws[n]) && !IsStopName(ws[n].text)) {
            size_t e2 = NameRun(ws, n, text);
            std::string inner = Name(ws, n, e2, text);
            PlaceMention m;
            m.name = StripPossessive(inner);
            m.container = StripPossessive(name);
            size_t last = e2 - 1;
            m.rank = 3;
            if (e2 < ws.size() && IsFeature(ws[e2].text) && !kNotAfterName.Contains(ws[e2].text)) {
              m.feature = std::string(ws[e2].text);
              m.rank = FeatureRank(ws[e2].text);
              last = e2;
            }
            bool facility = false;
            static const char* kSites[] = {" Hall", " Theater", " Theatre", " Airport",
                                           " Hospital", " Station", " Stadium", " Market",
                                           " Hotel", " Mosque", " Church", " School"};
            // ("All Saint's Church": the possessive is part of the name.)
            for (const char* f : kSites) facility |= EndsWith(" " + m.name, f);
            if (!facility) {
              m.span = {ws[k].span.begin, ws[last].span.end};
              out.push_back(m);
              i = last;
              continue;
            }
          }
        }
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
        // ("flew to Paris", "a man from Egypt": not where it happened;
        // "fired into Kunduz", "stormed into Tal Afar" is.)
        // ("next to Al-Arish", "close to Kabul" are near it.)
        bool near_to = ws[i].lower == "to" && i >= 1 &&
                       (ws[i - 1].lower == "next" || ws[i - 1].lower == "close");
        // ("15 kilometres from Dhusamareb", "away from": near it, not where
        // someone came from.)
        bool distance_from =
            ws[i].lower == "from" && i >= 1 &&
            In(ws[i - 1].lower, {"km", "kms", "kilometres", "kilometers", "kilometre",
                                 "kilometer", "miles", "mile", "metres", "meters", "away"});
        if ((ws[i].lower == "to" && !near_to) || (ws[i].lower == "from" && !distance_from)) {
          m.rank = 1;
        } else if (distance_from) {
          m.rank = 2;
        }
        // ("from France's counter-terrorism force": still where someone is
        // from.)
        if (possessive && ws[i].lower != "from") m.rank = 3;
        if (m.facility) m.rank = 2;
        // "in Tonj North County of Warrap State": after a feature noun,
        // "of" introduces the container too.
        bool ends_in_feature = !m.facility && end > k + 1 && IsTailFeature(ws[end - 1].lower);
        m.container = ContainerAfter(ws, end, text, ends_in_feature, &m.container_feature);
        out.push_back(m);
        i = end - 1;
        continue;
      }
    }
  }
  // "Borno State", "Ghazni Province", "Andar District": a capitalised
  // feature noun ends the name; it says what the place is.
  for (PlaceMention& m : out) {
    // "Wase Local Government Area": Nigeria's LGAs are districts.
    std::string stripped = StripAdminTail(m.name);
    if (stripped.size() < m.name.size() && !stripped.empty() &&
        ToLowerAscii(m.name).find("local government") != std::string::npos) {
      m.name = stripped;
      if (m.feature.empty() || m.facility) m.feature = "lga";
      m.facility = false;
      m.rank = std::max(m.rank, 6);
      continue;
    }
    size_t sp = m.name.rfind(' ');
    if (sp == std::string::npos) continue;
    std::string tail = ToLowerAscii(std::string_view(m.name).substr(sp + 1));
    if (!IsTailFeature(tail)) continue;
    m.name.resize(sp);
    // "the capital of Faryab Province" names the province (its seat is
    // the capital).
    if (m.feature == "capital") m.feature.clear();
    if (m.feature.empty() || m.facility) {
      m.feature = tail;
      m.facility = false;
      m.rank = std::max(m.rank, FeatureRank(tail));
    }
    SwapDemonymForContainer(&m);
  }
  // "the Old City of Mosul", "the New Town of Zzyva": a name of generic
  // words is a part of the place after "of", which is the place meant.
  static const WordSet kGenericWords({"old", "new", "city", "town", "centre", "center",
                                      "downtown", "upper", "lower", "central", "quarter"});
  for (PlaceMention& m : out) {
    bool generic = !m.name.empty() && m.container.empty();
    for (std::string_view w : Split(std::string_view(m.name), ' ')) {
      generic = generic && kGenericWords.Contains(w);
    }
    if (!generic) continue;
    size_t k = 0;
    while (k < ws.size() && ws[k].span.begin < m.span.end) ++k;
    if (k + 1 < ws.size() && ws[k].lower == "of" && Cap(ws[k + 1]) &&
        !IsStopName(ws[k + 1].text)) {
      size_t e = NameRun(ws, k + 1, text);
      m.name = StripPossessive(Name(ws, k + 1, e, text));
      m.span = {ws[k + 1].span.begin, ws[e - 1].span.end};
      m.rank = std::max(m.rank, 3);
    }
  }
  // "Northwest Region", "Northern parts of": a bare compass word names no
  // place of its own (the gazetteer's towns called Northwest are not it).
  static const WordSet kCompassNames(
      {"north", "south", "east", "west", "northern", "southern", "eastern", "western",
       "northwest", "northeast", "southwest", "southeast", "north-west", "north-east",
       "south-west", "south-east", "central", "northwestern", "northeastern",
       "southwestern", "southeastern", "far", "upper", "lower"});
  std::erase_if(out, [](const PlaceMention& m) { return kCompassNames.Contains(m.name); });
  for (PlaceMention& m : out) {
    if (kCompassNames.Contains(m.container)) {
      m.container.clear();
      m.container_feature.clear();
    }
    // "the Mararaba-Mubi area of Hong LGA": a place inside a district is
    // at least as specific as a district.
    if (!m.container_feature.empty() && m.rank >= 2) {
      m.rank = std::max(m.rank, FeatureRank(m.container_feature));
    }
  }
  return out;
}

}  // namespace dateline
