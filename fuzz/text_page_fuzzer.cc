// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the scraped-text splitter and the quote finder
// behind it: any bytes that pass ingest's UTF-8 check.

#include <cstddef>
#include <cstdint>
#include <string>

#include "article/extract.h"
#include "util/utf8.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1u << 20)) return 0;
  dateline::Document doc;
  doc.name = "fuzz";
  doc.format = dateline::DocFormat::kText;
  doc.body.assign(reinterpret_cast<const char*>(data), size);
  if (!dateline::IsValidUtf8(doc.body)) return 0;  // ingest refuses these
  dateline::ArticleOptions options;
  options.detect_language = false;
  options.text.max_line_bytes = 4096;
  std::vector<dateline::Article> out;
  (void)dateline::ExtractArticles(doc, options, &out);
  return 0;
}
