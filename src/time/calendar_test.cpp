#include "time/calendar.hpp"

#include <gtest/gtest.h>

#include <date/date.h>

namespace chronograph::detail {
namespace {

std::int64_t reference_days(const CivilDate& date) {
  const date::year_month_day ymd{date::year{date.year},
                                 date::month{static_cast<unsigned>(date.month)},
                                 date::day{static_cast<unsigned>(date.day)}};
  return date::sys_days{ymd}.time_since_epoch().count();
}

TEST(Calendar, KnowsLeapYearsAndMonthLengths) {
  struct Case {
    int year, month, days;
  };
  const Case cases[] = {{2024, 2, 29}, {2023, 2, 28}, {1900, 2, 28}, {2000, 2, 29},
                        {0, 2, 29},    {-1, 2, 28},   {-4, 2, 29},   {-100, 2, 28},
                        {-400, 2, 29}, {2024, 4, 30}, {2024, 12, 31}};
  for (const Case& c : cases)
    EXPECT_EQ(days_in_month(c.year, c.month), c.days) << c.year << "-" << c.month;
}

TEST(Calendar, AgreesWithHinnantDateOnEverySupportedDay) {
  // Walks every day of the supported range (and the widening margin below it) both ways.
  std::int64_t expected = reference_days({min_supported_year - 2, 1, 1});
  for (int year = min_supported_year - 2; year <= max_supported_year + 1; ++year) {
    for (int month = 1; month <= 12; ++month) {
      for (int day = 1; day <= days_in_month(year, month); ++day, ++expected) {
        const CivilDate date{year, month, day};
        if (days_from_civil(date) != expected || civil_from_days(expected) != date) {
          FAIL() << year << "-" << month << "-" << day << ": " << days_from_civil(date)
                 << " != " << expected;
        }
      }
    }
  }
}

TEST(Calendar, AddsMonthsAcrossYearEnds) {
  EXPECT_EQ(add_months(2024, 1, -1), (CivilDate{2023, 12, 1}));
  EXPECT_EQ(add_months(2024, 12, 1), (CivilDate{2025, 1, 1}));
  EXPECT_EQ(add_months(0, 1, -1), (CivilDate{-1, 12, 1}));
  EXPECT_EQ(add_months(-1, 12, 1), (CivilDate{0, 1, 1}));
  EXPECT_EQ(add_months(2024, 6, 0), (CivilDate{2024, 6, 1}));
}

TEST(Calendar, UnixEpochIsDayZero) {
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(local_midnight({2024, 1, 26}), 1706227200);
}

}  // namespace
}  // namespace chronograph::detail
