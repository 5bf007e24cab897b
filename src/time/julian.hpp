#pragma once
// Internal: the civil-date arithmetic of either calendar. Gregorian dates go through Boost's
// formulas (time/calendar.hpp); Julian dates through Howard Hinnant's date/julian.h, which counts
// days from the same 1970-01-01 epoch, so both land on the same UTC seconds.

#include <cstdint>

#include "chronograph/time.hpp"
#include "time/calendar.hpp"

namespace chronograph::detail {

[[nodiscard]] int days_in_month(int year, int month, Calendar calendar);
// Days since 1970-01-01 (proleptic Gregorian) of a date written in `calendar`.
[[nodiscard]] std::int64_t days_from_civil(const CivilDate& date, Calendar calendar);
[[nodiscard]] CivilDate civil_from_days(std::int64_t days, Calendar calendar);
[[nodiscard]] inline Seconds local_midnight(const CivilDate& date, Calendar calendar) {
  return days_from_civil(date, calendar) * 86400;
}

}  // namespace chronograph::detail
