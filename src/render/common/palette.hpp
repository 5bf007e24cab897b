#pragma once
// Internal: lane colours of the timeline (tooltip text: src/render/common/event_text.hpp).

#include <string>

#include "chronograph/graph.hpp"
#include "chronograph/layout.hpp"
#include "render/common/event_text.hpp"

namespace chronograph::detail {

// A colour per lane, stable by lane index; the "other" lane is grey.
std::string lane_colour(const LaneLayout& lane, std::size_t lane_index);

}  // namespace chronograph::detail
