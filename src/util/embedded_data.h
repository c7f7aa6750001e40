// Copyright 2026 The Dateline Authors.
//
// The data files of data/ (lexicons we write ourselves), compiled into the
// binary by cmake/embed.cmake so that the one binary needs nothing beside it.

#ifndef DATELINE_UTIL_EMBEDDED_DATA_H_
#define DATELINE_UTIL_EMBEDDED_DATA_H_

#include <string_view>
#include <vector>

namespace dateline {

struct EmbeddedFile {
  std::string_view name;  // "triggers.tsv"
  std::string_view data;
};

const std::vector<EmbeddedFile>& EmbeddedFiles();

// The named file's contents, or an empty view.
std::string_view FindEmbeddedFile(std::string_view name);

}  // namespace dateline

#endif  // DATELINE_UTIL_EMBEDDED_DATA_H_
