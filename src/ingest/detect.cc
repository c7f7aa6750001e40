// Copyright 2026 The Dateline Authors.

#include "ingest/detect.h"

#include "dateline/document.h"

#include <cctype>

#include "util/strings.h"

namespace dateline {

const char* DocFormatName(DocFormat f) {
  switch (f) {
    case DocFormat::kText: return "text";
    case DocFormat::kHtml: return "html";
  }
  return "";
}

namespace {

constexpr size_t kSniffBytes = 4096;

bool HasUtf16Bom(std::string_view b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
}

// Counts control bytes that never appear in text (everything below 0x20
// except tab, newline, carriage return, form feed and escape).
bool LooksBinary(std::string_view head) {
  size_t bad = 0;
  for (char ch : head) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B) ++bad;
  }
  return bad * 20 > head.size();  // more than 5%
}

bool LooksLikeMarkup(std::string_view head) {
  std::string lower = ToLowerAscii(head);
  static const char* kTags[] = {"<!doctype html", "<html", "<head", "<body", "<meta ",
                                "<title", "<div", "<p>", "<p ", "<article", "<script",
                                "<span", "<br", "<a href", "<table", "<h1", "<h2"};
  int hits = 0;
  for (const char* tag : kTags) {
    if (lower.find(tag) != std::string::npos) ++hits;
  }
  std::string_view t = TrimView(head);
  if (StartsWith(lower.substr(head.size() - t.size()), "<!doctype html")) return true;
  if (!t.empty() && t[0] == '<' && hits >= 1) return true;
  return hits >= 3;
}

}  // namespace

const char* InputKindName(InputKind k) {
  switch (k) {
    case InputKind::kEmpty: return "empty";
    case InputKind::kGzip: return "gzip";
    case InputKind::kWarc: return "WARC";
    case InputKind::kFeed: return "RSS/Atom feed";
    case InputKind::kJsonl: return "JSON Lines";
    case InputKind::kHtml: return "HTML";
    case InputKind::kText: return "text";
    case InputKind::kBinary: return "binary";
  }
  return "unknown";
}

InputKind DetectInputKind(std::string_view bytes) {
  if (bytes.size() >= 2 && bytes[0] == '\x1F' && bytes[1] == '\x8B') return InputKind::kGzip;
  if (HasUtf16Bom(bytes)) {
    // UTF-16 text or markup; the charset stage converts it, and the kind
    // is decided on the converted text.
    return InputKind::kText;
  }
  std::string_view b = bytes;
  if (StartsWith(b, "\xEF\xBB\xBF")) b.remove_prefix(3);
  std::string_view head = b.substr(0, kSniffBytes);
  if (TrimView(head).empty() && TrimView(b).empty()) return InputKind::kEmpty;
  std::string_view t = TrimView(head);
  // Before the binary test: a record's payload (an image, a gzip body) may
  // lie within the first few KB of an archive.
  if (StartsWith(t, "WARC/1.")) return InputKind::kWarc;
  if (LooksBinary(head)) return InputKind::kBinary;
  if (StartsWith(t, "<?xml") || StartsWith(t, "<rss") || StartsWith(t, "<feed") ||
      StartsWith(t, "<rdf:RDF")) {
    std::string lower = ToLowerAscii(head);
    if (lower.find("<rss") != std::string::npos || lower.find("<feed") != std::string::npos ||
        lower.find("<rdf:rdf") != std::string::npos) {
      return InputKind::kFeed;
    }
  }
  if (!t.empty() && t[0] == '{') {
    // JSON Lines: the first line is an object. A pretty-printed single
    // JSON document is not JSON Lines and is reported as malformed later.
    return InputKind::kJsonl;
  }
  if (LooksLikeMarkup(head)) return InputKind::kHtml;
  return InputKind::kText;
}

}  // namespace dateline
