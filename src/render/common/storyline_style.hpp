#pragma once
// Internal: what the SVG and DOT storylines share: colours, strokes, the line tooltip.

#include <string>
#include <string_view>

#include "chronograph/graph.hpp"
#include "chronograph/layout.hpp"

namespace chronograph::detail {

// The timeline's palette, so a participant keeps a colour family across views; the band of the
// participants left out (level of detail) is grey.
inline constexpr std::string_view left_out_grey = "#6b7280";
std::string storyline_colour(const StorylineLine& line);
std::string storyline_colour(const StorylineBand& band);

// Name, role, affiliation and the meetings the line takes part in, one item per line.
std::string line_tooltip(const EventGraph& graph, const StorylineScene& layout,
                         std::size_t line_index, Language language);

// Cubic Bézier control points of a curve: flat at both ends, bending around mid-x.
struct CurveControls {
  double cx0 = 0;
  double cy0 = 0;
  double cx1 = 0;
  double cy1 = 0;
};
CurveControls curve_controls(const StorylineCurve& curve);

}  // namespace chronograph::detail
