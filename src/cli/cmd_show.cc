// Copyright 2026 The Dateline Authors.
//
// dateline show ID [--db PATH] [--format text|json]
// One event (ev_…) with its sources, the quotes of its articles, the
// revisions of its counts and why each report was merged into it; or one
// article (ar_…).

#include <cstdio>
#include <set>
#include <string>

#include "cli/commands.h"
#include "dateline/store.h"
#include "events/event_json.h"
#include "util/strings.h"

namespace dateline::cli {

namespace {

std::string CountLine(const Count& c) {
  std::string s = std::to_string(c.best);
  if (c.min && !c.max) s += "+";
  if (c.min && c.max && *c.min != *c.max) {
    s += " (" + std::to_string(*c.min) + "-" + std::to_string(*c.max) + ")";
  }
  if (!c.text.empty()) s += "  \"" + c.text + "\"";
  for (const CountGroup& g : c.groups) s += "  " + std::to_string(g.n) + " " + g.who;
  return s;
}

void ShowEvent(Store* store, const StoredEvent& se, std::string* out) {
  const Event& ev = se.event;
  *out += ev.id + "  " + ev.type + " / " + ev.subtype + "\n";
  *out += "date      " +
          (ev.date.empty() ? std::string("unknown") : ev.date + " (" + ev.date_precision + ")") +
          "\n";
  if (ev.place) {
    const Place& p = *ev.place;
    std::string where = p.name;
    if (!p.admin1.empty()) where += ", " + p.admin1;
    if (!p.country.empty() && p.country != p.name) where += ", " + p.country;
    char coords[96] = "";
    if (p.lat && p.lon) std::snprintf(coords, sizeof coords, "  %.4f, %.4f", *p.lat, *p.lon);
    *out += "place     " + where + coords + "  [" + p.precision +
            (p.geonames_id ? ", GeoNames " + std::to_string(*p.geonames_id) : "") + "]\n";
  } else {
    *out += "place     unknown\n";
  }
  for (const Actor& a : ev.actors) {
    *out += "actor     " + a.role + ": " + a.name;
    if (!a.mentions.empty() && !(a.mentions.size() == 1 && a.mentions[0] == a.name)) {
      *out += "  (" + Join(a.mentions, ", ") + ")";
    }
    *out += "\n";
  }
  for (int k = 0; k < kNumCountKinds; ++k) {
    if (!ev.counts[k]) continue;
    char label[16];
    std::snprintf(label, sizeof label, "%-10s", CountKindName(static_cast<CountKind>(k)));
    *out += label + CountLine(*ev.counts[k]) + "\n";
  }
  *out += "summary   " + ev.summary + "\n";
  *out += "created   " + se.created + ", updated " + se.updated + "\n";

  *out += "\nsources (" + std::to_string(ev.sources.size()) + ")\n";
  for (size_t i = 0; i < ev.sources.size(); ++i) {
    const Source& s = ev.sources[i];
    std::string art = i < se.source_articles.size() ? se.source_articles[i] : "";
    *out += "  [" + std::to_string(i) + "] " + s.doc + " #" + std::to_string(s.article);
    if (!art.empty()) *out += " " + art;
    if (!s.published.empty()) *out += "  " + s.published;
    if (!s.headline.empty()) *out += "  \"" + s.headline + "\"";
    *out += "\n      " + s.sentence + "  [" + std::to_string(s.span_begin) + ", " +
            std::to_string(s.span_end) + "]\n";
  }
  if (!ev.revisions.empty()) {
    *out += "\nrevisions\n";
    for (const Revision& r : ev.revisions) {
      char line[96];
      std::snprintf(line, sizeof line, "  %-10s %-9s %6lld", r.seen.c_str(), CountKindName(r.kind),
                    static_cast<long long>(r.best));
      *out += line;
      *out += "  \"" + r.text + "\"  source " + std::to_string(r.source) + "\n";
    }
  }
  // The quotes of the articles the event comes from.
  std::set<std::string> seen;
  std::string quotes;
  for (const std::string& art : se.source_articles) {
    if (art.empty() || !seen.insert(art).second) continue;
    StoredArticle a;
    if (!store->GetArticle(art, &a).ok()) continue;
    for (const Quote& q : a.quotes) {
      if (q.speaker.empty()) continue;
      quotes += "  " + q.speaker;
      if (!q.affiliation.empty()) quotes += ", " + q.affiliation;
      quotes += ": \"" + q.text + "\"  (" + art + ")\n";
    }
  }
  if (!quotes.empty()) *out += "\nquotes\n" + quotes;
  *out += "\nhistory\n";
  for (const EventChange& c : se.history) {
    *out += "  " + c.at + "  " + c.action + " from " + c.doc + ": " + c.reason + "\n";
    for (const std::string& ch : c.changes) *out += "      " + ch + "\n";
  }
}

void ShowArticle(const StoredArticle& a, std::string* out) {
  *out += a.id + "  " + a.doc + " #" + std::to_string(a.index) + "\n";
  if (!a.headline.empty()) *out += a.headline + "\n";
  if (!a.date.empty()) *out += a.date + "\n";
  if (!a.url.empty()) *out += a.url + "\n";
  *out += "\n" + a.body + "\n";
  if (!a.event_ids.empty()) *out += "\nevents: " + Join(a.event_ids, " ") + "\n";
}

}  // namespace

int RunShow(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"db", "format"}, {});
  std::string err = p.error;
  if (err.empty() && p.positional.size() != 1) err = "give one id (ev_… or ar_…)";
  std::string format = p.Get("format", "text");
  if (err.empty() && format != "text" && format != "json") err = "--format must be text or json";
  if (!err.empty()) {
    PrintError("show: " + err);
    return 2;
  }
  Result<std::unique_ptr<Store>> store = Store::Open(DefaultStoreLocation(p.Get("db")));
  if (!store.ok()) {
    PrintError("show: " + store.status().ToString());
    return 1;
  }
  const std::string& id = p.positional[0];
  std::string out;
  if (StartsWith(id, "ar_")) {
    StoredArticle a;
    Status st = (*store)->GetArticle(id, &a);
    if (!st.ok()) {
      PrintError("show: " + st.ToString());
      return 1;
    }
    if (format == "json") {
      out = a.record + "\n";
    } else {
      ShowArticle(a, &out);
    }
  } else {
    StoredEvent se;
    Status st = (*store)->GetEvent(id, &se);
    if (!st.ok()) {
      PrintError("show: " + st.ToString());
      return 1;
    }
    if (format == "json") {
      AppendEventJson(se.event, &out);
      out += "\n";
    } else {
      ShowEvent(store->get(), se, &out);
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return 0;
}

}  // namespace dateline::cli
