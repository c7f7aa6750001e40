// Copyright 2026 The Dateline Authors.
//
// dateline follow add [--actor NAME] [--place NAME|LAT,LON [--km N]]
//                     [--country C] [--type T,...] [--min-killed N]
// dateline follow list | remove ID
// dateline alerts [--since TIME]
// Standing questions; every ingest reports the new and updated events that
// match one, and `alerts` lists them again.

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <string>

#include "cli/commands.h"
#include "dateline/store.h"
#include "events/taxonomy.h"
#include "geo/countries.h"
#include "store/follow.h"
#include "util/clock.h"
#include "util/strings.h"

namespace dateline::cli {

int RunFollow(const Args& args) {
  ParsedArgs p =
      ParseArgs(args, {"db", "actor", "place", "km", "country", "type", "min-killed"}, {});
  std::string err = p.error;
  std::string action = p.positional.empty() ? "" : p.positional[0];
  if (err.empty() && action != "add" && action != "list" && action != "remove") {
    err = "say add, list or remove";
  }
  Follow f;
  if (err.empty() && action == "add") {
    f.actor = Trim(p.Get("actor"));
    f.place = Trim(p.Get("place"));
    if (p.Has("km")) {
      char* end = nullptr;
      std::string km = p.Get("km");
      f.km = std::strtod(km.c_str(), &end);
      if (km.empty() || *end != '\0' || !(f.km > 0) || f.km > 20000)
        err = "--km wants a distance in km";
    } else if (!f.place.empty()) {
      f.km = 50;
    }
    if (p.Has("km") && f.place.empty()) err = "--km goes with --place";
    std::string country = Trim(p.Get("country"));
    if (!country.empty()) {
      const CountryInfo* ci = Countries::Default().ByNameOrCode(country);
      if (ci == nullptr)
        err = "--country: unknown country '" + country + "'";
      else
        f.country = ci->code;
    }
    const std::string type_arg = p.Get("type");
    for (std::string_view t : Split(type_arg, ',')) {
      if (Trim(t).empty()) continue;
      std::string c = CanonicalType(t);
      if (c.empty()) c = CanonicalSubtype(t);
      if (c.empty()) err = "--type: unknown type or subtype '" + Trim(t) + "'";
      f.types.push_back(c);
    }
    if (p.Has("min-killed")) {
      char* end = nullptr;
      std::string n = p.Get("min-killed");
      long long v = std::strtoll(n.c_str(), &end, 10);
      if (n.empty() || *end != '\0' || v < 0) err = "--min-killed wants a number >= 0";
      f.min_killed = v;
    }
    if (err.empty() && f.actor.empty() && f.place.empty() && f.country.empty() && f.types.empty() &&
        !f.min_killed) {
      err = "follow what? give --actor, --place, --country, --type or --min-killed";
    }
  }
  int64_t remove_id = 0;
  if (err.empty() && action == "remove") {
    char* end = nullptr;
    if (p.positional.size() != 2) {
      err = "remove wants the id of a follow (see follow list)";
    } else {
      remove_id = std::strtoll(p.positional[1].c_str(), &end, 10);
      if (*end != '\0' || remove_id <= 0) err = "remove wants the id of a follow (see follow list)";
    }
  }
  if (!err.empty()) {
    PrintError("follow: " + err);
    return 2;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(DefaultStoreLocation(p.Get("db")));
  if (!store.ok()) {
    PrintError("follow: " + store.status().ToString());
    return 1;
  }
  if (action == "add") {
    Status st = ResolveFollowPlace(&f);
    if (!st.ok()) {
      PrintError("follow: " + st.ToString());
      return 2;
    }
    f.created = NowUtcIso();
    Result<int64_t> id = (*store)->AddFollow(f);
    if (!id.ok()) {
      PrintError("follow: " + id.status().ToString());
      return 1;
    }
    std::printf("follow %lld: %s\n", static_cast<long long>(*id), f.Describe().c_str());
    return 0;
  }
  if (action == "remove") {
    Status st = (*store)->RemoveFollow(remove_id);
    if (!st.ok()) {
      PrintError("follow: " + st.ToString());
      return 1;
    }
    std::printf("removed follow %lld\n", static_cast<long long>(remove_id));
    return 0;
  }
  std::vector<Follow> follows;
  Status st = (*store)->ListFollows(&follows);
  if (!st.ok()) {
    PrintError("follow: " + st.ToString());
    return 1;
  }
  for (const Follow& x : follows) {
    std::printf("%lld  %s  (since %s)\n", static_cast<long long>(x.id), x.Describe().c_str(),
                x.created.c_str());
  }
  return 0;
}

int RunAlerts(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"db", "since"}, {});
  std::string err = p.error;
  if (err.empty() && !p.positional.empty()) err = "unexpected argument '" + p.positional[0] + "'";
  if (!err.empty()) {
    PrintError("alerts: " + err);
    return 2;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(DefaultStoreLocation(p.Get("db")));
  if (!store.ok()) {
    PrintError("alerts: " + store.status().ToString());
    return 1;
  }
  std::vector<Alert> alerts;
  Status st = (*store)->ListAlerts(p.Get("since"), &alerts);
  if (!st.ok()) {
    PrintError("alerts: " + st.ToString());
    return 1;
  }
  for (const Alert& a : alerts) {
    std::printf("%s  follow %lld  %s  %s\n", a.at.c_str(), static_cast<long long>(a.follow),
                a.action.c_str(), a.what.c_str());
  }
  return 0;
}

}  // namespace dateline::cli
