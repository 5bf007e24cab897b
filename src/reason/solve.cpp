#include "reason/solve.hpp"

#include <algorithm>
#include <optional>

#include "reason/conflicts.hpp"
#include "reason/propagate.hpp"

namespace chronograph::detail {

namespace {

// Each contradiction costs a fresh propagation; past this many the file needs fixing anyway.
constexpr std::size_t most_conflicts_reported = 16;

// A cycle reachable from the origin shows up in the forward pass. Any other cycle lies wholly
// among points the origin never reaches (no stated time bounds them from above), so a second pass
// from all of those at distance zero, kept inside them, finds it.
std::optional<std::vector<ConstraintId>> find_cycle(NetworkData& network, Propagation& forward,
                                                    Propagation& backward) {
  if (auto cycle = propagate(network.forward, network, false, {origin_point}, {}, forward))
    return cycle;
  std::vector<char> unreached(forward.distance.size(), 0);
  std::vector<PointId> sources;
  for (PointId point = 0; point < forward.distance.size(); ++point)
    if (forward.distance[point].is_infinite()) {
      unreached[point] = 1;
      sources.push_back(point);
    }
  if (!sources.empty()) {
    Propagation loose;
    if (auto cycle = propagate(network.forward, network, false, sources, unreached, loose))
      return cycle;
  }
  return propagate(network.backward, network, true, {origin_point}, {}, backward);
}

}  // namespace

void solve(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics) {
  std::optional<RelationIndex> relations;  // built only when there is something to report
  for (std::size_t conflicts = 0;; ++conflicts) {
    Propagation forward;
    Propagation backward;
    auto cycle = find_cycle(network, forward, backward);
    if (!cycle) {
      network.from_origin = std::move(forward.distance);
      network.from_parent = std::move(forward.parent);
      network.to_origin = std::move(backward.distance);
      network.to_parent = std::move(backward.parent);
      return;
    }
    network.consistent = false;
    if (conflicts == most_conflicts_reported) {
      diagnostics.push_back(make_error(
          {}, "more statements about time contradict each other; fix the ones above first"));
      return;  // no bounds: the network is still contradictory
    }
    if (!relations) relations = index_relations(graph);
    const std::vector<ConstraintId> shortest =
        rotate_cycle(network, shorten_cycle(network, *cycle));
    diagnostics.push_back(conflict_diagnostic(graph, network, *relations, shortest));
    // Set aside the last statement of the cycle in constraint order: relations come after stated
    // times, so the times written on events are the last to be doubted.
    network.disabled[*std::max_element(shortest.begin(), shortest.end())] = 1;
  }
}

}  // namespace chronograph::detail
