// Copyright 2026 The Dateline Authors.
//
// Output formats for lists of events: table, CSV, GeoJSON, ACLED CSV and
// timeline (see formats.h).

#include "store/formats.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "events/lexicon.h"
#include "geo/countries.h"
#include "util/json_writer.h"
#include "util/utf8.h"

namespace dateline {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026

// ---------------------------------------------------------------------------
// Text helpers.

// `s` as valid UTF-8 (invalid bytes become U+FFFD); with `one_line`,
// control characters (tabs, line breaks) become spaces.
std::string CleanText(std::string_view s, bool one_line) {
  std::string out;
  out.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    uint32_t cp = DecodeUtf8(s, &pos);
    if (one_line && (cp < 0x20 || cp == 0x7F || cp == 0x2028 || cp == 0x2029)) cp = ' ';
    AppendUtf8(cp, &out);
  }
  return out;
}

// Display columns of one code point: 2 for wide and fullwidth East Asian
// characters, 0 for combining marks and format characters, else 1.
int CodePointWidth(uint32_t cp) {
  auto c = static_cast<UChar32>(cp);
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
}

size_t DisplayWidth(std::string_view s) {
  size_t w = 0, pos = 0;
  while (pos < s.size()) w += static_cast<size_t>(CodePointWidth(DecodeUtf8(s, &pos)));
  return w;
}

// The longest prefix of valid UTF-8 `s` whose width fits `width`, cut
// between code points, with "…" appended when anything was cut.
std::string FitWidth(std::string_view s, size_t width) {
  if (DisplayWidth(s) <= width) return std::string(s);
  if (width == 0) return "";
  std::string out;
  size_t used = 0, pos = 0;
  while (pos < s.size()) {
    size_t begin = pos;
    size_t w = static_cast<size_t>(CodePointWidth(DecodeUtf8(s, &pos)));
    if (used + w > width - 1) break;  // keep a column for the ellipsis
    used += w;
    out.append(s.substr(begin, pos - begin));
  }
  out.append(kEllipsis);
  return out;
}

// Appends `s` as one table cell `width` columns wide, cut or padded.
void AppendCell(std::string_view s, size_t width, bool right, std::string* out) {
  std::string cell = FitWidth(CleanText(s, true), width);
  std::string pad(width - DisplayWidth(cell), ' ');
  if (right) *out += pad;
  *out += cell;
  if (!right) *out += pad;
}

std::string JoinNames(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) {
    if (!out.empty()) out.append(sep);
    out += p;
  }
  return out;
}

// Coordinates written with up to `decimals` decimals, trailing zeros
// dropped ("55.8204"). Independent of the C locale.
std::string FormatDegrees(double v, int decimals) {
  if (!std::isfinite(v)) return "";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  std::string s(buf);
  for (char& ch : s) {
    if (ch == ',') ch = '.';
  }
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

// ---------------------------------------------------------------------------
// Event helpers.

std::vector<std::string> ActorNames(const Event& ev, std::string_view role) {
  std::vector<std::string> names;
  for (const Actor& a : ev.actors) {
    if (a.role == role && std::find(names.begin(), names.end(), a.name) == names.end()) {
      names.push_back(a.name);
    }
  }
  return names;
}

// Who did it, as a reader wants it: the named groups (the most mentioned
// first), else the descriptions ("gunmen") unless they only restate the
// kind of event ("a suicide bombing by a suicide bomber").
std::vector<std::string> Perpetrators(const Event& ev) {
  std::vector<const Actor*> named, described;
  for (const Actor& a : ev.actors) {
    if (a.role != "perpetrator") continue;
    (IsLexiconActor(a.name) ? named : described).push_back(&a);
  }
  std::stable_sort(named.begin(), named.end(), [](const Actor* a, const Actor* b) {
    return a->mentions.size() > b->mentions.size();
  });
  std::vector<std::string> out;
  for (const Actor* a : named.empty() ? described : named) {
    std::string lower;
    for (char ch : a->name) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    if (ev.subtype == "Suicide bomb" && lower.find("suicide bomber") != std::string::npos) continue;
    if (std::find(out.begin(), out.end(), a->name) == out.end()) out.push_back(a->name);
  }
  return out;
}

std::vector<std::string> AllActorNames(const Event& ev) {
  std::vector<std::string> names;
  for (const Actor& a : ev.actors) {
    if (std::find(names.begin(), names.end(), a.name) == names.end()) names.push_back(a.name);
  }
  return names;
}

// The actor a reader wants first: who did it, else a side, else anyone.
std::string MainActor(const Event& ev) {
  std::vector<std::string> perps = Perpetrators(ev);
  if (!perps.empty()) return perps.front();
  for (const char* role : {"side", "participant"}) {
    for (const Actor& a : ev.actors) {
      if (a.role == role) return a.name;
    }
  }
  return ev.actors.empty() ? "" : ev.actors.front().name;
}

bool IsCivilians(std::string_view name) {
  if (name.size() != 9) return false;
  std::string lower;
  for (char ch : name) lower += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
  return lower == "civilians";
}

const CountryInfo* CountryOf(const Event& ev) {
  if (!ev.place || ev.place->country_code.empty()) return nullptr;
  return Countries::Default().ByCode(ev.place->country_code);
}

std::string CountryName(const Event& ev) {
  if (!ev.place) return "";
  if (!ev.place->country.empty()) return ev.place->country;
  const CountryInfo* c = CountryOf(ev);
  return c ? c->name : "";
}

bool HasCoordinates(const Event& ev) {
  if (!ev.place || !ev.place->lat || !ev.place->lon) return false;
  double lat = *ev.place->lat, lon = *ev.place->lon;
  return std::isfinite(lat) && std::isfinite(lon) && lat >= -90 && lat <= 90 && lon >= -180 &&
         lon <= 180;
}

// The documents of the sources, each once, in order.
std::vector<std::string> SourceDocs(const Event& ev) {
  std::vector<std::string> docs;
  for (const Source& s : ev.sources) {
    if (!s.doc.empty() && std::find(docs.begin(), docs.end(), s.doc) == docs.end()) {
      docs.push_back(s.doc);
    }
  }
  return docs;
}

// "115", or "115+" when the count is only a lower bound.
std::string CompactCount(const std::optional<Count>& c) {
  if (!c) return "";
  std::string s = std::to_string(c->best);
  if (c->min && !c->max) s += '+';
  return s;
}

// "50,000": thousands separated as news writes them.
std::string WithCommas(int64_t n) {
  std::string digits = std::to_string(n < 0 ? -static_cast<uint64_t>(n) : static_cast<uint64_t>(n));
  std::string out = n < 0 ? "-" : "";
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

// The count for a sentence: "115", "115+", "up to 30", "20-30", "50,000+".
std::string CountInWords(const Count& c) {
  if (c.min && !c.max) return WithCommas(c.best) + "+";
  if (c.max && !c.min) return "up to " + WithCommas(*c.max);
  if (c.min && c.max && *c.min != *c.max) return WithCommas(*c.min) + "-" + WithCommas(*c.max);
  return WithCommas(c.best);
}

std::string OptionalInt(const std::optional<int64_t>& v) { return v ? std::to_string(*v) : ""; }

std::string BestOrEmpty(const std::optional<Count>& c) { return c ? std::to_string(c->best) : ""; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return false;
  }
  return true;
}

// The year, month and day of an ISO 8601 date at its precision
// ("2024-03-22", "2004-09", "2002"); 0 for parts not given or not valid.
struct DateParts {
  int year = 0, month = 0, day = 0;
};

DateParts ParseDate(std::string_view date, std::string_view precision) {
  DateParts d;
  if (date.size() < 4 || !AllDigits(date.substr(0, 4))) return d;
  d.year = std::stoi(std::string(date.substr(0, 4)));
  if (precision == "year" || date.size() < 7 || date[4] != '-' || !AllDigits(date.substr(5, 2))) {
    return d;
  }
  int month = std::stoi(std::string(date.substr(5, 2)));
  if (month < 1 || month > 12) return d;
  d.month = month;
  if (precision == "month" || date.size() < 10 || date[7] != '-' || !AllDigits(date.substr(8, 2))) {
    return d;
  }
  int day = std::stoi(std::string(date.substr(8, 2)));
  if (day >= 1 && day <= 31) d.day = day;
  return d;
}

// ---------------------------------------------------------------------------
// CSV.

void AppendCsvField(std::string_view raw, std::string* out) {
  std::string s = CleanText(raw, false);
  if (s.find_first_of(",\"\r\n") == std::string::npos) {
    *out += s;
    return;
  }
  *out += '"';
  for (char ch : s) {
    if (ch == '"') *out += '"';
    *out += ch;
  }
  *out += '"';
}

void AppendCsvRow(const std::vector<std::string>& fields, std::string* out) {
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i) *out += ',';
    AppendCsvField(fields[i], out);
  }
  *out += "\r\n";
}

// ---------------------------------------------------------------------------
// Table abbreviations.

std::string ShortType(std::string_view type) {
  static const std::pair<std::string_view, std::string_view> kShort[] = {
      {"Battles", "Battle"},
      {"Explosions/Remote violence", "Explosion"},
      {"Violence against civilians", "VAC"},
      {"Protests", "Protest"},
      {"Riots", "Riot"},
      {"Strategic developments", "Strategic"},
      {"Disasters", "Disaster"},
      {"Diplomacy", "Diplomacy"},
  };
  for (const auto& [full, abbr] : kShort) {
    if (type == full) return std::string(abbr);
  }
  return std::string(type);
}

std::string ShortSubtype(std::string_view subtype) {
  static const std::pair<std::string_view, std::string_view> kShort[] = {
      {"Government regains territory", "Gov. regains territory"},
      {"Non-state actor overtakes territory", "Non-state takes territory"},
      {"Shelling/artillery/missile attack", "Shelling/missile"},
      {"Remote explosive/landmine/IED", "IED/landmine"},
      {"Abduction/forced disappearance", "Abduction"},
      {"Excessive force against protesters", "Excessive force"},
      {"Protest with intervention", "With intervention"},
      {"Peaceful protest", "Peaceful"},
      {"Violent demonstration", "Violent demo"},
      {"Change to group/activity", "Group change"},
      {"Disrupted weapons use", "Disrupted weapons"},
      {"Headquarters or base established", "Base established"},
      {"Looting/property destruction", "Looting/destruction"},
      {"Non-violent transfer of territory", "Territory transfer"},
      {"Extreme temperature", "Extreme temp."},
  };
  for (const auto& [full, abbr] : kShort) {
    if (subtype == full) return std::string(abbr);
  }
  return std::string(subtype);
}

// ---------------------------------------------------------------------------
// Timeline words.

std::string TypeInWords(std::string_view type) {
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"Battles", "Battle"},
      {"Explosions/Remote violence", "Explosion"},
      {"Violence against civilians", "Violence against civilians"},
      {"Protests", "Protest"},
      {"Riots", "Riot"},
      {"Strategic developments", "Strategic development"},
      {"Disasters", "Disaster"},
      {"Diplomacy", "Diplomatic event"},
  };
  for (const auto& [name, words] : kWords) {
    if (type == name) return std::string(words);
  }
  return type.empty() ? "Incident" : std::string(type);
}

std::string WhatInWords(const Event& ev) {
  const std::string& sub = ev.subtype;
  if (sub.empty()) return TypeInWords(ev.type);
  if (sub == "Attack") {
    return ev.type == "Violence against civilians" ? "Attack on civilians" : "Attack";
  }
  if (sub == "Abduction/forced disappearance") {
    return ev.count(CountKind::kHostages) ? "Hostage-taking" : "Abduction";
  }
  static const std::pair<std::string_view, std::string_view> kWords[] = {
      {"Suicide bomb", "Suicide bombing"},
      {"Air/drone strike", "Air or drone strike"},
      {"Shelling/artillery/missile attack", "Shelling or missile attack"},
      {"Remote explosive/landmine/IED", "Explosive device attack"},
      {"Chemical weapon", "Chemical weapon attack"},
      {"Grenade", "Grenade attack"},
      {"Peaceful protest", "Protest"},
      {"Excessive force against protesters", "Excessive force against protesters"},
      {"Violent demonstration", "Violent demonstration"},
      {"Change to group/activity", "Change to group or activity"},
      {"Headquarters or base established", "Base established"},
      {"Looting/property destruction", "Looting or destruction of property"},
  };
  for (const auto& [name, words] : kWords) {
    if (sub == name) return std::string(words);
  }
  return sub;
}

// "A", "A and B", "A, B and others" (at most `most` names).
std::string NameList(const std::vector<std::string>& names, size_t most) {
  if (names.empty()) return "";
  if (names.size() == 1) return names[0];
  if (names.size() == 2 && most >= 2) return names[0] + " and " + names[1];
  std::string out = names[0];
  for (size_t i = 1; i < names.size() && i < most; ++i) out += ", " + names[i];
  return out + " and others";
}

// " by ...", " between ... and ...", " involving ...", or "".
std::string WhoInWords(const Event& ev, size_t most) {
  std::vector<std::string> perps = Perpetrators(ev);
  if (!perps.empty()) return " by " + NameList(perps, most);
  if (!ActorNames(ev, "perpetrator").empty()) return "";
  std::vector<std::string> sides = ActorNames(ev, "side");
  if (sides.size() == 2 || (sides.size() > 2 && most >= 2)) {
    return " between " + NameList(sides, most);
  }
  if (!sides.empty()) return " involving " + NameList(sides, most);
  std::vector<std::string> parts = ActorNames(ev, "participant");
  if (!parts.empty()) return " involving " + NameList(parts, most);
  return "";
}

// "Moscow, Russia", "Russia", or "".
std::string WhereInWords(const Event& ev) {
  if (!ev.place) return "";
  const Place& p = *ev.place;
  std::string country = CountryName(ev);
  std::string name = !p.name.empty() ? p.name : p.admin1;
  if (name.empty() || name == country) return country;
  return country.empty() ? name : name + ", " + country;
}

std::string DateInWords(const Event& ev) {
  static const char* const kMonths[] = {"January",   "February", "March",    "April",
                                        "May",       "June",     "July",     "August",
                                        "September", "October",  "November", "December"};
  DateParts d = ParseDate(ev.date, ev.date_precision);
  if (d.year == 0) return "";
  if (d.month == 0) return std::to_string(d.year);
  return std::string(kMonths[d.month - 1]) + " " + std::to_string(d.year);
}

std::string CountsInWords(const Event& ev) {
  std::vector<std::string> parts;
  if (const auto& k = ev.count(CountKind::kKilled)) parts.push_back(CountInWords(*k) + " killed");
  if (const auto& i = ev.count(CountKind::kInjured)) {
    parts.push_back(CountInWords(*i) + " injured");
  }
  if (const auto& h = ev.count(CountKind::kHostages)) {
    std::string n = CountInWords(*h);
    parts.push_back(n + (n == "1" ? " hostage" : " hostages"));
  }
  return JoinNames(parts, ", ");
}

// ---------------------------------------------------------------------------
// ACLED.

std::string AcledDisorderType(const Event& ev) {
  const std::string& t = ev.type;
  if (t == "Battles" || t == "Explosions/Remote violence" || t == "Violence against civilians") {
    return "Political violence";
  }
  if (t == "Protests" || t == "Riots") return "Demonstrations";
  if (t == "Strategic developments") return "Strategic developments";
  return "";
}

// The number in event_id_cnty: our "ev_" + hex id's value, else a hash.
std::string AcledNumber(std::string_view id) {
  std::string_view hex = id;
  if (hex.substr(0, 3) == "ev_") hex.remove_prefix(3);
  bool is_hex = !hex.empty() && hex.size() <= 16;
  uint64_t v = 0;
  for (char ch : hex) {
    int digit = ch >= '0' && ch <= '9'   ? ch - '0'
                : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
                : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                         : -1;
    if (digit < 0) {
      is_hex = false;
      break;
    }
    v = v * 16 + static_cast<uint64_t>(digit);
  }
  if (!is_hex) {
    v = 2166136261u;  // FNV-1a, 32 bits
    for (unsigned char ch : id) v = ((v ^ ch) * 16777619u) & 0xFFFFFFFFu;
  }
  return std::to_string(v);
}

std::string TwoDigits(int n) { return (n < 10 ? "0" : "") + std::to_string(n); }

void AppendAcledRow(const Event& ev, std::string* out) {
  const CountryInfo* ci = CountryOf(ev);
  DateParts d = ParseDate(ev.date, ev.date_precision);
  std::string event_date, year, time_precision;
  if (d.year != 0) {
    year = std::to_string(d.year);
    // Our choice for dates ACLED would code at precision 3: the middle of
    // the month, or of the year.
    int month = d.month ? d.month : 7;
    int day = d.day ? d.day : d.month ? 15 : 1;
    event_date = year + "-" + TwoDigits(month) + "-" + TwoDigits(day);
    time_precision = d.day ? "1" : ev.date_precision == "week" ? "2" : "3";
  }

  // Actor 1 is who acted (perpetrators, else the first side or
  // participant), actor 2 their target or the other side.
  std::vector<std::string> perps = ActorNames(ev, "perpetrator");
  std::vector<std::string> targets = ActorNames(ev, "target");
  std::vector<std::string> sides = ActorNames(ev, "side");
  std::vector<std::string> parts = ActorNames(ev, "participant");
  std::vector<std::string> first, second;
  if (!perps.empty()) {
    first = perps;
    second = targets;
  } else if (!sides.empty() || !parts.empty()) {
    std::vector<std::string>& group = !sides.empty() ? sides : parts;
    first.push_back(group[0]);
    second.assign(group.begin() + 1, group.end());
    if (second.empty()) second = targets;
  } else {
    second = targets;
  }
  std::string country = CountryName(ev);
  auto acled_name = [&](const std::string& name) {
    // ACLED names civilians by their country: "Civilians (Russia)".
    if (IsCivilians(name)) return country.empty() ? "Civilians" : "Civilians (" + country + ")";
    return name;
  };
  auto inter = [](const std::string& name) { return IsCivilians(name) ? 7 : 0; };
  std::string actor1 = first.empty() ? "" : acled_name(first[0]);
  std::string actor2 = second.empty() ? "" : acled_name(second[0]);
  std::vector<std::string> assoc1, assoc2;
  for (size_t i = 1; i < first.size(); ++i) assoc1.push_back(acled_name(first[i]));
  for (size_t i = 1; i < second.size(); ++i) assoc2.push_back(acled_name(second[i]));
  int inter1 = first.empty() ? 0 : inter(first[0]);
  int inter2 = second.empty() ? 0 : inter(second[0]);
  std::string interaction;
  if (inter1 && second.empty()) {
    interaction = std::to_string(inter1 * 10);  // a sole actor: "70"
  } else if (inter1 && inter2) {
    interaction = std::to_string(std::min(inter1, inter2) * 10 + std::max(inter1, inter2));
  }

  bool political_violence = AcledDisorderType(ev) == "Political violence";
  bool civilians_targeted = ev.type == "Violence against civilians";
  for (const std::string& t : targets) civilians_targeted |= political_violence && IsCivilians(t);

  std::string geo_precision;
  if (ev.place) {
    const std::string& p = ev.place->precision;
    if (p == "point" || p == "city")
      geo_precision = "1";
    else if (p == "district")
      geo_precision = "2";
    else if (p == "admin1" || p == "country")
      geo_precision = "3";
  }

  std::vector<std::string> sources;
  for (const Source& s : ev.sources) {
    const std::string& name = !s.headline.empty() ? s.headline : s.doc;
    if (!name.empty() && std::find(sources.begin(), sources.end(), name) == sources.end()) {
      sources.push_back(name);
    }
  }
  const auto& killed = ev.count(CountKind::kKilled);

  std::string event_id = ci ? ci->alpha3 : "";
  event_id += AcledNumber(ev.id);
  AppendCsvRow(
      {
          event_id,
          event_date,
          year,
          time_precision,
          AcledDisorderType(ev),
          ev.type,
          ev.subtype,
          actor1,
          JoinNames(assoc1, "; "),
          inter1 ? std::to_string(inter1) : "",
          actor2,
          JoinNames(assoc2, "; "),
          inter2 ? std::to_string(inter2) : "",
          interaction,
          civilians_targeted ? "Civilian targeting" : "",
          ci && ci->numeric ? std::to_string(ci->numeric) : "",
          "",  // region: ACLED's regions are not in our data
          country,
          ev.place ? ev.place->admin1 : "",
          "",  // admin2
          "",  // admin3
          ev.place ? ev.place->name : "",
          HasCoordinates(ev) ? FormatDegrees(*ev.place->lat, 4) : "",
          HasCoordinates(ev) ? FormatDegrees(*ev.place->lon, 4) : "",
          geo_precision,
          JoinNames(sources, "; "),
          "",  // source_scale
          ev.summary,
          std::to_string(killed ? killed->best : 0),
          "",  // tags
          "",  // timestamp
      },
      out);
}

}  // namespace

// ---------------------------------------------------------------------------

void AppendEventsTable(const std::vector<Event>& evs, std::string* out) {
  constexpr size_t kDate = 10, kType = 28, kPlace = 28, kCount = 7, kActor = 28, kSources = 3;
  size_t id_width = 2;
  for (const Event& ev : evs) id_width = std::max(id_width, DisplayWidth(CleanText(ev.id, true)));
  id_width = std::min<size_t>(id_width, 24);
  auto row = [&](const std::string& id, const std::string& date, const std::string& type,
                 const std::string& place, const std::string& killed, const std::string& injured,
                 const std::string& actor, const std::string& sources) {
    AppendCell(id, id_width, false, out);
    *out += "  ";
    AppendCell(date, kDate, false, out);
    *out += "  ";
    AppendCell(type, kType, false, out);
    *out += "  ";
    AppendCell(place, kPlace, false, out);
    *out += "  ";
    AppendCell(killed, kCount, true, out);
    *out += "  ";
    AppendCell(injured, kCount, true, out);
    *out += "  ";
    AppendCell(actor, kActor, false, out);
    *out += "  ";
    AppendCell(sources, kSources, true, out);
    *out += '\n';
  };
  row("ID", "DATE", "TYPE", "PLACE", "KILLED", "INJURED", "ACTOR", "SRC");
  for (const Event& ev : evs) {
    std::string type = ShortType(ev.type);
    if (!ev.subtype.empty()) type += (type.empty() ? "" : "/") + ShortSubtype(ev.subtype);
    std::string place;
    if (ev.place) {
      place = !ev.place->name.empty()     ? ev.place->name
              : !ev.place->admin1.empty() ? ev.place->admin1
                                          : ev.place->country;
      if (!ev.place->country_code.empty()) {
        place += (place.empty() ? "" : ", ") + ev.place->country_code;
      }
    }
    auto count = [&](CountKind k) {
      std::string s = CompactCount(ev.count(k));
      return s.empty() ? "-" : s;
    };
    row(ev.id, ev.date.empty() ? "-" : ev.date, type.empty() ? "-" : type,
        place.empty() ? "-" : place, count(CountKind::kKilled), count(CountKind::kInjured),
        MainActor(ev).empty() ? "-" : MainActor(ev), std::to_string(ev.sources.size()));
  }
}

void AppendEventsCsv(const std::vector<Event>& evs, std::string* out) {
  AppendCsvRow({"id",       "date",       "date_precision", "type",    "subtype", "place",
                "admin1",   "country",    "country_code",   "lat",     "lon",     "precision",
                "killed",   "killed_min", "killed_max",     "injured", "missing", "hostages",
                "arrested", "actors",     "perpetrators",   "sources", "summary"},
               out);
  for (const Event& ev : evs) {
    const Place* p = ev.place ? &*ev.place : nullptr;
    const auto& killed = ev.count(CountKind::kKilled);
    AppendCsvRow(
        {
            ev.id,
            ev.date,
            ev.date_precision,
            ev.type,
            ev.subtype,
            p ? p->name : "",
            p ? p->admin1 : "",
            p ? p->country : "",
            p ? p->country_code : "",
            HasCoordinates(ev) ? FormatDegrees(*p->lat, 6) : "",
            HasCoordinates(ev) ? FormatDegrees(*p->lon, 6) : "",
            p ? p->precision : "",
            BestOrEmpty(killed),
            killed ? OptionalInt(killed->min) : "",
            killed ? OptionalInt(killed->max) : "",
            BestOrEmpty(ev.count(CountKind::kInjured)),
            BestOrEmpty(ev.count(CountKind::kMissing)),
            BestOrEmpty(ev.count(CountKind::kHostages)),
            BestOrEmpty(ev.count(CountKind::kArrested)),
            JoinNames(AllActorNames(ev), "; "),
            JoinNames(ActorNames(ev, "perpetrator"), "; "),
            JoinNames(SourceDocs(ev), "; "),
            ev.summary,
        },
        out);
  }
}

void AppendEventsGeoJson(const std::vector<Event>& evs, std::string* out) {
  int64_t unlocated = 0;
  for (const Event& ev : evs) unlocated += HasCoordinates(ev) ? 0 : 1;
  JsonWriter w(out);
  w.BeginObject();
  w.Key("type");
  w.String("FeatureCollection");
  w.Key("unlocated");
  w.Int(unlocated);
  w.Key("features");
  w.BeginArray();
  for (const Event& ev : evs) {
    if (!HasCoordinates(ev)) continue;
    const Place& p = *ev.place;
    w.BeginObject();
    w.Key("type");
    w.String("Feature");
    w.Key("id");
    w.String(ev.id);
    w.Key("geometry");
    w.BeginObject();
    w.Key("type");
    w.String("Point");
    w.Key("coordinates");
    w.BeginArray();
    w.Double(*p.lon, 9);  // RFC 7946: longitude first
    w.Double(*p.lat, 9);
    w.EndArray();
    w.EndObject();
    w.Key("properties");
    w.BeginObject();
    w.Key("id");
    w.String(ev.id);
    w.Key("type");
    w.StringOrNull(ev.type);
    w.Key("subtype");
    w.StringOrNull(ev.subtype);
    w.Key("date");
    w.StringOrNull(ev.date);
    w.Key("date_precision");
    w.StringOrNull(ev.date_precision);
    w.Key("place");
    w.StringOrNull(p.name);
    w.Key("admin1");
    w.StringOrNull(p.admin1);
    w.Key("country");
    w.StringOrNull(p.country);
    w.Key("country_code");
    w.StringOrNull(p.country_code);
    w.Key("precision");
    w.StringOrNull(p.precision);
    auto int_or_null = [&](const std::optional<int64_t>& v) {
      if (v)
        w.Int(*v);
      else
        w.Null();
    };
    const auto& killed = ev.count(CountKind::kKilled);
    w.Key("killed");
    int_or_null(killed ? std::optional<int64_t>(killed->best) : std::nullopt);
    w.Key("killed_min");
    int_or_null(killed ? killed->min : std::nullopt);
    w.Key("killed_max");
    int_or_null(killed ? killed->max : std::nullopt);
    for (CountKind k :
         {CountKind::kInjured, CountKind::kMissing, CountKind::kHostages, CountKind::kArrested}) {
      const auto& c = ev.count(k);
      w.Key(CountKindName(k));
      int_or_null(c ? std::optional<int64_t>(c->best) : std::nullopt);
    }
    w.Key("actors");
    w.StringOrNull(JoinNames(AllActorNames(ev), "; "));
    w.Key("perpetrators");
    w.StringOrNull(JoinNames(ActorNames(ev, "perpetrator"), "; "));
    w.Key("sources");
    w.Int(static_cast<int64_t>(ev.sources.size()));
    w.Key("summary");
    w.StringOrNull(ev.summary);
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

void AppendEventsAcled(const std::vector<Event>& evs, std::string* out) {
  AppendCsvRow(
      {"event_id_cnty", "event_date",     "year",     "time_precision", "disorder_type",
       "event_type",    "sub_event_type", "actor1",   "assoc_actor_1",  "inter1",
       "actor2",        "assoc_actor_2",  "inter2",   "interaction",    "civilian_targeting",
       "iso",           "region",         "country",  "admin1",         "admin2",
       "admin3",        "location",       "latitude", "longitude",      "geo_precision",
       "source",        "source_scale",   "notes",    "fatalities",     "tags",
       "timestamp"},
      out);
  for (const Event& ev : evs) AppendAcledRow(ev, out);
}

void AppendTimeline(const std::vector<Event>& evs, std::string* out, std::string_view title) {
  constexpr size_t kMaxWidth = 160;
  std::string clean_title = CleanText(title, true);
  if (!clean_title.empty()) *out += clean_title + "\n";

  std::vector<const Event*> order;
  order.reserve(evs.size());
  for (const Event& ev : evs) order.push_back(&ev);
  // ISO dates compare as strings across precisions ("2002" < "2002-10").
  std::stable_sort(order.begin(), order.end(), [](const Event* a, const Event* b) {
    bool a_dated = ParseDate(a->date, a->date_precision).year != 0;
    bool b_dated = ParseDate(b->date, b->date_precision).year != 0;
    if (a_dated != b_dated) return a_dated;
    return a_dated && a->date < b->date;
  });

  for (const Event* ev : order) {
    std::string date = DateInWords(*ev);
    std::string lead = date.empty() ? "Undated: " : date + " ";
    std::string what = WhatInWords(*ev);
    std::string where = WhereInWords(*ev);
    std::string counts = CountsInWords(*ev);
    auto compose = [&](size_t most_actors, bool with_counts) {
      std::string line = lead + what + WhoInWords(*ev, most_actors);
      if (!where.empty()) line += " in " + where;
      if (with_counts && !counts.empty()) line += ": " + counts;
      return CleanText(line, true);
    };
    // Shorter forms until it fits: fewer actors, then a cut before the
    // counts (which stay whole), then a plain cut.
    std::string line = compose(2, true);
    if (DisplayWidth(line) > kMaxWidth) line = compose(1, true);
    if (DisplayWidth(line) > kMaxWidth && !counts.empty()) {
      std::string tail = ": " + CleanText(counts, true);
      size_t tail_width = DisplayWidth(tail);
      if (tail_width + 20 < kMaxWidth) {
        line = FitWidth(compose(1, false), kMaxWidth - tail_width) + tail;
      }
    }
    *out += FitWidth(line, kMaxWidth);
    *out += '\n';
  }
}

std::string TimelineTitle(const EventQuery& q) {
  std::string title = q.min_killed ? "MAJOR INCIDENTS" : "INCIDENTS";
  if (q.countries.size() == 1) {
    if (const CountryInfo* ci = Countries::Default().ByCode(q.countries[0])) {
      for (char c : " IN " + ci->name) {
        title += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
      }
    }
  }
  return title;
}

}  // namespace dateline
