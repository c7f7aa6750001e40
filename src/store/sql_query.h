// Copyright 2026 The Dateline Authors.
//
// The SQL of an EventQuery, shared by the stores: the WHERE clause of the
// filters and the ORDER BY of the sort, in the dialect of SQLite or of
// PostgreSQL, with their arguments to bind. Both stores have the same
// `events` columns (doc/schema.md). Tested through the stores' tests.

#ifndef DATELINE_STORE_SQL_QUERY_H_
#define DATELINE_STORE_SQL_QUERY_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"
#include "dateline/store.h"

namespace dateline {

enum class SqlDialect { kSqlite, kPostgres };

struct SqlArg {
  enum class Kind { kInt, kDouble, kText } kind = Kind::kText;
  int64_t i = 0;
  double d = 0;
  std::string s;
};

// Appends " AND ..." for each filter of `q` to `*sql` (which ends in a
// WHERE clause such as "WHERE TRUE") and the values to `*args`, numbered
// ("$3") after the arguments already there for PostgreSQL. `--near` is a
// bounding box here; rows must also pass NearOk.
Status AppendEventWhere(const EventQuery& q, SqlDialect dialect, std::string* sql,
                        std::vector<SqlArg>* args);

// " ORDER BY ...": newest first, or deadliest first; unknown last.
std::string EventOrderBy(const EventQuery& q, SqlDialect dialect);

// Whether a row at lat/lon passes q's --near (true when q has none).
bool NearOk(const EventQuery& q, double lat, double lon);

// An SQLite FTS5 query from what a user typed: every word must occur
// (each quoted, so "IS-K" is a word, not an operator; control bytes are
// spaces). "" when there is no word.
std::string Fts5Query(std::string_view text);

}  // namespace dateline

#endif  // DATELINE_STORE_SQL_QUERY_H_
