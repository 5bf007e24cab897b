#pragma once
// Internal: how every writer (SVG, DOT, scene JSON) prints page coordinates, so the same layout
// gives the same bytes on every machine.

#include <string>

namespace chronograph::detail {

// Shortest fixed-point text with at most two decimals: 12, 12.5, 12.25.
[[nodiscard]] std::string format_number(double value);

}  // namespace chronograph::detail
