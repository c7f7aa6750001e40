// Copyright 2026 The Dateline Authors.

#include "queue/doc_message.h"

#include <simdjson.h>

#include "util/json_writer.h"
#include "util/utf8.h"

namespace dateline {

std::string EncodeDocument(const Document& doc) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("name");
  w.String(doc.name);
  w.Key("format");
  w.String(DocFormatName(doc.format));
  w.Key("url");
  w.String(doc.url);
  w.Key("published");
  w.String(doc.published);
  w.Key("title");
  w.String(doc.title);
  w.Key("charset");
  w.String(doc.charset);
  w.Key("body");
  w.String(doc.body);
  w.EndObject();
  return out;
}

Status DecodeDocument(std::string_view msg, Document* doc) {
  if (msg.size() > kMaxDocMessageBytes) {
    return Status::Limit("document message over " + std::to_string(kMaxDocMessageBytes) + " bytes");
  }
  simdjson::dom::parser parser;
  simdjson::padded_string padded(msg);
  simdjson::dom::object obj;
  if (auto err = parser.parse(padded).get(obj); err) {
    return Status::Corrupt(std::string("document message: ") + simdjson::error_message(err));
  }
  Document d;
  bool has_body = false, has_name = false;
  for (auto field : obj) {
    std::string_view v;
    if (field.value.get_string().get(v)) {
      return Status::Corrupt("document message: " + std::string(field.key) + ": not a string");
    }
    std::string_view k = field.key;
    if (k == "name") {
      d.name = std::string(v);
      has_name = true;
    } else if (k == "format") {
      if (v == "html") {
        d.format = DocFormat::kHtml;
      } else if (v == "text") {
        d.format = DocFormat::kText;
      } else {
        return Status::Corrupt("document message: format: '" + std::string(v.substr(0, 16)) +
                               "' is neither text nor html");
      }
    } else if (k == "url") {
      d.url = std::string(v);
    } else if (k == "published") {
      d.published = std::string(v);
    } else if (k == "title") {
      d.title = std::string(v);
    } else if (k == "charset") {
      d.charset = std::string(v);
    } else if (k == "body") {
      d.body = std::string(v);
      has_body = true;
    }
  }
  if (!has_name || d.name.empty()) return Status::Corrupt("document message: no name");
  if (!has_body) return Status::Corrupt("document message: no body");
  if (d.body.find('\0') != std::string::npos) {
    return Status::Corrupt("document message: body: a NUL byte");
  }
  *doc = std::move(d);
  return Status::OK();
}

}  // namespace dateline
