#include "time/zone.hpp"

#include <gtest/gtest.h>

namespace chronograph {
namespace {

TEST(Zone, ReadsOffsetsAndIanaNames) {
  EXPECT_EQ(detail::parse_offset("+09:00"), 9 * 3600);
  EXPECT_EQ(detail::parse_offset("-0500"), -5 * 3600);
  EXPECT_EQ(detail::parse_offset("Z"), 0);
  EXPECT_FALSE(detail::parse_offset("+9").has_value());
  // Local mean times have seconds: Rome's was +00:49:56, Manila's -15:56:08.
  EXPECT_EQ(detail::parse_offset("+00:49:56"), 49 * 60 + 56);
  EXPECT_EQ(detail::parse_offset("+004956"), 49 * 60 + 56);
  EXPECT_EQ(detail::parse_offset("-15:56:08"), -(15 * 3600 + 56 * 60 + 8));
  for (const char* bad :
       {"+16:00", "+00:60", "+00:49:60", "+00:49:", "+00:4956", "+0049:56", "+00495", "+00:49:5"})
    EXPECT_FALSE(detail::parse_offset(bad).has_value()) << bad;
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

TEST(Zone, WritesTheSecondsOfAnOffset) {
  EXPECT_EQ(detail::format_offset(0), "Z");
  EXPECT_EQ(detail::format_offset(-5 * 3600), "-05:00");
  EXPECT_EQ(detail::format_offset(49 * 60 + 56), "+00:49:56");
  EXPECT_EQ(detail::format_offset(-(15 * 3600 + 56 * 60 + 8)), "-15:56:08");
  // Rome kept its local mean time until 1866 in the tz database.
  const auto ides = parse_time("-0043-03-15", "Europe/Rome");
  ASSERT_TRUE(ides.value) << ides.error->message;
  EXPECT_EQ(format_instant(ides.value->start.earliest, "Europe/Rome"),
            "-0043-03-15T00:00:00+00:49:56");
}

// Whatever format_instant writes, parse_time reads back to the same instant.
TEST(Zone, FormattedInstantsReadBackExactly) {
  for (const char* zone : {"Europe/Rome", "Europe/Amsterdam", "Asia/Manila", "America/Sitka",
                           "Asia/Seoul", "America/New_York", "UTC"}) {
    for (const char* date : {"-0043-03-15T12:34:56", "1500-06-01T00:00", "1850-01-01T06:00",
                             "1900-07-01", "2024-01-26T19:55"}) {
      const auto written = parse_time(date, zone);
      ASSERT_TRUE(written.value) << date << " " << zone;
      const Seconds instant = written.value->start.earliest + 17;  // not on a minute
      const std::string text = format_instant(instant, zone);
      const auto read = parse_time(text, "UTC");
      ASSERT_TRUE(read.value) << text << ": " << read.error->message;
      EXPECT_EQ(read.value->start.earliest, instant) << text << " " << zone;
    }
  }
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
