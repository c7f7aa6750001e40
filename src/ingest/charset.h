// Copyright 2026 The Dateline Authors.
//
// Bytes in any charset to UTF-8, with ICU. The charset is taken, in order,
// from a byte order mark, from the markup (`<meta charset>`, an HTTP-equiv
// Content-Type), from a transport header when one is given, from the bytes
// being valid UTF-8, and last from ICU's detector. Tested by
// charset_test.cc.

#ifndef DATELINE_INGEST_CHARSET_H_
#define DATELINE_INGEST_CHARSET_H_

#include <string>
#include <string_view>

#include "dateline/status.h"

namespace dateline {

struct Decoded {
  std::string utf8;
  std::string charset;  // canonical name of what it was converted from
  // Count of byte sequences that could not be decoded and were replaced by
  // U+FFFD (only ever non-zero for markup, see ToUtf8).
  size_t replaced = 0;
  // Count of characters repaired because the text had been UTF-8 misread
  // as Latin-1 or windows-1252 and encoded again (see
  // RepairDoubleEncodedUtf8 in util/utf8.h).
  size_t repaired_misread = 0;
};

// The charset a page's markup declares in its first few KB, lower-cased,
// or "" when none.
std::string DeclaredCharset(std::string_view html_head);

// The charset of a Content-Type header value ("text/html; charset=EUC-KR").
std::string CharsetFromContentType(std::string_view content_type);

// Converts `bytes` to UTF-8. `is_markup` enables the <meta> look-up.
// `hint` is a transport-level charset (may be empty).
//
// Plain text must be clean: bytes that are mostly UTF-8 but hold invalid
// sequences are refused (kCorrupt, naming the first bad offset), since a
// mixed encoding cannot be repaired without guessing. Markup follows what
// browsers do and replaces invalid sequences with U+FFFD, counting them.
Status ToUtf8(std::string_view bytes, bool is_markup, std::string_view hint, Decoded* out);

// The same, taking `bytes` over: clean UTF-8 (the common case) becomes
// out->utf8 without a copy. `bytes` is left unspecified.
Status ToUtf8Owned(std::string&& bytes, bool is_markup, std::string_view hint, Decoded* out);

// The same, but with the transport's charset (an HTTP Content-Type's, in a
// WARC record) ranked above the markup's own declaration, as browsers rank
// them: BOM, then transport, then `<meta>`. A transport name ICU does not
// know counts as none.
Status ToUtf8FromTransport(std::string_view bytes, bool is_markup, std::string_view transport,
                           Decoded* out);

}  // namespace dateline

#endif  // DATELINE_INGEST_CHARSET_H_
