// Copyright 2026 The Dateline Authors.
//
// Throughput of the text -> events path, ExtractArticles + ExtractEvents,
// on real inputs: (a) the seed page, once per iteration, and (b) each
// ../shared/dev/records/*.docs.jsonl, every record once per iteration.
// Inputs are read and ingested (JSON Lines decoded into Documents) before
// timing starts; what is timed is what `dateline extract` does per
// document, minus ingest and JSON output. Reported: bytes/s of article
// text (the documents' bodies: the page, or the records' "text"), items/s
// in documents, and events per document. The whole path must keep
// >= 10 MB/s per core (issue 3); bench/events_throughput.sh measures the
// CLI end to end.
//
// The data directory is DATELINE_SHARED_DIR if set, else ../shared beside
// the source tree; without it every benchmark is skipped with a message.
//
//   cmake --build build --target dateline_events_bench && build/dateline_events_bench

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "article/extract.h"
#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/event.h"
#include "events/extract_events.h"
#include "ingest/ingest.h"

namespace {

namespace fs = std::filesystem;

fs::path SharedDir() {
  if (const char* env = std::getenv("DATELINE_SHARED_DIR")) return env;
  return fs::path(DATELINE_SOURCE_DIR) / ".." / "shared";
}

// Collects the documents of one input; counts the inputs it could not read.
class Collector : public dateline::DocumentSink {
 public:
  void OnDocument(dateline::Document doc) override { docs.push_back(std::move(doc)); }
  void OnError(std::string_view, const dateline::Status&) override { ++errors; }

  std::vector<dateline::Document> docs;
  int errors = 0;
};

struct Corpus {
  std::vector<dateline::Document> docs;
  size_t text_bytes = 0;
};

Corpus Load(const fs::path& path) {
  Collector c;
  dateline::IngestPaths({path.string()}, dateline::IngestLimits(), &c);
  Corpus corpus;
  corpus.docs = std::move(c.docs);
  for (const auto& d : corpus.docs) corpus.text_bytes += d.body.size();
  return corpus;
}

// One pass of the path over every document; returns the number of events.
size_t ExtractAll(const Corpus& corpus, const dateline::ArticleOptions& options) {
  size_t events = 0;
  std::vector<dateline::Article> articles;
  std::vector<dateline::Event> out;
  for (const dateline::Document& doc : corpus.docs) {
    articles.clear();
    out.clear();
    if (!dateline::ExtractArticles(doc, options, &articles).ok()) continue;
    if (!dateline::ExtractEvents(doc, articles, &out).ok()) continue;
    events += out.size();
    benchmark::DoNotOptimize(out.data());
  }
  return events;
}

void BM_Events(benchmark::State& state, const Corpus* corpus) {
  dateline::ArticleOptions options;
  options.detect_language = false;  // as `dateline extract`: events carry no language
  size_t events = ExtractAll(*corpus, options);  // warm-up: lexicons, gazetteer
  for (auto _ : state) {
    events = ExtractAll(*corpus, options);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus->text_bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * corpus->docs.size()));
  state.counters["docs"] = static_cast<double>(corpus->docs.size());
  state.counters["events/doc"] =
      static_cast<double>(events) / std::max<size_t>(1, corpus->docs.size());
}

void BM_Skipped(benchmark::State& state, const std::string* why) {
  state.SkipWithError(why->c_str());
  for (auto _ : state) {
  }
}

// Registers one benchmark per input found; corpora live until exit.
void RegisterAll() {
  const fs::path shared = SharedDir();
  const fs::path seed = shared / "seed" / "000_bec592340a15c483.txt";
  const fs::path records = shared / "dev" / "records";
  std::error_code ec;
  if (!fs::exists(seed, ec) || !fs::is_directory(records, ec)) {
    auto* why = new std::string("no " + shared.string() +
                                " (seed/ and dev/records/); set DATELINE_SHARED_DIR");
    benchmark::RegisterBenchmark("BM_Events/no_shared_data", BM_Skipped, why);
    return;
  }
  std::vector<std::pair<std::string, fs::path>> inputs = {{"seed_page", seed}};
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(records, ec)) {
    const std::string name = e.path().filename().string();
    if (name.size() > 11 && name.ends_with(".docs.jsonl")) files.push_back(e.path());
  }
  std::sort(files.begin(), files.end());
  for (const fs::path& f : files) {
    std::string name = f.filename().string();
    inputs.emplace_back(name.substr(0, name.size() - 11), f);
  }
  for (const auto& [name, path] : inputs) {
    auto* corpus = new Corpus(Load(path));
    if (corpus->docs.empty()) {
      auto* why = new std::string("no documents in " + path.string());
      benchmark::RegisterBenchmark(("BM_Events/" + name).c_str(), BM_Skipped, why);
      continue;
    }
    benchmark::RegisterBenchmark(("BM_Events/" + name).c_str(), BM_Events, corpus)
        ->Unit(benchmark::kMillisecond);
  }
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  RegisterAll();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
