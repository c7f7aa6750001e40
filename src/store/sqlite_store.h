// Copyright 2026 The Dateline Authors.
//
// The embedded store: one SQLite file in WAL mode, migrated on open to the
// schema of doc/schema.md. Full-text search with FTS5, date ranges in an
// R-tree. Tested by sqlite_store_test.cc.

#ifndef DATELINE_STORE_SQLITE_STORE_H_
#define DATELINE_STORE_SQLITE_STORE_H_

#include <memory>
#include <string>

#include "dateline/status.h"
#include "dateline/store.h"

namespace dateline {

// Opens or creates the database file at `path` (":memory:" for a private
// in-memory one) and brings its schema up to date. A file written by a
// newer Dateline (a schema version we do not know) is refused.
Result<std::unique_ptr<Store>> OpenSqliteStore(const std::string& path);

// The schema version this build writes.
int SqliteSchemaVersion();

}  // namespace dateline

#endif  // DATELINE_STORE_SQLITE_STORE_H_
