#include "render/common/palette.hpp"

#include <array>

namespace chronograph::detail {

std::string lane_colour(const LaneLayout& lane, std::size_t lane_index) {
  // Okabe–Ito colours, distinguishable with the common colour-vision deficiencies.
  static constexpr std::array<const char*, 7> palette{"#0072B2", "#D55E00", "#009E73", "#CC79A7",
                                                      "#E69F00", "#56B4E9", "#8C6D1F"};
  if (!lane.entity) return "#6E6E6E";
  return palette[lane_index % palette.size()];
}

}  // namespace chronograph::detail
