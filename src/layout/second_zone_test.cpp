// The timeline axis with a second time zone (--tz2): its own tick rows, both zones named.

#include <gtest/gtest.h>

#include <algorithm>

#include "chronograph/layout.hpp"
#include "layout/article_fixture.hpp"

namespace chronograph {
namespace {

using testing::at;

TimelineScene layout_with(std::string second_zone) {
  LayoutOptions options;
  options.second_zone = std::move(second_zone);
  return layout_timeline(testing::article_graph(), {}, options);
}

const AxisTick* tick_at(const std::vector<AxisTick>& ticks, Seconds instant) {
  const auto it = std::find_if(ticks.begin(), ticks.end(),
                               [&](const AxisTick& tick) { return tick.at == instant; });
  return it == ticks.end() ? nullptr : &*it;
}

TEST(SecondZone, WithoutItTheAxisHasOneZoneAndNoZoneNames) {
  const TimelineScene layout = layout_with("");
  EXPECT_TRUE(layout.axis.second_ticks.empty());
  EXPECT_TRUE(layout.axis.zone_labels.empty());
}

TEST(SecondZone, UtcRowMarksUtcMidnightWhereItFallsOnTheKoreanAxis) {
  const TimelineScene layout = layout_with("UTC");
  ASSERT_FALSE(layout.axis.second_ticks.empty());
  // 2024-01-26 00:00 UTC is 09:00 in Seoul: a major (day) tick of the UTC row, not of the KST row.
  const Seconds utc_midnight = at(2024, 1, 26, 0, 0, 0);
  const AxisTick* utc = tick_at(layout.axis.second_ticks, utc_midnight);
  ASSERT_NE(utc, nullptr);
  EXPECT_EQ(utc->level, TickLevel::major);
  EXPECT_EQ(utc->label, "Jan 26");
  EXPECT_DOUBLE_EQ(utc->x, layout.axis.x_of(utc_midnight));
  const AxisTick* kst = tick_at(layout.axis.ticks, utc_midnight);
  EXPECT_TRUE(kst == nullptr || kst->level == TickLevel::minor);
  // Seoul's midnight is a major tick of the document row; the UTC row keeps UTC's own hours.
  const Seconds seoul_midnight = at(2024, 1, 26);
  ASSERT_NE(tick_at(layout.axis.ticks, seoul_midnight), nullptr);
  EXPECT_EQ(tick_at(layout.axis.ticks, seoul_midnight)->level, TickLevel::major);
  for (const AxisTick& tick : layout.axis.second_ticks) {
    if (tick.level == TickLevel::minor) {
      EXPECT_EQ(tick.at % (6 * 3600), 0) << tick.label;
    }
  }
  const AxisTick* six_utc = tick_at(layout.axis.second_ticks, at(2024, 1, 26, 6, 0, 0));
  ASSERT_NE(six_utc, nullptr);
  EXPECT_EQ(six_utc->label, "06:00");
}

TEST(SecondZone, RowsStackAboveTheDocumentZoneAndNameBothZones) {
  const TimelineScene plain = layout_with("");
  const TimelineScene layout = layout_with("America/New_York");
  ASSERT_EQ(layout.axis.zone_labels.size(), 2U);
  EXPECT_EQ(layout.axis.zone_labels[0].zone, "America/New_York");
  EXPECT_EQ(layout.axis.zone_labels[1].zone, "Asia/Seoul");
  for (const AxisZoneLabel& zone : layout.axis.zone_labels) {
    EXPECT_FALSE(zone.label.empty());
    EXPECT_LE(zone.label_box.right(), layout.plot.x) << zone.label;
  }
  EXPECT_LT(layout.axis.second_y, layout.axis.y);
  EXPECT_GT(layout.axis.y, plain.axis.y) << "the second rows push the document rows down";
  for (const AxisTick& tick : layout.axis.second_ticks) {
    if (tick.label.empty()) continue;
    EXPECT_LE(tick.label_box.bottom(), layout.axis.second_y) << tick.label;
    EXPECT_GE(tick.label_box.x, layout.plot.x) << tick.label;
    EXPECT_LE(tick.label_box.right(), layout.plot.right()) << tick.label;
  }
}

TEST(SecondZone, NoLabelOverlapsAnother) {
  for (const char* zone : {"UTC", "America/New_York", "+05:30", "Pacific/Chatham"}) {
    const TimelineScene layout = layout_with(zone);
    EXPECT_EQ(overlapping_pairs(layout.label_boxes()),
              (std::vector<std::pair<std::size_t, std::size_t>>{}))
        << zone;
  }
}

}  // namespace
}  // namespace chronograph
