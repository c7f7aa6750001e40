// Copyright 2026 The Dateline Authors.

#include "ingest/charset.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <cctype>
#include <cstring>
#include <memory>

#include "util/strings.h"
#include "util/utf8.h"

namespace dateline {

namespace {

constexpr size_t kDeclScanBytes = 8192;

std::string CleanCharsetName(std::string_view v) {
  v = TrimView(v);
  while (!v.empty() && (v.front() == '"' || v.front() == '\'')) v.remove_prefix(1);
  size_t end = 0;
  while (end < v.size() && (std::isalnum(static_cast<unsigned char>(v[end])) || v[end] == '-' ||
                            v[end] == '_' || v[end] == ':' || v[end] == '.')) {
    ++end;
  }
  return ToLowerAscii(v.substr(0, end));
}

// Converts with ICU from `charset`. Returns false if ICU does not know it.
bool Convert(std::string_view bytes, const std::string& charset, Decoded* out) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &err);
  if (U_FAILURE(err)) return false;
  std::unique_ptr<UConverter, void (*)(UConverter*)> guard(conv, ucnv_close);
  // UTF-16 first, then UTF-8.
  std::u16string u16;
  u16.resize(bytes.size() * 2 + 16);
  err = U_ZERO_ERROR;
  int32_t n = ucnv_toUChars(conv, u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                            static_cast<int32_t>(bytes.size()), &err);
  if (err == U_BUFFER_OVERFLOW_ERROR) {
    u16.resize(static_cast<size_t>(n) + 1);
    err = U_ZERO_ERROR;
    ucnv_resetToUnicode(conv);
    n = ucnv_toUChars(conv, u16.data(), static_cast<int32_t>(u16.size()), bytes.data(),
                      static_cast<int32_t>(bytes.size()), &err);
  }
  if (U_FAILURE(err)) return false;
  out->utf8.clear();
  out->utf8.reserve(static_cast<size_t>(n) * 3 / 2);
  for (int32_t i = 0; i < n; ++i) {
    uint32_t c = u16[static_cast<size_t>(i)];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < n) {
      uint32_t lo = u16[static_cast<size_t>(i) + 1];
      if (lo >= 0xDC00 && lo <= 0xDFFF) {
        c = 0x10000 + ((c - 0xD800) << 10) + (lo - 0xDC00);
        ++i;
      } else {
        c = 0xFFFD;
      }
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      c = 0xFFFD;
    }
    if (c == 0xFFFD) ++out->replaced;
    if (c == 0) continue;  // NULs have no business in text
    AppendUtf8(c, &out->utf8);
  }
  // ICU's own names ("ibm-5347_P100-1998") mean nothing to people; report
  // the MIME or IANA one ("windows-1251").
  err = U_ZERO_ERROR;
  const char* name = ucnv_getName(conv, &err);
  if (U_FAILURE(err) || name == nullptr) name = charset.c_str();
  const char* standard = nullptr;
  for (const char* registry : {"MIME", "IANA"}) {
    UErrorCode e = U_ZERO_ERROR;
    standard = ucnv_getStandardName(name, registry, &e);
    if (U_SUCCESS(e) && standard != nullptr) break;
    standard = nullptr;
  }
  out->charset = ToLowerAscii(standard ? standard : name);
  return true;
}

std::string DetectWithIcu(std::string_view bytes) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector* det = ucsdet_open(&err);
  if (U_FAILURE(err)) return "";
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> guard(det, ucsdet_close);
  std::string_view sample = bytes.substr(0, 64 * 1024);
  ucsdet_setText(det, sample.data(), static_cast<int32_t>(sample.size()), &err);
  const UCharsetMatch* m = ucsdet_detect(det, &err);
  if (U_FAILURE(err) || m == nullptr) return "";
  const char* name = ucsdet_getName(m, &err);
  return U_SUCCESS(err) && name ? name : "";
}

// Replaces invalid UTF-8 sequences with U+FFFD, counting them.
std::string RepairUtf8(std::string_view s, size_t* replaced) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    size_t n = Utf8SequenceLength(s.substr(i));
    if (n == 0) {
      out.append("\xEF\xBF\xBD");
      ++*replaced;
      ++i;
    } else {
      if (!(n == 1 && s[i] == 0)) out.append(s.substr(i, n));
      i += n;
    }
  }
  return out;
}

// True if `s` holds more well-formed multi-byte UTF-8 sequences than bytes
// that are not UTF-8: UTF-8 with a few bad bytes, not a legacy charset in
// which a byte pair happens to be well formed ("groß“" is DF 93 in
// windows-1252).
bool MostlyUtf8(std::string_view s) {
  size_t good = 0;
  size_t bad = 0;
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = Utf8SequenceLength(s.substr(i));
    if (n == 0) {
      ++bad;
      ++i;
    } else {
      ++good;
      i += n;
    }
  }
  return good > bad;
}

}  // namespace

std::string DeclaredCharset(std::string_view html_head) {
  std::string lower = ToLowerAscii(html_head.substr(0, kDeclScanBytes));
  size_t pos = 0;
  while ((pos = lower.find("<meta", pos)) != std::string::npos) {
    size_t end = lower.find('>', pos);
    if (end == std::string::npos) break;
    std::string_view tag(lower.data() + pos, end - pos);
    size_t cs = tag.find("charset");
    if (cs != std::string_view::npos) {
      std::string_view rest = tag.substr(cs + 7);
      rest = TrimView(rest);
      if (!rest.empty() && rest[0] == '=') {
        std::string name = CleanCharsetName(rest.substr(1));
        if (!name.empty()) return name;
      }
    }
    pos = end;
  }
  return "";
}

std::string CharsetFromContentType(std::string_view content_type) {
  std::string lower = ToLowerAscii(content_type);
  size_t cs = lower.find("charset=");
  if (cs == std::string::npos) return "";
  return CleanCharsetName(std::string_view(lower).substr(cs + 8));
}

namespace {

// `owned`, when not null, is the string `bytes` views, which Decode may
// take over.
Status Decode(std::string_view bytes, bool is_markup, std::string_view hint, bool hint_first,
              std::string* owned, Decoded* out) {
  out->replaced = 0;
  std::string declared;  // outlives `hint`, which may point into it
  size_t bom = 0;        // so that offsets name bytes of the input
  // 1. Byte order marks win.
  if (StartsWith(bytes, "\xEF\xBB\xBF")) {
    bom = 3;
    bytes.remove_prefix(3);
    hint = "utf-8";
  } else if (StartsWith(bytes, "\xFF\xFE") || StartsWith(bytes, "\xFE\xFF")) {
    std::string cs = bytes[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE";
    if (!Convert(bytes.substr(2), cs, out)) return Status::Corrupt("undecodable " + cs);
    return Status::OK();
  } else {
    // 2. The markup's own declaration, 3. the transport's.
    if (is_markup && !hint_first) declared = DeclaredCharset(bytes);
    if (!declared.empty()) {
      hint = declared;
      out->charset = declared;
    }
  }
  std::string h = ToLowerAscii(hint);
  // Pages that declare UTF-16 in a meta tag are in fact ASCII-compatible.
  if (StartsWith(h, "utf-16")) h = "utf-8";
  if (h == "utf8") h = "utf-8";
  // A single-byte declaration over bytes that are valid UTF-8 with
  // multi-byte characters is a mislabelled UTF-8 page: real windows-1252
  // text almost never forms valid UTF-8 sequences throughout.
  bool single_byte = h == "iso-8859-1" || h == "latin1" || h == "windows-1252" ||
                     h == "us-ascii" || h == "ascii" || h == "iso-8859-15" || h == "cp1252";
  if (single_byte && FirstInvalidUtf8(bytes) == bytes.size() && MostlyUtf8(bytes)) h = "utf-8";
  if (!h.empty() && h != "utf-8") {
    // Latin-1 is declared for windows-1252 content everywhere.
    if (h == "iso-8859-1" || h == "latin1" || h == "us-ascii" || h == "ascii") h = "windows-1252";
    if (Convert(bytes, h, out)) return Status::OK();
    // An unknown declared name: fall through to detection.
  }
  size_t bad = FirstInvalidUtf8(bytes);
  if (bad == bytes.size()) {
    out->charset = "utf-8";
    // Valid already: only NULs, if any, must go.
    if (std::memchr(bytes.data(), 0, bytes.size()) == nullptr) {
      if (owned != nullptr && bom == 0) {
        out->utf8 = std::move(*owned);
      } else {
        out->utf8.assign(bytes.data(), bytes.size());
      }
    } else {
      out->utf8 = RepairUtf8(bytes, &out->replaced);
    }
    return Status::OK();
  }
  if (h == "utf-8" || MostlyUtf8(bytes)) {
    if (!is_markup) {
      return Status::Corrupt("invalid UTF-8 at byte " + std::to_string(bom + bad));
    }
    out->charset = "utf-8";
    out->utf8 = RepairUtf8(bytes, &out->replaced);
    return Status::OK();
  }
  // 4. No declaration, not UTF-8: a legacy charset; ask ICU.
  std::string detected = DetectWithIcu(bytes);
  if (detected.empty()) return Status::Corrupt("cannot determine the charset");
  if (ToLowerAscii(detected) == "iso-8859-1") detected = "windows-1252";
  if (!Convert(bytes, detected, out)) {
    return Status::Corrupt("cannot convert from detected charset " + detected);
  }
  return Status::OK();
}

// Decoding, then the repair of UTF-8 that some earlier hop misread as
// Latin-1 ("Investorâ\u0080\u0099s").
Status DecodeAndRepair(std::string_view bytes, bool is_markup, std::string_view hint,
                       bool hint_first, Decoded* out, std::string* owned = nullptr) {
  Status st = Decode(bytes, is_markup, hint, hint_first, owned, out);
  if (st.ok()) out->repaired_misread = RepairDoubleEncodedUtf8(&out->utf8);
  return st;
}

}  // namespace

Status ToUtf8(std::string_view bytes, bool is_markup, std::string_view hint, Decoded* out) {
  return DecodeAndRepair(bytes, is_markup, hint, /*hint_first=*/false, out);
}

Status ToUtf8Owned(std::string&& bytes, bool is_markup, std::string_view hint, Decoded* out) {
  return DecodeAndRepair(bytes, is_markup, hint, /*hint_first=*/false, out, &bytes);
}

Status ToUtf8FromTransport(std::string_view bytes, bool is_markup, std::string_view transport,
                           Decoded* out) {
  std::string name = CleanCharsetName(transport);
  if (!name.empty()) {
    UErrorCode err = U_ZERO_ERROR;
    UConverter* conv = ucnv_open(name.c_str(), &err);
    if (conv != nullptr) ucnv_close(conv);
    if (U_SUCCESS(err)) return DecodeAndRepair(bytes, is_markup, name, /*hint_first=*/true, out);
  }
  // None, or a name ICU does not know: as if the transport had said nothing.
  return DecodeAndRepair(bytes, is_markup, "", /*hint_first=*/false, out);
}

}  // namespace dateline
