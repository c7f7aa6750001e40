// Copyright 2026 The Dateline Authors.
//
// Ingest: turns the paths a user names (files, directories walked
// recursively in sorted order, or "-" for stdin) into Documents. Each input
// is recognised by its content (see detect.h): plain text, HTML in any
// charset, JSON Lines records {"id", "url", "published", "title", "text" |
// "html"}, RSS/Atom feeds (feed.h), and any of these gzip-compressed; and
// WARC archives, plain or gzip (warc.h), which files and stdin stream
// record by record.
//
// Bad inputs are reported to the sink, one error per input (or per JSON
// Lines record), and reading goes on with the rest. Tested by
// ingest_test.cc.

#ifndef DATELINE_INGEST_INGEST_H_
#define DATELINE_INGEST_INGEST_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline {

struct IngestLimits {
  // One file as read from disk or stdin (a JSON Lines file or an archive).
  size_t max_file_bytes = 1u << 30;
  // One page (text or HTML), after decompression and charset conversion.
  size_t max_page_bytes = 64u << 20;
  // Directory recursion depth.
  int max_dir_depth = 32;
};

class DocumentSink {
 public:
  virtual ~DocumentSink() = default;
  virtual void OnDocument(Document doc) = 0;
  // `input` names what failed: a path, "-", or "path:LINE" for a record.
  virtual void OnError(std::string_view input, const Status& status) = 0;
};

// Reads every path in turn. Returns non-OK only if nothing could be tried
// at all (no paths); per-input failures go to the sink.
Status IngestPaths(const std::vector<std::string>& paths, const IngestLimits& limits,
                   DocumentSink* sink);

// Decodes one input already in memory (used for files, stdin, and by the
// fuzzers and tests). `name` is how the input is named in outputs.
void IngestBytes(std::string_view name, std::string bytes, const IngestLimits& limits,
                 DocumentSink* sink);

}  // namespace dateline

#endif  // DATELINE_INGEST_INGEST_H_
