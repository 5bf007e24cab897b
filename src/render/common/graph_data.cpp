#include "render/common/graph_data.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <tuple>
#include <utility>

#include "render/common/event_text.hpp"
#include "render/common/xml_text.hpp"

namespace chronograph::detail {

namespace {

constexpr std::array<std::string_view, 12> node_names{
    "id",           "kind",         "status",     "start", "end",      "start_earliest",
    "start_latest", "end_earliest", "end_latest", "title", "title_ko", "title_en"};

// Valid UTF-8 on one line: XML readers turn a line break in an attribute value into a space and
// DOT readers drop a backslash before one, so every format carries the value the same way only
// without them.
std::string one_line(std::string_view text) {
  std::string out = xml_safe(text);
  std::replace_if(
      out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

void add(std::vector<DataField>& fields, std::string_view name, std::string_view value) {
  if (!value.empty()) fields.push_back({name, one_line(value)});
}

void add_text(std::vector<DataField>& fields, const Text& text) {
  add(fields, "title", text.plain);
  add(fields, "title_ko", text.ko());
  add(fields, "title_en", text.en());
}

constexpr std::array<std::string_view, 2> edge_names{"type", "count"};

}  // namespace

std::span<const std::string_view> node_data_names() {
  return node_names;
}

std::vector<DataField> node_data(const EventGraph& graph, NodeId node) {
  std::vector<DataField> fields;
  add(fields, "id", graph.id(node));
  if (graph.kind(node) == NodeKind::entity) {
    const Entity& entity = graph.entity(node);
    add(fields, "kind", to_string(entity.kind));
    add_text(fields, entity.name);
    return fields;
  }
  const Event& event = graph.event(node);
  const std::string zone = event_display_zone(graph, event);
  add(fields, "kind", "event");
  add(fields, "status", to_string(event.status));
  // `start`/`end` are the widest span the event can occupy (what a timeline filter wants); the
  // four bounds say how well each end is known. format_instant gives "" for an open bound.
  add(fields, "start", format_instant(event.start.earliest, zone));
  add(fields, "end", format_instant(event.end.latest, zone));
  add(fields, "start_earliest", format_instant(event.start.earliest, zone));
  add(fields, "start_latest", format_instant(event.start.latest, zone));
  add(fields, "end_earliest", format_instant(event.end.earliest, zone));
  add(fields, "end_latest", format_instant(event.end.latest, zone));
  add_text(fields, event.title);
  return fields;
}

std::string node_data_label(const EventGraph& graph, NodeId node, Language language) {
  return one_line(node_title(graph, node, language));
}

std::string_view edge_type(const Relation& relation) {
  return to_string(relation.type);
}

std::vector<DerivedOrder> shown_derived_order(const EventGraph& graph, const ReasonReport& report) {
  std::set<std::pair<NodeId, NodeId>> linked;
  for (const Relation& relation : graph.stored_relations())  // the implied end in an entity
    linked.insert(std::minmax(relation.from, relation.to));
  std::vector<DerivedOrder> shown;
  const auto show = [&](const DerivedOrder& order) {
    if (!linked.contains(std::minmax(order.first, order.second))) shown.push_back(order);
  };
  // Neighbours in time that overlap (two events of one day) break the chain of `before`s: the
  // later one would have no predecessor and the earlier no successor, and dot would draw them
  // days away from their place. Each gets the nearest event necessarily before (after) it
  // instead, looked for among the few events around it so the work stays linear.
  constexpr std::size_t look_back = 8;
  for (std::size_t i = 0; i < report.neighbours.size(); ++i) {
    const DerivedOrder& next = report.neighbours[i];
    if (next.order == Order::before) {
      show(next);
      continue;
    }
    if (!report.network) continue;
    for (std::size_t back = 1; back <= look_back && back <= i; ++back) {
      const NodeId earlier = report.chronological[i - back];
      if (report.network->order(earlier, next.second) == Order::before) {
        show({earlier, next.second, Order::before});
        break;
      }
    }
    // And the earlier one, which has no successor now, an arrow to the nearest event after it.
    const std::size_t events = report.chronological.size();
    for (std::size_t ahead = 2; ahead <= look_back && i + ahead < events; ++ahead) {
      const NodeId later = report.chronological[i + ahead];
      if (report.network->order(next.first, later) == Order::before) {
        show({next.first, later, Order::before});
        break;
      }
    }
  }
  return shown;
}

std::vector<GraphEdge> graph_edges(const EventGraph& graph, const ReasonReport* report) {
  std::vector<GraphEdge> edges;
  std::map<std::tuple<NodeId, NodeId, RelationType>, std::size_t> group;
  for (const Relation& relation : graph.relations()) {
    const auto [found, added] =
        group.try_emplace({relation.from, relation.to, relation.type}, edges.size());
    if (!added) {
      ++edges[found->second].count;
      edges[found->second].sequences.push_back(relation.sequence);
      continue;
    }
    GraphEdge& edge = edges.emplace_back();
    edge.from = relation.from;
    edge.to = relation.to;
    edge.type = edge_type(relation);
    edge.sequences.push_back(relation.sequence);
    edge.relation = relation;
  }
  if (report == nullptr) return edges;
  for (const DerivedOrder& order : shown_derived_order(graph, *report)) {
    GraphEdge& edge = edges.emplace_back();
    edge.from = order.first;
    edge.to = order.second;
    edge.type = derived_edge_type;
    edge.order = order;
  }
  return edges;
}

std::span<const std::string_view> edge_data_names() {
  return edge_names;
}

std::vector<DataField> edge_data(const GraphEdge& edge) {
  std::vector<DataField> fields;
  add(fields, "type", edge.type);
  if (edge.count > 1) add(fields, "count", std::to_string(edge.count));
  return fields;
}

}  // namespace chronograph::detail
