#pragma once
// Render stage: the model (and its layout) → bytes in a format. Nothing here touches files.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/graph.hpp"
#include "chronograph/layout.hpp"
#include "chronograph/reason.hpp"

namespace chronograph {

enum class View { timeline, graph, storyline };
// png and pdf are binary bytes in the std::string; html is one self-contained page (docs/html.md);
// scene is the timeline's or storyline's scene as JSON (docs/scene.md); graphml and gexf are the
// relationship graph's data for graph tools, whatever the view (docs/graph.md); ics is an
// iCalendar file, csv one row per event, timelinejs TimelineJS3 JSON (docs/formats.md) and timeml
// a TimeML document (docs/timeml.md): all view-independent.
enum class Format {
  svg,
  dot,
  json,
  png,
  pdf,
  html,
  scene,
  graphml,
  gexf,
  ics,
  csv,
  timelinejs,
  timeml
};

[[nodiscard]] std::optional<Format> format_from_extension(std::string_view path);
[[nodiscard]] std::optional<Format> format_from_string(std::string_view name);
[[nodiscard]] std::optional<View> view_from_string(std::string_view name);

struct RenderOptions {
  View view = View::timeline;
  Format format = Format::svg;
  Language language = Language::en;
  // Timeline: empty spans longer than this collapse into a marked scale break.
  Seconds break_threshold = 36 * 3600;
  // Timeline: what one lane holds (--lanes participant|place|kind|none).
  LaneGrouping lanes = LaneGrouping::participant;
  // Timeline: a second time zone (--tz2 UTC): its own tick rows above the document zone's, and
  // event tooltips give bounds in it too. Empty: none.
  std::string second_zone;
  // Timeline and storyline: how label widths are measured (not owned; must outlive the call).
  // nullptr: EstimatedTextMeasure, which needs no fonts and gives the same bytes everywhere.
  const TextMeasure* measure = nullptr;
  // Timeline: events drawn as marks first when the page is too full for all (--focus a,b).
  std::vector<std::string> focus;
};

// Relationship graph as DOT, written through cgraph (agwrite): Graphviz does the quoting.
// Given the reason report, the order it derives between events that no drawn relation links is
// added as faint dashed edges (docs/graph.md).
[[nodiscard]] Result<std::string> render_graph_dot(const EventGraph& graph,
                                                   const RenderOptions& options);
[[nodiscard]] Result<std::string> render_graph_dot(const EventGraph& graph,
                                                   const ReasonReport& report,
                                                   const RenderOptions& options);
// Relationship graph laid out by `dot` through gvc, as SVG.
[[nodiscard]] Result<std::string> render_graph_svg(const EventGraph& graph,
                                                   const RenderOptions& options);
[[nodiscard]] Result<std::string> render_graph_svg(const EventGraph& graph,
                                                   const ReasonReport& report,
                                                   const RenderOptions& options);
// The layout stage as a render call runs it: options.language, lanes, second zone and measure.
// An error (no scene) when options.second_zone is not a zone: "unknown time zone 'Asia/Seol' for
// the second axis row; did you mean 'Asia/Seoul'?".
[[nodiscard]] Result<TimelineScene> timeline_scene(const EventGraph& graph,
                                                   const ReasonReport& report,
                                                   const RenderOptions& options);
[[nodiscard]] StorylineScene storyline_scene(const EventGraph& graph, const ReasonReport& report,
                                             const RenderOptions& options);

// Writers of a scene: they draw what it holds and position nothing themselves. The graph gives
// the tooltips' words. Scene diagnostics are the layout's; render() passes them on.
// Timeline as SVG.
[[nodiscard]] std::string render_timeline_svg(const EventGraph& graph, const TimelineScene& scene);
// Timeline as DOT with pinned `pos`, so `neato -n2` shows the same picture.
[[nodiscard]] std::string render_timeline_dot(const EventGraph& graph, const TimelineScene& scene);
// Storyline (one line per participant, meeting at shared events) as SVG; docs/storyline.md.
[[nodiscard]] std::string render_storyline_svg(const EventGraph& graph,
                                               const StorylineScene& scene);
// Storyline as DOT with pinned `pos` (points, y up), so `neato -n2` shows the same picture.
[[nodiscard]] std::string render_storyline_dot(const EventGraph& graph,
                                               const StorylineScene& scene);
// The scene itself as JSON (docs/scene.md): the layout golden, and input for other drawers.
[[nodiscard]] std::string render_scene_json(const EventGraph& graph, const TimelineScene& scene);
[[nodiscard]] std::string render_scene_json(const EventGraph& graph, const StorylineScene& scene);

// The resolved graph for programs (docs/json.md). View-independent.
[[nodiscard]] std::string render_json(const EventGraph& graph, const ReasonReport& report);

// The relationship graph for graph tools, with the graph DOT's node and edge attributes and edges
// (docs/graph.md, "Attributes"); options.language picks the labels. View-independent.
// GraphML, written by Boost.Graph's write_graphml from the model's adjacency_list.
[[nodiscard]] std::string render_graphml(const EventGraph& graph, const ReasonReport& report,
                                         const RenderOptions& options);
// GEXF 1.3, dynamic: events carry `start`/`end`, so Gephi's timeline filter places them.
[[nodiscard]] std::string render_gexf(const EventGraph& graph, const ReasonReport& report,
                                      const RenderOptions& options);

// One self-contained HTML page: the options.view SVG inline, pan and zoom, search, a details panel
// on click; the event data embedded as JSON. No network access, no external URL (docs/html.md).
[[nodiscard]] Result<std::string> render_html(const EventGraph& graph, const ReasonReport& report,
                                              const RenderOptions& options);

// iCalendar (RFC 5545), written with libical: one VEVENT per event with a time; zoned events get a
// TZID and a VTIMEZONE, whole-day spans are all-day events, planned is TENTATIVE, cancelled and
// superseded are CANCELLED; DESCRIPTION gives the bounds in words. Events without a time, or
// outside the years 1–9999 (the Roman Republic's BCE dates), are left out with a warning each.
// Deterministic: UIDs from event id and file name, DTSTAMP from the publication time
// (docs/formats.md).
[[nodiscard]] Result<std::string> render_ics(const EventGraph& graph, const ReasonReport& report,
                                             const RenderOptions& options);

// One row per event in the column layout of chronograph/csv.hpp (docs/formats.md): `start` and
// `end` as written, participants `;`-separated, RFC 4180 quoting, CRLF line ends. Relations and
// entity names are not in it; parse_csv reads it back to the same events.
[[nodiscard]] std::string render_csv(const EventGraph& graph, const RenderOptions& options);

// TimelineJS3 JSON: one slide per event with a time (start_date/end_date as wall-clock fields in
// the event's zone, to its precision), display_date the bounds in words, group the first
// participant's name, eras the timeline's scale segments. Undated events: a warning each.
[[nodiscard]] Result<std::string> render_timelinejs(const EventGraph& graph,
                                                    const ReasonReport& report,
                                                    const RenderOptions& options);

// TimeML 1.2.1 (docs/timeml.md, "Writing TimeML"): EVENT and MAKEINSTANCE per event (eiid = its
// id), TIMEX3 for its stated time, TLINKs for the relations about time; chronograph's own
// attributes (namespace urn:chronograph:timeml:1) keep what TimeML cannot say, so parse_timeml
// reads it back to the same bounds and contradictions. Entities and other relations are left out,
// with a note. Escaped by pugixml.
[[nodiscard]] Result<std::string> render_timeml(const EventGraph& graph,
                                                const RenderOptions& options);

// Dispatch on options.view and options.format.
[[nodiscard]] Result<std::string> render(const EventGraph& graph, const ReasonReport& report,
                                         const RenderOptions& options);

}  // namespace chronograph
