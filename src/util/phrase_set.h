// Copyright 2026 The Dateline Authors.
//
// A fixed list of phrases, built once, that answers "does any of them occur
// in this text?" in one pass over the text: the phrases are bucketed by
// their first byte, so each position of the text is checked only against
// the phrases that can start there, instead of one find() over the whole
// text per phrase.
//
//   static const PhraseSet kCues({"in the past year", "so far this year"});
//   if (kCues.AnyIn(lower_cased_window)) ...
//
// Bytes compare exactly (lower-case the text and the phrases alike).
// Immutable after construction. Tested by phrase_set_test.cc against the
// loop of find() calls it replaces.

#ifndef DATELINE_UTIL_PHRASE_SET_H_
#define DATELINE_UTIL_PHRASE_SET_H_

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class PhraseSet {
 public:
  // Empty phrases are ignored.
  PhraseSet(std::initializer_list<std::string_view> phrases);

  PhraseSet(const PhraseSet&) = delete;
  PhraseSet& operator=(const PhraseSet&) = delete;

  // True if some phrase is a substring of `text`.
  bool AnyIn(std::string_view text) const;

 private:
  std::vector<std::string> by_first_byte_[256];
};

}  // namespace dateline

#endif  // DATELINE_UTIL_PHRASE_SET_H_
