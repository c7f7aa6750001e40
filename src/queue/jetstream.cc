// Copyright 2026 The Dateline Authors.

#include "queue/jetstream.h"

#include <nats/nats.h>

#include <chrono>
#include <vector>

#include "queue/doc_message.h"
#include "store/ingester.h"
#include "util/strings.h"

namespace dateline {

namespace {

Status NatsError(const char* what, natsStatus s, jsErrCode jerr = static_cast<jsErrCode>(0)) {
  std::string msg = std::string("nats: ") + what + ": " + natsStatus_GetText(s);
  if (jerr != 0) msg += " (JetStream error " + std::to_string(static_cast<int>(jerr)) + ")";
  const char* last = nats_GetLastError(nullptr);
  if (last != nullptr && *last != '\0') msg += ": " + std::string(last);
  return Status::IOError(msg);
}

// A connection and its JetStream context, closed together.
struct Conn {
  natsOptions* opts = nullptr;
  natsConnection* nc = nullptr;
  jsCtx* js = nullptr;
  ~Conn() {
    jsCtx_Destroy(js);
    natsConnection_Destroy(nc);
    natsOptions_Destroy(opts);
  }
  Status Open(const StreamOptions& o) {
    // One URL, or a cluster's, comma-separated.
    std::vector<std::string> urls;
    for (std::string_view u : Split(o.url, ',')) {
      if (!Trim(u).empty()) urls.push_back(Trim(u));
    }
    if (urls.empty()) return Status::InvalidArgument("no NATS URL");
    std::vector<const char*> servers;
    for (const std::string& u : urls) servers.push_back(u.c_str());
    natsStatus s = natsOptions_Create(&opts);
    if (s == NATS_OK) {
      s = natsOptions_SetServers(opts, servers.data(), static_cast<int>(servers.size()));
    }
    // Ride out a server restart or a node of a cluster going away.
    if (s == NATS_OK) s = natsOptions_SetMaxReconnect(opts, -1);
    if (s == NATS_OK) s = natsOptions_SetReconnectWait(opts, 250);
    if (s == NATS_OK) s = natsConnection_Connect(&nc, opts);
    if (s != NATS_OK) return NatsError(("cannot connect to " + o.url).c_str(), s);
    jsOptions jo;
    jsOptions_Init(&jo);
    jo.Wait = 10000;
    s = natsConnection_JetStream(&js, nc, &jo);
    if (s != NATS_OK) return NatsError("JetStream", s);
    return Status::OK();
  }
  Status EnsureStream(const StreamOptions& o) {
    jsStreamInfo* si = nullptr;
    jsErrCode jerr = static_cast<jsErrCode>(0);
    natsStatus s = js_GetStreamInfo(&si, js, o.stream.c_str(), nullptr, &jerr);
    if (s == NATS_OK) {
      jsStreamInfo_Destroy(si);
      return Status::OK();
    }
    std::string subject = o.stream + ".docs";
    const char* subjects[] = {subject.c_str()};
    jsStreamConfig cfg;
    jsStreamConfig_Init(&cfg);
    cfg.Name = o.stream.c_str();
    cfg.Subjects = subjects;
    cfg.SubjectsLen = 1;
    cfg.Storage = js_FileStorage;
    cfg.Replicas = o.replicas;
    // A document published again within a day is dropped by its id.
    cfg.Duplicates = int64_t{24} * 3600 * 1000000000;
    // Documents are kept a week (time to replay a failed back-fill), so
    // the stream's disk is bounded by a week of input.
    cfg.MaxAge = int64_t{7} * 24 * 3600 * 1000000000;
    s = js_AddStream(&si, js, &cfg, nullptr, &jerr);
    if (s != NATS_OK) return NatsError(("cannot create stream " + o.stream).c_str(), s, jerr);
    jsStreamInfo_Destroy(si);
    return Status::OK();
  }
};

class Publisher : public DocumentPublisher {
 public:
  Status Init(const StreamOptions& o) {
    subject_ = o.stream + ".docs";
    DATELINE_RETURN_IF_ERROR(conn_.Open(o));
    return conn_.EnsureStream(o);
  }
  Status Publish(const Document& doc) override {
    std::string msg = EncodeDocument(doc);
    if (msg.size() > kMaxDocMessageBytes) {
      return Status::Limit(doc.name + ": over the 1 MiB a stream message may hold");
    }
    std::string id = DocumentHash(doc);
    jsPubOptions po;
    jsPubOptions_Init(&po);
    po.MsgId = id.c_str();
    po.MaxWait = 10000;
    jsPubAck* ack = nullptr;
    jsErrCode jerr = static_cast<jsErrCode>(0);
    // Synchronously: the ack says whether JetStream saw it before.
    natsStatus s = js_Publish(&ack, conn_.js, subject_.c_str(), msg.data(),
                              static_cast<int>(msg.size()), &po, &jerr);
    if (s != NATS_OK) return NatsError(("publish " + doc.name).c_str(), s, jerr);
    ++published_;
    if (ack->Duplicate) ++duplicates_;
    jsPubAck_Destroy(ack);
    return Status::OK();
  }
  Status Finish(int64_t* published, int64_t* duplicates) override {
    *published = published_;
    *duplicates = duplicates_;
    return Status::OK();
  }

 private:
  Conn conn_;
  std::string subject_;
  int64_t published_ = 0, duplicates_ = 0;
};

}  // namespace

Result<std::unique_ptr<DocumentPublisher>> DocumentPublisher::Open(const StreamOptions& o) {
  auto p = std::make_unique<Publisher>();
  DATELINE_RETURN_IF_ERROR(p->Init(o));
  return std::unique_ptr<DocumentPublisher>(std::move(p));
}

Status RunWorker(const WorkerOptions& o, Store* store, const std::function<bool()>& stop,
                 const std::function<void(const std::string&, const Status&)>& on_error,
                 WorkerStats* stats) {
  // Connect and subscribe, retrying for up to 30 s: a worker may start
  // while a cluster node is going down or a stream leader is being elected.
  std::unique_ptr<Conn> conn;
  natsSubscription* sub = nullptr;
  std::string subject = o.stream.stream + ".docs";
  Status st;
  for (int attempt = 0; attempt < 60 && !stop(); ++attempt) {
    if (attempt > 0) nats_Sleep(500);
    conn = std::make_unique<Conn>();
    st = conn->Open(o.stream);
    if (st.ok()) st = conn->EnsureStream(o.stream);
    if (!st.ok()) continue;
    jsSubOptions so;
    jsSubOptions_Init(&so);
    so.Config.AckPolicy = js_AckExplicit;
    so.Config.AckWait = int64_t{o.ack_wait_seconds} * 1000000000;
    so.Config.MaxAckPending = 4 * o.batch * 16;
    jsErrCode jerr = static_cast<jsErrCode>(0);
    natsStatus s =
        js_PullSubscribe(&sub, conn->js, subject.c_str(), o.durable.c_str(), nullptr, &so, &jerr);
    if (s == NATS_OK) break;
    st = NatsError("subscribe", s, jerr);
    sub = nullptr;
  }
  if (sub == nullptr) return st.ok() ? Status::IOError("nats: stopped before subscribing") : st;
  jsErrCode jerr = static_cast<jsErrCode>(0);
  natsStatus s = NATS_OK;
  struct SubGuard {
    natsSubscription* sub;
    ~SubGuard() { natsSubscription_Destroy(sub); }
  } guard{sub};

  IngestOptions io;
  io.batch_documents = static_cast<size_t>(o.batch) + 1;  // one store batch per fetch
  io.threads = 1;
  auto idle_since = std::chrono::steady_clock::now();
  while (!stop()) {
    natsMsgList list{nullptr, 0};
    s = natsSubscription_Fetch(&list, sub, o.batch, 1000, &jerr);
    if (s == NATS_TIMEOUT || (s == NATS_OK && list.Count == 0)) {
      natsMsgList_Destroy(&list);
      if (o.idle_exit_seconds > 0 && std::chrono::steady_clock::now() - idle_since >
                                         std::chrono::seconds(o.idle_exit_seconds)) {
        return Status::OK();
      }
      continue;
    }
    if (s != NATS_OK) {
      natsMsgList_Destroy(&list);
      // The connection reconnects by itself; a fetch across it fails.
      if (s == NATS_CONNECTION_CLOSED) return NatsError("fetch", s, jerr);
      continue;
    }
    idle_since = std::chrono::steady_clock::now();
    Ingester ingester(store, io);
    ingester.on_error = on_error;
    std::vector<natsMsg*> to_ack;
    Status st;
    for (int i = 0; i < list.Count && st.ok(); ++i) {
      natsMsg* m = list.Msgs[i];
      ++stats->messages;
      Document doc;
      Status dec = DecodeDocument(
          std::string_view(natsMsg_GetData(m), static_cast<size_t>(natsMsg_GetDataLength(m))),
          &doc);
      if (!dec.ok()) {
        ++stats->failed;
        if (on_error) on_error("message " + std::string(natsMsg_GetSubject(m)), dec);
        natsMsg_Term(m, nullptr);  // it would fail again
        continue;
      }
      st = ingester.Add(std::move(doc));
      to_ack.push_back(m);
    }
    if (st.ok()) st = ingester.Flush();
    if (!st.ok()) {
      // Not committed: delivered again, to this worker or another.
      for (natsMsg* m : to_ack) natsMsg_Nak(m, nullptr);
      natsMsgList_Destroy(&list);
      return st;
    }
    // Committed: now, and only now, acknowledged.
    for (natsMsg* m : to_ack) natsMsg_AckSync(m, nullptr, nullptr);
    const IngestStats& is = ingester.stats();
    stats->stored += is.stored;
    stats->duplicates += is.duplicates;
    stats->failed += is.failed;
    stats->events_new += is.events_new;
    stats->merged += is.events_merged;
    natsMsgList_Destroy(&list);
  }
  return Status::OK();
}

}  // namespace dateline
