#pragma once
// Internal: proleptic Gregorian arithmetic for the time parser, on Boost.Date_Time's calendar
// formulas instantiated with plain ints (boost::gregorian::greg_year stops at 1400..9999).

#include <cstdint>

#include "chronograph/time.hpp"

namespace chronograph::detail {

// Years a written date may carry (astronomical numbering: 0 = 1 BCE, -500 = 501 BCE). The lower
// limit is where Boost's day_number formula stops holding; see docs/time.md.
inline constexpr int min_supported_year = -4799;
inline constexpr int max_supported_year = 9999;

struct CivilDate {
  int year = 1970;
  int month = 1;
  int day = 1;
  friend bool operator==(const CivilDate&, const CivilDate&) = default;
};

[[nodiscard]] bool is_leap_year(int year);
[[nodiscard]] int days_in_month(int year, int month);
// Days since 1970-01-01. Also valid for a few years below min_supported_year, which `~` widening
// can reach.
[[nodiscard]] std::int64_t days_from_civil(const CivilDate& date);
[[nodiscard]] CivilDate civil_from_days(std::int64_t days);
// First day of the month `months` months after (or before) the given year and month.
[[nodiscard]] CivilDate add_months(int year, int month, int months);
// Wall-clock seconds "as if UTC" at the start of a civil date.
[[nodiscard]] inline Seconds local_midnight(const CivilDate& date) {
  return days_from_civil(date) * 86400;
}

}  // namespace chronograph::detail
