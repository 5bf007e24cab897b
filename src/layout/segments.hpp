#pragma once
// Internal: which stretches of time are drawn to scale (segments) and which collapse into breaks.

#include <array>
#include <span>
#include <vector>

#include "chronograph/layout.hpp"
#include "layout/calendar.hpp"

namespace chronograph::detail {

struct TimeRange {
  Seconds begin = 0;
  Seconds end = 0;
};

// Where a bar's finite sides may lie (AxisSpan::has_sides): none for a span without sides.
// Without an allocation, since the axis asks for every span and segment.
struct SideWindows {
  std::array<TimeRange, 2> windows{};
  std::size_t count = 0;
  [[nodiscard]] std::span<const TimeRange> all() const { return {windows.data(), count}; }
};
SideWindows side_windows(const AxisSpan& span);

// Spans longer than this do not keep the time they cover on the page: the break threshold, or a
// quarter of the time all spans together cover (their union, not their hull). docs/timeline.md.
Seconds long_span_limit(std::span<const AxisSpan> spans, Seconds break_threshold);

// Covered stretches, merged across gaps up to `break_threshold`; long or open spans only add
// coverage where no shorter span gives them a place. At most `max_segments` ranges: beyond that
// the shortest gaps stop being breaks. Then the windows of long bars' sides (those no longer than
// the limit) where a bar meets a segment, in the room left. Sorted, disjoint, begin <= end.
std::vector<TimeRange> find_segment_ranges(std::span<const AxisSpan> spans, Seconds break_threshold,
                                           std::size_t max_segments);

// Widens each range to round wall-clock boundaries (hours, days, months or years by its length),
// taking at most a quarter of a neighbouring gap; an instant gets at least an hour. A range that
// begins or ends on one of `points` (sorted) at a boundary gets one more unit on that side, so the
// point is not drawn on the segment's edge.
void snap_ranges(std::vector<TimeRange>& ranges, const WallClock& clock,
                 std::span<const Seconds> points = {});

// How many spans meet each range. O((n + s) log s).
std::vector<std::size_t> count_spans(std::span<const TimeRange> ranges,
                                     std::span<const AxisSpan> spans);

// Page widths: each segment gets `min_widths[i]`, and the room left over is shared by event
// count (`count_share`, 70 % on the timeline) and by log(duration) (the rest), so a busy day is as
// readable as a quiet month.
std::vector<double> segment_widths(std::span<const TimeRange> ranges,
                                   std::span<const std::size_t> counts,
                                   std::span<const double> min_widths, double available,
                                   double count_share = 0.7);

}  // namespace chronograph::detail
