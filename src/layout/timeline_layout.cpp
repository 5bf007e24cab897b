#include <algorithm>
#include <array>
#include <numeric>

#include "chronograph/layout.hpp"
#include "layout/arrow_routes.hpp"
#include "layout/calendar.hpp"
#include "layout/labels.hpp"
#include "layout/lanes.hpp"
#include "layout/legend.hpp"
#include "layout/participations.hpp"
#include "layout/segments.hpp"
#include "layout/text.hpp"
#include "layout/ticks.hpp"

namespace chronograph {

namespace {

using namespace detail;

constexpr double margin = 16;
constexpr double row_gap = 8;               // kept free between neighbours sharing a row
constexpr double break_apron = 8;           // half a diamond, and a little air, beside each break
constexpr double participation_strip = 10;  // above a lane's rows, for participation markers

bool finite(Seconds s) {
  return s > unbounded_past && s < unbounded_future;
}
bool any_finite(const Bounds& b) {
  return finite(b.earliest) || finite(b.latest);
}

// One event's four bounds, finite and ordered, with its span for segmentation.
struct Item {
  NodeId node = 0;
  std::size_t file_index = 0;
  Seconds start_earliest = 0, start_latest = 0, end_earliest = 0, end_latest = 0;
  EventSpan span;
};

std::optional<Item> make_item(const Event& event, NodeId node, std::size_t file_index) {
  // The reason stage fills start/end; before it has run, fall back to what the file stated.
  Bounds start = event.start;
  Bounds end = event.end;
  if (!any_finite(start) && !any_finite(end)) {
    start = any_finite(event.stated_start) ? event.stated_start : event.when.start;
    end = any_finite(event.stated_end) ? event.stated_end : event.when.end;
  }
  const std::array values{start.earliest, start.latest, end.earliest, end.latest};
  Seconds lo = unbounded_future;
  Seconds hi = unbounded_past;
  for (const Seconds value : values)
    if (finite(value)) {
      lo = std::min(lo, value);
      hi = std::max(hi, value);
    }
  if (lo > hi) return std::nullopt;
  const auto clamp = [&](Seconds value) { return std::clamp(value, lo, hi); };
  Item item;
  item.node = node;
  item.file_index = file_index;
  item.start_earliest = clamp(start.earliest);
  item.end_latest = clamp(end.latest);
  item.start_latest = std::clamp(clamp(start.latest), item.start_earliest, item.end_latest);
  item.end_earliest = std::clamp(clamp(end.earliest), item.start_earliest, item.end_latest);
  item.span = {lo, hi, !finite(start.earliest), !finite(end.latest)};
  return item;
}

// The resolution of the most precise axis instant inside the segment, at most a day; 0 (any
// step) when the caller gave no resolutions.
Seconds finest_step_in(const TimeSegment& segment, const LayoutOptions& options) {
  if (options.axis_resolution.size() != options.axis_instants.size()) return 0;
  Seconds finest = 86400;
  bool any = false;
  for (std::size_t i = 0; i < options.axis_instants.size(); ++i) {
    const Seconds at = options.axis_instants[i];
    if (at < segment.begin || at > segment.end) continue;
    finest = std::min(finest, std::max<Seconds>(options.axis_resolution[i], 0));
    any = true;
  }
  return any ? finest : 0;
}

}  // namespace

double TimelineLayout::x_of(Seconds instant) const {
  if (segments.empty()) return plot.x;
  if (instant <= segments.front().begin) return segments.front().x0;
  if (instant >= segments.back().end) return segments.back().x1;
  const auto it = std::lower_bound(segments.begin(), segments.end(), instant,
                                   [](const TimeSegment& s, Seconds at) { return s.end < at; });
  const auto lerp = [](Seconds a, Seconds b, double xa, double xb, Seconds at) {
    return b <= a ? xa : xa + (xb - xa) * static_cast<double>(at - a) / static_cast<double>(b - a);
  };
  if (it->begin <= instant) return lerp(it->begin, it->end, it->x0, it->x1, instant);
  const auto& before = *(it - 1);
  return lerp(before.end, it->begin, before.x1, it->x0, instant);
}

std::vector<Box> TimelineLayout::label_boxes() const {
  std::vector<Box> boxes{title_box, subtitle_box};
  for (const auto* row : {&ticks, &second_ticks})
    for (const AxisTick& tick : *row)
      if (!tick.label.empty()) boxes.push_back(tick.label_box);
  for (const AxisZoneLabel& zone : zone_labels) boxes.push_back(zone.label_box);
  for (const ScaleBreak& gap : breaks) boxes.push_back(gap.label_box);
  for (const LaneLayout& lane : lanes) boxes.push_back(lane.header);
  for (const EventMark& mark : marks) boxes.push_back(mark.label_box);
  for (const LegendEntry& entry : legend) boxes.push_back(entry.label_box);
  return boxes;
}

TimelineLayout layout_timeline(const EventGraph& graph, const ReasonReport& /*report*/,
                               const LayoutOptions& options) {
  static const EstimatedTextMeasure estimate;
  const TextMeasure& measure = options.measure != nullptr ? *options.measure : estimate;
  const double font = options.font_size;
  const double axis_font = font - 1;
  const double row_pitch = 2 * font;
  const double bar_height = font + 2;
  const double label_height = font + 4;
  const double lane_padding = 6;
  const Language language = options.language;
  const bool korean = language == Language::ko;
  const std::string document_zone = graph.info.zone.empty() ? "UTC" : graph.info.zone;
  const WallClock clock(document_zone);
  const bool two_zones = !options.second_zone.empty();

  TimelineLayout layout;
  layout.font_size = font;

  // Events with at least one finite bound, in file order.
  std::vector<Item> items;
  for (std::size_t i = 0; i < graph.events().size(); ++i) {
    const NodeId node = graph.events()[i];
    const Event& event = graph.event(node);
    if (auto item = make_item(event, node, i)) {
      items.push_back(*item);
    } else {
      layout.diagnostics.push_back(make_warning(
          event.when_range.file.empty() ? event.range : event.when_range,
          "event '" + event.id + "' has no finite time bound; it is left out of the timeline"));
    }
  }
  // What the axis gives room to: the events' spans, or the instants the caller asked for.
  std::vector<EventSpan> spans;
  for (const Item& item : items) spans.push_back(item.span);
  if (!options.axis_instants.empty()) {
    spans.clear();
    for (const Seconds instant : options.axis_instants)
      spans.push_back({instant, instant, false, false});
  }

  // Header.
  layout.title =
      fit_text(measure, graph.info.title.in(language), font * 1.5, options.page_width - 2 * margin);
  layout.title_box = {margin, margin, measure.width(layout.title, font * 1.5), font * 1.5 + 4};
  std::string subtitle = graph.info.source_title;
  for (const std::string& part :
       {graph.info.source_url,
        graph.info.published
            ? format_instant(graph.info.published->start.earliest, graph.info.published->zone)
            : std::string()})
    if (!part.empty()) subtitle += (subtitle.empty() ? "" : " · ") + part;
  layout.subtitle = fit_text(measure, subtitle, axis_font, options.page_width - 2 * margin);
  layout.subtitle_box = {margin, layout.title_box.bottom() + 2,
                         measure.width(layout.subtitle, axis_font), axis_font + 4};

  // Lanes first: their titles decide where the plot starts.
  std::vector<std::size_t> time_order(items.size());
  std::iota(time_order.begin(), time_order.end(), std::size_t{0});
  std::stable_sort(time_order.begin(), time_order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair{items[a].span.lo, items[a].span.hi} <
           std::pair{items[b].span.lo, items[b].span.hi};
  });
  std::vector<NodeId> nodes;
  for (const Item& item : items) nodes.push_back(item.node);
  LaneAssignment lanes = assign_lanes(graph, nodes, time_order, language, options.lanes);
  double header_width = 80;
  for (const LaneLayout& lane : lanes.lanes)
    header_width = std::max(header_width, measure.width(lane.title, font) + 16);
  if (two_zones)
    for (const std::string* zone : {&options.second_zone, &document_zone})
      header_width = std::max(header_width, measure.width(*zone, axis_font) + 16);
  header_width = std::min(header_width, 200.0);
  layout.plot.x = margin + header_width;

  // Segments and breaks along x.
  const double segment_min = 110;
  const auto max_segments = static_cast<std::size_t>(
      std::max(1.0, (options.page_width - layout.plot.x - margin) / (segment_min + 60)));
  std::vector<TimeRange> ranges = find_segment_ranges(spans, options.break_threshold, max_segments);
  snap_ranges(ranges, clock);
  const std::vector<std::size_t> counts = count_spans(ranges, spans);
  double break_total = 0;
  for (std::size_t i = 0; i + 1 < ranges.size(); ++i) {
    ScaleBreak gap;
    gap.begin = ranges[i].end;
    gap.end = ranges[i + 1].begin;
    gap.label = format_span(gap.end - gap.begin, korean);
    const double label_width = measure.width(gap.label, axis_font);
    gap.x1 = std::max(44.0, label_width + 12) + 2 * break_apron;  // width for now; placed below
    break_total += gap.x1;
    layout.breaks.push_back(std::move(gap));
  }
  std::vector<double> min_widths;
  for (const TimeRange& range : ranges)
    min_widths.push_back(std::max(
        segment_min, context_label_width(range.begin, clock, language, measure, axis_font) + 12));
  const std::vector<double> widths = segment_widths(
      ranges, counts, min_widths, options.page_width - layout.plot.x - margin - break_total);
  double x = layout.plot.x;
  for (std::size_t i = 0; i < ranges.size(); ++i) {
    layout.segments.push_back({ranges[i].begin, ranges[i].end, x, x + widths[i], counts[i]});
    x += widths[i];
    if (i < layout.breaks.size()) {
      ScaleBreak& gap = layout.breaks[i];
      const double width = gap.x1;
      gap.x0 = x;
      gap.x1 = x + width;
      gap.band_x0 = gap.x0 + break_apron;
      gap.band_x1 = gap.x1 - break_apron;
      x += width;
    }
  }
  layout.plot.width = x - layout.plot.x;
  layout.width = std::max(options.page_width, layout.plot.right() + margin);

  // Axis rows under the header (the second zone's first, then the document zone's closest to the
  // plot, where the grid lines start), then the plot.
  const auto axis_rows = [&](double top) { return AxisRows{top, top + axis_font + 6, axis_font}; };
  const auto zone_label = [&](const std::string& zone, const AxisRows& rows) {
    AxisZoneLabel label{zone, fit_text(measure, zone, axis_font, header_width - 12), {}};
    label.label_box = {margin, rows.minor_y, measure.width(label.label, axis_font), axis_font + 2};
    return label;
  };
  // Every segment's ticks on one clock, in one pair of rows.
  const auto axis_ticks = [&](const WallClock& on, AxisRows rows) {
    std::vector<AxisTick> ticks;
    for (const TimeSegment& segment : layout.segments) {
      rows.finest_step = finest_step_in(segment, options);
      std::vector<AxisTick> more = segment_ticks(segment, on, language, measure, rows);
      ticks.insert(ticks.end(), more.begin(), more.end());
    }
    return ticks;
  };
  double axis_top = layout.subtitle_box.bottom() + 14;
  if (two_zones) {
    const WallClock second_clock(options.second_zone);
    const AxisRows second = axis_rows(axis_top);
    layout.second_ticks = axis_ticks(second_clock, second);
    layout.second_axis_y = second.minor_y + axis_font + 4;
    layout.zone_labels.push_back(zone_label(options.second_zone, second));
    axis_top = layout.second_axis_y + 8;
  }
  const AxisRows axis = axis_rows(axis_top);
  if (two_zones) layout.zone_labels.push_back(zone_label(document_zone, axis));
  layout.axis_y = axis.minor_y + axis_font + 4;
  layout.plot.y = layout.axis_y + 6;
  layout.ticks = axis_ticks(clock, axis);
  for (ScaleBreak& gap : layout.breaks) {
    const double width = measure.width(gap.label, axis_font);
    gap.label_box = {(gap.x0 + gap.x1 - width) / 2, axis.minor_y, width, axis_font + 2};
  }

  // Marks and labels, x only; rows decide y.
  std::vector<Extent> break_bands;
  for (const ScaleBreak& gap : layout.breaks) break_bands.push_back({gap.band_x0, gap.band_x1});
  std::vector<PlacedLabel> placed;
  // An open end reaches to the edge of the segment that holds the event's finite part.
  const auto segment_holding = [&](Seconds instant) {
    const auto it = std::lower_bound(layout.segments.begin(), layout.segments.end(), instant,
                                     [](const TimeSegment& s, Seconds t) { return s.end < t; });
    return it == layout.segments.end() ? layout.segments.back() : *it;
  };
  for (Item& item : items) {
    if (item.span.open_before) item.start_earliest = segment_holding(item.span.lo).begin;
    if (item.span.open_after) item.end_latest = segment_holding(item.span.hi).end;
  }
  for (const Item& item : items) {
    const Event& event = graph.event(item.node);
    EventMark mark;
    mark.event = item.node;
    mark.lane = lanes.lane_of[layout.marks.size()];
    mark.x_start_earliest = layout.x_of(item.start_earliest);
    mark.x_start_latest = layout.x_of(item.start_latest);
    mark.x_end_earliest = layout.x_of(item.end_earliest);
    mark.x_end_latest = layout.x_of(item.end_latest);
    mark.has_core =
        item.start_latest < item.end_earliest && mark.x_end_earliest - mark.x_start_latest > 0.5;
    mark.continues_before =
        item.span.open_before || item.start_earliest < layout.segments.front().begin;
    mark.continues_after = item.span.open_after || item.end_latest > layout.segments.back().end;
    const double extent = mark.x_end_latest - mark.x_start_earliest;
    if (extent < 8) {
      mark.shape = MarkShape::instant;
      const double centre = (mark.x_start_earliest + mark.x_end_latest) / 2;
      const double left = std::min(mark.x_start_earliest, centre - bar_height / 2);
      const double right = std::max(mark.x_end_latest, centre + bar_height / 2);
      mark.box = {left, 0, right - left, bar_height};
    } else {
      mark.box = {mark.x_start_earliest, 0, extent, bar_height};
    }
    mark.badge = event.status == EventStatus::reported;
    std::string title = event.title.in(language).empty() ? event.id : event.title.in(language);
    // The lane shows the first participant; the others are counted, never dropped silently.
    if (event.participants.size() > 1)
      title += " +" + std::to_string(event.participants.size() - 1);
    placed.push_back(place_label({mark.box, mark.shape == MarkShape::bar, title, mark.badge,
                                  layout.plot.x, layout.plot.right(), font, 260, break_bands},
                                 measure));
    mark.label = placed.back().text;
    mark.placement = placed.back().placement;
    mark.label_box = {placed.back().x, 0, placed.back().width, label_height};
    layout.marks.push_back(std::move(mark));
  }

  // Rows inside each lane, then y for everything. A lane that shows participation markers gets a
  // strip above its rows for them.
  std::vector<std::vector<std::size_t>> members(lanes.lanes.size());
  for (std::size_t i = 0; i < layout.marks.size(); ++i) members[layout.marks[i].lane].push_back(i);
  if (options.lanes == LaneGrouping::participant)
    layout.participations = participation_markers(graph, layout.marks, lanes.lanes);
  std::vector<bool> has_strip(lanes.lanes.size(), false);
  for (const ParticipationMarker& marker : layout.participations) has_strip[marker.lane] = true;
  double y = layout.plot.y;
  std::vector<double> channels;  // row boundaries: 4 units clear of the labels on either side
  for (std::size_t lane_index = 0; lane_index < lanes.lanes.size(); ++lane_index) {
    LaneLayout& lane = lanes.lanes[lane_index];
    std::vector<Extent> extents;
    for (const std::size_t i : members[lane_index]) extents.push_back(placed[i].occupied);
    const std::vector<std::size_t> rows_of = stack_rows(extents, row_gap);
    lane.rows = 1;
    const double strip = has_strip[lane_index] ? participation_strip : 0;
    const double top = y + lane_padding + strip;  // of the first row
    for (std::size_t k = 0; k < rows_of.size(); ++k) {
      EventMark& mark = layout.marks[members[lane_index][k]];
      mark.row = rows_of[k];
      lane.rows = std::max(lane.rows, mark.row + 1);
      const double row_y = top + static_cast<double>(mark.row) * row_pitch;
      mark.box.y = row_y + (row_pitch - bar_height) / 2;
      mark.label_box.y = row_y + (row_pitch - label_height) / 2;
    }
    lane.y = y;
    lane.height = static_cast<double>(lane.rows) * row_pitch + 2 * lane_padding + strip;
    for (std::size_t row = 0; row <= lane.rows; ++row)
      channels.push_back(top + static_cast<double>(row) * row_pitch);
    lane.title = fit_text(measure, lane.title, font, header_width - 12);
    lane.header = {margin, top + (row_pitch - label_height) / 2, measure.width(lane.title, font),
                   label_height};
    y += lane.height;
  }
  layout.lanes = std::move(lanes.lanes);
  for (ParticipationMarker& marker : layout.participations)  // in the strip above the lane's rows
    marker.y = layout.lanes[marker.lane].y + (lane_padding + participation_strip) / 2;
  layout.plot.height = y - layout.plot.y;
  if (items.empty()) {
    // A blank page would look like a rendering failure; say why it is empty.
    layout.empty_note = korean ? "그릴 사건이 없습니다: 시간이 알려진 사건이 없습니다."
                               : "Nothing to draw: no event has a known time.";
    layout.plot.height = 3 * font;
    layout.diagnostics.push_back(
        make_warning({graph.info.path, {}, {}},
                     "the timeline has no events with a time; the page only shows a note"));
  }

  std::vector<Box> mark_boxes;
  for (const EventMark& mark : layout.marks) mark_boxes.push_back(mark.box);
  const BoxIndex label_index(layout.label_boxes());
  const BoxIndex mark_index(std::move(mark_boxes));
  layout.arrows = relation_arrows(graph, layout.marks, {label_index, mark_index, channels});
  const double legend_bottom =
      place_legend(layout, graph, language, measure, axis_font, label_height, margin);
  layout.height = (layout.legend.empty() ? layout.plot.bottom() : legend_bottom) + margin;
  return layout;
}

}  // namespace chronograph
