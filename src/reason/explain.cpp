// Why a bound is what it is: the shortest-path tree edges from the origin to the point.

#include <algorithm>

#include <fmt/format.h>

#include "chronograph/reason.hpp"
#include "reason/describe.hpp"

namespace chronograph {

namespace {

using detail::ConstraintId;
using detail::PointId;

// Walks a shortest-path tree from `point` back to the origin; steps come out last-first.
std::vector<ExplanationStep> chain(const EventGraph& graph, const detail::NetworkData& network,
                                   const detail::RelationIndex& relations, PointId point,
                                   bool towards_origin) {
  const std::vector<ConstraintId>& parent =
      towards_origin ? network.to_parent : network.from_parent;
  std::vector<ExplanationStep> steps;
  // A tree has no cycles, but a guard costs nothing against a corrupted one.
  for (std::size_t guard = 0; point != detail::origin_point && guard < parent.size(); ++guard) {
    const ConstraintId id = parent[point];
    if (id == detail::no_index) return {};
    const detail::Constraint c = network.constraint(id);
    steps.push_back({detail::range_of(graph, relations, c),
                     detail::describe_sourced(graph, network, relations, c)});
    point = towards_origin ? c.to : c.from;
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

std::string where(const SourceRange& range) {
  if (range.file.empty()) return "(implied)";
  if (range.begin.line <= 0) return range.file.str();
  if (range.begin.column <= 0) return fmt::format("{}:{}", range.file.str(), range.begin.line);
  return fmt::format("{}:{}:{}", range.file.str(), range.begin.line, range.begin.column);
}

}  // namespace

Explanation explain(const EventGraph& graph, const ReasonReport& report, NodeId event) {
  Explanation explanation;
  explanation.event = event;
  static constexpr const char* what[] = {"starts no earlier than", "starts no later than",
                                         "ends no earlier than", "ends no later than"};
  for (std::size_t i = 0; i < 4; ++i) {
    explanation.bounds[i].what = what[i];
    explanation.bounds[i].value = i % 2 == 0 ? unbounded_past : unbounded_future;
  }
  if (!report.network || graph.kind(event) != NodeKind::event) return explanation;
  const detail::NetworkData& network = report.network->data();
  const auto index = network.index_of(event);
  if (!index || network.to_origin.empty()) return explanation;

  const detail::RelationIndex relations = detail::index_relations(graph);
  const std::string zone = detail::display_zone(graph, event);
  const PointId points[] = {detail::start_point(*index), detail::start_point(*index),
                            detail::end_point(*index), detail::end_point(*index)};
  for (std::size_t i = 0; i < 4; ++i) {
    const bool earliest = i % 2 == 0;
    const detail::Weight distance =
        earliest ? network.to_origin[points[i]] : network.from_origin[points[i]];
    if (distance.is_infinite()) continue;
    BoundExplanation& bound = explanation.bounds[i];
    bound.value = std::clamp(earliest ? -distance.seconds : distance.seconds, unbounded_past,
                             unbounded_future);
    bound.instant = format_instant(bound.value, zone);
    bound.steps = chain(graph, network, relations, points[i], earliest);
  }
  return explanation;
}

std::string format_explanation(const EventGraph& graph, const Explanation& explanation) {
  std::string out = graph.id(explanation.event) + "\n";
  for (const BoundExplanation& bound : explanation.bounds) {
    if (bound.instant.empty()) {
      out += fmt::format("  {} (open: nothing bounds it)\n", bound.what);
      continue;
    }
    out += fmt::format("  {} {}\n", bound.what, bound.instant);
    for (const ExplanationStep& step : bound.steps)
      out += fmt::format("    {}: {}\n", where(step.range), step.text);
  }
  return out;
}

}  // namespace chronograph
