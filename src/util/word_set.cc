// Copyright 2026 The Dateline Authors.

#include "util/word_set.h"

#include <algorithm>

namespace dateline {

namespace {

inline unsigned char Fold(char c) {
  unsigned char u = static_cast<unsigned char>(c);
  return (u >= 'A' && u <= 'Z') ? static_cast<unsigned char>(u - 'A' + 'a') : u;
}

}  // namespace

uint32_t WordSet::Hash(std::string_view word) {
  if (word.empty()) return 0;
  uint32_t key = Fold(word.front()) | (Fold(word[word.size() / 2]) << 8) |
                 (Fold(word.back()) << 16) | (static_cast<uint32_t>(word.size()) << 24);
  return key * 2654435769u;  // Fibonacci hashing: the high bits pick the slot
}

WordSet::WordSet(std::initializer_list<std::string_view> words) {
  size_t capacity = 8;
  shift_ = 29;
  while (capacity < words.size() * 2) {
    capacity *= 2;
    --shift_;
  }
  slots_.assign(capacity, -1);
  hashes_.assign(capacity, 0);
  min_length_ = SIZE_MAX;
  for (std::string_view w : words) {
    if (Contains(w)) continue;
    std::string lower(w);
    for (char& c : lower) c = static_cast<char>(Fold(c));
    uint32_t h = Hash(lower);
    size_t slot = h >> shift_;
    while (slots_[slot] >= 0) slot = (slot + 1) & (capacity - 1);
    slots_[slot] = static_cast<int32_t>(words_.size());
    hashes_[slot] = h;
    min_length_ = std::min(min_length_, lower.size());
    max_length_ = std::max(max_length_, lower.size());
    if (!lower.empty()) {
      unsigned char f = static_cast<unsigned char>(lower[0]);
      first_bytes_[f >> 6] |= uint64_t{1} << (f & 63);
    }
    words_.push_back(std::move(lower));
  }
}

bool WordSet::Contains(std::string_view word) const {
  if (word.size() < min_length_ || word.size() > max_length_) return false;
  if (!word.empty()) {
    unsigned char f = Fold(word[0]);
    if (!(first_bytes_[f >> 6] >> (f & 63) & 1)) return false;
  }
  const uint32_t h = Hash(word);
  const size_t mask = slots_.size() - 1;
  for (size_t slot = h >> shift_; slots_[slot] >= 0; slot = (slot + 1) & mask) {
    if (hashes_[slot] != h) continue;
    const std::string& w = words_[static_cast<size_t>(slots_[slot])];
    if (w.size() != word.size()) continue;
    bool same = true;
    for (size_t i = 0; i < w.size() && same; ++i) same = static_cast<char>(Fold(word[i])) == w[i];
    if (same) return true;
  }
  return false;
}

}  // namespace dateline
