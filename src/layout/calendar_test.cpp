#include "layout/calendar.hpp"

#include <gtest/gtest.h>

#include "layout/article_fixture.hpp"
#include "layout/ticks.hpp"

namespace chronograph::detail {
namespace {

using testing::at;

TEST(WallClock, FloorsAndStepsInTheZone) {
  const WallClock seoul("Asia/Seoul");
  const Seconds published = at(2024, 1, 26, 19, 55);
  EXPECT_EQ(seoul.floor(published, {CalendarUnit::day, 1}), at(2024, 1, 26));
  EXPECT_EQ(seoul.floor(published, {CalendarUnit::hour, 6}), at(2024, 1, 26, 18));
  EXPECT_EQ(seoul.next(published, {CalendarUnit::hour, 6}), at(2024, 1, 27));
  EXPECT_EQ(seoul.next(published, {CalendarUnit::month, 1}), at(2024, 2, 1));
  EXPECT_EQ(seoul.next(at(2023, 12, 5), {CalendarUnit::month, 3}), at(2024, 1, 1));
  EXPECT_EQ(seoul.next(at(2023, 6, 27), {CalendarUnit::day, 5}), at(2023, 7, 1));
  // New York changes its clocks; day boundaries follow local midnight on both sides.
  const WallClock new_york("America/New_York");
  EXPECT_EQ(new_york.floor(at(2024, 3, 10, 12, 0, -4), {CalendarUnit::day, 1}),
            at(2024, 3, 10, 0, 0, -5));
  EXPECT_EQ(new_york.next(at(2024, 3, 10, 12, 0, -4), {CalendarUnit::day, 1}),
            at(2024, 3, 11, 0, 0, -4));
}

TEST(CalendarLabel, KoreanAndEnglish) {
  const CivilTime t{2023, 6, 26, 9, 30};
  EXPECT_EQ(calendar_label(t, CalendarUnit::hour, Language::ko, false), "09시");
  EXPECT_EQ(calendar_label(t, CalendarUnit::hour, Language::en, false), "09:00");
  EXPECT_EQ(calendar_label(t, CalendarUnit::day, Language::ko, false), "6월 26일");
  EXPECT_EQ(calendar_label(t, CalendarUnit::day, Language::en, false), "Jun 26");
  EXPECT_EQ(calendar_label(t, CalendarUnit::day, Language::en, true), "Jun 26, 2023");
  EXPECT_EQ(calendar_label(t, CalendarUnit::month, Language::ko, true), "2023년 6월");
  EXPECT_EQ(calendar_label(t, CalendarUnit::month, Language::en, true), "Jun 2023");
  EXPECT_EQ(calendar_label(t, CalendarUnit::year, Language::ko, false), "2023년");
}

TEST(Ticks, StepFollowsTheScale) {
  const WallClock seoul("Asia/Seoul");
  const EstimatedTextMeasure measure;
  const TimeSegment three_days{at(2024, 1, 24), at(2024, 1, 27), 0, 900, 0};
  EXPECT_EQ(choose_step(three_days, seoul, Language::ko, measure, 11).unit, CalendarUnit::hour);
  const TimeSegment month{at(2023, 6, 1), at(2023, 7, 1), 0, 300, 0};
  EXPECT_EQ(choose_step(month, seoul, Language::ko, measure, 11).unit, CalendarUnit::day);
  const TimeSegment decade{at(2010, 1, 1), at(2020, 1, 1), 0, 300, 0};
  EXPECT_EQ(choose_step(decade, seoul, Language::en, measure, 11).unit, CalendarUnit::year);
  const auto ticks = segment_ticks(three_days, seoul, Language::ko, measure, {0, 20, 11});
  ASSERT_FALSE(ticks.empty());
  EXPECT_EQ(ticks.front().label, "2024년 1월 24일");  // the context label
  std::vector<Box> boxes;
  for (const AxisTick& tick : ticks)
    if (!tick.label.empty()) boxes.push_back(tick.label_box);
  EXPECT_TRUE(overlapping_pairs(boxes).empty());
}

}  // namespace
}  // namespace chronograph::detail
