#pragma once
// Internal: what the relationship graph's nodes and edges mean, as named text values, for the
// formats programs read (DOT attributes, GraphML data, GEXF attvalues). One list, so the three
// formats carry the same names and values; docs/graph.md ("Attributes") is the contract.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chronograph/graph.hpp"
#include "chronograph/reason.hpp"

namespace chronograph::detail {

struct DataField {
  std::string_view name;
  std::string value;
};

// Every node attribute name, in the order node_data gives them.
[[nodiscard]] std::span<const std::string_view> node_data_names();

// The node's attributes that have a value, in node_data_names() order: id, kind (an entity's kind,
// or "event"), and for events status and the reasoned bounds as ISO 8601 instants in the event's
// display zone (an open bound is left out); the title or name as written (`title` when written
// without a language, `title_ko`, `title_en`). Values are unescaped text on one line: invalid
// UTF-8 and characters XML 1.0 forbids become U+FFFD, tabs and line breaks spaces.
[[nodiscard]] std::vector<DataField> node_data(const EventGraph& graph, NodeId node);

// The `label` GraphML and GEXF give a node: its title or name in `language` (node_title), on one
// line like the values above.
[[nodiscard]] std::string node_data_label(const EventGraph& graph, NodeId node, Language language);

// Edge attribute `type`: the relation's type name ("before", "participant", …).
[[nodiscard]] std::string_view edge_type(const Relation& relation);
// Edge attribute `type` of an order the reasoner derived and no statement gives.
inline constexpr std::string_view derived_edge_type = "derived";

// The derived order the graph shows: `before` between neighbours in time that no relation links
// in either direction (a relation that links them is where the order came from); where two
// neighbours overlap, the later one's arrow comes from the nearest of the 8 events before it that
// is necessarily earlier, and the earlier one's goes to the nearest necessarily later of the 8
// after it, so the chain of time is not cut where two events share a day.
[[nodiscard]] std::vector<DerivedOrder> shown_derived_order(const EventGraph& graph,
                                                            const ReasonReport& report);

// One edge of the relationship graph: the relations with the same (from, to, type) merged, or one
// order the reasoner derived. Every format draws or writes these (docs/graph.md, "Edges").
struct GraphEdge {
  NodeId from = 0;
  NodeId to = 0;
  std::string_view type;                 // edge_type(), or derived_edge_type
  std::size_t count = 1;                 // how many relations it stands for
  std::vector<std::uint32_t> sequences;  // theirs (Relation::sequence), in file order
  std::optional<Relation> relation;      // the first of them in file order; empty for derived order
  std::optional<DerivedOrder> order;     // the derived order, for derived edges
};

// The model's relations merged by (from, to, type), in the order of each group's first relation,
// then (with a report) shown_derived_order. O(relations · log relations).
[[nodiscard]] std::vector<GraphEdge> graph_edges(const EventGraph& graph,
                                                 const ReasonReport* report);

// Every edge attribute name, in the order edge_data gives them.
[[nodiscard]] std::span<const std::string_view> edge_data_names();

// The edge's attributes that have a value: `type`, and `count` when it stands for more than one
// relation (absent means one).
[[nodiscard]] std::vector<DataField> edge_data(const GraphEdge& edge);

}  // namespace chronograph::detail
