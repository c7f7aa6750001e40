// Copyright 2026 The Dateline Authors.
//
// dateline extract PATH... [--format jsonl]
// The fused events of the inputs, one JSON object per line (EVENTS.md).
// Each document is fused on its own; no database is involved.

#include <cstdio>
#include <string>

#include "article/extract.h"
#include "cli/commands.h"
#include "events/event_json.h"
#include "events/extract_events.h"
#include "ingest/ingest.h"

namespace dateline::cli {

namespace {

class EventWriter : public DocumentSink {
 public:
  void OnDocument(Document doc) override {
    std::vector<Article> articles;
    Status st = ExtractArticles(doc, options_, &articles);
    if (!st.ok()) {
      OnError(doc.name, st);
      return;
    }
    std::vector<Event> events;
    st = ExtractEvents(doc, articles, &events);
    if (!st.ok()) {
      OnError(doc.name, st);
      return;
    }
    std::string out;
    for (const Event& ev : events) {
      AppendEventJson(ev, &out);
      out += '\n';
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
  ArticleOptions options_;
  int failed_ = 0;
};

}  // namespace

int RunExtract(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"format"}, {});
  if (!p.error.empty()) {
    PrintError(p.error);
    return 2;
  }
  std::string format = p.Get("format", "jsonl");
  if (format != "jsonl") {
    PrintError("extract: --format must be jsonl, not '" + format + "'");
    return 2;
  }
  if (p.positional.empty()) {
    PrintError("extract: no input; give PATH... or - for stdin");
    return 2;
  }
  EventWriter writer;
  IngestPaths(p.positional, IngestLimits(), &writer);
  std::fflush(stdout);
  return writer.failed() ? 1 : 0;
}

}  // namespace dateline::cli
