// Copyright 2026 The Dateline Authors.
//
// Recognising an input by its content, never by its name. Tested by
// detect_test.cc.

#ifndef DATELINE_INGEST_DETECT_H_
#define DATELINE_INGEST_DETECT_H_

#include <string_view>

namespace dateline {

enum class InputKind {
  kEmpty,    // zero bytes, or only whitespace
  kGzip,     // 1f 8b: decompress, then detect again
  kWarc,     // "WARC/1.x" records (a later stage reads these)
  kFeed,     // RSS or Atom XML (a later stage reads these)
  kJsonl,    // one JSON object per line
  kHtml,     // markup
  kText,     // plain text
  kBinary,   // anything else: NULs and control bytes
};

const char* InputKindName(InputKind k);

// Looks at the first few KB of `bytes` (after any byte order mark).
InputKind DetectInputKind(std::string_view bytes);

}  // namespace dateline

#endif  // DATELINE_INGEST_DETECT_H_
