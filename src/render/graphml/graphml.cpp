// The relationship graph as GraphML, written by Boost.Graph's write_graphml from the model's own
// adjacency_list (docs/graph.md, "GraphML and GEXF"). The data are the DOT's: the same node
// attributes (render/common/graph_data.hpp), the same edges (parallel relations merged, with a
// `count`) and edge attributes.

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>
#include <cstddef>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "chronograph/adapters/boost_graph.hpp"
#include "chronograph/render.hpp"
#include "render/common/graph_data.hpp"

namespace chronograph {

namespace {

using Vertex = boost::graph_traits<BoostGraph>::vertex_descriptor;
using Edge = boost::graph_traits<BoostGraph>::edge_descriptor;
using Values = std::map<std::string_view, std::string, std::less<>>;

// write_graphml writes every key for every node, an empty <data> where a node has no value.
// Absent is what GraphML readers take a missing <data> to mean, and what the DOT says, so those
// lines go. Safe on text: Boost escapes `"`, `<` and `>` in values, so only an empty element
// ends in `"></data>`.
bool is_empty_data(std::string_view line) {
  constexpr std::string_view open = "<data key=\"";
  constexpr std::string_view close = "\"></data>";
  const std::size_t start = line.find_first_not_of(' ');
  if (start == std::string_view::npos) return false;
  line.remove_prefix(start);
  if (line.ends_with('\n')) line.remove_suffix(1);
  if (!line.starts_with(open) || !line.ends_with(close)) return false;
  const std::string_view key = line.substr(open.size(), line.size() - open.size() - close.size());
  return key.find_first_of("\"<>") == std::string_view::npos;
}

std::string without_empty_data(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t begin = 0; begin < text.size();) {
    std::size_t end = text.find('\n', begin);
    end = end == std::string::npos ? text.size() : end + 1;
    const std::string_view line(text.data() + begin, end - begin);
    if (!is_empty_data(line)) out.append(line);
    begin = end;
  }
  return out;
}

}  // namespace

std::string render_graphml(const EventGraph& graph, const ReasonReport& report,
                           const RenderOptions& options) {
  // The graph's edges (parallel relations merged, then the derived order) as a graph of their
  // own; each edge's `sequence` is its index into `edges`.
  const std::vector<detail::GraphEdge> edges = detail::graph_edges(graph, &report);
  BoostGraph exported(graph.node_count());
  for (std::size_t index = 0; index < edges.size(); ++index) {
    Relation edge{edges[index].from, edges[index].to};
    edge.sequence = static_cast<std::uint32_t>(index);
    boost::add_edge(edge.from, edge.to, edge, exported);
  }

  std::vector<Values> values(graph.node_count());
  for (NodeId node = 0; node < graph.node_count(); ++node) {
    for (detail::DataField& field : detail::node_data(graph, node))
      values[node].emplace(field.name, std::move(field.value));
    values[node].emplace("label", detail::node_data_label(graph, node, options.language));
  }

  boost::dynamic_properties properties(boost::ignore_other_properties);
  auto node_property = [&](std::string_view name) {
    properties.property(
        std::string(name),
        boost::make_function_property_map<Vertex, std::string>([&values, name](Vertex vertex) {
          const auto found = values[vertex].find(name);
          return found == values[vertex].end() ? std::string() : found->second;
        }));
  };
  for (const std::string_view name : detail::node_data_names()) node_property(name);
  node_property("label");
  for (const std::string_view name : detail::edge_data_names()) {
    properties.property(
        std::string(name),
        boost::make_function_property_map<Edge, std::string>([&exported, &edges, name](Edge edge) {
          for (detail::DataField& field : detail::edge_data(edges[exported[edge].sequence]))
            if (field.name == name) return std::move(field.value);
          return std::string();
        }));
  }
  std::ostringstream out;
  boost::write_graphml(out, exported, properties, true);
  return without_empty_data(out.str());
}

}  // namespace chronograph
