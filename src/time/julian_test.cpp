#include "time/julian.hpp"

#include <gtest/gtest.h>

#include <string>

namespace chronograph::detail {
namespace {

constexpr std::int64_t unix_epoch_julian_day = 2440588;

std::string utc(Seconds instant) {
  return format_instant(instant, "UTC");
}

TEST(Julian, AnchorsOfTheTwoCalendars) {
  // The Gregorian reform: Thursday 4 October 1582 (Julian) was followed by Friday 15 October.
  EXPECT_EQ(days_from_civil({1582, 10, 5}, Calendar::julian), days_from_civil({1582, 10, 15}));
  EXPECT_EQ(days_from_civil({1582, 10, 4}, Calendar::julian) + 1,
            days_from_civil({1582, 10, 15}, Calendar::gregorian));
  // The Ides of March, 44 BCE: Julian day number 1705426, proleptic Gregorian 13 March.
  const std::int64_t ides = days_from_civil({-43, 3, 15}, Calendar::julian);
  EXPECT_EQ(ides + unix_epoch_julian_day, 1705426);
  EXPECT_EQ(civil_from_days(ides, Calendar::gregorian), (CivilDate{-43, 3, 13}));
  // Both calendars agree from 1 March 200 to 28 February 300.
  EXPECT_EQ(days_from_civil({250, 6, 1}, Calendar::julian), days_from_civil({250, 6, 1}));
}

TEST(Julian, EveryFourthYearIsLeap) {
  EXPECT_EQ(days_in_month(1900, 2, Calendar::julian), 29);
  EXPECT_EQ(days_in_month(1900, 2, Calendar::gregorian), 28);
  EXPECT_EQ(days_in_month(0, 2, Calendar::julian), 29);  // 1 BCE
  EXPECT_EQ(days_in_month(-44, 2, Calendar::julian), 29);
  EXPECT_EQ(days_in_month(-43, 2, Calendar::julian), 28);
  EXPECT_EQ(days_in_month(2023, 4, Calendar::julian), 30);
}

TEST(Julian, EveryDayOfTheSupportedRangeRoundTrips) {
  std::int64_t previous = days_from_civil({min_supported_year - 1, 1, 1}, Calendar::julian) - 1;
  for (int year = min_supported_year - 1; year <= max_supported_year + 1; ++year)
    for (int month = 1; month <= 12; ++month)
      for (int day = 1; day <= days_in_month(year, month, Calendar::julian); ++day) {
        const CivilDate date{year, month, day};
        const std::int64_t days = days_from_civil(date, Calendar::julian);
        ASSERT_EQ(days, previous + 1) << year << "-" << month << "-" << day;
        ASSERT_EQ(civil_from_days(days, Calendar::julian), date);
        previous = days;
      }
}

TEST(Julian, ParseTimeReadsJulianDatesIntoGregorianSeconds) {
  const auto ides = parse_time("-0043-03-15", "UTC", Calendar::julian);
  ASSERT_TRUE(ides.value) << ides.error->message;
  EXPECT_EQ(utc(ides.value->start.earliest), "-0043-03-13T00:00:00Z");
  EXPECT_EQ(utc(ides.value->end.latest), "-0043-03-14T00:00:00Z");
  EXPECT_EQ(ides.value->calendar, Calendar::julian);
  EXPECT_EQ(parse_time("-0043-03-15", "UTC").value->calendar, Calendar::gregorian);
  for (const char* same : {"44-03-15 BCE", "기원전 44년 3월 15일"})
    EXPECT_EQ(parse_time(same, "UTC", Calendar::julian).value->start, ides.value->start) << same;
  EXPECT_EQ(parse_time("1582-10-05", "UTC", Calendar::julian).value->start,
            parse_time("1582-10-15", "UTC").value->start);
  // A month and a year span the Julian month and year; ~ widens in Julian months.
  const auto march = parse_time("-0043-03~", "UTC", Calendar::julian);
  ASSERT_TRUE(march.value);
  EXPECT_EQ(utc(march.value->start.earliest), "-0043-01-30T00:00:00Z");  // Julian 1 February
  EXPECT_EQ(utc(march.value->end.latest), "-0043-04-29T00:00:00Z");      // Julian 1 May
  EXPECT_TRUE(parse_time("1700-02-29", "UTC", Calendar::julian).value.has_value());
  EXPECT_TRUE(parse_time("-4799", "UTC", Calendar::julian).value.has_value());
}

TEST(Julian, ErrorsNameTheCalendar) {
  const auto leap = parse_time("1701-02-29", "UTC", Calendar::julian);
  ASSERT_TRUE(leap.error);
  EXPECT_EQ(leap.error->message, "day 29 does not exist in February 1701 (Julian calendar)");
  EXPECT_EQ(leap.error->offset, 8U);
  const auto gregorian = parse_time("1700-02-29", "UTC");
  ASSERT_TRUE(gregorian.error);
  EXPECT_EQ(gregorian.error->message, "day 29 does not exist in February 1700");
  const auto range = parse_time("-4800", "UTC", Calendar::julian);
  ASSERT_TRUE(range.error);
  EXPECT_EQ(range.error->message, "year -4800 is outside the supported range -4799..9999");
}

TEST(Julian, CalendarNames) {
  EXPECT_EQ(calendar_from_string("julian"), Calendar::julian);
  EXPECT_EQ(calendar_from_string("gregorian"), Calendar::gregorian);
  EXPECT_FALSE(calendar_from_string("Julian").has_value());
  EXPECT_EQ(to_string(Calendar::julian), "julian");
  EXPECT_EQ(calendar_names().size(), 2U);
}

}  // namespace
}  // namespace chronograph::detail
