#pragma once
// Internal: what a timeline shows about an event on hover (SVG <title>, DOT tooltip).

#include <string>

#include "chronograph/graph.hpp"
#include "chronograph/layout.hpp"

namespace chronograph::detail {

// Title, status, bounds in the document's zone (and the event's own zone when it differs),
// participants and source quote; one item per line.
std::string event_tooltip(const EventGraph& graph, NodeId event, Language language);

// A colour per lane, stable by lane index; the "other" lane is grey.
std::string lane_colour(const LaneLayout& lane, std::size_t lane_index);

}  // namespace chronograph::detail
