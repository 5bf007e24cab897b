#include "layout/segments.hpp"

#include <gtest/gtest.h>

#include <numeric>
#include <random>

#include "layout/article_fixture.hpp"

namespace chronograph::detail {
namespace {

constexpr Seconds hour = 3600, day = 86400;

std::vector<std::pair<Seconds, Seconds>> pairs(const std::vector<TimeRange>& ranges) {
  std::vector<std::pair<Seconds, Seconds>> out;
  for (const TimeRange& range : ranges) out.emplace_back(range.begin, range.end);
  return out;
}

TEST(Segments, GapsLongerThanTheThresholdBreak) {
  const std::vector<AxisSpan> spans{
      {0, 10 * hour}, {20 * hour, 30 * hour}, {100 * hour, 101 * hour}};
  EXPECT_EQ(pairs(find_segment_ranges(spans, 36 * hour, 10)),
            (std::vector<std::pair<Seconds, Seconds>>{{0, 30 * hour}, {100 * hour, 101 * hour}}));
  EXPECT_EQ(find_segment_ranges(spans, 5 * hour, 10).size(), 3u);
}

TEST(Segments, LongSpansDoNotHoldEmptyTimeOnThePage) {
  // A year-long span over two short clusters: it meets them, so it adds no coverage.
  const std::vector<AxisSpan> spans{{0, hour}, {200 * day, 200 * day + hour}, {0, 365 * day}};
  EXPECT_EQ(find_segment_ranges(spans, 36 * hour, 10).size(), 2u);
  // An open span is long whatever its finite length.
  const std::vector<AxisSpan> open{{0, hour}, {0, 10 * day, true, false}, {20 * day, 20 * day}};
  EXPECT_EQ(find_segment_ranges(open, 36 * hour, 10).size(), 2u);
}

TEST(Segments, AFarOutlierDoesNotMakeAYearShort) {
  // Three busy days inside a year-long span, and one day five centuries earlier: the limit comes
  // from the time covered (≈ 1 year + 1 day), not from the 500-year hull, so the year stays long.
  const Seconds y2024 = 54 * 365 * day;
  const std::vector<AxisSpan> spans{{y2024, y2024 + 365 * day},
                                    {y2024 + 25 * day, y2024 + 25 * day + hour},
                                    {y2024 + 26 * day, y2024 + 26 * day + hour},
                                    {-470 * 365 * day, -470 * 365 * day + day}};
  EXPECT_LT(long_span_limit(spans, 36 * hour), 365 * day);
  const auto ranges = find_segment_ranges(spans, 36 * hour, 10);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges[1].begin, y2024 + 25 * day);
  EXPECT_EQ(ranges[1].end, y2024 + 26 * day + hour);
}

TEST(Segments, LongSpanMeetingNothingGetsItsOwnSegment) {
  const std::vector<AxisSpan> spans{
      {0, hour}, {1000 * day, 1000 * day + hour}, {400 * day, 700 * day}};
  EXPECT_EQ(pairs(find_segment_ranges(spans, 36 * hour, 10)),
            (std::vector<std::pair<Seconds, Seconds>>{
                {0, hour}, {400 * day, 700 * day}, {1000 * day, 1000 * day + hour}}));
}

TEST(Segments, ALongBarsSidesGetRoomOfTheirOwn) {
  // Two busy hours and a 60-day bar that meets the first: its start (known to a day) and its end
  // (to an hour) get segments; a bar without sides (the storyline's) and an open side do not.
  AxisSpan bar{10 * day, 70 * day, false, false, day, true, 11 * day, 70 * day - hour};
  const std::vector<AxisSpan> spans{{30 * day, 30 * day + hour}, bar};
  EXPECT_EQ(pairs(find_segment_ranges(spans, 36 * hour, 10)),
            (std::vector<std::pair<Seconds, Seconds>>{
                {10 * day, 11 * day}, {30 * day, 30 * day + hour}, {70 * day - hour, 70 * day}}));
  bar.has_sides = false;
  EXPECT_EQ(find_segment_ranges(std::vector<AxisSpan>{spans[0], bar}, 36 * hour, 10).size(), 1u);
  bar.has_sides = true;
  bar.open_before = true;
  EXPECT_EQ(find_segment_ranges(std::vector<AxisSpan>{spans[0], bar}, 36 * hour, 10).size(), 2u);
  // A side known only to within more than the long-span limit gets none.
  bar.open_before = false;
  bar.starts_by = 40 * day;
  EXPECT_EQ(find_segment_ranges(std::vector<AxisSpan>{spans[0], bar}, 36 * hour, 10).size(), 2u);
}

TEST(Segments, SidesTakeOnlyTheRoomTheEventsLeave) {
  // Two busy hours 300 days apart, and five year-long bars that meet the first, each begun on a
  // day of its own: at most three segments, so one start gets room (the first written), and the
  // two hours are not drawn to scale across the 300 days to make room for the others. A start
  // within the threshold of a segment costs nothing, even when there is no room left.
  std::vector<AxisSpan> spans{{400 * day, 400 * day + hour}, {700 * day, 700 * day + hour}};
  for (Seconds begun : {100 * day, 150 * day, 200 * day, 250 * day})
    spans.push_back(
        {begun, begun + 365 * day, false, false, day, true, begun + day, begun + 365 * day});
  const Seconds near = 399 * day;
  spans.push_back({near, near + 365 * day, false, false, day, true, near + day, near + 365 * day});
  EXPECT_EQ(pairs(find_segment_ranges(spans, 36 * hour, 3)),
            (std::vector<std::pair<Seconds, Seconds>>{
                {100 * day, 101 * day}, {near, 400 * day + hour}, {700 * day, 700 * day + hour}}));
  // Unbounded, every start and end is shown: 2 + 4 starts (the fifth joins) + 5 ends.
  EXPECT_EQ(find_segment_ranges(spans, 36 * hour, 0).size(), 11u);
}

TEST(Segments, AtMostMaxSegmentsKeepingTheLongestGaps) {
  std::vector<AxisSpan> spans;
  Seconds at = 0;
  for (Seconds gap : {3 * day, 9 * day, 4 * day, 8 * day}) {
    spans.push_back({at, at + hour});
    at += hour + gap;
  }
  spans.push_back({at, at + hour});
  const auto ranges = find_segment_ranges(spans, 36 * hour, 3);
  ASSERT_EQ(ranges.size(), 3u);
  EXPECT_EQ(ranges[0].end - ranges[0].begin, hour + 3 * day + hour);  // 3-day gap absorbed
  EXPECT_EQ(ranges[1].begin - ranges[0].end, 9 * day);
  EXPECT_EQ(ranges[2].begin - ranges[1].end, 8 * day);
}

// Day-long spans on days 1 to 28 of every month for ten years: the 29th to the 31st are empty,
// but three days are a pixel of a decade. They were broken out six times (the earliest of the
// equal gaps), each early month a segment of its own and nine years squeezed into the last.
std::vector<AxisSpan> decade_of_days(int per_day) {
  std::vector<AxisSpan> spans;
  for (int month = 0; month < 120; ++month)
    for (int date = 0; date < 28; ++date)
      for (int i = 0; i < per_day; ++i) {
        const Seconds begin = (month * 31 + date) * day;
        spans.push_back({begin, begin + day, false, false, day});
      }
  return spans;
}

TEST(Segments, GapsTooShortToSeeAtTheirStretchsScaleAreNotBreaks) {
  EXPECT_EQ(find_segment_ranges(decade_of_days(1), 36 * hour, 7).size(), 1u);
  // A thousand days drawn at random from ten years: their longest gaps are 10 to 23 days.
  std::mt19937 random(11);
  std::vector<AxisSpan> spread;
  for (int i = 0; i < 1000; ++i) {
    const Seconds begin = static_cast<Seconds>(random() % 3650) * day;
    spread.push_back({begin, begin + day, false, false, day});
  }
  EXPECT_EQ(find_segment_ranges(spread, 36 * hour, 7).size(), 1u);
  // A monthly report for three years: each lone day between month-long gaps is no denser than
  // the rest, so no break either.
  std::vector<AxisSpan> monthly;
  for (int month = 0; month < 36; ++month)
    monthly.push_back({month * 30 * day, month * 30 * day + day, false, false, day});
  EXPECT_EQ(find_segment_ranges(monthly, 36 * hour, 7).size(), 1u);
  // A month-long gap in a decade is still no break; a year-long one is.
  std::vector<AxisSpan> holes = decade_of_days(1);
  std::erase_if(holes, [](const AxisSpan& s) { return s.lo >= 400 * day && s.lo < 431 * day; });
  EXPECT_EQ(find_segment_ranges(holes, 36 * hour, 7).size(), 1u);
  std::erase_if(holes, [](const AxisSpan& s) { return s.lo >= 1000 * day && s.lo < 1400 * day; });
  EXPECT_EQ(find_segment_ranges(holes, 36 * hour, 7).size(), 2u);
}

TEST(Segments, ABusyStretchBesideAQuietOneKeepsItsBreak) {
  // Five spans over nine months, two empty days, then fourteen in four days: the gap is a tiny
  // share of the whole, but the busy days need their own scale.
  std::vector<AxisSpan> spans;
  for (int i = 0; i < 5; ++i) spans.push_back({i * 50 * day, i * 50 * day + 60 * day});
  const Seconds busy = 262 * day;
  for (int i = 0; i < 14; ++i) spans.push_back({busy + i * 6 * hour, busy + i * 6 * hour + hour});
  const auto ranges = find_segment_ranges(spans, 36 * hour, 7);
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges[1].begin, busy);
}

TEST(Segments, SnapToLocalWallClockWithoutEatingTheGap) {
  const WallClock seoul("Asia/Seoul");
  using testing::at;
  std::vector<TimeRange> ranges{{at(2023, 6, 3, 10), at(2023, 6, 20, 15)},
                                {at(2024, 1, 24, 14), at(2024, 1, 26, 19, 55)},
                                {at(2024, 3, 1, 10, 30), at(2024, 3, 1, 10, 30)}};
  snap_ranges(ranges, seoul);
  EXPECT_EQ(ranges[0].begin, at(2023, 6, 3));
  EXPECT_EQ(ranges[0].end, at(2023, 6, 21));
  EXPECT_EQ(ranges[1].begin, at(2024, 1, 24));
  EXPECT_EQ(ranges[1].end, at(2024, 1, 27));
  EXPECT_EQ(ranges[2].begin, at(2024, 3, 1, 10));  // an instant gets its hour
  EXPECT_EQ(ranges[2].end, at(2024, 3, 1, 11));
}

// The storyline's meetings are points: one on a range's first or last boundary would be drawn on
// the segment's edge, its lines' names pushed off the page.
TEST(Segments, APointAtARangesEndIsNotLeftOnTheEdge) {
  const WallClock utc("UTC");
  using testing::at;
  const std::vector<TimeRange> original{{at(2024, 1, 26, 10), at(2024, 1, 26, 12)}};
  std::vector<TimeRange> ranges = original;
  snap_ranges(ranges, utc);
  EXPECT_EQ(ranges[0].begin, at(2024, 1, 26, 10));  // spans, not points: edges may be theirs
  EXPECT_EQ(ranges[0].end, at(2024, 1, 26, 12));
  ranges = original;
  const std::vector<Seconds> points{at(2024, 1, 26, 10), at(2024, 1, 26, 12)};
  snap_ranges(ranges, utc, points);
  EXPECT_EQ(ranges[0].begin, at(2024, 1, 26, 9));
  EXPECT_EQ(ranges[0].end, at(2024, 1, 26, 13));
  ranges = {{at(2024, 1, 26, 10, 30), at(2024, 1, 26, 12)}};  // 10:30 is no boundary
  const std::vector<Seconds> off_boundary{at(2024, 1, 26, 10, 30)};
  snap_ranges(ranges, utc, off_boundary);
  EXPECT_EQ(ranges[0].begin, at(2024, 1, 26, 10));
  EXPECT_EQ(ranges[0].end, at(2024, 1, 26, 12));
}

TEST(Segments, SnappingKeepsAtLeastHalfOfEveryGap) {
  const WallClock utc("UTC");
  // Multi-year ranges snap to years, but a 30-day gap between them must not vanish.
  std::vector<TimeRange> ranges{{0, 4 * 365 * day}, {4 * 365 * day + 30 * day, 9 * 365 * day}};
  snap_ranges(ranges, utc);
  EXPECT_GE(ranges[1].begin - ranges[0].end, 15 * day);
  EXPECT_EQ(ranges[0].begin, 0);
}

TEST(Segments, WidthsFavourBusySegmentsAndFillTheRoom) {
  const std::vector<TimeRange> ranges{{0, 30 * day}, {40 * day, 43 * day}};
  const std::vector<AxisSpan> spans{{0, 30 * day},
                                    {40 * day, 41 * day},
                                    {41 * day, 42 * day},
                                    {42 * day, 43 * day},
                                    {0, 43 * day}};
  const auto counts = count_spans(ranges, spans);
  EXPECT_EQ(counts, (std::vector<std::size_t>{2, 4}));
  const std::vector<double> minimum{100, 100};
  const auto widths = segment_widths(ranges, counts, minimum, 1000);
  EXPECT_NEAR(std::accumulate(widths.begin(), widths.end(), 0.0), 1000, 1e-9);
  EXPECT_GT(widths[1], widths[0]);
  EXPECT_EQ(segment_widths(ranges, counts, minimum, 150), minimum);
}

}  // namespace
}  // namespace chronograph::detail
