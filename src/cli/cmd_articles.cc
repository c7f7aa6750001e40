// Copyright 2026 The Dateline Authors.
//
// dateline articles PATH... [--format jsonl|text]

#include <cstdio>
#include <string>

#include "article/article_json.h"
#include "article/extract.h"
#include "cli/commands.h"
#include "ingest/ingest.h"

namespace dateline::cli {

namespace {

class ArticleWriter : public DocumentSink {
 public:
  explicit ArticleWriter(bool json) : json_(json) {}

  void OnDocument(Document doc) override {
    std::vector<Article> articles;
    Status st = ExtractArticles(doc, options_, &articles);
    if (!st.ok()) {
      OnError(doc.name, st);
      return;
    }
    std::string out;
    for (const Article& a : articles) {
      if (json_) {
        AppendArticleJson(a, &out);
        out += '\n';
      } else {
        AppendArticleText(a, &out);
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }

  void OnError(std::string_view input, const Status& status) override {
    ++failed_;
    std::fprintf(stderr, "dateline: %.*s: %s\n", static_cast<int>(input.size()), input.data(),
                 status.ToString().c_str());
  }

  int failed() const { return failed_; }

 private:
  bool json_;
  ArticleOptions options_;
  int failed_ = 0;
};

}  // namespace

int RunArticles(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"format"}, {});
  if (!p.error.empty()) {
    PrintError(p.error);
    return 2;
  }
  std::string format = p.Get("format", "jsonl");
  if (format != "jsonl" && format != "text") {
    PrintError("--format must be jsonl or text, not '" + format + "'");
    return 2;
  }
  if (p.positional.empty()) {
    PrintError("articles: no input; give PATH... or - for stdin");
    return 2;
  }
  ArticleWriter writer(format == "jsonl");
  IngestPaths(p.positional, IngestLimits(), &writer);
  std::fflush(stdout);
  return writer.failed() ? 1 : 0;
}

}  // namespace dateline::cli
