// Copyright 2026 The Dateline Authors.
//
// dateline ingest PATH... [--db PATH] [--no-fuse] [--threads N] [--batch N] [--quiet]
// Everything `extract` reads, into the database: documents, articles and
// events, each event merged into a stored one that reports the same
// incident. A progress line on a terminal, a summary at the end, and the
// alerts of the follows the new and updated events match.

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>

#include "cli/commands.h"
#include "dateline/store.h"
#include "store/ingester.h"

namespace dateline::cli {

namespace {

// The bytes of the inputs, for the ETA; 0 when unknown (stdin, or
// compressed input, whose text is larger than its bytes).
uint64_t InputBytes(const std::vector<std::string>& paths) {
  uint64_t total = 0;
  auto add = [&](const std::filesystem::path& p) -> bool {
    FILE* f = std::fopen(p.c_str(), "rb");
    if (f == nullptr) return true;
    unsigned char magic[2] = {0, 0};
    size_t n = std::fread(magic, 1, 2, f);
    std::fclose(f);
    if (n == 2 && magic[0] == 0x1f && magic[1] == 0x8b) return false;
    std::error_code ec;
    total += std::filesystem::file_size(p, ec);
    return true;
  };
  for (const std::string& path : paths) {
    if (path == "-") return 0;
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
      for (auto it = std::filesystem::recursive_directory_iterator(path, ec);
           !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec) && !add(it->path())) return 0;
      }
    } else if (!add(path)) {
      return 0;
    }
  }
  return total;
}

class IngestSink : public ReportingSink {
 public:
  IngestSink(Ingester* ingester) : ingester_(ingester) {}
  void OnDocument(Document doc) override {
    if (!store_error_.ok()) return;
    store_error_ = ingester_->Add(std::move(doc));
  }
  const Status& store_error() const { return store_error_; }

 private:
  Ingester* ingester_;
  Status store_error_;
};

std::string Duration(double seconds) {
  int s = static_cast<int>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof buf, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%d:%02d", s / 60, s % 60);
  }
  return buf;
}

}  // namespace

int RunIngest(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"db", "threads", "batch"}, {"no-fuse", "quiet"});
  if (!p.error.empty()) {
    PrintError("ingest: " + p.error);
    return 2;
  }
  if (p.positional.empty()) {
    PrintError("ingest: no input; give PATH... or - for stdin");
    return 2;
  }
  IngestOptions options;
  options.fuse = !p.Has("no-fuse");
  if (p.Has("threads")) {
    options.threads = std::atoi(p.Get("threads").c_str());
    if (options.threads < 1 || options.threads > 256) {
      PrintError("ingest: --threads wants a number from 1 to 256");
      return 2;
    }
  }
  if (p.Has("batch")) {
    int b = std::atoi(p.Get("batch").c_str());
    if (b < 1 || b > 100000) {
      PrintError("ingest: --batch wants a number of documents from 1 to 100000");
      return 2;
    }
    options.batch_documents = static_cast<size_t>(b);
  }
  std::string location = DefaultStoreLocation(p.Get("db"));
  Result<std::unique_ptr<Store>> store = Store::Open(location);
  if (!store.ok()) {
    PrintError("ingest: " + store.status().ToString());
    return 1;
  }
  Ingester ingester(store->get(), options);
  long long alerts = 0;
  ingester.on_error = [](const std::string& doc, const Status& st) {
    std::fprintf(stderr, "dateline: %s: %s\n", doc.c_str(), st.ToString().c_str());
  };
  ingester.on_alert = [&alerts](const Alert& a) {
    ++alerts;
    std::printf("alert  follow %lld  %s  %s\n", static_cast<long long>(a.follow), a.action.c_str(),
                a.what.c_str());
  };
  bool progress = !p.Has("quiet") && isatty(STDERR_FILENO);
  uint64_t total = progress ? InputBytes(p.positional) : 0;
  auto start = std::chrono::steady_clock::now();
  auto elapsed = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  if (progress) {
    ingester.on_batch = [&](const IngestStats& s) {
      double t = elapsed();
      double mbps = t > 0 ? static_cast<double>(s.bytes) / 1e6 / t : 0;
      std::string eta = "?";
      if (total > 0 && s.bytes > 0) {
        double left = static_cast<double>(total) - static_cast<double>(s.bytes);
        eta = Duration(left > 0 ? t * left / static_cast<double>(s.bytes) : 0);
      }
      std::fprintf(stderr, "\r\033[K%lld docs  %.2f MB/s  %lld events (+%lld merged)  ETA %s",
                   static_cast<long long>(s.documents), mbps, static_cast<long long>(s.events_new),
                   static_cast<long long>(s.events_merged), eta.c_str());
      std::fflush(stderr);
    };
  }
  IngestSink sink(&ingester);
  IngestPaths(p.positional, IngestLimits(), &sink);
  Status st = sink.store_error();
  if (st.ok()) st = ingester.Flush();
  if (progress) std::fprintf(stderr, "\r\033[K");
  if (!st.ok()) {
    PrintError("ingest: " + location + ": " + st.ToString() +
               " (the batch in progress was not stored; rerun to complete)");
    return 1;
  }
  const IngestStats& s = ingester.stats();
  double t = elapsed();
  Result<StoreStats> totals = (*store)->Stats();
  std::fprintf(
      stderr,
      "ingested %lld documents: %lld new, %lld already stored, %lld failed\n"
      "events: %lld new, %lld reports merged into stored events; %lld alerts\n"
      "%.1f MB in %.1f s (%.2f MB/s, %.0f docs/s)\n",
      static_cast<long long>(s.documents), static_cast<long long>(s.stored),
      static_cast<long long>(s.duplicates), static_cast<long long>(s.failed + sink.failed()),
      static_cast<long long>(s.events_new), static_cast<long long>(s.events_merged), alerts,
      static_cast<double>(s.bytes) / 1e6, t, t > 0 ? static_cast<double>(s.bytes) / 1e6 / t : 0.0,
      t > 0 ? static_cast<double>(s.documents) / t : 0.0);
  if (totals.ok()) {
    std::fprintf(stderr, "database %s: %lld documents, %lld events, %lld merges\n",
                 location.c_str(), static_cast<long long>(totals->documents),
                 static_cast<long long>(totals->events), static_cast<long long>(totals->merges));
  }
  std::fflush(stdout);
  return s.failed + sink.failed() > 0 ? 1 : 0;
}

}  // namespace dateline::cli
