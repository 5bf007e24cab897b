#pragma once
// Opt-in: the Boost.Graph adjacency_list behind an EventGraph, for running your own BGL algorithms.
// Including this header brings Boost into your translation unit; chronograph's other headers never
// do.

#include <boost/graph/adjacency_list.hpp>
#include <map>
#include <string>
#include <vector>

#include "chronograph/graph.hpp"

namespace chronograph {

// Bundled vertex property: which node this vertex is. Vertex descriptors equal NodeIds.
struct VertexProperties {
  NodeKind kind = NodeKind::event;
  std::string id;
  std::uint32_t index = 0;  // into the storage's events or entities
};

// Bundled edge property: the relation itself.
using EdgeProperties = Relation;

// Edges live in a vector (EdgeListS = vecS), in insertion order: relations are read in sequence
// without chasing one heap record per edge. The graph never removes edges, so nothing is lost.
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProperties,
                          EdgeProperties, boost::no_property, boost::vecS>;

namespace detail {
struct GraphStorage {
  BoostGraph graph;
  std::vector<Event> events;
  std::vector<Entity> entities;
  std::vector<NodeId> event_nodes;
  std::vector<NodeId> entity_nodes;
  std::map<std::string, NodeId, std::less<>> by_id;
};
}  // namespace detail

[[nodiscard]] inline const BoostGraph& boost_graph(const EventGraph& graph) {
  return graph.storage().graph;
}

}  // namespace chronograph
