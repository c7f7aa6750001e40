// Copyright 2026 The Dateline Authors.

#include "queue/doc_message.h"

#include <gtest/gtest.h>

namespace dateline {
namespace {

TEST(DocMessageTest, RoundTrips) {
  Document d;
  d.name = "feeds/wire.jsonl#17";
  d.format = DocFormat::kHtml;
  d.url = "https://example.org/news/1";
  d.published = "2025-06-12";
  d.title = "Bomb kills 9 outside Kabul ministry";
  d.charset = "windows-1252";
  d.body = "<p>KABUL: A suicide bomber killed \xE2\x80\x9C" "at least nine\xE2\x80\x9D people.</p>\n";
  Document back;
  ASSERT_TRUE(DecodeDocument(EncodeDocument(d), &back).ok());
  EXPECT_EQ(back.name, d.name);
  EXPECT_EQ(back.format, DocFormat::kHtml);
  EXPECT_EQ(back.url, d.url);
  EXPECT_EQ(back.published, d.published);
  EXPECT_EQ(back.title, d.title);
  EXPECT_EQ(back.charset, d.charset);
  EXPECT_EQ(back.body, d.body);
}

TEST(DocMessageTest, RefusesWhatIsNotADocument) {
  Document d;
  d.name = "unchanged";
  struct Case {
    std::string msg;
    const char* says;
  };
  const Case kCases[] = {
      {"", "document message"},
      {"[1,2]", "document message"},
      {"{\"name\": \"x\"}", "no body"},
      {"{\"body\": \"text\"}", "no name"},
      {"{\"name\": \"x\", \"body\": 5}", "body: not a string"},
      {"{\"name\": \"x\", \"body\": \"t\", \"format\": \"pdf\"}", "neither text nor html"},
      {"{\"name\": \"x\", \"body\": \"a\\u0000b\"}", "NUL"},
      {"{\"name\": \"x\", \"body\": \"\xff\xfe\"}", "document message"},
      {std::string(kMaxDocMessageBytes + 1, ' '), "over"},
  };
  for (const Case& c : kCases) {
    Status st = DecodeDocument(c.msg, &d);
    EXPECT_FALSE(st.ok()) << c.msg.substr(0, 40);
    EXPECT_NE(st.message().find(c.says), std::string::npos) << st.ToString();
    EXPECT_EQ(d.name, "unchanged");
  }
}

}  // namespace
}  // namespace dateline
