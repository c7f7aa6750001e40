// Copyright 2026 The Dateline Authors.

#include "article/html_prefilter.h"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include "article/html_extract.h"

namespace dateline {
namespace {

std::string Strip(const std::string& html) {
  std::string out;
  size_t dropped = StripInertMarkup(html, &out);
  if (dropped == 0) {
    EXPECT_TRUE(out.empty());
    return html;
  }
  EXPECT_EQ(html.size(), out.size() + dropped);
  return out;
}

TEST(HtmlPrefilter, DropsCommentsScriptsStylesAndSvg) {
  EXPECT_EQ("<p>a</p><p>b</p>", Strip("<p>a</p><!-- note --><p>b</p>"));
  EXPECT_EQ("<p>a</p>", Strip("<p>a</p><script src=x.js></script>"));
  EXPECT_EQ("<p>a</p>", Strip("<p>a</p><SCRIPT>if (a<b) x='</p>';</SCRIPT>"));
  EXPECT_EQ("<p>a</p>", Strip("<style>p>a{color:red}</style><p>a</p>"));
  EXPECT_EQ("<p>a</p>", Strip("<noscript><img src=t.gif></noscript><p>a</p>"));
  EXPECT_EQ("<p>a</p>b", Strip("<p>a</p><svg><svg><title>x</title></svg><path d='M0'/></svg>b"));
  EXPECT_EQ("<p>a</p>", Strip("<p>a</p><svg viewBox='0 0 1 1'/>"));
}

TEST(HtmlPrefilter, DropsAttributesNobodyReads) {
  EXPECT_EQ("<img class=\"wide\">",
            Strip("<img src=\"a.jpg\" srcset=\"a-320.jpg 320w, a-640.jpg 640w\" class=\"wide\">"));
  EXPECT_EQ("<a href='/x' rel=author>Jane</a>",
            Strip("<a href='/x' data-track=\"click:byline\" rel=author>Jane</a>"));
  // All read: the tag is left as written.
  const std::string kept = "<div class=\"story-body\" id=\"main\" itemprop=\"articleBody\">x</div>";
  EXPECT_EQ(kept, Strip(kept));
}

TEST(HtmlPrefilter, DropsWhitespaceBetweenBlocksOnly) {
  EXPECT_EQ("<div><p>a</p><p>b</p></div>", Strip("<div>\n  <p>a</p>\n  <p>b</p>\n</div>"));
  // Between inline elements, and inside <pre>, whitespace is text.
  const std::string inline_ws = "<p><b>a</b> <i>b</i></p><!---->";
  EXPECT_EQ("<p><b>a</b> <i>b</i></p>", Strip(inline_ws));
  EXPECT_EQ("<pre><div>x</div>\n<div>y</div></pre>",
            Strip("<pre><div>x</div>\n<div>y</div></pre><!---->"));
  // A dropped element between blocks leaves no whitespace island.
  EXPECT_EQ("<div>a</div><div>b</div>", Strip("<div>a</div>\n<script>x</script>\n<div>b</div>"));
}

TEST(HtmlPrefilter, DropsNavigationButNotItsMetadata) {
  EXPECT_EQ("<p>a</p>", Strip("<nav><ul><li><a href=/>Home</a></li><nav>x</nav></ul></nav><p>a</p>"));
  EXPECT_EQ("<article>b</article>", Strip("<aside class=related>More</aside><article>b</article>"));
  const std::string dated = "<aside>Posted <time datetime=\"2024-06-18\">June 18</time></aside><p>a</p>";
  EXPECT_EQ(dated, Strip(dated));
  const std::string byline = "<aside><span class=\"author\">Jane Doe</span></aside><p>a</p>";
  EXPECT_EQ(byline, Strip(byline));
}

TEST(HtmlPrefilter, KeepsJsonLdAndRawText) {
  const std::string ld =
      "<script type=\"application/ld+json\">{\"headline\":\"a <b> c\"}</script><p>x</p>";
  EXPECT_EQ(ld, Strip(ld));
  // Markup-looking text inside raw-text elements is text.
  const std::string title = "<title>Why <script> tags matter</title><p>x</p>";
  EXPECT_EQ(title, Strip(title));
  const std::string area = "<textarea><!-- not a comment --></textarea>";
  EXPECT_EQ(area, Strip(area));
}

TEST(HtmlPrefilter, AttributeValuesMayHoldAngleBrackets) {
  const std::string page = "<div title=\"a > b <script>\">text</div><p>more</p>";
  EXPECT_EQ(page, Strip(page));
  EXPECT_EQ("<a href='x?a>b'>link</a>", Strip("<a href='x?a>b'>link</a><!--c-->"));
}

TEST(HtmlPrefilter, TruncatedElementsRunToTheEnd) {
  EXPECT_EQ("<p>a</p>", Strip("<p>a</p><script>var x = 1;"));
  EXPECT_EQ("<p>a</p>", Strip("<p>a</p><!-- open"));
  EXPECT_EQ("<p>a</p>", Strip("<p>a</p><svg><g>"));
  EXPECT_EQ("", Strip("<script"));
}

TEST(HtmlPrefilter, NothingToDropLeavesOutEmpty) {
  std::string out = "stale";
  EXPECT_EQ(0u, StripInertMarkup("<p>plain</p>", &out));
  EXPECT_TRUE(out.empty());
}

// The extraction with and without the prefilter must agree: the slow
// obvious version is the parser seeing every byte.
void ExpectSameArticle(const std::string& html) {
  Document d;
  d.name = "page.html";
  d.format = DocFormat::kHtml;
  d.body = html;
  HtmlLimits fast, slow;
  slow.strip_inert = false;
  Article a, b;
  Status sa = ExtractHtmlArticle(d, fast, &a);
  Status sb = ExtractHtmlArticle(d, slow, &b);
  ASSERT_EQ(sa.ok(), sb.ok()) << html;
  if (!sa.ok()) return;
  EXPECT_EQ(a.headline, b.headline) << html;
  EXPECT_EQ(a.date, b.date) << html;
  EXPECT_EQ(a.author, b.author) << html;
  EXPECT_EQ(a.paragraphs, b.paragraphs) << html;
  EXPECT_EQ(a.bullets, b.bullets) << html;
  ASSERT_EQ(a.captions.size(), b.captions.size()) << html;
  for (size_t i = 0; i < a.captions.size(); ++i) EXPECT_EQ(a.captions[i].text, b.captions[i].text);
}

TEST(HtmlPrefilter, ExtractionIsUnchangedOnANewsPage) {
  ExpectSameArticle(R"(<!DOCTYPE html><html><head><title>Floods cut off villages | Herald</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Floods cut off villages",
"datePublished":"2024-06-18T07:30:00Z","author":{"@type":"Person","name":"Priya Das"}}</script>
<script>window.dataLayer=[];function f(a,b){return a<b?'<p>no</p>':b}</script>
<style>.story p{margin:0}</style><!-- analytics --></head><body>
<nav><a href="/">Home</a><svg width="10"><path d="M0 0"/></svg></nav>
<article><h1>Floods cut off villages</h1><p class="byline">By Priya Das</p>
<p>GUWAHATI: Floodwaters cut off at least 40 villages on Monday, officials said, after three
days of heavy rain swelled the river and its tributaries.</p><!-- ad slot -->
<p>More than 12,000 people moved to relief camps, the state authority said, and the army was
asked to help<noscript><img src="px.gif"></noscript> with evacuations.</p>
<figure><img src="a.jpg"><figcaption>Boats carry supplies. (REUTERS)</figcaption></figure>
</article></body></html>)");
}

TEST(HtmlPrefilter, ExtractionIsUnchangedOnRandomPages) {
  // Pages built from fragments that mix text, block and inline markup with
  // what the prefilter drops, in random order and nesting.
  const char* const kFragments[] = {
      "<p>The council approved the new tram line after a long debate, officials said.</p>",
      "<div class=\"story\">", "</div>", "<h1>Tram line approved</h1>", "<b>bold</b> words ",
      "<script>var a = '<div>'; if (a < b) {}</script>", "<!-- comment <p>hidden</p> -->",
      "<style>div > p { color: red }</style>", "<svg><g><text>logo</text></g></svg>",
      "<noscript>Enable JavaScript to read more of this story today.</noscript>",
      "<ul><li>First point of the story, in a list item.</li><li>Second point.</li></ul>",
      "<a href=\"/x?a>b\">a link with a bracket</a>", "<title>Page <b>title</b></title>",
      "<script type=\"application/ld+json\">{\"headline\":\"Tram line approved\"}</script>",
      "Loose text between elements, long enough to count as a paragraph of prose. ",
      "<figure><figcaption>A tram on the new line. (AP)</figcaption></figure>", "<br>",
      "<textarea><script>not a script</script></textarea>", "<p>", "</p>", "<span>",
      "<img src=\"a.jpg\" srcset=\"a-1.jpg 1w, a-2.jpg 2w\" alt=\"A tram\" class=\"wide\">",
      "<div data-component=\"article-body\" class=\"story-body\" hidden>",
      "<div data-x='1' style=\"display:none\" class=\"promo\">Hidden promo text here.</div>",
      "<p data-track=\"para\" class=\"lede\" id=p1>A lede paragraph that is long enough.</p>",
      "<time datetime=\"2024-06-18T07:30:00Z\" data-format=\"long\">June 18</time>",
      "<meta property=\"og:title\" content=\"Tram line approved\" data-rh=\"true\">",
      "\n   ", " ", "\n", "<pre>", "</pre>", "<td>", "</td>", "<i>", "</i>", "</li>", "</div>",
  };
  std::mt19937 rng(20261129);
  std::uniform_int_distribution<size_t> pick(0, std::size(kFragments) - 1);
  std::uniform_int_distribution<int> len(1, 30);
  for (int page = 0; page < 200; ++page) {
    std::string html = "<html><body>";
    for (int k = len(rng); k > 0; --k) html += kFragments[pick(rng)];
    html += "</body></html>";
    ExpectSameArticle(html);
    if (HasFailure()) return;
  }
}

}  // namespace
}  // namespace dateline
