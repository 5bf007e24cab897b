// Bounds → TIMEX3 values: the finest TimeML unit that holds them, in the zone's wall-clock time.

#include "render/timeml/timex_text.hpp"

#include <gtest/gtest.h>

#include <string>

namespace chronograph::detail {
namespace {

// The value for what parse_time makes of `expression` read in `zone`, with its type.
std::string value_of(std::string_view expression, std::string_view zone = "UTC") {
  const TimeParse<TimeSpec> parsed = parse_time(expression, zone);
  EXPECT_TRUE(parsed.value) << expression;
  if (!parsed.value) return "unreadable";
  const auto text = timex_text(parsed.value->start, zone, parsed.value->day_part);
  return text ? text->value + " " + std::string(text->type) : "none";
}

TEST(TimexText, EachPrecisionIsWrittenAtItsUnit) {
  EXPECT_EQ(value_of("2024"), "2024 DATE");
  EXPECT_EQ(value_of("2023-06"), "2023-06 DATE");
  EXPECT_EQ(value_of("2024-01-26"), "2024-01-26 DATE");
  EXPECT_EQ(value_of("2024-01-26T20"), "2024-01-26T20Z TIME");
  EXPECT_EQ(value_of("2024-01-26T09:32"), "2024-01-26T09:32Z TIME");
  EXPECT_EQ(value_of("2024-01-26T09:32:15"), "2024-01-26T09:32:15Z TIME");
  EXPECT_EQ(value_of("199X"), "199 DATE");
  EXPECT_EQ(value_of("19XX"), "19 DATE");
}

TEST(TimexText, TheZonesWallClockWithItsOffset) {
  EXPECT_EQ(value_of("2024-01-26", "Asia/Seoul"), "2024-01-26 DATE");
  EXPECT_EQ(value_of("1969-07-16T09:32", "America/New_York"), "1969-07-16T09:32-04:00 TIME");
  EXPECT_EQ(value_of("2024-01-26T09:00", "Asia/Kolkata"), "2024-01-26T09:00+05:30 TIME");
}

TEST(TimexText, PartsOfTheDayTimemlNamesAndOthersAsTheDay) {
  EXPECT_EQ(value_of("2024-01-26 오전", "Asia/Seoul"), "2024-01-26TMO TIME");
  EXPECT_EQ(value_of("2024-01-26 evening"), "2024-01-26TEV TIME");
  EXPECT_EQ(value_of("2024-01-26 late"), "2024-01-26 DATE");
}

TEST(TimexText, YearsBeforeOneCeAreWrittenWithBc) {
  EXPECT_EQ(value_of("-0508"), "BC0509 DATE");
  EXPECT_EQ(value_of("0001"), "0001 DATE");
  EXPECT_EQ(value_of("-050X"), "none");  // a decade before 1 CE has no TimeML value
}

TEST(TimexText, OpenAndTooWideBoundsHaveNone) {
  EXPECT_EQ(timex_text({}, "UTC"), std::nullopt);
  EXPECT_EQ(timex_text({0, unbounded_future}, "UTC"), std::nullopt);
  const auto hull = [](std::string_view expression) {
    const auto text = timex_text(parse_time(expression, "UTC").value->hull(), "UTC");
    return text ? text->value : "none";
  };
  EXPECT_EQ(hull("2023-12/2024-01"), "202");  // the unit that holds both is the decade
  EXPECT_EQ(hull("1999/2001"), "none");       // across a century
}

TEST(TimexText, DurationsCountTheCoarserUnit) {
  EXPECT_EQ(timex_duration(11 * 86400, TimexGrain::day), "P11D");
  EXPECT_EQ(timex_duration(7200, TimexGrain::minute), "PT2H");
  EXPECT_EQ(timex_duration(5400, TimexGrain::minute), "PT90M");
  EXPECT_EQ(timex_duration(61, TimexGrain::second), "PT61S");
  EXPECT_EQ(timex_duration(10, TimexGrain::day), "P1D");
  EXPECT_EQ(timex_duration(3 * 31556952, TimexGrain::year), "P3Y");
}

}  // namespace
}  // namespace chronograph::detail
