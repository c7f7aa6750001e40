'use strict';
// Mozilla Readability on a jsdom document; output = text of the article
// element (blocks separated by blank lines). Usage: see common.js.
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');
const { runPeer } = require('./common');
const { nodeToText } = require('./html_to_text');

const quiet = new VirtualConsole();  // drop jsdom's CSS parse warnings

runPeer('readability-jsdom', __filename, async (html, url) => {
  const dom = new JSDOM(html, { url, virtualConsole: quiet });
  try {
    // serializer: keep the article element itself instead of its innerHTML
    const art = new Readability(dom.window.document, { serializer: (el) => el }).parse();
    return art && art.content ? nodeToText(art.content) : '';
  } finally {
    dom.window.close();
  }
});
