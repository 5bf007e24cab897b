#pragma once
// Internal: single-source shortest paths over the distance graph with a FIFO queue (Bellman-Ford
// with a queue, "SPFA"), warm-started so that most points are relaxed once, and detection of
// contradictions as cycles of the shortest-path tree.

#include <optional>
#include <vector>

#include "reason/network.hpp"

namespace chronograph::detail {

struct Propagation {
  std::vector<Weight> distance;
  std::vector<ConstraintId> parent;  // constraint that last improved the point, or no_index
};

// Shortest distances in `graph` from the points in `sources` (each starting at distance zero),
// relaxing only into points where `allowed` is set (all when empty) and skipping disabled
// constraints. `tail` names the constraint's other end as seen from `graph` (from for forward,
// to for backward). Returns the constraints of a cycle below zero when there is one.
[[nodiscard]] std::optional<std::vector<ConstraintId>> propagate(
    const DistanceGraph& graph, const NetworkData& network, bool backward,
    const std::vector<PointId>& sources, const std::vector<char>& allowed, Propagation& result);

}  // namespace chronograph::detail
