// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for casualty frames: FindCasualties and
// IsAggregateFrame on arbitrary bytes (one clause). Checks their contracts
// and traps on a violation:
//   - every frame's span lies within the clause and is non-empty;
//   - counts are sane: best >= 0, min <= max when both are given;
//   - the string and TokenizedText forms give the same frames;
//   - the pre-check lets every clause with frames through
//     (FindCasualties non-empty implies MayTellCasualties).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "events/casualties.h"
#include "text/tokenized_text.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 12)) return 0;  // one clause; longer inputs teach nothing new
  std::string_view clause(reinterpret_cast<const char*>(data), size);
  const dateline::TokenizedText tokenized(clause);
  std::vector<dateline::CasualtyFrame> frames = dateline::FindCasualties(tokenized);
  for (const dateline::CasualtyFrame& f : frames) {
    Check(f.span.begin < f.span.end && f.span.end <= size);
    Check(f.count.best >= 0);
    if (f.count.min && f.count.max) Check(*f.count.min <= *f.count.max);
    (void)dateline::IsAggregateFrame(tokenized, f);
  }
  std::vector<dateline::CasualtyFrame> again = dateline::FindCasualties(clause);
  Check(again.size() == frames.size());
  if (!frames.empty()) Check(dateline::MayTellCasualties(clause));
  return 0;
}
