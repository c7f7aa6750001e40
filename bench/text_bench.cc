// Copyright 2026 The Dateline Authors.
//
// Throughput of the text layer: SplitSentences, Tokenize and FindQuantities
// over ~1 MB of generated news-like English (fixed seed, so runs compare).
// The whole text -> events path must keep >= 10 MB/s per core; these are
// its first steps and should be far above that.
//
//   cmake --build build --target dateline_text_bench && build/dateline_text_bench

#include <benchmark/benchmark.h>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "text/numbers.h"
#include "text/sentences.h"

namespace {

// Sentences with slots: {N} a number, {W} a number word, {B} a bound.
const char* const kTemplates[] = {
    "Gunmen opened fire at a concert hall in the Moscow suburb of Krasnogorsk on Friday, "
    "killing {N} people and wounding {B} {N}.",
    "Lt. Col. Ivan Petrov told reporters at 10 p.m. local time that {W} soldiers were missing.",
    "\xE2\x80\x9CWe heard the shots and then the roof came down,\xE2\x80\x9D said Maria Lopez, "
    "a 34-year-old teacher.",
    "More than 10,000 people have been killed in the decades-long insurgency since 2009.",
    "The U.S. State Department said {B} {N} civilians had fled across the border in Aug. 2021.",
    "Police in Bijapur district said {W} Maoists and {W} Indian soldiers died in a clash "
    "that lasted three hours.",
    "Dozens were injured and hundreds more were evacuated from the building, which is 65 "
    "kilometers from the capital.",
    "The death toll rose to {N} on Saturday, the Interior Ministry said in a statement.",
    "Tens of thousands of people marched through the city on March 22, 2024, demanding "
    "answers.",
    "Officials estimated damage at $5 million, or 3.5% of the provincial budget.",
    "An F-16 jet crashed near Route 66; the pilot, aged 41, ejected safely.",
    "A landslide buried {B} {N} homes in Jinping village in the city of Yibin.",
    "Sundarraj P., the inspector general of police, said the operation was continuing.",
};

const char* const kBounds[] = {"at least", "more than", "nearly", "about", "up to", "some",
                               "an estimated", "over"};
const char* const kWords[] = {"two", "thirty-one", "a dozen", "one hundred and twenty",
                              "seven", "eleven", "forty-five", "a handful of"};

std::string MakeText(size_t target) {
  std::mt19937 rng(42);
  std::string out;
  out.reserve(target + 512);
  size_t in_para = 0;
  while (out.size() < target) {
    const char* t = kTemplates[rng() % std::size(kTemplates)];
    for (const char* p = t; *p != '\0'; ++p) {
      if (p[0] == '{' && p[2] == '}') {
        switch (p[1]) {
          case 'N': out += std::to_string(1 + rng() % 3000); break;
          case 'W': out += kWords[rng() % std::size(kWords)]; break;
          case 'B': out += kBounds[rng() % std::size(kBounds)]; break;
        }
        p += 2;
        continue;
      }
      out += *p;
    }
    if (++in_para == 4) {
      out += "\n\n";
      in_para = 0;
    } else {
      out += ' ';
    }
  }
  return out;
}

const std::string& Text() {
  static const std::string text = MakeText(1 << 20);
  return text;
}

void BM_SplitSentences(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) {
    auto s = dateline::SplitSentences(text);
    benchmark::DoNotOptimize(s.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) {
    auto t = dateline::Tokenize(text);
    benchmark::DoNotOptimize(t.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_FindQuantities(benchmark::State& state) {
  const std::string& text = Text();
  for (auto _ : state) {
    auto q = dateline::FindQuantities(text);
    benchmark::DoNotOptimize(q.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}
BENCHMARK(BM_FindQuantities)->Unit(benchmark::kMillisecond);

// What the events layer does: sentences, then quantities per sentence.
void BM_SentencesThenQuantities(benchmark::State& state) {
  const std::string& text = Text();
  std::string_view view(text);
  size_t found = 0;
  for (auto _ : state) {
    for (const dateline::TextSpan& s : dateline::SplitSentences(view)) {
      found += dateline::FindQuantities(s.Of(view)).size();
    }
  }
  benchmark::DoNotOptimize(found);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * text.size());
}
BENCHMARK(BM_SentencesThenQuantities)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
