#include "base/did_you_mean.hpp"

#include <array>

#include <gtest/gtest.h>

namespace chronograph::detail {
namespace {

TEST(EditDistance, CountsEditsAndAdjacentTranspositions) {
  EXPECT_EQ(edit_distance("", ""), 0U);
  EXPECT_EQ(edit_distance("when", "when"), 0U);
  EXPECT_EQ(edit_distance("wehn", "when"), 1U);
  EXPECT_EQ(edit_distance("whn", "when"), 1U);
  EXPECT_EQ(edit_distance("whenn", "when"), 1U);
  EXPECT_EQ(edit_distance("wgen", "when"), 1U);
  EXPECT_EQ(edit_distance("kitten", "sitting"), 3U);
  EXPECT_EQ(edit_distance("", "abc"), 3U);
  EXPECT_EQ(edit_distance("ca", "abc"), 3U);  // optimal string alignment, not full Damerau
}

TEST(EditDistance, CountsCharactersNotBytesAndIgnoresAsciiCase) {
  EXPECT_EQ(edit_distance("오우", "오후"), 1U);  // one syllable, three bytes
  EXPECT_EQ(edit_distance("EVENING", "evening"), 0U);
  constexpr std::array<std::string_view, 3> words{"morning", "evening", "night"};
  EXPECT_EQ(closest_match("mornin", words), "morning");
  EXPECT_EQ(closest_match("Evenin", words), "evening");
  EXPECT_FALSE(closest_match("xyz", words).has_value());
}

constexpr std::array<std::string_view, 5> event_keys{"title", "when", "end", "duration", "place"};

TEST(DidYouMean, SuggestsTheClosePlausibleKey) {
  EXPECT_EQ(did_you_mean("wehn", event_keys), "; did you mean 'when'?");
  EXPECT_EQ(did_you_mean("titel", event_keys), "; did you mean 'title'?");
  EXPECT_EQ(did_you_mean("durration", event_keys), "; did you mean 'duration'?");
  EXPECT_EQ(did_you_mean("nad", event_keys), "");  // two edits from a 3-byte key is too far
  EXPECT_EQ(did_you_mean("edn", event_keys), "; did you mean 'end'?");
  EXPECT_EQ(did_you_mean("colour", event_keys), "");
  EXPECT_EQ(did_you_mean("x", event_keys), "");
}

TEST(DidYouMean, PrefersTheNearestCandidate) {
  constexpr std::array<std::string_view, 3> relation_types{"starts", "started-by", "states"};
  EXPECT_EQ(closest_match("start", relation_types), "starts");
  EXPECT_EQ(closest_match("startd-by", relation_types), "started-by");
}

TEST(JoinChoices, ListsWithCommasAndOr) {
  constexpr std::array<std::string_view, 3> kinds{"person", "place", "other"};
  EXPECT_EQ(join_choices(kinds, false), "person, place or other");
  EXPECT_EQ(join_choices(std::span(kinds).first(1), true), "'person'");
  EXPECT_EQ(join_choices(std::span(kinds).first(2), true), "'person' or 'place'");
}

}  // namespace
}  // namespace chronograph::detail
