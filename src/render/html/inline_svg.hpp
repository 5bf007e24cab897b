#pragma once
// Internal: makes a view's SVG document fit inside an HTML page. The XML prolog, DOCTYPE and
// comments go, and so do the namespace declarations (HTML's parser knows <svg>; keeping them would
// put URLs into a page that promises none). Width and height go too: the page sizes the drawing
// and pans and zooms through its viewBox. Graphviz node groups (<g class="node"><title>id</title>)
// that stand for events get the same `data-event` attribute the timeline's event groups carry, and
// those that stand for entities `data-entity`, as the timeline's lane headers and the storyline's
// lines and their names do, so the page script treats every view alike.

#include <string>
#include <string_view>

#include "chronograph/diagnostic.hpp"
#include "chronograph/graph.hpp"

namespace chronograph::detail {

[[nodiscard]] Result<std::string> inline_svg(std::string_view svg, const EventGraph& graph);

}  // namespace chronograph::detail
