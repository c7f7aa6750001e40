// Copyright 2026 The Dateline Authors.

#include "article/html_dom_reference.h"

#include <myhtml/api.h>

#include <string>
#include <utility>
#include <vector>

namespace dateline {

namespace {

struct Myhtml {
  myhtml_t* mh = nullptr;
  myhtml_tree_t* tree = nullptr;
  bool ok = false;
  Myhtml() {
    mh = myhtml_create();
    if (mh == nullptr || myhtml_init(mh, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK) {
      return;
    }
    tree = myhtml_tree_create();
    ok = tree != nullptr && myhtml_tree_init(tree, mh) == MyHTML_STATUS_OK;
  }
  ~Myhtml() {
    if (tree) myhtml_tree_destroy(tree);
    if (mh) myhtml_destroy(mh);
  }
};

std::string Lower(const char* s, size_t n) {
  std::string out(s, n);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return out;
}

// myhtml turns CR LF and CR into LF; HtmlDom leaves them (the extractor
// reads both as white space).
void AppendWithoutCr(std::string_view s, std::string* out) {
  for (size_t c = 0; c < s.size(); ++c) {
    if (s[c] != '\r') *out += s[c];
    else if (c + 1 == s.size() || s[c + 1] != '\n') *out += '\n';
  }
}

}  // namespace

Status ParseWithMyhtml(std::string_view html, HtmlDom* dom) {
  thread_local Myhtml parser;
  if (!parser.ok) return Status::IOError("myhtml could not be initialised");
  myhtml_tree_clean(parser.tree);
  if (myhtml_parse(parser.tree, MyENCODING_UTF_8, html.data(), html.size()) != MyHTML_STATUS_OK) {
    return Status::Corrupt("myhtml failed");
  }
  dom->Clear();
  myhtml_tree_node_t* root = myhtml_tree_get_node_html(parser.tree);
  if (root == nullptr) {
    dom->AddNode(-1, kTagHtml, HtmlNs::kHtml);
    return Status::OK();
  }
  // Pre-order, iteratively: (myhtml node, dom parent).
  std::vector<std::pair<myhtml_tree_node_t*, int>> todo = {{root, -1}};
  while (!todo.empty()) {
    auto [n, parent] = todo.back();
    todo.pop_back();
    myhtml_tag_id_t id = myhtml_node_tag_id(n);
    if (id == MyHTML_TAG__TEXT) {
      size_t len = 0;
      const char* t = myhtml_node_text(n, &len);
      if (parent >= 0 && t != nullptr) dom->AddText(parent, dom->Keep(std::string_view(t, len)));
      continue;
    }
    if (id == MyHTML_TAG__COMMENT || id == MyHTML_TAG__DOCTYPE || id == MyHTML_TAG__UNDEF) continue;
    size_t len = 0;
    const char* name_c = myhtml_tag_name_by_id(parser.tree, id, &len);
    std::string name = name_c ? Lower(name_c, len) : "";
    HtmlTag tag = HtmlTagOf(name);
    myhtml_namespace_t ns_id = myhtml_node_namespace(n);
    HtmlNs ns = ns_id == MyHTML_NAMESPACE_SVG      ? HtmlNs::kSvg
                : ns_id == MyHTML_NAMESPACE_MATHML ? HtmlNs::kMathml
                                                   : HtmlNs::kHtml;
    int node = dom->AddNode(parent, tag, ns);
    if (tag == kTagInline || tag == kTagCustom) dom->SetName(node, dom->Keep(name));
    for (myhtml_tree_attr_t* at = myhtml_node_attribute_first(n); at != nullptr;
         at = myhtml_attribute_next(at)) {
      size_t klen = 0, vlen = 0;
      const char* k = myhtml_attribute_key(at, &klen);
      const char* v = myhtml_attribute_value(at, &vlen);
      if (k == nullptr) continue;
      // (myhtml gives SVG's attributes their camel case: viewBox.)
      std::string key = ns == HtmlNs::kHtml ? std::string(k, klen) : Lower(k, klen);
      dom->AddAttr(dom->Keep(key),
                   v ? dom->Keep(std::string_view(v, vlen)) : std::string_view());
    }
    if (ns != HtmlNs::kHtml) continue;  // foreign content stays empty
    // myhtml parses <noscript> as if scripts were off; HtmlDom reads it as
    // browsers do, as raw text. Neither is text the extractor reads.
    if (tag == kTagNoscript) continue;
    std::vector<myhtml_tree_node_t*> kids;
    for (myhtml_tree_node_t* c = myhtml_node_child(n); c != nullptr; c = myhtml_node_next(c)) {
      kids.push_back(c);
    }
    for (size_t k = kids.size(); k-- > 0;) todo.push_back({kids[k], node});
  }
  return Status::OK();
}

std::string OutlineHtmlDom(const HtmlDom& dom, int i) {
  std::string out;
  std::vector<std::pair<int, int>> todo = {{i, 0}};  // node, depth
  while (!todo.empty()) {
    auto [k, depth] = todo.back();
    todo.pop_back();
    const HtmlNode& n = dom.node(k);
    out.append(static_cast<size_t>(depth) * 2, ' ');
    if (n.tag == kTagText) {
      out += '"';
      AppendWithoutCr(n.text, &out);
      out += "\"\n";
      continue;
    }
    out += '<';
    out += std::to_string(static_cast<int>(n.tag));
    if (n.tag == kTagInline || n.tag == kTagCustom) {
      out += ' ';
      out += n.text;
    }
    if (n.ns != HtmlNs::kHtml) out += n.ns == HtmlNs::kSvg ? " svg" : " math";
    for (const HtmlAttr* a = dom.attr_begin(k); a != dom.attr_end(k); ++a) {
      if (n.ns != HtmlNs::kHtml) break;  // myhtml renames SVG's (xlink:href)
      out += ' ';
      out += a->key;
      out += "=\"";
      AppendWithoutCr(a->value, &out);
      out += '"';
    }
    out += ">\n";
    if (n.tag == kTagNoscript) continue;  // see ParseWithMyhtml
    std::vector<int> kids;
    for (int c = n.first_child; c >= 0; c = dom.node(c).next) kids.push_back(c);
    for (size_t c = kids.size(); c-- > 0;) todo.push_back({kids[c], depth + 1});
  }
  return out;
}

}  // namespace dateline
