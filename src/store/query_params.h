// Copyright 2026 The Dateline Authors.
//
// The filters of `dateline events` as name/value pairs, the one reading of
// them shared by the CLI (--country RU) and the HTTP API (?country=RU):
// country (names or ISO codes, comma-separated), admin1, near
// (LAT,LON,KM), type and subtype (EVENTS.md names, any case,
// comma-separated), actor, since, until (ISO dates at any precision),
// min-killed (or min_killed), text, changed-since (or changed_since), sort
// (date|killed), limit. Tested by query_params_test.cc.

#ifndef DATELINE_STORE_QUERY_PARAMS_H_
#define DATELINE_STORE_QUERY_PARAMS_H_

#include <string>
#include <utility>
#include <vector>

#include "dateline/status.h"
#include "dateline/store.h"

namespace dateline {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// The names EventQueryFromParams reads (with '-'; '_' is read the same).
const std::vector<std::string>& EventFilterNames();

// Fills `q` from `params`; the last value of a repeated name wins. A bad
// value is InvalidArgument naming the parameter and what it wants. Names
// not in EventFilterNames() are left to the caller (ignored here).
Status EventQueryFromParams(const QueryParams& params, EventQuery* q);

}  // namespace dateline

#endif  // DATELINE_STORE_QUERY_PARAMS_H_
