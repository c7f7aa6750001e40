// Copyright 2026 The Dateline Authors.
//
// Ingest: documents in, the database updated. Documents are taken in
// batches; each batch is one transaction (all of it is stored or none),
// so a crash or a kill leaves the database as it was before the batch
// and a rerun completes it. Within a batch, articles and events are
// extracted on several threads and written in input order, so the
// result does not depend on the thread count.
//
// Per document: a content hash (a document already stored is skipped and
// counted), articles, events fused within the document, then each event
// either merged into a stored one that tells the same incident
// (fuse/fuse.h) or stored as new; follows are checked against every new
// or updated event and raise alerts. Tested by ingester_test.cc.

#ifndef DATELINE_STORE_INGESTER_H_
#define DATELINE_STORE_INGESTER_H_

#include <functional>
#include <string>
#include <vector>

#include "dateline/document.h"
#include "dateline/status.h"
#include "dateline/store.h"

namespace dateline {

struct IngestOptions {
  size_t batch_documents = 256;
  size_t batch_bytes = 16 << 20;
  int threads = 0;    // 0: one per core
  bool fuse = true;   // merge across documents (off: every event is new)
  std::string now;    // the time of ingest written down (ISO 8601 UTC); "" = the clock
};

struct IngestStats {
  int64_t documents = 0;  // seen
  int64_t stored = 0;
  int64_t duplicates = 0;  // already stored (or twice in the input)
  int64_t failed = 0;
  int64_t bytes = 0;
  int64_t articles = 0;
  int64_t events_new = 0;
  int64_t events_merged = 0;  // reports merged into a stored event
  int64_t batches = 0;
};

// The content hash the store keys documents by (32 hex digits).
std::string DocumentHash(const Document& doc);

class Ingester {
 public:
  Ingester(Store* store, IngestOptions options);
  ~Ingester();
  Ingester(const Ingester&) = delete;
  Ingester& operator=(const Ingester&) = delete;

  // Called for each document that could not be read into events (the
  // rest of the batch goes on), and for each alert raised.
  std::function<void(const std::string& doc, const Status& st)> on_error;
  std::function<void(const Alert& alert)> on_alert;
  // Called after each committed batch.
  std::function<void(const IngestStats& stats)> on_batch;

  // Queues a document; writes a batch when one is full. A store error is
  // returned (that batch is rolled back); extraction errors go to
  // on_error.
  Status Add(Document doc);
  // Writes what is queued.
  Status Flush();

  const IngestStats& stats() const { return stats_; }

 private:
  struct Extracted;
  Status WriteBatch();

  Store* store_;
  IngestOptions options_;
  std::vector<Document> queue_;
  size_t queued_bytes_ = 0;
  std::vector<Follow> follows_;
  bool follows_loaded_ = false;
  IngestStats stats_;
};

}  // namespace dateline

#endif  // DATELINE_STORE_INGESTER_H_
