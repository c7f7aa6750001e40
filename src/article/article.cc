// Copyright 2026 The Dateline Authors.

#include "dateline/article.h"

namespace dateline {

std::string Article::Body() const {
  std::string out;
  for (const std::string& p : paragraphs) {
    if (!out.empty()) out += "\n\n";
    out += p;
  }
  return out;
}

}  // namespace dateline
