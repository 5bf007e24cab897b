#pragma once
// Internal: a duration read as calendar steps, for times written relative to another event
// ("7 months after visit-2023"), which move along the calendar rather than by elapsed seconds.

#include "chronograph/time.hpp"

namespace chronograph::detail {

struct CalendarShift {
  Seconds years = 0;
  Seconds months = 0;
  Seconds days = 0;  // weeks count as 7 days
  Seconds seconds = 0;
};

struct OffsetAmount {
  DurationSpec elapsed;  // what parse_duration reads: [min, max] seconds
  // The shortest and the longest shift as written: equal for "7 months", 6 and 8 months for
  // "~7 months" (one of the finest unit each side, as `~` widens), 1 and 3 days for "1..3 days".
  CalendarShift low;
  CalendarShift high;
  bool calendar = false;    // written with years, months, weeks or days
  bool whole_days = false;  // no hours, minutes or seconds
};

// The duration grammar of parse_duration, same errors.
[[nodiscard]] TimeParse<OffsetAmount> parse_offset_amount(std::string_view text);

}  // namespace chronograph::detail
