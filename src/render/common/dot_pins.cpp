#include "render/common/dot_pins.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "render/timeline/svg_writer.hpp"

namespace chronograph::detail {

std::string PinnedCanvas::point(double x, double y) const {
  return fmt::format("{},{}", svg_number(x), svg_number(page_height_ - y));
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

DotGraph::Node PinnedCanvas::text(const std::string& name, const Box& area,
                                  std::string_view content, double font_size,
                                  const std::string& colour) {
  DotGraph::Node node = box(name, area, "plaintext");
  dot_.set(node, "label", escape_label(content));
  dot_.set(node, "fontsize", svg_number(font_size));
  dot_.set(node, "fontcolor", colour);
  return node;
}

}  // namespace chronograph::detail
