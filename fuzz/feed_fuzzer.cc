// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the RSS/Atom reader: any bytes as a feed. The sink
// checks the contract every Document and error must meet.
//
//   fuzz/run.sh 60 feed

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ingest/feed.h"
#include "util/utf8.h"

namespace {

class CheckingSink : public dateline::DocumentSink {
 public:
  explicit CheckingSink(const dateline::IngestLimits& limits) : limits_(limits) {}

  void OnDocument(dateline::Document doc) override {
    for (const std::string* s : {&doc.body, &doc.title, &doc.url, &doc.name, &doc.published}) {
      if (!dateline::IsValidUtf8(*s)) std::abort();
    }
    if (doc.body.find('\0') != std::string::npos) std::abort();
    if (doc.name.rfind("fuzz.xml#", 0) != 0) std::abort();
    if (doc.body.empty() || doc.body.size() > limits_.max_page_bytes) std::abort();
    if (!doc.published.empty() && doc.published.size() != 10) std::abort();
  }

  void OnError(std::string_view input, const dateline::Status& status) override {
    if (input.rfind("fuzz.xml", 0) != 0 || status.ok() || status.message().empty()) std::abort();
  }

 private:
  const dateline::IngestLimits& limits_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dateline::IngestLimits limits;
  limits.max_page_bytes = 64 << 10;
  CheckingSink sink(limits);
  dateline::ReadFeed("fuzz.xml", std::string_view(reinterpret_cast<const char*>(data), size), limits,
                     &sink);
  return 0;
}
