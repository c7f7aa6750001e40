// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for the queue's document messages (queue/doc_message.h):
// any bytes. What DecodeDocument accepts must encode and decode again to
// the same document; a refusal must say why.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "queue/doc_message.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view msg(reinterpret_cast<const char*>(data), size);
  dateline::Document doc;
  dateline::Status st = dateline::DecodeDocument(msg, &doc);
  if (!st.ok()) {
    if (st.message().empty()) __builtin_trap();
    return 0;
  }
  dateline::Document again;
  if (!dateline::DecodeDocument(dateline::EncodeDocument(doc), &again).ok()) __builtin_trap();
  if (again.name != doc.name || again.body != doc.body || again.format != doc.format ||
      again.published != doc.published || again.url != doc.url) {
    __builtin_trap();
  }
  return 0;
}
