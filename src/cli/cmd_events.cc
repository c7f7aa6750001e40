// Copyright 2026 The Dateline Authors.
//
// dateline events [FILTERS] [--sort date|killed] [--limit N]
//                 [--format table|jsonl|csv|geojson|acled]
// dateline timeline [FILTERS] [--title TEXT]
// The stored events that match the filters, newest (or deadliest) first;
// or, as a timeline, a fact box of them oldest first.

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/commands.h"
#include "dateline/store.h"
#include "events/event_json.h"
#include "events/taxonomy.h"
#include "geo/countries.h"
#include "store/follow.h"
#include "store/formats.h"
#include "text/dates.h"
#include "util/strings.h"

namespace dateline::cli {

const std::vector<std::string>& FilterOptions() {
  static const std::vector<std::string> kOptions = {
      "db",    "country", "admin1",     "near", "type",          "subtype", "actor",
      "since", "until",   "min-killed", "text", "changed-since", "sort",    "limit"};
  return kOptions;
}

namespace {

bool ParseInt(const std::string& s, int64_t lo, int64_t hi, int64_t* out) {
  if (s.empty()) return false;
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (*end != '\0' || v < lo || v > hi) return false;
  *out = v;
  return true;
}

bool ParseDouble(std::string_view s, double* out) {
  std::string t = Trim(s);
  if (t.empty()) return false;
  char* end = nullptr;
  *out = std::strtod(t.c_str(), &end);
  return *end == '\0' && std::isfinite(*out);
}

}  // namespace

bool ParseEventQuery(const ParsedArgs& p, EventQuery* q, std::string* err) {
  const std::string country_arg = p.Get("country"), near_arg = p.Get("near"),
                    type_arg = p.Get("type"), subtype_arg = p.Get("subtype");
  for (std::string_view c : Split(country_arg, ',')) {
    std::string name = Trim(c);
    if (name.empty()) continue;
    const CountryInfo* ci = Countries::Default().ByCode(ToUpperAscii(name));
    if (ci == nullptr) ci = Countries::Default().ByName(name);
    if (ci == nullptr) {
      *err = "--country: unknown country '" + name + "' (a name or an ISO code: RU, Russia)";
      return false;
    }
    q->countries.push_back(ci->code);
  }
  q->admin1 = Trim(p.Get("admin1"));
  if (p.Has("near")) {
    std::vector<std::string_view> parts = Split(near_arg, ',');
    double lat, lon, km;
    if (parts.size() != 3 || !ParseDouble(parts[0], &lat) || !ParseDouble(parts[1], &lon) ||
        !ParseDouble(parts[2], &km) || std::fabs(lat) > 90 || std::fabs(lon) > 180 || km <= 0 ||
        km > 20000) {
      *err = "--near wants LAT,LON,KM (e.g. 55.75,37.62,100), not '" + p.Get("near") + "'";
      return false;
    }
    q->near_lat = lat;
    q->near_lon = lon;
    q->near_km = km;
  }
  for (std::string_view t : Split(type_arg, ',')) {
    if (Trim(t).empty()) continue;
    std::string c = CanonicalType(t);
    if (c.empty()) {
      std::string known;
      for (const EventTypeInfo& ti : EventTypes())
        known += (known.empty() ? "" : ", ") + std::string(ti.type);
      *err = "--type: unknown type '" + Trim(t) + "' (one of: " + known + ")";
      return false;
    }
    q->types.push_back(c);
  }
  for (std::string_view t : Split(subtype_arg, ',')) {
    if (Trim(t).empty()) continue;
    std::string c = CanonicalSubtype(t);
    if (c.empty()) {
      *err = "--subtype: unknown subtype '" + Trim(t) + "' (see spec/EVENTS.md)";
      return false;
    }
    q->subtypes.push_back(c);
  }
  q->actor = Trim(p.Get("actor"));
  for (const char* name : {"since", "until"}) {
    std::string v = Trim(p.Get(name));
    if (!v.empty() && !DateValue::FromIso(v).valid()) {
      *err =
          std::string("--") + name + " wants a date YYYY, YYYY-MM or YYYY-MM-DD, not '" + v + "'";
      return false;
    }
    (std::string_view(name) == "since" ? q->since : q->until) = v;
  }
  if (p.Has("min-killed")) {
    int64_t n;
    if (!ParseInt(p.Get("min-killed"), 0, int64_t{1} << 40, &n)) {
      *err = "--min-killed wants a number >= 0";
      return false;
    }
    q->min_killed = n;
  }
  q->text = Trim(p.Get("text"));
  q->changed_since = Trim(p.Get("changed-since"));
  if (!q->changed_since.empty() && q->changed_since.size() < 4) {
    *err = "--changed-since wants an ISO 8601 time (2026-11-29 or 2026-11-29T08:00)";
    return false;
  }
  std::string sort = p.Get("sort", "date");
  if (sort == "killed") {
    q->sort = EventQuery::Sort::kKilled;
  } else if (sort != "date") {
    *err = "--sort must be date or killed, not '" + sort + "'";
    return false;
  }
  if (p.Has("limit") && !ParseInt(p.Get("limit"), 1, int64_t{1} << 40, &q->limit)) {
    *err = "--limit wants a number >= 1";
    return false;
  }
  return true;
}

Result<std::unique_ptr<Store>> OpenStoreFor(const ParsedArgs& p) {
  std::string location = DefaultStoreLocation(p.Get("db"));
  Result<std::unique_ptr<Store>> store = Store::Open(location);
  if (!store.ok()) return store.status();
  return store;
}

int RunEvents(const Args& args) {
  std::vector<std::string> with_value = FilterOptions();
  with_value.push_back("format");
  ParsedArgs p = ParseArgs(args, with_value, {});
  EventQuery q;
  std::string err = p.error;
  if (err.empty() && !p.positional.empty()) err = "unexpected argument '" + p.positional[0] + "'";
  std::string format = p.Get("format", "table");
  if (err.empty() && format != "table" && format != "jsonl" && format != "csv" &&
      format != "geojson" && format != "acled") {
    err = "--format must be table|jsonl|csv|geojson|acled, not '" + format + "'";
  }
  if (err.empty()) ParseEventQuery(p, &q, &err);
  if (!err.empty()) {
    PrintError("events: " + err);
    return 2;
  }
  Result<std::unique_ptr<Store>> store = OpenStoreFor(p);
  if (!store.ok()) {
    PrintError("events: " + store.status().ToString());
    return 1;
  }
  std::vector<Event> evs;
  Status st = (*store)->QueryEvents(q, &evs);
  if (!st.ok()) {
    PrintError("events: " + st.ToString());
    return st.code() == Status::Code::kInvalidArgument ? 2 : 1;
  }
  std::string out;
  if (format == "jsonl") {
    for (const Event& ev : evs) {
      AppendEventJson(ev, &out);
      out += '\n';
    }
  } else if (format == "csv") {
    AppendEventsCsv(evs, &out);
  } else if (format == "geojson") {
    AppendEventsGeoJson(evs, &out);
    out += '\n';
  } else if (format == "acled") {
    AppendEventsAcled(evs, &out);
  } else {
    AppendEventsTable(evs, &out);
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

int RunTimeline(const Args& args) {
  std::vector<std::string> with_value = FilterOptions();
  with_value.push_back("title");
  ParsedArgs p = ParseArgs(args, with_value, {});
  EventQuery q;
  std::string err = p.error;
  if (err.empty() && !p.positional.empty()) err = "unexpected argument '" + p.positional[0] + "'";
  if (err.empty()) ParseEventQuery(p, &q, &err);
  if (!err.empty()) {
    PrintError("timeline: " + err);
    return 2;
  }
  Result<std::unique_ptr<Store>> store = OpenStoreFor(p);
  if (!store.ok()) {
    PrintError("timeline: " + store.status().ToString());
    return 1;
  }
  std::vector<Event> evs;
  Status st = (*store)->QueryEvents(q, &evs);
  if (!st.ok()) {
    PrintError("timeline: " + st.ToString());
    return 1;
  }
  // Undated events have no place on a timeline.
  std::vector<Event> dated;
  for (Event& ev : evs) {
    if (!ev.date.empty()) dated.push_back(std::move(ev));
  }
  std::string title = p.Get("title");
  if (!p.Has("title")) {
    title = q.min_killed ? "MAJOR INCIDENTS" : "INCIDENTS";
    if (q.countries.size() == 1) {
      if (const CountryInfo* ci = Countries::Default().ByCode(q.countries[0])) {
        title += " IN " + ToUpperAscii(ci->name);
      }
    }
  }
  std::string out;
  AppendTimeline(dated, &out, title);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace dateline::cli
