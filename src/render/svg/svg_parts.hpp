#pragma once
// Internal: pieces the timeline and storyline SVGs draw alike, so both pictures read the same way
// (the same axis, scale breaks, "R" badge and label baselines).

#include <string_view>
#include <vector>

#include <pugixml.hpp>

#include "chronograph/layout.hpp"
#include "render/common/conflict_text.hpp"

namespace chronograph::detail {

// The style sheet of a view: the rules both views share, then `view_style`.
[[nodiscard]] std::string style_sheet(std::string_view view_style);

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

// A badge at x, as tall as its label box: "R" for a reported event, "?" for an uncertain date.
void draw_badge(pugi::xml_node parent, double x, const Box& label_box, std::string_view letter,
                const char* css);
// The badges a label starts with; returns the x where its text begins.
double draw_badges(pugi::xml_node parent, double x, const Box& label_box, bool reported,
                   bool uncertain_date);

// Swatches both views draw alike (badges, scale break, widened instant); false for the others.
bool draw_shared_swatch(pugi::xml_node group, const LegendEntry& entry);

// Density bands (level of detail): a shade's fill opacity, and what a band's tooltip says.
[[nodiscard]] std::string density_opacity(int shade);
[[nodiscard]] std::string density_tooltip(std::size_t events, Language language);

// Each instant the axis draws wider than a point (storyline meetings sharing it) gets a bracket
// on the axis line over its stretch, its time (in `zone`) as tooltip.
void draw_widened_instants(pugi::xml_node parent, const Axis& axis, double axis_y,
                           std::string_view zone);

// A dashed red ring around a mark whose time statements contradict others (LegendKey
// ::contradiction), `pad` units outside `box`.
void draw_conflict_ring(pugi::xml_node parent, const Box& box, double pad);

}  // namespace chronograph::detail
