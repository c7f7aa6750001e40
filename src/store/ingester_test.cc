// Copyright 2026 The Dateline Authors.

#include "store/ingester.h"

#include <gtest/gtest.h>

#include "events/event_json.h"
#include "store/sqlite_store.h"

namespace dateline {
namespace {

Document Wire(const char* name, const char* published, const char* text) {
  Document d;
  d.name = name;
  d.published = published;
  d.body = text;
  return d;
}

// Three outlets on one bombing, the toll rising; a second incident in the
// same city and week; one elsewhere.
std::vector<Document> Reports() {
  return {
      Wire("wire-1", "2023-05-14",
           "A suicide bomber killed at least 12 people at a busy market in Mogadishu on "
           "Sunday, police said."),
      Wire("wire-2", "2023-05-15",
           "The death toll from Sunday's suicide bombing at a market in Mogadishu rose to 19, "
           "officials said on Monday. Al-Shabaab claimed responsibility for the attack."),
      Wire("wire-3", "2023-05-18",
           "Gunmen shot dead three people at a checkpoint in Mogadishu on Thursday, "
           "police said."),
      Wire("wire-4", "2023-05-14",
           "Gunmen killed nine villagers in an attack near Maiduguri in northeast Nigeria on "
           "Sunday, residents said."),
  };
}

class IngesterTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::unique_ptr<Store>> s = OpenSqliteStore(":memory:");
    ASSERT_TRUE(s.ok());
    store_ = std::move(*s);
  }
  std::vector<Event> All() {
    std::vector<Event> evs;
    EventQuery q;
    EXPECT_TRUE(store_->QueryEvents(q, &evs).ok());
    return evs;
  }
  std::unique_ptr<Store> store_;
};

TEST_F(IngesterTest, ReportsOfOneIncidentBecomeOneEventWithRevisions) {
  IngestOptions o;
  o.now = "2026-11-29T08:00:00Z";
  Ingester in(store_.get(), o);
  for (Document& d : Reports()) ASSERT_TRUE(in.Add(std::move(d)).ok());
  ASSERT_TRUE(in.Flush().ok());
  EXPECT_EQ(in.stats().stored, 4);
  EXPECT_EQ(in.stats().events_merged, 1);

  std::vector<Event> evs = All();
  ASSERT_EQ(evs.size(), 3u);
  const Event* bombing = nullptr;
  for (const Event& e : evs) {
    if (e.sources.size() >= 2) bombing = &e;
  }
  ASSERT_NE(bombing, nullptr);
  EXPECT_EQ(bombing->sources[0].doc, "wire-1");
  EXPECT_EQ(bombing->sources[1].doc, "wire-2");
  EXPECT_EQ(bombing->sources.back().doc, "wire-2");  // and its claim sentence
  ASSERT_FALSE(bombing->actors.empty());
  EXPECT_EQ(bombing->actors.back().name, "Al-Shabaab");
  EXPECT_EQ(bombing->date, "2023-05-14");
  ASSERT_TRUE(bombing->count(CountKind::kKilled));
  EXPECT_EQ(bombing->count(CountKind::kKilled)->best, 19);
  ASSERT_GE(bombing->revisions.size(), 2u);
  EXPECT_EQ(bombing->revisions.front().best, 12);
  EXPECT_EQ(bombing->revisions.back().best, 19);
  EXPECT_EQ(bombing->revisions.back().source, 1);

  StoredEvent se;
  ASSERT_TRUE(store_->GetEvent(bombing->id, &se).ok());
  ASSERT_EQ(se.history.size(), 2u);
  EXPECT_EQ(se.history[1].action, "merged");
  EXPECT_EQ(se.history[1].doc, "wire-2");
  EXPECT_NE(se.history[1].reason.find("same day"), std::string::npos) << se.history[1].reason;
  EXPECT_FALSE(se.history[1].changes.empty());
}

TEST_F(IngesterTest, IngestingAgainAddsNothing) {
  {
    Ingester in(store_.get(), IngestOptions());
    for (Document& d : Reports()) ASSERT_TRUE(in.Add(std::move(d)).ok());
    ASSERT_TRUE(in.Flush().ok());
  }
  StoreStats before = *store_->Stats();
  Ingester again(store_.get(), IngestOptions());
  for (Document& d : Reports()) ASSERT_TRUE(again.Add(std::move(d)).ok());
  Document copy = Reports()[0];
  copy.name = "same-text-other-name";
  ASSERT_TRUE(again.Add(copy).ok());
  ASSERT_TRUE(again.Flush().ok());
  EXPECT_EQ(again.stats().duplicates, 5);
  EXPECT_EQ(again.stats().stored, 0);
  StoreStats after = *store_->Stats();
  EXPECT_EQ(after.documents, before.documents);
  EXPECT_EQ(after.events, before.events);
  EXPECT_EQ(after.sources, before.sources);
}

TEST_F(IngesterTest, ResultDoesNotDependOnThreadsOrBatches) {
  auto run = [](int threads, size_t batch) {
    std::unique_ptr<Store> s = std::move(*OpenSqliteStore(":memory:"));
    IngestOptions o;
    o.threads = threads;
    o.batch_documents = batch;
    Ingester in(s.get(), o);
    for (Document& d : Reports()) EXPECT_TRUE(in.Add(std::move(d)).ok());
    EXPECT_TRUE(in.Flush().ok());
    std::vector<Event> evs;
    EXPECT_TRUE(s->QueryEvents(EventQuery(), &evs).ok());
    std::string out;
    for (const Event& e : evs) AppendEventJson(e, &out);
    return out;
  };
  std::string one = run(1, 1);
  EXPECT_FALSE(one.empty());
  EXPECT_EQ(one, run(2, 256));
  EXPECT_EQ(one, run(3, 2));
}

TEST_F(IngesterTest, WithoutFusionEveryEventIsNew) {
  IngestOptions o;
  o.fuse = false;
  Ingester in(store_.get(), o);
  for (Document& d : Reports()) ASSERT_TRUE(in.Add(std::move(d)).ok());
  ASSERT_TRUE(in.Flush().ok());
  EXPECT_EQ(in.stats().events_merged, 0);
  EXPECT_EQ(All().size(), 4u);
}

TEST_F(IngesterTest, FollowsRaiseAlertsForNewAndUpdatedEvents) {
  Follow f;
  f.place = "Mogadishu";
  f.lat = 2.04;
  f.lon = 45.34;
  f.km = 30;
  f.created = "t";
  ASSERT_TRUE(store_->AddFollow(f).ok());
  Follow g;
  g.actor = "al-Shabab";  // an alias of the group wire-2 names
  g.created = "t";
  ASSERT_TRUE(store_->AddFollow(g).ok());
  IngestOptions o;
  o.now = "2026-11-29T08:00:00Z";
  Ingester in(store_.get(), o);
  std::vector<Alert> seen;
  in.on_alert = [&](const Alert& a) { seen.push_back(a); };
  for (Document& d : Reports()) ASSERT_TRUE(in.Add(std::move(d)).ok());
  ASSERT_TRUE(in.Flush().ok());
  // Mogadishu: the bombing (new, then updated) and the checkpoint shooting;
  // Al-Shabaab: the bombing once it is named. Nothing for Nigeria.
  int place_new = 0, place_updated = 0, actor = 0;
  for (const Alert& a : seen) {
    if (a.follow == 1 && a.action == "new") ++place_new;
    if (a.follow == 1 && a.action == "updated") ++place_updated;
    if (a.follow == 2) ++actor;
    EXPECT_EQ(a.what.find("Nigeria"), std::string::npos);
  }
  EXPECT_EQ(place_new, 2);
  EXPECT_EQ(place_updated, 1);
  EXPECT_EQ(actor, 1);
  std::vector<Alert> stored;
  ASSERT_TRUE(store_->ListAlerts("", &stored).ok());
  EXPECT_EQ(stored.size(), seen.size());
}

TEST(DocumentHashTest, DependsOnTheTextOnly) {
  Document a = Wire("a", "2023-05-14", "Same text.");
  Document b = Wire("b", "2023-05-15", "Same text.");
  Document c = Wire("a", "2023-05-14", "Other text.");
  EXPECT_EQ(DocumentHash(a), DocumentHash(b));
  EXPECT_NE(DocumentHash(a), DocumentHash(c));
  EXPECT_EQ(DocumentHash(a).size(), 32u);
}

}  // namespace
}  // namespace dateline
