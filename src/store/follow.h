// Copyright 2026 The Dateline Authors.
//
// Follows: which events a standing question matches. Every criterion a
// follow sets must hold (an actor, a place within a radius, a country,
// types, a minimum toll). Tested by follow_test.cc.

#ifndef DATELINE_STORE_FOLLOW_H_
#define DATELINE_STORE_FOLLOW_H_

#include <string>

#include "dateline/event.h"
#include "dateline/status.h"
#include "dateline/store.h"

namespace dateline {

// Fills `f->lat`, `f->lon` (and keeps `f->place`) from the gazetteer when
// a place is named and no coordinates are given: "Moscow" is the city;
// "LAT,LON" is taken as written. An unknown place is an error, not a
// follow that never fires.
Status ResolveFollowPlace(Follow* f);

// Whether `ev` is what `f` asks about.
bool FollowMatches(const Follow& f, const Event& ev);

}  // namespace dateline

#endif  // DATELINE_STORE_FOLLOW_H_
