// Copyright 2026 The Dateline Authors.

#include "store/ingester.h"

#include <xxhash.h>

#include <algorithm>
#include <atomic>
#include <ctime>
#include <thread>
#include <unordered_set>
#include <utility>

#include "article/extract.h"
#include "events/extract_events.h"
#include "fuse/fuse.h"
#include "store/follow.h"
#include "util/clock.h"
#include "util/strings.h"

namespace dateline {

namespace {

std::string Hex(uint64_t v, int digits) {
  static const char kHex[] = "0123456789abcdef";
  std::string out(static_cast<size_t>(digits), '0');
  for (int i = digits - 1; i >= 0; --i) {
    out[static_cast<size_t>(i)] = kHex[v & 15];
    v >>= 4;
  }
  return out;
}

// One line for an alert: the event and what changed.
std::string Describe(const Event& ev, const std::vector<std::string>& changes) {
  std::string s =
      ev.id + " " + (ev.date.empty() ? "undated" : ev.date) + " " + ev.type + "/" + ev.subtype;
  if (ev.place)
    s += ", " + ev.place->name +
         (ev.place->country_code.empty() ? "" : " " + ev.place->country_code);
  if (const auto& k = ev.count(CountKind::kKilled)) {
    s += ", killed " + std::to_string(k->best) + (k->min && !k->max ? "+" : "");
  }
  if (!changes.empty()) s += " (" + Join(changes, "; ") + ")";
  return s;
}

}  // namespace

std::string DocumentHash(const Document& doc) {
  XXH128_hash_t h = XXH3_128bits(doc.body.data(), doc.body.size());
  return Hex(h.high64, 16) + Hex(h.low64, 16);
}

struct Ingester::Extracted {
  std::string hash;
  bool skip = false;
  Status status;
  std::vector<Article> articles;
  std::vector<Event> events;
};

Ingester::Ingester(Store* store, IngestOptions options)
    : store_(store), options_(std::move(options)) {}

Ingester::~Ingester() = default;

Status Ingester::Add(Document doc) {
  queued_bytes_ += doc.body.size();
  queue_.push_back(std::move(doc));
  if (queue_.size() >= options_.batch_documents || queued_bytes_ >= options_.batch_bytes) {
    return WriteBatch();
  }
  return Status::OK();
}

Status Ingester::Flush() { return queue_.empty() ? Status::OK() : WriteBatch(); }

Status Ingester::WriteBatch() {
  std::vector<Document> docs = std::move(queue_);
  queue_.clear();
  queued_bytes_ = 0;
  if (!follows_loaded_) {
    DATELINE_RETURN_IF_ERROR(store_->ListFollows(&follows_));
    follows_loaded_ = true;
  }
  const std::string now = options_.now.empty() ? NowUtcIso() : options_.now;

  IngestStats stats = stats_;
  auto fail = [&](Status st) {
    store_->Rollback();
    return st;
  };

  // Which documents are new (checked again under the batch's lock below:
  // another writer may store one meanwhile).
  std::vector<Extracted> work(docs.size());
  std::unordered_set<std::string> in_batch;
  for (size_t i = 0; i < docs.size(); ++i) {
    work[i].hash = DocumentHash(docs[i]);
    Result<bool> has = store_->HasDocument(work[i].hash);
    if (!has.ok()) return has.status();
    work[i].skip = *has || !in_batch.insert(work[i].hash).second;
  }

  // Articles and events, on several threads, outside the batch: a shared
  // store is locked only while a batch fuses and writes.
  ArticleOptions article_options;
  std::atomic<size_t> next{0};
  auto extract = [&] {
    for (size_t i = next++; i < docs.size(); i = next++) {
      Extracted& x = work[i];
      if (x.skip) continue;
      x.status = ExtractArticles(docs[i], article_options, &x.articles);
      if (x.status.ok()) x.status = ExtractEvents(docs[i], x.articles, &x.events);
    }
  };
  int threads = options_.threads > 0 ? options_.threads
                                     : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, static_cast<int>(std::max<size_t>(docs.size(), 1)));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(extract);
  extract();
  for (auto& t : pool) t.join();

  DATELINE_RETURN_IF_ERROR(store_->Begin());
  for (Extracted& x : work) {
    if (x.skip) continue;
    Result<bool> has = store_->HasDocument(x.hash);
    if (!has.ok()) return fail(has.status());
    x.skip = *has;
  }

  // Written in input order.
  std::vector<Alert> alerts;
  for (size_t i = 0; i < docs.size(); ++i) {
    const Document& doc = docs[i];
    Extracted& x = work[i];
    ++stats.documents;
    stats.bytes += static_cast<int64_t>(doc.body.size());
    if (x.skip) {
      ++stats.duplicates;
      continue;
    }
    if (!x.status.ok()) {
      ++stats.failed;
      if (on_error) on_error(doc.name, x.status);
      continue;
    }
    Status st = store_->PutDocument(doc, x.hash, x.articles, now);
    if (!st.ok()) return fail(st.WithContext(doc.name + ": "));
    ++stats.stored;
    stats.articles += static_cast<int64_t>(x.articles.size());

    for (Event& ev : x.events) {
      // The stored event this one reports, if any.
      Event merged;
      FusionMatch best;
      int64_t first, last;
      if (options_.fuse && EventDayRange(ev, &first, &last)) {
        std::vector<Event> candidates;
        st = store_->Candidates(first, last, ev.place ? ev.place->country_code : "", &candidates);
        if (!st.ok()) return fail(st);
        for (Event& c : candidates) {
          // The document's own events were told apart within it.
          bool own = std::any_of(c.sources.begin(), c.sources.end(),
                                 [&](const Source& s) { return s.doc == doc.name; });
          if (own) continue;
          FusionMatch m = MatchEvents(c, ev);
          if (m.same && (!best.same || m.score > best.score)) {
            best = std::move(m);
            merged = std::move(c);
          }
        }
      }
      EventChange change;
      change.at = now;
      change.doc = doc.name;
      bool is_new = !best.same;
      Event* out = &ev;
      if (is_new) {
        // A stable id: the document's content and the event's own id.
        // (Not its path: the same page read from anywhere is the same.)
        std::string key = x.hash + ":" + ev.type + ":" + ev.subtype + ":" + ev.summary + ":" +
                          std::to_string(ev.sources.empty() ? 0 : ev.sources[0].span_begin);
        for (int salt = 0;; ++salt) {
          ev.id =
              "ev_" +
              Hex(XXH3_64bits_withSeed(key.data(), key.size(), static_cast<uint64_t>(salt)), 10);
          Result<bool> taken = store_->HasEvent(ev.id);
          if (!taken.ok()) return fail(taken.status());
          if (!*taken) break;
        }
        change.action = "created";
        change.reason = "first report";
        ++stats.events_new;
      } else {
        change.action = "merged";
        change.reason = best.reason;
        change.changes = MergeEvent(ev, &merged);
        out = &merged;
        ++stats.events_merged;
      }
      st = store_->PutEvent(*out, change, is_new);
      if (!st.ok()) return fail(st.WithContext(doc.name + ": "));
      for (const Follow& f : follows_) {
        if (!FollowMatches(f, *out)) continue;
        Alert a;
        a.follow = f.id;
        a.event_id = out->id;
        a.action = is_new ? "new" : "updated";
        a.at = now;
        a.what = Describe(*out, change.changes);
        st = store_->PutAlert(&a);
        if (!st.ok()) return fail(st);
        alerts.push_back(std::move(a));
      }
    }
  }
  DATELINE_RETURN_IF_ERROR(store_->Commit());
  ++stats.batches;
  stats_ = stats;
  if (on_alert) {
    for (const Alert& a : alerts) on_alert(a);
  }
  if (on_batch) on_batch(stats_);
  return Status::OK();
}

}  // namespace dateline
