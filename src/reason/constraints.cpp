// Every statement about time becomes one or more edges of the distance graph.

#include <algorithm>
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
    network_.stated[start_point(index) - 1] = event.stated_start;
    network_.stated[end_point(index) - 1] = event.stated_end;
    if (event.duration) {
      const PointId start = start_point(index);
      const PointId end = end_point(index);
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

  void add(Constraint constraint) { network_.written.push_back(constraint); }

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

Constraint NetworkData::constraint(ConstraintId id) const {
  const auto count = static_cast<ConstraintId>(events.size());
  if (id >= first_written()) return written[id - first_written()];
  if (id >= 4 * count) {
    const std::uint32_t index = id - 4 * count;
    return {end_point(index),
            start_point(index),
            {0, 0},
            ConstraintKind::start_before_end,
            events[index]};
  }
  const PointId point = 1 + id / 2;
  const NodeId event = events[event_of_point(point)];
  const Bounds& bounds = stated[point - 1];
  if (id % 2 == 0)  // point − z ≤ latest
    return {origin_point,
            point,
            {bounds.latest, 0},
            is_start(point) ? ConstraintKind::start_not_after : ConstraintKind::end_not_after,
            event};
  // z − point ≤ −earliest
  return {point,
          origin_point,
          {-bounds.earliest, 0},
          is_start(point) ? ConstraintKind::start_not_before : ConstraintKind::end_not_before,
          event};
}

void collect_constraints(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics) {
  // Points are numbered in order of stated time, not file order: statements mostly relate events
  // close in time, so propagation then walks memory nearly in sequence (large graphs are bound by
  // cache misses, not arithmetic).
  // The storage keeps events in file order beside their node ids: read them in sequence rather
  // than through the vertex records.
  const detail::GraphStorage& storage = graph.storage();
  const std::vector<Event>& stored = storage.events;
  std::vector<std::pair<Seconds, std::uint32_t>> by_time;
  by_time.reserve(stored.size());
  for (std::uint32_t k = 0; k < stored.size(); ++k) {
    const Bounds& start = stored[k].stated_start;
    by_time.emplace_back(start.earliest > unbounded_past ? start.earliest : start.latest, k);
  }
  std::sort(by_time.begin(), by_time.end());
  network.events.resize(stored.size());
  network.event_index.assign(graph.node_count(), no_index);
  network.stated.assign(2 * stored.size(), Bounds{});
  network.written.clear();
  // Most relations give one or two inequalities; a gap or `equals` more (the vector then grows).
  network.written.reserve(2 * graph.relation_count() + 2 * stored.size());

  Collector collector(network, diagnostics);
  for (std::uint32_t i = 0; i < by_time.size(); ++i) {
    const std::uint32_t k = by_time[i].second;
    const NodeId node = storage.event_nodes[k];
    network.events[i] = node;
    network.event_index[node] = i;
    collector.event(stored[k], node, i);
  }

  // Relations in file order without copying them (EventGraph::relations() copies every one). A
  // bidirectional adjacency_list lists its edges in insertion order, and the model keeps them in a
  // vector, so this reads the relations in sequence.
  const BoostGraph& boost = boost_graph(graph);
  for (auto [it, end] = boost::edges(boost); it != end; ++it) collector.relation(graph, boost[*it]);
  network.disabled.assign(network.constraint_count(), 0);
  network.any_disabled = false;
}

namespace {

// Counting sort of the arcs by source point: stable, so each point's arcs keep constraint order.
void fill_forward(const NetworkData& network, DistanceGraph& graph) {
  const auto count = static_cast<ConstraintId>(network.events.size());
  const std::size_t points = network.point_count();
  graph.begin.assign(points + 1, 0);
  // Every event's "start ≤ end" (end → start, weight 0), then the written constraints.
  for (std::uint32_t i = 0; i < count; ++i) ++graph.begin[1 + end_point(i)];
  for (const Constraint& c : network.written) ++graph.begin[1 + c.from];
  for (std::size_t p = 0; p < points; ++p) graph.begin[p + 1] += graph.begin[p];
  graph.arcs.resize(graph.begin[points]);
  std::vector<std::uint32_t> next(graph.begin.begin(), graph.begin.end() - 1);
  for (std::uint32_t i = 0; i < count; ++i)
    graph.arcs[next[end_point(i)]++] = {0, start_point(i), (4 * count + i) << 1};
  ConstraintId id = network.first_written();
  for (const Constraint& c : network.written)
    graph.arcs[next[c.from]++] = {c.weight.seconds, c.to,
                                  id++ << 1 | static_cast<std::uint32_t>(c.weight.strict != 0)};
}

// The reverse graph from the forward one (16-byte arcs in point order) rather than from the
// 48-byte constraints in file order. Each row is then re-sorted by constraint id (rows hold a
// handful of arcs) so relaxation order, and with it the parent chosen on ties, stays as before.
void transpose(const DistanceGraph& forward, DistanceGraph& backward) {
  const std::size_t points = forward.point_count();
  backward.begin.assign(points + 1, 0);
  for (const Arc& arc : forward.arcs) ++backward.begin[1 + arc.target];
  for (std::size_t p = 0; p < points; ++p) backward.begin[p + 1] += backward.begin[p];
  backward.arcs.resize(forward.arcs.size());
  std::vector<std::uint32_t> next(backward.begin.begin(), backward.begin.end() - 1);
  for (PointId from = 0; from < points; ++from)
    for (const Arc& arc : forward.out(from))
      backward.arcs[next[arc.target]++] = {arc.seconds, from, arc.tagged};
  for (std::size_t p = 0; p < points; ++p) {
    Arc* row = backward.arcs.data() + backward.begin[p];
    Arc* const row_end = backward.arcs.data() + backward.begin[p + 1];
    if (row_end - row > 1)
      std::sort(row, row_end, [](const Arc& a, const Arc& b) { return a.tagged < b.tagged; });
  }
}

}  // namespace

void build_distance_graphs(NetworkData& network) {
  fill_forward(network, network.forward);
  transpose(network.forward, network.backward);
}

}  // namespace chronograph::detail
