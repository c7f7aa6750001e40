// Copyright 2026 The Dateline Authors.

#include "ingest/warc.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "ingest/detect.h"

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

// Hands out at most `step` bytes a read.
class TrickleSource : public ByteSource {
 public:
  TrickleSource(std::string_view data, size_t step) : data_(data), step_(step) {}
  Status Read(char* buf, size_t n, size_t* got) override {
    *got = std::min({n, step_, data_.size() - pos_});
    std::copy_n(data_.data() + pos_, *got, buf);
    pos_ += *got;
    return Status::OK();
  }

 private:
  std::string_view data_;
  size_t step_;
  size_t pos_ = 0;
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

// One WARC record: header fields (besides WARC-Type and Content-Length),
// then the block.
std::string Record(std::string_view type, std::string_view id, std::string_view extra,
                   std::string_view block) {
  std::string r = "WARC/1.0\r\nWARC-Type: " + std::string(type) + "\r\n";
  if (!id.empty()) r += "WARC-Record-ID: <" + std::string(id) + ">\r\n";
  r += std::string(extra);
  r += "Content-Length: " + std::to_string(block.size()) + "\r\n\r\n";
  r += std::string(block);
  r += "\r\n\r\n";
  return r;
}

std::string Http(std::string_view headers, std::string_view body, std::string_view status = "200 OK") {
  return "HTTP/1.1 " + std::string(status) + "\r\n" + std::string(headers) + "\r\n" +
         std::string(body);
}

std::string Response(std::string_view id, std::string_view uri, std::string_view http) {
  return Record("response", id,
                "WARC-Target-URI: " + std::string(uri) +
                    "\r\nWARC-Date: 2024-03-23T08:15:00Z\r\n"
                    "Content-Type: application/http; msgtype=response\r\n",
                http);
}

const char kWarcinfo[] = "software: test\r\nformat: WARC File Format 1.0\r\n";

const char kPage[] =
    "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Blast kills 12 in Kabul</title>"
    "</head><body><article><h1>Blast kills 12 in Kabul</h1><p>KABUL: A suicide bomber killed 12 "
    "people at a market in Kabul on Friday, officials said.</p></article></body></html>";

std::string Chunked(std::string_view body, size_t chunk) {
  std::string out;
  for (size_t i = 0; i < body.size(); i += chunk) {
    std::string_view c = body.substr(i, chunk);
    char hex[32];
    std::snprintf(hex, sizeof hex, "%zx", c.size());
    out += std::string(hex) + ";ext=1\r\n" + std::string(c) + "\r\n";
  }
  return out + "0\r\nX-Trailer: y\r\n\r\n";
}

// A small archive: warcinfo, request, response, metadata.
std::string Archive() {
  return Record("warcinfo", "urn:uuid:info", "Content-Type: application/warc-fields\r\n", kWarcinfo) +
         Record("request", "urn:uuid:req", "WARC-Target-URI: https://news.example/kabul\r\n",
                "GET /kabul HTTP/1.1\r\nHost: news.example\r\n\r\n") +
         Response("urn:uuid:resp-1", "https://news.example/kabul",
                  Http("Content-Type: text/html; charset=utf-8\r\n", kPage)) +
         Record("metadata", "urn:uuid:meta", "", "outlink: https://news.example/\r\n");
}

void Read(std::string_view name, std::string_view bytes, bool gz, RecordingSink* sink,
          const IngestLimits& limits = IngestLimits(), size_t step = 0) {
  if (step == 0) {
    MemorySource src(bytes);
    ReadWarc(name, &src, gz, limits, sink);
  } else {
    TrickleSource src(bytes, step);
    ReadWarc(name, &src, gz, limits, sink);
  }
}

}  // namespace

TEST(Warc, Sniff) {
  EXPECT_EQ(WarcSniff::kPlain, SniffWarc(Archive()));
  EXPECT_EQ(WarcSniff::kGzip, SniffWarc(Gzip(Archive())));
  EXPECT_EQ(WarcSniff::kNone, SniffWarc(Gzip("<html><p>x</p></html>")));
  EXPECT_EQ(WarcSniff::kNone, SniffWarc("<html><p>x</p></html>"));
  // A gzip body in the first record does not make the archive binary.
  std::string binary_first =
      Response("urn:uuid:x", "https://a.example/",
               Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", Gzip(kPage)));
  EXPECT_EQ(WarcSniff::kPlain, SniffWarc(binary_first));
}

TEST(Warc, ResponseRecordsBecomeDocumentsOthersAreSkipped) {
  for (size_t step : {size_t{0}, size_t{1}, size_t{13}}) {
    RecordingSink sink;
    Read("crawl.warc", Archive(), false, &sink, IngestLimits(), step);
    EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
    ASSERT_EQ(1u, sink.docs.size()) << "step " << step;
    const Document& d = sink.docs[0];
    EXPECT_EQ("crawl.warc#urn:uuid:resp-1", d.name);
    EXPECT_EQ("https://news.example/kabul", d.url);
    EXPECT_EQ("2024-03-23", d.published);
    EXPECT_EQ(DocFormat::kHtml, d.format);
    EXPECT_EQ(kPage, d.body);
    EXPECT_EQ("utf-8", d.charset);
  }
}

TEST(Warc, WarcOneOneAndLfOnlyHeaders) {
  std::string body = kPage;
  std::string rec = "WARC/1.1\nWARC-Type: resource\nWARC-Target-URI: <https://a.example/x>\n"
                    "Content-Type: text/html\nWARC-Date: 2023-01-02T00:00:00Z\n"
                    "Content-Length: " + std::to_string(body.size()) + "\n\n" + body + "\n\n";
  RecordingSink sink;
  Read("a.warc", rec, false, &sink);
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ("a.warc#0", sink.docs[0].name);  // no record id: the offset
  EXPECT_EQ("https://a.example/x", sink.docs[0].url);
  EXPECT_EQ("2023-01-02", sink.docs[0].published);
}

TEST(Warc, LastModifiedIsThePublishedDay) {
  RecordingSink sink;
  Read("c.warc",
       Response("urn:uuid:1", "https://a.example/",
                Http("Content-Type: text/html\r\nLast-Modified: Fri, 22 Mar 2024 19:02:11 GMT\r\n",
                     kPage)),
       false, &sink);
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_EQ("2024-03-22", sink.docs[0].published);
}

TEST(Warc, ChunkedAndGzipEncodedBodies) {
  std::string page = kPage;
  std::string archive =
      Response("urn:uuid:chunked", "https://a.example/1",
               Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", Chunked(page, 40))) +
      Response("urn:uuid:gzip", "https://a.example/2",
               Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", Gzip(page))) +
      Response("urn:uuid:both", "https://a.example/3",
               Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                    "Content-Encoding: gzip\r\n",
                    Chunked(Gzip(page), 17))) +
      // Stored decoded, headers left as sent (as Common Crawl's older files do).
      Response("urn:uuid:decoded", "https://a.example/4",
               Http("Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
                    "Content-Encoding: gzip\r\n",
                    page));
  RecordingSink sink;
  Read("enc.warc", archive, false, &sink);
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  ASSERT_EQ(4u, sink.docs.size());
  for (const Document& d : sink.docs) EXPECT_EQ(page, d.body) << d.name;
}

TEST(Warc, Latin1PageWithTheCharsetInTheHttpHeader) {
  // The page's own <meta> is wrong; the HTTP header is right and wins.
  std::string page = "<html><head><meta charset=\"utf-8\"><title>Caf\xE9</title></head><body>"
                     "<p>Explosion au caf\xE9 \x93Le Centre\x94: 3 morts \xE0 Lyon.</p></body></html>";
  RecordingSink sink;
  Read("fr.warc",
       Response("urn:uuid:fr", "https://fr.example/",
                Http("Content-Type: text/html; charset=ISO-8859-1\r\n", page)),
       false, &sink);
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_NE(std::string::npos, sink.docs[0].body.find("Explosion au café “Le Centre”: 3 morts à Lyon."))
      << sink.docs[0].body;
  EXPECT_EQ("windows-1252", sink.docs[0].charset);

  // Without a charset in the header, the page's declaration is used.
  std::string declared = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf\xE9</p></body></html>";
  RecordingSink sink2;
  Read("fr2.warc",
       Response("urn:uuid:fr2", "https://fr.example/2", Http("Content-Type: text/html\r\n", declared)),
       false, &sink2);
  ASSERT_EQ(1u, sink2.docs.size()) << sink2.Errors();
  EXPECT_NE(std::string::npos, sink2.docs[0].body.find("<p>café</p>"));
}

TEST(Warc, WhatIsNotAPageIsSkippedQuietly) {
  std::string archive =
      Response("urn:uuid:png", "https://a.example/x.png",
               Http("Content-Type: image/png\r\n", std::string("\x89PNG\r\n\x1a\n\0\0", 10))) +
      Response("urn:uuid:404", "https://a.example/gone", Http("Content-Type: text/html\r\n", kPage,
                                                              "404 Not Found")) +
      Response("urn:uuid:301", "https://a.example/old",
               Http("Location: /new\r\nContent-Type: text/html\r\n", "<a href=/new>moved</a>",
                    "301 Moved Permanently")) +
      Response("urn:uuid:js", "https://a.example/app.js",
               Http("Content-Type: application/javascript\r\n", "var x = 1;")) +
      Response("urn:uuid:empty", "https://a.example/empty", Http("Content-Type: text/html\r\n", "")) +
      Record("revisit", "urn:uuid:rev", "WARC-Target-URI: https://a.example/\r\n",
             "HTTP/1.1 200 OK\r\n\r\n") +
      Record("response", "urn:uuid:dns", "Content-Type: text/dns\r\n", "a.example. 300 IN A 1.2.3.4") +
      // Untyped, but HTML by its content: sniffed.
      Response("urn:uuid:sniffed", "https://a.example/s", Http("Server: x\r\n", kPage));
  RecordingSink sink;
  Read("mixed.warc", archive, false, &sink);
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  ASSERT_EQ(1u, sink.docs.size());
  EXPECT_EQ("mixed.warc#urn:uuid:sniffed", sink.docs[0].name);
}

TEST(Warc, TruncatedLastRecord) {
  std::string good = Archive();
  std::string last = Response("urn:uuid:cut", "https://a.example/cut",
                              Http("Content-Type: text/html\r\n", kPage));
  std::string archive = good + last.substr(0, last.size() - 60);
  for (size_t step : {size_t{0}, size_t{5}}) {
    RecordingSink sink;
    Read("t.warc", archive, false, &sink, IngestLimits(), step);
    ASSERT_EQ(1u, sink.docs.size());
    ASSERT_EQ(1u, sink.errors.size()) << sink.Errors();
    EXPECT_EQ("t.warc#" + std::to_string(good.size()), sink.errors[0].input);
    EXPECT_EQ(Status::Code::kCorrupt, sink.errors[0].status.code());
    EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("truncated"))
        << sink.Errors();
  }
  // Cut inside the header.
  RecordingSink sink;
  Read("h.warc", good + "WARC/1.0\r\nWARC-Type: resp", false, &sink);
  EXPECT_EQ(1u, sink.docs.size());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ("h.warc#" + std::to_string(good.size()), sink.errors[0].input);
}

TEST(Warc, WrongContentLengthCostsOnlyItsRecord) {
  std::string first = Response("urn:uuid:a", "https://a.example/a", Http("Content-Type: text/html\r\n", kPage));
  std::string bad = Response("urn:uuid:b", "https://a.example/b", Http("Content-Type: text/html\r\n", kPage));
  std::string third = Response("urn:uuid:c", "https://a.example/c", Http("Content-Type: text/html\r\n", kPage));
  for (long delta : {+300L, -25L}) {
    std::string len = "Content-Length: " + std::to_string(bad.size());
    std::string b = bad;
    size_t at = b.find("Content-Length: ");
    size_t eol = b.find("\r\n", at);
    size_t n = std::stoul(b.substr(at + 16, eol - at - 16));
    b.replace(at, eol - at, "Content-Length: " + std::to_string(static_cast<long>(n) + delta));
    RecordingSink sink;
    Read("len.warc", first + b + third, false, &sink);
    ASSERT_EQ(2u, sink.docs.size()) << "delta " << delta << "\n" << sink.Errors();
    EXPECT_EQ("len.warc#urn:uuid:a", sink.docs[0].name);
    EXPECT_EQ("len.warc#urn:uuid:c", sink.docs[1].name);
    ASSERT_GE(sink.errors.size(), 1u);
    EXPECT_EQ("len.warc#" + std::to_string(first.size()), sink.errors[0].input) << sink.Errors();
  }
}

TEST(Warc, DamagedHeadersAndGarbageBetweenRecords) {
  std::string a = Response("urn:uuid:a", "https://a.example/a", Http("Content-Type: text/html\r\n", kPage));
  std::string no_length = "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:x>\r\n\r\n"
                          "HTTP/1.1 200 OK\r\n\r\n<p>lost</p>\r\n\r\n";
  std::string junk = "garbage line\r\nmore \x01\x02 junk\r\n";
  std::string c = Response("urn:uuid:c", "https://a.example/c", Http("Content-Type: text/html\r\n", kPage));
  RecordingSink sink;
  Read("d.warc", a + no_length + junk + c, false, &sink);
  ASSERT_EQ(2u, sink.docs.size()) << sink.Errors();
  EXPECT_EQ("d.warc#urn:uuid:c", sink.docs[1].name);
  ASSERT_EQ(1u, sink.errors.size()) << sink.Errors();
  EXPECT_EQ("d.warc#" + std::to_string(a.size()), sink.errors[0].input);
  EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("Content-Length"));
}

TEST(Warc, GzipMemberPerRecordWithACorruptMemberInTheMiddle) {
  std::vector<std::string> records = {
      Record("warcinfo", "urn:uuid:info", "", kWarcinfo),
      Response("urn:uuid:1", "https://a.example/1", Http("Content-Type: text/html\r\n", kPage)),
      Response("urn:uuid:2", "https://a.example/2", Http("Content-Type: text/html\r\n", kPage)),
      Response("urn:uuid:3", "https://a.example/3", Http("Content-Type: text/html\r\n", kPage)),
  };
  std::vector<std::string> members;
  for (const std::string& r : records) members.push_back(Gzip(r));
  std::string whole;
  for (const std::string& m : members) whole += m;
  {
    RecordingSink sink;
    Read("cc.warc.gz", whole, true, &sink);
    EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
    ASSERT_EQ(3u, sink.docs.size());
  }
  std::string broken = members[2];
  for (size_t i = 12; i < broken.size() - 8; i += 3) broken[i] = static_cast<char>(broken[i] ^ 0x33);
  std::string archive = members[0] + members[1] + broken + members[3];
  uint64_t broken_at = members[0].size() + members[1].size();
  for (size_t step : {size_t{0}, size_t{1}, size_t{100}}) {
    RecordingSink sink;
    Read("cc.warc.gz", archive, true, &sink, IngestLimits(), step);
    ASSERT_EQ(2u, sink.docs.size()) << "step " << step << "\n" << sink.Errors();
    EXPECT_EQ("cc.warc.gz#urn:uuid:1", sink.docs[0].name);
    EXPECT_EQ("cc.warc.gz#urn:uuid:3", sink.docs[1].name);
    ASSERT_EQ(1u, sink.errors.size()) << sink.Errors();
    EXPECT_EQ("cc.warc.gz#" + std::to_string(broken_at), sink.errors[0].input);
    EXPECT_EQ(Status::Code::kCorrupt, sink.errors[0].status.code());
  }
  // Cut inside the last member.
  RecordingSink sink;
  std::string cut = members[0] + members[1] + members[3].substr(0, members[3].size() / 2);
  Read("cut.warc.gz", cut, true, &sink);
  ASSERT_EQ(1u, sink.docs.size());
  ASSERT_EQ(1u, sink.errors.size());
  EXPECT_EQ("cut.warc.gz#" + std::to_string(members[0].size() + members[1].size()),
            sink.errors[0].input);
  EXPECT_NE(std::string::npos, sink.errors[0].status.message().find("truncated"));
}

TEST(Warc, RecordsOverThePageLimit) {
  IngestLimits limits;
  limits.max_page_bytes = 2048;
  std::string big_page = "<html><body>";
  while (big_page.size() < (2u << 20)) big_page += "<p>Filler text for a very long page.</p>\n";
  std::string big_image(3u << 20, 'x');
  std::string archive =
      Response("urn:uuid:big", "https://a.example/big", Http("Content-Type: text/html\r\n", big_page)) +
      Response("urn:uuid:img", "https://a.example/i.jpg", Http("Content-Type: image/jpeg\r\n", big_image)) +
      Response("urn:uuid:ok", "https://a.example/ok", Http("Content-Type: text/html\r\n", kPage)) +
      // Small on the wire, too big once decompressed.
      Response("urn:uuid:bomb", "https://a.example/bomb",
               Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n", Gzip(big_page)));
  RecordingSink sink;
  Read("big.warc", archive, false, &sink, limits);
  ASSERT_EQ(1u, sink.docs.size()) << sink.Errors();
  EXPECT_EQ("big.warc#urn:uuid:ok", sink.docs[0].name);
  ASSERT_EQ(2u, sink.errors.size()) << sink.Errors();
  EXPECT_EQ("big.warc#0", sink.errors[0].input);
  EXPECT_EQ(Status::Code::kLimit, sink.errors[0].status.code());
  EXPECT_EQ(Status::Code::kLimit, sink.errors[1].status.code());
}

TEST(Warc, UnreadableContentEncoding) {
  RecordingSink sink;
  Read("br.warc",
       Response("urn:uuid:br", "https://a.example/", Http("Content-Type: text/html\r\nContent-Encoding: br\r\n",
                                                        "\x1b\x02\x00")) +
           Response("urn:uuid:badgz", "https://a.example/2",
                    Http("Content-Type: text/html\r\nContent-Encoding: gzip\r\n",
                         Gzip(kPage).substr(0, 30))),
       false, &sink);
  EXPECT_TRUE(sink.docs.empty());
  ASSERT_EQ(2u, sink.errors.size()) << sink.Errors();
  EXPECT_EQ(Status::Code::kUnsupported, sink.errors[0].status.code());
  EXPECT_EQ(Status::Code::kCorrupt, sink.errors[1].status.code());
}

TEST(Warc, Dechunk) {
  std::string out;
  EXPECT_TRUE(Dechunk("5\r\nhello\r\n6;x=y\r\n world\r\n0\r\n\r\n", &out));
  EXPECT_EQ("hello world", out);
  EXPECT_TRUE(Dechunk("5\r\nhello\r\nA\r\n cut sho", &out));  // cut short
  EXPECT_EQ("hello cut sho", out);
  EXPECT_FALSE(Dechunk("<html>not chunked", &out));
  EXPECT_FALSE(Dechunk("", &out));
  EXPECT_TRUE(Dechunk("ffffffffffffff\r\nabc", &out));  // a size past the end
  EXPECT_EQ("abc", out);
}

TEST(Warc, IngestRoutesArchivesToTheReader) {
  RecordingSink sink;
  IngestBytes("x.warc", Archive(), IngestLimits(), &sink);
  IngestBytes("x.warc.gz", Gzip(Archive()), IngestLimits(), &sink);
  IngestBytes("x.warc.gz.gz", Gzip(Gzip(Archive())), IngestLimits(), &sink);
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  ASSERT_EQ(3u, sink.docs.size());
  EXPECT_EQ("x.warc#urn:uuid:resp-1", sink.docs[0].name);
  EXPECT_EQ("x.warc.gz#urn:uuid:resp-1", sink.docs[1].name);
  EXPECT_EQ("x.warc.gz.gz#urn:uuid:resp-1", sink.docs[2].name);
}

TEST(Warc, FilesAreStreamedPastTheFileLimit) {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / ("dateline_warc_test_" + std::to_string(::getpid()));
  fs::create_directories(dir);
  std::string archive;
  for (int i = 0; i < 50; ++i) {
    archive += Gzip(Response("urn:uuid:" + std::to_string(i), "https://a.example/" + std::to_string(i),
                             Http("Content-Type: text/html\r\n", kPage)));
  }
  std::ofstream(dir / "crawl.warc.gz", std::ios::binary) << archive;
  IngestLimits limits;
  limits.max_file_bytes = 4096;  // far below the archive's size
  RecordingSink sink;
  ASSERT_TRUE(IngestPaths({(dir / "crawl.warc.gz").string()}, limits, &sink).ok());
  EXPECT_TRUE(sink.errors.empty()) << sink.Errors();
  EXPECT_EQ(50u, sink.docs.size());
  fs::remove_all(dir);
}

}  // namespace dateline
