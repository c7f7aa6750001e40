// Copyright 2026 The Dateline Authors.

#include "text/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "util/strings.h"

namespace dateline {
namespace {

std::vector<std::string> Sentences(std::string_view text) {
  std::vector<std::string> out;
  for (const TextSpan& s : SplitSentences(text)) out.emplace_back(s.Of(text));
  return out;
}

using Strings = std::vector<std::string>;

struct SplitCase {
  const char* name;
  const char* text;
  Strings want;
};

const SplitCase kSplitCases[] = {
    {"plain", "Gunmen opened fire. At least 115 people were killed.",
     {"Gunmen opened fire.", "At least 115 people were killed."}},
    {"question_and_exclamation", "Who did it? Nobody knows! Police are searching.",
     {"Who did it?", "Nobody knows!", "Police are searching."}},
    {"titles",
     "Gen. Valery Gerasimov visited. Lt. Col. Ivan Petrov and Maj. Sgt. Ali spoke. "
     "Dr. Rao and Mr. Khan met Mrs. Lee and Ms. Diaz.",
     {"Gen. Valery Gerasimov visited.", "Lt. Col. Ivan Petrov and Maj. Sgt. Ali spoke.",
      "Dr. Rao and Mr. Khan met Mrs. Lee and Ms. Diaz."}},
    {"more_titles",
     "Gov. Hochul, Sen. Paul, Rep. Ortiz, Pres. Ruto, Prof. Mbeki, Capt. Ahab, Cmdr. Shaw, "
     "Adm. Nimitz and Brig. Khan attended. It rained.",
     {"Gov. Hochul, Sen. Paul, Rep. Ortiz, Pres. Ruto, Prof. Mbeki, Capt. Ahab, Cmdr. Shaw, "
      "Adm. Nimitz and Brig. Khan attended.",
      "It rained."}},
    {"saint", "A blast hit St. Petersburg on Monday. Nobody was hurt.",
     {"A blast hit St. Petersburg on Monday.", "Nobody was hurt."}},
    {"months",
     "It happened on Aug. 26, 2021. Earlier, on Jan. 3 and Feb. 9, and on Sept. 11 and "
     "Oct. 7, Nov. 5 and Dec. 1, there were raids.",
     {"It happened on Aug. 26, 2021.",
      "Earlier, on Jan. 3 and Feb. 9, and on Sept. 11 and Oct. 7, Nov. 5 and Dec. 1, there "
      "were raids."}},
    {"initial", "Inspector General Sundarraj P. said 31 Maoists died. The search goes on.",
     {"Inspector General Sundarraj P. said 31 Maoists died.", "The search goes on."}},
    {"initial_before_surname", "Officer P. Chidambaram arrived.", {"Officer P. Chidambaram arrived."}},
    {"initial_ends_sentence", "The report was signed by Sundarraj P. The attack began at dawn.",
     {"The report was signed by Sundarraj P.", "The attack began at dawn."}},
    {"us_un", "The U.S. State Department and the U.N. Security Council condemned it.",
     {"The U.S. State Department and the U.N. Security Council condemned it."}},
    {"us_at_end", "The militants fought the U.S. They lost.",
     {"The militants fought the U.S.", "They lost."}},
    {"am_pm_lowercase", "The blast came at 10 a.m. local time and a second at 3 p.m. near the gate.",
     {"The blast came at 10 a.m. local time and a second at 3 p.m. near the gate."}},
    {"pm_weekday", "It began at 10 p.m. Friday and ended at dawn.",
     {"It began at 10 p.m. Friday and ended at dawn."}},
    {"pm_then_sentence", "The curfew starts at 9 p.m. The army will patrol.",
     {"The curfew starts at 9 p.m.", "The army will patrol."}},
    {"number_abbrev", "Gate No. 5 was shut. No. The other was open.",
     {"Gate No. 5 was shut.", "No.", "The other was open."}},
    {"decimal", "A 3.5 magnitude tremor followed. It caused no damage.",
     {"A 3.5 magnitude tremor followed.", "It caused no damage."}},
    {"curly_quote_close", "\xE2\x80\x9CWe ran.\xE2\x80\x9D Then the roof fell.",
     {"\xE2\x80\x9CWe ran.\xE2\x80\x9D", "Then the roof fell."}},
    {"ascii_quote_close", "\"We ran.\" Then the roof fell.", {"\"We ran.\"", "Then the roof fell."}},
    {"quote_then_said", "\xE2\x80\x9CWhere are they?\xE2\x80\x9D she asked. Nobody answered.",
     {"\xE2\x80\x9CWhere are they?\xE2\x80\x9D she asked.", "Nobody answered."}},
    {"ellipsis_in_quotes",
     "\xE2\x80\x9CI don't know... They came at night,\xE2\x80\x9D he said. Police arrived.",
     {"\xE2\x80\x9CI don't know... They came at night,\xE2\x80\x9D he said.", "Police arrived."}},
    {"unicode_ellipsis_in_quotes",
     "\"We heard shots\xE2\x80\xA6 Then silence,\" she said. It was over.",
     {"\"We heard shots\xE2\x80\xA6 Then silence,\" she said.", "It was over."}},
    {"ellipsis_outside_quotes", "He waited... The bus never came.",
     {"He waited...", "The bus never came."}},
    {"paragraphs", "Headline without a stop\n\nLONDON: Just hours after the attack.\n\nSecond para",
     {"Headline without a stop", "LONDON: Just hours after the attack.", "Second para"}},
    {"single_newline_capital", "Moscow attack\nGunmen opened fire", {"Moscow attack", "Gunmen opened fire"}},
    {"wrapped_line", "Gunmen opened fire on\nconcert-goers at the hall.",
     {"Gunmen opened fire on\nconcert-goers at the hall."}},
    {"crlf", "One.\r\nTwo.\r\n", {"One.", "Two."}},
    {"url_and_domain", "See example.com for more. It is down.",
     {"See example.com for more.", "It is down."}},
    {"parenthesis_close", "The toll rose (officials said so.) Rescue continues.",
     {"The toll rose (officials said so.)", "Rescue continues."}},
    {"lowercase_after_stop", "It was 5 ft. tall and etc. more.",
     {"It was 5 ft. tall and etc. more."}},
    {"empty", "", {}},
    {"spaces_only", " \n\t \xC2\xA0 ", {}},
    {"no_terminator", "Breaking news", {"Breaking news"}},
    {"leading_nbsp", "\xC2\xA0 Two died.", {"Two died."}},
};

TEST(Sentences, Table) {
  for (const SplitCase& c : kSplitCases) {
    EXPECT_EQ(c.want, Sentences(c.text)) << c.name;
  }
}

TEST(Sentences, SpansAreTrimmedOrderedAndCoverAllNonSpace) {
  std::string text =
      "  LONDON: Gunmen killed 115 people.  \xE2\x80\x9CIt was hell,\xE2\x80\x9D said Dr. "
      "Ivanova.\n\nMore than 130 were hurt!   ";
  std::vector<TextSpan> spans = SplitSentences(text);
  ASSERT_EQ(3u, spans.size());
  size_t prev_end = 0;
  std::vector<bool> covered(text.size(), false);
  for (const TextSpan& s : spans) {
    EXPECT_LE(prev_end, s.begin);
    EXPECT_LT(s.begin, s.end);
    EXPECT_EQ(TrimView(s.Of(text)), s.Of(text));
    for (size_t k = s.begin; k < s.end; ++k) covered[k] = true;
    prev_end = s.end;
  }
  for (size_t k = 0; k < text.size();) {
    size_t ws = WhitespaceLength(std::string_view(text).substr(k));
    if (ws > 0) {
      k += ws;
      continue;
    }
    EXPECT_TRUE(covered[k]) << "byte " << k << " not in any sentence";
    ++k;
  }
  EXPECT_EQ("LONDON: Gunmen killed 115 people.", spans[0].Of(text));
  EXPECT_EQ(2u, spans[0].begin);
}

// ---------------------------------------------------------------------------

std::string Kinds(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!out.empty()) out += ' ';
    out += t.kind == TokenKind::kWord ? "W:" : t.kind == TokenKind::kNumber ? "N:" : "P:";
    out += t.span.Of(text);
  }
  return out;
}

struct TokenCase {
  const char* text;
  const char* want;
};

const TokenCase kTokenCases[] = {
    {"IS-K claimed it.", "W:IS-K W:claimed W:it P:."},
    {"Qasem's men", "W:Qasem's W:men"},
    {"Qasem\xE2\x80\x99s men", "W:Qasem\xE2\x80\x99s W:men"},
    {"thirty-one dead", "W:thirty-one W:dead"},
    {"1,200 people, 3.5 km", "N:1,200 W:people P:, N:3.5 W:km"},
    {"in 2024.", "W:in N:2024 P:."},
    {"2,000,000", "N:2,000,000"},
    {"1,20", "N:1 P:, N:20"},
    {"30-40 hurt", "N:30 P:- N:40 W:hurt"},
    {"F-16 and MH17", "W:F-16 W:and W:MH17"},
    {"57th brigade", "W:57th W:brigade"},
    {"77-year-old", "W:77-year-old"},
    {"11:50 GMT", "N:11 P:: N:50 W:GMT"},
    {"\xE2\x80\x9CRun!\xE2\x80\x9D", "P:\xE2\x80\x9C W:Run P:! P:\xE2\x80\x9D"},
    {"B\xC4\xAB" "j\xC4\x81pur district", "W:B\xC4\xABj\xC4\x81pur W:district"},
    {"rebels' camp", "W:rebels P:' W:camp"},
    {"a\xC2\xA0" "b", "W:a W:b"},
    {"-5", "P:- N:5"},
    {"end-", "W:end P:-"},
    {"U.S.", "W:U P:. W:S P:."},
    {"", ""},
};

TEST(Tokenize, Table) {
  for (const TokenCase& c : kTokenCases) {
    EXPECT_EQ(c.want, Kinds(c.text)) << c.text;
  }
}

TEST(Tokenize, OffsetsPointIntoTheText) {
  std::string text = "Killed: 115\xE2\x80\x94 at least.";
  std::vector<Token> toks = Tokenize(text);
  ASSERT_EQ(7u, toks.size());  // Killed : 115 — at least .
  EXPECT_EQ(8u, toks[2].span.begin);
  EXPECT_EQ(11u, toks[2].span.end);
  EXPECT_EQ(TokenKind::kPunct, toks[3].kind);  // em dash, one token of 3 bytes
  EXPECT_EQ(3u, toks[3].span.end - toks[3].span.begin);
}

TEST(Tokenize, InvalidUtf8IsOneByteEach) {
  std::string text = "a\xFF\xFE" "b";
  std::vector<Token> toks = Tokenize(text);
  ASSERT_EQ(4u, toks.size());
  EXPECT_EQ(TokenKind::kPunct, toks[1].kind);
  EXPECT_EQ(2u, toks[2].span.begin);
}

}  // namespace
}  // namespace dateline
