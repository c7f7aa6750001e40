// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the text layer: FindQuantities, SplitSentences and
// Tokenize on arbitrary bytes (valid UTF-8 or not: ingest repairs text, but
// these functions must not depend on it). Checks their contracts and traps
// on a violation:
//   - every span lies within the input and is non-empty;
//   - sentences, tokens and quantities come in order without overlap;
//   - a sentence is trimmed; a quantity's text is its span;
//   - best <= max, min <= max, best >= min - 1 (the "more than 100" row:
//     min 101, best 100), all within [0, kMaxQuantity].

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/numbers.h"
#include "text/sentences.h"
#include "util/strings.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 16)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);

  size_t prev = 0;
  for (const dateline::TextSpan& s : dateline::SplitSentences(text)) {
    Check(s.begin < s.end && s.end <= size && prev <= s.begin);
    std::string_view sv = s.Of(text);
    Check(dateline::TrimView(sv).size() == sv.size());
    prev = s.end;
  }

  prev = 0;
  for (const dateline::Token& t : dateline::Tokenize(text)) {
    Check(t.span.begin < t.span.end && t.span.end <= size && prev <= t.span.begin);
    prev = t.span.end;
  }

  prev = 0;
  for (const dateline::Quantity& q : dateline::FindQuantities(text)) {
    Check(q.span.begin < q.span.end && q.span.end <= size && prev <= q.span.begin);
    Check(q.text == q.span.Of(text));
    Check(q.best >= 0 && q.best <= dateline::kMaxQuantity);
    if (q.max >= 0) Check(q.best <= q.max && q.max <= dateline::kMaxQuantity);
    if (q.min >= 0) Check(q.best + 1 >= q.min && q.min <= dateline::kMaxQuantity + 1);
    if (q.min >= 0 && q.max >= 0) Check(q.min <= q.max);
    Check(q.min >= -1 && q.max >= -1);
    prev = q.span.end;
  }

  // ParseNumberAt at every offset must stay within the input.
  for (size_t pos = 0; pos < size && pos < 4096; ++pos) {
    dateline::NumberMatch m;
    if (dateline::ParseNumberAt(text, pos, &m)) {
      Check(m.length > 0 && pos + m.length <= size);
      Check(m.value >= 0 && m.value <= dateline::kMaxQuantity);
    }
  }
  return 0;
}
