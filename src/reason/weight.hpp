#pragma once
// Internal: path weights of the distance graph, with strictness kept exact.
// A weight (seconds, k) stands for seconds − k·ε with ε infinitesimal: the bound x − y ≤ w − k·ε.
// Comparing lexicographically on (seconds, −k) orders them exactly as those real numbers would
// for every small enough ε, so no fixed epsilon is ever chosen.

#include <cstdint>
#include <limits>

#include "chronograph/time.hpp"

namespace chronograph::detail {

struct Weight {
  Seconds seconds = 0;
  std::int32_t strict = 0;  // k: how many strict inequalities the path went through

  [[nodiscard]] static constexpr Weight infinite() {
    return {std::numeric_limits<Seconds>::max(), 0};
  }
  [[nodiscard]] constexpr bool is_infinite() const {
    return seconds == std::numeric_limits<Seconds>::max();
  }
  // True when the bound forbids zero: a cycle of this weight is a contradiction.
  [[nodiscard]] constexpr bool below_zero() const {
    return seconds < 0 || (seconds == 0 && strict > 0);
  }
};

[[nodiscard]] constexpr bool operator<(Weight a, Weight b) {
  return a.seconds < b.seconds || (a.seconds == b.seconds && a.strict > b.strict);
}
[[nodiscard]] constexpr bool operator==(Weight a, Weight b) {
  return a.seconds == b.seconds && a.strict == b.strict;
}

// Saturating, so absurd gaps and durations can never wrap around into a bogus contradiction.
[[nodiscard]] inline Weight operator+(Weight a, Weight b) {
  constexpr Seconds limit = Seconds{1} << 62;
  Seconds sum = 0;
  if (__builtin_add_overflow(a.seconds, b.seconds, &sum)) sum = a.seconds < 0 ? -limit : limit;
  if (sum > limit) sum = limit;
  if (sum < -limit) sum = -limit;
  return {sum, a.strict + b.strict};
}

}  // namespace chronograph::detail
