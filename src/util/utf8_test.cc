// Copyright 2026 The Dateline Authors.

#include "util/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline {

TEST(Utf8, SequenceLengthOfWellFormedCharacters) {
  EXPECT_EQ(1u, Utf8SequenceLength("A"));
  EXPECT_EQ(2u, Utf8SequenceLength("\xC3\xA9t\xC3\xA9"));      // "été"
  EXPECT_EQ(3u, Utf8SequenceLength("\xE2\x80\x94 dash"));      // em dash
  EXPECT_EQ(3u, Utf8SequenceLength("\xE4\xB8\xAD\xE5\x9B\xBD"));  // 中国
  EXPECT_EQ(4u, Utf8SequenceLength("\xF0\x9F\x93\xB7"));       // camera emoji
  EXPECT_EQ(4u, Utf8SequenceLength("\xF4\x8F\xBF\xBF"));       // U+10FFFF
}

TEST(Utf8, SequenceLengthRejectsMalformedSequences) {
  EXPECT_EQ(0u, Utf8SequenceLength(""));
  EXPECT_EQ(0u, Utf8SequenceLength("\x80"));              // lone continuation
  EXPECT_EQ(0u, Utf8SequenceLength("\xC0\xAF"));          // overlong '/'
  EXPECT_EQ(0u, Utf8SequenceLength("\xC1\xBF"));          // overlong
  EXPECT_EQ(0u, Utf8SequenceLength("\xE0\x80\xAF"));      // overlong 3-byte
  EXPECT_EQ(0u, Utf8SequenceLength("\xF0\x80\x80\xAF"));  // overlong 4-byte
  EXPECT_EQ(0u, Utf8SequenceLength("\xED\xA0\x80"));      // surrogate U+D800
  EXPECT_EQ(0u, Utf8SequenceLength("\xED\xBF\xBF"));      // surrogate U+DFFF
  EXPECT_EQ(0u, Utf8SequenceLength("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_EQ(0u, Utf8SequenceLength("\xF8\x88\x80\x80\x80"));
  EXPECT_EQ(0u, Utf8SequenceLength("\xFF"));
  EXPECT_EQ(0u, Utf8SequenceLength("\xE2\x80"));          // truncated
  EXPECT_EQ(0u, Utf8SequenceLength("\xC3("));             // bad continuation
  EXPECT_EQ(0u, Utf8SequenceLength("\xE9t\xE9"));         // Latin-1 "été"
}

TEST(Utf8, ValidityOfWholeStrings) {
  EXPECT_TRUE(IsValidUtf8(""));
  EXPECT_TRUE(IsValidUtf8("Moscow \xE2\x80\x94 Crocus City Hall"));
  EXPECT_TRUE(IsValidUtf8("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"));  // Москва
  EXPECT_FALSE(IsValidUtf8("caf\xE9"));
  EXPECT_FALSE(IsValidUtf8("ends mid-character \xE2\x80"));
}

TEST(Utf8, FirstInvalidNamesTheOffset) {
  EXPECT_EQ(0u, FirstInvalidUtf8(""));
  EXPECT_EQ(5u, FirstInvalidUtf8("plain"));
  EXPECT_EQ(3u, FirstInvalidUtf8("caf\xE9 au lait"));
  // The offset counts bytes, past valid multi-byte characters.
  EXPECT_EQ(8u, FirstInvalidUtf8("S\xC3\xA3o \xE2\x80\x94\xFF"));
  // A truncated sequence at the very end.
  EXPECT_EQ(6u, FirstInvalidUtf8("Kyiv: \xD0"));
}

TEST(Utf8, DecodeAdvancesByCharacter) {
  std::string s = "a\xC3\xA9\xE2\x80\x94\xF0\x9F\x93\xB7";
  size_t pos = 0;
  EXPECT_EQ(0x61u, DecodeUtf8(s, &pos));
  EXPECT_EQ(1u, pos);
  EXPECT_EQ(0xE9u, DecodeUtf8(s, &pos));
  EXPECT_EQ(3u, pos);
  EXPECT_EQ(0x2014u, DecodeUtf8(s, &pos));
  EXPECT_EQ(6u, pos);
  EXPECT_EQ(0x1F4F7u, DecodeUtf8(s, &pos));
  EXPECT_EQ(10u, pos);
}

TEST(Utf8, DecodeInvalidByteGivesReplacementAndAdvancesOne) {
  std::string s = "\xE2\x80x";  // truncated em dash, then 'x'
  size_t pos = 0;
  EXPECT_EQ(0xFFFDu, DecodeUtf8(s, &pos));
  EXPECT_EQ(1u, pos);
  EXPECT_EQ(0xFFFDu, DecodeUtf8(s, &pos));
  EXPECT_EQ(2u, pos);
  EXPECT_EQ(static_cast<uint32_t>('x'), DecodeUtf8(s, &pos));
  EXPECT_EQ(3u, pos);
}

TEST(Utf8, AppendEncodesEveryLength) {
  std::string out;
  AppendUtf8('A', &out);
  AppendUtf8(0xE9, &out);
  AppendUtf8(0x2014, &out);
  AppendUtf8(0x1F4F7, &out);
  EXPECT_EQ("A\xC3\xA9\xE2\x80\x94\xF0\x9F\x93\xB7", out);
}

TEST(Utf8, AppendAndDecodeRoundTripAtBoundaries) {
  const uint32_t kCodePoints[] = {0x0,    0x7F,   0x80,    0x7FF,   0x800,
                                  0xD7FF, 0xE000, 0xFFFD,  0xFFFF,  0x10000,
                                  0x10FFFF};
  for (uint32_t cp : kCodePoints) {
    std::string s;
    AppendUtf8(cp, &s);
    ASSERT_TRUE(IsValidUtf8(s)) << std::hex << cp;
    size_t pos = 0;
    EXPECT_EQ(cp, DecodeUtf8(s, &pos)) << std::hex << cp;
    EXPECT_EQ(s.size(), pos);
  }
}

TEST(Utf8, RepairsUtf8ReadAsLatin1) {
  // "Investor’s" whose bytes E2 80 99 were read as Latin-1 and re-encoded.
  std::string s = "A DIY Investor\xC3\xA2\xC2\x80\xC2\x99s Guide";
  EXPECT_EQ(1u, RepairDoubleEncodedUtf8(&s));
  EXPECT_EQ("A DIY Investor\xE2\x80\x99s Guide", s);
}

TEST(Utf8, RepairsUtf8ReadAsWindows1252) {
  // "â€™" (U+00E2 U+20AC U+2122) and "Ã©" for "’" and "é".
  std::string s = "caf\xC3\x83\xC2\xA9 don\xC3\xA2\xE2\x82\xAC\xE2\x84\xA2t";
  EXPECT_EQ(2u, RepairDoubleEncodedUtf8(&s));
  EXPECT_EQ("caf\xC3\xA9 don\xE2\x80\x99t", s);
}

TEST(Utf8, KeepsRealLatinText) {
  // Characters that cannot stand for a UTF-8 sequence stay: "Ã" before a
  // space, "é" before ASCII, "Â" alone at the end, a lead without enough
  // continuations ("â€" then ASCII).
  const std::string kept[] = {
      "S\xC3\xA3o Paulo",                // São Paulo
      "\xC3\x83 bient\xC3\xB4t",          // "Ã bientôt"
      "r\xC3\xA9sum\xC3\xA9 caf\xC3\xA9",  // résumé café
      "price \xC3\x82",                  // trailing Â
      "x \xC3\xA2\xE2\x82\xAC y",         // "â€ y": one continuation of two
      "\xC3\xA0\xC2\x80",                 // "à" + U+0080: E0 80 is overlong
      "gro\xC3\x9F\xE2\x80\x9C",            // "groß“": DF 93 would be NKo
  };
  for (const std::string& k : kept) {
    std::string s = k;
    EXPECT_EQ(0u, RepairDoubleEncodedUtf8(&s)) << k;
    EXPECT_EQ(k, s);
  }
}

TEST(Utf8, RepairAgreesWithReencodingWholeMisreadText) {
  // The slow obvious version: encode a text to UTF-8, read every byte as
  // Latin-1, encode again; the repair must give back the original.
  const std::string originals[] = {
      "\xE2\x80\x9CQuote\xE2\x80\x9D \xE2\x80\x94 na\xC3\xAFve",  // “Quote” — naïve
      "\xE4\xB8\xAD\xE5\x9B\xBD and \xF0\x9F\x93\xB7",            // 中国 and 📷
      "Stra\xC3\x9F" "e \xC2\xA7 5",                                 // Straße § 5
  };
  for (const std::string& o : originals) {
    std::string misread;
    for (unsigned char c : o) AppendUtf8(c, &misread);
    std::string s = misread;
    RepairDoubleEncodedUtf8(&s);
    EXPECT_EQ(o, s);
  }
}

}  // namespace dateline

