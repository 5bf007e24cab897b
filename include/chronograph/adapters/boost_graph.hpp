#pragma once
// Opt-in: the Boost.Graph adjacency_list behind an EventGraph, for running your own BGL algorithms.
// Including this header brings Boost into your translation unit; chronograph's other headers never
// do.

#include <boost/graph/adjacency_list.hpp>
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "chronograph/graph.hpp"

namespace chronograph {

// Bundled vertex property: which node this vertex is. Vertex descriptors equal NodeIds. The id is
// the event's or entity's own (EventGraph::id): a million-node graph keeps one copy of each.
struct VertexProperties {
  NodeKind kind = NodeKind::event;
  std::uint32_t index = 0;  // into the storage's events or entities
};

// Bundled edge property: the relation itself. Edges are the stored relations (those written in the
// file); the implied ones (participants, places, affiliations) are derived from the nodes' fields
// and not edges here: boost_graph_with_implied() makes a graph with them as edges too.
using EdgeProperties = Relation;

// Edges live in a vector (EdgeListS = vecS), in insertion order: relations are read in sequence
// without chasing one heap record per edge. The graph never removes edges, so nothing is lost.
using BoostGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, VertexProperties,
                          EdgeProperties, boost::no_property, boost::vecS>;

namespace detail {
struct GraphStorage;

// Hashes and compares nodes by their ids, and ids given as text, so that the id index is a set of
// 4-byte node ids rather than a second copy of every id.
struct NodeIdHash {
  using is_transparent = void;
  const GraphStorage* storage = nullptr;
  std::size_t operator()(std::string_view id) const { return std::hash<std::string_view>{}(id); }
  std::size_t operator()(NodeId node) const;
};
struct NodeIdEqual {
  using is_transparent = void;
  const GraphStorage* storage = nullptr;
  // By id: a second node with an id already indexed is not inserted, so find() gives the first.
  bool operator()(NodeId a, NodeId b) const;
  bool operator()(std::string_view a, NodeId b) const;
  bool operator()(NodeId a, std::string_view b) const { return (*this)(b, a); }
};

struct GraphStorage {
  GraphStorage() : by_id(0, NodeIdHash{this}, NodeIdEqual{this}) {}
  GraphStorage(const GraphStorage& other)
      : graph(other.graph),
        events(other.events),
        entities(other.entities),
        event_nodes(other.event_nodes),
        entity_nodes(other.entity_nodes),
        derives(other.derives),
        implied_first(other.implied_first),
        affiliated(other.affiliated),
        roles(other.roles),
        by_id(0, NodeIdHash{this}, NodeIdEqual{this}) {}
  GraphStorage& operator=(const GraphStorage&) = delete;

  [[nodiscard]] const std::string& id(NodeId node) const {
    const VertexProperties& vertex = graph[node];
    return vertex.kind == NodeKind::event ? events[vertex.index].id : entities[vertex.index].id;
  }

  BoostGraph graph;
  std::vector<Event> events;
  std::vector<Entity> entities;
  std::vector<NodeId> event_nodes;
  std::vector<NodeId> entity_nodes;
  // Implied relations (EventGraph::derive_implied_relations): events[i]'s are ranked from
  // implied_first[i] on (its participants, then its place); the last entry is their count. The
  // entities in `affiliated` imply one each after them. A role's text is kept once in `roles`.
  bool derives = false;
  std::vector<std::uint32_t> implied_first;
  std::vector<NodeId> affiliated;
  std::map<std::string, std::shared_ptr<const RelationText>, std::less<>> roles;
  // The id index, built at the first EventGraph::find: loading and checking a file never looks an
  // id up here (the model stage has its own table), so a big file's ids are not hashed twice.
  mutable std::mutex index_mutex;
  mutable bool indexed = false;
  mutable std::unordered_set<NodeId, NodeIdHash, NodeIdEqual> by_id;
};

inline std::size_t NodeIdHash::operator()(NodeId node) const {
  return (*this)(std::string_view(storage->id(node)));
}
inline bool NodeIdEqual::operator()(NodeId a, NodeId b) const {
  return a == b || storage->id(a) == storage->id(b);
}
inline bool NodeIdEqual::operator()(std::string_view a, NodeId b) const {
  return a == storage->id(b);
}
}  // namespace detail

// The stored relations as edges: what the model keeps. Edge descriptors read Relation in place.
[[nodiscard]] inline const BoostGraph& boost_graph(const EventGraph& graph) {
  return graph.storage().graph;
}

// A copy with every relation as an edge, the implied ones after the stored ones (in
// EventGraph::relations() order): for algorithms that walk who took part in what.
[[nodiscard]] inline BoostGraph boost_graph_with_implied(const EventGraph& graph) {
  BoostGraph copy = graph.storage().graph;
  const std::size_t stored = graph.stored_relation_count();
  for (std::size_t k = stored; k < graph.relation_count(); ++k) {
    Relation relation = graph.relation(k);
    const NodeId from = relation.from;
    const NodeId to = relation.to;
    boost::add_edge(from, to, std::move(relation), copy);
  }
  return copy;
}

}  // namespace chronograph
