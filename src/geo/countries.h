// Copyright 2026 The Dateline Authors.
//
// Countries by name, alias, demonym and capital, from data/countries.tsv
// (our own lexicon). Lookups are exact on the text as written, with a
// trailing possessive ("Nigeria's") removed. Tested by countries_test.cc.

#ifndef DATELINE_GEO_COUNTRIES_H_
#define DATELINE_GEO_COUNTRIES_H_

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dateline/status.h"

namespace dateline {

struct CountryInfo {
  std::string code;  // ISO 3166-1 alpha-2
  std::string alpha3;  // ISO 3166-1 alpha-3 ("RUS"; Kosovo's user-assigned "XKX")
  int numeric = 0;     // ISO 3166-1 numeric (643), 0 if none (Kosovo)
  std::string name;
  std::string capital;
  std::vector<std::string> aliases;   // other names ("Byelorussia")
  std::vector<std::string> demonyms;  // "Belarusian", "Belarusians"
};

class Countries {
 public:
  static Result<Countries> Parse(std::string_view tsv);
  // The embedded data/countries.tsv.
  static const Countries& Default();

  const CountryInfo* ByName(std::string_view name) const;     // names and aliases
  const CountryInfo* ByDemonym(std::string_view word) const;  // "Iranian"
  const CountryInfo* ByCapital(std::string_view city) const;  // "Kabul"
  const CountryInfo* ByCode(std::string_view code) const;      // alpha-2
  const CountryInfo* ByAlpha3(std::string_view code) const;    // "RUS"
  // Any of the above but code.
  const CountryInfo* ByAnyName(std::string_view text) const;
  // What a user typed for a country: an alpha-2 code in any case ("ru"),
  // else a name or alias ("Russia").
  const CountryInfo* ByNameOrCode(std::string_view text) const;

  // True if `word` is the first word of a name, alias, demonym or capital
  // (a possessive "'s" ignored): the one lookup a word needs before the
  // runs it may start are tried ("South" of "South Sudan").
  bool StartsAName(std::string_view word) const;

  size_t size() const { return countries_.size(); }
  const std::vector<CountryInfo>& all() const { return countries_; }

 private:
  // Looked up by string_view, without building a string per call
  // (CountryVotes asks for every capitalised run of a text).
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  using Index = std::unordered_map<std::string, int, Hash, std::equal_to<>>;

  const CountryInfo* Find(const Index& m, std::string_view key) const;

  std::vector<CountryInfo> countries_;
  Index names_, demonyms_, capitals_, codes_, alpha3_;
  Index first_words_;  // of names_, demonyms_ and capitals_
};

}  // namespace dateline

#endif  // DATELINE_GEO_COUNTRIES_H_
