#include "reason/solve.hpp"

#include <algorithm>
#include <optional>

#include "reason/conflicts.hpp"
#include "reason/first_pass.hpp"
#include "reason/propagate.hpp"

namespace chronograph::detail {

namespace {

// Each contradiction costs a fresh propagation; past this many the file needs fixing anyway.
constexpr std::size_t most_conflicts_reported = 16;

std::optional<std::vector<ConstraintId>> find_cycle(NetworkData& network,
                                                    const Components& components,
                                                    Propagation& forward, Propagation& backward) {
  if (auto cycle = cycle_inside_components(network, components)) return cycle;
  propagate(network, components, false, forward, Ties::first_push);
  if (auto cycle = cycle_through_origin(network, forward)) return cycle;
  propagate(network, components, true, backward, Ties::first_push);
  return std::nullopt;
}

// The first round while nothing is set aside: components and earliest bounds in one pass, then
// latest bounds. True when the network holds no contradiction (the bounds are then stored).
bool solve_consistent(NetworkData& network) {
  Components components;
  Propagation backward;
  if (!components_and_earliest(network, components, backward)) return false;
  Propagation forward;
  propagate(network, components, false, forward, Ties::smallest_constraint);
  if (cycle_through_origin(network, forward)) return false;
  network.from_origin = std::move(forward.distance);
  network.from_parent = std::move(forward.parent);
  network.to_origin = std::move(backward.distance);
  network.to_parent = std::move(backward.parent);
  return true;
}

}  // namespace

namespace {

// What a cycle of constraints is about: its events in chain order and its relations.
Contradiction contradiction_of(const NetworkData& network, const std::vector<ConstraintId>& cycle,
                               Diagnostic diagnostic) {
  Contradiction contradiction;
  contradiction.diagnostic = std::move(diagnostic);
  const auto add_event = [&](NodeId event) {
    auto& events = contradiction.events;
    if (std::find(events.begin(), events.end(), event) == events.end()) events.push_back(event);
  };
  for (const ConstraintId id : cycle) {
    const Constraint c = network.constraint(id);
    add_event(c.event);
    if (c.kind == ConstraintKind::relative_at_least || c.kind == ConstraintKind::relative_at_most)
      add_event(c.other);
    const bool of_relation = c.kind == ConstraintKind::relation ||
                             c.kind == ConstraintKind::gap_at_least ||
                             c.kind == ConstraintKind::gap_at_most;
    if (!of_relation) continue;
    add_event(c.other);
    auto& relations = contradiction.relations;
    if (std::find(relations.begin(), relations.end(), c.relation) == relations.end())
      relations.push_back(c.relation);
  }
  return contradiction;
}

}  // namespace

void solve(const EventGraph& graph, NetworkData& network, Diagnostics& diagnostics,
           std::vector<Contradiction>& contradictions) {
  if (solve_consistent(network)) return;
  // Contradictions are searched and reported in stated-time numbering, as before points were
  // renumbered for speed, so which conflicts are found, and in which order, stays as it was.
  if (network.numbering != Numbering::stated_time) {
    Diagnostics repeated;  // the same warnings as the first time
    collect_constraints(graph, network, repeated, Numbering::stated_time);
    build_distance_graphs(network);
  }
  // Some statements contradict each other: rounds that report one contradiction each, set one
  // constraint aside and start again. They run over the reversed graph too.
  build_reversed_graph(network);
  std::optional<RelationIndex> relations;  // built only when there is something to report
  // Setting constraints aside only removes edges, so these components stay a valid (if coarser)
  // topological split for every later round.
  const Components components = strong_components_of(network);
  for (std::size_t conflicts = 0;; ++conflicts) {
    Propagation forward;
    Propagation backward;
    auto cycle = find_cycle(network, components, forward, backward);
    if (!cycle) {
      network.from_origin = std::move(forward.distance);
      network.from_parent = std::move(forward.parent);
      network.to_origin = std::move(backward.distance);
      network.to_parent = std::move(backward.parent);
      return;
    }
    network.consistent = false;
    if (conflicts == most_conflicts_reported) {
      diagnostics.push_back(make_error(
          {}, "more statements about time contradict each other; fix the ones above first"));
      return;  // no bounds: the network is still contradictory
    }
    if (!relations) relations = index_relations(graph);
    const std::vector<ConstraintId> shortest =
        rotate_cycle(network, shorten_cycle(network, *cycle));
    diagnostics.push_back(conflict_diagnostic(graph, network, *relations, shortest));
    contradictions.push_back(contradiction_of(network, shortest, diagnostics.back()));
    // Set aside the last statement of the cycle in constraint order: relations come after stated
    // times, so the times written on events are the last to be doubted.
    network.disable(*std::max_element(shortest.begin(), shortest.end()));
  }
}

}  // namespace chronograph::detail
