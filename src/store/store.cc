// Copyright 2026 The Dateline Authors.
//
// What every store shares: opening by location, ids, follow descriptions.

#include "dateline/store.h"

#include <xxhash.h>

#include <cstdio>
#include <cstdlib>

#include "store/pg_store.h"
#include "store/sqlite_store.h"
#include "util/strings.h"

namespace dateline {

Result<std::unique_ptr<Store>> Store::Open(const std::string& location) {
  if (location.empty()) return Status::InvalidArgument("no database location given");
  if (StartsWith(location, "postgresql://") || StartsWith(location, "postgres://")) {
    return OpenPgStore(location);
  }
  return OpenSqliteStore(location);
}

std::string DefaultStoreLocation(std::string_view flag) {
  if (!flag.empty()) return std::string(flag);
  const char* env = std::getenv("DATELINE_DB");
  if (env != nullptr && *env != '\0') return env;
  return "./dateline.db";
}

std::string ArticleId(std::string_view doc_hash, int index) {
  std::string key(doc_hash);
  key += ':';
  key += std::to_string(index);
  char buf[32];
  std::snprintf(
      buf, sizeof buf, "ar_%012llx",
      static_cast<unsigned long long>(XXH3_64bits(key.data(), key.size()) & 0xffffffffffffull));
  return buf;
}

std::string Follow::Describe() const {
  std::vector<std::string> parts;
  if (!actor.empty()) parts.push_back("actor " + actor);
  if (!place.empty()) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "within %g km of ", km);
    parts.push_back(buf + place);
  }
  if (!country.empty()) parts.push_back("in " + country);
  if (!types.empty()) parts.push_back("type " + Join(types, " or "));
  if (min_killed) parts.push_back(std::to_string(*min_killed) + "+ killed");
  return parts.empty() ? "everything" : Join(parts, ", ");
}

}  // namespace dateline
