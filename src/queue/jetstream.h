// Copyright 2026 The Dateline Authors.
//
// Documents through NATS JetStream: publish them to a stream (each with its
// content hash as the message id, so JetStream drops a document published
// twice), and work them off with a durable pull consumer shared by any
// number of workers, each writing to the store and acknowledging a message
// only after the batch that holds it has committed. A worker killed before
// its commit leaves its messages unacknowledged: JetStream delivers them
// again (to any worker) after the ack wait, and the store skips documents
// it already holds, so nothing is lost and nothing counted twice.

#ifndef DATELINE_QUEUE_JETSTREAM_H_
#define DATELINE_QUEUE_JETSTREAM_H_

#include <functional>
#include <memory>
#include <string>

#include "dateline/document.h"
#include "dateline/status.h"
#include "dateline/store.h"

namespace dateline {

struct StreamOptions {
  std::string url;     // "nats://127.0.0.1:4222" (comma-separated for a cluster)
  std::string stream;  // the stream; its subject is "<stream>.docs"
  int replicas = 1;    // when the stream is created
};

class DocumentPublisher {
 public:
  // Connects and creates the stream if it does not exist.
  static Result<std::unique_ptr<DocumentPublisher>> Open(const StreamOptions& o);
  virtual ~DocumentPublisher() = default;
  // Publishes one document (asynchronously; Finish waits for the acks).
  virtual Status Publish(const Document& doc) = 0;
  // Waits until every publish is acknowledged; how many were duplicates.
  virtual Status Finish(int64_t* published, int64_t* duplicates) = 0;
};

struct WorkerOptions {
  StreamOptions stream;
  std::string durable = "dateline-workers";
  int batch = 64;             // messages per fetch, one store batch
  int ack_wait_seconds = 30;  // redelivery after a crash
  int idle_exit_seconds = 0;  // 0: run until stopped
};

struct WorkerStats {
  int64_t messages = 0, stored = 0, duplicates = 0, failed = 0, events_new = 0, merged = 0;
};

// Pulls and ingests until `stop()` is true or, with idle_exit_seconds, the
// stream has been empty that long. A store error is returned (the fetched
// messages are left to be delivered again); bad messages are reported
// with `on_error` and acknowledged (they would fail again).
Status RunWorker(const WorkerOptions& o, Store* store,
                 const std::function<bool()>& stop,
                 const std::function<void(const std::string&, const Status&)>& on_error,
                 WorkerStats* stats);

}  // namespace dateline

#endif  // DATELINE_QUEUE_JETSTREAM_H_
