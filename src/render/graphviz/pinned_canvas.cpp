#include "render/graphviz/pinned_canvas.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "layout/density.hpp"
#include "render/common/numbers.hpp"

namespace chronograph::detail {

void set_pinned_page(DotGraph& dot, double width, double height) {
  constexpr const char* font = "Noto Sans CJK KR";
  dot.set_graph("bb", fmt::format("0,0,{},{}", format_number(width), format_number(height)));
  // The engine the pinned positions need, named in the file: `nop2` is neato -n2 (nodes and edge
  // routes as given), and notranslate keeps them where they are rather than moved to the origin.
  // So `dot -Tpng f.dot`, `xdot f.dot` and `neato -n2` all draw our picture (docs/timeline.md).
  dot.set_graph("layout", "nop2");
  dot.set_graph("notranslate", "true");
  dot.set_graph("bgcolor", "white");
  dot.set_graph("fontname", font);
  dot.set_graph("outputorder", "nodesfirst");
  dot.set_node_default("fixedsize", "shape");
  dot.set_node_default("margin", "0");
  dot.set_node_default("fontname", font);
}

std::string PinnedCanvas::point(double x, double y) const {
  return fmt::format("{},{}", format_number(x), format_number(page_height_ - y));
}

DotGraph::Node PinnedCanvas::box(const std::string& name, const Box& area, const char* shape) {
  DotGraph::Node node = dot_.add_node(name);
  dot_.set(node, "shape", shape);
  // Per node: agwrite leaves out an empty default, and Graphviz would then print the name.
  dot_.set(node, "label", "");
  dot_.set(node, "pos", point(area.x + area.width / 2, area.y + area.height / 2) + "!");
  dot_.set(node, "width", fmt::format("{:.4f}", std::max(area.width, 0.5) / 72.0));
  dot_.set(node, "height", fmt::format("{:.4f}", std::max(area.height, 0.5) / 72.0));
  return node;
}

DotGraph::Node PinnedCanvas::filled(const std::string& name, const Box& area,
                                    const std::string& fill, const std::string& outline,
                                    const char* style) {
  DotGraph::Node node = box(name, area);
  dot_.set(node, "style", style);
  dot_.set(node, "fillcolor", fill);
  dot_.set(node, "color", outline);
  return node;
}

DotGraph::Node PinnedCanvas::density(const std::string& name, const DensityBand& band,
                                     const std::string& colour) {
  // 0x26 (0.15) for one event … 0xff, as density_opacity in the SVG.
  const int alpha = 0x26 + (0xff - 0x26) * (band.shade - 1) / (detail::density_shades - 1);
  const DotGraph::Node node = filled(name, band.box, fmt::format("{}{:02x}", colour, alpha));
  dot_.set(node, "events", std::to_string(band.events));
  return node;
}

DotGraph::Node PinnedCanvas::text(const std::string& name, const Box& area,
                                  std::string_view content, double font_size,
                                  const std::string& colour) {
  DotGraph::Node node = box(name, area, "plaintext");
  dot_.set(node, "label", escape_label(content));
  dot_.set(node, "fontsize", format_number(font_size));
  dot_.set(node, "fontcolor", colour);
  return node;
}

void PinnedCanvas::titles(const Box& title_box, std::string_view title, const Box& subtitle_box,
                          std::string_view subtitle, double font_size) {
  text("title", title_box, title, font_size * 1.5, "#1a1a1a");
  if (!subtitle.empty()) text("subtitle", subtitle_box, subtitle, font_size - 1, "#444444");
}

}  // namespace chronograph::detail
