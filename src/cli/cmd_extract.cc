// Copyright 2026 The Dateline Authors.
//
// dateline extract PATH... [--format jsonl|text]
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

// One event as a line or two for people.
void AppendEventText(const Event& ev, std::string* out) {
  std::string counts;
  for (int k = 0; k < kNumCountKinds; ++k) {
    if (!ev.counts[k]) continue;
    if (!counts.empty()) counts += ", ";
    counts += CountKindName(static_cast<CountKind>(k));
    counts += ' ';
    counts += std::to_string(ev.counts[k]->best);
    if (ev.counts[k]->min && !ev.counts[k]->max) counts += '+';
  }
  std::string place = ev.place ? ev.place->name : "";
  if (ev.place && !ev.place->country_code.empty()) place += " (" + ev.place->country_code + ")";
  std::string actors;
  for (const Actor& a : ev.actors) {
    if (a.role != "perpetrator" && a.role != "side") continue;
    if (!actors.empty()) actors += "; ";
    actors += a.name;
  }
  char head[512];
  std::snprintf(head, sizeof head, "%-10s %-26.26s %-30.30s %-20.20s %s\n", ev.date.c_str(),
                (ev.type + "/" + ev.subtype).c_str(), place.c_str(), counts.c_str(),
                actors.c_str());
  *out += head;
  *out += "           ";
  *out += ev.summary.substr(0, 160);
  *out += "  [" + std::to_string(ev.sources.size()) + " source";
  *out += ev.sources.size() == 1 ? "]\n" : "s]\n";
}

class EventWriter : public ReportingSink {
 public:
  explicit EventWriter(bool json) : json_(json) {
    // Events carry no language, and cld2 is a good part of the time.
    options_.detect_language = false;
  }

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
      if (json_) {
        AppendEventJson(ev, &out);
        out += '\n';
      } else {
        AppendEventText(ev, &out);
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
  }


 private:
  bool json_;
  ArticleOptions options_;
};

}  // namespace

int RunExtract(const Args& args) {
  return RunOverPaths("extract", args, {"jsonl", "text"}, [](const std::string& format) {
    return std::make_unique<EventWriter>(format == "jsonl");
  });
}

}  // namespace dateline::cli
