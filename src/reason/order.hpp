#pragma once
// Internal: what necessarily holds between two events of a solved network. Sound, not complete:
// an order is reported only when the tight bounds or a short chain of constraints prove it.

#include "reason/network.hpp"

namespace chronograph::detail {

[[nodiscard]] Order derive_order(const NetworkData& network, std::uint32_t a, std::uint32_t b);

}  // namespace chronograph::detail
