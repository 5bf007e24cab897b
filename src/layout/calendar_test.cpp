#include "layout/calendar.hpp"

#include <gtest/gtest.h>

#include <algorithm>

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

TEST(CalendarLabel, YearsBeforeTheCommonEraCarryTheirEra) {
  // Astronomical -43 is 44 BCE.
  const CivilTime ides{-43, 3, 15, 0, 0};
  EXPECT_EQ(calendar_label(ides, CalendarUnit::year, Language::en, false), "44 BCE");
  EXPECT_EQ(calendar_label(ides, CalendarUnit::year, Language::ko, false), "기원전 44년");
  EXPECT_EQ(calendar_label(ides, CalendarUnit::month, Language::en, true), "Mar 44 BCE");
  EXPECT_EQ(calendar_label(ides, CalendarUnit::month, Language::ko, true), "기원전 44년 3월");
  EXPECT_EQ(calendar_label(ides, CalendarUnit::day, Language::en, true), "Mar 15, 44 BCE");
  EXPECT_EQ(calendar_label(ides, CalendarUnit::day, Language::ko, true), "기원전 44년 3월 15일");
  EXPECT_EQ(year_label(0, Language::en), "1 BCE");
  EXPECT_EQ(year_label(1, Language::en), "1");
  EXPECT_EQ(year_label(-508, Language::ko), "기원전 509년");
}

TEST(WallClock, YearTicksFallOnRoundYearsAsReadersCountThem) {
  const WallClock utc("UTC");
  const auto year = [&](Seconds at) { return utc.civil(at).year; };
  const CalendarStep century{CalendarUnit::year, 100};
  // 150 BCE (-149) floors to 200 BCE (-199); then 100 BCE, 1 CE, 100 CE.
  const Seconds start = utc.floor(utc.to_utc({-149, 6, 1, 0, 0}), century);
  EXPECT_EQ(year(start), -199);
  const Seconds second = utc.next(start, century);
  EXPECT_EQ(year(second), -99);
  const Seconds third = utc.next(second, century);
  EXPECT_EQ(year(third), 1);
  EXPECT_EQ(year(utc.next(third, century)), 100);
  EXPECT_EQ(year(utc.floor(utc.to_utc({0, 1, 1, 0, 0}), century)), -99);
  EXPECT_EQ(year(utc.floor(utc.to_utc({50, 1, 1, 0, 0}), century)), 1);
  EXPECT_EQ(year(utc.floor(utc.to_utc({-99, 1, 1, 0, 0}), century)), -99);
  EXPECT_EQ(year(utc.floor(utc.to_utc({-100, 1, 1, 0, 0}), century)), -199);
  const CalendarStep one{CalendarUnit::year, 1};
  EXPECT_EQ(year(utc.next(utc.to_utc({-1, 1, 1, 0, 0}), one)), 0);
}

TEST(DisplayInstant, IsoFromTheCommonEraWordsBefore) {
  const Seconds instant = at(2024, 1, 26, 9);
  EXPECT_EQ(display_instant(instant, "Asia/Seoul", Language::en),
            format_instant(instant, "Asia/Seoul"));
  // Rome's local mean time in the tz database, +00:49:56.
  const Seconds ides = at(-43, 3, 15, 0, 0, 0) - (49 * 60 + 56) + 7;
  EXPECT_EQ(display_instant(ides, "Europe/Rome", Language::en), "Mar 15, 44 BCE 00:00:07+00:49:56");
  EXPECT_EQ(display_instant(ides, "Europe/Rome", Language::ko),
            "기원전 44년 3월 15일 00:00:07+00:49:56");
  EXPECT_EQ(display_instant(at(0, 12, 31, 23, 0, 0), "UTC", Language::en),
            "Dec 31, 1 BCE 23:00:00Z");
  EXPECT_EQ(display_instant(unbounded_past, "UTC", Language::en), "");
}

TEST(Ticks, BceSegmentsAreLabelledWithTheirEra) {
  const WallClock utc("UTC");
  const EstimatedTextMeasure measure;
  const TimeSegment republic{at(-508, 1, 1, 0, 0, 0), at(-26, 1, 1, 0, 0, 0), 0, 900, 0};
  for (const Language language : {Language::en, Language::ko}) {
    const auto ticks = segment_ticks(republic, utc, language, measure, {0, 20, 11});
    const CalendarStep step = choose_step(republic, utc, language, measure, 11);
    ASSERT_EQ(step.unit, CalendarUnit::year);
    ASSERT_FALSE(ticks.empty());
    EXPECT_EQ(ticks.front().label, language == Language::en ? "509 BCE" : "기원전 509년");
    std::size_t labelled = 0;
    for (const AxisTick& tick : ticks) {
      if (tick.label.empty()) continue;
      ++labelled;
      EXPECT_EQ(tick.label.find('-'), std::string::npos) << tick.label;
      EXPECT_NE(tick.label.find(language == Language::en ? " BCE" : "기원전 "), std::string::npos)
          << tick.label;
      // Round years as readers count them: 500 BCE is astronomical -499.
      if (tick.level == TickLevel::minor) {
        EXPECT_EQ((1 - utc.civil(tick.at).year) % step.count, 0) << tick.label;
      }
    }
    EXPECT_GT(labelled, 3U);
  }
}

TEST(WallClock, JulianMonthsAndYearsFollowTheJulianCalendar) {
  const WallClock julian("UTC", Calendar::julian);
  EXPECT_EQ(julian.calendar(), Calendar::julian);
  // Gregorian 13 March 44 BCE is the Ides of March in the Julian calendar.
  const Seconds ides = at(-43, 3, 13, 0, 0, 0);
  const CivilTime civil = julian.civil(ides);
  EXPECT_EQ(civil.year, -43);
  EXPECT_EQ(civil.month, 3);
  EXPECT_EQ(civil.day, 15);
  EXPECT_EQ(julian.to_utc({-43, 3, 15, 0, 0}), ides);
  // The next Julian month starts on Julian 1 April = Gregorian 30 March; the year on Julian 1
  // January 43 BCE = Gregorian 30 December 44 BCE.
  EXPECT_EQ(julian.next(ides, {CalendarUnit::month, 1}), at(-43, 3, 30, 0, 0, 0));
  EXPECT_EQ(julian.floor(ides, {CalendarUnit::month, 1}), at(-43, 2, 27, 0, 0, 0));
  EXPECT_EQ(julian.next(ides, {CalendarUnit::year, 1}), at(-43, 12, 30, 0, 0, 0));
  // Julian 1900 has a 29 February.
  EXPECT_EQ(julian.civil(julian.to_utc({1900, 2, 29, 12, 0})).day, 29);
}

TEST(DisplayInstant, JulianDatesCarryTheirMarker) {
  const Seconds ides = at(-43, 3, 13, 0, 0, 0);
  EXPECT_EQ(display_instant(ides, "UTC", Language::en, Calendar::julian),
            "Mar 15, 44 BCE 00:00:00Z (Julian)");
  EXPECT_EQ(display_instant(ides, "UTC", Language::ko, Calendar::julian),
            "율리우스력 기원전 44년 3월 15일 00:00:00Z");
  EXPECT_EQ(display_instant(ides, "UTC", Language::en, Calendar::julian, false),
            "Mar 15, 44 BCE 00:00:00Z");
  // Julian dates of the common era are words too: ISO has no Julian form.
  EXPECT_EQ(display_instant(at(1582, 10, 14, 0, 0, 0), "UTC", Language::en, Calendar::julian),
            "Oct 4, 1582 00:00:00Z (Julian)");
  EXPECT_EQ(calendar_marker("x", Calendar::gregorian, Language::ko), "x");
}

TEST(Ticks, JulianContextLabelsSayJulian) {
  const WallClock julian("UTC", Calendar::julian);
  const EstimatedTextMeasure measure;
  const TimeSegment spring{at(-43, 3, 13, 0, 0, 0), at(-43, 6, 1, 0, 0, 0), 0, 900, 0};
  const auto ticks = segment_ticks(spring, julian, Language::en, measure, {0, 20, 11});
  ASSERT_FALSE(ticks.empty());
  EXPECT_EQ(ticks.front().label, "Mar 44 BCE (Julian)");
  const auto ko = segment_ticks(spring, julian, Language::ko, measure, {0, 20, 11});
  EXPECT_EQ(ko.front().label, "율리우스력 기원전 44년 3월");
  // Month ticks sit on Julian first days: Julian 1 April 44 BCE is Gregorian 30 March.
  const auto april = std::find_if(ticks.begin(), ticks.end(),
                                  [](const AxisTick& tick) { return tick.label == "Apr 44 BCE"; });
  ASSERT_NE(april, ticks.end());
  EXPECT_EQ(april->at, at(-43, 3, 30, 0, 0, 0));
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
