// Storyline as SVG, drawn from chronograph's own storyline layout (docs/storyline.md).

#include <fmt/format.h>

#include "chronograph/layout.hpp"
#include "chronograph/render.hpp"
#include "render/common/palette.hpp"
#include "render/common/storyline_style.hpp"
#include "render/svg/svg_parts.hpp"
#include "render/svg/svg_writer.hpp"

namespace chronograph {

namespace {

using namespace detail;

constexpr std::string_view own_style = R"css(
.gridline { stroke: #e4e4e4; stroke-width: 1; }
.gridline.minor { stroke: #f2f2f2; }
.meeting-box { fill: #f2f2f2; stroke: #9a9a9a; stroke-width: 1; }
.meeting-range { fill: #8a8a8a; fill-opacity: 0.35; }
.meeting-core { fill: #555555; }
.continues { fill: none; stroke: #666; stroke-width: 1.4; }
.leader { stroke: #b0b0b0; stroke-width: 1; stroke-dasharray: 1 2; }
.event-label { font-size: 12px; fill: #1a1a1a; }
.line-label { font-size: 11px; font-weight: bold; }
.reentry-label { font-size: 10px; }
.halo { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
.stroke { fill: none; stroke-width: 2.5; stroke-linecap: round; }
.status-planned.stroke { stroke-dasharray: 6 4; stroke-linecap: butt; }
.status-superseded.stroke { stroke-dasharray: 1.5 3; opacity: 0.5; }
.status-cancelled.stroke { opacity: 0.3; }
.meeting.status-planned .meeting-box { stroke-dasharray: 4 2.5; }
.meeting.status-cancelled, .meeting.status-superseded { opacity: 0.5; }
.strike { stroke: #b00020; stroke-width: 1.6; }
)css";

std::string n(double value) {
  return format_number(value);
}

void draw_axis(pugi::xml_node svg, const StorylineScene& layout, std::string_view zone) {
  pugi::xml_node axis = svg_element(svg, "g", {{"class", "axis"}});
  draw_axis_lines(axis, layout.axis.segments, layout.axis.y);
  draw_widened_instants(axis, layout.axis, layout.axis.y, zone);
  for (const AxisTick& tick : layout.axis.ticks) {
    const bool major = tick.level == TickLevel::major;
    svg_element(axis, "line",
                {{"class", major ? "gridline major" : "gridline minor"},
                 {"x1", n(tick.x)},
                 {"y1", n(layout.axis.y)},
                 {"x2", n(tick.x)},
                 {"y2", n(layout.plot.bottom())}});
    svg_element(axis, "line",
                {{"class", "tick"},
                 {"x1", n(tick.x)},
                 {"y1", n(layout.axis.y - (major ? 6 : 3))},
                 {"x2", n(tick.x)},
                 {"y2", n(layout.axis.y)}});
    if (!tick.label.empty())
      svg_text_at(axis, major ? "tick-label major" : "tick-label minor", tick.label_box.x,
                  text_baseline(tick.label_box) + 1, tick.label);
  }
  for (const ScaleBreak& gap : layout.axis.breaks)
    draw_scale_break(axis, gap, layout.axis.y, layout.plot.bottom());
}

// The time a meeting may occupy, as a bar just under its lines: faded where it is only possible,
// dark where it is certainly under way, a chevron where it runs off the axis.
void draw_range(pugi::xml_node group, const StorylineMeeting& meeting) {
  if (meeting.x1 - meeting.x0 < min_range_width) return;
  const Box& box = meeting.box;
  const double top = box.bottom() + 1.5;
  const auto bar = [&](const char* css, double x0, double x1) {
    svg_element(
        group, "rect",
        {{"class", css}, {"x", n(x0)}, {"y", n(top)}, {"width", n(x1 - x0)}, {"height", "3.5"}});
  };
  bar("meeting-range", meeting.x0, meeting.x1);
  if (meeting.core && meeting.core->second - meeting.core->first >= 1)
    bar("meeting-core", meeting.core->first, meeting.core->second);
  const double mid = top + 1.75;
  const auto chevron = [&](double tip, double back) {
    svg_element(group, "path",
                {{"class", "continues"},
                 {"d", fmt::format("M{},{} L{},{} L{},{}", n(back), n(mid - 3.5), n(tip), n(mid),
                                   n(back), n(mid + 3.5))}});
  };
  if (meeting.continues_before) chevron(meeting.x0 - 5, meeting.x0 - 1);
  if (meeting.continues_after) chevron(meeting.x1 + 5, meeting.x1 + 1);
}

void draw_meetings(pugi::xml_node svg, const StorylineScene& layout, const EventGraph& graph,
                   Language language) {
  pugi::xml_node meetings = svg_element(svg, "g", {{"class", "meetings"}});
  for (const StorylineMeeting& meeting : layout.meetings) {
    const Event& event = graph.event(meeting.event);
    pugi::xml_node group =
        svg_element(meetings, "g",
                    {{"class", fmt::format("meeting status-{}{}", to_string(event.status),
                                           meeting.contradicted ? " contradicted" : "")},
                     {"data-event", event.id}});
    svg_text(svg_element(group, "title"),
             event_tooltip(graph, meeting.event, language) +
                 contradiction_tooltip(layout.contradictions, meeting.event, language));
    draw_range(group, meeting);
    svg_element(group, "line",
                {{"class", "leader"},
                 {"x1", n(meeting.x)},
                 {"y1", n(meeting.leader_y0)},
                 {"x2", n(meeting.x)},
                 {"y2", n(meeting.box.y)}});
    svg_element(group, "rect",
                {{"class", "meeting-box"},
                 {"x", n(meeting.box.x)},
                 {"y", n(meeting.box.y)},
                 {"width", n(meeting.box.width)},
                 {"height", n(meeting.box.height)},
                 {"rx", "5"}});
    if (meeting.contradicted) draw_conflict_ring(group, meeting.box, 3);
    if (meeting.label.text.empty()) continue;
    const Box& box = meeting.label.box;
    const double text_x = draw_badges(group, box.x, box, meeting.badge, meeting.uncertain_date);
    svg_text_at(group, "event-label halo", text_x, text_baseline(box), meeting.label.text);
    if (event.status == EventStatus::cancelled)
      svg_element(group, "line",
                  {{"class", "strike"},
                   {"x1", n(text_x - 1)},
                   {"y1", n(box.y + box.height / 2)},
                   {"x2", n(box.right() + 1)},
                   {"y2", n(box.y + box.height / 2)}});
  }
}

// Consecutive curves of one status become one path.
void draw_line(pugi::xml_node parent, const StorylineLine& line, const std::string& colour) {
  std::size_t k = 0;
  while (k < line.curves.size()) {
    const EventStatus status = line.curves[k].status;
    std::string d = fmt::format("M{},{}", n(line.curves[k].x0), n(line.curves[k].y0));
    for (; k < line.curves.size() && line.curves[k].status == status; ++k) {
      const StorylineCurve& curve = line.curves[k];
      if (std::abs(curve.y1 - curve.y0) < 0.01) {
        d += fmt::format(" L{},{}", n(curve.x1), n(curve.y1));
      } else {
        const CurveControls c = curve_controls(curve);
        d += fmt::format(" C{},{} {},{} {},{}", n(c.cx0), n(c.cy0), n(c.cx1), n(c.cy1), n(curve.x1),
                         n(curve.y1));
      }
    }
    svg_element(parent, "path",
                {{"class", fmt::format("stroke status-{}", to_string(status))},
                 {"stroke", colour},
                 {"d", d}});
  }
}

void draw_lines(pugi::xml_node svg, const StorylineScene& layout, const EventGraph& graph,
                Language language) {
  pugi::xml_node lines = svg_element(svg, "g", {{"class", "lines"}});
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const StorylineLine& line = layout.lines[i];
    const std::string colour = storyline_colour(line);
    pugi::xml_node group =
        svg_element(lines, "g", {{"class", "line"}, {"data-entity", graph.entity(line.entity).id}});
    svg_text(svg_element(group, "title"), line_tooltip(graph, layout, i, language));
    draw_line(group, line, colour);
  }
  // Names above every stroke, so no line runs through a name.
  pugi::xml_node names = svg_element(svg, "g", {{"class", "line-labels"}});
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const StorylineLine& line = layout.lines[i];
    const std::string colour = storyline_colour(line);
    if (!line.label.text.empty()) {
      pugi::xml_node label = svg_text_at(names, "line-label halo", line.label.box.x,
                                         text_baseline(line.label.box) + 1, line.label.text);
      svg_set(label, "fill", colour);
      svg_set(label, "data-entity", graph.entity(line.entity).id);  // the page opens it on click
      svg_text(svg_element(label, "title"), line.name);
    }
    for (const StorylineLabel& reentry : line.reentry_labels) {
      pugi::xml_node label = svg_text_at(names, "reentry-label halo", reentry.box.x,
                                         text_baseline(reentry.box) + 1, reentry.text);
      svg_set(label, "fill", colour);
      svg_set(label, "data-entity", graph.entity(line.entity).id);
      svg_text(svg_element(label, "title"), line.name);
    }
  }
}

// Level of detail: each kept participant's events not drawn as meetings, in its own colour.
void draw_bands(pugi::xml_node svg, const StorylineScene& layout, const EventGraph& graph) {
  if (layout.bands.empty()) return;
  pugi::xml_node bands = svg_element(svg, "g", {{"class", "density"}});
  for (const StorylineBand& band : layout.bands) {
    const std::string colour = storyline_colour(band);
    pugi::xml_node group = svg_element(bands, "g", {{"class", "band"}});
    if (band.entity) svg_set(group, "data-entity", graph.entity(*band.entity).id);
    pugi::xml_node name = svg_text_at(group, "line-label", band.name.box.x,
                                      text_baseline(band.name.box) + 1, band.name.text);
    svg_set(name, "fill", colour);
    for (const DensityBand& run : band.runs) {
      pugi::xml_node rect = svg_element(group, "rect",
                                        {{"class", "density"},
                                         {"x", n(run.box.x)},
                                         {"y", n(run.box.y)},
                                         {"width", n(run.box.width)},
                                         {"height", n(run.box.height)},
                                         {"data-events", std::to_string(run.events)},
                                         {"fill", colour},
                                         {"fill-opacity", density_opacity(run.shade)}});
      svg_text(svg_element(rect, "title"), density_tooltip(run.events, layout.language));
    }
  }
}

void draw_legend(pugi::xml_node svg, const StorylineScene& layout) {
  if (layout.legend.empty()) return;
  pugi::xml_node legend = svg_element(svg, "g", {{"class", "legend"}});
  for (const LegendEntry& entry : layout.legend) {
    pugi::xml_node group = svg_element(
        legend, "g",
        {{"class", "legend-entry"}, {"data-key", std::string(legend_key_name(entry.key))}});
    const Box& s = entry.swatch;
    const double mid = s.y + s.height / 2;
    if (draw_shared_swatch(group, entry)) {
    } else if (entry.key == LegendKey::uncertain || entry.key == LegendKey::certain) {
      svg_element(group, "rect",
                  {{"class", entry.key == LegendKey::certain ? "meeting-core" : "meeting-range"},
                   {"x", n(s.x)},
                   {"y", n(mid - 1.75)},
                   {"width", n(s.width)},
                   {"height", "3.5"}});
    } else if (entry.key == LegendKey::continues) {
      svg_element(group, "path",
                  {{"class", "continues"},
                   {"d", fmt::format("M{},{} L{},{} L{},{}", n(s.right() - 7), n(mid - 4),
                                     n(s.right() - 3), n(mid), n(s.right() - 7), n(mid + 4))}});
    } else {
      const std::string status(legend_key_name(entry.key));
      svg_element(group, "path",
                  {{"class", fmt::format("stroke status-{}", status)},
                   {"stroke", "#555555"},
                   {"d", fmt::format("M{},{} L{},{}", n(s.x), n(mid), n(s.right()), n(mid))}});
    }
    svg_text_at(group, "legend-label", entry.label_box.x, text_baseline(entry.label_box),
                entry.label);
  }
}

}  // namespace

std::string render_storyline_svg(const EventGraph& graph, const StorylineScene& layout) {
  pugi::xml_document document;
  pugi::xml_node svg =
      svg_root(document, "chronograph-storyline", layout.width, layout.height,
               layout.language == Language::ko, layout.header.title, style_sheet(own_style));
  svg_element(
      svg, "rect",
      {{"class", "background"}, {"width", "100%"}, {"height", "100%"}, {"fill", "#ffffff"}});
  pugi::xml_node header = svg_element(svg, "g", {{"class", "header"}});
  svg_text_at(header, "title", layout.header.title_box.x, text_baseline(layout.header.title_box),
              layout.header.title);
  if (!layout.header.subtitle.empty())
    svg_text_at(header, "subtitle", layout.header.subtitle_box.x,
                text_baseline(layout.header.subtitle_box), layout.header.subtitle);
  draw_axis(svg, layout, graph.info.zone.empty() ? "UTC" : graph.info.zone);
  draw_meetings(svg, layout, graph, layout.language);
  draw_lines(svg, layout, graph, layout.language);
  draw_bands(svg, layout, graph);
  if (!layout.empty_note.empty())
    svg_text_at(svg, "empty-note", layout.plot.x, layout.plot.y + 2 * layout.font_size,
                layout.empty_note);
  draw_legend(svg, layout);

  return svg_serialize(document);
}

}  // namespace chronograph
