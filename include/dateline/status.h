// Copyright 2026 The Dateline Authors.
//
// A Status is the result of an operation: OK, or an error code with a
// message that names the input and the reason. The core library never
// prints, throws or exits; it returns a Status (or a Result<T>, which holds
// either a value or a non-OK Status) and lets the caller decide.
//
// Status is cheap to copy when OK (an empty string and an enum).

#ifndef DATELINE_STATUS_H_
#define DATELINE_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace dateline {

class Status {
 public:
  enum class Code {
    kOk = 0,
    kInvalidArgument,  // the caller asked for something that makes no sense
    kNotFound,         // a file, record or id that does not exist
    kIOError,          // the operating system said no
    kCorrupt,          // input that is not what it claims to be
    kUnsupported,      // input of a kind we do not read (yet)
    kLimit,            // input over one of the documented limits
  };

  Status() = default;

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string_view msg) { return Status(Code::kInvalidArgument, msg); }
  static Status NotFound(std::string_view msg) { return Status(Code::kNotFound, msg); }
  static Status IOError(std::string_view msg) { return Status(Code::kIOError, msg); }
  static Status Corrupt(std::string_view msg) { return Status(Code::kCorrupt, msg); }
  static Status Unsupported(std::string_view msg) { return Status(Code::kUnsupported, msg); }
  static Status Limit(std::string_view msg) { return Status(Code::kLimit, msg); }

  bool ok() const { return code_ == Code::kOk; }
  Code code() const { return code_; }
  const std::string& message() const { return message_; }

  // "corrupt: truncated gzip stream", or "OK".
  std::string ToString() const;

  // A copy whose message is prefixed with `context` ("page.html: ").
  Status WithContext(std::string_view context) const;

 private:
  Status(Code code, std::string_view msg) : code_(code), message_(msg) {}

  Code code_ = Code::kOk;
  std::string message_;
};

// Either a T or a non-OK Status.
template <typename T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok());
  }

  bool ok() const { return status_.ok(); }
  const Status& status() const { return status_; }

  // REQUIRES: ok()
  T& value() & { return *value_; }
  const T& value() const& { return *value_; }
  T&& value() && { return std::move(*value_); }
  T* operator->() { return &*value_; }
  const T* operator->() const { return &*value_; }
  T& operator*() { return *value_; }

 private:
  Status status_;
  std::optional<T> value_;
};

#define DATELINE_RETURN_IF_ERROR(expr)     \
  do {                                     \
    ::dateline::Status _st = (expr);       \
    if (!_st.ok()) return _st;             \
  } while (0)

}  // namespace dateline

#endif  // DATELINE_STATUS_H_
