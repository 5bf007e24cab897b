// Relative times: the grammar, its positioned errors, and the calendar arithmetic on anchors.

#include "time/relative.hpp"

#include <gtest/gtest.h>

#include <string>

namespace chronograph::detail {
namespace {

RelativeSyntax read(std::string_view text) {
  TimeParse<RelativeSyntax> parsed = parse_relative(text);
  EXPECT_FALSE(parsed.error) << text << ": " << parsed.error->message;
  return parsed.value.value_or(RelativeSyntax{});
}

// All a time expression allows.
Bounds bounds_of(std::string_view text, std::string_view zone) {
  return parse_time(text, zone).value->hull();
}

std::string placed(std::string_view anchor, std::string_view relative,
                   std::string_view zone = "Asia/Seoul") {
  const TimeParse<Bounds> result =
      place_relative(bounds_of(anchor, zone), read(relative), zone, Calendar::gregorian);
  if (result.error) return "error: " + result.error->message;
  return format_instant(result.value->earliest, zone) + " .. " +
         format_instant(result.value->latest, zone);
}

TEST(RelativeTime, RecognisesItsOwnWordsOnly) {
  for (const char* text : {"1 day before tour, late", "after tour", "before x", "between a and b",
                           "x +P7M", "x -P1D late", "x 전날 늦게", "x 7개월 후", "x 전 늦은 오후",
                           "a와 b 사이", "x 다음 날 오전", "the day after x"})
    EXPECT_TRUE(looks_relative(text)) << text;
  for (const char* text : {"2024-01-26", "2024-01-25 late", "2024-01-26 늦은 오후 Asia/Seoul",
                           "2024-01-26T19:55+09:00", "../2024-01-26", "2024-01-24/2024-01-26~",
                           "기원전 44년 3월 15일 오후", "2024-01-26 오전"})
    EXPECT_FALSE(looks_relative(text)) << text;
}

TEST(RelativeTime, ReadsEnglishIsoAndKoreanForms) {
  const RelativeSyntax english = read("1 day before pyeongtaek-tour, late");
  EXPECT_EQ(english.direction, RelativeDirection::before);
  EXPECT_EQ(english.anchors[0].token, "pyeongtaek-tour");
  EXPECT_EQ(english.anchors[0].offset, 13U);
  ASSERT_TRUE(english.amount);
  EXPECT_EQ(english.amount->low.days, 1);
  ASSERT_TRUE(english.part);
  EXPECT_EQ(english.part->canonical, "late");
  EXPECT_EQ(english.part_offset, 30U);

  const RelativeSyntax iso = read("visit-2023 +P7M");
  EXPECT_EQ(iso.direction, RelativeDirection::after);
  ASSERT_TRUE(iso.amount);
  EXPECT_EQ(iso.amount->low.months, 7);
  EXPECT_FALSE(iso.part);

  const RelativeSyntax hours = read("2 hours after hynix-meeting.end");
  EXPECT_EQ(hours.anchors[0].token, "hynix-meeting.end");
  EXPECT_EQ(hours.amount->elapsed.min, 7200);
  EXPECT_FALSE(hours.amount->calendar);

  const RelativeSyntax day_before = read("pyeongtaek-tour 전날 늦게");
  EXPECT_EQ(day_before.direction, RelativeDirection::before);
  EXPECT_EQ(day_before.amount->low.days, 1);
  EXPECT_EQ(day_before.part->canonical, "late");

  const RelativeSyntax order = read("departure 전 늦은 오후");
  EXPECT_EQ(order.direction, RelativeDirection::before);
  EXPECT_FALSE(order.amount);
  EXPECT_EQ(order.part->canonical, "late afternoon");

  const RelativeSyntax months = read("visit-2023 ~7개월 후");
  EXPECT_EQ(months.amount->low.months, 6);
  EXPECT_EQ(months.amount->high.months, 8);

  const RelativeSyntax between = read("between a and b.start");
  EXPECT_EQ(between.direction, RelativeDirection::between);
  EXPECT_EQ(between.anchors[1].token, "b.start");
  const RelativeSyntax sai = read("a와 b 사이");
  EXPECT_EQ(sai.direction, RelativeDirection::between);
  EXPECT_EQ(sai.anchors[0].token, "a");
  EXPECT_EQ(sai.anchors[1].token, "b");

  EXPECT_EQ(read("the day after x morning").amount->low.days, 1);
  EXPECT_EQ(read("x 다음 날 오전").direction, RelativeDirection::after);
}

struct ErrorCase {
  const char* text;
  std::size_t offset;
  std::size_t length;
  const char* message;
};

TEST(RelativeTime, ErrorsPointAtTheBadToken) {
  const ErrorCase cases[] = {
      {"after", 5, 0, "expected an event id after 'after'"},
      {"1 day before tour, lat", 19, 3, "unknown part of day 'lat'; did you mean 'late'?"},
      {"1 dya before tour", 2, 3, "unknown unit 'dya'; did you mean 'day'?"},
      {"2 hours before tour, late", 21, 4,
       "a part of day needs a shift in whole days, weeks, months or years ('1 day before x, "
       "late')"},
      {"between a or b", 10, 2, "expected 'and' after 'a', not 'or'"},
      {"between a and b late", 16, 4,
       "unexpected 'late' after 'between': a time between two events takes no shift or part of "
       "day"},
      {"after (tour)", 6, 6, "expected an event id (letters, digits, '_', '.', '-'), not '(tour)'"},
      {"tour +PT", 7, 1, "expected a number after 'T'"},
      {"a와 b", 6, 0, "expected '사이' after 'b'"},
  };
  for (const ErrorCase& c : cases) {
    const TimeParse<RelativeSyntax> parsed = parse_relative(c.text);
    ASSERT_TRUE(parsed.error) << c.text;
    EXPECT_EQ(parsed.error->message, c.message) << c.text;
    EXPECT_EQ(parsed.error->offset, c.offset) << c.text;
    EXPECT_EQ(parsed.error->length, c.length) << c.text;
  }
}

TEST(RelativeTime, APartOfDayLandsOnTheShiftedDaysOfTheAnchor) {
  // The article: late on the day before the morning tour is what "2024-01-25 late" says.
  EXPECT_EQ(placed("2024-01-26 오전", "1 day before tour, late"),
            "2024-01-25T18:00:00+09:00 .. 2024-01-26T00:00:00+09:00");
  EXPECT_EQ(placed("2024-01-26 오전", "tour 전날 늦게"),
            placed("2024-01-26 오전", "1 day before tour, late"));
  // A whole day as anchor: its closing midnight is still that day.
  EXPECT_EQ(placed("2024-01-26", "departure 전 늦은 오후"),
            "2024-01-26T15:00:00+09:00 .. 2024-01-26T18:00:00+09:00");
  // Two days of anchor, two days of result.
  EXPECT_EQ(placed("2024-01-26/2024-01-27", "the day after x, morning"),
            "2024-01-27T06:00:00+09:00 .. 2024-01-28T12:00:00+09:00");
  EXPECT_EQ(placed("2024-01-26T09:00/2024-01-27T09:00", "the day after x, morning"),
            "2024-01-27T06:00:00+09:00 .. 2024-01-28T12:00:00+09:00");
}

TEST(RelativeTime, CalendarShiftsKeepTheDayOfMonth) {
  EXPECT_EQ(placed("2023-06", "x +P7M"), "2024-01-01T00:00:00+09:00 .. 2024-02-01T00:00:00+09:00");
  EXPECT_EQ(placed("2023-06-09", "7 months after x"),
            "2024-01-09T00:00:00+09:00 .. 2024-01-10T00:00:00+09:00");
  // January 31 plus a month is the last day of February.
  EXPECT_EQ(placed("2024-01-31T10:00", "1 month after x"),
            "2024-02-29T10:00:00+09:00 .. 2024-02-29T10:01:00+09:00");
  // "~": one month less for the earliest bound, one more for the latest.
  EXPECT_EQ(placed("2023-06-09", "visit ~7개월 후"),
            "2023-12-09T00:00:00+09:00 .. 2024-02-10T00:00:00+09:00");
  // A day across a daylight-saving change is a calendar day, 23 hours here.
  EXPECT_EQ(placed("2024-03-09T12:00", "x +P1D", "America/New_York"),
            "2024-03-10T12:00:00-04:00 .. 2024-03-10T12:01:00-04:00");
}

TEST(RelativeTime, HoursAreElapsedTime) {
  EXPECT_EQ(placed("2024-01-26T14:00", "2 hours after x.end"),
            "2024-01-26T16:00:00+09:00 .. 2024-01-26T16:01:00+09:00");
  EXPECT_EQ(placed("2024-01-26T14:00", "x -PT30M"),
            "2024-01-26T13:30:00+09:00 .. 2024-01-26T13:31:00+09:00");
}

TEST(RelativeTime, OpenAnchorBoundsStayOpenAndFarShiftsFail) {
  const TimeParse<Bounds> open =
      place_relative(Bounds{}, read("1 day before x, late"), "UTC", Calendar::gregorian);
  ASSERT_TRUE(open.value);
  EXPECT_EQ(open.value->earliest, unbounded_past);
  EXPECT_EQ(open.value->latest, unbounded_future);
  EXPECT_EQ(placed("9999-06", "x +P1Y"),
            "error: this relative time falls outside the supported years -4799..9999 (see "
            "docs/limits.md)");
}

TEST(RelativeTime, TheWindowHoldsForAnyInstantOfTheAnchor) {
  const RelativeSyntax late = read("1 day before x, late");
  // Late on the day before: from 30 hours before the anchor's instant (its day's last instant,
  // the part's start a day earlier) to the anchor's instant itself (its day's first).
  const Bounds january = bounds_of("2024-01-25/2024-01-26", "Asia/Seoul");
  EXPECT_EQ(relative_window(late, "Asia/Seoul", january), (Bounds{-30 * 3600, 0}));
  // Across a daylight-saving change local days are 23 or 25 hours: an hour more each side.
  const Bounds march = bounds_of("2024-03-09/2024-03-10", "America/New_York");
  EXPECT_EQ(relative_window(late, "America/New_York", march), (Bounds{-31 * 3600, 3600}));
  // With nothing to measure, an hour for a zone that may have one; none for a fixed offset.
  EXPECT_EQ(relative_window(late, "Asia/Seoul", Bounds{}), (Bounds{-31 * 3600, 3600}));
  EXPECT_EQ(relative_window(late, "+09:00", Bounds{}), (Bounds{-30 * 3600, 0}));
  // Elapsed hours are exact.
  EXPECT_EQ(relative_window(read("x +PT2H"), "Asia/Seoul", Bounds{}), (Bounds{7200, 7200}));
  // P7M as a duration: 196 to 217 days.
  EXPECT_EQ(relative_window(read("x +P7M"), "UTC", Bounds{}), (Bounds{196 * 86400, 217 * 86400}));
}

}  // namespace
}  // namespace chronograph::detail
