#include "reason/conflicts.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace chronograph::detail {

std::vector<ConstraintId> rotate_cycle(const NetworkData& network,
                                       std::vector<ConstraintId> cycle) {
  if (cycle.empty()) return cycle;
  auto first = std::find_if(cycle.begin(), cycle.end(), [&](ConstraintId id) {
    return network.constraint(id).from == origin_point;
  });
  if (first == cycle.end()) first = std::min_element(cycle.begin(), cycle.end());
  std::rotate(cycle.begin(), first, cycle.end());
  return cycle;
}

namespace {

constexpr std::size_t longest_cycle_to_shorten = 64;

struct SubEdge {
  std::size_t from;
  std::size_t to;
  Weight weight;
  ConstraintId id;
};

// The constraints between points of the cycle (the origin's edges are the points' stated bounds).
std::vector<SubEdge> edges_among(const NetworkData& network, const std::vector<PointId>& points) {
  std::map<PointId, std::size_t> slot;
  for (std::size_t i = 0; i < points.size(); ++i) slot.emplace(points[i], i);
  std::vector<SubEdge> edges;
  const auto consider = [&](ConstraintId id) {
    if (network.is_disabled(id)) return;
    const Constraint c = network.constraint(id);
    const auto from = slot.find(c.from);
    const auto to = slot.find(c.to);
    if (from != slot.end() && to != slot.end())
      edges.push_back({from->second, to->second, c.weight, id});
  };
  for (PointId point : points) {
    if (point == origin_point) continue;
    for (const Arc& arc : network.forward.out(point)) consider(arc.constraint());
    if (network.has_latest(point)) consider(NetworkData::latest_bound(point));
    if (network.has_earliest(point)) consider(NetworkData::earliest_bound(point));
  }
  return edges;
}

}  // namespace

std::vector<ConstraintId> shorten_cycle(const NetworkData& network,
                                        std::vector<ConstraintId> cycle) {
  if (cycle.size() <= 2 || cycle.size() > longest_cycle_to_shorten) return cycle;
  std::vector<PointId> points;
  for (ConstraintId id : cycle) points.push_back(network.constraint(id).from);
  const std::vector<SubEdge> edges = edges_among(network, points);
  const std::size_t n = points.size();
  // Walks of exactly k edges from each start; the fewest k that closes below zero gives a simple
  // cycle (a shorter cycle inside a closed walk below zero would itself be below zero).
  const std::size_t longest = cycle.size() - 1;
  std::vector<ConstraintId> shortest;
  for (std::size_t start = 0; start < n; ++start) {
    std::vector<std::vector<Weight>> best(longest + 1, std::vector<Weight>(n, Weight::infinite()));
    std::vector<std::vector<const SubEdge*>> via(longest + 1,
                                                 std::vector<const SubEdge*>(n, nullptr));
    best[0][start] = {0, 0};
    const std::size_t limit = shortest.empty() ? longest : shortest.size() - 1;
    for (std::size_t k = 1; k <= limit; ++k) {
      for (const SubEdge& edge : edges) {
        if (best[k - 1][edge.from].is_infinite()) continue;
        const Weight candidate = best[k - 1][edge.from] + edge.weight;
        if (candidate < best[k][edge.to]) {
          best[k][edge.to] = candidate;
          via[k][edge.to] = &edge;
        }
      }
      if (best[k][start].is_infinite() || !best[k][start].below_zero()) continue;
      shortest.clear();
      std::size_t at = start;
      for (std::size_t step = k; step > 0; --step) {
        shortest.push_back(via[step][at]->id);
        at = via[step][at]->from;
      }
      std::reverse(shortest.begin(), shortest.end());
      break;
    }
  }
  if (!shortest.empty()) return shortest;
  return cycle;
}

Diagnostic conflict_diagnostic(const EventGraph& graph, const NetworkData& network,
                               const RelationIndex& relations,
                               const std::vector<ConstraintId>& cycle) {
  Diagnostic error;
  error.severity = Severity::error;
  error.message =
      fmt::format("these statements about time cannot all hold ({} constraints)", cycle.size());
  Weight total{0, 0};
  for (ConstraintId id : cycle) {
    const Constraint c = network.constraint(id);
    error.notes.push_back(
        make_note(range_of(graph, relations, c), describe_sourced(graph, network, relations, c)));
    total = total + c.weight;
  }
  if (!error.notes.empty()) error.range = error.notes.front().range;

  const Constraint first = network.constraint(cycle.front());
  const Constraint last = network.constraint(cycle.back());
  std::string arithmetic;
  if (first.from == origin_point && last.to == origin_point) {
    // z → … → p → z: the chain caps p from above, the last statement bounds it from below.
    const PointId point = last.from;
    const NodeId event = network.events[event_of_point(point)];
    const std::string zone = display_zone(graph, event);
    const Weight upper = total + Weight{-last.weight.seconds, -last.weight.strict};
    arithmetic = fmt::format(
        "so {} would have to {} {} {} and no earlier than {}", graph.id(event),
        is_start(point) ? "start" : "end", upper.strict > 0 ? "before" : "no later than",
        format_instant(upper.seconds, zone), format_instant(-last.weight.seconds, zone));
  } else {
    const PointId point = first.from;
    const NodeId event = network.events[event_of_point(point)];
    const char* verb = is_start(point) ? "start" : "end";
    const char* noun = is_start(point) ? "starts" : "ends";
    if (total.seconds < 0)
      arithmetic = fmt::format("so {} would have to {} {} before it {}", graph.id(event), verb,
                               format_span(-total.seconds, false), noun);
    else
      arithmetic = fmt::format("so {} would have to {} before it {}", graph.id(event), verb, noun);
  }
  error.notes.push_back(make_note({}, arithmetic));
  return error;
}

}  // namespace chronograph::detail
