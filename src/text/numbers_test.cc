// Copyright 2026 The Dateline Authors.

#include "text/numbers.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {
namespace {

// "text best min max" with "-" for null and a trailing "~" if vague.
std::string Show(const Quantity& q) {
  auto n = [](int64_t v) { return v < 0 ? std::string("-") : std::to_string(v); };
  return q.text + " " + n(q.best) + " " + n(q.min) + " " + n(q.max) + (q.vague ? " ~" : "");
}

std::vector<std::string> Find(std::string_view text) {
  std::vector<std::string> out;
  for (const Quantity& q : FindQuantities(text)) out.push_back(Show(q));
  return out;
}

using Strings = std::vector<std::string>;

// ---------------------------------------------------------------------------
// ParseNumberAt

struct ParseCase {
  const char* text;
  int64_t value;  // -1: no number
  size_t length;
  bool vague;
};

const ParseCase kParseCases[] = {
    {"115", 115, 3, false},
    {"1,200 people", 1200, 5, false},
    {"2,000,000", 2000000, 9, false},
    {"0", 0, 1, false},
    {"two", 2, 3, false},
    {"Two men", 2, 3, false},
    {"ELEVEN", 11, 6, false},
    {"thirty-one", 31, 10, false},
    {"thirty one", 31, 10, false},
    {"one hundred and twenty", 120, 22, false},
    {"one hundred twenty", 120, 18, false},
    {"a hundred", 100, 9, false},
    {"a thousand troops", 1000, 10, false},
    {"twelve hundred", 1200, 14, false},
    {"two thousand and five", 2005, 21, false},
    {"five million", 5000000, 12, false},
    {"two million three hundred thousand", 2300000, 34, false},
    {"1.5 million", 1500000, 11, false},
    {"2.25 million", 2250000, 12, false},
    {"5 million", 5000000, 9, false},
    {"10 thousand", 10000, 11, false},
    {"a dozen", 12, 7, false},
    {"two dozen", 24, 9, false},
    {"half a dozen", 6, 12, false},
    {"a handful", 5, 9, false},
    {"a few", 3, 5, false},
    {"a couple", 2, 8, false},
    {"a few hundred", 300, 13, false},
    {"several hundred", 300, 15, false},
    {"dozens", 12, 6, true},
    {"scores", 20, 6, true},
    {"hundreds", 100, 8, true},
    {"thousands of people", 1000, 9, true},
    {"tens", 10, 4, true},
    {"tens of thousands", 10000, 17, true},
    {"hundreds of thousands", 100000, 21, true},
    {"one hundred and", 100, 11, false},  // a dangling "and" is not taken
    {"twenty-", 20, 6, false},
    {"thirty-third", 30, 6, false},  // the ordinal part is left for the caller
    {"one two", 1, 3, false},
    {"a", -1, 0, false},
    {"a soldier", -1, 0, false},
    {"an", -1, 0, false},
    {"hundred", -1, 0, false},
    {"dozen", -1, 0, false},
    {"third", -1, 0, false},
    {"someone", -1, 0, false},
    {"tenth", -1, 0, false},
    {"57th", -1, 0, false},
    {"3.5", -1, 0, false},
    {"1,20", -1, 0, false},
    {"12345678901", -1, 0, false},  // over kMaxQuantity
    {"5 billion", -1, 0, false},    // over kMaxQuantity
    {"", -1, 0, false},
    {"-5", -1, 0, false},
};

TEST(Numbers, ParseNumberAtTable) {
  for (const ParseCase& c : kParseCases) {
    NumberMatch m;
    bool ok = ParseNumberAt(c.text, 0, &m);
    if (c.value < 0) {
      EXPECT_FALSE(ok) << c.text << " parsed as " << m.value;
      continue;
    }
    ASSERT_TRUE(ok) << c.text;
    EXPECT_EQ(c.value, m.value) << c.text;
    EXPECT_EQ(c.length, m.length) << c.text;
    EXPECT_EQ(c.vague, m.vague) << c.text;
  }
}

TEST(Numbers, ParseNumberAtFlags) {
  NumberMatch m;
  ASSERT_TRUE(ParseNumberAt("two", 0, &m));
  EXPECT_TRUE(m.word);
  EXPECT_FALSE(m.rough);
  ASSERT_TRUE(ParseNumberAt("115", 0, &m));
  EXPECT_FALSE(m.word);
  ASSERT_TRUE(ParseNumberAt("a dozen", 0, &m));
  EXPECT_TRUE(m.rough);
  ASSERT_TRUE(ParseNumberAt("a hundred", 0, &m));
  EXPECT_FALSE(m.rough);
}

TEST(Numbers, ParseNumberAtNeedsAWordBoundary) {
  NumberMatch m;
  EXPECT_TRUE(ParseNumberAt("killing 115", 8, &m));
  EXPECT_EQ(115, m.value);
  EXPECT_FALSE(ParseNumberAt("MH17", 2, &m));
  EXPECT_FALSE(ParseNumberAt("someone", 4, &m));
  EXPECT_FALSE(ParseNumberAt("abc", 3, &m));  // pos at the end
  EXPECT_FALSE(ParseNumberAt("abc", 99, &m));
}

// ---------------------------------------------------------------------------
// The differential test: a slow, obvious speller for 0..9999 against the
// fast grammar, in every style news uses.

const char* const kOnes[] = {"zero",    "one",     "two",       "three",    "four",
                             "five",    "six",     "seven",     "eight",    "nine",
                             "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                             "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
const char* const kTens[] = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
                             "eighty", "ninety"};

std::string SpellBelowHundred(int n, char joiner) {
  if (n < 20) return kOnes[n];
  std::string s = kTens[n / 10];
  if (n % 10 != 0) {
    s += joiner;
    s += kOnes[n % 10];
  }
  return s;
}

std::string SpellBelowThousand(int n, bool with_and, char joiner) {
  if (n < 100) return SpellBelowHundred(n, joiner);
  std::string s = std::string(kOnes[n / 100]) + " hundred";
  if (n % 100 != 0) s += (with_and ? " and " : " ") + SpellBelowHundred(n % 100, joiner);
  return s;
}

std::string Spell(int n, bool with_and, char joiner) {
  if (n < 1000) return SpellBelowThousand(n, with_and, joiner);
  std::string s = SpellBelowThousand(n / 1000, with_and, joiner) + " thousand";
  int rest = n % 1000;
  if (rest != 0) {
    s += (rest < 100 && with_and) ? " and " : " ";
    s += SpellBelowThousand(rest, with_and, joiner);
  }
  return s;
}

TEST(Numbers, SpelledOutAgreesWithTheSlowSpellerUpTo9999) {
  int failures = 0;
  for (int n = 0; n <= 9999 && failures < 20; ++n) {
    for (bool with_and : {false, true}) {
      for (char joiner : {'-', ' '}) {
        std::string s = Spell(n, with_and, joiner);
        NumberMatch m;
        bool ok = ParseNumberAt(s, 0, &m);
        if (!ok || m.value != n || m.length != s.size() || m.vague || !m.word) {
          ADD_FAILURE() << "\"" << s << "\": ok=" << ok << " value=" << m.value
                        << " length=" << m.length;
          ++failures;
        }
        // Capitalised at the start of a sentence.
        std::string cap = s;
        cap[0] = static_cast<char>(cap[0] - 'a' + 'A');
        if (!ParseNumberAt(cap, 0, &m) || m.value != n) {
          ADD_FAILURE() << "\"" << cap << "\"";
          ++failures;
        }
      }
    }
  }
}

TEST(Numbers, SpelledOutInASentenceIsOneExactQuantity) {
  for (int n = 1; n <= 9999; n += 7) {
    std::string spelled = Spell(n, n % 2 == 0, '-');
    std::string text = "Officials said " + spelled + " people were killed.";
    std::vector<Quantity> qs = FindQuantities(text);
    ASSERT_EQ(1u, qs.size()) << text;
    EXPECT_EQ(n, qs[0].best) << text;
    EXPECT_EQ(n, qs[0].min) << text;
    EXPECT_EQ(n, qs[0].max) << text;
    EXPECT_EQ(spelled, qs[0].text) << text;
    EXPECT_EQ(15u, qs[0].span.begin) << text;
  }
}

std::string WithCommas(int64_t n) {
  std::string d = std::to_string(n);
  std::string out;
  for (size_t k = 0; k < d.size(); ++k) {
    if (k > 0 && (d.size() - k) % 3 == 0) out += ',';
    out += d[k];
  }
  return out;
}

TEST(Numbers, DigitsAgreeWithPrintingUpTo99999) {
  for (int64_t n = 0; n <= 99999; ++n) {
    std::string plain = std::to_string(n);
    std::string grouped = WithCommas(n);
    NumberMatch m;
    ASSERT_TRUE(ParseNumberAt(plain, 0, &m)) << plain;
    ASSERT_EQ(n, m.value) << plain;
    ASSERT_EQ(plain.size(), m.length);
    ASSERT_TRUE(ParseNumberAt(grouped + " dead", 0, &m)) << grouped;
    ASSERT_EQ(n, m.value) << grouped;
    ASSERT_EQ(grouped.size(), m.length);
  }
}

// ---------------------------------------------------------------------------
// FindQuantities: every row of the table in numbers.h / spec/EVENTS.md.

struct FindCase {
  const char* text;
  Strings want;
};

const FindCase kBoundCases[] = {
    // exact
    {"Gunmen opened fire, killing 115 people.", {"115 115 115 115"}},
    {"One person died and 1,200 were displaced.", {"One 1 1 1", "1,200 1200 1200 1200"}},
    {"thirty-one Maoists and two Indian soldiers", {"thirty-one 31 31 31", "two 2 2 2"}},
    {"one hundred and twenty homes burned", {"one hundred and twenty 120 120 120"}},
    {"1.5 million people fled", {"1.5 million 1500000 1500000 1500000"}},
    {"a hundred police officers", {"a hundred 100 100 100"}},
    {"a soldier was hurt", {}},
    // at least N / N or more / no fewer than N
    {"at least 115 people", {"at least 115 115 115 -"}},
    {"115 or more people", {"115 or more 115 115 -"}},
    {"no fewer than 20 died", {"no fewer than 20 20 20 -"}},
    {"At least one person", {"At least one 1 1 -"}},
    // more than / over
    {"more than 100 were hurt", {"more than 100 100 101 -"}},
    {"over 100 were hurt", {"over 100 100 101 -"}},
    {"well over 130 dead", {"well over 130 130 131 -"}},
    {"more than a dozen people", {"more than a dozen 12 13 -"}},
    {"100-plus injured", {"100-plus 100 101 -"}},
    {"100+ injured", {"100+ 100 101 -"}},
    // nearly / almost / up to
    {"nearly 30 more missing", {"nearly 30 30 - 30"}},
    {"almost 30 missing", {"almost 30 30 - 30"}},
    {"up to 30 missing", {"up to 30 30 - 30"}},
    {"as many as 40 dead", {"as many as 40 40 - 40"}},
    {"fewer than 30 hurt", {"fewer than 30 29 - 29"}},
    {"less than 30 hurt", {"less than 30 29 - 29"}},
    // about / around / some / roughly / approximately / an estimated
    {"about 287 rebels", {"about 287 287 - -"}},
    {"around 287 rebels", {"around 287 287 - -"}},
    {"some 287 rebels", {"some 287 287 - -"}},
    {"roughly 287 rebels", {"roughly 287 287 - -"}},
    {"approximately 287 rebels", {"approximately 287 287 - -"}},
    {"an estimated 287 rebels", {"an estimated 287 287 - -"}},
    {"20 or so people", {"20 or so 20 - -"}},
    // rough words: best only
    {"a dozen soldiers", {"a dozen 12 - -"}},
    {"about a dozen soldiers", {"about a dozen 12 - -"}},
    {"two dozen soldiers", {"two dozen 24 - -"}},
    {"a handful of people", {"a handful 5 - -"}},
    {"a few people", {"a few 3 - -"}},
    // vague plurals: min = best, conservative
    {"killing tens", {"tens 10 10 - ~"}},
    {"dozens were injured", {"dozens 12 12 - ~"}},
    {"wounding scores", {"scores 20 20 - ~"}},
    {"hundreds fled", {"hundreds 100 100 - ~"}},
    {"thousands of people", {"thousands 1000 1000 - ~"}},
    {"tens of thousands marched", {"tens of thousands 10000 10000 - ~"}},
    // ranges
    {"30-40 people", {"30-40 30 30 40"}},
    {"between 30 and 40 people", {"between 30 and 40 30 30 40"}},
    {"30 to 40 people", {"30 to 40 30 30 40"}},
    {"two or three people", {"two or three 2 2 3"}},
    {"the toll rose from 30 to 40", {"30 30 30 30", "40 40 40 40"}},
    // several in one sentence
    {"31 Maoists, two Indian soldiers killed and nearly 30 more missing",
     {"31 31 31 31", "two 2 2 2", "nearly 30 30 - 30"}},
};

TEST(Numbers, FindQuantitiesBounds) {
  for (const FindCase& c : kBoundCases) {
    EXPECT_EQ(c.want, Find(c.text)) << c.text;
  }
}

// Numbers that are not counts: each text must yield exactly `want`.
const FindCase kExclusionCases[] = {
    // years as years
    {"in 2022, 12 people died", {"12 12 12 12"}},
    {"since 1990", {}},
    {"by 2030", {}},
    {"until 2001", {}},
    {"the winter of 1999", {}},
    {"October 2002 attacks", {}},
    {"2022's deadliest day", {}},
    {"between 2010 and 2020", {}},
    {"from 2010 to 2020", {}},
    {"the 2020 killing of Soleimani", {}},
    {"his 2024 book", {}},
    {"since early 2022", {}},
    {"killing 2000 people", {"2000 2000 2000 2000"}},  // a count, not a year
    // dates
    {"on March 22, 2024", {}},
    {"on 22 March 2024", {}},
    {"on Aug. 26, 2021", {}},
    {"police said 30 may have died", {"30 30 30 30"}},  // "may" the verb
    // times
    {"at 11:50 local time", {}},
    {"at 0350 GMT", {}},
    {"at 10 a.m.", {}},
    {"at 10 pm", {}},
    {"at 7 o'clock", {}},
    // ordinals
    {"the 2nd battalion", {}},
    {"the third attack", {}},
    {"the 57th brigade", {}},
    {"thirty-third", {}},
    // percentages
    {"5% of voters", {}},
    {"5 percent", {}},
    {"5 per cent", {}},
    // money
    {"$5 in aid", {}},
    {"$5 million in aid", {}},
    {"5 million dollars", {}},
    {"\xE2\x82\xAC" "20 fine", {}},
    {"Rs 500 bribe", {}},
    {"thousands of dollars", {}},
    // ages
    {"a 77-year-old man", {}},
    {"aged 30", {}},
    {"30 years old", {}},
    // measures and durations
    {"65 kilometers away", {}},
    {"5 km north", {}},
    {"10 miles", {}},
    {"100 meters", {}},
    {"20 kg of explosives", {}},
    {"3 tons", {}},
    {"two hours", {}},
    {"three days of fighting", {}},
    {"two weeks", {}},
    {"six months", {}},
    {"10 years", {}},
    {"30 minutes", {}},
    {"a two-day siege", {}},
    {"sentenced to 5 to 10 years", {}},
    {"a magnitude 3.5 quake", {}},
    {"30 \xC2\xB0" "C", {}},
    // phone-like and identifiers
    {"call 555-1234", {}},
    {"call +44 20 7946 0958", {}},
    {"call 5551234", {}},
    {"No. 5 gate", {}},
    {"Article 370", {}},
    {"Flight 17", {}},
    {"a 2-1 win", {}},
    {"photo 1 / 8", {}},
    {"slide 1/8", {}},
    // inside alphanumerics
    {"an F-16 jet", {}},
    {"flight MH17", {}},
    {"COVID-19 cases", {}},
    {"the G7 summit", {}},
    {"the 1990s", {}},
    // pronoun "one", noun "scores"
    {"no one was hurt", {}},
    {"the one who fired", {}},
    {"helping one another", {}},
    {"their scores improved", {}},
    // a number word inside a name
    {"aboard Air Force One on Friday", {}},
    {"Two people were saved", {"Two 2 2 2"}},
    {"LONDON: Two people were saved", {"Two 2 2 2"}},
    // a year naming an event in a heading
    {"2018 Hillside attacks: 30 people were killed", {"30 30 30 30"}},
};

TEST(Numbers, FindQuantitiesExclusions) {
  for (const FindCase& c : kExclusionCases) {
    EXPECT_EQ(c.want, Find(c.text)) << c.text;
  }
}

TEST(Numbers, SpansAreExactByteOffsets) {
  // A multi-byte prefix so offsets are bytes, not characters.
  std::string text =
      "\xE2\x80\x9C" "B\xC4\xAB" "j\xC4\x81pur\xE2\x80\x9D: at least 31 Maoists and two soldiers; "
      "nearly 30 missing.";
  std::vector<Quantity> qs = FindQuantities(text);
  ASSERT_EQ(3u, qs.size());
  for (const Quantity& q : qs) {
    EXPECT_EQ(q.text, q.span.Of(text));
  }
  size_t at_least = text.find("at least 31");
  EXPECT_EQ(at_least, qs[0].span.begin);
  EXPECT_EQ(at_least + 11, qs[0].span.end);
  size_t two = text.find("two");
  EXPECT_EQ(two, qs[1].span.begin);
  EXPECT_EQ(two + 3, qs[1].span.end);
  EXPECT_EQ("nearly 30", qs[2].text);
}

TEST(Numbers, EmptyAndOddInputs) {
  EXPECT_TRUE(FindQuantities("").empty());
  EXPECT_TRUE(FindQuantities("     ").empty());
  EXPECT_TRUE(FindQuantities("\xFF\xFE\xFD").empty());
  EXPECT_TRUE(FindQuantities("and and and of of").empty());
  EXPECT_EQ(Strings({"5 5 5 5"}), Find("5"));
  EXPECT_EQ(Strings({"5 5 5 5"}), Find("\xE2\x80\x9C" "5"));
}

// ---------------------------------------------------------------------------
// Invariants on random news-like word salad (the fuzzer checks the same on
// arbitrary bytes).

TEST(Numbers, RandomPhrasesKeepTheInvariants) {
  const char* const kVocab[] = {
      "at",      "least",   "more",    "than",   "over",     "nearly", "up",     "to",
      "about",   "some",    "an",      "estimated", "a",    "dozen",  "dozens", "scores",
      "tens",    "of",      "thousands", "hundred", "and", "one",    "two",    "thirty-one",
      "115",     "1,200",   "2024",    "in",     "March",    "22,",    "years",  "km",
      "%",       "$",       "-",       "or",     "between",  "plus",   "+",      "F-16",
      "11:50",   "0350",    "GMT",     "aged",   "no",       "killed", "people", ".",
      "\xE2\x80\x9C", "few", "handful", "so",   "1.5",      "million", "\xC2\xA0", "fewer"};
  std::mt19937 rng(20260101);
  std::uniform_int_distribution<size_t> pick(0, std::size(kVocab) - 1);
  std::uniform_int_distribution<int> len(1, 30);
  std::uniform_int_distribution<int> glue(0, 5);
  for (int iter = 0; iter < 20000; ++iter) {
    std::string text;
    int words = len(rng);
    for (int w = 0; w < words; ++w) {
      if (w > 0 && glue(rng) != 0) text += ' ';
      text += kVocab[pick(rng)];
    }
    std::vector<Quantity> qs = FindQuantities(text);
    size_t prev_end = 0;
    for (const Quantity& q : qs) {
      ASSERT_LE(prev_end, q.span.begin) << text;
      ASSERT_LT(q.span.begin, q.span.end) << text;
      ASSERT_LE(q.span.end, text.size()) << text;
      ASSERT_EQ(q.text, q.span.Of(text)) << text;
      ASSERT_GE(q.best, 0) << text;
      if (q.max >= 0) {
        ASSERT_LE(q.best, q.max) << text;
      }
      // "more than 100": min 101, best 100; best may sit one below min.
      if (q.min >= 0) {
        ASSERT_GE(q.best + 1, q.min) << text;
      }
      if (q.min >= 0 && q.max >= 0) {
        ASSERT_LE(q.min, q.max) << text;
      }
      ASSERT_LE(q.best, kMaxQuantity) << text;
      prev_end = q.span.end;
    }
  }
}

}  // namespace
}  // namespace dateline
