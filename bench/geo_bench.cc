// Copyright 2026 The Dateline Authors.
//
// The gazetteer: Open() (load time; its resident memory is reported as the
// counters rss_kb_before/after), name lookups per second (ASCII, diacritics,
// Cyrillic, misses), ResolvePlace with hints, and NearestCity. Uses the real
// gazetteer.bin (Gazetteer::OpenDefault: beside this binary, or
// $DATELINE_GAZETTEER); skips with a message without it.
//
//   build/dateline_geo_bench [--benchmark_filter=Lookup]

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "geo/gazetteer.h"
#include "geo/resolve.h"

namespace dateline {
namespace {

long RssKb() {
  FILE* f = std::fopen("/proc/self/status", "r");
  if (!f) return -1;
  char line[256];
  long kb = -1;
  while (std::fgets(line, sizeof line, f)) {
    if (std::strncmp(line, "VmRSS:", 6) == 0) kb = std::atol(line + 6);
  }
  std::fclose(f);
  return kb;
}

const Gazetteer* G(benchmark::State& state) {
  const Gazetteer* g = Gazetteer::Default();
  if (!g) state.SkipWithError(("no gazetteer: " + Gazetteer::DefaultStatus().ToString()).c_str());
  return g;
}

std::string DefaultPath() {
  if (const char* env = std::getenv("DATELINE_GAZETTEER"); env && *env) return env;
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  std::string exe(buf, n > 0 ? static_cast<size_t>(n) : 0);
  return exe.substr(0, exe.rfind('/') + 1) + "gazetteer.bin";
}

void BM_Open(benchmark::State& state, bool verify) {
  std::string path = DefaultPath();
  GazetteerOptions o;
  o.verify_checksum = verify;
  long before = RssKb(), after = before;
  for (auto _ : state) {
    auto g = Gazetteer::Open(path, o);
    if (!g.ok()) {
      state.SkipWithError(g.status().ToString().c_str());
      return;
    }
    after = RssKb();
    benchmark::DoNotOptimize(g.value()->size());
  }
  state.counters["rss_kb_before"] = static_cast<double>(before);
  state.counters["rss_kb_open"] = static_cast<double>(after);
}
BENCHMARK_CAPTURE(BM_Open, verify_checksum, true)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_Open, no_checksum, false)->Unit(benchmark::kMicrosecond);

void BM_Lookup(benchmark::State& state, std::vector<std::string> names) {
  const Gazetteer* g = G(state);
  if (!g) return;
  size_t i = 0, found = 0;
  for (auto _ : state) {
    auto c = g->Lookup(names[i++ % names.size()]);
    found += c.size();
    benchmark::DoNotOptimize(c.data());
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["candidates_per_lookup"] =
      static_cast<double>(found) / static_cast<double>(state.iterations());
}
BENCHMARK_CAPTURE(BM_Lookup, ascii,
                  std::vector<std::string>{"Krasnogorsk", "Kerman", "Yibin", "Gazipur", "Kabul",
                                           "Beslan", "Saint Petersburg", "Springfield",
                                           "Dhaka", "Riyadh"});
BENCHMARK_CAPTURE(BM_Lookup, diacritics,
                  std::vector<std::string>{"Bījāpur", "São Paulo", "Zürich", "Kraków", "Malmö"});
BENCHMARK_CAPTURE(BM_Lookup, cyrillic,
                  std::vector<std::string>{"Красногорск", "Москва", "Грозный"});
BENCHMARK_CAPTURE(BM_Lookup, miss,
                  std::vector<std::string>{"Qwertzuiop", "Crocus City Hall", "Xyzzy"});

void BM_Resolve(benchmark::State& state) {
  const Gazetteer* g = G(state);
  if (!g) return;
  struct Q {
    const char* name;
    PlaceHints hints;
  };
  // (Set by name: PlaceHints has grown fields since this was written.)
  auto hints = [](std::string_view container, std::string_view country,
                  std::string_view feature) {
    PlaceHints h;
    h.container = container;
    h.country = country;
    h.feature = feature;
    return h;
  };
  const Q qs[] = {{"Krasnogorsk", hints("Moscow", "", "suburb")},
                  {"Bijapur", hints("Chhattisgarh", "", "district")},
                  {"St. Petersburg", hints("", "Russia", "")},
                  {"Kerman", hints("Iranian", "", "city")},
                  {"Gazipur", hints("Dhaka", "", "district")}};
  size_t i = 0;
  for (auto _ : state) {
    const Q& q = qs[i++ % std::size(qs)];
    PlaceResolution r;
    benchmark::DoNotOptimize(ResolvePlace(*g, q.name, q.hints, &r));
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_Resolve);

void BM_NearestCity(benchmark::State& state) {
  const Gazetteer* g = G(state);
  if (!g) return;
  double lat = -60, lon = -180;
  for (auto _ : state) {
    GeoPlace p;
    benchmark::DoNotOptimize(g->NearestCity(lat, lon, 50, &p));
    lat += 7.3;
    lon += 13.7;
    if (lat > 70) lat -= 130;
    if (lon > 180) lon -= 360;
  }
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_NearestCity);

}  // namespace
}  // namespace dateline

BENCHMARK_MAIN();
