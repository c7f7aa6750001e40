// Copyright 2026 The Dateline Authors.

#include "store/query_params.h"

#include <cmath>
#include <cstdlib>

#include "events/taxonomy.h"
#include "geo/countries.h"
#include "text/dates.h"
#include "util/strings.h"

namespace dateline {

namespace {

bool ParseInt(const std::string& s, int64_t lo, int64_t hi, int64_t* out) {
  if (s.empty() || s.size() > 18) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || v < lo || v > hi) return false;
  *out = v;
  return true;
}

bool ParseDouble(std::string_view s, double* out) {
  std::string t = Trim(s);
  if (t.empty() || t.size() > 32) return false;
  char* end = nullptr;
  *out = std::strtod(t.c_str(), &end);
  return *end == '\0' && std::isfinite(*out);
}

std::string Canonical(std::string name) {
  for (char& c : name) {
    if (c == '_') c = '-';
  }
  return name;
}

}  // namespace

const std::vector<std::string>& EventFilterNames() {
  static const std::vector<std::string> kNames = {
      "country", "admin1",     "near", "type",          "subtype", "actor", "since",
      "until",   "min-killed", "text", "changed-since", "sort",    "limit"};
  return kNames;
}

Status EventQueryFromParams(const QueryParams& params, EventQuery* q) {
  auto get = [&](std::string_view name, std::string* out) {
    bool found = false;
    for (const auto& [k, v] : params) {
      if (Canonical(k) == name) {
        *out = v;
        found = true;
      }
    }
    return found;
  };
  auto bad = [](std::string_view name, const std::string& why) {
    return Status::InvalidArgument(std::string(name) + ": " + why);
  };
  constexpr size_t kMaxValue = 1024;
  for (const auto& [k, v] : params) {
    if (v.size() > kMaxValue) return bad(k, "longer than 1024 bytes");
  }
  std::string v;
  if (get("country", &v)) {
    for (std::string_view c : Split(v, ',')) {
      std::string name = Trim(c);
      if (name.empty()) continue;
      const CountryInfo* ci = Countries::Default().ByNameOrCode(name);
      if (ci == nullptr) {
        return bad("country", "unknown country '" + name + "' (a name or an ISO code: RU, Russia)");
      }
      q->countries.push_back(ci->code);
    }
  }
  if (get("admin1", &v)) q->admin1 = Trim(v);
  if (get("near", &v)) {
    std::vector<std::string_view> parts = Split(v, ',');
    double lat, lon, km;
    if (parts.size() != 3 || !ParseDouble(parts[0], &lat) || !ParseDouble(parts[1], &lon) ||
        !ParseDouble(parts[2], &km) || std::fabs(lat) > 90 || std::fabs(lon) > 180 || km <= 0 ||
        km > 20000) {
      return bad("near", "wants LAT,LON,KM (e.g. 55.75,37.62,100), not '" + v + "'");
    }
    q->near_lat = lat;
    q->near_lon = lon;
    q->near_km = km;
  }
  if (get("type", &v)) {
    for (std::string_view t : Split(v, ',')) {
      if (Trim(t).empty()) continue;
      std::string c = CanonicalType(t);
      if (c.empty()) {
        std::string known;
        for (const EventTypeInfo& ti : EventTypes()) {
          known += (known.empty() ? "" : ", ") + std::string(ti.type);
        }
        return bad("type", "unknown type '" + Trim(t) + "' (one of: " + known + ")");
      }
      q->types.push_back(c);
    }
  }
  if (get("subtype", &v)) {
    for (std::string_view t : Split(v, ',')) {
      if (Trim(t).empty()) continue;
      std::string c = CanonicalSubtype(t);
      if (c.empty()) return bad("subtype", "unknown subtype '" + Trim(t) + "' (see EVENTS.md)");
      q->subtypes.push_back(c);
    }
  }
  if (get("actor", &v)) q->actor = Trim(v);
  for (const char* name : {"since", "until"}) {
    if (!get(name, &v)) continue;
    v = Trim(v);
    if (!v.empty() && !DateValue::FromIso(v).valid()) {
      return bad(name, "wants a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'");
    }
    (std::string_view(name) == "since" ? q->since : q->until) = v;
  }
  if (get("min-killed", &v)) {
    int64_t n;
    if (!ParseInt(Trim(v), 0, int64_t{1} << 40, &n))
      return bad("min-killed", "wants a number >= 0");
    q->min_killed = n;
  }
  if (get("text", &v)) {
    q->text = Trim(v);
    if (q->text.size() > 256) return bad("text", "longer than 256 bytes");
  }
  if (get("changed-since", &v)) {
    q->changed_since = Trim(v);
    if (!q->changed_since.empty() &&
        (q->changed_since.size() < 4 ||
         !DateValue::FromIso(q->changed_since.substr(0, 10)).valid())) {
      return bad("changed-since", "wants an ISO 8601 time (2026-11-29 or 2026-11-29T08:00)");
    }
  }
  if (get("sort", &v)) {
    if (v == "killed") {
      q->sort = EventQuery::Sort::kKilled;
    } else if (v == "date") {
      q->sort = EventQuery::Sort::kDate;
    } else {
      return bad("sort", "must be date or killed, not '" + v + "'");
    }
  }
  if (get("limit", &v) && !ParseInt(Trim(v), 1, int64_t{1} << 40, &q->limit)) {
    return bad("limit", "wants a number >= 1");
  }
  return Status::OK();
}

}  // namespace dateline
