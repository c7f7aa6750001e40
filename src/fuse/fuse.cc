// Copyright 2026 The Dateline Authors.

#include "fuse/fuse.h"

#include <algorithm>
#include <cstdlib>
#include <string_view>

#include "events/lexicon.h"
#include "geo/gazetteer.h"
#include "text/dates.h"
#include "util/strings.h"

namespace dateline {

namespace {

// Places of one incident as two outlets name them: a suburb and the city,
// a village and the district town. The scorers' "same place" is 50 km.
constexpr double kSamePlaceKm = 40;
// Closer than this is the same town.
constexpr double kSameTownKm = 5;

// Days a report may be published after the incident it dates only by
// its own publication ("killed 12 people" with no day named).
constexpr int64_t kPublicationLagDays = 2;

// Whether a source sentence names the event's day ("on Sunday", "March
// 22"), rather than the day coming from when the report was published.
bool DateStated(const Event& ev) {
  if (ev.date_precision != "day") return true;
  for (const Source& s : ev.sources) {
    DateValue anchor = DateValue::FromIso(s.published.substr(0, 10));
    for (const DateMention& d : FindDates(s.sentence, anchor)) {
      if (d.value.precision == DatePrecision::kDay && d.value.Iso() == ev.date) return true;
    }
  }
  return false;
}

bool IsViolentType(std::string_view t) {
  return t == "Battles" || t == "Explosions/Remote violence" || t == "Violence against civilians";
}

// 0 point .. 4 country; 5 when unknown.
int PrecisionRank(const std::optional<Place>& p) {
  if (!p) return 5;
  static constexpr std::string_view kOrder[] = {"point", "city", "district", "admin1", "country"};
  for (int i = 0; i < 5; ++i) {
    if (p->precision == kOrder[i]) return i;
  }
  return p->lat ? 1 : 5;
}

bool IsLocal(const std::optional<Place>& p) {
  return p && p->lat && p->lon && PrecisionRank(p) <= 2;
}

std::vector<std::string> NamedPerpetrators(const Event& ev) {
  std::vector<std::string> out;
  for (const Actor& a : ev.actors) {
    if ((a.role == "perpetrator" || a.role == "side") && IsLexiconActor(a.name))
      out.push_back(a.name);
  }
  return out;
}

std::string Fold(std::string_view s) { return ToLowerAscii(std::string(s)); }

struct Check {
  std::string why;
  void Add(std::string_view s) {
    if (!why.empty()) why += "; ";
    why += s;
  }
};

}  // namespace

bool EventDayRange(const Event& ev, int64_t* first, int64_t* last) {
  DateValue d = DateValue::FromIso(ev.date);
  if (!d.valid()) return false;
  *first = d.DayIndex();
  switch (d.precision) {
    case DatePrecision::kDay:
      *last = *first;
      break;
    case DatePrecision::kMonth: {
      DateValue next = d;
      next.month = d.month == 12 ? 1 : d.month + 1;
      next.year = d.month == 12 ? d.year + 1 : d.year;
      *last = next.DayIndex() - 1;
      break;
    }
    default: {
      DateValue next = d;
      next.year = d.year + 1;
      *last = next.DayIndex() - 1;
      break;
    }
  }
  return true;
}

FusionMatch MatchEvents(const Event& stored, const Event& incoming) {
  FusionMatch m;
  Check c;
  auto reject = [&](std::string why) {
    m.same = false;
    m.reason = std::move(why);
    return m;
  };

  // Type family.
  bool same_type = stored.type == incoming.type;
  bool same_subtype = same_type && stored.subtype == incoming.subtype;
  if (!same_type && !(IsViolentType(stored.type) && IsViolentType(incoming.type))) {
    return reject("different kinds of event (" + stored.type + " / " + incoming.type + ")");
  }
  if (same_subtype) {
    c.Add("same type " + stored.type + "/" + stored.subtype);
    m.score += 2;
  } else if (same_type) {
    c.Add("same type " + stored.type);
    m.score += 1;
  } else {
    c.Add("both violent (" + stored.type + " / " + incoming.type + ")");
  }

  // Dates at their precision.
  int64_t a0, a1, b0, b1;
  if (!EventDayRange(stored, &a0, &a1) || !EventDayRange(incoming, &b0, &b1)) {
    return reject("an undated event is never merged");
  }
  bool both_days = a0 == a1 && b0 == b1;
  bool day_apart = false;
  // A day taken from the report's publication, not its text, is a guess:
  // the incident may be a day or two earlier.
  bool guessed = both_days && (!DateStated(stored) || !DateStated(incoming));
  if (guessed) {
    int64_t d = std::llabs(a0 - b0);
    if (d > kPublicationLagDays) {
      return reject("dates " + stored.date + " and " + incoming.date + " differ");
    }
    c.Add("dated by publication (" + stored.date + ", " + incoming.date + ")");
  } else if (both_days) {
    int64_t d = std::llabs(a0 - b0);
    if (d > 1) return reject("dates " + stored.date + " and " + incoming.date + " differ");
    day_apart = d == 1;
    c.Add(d == 0 ? "same day " + stored.date
                 : "dates a day apart (" + stored.date + ", " + incoming.date + ")");
    m.score += d == 0 ? 3 : 2;
  } else {
    if (a1 < b0 || b1 < a0) {
      return reject("dates " + stored.date + " and " + incoming.date + " do not overlap");
    }
    c.Add("dates overlap at their precision (" + stored.date + ", " + incoming.date + ")");
  }

  // Places.
  const auto& p = stored.place;
  const auto& q = incoming.place;
  bool local_match = false;  // both in one town or its suburbs
  // A name the gazetteer did not place says nothing about where it is,
  // except that it is not another unplaced name.
  auto placed = [](const std::optional<Place>& x) { return x && x->lat && x->lon; };
  if (p && q && !placed(p) && !placed(q) && p->country_code.empty() && q->country_code.empty() &&
      Fold(p->name) != Fold(q->name)) {
    return reject("different places (" + p->name + ", " + q->name + ")");
  }
  bool place_known = placed(p) && placed(q);
  if (place_known) {
    if (!p->country_code.empty() && !q->country_code.empty() &&
        p->country_code != q->country_code) {
      return reject("different countries (" + p->country_code + ", " + q->country_code + ")");
    }
    if (IsLocal(p) && IsLocal(q)) {
      double km = DistanceKm(*p->lat, *p->lon, *q->lat, *q->lon);
      if (km > kSamePlaceKm) {
        return reject("places " + std::to_string(static_cast<int>(km)) + " km apart (" + p->name +
                      ", " + q->name + ")");
      }
      local_match = true;
      char buf[160];
      std::snprintf(buf, sizeof buf, "places %.0f km apart (%s, %s)", km, p->name.c_str(),
                    q->name.c_str());
      c.Add(buf);
      m.score += km <= kSameTownKm ? 3 : 2;
    } else {
      // One is a region or a country: the other must lie in it.
      const Place& coarse = PrecisionRank(p) >= PrecisionRank(q) ? *p : *q;
      const Place& fine = PrecisionRank(p) >= PrecisionRank(q) ? *q : *p;
      if (coarse.precision == "admin1" && fine.precision != "admin1" && !fine.admin1.empty() &&
          Fold(fine.admin1) != Fold(coarse.name)) {
        return reject(fine.name + " is not in " + coarse.name);
      }
      if (coarse.precision == "admin1" && fine.precision == "admin1" &&
          Fold(fine.name) != Fold(coarse.name)) {
        return reject("different regions (" + p->name + ", " + q->name + ")");
      }
      c.Add(fine.name + " lies in " + coarse.name);
    }
  } else {
    c.Add("a place unknown");
  }

  // Named perpetrators.
  std::vector<std::string> pa = NamedPerpetrators(stored), pb = NamedPerpetrators(incoming);
  bool shared_group = false;
  for (const auto& x : pa) {
    if (std::find(pb.begin(), pb.end(), x) != pb.end()) {
      shared_group = true;
      c.Add("both name " + x);
      m.score += 3;
      break;
    }
  }
  if (!pa.empty() && !pb.empty() && !shared_group) {
    return reject("different groups named (" + pa[0] + ", " + pb[0] + ")");
  }

  // Tolls: reports of one incident rise, but not tenfold.
  const auto& ka = stored.count(CountKind::kKilled);
  const auto& kb = incoming.count(CountKind::kKilled);
  bool same_toll = false;
  if (ka && kb && ka->best > 0 && kb->best > 0) {
    int64_t lo = std::min(ka->best, kb->best), hi = std::max(ka->best, kb->best);
    if (hi > lo * 3 + 2) {
      return reject("tolls " + std::to_string(ka->best) + " and " + std::to_string(kb->best) +
                    " too far apart");
    }
    same_toll = lo == hi;
    c.Add(same_toll ? "same toll " + std::to_string(lo)
                    : "tolls " + std::to_string(ka->best) + " and " + std::to_string(kb->best) +
                          " compatible");
    m.score += same_toll ? 2 : 1;
  }
  bool distinctive_toll = same_toll && ka->best >= 3;

  // Both give the wounded too: they agree.
  const auto& ia = stored.count(CountKind::kInjured);
  const auto& ib = incoming.count(CountKind::kInjured);
  bool same_wounded = !(ia && ib) || ia->best == ib->best;
  bool year_only = stored.date_precision == "year" || incoming.date_precision == "year";

  // Enough agreement to tell this incident from its neighbours. Where the
  // day is unsure (a day apart, dated by publication, or only a month or
  // a year), the same town, kind and toll must say it; where the place is
  // coarse, the same group and toll.
  bool enough = false;
  if (day_apart) {
    // One outlet's "Sunday night" is another's Monday, but the next
    // bombing in the same town may be a day later too.
    enough = local_match && same_subtype && distinctive_toll;
  } else if (guessed) {
    enough = local_match && same_subtype && distinctive_toll && same_wounded;
  } else if (year_only) {
    enough = local_match && same_subtype && distinctive_toll;
  } else if (both_days && local_match) {
    enough = same_type || shared_group || distinctive_toll;
  } else if (local_match) {
    enough = same_subtype && (shared_group || distinctive_toll);
  } else if (both_days) {
    // A region or a country, or a place unknown.
    enough = same_subtype && shared_group && distinctive_toll;
  }
  if (!enough) {
    return reject("not enough in common to be one incident (" + c.why + ")");
  }
  m.same = true;
  m.reason = c.why;
  return m;
}

std::vector<std::string> MergeEvent(const Event& incoming, Event* stored) {
  std::vector<std::string> changes;
  // Sources, one per sentence of a document.
  std::vector<int> remap(incoming.sources.size(), 0);
  for (size_t i = 0; i < incoming.sources.size(); ++i) {
    const Source& s = incoming.sources[i];
    int at = -1;
    for (size_t k = 0; k < stored->sources.size(); ++k) {
      const Source& o = stored->sources[k];
      if (o.doc == s.doc && o.span_begin == s.span_begin && o.sentence == s.sentence) {
        at = static_cast<int>(k);
      }
    }
    if (at < 0) {
      at = static_cast<int>(stored->sources.size());
      stored->sources.push_back(s);
    }
    remap[i] = at;
  }
  // Counts.
  for (int k = 0; k < kNumCountKinds; ++k) {
    const auto& in = incoming.counts[k];
    if (!in) continue;
    auto& slot = stored->counts[k];
    const char* kind = CountKindName(static_cast<CountKind>(k));
    if (!slot) {
      slot = in;
      changes.push_back(std::string(kind) + " " + in->text + " (" + std::to_string(in->best) + ")");
      continue;
    }
    int64_t before = slot->best;
    std::optional<int64_t> min = slot->min;
    if (in->min && (!min || *in->min > *min)) min = in->min;
    if (in->best > slot->best) slot = in;
    slot->min = min;
    if (slot->min && slot->max && *slot->max < *slot->min) slot->max.reset();
    if (slot->best != before) {
      changes.push_back(std::string(kind) + " " + std::to_string(before) + " -> " +
                        std::to_string(slot->best));
    }
  }
  for (const Revision& r : incoming.revisions) {
    Revision x = r;
    x.source = r.source >= 0 && static_cast<size_t>(r.source) < remap.size()
                   ? remap[static_cast<size_t>(r.source)]
                   : 0;
    stored->revisions.push_back(x);
  }
  // A finer date or place; of two days, the earlier (so that the result
  // does not depend on which report came first).
  int64_t a0, a1, b0, b1;
  bool stored_dated = EventDayRange(*stored, &a0, &a1);
  if (EventDayRange(incoming, &b0, &b1) &&
      (!stored_dated || (b1 - b0 < a1 - a0 && b0 >= a0 && b1 <= a1) ||
       (b1 - b0 == a1 - a0 && b0 < a0))) {
    changes.push_back("date " + (stored->date.empty() ? std::string("unknown") : stored->date) +
                      " -> " + incoming.date);
    stored->date = incoming.date;
    stored->date_precision = incoming.date_precision;
  }
  if (incoming.place && PrecisionRank(incoming.place) < PrecisionRank(stored->place)) {
    changes.push_back("place " + (stored->place ? stored->place->name : std::string("unknown")) +
                      " -> " + incoming.place->name);
    stored->place = incoming.place;
  }
  // Actors.
  for (const Actor& a : incoming.actors) {
    auto it = std::find_if(stored->actors.begin(), stored->actors.end(),
                           [&](const Actor& e) { return e.name == a.name; });
    if (it == stored->actors.end()) {
      stored->actors.push_back(a);
      if (a.role == "perpetrator") changes.push_back("perpetrator " + a.name);
      continue;
    }
    for (const auto& mm : a.mentions) {
      if (std::find(it->mentions.begin(), it->mentions.end(), mm) == it->mentions.end()) {
        it->mentions.push_back(mm);
      }
    }
  }
  return changes;
}

}  // namespace dateline
