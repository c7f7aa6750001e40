'use strict';
// @extractus/article-extractor extractFromHtml (default options); content
// HTML -> text (blocks separated by blank lines). Usage: see common.js.
const { runPeer } = require('./common');
const { htmlToText } = require('./html_to_text');

import('@extractus/article-extractor').then(({ extractFromHtml }) =>
  runPeer('extractus', __filename, async (html, url) => {
    const r = await extractFromHtml(html, url);
    return r && r.content ? htmlToText(r.content) : '';
  }));
