// Copyright 2026 The Dateline Authors.
//
// WARC archives (ISO 28500, WARC/1.0 and WARC/1.1), plain or gzip-compressed
// (one gzip member per record, as Common Crawl and wget write them, or any
// grouping), read as a stream: the archive is never held in memory whole,
// only one record's block at a time, within the page limit.
//
// Every `response` record whose HTTP payload is HTML (Content-Type
// text/html or application/xhtml+xml, or no useful type and markup that
// sniffs as HTML) with a 2xx status, and every `resource` record holding
// HTML, becomes a Document:
//   name       "<file>#<WARC-Record-ID>" ("<file>#<offset>" without an id)
//   url        WARC-Target-URI
//   published  the day of the HTTP Last-Modified, else of the WARC-Date
//   body       the payload, de-chunked (Transfer-Encoding: chunked),
//              decompressed (Content-Encoding: gzip, deflate) and converted
//              to UTF-8 from the HTTP Content-Type's charset when it names
//              one, else as any HTML page (charset.h)
// Other records (warcinfo, request, metadata, revisit, other payloads,
// non-2xx responses) are skipped without a word.
//
// A damaged record is reported to the sink as "<file>#<offset>" (the byte
// offset of the record; in a .warc.gz, of the gzip member it starts in)
// with the reason, and reading goes on: in a .warc.gz with the next gzip
// member, in a plain WARC at the next line that starts "WARC/1.". Damage
// is a header that is not WARC, has no Content-Length or ends early; a
// Content-Length past the end of the input, or one that does not end at the
// record's blank line; a gzip member that does not inflate; a payload that
// cannot be decoded. An HTML payload over the page limit is refused.
//
// Tested by warc_test.cc; fuzzed by fuzz/warc_fuzzer.cc.

#ifndef DATELINE_INGEST_WARC_H_
#define DATELINE_INGEST_WARC_H_

#include <string>
#include <string_view>

#include "ingest/ingest.h"
#include "ingest/source.h"

namespace dateline {

enum class WarcSniff {
  kNone,   // not a WARC archive
  kPlain,  // "WARC/1.x" records
  kGzip,   // gzip whose first decompressed bytes are "WARC/1.x"
};

// What an input is, from its first bytes (a few KB are enough).
WarcSniff SniffWarc(std::string_view head);

// Reads the archive `in` (gzip-compressed if `gzipped`), handing each page
// to `sink` as it comes. `name` names the archive in documents and errors.
void ReadWarc(std::string_view name, ByteSource* in, bool gzipped, const IngestLimits& limits,
              DocumentSink* sink);

// An HTTP body sent with "Transfer-Encoding: chunked", de-chunked. False
// when `in` does not start with a chunk (it is then no chunked body at
// all); a body cut short gives the chunks it holds.
bool Dechunk(std::string_view in, std::string* out);

}  // namespace dateline

#endif  // DATELINE_INGEST_WARC_H_
