#include <algorithm>
#include <numeric>

#include "chronograph/layout.hpp"

namespace chronograph {

bool intersects(const Box& a, const Box& b) {
  return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

std::vector<std::pair<std::size_t, std::size_t>> overlapping_pairs(std::span<const Box> boxes) {
  std::vector<std::size_t> order(boxes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return boxes[a].x < boxes[b].x; });
  std::vector<std::pair<std::size_t, std::size_t>> pairs;
  std::vector<std::size_t> active;  // boxes whose x range may still meet the sweep line
  for (const std::size_t current : order) {
    const Box& box = boxes[current];
    std::erase_if(active, [&](std::size_t other) { return boxes[other].right() <= box.x; });
    for (const std::size_t other : active)
      if (intersects(boxes[other], box))
        pairs.emplace_back(std::min(other, current), std::max(other, current));
    active.push_back(current);
  }
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

}  // namespace chronograph
