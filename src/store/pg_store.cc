// Copyright 2026 The Dateline Authors.

#include "store/pg_store.h"

#include <cstdio>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

#include "article/article_json.h"
#include "events/event_json.h"
#include "events/event_json_read.h"
#include "fuse/fuse.h"
#include "store/sql_query.h"
#include "util/strings.h"

namespace dateline {

namespace {

// Migration i takes the schema from version i to i + 1 (the one row of
// dateline_schema). The tables are SQLite's (doc/schema.md) in
// PostgreSQL's types; full text is a tsvector column with a GIN index.
constexpr const char* kMigrations[] = {
    R"sql(
CREATE TABLE documents(
  id BIGSERIAL PRIMARY KEY,
  hash TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  format TEXT NOT NULL,
  url TEXT,
  published TEXT,
  bytes BIGINT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);
CREATE TABLE articles(
  id BIGSERIAL PRIMARY KEY,
  pid TEXT NOT NULL UNIQUE,
  document BIGINT NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  headline TEXT,
  date TEXT,
  dateline TEXT,
  author TEXT,
  url TEXT,
  lang TEXT,
  body TEXT NOT NULL,
  record TEXT NOT NULL,
  fts TSVECTOR GENERATED ALWAYS AS
      (to_tsvector('simple', coalesce(headline, '') || ' ' || body)) STORED,
  UNIQUE(document, idx)
);
CREATE INDEX articles_fts ON articles USING GIN(fts);
CREATE TABLE quotes(
  article BIGINT NOT NULL REFERENCES articles(id),
  idx INTEGER NOT NULL,
  speaker TEXT,
  affiliation TEXT,
  text TEXT NOT NULL,
  PRIMARY KEY(article, idx)
);
CREATE TABLE events(
  id BIGSERIAL PRIMARY KEY,
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
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  precision TEXT,
  geonames_id BIGINT,
  killed BIGINT,
  killed_min BIGINT,
  injured BIGINT,
  missing BIGINT,
  hostages BIGINT,
  arrested BIGINT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  summary TEXT,
  record TEXT NOT NULL,
  fts TSVECTOR
);
CREATE INDEX events_first_day ON events(first_day);
CREATE INDEX events_days ON events(last_day, first_day);
CREATE INDEX events_country ON events(country_code, first_day);
CREATE INDEX events_country_killed ON events(country_code, killed, first_day);
CREATE INDEX events_killed ON events(killed, first_day);
CREATE INDEX events_updated ON events(updated_at);
CREATE INDEX events_lat ON events(lat);
CREATE INDEX events_type ON events(type, first_day);
CREATE INDEX events_subtype ON events(subtype, first_day);
CREATE INDEX events_fts ON events USING GIN(fts);
CREATE TABLE event_actors(
  event BIGINT NOT NULL REFERENCES events(id),
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  mention TEXT NOT NULL
);
CREATE INDEX event_actors_event ON event_actors(event);
CREATE INDEX event_actors_name ON event_actors(lower(name));
CREATE INDEX event_actors_mention ON event_actors(lower(mention));
CREATE TABLE sources(
  event BIGINT NOT NULL REFERENCES events(id),
  idx INTEGER NOT NULL,
  document BIGINT REFERENCES documents(id),
  article INTEGER NOT NULL,
  published TEXT,
  sentence TEXT NOT NULL,
  span_begin BIGINT,
  span_end BIGINT,
  PRIMARY KEY(event, idx)
);
CREATE INDEX sources_document ON sources(document);
CREATE TABLE revisions(
  event BIGINT NOT NULL REFERENCES events(id),
  idx INTEGER NOT NULL,
  seen TEXT,
  kind TEXT NOT NULL,
  best BIGINT NOT NULL,
  text TEXT,
  source INTEGER NOT NULL,
  PRIMARY KEY(event, idx)
);
CREATE TABLE history(
  event BIGINT NOT NULL REFERENCES events(id),
  seq INTEGER NOT NULL,
  at TEXT NOT NULL,
  doc TEXT NOT NULL,
  action TEXT NOT NULL,
  reason TEXT NOT NULL,
  changes TEXT NOT NULL,
  PRIMARY KEY(event, seq)
);
CREATE TABLE follows(
  id BIGSERIAL PRIMARY KEY,
  actor TEXT,
  place TEXT,
  lat DOUBLE PRECISION,
  lon DOUBLE PRECISION,
  km DOUBLE PRECISION,
  country TEXT,
  types TEXT,
  min_killed BIGINT,
  created_at TEXT NOT NULL
);
CREATE TABLE alerts(
  id BIGSERIAL PRIMARY KEY,
  follow BIGINT NOT NULL,
  event TEXT NOT NULL,
  action TEXT NOT NULL,
  at TEXT NOT NULL,
  what TEXT NOT NULL
);
CREATE INDEX alerts_at ON alerts(at);
)sql",
};
constexpr int kSchemaVersion = sizeof kMigrations / sizeof kMigrations[0];

// Advisory lock keys: one for migrations, one for writing batches.
constexpr int64_t kMigrateLock = 0x6461746c0001;
constexpr int64_t kWriteLock = 0x6461746c0002;

// Statement parameters, NULL where a value is absent.
class Params {
 public:
  Params& Text(std::string_view s) {
    vals_.emplace_back(s);
    null_.push_back(false);
    return *this;
  }
  Params& TextOrNull(std::string_view s) { return s.empty() ? Null() : Text(s); }
  Params& Int(int64_t v) { return Text(std::to_string(v)); }
  Params& Double(double v) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", v);
    return Text(buf);
  }
  Params& Null() {
    vals_.emplace_back();
    null_.push_back(true);
    return *this;
  }
  Params& Int(const std::optional<int64_t>& v) { return v ? Int(*v) : Null(); }
  Params& Double(const std::optional<double>& v) { return v ? Double(*v) : Null(); }
  Params& Args(const std::vector<SqlArg>& args) {
    for (const SqlArg& a : args) {
      if (a.kind == SqlArg::Kind::kInt) Int(a.i);
      if (a.kind == SqlArg::Kind::kDouble) Double(a.d);
      if (a.kind == SqlArg::Kind::kText) Text(a.s);
    }
    return *this;
  }
  std::vector<const char*> Pointers() const {
    std::vector<const char*> p;
    for (size_t i = 0; i < vals_.size(); ++i) p.push_back(null_[i] ? nullptr : vals_[i].c_str());
    return p;
  }

 private:
  std::vector<std::string> vals_;
  std::vector<bool> null_;
};

pqxx::result ExecDynamic(pqxx::transaction_base& t, const std::string& sql,
                         const Params& p = Params()) {
  std::vector<const char*> ptrs = p.Pointers();
  return t.exec_params(sql, pqxx::prepare::make_dynamic_params(ptrs));
}

std::string Str(const pqxx::field& f) { return f.is_null() ? std::string() : f.c_str(); }
int64_t Int(const pqxx::field& f) { return f.is_null() ? 0 : f.as<int64_t>(); }

std::optional<int64_t> Best(const Event& ev, CountKind k) {
  if (const auto& c = ev.count(k)) return c->best;
  return std::nullopt;
}

class PgStore : public Store {
 public:
  explicit PgStore(std::unique_ptr<pqxx::connection> conn) : conn_(std::move(conn)) {}
  ~PgStore() override { batch_.reset(); }

  Status Migrate() {
    return Run([&] {
      int version = 0;
      {
        pqxx::nontransaction n(*conn_);
        n.exec("SET client_min_messages = WARNING");
        // One process migrates at a time; the others wait, then find it done.
        ExecDynamic(n, "SELECT pg_advisory_lock($1)", Params().Int(kMigrateLock));
        n.exec("CREATE TABLE IF NOT EXISTS dateline_schema(version INTEGER NOT NULL)");
        pqxx::result r = n.exec("SELECT version FROM dateline_schema");
        if (r.empty()) n.exec("INSERT INTO dateline_schema VALUES (0)");
        version = r.empty() ? 0 : static_cast<int>(Int(r[0][0]));
      }
      std::string error;
      if (version > kSchemaVersion) {
        error = "database schema version " + std::to_string(version) +
                " is newer than this build's " + std::to_string(kSchemaVersion);
      }
      for (int i = version; error.empty() && i < kSchemaVersion; ++i) {
        pqxx::work w(*conn_);
        w.exec(kMigrations[i]);
        ExecDynamic(w, "UPDATE dateline_schema SET version = $1", Params().Int(i + 1));
        w.commit();
      }
      {
        pqxx::nontransaction u(*conn_);
        ExecDynamic(u, "SELECT pg_advisory_unlock($1)", Params().Int(kMigrateLock));
      }
      if (!error.empty()) throw Refused(error);
    });
  }

  Status Begin() override {
    if (batch_) return Status::InvalidArgument("a batch is already open");
    return Run([&] {
      batch_ = std::make_unique<pqxx::work>(*conn_);
      // Fusion reads what other workers wrote: one writer at a time.
      Exec(*batch_, "SELECT pg_advisory_xact_lock($1)", Params().Int(kWriteLock));
    });
  }
  Status Commit() override {
    if (!batch_) return Status::InvalidArgument("no batch is open");
    Status st = Run([&] { batch_->commit(); });
    batch_.reset();
    return st;
  }
  Status Rollback() override {
    if (!batch_) return Status::OK();
    Status st = Run([&] { batch_->abort(); });
    batch_.reset();
    return st;
  }

  Result<bool> HasDocument(std::string_view hash) override {
    bool found = false;
    Status st = Read([&](pqxx::transaction_base& t) {
      found = !Exec(t, "SELECT 1 FROM documents WHERE hash = $1", Params().Text(hash)).empty();
    });
    if (!st.ok()) return st;
    return found;
  }

  Status PutDocument(const Document& doc, std::string_view hash,
                     const std::vector<Article>& articles, std::string_view at) override {
    if (!batch_) return Status::InvalidArgument("write outside a batch");
    return Run([&] {
      pqxx::work& t = *batch_;
      pqxx::result r = Exec(t,
                            "INSERT INTO documents(hash, name, format, url, published, bytes, "
                            "ingested_at) VALUES($1,$2,$3,$4,$5,$6,$7) RETURNING id",
                            Params()
                                .Text(hash)
                                .Text(doc.name)
                                .Text(DocFormatName(doc.format))
                                .TextOrNull(doc.url)
                                .TextOrNull(doc.published)
                                .Int(static_cast<int64_t>(doc.body.size()))
                                .Text(at));
      int64_t doc_id = Int(r[0][0]);
      last_doc_name_ = doc.name;
      last_doc_id_ = doc_id;
      for (const Article& art : articles) {
        std::string record, body = art.Body();
        AppendArticleJson(art, &record);
        pqxx::result a = Exec(t,
                              "INSERT INTO articles(pid, document, idx, headline, date, dateline, "
                              "author, url, lang, body, record) "
                              "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11) RETURNING id",
                              Params()
                                  .Text(ArticleId(hash, art.index))
                                  .Int(doc_id)
                                  .Int(art.index)
                                  .TextOrNull(art.headline)
                                  .TextOrNull(art.date)
                                  .TextOrNull(art.dateline)
                                  .TextOrNull(art.author)
                                  .TextOrNull(art.url.empty() ? doc.url : art.url)
                                  .TextOrNull(art.lang)
                                  .Text(body)
                                  .Text(record));
        int64_t art_id = Int(a[0][0]);
        for (size_t i = 0; i < art.quotes.size(); ++i) {
          const Quote& q = art.quotes[i];
          Exec(t,
               "INSERT INTO quotes(article, idx, speaker, affiliation, text) "
               "VALUES($1,$2,$3,$4,$5)",
               Params()
                   .Int(art_id)
                   .Int(static_cast<int64_t>(i))
                   .TextOrNull(q.speaker)
                   .TextOrNull(q.affiliation)
                   .Text(q.text));
        }
      }
    });
  }

  Status Candidates(int64_t first_day, int64_t last_day, std::string_view country,
                    std::vector<Event>* out) override {
    std::vector<std::string> records;
    Status st = Read([&](pqxx::transaction_base& t) {
      pqxx::result r = Exec(t,
                            "SELECT record FROM events WHERE last_day >= $1 AND first_day <= $2 "
                            "AND ($3 = '' OR country_code IS NULL OR country_code = $3) "
                            "ORDER BY id",
                            Params().Int(first_day - 1).Int(last_day + 1).Text(country));
      for (const auto& row : r) records.push_back(Str(row[0]));
    });
    DATELINE_RETURN_IF_ERROR(st);
    return ParseAll(records, out);
  }

  Result<bool> HasEvent(std::string_view id) override {
    bool found = false;
    Status st = Read([&](pqxx::transaction_base& t) {
      found = !Exec(t, "SELECT 1 FROM events WHERE pid = $1", Params().Text(id)).empty();
    });
    if (!st.ok()) return st;
    return found;
  }

  Status PutEvent(const Event& ev, const EventChange& change, bool is_new) override {
    if (!batch_) return Status::InvalidArgument("write outside a batch");
    std::string record;
    AppendEventJson(ev, &record);
    int64_t first = 0, last = 0;
    bool dated = EventDayRange(ev, &first, &last);
    const Place* p = ev.place ? &*ev.place : nullptr;
    Params cols;
    cols.Text(ev.type).Text(ev.subtype).TextOrNull(ev.date).TextOrNull(ev.date_precision);
    cols.Int(dated ? std::optional<int64_t>(first) : std::nullopt);
    cols.Int(dated ? std::optional<int64_t>(last) : std::nullopt);
    cols.TextOrNull(p ? p->name : "").TextOrNull(p ? p->admin1 : "");
    cols.TextOrNull(p ? p->country_code : "");
    cols.Double(p ? p->lat : std::nullopt).Double(p ? p->lon : std::nullopt);
    cols.TextOrNull(p ? p->precision : "").Int(p ? p->geonames_id : std::nullopt);
    cols.Int(Best(ev, CountKind::kKilled));
    cols.Int(ev.count(CountKind::kKilled) ? ev.count(CountKind::kKilled)->min : std::nullopt);
    cols.Int(Best(ev, CountKind::kInjured)).Int(Best(ev, CountKind::kMissing));
    cols.Int(Best(ev, CountKind::kHostages)).Int(Best(ev, CountKind::kArrested));
    std::string sentences, actors;
    for (const Source& s : ev.sources) sentences += s.sentence + "\n";
    for (const Actor& a : ev.actors) {
      actors += a.name + "\n";
      for (const std::string& m : a.mentions) actors += m + "\n";
    }
    std::string place = p ? p->name + "\n" + p->admin1 + "\n" + p->country : "";
    cols.TextOrNull(ev.summary).Text(record).Text(change.at);
    cols.Text(ev.summary + "\n" + sentences + "\n" + actors + "\n" + place);
    cols.Text(ev.id);
    return Run([&] {
      pqxx::work& t = *batch_;
      pqxx::result r =
          Exec(t,
               is_new ? "INSERT INTO events(type, subtype, date, date_precision, first_day, "
                        "last_day, place, admin1, country_code, lat, lon, precision, "
                        "geonames_id, killed, killed_min, injured, missing, hostages, arrested, "
                        "summary, record, updated_at, created_at, fts, pid) "
                        "VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,"
                        "$19,$20,$21,$22,$22,to_tsvector('simple', $23),$24) RETURNING id"
                      : "UPDATE events SET type=$1, subtype=$2, date=$3, date_precision=$4, "
                        "first_day=$5, last_day=$6, place=$7, admin1=$8, country_code=$9, "
                        "lat=$10, lon=$11, precision=$12, geonames_id=$13, killed=$14, "
                        "killed_min=$15, injured=$16, missing=$17, hostages=$18, arrested=$19, "
                        "summary=$20, record=$21, updated_at=$22, "
                        "fts=to_tsvector('simple', $23) WHERE pid=$24 RETURNING id",
               cols);
      if (r.empty()) throw Missing("no stored event " + ev.id);
      int64_t row = Int(r[0][0]);
      Exec(t, "DELETE FROM event_actors WHERE event = $1", Params().Int(row));
      for (const Actor& a : ev.actors) {
        std::vector<std::string> ms = a.mentions;
        if (ms.empty()) ms.push_back(a.name);
        for (const std::string& m : ms) {
          Exec(t, "INSERT INTO event_actors(event, name, role, mention) VALUES($1,$2,$3,$4)",
               Params().Int(row).Text(a.name).Text(a.role).Text(m));
        }
      }
      size_t have_sources = 0, have_revisions = 0;
      int64_t have_history = 0;
      if (!is_new) {
        pqxx::result c = Exec(t,
                              "SELECT (SELECT count(*) FROM sources WHERE event = $1), "
                              "(SELECT count(*) FROM revisions WHERE event = $1), "
                              "(SELECT count(*) FROM history WHERE event = $1)",
                              Params().Int(row));
        have_sources = static_cast<size_t>(Int(c[0][0]));
        have_revisions = static_cast<size_t>(Int(c[0][1]));
        have_history = Int(c[0][2]);
      }
      for (size_t i = have_sources; i < ev.sources.size(); ++i) {
        const Source& src = ev.sources[i];
        Params sp;
        sp.Int(row).Int(static_cast<int64_t>(i)).Int(DocumentId(t, src.doc)).Int(src.article);
        sp.TextOrNull(src.published).Text(src.sentence).Int(src.span_begin).Int(src.span_end);
        Exec(t,
             "INSERT INTO sources(event, idx, document, article, published, sentence, "
             "span_begin, span_end) VALUES($1,$2,$3,$4,$5,$6,$7,$8)",
             sp);
      }
      for (size_t i = have_revisions; i < ev.revisions.size(); ++i) {
        const Revision& rv = ev.revisions[i];
        Exec(t,
             "INSERT INTO revisions(event, idx, seen, kind, best, text, source) "
             "VALUES($1,$2,$3,$4,$5,$6,$7)",
             Params()
                 .Int(row)
                 .Int(static_cast<int64_t>(i))
                 .TextOrNull(rv.seen)
                 .Text(CountKindName(rv.kind))
                 .Int(rv.best)
                 .Text(rv.text)
                 .Int(rv.source));
      }
      Exec(t,
           "INSERT INTO history(event, seq, at, doc, action, reason, changes) "
           "VALUES($1,$2,$3,$4,$5,$6,$7)",
           Params()
               .Int(row)
               .Int(have_history)
               .Text(change.at)
               .Text(change.doc)
               .Text(change.action)
               .Text(change.reason)
               .Text(Join(change.changes, "\n")));
    });
  }

  Status PutAlert(Alert* al) override {
    return Write([&](pqxx::transaction_base& t) {
      pqxx::result r = Exec(
          t,
          "INSERT INTO alerts(follow, event, action, at, what) "
          "VALUES($1,$2,$3,$4,$5) RETURNING id",
          Params().Int(al->follow).Text(al->event_id).Text(al->action).Text(al->at).Text(al->what));
      al->id = Int(r[0][0]);
    });
  }

  Status QueryEvents(const EventQuery& q, std::vector<Event>* out) override {
    std::string sql = "SELECT id, lat, lon FROM events WHERE TRUE";
    std::vector<SqlArg> args;
    DATELINE_RETURN_IF_ERROR(AppendEventWhere(q, SqlDialect::kPostgres, &sql, &args));
    const bool near = q.near_lat && q.near_lon;
    sql += EventOrderBy(q, SqlDialect::kPostgres);
    if (q.limit > 0 && !near) sql += " LIMIT " + std::to_string(q.limit);
    std::vector<std::string> records;
    Status st = Read([&](pqxx::transaction_base& t) {
      pqxx::result r = ExecDynamic(t, sql, Params().Args(args));
      std::vector<int64_t> rows;
      for (const auto& row : r) {
        if (near && !NearOk(q, row[1].as<double>(), row[2].as<double>())) continue;
        rows.push_back(Int(row[0]));
        if (q.limit > 0 && static_cast<int64_t>(rows.size()) >= q.limit) break;
      }
      for (int64_t id : rows) {
        pqxx::result rec = Exec(t, "SELECT record FROM events WHERE id = $1", Params().Int(id));
        if (!rec.empty()) records.push_back(Str(rec[0][0]));
      }
    });
    DATELINE_RETURN_IF_ERROR(st);
    return ParseAll(records, out);
  }

  Status Facets(const EventQuery& q, EventFacets* out) override {
    std::string sql =
        "SELECT type, country_code, substr(date, 1, 7), date, killed, lat, lon FROM events "
        "WHERE TRUE";
    std::vector<SqlArg> args;
    DATELINE_RETURN_IF_ERROR(AppendEventWhere(q, SqlDialect::kPostgres, &sql, &args));
    const bool near = q.near_lat && q.near_lon;
    return Read([&](pqxx::transaction_base& t) {
      for (const auto& row : ExecDynamic(t, sql, Params().Args(args))) {
        if (near && !NearOk(q, row[5].as<double>(), row[6].as<double>())) continue;
        ++out->events;
        ++out->by_type[Str(row[0])];
        if (!row[1].is_null()) ++out->by_country[Str(row[1])];
        std::string month = Str(row[2]), date = Str(row[3]);
        if (month.size() == 7) ++out->by_month[month];
        if (!date.empty()) {
          if (out->first.empty() || date < out->first) out->first = date;
          if (out->last.empty() || date > out->last) out->last = date;
        }
        out->killed += Int(row[4]);
      }
    });
  }

  Status SearchArticles(std::string_view text, int64_t limit,
                        std::vector<ArticleHit>* out) override {
    std::string words;
    for (char c : text) words += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
    if (Trim(words).empty()) return Status::InvalidArgument("nothing to search for");
    return Read([&](pqxx::transaction_base& t) {
      pqxx::result r = Exec(t,
                            "SELECT a.pid, a.headline, d.name, a.date, "
                            "ts_headline('simple', a.body, plainto_tsquery('simple', $1), "
                            "'StartSel=[,StopSel=],MaxWords=16,MinWords=8') "
                            "FROM articles a JOIN documents d ON d.id = a.document "
                            "WHERE a.fts @@ plainto_tsquery('simple', $1) "
                            "ORDER BY ts_rank(a.fts, plainto_tsquery('simple', $1)) DESC LIMIT $2",
                            Params().Text(words).Int(limit > 0 ? limit : 20));
      for (const auto& row : r) {
        out->push_back({Str(row[0]), Str(row[1]), Str(row[2]), Str(row[3]), Str(row[4])});
      }
    });
  }

  Status GetEvent(std::string_view id, StoredEvent* out) override {
    std::string record;
    Status st = Read([&](pqxx::transaction_base& t) {
      pqxx::result r =
          Exec(t, "SELECT id, record, created_at, updated_at FROM events WHERE pid = $1",
               Params().Text(id));
      if (r.empty()) throw Missing("no event " + std::string(id));
      int64_t row = Int(r[0][0]);
      record = Str(r[0][1]);
      out->created = Str(r[0][2]);
      out->updated = Str(r[0][3]);
      for (const auto& h :
           Exec(t,
                "SELECT at, doc, action, reason, changes FROM history WHERE event = $1 "
                "ORDER BY seq",
                Params().Int(row))) {
        EventChange c;
        c.at = Str(h[0]);
        c.doc = Str(h[1]);
        c.action = Str(h[2]);
        c.reason = Str(h[3]);
        std::string changes = Str(h[4]);
        for (std::string_view line : Split(changes, '\n')) {
          if (!line.empty()) c.changes.emplace_back(line);
        }
        out->history.push_back(std::move(c));
      }
      for (const auto& a :
           Exec(t,
                "SELECT s.idx, a.pid FROM sources s JOIN articles a ON a.document = "
                "s.document AND a.idx = s.article WHERE s.event = $1",
                Params().Int(row))) {
        size_t i = static_cast<size_t>(Int(a[0]));
        if (out->source_articles.size() <= i) out->source_articles.resize(i + 1);
        out->source_articles[i] = Str(a[1]);
      }
    });
    DATELINE_RETURN_IF_ERROR(st);
    DATELINE_RETURN_IF_ERROR(ParseEventJson(record, &out->event));
    out->source_articles.resize(out->event.sources.size());
    return Status::OK();
  }

  Status GetArticle(std::string_view id, StoredArticle* out) override {
    return Read([&](pqxx::transaction_base& t) {
      pqxx::result r = Exec(t,
                            "SELECT a.id, d.name, a.idx, a.headline, a.date, a.url, a.body, "
                            "a.record FROM articles a JOIN documents d ON d.id = a.document "
                            "WHERE a.pid = $1",
                            Params().Text(id));
      if (r.empty()) throw Missing("no article " + std::string(id));
      int64_t row = Int(r[0][0]);
      out->id = std::string(id);
      out->doc = Str(r[0][1]);
      out->index = static_cast<int>(Int(r[0][2]));
      out->headline = Str(r[0][3]);
      out->date = Str(r[0][4]);
      out->url = Str(r[0][5]);
      out->body = Str(r[0][6]);
      out->record = Str(r[0][7]);
      for (const auto& q : Exec(t,
                                "SELECT speaker, affiliation, text FROM quotes WHERE article = $1 "
                                "ORDER BY idx",
                                Params().Int(row))) {
        out->quotes.push_back({Str(q[2]), Str(q[0]), Str(q[1])});
      }
      for (const auto& e : Exec(t,
                                "SELECT e.pid FROM sources s JOIN events e ON e.id = s.event "
                                "JOIN articles a ON a.document = s.document AND a.idx = s.article "
                                "WHERE a.id = $1 GROUP BY e.id, e.pid ORDER BY e.id",
                                Params().Int(row))) {
        out->event_ids.push_back(Str(e[0]));
      }
    });
  }

  Result<StoreStats> Stats() override {
    StoreStats st;
    Status s = Read([&](pqxx::transaction_base& t) {
      pqxx::result r = t.exec(
          "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM articles), "
          "(SELECT count(*) FROM events), (SELECT count(*) FROM sources), "
          "(SELECT count(*) FROM history WHERE action = 'merged'), "
          "(SELECT count(*) FROM follows), (SELECT count(*) FROM alerts)");
      st.documents = Int(r[0][0]);
      st.articles = Int(r[0][1]);
      st.events = Int(r[0][2]);
      st.sources = Int(r[0][3]);
      st.merges = Int(r[0][4]);
      st.follows = Int(r[0][5]);
      st.alerts = Int(r[0][6]);
    });
    if (!s.ok()) return s;
    return st;
  }

  Result<int64_t> AddFollow(const Follow& f) override {
    int64_t id = 0;
    Status st = Write([&](pqxx::transaction_base& t) {
      pqxx::result r = Exec(t,
                            "INSERT INTO follows(actor, place, lat, lon, km, country, types, "
                            "min_killed, created_at) VALUES($1,$2,$3,$4,$5,$6,$7,$8,$9) "
                            "RETURNING id",
                            Params()
                                .TextOrNull(f.actor)
                                .TextOrNull(f.place)
                                .Double(f.lat)
                                .Double(f.lon)
                                .Double(f.km)
                                .TextOrNull(f.country)
                                .TextOrNull(Join(f.types, ","))
                                .Int(f.min_killed)
                                .Text(f.created));
      id = Int(r[0][0]);
    });
    if (!st.ok()) return st;
    return id;
  }

  Status RemoveFollow(int64_t id) override {
    return Write([&](pqxx::transaction_base& t) {
      if (Exec(t, "DELETE FROM follows WHERE id = $1", Params().Int(id)).affected_rows() == 0) {
        throw Missing("no follow " + std::to_string(id));
      }
    });
  }

  Status ListFollows(std::vector<Follow>* out) override {
    return Read([&](pqxx::transaction_base& t) {
      for (const auto& r : t.exec("SELECT id, actor, place, lat, lon, km, country, types, "
                                  "min_killed, created_at FROM follows ORDER BY id")) {
        Follow f;
        f.id = Int(r[0]);
        f.actor = Str(r[1]);
        f.place = Str(r[2]);
        if (!r[3].is_null()) f.lat = r[3].as<double>();
        if (!r[4].is_null()) f.lon = r[4].as<double>();
        f.km = r[5].is_null() ? 0 : r[5].as<double>();
        f.country = Str(r[6]);
        std::string types = Str(r[7]);
        for (std::string_view ty : Split(types, ',')) {
          if (!ty.empty()) f.types.emplace_back(ty);
        }
        if (!r[8].is_null()) f.min_killed = Int(r[8]);
        f.created = Str(r[9]);
        out->push_back(std::move(f));
      }
    });
  }

  Status ListAlerts(std::string_view since, std::vector<Alert>* out) override {
    return Read([&](pqxx::transaction_base& t) {
      for (const auto& r :
           Exec(t,
                "SELECT id, follow, event, action, at, what FROM alerts WHERE at >= $1 "
                "ORDER BY id",
                Params().Text(since))) {
        out->push_back({Int(r[0]), Int(r[1]), Str(r[2]), Str(r[3]), Str(r[4]), Str(r[5])});
      }
    });
  }

 private:
  // A statement of ours, prepared on the connection the first time it runs
  // (ingest runs the same dozen for every document).
  pqxx::result Exec(pqxx::transaction_base& t, const std::string& sql, const Params& p = Params()) {
    auto it = prepared_.find(sql);
    if (it == prepared_.end()) {
      std::string name = "s" + std::to_string(prepared_.size());
      conn_->prepare(name, sql);
      it = prepared_.emplace(sql, name).first;
    }
    std::vector<const char*> ptrs = p.Pointers();
    return t.exec_prepared(it->second, pqxx::prepare::make_dynamic_params(ptrs));
  }

  // Thrown inside Run for a missing row or a refused schema; everything
  // libpqxx throws is an I/O error.
  struct Missing : std::runtime_error {
    using std::runtime_error::runtime_error;
  };
  struct Refused : std::runtime_error {
    using std::runtime_error::runtime_error;
  };

  template <typename F>
  Status Run(F f) {
    try {
      f();
      return Status::OK();
    } catch (const Missing& e) {
      return Status::NotFound(e.what());
    } catch (const Refused& e) {
      return Status::Unsupported(e.what());
    } catch (const std::exception& e) {
      return Status::IOError(std::string("postgresql: ") + e.what());
    }
  }
  // In the open batch, else on its own.
  template <typename F>
  Status Read(F f) {
    return Run([&] {
      if (batch_) {
        f(*batch_);
      } else {
        pqxx::nontransaction t(*conn_);
        f(t);
      }
    });
  }
  template <typename F>
  Status Write(F f) {
    return Run([&] {
      if (batch_) {
        f(*batch_);
      } else {
        pqxx::work t(*conn_);
        f(t);
        t.commit();
      }
    });
  }

  Status ParseAll(const std::vector<std::string>& records, std::vector<Event>* out) {
    for (const std::string& rec : records) {
      Event ev;
      DATELINE_RETURN_IF_ERROR(ParseEventJson(rec, &ev).WithContext("stored event: "));
      out->push_back(std::move(ev));
    }
    return Status::OK();
  }

  std::optional<int64_t> DocumentId(pqxx::transaction_base& t, const std::string& name) {
    if (name == last_doc_name_) return last_doc_id_;
    pqxx::result r = Exec(t, "SELECT id FROM documents WHERE name = $1 ORDER BY id DESC LIMIT 1",
                          Params().Text(name));
    if (r.empty()) return std::nullopt;
    return Int(r[0][0]);
  }

  std::unique_ptr<pqxx::connection> conn_;
  std::unique_ptr<pqxx::work> batch_;
  std::string last_doc_name_;
  int64_t last_doc_id_ = 0;
  std::map<std::string, std::string> prepared_;  // SQL -> statement name
};

}  // namespace

Result<std::unique_ptr<Store>> OpenPgStore(const std::string& url) {
  std::unique_ptr<pqxx::connection> conn;
  try {
    conn = std::make_unique<pqxx::connection>(url);
  } catch (const std::exception& e) {
    std::string msg = Trim(e.what());
    return Status::IOError("postgresql: cannot connect: " + msg);
  }
  auto store = std::make_unique<PgStore>(std::move(conn));
  DATELINE_RETURN_IF_ERROR(store->Migrate());
  return std::unique_ptr<Store>(std::move(store));
}

}  // namespace dateline
