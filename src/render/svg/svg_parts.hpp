#pragma once
// Internal: pieces the timeline and storyline SVGs draw alike, so both pictures read the same way
// (the same axis, scale breaks, "R" badge and label baselines).

#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

// <text class=css x=… y=…> at a baseline, optionally anchored ("middle", "end").
pugi::xml_node svg_text_at(pugi::xml_node parent, const char* css, double x, double baseline,
                           std::string_view content, const char* anchor = nullptr);

// Where text laid out in `box` sits: 4 px above the box's bottom, room for descenders.
[[nodiscard]] double text_baseline(const Box& box);

// The axis line of every time segment, at height axis_y.
void draw_axis_lines(pugi::xml_node parent, const std::vector<TimeSegment>& segments,
                     double axis_y);

// A cut in the time axis: a band from just above the axis to the plot's bottom, a zig-zag down
// each side, and the label saying how much time it leaves out (also its tooltip).
void draw_scale_break(pugi::xml_node axis, const ScaleBreak& gap, double axis_y,
                      double plot_bottom);

// The "R" badge of a reported event, at x, as tall as its label box.
void draw_reported_badge(pugi::xml_node parent, double x, const Box& label_box);

}  // namespace chronograph::detail
