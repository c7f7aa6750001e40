// Copyright 2026 The Dateline Authors.
//
// News feeds: RSS 2.0 (and 0.9x/1.0) `<item>`s and Atom `<entry>`s, each a
// Document:
//   name       "<file>#<guid>" (Atom: "<file>#<id>"), else "<file>#<N>",
//              N counting the feed's items from 1
//   url        <link> (Atom: the alternate link's href), else a permalink
//              guid
//   published  the day of <pubDate> (RFC 822), <dc:date>, <published> or
//              <updated> (RFC 3339)
//   title      <title>, as text
//   body       <content:encoded> or Atom <content>, else <description> or
//              <summary>, with the title first: as HTML (an <h1>) when the
//              content holds markup (Atom type="html"/"xhtml", or tags), as
//              text (the first line) otherwise
//
// The XML is read by a small tokenizer of our own: the five XML entities,
// numeric references and the HTML entities feeds use without declaring
// them; CDATA; namespace prefixes resolved through xmlns declarations
// (content:encoded, dc:date, atom:link in RSS); comments, processing
// instructions and DOCTYPEs skipped (no entity of a DTD is ever expanded).
// The charset is the XML declaration's, else UTF-8 or detected as for HTML.
//
// A feed that is not well formed (tags that do not nest, an unterminated
// tag, comment or CDATA section, nesting deeper than 256) is reported with
// the line of the fault; the items read before it are kept. An item
// without any text, or over the page limit, is reported as "<file>#<N>".
// Tested by feed_test.cc; fuzzed by fuzz/feed_fuzzer.cc.

#ifndef DATELINE_INGEST_FEED_H_
#define DATELINE_INGEST_FEED_H_

#include <string_view>

#include "ingest/ingest.h"

namespace dateline {

void ReadFeed(std::string_view name, std::string_view bytes, const IngestLimits& limits,
              DocumentSink* sink);

}  // namespace dateline

#endif  // DATELINE_INGEST_FEED_H_
