#pragma once
// Internal: the events a view can place on the time axis, with their four bounds made finite.

#include <string_view>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

[[nodiscard]] bool finite(Seconds instant);

// One event's four bounds, finite and ordered, with its span for the axis.
struct Item {
  NodeId node = 0;
  std::size_t file_index = 0;  // among the graph's events
  Seconds start_earliest = 0, start_latest = 0, end_earliest = 0, end_latest = 0;
  AxisSpan span;
};

// Events with at least one finite bound, in file order: Event::start / end as the reason stage
// left them, or the stated bounds when it has not run. Each event without one gets a warning
// saying it is left out of `view` ("the timeline").
[[nodiscard]] std::vector<Item> collect_items(const EventGraph& graph, std::string_view view,
                                              Diagnostics& diagnostics);

// An open end reaches to the edge of the axis: the event may have begun (or go on) anywhere
// beyond its finite bound, so it occupies everything the axis shows on that side.
void clip_open_ends(std::vector<Item>& items, const Axis& axis);

// Items by span (lo, then hi), ties in file order: indices into `items`.
[[nodiscard]] std::vector<std::size_t> time_order(const std::vector<Item>& items);

}  // namespace chronograph::detail
