#pragma once
// Internal: axis ticks for one segment, in the document's zone and language.

#include <span>
#include <vector>

#include "chronograph/layout.hpp"
#include "layout/calendar.hpp"

namespace chronograph::detail {

struct AxisRows {
  double major_y = 0;  // top of the major (context) label row
  double minor_y = 0;  // top of the minor label row
  double font_size = 11;
  Seconds finest_step = 0;  // no tick step shorter than this (nominal seconds)
  // The context label of the segment before (after a scale break), so a segment that starts in
  // the same day or month can say more than the same words again.
  std::string previous_context;
};

// The finest calendar step whose labels do not crowd each other at this segment's scale.
CalendarStep choose_step(const TimeSegment& segment, const WallClock& clock, Language language,
                         const TextMeasure& measure, double font_size, Seconds finest_step = 0);

// Minor ticks at every step boundary with centred labels, and major ticks one unit up with
// left-aligned labels; the segment's first major label always names its context (e.g.
// "Jan 24, 2024"). Labels that would leave the segment or touch a neighbour stay empty.
// `pieces`, when given, are abutting segments of different scales that make up `segment` (a
// storyline's axis widened between crowded columns): the step is chosen for the whole, each tick
// is placed on its piece.
std::vector<AxisTick> segment_ticks(const TimeSegment& segment, const WallClock& clock,
                                    Language language, const TextMeasure& measure,
                                    const AxisRows& rows, std::span<const TimeSegment> pieces = {});

// The tick rows of an axis again, after its segments were widened into pieces (widen.hpp):
// the ticks laid out before were chosen for the narrower axis (a storyline of 48 meetings over
// four years kept one label, "2020"). Pieces with no break between them are ticked as one
// stretch, the step chosen for its average scale.
void tick_axis(Axis& axis, std::span<const AxisSpan> spans, const AxisOptions& options);

// Whether a quarter of the axis or more carries no tick label: ticks chosen before widening
// read well after a mild widening (Apollo 11's days), not after one that made the axis ordinal.
bool sparsely_labelled(const Axis& axis);

// Room the segment's context label needs.
double context_label_width(Seconds begin, const WallClock& clock, Language language,
                           const TextMeasure& measure, double font_size);

}  // namespace chronograph::detail
