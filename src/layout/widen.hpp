#pragma once
// Internal: room for storyline columns made by widening the axis itself, never by moving a
// column off its time (docs/storyline.md, "Columns").

#include <span>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

// Where a column may stand on the axis (x of the earliest and latest instant every meeting in it
// allows) and where it would like to (its meetings' middle).
struct ColumnWindow {
  double lo = 0;
  double hi = 0;
  double want = 0;  // lo <= want <= hi; non-decreasing from column to column
};

// x for each column inside its window, in order, as close to `want` as `spacing` between
// neighbours allows: a pass left to right pushes columns right as far as their windows let them,
// a pass right to left pulls back those pushed past a neighbour. Where windows leave less than
// `spacing` the columns stay closer (widen_for_columns makes the room). O(n).
std::vector<double> spread_columns(std::span<const ColumnWindow> windows, double spacing);

// Columns at `times` (non-decreasing, each inside the axis) must stand at least `spacing` apart.
// Where two consecutive columns are closer, the stretch of time between them becomes a linear
// piece of its own, as much wider as it takes; columns at the same instant widen that instant
// into a piece of zero duration. Everything drawn at a time (segments, breaks, ticks and their
// labels) moves with it, and the page grows. Returns each column's x: x_of(times[i]), or its place
// inside a widened instant. O((columns + segments + ticks) log).
std::vector<double> widen_for_columns(Axis& axis, std::span<const Seconds> times, double spacing);

}  // namespace chronograph::detail
