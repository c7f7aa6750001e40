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

class TriggerLexicon {
 public:
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
  TriggerLexicon() = default;
  // Compile if `serialized` is empty, else Deserialize.
  static Result<std::unique_ptr<TriggerLexicon>> Build(std::string_view tsv,
                                                       std::string_view serialized);
  struct Impl;
  std::vector<TriggerRule> rules_;
  std::unique_ptr<Impl> impl_;
};

class ActorLexicon {
 public:
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
  ActorLexicon() = default;
  static Result<std::unique_ptr<ActorLexicon>> Build(std::string_view tsv,
                                                     std::string_view serialized);
  struct Impl;
  std::vector<ActorEntry> entries_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dateline

#endif  // DATELINE_EVENTS_LEXICON_H_
