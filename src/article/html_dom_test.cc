// Copyright 2026 The Dateline Authors.

#include "article/html_dom.h"

#include <gtest/gtest.h>

#include <iterator>
#include <random>
#include <string>

#include "article/html_dom_reference.h"

namespace dateline {
namespace {

// The texts of the dom in document order, joined by '|'.
std::string Texts(const HtmlDom& dom) {
  std::string out;
  for (size_t i = 0; i < dom.size(); ++i) {
    if (dom.node(static_cast<int>(i)).tag != kTagText) continue;
    if (!out.empty()) out += '|';
    out += dom.node(static_cast<int>(i)).text;
  }
  return out;
}

// The tag of the parent of the first text node equal to `text`.
HtmlTag ParentOf(const HtmlDom& dom, std::string_view text) {
  for (size_t i = 0; i < dom.size(); ++i) {
    const HtmlNode& n = dom.node(static_cast<int>(i));
    if (n.tag == kTagText && n.text == text) return dom.node(n.parent).tag;
  }
  return kTagNone;
}

TEST(HtmlDom, SameTreeAsMyhtml) {
  const char* pages[] = {
      "<!DOCTYPE html><html lang=\"en\"><head><title>T &amp; U</title>"
      "<meta name=\"x\" content=\"y\"></head><body class=\"b\"><div id=\"a\"><p>One<p>Two"
      "<ul><li>a<li>b</ul></div></body></html>",
      "<p>Hello <b>bold <i>both</i></b> world</p><!-- gone --><p>Next &copy 2024 &notit; "
      "&#8217;&#x2014;&#150;</p>",
      "<table><tr><td>1<td>2<tr><th>3</table><div>after</div>",
      "<h1>Head<h2>Sub</h2><dl><dt>t<dd>d<dt>t2</dl><select><option>a<option>b</select>",
      "<div><span>one</div>two</span><a href=\"/x?a=1&copy=2\">link<a href=\"/y\">other</a>",
      "<script>if (a < b) { x = \"</div>\"; }</script><style>p > a {}</style><p>text</p>"
      "<textarea>\n<b>raw</b> &amp;</textarea><svg><text>no</text></svg><math><mi>x</mi></math>",
      "<pre>\nline</pre><story-body><p>custom</p></story-body><br/><p>a</p></p>",
      "<html><head><link rel=canonical href=http://a.b/c></head><body><main><article>"
      "<h1 itemprop=headline>Title</h1><time datetime=\"2024-03-22\">March</time>"
      "<figure><img src=x><figcaption>Cap (AP)</figcaption></figure></article></main>",
  };
  for (const char* page : pages) {
    HtmlDom fast, slow;
    fast.Parse(page);
    ASSERT_TRUE(ParseWithMyhtml(page, &slow).ok());
    EXPECT_EQ(OutlineHtmlDom(slow), OutlineHtmlDom(fast)) << page;
  }
}

// All the text under node i in document order, outside <svg>, <math>
// and <noscript> (see html_dom_reference.h).
std::string TextInOrder(const HtmlDom& dom, int i = 0) {
  const HtmlNode& n = dom.node(i);
  if (n.tag == kTagText) return std::string(n.text);
  if (n.tag == kTagNoscript || n.ns != HtmlNs::kHtml) return "";
  std::string out;
  for (int c = n.first_child; c >= 0; c = dom.node(c).next) out += TextInOrder(dom, c);
  return out;
}

TEST(HtmlDom, SameTextAsMyhtmlOnRandomPages) {
  // Fragments in random order and nesting: blocks, lists, raw text,
  // references, stray end tags. The trees may differ where HtmlDom
  // knowingly simplifies (misnested formatting elements, which the
  // standard re-opens); the text and its order may not. (Tables are left
  // to SameTreeAsMyhtml: misplaced content inside a table is moved before
  // it, but the standard's table insertion modes are not all followed.)
  const char* const kFragments[] = {
      "<p>The council approved the new tram line, officials said.</p>", "<div class=\"story\">",
      "</div>", "<h1>Tram line approved</h1>", "<h2>", "</h2>", "<b>bold</b> words ",
      "<script>var a = '<div>'; if (a < b) {}</script>", "<!-- comment <p>hidden</p> -->",
      "<style>div > p { color: red }</style>", "<svg><g><text>logo</text></g></svg>",
      "<ul><li>First point.</li><li>Second point.", "</ul>", "<li>", "<ol>", "</ol>",
      "<a href=\"/x?a>b&amp;c=1&copy=2\">a link &amp; more</a>", "<title>Page &lt;title&gt;</title>",
      "Loose text &mdash; &#8220;quoted&#8221; &nbsp;&notin; &eacute;t&eacute; ", "<br>", "</br>",
      "<figure><figcaption>A tram on the line. (AP)</figcaption></figure>", "<hr>",
      "<textarea><script>not a script</script></textarea>", "<p>", "</p>", "<span>", "</span>",
      "<img src=\"a.jpg\" alt=\"A tram\" class=\"wide\">", "<dl><dt>Term<dd>Definition</dl>", "<section>",
      "</section>", "<DIV ID=Upper>", "<pre>\nkept</pre>",
      "<blockquote>", "</blockquote>", "<time datetime=\"2024-06-18\">June 18</time>",
      "<story-body>", "</story-body>", "\n   ", " ", "<button>", "</button>", "<form>",
  };
  std::mt19937 rng(20261129);
  std::uniform_int_distribution<size_t> pick(0, std::size(kFragments) - 1);
  std::uniform_int_distribution<int> len(1, 40);
  for (int page = 0; page < 300; ++page) {
    std::string html = page % 2 ? "<!DOCTYPE html><html><head></head><body>" : "";
    for (int k = len(rng); k > 0; --k) html += kFragments[pick(rng)];
    HtmlDom fast, slow;
    fast.Parse(html);
    ASSERT_TRUE(ParseWithMyhtml(html, &slow).ok());
    ASSERT_EQ(TextInOrder(slow), TextInOrder(fast)) << html;
  }
}

TEST(HtmlDom, BlockClosesParagraphAndTextStaysInOrder) {
  HtmlDom dom;
  dom.Parse("<p>one<div>two</div>three<p>four");
  EXPECT_EQ("one|two|three|four", Texts(dom));
  EXPECT_EQ(kTagP, ParentOf(dom, "one"));
  EXPECT_EQ(kTagDiv, ParentOf(dom, "two"));
  EXPECT_EQ(kTagBody, ParentOf(dom, "three"));
}

TEST(HtmlDom, EndTagDoesNotCloseAcrossSpecialElement) {
  HtmlDom dom;
  // "</span>" is ignored: the text after it joins the inner <div>'s.
  dom.Parse("<div><span><div>in</span>still</div>out</div>");
  EXPECT_EQ(kTagDiv, ParentOf(dom, "instill"));
  EXPECT_EQ(kTagInline, ParentOf(dom, "out"));  // the <span>, open again
}

TEST(HtmlDom, CharacterReferences) {
  std::string out;
  DecodeCharacterReferences("&amp;&lt;x&gt; &quot;&#39;&#x27; &nbsp;&euro;&mdash;&bogus; &",
                            false, &out);
  EXPECT_EQ("&<x> \"'' \xC2\xA0\xE2\x82\xAC\xE2\x80\x94&bogus; &", out);
  out.clear();
  DecodeCharacterReferences("a=1&copy=2&amp;b", true, &out);
  EXPECT_EQ("a=1&copy=2&b", out);
  out.clear();
  DecodeCharacterReferences("&copy 2024 &#0; &#x110000;", false, &out);
  EXPECT_EQ("\xC2\xA9 2024 \xEF\xBF\xBD \xEF\xBF\xBD", out);
}

TEST(HtmlDom, DepthIsCapped) {
  std::string page;
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "deep";
  HtmlDomLimits limits;
  limits.max_depth = 100;
  HtmlDom dom;
  dom.Parse(page, limits);
  EXPECT_LT(dom.size(), 200u);
  EXPECT_EQ("deep", Texts(dom));
}

TEST(HtmlDom, TruncatedMarkupNeverReadsPastTheEnd) {
  const char* pages[] = {"<", "<a", "<a href=\"x", "</", "</a", "<!--", "<!", "<script>x",
                         "<svg><g>", "&", "&#", "&#x", "<p>a &am", "<div a=b c='d"};
  for (const char* page : pages) {
    HtmlDom dom;
    dom.Parse(page);
    EXPECT_EQ(kTagHtml, dom.node(dom.root()).tag) << page;
  }
}

}  // namespace
}  // namespace dateline
