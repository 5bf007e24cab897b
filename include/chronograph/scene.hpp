#pragma once
// Scenes: what the layout stage decided, as plain data. Every mark carries its event id, its x
// extent, y and text; renderers (SVG, pinned DOT, scene JSON) only draw what is here. Page units:
// 1 unit = 1 SVG px = 1 Graphviz point, y growing downwards. docs/scene.md describes the JSON form.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/time.hpp"

namespace chronograph {

// Axis-aligned rectangle, y growing downwards (as in SVG).
struct Box {
  double x = 0;
  double y = 0;
  double width = 0;
  double height = 0;
  [[nodiscard]] double right() const { return x + width; }
  [[nodiscard]] double bottom() const { return y + height; }
  friend bool operator==(const Box&, const Box&) = default;
};

// True when the interiors intersect; boxes that only touch do not.
[[nodiscard]] bool intersects(const Box& a, const Box& b);
// Every intersecting pair (i < j), sorted. Sweep over x: O(n log n + pairs examined).
[[nodiscard]] std::vector<std::pair<std::size_t, std::size_t>> overlapping_pairs(
    std::span<const Box> boxes);

// ---- The time axis, shared by the timeline and the storyline ----

// A stretch of time drawn to scale: x grows linearly from x0 (at begin) to x1 (at end).
struct TimeSegment {
  Seconds begin = 0;
  Seconds end = 0;
  double x0 = 0;
  double x1 = 0;
  std::size_t event_count = 0;  // spans that meet the segment
};

// An empty stretch of time collapsed to a fixed width, labelled with its length ("7 months").
// [x0, x1] keeps an apron on both sides where marks at a segment's edge may overhang; the break's
// glyph is drawn inside [band_x0, band_x1].
struct ScaleBreak {
  Seconds begin = 0;
  Seconds end = 0;
  double x0 = 0;
  double x1 = 0;
  double band_x0 = 0;
  double band_x1 = 0;
  std::string label;
  Box label_box;
};

enum class TickLevel { major, minor };

struct AxisTick {
  Seconds at = 0;
  double x = 0;
  TickLevel level = TickLevel::minor;
  std::string label;  // empty when the label would not fit inside its segment
  Box label_box;
};

// The zone a row of axis ticks is read in, named in the header column beside its rows.
struct AxisZoneLabel {
  std::string zone;
  std::string label;  // the zone as given, shortened with "…" to fit the header column
  Box label_box;
};

// Segments and breaks along x, and the tick rows above the plot. x_of and time_at are inverse
// to each other: linear inside segments and across breaks, clamped at the ends.
struct Axis {
  std::vector<TimeSegment> segments;
  std::vector<ScaleBreak> breaks;  // breaks[i] lies between segments[i] and segments[i + 1]
  std::vector<AxisTick> ticks;     // in the document's zone
  double y = 0;                    // the document zone's axis line, under its tick labels
  // With a second zone: its ticks (own calendar, own rows above `ticks`), its axis line, and
  // both zones named: [second zone, document zone].
  std::vector<AxisTick> second_ticks;
  double second_y = 0;
  std::vector<AxisZoneLabel> zone_labels;

  [[nodiscard]] double left() const;
  [[nodiscard]] double right() const;
  [[nodiscard]] double x_of(Seconds instant) const;
  [[nodiscard]] Seconds time_at(double x) const;
};

// Title and source line at the top of every view.
struct PageHeader {
  std::string title;
  Box title_box;
  std::string subtitle;  // source title, outlet and publication time
  Box subtitle_box;
};

// The marks the legend explains; only those the page uses are listed.
enum class LegendKey {
  happened,
  planned,
  reported,
  cancelled,
  superseded,
  certain,
  uncertain,
  uncertain_date,  // EDTF `?`: the date itself may be wrong
  instant,
  continues,
  scale_break,
  widened,  // an instant drawn wider to fit the meetings that share it
  relation,
  relation_stub,  // a relation drawn as two stubs (far apart, or no clear route)
  participation,
  contradiction,  // statements about its time that cannot all hold (`check` reports them)
  density,        // events too dense to draw one by one, shaded by how many (level of detail)
};

struct LegendEntry {
  LegendKey key = LegendKey::happened;
  Box swatch;
  std::string label;
  Box label_box;
};

struct PathPoint {
  double x = 0;
  double y = 0;
  friend bool operator==(const PathPoint&, const PathPoint&) = default;
};

// ---- Timeline ----

struct LaneLayout {
  std::optional<NodeId> entity;  // nullopt: the "other" lane (events without participants)
  std::string title;
  Box header;  // where the title is written
  double y = 0;
  double height = 0;
  std::size_t rows = 0;
};

enum class MarkShape { bar, instant };
enum class LabelPlacement { right, left, inside };

struct EventMark {
  NodeId event = 0;
  std::size_t lane = 0;
  std::size_t row = 0;
  MarkShape shape = MarkShape::bar;
  // x of start.earliest, start.latest, end.earliest, end.latest, clipped to the plot.
  double x_start_earliest = 0;
  double x_start_latest = 0;
  double x_end_earliest = 0;
  double x_end_latest = 0;
  bool has_core = false;  // start.latest < end.earliest: a stretch that certainly belongs to it
  bool continues_before = false;  // starts before what the page shows (clipped or open)
  bool continues_after = false;
  Box box;            // the mark (bar, or the diamond of an instant)
  std::string label;  // possibly shortened with "…"; the full title goes in tooltips
  LabelPlacement placement = LabelPlacement::right;
  bool badge = false;  // a "reported" badge drawn at the label's left end, inside label_box
  bool uncertain_date = false;  // written with EDTF `?`: a "?" badge before the label
  bool contradicted = false;    // in a contradiction (TimelineScene::contradictions)
  Box label_box;
};

// How a relation arrow is drawn: one route from mark to mark, or two short stubs, one out of
// each mark, whose tooltips name the other end (docs/timeline.md, "Relation arrows").
enum class ArrowForm { route, stubs };

// An arrow for an explicit before / after / supersedes relation between two drawn events
// (`after` is drawn as the `before` it implies). `route` is an orthogonal polyline from (x1, y1)
// on the first mark's edge to (x2, y2) on the other's, run in the corridors between rows; when
// every route would cross a label, or the marks are far apart, the arrow is two stubs instead:
// `route` leaves the first mark, `to_stub` enters the second. `label_crossings` counts the
// labels the drawn lines cross (0 unless even the stubs found no clear place).
struct RelationArrow {
  NodeId from = 0;
  NodeId to = 0;
  RelationType type = RelationType::before;
  std::uint32_t relation = 0;  // Relation::sequence of the (first) statement drawn
  bool contradicted = false;   // the statement is in a contradiction
  std::size_t count = 1;       // statements with the same ends and type, drawn as this one
  ArrowForm form = ArrowForm::route;
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
  std::vector<PathPoint> route;
  std::vector<PathPoint> to_stub;  // stubs only
  std::size_t label_crossings = 0;
};

// An event drawn in one lane that involves a participant who has a lane of their own: a small
// ring in that participant's lane, at the event's time, so the event is drawn once and never
// silently missing from the other lane (`--lanes participant` only).
struct ParticipationMarker {
  NodeId event = 0;
  NodeId participant = 0;
  std::size_t lane = 0;        // the participant's lane
  std::size_t event_lane = 0;  // the lane the event is drawn in
  double x = 0;                // centre
  double y = 0;
  double radius = 0;
};

// Statements that cannot all hold, as the scene shows them: the events and relations marked, and
// the chain `check` and `explain` print, one line a statement, for tooltips.
struct SceneContradiction {
  std::vector<NodeId> events;
  std::vector<std::uint32_t> relations;  // Relation::sequence
  std::vector<std::string> chain;        // the error's message, then one line per statement
};

// Part of a lane's density band: the events of the lane that were not drawn one by one (the page
// was too full; docs/timeline.md, "Level of detail"), counted where they start. `shade` runs from
// 1 (one event) to density_shades (the page's fullest stretch), on a log scale.
struct DensityBand {
  std::size_t lane = 0;
  Box box;
  std::size_t events = 0;
  int shade = 1;
};

// An event of a density band, where its mark would be: for viewers that zoom in far enough to draw
// it (the HTML page reveals these as you zoom; docs/html.md, "At scale").
struct FoldedEvent {
  NodeId event = 0;
  std::size_t lane = 0;
  double x_start = 0;  // middle of its start bounds, clipped to the plot
  double x_end = 0;    // middle of its end bounds, clipped to the plot
};

struct TimelineScene {
  Language language = Language::en;  // of every text in the scene
  double width = 0;
  double height = 0;
  PageHeader header;
  double font_size = 12;
  Box plot;  // lanes and marks; the axis sits just above
  Axis axis;
  std::vector<LaneLayout> lanes;
  std::vector<EventMark> marks;                     // in file order of their events
  std::vector<ParticipationMarker> participations;  // by event (file order), then participant
  std::vector<RelationArrow> arrows;                // in relation order
  std::vector<DensityBand> density;                 // by lane, then x; empty unless thinned
  std::size_t aggregated = 0;                       // events in the density bands
  std::vector<FoldedEvent> folded;                  // those events, in file order
  std::size_t lane_row_cap = 0;                     // rows each lane kept; 0: none thinned
  std::vector<LegendEntry> legend;
  std::vector<SceneContradiction> contradictions;  // as the reason stage found them
  std::string empty_note;   // shown instead of lanes when no event has a time
  Diagnostics diagnostics;  // events that could not be placed; an empty page

  // Every label box (marks, ticks, breaks, lane headers, legend, title): for overlap checks.
  // The --tz2 zone the axis draws (for tooltips); empty without one.
  [[nodiscard]] std::string_view second_zone() const {
    return axis.zone_labels.empty() ? std::string_view()
                                    : std::string_view(axis.zone_labels.front().zone);
  }
  [[nodiscard]] std::vector<Box> label_boxes() const;
};

// ---- Storyline (docs/storyline.md): one line per participant, meeting at shared events ----

// One stretch of a line: horizontal at both ends, bending in between (a cubic Bézier whose
// control points sit at mid-x). `event` is the meeting the stretch leads into or runs through;
// its status decides the stroke (planned: dashed, cancelled: faded, superseded: dotted).
struct StorylineCurve {
  double x0 = 0;
  double y0 = 0;
  double x1 = 0;
  double y1 = 0;
  std::optional<NodeId> event;
  EventStatus status = EventStatus::happened;
};

struct StorylineLabel {
  std::string text;  // possibly shortened with "…"
  Box box;
};

struct StorylineLine {
  NodeId entity = 0;
  std::string name;                            // full name in the chosen language, for tooltips
  StorylineLabel label;                        // left of where the line starts
  std::vector<StorylineLabel> reentry_labels;  // on the line, right after each scale break
  std::vector<StorylineCurve> curves;          // left to right, joined end to start
  std::size_t colour = 0;  // into the timeline's 7-colour palette: the one free longest
};

// A meeting is drawn where its lines converge (the column, at one instant of its bounds) and as
// the range of time it may occupy: x0..x1 from its earliest start to its latest end, clipped to
// the axis, with the certain part (latest start..earliest end) when there is one.
// A meeting's range narrower than this (units) is drawn by its column alone.
inline constexpr double min_range_width = 3;

struct StorylineMeeting {
  NodeId event = 0;
  double x = 0;                                   // the column: x of the instant the lines meet at
  double x0 = 0;                                  // x of the earliest start, clipped to the axis
  double x1 = 0;                                  // x of the latest end, clipped to the axis
  std::optional<std::pair<double, double>> core;  // x of latest start .. earliest end
  bool continues_before = false;  // starts before what the axis shows (clipped or open)
  bool continues_after = false;
  std::vector<std::size_t> lines;  // into StorylineScene::lines, top to bottom, drawn adjacent
  Box box;                         // around the member lines at the column
  StorylineLabel label;            // above the lines, in a label row; text empty when no room
  double leader_y0 = 0;            // leader from the label's bottom (x = `x`) down to the box
  bool badge = false;              // reported: an "R" badge before the label text
  bool uncertain_date = false;     // written with EDTF `?`: a "?" badge before the label
  bool contradicted = false;       // in a contradiction (StorylineScene::contradictions)
};

// Level of detail (docs/storyline.md): a participant's events that the page did not draw as
// meetings, as a density band in a row of its own under the lines. Its runs' `lane` is the band's
// index in StorylineScene::bands.
struct StorylineBand {
  std::optional<NodeId> entity;     // empty: the participants left out, in one band
  std::optional<std::size_t> line;  // into StorylineScene::lines, when the participant has one
  StorylineLabel name;              // left of the band
  std::size_t colour = 0;           // the line's, or the next free one
  std::vector<DensityBand> runs;    // left to right
};

struct StorylineScene {
  Language language = Language::en;  // of every text in the scene
  double width = 0;
  double height = 0;
  PageHeader header;
  double font_size = 12;
  Box plot;  // the lines; event labels sit in rows between the axis and the plot
  Axis axis;
  std::vector<StorylineLine> lines;        // one per person/organisation in ≥ 1 drawn event
  std::vector<StorylineMeeting> meetings;  // by column, then file order
  std::vector<StorylineBand> bands;        // empty unless the page was thinned
  std::size_t aggregated = 0;              // events drawn only in bands
  std::size_t lines_total = 0;             // participants that could draw a line
  std::size_t lines_left_out = 0;          // of those, with neither a line nor a band
  std::size_t events_left_out = 0;         // events of left-out participants only: not drawn
  std::vector<LegendEntry> legend;
  std::vector<SceneContradiction> contradictions;  // as the reason stage found them
  std::size_t initial_crossings = 0;               // before the sweeps
  std::size_t crossings = 0;                       // after
  std::string empty_note;  // shown instead of lines when there is nothing to draw
  Diagnostics diagnostics;

  [[nodiscard]] std::vector<Box> label_boxes() const;
};

}  // namespace chronograph
