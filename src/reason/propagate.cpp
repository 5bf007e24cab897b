#include "reason/propagate.hpp"

#include <algorithm>

namespace chronograph::detail {

namespace {

PointId tail_of(const NetworkData& network, ConstraintId id, bool backward) {
  const Constraint& c = network.constraints[id];
  return backward ? c.to : c.from;
}

// A cycle among parent pointers is a cycle of total weight below zero (every pointer was set by a
// strict improvement), so finding one proves a contradiction. O(points).
std::optional<std::vector<ConstraintId>> parent_cycle(const NetworkData& network, bool backward,
                                                      const Propagation& result) {
  const std::size_t n = result.parent.size();
  std::vector<std::uint32_t> walk(n, no_index);  // which walk first reached the point
  for (PointId first = 0; first < n; ++first) {
    PointId point = first;
    while (walk[point] == no_index) {
      walk[point] = first;
      if (result.parent[point] == no_index) break;
      point = tail_of(network, result.parent[point], backward);
    }
    if (walk[point] != first || result.parent[point] == no_index) continue;
    // `point` was reached twice by this walk: it lies on the cycle.
    std::vector<ConstraintId> cycle;
    PointId at = point;
    do {
      cycle.push_back(result.parent[at]);
      at = tail_of(network, result.parent[at], backward);
    } while (at != point);
    // Parent walks run against forward edges; against reversed ones they already run forward.
    if (!backward) std::reverse(cycle.begin(), cycle.end());
    return cycle;
  }
  return std::nullopt;
}

}  // namespace

std::optional<std::vector<ConstraintId>> propagate(const DistanceGraph& graph,
                                                   const NetworkData& network, bool backward,
                                                   const std::vector<PointId>& sources,
                                                   const std::vector<char>& allowed,
                                                   Propagation& result) {
  const std::size_t n = boost::num_vertices(graph);
  result.distance.assign(n, Weight::infinite());
  result.parent.assign(n, no_index);
  if (n == 0) return std::nullopt;

  // FIFO ring: a point is queued at most once at a time, so n slots suffice.
  std::vector<PointId> queue(n);
  std::vector<char> queued(n, 0);
  std::size_t head = 0;
  std::size_t size = 0;
  const auto push = [&](PointId point) {
    queue[(head + size) % n] = point;
    ++size;
    queued[point] = 1;
  };
  for (PointId source : sources) {
    result.distance[source] = {0, 0};
    if (!queued[source]) push(source);
  }

  const bool restricted = !allowed.empty();
  const std::vector<char>& disabled = network.disabled;
  std::size_t relaxations = 0;
  std::size_t next_check = n;
  while (size > 0) {
    const PointId u = queue[head];
    head = (head + 1) % n;
    --size;
    queued[u] = 0;
    const Weight base = result.distance[u];
    for (auto [it, end] = boost::out_edges(u, graph); it != end; ++it) {
      const EdgeData& edge = graph[*it];
      if (disabled[edge.constraint]) continue;
      const PointId v = boost::target(*it, graph);
      if (restricted && !allowed[v]) continue;
      const Weight candidate = base + Weight{edge.seconds, edge.strict ? 1 : 0};
      if (!(candidate < result.distance[v])) continue;
      result.distance[v] = candidate;
      result.parent[v] = edge.constraint;
      if (!queued[v]) push(v);
      // Checking the parent graph once per n improvements keeps detection amortised O(1).
      if (++relaxations >= next_check) {
        next_check += n;
        if (auto cycle = parent_cycle(network, backward, result)) return cycle;
      }
    }
  }
  return std::nullopt;
}

}  // namespace chronograph::detail
