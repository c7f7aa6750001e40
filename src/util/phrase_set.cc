// Copyright 2026 The Dateline Authors.

#include "util/phrase_set.h"

namespace dateline {

PhraseSet::PhraseSet(std::initializer_list<std::string_view> phrases) {
  for (std::string_view p : phrases) {
    if (!p.empty()) by_first_byte_[static_cast<unsigned char>(p[0])].emplace_back(p);
  }
}

bool PhraseSet::AnyIn(std::string_view text) const {
  for (size_t i = 0; i < text.size(); ++i) {
    const std::vector<std::string>& bucket = by_first_byte_[static_cast<unsigned char>(text[i])];
    if (bucket.empty()) continue;
    std::string_view rest = text.substr(i);
    for (const std::string& p : bucket) {
      if (rest.size() >= p.size() && rest[p.size() - 1] == p.back() &&
          rest.compare(0, p.size(), p) == 0) {
        return true;
      }
    }
  }
  return false;
}

}  // namespace dateline
