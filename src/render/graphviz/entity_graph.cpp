// The entity-level graph: what the relationship graph draws when its events are too many to draw
// (graph_scale.hpp, docs/graph.md "Size"). Entities are the nodes, each with its number of events;
// a line joins two entities that share events, thicker the more they share; relations between
// entities are drawn as in the event graph.

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "render/common/graph_text.hpp"
#include "render/graphviz/graph_view.hpp"

namespace chronograph::detail {

namespace {

constexpr std::string_view link_colour = "#8fa3b8";

// Edge attribute `type` of a line between two entities that share events.
constexpr std::string_view shares_events_type = "shares-events";

std::string events_line(std::size_t count) {
  return fmt::format("{} {}", count, count == 1 ? "event" : "events");
}

std::string entity_events_tooltip(const EventGraph& graph, const EntityAggregate& aggregate,
                                  NodeId entity, Language language) {
  std::string out = graph_view::entity_tooltip(graph, entity, language);
  out += '\n';
  out += events_line(aggregate.events_of[entity]);
  const std::vector<NodeId>& sample = aggregate.sample_events[entity];
  for (std::size_t i = 0; i < sample.size(); ++i) {
    out += i == 0 ? ": " : "; ";
    out += graph_view::node_title(graph, sample[i], language);
  }
  if (aggregate.events_of[entity] > sample.size()) out += "; \u2026";
  return out;
}

// From 0.6 for the weakest drawn link to 5 for the strongest, on a log scale.
std::string pen_width(const EntityAggregate& aggregate, std::size_t events) {
  if (aggregate.strongest <= aggregate.weakest) return "1.5";
  const double share = std::log(static_cast<double>(events) / aggregate.weakest) /
                       std::log(static_cast<double>(aggregate.strongest) / aggregate.weakest);
  return fmt::format("{:.2f}", 0.6 + 4.4 * std::clamp(share, 0.0, 1.0));
}

}  // namespace

std::string entity_graph_dot(const EventGraph& graph, Language language, const GraphPlan& plan,
                             const std::vector<std::string>& caption, GraphViewWork& work) {
  const EntityAggregate& aggregate = plan.entities;
  DotGraph dot("chronograph");
  set_graph_defaults(dot, graph, language, caption);
  set_large_layout(dot, plan.engine);
  std::vector<DotGraph::Node> nodes(graph.node_count());
  for (const NodeId entity : graph.entities()) {
    ++work.nodes;
    const DotGraph::Node node = nodes[entity] = dot.add_node(graph.id(entity));
    set_node_data(dot, node, graph, entity);
    dot.set(node, "events", std::to_string(aggregate.events_of[entity]));
    std::vector<std::string> lines = label_lines(graph, entity, language);
    lines.push_back(events_line(aggregate.events_of[entity]));
    style_entity(dot, node, graph.entity(entity), lines);
    dot.set(node, "tooltip",
            escape_tooltip(entity_events_tooltip(graph, aggregate, entity, language)));
  }
  for (const EntityLink& link : aggregate.links) {
    ++work.edges;
    const DotGraph::Edge edge = dot.add_edge(nodes[link.first], nodes[link.second]);
    dot.set(edge, "type", shares_events_type);
    dot.set(edge, "count", std::to_string(link.events));
    dot.set(edge, "dir", "none");
    dot.set(edge, "color", link_colour);
    dot.set(edge, "penwidth", pen_width(aggregate, link.events));
    dot.set(edge, "tooltip",
            escape_tooltip(fmt::format(
                "{} \u2014 {}: {} together", graph_view::node_title(graph, link.first, language),
                graph_view::node_title(graph, link.second, language), events_line(link.events))));
  }
  for (const GraphEdge& merged : aggregate.relations) {
    ++work.edges;
    const DotGraph::Edge edge = dot.add_edge(nodes[merged.from], nodes[merged.to]);
    set_edge_data(dot, edge, merged);
    style_relation(dot, edge, *merged.relation);
    const std::string label = wrapped(graph_view::merged_label(merged));
    if (!label.empty()) dot.set(edge, "label", escape_label(label));
    dot.set(edge, "tooltip", escape_tooltip(graph_view::merged_tooltip(graph, merged, language)));
  }
  return dot.write();
}

}  // namespace chronograph::detail
