// Copyright 2026 The Dateline Authors.
//
// The on-disk layout of gazetteer.bin, shared by its writer
// (GazetteerBuilder, used by dateline_geogen and the tests) and its reader
// (Gazetteer, which mmaps it). Little-endian, every section 8-byte aligned,
// records fixed-width so that the file is used in place:
//
//   FileHeader                      128 bytes
//   EntryRecord[entry_count]        64 bytes each: places, admin regions, countries
//   NameRecord[name_count]          12 bytes each, sorted by folded name (bytewise)
//   uint32 postings[posting_count]  per name, the entries it names: entry id
//                                   in the low 30 bits, NameMatch in the top 2
//   uint32 grid_dir[kGridCells + 1] city ids of 1x1 degree cell c are
//   uint32 grid_ids[grid_count]       grid_ids[grid_dir[c] .. grid_dir[c+1])
//   char strings[strings_size]      names, codes and folded names, unterminated
//
// Region words: besides the names of entries, the name table holds
// "#1 " + w for every word w (four letters or more) of the folded ASCII
// names of first-level regions, posting the countries of the regions that
// carry it ("#1 darfur" -> Sudan), and "#2 " + w likewise for second-level
// regions. Folded names never hold '#'.
//
// Ids are indices into the entry array; countries come first (so that a
// code is found by scanning the few leading entries), and `regions_end`
// bounds the ids of countries and regions (scans over regions stop there). `checksum` is the CRC-32 (gzip's, computed with libdeflate) of
// every byte after the header; `header_crc` that of the header bytes before
// it. Version 1.

#ifndef DATELINE_GEO_GAZETTEER_FORMAT_H_
#define DATELINE_GEO_GAZETTEER_FORMAT_H_

#include <cstddef>
#include <cstdint>

namespace dateline::gazetteer_format {

inline constexpr char kMagic[8] = {'D', 'L', 'G', 'A', 'Z', 'E', 'T', '1'};
inline constexpr uint32_t kVersion = 1;
inline constexpr uint32_t kNone = 0xFFFFFFFFu;  // no admin1 / admin2 / country
inline constexpr uint32_t kPostingIdMask = 0x3FFFFFFFu;
inline constexpr int kPostingMatchShift = 30;
inline constexpr int kGridLatCells = 180;
inline constexpr int kGridLonCells = 360;
inline constexpr uint32_t kGridCells = kGridLatCells * kGridLonCells;

// EntryRecord::kind: the low 3 bits; kApproximate set when the coordinates
// are not the place's own (an admin2 region without places of its own takes
// its admin1's centroid).
inline constexpr uint8_t kKindMask = 0x07;
inline constexpr uint8_t kApproximate = 0x80;

struct FileHeader {
  char magic[8];
  uint32_t version;
  uint32_t header_size;  // sizeof(FileHeader)
  uint64_t file_size;
  uint32_t entry_count;
  uint32_t name_count;
  uint32_t posting_count;
  uint32_t grid_count;
  uint64_t entries_offset;
  uint64_t names_offset;
  uint64_t postings_offset;
  uint64_t grid_dir_offset;
  uint64_t grid_ids_offset;
  uint64_t strings_offset;
  uint64_t strings_size;
  uint32_t info_offset;  // into strings: what the file was built from
  uint32_t info_size;
  uint32_t regions_end;  // no entry at or after this id is a country or region (0: unknown)
  uint8_t reserved[12];
  uint32_t checksum;    // CRC-32 of bytes [header_size, file_size)
  uint32_t header_crc;  // CRC-32 of the header bytes before this field
};
static_assert(sizeof(FileHeader) == 128);

struct EntryRecord {
  uint32_t geonameid;   // 0: none (admin regions and countries have none here)
  int32_t lat_e6;       // degrees * 1e6
  int32_t lon_e6;
  uint32_t population;  // admin regions and countries: sum over their places
  uint32_t name_offset;
  uint32_t ascii_offset;
  uint32_t code_offset;  // GeoNames code: "RU" / "RU.47" / "IN.37.417"; "" for places
  uint32_t iso_offset;   // ISO 3166-2 code ("IN-CT") of a region, if known
  uint32_t type_offset;  // ISO 3166-2 subdivision type ("State"), if known
  uint32_t admin1;       // entry id or kNone
  uint32_t admin2;
  uint32_t country;
  uint16_t name_size;
  uint16_t ascii_size;
  uint8_t code_size;
  uint8_t iso_size;
  uint8_t type_size;
  uint8_t kind;          // PlaceKind | flags
  char country_code[2];  // ISO 3166-1 alpha-2
  char feature_class;    // GeoNames: 'P' places, 'A' admin; 0 unknown
  char feature_code[5];  // "PPLA2", NUL-padded
};
static_assert(sizeof(EntryRecord) == 64);

struct NameRecord {
  uint32_t offset;  // into strings
  uint16_t size;
  uint16_t reserved;
  uint32_t first_posting;  // postings of this name end at the next name's first
};
static_assert(sizeof(NameRecord) == 12);

inline constexpr char kRegionWordPrefix1[] = "#1 ";
inline constexpr char kRegionWordPrefix2[] = "#2 ";

inline constexpr size_t AlignUp(size_t n) { return (n + 7) & ~size_t{7}; }

}  // namespace dateline::gazetteer_format

#endif  // DATELINE_GEO_GAZETTEER_FORMAT_H_
