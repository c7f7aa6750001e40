// Copyright 2026 The Dateline Authors.
//
// A fixed set of words, built once from a list, that answers "is this word
// one of them?" ignoring ASCII case, without allocating: an open-addressing
// hash table over the lower-cased words. It replaces linear scans of word
// lists (one EqualsIgnoreCaseAscii per entry) on the hot paths:
//
//   static const WordSet kAux({"was", "were", "is", "are"});
//   if (kAux.Contains(word)) ...
//
// Only ASCII letters fold; other bytes compare exactly, as in
// EqualsIgnoreCaseAscii. Immutable after construction, so one static set
// may be shared by threads. Tested by word_set_test.cc against the linear
// scan it replaces.

#ifndef DATELINE_UTIL_WORD_SET_H_
#define DATELINE_UTIL_WORD_SET_H_

#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words);

  WordSet(const WordSet&) = delete;
  WordSet& operator=(const WordSet&) = delete;

  // True if `word` equals one of the words, ignoring ASCII case.
  bool Contains(std::string_view word) const;

  size_t size() const { return words_.size(); }

 private:
  // Of the length and the first, middle and last bytes, lower-cased: O(1)
  // per lookup; words that collide are told apart by comparing them.
  static uint32_t Hash(std::string_view word);

  std::vector<std::string> words_;  // lower-cased, distinct
  std::vector<int32_t> slots_;      // index into words_, or -1; size a power of two
  std::vector<uint32_t> hashes_;    // Hash() of the word in each slot
  int shift_ = 32;                  // slot = Hash() >> shift_
  size_t min_length_ = 0;
  size_t max_length_ = 0;
  uint64_t first_bytes_[4] = {0, 0, 0, 0};  // bitmap of the words' lower-cased first bytes
};

}  // namespace dateline

#endif  // DATELINE_UTIL_WORD_SET_H_
