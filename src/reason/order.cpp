#include "reason/order.hpp"

#include <algorithm>
#include <utility>

namespace chronograph::detail {

namespace {

// How many points the local search may settle before it gives up with what it has.
constexpr std::size_t search_budget = 48;

Weight through_origin(const NetworkData& network, PointId from, PointId to) {
  if (network.to_origin.empty()) return Weight::infinite();
  const Weight up = network.to_origin[from];
  const Weight down = network.from_origin[to];
  if (up.is_infinite() || down.is_infinite()) return Weight::infinite();
  return up + down;
}

// Label-correcting search from `from` over at most `search_budget` points, origin excluded.
Weight local_search(const NetworkData& network, PointId from, PointId to) {
  std::vector<std::pair<PointId, Weight>> labels{{from, {0, 0}}};
  std::vector<std::size_t> queue{0};
  std::size_t pops = 0;
  while (!queue.empty() && pops < search_budget * 4) {
    const std::size_t slot = queue.front();
    queue.erase(queue.begin());
    ++pops;
    const auto [u, base] = labels[slot];
    for (auto [it, end] = boost::out_edges(u, network.forward); it != end; ++it) {
      const EdgeData& edge = network.forward[*it];
      const PointId v = boost::target(*it, network.forward);
      if (v == origin_point || network.disabled[edge.constraint]) continue;
      const Weight candidate = base + Weight{edge.seconds, edge.strict ? 1 : 0};
      auto found = std::find_if(labels.begin(), labels.end(),
                                [v](const auto& label) { return label.first == v; });
      if (found == labels.end()) {
        if (labels.size() >= search_budget) continue;
        labels.emplace_back(v, candidate);
        queue.push_back(labels.size() - 1);
      } else if (candidate < found->second) {
        found->second = candidate;
        const auto index = static_cast<std::size_t>(found - labels.begin());
        if (std::find(queue.begin(), queue.end(), index) == queue.end()) queue.push_back(index);
      }
    }
  }
  for (const auto& [point, weight] : labels)
    if (point == to) return weight;
  return Weight::infinite();
}

// x ≤ y for every solution: the tightest known bound on x − y is at most zero.
bool never_after(const NetworkData& network, PointId x, PointId y) {
  const Weight bound = distance_bound(network, y, x);
  return !bound.is_infinite() && bound.seconds <= 0;
}
// x < y for every solution.
bool always_before(const NetworkData& network, PointId x, PointId y) {
  const Weight bound = distance_bound(network, y, x);
  return !bound.is_infinite() && bound.below_zero();
}

}  // namespace

Weight distance_bound(const NetworkData& network, PointId from, PointId to) {
  const Weight via_origin = through_origin(network, from, to);
  if (!via_origin.is_infinite() && via_origin.below_zero()) return via_origin;
  const Weight local = local_search(network, from, to);
  return local < via_origin ? local : via_origin;
}

Order derive_order(const NetworkData& network, std::uint32_t a, std::uint32_t b) {
  if (a == b || network.to_origin.empty()) return Order::unknown;
  if (never_after(network, end_point(a), start_point(b))) return Order::before;
  if (never_after(network, end_point(b), start_point(a))) return Order::after;
  if (always_before(network, start_point(a), end_point(b)) &&
      always_before(network, start_point(b), end_point(a)))
    return Order::overlaps;
  return Order::unknown;
}

}  // namespace chronograph::detail
