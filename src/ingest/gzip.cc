// Copyright 2026 The Dateline Authors.

#include "ingest/gzip.h"

#include <libdeflate.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <string>

namespace dateline {

namespace {

constexpr size_t kReadBlock = 64 << 10;
constexpr size_t kMaxKept = 8 << 20;

// Inflates `in` with zlib's `window_bits` (16 + 15: gzip, members read in
// turn; 15: zlib; -15: raw deflate).
Status InflateWith(std::string_view in, int window_bits, size_t max_out, std::string* out) {
  out->clear();
  z_stream zs{};
  if (inflateInit2(&zs, window_bits) != Z_OK) return Status::IOError("zlib init failed");
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
      if (window_bits < 16) break;  // zlib and raw deflate: one stream
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
      st = Status::Corrupt(std::string(window_bits >= 16 ? "truncated gzip stream" :
                                                           "truncated deflate stream") +
                           " after " + std::to_string(out->size()) + " decompressed bytes");
      break;
    }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      st = Status::Corrupt(std::string(window_bits >= 16 ? "bad gzip data: " : "bad deflate data: ") +
                           (zs.msg ? zs.msg : "inflate failed"));
      break;
    }
  }
  inflateEnd(&zs);
  if (!st.ok()) out->clear();
  return st;
}

}  // namespace

Status Gunzip(std::string_view in, size_t max_out, std::string* out) {
  // libdeflate inflates whole buffers about twice as fast as zlib; it needs
  // the output's size up front, which a single-member file's trailer gives
  // (ISIZE, the size mod 2^32). Members are inflated one after another,
  // each into a buffer that doubles until the member fits or `max_out` is
  // reached.
  struct Decompressor {
    libdeflate_decompressor* d = libdeflate_alloc_decompressor();
    ~Decompressor() {
      if (d != nullptr) libdeflate_free_decompressor(d);
    }
  };
  thread_local Decompressor dec;
  out->clear();
  if (dec.d == nullptr) return InflateWith(in, 16 + MAX_WBITS, max_out, out);
  // Deflate expands at most 1032:1; a larger trailer value is not a size.
  constexpr size_t kMaxRatio = 1032;
  size_t pos = 0;
  do {
    std::string_view rest = in.substr(pos);
    size_t hint = 0;
    if (rest.size() >= 18) {
      const auto* t = reinterpret_cast<const unsigned char*>(in.data() + in.size() - 4);
      hint = static_cast<size_t>(t[0]) | static_cast<size_t>(t[1]) << 8 |
             static_cast<size_t>(t[2]) << 16 | static_cast<size_t>(t[3]) << 24;
      if (hint > rest.size() * kMaxRatio) hint = 0;
    }
    size_t base = out->size();
    size_t room = max_out - base;
    size_t cap = std::min(room, std::max({hint, rest.size() * 4, size_t{4096}}));
    for (;;) {
      out->resize(base + cap);
      size_t used_in = 0, used_out = 0;
      libdeflate_result r = libdeflate_gzip_decompress_ex(dec.d, rest.data(), rest.size(),
                                                          out->data() + base, cap, &used_in,
                                                          &used_out);
      if (r == LIBDEFLATE_SUCCESS) {
        out->resize(base + used_out);
        pos += used_in;
        break;
      }
      if (r == LIBDEFLATE_INSUFFICIENT_SPACE && cap < room) {
        cap = cap > room / 2 ? room : cap * 2;
        continue;
      }
      out->clear();
      if (r == LIBDEFLATE_INSUFFICIENT_SPACE) {
        return Status::Limit("decompressed size exceeds the limit of " +
                             std::to_string(max_out >> 20) + " MB");
      }
      return Status::Corrupt("bad or truncated gzip data in the member at byte " +
                             std::to_string(pos) + " (after " + std::to_string(base) +
                             " decompressed bytes)");
    }
    // Another member may follow; skip the NUL padding some writers add.
    while (pos < in.size() && in[pos] == '\0') ++pos;
  } while (pos < in.size());
  return Status::OK();
}

Status Inflate(std::string_view in, size_t max_out, std::string* out) {
  // A zlib stream starts with a header whose 16-bit value is a multiple of
  // 31 and names deflate; anything else is taken for raw deflate.
  bool zlib = in.size() >= 2 && (static_cast<unsigned char>(in[0]) & 0x0F) == 8 &&
              ((static_cast<unsigned char>(in[0]) << 8) | static_cast<unsigned char>(in[1])) % 31 == 0;
  return InflateWith(in, zlib ? MAX_WBITS : -MAX_WBITS, max_out, out);
}

std::string GunzipHead(std::string_view in, size_t max_out) {
  // zlib straight over the view, into the answer: the sniffing of every
  // gzip input pays for an inflate set-up and `max_out` bytes, no more.
  std::string out(max_out, '\0');
  z_stream zs{};
  if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return "";
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(std::min<size_t>(in.size(), UINT32_MAX));
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(max_out);
  while (zs.avail_out > 0) {
    int rc = inflate(&zs, Z_SYNC_FLUSH);
    if (rc == Z_STREAM_END) {
      while (zs.avail_in > 0 && *zs.next_in == 0) {  // padding between members
        ++zs.next_in;
        --zs.avail_in;
      }
      if (zs.avail_in == 0 || inflateReset(&zs) != Z_OK) break;
      continue;
    }
    if (rc != Z_OK) break;  // cut or bad: what came out so far
  }
  out.resize(max_out - zs.avail_out);
  inflateEnd(&zs);
  return out;
}

GzipReader::GzipReader(ByteSource* in) : in_(in) {}

GzipReader::~GzipReader() {
  if (zs_ready_) inflateEnd(&zs_);
}

bool GzipReader::Refill() {
  if (eof_) return false;
  // Drop what need not be kept; keep at most kMaxKept bytes already read.
  size_t drop = keep_from_ > base_ ? static_cast<size_t>(std::min<uint64_t>(keep_from_ - base_, pos_)) : 0;
  if (pos_ - drop > kMaxKept) drop = pos_;
  if (drop > 0) {
    buf_.erase(0, drop);
    base_ += drop;
    pos_ -= drop;
  }
  size_t old = buf_.size();
  buf_.resize(old + kReadBlock);
  size_t got = 0;
  Status st = in_->Read(buf_.data() + old, kReadBlock, &got);
  buf_.resize(old + got);
  if (!st.ok()) {
    eof_ = true;
    error_ = st;
    return false;
  }
  if (got == 0) eof_ = true;
  return got > 0;
}

Status GzipReader::Fail(std::string message) {
  state_ = State::kBroken;
  error_ = Status::Corrupt(message);
  return error_;
}

Status GzipReader::Read(char* buf, size_t n, size_t* got) {
  *got = 0;
  if (n == 0) return Status::OK();
  for (;;) {
    switch (state_) {
      case State::kEnd:
        return error_;  // OK at a clean end; a read error otherwise
      case State::kBroken:
        return error_;
      case State::kMemberStart: {
        // Skip the NUL padding some writers put between members.
        for (;;) {
          if (pos_ == buf_.size() && !Refill()) {
            state_ = State::kEnd;
            return error_;
          }
          if (buf_[pos_] != '\0') break;
          ++pos_;
        }
        member_offset_ = base_ + pos_;
        keep_from_ = member_offset_;
        member_out_ = 0;
        int rc = zs_ready_ ? inflateReset(&zs_) : inflateInit2(&zs_, 16 + MAX_WBITS);
        if (rc != Z_OK) return Fail("zlib init failed");
        zs_ready_ = true;
        state_ = State::kInMember;
        break;
      }
      case State::kInMember: {
        if (pos_ == buf_.size()) Refill();
        if (!error_.ok()) {  // the source failed
          state_ = State::kEnd;
          return error_;
        }
        zs_.next_in = reinterpret_cast<Bytef*>(buf_.data() + pos_);
        zs_.avail_in = static_cast<uInt>(std::min<size_t>(buf_.size() - pos_, 1u << 30));
        zs_.next_out = reinterpret_cast<Bytef*>(buf);
        zs_.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
        uInt avail_out = zs_.avail_out;
        int rc = inflate(&zs_, Z_NO_FLUSH);
        pos_ = static_cast<size_t>(reinterpret_cast<char*>(zs_.next_in) - buf_.data());
        *got = avail_out - zs_.avail_out;
        member_out_ += *got;
        if (rc == Z_STREAM_END) {
          state_ = State::kMemberStart;
          resynced_ = false;
          keep_from_ = base_ + pos_;
          if (*got > 0) return Status::OK();
          continue;
        }
        if (rc == Z_OK || rc == Z_BUF_ERROR) {
          if (*got > 0) return Status::OK();
          if (pos_ == buf_.size() && eof_) {
            *got = 0;
            if (resynced_ && member_out_ == 0) {
              state_ = State::kEnd;
              return Status::OK();
            }
            return Fail("gzip member at byte " + std::to_string(member_offset_) +
                        " is truncated (the input ends inside it)");
          }
          continue;
        }
        if (*got > 0) {
          // Hand over what came out before the fault; the next Read fails.
          Fail("bad gzip data in the member at byte " + std::to_string(member_offset_) + ": " +
               (zs_.msg ? zs_.msg : "inflate failed"));
          return Status::OK();
        }
        if (resynced_ && member_out_ == 0) {  // a false start: look further
          state_ = State::kBroken;
          if (!SkipToNextMember()) return error_;
          resynced_ = true;
          continue;
        }
        return Fail("bad gzip data in the member at byte " + std::to_string(member_offset_) + ": " +
                    (zs_.msg ? zs_.msg : "inflate failed"));
      }
    }
  }
}

bool GzipReader::SkipToNextMember() {
  if (state_ == State::kEnd) return false;
  if (state_ != State::kBroken) return true;  // nothing broken to skip
  error_ = Status::OK();
  uint64_t from = member_offset_ + 1;
  for (;;) {
    size_t i = from > base_ ? static_cast<size_t>(from - base_) : 0;
    if (i < buf_.size()) {
      size_t hit = std::string_view(buf_).find("\x1F\x8B\x08", i);
      if (hit != std::string_view::npos) {
        pos_ = hit;
        state_ = State::kMemberStart;
        resynced_ = true;
        return true;
      }
    }
    // Keep the last two bytes: a header may straddle the next block.
    from = std::max<uint64_t>(from, base_ + (buf_.size() >= 2 ? buf_.size() - 2 : 0));
    keep_from_ = from;
    pos_ = buf_.size();
    if (!Refill()) {
      state_ = State::kEnd;
      return false;
    }
  }
}

}  // namespace dateline
