// Copyright 2026 The Dateline Authors.
//
// The lexicons of data/ compiled for matching: incident triggers (Hyperscan
// regular expressions with a type, subtype and priority) and actors
// (canonical names with their aliases). Both are built once per process
// from the embedded data files and are then read-only and thread-safe; each
// thread gets its own Hyperscan scratch space. Tested by lexicon_test.cc.
//
// Compiling the Hyperscan databases takes most of a second, so the build
// does it ahead of time: dateline_lexgen (lexicon_gen_main.cc) runs Compile
// on data/*.tsv and writes Serialize()'s bytes, which are embedded beside
// the TSV files ("triggers.hsdb", "actors.hsdb"). Default() reads them back
// with Deserialize and compiles from the TSV only if that fails (another
// CPU or Hyperscan version, or no precompiled database in this build), so
// it behaves the same either way. The rules and entries always come from
// the TSV; only the database is precompiled.

#ifndef DATELINE_EVENTS_LEXICON_H_
#define DATELINE_EVENTS_LEXICON_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dateline/status.h"

namespace dateline {

struct TriggerRule {
  int priority = 0;
  std::string type;
  std::string subtype;
  std::string pattern;
};

struct TriggerHit {
  size_t begin = 0;
  size_t end = 0;
  int rule = 0;  // index into TriggerLexicon::rules()
};

struct ActorEntry {
  std::string canonical;
  std::string kind;  // group, state, org
};

struct ActorHit {
  size_t begin = 0;
  size_t end = 0;
  int entry = 0;  // index into ActorLexicon::entries()
};

template <typename Lexicon>
class LexiconScan;

class TriggerLexicon {
 public:
  using Hit = TriggerHit;

  // Compiles `tsv` (the format of data/triggers.tsv).
  static Result<std::unique_ptr<TriggerLexicon>> Compile(std::string_view tsv);
  // Like Compile, but the database comes from `serialized` (the bytes of
  // Serialize() on a lexicon compiled from the same `tsv`) instead of being
  // compiled. Fails, and the caller should Compile, if `serialized` is
  // empty (kNotFound), was made from other patterns or is damaged
  // (kCorrupt), or is for a CPU or Hyperscan version this process cannot
  // run (kUnsupported).
  static Result<std::unique_ptr<TriggerLexicon>> Deserialize(std::string_view tsv,
                                                             std::string_view serialized);
  // The lexicon of the embedded data/triggers.tsv, loaded on first use:
  // deserialized from the embedded triggers.hsdb, else compiled.
  // REQUIRES: the embedded file compiles (checked by tests).
  static const TriggerLexicon& Default();

  ~TriggerLexicon();
  TriggerLexicon(const TriggerLexicon&) = delete;
  TriggerLexicon& operator=(const TriggerLexicon&) = delete;

  const std::vector<TriggerRule>& rules() const { return rules_; }
  // True if the database was read by Deserialize rather than compiled.
  bool deserialized() const;

  // The compiled database as bytes for Deserialize: a small header that
  // fingerprints the patterns, then hs_serialize_database's output. The
  // database is tied to the Hyperscan version and to the CPU features of
  // the machine that compiled it.
  Result<std::string> Serialize() const;

  // Every match in `text`, leftmost-longest per rule and position, sorted
  // by begin. Overlapping matches of different rules are all kept.
  std::vector<TriggerHit> Find(std::string_view text) const;

 private:
  friend class LexiconScan<TriggerLexicon>;
  TriggerLexicon() = default;
  // Every match Hyperscan reports, unsorted; Find is Prune(Matches()).
  std::vector<TriggerHit> Matches(std::string_view text) const;
  static void Prune(std::vector<TriggerHit>* hits);
  // Compile if `serialized` is empty, else Deserialize.
  static Result<std::unique_ptr<TriggerLexicon>> Build(std::string_view tsv,
                                                       std::string_view serialized);
  struct Impl;
  std::vector<TriggerRule> rules_;
  std::unique_ptr<Impl> impl_;
};

class ActorLexicon {
 public:
  using Hit = ActorHit;

  // As TriggerLexicon's, for the format of data/actors.tsv.
  static Result<std::unique_ptr<ActorLexicon>> Compile(std::string_view tsv);
  static Result<std::unique_ptr<ActorLexicon>> Deserialize(std::string_view tsv,
                                                           std::string_view serialized);
  // From the embedded actors.tsv and actors.hsdb.
  static const ActorLexicon& Default();

  ~ActorLexicon();
  ActorLexicon(const ActorLexicon&) = delete;
  ActorLexicon& operator=(const ActorLexicon&) = delete;

  const std::vector<ActorEntry>& entries() const { return entries_; }
  bool deserialized() const;
  Result<std::string> Serialize() const;

  // Alias matches, longest first where they overlap, sorted by begin.
  std::vector<ActorHit> Find(std::string_view text) const;

 private:
  friend class LexiconScan<ActorLexicon>;
  ActorLexicon() = default;
  std::vector<ActorHit> Matches(std::string_view text) const;
  static void Prune(std::vector<ActorHit>* hits);
  static Result<std::unique_ptr<ActorLexicon>> Build(std::string_view tsv,
                                                     std::string_view serialized);
  struct Impl;
  std::vector<ActorEntry> entries_;
  std::unique_ptr<Impl> impl_;
};

// The hits of one lexicon in slices of one text (the clauses of a
// paragraph), from one scan of the whole text instead of one per slice:
// Hyperscan's cost is mostly per call on texts this short.
//
//   TriggerScan scan(TriggerLexicon::Default(), paragraph);
//   scan.Find(b, e) == TriggerLexicon::Default().Find(paragraph.substr(b, e - b))
//
// Find(begin, end) is exactly the lexicon's Find of the slice, offsets
// relative to `begin`. A match inside the slice is a match of the slice
// alone because every pattern's only assertion is \b (no ^, $ or
// lookaround; lexicon_test checks the data): when the bytes just outside
// the slice are ASCII non-word characters (a space, a ';') \b sees there
// what it sees at a text's edge. Hyperscan reports one match per pattern
// and end, from the leftmost start; one that starts before the slice and
// ends inside it may hide a later start inside. In either case, other edges
// or a match running in, Find scans the slice itself.
//
// The scan keeps views of `lexicon` and `text`, which must outlive it.
template <typename Lexicon>
class LexiconScan {
 public:
  using Hit = typename Lexicon::Hit;

  LexiconScan(const Lexicon& lexicon, std::string_view text);

  // REQUIRES: begin <= end <= text.size().
  std::vector<Hit> Find(size_t begin, size_t end) const;

 private:
  const Lexicon& lexicon_;
  std::string_view text_;
  std::vector<Hit> matches_;  // Lexicon::Matches(text_)
};

// The canonical names `name` may stand for: itself and, when the actor
// lexicon reads all of it as an alias ("IS-K"), that actor's canonical name.
std::vector<std::string> ActorNamesFor(const std::string& name);

// Whether `name` is the canonical name of an actor the lexicon knows (a
// named group or force, not a description such as "gunmen").
bool IsLexiconActor(const std::string& name);

using TriggerScan = LexiconScan<TriggerLexicon>;
using ActorScan = LexiconScan<ActorLexicon>;

}  // namespace dateline

#endif  // DATELINE_EVENTS_LEXICON_H_
