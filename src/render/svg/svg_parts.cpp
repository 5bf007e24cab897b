#include "render/svg/svg_parts.hpp"

#include "layout/density.hpp"

#include <string>

#include <fmt/format.h>

#include "render/svg/svg_writer.hpp"

namespace chronograph::detail {

namespace {

std::string n(double value) {
  return format_number(value);
}

}  // namespace

std::string style_sheet(std::string_view view_style) {
  // What both views draw alike: header, axis, breaks, badges, widened instants.
  constexpr std::string_view shared = R"css(
.title { font-size: 18px; font-weight: bold; fill: #1a1a1a; }
.subtitle, .tick-label, .break-label, .legend-label { font-size: 11px; fill: #444; }
.tick-label.major { font-weight: bold; fill: #222; }
.axis-line, .tick { stroke: #888; stroke-width: 1; }
.scale-break .band { fill: #eeeeee; }
.scale-break .glyph { fill: none; stroke: #777; stroke-width: 1.2; }
.widened { fill: none; stroke: #555; stroke-width: 1.5; }
.badge rect { fill: #ffffff; stroke: #333; stroke-width: 1; }
.badge.uncertain-date rect { stroke-dasharray: 2 1.5; }
.badge text { font-size: 9px; font-weight: bold; fill: #333; }
.empty-note { font-size: 14px; fill: #444; }
.conflict-ring { fill: none; stroke: #d0021b; stroke-width: 2; stroke-dasharray: 5 2.5; })css";
  std::string sheet(shared);
  sheet += view_style;
  return sheet;
}

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

void draw_badge(pugi::xml_node parent, double x, const Box& label_box, std::string_view letter,
                const char* css) {
  pugi::xml_node badge = svg_element(parent, "g", {{"class", css}});
  const double size = label_box.height - 4;
  svg_element(badge, "rect",
              {{"x", n(x + 1)},
               {"y", n(label_box.y + 2)},
               {"width", n(size)},
               {"height", n(size)},
               {"rx", "3"}});
  svg_text_at(badge, "", x + 1 + size / 2, label_box.y + 2 + size - 3, letter, "middle");
}

double draw_badges(pugi::xml_node parent, double x, const Box& label_box, bool reported,
                   bool uncertain_date) {
  if (reported) {
    draw_badge(parent, x, label_box, "R", "badge reported");
    x += label_box.height;
  }
  if (uncertain_date) {
    draw_badge(parent, x, label_box, "?", "badge uncertain-date");
    x += label_box.height;
  }
  return x;
}

// A shade's opacity: the faintest still visible on the lane's band, the darkest solid.
std::string density_opacity(int shade) {
  return n(0.15 + 0.85 * (shade - 1) / (detail::density_shades - 1));
}

std::string density_tooltip(std::size_t events, Language language) {
  return language == Language::ko
             ? fmt::format("사건 {}개 (너무 빽빽해 하나씩 그리지 않음)", events)
             : fmt::format("{} {} here, too dense to draw one by one", events,
                           events == 1 ? "event" : "events");
}

bool draw_shared_swatch(pugi::xml_node group, const LegendEntry& entry) {
  const Box& s = entry.swatch;
  const std::string grey = "#555555";
  const Box badge{s.x + (s.width - s.height - 4) / 2, s.y - 2, s.width, s.height + 4};
  switch (entry.key) {
    case LegendKey::reported:
      draw_badge(group, badge.x, badge, "R", "badge reported");
      return true;
    case LegendKey::uncertain_date:
      draw_badge(group, badge.x, badge, "?", "badge uncertain-date");
      return true;
    case LegendKey::scale_break:
      svg_element(
          group, "path",
          {{"class", "glyph"},
           {"fill", "none"},
           {"stroke", grey},
           {"d", fmt::format("M{},{} L{},{} M{},{} L{},{}", n(s.x + 8), n(s.bottom()), n(s.x + 14),
                             n(s.y), n(s.x + 14), n(s.bottom()), n(s.x + 20), n(s.y))}});
      return true;
    case LegendKey::widened: {
      const double y = s.y + s.height / 2 + 2;
      svg_element(
          group, "path",
          {{"class", "widened"},
           {"d", fmt::format("M{},{} L{},{} L{},{} L{},{}", n(s.x + 4), n(y - 4), n(s.x + 4), n(y),
                             n(s.right() - 4), n(y), n(s.right() - 4), n(y - 4))}});
      return true;
    }
    case LegendKey::density:
      for (int shade = 1; shade <= 3; ++shade) {
        const double x0 = s.x + (shade - 1) * s.width / 3;
        svg_element(group, "rect",
                    {{"class", "density"},
                     {"x", n(x0)},
                     {"y", n(s.y)},
                     {"width", n(s.width / 3)},
                     {"height", n(s.height)},
                     {"fill", grey},
                     {"fill-opacity", density_opacity(2 * shade - 1)}});
      }
      return true;
    case LegendKey::contradiction:
      draw_conflict_ring(group, {s.x + 4, s.y + 1, s.width - 8, s.height - 2}, 0);
      return true;
    default:
      return false;
  }
}

void draw_conflict_ring(pugi::xml_node parent, const Box& box, double pad) {
  svg_element(parent, "rect",
              {{"class", "conflict-ring"},
               {"x", n(box.x - pad)},
               {"y", n(box.y - pad)},
               {"width", n(box.width + 2 * pad)},
               {"height", n(box.height + 2 * pad)},
               {"rx", "3"}});
}

void draw_widened_instants(pugi::xml_node parent, const Axis& axis, double axis_y,
                           std::string_view zone) {
  for (const TimeSegment& piece : axis.segments) {
    if (piece.begin != piece.end || piece.x1 <= piece.x0) continue;
    pugi::xml_node glyph = svg_element(
        parent, "path",
        {{"class", "widened"},
         {"d", fmt::format("M{},{} L{},{} L{},{} L{},{}", n(piece.x0), n(axis_y - 4), n(piece.x0),
                           n(axis_y), n(piece.x1), n(axis_y), n(piece.x1), n(axis_y - 4))}});
    svg_text(svg_element(glyph, "title"), format_instant(piece.begin, zone));
  }
}

}  // namespace chronograph::detail
