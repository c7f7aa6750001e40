// Copyright 2026 The Dateline Authors.

#include "article/html_extract.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline {
namespace {

Document Html(std::string body) {
  Document d;
  d.name = "page.html";
  d.format = DocFormat::kHtml;
  d.body = std::move(body);
  return d;
}

std::string Joined(const Article& a) { return a.Body(); }

bool Contains(const std::string& hay, const std::string& needle) {
  return hay.find(needle) != std::string::npos;
}

// A news page as templates write them: navigation, a share bar, the story,
// a related-stories list, a newsletter box, comments, a cookie banner and
// a footer.
const char kNewsPage[] = R"(<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Floods cut off 40 villages in Assam | Valley Herald</title>
<meta property="og:title" content="Floods cut off 40 villages in Assam">
<meta property="og:site_name" content="Valley Herald">
<link rel="canonical" href="https://valleyherald.example/news/floods-assam">
<script type="application/ld+json">
{"@context":"https://schema.org","@type":"NewsArticle",
 "headline":"Floods cut off 40 villages in Assam",
 "datePublished":"2024-06-18T07:30:00+05:30",
 "author":{"@type":"Person","name":"Priya Das"}}
</script>
<style>.x{color:red}</style>
</head><body>
<header class="site-header"><a href="/">Valley Herald</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<main>
<article class="story">
<h1>Floods cut off 40 villages in Assam</h1>
<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
<p class="byline">By Priya Das</p>
<figure><img src="boat.jpg" alt="">
<figcaption>Villagers move supplies by boat in Morigaon district on Monday. (REUTERS)</figcaption>
</figure>
<div class="story-body">
<p>GUWAHATI: Floodwaters cut off at least 40 villages in the northeastern state of Assam on Monday,
officials said, after three days of heavy rain swelled the Brahmaputra and its tributaries.</p>
<p>More than 12,000 people moved to relief camps, the state disaster management authority said,
and the army was asked to help with evacuations in the worst-hit districts.</p>
<h2>Roads and rail lines closed</h2>
<p>Landslides blocked the main highway to the hill districts, and the railway suspended services
on two lines, stranding hundreds of passengers overnight at a junction station.</p>
<ul><li>Morigaon, Nagaon and Darrang districts are the worst hit, officials said.</li>
<li>Schools in the flooded areas will stay shut until the end of the week.</li></ul>
<p>Forecasters expect more rain over the next two days, with the river already above the danger
mark at several points, according to the central water commission.</p>
</div>
</article>
<section class="related-stories"><h3>Related</h3><ul>
<li><a href="/a">Monsoon arrives early in the northeast, forecasters say</a></li>
<li><a href="/b">Relief funds announced for flood-hit farmers across the state</a></li>
<li><a href="/c">How the Brahmaputra shapes life in the valley, a photo essay</a></li></ul></section>
<div class="newsletter-signup"><p>Get the morning briefing in your inbox every day, free.</p>
<form><input type="email"><button>Sign up</button></form></div>
<section id="comments" class="comments"><h3>Comments</h3>
<div class="comment"><p>This happens every single year and nothing is done about it, it is shameful.</p></div>
<div class="comment"><p>Thoughts with everyone affected, stay safe out there and help your neighbours.</p></div>
</section>
</main>
<div class="cookie-banner"><p>We use cookies to improve your experience on our site, by continuing you accept them.</p></div>
<footer class="site-footer"><p>Copyright 2024 Valley Herald. All rights reserved.</p>
<a href="/about">About us</a> <a href="/privacy">Privacy</a></footer>
</body></html>)";

TEST(HtmlExtract, NewsPageKeepsTheStoryAndDropsTheRest) {
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(kNewsPage), HtmlLimits(), &a).ok());
  std::string body = Joined(a);
  EXPECT_TRUE(Contains(body, "More than 12,000 people moved to relief camps")) << body;
  EXPECT_TRUE(Contains(body, "Roads and rail lines closed")) << body;  // h2 in the body
  EXPECT_TRUE(Contains(body, "Schools in the flooded areas")) << body;  // list item
  EXPECT_TRUE(Contains(body, "Forecasters expect more rain")) << body;
  for (const char* junk : {"Sport", "Share on Facebook", "Monsoon arrives early",
                           "morning briefing", "shameful", "cookies", "All rights reserved",
                           "Villagers move supplies", "By Priya Das"}) {
    EXPECT_FALSE(Contains(body, junk)) << junk << "\n" << body;
  }
}

TEST(HtmlExtract, NewsPageMetadata) {
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(kNewsPage), HtmlLimits(), &a).ok());
  EXPECT_EQ("Floods cut off 40 villages in Assam", a.headline);
  EXPECT_EQ("2024-06-18", a.date);
  EXPECT_EQ("Priya Das", a.author);
  EXPECT_EQ("https://valleyherald.example/news/floods-assam", a.url);
  // The dateline leaves the first paragraph.
  EXPECT_EQ("GUWAHATI", a.dateline);
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(0u, a.paragraphs[0].rfind("Floodwaters cut off", 0)) << a.paragraphs[0];
  // The caption is kept apart, with its credit split off.
  ASSERT_EQ(1u, a.captions.size());
  EXPECT_EQ("Villagers move supplies by boat in Morigaon district on Monday.", a.captions[0].text);
  EXPECT_EQ("REUTERS", a.captions[0].credit);
  // Not this stage's business.
  EXPECT_TRUE(a.quotes.empty());
  // The page declares its language; detection is left for pages that do not.
  EXPECT_EQ("en", a.lang);
}

TEST(HtmlExtract, DateFromMetaAndAgencyDateline) {
  const char* page = R"(<html><head>
<meta property="article:published_time" content="2023-02-07T14:05:00Z">
<meta name="author" content="Lena Fischer">
<title>Quake toll rises - World Desk</title></head><body>
<div id="content"><h1>Quake toll rises</h1>
<p>New Delhi (Reuters) - Rescuers pulled more survivors from collapsed buildings on Tuesday,
as the number of people confirmed dead rose again overnight, officials said.</p>
<p>Teams from a dozen countries joined the search, working through freezing temperatures,
while aid agencies warned of shortages of tents, blankets and clean water.</p>
<p>The government declared a state of emergency in ten provinces and opened schools and
sports halls as shelters for families who lost their homes in the disaster.</p></div>
</body></html>)";
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(page), HtmlLimits(), &a).ok());
  EXPECT_EQ("2023-02-07", a.date);
  EXPECT_EQ("Lena Fischer", a.author);
  EXPECT_EQ("Quake toll rises", a.headline);
  EXPECT_EQ("New Delhi", a.dateline);
  ASSERT_FALSE(a.paragraphs.empty());
  EXPECT_EQ(0u, a.paragraphs[0].rfind("Rescuers pulled", 0)) << a.paragraphs[0];
}

TEST(HtmlExtract, VisibleBylineAndTimeElement) {
  const char* page = R"(<html><head><title>Harbour reopens</title></head><body>
<article><h1>Harbour reopens after storm</h1>
<div class="meta"><span class="author-name">By Tom Reed</span>
<time datetime="2022-11-30T09:00:00Z">30 November 2022</time></div>
<p>The harbour reopened to shipping on Wednesday, three days after a storm tore two cranes
from their rails and sank a tug at its moorings, the port authority said.</p>
<p>Divers cleared the main channel overnight, and the first container ship was expected to
berth before dusk, though the damaged quay will stay closed for weeks.</p>
<p>Insurers said it was too early to estimate losses, but traders warned that the delays
would push up prices for fuel and building materials across the region.</p>
</article></body></html>)";
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(page), HtmlLimits(), &a).ok());
  EXPECT_EQ("Tom Reed", a.author);
  EXPECT_EQ("2022-11-30", a.date);
  EXPECT_EQ("Harbour reopens after storm", a.headline);
  EXPECT_FALSE(Contains(Joined(a), "By Tom Reed"));
  EXPECT_TRUE(Contains(Joined(a), "Divers cleared the main channel"));
}

TEST(HtmlExtract, DateFromCanonicalUrl) {
  const char* page = R"(<html><head>
<link rel="canonical" href="https://news.example/2021/09/14/bridge-collapse"></head><body>
<div class="post-content"><h1>Bridge collapse</h1>
<p>A footbridge over the river collapsed during the morning rush hour, injuring several people
who were crossing it on their way to work, the city's fire service said.</p>
<p>Engineers had inspected the bridge last year and found no serious faults, the council said,
promising a full investigation into the cause of the collapse.</p></div></body></html>)";
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(page), HtmlLimits(), &a).ok());
  EXPECT_EQ("2021-09-14", a.date);
  EXPECT_EQ("https://news.example/2021/09/14/bridge-collapse", a.url);
}

TEST(HtmlExtract, KeyPointBullets) {
  const char* page = R"(<html><body><article><h1>Budget at a glance</h1>
<ul class="key-points"><li>Income tax unchanged</li><li>Fuel duty frozen for a year</li></ul>
<p>The finance minister presented a budget on Wednesday that left income tax unchanged,
froze fuel duty and raised spending on hospitals, schools and roads in poorer regions.</p>
<p>Opposition parties said the plan did too little for households struggling with higher
food and energy bills, and promised to vote against it in parliament next week.</p>
</article></body></html>)";
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(page), HtmlLimits(), &a).ok());
  ASSERT_EQ(2u, a.bullets.size());
  EXPECT_EQ("Income tax unchanged", a.bullets[0]);
  EXPECT_FALSE(Contains(Joined(a), "Fuel duty frozen"));
}

TEST(HtmlExtract, DeepNestingDoesNotCrash) {
  std::string page = "<html><body><p>Before the deep part, a sentence with enough words.</p>";
  for (int i = 0; i < 100000; ++i) page += "<div>";
  page += "deep text";
  for (int i = 0; i < 100000; ++i) page += "</div>";
  page += "</body></html>";
  Article a;
  Status st = ExtractHtmlArticle(Html(page), HtmlLimits(), &a);
  EXPECT_TRUE(st.ok()) << st.ToString();
  EXPECT_TRUE(Contains(Joined(a), "Before the deep part")) << Joined(a);
}

TEST(HtmlExtract, DeepInlineNestingDoesNotCrash) {
  std::string page = "<html><body>";
  for (int i = 0; i < 100000; ++i) page += "<span><b>";
  page += "x";
  Article a;
  Status st = ExtractHtmlArticle(Html(page), HtmlLimits(), &a);
  (void)st;  // Any Status will do; it must return.
  SUCCEED();
}

TEST(HtmlExtract, OversizedPageIsRefused) {
  HtmlLimits limits;
  limits.max_bytes = 1000;
  Article a;
  Status st = ExtractHtmlArticle(Html(std::string(5000, 'a')), limits, &a);
  EXPECT_EQ(Status::Code::kLimit, st.code());
  EXPECT_NE(std::string::npos, st.message().find("5000")) << st.message();
}

TEST(HtmlExtract, PageWithoutTextIsAnError) {
  Article a;
  Status st = ExtractHtmlArticle(
      Html("<html><head><script>var x = 1;</script></head><body><img src=a.png></body></html>"),
      HtmlLimits(), &a);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(std::string::npos, st.message().find("no text")) << st.message();
  EXPECT_FALSE(ExtractHtmlArticle(Html(""), HtmlLimits(), &a).ok());
}

TEST(HtmlExtract, HiddenAndScriptTextIsIgnored) {
  const char* page = R"(<html><body><div class="content">
<p>The council approved the new tram line on Thursday after a debate that lasted most of the day.</p>
<p style="display:none">Hidden promotional text that nobody can see on the page.</p>
<script>document.write("script text")</script>
<p>Construction is due to start next spring and take about three years, officials said.</p>
</div></body></html>)";
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(page), HtmlLimits(), &a).ok());
  std::string body = Joined(a);
  EXPECT_TRUE(Contains(body, "tram line"));
  EXPECT_FALSE(Contains(body, "Hidden promotional"));
  EXPECT_FALSE(Contains(body, "script text"));
}

TEST(HtmlExtract, ReusesTheParserAcrossPages) {
  for (int i = 0; i < 3; ++i) {
    Article a;
    ASSERT_TRUE(ExtractHtmlArticle(Html(kNewsPage), HtmlLimits(), &a).ok());
    EXPECT_EQ("Floods cut off 40 villages in Assam", a.headline);
  }
}

// A page with `head` in <head> and `heading` before two paragraphs of story.
std::string HeadlinePage(const std::string& head, const std::string& heading) {
  return "<html><head>" + head + "</head><body><article>" + heading +
         "<p>The council approved the new tram line on Thursday after a debate that lasted most "
         "of the day, and work is due to start in the spring.</p>"
         "<p>Construction will take about three years and close two streets in the old town for "
         "most of that time, officials said.</p></article></body></html>";
}

std::string HeadlineOf(const std::string& page) {
  Article a;
  Status st = ExtractHtmlArticle(Html(page), HtmlLimits(), &a);
  EXPECT_TRUE(st.ok()) << st.ToString();
  return a.headline;
}

TEST(HtmlHeadline, SectionAndSiteSuffixesLeaveTheVisibleHeading) {
  EXPECT_EQ("Council approves the tram line",
            HeadlineOf(HeadlinePage("<title>Council approves the tram line | Opinion | Herald</title>",
                                    "<h1>Council approves the tram line | Opinion</h1>")));
  // Only the end goes, and not a long clause after a dash.
  EXPECT_EQ("Blog: Council approves the tram line",
            HeadlineOf(HeadlinePage("", "<h1>Blog: Council approves the tram line</h1>")));
  EXPECT_EQ("Council approves tram line - and the city's five-year budget plan with it",
            HeadlineOf(HeadlinePage(
                "", "<h1>Council approves tram line - and the city's five-year budget plan with it</h1>")));
}

TEST(HtmlHeadline, DatesInsideTheHeadingAreNotPartOfIt) {
  EXPECT_EQ("Council approves the tram line",
            HeadlineOf(HeadlinePage("", "<h1><a href=\"/tram\"><time datetime=\"2025-12-18\">Dec 18 "
                                        "2025</time> Council approves the tram line</a></h1>")));
}

TEST(HtmlHeadline, MetadataCutShortGivesWayToTheLongerTitle) {
  EXPECT_EQ("Council approves the tram line (and two new bus routes)",
            HeadlineOf(HeadlinePage(
                "<meta property=\"og:title\" content=\"Council approves the tram line (and two new bus "
                "routes) - Herald\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
                "\"headline\":\"Council approves the tram line (and\"}</script>",
                "")));
}

TEST(HtmlHeadline, HeadingThatLinksHomeIsTheSiteName) {
  // A blog template: the <h1> is the blog's name, the title "Blog: Post".
  EXPECT_EQ("Small steps with the tram plan",
            HeadlineOf(HeadlinePage("<title>Town Notes: Small steps with the tram plan</title>",
                                    "<h1 class=\"title\"><a href=\"https://notes.example/\">Town "
                                    "Notes</a></h1>")));
  EXPECT_EQ("Small steps with the tram plan",
            HeadlineOf(HeadlinePage("<title>notes.example Small steps with the tram plan</title>",
                                    "<h1><a href=\"/\">notes.example</a></h1>")));
}

TEST(HtmlHeadline, StoryLinkInsideAHeadingWithItsSourceAndCount) {
  EXPECT_EQ("Council approves the tram line after a long debate",
            HeadlineOf(HeadlinePage(
                "<title>Council approves the tram line after a long debate - Aggregator</title>",
                "<h1><a href=\"/story/1\">Council approves the tram line after a long debate</a> "
                "<span>(herald.example)</span> <span>87</span></h1>")));
}

TEST(HtmlHeadline, WritersCaseWinsOverCssCase) {
  EXPECT_EQ("History of the Tram",
            HeadlineOf(HeadlinePage("<title>History of the Tram | Origins, Routes, Facts | Encyclopedia</title>",
                                    "<h1>history of the tram</h1>")));
  EXPECT_EQ("Best Tram Rides 2026: Tips From Drivers",
            HeadlineOf(HeadlinePage("<title>Best Tram Rides 2026: Tips From Drivers</title>",
                                    "<h1>BEST TRAM RIDES IN 2026: TIPS FROM DRIVERS</h1>")));
}

TEST(HtmlHeadline, TitleAndSubtitleSpansTakeTheDeclaredPunctuation) {
  EXPECT_EQ("What a tram is. - Choosing a route",
            HeadlineOf(HeadlinePage("<meta property=\"og:title\" content=\"What a tram is. - Choosing a route\">",
                                    "<h1><span>What a tram is.</span> <span>Choosing a route</span></h1>")));
}

TEST(HtmlHeadline, CurlyAndStraightQuotesMatch) {
  // The <h1> matches the declared title despite its curly apostrophe, so a
  // subtitle inside the itemprop=headline element does not win.
  EXPECT_EQ("Are you riding 2026\u2019s new tram? Let\u2019s go!",
            HeadlineOf(HeadlinePage(
                "<meta property=\"og:title\" content=\"Are you riding 2026's new tram? Let's go!\">",
                "<div itemprop=\"headline\">Are you riding 2026&#8217;s new tram? Let&#8217;s go!<br>"
                "<span>We will be on every line this year and would love to chat.</span></div>"
                "<h1>Are you riding 2026&#8217;s new tram? Let&#8217;s go!</h1>")));
}

TEST(HtmlExtract, StreamedReactSegmentsAreRead) {
  // React streams the page body in <div hidden id="S:0"> and moves it into
  // place; other hidden elements stay out.
  const char* page = R"(<html><body><template id="B:0"></template>
<div hidden id="S:0"><article><h1>Tram line approved</h1>
<p>The council approved the new tram line on Thursday after a debate that lasted most of the day.</p>
<p>Construction is due to start next spring and take about three years, officials said.</p></article></div>
<div hidden id="menu"><p>A menu that only opens when someone clicks the button on the page.</p></div>
</body></html>)";
  Article a;
  ASSERT_TRUE(ExtractHtmlArticle(Html(page), HtmlLimits(), &a).ok());
  EXPECT_EQ("Tram line approved", a.headline);
  EXPECT_TRUE(Contains(Joined(a), "tram line on Thursday"));
  EXPECT_FALSE(Contains(Joined(a), "menu that only opens"));
}

}  // namespace
}  // namespace dateline
