// Copyright 2026 The Dateline Authors.
//
// libFuzzer harness for HtmlDom, the HTML tokenizer and tree builder: any
// bytes make a well-formed tree (a root <html>; parents before children;
// sibling lists that end; no element deeper than the limit allows; text
// that is never empty), never a crash, a hang or a leak.
//
//   fuzz/run.sh 60 html_dom

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "article/html_dom.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  constexpr size_t kMaxInput = 1u << 20;
  if (size > kMaxInput) return 0;
  std::string_view html(reinterpret_cast<const char*>(data), size);
  dateline::HtmlDomLimits limits;
  limits.max_depth = 64;
  dateline::HtmlDom dom;
  dom.Parse(html, limits);
  if (dom.size() == 0 || dom.node(dom.root()).tag != dateline::kTagHtml) std::abort();
  std::vector<int> depth(dom.size(), 0);
  size_t children = 0;
  for (size_t i = 0; i < dom.size(); ++i) {
    const dateline::HtmlNode& n = dom.node(static_cast<int>(i));
    if (i == 0) {
      if (n.parent != -1) std::abort();
    } else {
      if (n.parent < 0 || static_cast<size_t>(n.parent) >= i) std::abort();
      depth[i] = depth[static_cast<size_t>(n.parent)] + 1;
      // html > body > 64 open elements > a void element or text.
      if (depth[i] > limits.max_depth + 4) std::abort();
    }
    if (n.tag == dateline::kTagText && n.text.empty()) std::abort();
    for (int c = n.first_child; c >= 0; c = dom.node(c).next) {
      if (dom.node(c).parent != static_cast<int>(i)) std::abort();
      if (++children > dom.size()) std::abort();  // a cycle
    }
  }
  if (children + 1 != dom.size()) std::abort();  // every node but the root is a child once
  return 0;
}
