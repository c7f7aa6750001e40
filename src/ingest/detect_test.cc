// Copyright 2026 The Dateline Authors.

#include "ingest/detect.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline {

namespace {

const char kTextPage[] =
    "Why Russia may be in the crosshairs of Daesh extremists\n"
    "Short Url\n"
    "Updated 24 March 2024\n"
    "LONDON: Just hours after gunmen stormed a popular concert venue on the\n"
    "outskirts of Moscow on Friday night, killing 115, the extremist group\n"
    "claimed responsibility.\n";

const char kHtmlPage[] =
    "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
    "<title>Gunmen storm concert hall</title></head>\n"
    "<body><article><h1>Gunmen storm concert hall</h1><p>MOSCOW (Reuters) - ...</p>"
    "</article></body></html>\n";

}  // namespace

TEST(Detect, EmptyAndBlank) {
  EXPECT_EQ(InputKind::kEmpty, DetectInputKind(""));
  EXPECT_EQ(InputKind::kEmpty, DetectInputKind(" \r\n\t\n"));
  EXPECT_EQ(InputKind::kEmpty, DetectInputKind("\xEF\xBB\xBF"));          // BOM only
  EXPECT_EQ(InputKind::kEmpty, DetectInputKind("\xEF\xBB\xBF\xC2\xA0\n"));  // BOM + NBSP
}

TEST(Detect, BlankHeadThenTextIsNotEmpty) {
  std::string s(10000, '\n');
  s += "LONDON: a story far down the file.\n";
  EXPECT_EQ(InputKind::kText, DetectInputKind(s));
}

TEST(Detect, Gzip) {
  EXPECT_EQ(InputKind::kGzip, DetectInputKind(std::string("\x1F\x8B\x08\0\0\0\0\0\0\x03", 10)));
}

TEST(Detect, Utf16ByteOrderMarksAreLeftToTheCharsetStage) {
  // "<html>" in UTF-16LE and BE: the bytes hold NULs, yet it is text.
  EXPECT_EQ(InputKind::kText, DetectInputKind(std::string("\xFF\xFE<\0h\0t\0m\0l\0>\0", 14)));
  EXPECT_EQ(InputKind::kText, DetectInputKind(std::string("\xFE\xFF\0<\0h\0t\0m\0l\0>", 14)));
}

TEST(Detect, Warc) {
  EXPECT_EQ(InputKind::kWarc,
            DetectInputKind("WARC/1.0\r\nWARC-Type: warcinfo\r\nContent-Length: 0\r\n\r\n"));
  EXPECT_EQ(InputKind::kWarc, DetectInputKind("WARC/1.1\r\nWARC-Type: response\r\n"));
}

TEST(Detect, Feeds) {
  EXPECT_EQ(InputKind::kFeed,
            DetectInputKind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\">"
                            "<channel><title>World news</title></channel></rss>"));
  EXPECT_EQ(InputKind::kFeed,
            DetectInputKind("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>"));
  EXPECT_EQ(InputKind::kFeed,
            DetectInputKind("<?xml version=\"1.0\"?>\n<rdf:RDF xmlns:rdf=\"...\"></rdf:RDF>"));
  // XHTML with an XML declaration is a page, not a feed.
  EXPECT_EQ(InputKind::kHtml,
            DetectInputKind("<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                            "<head><title>t</title></head><body><p>x</p></body></html>"));
}

TEST(Detect, JsonLines) {
  EXPECT_EQ(InputKind::kJsonl,
            DetectInputKind("{\"id\":\"a1\",\"published\":\"2024-03-24\",\"text\":\"LONDON: ...\"}\n"
                            "{\"id\":\"a2\",\"text\":\"...\"}\n"));
  EXPECT_EQ(InputKind::kJsonl, DetectInputKind("\xEF\xBB\xBF{\"id\":1}\n"));
  EXPECT_EQ(InputKind::kJsonl, DetectInputKind("\n\n  {\"id\":1}\n"));
}

TEST(Detect, Html) {
  EXPECT_EQ(InputKind::kHtml, DetectInputKind(kHtmlPage));
  EXPECT_EQ(InputKind::kHtml, DetectInputKind("\n  <html><body>hi</body></html>"));
  EXPECT_EQ(InputKind::kHtml, DetectInputKind("<DIV class=\"story\"><P>Text</P></DIV>"));
  EXPECT_EQ(InputKind::kHtml, DetectInputKind("<!doctype html><title>x</title>"));
  // A fragment that does not start with a tag but is full of them.
  EXPECT_EQ(InputKind::kHtml,
            DetectInputKind("Breaking: <div><p>Gunmen stormed</p><span>Moscow</span></div>"));
  // A BOM before the markup.
  EXPECT_EQ(InputKind::kHtml, DetectInputKind(std::string("\xEF\xBB\xBF") + kHtmlPage));
}

TEST(Detect, PlainText) {
  EXPECT_EQ(InputKind::kText, DetectInputKind(kTextPage));
  // A text that mentions a tag or two is still text.
  EXPECT_EQ(InputKind::kText,
            DetectInputKind("Use the <title> element for the headline; a <div> is a box.\n"));
  EXPECT_EQ(InputKind::kText, DetectInputKind("<3 from Kyiv\n"));
  // Form feeds and an escape or two (old wire copy) are not binary.
  EXPECT_EQ(InputKind::kText, DetectInputKind("PAGE 1\fLONDON (AP) \x1B[1mBULLETIN\x1B[0m\n"));
  // Legacy-charset text is still text.
  EXPECT_EQ(InputKind::kText, DetectInputKind("Caf\xE9 in S\xE3o Paulo\n"));
}

TEST(Detect, Binary) {
  EXPECT_EQ(InputKind::kBinary, DetectInputKind(std::string("abc\0def", 7)));
  EXPECT_EQ(InputKind::kBinary, DetectInputKind("\x89PNG\r\n\x1A\n\x01\x02\x03\x04\x05\x06"));
  std::string ctl;
  for (int i = 0; i < 200; ++i) ctl += (i % 4 == 0) ? '\x01' : 'a';
  EXPECT_EQ(InputKind::kBinary, DetectInputKind(ctl));
  // NUL past the sniffed head does not make a page binary.
  std::string late(kTextPage);
  late.append(5000, 'x');
  late.push_back('\0');
  EXPECT_EQ(InputKind::kText, DetectInputKind(late));
}

TEST(Detect, KindNames) {
  EXPECT_STREQ("JSON Lines", InputKindName(InputKind::kJsonl));
  EXPECT_STREQ("binary", InputKindName(InputKind::kBinary));
  EXPECT_STREQ("gzip", InputKindName(InputKind::kGzip));
}

}  // namespace dateline
