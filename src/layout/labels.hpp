#pragma once
// Internal: where an event's label goes relative to its mark.

#include <span>
#include <string_view>

#include "chronograph/layout.hpp"
#include "layout/lanes.hpp"

namespace chronograph::detail {

struct LabelRequest {
  Box mark;  // x extent of the mark; y is set later by the row
  bool bar = true;
  std::string_view title;
  int badges = 0;  // "R" and "?" badges drawn before the text
  double plot_left = 0;
  double plot_right = 0;
  double font_size = 12;
  double max_width = 260;         // longer titles are shortened with "…"
  std::span<const Extent> avoid;  // x ranges a label should not cross (scale-break bands)
};

struct PlacedLabel {
  std::string text;
  LabelPlacement placement = LabelPlacement::right;
  double x = 0;
  double width = 0;
  Extent occupied;  // mark and label together: what the row must keep free
};

// Inside a bar when it fits, else to the right, else to the left (either side only when the label
// fits the plot and crosses no range in `avoid`), else to the right when it fits the plot, else
// on the roomier side, shortened to fit. Never on top of the mark unless inside its own bar.
PlacedLabel place_label(const LabelRequest& request, const TextMeasure& measure);

inline constexpr double label_gap = 4;  // between a mark and its label

inline double badge_width(double font_size) {
  return font_size + 4;
}

}  // namespace chronograph::detail
