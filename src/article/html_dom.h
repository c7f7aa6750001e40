// Copyright 2026 The Dateline Authors.
//
// HtmlDom: our own HTML tokenizer and tree builder, made for reading
// articles rather than for rendering. One pass over the page; element
// names come from a closed table; text and attribute values are views into
// the page unless a character reference or upper case had to be rewritten.
//
// It follows the HTML5 tree-construction rules that decide where text ends
// up and which element holds it:
//   - implied html, head and body; <html> and <body> attributes kept;
//   - void elements; raw text (<script>, <style>, <xmp>, <iframe>,
//     <noembed>, <noframes>, <noscript>) and escapable raw text (<title>,
//     <textarea>) read to their end tag; <plaintext> to the end;
//   - a block start tag closes an open <p>; <li>, <dd>, <dt>, <option>,
//     headings, table cells, rows and sections close their open siblings;
//     <tr> and <td> outside them get the implied <tbody> and <tr>;
//   - content misplaced in a table (<table><p>x) is moved before it;
//   - an end tag closes the nearest open element of its name unless a
//     "special" element (div, p, li, table, ...) lies in between, in which
//     case it is ignored; a nested <a> closes the open one;
//   - named (HTML 4 set and the common HTML5 ones) and numeric character
//     references, with the legacy names read without ';' in text.
// and leaves out what no article reader needs: comments, doctypes,
// processing instructions, the content of <svg> and <math> (the elements
// stay, empty), and the reconstruction of misnested formatting elements
// (the adoption agency: <b><p>x</b>y</p> keeps its text in order, with a
// different tree above it).
//
// Limits are explicit: elements nested deeper than max_depth are not
// opened (their text goes to the deepest open element, and as many end
// tags are swallowed), and the page size is the caller's limit.
// html_dom_test.cc checks it against myhtml's full HTML5 parser
// (html_dom_reference.h) on pages of real shapes and random ones.

#ifndef DATELINE_ARTICLE_HTML_DOM_H_
#define DATELINE_ARTICLE_HTML_DOM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dateline {

// The elements the extractor and the tree builder tell apart. Any other
// HTML, SVG or MathML name is kTagInline; a name no standard knows (a
// custom element, <story-body>) is kTagCustom.
enum HtmlTag : uint16_t {
  kTagNone = 0,  // not an element (text)
  kTagText,
  kTagA, kTagAddress, kTagApplet, kTagArea, kTagArticle, kTagAside, kTagAudio,
  kTagB, kTagBase, kTagBasefont, kTagBgsound, kTagBig, kTagBlockquote, kTagBody, kTagBr,
  kTagButton, kTagCanvas, kTagCaption, kTagCenter, kTagCode, kTagCol, kTagColgroup,
  kTagDatalist, kTagDd, kTagDetails, kTagDialog, kTagDir, kTagDiv, kTagDl, kTagDt, kTagEm,
  kTagEmbed, kTagFieldset, kTagFigcaption, kTagFigure, kTagFont, kTagFooter, kTagForm,
  kTagFrame, kTagFrameset, kTagH1, kTagH2, kTagH3, kTagH4, kTagH5, kTagH6, kTagHead,
  kTagHeader, kTagHgroup, kTagHr, kTagHtml, kTagI, kTagIframe, kTagImage, kTagImg,
  kTagInput, kTagKeygen, kTagLegend, kTagLi, kTagLink, kTagListing, kTagMain, kTagMap,
  kTagMarquee, kTagMath, kTagMenu, kTagMeta, kTagMeter, kTagNav, kTagNobr, kTagNoembed,
  kTagNoframes, kTagNoscript, kTagObject, kTagOl, kTagOptgroup, kTagOption, kTagOutput,
  kTagP, kTagParam, kTagPlaintext, kTagPre, kTagProgress, kTagRp, kTagRt, kTagS,
  kTagScript, kTagSection, kTagSelect, kTagSmall, kTagSource, kTagStrike, kTagStrong,
  kTagStyle, kTagSummary, kTagSvg, kTagTable, kTagTbody, kTagTd, kTagTemplate,
  kTagTextarea, kTagTfoot, kTagTh, kTagThead, kTagTime, kTagTitle, kTagTr, kTagTrack,
  kTagTt, kTagU, kTagUl, kTagVideo, kTagWbr, kTagXmp,
  kTagInline,  // any other known name: span, em, label, cite, ...
  kTagCustom,  // unknown names; keep last
};

// The tag of a lower-case element name ("div" -> kTagDiv).
HtmlTag HtmlTagOf(std::string_view lower_name);

enum class HtmlNs : uint8_t { kHtml, kSvg, kMathml };

struct HtmlAttr {
  std::string_view key;    // lower case
  std::string_view value;  // character references decoded
};

struct HtmlNode {
  HtmlTag tag = kTagNone;
  HtmlNs ns = HtmlNs::kHtml;
  int32_t parent = -1;
  int32_t first_child = -1;
  int32_t last_child = -1;
  int32_t next = -1;  // next sibling
  uint32_t attr_begin = 0, attr_end = 0;
  // Text nodes: the text. Elements of kTagCustom: the lower-case name.
  std::string_view text;
};

struct HtmlDomLimits {
  // Elements nested deeper than this are not opened.
  int max_depth = 512;
};

class HtmlDom {
 public:
  HtmlDom();
  ~HtmlDom();
  HtmlDom(const HtmlDom&) = delete;
  HtmlDom& operator=(const HtmlDom&) = delete;

  // Parses `html` (UTF-8), replacing what the dom held. `html` must
  // outlive the dom's use: text and values point into it. Never fails:
  // any byte string is some HTML.
  void Parse(std::string_view html, const HtmlDomLimits& limits = HtmlDomLimits());

  // Node 0 is the <html> element; it always exists after Parse.
  int root() const { return 0; }
  size_t size() const { return nodes_.size(); }
  const HtmlNode& node(int i) const { return nodes_[static_cast<size_t>(i)]; }
  const HtmlAttr* attr_begin(int i) const { return attrs_.data() + nodes_[i].attr_begin; }
  const HtmlAttr* attr_end(int i) const { return attrs_.data() + nodes_[i].attr_end; }
  // The value of attribute `key` (lower case) of node i, or null.
  const std::string_view* Attr(int i, std::string_view key) const;

  // Building blocks, for other tree builders (html_dom_reference.h).
  void Clear();
  int AddNode(int parent, HtmlTag tag, HtmlNs ns);
  void AddAttr(std::string_view key, std::string_view value);  // to the last node
  void AddText(int parent, std::string_view text);             // merges with a text before
  // The same, placing the new node just before `before`, a child of `parent`.
  int AddNodeBefore(int parent, int before, HtmlTag tag, HtmlNs ns);
  void AddTextBefore(int parent, int before, std::string_view text);
  void SetName(int i, std::string_view name) { nodes_[static_cast<size_t>(i)].text = name; }
  // A copy of `s` that lives as long as the dom's content.
  std::string_view Keep(std::string_view s);

 private:
  class Builder;
  std::vector<HtmlNode> nodes_;
  std::vector<HtmlAttr> attrs_;
  // Rewritten strings: blocks that never move once written.
  std::vector<std::unique_ptr<char[]>> blocks_;
  size_t block_used_ = 0, block_size_ = 0;
};

// Appends the decoded form of `in` (character references replaced) to
// `*out`. `in_attribute`: the rules for attribute values, where "&copy=1"
// stays as it is.
void DecodeCharacterReferences(std::string_view in, bool in_attribute, std::string* out);

}  // namespace dateline

#endif  // DATELINE_ARTICLE_HTML_DOM_H_
