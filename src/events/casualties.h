// Copyright 2026 The Dateline Authors.
//
// Casualty frames: a quantity tied to what happened to the people it
// counts — killed, injured, missing, taken hostage, arrested.
//
//   active     "killing 115", "killed at least nine troops", "wounding scores"
//   passive    "at least 19 people were killed", "28 people are missing"
//   adjectival "one dead, dozens missing", "912 hostages"
//   nominal    "the death toll rose to 30", "the deaths of 100 people"
//   groups     "31 Maoist rebels and two Indian commandos were killed" -> 33
//              with groups [{Maoist rebels, 31}, {Indian commandos, 2}]
//
// A quantity that is the agent ("Two suicide bombers ... killed 40
// people": two is not a toll) or a subset ("among them 13 US personnel")
// is not a frame. Aggregates over a period or a whole conflict ("have been
// killed in the decades-long insurgency", "in the past year") are flagged.
// Tested by casualties_test.cc.

#ifndef DATELINE_EVENTS_CASUALTIES_H_
#define DATELINE_EVENTS_CASUALTIES_H_

#include <string_view>
#include <vector>

#include "dateline/event.h"
#include "text/numbers.h"
#include "text/sentences.h"
#include "text/tokenized_text.h"

namespace dateline {

struct CasualtyFrame {
  CountKind kind = CountKind::kKilled;
  Count count;
  TextSpan span;  // in the clause
};

// The frames of `clause`, in order. The TokenizedText form reads a clause
// that other passes tokenized already; the two give the same frames.
std::vector<CasualtyFrame> FindCasualties(std::string_view clause);
std::vector<CasualtyFrame> FindCasualties(const TokenizedText& clause);

// A fast, conservative pre-check: false only if no clause of `text` can
// hold a frame, because none of the words frames are built on ("killed",
// "wounded", "toll", "bodies", "lost his life", ...) occurs in it, by their
// stems and ignoring case. Lets callers skip the sentences of a story that
// tell no toll. Invariant (checked by casualties_fuzzer.cc and the tests):
// FindCasualties(text) non-empty implies MayTellCasualties(text).
bool MayTellCasualties(std::string_view text);

// True if frame `f` of `clause` is a total over a period or a whole
// conflict rather than an incident's toll.
bool IsAggregateFrame(std::string_view clause, const CasualtyFrame& f);
bool IsAggregateFrame(const TokenizedText& clause, const CasualtyFrame& f);

// True if any frame of `clause` is an aggregate.
bool IsAggregateClause(std::string_view clause);

}  // namespace dateline

#endif  // DATELINE_EVENTS_CASUALTIES_H_
