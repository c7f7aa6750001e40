// Copyright 2026 The Dateline Authors.

#include "ingest/gzip.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

namespace dateline {

namespace {

// gzip-compresses `in` with zlib (one member, with a gzip header).
std::string Gzip(std::string_view in, int level = Z_DEFAULT_COMPRESSION) {
  z_stream zs{};
  EXPECT_EQ(Z_OK, deflateInit2(&zs, level, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY));
  std::string out;
  out.resize(deflateBound(&zs, static_cast<uLong>(in.size())) + 32);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in.data()));
  zs.avail_in = static_cast<uInt>(in.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(Z_STREAM_END, deflate(&zs, Z_FINISH));
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string StoryText(size_t approx_bytes) {
  static const char kPara[] =
      "Gunmen opened fire at the Crocus City Hall concert venue in the Moscow suburb of "
      "Krasnogorsk on March 22, 2024, killing more than 100 people and wounding scores more "
      "before a major fire spread through the building.\n";
  std::string s;
  for (int i = 0; s.size() < approx_bytes; ++i) {
    s += std::to_string(i);
    s += ". ";
    s += kPara;
  }
  return s;
}

}  // namespace

TEST(Gunzip, RoundTrip) {
  std::string text = StoryText(300 * 1024);  // several 64 KB output chunks
  std::string out;
  ASSERT_TRUE(Gunzip(Gzip(text), 1 << 20, &out).ok());
  EXPECT_EQ(text, out);
}

TEST(Gunzip, SmallAndEmptyPayloads) {
  std::string out = "stale";
  ASSERT_TRUE(Gunzip(Gzip("LONDON"), 100, &out).ok());
  EXPECT_EQ("LONDON", out);
  ASSERT_TRUE(Gunzip(Gzip(""), 100, &out).ok());
  EXPECT_EQ("", out);
}

TEST(Gunzip, ExactlyAtTheLimitIsAllowed) {
  std::string text(4096, 'a');
  std::string out;
  EXPECT_TRUE(Gunzip(Gzip(text), text.size(), &out).ok());
  EXPECT_EQ(text, out);
}

TEST(Gunzip, ConcatenatedMembersAreReadInTurn) {
  std::string a = "{\"id\":\"a1\",\"text\":\"first record\"}\n";
  std::string b = StoryText(100 * 1024);
  std::string c = "{\"id\":\"c3\",\"text\":\"third record\"}\n";
  std::string out;
  ASSERT_TRUE(Gunzip(Gzip(a) + Gzip(b, 1) + Gzip(c, 9), 1 << 20, &out).ok());
  EXPECT_EQ(a + b + c, out);
}

TEST(Gunzip, NulPaddingBetweenAndAfterMembersIsSkipped) {
  std::string pad(16, '\0');
  std::string out;
  ASSERT_TRUE(Gunzip(Gzip("one ") + pad + Gzip("two") + pad, 100, &out).ok());
  EXPECT_EQ("one two", out);
}

TEST(Gunzip, TruncatedStreamIsCorrupt) {
  std::string gz = Gzip(StoryText(200 * 1024));
  for (size_t keep : {size_t{3}, size_t{10}, gz.size() / 2, gz.size() - 4, gz.size() - 1}) {
    std::string out = "stale";
    Status st = Gunzip(std::string_view(gz).substr(0, keep), 1 << 20, &out);
    EXPECT_EQ(Status::Code::kCorrupt, st.code()) << "kept " << keep << ": " << st.ToString();
    EXPECT_TRUE(out.empty()) << "kept " << keep;
  }
}

TEST(Gunzip, TruncatedSecondMemberIsCorrupt) {
  std::string second = Gzip("the second member");
  std::string out;
  Status st = Gunzip(Gzip("first") + second.substr(0, second.size() - 6), 1000, &out);
  EXPECT_EQ(Status::Code::kCorrupt, st.code()) << st.ToString();
}

TEST(Gunzip, GarbageIsCorrupt) {
  std::string out;
  EXPECT_EQ(Status::Code::kCorrupt, Gunzip("", 100, &out).code());
  EXPECT_EQ(Status::Code::kCorrupt, Gunzip("not gzip at all", 100, &out).code());
  // A valid header followed by junk deflate data.
  std::string gz = Gzip(StoryText(10000));
  for (size_t i = 12; i < gz.size() - 8; i += 7) gz[i] = static_cast<char>(gz[i] ^ 0x5A);
  Status st = Gunzip(gz, 1 << 20, &out);
  EXPECT_EQ(Status::Code::kCorrupt, st.code()) << st.ToString();
  // Trailing junk after a good member.
  EXPECT_EQ(Status::Code::kCorrupt, Gunzip(Gzip("ok") + "trailing junk", 100, &out).code());
}

TEST(Gunzip, CorruptCrcIsCorrupt) {
  std::string gz = Gzip("Updated 24 March 2024");
  gz[gz.size() - 8] = static_cast<char>(gz[gz.size() - 8] ^ 1);  // CRC32 trailer
  std::string out;
  EXPECT_EQ(Status::Code::kCorrupt, Gunzip(gz, 100, &out).code());
}

TEST(Gunzip, OverTheLimit) {
  // A "zip bomb" in miniature: 10 MB of one letter compresses to ~10 KB.
  std::string gz = Gzip(std::string(10 << 20, 'A'), 9);
  ASSERT_LT(gz.size(), 64u * 1024);
  std::string out;
  Status st = Gunzip(gz, 1 << 20, &out);
  EXPECT_EQ(Status::Code::kLimit, st.code()) << st.ToString();
  EXPECT_TRUE(out.empty());
  EXPECT_NE(std::string::npos, st.message().find("limit"));

  // One byte over a small limit.
  EXPECT_EQ(Status::Code::kLimit, Gunzip(Gzip("123456"), 5, &out).code());
}

}  // namespace dateline
