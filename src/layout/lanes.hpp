#pragma once
// Internal: lanes by primary participant, and sub-rows inside a lane.

#include <span>
#include <string>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

struct LaneAssignment {
  std::vector<LaneLayout> lanes;     // entity and title set; geometry left to the caller
  std::vector<std::size_t> lane_of;  // per entry of `events`
};

// One lane per first participant, ordered by the lane's first event in `time_order` (indices into
// `events`, earliest first); events without participants share an "other" lane, placed last.
LaneAssignment assign_lanes(const EventGraph& graph, std::span<const NodeId> events,
                            std::span<const std::size_t> time_order, Language language,
                            LaneGrouping grouping = LaneGrouping::participant);

// The lane-header column: as wide as the longest lane title (font `font_size`) and zone name
// (`zone_font`), 80–200 units.
double lane_header_width(std::span<const LaneLayout> lanes, std::span<const std::string> zones,
                         const TextMeasure& measure, double font_size, double zone_font);

struct Extent {
  double begin = 0;
  double end = 0;
};

// Greedy colouring of the interval graph: in order of begin (ties: input order), each extent
// takes the lowest row free by its begin, where a row stays busy until `gap` after its last
// extent. O(n log n); extents sharing a row never overlap.
std::vector<std::size_t> stack_rows(std::span<const Extent> extents, double gap);

}  // namespace chronograph::detail
