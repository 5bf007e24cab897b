#pragma once
// Internal: tight bounds for every time point, setting aside one statement per contradiction.

#include "reason/describe.hpp"

namespace chronograph::detail {

// Fills the shortest-path trees of `network`; one error per independent contradiction found (up
// to a limit), each with the cycle of statements that cannot all hold, also as a Contradiction.
void solve(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics,
           std::vector<Contradiction>& contradictions);

}  // namespace chronograph::detail
