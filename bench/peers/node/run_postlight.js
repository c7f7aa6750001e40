'use strict';
// Postlight Parser (@postlight/parser) on the given HTML, no fetching of
// further pages; content HTML -> text (blocks separated by blank lines).
// Usage: see common.js.
const Parser = require('@postlight/parser');
const { runPeer } = require('./common');
const { htmlToText } = require('./html_to_text');

const mode = process.env.POSTLIGHT_CONTENT_TYPE || 'html';  // 'text' = Postlight's own $.text()

runPeer('postlight', __filename, async (html, url) => {
  const r = await Parser.parse(url, { html, fetchAllPages: false, contentType: mode });
  if (!r || r.error || !r.content) return '';
  return mode === 'text' ? r.content : htmlToText(r.content);
});
