// Copyright 2026 The Dateline Authors.
//
// dateline publish --nats URL --stream NAME [--replicas N] PATH...
// dateline worker --nats URL --stream NAME [--db URL|PATH] [--durable NAME]
//                 [--batch N] [--ack-wait SECONDS] [--exit-when-idle SECONDS]
// Scale-out over NATS JetStream (queue/jetstream.h): publish documents to a
// stream, and run any number of workers that ingest them into one store.

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "cli/commands.h"
#include "dateline/store.h"
#include "queue/jetstream.h"

namespace dateline::cli {

namespace {

volatile std::sig_atomic_t g_stop = 0;
void OnStop(int) { g_stop = 1; }

class PublishSink : public ReportingSink {
 public:
  explicit PublishSink(DocumentPublisher* p) : p_(p) {}
  void OnDocument(Document doc) override {
    if (!error_.ok()) return;
    Status st = p_->Publish(doc);
    if (st.code() == Status::Code::kLimit) {
      OnError(doc.name, st);  // that document only
    } else {
      error_ = st;
    }
  }
  const Status& error() const { return error_; }

 private:
  DocumentPublisher* p_;
  Status error_;
};

bool Number(const std::string& s, long lo, long hi, long* out) {
  char* end = nullptr;
  long v = std::strtol(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || v < lo || v > hi) return false;
  *out = v;
  return true;
}

}  // namespace

int RunPublish(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"nats", "stream", "replicas"}, {});
  std::string err = p.error;
  long replicas = 1;
  if (err.empty() && (p.Get("nats").empty() || p.Get("stream").empty())) {
    err = "give --nats URL and --stream NAME";
  }
  if (err.empty() && p.Has("replicas") && !Number(p.Get("replicas"), 1, 5, &replicas)) {
    err = "--replicas wants 1..5";
  }
  if (err.empty() && p.positional.empty()) err = "no input; give PATH... or - for stdin";
  if (!err.empty()) {
    PrintError("publish: " + err);
    return 2;
  }
  StreamOptions o{p.Get("nats"), p.Get("stream"), static_cast<int>(replicas)};
  Result<std::unique_ptr<DocumentPublisher>> pub = DocumentPublisher::Open(o);
  if (!pub.ok()) {
    PrintError("publish: " + pub.status().ToString());
    return 1;
  }
  PublishSink sink(pub->get());
  IngestPaths(p.positional, IngestLimits(), &sink);
  int64_t published = 0, duplicates = 0;
  Status st = sink.error();
  if (st.ok()) st = (*pub)->Finish(&published, &duplicates);
  if (!st.ok()) {
    PrintError("publish: " + st.ToString());
    return 1;
  }
  std::fprintf(stderr, "published %lld documents to %s (%lld already in the stream), %d failed\n",
               static_cast<long long>(published), o.stream.c_str(),
               static_cast<long long>(duplicates), sink.failed());
  return sink.failed() ? 1 : 0;
}

int RunWorker(const Args& args) {
  ParsedArgs p = ParseArgs(
      args, {"nats", "stream", "db", "durable", "batch", "ack-wait", "exit-when-idle"}, {});
  std::string err = p.error;
  WorkerOptions o;
  long n = 0;
  if (err.empty() && (p.Get("nats").empty() || p.Get("stream").empty())) {
    err = "give --nats URL and --stream NAME";
  }
  if (err.empty() && !p.positional.empty()) err = "unexpected argument '" + p.positional[0] + "'";
  if (err.empty() && p.Has("batch")) {
    if (Number(p.Get("batch"), 1, 10000, &n))
      o.batch = static_cast<int>(n);
    else
      err = "--batch wants 1..10000";
  }
  if (err.empty() && p.Has("ack-wait")) {
    if (Number(p.Get("ack-wait"), 1, 3600, &n))
      o.ack_wait_seconds = static_cast<int>(n);
    else
      err = "--ack-wait wants 1..3600 seconds";
  }
  if (err.empty() && p.Has("exit-when-idle")) {
    if (Number(p.Get("exit-when-idle"), 1, 86400, &n))
      o.idle_exit_seconds = static_cast<int>(n);
    else
      err = "--exit-when-idle wants 1..86400 seconds";
  }
  if (!err.empty()) {
    PrintError("worker: " + err);
    return 2;
  }
  o.stream.url = p.Get("nats");
  o.stream.stream = p.Get("stream");
  if (p.Has("durable")) o.durable = p.Get("durable");
  std::string location = DefaultStoreLocation(p.Get("db"));
  Result<std::unique_ptr<Store>> store = Store::Open(location);
  if (!store.ok()) {
    PrintError("worker: " + store.status().ToString());
    return 1;
  }
  std::signal(SIGINT, OnStop);
  std::signal(SIGTERM, OnStop);
  WorkerStats stats;
  Status st = RunWorker(
      o, store->get(), [] { return g_stop != 0; },
      [](const std::string& what, const Status& s) {
        std::fprintf(stderr, "dateline: %s: %s\n", what.c_str(), s.ToString().c_str());
      },
      &stats);
  std::fprintf(stderr,
               "worker: %lld messages: %lld documents stored, %lld already stored, %lld failed; "
               "%lld events new, %lld merged\n",
               static_cast<long long>(stats.messages), static_cast<long long>(stats.stored),
               static_cast<long long>(stats.duplicates), static_cast<long long>(stats.failed),
               static_cast<long long>(stats.events_new), static_cast<long long>(stats.merged));
  if (!st.ok()) {
    PrintError("worker: " + st.ToString());
    return 1;
  }
  return 0;
}

}  // namespace dateline::cli
