// Copyright 2026 The Dateline Authors.

#include "ingest/warc.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <deque>
#include <memory>
#include <utility>
#include <vector>

#include "article/page_date.h"
#include "ingest/charset.h"
#include "ingest/detect.h"
#include "ingest/gzip.h"
#include "util/strings.h"

namespace dateline {

namespace {

constexpr size_t kBlock = 64 << 10;
// A WARC header block, and an HTTP header block, longer than this is damage.
constexpr size_t kMaxHeaderBytes = 256 << 10;
// A record block may hold this much beside a page-sized payload (HTTP
// headers, chunk lines, compression that did not compress).
constexpr size_t kBlockAllowance = 1 << 20;
constexpr size_t kSniffBytes = 4096;
// Bytes followed within this distance by the failure of their gzip member
// are taken for its debris, not for records (see InBrokenMember).
constexpr size_t kBrokenReach = 64 << 10;

std::string Mb(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
  return buf;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view AsciiTrim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// "<urn:uuid:...>" -> "urn:uuid:...".
std::string StripAngles(std::string_view s) {
  s = AsciiTrim(s);
  if (s.size() >= 2 && s.front() == '<' && s.back() == '>') s = s.substr(1, s.size() - 2);
  return std::string(s);
}

// Header fields, names lower-cased, in order; folded lines joined.
struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;

  // The first value of `name` (lower case), or "".
  std::string_view Get(std::string_view name) const {
    for (const auto& f : fields) {
      if (f.first == name) return f.second;
    }
    return {};
  }
};

// Parses "Name: value" lines (LF or CRLF). Lines without a colon are
// ignored; a line starting with a blank continues the previous one.
Headers ParseHeaders(std::string_view block) {
  Headers h;
  size_t pos = 0;
  while (pos < block.size()) {
    size_t eol = block.find('\n', pos);
    if (eol == std::string_view::npos) eol = block.size();
    std::string_view line = block.substr(pos, eol - pos);
    pos = eol + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;
    if ((line[0] == ' ' || line[0] == '\t') && !h.fields.empty()) {
      h.fields.back().second += ' ';
      h.fields.back().second += AsciiTrim(line);
      continue;
    }
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    h.fields.emplace_back(ToLowerAscii(AsciiTrim(line.substr(0, colon))),
                          std::string(AsciiTrim(line.substr(colon + 1))));
  }
  return h;
}

// Length of the header block at the start of `s`, up to and with the blank
// line that ends it (CRLF CRLF, or LF LF), or npos.
size_t HeaderEnd(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t eol = s.find('\n', pos);
    if (eol == std::string_view::npos) return std::string_view::npos;
    std::string_view line = s.substr(pos, eol - pos);
    if (line.empty() || line == "\r") return eol + 1;
    pos = eol + 1;
  }
  return std::string_view::npos;
}

// The media type of a Content-Type value, lower-cased, without parameters.
std::string MediaType(std::string_view content_type) {
  size_t semi = content_type.find(';');
  return ToLowerAscii(AsciiTrim(content_type.substr(0, semi)));
}

bool IsHtmlType(const std::string& mime) {
  return mime == "text/html" || mime == "application/xhtml+xml";
}

// Types that say nothing: the payload is sniffed.
bool IsUntyped(const std::string& mime) {
  return mime.empty() || mime == "application/octet-stream" || mime == "binary/octet-stream" ||
         mime == "unknown/unknown" || mime == "application/unknown" || mime == "*/*";
}

bool ParseDecimal(std::string_view s, uint64_t* out) {
  s = AsciiTrim(s);
  if (s.empty() || s.size() > 19) return false;
  uint64_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<uint64_t>(c - '0');
  }
  *out = v;
  return true;
}

// ---------------------------------------------------------------------------
// The archive's bytes, decompressed if need be, and the file offsets that
// name them.

class Decoder {
 public:
  virtual ~Decoder() = default;
  // Up to `n` bytes; `*got` is 0 at the end. `*offset` is the file offset
  // that names the bytes (see Linear()).
  virtual Status Read(char* buf, size_t n, size_t* got, uint64_t* offset) = 0;
  // True if a byte's offset is the chunk's plus its place in the chunk
  // (plain); false if every byte of a chunk has the chunk's offset (that
  // of its gzip member).
  virtual bool Linear() const = 0;
  // The offset that names the damage after a failed Read.
  virtual uint64_t ErrorOffset() const = 0;
  // After a failed Read: true if reading can go on (the next bytes then
  // start a gzip member).
  virtual bool Recover() = 0;
};

class PlainDecoder final : public Decoder {
 public:
  explicit PlainDecoder(ByteSource* in) : in_(in) {}
  Status Read(char* buf, size_t n, size_t* got, uint64_t* offset) override {
    *offset = offset_;
    Status st = in_->Read(buf, n, got);
    offset_ += *got;
    return st;
  }
  bool Linear() const override { return true; }
  uint64_t ErrorOffset() const override { return offset_; }
  bool Recover() override { return false; }  // the source failed

 private:
  ByteSource* in_;
  uint64_t offset_ = 0;
};

class GzipDecoder final : public Decoder {
 public:
  explicit GzipDecoder(ByteSource* in) : reader_(in) {}
  Status Read(char* buf, size_t n, size_t* got, uint64_t* offset) override {
    Status st = reader_.Read(buf, n, got);
    *offset = reader_.member_offset();
    return st;
  }
  bool Linear() const override { return false; }
  uint64_t ErrorOffset() const override { return reader_.member_offset(); }
  bool Recover() override { return reader_.SkipToNextMember(); }

 private:
  GzipReader reader_;
};

// ---------------------------------------------------------------------------

class WarcReader {
 public:
  WarcReader(std::string_view name, Decoder* dec, const IngestLimits& limits, DocumentSink* sink)
      : name_(name), dec_(dec), limits_(limits), sink_(sink) {}

  void Run();

 private:
  enum class Outcome {
    kNext,    // a record read (and handed over, or skipped): go on
    kResync,  // damage reported: look for the next "WARC/1." line
    kBroken,  // the decoder failed: report it and recover
    kEnd,     // no more input
  };

  struct Record {
    uint64_t offset = 0;
    Headers warc;
    std::string type;  // lower case
  };

  size_t Avail() const { return buf_.size() - pos_; }
  std::string_view View() const { return std::string_view(buf_).substr(pos_); }
  size_t Fill(size_t want);
  void Consume(size_t n);
  uint64_t OffsetOf(uint64_t abs) const;
  void Error(uint64_t offset, const Status& st);

  Outcome ReadRecord();
  Outcome SkipBytes(uint64_t n, const Record& rec);
  bool AtRecordEnd();
  bool ScanToVersionLine();
  bool IsHtmlHead(const Record& rec, std::string_view head);
  bool Recover();
  bool InBrokenMember(uint64_t abs);
  void Process(const Record& rec, std::string_view block);

  std::string name_;
  Decoder* dec_;
  const IngestLimits& limits_;
  DocumentSink* sink_;

  std::string buf_;   // decoded bytes; buf_[0] is at stream offset abs_
  size_t pos_ = 0;
  uint64_t abs_ = 0;
  bool prev_newline_ = true;  // the byte before pos_ is a newline (or none)
  bool eof_ = false;
  bool broken_ = false;
  Status dec_error_;
  uint64_t break_abs_ = 0;  // the stream offset where the decoder failed
  // Where chunks of buf_ came from: (stream offset, file offset).
  std::deque<std::pair<uint64_t, uint64_t>> marks_;
};

size_t WarcReader::Fill(size_t want) {
  while (Avail() < want && !eof_ && !broken_) {
    if (pos_ > 0 && pos_ * 2 >= buf_.size()) {
      buf_.erase(0, pos_);
      abs_ += pos_;
      pos_ = 0;
    }
    size_t old = buf_.size();
    size_t ask = std::max(kBlock, std::min<size_t>(want - Avail(), 16 * kBlock));
    buf_.resize(old + ask);
    size_t got = 0;
    uint64_t offset = 0;
    Status st = dec_->Read(buf_.data() + old, ask, &got, &offset);
    buf_.resize(old + got);
    if (got > 0) marks_.emplace_back(abs_ + old, offset);
    if (!st.ok()) {
      broken_ = true;
      dec_error_ = st;
      break_abs_ = abs_ + buf_.size();
    } else if (got == 0) {
      eof_ = true;
    }
  }
  return Avail();
}

void WarcReader::Consume(size_t n) {
  n = std::min(n, Avail());
  if (n == 0) return;
  pos_ += n;
  prev_newline_ = buf_[pos_ - 1] == '\n';
}

uint64_t WarcReader::OffsetOf(uint64_t abs) const {
  // The last chunk that starts at or before `abs`.
  auto it = std::upper_bound(marks_.begin(), marks_.end(), abs,
                             [](uint64_t a, const auto& m) { return a < m.first; });
  if (it == marks_.begin()) return dec_->Linear() ? abs : 0;
  --it;
  return dec_->Linear() ? it->second + (abs - it->first) : it->second;
}

void WarcReader::Error(uint64_t offset, const Status& st) {
  sink_->OnError(name_ + "#" + std::to_string(offset), st);
}

// Reads `n` block bytes without keeping them.
WarcReader::Outcome WarcReader::SkipBytes(uint64_t n, const Record& rec) {
  uint64_t left = n;
  while (left > 0) {
    if (Avail() == 0) Fill(1);
    if (Avail() == 0) {
      if (broken_) return Outcome::kBroken;
      Error(rec.offset, Status::Corrupt("truncated record: Content-Length " + std::to_string(n) +
                                        " runs past the end of the input (" +
                                        std::to_string(n - left) + " bytes left)"));
      return Outcome::kEnd;
    }
    size_t k = static_cast<size_t>(std::min<uint64_t>(left, Avail()));
    Consume(k);
    left -= k;
  }
  return Outcome::kNext;
}

// After a block: the blank line that ends a record (CRLF CRLF; any run of
// line ends is taken), or the end of the input.
bool WarcReader::AtRecordEnd() {
  Fill(4);
  if (Avail() == 0) return true;  // the end (or damage the caller reports)
  char c = buf_[pos_];
  if (c != '\r' && c != '\n') return false;
  size_t k = 0;
  while (k < 4 && k < Avail() && (buf_[pos_ + k] == '\r' || buf_[pos_ + k] == '\n')) ++k;
  Consume(k);
  return true;
}

// Moves to the next line that starts "WARC/1.". False at the end.
bool WarcReader::ScanToVersionLine() {
  static constexpr std::string_view kVersion = "WARC/1.";
  for (;;) {
    std::string_view v = View();
    size_t from = 0;
    size_t hit;
    while ((hit = v.find(kVersion, from)) != std::string_view::npos) {
      bool line_start = hit == 0 ? prev_newline_ : v[hit - 1] == '\n';
      if (line_start) {
        Consume(hit);
        prev_newline_ = true;
        return true;
      }
      from = hit + 1;
    }
    if (eof_ || broken_) {
      Consume(v.size());
      return false;
    }
    size_t keep = std::min(v.size(), kVersion.size() - 1);
    Consume(v.size() - keep);
    Fill(keep + 1);
  }
}

void WarcReader::Run() {
  bool scanning = false;
  for (;;) {
    // A decoder failure is dealt with once the bytes read before it are
    // used up (reading ahead may have come upon it early).
    if (broken_ && Avail() == 0) {
      if (!Recover()) return;  // nothing more to read
      scanning = true;
      continue;
    }
    if (scanning) {
      if (!ScanToVersionLine()) {
        if (broken_) continue;
        return;
      }
      scanning = false;
    }
    switch (ReadRecord()) {
      case Outcome::kNext:
        break;
      case Outcome::kResync:
        scanning = true;
        break;
      case Outcome::kBroken:
        // What is left of the record is cut by the failure: dropped.
        broken_ = true;
        abs_ += buf_.size();
        buf_.clear();
        pos_ = 0;
        break;
      case Outcome::kEnd:
        if (!broken_) return;
        break;
    }
  }
}

// Reports the decoder's failure and moves it past it. False if nothing
// can be read after it.
bool WarcReader::Recover() {
  Error(dec_->ErrorOffset(), dec_error_);
  abs_ += buf_.size();
  buf_.clear();
  pos_ = 0;
  marks_.clear();
  prev_newline_ = true;  // a new gzip member starts a line
  broken_ = false;
  return dec_->Recover();
}

// True if the bytes at stream offset `abs` (not before the read position)
// come from a gzip member that fails within kBrokenReach bytes after them:
// what they say is no record, and the member's failure is the one error to
// report. Reads that far ahead to know, so that the answer depends on the
// bytes only, not on how they were cut into reads.
bool WarcReader::InBrokenMember(uint64_t abs) {
  if (dec_->Linear()) return false;
  uint64_t here = abs_ + pos_;
  Fill(static_cast<size_t>(abs > here ? abs - here : 0) + kBrokenReach);
  return broken_ && break_abs_ >= abs && break_abs_ - abs <= kBrokenReach &&
         OffsetOf(abs) == dec_->ErrorOffset();
}

WarcReader::Outcome WarcReader::ReadRecord() {
  // Line ends (and stray blanks) between records.
  for (;;) {
    if (Fill(1) == 0) return broken_ ? Outcome::kBroken : Outcome::kEnd;
    if (!IsSpace(buf_[pos_])) break;
    Consume(1);
  }
  Record rec;
  uint64_t start = abs_ + pos_;
  rec.offset = OffsetOf(start);
  while (marks_.size() >= 2 && marks_[1].first <= start) marks_.pop_front();

  Fill(8);
  if (!StartsWith(View(), "WARC/1.")) {
    if ((broken_ && Avail() < 8) || InBrokenMember(start)) return Outcome::kBroken;
    std::string seen(View().substr(0, std::min<size_t>(View().find_first_of("\r\n"), 20)));
    for (char& c : seen) {
      if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) >= 0x7F) c = '?';
    }
    Error(rec.offset, Status::Corrupt("not a WARC record: expected \"WARC/1.0\" or \"WARC/1.1\", "
                                      "found \"" + seen + "\""));
    Consume(1);
    return Outcome::kResync;
  }
  // The header block.
  size_t header_len = std::string_view::npos;
  for (size_t want = 1024;; want *= 2) {
    Fill(std::min(want, kMaxHeaderBytes + 4));
    header_len = HeaderEnd(View().substr(0, kMaxHeaderBytes + 4));
    if (header_len != std::string_view::npos) break;
    if (Avail() > kMaxHeaderBytes) {
      Error(rec.offset, Status::Corrupt("record header longer than " +
                                        std::to_string(kMaxHeaderBytes >> 10) + " KB"));
      Consume(1);
      return Outcome::kResync;
    }
    if (broken_) return Outcome::kBroken;
    if (eof_) {
      Error(rec.offset, Status::Corrupt("truncated record: the input ends inside its header"));
      Consume(Avail());
      return Outcome::kEnd;
    }
  }
  std::string_view head = View().substr(0, header_len);
  size_t first_eol = head.find('\n');
  rec.warc = ParseHeaders(head.substr(first_eol + 1));
  rec.type = ToLowerAscii(rec.warc.Get("warc-type"));
  uint64_t length = 0;
  std::string_view length_field = rec.warc.Get("content-length");
  if (!ParseDecimal(length_field, &length)) {
    if (InBrokenMember(start)) return Outcome::kBroken;
    Error(rec.offset, Status::Corrupt(length_field.empty()
                                          ? std::string("record header has no Content-Length")
                                          : "record header has a bad Content-Length \"" +
                                                std::string(length_field.substr(0, 40)) + "\""));
    Consume(header_len);
    return Outcome::kResync;
  }
  Consume(header_len);

  bool wanted = rec.type == "response" || rec.type == "resource";
  if (wanted && length > limits_.max_page_bytes + kBlockAllowance) {
    // Too big to hold: refused if it is a page, skipped without a word if not.
    Fill(static_cast<size_t>(std::min<uint64_t>(length, kMaxHeaderBytes + kSniffBytes)));
    std::string_view first = View().substr(0, static_cast<size_t>(std::min<uint64_t>(length, Avail())));
    if (IsHtmlHead(rec, first)) {
      Error(rec.offset, Status::Limit(Mb(static_cast<size_t>(length)) +
                                      " record is larger than the " + Mb(limits_.max_page_bytes) +
                                      " page limit"));
    }
    wanted = false;
  }
  if (!wanted) {
    Outcome o = SkipBytes(length, rec);
    if (o != Outcome::kNext) return o;
    if (!AtRecordEnd()) {
      Error(rec.offset, Status::Corrupt("record does not end where its Content-Length " +
                                        std::to_string(length) + " says"));
      return Outcome::kResync;
    }
    return Outcome::kNext;
  }
  size_t n = static_cast<size_t>(length);
  if (Fill(n) < n) {
    if (broken_) return Outcome::kBroken;
    Error(rec.offset, Status::Corrupt("truncated record: Content-Length " + std::to_string(n) +
                                      " runs past the end of the input (" +
                                      std::to_string(Avail()) + " bytes left)"));
    Consume(Avail());
    return Outcome::kEnd;
  }
  uint64_t block_start = abs_ + pos_;
  std::string block = buf_.substr(pos_, n);
  Consume(n);
  if (!AtRecordEnd()) {
    if (InBrokenMember(abs_ + pos_)) return Outcome::kBroken;
    Error(rec.offset, Status::Corrupt("record does not end where its Content-Length " +
                                      std::to_string(n) + " says"));
    // Look again from just after the header: the next record may start
    // inside what the wrong length took in.
    if (n > 1) {
      buf_ = block.substr(1) + buf_.substr(pos_);
      abs_ = block_start + 1;
      pos_ = 0;
      prev_newline_ = block[0] == '\n';
    }
    return Outcome::kResync;
  }
  Process(rec, block);
  return Outcome::kNext;
}

// Whether the start of a record's block (too big to read whole) is a page.
bool WarcReader::IsHtmlHead(const Record& rec, std::string_view head) {
  std::string mime = MediaType(rec.warc.Get("content-type"));
  if (rec.type == "response" && (StartsWith(mime, "application/http") || StartsWith(head, "HTTP/"))) {
    size_t end = HeaderEnd(head);
    if (end == std::string_view::npos) return false;
    size_t eol = head.find('\n');
    Headers http = ParseHeaders(head.substr(eol + 1, end - (eol + 1)));
    mime = MediaType(http.Get("content-type"));
    head.remove_prefix(end);
  }
  if (IsHtmlType(mime)) return true;
  return IsUntyped(mime) && DetectInputKind(head) == InputKind::kHtml;
}

void WarcReader::Process(const Record& rec, std::string_view block) {
  std::string where_id = StripAngles(rec.warc.Get("warc-record-id"));
  std::string content_type(rec.warc.Get("content-type"));
  std::string content_encoding;
  std::string transfer_encoding;
  std::string last_modified;
  std::string_view payload = block;
  std::string mime = MediaType(content_type);
  if (rec.type == "response" && (StartsWith(mime, "application/http") || StartsWith(block, "HTTP/"))) {
    if (!StartsWith(block, "HTTP/")) {
      Error(rec.offset, Status::Corrupt("response record holds no HTTP status line"));
      return;
    }
    size_t end = HeaderEnd(block.substr(0, kMaxHeaderBytes));
    if (end == std::string_view::npos) {
      Error(rec.offset, Status::Corrupt("response record's HTTP header does not end"));
      return;
    }
    size_t eol = block.find('\n');
    std::string_view status_line = block.substr(0, eol);
    // "HTTP/1.1 200 OK": only 2xx answers carry the page asked for.
    size_t sp = status_line.find(' ');
    std::string_view code = sp == std::string_view::npos ? "" : AsciiTrim(status_line.substr(sp + 1));
    if (code.size() < 3 || code[0] != '2') return;
    Headers http = ParseHeaders(block.substr(eol + 1, end - (eol + 1)));
    content_type = std::string(http.Get("content-type"));
    content_encoding = ToLowerAscii(http.Get("content-encoding"));
    transfer_encoding = ToLowerAscii(http.Get("transfer-encoding"));
    last_modified = std::string(http.Get("last-modified"));
    payload = block.substr(end);
    mime = MediaType(content_type);
  } else if (rec.type == "response" && !IsHtmlType(mime)) {
    return;  // dns:, ftp: and other non-HTTP responses
  }
  bool html_type = IsHtmlType(mime);
  if (!html_type && !IsUntyped(mime)) return;  // not a page

  std::string body;
  if (transfer_encoding.find("chunked") != std::string::npos && Dechunk(payload, &body)) {
    payload = body;
  }
  std::string decoded;
  if (!content_encoding.empty() && content_encoding != "identity" && content_encoding != "none") {
    bool gzip_magic = payload.size() >= 2 && payload[0] == '\x1F' && payload[1] == '\x8B';
    Status st;
    if (content_encoding == "gzip" || content_encoding == "x-gzip") {
      // Crawlers that store the body decoded may leave the header be.
      if (gzip_magic) st = Gunzip(payload, limits_.max_page_bytes, &decoded);
    } else if (content_encoding == "deflate") {
      st = Inflate(payload, limits_.max_page_bytes, &decoded);
      if (st.code() == Status::Code::kCorrupt &&
          DetectInputKind(payload.substr(0, kSniffBytes)) == InputKind::kHtml) {
        st = Status::OK();  // stored decoded
        decoded.clear();
      }
    } else {
      if (html_type) {
        Error(rec.offset, Status::Unsupported("page with Content-Encoding \"" + content_encoding +
                                              "\", which is not read"));
      }
      return;
    }
    if (!st.ok()) {
      if (html_type || st.code() == Status::Code::kLimit) {
        Error(rec.offset, st.code() == Status::Code::kLimit
                              ? Status::Limit("page decompresses to more than the " +
                                              Mb(limits_.max_page_bytes) + " page limit")
                              : Status::Corrupt("page's " + content_encoding +
                                                " Content-Encoding: " + st.message()));
      }
      return;
    }
    if (!decoded.empty()) payload = decoded;
  }
  if (!html_type && DetectInputKind(payload.substr(0, kSniffBytes)) != InputKind::kHtml) return;
  if (payload.size() > limits_.max_page_bytes) {
    Error(rec.offset, Status::Limit(Mb(payload.size()) + " page is larger than the " +
                                    Mb(limits_.max_page_bytes) + " page limit"));
    return;
  }
  Decoded dec;
  Status st = ToUtf8FromTransport(payload, /*is_markup=*/true, CharsetFromContentType(content_type),
                                  &dec);
  if (!st.ok()) {
    Error(rec.offset, st);
    return;
  }
  if (dec.utf8.size() > limits_.max_page_bytes) {
    Error(rec.offset, Status::Limit(Mb(dec.utf8.size()) + " page in UTF-8 is larger than the " +
                                    Mb(limits_.max_page_bytes) + " page limit"));
    return;
  }
  if (TrimView(dec.utf8).empty()) return;  // an empty answer: no page

  Document doc;
  doc.name = name_ + "#" + (where_id.empty() ? std::to_string(rec.offset) : where_id);
  doc.format = DocFormat::kHtml;
  doc.url = StripAngles(rec.warc.Get("warc-target-uri"));
  YMD day = last_modified.empty() ? YMD() : FindDate(last_modified);
  if (!day.valid()) day = FindDate(rec.warc.Get("warc-date"));
  if (day.valid()) doc.published = day.Iso();
  doc.charset = dec.charset;
  doc.body = std::move(dec.utf8);
  sink_->OnDocument(std::move(doc));
}

}  // namespace

WarcSniff SniffWarc(std::string_view head) {
  if (head.size() >= 2 && head[0] == '\x1F' && head[1] == '\x8B') {
    // A WARC names itself in its first bytes ("WARC/1."): a few hundred
    // decompressed bytes decide, whatever the size of the archive.
    return DetectInputKind(GunzipHead(head, 512)) == InputKind::kWarc ? WarcSniff::kGzip
                                                                      : WarcSniff::kNone;
  }
  return DetectInputKind(head.substr(0, kSniffBytes)) == InputKind::kWarc ? WarcSniff::kPlain
                                                                           : WarcSniff::kNone;
}

void ReadWarc(std::string_view name, ByteSource* in, bool gzipped, const IngestLimits& limits,
              DocumentSink* sink) {
  std::unique_ptr<Decoder> dec;
  if (gzipped) {
    dec = std::make_unique<GzipDecoder>(in);
  } else {
    dec = std::make_unique<PlainDecoder>(in);
  }
  WarcReader reader(name, dec.get(), limits, sink);
  reader.Run();
}

bool Dechunk(std::string_view in, std::string* out) {
  out->clear();
  size_t pos = 0;
  for (bool first = true;; first = false) {
    size_t eol = in.find('\n', pos);
    if (eol == std::string_view::npos) return !first;
    std::string_view line = in.substr(pos, eol - pos);
    size_t semi = line.find(';');  // chunk extensions
    line = AsciiTrim(line.substr(0, semi));
    if (line.empty() || line.size() > 15) return !first;
    uint64_t size = 0;
    for (char c : line) {
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return !first;
      size = size * 16 + static_cast<uint64_t>(d);
    }
    pos = eol + 1;
    if (size == 0) return true;  // the last chunk; trailers follow
    if (size >= in.size() - pos) {
      out->append(in.substr(pos));  // cut short
      return true;
    }
    out->append(in.substr(pos, static_cast<size_t>(size)));
    pos += static_cast<size_t>(size);
    if (pos < in.size() && in[pos] == '\r') ++pos;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
}

}  // namespace dateline
