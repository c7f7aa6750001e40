// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for ingest: any bytes through IngestBytes, which sniffs
// the kind, unwraps gzip, converts the charset and splits JSON Lines. The
// sink checks the contract every Document must meet and discards it.
//
//   fuzz/run.sh 60

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "ingest/ingest.h"
#include "util/utf8.h"

namespace {

class CheckingSink : public dateline::DocumentSink {
 public:
  explicit CheckingSink(const dateline::IngestLimits& limits) : limits_(limits) {}

  void OnDocument(dateline::Document doc) override {
    // Documents are UTF-8, NUL-free, named, and within the page limit.
    if (!dateline::IsValidUtf8(doc.body)) std::abort();
    if (doc.body.find('\0') != std::string::npos) std::abort();
    if (doc.name.empty()) std::abort();
    if (doc.body.size() > limits_.max_page_bytes) std::abort();
  }

  void OnError(std::string_view input, const dateline::Status& status) override {
    // Every error names its input and says what went wrong.
    if (input.empty() || status.ok() || status.message().empty()) std::abort();
  }

 private:
  const dateline::IngestLimits& limits_;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dateline::IngestLimits limits;
  limits.max_file_bytes = 1 << 20;  // bounds gzip output: keeps bombs cheap
  limits.max_page_bytes = 256 << 10;
  limits.max_dir_depth = 2;
  CheckingSink sink(limits);
  dateline::IngestBytes("fuzz", std::string(reinterpret_cast<const char*>(data), size), limits,
                        &sink);
  return 0;
}
