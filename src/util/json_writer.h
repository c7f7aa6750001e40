// Copyright 2026 The Dateline Authors.
//
// A small streaming JSON writer for our outputs. It escapes strings as
// RFC 8259 requires, replaces invalid UTF-8 with U+FFFD so that every line
// it writes parses, and never allocates per value beyond the output string.
//
//   JsonWriter w(&out);
//   w.BeginObject(); w.Key("doc"); w.String(name); w.EndObject();
//
// Tested by json_writer_test.cc.

#ifndef DATELINE_UTIL_JSON_WRITER_H_
#define DATELINE_UTIL_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view k);
  void String(std::string_view s);
  // An empty string is written as null.
  void StringOrNull(std::string_view s);
  void Int(int64_t v);
  void Double(double v, int precision = 6);
  void Bool(bool v);
  void Null();
  // A value already written as JSON (an event record), copied as is.
  void Raw(std::string_view json);

 private:
  void Separate();

  std::string* out_;
  // One entry per open container: true once it holds a value.
  std::vector<bool> has_value_;
  bool after_key_ = false;
};

// Appends `s` to `out` as a quoted JSON string.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace dateline

#endif  // DATELINE_UTIL_JSON_WRITER_H_
