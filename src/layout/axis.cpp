// The time axis both views draw: segments, scale breaks and tick rows (docs/timeline.md, 1–2).

#include <algorithm>
#include <cmath>

#include "chronograph/layout.hpp"
#include "layout/calendar.hpp"
#include "layout/segments.hpp"
#include "layout/text.hpp"
#include "layout/ticks.hpp"

namespace chronograph {

namespace {

using namespace detail;

constexpr double segment_min = 110;  // narrowest a segment is drawn
constexpr double break_apron = 8;    // half a diamond, and a little air, beside each break

double lerp(Seconds a, Seconds b, double xa, double xb, Seconds at) {
  return b <= a ? xa : xa + (xb - xa) * static_cast<double>(at - a) / static_cast<double>(b - a);
}

Seconds unlerp(Seconds a, Seconds b, double xa, double xb, double at) {
  if (xb <= xa) return a;
  return a + static_cast<Seconds>(std::llround(static_cast<double>(b - a) * (at - xa) / (xb - xa)));
}

// The resolution of the most precise span drawn inside the segment: ticks finer than anything on
// it is known to would claim a precision nobody has. Spans that only pass through (clipped long
// ones) do not count unless a side of theirs lies inside; a segment with none inside ticks freely.
Seconds finest_step_in(const TimeSegment& segment, std::span<const AxisSpan> spans) {
  const auto inside = [&](Seconds lo, Seconds hi) {
    return lo >= segment.begin && hi <= segment.end;
  };
  Seconds finest = 0;
  bool any = false;
  for (const AxisSpan& span : spans) {
    const SideWindows found = side_windows(span);
    const std::span<const TimeRange> sides = found.all();
    if (!inside(span.lo, span.hi) &&
        std::none_of(sides.begin(), sides.end(),
                     [&](const TimeRange& side) { return inside(side.begin, side.end); }))
      continue;
    const Seconds resolution = std::max<Seconds>(span.resolution, 0);
    finest = any ? std::min(finest, resolution) : resolution;
    any = true;
  }
  return finest;
}

// Segments and breaks along x: every range its minimum width, breaks a fixed one, the rest of
// the width shared by event count and length.
void place_segments(Axis& axis, std::span<const AxisSpan> spans, const AxisOptions& options,
                    const TextMeasure& measure, const WallClock& clock) {
  const double font = options.font_size;
  const auto max_segments =
      static_cast<std::size_t>(std::max(1.0, options.width / (segment_min + 60)));
  std::vector<TimeRange> ranges = find_segment_ranges(spans, options.break_threshold, max_segments);
  std::vector<Seconds> points;
  if (options.points_need_air)
    for (const AxisSpan& span : spans)
      if (span.lo == span.hi) points.push_back(span.lo);
  std::sort(points.begin(), points.end());
  snap_ranges(ranges, clock, points);
  const std::vector<std::size_t> counts = count_spans(ranges, spans);
  double break_total = 0;
  for (std::size_t i = 0; i + 1 < ranges.size(); ++i) {
    ScaleBreak gap;
    gap.begin = ranges[i].end;
    gap.end = ranges[i + 1].begin;
    gap.label = format_span(gap.end - gap.begin, options.language == Language::ko);
    const double label_width = measure.width(gap.label, font);
    gap.x1 = std::max(44.0, label_width + 12) + 2 * break_apron;  // width for now; placed below
    break_total += gap.x1;
    axis.breaks.push_back(std::move(gap));
  }
  std::vector<double> min_widths;
  for (const TimeRange& range : ranges)
    min_widths.push_back(
        std::max(segment_min,
                 context_label_width(range.begin, clock, options.language, measure, font) + 12));
  const std::vector<double> widths =
      segment_widths(ranges, counts, min_widths, options.width - break_total, options.count_share);
  double x = options.left;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    axis.segments.push_back({ranges[i].begin, ranges[i].end, x, x + widths[i], counts[i]});
    x += widths[i];
    if (i < axis.breaks.size()) {
      ScaleBreak& gap = axis.breaks[i];
      const double width = gap.x1;
      gap.x0 = x;
      gap.x1 = x + width;
      gap.band_x0 = gap.x0 + break_apron;
      gap.band_x1 = gap.x1 - break_apron;
      x += width;
    }
  }
}

// Whether no break lies between two segments: pieces of one widened stretch.
bool abut(const TimeSegment& a, const TimeSegment& b) {
  return a.end == b.begin && std::abs(a.x1 - b.x0) < 1e-9;
}

// Every stretch's ticks on one clock, in one pair of rows: a segment, or abutting pieces.
std::vector<AxisTick> tick_row(const Axis& axis, std::span<const AxisSpan> spans,
                               const WallClock& clock, const AxisOptions& options,
                               const TextMeasure& measure, AxisRows rows) {
  std::vector<AxisTick> ticks;
  const std::span<const TimeSegment> segments = axis.segments;
  for (std::size_t first = 0; first < segments.size();) {
    std::size_t last = first;
    while (last + 1 < segments.size() && abut(segments[last], segments[last + 1])) ++last;
    TimeSegment stretch = segments[first];
    stretch.end = segments[last].end;
    stretch.x1 = segments[last].x1;
    const std::span<const TimeSegment> pieces =
        last > first ? segments.subspan(first, last - first + 1) : std::span<const TimeSegment>{};
    rows.finest_step = finest_step_in(stretch, spans);
    std::vector<AxisTick> more =
        segment_ticks(stretch, clock, options.language, measure, rows, pieces);
    rows.previous_context = more.empty() ? std::string() : more.front().label;
    ticks.insert(ticks.end(), more.begin(), more.end());
    first = last + 1;
  }
  return ticks;
}

// Tick rows under `options.top`: the second zone's first, then the document zone's closest to
// the plot, where the grid lines start.
void place_tick_rows(Axis& axis, std::span<const AxisSpan> spans, const AxisOptions& options,
                     const TextMeasure& measure, const WallClock& clock) {
  const double font = options.font_size;
  const auto rows_at = [&](double top) { return AxisRows{top, top + font + 6, font}; };
  const auto zone_label = [&](const std::string& zone, const AxisRows& rows) {
    AxisZoneLabel label{zone, fit_text(measure, zone, font, options.zone_label_width), {}};
    label.label_box = {options.zone_label_left, rows.minor_y, measure.width(label.label, font),
                       font + 2};
    return label;
  };
  double top = options.top;
  const bool two_zones = !options.second_zone.empty();
  if (two_zones) {
    const AxisRows second = rows_at(top);
    axis.second_ticks = tick_row(axis, spans, WallClock(options.second_zone, options.calendar),
                                 options, measure, second);
    axis.second_y = second.minor_y + font + 4;
    axis.zone_labels.push_back(zone_label(options.second_zone, second));
    top = axis.second_y + 8;
  }
  const AxisRows rows = rows_at(top);
  if (two_zones) axis.zone_labels.push_back(zone_label(options.zone, rows));
  axis.y = rows.minor_y + font + 4;
  axis.ticks = tick_row(axis, spans, clock, options, measure, rows);
  for (ScaleBreak& gap : axis.breaks) {
    const double width = measure.width(gap.label, font);
    gap.label_box = {(gap.x0 + gap.x1 - width) / 2, rows.minor_y, width, font + 2};
  }
}

}  // namespace

double Axis::left() const {
  return segments.empty() ? 0 : segments.front().x0;
}

double Axis::right() const {
  return segments.empty() ? 0 : segments.back().x1;
}

double Axis::x_of(Seconds instant) const {
  if (segments.empty()) return 0;
  if (instant <= segments.front().begin) return segments.front().x0;
  if (instant >= segments.back().end) return segments.back().x1;
  const auto it = std::lower_bound(segments.begin(), segments.end(), instant,
                                   [](const TimeSegment& s, Seconds at) { return s.end < at; });
  if (it->begin <= instant) return lerp(it->begin, it->end, it->x0, it->x1, instant);
  const auto& before = *(it - 1);
  return lerp(before.end, it->begin, before.x1, it->x0, instant);
}

Seconds Axis::time_at(double x) const {
  if (segments.empty()) return 0;
  if (x <= segments.front().x0) return segments.front().begin;
  for (std::size_t i = 0; i < segments.size(); ++i) {
    const TimeSegment& segment = segments[i];
    if (x > segment.x1) continue;
    if (x >= segment.x0 || i == 0)
      return unlerp(segment.begin, segment.end, segment.x0, segment.x1, x);
    const TimeSegment& before = segments[i - 1];
    return unlerp(before.end, segment.begin, before.x1, segment.x0, x);
  }
  return segments.back().end;
}

void detail::tick_axis(Axis& axis, std::span<const AxisSpan> spans, const AxisOptions& options) {
  static const EstimatedTextMeasure estimate;
  const TextMeasure& measure = options.measure != nullptr ? *options.measure : estimate;
  axis.ticks.clear();
  axis.second_ticks.clear();
  axis.zone_labels.clear();
  place_tick_rows(axis, spans, options, measure, WallClock(options.zone, options.calendar));
}

bool detail::sparsely_labelled(const Axis& axis) {
  std::vector<double> edges{axis.left(), axis.right()};
  for (const AxisTick& tick : axis.ticks)
    if (!tick.label.empty()) edges.push_back(tick.label_box.x);
  std::sort(edges.begin(), edges.end());
  double widest = 0;
  for (std::size_t i = 1; i < edges.size(); ++i) widest = std::max(widest, edges[i] - edges[i - 1]);
  return widest * 4 >= axis.right() - axis.left();
}

Axis layout_axis(std::span<const AxisSpan> spans, const AxisOptions& options) {
  static const EstimatedTextMeasure estimate;
  const TextMeasure& measure = options.measure != nullptr ? *options.measure : estimate;
  const WallClock clock(options.zone, options.calendar);
  Axis axis;
  place_segments(axis, spans, options, measure, clock);
  place_tick_rows(axis, spans, options, measure, clock);
  return axis;
}

}  // namespace chronograph
