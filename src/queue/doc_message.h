// Copyright 2026 The Dateline Authors.
//
// A document as a queue message: one JSON object {"name", "format", "url",
// "published", "title", "charset", "body"} (body already UTF-8), written by
// `dateline publish` and read back by `dateline worker`. Tested by
// doc_message_test.cc; fuzzed by fuzz/doc_message_fuzzer.cc.

#ifndef DATELINE_QUEUE_DOC_MESSAGE_H_
#define DATELINE_QUEUE_DOC_MESSAGE_H_

#include <string>
#include <string_view>

#include "dateline/document.h"
#include "dateline/status.h"

namespace dateline {

// Messages over this are refused (a page is at most 64 MiB; JetStream's
// default message limit is 1 MiB, so publish refuses larger documents).
constexpr size_t kMaxDocMessageBytes = 1u << 20;

std::string EncodeDocument(const Document& doc);

// The document in `msg`; Corrupt (naming the field) if it is not one.
Status DecodeDocument(std::string_view msg, Document* doc);

}  // namespace dateline

#endif  // DATELINE_QUEUE_DOC_MESSAGE_H_
