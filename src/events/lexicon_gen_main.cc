// Copyright 2026 The Dateline Authors.
//
// dateline_lexgen KIND IN.tsv OUT.hsdb
// A build tool: compiles one lexicon of data/ (KIND is "triggers" or
// "actors") with TriggerLexicon/ActorLexicon::Compile, exactly as the
// runtime would, and writes its Serialize() bytes to OUT.hsdb for the build
// to embed beside the TSV (see lexicon.h). A malformed TSV fails the build
// here with the line that is wrong. OUT is replaced atomically.

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "events/lexicon.h"

namespace {

int Fail(std::string_view what, const std::string& why) {
  std::fprintf(stderr, "dateline_lexgen: %.*s: %s\n", static_cast<int>(what.size()), what.data(),
               why.c_str());
  return 1;
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = std::move(ss).str();
  return !in.bad();
}

template <typename Lexicon>
dateline::Result<std::string> CompileAndSerialize(std::string_view tsv) {
  auto lex = Lexicon::Compile(tsv);
  if (!lex.ok()) return lex.status();
  return lex.value()->Serialize();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: dateline_lexgen triggers|actors IN.tsv OUT.hsdb\n");
    return 2;
  }
  const std::string kind = argv[1], in_path = argv[2], out_path = argv[3];
  if (kind != "triggers" && kind != "actors") {
    return Fail(kind, "unknown lexicon; want triggers or actors");
  }
  std::string tsv;
  if (!ReadFile(in_path, &tsv)) return Fail(in_path, "cannot read");

  dateline::Result<std::string> bytes =
      kind == "triggers" ? CompileAndSerialize<dateline::TriggerLexicon>(tsv)
                         : CompileAndSerialize<dateline::ActorLexicon>(tsv);
  if (!bytes.ok()) return Fail(in_path, bytes.status().ToString());

  const std::string tmp = out_path + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    out.write(bytes.value().data(), static_cast<std::streamsize>(bytes.value().size()));
    out.close();
    if (!out) return Fail(tmp, "cannot write");
  }
  if (std::rename(tmp.c_str(), out_path.c_str()) != 0) return Fail(out_path, "cannot rename");
  return 0;
}
