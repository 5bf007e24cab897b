#pragma once
// Internal: "did you mean" suggestions for misspelt keys and enumerated values.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace chronograph::detail {

// Optimal string alignment distance over code points, ASCII case ignored: insertions, deletions,
// substitutions and transpositions of adjacent characters each cost 1 ("wehn" → "when" is 1,
// "오우" → "오후" is 1).
[[nodiscard]] std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible typo: at most 2 edits,
// at most 1 for candidates of 3 bytes or fewer; ties go to the earlier candidate.
[[nodiscard]] std::optional<std::string_view> closest_match(
    std::string_view word, std::span<const std::string_view> candidates);

// "; did you mean 'when'?" or "" when nothing is close.
[[nodiscard]] std::string did_you_mean(std::string_view word,
                                       std::span<const std::string_view> candidates);

// "a, b or c", each quoted when `quote` is set.
[[nodiscard]] std::string join_choices(std::span<const std::string_view> choices, bool quote);

}  // namespace chronograph::detail
