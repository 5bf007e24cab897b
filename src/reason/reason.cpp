// The reason stage: statements about time → distance graph → tight bounds, order, contradictions.

#include "chronograph/reason.hpp"

#include <algorithm>
#include <exception>
#include <future>
#include <tuple>

#include <fmt/format.h>

#include "base/background.hpp"
#include "chronograph/adapters/boost_graph.hpp"
#include "chronograph/limits.hpp"
#include "reason/network.hpp"
#include "reason/order.hpp"
#include "reason/solve.hpp"

namespace chronograph {

std::string_view to_string(Order order) {
  switch (order) {
    case Order::before:
      return "before";
    case Order::after:
      return "after";
    case Order::overlaps:
      return "overlaps";
    case Order::unknown:
      return "unknown";
  }
  return "unknown";
}

TemporalNetwork::TemporalNetwork(std::unique_ptr<detail::NetworkData> data)
    : data_(std::move(data)) {}
TemporalNetwork::~TemporalNetwork() = default;

Order TemporalNetwork::order(NodeId a, NodeId b) const {
  const auto ia = data_->index_of(a);
  const auto ib = data_->index_of(b);
  if (!ia || !ib) return Order::unknown;
  return detail::derive_order(*data_, *ia, *ib);
}

bool TemporalNetwork::consistent() const {
  return data_->consistent;
}

Order derived_order(const ReasonReport& report, NodeId a, NodeId b) {
  return report.network ? report.network->order(a, b) : Order::unknown;
}

namespace {

Seconds clamp_bound(Seconds value) {
  return std::clamp(value, unbounded_past, unbounded_future);
}

// Gaps can carry a derived bound past the supported years (docs/limits.md), where no calendar
// type can show it. Outward such a bound is dropped (open is weaker, still true); a bound that puts
// the whole event outside is reported by check_range instead.
Bounds within_range(Bounds bounds) {
  if (bounds.earliest < limits::min_instant) bounds.earliest = unbounded_past;
  if (bounds.latest > limits::max_instant) bounds.latest = unbounded_future;
  return bounds;
}

// Bounds are closed sets of instants, so a strict bound is written as its closure.
Bounds tight_bounds(const detail::NetworkData& network, detail::PointId point) {
  Bounds bounds;
  const detail::Weight latest = network.from_origin[point];
  const detail::Weight earliest = network.to_origin[point];
  if (!latest.is_infinite()) bounds.latest = clamp_bound(latest.seconds);
  if (!earliest.is_infinite()) bounds.earliest = clamp_bound(-earliest.seconds);
  return within_range(bounds);
}

// In the storage's (file) order: the 424-byte event records are then written in sequence, and the
// random reads go to the network's arrays, which are smaller.
void write_bounds(EventGraph& graph, const detail::NetworkData& network) {
  const bool solved = !network.to_origin.empty();
  detail::GraphStorage& storage = graph.storage();
  for (std::size_t k = 0; k < storage.events.size(); ++k) {
    Event& event = storage.events[k];
    if (!solved) {
      event.start = event.stated_start;
      event.end = event.stated_end;
      continue;
    }
    const std::uint32_t i = network.event_index[storage.event_nodes[k]];
    event.start = tight_bounds(network, detail::start_point(i));
    event.end = tight_bounds(network, detail::end_point(i));
  }
}

// An event that must start after the last supported instant, or end before the first, cannot be
// drawn or written; one error per such event, at the event.
void check_range(const EventGraph& graph, Diagnostics& diagnostics) {
  for (const Event& event : graph.storage().events) {
    const bool too_late =
        event.start.earliest > limits::max_instant && event.start.earliest < unbounded_future;
    const bool too_early =
        event.end.latest < limits::min_instant && event.end.latest > unbounded_past;
    if (!too_late && !too_early) continue;
    diagnostics.push_back(make_error(
        event.range, too_late ? fmt::format("{} would start after year {}, the last supported "
                                            "(see docs/limits.md)",
                                            event.id, limits::max_year)
                              : fmt::format("{} would end before year {}, the first supported "
                                            "(see docs/limits.md)",
                                            event.id, limits::min_year)));
  }
}

void order_events(const EventGraph& graph, const detail::NetworkData& network,
                  ReasonReport& report) {
  // Node ids of events grow in file order, so they break ties as the contract asks. Sorted by
  // value (keys and index together), not indices into a key array: a million comparisons each
  // reading two random keys cost more than moving 32-byte records.
  struct Keyed {
    Seconds earliest_start;
    Seconds latest_end;
    NodeId node;
    std::uint32_t index;
  };
  std::vector<Keyed> keys(network.events.size());
  // The keys are the bounds write_bounds() just stored; read them from the network's arrays (in
  // point order) rather than through each event's vertex record (random order).
  const bool solved = !network.to_origin.empty();
  for (std::uint32_t i = 0; i < keys.size(); ++i) {
    const NodeId node = network.events[i];
    if (solved) {
      keys[i] = {tight_bounds(network, detail::start_point(i)).earliest,
                 tight_bounds(network, detail::end_point(i)).latest, node, i};
      continue;
    }
    const Event& event = graph.event(node);
    keys[i] = {event.start.earliest, event.end.latest, node, i};
  }
  std::sort(keys.begin(), keys.end(), [](const Keyed& a, const Keyed& b) {
    return std::tie(a.earliest_start, a.latest_end, a.node) <
           std::tie(b.earliest_start, b.latest_end, b.node);
  });
  report.chronological.reserve(keys.size());
  for (const Keyed& key : keys) report.chronological.push_back(key.node);
  const std::size_t pairs = keys.empty() ? 0 : keys.size() - 1;
  report.neighbours.resize(pairs);
  const auto derive = [&](std::size_t begin, std::size_t end) {
    for (std::size_t i = begin; i < end; ++i)
      report.neighbours[i] = {keys[i].node, keys[i + 1].node,
                              detail::derive_order(network, keys[i].index, keys[i + 1].index)};
  };
  // Each pair is read from the solved network alone, so the two halves need no lock; below this
  // many a thread costs more than it saves.
  constexpr std::size_t pairs_worth_a_thread = 16384;
  if (pairs < pairs_worth_a_thread) {
    derive(0, pairs);
  } else {
    std::future<void> later = detail::in_background([&] { derive(pairs / 2, pairs); });
    derive(0, pairs / 2);
    later.get();
  }
  for (const DerivedOrder& derived : report.neighbours)
    if (derived.order == Order::before) report.order_edges.push_back(derived);
}

}  // namespace

ReasonReport reason(EventGraph& graph) {
  ReasonReport report;
  try {
    auto network = std::make_unique<detail::NetworkData>();
    detail::collect_constraints(graph, *network, report.diagnostics);
    detail::build_distance_graphs(*network);
    detail::solve(graph, *network, report.diagnostics, report.contradictions);
    write_bounds(graph, *network);
    check_range(graph, report.diagnostics);
    order_events(graph, *network, report);
    report.network = std::make_shared<const TemporalNetwork>(std::move(network));
  } catch (const std::exception& failure) {
    // Out of memory and the like: report it rather than take the caller down.
    report.diagnostics.push_back(
        make_error({}, std::string("the reason stage failed: ") + failure.what()));
  }
  return report;
}

}  // namespace chronograph
