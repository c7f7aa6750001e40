// Copyright 2026 The Dateline Authors.

#include "util/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cmath>
#include <limits>
#include <string>

#include "util/utf8.h"

namespace dateline {

namespace {

// Parses `json` and returns the string it holds, or "<parse error>".
std::string ParseString(const std::string& json) {
  simdjson::dom::parser parser;
  std::string_view s;
  if (parser.parse(json).get_string().get(s) != simdjson::SUCCESS) return "<parse error>";
  return std::string(s);
}

bool Parses(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  return parser.parse(json).get(e) == simdjson::SUCCESS;
}

std::string Quoted(std::string_view s) {
  std::string out;
  AppendJsonString(s, &out);
  return out;
}

}  // namespace

TEST(JsonString, PlainAndUnicodeTextPassesThrough) {
  EXPECT_EQ("\"\"", Quoted(""));
  EXPECT_EQ("\"Crocus City Hall\"", Quoted("Crocus City Hall"));
  std::string cyrillic = "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 \xE2\x80\x94 \xF0\x9F\x93\xB7";
  EXPECT_EQ("\"" + cyrillic + "\"", Quoted(cyrillic));
  EXPECT_EQ(cyrillic, ParseString(Quoted(cyrillic)));
}

TEST(JsonString, QuotesBackslashesAndControlsAreEscaped) {
  EXPECT_EQ("\"\\\"IS-K has a track record\\\"\"", Quoted("\"IS-K has a track record\""));
  EXPECT_EQ("\"C:\\\\news\\\\page.html\"", Quoted("C:\\news\\page.html"));
  EXPECT_EQ("\"a\\nb\\r\\tc\"", Quoted("a\nb\r\tc"));
  EXPECT_EQ("\"\\u0000\\u0001\\u001b\\u001f\"", Quoted(std::string("\0\x01\x1B\x1F", 4)));
  EXPECT_EQ("\"\\u0008\\u000c\"", Quoted("\b\f"));
  // DEL and '/' need no escape.
  EXPECT_EQ("\"\x7F/\"", Quoted("\x7F/"));
}

TEST(JsonString, EveryControlCharacterRoundTrips) {
  std::string all;
  for (int c = 0; c < 0x20; ++c) all.push_back(static_cast<char>(c));
  all += "tail";
  std::string json = Quoted(all);
  for (char c : json) {
    EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "raw control byte in output";
  }
  EXPECT_EQ(all, ParseString(json));
}

TEST(JsonString, InvalidUtf8BecomesReplacementCharacter) {
  // Latin-1 "café", a truncated em dash, a lone continuation, an overlong
  // slash and a surrogate: each bad byte becomes one U+FFFD.
  EXPECT_EQ("\"caf\xEF\xBF\xBD\"", Quoted("caf\xE9"));
  EXPECT_EQ("\"\xEF\xBF\xBD\xEF\xBF\xBD!\"", Quoted("\xE2\x80!"));
  EXPECT_EQ("\"\xEF\xBF\xBD\"", Quoted("\x80"));
  std::string bad = "x\xC0\xAFy\xED\xA0\x80z\xFF";
  std::string json = Quoted(bad);
  EXPECT_TRUE(IsValidUtf8(json));
  EXPECT_EQ("x\xEF\xBF\xBD\xEF\xBF\xBDy\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBDz\xEF\xBF\xBD",
            ParseString(json));
}

TEST(JsonWriter, NestedContainersHaveCommasInTheRightPlaces) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("doc");
  w.String("seed.txt");
  w.Key("index");
  w.Int(2);
  w.Key("captions");
  w.BeginArray();
  w.BeginObject();
  w.Key("text");
  w.String("A view of the burnt Crocus City Hall");
  w.Key("credit");
  w.String("AP");
  w.EndObject();
  w.BeginObject();
  w.Key("text");
  w.String("Bodybags");
  w.Key("credit");
  w.StringOrNull("");
  w.EndObject();
  w.EndArray();
  w.Key("bullets");
  w.BeginArray();
  w.EndArray();
  w.Key("meta");
  w.BeginObject();
  w.EndObject();
  w.Key("ok");
  w.Bool(true);
  w.Key("none");
  w.Null();
  w.EndObject();
  EXPECT_EQ(
      "{\"doc\":\"seed.txt\",\"index\":2,\"captions\":["
      "{\"text\":\"A view of the burnt Crocus City Hall\",\"credit\":\"AP\"},"
      "{\"text\":\"Bodybags\",\"credit\":null}],"
      "\"bullets\":[],\"meta\":{},\"ok\":true,\"none\":null}",
      out);
  ASSERT_TRUE(Parses(out));

  simdjson::dom::parser parser;
  simdjson::dom::element root = parser.parse(out);
  std::string_view credit;
  ASSERT_EQ(simdjson::SUCCESS, root["captions"].at(0)["credit"].get_string().get(credit));
  EXPECT_EQ("AP", credit);
  EXPECT_TRUE(root["captions"].at(1)["credit"].is_null());
}

TEST(JsonWriter, ArrayOfScalars) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.Int(-115);
  w.Int(0);
  w.Int(std::numeric_limits<int64_t>::max());
  w.Double(0.5);
  w.Double(130.25, 3);
  w.Bool(false);
  w.StringOrNull("x");
  w.EndArray();
  EXPECT_EQ("[-115,0,9223372036854775807,0.5,130,false,\"x\"]", out);
  EXPECT_TRUE(Parses(out));
}

TEST(JsonWriter, NonFiniteDoublesAreNull) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.Double(std::nan(""));
  w.Double(std::numeric_limits<double>::infinity());
  w.Double(-std::numeric_limits<double>::infinity());
  w.Double(1e300);
  w.Double(-2.5e-7);
  w.EndArray();
  EXPECT_EQ("[null,null,null,1e+300,-2.5e-07]", out);
  EXPECT_TRUE(Parses(out));
}

TEST(JsonWriter, HostileKeysAndValuesStillParse) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key(std::string("k\"\\\n\0\xFF", 6));
  w.String(std::string("v\x01\xC3", 3));
  w.EndObject();
  ASSERT_TRUE(Parses(out)) << out;
  EXPECT_TRUE(IsValidUtf8(out));
}

TEST(JsonWriter, ConsecutiveTopLevelValuesAreSeparateLines) {
  // Writers are used one per JSON line; a fresh writer starts clean.
  std::string out;
  for (int i = 0; i < 2; ++i) {
    JsonWriter w(&out);
    w.BeginObject();
    w.Key("i");
    w.Int(i);
    w.EndObject();
    out += '\n';
  }
  EXPECT_EQ("{\"i\":0}\n{\"i\":1}\n", out);
}

}  // namespace dateline
