#pragma once
// Internal: chronograph bounds → TIMEX3 values, for the TimeML writer (docs/timeml.md, "Writing
// TimeML").

#include <optional>
#include <string>
#include <string_view>

#include "chronograph/time.hpp"

namespace chronograph::detail {

// The TimeML units a TIMEX3 value can name, finest first.
enum class TimexGrain { second, minute, hour, day, month, year, decade, century };

struct TimexText {
  std::string value;      // "2024-01-26", "1969-07-16T09:32-04:00", "2024-01-26TMO", "BC0509"
  std::string_view type;  // "DATE" or "TIME"
  TimexGrain grain = TimexGrain::day;
};

// The finest TimeML unit, in `zone`'s wall-clock time, that holds every instant of `bounds` (the
// closed bound at the start of the next unit counts as inside, as a date's bounds end there).
// `day_part` is TimeSpec::day_part: a day whose part TimeML has a code for is written with it.
// Nothing for an open bound, or one a value cannot name (a span of more than a century, years
// past 9999, decades and centuries before 1 CE).
[[nodiscard]] std::optional<TimexText> timex_text(const Bounds& bounds, std::string_view zone,
                                                  std::string_view day_part = {});

// A TIMEX3 DURATION value for `length` seconds, at least one unit: counted in `grain`'s unit from a
// day up ("P11D", "P3Y"), in the largest clock unit that counts it exactly below ("PT2H", "PT90M").
[[nodiscard]] std::string timex_duration(Seconds length, TimexGrain grain);

}  // namespace chronograph::detail
