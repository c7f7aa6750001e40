// Copyright 2026 The Dateline Authors.

#include "events/event_json_read.h"

#include <gtest/gtest.h>

#include <string>

#include "events/event_json.h"

namespace dateline {
namespace {

std::string Write(const Event& ev) {
  std::string out;
  AppendEventJson(ev, &out);
  return out;
}

Count MakeCount(int64_t best, std::optional<int64_t> min, std::optional<int64_t> max,
                std::string text) {
  Count c;
  c.best = best;
  c.min = min;
  c.max = max;
  c.text = std::move(text);
  return c;
}

Source MakeSource(std::string doc, int article, std::string headline, std::string published,
                  std::string sentence, int64_t begin, int64_t end) {
  Source s;
  s.doc = std::move(doc);
  s.article = article;
  s.headline = std::move(headline);
  s.published = std::move(published);
  s.sentence = std::move(sentence);
  s.span_begin = begin;
  s.span_end = end;
  return s;
}

Revision MakeRevision(std::string seen, CountKind kind, int64_t best, std::string text,
                      int source) {
  Revision r;
  r.seen = std::move(seen);
  r.kind = kind;
  r.best = best;
  r.text = std::move(text);
  r.source = source;
  return r;
}

// The Crocus City Hall attack as the engine would fuse it from three reports.
Event Crocus() {
  Event ev;
  ev.id = "ev_6f1c2a9e";
  ev.type = "Violence against civilians";
  ev.subtype = "Attack";
  ev.date = "2024-03-22";
  ev.date_precision = "day";
  Place p;
  p.name = "Krasnogorsk";
  p.admin1 = "Moscow Oblast";
  p.country = "Russia";
  p.country_code = "RU";
  p.lat = 55.8204;
  p.lon = 37.3302;
  p.geonames_id = 542374;
  p.precision = "city";
  ev.place = p;
  ev.actors.push_back({"Islamic State Khorasan Province",
                       "perpetrator",
                       {"IS-K", "ISIS-K", "Daesh", "Islamic State in Khorasan Province"}});
  ev.actors.push_back({"civilians", "target", {"people", "concert-goers"}});
  ev.count(CountKind::kKilled) = MakeCount(137, 130, std::nullopt, "more than 130");
  ev.count(CountKind::kInjured) = MakeCount(20, 20, std::nullopt, "wounding scores");
  Count arrested = MakeCount(11, 11, 11, "four gunmen and seven others ... arrested");
  arrested.groups.push_back({"gunmen", 4});
  arrested.groups.push_back({"suspected accomplices", 7});
  ev.count(CountKind::kArrested) = arrested;
  ev.summary =
      "Gunmen opened fire at the Crocus City Hall concert venue near Moscow and set "
      "it alight, killing at least 115 people; the \"Islamic State\" claimed it.";
  ev.sources.push_back(MakeSource(
      "seed/000_bec592340a15c483.txt", 0, "Why Russia may be in the crosshairs of Daesh extremists",
      "2024-03-24",
      "LONDON: Just hours after gunmen stormed the Crocus City Hall, killing at least 115 "
      "people, Daesh claimed responsibility.",
      1834, 2101));
  ev.sources.push_back(MakeSource("feeds/tass.jsonl", 3, "", "2024-03-25",
                                  "The death toll has risen to more than 130,\tofficials said.", 0,
                                  61));
  ev.sources.push_back(MakeSource("feeds/wire.jsonl", 12, "Eleven detained after attack", "",
                                  "Four gunmen and seven others were arrested.\nThe FSB said.", -1,
                                  -1));
  ev.revisions.push_back(MakeRevision("2024-03-24", CountKind::kKilled, 115, "at least 115", 0));
  ev.revisions.push_back(MakeRevision("2024-03-25", CountKind::kKilled, 137, "more than 130", 1));
  ev.revisions.push_back(MakeRevision("2024-03-24", CountKind::kInjured, 20, "wounding scores", 0));
  ev.revisions.push_back(MakeRevision("", CountKind::kArrested, 11, "four gunmen and seven", 2));
  return ev;
}

// Almost nothing known: every optional field null, every list empty.
Event Sparse() {
  Event ev;
  ev.id = "ev_00000001";
  return ev;
}

// Names in scripts other than Latin, and a place with some parts unknown.
Event Unicode() {
  Event ev;
  ev.id = "ev_ユニコード";
  ev.type = "Disasters";
  ev.subtype = "Earthquake";
  ev.date = "2023-02";
  ev.date_precision = "month";
  Place p;
  p.name = "Kahramanmaraş";
  p.country = "Türkiye";
  p.country_code = "TR";
  p.lat = -0.0000001;
  p.lon = -179.9999999;
  p.precision = "admin1";
  ev.place = p;
  ev.actors.push_back({"Полиция", "participant", {"полиция", "МВД"}});
  ev.actors.push_back({"الدفاع المدني", "side", {}});
  Count missing = MakeCount(1000, 1000, std::nullopt, "thousands 😢");
  missing.groups.push_back({"Ελληνες", 3});
  ev.count(CountKind::kMissing) = missing;
  ev.count(CountKind::kHostages) = MakeCount(0, std::nullopt, std::nullopt, "");
  ev.summary = "Zerstörung in der Region — \u00e9\u00e8 \\ back\\slash and a control \x01 byte.";
  ev.sources.push_back(
      MakeSource("ja/記事.html", 1, "地震", "2023-02-07", "死者は数千人に上る。", 10, 10));
  ev.revisions.push_back(MakeRevision("2023-02-07", CountKind::kMissing, 1000, "thousands", 0));
  return ev;
}

void ExpectRoundTrip(const Event& ev) {
  std::string first = Write(ev);
  Event back;
  Status st = ParseEventJson(first, &back);
  ASSERT_TRUE(st.ok()) << st.ToString() << "\n" << first;
  EXPECT_EQ(first, Write(back));
}

TEST(EventJsonRead, RoundTripsAFullEvent) { ExpectRoundTrip(Crocus()); }
TEST(EventJsonRead, RoundTripsNullsEverywhere) { ExpectRoundTrip(Sparse()); }
TEST(EventJsonRead, RoundTripsUnicode) { ExpectRoundTrip(Unicode()); }

TEST(EventJsonRead, ReadsTheFieldsBack) {
  Event ev;
  ASSERT_TRUE(ParseEventJson(Write(Crocus()), &ev).ok());
  EXPECT_EQ("ev_6f1c2a9e", ev.id);
  ASSERT_TRUE(ev.place.has_value());
  EXPECT_EQ("Krasnogorsk", ev.place->name);
  EXPECT_DOUBLE_EQ(55.8204, *ev.place->lat);
  EXPECT_EQ(542374, *ev.place->geonames_id);
  ASSERT_EQ(2u, ev.actors.size());
  EXPECT_EQ("ISIS-K", ev.actors[0].mentions[1]);
  const Count& arrested = *ev.count(CountKind::kArrested);
  EXPECT_EQ(11, arrested.best);
  ASSERT_EQ(2u, arrested.groups.size());
  EXPECT_EQ("suspected accomplices", arrested.groups[1].who);
  EXPECT_EQ(7, arrested.groups[1].n);
  EXPECT_FALSE(ev.count(CountKind::kMissing).has_value());
  EXPECT_FALSE(ev.count(CountKind::kKilled)->max.has_value());
  ASSERT_EQ(3u, ev.sources.size());
  EXPECT_EQ("", ev.sources[1].headline);
  EXPECT_EQ(-1, ev.sources[2].span_begin);
  EXPECT_EQ(2101, ev.sources[0].span_end);
  ASSERT_EQ(4u, ev.revisions.size());
  EXPECT_EQ(CountKind::kInjured, ev.revisions[2].kind);
  EXPECT_EQ(2, ev.revisions[3].source);
}

TEST(EventJsonRead, WriteParseWriteIsStableForShortInput) {
  // Not what the writer writes, but once read it writes the same again.
  const char* json = R"({"id":"x","type":"","place":{"lat":-0.0,"lon":12},"actors":null})";
  Event ev;
  ASSERT_TRUE(ParseEventJson(json, &ev).ok());
  EXPECT_EQ(0.0, *ev.place->lat);
  EXPECT_EQ("", ev.type);
  ExpectRoundTrip(ev);
}

TEST(EventJsonRead, ReadsTheSpecExample) {
  // spec/EVENTS.md's example: "groups" left out, a revision with only
  // "killed_best", padding whitespace, an unknown key.
  const char* json = R"(
  {
    "id": "ev_6f1c2a9e", "type": "Violence against civilians", "subtype": "Attack",
    "date": "2024-03-22", "date_precision": "day",
    "place": {"name": "Krasnogorsk", "admin1": "Moscow Oblast", "country": "Russia",
              "country_code": "RU", "lat": 55.8204, "lon": 37.3302, "geonames_id": 542374,
              "precision": "city"},
    "actors": [{"name": "Islamic State Khorasan Province", "role": "perpetrator",
                "mentions": ["IS-K", "ISIS-K", "Daesh"]},
               {"name": "civilians", "role": "target", "mentions": ["people"]}],
    "killed": {"best": 115, "min": 115, "max": null, "text": "at least 115", "groups": []},
    "injured": {"best": 20, "min": 20, "max": null, "text": "wounding scores"},
    "missing": null, "hostages": null,
    "arrested": {"best": 4, "min": 4, "max": 4, "text": "four gunmen ... arrested"},
    "summary": "Gunmen opened fire at the Crocus City Hall concert venue ...",
    "sources": [{"doc": "seed/000_bec592340a15c483.txt", "article": 0,
                 "headline": "Why Russia may be in the crosshairs of Daesh extremists",
                 "published": "2024-03-24", "sentence": "LONDON: Just hours after ...",
                 "span": [1834, 2101]}],
    "revisions": [{"seen": "2024-03-24", "killed_best": 115, "source": 0}],
    "x_future_field": {"anything": [1, 2, 3]}
  }
  )";
  Event ev;
  Status st = ParseEventJson(json, &ev);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(4, ev.count(CountKind::kArrested)->best);
  EXPECT_TRUE(ev.count(CountKind::kInjured)->groups.empty());
  ASSERT_EQ(1u, ev.revisions.size());
  EXPECT_EQ(CountKind::kKilled, ev.revisions[0].kind);
  EXPECT_EQ(115, ev.revisions[0].best);
  EXPECT_EQ(0, ev.revisions[0].source);
  ExpectRoundTrip(ev);
}

TEST(EventJsonRead, LeavesTheEventAloneOnError) {
  Event ev = Crocus();
  std::string before = Write(ev);
  EXPECT_FALSE(ParseEventJson(R"({"id":"y","killed":{"best":-1}})", &ev).ok());
  EXPECT_EQ(before, Write(ev));
}

// The error of parsing `json`, or "OK".
std::string ErrorOf(std::string_view json) {
  Event ev;
  return ParseEventJson(json, &ev).ToString();
}

TEST(EventJsonRead, RejectsMalformedJson) {
  EXPECT_EQ("corrupt: malformed JSON: empty input", ErrorOf(""));
  EXPECT_NE(std::string::npos, ErrorOf("{\"id\":").find("malformed JSON"));
  EXPECT_NE(std::string::npos, ErrorOf("{\"id\":\"a\"} {}").find("malformed JSON"));
  EXPECT_NE(std::string::npos, ErrorOf("{\"id\":\"\xff\"}").find("malformed JSON"));
  EXPECT_NE(std::string::npos, ErrorOf("{'id':1}").find("malformed JSON"));
  EXPECT_NE(std::string::npos, ErrorOf("{\"a\":1,}").find("malformed JSON"));
}

TEST(EventJsonRead, RejectsWrongTypesNamingTheField) {
  EXPECT_EQ("corrupt: the record: expected an object, got an array", ErrorOf("[]"));
  EXPECT_EQ("corrupt: id: expected a string, got an integer", ErrorOf(R"({"id":7})"));
  EXPECT_EQ("corrupt: place: expected an object, got a string", ErrorOf(R"({"place":"Moscow"})"));
  EXPECT_EQ("corrupt: place.lat: expected a number, got a string",
            ErrorOf(R"({"place":{"lat":"55.8"}})"));
  EXPECT_EQ("corrupt: actors: expected an array, got an object", ErrorOf(R"({"actors":{}})"));
  EXPECT_EQ("corrupt: actors[1].mentions[0]: expected a string, got null",
            ErrorOf(R"({"actors":[{"name":"a"},{"mentions":[null]}]})"));
  EXPECT_EQ("corrupt: killed.best: expected an integer, got a number with a fraction or exponent",
            ErrorOf(R"({"killed":{"best":1.5}})"));
  EXPECT_EQ("corrupt: injured.groups[0].n: expected an integer, got a string",
            ErrorOf(R"({"injured":{"best":2,"groups":[{"who":"x","n":"2"}]}})"));
  EXPECT_EQ("corrupt: sources[0].span: expected [begin, end] or null, got a string",
            ErrorOf(R"({"sources":[{"span":"1-2"}]})"));
  EXPECT_EQ("corrupt: revisions[0].field: expected a string, got a boolean",
            ErrorOf(R"({"sources":[{}],"revisions":[{"field":true,"best":1,"source":0}]})"));
}

TEST(EventJsonRead, RejectsBadValuesNamingTheField) {
  EXPECT_EQ("corrupt: killed.best: missing", ErrorOf(R"({"killed":{"text":"many"}})"));
  EXPECT_EQ("corrupt: killed.min: -3 is negative", ErrorOf(R"({"killed":{"best":1,"min":-3}})"));
  EXPECT_EQ("corrupt: arrested.best: 9223372036854775808 is out of range",
            ErrorOf(R"({"arrested":{"best":9223372036854775808}})"));
  EXPECT_EQ("corrupt: place.lat: 91 is out of range [-90, 90]", ErrorOf(R"({"place":{"lat":91}})"));
  EXPECT_EQ("corrupt: sources[0].article: 2147483648 is out of range [0, 2147483647]",
            ErrorOf(R"({"sources":[{"article":2147483648}]})"));
  EXPECT_EQ("corrupt: sources[0].span: end 3 before begin 5",
            ErrorOf(R"({"sources":[{"span":[5,3]}]})"));
  EXPECT_EQ("corrupt: sources[0].span: 1 numbers (expected [begin, end])",
            ErrorOf(R"({"sources":[{"span":[5]}]})"));
  EXPECT_EQ("corrupt: sources[0].span: more than two numbers (expected [begin, end])",
            ErrorOf(R"({"sources":[{"span":[1,2,3]}]})"));
  EXPECT_EQ("corrupt: sources[1].span[0]: -1 is negative",
            ErrorOf(R"({"sources":[{},{"span":[-1,2]}]})"));
  EXPECT_EQ("corrupt: id: given twice", ErrorOf(R"({"id":"a","id":"b"})"));
}

TEST(EventJsonRead, RejectsBadRevisions) {
  const std::string head = R"({"sources":[{"doc":"a"},{"doc":"b"}],"revisions":[)";
  EXPECT_EQ("OK", ErrorOf(head + R"({"field":"hostages","best":3,"source":1}]})"));
  EXPECT_EQ("corrupt: revisions[0].field: unknown count kind \"wounded\"",
            ErrorOf(head + R"({"field":"wounded","best":3,"source":0}]})"));
  EXPECT_EQ("corrupt: revisions[1].source: 2 is not an index into \"sources\" (2 entries)",
            ErrorOf(head + R"({"field":"killed","best":3,"source":0},)"
                           R"({"field":"killed","best":3,"source":2}]})"));
  EXPECT_EQ("corrupt: revisions[0].source: -1 is negative",
            ErrorOf(head + R"({"field":"killed","best":3,"source":-1}]})"));
  EXPECT_EQ("corrupt: revisions[0].source: missing",
            ErrorOf(head + R"({"field":"killed","best":3}]})"));
  EXPECT_EQ("corrupt: revisions[0].best: missing",
            ErrorOf(head + R"({"field":"injured","source":0}]})"));
  EXPECT_EQ("corrupt: revisions[0].field: missing (which count does the revision revise?)",
            ErrorOf(head + R"({"best":3,"source":0}]})"));
  EXPECT_EQ("corrupt: revisions[0].killed_best: given on a revision of \"injured\"",
            ErrorOf(head + R"({"field":"injured","best":3,"killed_best":3,"source":0}]})"));
  EXPECT_EQ("corrupt: revisions[0].killed_best: 4 but best is 3",
            ErrorOf(head + R"({"field":"killed","best":3,"killed_best":4,"source":0}]})"));
  // Revisions need sources, wherever "sources" stands in the object.
  EXPECT_EQ("corrupt: revisions[0].source: 0 is not an index into \"sources\" (0 entries)",
            ErrorOf(R"({"revisions":[{"field":"killed","best":1,"source":0}]})"));
  EXPECT_EQ("OK", ErrorOf(R"({"revisions":[{"field":"killed","best":1,"source":0}],)"
                          R"("sources":[{}]})"));
}

TEST(EventJsonRead, QuotesLongValuesShortly) {
  std::string name(100, 'w');
  std::string err =
      ErrorOf(R"({"sources":[{}],"revisions":[{"field":")" + name + R"(","best":1,"source":0}]})");
  EXPECT_EQ("corrupt: revisions[0].field: unknown count kind \"" + std::string(40, 'w') + "\"...",
            err);
}

TEST(EventJsonRead, RejectsOversizedInput) {
  std::string huge = "{\"summary\":\"" + std::string(kMaxEventJsonBytes, 'a') + "\"}";
  Event ev;
  Status st = ParseEventJson(huge, &ev);
  EXPECT_EQ(Status::Code::kLimit, st.code());
}

}  // namespace
}  // namespace dateline
