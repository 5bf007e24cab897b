#include "layout/density.hpp"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>
#include <numeric>

namespace chronograph::detail {

namespace {

std::vector<std::size_t> bin_counts(std::span<const double> xs, double left, double right) {
  const auto bins =
      static_cast<std::size_t>(std::max(1.0, std::ceil((right - left) / density_bin_width)));
  std::vector<std::size_t> counts(bins, 0);
  for (const double x : xs) {
    const double offset = std::clamp(x - left, 0.0, right - left);
    ++counts[std::min(bins - 1, static_cast<std::size_t>(offset / density_bin_width))];
  }
  return counts;
}

int shade_of(std::size_t count, std::size_t scale_max) {
  if (scale_max <= 1) return density_shades;
  const double share =
      std::log(static_cast<double>(count)) / std::log(static_cast<double>(scale_max));
  return std::clamp(1 + static_cast<int>(share * (density_shades - 1) + 0.5), 1, density_shades);
}

// Does [begin, end) keep `gap` from every interval in `row` (begin → end)?
bool fits(const std::map<double, double>& row, const Extent& extent, double gap) {
  auto next = row.lower_bound(extent.begin);
  if (next != row.end() && next->first < extent.end + gap) return false;
  if (next != row.begin() && std::prev(next)->second + gap > extent.begin) return false;
  return true;
}

}  // namespace

std::optional<std::size_t> lane_row_cap(std::span<const std::size_t> rows, std::size_t budget) {
  if (std::accumulate(rows.begin(), rows.end(), std::size_t{0}) <= budget) return std::nullopt;
  // The largest cap whose capped sum fits, by bisection over 1 … the fullest lane.
  std::size_t low = 1;
  std::size_t high = *std::max_element(rows.begin(), rows.end());
  auto capped = [&rows](std::size_t cap) {
    std::size_t sum = 0;
    for (const std::size_t r : rows) sum += std::min(r, cap);
    return sum;
  };
  while (low < high) {
    const std::size_t mid = (low + high + 1) / 2;
    if (capped(mid) <= budget) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  return low;
}

std::vector<std::optional<std::size_t>> keep_within_rows(std::span<const Extent> extents,
                                                         std::span<const int> priority,
                                                         std::size_t rows, double gap) {
  std::vector<std::size_t> order(extents.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    if (priority[a] != priority[b]) return priority[a] > priority[b];
    return extents[a].begin < extents[b].begin;
  });
  std::vector<std::map<double, double>> placed(rows);
  std::vector<std::optional<std::size_t>> row_of(extents.size());
  for (const std::size_t index : order) {
    for (std::size_t row = 0; row < rows; ++row) {
      if (!fits(placed[row], extents[index], gap)) continue;
      placed[row].emplace(extents[index].begin, extents[index].end);
      row_of[index] = row;
      break;
    }
  }
  return row_of;
}

std::size_t fullest_bin(std::span<const double> xs, double left, double right) {
  const std::vector<std::size_t> counts = bin_counts(xs, left, right);
  return counts.empty() ? 0 : *std::max_element(counts.begin(), counts.end());
}

std::vector<DensityRun> density_runs(std::span<const double> xs, double left, double right,
                                     std::size_t scale_max) {
  const std::vector<std::size_t> counts = bin_counts(xs, left, right);
  std::vector<DensityRun> runs;
  for (std::size_t bin = 0; bin < counts.size(); ++bin) {
    if (counts[bin] == 0) continue;
    const double x0 = left + static_cast<double>(bin) * density_bin_width;
    const double x1 = std::min(right, x0 + density_bin_width);
    const int shade = shade_of(counts[bin], scale_max);
    if (!runs.empty() && runs.back().x1 == x0 && runs.back().shade == shade) {
      runs.back().x1 = x1;
      runs.back().events += counts[bin];
      continue;
    }
    runs.push_back({x0, x1, counts[bin], shade});
  }
  return runs;
}

}  // namespace chronograph::detail
