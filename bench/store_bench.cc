// Copyright 2026 The Dateline Authors.
//
// Query latency of the store on 100,000 events, for each filter of
// `dateline events` (issue 5). The events are made from the dev records:
// every record of ../shared/dev/records/*.docs.jsonl is extracted once, and
// the resulting ~5,400 events are stored again and again with their dates
// moved by whole weeks and their ids changed, until there are 100,000 (a
// database of about ten years of such incidents). Building it is not timed.
//
// Each benchmark runs one query shape (as `dateline events` builds it,
// records parsed back into Events) and reports p50 and p99 latency in
// microseconds beside Google Benchmark's mean, and the rows returned.
//
// The data directory is DATELINE_SHARED_DIR if set, else ../shared beside
// the source tree; DATELINE_BENCH_EVENTS changes the 100,000;
// DATELINE_BENCH_DB=PATH keeps the database (for EXPLAIN QUERY PLAN).
//
//   cmake --build build --target dateline_store_bench && build/dateline_store_bench

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "article/extract.h"
#include "dateline/store.h"
#include "events/extract_events.h"
#include "ingest/ingest.h"
#include "store/sqlite_store.h"
#include "text/dates.h"

namespace {

namespace fs = std::filesystem;
using dateline::Event;
using dateline::EventQuery;

fs::path SharedDir() {
  if (const char* env = std::getenv("DATELINE_SHARED_DIR")) return env;
  return fs::path(DATELINE_SOURCE_DIR) / ".." / "shared";
}

class Collector : public dateline::DocumentSink {
 public:
  void OnDocument(dateline::Document doc) override { docs.push_back(std::move(doc)); }
  void OnError(std::string_view, const dateline::Status&) override {}
  std::vector<dateline::Document> docs;
};

struct Db {
  std::unique_ptr<dateline::Store> store;
  std::string path;
  size_t events = 0;
  std::string error;
};

Db& Database() {
  static Db* db = [] {
    auto* d = new Db;
    fs::path dev = SharedDir() / "dev" / "records";
    std::vector<std::string> inputs;
    for (const char* set : {"pitf-2013-2015.docs.jsonl", "wikipedia-2018-2019.docs.jsonl"}) {
      if (fs::exists(dev / set)) inputs.push_back((dev / set).string());
    }
    if (inputs.empty()) {
      d->error = "no dev records under " + dev.string();
      return d;
    }
    Collector c;
    dateline::IngestPaths(inputs, dateline::IngestLimits(), &c);
    std::vector<Event> base;
    dateline::ArticleOptions options;
    options.detect_language = false;
    for (const dateline::Document& doc : c.docs) {
      std::vector<dateline::Article> arts;
      if (!dateline::ExtractArticles(doc, options, &arts).ok()) continue;
      dateline::ExtractEvents(doc, arts, &base);
    }
    size_t want = 100000;
    if (const char* n = std::getenv("DATELINE_BENCH_EVENTS")) want = std::strtoul(n, nullptr, 10);
    d->path =
        (fs::temp_directory_path() / ("dateline_store_bench_" + std::to_string(getpid()) + ".db"))
            .string();
    // DATELINE_BENCH_DB=PATH writes (and keeps) the database there.
    if (const char* keep = std::getenv("DATELINE_BENCH_DB")) d->path = keep;
    fs::remove(d->path);
    auto s = dateline::OpenSqliteStore(d->path);
    if (!s.ok()) {
      d->error = s.status().ToString();
      return d;
    }
    d->store = std::move(*s);
    dateline::EventChange change;
    change.action = "created";
    change.reason = "bench";
    d->store->Begin();
    for (size_t i = 0; i < want && !base.empty(); ++i) {
      Event ev = base[i % base.size()];
      int copy = static_cast<int>(i / base.size());
      ev.id = "ev_b" + std::to_string(i);
      dateline::DateValue v = dateline::DateValue::FromIso(ev.date);
      if (v.precision == dateline::DatePrecision::kDay) ev.date = v.AddDays(-7 * copy).Iso();
      // Ingest times spread over 100 hours, for --changed-since.
      char at[32];
      std::snprintf(at, sizeof at, "2026-11-%02dT%02d:00:00Z", 1 + static_cast<int>(i % 100) / 24,
                    static_cast<int>(i % 100) % 24);
      change.at = at;
      change.doc = ev.sources.empty() ? "" : ev.sources[0].doc;
      dateline::Status st = d->store->PutEvent(ev, change, true);
      if (!st.ok()) {
        d->error = st.ToString();
        return d;
      }
      ++d->events;
      if (i % 5000 == 4999) {
        d->store->Commit();
        d->store->Begin();
      }
    }
    d->store->Commit();
    return d;
  }();
  return *db;
}

void RunQuery(benchmark::State& state, const EventQuery& q) {
  Db& db = Database();
  if (!db.error.empty()) {
    state.SkipWithError(db.error.c_str());
    return;
  }
  std::vector<double> us;
  size_t rows = 0;
  for (auto _ : state) {
    auto t0 = std::chrono::steady_clock::now();
    std::vector<Event> out;
    dateline::Status st = db.store->QueryEvents(q, &out);
    auto t1 = std::chrono::steady_clock::now();
    if (!st.ok()) {
      state.SkipWithError(st.ToString().c_str());
      return;
    }
    rows = out.size();
    us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    benchmark::DoNotOptimize(out);
  }
  std::sort(us.begin(), us.end());
  state.counters["p50_us"] = us[us.size() / 2];
  state.counters["p99_us"] = us[std::min(us.size() - 1, us.size() * 99 / 100)];
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["events"] = static_cast<double>(db.events);
}

EventQuery Limited(EventQuery q) {
  if (q.limit == 0) q.limit = 100;
  return q;
}

void BM_Latest100(benchmark::State& s) { RunQuery(s, Limited({})); }
void BM_Country(benchmark::State& s) {
  EventQuery q;
  q.countries = {"IQ"};
  RunQuery(s, Limited(q));
}
void BM_CountrySortKilled(benchmark::State& s) {
  EventQuery q;
  q.countries = {"NG"};
  q.sort = EventQuery::Sort::kKilled;
  RunQuery(s, Limited(q));
}
void BM_Admin1(benchmark::State& s) {
  EventQuery q;
  q.admin1 = "Borno State";
  RunQuery(s, Limited(q));
}
void BM_Near(benchmark::State& s) {
  EventQuery q;
  q.near_lat = 33.34;  // Baghdad
  q.near_lon = 44.40;
  q.near_km = 100;
  RunQuery(s, Limited(q));
}
void BM_Type(benchmark::State& s) {
  EventQuery q;
  q.types = {"Explosions/Remote violence"};
  RunQuery(s, Limited(q));
}
void BM_Subtype(benchmark::State& s) {
  EventQuery q;
  q.subtypes = {"Suicide bomb"};
  RunQuery(s, Limited(q));
}
void BM_Actor(benchmark::State& s) {
  EventQuery q;
  q.actor = "Boko Haram";
  RunQuery(s, Limited(q));
}
void BM_SinceUntil(benchmark::State& s) {
  EventQuery q;
  q.since = "2014-01-01";
  q.until = "2014-03-31";
  RunQuery(s, Limited(q));
}
void BM_MinKilled(benchmark::State& s) {
  EventQuery q;
  q.min_killed = 50;
  q.sort = EventQuery::Sort::kKilled;
  RunQuery(s, Limited(q));
}
void BM_Text(benchmark::State& s) {
  EventQuery q;
  q.text = "market bomb";
  RunQuery(s, Limited(q));
}
void BM_ChangedSince(benchmark::State& s) {
  EventQuery q;
  q.changed_since = "2026-11-05T00:00:00Z";
  RunQuery(s, Limited(q));
}
void BM_Combined(benchmark::State& s) {
  EventQuery q;
  q.countries = {"AF", "PK"};
  q.types = {"Explosions/Remote violence", "Violence against civilians"};
  q.since = "2013";
  q.min_killed = 10;
  q.sort = EventQuery::Sort::kKilled;
  RunQuery(s, Limited(q));
}
void BM_CountryAll(benchmark::State& s) {
  EventQuery q;
  q.countries = {"AF"};  // every row, no limit: the cost of a big export
  RunQuery(s, q);
}

BENCHMARK(BM_Latest100)->Iterations(200);
BENCHMARK(BM_Country)->Iterations(200);
BENCHMARK(BM_CountrySortKilled)->Iterations(200);
BENCHMARK(BM_Admin1)->Iterations(200);
BENCHMARK(BM_Near)->Iterations(200);
BENCHMARK(BM_Type)->Iterations(200);
BENCHMARK(BM_Subtype)->Iterations(200);
BENCHMARK(BM_Actor)->Iterations(200);
BENCHMARK(BM_SinceUntil)->Iterations(200);
BENCHMARK(BM_MinKilled)->Iterations(200);
BENCHMARK(BM_Text)->Iterations(200);
BENCHMARK(BM_ChangedSince)->Iterations(200);
BENCHMARK(BM_Combined)->Iterations(200);
BENCHMARK(BM_CountryAll)->Iterations(20);

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  Db& db = Database();
  if (!db.path.empty() && std::getenv("DATELINE_BENCH_DB") == nullptr) {
    db.store.reset();
    for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db.path + suffix);
  }
  return 0;
}
