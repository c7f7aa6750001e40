// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the lexicons' matching on arbitrary UTF-8 text
// (the extractor only ever scans valid UTF-8; other inputs are skipped).
// Traps on a violation of:
//   - every trigger and actor hit lies within the text and is non-empty,
//     and hits come sorted by begin;
//   - a scan's slice gives the lexicon's Find of the slice (LexiconScan's
//     promise, which rests on the patterns asserting nothing but \b).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "events/lexicon.h"
#include "util/utf8.h"

namespace {

void Check(bool ok) {
  if (!ok) __builtin_trap();
}

template <typename Hit>
bool SameHits(const std::vector<Hit>& a, const std::vector<Hit>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 14)) return 0;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!dateline::IsValidUtf8(text)) return 0;
  const dateline::TriggerLexicon& triggers = dateline::TriggerLexicon::Default();
  const dateline::ActorLexicon& actors = dateline::ActorLexicon::Default();

  std::vector<dateline::TriggerHit> hits = triggers.Find(text);
  for (size_t i = 0; i < hits.size(); ++i) {
    Check(hits[i].begin < hits[i].end && hits[i].end <= size);
    if (i > 0) Check(hits[i - 1].begin <= hits[i].begin);
  }
  for (const dateline::ActorHit& h : actors.Find(text)) {
    Check(h.begin < h.end && h.end <= size);
  }

  // A slice at character boundaries: its first and last thirds.
  size_t cut = size / 3;
  while (cut < size && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) ++cut;
  dateline::TriggerScan scan(triggers, text);
  Check(SameHits(scan.Find(0, cut), triggers.Find(text.substr(0, cut))));
  Check(SameHits(scan.Find(cut, size), triggers.Find(text.substr(cut))));
  dateline::ActorScan actor_scan(actors, text);
  Check(SameHits(actor_scan.Find(0, cut), actors.Find(text.substr(0, cut))));
  Check(SameHits(actor_scan.Find(cut, size), actors.Find(text.substr(cut))));
  return 0;
}
