// Copyright 2026 The Dateline Authors.

#include "store/sqlite_store.h"

#include <sqlite3.h>

#include <cmath>
#include <cstdio>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "article/article_json.h"
#include "events/event_json.h"
#include "events/event_json_read.h"
#include "events/lexicon.h"
#include "fuse/fuse.h"
#include "geo/gazetteer.h"
#include "store/sql_query.h"
#include "text/dates.h"
#include "util/strings.h"

namespace dateline {

namespace {

// The migrations, in order: migration i brings a database from schema
// version i to i + 1 (PRAGMA user_version). Never edit one that shipped;
// add the next. doc/schema.md describes the result.
constexpr const char* kMigrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  url TEXT,
  published TEXT,
  bytes INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);

CREATE TABLE articles(
  id INTEGER PRIMARY KEY,
  pid TEXT NOT NULL UNIQUE,
  document INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  headline TEXT,
  date TEXT,
  dateline TEXT,
  author TEXT,
  url TEXT,
  lang TEXT,
  body TEXT NOT NULL,
  record TEXT NOT NULL,
  UNIQUE(document, idx)
);
CREATE VIRTUAL TABLE articles_fts USING fts5(
  headline, body, content='articles', content_rowid='id');

CREATE TABLE quotes(
  article INTEGER NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  speaker TEXT,
  affiliation TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY(article, idx)
);

CREATE TABLE events(
  id INTEGER PRIMARY KEY,
  pid TEXT NOT NULL UNIQUE,
  type TEXT NOT NULL,
  subtype TEXT NOT NULL,
  date TEXT,
  date_precision TEXT,
  first_day INTEGER,
  last_day INTEGER,
  place TEXT,
  admin1 TEXT,
  country_code TEXT,
  lat REAL,
  lon REAL,
  precision TEXT,
  geonames_id INTEGER,
  killed INTEGER,
  killed_min INTEGER,
  injured INTEGER,
  missing INTEGER,
  hostages INTEGER,
  arrested INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  summary TEXT,
  record TEXT NOT NULL
);
CREATE INDEX events_first_day ON events(first_day);
CREATE INDEX events_country ON events(country_code, first_day);
CREATE INDEX events_country_killed ON events(country_code, killed, first_day);
CREATE INDEX events_killed ON events(killed, first_day);
CREATE INDEX events_updated ON events(updated_at);
CREATE INDEX events_lat ON events(lat);
CREATE INDEX events_type ON events(type, first_day);
CREATE INDEX events_subtype ON events(subtype, first_day);
CREATE VIRTUAL TABLE event_days USING rtree_i32(id, first_day, last_day);
CREATE VIRTUAL TABLE events_fts USING fts5(summary, sentences, actors, place);

CREATE TABLE event_actors(
  event INTEGER NOT NULL REFERENCES events(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  mention TEXT NOT NULL
);
CREATE INDEX event_actors_event ON event_actors(event);
CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE);
CREATE INDEX event_actors_mention ON event_actors(mention COLLATE NOCASE);

CREATE TABLE sources(
  event INTEGER NOT NULL REFERENCES events(id),
  idx INTEGER NOT NULL,
  document INTEGER REFERENCES documents(id),
  article INTEGER NOT NULL,
  published TEXT,
  sentence TEXT NOT NULL,
  span_begin INTEGER,
  span_end INTEGER,
  PRIMARY KEY(event, idx)
);
CREATE INDEX sources_document ON sources(document);

CREATE TABLE revisions(
  event INTEGER NOT NULL REFERENCES events(id),
  idx INTEGER NOT NULL,
  seen TEXT,
  kind TEXT NOT NULL,
  best INTEGER NOT NULL,
  text TEXT,
  source INTEGER NOT NULL,
  PRIMARY KEY(event, idx)
);

CREATE TABLE history(
  event INTEGER NOT NULL REFERENCES events(id),
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  doc TEXT NOT NULL,
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  changes TEXT NOT NULL,
  PRIMARY KEY(event, seq)
);

CREATE TABLE follows(
  id INTEGER PRIMARY KEY,
  actor TEXT,
  place TEXT,
  lat REAL,
  lon REAL,
  km REAL,
  country TEXT,
  types TEXT,
  min_killed INTEGER,
  created_at TEXT NOT NULL
);

CREATE TABLE alerts(
  id INTEGER PRIMARY KEY,
  follow INTEGER NOT NULL,
  event TEXT NOT NULL,
  action TEXT NOT NULL,
  at TEXT NOT NULL,
  what TEXT NOT NULL
);
CREATE INDEX alerts_at ON alerts(at);
)sql",
    // 1 -> 2: where events are, in an R-tree, for --near (a lat/lon box
    // found in both dimensions at once rather than a band of latitude).
    R"sql(
CREATE VIRTUAL TABLE event_geo USING rtree(id, min_lat, max_lat, min_lon, max_lon);
INSERT INTO event_geo(id, min_lat, max_lat, min_lon, max_lon)
  SELECT id, lat, lat, lon, lon FROM events WHERE lat IS NOT NULL AND lon IS NOT NULL;
)sql",
};
constexpr int kSchemaVersion = sizeof kMigrations / sizeof kMigrations[0];

// A prepared statement, finalized on scope exit. Bind with 1-based
// indexes; text is copied (SQLITE_TRANSIENT).
// Prepared statements kept for the life of a connection, by their SQL:
// ingest runs the same dozen statements for every document.
class StmtCache {
 public:
  StmtCache() = default;
  StmtCache(const StmtCache&) = delete;
  StmtCache& operator=(const StmtCache&) = delete;
  ~StmtCache() { Clear(); }
  void Clear() {
    for (auto& [sql, st] : map_) sqlite3_finalize(st);
    map_.clear();
  }
  sqlite3_stmt*& Slot(std::string_view sql) { return map_[std::string(sql)]; }

 private:
  std::unordered_map<std::string, sqlite3_stmt*> map_;
};

class Stmt {
 public:
  // With a cache, the statement is prepared once and reset after each use
  // (one use at a time per SQL text).
  Stmt(sqlite3* db, std::string_view sql, StmtCache* cache = nullptr) : db_(db) {
    if (cache != nullptr) {
      sqlite3_stmt*& slot = cache->Slot(sql);
      if (slot == nullptr) {
        rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &slot, nullptr);
      } else {
        rc_ = SQLITE_OK;
      }
      st_ = slot;
      borrowed_ = true;
      return;
    }
    rc_ = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &st_, nullptr);
  }
  ~Stmt() {
    if (borrowed_) {
      sqlite3_reset(st_);
      sqlite3_clear_bindings(st_);
    } else {
      sqlite3_finalize(st_);
    }
  }
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Status status() const {
    if (rc_ == SQLITE_OK) return Status::OK();
    return Status::IOError(std::string("database: ") + sqlite3_errmsg(db_));
  }
  Stmt& Bind(int i, std::string_view s) {
    sqlite3_bind_text(st_, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Stmt& BindOrNull(int i, std::string_view s) {
    if (s.empty()) {
      sqlite3_bind_null(st_, i);
    } else {
      Bind(i, s);
    }
    return *this;
  }
  Stmt& Bind(int i, int64_t v) {
    sqlite3_bind_int64(st_, i, v);
    return *this;
  }
  Stmt& Bind(int i, double v) {
    sqlite3_bind_double(st_, i, v);
    return *this;
  }
  template <typename T>
  Stmt& Bind(int i, const std::optional<T>& v) {
    if (v) return Bind(i, *v);
    sqlite3_bind_null(st_, i);
    return *this;
  }
  // SQLITE_ROW: true; SQLITE_DONE: false; else an error in status().
  bool Step() {
    if (rc_ != SQLITE_OK && rc_ != SQLITE_ROW && rc_ != SQLITE_DONE) return false;
    int rc = sqlite3_step(st_);
    rc_ = rc == SQLITE_ROW || rc == SQLITE_DONE ? SQLITE_OK : rc;
    return rc == SQLITE_ROW;
  }
  Status Run() {
    Step();
    return status();
  }
  void Reset() {
    sqlite3_reset(st_);
    sqlite3_clear_bindings(st_);
    rc_ = SQLITE_OK;
  }
  std::string Text(int col) const {
    const unsigned char* p = sqlite3_column_text(st_, col);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(st_, col)))
             : std::string();
  }
  int64_t Int(int col) const { return sqlite3_column_int64(st_, col); }
  double Double(int col) const { return sqlite3_column_double(st_, col); }
  bool IsNull(int col) const { return sqlite3_column_type(st_, col) == SQLITE_NULL; }

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
  int rc_;
  bool borrowed_ = false;
};

std::optional<int64_t> Best(const Event& ev, CountKind k) {
  if (const auto& c = ev.count(k)) return c->best;
  return std::nullopt;
}

void BindAll(Stmt* s, const std::vector<SqlArg>& args) {
  for (size_t i = 0; i < args.size(); ++i) {
    int col = static_cast<int>(i) + 1;
    switch (args[i].kind) {
      case SqlArg::Kind::kInt:
        s->Bind(col, args[i].i);
        break;
      case SqlArg::Kind::kDouble:
        s->Bind(col, args[i].d);
        break;
      case SqlArg::Kind::kText:
        s->Bind(col, args[i].s);
        break;
    }
  }
}

class SqliteStore : public Store {
 public:
  explicit SqliteStore(sqlite3* db) : db_(db) {}
  ~SqliteStore() override {
    if (in_batch_) Exec("ROLLBACK");
    cache_.Clear();
    sqlite3_close_v2(db_);
  }

  Status Migrate() {
    // Wait (up to 10 s) rather than fail when another connection holds a
    // lock, from the first statement on.
    sqlite3_busy_timeout(db_, 10000);
    DATELINE_RETURN_IF_ERROR(Exec("PRAGMA journal_mode=WAL"));
    DATELINE_RETURN_IF_ERROR(Exec("PRAGMA synchronous=NORMAL"));
    DATELINE_RETURN_IF_ERROR(Exec("PRAGMA foreign_keys=ON"));
    // Reads through a memory map and a 64 MB page cache: a query over a
    // few hundred MB of events should not be a few thousand read calls.
    DATELINE_RETURN_IF_ERROR(Exec("PRAGMA mmap_size=1073741824"));
    DATELINE_RETURN_IF_ERROR(Exec("PRAGMA cache_size=-65536"));
    Stmt v(db_, "PRAGMA user_version", &cache_);
    int version = v.Step() ? static_cast<int>(v.Int(0)) : 0;
    DATELINE_RETURN_IF_ERROR(v.status());
    if (version > kSchemaVersion) {
      return Status::Unsupported("database schema version " + std::to_string(version) +
                                 " is newer than this build's " + std::to_string(kSchemaVersion));
    }
    for (int i = version; i < kSchemaVersion; ++i) {
      DATELINE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
      Status st = Exec(kMigrations[i]);
      if (st.ok()) st = Exec("PRAGMA user_version=" + std::to_string(i + 1));
      if (!st.ok()) {
        Exec("ROLLBACK");
        return st.WithContext("migration to schema version " + std::to_string(i + 1));
      }
      DATELINE_RETURN_IF_ERROR(Exec("COMMIT"));
    }
    return Status::OK();
  }

  Status Begin() override {
    if (in_batch_) return Status::InvalidArgument("a batch is already open");
    DATELINE_RETURN_IF_ERROR(Exec("BEGIN IMMEDIATE"));
    in_batch_ = true;
    return Status::OK();
  }
  Status Commit() override {
    if (!in_batch_) return Status::InvalidArgument("no batch is open");
    in_batch_ = false;
    Status st = Exec("COMMIT");
    if (!st.ok()) Exec("ROLLBACK");
    return st;
  }
  Status Rollback() override {
    if (!in_batch_) return Status::OK();
    in_batch_ = false;
    return Exec("ROLLBACK");
  }

  Result<bool> HasDocument(std::string_view hash) override {
    Stmt s(db_, "SELECT 1 FROM documents WHERE hash = ?", &cache_);
    s.Bind(1, hash);
    bool found = s.Step();
    DATELINE_RETURN_IF_ERROR(s.status());
    return found;
  }

  Status PutDocument(const Document& doc, std::string_view hash,
                     const std::vector<Article>& articles, std::string_view at) override {
    DATELINE_RETURN_IF_ERROR(RequireBatch());
    Stmt d(db_,
           "INSERT INTO documents(hash, name, format, url, published, bytes, ingested_at) "
           "VALUES(?,?,?,?,?,?,?)",
           &cache_);
    d.Bind(1, hash).Bind(2, doc.name).Bind(3, std::string_view(DocFormatName(doc.format)));
    d.BindOrNull(4, doc.url).BindOrNull(5, doc.published);
    d.Bind(6, static_cast<int64_t>(doc.body.size())).Bind(7, at);
    DATELINE_RETURN_IF_ERROR(d.Run());
    int64_t doc_id = sqlite3_last_insert_rowid(db_);
    last_doc_name_ = doc.name;
    last_doc_id_ = doc_id;
    Stmt a(db_,
           "INSERT INTO articles(pid, document, idx, headline, date, dateline, author, url, "
           "lang, body, record) VALUES(?,?,?,?,?,?,?,?,?,?,?)",
           &cache_);
    Stmt fts(db_, "INSERT INTO articles_fts(rowid, headline, body) VALUES(?,?,?)", &cache_);
    Stmt q(db_, "INSERT INTO quotes(article, idx, speaker, affiliation, text) VALUES(?,?,?,?,?)",
           &cache_);
    for (const Article& art : articles) {
      std::string record, body = art.Body();
      AppendArticleJson(art, &record);
      a.Reset();
      a.Bind(1, ArticleId(hash, art.index)).Bind(2, doc_id).Bind(3, int64_t{art.index});
      a.BindOrNull(4, art.headline).BindOrNull(5, art.date).BindOrNull(6, art.dateline);
      a.BindOrNull(7, art.author).BindOrNull(8, art.url.empty() ? doc.url : art.url);
      a.BindOrNull(9, art.lang).Bind(10, body).Bind(11, record);
      DATELINE_RETURN_IF_ERROR(a.Run());
      int64_t art_id = sqlite3_last_insert_rowid(db_);
      fts.Reset();
      fts.Bind(1, art_id).Bind(2, art.headline).Bind(3, body);
      DATELINE_RETURN_IF_ERROR(fts.Run());
      for (size_t i = 0; i < art.quotes.size(); ++i) {
        const Quote& qu = art.quotes[i];
        q.Reset();
        q.Bind(1, art_id).Bind(2, static_cast<int64_t>(i)).BindOrNull(3, qu.speaker);
        q.BindOrNull(4, qu.affiliation).Bind(5, qu.text);
        DATELINE_RETURN_IF_ERROR(q.Run());
      }
    }
    return Status::OK();
  }

  Status Candidates(int64_t first_day, int64_t last_day, std::string_view country,
                    std::vector<Event>* out) override {
    Stmt s(db_,
           "SELECT e.record FROM event_days d JOIN events e ON e.id = d.id "
           "WHERE d.last_day >= ? AND d.first_day <= ? "
           "AND (?3 = '' OR e.country_code IS NULL OR e.country_code = ?3) ORDER BY e.id",
           &cache_);
    s.Bind(1, first_day - 1).Bind(2, last_day + 1).Bind(3, country);
    while (s.Step()) {
      Event ev;
      DATELINE_RETURN_IF_ERROR(ParseEventJson(s.Text(0), &ev).WithContext("stored event: "));
      out->push_back(std::move(ev));
    }
    return s.status();
  }

  Result<bool> HasEvent(std::string_view id) override {
    Stmt s(db_, "SELECT 1 FROM events WHERE pid = ?", &cache_);
    s.Bind(1, id);
    bool found = s.Step();
    DATELINE_RETURN_IF_ERROR(s.status());
    return found;
  }

  Status PutEvent(const Event& ev, const EventChange& change, bool is_new) override {
    DATELINE_RETURN_IF_ERROR(RequireBatch());
    std::string record;
    AppendEventJson(ev, &record);
    int64_t first = 0, last = 0;
    bool dated = EventDayRange(ev, &first, &last);
    const Place* p = ev.place ? &*ev.place : nullptr;
    int64_t row = 0;
    {
      Stmt s(db_,
             is_new ? "INSERT INTO events(type, subtype, date, date_precision, first_day, "
                      "last_day, place, admin1, country_code, lat, lon, precision, "
                      "geonames_id, killed, killed_min, injured, missing, hostages, "
                      "arrested, summary, record, updated_at, created_at, pid) "
                      "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                    : "UPDATE events SET type=?, subtype=?, date=?, date_precision=?, "
                      "first_day=?, last_day=?, place=?, admin1=?, country_code=?, lat=?, "
                      "lon=?, precision=?, geonames_id=?, killed=?, killed_min=?, "
                      "injured=?, missing=?, hostages=?, arrested=?, summary=?, record=?, "
                      "updated_at=? WHERE ?23 IS NOT NULL AND pid=?24",
             &cache_);
      s.Bind(1, ev.type)
          .Bind(2, ev.subtype)
          .BindOrNull(3, ev.date)
          .BindOrNull(4, ev.date_precision);
      s.Bind(5, dated ? std::optional<int64_t>(first) : std::nullopt);
      s.Bind(6, dated ? std::optional<int64_t>(last) : std::nullopt);
      s.BindOrNull(7, p ? p->name : "").BindOrNull(8, p ? p->admin1 : "");
      s.BindOrNull(9, p ? p->country_code : "");
      s.Bind(10, p ? p->lat : std::nullopt).Bind(11, p ? p->lon : std::nullopt);
      s.BindOrNull(12, p ? p->precision : "").Bind(13, p ? p->geonames_id : std::nullopt);
      s.Bind(14, Best(ev, CountKind::kKilled));
      s.Bind(15, ev.count(CountKind::kKilled) ? ev.count(CountKind::kKilled)->min : std::nullopt);
      s.Bind(16, Best(ev, CountKind::kInjured)).Bind(17, Best(ev, CountKind::kMissing));
      s.Bind(18, Best(ev, CountKind::kHostages)).Bind(19, Best(ev, CountKind::kArrested));
      s.Bind(20, ev.summary).Bind(21, record).Bind(22, change.at).Bind(23, change.at);
      s.Bind(24, ev.id);
      DATELINE_RETURN_IF_ERROR(s.Run());
      if (sqlite3_changes(db_) != 1) return Status::NotFound("no stored event " + ev.id);
    }
    {
      Stmt s(db_, "SELECT id FROM events WHERE pid = ?", &cache_);
      s.Bind(1, ev.id);
      if (!s.Step()) return s.status().ok() ? Status::NotFound("event " + ev.id) : s.status();
      row = s.Int(0);
    }
    if (is_new && dated) {
      Stmt s(db_, "INSERT INTO event_days(id, first_day, last_day) VALUES(?,?,?)", &cache_);
      s.Bind(1, row).Bind(2, first).Bind(3, last);
      DATELINE_RETURN_IF_ERROR(s.Run());
    } else if (dated) {
      Stmt s(db_, "INSERT OR REPLACE INTO event_days(id, first_day, last_day) VALUES(?,?,?)",
             &cache_);
      s.Bind(1, row).Bind(2, first).Bind(3, last);
      DATELINE_RETURN_IF_ERROR(s.Run());
    }
    if (p != nullptr && p->lat && p->lon) {
      Stmt s(db_,
             "INSERT OR REPLACE INTO event_geo(id, min_lat, max_lat, min_lon, max_lon) "
             "VALUES(?,?,?,?,?)",
             &cache_);
      s.Bind(1, row).Bind(2, *p->lat).Bind(3, *p->lat).Bind(4, *p->lon).Bind(5, *p->lon);
      DATELINE_RETURN_IF_ERROR(s.Run());
    } else if (!is_new) {
      Stmt s(db_, "DELETE FROM event_geo WHERE id = ?", &cache_);
      s.Bind(1, row);
      DATELINE_RETURN_IF_ERROR(s.Run());
    }
    // Actors: rewritten (names gain mentions).
    {
      Stmt del(db_, "DELETE FROM event_actors WHERE event = ?", &cache_);
      del.Bind(1, row);
      DATELINE_RETURN_IF_ERROR(del.Run());
      Stmt ins(db_, "INSERT INTO event_actors(event, name, role, mention) VALUES(?,?,?,?)",
               &cache_);
      for (const Actor& a : ev.actors) {
        std::vector<std::string> ms = a.mentions;
        if (ms.empty()) ms.push_back(a.name);
        for (const std::string& m : ms) {
          ins.Reset();
          ins.Bind(1, row).Bind(2, a.name).Bind(3, a.role).Bind(4, m);
          DATELINE_RETURN_IF_ERROR(ins.Run());
        }
      }
    }
    // Sources and revisions: append what is new.
    int64_t have_sources = 0, have_revisions = 0, have_history = 0;
    {
      Stmt s(db_,
             "SELECT (SELECT count(*) FROM sources WHERE event = ?1), "
             "(SELECT count(*) FROM revisions WHERE event = ?1), "
             "(SELECT count(*) FROM history WHERE event = ?1)",
             &cache_);
      s.Bind(1, row);
      if (s.Step()) {
        have_sources = s.Int(0);
        have_revisions = s.Int(1);
        have_history = s.Int(2);
      }
      DATELINE_RETURN_IF_ERROR(s.status());
    }
    {
      Stmt ins(db_,
               "INSERT INTO sources(event, idx, document, article, published, sentence, "
               "span_begin, span_end) VALUES(?,?,?,?,?,?,?,?)",
               &cache_);
      for (size_t i = static_cast<size_t>(have_sources); i < ev.sources.size(); ++i) {
        const Source& src = ev.sources[i];
        ins.Reset();
        ins.Bind(1, row).Bind(2, static_cast<int64_t>(i));
        ins.Bind(3, DocumentId(src.doc)).Bind(4, int64_t{src.article});
        ins.BindOrNull(5, src.published).Bind(6, src.sentence);
        ins.Bind(7, src.span_begin).Bind(8, src.span_end);
        DATELINE_RETURN_IF_ERROR(ins.Run());
      }
      Stmt rev(db_,
               "INSERT INTO revisions(event, idx, seen, kind, best, text, source) "
               "VALUES(?,?,?,?,?,?,?)",
               &cache_);
      for (size_t i = static_cast<size_t>(have_revisions); i < ev.revisions.size(); ++i) {
        const Revision& r = ev.revisions[i];
        rev.Reset();
        rev.Bind(1, row).Bind(2, static_cast<int64_t>(i)).BindOrNull(3, r.seen);
        rev.Bind(4, std::string_view(CountKindName(r.kind))).Bind(5, r.best);
        rev.Bind(6, r.text).Bind(7, int64_t{r.source});
        DATELINE_RETURN_IF_ERROR(rev.Run());
      }
      Stmt h(db_,
             "INSERT INTO history(event, seq, at, doc, action, reason, changes) "
             "VALUES(?,?,?,?,?,?,?)",
             &cache_);
      h.Bind(1, row).Bind(2, have_history).Bind(3, change.at).Bind(4, change.doc);
      h.Bind(5, change.action).Bind(6, change.reason).Bind(7, Join(change.changes, "\n"));
      DATELINE_RETURN_IF_ERROR(h.Run());
    }
    // Full text: summary, sentences, actors, place.
    {
      std::string sentences, actors;
      for (const Source& s : ev.sources) sentences += s.sentence + "\n";
      for (const Actor& a : ev.actors) {
        actors += a.name + "\n";
        for (const std::string& m : a.mentions) actors += m + "\n";
      }
      std::string place = p ? p->name + "\n" + p->admin1 + "\n" + p->country : "";
      Stmt del(db_, "DELETE FROM events_fts WHERE rowid = ?", &cache_);
      del.Bind(1, row);
      DATELINE_RETURN_IF_ERROR(del.Run());
      Stmt ins(db_,
               "INSERT INTO events_fts(rowid, summary, sentences, actors, place) "
               "VALUES(?,?,?,?,?)",
               &cache_);
      ins.Bind(1, row).Bind(2, ev.summary).Bind(3, sentences).Bind(4, actors).Bind(5, place);
      DATELINE_RETURN_IF_ERROR(ins.Run());
    }
    return Status::OK();
  }

  Status PutAlert(Alert* al) override {
    Stmt s(db_, "INSERT INTO alerts(follow, event, action, at, what) VALUES(?,?,?,?,?)", &cache_);
    s.Bind(1, al->follow).Bind(2, al->event_id).Bind(3, al->action).Bind(4, al->at);
    s.Bind(5, al->what);
    DATELINE_RETURN_IF_ERROR(s.Run());
    al->id = sqlite3_last_insert_rowid(db_);
    return Status::OK();
  }

  Status QueryEvents(const EventQuery& q, std::vector<Event>* out) override {
    // Two steps: the matching rows in order (narrow columns only, so the
    // sort never carries the records), then the records of those kept.
    std::string sql = "SELECT id, lat, lon FROM events WHERE 1";
    std::vector<SqlArg> args;
    DATELINE_RETURN_IF_ERROR(AppendEventWhere(q, SqlDialect::kSqlite, &sql, &args));
    const bool near = q.near_lat && q.near_lon;
    // Descending, NULLs (unknown tolls, undated events) come last; newest
    // stored first among equals. Both orders are index orders.
    sql += EventOrderBy(q, SqlDialect::kSqlite);
    if (q.limit > 0 && !near) {
      sql += " LIMIT ?";
      args.push_back({SqlArg::Kind::kInt, q.limit, 0, ""});
    }
    Stmt s(db_, sql);
    DATELINE_RETURN_IF_ERROR(s.status());
    BindAll(&s, args);
    std::vector<int64_t> rows;
    while (s.Step()) {
      if (near && !NearOk(q, s.Double(1), s.Double(2))) continue;
      rows.push_back(s.Int(0));
      if (q.limit > 0 && static_cast<int64_t>(rows.size()) >= q.limit) break;
    }
    DATELINE_RETURN_IF_ERROR(s.status());
    Stmt rec(db_, "SELECT record FROM events WHERE id = ?", &cache_);
    for (int64_t row : rows) {
      rec.Reset();
      rec.Bind(1, row);
      if (!rec.Step())
        return rec.status().ok() ? Status::NotFound("event row vanished") : rec.status();
      Event ev;
      DATELINE_RETURN_IF_ERROR(ParseEventJson(rec.Text(0), &ev).WithContext("stored event: "));
      out->push_back(std::move(ev));
    }
    return Status::OK();
  }

  Status Facets(const EventQuery& q, EventFacets* out) override {
    std::string sql =
        "SELECT type, country_code, substr(date, 1, 7), date, killed, lat, lon FROM events "
        "WHERE 1";
    std::vector<SqlArg> args;
    DATELINE_RETURN_IF_ERROR(AppendEventWhere(q, SqlDialect::kSqlite, &sql, &args));
    const bool near = q.near_lat && q.near_lon;
    Stmt s(db_, sql);
    DATELINE_RETURN_IF_ERROR(s.status());
    BindAll(&s, args);
    while (s.Step()) {
      if (near && !NearOk(q, s.Double(5), s.Double(6))) continue;
      ++out->events;
      ++out->by_type[s.Text(0)];
      if (!s.IsNull(1)) ++out->by_country[s.Text(1)];
      std::string month = s.Text(2), date = s.Text(3);
      if (month.size() == 7) ++out->by_month[month];
      if (!date.empty()) {
        if (out->first.empty() || date < out->first) out->first = date;
        if (out->last.empty() || date > out->last) out->last = date;
      }
      if (!s.IsNull(4)) out->killed += s.Int(4);
    }
    return s.status();
  }

  Status SearchArticles(std::string_view text, int64_t limit,
                        std::vector<ArticleHit>* out) override {
    std::string fq = Fts5Query(text);
    if (fq.empty()) return Status::InvalidArgument("nothing to search for");
    Stmt s(db_,
           "SELECT a.pid, a.headline, d.name, a.date, "
           "snippet(articles_fts, 1, '[', ']', '...', 16) FROM articles_fts "
           "JOIN articles a ON a.id = articles_fts.rowid JOIN documents d ON d.id = a.document "
           "WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
           &cache_);
    s.Bind(1, fq).Bind(2, limit > 0 ? limit : 20);
    while (s.Step()) out->push_back({s.Text(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4)});
    return s.status();
  }

  Status GetEvent(std::string_view id, StoredEvent* out) override {
    int64_t row;
    {
      Stmt s(db_, "SELECT id, record, created_at, updated_at FROM events WHERE pid = ?", &cache_);
      s.Bind(1, id);
      if (!s.Step()) {
        DATELINE_RETURN_IF_ERROR(s.status());
        return Status::NotFound("no event " + std::string(id));
      }
      row = s.Int(0);
      DATELINE_RETURN_IF_ERROR(ParseEventJson(s.Text(1), &out->event));
      out->created = s.Text(2);
      out->updated = s.Text(3);
    }
    Stmt h(db_, "SELECT at, doc, action, reason, changes FROM history WHERE event = ? ORDER BY seq",
           &cache_);
    h.Bind(1, row);
    while (h.Step()) {
      EventChange c;
      c.at = h.Text(0);
      c.doc = h.Text(1);
      c.action = h.Text(2);
      c.reason = h.Text(3);
      std::string changes = h.Text(4);
      for (std::string_view line : Split(changes, '\n')) {
        if (!line.empty()) c.changes.emplace_back(line);
      }
      out->history.push_back(std::move(c));
    }
    DATELINE_RETURN_IF_ERROR(h.status());
    out->source_articles.assign(out->event.sources.size(), "");
    Stmt a(db_,
           "SELECT s.idx, a.pid FROM sources s JOIN articles a ON a.document = s.document AND "
           "a.idx = s.article WHERE s.event = ?",
           &cache_);
    a.Bind(1, row);
    while (a.Step()) {
      int64_t i = a.Int(0);
      if (i >= 0 && static_cast<size_t>(i) < out->source_articles.size()) {
        out->source_articles[static_cast<size_t>(i)] = a.Text(1);
      }
    }
    return a.status();
  }

  Status GetArticle(std::string_view id, StoredArticle* out) override {
    int64_t row;
    {
      Stmt s(db_,
             "SELECT a.id, d.name, a.idx, a.headline, a.date, a.url, a.body, a.record "
             "FROM articles a JOIN documents d ON d.id = a.document WHERE a.pid = ?",
             &cache_);
      s.Bind(1, id);
      if (!s.Step()) {
        DATELINE_RETURN_IF_ERROR(s.status());
        return Status::NotFound("no article " + std::string(id));
      }
      row = s.Int(0);
      out->id = std::string(id);
      out->doc = s.Text(1);
      out->index = static_cast<int>(s.Int(2));
      out->headline = s.Text(3);
      out->date = s.Text(4);
      out->url = s.Text(5);
      out->body = s.Text(6);
      out->record = s.Text(7);
    }
    Stmt q(db_, "SELECT speaker, affiliation, text FROM quotes WHERE article = ? ORDER BY idx",
           &cache_);
    q.Bind(1, row);
    while (q.Step()) out->quotes.push_back({q.Text(2), q.Text(0), q.Text(1)});
    DATELINE_RETURN_IF_ERROR(q.status());
    Stmt e(db_,
           "SELECT DISTINCT e.pid FROM sources s JOIN events e ON e.id = s.event "
           "JOIN articles a ON a.document = s.document AND a.idx = s.article "
           "WHERE a.id = ? ORDER BY e.id",
           &cache_);
    e.Bind(1, row);
    while (e.Step()) out->event_ids.push_back(e.Text(0));
    return e.status();
  }

  Result<StoreStats> Stats() override {
    Stmt s(db_,
           "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), "
           "(SELECT count(*) FROM events), (SELECT count(*) FROM sources), "
           "(SELECT count(*) FROM history WHERE action = 'merged'), "
           "(SELECT count(*) FROM follows), (SELECT count(*) FROM alerts)",
           &cache_);
    StoreStats st;
    if (s.Step()) {
      st.documents = s.Int(0);
      st.articles = s.Int(1);
      st.events = s.Int(2);
      st.sources = s.Int(3);
      st.merges = s.Int(4);
      st.follows = s.Int(5);
      st.alerts = s.Int(6);
    }
    DATELINE_RETURN_IF_ERROR(s.status());
    return st;
  }

  Result<int64_t> AddFollow(const Follow& f) override {
    Stmt s(db_,
           "INSERT INTO follows(actor, place, lat, lon, km, country, types, min_killed, "
           "created_at) VALUES(?,?,?,?,?,?,?,?,?)",
           &cache_);
    s.BindOrNull(1, f.actor).BindOrNull(2, f.place).Bind(3, f.lat).Bind(4, f.lon);
    s.Bind(5, f.km).BindOrNull(6, f.country).BindOrNull(7, Join(f.types, ","));
    s.Bind(8, f.min_killed).Bind(9, f.created);
    DATELINE_RETURN_IF_ERROR(s.Run());
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_));
  }

  Status RemoveFollow(int64_t id) override {
    Stmt s(db_, "DELETE FROM follows WHERE id = ?", &cache_);
    s.Bind(1, id);
    DATELINE_RETURN_IF_ERROR(s.Run());
    if (sqlite3_changes(db_) == 0) return Status::NotFound("no follow " + std::to_string(id));
    return Status::OK();
  }

  Status ListFollows(std::vector<Follow>* out) override {
    Stmt s(db_,
           "SELECT id, actor, place, lat, lon, km, country, types, min_killed, created_at "
           "FROM follows ORDER BY id",
           &cache_);
    while (s.Step()) {
      Follow f;
      f.id = s.Int(0);
      f.actor = s.Text(1);
      f.place = s.Text(2);
      if (!s.IsNull(3)) f.lat = s.Double(3);
      if (!s.IsNull(4)) f.lon = s.Double(4);
      f.km = s.Double(5);
      f.country = s.Text(6);
      std::string types = s.Text(7);
      for (std::string_view t : Split(types, ',')) {
        if (!t.empty()) f.types.emplace_back(t);
      }
      if (!s.IsNull(8)) f.min_killed = s.Int(8);
      f.created = s.Text(9);
      out->push_back(std::move(f));
    }
    return s.status();
  }

  Status ListAlerts(std::string_view since, std::vector<Alert>* out) override {
    Stmt s(db_, "SELECT id, follow, event, action, at, what FROM alerts WHERE at >= ? ORDER BY id",
           &cache_);
    s.Bind(1, since);
    while (s.Step()) {
      out->push_back({s.Int(0), s.Int(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5)});
    }
    return s.status();
  }

 private:
  Status Exec(const std::string& sql) {
    char* err = nullptr;
    int rc = sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &err);
    if (rc == SQLITE_OK) return Status::OK();
    std::string msg = err ? err : sqlite3_errstr(rc);
    sqlite3_free(err);
    return Status::IOError("database: " + msg);
  }
  Status RequireBatch() const {
    return in_batch_ ? Status::OK() : Status::InvalidArgument("write outside a batch");
  }
  // The row of the newest document with this name (sources name their
  // document; the one just stored in the common case).
  std::optional<int64_t> DocumentId(const std::string& name) {
    if (name == last_doc_name_) return last_doc_id_;
    Stmt s(db_, "SELECT id FROM documents WHERE name = ? ORDER BY id DESC LIMIT 1", &cache_);
    s.Bind(1, name);
    if (s.Step()) return s.Int(0);
    return std::nullopt;
  }

  sqlite3* db_;
  StmtCache cache_;
  bool in_batch_ = false;
  std::string last_doc_name_;
  int64_t last_doc_id_ = 0;
};

}  // namespace

int SqliteSchemaVersion() { return kSchemaVersion; }

Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path) {
  sqlite3* db = nullptr;
  int rc = sqlite3_open_v2(
      path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    sqlite3_close_v2(db);
    return Status::IOError(path + ": " + msg);
  }
  auto store = std::make_unique<SqliteStore>(db);
  Status st = store->Migrate();
  if (!st.ok()) return st.WithContext(path + ": ");
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dateline
