#include "reason/describe.hpp"

#include <fmt/format.h>

#include "chronograph/adapters/boost_graph.hpp"

namespace chronograph::detail {

RelationIndex index_relations(const EventGraph& graph) {
  const BoostGraph& boost = boost_graph(graph);
  RelationIndex index(boost::num_edges(boost), nullptr);
  for (auto [it, end] = boost::edges(boost); it != end; ++it) {
    const Relation& relation = boost[*it];
    if (relation.sequence < index.size()) index[relation.sequence] = &relation;
  }
  return index;
}

std::string display_zone(const EventGraph& graph, NodeId event) {
  const std::string& own = graph.event(event).when.zone;
  if (!own.empty()) return own;
  if (!graph.info.zone.empty()) return graph.info.zone;
  return "UTC";
}

namespace {

std::string_view verb(RelationType type) {
  switch (type) {
    case RelationType::before:
      return "is before";
    case RelationType::after:
      return "is after";
    case RelationType::meets:
      return "meets";
    case RelationType::met_by:
      return "is met by";
    case RelationType::overlaps:
      return "overlaps";
    case RelationType::overlapped_by:
      return "is overlapped by";
    case RelationType::during:
      return "is during";
    case RelationType::contains:
      return "contains";
    case RelationType::starts:
      return "starts";
    case RelationType::started_by:
      return "is started by";
    case RelationType::finishes:
      return "finishes";
    case RelationType::finished_by:
      return "is finished by";
    case RelationType::equals:
      return "equals";
    case RelationType::includes:
      return "includes";
    case RelationType::is_included:
      return "is included in";
    case RelationType::part_of:
      return "is part of";
    case RelationType::causes:
      return "causes";
    default:
      return "is related to";
  }
}

std::string endpoint(const EventGraph& graph, NodeId event, bool start) {
  return graph.id(event) + (start ? " starts" : " ends");
}

// " (when: 1 day before tour, late)": the expression a relative time's constraint comes from.
std::string written(const Event& event, bool in_end) {
  const std::string& text = in_end && event.end_when ? event.end_when->text : event.when.text;
  return fmt::format(" ({}: {})", in_end ? "end" : "when", text);
}

// The relative expression a stated bound was placed by, if any: the `end` one for the end
// when it is relative, else the `when` one when it bounds that point.
std::string placed_by(const Event& event, bool end) {
  bool when_relative = false;
  bool end_relative = false;
  for (const RelativeLink& link : event.relative)
    (link.in_end ? end_relative : when_relative) = true;
  if (end && end_relative) return written(event, true);
  const bool when_bounds = !end || (!event.end_when && !event.duration);
  return when_bounds && when_relative ? written(event, false) : std::string();
}

// "arrival starts no more than 1 day 6 hours before pyeongtaek-tour starts (when: …)".
std::string describe_link(const EventGraph& graph, const Constraint& c) {
  const Event& event = graph.event(c.event);
  const RelativeLink& link = event.relative[c.relation];
  const Seconds s = link.seconds;
  std::string how;
  if (s == 0)
    how = link.lower ? (link.strict ? "after" : "no earlier than")
                     : (link.strict ? "before" : "no later than");
  else if ((s > 0) == link.lower)
    how = fmt::format("at least {} {}", format_span(s > 0 ? s : -s, false),
                      s > 0 ? "after" : "before");
  else
    how = fmt::format("no more than {} {}", format_span(s > 0 ? s : -s, false),
                      s > 0 ? "after" : "before");
  return fmt::format("{} {} {}{}", endpoint(graph, c.event, !link.at_end), how,
                     endpoint(graph, c.other, !link.anchor_end), written(event, link.in_end));
}

}  // namespace

std::string describe(const EventGraph& graph, const NetworkData& network, const Constraint& c) {
  const std::string& id = graph.id(c.event);
  const auto at = [&](Seconds instant) {
    return format_instant(instant, display_zone(graph, c.event));
  };
  const auto placed = [&](bool end) { return placed_by(graph.event(c.event), end); };
  switch (c.kind) {
    case ConstraintKind::start_not_before:
      return fmt::format("{} starts no earlier than {}{}", id, at(-c.weight.seconds),
                         placed(false));
    case ConstraintKind::start_not_after:
      return fmt::format("{} starts no later than {}{}", id, at(c.weight.seconds), placed(false));
    case ConstraintKind::end_not_before:
      return fmt::format("{} ends no earlier than {}{}", id, at(-c.weight.seconds), placed(true));
    case ConstraintKind::end_not_after:
      return fmt::format("{} ends no later than {}{}", id, at(c.weight.seconds), placed(true));
    case ConstraintKind::start_before_end:
      return fmt::format("{} cannot end before it starts", id);
    case ConstraintKind::lasts_at_least:
      return fmt::format("{} lasts at least {}", id, format_span(-c.weight.seconds, false));
    case ConstraintKind::lasts_at_most:
      return fmt::format("{} lasts at most {}", id, format_span(c.weight.seconds, false));
    case ConstraintKind::gap_at_least:
      return fmt::format("{} {} {} by at least {}", id, verb(c.type), graph.id(c.other),
                         format_span(-c.weight.seconds, false));
    case ConstraintKind::gap_at_most:
      return fmt::format("{} {} {} by at most {}", id, verb(c.type), graph.id(c.other),
                         format_span(c.weight.seconds, false));
    case ConstraintKind::relative_at_least:
    case ConstraintKind::relative_at_most:
      return describe_link(graph, c);
    case ConstraintKind::relation:
      break;
  }
  std::string text = fmt::format("{} {} {}", id, verb(c.type), graph.id(c.other));
  // Relations with one endpoint inequality say it all in their name; the others name theirs.
  if (c.type == RelationType::before || c.type == RelationType::after ||
      c.type == RelationType::causes)
    return text;
  // The edge later → earlier of weight 0 says: earlier ≤ later (or < when strict).
  return fmt::format("{}: {} {} {}", text, point_phrase(graph, network, c.to),
                     c.weight.strict != 0 ? "before" : "no later than",
                     point_phrase(graph, network, c.from));
}

std::string point_phrase(const EventGraph& graph, const NetworkData& network, PointId point) {
  if (point == origin_point) return "the origin";
  return endpoint(graph, network.events[event_of_point(point)], is_start(point));
}

std::string describe_sourced(const EventGraph& graph, const NetworkData& network,
                             const RelationIndex& relations, const Constraint& constraint) {
  std::string text = describe(graph, network, constraint);
  const bool relative = constraint.kind == ConstraintKind::relative_at_least ||
                        constraint.kind == ConstraintKind::relative_at_most;
  if (!relative && constraint.relation < relations.size() &&
      relations[constraint.relation] != nullptr &&
      !relations[constraint.relation]->origin().empty())
    text += fmt::format(" (TLINK {})", relations[constraint.relation]->origin());
  return text;
}

SourceRange range_of(const EventGraph& graph, const RelationIndex& relations,
                     const Constraint& constraint) {
  switch (constraint.kind) {
    case ConstraintKind::start_not_before:
    case ConstraintKind::start_not_after:
    case ConstraintKind::end_not_before:
    case ConstraintKind::end_not_after: {
      const Event& event = graph.event(constraint.event);
      const bool end = constraint.kind == ConstraintKind::end_not_before ||
                       constraint.kind == ConstraintKind::end_not_after;
      // A relative `end` placed the end: point at it (the model keeps no range for `end`).
      for (const RelativeLink& link : event.relative)
        if (end && link.in_end) return link.range;
      return event.when_range.file.empty() ? event.range : event.when_range;
    }
    case ConstraintKind::start_before_end:
    case ConstraintKind::lasts_at_least:
    case ConstraintKind::lasts_at_most:
      return graph.event(constraint.event).range;
    case ConstraintKind::relative_at_least:
    case ConstraintKind::relative_at_most:
      return graph.event(constraint.event).relative[constraint.relation].range;
    default:
      if (constraint.relation < relations.size() && relations[constraint.relation] != nullptr)
        return relations[constraint.relation]->range;
      return {};
  }
}

}  // namespace chronograph::detail
