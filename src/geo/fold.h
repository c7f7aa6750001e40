// Copyright 2026 The Dateline Authors.
//
// The key place names are compared by, in the gazetteer and in queries:
// ICU's "Any-Latin; Latin-ASCII; Lower" transliteration (so "Bījāpur" is
// "bijapur", "Красногорск" is "krasnogorsk", "宜宾" is "yi bin"), then
// apostrophes removed ("N'Djamena" is "ndjamena") and every other run of
// characters that are not letters or digits made one space ("St. Petersburg"
// is "st petersburg", "Petropavlovsk-Kamchatsky" "petropavlovsk kamchatsky"),
// trimmed. ASCII input skips ICU. Thread-safe. Tested by gazetteer_test.cc.

#ifndef DATELINE_GEO_FOLD_H_
#define DATELINE_GEO_FOLD_H_

#include <string>
#include <string_view>

namespace dateline {

std::string FoldPlaceName(std::string_view utf8);

}  // namespace dateline

#endif  // DATELINE_GEO_FOLD_H_
