// Copyright 2026 The Dateline Authors.

#include "store/sql_query.h"

#include <cmath>

#include "events/lexicon.h"
#include "fuse/fuse.h"
#include "geo/gazetteer.h"
#include "text/dates.h"
#include "util/strings.h"

namespace dateline {

namespace {

class Builder {
 public:
  Builder(SqlDialect d, std::string* sql, std::vector<SqlArg>* args)
      : d_(d), sql_(*sql), args_(*args) {}

  // The placeholder of the next argument.
  std::string Next() {
    return d_ == SqlDialect::kSqlite ? "?" : "$" + std::to_string(args_.size() + 1);
  }
  void Text(std::string s) {
    sql_ += Next();
    args_.push_back({SqlArg::Kind::kText, 0, 0, std::move(s)});
  }
  void Int(int64_t i) {
    sql_ += Next();
    args_.push_back({SqlArg::Kind::kInt, i, 0, ""});
  }
  void Double(double d) {
    sql_ += Next();
    args_.push_back({SqlArg::Kind::kDouble, 0, d, ""});
  }
  // col equals the value, ignoring case.
  void EqualsNoCase(const char* col, const std::string& v) {
    if (d_ == SqlDialect::kSqlite) {
      sql_ += std::string(col) + " = ";
      Text(v);
      sql_ += " COLLATE NOCASE";
    } else {
      sql_ += std::string("lower(") + col + ") = lower(";
      Text(v);
      sql_ += ")";
    }
  }
  // One value is an equality, which the (col, first_day) indexes serve in
  // date order.
  void In(const char* col, const std::vector<std::string>& vals) {
    sql_ += std::string(" AND ") + col;
    if (vals.size() == 1) {
      sql_ += " = ";
      Text(vals[0]);
      return;
    }
    sql_ += " IN (";
    for (size_t i = 0; i < vals.size(); ++i) {
      if (i) sql_ += ",";
      Text(vals[i]);
    }
    sql_ += ")";
  }
  std::string& sql() { return sql_; }
  SqlDialect dialect() const { return d_; }

 private:
  SqlDialect d_;
  std::string& sql_;
  std::vector<SqlArg>& args_;
};

}  // namespace

Status AppendEventWhere(const EventQuery& q, SqlDialect dialect, std::string* sql,
                        std::vector<SqlArg>* args) {
  Builder b(dialect, sql, args);
  if (!q.countries.empty()) b.In("country_code", q.countries);
  if (!q.types.empty()) b.In("type", q.types);
  if (!q.subtypes.empty()) b.In("subtype", q.subtypes);
  if (!q.admin1.empty()) {
    b.sql() += " AND (";
    b.EqualsNoCase("admin1", q.admin1);
    b.sql() += " OR (precision = 'admin1' AND ";
    b.EqualsNoCase("place", q.admin1);
    b.sql() += "))";
  }
  if (!q.actor.empty()) {
    std::vector<std::string> names = ActorNamesFor(q.actor);
    b.sql() += " AND id IN (SELECT event FROM event_actors WHERE ";
    for (size_t i = 0; i < names.size(); ++i) {
      if (i) b.sql() += " OR ";
      b.EqualsNoCase("name", names[i]);
      b.sql() += " OR ";
      b.EqualsNoCase("mention", names[i]);
    }
    b.sql() += ")";
  }
  if (!q.since.empty()) {
    DateValue d = DateValue::FromIso(q.since);
    if (!d.valid()) return Status::InvalidArgument("since: not a date: " + q.since);
    b.sql() += " AND last_day >= ";
    b.Int(d.DayIndex());
  }
  if (!q.until.empty()) {
    Event probe;
    probe.date = q.until;
    int64_t first, last;
    if (!EventDayRange(probe, &first, &last)) {
      return Status::InvalidArgument("until: not a date: " + q.until);
    }
    b.sql() += " AND first_day <= ";
    b.Int(last);
  }
  if (q.min_killed) {
    b.sql() += " AND killed >= ";
    b.Int(*q.min_killed);
  }
  if (!q.changed_since.empty()) {
    b.sql() += " AND updated_at >= ";
    b.Text(q.changed_since);
  }
  if (!q.text.empty()) {
    std::string fq = Fts5Query(q.text);
    if (fq.empty()) return Status::InvalidArgument("text: nothing to search for");
    if (dialect == SqlDialect::kSqlite) {
      b.sql() += " AND id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH ";
      b.Text(fq);
      b.sql() += ")";
    } else {
      // Words, not tsquery syntax: plainto_tsquery ANDs them.
      std::string words;
      for (char c : q.text) words += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
      b.sql() += " AND fts @@ plainto_tsquery('simple', ";
      b.Text(words);
      b.sql() += ")";
    }
  }
  if (q.near_lat && q.near_lon) {
    if (!(q.near_km > 0) || std::fabs(*q.near_lat) > 90 || std::fabs(*q.near_lon) > 180) {
      return Status::InvalidArgument("near: wants LAT,LON,KM with KM > 0");
    }
    // A box around the circle (the whole band of latitude where the box
    // would cross the pole or the antimeridian); NearOk then cuts the
    // circle out of it. SQLite finds the box in its R-tree.
    double dlat = q.near_km / 111.0 + 0.01;
    double lat0 = *q.near_lat - dlat, lat1 = *q.near_lat + dlat;
    double lon0 = -180, lon1 = 180;
    double coslat = std::cos((std::fabs(*q.near_lat) + dlat) * M_PI / 180);
    if (coslat > 0.01) {
      double dlon = q.near_km / (111.0 * coslat) + 0.01;
      if (*q.near_lon - dlon > -180 && *q.near_lon + dlon < 180) {
        lon0 = *q.near_lon - dlon;
        lon1 = *q.near_lon + dlon;
      }
    }
    if (dialect == SqlDialect::kSqlite) {
      b.sql() += " AND id IN (SELECT id FROM event_geo WHERE max_lat >= ";
      b.Double(lat0);
      b.sql() += " AND min_lat <= ";
      b.Double(lat1);
      b.sql() += " AND max_lon >= ";
      b.Double(lon0);
      b.sql() += " AND min_lon <= ";
      b.Double(lon1);
      b.sql() += ")";
    } else {
      b.sql() += " AND lat BETWEEN ";
      b.Double(lat0);
      b.sql() += " AND ";
      b.Double(lat1);
      b.sql() += " AND lon BETWEEN ";
      b.Double(lon0);
      b.sql() += " AND ";
      b.Double(lon1);
    }
  }
  return Status::OK();
}

std::string EventOrderBy(const EventQuery& q, SqlDialect dialect) {
  // Descending with NULLs (unknown tolls, undated events) last; newest
  // stored first among equals. SQLite puts NULLs last in a descending
  // order already, and then both orders are index orders.
  const char* nulls = dialect == SqlDialect::kPostgres ? " NULLS LAST" : "";
  if (q.sort == EventQuery::Sort::kKilled) {
    return std::string(" ORDER BY killed DESC") + nulls + ", first_day DESC" + nulls + ", id DESC";
  }
  return std::string(" ORDER BY first_day DESC") + nulls + ", id DESC";
}

bool NearOk(const EventQuery& q, double lat, double lon) {
  if (!q.near_lat || !q.near_lon) return true;
  return DistanceKm(*q.near_lat, *q.near_lon, lat, lon) <= q.near_km;
}

std::string Fts5Query(std::string_view raw) {
  std::string text(raw);
  for (char& c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  }
  std::string out;
  for (std::string_view w : SplitWhitespace(text)) {
    if (!out.empty()) out += ' ';
    out += '"';
    for (char c : w) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  return out;
}

}  // namespace dateline
