// Copyright 2026 The Dateline Authors.
//
// The incident database: documents and their articles, fused events with
// their sources and revisions, the decisions that merged them, follows and
// the alerts they raised. One interface, so the embedded SQLite store and a
// shared one (PostgreSQL) behave the same; the schema is doc/schema.md.
//
// A Store is used by one thread at a time. Writes happen inside a batch
// (Begin ... Commit): either all of a batch is stored or none of it.

#ifndef DATELINE_STORE_H_
#define DATELINE_STORE_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/article.h"
#include "dateline/document.h"
#include "dateline/event.h"
#include "dateline/status.h"

namespace dateline {

// What `dateline events` filters on. Empty fields do not filter.
struct EventQuery {
  std::vector<std::string> countries;  // ISO 3166-1 alpha-2
  std::string admin1;                  // name, case-insensitive
  std::optional<double> near_lat, near_lon;
  double near_km = 0;
  std::vector<std::string> types;
  std::vector<std::string> subtypes;
  std::string actor;          // canonical name or any mention, case-insensitive
  std::string since, until;   // event dates, ISO 8601 at any precision
  std::optional<int64_t> min_killed;
  std::string text;           // full-text query over summaries and sentences
  std::string changed_since;  // ISO 8601 time of ingest, UTC
  enum class Sort { kDate, kKilled } sort = Sort::kDate;
  int64_t limit = 0;  // 0: all
};

// One step of an event's history: created from a document, or a report
// merged into it, with the reason and what changed.
struct EventChange {
  std::string at;   // ISO 8601 UTC time of the ingest
  std::string doc;  // the document's name
  std::string action;  // "created" or "merged"
  std::string reason;
  std::vector<std::string> changes;
};

struct StoredEvent {
  Event event;
  std::string created, updated;  // ISO 8601 UTC times of ingest
  std::vector<EventChange> history;
  // The permalink of the article of each of event.sources ("" if unknown).
  std::vector<std::string> source_articles;
};

struct StoredArticle {
  std::string id;  // "ar_…", the permalink
  std::string doc;  // the document's name
  int index = 0;    // the story's position in its document
  std::string headline, date, url;
  std::string body;
  std::string record;  // the article as `dateline articles` writes it
  std::vector<Quote> quotes;
  std::vector<std::string> event_ids;  // events with a source in it
};

// A standing question: tell me about new or updated events that match.
struct Follow {
  int64_t id = 0;
  std::string actor;  // canonical name or mention
  std::string place;  // as the user wrote it
  std::optional<double> lat, lon;
  double km = 0;
  std::string country;  // alpha-2
  std::vector<std::string> types;  // type or subtype names
  std::optional<int64_t> min_killed;
  std::string created;
  std::string Describe() const;  // "actor IS-K", "within 100 km of Moscow"
};

struct Alert {
  int64_t id = 0;
  int64_t follow = 0;
  std::string event_id;
  std::string action;  // "new" or "updated"
  std::string at;
  std::string what;  // one line: the event and what changed
};

// Counts over the events a query matches (its limit and sort ignored).
struct EventFacets {
  int64_t events = 0;
  int64_t killed = 0;  // the sum of the known best figures
  std::map<std::string, int64_t> by_type, by_country;
  std::map<std::string, int64_t> by_month;  // "2024-03": events dated to a month or a day
  std::string first, last;                  // the earliest and latest dates
};

struct ArticleHit {
  std::string id, headline, doc, date;
  std::string snippet;  // matches marked [like this]
};

struct StoreStats {
  int64_t documents = 0, articles = 0, events = 0, sources = 0, merges = 0, follows = 0,
          alerts = 0;
};

class Store {
 public:
  virtual ~Store() = default;

  // Opens (creating and migrating as needed) the store at `location`: a
  // file path for SQLite; "postgresql://…" for a shared store.
  static Result<std::unique_ptr<Store>> Open(const std::string& location);

  // --- Writing, inside a batch.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;

  // Whether a document with this content hash is stored.
  virtual Result<bool> HasDocument(std::string_view hash) = 0;
  // Stores a document and its articles (ids ArticleId(hash, index)).
  virtual Status PutDocument(const Document& doc, std::string_view hash,
                             const std::vector<Article>& articles, std::string_view at) = 0;
  // Stored events whose dates may overlap days [first - 1, last + 1] and
  // that lie in `country` (or have no country); for fusion.
  virtual Status Candidates(int64_t first_day, int64_t last_day, std::string_view country,
                            std::vector<Event>* out) = 0;
  // Whether an event has this id (ids must be unique: see NewEventId).
  virtual Result<bool> HasEvent(std::string_view id) = 0;
  // Writes a new event (`is_new`), or the new state of a stored one with
  // the same id, with the step of history that led to it. Sources and
  // revisions are append-only: a stored event's are never rewritten.
  virtual Status PutEvent(const Event& ev, const EventChange& change, bool is_new) = 0;
  // Stores an alert and sets its id.
  virtual Status PutAlert(Alert* alert) = 0;

  // --- Reading.
  virtual Status QueryEvents(const EventQuery& q, std::vector<Event>* out) = 0;
  virtual Status GetEvent(std::string_view id, StoredEvent* out) = 0;
  virtual Status GetArticle(std::string_view id, StoredArticle* out) = 0;
  virtual Status Facets(const EventQuery& q, EventFacets* out) = 0;
  // Articles whose headline or body has every word of `text`, best first.
  virtual Status SearchArticles(std::string_view text, int64_t limit,
                                std::vector<ArticleHit>* out) = 0;
  virtual Result<StoreStats> Stats() = 0;

  // --- Follows and alerts (outside batches; each call its own transaction).
  virtual Result<int64_t> AddFollow(const Follow& f) = 0;
  virtual Status RemoveFollow(int64_t id) = 0;
  virtual Status ListFollows(std::vector<Follow>* out) = 0;
  // Alerts raised at or after `since` (ISO 8601; "" for all), oldest first.
  virtual Status ListAlerts(std::string_view since, std::vector<Alert>* out) = 0;
};

// The permalink of story `index` of the document with content hash `hash`.
std::string ArticleId(std::string_view doc_hash, int index);

// The location of the store: `flag` if given, else $DATELINE_DB, else
// "./dateline.db".
std::string DefaultStoreLocation(std::string_view flag);

}  // namespace dateline

#endif  // DATELINE_STORE_H_
