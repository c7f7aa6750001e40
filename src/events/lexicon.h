// Copyright 2026 The Dateline Authors.
//
// The lexicons of data/ compiled for matching: incident triggers (Hyperscan
// regular expressions with a type, subtype and priority) and actors
// (canonical names with their aliases). Both are built once per process
// from the embedded data files and are then read-only and thread-safe; each
// thread gets its own Hyperscan scratch space. Tested by lexicon_test.cc.

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
  // The lexicon of the embedded data/triggers.tsv, compiled on first use.
  // REQUIRES: the embedded file compiles (checked by tests).
  static const TriggerLexicon& Default();

  ~TriggerLexicon();
  TriggerLexicon(const TriggerLexicon&) = delete;
  TriggerLexicon& operator=(const TriggerLexicon&) = delete;

  const std::vector<TriggerRule>& rules() const { return rules_; }

  // Every match in `text`, leftmost-longest per rule and position, sorted
  // by begin. Overlapping matches of different rules are all kept.
  std::vector<TriggerHit> Find(std::string_view text) const;

 private:
  TriggerLexicon() = default;
  struct Impl;
  std::vector<TriggerRule> rules_;
  std::unique_ptr<Impl> impl_;
};

class ActorLexicon {
 public:
  static Result<std::unique_ptr<ActorLexicon>> Compile(std::string_view tsv);
  static const ActorLexicon& Default();

  ~ActorLexicon();
  ActorLexicon(const ActorLexicon&) = delete;
  ActorLexicon& operator=(const ActorLexicon&) = delete;

  const std::vector<ActorEntry>& entries() const { return entries_; }

  // Alias matches, longest first where they overlap, sorted by begin.
  std::vector<ActorHit> Find(std::string_view text) const;

 private:
  ActorLexicon() = default;
  struct Impl;
  std::vector<ActorEntry> entries_;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dateline

#endif  // DATELINE_EVENTS_LEXICON_H_
