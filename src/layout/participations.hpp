#pragma once
// Internal: where an event drawn in one lane shows up in the lanes of its other participants.

#include <span>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

// One marker per (event, other lane): for every participant after the one whose lane holds the
// event, if that participant has a lane of their own and the event has no marker there yet. x is
// the centre of the event's mark; y is left to the caller, which knows the lanes' geometry.
// O(events × participants).
std::vector<ParticipationMarker> participation_markers(const EventGraph& graph,
                                                       std::span<const EventMark> marks,
                                                       std::span<const LaneLayout> lanes);

}  // namespace chronograph::detail
