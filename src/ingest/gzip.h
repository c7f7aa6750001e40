// Copyright 2026 The Dateline Authors.
//
// gzip decompression with a size limit: whole buffers with libdeflate,
// streams with zlib. Concatenated members (as
// `cat a.gz b.gz` or record-at-a-time WARC.gz writers make) are read in
// turn. GzipReader does the same as a stream, member by member, and goes
// on past a broken member with the next one (for WARC.gz, where one member
// holds one record). Tested by gzip_test.cc.

#ifndef DATELINE_INGEST_GZIP_H_
#define DATELINE_INGEST_GZIP_H_

#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dateline/status.h"
#include "ingest/source.h"

namespace dateline {

// Decompresses `in` into `*out`. Fails with kCorrupt on a bad or truncated
// stream and with kLimit when the output would pass `max_out` bytes.
Status Gunzip(std::string_view in, size_t max_out, std::string* out);

// The same for HTTP's "deflate": a zlib stream, or raw deflate data as
// some servers send it.
Status Inflate(std::string_view in, size_t max_out, std::string* out);

// The first `max_out` (or fewer) decompressed bytes of the gzip data `in`,
// to sniff what it holds; errors (a truncated `in`) are ignored.
std::string GunzipHead(std::string_view in, size_t max_out);

// Streaming gunzip of the members of a gzip file, one after another, with
// the compressed bytes read from `in` a block at a time. Memory stays
// bounded: the compressed bytes of the current member are kept (to look
// for the next member in them if it breaks) up to 8 MiB.
class GzipReader {
 public:
  explicit GzipReader(ByteSource* in);
  ~GzipReader();
  GzipReader(const GzipReader&) = delete;
  GzipReader& operator=(const GzipReader&) = delete;

  // Reads up to `n` (> 0) decompressed bytes, all of them from one member;
  // `*got` is 0 only at the end of the input. A member that does not
  // inflate (bad header or data, cut short at the end of the input,
  // garbage between members) is kCorrupt, and the reader stays at the
  // break (every Read returns the same error) until SkipToNextMember().
  // The bytes inflated before a fault are handed over first, so that what
  // comes out does not depend on how the input was cut into reads.
  // A read error of the source is returned as it is, and ends the input.
  Status Read(char* buf, size_t n, size_t* got);

  // The offset in the compressed input of the member the last bytes read
  // came from, or of the broken member after an error.
  uint64_t member_offset() const { return member_offset_; }

  // True when the next byte Read returns starts a member (or the input has
  // ended).
  bool at_member_start() const { return state_ == State::kMemberStart || state_ == State::kEnd; }

  // After an error: gives up the broken member and looks for the next
  // gzip header (1f 8b 08) after its start. False when there is none (the
  // input is then at its end). A member so found that breaks before
  // giving any byte is taken for a false start and skipped the same way,
  // so that one damaged region is one error.
  bool SkipToNextMember();

 private:
  enum class State { kMemberStart, kInMember, kBroken, kEnd };

  bool Refill();
  Status Fail(std::string message);

  ByteSource* in_;
  z_stream zs_{};
  bool zs_ready_ = false;
  std::string buf_;         // compressed bytes; buf_[0] is at offset base_
  uint64_t base_ = 0;
  size_t pos_ = 0;          // the next byte for zlib
  uint64_t keep_from_ = 0;  // bytes from this offset on are kept
  bool eof_ = false;
  State state_ = State::kMemberStart;
  uint64_t member_offset_ = 0;
  uint64_t member_out_ = 0;  // bytes out of the current member so far
  bool resynced_ = false;    // the current member was found by SkipToNextMember
  Status error_;
};

}  // namespace dateline

#endif  // DATELINE_INGEST_GZIP_H_
