// Storyline as DOT: every node pinned (`pos="x,y!"`, points, y up) and every line stretch given
// as an edge with its own Bézier `pos`, so `neato -n2` draws chronograph's layout unchanged.

#include <fmt/format.h>

#include "chronograph/layout.hpp"
#include "chronograph/render.hpp"
#include "render/common/conflict_text.hpp"
#include "render/common/numbers.hpp"
#include "render/common/palette.hpp"
#include "render/common/storyline_style.hpp"
#include "render/graphviz/cgraph.hpp"
#include "render/graphviz/pinned_canvas.hpp"

namespace chronograph {

namespace {

using namespace detail;

const char* stroke_style(EventStatus status) {
  switch (status) {
    case EventStatus::planned:
      return "dashed";
    case EventStatus::superseded:
      return "dotted";
    default:
      return "solid";
  }
}

void pin_line(PinnedCanvas& pin, const StorylineScene& layout, std::size_t index,
              const EventGraph& graph, Language language) {
  const StorylineLine& line = layout.lines[index];
  DotGraph& dot = pin.dot();
  const std::string id = graph.entity(line.entity).id;
  const std::string colour = storyline_colour(line);
  const std::string tooltip = escape_tooltip(line_tooltip(graph, layout, index, language));
  const auto anchor = [&](std::size_t k, double x, double y) {
    DotGraph::Node node = pin.box(fmt::format("line/{}/{}", id, k), {x, y, 0.5, 0.5}, "point");
    dot.set(node, "style", "invis");
    return node;
  };
  if (line.curves.empty()) return;
  DotGraph::Node from = anchor(0, line.curves.front().x0, line.curves.front().y0);
  for (std::size_t k = 0; k < line.curves.size(); ++k) {
    const StorylineCurve& curve = line.curves[k];
    DotGraph::Node to = anchor(k + 1, curve.x1, curve.y1);
    DotGraph::Edge edge = dot.add_edge(from, to);
    const CurveControls c = curve_controls(curve);
    dot.set(edge, "pos",
            fmt::format("{} {} {} {}", pin.point(curve.x0, curve.y0), pin.point(c.cx0, c.cy0),
                        pin.point(c.cx1, c.cy1), pin.point(curve.x1, curve.y1)));
    dot.set(edge, "color", curve.status == EventStatus::cancelled ? colour + "4D" : colour);
    dot.set(edge, "style", stroke_style(curve.status));
    dot.set(edge, "tooltip", tooltip);
    from = to;
  }
  if (!line.label.text.empty()) {
    DotGraph::Node label =
        pin.text("line/" + id + "/label", line.label.box, line.label.text, 11, colour);
    dot.set(label, "tooltip", escape_tooltip(line.name));
  }
  for (std::size_t k = 0; k < line.reentry_labels.size(); ++k)
    pin.text(fmt::format("line/{}/reentry/{}", id, k), line.reentry_labels[k].box,
             line.reentry_labels[k].text, 10, colour);
}

void pin_meeting(PinnedCanvas& pin, const StorylineMeeting& meeting, const EventGraph& graph,
                 const StorylineScene& layout) {
  const Language language = layout.language;
  const Event& event = graph.event(meeting.event);
  DotGraph& dot = pin.dot();
  const std::string name = "meeting/" + event.id;
  const std::string tooltip =
      escape_tooltip(event_tooltip(graph, meeting.event, language) +
                     contradiction_tooltip(layout.contradictions, meeting.event, language));
  const bool faded =
      event.status == EventStatus::cancelled || event.status == EventStatus::superseded;
  DotGraph::Node box = pin.box(name, meeting.box, "box");
  dot.set(box, "style",
          event.status == EventStatus::planned ? "rounded,filled,dashed" : "rounded,filled");
  dot.set(box, "fillcolor", faded ? "#f2f2f280" : "#f2f2f2");
  dot.set(box, "color", faded ? "#9a9a9a80" : "#9a9a9a");
  if (meeting.contradicted) {
    dot.set(box, "color", conflict_colour);
    dot.set(box, "penwidth", "2");
  }
  dot.set(box, "tooltip", tooltip);
  const double leader = meeting.box.y - meeting.leader_y0;
  if (leader > 1) {
    DotGraph::Node line =
        pin.box(name + "/leader", {meeting.x - 0.25, meeting.leader_y0, 0.5, leader}, "box");
    dot.set(line, "style", "filled");
    dot.set(line, "fillcolor", "#c8c8c8");
    dot.set(line, "color", "#c8c8c8");
  }
  if (meeting.label.text.empty()) return;
  DotGraph::Node label = pin.box(name + "/label", meeting.label.box, "plaintext");
  const std::string text = meeting.badge ? "Ⓡ " + meeting.label.text : meeting.label.text;
  if (event.status == EventStatus::cancelled) {
    dot.set_html(label, "label", "<S>" + escape_html_text(text) + "</S>");
  } else {
    dot.set(label, "label", escape_label(text));
  }
  dot.set(label, "fontsize", "12");
  dot.set(label, "fontcolor", faded ? "#22222280" : "#222222");
  dot.set(label, "tooltip", tooltip);
}

}  // namespace

std::string render_storyline_dot(const EventGraph& graph, const StorylineScene& layout) {
  DotGraph dot("storyline", false);
  // Lines (edges) are drawn over the meeting boxes and break bands they pass (nodes first).
  set_pinned_page(dot, layout.width, layout.height);
  dot.set_graph("splines", "true");
  dot.set_edge_default("penwidth", "2.5");
  PinnedCanvas pin(dot, layout.height);

  pin.titles(layout.header.title_box, layout.header.title, layout.header.subtitle_box,
             layout.header.subtitle, layout.font_size);
  for (std::size_t i = 0; i < layout.axis.segments.size(); ++i) {
    const TimeSegment& segment = layout.axis.segments[i];
    DotGraph::Node axis =
        pin.box(fmt::format("axis/{}", i),
                {segment.x0, layout.axis.y - 0.5, segment.x1 - segment.x0, 1}, "box");
    dot.set(axis, "style", "filled");
    dot.set(axis, "fillcolor", "#888888");
    dot.set(axis, "color", "transparent");
  }
  for (std::size_t i = 0; i < layout.axis.ticks.size(); ++i)
    if (!layout.axis.ticks[i].label.empty())
      pin.text(fmt::format("tick/{}", i), layout.axis.ticks[i].label_box,
               layout.axis.ticks[i].label, layout.font_size - 1, "#444444");
  for (std::size_t i = 0; i < layout.axis.breaks.size(); ++i) {
    const ScaleBreak& gap = layout.axis.breaks[i];
    DotGraph::Node band = pin.box(fmt::format("break/{}", i),
                                  {gap.band_x0, layout.axis.y, gap.band_x1 - gap.band_x0,
                                   layout.plot.bottom() - layout.axis.y},
                                  "box");
    dot.set(band, "style", "filled,dashed");
    dot.set(band, "fillcolor", "#eeeeee");
    dot.set(band, "color", "#777777");
    pin.text(fmt::format("break/{}/label", i), gap.label_box, gap.label, layout.font_size - 1);
  }
  for (const StorylineMeeting& meeting : layout.meetings) pin_meeting(pin, meeting, graph, layout);
  for (std::size_t i = 0; i < layout.lines.size(); ++i)
    pin_line(pin, layout, i, graph, layout.language);
  for (std::size_t b = 0; b < layout.bands.size(); ++b) {
    const StorylineBand& band = layout.bands[b];
    const std::string colour = storyline_colour(band);
    pin.text(fmt::format("band/{}/name", b), band.name.box, band.name.text, layout.font_size - 1,
             colour);
    for (std::size_t r = 0; r < band.runs.size(); ++r)
      pin.density(fmt::format("band/{}/{}", b, r), band.runs[r], colour);
  }
  if (!layout.empty_note.empty())
    pin.text("empty-note", {layout.plot.x, layout.plot.y, 400, 20}, layout.empty_note, 14);
  for (std::size_t i = 0; i < layout.legend.size(); ++i) {
    const LegendEntry& entry = layout.legend[i];
    if (entry.key == LegendKey::reported) {
      pin.text(fmt::format("legend/{}", i), entry.swatch, "Ⓡ", layout.font_size, "#333333");
    } else {
      // A stroke sample: a thin box whose outline style is the line's.
      const Box& s = entry.swatch;
      const bool stroke = entry.key != LegendKey::scale_break;
      DotGraph::Node swatch =
          pin.box(fmt::format("legend/{}", i),
                  stroke ? Box{s.x, s.y + s.height / 2 - 1.5, s.width, 3} : s, "box");
      const EventStatus status = static_cast<EventStatus>(static_cast<int>(entry.key));
      const bool solid =
          stroke && (status == EventStatus::happened || status == EventStatus::cancelled);
      dot.set(swatch, "style",
              solid ? "filled" : (stroke ? stroke_style(status) : "filled,dashed"));
      dot.set(swatch, "fillcolor",
              stroke ? (entry.key == LegendKey::cancelled ? "#5555554D" : "#555555") : "#eeeeee");
      dot.set(swatch, "color", entry.key == LegendKey::cancelled ? "#5555554D" : "#555555");
    }
    pin.text(fmt::format("legend/{}/label", i), entry.label_box, entry.label, layout.font_size - 1,
             "#444444");
  }

  return dot.write();
}

}  // namespace chronograph
