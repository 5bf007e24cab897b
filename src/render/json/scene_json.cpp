// A scene as JSON (docs/scene.md): what the layout decided, so a diff of two scenes tells whether
// placement changed, and other programs can draw it. Instants are ISO 8601 in UTC.

#include <cmath>

#include <nlohmann/json.hpp>

#include "chronograph/layout.hpp"
#include "chronograph/render.hpp"

namespace chronograph {

namespace {

using Json = nlohmann::ordered_json;

constexpr int scene_format_version = 1;

// Two decimals, as the SVG writes them, so scenes are as stable as the pictures.
double number(double value) {
  const double rounded = std::round(value * 100) / 100;
  return rounded == 0 ? 0.0 : rounded;
}

Json instant(Seconds at) {
  const std::string text = format_instant(at, "UTC");
  return text.empty() ? Json() : Json(text);
}

Json box(const Box& b) {
  return {{"x", number(b.x)},
          {"y", number(b.y)},
          {"width", number(b.width)},
          {"height", number(b.height)}};
}

Json label(const std::string& text, const Box& b) {
  return {{"text", text}, {"box", box(b)}};
}

Json ticks(const std::vector<AxisTick>& row) {
  Json out = Json::array();
  for (const AxisTick& tick : row)
    out.push_back({{"at", instant(tick.at)},
                   {"x", number(tick.x)},
                   {"level", tick.level == TickLevel::major ? "major" : "minor"},
                   {"label", tick.label.empty() ? Json() : label(tick.label, tick.label_box)}});
  return out;
}

Json axis_json(const Axis& axis) {
  Json segments = Json::array();
  for (const TimeSegment& s : axis.segments)
    segments.push_back({{"from", instant(s.begin)},
                        {"to", instant(s.end)},
                        {"x0", number(s.x0)},
                        {"x1", number(s.x1)},
                        {"spans", s.event_count}});
  Json breaks = Json::array();
  for (const ScaleBreak& b : axis.breaks)
    breaks.push_back({{"from", instant(b.begin)},
                      {"to", instant(b.end)},
                      {"x0", number(b.x0)},
                      {"x1", number(b.x1)},
                      {"label", label(b.label, b.label_box)}});
  Json zones = Json::array();
  for (const AxisZoneLabel& zone : axis.zone_labels)
    zones.push_back({{"zone", zone.zone}, {"label", label(zone.label, zone.label_box)}});
  Json out = {{"y", number(axis.y)},
              {"segments", std::move(segments)},
              {"breaks", std::move(breaks)},
              {"ticks", ticks(axis.ticks)}};
  if (!axis.second_ticks.empty()) {
    out["second_y"] = number(axis.second_y);
    out["second_ticks"] = ticks(axis.second_ticks);
  }
  if (!zones.empty()) out["zones"] = std::move(zones);
  return out;
}

Json continues(bool before, bool after) {
  Json out = Json::array();
  if (before) out.push_back("left");
  if (after) out.push_back("right");
  return out;
}

Json legend_json(const std::vector<LegendEntry>& legend) {
  Json out = Json::array();
  for (const LegendEntry& entry : legend)
    out.push_back({{"key", legend_key_name(entry.key)},
                   {"swatch", box(entry.swatch)},
                   {"label", label(entry.label, entry.label_box)}});
  return out;
}

Json page(std::string_view view, Language language, double width, double height,
          const PageHeader& header, const Box& plot, const Axis& axis) {
  return {{"chronograph_scene", scene_format_version},
          {"view", view},
          {"language", language == Language::ko ? "ko" : "en"},
          {"width", number(width)},
          {"height", number(height)},
          {"title", label(header.title, header.title_box)},
          {"subtitle", label(header.subtitle, header.subtitle_box)},
          {"plot", box(plot)},
          {"axis", axis_json(axis)}};
}

Json points(const std::vector<PathPoint>& route) {
  Json out = Json::array();
  for (const PathPoint& p : route) out.push_back({number(p.x), number(p.y)});
  return out;
}

std::string_view placement_name(LabelPlacement placement) {
  switch (placement) {
    case LabelPlacement::left:
      return "left";
    case LabelPlacement::inside:
      return "inside";
    case LabelPlacement::right:
      break;
  }
  return "right";
}

Json mark_json(const EventGraph& graph, const EventMark& mark) {
  Json core;
  if (mark.has_core) core = {number(mark.x_start_latest), number(mark.x_end_earliest)};
  return {{"event", graph.id(mark.event)},
          {"lane", mark.lane},
          {"row", mark.row},
          {"shape", mark.shape == MarkShape::bar ? "bar" : "instant"},
          {"x0", number(mark.x_start_earliest)},
          {"x1", number(mark.x_end_latest)},
          {"y0", number(mark.box.y)},
          {"y1", number(mark.box.bottom())},
          {"start", {number(mark.x_start_earliest), number(mark.x_start_latest)}},
          {"end", {number(mark.x_end_earliest), number(mark.x_end_latest)}},
          {"core", core},
          {"continues", continues(mark.continues_before, mark.continues_after)},
          {"glyph", box(mark.box)},
          {"label", label(mark.label, mark.label_box)},
          {"placement", placement_name(mark.placement)},
          {"badge", mark.badge},
          {"uncertain_date", mark.uncertain_date},
          {"contradicted", mark.contradicted}};
}

Json contradictions_json(const EventGraph& graph, const std::vector<SceneContradiction>& all) {
  Json out = Json::array();
  for (const SceneContradiction& contradiction : all) {
    Json events = Json::array();
    for (const NodeId event : contradiction.events) events.push_back(graph.id(event));
    out.push_back({{"events", std::move(events)},
                   {"relations", contradiction.relations},
                   {"chain", contradiction.chain}});
  }
  return out;
}

}  // namespace

std::string render_scene_json(const EventGraph& graph, const TimelineScene& scene) {
  Json out = page("timeline", scene.language, scene.width, scene.height, scene.header, scene.plot,
                  scene.axis);
  Json lanes = Json::array();
  for (const LaneLayout& lane : scene.lanes)
    lanes.push_back({{"entity", lane.entity ? Json(graph.id(*lane.entity)) : Json()},
                     {"y", number(lane.y)},
                     {"height", number(lane.height)},
                     {"rows", lane.rows},
                     {"label", label(lane.title, lane.header)}});
  Json marks = Json::array();
  for (const EventMark& mark : scene.marks) marks.push_back(mark_json(graph, mark));
  Json arrows = Json::array();
  for (const RelationArrow& arrow : scene.arrows)
    arrows.push_back({{"from", graph.id(arrow.from)},
                      {"to", graph.id(arrow.to)},
                      {"type", to_string(arrow.type)},
                      {"relation", arrow.relation},
                      {"count", arrow.count},
                      {"contradicted", arrow.contradicted},
                      {"form", arrow.form == ArrowForm::route ? "route" : "stubs"},
                      {"route", points(arrow.route)},
                      {"to_stub", points(arrow.to_stub)},
                      {"label_crossings", arrow.label_crossings}});
  Json rings = Json::array();
  for (const ParticipationMarker& ring : scene.participations)
    rings.push_back({{"event", graph.id(ring.event)},
                     {"participant", graph.id(ring.participant)},
                     {"lane", ring.lane},
                     {"x", number(ring.x)},
                     {"y", number(ring.y)},
                     {"r", number(ring.radius)}});
  out["lanes"] = std::move(lanes);
  out["marks"] = std::move(marks);
  out["arrows"] = std::move(arrows);
  out["participations"] = std::move(rings);
  if (scene.lane_row_cap > 0) {
    // Level of detail: only when the page was thinned, so that other scenes stay as they were.
    Json bands = Json::array();
    for (const DensityBand& band : scene.density)
      bands.push_back({{"lane", band.lane},
                       {"box", box(band.box)},
                       {"events", band.events},
                       {"shade", band.shade}});
    out["lane_row_cap"] = scene.lane_row_cap;
    out["aggregated"] = scene.aggregated;
    out["density"] = std::move(bands);
    Json folded = Json::array();
    for (const FoldedEvent& event : scene.folded)
      folded.push_back({{"event", graph.id(event.event)},
                        {"lane", event.lane},
                        {"x_start", number(event.x_start)},
                        {"x_end", number(event.x_end)}});
    out["folded"] = std::move(folded);
  }
  out["legend"] = legend_json(scene.legend);
  out["contradictions"] = contradictions_json(graph, scene.contradictions);
  if (!scene.empty_note.empty()) out["empty_note"] = scene.empty_note;
  return out.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_scene_json(const EventGraph& graph, const StorylineScene& scene) {
  Json out = page("storyline", scene.language, scene.width, scene.height, scene.header, scene.plot,
                  scene.axis);
  Json lines = Json::array();
  for (const StorylineLine& line : scene.lines) {
    Json curves = Json::array();
    for (const StorylineCurve& c : line.curves)
      curves.push_back({{"from", {number(c.x0), number(c.y0)}},
                        {"to", {number(c.x1), number(c.y1)}},
                        {"event", c.event ? Json(graph.id(*c.event)) : Json()}});
    lines.push_back({{"entity", graph.id(line.entity)},
                     {"colour", line.colour},
                     {"label", label(line.label.text, line.label.box)},
                     {"curves", std::move(curves)}});
  }
  Json meetings = Json::array();
  for (const StorylineMeeting& meeting : scene.meetings) {
    Json members = Json::array();
    for (const std::size_t line : meeting.lines)
      members.push_back(graph.id(scene.lines[line].entity));
    Json core;
    if (meeting.core) core = {number(meeting.core->first), number(meeting.core->second)};
    meetings.push_back({{"event", graph.id(meeting.event)},
                        {"x", number(meeting.x)},
                        {"x0", number(meeting.x0)},
                        {"x1", number(meeting.x1)},
                        {"y0", number(meeting.box.y)},
                        {"y1", number(meeting.box.bottom())},
                        {"core", core},
                        {"continues", continues(meeting.continues_before, meeting.continues_after)},
                        {"lines", std::move(members)},
                        {"label", label(meeting.label.text, meeting.label.box)},
                        {"badge", meeting.badge},
                        {"uncertain_date", meeting.uncertain_date},
                        {"contradicted", meeting.contradicted}});
  }
  out["lines"] = std::move(lines);
  out["meetings"] = std::move(meetings);
  out["crossings"] = scene.crossings;
  if (!scene.bands.empty()) {
    // Level of detail: only when the page was thinned, so that other scenes stay as they were.
    Json bands = Json::array();
    for (const StorylineBand& band : scene.bands) {
      Json runs = Json::array();
      for (const DensityBand& run : band.runs)
        runs.push_back({{"box", box(run.box)}, {"events", run.events}, {"shade", run.shade}});
      bands.push_back({{"entity", band.entity ? Json(graph.id(*band.entity)) : Json()},
                       {"colour", band.colour},
                       {"label", label(band.name.text, band.name.box)},
                       {"runs", std::move(runs)}});
    }
    out["aggregated"] = scene.aggregated;
    out["lines_total"] = scene.lines_total;
    out["lines_left_out"] = scene.lines_left_out;
    out["events_left_out"] = scene.events_left_out;
    out["bands"] = std::move(bands);
  }
  out["legend"] = legend_json(scene.legend);
  out["contradictions"] = contradictions_json(graph, scene.contradictions);
  if (!scene.empty_note.empty()) out["empty_note"] = scene.empty_note;
  return out.dump(1, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace chronograph
