// Copyright 2026 The Dateline Authors.

#include "util/clock.h"

#include <ctime>

namespace dateline {

std::string NowUtcIso() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace dateline
