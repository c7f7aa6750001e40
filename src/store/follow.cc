// Copyright 2026 The Dateline Authors.

#include "store/follow.h"

#include <cstdlib>

#include "events/lexicon.h"
#include "geo/gazetteer.h"
#include "geo/resolve.h"
#include "util/strings.h"

namespace dateline {

namespace {

// "55.75,37.62" as a point, or false.
bool ParsePoint(const std::string& s, double* lat, double* lon) {
  size_t comma = s.find(',');
  if (comma == std::string::npos) return false;
  std::string a = Trim(s.substr(0, comma)), b = Trim(s.substr(comma + 1));
  char* end = nullptr;
  *lat = std::strtod(a.c_str(), &end);
  if (a.empty() || *end != '\0') return false;
  *lon = std::strtod(b.c_str(), &end);
  if (b.empty() || *end != '\0') return false;
  return *lat >= -90 && *lat <= 90 && *lon >= -180 && *lon <= 180;
}

}  // namespace

Status ResolveFollowPlace(Follow* f) {
  if (f->place.empty() || (f->lat && f->lon)) return Status::OK();
  double lat, lon;
  if (ParsePoint(f->place, &lat, &lon)) {
    f->lat = lat;
    f->lon = lon;
    return Status::OK();
  }
  const Gazetteer* gz = Gazetteer::Default();
  if (gz == nullptr) return Status::NotFound("no gazetteer to find " + f->place + " in");
  PlaceResolution r;
  if (!ResolvePlace(*gz, f->place, PlaceHints{}, &r)) {
    return Status::NotFound("unknown place: " + f->place + " (give LAT,LON instead)");
  }
  f->lat = r.place.lat;
  f->lon = r.place.lon;
  return Status::OK();
}

bool FollowMatches(const Follow& f, const Event& ev) {
  if (!f.actor.empty()) {
    bool found = false;
    for (const std::string& name : ActorNamesFor(f.actor)) {
      for (const Actor& a : ev.actors) {
        found |= EqualsIgnoreCaseAscii(a.name, name);
        for (const std::string& m : a.mentions) found |= EqualsIgnoreCaseAscii(m, name);
      }
    }
    if (!found) return false;
  }
  if (f.lat && f.lon) {
    if (!ev.place || !ev.place->lat || !ev.place->lon) return false;
    double km = f.km > 0 ? f.km : 50;
    if (DistanceKm(*f.lat, *f.lon, *ev.place->lat, *ev.place->lon) > km) return false;
  }
  if (!f.country.empty() &&
      (!ev.place || !EqualsIgnoreCaseAscii(ev.place->country_code, f.country))) {
    return false;
  }
  if (!f.types.empty()) {
    bool found = false;
    for (const std::string& t : f.types) {
      found |= EqualsIgnoreCaseAscii(t, ev.type) || EqualsIgnoreCaseAscii(t, ev.subtype);
    }
    if (!found) return false;
  }
  if (f.min_killed) {
    const auto& k = ev.count(CountKind::kKilled);
    if (!k || k->best < *f.min_killed) return false;
  }
  return true;
}

}  // namespace dateline
