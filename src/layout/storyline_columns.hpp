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
  double time_x = 0;
  std::vector<LineIndex> lines;  // distinct
};

struct ColumnPlan {
  std::vector<double> x;                  // per column, increasing
  std::vector<std::size_t> column_of;     // per meeting
  std::vector<Column> columns;            // groups, ordered top to bottom after ordering
  std::vector<std::size_t> first_column;  // per line
  std::vector<std::size_t> last_column;
};

// Columns left to right: a meeting joins the current column when its time is within
// `spacing / 2` of it and shares no line with it; otherwise it opens a column at its own time x,
// at least `spacing` right of the previous one. Lines pass through every column between their
// first and last meeting. `meetings` must be sorted by time x, then file order.
ColumnPlan plan_columns(std::span<const MeetingInput> meetings, std::size_t line_count,
                        double spacing);

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
