// Copyright 2026 The Dateline Authors.
//
// Which gazetteer entry a place name in a text means, given what the text
// says around it. The events layer calls ResolvePlace once per mention
// (events/place_mentions.h gives the name, its container and its feature
// noun; the article gives the country it is about); `dateline places`
// prints the same decision with every candidate and its reasons.
//
// How the choice is made (scores are additive; the highest wins, ties go
// to the gazetteer's order, population first):
//   1. Candidates: every entry whose folded name (fold.h) is the name's,
//      after removing a possessive ("Moscow's") and a leading "the"; with
//      "St."/"Saint", "Mt."/"Mount", "Ft."/"Fort" tried both ways.
//   2. Country: the country hint (a name, alias, demonym or ISO code), or a
//      container that is a country ("the Syrian town of Azaz"), keeps only
//      the candidates of that country, if any are.
//   3. Container: a candidate that lies in a region of the container's name
//      (admin1, admin2: "Bijapur ... Chhattisgarh") gets +4; one within
//      50 km (30 km for a town under 1M people) of a city of that name
//      ("the Moscow suburb of Krasnogorsk") +3; and if some candidates are
//      in or near the container, the others are dropped. If none is, the
//      answer is the container itself, flagged `fell_back_to_container` (an
//      unknown landmark or neighbourhood: "Moscow's Dubrovka").
//   4. Priors: log10(population + 1) (regions 1 less: theirs is a sum over
//      their places; a town of unknown population counts 1,000); a town
//      named like a region of the same name that holds it takes that
//      region's prior too, unless the feature noun asks for a region;
//      capital +2.5, admin seats +1.5/+1/+0.5 by level; a town named like
//      its district or state (its seat) +1; sections and historical or
//      destroyed places -1/-3; alternate names -1, demonyms -0.5; a country
//      by name +4.
//   5. Feature noun: "state", "province", "oblast", ... +3 for admin1;
//      "district", "county", ... +3 for admin2 and +1.5 for towns; "city",
//      "town", "village", "suburb", ... +3 for towns; "country" +3 for
//      countries; no noun +1 for towns (news names towns more than regions).
// Deterministic; no state; thread-safe like the gazetteer.

#ifndef DATELINE_GEO_RESOLVE_H_
#define DATELINE_GEO_RESOLVE_H_

#include <string>
#include <string_view>
#include <vector>

#include "geo/gazetteer.h"

namespace dateline {

// EVENTS.md `place.precision`.
enum class PlacePrecision { kPoint, kCity, kDistrict, kAdmin1, kCountry };
const char* PlacePrecisionName(PlacePrecision p);  // "point", "city", ...
PlacePrecision PrecisionOf(PlaceKind kind);

struct PlaceHints {
  // A place the text puts the name in: "Moscow" (the Moscow suburb of
  // Krasnogorsk), "Chhattisgarh", "Yibin", or a country or demonym.
  std::string_view container;
  // The noun the text gave the container ("Momo division": "division"), or
  // "": a region noun prefers regions of that name.
  std::string_view container_feature;
  // The country the text is about: name, alias, demonym or ISO alpha-2.
  std::string_view country;
  // The noun the text used for the place: "district", "state", "city", ...
  std::string_view feature;
};

struct ScoredCandidate {
  Candidate candidate;
  double score = 0;
  std::vector<std::string> reasons;  // "+4.0 in admin1 Chhattisgarh"
  bool in_container = false;         // lies in or near PlaceHints::container
};

struct PlaceResolution {
  GeoPlace place;
  NameMatch match = NameMatch::kName;
  PlacePrecision precision = PlacePrecision::kCity;
  double score = 0;
  bool fell_back_to_container = false;
  std::string country_code;  // the country hint as understood ("" if none)
  std::string why;           // one line for people
  std::vector<ScoredCandidate> candidates;  // all that were scored, best first
};

// Resolves `name`; false if neither it (nor, given a container, the
// container) is in the gazetteer. `out->why` says what decided.
bool ResolvePlace(const Gazetteer& gazetteer, std::string_view name, const PlaceHints& hints,
                  PlaceResolution* out);

// The country whose first-level regions alone carry `name` as a word of
// their names: "Darfur" (North, South, West ... Darfur), "Kordofan",
// "Equatoria"; "" if no region does or regions of several countries do
// ("Kashmir": Jammu and Kashmir, Azad Kashmir). A leading compass word is
// passed over ("West Darfur"). For names the gazetteer does not hold as
// such; the index is built on first use (one pass over the gazetteer) and
// kept per gazetteer. `*carried`, if given, tells whether any region
// carries the word, whether of one country or of several.
std::string CountryOfRegionWord(const Gazetteer& gazetteer, std::string_view name,
                                bool* carried = nullptr);

// The same over second-level regions ("Maguindanao" of Maguindanao del
// Norte and del Sur, Philippines): weaker, as there are ten times as many.
std::string CountryOfDistrictWord(const Gazetteer& gazetteer, std::string_view name);

// The ISO alpha-2 code a country hint means ("Russia", "Russian", "RU"),
// or "" if none.
std::string CountryCodeOf(const Gazetteer& gazetteer, std::string_view hint);

}  // namespace dateline

#endif  // DATELINE_GEO_RESOLVE_H_
