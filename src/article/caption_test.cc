// Copyright 2026 The Dateline Authors.

#include "article/caption.h"

#include <gtest/gtest.h>

#include <string>

namespace dateline {

namespace {

// "text|credit", to compare both halves at once.
std::string Split(std::string_view line) {
  Caption c = SplitCaptionCredit(line);
  return c.text + "|" + c.credit;
}

}  // namespace

TEST(Caption, AgencyInCapitals) {
  EXPECT_EQ("A view of the burnt Crocus City Hall after an attack on March 23, 2024.|REUTERS",
            Split("A view of the burnt Crocus City Hall after an attack on March 23, 2024. "
                  "(REUTERS)"));
  EXPECT_TRUE(HasTrailingCredit("People lay flowers next to the Crocus City Hall. (AP)"));
  EXPECT_EQ("Rescuers at the scene.|AFP", Split("  Rescuers at the scene. (AFP)  \n"));
  EXPECT_EQ("A still image taken from a handout video.|Reuters",
            Split("A still image taken from a handout video. (Reuters)"));
}

TEST(Caption, AgencyWithFileMarker) {
  EXPECT_EQ("Russian President Vladimir Putin in Moscow.|AP/File",
            Split("Russian President Vladimir Putin in Moscow. (AP/File)"));
  EXPECT_EQ("Putin.|AP Photo/Alexander Zemlianichenko, File",
            Split("Putin. (AP Photo/Alexander Zemlianichenko, File)"));
}

TEST(Caption, LongerAttributions) {
  EXPECT_EQ(
      "Bodybags containing dead victims are inspected by investigators looking into the "
      "March 22, 2024, Moscow concert attack.|Investigative Committee of Russia via AP",
      Split("Bodybags containing dead victims are inspected by investigators looking into the "
            "March 22, 2024, Moscow concert attack. (Investigative Committee of Russia via AP)"));
  EXPECT_EQ(
      "A view shows the Crocus City Hall concert venue following Friday's deadly attack outside "
      "Moscow on March 23, 2024.|Moscow News Agency/Handout via REUTERS",
      Split("A view shows the Crocus City Hall concert venue following Friday's deadly attack "
            "outside Moscow on March 23, 2024. (Moscow News Agency/Handout via REUTERS)"));
  EXPECT_EQ(
      "Russian President Vladimir Putin chairs a meeting in Moscow.|"
      "Sputnik, Kremlin Pool Photo via AP",
      Split("Russian President Vladimir Putin chairs a meeting in Moscow. "
            "(Sputnik, Kremlin Pool Photo via AP)"));
  EXPECT_EQ(
      "Russian firefighters clear rubble.|Russian Emergency Services Handout via REUTERS",
      Split("Russian firefighters clear rubble. (Russian Emergency Services Handout via REUTERS)"));
  EXPECT_EQ("Troops in Washington.|U.S. Army/Handout via REUTERS",
            Split("Troops in Washington. (U.S. Army/Handout via REUTERS)"));
}

TEST(Caption, NonAsciiCredit) {
  EXPECT_EQ("Пожарные у здания.|Пресс-служба МЧС",
            Split("Пожарные у здания. (Пресс-служба МЧС)"));
}

TEST(Caption, ParentheticalSentenceIsNotACredit) {
  const char* kLines[] = {
      "Police cordoned off the street (They said nobody was hurt.)",
      "Police cordoned off the street (The attack killed 115 people)",
      "Police cordoned off the street (Police said the gunmen fled. Nobody was arrested)",
      "Police cordoned off the street (Where were the guards?)",
      "Police cordoned off the street (See also: the 2004 Beslan siege)",
      "He called it \"a tragedy\" (\"We will find them\")",
      "A woman lays flowers (She lost her brother in the attack)",
  };
  for (const char* line : kLines) {
    EXPECT_FALSE(HasTrailingCredit(line)) << line;
    EXPECT_EQ(std::string(line) + "|", Split(line)) << line;
  }
}

TEST(Caption, YearsNumbersAndLowerCaseAreNotCredits) {
  for (const char* line : {"Crocus City Hall concert venue (2024)", "Gallery photo (2)",
                           "A view of the venue (1 / 8)", "The suspects (file photo)",
                           "Moscow attack (updated)", "()", "(REUTERS)", "Nothing at all"}) {
    EXPECT_FALSE(HasTrailingCredit(line)) << line;
    EXPECT_EQ("", SplitCaptionCredit(line).credit) << line;
  }
}

TEST(Caption, TooLongIsNotACredit) {
  EXPECT_FALSE(HasTrailingCredit(
      "Crowds gather (Moscow Regional Emergency Services Press Office Handout Photo via "
      "Russian State Agency REUTERS)"));
}

TEST(Caption, NestedParentheses) {
  EXPECT_EQ("Rescuers at work.|Handout (Russian Emergency Ministry)",
            Split("Rescuers at work. (Handout (Russian Emergency Ministry))"));
  EXPECT_FALSE(HasTrailingCredit("Unbalanced REUTERS)"));
}

TEST(Caption, PhotoTail) {
  EXPECT_EQ("Mourners at the makeshift memorial outside Crocus City Hall.|Reuters",
            Split("Mourners at the makeshift memorial outside Crocus City Hall. Photo: Reuters"));
  EXPECT_EQ("Mourners at the memorial|AFP", Split("Mourners at the memorial | Photo: AFP"));
  EXPECT_EQ("Mourners at the memorial|Getty Images",
            Split("Mourners at the memorial - Credit: Getty Images"));
  EXPECT_EQ("The burnt hall.|Maxim Shemetov/Reuters",
            Split("The burnt hall. Photograph: Maxim Shemetov/Reuters"));
  // A "Photo:" without a plausible credit after it is left alone.
  EXPECT_EQ("Photo: a view of the hall|", Split("Photo: a view of the hall"));
  EXPECT_EQ("See the gallery. Photo: we have more of these on our site.|",
            Split("See the gallery. Photo: we have more of these on our site."));
}

TEST(Caption, NoCreditLeavesTheTextWhole) {
  Caption c = SplitCaptionCredit("  A view of the burnt Crocus City Hall after an attack.  ");
  EXPECT_EQ("A view of the burnt Crocus City Hall after an attack.", c.text);
  EXPECT_EQ("", c.credit);
}

}  // namespace dateline
