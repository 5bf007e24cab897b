#include "time/calendar.hpp"

#include <boost/date_time/gregorian_calendar.hpp>
#include <boost/date_time/year_month_day.hpp>

namespace chronograph::detail {

namespace {

using Ymd = boost::date_time::year_month_day_base<int, int, int>;
using Calendar = boost::date_time::gregorian_calendar_base<Ymd, std::int64_t>;

// Julian day number of 1970-01-01.
constexpr std::int64_t unix_epoch_day = 2440588;
// The Gregorian calendar repeats every 400 years; shifting by whole cycles keeps a date inside the
// years where Boost's formulas hold (day_number keeps `year + 4800` in an unsigned short).
constexpr int cycle_years = 400;
constexpr std::int64_t cycle_days = 146097;

int cycles_to_lift(int year) {
  return year >= min_supported_year ? 0 : (min_supported_year - year) / cycle_years + 1;
}

}  // namespace

bool is_leap_year(int year) {
  return Calendar::is_leap_year(year);
}

int days_in_month(int year, int month) {
  return Calendar::end_of_month_day(year, month);
}

std::int64_t days_from_civil(const CivilDate& date) {
  const int lift = cycles_to_lift(date.year);
  const Ymd ymd(date.year + lift * cycle_years, date.month, date.day);
  return Calendar::day_number(ymd) - unix_epoch_day - lift * cycle_days;
}

CivilDate civil_from_days(std::int64_t days) {
  // from_julian_day_number, unlike from_day_number, keeps the year signed.
  const std::int64_t lowest = days_from_civil({min_supported_year, 1, 1});
  const int lift = days < lowest ? static_cast<int>((lowest - days) / cycle_days) + 1 : 0;
  const Ymd ymd = Calendar::from_julian_day_number(days + unix_epoch_day + lift * cycle_days);
  return {ymd.year - lift * cycle_years, ymd.month, ymd.day};
}

CivilDate add_months(int year, int month, int months) {
  // Floor division so that going back from January lands in December of the year before.
  const std::int64_t index = std::int64_t{year} * 12 + (month - 1) + months;
  const std::int64_t floor_year = index >= 0 ? index / 12 : -((-index + 11) / 12);
  return {static_cast<int>(floor_year), static_cast<int>(index - floor_year * 12) + 1, 1};
}

}  // namespace chronograph::detail
