#pragma once
// Internal: shortest paths over the distance graph, split by strongly connected components.
// Each component is settled in topological order of the condensation with a FIFO queue
// (Bellman-Ford with a queue) warm-started from the stated bounds, so on the nearly acyclic graphs
// that time lines make almost every edge is relaxed once. Contradictions are cycles below zero:
// either inside one component (found by a check of each component on its own) or through the
// origin (a point forced later than its stated earliest time allows).

#include <memory>
#include <optional>
#include <span>
#include <vector>

#include "reason/network.hpp"

namespace chronograph::detail {

struct Components {
  std::vector<std::uint32_t> of;     // point → component; edges run from higher to lower ids
  std::vector<std::uint32_t> begin;  // component c's points are members[begin[c] .. begin[c+1])
  std::vector<PointId> members;
  // Components that can hold a cycle, ascending: two or more points, or one with a loop.
  std::vector<std::uint32_t> cyclic;
};

struct Propagation {
  std::vector<Weight> distance;
  std::vector<ConstraintId> parent;  // constraint that last improved the point, or no_index
};

[[nodiscard]] Components strong_components_of(const NetworkData& network);

// Point-sized work arrays of the cycle check, allocated on the first component that needs them.
struct CycleScratch {
  std::unique_ptr<Weight[]> distance;
  std::unique_ptr<ConstraintId[]> parent;
  std::unique_ptr<std::uint32_t[]> walk;
  std::unique_ptr<char[]> queued;
  std::vector<PointId> queue;
};

// A cycle below zero among the points of component c (its list of members must be complete).
[[nodiscard]] std::optional<std::vector<ConstraintId>> cycle_in_component(
    const NetworkData& network, const Components& components, std::uint32_t c,
    CycleScratch& scratch);

// A cycle below zero among the points of one component, ignoring the origin.
[[nodiscard]] std::optional<std::vector<ConstraintId>> cycle_inside_components(
    const NetworkData& network, const Components& components);

// Which of several equally short paths becomes a point's parent (the chain explanations show).
enum class Ties {
  // Independent of point numbering: among the stated bound and the arcs from other components
  // that reach the final distance, the smallest constraint id; inside a component only strict
  // improvements count, its queue started in stable_order(). The first round uses this.
  smallest_constraint,
  // The first push that reaches the final distance, components and points in numbering order:
  // kept for the rounds after a contradiction, so conflict diagnostics stay as they were.
  first_push,
};

// Distances from the origin (backward = false: latest bounds) or to it (true: minus earliest
// bounds). Requires that no component holds a cycle below zero.
void propagate(const NetworkData& network, const Components& components, bool backward,
               Propagation& result, Ties ties);

// The points of one component in an order that does not depend on point numbering: by event
// node id, start before end.
void stable_order(const NetworkData& network, std::span<const PointId> members,
                  std::vector<PointId>& ordered);

// After propagate(forward): a point whose latest bound falls below its stated earliest closes a
// cycle through the origin. Returns that cycle, starting with the constraint out of the origin.
[[nodiscard]] std::optional<std::vector<ConstraintId>> cycle_through_origin(
    const NetworkData& network, const Propagation& forward);

}  // namespace chronograph::detail
