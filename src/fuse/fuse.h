// Copyright 2026 The Dateline Authors.
//
// Fusion across documents: does a newly extracted event tell an incident
// already stored, and if so, what changes when the new report joins it.
//
// The decision is conservative and explainable. Two events are one
// incident only when nothing contradicts it (type family, dates at their
// precision, places, named perpetrators, casualty counts) and enough
// agrees to tell this incident from the others of the same city and week:
// the same day and the same town, or a coarser date or place backed by the
// same named group or the same toll. Sharing a city and a week is never
// enough. Tested by fuse_test.cc.

#ifndef DATELINE_FUSE_FUSE_H_
#define DATELINE_FUSE_FUSE_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dateline/event.h"

namespace dateline {

// The days an event's date covers, as DateValue::DayIndex values: one day,
// a month or a year. False when the event has no date.
bool EventDayRange(const Event& ev, int64_t* first, int64_t* last);

struct FusionMatch {
  bool same = false;
  int score = 0;           // higher is a better match among candidates
  std::string reason;      // why they were merged, or why not
};

// Whether `incoming` reports the incident `stored` records.
FusionMatch MatchEvents(const Event& stored, const Event& incoming);

// Adds the report `incoming` to `stored`: its sources appended, counts
// revised per EVENTS.md (best the highest credible report, min the highest
// lower bound), every count it gives recorded as a revision, a finer date
// or place taken, actors joined. Returns what changed, one line a change
// ("killed 115 -> 130", "date 2024-03 -> 2024-03-22"); empty if nothing
// but the sources did.
std::vector<std::string> MergeEvent(const Event& incoming, Event* stored);

}  // namespace dateline

#endif  // DATELINE_FUSE_FUSE_H_
