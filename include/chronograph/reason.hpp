#pragma once
// Reason stage: orders events and checks that what the file states about time can all hold.

#include <vector>

#include "chronograph/diagnostic.hpp"
#include "chronograph/graph.hpp"

namespace chronograph {

enum class Order { before, after, overlaps, unknown };

struct DerivedOrder {
  NodeId first = 0;
  NodeId second = 0;
  Order order = Order::unknown;  // of `first` relative to `second`
};

struct ReasonReport {
  std::vector<NodeId> chronological;  // events by earliest start, then latest end, then file order
  std::vector<DerivedOrder> neighbours;  // order of each event relative to the next in `chronological`
  Diagnostics diagnostics;
};

// Reason stage entry. Tightens Event::start / Event::end in place and reports contradictions.
[[nodiscard]] ReasonReport reason(EventGraph& graph);

}  // namespace chronograph
