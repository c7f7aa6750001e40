'use strict';
// DOM -> plain text shared by the Node peers: text of the subtree, with a blank
// line between block-level elements, a newline for <br>, whitespace collapsed
// inside a block (kept inside <pre>). Works on jsdom and linkedom nodes.

const BLOCK = new Set(('address article aside blockquote caption center dd details dialog dir div dl dt ' +
  'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre ' +
  'section summary table tbody thead tfoot tr ul').split(' '));
const CELL = new Set(['td', 'th']);
const SKIP = new Set(['script', 'style', 'noscript', 'template', 'head', 'title']);
const BREAK = '\u0000';  // block boundary marker, resolved at the end

function nodeToText(root) {
  const out = [];
  const walk = (node, pre) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        out.push(pre ? c.nodeValue : c.nodeValue.replace(/\s+/g, ' '));
      } else if (c.nodeType === 1) {
        const tag = c.nodeName.toLowerCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'br') { out.push('\n'); continue; }
        const block = BLOCK.has(tag);
        if (block) out.push(BREAK);
        else if (CELL.has(tag)) out.push(' ');
        walk(c, pre || tag === 'pre');
        if (block) out.push(BREAK);
        else if (CELL.has(tag)) out.push(' ');
      }
    }
  };
  walk(root, false);
  return out.join('')
    .split(BREAK)
    .map((b) => b.split('\n').map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .join('\n\n');
}

// HTML fragment string -> text, parsed with linkedom (light and fast).
let parseHTML = null;
function htmlToText(html) {
  if (!html) return '';
  if (!parseHTML) parseHTML = require('linkedom').parseHTML;
  const { document } = parseHTML(`<!DOCTYPE html><html><head></head><body>${html}</body></html>`);
  return nodeToText(document.body);
}

module.exports = { nodeToText, htmlToText };
