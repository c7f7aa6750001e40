// Copyright 2026 The Dateline Authors.
//
// A Document is one unit of input as a crawler hands it over: the bytes of
// a page (already decompressed and converted to UTF-8), where it came from,
// and whatever metadata the container carried (a JSON Lines record's url,
// published date and title; later a WARC record's HTTP headers).

#ifndef DATELINE_DOCUMENT_H_
#define DATELINE_DOCUMENT_H_

#include <string>

namespace dateline {

enum class DocFormat {
  kText,  // plain or scraped text, one page that may hold several stories
  kHtml,  // an HTML page
};

const char* DocFormatName(DocFormat f);

struct Document {
  // The path as given on the command line, "-" for stdin, or the record's
  // id for a JSON Lines record. Used as `doc` in every output.
  std::string name;
  DocFormat format = DocFormat::kText;
  std::string body;       // UTF-8, NUL-free
  std::string url;        // may be empty
  std::string published;  // ISO 8601 date from the container, may be empty
  std::string title;      // from the container, may be empty
  std::string charset;    // the charset the bytes were converted from
};

}  // namespace dateline

#endif  // DATELINE_DOCUMENT_H_
