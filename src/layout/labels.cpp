#include "layout/labels.hpp"

#include <algorithm>

#include "layout/text.hpp"

namespace chronograph::detail {

PlacedLabel place_label(const LabelRequest& request, const TextMeasure& measure) {
  const double badge = request.badges * badge_width(request.font_size);
  const auto fitted = [&](double room) {
    PlacedLabel label;
    label.text = fit_text(measure, request.title, request.font_size,
                          std::min(room, request.max_width) - badge);
    label.width = badge + measure.width(label.text, request.font_size);
    return label;
  };
  const Box& mark = request.mark;
  const double room_right = request.plot_right - (mark.right() + label_gap);
  const double room_left = (mark.x - label_gap) - request.plot_left;
  const double wanted = badge + measure.width(request.title, request.font_size);
  const double natural = std::min(wanted, request.max_width);

  if (request.bar && mark.width >= natural + 2 * label_gap) {
    PlacedLabel label = fitted(mark.width - 2 * label_gap);
    label.placement = LabelPlacement::inside;
    label.x = mark.x + label_gap;
    label.occupied = {mark.x, mark.right()};
    return label;
  }
  const auto crosses = [&](double x0, double x1) {
    for (const Extent& band : request.avoid)
      if (x0 < band.end && band.begin < x1) return true;
    return false;
  };
  const bool right_fits = room_right >= natural;
  const bool left_fits = room_left >= natural;
  const double right_x = mark.right() + label_gap;
  const double left_x = mark.x - label_gap - natural;
  bool right = right_fits || (!left_fits && room_right >= room_left);
  if (right_fits && crosses(right_x, right_x + natural) && left_fits &&
      !crosses(left_x, left_x + natural))
    right = false;
  PlacedLabel label = fitted(std::max(right ? room_right : room_left, 0.0));
  if (right) {
    label.placement = LabelPlacement::right;
    label.x = mark.right() + label_gap;
    label.occupied = {mark.x, label.x + label.width};
  } else {
    label.placement = LabelPlacement::left;
    label.x = mark.x - label_gap - label.width;
    label.occupied = {label.x, mark.right()};
  }
  return label;
}

}  // namespace chronograph::detail
