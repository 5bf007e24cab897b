#include <gtest/gtest.h>

#include "chronograph/time.hpp"

namespace chronograph {
namespace {

constexpr Seconds minute = 60, hour = 3600, day = 86400;

struct DurationCase {
  const char* text;
  Seconds min;
  Seconds max;
  bool approximate;
};

TEST(ParseDuration, ReadsIsoHumanKoreanApproximateAndRanges) {
  const DurationCase cases[] = {
      {"PT6H", 6 * hour, 6 * hour, false},
      {"P7M", 196 * day, 217 * day, false},
      {"P1Y", 365 * day, 366 * day, false},
      {"P2W", 14 * day, 14 * day, false},
      {"P3D", 3 * day, 3 * day, false},
      {"PT90M", 90 * minute, 90 * minute, false},
      {"PT45S", 45, 45, false},
      {"P1M", 28 * day, 31 * day, false},
      {"PT1M", minute, minute, false},
      {"P1Y2M10DT2H30M", (365 + 56 + 10) * day + 2 * hour + 30 * minute,
       (366 + 62 + 10) * day + 2 * hour + 30 * minute, false},
      {"pt6h", 6 * hour, 6 * hour, false},
      {"~PT6H", 5 * hour, 7 * hour, true},
      {"7 months", 196 * day, 217 * day, false},
      {"1 month", 28 * day, 31 * day, false},
      {"6h", 6 * hour, 6 * hour, false},
      {"6 hours", 6 * hour, 6 * hour, false},
      {"6 Hours", 6 * hour, 6 * hour, false},
      {"3 days", 3 * day, 3 * day, false},
      {"90 min", 90 * minute, 90 * minute, false},
      {"1h30m", 90 * minute, 90 * minute, false},
      {"1 day 6 hours", day + 6 * hour, day + 6 * hour, false},
      {"2 weeks", 14 * day, 14 * day, false},
      {"2 years", 730 * day, 732 * day, false},
      {"7개월", 196 * day, 217 * day, false},
      {"6시간", 6 * hour, 6 * hour, false},
      {"3일", 3 * day, 3 * day, false},
      {"90분", 90 * minute, 90 * minute, false},
      {"2주", 14 * day, 14 * day, false},
      {"1년", 365 * day, 366 * day, false},
      {"약 7개월", 165 * day, 248 * day, true},
      // ~ widens by the longest length of the finest unit written, never below zero.
      {"~7 months", 165 * day, 248 * day, true},
      {"about 3 days", 2 * day, 4 * day, true},
      {"~1h", 0, 2 * hour, true},
      {"~30 min", 29 * minute, 31 * minute, true},
      {"~0h", 0, hour, true},
      {"0h..12h", 0, 12 * hour, false},
      {"1 month .. 2 months", 28 * day, 62 * day, false},
      {"PT1H..PT2H", hour, 2 * hour, false},
      {"~1h..3h", 0, 4 * hour, true},
      {"  6h  ", 6 * hour, 6 * hour, false},
  };
  for (const DurationCase& c : cases) {
    SCOPED_TRACE(c.text);
    const auto parsed = parse_duration(c.text);
    ASSERT_FALSE(parsed.error.has_value()) << parsed.error->message;
    EXPECT_EQ(parsed.value->min, c.min);
    EXPECT_EQ(parsed.value->max, c.max);
    EXPECT_EQ(parsed.value->approximate, c.approximate);
    EXPECT_EQ(parsed.value->text, c.text);
  }
}

struct DurationErrorCase {
  const char* text;
  std::size_t offset;
  std::size_t length;
  const char* message;
};

TEST(ParseDuration, PointsAtTheExactBytesOfErrors) {
  const DurationErrorCase cases[] = {
      {"", 0, 0, "empty duration"},
      {"  ", 0, 2, "empty duration"},
      {"7 monthz", 2, 6, "unknown unit 'monthz'; did you mean 'month'?"},
      {"3 dayz", 2, 4, "unknown unit 'dayz'; did you mean 'day'?"},
      {"3 fortnights", 2, 10, "unknown unit 'fortnights'"},
      {"7", 0, 1, "missing unit after '7' (h, days, months…)"},
      {"months", 0, 1, "expected a number at 'months'"},
      {"~", 1, 0, "expected a number"},
      {"1.5 hours", 0, 3, "fractions are not supported; use a smaller unit (90 min)"},
      {"12345678901 s", 0, 11, "number is too large"},
      {"P", 0, 1, "expected a number after 'P'"},
      {"PT", 1, 1, "expected a number after 'T'"},
      {"P6H", 2, 1, "'H' needs 'T' before the time part (PT6H)"},
      {"P1D2Y", 4, 1, "'Y' is out of order (PnYnMnWnDTnHnMnS)"},
      {"P1X", 2, 1, "unexpected 'X' in an iso 8601 duration"},
      {"P1", 2, 0, "expected a designator (Y, M, W, D, H or S)"},
      {"6h garbage", 3, 7, "unexpected 'garbage'"},
      {"12h..1h", 0, 7, "the range ends before it starts"},
      {"6h..", 4, 0, "expected a number"},
  };
  for (const DurationErrorCase& c : cases) {
    SCOPED_TRACE(c.text);
    const auto parsed = parse_duration(c.text);
    ASSERT_TRUE(parsed.error.has_value());
    EXPECT_EQ(parsed.error->message, c.message);
    EXPECT_EQ(parsed.error->offset, c.offset);
    EXPECT_EQ(parsed.error->length, c.length);
  }
}

}  // namespace
}  // namespace chronograph
