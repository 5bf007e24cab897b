#pragma once
// Internal: relation arrows and the legend, placed after the marks.

#include <span>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

// Arrows for explicit (not implied) before / after / supersedes relations between drawn events.
std::vector<RelationArrow> relation_arrows(const EventGraph& graph,
                                           std::span<const EventMark> marks);

// Fills layout.legend with the marks the page uses, in LegendKey order, flowing left to right
// under the plot and wrapping at the page width. Returns the legend's bottom.
double place_legend(TimelineLayout& layout, const EventGraph& graph, Language language,
                    const TextMeasure& measure, double font_size, double label_height,
                    double margin);

}  // namespace chronograph::detail
