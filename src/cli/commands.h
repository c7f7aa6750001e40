// Copyright 2026 The Dateline Authors.
//
// The subcommand table: one row per command, used both to dispatch and to
// print `dateline --help`. Each handler gets the arguments after the
// command name and returns the process exit status:
//   0  everything read and written
//   1  some inputs failed (each reported on stderr), the rest were done
//   2  usage error

#ifndef DATELINE_CLI_COMMANDS_H_
#define DATELINE_CLI_COMMANDS_H_

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "dateline/store.h"
#include "ingest/ingest.h"

namespace dateline::cli {

using Args = std::vector<std::string>;

struct Command {
  const char* name;
  const char* usage;    // "PATH... [--format jsonl|text]"
  const char* summary;  // one line for --help
  int (*run)(const Args& args);
};

// The table, in the order --help lists it.
const std::vector<Command>& Commands();

// Minimal flag parsing shared by the commands: positional arguments and
// --name VALUE / --name=VALUE options; "-" is positional.
struct ParsedArgs {
  std::vector<std::string> positional;
  std::vector<std::pair<std::string, std::string>> options;
  std::vector<std::string> switches;  // flags without a value
  std::string error;                  // non-empty on a usage error

  // Last value given for --name, or `fallback`.
  std::string Get(std::string_view name, std::string_view fallback = "") const;
  bool Has(std::string_view name) const;
};

// `with_value` lists the options that take a value; `switches` those that
// do not. Anything else starting with "--" is an error.
ParsedArgs ParseArgs(const Args& args, const std::vector<std::string>& with_value,
                     const std::vector<std::string>& switches);

// A sink that reports each failed input on stderr ("dateline: INPUT:
// REASON") and counts them; the commands that read documents derive from it.
class ReportingSink : public DocumentSink {
 public:
  void OnError(std::string_view input, const Status& status) override;
  int failed() const { return failed_; }

 private:
  int failed_ = 0;
};

// The shape of every document-reading command: "PATH... [--format F]"
// with F one of `formats` (the first is the default). Makes the sink for
// the chosen format, reads the paths into it, and returns the exit status.
int RunOverPaths(const char* command, const Args& args, const std::vector<std::string>& formats,
                 const std::function<std::unique_ptr<ReportingSink>(const std::string&)>& make);

int RunArticles(const Args& args);
int RunExtract(const Args& args);
int RunPlaces(const Args& args);
int RunIngest(const Args& args);
int RunEvents(const Args& args);
int RunShow(const Args& args);
int RunTimeline(const Args& args);
int RunFollow(const Args& args);
int RunAlerts(const Args& args);
int RunServe(const Args& args);
int RunPublish(const Args& args);
int RunWorker(const Args& args);

// The filters of `events` and `timeline` (and the API's /api/events):
// option names, and the query they make; false with `*err` set on a bad
// value.
const std::vector<std::string>& FilterOptions();
bool ParseEventQuery(const ParsedArgs& p, EventQuery* q, std::string* err);

// Prints "dateline: MESSAGE" to stderr.
void PrintError(std::string_view message);

}  // namespace dateline::cli

#endif  // DATELINE_CLI_COMMANDS_H_
