// Copyright 2026 The Dateline Authors.

#include "ingest/gzip.h"

#include <zlib.h>

#include <string>

namespace dateline {

Status Gunzip(std::string_view in, size_t max_out, std::string* out) {
  out->clear();
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return Status::IOError("zlib init failed");
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  char buf[1 << 16];
  Status st;
  for (;;) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof buf;
    int rc = inflate(&zs, Z_NO_FLUSH);
    size_t got = sizeof buf - zs.avail_out;
    if (out->size() + got > max_out) {
      st = Status::Limit("decompressed size exceeds the limit of " + std::to_string(max_out >> 20) +
                         " MB");
      break;
    }
    out->append(buf, got);
    if (rc == Z_STREAM_END) {
      // Another member may follow; skip NUL padding some writers add.
      while (zs.avail_in > 0 && *zs.next_in == 0) {
        ++zs.next_in;
        --zs.avail_in;
      }
      if (zs.avail_in == 0) break;
      if (inflateReset(&zs) != Z_OK) {
        st = Status::Corrupt("bad gzip member");
        break;
      }
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0 && got == 0) {
      st = Status::Corrupt("truncated gzip stream after " + std::to_string(out->size()) +
                           " decompressed bytes");
      break;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      st = Status::Corrupt(std::string("bad gzip data: ") + (zs.msg ? zs.msg : "inflate failed"));
      break;
    }
  }
  inflateEnd(&zs);
  if (!st.ok()) out->clear();
  return st;
}

}  // namespace dateline
