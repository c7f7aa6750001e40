// Copyright 2026 The Dateline Authors.

#include "serve/api.h"

#include <gtest/gtest.h>
#include <simdjson.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

namespace dateline {
namespace {

const char kKabul[] =
    "Kabul blast kills 9\n\nUpdated 12 June 2025\n\nKABUL: A suicide bomber killed at least "
    "nine people outside a ministry in Kabul on Wednesday, officials said. IS-K claimed "
    "responsibility for the attack.\n";
const char kKabulLater[] =
    "Kabul bombing toll rises to 12\n\nUpdated 13 June 2025\n\nKABUL: The death toll from "
    "Wednesday's suicide bombing outside a ministry in Kabul rose to 12, officials said on "
    "Thursday.\n";
const char kMogadishu[] =
    "{\"id\": \"wire-7\", \"published\": \"2023-05-14\", \"text\": \"Gunmen killed five people "
    "at a checkpoint in Mogadishu on Sunday, police said.\"}\n";

class ApiTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = ::testing::TempDir() + "dateline_api_test_" + std::to_string(getpid()) + ".db";
    Remove();
    api_ = std::make_unique<Api>(path_, ApiOptions());
    ASSERT_TRUE(api_->Open().ok());
  }
  void TearDown() override {
    api_.reset();
    Remove();
  }
  void Remove() {
    for (const char* s : {"", "-wal", "-shm"}) std::filesystem::remove(path_ + s);
  }
  HttpResponse Call(const std::string& method, const std::string& target,
                    const std::string& body = "") {
    HttpRequest r;
    r.method = method;
    size_t q = target.find('?');
    r.path = target.substr(0, q);
    bool more = false;
    if (q != std::string::npos) r.params = ParseQueryString(target.substr(q + 1), 64, &more);
    r.body = body;
    return api_->Handle(r);
  }
  // Parses the body; fails the test when it is not JSON.
  simdjson::dom::element Parse(const HttpResponse& r) {
    json_ = simdjson::padded_string(r.body);
    simdjson::dom::element e;
    EXPECT_EQ(parser_.parse(json_).get(e), simdjson::SUCCESS) << r.body;
    return e;
  }
  std::string Error(const HttpResponse& r) {
    std::string_view s;
    if (Parse(r)["error"].get_string().get(s)) return "(no error member) " + r.body;
    return std::string(s);
  }
  std::string Ingest(const char* doc, const std::string& params = "name=doc") {
    HttpResponse r = Call("POST", "/api/ingest?" + params, doc);
    EXPECT_EQ(r.status, 200) << r.body;
    return r.body;
  }
  std::string FirstEventId(const std::string& query) {
    HttpResponse r = Call("GET", "/api/events?" + query);
    std::string_view id;
    if (Parse(r)["events"].at(0)["id"].get_string().get(id)) return "";
    return std::string(id);
  }

  std::string path_;
  std::unique_ptr<Api> api_;
  simdjson::dom::parser parser_;
  simdjson::padded_string json_;
};

TEST(ParseQueryStringTest, DecodesEscapesAndPlus) {
  bool more = false;
  QueryParams p = ParseQueryString("type=Explosions%2FRemote+violence&actor=IS-K&flag&=x", 10,
                                   &more);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0], (std::pair<std::string, std::string>{"type", "Explosions/Remote violence"}));
  EXPECT_EQ(p[1].second, "IS-K");
  EXPECT_EQ(p[2], (std::pair<std::string, std::string>{"flag", ""}));
  EXPECT_FALSE(more);
  // Bad escapes stay as written; a trailing % too.
  p = ParseQueryString("q=100%&r=%zz%4", 10, &more);
  EXPECT_EQ(p[0].second, "100%");
  EXPECT_EQ(p[1].second, "%zz%4");
  p = ParseQueryString("a=1&b=2&c=3", 2, &more);
  EXPECT_EQ(p.size(), 2u);
  EXPECT_TRUE(more);
}

TEST_F(ApiTest, IngestThenQueryEveryWay) {
  std::string out = Ingest(kKabul, "name=kabul.txt");
  EXPECT_NE(out.find("\"events_new\":1"), std::string::npos) << out;
  Ingest(kMogadishu, "name=wire.jsonl");

  HttpResponse r = Call("GET", "/api/events");
  ASSERT_EQ(r.status, 200);
  auto e = Parse(r);
  EXPECT_EQ(int64_t(e["count"]), 2);
  EXPECT_EQ(bool(e["truncated"]), false);

  r = Call("GET", "/api/events?country=Afghanistan&actor=ISIS-K&min_killed=5&limit=1");
  e = Parse(r);
  EXPECT_EQ(int64_t(e["count"]), 1) << r.body;
  EXPECT_EQ(std::string_view(e["events"].at(0)["place"]["name"]), "Kabul");

  r = Call("GET", "/api/events?near=2.04,45.34,30&format=geojson");
  EXPECT_EQ(r.content_type, "application/geo+json");
  e = Parse(r);
  EXPECT_EQ(std::string_view(e["type"]), "FeatureCollection");
  EXPECT_EQ(e["features"].get_array().size(), 1u);

  r = Call("GET", "/api/events?limit=1");
  EXPECT_EQ(bool(Parse(r)["truncated"]), true);

  std::string id = FirstEventId("country=AF");
  ASSERT_FALSE(id.empty());
  r = Call("GET", "/api/events/" + id);
  ASSERT_EQ(r.status, 200) << r.body;
  e = Parse(r);
  EXPECT_EQ(std::string_view(e["event"]["id"]), id);
  EXPECT_EQ(std::string_view(e["history"].at(0)["action"]), "created");
  std::string_view art = e["source_articles"].at(0);
  ASSERT_EQ(art.substr(0, 3), "ar_");
  EXPECT_EQ(std::string_view(e["articles"].at(0)["headline"]), "Kabul blast kills 9");

  r = Call("GET", "/api/articles/" + std::string(art));
  ASSERT_EQ(r.status, 200) << r.body;
  e = Parse(r);
  EXPECT_EQ(std::string_view(e["events"].at(0)), id);
  bool bomber = false;
  for (auto h : e["highlights"].get_array()) {
    bomber |= std::string_view(h["sentence"]).find("suicide bomber") != std::string_view::npos;
  }
  EXPECT_TRUE(bomber) << r.body;
  EXPECT_EQ(std::string_view(e["article"]["headline"]), "Kabul blast kills 9");

  r = Call("GET", "/api/search?q=ministry+bomber");
  e = Parse(r);
  EXPECT_EQ(e["events"].get_array().size(), 1u);
  EXPECT_EQ(e["articles"].get_array().size(), 1u);
  EXPECT_NE(std::string_view(e["articles"].at(0)["snippet"]).find("[ministry]"),
            std::string_view::npos);

  r = Call("GET", "/api/timeline?country=AF");
  e = Parse(r);
  EXPECT_EQ(std::string_view(e["title"]), "INCIDENTS IN AFGHANISTAN");
  EXPECT_EQ(std::string_view(e["lines"].at(0)["text"]).substr(0, 9), "June 2025");

  r = Call("GET", "/api/stats");
  e = Parse(r);
  EXPECT_EQ(int64_t(e["events"]), 2);
  EXPECT_EQ(int64_t(e["killed"]), 14);
  EXPECT_EQ(int64_t(e["by_country"]["SO"]), 1);
  EXPECT_EQ(int64_t(e["by_month"]["2025-06"]), 1);
  EXPECT_EQ(std::string_view(e["first"]), "2023-05-14");
}

TEST_F(ApiTest, AFollowedActorRaisesAnAlertOnTheStream) {
  HttpResponse r = Call("POST", "/api/follows", "{\"actor\": \"Islamic State-Khorasan\"}");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_EQ(int64_t(Parse(r)["follow"]["id"]), 1);
  r = Call("POST", "/api/follows", "{\"place\": \"Moscow\", \"km\": 100, \"types\": [\"Battles\"]}");
  ASSERT_EQ(r.status, 201) << r.body;
  EXPECT_GT(double(Parse(r)["follow"]["lat"]), 55);
  EXPECT_EQ(Parse(Call("GET", "/api/follows"))["follows"].get_array().size(), 2u);

  int sub = api_->alerts().Subscribe();
  std::vector<Alert> got;
  std::thread waiter([&] { api_->alerts().Wait(sub, std::chrono::seconds(10), &got); });
  Ingest(kKabul, "name=kabul.txt");
  waiter.join();
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].follow, 1);
  EXPECT_EQ(got[0].action, "new");
  EXPECT_GT(got[0].id, 0);
  // A later report updates the event and alerts again.
  std::string out = Ingest(kKabulLater, "name=kabul-2.txt");
  EXPECT_NE(out.find("\"events_merged\":1"), std::string::npos) << out;
  EXPECT_NE(out.find("\"action\":\"updated\""), std::string::npos) << out;
  got.clear();
  EXPECT_TRUE(api_->alerts().Wait(sub, std::chrono::milliseconds(10), &got));
  ASSERT_EQ(got.size(), 1u);
  EXPECT_NE(got[0].what.find("killed 9 -> 12"), std::string::npos) << got[0].what;
  api_->alerts().Unsubscribe(sub);

  r = Call("GET", "/api/alerts");
  EXPECT_EQ(Parse(r)["alerts"].get_array().size(), 2u);
  EXPECT_EQ(Parse(Call("GET", "/api/alerts?since=2999"))["alerts"].get_array().size(), 0u);
  // Ingesting the same document again adds nothing.
  out = Ingest(kKabul, "name=again.txt");
  EXPECT_NE(out.find("\"duplicates\":1"), std::string::npos) << out;

  EXPECT_EQ(Call("DELETE", "/api/follows/1").status, 200);
  EXPECT_EQ(Call("DELETE", "/api/follows/1").status, 404);
  EXPECT_EQ(Parse(Call("GET", "/api/follows"))["follows"].get_array().size(), 1u);
}

TEST_F(ApiTest, BadRequestsAreJsonWithTheRightStatus) {
  struct Case {
    const char* method;
    const char* target;
    const char* body;
    int status;
    const char* says;
  };
  const Case kCases[] = {
      {"GET", "/api/events?cuntry=RU", "", 400, "unknown parameter 'cuntry'"},
      {"GET", "/api/events?type=Bombings", "", 400, "type: unknown type"},
      {"GET", "/api/events?near=1,2", "", 400, "near"},
      {"GET", "/api/events?since=yesterday", "", 400, "since"},
      {"GET", "/api/events?limit=0", "", 400, "limit"},
      {"GET", "/api/events?limit=5000", "", 400, "limit: at most 1000"},
      {"GET", "/api/events?min_killed=-3", "", 400, "min-killed"},
      {"GET", "/api/events?format=xml", "", 400, "format"},
      {"GET", "/api/events?sort=name", "", 400, "sort"},
      {"GET", "/api/events?country=Atlantis", "", 400, "Atlantis"},
      {"GET", "/api/events/ev_doesnotexist", "", 404, "no event"},
      {"GET", "/api/events/../../etc/passwd", "", 404, "no event"},
      {"GET", "/api/articles/ar_000000000000", "", 404, "no article"},
      {"GET", "/api/search", "", 400, "q:"},
      {"GET", "/api/nope", "", 404, "no such endpoint"},
      {"DELETE", "/api/events", "", 405, "not allowed"},
      {"GET", "/api/ingest", "", 405, "not allowed"},
      {"POST", "/api/ingest", "", 400, "empty"},
      {"POST", "/api/ingest?published=someday", "text", 400, "published"},
      {"POST", "/api/ingest?name=x", "\x01\x02\x03\x04binary\xff\xfe", 400, "x:"},
      {"POST", "/api/follows", "{not json", 400, "not a JSON object"},
      {"POST", "/api/follows", "{}", 400, "follow what"},
      {"POST", "/api/follows", "{\"actor\": 5}", 400, "actor"},
      {"POST", "/api/follows", "{\"km\": 10}", 400, "km goes with place"},
      {"POST", "/api/follows", "{\"place\": \"Qwxzrtplk\"}", 400, "unknown place"},
      {"POST", "/api/follows", "{\"types\": [\"Bombings\"]}", 400, "unknown type"},
      {"DELETE", "/api/follows/abc", "", 404, "no follow"},
      {"PUT", "/api/follows", "", 405, "not allowed"},
      {"GET", "/e/not-an-id", "", 404, "no such id"},
      {"GET", "/nothing-here", "", 404, "not found"},
  };
  for (const Case& c : kCases) {
    HttpResponse r = Call(c.method, c.target, c.body);
    EXPECT_EQ(r.status, c.status) << c.method << " " << c.target << ": " << r.body;
    EXPECT_EQ(r.content_type, "application/json") << c.target;
    EXPECT_NE(Error(r).find(c.says), std::string::npos) << c.target << ": " << r.body;
  }
  std::string many = "/api/events?";
  for (int i = 0; i < 40; ++i) many += "limit=1&";
  EXPECT_EQ(Call("GET", many).status, 400);
}

TEST_F(ApiTest, ReadOnlyRefusesWritesAndBodiesHaveALimit) {
  ApiOptions ro;
  ro.read_only = true;
  ro.max_body = 1024;
  Api api(path_, ro);
  ASSERT_TRUE(api.Open().ok());
  HttpRequest r;
  r.method = "POST";
  r.path = "/api/ingest";
  r.body = kKabul;
  EXPECT_EQ(api.Handle(r).status, 403);
  r.path = "/api/follows";
  r.body = "{\"actor\": \"IS-K\"}";
  EXPECT_EQ(api.Handle(r).status, 403);
  ApiOptions small;
  small.max_body = 64;
  Api api2(path_, small);
  ASSERT_TRUE(api2.Open().ok());
  r.path = "/api/ingest";
  r.body = kKabul;
  EXPECT_EQ(api2.Handle(r).status, 413);
}

TEST_F(ApiTest, ShortUrlsRedirectToThePage) {
  HttpResponse r = Call("GET", "/e/ev_0123456789");
  EXPECT_EQ(r.status, 302);
  ASSERT_EQ(r.headers.size(), 1u);
  EXPECT_EQ(r.headers[0].second, "/#/event/ev_0123456789");
  r = Call("GET", "/a/ar_0123456789ab");
  EXPECT_EQ(r.headers[0].second, "/#/article/ar_0123456789ab");
}

}  // namespace
}  // namespace dateline
