// Copyright 2026 The Dateline Authors.

#include "geo/gazetteer.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include <libdeflate.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <numbers>
#include <unordered_map>

#include "geo/fold.h"
#include "geo/gazetteer_format.h"

namespace dateline {

namespace gf = gazetteer_format;

const char* PlaceKindName(PlaceKind k) {
  switch (k) {
    case PlaceKind::kCity: return "city";
    case PlaceKind::kAdmin2: return "admin2";
    case PlaceKind::kAdmin1: return "admin1";
    case PlaceKind::kCountry: return "country";
  }
  return "unknown";
}

const char* NameMatchName(NameMatch m) {
  switch (m) {
    case NameMatch::kName: return "name";
    case NameMatch::kAlternate: return "alternate";
    case NameMatch::kDemonym: return "demonym";
  }
  return "unknown";
}

// The bytes (mapped or owned) and typed views of the sections. Every view
// was bounds-checked by Check(); every id and offset read from the file is
// checked again where it is used, so a damaged file cannot make a read go
// outside the bytes.
struct Gazetteer::Impl {
  // Tells gazetteers apart in the lookup cache (an address may be reused).
  uint64_t serial = NextSerial();
  static uint64_t NextSerial() {
    static std::atomic<uint64_t> next{1};
    return next.fetch_add(1);
  }
  void* map = nullptr;
  size_t map_size = 0;
  std::string owned;  // FromBytes
  const char* base = nullptr;
  size_t size = 0;

  const gf::FileHeader* header = nullptr;
  const gf::EntryRecord* entries = nullptr;
  uint32_t entry_count = 0;
  uint32_t regions_end = 0;  // countries and regions have smaller ids
  const gf::NameRecord* names = nullptr;
  uint32_t name_count = 0;
  const uint32_t* postings = nullptr;
  uint32_t posting_count = 0;
  const uint32_t* grid_dir = nullptr;
  const uint32_t* grid_ids = nullptr;
  uint32_t grid_count = 0;
  const char* strings = nullptr;
  uint64_t strings_size = 0;

  ~Impl() {
    if (map) munmap(map, map_size);
  }

  std::string_view Str(uint32_t offset, uint32_t n) const {
    if (uint64_t{offset} + n > strings_size) return {};
    return std::string_view(strings + offset, n);
  }
  std::string_view Name(uint32_t i) const { return Str(names[i].offset, names[i].size); }
};

Gazetteer::Gazetteer(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Gazetteer::~Gazetteer() = default;

namespace {

bool SectionFits(uint64_t offset, uint64_t count, uint64_t record, uint64_t size) {
  if (offset % 8 != 0 || offset > size) return false;
  // count < 2^32 and record <= 64, so the product cannot overflow.
  return count * record <= size - offset;
}

}  // namespace

Result<std::unique_ptr<Gazetteer>> Gazetteer::Check(std::unique_ptr<Impl> impl,
                                                    const GazetteerOptions& options,
                                                    const std::string& what) {
  auto corrupt = [&](const std::string& why) {
    return Status::Corrupt(what + ": not a usable gazetteer: " + why);
  };
  const size_t size = impl->size;
  if (size < sizeof(gf::FileHeader)) {
    return corrupt("truncated (" + std::to_string(size) + " bytes, header is " +
                   std::to_string(sizeof(gf::FileHeader)) + ")");
  }
  gf::FileHeader h;
  std::memcpy(&h, impl->base, sizeof h);
  if (std::memcmp(h.magic, gf::kMagic, sizeof h.magic) != 0) return corrupt("bad magic");
  if (h.version != gf::kVersion) {
    return corrupt("format version " + std::to_string(h.version) + ", this build reads " +
                   std::to_string(gf::kVersion) + " (rebuild the gazetteer)");
  }
  uint32_t hcrc = static_cast<uint32_t>(libdeflate_crc32(0, (impl->base),
                                                offsetof(gf::FileHeader, header_crc)));
  if (hcrc != h.header_crc) return corrupt("header checksum mismatch");
  if (h.header_size != sizeof(gf::FileHeader)) return corrupt("bad header size");
  if (h.file_size != size) {
    return corrupt("truncated or padded: header says " + std::to_string(h.file_size) +
                   " bytes, file has " + std::to_string(size));
  }
  if (h.entry_count > gf::kPostingIdMask) return corrupt("too many entries");
  if (!SectionFits(h.entries_offset, h.entry_count, sizeof(gf::EntryRecord), size) ||
      !SectionFits(h.names_offset, h.name_count, sizeof(gf::NameRecord), size) ||
      !SectionFits(h.postings_offset, h.posting_count, sizeof(uint32_t), size) ||
      !SectionFits(h.grid_dir_offset, uint64_t{gf::kGridCells} + 1, sizeof(uint32_t), size) ||
      !SectionFits(h.grid_ids_offset, h.grid_count, sizeof(uint32_t), size) ||
      !SectionFits(h.strings_offset, h.strings_size, 1, size) ||
      h.strings_offset < h.header_size) {
    return corrupt("a section lies outside the file");
  }
  if (uint64_t{h.info_offset} + h.info_size > h.strings_size) return corrupt("bad info string");
  if (h.regions_end > h.entry_count) return corrupt("regions end past the entries");
  if (options.verify_checksum) {
    uint32_t crc = static_cast<uint32_t>(
        libdeflate_crc32(0, (impl->base + sizeof h), size - sizeof h));
    if (crc != h.checksum) return corrupt("checksum mismatch (damaged file)");
  }
  Impl& m = *impl;
  m.header = reinterpret_cast<const gf::FileHeader*>(m.base);
  m.entries = reinterpret_cast<const gf::EntryRecord*>(m.base + h.entries_offset);
  m.entry_count = h.entry_count;
  m.regions_end = h.regions_end == 0 ? h.entry_count : h.regions_end;
  m.names = reinterpret_cast<const gf::NameRecord*>(m.base + h.names_offset);
  m.name_count = h.name_count;
  m.postings = reinterpret_cast<const uint32_t*>(m.base + h.postings_offset);
  m.posting_count = h.posting_count;
  m.grid_dir = reinterpret_cast<const uint32_t*>(m.base + h.grid_dir_offset);
  m.grid_ids = reinterpret_cast<const uint32_t*>(m.base + h.grid_ids_offset);
  m.grid_count = h.grid_count;
  m.strings = m.base + h.strings_offset;
  m.strings_size = h.strings_size;
  return std::unique_ptr<Gazetteer>(new Gazetteer(std::move(impl)));
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Open(const std::string& path,
                                                   const GazetteerOptions& options) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    int e = errno;
    if (e == ENOENT) return Status::NotFound(path + ": no such gazetteer file");
    return Status::IOError(path + ": " + std::strerror(e));
  }
  struct stat st;
  if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    return Status::IOError(path + ": not a regular file");
  }
  auto impl = std::make_unique<Impl>();
  size_t size = static_cast<size_t>(st.st_size);
  if (size >= sizeof(gf::FileHeader)) {
    void* p = mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p == MAP_FAILED) {
      int e = errno;
      ::close(fd);
      return Status::IOError(path + ": mmap: " + std::strerror(e));
    }
    impl->map = p;
    impl->map_size = size;
    impl->base = static_cast<const char*>(p);
    impl->size = size;
  } else {
    // Too small to be one: read it so that Check() says what is wrong.
    impl->owned.resize(size);
    ssize_t got = size ? ::pread(fd, impl->owned.data(), size, 0) : 0;
    impl->owned.resize(got > 0 ? static_cast<size_t>(got) : 0);
    impl->base = impl->owned.data();
    impl->size = impl->owned.size();
  }
  ::close(fd);
  // A full check costs a read of every page (~45 MB): its success is
  // remembered in "<path>.verified" ("<size> <mtime ns> <checksum>") and
  // a file unchanged since is not read whole again. The header, its
  // checksum and every section bound are checked in any case.
  GazetteerOptions check = options;
  uint32_t claimed = 0;
  if (impl->size >= sizeof(gf::FileHeader)) {
    std::memcpy(&claimed, impl->base + offsetof(gf::FileHeader, checksum), sizeof claimed);
  }
  const std::string stamp_path = path + ".verified";
  char stamp[96];
  std::snprintf(stamp, sizeof stamp, "%lld %lld %u", static_cast<long long>(st.st_size),
                static_cast<long long>(st.st_mtim.tv_sec) * 1000000000LL + st.st_mtim.tv_nsec,
                claimed);
  if (options.verify_checksum) {
    if (FILE* f = std::fopen(stamp_path.c_str(), "r")) {
      char seen[96] = {0};
      if (std::fgets(seen, sizeof seen, f) != nullptr && std::strcmp(seen, stamp) == 0) {
        check.verify_checksum = false;
      }
      std::fclose(f);
    }
  }
  auto r = Check(std::move(impl), check, path);
  // Only for a file left alone for a while: a change within the clock's
  // tick of the last one would keep its mtime.
  if (r.ok() && check.verify_checksum && time(nullptr) - st.st_mtim.tv_sec > 2) {
    std::string tmp = stamp_path + "." + std::to_string(getpid());
    if (FILE* f = std::fopen(tmp.c_str(), "w")) {
      bool written = std::fputs(stamp, f) >= 0;
      written = std::fclose(f) == 0 && written;
      if (!written || std::rename(tmp.c_str(), stamp_path.c_str()) != 0) std::remove(tmp.c_str());
    }
  }
  if (r.ok() && r.value()->impl_->map && !check.verify_checksum) {
    // Lookups touch a few pages each: no read-ahead. (After a checksum the
    // pages are all mapped already, and stay: a long run then takes no
    // page faults, for ~40 MB of shared, clean page cache.)
    Impl& m = *r.value()->impl_;
    madvise(m.map, m.map_size, MADV_RANDOM);
  }
  return r;
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::FromBytes(std::string_view bytes,
                                                        const GazetteerOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->owned.assign(bytes);  // std::string storage is suitably aligned
  impl->base = impl->owned.data();
  impl->size = impl->owned.size();
  return Check(std::move(impl), options, "gazetteer bytes");
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::OpenDefault() {
  if (const char* env = std::getenv("DATELINE_GAZETTEER"); env && *env) {
    auto r = Open(env);
    if (!r.ok()) return r.status().WithContext("$DATELINE_GAZETTEER: ");
    return r;
  }
  char buf[4096];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0) {
    return Status::NotFound("no gazetteer: /proc/self/exe unreadable and $DATELINE_GAZETTEER unset");
  }
  std::string exe(buf, static_cast<size_t>(n));
  std::string dir = exe.substr(0, exe.rfind('/') + 1);
  auto r = Open(dir + "gazetteer.bin");
  if (!r.ok() && r.status().code() == Status::Code::kNotFound) {
    return Status::NotFound("no gazetteer: none beside the executable (" + dir +
                            "gazetteer.bin) and $DATELINE_GAZETTEER unset");
  }
  return r;
}

namespace {
struct DefaultGazetteer {
  std::unique_ptr<Gazetteer> gazetteer;
  Status status;
};
const DefaultGazetteer& TheDefault() {
  static const DefaultGazetteer* d = [] {
    auto* out = new DefaultGazetteer;
    auto r = Gazetteer::OpenDefault();
    if (r.ok()) {
      out->gazetteer = std::move(r).value();
    } else {
      out->status = r.status();
    }
    return out;
  }();
  return *d;
}
}  // namespace

const Gazetteer* Gazetteer::Default() { return TheDefault().gazetteer.get(); }
Status Gazetteer::DefaultStatus() { return TheDefault().status; }

size_t Gazetteer::size() const { return impl_->entry_count; }
size_t Gazetteer::name_count() const { return impl_->name_count; }
size_t Gazetteer::file_size() const { return impl_->size; }
std::string_view Gazetteer::build_info() const {
  return impl_->Str(impl_->header->info_offset, impl_->header->info_size);
}

void Gazetteer::Fill(uint32_t id, GeoPlace* out) const {
  const Impl& m = *impl_;
  const gf::EntryRecord& r = m.entries[id];
  *out = GeoPlace();
  out->id = id;
  out->geonameid = r.geonameid;
  uint8_t kind = r.kind & gf::kKindMask;
  out->kind = (kind >= 1 && kind <= 4) ? static_cast<PlaceKind>(kind) : PlaceKind::kCity;
  out->approximate = (r.kind & gf::kApproximate) != 0;
  out->name = m.Str(r.name_offset, r.name_size);
  out->ascii_name = m.Str(r.ascii_offset, r.ascii_size);
  out->lat = r.lat_e6 / 1e6;
  out->lon = r.lon_e6 / 1e6;
  out->country_code = std::string_view(r.country_code, r.country_code[1] ? 2 : (r.country_code[0] ? 1 : 0));
  out->code = m.Str(r.code_offset, r.code_size);
  out->iso_code = m.Str(r.iso_offset, r.iso_size);
  out->subdivision_type = m.Str(r.type_offset, r.type_size);
  out->feature_class = r.feature_class;
  out->feature_code = std::string_view(r.feature_code, strnlen(r.feature_code, sizeof r.feature_code));
  out->population = r.population;
  auto ref = [&](uint32_t x) { return x < m.entry_count ? x : kNoPlace; };
  out->admin1_id = ref(r.admin1);
  out->admin2_id = ref(r.admin2);
  out->country_id = ref(r.country);
  if (out->admin1_id != kNoPlace) {
    const gf::EntryRecord& a = m.entries[out->admin1_id];
    out->admin1_name = m.Str(a.name_offset, a.name_size);
    std::string_view code = m.Str(a.code_offset, a.code_size);
    size_t dot = code.find('.');
    out->admin1_code = dot == std::string_view::npos ? code : code.substr(dot + 1);
  }
  if (out->admin2_id != kNoPlace) {
    const gf::EntryRecord& a = m.entries[out->admin2_id];
    out->admin2_name = m.Str(a.name_offset, a.name_size);
  }
  if (out->country_id != kNoPlace) {
    const gf::EntryRecord& c = m.entries[out->country_id];
    out->country_name = m.Str(c.name_offset, c.name_size);
  }
  if (out->kind == PlaceKind::kAdmin1) {
    size_t dot = out->code.find('.');
    if (dot != std::string_view::npos) out->admin1_code = out->code.substr(dot + 1);
    out->admin1_name = out->name;
    out->admin1_id = id;
  }
  if (out->kind == PlaceKind::kCountry) {
    out->country_name = out->name;
    out->country_id = id;
  }
}

bool Gazetteer::Get(uint32_t id, GeoPlace* out) const {
  if (id >= impl_->entry_count) return false;
  Fill(id, out);
  return true;
}

uint64_t Gazetteer::serial() const { return impl_->serial; }

uint32_t Gazetteer::regions_end() const { return impl_->regions_end; }

bool Gazetteer::KindOf(uint32_t id, PlaceKind* out) const {
  if (id >= impl_->entry_count) return false;
  uint8_t kind = impl_->entries[id].kind & gf::kKindMask;
  *out = (kind >= 1 && kind <= 4) ? static_cast<PlaceKind>(kind) : PlaceKind::kCity;
  return true;
}

bool Gazetteer::Country(std::string_view code, GeoPlace* out) const {
  const Impl& m = *impl_;
  if (code.size() != 2) return false;
  char a = static_cast<char>(std::toupper(static_cast<unsigned char>(code[0])));
  char b = static_cast<char>(std::toupper(static_cast<unsigned char>(code[1])));
  // Countries come first in the file.
  for (uint32_t id = 0; id < m.entry_count; ++id) {
    const gf::EntryRecord& r = m.entries[id];
    if ((r.kind & gf::kKindMask) != static_cast<uint8_t>(PlaceKind::kCountry)) break;
    if (r.country_code[0] == a && r.country_code[1] == b) {
      Fill(id, out);
      return true;
    }
  }
  return false;
}

std::vector<Candidate> Gazetteer::Lookup(std::string_view name, const LookupOptions& options) const {
  if (name.empty() || name.size() > 1024) return {};
  return LookupFolded(FoldPlaceName(name), options);
}

std::vector<Candidate> Gazetteer::LookupFolded(std::string_view folded,
                                               const LookupOptions& options) const {
  std::vector<Candidate> out;
  const Impl& m = *impl_;
  if (folded.empty()) return out;
  // The same names come up story after story ("Baghdad", "Borno State"):
  // the answers are kept per thread, for this gazetteer and these options.
  // (A binary search over millions of names touches a page per step.)
  constexpr size_t kMaxCached = 1 << 15;
  thread_local std::unordered_map<std::string, std::vector<Candidate>> cache;
  std::string key;
  key.reserve(folded.size() + 32);
  key.append(reinterpret_cast<const char*>(&m.serial), sizeof m.serial);
  key.append(reinterpret_cast<const char*>(&options.kinds), sizeof options.kinds);
  key.append(reinterpret_cast<const char*>(&options.max_results), sizeof options.max_results);
  key.append(options.country_code).push_back('\x1f');
  key.append(folded);
  if (auto it = cache.find(key); it != cache.end()) return it->second;
  if (cache.size() >= kMaxCached) cache.clear();
  out = LookupFoldedUncached(folded, options);
  cache.emplace(std::move(key), out);
  return out;
}

std::vector<Candidate> Gazetteer::LookupFoldedUncached(std::string_view folded,
                                                       const LookupOptions& options) const {
  std::vector<Candidate> out;
  const Impl& m = *impl_;
  uint32_t lo = 0, hi = m.name_count;
  while (lo < hi) {
    uint32_t mid = lo + (hi - lo) / 2;
    if (m.Name(mid) < folded) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  if (lo >= m.name_count || m.Name(lo) != folded) return out;
  uint32_t begin = std::min(m.names[lo].first_posting, m.posting_count);
  uint32_t end = lo + 1 < m.name_count ? m.names[lo + 1].first_posting : m.posting_count;
  end = std::clamp(end, begin, m.posting_count);
  for (uint32_t p = begin; p < end && out.size() < options.max_results; ++p) {
    uint32_t id = m.postings[p] & gf::kPostingIdMask;
    uint32_t match = m.postings[p] >> gf::kPostingMatchShift;
    if (id >= m.entry_count) continue;
    const gf::EntryRecord& r = m.entries[id];
    if (options.kinds && !(options.kinds & (1u << (r.kind & gf::kKindMask)))) continue;
    if (options.country_code.size() == 2 &&
        (r.country_code[0] != options.country_code[0] ||
         r.country_code[1] != options.country_code[1])) {
      continue;
    }
    Candidate c;
    Fill(id, &c.place);
    c.match = match <= 2 ? static_cast<NameMatch>(match) : NameMatch::kAlternate;
    out.push_back(std::move(c));
  }
  return out;
}

bool Gazetteer::Contains(const GeoPlace& region, const GeoPlace& place) const {
  if (region.id == kNoPlace || place.id == kNoPlace) return false;
  if (region.id == place.id) return true;
  switch (region.kind) {
    case PlaceKind::kCountry: return place.country_id == region.id;
    case PlaceKind::kAdmin1: return place.admin1_id == region.id;
    case PlaceKind::kAdmin2: return place.admin2_id == region.id;
    case PlaceKind::kCity: return false;
  }
  return false;
}

double DistanceKm(double lat1, double lon1, double lat2, double lon2) {
  constexpr double kEarthKm = 6371.0088;
  constexpr double kRad = std::numbers::pi / 180.0;
  double dlat = (lat2 - lat1) * kRad, dlon = (lon2 - lon1) * kRad;
  double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
             std::cos(lat1 * kRad) * std::cos(lat2 * kRad) * std::sin(dlon / 2) * std::sin(dlon / 2);
  return 2 * kEarthKm * std::asin(std::sqrt(std::min(1.0, a)));
}

// Calls f(id, km) for each city in the grid cells that can hold a point
// within max_km of (lat, lon), with its distance.
template <typename F>
void Gazetteer::ForCitiesNear(double lat, double lon, double max_km, F&& f) const {
  const Impl& m = *impl_;
  if (!std::isfinite(lat) || !std::isfinite(lon) || !(max_km >= 0)) return;
  max_km = std::min(max_km, 20100.0);
  double dlat = max_km / 111.0 + 1e-9;
  int la0 = std::clamp(static_cast<int>(std::floor(lat - dlat + 90)), 0, gf::kGridLatCells - 1);
  int la1 = std::clamp(static_cast<int>(std::floor(lat + dlat + 90)), 0, gf::kGridLatCells - 1);
  double worst_lat = std::min(89.9, std::max(std::fabs(lat - dlat), std::fabs(lat + dlat)));
  double dlon = max_km / (111.32 * std::cos(worst_lat * std::numbers::pi / 180.0));
  int lo0 = 0, lo1 = gf::kGridLonCells - 1;
  bool all_lon = dlon >= 180;
  if (!all_lon) {
    lo0 = static_cast<int>(std::floor(lon - dlon + 180));
    lo1 = static_cast<int>(std::floor(lon + dlon + 180));
  }
  for (int la = la0; la <= la1; ++la) {
    for (int lo = lo0; lo <= lo1; ++lo) {
      int wrapped = ((lo % gf::kGridLonCells) + gf::kGridLonCells) % gf::kGridLonCells;
      uint32_t cell = static_cast<uint32_t>(la * gf::kGridLonCells + wrapped);
      uint32_t b = std::min(m.grid_dir[cell], m.grid_count);
      uint32_t e = std::clamp(m.grid_dir[cell + 1], b, m.grid_count);
      for (uint32_t i = b; i < e; ++i) {
        uint32_t id = m.grid_ids[i];
        if (id >= m.entry_count) continue;
        const gf::EntryRecord& r = m.entries[id];
        double km = DistanceKm(lat, lon, r.lat_e6 / 1e6, r.lon_e6 / 1e6);
        if (km <= max_km) f(id, km, r);
      }
      if (all_lon && lo - lo0 + 1 >= gf::kGridLonCells) break;
    }
  }
}

bool Gazetteer::NearestCity(double lat, double lon, double max_km, GeoPlace* out) const {
  uint32_t best = kNoPlace;
  double best_km = 0;
  ForCitiesNear(lat, lon, max_km, [&](uint32_t id, double km, const gf::EntryRecord&) {
    if (best == kNoPlace || km < best_km || (km == best_km && id < best)) {
      best = id;
      best_km = km;
    }
  });
  if (best == kNoPlace) return false;
  Fill(best, out);
  return true;
}

bool Gazetteer::LargestCityNear(double lat, double lon, double max_km, GeoPlace* out) const {
  uint32_t best = kNoPlace;
  uint32_t best_pop = 0;
  ForCitiesNear(lat, lon, max_km, [&](uint32_t id, double, const gf::EntryRecord& r) {
    if (best == kNoPlace || r.population > best_pop || (r.population == best_pop && id < best)) {
      best = id;
      best_pop = r.population;
    }
  });
  if (best == kNoPlace) return false;
  Fill(best, out);
  return true;
}

}  // namespace dateline
