// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the event record's reader: any bytes. Whatever
// ParseEventJson accepts must write (AppendEventJson) to JSON that it
// accepts again and that writes back to the very same bytes; a rejection
// must say why. Anything else traps.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dateline/event.h"
#include "dateline/status.h"
#include "events/event_json.h"
#include "events/event_json_read.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;  // records, not archives
  std::string_view json(reinterpret_cast<const char*>(data), size);
  dateline::Event ev;
  dateline::Status st = dateline::ParseEventJson(json, &ev);
  if (!st.ok()) {
    if (st.message().empty()) __builtin_trap();
    return 0;
  }
  std::string first;
  dateline::AppendEventJson(ev, &first);
  dateline::Event again;
  if (!dateline::ParseEventJson(first, &again).ok()) __builtin_trap();
  std::string second;
  dateline::AppendEventJson(again, &second);
  if (first != second) __builtin_trap();
  return 0;
}
