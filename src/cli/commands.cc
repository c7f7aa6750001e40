// Copyright 2026 The Dateline Authors.

#include "cli/commands.h"

#include <cstdio>

namespace dateline::cli {

const std::vector<Command>& Commands() {
  static const std::vector<Command> kCommands = {
      {"articles", "PATH... [--format jsonl|text]",
       "clean articles (headline, date, dateline, body, captions, quotes) from pages", RunArticles},
      {"extract", "PATH... [--format jsonl|text]",
       "incident records (EVENTS.md) of the inputs, fused per document", RunExtract},
      {"places", "TEXT|PATH... [--country C] [--format text|jsonl] [--all] | --name NAME [--in PLACE] [--feature NOUN] [--country C]",
       "place mentions and the gazetteer entries they resolve to, with why", RunPlaces},
      {"ingest", "PATH... [--db PATH] [--no-fuse] [--threads N] [--batch N] [--quiet]",
       "store documents and their events, merging reports of one incident", RunIngest},
      {"events",
       "[--country C,...] [--admin1 NAME] [--near LAT,LON,KM] [--type T,...] [--subtype S,...] "
       "[--actor NAME] [--since DATE] [--until DATE] [--min-killed N] [--text WORDS] "
       "[--changed-since TIME] [--sort date|killed] [--limit N] "
       "[--format table|jsonl|csv|geojson|acled] [--db PATH]",
       "stored events that match the filters", RunEvents},
      {"show", "ID [--format text|json] [--db PATH]",
       "one event with its sources, quotes, revisions and merges; or one article", RunShow},
      {"timeline", "[FILTERS of events] [--title TEXT] [--db PATH]",
       "a fact box of the matching events, oldest first", RunTimeline},
      {"follow",
       "add [--actor NAME] [--place NAME|LAT,LON [--km N]] [--country C] [--type T,...] "
       "[--min-killed N] | list | remove ID [--db PATH]",
       "standing questions; each ingest reports the events that match", RunFollow},
      {"alerts", "[--since TIME] [--db PATH]", "the alerts raised by follows", RunAlerts},
      {"serve",
       "[--port 8080] [--bind 127.0.0.1] [--db PATH] [--read-only] [--max-connections N] "
       "[--max-body BYTES] [--max-limit N]",
       "the HTTP API and the web page over the database (doc/api.md)", RunServe},
      {"publish", "--nats URL --stream NAME [--replicas N] PATH...",
       "send documents to a NATS JetStream stream (deduplicated by content)", RunPublish},
      {"worker",
       "--nats URL --stream NAME [--db URL|PATH] [--durable NAME] [--batch N] [--ack-wait S] "
       "[--exit-when-idle S]",
       "ingest documents from the stream; acknowledge after the write commits", RunWorker},
  };
  return kCommands;
}

std::string ParsedArgs::Get(std::string_view name, std::string_view fallback) const {
  for (auto it = options.rbegin(); it != options.rend(); ++it) {
    if (it->first == name) return it->second;
  }
  return std::string(fallback);
}

bool ParsedArgs::Has(std::string_view name) const {
  for (const auto& s : switches) {
    if (s == name) return true;
  }
  for (const auto& o : options) {
    if (o.first == name) return true;
  }
  return false;
}

ParsedArgs ParseArgs(const Args& args, const std::vector<std::string>& with_value,
                     const std::vector<std::string>& switches) {
  ParsedArgs out;
  auto takes_value = [&](const std::string& n) {
    for (const auto& v : with_value) {
      if (v == n) return true;
    }
    return false;
  };
  auto is_switch = [&](const std::string& n) {
    for (const auto& v : switches) {
      if (v == n) return true;
    }
    return false;
  };
  bool only_positional = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (only_positional || a.size() < 3 || a.compare(0, 2, "--") != 0) {
      if (a == "--") {
        only_positional = true;
        continue;
      }
      out.positional.push_back(a);
      continue;
    }
    std::string name = a.substr(2);
    std::string value;
    bool has_eq = false;
    size_t eq = name.find('=');
    if (eq != std::string::npos) {
      value = name.substr(eq + 1);
      name.resize(eq);
      has_eq = true;
    }
    if (takes_value(name)) {
      if (!has_eq) {
        if (i + 1 >= args.size()) {
          out.error = "--" + name + " needs a value";
          return out;
        }
        value = args[++i];
      }
      out.options.emplace_back(name, value);
    } else if (is_switch(name) && !has_eq) {
      out.switches.push_back(name);
    } else {
      out.error = "unknown option --" + name;
      return out;
    }
  }
  return out;
}

void ReportingSink::OnError(std::string_view input, const Status& status) {
  ++failed_;
  std::fprintf(stderr, "dateline: %.*s: %s\n", static_cast<int>(input.size()), input.data(),
               status.ToString().c_str());
}

int RunOverPaths(const char* command, const Args& args, const std::vector<std::string>& formats,
                 const std::function<std::unique_ptr<ReportingSink>(const std::string&)>& make) {
  ParsedArgs p = ParseArgs(args, {"format"}, {});
  if (!p.error.empty()) {
    PrintError(p.error);
    return 2;
  }
  std::string format = p.Get("format", formats.front());
  bool known = false;
  std::string names;
  for (const std::string& f : formats) {
    known |= f == format;
    names += (names.empty() ? "" : "|") + f;
  }
  if (!known) {
    PrintError(std::string(command) + ": --format must be " + names + ", not '" + format + "'");
    return 2;
  }
  if (p.positional.empty()) {
    PrintError(std::string(command) + ": no input; give PATH... or - for stdin");
    return 2;
  }
  std::unique_ptr<ReportingSink> sink = make(format);
  IngestPaths(p.positional, IngestLimits(), sink.get());
  std::fflush(stdout);
  return sink->failed() ? 1 : 0;
}

void PrintError(std::string_view message) {
  std::fprintf(stderr, "dateline: %.*s\n", static_cast<int>(message.size()), message.data());
}

}  // namespace dateline::cli
