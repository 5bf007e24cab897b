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
#include "layout/storyline_order.hpp"
#include "layout/text.hpp"

namespace chronograph {

namespace {

using namespace detail;

constexpr double margin = page_margin;
constexpr double column_spacing = 28;  // closest two columns may be
constexpr double flat_half = 6;        // a line runs flat this far either side of a column
constexpr double stub = 22;            // a line begins this far before its first meeting
constexpr double box_pad = 5;

bool draws_a_line(EntityKind kind) {
  return kind == EntityKind::person || kind == EntityKind::organization;
}

struct Geometry {
  const std::vector<ScaleBreak>& breaks;
  const TextMeasure& measure;
  double line_font = 11;
};

// Curves of one line through its (column x, y) points, with the bend of a gap that crosses a
// scale break drawn inside the break, and a label where the line comes back.
void trace_line(StorylineLine& line, std::span<const std::pair<double, double>> points,
                std::span<const std::optional<const StorylineMeeting*>> met,
                const EventGraph& graph, const Geometry& geometry) {
  const auto status_of = [&](std::size_t k) {
    return met[k] ? graph.event((*met[k])->event).status : EventStatus::happened;
  };
  const auto event_of = [&](std::size_t k) -> std::optional<NodeId> {
    if (met[k]) return (*met[k])->event;
    return std::nullopt;
  };
  const auto add = [&](double x0, double y0, double x1, double y1, std::size_t k) {
    if (x1 - x0 > 0.01) line.curves.push_back({x0, y0, x1, y1, event_of(k), status_of(k)});
  };
  const double height = geometry.line_font + 2;
  const auto [first_x, first_y] = points.front();
  add(first_x - stub, first_y, first_x - flat_half, first_y, 0);
  for (std::size_t k = 0; k < points.size(); ++k) {
    const auto [x, y] = points[k];
    add(x - flat_half, y, x + flat_half, y, k);
    if (k + 1 == points.size()) {
      add(x + flat_half, y, x + stub, y, k);
      break;
    }
    const auto [next_x, next_y] = points[k + 1];
    double from = x + flat_half;
    const double to = next_x - flat_half;
    bool bent = false;
    for (const ScaleBreak& gap : geometry.breaks) {
      if (gap.band_x0 < from || gap.band_x1 > to) continue;
      if (!bent) {
        add(from, y, gap.band_x0, y, k + 1);
        add(gap.band_x0, y, gap.band_x1, next_y, k + 1);
        from = gap.band_x1;
        bent = true;
      }
      const double room = to - gap.x1 - 4;
      if (room >= 3 * geometry.line_font) {
        StorylineLabel label;
        label.text =
            fit_text(geometry.measure, line.name, geometry.line_font - 1, std::min(room, 140.0));
        label.box = {gap.x1 + 2, next_y - height / 2,
                     geometry.measure.width(label.text, geometry.line_font - 1), height};
        line.reentry_labels.push_back(std::move(label));
      }
    }
    add(from, bent ? next_y : y, to, next_y, k + 1);
  }
  // Horizontal runs were cut at breaks; a flat run ending where the next starts stays one curve
  // for the renderer to join.
}

// The name goes left of where the line begins; when that covers another name or a meeting, above
// or below the line's first stretch, else after the line's end. A second round allows covering a
// meeting box (the name's halo keeps it readable) but never another name; all of them within the
// page. When even that fails (the line's tooltip still names it). O(boxes) per line.
void place_line_label(StorylineLine& line, std::span<const std::pair<double, double>> points,
                      std::span<const Box> names, std::span<const Box> meetings,
                      const TextMeasure& measure, double font, double page_right) {
  const double height = font + 2;
  const auto [x, y] = points.front();
  const auto [last_x, last_y] = points.back();
  const double room = std::min(x - stub - 4 - margin, 170.0);
  const std::string left_text = room >= 2 * font ? fit_text(measure, line.name, font, room) : "";
  const double left_width = measure.width(left_text, font);
  const auto candidates = [&](double max_width) {
    const std::string text = fit_text(measure, line.name, font, max_width);
    const double width = measure.width(text, font);
    return std::array<std::pair<std::string, Box>, 8>{{
        {left_text, {x - stub - 4 - left_width, y - height / 2, left_width, height}},
        {text, {x - flat_half - width, y - height - 1, width, height}},
        {text, {x - flat_half - width, y + 1, width, height}},
        {text, {x - stub, y - height - 1, width, height}},
        {text, {x - stub, y + 1, width, height}},
        {text, {last_x + stub + 4, last_y - height / 2, width, height}},
        {text, {last_x + stub - width, last_y - height - 1, width, height}},
        {text, {last_x + stub - width, last_y + 1, width, height}},
    }};
  };
  const auto clear_of = [](const Box& box, std::span<const Box> others) {
    return std::none_of(others.begin(), others.end(),
                        [&](const Box& other) { return intersects(box, other); });
  };
  // Full names first, then names shortened to a few characters.
  for (const double max_width : {170.0, 5 * font})
    for (const bool avoid_meetings : {true, false})
      for (const auto& [candidate, box] : candidates(max_width)) {
        if (candidate.empty() || box.x < margin || box.right() > page_right ||
            !clear_of(box, names))
          continue;
        if (avoid_meetings && !clear_of(box, meetings)) continue;
        line.label = {candidate, box};
        return;
      }
  // Last: on the line's own row beyond its end, slid right past the names in the way.
  auto [text, box] = candidates(170.0)[5];
  for (int tries = 0; tries < 8; ++tries) {
    const auto blocker = std::find_if(names.begin(), names.end(),
                                      [&](const Box& other) { return intersects(box, other); });
    if (blocker == names.end()) {
      line.label = {text, box};
      return;
    }
    box.x = blocker->right() + 4;
  }
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

// Okabe–Ito has seven colours: a line takes the one that has been free longest, so a line that
// starts where another ended does not look like its continuation; when all seven are in use it
// takes them in turn, so no colour dominates a crowded page.
std::size_t pick_colour(std::array<double, 7>& free_from, std::size_t line_index, double start,
                        double end) {
  auto it = std::min_element(free_from.begin(), free_from.end());
  if (*it > start) it = free_from.begin() + static_cast<std::ptrdiff_t>(line_index % 7);
  *it = std::max(*it, end);
  return static_cast<std::size_t>(it - free_from.begin());
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
                     layout.width - margin);
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
