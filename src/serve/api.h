// Copyright 2026 The Dateline Authors.
//
// The HTTP API of doc/api.md as a function from a request to a response,
// with no sockets: `dateline serve` (src/cli/cmd_serve.cc) carries the
// requests in and out with cpp-httplib, and the tests and the fuzzer call
// Handle directly. Reads go through a pool of store connections (SQLite
// in WAL mode lets them run beside a writer); writes (ingest, follows)
// through one connection, one at a time. Alerts raised by ingests are
// published to an AlertHub that the server's event streams wait on.
// Tested by api_test.cc.

#ifndef DATELINE_SERVE_API_H_
#define DATELINE_SERVE_API_H_

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "dateline/status.h"
#include "dateline/store.h"
#include "store/query_params.h"

namespace dateline {

struct HttpRequest {
  std::string method;  // "GET", "POST", ...
  std::string path;    // "/api/events/ev_123", without the query
  QueryParams params;  // decoded
  std::string body;
};

struct HttpResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

struct ApiOptions {
  bool read_only = false;
  size_t max_body = 8u << 20;
  int64_t default_limit = 200;
  int64_t max_limit = 1000;
  size_t max_params = 32;
  size_t max_text = 256;
  int max_readers = 8;  // database connections reading at once
};

// Alerts fan out to every open stream. Each subscriber has a queue;
// Publish never blocks on a slow reader (a queue over 1,000 drops its
// oldest).
class AlertHub {
 public:
  int Subscribe();
  void Unsubscribe(int id);
  void Publish(const Alert& alert);
  // Waits up to `timeout` for alerts for `id`; false once the hub is
  // closed or `id` unknown.
  bool Wait(int id, std::chrono::milliseconds timeout, std::vector<Alert>* out);
  void Close();
  size_t subscribers() const;

 private:
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::vector<std::pair<int, std::deque<Alert>>> queues_;
  int next_ = 1;
  bool closed_ = false;
};

class Api {
 public:
  Api(std::string db_location, ApiOptions options);
  ~Api();
  Api(const Api&) = delete;
  Api& operator=(const Api&) = delete;

  // Opens the database (creating it if needed) and checks it can be read.
  Status Open();

  // Thread-safe.
  HttpResponse Handle(const HttpRequest& req);

  AlertHub& alerts() { return hub_; }
  const ApiOptions& options() const { return options_; }

 private:
  class Reader;
  Result<std::unique_ptr<Store>> AcquireReader();
  void ReleaseReader(std::unique_ptr<Store> store);

  HttpResponse Events(const HttpRequest& req);
  HttpResponse Event(const std::string& id);
  HttpResponse ArticleById(const std::string& id);
  HttpResponse Search(const HttpRequest& req);
  HttpResponse Timeline(const HttpRequest& req);
  HttpResponse Stats(const HttpRequest& req);
  HttpResponse Follows(const HttpRequest& req, const std::string& id);
  HttpResponse Alerts(const HttpRequest& req);
  HttpResponse Ingest(const HttpRequest& req);
  HttpResponse Static(const std::string& path);

  std::string location_;
  ApiOptions options_;
  std::mutex readers_mu_;
  std::condition_variable readers_cv_;
  std::vector<std::unique_ptr<Store>> readers_;  // idle
  int readers_busy_ = 0;
  std::mutex writer_mu_;
  std::unique_ptr<Store> writer_;
  AlertHub hub_;
};

// The parameters of a URL's query string ("a=1&b=x%20y&c"), decoded
// (%XX and '+'); a bad escape is kept as written. At most `max` pairs are
// read; `*more` tells whether there were more.
QueryParams ParseQueryString(std::string_view query, size_t max, bool* more);

// An alert as the API writes it: {"id", "follow", "event_id", "action",
// "at", "what"}.
std::string AlertJson(const Alert& alert);

// {"error": message} with `status`.
HttpResponse ErrorResponse(int status, std::string_view message);

}  // namespace dateline

#endif  // DATELINE_SERVE_API_H_
