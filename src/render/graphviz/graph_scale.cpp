#include "render/graphviz/graph_scale.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <utility>

namespace chronograph::detail {

namespace {

bool is_event(const EventGraph& graph, NodeId node) {
  return graph.kind(node) == NodeKind::event;
}

// Per node: the one event every edge of an entity joins it to; `many` once a second end shows up.
constexpr NodeId none = static_cast<NodeId>(-1);
constexpr NodeId many = static_cast<NodeId>(-2);

void touch(const EventGraph& graph, std::vector<NodeId>& other, NodeId entity, NodeId end) {
  if (is_event(graph, entity)) return;
  NodeId& seen = other[entity];
  if (end == entity || !is_event(graph, end)) {
    seen = many;
  } else if (seen == none) {
    seen = end;
  } else if (seen != end) {
    seen = many;
  }
}

bool is_membership(const GraphEdge& edge) {
  return edge.relation && edge.relation->implied &&
         edge.relation->type == RelationType::affiliated_with;
}

std::string plural(std::size_t count, std::string_view one, std::string_view more) {
  return fmt::format("{} {}", count, count == 1 ? one : more);
}

bool stronger(const EntityLink& a, const EntityLink& b) {
  if (a.events != b.events) return a.events > b.events;
  return std::pair(a.first, a.second) < std::pair(b.first, b.second);
}

// Keeps every entity's strongest link, then the strongest of the rest up to `limit` in all (most
// events first, then by ids), in (first, second) order. By strength alone, 250 actors sharing
// hundreds of events took every line and the 400 towns of an ACLED-style file (a dozen shared
// with each actor) stood in a grid, linked to nobody.
void keep_strongest(std::vector<EntityLink>& links, std::size_t limit, std::size_t nodes) {
  if (links.size() > limit) {
    constexpr std::size_t no_link = static_cast<std::size_t>(-1);
    std::vector<std::size_t> best(nodes, no_link);
    for (std::size_t i = 0; i < links.size(); ++i)
      for (const NodeId end : {links[i].first, links[i].second})
        if (best[end] == no_link || stronger(links[i], links[best[end]])) best[end] = i;
    std::vector<bool> own(links.size(), false);
    for (const std::size_t i : best)
      if (i != no_link) own[i] = true;
    std::vector<EntityLink> kept;
    std::vector<EntityLink> rest;
    for (std::size_t i = 0; i < links.size(); ++i) (own[i] ? kept : rest).push_back(links[i]);
    const std::size_t room = limit > kept.size() ? limit - kept.size() : 0;
    if (rest.size() > room) {
      std::nth_element(rest.begin(), rest.begin() + static_cast<std::ptrdiff_t>(room), rest.end(),
                       stronger);
      rest.resize(room);
    }
    kept.insert(kept.end(), rest.begin(), rest.end());
    links = std::move(kept);
  }
  std::sort(links.begin(), links.end(), [](const EntityLink& a, const EntityLink& b) {
    return std::pair(a.first, a.second) < std::pair(b.first, b.second);
  });
}

}  // namespace

std::string_view choose_engine(GraphShape shape) {
  if (shape.ranked) {
    return shape.nodes <= dot_max_nodes && shape.edges <= dot_max_edges ? "dot" : "sfdp";
  }
  return shape.nodes <= neato_max_nodes ? "neato" : "sfdp";
}

Folding fold_entities(const EventGraph& graph, std::span<const GraphEdge> edges, FoldRule rule) {
  const std::size_t nodes = graph.node_count();
  std::vector<NodeId> other(nodes, none);
  for (const GraphEdge& edge : edges) {
    // The organisation's side still counts: an organisation with members never folds.
    if (rule != FoldRule::framed || !is_membership(edge)) touch(graph, other, edge.from, edge.to);
    touch(graph, other, edge.to, edge.from);
  }
  Folding folding;
  folding.into.resize(nodes);
  folding.folded.resize(nodes);
  for (const NodeId entity : graph.entities()) {
    if (other[entity] == none || other[entity] == many) continue;
    folding.into[entity] = other[entity];
    folding.folded[other[entity]].push_back(entity);
    ++folding.count;
  }
  for (const GraphEdge& edge : edges)
    if (folding.into[edge.from] || folding.into[edge.to]) ++folding.edges;
  return folding;
}

EntityAggregate aggregate_entities(const EventGraph& graph, std::span<const GraphEdge> edges) {
  const std::size_t nodes = graph.node_count();
  EntityAggregate out;
  out.events_of.resize(nodes);
  out.sample_events.resize(nodes);
  out.entities = graph.entities().size();
  std::vector<std::vector<NodeId>> touching(nodes);  // per event: its entities
  for (const GraphEdge& edge : edges) {
    const bool from_event = is_event(graph, edge.from);
    const bool to_event = is_event(graph, edge.to);
    if (from_event && to_event) {
      ++out.left_out;
    } else if (from_event) {
      touching[edge.from].push_back(edge.to);
    } else if (to_event) {
      touching[edge.to].push_back(edge.from);
    } else {
      out.relations.push_back(edge);
    }
  }
  std::map<std::pair<NodeId, NodeId>, std::size_t> shared;
  for (const NodeId event : graph.events()) {
    std::vector<NodeId>& entities = touching[event];
    std::sort(entities.begin(), entities.end());
    entities.erase(std::unique(entities.begin(), entities.end()), entities.end());
    if (entities.empty()) ++out.events_alone;
    for (const NodeId entity : entities) {
      ++out.events_of[entity];
      if (out.sample_events[entity].size() < 3) out.sample_events[entity].push_back(event);
    }
    if (entities.size() > crowded_event_entities) {
      ++out.crowded;
      continue;
    }
    for (std::size_t i = 0; i < entities.size(); ++i)
      for (std::size_t j = i + 1; j < entities.size(); ++j) ++shared[{entities[i], entities[j]}];
  }
  out.pairs = shared.size();
  out.links.reserve(shared.size());
  for (const auto& [pair, events] : shared) out.links.push_back({pair.first, pair.second, events});
  keep_strongest(out.links, links_per_entity * out.entities, nodes);
  for (const EntityLink& link : out.links) {
    out.weakest = out.weakest == 0 ? link.events : std::min(out.weakest, link.events);
    out.strongest = std::max(out.strongest, link.events);
  }
  return out;
}

GraphPlan plan_graph(const EventGraph& graph, std::span<const GraphEdge> edges) {
  GraphPlan plan;
  const GraphShape whole{graph.node_count(), edges.size()};
  if (choose_engine(whole) == "dot") {
    plan.folding = fold_entities(graph, edges, FoldRule::framed);
    if (plan.folding.count > 0) plan.drawing = GraphDrawing::framed;
    return plan;
  }
  plan.folding = fold_entities(graph, edges);
  const GraphShape folded{whole.nodes - plan.folding.count, whole.edges - plan.folding.edges};
  if (folded.nodes <= event_graph_max_nodes && folded.edges <= event_graph_max_edges) {
    plan.drawing = plan.folding.count > 0 ? GraphDrawing::folded : GraphDrawing::everything;
    plan.engine = choose_engine(folded);
    return plan;
  }
  plan.folding = {};
  plan.drawing = GraphDrawing::entities;
  plan.entities = aggregate_entities(graph, edges);
  plan.engine = choose_engine(
      {plan.entities.entities, plan.entities.links.size() + plan.entities.relations.size(), false});
  return plan;
}

std::vector<std::string> scale_caption(const GraphPlan& plan, const EventGraph& graph) {
  std::vector<std::string> lines;
  if (plan.drawing == GraphDrawing::folded) {
    lines.push_back(fmt::format(
        "Folded: {} in only one event each, named in that event's box (after \"+\") and "
        "tooltip, not drawn on their own.",
        plural(plan.folding.count, "entity", "entities")));
  }
  if (plan.drawing != GraphDrawing::entities) return lines;
  const EntityAggregate& aggregate = plan.entities;
  lines.push_back(
      fmt::format("Aggregated: {} drawn as the {} they involve, each with its number of events.",
                  plural(graph.events().size(), "event", "events"),
                  plural(aggregate.entities, "entity", "entities")));
  if (aggregate.pairs > 0) {
    lines.push_back(fmt::format(
        "A line joins two entities that share events, thicker the more they share: {} of {} "
        "pairs, each entity's strongest and the strongest of the rest (sharing {} to {} "
        "events).",
        aggregate.links.size(), aggregate.pairs, aggregate.weakest, aggregate.strongest));
  }
  std::string rest = fmt::format(
      "Not drawn: {} between events (see the timeline view)",
      plural(aggregate.left_out, "relation or derived order", "relations and derived orders"));
  if (aggregate.events_alone > 0)
    rest += fmt::format(", {} with no entity", plural(aggregate.events_alone, "event", "events"));
  if (aggregate.crowded > 0)
    rest += fmt::format(", the pairs of {} with over {} entities",
                        plural(aggregate.crowded, "event", "events"), crowded_event_entities);
  lines.push_back(rest + ".");
  return lines;
}

}  // namespace chronograph::detail
