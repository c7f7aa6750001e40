// Copyright 2026 The Dateline Authors.
//
// Numbers as news writes them, and quantity phrases with their bounds.
//
//   ParseNumberAt: "1,200" "115" "two" "thirty-one" "one hundred and twenty"
//   "a dozen" "dozens" "scores" "hundreds" "tens of thousands" "a handful"
//   "1.5 million" "five million"
//
//   FindQuantities: the number plus its bound words, mapped to
//   {best, min, max} by the rules of spec/EVENTS.md:
//     "115", "killing 115"             min 115  max 115   best 115
//     "at least 115", "115 or more"    min 115  max null  best 115
//     "more than 100", "over 100"      min 101  max null  best 100
//     "nearly 30", "almost 30", "up to 30"   min null max 30  best 30
//     "about/around/some/roughly 287"  min null max null  best 287
//     "a dozen"                        min null max null  best 12
//     "tens", "dozens", "scores", "hundreds", "thousands"
//                                      min = best = 10, 12, 20, 100, 1000
//     "several" (which EVENTS.md does not list): read the same way,
//                                      min = best = 3
//
// Tested by numbers_test.cc; fuzzed by fuzz/numbers_fuzzer.cc.

#ifndef DATELINE_TEXT_NUMBERS_H_
#define DATELINE_TEXT_NUMBERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"

namespace dateline {

// Values are capped; larger numbers are not casualty counts.
constexpr int64_t kMaxQuantity = 1'000'000'000;

struct NumberMatch {
  int64_t value = 0;
  size_t length = 0;   // bytes consumed from pos
  bool vague = false;  // "dozens", "scores", "hundreds": a plural of a round number
  bool word = false;   // written in words ("two") rather than digits
  bool rough = false;  // "a dozen", "a few", "a handful", "two dozen", "several
                       // hundred": a best guess with no bounds
};

// Parses the number that starts exactly at `pos` (at a word boundary).
bool ParseNumberAt(std::string_view text, size_t pos, NumberMatch* out);

struct Quantity {
  TextSpan span;        // the whole phrase, bound words included
  int64_t best = 0;
  int64_t min = -1;     // -1: null
  int64_t max = -1;     // -1: null
  bool vague = false;
  std::string text;     // the phrase as written ("at least 115")
};

// Every quantity phrase in `text`, in order. Years standing as years ("in
// 2022", "October 2002") and times, ordinals, percentages, money, ages
// ("77-year-old") and measures ("65 kilometers") are not quantities.
std::vector<Quantity> FindQuantities(std::string_view text);

}  // namespace dateline

#endif  // DATELINE_TEXT_NUMBERS_H_
