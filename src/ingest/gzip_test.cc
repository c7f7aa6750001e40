// Copyright 2026 The Dateline Authors.

#include "ingest/gzip.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <string>
#include <vector>

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

namespace {

// A source that hands out at most `step` bytes a read, to try every
// boundary between reads.
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

struct Piece {
  std::string bytes;
  uint64_t member;  // member_offset() when they were read
};

// Everything a GzipReader gives, skipping broken members; errors in order.
std::vector<Piece> ReadAll(ByteSource* src, std::vector<Status>* errors) {
  GzipReader r(src);
  std::vector<Piece> out;
  char buf[300];
  for (;;) {
    size_t got = 0;
    Status st = r.Read(buf, sizeof buf, &got);
    if (!st.ok()) {
      errors->push_back(st);
      if (!r.SkipToNextMember()) break;
      continue;
    }
    if (got == 0) break;
    if (out.empty() || out.back().member != r.member_offset()) out.push_back({"", r.member_offset()});
    out.back().bytes.append(buf, got);
  }
  return out;
}

}  // namespace

TEST(GzipReader, MembersInTurnWithTheirOffsets) {
  std::string a = Gzip("first member\n");
  std::string b = Gzip(StoryText(20000), 1);
  std::string c = Gzip("third\n", 9);
  std::string all = a + std::string(8, '\0') + b + c;
  for (size_t step : {size_t{1}, size_t{7}, size_t{4096}, all.size()}) {
    TrickleSource src(all, step);
    std::vector<Status> errors;
    std::vector<Piece> got = ReadAll(&src, &errors);
    EXPECT_TRUE(errors.empty()) << "step " << step;
    ASSERT_EQ(3u, got.size()) << "step " << step;
    EXPECT_EQ("first member\n", got[0].bytes);
    EXPECT_EQ(0u, got[0].member);
    EXPECT_EQ(StoryText(20000), got[1].bytes);
    EXPECT_EQ(a.size() + 8, got[1].member);
    EXPECT_EQ("third\n", got[2].bytes);
    EXPECT_EQ(a.size() + 8 + b.size(), got[2].member);
  }
}

TEST(GzipReader, BrokenMemberIsOneErrorAndTheNextIsRead) {
  std::string a = Gzip("alpha\n");
  std::string b = Gzip(StoryText(5000));
  std::string c = Gzip("gamma\n");
  std::string bad = b;
  for (size_t i = 12; i < bad.size() - 8; i += 5) bad[i] = static_cast<char>(bad[i] ^ 0x5A);
  for (size_t step : {size_t{3}, size_t{64}, size_t{1 << 16}}) {
    std::vector<Status> errors;
    std::string all = a + bad + c;
    TrickleSource src2(all, step);
    std::vector<Piece> got = ReadAll(&src2, &errors);
    ASSERT_EQ(1u, errors.size()) << "step " << step;
    EXPECT_EQ(Status::Code::kCorrupt, errors[0].code());
    EXPECT_NE(std::string::npos, errors[0].message().find("byte " + std::to_string(a.size())))
        << errors[0].ToString();
    ASSERT_GE(got.size(), 2u);
    EXPECT_EQ("alpha\n", got.front().bytes);
    EXPECT_EQ("gamma\n", got.back().bytes);
    EXPECT_EQ(a.size() + bad.size(), got.back().member);
  }
}

TEST(GzipReader, TruncatedLastMemberAndTrailingJunk) {
  std::string a = Gzip("kept\n");
  std::string b = Gzip(StoryText(3000));
  std::vector<Status> errors;
  std::string cut = a + b.substr(0, b.size() / 2);
  MemorySource src(cut);
  std::vector<Piece> got = ReadAll(&src, &errors);
  ASSERT_EQ(1u, errors.size());
  EXPECT_NE(std::string::npos, errors[0].message().find("truncated")) << errors[0].ToString();
  ASSERT_GE(got.size(), 1u);
  EXPECT_EQ("kept\n", got[0].bytes);

  errors.clear();
  std::string junk = a + "not gzip";
  MemorySource src2(junk);
  got = ReadAll(&src2, &errors);
  EXPECT_EQ(1u, errors.size());
  ASSERT_EQ(1u, got.size());
  EXPECT_EQ("kept\n", got[0].bytes);
}

TEST(GunzipHead, FirstBytesOfACutStream) {
  std::string text = StoryText(50000);
  std::string gz = Gzip(text);
  EXPECT_EQ(text.substr(0, 100), GunzipHead(gz.substr(0, gz.size() / 2), 100));
  EXPECT_EQ("", GunzipHead("junk", 100));
}

TEST(Inflate, ZlibAndRawDeflate) {
  std::string text = StoryText(5000);
  for (int bits : {MAX_WBITS, -MAX_WBITS}) {
    z_stream zs{};
    ASSERT_EQ(Z_OK, deflateInit2(&zs, 6, Z_DEFLATED, bits, 8, Z_DEFAULT_STRATEGY));
    std::string z(deflateBound(&zs, text.size()), '\0');
    zs.next_in = reinterpret_cast<Bytef*>(text.data());
    zs.avail_in = static_cast<uInt>(text.size());
    zs.next_out = reinterpret_cast<Bytef*>(z.data());
    zs.avail_out = static_cast<uInt>(z.size());
    ASSERT_EQ(Z_STREAM_END, deflate(&zs, Z_FINISH));
    z.resize(zs.total_out);
    deflateEnd(&zs);
    std::string out;
    ASSERT_TRUE(Inflate(z, 1 << 20, &out).ok()) << bits;
    EXPECT_EQ(text, out);
    EXPECT_EQ(Status::Code::kLimit, Inflate(z, 100, &out).code());
  }
}

}  // namespace dateline
