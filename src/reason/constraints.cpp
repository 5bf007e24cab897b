// Every statement about time becomes one or more edges of the distance graph.

#include <utility>

#include <fmt/format.h>

#include "chronograph/adapters/boost_graph.hpp"
#include "reason/network.hpp"

namespace chronograph::detail {

namespace {

struct Endpoints {
  PointId start;
  PointId end;
};

class Collector {
 public:
  Collector(NetworkData& network, Diagnostics& diagnostics)
      : network_(network), diagnostics_(diagnostics) {}

  void event(const Event& event, NodeId node, std::uint32_t index) {
    const PointId start = start_point(index);
    const PointId end = end_point(index);
    bound(start, event.stated_start, ConstraintKind::start_not_before,
          ConstraintKind::start_not_after, node);
    bound(end, event.stated_end, ConstraintKind::end_not_before, ConstraintKind::end_not_after,
          node);
    add({end, start, {0, 0}, ConstraintKind::start_before_end, node});
    if (event.duration) {
      add({start, end, {event.duration->max, 0}, ConstraintKind::lasts_at_most, node});
      add({end, start, {-event.duration->min, 0}, ConstraintKind::lasts_at_least, node});
    }
  }

  void relation(const EventGraph& graph, const Relation& relation) {
    const bool temporal = is_temporal(relation.type);
    const bool structural =
        relation.type == RelationType::part_of || relation.type == RelationType::causes;
    if (!temporal && !structural) return;
    const auto a_index = network_.index_of(relation.from);
    const auto b_index = network_.index_of(relation.to);
    if (!a_index || !b_index) {
      // Entities have no time of their own; a temporal claim about one says nothing usable.
      if (temporal)
        diagnostics_.push_back(make_warning(
            relation.range, fmt::format("'{}' relates times of events; '{}' is not an event, so "
                                        "this relation is ignored",
                                        to_string(relation.type), describe_node(graph, relation))));
      return;
    }
    current_ = &relation;
    const Endpoints a{start_point(*a_index), end_point(*a_index)};
    const Endpoints b{start_point(*b_index), end_point(*b_index)};
    endpoints(relation.type, a, b);
    if (relation.gap) gap(relation, a, b);
    current_ = nullptr;
  }

 private:
  static std::string describe_node(const EventGraph& graph, const Relation& relation) {
    return graph.kind(relation.from) == NodeKind::event ? graph.id(relation.to)
                                                        : graph.id(relation.from);
  }

  void add(Constraint constraint) { network_.constraints.push_back(constraint); }

  void bound(PointId point, const Bounds& bounds, ConstraintKind not_before,
             ConstraintKind not_after, NodeId node) {
    // Open bounds stay open: no edge at all rather than a huge weight.
    if (bounds.latest < unbounded_future)
      add({origin_point, point, {bounds.latest, 0}, not_after, node});
    if (bounds.earliest > unbounded_past)
      add({point, origin_point, {-bounds.earliest, 0}, not_before, node});
  }

  // `earlier` < `later` (strict) or ≤: the edge later → earlier of weight 0.
  void precedes(PointId earlier, PointId later, bool strict) {
    add({later,
         earlier,
         {0, strict ? 1 : 0},
         ConstraintKind::relation,
         current_->from,
         current_->to,
         current_->sequence,
         current_->type});
  }
  void same(PointId x, PointId y) {
    precedes(x, y, false);
    precedes(y, x, false);
  }

  void endpoints(RelationType type, Endpoints a, Endpoints b) {
    switch (type) {
      case RelationType::before:
        return precedes(a.end, b.start, true);
      case RelationType::after:
        return precedes(b.end, a.start, true);
      case RelationType::meets:
        return same(a.end, b.start);
      case RelationType::met_by:
        return same(b.end, a.start);
      case RelationType::overlaps:
        return overlaps(a, b);
      case RelationType::overlapped_by:
        return overlaps(b, a);
      case RelationType::during:
        return inside(a, b, true);
      case RelationType::contains:
        return inside(b, a, true);
      case RelationType::starts:
        return starts(a, b);
      case RelationType::started_by:
        return starts(b, a);
      case RelationType::finishes:
        return finishes(a, b);
      case RelationType::finished_by:
        return finishes(b, a);
      case RelationType::equals:
        same(a.start, b.start);
        return same(a.end, b.end);
      case RelationType::includes:
        return inside(b, a, false);
      case RelationType::is_included:
      case RelationType::part_of:
        return inside(a, b, false);
      case RelationType::causes:
        return precedes(a.start, b.start, false);
      default:
        return;
    }
  }
  void overlaps(Endpoints a, Endpoints b) {
    precedes(a.start, b.start, true);
    precedes(b.start, a.end, true);
    precedes(a.end, b.end, true);
  }
  void inside(Endpoints inner, Endpoints outer, bool strict) {
    precedes(outer.start, inner.start, strict);
    precedes(inner.end, outer.end, strict);
  }
  void starts(Endpoints a, Endpoints b) {
    same(a.start, b.start);
    precedes(a.end, b.end, true);
  }
  void finishes(Endpoints a, Endpoints b) {
    same(a.end, b.end);
    precedes(b.start, a.start, true);
  }

  // The gap is the time from the earlier point to the later one that the relation orders:
  // a.end → b.start for before, b.end → a.start for after, a.start → b.start for causes.
  void gap(const Relation& relation, Endpoints a, Endpoints b) {
    PointId earlier = 0;
    PointId later = 0;
    switch (relation.type) {
      case RelationType::before:
        earlier = a.end, later = b.start;
        break;
      case RelationType::after:
        earlier = b.end, later = a.start;
        break;
      case RelationType::causes:
        earlier = a.start, later = b.start;
        break;
      default:
        diagnostics_.push_back(make_warning(
            relation.range,
            fmt::format("a gap is only meaningful for 'before', 'after' and 'causes'; the "
                        "gap of this '{}' relation is ignored",
                        to_string(relation.type))));
        return;
    }
    const DurationSpec& gap = *relation.gap;
    add({earlier,
         later,
         {gap.max, 0},
         ConstraintKind::gap_at_most,
         relation.from,
         relation.to,
         relation.sequence,
         relation.type});
    // A zero minimum adds nothing beyond the relation's own (possibly strict) order.
    if (gap.min != 0)
      add({later,
           earlier,
           {-gap.min, 0},
           ConstraintKind::gap_at_least,
           relation.from,
           relation.to,
           relation.sequence,
           relation.type});
  }

  NetworkData& network_;
  Diagnostics& diagnostics_;
  const Relation* current_ = nullptr;
};

}  // namespace

void collect_constraints(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics) {
  const auto events = graph.events();
  network.events.assign(events.begin(), events.end());
  network.event_index.assign(graph.node_count(), no_index);
  for (std::uint32_t i = 0; i < network.events.size(); ++i)
    network.event_index[network.events[i]] = i;
  network.constraints.clear();
  network.constraints.reserve(network.events.size() * 6 + graph.relation_count() * 2);

  Collector collector(network, diagnostics);
  for (std::uint32_t i = 0; i < network.events.size(); ++i)
    collector.event(graph.event(network.events[i]), network.events[i], i);

  // Relations in file order without copying them (EventGraph::relations() copies every one).
  const BoostGraph& boost = boost_graph(graph);
  std::vector<const Relation*> in_order(boost::num_edges(boost), nullptr);
  for (auto [it, end] = boost::edges(boost); it != end; ++it) {
    const Relation& relation = boost[*it];
    if (relation.sequence < in_order.size()) in_order[relation.sequence] = &relation;
  }
  for (const Relation* relation : in_order)
    if (relation != nullptr) collector.relation(graph, *relation);
  network.disabled.assign(network.constraints.size(), 0);
}

void build_distance_graphs(NetworkData& network) {
  const auto points = network.point_count();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> forward_edges;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> backward_edges;
  std::vector<EdgeData> data;
  forward_edges.reserve(network.constraints.size());
  backward_edges.reserve(network.constraints.size());
  data.reserve(network.constraints.size());
  for (ConstraintId id = 0; id < network.constraints.size(); ++id) {
    const Constraint& c = network.constraints[id];
    forward_edges.emplace_back(c.from, c.to);
    backward_edges.emplace_back(c.to, c.from);
    data.push_back({c.weight.seconds, id, c.weight.strict != 0});
  }
  network.forward = DistanceGraph(boost::edges_are_unsorted_multi_pass, forward_edges.begin(),
                                  forward_edges.end(), data.begin(), points);
  network.backward = DistanceGraph(boost::edges_are_unsorted_multi_pass, backward_edges.begin(),
                                   backward_edges.end(), data.begin(), points);
}

}  // namespace chronograph::detail
