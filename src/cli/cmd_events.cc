// Copyright 2026 The Dateline Authors.
//
// dateline events [FILTERS] [--sort date|killed] [--limit N]
//                 [--format table|jsonl|csv|geojson|acled]
// dateline timeline [FILTERS] [--title TEXT]
// The stored events that match the filters, newest (or deadliest) first;
// or, as a timeline, a fact box of them oldest first.

#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "dateline/store.h"
#include "events/event_json.h"
#include "geo/countries.h"
#include "store/follow.h"
#include "store/formats.h"
#include "store/query_params.h"
#include "util/strings.h"

namespace dateline::cli {

const std::vector<std::string>& FilterOptions() {
  static const std::vector<std::string> kOptions = [] {
    std::vector<std::string> o = EventFilterNames();
    o.push_back("db");
    return o;
  }();
  return kOptions;
}

bool ParseEventQuery(const ParsedArgs& p, EventQuery* q, std::string* err) {
  QueryParams params;
  for (const auto& [name, value] : p.options) {
    if (name != "db" && name != "format" && name != "title") params.emplace_back(name, value);
  }
  Status st = EventQueryFromParams(params, q);
  if (!st.ok()) *err = "--" + st.message();
  return st.ok();
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
  std::string title = p.Has("title") ? p.Get("title") : TimelineTitle(q);
  std::string out;
  AppendTimeline(dated, &out, title);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace dateline::cli
