#include "reason/order.hpp"

#include <array>
#include <utility>
#include <vector>

namespace chronograph::detail {

namespace {

// How many points the local search may label before it gives up with what it has.
constexpr std::size_t search_budget = 12;

bool proves(Weight bound, bool strict) {
  if (bound.is_infinite()) return false;
  return strict ? bound.below_zero() : bound.seconds <= 0;
}

Weight through_origin(const NetworkData& network, PointId from, PointId to) {
  if (network.to_origin.empty()) return Weight::infinite();
  const Weight up = network.to_origin[from];
  const Weight down = network.from_origin[to];
  if (up.is_infinite() || down.is_infinite()) return Weight::infinite();
  return up + down;
}

// Label-correcting search from `from` over at most `search_budget` points, stopping as soon as a
// path to `to` proves the order. Fixed buffers: it runs once per neighbour pair.
bool short_path_proves(const NetworkData& network, PointId from, PointId to, bool strict) {
  std::array<std::pair<PointId, Weight>, search_budget> labels{};
  std::array<std::size_t, search_budget * 4> queue{};
  std::size_t labelled = 1;
  std::size_t head = 0;
  std::size_t tail = 1;
  labels[0] = {from, {0, 0}};
  queue[0] = 0;
  while (head < tail) {
    const auto [u, base] = labels[queue[head++]];
    for (const Arc& arc : network.forward.out(u)) {
      if (network.is_disabled(arc.constraint())) continue;
      const PointId v = arc.target;
      const Weight candidate = base + arc.weight();
      if (v == to && proves(candidate, strict)) return true;
      std::size_t slot = 0;
      while (slot < labelled && labels[slot].first != v) ++slot;
      if (slot == labelled) {
        if (labelled == search_budget) continue;
        labels[labelled++] = {v, candidate};
      } else if (candidate < labels[slot].second) {
        labels[slot].second = candidate;
      } else {
        continue;
      }
      if (tail == queue.size()) return false;  // budget spent
      queue[tail++] = slot;
    }
  }
  return false;
}

// True when the solution `time` (point → its time, as a weight: seconds − k·ε) puts x after y,
// or, when strict, not before it: then no path can prove x ≤ y (x < y).
bool solution_refutes(const std::vector<Weight>& time, PointId x, PointId y, bool strict) {
  const Weight tx = time[x];
  const Weight ty = time[y];
  if (tx.is_infinite() || ty.is_infinite()) return false;
  return strict ? !(tx < ty) : ty < tx;
}

// x ≤ y (or x < y when strict) in every solution: some path y → x bounds x − y by zero.
bool necessarily(const NetworkData& network, PointId x, PointId y, bool strict) {
  // When the bounds already allow x after y, no chain can prove otherwise: skip the search.
  const Weight x_earliest = network.to_origin[x];
  const Weight y_latest = network.from_origin[y];
  if (!x_earliest.is_infinite() && !y_latest.is_infinite() &&
      -x_earliest.seconds > y_latest.seconds)
    return false;
  // Two whole solutions are at hand: every point at its latest time (the distances from the
  // origin), and every point at its earliest (minus the distances to it: x after y there when
  // x's distance to the origin is the smaller). Most neighbour pairs with overlapping bounds are
  // refuted by one of them, which saves the search.
  if (solution_refutes(network.from_origin, x, y, strict) ||
      solution_refutes(network.to_origin, y, x, strict))
    return false;
  return proves(through_origin(network, y, x), strict) || short_path_proves(network, y, x, strict);
}

}  // namespace

Order derive_order(const NetworkData& network, std::uint32_t a, std::uint32_t b) {
  if (a == b || network.to_origin.empty()) return Order::unknown;
  if (necessarily(network, end_point(a), start_point(b), false)) return Order::before;
  if (necessarily(network, end_point(b), start_point(a), false)) return Order::after;
  if (necessarily(network, start_point(a), end_point(b), true) &&
      necessarily(network, start_point(b), end_point(a), true))
    return Order::overlaps;
  return Order::unknown;
}

}  // namespace chronograph::detail
