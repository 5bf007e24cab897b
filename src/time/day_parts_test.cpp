#include "time/day_parts.hpp"

#include <gtest/gtest.h>

namespace chronograph::detail {
namespace {

TEST(DayParts, MapsEveryPhraseToItsDecidedHours) {
  // The table in docs/time.md, row by row.
  const struct {
    const char* phrase;
    const char* canonical;
    int from, to;
  } rows[] = {
      {"early morning", "early morning", 0, 6},
      {"dawn", "early morning", 0, 6},
      {"새벽", "early morning", 0, 6},
      {"morning", "morning", 6, 12},
      {"오전", "morning", 6, 12},
      {"아침", "breakfast time", 6, 9},
      {"breakfast time", "breakfast time", 6, 9},
      {"daytime", "daytime", 9, 18},
      {"낮", "daytime", 9, 18},
      {"noon", "noon", 12, 12},
      {"정오", "noon", 12, 12},
      {"afternoon", "afternoon", 12, 18},
      {"오후", "afternoon", 12, 18},
      {"late afternoon", "late afternoon", 15, 18},
      {"늦은 오후", "late afternoon", 15, 18},
      {"evening", "evening", 18, 21},
      {"저녁", "evening", 18, 21},
      {"night", "night", 21, 24},
      {"밤", "night", 21, 24},
      {"late", "late", 18, 24},
      {"late in the day", "late", 18, 24},
      {"늦게", "late", 18, 24},
      {"late night", "late night", 21, 24},
      {"밤늦게", "late night", 21, 24},
      {"LATE Night", "late night", 21, 24},
  };
  for (const auto& row : rows) {
    SCOPED_TRACE(row.phrase);
    const auto part = find_day_part(row.phrase);
    ASSERT_TRUE(part.has_value());
    EXPECT_EQ(part->canonical, row.canonical);
    EXPECT_EQ(part->from_hour, row.from);
    EXPECT_EQ(part->to_hour, row.to);
  }
  EXPECT_FALSE(find_day_part("lunchtime").has_value());
  EXPECT_EQ(day_part_phrases().size(), 24U);
}

}  // namespace
}  // namespace chronograph::detail
