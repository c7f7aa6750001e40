// Copyright 2026 The Dateline Authors.
//
// The HTML stages, on a generated news page of about 200 KB with what real
// pages carry (a head full of metadata and scripts, navigation, an article
// with captions, related links, comments, inline SVG icons), fixed seed so
// runs compare:
//
//   BM_HtmlDomParse       our tokenizer and tree builder (html_dom.h)
//   BM_MyhtmlParse        myhtml's HTML5 parser into the same dom, the slow
//                         reference (html_dom_reference.h), in the same run
//   BM_ExtractHtml        the whole article extraction (parse included)
//
//   cmake --build build --target dateline_bench && build/dateline_bench

#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "article/html_dom.h"
#include "article/html_dom_reference.h"
#include "article/html_extract.h"
#include "dateline/article.h"
#include "dateline/document.h"

namespace {

const char* const kSentences[] = {
    "Gunmen opened fire on a market in the northern town of Dorvo on Friday, killing 12 people "
    "and wounding 30 others, officials said.",
    "The regional governor, Amina Lawal, told reporters that security forces had been sent to "
    "the area &amp; that a curfew was in force.",
    "Witnesses said the attackers arrived on motorcycles shortly after the evening prayers and "
    "fled towards the forest.",
    "It was the third attack on the district this month, according to a tally by the &ldquo;"
    "Monitoring Group&rdquo;.",
    "Aid agencies said hundreds of families had left their homes since January.",
};

std::string MakePage(size_t target) {
  std::mt19937 rng(20261129);
  auto sentence = [&] { return std::string(kSentences[rng() % std::size(kSentences)]); };
  std::string p = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                  "<title>Gunmen kill 12 in Dorvo market attack | The Daily Record</title>"
                  "<meta property=\"og:title\" content=\"Gunmen kill 12 in Dorvo market attack\">"
                  "<meta name=\"author\" content=\"Chidi Okafor\">"
                  "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                  "\"headline\":\"Gunmen kill 12 in Dorvo market attack\","
                  "\"datePublished\":\"2024-03-22T09:30:00Z\"}</script>";
  for (int i = 0; i < 12; ++i) {
    p += "<script>window.dataLayer=window.dataLayer||[];function g" + std::to_string(i) +
         "(a,b){return a<b?'<div>'+a+'</div>':b}var cfg={\"id\":" + std::to_string(rng()) +
         ",\"flags\":[1,2,3]};</script>";
  }
  p += "<style>.story p{margin:0 0 1em}.nav a{color:#333}</style></head>"
       "<body class=\"article-page\"><header class=\"masthead\"><nav class=\"nav\"><ul>";
  for (int i = 0; i < 40; ++i) {
    p += "<li class=\"nav-item\"><a href=\"/section/" + std::to_string(i) + "\">Section " +
         std::to_string(i) + "</a></li>";
  }
  p += "</ul></nav></header><main><article class=\"story\"><h1>Gunmen kill 12 in Dorvo market "
       "attack</h1><p class=\"byline\">By <a rel=\"author\" href=\"/a/co\">Chidi Okafor</a></p>"
       "<time datetime=\"2024-03-22T09:30:00Z\">March 22, 2024</time>";
  int para = 0;
  while (p.size() < target * 6 / 10) {
    p += "<p>";
    for (int k = 0; k < 4; ++k) p += sentence() + " ";
    p += "</p>\n";
    if (++para % 5 == 0) {
      p += "<figure><img src=\"/img/" + std::to_string(para) + ".jpg\" srcset=\"/img/a.jpg 1x, "
           "/img/b.jpg 2x\" alt=\"\"><figcaption>Mourners at the market on Saturday. "
           "(Reuters)</figcaption></figure><div class=\"share-bar\"><svg viewBox=\"0 0 24 24\">"
           "<path d=\"M0 0L24 24\"/></svg><a href=\"#\">Share</a></div>\n";
    }
  }
  p += "</article><aside class=\"related\"><h2>Related</h2><ul>";
  for (int i = 0; i < 30; ++i) {
    p += "<li><a href=\"/story/" + std::to_string(rng()) + "\">" + sentence() + "</a></li>";
  }
  p += "</ul></aside><section class=\"comments\">";
  while (p.size() < target) {
    p += "<div class=\"comment\"><span class=\"user\">reader" + std::to_string(rng() % 999) +
         "</span><p>" + sentence() + "</p></div>\n";
  }
  p += "</section></main><footer class=\"site-footer\">&copy; 2024 The Daily Record</footer>"
       "</body></html>";
  return p;
}

const std::string& Page() {
  static const std::string page = MakePage(200 << 10);
  return page;
}

void BM_HtmlDomParse(benchmark::State& state) {
  const std::string& page = Page();
  dateline::HtmlDom dom;
  for (auto _ : state) {
    dom.Parse(page);
    benchmark::DoNotOptimize(dom.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * page.size());
}
BENCHMARK(BM_HtmlDomParse)->Unit(benchmark::kMicrosecond);

void BM_MyhtmlParse(benchmark::State& state) {
  const std::string& page = Page();
  dateline::HtmlDom dom;
  for (auto _ : state) {
    dateline::Status st = dateline::ParseWithMyhtml(page, &dom);
    benchmark::DoNotOptimize(st.ok());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * page.size());
}
BENCHMARK(BM_MyhtmlParse)->Unit(benchmark::kMicrosecond);

void BM_ExtractHtml(benchmark::State& state) {
  dateline::Document doc;
  doc.name = "bench.html";
  doc.format = dateline::DocFormat::kHtml;
  doc.body = Page();
  dateline::HtmlLimits limits;
  for (auto _ : state) {
    dateline::Article a;
    dateline::Status st = dateline::ExtractHtmlArticle(doc, limits, &a);
    benchmark::DoNotOptimize(st.ok());
    benchmark::DoNotOptimize(a.paragraphs.size());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * doc.body.size());
}
BENCHMARK(BM_ExtractHtml)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
