// Copyright 2026 The Dateline Authors.
//
// Output formats for lists of events (spec/EVENTS.md): a fixed-width table
// for people, CSV, GeoJSON, an ACLED-style CSV and a news-page timeline.
// Each function appends to `out` and never prints; text is written as
// valid UTF-8 (invalid bytes become U+FFFD). Tested by formats_test.cc.

#ifndef DATELINE_STORE_FORMATS_H_
#define DATELINE_STORE_FORMATS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dateline/event.h"
#include "dateline/store.h"

namespace dateline {

// A header and one line per event, columns padded to fixed display widths:
//   ID  DATE  TYPE (abbreviated)  PLACE ("name, CC")  KILLED  INJURED  ACTOR  SRC
// A count that is only a lower bound is written "115+", an unknown one "-".
// Cells too wide are cut at a code point (never inside a UTF-8 sequence)
// and end with "…"; wide (CJK) characters count two columns, combining
// marks none. The ID column is as wide as the longest id (up to 24).
void AppendEventsTable(const std::vector<Event>& evs, std::string* out);

// RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, a
// quote, CR or LF), with the header
//   id,date,date_precision,type,subtype,place,admin1,country,country_code,
//   lat,lon,precision,killed,killed_min,killed_max,injured,missing,
//   hostages,arrested,actors,perpetrators,sources,summary
// Counts are their best figure; unknown values are empty cells. `actors`
// and `perpetrators` are names joined with "; ", `sources` the documents
// (each once, in order) joined with "; ".
void AppendEventsCsv(const std::vector<Event>& evs, std::string* out);

// A GeoJSON (RFC 7946) FeatureCollection, one Point feature per event with
// coordinates; events without (valid) coordinates are left out and counted
// in the top-level member "unlocated". Properties are flat (GIS tools read
// them as columns): id, type, subtype, date, date_precision, place, admin1,
// country, country_code, precision, killed, killed_min, killed_max,
// injured, missing, hostages, arrested, actors, perpetrators, sources (a
// count) and summary; unknown values are null.
void AppendEventsGeoJson(const std::vector<Event>& evs, std::string* out);

// CSV (as AppendEventsCsv) with ACLED's export columns and conventions:
//   event_id_cnty,event_date,year,time_precision,disorder_type,event_type,
//   sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,
//   interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,
//   location,latitude,longitude,geo_precision,source,source_scale,notes,
//   fatalities,tags,timestamp
// event_id_cnty is the country's ISO 3166-1 alpha-3 code and a number from
// our id ("RUS" + the value of "ev_6f1c2a9e"'s hex); iso is the ISO numeric
// code (643). Both come from data/countries.tsv. A date known to the month
// is put at mid-month, one known to the year at 1 July, both with
// time_precision 3 (the day: 1). Actor 1 is who acted (the perpetrators,
// else the first side or participant), actor 2 their target or the other
// side. Actor types (inter1, inter2, interaction) are coded only where our
// record says so honestly: civilians (7, named "Civilians (Russia)" as
// ACLED names them); otherwise they are empty, as are region, admin2,
// admin3, source_scale, tags and timestamp, which we do not know.
// civilian_targeting is "Civilian targeting" for Violence against
// civilians and for other political violence whose target is civilians.
// geo_precision is 1 for a point or city, 2 for a district, 3 for an admin1
// region or a country; source is the headlines (else the documents) joined
// with "; ", notes the summary, fatalities the best killed figure (0 when
// unknown, as ACLED writes it). Disasters and Diplomacy, which ACLED does
// not code, keep our event types and an empty disorder_type.
void AppendEventsAcled(const std::vector<Event>& evs, std::string* out);

// A fact box: `title` on its own line (if not empty), then one line per
// event in ascending date order (a stable sort; undated events last):
//   "March 2024 Attack on civilians by Islamic State Khorasan Province in
//    Krasnogorsk, Russia: 115+ killed, 20+ injured"
// The date is "Month YYYY" ("YYYY" when only the year is known); then what
// happened in words, who did it, where, and the killed, injured and
// hostage counts when known. Lines are kept under 160 display columns.
void AppendTimeline(const std::vector<Event>& evs, std::string* out, std::string_view title);

// The fact box's title for a query: "MAJOR INCIDENTS IN RUSSIA" (MAJOR
// when it asks for a minimum toll; IN ... when it names one country).
std::string TimelineTitle(const EventQuery& q);

}  // namespace dateline

#endif  // DATELINE_STORE_FORMATS_H_
