#include "render/html/inline_svg.hpp"

#include <string>

#include <pugixml.hpp>

namespace chronograph::detail {

namespace {

void mark_graphviz_nodes(pugi::xml_node svg, const EventGraph& graph) {
  for (const pugi::xpath_node& found : svg.select_nodes("//g[@class='node']")) {
    pugi::xml_node group = found.node();
    // Graphviz makes a node's `id` attribute (the chronograph id, docs/graph.md) the element id of
    // its group and tooltip anchor; inside the page an entity called "details" would then shadow
    // the panel's element. The page finds nodes by data-event instead.
    group.remove_attribute("id");
    for (pugi::xml_node anchor : group.children("g")) anchor.remove_attribute("id");
    const std::string id = group.child("title").text().as_string();
    const auto node = graph.find(id);
    if (!node) continue;
    const bool event = graph.kind(*node) == NodeKind::event;
    group.append_attribute(event ? "data-event" : "data-entity") = id.c_str();
  }
}

struct StringWriter : pugi::xml_writer {
  std::string text;
  void write(const void* data, std::size_t size) override {
    text.append(static_cast<const char*>(data), size);
  }
};

}  // namespace

Result<std::string> inline_svg(std::string_view svg, const EventGraph& graph) {
  pugi::xml_document document;
  // Default parsing drops the declaration, the DOCTYPE and comments.
  const pugi::xml_parse_result parsed = document.load_buffer(svg.data(), svg.size());
  if (!parsed) {
    return {std::nullopt,
            {make_error(
                {}, std::string("html: the view's SVG does not parse: ") + parsed.description())}};
  }
  pugi::xml_node root = document.child("svg");
  if (!root) return {std::nullopt, {make_error({}, "html: the view's output is not an SVG")}};
  for (const char* name : {"xmlns", "xmlns:xlink", "width", "height", "preserveAspectRatio"})
    root.remove_attribute(name);
  // Fitted to a window wider than the drawing's proportions, the drawing sits at the top.
  root.append_attribute("preserveAspectRatio") = "xMidYMin meet";
  mark_graphviz_nodes(root, graph);
  StringWriter out;
  root.print(out, "", pugi::format_raw);
  return {std::move(out.text), {}};
}

}  // namespace chronograph::detail
