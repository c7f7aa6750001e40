// Copyright 2026 The Dateline Authors.

#include "store/formats.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace dateline {
namespace {

Count MakeCount(int64_t best, std::optional<int64_t> min, std::optional<int64_t> max,
                std::string text = "") {
  Count c;
  c.best = best;
  c.min = min;
  c.max = max;
  c.text = std::move(text);
  return c;
}

Place MakePlace(std::string name, std::string admin1, std::string country, std::string cc,
                std::optional<double> lat, std::optional<double> lon, std::string precision) {
  Place p;
  p.name = std::move(name);
  p.admin1 = std::move(admin1);
  p.country = std::move(country);
  p.country_code = std::move(cc);
  p.lat = lat;
  p.lon = lon;
  p.precision = std::move(precision);
  return p;
}

Source MakeSource(std::string doc, std::string headline) {
  Source s;
  s.doc = std::move(doc);
  s.headline = std::move(headline);
  return s;
}

// Crocus City Hall, 22 March 2024.
Event Crocus() {
  Event ev;
  ev.id = "ev_6f1c2a9e";
  ev.type = "Violence against civilians";
  ev.subtype = "Attack";
  ev.date = "2024-03-22";
  ev.date_precision = "day";
  ev.place = MakePlace("Krasnogorsk", "Moscow Oblast", "Russia", "RU", 55.8204, 37.3302, "city");
  ev.actors = {{"Islamic State Khorasan Province", "perpetrator", {"IS-K", "Daesh"}},
               {"civilians", "target", {"people"}}};
  ev.count(CountKind::kKilled) = MakeCount(115, 115, std::nullopt, "at least 115");
  ev.count(CountKind::kInjured) = MakeCount(20, 20, std::nullopt, "scores");
  ev.count(CountKind::kArrested) = MakeCount(4, 4, 4);
  ev.summary = "Gunmen opened fire at the Crocus City Hall concert venue.";
  ev.sources = {MakeSource("seed/000.txt", "Why Russia may be in the crosshairs of Daesh"),
                MakeSource("seed/000.txt", "Why Russia may be in the crosshairs of Daesh"),
                MakeSource("seed/001.txt", "Moscow concert hall attack")};
  return ev;
}

// Tushino, July 2003.
Event Tushino() {
  Event ev;
  ev.id = "ev_0000000a";
  ev.type = "Explosions/Remote violence";
  ev.subtype = "Suicide bomb";
  ev.date = "2003-07-05";
  ev.date_precision = "day";
  ev.place = MakePlace("Moscow", "Moscow", "Russia", "RU", 55.7558, 37.6173, "city");
  ev.actors = {{"Chechen separatists", "perpetrator", {}}};
  ev.count(CountKind::kKilled) = MakeCount(15, 15, 15, "killing 15 people");
  ev.sources = {MakeSource("seed/000.txt", "Major terror strikes in Russia")};
  return ev;
}

// Dubrovka theatre, October 2002 (month precision, no coordinates).
Event Dubrovka() {
  Event ev;
  ev.id = "ev_0000000b";
  ev.type = "Violence against civilians";
  ev.subtype = "Abduction/forced disappearance";
  ev.date = "2002-10";
  ev.date_precision = "month";
  ev.place = MakePlace("Moscow", "", "Russia", "RU", std::nullopt, std::nullopt, "city");
  ev.actors = {{"Chechen militants", "perpetrator", {}}};
  ev.count(CountKind::kHostages) = MakeCount(912, 912, 912);
  ev.count(CountKind::kKilled) = MakeCount(130, 131, std::nullopt, "more than 130");
  ev.sources = {MakeSource("seed/000.txt", "")};
  return ev;
}

// Everything unknown.
Event Nulls() {
  Event ev;
  ev.id = "ev_0000000c";
  return ev;
}

// A year-precision battle in India with a summary that needs CSV quoting.
Event Bijapur() {
  Event ev;
  ev.id = "ev_0000000d";
  ev.type = "Battles";
  ev.subtype = "Armed clash";
  ev.date = "2021";
  ev.date_precision = "year";
  ev.place =
      MakePlace("B\xC4\xABj\xC4\x81pur", "Chhattisgarh", "India", "IN", 18.79, 80.82, "district");
  ev.actors = {{"Maoists", "side", {}}, {"Indian security forces", "side", {}}};
  ev.count(CountKind::kKilled) = MakeCount(33, 33, 33);
  ev.summary = "Police said, \"31 Maoists, two soldiers\"\nwere killed; \"clash\" ended.\r\nEnd";
  ev.sources = {MakeSource("a.txt", "Clash, in \"Bijapur\"")};
  return ev;
}

// A record of one of our families ACLED does not code.
Event Quake() {
  Event ev;
  ev.id = "ev_0000000e";
  ev.type = "Disasters";
  ev.subtype = "Earthquake";
  ev.date = "2023-02-06";
  ev.date_precision = "day";
  ev.place = MakePlace("Kahramanmara\xC5\x9F", "", "Turkey", "TR", 37.58, 36.93, "city");
  ev.count(CountKind::kKilled) = MakeCount(50000, 50000, std::nullopt, "more than 50,000");
  return ev;
}

// RFC 4180 records of `csv` (CRLF line ends; quoted fields may hold
// commas, quotes and line breaks).
std::vector<std::vector<std::string>> ParseCsv(std::string_view csv) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false, at_start = true;
  for (size_t i = 0; i < csv.size(); ++i) {
    char ch = csv[i];
    if (quoted) {
      if (ch == '"') {
        if (i + 1 < csv.size() && csv[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        field += ch;
      }
    } else if (ch == '"' && at_start) {
      quoted = true;
      at_start = false;
    } else if (ch == ',') {
      row.push_back(field);
      field.clear();
      at_start = true;
    } else if (ch == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      row.push_back(field);
      rows.push_back(row);
      row.clear();
      field.clear();
      at_start = true;
      ++i;
    } else {
      EXPECT_NE('\n', ch) << "bare LF outside quotes at " << i;
      EXPECT_NE('"', ch) << "quote inside an unquoted field at " << i;
      field += ch;
      at_start = false;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quote";
  EXPECT_TRUE(row.empty() && field.empty()) << "last record without CRLF";
  return rows;
}

size_t Column(const std::vector<std::string>& header, std::string_view name) {
  for (size_t i = 0; i < header.size(); ++i) {
    if (header[i] == name) return i;
  }
  ADD_FAILURE() << "no column " << name;
  return 0;
}

std::vector<std::string> Lines(const std::string& s) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string::npos) nl = s.size();
    lines.push_back(s.substr(start, nl - start));
    start = nl + 1;
  }
  return lines;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0, pos = 0;
  while (pos < s.size()) {
    DecodeUtf8(s, &pos);
    ++n;
  }
  return n;
}

TEST(FormatsCsv, HeaderAndEscaping) {
  std::string out;
  AppendEventsCsv({Crocus(), Nulls(), Bijapur()}, &out);
  ASSERT_TRUE(IsValidUtf8(out));
  auto rows = ParseCsv(out);
  ASSERT_EQ(4u, rows.size());
  const std::vector<std::string> want = {
      "id",       "date",       "date_precision", "type",    "subtype", "place",
      "admin1",   "country",    "country_code",   "lat",     "lon",     "precision",
      "killed",   "killed_min", "killed_max",     "injured", "missing", "hostages",
      "arrested", "actors",     "perpetrators",   "sources", "summary"};
  EXPECT_EQ(want, rows[0]);
  for (const auto& row : rows) EXPECT_EQ(want.size(), row.size());
  const auto& h = rows[0];

  const auto& crocus = rows[1];
  EXPECT_EQ("ev_6f1c2a9e", crocus[Column(h, "id")]);
  EXPECT_EQ("55.8204", crocus[Column(h, "lat")]);
  EXPECT_EQ("37.3302", crocus[Column(h, "lon")]);
  EXPECT_EQ("115", crocus[Column(h, "killed")]);
  EXPECT_EQ("115", crocus[Column(h, "killed_min")]);
  EXPECT_EQ("", crocus[Column(h, "killed_max")]);  // null
  EXPECT_EQ("", crocus[Column(h, "missing")]);
  EXPECT_EQ("4", crocus[Column(h, "arrested")]);
  EXPECT_EQ("Islamic State Khorasan Province; civilians", crocus[Column(h, "actors")]);
  EXPECT_EQ("Islamic State Khorasan Province", crocus[Column(h, "perpetrators")]);
  EXPECT_EQ("seed/000.txt; seed/001.txt", crocus[Column(h, "sources")]);

  // Every cell of the all-null record is empty but its id.
  for (size_t i = 1; i < rows[2].size(); ++i) EXPECT_EQ("", rows[2][i]) << h[i];

  // Commas, quotes, CR and LF survive the round trip.
  EXPECT_EQ(Bijapur().summary, rows[3][Column(h, "summary")]);
  EXPECT_EQ("B\xC4\xABj\xC4\x81pur", rows[3][Column(h, "place")]);
  EXPECT_NE(std::string::npos,
            out.find("\"Police said, \"\"31 Maoists, two soldiers\"\"\nwere killed;"));
}

TEST(FormatsCsv, InvalidUtf8IsRepaired) {
  Event ev = Nulls();
  ev.summary = "bad \xFF byte";
  std::string out;
  AppendEventsCsv({ev}, &out);
  EXPECT_TRUE(IsValidUtf8(out));
  EXPECT_NE(std::string::npos, out.find("bad \xEF\xBF\xBD byte"));
}

TEST(FormatsGeoJson, ParsesAndCountsUnlocated) {
  std::string out;
  AppendEventsGeoJson({Crocus(), Nulls(), Dubrovka(), Bijapur()}, &out);
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  ASSERT_EQ(simdjson::SUCCESS, parser.parse(out).get(doc)) << out;
  std::string_view type;
  ASSERT_EQ(simdjson::SUCCESS, doc["type"].get_string().get(type));
  EXPECT_EQ("FeatureCollection", type);
  int64_t unlocated = -1;
  ASSERT_EQ(simdjson::SUCCESS, doc["unlocated"].get_int64().get(unlocated));
  EXPECT_EQ(2, unlocated);  // Nulls (no place), Dubrovka (no coordinates)
  simdjson::dom::array features;
  ASSERT_EQ(simdjson::SUCCESS, doc["features"].get_array().get(features));
  ASSERT_EQ(2u, features.size());

  simdjson::dom::element f = features.at(0);
  ASSERT_EQ(simdjson::SUCCESS, f["type"].get_string().get(type));
  EXPECT_EQ("Feature", type);
  ASSERT_EQ(simdjson::SUCCESS, f["geometry"]["type"].get_string().get(type));
  EXPECT_EQ("Point", type);
  simdjson::dom::array coords;
  ASSERT_EQ(simdjson::SUCCESS, f["geometry"]["coordinates"].get_array().get(coords));
  ASSERT_EQ(2u, coords.size());
  EXPECT_DOUBLE_EQ(37.3302, coords.at(0).get_double().value());  // longitude first
  EXPECT_DOUBLE_EQ(55.8204, coords.at(1).get_double().value());
  simdjson::dom::object props;
  ASSERT_EQ(simdjson::SUCCESS, f["properties"].get_object().get(props));
  EXPECT_EQ(115, props["killed"].get_int64().value());
  EXPECT_EQ(115, props["killed_min"].get_int64().value());
  EXPECT_TRUE(props["killed_max"].is_null());
  EXPECT_TRUE(props["hostages"].is_null());
  EXPECT_EQ(20, props["injured"].get_int64().value());
  EXPECT_EQ(3, props["sources"].get_int64().value());
  EXPECT_EQ("Krasnogorsk", props["place"].get_string().value());
  EXPECT_EQ("Islamic State Khorasan Province", props["perpetrators"].get_string().value());

  simdjson::dom::element g = features.at(1);
  EXPECT_EQ("B\xC4\xABj\xC4\x81pur", g["properties"]["place"].get_string().value());
  EXPECT_NE(std::string::npos, g["properties"]["summary"].get_string().value().find("\"clash\""));
}

TEST(FormatsGeoJson, EmptyList) {
  std::string out;
  AppendEventsGeoJson({}, &out);
  EXPECT_EQ(R"({"type":"FeatureCollection","unlocated":0,"features":[]})", out);
}

TEST(FormatsAcled, ColumnsAndConventions) {
  std::string out;
  AppendEventsAcled({Crocus(), Dubrovka(), Nulls(), Bijapur(), Quake()}, &out);
  auto rows = ParseCsv(out);
  ASSERT_EQ(6u, rows.size());
  const std::vector<std::string> want = {
      "event_id_cnty", "event_date",     "year",     "time_precision", "disorder_type",
      "event_type",    "sub_event_type", "actor1",   "assoc_actor_1",  "inter1",
      "actor2",        "assoc_actor_2",  "inter2",   "interaction",    "civilian_targeting",
      "iso",           "region",         "country",  "admin1",         "admin2",
      "admin3",        "location",       "latitude", "longitude",      "geo_precision",
      "source",        "source_scale",   "notes",    "fatalities",     "tags",
      "timestamp"};
  EXPECT_EQ(want, rows[0]);
  for (const auto& row : rows) EXPECT_EQ(want.size(), row.size());
  const auto& h = rows[0];
  auto cell = [&](size_t row, std::string_view col) { return rows[row][Column(h, col)]; };

  // Crocus.
  EXPECT_EQ("RUS" + std::to_string(0x6f1c2a9eu), cell(1, "event_id_cnty"));
  EXPECT_EQ("2024-03-22", cell(1, "event_date"));
  EXPECT_EQ("2024", cell(1, "year"));
  EXPECT_EQ("1", cell(1, "time_precision"));
  EXPECT_EQ("Political violence", cell(1, "disorder_type"));
  EXPECT_EQ("Violence against civilians", cell(1, "event_type"));
  EXPECT_EQ("Attack", cell(1, "sub_event_type"));
  EXPECT_EQ("Islamic State Khorasan Province", cell(1, "actor1"));
  EXPECT_EQ("", cell(1, "inter1"));  // not coded without knowing the group's kind
  EXPECT_EQ("Civilians (Russia)", cell(1, "actor2"));
  EXPECT_EQ("7", cell(1, "inter2"));
  EXPECT_EQ("", cell(1, "interaction"));
  EXPECT_EQ("Civilian targeting", cell(1, "civilian_targeting"));
  EXPECT_EQ("643", cell(1, "iso"));
  EXPECT_EQ("Russia", cell(1, "country"));
  EXPECT_EQ("Moscow Oblast", cell(1, "admin1"));
  EXPECT_EQ("Krasnogorsk", cell(1, "location"));
  EXPECT_EQ("55.8204", cell(1, "latitude"));
  EXPECT_EQ("37.3302", cell(1, "longitude"));
  EXPECT_EQ("1", cell(1, "geo_precision"));
  EXPECT_EQ("Why Russia may be in the crosshairs of Daesh; Moscow concert hall attack",
            cell(1, "source"));
  EXPECT_EQ(Crocus().summary, cell(1, "notes"));
  EXPECT_EQ("115", cell(1, "fatalities"));

  // Dubrovka: known to the month.
  EXPECT_EQ("3", cell(2, "time_precision"));
  EXPECT_EQ("2002-10-15", cell(2, "event_date"));
  EXPECT_EQ("2002", cell(2, "year"));
  EXPECT_EQ("RUS11", cell(2, "event_id_cnty"));
  EXPECT_EQ("seed/000.txt", cell(2, "source"));  // no headline: the document
  EXPECT_EQ("", cell(2, "latitude"));

  // Nothing known: fatalities 0 as ACLED writes it, the rest empty.
  EXPECT_EQ("12", cell(3, "event_id_cnty"));
  EXPECT_EQ("0", cell(3, "fatalities"));
  EXPECT_EQ("", cell(3, "time_precision"));
  EXPECT_EQ("", cell(3, "iso"));
  EXPECT_EQ("", cell(3, "disorder_type"));

  // Bijapur: year precision, sides as actor 1 and 2, district precision.
  EXPECT_EQ("IND13", cell(4, "event_id_cnty"));
  EXPECT_EQ("356", cell(4, "iso"));
  EXPECT_EQ("3", cell(4, "time_precision"));
  EXPECT_EQ("2021-07-01", cell(4, "event_date"));
  EXPECT_EQ("Maoists", cell(4, "actor1"));
  EXPECT_EQ("Indian security forces", cell(4, "actor2"));
  EXPECT_EQ("", cell(4, "civilian_targeting"));
  EXPECT_EQ("2", cell(4, "geo_precision"));
  EXPECT_EQ(Bijapur().summary, cell(4, "notes"));
  EXPECT_EQ(
      "B\xC4\xAB"
      "j\xC4\x81pur",
      cell(4, "location"));

  // Disasters: not an ACLED family.
  EXPECT_EQ("", cell(5, "disorder_type"));
  EXPECT_EQ("Disasters", cell(5, "event_type"));
  EXPECT_EQ("TUR14", cell(5, "event_id_cnty"));
  EXPECT_EQ("792", cell(5, "iso"));
  EXPECT_EQ("50000", cell(5, "fatalities"));
}

TEST(FormatsAcled, DisorderTypes) {
  auto disorder = [](const char* type) {
    Event ev = Nulls();
    ev.type = type;
    std::string out;
    AppendEventsAcled({ev}, &out);
    auto rows = ParseCsv(out);
    return rows.at(1).at(Column(rows[0], "disorder_type"));
  };
  EXPECT_EQ("Political violence", disorder("Battles"));
  EXPECT_EQ("Political violence", disorder("Explosions/Remote violence"));
  EXPECT_EQ("Demonstrations", disorder("Protests"));
  EXPECT_EQ("Demonstrations", disorder("Riots"));
  EXPECT_EQ("Strategic developments", disorder("Strategic developments"));
  EXPECT_EQ("", disorder("Diplomacy"));
}

TEST(FormatsTable, ColumnsAndLowerBounds) {
  std::string out;
  AppendEventsTable({Crocus(), Nulls(), Dubrovka()}, &out);
  auto lines = Lines(out);
  ASSERT_EQ(4u, lines.size());
  EXPECT_EQ(0u, lines[0].find("ID"));
  EXPECT_NE(std::string::npos, lines[0].find("KILLED"));
  EXPECT_NE(std::string::npos, lines[1].find("ev_6f1c2a9e  2024-03-22  VAC/Attack"));
  EXPECT_NE(std::string::npos, lines[1].find("Krasnogorsk, RU"));
  EXPECT_NE(std::string::npos, lines[1].find("   115+"));
  EXPECT_NE(std::string::npos, lines[1].find("    20+"));
  EXPECT_NE(std::string::npos, lines[1].find("Islamic State Khorasan Prov\xE2\x80\xA6  "));
  EXPECT_EQ('3', lines[1].back());  // sources
  EXPECT_NE(std::string::npos, lines[3].find("VAC/Abduction"));
  EXPECT_NE(std::string::npos, lines[3].find("   130+"));
  // The killed column ends at the same place on every line.
  size_t end = lines[0].find("KILLED") + 6;
  EXPECT_EQ("115+", lines[1].substr(end - 4, 4));
  EXPECT_EQ("-", lines[2].substr(end - 1, 1));
}

TEST(FormatsTable, TruncatesMultiByteSafely) {
  Event ev = Crocus();
  // 40 two-byte Cyrillic letters, then a CJK name (three bytes, two columns each).
  std::string cyr;
  for (int i = 0; i < 40; ++i) cyr += "\xD0\x96";  // Ж
  ev.place->name = cyr;
  ev.actors[0].name =
      "\xE4\xBC\x8A\xE6\x96\xAF\xE5\x85\xB0\xE5\x9B\xBD\xE5\xA5\x87\xE6\x8B"
      "\x89\xE5\x90\x89\xE5\xB7\x9E\xE7\x9C\x81\xE5\x88\x86\xE6\x94\xAF\xE6"
      "\x9E\x81\xE7\xAB\xAF\xE7\xBB\x84\xE7\xBB\x87";  // 16 CJK characters
  Event plain = Crocus();
  std::string out;
  AppendEventsTable({plain, ev}, &out);
  ASSERT_TRUE(IsValidUtf8(out));
  auto lines = Lines(out);
  ASSERT_EQ(3u, lines.size());
  EXPECT_NE(std::string::npos, lines[2].find("\xE2\x80\xA6"));  // …
  // The place cell: 27 letters and the ellipsis (the ", RU" is cut).
  std::string want_place;
  for (int i = 0; i < 27; ++i) want_place += "\xD0\x96";
  want_place += "\xE2\x80\xA6";
  EXPECT_NE(std::string::npos, lines[2].find("  " + want_place + "  "));
  // The actor cell: 13 wide characters (26 columns), the ellipsis, a pad.
  std::string want_actor = ev.actors[0].name.substr(0, 13 * 3) + "\xE2\x80\xA6 ";
  EXPECT_NE(std::string::npos, lines[2].find(want_actor));
  // Same display width as the ASCII line: the CJK line has 13 fewer code points.
  EXPECT_EQ(CodePoints(lines[1]), CodePoints(lines[2]) + 13);
}

TEST(FormatsTable, ControlCharactersDoNotBreakRows) {
  Event ev = Crocus();
  ev.place->name = "Line\nbreak\tand tab";
  std::string out;
  AppendEventsTable({ev}, &out);
  EXPECT_EQ(2u, Lines(out).size());
  EXPECT_NE(std::string::npos, out.find("Line break and tab, RU"));
}

TEST(FormatsTimeline, OrderAndWording) {
  std::string out;
  AppendTimeline({Crocus(), Nulls(), Tushino(), Bijapur(), Dubrovka()}, &out,
                 "MAJOR TERROR STRIKES IN RUSSIA");
  auto lines = Lines(out);
  ASSERT_EQ(6u, lines.size());
  EXPECT_EQ("MAJOR TERROR STRIKES IN RUSSIA", lines[0]);
  EXPECT_EQ(
      "October 2002 Hostage-taking by Chechen militants in Moscow, Russia: 130+ killed, "
      "912 hostages",
      lines[1]);
  EXPECT_EQ("July 2003 Suicide bombing by Chechen separatists in Moscow, Russia: 15 killed",
            lines[2]);
  EXPECT_EQ(
      "2021 Armed clash between Maoists and Indian security forces in B\xC4\xAB"
      "j\xC4\x81pur, India: 33 killed",
      lines[3]);
  EXPECT_EQ(
      "March 2024 Attack on civilians by Islamic State Khorasan Province in Krasnogorsk, "
      "Russia: 115+ killed, 20+ injured",
      lines[4]);
  EXPECT_EQ("Undated: Incident", lines[5]);
  // No summaries.
  EXPECT_EQ(std::string::npos, out.find("Gunmen"));
}

TEST(FormatsTimeline, StableForEqualDatesAndNoTitle) {
  Event a = Tushino(), b = Tushino();
  a.place->name = "First";
  b.place->name = "Second";
  std::string out;
  AppendTimeline({a, b}, &out, "");
  auto lines = Lines(out);
  ASSERT_EQ(2u, lines.size());
  EXPECT_NE(std::string::npos, lines[0].find("First"));
  EXPECT_NE(std::string::npos, lines[1].find("Second"));
}

TEST(FormatsTimeline, LongLinesStayUnder160Columns) {
  Event ev = Crocus();
  ev.actors.clear();
  for (int i = 0; i < 4; ++i) {
    ev.actors.push_back(
        {"A very long armed group name number " + std::to_string(i) + " of the long province",
         "perpetrator",
         {}});
  }
  ev.place->name = std::string(90, 'x');
  std::string out;
  AppendTimeline({ev}, &out, "T");
  auto lines = Lines(out);
  ASSERT_EQ(2u, lines.size());
  EXPECT_LE(CodePoints(lines[1]), 160u);
  EXPECT_TRUE(IsValidUtf8(out));
  // The counts are kept whole at the end.
  EXPECT_NE(std::string::npos, lines[1].find(": 115+ killed, 20+ injured"));
  EXPECT_EQ(0u, lines[1].find("March 2024 Attack on civilians by A very long"));
}

TEST(FormatsTimeline, CountsInWords) {
  Event quake = Quake();
  Event range = Tushino();
  range.count(CountKind::kKilled) = MakeCount(25, 20, 30);
  Event upto = Tushino();
  upto.count(CountKind::kKilled) = MakeCount(30, std::nullopt, 30, "nearly 30");
  upto.count(CountKind::kHostages) = MakeCount(1, 1, 1);
  std::string out;
  AppendTimeline({quake, range, upto}, &out, "");
  auto lines = Lines(out);
  ASSERT_EQ(3u, lines.size());
  EXPECT_EQ("July 2003 Suicide bombing by Chechen separatists in Moscow, Russia: 20-30 killed",
            lines[0]);
  EXPECT_EQ("July 2003 Suicide bombing by Chechen separatists in Moscow, Russia: up to 30 "
            "killed, 1 hostage",
            lines[1]);
  EXPECT_EQ("February 2023 Earthquake in Kahramanmara\xC5\x9F, Turkey: 50,000+ killed", lines[2]);
}

}  // namespace
}  // namespace dateline
