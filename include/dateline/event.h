// Copyright 2026 The Dateline Authors.
//
// The event record of spec/EVENTS.md: one real-world incident with its
// type, date, place, actors and casualty counts, every figure traced to
// the sentences it came from, and the history of its counts.

#ifndef DATELINE_EVENT_H_
#define DATELINE_EVENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace dateline {

// A count with its bounds. `min`/`max` absent mean "no bound stated".
struct CountGroup {
  std::string who;  // "Maoists"
  int64_t n = 0;
};

struct Count {
  int64_t best = 0;
  std::optional<int64_t> min;
  std::optional<int64_t> max;
  std::string text;  // as written: "at least 115"
  std::vector<CountGroup> groups;
};

enum class CountKind { kKilled = 0, kInjured, kMissing, kHostages, kArrested };
constexpr int kNumCountKinds = 5;
const char* CountKindName(CountKind k);  // "killed", "injured", ...

struct Place {
  std::string name;
  std::string admin1;
  std::string country;
  std::string country_code;  // ISO 3166-1 alpha-2
  std::optional<double> lat;
  std::optional<double> lon;
  std::optional<int64_t> geonames_id;
  std::string precision;  // point, city, district, admin1, country
};

struct Actor {
  std::string name;  // canonical
  std::string role;  // perpetrator, target, side, participant
  std::vector<std::string> mentions;
};

struct Source {
  std::string doc;
  int article = 0;
  std::string headline;
  std::string published;  // the article's date
  std::string sentence;
  int64_t span_begin = -1;  // byte span of the sentence in the document
  int64_t span_end = -1;
};

struct Revision {
  std::string seen;  // the date of the report
  CountKind kind = CountKind::kKilled;
  int64_t best = 0;
  std::string text;
  int source = 0;  // index into Event::sources
};

struct Event {
  std::string id;
  std::string type;
  std::string subtype;
  std::string date;            // ISO 8601 at its precision, "" if unknown
  std::string date_precision;  // day, month, year
  std::optional<Place> place;
  std::vector<Actor> actors;
  std::optional<Count> counts[kNumCountKinds];
  std::string summary;
  std::vector<Source> sources;
  std::vector<Revision> revisions;

  std::optional<Count>& count(CountKind k) { return counts[static_cast<int>(k)]; }
  const std::optional<Count>& count(CountKind k) const { return counts[static_cast<int>(k)]; }
};

}  // namespace dateline

#endif  // DATELINE_EVENT_H_
