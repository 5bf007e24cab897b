#pragma once
// Internal: the words the relationship graph shows: node labels and the tooltips of nodes and
// edges, as plain text (escaping for Graphviz happens where the text is set).

#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph.hpp"

// A namespace of its own: the timeline renderer has an event_tooltip of the same signature.
namespace chronograph::detail::graph_view {

// The text in `language`, then the other language on a second line when it says something else.
[[nodiscard]] std::vector<std::string> text_lines(const Text& text, Language language);

// The zone an event's times are shown in: its own, else the document's, else UTC.
[[nodiscard]] std::string display_zone(const EventGraph& graph, const Event& event);

// "2024-01-26T09:00:00+09:00", "between … and …", "not before …", "not after …", "unknown".
[[nodiscard]] std::string describe_bounds(const Bounds& bounds, std::string_view zone);

[[nodiscard]] std::string event_tooltip(const EventGraph& graph, NodeId node, Language language);
[[nodiscard]] std::string entity_tooltip(const EventGraph& graph, NodeId node, Language language);
[[nodiscard]] std::string relation_tooltip(const EventGraph& graph, const Relation& relation,
                                           Language language);
// What an edge says on the drawing; empty for unlabelled edges.
[[nodiscard]] std::string relation_label(const Relation& relation);

// The first label line of a node, in `language`.
[[nodiscard]] std::string node_title(const EventGraph& graph, NodeId node, Language language);

}  // namespace chronograph::detail::graph_view
