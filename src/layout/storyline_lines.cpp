#include "layout/storyline_lines.hpp"

#include <algorithm>

#include "layout/text.hpp"

namespace chronograph::detail {

namespace {

constexpr double flat_half = storyline_flat_half;
constexpr double stub = storyline_stub;

}  // namespace

// Curves of one line through its (column x, y) points, with the bend of a gap that crosses a
// scale break drawn inside the break, and a label where the line comes back.
void trace_line(StorylineLine& line, std::span<const std::pair<double, double>> points,
                std::span<const std::optional<const StorylineMeeting*>> met,
                const EventGraph& graph, const Geometry& geometry) {
  const auto status_of = [&](std::size_t k) {
    return met[k] ? graph.event((*met[k])->event).status : EventStatus::happened;
  };
  const auto event_of = [&](std::size_t k) -> std::optional<NodeId> {
    if (met[k]) return (*met[k])->event;
    return std::nullopt;
  };
  const auto add = [&](double x0, double y0, double x1, double y1, std::size_t k) {
    if (x1 - x0 > 0.01) line.curves.push_back({x0, y0, x1, y1, event_of(k), status_of(k)});
  };
  const double height = geometry.line_font + 2;
  const auto [first_x, first_y] = points.front();
  add(first_x - stub, first_y, first_x - flat_half, first_y, 0);
  for (std::size_t k = 0; k < points.size(); ++k) {
    const auto [x, y] = points[k];
    add(x - flat_half, y, x + flat_half, y, k);
    if (k + 1 == points.size()) {
      add(x + flat_half, y, x + stub, y, k);
      break;
    }
    const auto [next_x, next_y] = points[k + 1];
    double from = x + flat_half;
    const double to = next_x - flat_half;
    bool bent = false;
    for (const ScaleBreak& gap : geometry.breaks) {
      if (gap.band_x0 < from || gap.band_x1 > to) continue;
      if (!bent) {
        add(from, y, gap.band_x0, y, k + 1);
        add(gap.band_x0, y, gap.band_x1, next_y, k + 1);
        from = gap.band_x1;
        bent = true;
      }
      const double room = to - gap.x1 - 4;
      if (room >= 3 * geometry.line_font) {
        StorylineLabel label;
        label.text =
            fit_text(geometry.measure, line.name, geometry.line_font - 1, std::min(room, 140.0));
        label.box = {gap.x1 + 2, next_y - height / 2,
                     geometry.measure.width(label.text, geometry.line_font - 1), height};
        line.reentry_labels.push_back(std::move(label));
      }
    }
    add(from, bent ? next_y : y, to, next_y, k + 1);
  }
  // Horizontal runs were cut at breaks; a flat run ending where the next starts stays one curve
  // for the renderer to join.
}

// The name goes left of where the line begins; when that covers another name or a meeting, above
// or below the line's first stretch, else after the line's end. A second round allows covering a
// meeting box (the name's halo keeps it readable) but never another name; all of them within the
// page. When even that fails (the line's tooltip still names it). O(boxes) per line.
void place_line_label(StorylineLine& line, std::span<const std::pair<double, double>> points,
                      std::span<const Box> names, std::span<const Box> meetings,
                      const TextMeasure& measure, double font, double page_left,
                      double page_right) {
  const double height = font + 2;
  const auto [x, y] = points.front();
  const auto [last_x, last_y] = points.back();
  const double room = std::min(x - stub - 4 - page_left, 170.0);
  const std::string left_text = room >= 2 * font ? fit_text(measure, line.name, font, room) : "";
  const double left_width = measure.width(left_text, font);
  const auto candidates = [&](double max_width) {
    const std::string text = fit_text(measure, line.name, font, max_width);
    const double width = measure.width(text, font);
    return std::array<std::pair<std::string, Box>, 8>{{
        {left_text, {x - stub - 4 - left_width, y - height / 2, left_width, height}},
        {text, {x - flat_half - width, y - height - 1, width, height}},
        {text, {x - flat_half - width, y + 1, width, height}},
        {text, {x - stub, y - height - 1, width, height}},
        {text, {x - stub, y + 1, width, height}},
        {text, {last_x + stub + 4, last_y - height / 2, width, height}},
        {text, {last_x + stub - width, last_y - height - 1, width, height}},
        {text, {last_x + stub - width, last_y + 1, width, height}},
    }};
  };
  const auto clear_of = [](const Box& box, std::span<const Box> others) {
    return std::none_of(others.begin(), others.end(),
                        [&](const Box& other) { return intersects(box, other); });
  };
  // Full names first, then names shortened to a few characters.
  for (const double max_width : {170.0, 5 * font})
    for (const bool avoid_meetings : {true, false})
      for (const auto& [candidate, box] : candidates(max_width)) {
        if (candidate.empty() || box.x < page_left || box.right() > page_right ||
            !clear_of(box, names))
          continue;
        if (avoid_meetings && !clear_of(box, meetings)) continue;
        line.label = {candidate, box};
        return;
      }
  // Last: on the line's own row beyond its end, slid right past the names in the way.
  auto [text, box] = candidates(170.0)[5];
  for (int tries = 0; tries < 8; ++tries) {
    const auto blocker = std::find_if(names.begin(), names.end(),
                                      [&](const Box& other) { return intersects(box, other); });
    if (blocker == names.end()) {
      line.label = {text, box};
      return;
    }
    box.x = blocker->right() + 4;
  }
}

// Okabe–Ito has seven colours: a line takes the one that has been free longest, so a line that
// starts where another ended does not look like its continuation; when all seven are in use it
// takes them in turn, so no colour dominates a crowded page.
std::size_t pick_colour(std::array<double, 7>& free_from, std::size_t line_index, double start,
                        double end) {
  auto it = std::min_element(free_from.begin(), free_from.end());
  if (*it > start) it = free_from.begin() + static_cast<std::ptrdiff_t>(line_index % 7);
  *it = std::max(*it, end);
  return static_cast<std::size_t>(it - free_from.begin());
}

}  // namespace chronograph::detail
