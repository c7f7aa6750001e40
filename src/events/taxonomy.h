// Copyright 2026 The Dateline Authors.
//
// The event types and subtypes of spec/EVENTS.md, for checking what users
// ask for ("--type battles" is "Battles").

#ifndef DATELINE_EVENTS_TAXONOMY_H_
#define DATELINE_EVENTS_TAXONOMY_H_

#include <string>
#include <string_view>
#include <vector>

namespace dateline {

struct EventTypeInfo {
  std::string_view type;
  std::vector<std::string_view> subtypes;
};

// The eight types, in EVENTS.md's order.
const std::vector<EventTypeInfo>& EventTypes();

// The exact name of the type (or subtype) `name` is, ignoring ASCII case;
// "" if none is.
std::string CanonicalType(std::string_view name);
std::string CanonicalSubtype(std::string_view name);

}  // namespace dateline

#endif  // DATELINE_EVENTS_TAXONOMY_H_
