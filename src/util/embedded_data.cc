// Copyright 2026 The Dateline Authors.

#include "util/embedded_data.h"

namespace dateline {

std::string_view FindEmbeddedFile(std::string_view name) {
  for (const auto& f : EmbeddedFiles()) {
    if (f.name == name) return f.data;
  }
  return {};
}

}  // namespace dateline
