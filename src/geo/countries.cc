// Copyright 2026 The Dateline Authors.

#include "geo/countries.h"

#include "util/embedded_data.h"
#include "util/strings.h"

namespace dateline {

namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  for (;;) {
    size_t at = s.find(sep, start);
    out.push_back(s.substr(start, at == std::string_view::npos ? at : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return out;
}

std::string_view StripPossessive(std::string_view s) {
  if (EndsWith(s, "\xE2\x80\x99s")) s.remove_suffix(4);
  else if (EndsWith(s, "'s")) s.remove_suffix(2);
  if (StartsWith(s, "the ")) s.remove_prefix(4);
  return s;
}

}  // namespace

Result<Countries> Countries::Parse(std::string_view tsv) {
  Countries c;
  size_t line_no = 0;
  for (std::string_view line : SplitLines(tsv)) {
    ++line_no;
    if (TrimView(line).empty() || line[0] == '#') continue;
    auto cols = Split(line, '\t');
    if (cols.size() != 5 || cols[0].size() != 2) {
      return Status::Corrupt("countries line " + std::to_string(line_no) +
                             ": want code, name, aliases, demonyms, capital");
    }
    int idx = static_cast<int>(c.countries_.size());
    // The capital column may list other spellings after '|' ("Kyiv|Kiev").
    std::string_view capital = cols[4].substr(0, cols[4].find('|'));
    c.countries_.push_back({std::string(cols[0]), std::string(cols[1]), std::string(capital), {}, {}});
    c.codes_.emplace(std::string(cols[0]), idx);
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
  return c;
}

const Countries& Countries::Default() {
  static const Countries* c = [] {
    auto r = Parse(FindEmbeddedFile("countries.tsv"));
    return new Countries(r.ok() ? std::move(r).value() : Countries());
  }();
  return *c;
}

const CountryInfo* Countries::Find(const std::unordered_map<std::string, int>& m,
                                   std::string_view key) const {
  auto it = m.find(std::string(StripPossessive(key)));
  return it == m.end() ? nullptr : &countries_[static_cast<size_t>(it->second)];
}

const CountryInfo* Countries::ByName(std::string_view name) const { return Find(names_, name); }
const CountryInfo* Countries::ByDemonym(std::string_view w) const { return Find(demonyms_, w); }
const CountryInfo* Countries::ByCapital(std::string_view c) const { return Find(capitals_, c); }
const CountryInfo* Countries::ByCode(std::string_view code) const { return Find(codes_, code); }

const CountryInfo* Countries::ByAnyName(std::string_view text) const {
  if (const CountryInfo* c = ByName(text)) return c;
  if (const CountryInfo* c = ByDemonym(text)) return c;
  return ByCapital(text);
}

}  // namespace dateline
