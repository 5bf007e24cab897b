#pragma once
// Internal: the HTML page's index of every event of a thinned timeline (docs/html.md, "At scale").
// A page of a million events draws a few thousand marks and density bands; the index lets the
// viewer search every event and draw the folded ones when the reader zooms in, in a few bytes an
// event: columns in file order, ids and titles front-coded (a file's ids and titles mostly share
// their beginnings with the previous one's), x delta-coded in 1/8 px (an hour or two at a million
// events over three years: finer than a folded event needs, and each halving costs about a bit an
// event).

#include <nlohmann/json.hpp>

#include "chronograph/graph.hpp"
#include "chronograph/scene.hpp"

namespace chronograph::detail {

// Units of x in the index per page unit.
inline constexpr double index_x_units = 8;

[[nodiscard]] nlohmann::ordered_json page_index(const EventGraph& graph, const TimelineScene& scene,
                                                Language language);
// The same for a page that places its undrawn events nowhere (a thinned storyline: an event sits
// on several lines, in bands): ids and titles of every event for the search, no lanes, no x.
[[nodiscard]] nlohmann::ordered_json search_index(const EventGraph& graph, Language language);

}  // namespace chronograph::detail
