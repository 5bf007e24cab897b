#pragma once
// Internal: what necessarily holds between two time points of a solved network.

#include "reason/network.hpp"

namespace chronograph::detail {

// An upper bound on the shortest distance from `from` to `to` (so to − from ≤ result): through the
// origin using the tight bounds, and along a short search that leaves the origin out. Infinite
// when neither finds a path. Exact whenever the bounds or a short chain decide.
[[nodiscard]] Weight distance_bound(const NetworkData& network, PointId from, PointId to);

[[nodiscard]] Order derive_order(const NetworkData& network, std::uint32_t a, std::uint32_t b);

}  // namespace chronograph::detail
