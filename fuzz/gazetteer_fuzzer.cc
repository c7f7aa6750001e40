// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the gazetteer reader and the resolver: arbitrary
// bytes are opened as a gazetteer (checksum off, so that damaged files get
// past Open and into the lookups; a valid fixture header is spliced in
// front half of the time so the fuzzer reaches the sections), then looked
// up, resolved, walked and searched by position. A read outside the bytes
// (the gazetteer's own heap copy of them) is reported by ASan; an id that
// Lookup returned but Get refuses traps.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "geo/gazetteer.h"
#include "geo/gazetteer_builder.h"
#include "geo/resolve.h"

namespace {

const std::string& Seed() {
  static const std::string* s = [] {
    using dateline::GazetteerEntry;
    using dateline::PlaceKind;
    dateline::GazetteerBuilder b;
    GazetteerEntry ru;
    ru.kind = PlaceKind::kCountry;
    ru.name = "Russia";
    ru.country_code = "RU";
    uint32_t country = b.Add(ru);
    GazetteerEntry region;
    region.kind = PlaceKind::kAdmin1;
    region.name = "Moscow Oblast";
    region.country_code = "RU";
    region.code = "RU.47";
    region.country = country;
    uint32_t a1 = b.Add(region);
    GazetteerEntry city;
    city.name = "Krasnogorsk";
    city.country_code = "RU";
    city.lat = 55.82;
    city.lon = 37.33;
    city.country = country;
    city.admin1 = a1;
    b.Add(city);
    auto r = b.Build();
    return new std::string(r.ok() ? r.value() : std::string());
  }();
  return *s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  std::string bytes(reinterpret_cast<const char*>(data), size);
  if (size > 0 && (data[0] & 1) && Seed().size() > 128) {
    // The seed's header and the fuzzer's bytes over the rest: the header
    // checks pass when the sizes agree, and the body is arbitrary.
    std::string body = Seed();
    std::memcpy(body.data() + 128, bytes.data(), std::min(bytes.size(), body.size() - 128));
    bytes = body;
  }
  dateline::GazetteerOptions options;
  options.verify_checksum = false;
  auto g = dateline::Gazetteer::FromBytes(bytes, options);
  if (!g.ok()) return 0;
  const dateline::Gazetteer& gz = *g.value();
  for (const char* q : {"krasnogorsk", "moscow oblast", "russia", "a", "st petersburg"}) {
    for (const dateline::Candidate& c : gz.Lookup(q)) {
      dateline::GeoPlace p;
      if (!gz.Get(c.place.id, &p)) __builtin_trap();
      gz.Contains(p, c.place);
    }
    dateline::PlaceResolution r;
    dateline::PlaceHints h;
    h.container = "Moscow";
    h.country = "RU";
    dateline::ResolvePlace(gz, q, h, &r);
  }
  for (uint32_t id = 0; id < gz.size() && id < 64; ++id) {
    dateline::GeoPlace p;
    if (!gz.Get(id, &p)) __builtin_trap();
  }
  dateline::GeoPlace p;
  gz.NearestCity(55.8, 37.3, 300, &p);
  gz.LargestCityNear(0, 0, 500, &p);
  gz.Country("RU", &p);
  return 0;
}
