// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the HTTP API as a function (serve/api.h): the input
// is a request, "METHOD PATH?QUERY\nBODY". Every response must be a
// status from the documented set, JSON errors must carry a message, and
// nothing may crash or hang. The database is a private file seeded with
// one small story, so reads find something; writes (ingest, follows) go
// to it too.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "serve/api.h"

namespace {

dateline::Api* Instance() {
  static dateline::Api* api = [] {
    std::string path = "/tmp/dateline_api_fuzz_" + std::to_string(getpid()) + ".db";
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path + s);
    dateline::ApiOptions o;
    o.max_body = 64 * 1024;
    auto* a = new dateline::Api(path, o);
    if (!a->Open().ok()) __builtin_trap();
    dateline::HttpRequest seed;
    seed.method = "POST";
    seed.path = "/api/ingest";
    seed.params = {{"name", "seed.txt"}};
    seed.body =
        "Kabul blast kills 9\n\nUpdated 12 June 2025\n\nKABUL: A suicide bomber killed at least "
        "nine people outside a ministry in Kabul on Wednesday. IS-K claimed responsibility.\n";
    if (a->Handle(seed).status != 200) __builtin_trap();
    return a;
  }();
  return api;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > 70 * 1024) return 0;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  size_t nl = in.find('\n');
  std::string_view line = in.substr(0, nl);
  std::string_view body = nl == std::string_view::npos ? "" : in.substr(nl + 1);
  size_t sp = line.find(' ');
  dateline::HttpRequest r;
  r.method = std::string(line.substr(0, sp));
  std::string_view target = sp == std::string_view::npos ? "/" : line.substr(sp + 1);
  size_t q = target.find('?');
  r.path = std::string(target.substr(0, q));
  bool more = false;
  if (q != std::string_view::npos)
    r.params = dateline::ParseQueryString(target.substr(q + 1), 33, &more);
  r.body = std::string(body);
  dateline::HttpResponse resp = Instance()->Handle(r);
  switch (resp.status) {
    case 200:
    case 201:
    case 302:
    case 400:
    case 403:
    case 404:
    case 405:
    case 413:
      break;
    default:
      std::fprintf(stderr, "status %d: %s\n", resp.status, resp.body.c_str());
      __builtin_trap();
  }
  if (resp.status >= 400 && resp.body.find("\"error\":\"") == std::string::npos) __builtin_trap();
  return 0;
}
