#include "time/text.hpp"

#include <gtest/gtest.h>

#include <array>

namespace chronograph::detail {
namespace {

TEST(Text, CountsEditsInCodePoints) {
  EXPECT_EQ(edit_distance("late", "late"), 0U);
  EXPECT_EQ(edit_distance("afternon", "afternoon"), 1U);
  EXPECT_EQ(edit_distance("오우", "오후"), 1U);  // one syllable, three bytes
  EXPECT_EQ(edit_distance("", "abc"), 3U);
}

TEST(Text, SuggestsOnlyPlausibleTypos) {
  constexpr std::array<std::string_view, 3> words{"morning", "evening", "night"};
  EXPECT_EQ(closest_match("mornin", words), "morning");
  EXPECT_EQ(closest_match("EVENING", words), "evening");
  EXPECT_FALSE(closest_match("xyz", words).has_value());
}

}  // namespace
}  // namespace chronograph::detail
