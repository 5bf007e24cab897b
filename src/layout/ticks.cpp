#include "layout/ticks.hpp"

#include <algorithm>
#include <array>
#include <optional>

#include <fmt/format.h>

#include "layout/text.hpp"

namespace chronograph::detail {

namespace {

constexpr std::array ladder{
    CalendarStep{CalendarUnit::minute, 5},  CalendarStep{CalendarUnit::minute, 15},
    CalendarStep{CalendarUnit::minute, 30}, CalendarStep{CalendarUnit::hour, 1},
    CalendarStep{CalendarUnit::hour, 2},    CalendarStep{CalendarUnit::hour, 3},
    CalendarStep{CalendarUnit::hour, 6},    CalendarStep{CalendarUnit::hour, 12},
    CalendarStep{CalendarUnit::day, 1},     CalendarStep{CalendarUnit::day, 2},
    CalendarStep{CalendarUnit::day, 5},     CalendarStep{CalendarUnit::day, 10},
    CalendarStep{CalendarUnit::month, 1},   CalendarStep{CalendarUnit::month, 3},
    CalendarStep{CalendarUnit::month, 6},   CalendarStep{CalendarUnit::year, 1},
    CalendarStep{CalendarUnit::year, 5},    CalendarStep{CalendarUnit::year, 10},
    CalendarStep{CalendarUnit::year, 50},   CalendarStep{CalendarUnit::year, 100},
    CalendarStep{CalendarUnit::year, 500},  CalendarStep{CalendarUnit::year, 1000},
};

constexpr double min_label_spacing = 10;

std::optional<CalendarUnit> major_unit(CalendarUnit minor) {
  switch (minor) {
    case CalendarUnit::minute:
    case CalendarUnit::hour:
      return CalendarUnit::day;
    case CalendarUnit::day:
      return CalendarUnit::month;
    case CalendarUnit::month:
      return CalendarUnit::year;
    case CalendarUnit::year:
      return std::nullopt;
  }
  return std::nullopt;
}

double x_in(const TimeSegment& segment, Seconds at) {
  if (segment.end <= segment.begin) return segment.x0;
  return segment.x0 + (segment.x1 - segment.x0) * static_cast<double>(at - segment.begin) /
                          static_cast<double>(segment.end - segment.begin);
}

// x of an instant on the piece holding it (pieces sorted and abutting), or on the segment.
double x_on(const TimeSegment& segment, std::span<const TimeSegment> pieces, Seconds at) {
  if (pieces.empty()) return x_in(segment, at);
  const auto it =
      std::lower_bound(pieces.begin(), pieces.end(), at,
                       [](const TimeSegment& piece, Seconds t) { return piece.end < t; });
  return x_in(it == pieces.end() ? pieces.back() : *it, at);
}

// Upper bound on how many ticks a segment may carry, whatever the step: keeps a mistaken
// ladder choice from producing millions of ticks.
constexpr std::size_t max_ticks_per_segment = 2000;

}  // namespace

CalendarStep choose_step(const TimeSegment& segment, const WallClock& clock, Language language,
                         const TextMeasure& measure, double font_size, Seconds finest_step) {
  const double seconds = static_cast<double>(segment.end - segment.begin);
  const double px_per_second = seconds > 0 ? (segment.x1 - segment.x0) / seconds : 0;
  const CivilTime sample = clock.civil(segment.begin);
  for (const CalendarStep step : ladder) {
    if (nominal_seconds(step) < finest_step) continue;
    const double spacing = static_cast<double>(nominal_seconds(step)) * px_per_second;
    const double label =
        measure.width(calendar_label(sample, step.unit, language, false), font_size);
    if (spacing >= label + min_label_spacing) return step;
  }
  return ladder.back();
}

double context_label_width(Seconds begin, const WallClock& clock, Language language,
                           const TextMeasure& measure, double font_size) {
  return measure.width(
      calendar_marker(calendar_label(clock.civil(begin), CalendarUnit::day, language, true),
                      clock.calendar(), language),
      font_size);
}

std::vector<AxisTick> segment_ticks(const TimeSegment& segment, const WallClock& clock,
                                    Language language, const TextMeasure& measure,
                                    const AxisRows& rows, std::span<const TimeSegment> pieces) {
  const double font = rows.font_size;
  const double label_height = font + 2;
  const CalendarStep step = choose_step(segment, clock, language, measure, font, rows.finest_step);
  std::vector<AxisTick> ticks;

  // Major row: the context label at the segment's start, then one label per major boundary.
  const auto major = major_unit(step.unit);
  CalendarUnit context_unit = major.value_or(CalendarUnit::year);
  // A segment inside one step (June 2023 ticked in months) has no minor label of its own: its
  // context names that step, so the reader sees "Jun 2023", not just "2023".
  const bool within_one_step = clock.next(segment.begin, step) >= segment.end;
  if (within_one_step && (step.unit == CalendarUnit::month || step.unit == CalendarUnit::day))
    context_unit = step.unit;
  const CivilTime first = clock.civil(segment.begin);
  AxisTick context;
  context.at = segment.begin;
  context.x = segment.x0;
  context.level = TickLevel::major;
  std::string context_text =
      calendar_label(first, context_unit, language, context_unit != CalendarUnit::year);
  // The same words as the segment before would hide that time was left out between them.
  if (context_text == rows.previous_context && context_unit != CalendarUnit::minute) {
    const CalendarUnit finer = context_unit == CalendarUnit::year    ? CalendarUnit::month
                               : context_unit == CalendarUnit::month ? CalendarUnit::day
                                                                     : CalendarUnit::hour;
    context_text =
        fmt::format("{} {}", context_text, calendar_label(first, finer, language, false));
  }
  // The context label names the calendar once per segment when it is not the Gregorian.
  context.label = fit_text(measure, calendar_marker(context_text, clock.calendar(), language), font,
                           segment.x1 - segment.x0 - 4);
  context.label_box = {segment.x0 + 2, rows.major_y, measure.width(context.label, font),
                       label_height};
  double major_right = context.label_box.right();
  ticks.push_back(context);
  if (major) {
    const CalendarStep major_step{*major, 1};
    for (Seconds at = clock.next(segment.begin, major_step);
         at < segment.end && ticks.size() < max_ticks_per_segment;
         at = clock.next(at, major_step)) {
      const CivilTime civil = clock.civil(at);
      AxisTick tick;
      tick.at = at;
      tick.x = x_on(segment, pieces, at);
      tick.level = TickLevel::major;
      const bool with_year = *major == CalendarUnit::month || civil.year != first.year;
      std::string label = calendar_label(civil, *major, language, with_year);
      const Box box{tick.x + 2, rows.major_y, measure.width(label, font), label_height};
      if (box.x >= major_right + min_label_spacing && box.right() <= segment.x1) {
        tick.label = std::move(label);
        tick.label_box = box;
        major_right = box.right();
      }
      ticks.push_back(std::move(tick));
    }
  }

  // Minor row: centred labels that stay inside the segment and clear of each other.
  double minor_right = segment.x0 - min_label_spacing;
  const Seconds start = clock.floor(segment.begin, step) < segment.begin
                            ? clock.next(segment.begin, step)
                            : segment.begin;
  for (Seconds at = start; at <= segment.end && ticks.size() < 2 * max_ticks_per_segment;
       at = clock.next(at, step)) {
    AxisTick tick;
    tick.at = at;
    tick.x = x_on(segment, pieces, at);
    tick.level = TickLevel::minor;
    std::string label = calendar_label(clock.civil(at), step.unit, language, false);
    const double width = measure.width(label, font);
    const Box box{tick.x - width / 2, rows.minor_y, width, label_height};
    if (box.x >= minor_right + min_label_spacing && box.x >= segment.x0 &&
        box.right() <= segment.x1) {
      tick.label = std::move(label);
      tick.label_box = box;
      minor_right = box.right();
    }
    ticks.push_back(std::move(tick));
  }
  return ticks;
}

}  // namespace chronograph::detail
