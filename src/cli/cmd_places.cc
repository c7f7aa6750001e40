// Copyright 2026 The Dateline Authors.
//
// dateline places TEXT|PATH... [--country C] [--format text|jsonl] [--all]
// dateline places --name NAME [--in CONTAINER] [--feature NOUN] [--country C]
//
// For people debugging a place: the place mentions of a text (or of the
// articles of a file, directory or stdin), and for each the gazetteer's
// candidates, the one ResolvePlace chose and why. The country hint of a
// text is --country, else the country its mentions name most. With --name,
// one name is resolved with the hints given.

#include <sys/stat.h>

#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "article/extract.h"
#include "cli/commands.h"
#include "events/place_mentions.h"
#include "geo/gazetteer.h"
#include "geo/resolve.h"
#include "ingest/ingest.h"
#include "util/json_writer.h"

namespace dateline::cli {

namespace {

struct Options {
  std::string country;
  bool json = false;
  bool all = false;
};

void PlaceJson(const GeoPlace& p, JsonWriter* w) {
  w->BeginObject();
  w->Key("name");
  w->String(p.name);
  w->Key("kind");
  w->String(PlaceKindName(p.kind));
  w->Key("geonames_id");
  if (p.geonameid) {
    w->Int(p.geonameid);
  } else {
    w->Null();
  }
  w->Key("lat");
  w->Double(p.lat, 5);
  w->Key("lon");
  w->Double(p.lon, 5);
  w->Key("country_code");
  w->StringOrNull(p.country_code);
  w->Key("country");
  w->StringOrNull(p.country_name);
  w->Key("admin1");
  w->StringOrNull(p.admin1_name);
  w->Key("admin2");
  w->StringOrNull(p.admin2_name);
  w->Key("feature_code");
  w->StringOrNull(p.feature_code);
  w->Key("population");
  w->Int(p.population);
  w->EndObject();
}

std::string Line(const GeoPlace& p) {
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.*s | %.*s | %.*s | %.*s | %s %.*s pop %u | %.4f,%.4f | id %u",
                static_cast<int>(p.name.size()), p.name.data(),
                static_cast<int>(p.admin2_name.size()), p.admin2_name.data(),
                static_cast<int>(p.admin1_name.size()), p.admin1_name.data(),
                static_cast<int>(p.country_code.size()), p.country_code.data(),
                PlaceKindName(p.kind), static_cast<int>(p.feature_code.size()),
                p.feature_code.data(), p.population, p.lat, p.lon, p.geonameid);
  return buf;
}

// Writes one resolution: text or a JSON object (without the closing brace
// when `open`, so the caller can add fields).
void Report(const std::string& label, const PlaceResolution& r, bool found, const Options& o,
            std::string* out) {
  if (o.json) {
    JsonWriter w(out);
    w.BeginObject();
    w.Key("mention");
    w.String(label);
    w.Key("country_hint");
    w.StringOrNull(r.country_code);
    w.Key("place");
    if (found) {
      PlaceJson(r.place, &w);
    } else {
      w.Null();
    }
    w.Key("precision");
    if (found) {
      w.String(PlacePrecisionName(r.precision));
    } else {
      w.Null();
    }
    w.Key("fell_back_to_container");
    w.Bool(r.fell_back_to_container);
    w.Key("why");
    w.String(r.why);
    w.Key("candidates");
    w.BeginArray();
    size_t n = 0;
    for (const ScoredCandidate& c : r.candidates) {
      if (!o.all && n++ >= 8) break;
      w.BeginObject();
      w.Key("score");
      w.Double(c.score, 2);
      w.Key("match");
      w.String(NameMatchName(c.candidate.match));
      w.Key("place");
      PlaceJson(c.candidate.place, &w);
      w.Key("reasons");
      w.BeginArray();
      for (const std::string& s : c.reasons) w.String(s);
      w.EndArray();
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    *out += '\n';
    return;
  }
  *out += label + "\n";
  if (found) {
    *out += "  => " + Line(r.place) + " | precision " + PlacePrecisionName(r.precision) + "\n";
  } else {
    *out += "  => (none)\n";
  }
  *out += "  why: " + r.why + "\n";
  size_t n = 0;
  for (const ScoredCandidate& c : r.candidates) {
    if (!o.all && n >= 8) {
      *out += "     ... " + std::to_string(r.candidates.size() - n) + " more (--all)\n";
      break;
    }
    ++n;
    char buf[32];
    std::snprintf(buf, sizeof buf, "  %6.2f ", c.score);
    *out += buf + Line(c.candidate.place) + " [" + NameMatchName(c.candidate.match) + "]\n";
  }
}

// The country a text is about: the one its mentions (and their
// containers) name most; ties to the first named.
std::string TextCountry(const Gazetteer& g, const std::vector<PlaceMention>& mentions) {
  std::map<std::string, int> count;
  std::vector<std::string> order;
  for (const PlaceMention& m : mentions) {
    for (const std::string& s : {m.name, m.container}) {
      std::string cc = CountryCodeOf(g, s);
      if (cc.empty()) continue;
      if (count[cc]++ == 0) order.push_back(cc);
    }
  }
  std::string best;
  int n = 0;
  for (const std::string& cc : order) {
    if (count[cc] > n) {
      best = cc;
      n = count[cc];
    }
  }
  return best;
}

void PlacesOfText(const Gazetteer& g, std::string_view what, std::string_view text,
                  const Options& o, std::string* out) {
  std::vector<PlaceMention> mentions = FindPlaceMentions(text);
  std::string country = o.country.empty() ? TextCountry(g, mentions) : o.country;
  if (!o.json) {
    *out += "== " + std::string(what) + ": " + std::to_string(mentions.size()) +
            " place mention(s); country of the text: " + (country.empty() ? "?" : country) + "\n";
  }
  for (const PlaceMention& m : mentions) {
    PlaceHints h;
    h.container = m.container;
    h.container_feature = m.container_feature;
    h.country = country;
    h.feature = m.feature;
    PlaceResolution r;
    bool found = ResolvePlace(g, m.name, h, &r);
    std::string label = "\"" + m.name + "\"";
    if (!m.feature.empty()) label += " [" + m.feature + "]";
    if (!m.container.empty()) {
      label += " in \"" + m.container + "\"";
      if (!m.container_feature.empty()) label += " [" + m.container_feature + "]";
    }
    label += " @" + std::to_string(m.span.begin) + "-" + std::to_string(m.span.end) +
             " rank " + std::to_string(m.rank) + (m.facility ? " facility" : "");
    Report(label, r, found, o, out);
  }
}

class PlacesSink : public DocumentSink {
 public:
  PlacesSink(const Gazetteer& g, const Options& o) : g_(g), o_(o) {}

  void OnDocument(Document doc) override {
    std::vector<Article> articles;
    Status st = ExtractArticles(doc, ArticleOptions(), &articles);
    if (!st.ok()) {
      OnError(doc.name, st);
      return;
    }
    for (const Article& a : articles) {
      std::string text = a.headline + "\n\n" + a.Body();
      std::string out;
      PlacesOfText(g_, doc.name + "#" + std::to_string(a.index), text, o_, &out);
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  }

  void OnError(std::string_view input, const Status& status) override {
    ++failed_;
    std::fprintf(stderr, "dateline: %.*s: %s\n", static_cast<int>(input.size()), input.data(),
                 status.ToString().c_str());
  }

  int failed() const { return failed_; }

 private:
  const Gazetteer& g_;
  const Options& o_;
  int failed_ = 0;
};

bool IsPath(const std::string& s) {
  struct stat st;
  return s == "-" || ::stat(s.c_str(), &st) == 0;
}

}  // namespace

int RunPlaces(const Args& args) {
  ParsedArgs p = ParseArgs(args, {"format", "country", "name", "in", "feature"}, {"all"});
  if (!p.error.empty()) {
    PrintError(p.error);
    return 2;
  }
  Options o;
  std::string format = p.Get("format", "text");
  if (format != "jsonl" && format != "text") {
    PrintError("--format must be text or jsonl, not '" + format + "'");
    return 2;
  }
  o.json = format == "jsonl";
  o.all = p.Has("all");
  o.country = p.Get("country");
  if (p.positional.empty() && !p.Has("name")) {
    PrintError("places: nothing to do; give TEXT, PATH... or --name NAME");
    return 2;
  }
  const Gazetteer* g = Gazetteer::Default();
  if (!g) {
    PrintError("places: " + Gazetteer::DefaultStatus().ToString());
    return 1;
  }
  if (p.Has("name")) {
    PlaceHints h;
    std::string container = p.Get("in"), feature = p.Get("feature");
    h.container = container;
    h.feature = feature;
    h.country = o.country;
    PlaceResolution r;
    bool found = ResolvePlace(*g, p.Get("name"), h, &r);
    std::string out;
    Report(p.Get("name"), r, found, o, &out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return found ? 0 : 1;
  }
  bool paths = true;
  for (const std::string& a : p.positional) paths = paths && IsPath(a);
  if (!paths) {
    std::string text;
    for (const std::string& a : p.positional) text += (text.empty() ? "" : " ") + a;
    std::string out;
    PlacesOfText(*g, "text", text, o, &out);
    std::fwrite(out.data(), 1, out.size(), stdout);
    return 0;
  }
  PlacesSink sink(*g, o);
  IngestPaths(p.positional, IngestLimits(), &sink);
  std::fflush(stdout);
  return sink.failed() ? 1 : 0;
}

}  // namespace dateline::cli
