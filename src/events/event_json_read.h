// Copyright 2026 The Dateline Authors.
//
// Reads one event record (spec/EVENTS.md) back from JSON: the inverse of
// AppendEventJson (event_json.h). Whatever AppendEventJson writes reads
// back to an Event that writes the same bytes again.
//
// The reader is lenient where the record may be short (a field missing or
// null is "not known": an empty string, an absent optional, an empty list;
// unknown keys are ignored, so newer writers stay readable) and strict about
// everything else: malformed JSON, a value of the wrong type, a key given
// twice, a negative count, a coordinate off the globe, an unknown count kind
// in a revision, a revision's "source" that is not an index into "sources".
// The error names the field: `corrupt: revisions[2].source: 3 is not an
// index into "sources" (2 entries)`.
//
// Tested by event_json_read_test.cc; fuzzed by fuzz/event_json_fuzzer.cc.

#ifndef DATELINE_EVENTS_EVENT_JSON_READ_H_
#define DATELINE_EVENTS_EVENT_JSON_READ_H_

#include <cstddef>
#include <string_view>

#include "dateline/event.h"
#include "dateline/status.h"

namespace dateline {

// The largest record ParseEventJson reads; larger input is a kLimit error.
inline constexpr size_t kMaxEventJsonBytes = size_t{16} << 20;

// Parses one JSON object (surrounding whitespace allowed, nothing else) into
// `*out`. On error returns kCorrupt (kLimit for input over
// kMaxEventJsonBytes) and leaves `*out` as it was. Never throws.
//
// Required: the record is an object; every count object has "best"; every
// revision says which count it revises ("field", or "killed_best" alone as in
// the spec's example), its figure ("best" or "killed_best", equal if both)
// and its "source". A "span" is null or [begin, end] with 0 <= begin <= end.
Status ParseEventJson(std::string_view json, Event* out);

}  // namespace dateline

#endif  // DATELINE_EVENTS_EVENT_JSON_READ_H_
