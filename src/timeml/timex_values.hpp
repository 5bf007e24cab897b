#pragma once
// Internal: TIMEX3 values (ISO 8601 as TimeML writes it) → chronograph time expressions.
// The table of what becomes what is in docs/timeml.md.

#include <optional>
#include <string>
#include <string_view>

namespace chronograph::detail {

struct TimexAnchor {
  std::optional<std::string> expression;  // a chronograph time expression
  std::string problem;                    // why there is none, when there is none
};

// `value` and `mod` are the TIMEX3 attributes (mod may be empty); `creation_date` is the
// document's creation date as "YYYY-MM-DD", or empty when the document has none. PRESENT_REF,
// PAST_REF and FUTURE_REF are read against it.
[[nodiscard]] TimexAnchor translate_timex_value(std::string_view value, std::string_view mod,
                                                std::string_view creation_date);

// TimeML's code for one of chronograph's part-of-day words ("morning" → "MO"), or empty.
[[nodiscard]] std::string_view day_part_code(std::string_view word);

// "YYYY-MM-DD" of a creation-time value ("2013-03-22", "2013-03-22T10:30"), or empty.
[[nodiscard]] std::string creation_date_of(std::string_view value);

}  // namespace chronograph::detail
