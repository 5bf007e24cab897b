#include "time/zone.hpp"

#include <gtest/gtest.h>

namespace chronograph {
namespace {

TEST(Zone, ReadsOffsetsAndIanaNames) {
  EXPECT_EQ(detail::parse_offset("+09:00"), 9 * 3600);
  EXPECT_EQ(detail::parse_offset("-0500"), -5 * 3600);
  EXPECT_EQ(detail::parse_offset("Z"), 0);
  EXPECT_FALSE(detail::parse_offset("+9").has_value());
  EXPECT_TRUE(is_known_zone("Asia/Seoul"));
  EXPECT_TRUE(is_known_zone("America/New_York"));
  EXPECT_FALSE(is_known_zone("Asia/Sooul"));
}

TEST(Zone, FormatsInstantsWithTheOffsetInForceThen) {
  // 2024-01-26T00:00:00Z
  const Seconds instant = 1706227200;
  EXPECT_EQ(format_instant(instant, "Asia/Seoul"), "2024-01-26T09:00:00+09:00");
  EXPECT_EQ(format_instant(instant, "America/New_York"), "2024-01-25T19:00:00-05:00");
  EXPECT_EQ(format_instant(instant, "UTC"), "2024-01-26T00:00:00Z");
  // Summer time in New York: 2024-07-01T12:00:00Z is 08:00 EDT.
  EXPECT_EQ(format_instant(1719835200, "America/New_York"), "2024-07-01T08:00:00-04:00");
  EXPECT_EQ(format_instant(unbounded_past, "UTC"), "");
}

TEST(Zone, MapsSkippedAndRepeatedWallTimesWithoutShrinkingBounds) {
  const auto ny = detail::Zone::find("America/New_York");
  ASSERT_TRUE(ny.has_value());
  // 2024-03-10 02:30 local does not exist; the clock jumps to 03:00 EDT = 07:00Z.
  const Seconds skipped_local = 1710037800;  // 2024-03-10T02:30 as if UTC
  EXPECT_EQ(ny->to_utc(skipped_local, false), 1710054000);
  // 2024-11-03 01:30 local happens twice: 05:30Z (EDT) and 06:30Z (EST).
  const Seconds repeated_local = 1730597400;  // 2024-11-03T01:30 as if UTC
  EXPECT_EQ(ny->to_utc(repeated_local, false), 1730611800);
  EXPECT_EQ(ny->to_utc(repeated_local, true), 1730615400);
}

TEST(Zone, FormatsSpansInBothLanguages) {
  EXPECT_EQ(format_span(7 * 2629746, false), "7 months");
  EXPECT_EQ(format_span(7 * 2629746, true), "7개월");
  EXPECT_EQ(format_span(86400, false), "1 day");
  EXPECT_EQ(format_span(6 * 3600, true), "6시간");
}

}  // namespace
}  // namespace chronograph
