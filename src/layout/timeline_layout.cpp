// Timeline layout: lanes by participant, events as bars or diamonds on the shared time axis, rows
// inside lanes, routed relation arrows, legend. The algorithm is described in docs/timeline.md.

#include <algorithm>
#include <set>

#include "chronograph/layout.hpp"
#include "layout/arrow_routes.hpp"
#include "layout/contradictions.hpp"
#include "layout/density.hpp"
#include "layout/header.hpp"
#include "layout/items.hpp"
#include "layout/labels.hpp"
#include "layout/lanes.hpp"
#include "layout/legend.hpp"
#include "layout/participations.hpp"
#include "layout/text.hpp"

namespace chronograph {

namespace {

using namespace detail;

constexpr double margin = page_margin;
constexpr double row_gap = 8;               // kept free between neighbours sharing a row
constexpr double participation_strip = 10;  // above a lane's rows, for participation markers
constexpr double lane_padding = 6;

// Sizes every step derives from the font.
struct Metrics {
  double font = 12;
  double axis_font = 11;
  double row_pitch = 24;
  double bar_height = 14;
  double label_height = 16;
  explicit Metrics(double font_size)
      : font(font_size),
        axis_font(font_size - 1),
        row_pitch(2 * font_size),
        bar_height(font_size + 2),
        label_height(font_size + 4) {}
};

struct Step {
  const EventGraph& graph;
  const LayoutOptions& options;
  const TextMeasure& measure;
  Metrics metrics;
  std::string document_zone;
};

double header_column_width(const Step& step, const std::vector<LaneLayout>& lanes) {
  std::vector<std::string> zones;
  if (!step.options.second_zone.empty()) zones = {step.options.second_zone, step.document_zone};
  return lane_header_width(lanes, zones, step.measure, step.metrics.font, step.metrics.axis_font);
}

Axis timeline_axis(const Step& step, const std::vector<Item>& items, const TimelineScene& scene,
                   double header_width) {
  std::vector<AxisSpan> spans;
  for (const Item& item : items) spans.push_back(item.span);
  AxisOptions axis;
  axis.language = step.options.language;
  axis.zone = step.document_zone;
  axis.calendar = step.graph.info.calendar;
  axis.second_zone = step.options.second_zone;
  axis.break_threshold = step.options.break_threshold;
  axis.left = scene.plot.x;
  axis.width = step.options.page_width - scene.plot.x - margin;
  axis.top = scene.header.subtitle_box.bottom() + 14;
  axis.font_size = step.metrics.axis_font;
  axis.measure = &step.measure;
  axis.zone_label_left = margin;
  axis.zone_label_width = header_width - 12;
  return layout_axis(spans, axis);
}

// One mark per item, x only (rows decide y), with its label placed beside or inside it.
std::vector<PlacedLabel> place_marks(const Step& step, TimelineScene& scene,
                                     const std::vector<Item>& items,
                                     const std::vector<std::size_t>& lane_of) {
  const Metrics& m = step.metrics;
  const Language language = step.options.language;
  std::vector<Extent> break_bands;
  for (const ScaleBreak& gap : scene.axis.breaks) break_bands.push_back({gap.band_x0, gap.band_x1});
  std::vector<PlacedLabel> placed;
  for (const Item& item : items) {
    const Event& event = step.graph.event(item.node);
    EventMark mark;
    mark.event = item.node;
    mark.lane = lane_of[scene.marks.size()];
    mark.x_start_earliest = scene.axis.x_of(item.start_earliest);
    mark.x_start_latest = scene.axis.x_of(item.start_latest);
    mark.x_end_earliest = scene.axis.x_of(item.end_earliest);
    mark.x_end_latest = scene.axis.x_of(item.end_latest);
    mark.has_core =
        item.start_latest < item.end_earliest && mark.x_end_earliest - mark.x_start_latest > 0.5;
    mark.continues_before =
        item.span.open_before || item.start_earliest < scene.axis.segments.front().begin;
    mark.continues_after = item.span.open_after || item.end_latest > scene.axis.segments.back().end;
    const double extent = mark.x_end_latest - mark.x_start_earliest;
    if (extent < 8) {
      mark.shape = MarkShape::instant;
      const double centre = (mark.x_start_earliest + mark.x_end_latest) / 2;
      const double left = std::min(mark.x_start_earliest, centre - m.bar_height / 2);
      const double right = std::max(mark.x_end_latest, centre + m.bar_height / 2);
      mark.box = {left, 0, right - left, m.bar_height};
    } else {
      mark.box = {mark.x_start_earliest, 0, extent, m.bar_height};
    }
    mark.badge = event.status == EventStatus::reported;
    mark.uncertain_date = event.when.uncertain || (event.end_when && event.end_when->uncertain);
    std::string title = event.title.in(language).empty() ? event.id : event.title.in(language);
    // The lane shows the first participant; the others are counted, never dropped silently.
    if (event.participants.size() > 1)
      title += " +" + std::to_string(event.participants.size() - 1);
    const int badges = int{mark.badge} + int{mark.uncertain_date};
    placed.push_back(place_label({mark.box, mark.shape == MarkShape::bar, title, badges,
                                  scene.plot.x, scene.plot.right(), m.font, 260, break_bands},
                                 step.measure));
    mark.label = placed.back().text;
    mark.placement = placed.back().placement;
    mark.label_box = {placed.back().x, 0, placed.back().width, m.label_height};
    scene.marks.push_back(std::move(mark));
  }
  return placed;
}

// What a thinned lane draws first: events named in --focus, then those a relation links to
// another event, then long bars (wider than this), then the rest, earlier first.
constexpr double long_bar = 48;

std::vector<int> mark_priorities(const Step& step, const TimelineScene& scene) {
  const std::set<std::string> focus(step.options.focus.begin(), step.options.focus.end());
  std::vector<bool> linked(step.graph.node_count(), false);
  for (const Relation& relation : step.graph.stored_relations()) {
    if (relation.implied || step.graph.kind(relation.from) != NodeKind::event ||
        step.graph.kind(relation.to) != NodeKind::event)
      continue;
    linked[relation.from] = linked[relation.to] = true;
  }
  std::vector<int> priority;
  priority.reserve(scene.marks.size());
  for (const EventMark& mark : scene.marks) {
    if (focus.contains(step.graph.id(mark.event))) {
      priority.push_back(3);
    } else if (linked[mark.event]) {
      priority.push_back(2);
    } else {
      priority.push_back(mark.shape == MarkShape::bar && mark.box.width >= long_bar ? 1 : 0);
    }
  }
  return priority;
}

// Per lane: where the events it does not draw one by one start (empty when it draws all).
using BandStarts = std::vector<std::vector<double>>;

// Level of detail (layout/density.hpp): when the lanes' rows add up to more than a page holds,
// each lane keeps at most lane_row_cap rows of its most important marks; the others leave
// scene.marks (and `placed`) for their lane's density band.
BandStarts thin_dense_lanes(const Step& step, TimelineScene& scene,
                            std::vector<PlacedLabel>& placed, std::size_t lane_count) {
  std::vector<std::vector<std::size_t>> members(lane_count);
  for (std::size_t i = 0; i < scene.marks.size(); ++i) members[scene.marks[i].lane].push_back(i);
  std::vector<std::vector<Extent>> extents(lane_count);
  std::vector<std::size_t> rows(lane_count, 0);
  for (std::size_t lane = 0; lane < lane_count; ++lane) {
    for (const std::size_t i : members[lane]) extents[lane].push_back(placed[i].occupied);
    for (const std::size_t row : stack_rows(extents[lane], row_gap))
      rows[lane] = std::max(rows[lane], row + 1);
  }
  BandStarts starts(lane_count);
  const std::optional<std::size_t> cap = lane_row_cap(rows, page_row_budget);
  if (!cap) return starts;
  scene.lane_row_cap = *cap;
  const std::vector<int> priority = mark_priorities(step, scene);
  std::vector<bool> dropped(scene.marks.size(), false);
  for (std::size_t lane = 0; lane < lane_count; ++lane) {
    if (rows[lane] <= *cap) continue;
    std::vector<int> lane_priority;
    for (const std::size_t i : members[lane]) lane_priority.push_back(priority[i]);
    const auto kept = keep_within_rows(extents[lane], lane_priority, *cap, row_gap);
    for (std::size_t k = 0; k < kept.size(); ++k) {
      if (kept[k]) continue;
      const EventMark& mark = scene.marks[members[lane][k]];
      dropped[members[lane][k]] = true;
      starts[lane].push_back((mark.x_start_earliest + mark.x_start_latest) / 2);
    }
  }
  std::size_t out = 0;
  for (std::size_t i = 0; i < scene.marks.size(); ++i) {
    if (dropped[i]) {
      const EventMark& mark = scene.marks[i];
      scene.folded.push_back({mark.event, mark.lane,
                              (mark.x_start_earliest + mark.x_start_latest) / 2,
                              (mark.x_end_earliest + mark.x_end_latest) / 2});
      continue;
    }
    scene.marks[out] = std::move(scene.marks[i]);
    placed[out++] = std::move(placed[i]);
  }
  scene.aggregated = scene.marks.size() - out;
  scene.marks.resize(out);
  placed.resize(out);
  return starts;
}

// The density band of each thinned lane, under its rows at `band_top[lane]`.
void place_density(TimelineScene& scene, const BandStarts& starts,
                   const std::vector<double>& band_top) {
  const double left = scene.plot.x;
  const double right = scene.plot.right();
  std::size_t fullest = 0;
  for (const std::vector<double>& xs : starts)
    fullest = std::max(fullest, fullest_bin(xs, left, right));
  for (std::size_t lane = 0; lane < starts.size(); ++lane) {
    if (starts[lane].empty()) continue;
    for (const DensityRun& run : density_runs(starts[lane], left, right, fullest))
      scene.density.push_back({lane,
                               {run.x0, band_top[lane], run.x1 - run.x0, density_band_height},
                               run.events,
                               run.shade});
  }
}

// Rows inside each lane, then y for everything. A lane that shows participation markers gets a
// strip above its rows for them. Returns the row boundaries, the corridors arrows run along.
std::vector<double> place_rows(const Step& step, TimelineScene& scene,
                               std::vector<LaneLayout> lanes,
                               const std::vector<PlacedLabel>& placed, const BandStarts& starts,
                               double header_width) {
  const Metrics& m = step.metrics;
  std::vector<std::vector<std::size_t>> members(lanes.size());
  for (std::size_t i = 0; i < scene.marks.size(); ++i) members[scene.marks[i].lane].push_back(i);
  if (step.options.lanes == LaneGrouping::participant)
    scene.participations = participation_markers(step.graph, scene.marks, lanes);
  std::vector<bool> has_strip(lanes.size(), false);
  for (const ParticipationMarker& marker : scene.participations) has_strip[marker.lane] = true;
  double y = scene.plot.y;
  std::vector<double> band_top(lanes.size(), 0);
  std::vector<double> channels;  // row boundaries: 4 units clear of the labels on either side
  for (std::size_t lane_index = 0; lane_index < lanes.size(); ++lane_index) {
    LaneLayout& lane = lanes[lane_index];
    std::vector<Extent> extents;
    for (const std::size_t i : members[lane_index]) extents.push_back(placed[i].occupied);
    const std::vector<std::size_t> rows_of = stack_rows(extents, row_gap);
    lane.rows = 1;
    const double strip = has_strip[lane_index] ? participation_strip : 0;
    const double top = y + lane_padding + strip;  // of the first row
    for (std::size_t k = 0; k < rows_of.size(); ++k) {
      EventMark& mark = scene.marks[members[lane_index][k]];
      mark.row = rows_of[k];
      lane.rows = std::max(lane.rows, mark.row + 1);
      const double row_y = top + static_cast<double>(mark.row) * m.row_pitch;
      mark.box.y = row_y + (m.row_pitch - m.bar_height) / 2;
      mark.label_box.y = row_y + (m.row_pitch - m.label_height) / 2;
    }
    lane.y = y;
    lane.height = static_cast<double>(lane.rows) * m.row_pitch + 2 * lane_padding + strip;
    if (!starts[lane_index].empty()) {
      band_top[lane_index] = top + static_cast<double>(lane.rows) * m.row_pitch + 2;
      lane.height += density_band_height + 4;
    }
    for (std::size_t row = 0; row <= lane.rows; ++row)
      channels.push_back(top + static_cast<double>(row) * m.row_pitch);
    lane.title = fit_text(step.measure, lane.title, m.font, header_width - 12);
    lane.header = {margin, top + (m.row_pitch - m.label_height) / 2,
                   step.measure.width(lane.title, m.font), m.label_height};
    y += lane.height;
  }
  scene.lanes = std::move(lanes);
  place_density(scene, starts, band_top);
  for (ParticipationMarker& marker : scene.participations)  // in the strip above the lane's rows
    marker.y = scene.lanes[marker.lane].y + (lane_padding + participation_strip) / 2;
  scene.plot.height = y - scene.plot.y;
  return channels;
}

// A blank page would look like a rendering failure; say why it is empty.
void note_empty_page(const Step& step, TimelineScene& scene) {
  scene.empty_note = step.options.language == Language::ko
                         ? "그릴 사건이 없습니다: 시간이 알려진 사건이 없습니다."
                         : "Nothing to draw: no event has a known time.";
  scene.plot.height = 3 * step.metrics.font;
  scene.diagnostics.push_back(
      make_warning({step.graph.info.path, {}, {}},
                   "the timeline has no events with a time; the page only shows a note"));
}

void route_arrows(const Step& step, TimelineScene& scene, const std::vector<double>& channels) {
  std::vector<Box> mark_boxes;
  for (const EventMark& mark : scene.marks) mark_boxes.push_back(mark.box);
  const BoxIndex label_index(scene.label_boxes());
  const BoxIndex mark_index(std::move(mark_boxes));
  scene.arrows = relation_arrows(step.graph, scene.marks, {label_index, mark_index, channels});
}

}  // namespace

std::vector<Box> TimelineScene::label_boxes() const {
  std::vector<Box> boxes{header.title_box, header.subtitle_box};
  for (const auto* row : {&axis.ticks, &axis.second_ticks})
    for (const AxisTick& tick : *row)
      if (!tick.label.empty()) boxes.push_back(tick.label_box);
  for (const AxisZoneLabel& zone : axis.zone_labels) boxes.push_back(zone.label_box);
  for (const ScaleBreak& gap : axis.breaks) boxes.push_back(gap.label_box);
  for (const LaneLayout& lane : lanes) boxes.push_back(lane.header);
  for (const EventMark& mark : marks) boxes.push_back(mark.label_box);
  for (const LegendEntry& entry : legend) boxes.push_back(entry.label_box);
  return boxes;
}

TimelineScene layout_timeline(const EventGraph& graph, const ReasonReport& report,
                              const LayoutOptions& options) {
  static const EstimatedTextMeasure estimate;
  const Step step{graph, options, options.measure != nullptr ? *options.measure : estimate,
                  Metrics(options.font_size), graph.info.zone.empty() ? "UTC" : graph.info.zone};
  TimelineScene scene;
  scene.language = options.language;
  scene.font_size = options.font_size;
  std::vector<Item> items = collect_items(graph, "the timeline", scene.diagnostics);
  scene.header =
      layout_header(graph, options.language, step.measure, options.font_size, options.page_width);

  // Lanes first: their titles decide where the plot starts.
  std::vector<NodeId> nodes;
  for (const Item& item : items) nodes.push_back(item.node);
  LaneAssignment lanes =
      assign_lanes(graph, nodes, time_order(items), options.language, options.lanes);
  const double header_width = header_column_width(step, lanes.lanes);
  scene.plot.x = margin + header_width;
  scene.axis = timeline_axis(step, items, scene, header_width);
  scene.plot.width = scene.axis.segments.empty() ? 0 : scene.axis.right() - scene.plot.x;
  scene.width = std::max(options.page_width, scene.plot.right() + margin);
  scene.plot.y = scene.axis.y + 6;

  clip_open_ends(items, scene.axis);
  std::vector<PlacedLabel> placed = place_marks(step, scene, items, lanes.lane_of);
  const BandStarts starts = thin_dense_lanes(step, scene, placed, lanes.lanes.size());
  const std::vector<double> channels =
      place_rows(step, scene, std::move(lanes.lanes), placed, starts, header_width);
  if (items.empty()) note_empty_page(step, scene);
  route_arrows(step, scene, channels);
  scene.contradictions = scene_contradictions(report);
  mark_contradictions(scene);
  const double legend_bottom =
      place_legend(scene, graph, options.language, step.measure, step.metrics.axis_font,
                   step.metrics.label_height, margin);
  scene.height = (scene.legend.empty() ? scene.plot.bottom() : legend_bottom) + margin;
  return scene;
}

}  // namespace chronograph
