#pragma once
// Internal: the legend, placed after the marks and arrows.

#include <span>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

// Fills layout.legend with the marks the page uses, in LegendKey order, flowing left to right
// under the plot and wrapping at the page width. Returns the legend's bottom.
double place_legend(TimelineScene& layout, const EventGraph& graph, Language language,
                    const TextMeasure& measure, double font_size, double label_height,
                    double margin);

}  // namespace chronograph::detail
