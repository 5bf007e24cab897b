#pragma once
// Internal: storyline meetings gathered into columns, and the y of every line at every column.

#include <span>
#include <vector>

#include "chronograph/layout.hpp"
#include "layout/storyline_order.hpp"

namespace chronograph::detail {

struct MeetingInput {
  NodeId event = 0;
  std::size_t file_index = 0;
  Seconds time = 0;              // where its lines meet: an instant inside its bounds
  std::vector<LineIndex> lines;  // distinct
};

struct ColumnPlan {
  std::vector<Seconds> time;              // per column, non-decreasing
  std::vector<std::size_t> column_of;     // per meeting
  std::vector<Column> columns;            // groups, ordered top to bottom after ordering
  std::vector<std::size_t> first_column;  // per line
  std::vector<std::size_t> last_column;
};

// Columns left to right: a meeting joins the current column when it meets at the same instant
// and shares no line with it; otherwise it opens a column of its own, so a participant is never
// in two places at once. Lines pass through every column between their first and last meeting.
// `meetings` must be sorted by time, then file order. Where columns stand is the axis's business
// (widen_for_columns), never a nudge away from their time.
ColumnPlan plan_columns(std::span<const MeetingInput> meetings, std::size_t line_count);

struct Stacking {
  double line_pitch = 12;  // between lines of one group
  double group_gap = 22;   // between groups (and lines passing by)
  double top = 0;
};

// y of each line at each column, as (column, y) pairs per line in column order. Each group keeps
// its lines where they were one column earlier when room allows (so lines run straight), but no
// column grows taller than the most crowded column stacked tightly.
std::vector<std::vector<std::pair<std::size_t, double>>> stack_columns(
    std::span<const Column> columns, std::size_t line_count, const Stacking& stacking,
    double& bottom);

}  // namespace chronograph::detail
