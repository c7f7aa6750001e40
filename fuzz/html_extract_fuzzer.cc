// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the HTML article extractor: any bytes, as an HTML
// Document, must come back as an Article or a Status, never a crash, a
// hang or a leak.
//
//   cmake -S . -B build-fuzz -DDATELINE_FUZZ=ON -DCMAKE_CXX_COMPILER=clang++
//   cmake --build build-fuzz --target fuzz_html_extract
//   build-fuzz/fuzz_html_extract fuzz/corpus/html_extract

#include <cstddef>
#include <cstdint>
#include <string>

#include "article/html_extract.h"
#include "dateline/article.h"
#include "dateline/document.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxInput = 1u << 20;
  if (size > kMaxInput) return 0;
  dateline::Document doc;
  doc.name = "fuzz.html";
  doc.format = dateline::DocFormat::kHtml;
  doc.body.assign(reinterpret_cast<const char*>(data), size);
  dateline::HtmlLimits limits;
  limits.max_bytes = kMaxInput;
  dateline::Article article;
  dateline::Status st = dateline::ExtractHtmlArticle(doc, limits, &article);
  (void)st;
  return 0;
}
