// Copyright 2026 The Dateline Authors.
//
// dateline: turns news pages into clean articles and incident records.
// Dispatches to the subcommand table in commands.cc.

#include <malloc.h>

#include <cstdio>
#include <cstring>
#include <string>

#include "cli/commands.h"

namespace {

void PrintHelp(FILE* out) {
  std::fprintf(out,
               "usage: dateline COMMAND [ARGS...]\n\n"
               "Turns raw news (scraped text pages, HTML, JSON Lines records, gzip of any of\n"
               "these) into clean articles and incident records.\n\ncommands:\n");
  for (const auto& c : dateline::cli::Commands()) {
    std::fprintf(out, "  %-10s %s\n", c.name, c.summary);
  }
  std::fprintf(out, "\n'dateline help COMMAND' shows a command's usage.\n");
}

int Usage(const dateline::cli::Command& c, FILE* out) {
  std::fprintf(out, "usage: dateline %s %s\n  %s\n", c.name, c.usage, c.summary);
  return out == stdout ? 0 : 2;
}

}  // namespace

int main(int argc, char** argv) {
  using dateline::cli::Commands;
  // Pages and their trees come and go by the thousand, most between 100 KB
  // and a few MB: glibc would map each such buffer afresh and fault its
  // pages in again for the next page. Keep them in the heap instead.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    PrintHelp(argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  std::string name = argv[1];
  if (name == "--version" || name == "version") {
    std::printf("dateline 0.1.0\n");
    return 0;
  }
  if (name == "help") {
    if (argc < 3) {
      PrintHelp(stdout);
      return 0;
    }
    for (const auto& c : Commands()) {
      if (argv[2] == std::string(c.name)) return Usage(c, stdout);
    }
    dateline::cli::PrintError(std::string("unknown command '") + argv[2] + "'");
    return 2;
  }
  for (const auto& c : Commands()) {
    if (name != c.name) continue;
    dateline::cli::Args args(argv + 2, argv + argc);
    for (const auto& a : args) {
      if (a == "--help" || a == "-h") return Usage(c, stdout);
    }
    return c.run(args);
  }
  dateline::cli::PrintError("unknown command '" + name + "'; see 'dateline --help'");
  return 2;
}
