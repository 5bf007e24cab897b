// Storyline layout: the timeline's x axis, one line per participant, meetings as columns.
// The algorithm is described in docs/storyline.md.

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>
#include <numeric>

#include "chronograph/layout.hpp"
#include "layout/header.hpp"
#include "layout/items.hpp"
#include "layout/labels.hpp"
#include "layout/lanes.hpp"
#include "layout/storyline_columns.hpp"
#include "layout/storyline_labels.hpp"
#include "layout/storyline_lines.hpp"
#include "layout/storyline_order.hpp"
#include "layout/text.hpp"

namespace chronograph {

namespace {

using namespace detail;

constexpr double margin = page_margin;
constexpr double column_spacing = 28;  // closest two columns may be
constexpr double flat_half = storyline_flat_half;
constexpr double stub = storyline_stub;
constexpr double box_pad = 5;

bool draws_a_line(EntityKind kind) {
  return kind == EntityKind::person || kind == EntityKind::organization;
}

// Gaps between meetings longer than the returned threshold become scale breaks: at least
// `shortest`, and only as many of the longest gaps as leave every segment about 260 units (each
// break costs ~60 and each segment at least 110, so more breaks would starve the busy hours).
Seconds storyline_threshold(std::vector<Seconds> instants, Seconds shortest, double plot_width) {
  std::sort(instants.begin(), instants.end());
  std::vector<Seconds> gaps;
  for (std::size_t i = 1; i < instants.size(); ++i) gaps.push_back(instants[i] - instants[i - 1]);
  const auto max_breaks = static_cast<std::size_t>(std::max(1.0, plot_width / 260 - 1));
  if (gaps.size() <= max_breaks) return shortest;
  std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(max_breaks), gaps.end(),
                   std::greater<>());
  return std::max(shortest, gaps[max_breaks]);
}

bool has_a_line(const EventGraph& graph, NodeId event) {
  const auto& participants = graph.event(event).participants;
  return std::any_of(participants.begin(), participants.end(), [&](const Participant& p) {
    return graph.kind(p.entity) == NodeKind::entity && draws_a_line(graph.entity(p.entity).kind);
  });
}

struct Axes {
  Axis axis;
  double plot_x = 0;
  std::vector<Seconds> meeting_times;  // per item
};

// A meeting sits at the middle of its mark on the timeline's axis. The storyline's axis gives
// room to those instants, not to the events' whole spans: stretches without a meeting longer
// than a sixth of the break threshold collapse, and busy hours get the width
// (docs/storyline.md, "x axis").
Axes storyline_axes(const EventGraph& graph, std::vector<Item>& items, const PageHeader& header,
                    const TextMeasure& measure, const StorylineOptions& options) {
  std::vector<NodeId> nodes;
  for (const Item& item : items) nodes.push_back(item.node);
  const LaneAssignment lanes = assign_lanes(graph, nodes, time_order(items), options.language);
  Axes axes;
  axes.plot_x = margin + lane_header_width(lanes.lanes, {}, measure, options.font_size,
                                           options.font_size - 1);
  AxisOptions axis_options;
  axis_options.language = options.language;
  axis_options.zone = graph.info.zone.empty() ? "UTC" : graph.info.zone;
  axis_options.break_threshold = options.break_threshold;
  axis_options.left = axes.plot_x;
  axis_options.width = options.page_width - axes.plot_x - margin;
  axis_options.top = header.subtitle_box.bottom() + 14;
  axis_options.font_size = options.font_size - 1;
  axis_options.measure = &measure;
  std::vector<AxisSpan> spans;
  for (const Item& item : items) spans.push_back(item.span);
  const Axis timeline_axis = layout_axis(spans, axis_options);
  clip_open_ends(items, timeline_axis);
  std::vector<AxisSpan> instants;
  for (const Item& item : items) {
    const double x0 = timeline_axis.x_of(item.start_earliest);
    const double x1 = timeline_axis.x_of(item.end_latest);
    axes.meeting_times.push_back(timeline_axis.time_at((x0 + x1) / 2));
    if (has_a_line(graph, item.node))
      instants.push_back({axes.meeting_times.back(), axes.meeting_times.back(), false, false,
                          timeline_axis.time_at(x1) - timeline_axis.time_at(x0)});
  }
  if (instants.empty()) {
    axes.axis = timeline_axis;
    return axes;
  }
  std::vector<Seconds> times;
  for (const AxisSpan& instant : instants) times.push_back(instant.lo);
  axis_options.break_threshold =
      storyline_threshold(times, options.break_threshold / 6,
                          timeline_axis.segments.empty() ? 0 : timeline_axis.right() - axes.plot_x);
  axes.axis = layout_axis(instants, axis_options);
  return axes;
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

StorylineScene layout_storyline(const EventGraph& graph, const ReasonReport& /*report*/,
                                const StorylineOptions& options) {
  static const EstimatedTextMeasure estimate;
  const TextMeasure& measure = options.measure != nullptr ? *options.measure : estimate;
  const Language language = options.language;
  const double font = options.font_size;

  StorylineScene layout;
  layout.language = language;
  layout.font_size = font;
  // The same items, header and first axis as the timeline, so both views start from one x.
  std::vector<Item> items = collect_items(graph, "the timeline", layout.diagnostics);
  layout.header = layout_header(graph, language, measure, font, options.page_width);
  const Axes axes = storyline_axes(graph, items, layout.header, measure, options);
  layout.axis = axes.axis;
  const std::vector<Seconds>& meeting_times = axes.meeting_times;
  std::vector<double> meeting_x;
  for (const Seconds time : meeting_times) meeting_x.push_back(layout.axis.x_of(time));
  const Box timeline_plot{axes.plot_x, layout.axis.y + 6,
                          layout.axis.segments.empty() ? 0 : layout.axis.right() - axes.plot_x, 0};
  layout.width = std::max(options.page_width, timeline_plot.right() + margin);

  // Meetings: events the timeline could place that have at least one line participant.
  std::vector<std::size_t> line_of(graph.node_count(), graph.node_count());
  std::vector<NodeId> line_entities;
  std::vector<MeetingInput> inputs;
  for (std::size_t i = 0; i < items.size(); ++i) {
    MeetingInput input;
    input.event = items[i].node;
    input.file_index = i;
    input.time_x = meeting_x[i];
    std::vector<NodeId> seen;
    for (const Participant& participant : graph.event(input.event).participants) {
      const NodeId entity = participant.entity;
      if (graph.kind(entity) != NodeKind::entity || !draws_a_line(graph.entity(entity).kind) ||
          std::find(seen.begin(), seen.end(), entity) != seen.end())
        continue;
      seen.push_back(entity);
      input.lines.push_back(entity);  // entity ids for now; line indices below
    }
    if (!input.lines.empty()) inputs.push_back(std::move(input));
  }
  std::stable_sort(inputs.begin(), inputs.end(), [](const MeetingInput& a, const MeetingInput& b) {
    return a.time_x < b.time_x;
  });
  // Lines are numbered by first appearance, then file order within one meeting.
  for (MeetingInput& input : inputs)
    for (LineIndex& entity : input.lines) {
      if (line_of[entity] == graph.node_count()) {
        line_of[entity] = line_entities.size();
        line_entities.push_back(entity);
      }
      entity = static_cast<LineIndex>(line_of[entity]);
    }

  const double line_font = font - 1;
  layout.plot = timeline_plot;
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

  ColumnPlan plan = plan_columns(inputs, line_entities.size(), column_spacing);
  layout.initial_crossings = count_crossings(plan.columns, line_entities.size());
  layout.crossings = order_columns(plan.columns, line_entities.size(), options.sweeps);

  // Event labels take rows above the lines; then the lines are stacked below them.
  for (std::size_t m = 0; m < inputs.size(); ++m) {
    StorylineMeeting meeting;
    meeting.event = inputs[m].event;
    meeting.time_x = inputs[m].time_x;
    meeting.x = plan.x[plan.column_of[m]];
    meeting.badge = graph.event(meeting.event).status == EventStatus::reported;
    layout.meetings.push_back(std::move(meeting));
  }
  const double label_top = timeline_plot.y + 6;
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
  std::vector<std::vector<std::size_t>> meetings_of_column(plan.x.size());
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
      xy.emplace_back(plan.x[column], y);
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

  layout.legend = storyline_legend(layout, graph, language, measure, font, margin);
  layout.height =
      (layout.legend.empty() ? layout.plot.bottom() : layout.legend.back().label_box.bottom()) +
      margin;
  return layout;
}

}  // namespace chronograph
