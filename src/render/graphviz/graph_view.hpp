#pragma once
// Internal: the relationship graph (events, entities, typed edges, one cluster per organisation)
// as a Graphviz graph, drawn as its size allows (graph_scale.hpp). render_graph_dot writes it;
// render_graph_svg lays it out. See docs/graph.md.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"
#include "render/graphviz/graph_scale.hpp"
#include "render/graphviz/graph_style.hpp"

namespace chronograph::detail {

// What the builder handed to cgraph: nodes and edges added. Counted so that tests can show the
// work follows what is drawn, not how often a relation is repeated.
struct GraphViewWork {
  std::size_t nodes = 0;
  std::size_t edges = 0;
};

struct RelationshipGraph {
  // DOT text, not a DotGraph: cgraph would write the nodes of clusters inside them again (see
  // with_clusters in graph_view.cpp). Laid out by `engine`, which the text names too unless `dot`.
  std::string dot;
  std::string_view engine = "dot";
  GraphDrawing drawing = GraphDrawing::everything;
  std::vector<std::string> caption;  // what was folded or aggregated (scale_caption)
  GraphViewWork work;
};

// The graph as its size allows it to be drawn. With a report, the derived order it proves is drawn
// as faint dashed edges; without, not at all.
[[nodiscard]] RelationshipGraph relationship_graph(const EventGraph& graph, Language language,
                                                   const ReasonReport* report = nullptr);

// The entity-level graph of plan.drawing == entities (entity_graph.cpp).
[[nodiscard]] std::string entity_graph_dot(const EventGraph& graph, Language language,
                                           const GraphPlan& plan,
                                           const std::vector<std::string>& caption,
                                           GraphViewWork& work);

}  // namespace chronograph::detail
