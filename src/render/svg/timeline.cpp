// Timeline as SVG, drawn from chronograph's own layout (see docs/timeline.md for why not gvc).

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

#include <fmt/format.h>

#include "chronograph/layout.hpp"
#include "chronograph/render.hpp"
#include "layout/density.hpp"
#include "render/common/arrow_text.hpp"
#include "render/common/palette.hpp"
#include "render/svg/svg_parts.hpp"
#include "render/svg/svg_writer.hpp"

namespace chronograph {

namespace {

using namespace detail;

// Classes a browser view can hook into; statuses differ by outline, opacity and marks.
constexpr std::string_view own_style = R"css(
.participation { stroke-width: 1.5; }
.second-zone .tick-label { fill: #4a6a8a; }
.second-zone .tick-label.major { fill: #2f4f6f; }
.second-zone .axis-line, .second-zone .tick { stroke: #9fb3c8; }
.zone-label { font-size: 11px; font-style: italic; fill: #555; }
.gridline { stroke: #d8d8d8; stroke-width: 1; }
.gridline.minor { stroke: #eeeeee; }
.lane-band { fill: #f7f7f7; }
.lane-band.odd { fill: #ffffff; }
.lane-header { font-size: 12px; font-weight: bold; fill: #222; }
.label { font-size: 12px; fill: #1a1a1a; paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.uncertain { fill-opacity: 0.22; }
.outline { fill: none; stroke-width: 1.2; }
.status-planned .outline { stroke-dasharray: 4 2.5; }
.status-planned .core { fill-opacity: 0.35; }
.status-superseded { opacity: 0.45; }
.status-superseded .outline { stroke-dasharray: 1.5 2; }
.status-cancelled .strike { stroke: #b00020; stroke-width: 1.6; }
.status-cancelled .label { text-decoration: line-through; }
.continues { fill: none; stroke-width: 1.6; }
.relation { fill: none; stroke: #888; stroke-width: 1; stroke-opacity: 0.6; marker-end: url(#arrow); }
.relation-supersedes { stroke-dasharray: 3 2; }
.relation.stub { stroke-opacity: 0.9; stroke-width: 1.3; }
.relation.contradicted { stroke: #d0021b; stroke-opacity: 1; stroke-width: 1.6; marker-end: url(#arrow-conflict); }
)css";

struct Canvas {
  const TimelineScene& layout;
  const EventGraph& graph;
  Language language;
};

std::string n(double value) {
  return format_number(value);
}

void hatch_pattern(pugi::xml_node defs, std::size_t index, const std::string& colour) {
  pugi::xml_node pattern = svg_element(defs, "pattern",
                                       {{"id", fmt::format("hatch-{}", index)},
                                        {"width", "6"},
                                        {"height", "6"},
                                        {"patternUnits", "userSpaceOnUse"},
                                        {"patternTransform", "rotate(45)"}});
  svg_element(pattern, "line",
              {{"x1", "0"},
               {"y1", "0"},
               {"x2", "0"},
               {"y2", "6"},
               {"stroke", colour},
               {"stroke-width", "2"},
               {"stroke-opacity", "0.6"}});
}

void draw_header(pugi::xml_node svg, const TimelineScene& layout) {
  pugi::xml_node header = svg_element(svg, "g", {{"class", "header"}});
  svg_text_at(header, "title", layout.header.title_box.x, text_baseline(layout.header.title_box),
              layout.header.title);
  if (!layout.header.subtitle.empty())
    svg_text_at(header, "subtitle", layout.header.subtitle_box.x,
                text_baseline(layout.header.subtitle_box), layout.header.subtitle);
}

void draw_lanes(pugi::xml_node svg, const TimelineScene& layout, const EventGraph& graph) {
  pugi::xml_node lanes = svg_element(svg, "g", {{"class", "lanes"}});
  for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
    const LaneLayout& lane = layout.lanes[i];
    svg_element(lanes, "rect",
                {{"class", i % 2 == 0 ? "lane-band" : "lane-band odd"},
                 {"x", n(lane.header.x - 8)},
                 {"y", n(lane.y)},
                 {"width", n(layout.plot.right() - lane.header.x + 8)},
                 {"height", n(lane.height)}});
    pugi::xml_node header =
        svg_text_at(lanes, "lane-header", lane.header.x, text_baseline(lane.header), lane.title);
    // The page (--format html) opens the entity's details from its lane's name.
    if (lane.entity) svg_set(header, "data-entity", graph.entity(*lane.entity).id);
  }
}

// One group per lane's band, its tooltip the lane's count, and one path per shade holding that
// shade's stretches: a million events fill every bin of every lane, and a rect and tooltip per bin
// were most of a 7 MB page (docs/timeline.md, "Level of detail").
void draw_lane_density(pugi::xml_node group, const TimelineScene& layout,
                       std::span<const DensityBand> bands) {
  std::size_t events = 0;
  std::array<std::string, detail::density_shades> paths;
  for (const DensityBand& band : bands) {
    events += band.events;
    std::string& d =
        paths[static_cast<std::size_t>(std::clamp(band.shade, 1, detail::density_shades) - 1)];
    d += fmt::format("M{} {}h{}v{}h-{}z", n(band.box.x), n(band.box.y), n(band.box.width),
                     n(band.box.height), n(band.box.width));
  }
  const std::size_t lane = bands.front().lane;
  pugi::xml_node band = svg_element(group, "g",
                                    {{"class", "density"},
                                     {"data-lane", std::to_string(lane)},
                                     {"data-events", std::to_string(events)}});
  svg_text(svg_element(band, "title"), density_tooltip(events, layout.language));
  for (std::size_t shade = 0; shade < paths.size(); ++shade) {
    if (paths[shade].empty()) continue;
    svg_element(band, "path",
                {{"class", "density"},
                 {"d", paths[shade]},
                 {"fill", lane_colour(layout.lanes[lane], lane)},
                 {"fill-opacity", density_opacity(static_cast<int>(shade) + 1)}});
  }
}

void draw_density(pugi::xml_node svg, const TimelineScene& layout) {
  if (layout.density.empty()) return;
  pugi::xml_node group = svg_element(svg, "g", {{"class", "density"}});
  const std::span<const DensityBand> all(layout.density);
  for (std::size_t first = 0; first < all.size();) {
    std::size_t last = first;
    while (last < all.size() && all[last].lane == all[first].lane) ++last;
    draw_lane_density(group, layout, all.subspan(first, last - first));
    first = last;
  }
}

// The baseline of a tick row, one piece per segment (breaks interrupt it).
// Tick marks hanging from the row's baseline, and their labels.
void draw_tick_row(pugi::xml_node parent, const std::vector<AxisTick>& ticks, double axis_y) {
  for (const AxisTick& tick : ticks) {
    const bool major = tick.level == TickLevel::major;
    svg_element(parent, "line",
                {{"class", "tick"},
                 {"x1", n(tick.x)},
                 {"y1", n(axis_y - (major ? 6 : 3))},
                 {"x2", n(tick.x)},
                 {"y2", n(axis_y)}});
    if (!tick.label.empty())
      svg_text_at(parent, major ? "tick-label major" : "tick-label minor", tick.label_box.x,
                  text_baseline(tick.label_box) + 1, tick.label);
  }
}

void draw_axis(pugi::xml_node svg, const TimelineScene& layout, std::string_view zone) {
  pugi::xml_node axis = svg_element(svg, "g", {{"class", "axis"}});
  draw_axis_lines(axis, layout.axis.segments, layout.axis.y);
  draw_widened_instants(axis, layout.axis, layout.axis.y, zone);
  for (const AxisTick& tick : layout.axis.ticks) {
    const bool major = tick.level == TickLevel::major;
    svg_element(axis, "line",
                {{"class", major ? "gridline major" : "gridline minor"},
                 {"x1", n(tick.x)},
                 {"y1", n(layout.plot.y)},
                 {"x2", n(tick.x)},
                 {"y2", n(layout.plot.bottom())}});
  }
  draw_tick_row(axis, layout.axis.ticks, layout.axis.y);
  if (!layout.axis.second_ticks.empty()) {
    pugi::xml_node second = svg_element(axis, "g", {{"class", "second-zone"}});
    draw_axis_lines(second, layout.axis.segments, layout.axis.second_y);
    draw_tick_row(second, layout.axis.second_ticks, layout.axis.second_y);
  }
  for (const AxisZoneLabel& zone : layout.axis.zone_labels) {
    pugi::xml_node label = svg_text_at(axis, "zone-label", zone.label_box.x,
                                       text_baseline(zone.label_box) + 1, zone.label);
    if (zone.label != zone.zone) svg_text(svg_element(label, "title"), zone.zone);
  }
  for (const ScaleBreak& gap : layout.axis.breaks)
    draw_scale_break(axis, gap, layout.axis.y, layout.plot.bottom());
}

void draw_bar(pugi::xml_node group, const EventMark& mark, const std::string& colour,
              std::size_t lane_index) {
  const Box& box = mark.box;
  const auto rect = [&](const char* css, double x0, double x1, const std::string& fill) {
    if (x1 - x0 < 0.5) return;
    svg_element(group, "rect",
                {{"class", css},
                 {"x", n(x0)},
                 {"y", n(box.y)},
                 {"width", n(x1 - x0)},
                 {"height", n(box.height)},
                 {"fill", fill}});
  };
  const std::string hatch = fmt::format("url(#hatch-{})", lane_index);
  if (mark.has_core) {
    rect("uncertain", mark.x_start_earliest, mark.x_start_latest, colour);
    rect("uncertain hatch", mark.x_start_earliest, mark.x_start_latest, hatch);
    rect("core", mark.x_start_latest, mark.x_end_earliest, colour);
    rect("uncertain", mark.x_end_earliest, mark.x_end_latest, colour);
    rect("uncertain hatch", mark.x_end_earliest, mark.x_end_latest, hatch);
  } else {
    rect("uncertain", mark.x_start_earliest, mark.x_end_latest, colour);
    rect("uncertain hatch", mark.x_start_earliest, mark.x_end_latest, hatch);
  }
  svg_element(group, "rect",
              {{"class", "outline"},
               {"x", n(box.x)},
               {"y", n(box.y)},
               {"width", n(box.width)},
               {"height", n(box.height)},
               {"stroke", colour}});
  const double mid = box.y + box.height / 2;
  if (mark.continues_before)
    svg_element(group, "path",
                {{"class", "continues"},
                 {"stroke", colour},
                 {"d", fmt::format("M{},{} L{},{} L{},{}", n(box.x + 7), n(box.y + 2), n(box.x + 3),
                                   n(mid), n(box.x + 7), n(box.bottom() - 2))}});
  if (mark.continues_after)
    svg_element(
        group, "path",
        {{"class", "continues"},
         {"stroke", colour},
         {"d", fmt::format("M{},{} L{},{} L{},{}", n(box.right() - 7), n(box.y + 2),
                           n(box.right() - 3), n(mid), n(box.right() - 7), n(box.bottom() - 2))}});
}

void draw_instant(pugi::xml_node group, const EventMark& mark, const std::string& colour) {
  const Box& box = mark.box;
  const double mid = box.y + box.height / 2;
  const double centre = (mark.x_start_earliest + mark.x_end_latest) / 2;
  const double r = box.height / 2;
  if (mark.x_end_latest - mark.x_start_earliest > 0.5)
    svg_element(group, "line",
                {{"class", "whisker"},
                 {"x1", n(mark.x_start_earliest)},
                 {"y1", n(mid)},
                 {"x2", n(mark.x_end_latest)},
                 {"y2", n(mid)},
                 {"stroke", colour}});
  svg_element(
      group, "path",
      {{"class", "instant core"},
       {"fill", colour},
       {"stroke", colour},
       {"d", fmt::format("M{},{} L{},{} L{},{} L{},{} Z", n(centre), n(box.y), n(centre + r),
                         n(mid), n(centre), n(box.bottom()), n(centre - r), n(mid))}});
}

// Small rings where an event drawn in another lane involves this lane's participant, in the colour
// of the lane that draws the event.
void draw_participations(pugi::xml_node svg, const Canvas& canvas) {
  if (canvas.layout.participations.empty()) return;
  pugi::xml_node group = svg_element(svg, "g", {{"class", "participations"}});
  for (const ParticipationMarker& marker : canvas.layout.participations) {
    const LaneLayout& lane = canvas.layout.lanes[marker.event_lane];
    pugi::xml_node ring = svg_element(group, "circle",
                                      {{"class", "participation"},
                                       {"data-of", canvas.graph.id(marker.event)},
                                       {"cx", n(marker.x)},
                                       {"cy", n(marker.y)},
                                       {"r", n(marker.radius)},
                                       {"fill", "#ffffff"},
                                       {"stroke", lane_colour(lane, marker.event_lane)}});
    svg_text(svg_element(ring, "title"),
             participation_tooltip(canvas.graph, marker.event, marker.participant, lane.title,
                                   canvas.language));
  }
}

void draw_events(pugi::xml_node svg, const Canvas& canvas) {
  pugi::xml_node events = svg_element(svg, "g", {{"class", "events"}});
  std::vector<std::string> colours;
  for (std::size_t i = 0; i < canvas.layout.lanes.size(); ++i)
    colours.push_back(lane_colour(canvas.layout.lanes[i], i));
  for (const EventMark& mark : canvas.layout.marks) {
    const Event& event = canvas.graph.event(mark.event);
    const std::string& colour = colours[mark.lane];
    pugi::xml_node group =
        svg_element(events, "g",
                    {{"class", fmt::format("event status-{}{}{}", to_string(event.status),
                                           mark.shape == MarkShape::instant ? " instant-event" : "",
                                           mark.contradicted ? " contradicted" : "")},
                     {"data-event", event.id}});
    svg_text(svg_element(group, "title"),
             event_tooltip(canvas.graph, mark.event, canvas.language, canvas.layout.second_zone()) +
                 contradiction_tooltip(canvas.layout.contradictions, mark.event, canvas.language));
    if (mark.contradicted) draw_conflict_ring(group, mark.box, 3);
    if (mark.shape == MarkShape::bar) {
      draw_bar(group, mark, colour, mark.lane);
    } else {
      draw_instant(group, mark, colour);
    }
    if (event.status == EventStatus::cancelled) {
      const double mid = mark.box.y + mark.box.height / 2;
      svg_element(group, "line",
                  {{"class", "strike"},
                   {"x1", n(mark.box.x - 2)},
                   {"y1", n(mid)},
                   {"x2", n(mark.box.right() + 2)},
                   {"y2", n(mid)}});
    }
    const double text_x =
        draw_badges(group, mark.label_box.x, mark.label_box, mark.badge, mark.uncertain_date);
    if (mark.placement == LabelPlacement::left) {
      // The width is an estimate: anchor at the end so the text meets its mark.
      svg_text_at(group, "label", mark.label_box.right(), text_baseline(mark.label_box), mark.label,
                  "end");
    } else {
      svg_text_at(group, "label", text_x, text_baseline(mark.label_box), mark.label);
    }
  }
}

// The layout's orthogonal route, with corners rounded so crossing arrows stay distinguishable.
std::string route_path(const std::vector<PathPoint>& route) {
  std::string d = fmt::format("M{},{}", n(route.front().x), n(route.front().y));
  const auto towards = [](PathPoint from, PathPoint to, double distance) {
    const double length = std::hypot(to.x - from.x, to.y - from.y);
    return PathPoint{from.x + (to.x - from.x) * distance / length,
                     from.y + (to.y - from.y) * distance / length};
  };
  for (std::size_t i = 1; i + 1 < route.size(); ++i) {
    const PathPoint before = route[i - 1], corner = route[i], after = route[i + 1];
    const double radius = std::min({4.0, std::hypot(corner.x - before.x, corner.y - before.y) / 2,
                                    std::hypot(after.x - corner.x, after.y - corner.y) / 2});
    const PathPoint in = towards(corner, before, radius);
    const PathPoint out = towards(corner, after, radius);
    d += fmt::format(" L{},{} Q{},{} {},{}", n(in.x), n(in.y), n(corner.x), n(corner.y), n(out.x),
                     n(out.y));
  }
  d += fmt::format(" L{},{}", n(route.back().x), n(route.back().y));
  return d;
}

void draw_arrow_path(pugi::xml_node parent, const EventGraph& graph, const RelationArrow& arrow,
                     const std::vector<PathPoint>& points, ArrowPart part, Language language) {
  if (points.size() < 2) return;
  const char* stub = part == ArrowPart::out_stub  ? " stub stub-out"
                     : part == ArrowPart::in_stub ? " stub stub-in"
                                                  : "";
  pugi::xml_node node =
      svg_element(parent, "path",
                  {{"class", fmt::format("relation relation-{}{}{}", to_string(arrow.type), stub,
                                         arrow.contradicted ? " contradicted" : "")},
                   {"data-from", graph.id(arrow.from)},
                   {"data-to", graph.id(arrow.to)},
                   {"d", route_path(points)}});
  if (arrow.count > 1) svg_set(node, "data-count", std::to_string(arrow.count));
  svg_text(svg_element(node, "title"), arrow_tooltip(graph, arrow, part, language));
}

void draw_arrows(pugi::xml_node svg, const TimelineScene& layout, const EventGraph& graph) {
  if (layout.arrows.empty()) return;
  pugi::xml_node arrows = svg_element(svg, "g", {{"class", "relations"}});
  for (const RelationArrow& arrow : layout.arrows) {
    if (arrow.form == ArrowForm::route) {
      draw_arrow_path(arrows, graph, arrow, arrow.route, ArrowPart::whole, layout.language);
      continue;
    }
    draw_arrow_path(arrows, graph, arrow, arrow.route, ArrowPart::out_stub, layout.language);
    draw_arrow_path(arrows, graph, arrow, arrow.to_stub, ArrowPart::in_stub, layout.language);
  }
}

void draw_legend_swatch(pugi::xml_node group, const LegendEntry& entry) {
  if (draw_shared_swatch(group, entry)) return;
  const Box& s = entry.swatch;
  const std::string grey = "#555555";
  const auto rect = [&](const char* css, double x0, double x1, const std::string& fill) {
    svg_element(group, "rect",
                {{"class", css},
                 {"x", n(x0)},
                 {"y", n(s.y)},
                 {"width", n(x1 - x0)},
                 {"height", n(s.height)},
                 {"fill", fill},
                 {"stroke", grey}});
  };
  const double mid = s.y + s.height / 2;
  switch (entry.key) {
    case LegendKey::certain:
      rect("core", s.x, s.right(), grey);
      break;
    case LegendKey::happened:
    case LegendKey::planned:
      rect("uncertain", s.x, s.right(), grey);
      rect("outline", s.x, s.right(), "none");
      break;
    case LegendKey::cancelled:
      rect("core", s.x, s.right(), grey);
      svg_element(group, "line",
                  {{"class", "strike"},
                   {"x1", n(s.x - 2)},
                   {"y1", n(mid)},
                   {"x2", n(s.right() + 2)},
                   {"y2", n(mid)}});
      break;
    case LegendKey::superseded:
      rect("core", s.x, s.right(), grey);
      rect("outline", s.x, s.right(), "none");
      break;
    case LegendKey::uncertain:
      rect("uncertain", s.x, s.right(), grey);
      rect("uncertain hatch", s.x, s.right(), "url(#hatch-legend)");
      break;
    case LegendKey::instant: {
      const double c = s.x + s.width / 2, r = s.height / 2;
      svg_element(group, "path",
                  {{"class", "instant core"},
                   {"fill", grey},
                   {"d", fmt::format("M{},{} L{},{} L{},{} L{},{} Z", n(c), n(s.y), n(c + r),
                                     n(mid), n(c), n(s.bottom()), n(c - r), n(mid))}});
      break;
    }
    case LegendKey::continues:
      rect("uncertain", s.x, s.right(), grey);
      svg_element(
          group, "path",
          {{"class", "continues"},
           {"stroke", grey},
           {"d", fmt::format("M{},{} L{},{} L{},{}", n(s.right() - 7), n(s.y + 1), n(s.right() - 3),
                             n(mid), n(s.right() - 7), n(s.bottom() - 1))}});
      break;
    case LegendKey::participation:
      svg_element(group, "circle",
                  {{"class", "participation"},
                   {"cx", n(s.x + s.width / 2)},
                   {"cy", n(mid)},
                   {"r", "3.5"},
                   {"fill", "#ffffff"},
                   {"stroke", grey}});
      break;
    case LegendKey::relation:
      svg_element(group, "path",
                  {{"class", "relation"},
                   {"d", fmt::format("M{},{} L{},{}", n(s.x), n(mid), n(s.right() - 2), n(mid))}});
      break;
    case LegendKey::relation_stub:
      // As drawn: down out of a mark into the corridor, then a short run with the arrowhead.
      svg_element(group, "path",
                  {{"class", "relation stub"},
                   {"d", fmt::format("M{},{} L{},{} L{},{}", n(s.x + 8), n(s.y), n(s.x + 8),
                                     n(s.bottom() - 2), n(s.x + 20), n(s.bottom() - 2))}});
      break;
    default:
      break;
  }
}

void draw_legend(pugi::xml_node svg, const TimelineScene& layout) {
  if (layout.legend.empty()) return;
  pugi::xml_node legend = svg_element(svg, "g", {{"class", "legend"}});
  for (const LegendEntry& entry : layout.legend) {
    const char* status = nullptr;
    switch (entry.key) {
      case LegendKey::planned:
        status = "swatch status-planned";
        break;
      case LegendKey::cancelled:
        status = "swatch status-cancelled";
        break;
      case LegendKey::superseded:
        status = "swatch status-superseded";
        break;
      default:
        status = "swatch";
    }
    pugi::xml_node group = svg_element(
        legend, "g",
        {{"class", "legend-entry"}, {"data-key", std::string(legend_key_name(entry.key))}});
    // The status class goes on the swatch only, so the explanation itself stays legible.
    draw_legend_swatch(svg_element(group, "g", {{"class", status}}), entry);
    svg_text_at(group, "legend-label", entry.label_box.x, text_baseline(entry.label_box),
                entry.label);
  }
}

}  // namespace

std::string render_timeline_svg(const EventGraph& graph, const TimelineScene& layout) {
  pugi::xml_document document;
  pugi::xml_node svg =
      svg_root(document, "chronograph-timeline", layout.width, layout.height,
               layout.language == Language::ko, layout.header.title, style_sheet(own_style));
  pugi::xml_node defs = svg_element(svg, "defs");
  for (std::size_t i = 0; i < layout.lanes.size(); ++i)
    hatch_pattern(defs, i, lane_colour(layout.lanes[i], i));
  pugi::xml_node legend_pattern = svg_element(defs, "pattern",
                                              {{"id", "hatch-legend"},
                                               {"width", "6"},
                                               {"height", "6"},
                                               {"patternUnits", "userSpaceOnUse"},
                                               {"patternTransform", "rotate(45)"}});
  pugi::xml_node marker = svg_element(defs, "marker",
                                      {{"id", "arrow"},
                                       {"viewBox", "0 0 8 8"},
                                       {"refX", "7"},
                                       {"refY", "4"},
                                       {"markerWidth", "7"},
                                       {"markerHeight", "7"},
                                       {"orient", "auto"},
                                       {"markerUnits", "userSpaceOnUse"}});
  svg_element(marker, "path", {{"d", "M0,0 L8,4 L0,8 Z"}, {"fill", "#666666"}});
  if (std::any_of(layout.arrows.begin(), layout.arrows.end(),
                  [](const RelationArrow& arrow) { return arrow.contradicted; })) {
    pugi::xml_node conflict = svg_element(defs, "marker",
                                          {{"id", "arrow-conflict"},
                                           {"viewBox", "0 0 8 8"},
                                           {"refX", "7"},
                                           {"refY", "4"},
                                           {"markerWidth", "7"},
                                           {"markerHeight", "7"},
                                           {"orient", "auto"},
                                           {"markerUnits", "userSpaceOnUse"}});
    svg_element(conflict, "path", {{"d", "M0,0 L8,4 L0,8 Z"}, {"fill", "#d0021b"}});
  }
  svg_element(legend_pattern, "line",
              {{"x1", "0"},
               {"y1", "0"},
               {"x2", "0"},
               {"y2", "6"},
               {"stroke", "#555555"},
               {"stroke-width", "2"}});
  svg_element(
      svg, "rect",
      {{"class", "background"}, {"width", "100%"}, {"height", "100%"}, {"fill", "#ffffff"}});

  draw_header(svg, layout);
  draw_lanes(svg, layout, graph);
  draw_density(svg, layout);
  draw_axis(svg, layout, graph.info.zone.empty() ? "UTC" : graph.info.zone);
  draw_arrows(svg, layout, graph);
  draw_participations(svg, {layout, graph, layout.language});
  draw_events(svg, {layout, graph, layout.language});
  if (!layout.empty_note.empty())
    svg_text_at(svg, "empty-note", layout.plot.x, layout.plot.y + 2 * layout.font_size,
                layout.empty_note);
  draw_legend(svg, layout);

  return svg_serialize(document);
}

}  // namespace chronograph
