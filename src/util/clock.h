// Copyright 2026 The Dateline Authors.
//
// The wall clock, for bookkeeping only (when a document was ingested, a
// follow made, an alert raised). Event dates never come from here.

#ifndef DATELINE_UTIL_CLOCK_H_
#define DATELINE_UTIL_CLOCK_H_

#include <string>

namespace dateline {

// Now, in UTC, as ISO 8601 to the second: "2026-11-29T08:00:00Z".
std::string NowUtcIso();

}  // namespace dateline

#endif  // DATELINE_UTIL_CLOCK_H_
