// Every statement about time becomes one or more edges of the distance graph.

#include <algorithm>
#include <utility>

#include <fmt/format.h>

#include "chronograph/adapters/boost_graph.hpp"
#include "reason/huge_pages.hpp"
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

  // Events from index `dated` on have no stated start; note for each the first event with one
  // that a relation ties it to (collect_constraints numbers it next to that one).
  void note_relatives(std::uint32_t dated, std::vector<std::uint32_t>& relative) {
    dated_ = dated;
    relative_ = &relative;
  }

  void duration(Seconds min, Seconds max, NodeId node, std::uint32_t index) {
    const PointId start = start_point(index);
    const PointId end = end_point(index);
    add({start, end, {max, 0}, ConstraintKind::lasts_at_most, node});
    add({end, start, {-min, 0}, ConstraintKind::lasts_at_least, node});
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
    if (relative_ != nullptr) note_relative(*a_index, *b_index);
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

  void add(const Constraint& constraint) { network_.written.emplace_back(constraint); }

  void note_relative(std::uint32_t a, std::uint32_t b) {
    if (a >= dated_ && b < dated_ && (*relative_)[a - dated_] == no_index)
      (*relative_)[a - dated_] = b;
    if (b >= dated_ && a < dated_ && (*relative_)[b - dated_] == no_index)
      (*relative_)[b - dated_] = a;
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
  std::uint32_t dated_ = 0;
  std::vector<std::uint32_t>* relative_ = nullptr;
};

}  // namespace

Constraint NetworkData::constraint(ConstraintId id) const {
  const auto count = static_cast<ConstraintId>(events.size());
  if (id >= first_written()) return written[id - first_written()].unpacked();
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

namespace {

// Stable LSD radix sort of event indices by time key, 11 bits a pass; passes whose digit is the
// same for every key are skipped (keys of one document span a few decades at most). Same order as
// sorting (key, index) pairs, at a fraction of the cost for a million events.
struct Keyed {
  std::uint64_t key;  // minus the lowest key, so high digits are zero and their passes skipped
  std::uint32_t index;
  NodeId node;  // carried along (it fits the padding) rather than looked up in random order
};

std::vector<Keyed> order_by_key(const std::vector<Seconds>& keys,
                                const std::vector<NodeId>& nodes) {
  const std::size_t n = keys.size();
  std::vector<Keyed> items;
  std::vector<Keyed> scratch;
  assign_huge(items, n, Keyed{});
  assign_huge(scratch, n, Keyed{});
  const Seconds low = n == 0 ? 0 : *std::min_element(keys.begin(), keys.end());
  std::uint64_t all = 0;
  for (std::uint32_t k = 0; k < n; ++k) {
    items[k] = {static_cast<std::uint64_t>(keys[k]) - static_cast<std::uint64_t>(low), k, nodes[k]};
    all |= items[k].key;
  }
  constexpr unsigned digit_bits = 11;
  constexpr std::uint64_t digit_mask = (std::uint64_t{1} << digit_bits) - 1;
  std::vector<std::uint32_t> next(digit_mask + 1);
  for (unsigned shift = 0; shift < 64 && (all >> shift) != 0; shift += digit_bits) {
    std::fill(next.begin(), next.end(), 0);
    for (const Keyed& item : items) ++next[(item.key >> shift) & digit_mask];
    std::uint32_t sum = 0;
    for (std::uint32_t& slot : next) sum += std::exchange(slot, sum);
    for (const Keyed& item : items) scratch[next[(item.key >> shift) & digit_mask]++] = item;
    items.swap(scratch);
  }
  return items;
}

// Both loops below look up records in random order (events by time, nodes by id): fetching a
// few iterations ahead overlaps those cache misses instead of waiting on each.
constexpr std::size_t lookahead = 16;

struct StatedDuration {
  Seconds min;
  Seconds max;
};

// Old index → new for the events from `dated` on (indexed from there): they stay after every
// event with a stated start, but ordered by the index of their relative (then by their own), those
// with none last. Passes walking points in order then walk them in order too, as a second stream,
// and no event with a stated start moves. Empty when none has a relative.
std::vector<std::uint32_t> place_near_relatives(const std::vector<std::uint32_t>& relative,
                                                std::uint32_t dated) {
  // Counting sort by relative, those with none (no_index) counted at `dated`.
  std::vector<std::uint32_t> next(std::size_t{dated} + 2, 0);
  bool any = false;
  for (const std::uint32_t r : relative) {
    ++next[(r == no_index ? dated : r) + 1];
    any = any || r != no_index;
  }
  if (!any) return {};
  for (std::size_t i = 1; i < next.size(); ++i) next[i] += next[i - 1];
  std::vector<std::uint32_t> new_index(relative.size());
  for (std::size_t u = 0; u < relative.size(); ++u)
    new_index[u] = dated + next[relative[u] == no_index ? dated : relative[u]]++;
  return new_index;
}

// Moves event u ≥ dated to new_index[u − dated]: its node, its lookup entry and the endpoints of
// the constraints written so far (stated bounds are not written yet).
void renumber(NetworkData& network, std::uint32_t dated,
              const std::vector<std::uint32_t>& new_index) {
  const std::vector<NodeId> moving(network.events.begin() + dated, network.events.end());
  for (std::size_t u = 0; u < moving.size(); ++u) {
    network.events[new_index[u]] = moving[u];
    network.event_index[moving[u]] = new_index[u];
  }
  const PointId first_moved = start_point(dated);
  const auto moved = [&](PointId point) {
    if (point < first_moved) return point;
    const std::uint32_t index = new_index[event_of_point(point) - dated];
    return is_start(point) ? start_point(index) : end_point(index);
  };
  for (WrittenConstraint& c : network.written) {
    c.from = moved(c.from);
    c.to = moved(c.to);
  }
}

}  // namespace

void collect_constraints(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics,
                         Numbering numbering) {
  // Points are numbered in order of stated time, not file order: statements mostly relate events
  // close in time, so propagation then walks memory nearly in sequence (large graphs are bound by
  // cache misses, not arithmetic).
  // The storage keeps events (800-byte records) in file order beside their node ids: read what
  // time says in that order, once, into small arrays, and number points from those (reading the
  // records themselves in time order, even fetched ahead, was slower: a TLB miss each).
  const detail::GraphStorage& storage = graph.storage();
  const std::vector<Event>& stored = storage.events;
  const std::size_t count = stored.size();
  std::vector<Seconds> keys;
  std::vector<Bounds> stated;  // file order: start, end
  assign_huge(keys, count, Seconds{0});
  assign_huge(stated, 2 * count, Bounds{});
  std::vector<std::uint32_t> duration_of;  // file order → index into durations, once any exists
  std::vector<StatedDuration> durations;
  for (std::uint32_t k = 0; k < count; ++k) {
    const Event& event = stored[k];
    const Bounds& start = event.stated_start;
    keys[k] = start.earliest > unbounded_past ? start.earliest : start.latest;
    stated[2 * k] = start;
    stated[2 * k + 1] = event.stated_end;
    if (!event.duration) continue;
    if (duration_of.empty()) duration_of.assign(count, no_index);
    duration_of[k] = static_cast<std::uint32_t>(durations.size());
    durations.push_back({event.duration->min, event.duration->max});
  }
  const std::vector<Keyed> by_time = order_by_key(keys, storage.event_nodes);
  assign_huge(network.events, count, NodeId{0});
  assign_huge(network.event_index, graph.node_count(), no_index);
  assign_huge(network.stated, 2 * count, Bounds{});
  network.written.clear();
  // Most relations give one or two inequalities; a gap or `equals` more (the vector then grows).
  reserve_huge(network.written, 2 * graph.relation_count() + 2 * durations.size());

  Collector collector(network, diagnostics);
  // Events with no stated start have the largest key, unbounded_future: they come last.
  auto dated = static_cast<std::uint32_t>(count);
  while (dated > 0 && keys[by_time[dated - 1].index] == unbounded_future) --dated;
  std::vector<std::uint32_t> relative;
  network.numbering = Numbering::stated_time;
  if (numbering == Numbering::near_relatives && dated > 0 && dated < count) {
    relative.assign(count - dated, no_index);
    collector.note_relatives(dated, relative);
  }
  for (std::uint32_t i = 0; i < count; ++i) {
    if (i + lookahead < count)
      __builtin_prefetch(&network.event_index[by_time[i + lookahead].node], 1);
    const std::uint32_t k = by_time[i].index;
    const NodeId node = by_time[i].node;
    network.events[i] = node;
    network.event_index[node] = i;
    if (!duration_of.empty() && duration_of[k] != no_index)
      collector.duration(durations[duration_of[k]].min, durations[duration_of[k]].max, node, i);
  }

  // Relations in file order without copying them (EventGraph::relations() copies every one). A
  // bidirectional adjacency_list lists its edges in insertion order, and the model keeps them in a
  // vector, so this reads the relations in sequence.
  const BoostGraph& boost = boost_graph(graph);
  auto [it, end] = boost::edges(boost);
  auto ahead = it;
  for (std::size_t step = 0; step < lookahead && ahead != end; ++step) ++ahead;
  for (; it != end; ++it) {
    if (ahead != end) {
      const Relation& later = boost[*ahead];
      if (later.from < network.event_index.size())
        __builtin_prefetch(&network.event_index[later.from]);
      if (later.to < network.event_index.size()) __builtin_prefetch(&network.event_index[later.to]);
      ++ahead;
    }
    collector.relation(graph, boost[*it]);
  }
  std::vector<std::uint32_t> new_index;
  if (!relative.empty()) new_index = place_near_relatives(relative, dated);
  if (!new_index.empty()) {
    renumber(network, dated, new_index);
    network.numbering = Numbering::near_relatives;
  }
  for (std::uint32_t i = 0; i < count; ++i) {
    if (i + lookahead < count) __builtin_prefetch(&stated[2 * by_time[i + lookahead].index]);
    const std::uint32_t k = by_time[i].index;
    const std::uint32_t j = new_index.empty() || i < dated ? i : new_index[i - dated];
    network.stated[start_point(j) - 1] = stated[2 * k];
    network.stated[end_point(j) - 1] = stated[2 * k + 1];
  }
  network.disabled.clear();
  network.any_disabled = false;
}

namespace {

// Counting sort of the arcs by source point: stable, so each point's arcs keep constraint order.
// Written constraints come in file order, so their sources are scattered over the point arrays:
// both passes fetch the counters (and then the arc slots) of constraints a few steps ahead.
void fill_forward(const NetworkData& network, DistanceGraph& graph) {
  const auto count = static_cast<ConstraintId>(network.events.size());
  const std::size_t points = network.point_count();
  const std::vector<WrittenConstraint>& written = network.written;
  const std::size_t total = written.size();
  // begin[p] first counts row p, then marks its end, then (filled back to front, so each row
  // still ends up in constraint order) its start: no second cursor array.
  std::vector<std::uint32_t>& begin = graph.begin;
  assign_huge(begin, points + 1, std::uint32_t{0});
  // Every event's "start ≤ end" (end → start, weight 0), then the written constraints.
  for (std::uint32_t i = 0; i < count; ++i) ++begin[end_point(i)];
  for (std::size_t i = 0; i < total; ++i) {
    if (i + lookahead < total) __builtin_prefetch(&begin[written[i + lookahead].from], 1);
    ++begin[written[i].from];
  }
  for (std::size_t p = 1; p < points; ++p) begin[p] += begin[p - 1];
  begin[points] = points == 0 ? 0 : begin[points - 1];
  assign_huge(graph.arcs, begin[points], Arc{});
  const ConstraintId first = network.first_written();
  for (std::size_t i = total; i-- > 0;) {
    if (i >= 2 * lookahead) __builtin_prefetch(&begin[written[i - 2 * lookahead].from], 1);
    if (i >= lookahead) {
      const std::uint32_t slot = begin[written[i - lookahead].from];
      if (slot > 0) __builtin_prefetch(graph.arcs.data() + (slot - 1), 1);
    }
    const WrittenConstraint& c = written[i];
    graph.arcs[--begin[c.from]] = {
        c.seconds, c.to,
        (first + static_cast<ConstraintId>(i)) << 1 | static_cast<std::uint32_t>(c.strict != 0)};
  }
  for (std::uint32_t i = count; i-- > 0;)
    graph.arcs[--begin[end_point(i)]] = {0, start_point(i), (4 * count + i) << 1};
}

// The reverse graph from the forward one (16-byte arcs in point order) rather than from the
// 48-byte constraints in file order. Each row is then re-sorted by constraint id (rows hold a
// handful of arcs) so relaxation order, and with it the parent chosen on ties, stays as before.
void transpose(const DistanceGraph& forward, DistanceGraph& backward) {
  const std::size_t points = forward.point_count();
  const std::vector<Arc>& arcs = forward.arcs;
  const std::size_t total = arcs.size();
  backward.begin.assign(points + 1, 0);
  for (std::size_t i = 0; i < total; ++i) {
    if (i + lookahead < total)
      __builtin_prefetch(&backward.begin[1 + arcs[i + lookahead].target], 1);
    ++backward.begin[1 + arcs[i].target];
  }
  for (std::size_t p = 0; p < points; ++p) backward.begin[p + 1] += backward.begin[p];
  backward.arcs.resize(total);
  std::vector<std::uint32_t> next(backward.begin.begin(), backward.begin.end() - 1);
  PointId from = 0;
  for (std::size_t i = 0; i < total; ++i) {
    if (i + 2 * lookahead < total) __builtin_prefetch(&next[arcs[i + 2 * lookahead].target], 1);
    if (i + lookahead < total)
      __builtin_prefetch(&backward.arcs[next[arcs[i + lookahead].target]], 1);
    while (forward.begin[from + 1] <= i) ++from;
    const Arc& arc = arcs[i];
    backward.arcs[next[arc.target]++] = {arc.seconds, from, arc.tagged};
  }
  // Rows hold a handful of arcs: insertion sort, no call per row.
  for (std::size_t p = 0; p < points; ++p) {
    Arc* const row = backward.arcs.data() + backward.begin[p];
    Arc* const row_end = backward.arcs.data() + backward.begin[p + 1];
    for (Arc* at = row + 1; at < row_end; ++at) {
      const Arc moving = *at;
      Arc* hole = at;
      for (; hole > row && hole[-1].tagged > moving.tagged; --hole) *hole = hole[-1];
      *hole = moving;
    }
  }
}

}  // namespace

void build_distance_graphs(NetworkData& network) {
  fill_forward(network, network.forward);
  network.backward = {};
}

void build_reversed_graph(NetworkData& network) {
  if (network.backward.begin.empty()) transpose(network.forward, network.backward);
}

}  // namespace chronograph::detail
