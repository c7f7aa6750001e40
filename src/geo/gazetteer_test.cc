// Copyright 2026 The Dateline Authors.
//
// The gazetteer on a small fixture made here from hand-written rows (the
// real gazetteer.bin is checked by tests/gazetteer_test.py): folding,
// lookup order and filters, containment, distances, the city grid, damaged
// files, and ResolvePlace's use of hints.

#include "geo/gazetteer.h"

#include <gtest/gtest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>

#include "geo/fold.h"
#include "geo/gazetteer_builder.h"
#include "geo/resolve.h"
#include "util/utf8.h"

namespace dateline {
namespace {

struct Ids {
  uint32_t in, ru, us;
  uint32_t chhattisgarh, karnataka, moscow_oblast, moscow_region, spb_region, florida;
  uint32_t bijapur_district, vijayapura_district;
  uint32_t bijapur, vijayapura, krasnogorsk, moscow, spb, spb_fl;
};

GazetteerEntry Country(const char* cc, const char* name, uint32_t pop) {
  GazetteerEntry e;
  e.kind = PlaceKind::kCountry;
  e.name = name;
  e.country_code = cc;
  e.code = cc;
  e.feature_class = 'A';
  e.feature_code = "PCLI";
  e.population = pop;
  return e;
}

GazetteerEntry Region(PlaceKind kind, const char* code, const char* name, uint32_t country,
                      double lat, double lon, uint32_t pop) {
  GazetteerEntry e;
  e.kind = kind;
  e.name = name;
  e.country_code = std::string(code, 2);
  e.code = code;
  e.country = country;
  e.lat = lat;
  e.lon = lon;
  e.population = pop;
  e.feature_class = 'A';
  e.feature_code = kind == PlaceKind::kAdmin1 ? "ADM1" : "ADM2";
  return e;
}

GazetteerEntry City(uint32_t geonameid, const char* name, const char* ascii, const char* cc,
                    double lat, double lon, uint32_t pop, const char* fcode, uint32_t country,
                    uint32_t admin1, uint32_t admin2 = kNoPlace) {
  GazetteerEntry e;
  e.kind = PlaceKind::kCity;
  e.geonameid = geonameid;
  e.name = name;
  e.ascii_name = ascii;
  e.country_code = cc;
  e.lat = lat;
  e.lon = lon;
  e.population = pop;
  e.feature_class = 'P';
  e.feature_code = fcode;
  e.country = country;
  e.admin1 = admin1;
  e.admin2 = admin2;
  return e;
}

// A few real places, with the ambiguities the resolver must handle.
std::string FixtureBytes(Ids* ids) {
  GazetteerBuilder b;
  Ids& i = *ids;
  i.in = b.Add(Country("IN", "India", 900000000));
  b.AddName(i.in, "Indian", NameMatch::kDemonym);
  i.ru = b.Add(Country("RU", "Russia", 100000000));
  b.AddName(i.ru, "Russian Federation", NameMatch::kAlternate);
  b.AddName(i.ru, "Russian", NameMatch::kDemonym);
  i.us = b.Add(Country("US", "United States", 300000000));
  b.AddName(i.us, "US", NameMatch::kAlternate);
  i.chhattisgarh = b.Add(Region(PlaceKind::kAdmin1, "IN.37", "Chhattisgarh", i.in, 21.3, 82.0, 9000000));
  b.entry(i.chhattisgarh).iso_code = "IN-CT";
  b.entry(i.chhattisgarh).subdivision_type = "State";
  i.karnataka = b.Add(Region(PlaceKind::kAdmin1, "IN.19", "Karnataka", i.in, 14.5, 76.0, 30000000));
  i.moscow_oblast = b.Add(Region(PlaceKind::kAdmin1, "RU.47", "Moscow Oblast", i.ru, 55.6, 37.5, 7000000));
  b.AddFoldedName(i.moscow_oblast, "moscow", NameMatch::kAlternate);
  i.moscow_region = b.Add(Region(PlaceKind::kAdmin1, "RU.48", "Moscow", i.ru, 55.75, 37.6, 12000000));
  i.spb_region = b.Add(Region(PlaceKind::kAdmin1, "RU.66", "Saint Petersburg", i.ru, 59.9, 30.3, 5400000));
  i.florida = b.Add(Region(PlaceKind::kAdmin1, "US.FL", "Florida", i.us, 28.0, -82.0, 15000000));
  i.bijapur_district = b.Add(Region(PlaceKind::kAdmin2, "IN.37.417", "Bijapur", i.in, 18.8, 80.8, 10000));
  b.entry(i.bijapur_district).admin1 = i.chhattisgarh;
  i.vijayapura_district = b.Add(Region(PlaceKind::kAdmin2, "IN.19.577", "Bijapur", i.in, 16.8, 75.7, 400000));
  b.entry(i.vijayapura_district).admin1 = i.karnataka;
  i.bijapur = b.Add(City(0, "Bījāpur", "", "IN", 18.79387, 80.81599, 0, "", i.in, i.chhattisgarh,
                         i.bijapur_district));
  i.vijayapura = b.Add(City(1275701, "Vijayapura", "Vijayapura", "IN", 16.82442, 75.71537, 327427,
                            "PPLA2", i.in, i.karnataka, i.vijayapura_district));
  b.AddName(i.vijayapura, "Bijapur", NameMatch::kAlternate);
  i.krasnogorsk = b.Add(City(542374, "Krasnogorsk", "Krasnogorsk", "RU", 55.8204, 37.3302, 92932,
                             "PPLA2", i.ru, i.moscow_oblast));
  b.AddName(i.krasnogorsk, "Красногорск", NameMatch::kAlternate);
  i.moscow = b.Add(City(524901, "Moscow", "Moscow", "RU", 55.75222, 37.61556, 10381222, "PPLC", i.ru,
                        i.moscow_region));
  i.spb = b.Add(City(498817, "Saint Petersburg", "Saint Petersburg", "RU", 59.93863, 30.31413,
                     5351935, "PPLA", i.ru, i.spb_region));
  b.AddName(i.spb, "Sankt-Peterburg", NameMatch::kAlternate);
  i.spb_fl = b.Add(City(4171563, "St. Petersburg", "St. Petersburg", "US", 27.77086, -82.67927,
                        258308, "PPL", i.us, i.florida));
  b.set_info("test fixture");
  auto bytes = b.Build();
  EXPECT_TRUE(bytes.ok()) << bytes.status().ToString();
  return bytes.ok() ? bytes.value() : std::string();
}

class GazetteerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    bytes_ = FixtureBytes(&ids_);
    auto g = Gazetteer::FromBytes(bytes_);
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    g_ = std::move(g).value();
  }

  std::vector<uint32_t> Ids(std::string_view name, const LookupOptions& o = {}) {
    std::vector<uint32_t> out;
    for (const Candidate& c : g_->Lookup(name, o)) out.push_back(c.place.id);
    return out;
  }

  std::string bytes_;
  struct Ids ids_;
  std::unique_ptr<Gazetteer> g_;
};

TEST(FoldPlaceName, DiacriticsScriptsCaseAndPunctuation) {
  EXPECT_EQ("bijapur", FoldPlaceName("Bījāpur"));
  EXPECT_EQ("krasnogorsk", FoldPlaceName("Красногорск"));
  EXPECT_EQ("sao paulo", FoldPlaceName("  São   Paulo "));
  EXPECT_EQ("st petersburg", FoldPlaceName("St. Petersburg"));
  EXPECT_EQ("ndjamena", FoldPlaceName("N'Djamena"));
  EXPECT_EQ("ndjamena", FoldPlaceName("N\xE2\x80\x99" "Djamena"));
  EXPECT_EQ("petropavlovsk kamchatsky", FoldPlaceName("Petropavlovsk-Kamchatsky"));
  EXPECT_EQ("koln", FoldPlaceName("KÖLN"));
  EXPECT_EQ("yi bin", FoldPlaceName("宜宾"));
  EXPECT_EQ("", FoldPlaceName(""));
  EXPECT_EQ("", FoldPlaceName(" -- "));
  // Invalid UTF-8 folds to something, without trouble.
  EXPECT_FALSE(FoldPlaceName("ab\xFF\xFE" "cd").empty());
}

// The fast path (no transliterator for Latin text) against ICU, code point
// by code point: every code point it knows, alone, between letters and
// after a capital, folds as ICU folds it; and it knows the letters news
// text uses.
TEST(FoldPlaceName, LatinFastPathAgreesWithIcu) {
  int known = 0;
  auto utf8 = [](uint32_t cp) {
    std::string s;
    AppendUtf8(cp, &s);
    return s;
  };
  for (uint32_t cp = 0x80; cp <= 0x2FFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    if (FoldLatinCodePoint(cp).empty()) continue;
    ++known;
    std::string c = utf8(cp);
    for (const std::string& text : {c, "ab" + c + "cd", "X" + c, c + "Y", c + c}) {
      ASSERT_EQ(FoldPlaceNameWithIcu(text), FoldPlaceName(text)) << "U+" << std::hex << cp;
    }
  }
  EXPECT_GT(known, 450);
  for (uint32_t cp : {0xE9u, 0x101u, 0x15Fu, 0x163u, 0x1EC7u, 0xDFu, 0x142u, 0x2019u, 0x2013u}) {
    EXPECT_FALSE(FoldLatinCodePoint(cp).empty()) << "U+" << std::hex << cp;
  }
  // Not Latin, or a mark on its own: ICU's to fold.
  for (uint32_t cp : {0x41Au, 0x627u, 0x5B9Cu, 0x301u, 0xAAu}) {
    EXPECT_TRUE(FoldLatinCodePoint(cp).empty()) << "U+" << std::hex << cp;
  }
  for (const char* name : {"Bījāpur", "Şanlıurfa", "Łódź", "Đà Nẵng", "Kırıkkale", "Ḩalab",
                           "Moscow’s", "Grosse Île", "Ærøskøbing", "Thành phố Hồ Chí Minh"}) {
    EXPECT_EQ(FoldPlaceNameWithIcu(name), FoldPlaceName(name)) << name;
  }
}

TEST(SpellingKey, TransliterationsOfOneNameMeet) {
  auto key = [](const char* name) { return SpellingKey(FoldPlaceName(name)); };
  EXPECT_EQ(key("Kismayo"), key("Kismaayo"));
  EXPECT_EQ(key("Baqubah"), key("Baqouba"));
  EXPECT_EQ(key("Al Mahmudiyah"), key("Mahmoudiya"));
  EXPECT_EQ(key("Beledweyne"), key("Beled Weyne"));
  EXPECT_EQ(key("Warshiikh"), key("War-Sheikh"));
  EXPECT_EQ(key("Zabul"), key("Zabol"));
  EXPECT_EQ(key("Lower Shabeelle"), key("Lower Shabelle"));
  // Different names stay apart; short keys are none.
  EXPECT_NE(key("Kabul"), key("Kandahar"));
  EXPECT_NE(key("Mosul"), key("Basra"));
  EXPECT_EQ("", key("Hit"));
  EXPECT_EQ("", key("Al"));
}

TEST_F(GazetteerTest, HeaderAndCounts) {
  EXPECT_EQ(17u, g_->size());
  // Three countries, six states and two districts come before the places.
  EXPECT_EQ(11u, g_->regions_end());
  EXPECT_EQ("test fixture", g_->build_info());
  EXPECT_EQ(bytes_.size(), g_->file_size());
}

TEST_F(GazetteerTest, LookupFoldsTheQuery) {
  auto a = Ids("Bījāpur"), b = Ids("BIJAPUR"), c = Ids("bijapur");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, c);
  EXPECT_EQ(std::vector<uint32_t>{ids_.krasnogorsk}, Ids("Красногорск"));
  EXPECT_EQ(std::vector<uint32_t>{ids_.krasnogorsk}, Ids("KRASNOGORSK"));
  EXPECT_TRUE(Ids("Atlantis").empty());
  EXPECT_TRUE(Ids("").empty());
}

TEST_F(GazetteerTest, LookupOrderIsPopulationThenKindThenId) {
  // Vijayapura (327,427, by alternate name), the Karnataka district
  // (400,000), the Chhattisgarh district (10,000), Bījāpur (unknown).
  std::vector<uint32_t> want = {ids_.vijayapura_district, ids_.vijayapura, ids_.bijapur_district,
                                ids_.bijapur};
  EXPECT_EQ(want, Ids("Bijapur"));
  auto c = g_->Lookup("Bijapur");
  ASSERT_EQ(4u, c.size());
  EXPECT_EQ(NameMatch::kAlternate, c[1].match);
  EXPECT_EQ(NameMatch::kName, c[3].match);
}

TEST_F(GazetteerTest, LookupFilters) {
  LookupOptions cities;
  cities.kinds = KindBit(PlaceKind::kCity);
  EXPECT_EQ((std::vector<uint32_t>{ids_.vijayapura, ids_.bijapur}), Ids("Bijapur", cities));
  LookupOptions us;
  us.country_code = "US";
  EXPECT_EQ(std::vector<uint32_t>{ids_.spb_fl}, Ids("St. Petersburg", us));
  LookupOptions one;
  one.max_results = 1;
  EXPECT_EQ(std::vector<uint32_t>{ids_.vijayapura_district}, Ids("Bijapur", one));
}

TEST_F(GazetteerTest, PlaceFields) {
  auto c = g_->Lookup("Bijapur", {KindBit(PlaceKind::kCity), "IN", 8});
  ASSERT_EQ(2u, c.size());
  const GeoPlace& p = c[1].place;
  EXPECT_EQ("Bījāpur", p.name);
  EXPECT_EQ("Bījāpur", p.ascii_name);  // no ASCII name given: the name
  EXPECT_EQ(PlaceKind::kCity, p.kind);
  EXPECT_NEAR(18.79387, p.lat, 1e-6);
  EXPECT_NEAR(80.81599, p.lon, 1e-6);
  EXPECT_EQ("IN", p.country_code);
  EXPECT_EQ("India", p.country_name);
  EXPECT_EQ("37", p.admin1_code);
  EXPECT_EQ("Chhattisgarh", p.admin1_name);
  EXPECT_EQ("Bijapur", p.admin2_name);
  EXPECT_EQ('P', p.feature_class);
  GeoPlace region;
  ASSERT_TRUE(g_->Get(ids_.chhattisgarh, &region));
  EXPECT_EQ("IN-CT", region.iso_code);
  EXPECT_EQ("State", region.subdivision_type);
  EXPECT_EQ("IN.37", region.code);
  EXPECT_EQ("ADM1", region.feature_code);
  EXPECT_FALSE(g_->Get(9999, &region));
  // KindOf agrees with Get for every entry, and refuses what Get refuses.
  PlaceKind kind;
  for (uint32_t id = 0; g_->Get(id, &region); ++id) {
    ASSERT_TRUE(g_->KindOf(id, &kind));
    EXPECT_EQ(region.kind, kind) << id;
  }
  EXPECT_TRUE(g_->KindOf(ids_.chhattisgarh, &kind));
  EXPECT_EQ(PlaceKind::kAdmin1, kind);
  EXPECT_FALSE(g_->KindOf(9999, &kind));
}

TEST_F(GazetteerTest, DemonymsAndAliasesNameCountries) {
  auto c = g_->Lookup("Russian");
  ASSERT_EQ(1u, c.size());
  EXPECT_EQ(ids_.ru, c[0].place.id);
  EXPECT_EQ(NameMatch::kDemonym, c[0].match);
  EXPECT_EQ(std::vector<uint32_t>{ids_.ru}, Ids("Russian Federation"));
  GeoPlace p;
  ASSERT_TRUE(g_->Country("ru", &p));
  EXPECT_EQ("Russia", p.name);
  EXPECT_FALSE(g_->Country("XX", &p));
  EXPECT_FALSE(g_->Country("RUS", &p));
}

TEST_F(GazetteerTest, Containment) {
  GeoPlace bijapur, ct, ka, india, russia, moscow;
  ASSERT_TRUE(g_->Get(ids_.bijapur, &bijapur));
  ASSERT_TRUE(g_->Get(ids_.chhattisgarh, &ct));
  ASSERT_TRUE(g_->Get(ids_.karnataka, &ka));
  ASSERT_TRUE(g_->Get(ids_.in, &india));
  ASSERT_TRUE(g_->Get(ids_.ru, &russia));
  ASSERT_TRUE(g_->Get(ids_.moscow, &moscow));
  EXPECT_TRUE(g_->Contains(ct, bijapur));
  EXPECT_FALSE(g_->Contains(ka, bijapur));
  EXPECT_TRUE(g_->Contains(india, bijapur));
  EXPECT_TRUE(g_->Contains(india, ct));
  EXPECT_FALSE(g_->Contains(russia, bijapur));
  EXPECT_TRUE(g_->Contains(bijapur, bijapur));
  GeoPlace district;
  ASSERT_TRUE(g_->Get(ids_.bijapur_district, &district));
  EXPECT_TRUE(g_->Contains(district, bijapur));
  EXPECT_FALSE(g_->Contains(moscow, bijapur));  // cities contain nothing
}

TEST_F(GazetteerTest, DistancesAndTheCityGrid) {
  GeoPlace moscow, spb;
  ASSERT_TRUE(g_->Get(ids_.moscow, &moscow));
  ASSERT_TRUE(g_->Get(ids_.spb, &spb));
  EXPECT_NEAR(634, DistanceKm(moscow, spb), 5);
  EXPECT_NEAR(0, DistanceKm(moscow, moscow), 1e-9);
  GeoPlace p;
  ASSERT_TRUE(g_->NearestCity(55.80, 37.36, 50, &p));
  EXPECT_EQ(ids_.krasnogorsk, p.id);
  ASSERT_TRUE(g_->LargestCityNear(55.80, 37.36, 50, &p));
  EXPECT_EQ(ids_.moscow, p.id);
  EXPECT_FALSE(g_->NearestCity(0, 0, 100, &p));
  EXPECT_FALSE(g_->NearestCity(55.8, 37.3, -1, &p));
  ASSERT_TRUE(g_->NearestCity(0, 0, 20000, &p));  // the whole world
  EXPECT_FALSE(g_->NearestCity(std::nan(""), 0, 100, &p));
}

TEST_F(GazetteerTest, OpenMapsAFileAndFailsClearly) {
  char path[] = "/tmp/dateline_gazetteer_test_XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(static_cast<ssize_t>(bytes_.size()), write(fd, bytes_.data(), bytes_.size()));
  close(fd);
  auto g = Gazetteer::Open(path);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(std::vector<uint32_t>{ids_.krasnogorsk}, [&] {
    std::vector<uint32_t> v;
    for (auto& c : g.value()->Lookup("krasnogorsk")) v.push_back(c.place.id);
    return v;
  }());
  // Truncated on disk.
  ASSERT_EQ(0, truncate(path, static_cast<off_t>(bytes_.size() / 2)));
  auto t = Gazetteer::Open(path);
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(Status::Code::kCorrupt, t.status().code());
  EXPECT_NE(std::string::npos, t.status().message().find(path)) << t.status().ToString();
  ASSERT_EQ(0, truncate(path, 10));
  EXPECT_EQ(Status::Code::kCorrupt, Gazetteer::Open(path).status().code());
  ASSERT_EQ(0, truncate(path, 0));
  EXPECT_EQ(Status::Code::kCorrupt, Gazetteer::Open(path).status().code());
  unlink(path);
  auto missing = Gazetteer::Open(path);
  EXPECT_EQ(Status::Code::kNotFound, missing.status().code());
  EXPECT_EQ(Status::Code::kIOError, Gazetteer::Open("/tmp").status().code());
}

TEST_F(GazetteerTest, AFullCheckIsRememberedUntilTheFileChanges) {
  char path[] = "/tmp/dateline_gazetteer_stamp_XXXXXX";
  int fd = mkstemp(path);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(static_cast<ssize_t>(bytes_.size()), write(fd, bytes_.data(), bytes_.size()));
  close(fd);
  const std::string stamp = std::string(path) + ".verified";
  // A file written just now gets no stamp (its mtime could hide a change).
  ASSERT_TRUE(Gazetteer::Open(path).ok());
  EXPECT_NE(0, access(stamp.c_str(), F_OK));
  // Left alone for a while: checked in full once, then remembered.
  struct timespec old_times[2] = {{time(nullptr) - 60, 0}, {time(nullptr) - 60, 0}};
  ASSERT_EQ(0, utimensat(AT_FDCWD, path, old_times, 0));
  ASSERT_TRUE(Gazetteer::Open(path).ok());
  EXPECT_EQ(0, access(stamp.c_str(), F_OK));
  ASSERT_TRUE(Gazetteer::Open(path).ok());
  // Damaged afterwards (a new mtime): checked in full again, and refused.
  fd = open(path, O_WRONLY);
  ASSERT_GE(fd, 0);
  char flip = static_cast<char>(bytes_[bytes_.size() / 2] ^ 0x40);
  ASSERT_EQ(1, pwrite(fd, &flip, 1, static_cast<off_t>(bytes_.size() / 2)));
  close(fd);
  auto damaged = Gazetteer::Open(path);
  EXPECT_EQ(Status::Code::kCorrupt, damaged.status().code());
  unlink(path);
  unlink(stamp.c_str());
}

TEST_F(GazetteerTest, DamagedBytesAreRefused) {
  auto code = [](std::string b) { return Gazetteer::FromBytes(b).status().code(); };
  EXPECT_EQ(Status::Code::kCorrupt, code(""));
  EXPECT_EQ(Status::Code::kCorrupt, code(bytes_.substr(0, bytes_.size() - 8)));
  std::string body = bytes_;
  body[body.size() / 2] ^= 0x40;
  EXPECT_EQ(Status::Code::kCorrupt, code(body));
  EXPECT_NE(std::string::npos,
            Gazetteer::FromBytes(body).status().message().find("checksum"));
  std::string magic = bytes_;
  magic[0] = 'X';
  EXPECT_EQ(Status::Code::kCorrupt, code(magic));
  std::string header = bytes_;
  header[20] ^= 1;  // a count: caught by the header's own CRC
  EXPECT_EQ(Status::Code::kCorrupt, code(header));
  std::string padded = bytes_ + std::string(8, '\0');
  EXPECT_EQ(Status::Code::kCorrupt, code(padded));
}

TEST_F(GazetteerTest, DamageInsideSectionsNeverReadsOutside) {
  // Without the checksum, any byte of the body may be wrong: lookups must
  // stay inside the bytes (run under ASan in the sanitizer build).
  GazetteerOptions no_crc;
  no_crc.verify_checksum = false;
  for (size_t at = 129; at < bytes_.size(); at += 7) {
    std::string b = bytes_;
    b[at] = static_cast<char>(0xFF);
    b[at - 1] = static_cast<char>(0x7F);
    auto g = Gazetteer::FromBytes(b, no_crc);
    ASSERT_TRUE(g.ok());
    for (const char* q : {"bijapur", "moscow", "russian", "st petersburg", "zzz"}) {
      for (const Candidate& c : g.value()->Lookup(q)) {
        GeoPlace p;
        g.value()->Get(c.place.id, &p);
        g.value()->Contains(p, c.place);
      }
    }
    GeoPlace p;
    g.value()->NearestCity(55.8, 37.3, 500, &p);
    g.value()->Country("RU", &p);
  }
}

TEST(GazetteerBuilder, RefusesBadReferencesAndOrder) {
  GazetteerBuilder b;
  GazetteerEntry city;
  city.name = "X";
  city.admin1 = 7;
  b.Add(city);
  EXPECT_EQ(Status::Code::kInvalidArgument, b.Build().status().code());
  GazetteerBuilder c;
  GazetteerEntry town;
  town.name = "Y";
  c.Add(town);
  GazetteerEntry country;
  country.kind = PlaceKind::kCountry;
  country.name = "Z";
  c.Add(country);
  EXPECT_EQ(Status::Code::kInvalidArgument, c.Build().status().code());
}

TEST(GazetteerDefault, NamedByEnvironment) {
  // $DATELINE_GAZETTEER wins; a bad one is reported, not crashed on.
  setenv("DATELINE_GAZETTEER", "/nonexistent/gazetteer.bin", 1);
  auto r = Gazetteer::OpenDefault();
  unsetenv("DATELINE_GAZETTEER");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(Status::Code::kNotFound, r.status().code());
  EXPECT_NE(std::string::npos, r.status().message().find("DATELINE_GAZETTEER"));
}

// --- ResolvePlace ----------------------------------------------------------

class ResolveTest : public GazetteerTest {
 protected:
  PlaceResolution Resolve(std::string_view name, std::string_view container = "",
                          std::string_view country = "", std::string_view feature = "") {
    PlaceHints h;
    h.container = container;
    h.country = country;
    h.feature = feature;
    PlaceResolution r;
    found_ = ResolvePlace(*g_, name, h, &r);
    return r;
  }
  bool found_ = false;
};

TEST_F(ResolveTest, PopulationDecidesWithoutHints) {
  auto r = Resolve("Bijapur");
  ASSERT_TRUE(found_);
  EXPECT_EQ(ids_.vijayapura, r.place.id) << r.why;
  EXPECT_EQ(PlacePrecision::kCity, r.precision);
  EXPECT_EQ(4u, r.candidates.size());
}

TEST_F(ResolveTest, ContainerRegionDecides) {
  auto r = Resolve("Bijapur", "Chhattisgarh");
  EXPECT_EQ(ids_.bijapur, r.place.id) << r.why;
  EXPECT_NEAR(18.79, r.place.lat, 0.01);
  EXPECT_NEAR(80.82, r.place.lon, 0.01);
  EXPECT_NE(std::string::npos, r.why.find("in admin1 Chhattisgarh")) << r.why;
  // "Bijapur district in the state of Chhattisgarh": the district.
  auto d = Resolve("Bijapur", "Chhattisgarh", "", "district");
  EXPECT_EQ(ids_.bijapur_district, d.place.id) << d.why;
  EXPECT_EQ(PlacePrecision::kDistrict, d.precision);
}

TEST_F(ResolveTest, ContainerCityByDistance) {
  auto r = Resolve("Krasnogorsk", "Moscow", "", "suburb");
  EXPECT_EQ(ids_.krasnogorsk, r.place.id) << r.why;
  EXPECT_EQ("Moscow Oblast", r.place.admin1_name);
  EXPECT_EQ(542374u, r.place.geonameid);
}

TEST_F(ResolveTest, CountryHintFilters) {
  EXPECT_EQ(ids_.spb, Resolve("St. Petersburg").place.id);
  EXPECT_EQ(ids_.spb, Resolve("St. Petersburg", "", "Russia").place.id);
  EXPECT_EQ(ids_.spb, Resolve("Saint Petersburg", "", "RU").place.id);
  auto us = Resolve("St. Petersburg", "", "US");
  EXPECT_EQ(ids_.spb_fl, us.place.id) << us.why;
  EXPECT_EQ("US", us.country_code);
  // A demonym container is a country hint.
  EXPECT_EQ(ids_.spb, Resolve("St Petersburg", "Russian").place.id);
  // A country hint that matches no candidate is ignored, and said so.
  auto in = Resolve("Krasnogorsk", "", "India");
  EXPECT_EQ(ids_.krasnogorsk, in.place.id);
  EXPECT_NE(std::string::npos, in.why.find("ignored")) << in.why;
}

TEST_F(ResolveTest, FeatureNounPicksTheLevel) {
  auto city = Resolve("Moscow");
  EXPECT_EQ(ids_.moscow, city.place.id) << city.why;
  auto state = Resolve("Chhattisgarh", "", "", "state");
  EXPECT_EQ(ids_.chhattisgarh, state.place.id);
  EXPECT_EQ(PlacePrecision::kAdmin1, state.precision);
  auto country = Resolve("Russia");
  EXPECT_EQ(ids_.ru, country.place.id);
  EXPECT_EQ(PlacePrecision::kCountry, country.precision);
}

TEST_F(ResolveTest, UnknownPlaceFallsBackToItsContainer) {
  auto r = Resolve("Dubrovka", "Moscow");
  ASSERT_TRUE(found_);
  EXPECT_TRUE(r.fell_back_to_container);
  EXPECT_EQ(ids_.moscow, r.place.id) << r.why;
  auto none = Resolve("Atlantis");
  EXPECT_FALSE(found_);
  EXPECT_NE(std::string::npos, none.why.find("no 'Atlantis'"));
}

TEST_F(ResolveTest, PossessiveAndArticle) {
  EXPECT_EQ(ids_.moscow, Resolve("Moscow's").place.id);
  EXPECT_EQ(ids_.moscow, Resolve("Moscow\xE2\x80\x99s").place.id);
}

// A second, made-up world for the mechanisms that need names in several
// countries: regions sharing a word, a small town abroad known by another
// spelling, and a region whose name carries its noun.
// Builds `b` into `*bytes` and opens it (the gazetteer views the bytes,
// which must outlive it); null on failure, which the test then reports.
std::unique_ptr<Gazetteer> Load(GazetteerBuilder& b, std::string* bytes) {
  auto built = b.Build();
  EXPECT_TRUE(built.ok()) << built.status().ToString();
  if (!built.ok()) return nullptr;
  *bytes = built.value();
  auto g = Gazetteer::FromBytes(*bytes);
  EXPECT_TRUE(g.ok()) << g.status().ToString();
  return g.ok() ? std::move(g).value() : nullptr;
}

class ResolveWorldTest : public ::testing::Test {
 protected:
  void SetUp() override {
    GazetteerBuilder b;
    aa_ = b.Add(Country("AA", "Alphaland", 5000000));
    bb_ = b.Add(Country("BB", "Betaland", 5000000));
    cc_ = b.Add(Country("CC", "Gammaland", 5000000));
    north_ = b.Add(Region(PlaceKind::kAdmin1, "AA.01", "North Varnia", aa_, 10, 10, 900000));
    south_ = b.Add(Region(PlaceKind::kAdmin1, "AA.02", "South Varnia", aa_, 9, 10, 800000));
    b.Add(Region(PlaceKind::kAdmin1, "AA.03", "Upper Kesh", aa_, 8, 10, 700000));
    b.Add(Region(PlaceKind::kAdmin1, "BB.01", "Kesh and Tor", bb_, 20, 20, 600000));
    plateau_ = b.Add(Region(PlaceKind::kAdmin1, "AA.04", "Plato State", aa_, 7, 10, 500000));
    town_ = b.Add(City(1, "Dorvo", "Dorvo", "AA", 10.1, 10.1, 40000, "PPLA", aa_, north_));
    abroad_ = b.Add(City(2, "Kasmere", "Kasmere", "CC", 30, 30, 3000, "PPL", cc_, kNoPlace));
    b.AddName(abroad_, "Varnia", NameMatch::kAlternate);
    b.AddName(abroad_, "Dorvia", NameMatch::kAlternate);
    plato_town_ = b.Add(City(3, "Plato", "Plato", "CC", 31, 31, 2000, "PPL", cc_, kNoPlace));
    big_abroad_ = b.Add(City(4, "Damaskos", "Damaskos", "CC", 32, 32, 1500000, "PPLA", cc_,
                             kNoPlace));
    b.AddName(big_abroad_, "Damask", NameMatch::kAlternate);
    b.Add(Region(PlaceKind::kAdmin2, "BB.01.01", "Morvan del Norte", bb_, 21, 21, 0));
    b.Add(Region(PlaceKind::kAdmin2, "BB.01.02", "Morvan del Sur", bb_, 19, 21, 0));
    auto bytes = b.Build();
    ASSERT_TRUE(bytes.ok()) << bytes.status().ToString();
    bytes_ = bytes.value();
    auto g = Gazetteer::FromBytes(bytes_);
    ASSERT_TRUE(g.ok()) << g.status().ToString();
    g_ = std::move(g).value();
  }
  PlaceResolution Resolve(std::string_view name, std::string_view container = "",
                          std::string_view country = "", std::string_view feature = "") {
    PlaceHints h;
    h.container = container;
    h.country = country;
    h.feature = feature;
    PlaceResolution r;
    found_ = ResolvePlace(*g_, name, h, &r);
    return r;
  }
  std::string bytes_;
  std::unique_ptr<Gazetteer> g_;
  uint32_t aa_, bb_, cc_, north_, south_, plateau_, town_, abroad_, plato_town_, big_abroad_;
  bool found_ = false;
};

TEST_F(ResolveWorldTest, RegionWordNamesOneCountry) {
  // Both Varnia regions are in Alphaland.
  EXPECT_EQ("AA", CountryOfRegionWord(*g_, "Varnia"));
  EXPECT_EQ("AA", CountryOfRegionWord(*g_, "West Varnia"));
  // "Kesh" is a word of regions in two countries; nouns are not names.
  EXPECT_EQ("", CountryOfRegionWord(*g_, "Kesh"));
  EXPECT_EQ("", CountryOfRegionWord(*g_, "State"));
  EXPECT_EQ("", CountryOfRegionWord(*g_, "Nowhere"));
  // Second-level regions are a separate, weaker index (these two were
  // added after the towns: regions_end covers them).
  EXPECT_EQ(g_->size(), g_->regions_end());
  EXPECT_EQ("", CountryOfRegionWord(*g_, "Morvan"));
  EXPECT_EQ("BB", CountryOfDistrictWord(*g_, "Morvan"));
  EXPECT_EQ("", CountryOfDistrictWord(*g_, "Varnia"));
}

TEST_F(ResolveWorldTest, RegionNameWithItsNoun) {
  // "Plato state": the region "Plato State", not the town abroad.
  auto r = Resolve("Plato", "", "", "state");
  ASSERT_TRUE(found_);
  EXPECT_EQ(plateau_, r.place.id) << r.why;
}

TEST_F(ResolveWorldTest, RegionNameWithoutItsNounIsNotAnAlternate) {
  // "Borno" for "Borno State" is how news names the region, not another
  // spelling: it is not marked down, and a state of millions outweighs a
  // village abroad of the same name even without a feature noun.
  GazetteerBuilder b;
  uint32_t aa = b.Add(Country("AA", "Alphaland", 5000000));
  uint32_t bb = b.Add(Country("BB", "Betaland", 5000000));
  uint32_t state = b.Add(Region(PlaceKind::kAdmin1, "AA.01", "Norda State", aa, 10, 10, 1300000));
  b.AddName(state, "Norda", NameMatch::kAlternate);
  b.Add(City(1, "Norda", "Norda", "BB", 40, 40, 2500, "PPLA3", bb, kNoPlace));
  std::string keep;
  std::unique_ptr<Gazetteer> g = Load(b, &keep);
  ASSERT_NE(nullptr, g);
  PlaceResolution r;
  ASSERT_TRUE(ResolvePlace(*g, "Norda", PlaceHints(), &r));
  EXPECT_EQ(state, r.place.id) << r.why;
  EXPECT_NE(std::string::npos, r.why.find("without its noun")) << r.why;
}

TEST_F(ResolveWorldTest, AnotherSpellingIsFoundWhenTheNameIsNot) {
  // "Dorrvo" is in no entry; "Dorvo" spelled another way is.
  auto r = Resolve("Dorrvo");
  ASSERT_TRUE(found_);
  EXPECT_EQ(town_, r.place.id) << r.why;
  EXPECT_EQ(NameMatch::kAlternate, r.match);
  // A text about another country does not mean a town spelled alike
  // (Dorvo is in Alphaland; the text is about Betaland).
  Resolve("Dorrvo", "", "Betaland");
  EXPECT_FALSE(found_);
  // A name with an entry of its own is never read as another's spelling.
  r = Resolve("Plato");
  ASSERT_TRUE(found_);
  EXPECT_EQ(plato_town_, r.place.id) << r.why;
}

TEST_F(ResolveWorldTest, WeakAlternateNamesAbroadAreDropped) {
  // With no country in the text, an alternate spelling still resolves.
  auto any = Resolve("Dorvia");
  EXPECT_TRUE(found_);
  EXPECT_EQ(abroad_, any.place.id);
  // A text about Alphaland does not mean a small town in Gammaland known
  // by another spelling.
  Resolve("Dorvia", "", "Alphaland");
  EXPECT_FALSE(found_);
  // Nor a big city abroad known by another spelling: "Damask" in a story
  // about Alphaland is not Damaskos.
  EXPECT_EQ(big_abroad_, Resolve("Damask").place.id);
  Resolve("Damask", "", "Alphaland");
  EXPECT_FALSE(found_);
}

TEST_F(ResolveWorldTest, ContainerKnownOnlyByAnAlternateNameIsNotUsed) {
  // "Varnia's Dorvo": Varnia is only an alternate name of the town abroad;
  // Dorvo itself is known, so the container does not pull it away.
  auto r = Resolve("Dorvo", "Varnia");
  ASSERT_TRUE(found_);
  EXPECT_EQ(town_, r.place.id) << r.why;
  EXPECT_FALSE(r.fell_back_to_container);
}

TEST_F(ResolveWorldTest, AContainerSpelledOtherwiseIsFoundAbroadOfTheHint) {
  // "Bayto district of Hudda province" in a story that names Betaland (its
  // attackers', say): the province the gazetteer spells "Al Hudda" is in
  // Alphaland, and it vouches for Bayto there, not the city Hudda far away.
  GazetteerBuilder b;
  uint32_t aa = b.Add(Country("AA", "Alphaland", 5000000));
  b.Add(Country("BB", "Betaland", 5000000));
  uint32_t region = b.Add(Region(PlaceKind::kAdmin1, "AA.01", "Al Hudda", aa, 10, 10, 900000));
  b.Add(City(1, "Hudda", "Hudda", "AA", 12, 12, 600000, "PPLA", aa, region));
  uint32_t town = b.Add(City(2, "Bayto", "Bayto", "AA", 10, 10, 30000, "PPLA2", aa, region));
  std::string keep;
  std::unique_ptr<Gazetteer> g = Load(b, &keep);
  ASSERT_NE(nullptr, g);
  PlaceHints h;
  h.container = "Hudda";
  h.container_feature = "province";
  h.country = "Betaland";
  PlaceResolution r;
  ASSERT_TRUE(ResolvePlace(*g, "Bayto", h, &r));
  EXPECT_EQ(town, r.place.id) << r.why;
  EXPECT_FALSE(r.fell_back_to_container) << r.why;
}

TEST_F(ResolveWorldTest, NamedLikeItsRegionByTheNameTheTextUsed) {
  // "the city of Varnia": two cities abroad are known as Varnia besides
  // their own names. The one in the Varnia Department is the seat the name
  // says; the other's own name, Kesho, like its region's, is no reason.
  GazetteerBuilder b;
  uint32_t aa = b.Add(Country("AA", "Alphaland", 5000000));
  uint32_t bb = b.Add(Country("BB", "Betaland", 5000000));
  uint32_t dept = b.Add(Region(PlaceKind::kAdmin1, "BB.01", "Varnia Department", bb, 10, 10, 0));
  uint32_t kesho_region = b.Add(Region(PlaceKind::kAdmin1, "AA.01", "Kesho-Ida", aa, 30, 30, 0));
  uint32_t seat = b.Add(City(1, "Varnia de la Sierra", "Varnia de la Sierra", "BB", 10, 10,
                             700000, "PPLA", bb, dept));
  b.AddName(seat, "Varnia", NameMatch::kAlternate);
  uint32_t kesho = b.Add(City(2, "Kesho", "Kesho", "AA", 30, 30, 700000, "PPLA", aa, kesho_region));
  b.AddName(kesho, "Varnia", NameMatch::kAlternate);
  std::string keep;
  std::unique_ptr<Gazetteer> g = Load(b, &keep);
  ASSERT_NE(nullptr, g);
  PlaceHints h;
  h.feature = "city";
  PlaceResolution r;
  ASSERT_TRUE(ResolvePlace(*g, "Varnia", h, &r));
  EXPECT_EQ(seat, r.place.id) << r.why;
}

TEST_F(ResolveWorldTest, ContainerNounPrefersTheRegion) {
  // "Zzz, Plato state": the region Plato State holds the unknown place,
  // not the small town Plato abroad.
  PlaceHints h;
  h.container = "Plato";
  h.container_feature = "state";
  PlaceResolution r;
  ASSERT_TRUE(ResolvePlace(*g_, "Zzz", h, &r));
  EXPECT_TRUE(r.fell_back_to_container);
  EXPECT_EQ(plateau_, r.place.id) << r.why;
}

TEST_F(ResolveWorldTest, CountryContainerOutweighsTownsNamedAfterIt) {
  // "Dorvo in northern Alphaland": a town abroad called Alphaland would
  // not be a container; the country is.
  GazetteerBuilder b;
  uint32_t aa = b.Add(Country("AA", "Alphaland", 5000000));
  uint32_t bb = b.Add(Country("BB", "Betaland", 5000000));
  uint32_t region = b.Add(Region(PlaceKind::kAdmin1, "AA.01", "Norda", aa, 10, 10, 900000));
  uint32_t dorvo = b.Add(City(1, "Dorvo", "Dorvo", "AA", 10.1, 10.1, 400000, "PPLA", aa, region));
  b.Add(City(2, "Alphaland", "Alphaland", "BB", 40, 40, 8000, "PPL", bb, kNoPlace));
  std::string keep;
  std::unique_ptr<Gazetteer> g = Load(b, &keep);
  ASSERT_NE(nullptr, g);
  PlaceHints h;
  h.container = "Alphaland";
  PlaceResolution r;
  ASSERT_TRUE(ResolvePlace(*g, "Dorvo", h, &r));
  EXPECT_EQ(dorvo, r.place.id) << r.why;
  EXPECT_FALSE(r.fell_back_to_container);
}

}  // namespace
}  // namespace dateline
