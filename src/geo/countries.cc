// Copyright 2026 The Dateline Authors.

#include "geo/countries.h"

#include "util/embedded_data.h"
#include "util/strings.h"

namespace dateline {

namespace {

std::string_view StripPossessive(std::string_view s) {
  if (EndsWith(s, "\xE2\x80\x99s"))
    s.remove_suffix(4);
  else if (EndsWith(s, "'s"))
    s.remove_suffix(2);
  if (StartsWith(s, "the ")) s.remove_prefix(4);
  return s;
}

bool IsUpperAscii(std::string_view s, size_t n) {
  if (s.size() != n) return false;
  for (char ch : s) {
    if (ch < 'A' || ch > 'Z') return false;
  }
  return true;
}

// ISO 3166-1 numeric: exactly three digits, not 000.
int ParseNumeric(std::string_view s) {
  if (s.size() != 3) return -1;
  int n = 0;
  for (char ch : s) {
    if (ch < '0' || ch > '9') return -1;
    n = n * 10 + (ch - '0');
  }
  return n == 0 ? -1 : n;
}

}  // namespace

Result<Countries> Countries::Parse(std::string_view tsv) {
  Countries c;
  size_t line_no = 0;
  for (std::string_view line : SplitLines(tsv)) {
    ++line_no;
    if (TrimView(line).empty() || line[0] == '#') continue;
    auto cols = Split(line, '\t');
    if (cols.size() != 7 || !IsUpperAscii(cols[0], 2) || cols[1].empty()) {
      return Status::Corrupt("countries line " + std::to_string(line_no) +
                             ": want code, name, aliases, demonyms, capital, alpha3, numeric");
    }
    // Only a country ISO 3166-1 does not list (Kosovo) may lack a numeric code.
    int numeric = cols[6].empty() ? 0 : ParseNumeric(cols[6]);
    if (!IsUpperAscii(cols[5], 3) || numeric < 0) {
      return Status::Corrupt("countries line " + std::to_string(line_no) +
                             ": bad ISO 3166-1 alpha-3 or numeric code");
    }
    int idx = static_cast<int>(c.countries_.size());
    // The capital column may list other spellings after '|' ("Kyiv|Kiev").
    std::string_view capital = cols[4].substr(0, cols[4].find('|'));
    CountryInfo info;
    info.code = std::string(cols[0]);
    info.alpha3 = std::string(cols[5]);
    info.numeric = numeric;
    info.name = std::string(cols[1]);
    info.capital = std::string(capital);
    c.countries_.push_back(std::move(info));
    c.codes_.emplace(std::string(cols[0]), idx);
    c.alpha3_.emplace(std::string(cols[5]), idx);
    c.names_.emplace(std::string(cols[1]), idx);
    for (auto a : Split(cols[2], '|')) {
      if (a.empty()) continue;
      c.names_.emplace(std::string(a), idx);
      c.countries_.back().aliases.emplace_back(a);
    }
    for (auto d : Split(cols[3], '|')) {
      if (d.empty()) continue;
      c.demonyms_.emplace(std::string(d), idx);
      c.countries_.back().demonyms.emplace_back(d);
    }
    for (auto k : Split(cols[4], '|')) {
      if (!k.empty()) c.capitals_.emplace(std::string(k), idx);
    }
  }
  for (const Index* m : {&c.names_, &c.demonyms_, &c.capitals_}) {
    for (const auto& [name, idx] : *m) {
      c.first_words_.emplace(name.substr(0, name.find(' ')), idx);
    }
  }
  return c;
}

const Countries& Countries::Default() {
  static const Countries* c = [] {
    auto r = Parse(FindEmbeddedFile("countries.tsv"));
    return new Countries(r.ok() ? std::move(r).value() : Countries());
  }();
  return *c;
}

const CountryInfo* Countries::Find(const Index& m, std::string_view key) const {
  auto it = m.find(StripPossessive(key));
  return it == m.end() ? nullptr : &countries_[static_cast<size_t>(it->second)];
}

const CountryInfo* Countries::ByName(std::string_view name) const { return Find(names_, name); }
const CountryInfo* Countries::ByDemonym(std::string_view w) const { return Find(demonyms_, w); }
const CountryInfo* Countries::ByCapital(std::string_view c) const { return Find(capitals_, c); }
const CountryInfo* Countries::ByCode(std::string_view code) const { return Find(codes_, code); }
const CountryInfo* Countries::ByNameOrCode(std::string_view text) const {
  std::string code(text);
  for (char& c : code) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  const CountryInfo* ci = ByCode(code);
  return ci != nullptr ? ci : ByName(text);
}
const CountryInfo* Countries::ByAlpha3(std::string_view code) const {
  auto it = alpha3_.find(code);
  return it == alpha3_.end() ? nullptr : &countries_[static_cast<size_t>(it->second)];
}

bool Countries::StartsAName(std::string_view word) const {
  return first_words_.find(StripPossessive(word)) != first_words_.end();
}

const CountryInfo* Countries::ByAnyName(std::string_view text) const {
  if (const CountryInfo* c = ByName(text)) return c;
  if (const CountryInfo* c = ByDemonym(text)) return c;
  return ByCapital(text);
}

}  // namespace dateline
