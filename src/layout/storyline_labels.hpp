#pragma once
// Internal: storyline event labels in rows above the lines, and the storyline legend.

#include <span>
#include <vector>

#include "chronograph/layout.hpp"

namespace chronograph::detail {

struct LabelRoom {
  Language language = Language::en;
  const TextMeasure& measure;
  double font_size = 12;
  double left = 0;
  double right = 0;
  double top = 0;
  std::span<const TimeSegment> segments = {};  // a label stays inside its column's when it fits
};

inline constexpr std::size_t max_label_rows = 10;
inline constexpr double max_meeting_label_width = 200;

// Each meeting's title centred over its column (moved inside the column's segment when it fits
// there, so it does not run across a scale break), shortened to 200 units with "…", in the lowest
// row where it touches no other label (the timeline's interval-graph row colouring). A label
// that finds no row among the first ten is left empty (the title stays in the tooltip).
// Sets label, leader_y0; returns the rows' bottom. O(n log n).
double place_meeting_labels(std::span<StorylineMeeting> meetings, const EventGraph& graph,
                            const LabelRoom& room);

// Legend entries for the statuses the meetings use, and the scale break when there is one,
// laid out in rows under the plot.
std::vector<LegendEntry> storyline_legend(const StorylineScene& layout, const EventGraph& graph,
                                          Language language, const TextMeasure& measure,
                                          double font_size, double margin);

}  // namespace chronograph::detail
