// Copyright 2026 The Dateline Authors.

#include "article/lang.h"

// cld2's header needs <cstdio> first.
#include <cstdio>
#include <cld2/public/compact_lang_det.h>

namespace dateline {

std::string DetectLanguage(std::string_view text) {
  // A few KB decide; more only costs time.
  constexpr size_t kSample = 4 * 1024;
  std::string_view sample = text.substr(0, kSample);
  // Do not cut a UTF-8 sequence in half.
  while (!sample.empty() && sample.size() < text.size() &&
         (static_cast<unsigned char>(text[sample.size()]) & 0xC0) == 0x80) {
    sample.remove_suffix(1);
  }
  bool reliable = false;
  CLD2::Language lang = CLD2::DetectLanguage(sample.data(), static_cast<int>(sample.size()),
                                             /*is_plain_text=*/true, &reliable);
  if (!reliable || lang == CLD2::UNKNOWN_LANGUAGE) return "";
  std::string code = CLD2::LanguageCode(lang);
  // cld2 writes "zh-Hant" and the like; keep the base code.
  size_t dash = code.find('-');
  if (dash != std::string::npos) code.resize(dash);
  return code;
}

}  // namespace dateline
