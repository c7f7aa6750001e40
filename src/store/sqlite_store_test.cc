// Copyright 2026 The Dateline Authors.

#include "store/sqlite_store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>

#include "dateline/store.h"
#include "fuse/fuse.h"

namespace dateline {
namespace {

Event MakeEvent(const std::string& id, const std::string& date, const char* cc, double lat,
                double lon, std::optional<int64_t> killed, const std::string& doc) {
  Event ev;
  ev.id = id;
  ev.type = "Violence against civilians";
  ev.subtype = "Attack";
  ev.date = date;
  ev.date_precision = date.size() == 10 ? "day" : "month";
  Place p;
  p.name = std::string("Town of ") + cc;
  p.admin1 = "Some Province";
  p.country_code = cc;
  p.lat = lat;
  p.lon = lon;
  p.precision = "city";
  ev.place = p;
  if (killed) {
    Count c;
    c.best = *killed;
    c.text = std::to_string(*killed);
    ev.count(CountKind::kKilled) = c;
  }
  ev.actors.push_back({"Islamic State Khorasan Province", "perpetrator", {"IS-K", "ISIS-K"}});
  ev.summary = "Gunmen opened fire at a concert hall in " + p.name;
  Source s;
  s.doc = doc;
  s.sentence = ev.summary + ".";
  s.span_begin = 0;
  s.span_end = static_cast<int64_t>(s.sentence.size());
  ev.sources.push_back(s);
  return ev;
}

class SqliteStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Store>> s = OpenSqliteStore(":memory:");
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(*s);
  }
  EventChange Change(const char* action) {
    EventChange c;
    c.at = "2026-11-29T08:00:00Z";
    c.doc = "doc";
    c.action = action;
    c.reason = "test";
    return c;
  }
  void Put(const Event& ev, const std::string& at = "2026-11-29T08:00:00Z") {
    ASSERT_TRUE(store_->Begin().ok());
    EventChange c = Change("created");
    c.at = at;
    ASSERT_TRUE(store_->PutEvent(ev, c, true).ok());
    ASSERT_TRUE(store_->Commit().ok());
  }
  std::vector<std::string> Ids(const EventQuery& q) {
    std::vector<Event> evs;
    Status st = store_->QueryEvents(q, &evs);
    EXPECT_TRUE(st.ok()) << st.ToString();
    std::vector<std::string> ids;
    for (const Event& e : evs) ids.push_back(e.id);
    return ids;
  }
  std::unique_ptr<Store> store_;
};

TEST_F(SqliteStoreTest, WritesNeedABatchAndRollbackForgets) {
  Document doc;
  doc.name = "a.txt";
  doc.body = "Text.";
  EXPECT_FALSE(store_->PutDocument(doc, "h1", {}, "t").ok());
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutDocument(doc, "h1", {}, "t").ok());
  ASSERT_TRUE(store_
                  ->PutEvent(MakeEvent("ev_1", "2024-03-22", "RU", 55.8, 37.3, 115, "a.txt"),
                             Change("created"), true)
                  .ok());
  ASSERT_TRUE(store_->Rollback().ok());
  EXPECT_FALSE(*store_->HasDocument("h1"));
  EXPECT_FALSE(*store_->HasEvent("ev_1"));
  EXPECT_EQ(store_->Stats()->events, 0);
}

TEST_F(SqliteStoreTest, DocumentsAreKeyedByHash) {
  Document doc;
  doc.name = "a.txt";
  doc.body = "Text.";
  Article art;
  art.index = 0;
  art.headline = "Gunmen attack concert hall";
  art.paragraphs = {"Gunmen attacked a concert hall, killing 115."};
  art.quotes.push_back({"We will punish them", "Vladimir Putin", "Russian President"});
  ASSERT_TRUE(store_->Begin().ok());
  ASSERT_TRUE(store_->PutDocument(doc, "h1", {art}, "2026-11-29T08:00:00Z").ok());
  EXPECT_FALSE(store_->PutDocument(doc, "h1", {}, "t").ok());  // the hash is unique
  ASSERT_TRUE(store_
                  ->PutEvent(MakeEvent("ev_1", "2024-03-22", "RU", 55.8, 37.3, 115, "a.txt"),
                             Change("created"), true)
                  .ok());
  ASSERT_TRUE(store_->Commit().ok());
  EXPECT_TRUE(*store_->HasDocument("h1"));
  EXPECT_FALSE(*store_->HasDocument("h2"));

  StoredArticle a;
  ASSERT_TRUE(store_->GetArticle(ArticleId("h1", 0), &a).ok());
  EXPECT_EQ(a.headline, "Gunmen attack concert hall");
  EXPECT_EQ(a.doc, "a.txt");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].speaker, "Vladimir Putin");
  EXPECT_EQ(a.event_ids, std::vector<std::string>{"ev_1"});
  EXPECT_EQ(store_->GetArticle("ar_000000000000", &a).code(), Status::Code::kNotFound);
}

TEST_F(SqliteStoreTest, EventRoundTripsWithHistoryAndAppendOnlySources) {
  Event ev = MakeEvent("ev_1", "2024-03-22", "RU", 55.8, 37.3, 115, "a.txt");
  Put(ev);
  ev.sources.push_back(ev.sources[0]);
  ev.sources[1].doc = "b.txt";
  ev.sources[1].sentence = "The toll rose to 130.";
  ev.count(CountKind::kKilled)->best = 130;
  ASSERT_TRUE(store_->Begin().ok());
  EventChange c = Change("merged");
  c.at = "2026-11-29T09:00:00Z";
  c.doc = "b.txt";
  c.changes = {"killed 115 -> 130"};
  ASSERT_TRUE(store_->PutEvent(ev, c, false).ok());
  ASSERT_TRUE(store_->Commit().ok());

  StoredEvent se;
  ASSERT_TRUE(store_->GetEvent("ev_1", &se).ok());
  EXPECT_EQ(se.event.count(CountKind::kKilled)->best, 130);
  ASSERT_EQ(se.event.sources.size(), 2u);
  EXPECT_EQ(se.event.sources[1].sentence, "The toll rose to 130.");
  ASSERT_EQ(se.history.size(), 2u);
  EXPECT_EQ(se.history[0].action, "created");
  EXPECT_EQ(se.history[1].action, "merged");
  EXPECT_EQ(se.history[1].changes, std::vector<std::string>{"killed 115 -> 130"});
  EXPECT_EQ(se.created, "2026-11-29T08:00:00Z");
  EXPECT_EQ(se.updated, "2026-11-29T09:00:00Z");
  EXPECT_EQ(store_->Stats()->merges, 1);
  // Updating an event that is not there is an error, not an insert.
  ASSERT_TRUE(store_->Begin().ok());
  Event ghost = MakeEvent("ev_ghost", "2024-03-22", "RU", 55.8, 37.3, 1, "c.txt");
  EXPECT_EQ(store_->PutEvent(ghost, Change("merged"), false).code(), Status::Code::kNotFound);
  ASSERT_TRUE(store_->Rollback().ok());
  EXPECT_EQ(store_->GetEvent("ev_ghost", &se).code(), Status::Code::kNotFound);
}

TEST_F(SqliteStoreTest, CandidatesOverlapTheDaysAndShareTheCountry) {
  Put(MakeEvent("ev_day", "2024-03-22", "RU", 55.8, 37.3, 115, "a"));
  Put(MakeEvent("ev_month", "2024-03", "RU", 55.8, 37.3, 40, "b"));
  Put(MakeEvent("ev_far", "2024-05-01", "RU", 55.8, 37.3, 4, "c"));
  Put(MakeEvent("ev_other", "2024-03-22", "UA", 50.4, 30.5, 4, "d"));
  Event probe = MakeEvent("x", "2024-03-23", "RU", 0, 0, 0, "e");
  int64_t first, last;
  ASSERT_TRUE(EventDayRange(probe, &first, &last));
  std::vector<Event> c;
  ASSERT_TRUE(store_->Candidates(first, last, "RU", &c).ok());
  std::vector<std::string> ids;
  for (const Event& e : c) ids.push_back(e.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"ev_day", "ev_month"}));
}

TEST_F(SqliteStoreTest, QueriesFilterSortAndLimit) {
  Put(MakeEvent("ev_moscow", "2024-03-22", "RU", 55.82, 37.33, 130, "a"), "2026-11-29T08:00:00Z");
  Put(MakeEvent("ev_beslan", "2004-09", "RU", 43.19, 44.54, 330, "b"), "2026-11-29T08:00:00Z");
  Event kabul = MakeEvent("ev_kabul", "2021-08-26", "AF", 34.53, 69.17, 170, "c");
  kabul.actors = {{"Taliban", "side", {"Taliban"}}};
  kabul.type = "Explosions/Remote violence";
  kabul.subtype = "Suicide bomb";
  kabul.summary = "A suicide bomber struck outside Kabul airport";
  Put(kabul, "2026-11-29T10:00:00Z");
  Event undated = MakeEvent("ev_undated", "", "RU", 59.9, 30.3, std::nullopt, "d");
  undated.date_precision.clear();
  Put(undated);

  EventQuery q;
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"ev_moscow", "ev_kabul", "ev_beslan", "ev_undated"}));
  q.sort = EventQuery::Sort::kKilled;
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"ev_beslan", "ev_kabul", "ev_moscow", "ev_undated"}));
  q.limit = 2;
  EXPECT_EQ(Ids(q), (std::vector<std::string>{"ev_beslan", "ev_kabul"}));

  EventQuery country;
  country.countries = {"RU"};
  country.min_killed = 131;
  EXPECT_EQ(Ids(country), (std::vector<std::string>{"ev_beslan"}));

  EventQuery since;
  since.since = "2021";
  since.until = "2023-12";
  EXPECT_EQ(Ids(since), (std::vector<std::string>{"ev_kabul"}));
  since.since = "2004-09-15";  // inside Beslan's month
  since.until = "2004-09-15";
  EXPECT_EQ(Ids(since), (std::vector<std::string>{"ev_beslan"}));

  EventQuery near;
  near.near_lat = 55.75;
  near.near_lon = 37.62;
  near.near_km = 100;
  EXPECT_EQ(Ids(near), (std::vector<std::string>{"ev_moscow"}));
  near.near_km = 1500;
  EXPECT_EQ(Ids(near), (std::vector<std::string>{"ev_moscow", "ev_beslan", "ev_undated"}));

  EventQuery type;
  type.types = {"Explosions/Remote violence"};
  EXPECT_EQ(Ids(type), (std::vector<std::string>{"ev_kabul"}));
  type.types.clear();
  type.subtypes = {"Attack"};
  EXPECT_EQ(Ids(type).size(), 3u);

  EventQuery actor;
  actor.actor = "isis-k";  // a mention, any case
  EXPECT_EQ(Ids(actor).size(), 3u);
  actor.actor = "Islamic State-Khorasan";  // an alias the lexicon knows, never written here
  EXPECT_EQ(Ids(actor).size(), 3u);
  actor.actor = "taliban";
  EXPECT_EQ(Ids(actor), (std::vector<std::string>{"ev_kabul"}));

  EventQuery text;
  text.text = "suicide airport";
  EXPECT_EQ(Ids(text), (std::vector<std::string>{"ev_kabul"}));
  text.text = "IS-K";  // operators are words
  EXPECT_EQ(Ids(text).size(), 3u);
  text.text = "\"unbalanced";
  EXPECT_TRUE(Ids(text).empty());
  text.text = std::string("airport\0\"x", 10);  // control bytes are spaces
  EXPECT_TRUE(Ids(text).empty());
  text.text = std::string("airport\0suicide", 15);
  EXPECT_EQ(Ids(text), (std::vector<std::string>{"ev_kabul"}));

  EventQuery admin;
  admin.admin1 = "some province";
  EXPECT_EQ(Ids(admin).size(), 4u);

  EventQuery changed;
  changed.changed_since = "2026-11-29T09";
  EXPECT_EQ(Ids(changed), (std::vector<std::string>{"ev_kabul"}));

  EventQuery bad;
  bad.since = "March";
  std::vector<Event> evs;
  EXPECT_EQ(store_->QueryEvents(bad, &evs).code(), Status::Code::kInvalidArgument);
  bad.since.clear();
  bad.near_lat = 95;
  bad.near_lon = 0;
  bad.near_km = 10;
  EXPECT_EQ(store_->QueryEvents(bad, &evs).code(), Status::Code::kInvalidArgument);
}

TEST_F(SqliteStoreTest, FollowsAndAlerts) {
  Follow f;
  f.actor = "IS-K";
  f.created = "2026-11-29T08:00:00Z";
  Result<int64_t> id = store_->AddFollow(f);
  ASSERT_TRUE(id.ok());
  Follow g;
  g.place = "Moscow";
  g.lat = 55.75;
  g.lon = 37.62;
  g.km = 100;
  g.types = {"Battles", "Suicide bomb"};
  g.min_killed = 10;
  g.created = "2026-11-29T08:00:00Z";
  ASSERT_TRUE(store_->AddFollow(g).ok());
  std::vector<Follow> all;
  ASSERT_TRUE(store_->ListFollows(&all).ok());
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all[0].actor, "IS-K");
  EXPECT_FALSE(all[0].lat.has_value());
  EXPECT_EQ(all[1].types, (std::vector<std::string>{"Battles", "Suicide bomb"}));
  EXPECT_EQ(*all[1].min_killed, 10);
  EXPECT_EQ(all[1].Describe(), "within 100 km of Moscow, type Battles or Suicide bomb, 10+ killed");
  ASSERT_TRUE(store_->RemoveFollow(*id).ok());
  EXPECT_EQ(store_->RemoveFollow(*id).code(), Status::Code::kNotFound);

  Alert one{0, 2, "ev_1", "new", "2026-11-29T08:00:00Z", "one"};
  Alert two{0, 2, "ev_2", "updated", "2026-11-29T10:00:00Z", "two"};
  ASSERT_TRUE(store_->PutAlert(&one).ok());
  ASSERT_TRUE(store_->PutAlert(&two).ok());
  EXPECT_EQ(one.id, 1);
  EXPECT_EQ(two.id, 2);
  std::vector<Alert> alerts;
  ASSERT_TRUE(store_->ListAlerts("2026-11-29T09", &alerts).ok());
  ASSERT_EQ(alerts.size(), 1u);
  EXPECT_EQ(alerts[0].event_id, "ev_2");
  EXPECT_EQ(alerts[0].action, "updated");
}

TEST(SqliteStoreFileTest, MigratesAVersionOneDatabase) {
  std::string path = ::testing::TempDir() + "dateline_store_v1_" + std::to_string(getpid()) + ".db";
  for (const char* sfx : {"", "-wal", "-shm"}) std::filesystem::remove(path + sfx);
  {
    Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    ASSERT_TRUE((*s)->Begin().ok());
    EventChange c;
    c.at = "2026-11-29T08:00:00Z";
    c.doc = "a";
    c.action = "created";
    ASSERT_TRUE(
        (*s)->PutEvent(MakeEvent("ev_old", "2024-03-22", "RU", 55.82, 37.33, 130, "a"), c, true)
            .ok());
    ASSERT_TRUE((*s)->Commit().ok());
  }
  // As a version-1 file was: no event_geo.
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(
      sqlite3_exec(db, "DROP TABLE event_geo; PRAGMA user_version=1", nullptr, nullptr, nullptr),
      SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EventQuery near;
  near.near_lat = 55.75;
  near.near_lon = 37.62;
  near.near_km = 50;
  std::vector<Event> evs;
  ASSERT_TRUE((*s)->QueryEvents(near, &evs).ok());
  ASSERT_EQ(evs.size(), 1u);  // found through the R-tree migration 2 filled
  EXPECT_EQ(evs[0].id, "ev_old");
  EXPECT_EQ(SqliteSchemaVersion(), 2);
  s->reset();
  for (const char* sfx : {"", "-wal", "-shm"}) std::filesystem::remove(path + sfx);
}

TEST(SqliteStoreFileTest, ReopensAndRefusesNewerSchemas) {
  std::string path =
      ::testing::TempDir() + "dateline_store_test_" + std::to_string(getpid()) + ".db";
  std::filesystem::remove(path);
  {
    Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    Follow f;
    f.actor = "Al-Shabaab";
    f.created = "t";
    ASSERT_TRUE((*s)->AddFollow(f).ok());
  }
  {
    Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
    ASSERT_TRUE(s.ok());
    std::vector<Follow> all;
    ASSERT_TRUE((*s)->ListFollows(&all).ok());
    EXPECT_EQ(all.size(), 1u);
  }
  sqlite3* db;
  ASSERT_EQ(sqlite3_open(path.c_str(), &db), SQLITE_OK);
  ASSERT_EQ(sqlite3_exec(db, "PRAGMA user_version=99", nullptr, nullptr, nullptr), SQLITE_OK);
  sqlite3_close(db);
  Result<std::unique_ptr<Store>> s = OpenSqliteStore(path);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), Status::Code::kUnsupported);
  EXPECT_NE(s.status().message().find("newer"), std::string::npos);
  // Not a database at all.
  std::string junk = path + ".junk";
  FILE* f = std::fopen(junk.c_str(), "wb");
  std::fputs("this is not a database, just text long enough to be a header ...........", f);
  std::fclose(f);
  Result<std::unique_ptr<Store>> j = OpenSqliteStore(junk);
  EXPECT_FALSE(j.ok());
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  std::filesystem::remove(path + "-shm");
  std::filesystem::remove(junk);
}

}  // namespace
}  // namespace dateline
