// Copyright 2026 The Dateline Authors.

#include "ingest/feed.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>
#include <vector>

#include "article/extract.h"
#include "util/strings.h"

namespace dateline {

namespace {

struct Error {
  std::string input;
  Status status;
};

class RecordingSink : public DocumentSink {
 public:
  void OnDocument(Document doc) override { docs.push_back(std::move(doc)); }
  void OnError(std::string_view input, const Status& status) override {
    errors.push_back({std::string(input), status});
  }
  std::string Errors() const {
    std::string s;
    for (const Error& e : errors) s += e.input + ": " + e.status.ToString() + "\n";
    return s;
  }
  std::vector<Document> docs;
  std::vector<Error> errors;
};

RecordingSink Read(std::string_view name, std::string_view xml,
                   const IngestLimits& limits = IngestLimits()) {
  RecordingSink sink;
  ReadFeed(name, xml, limits, &sink);
  return sink;
}

bool Has(const std::string& hay, std::string_view needle) {
  return hay.find(needle) != std::string::npos;
}

const char kRss[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<!-- generated -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom"
     xmlns:media="http://search.yahoo.com/mrss/">
<channel>
  <title>World &amp; Regions</title>
  <link>https://news.example/</link>
  <atom:link href="https://news.example/feed" rel="self"/>
  <item>
    <title>Car bomb kills 14 in Mogadishu</title>
    <link>https://news.example/2024/03/mogadishu</link>
    <guid isPermaLink="false">story-1001</guid>
    <pubDate>Sat, 23 Mar 2024 22:10:00 +0300</pubDate>
    <media:title>Photo: the scene</media:title>
    <atom:link href="https://elsewhere.example/" rel="related"/>
    <description><![CDATA[<p>MOGADISHU: A car bomb killed 14 people near a hotel in <b>Mogadishu</b> on Saturday, police said.</p>]]></description>
  </item>
  <item>
    <title>Troops &#8217;repel&#8217; attack &#x2014; 3 dead</title>
    <link>https://news.example/2024/03/attack</link>
    <description>Three soldiers were killed when gunmen attacked a base &amp; set it on fire, the army said.</description>
    <dc:date>2024-03-21T09:00:00Z</dc:date>
  </item>
  <item>
    <title>Escaped markup</title>
    <guid>https://news.example/escaped</guid>
    <pubDate>Thu, 21 Mar 24 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &amp;amp; last.&lt;/p&gt;</description>
    <content:encoded><![CDATA[<p>The full text, with <a href="/x">a link</a>.</p>]]></content:encoded>
  </item>
</channel>
</rss>
)";

const char kAtom[] = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Example Wire</title>
  <id>urn:example:wire</id>
  <updated>2024-03-24T10:00:00Z</updated>
  <entry>
    <title type="html">Floods &lt;em&gt;displace&lt;/em&gt; 20,000</title>
    <link rel="self" href="https://wire.example/api/1"/>
    <link rel="alternate" type="text/html" href="https://wire.example/floods"/>
    <id>tag:wire.example,2024:1</id>
    <published>2024-03-20T23:30:00-05:00</published>
    <updated>2024-03-22T08:00:00Z</updated>
    <summary>Short summary.</summary>
    <content type="html">&lt;p&gt;Floods displaced 20,000 people in the north, officials said.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Plain entry</title>
    <link href="https://wire.example/plain"/>
    <id>tag:wire.example,2024:2</id>
    <updated>2024-03-19T12:00:00Z</updated>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>An <b>xhtml</b> body.</p></div></content>
  </entry>
  <entry>
    <title>Text only</title>
    <id>tag:wire.example,2024:3</id>
    <updated>2024-03-18T12:00:00Z</updated>
    <summary type="text">5 &lt; 6 and nothing here is markup.</summary>
  </entry>
</feed>
)";

}  // namespace

TEST(Feed, Rss2Items) {
  RecordingSink sink = Read("world.xml", kRss);
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  ASSERT_EQ(3u, sink.docs.size());

  const Document& a = sink.docs[0];
  EXPECT_EQ("world.xml#story-1001", a.name);
  EXPECT_EQ("https://news.example/2024/03/mogadishu", a.url);  // not atom:link
  EXPECT_EQ("2024-03-23", a.published);
  EXPECT_EQ("Car bomb kills 14 in Mogadishu", a.title);  // not media:title
  EXPECT_EQ(DocFormat::kHtml, a.format);
  EXPECT_TRUE(Has(a.body, "<h1>Car bomb kills 14 in Mogadishu</h1>")) << a.body;
  EXPECT_TRUE(Has(a.body, "hotel in <b>Mogadishu</b> on Saturday")) << a.body;

  const Document& b = sink.docs[1];
  EXPECT_EQ("world.xml#2", b.name);  // no guid: its place
  EXPECT_EQ("Troops \u2019repel\u2019 attack \u2014 3 dead", b.title);
  EXPECT_EQ("2024-03-21", b.published);  // dc:date
  EXPECT_EQ(DocFormat::kText, b.format);
  EXPECT_EQ(
      "Troops \u2019repel\u2019 attack \u2014 3 dead\n\nThree soldiers were killed when gunmen "
      "attacked a base & set it on fire, the army said.\n",
      b.body);

  const Document& c = sink.docs[2];
  EXPECT_EQ("https://news.example/escaped", c.url);  // a permalink guid
  EXPECT_EQ("2024-03-21", c.published);              // two-digit year
  EXPECT_EQ(DocFormat::kHtml, c.format);
  // content:encoded wins over the description.
  EXPECT_TRUE(Has(c.body, "<p>The full text, with <a href=\"/x\">a link</a>.</p>")) << c.body;
  EXPECT_FALSE(Has(c.body, "First paragraph"));
}

TEST(Feed, EscapedHtmlDescriptionIsMarkup) {
  RecordingSink sink = Read("e.xml", R"(<rss><channel><item><title>T</title>
    <description>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;p&gt;Second &amp;amp; last.&lt;/p&gt;</description>
    </item></channel></rss>)");
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_EQ(DocFormat::kHtml, sink.docs[0].format);
  EXPECT_TRUE(Has(sink.docs[0].body, "<p>First paragraph.</p><p>Second &amp; last.</p>"))
      << sink.docs[0].body;
}

TEST(Feed, AtomEntries) {
  RecordingSink sink = Read("wire.atom", kAtom);
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  ASSERT_EQ(3u, sink.docs.size());
  const Document& a = sink.docs[0];
  EXPECT_EQ("wire.atom#tag:wire.example,2024:1", a.name);
  EXPECT_EQ("https://wire.example/floods", a.url);  // rel="alternate"
  EXPECT_EQ("2024-03-20", a.published);             // published, as written
  EXPECT_EQ("Floods displace 20,000", a.title);     // type="html" made text
  EXPECT_EQ(DocFormat::kHtml, a.format);
  EXPECT_TRUE(Has(a.body, "<p>Floods displaced 20,000 people in the north, officials said.</p>"));
  EXPECT_FALSE(Has(a.body, "Short summary"));

  const Document& b = sink.docs[1];
  EXPECT_EQ("https://wire.example/plain", b.url);
  EXPECT_EQ("2024-03-19", b.published);  // updated, there being no published
  EXPECT_EQ(DocFormat::kHtml, b.format);
  EXPECT_TRUE(Has(b.body, "<p>An <b>xhtml</b> body.</p>")) << b.body;

  const Document& c = sink.docs[2];
  EXPECT_EQ(DocFormat::kText, c.format);
  EXPECT_EQ("Text only\n\n5 < 6 and nothing here is markup.\n", c.body);
}

TEST(Feed, NamespacePrefixesAreResolved) {
  // Unusual prefixes for the usual namespaces, and the usual prefix bound
  // to something else.
  RecordingSink sink = Read("ns.xml", R"(<rss xmlns:c="http://purl.org/rss/1.0/modules/content/"
      xmlns:content="http://example.com/not-content/" xmlns:d="http://purl.org/dc/elements/1.1/">
    <channel><item><title>Headline</title>
      <content:encoded>not this</content:encoded>
      <c:encoded><![CDATA[<p>this one</p>]]></c:encoded>
      <d:date>2020-05-06</d:date>
    </item></channel></rss>)");
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_TRUE(Has(sink.docs[0].body, "<p>this one</p>"));
  EXPECT_FALSE(Has(sink.docs[0].body, "not this"));
  EXPECT_EQ("2020-05-06", sink.docs[0].published);
}

TEST(Feed, Rss1Rdf) {
  RecordingSink sink = Read("rdf.xml", R"(<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://r.example/"><title>R</title></channel>
  <item rdf:about="https://r.example/1"><title>One</title><link>https://r.example/1</link>
    <description>Gunmen killed two.</description><dc:date>2019-01-02T03:04:05Z</dc:date></item>
</rdf:RDF>)");
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_EQ("https://r.example/1", sink.docs[0].url);
  EXPECT_EQ("2019-01-02", sink.docs[0].published);
  EXPECT_EQ("One\n\nGunmen killed two.\n", sink.docs[0].body);
}

TEST(Feed, DeclaredCharset) {
  std::string utf8 = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><item>"
                     "<title>Взрыв в Москве</title><description>Погибли 5 человек.</description>"
                     "</item></channel></rss>";
  UErrorCode err = U_ZERO_ERROR;
  std::string cp1251(utf8.size() * 2, '\0');
  int32_t n = ucnv_convert("windows-1251", "UTF-8", cp1251.data(), static_cast<int32_t>(cp1251.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  ASSERT_TRUE(U_SUCCESS(err));
  cp1251.resize(static_cast<size_t>(n));
  RecordingSink sink = Read("ru.xml", cp1251);
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_EQ("Взрыв в Москве", sink.docs[0].title);
  EXPECT_EQ("Взрыв в Москве\n\nПогибли 5 человек.\n", sink.docs[0].body);
}

TEST(Feed, MalformedFeedsAreReportedWithTheLine) {
  // Tags that do not nest: the item before the fault is kept.
  RecordingSink sink = Read("bad.xml", "<rss><channel>\n<item><title>Kept</title></item>\n"
                                       "<item><title>Lost</link></item>\n</channel></rss>");
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ("Kept", sink.docs[0].title);
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ("bad.xml", sink.errors[0].input);
  EXPECT_EQ(Status::Code::kCorrupt, sink.errors[0].status.code());
  EXPECT_EQ("malformed feed at line 3: </link> closes <title> (opened at line 3)",
            sink.errors[0].status.message());

  const char* broken[] = {
      "<rss><channel><item><title>x</title><description><![CDATA[never ends",
      "<rss><channel><item><title>x</title></item>",           // unclosed
      "<rss><channel><item><title>x</title></item><!-- open",  // comment
      "<rss><channel><item><title x=\"1>x</title></item></channel></rss>",
      "<rss><channel></channel></rss><rss></rss>",
      "<rss><channel></channel></rss></extra>",
      "<rss><channel><item><title>x</title></item></channel></rss",
  };
  for (const char* xml : broken) {
    RecordingSink s = Read("b.xml", xml);
    ASSERT_FALSE(s.errors.empty()) << xml;
    EXPECT_EQ(Status::Code::kCorrupt, s.errors.back().status.code()) << xml;
    EXPECT_TRUE(StartsWith(s.errors.back().status.message(), "malformed feed"))
        << xml << ": " << s.errors.back().status.message();
  }
}

TEST(Feed, EmptyFeedsItemsAndOtherXml) {
  RecordingSink empty = Read("e.xml", "<rss><channel><title>Nothing</title></channel></rss>");
  ASSERT_EQ(1u, empty.errors.size());
  EXPECT_TRUE(Has(empty.errors[0].status.message(), "no <item>"));

  RecordingSink blank = Read("e.xml", "<rss><channel><item><guid>x</guid></item>"
                                      "<item><title>Has a title</title></item></channel></rss>");
  ASSERT_EQ(1u, blank.docs.size());
  EXPECT_EQ("Has a title\n", blank.docs[0].body);
  ASSERT_EQ(1u, blank.errors.size());
  EXPECT_EQ("e.xml#1", blank.errors[0].input);

  RecordingSink other = Read("s.xml", "<?xml version=\"1.0\"?><urlset><url/></urlset>");
  ASSERT_EQ(1u, other.errors.size());
  EXPECT_EQ(Status::Code::kUnsupported, other.errors[0].status.code());
}

TEST(Feed, DtdEntitiesAreNeverExpanded) {
  std::string lol = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\">"
                    "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                    "<rss><channel><item><title>&b;</title></item></channel></rss>";
  RecordingSink sink = Read("lol.xml", lol);
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_EQ("&b;", sink.docs[0].title);
}

TEST(Feed, NestingAndSizeLimits) {
  std::string deep = "<rss><channel><item><title>t</title><description>";
  for (int i = 0; i < 300; ++i) deep += "<div>";
  RecordingSink sink = Read("deep.xml", deep);
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());

  IngestLimits limits;
  limits.max_page_bytes = 100;
  std::string big = "<rss><channel><item><title>small</title></item><item><title>big</title>"
                    "<description>" + std::string(200, 'x') + "</description></item></channel></rss>";
  RecordingSink s2 = Read("big.xml", big, limits);
  ASSERT_EQ(1u, s2.docs.size());
  ASSERT_EQ(1u, s2.errors.size());
  EXPECT_EQ("big.xml#2", s2.errors[0].input);
  EXPECT_EQ(Status::Code::kLimit, s2.errors[0].status.code());
}

TEST(Feed, TheTitleComesThroughAsTheHeadline) {
  RecordingSink sink = Read("world.xml", kRss);
  ASSERT_EQ(3u, sink.docs.size());
  for (size_t i = 0; i < 2; ++i) {
    std::vector<Article> articles;
    ASSERT_TRUE(ExtractArticles(sink.docs[i], ArticleOptions(), &articles).ok());
    ASSERT_EQ(1u, articles.size()) << sink.docs[i].body;
    EXPECT_EQ(sink.docs[i].title, articles[0].headline);
    ASSERT_FALSE(articles[0].paragraphs.empty()) << sink.docs[i].body;
    EXPECT_TRUE(Has(articles[0].paragraphs[0], i == 0 ? "car bomb killed 14" : "Three soldiers"))
        << articles[0].paragraphs[0];
    EXPECT_EQ(sink.docs[i].published, articles[0].date.substr(0, 10));
  }
}

TEST(Feed, IngestRoutesFeedsToTheReader) {
  RecordingSink sink;
  IngestBytes("world.xml", kRss, IngestLimits(), &sink);
  IngestBytes("wire.atom", kAtom, IngestLimits(), &sink);
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  EXPECT_EQ(6u, sink.docs.size());
}

}  // namespace dateline
