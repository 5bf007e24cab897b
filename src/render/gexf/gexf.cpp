// The relationship graph as GEXF 1.3 for Gephi (docs/graph.md, "GraphML and GEXF"): a dynamic
// graph whose events live from their `start` to their `end`, so Gephi's timeline filter shows
// them in time; entities have no bounds and live throughout. The data are the DOT's.

#include <cstddef>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/render.hpp"
#include "render/common/graph_data.hpp"
#include "render/common/xml_text.hpp"

namespace chronograph {

namespace {

// GEXF has its own place for these: the node's `id`, `start` and `end` attributes.
bool is_node_attribute(std::string_view name) {
  return name == "id" || name == "start" || name == "end";
}

void set(pugi::xml_node node, const char* name, std::string_view value) {
  node.append_attribute(name).set_value(detail::xml_safe(value).c_str());
}

void declare(pugi::xml_node graph, const char* kind, const std::vector<std::string_view>& names) {
  pugi::xml_node attributes = graph.append_child("attributes");
  set(attributes, "class", kind);
  set(attributes, "mode", "static");
  for (const std::string_view name : names) {
    pugi::xml_node attribute = attributes.append_child("attribute");
    set(attribute, "id", name);
    set(attribute, "title", name);
    set(attribute, "type", "string");
  }
}

void add_node(pugi::xml_node nodes, const EventGraph& graph, NodeId id, Language language) {
  pugi::xml_node node = nodes.append_child("node");
  set(node, "id", graph.id(id));
  set(node, "label", detail::node_data_label(graph, id, language));
  pugi::xml_node values;
  for (const detail::DataField& field : detail::node_data(graph, id)) {
    if (is_node_attribute(field.name)) {
      if (field.name != "id") set(node, std::string(field.name).c_str(), field.value);
      continue;
    }
    if (!values) values = node.append_child("attvalues");
    pugi::xml_node value = values.append_child("attvalue");
    set(value, "for", field.name);
    set(value, "value", field.value);
  }
}

void add_edge(pugi::xml_node edges, std::size_t index, const EventGraph& graph,
              const detail::GraphEdge& merged) {
  pugi::xml_node edge = edges.append_child("edge");
  set(edge, "id", std::to_string(index));
  set(edge, "source", graph.id(merged.from));
  set(edge, "target", graph.id(merged.to));
  // Gephi merges parallel edges of one kind, adding up their weights: the relations of one
  // (from, to, type) are one edge already, weighing as many as it stands for.
  set(edge, "kind", merged.type);
  if (merged.count > 1) set(edge, "weight", std::to_string(merged.count));
  pugi::xml_node values = edge.append_child("attvalues");
  for (const detail::DataField& field : detail::edge_data(merged)) {
    pugi::xml_node value = values.append_child("attvalue");
    set(value, "for", field.name);
    set(value, "value", field.value);
  }
}

}  // namespace

std::string render_gexf(const EventGraph& graph, const ReasonReport& report,
                        const RenderOptions& options) {
  pugi::xml_document document;
  pugi::xml_node declaration = document.append_child(pugi::node_declaration);
  set(declaration, "version", "1.0");
  set(declaration, "encoding", "UTF-8");
  pugi::xml_node gexf = document.append_child("gexf");
  set(gexf, "xmlns", "http://gexf.net/1.3");
  set(gexf, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
  set(gexf, "xsi:schemaLocation", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
  set(gexf, "version", "1.3");
  pugi::xml_node meta = gexf.append_child("meta");
  meta.append_child("creator").text().set("chronograph");
  const std::string title = graph.info.title.in(options.language);
  if (!title.empty()) meta.append_child("title").text().set(detail::xml_safe(title).c_str());

  pugi::xml_node root = gexf.append_child("graph");
  set(root, "defaultedgetype", "directed");
  set(root, "mode", "dynamic");
  // Bounds are instants with their offset (xsd:dateTime), not days.
  set(root, "timeformat", "dateTime");
  std::vector<std::string_view> node_names;
  for (const std::string_view name : detail::node_data_names())
    if (!is_node_attribute(name)) node_names.push_back(name);
  declare(root, "node", node_names);
  declare(root, "edge", {detail::edge_data_names().begin(), detail::edge_data_names().end()});

  pugi::xml_node nodes = root.append_child("nodes");
  for (NodeId node = 0; node < graph.node_count(); ++node)
    add_node(nodes, graph, node, options.language);
  pugi::xml_node edges = root.append_child("edges");
  std::size_t index = 0;
  for (const detail::GraphEdge& edge : detail::graph_edges(graph, &report))
    add_edge(edges, index++, graph, edge);

  std::ostringstream out;
  document.save(out, "  ", pugi::format_indent, pugi::encoding_utf8);
  return out.str();
}

}  // namespace chronograph
