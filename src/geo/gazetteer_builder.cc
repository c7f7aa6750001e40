// Copyright 2026 The Dateline Authors.

#include "geo/gazetteer_builder.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <unordered_map>

#include <libdeflate.h>

#include "geo/fold.h"
#include "geo/gazetteer_format.h"

namespace dateline {

namespace gf = gazetteer_format;

namespace {

// A pool of unterminated strings, each stored once.
class StringPool {
 public:
  uint32_t Add(std::string_view s) {
    if (s.empty()) return 0;
    auto it = index_.find(std::string(s));
    if (it != index_.end()) return it->second;
    uint32_t off = static_cast<uint32_t>(bytes_.size());
    bytes_.append(s);
    index_.emplace(std::string(s), off);
    return off;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, uint32_t> index_;
};

int32_t E6(double deg) { return static_cast<int32_t>(std::lround(deg * 1e6)); }

uint32_t GridCell(double lat, double lon) {
  int la = static_cast<int>(std::floor(lat + 90.0));
  int lo = static_cast<int>(std::floor(lon + 180.0));
  la = std::clamp(la, 0, gf::kGridLatCells - 1);
  lo = std::clamp(lo, 0, gf::kGridLonCells - 1);
  return static_cast<uint32_t>(la * gf::kGridLonCells + lo);
}

template <typename T>
void AppendPod(const T& v, std::string* out) {
  out->append(reinterpret_cast<const char*>(&v), sizeof(T));
}

void Pad(std::string* out) { out->resize(gf::AlignUp(out->size()), '\0'); }

}  // namespace

uint32_t GazetteerBuilder::Add(GazetteerEntry entry) {
  uint32_t id = static_cast<uint32_t>(entries_.size());
  bool spelled = entry.kind != PlaceKind::kCountry;
  entries_.push_back(std::move(entry));
  const GazetteerEntry& e = entries_.back();
  for (const std::string* n : {&e.name, &e.ascii_name}) {
    if (n->empty()) continue;
    std::string folded = FoldPlaceName(*n);
    // Places and regions are found by spelling too (fold.h, SpellingKey).
    if (spelled) {
      std::string key = SpellingKey(folded);
      if (!key.empty()) AddFoldedName(id, "~" + key, NameMatch::kAlternate);
    }
    AddFoldedName(id, std::move(folded), NameMatch::kName);
  }
  return id;
}

void GazetteerBuilder::AddName(uint32_t id, std::string_view name, NameMatch match) {
  AddFoldedName(id, FoldPlaceName(name), match);
}

void GazetteerBuilder::AddFoldedName(uint32_t id, std::string folded, NameMatch match) {
  if (folded.empty() || folded.size() > 0xFFFF) return;
  // A region's other names ("Zabul" for Zabul Province) by spelling too.
  if (id < entries_.size() && folded[0] != '~' &&
      (entries_[id].kind == PlaceKind::kAdmin1 || entries_[id].kind == PlaceKind::kAdmin2)) {
    std::string key = SpellingKey(folded);
    if (!key.empty()) names_.push_back({"~" + key, id, NameMatch::kAlternate});
  }
  names_.push_back({std::move(folded), id, match});
}

std::vector<GazetteerBuilder::NameRef> GazetteerBuilder::RegionWordNames() const {
  std::unordered_map<std::string, uint32_t> country_ids;
  for (uint32_t id = 0; id < entries_.size(); ++id) {
    if (entries_[id].kind == PlaceKind::kCountry) country_ids.emplace(entries_[id].country_code, id);
  }
  std::vector<NameRef> out;
  for (const GazetteerEntry& e : entries_) {
    if (e.kind != PlaceKind::kAdmin1 && e.kind != PlaceKind::kAdmin2) continue;
    auto country = country_ids.find(e.country_code);
    if (country == country_ids.end()) continue;
    // ASCII names only: the index is of words a text writes in ASCII.
    const std::string& ascii = e.ascii_name.empty() ? e.name : e.ascii_name;
    if (std::any_of(ascii.begin(), ascii.end(),
                    [](char c) { return static_cast<unsigned char>(c) >= 0x80; })) {
      continue;
    }
    const char* prefix =
        e.kind == PlaceKind::kAdmin1 ? gf::kRegionWordPrefix1 : gf::kRegionWordPrefix2;
    std::string folded = FoldPlaceName(ascii);
    size_t start = 0;
    while (start < folded.size()) {
      size_t sp = folded.find(' ', start);
      if (sp == std::string::npos) sp = folded.size();
      if (sp - start >= 4) {
        out.push_back({prefix + folded.substr(start, sp - start), country->second,
                       NameMatch::kAlternate});
      }
      start = sp + 1;
    }
  }
  return out;
}

Result<std::string> GazetteerBuilder::Build() const {
  const uint32_t n = static_cast<uint32_t>(entries_.size());
  if (n > gf::kPostingIdMask) return Status::Limit("gazetteer: too many entries");
  StringPool pool;

  // Entries.
  std::string entries;
  entries.reserve(size_t{n} * sizeof(gf::EntryRecord));
  bool countries_done = false;
  for (uint32_t id = 0; id < n; ++id) {
    const GazetteerEntry& e = entries_[id];
    if (e.kind == PlaceKind::kCountry && countries_done) {
      return Status::InvalidArgument("gazetteer: countries must be added first");
    }
    if (e.kind != PlaceKind::kCountry) countries_done = true;
    for (uint32_t ref : {e.admin1, e.admin2, e.country}) {
      if (ref != kNoPlace && ref >= n) {
        return Status::InvalidArgument("gazetteer: entry '" + e.name + "' refers to id " +
                                       std::to_string(ref) + ", which does not exist");
      }
    }
    gf::EntryRecord r;
    std::memset(&r, 0, sizeof r);
    auto str = [&](const std::string& s, size_t max, uint32_t* off, auto* size) {
      std::string_view v(s);
      if (v.size() > max) v = v.substr(0, max);
      *off = pool.Add(v);
      *size = static_cast<std::remove_reference_t<decltype(*size)>>(v.size());
    };
    r.geonameid = e.geonameid;
    r.lat_e6 = E6(e.lat);
    r.lon_e6 = E6(e.lon);
    r.population = e.population;
    str(e.name, 0xFFFF, &r.name_offset, &r.name_size);
    str(e.ascii_name.empty() ? e.name : e.ascii_name, 0xFFFF, &r.ascii_offset, &r.ascii_size);
    str(e.code, 0xFF, &r.code_offset, &r.code_size);
    str(e.iso_code, 0xFF, &r.iso_offset, &r.iso_size);
    str(e.subdivision_type, 0xFF, &r.type_offset, &r.type_size);
    r.admin1 = e.admin1;
    r.admin2 = e.admin2;
    r.country = e.country;
    r.kind = static_cast<uint8_t>(e.kind) | (e.approximate ? gf::kApproximate : 0);
    for (size_t i = 0; i < 2 && i < e.country_code.size(); ++i) r.country_code[i] = e.country_code[i];
    r.feature_class = e.feature_class;
    for (size_t i = 0; i < 5 && i < e.feature_code.size(); ++i) r.feature_code[i] = e.feature_code[i];
    AppendPod(r, &entries);
  }

  // Names: sorted by folded name; one posting per (name, entry) with its
  // strongest match; postings of a name by population, kind, id.
  const std::vector<NameRef> region_words = RegionWordNames();
  std::vector<const NameRef*> refs;
  refs.reserve(names_.size() + region_words.size());
  for (const NameRef& r : names_) refs.push_back(&r);
  for (const NameRef& r : region_words) refs.push_back(&r);
  std::sort(refs.begin(), refs.end(), [](const NameRef* a, const NameRef* b) {
    if (a->folded != b->folded) return a->folded < b->folded;
    if (a->id != b->id) return a->id < b->id;
    return a->match < b->match;
  });
  std::string names, postings;
  uint32_t name_count = 0, posting_count = 0;
  for (size_t i = 0; i < refs.size();) {
    size_t j = i;
    std::vector<std::pair<uint32_t, NameMatch>> ids;
    while (j < refs.size() && refs[j]->folded == refs[i]->folded) {
      if (ids.empty() || ids.back().first != refs[j]->id) ids.emplace_back(refs[j]->id, refs[j]->match);
      ++j;
    }
    std::sort(ids.begin(), ids.end(), [&](const auto& a, const auto& b) {
      const GazetteerEntry& x = entries_[a.first];
      const GazetteerEntry& y = entries_[b.first];
      if (x.population != y.population) return x.population > y.population;
      if (x.kind != y.kind) return x.kind > y.kind;
      return a.first < b.first;
    });
    gf::NameRecord nr{};
    nr.offset = pool.Add(refs[i]->folded);
    nr.size = static_cast<uint16_t>(refs[i]->folded.size());
    nr.first_posting = posting_count;
    AppendPod(nr, &names);
    ++name_count;
    for (const auto& [id, match] : ids) {
      uint32_t p = id | (static_cast<uint32_t>(match) << gf::kPostingMatchShift);
      AppendPod(p, &postings);
      ++posting_count;
    }
    i = j;
  }

  // The grid of cities.
  std::vector<uint32_t> dir(gf::kGridCells + 1, 0);
  std::vector<uint32_t> cell_of(n, gf::kNone);
  for (uint32_t id = 0; id < n; ++id) {
    if (entries_[id].kind != PlaceKind::kCity) continue;
    cell_of[id] = GridCell(entries_[id].lat, entries_[id].lon);
    ++dir[cell_of[id] + 1];
  }
  for (uint32_t c = 0; c < gf::kGridCells; ++c) dir[c + 1] += dir[c];
  std::vector<uint32_t> grid(dir[gf::kGridCells]);
  {
    std::vector<uint32_t> next(dir.begin(), dir.end() - 1);
    for (uint32_t id = 0; id < n; ++id) {
      if (cell_of[id] != gf::kNone) grid[next[cell_of[id]]++] = id;
    }
  }

  uint32_t info_offset = pool.Add(info_);

  // Layout.
  gf::FileHeader h;
  std::memset(&h, 0, sizeof h);
  std::memcpy(h.magic, gf::kMagic, sizeof h.magic);
  h.version = gf::kVersion;
  h.header_size = sizeof(gf::FileHeader);
  h.entry_count = n;
  h.name_count = name_count;
  h.posting_count = posting_count;
  h.grid_count = static_cast<uint32_t>(grid.size());
  h.info_offset = info_offset;
  h.info_size = static_cast<uint32_t>(info_.size());
  for (uint32_t id = 0; id < n; ++id) {
    if (entries_[id].kind != PlaceKind::kCity) h.regions_end = id + 1;
  }

  std::string out(sizeof h, '\0');
  h.entries_offset = out.size();
  out += entries;
  Pad(&out);
  h.names_offset = out.size();
  out += names;
  Pad(&out);
  h.postings_offset = out.size();
  out += postings;
  Pad(&out);
  h.grid_dir_offset = out.size();
  out.append(reinterpret_cast<const char*>(dir.data()), dir.size() * sizeof(uint32_t));
  Pad(&out);
  h.grid_ids_offset = out.size();
  out.append(reinterpret_cast<const char*>(grid.data()), grid.size() * sizeof(uint32_t));
  Pad(&out);
  h.strings_offset = out.size();
  h.strings_size = pool.bytes().size();
  out += pool.bytes();
  Pad(&out);
  h.file_size = out.size();
  h.checksum = static_cast<uint32_t>(
      libdeflate_crc32(0, (out.data() + sizeof h), out.size() - sizeof h));
  h.header_crc = static_cast<uint32_t>(libdeflate_crc32(0, (&h),
                                               offsetof(gf::FileHeader, header_crc)));
  std::memcpy(out.data(), &h, sizeof h);
  return out;
}

}  // namespace dateline
