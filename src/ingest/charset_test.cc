// Copyright 2026 The Dateline Authors.

#include "ingest/charset.h"

#include <gtest/gtest.h>
#include <unicode/ucnv.h>

#include <string>

#include "util/strings.h"
#include "util/utf8.h"

namespace dateline {

namespace {

// `utf8` in `charset`, via ICU (the test's own fixture maker).
std::string Encode(const char* charset, std::string_view utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(charset, "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << charset << ": " << u_errorName(err);
  out.resize(static_cast<size_t>(n));
  return out;
}

const char kRussian[] =
    "Взрыв в Москве: погибли 115 человек. Боевики открыли огонь в концертном зале "
    "«Крокус Сити Холл» в Красногорске.";

// Within KOI8-R, which has no guillemets.
const char kRussianPlain[] =
    "Взрыв в Москве: погибли 115 человек. Боевики открыли огонь в концертном зале.";

const char kFrench[] =
    "Des hommes armés ont ouvert le feu vendredi soir dans une salle de concert près de "
    "Moscou, tuant au moins 115 personnes. « C'était épouvantable », a déclaré un témoin, "
    "réfugié derrière la scène. Les secours ont évacué des centaines de spectateurs ; "
    "l'incendie a détruit une grande partie du bâtiment à Krasnogorsk.\n";

}  // namespace

TEST(DeclaredCharset, MetaCharsetForms) {
  EXPECT_EQ("windows-1251", DeclaredCharset("<html><head><meta charset=windows-1251>"));
  EXPECT_EQ("utf-8", DeclaredCharset("<meta charset=\"UTF-8\">"));
  EXPECT_EQ("iso-8859-1", DeclaredCharset("<META CHARSET='ISO-8859-1' />"));
  EXPECT_EQ("shift_jis", DeclaredCharset("<meta charset = \"Shift_JIS\">"));
  EXPECT_EQ("koi8-r",
            DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; "
                            "charset=koi8-r\">"));
  EXPECT_EQ("gb2312",
            DeclaredCharset("<meta content='text/html;charset=gb2312' http-equiv='content-type'>"));
  // The first meta that declares one wins; metas without one are skipped.
  EXPECT_EQ("euc-kr",
            DeclaredCharset("<meta name=\"viewport\" content=\"width=device-width\">"
                            "<meta charset=\"euc-kr\"><meta charset=\"utf-8\">"));
  EXPECT_EQ("", DeclaredCharset("<html><head><title>No declaration</title></head>"));
  EXPECT_EQ("", DeclaredCharset("<meta charset>"));
  EXPECT_EQ("", DeclaredCharset("<meta charset=\"utf-8\""));  // tag never closes
  EXPECT_EQ("", DeclaredCharset(""));
}

TEST(DeclaredCharset, OnlyTheHeadIsSearched) {
  std::string page = "<html><head><title>x</title></head><body>";
  page.append(20000, 'x');
  page += "<meta charset=\"windows-1251\">";
  EXPECT_EQ("", DeclaredCharset(page));
}

TEST(CharsetFromContentType, HeaderValues) {
  EXPECT_EQ("euc-kr", CharsetFromContentType("text/html; charset=EUC-KR"));
  EXPECT_EQ("utf-8", CharsetFromContentType("text/html;charset=\"utf-8\""));
  EXPECT_EQ("windows-1252", CharsetFromContentType("Text/HTML; Charset=windows-1252; x=y"));
  EXPECT_EQ("", CharsetFromContentType("text/html"));
  EXPECT_EQ("", CharsetFromContentType(""));
}

TEST(ToUtf8, CleanUtf8PassesThrough) {
  Decoded d;
  ASSERT_TRUE(ToUtf8(kRussian, false, "", &d).ok());
  EXPECT_EQ(kRussian, d.utf8);
  EXPECT_EQ("utf-8", d.charset);
  EXPECT_EQ(0u, d.replaced);
}

TEST(ToUtf8, Utf8ByteOrderMarkIsStripped) {
  Decoded d;
  ASSERT_TRUE(ToUtf8(std::string("\xEF\xBB\xBF") + kRussian, false, "", &d).ok());
  EXPECT_EQ(kRussian, d.utf8);
  EXPECT_EQ("utf-8", d.charset);
  // The BOM wins over a contrary declaration.
  std::string page = std::string("\xEF\xBB\xBF<meta charset=\"windows-1251\"><p>") + kRussian;
  ASSERT_TRUE(ToUtf8(page, true, "", &d).ok());
  EXPECT_EQ(page.substr(3), d.utf8);
  EXPECT_EQ("utf-8", d.charset);
}

TEST(ToUtf8, Utf16LittleEndianByteOrderMark) {
  // Hand-made bytes: BOM, then "Москва" in UTF-16LE.
  std::string bytes("\xFF\xFE\x1C\x04\x3E\x04\x41\x04\x3A\x04\x32\x04\x30\x04", 14);
  Decoded d;
  ASSERT_TRUE(ToUtf8(bytes, false, "", &d).ok());
  EXPECT_EQ("Москва", d.utf8);
  EXPECT_EQ("utf-16le", d.charset);

  std::string page = "<html><body><p>" + std::string(kRussian) + " 😀</p></body></html>";
  ASSERT_TRUE(ToUtf8("\xFF\xFE" + Encode("UTF-16LE", page), true, "", &d).ok());
  EXPECT_EQ(page, d.utf8);
  EXPECT_EQ(0u, d.replaced);
}

TEST(ToUtf8, Utf16BigEndianByteOrderMark) {
  Decoded d;
  std::string text = std::string(kFrench) + "Emoji: 📷";
  ASSERT_TRUE(ToUtf8("\xFE\xFF" + Encode("UTF-16BE", text), false, "", &d).ok());
  EXPECT_EQ(text, d.utf8);
  EXPECT_EQ("utf-16be", d.charset);
}

TEST(ToUtf8, Utf16WithOddTrailingByteStillDecodes) {
  Decoded d;
  std::string bytes = "\xFF\xFE" + Encode("UTF-16LE", "Kyiv") + "x";
  Status st = ToUtf8(bytes, false, "", &d);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_TRUE(StartsWith(d.utf8, "Kyiv"));
  EXPECT_TRUE(IsValidUtf8(d.utf8));
}

TEST(ToUtf8, MetaCharsetWindows1251) {
  // Cyrillic in windows-1251, hand-made: "Взрыв в Москве".
  std::string page =
      "<html><head><meta charset=windows-1251><title>\xC2\xE7\xF0\xFB\xE2 \xE2 "
      "\xCC\xEE\xF1\xEA\xE2\xE5</title></head><body><p>" +
      Encode("windows-1251", kRussian) + "</p></body></html>";
  Decoded d;
  ASSERT_TRUE(ToUtf8(page, true, "", &d).ok());
  EXPECT_NE(std::string::npos, d.utf8.find("<title>Взрыв в Москве</title>"));
  EXPECT_NE(std::string::npos, d.utf8.find(kRussian));
  EXPECT_EQ("windows-1251", d.charset);
  EXPECT_TRUE(IsValidUtf8(d.utf8));
}

TEST(ToUtf8, HttpEquivContentType) {
  std::string page =
      "<html><head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">\n"
      "</head><body><p>" +
      Encode("KOI8-R", kRussianPlain) + "</p></body></html>";
  Decoded d;
  ASSERT_TRUE(ToUtf8(page, true, "", &d).ok());
  EXPECT_NE(std::string::npos, d.utf8.find(kRussianPlain));
  EXPECT_EQ("koi8-r", d.charset);
}

TEST(ToUtf8, MetaIsIgnoredInPlainText) {
  // A text page that quotes markup does not get decoded by it.
  std::string text = std::string("Use <meta charset=windows-1251> for ") + kRussian;
  Decoded d;
  ASSERT_TRUE(ToUtf8(text, false, "", &d).ok());
  EXPECT_EQ(text, d.utf8);
  EXPECT_EQ("utf-8", d.charset);
}

TEST(ToUtf8, TransportHint) {
  Decoded d;
  ASSERT_TRUE(ToUtf8(Encode("windows-1251", kRussian), false, "windows-1251", &d).ok());
  EXPECT_EQ(kRussian, d.utf8);
  EXPECT_EQ("windows-1251", d.charset);
  // The page's own declaration beats the transport's.
  std::string page = "<meta charset=\"koi8-r\"><p>" + Encode("KOI8-R", kRussianPlain);
  ASSERT_TRUE(ToUtf8(page, true, "windows-1251", &d).ok());
  EXPECT_NE(std::string::npos, d.utf8.find(kRussianPlain));
  EXPECT_EQ("koi8-r", d.charset);
}

TEST(ToUtf8, Latin1DeclarationMeansWindows1252) {
  // 0x93/0x94 are curly quotes in windows-1252, C1 controls in Latin-1.
  std::string page = "<meta charset=\"iso-8859-1\"><p>\x93" "Caf\xE9\x94 \x96 Moscow</p>";
  Decoded d;
  ASSERT_TRUE(ToUtf8(page, true, "", &d).ok());
  EXPECT_NE(std::string::npos, d.utf8.find("<p>“Café” – Moscow</p>"));
  EXPECT_EQ("windows-1252", d.charset);
}

TEST(ToUtf8, UndeclaredLatin1IsDetected) {
  Decoded d;
  Status st = ToUtf8(Encode("ISO-8859-1", kFrench), false, "", &d);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(kFrench, d.utf8);
  EXPECT_EQ("windows-1252", d.charset);
}

TEST(ToUtf8, UndeclaredWindows1252WithAnAccidentalUtf8PairIsDetected) {
  // "groß“" is DF 93 in windows-1252, which happens to be a well-formed
  // two-byte UTF-8 sequence; the rest of the page is plainly not UTF-8.
  std::string german =
      "Die Zahl der Toten ist auf 115 gestiegen. „Der Schaden ist groß“, sagte ein "
      "Sprecher der Behörden in Moskau am Samstag. Hunderte Menschen standen vor dem "
      "Gebäude und legten Blumen nieder; die Ermittlungen dauern an.\n";
  std::string bytes = Encode("windows-1252", german);
  ASSERT_NE(std::string::npos, bytes.find("gro\xDF\x93"));
  Decoded d;
  Status st = ToUtf8(bytes, false, "", &d);
  ASSERT_TRUE(st.ok()) << st.ToString();
  EXPECT_EQ(german, d.utf8);
}

TEST(ToUtf8, PlainTextWithInvalidUtf8IsRefusedWithItsOffset) {
  // Mostly UTF-8, one stray Latin-1 NBSP at offset 24: mixed encodings
  // cannot be repaired without guessing.
  std::string text = "S\xC3\xA3o Paulo \xE2\x80\x94 \xE2\x80\x9CIt was\xA0terrible,\xE2\x80\x9D he said.";
  ASSERT_EQ(24u, FirstInvalidUtf8(text));
  Decoded d;
  Status st = ToUtf8(text, false, "", &d);
  EXPECT_EQ(Status::Code::kCorrupt, st.code());
  EXPECT_NE(std::string::npos, st.message().find("invalid UTF-8 at byte 24")) << st.ToString();

  // A declared UTF-8 transport charset refuses even a lone bad byte.
  st = ToUtf8("Kyiv \xFF", false, "utf-8", &d);
  EXPECT_EQ(Status::Code::kCorrupt, st.code());
  EXPECT_NE(std::string::npos, st.message().find("byte 5")) << st.ToString();
}

TEST(ToUtf8, MarkupWithInvalidUtf8IsRepaired) {
  std::string page =
      "<html><head><meta charset=\"utf-8\"></head><body><p>Caf\xE9 \xE2\x80\x94 "
      "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0\xFF\xFE</p></body></html>";
  Decoded d;
  ASSERT_TRUE(ToUtf8(page, true, "", &d).ok());
  EXPECT_EQ(3u, d.replaced);
  EXPECT_EQ("utf-8", d.charset);
  EXPECT_TRUE(IsValidUtf8(d.utf8));
  EXPECT_NE(std::string::npos, d.utf8.find("<p>Caf\xEF\xBF\xBD — Москва\xEF\xBF\xBD\xEF\xBF\xBD</p>"));

  // Undeclared markup that is mostly UTF-8 is repaired the same way.
  std::string undeclared = "<html><body><p>" + std::string(kRussian) + "\xC3(</p></body></html>";
  ASSERT_TRUE(ToUtf8(undeclared, true, "", &d).ok());
  EXPECT_EQ(1u, d.replaced);
  EXPECT_NE(std::string::npos, d.utf8.find(std::string(kRussian) + "\xEF\xBF\xBD(</p>"));
}

TEST(ToUtf8, NulBytesAreDropped) {
  Decoded d;
  ASSERT_TRUE(ToUtf8(std::string("Kyiv\0 Kharkiv\0", 14), false, "", &d).ok());
  EXPECT_EQ("Kyiv Kharkiv", d.utf8);
  ASSERT_TRUE(ToUtf8("\xFF\xFE" + Encode("UTF-16LE", std::string("a\0b", 3)), false, "", &d).ok());
  EXPECT_EQ("ab", d.utf8);
}

TEST(ToUtf8, UnknownDeclaredCharsetFallsBackToTheBytes) {
  std::string page = std::string("<meta charset=\"x-no-such-charset\"><p>") + kRussian + "</p>";
  Decoded d;
  ASSERT_TRUE(ToUtf8(page, true, "", &d).ok());
  EXPECT_EQ(page, d.utf8);
  EXPECT_EQ("utf-8", d.charset);
}

TEST(ToUtf8, MetaUtf16OnAnAsciiPageMeansUtf8) {
  std::string page = std::string("<meta charset=\"utf-16\"><p>") + kRussian + "</p>";
  Decoded d;
  ASSERT_TRUE(ToUtf8(page, true, "", &d).ok());
  EXPECT_EQ(page, d.utf8);
}

}  // namespace dateline
