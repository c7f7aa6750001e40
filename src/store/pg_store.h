// Copyright 2026 The Dateline Authors.
//
// The shared store: PostgreSQL (15) through libpqxx, the schema of
// doc/schema.md in PostgreSQL's types (full text in tsvector columns with
// GIN indexes), migrated on open. Many processes may write at once: each
// batch holds a transaction-scoped advisory lock while it fuses and writes,
// so two workers that see two reports of one incident at once still make
// one event. Tested by tests/pg_store_test.sh against a real server.

#ifndef DATELINE_STORE_PG_STORE_H_
#define DATELINE_STORE_PG_STORE_H_

#include <memory>
#include <string>

#include "dateline/status.h"
#include "dateline/store.h"

namespace dateline {

// `url` is a libpq connection URI ("postgresql://user@host:5432/db").
Result<std::unique_ptr<Store>> OpenPgStore(const std::string& url);

}  // namespace dateline

#endif  // DATELINE_STORE_PG_STORE_H_
