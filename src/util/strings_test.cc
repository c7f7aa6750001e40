// Copyright 2026 The Dateline Authors.

#include "util/strings.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dateline {

namespace {

const char kNbsp[] = "\xC2\xA0";          // U+00A0
const char kThinSpace[] = "\xE2\x80\x89";  // U+2009
const char kZwsp[] = "\xE2\x80\x8B";       // U+200B
const char kIdeoSpace[] = "\xE3\x80\x80";  // U+3000
const char kEmDash[] = "\xE2\x80\x94";     // U+2014, not a space

}  // namespace

TEST(Strings, WhitespaceLength) {
  EXPECT_EQ(0u, WhitespaceLength(""));
  EXPECT_EQ(1u, WhitespaceLength(" x"));
  EXPECT_EQ(1u, WhitespaceLength("\tx"));
  EXPECT_EQ(1u, WhitespaceLength("\r\n"));
  EXPECT_EQ(2u, WhitespaceLength(std::string(kNbsp) + "Moscow"));
  EXPECT_EQ(3u, WhitespaceLength(kThinSpace));
  EXPECT_EQ(3u, WhitespaceLength(kZwsp));
  EXPECT_EQ(3u, WhitespaceLength(kIdeoSpace));
  EXPECT_EQ(3u, WhitespaceLength("\xEF\xBB\xBF"));  // BOM / ZWNBSP
  EXPECT_EQ(0u, WhitespaceLength(kEmDash));
  EXPECT_EQ(0u, WhitespaceLength("x "));
  EXPECT_EQ(0u, WhitespaceLength("\xC2"));  // truncated NBSP is not a space
  EXPECT_EQ(0u, WhitespaceLength("\xA0"));  // Latin-1 NBSP is not UTF-8
}

TEST(Strings, TrimRemovesAsciiAndUnicodeSpaces) {
  EXPECT_EQ("", Trim(""));
  EXPECT_EQ("", Trim(" \t\r\n "));
  EXPECT_EQ("LONDON:", Trim("  LONDON:\r\n"));
  std::string padded = std::string(kNbsp) + kIdeoSpace + " Short Url " + kThinSpace + kNbsp;
  EXPECT_EQ("Short Url", Trim(padded));
  EXPECT_EQ("Short Url", TrimView(padded));
  // Characters that merely end in a continuation byte stay.
  EXPECT_EQ(std::string("Krasnogorsk ") + kEmDash, Trim(std::string(" Krasnogorsk ") + kEmDash));
  EXPECT_EQ("\xC3\xA9", Trim("\xC3\xA9"));
  // Emoji (4-byte) at the edge.
  EXPECT_EQ("\xF0\x9F\x93\xB7", Trim(std::string(kZwsp) + "\xF0\x9F\x93\xB7" + kZwsp));
  // Invalid bytes are not whitespace and are kept.
  EXPECT_EQ("\xA0x\xA0", Trim(" \xA0x\xA0 "));
}

TEST(Strings, CollapseWhitespace) {
  EXPECT_EQ("", CollapseWhitespace(""));
  EXPECT_EQ("", CollapseWhitespace(" \n\t "));
  EXPECT_EQ("killing 115, wounding scores",
            CollapseWhitespace("  killing\n115,\t\twounding   scores \n"));
  EXPECT_EQ("Bijapur district", CollapseWhitespace(std::string("Bijapur") + kNbsp + kNbsp +
                                                   kThinSpace + "district" + kNbsp));
  EXPECT_EQ(std::string("a ") + kEmDash + " b", CollapseWhitespace(std::string("a ") + kEmDash +
                                                                   "\n b"));
  // Text collapsed already comes back as it is (curly quotes and dashes
  // are no spaces); a single space at an end, or one Unicode space, is not.
  const std::string plain = std::string("Moscow\xE2\x80\x99s mayor ") + kEmDash + " \"115\"";
  EXPECT_EQ(plain, CollapseWhitespace(plain));
  EXPECT_EQ("a b", CollapseWhitespace(" a b"));
  EXPECT_EQ("a b", CollapseWhitespace("a b "));
  EXPECT_EQ("a b", CollapseWhitespace(std::string("a") + kNbsp + "b"));
  EXPECT_EQ("a b", CollapseWhitespace("a\x0B" "b"));
}

TEST(Strings, SplitLines) {
  std::vector<std::string_view> lines = SplitLines("Short Url\r\nUpdated 24 March 2024\nFollow");
  ASSERT_EQ(3u, lines.size());
  EXPECT_EQ("Short Url", lines[0]);
  EXPECT_EQ("Updated 24 March 2024", lines[1]);
  EXPECT_EQ("Follow", lines[2]);

  // A trailing newline leaves an empty last line; blank lines are kept.
  lines = SplitLines("a\n\nb\n");
  ASSERT_EQ(4u, lines.size());
  EXPECT_EQ("a", lines[0]);
  EXPECT_EQ("", lines[1]);
  EXPECT_EQ("b", lines[2]);
  EXPECT_EQ("", lines[3]);

  lines = SplitLines("");
  ASSERT_EQ(1u, lines.size());
  EXPECT_EQ("", lines[0]);

  // Only a '\r' right before '\n' is dropped.
  lines = SplitLines("a\rb\r");
  ASSERT_EQ(1u, lines.size());
  EXPECT_EQ("a\rb", lines[0]);
}

TEST(Strings, PrefixesAndSuffixes) {
  EXPECT_TRUE(StartsWith("Updated 24 March 2024", "Updated "));
  EXPECT_TRUE(StartsWith("abc", ""));
  EXPECT_FALSE(StartsWith("Up", "Updated"));
  EXPECT_TRUE(EndsWith("photo.jpg", ".jpg"));
  EXPECT_FALSE(EndsWith("jpg", "photo.jpg"));
  EXPECT_FALSE(EndsWith("(REUTERS", ")"));
}

TEST(Strings, AsciiCaseHelpers) {
  EXPECT_EQ("major terror strikes in russia", ToLowerAscii("MAJOR TERROR Strikes in Russia"));
  // Non-ASCII bytes pass through untouched.
  EXPECT_EQ("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 ok",
            ToLowerAscii("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0 OK"));
  EXPECT_TRUE(EqualsIgnoreCaseAscii("Content-Type", "content-type"));
  EXPECT_FALSE(EqualsIgnoreCaseAscii("charset", "charse"));
  EXPECT_FALSE(EqualsIgnoreCaseAscii("abc", "abd"));

  std::string_view html = "<HTML><Head><META Charset=\"windows-1251\">";
  EXPECT_EQ(12u, FindIgnoreCaseAscii(html, "<meta"));
  EXPECT_EQ(18u, FindIgnoreCaseAscii(html, "charset"));
  EXPECT_EQ(std::string_view::npos, FindIgnoreCaseAscii(html, "<meta", 13));
  EXPECT_EQ(std::string_view::npos, FindIgnoreCaseAscii(html, "<body"));
  EXPECT_EQ(std::string_view::npos, FindIgnoreCaseAscii("ab", "abc"));
  // Against the obvious version: try every start.
  const std::string hay = "xAuThOr author AUTHOR x<H1 <h1>1a2A3aa";
  for (std::string_view needle : {"author", "<h1", "a", "A2", "aa", "r x", "1a2a3aaa", "z"}) {
    for (size_t from = 0; from <= hay.size(); ++from) {
      size_t want = std::string_view::npos;
      for (size_t i = from; i + needle.size() <= hay.size(); ++i) {
        if (EqualsIgnoreCaseAscii(std::string_view(hay).substr(i, needle.size()), needle)) {
          want = i;
          break;
        }
      }
      EXPECT_EQ(want, FindIgnoreCaseAscii(hay, needle, from)) << needle << " from " << from;
    }
  }
  EXPECT_EQ(0u, FindIgnoreCaseAscii("abc", ""));
  EXPECT_EQ(3u, FindIgnoreCaseAscii("abc", "", 3));
  EXPECT_EQ(std::string_view::npos, FindIgnoreCaseAscii("abc", "", 4));
  EXPECT_EQ(std::string_view::npos, FindIgnoreCaseAscii("abc", "c", 9));
}

TEST(Strings, CountCodePoints) {
  EXPECT_EQ(0u, CountCodePoints(""));
  EXPECT_EQ(7u, CountCodePoints("B\xC4\xAB" "j\xC4\x81pur"));  // Bījāpur
  EXPECT_EQ(2u, CountCodePoints("\xE4\xB8\xAD\xE5\x9B\xBD"));   // 中国
  EXPECT_EQ(1u, CountCodePoints("\xF0\x9F\x93\xB7"));
}

TEST(Strings, CountWords) {
  EXPECT_EQ(0u, CountWords(""));
  EXPECT_EQ(0u, CountWords(" -- , ."));
  EXPECT_EQ(6u, CountWords("Investigative Committee of Russia via AP"));
  EXPECT_EQ(6u, CountWords("Moscow News Agency/Handout via REUTERS"));
  EXPECT_EQ(3u, CountWords("B\xC4\xAB" "j\xC4\x81pur district, 2024"));
  EXPECT_EQ(2u, CountWords("killing 115"));
  // Unicode spaces separate words just as ASCII ones do.
  EXPECT_EQ(2u, CountWords(std::string("Crocus") + kNbsp + "Hall"));
  EXPECT_EQ(3u, CountWords(std::string("1") + kThinSpace + "/" + kIdeoSpace + "8 photos"));
}

TEST(Strings, CountWordsUpToStopsAtTheLimit) {
  const std::string texts[] = {"", " -- , .", "killing 115", "a b c d e f g h",
                               std::string("Crocus") + kNbsp + "Hall  City" + kThinSpace + "x",
                               "B\xC4\xAB" "j\xC4\x81pur district, 2024 and more words here"};
  for (const std::string& t : texts) {
    for (size_t limit = 0; limit < 10; ++limit) {
      EXPECT_EQ(std::min(CountWords(t), limit), CountWordsUpTo(t, limit)) << t << " " << limit;
    }
  }
}

TEST(Strings, InIsExactMembership) {
  EXPECT_TRUE(In("killed", {"dead", "killed"}));
  EXPECT_FALSE(In("Killed", {"dead", "killed"}));  // bytewise
  EXPECT_FALSE(In("kill", {"killed"}));
  EXPECT_FALSE(In("killed", {}));
  EXPECT_TRUE(In("", {"a", ""}));
  EXPECT_FALSE(In("", {"a"}));
}

TEST(Strings, IsAllCapsAscii) {
  EXPECT_TRUE(IsAllCapsAscii("MAJOR TERROR STRIKES IN RUSSIA"));
  EXPECT_TRUE(IsAllCapsAscii("IS-K, 2024:"));
  EXPECT_FALSE(IsAllCapsAscii("Short Url"));
  EXPECT_FALSE(IsAllCapsAscii("1 / 8"));
  EXPECT_FALSE(IsAllCapsAscii(""));
  EXPECT_TRUE(IsAllCapsAscii("\xD0\x9C\xD0\xBE\xD1\x81 NEWS"));  // only ASCII decides
}

TEST(StringsTest, SplitKeepsEmptyFields) {
  EXPECT_EQ(Split("a,,b", ','), (std::vector<std::string_view>{"a", "", "b"}));
  EXPECT_EQ(Split("", ','), (std::vector<std::string_view>{""}));
  EXPECT_EQ(Split("Battles,", ','), (std::vector<std::string_view>{"Battles", ""}));
}

TEST(StringsTest, SplitWhitespaceDropsRuns) {
  EXPECT_EQ(SplitWhitespace("  IS-K \t concert\nhall "),
            (std::vector<std::string_view>{"IS-K", "concert", "hall"}));
  EXPECT_TRUE(SplitWhitespace(" \n ").empty());
}

TEST(StringsTest, ToUpperAsciiLeavesOtherBytes) {
  EXPECT_EQ(ToUpperAscii("Russia ru-\xC3\xA9"), "RUSSIA RU-\xC3\xA9");
}

TEST(StringsTest, JoinPutsSeparatorBetween) {
  EXPECT_EQ(Join({"killed 100 -> 115", "place Moscow -> Krasnogorsk"}, "; "),
            "killed 100 -> 115; place Moscow -> Krasnogorsk");
  EXPECT_EQ(Join({}, ","), "");
  EXPECT_EQ(Join({"one"}, ","), "one");
}

}  // namespace dateline
