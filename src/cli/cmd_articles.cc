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

class ArticleWriter : public ReportingSink {
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


 private:
  bool json_;
  ArticleOptions options_;
};

}  // namespace

int RunArticles(const Args& args) {
  return RunOverPaths("articles", args, {"jsonl", "text"}, [](const std::string& format) {
    return std::make_unique<ArticleWriter>(format == "jsonl");
  });
}

}  // namespace dateline::cli
