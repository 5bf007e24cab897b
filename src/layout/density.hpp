#pragma once
// Internal: level of detail for the timeline (docs/timeline.md, "Level of detail"). A page of
// thousands of events cannot draw each one readably, so when the lanes' rows add up to more than a
// page holds, every lane gets at most the same number of rows, filled with its most important
// events (named in --focus, linked by a relation, long), and the events that do not fit become a
// density band under the lane's rows: one strip, darker where more events start.

#include <cstddef>
#include <optional>
#include <span>
#include <vector>

#include "layout/lanes.hpp"

namespace chronograph::detail {

// Rows of marks a page holds before lanes are thinned (24 px each at the default font).
inline constexpr std::size_t page_row_budget = 400;
// The density band: bins this wide, shaded in this many steps, drawn this tall.
inline constexpr double density_bin_width = 8;
inline constexpr int density_shades = 6;
inline constexpr double density_band_height = 10;

// The most rows any lane keeps so that the lanes' rows add up to at most `budget` (at least 1 row
// each); nullopt when they already do, and nothing is thinned.
[[nodiscard]] std::optional<std::size_t> lane_row_cap(std::span<const std::size_t> rows,
                                                      std::size_t budget);

// The rows (< `rows`) of the extents kept, nullopt for the others: higher priority first, then
// earlier, each in the first row where it keeps `gap` from its neighbours. O(n · rows · log n).
[[nodiscard]] std::vector<std::optional<std::size_t>> keep_within_rows(
    std::span<const Extent> extents, std::span<const int> priority, std::size_t rows, double gap);

// One stretch of a band: [x0, x1), `events` starting in it, shade 1 … density_shades.
struct DensityRun {
  double x0 = 0;
  double x1 = 0;
  std::size_t events = 0;
  int shade = 1;
};

// `xs` (where the events not drawn start) counted in bins of density_bin_width from `left`, shaded
// on a log scale against the fullest bin of `scale_max` (the page's, so lanes compare), and
// neighbouring bins of the same shade merged. Bounded by the plot's width, not by the events.
[[nodiscard]] std::vector<DensityRun> density_runs(std::span<const double> xs, double left,
                                                   double right, std::size_t scale_max);

// The most events any bin of `xs` holds (for density_runs' scale_max).
[[nodiscard]] std::size_t fullest_bin(std::span<const double> xs, double left, double right);

}  // namespace chronograph::detail
