// Storyline layout: the timeline's x axis, one line per participant, meetings as columns.
// The algorithm is described in docs/storyline.md.

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>

#include "chronograph/layout.hpp"
#include "layout/contradictions.hpp"
#include "layout/header.hpp"
#include "layout/items.hpp"
#include "layout/labels.hpp"
#include "layout/lanes.hpp"
#include "layout/storyline_columns.hpp"
#include "layout/storyline_detail.hpp"
#include "layout/storyline_labels.hpp"
#include "layout/storyline_lines.hpp"
#include "layout/storyline_order.hpp"
#include "layout/text.hpp"
#include "layout/ticks.hpp"
#include "layout/widen.hpp"

namespace chronograph {

namespace {

using namespace detail;

constexpr double margin = page_margin;
constexpr double column_spacing = 28;  // closest two columns may be
constexpr double flat_half = storyline_flat_half;
constexpr double stub = storyline_stub;
constexpr double box_pad = 5;

// Gaps between the meetings' spans longer than the returned threshold become scale breaks: at
// least `shortest`, and only as many of the longest gaps as leave every segment about 260 units
// (each break costs ~60 and each segment at least 110, so more breaks would starve busy hours).
Seconds storyline_threshold(std::vector<AxisSpan> spans, Seconds shortest, double plot_width) {
  std::sort(spans.begin(), spans.end(),
            [](const AxisSpan& a, const AxisSpan& b) { return a.lo < b.lo; });
  std::vector<Seconds> gaps;
  Seconds covered_to = unbounded_past;
  for (const AxisSpan& span : spans) {
    if (covered_to != unbounded_past && span.lo > covered_to) gaps.push_back(span.lo - covered_to);
    covered_to = std::max(covered_to, span.hi);
  }
  const auto max_breaks = static_cast<std::size_t>(std::max(1.0, plot_width / 260 - 1));
  if (gaps.size() <= max_breaks) return shortest;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(max_breaks), gaps.end(),
                   std::greater<>());
  return std::max(shortest, gaps[max_breaks]);
}

// Room left of the plot, as the timeline leaves for its lane headers (the first participants'
// names, 80–200 units), so both views start their axes alike; other names find room elsewhere.
double name_column_width(const EventGraph& graph, const std::vector<Item>& meetings,
                         const TextMeasure& measure, const StorylineOptions& options) {
  std::vector<NodeId> nodes;
  for (const Item& item : meetings) nodes.push_back(item.node);
  const LaneAssignment lanes = assign_lanes(graph, nodes, time_order(meetings), options.language);
  return lane_header_width(lanes.lanes, {}, measure, options.font_size, options.font_size - 1);
}

// An instant inside a scale break moved to the nearer segment edge: a break holds no drawn time.
Seconds out_of_breaks(const Axis& axis, Seconds at) {
  for (const ScaleBreak& gap : axis.breaks)
    if (at > gap.begin && at < gap.end) return at - gap.begin <= gap.end - at ? gap.begin : gap.end;
  return at;
}

// Lines converge where the participants meet: when the meeting begins, as far as that is known.
// Patrols from 14 January to about March are drawn on 14 January, not at their mark's middle in
// March. A start known to the day or better is its own middle, even where the timeline's axis
// has a break (a long bar's start lies in one when the page had no room left for it); a vaguer
// start ("this year") is the middle of its
// stretch on the timeline's axis, so it sits in the busy days, as the timeline draws it. A meeting
// whose start is open converges at the middle of what is known of it, near the known side.
Seconds meeting_point(const Axis& timeline_axis, const Item& item) {
  constexpr Seconds day = 86400;
  if (!item.span.open_before && item.start_latest - item.start_earliest <= day)
    return item.start_earliest + (item.start_latest - item.start_earliest) / 2;
  const Seconds lo = item.span.open_before ? item.span.lo : item.start_earliest;
  const Seconds hi = item.span.open_before ? item.span.hi : item.start_latest;
  return out_of_breaks(
      timeline_axis, timeline_axis.time_at((timeline_axis.x_of(lo) + timeline_axis.x_of(hi)) / 2));
}

struct StorylineAxis {
  Axis axis;
  std::vector<Seconds> anchors;  // per meeting: where its lines would best converge
  AxisOptions options;           // what the axis was laid out with, to tick it again once widened
  std::vector<AxisSpan> points;
};

// Meetings are points where lines converge, so the storyline's axis gives room to those points,
// not to the events' whole spans (docs/storyline.md, "x axis"): each meeting's point is where it
// begins (meeting_point). Stretches without a meeting longer than a sixth of the break threshold
// collapse.
StorylineAxis storyline_axis(const EventGraph& graph, const std::vector<Item>& meetings,
                             const PageHeader& header, double plot_x, double squeeze,
                             const TextMeasure& measure, const StorylineOptions& options) {
  AxisOptions axis;
  axis.language = options.language;
  axis.zone = graph.info.zone.empty() ? "UTC" : graph.info.zone;
  axis.calendar = graph.info.calendar;
  axis.break_threshold = options.break_threshold;
  axis.left = plot_x;
  axis.width = options.page_width - plot_x - margin - squeeze;
  axis.top = header.subtitle_box.bottom() + 14;
  axis.font_size = options.font_size - 1;
  axis.measure = &measure;
  std::vector<AxisSpan> spans;
  for (const Item& item : meetings) spans.push_back(item.span);
  const Axis timeline_axis = layout_axis(spans, axis);
  StorylineAxis result;
  std::vector<AxisSpan> points;
  for (const Item& item : meetings) {
    const Seconds at = meeting_point(timeline_axis, item);
    result.anchors.push_back(at);
    // A meeting known only to the month or year gets that much room around its point, so its
    // stretch of axis reads as that month; finer ones are points and leave quiet hours to breaks.
    constexpr Seconds month = 28 * 86400;
    const Seconds half = item.span.resolution >= month ? item.span.resolution / 2 : 0;
    // The point stands for the whole mark: a four-day eruption written to the minute is not known
    // to the minute at its middle, so its stretch of axis ticks no finer than its length, up to a
    // day (it read "03:15 03:30" at the middle of 14–18 January).
    constexpr Seconds day = 86400;
    const Seconds known_to =
        std::max(item.span.resolution, std::min(item.span.hi - item.span.lo, day));
    points.push_back({std::max(item.span.lo, at - half), std::min(item.span.hi, at + half), false,
                      false, known_to});
  }
  axis.break_threshold = storyline_threshold(points, options.break_threshold / 6, axis.width);
  axis.points_need_air = true;
  result.axis = layout_axis(points, axis);
  result.options = axis;
  result.points = std::move(points);
  return result;
}

// Columns where their meetings' bounds allow, spread `column_spacing` apart where they can be.
std::vector<Seconds> column_times(const Axis& axis, const ColumnPlan& plan,
                                  const std::vector<MeetingInput>& inputs,
                                  const std::vector<Item>& meetings) {
  std::vector<ColumnWindow> windows(plan.time.size(), {-1e300, 1e300, 0});
  for (std::size_t m = 0; m < inputs.size(); ++m) {
    const Item& item = meetings[inputs[m].file_index];
    ColumnWindow& window = windows[plan.column_of[m]];
    window.lo = std::max(window.lo, axis.x_of(item.start_earliest));
    window.hi = std::min(window.hi, axis.x_of(item.end_latest));
    window.want = axis.x_of(inputs[m].time);
  }
  for (ColumnWindow& window : windows) {
    window.lo = std::min(window.lo, window.want);
    window.hi = std::max(window.hi, window.want);
  }
  const std::vector<double> x = spread_columns(windows, column_spacing);
  std::vector<Seconds> times;
  for (const double at : x) times.push_back(out_of_breaks(axis, axis.time_at(at)));
  for (std::size_t c = 1; c < times.size(); ++c) times[c] = std::max(times[c], times[c - 1]);
  return times;
}

// The meeting's mark: its bounds on the (widened) axis. A bound at the column's own instant is
// the column (inside a widened instant every x is that instant).
void place_range(StorylineMeeting& meeting, Seconds column_time, const Item& item,
                 const Axis& axis) {
  meeting.x0 = item.start_earliest >= column_time
                   ? meeting.x
                   : std::min(axis.x_of(item.start_earliest), meeting.x);
  meeting.x1 =
      item.end_latest <= column_time ? meeting.x : std::max(axis.x_of(item.end_latest), meeting.x);
  if (item.start_latest < item.end_earliest)
    meeting.core = std::pair{axis.x_of(item.start_latest), axis.x_of(item.end_earliest)};
  meeting.continues_before =
      item.span.open_before || item.start_earliest < axis.segments.front().begin;
  meeting.continues_after = item.span.open_after || item.end_latest > axis.segments.back().end;
}

struct Columns {
  Axis axis;
  std::vector<MeetingInput> inputs;  // by time, then file order
  std::vector<NodeId> line_entities;
  ColumnPlan plan;
  std::vector<double> x;  // per column
};

// Meetings into columns at instants inside their bounds, on `axis` widened where columns need
// room. Clips the meetings' open ends to the axis.
Columns place_columns(const EventGraph& graph, std::vector<Item>& meetings, StorylineAxis storyline,
                      const std::vector<bool>& kept_lines) {
  Axis& axis = storyline.axis;
  clip_open_ends(meetings, axis);
  Columns columns;
  std::vector<std::size_t> line_of(graph.node_count(), graph.node_count());
  for (std::size_t i = 0; i < meetings.size(); ++i) {
    MeetingInput input{meetings[i].node, i, storyline.anchors[i], {}};
    for (const NodeId entity : line_participants(graph, input.event, &kept_lines))
      input.lines.push_back(entity);  // entity ids for now; line indices below
    columns.inputs.push_back(std::move(input));
  }
  std::stable_sort(columns.inputs.begin(), columns.inputs.end(),
                   [](const MeetingInput& a, const MeetingInput& b) { return a.time < b.time; });
  // Lines are numbered by first appearance, then file order within one meeting.
  for (MeetingInput& input : columns.inputs)
    for (LineIndex& entity : input.lines) {
      if (line_of[entity] == graph.node_count()) {
        line_of[entity] = columns.line_entities.size();
        columns.line_entities.push_back(entity);
      }
      entity = static_cast<LineIndex>(line_of[entity]);
    }
  columns.plan = plan_columns(columns.inputs, columns.line_entities.size());
  columns.plan.time = column_times(axis, columns.plan, columns.inputs, meetings);
  // Columns still too close for lines to bend between them widen the axis; none leaves its
  // meetings' bounds.
  const std::size_t segments = axis.segments.size();
  columns.x = widen_for_columns(axis, columns.plan.time, column_spacing);
  if (axis.segments.size() > segments && sparsely_labelled(axis))
    tick_axis(axis, storyline.points, storyline.options);
  columns.axis = std::move(axis);
  return columns;
}

}  // namespace

std::vector<Box> StorylineScene::label_boxes() const {
  std::vector<Box> boxes{header.title_box};
  if (!header.subtitle.empty()) boxes.push_back(header.subtitle_box);
  for (const AxisTick& tick : axis.ticks)
    if (!tick.label.empty()) boxes.push_back(tick.label_box);
  for (const ScaleBreak& gap : axis.breaks) boxes.push_back(gap.label_box);
  for (const StorylineLine& line : lines) {
    if (!line.label.text.empty()) boxes.push_back(line.label.box);
    for (const StorylineLabel& label : line.reentry_labels) boxes.push_back(label.box);
  }
  for (const StorylineMeeting& meeting : meetings)
    if (!meeting.label.text.empty()) boxes.push_back(meeting.label.box);
  for (const LegendEntry& entry : legend) boxes.push_back(entry.label_box);
  return boxes;
}

StorylineScene layout_storyline(const EventGraph& graph, const ReasonReport& report,
                                const StorylineOptions& options) {
  static const EstimatedTextMeasure estimate;
  const TextMeasure& measure = options.measure != nullptr ? *options.measure : estimate;
  const Language language = options.language;
  const double font = options.font_size;

  StorylineScene layout;
  layout.language = language;
  layout.font_size = font;
  // Meetings: events with a time and at least one person or organisation taking part.
  std::vector<Item> candidates;
  for (const Item& item : collect_items(graph, "the storyline", layout.diagnostics))
    if (!line_participants(graph, item.node).empty()) candidates.push_back(item);
  // Level of detail: the kept meetings first, then those drawn as density; the axis spans both.
  const StorylineSelection selection = select_storyline(graph, candidates, options.focus);
  std::vector<Item> meetings;
  for (const std::size_t m : selection.kept) meetings.push_back(candidates[m]);
  for (const std::size_t m : selection.banded) meetings.push_back(candidates[m]);
  for (const std::size_t m : selection.others) meetings.push_back(candidates[m]);
  const std::size_t kept = selection.kept.size();
  layout.header = layout_header(graph, language, measure, font, options.page_width);
  const double plot_x =
      margin +
      name_column_width(
          graph,
          std::vector<Item>(meetings.begin(), meetings.begin() + static_cast<std::ptrdiff_t>(kept)),
          measure, options);
  // Widening for crowded columns would push the page past its width: the axis is laid out that
  // much narrower and the columns placed again (a few rounds; a very crowded page still grows).
  const std::vector<Item> stated = meetings;
  Columns columns;
  std::vector<Seconds> band_anchors;
  double squeeze = 0;
  const double axis_room = options.page_width - plot_x - margin;
  for (int round = 0; round < 4; ++round) {
    meetings = stated;
    StorylineAxis axis =
        storyline_axis(graph, meetings, layout.header, plot_x, squeeze, measure, options);
    band_anchors.assign(axis.anchors.begin() + static_cast<std::ptrdiff_t>(kept),
                        axis.anchors.end());
    axis.anchors.resize(kept);
    meetings.resize(kept);
    columns = place_columns(graph, meetings, std::move(axis), selection.line);
    const double overflow = columns.axis.right() - (options.page_width - margin);
    if (overflow <= 0 || squeeze >= axis_room) break;
    // The axis cannot shrink below its segments' minimum widths; layout_axis keeps those.
    squeeze = std::min(axis_room, squeeze + overflow + 1);
  }
  layout.axis = std::move(columns.axis);
  std::vector<MeetingInput>& inputs = columns.inputs;
  const std::vector<NodeId>& line_entities = columns.line_entities;
  ColumnPlan& plan = columns.plan;
  const std::vector<double>& column_x = columns.x;
  layout.plot = {plot_x, layout.axis.y + 6,
                 layout.axis.segments.empty() ? 0 : layout.axis.right() - plot_x, 0};
  layout.width = std::max(options.page_width, layout.plot.right() + margin);
  const double line_font = font - 1;
  if (inputs.empty()) {
    layout.empty_note = language == Language::ko
                            ? "그릴 사건이 없습니다: 사람이나 조직이 참여한 사건이 없습니다."
                            : "Nothing to draw: no event has a person or organisation taking part.";
    layout.diagnostics.push_back(make_warning(
        {graph.info.path, {}, {}},
        "the storyline has no lines: no event with a known time has a person or organisation "
        "among its participants"));
    layout.plot.height = 3 * font;
  }

  layout.initial_crossings = count_crossings(plan.columns, line_entities.size());
  layout.crossings = order_columns(plan.columns, line_entities.size(), options.sweeps);

  // Event labels take rows above the lines; then the lines are stacked below them.
  for (std::size_t m = 0; m < inputs.size(); ++m) {
    StorylineMeeting meeting;
    meeting.event = inputs[m].event;
    meeting.x = column_x[plan.column_of[m]];
    const Event& event = graph.event(meeting.event);
    meeting.badge = event.status == EventStatus::reported;
    meeting.uncertain_date = event.when.uncertain || (event.end_when && event.end_when->uncertain);
    place_range(meeting, plan.time[plan.column_of[m]], meetings[inputs[m].file_index], layout.axis);
    layout.meetings.push_back(std::move(meeting));
  }
  const double label_top = layout.plot.y + 6;
  const double labels_bottom = place_meeting_labels(
      layout.meetings, graph,
      {language, measure, font, margin, std::max(layout.width, options.page_width) - margin,
       label_top, layout.axis.segments});
  Stacking stacking;
  stacking.line_pitch = line_font + 4;  // names of neighbours in a group must not touch
  stacking.group_gap = 2 * font;
  stacking.top = labels_bottom + 14 + box_pad;
  double bottom = stacking.top;
  const auto points = stack_columns(plan.columns, line_entities.size(), stacking, bottom);
  if (!inputs.empty()) {
    layout.plot.y = labels_bottom + 10;
    layout.plot.height = bottom + box_pad + 8 - layout.plot.y;
  }

  // Meeting boxes from the members' y; meetings keep column order, top to bottom.
  for (const Column& column : plan.columns)
    for (const ColumnGroup& group : column) {
      if (!group.meeting) continue;
      StorylineMeeting& meeting = layout.meetings[*group.meeting];
      meeting.lines.assign(group.lines.begin(), group.lines.end());
    }
  for (StorylineMeeting& meeting : layout.meetings) {
    double top = 0, low = 0;
    bool first = true;
    const std::size_t column =
        plan.column_of[static_cast<std::size_t>(&meeting - layout.meetings.data())];
    for (const std::size_t line : meeting.lines) {
      const auto& line_points = points[line];
      const auto it =
          std::lower_bound(line_points.begin(), line_points.end(), std::pair{column, -1e300});
      const double y = it->second;
      top = first ? y : std::min(top, y);
      low = first ? y : std::max(low, y);
      first = false;
    }
    meeting.box = {meeting.x - flat_half - box_pad, top - box_pad, 2 * (flat_half + box_pad),
                   low - top + 2 * box_pad};
  }

  // Lines: curves through their points, a label where each begins.
  const Geometry geometry{layout.axis.breaks, measure, line_font};
  std::vector<std::vector<std::size_t>> meetings_of_column(plan.time.size());
  for (std::size_t m = 0; m < layout.meetings.size(); ++m)
    meetings_of_column[plan.column_of[m]].push_back(m);
  double right = layout.width - margin;
  std::vector<Box> names;                                           // names placed so far
  std::vector<std::vector<std::pair<double, double>>> line_points;  // (x, y) per column, per line
  std::vector<Box> meeting_boxes;
  for (const StorylineMeeting& meeting : layout.meetings) meeting_boxes.push_back(meeting.box);
  std::array<double, 7> colour_free_from{};
  colour_free_from.fill(-1e300);
  for (std::size_t index = 0; index < line_entities.size(); ++index) {
    StorylineLine line;
    line.entity = line_entities[index];
    const Entity& entity = graph.entity(line.entity);
    line.name = entity.name.in(language).empty() ? entity.id : entity.name.in(language);
    std::vector<std::pair<double, double>> xy;
    std::vector<std::optional<const StorylineMeeting*>> met;
    for (const auto& [column, y] : points[index]) {
      xy.emplace_back(column_x[column], y);
      std::optional<const StorylineMeeting*> found;
      for (const std::size_t m : meetings_of_column[column]) {
        const auto& members = layout.meetings[m].lines;
        if (std::find(members.begin(), members.end(), index) != members.end())
          found = &layout.meetings[m];
      }
      met.push_back(found);
    }
    trace_line(line, xy, met, graph, geometry);
    for (const StorylineLabel& label : line.reentry_labels) names.push_back(label.box);
    line.colour =
        pick_colour(colour_free_from, index, xy.front().first - stub, xy.back().first + stub);
    right = std::max(right, xy.back().first + stub);
    layout.lines.push_back(std::move(line));
    line_points.push_back(std::move(xy));
  }
  // Short lines have the fewest places for a name, so they choose first (ties: line order).
  std::vector<std::size_t> by_length(layout.lines.size());
  std::iota(by_length.begin(), by_length.end(), std::size_t{0});
  const auto length = [&](std::size_t i) {
    return line_points[i].back().first - line_points[i].front().first;
  };
  std::stable_sort(by_length.begin(), by_length.end(),
                   [&](std::size_t a, std::size_t b) { return length(a) < length(b); });
  for (const std::size_t i : by_length) {
    place_line_label(layout.lines[i], line_points[i], names, meeting_boxes, measure, line_font,
                     margin, layout.width - margin);
    if (!layout.lines[i].label.text.empty()) names.push_back(layout.lines[i].label.box);
  }
  // A name placed after its line's end may reach past the page: the page grows to hold it.
  for (const Box& name : names) right = std::max(right, name.right());
  layout.width = std::max(layout.width, right + margin);

  const std::span<const Item> rest = std::span<const Item>(stated).subspan(kept);
  place_bands(
      layout, graph, selection,
      {rest.first(selection.banded.size()), rest.subspan(selection.banded.size()), band_anchors},
      line_entities, measure, line_font);
  layout.contradictions = scene_contradictions(report);
  mark_contradictions(layout);
  layout.legend = storyline_legend(layout, graph, language, measure, font, margin);
  layout.height =
      (layout.legend.empty() ? layout.plot.bottom() : layout.legend.back().label_box.bottom()) +
      margin;
  return layout;
}

}  // namespace chronograph
