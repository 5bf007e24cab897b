#include "render/svg/svg_parts.hpp"

#include <string>

#include <fmt/format.h>

#include "render/svg/svg_writer.hpp"

namespace chronograph::detail {

namespace {

std::string n(double value) {
  return format_number(value);
}

}  // namespace

pugi::xml_node svg_text_at(pugi::xml_node parent, const char* css, double x, double baseline,
                           std::string_view content, const char* anchor) {
  pugi::xml_node node =
      svg_element(parent, "text", {{"class", css}, {"x", n(x)}, {"y", n(baseline)}});
  if (anchor != nullptr) svg_set(node, "text-anchor", anchor);
  svg_text(node, content);
  return node;
}

double text_baseline(const Box& box) {
  return box.y + box.height - 4;
}

void draw_axis_lines(pugi::xml_node parent, const std::vector<TimeSegment>& segments,
                     double axis_y) {
  for (const TimeSegment& segment : segments)
    svg_element(parent, "line",
                {{"class", "axis-line"},
                 {"x1", n(segment.x0)},
                 {"y1", n(axis_y)},
                 {"x2", n(segment.x1)},
                 {"y2", n(axis_y)}});
}

void draw_scale_break(pugi::xml_node axis, const ScaleBreak& gap, double axis_y,
                      double plot_bottom) {
  pugi::xml_node group = svg_element(axis, "g", {{"class", "scale-break"}});
  svg_text(svg_element(group, "title"), gap.label);
  svg_element(group, "rect",
              {{"class", "band"},
               {"x", n(gap.band_x0)},
               {"y", n(axis_y - 8)},
               {"width", n(gap.band_x1 - gap.band_x0)},
               {"height", n(plot_bottom - axis_y + 8)}});
  for (const double x : {gap.band_x0 + 3, gap.band_x1 - 3}) {
    std::string path = fmt::format("M{},{}", n(x), n(axis_y));
    bool left = true;
    for (double y = axis_y + 5; y <= plot_bottom; y += 5, left = !left)
      path += fmt::format(" L{},{}", n(x + (left ? -3 : 3)), n(y));
    svg_element(group, "path", {{"class", "glyph"}, {"d", path}});
  }
  svg_text_at(group, "break-label", (gap.x0 + gap.x1) / 2, text_baseline(gap.label_box) + 1,
              gap.label, "middle");
}

void draw_reported_badge(pugi::xml_node parent, double x, const Box& label_box) {
  pugi::xml_node badge = svg_element(parent, "g", {{"class", "badge"}});
  const double size = label_box.height - 4;
  svg_element(badge, "rect",
              {{"x", n(x + 1)},
               {"y", n(label_box.y + 2)},
               {"width", n(size)},
               {"height", n(size)},
               {"rx", "3"}});
  svg_text_at(badge, "", x + 1 + size / 2, label_box.y + 2 + size - 3, "R", "middle");
}

}  // namespace chronograph::detail
