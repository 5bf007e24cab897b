// The distance graph in compressed sparse rows, built straight from the relation ends and
// durations the network keeps (no list of constraint records in between: on large graphs writing
// and reading one back cost more than the counting sort itself).

#include <algorithm>

#include "reason/inequalities.hpp"
#include "reason/network.hpp"

namespace chronograph::detail {

namespace {

// Relations come in file order, so their points are scattered over the arrays: both passes fetch
// what the relation a few steps ahead will touch.
constexpr std::size_t lookahead = 16;

// Counting sort of the arcs by source point: each row ends up in constraint-id order.
void fill_forward(const NetworkData& network, DistanceGraph& graph) {
  const auto count = static_cast<std::uint32_t>(network.events.size());
  const std::size_t points = network.point_count();
  const std::vector<RelationEnds>& ends = network.relation_ends;
  const auto relations = static_cast<std::uint32_t>(ends.size());
  const bool durations = !network.durations.empty();
  // begin[p] first counts row p, then marks its end, then (filled back to front, so each row
  // ends up in id order) its start: no second cursor array.
  std::vector<std::uint32_t>& begin = graph.begin;
  begin.assign(points + 1, std::uint32_t{0});
  // The source points of relation r's arcs. (Prefetches issued from inside the listing loop were
  // dropped by GCC's -O2 as dead code; from a plain array they stay.)
  struct Sources {
    PointId point[NetworkData::inequalities_per_relation] = {};
    std::uint32_t count = 0;
  };
  const auto sources = [&](std::uint32_t r) {
    Sources found;
    const RelationEnds& e = ends[r];
    if (e.used())
      for_each_inequality(e.type, endpoints_of(e.a), endpoints_of(e.b), network.gap_of(e),
                          [&](PointId from, PointId, Weight, ConstraintKind) {
                            found.point[found.count++] = from;
                          });
    return found;
  };
  const auto touch = [&](std::uint32_t r) {
    const Sources found = sources(r);
    for (std::uint32_t k = 0; k < found.count; ++k) __builtin_prefetch(&begin[found.point[k]], 1);
  };
  // Every event's "start ≤ end" (end → start, weight 0), then durations, then relations.
  for (std::uint32_t i = 0; i < count; ++i) {
    ++begin[end_point(i)];
    if (durations && network.durations[i].given) ++begin[start_point(i)], ++begin[end_point(i)];
  }
  for (std::uint32_t r = 0; r < relations; ++r) {
    if (r + lookahead < relations) touch(r + lookahead);
    const RelationEnds& e = ends[r];
    if (!e.used()) continue;
    for_each_inequality(e.type, endpoints_of(e.a), endpoints_of(e.b), network.gap_of(e),
                        [&](PointId from, PointId, Weight, ConstraintKind) { ++begin[from]; });
  }
  for (const LinkEnds& link : network.links) ++begin[link.from()];
  for (std::size_t p = 1; p < points; ++p) begin[p] += begin[p - 1];
  begin[points] = points == 0 ? 0 : begin[points - 1];
  graph.arcs.assign(begin[points], Arc{});
  const auto place = [&](PointId from, PointId to, Weight weight, ConstraintId id) {
    graph.arcs[--begin[from]] = {weight.seconds, to,
                                 id << 1 | static_cast<std::uint32_t>(weight.strict != 0)};
  };
  // Where the relation a few steps ahead will write: the slot before each of its points' cursor.
  const auto slots = [&](std::uint32_t r) {
    const Sources found = sources(r);
    for (std::uint32_t k = 0; k < found.count; ++k)
      if (begin[found.point[k]] > 0)
        __builtin_prefetch(graph.arcs.data() + (begin[found.point[k]] - 1), 1);
  };
  for (auto j = static_cast<std::uint32_t>(network.links.size()); j-- > 0;) {
    const LinkEnds& link = network.links[j];
    place(link.from(), link.to(), link.weight(), network.first_link() + j);
  }
  for (std::uint32_t r = relations; r-- > 0;) {
    if (r >= 2 * lookahead) touch(r - 2 * lookahead);
    if (r >= lookahead) slots(r - lookahead);
    const RelationEnds& e = ends[r];
    if (!e.used()) continue;
    // Listed in id order, placed back to front: collect them first (at most four).
    struct Listed {
      PointId from;
      PointId to;
      Weight weight;
    };
    Listed listed[NetworkData::inequalities_per_relation];
    std::uint32_t k = 0;
    for_each_inequality(e.type, endpoints_of(e.a), endpoints_of(e.b), network.gap_of(e),
                        [&](PointId from, PointId to, Weight weight, ConstraintKind) {
                          listed[k++] = {from, to, weight};
                        });
    while (k-- > 0)
      place(listed[k].from, listed[k].to, listed[k].weight, network.relation_constraint(r, k));
  }
  for (std::uint32_t i = count; i-- > 0;) {
    if (durations && network.durations[i].given) {
      const StatedDuration& d = network.durations[i];
      place(end_point(i), start_point(i), {-d.min, 0}, network.first_duration() + 2 * i + 1);
      place(start_point(i), end_point(i), {d.max, 0}, network.first_duration() + 2 * i);
    }
    place(end_point(i), start_point(i), {0, 0}, 4 * count + i);
  }
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
