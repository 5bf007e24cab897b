#pragma once
// Internal: the first round of solving, while no constraint is set aside, in one depth-first pass
// over the forward graph. Tarjan's algorithm completes components sinks first, which is the order
// in which earliest bounds (distances to the origin) settle, so each component's earliest bounds
// are pulled from its out-arcs the moment it completes: no reversed graph, no second pass.
// Results equal those of strong_components_of + cycle_inside_components + propagate(backward),
// shortest-path parents included (see docs/reasoning.md for the tie rule that makes it so).

#include "reason/propagate.hpp"

namespace chronograph::detail {

// Fills `components` and the distances to the origin. Returns false when some component holds a
// cycle below zero; the caller then solves in general rounds, which find and report it.
[[nodiscard]] bool components_and_earliest(const NetworkData& network, Components& components,
                                           Propagation& backward);

}  // namespace chronograph::detail
