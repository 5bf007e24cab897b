#include "layout/storyline_columns.hpp"

#include <algorithm>
#include <cmath>
#include <limits>

namespace chronograph::detail {

ColumnPlan plan_columns(std::span<const MeetingInput> meetings, std::size_t line_count) {
  ColumnPlan plan;
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  std::vector<std::size_t> used_in(line_count, none);  // last column each line met in
  std::vector<std::vector<std::size_t>> members;       // meetings per column
  for (std::size_t m = 0; m < meetings.size(); ++m) {
    const MeetingInput& meeting = meetings[m];
    bool join = !plan.time.empty() && meeting.time == plan.time.back();
    for (const LineIndex line : meeting.lines)
      if (join && used_in[line] == plan.time.size() - 1) join = false;
    if (!join) {
      plan.time.push_back(meeting.time);
      members.emplace_back();
    }
    members.back().push_back(m);
    plan.column_of.push_back(plan.time.size() - 1);
    for (const LineIndex line : meeting.lines) used_in[line] = plan.time.size() - 1;
  }

  plan.first_column.assign(line_count, none);
  plan.last_column.assign(line_count, 0);
  for (std::size_t m = 0; m < meetings.size(); ++m)
    for (const LineIndex line : meetings[m].lines) {
      plan.first_column[line] = std::min(plan.first_column[line], plan.column_of[m]);
      plan.last_column[line] = std::max(plan.last_column[line], plan.column_of[m]);
    }

  // Passing lines: every column strictly inside a line's life where it meets no one. Lines are
  // swept in one pass over columns with the set of lines alive, so the cost is Σ lines alive.
  std::vector<std::vector<LineIndex>> starting(plan.time.size());
  for (LineIndex line = 0; line < line_count; ++line)
    if (plan.first_column[line] != none) starting[plan.first_column[line]].push_back(line);
  std::vector<LineIndex> alive;
  std::vector<std::size_t> meets_in(line_count, none);
  plan.columns.resize(plan.time.size());
  for (std::size_t c = 0; c < plan.time.size(); ++c) {
    alive.insert(alive.end(), starting[c].begin(), starting[c].end());
    for (const std::size_t m : members[c]) {
      plan.columns[c].push_back({m, meetings[m].lines});
      for (const LineIndex line : meetings[m].lines) meets_in[line] = c;
    }
    std::vector<LineIndex> still;
    for (const LineIndex line : alive) {
      if (meets_in[line] != c) plan.columns[c].push_back({std::nullopt, {line}});
      if (plan.last_column[line] > c) still.push_back(line);
    }
    alive = std::move(still);
    // Initial order: by the earliest-starting line in each group (lines are numbered in order of
    // first appearance), which keeps long-lived lines on top.
    for (ColumnGroup& group : plan.columns[c]) std::sort(group.lines.begin(), group.lines.end());
    std::stable_sort(plan.columns[c].begin(), plan.columns[c].end(),
                     [](const ColumnGroup& a, const ColumnGroup& b) {
                       return a.lines.front() < b.lines.front();
                     });
  }
  return plan;
}

std::vector<std::vector<std::pair<std::size_t, double>>> stack_columns(
    std::span<const Column> columns, std::size_t line_count, const Stacking& stacking,
    double& bottom) {
  const auto height = [&](const ColumnGroup& group) {
    return static_cast<double>(group.lines.size() - 1) * stacking.line_pitch;
  };
  double tallest = 0;
  for (const Column& column : columns) {
    double total = 0;
    for (const ColumnGroup& group : column) total += height(group) + stacking.group_gap;
    tallest = std::max(tallest, total - stacking.group_gap);
  }
  bottom = stacking.top + std::max(tallest, 0.0);

  constexpr double unknown = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> previous_y(line_count, unknown);
  std::vector<std::vector<std::pair<std::size_t, double>>> points(line_count);
  for (std::size_t c = 0; c < columns.size(); ++c) {
    const Column& column = columns[c];
    std::vector<double> top(column.size());
    double floor = stacking.top;
    for (std::size_t g = 0; g < column.size(); ++g) {
      double sum = 0;
      std::size_t known = 0;
      for (std::size_t k = 0; k < column[g].lines.size(); ++k) {
        const double y = previous_y[column[g].lines[k]];
        if (!std::isnan(y)) {
          sum += y - static_cast<double>(k) * stacking.line_pitch;
          ++known;
        }
      }
      const double wanted = known > 0 ? sum / static_cast<double>(known) : floor;
      top[g] = std::max(wanted, floor);
      floor = top[g] + height(column[g]) + stacking.group_gap;
    }
    double ceiling = bottom;
    for (std::size_t g = column.size(); g-- > 0;) {
      top[g] = std::min(top[g], ceiling - height(column[g]));
      ceiling = top[g] - stacking.group_gap;
    }
    for (std::size_t g = 0; g < column.size(); ++g)
      for (std::size_t k = 0; k < column[g].lines.size(); ++k) {
        const LineIndex line = column[g].lines[k];
        const double y = top[g] + static_cast<double>(k) * stacking.line_pitch;
        previous_y[line] = y;
        points[line].emplace_back(c, y);
      }
  }
  return points;
}

}  // namespace chronograph::detail
