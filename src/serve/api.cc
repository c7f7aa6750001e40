// Copyright 2026 The Dateline Authors.

#include "serve/api.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <set>
#include <utility>

#include "article/extract.h"
#include "events/event_json.h"
#include "events/taxonomy.h"
#include "geo/countries.h"
#include "ingest/ingest.h"
#include "store/follow.h"
#include "store/formats.h"
#include "store/ingester.h"
#include "text/dates.h"
#include "util/clock.h"
#include "util/embedded_data.h"
#include "util/json_writer.h"
#include "util/strings.h"

namespace dateline {

// ---------------------------------------------------------------------------
// AlertHub

int AlertHub::Subscribe() {
  std::lock_guard<std::mutex> lock(mu_);
  int id = next_++;
  queues_.emplace_back(id, std::deque<Alert>());
  return id;
}

void AlertHub::Unsubscribe(int id) {
  std::lock_guard<std::mutex> lock(mu_);
  queues_.erase(
      std::remove_if(queues_.begin(), queues_.end(), [&](const auto& q) { return q.first == id; }),
      queues_.end());
}

void AlertHub::Publish(const Alert& alert) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto& [id, q] : queues_) {
      q.push_back(alert);
      if (q.size() > 1000) q.pop_front();
    }
  }
  cv_.notify_all();
}

bool AlertHub::Wait(int id, std::chrono::milliseconds timeout, std::vector<Alert>* out) {
  std::unique_lock<std::mutex> lock(mu_);
  auto find = [&]() -> std::deque<Alert>* {
    for (auto& [qid, q] : queues_) {
      if (qid == id) return &q;
    }
    return nullptr;
  };
  cv_.wait_for(lock, timeout, [&] {
    std::deque<Alert>* q = find();
    return closed_ || q == nullptr || !q->empty();
  });
  std::deque<Alert>* q = find();
  if (closed_ || q == nullptr) return false;
  while (!q->empty()) {
    out->push_back(std::move(q->front()));
    q->pop_front();
  }
  return true;
}

void AlertHub::Close() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closed_ = true;
  }
  cv_.notify_all();
}

size_t AlertHub::subscribers() const {
  std::lock_guard<std::mutex> lock(mu_);
  return queues_.size();
}

// ---------------------------------------------------------------------------
// Helpers

namespace {

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string Unescape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '+') {
      out += ' ';
    } else if (s[i] == '%' && i + 2 < s.size() && HexValue(s[i + 1]) >= 0 &&
               HexValue(s[i + 2]) >= 0) {
      out += static_cast<char>(HexValue(s[i + 1]) * 16 + HexValue(s[i + 2]));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

}  // namespace

QueryParams ParseQueryString(std::string_view query, size_t max, bool* more) {
  QueryParams out;
  *more = false;
  if (!query.empty() && query[0] == '?') query.remove_prefix(1);
  for (std::string_view part : Split(query, '&')) {
    if (part.empty()) continue;
    if (out.size() >= max) {
      *more = true;
      break;
    }
    size_t eq = part.find('=');
    if (eq == 0) continue;  // no name
    if (eq == std::string_view::npos) {
      out.emplace_back(Unescape(part), "");
    } else {
      out.emplace_back(Unescape(part.substr(0, eq)), Unescape(part.substr(eq + 1)));
    }
  }
  return out;
}

std::string AlertJson(const Alert& a) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("id");
  w.Int(a.id);
  w.Key("follow");
  w.Int(a.follow);
  w.Key("event_id");
  w.String(a.event_id);
  w.Key("action");
  w.String(a.action);
  w.Key("at");
  w.String(a.at);
  w.Key("what");
  w.String(a.what);
  w.EndObject();
  return out;
}

HttpResponse ErrorResponse(int status, std::string_view message) {
  HttpResponse r;
  r.status = status;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("error");
  w.String(message);
  w.EndObject();
  return r;
}

namespace {

HttpResponse Json(std::string body, int status = 200) {
  HttpResponse r;
  r.status = status;
  r.body = std::move(body);
  return r;
}

// A Status from the store as a response: bad input is the caller's (400),
// a missing id 404, anything else ours (500).
HttpResponse FromStatus(const Status& st) {
  switch (st.code()) {
    case Status::Code::kInvalidArgument:
      return ErrorResponse(400, st.message());
    case Status::Code::kNotFound:
      return ErrorResponse(404, st.message());
    case Status::Code::kLimit:
      return ErrorResponse(413, st.message());
    default:
      return ErrorResponse(500, st.ToString());
  }
}

std::string Param(const QueryParams& params, std::string_view name) {
  std::string v;
  for (const auto& [k, val] : params) {
    if (k == name) v = val;
  }
  return v;
}

bool HasParam(const QueryParams& params, std::string_view name) {
  for (const auto& kv : params) {
    if (kv.first == name) return true;
  }
  return false;
}

// Parameters other than the filters and `extra` are a mistake worth
// telling ("cuntry").
Status CheckParams(const QueryParams& params, std::initializer_list<std::string_view> extra,
                   bool filters) {
  for (const auto& [k, v] : params) {
    std::string name = k;
    std::replace(name.begin(), name.end(), '_', '-');
    bool known = std::find(extra.begin(), extra.end(), k) != extra.end();
    if (filters) {
      const auto& f = EventFilterNames();
      known |= std::find(f.begin(), f.end(), name) != f.end();
    }
    if (!known) return Status::InvalidArgument("unknown parameter '" + k + "'");
  }
  return Status::OK();
}

void WriteFollow(JsonWriter* w, const Follow& f) {
  w->BeginObject();
  w->Key("id");
  w->Int(f.id);
  w->Key("actor");
  w->StringOrNull(f.actor);
  w->Key("place");
  w->StringOrNull(f.place);
  w->Key("lat");
  f.lat ? w->Double(*f.lat) : w->Null();
  w->Key("lon");
  f.lon ? w->Double(*f.lon) : w->Null();
  w->Key("km");
  f.km > 0 ? w->Double(f.km) : w->Null();
  w->Key("country");
  w->StringOrNull(f.country);
  w->Key("types");
  w->BeginArray();
  for (const std::string& t : f.types) w->String(t);
  w->EndArray();
  w->Key("min_killed");
  f.min_killed ? w->Int(*f.min_killed) : w->Null();
  w->Key("created");
  w->String(f.created);
  w->Key("description");
  w->String(f.Describe());
  w->EndObject();
}

// An array of event records (EVENTS.md), each written once.
void WriteEvents(JsonWriter* w, const std::vector<Event>& evs) {
  w->BeginArray();
  for (const Event& ev : evs) {
    std::string one;
    AppendEventJson(ev, &one);
    w->Raw(one);
  }
  w->EndArray();
}

void WriteAlert(JsonWriter* w, const Alert& a) { w->Raw(AlertJson(a)); }

// A follow from a JSON body: {"actor", "place", "km", "country",
// "types" (or "type"), "min_killed"}.
Status FollowFromJson(std::string_view body, Follow* f) {
  simdjson::dom::parser parser;
  simdjson::dom::object obj;
  simdjson::padded_string padded(body);
  if (auto err = parser.parse(padded).get(obj); err) {
    return Status::InvalidArgument(std::string("body: not a JSON object: ") +
                                   simdjson::error_message(err));
  }
  for (auto field : obj) {
    std::string_view key = field.key;
    simdjson::dom::element v = field.value;
    std::string_view s;
    int64_t i;
    double d;
    if (key == "actor" || key == "place" || key == "country") {
      if (v.get_string().get(s)) return Status::InvalidArgument(std::string(key) + ": a string");
      if (s.size() > 256) return Status::InvalidArgument(std::string(key) + ": too long");
      if (key == "actor") f->actor = Trim(s);
      if (key == "place") f->place = Trim(s);
      if (key == "country") {
        std::string c = Trim(s);
        const CountryInfo* ci = Countries::Default().ByNameOrCode(c);
        if (ci == nullptr) return Status::InvalidArgument("country: unknown country '" + c + "'");
        f->country = ci->code;
      }
    } else if (key == "km") {
      if (v.get_double().get(d) || !(d > 0) || d > 20000) {
        return Status::InvalidArgument("km: a distance from 0 to 20000");
      }
      f->km = d;
    } else if (key == "min_killed") {
      if (v.get_int64().get(i) || i < 0) return Status::InvalidArgument("min_killed: >= 0");
      f->min_killed = i;
    } else if (key == "types" || key == "type") {
      std::vector<std::string> names;
      simdjson::dom::array arr;
      if (!v.get_array().get(arr)) {
        for (auto t : arr) {
          if (t.get_string().get(s)) return Status::InvalidArgument("types: strings");
          names.emplace_back(s);
        }
      } else if (!v.get_string().get(s)) {
        for (std::string_view t : Split(s, ',')) names.emplace_back(t);
      } else {
        return Status::InvalidArgument("types: a list of type or subtype names");
      }
      for (const std::string& n : names) {
        if (Trim(n).empty()) continue;
        std::string c = CanonicalType(n);
        if (c.empty()) c = CanonicalSubtype(n);
        if (c.empty()) return Status::InvalidArgument("types: unknown type '" + Trim(n) + "'");
        f->types.push_back(c);
      }
    } else {
      return Status::InvalidArgument("unknown field '" + std::string(key) + "'");
    }
  }
  if (f->place.empty() && f->km > 0) return Status::InvalidArgument("km goes with place");
  if (!f->place.empty() && !(f->km > 0)) f->km = 50;
  if (f->actor.empty() && f->place.empty() && f->country.empty() && f->types.empty() &&
      !f->min_killed) {
    return Status::InvalidArgument("follow what? give actor, place, country, types or min_killed");
  }
  return Status::OK();
}

}  // namespace

// ---------------------------------------------------------------------------
// Api

// A reader connection borrowed from the pool for one request.
class Api::Reader {
 public:
  explicit Reader(Api* api) : api_(api) {
    Result<std::unique_ptr<Store>> s = api->AcquireReader();
    if (s.ok()) {
      store_ = std::move(*s);
    } else {
      status_ = s.status();
    }
  }
  ~Reader() {
    if (store_) api_->ReleaseReader(std::move(store_));
  }
  const Status& status() const { return status_; }
  Store* operator->() { return store_.get(); }
  Store* get() { return store_.get(); }

 private:
  Api* api_;
  std::unique_ptr<Store> store_;
  Status status_;
};

Api::Api(std::string db_location, ApiOptions options)
    : location_(std::move(db_location)), options_(options) {}

Api::~Api() { hub_.Close(); }

Status Api::Open() {
  Result<std::unique_ptr<Store>> w = Store::Open(location_);
  if (!w.ok()) return w.status();
  DATELINE_RETURN_IF_ERROR((*w)->Stats().status());
  writer_ = std::move(*w);
  return Status::OK();
}

// At most max_readers connections read at once; a request beyond waits for
// one (more would only share the same cores and thrash their caches).
Result<std::unique_ptr<Store>> Api::AcquireReader() {
  {
    std::unique_lock<std::mutex> lock(readers_mu_);
    readers_cv_.wait(lock, [&] { return readers_busy_ < options_.max_readers; });
    ++readers_busy_;
    if (!readers_.empty()) {
      std::unique_ptr<Store> s = std::move(readers_.back());
      readers_.pop_back();
      return s;
    }
  }
  Result<std::unique_ptr<Store>> s = Store::Open(location_);
  if (!s.ok()) {
    std::lock_guard<std::mutex> lock(readers_mu_);
    --readers_busy_;
    readers_cv_.notify_one();
  }
  return s;
}

void Api::ReleaseReader(std::unique_ptr<Store> store) {
  {
    std::lock_guard<std::mutex> lock(readers_mu_);
    --readers_busy_;
    readers_.push_back(std::move(store));
  }
  readers_cv_.notify_one();
}

HttpResponse Api::Handle(const HttpRequest& req) {
  if (req.params.size() > options_.max_params) {
    return ErrorResponse(
        400, "too many query parameters (at most " + std::to_string(options_.max_params) + ")");
  }
  const std::string& path = req.path;
  const bool get = req.method == "GET" || req.method == "HEAD";
  auto method_not_allowed = [&](const char* allowed) {
    HttpResponse r = ErrorResponse(405, req.method + " is not allowed on " + path);
    r.headers.emplace_back("Allow", allowed);
    return r;
  };
  auto tail = [&](std::string_view prefix) { return path.substr(prefix.size()); };
  auto is_id = [](const std::string& id, std::string_view prefix) {
    if (!StartsWith(id, prefix) || id.size() > 40 || id.size() <= prefix.size()) return false;
    for (char c : id) {
      if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '_')) return false;
    }
    return true;
  };

  if (path == "/api/events") return get ? Events(req) : method_not_allowed("GET");
  if (StartsWith(path, "/api/events/")) {
    if (!get) return method_not_allowed("GET");
    std::string id = tail("/api/events/");
    if (!is_id(id, "ev_")) return ErrorResponse(404, "no event " + id.substr(0, 64));
    return Event(id);
  }
  if (StartsWith(path, "/api/articles/")) {
    if (!get) return method_not_allowed("GET");
    std::string id = tail("/api/articles/");
    if (!is_id(id, "ar_")) return ErrorResponse(404, "no article " + id.substr(0, 64));
    return ArticleById(id);
  }
  if (path == "/api/search") return get ? Search(req) : method_not_allowed("GET");
  if (path == "/api/timeline") return get ? Timeline(req) : method_not_allowed("GET");
  if (path == "/api/stats") return get ? Stats(req) : method_not_allowed("GET");
  if (path == "/api/follows" || StartsWith(path, "/api/follows/")) {
    std::string id = path == "/api/follows" ? "" : tail("/api/follows/");
    return Follows(req, id);
  }
  if (path == "/api/alerts") return get ? Alerts(req) : method_not_allowed("GET");
  if (path == "/api/ingest") return req.method == "POST" ? Ingest(req) : method_not_allowed("POST");
  if (StartsWith(path, "/api/"))
    return ErrorResponse(404, "no such endpoint: " + path.substr(0, 64));
  if (!get) return method_not_allowed("GET");
  // Short URLs.
  if (StartsWith(path, "/e/") || StartsWith(path, "/a/")) {
    std::string id = path.substr(3);
    bool event = path[1] == 'e';
    if (!is_id(id, event ? "ev_" : "ar_")) return ErrorResponse(404, "no such id");
    HttpResponse r;
    r.status = 302;
    r.content_type = "text/plain";
    r.headers.emplace_back("Location", std::string("/#/") + (event ? "event/" : "article/") + id);
    r.body = "see /#/" + std::string(event ? "event/" : "article/") + id + "\n";
    return r;
  }
  return Static(path);
}

HttpResponse Api::Events(const HttpRequest& req) {
  Status st = CheckParams(req.params, {"format"}, true);
  EventQuery q;
  if (st.ok()) st = EventQueryFromParams(req.params, &q);
  std::string format = HasParam(req.params, "format") ? Param(req.params, "format") : "json";
  if (st.ok() && format != "json" && format != "geojson") {
    st = Status::InvalidArgument("format: json or geojson, not '" + format + "'");
  }
  if (!st.ok()) return FromStatus(st);
  if (q.limit == 0) q.limit = options_.default_limit;
  if (q.limit > options_.max_limit) {
    return ErrorResponse(400, "limit: at most " + std::to_string(options_.max_limit));
  }
  int64_t limit = q.limit;
  q.limit = limit + 1;  // one more tells whether there were more
  Reader store(this);
  if (!store.status().ok()) return FromStatus(store.status());
  std::vector<dateline::Event> evs;
  st = store->QueryEvents(q, &evs);
  if (!st.ok()) return FromStatus(st);
  bool truncated = static_cast<int64_t>(evs.size()) > limit;
  if (truncated) evs.resize(static_cast<size_t>(limit));
  HttpResponse r;
  if (format == "geojson") {
    AppendEventsGeoJson(evs, &r.body);
    r.content_type = "application/geo+json";
    return r;
  }
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("count");
  w.Int(static_cast<int64_t>(evs.size()));
  w.Key("limit");
  w.Int(limit);
  w.Key("truncated");
  w.Bool(truncated);
  w.Key("events");
  WriteEvents(&w, evs);
  w.EndObject();
  return r;
}

HttpResponse Api::Event(const std::string& id) {
  Reader store(this);
  if (!store.status().ok()) return FromStatus(store.status());
  StoredEvent se;
  Status st = store->GetEvent(id, &se);
  if (!st.ok()) return FromStatus(st);
  HttpResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("event");
  std::string one;
  AppendEventJson(se.event, &one);
  w.Raw(one);
  w.Key("created");
  w.String(se.created);
  w.Key("updated");
  w.String(se.updated);
  w.Key("source_articles");
  w.BeginArray();
  for (const std::string& a : se.source_articles) w.String(a);
  w.EndArray();
  std::vector<StoredArticle> arts;
  std::set<std::string> seen;
  for (const std::string& a : se.source_articles) {
    if (a.empty() || !seen.insert(a).second) continue;
    StoredArticle art;
    if (store->GetArticle(a, &art).ok()) arts.push_back(std::move(art));
  }
  w.Key("articles");
  w.BeginArray();
  for (const StoredArticle& a : arts) {
    w.BeginObject();
    w.Key("id");
    w.String(a.id);
    w.Key("headline");
    w.StringOrNull(a.headline);
    w.Key("doc");
    w.String(a.doc);
    w.Key("date");
    w.StringOrNull(a.date);
    w.Key("url");
    w.StringOrNull(a.url);
    w.EndObject();
  }
  w.EndArray();
  w.Key("quotes");
  w.BeginArray();
  for (const StoredArticle& a : arts) {
    for (const Quote& q : a.quotes) {
      if (q.speaker.empty()) continue;
      w.BeginObject();
      w.Key("article");
      w.String(a.id);
      w.Key("speaker");
      w.String(q.speaker);
      w.Key("affiliation");
      w.StringOrNull(q.affiliation);
      w.Key("text");
      w.String(q.text);
      w.EndObject();
    }
  }
  w.EndArray();
  w.Key("history");
  w.BeginArray();
  for (const EventChange& c : se.history) {
    w.BeginObject();
    w.Key("at");
    w.String(c.at);
    w.Key("doc");
    w.String(c.doc);
    w.Key("action");
    w.String(c.action);
    w.Key("reason");
    w.String(c.reason);
    w.Key("changes");
    w.BeginArray();
    for (const std::string& ch : c.changes) w.String(ch);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return r;
}

HttpResponse Api::ArticleById(const std::string& id) {
  Reader store(this);
  if (!store.status().ok()) return FromStatus(store.status());
  StoredArticle a;
  Status st = store->GetArticle(id, &a);
  if (!st.ok()) return FromStatus(st);
  HttpResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("id");
  w.String(a.id);
  w.Key("doc");
  w.String(a.doc);
  w.Key("index");
  w.Int(a.index);
  w.Key("headline");
  w.StringOrNull(a.headline);
  w.Key("date");
  w.StringOrNull(a.date);
  w.Key("url");
  w.StringOrNull(a.url);
  w.Key("body");
  w.String(a.body);
  w.Key("article");
  w.Raw(a.record);
  w.Key("events");
  w.BeginArray();
  for (const std::string& e : a.event_ids) w.String(e);
  w.EndArray();
  // The sentences of this article that events were built from.
  w.Key("highlights");
  w.BeginArray();
  for (const std::string& e : a.event_ids) {
    StoredEvent se;
    if (!store->GetEvent(e, &se).ok()) continue;
    std::set<std::string> done;
    for (size_t i = 0; i < se.event.sources.size() && i < se.source_articles.size(); ++i) {
      if (se.source_articles[i] != id || !done.insert(se.event.sources[i].sentence).second) {
        continue;
      }
      w.BeginObject();
      w.Key("event");
      w.String(e);
      w.Key("sentence");
      w.String(se.event.sources[i].sentence);
      w.EndObject();
    }
  }
  w.EndArray();
  w.EndObject();
  return r;
}

HttpResponse Api::Search(const HttpRequest& req) {
  Status st = CheckParams(req.params, {"q", "limit"}, false);
  if (!st.ok()) return FromStatus(st);
  std::string text = Trim(Param(req.params, "q"));
  if (text.empty()) return ErrorResponse(400, "q: give words to search for");
  if (text.size() > options_.max_text) return ErrorResponse(400, "q: longer than 256 bytes");
  EventQuery q;
  QueryParams p = {{"text", text}};
  if (HasParam(req.params, "limit")) p.emplace_back("limit", Param(req.params, "limit"));
  st = EventQueryFromParams(p, &q);
  if (!st.ok()) return FromStatus(st);
  if (q.limit == 0) q.limit = 50;
  if (q.limit > options_.max_limit) return ErrorResponse(400, "limit: too large");
  Reader store(this);
  if (!store.status().ok()) return FromStatus(store.status());
  std::vector<dateline::Event> evs;
  st = store->QueryEvents(q, &evs);
  std::vector<ArticleHit> hits;
  if (st.ok()) st = store->SearchArticles(text, q.limit, &hits);
  if (!st.ok()) return FromStatus(st);
  HttpResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("events");
  WriteEvents(&w, evs);
  w.Key("articles");
  w.BeginArray();
  for (const ArticleHit& h : hits) {
    w.BeginObject();
    w.Key("id");
    w.String(h.id);
    w.Key("headline");
    w.StringOrNull(h.headline);
    w.Key("doc");
    w.String(h.doc);
    w.Key("date");
    w.StringOrNull(h.date);
    w.Key("snippet");
    w.String(h.snippet);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return r;
}

HttpResponse Api::Timeline(const HttpRequest& req) {
  Status st = CheckParams(req.params, {"title"}, true);
  EventQuery q;
  if (st.ok()) st = EventQueryFromParams(req.params, &q);
  if (!st.ok()) return FromStatus(st);
  if (q.limit == 0) q.limit = options_.max_limit;
  if (q.limit > options_.max_limit) return ErrorResponse(400, "limit: too large");
  Reader store(this);
  if (!store.status().ok()) return FromStatus(store.status());
  std::vector<dateline::Event> evs;
  st = store->QueryEvents(q, &evs);
  if (!st.ok()) return FromStatus(st);
  std::vector<const dateline::Event*> dated;
  for (const dateline::Event& ev : evs) {
    if (!ev.date.empty()) dated.push_back(&ev);
  }
  std::stable_sort(
      dated.begin(), dated.end(),
      [](const dateline::Event* a, const dateline::Event* b) { return a->date < b->date; });
  std::string title = HasParam(req.params, "title") ? Param(req.params, "title") : TimelineTitle(q);
  HttpResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("title");
  w.String(title);
  w.Key("lines");
  w.BeginArray();
  for (const dateline::Event* ev : dated) {
    std::string line;
    AppendTimeline({*ev}, &line, "");
    while (!line.empty() && line.back() == '\n') line.pop_back();
    w.BeginObject();
    w.Key("id");
    w.String(ev->id);
    w.Key("date");
    w.String(ev->date);
    w.Key("text");
    w.String(line);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return r;
}

HttpResponse Api::Stats(const HttpRequest& req) {
  Status st = CheckParams(req.params, {}, true);
  EventQuery q;
  if (st.ok()) st = EventQueryFromParams(req.params, &q);
  if (!st.ok()) return FromStatus(st);
  Reader store(this);
  if (!store.status().ok()) return FromStatus(store.status());
  EventFacets f;
  st = store->Facets(q, &f);
  if (!st.ok()) return FromStatus(st);
  HttpResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("events");
  w.Int(f.events);
  w.Key("killed");
  w.Int(f.killed);
  for (const auto& [name, map] :
       {std::pair<const char*, const std::map<std::string, int64_t>*>{"by_type", &f.by_type},
        {"by_country", &f.by_country},
        {"by_month", &f.by_month}}) {
    w.Key(name);
    w.BeginObject();
    for (const auto& [k, v] : *map) {
      w.Key(k);
      w.Int(v);
    }
    w.EndObject();
  }
  w.Key("first");
  w.StringOrNull(f.first);
  w.Key("last");
  w.StringOrNull(f.last);
  w.EndObject();
  return r;
}

HttpResponse Api::Follows(const HttpRequest& req, const std::string& id) {
  if (req.method == "GET" && id.empty()) {
    Reader store(this);
    if (!store.status().ok()) return FromStatus(store.status());
    std::vector<Follow> follows;
    Status st = store->ListFollows(&follows);
    if (!st.ok()) return FromStatus(st);
    HttpResponse r;
    JsonWriter w(&r.body);
    w.BeginObject();
    w.Key("follows");
    w.BeginArray();
    for (const Follow& f : follows) WriteFollow(&w, f);
    w.EndArray();
    w.EndObject();
    return r;
  }
  if (req.method == "POST" && id.empty()) {
    if (options_.read_only) return ErrorResponse(403, "this server is read-only");
    if (req.body.size() > 64 * 1024) return ErrorResponse(413, "body: a follow is under 64 KB");
    Follow f;
    Status st = FollowFromJson(req.body, &f);
    if (st.ok()) st = ResolveFollowPlace(&f);
    if (!st.ok()) return ErrorResponse(400, st.message());
    f.created = NowUtcIso();
    std::lock_guard<std::mutex> lock(writer_mu_);
    Result<int64_t> added = writer_->AddFollow(f);
    if (!added.ok()) return FromStatus(added.status());
    f.id = *added;
    HttpResponse r;
    r.status = 201;
    JsonWriter w(&r.body);
    w.BeginObject();
    w.Key("follow");
    WriteFollow(&w, f);
    w.EndObject();
    return r;
  }
  if (req.method == "DELETE" && !id.empty()) {
    if (options_.read_only) return ErrorResponse(403, "this server is read-only");
    char* end = nullptr;
    long long n = std::strtoll(id.c_str(), &end, 10);
    if (id.size() > 18 || *end != '\0' || n <= 0)
      return ErrorResponse(404, "no follow " + id.substr(0, 32));
    std::lock_guard<std::mutex> lock(writer_mu_);
    Status st = writer_->RemoveFollow(n);
    if (!st.ok()) return FromStatus(st);
    return Json("{\"removed\":" + std::to_string(n) + "}");
  }
  HttpResponse r = ErrorResponse(405, req.method + " is not allowed on " + req.path);
  r.headers.emplace_back("Allow", id.empty() ? "GET, POST" : "DELETE");
  return r;
}

HttpResponse Api::Alerts(const HttpRequest& req) {
  Status st = CheckParams(req.params, {"since"}, false);
  if (!st.ok()) return FromStatus(st);
  Reader store(this);
  if (!store.status().ok()) return FromStatus(store.status());
  std::vector<Alert> alerts;
  st = store->ListAlerts(Param(req.params, "since"), &alerts);
  if (!st.ok()) return FromStatus(st);
  HttpResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("alerts");
  w.BeginArray();
  for (const Alert& a : alerts) WriteAlert(&w, a);
  w.EndArray();
  w.EndObject();
  return r;
}

HttpResponse Api::Ingest(const HttpRequest& req) {
  if (options_.read_only) return ErrorResponse(403, "this server is read-only");
  Status st = CheckParams(req.params, {"name", "published", "url"}, false);
  if (!st.ok()) return FromStatus(st);
  if (req.body.empty()) return ErrorResponse(400, "body: empty; send the document as the body");
  if (req.body.size() > options_.max_body) {
    return ErrorResponse(413, "body: over " + std::to_string(options_.max_body) + " bytes");
  }
  std::string published = Trim(Param(req.params, "published"));
  if (!published.empty() && !DateValue::FromIso(published.substr(0, 10)).valid()) {
    return ErrorResponse(400, "published: an ISO date, not '" + published.substr(0, 32) + "'");
  }
  std::string name = Param(req.params, "name");
  if (name.size() > 256) return ErrorResponse(400, "name: longer than 256 bytes");
  if (name.empty()) {
    Document probe;
    probe.body = req.body;
    name = "api-" + DocumentHash(probe).substr(0, 12);
  }
  // Documents read from the body; errors named by the document.
  struct Sink : DocumentSink {
    std::vector<Document> docs;
    std::vector<std::string> errors;
    void OnDocument(Document d) override { docs.push_back(std::move(d)); }
    void OnError(std::string_view input, const Status& s) override {
      errors.push_back(std::string(input) + ": " + s.ToString());
    }
  } sink;
  IngestLimits limits;
  limits.max_file_bytes = options_.max_body;
  IngestBytes(name, req.body, limits, &sink);
  std::string url = Param(req.params, "url");
  std::vector<Alert> alerts;
  IngestStats stats;
  {
    std::lock_guard<std::mutex> lock(writer_mu_);
    IngestOptions io;
    io.threads = 1;
    Ingester in(writer_.get(), io);
    in.on_error = [&](const std::string& doc, const Status& s) {
      sink.errors.push_back(doc + ": " + s.ToString());
    };
    in.on_alert = [&](const Alert& a) { alerts.push_back(a); };
    for (Document& d : sink.docs) {
      if (d.published.empty()) d.published = published;
      if (d.url.empty()) d.url = url;
      st = in.Add(std::move(d));
      if (!st.ok()) break;
    }
    if (st.ok()) st = in.Flush();
    stats = in.stats();
  }
  if (!st.ok()) return FromStatus(st);
  if (stats.documents == 0 && !sink.errors.empty()) {
    // Nothing could be read: the request's fault, said as an error.
    std::string msg = sink.errors[0];
    if (sink.errors.size() > 1) msg += " (and " + std::to_string(sink.errors.size() - 1) + " more)";
    return ErrorResponse(400, msg);
  }
  for (const Alert& a : alerts) hub_.Publish(a);
  HttpResponse r;
  JsonWriter w(&r.body);
  w.BeginObject();
  w.Key("documents");
  w.Int(stats.documents);
  w.Key("stored");
  w.Int(stats.stored);
  w.Key("duplicates");
  w.Int(stats.duplicates);
  w.Key("failed");
  w.Int(static_cast<int64_t>(sink.errors.size()));
  w.Key("events_new");
  w.Int(stats.events_new);
  w.Key("events_merged");
  w.Int(stats.events_merged);
  w.Key("alerts");
  w.BeginArray();
  for (const Alert& a : alerts) WriteAlert(&w, a);
  w.EndArray();
  w.Key("errors");
  w.BeginArray();
  for (const std::string& e : sink.errors) w.String(e);
  w.EndArray();
  w.EndObject();
  return r;
}

HttpResponse Api::Static(const std::string& path) {
  struct Asset {
    const char* path;
    const char* file;
    const char* type;
  };
  static const Asset kAssets[] = {
      {"/", "web/index.html", "text/html; charset=utf-8"},
      {"/index.html", "web/index.html", "text/html; charset=utf-8"},
      {"/app.js", "web/app.js", "text/javascript; charset=utf-8"},
      {"/style.css", "web/style.css", "text/css; charset=utf-8"},
      {"/world.json", "web/world.json", "application/json"},
  };
  for (const Asset& a : kAssets) {
    if (path != a.path) continue;
    std::string_view data = FindEmbeddedFile(a.file);
    if (data.empty())
      return ErrorResponse(404, std::string(a.file) + " is not built into this binary");
    HttpResponse r;
    r.content_type = a.type;
    r.body = std::string(data);
    r.headers.emplace_back("Cache-Control", "no-cache");
    return r;
  }
  return ErrorResponse(404, "not found: " + path.substr(0, 64));
}

}  // namespace dateline
