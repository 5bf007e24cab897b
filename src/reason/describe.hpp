#pragma once
// Internal: constraints in words, for contradiction notes and explanations.

#include <string>
#include <vector>

#include "reason/network.hpp"

namespace chronograph::detail {

// Relations by Relation::sequence, pointing into the graph (valid while it is not modified).
using RelationIndex = std::vector<const Relation*>;
[[nodiscard]] RelationIndex index_relations(const EventGraph& graph);

// The zone an event's times are shown in: its own, else the document's, else UTC.
[[nodiscard]] std::string display_zone(const EventGraph& graph, NodeId event);

// "arrival starts no earlier than 2024-01-25T18:00:00+09:00", "wapo-report is before arrival:
// wapo-report ends before arrival starts", "arrival lasts at most 6 hours".
[[nodiscard]] std::string describe(const EventGraph& graph, const NetworkData& network,
                                   const Constraint& constraint);
// describe(), plus the foreign id of an imported relation: "… (TLINK l12)".
[[nodiscard]] std::string describe_sourced(const EventGraph& graph, const NetworkData& network,
                                           const RelationIndex& relations,
                                           const Constraint& constraint);
[[nodiscard]] SourceRange range_of(const EventGraph& graph, const RelationIndex& relations,
                                   const Constraint& constraint);

// "arrival" + "start"/"end" as a verb: "arrival starts", "arrival ends".
[[nodiscard]] std::string point_phrase(const EventGraph& graph, const NetworkData& network,
                                       PointId point);

}  // namespace chronograph::detail
