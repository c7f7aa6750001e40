// Copyright 2026 The Dateline Authors.
//
// Place names as the text gives them, before any gazetteer: the capitalised
// names that follow a locative preposition ("in Kabul", "over Egypt"), that
// a place noun qualifies ("Bijapur district", "Jinping village"), or that a
// construction points to ("the Moscow suburb of Krasnogorsk", "the southern
// Iranian city of Kerman", "the Dhaka district of Gazipur", "the Russian
// capital Moscow"). Each mention is ranked by how specific the text says it
// is. Tested by place_mentions_test.cc.

#ifndef DATELINE_EVENTS_PLACE_MENTIONS_H_
#define DATELINE_EVENTS_PLACE_MENTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "text/sentences.h"
#include "text/tokenized_text.h"

namespace dateline {

struct PlaceMention {
  std::string name;       // "Krasnogorsk"
  std::string container;  // "Moscow" for "the Moscow suburb of Krasnogorsk"
  // The noun the text gave the container ("state" for "... of Kano
  // State", "lga" for "... of Damboa LGA"), or "".
  std::string container_feature;
  // "suburb", "district", "city", "village", ... or "". "capital of": the
  // name is a country or its demonym, the place its capital ("the Iraqi
  // capital").
  std::string feature;
  TextSpan span;
  int rank = 0;  // higher: more specific and more certainly a place
  bool facility = false;  // a building or site ("Crocus City Hall")
};

// The mentions of `text`, in order. The TokenizedText form reads a text
// that other passes tokenized already; the two give the same mentions.
std::vector<PlaceMention> FindPlaceMentions(std::string_view text);
std::vector<PlaceMention> FindPlaceMentions(const TokenizedText& text);

// True if `word` (any case) is a building or site noun ("airport",
// "Station", "University"), or a word that qualifies one ("Central",
// "International"): part of a facility's name, never the place it is in.
bool IsFacilityWord(std::string_view word);

}  // namespace dateline

#endif  // DATELINE_EVENTS_PLACE_MENTIONS_H_
