#pragma once
// Internal: the words the relationship graph shows: node labels and the tooltips of nodes and
// edges, as plain text (escaping for Graphviz happens where the text is set).

#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"
#include "render/common/event_text.hpp"
#include "render/common/graph_data.hpp"

namespace chronograph::detail::graph_view {

// Shared with the timeline view (src/render/common/event_text.hpp).
using detail::describe_bounds;
using detail::event_tooltip;
using detail::node_title;
using detail::text_lines;
inline std::string display_zone(const EventGraph& graph, const Event& event) {
  return event_display_zone(graph, event);
}

[[nodiscard]] std::string entity_tooltip(const EventGraph& graph, NodeId node, Language language);
[[nodiscard]] std::string relation_tooltip(const EventGraph& graph, const Relation& relation,
                                           Language language);
// "A → before (derived) → B" and where the order comes from, for a derived order edge.
[[nodiscard]] std::string derived_order_tooltip(const EventGraph& graph, const DerivedOrder& order,
                                                Language language);
// `text` broken into lines of at most `columns` display columns (Hangul and other wide characters
// count two), at spaces where there are any; after `max_lines` lines the rest is cut and the last
// line ends in "…". A long title would otherwise make one node thousands of points wide.
[[nodiscard]] std::vector<std::string> wrap_label(std::string_view text, std::size_t columns,
                                                  std::size_t max_lines);
// What an edge says on the drawing; empty for unlabelled edges.
[[nodiscard]] std::string relation_label(const Relation& relation);
// A merged edge (graph_edges): its first relation's label with " ×N" after the first line when it
// stands for N > 1 relations ("×N" alone for an unlabelled one), and its tooltip with a line
// saying how often it is stated and where first. Neither grows with N.
[[nodiscard]] std::string merged_label(const GraphEdge& edge);
[[nodiscard]] std::string merged_tooltip(const EventGraph& graph, const GraphEdge& edge,
                                         Language language);

}  // namespace chronograph::detail::graph_view
