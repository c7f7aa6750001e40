// Copyright 2026 The Dateline Authors.
//
// gzip decompression with a size limit, on zlib. Concatenated members (as
// `cat a.gz b.gz` or record-at-a-time WARC.gz writers make) are read in
// turn. Tested by gzip_test.cc.

#ifndef DATELINE_INGEST_GZIP_H_
#define DATELINE_INGEST_GZIP_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "dateline/status.h"

namespace dateline {

// Decompresses `in` into `*out`. Fails with kCorrupt on a bad or truncated
// stream and with kLimit when the output would pass `max_out` bytes.
Status Gunzip(std::string_view in, size_t max_out, std::string* out);

}  // namespace dateline

#endif  // DATELINE_INGEST_GZIP_H_
