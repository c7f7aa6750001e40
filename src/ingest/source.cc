// Copyright 2026 The Dateline Authors.

#include "ingest/source.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace dateline {

Status MemorySource::Read(char* buf, size_t n, size_t* got) {
  size_t k = std::min(n, data_.size() - pos_);
  if (k > 0) std::memcpy(buf, data_.data() + pos_, k);
  pos_ += k;
  *got = k;
  return Status::OK();
}

Status FdSource::Read(char* buf, size_t n, size_t* got) {
  *got = 0;
  if (prefix_pos_ < prefix_.size()) {
    size_t k = std::min(n, prefix_.size() - prefix_pos_);
    std::memcpy(buf, prefix_.data() + prefix_pos_, k);
    prefix_pos_ += k;
    if (prefix_pos_ == prefix_.size()) {  // done with it: free it
      std::string().swap(prefix_);
      prefix_pos_ = 0;
    }
    *got = k;
    return Status::OK();
  }
  for (;;) {
    ssize_t r = ::read(fd_, buf, n);
    if (r < 0) {
      if (errno == EINTR) continue;
      return Status::IOError(std::strerror(errno));
    }
    *got = static_cast<size_t>(r);
    return Status::OK();
  }
}

}  // namespace dateline
