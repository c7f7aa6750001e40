// Copyright 2026 The Dateline Authors.

#include "events/event_json.h"

#include "util/json_writer.h"

namespace dateline {

namespace {

void WriteCount(JsonWriter& w, const std::optional<Count>& c) {
  if (!c) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.Key("best"); w.Int(c->best);
  w.Key("min");
  if (c->min) w.Int(*c->min); else w.Null();
  w.Key("max");
  if (c->max) w.Int(*c->max); else w.Null();
  w.Key("text"); w.String(c->text);
  w.Key("groups");
  w.BeginArray();
  for (const auto& g : c->groups) {
    w.BeginObject();
    w.Key("who"); w.String(g.who);
    w.Key("n"); w.Int(g.n);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

void AppendEventJson(const Event& ev, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id"); w.String(ev.id);
  w.Key("type"); w.StringOrNull(ev.type);
  w.Key("subtype"); w.StringOrNull(ev.subtype);
  w.Key("date"); w.StringOrNull(ev.date);
  w.Key("date_precision"); w.StringOrNull(ev.date_precision);
  w.Key("place");
  if (!ev.place) {
    w.Null();
  } else {
    const Place& p = *ev.place;
    w.BeginObject();
    w.Key("name"); w.StringOrNull(p.name);
    w.Key("admin1"); w.StringOrNull(p.admin1);
    w.Key("country"); w.StringOrNull(p.country);
    w.Key("country_code"); w.StringOrNull(p.country_code);
    w.Key("lat");
    if (p.lat) w.Double(*p.lat, 7); else w.Null();
    w.Key("lon");
    if (p.lon) w.Double(*p.lon, 7); else w.Null();
    w.Key("geonames_id");
    if (p.geonames_id) w.Int(*p.geonames_id); else w.Null();
    w.Key("precision"); w.StringOrNull(p.precision);
    w.EndObject();
  }
  w.Key("actors");
  w.BeginArray();
  for (const Actor& a : ev.actors) {
    w.BeginObject();
    w.Key("name"); w.String(a.name);
    w.Key("role"); w.String(a.role);
    w.Key("mentions");
    w.BeginArray();
    for (const auto& m : a.mentions) w.String(m);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  for (int k = 0; k < kNumCountKinds; ++k) {
    w.Key(CountKindName(static_cast<CountKind>(k)));
    WriteCount(w, ev.counts[k]);
  }
  w.Key("summary"); w.String(ev.summary);
  w.Key("sources");
  w.BeginArray();
  for (const Source& s : ev.sources) {
    w.BeginObject();
    w.Key("doc"); w.String(s.doc);
    w.Key("article"); w.Int(s.article);
    w.Key("headline"); w.StringOrNull(s.headline);
    w.Key("published"); w.StringOrNull(s.published);
    w.Key("sentence"); w.String(s.sentence);
    w.Key("span");
    if (s.span_begin >= 0) {
      w.BeginArray();
      w.Int(s.span_begin);
      w.Int(s.span_end);
      w.EndArray();
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("revisions");
  w.BeginArray();
  for (const Revision& r : ev.revisions) {
    w.BeginObject();
    w.Key("seen"); w.StringOrNull(r.seen);
    w.Key("field"); w.String(CountKindName(r.kind));
    w.Key("best"); w.Int(r.best);
    if (r.kind == CountKind::kKilled) {
      w.Key("killed_best"); w.Int(r.best);
    }
    w.Key("text"); w.String(r.text);
    w.Key("source"); w.Int(r.source);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace dateline
