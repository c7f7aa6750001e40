// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the WARC reader: any bytes as a WARC archive, plain
// or (when they start with the gzip magic) gzip, read twice: from memory,
// and from a source that hands them out a few bytes at a time (so that
// every record, header and gzip member boundary falls between reads). The
// sink checks the contract every Document and error must meet.
//
//   fuzz/run.sh 60 warc

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "ingest/source.h"
#include "ingest/warc.h"
#include "util/utf8.h"

namespace {

class CheckingSink : public dateline::DocumentSink {
 public:
  explicit CheckingSink(const dateline::IngestLimits& limits) : limits_(limits) {}

  void OnDocument(dateline::Document doc) override {
    if (!dateline::IsValidUtf8(doc.body)) std::abort();
    if (doc.body.find('\0') != std::string::npos) std::abort();
    if (doc.name.rfind("fuzz.warc#", 0) != 0) std::abort();
    if (doc.body.size() > limits_.max_page_bytes) std::abort();
    if (doc.format != dateline::DocFormat::kHtml) std::abort();
    ++docs;
  }

  void OnError(std::string_view input, const dateline::Status& status) override {
    if (input.rfind("fuzz.warc#", 0) != 0 || status.ok() || status.message().empty()) std::abort();
    ++errors;
  }

  size_t docs = 0;
  size_t errors = 0;

 private:
  const dateline::IngestLimits& limits_;
};

class TrickleSource : public dateline::ByteSource {
 public:
  TrickleSource(std::string_view data, size_t step) : data_(data), step_(step) {}
  dateline::Status Read(char* buf, size_t n, size_t* got) override {
    *got = std::min({n, step_, data_.size() - pos_});
    std::copy_n(data_.data() + pos_, *got, buf);
    pos_ += *got;
    return dateline::Status::OK();
  }

 private:
  std::string_view data_;
  size_t step_;
  size_t pos_ = 0;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  dateline::IngestLimits limits;
  limits.max_page_bytes = 64 << 10;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  bool gz = size >= 2 && data[0] == 0x1F && data[1] == 0x8B;

  CheckingSink whole(limits);
  dateline::MemorySource src(bytes);
  dateline::ReadWarc("fuzz.warc", &src, gz, limits, &whole);

  // Read in small steps, the same things must come out.
  CheckingSink trickled(limits);
  TrickleSource slow(bytes, 1 + (size > 0 ? data[size - 1] % 61 : 0));
  dateline::ReadWarc("fuzz.warc", &slow, gz, limits, &trickled);
  if (whole.docs != trickled.docs || whole.errors != trickled.errors) std::abort();
  return 0;
}
