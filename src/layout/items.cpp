#include "layout/items.hpp"

#include <algorithm>
#include <array>
#include <numeric>
#include <optional>

namespace chronograph::detail {

namespace {

bool any_finite(const Bounds& b) {
  return finite(b.earliest) || finite(b.latest);
}

std::optional<Item> make_item(const Event& event, NodeId node, std::size_t file_index) {
  // The reason stage fills start/end; before it has run, fall back to what the file stated.
  Bounds start = event.start;
  Bounds end = event.end;
  if (!any_finite(start) && !any_finite(end)) {
    start = any_finite(event.stated_start) ? event.stated_start : event.when.start;
    end = any_finite(event.stated_end) ? event.stated_end : event.when.end;
  }
  const std::array values{start.earliest, start.latest, end.earliest, end.latest};
  Seconds lo = unbounded_future;
  Seconds hi = unbounded_past;
  for (const Seconds value : values)
    if (finite(value)) {
      lo = std::min(lo, value);
      hi = std::max(hi, value);
    }
  if (lo > hi) return std::nullopt;
  const auto clamp = [&](Seconds value) { return std::clamp(value, lo, hi); };
  Item item;
  item.node = node;
  item.file_index = file_index;
  item.start_earliest = clamp(start.earliest);
  item.end_latest = clamp(end.latest);
  item.start_latest = std::clamp(clamp(start.latest), item.start_earliest, item.end_latest);
  item.end_earliest = std::clamp(clamp(end.earliest), item.start_earliest, item.end_latest);
  item.span = {lo, hi, !finite(start.earliest), !finite(end.latest)};
  return item;
}

}  // namespace

bool finite(Seconds instant) {
  return instant > unbounded_past && instant < unbounded_future;
}

std::vector<Item> collect_items(const EventGraph& graph, std::string_view view,
                                Diagnostics& diagnostics) {
  std::vector<Item> items;
  for (std::size_t i = 0; i < graph.events().size(); ++i) {
    const NodeId node = graph.events()[i];
    const Event& event = graph.event(node);
    if (auto item = make_item(event, node, i)) {
      items.push_back(*item);
    } else {
      diagnostics.push_back(
          make_warning(event.when_range.file.empty() ? event.range : event.when_range,
                       "event '" + event.id + "' has no finite time bound; it is left out of " +
                           std::string(view)));
    }
  }
  return items;
}

void clip_open_ends(std::vector<Item>& items, const Axis& axis) {
  const auto segment_holding = [&](Seconds instant) {
    const auto it = std::lower_bound(axis.segments.begin(), axis.segments.end(), instant,
                                     [](const TimeSegment& s, Seconds t) { return s.end < t; });
    return it == axis.segments.end() ? axis.segments.back() : *it;
  };
  for (Item& item : items) {
    if (item.span.open_before) item.start_earliest = segment_holding(item.span.lo).begin;
    if (item.span.open_after) item.end_latest = segment_holding(item.span.hi).end;
  }
}

std::vector<std::size_t> time_order(const std::vector<Item>& items) {
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair{items[a].span.lo, items[a].span.hi} <
           std::pair{items[b].span.lo, items[b].span.hi};
  });
  return order;
}

}  // namespace chronograph::detail
