#pragma once
// Internal: parts of the day ("late afternoon", "오전") and the local hours they cover.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chronograph::detail {

struct DayPart {
  std::string_view canonical;  // English name; TimeSpec::day_part points at it (a literal)
  int from_hour;               // local, inclusive
  int to_hour;                 // local, inclusive; 24 = midnight ending the day
};

// The day part a phrase names (English case-insensitive, single spaces between words), if any.
[[nodiscard]] std::optional<DayPart> find_day_part(std::string_view phrase);
// Every accepted phrase, for "did you mean" suggestions.
[[nodiscard]] const std::vector<std::string_view>& day_part_phrases();
// "unknown part of day 'late afternon'; did you mean 'late afternoon'?"
[[nodiscard]] std::string unknown_day_part(std::string_view phrase);

}  // namespace chronograph::detail
