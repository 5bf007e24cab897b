#pragma once
// The truth rules of docs/scene.md, checked on scenes (not pixels) against the reasoned model:
// every mark covers exactly the time its event may occupy, says when it runs off the axis, and
// sits under ticks no finer than it is known to. Used by tests/view_truth_test.cpp on the bundled
// examples, the TE3-Platinum documents and hostile inputs.

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "chronograph/chronograph.hpp"

namespace chronograph::testing {

inline constexpr double truth_tolerance = 3;  // units (px)

// An event's time, clipped to what the axis shows.
struct Clipped {
  Seconds lo = 0;
  Seconds hi = 0;
  bool before = false;  // the event may begin before the axis starts
  bool after = false;
};

inline Clipped clip_to_axis(const Event& event, const Axis& axis) {
  const Seconds begin = axis.segments.front().begin;
  const Seconds end = axis.segments.back().end;
  // An event the reason stage never saw falls back to what the file states, as the layout does.
  const bool reasoned = event.start.earliest > unbounded_past ||
                        event.start.latest < unbounded_future ||
                        event.end.earliest > unbounded_past || event.end.latest < unbounded_future;
  const Bounds start = reasoned ? event.start : event.stated_start;
  const Bounds finish = reasoned ? event.end : event.stated_end;
  return {std::clamp(start.earliest, begin, end), std::clamp(finish.latest, begin, end),
          start.earliest<begin, finish.latest> end};
}

// Distance in x between `x` and where `at` is drawn (a widened instant is a stretch).
inline double off_by(const Axis& axis, double x, Seconds at) {
  const double left = axis.x_of(at);
  double right = left;
  for (const TimeSegment& piece : axis.segments)
    if (piece.begin == at && piece.end == at) right = std::max(right, piece.x1);
  if (x < left) return left - x;
  if (x > right) return x - right;
  return 0;
}

inline std::string name_of(const EventGraph& graph, NodeId node) {
  return graph.id(node);
}

// The nominal length of a precision, as docs/time.md defines its units.
inline Seconds unit_of(Precision precision) {
  switch (precision) {
    case Precision::year:
      return 365 * 86400;
    case Precision::month:
      return 28 * 86400;
    case Precision::day:
      return 86400;
    case Precision::day_part:
      return 3 * 3600;
    case Precision::hour:
      return 3600;
    case Precision::minute:
      return 60;
    default:
      return 0;
  }
}

// Whether ticks finer than `unit` are drawn anywhere inside [lo, hi].
inline bool ticks_finer_than(const Axis& axis, Seconds lo, Seconds hi, Seconds unit) {
  for (const TimeSegment& segment : axis.segments) {
    if (segment.end < lo || segment.begin > hi) continue;
    Seconds previous = unbounded_past;
    for (const AxisTick& tick : axis.ticks) {
      if (tick.level != TickLevel::minor || tick.at < segment.begin || tick.at > segment.end)
        continue;
      if (previous != unbounded_past && tick.at - previous < unit) return true;
      previous = tick.at;
    }
  }
  return false;
}

inline void expect_axis_in_order(const Axis& axis, const std::string& where) {
  for (std::size_t i = 1; i < axis.segments.size(); ++i) {
    EXPECT_LE(axis.segments[i - 1].end, axis.segments[i].begin) << where;
    EXPECT_LE(axis.segments[i - 1].x1, axis.segments[i].x0 + 1e-6) << where;
  }
}

// Rules for a timeline scene of `graph`.
inline void expect_truthful(const EventGraph& graph, const TimelineScene& scene,
                            const std::string& where) {
  expect_axis_in_order(scene.axis, where);
  for (const EventMark& mark : scene.marks) {
    const Event& event = graph.event(mark.event);
    const std::string what = where + ": event '" + event.id + "'";
    const Clipped time = clip_to_axis(event, scene.axis);
    EXPECT_LE(off_by(scene.axis, mark.x_start_earliest, time.lo), truth_tolerance)
        << what << " starts at x " << mark.x_start_earliest << ", its earliest start is at "
        << scene.axis.x_of(time.lo);
    EXPECT_LE(off_by(scene.axis, mark.x_end_latest, time.hi), truth_tolerance)
        << what << " ends at x " << mark.x_end_latest << ", its latest end is at "
        << scene.axis.x_of(time.hi);
    EXPECT_EQ(mark.continues_before, time.before) << what << " (continues left)";
    EXPECT_EQ(mark.continues_after, time.after) << what << " (continues right)";
    if (mark.x_end_latest - mark.x_start_earliest < truth_tolerance) {
      EXPECT_NEAR(mark.box.x + mark.box.width / 2, (mark.x_start_earliest + mark.x_end_latest) / 2,
                  0.5)
          << what << ": a mark narrower than 3 units is centred inside its bounds";
    }
    EXPECT_EQ(mark.uncertain_date,
              event.when.uncertain || (event.end_when && event.end_when->uncertain))
        << what << " ('?' gets its own mark)";
    // Known only coarsely, and still that uncertain after reasoning: never a point under ticks
    // finer than that.
    const Seconds unit = unit_of(event.when.precision);
    if (!event.when.text.empty() && unit > 0 && mark.shape == MarkShape::instant &&
        time.hi - time.lo >= unit / 2) {
      EXPECT_FALSE(ticks_finer_than(scene.axis, time.lo, time.hi, unit))
          << what << " is known to '" << event.when.text << "' but drawn as an instant under "
          << "finer ticks";
    }
  }
}

// Rules for a storyline scene of `graph`.
inline void expect_truthful(const EventGraph& graph, const StorylineScene& scene,
                            const std::string& where) {
  expect_axis_in_order(scene.axis, where);
  for (const StorylineMeeting& meeting : scene.meetings) {
    const Event& event = graph.event(meeting.event);
    const std::string what = where + ": meeting '" + event.id + "'";
    const Clipped time = clip_to_axis(event, scene.axis);
    EXPECT_LE(off_by(scene.axis, meeting.x0, time.lo), truth_tolerance)
        << what << " range starts at x " << meeting.x0;
    EXPECT_LE(off_by(scene.axis, meeting.x1, time.hi), truth_tolerance)
        << what << " range ends at x " << meeting.x1;
    EXPECT_GE(meeting.x, meeting.x0 - 0.01) << what << ": its lines meet before it may begin";
    EXPECT_LE(meeting.x, meeting.x1 + 0.01) << what << ": its lines meet after it may end";
    const Seconds met_at = scene.axis.time_at(meeting.x);
    EXPECT_GE(met_at, time.lo - 60) << what;
    EXPECT_LE(met_at, time.hi + 60) << what;
    EXPECT_EQ(meeting.continues_before, time.before) << what << " (continues left)";
    EXPECT_EQ(meeting.continues_after, time.after) << what << " (continues right)";
  }
  // A participant is never in two places at once: along a line, columns go left to right, apart.
  for (std::size_t line = 0; line < scene.lines.size(); ++line) {
    std::vector<double> xs;
    for (const StorylineMeeting& meeting : scene.meetings)
      if (std::find(meeting.lines.begin(), meeting.lines.end(), line) != meeting.lines.end())
        xs.push_back(meeting.x);
    std::sort(xs.begin(), xs.end());
    for (std::size_t i = 1; i < xs.size(); ++i)
      EXPECT_GE(xs[i] - xs[i - 1], 27.9)
          << where << ": line of '" << graph.id(scene.lines[line].entity) << "' meets twice at "
          << xs[i - 1] << " and " << xs[i];
  }
}

}  // namespace chronograph::testing
