// Copyright 2026 The Dateline Authors.
//
// The event record as JSON (spec/EVENTS.md), one object per event.

#ifndef DATELINE_EVENTS_EVENT_JSON_H_
#define DATELINE_EVENTS_EVENT_JSON_H_

#include <string>

#include "dateline/event.h"

namespace dateline {

// Appends `ev` as one JSON object (no trailing newline).
void AppendEventJson(const Event& ev, std::string* out);

}  // namespace dateline

#endif  // DATELINE_EVENTS_EVENT_JSON_H_
