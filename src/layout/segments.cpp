#include "layout/segments.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace chronograph::detail {

namespace {

// Sorts by begin and merges ranges whose gap is at most `threshold`.
std::vector<TimeRange> merge(std::vector<TimeRange> ranges, Seconds threshold) {
  std::stable_sort(ranges.begin(), ranges.end(),
                   [](const TimeRange& a, const TimeRange& b) { return a.begin < b.begin; });
  std::vector<TimeRange> merged;
  for (const TimeRange& range : ranges) {
    if (!merged.empty() && range.begin - merged.back().end <= threshold) {
      merged.back().end = std::max(merged.back().end, range.end);
    } else {
      merged.push_back(range);
    }
  }
  return merged;
}

// Whether some range shares a stretch of time with `range`: touching at one instant is not enough,
// since a year-long span clipped to a single instant would be drawn as a point.
bool overlaps_any(const std::vector<TimeRange>& sorted, TimeRange range) {
  // First range ending after range.begin; it overlaps when it begins before range.end.
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), range.begin,
                                   [](const TimeRange& r, Seconds at) { return r.end <= at; });
  return it != sorted.end() && it->begin < range.end;
}

// A gap is worth a break when it is at least this share of the stretch it lies in (between the
// longer breaks around it, or the ends): on a 1,200 px plot a twentieth is 60 px, a break's own
// width, so a shorter one is no empty time a reader could see at that stretch's scale ...
constexpr Seconds stretch_parts = 20;  // a gap must be at least 1/20 of its stretch
// ... or when the events on one side of it are this many times denser than on the other: the
// break lets the busy side have its own scale (four days of meetings after nine quiet months).
constexpr double density_contrast = 4;

// How many of `starts` (sorted) lie in [from, to].
double count_in(std::span<const Seconds> starts, Seconds from, Seconds to) {
  return static_cast<double>(std::upper_bound(starts.begin(), starts.end(), to) -
                             std::lower_bound(starts.begin(), starts.end(), from));
}

// Which gaps stay breaks: the longest first (ties: the earlier one), at most `max_segments` - 1,
// each only when it is worth it in the stretch the longer ones leave it in (`starts`: where the
// short spans begin, sorted). Ten years of daily events with the 29th to the 31st of each month
// empty would otherwise break six early months out and squeeze nine years into the last segment (so
// would the six longest gaps, 10 to 23 days, of a thousand events spread over ten years). Unbounded
// (0), every gap over the threshold.
std::vector<TimeRange> keep_gaps_worth_breaks(std::vector<TimeRange> ranges,
                                              std::span<const Seconds> starts,
                                              std::size_t max_segments) {
  if (max_segments == 0 || ranges.size() < 2) return ranges;
  const auto gap = [&](std::size_t i) { return ranges[i + 1].begin - ranges[i].end; };
  std::vector<std::size_t> longest(ranges.size() - 1);  // gap i lies after range i
  std::iota(longest.begin(), longest.end(), std::size_t{0});
  std::stable_sort(longest.begin(), longest.end(),
                   [&](std::size_t a, std::size_t b) { return gap(a) > gap(b); });
  // Over the side and the gap: a lone day between month-long gaps is not "dense".
  const auto density = [&](Seconds from, Seconds to, Seconds gap_length) {
    return count_in(starts, from, to) / static_cast<double>(to - from + gap_length);
  };
  std::vector<std::size_t> kept;  // sorted; at most max_segments - 1
  for (const std::size_t i : longest) {
    if (kept.size() + 1 >= max_segments) break;
    const auto after = std::upper_bound(kept.begin(), kept.end(), i);
    const Seconds from =
        after == kept.begin() ? ranges.front().begin : ranges[*(after - 1) + 1].begin;
    const Seconds to = after == kept.end() ? ranges.back().end : ranges[*after].end;
    const double left = density(from, ranges[i].end, gap(i));
    const double right = density(ranges[i + 1].begin, to, gap(i));
    const bool contrast = std::max(left, right) >= density_contrast * std::min(left, right);
    if (gap(i) * stretch_parts < to - from && !contrast) continue;
    kept.insert(after, i);
  }
  std::vector<TimeRange> fewer;
  std::size_t first = 0;
  for (std::size_t k = 0; k <= kept.size(); ++k) {
    const std::size_t last = k == kept.size() ? ranges.size() - 1 : kept[k];
    fewer.push_back({ranges[first].begin, ranges[last].end});
    first = last + 1;
  }
  return fewer;
}

// Open on a side, or longer than `limit` (docs/timeline.md, 1).
bool is_long(const AxisSpan& span, Seconds limit) {
  return span.open_before || span.open_after || span.hi - span.lo > limit;
}

// Whether two ranges merge: a gap of at most `threshold` between them, either way.
bool near(TimeRange a, TimeRange b, Seconds threshold) {
  return a.begin - b.end <= threshold && b.begin - a.end <= threshold;
}

// Whether `side` would merge into one of `sorted`.
bool joins(const std::vector<TimeRange>& sorted, TimeRange side, Seconds threshold) {
  const auto it = std::lower_bound(sorted.begin(), sorted.end(), side.begin - threshold,
                                   [](const TimeRange& r, Seconds at) { return r.end < at; });
  return it != sorted.end() && near(*it, side, threshold);
}

// The sides of long bars that meet a segment (AxisSpan::has_sides), after the events' own
// segments have been bounded: a side that falls within the threshold of a segment costs nothing;
// one that needs a segment of its own gets it while there is room. Starts before ends (when a
// thing began is asked more often than when it stopped), then in file order.
std::vector<TimeRange> add_sides(std::vector<TimeRange> ranges, std::span<const AxisSpan> spans,
                                 Seconds limit, Seconds threshold, std::size_t max_segments) {
  const std::vector<TimeRange> events = ranges;
  std::vector<TimeRange> own;  // sides given a segment: at most max_segments, looked through
  std::size_t room = max_segments == 0 ? 0 : max_segments - ranges.size();
  bool any = false;
  for (const bool starts : {true, false})
    for (const AxisSpan& span : spans) {
      if (!span.has_sides || !is_long(span, limit) || !overlaps_any(events, {span.lo, span.hi}))
        continue;
      const SideWindows sides = side_windows(span);
      for (const TimeRange& side : sides.all()) {
        const bool is_start = !span.open_before && &side == &sides.windows[0];
        if (is_start != starts || side.end - side.begin > limit) continue;
        // Unbounded (max_segments 0), every side is taken and none needs looking through.
        const bool free = max_segments == 0 || joins(events, side, threshold) ||
                          std::any_of(own.begin(), own.end(),
                                      [&](const TimeRange& r) { return near(r, side, threshold); });
        if (!free && room == 0) continue;
        if (!free) {
          own.push_back(side);
          --room;
        }
        ranges.push_back(side);
        any = true;
      }
    }
  return any ? merge(std::move(ranges), threshold) : ranges;
}

}  // namespace

SideWindows side_windows(const AxisSpan& span) {
  SideWindows sides;
  if (!span.has_sides) return sides;
  if (!span.open_before)
    sides.windows[sides.count++] = {span.lo, std::clamp(span.starts_by, span.lo, span.hi)};
  if (!span.open_after)
    sides.windows[sides.count++] = {std::clamp(span.ends_from, span.lo, span.hi), span.hi};
  return sides;
}

Seconds long_span_limit(std::span<const AxisSpan> spans, Seconds break_threshold) {
  // Measured against the time the events cover, not their hull: one event centuries away must
  // not turn a year-long span into one that keeps a year on the page.
  std::vector<TimeRange> covered;
  for (const AxisSpan& span : spans) covered.push_back({span.lo, span.hi});
  Seconds total = 0;
  for (const TimeRange& range : merge(std::move(covered), 0)) total += range.end - range.begin;
  return std::max(break_threshold, total / 4);
}

std::vector<TimeRange> find_segment_ranges(std::span<const AxisSpan> spans, Seconds break_threshold,
                                           std::size_t max_segments) {
  const Seconds limit = long_span_limit(spans, break_threshold);
  std::vector<TimeRange> short_ranges;
  std::vector<Seconds> starts;
  for (const AxisSpan& span : spans)
    if (!is_long(span, limit)) {
      short_ranges.push_back({span.lo, span.hi});
      starts.push_back(span.lo);
    }
  std::sort(starts.begin(), starts.end());
  std::vector<TimeRange> ranges = merge(std::move(short_ranges), break_threshold);

  // A long span that shares no stretch of time with a segment would vanish (or shrink to the
  // instant it touches); it gets a place of its own.
  std::vector<TimeRange> homeless;
  for (const AxisSpan& span : spans)
    if (is_long(span, limit) && !overlaps_any(ranges, {span.lo, span.hi}))
      homeless.push_back({span.lo, span.hi});
  if (!homeless.empty()) {
    ranges.insert(ranges.end(), homeless.begin(), homeless.end());
    ranges = merge(std::move(ranges), break_threshold);
  }
  ranges = keep_gaps_worth_breaks(std::move(ranges), starts, max_segments);
  return add_sides(std::move(ranges), spans, limit, break_threshold, max_segments);
}

void snap_ranges(std::vector<TimeRange>& ranges, const WallClock& clock,
                 std::span<const Seconds> points) {
  constexpr Seconds hour = 3600, day = 86400;
  const std::vector<TimeRange> original = ranges;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    const Seconds length = original[i].end - original[i].begin;
    CalendarStep step{CalendarUnit::year, 1};
    if (length < 6 * hour) {
      step = {CalendarUnit::hour, 1};
    } else if (length < 60 * day) {
      step = {CalendarUnit::day, 1};
    } else if (length < 3 * 365 * day) {
      step = {CalendarUnit::month, 1};
    }
    Seconds begin = clock.floor(original[i].begin, step);
    // An instant on a boundary (10:00) is centred in two units rather than left at an edge, and
    // so is a point at either end of a longer range.
    const bool instant = original[i].end == original[i].begin;
    const auto is_point = [&](Seconds at) {
      return std::binary_search(points.begin(), points.end(), at);
    };
    if ((instant || is_point(original[i].begin)) && begin == original[i].begin)
      begin = clock.floor(begin - 1, step);
    Seconds end = instant ? clock.next(original[i].end, step) : clock.floor(original[i].end, step);
    if (end < original[i].end || (end == original[i].end && is_point(end)))
      end = clock.next(original[i].end, step);
    // Each side may take a quarter of the gap, so at least half of every break stays.
    if (i > 0)
      begin = std::max(begin, original[i].begin - (original[i].begin - original[i - 1].end) / 4);
    if (i + 1 < ranges.size())
      end = std::min(end, original[i].end + (original[i + 1].begin - original[i].end) / 4);
    if (end <= begin) end = begin + hour;
    ranges[i] = {begin, end};
  }
}

std::vector<std::size_t> count_spans(std::span<const TimeRange> ranges,
                                     std::span<const AxisSpan> spans) {
  std::vector<long long> delta(ranges.size() + 1, 0);
  for (const AxisSpan& span : spans) {
    const auto first = std::lower_bound(ranges.begin(), ranges.end(), span.lo,
                                        [](const TimeRange& r, Seconds at) { return r.end < at; });
    const auto last = std::upper_bound(ranges.begin(), ranges.end(), span.hi,
                                       [](Seconds at, const TimeRange& r) { return at < r.begin; });
    if (first >= last) continue;
    ++delta[static_cast<std::size_t>(first - ranges.begin())];
    --delta[static_cast<std::size_t>(last - ranges.begin())];
  }
  std::vector<std::size_t> counts(ranges.size());
  long long running = 0;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    running += delta[i];
    counts[i] = static_cast<std::size_t>(running);
  }
  return counts;
}

std::vector<double> segment_widths(std::span<const TimeRange> ranges,
                                   std::span<const std::size_t> counts,
                                   std::span<const double> min_widths, double available,
                                   double count_share) {
  std::vector<double> widths(min_widths.begin(), min_widths.end());
  const double spare = available - std::accumulate(widths.begin(), widths.end(), 0.0);
  if (spare <= 0 || ranges.empty()) return widths;
  double total_count = 0;
  double total_log = 0;
  std::vector<double> logs(ranges.size());
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    total_count += static_cast<double>(counts[i]);
    logs[i] = std::log1p(static_cast<double>(ranges[i].end - ranges[i].begin) / 3600.0);
    total_log += logs[i];
  }
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    const double by_count = total_count > 0 ? static_cast<double>(counts[i]) / total_count
                                            : 1.0 / static_cast<double>(ranges.size());
    const double by_length =
        total_log > 0 ? logs[i] / total_log : 1.0 / static_cast<double>(ranges.size());
    widths[i] += spare * (count_share * by_count + (1 - count_share) * by_length);
  }
  return widths;
}

}  // namespace chronograph::detail
