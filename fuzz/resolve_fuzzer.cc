// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for place resolution: ResolvePlace and CountryCodeOf
// with arbitrary names and hints (container, country, feature, container
// feature) over a small gazetteer built here, with the ambiguities the
// resolver exists for (two Bijapurs, two St. Petersburgs, a region and a
// city of one name). Checks that every answer is an entry of the
// gazetteer; traps otherwise.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/resolve.h"

namespace {

using dateline::GazetteerBuilder;
using dateline::GazetteerEntry;
using dateline::NameMatch;
using dateline::PlaceKind;

GazetteerEntry Entry(PlaceKind kind, std::string name, std::string cc, std::string code,
                     double lat, double lon, uint32_t pop, uint32_t country, uint32_t admin1) {
  GazetteerEntry e;
  e.kind = kind;
  e.name = std::move(name);
  e.country_code = std::move(cc);
  e.code = std::move(code);
  e.lat = lat;
  e.lon = lon;
  e.population = pop;
  e.country = country;
  e.admin1 = admin1;
  e.feature_class = kind == PlaceKind::kCity ? 'P' : 'A';
  return e;
}

const dateline::Gazetteer* World() {
  static std::string* bytes = [] {
    GazetteerBuilder b;
    uint32_t in = b.Add(Entry(PlaceKind::kCountry, "India", "IN", "IN", 22, 79, 900000000,
                              dateline::kNoPlace, dateline::kNoPlace));
    b.AddName(in, "Indian", NameMatch::kDemonym);
    uint32_t ru = b.Add(Entry(PlaceKind::kCountry, "Russia", "RU", "RU", 60, 90, 140000000,
                              dateline::kNoPlace, dateline::kNoPlace));
    uint32_t us = b.Add(Entry(PlaceKind::kCountry, "United States", "US", "US", 39, -98,
                              300000000, dateline::kNoPlace, dateline::kNoPlace));
    uint32_t ct = b.Add(Entry(PlaceKind::kAdmin1, "Chhattisgarh", "IN", "IN.37", 21.3, 82,
                              9000000, in, dateline::kNoPlace));
    uint32_t ka = b.Add(Entry(PlaceKind::kAdmin1, "Karnataka", "IN", "IN.19", 14.5, 76,
                              30000000, in, dateline::kNoPlace));
    uint32_t mo = b.Add(Entry(PlaceKind::kAdmin1, "Moscow", "RU", "RU.48", 55.7, 37.6, 12000000,
                              ru, dateline::kNoPlace));
    uint32_t fl = b.Add(Entry(PlaceKind::kAdmin1, "Florida", "US", "US.FL", 28, -82, 15000000,
                              us, dateline::kNoPlace));
    b.Add(Entry(PlaceKind::kCity, "Bijapur", "IN", "", 18.79, 80.82, 0, in, ct));
    uint32_t vijayapura =
        b.Add(Entry(PlaceKind::kCity, "Vijayapura", "IN", "", 16.82, 75.71, 327427, in, ka));
    b.AddName(vijayapura, "Bijapur", NameMatch::kAlternate);
    b.Add(Entry(PlaceKind::kCity, "Moscow", "RU", "", 55.75, 37.62, 10381222, ru, mo));
    b.Add(Entry(PlaceKind::kCity, "Krasnogorsk", "RU", "", 55.82, 37.33, 92932, ru, mo));
    b.Add(Entry(PlaceKind::kCity, "Saint Petersburg", "RU", "", 59.94, 30.31, 5351935, ru,
                dateline::kNoPlace));
    b.Add(Entry(PlaceKind::kCity, "St. Petersburg", "US", "", 27.77, -82.68, 258308, us, fl));
    auto built = b.Build();
    return new std::string(built.ok() ? built.value() : std::string());
  }();
  static const dateline::Gazetteer* g = [] {
    auto r = dateline::Gazetteer::FromBytes(*bytes);
    return r.ok() ? std::move(r).value().release() : nullptr;
  }();
  return g;
}

// Splits the input into five fields at '|'.
void Fields(std::string_view in, std::string_view out[5]) {
  for (int i = 0; i < 5; ++i) {
    size_t bar = in.find('|');
    out[i] = in.substr(0, bar);
    in = bar == std::string_view::npos ? std::string_view() : in.substr(bar + 1);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 4096) return 0;
  const dateline::Gazetteer* g = World();
  if (g == nullptr) __builtin_trap();
  std::string_view f[5];
  Fields(std::string_view(reinterpret_cast<const char*>(data), size), f);
  dateline::PlaceHints hints;
  hints.container = f[1];
  hints.country = f[2];
  hints.feature = f[3];
  hints.container_feature = f[4];
  dateline::PlaceResolution r;
  if (dateline::ResolvePlace(*g, f[0], hints, &r)) {
    dateline::GeoPlace check;
    if (!g->Get(r.place.id, &check)) __builtin_trap();
    if (r.place.lat < -90 || r.place.lat > 90) __builtin_trap();
  }
  (void)dateline::CountryCodeOf(*g, f[2]);
  return 0;
}
