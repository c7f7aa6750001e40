// Copyright 2026 The Dateline Authors.

#include "util/json_writer.h"

#include <cmath>
#include <cstdio>

#include "util/utf8.h"

namespace dateline {

void AppendJsonString(std::string_view s, std::string* out) {
  static const char kHex[] = "0123456789abcdef";
  out->push_back('"');
  size_t i = 0;
  while (i < s.size()) {
    // A run of bytes written as they are, copied at once.
    size_t plain = i;
    while (plain < s.size()) {
      unsigned char b = static_cast<unsigned char>(s[plain]);
      if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\') break;
      ++plain;
    }
    if (plain > i) {
      out->append(s.data() + i, plain - i);
      i = plain;
      if (i == s.size()) break;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      switch (c) {
        case '"': out->append("\\\""); break;
        case '\\': out->append("\\\\"); break;
        case '\n': out->append("\\n"); break;
        case '\r': out->append("\\r"); break;
        case '\t': out->append("\\t"); break;
        default:
          if (c < 0x20) {
            out->append("\\u00");
            out->push_back(kHex[c >> 4]);
            out->push_back(kHex[c & 15]);
          } else {
            out->push_back(static_cast<char>(c));
          }
      }
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(s.substr(i));
    if (n == 0) {
      out->append("\xEF\xBF\xBD");  // U+FFFD
      ++i;
    } else {
      out->append(s.substr(i, n));
      i += n;
    }
  }
  out->push_back('"');
}

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!has_value_.empty()) {
    if (has_value_.back()) out_->push_back(',');
    has_value_.back() = true;
  }
}

void JsonWriter::BeginObject() {
  Separate();
  out_->push_back('{');
  has_value_.push_back(false);
}

void JsonWriter::EndObject() {
  out_->push_back('}');
  has_value_.pop_back();
}

void JsonWriter::BeginArray() {
  Separate();
  out_->push_back('[');
  has_value_.push_back(false);
}

void JsonWriter::EndArray() {
  out_->push_back(']');
  has_value_.pop_back();
}

void JsonWriter::Key(std::string_view k) {
  Separate();
  AppendJsonString(k, out_);
  out_->push_back(':');
  after_key_ = true;
}

void JsonWriter::String(std::string_view s) {
  Separate();
  AppendJsonString(s, out_);
}

void JsonWriter::StringOrNull(std::string_view s) {
  if (s.empty()) {
    Null();
  } else {
    String(s);
  }
}

void JsonWriter::Int(int64_t v) {
  Separate();
  out_->append(std::to_string(v));
}

void JsonWriter::Double(double v, int precision) {
  Separate();
  if (!std::isfinite(v)) {
    out_->append("null");
    return;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*g", precision, v);
  out_->append(buf);
}

void JsonWriter::Bool(bool v) {
  Separate();
  out_->append(v ? "true" : "false");
}

void JsonWriter::Raw(std::string_view json) {
  Separate();
  out_->append(json);
}

void JsonWriter::Null() {
  Separate();
  out_->append("null");
}

}  // namespace dateline
