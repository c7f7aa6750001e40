// Copyright 2026 The Dateline Authors.
//
// A ByteSource hands over the bytes of one input in order, a buffer at a
// time, so that archives larger than memory can be read as streams (see
// gzip.h's GzipReader and warc.h). Tested through gzip_test.cc and
// warc_test.cc.

#ifndef DATELINE_INGEST_SOURCE_H_
#define DATELINE_INGEST_SOURCE_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dateline/status.h"

namespace dateline {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Reads up to `n` (> 0) bytes into `buf`; `*got` is 0 only at the end.
  virtual Status Read(char* buf, size_t n, size_t* got) = 0;
};

// Bytes already in memory (not copied: `data` must outlive the source).
class MemorySource final : public ByteSource {
 public:
  explicit MemorySource(std::string_view data) : data_(data) {}
  Status Read(char* buf, size_t n, size_t* got) override;

 private:
  std::string_view data_;
  size_t pos_ = 0;
};

// `prefix` (bytes already read from the descriptor, to sniff the input),
// then the rest of the descriptor. Does not close `fd`.
class FdSource final : public ByteSource {
 public:
  FdSource(int fd, std::string prefix) : fd_(fd), prefix_(std::move(prefix)) {}
  Status Read(char* buf, size_t n, size_t* got) override;

 private:
  int fd_;
  std::string prefix_;
  size_t prefix_pos_ = 0;
};

}  // namespace dateline

#endif  // DATELINE_INGEST_SOURCE_H_
