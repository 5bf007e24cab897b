#pragma once
// Internal: the legend, placed after the marks and arrows.

#include <array>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

inline constexpr std::size_t legend_key_count = static_cast<std::size_t>(LegendKey::density) + 1;
// Which keys a page uses, by LegendKey value.
using LegendKeys = std::array<bool, legend_key_count>;

struct LegendFlow {
  Language language = Language::en;
  const TextMeasure& measure;
  double font_size = 11;
  double label_height = 16;
  double margin = 16;
  double page_width = 1400;
  double top = 0;
  std::function<std::string_view(LegendKey)> text;  // empty: legend_text
};

// Entries for the used keys in LegendKey order, flowing left to right from `top` and wrapping at
// the page width.
std::vector<LegendEntry> flow_legend(const LegendKeys& used, const LegendFlow& flow);

LegendKey status_legend_key(EventStatus status);

// True when some instant of the axis is drawn as a stretch of page (a zero-duration segment).
bool has_widened_instant(const Axis& axis);

// Fills layout.legend with the marks the page uses, in LegendKey order, flowing left to right
// under the plot and wrapping at the page width. Returns the legend's bottom.
double place_legend(TimelineScene& layout, const EventGraph& graph, Language language,
                    const TextMeasure& measure, double font_size, double label_height,
                    double margin);

}  // namespace chronograph::detail
