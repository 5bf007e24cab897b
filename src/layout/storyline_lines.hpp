#pragma once
// Internal: storyline lines — curves through their columns, names, colours.

#include <array>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

inline constexpr double storyline_flat_half =
    6;                                        // a line runs flat this far either side of a column
inline constexpr double storyline_stub = 22;  // a line begins this far before its first meeting

struct Geometry {
  const std::vector<ScaleBreak>& breaks;
  const TextMeasure& measure;
  double line_font = 11;
};

// Curves of one line through its (column x, y) points, with the bend of a gap that crosses a
// scale break drawn inside the break, and a label where the line comes back. `met[k]` is the
// meeting the line takes part in at point k, if any.
void trace_line(StorylineLine& line, std::span<const std::pair<double, double>> points,
                std::span<const std::optional<const StorylineMeeting*>> met,
                const EventGraph& graph, const Geometry& geometry);

// The line's name near where it begins (or ends), clear of `names` and, when it can be, of
// `meetings`, inside the page. Leaves the label empty when nothing fits.
void place_line_label(StorylineLine& line, std::span<const std::pair<double, double>> points,
                      std::span<const Box> names, std::span<const Box> meetings,
                      const TextMeasure& measure, double font, double page_left, double page_right);

// Okabe–Ito has seven colours: a line takes the one that has been free longest.
std::size_t pick_colour(std::array<double, 7>& free_from, std::size_t line_index, double start,
                        double end);

}  // namespace chronograph::detail
