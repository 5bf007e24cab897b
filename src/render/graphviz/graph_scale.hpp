#pragma once
// Internal: how the relationship graph is drawn at its size (docs/graph.md, "Size"). A small graph
// is drawn whole and laid out by `dot`. A larger one folds the entities that touch only one event
// into that event, and is laid out by `dot` if that made it small, else by `sfdp`. Beyond what an
// event graph can show, the events are aggregated into the entity-level graph: entities as nodes,
// a line between two entities that share events, with the count. No Graphviz here: the plan is
// data, drawn by graph_view.cpp.

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph.hpp"
#include "render/common/graph_data.hpp"

namespace chronograph::detail {

// What would be drawn: nodes and (merged) edges, and whether it is the event graph (directed,
// ranked along time) or the entity graph (symmetric: entities that share events).
struct GraphShape {
  std::size_t nodes = 0;
  std::size_t edges = 0;
  bool ranked = true;
};

// `dot` ranks a directed graph and routes its edges well, but its crossing minimisation and spline
// routing grow far faster than the graph: the 1000-event benchmark (1290 nodes, 6 500 edges) did
// not finish in 300 s. Measured limits and reasons: docs/graph.md, "Size".
inline constexpr std::size_t dot_max_nodes = 300;
inline constexpr std::size_t dot_max_edges = 900;
// `neato` (stress majorisation, quadratic in the nodes) lays a symmetric graph out best; `sfdp`
// (multilevel force-directed) is the one that scales.
inline constexpr std::size_t neato_max_nodes = 500;
// Above either, an event graph is aggregated into the entity graph.
inline constexpr std::size_t event_graph_max_nodes = 2500;
inline constexpr std::size_t event_graph_max_edges = 12000;
// The entity graph draws at most this many links per entity (the strongest), so that 10 000
// events among 300 entities give a readable picture rather than every one of 30 000 pairs.
inline constexpr std::size_t links_per_entity = 4;
// An event with more entities than this adds no links: its pairs are quadratic in them.
inline constexpr std::size_t crowded_event_entities = 32;

// dot for a ranked graph within dot's limits, neato for a small symmetric one, else sfdp.
[[nodiscard]] std::string_view choose_engine(GraphShape shape);

// everything: each node on its own. framed: within dot's limits, the entities of only one event
// drawn inside a frame around that event, still nodes (the DOT keeps every node for programs).
// folded: beyond them, those entities written on the event's box instead of drawn. entities: the
// entity-level graph.
enum class GraphDrawing { everything, framed, folded, entities };

// An entity folds into an event when every relation it has (participant, place, stated) joins it to
// that one event: no other event, no other entity, no members. `strict` also wants no affiliation:
// the folded drawing drops the node, so nothing else may hang on it. `framed` lets the entity's own
// membership of an organisation stay: the framed drawing keeps the node and names the organisation
// in its label.
enum class FoldRule { strict, framed };
struct Folding {
  std::vector<std::optional<NodeId>> into;  // per node: the event an entity folds into
  std::vector<std::vector<NodeId>> folded;  // per node: for an event, its folded entities
  std::size_t count = 0;                    // entities folded
  std::size_t edges = 0;                    // edges that only joined them to their event
};
[[nodiscard]] Folding fold_entities(const EventGraph& graph, std::span<const GraphEdge> edges,
                                    FoldRule rule = FoldRule::strict);

// Two entities (first < second) and how many events both touch.
struct EntityLink {
  NodeId first = 0;
  NodeId second = 0;
  std::size_t events = 0;
};

struct EntityAggregate {
  std::vector<std::size_t> events_of;              // per node: how many events an entity touches
  std::vector<std::vector<NodeId>> sample_events;  // per node: the first three of them
  std::vector<EntityLink> links;                   // drawn: the strongest, in (first, second) order
  std::vector<GraphEdge> relations;                // between two entities, as in the event graph
  std::size_t pairs = 0;                           // entity pairs that share an event
  std::size_t events_alone = 0;                    // events that touch no entity
  std::size_t crowded = 0;    // events with more than crowded_event_entities entities
  std::size_t left_out = 0;   // edges between events (stated, implied or derived)
  std::size_t entities = 0;   // entity nodes
  std::size_t weakest = 0;    // fewest events a drawn link stands for
  std::size_t strongest = 0;  // most events a drawn link stands for
};
[[nodiscard]] EntityAggregate aggregate_entities(const EventGraph& graph,
                                                 std::span<const GraphEdge> edges);

struct GraphPlan {
  GraphDrawing drawing = GraphDrawing::everything;
  std::string_view engine = "dot";
  Folding folding;           // applied when drawing == framed or folded
  EntityAggregate entities;  // filled when drawing == entities
};

// The drawing and engine for `edges` (graph_edges of `graph`). O(nodes + edges · log edges).
[[nodiscard]] GraphPlan plan_graph(const EventGraph& graph, std::span<const GraphEdge> edges);

// What the picture folds or aggregates, in words, one sentence a line; empty when it draws
// everything. The graph's caption, and the note render_graph_svg/dot return.
[[nodiscard]] std::vector<std::string> scale_caption(const GraphPlan& plan,
                                                     const EventGraph& graph);

}  // namespace chronograph::detail
