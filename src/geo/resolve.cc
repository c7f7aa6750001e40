// Copyright 2026 The Dateline Authors.

#include "geo/resolve.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <initializer_list>

#include "geo/fold.h"
#include "geo/gazetteer_format.h"
#include "util/strings.h"

namespace dateline {

const char* PlacePrecisionName(PlacePrecision p) {
  switch (p) {
    case PlacePrecision::kPoint: return "point";
    case PlacePrecision::kCity: return "city";
    case PlacePrecision::kDistrict: return "district";
    case PlacePrecision::kAdmin1: return "admin1";
    case PlacePrecision::kCountry: return "country";
  }
  return "city";
}

PlacePrecision PrecisionOf(PlaceKind kind) {
  switch (kind) {
    case PlaceKind::kCity: return PlacePrecision::kCity;
    case PlaceKind::kAdmin2: return PlacePrecision::kDistrict;
    case PlaceKind::kAdmin1: return PlacePrecision::kAdmin1;
    case PlaceKind::kCountry: return PlacePrecision::kCountry;
  }
  return PlacePrecision::kCity;
}

namespace {

std::string Fmt(const char* f, double v, std::string_view s) {
  char buf[256];
  std::snprintf(buf, sizeof buf, f, v, static_cast<int>(s.size()), s.data());
  return buf;
}

// "Moscow's" -> "Moscow", "the Hague" -> "Hague" (folded).
std::string FoldedKey(std::string_view name) {
  for (std::string_view suffix : {"'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.remove_suffix(suffix.size());
      break;
    }
  }
  std::string f = FoldPlaceName(name);
  if (f.size() > 4 && f.compare(0, 4, "the ") == 0) f.erase(0, 4);
  return f;
}

// "st petersburg" <-> "saint petersburg", and the like.
std::vector<std::string> Variants(const std::string& folded) {
  static const std::pair<const char*, const char*> kAbbrev[] = {
      {"st ", "saint "}, {"ste ", "sainte "}, {"mt ", "mount "}, {"ft ", "fort "}};
  std::vector<std::string> out{folded};
  for (const auto& [a, b] : kAbbrev) {
    std::string_view sa(a), sb(b);
    if (folded.compare(0, sa.size(), sa) == 0) out.push_back(std::string(sb) + folded.substr(sa.size()));
    if (folded.compare(0, sb.size(), sb) == 0) out.push_back(std::string(sa) + folded.substr(sb.size()));
  }
  return out;
}

// `cc`: the country the text is about, if known; another spelling of a
// small town is taken only there (a made-up or unknown name must not land
// on a village abroad that happens to sound alike).
std::vector<Candidate> Candidates(const Gazetteer& g, std::string_view name, size_t max = 256,
                                  std::string_view cc = "") {
  std::vector<Candidate> out;
  LookupOptions opt;
  opt.max_results = max;
  std::string folded = FoldedKey(name);
  for (const std::string& key : Variants(folded)) {
    for (Candidate& c : g.LookupFolded(key, opt)) {
      bool seen = false;
      for (const Candidate& o : out) seen = seen || o.place.id == c.place.id;
      if (!seen) out.push_back(std::move(c));
    }
  }
  // A name with no entry of its own may be another's written otherwise:
  // weak evidence, so only a region or a town of some size, and where the
  // text is about a known country only there ("Toloshi" in a Sudanese
  // story is not Toulouse).
  auto add_weak = [&](const std::string& key) {
    for (Candidate& c : g.LookupFolded(key, opt)) {
      bool known = cc.empty() ? c.place.kind != PlaceKind::kCity || c.place.population >= 20000
                              : c.place.country_code == cc;
      if (!known) continue;
      c.match = NameMatch::kAlternate;
      out.push_back(std::move(c));
    }
  };
  // Without the Arabic article the text wrote ("al-Dibis" for Dibis).
  static const char* kArticles[] = {"al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an "};
  for (const char* a : kArticles) {
    std::string_view sa(a);
    if (out.empty() && folded.size() > sa.size() + 2 && folded.compare(0, sa.size(), sa) == 0) {
      add_weak(folded.substr(sa.size()));
    }
  }
  // Spelled another way ("Kismaayo").
  if (out.empty()) {
    std::string key = SpellingKey(folded);
    if (!key.empty()) add_weak("~" + key);
  }
  return out;
}

// The regions spelled like `name` ("Zabol Province" is Zabul, Afghanistan,
// though a city of Iran is called Zabol): for a name given with a region
// noun when no region of that name is known.
void AddRegionsSpelledLike(const Gazetteer& g, std::string_view name, std::string_view cc,
                           std::vector<Candidate>* out) {
  // (A region known by its own name settles it; one known only by a short
  // or other form, "Zābol" for Iran's Shahrestān-e Zābol, does not keep
  // Afghanistan's Zabul out.)
  for (const Candidate& o : *out) {
    if ((o.place.kind == PlaceKind::kAdmin1 || o.place.kind == PlaceKind::kAdmin2) &&
        o.match == NameMatch::kName) {
      return;
    }
  }
  std::string key = SpellingKey(FoldedKey(name));
  if (key.empty()) return;
  LookupOptions opt;
  opt.max_results = 16;
  opt.kinds = KindBit(PlaceKind::kAdmin1) | KindBit(PlaceKind::kAdmin2);
  for (Candidate& c : g.LookupFolded("~" + key, opt)) {
    bool seen = false;
    for (const Candidate& o : *out) seen = seen || o.place.id == c.place.id;
    if (seen || (!cc.empty() && c.place.country_code != cc)) continue;
    c.match = NameMatch::kAlternate;
    out->push_back(std::move(c));
  }
}

// True if `name` is region `p`'s own name less its administrative noun
// ("Borno" for "Borno State", "Helmand" for "Helmand Province"): the way
// news names regions, not an alternate name.
bool IsNameWithoutAdminNoun(const GeoPlace& p, std::string_view name) {
  if (p.kind != PlaceKind::kAdmin1 && p.kind != PlaceKind::kAdmin2) return false;
  std::string full = FoldPlaceName(p.name), base = FoldPlaceName(name);
  if (full.size() <= base.size() + 1 || full.compare(0, base.size(), base) != 0 ||
      full[base.size()] != ' ') {
    return false;
  }
  std::string_view noun = std::string_view(full).substr(base.size() + 1);
  return In(noun, {"state", "province", "region", "governorate", "oblast", "district", "county",
                   "division", "department", "prefecture", "territory", "municipality",
                   "local government area", "lga", "krai", "republic"});
}

std::string Describe(const GeoPlace& p) {
  std::string s(p.name);
  if (p.kind != PlaceKind::kAdmin1 && !p.admin1_name.empty()) s += ", " + std::string(p.admin1_name);
  if (p.kind != PlaceKind::kCountry) s += ", " + std::string(p.country_code);
  s += " (";
  s += PlaceKindName(p.kind);
  if (p.population) s += ", pop " + std::to_string(p.population);
  s += ")";
  return s;
}

enum class FeatureLevel { kNone, kCity, kAdmin2, kAdmin1, kCountry };

FeatureLevel LevelOf(std::string_view feature) {
  std::string f = FoldPlaceName(feature);
  if (f.empty()) return FeatureLevel::kNone;
  if (In(f, {"state", "province", "region", "oblast", "governorate", "territory", "division",
             "republic", "krai", "kray", "emirate", "voivodeship", "canton"})) {
    return FeatureLevel::kAdmin1;
  }
  if (In(f, {"district", "county", "municipality", "prefecture", "department", "commune",
             "borough", "raion", "rayon", "tehsil", "zila", "lga", "l g a", "agency",
             "locality", "subdistrict", "upazila", "sub district"})) {
    return FeatureLevel::kAdmin2;
  }
  if (In(f, {"country", "nation"})) return FeatureLevel::kCountry;
  return FeatureLevel::kCity;  // city, town, village, suburb, capital, port, ...
}

double FeatureCodeScore(std::string_view code, std::string* why) {
  struct {
    const char* code;
    double score;
  } static const kCodes[] = {{"PPLC", 2.5},  {"PPLA", 1.5},  {"PPLA2", 1.0}, {"PPLA3", 0.5},
                             {"PPLA4", 0.25}, {"PPLX", -1.0}, {"PPLH", -3.0}, {"PPLQ", -3.0},
                             {"PPLW", -3.0}};
  for (const auto& c : kCodes) {
    if (code == c.code) {
      *why = Fmt("%+.1f feature code %.*s", c.score, code);
      return c.score;
    }
  }
  return 0;
}

}  // namespace

namespace {

// The countries whose regions of one level carry `word` (gazetteer_format.h,
// region words): up to two, enough to tell one from several.
std::vector<Candidate> RegionWordCountries(const Gazetteer& g, std::string_view prefix,
                                           std::string_view word) {
  LookupOptions opt;
  opt.kinds = KindBit(PlaceKind::kCountry);
  opt.max_results = 2;
  std::string key(prefix);
  key.append(word);
  return g.LookupFolded(key, opt);
}

// The word of `name` to look up among region words ("Darfur" for "West
// Darfur"), or "" if it is no single name word.
std::string RegionWordKey(std::string_view name) {
  std::string folded = FoldedKey(name);
  static const char* kCompass[] = {"north ", "south ", "east ", "west ", "central ",
                                   "northern ", "southern ", "eastern ", "western ",
                                   "upper ", "lower "};
  for (const char* c : kCompass) {
    if (folded.starts_with(c)) {
      folded.erase(0, std::string_view(c).size());
      break;
    }
  }
  if (folded.size() < 4 || folded.find(' ') != std::string::npos) return "";
  // Region nouns are not names.
  if (In(folded, {"state", "province", "region", "district", "county", "governorate",
                  "territory", "division", "oblast", "department", "capital", "city",
                  "islands", "island", "autonomous", "republic", "special", "national",
                  "federal", "metropolitan", "saint", "santa", "san"})) {
    return "";
  }
  return folded;
}

}  // namespace

std::string CountryOfRegionWord(const Gazetteer& g, std::string_view name, bool* carried) {
  if (carried != nullptr) *carried = false;
  std::string key = RegionWordKey(name);
  if (key.empty()) return "";
  auto countries = RegionWordCountries(g, gazetteer_format::kRegionWordPrefix1, key);
  if (countries.empty()) return "";
  if (carried != nullptr) *carried = true;
  return countries.size() == 1 ? std::string(countries[0].place.country_code) : "";
}

std::string CountryOfDistrictWord(const Gazetteer& g, std::string_view name) {
  std::string key = RegionWordKey(name);
  if (key.empty()) return "";
  auto countries = RegionWordCountries(g, gazetteer_format::kRegionWordPrefix2, key);
  return countries.size() == 1 ? std::string(countries[0].place.country_code) : "";
}

std::string CountryCodeOf(const Gazetteer& g, std::string_view hint) {
  if (hint.empty()) return "";
  GeoPlace p;
  if (hint.size() == 2 && std::isupper(static_cast<unsigned char>(hint[0])) &&
      std::isupper(static_cast<unsigned char>(hint[1])) && g.Country(hint, &p)) {
    return std::string(p.country_code);
  }
  LookupOptions opt;
  opt.kinds = KindBit(PlaceKind::kCountry);
  opt.max_results = 1;
  auto c = g.LookupFolded(FoldedKey(hint), opt);
  return c.empty() ? "" : std::string(c.front().place.country_code);
}

bool ResolvePlace(const Gazetteer& g, std::string_view name, const PlaceHints& hints,
                  PlaceResolution* out) {
  *out = PlaceResolution();
  std::vector<std::string> notes;

  // The container's candidates. The container is more local than the
  // country hint (which usually comes from the whole article): a container
  // that is a country ("the Syrian town of Azaz") replaces the hint, and a
  // container with no candidate in the hinted country keeps its candidates
  // elsewhere (an article about Iran that mentions "Bijapur district in the
  // state of Chhattisgarh").
  std::string cc = CountryCodeOf(g, hints.country);
  std::vector<Candidate> containers;
  if (!hints.container.empty()) {
    containers = Candidates(g, hints.container, 64);
    // "Oshe, Momo division": the region ("Momo Division"), not a town
    // called Momo, when the gazetteer has one.
    FeatureLevel container_level = LevelOf(hints.container_feature);
    if (container_level == FeatureLevel::kAdmin1 || container_level == FeatureLevel::kAdmin2) {
      std::string with = std::string(hints.container) + " " + std::string(hints.container_feature);
      for (Candidate& c : Candidates(g, with, 16)) {
        bool seen = false;
        for (const Candidate& o : containers) seen = seen || o.place.id == c.place.id;
        if (!seen) containers.push_back(std::move(c));
      }
      // (Spelled like regions anywhere: the country hint is applied below,
      // where a container abroad overrules it.)
      AddRegionsSpelledLike(g, hints.container, "", &containers);
      bool any_region = false;
      for (const Candidate& c : containers) {
        any_region = any_region || (c.place.kind != PlaceKind::kCity &&
                                    c.place.kind != PlaceKind::kCountry);
      }
      if (any_region) {
        std::erase_if(containers, [](const Candidate& c) { return c.place.kind == PlaceKind::kCity; });
      }
    }
    // "Al-Arish, Sinai peninsula": a container that regions carry ("North
    // Sinai", "South Sinai") is that country's, not a small town of the
    // name abroad (Sinaí, Ecuador).
    {
      bool carried = false;
      std::string region_cc = CountryOfRegionWord(g, hints.container, &carried);
      bool only_small_towns = !containers.empty();
      for (const Candidate& c : containers) {
        only_small_towns = only_small_towns && c.place.kind == PlaceKind::kCity &&
                           c.place.population < 100000 && c.place.country_code != region_cc;
      }
      if (carried && only_small_towns) {
        containers.clear();
        if (cc.empty() && !region_cc.empty()) {
          cc = region_cc;
          notes.push_back("country from the regions called '" + std::string(hints.container) +
                          "': " + cc);
        }
      }
    }
    std::string container_country;
    bool has_region = false;
    // "in northeastern Brazil": a country's own name outweighs the small
    // towns named after it (Brazil, Indiana).
    bool country_by_name = false;
    for (const Candidate& c : containers) {
      country_by_name = country_by_name ||
                        (c.place.kind == PlaceKind::kCountry && c.match != NameMatch::kDemonym);
    }
    if (country_by_name) {
      std::erase_if(containers, [](const Candidate& c) {
        return c.place.kind == PlaceKind::kCity && c.place.population < 1000000;
      });
    }
    for (const Candidate& c : containers) {
      if (c.place.kind == PlaceKind::kCountry) {
        if (container_country.empty()) container_country = std::string(c.place.country_code);
      } else if (c.match != NameMatch::kDemonym) {
        has_region = true;
      }
    }
    if (!container_country.empty() && (!has_region || cc.empty())) {
      if (cc != container_country) {
        notes.push_back("country from container '" + std::string(hints.container) +
                        "': " + container_country);
      }
      cc = container_country;
    }
    std::erase_if(containers, [](const Candidate& c) {
      return c.place.kind == PlaceKind::kCountry || c.match == NameMatch::kDemonym;
    });
    if (!cc.empty()) {
      bool any = false;
      for (const Candidate& c : containers) any = any || c.place.country_code == cc;
      if (any) {
        std::erase_if(containers, [&](const Candidate& c) { return c.place.country_code != cc; });
      } else if (!containers.empty() && cc == container_country &&
                 !Candidates(g, name, 1, cc).empty()) {
        // "the Somali town of Wanlaweyn", "Bosso in southeast Niger": the
        // country the container names holds the place; a region of that
        // name elsewhere (Ethiopia's Somali Region, Nigeria's Niger State)
        // does not.
        notes.push_back("'" + std::string(name) + "' is in " + cc + "; regions named '" +
                        std::string(hints.container) + "' elsewhere ignored");
        containers.clear();
      } else if (!containers.empty()) {
        notes.push_back("container '" + std::string(hints.container) + "' is not in " + cc +
                        "; country hint ignored");
        cc.clear();
      }
    }
  }
  if (!cc.empty() && notes.empty()) notes.push_back("country hint " + cc);
  out->country_code = cc;

  std::vector<Candidate> cands = Candidates(g, name, 256, cc);
  // "Plateau state", "Lakes State": regions whose names carry their noun.
  if (LevelOf(hints.feature) == FeatureLevel::kAdmin1 ||
      LevelOf(hints.feature) == FeatureLevel::kAdmin2) {
    std::string with = std::string(name) + " " + std::string(hints.feature);
    for (Candidate& c : Candidates(g, with, 16)) {
      bool seen = false;
      for (const Candidate& o : cands) seen = seen || o.place.id == c.place.id;
      if (!seen && c.place.kind != PlaceKind::kCity) cands.push_back(std::move(c));
    }
    AddRegionsSpelledLike(g, name, cc, &cands);
  }
  // Alternate names are weak evidence: an abbreviation ("La", "Eso") or a
  // town or city abroad known by another spelling ("Kashmir" for Cashmere,
  // Washington) is not what a text means unless the country says so.
  {
    std::string key = FoldedKey(name);
    size_t before = cands.size();
    std::erase_if(cands, [&](const Candidate& c) {
      if (c.match != NameMatch::kAlternate || c.place.kind == PlaceKind::kCountry) return false;
      // Short alternates: only a short form of the name ("Rio" for Rio de
      // Janeiro), not another language's name ("Rim" for Rome).
      if (key.size() <= 3) {
        std::string full = FoldPlaceName(c.place.name);
        return key.size() <= 2 || full.compare(0, key.size() + 1, key + " ") != 0;
      }
      // (Up to big cities: "Damask" in a Nigerian story is not Damascus;
      // a capital of millions keeps its old names everywhere.)
      return c.place.kind == PlaceKind::kCity && c.place.population < 2000000 &&
             !cc.empty() && c.place.country_code != cc;
    });
    if (cands.size() < before) {
      notes.push_back("dropped " + std::to_string(before - cands.size()) +
                      " weak alternate-name candidate(s)");
    }
  }
  // A container known only by another place's alternate name ("Kashmir"
  // for Cashmere, Washington) says less than the name itself: when the
  // name is known, such a container is not used.
  if (!containers.empty() && !cands.empty()) {
    // (A region known by another form of its name, "Hawija district" for
    // "Al-Hawija District", "South Kordofan" for "Southern Kordofan", is as
    // good as named: regions, unlike small towns abroad, are what such
    // forms name.)
    bool any_named = false;
    for (const Candidate& k : containers) {
      any_named = any_named || k.match == NameMatch::kName ||
                  k.place.kind == PlaceKind::kAdmin1 || k.place.kind == PlaceKind::kAdmin2;
    }
    bool any_near = false;
    for (const Candidate& k : containers) {
      for (const Candidate& c : cands) {
        any_near = any_near || k.place.country_code == c.place.country_code;
      }
    }
    if (!any_named && !any_near) {
      notes.push_back("container '" + std::string(hints.container) +
                      "' known only by alternate names elsewhere; not used");
      containers.clear();
    }
  }
  if (!cc.empty()) {
    bool any = false;
    for (const Candidate& c : cands) any = any || c.place.country_code == cc;
    if (any) {
      size_t before = cands.size();
      std::erase_if(cands, [&](const Candidate& c) { return c.place.country_code != cc; });
      if (before > cands.size()) {
        notes.push_back("kept the " + std::to_string(cands.size()) + " of " +
                        std::to_string(before) + " candidates in " + cc);
      }
    } else if (!cands.empty()) {
      notes.push_back("no candidate in " + cc + "; country hint ignored");
    }
  }

  FeatureLevel level = LevelOf(hints.feature);
  // ("Mahmoudiya town" is no district of that name abroad; an "area" may
  // be either.)
  const bool settlement_noun =
      level == FeatureLevel::kCity &&
      In(FoldPlaceName(hints.feature), {"town", "village", "city", "hamlet", "settlement"});
  std::vector<ScoredCandidate> scored;
  bool any_in_container = false;
  for (Candidate& c : cands) {
    ScoredCandidate s;
    const GeoPlace& p = c.place;
    bool region = p.kind != PlaceKind::kCity;
    double base = std::log10(1.0 + p.population) - (region ? 1.0 : 0.0);
    if (region && p.population == 0 && p.kind != PlaceKind::kCountry) {
      // A region of unknown population: a little less than an unknown
      // town (a town of a region's name is usually its seat).
      base = 2;
      s.reasons.push_back("+2.0 population unknown (a region)");
    } else if (!region && p.population == 0) {
      // Unknown: GeoNames lists places of 1,000+ people or seats of a
      // district; take the least of those.
      base = 3;
      s.reasons.push_back("+3.0 population unknown (a town of 1,000+ or a seat)");
    } else {
      s.reasons.push_back(Fmt("%+.1f population%.*s", base, region ? " (sum over its places)" : ""));
    }
    s.score += base;
    // A town named like a region that holds it stands for that region when
    // the text does not say which ("in Bijapur", "in Kerman"): it gets the
    // region's population prior too.
    if (p.kind == PlaceKind::kCity &&
        (level == FeatureLevel::kNone || level == FeatureLevel::kCity)) {
      double inherited = 0;
      for (const Candidate& r : cands) {
        if (r.place.kind == PlaceKind::kCity || !g.Contains(r.place, p)) continue;
        inherited = std::max(inherited, std::log10(1.0 + r.place.population) - 1.0 - base);
      }
      if (inherited > 0) {
        s.score += inherited;
        s.reasons.push_back(Fmt("%+.1f population of the region of its name%.*s", inherited, ""));
      }
    }
    // (Not when the text calls it a state or a town: "Niger State".)
    if (p.kind == PlaceKind::kCountry && c.match != NameMatch::kDemonym &&
        (level == FeatureLevel::kNone || level == FeatureLevel::kCountry)) {
      s.score += 4;
      s.reasons.push_back("+4.0 a country's name");
    }
    std::string why;
    if (double f = FeatureCodeScore(p.feature_code, &why); f != 0) {
      s.score += f;
      s.reasons.push_back(why);
    }
    if (c.match == NameMatch::kAlternate && IsNameWithoutAdminNoun(p, name)) {
      s.reasons.push_back("+0.0 the region's name without its noun");
    } else if (c.match == NameMatch::kAlternate) {
      s.score -= 1;
      s.reasons.push_back("-1.0 alternate name");
    } else if (c.match == NameMatch::kDemonym) {
      s.score -= 0.5;
      s.reasons.push_back("-0.5 demonym");
    }
    if (p.kind == PlaceKind::kCity) {
      // (By the name the text used: "Santa Cruz" is like Bolivia's Santa
      // Cruz Department, not like Agadir's region, though Agadir's other
      // names hold it.)
      std::string fn = FoldPlaceName(c.match == NameMatch::kName ? p.name : name);
      std::string_view seat_of;
      auto named_like = [&](std::string_view region) {
        std::string r = FoldPlaceName(region);
        return r == fn || r.starts_with(fn + " ");
      };
      if (!p.admin2_name.empty() && named_like(p.admin2_name)) {
        seat_of = p.admin2_name;
      } else if (!p.admin1_name.empty() && named_like(p.admin1_name)) {
        seat_of = p.admin1_name;
      }
      if (!seat_of.empty()) {
        s.score += 1;
        s.reasons.push_back("+1.0 named like its region " + std::string(seat_of));
      }
    }
    // Feature noun.
    double fs = 0;
    switch (level) {
      case FeatureLevel::kNone:
        fs = p.kind == PlaceKind::kCity ? 1 : 0;
        break;
      case FeatureLevel::kCity:
        fs = p.kind == PlaceKind::kCity ? 3 : 0;
        if (settlement_noun && p.kind != PlaceKind::kCity && p.kind != PlaceKind::kCountry) fs = -2;
        break;
      case FeatureLevel::kAdmin2:
        fs = p.kind == PlaceKind::kAdmin2 ? 3 : p.kind == PlaceKind::kCity ? 1.5 : 0;
        break;
      case FeatureLevel::kAdmin1:
        // Countries name their levels differently ("Momo division" is a
        // second-level region): any region fits a region noun.
        fs = p.kind == PlaceKind::kAdmin1 ? 3 : p.kind == PlaceKind::kAdmin2 ? 2 : -2;
        break;
      case FeatureLevel::kCountry:
        fs = p.kind == PlaceKind::kCountry ? 3 : 0;
        break;
    }
    if (fs != 0) {
      s.score += fs;
      s.reasons.push_back(Fmt("%+.1f %.*s", fs,
                              level == FeatureLevel::kNone
                                  ? std::string("a town (no feature noun)")
                                  : "feature '" + std::string(hints.feature) + "'"));
    }
    // Container.
    double best_in = 0;
    std::string in_why;
    for (const Candidate& k : containers) {
      const GeoPlace& r = k.place;
      if (r.id == p.id) continue;
      if (r.kind != PlaceKind::kCity && g.Contains(r, p)) {
        if (best_in < 4) {
          best_in = 4;
          in_why = "+4.0 in " + std::string(PlaceKindName(r.kind)) + " " + std::string(r.name);
        }
      } else if (r.kind == PlaceKind::kCity) {
        double km = DistanceKm(r, p);
        double radius = r.population >= 1000000 ? 50 : 30;
        if (km <= radius && best_in < 3) {
          best_in = 3;
          char buf[160];
          std::snprintf(buf, sizeof buf, "+3.0 %.0f km from %.*s", km,
                        static_cast<int>(r.name.size()), r.name.data());
          in_why = buf;
        }
      }
    }
    if (best_in > 0) {
      any_in_container = true;
      s.score += best_in;
      s.reasons.push_back(in_why);
    }
    s.candidate = c;
    s.in_container = best_in > 0;
    scored.push_back(std::move(s));
  }
  // What the text says outranks priors: when some candidates lie in or
  // near the container, the others are out.
  if (any_in_container) {
    size_t before = scored.size();
    std::erase_if(scored, [](const ScoredCandidate& s) { return !s.in_container; });
    if (scored.size() < before) {
      notes.push_back("kept the " + std::to_string(scored.size()) + " of " +
                      std::to_string(before) + " candidates in or near '" +
                      std::string(hints.container) + "'");
    }
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const ScoredCandidate& a, const ScoredCandidate& b) { return a.score > b.score; });

  // Nothing of that name in or near the container: the container it is.
  if (!containers.empty() && !any_in_container) {
    PlaceHints up;
    up.country = cc;
    up.feature = hints.container_feature;
    PlaceResolution c;
    if (ResolvePlace(g, hints.container, up, &c)) {
      *out = std::move(c);
      out->fell_back_to_container = true;
      out->candidates = std::move(scored);
      out->why = (out->candidates.empty() ? "no '" + std::string(name) + "' in the gazetteer"
                                          : "no '" + std::string(name) + "' in or near '" +
                                                std::string(hints.container) + "'") +
                 "; the place it is in: " + Describe(out->place) + " [" + out->why + "]";
      return true;
    }
  }
  if (scored.empty()) {
    out->why = "no '" + std::string(name) + "' in the gazetteer";
    return false;
  }

  const ScoredCandidate& best = scored.front();
  out->place = best.candidate.place;
  out->match = best.candidate.match;
  out->precision = PrecisionOf(out->place.kind);
  out->score = best.score;
  std::string why = Describe(out->place);
  if (out->place.geonameid) why += " geonameid " + std::to_string(out->place.geonameid);
  char buf[64];
  std::snprintf(buf, sizeof buf, ": score %.1f =", best.score);
  why += buf;
  for (const std::string& r : best.reasons) why += " " + r + ";";
  for (const std::string& n : notes) why += " " + n + ";";
  if (scored.size() > 1) {
    std::snprintf(buf, sizeof buf, " over %zu other(s), next ", scored.size() - 1);
    why += buf;
    why += Describe(scored[1].candidate.place);
    std::snprintf(buf, sizeof buf, " at %.1f", scored[1].score);
    why += buf;
  }
  out->why = std::move(why);
  out->candidates = std::move(scored);
  return true;
}

}  // namespace dateline
