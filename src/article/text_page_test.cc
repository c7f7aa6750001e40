// Copyright 2026 The Dateline Authors.

#include "article/text_page.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline {
namespace {

std::vector<Article> Split(const std::string& text, Status* st = nullptr) {
  Document doc;
  doc.name = "page.txt";
  doc.format = DocFormat::kText;
  doc.body = text;
  std::vector<Article> out;
  Status s = ExtractTextPage(doc, TextPageLimits(), &out);
  if (st) *st = s;
  return out;
}

// Two stories in the shape scraped news pages have: gallery, share bar,
// repeated headline, bullets, dateline, captions, a fact box.
const char kTwoStories[] =
    "Floods sweep through river towns in the north\n"
    "\n"
    "Special Floods sweep through river towns in the north\n"
    "1 / 2\n"
    "Residents wade through a flooded street in Riverton on May 3, 2023. (AP Photo/File)\n"
    "Special Floods sweep through river towns in the north\n"
    "2 / 2\n"
    "Rescue boats on the swollen river. (Regional Civil Defence via Reuters)\n"
    "Short Url\n"
    "Updated 04 May 2023\n"
    "Follow\n"
    "\n"
    "Floods sweep through river towns in the north\n"
    "\n"
    "Floods sweep through river towns in the north\n"
    "  \xE2\x80\xA2 Thousands leave their homes as the river rises\n"
    "  \xE2\x80\xA2 Rain is forecast to continue until Friday\n"
    "\n"
    "RIVERTON: Floodwaters swept through three towns on Wednesday, forcing thousands\n"
    "from their homes, officials said.\n"
    "\n"
    "A dam upstream was said to be holding.\n"
    "\n"
    "Firefighters pump water out of a basement in Riverton on May 3, 2023. (AFP)\n"
    "\n"
    "Caption\n"
    "\n"
    "PAST FLOODS IN THE REGION\n"
    "\n"
    "\xE2\x80\xA2 June 1998 The river burst its banks, killing 12 people.\n"
    "\n"
    "April 2011 Two towns were cut off for a week.\n"
    "\n"
    "Officials said the water would recede by the weekend.\n"
    "\n"
    "\n"
    "Court jails former mayor for bribery\n"
    "\n"
    "Court jails former mayor for bribery\n"
    "Published 12 Jan 2024\n"
    "Follow\n"
    "\n"
    "Court jails former mayor for bribery\n"
    "Paris: A court sentenced a former mayor to four years on Thursday.\n"
    "The verdict can be appealed.\n";

TEST(TextPage, SplitsStoriesAtRepeatedHeadlines) {
  auto arts = Split(kTwoStories);
  ASSERT_EQ(2u, arts.size());
  EXPECT_EQ("Floods sweep through river towns in the north", arts[0].headline);
  EXPECT_EQ("Court jails former mayor for bribery", arts[1].headline);
  EXPECT_EQ(0, arts[0].index);
  EXPECT_EQ(1, arts[1].index);
  EXPECT_EQ("page.txt", arts[1].doc);
}

TEST(TextPage, DatesDatelinesAndBullets) {
  auto arts = Split(kTwoStories);
  ASSERT_EQ(2u, arts.size());
  EXPECT_EQ("2023-05-04", arts[0].date);
  EXPECT_EQ("RIVERTON", arts[0].dateline);
  ASSERT_EQ(2u, arts[0].bullets.size());
  EXPECT_EQ("Thousands leave their homes as the river rises", arts[0].bullets[0]);
  EXPECT_EQ("2024-01-12", arts[1].date);
  EXPECT_EQ("Paris", arts[1].dateline);
  EXPECT_TRUE(arts[1].bullets.empty());
}

TEST(TextPage, JoinsHardWrappedLinesAndStripsTheDateline) {
  auto arts = Split(kTwoStories);
  ASSERT_FALSE(arts[0].paragraphs.empty());
  EXPECT_EQ(
      "Floodwaters swept through three towns on Wednesday, forcing thousands from their homes, "
      "officials said.",
      arts[0].paragraphs[0]);
  // Lines that each end a sentence stay separate paragraphs.
  ASSERT_EQ(2u, arts[1].paragraphs.size());
  EXPECT_EQ("The verdict can be appealed.", arts[1].paragraphs[1]);
}

TEST(TextPage, GalleryAndInlineCaptionsWithCredits) {
  auto arts = Split(kTwoStories);
  const auto& caps = arts[0].captions;
  ASSERT_EQ(3u, caps.size());
  EXPECT_EQ("Residents wade through a flooded street in Riverton on May 3, 2023.", caps[0].text);
  EXPECT_EQ("AP Photo/File", caps[0].credit);
  EXPECT_EQ("Regional Civil Defence via Reuters", caps[1].credit);
  EXPECT_EQ("AFP", caps[2].credit);
}

TEST(TextPage, DropsShareBarDebris) {
  auto arts = Split(kTwoStories);
  std::string body = arts[0].Body();
  EXPECT_EQ(std::string::npos, body.find("Short Url"));
  EXPECT_EQ(std::string::npos, body.find("Follow"));
  EXPECT_EQ(std::string::npos, body.find("Caption"));
  EXPECT_EQ(std::string::npos, body.find("1 / 2"));
  EXPECT_EQ(std::string::npos, body.find("Special"));
}

TEST(TextPage, FactBoxWithItems) {
  auto arts = Split(kTwoStories);
  ASSERT_EQ(1u, arts[0].factboxes.size());
  const FactBox& box = arts[0].factboxes[0];
  EXPECT_EQ("PAST FLOODS IN THE REGION", box.title);
  ASSERT_EQ(2u, box.items.size());
  EXPECT_EQ("June 1998 The river burst its banks, killing 12 people.", box.items[0]);
  EXPECT_EQ("April 2011 Two towns were cut off for a week.", box.items[1]);
  // The body resumes after the box.
  EXPECT_EQ("Officials said the water would recede by the weekend.", arts[0].paragraphs.back());
}

TEST(TextPage, CapsLineWithoutItemsIsASubheading) {
  auto arts = Split(
      "Storm hits coast\n\nStorm hits coast\nUpdated 2 March 2022\n\n"
      "A storm hit the coast on Tuesday.\n\nWHAT HAPPENS NEXT\n\nRepairs will take weeks.\n");
  ASSERT_EQ(1u, arts.size());
  EXPECT_TRUE(arts[0].factboxes.empty());
  ASSERT_EQ(3u, arts[0].paragraphs.size());
  EXPECT_EQ("WHAT HAPPENS NEXT", arts[0].paragraphs[1]);
}

TEST(TextPage, PlainTextWithoutHeadlinesIsOneStory) {
  auto arts = Split(
      "Police arrested five people after clashes in the port city on Monday.\n"
      "Two officers were injured, a spokesman said.\n");
  ASSERT_EQ(1u, arts.size());
  EXPECT_EQ("", arts[0].headline);
  EXPECT_EQ(2u, arts[0].paragraphs.size());
}

TEST(TextPage, TitleLineFirstBecomesTheHeadline) {
  auto arts = Split("Quake shakes the capital\n\nA strong earthquake shook the capital on Sunday.\n");
  ASSERT_EQ(1u, arts.size());
  EXPECT_EQ("Quake shakes the capital", arts[0].headline);
  ASSERT_EQ(1u, arts[0].paragraphs.size());
}

TEST(TextPage, TitleAboveDateLineStartsAStoryWithoutRepeats) {
  auto arts = Split(
      "First story headline here\nUpdated 1 June 2021\n\nBody of the first story.\n\n"
      "Second story headline here\nUpdated 2 June 2021\n\nBody of the second story.\n");
  ASSERT_EQ(2u, arts.size());
  EXPECT_EQ("Second story headline here", arts[1].headline);
  EXPECT_EQ("2021-06-02", arts[1].date);
}

TEST(TextPage, NotADateline) {
  auto arts = Split("Talks resume\n\nTalks resume\n\nThe minister said: talks resume on Monday.\n");
  ASSERT_EQ(1u, arts.size());
  EXPECT_EQ("", arts[0].dateline);
}

TEST(TextPage, EmptyAndWhitespacePagesAreErrors) {
  Status st;
  EXPECT_TRUE(Split("", &st).empty());
  EXPECT_FALSE(st.ok());
  EXPECT_TRUE(Split(" \n\n \t\n", &st).empty());
  EXPECT_FALSE(st.ok());
}

TEST(TextPage, LimitsAreEnforced) {
  Document doc;
  doc.name = "big.txt";
  doc.body = std::string(2000, 'a');
  TextPageLimits limits;
  limits.max_bytes = 1000;
  std::vector<Article> out;
  Status st = ExtractTextPage(doc, limits, &out);
  EXPECT_EQ(Status::Code::kLimit, st.code());

  // Over-long lines are cut, not refused, and never split a character.
  limits = TextPageLimits();
  limits.max_line_bytes = 11;
  doc.body = "Caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9 caf\xC3\xA9.";
  st = ExtractTextPage(doc, limits, &out);
  ASSERT_TRUE(st.ok()) << st.ToString();
  ASSERT_EQ(1u, out.size());
  EXPECT_EQ("Caf\xC3\xA9 caf\xC3\xA9", out[0].paragraphs[0]);
}

}  // namespace
}  // namespace dateline
