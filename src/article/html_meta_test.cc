// Copyright 2026 The Dateline Authors.

#include "article/html_meta.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TEST(HtmlMeta, JsonLdNewsArticle) {
  PageMeta m;
  ReadJsonLd(R"({"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Floods cut off 40 villages in Assam",
      "datePublished":"2024-03-24T10:00:00+05:30",
      "dateModified":"2024-03-25T08:00:00+05:30",
      "author":[{"@type":"Person","name":"Priya Das"},{"@type":"Person","name":"Tom Reed"}],
      "publisher":{"@type":"Organization","name":"Valley Herald"}})",
             &m);
  EXPECT_EQ("Floods cut off 40 villages in Assam", m.ld_headline);
  EXPECT_EQ("2024-03-24", m.published);
  EXPECT_EQ("2024-03-25", m.modified);
  EXPECT_EQ("Priya Das, Tom Reed", m.author);
  EXPECT_EQ("Valley Herald", m.site_name);
}

TEST(HtmlMeta, JsonLdGraphAndTypeArrays) {
  PageMeta m;
  ReadJsonLd(R"({"@graph":[
      {"@type":"WebSite","name":"Valley Herald"},
      {"@type":["Article","BlogPosting"],"headline":"A quiet week",
       "datePublished":"2023-11-05","author":"Sam Lee"}]})",
             &m);
  EXPECT_EQ("A quiet week", m.ld_headline);
  EXPECT_EQ("2023-11-05", m.published);
  EXPECT_EQ("Sam Lee", m.author);
}

TEST(HtmlMeta, MalformedJsonLdIsScanned) {
  PageMeta m;
  // A trailing comma and a raw newline inside a string: not JSON.
  ReadJsonLd("{\"@type\":\"NewsArticle\",\"headline\":\"Two\nlines\","
             "\"datePublished\":\"2022-07-01T00:00:00Z\",\"author\":{\"name\":\"Ana Ruiz\"},}",
             &m);
  EXPECT_EQ("2022-07-01", m.published);
  EXPECT_EQ("Ana Ruiz", m.author);
}

TEST(HtmlMeta, ArticlePublishedBeatsGenericDate) {
  PageMeta m;
  ReadMetaTag("date", "2020-01-01", &m);
  ReadMetaTag("article:published_time", "2021-06-30T12:00:00Z", &m);
  ReadMetaTag("DC.date", "2019-01-01", &m);
  EXPECT_EQ("2021-06-30", m.published);
  EXPECT_EQ(kRankMetaPublished, m.published_rank);
}

TEST(HtmlMeta, JsonLdBeatsMeta) {
  PageMeta m;
  ReadMetaTag("article:published_time", "2021-06-30", &m);
  ReadJsonLd(R"({"@type":"Article","datePublished":"2021-06-29"})", &m);
  EXPECT_EQ("2021-06-29", m.published);
}

TEST(HtmlMeta, AuthorMetaSkipsUrls) {
  PageMeta m;
  ReadMetaTag("article:author", "https://www.facebook.com/someone", &m);
  EXPECT_EQ("", m.author);
  ReadMetaTag("author", "By Jane Doe", &m);
  EXPECT_EQ("Jane Doe", m.author);
}

TEST(HtmlMeta, OgTitleAndUrl) {
  PageMeta m;
  ReadMetaTag("og:title", "Storm hits coast &amp; islands", &m);
  ReadMetaTag("og:url", " https://example.org/2024/03/24/storm ", &m);
  EXPECT_EQ("Storm hits coast & islands", m.og_title);
  EXPECT_EQ("https://example.org/2024/03/24/storm", m.url);
}

TEST(HtmlMeta, IsoDateOf) {
  EXPECT_EQ("2024-03-24", IsoDateOf("2024-03-24T23:30:00-05:00"));
  EXPECT_EQ("2024-03-24", IsoDateOf("Sun, 24 Mar 2024 10:00:00 GMT"));
  EXPECT_EQ("", IsoDateOf("yesterday"));
}

TEST(HtmlMeta, StripSiteName) {
  EXPECT_EQ("Floods cut off 40 villages", StripSiteName("Floods cut off 40 villages | Valley Herald", ""));
  EXPECT_EQ("Floods cut off 40 villages",
            StripSiteName("Valley Herald - Floods cut off 40 villages", "Valley Herald"));
  EXPECT_EQ("Floods cut off 40 villages",
            StripSiteName("Floods cut off 40 villages — Herald", ""));
  // A colon is part of many headlines.
  EXPECT_EQ("Assam: floods cut off 40 villages",
            StripSiteName("Assam: floods cut off 40 villages", ""));
}

TEST(HtmlMeta, StripSiteNameKeepsTheOtherEndOnceTheSiteIsOff) {
  // The site came off the end, so the short first segment is the headline.
  EXPECT_EQ("History of floods | Causes, Seasons, Facts, & Timeline",
            StripSiteName("History of floods | Causes, Seasons, Facts, & Timeline | Encyclopedia",
                          "Encyclopedia"));
  EXPECT_EQ("Floods cut off 40 villages",
            StripSiteName("Floods cut off 40 villages \u2022 Priya Das", ""));
}

TEST(HtmlMeta, StripHeadingTail) {
  EXPECT_EQ("Floods cut off 40 villages",
            StripHeadingTail("Floods cut off 40 villages | Assam | Valley Herald", ""));
  EXPECT_EQ("Best flood pumps (2025)",
            StripHeadingTail("Best flood pumps (2025) \u2013 Top Local & Long-Distance Brands", ""));
  EXPECT_EQ("Floods cut off 40 villages",
            StripHeadingTail("Floods cut off 40 villages - The Valley Herald Daily Edition",
                             "The Valley Herald Daily Edition"));
  // A long clause after a dash, a leading label, a short heading: kept.
  EXPECT_EQ("Floods cut off villages - and the army is called in to help",
            StripHeadingTail("Floods cut off villages - and the army is called in to help", ""));
  EXPECT_EQ("Live: floods cut off 40 villages",
            StripHeadingTail("Live: floods cut off 40 villages", ""));
  EXPECT_EQ("Floods - Live", StripHeadingTail("Floods - Live", ""));
}

TEST(HtmlMeta, AuthorFromByline) {
  EXPECT_EQ("Jane Doe", AuthorFromByline("By Jane Doe"));
  EXPECT_EQ("Jane Doe and John Roe", AuthorFromByline("by Jane Doe and John Roe | Reuters"));
  EXPECT_EQ("Jane Doe", AuthorFromByline("Written by Jane Doe, March 24, 2024"));
  EXPECT_EQ("Jane Doe", AuthorFromByline("By Jane Doe Updated 10:42 GMT"));
  EXPECT_EQ("", AuthorFromByline("By the end of the week the river had risen two metres."));
  EXPECT_EQ("", AuthorFromByline("Floods cut off 40 villages"));
}

TEST(HtmlMeta, LooksLikeName) {
  EXPECT_TRUE(LooksLikeName("Priya Das"));
  EXPECT_FALSE(LooksLikeName("https://example.org/staff/priya"));
  EXPECT_FALSE(LooksLikeName("Is this a name?"));
  EXPECT_FALSE(LooksLikeName(""));
}

}  // namespace
}  // namespace dateline
