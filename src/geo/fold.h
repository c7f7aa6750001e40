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

#include <cstdint>
#include <string>
#include <string_view>

namespace dateline {

std::string FoldPlaceName(std::string_view utf8);

// The slow, obvious version: always through ICU's transliterator (created
// on a thread's first use, tens of milliseconds). FoldPlaceName gives the
// same key; it skips ICU for ASCII and for text of FoldLatinCodePoint's
// letters, and tests hold it to this.
std::string FoldPlaceNameWithIcu(std::string_view utf8);

// What ICU's "Latin-ASCII; Lower" makes of one Latin code point the fast
// path knows: an ASCII letter with combining marks ("\u0101" -> "a"), a
// letter of its own ("\u00df" -> "ss", "\u0142" -> "l"), a typographic
// space, dash or quote ("\u2019" -> "'"). "" for every other code point.
std::string_view FoldLatinCodePoint(uint32_t cp);

// A looser key of a folded name, for spellings that transliterate the same
// name differently: "Kismaayo" and "Kismayo", "Baqouba" and "Baqubah",
// "Mahmoudiya" and "Al Mahmudiyah", "Beled Weyne" and "Beledweyne" all
// give one key. Articles ("al", "el", ...) and spaces go, digraphs and
// vowels merge (ou/oo/o/u, ee/e/i/y, kh/k/q, sh/s, dh/d, th/t, gh/g,
// ph/f, w/u), doubled letters are one, a final "h" goes. "" for keys under
// four letters (too many names share them). The gazetteer indexes places
// and regions under "~" + this key; the resolver looks there only when a
// name has no entry of its own.
std::string SpellingKey(std::string_view folded);

}  // namespace dateline

#endif  // DATELINE_GEO_FOLD_H_
