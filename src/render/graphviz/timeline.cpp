// Timeline as DOT with every node pinned (`pos="x,y!"`), so `neato -n2` draws chronograph's own
// layout. Written through cgraph (DotGraph) so Graphviz does the quoting.

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "chronograph/layout.hpp"
#include "chronograph/render.hpp"
#include "render/common/arrow_text.hpp"
#include "render/common/conflict_text.hpp"
#include "render/common/numbers.hpp"
#include "render/common/palette.hpp"
#include "render/graphviz/cgraph.hpp"
#include "render/graphviz/pinned_canvas.hpp"

namespace chronograph {

namespace {

using namespace detail;

Box span_box(double x0, double x1, const Box& row) {
  return {x0, row.y, x1 - x0, row.height};
}

void pin_axis(PinnedCanvas& canvas, const TimelineScene& layout) {
  for (std::size_t i = 0; i < layout.axis.segments.size(); ++i) {
    const TimeSegment& segment = layout.axis.segments[i];
    canvas.filled(fmt::format("axis/{}", i),
                  {segment.x0, layout.axis.y - 0.5, segment.x1 - segment.x0, 1}, "#888888");
  }
  for (std::size_t i = 0; i < layout.axis.ticks.size(); ++i) {
    const AxisTick& tick = layout.axis.ticks[i];
    const bool major = tick.level == TickLevel::major;
    canvas.filled(fmt::format("grid/{}", i), {tick.x - 0.5, layout.plot.y, 1, layout.plot.height},
                  major ? "#d8d8d8" : "#eeeeee");
    if (!tick.label.empty())
      canvas.text(fmt::format("tick/{}", i), tick.label_box, tick.label, layout.font_size - 1,
                  major ? "#222222" : "#444444");
  }
  if (!layout.axis.second_ticks.empty()) {
    for (std::size_t i = 0; i < layout.axis.segments.size(); ++i) {
      const TimeSegment& segment = layout.axis.segments[i];
      canvas.filled(fmt::format("axis2/{}", i),
                    {segment.x0, layout.axis.second_y - 0.5, segment.x1 - segment.x0, 1},
                    "#9fb3c8");
    }
    for (std::size_t i = 0; i < layout.axis.second_ticks.size(); ++i) {
      const AxisTick& tick = layout.axis.second_ticks[i];
      const bool major = tick.level == TickLevel::major;
      const double length = major ? 6 : 3;
      canvas.filled(fmt::format("tick2/{}/mark", i),
                    {tick.x - 0.5, layout.axis.second_y - length, 1, length}, "#9fb3c8");
      if (!tick.label.empty())
        canvas.text(fmt::format("tick2/{}", i), tick.label_box, tick.label, layout.font_size - 1,
                    major ? "#2f4f6f" : "#4a6a8a");
    }
  }
  for (std::size_t i = 0; i < layout.axis.zone_labels.size(); ++i) {
    const AxisZoneLabel& zone = layout.axis.zone_labels[i];
    canvas.text(fmt::format("zone/{}", i), zone.label_box, zone.label, layout.font_size - 1,
                "#555555");
  }
  for (std::size_t i = 0; i < layout.axis.breaks.size(); ++i) {
    const ScaleBreak& gap = layout.axis.breaks[i];
    canvas.filled(fmt::format("break/{}", i),
                  {gap.band_x0, layout.axis.y, gap.band_x1 - gap.band_x0,
                   layout.plot.bottom() - layout.axis.y},
                  "#eeeeee", "#777777", "filled,dashed");
    canvas.text(fmt::format("break/{}/label", i), gap.label_box, gap.label, layout.font_size - 1);
  }
}

// The layout's route as a Graphviz edge `pos`: each straight piece a cubic Bézier with its control
// points on the piece, the last piece ending where the arrowhead starts ("e," is the tip).
std::string edge_pos(const std::vector<PathPoint>& route, double page_height) {
  std::vector<PathPoint> points = route;
  const PathPoint tip = points.back();
  PathPoint& end = points.back();
  const PathPoint& before = points[points.size() - 2];
  const double length = std::hypot(end.x - before.x, end.y - before.y);
  const double head = std::min(6.0, length / 2);
  if (length > 0) {
    end.x -= (end.x - before.x) * head / length;
    end.y -= (end.y - before.y) * head / length;
  }
  const auto point = [&](double x, double y) {
    return fmt::format(" {},{}", format_number(x), format_number(page_height - y));
  };
  std::string pos = "e," + point(tip.x, tip.y).substr(1) + point(points[0].x, points[0].y);
  for (std::size_t i = 0; i + 1 < points.size(); ++i) {
    const PathPoint a = points[i], b = points[i + 1];
    pos += point(a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3);
    pos += point(a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3);
    pos += point(b.x, b.y);
  }
  return pos;
}

void pin_event(PinnedCanvas& canvas, const EventGraph& graph, const TimelineScene& layout,
               const EventMark& mark, const std::string& colour) {
  const Language language = layout.language;
  const Event& event = graph.event(mark.event);
  const std::string name = "event/" + event.id;
  const std::string tooltip =
      escape_tooltip(event_tooltip(graph, mark.event, language, layout.second_zone()) +
                     contradiction_tooltip(layout.contradictions, mark.event, language));
  const std::string faded = colour + "40";
  const bool planned = event.status == EventStatus::planned;
  const bool superseded = event.status == EventStatus::superseded;
  // A contradicted event is outlined in the conflict colour (the SVG's dashed ring).
  const std::string outline =
      mark.contradicted ? std::string(conflict_colour) : (superseded ? colour + "80" : colour);
  const char* style = planned ? "filled,dashed" : (superseded ? "filled,dotted" : "filled");
  DotGraph& dot = canvas.dot();
  if (mark.shape == MarkShape::instant) {
    const double size = mark.box.height;
    const double centre = (mark.x_start_earliest + mark.x_end_latest) / 2;
    const DotGraph::Node node =
        canvas.box(name, {centre - size / 2, mark.box.y, size, size}, "diamond");
    dot.set(node, "style", style);
    dot.set(node, "fillcolor", superseded ? faded : colour);
    dot.set(node, "color", outline);
    dot.set(node, "tooltip", tooltip);
  } else {
    const DotGraph::Node whole = canvas.filled(name, mark.box, faded, outline, style);
    dot.set(whole, "tooltip", tooltip);
    if (mark.has_core) {
      const DotGraph::Node core = canvas.filled(
          name + "/core", span_box(mark.x_start_latest, mark.x_end_earliest, mark.box),
          superseded ? faded : (planned ? colour + "80" : colour), outline, style);
      dot.set(core, "tooltip", tooltip);
    }
  }
  const DotGraph::Node label = canvas.box(name + "/label", mark.label_box, "plaintext");
  std::string text = mark.badge ? "Ⓡ " + mark.label : mark.label;
  if (event.status == EventStatus::cancelled) {
    dot.set_html(label, "label", "<S>" + escape_html_text(text) + "</S>");
  } else {
    dot.set(label, "label", escape_label(text));
  }
  dot.set(label, "fontsize", "12");
  dot.set(label, "fontcolor", superseded ? "#22222280" : "#222222");
  dot.set(label, "tooltip", tooltip);
}

// `stub` names the invisible node at a stub's free end; empty for a whole route.
void pin_arrow(PinnedCanvas& canvas, const EventGraph& graph, const TimelineScene& layout,
               const RelationArrow& arrow, const std::vector<PathPoint>& points, ArrowPart part,
               const std::string& stub) {
  if (points.size() < 2) return;
  DotGraph& dot = canvas.dot();
  DotGraph::Node tail = dot.add_node("event/" + graph.id(arrow.from));
  DotGraph::Node head = dot.add_node("event/" + graph.id(arrow.to));
  if (!stub.empty()) {
    const PathPoint free = part == ArrowPart::out_stub ? points.back() : points.front();
    DotGraph::Node end = canvas.box(stub, {free.x, free.y, 0, 0}, "point");
    dot.set(end, "style", "invis");
    (part == ArrowPart::out_stub ? head : tail) = end;
  }
  const DotGraph::Edge edge = dot.add_edge(tail, head);
  dot.set(edge, "color", arrow.contradicted ? std::string(conflict_colour) : "#777777");
  dot.set(edge, "arrowsize", "0.6");
  dot.set(edge, "pos", edge_pos(points, layout.height));
  if (arrow.type == RelationType::supersedes) dot.set(edge, "style", "dashed");
  dot.set(edge, "tooltip", escape_tooltip(arrow_tooltip(graph, arrow, part, layout.language)));
}

}  // namespace

std::string render_timeline_dot(const EventGraph& graph, const TimelineScene& layout) {
  DotGraph dot("timeline");
  set_pinned_page(dot, layout.width, layout.height);
  dot.set_node_default("penwidth", "1");
  PinnedCanvas canvas(dot, layout.height);

  canvas.titles(layout.header.title_box, layout.header.title, layout.header.subtitle_box,
                layout.header.subtitle, layout.font_size);
  std::vector<std::string> colours;
  for (std::size_t i = 0; i < layout.lanes.size(); ++i) {
    const LaneLayout& lane = layout.lanes[i];
    colours.push_back(lane_colour(lane, i));
    canvas.filled(fmt::format("lane/{}", i),
                  {lane.header.x - 8, lane.y, layout.plot.right() - lane.header.x + 8, lane.height},
                  i % 2 == 0 ? "#f7f7f7" : "#ffffff");
    canvas.text(fmt::format("lane/{}/title", i), lane.header, lane.title, layout.font_size);
  }
  for (std::size_t i = 0; i < layout.density.size(); ++i) {
    const DensityBand& band = layout.density[i];
    canvas.density(fmt::format("density/{}", i), band, colours[band.lane]);
  }
  pin_axis(canvas, layout);
  if (!layout.empty_note.empty())
    canvas.text("empty-note", {layout.plot.x, layout.plot.y + layout.font_size, 400, 20},
                layout.empty_note, 14);
  for (const EventMark& mark : layout.marks)
    pin_event(canvas, graph, layout, mark, colours[mark.lane]);
  for (std::size_t i = 0; i < layout.participations.size(); ++i) {
    const ParticipationMarker& marker = layout.participations[i];
    const LaneLayout& lane = layout.lanes[marker.event_lane];
    const double r = marker.radius;
    const DotGraph::Node ring = canvas.box(fmt::format("participation/{}", i),
                                           {marker.x - r, marker.y - r, 2 * r, 2 * r}, "circle");
    dot.set(ring, "style", "filled");
    dot.set(ring, "fillcolor", "#ffffff");
    dot.set(ring, "color", colours[marker.event_lane]);
    dot.set(ring, "penwidth", "1.5");
    dot.set(ring, "tooltip",
            escape_tooltip(participation_tooltip(graph, marker.event, marker.participant,
                                                 lane.title, layout.language)));
  }
  for (std::size_t i = 0; i < layout.legend.size(); ++i) {
    const LegendEntry& entry = layout.legend[i];
    const std::string name = fmt::format("legend/{}", i);
    const Box& s = entry.swatch;
    switch (entry.key) {
      case LegendKey::instant: {
        const DotGraph::Node node =
            canvas.box(name, {s.x + (s.width - s.height) / 2, s.y, s.height, s.height}, "diamond");
        dot.set(node, "style", "filled");
        dot.set(node, "fillcolor", "#555555");
        dot.set(node, "color", "#555555");
        break;
      }
      case LegendKey::reported:
        canvas.text(name, s, "Ⓡ", layout.font_size);
        break;
      case LegendKey::participation: {
        const DotGraph::Node ring =
            canvas.box(name, {s.x + s.width / 2 - 3.5, s.y + s.height / 2 - 3.5, 7, 7}, "circle");
        dot.set(ring, "style", "filled");
        dot.set(ring, "fillcolor", "#ffffff");
        dot.set(ring, "color", "#555555");
        break;
      }
      case LegendKey::relation:
        canvas.filled(name, {s.x, s.y + s.height / 2 - 0.5, s.width, 1}, "#777777");
        break;
      case LegendKey::relation_stub:
        canvas.filled(name, {s.x + s.width / 2 - 6, s.y + s.height / 2 - 0.5, 12, 1}, "#777777");
        break;
      case LegendKey::contradiction:
        canvas.filled(name, s, "#ffffff", std::string(conflict_colour), "filled,dashed");
        break;
      default: {
        const bool dashed = entry.key == LegendKey::planned || entry.key == LegendKey::scale_break;
        const bool dotted = entry.key == LegendKey::superseded;
        canvas.filled(name, s, entry.key == LegendKey::certain ? "#555555" : "#55555540",
                      dotted ? "#55555580" : "#555555",
                      dashed ? "filled,dashed" : (dotted ? "filled,dotted" : "filled"));
      }
    }
    canvas.text(fmt::format("legend/{}/label", i), entry.label_box, entry.label,
                layout.font_size - 1, "#444444");
  }

  // Relation arrows as edges between the event nodes, along the layout's routes; a stub is an
  // edge between its event and an invisible point at the stub's free end.
  for (std::size_t i = 0; i < layout.arrows.size(); ++i) {
    const RelationArrow& arrow = layout.arrows[i];
    if (arrow.form == ArrowForm::route) {
      pin_arrow(canvas, graph, layout, arrow, arrow.route, ArrowPart::whole, "");
    } else {
      pin_arrow(canvas, graph, layout, arrow, arrow.route, ArrowPart::out_stub,
                fmt::format("stub/{}/out", i));
      pin_arrow(canvas, graph, layout, arrow, arrow.to_stub, ArrowPart::in_stub,
                fmt::format("stub/{}/in", i));
    }
  }

  return dot.write();
}

}  // namespace chronograph
