// Copyright 2026 The Dateline Authors.
//
// dateline serve [--port 8080] [--bind 127.0.0.1] [--db PATH] [--read-only]
//                [--max-connections N] [--max-body BYTES] [--max-limit N]
// The HTTP API (doc/api.md) and the web page, over the database. The
// requests are answered by serve/api.h; this file carries them in and out
// with cpp-httplib, keeps the connection limits, and streams alerts.

#include <httplib.h>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>

#include "cli/commands.h"
#include "dateline/store.h"
#include "serve/api.h"
#include "util/json_writer.h"

namespace dateline::cli {

namespace {

httplib::Server* g_server = nullptr;
AlertHub* g_hub = nullptr;

void OnSignal(int) {
  if (g_hub != nullptr) g_hub->Close();
  if (g_server != nullptr) g_server->stop();
}

bool ParseCount(const std::string& s, long long lo, long long hi, long long* out) {
  char* end = nullptr;
  long long v = std::strtoll(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || v < lo || v > hi) return false;
  *out = v;
  return true;
}

void Send(const HttpResponse& r, httplib::Response* res) {
  res->status = r.status;
  for (const auto& [k, v] : r.headers) res->set_header(k.c_str(), v);
  res->set_content(r.body, r.content_type.c_str());
}

std::string AlertEvent(const Alert& a) { return "event: alert\ndata: " + AlertJson(a) + "\n\n"; }

}  // namespace

int RunServe(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"port", "bind", "db", "max-connections", "max-body", "max-limit"},
                           {"read-only"});
  std::string err = p.error;
  if (err.empty() && !p.positional.empty()) err = "unexpected argument '" + p.positional[0] + "'";
  long long port = 8080, max_conn = 64, max_body = 8 << 20, max_limit = 1000;
  if (err.empty() && p.Has("port") && !ParseCount(p.Get("port"), 0, 65535, &port)) {
    err = "--port wants 0..65535";
  }
  if (err.empty() && p.Has("max-connections") &&
      !ParseCount(p.Get("max-connections"), 1, 4096, &max_conn)) {
    err = "--max-connections wants 1..4096";
  }
  if (err.empty() && p.Has("max-body") &&
      !ParseCount(p.Get("max-body"), 1024, 1LL << 30, &max_body)) {
    err = "--max-body wants 1024..1073741824 bytes";
  }
  if (err.empty() && p.Has("max-limit") && !ParseCount(p.Get("max-limit"), 1, 100000, &max_limit)) {
    err = "--max-limit wants 1..100000";
  }
  if (!err.empty()) {
    PrintError("serve: " + err);
    return 2;
  }
  std::string bind = p.Get("bind", "127.0.0.1");
  ApiOptions options;
  options.read_only = p.Has("read-only");
  options.max_body = static_cast<size_t>(max_body);
  options.max_limit = max_limit;
  options.default_limit = std::min<int64_t>(200, max_limit);
  // Two readers a core: queries beyond that wait rather than thrash.
  options.max_readers = std::max(2, 2 * static_cast<int>(std::thread::hardware_concurrency()));
  std::string location = DefaultStoreLocation(p.Get("db"));
  Api api(location, options);
  Status st = api.Open();
  if (!st.ok()) {
    PrintError("serve: " + location + ": " + st.ToString());
    return 1;
  }

  httplib::Server server;
  const size_t workers = static_cast<size_t>(max_conn) + 2;
  server.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  server.set_payload_max_length(static_cast<size_t>(max_body) + 1);
  server.set_read_timeout(10, 0);
  server.set_write_timeout(10, 0);
  server.set_keep_alive_timeout(5);
  server.set_keep_alive_max_count(100);
  // Errors httplib answers itself (an oversized body, a bad request line)
  // are JSON like ours.
  server.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string msg = res.status == 413   ? "body over the limit"
                      : res.status == 414 ? "request line too long"
                      : res.status == 404 ? "not found"
                                          : "bad request (" + std::to_string(res.status) + ")";
    Send(ErrorResponse(res.status, msg), &res);
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        Send(ErrorResponse(500, "internal error"), &res);
      });

  std::atomic<int> active{0};
  std::atomic<int> streams{0};
  const int max_active = static_cast<int>(max_conn);
  auto handle = [&](const httplib::Request& req, httplib::Response& res) {
    if (active.fetch_add(1) >= max_active) {
      active.fetch_sub(1);
      HttpResponse busy = ErrorResponse(503, "too many connections; try again");
      busy.headers.emplace_back("Retry-After", "1");
      Send(busy, &res);
      return;
    }
    if (req.path == "/api/alerts/stream") {
      active.fetch_sub(1);
      if (req.method != "GET") {
        Send(ErrorResponse(405, "GET only"), &res);
        return;
      }
      if (streams.fetch_add(1) >= 32) {
        streams.fetch_sub(1);
        Send(ErrorResponse(503, "too many alert streams"), &res);
        return;
      }
      AlertHub& hub = api.alerts();
      int id = hub.Subscribe();
      res.set_header("Cache-Control", "no-cache");
      res.set_chunked_content_provider(
          "text/event-stream",
          [&hub, id](size_t, httplib::DataSink& sink) {
            std::vector<Alert> got;
            if (!hub.Wait(id, std::chrono::seconds(15), &got)) return false;
            std::string out = got.empty() ? ": ping\n\n" : "";
            for (const Alert& a : got) out += AlertEvent(a);
            return sink.is_writable() && sink.write(out.data(), out.size());
          },
          [&hub, &streams, id](bool) {
            hub.Unsubscribe(id);
            streams.fetch_sub(1);
          });
      return;
    }
    HttpRequest r;
    r.method = req.method;
    r.path = req.path;
    // The URL's own query string (not a form body httplib may have read
    // into req.params).
    size_t q = req.target.find('?');
    bool more = false;
    if (q != std::string::npos) {
      r.params = ParseQueryString(std::string_view(req.target).substr(q + 1),
                                  api.options().max_params + 1, &more);
    }
    r.body = req.body;
    Send(api.Handle(r), &res);
    active.fetch_sub(1);
  };
  server.Get(".*", handle);
  server.Post(".*", handle);
  server.Delete(".*", handle);
  server.Put(".*", handle);
  server.Patch(".*", handle);
  server.Options(".*", handle);

  int bound = port == 0 ? server.bind_to_any_port(bind.c_str())
                        : (server.bind_to_port(bind.c_str(), static_cast<int>(port))
                               ? static_cast<int>(port)
                               : -1);
  if (bound < 0) {
    PrintError("serve: cannot listen on " + bind + ":" + std::to_string(port));
    return 1;
  }
  g_server = &server;
  g_hub = &api.alerts();
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  std::printf("serving http://%s:%d/ on %s%s (Ctrl-C stops)\n", bind.c_str(), bound,
              location.c_str(), options.read_only ? ", read-only" : "");
  std::fflush(stdout);
  bool ok = server.listen_after_bind();
  g_server = nullptr;
  g_hub = nullptr;
  return ok ? 0 : 1;
}

}  // namespace dateline::cli
