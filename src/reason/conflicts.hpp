#pragma once
// Internal: a cycle of constraints below zero, told as one error with a note per statement.

#include <vector>

#include "reason/describe.hpp"

namespace chronograph::detail {

// Rotates the cycle to start at the origin when it passes through it (so the notes read as a
// chain from a stated time), else at its lowest constraint id (the earliest statement).
[[nodiscard]] std::vector<ConstraintId> rotate_cycle(const NetworkData& network,
                                                     std::vector<ConstraintId> cycle);

// Drops detours: when a shorter cycle below zero uses a subset of these points and constraints
// between them, returns that instead. Cheap: looks only at constraints among the cycle's points.
[[nodiscard]] std::vector<ConstraintId> shorten_cycle(const NetworkData& network,
                                                      std::vector<ConstraintId> cycle);

[[nodiscard]] Diagnostic conflict_diagnostic(const EventGraph& graph, const NetworkData& network,
                                             const RelationIndex& relations,
                                             const std::vector<ConstraintId>& cycle);

}  // namespace chronograph::detail
