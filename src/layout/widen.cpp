#include "layout/widen.hpp"

#include <algorithm>
#include <cmath>

namespace chronograph::detail {

namespace {

// A column on the axis's time → x map: its instant, its x before widening, and how far widening
// moves it right. The room a column needs is taken between it and the knot before it in its
// segment (the previous column, or the segment's start), so x stays linear between knots.
struct Knot {
  Seconds at = 0;
  double x = 0;
  double shift = 0;
};

// How far a segment boundary at `at` moves: the shift of the last column at or before it.
double shift_at(const std::vector<Knot>& knots, Seconds at) {
  const auto it = std::upper_bound(knots.begin(), knots.end(), at,
                                   [](Seconds t, const Knot& k) { return t < k.at; });
  return it == knots.begin() ? 0 : std::prev(it)->shift;
}

// Pieces of one segment between its knots, shifted.
void split_segment(const TimeSegment& segment, const std::vector<Knot>& knots,
                   std::vector<TimeSegment>& pieces) {
  const auto first = std::lower_bound(knots.begin(), knots.end(), segment.begin,
                                      [](const Knot& k, Seconds t) { return k.at < t; });
  TimeSegment piece = segment;
  piece.x0 = segment.x0 + shift_at(knots, segment.begin - 1);
  for (auto it = first; it != knots.end() && it->at <= segment.end; ++it) {
    if (it->at == segment.begin && it->x + it->shift == piece.x0) continue;
    piece.end = it->at;
    piece.x1 = it->x + it->shift;
    pieces.push_back(piece);
    piece.begin = it->at;
    piece.x0 = piece.x1;
  }
  if (piece.begin < segment.end || pieces.empty()) {
    piece.end = segment.end;
    piece.x1 = segment.x1 + shift_at(knots, segment.end);
    pieces.push_back(piece);
  }
}

}  // namespace

std::vector<double> spread_columns(std::span<const ColumnWindow> windows, double spacing) {
  std::vector<double> x(windows.size());
  for (std::size_t i = 0; i < windows.size(); ++i) {
    const double pushed = i == 0 ? windows[i].want : std::max(windows[i].want, x[i - 1] + spacing);
    x[i] = std::min(pushed, windows[i].hi);
  }
  for (std::size_t i = windows.size(); i-- > 1;)
    x[i - 1] = std::max(windows[i - 1].lo, std::min(x[i - 1], x[i] - spacing));
  return x;
}

std::vector<double> widen_for_columns(Axis& axis, std::span<const Seconds> times, double spacing) {
  std::vector<double> xs;
  if (axis.segments.empty()) return std::vector<double>(times.size(), axis.left());
  for (const Seconds at : times) xs.push_back(axis.x_of(at));
  // Extra room before each column, accumulated left to right.
  std::vector<Knot> knots;
  double shift = 0;
  for (std::size_t i = 0; i < times.size(); ++i) {
    if (i > 0) {
      const double gap = times[i] == times[i - 1] ? 0 : xs[i] - xs[i - 1];
      shift += std::max(0.0, spacing - gap);
    }
    knots.push_back({times[i], xs[i], shift});
  }
  if (shift == 0) return xs;
  std::vector<TimeSegment> pieces;
  for (const TimeSegment& segment : axis.segments) split_segment(segment, knots, pieces);
  for (ScaleBreak& gap : axis.breaks) {
    const double left = shift_at(knots, gap.begin);
    const double right = shift_at(knots, gap.end - 1);
    gap.x0 += left;
    gap.band_x0 += left;
    gap.x1 += right;
    gap.band_x1 += right;
    gap.label_box.x += (left + right) / 2;
  }
  // Neighbouring pieces that widening left at one scale are one segment again.
  std::vector<TimeSegment> merged;
  for (const TimeSegment& piece : pieces) {
    if (!merged.empty()) {
      TimeSegment& last = merged.back();
      const bool joined = last.end == piece.begin && std::abs(last.x1 - piece.x0) < 1e-9;
      const auto scale = [](const TimeSegment& s) {
        return (s.x1 - s.x0) / static_cast<double>(s.end - s.begin);
      };
      const bool both_instants = last.end == last.begin && piece.end == piece.begin;
      const bool same_scale =
          last.end > last.begin && piece.end > piece.begin &&
          std::abs(scale(last) - scale(piece)) <= 1e-9 * std::max(1.0, scale(last));
      if (joined && (both_instants || same_scale)) {
        last.end = piece.end;
        last.x1 = piece.x1;
        continue;
      }
    }
    merged.push_back(piece);
  }
  axis.segments = std::move(merged);
  for (auto* row : {&axis.ticks, &axis.second_ticks})
    for (AxisTick& tick : *row) {
      const double moved = axis.x_of(tick.at) - tick.x;
      tick.x += moved;
      tick.label_box.x += moved;
    }
  for (std::size_t i = 0; i < xs.size(); ++i) xs[i] += knots[i].shift;
  return xs;
}

}  // namespace chronograph::detail
