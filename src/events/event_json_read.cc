// Copyright 2026 The Dateline Authors.
//
// The event record's reader, on simdjson's DOM API with error codes only
// (nothing here throws).

#include "events/event_json_read.h"

#include <simdjson.h>

#include <cassert>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include "util/json_writer.h"

namespace dateline {

namespace {

using simdjson::SUCCESS;
using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

constexpr int64_t kMaxInt64 = std::numeric_limits<int64_t>::max();
constexpr int64_t kMaxInt = std::numeric_limits<int>::max();

// Where a value is, for error messages ("sources[1].span"): a chain on the
// stack as the reader descends, formatted only when something is wrong.
// Key() and Index() point at `this`: call them on named paths only.
struct Path {
  const Path* parent = nullptr;
  std::string_view key;  // the member's name (one of ours), if index < 0
  int64_t index = -1;    // the array element's index

  Path Key(std::string_view k) const { return Path{this, k, -1}; }
  Path Index(int64_t i) const { return Path{this, {}, i}; }
};

void AppendPath(const Path& p, std::string* out) {
  if (p.parent == nullptr) return;  // the record itself
  AppendPath(*p.parent, out);
  if (p.index >= 0) {
    out->push_back('[');
    out->append(std::to_string(p.index));
    out->push_back(']');
  } else {
    if (!out->empty()) out->push_back('.');
    out->append(p.key);
  }
}

Status Error(const Path& at, std::string_view what) {
  std::string msg;
  AppendPath(at, &msg);
  if (msg.empty()) msg = "the record";
  msg += ": ";
  msg += what;
  return Status::Corrupt(msg);
}

const char* TypeName(element_type t) {
  switch (t) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
      return "an integer";
    case element_type::UINT64:
      return "an integer";
    case element_type::DOUBLE:
      return "a number with a fraction or exponent";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "an unknown value";
}

Status WrongType(const Path& at, const char* want, const element& got) {
  return Error(at, std::string("expected ") + want + ", got " + TypeName(got.type()));
}

// `s` quoted for a message, cut to a few dozen bytes (at a character).
std::string Quote(std::string_view s) {
  constexpr size_t kMax = 40;
  bool cut = s.size() > kMax;
  if (cut) {
    size_t n = kMax;
    while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
    s = s.substr(0, n);
  }
  std::string out;
  AppendJsonString(s, &out);
  if (cut) out += "...";
  return out;
}

// The members of one JSON object that the reader knows, found in one pass.
// Unknown keys are ignored (a newer writer may add some); a known key given
// twice is an error, since either value could be the one meant.
class Fields {
 public:
  static constexpr size_t kMaxKeys = 16;

  template <size_t N>
  Status Read(const element& value, const std::string_view (&keys)[N], const Path& at) {
    static_assert(N <= kMaxKeys, "raise Fields::kMaxKeys");
    return Read(value, keys, N, at);
  }

  // The value of `key` (one of those Read() looked for); nullopt if the
  // object does not have it or has null.
  std::optional<element> Get(std::string_view key) const {
    for (size_t i = 0; i < n_; ++i) {
      if (keys_[i] != key) continue;
      if (!found_[i] || values_[i].is_null()) return std::nullopt;
      return values_[i];
    }
    assert(false && "Fields::Get of a key not asked for");
    return std::nullopt;
  }

 private:
  Status Read(const element& value, const std::string_view* keys, size_t n, const Path& at) {
    keys_ = keys;
    n_ = n;
    object obj;
    if (value.get_object().get(obj) != SUCCESS) return WrongType(at, "an object", value);
    for (const auto& [key, v] : obj) {
      for (size_t i = 0; i < n; ++i) {
        if (keys[i] != key) continue;
        if (found_[i]) return Error(at.Key(keys[i]), "given twice");
        found_[i] = true;
        values_[i] = v;
        break;
      }
    }
    return Status::OK();
  }

  const std::string_view* keys_ = nullptr;
  size_t n_ = 0;
  element values_[kMaxKeys];
  bool found_[kMaxKeys] = {};
};

// An integer in [lo, hi].
Status IntValue(const element& v, const Path& at, int64_t lo, int64_t hi, int64_t* out) {
  uint64_t u = 0;  // simdjson reads 2^63 and over as unsigned
  if (v.type() == element_type::UINT64 && v.get_uint64().get(u) == SUCCESS) {
    return Error(at, std::to_string(u) + " is out of range");
  }
  int64_t i = 0;
  if (v.get_int64().get(i) != SUCCESS) return WrongType(at, "an integer", v);
  if (i < lo || i > hi) {
    if (lo == 0 && i < 0) return Error(at, std::to_string(i) + " is negative");
    return Error(at, std::to_string(i) + " is out of range [" + std::to_string(lo) + ", " +
                         std::to_string(hi) + "]");
  }
  *out = i;
  return Status::OK();
}

// A string member; missing or null is "".
Status GetString(const Fields& f, std::string_view key, const Path& at, std::string* out) {
  std::optional<element> v = f.Get(key);
  if (!v) {
    out->clear();
    return Status::OK();
  }
  std::string_view s;
  if (v->get_string().get(s) != SUCCESS) return WrongType(at.Key(key), "a string", *v);
  out->assign(s);
  return Status::OK();
}

// An integer member in [lo, hi]; missing or null is nullopt.
Status GetInt(const Fields& f, std::string_view key, const Path& at, int64_t lo, int64_t hi,
              std::optional<int64_t>* out) {
  out->reset();
  std::optional<element> v = f.Get(key);
  if (!v) return Status::OK();
  int64_t i = 0;
  DATELINE_RETURN_IF_ERROR(IntValue(*v, at.Key(key), lo, hi, &i));
  *out = i;
  return Status::OK();
}

// A number member in [lo, hi]; missing or null is nullopt.
Status GetDouble(const Fields& f, std::string_view key, const Path& at, double lo, double hi,
                 std::optional<double>* out) {
  out->reset();
  std::optional<element> v = f.Get(key);
  if (!v) return Status::OK();
  double d = 0;
  if (v->get_double().get(d) != SUCCESS) return WrongType(at.Key(key), "a number", *v);
  if (!(d >= lo && d <= hi)) {
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.17g is out of range [%g, %g]", d, lo, hi);
    return Error(at.Key(key), buf);
  }
  *out = d == 0 ? 0.0 : d;  // -0 reads as 0: the writer's "-0" parses as the integer 0
  return Status::OK();
}

// Calls `each(element, path)` on every element of the array member `key`;
// missing or null is an empty list.
template <typename Fn>
Status ForEach(const Fields& f, std::string_view key, const Path& at, Fn each) {
  std::optional<element> v = f.Get(key);
  if (!v) return Status::OK();
  const Path here = at.Key(key);
  array arr;
  if (v->get_array().get(arr) != SUCCESS) return WrongType(here, "an array", *v);
  int64_t i = 0;
  for (element e : arr) {
    const Path item = here.Index(i++);
    DATELINE_RETURN_IF_ERROR(each(e, item));
  }
  return Status::OK();
}

constexpr std::string_view kPlaceKeys[] = {"name", "admin1", "country",     "country_code",
                                           "lat",  "lon",    "geonames_id", "precision"};

Status ReadPlace(const element& v, const Path& at, Place* p) {
  Fields f;
  DATELINE_RETURN_IF_ERROR(f.Read(v, kPlaceKeys, at));
  DATELINE_RETURN_IF_ERROR(GetString(f, "name", at, &p->name));
  DATELINE_RETURN_IF_ERROR(GetString(f, "admin1", at, &p->admin1));
  DATELINE_RETURN_IF_ERROR(GetString(f, "country", at, &p->country));
  DATELINE_RETURN_IF_ERROR(GetString(f, "country_code", at, &p->country_code));
  DATELINE_RETURN_IF_ERROR(GetDouble(f, "lat", at, -90, 90, &p->lat));
  DATELINE_RETURN_IF_ERROR(GetDouble(f, "lon", at, -180, 180, &p->lon));
  DATELINE_RETURN_IF_ERROR(GetInt(f, "geonames_id", at, 0, kMaxInt64, &p->geonames_id));
  return GetString(f, "precision", at, &p->precision);
}

constexpr std::string_view kActorKeys[] = {"name", "role", "mentions"};

Status ReadActor(const element& v, const Path& at, Actor* a) {
  Fields f;
  DATELINE_RETURN_IF_ERROR(f.Read(v, kActorKeys, at));
  DATELINE_RETURN_IF_ERROR(GetString(f, "name", at, &a->name));
  DATELINE_RETURN_IF_ERROR(GetString(f, "role", at, &a->role));
  return ForEach(f, "mentions", at, [&](const element& e, const Path& item) {
    std::string_view s;
    if (e.get_string().get(s) != SUCCESS) return WrongType(item, "a string", e);
    a->mentions.emplace_back(s);
    return Status::OK();
  });
}

constexpr std::string_view kGroupKeys[] = {"who", "n"};
constexpr std::string_view kCountKeys[] = {"best", "min", "max", "text", "groups"};

Status ReadCount(const element& v, const Path& at, Count* c) {
  Fields f;
  DATELINE_RETURN_IF_ERROR(f.Read(v, kCountKeys, at));
  std::optional<int64_t> best;
  DATELINE_RETURN_IF_ERROR(GetInt(f, "best", at, 0, kMaxInt64, &best));
  if (!best) return Error(at.Key("best"), "missing");
  c->best = *best;
  DATELINE_RETURN_IF_ERROR(GetInt(f, "min", at, 0, kMaxInt64, &c->min));
  DATELINE_RETURN_IF_ERROR(GetInt(f, "max", at, 0, kMaxInt64, &c->max));
  DATELINE_RETURN_IF_ERROR(GetString(f, "text", at, &c->text));
  return ForEach(f, "groups", at, [&](const element& e, const Path& item) {
    Fields g;
    DATELINE_RETURN_IF_ERROR(g.Read(e, kGroupKeys, item));
    CountGroup group;
    DATELINE_RETURN_IF_ERROR(GetString(g, "who", item, &group.who));
    std::optional<int64_t> n;
    DATELINE_RETURN_IF_ERROR(GetInt(g, "n", item, 0, kMaxInt64, &n));
    if (!n) return Error(item.Key("n"), "missing");
    group.n = *n;
    c->groups.push_back(std::move(group));
    return Status::OK();
  });
}

// "span": null (unknown) or [begin, end] with 0 <= begin <= end.
Status ReadSpan(const Fields& f, const Path& at, Source* s) {
  s->span_begin = s->span_end = -1;
  std::optional<element> v = f.Get("span");
  if (!v) return Status::OK();
  const Path here = at.Key("span");
  array arr;
  if (v->get_array().get(arr) != SUCCESS) return WrongType(here, "[begin, end] or null", *v);
  int64_t ends[2] = {0, 0};
  size_t n = 0;
  for (element e : arr) {
    if (n == 2) return Error(here, "more than two numbers (expected [begin, end])");
    const Path item = here.Index(static_cast<int64_t>(n));
    DATELINE_RETURN_IF_ERROR(IntValue(e, item, 0, kMaxInt64, &ends[n]));
    ++n;
  }
  if (n != 2) return Error(here, std::to_string(n) + " numbers (expected [begin, end])");
  if (ends[1] < ends[0]) {
    return Error(here,
                 "end " + std::to_string(ends[1]) + " before begin " + std::to_string(ends[0]));
  }
  s->span_begin = ends[0];
  s->span_end = ends[1];
  return Status::OK();
}

constexpr std::string_view kSourceKeys[] = {"doc",       "article",  "headline",
                                            "published", "sentence", "span"};

Status ReadSource(const element& v, const Path& at, Source* s) {
  Fields f;
  DATELINE_RETURN_IF_ERROR(f.Read(v, kSourceKeys, at));
  DATELINE_RETURN_IF_ERROR(GetString(f, "doc", at, &s->doc));
  std::optional<int64_t> article;
  DATELINE_RETURN_IF_ERROR(GetInt(f, "article", at, 0, kMaxInt, &article));
  s->article = static_cast<int>(article.value_or(0));
  DATELINE_RETURN_IF_ERROR(GetString(f, "headline", at, &s->headline));
  DATELINE_RETURN_IF_ERROR(GetString(f, "published", at, &s->published));
  DATELINE_RETURN_IF_ERROR(GetString(f, "sentence", at, &s->sentence));
  return ReadSpan(f, at, s);
}

constexpr std::string_view kRevisionKeys[] = {"seen",        "field", "best",
                                              "killed_best", "text",  "source"};

// A revision names the count it revises ("field"), its figure ("best") and
// where it came from ("source", an index into the event's sources). The
// writer adds "killed_best" (= best) to revisions of "killed"; the spec's
// example has "killed_best" alone, which reads as field "killed".
Status ReadRevision(const element& v, const Path& at, size_t num_sources, Revision* r) {
  Fields f;
  DATELINE_RETURN_IF_ERROR(f.Read(v, kRevisionKeys, at));
  DATELINE_RETURN_IF_ERROR(GetString(f, "seen", at, &r->seen));
  std::optional<int64_t> best, killed_best;
  DATELINE_RETURN_IF_ERROR(GetInt(f, "best", at, 0, kMaxInt64, &best));
  DATELINE_RETURN_IF_ERROR(GetInt(f, "killed_best", at, 0, kMaxInt64, &killed_best));

  if (std::optional<element> field = f.Get("field")) {
    const Path here = at.Key("field");
    std::string_view name;
    if (field->get_string().get(name) != SUCCESS) return WrongType(here, "a string", *field);
    int kind = 0;
    while (kind < kNumCountKinds && name != CountKindName(static_cast<CountKind>(kind))) ++kind;
    if (kind == kNumCountKinds) return Error(here, "unknown count kind " + Quote(name));
    r->kind = static_cast<CountKind>(kind);
  } else if (killed_best) {
    r->kind = CountKind::kKilled;
  } else {
    return Error(at.Key("field"), "missing (which count does the revision revise?)");
  }

  if (killed_best) {
    if (r->kind != CountKind::kKilled) {
      return Error(at.Key("killed_best"),
                   std::string("given on a revision of \"") + CountKindName(r->kind) + "\"");
    }
    if (best && *best != *killed_best) {
      return Error(at.Key("killed_best"),
                   std::to_string(*killed_best) + " but best is " + std::to_string(*best));
    }
    best = killed_best;
  }
  if (!best) return Error(at.Key("best"), "missing");
  r->best = *best;

  DATELINE_RETURN_IF_ERROR(GetString(f, "text", at, &r->text));

  std::optional<int64_t> source;
  DATELINE_RETURN_IF_ERROR(GetInt(f, "source", at, 0, kMaxInt64, &source));
  if (!source) return Error(at.Key("source"), "missing");
  if (static_cast<uint64_t>(*source) >= num_sources) {
    return Error(at.Key("source"), std::to_string(*source) + " is not an index into \"sources\" (" +
                                       std::to_string(num_sources) + " entries)");
  }
  r->source = static_cast<int>(*source);
  return Status::OK();
}

// The top level. The five count kinds are members named by CountKindName().
constexpr std::string_view kEventKeys[] = {
    "id",      "type",    "subtype",  "date",     "date_precision", "place",   "actors",   "killed",
    "injured", "missing", "hostages", "arrested", "summary",        "sources", "revisions"};
static_assert(kNumCountKinds == 5, "a new count kind needs its key in kEventKeys");

Status ReadEvent(const element& v, Event* ev) {
  const Path at;
  Fields f;
  DATELINE_RETURN_IF_ERROR(f.Read(v, kEventKeys, at));
  DATELINE_RETURN_IF_ERROR(GetString(f, "id", at, &ev->id));
  DATELINE_RETURN_IF_ERROR(GetString(f, "type", at, &ev->type));
  DATELINE_RETURN_IF_ERROR(GetString(f, "subtype", at, &ev->subtype));
  DATELINE_RETURN_IF_ERROR(GetString(f, "date", at, &ev->date));
  DATELINE_RETURN_IF_ERROR(GetString(f, "date_precision", at, &ev->date_precision));
  if (std::optional<element> place = f.Get("place")) {
    ev->place.emplace();
    DATELINE_RETURN_IF_ERROR(ReadPlace(*place, at.Key("place"), &*ev->place));
  }
  DATELINE_RETURN_IF_ERROR(ForEach(f, "actors", at, [&](const element& e, const Path& item) {
    ev->actors.emplace_back();
    return ReadActor(e, item, &ev->actors.back());
  }));
  for (int k = 0; k < kNumCountKinds; ++k) {
    const char* name = CountKindName(static_cast<CountKind>(k));
    if (std::optional<element> count = f.Get(name)) {
      ev->counts[k].emplace();
      DATELINE_RETURN_IF_ERROR(ReadCount(*count, at.Key(name), &*ev->counts[k]));
    }
  }
  DATELINE_RETURN_IF_ERROR(GetString(f, "summary", at, &ev->summary));
  DATELINE_RETURN_IF_ERROR(ForEach(f, "sources", at, [&](const element& e, const Path& item) {
    ev->sources.emplace_back();
    return ReadSource(e, item, &ev->sources.back());
  }));
  return ForEach(f, "revisions", at, [&](const element& e, const Path& item) {
    ev->revisions.emplace_back();
    return ReadRevision(e, item, ev->sources.size(), &ev->revisions.back());
  });
}

}  // namespace

Status ParseEventJson(std::string_view json, Event* out) {
  if (json.size() > kMaxEventJsonBytes) {
    return Status::Limit("event JSON of " + std::to_string(json.size()) +
                         " bytes is over the limit of " + std::to_string(kMaxEventJsonBytes));
  }
  if (json.empty()) return Status::Corrupt("malformed JSON: empty input");
  simdjson::dom::parser parser;
  element root;
  // The parser copies the input into a padded buffer of its own.
  simdjson::error_code err = parser.parse(json.data(), json.size()).get(root);
  if (err != SUCCESS) {
    return Status::Corrupt(std::string("malformed JSON: ") + simdjson::error_message(err));
  }
  Event ev;
  DATELINE_RETURN_IF_ERROR(ReadEvent(root, &ev));
  *out = std::move(ev);
  return Status::OK();
}

}  // namespace dateline
