// Copyright 2026 The Dateline Authors.
//
// The embedded lexicons load, the precompiled databases the build embeds
// behave exactly like freshly compiled ones (a differential check on the
// same sentences), a few sentences get the trigger and actors a coder would
// give them, and broken inputs are refused with a reason.

#include "events/lexicon.h"

#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "util/embedded_data.h"

namespace dateline {
namespace {

// Sentences for the differential check: the seed page's stories, the dev
// records' kinds of incident, actor names written every way, and text
// that should match nothing.
const char* const kSentences[] = {
    "A suicide bomber blew himself up at a market in Kabul on Monday, killing 12 people.",
    "Gunmen opened fire at a concert hall in the Moscow suburb of Krasnogorsk on Friday.",
    "IS-K, or Islamic State in Khorasan Province, claimed the attack; ISIS-K has struck before.",
    "Daesh-Khorasan and Daesh are the names Russian officials use. This is it.",
    "31 Maoists and two Indian soldiers died in a gun battle in Bijapur district.",
    "A landslide buried homes in Jinping village after heavy rains and flash floods.",
    "Floods swept through the valley, and a cyclone hit the coast on Tuesday.",
    "Police arrested five men and detained a sixth for questioning.",
    "The ministers met with their counterparts and held talks on a ceasefire.",
    "Troops recaptured the town after militants stormed a checkpoint and seized weapons.",
    "An improvised explosive device went off near a Nigerian Army convoy; Boko Haram and "
    "ISWAP were blamed.",
    "Protesters marched through the capital; police fired tear gas at the crowd.",
    "Al-Shabaab fighters ambushed an AMISOM convoy; the Somali National Army said 8 died.",
    "The U.N. and NATO condemned the air strike by the Royal Saudi Air Force (RSAF).",
    "A fire broke out in a fireworks factory and the building collapsed.",
    "Séléka and anti-balaka militias clashed near Bangui; ex-Seleka fighters looted shops.",
    "Hamas, Hezbollah and the Houthis; the IDF and Israeli troops; HTS and the SDF.",
    "Nothing to see here: a quiet day with tea, biscuits and a crossword.",
    "",
    "IS IS IS is Is iS ISIS ISISK IS-KP ISKP-- -IS- (IS)",
    "UTF-8 text: \xE2\x80\x9C" "bombing\xE2\x80\x9D in Bīǰāpur, \xC2\xA0" "shelling\xC2\xA0" "and "
    "\xE6\x9C\xAC massacre.",
};

template <typename Hit>
std::vector<std::string> Describe(const std::vector<Hit>& hits) {
  std::vector<std::string> out;
  for (const Hit& h : hits) {
    if constexpr (std::is_same_v<Hit, TriggerHit>) {
      out.push_back(std::to_string(h.begin) + "-" + std::to_string(h.end) + ":" +
                    std::to_string(h.rule));
    } else {
      out.push_back(std::to_string(h.begin) + "-" + std::to_string(h.end) + ":" +
                    std::to_string(h.entry));
    }
  }
  return out;
}

// The rule of the highest-priority hit in `text` (the first such), or null.
const TriggerRule* Strongest(const TriggerLexicon& lex, std::string_view text) {
  const TriggerRule* best = nullptr;
  for (const TriggerHit& h : lex.Find(text)) {
    const TriggerRule& r = lex.rules()[h.rule];
    if (best == nullptr || r.priority > best->priority) best = &r;
  }
  return best;
}

// The canonical names of the actors in `text`, with the text they matched.
std::vector<std::string> Actors(std::string_view text) {
  const ActorLexicon& lex = ActorLexicon::Default();
  std::vector<std::string> out;
  for (const ActorHit& h : lex.Find(text)) {
    out.push_back(std::string(text.substr(h.begin, h.end - h.begin)) + "=" +
                  lex.entries()[h.entry].canonical);
  }
  return out;
}

// The embedded lexicons compiled here (once: compiling takes most of a
// second).
const Result<std::unique_ptr<TriggerLexicon>>& CompiledTriggers() {
  static const auto* r = new Result<std::unique_ptr<TriggerLexicon>>(
      TriggerLexicon::Compile(FindEmbeddedFile("triggers.tsv")));
  return *r;
}
const Result<std::unique_ptr<ActorLexicon>>& CompiledActors() {
  static const auto* r = new Result<std::unique_ptr<ActorLexicon>>(
      ActorLexicon::Compile(FindEmbeddedFile("actors.tsv")));
  return *r;
}

bool HavePrecompiled() {
  return !FindEmbeddedFile("triggers.hsdb").empty() && !FindEmbeddedFile("actors.hsdb").empty();
}

TEST(LexiconTest, EmbeddedLexiconsLoad) {
  const auto& triggers = CompiledTriggers();
  ASSERT_TRUE(triggers.ok()) << triggers.status().ToString();
  const auto& actors = CompiledActors();
  ASSERT_TRUE(actors.ok()) << actors.status().ToString();

  // Not the empty lexicon Default() falls back to if the data were broken.
  EXPECT_GT(TriggerLexicon::Default().rules().size(), 50u);
  EXPECT_EQ(TriggerLexicon::Default().rules().size(), triggers.value()->rules().size());
  EXPECT_GT(ActorLexicon::Default().entries().size(), 50u);
  EXPECT_EQ(ActorLexicon::Default().entries().size(), actors.value()->entries().size());
  EXPECT_FALSE(triggers.value()->deserialized());
}

TEST(LexiconTest, DefaultUsesThePrecompiledDatabases) {
  if (!HavePrecompiled()) GTEST_SKIP() << "built with DATELINE_PRECOMPILE_LEXICONS=OFF";
  // The build and the tests run on one machine, so the databases the build
  // compiled must load here; a fallback to compiling would only show as
  // a slow start.
  auto t = TriggerLexicon::Deserialize(FindEmbeddedFile("triggers.tsv"),
                                       FindEmbeddedFile("triggers.hsdb"));
  EXPECT_TRUE(t.ok()) << t.status().ToString();
  auto a = ActorLexicon::Deserialize(FindEmbeddedFile("actors.tsv"),
                                     FindEmbeddedFile("actors.hsdb"));
  EXPECT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_TRUE(TriggerLexicon::Default().deserialized());
  EXPECT_TRUE(ActorLexicon::Default().deserialized());
}

// Differential: the database Default() uses (precompiled by the build) and
// one compiled here, and one serialized and read back here, find the same
// hits on every sentence.
TEST(LexiconTest, SerializedAndCompiledFindTheSame) {
  ASSERT_TRUE(CompiledTriggers().ok() && CompiledActors().ok());
  const TriggerLexicon& triggers = *CompiledTriggers().value();
  const ActorLexicon& actors = *CompiledActors().value();
  EXPECT_FALSE(triggers.deserialized());
  auto tbytes = triggers.Serialize();
  auto abytes = actors.Serialize();
  ASSERT_TRUE(tbytes.ok() && abytes.ok());
  auto triggers2 = TriggerLexicon::Deserialize(FindEmbeddedFile("triggers.tsv"), tbytes.value());
  auto actors2 = ActorLexicon::Deserialize(FindEmbeddedFile("actors.tsv"), abytes.value());
  ASSERT_TRUE(triggers2.ok()) << triggers2.status().ToString();
  ASSERT_TRUE(actors2.ok()) << actors2.status().ToString();
  EXPECT_TRUE(triggers2.value()->deserialized());

  size_t trigger_hits = 0, actor_hits = 0;
  for (const char* s : kSentences) {
    SCOPED_TRACE(s);
    auto want_t = Describe(triggers.Find(s));
    EXPECT_EQ(Describe(TriggerLexicon::Default().Find(s)), want_t);
    EXPECT_EQ(Describe(triggers2.value()->Find(s)), want_t);
    auto want_a = Describe(actors.Find(s));
    EXPECT_EQ(Describe(ActorLexicon::Default().Find(s)), want_a);
    EXPECT_EQ(Describe(actors2.value()->Find(s)), want_a);
    trigger_hits += want_t.size();
    actor_hits += want_a.size();
  }
  // The check means something only if the sentences match plenty.
  EXPECT_GT(trigger_hits, 30u);
  EXPECT_GT(actor_hits, 25u);
}

TEST(LexiconTest, TriggersGiveTypeAndSubtype) {
  struct Case {
    const char* text;
    const char* type;
    const char* subtype;  // null: any subtype of `type`
  };
  const Case kCases[] = {
      {"A suicide bomber blew himself up at a market", "Explosions/Remote violence",
       "Suicide bomb"},
      {"The attacker killed six, wrapping his arms round the guard before blowing himself up",
       "Explosions/Remote violence", "Suicide bomb"},
      {"Ten were killed in aerial bombardments near the villages", "Explosions/Remote violence",
       "Air/drone strike"},
      {"Floods swept through the valley", "Disasters", "Flood"},
      {"Police arrested five men", "Strategic developments", "Arrests"},
      {"The ministers met with their counterparts", "Diplomacy", nullptr},
      {"A landslide buried homes in Jinping village", "Disasters", "Landslide"},
      {"Gunmen shot dead five people in Kano", "Violence against civilians", "Attack"},
  };
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.text);
    const TriggerRule* r = Strongest(TriggerLexicon::Default(), c.text);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->type, c.type);
    if (c.subtype != nullptr) {
      EXPECT_EQ(r->subtype, c.subtype);
    }
  }
  EXPECT_EQ(Strongest(TriggerLexicon::Default(), "A quiet day with tea and biscuits"), nullptr);
}

TEST(LexiconTest, TriggerHitsAreSortedWithSpans) {
  const std::string text = "Police arrested five men";
  auto hits = TriggerLexicon::Default().Find(text);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(text.substr(hits[0].begin, hits[0].end - hits[0].begin), "arrested");
  auto many = TriggerLexicon::Default().Find(kSentences[0]);
  for (size_t i = 1; i < many.size(); ++i) EXPECT_LE(many[i - 1].begin, many[i].begin);
}

// LexiconScan's equivalence rests on this: a trigger pattern's only
// assertion is \b. (Actor patterns are escaped literals, \b at most.)
TEST(LexiconTest, TriggerPatternsAssertNothingButWordBoundaries) {
  for (const TriggerRule& r : TriggerLexicon::Default().rules()) {
    SCOPED_TRACE(r.pattern);
    for (size_t i = 0; i < r.pattern.size(); ++i) {
      char c = r.pattern[i];
      if (c == '\\') {
        ASSERT_LT(i + 1, r.pattern.size());
        char e = r.pattern[++i];
        EXPECT_TRUE(std::string_view("AzZBGK").find(e) == std::string_view::npos) << e;
      } else {
        EXPECT_NE(c, '^');
        EXPECT_NE(c, '$');
      }
    }
    EXPECT_EQ(r.pattern.find("(?"), std::string::npos);  // no lookaround, no flags
  }
}

// Every slice of every sentence, and of all of them joined, scanned once:
// the same hits as Find on the slice alone, whether the slice's edges let
// the one scan serve or it falls back to scanning the slice.
TEST(LexiconTest, ScanGivesFindOfEverySlice) {
  std::string all;
  for (const char* s : kSentences) {
    all += s;
    all += "; ";
  }
  std::vector<std::string> texts(std::begin(kSentences), std::end(kSentences));
  texts.push_back(all);
  const TriggerLexicon& triggers = TriggerLexicon::Default();
  const ActorLexicon& actors = ActorLexicon::Default();
  for (const std::string& text : texts) {
    TriggerScan tscan(triggers, text);
    ActorScan ascan(actors, text);
    // Slices from every cut point (edges of words, spaces, punctuation).
    std::vector<size_t> cuts = {0, text.size()};
    for (size_t i = 1; i < text.size(); ++i) {
      bool space = text[i] == ' ' || text[i] == ';';
      if (space || text[i - 1] == ' ' || text[i - 1] == ';') cuts.push_back(i);
    }
    for (size_t b : cuts) {
      for (size_t e : cuts) {
        if (b > e || e - b > 120) continue;
        std::string_view slice = std::string_view(text).substr(b, e - b);
        SCOPED_TRACE(std::string(slice));
        EXPECT_EQ(Describe(tscan.Find(b, e)), Describe(triggers.Find(slice)));
        EXPECT_EQ(Describe(ascan.Find(b, e)), Describe(actors.Find(slice)));
      }
    }
  }
}

TEST(LexiconTest, ActorAliasesResolveToCanonicalNames) {
  EXPECT_EQ(Actors("IS-K claimed it"),
            std::vector<std::string>{"IS-K=Islamic State Khorasan Province"});
  // One alias, not "Daesh" inside it.
  EXPECT_EQ(Actors("officials blamed Daesh-Khorasan"),
            std::vector<std::string>{"Daesh-Khorasan=Islamic State Khorasan Province"});
  EXPECT_EQ(Actors("ISIS-K and ISKP"),
            (std::vector<std::string>{"ISIS-K=Islamic State Khorasan Province",
                                      "ISKP=Islamic State Khorasan Province"}));
  EXPECT_EQ(Actors("Islamic State in Khorasan Province"),
            std::vector<std::string>{
                "Islamic State in Khorasan Province=Islamic State Khorasan Province"});
  // Case-sensitive and at word boundaries: "is" and "This" are not IS.
  EXPECT_TRUE(Actors("This is what it is.").empty());
  EXPECT_EQ(Actors("the group IS is"), std::vector<std::string>{"IS=Islamic State"});
  EXPECT_TRUE(Actors("ISISK").empty());
}

TEST(LexiconTest, MalformedTsvNamesTheLine) {
  auto t = TriggerLexicon::Compile(
      "# comment\n\n90\tBattles\tArmed clash\t\\bclash\\b\n70\tBattles\tArmed clash\n");
  ASSERT_FALSE(t.ok());
  EXPECT_EQ(t.status().code(), Status::Code::kCorrupt);
  EXPECT_NE(t.status().message().find("line 4"), std::string::npos) << t.status().ToString();

  auto a = ActorLexicon::Compile("Hamas\tgroup\tHamas\nHezbollah\tgroup\n");
  ASSERT_FALSE(a.ok());
  EXPECT_NE(a.status().message().find("line 2"), std::string::npos) << a.status().ToString();

  // A pattern Hyperscan refuses is named by its index.
  auto bad = TriggerLexicon::Compile("90\tBattles\tArmed clash\t(unclosed\n");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("triggers: pattern 0"), std::string::npos)
      << bad.status().ToString();
}

TEST(LexiconTest, DeserializeRefusesWhatIsNotItsDatabase) {
  const std::string_view tsv = FindEmbeddedFile("triggers.tsv");
  ASSERT_TRUE(CompiledTriggers().ok());
  auto bytes = CompiledTriggers().value()->Serialize();
  ASSERT_TRUE(bytes.ok());
  const std::string& b = bytes.value();

  EXPECT_EQ(TriggerLexicon::Deserialize(tsv, "").status().code(), Status::Code::kNotFound);
  EXPECT_FALSE(TriggerLexicon::Deserialize(tsv, "garbage").ok());
  EXPECT_FALSE(TriggerLexicon::Deserialize(tsv, b.substr(0, b.size() / 2)).ok());
  // Hyperscan checksums the database it serialized.
  std::string flipped = b;
  flipped[flipped.size() / 2] ^= 0x5a;
  EXPECT_EQ(TriggerLexicon::Deserialize(tsv, flipped).status().code(), Status::Code::kCorrupt);
  std::string bad_magic = b;
  bad_magic[0] = 'X';
  EXPECT_EQ(TriggerLexicon::Deserialize(tsv, bad_magic).status().code(),
            Status::Code::kCorrupt);
  // A database of other patterns (a stale build) would mislabel every hit.
  auto other = TriggerLexicon::Deserialize(
      "90\tBattles\tArmed clash\t\\bclash\\b\n", b);
  ASSERT_FALSE(other.ok());
  EXPECT_NE(other.status().message().find("other patterns"), std::string::npos);
  auto actors = ActorLexicon::Deserialize(FindEmbeddedFile("actors.tsv"), b);
  EXPECT_FALSE(actors.ok());

  // The empty lexicon round-trips too.
  auto empty = TriggerLexicon::Compile("");
  ASSERT_TRUE(empty.ok());
  auto empty_bytes = empty.value()->Serialize();
  ASSERT_TRUE(empty_bytes.ok());
  auto empty2 = TriggerLexicon::Deserialize("", empty_bytes.value());
  ASSERT_TRUE(empty2.ok());
  EXPECT_TRUE(empty2.value()->Find("a bomb").empty());
}

}  // namespace
}  // namespace dateline
