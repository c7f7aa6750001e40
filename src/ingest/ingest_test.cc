// Copyright 2026 The Dateline Authors.

#include "ingest/ingest.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <unicode/ucnv.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace dateline {

namespace fs = std::filesystem;

namespace {

struct Error {
  std::string input;
  Status status;
};

// Records what ingest hands over.
class RecordingSink : public DocumentSink {
 public:
  void OnDocument(Document doc) override { docs.push_back(std::move(doc)); }
  void OnError(std::string_view input, const Status& status) override {
    errors.push_back({std::string(input), status});
  }

  std::vector<std::string> DocNames() const {
    std::vector<std::string> names;
    for (const Document& d : docs) names.push_back(d.name);
    return names;
  }

  std::vector<Document> docs;
  std::vector<Error> errors;
};

std::string Gzip(std::string_view in) {
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, static_cast<uLong>(in.size())) + 32, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(Z_STREAM_END, deflate(&zs, Z_FINISH));
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Encode(const char* charset, std::string_view utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err));
  out.resize(static_cast<size_t>(n));
  return out;
}

const char kTextPage[] =
    "Why Russia may be in the crosshairs of Daesh extremists\n"
    "Short Url\n"
    "Updated 24 March 2024\n"
    "Follow\n\n"
    "LONDON: Just hours after gunmen stormed a popular concert venue on the outskirts of the "
    "Russian capital Moscow on Friday night, killing 115, the extremist group Daesh took to "
    "Telegram to claim responsibility.\n";

const char kHtmlPage[] =
    "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Gunmen storm Moscow concert "
    "hall</title></head><body><article><h1>Gunmen storm Moscow concert hall</h1>"
    "<p>Gunmen opened fire at the Crocus City Hall — 115 killed.</p></article></body></html>\n";

}  // namespace

TEST(IngestBytes, TextPage) {
  RecordingSink sink;
  IngestBytes("seed.txt", kTextPage, IngestLimits(), &sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0].status.ToString();
  ASSERT_EQ(1u, sink.docs.size());
  const Document& d = sink.docs[0];
  EXPECT_EQ("seed.txt", d.name);
  EXPECT_EQ(DocFormat::kText, d.format);
  EXPECT_EQ(kTextPage, d.body);
  EXPECT_EQ("utf-8", d.charset);
  EXPECT_EQ("", d.url);
  EXPECT_EQ("", d.published);
}

TEST(IngestBytes, HtmlPage) {
  RecordingSink sink;
  IngestBytes("page.html", kHtmlPage, IngestLimits(), &sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0].status.ToString();
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ(DocFormat::kHtml, sink.docs[0].format);
  EXPECT_EQ(kHtmlPage, sink.docs[0].body);
}

TEST(IngestBytes, LegacyCharsetHtmlIsConverted) {
  std::string page =
      "<html><head><meta charset=\"windows-1251\"></head><body><p>" +
      Encode("windows-1251", "Взрыв в Москве") + "</p></body></html>";
  RecordingSink sink;
  IngestBytes("ru.html", page, IngestLimits(), &sink);
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_NE(std::string::npos, sink.docs[0].body.find("<p>Взрыв в Москве</p>"));
  EXPECT_EQ("windows-1251", sink.docs[0].charset);
}

TEST(IngestBytes, Utf16HtmlIsRecognisedAfterConversion) {
  RecordingSink sink;
  IngestBytes("utf16.html", "\xFF\xFE" + Encode("UTF-16LE", kHtmlPage), IngestLimits(), &sink);
  ASSERT_TRUE(sink.errors.empty()) << sink.errors[0].status.ToString();
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ(DocFormat::kHtml, sink.docs[0].format);
  EXPECT_EQ(kHtmlPage, sink.docs[0].body);
}

TEST(IngestBytes, JsonLinesGoodAndMalformedRecords) {
  std::string jsonl =
      "{\"id\":\"r1\",\"url\":\"https://example.com/world/2024/03/24/moscow\","
      "\"published\":\"2024-03-24\",\"title\":\"Moscow attack\",\"text\":\"LONDON: ...\"}\n"
      "{\"id\":\"r2\",\"text\":\"unterminated}\n"
      "{\"id\":\"r3\",\"text\":\"Kyiv: second story\"}\r\n"
      "\n"
      "not json at all\n"
      "[\"an\",\"array\"]\n"
      "{\"id\":\"r7\",\"html\":\"<p>third story</p>\"}";  // no final newline
  RecordingSink sink;
  IngestBytes("feed.jsonl", jsonl, IngestLimits(), &sink);

  ASSERT_EQ(3u, sink.docs.size());
  EXPECT_EQ((std::vector<std::string>{"r1", "r3", "r7"}), sink.DocNames());
  EXPECT_EQ("https://example.com/world/2024/03/24/moscow", sink.docs[0].url);
  EXPECT_EQ("2024-03-24", sink.docs[0].published);
  EXPECT_EQ("Moscow attack", sink.docs[0].title);
  EXPECT_EQ("LONDON: ...", sink.docs[0].body);
  EXPECT_EQ(DocFormat::kText, sink.docs[0].format);
  EXPECT_EQ("Kyiv: second story", sink.docs[1].body);
  EXPECT_EQ(DocFormat::kHtml, sink.docs[2].format);
  EXPECT_EQ("<p>third story</p>", sink.docs[2].body);

  ASSERT_EQ(3u, sink.errors.size());
  EXPECT_EQ("feed.jsonl:2", sink.errors[0].input);
  EXPECT_EQ("feed.jsonl:5", sink.errors[1].input);
  EXPECT_EQ("feed.jsonl:6", sink.errors[2].input);
  for (const Error& e : sink.errors) {
    EXPECT_EQ(Status::Code::kCorrupt, e.status.code());
    EXPECT_NE(std::string::npos, e.status.message().find("malformed JSON")) << e.status.ToString();
  }
}

TEST(IngestBytes, JsonLinesRecordWithoutTextOrHtml) {
  std::string jsonl =
      "{\"id\":\"a\",\"title\":\"Only a title\"}\n"
      "{\"id\":\"b\",\"text\":null,\"html\":\"\"}\n"
      "{\"id\":\"c\",\"text\":\"  \\n\\t \"}\n"
      "{\"id\":\"d\",\"text\":\"ok\"}\n";
  RecordingSink sink;
  IngestBytes("x.jsonl", jsonl, IngestLimits(), &sink);
  EXPECT_EQ((std::vector<std::string>{"d"}), sink.DocNames());
  ASSERT_EQ(3u, sink.errors.size());
  EXPECT_EQ("x.jsonl:1", sink.errors[0].input);
  EXPECT_EQ("x.jsonl:2", sink.errors[1].input);
  EXPECT_EQ("x.jsonl:3", sink.errors[2].input);
  EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("neither"));
}

TEST(IngestBytes, JsonLinesPublishedIsNormalised) {
  std::string jsonl =
      "{\"id\":\"iso\",\"published\":\"2024-03-24T18:05:00Z\",\"text\":\"a\"}\n"
      "{\"id\":\"rfc\",\"published\":\"Sun, 24 Mar 2024 10:00:00 GMT\",\"text\":\"b\"}\n"
      "{\"id\":\"us\",\"published\":\"March 24, 2024\",\"text\":\"c\"}\n"
      "{\"id\":\"num\",\"published\":20240324,\"text\":\"d\"}\n"
      "{\"id\":\"bad\",\"published\":\"yesterday\",\"text\":\"e\"}\n"
      "{\"id\":\"feb30\",\"published\":\"2024-02-30\",\"text\":\"f\"}\n";
  RecordingSink sink;
  IngestBytes("dates.jsonl", jsonl, IngestLimits(), &sink);
  ASSERT_EQ(4u, sink.docs.size());
  for (const Document& d : sink.docs) EXPECT_EQ("2024-03-24", d.published) << d.name;
  ASSERT_EQ(2u, sink.errors.size());
  EXPECT_EQ("dates.jsonl:5", sink.errors[0].input);
  EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("yesterday"));
  EXPECT_EQ("dates.jsonl:6", sink.errors[1].input);
}

TEST(IngestBytes, JsonLinesIdsAndNames) {
  std::string jsonl =
      "{\"id\":1234567890123,\"text\":\"numeric id\"}\n"
      "{\"text\":\"no id\"}\n"
      "{\"id\":\"\",\"text\":\"empty id\"}\n";
  RecordingSink sink;
  IngestBytes("ids.jsonl", jsonl, IngestLimits(), &sink);
  EXPECT_TRUE(sink.errors.empty());
  EXPECT_EQ((std::vector<std::string>{"1234567890123", "ids.jsonl:2", "ids.jsonl:3"}),
            sink.DocNames());
}

TEST(IngestBytes, JsonLinesEscapesAreDecodedAndNulsDropped) {
  std::string jsonl =
      "{\"id\":\"e\",\"text\":\"\\u201cIS-K\\u201d said \\\"no\\\"\\nKyiv\\u0000 \\ud83d\\udcf7\"}\n";
  RecordingSink sink;
  IngestBytes("esc.jsonl", jsonl, IngestLimits(), &sink);
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ("“IS-K” said \"no\"\nKyiv 📷", sink.docs[0].body);
  EXPECT_EQ(std::string::npos, sink.docs[0].body.find('\0'));
}

TEST(IngestBytes, JsonLinesTextLosesInlineEmphasisTagsOnly) {
  std::string jsonl =
      "{\"id\":\"e\",\"text\":\"Ten people were <b>killed</b> and <I>dozens</I> hurt; a < b <x>.\"}\n";
  RecordingSink sink;
  IngestBytes("tags.jsonl", jsonl, IngestLimits(), &sink);
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ("Ten people were killed and dozens hurt; a < b <x>.", sink.docs[0].body);
}

TEST(IngestBytes, JsonLinesWithByteOrderMark) {
  RecordingSink sink;
  IngestBytes("bom.jsonl", "\xEF\xBB\xBF{\"id\":\"x\",\"text\":\"t\"}\n", IngestLimits(), &sink);
  EXPECT_TRUE(sink.errors.empty());
  EXPECT_EQ((std::vector<std::string>{"x"}), sink.DocNames());
}

TEST(IngestBytes, JsonLinesRecordOverThePageLimit) {
  IngestLimits limits;
  limits.max_page_bytes = 100;
  std::string jsonl = "{\"id\":\"small\",\"text\":\"fits\"}\n{\"id\":\"big\",\"text\":\"" +
                      std::string(200, 'x') + "\"}\n";
  RecordingSink sink;
  IngestBytes("big.jsonl", jsonl, limits, &sink);
  EXPECT_EQ((std::vector<std::string>{"small"}), sink.DocNames());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ("big.jsonl:2", sink.errors[0].input);
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());
}

TEST(IngestBytes, GzipWrappedJsonLines) {
  std::string jsonl =
      "{\"id\":\"g1\",\"text\":\"first\"}\n"
      "{\"id\":\"g2\",\"text\":\"second\"}\n";
  RecordingSink sink;
  IngestBytes("feed.jsonl.gz", Gzip(jsonl), IngestLimits(), &sink);
  EXPECT_TRUE(sink.errors.empty());
  EXPECT_EQ((std::vector<std::string>{"g1", "g2"}), sink.DocNames());

  // Two layers are unwrapped; a third is refused.
  RecordingSink twice;
  IngestBytes("twice.gz", Gzip(Gzip(jsonl)), IngestLimits(), &twice);
  EXPECT_EQ(2u, twice.docs.size());
  RecordingSink thrice;
  IngestBytes("thrice.gz", Gzip(Gzip(Gzip(jsonl))), IngestLimits(), &thrice);
  EXPECT_TRUE(thrice.docs.empty());
  ASSERT_EQ(1u, thrice.errors.size());
  EXPECT_EQ("thrice.gz", thrice.errors[0].input);
  EXPECT_EQ(Status::Code::kUnsupported, thrice.errors[0].status.code());
}

TEST(IngestBytes, GzipWrappedPage) {
  RecordingSink sink;
  IngestBytes("page.html.gz", Gzip(kHtmlPage), IngestLimits(), &sink);
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ("page.html.gz", sink.docs[0].name);
  EXPECT_EQ(DocFormat::kHtml, sink.docs[0].format);
  EXPECT_EQ(kHtmlPage, sink.docs[0].body);
}

TEST(IngestBytes, TruncatedGzipIsOneError) {
  std::string gz = Gzip(kTextPage);
  RecordingSink sink;
  IngestBytes("cut.gz", gz.substr(0, gz.size() / 2), IngestLimits(), &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ("cut.gz", sink.errors[0].input);
  EXPECT_EQ(Status::Code::kCorrupt, sink.errors[0].status.code());
}

TEST(IngestBytes, GzipBombIsStoppedAtTheFileLimit) {
  IngestLimits limits;
  limits.max_file_bytes = 1 << 20;
  RecordingSink sink;
  IngestBytes("bomb.gz", Gzip(std::string(8 << 20, ' ')), limits, &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());
}

TEST(IngestBytes, EmptyInput) {
  for (const char* bytes : {"", "   \n\n\t", "\xEF\xBB\xBF"}) {
    RecordingSink sink;
    IngestBytes("empty.txt", bytes, IngestLimits(), &sink);
    EXPECT_TRUE(sink.docs.empty());
    ASSERT_EQ(1u, sink.errors.size());
    EXPECT_EQ("empty.txt", sink.errors[0].input);
    EXPECT_EQ(Status::Code::kCorrupt, sink.errors[0].status.code());
    EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("empty"));
  }
}

TEST(IngestBytes, BinaryJunk) {
  std::string junk;
  uint32_t x = 2463534242u;
  for (int i = 0; i < 5000; ++i) {
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    junk.push_back(static_cast<char>(x & 0xFF));
  }
  junk[7] = '\0';
  junk[0] = 'P';  // not a gzip magic
  RecordingSink sink;
  IngestBytes("photo.jpg", junk, IngestLimits(), &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ("photo.jpg", sink.errors[0].input);
  EXPECT_EQ(Status::Code::kUnsupported, sink.errors[0].status.code());
  EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("binary"));
}

TEST(IngestBytes, InvalidUtf8TextIsOneError) {
  RecordingSink sink;
  IngestBytes("mixed.txt", "S\xC3\xA3o Paulo \xE2\x80\x94 caf\xE9 attack\n", IngestLimits(), &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ(Status::Code::kCorrupt, sink.errors[0].status.code());
  EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("byte 18"))
      << sink.errors[0].status.ToString();
}

TEST(IngestBytes, WarcAndFeedsGoToTheirReaders) {
  // Damaged (no Content-Length) and empty (no items): one error each, from
  // the WARC and feed readers (warc_test.cc and feed_test.cc test them).
  RecordingSink sink;
  IngestBytes("crawl.warc", "WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n", IngestLimits(), &sink);
  IngestBytes("feed.xml", "<?xml version=\"1.0\"?><rss><channel></channel></rss>", IngestLimits(),
              &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(2u, sink.errors.size());
  EXPECT_EQ("crawl.warc#0", sink.errors[0].input);
  EXPECT_EQ(Status::Code::kCorrupt, sink.errors[0].status.code());
  EXPECT_EQ("feed.xml", sink.errors[1].input);
  EXPECT_EQ(Status::Code::kCorrupt, sink.errors[1].status.code());
}

TEST(IngestBytes, PageOverTheLimit) {
  IngestLimits limits;
  limits.max_page_bytes = 1024;
  std::string page;
  while (page.size() <= 1024) page += kTextPage;
  RecordingSink sink;
  IngestBytes("long.txt", page, limits, &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ("long.txt", sink.errors[0].input);
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());
  EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("page limit"));

  // Exactly at the limit is fine.
  RecordingSink at;
  IngestBytes("at.txt", page.substr(0, 1024), limits, &at);
  EXPECT_EQ(1u, at.docs.size());
}

TEST(IngestBytes, PageLimitAppliesAfterCharsetConversion) {
  // 600 bytes of windows-1251 become 1,100+ bytes of UTF-8.
  IngestLimits limits;
  limits.max_page_bytes = 1000;
  std::string cyrillic;
  while (cyrillic.size() < 1100) cyrillic += "Москва ";
  std::string page = "<html><head><meta charset=\"windows-1251\"></head><body><p>" +
         Encode("windows-1251", cyrillic) + "</p></body></html>";
  ASSERT_LT(page.size(), 1000u);
  RecordingSink sink;
  IngestBytes("ru.html", page, limits, &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());
}

// ---------------------------------------------------------------------------
// IngestPaths over real files.

class IngestPathsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = fs::temp_directory_path() /
            ("dateline_ingest_" + std::to_string(::getpid()) + "_" + info->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override { fs::remove_all(root_); }

  std::string Write(const std::string& rel, std::string_view bytes) {
    fs::path p = root_ / rel;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    return p.string();
  }

  std::string Path(const std::string& rel) const { return (root_ / rel).string(); }

  fs::path root_;
};

TEST_F(IngestPathsTest, DirectoryTreeIsWalkedSortedAndRecursively) {
  Write("z.txt", kTextPage);
  Write("b.txt", kTextPage);
  Write("a.html", kHtmlPage);
  Write("sub/c.txt", kTextPage);
  Write("sub/deeper/d.jsonl", "{\"id\":\"d1\",\"text\":\"x\"}\n{\"id\":\"d2\",\"text\":\"y\"}\n");
  Write("sub/b2.txt.gz", Gzip(kTextPage));
  Write(".hidden.txt", kTextPage);
  Write(".git/config.txt", kTextPage);
  Write("sub/.cache/e.txt", kTextPage);
  fs::create_directories(root_ / "empty");

  RecordingSink sink;
  ASSERT_TRUE(IngestPaths({root_.string()}, IngestLimits(), &sink).ok());
  EXPECT_TRUE(sink.errors.empty()) << sink.errors[0].input << ": "
                                   << sink.errors[0].status.ToString();
  EXPECT_EQ((std::vector<std::string>{Path("a.html"), Path("b.txt"), Path("sub/b2.txt.gz"),
                                      Path("sub/c.txt"), "d1", "d2", Path("z.txt")}),
            sink.DocNames());
}

TEST_F(IngestPathsTest, FilesAreTakenInTheOrderGiven) {
  std::string b = Write("b.txt", kTextPage);
  std::string a = Write("a.txt", kTextPage);
  RecordingSink sink;
  ASSERT_TRUE(IngestPaths({b, a}, IngestLimits(), &sink).ok());
  EXPECT_EQ((std::vector<std::string>{b, a}), sink.DocNames());
}

TEST_F(IngestPathsTest, MissingPathIsNotFoundAndTheRestGoOn) {
  std::string good = Write("good.txt", kTextPage);
  std::string missing = Path("no-such-file.txt");
  RecordingSink sink;
  ASSERT_TRUE(IngestPaths({missing, good}, IngestLimits(), &sink).ok());
  EXPECT_EQ((std::vector<std::string>{good}), sink.DocNames());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ(missing, sink.errors[0].input);
  EXPECT_EQ(Status::Code::kNotFound, sink.errors[0].status.code());
}

TEST_F(IngestPathsTest, EachBadFileGivesOneErrorNamingIt) {
  std::string empty = Write("empty.txt", "");
  std::string bin = Write("blob.bin", std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16));
  std::string good = Write("good.txt", kTextPage);
  RecordingSink sink;
  ASSERT_TRUE(IngestPaths({root_.string()}, IngestLimits(), &sink).ok());
  EXPECT_EQ((std::vector<std::string>{good}), sink.DocNames());
  ASSERT_EQ(2u, sink.errors.size());
  EXPECT_EQ(bin, sink.errors[0].input);
  EXPECT_EQ(empty, sink.errors[1].input);
}

TEST_F(IngestPathsTest, FileOverTheFileLimit) {
  IngestLimits limits;
  limits.max_file_bytes = 100;
  std::string big = Write("big.txt", std::string(101, 'x'));
  RecordingSink sink;
  ASSERT_TRUE(IngestPaths({big}, limits, &sink).ok());
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ(big, sink.errors[0].input);
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());
}

TEST_F(IngestPathsTest, DirectoryDepthLimit) {
  Write("a/b/c/deep.txt", kTextPage);
  Write("a/shallow.txt", kTextPage);
  IngestLimits limits;
  limits.max_dir_depth = 2;
  RecordingSink sink;
  ASSERT_TRUE(IngestPaths({root_.string()}, limits, &sink).ok());
  EXPECT_EQ((std::vector<std::string>{Path("a/shallow.txt")}), sink.DocNames());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ(Path("a/b/c"), sink.errors[0].input);
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());
}

TEST(IngestPaths, NoPathsIsInvalidArgument) {
  RecordingSink sink;
  EXPECT_EQ(Status::Code::kInvalidArgument, IngestPaths({}, IngestLimits(), &sink).code());
}

}  // namespace dateline
