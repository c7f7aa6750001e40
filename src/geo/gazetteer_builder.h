// Copyright 2026 The Dateline Authors.
//
// Writes gazetteer.bin (gazetteer_format.h) from entries given in memory:
// dateline_geogen feeds it the joined GeoNames data; the tests feed it a few
// hand-written rows. Names are folded here (fold.h), so callers give them as
// written. Countries must be added first (Gazetteer::Country relies on it).

#ifndef DATELINE_GEO_GAZETTEER_BUILDER_H_
#define DATELINE_GEO_GAZETTEER_BUILDER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "geo/gazetteer.h"

namespace dateline {

struct GazetteerEntry {
  PlaceKind kind = PlaceKind::kCity;
  uint32_t geonameid = 0;
  std::string name;        // as written, with diacritics
  std::string ascii_name;  // "" = none
  double lat = 0, lon = 0;
  bool approximate = false;
  std::string country_code;  // "RU"
  std::string code;          // GeoNames admin code of a region ("RU.47"); country: "RU"
  std::string iso_code;      // ISO 3166-2 of a region, or ""
  std::string subdivision_type;
  char feature_class = 0;
  std::string feature_code;  // at most 5 characters
  uint32_t population = 0;
  uint32_t admin1 = kNoPlace, admin2 = kNoPlace, country = kNoPlace;  // ids from Add()
};

class GazetteerBuilder {
 public:
  // Adds an entry and indexes its name and ASCII name; returns its id.
  uint32_t Add(GazetteerEntry entry);
  // Indexes another name of entry `id` (folded here). Empty folds are ignored;
  // a name given twice for one entry keeps its strongest match (kName first).
  void AddName(uint32_t id, std::string_view name, NameMatch match);
  void AddFoldedName(uint32_t id, std::string folded, NameMatch match);

  GazetteerEntry& entry(uint32_t id) { return entries_[id]; }
  size_t size() const { return entries_.size(); }
  void set_info(std::string info) { info_ = std::move(info); }

  // The file's bytes. InvalidArgument if an entry refers to a missing id or
  // a country follows a non-country.
  Result<std::string> Build() const;

 private:
  struct NameRef {
    std::string folded;
    uint32_t id;
    NameMatch match;
  };
  // The region-word names of gazetteer_format.h, from the entries as they
  // are now.
  std::vector<NameRef> RegionWordNames() const;

  std::vector<GazetteerEntry> entries_;
  std::vector<NameRef> names_;
  std::string info_;
};

}  // namespace dateline

#endif  // DATELINE_GEO_GAZETTEER_BUILDER_H_
