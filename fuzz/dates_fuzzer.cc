// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the date finder: any bytes (valid UTF-8 or not),
// against a fixed anchor. Every mention must lie inside the input, in
// order without overlap, carry its own text, and hold a real date at its
// precision; anything else traps.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/dates.h"

namespace {

bool ValidValue(const dateline::DateValue& v) {
  using dateline::DatePrecision;
  if (v.year < 1 || v.year > 9999) return false;
  switch (v.precision) {
    case DatePrecision::kYear:
      return true;
    case DatePrecision::kMonth:
      return v.month >= 1 && v.month <= 12;
    case DatePrecision::kDay:
      return v.month >= 1 && v.month <= 12 && v.day >= 1 &&
             v.day <= dateline::MonthLength(v.year, v.month);
    default:
      return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;  // sentences, not books
  static const dateline::DateValue anchor = dateline::DateValue::FromIso("2025-02-09");
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<dateline::DateMention> got = dateline::FindDates(text, anchor);
  size_t prev_end = 0;
  for (const dateline::DateMention& d : got) {
    if (d.span.begin >= d.span.end || d.span.end > size || d.span.begin < prev_end) __builtin_trap();
    if (d.text != d.span.Of(text)) __builtin_trap();
    if (!ValidValue(d.value)) __builtin_trap();
    if (dateline::DateValue::FromIso(d.value.Iso()).Iso() != d.value.Iso()) __builtin_trap();
    prev_end = d.span.end;
  }
  // The pre-check never turns away a text with dates.
  if (!got.empty() && !dateline::MayNameADate(text)) __builtin_trap();
  return 0;
}
