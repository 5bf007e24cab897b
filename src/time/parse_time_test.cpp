#include <gtest/gtest.h>

#include <string>

#include "chronograph/time.hpp"

namespace chronograph {
namespace {

std::string utc(Seconds instant) {
  return format_instant(instant, "UTC");
}

struct BoundsCase {
  const char* text;
  const char* default_zone;
  // Expected closed bounds in UTC; "" is an open (unbounded) side.
  const char* start_earliest;
  const char* start_latest;
  const char* end_earliest;
  const char* end_latest;
  Precision precision;
};

void expect_bounds(const BoundsCase& c) {
  SCOPED_TRACE(c.text);
  const auto parsed = parse_time(c.text, c.default_zone);
  ASSERT_FALSE(parsed.error.has_value()) << parsed.error->message;
  const TimeSpec& spec = *parsed.value;
  EXPECT_EQ(utc(spec.start.earliest), c.start_earliest);
  EXPECT_EQ(utc(spec.start.latest), c.start_latest);
  EXPECT_EQ(utc(spec.end.earliest), c.end_earliest);
  EXPECT_EQ(utc(spec.end.latest), c.end_latest);
  EXPECT_EQ(spec.precision, c.precision);
  EXPECT_EQ(spec.text, c.text);
}

TEST(ParseTime, ReadsCalendarPrecisionsFromYearToSecond) {
  const BoundsCase cases[] = {
      {"2024-01-26", "Asia/Seoul", "2024-01-25T15:00:00Z", "2024-01-26T15:00:00Z",
       "2024-01-25T15:00:00Z", "2024-01-26T15:00:00Z", Precision::day},
      {"2024", "UTC", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", "2024-01-01T00:00:00Z",
       "2025-01-01T00:00:00Z", Precision::year},
      {"2023-06", "UTC", "2023-06-01T00:00:00Z", "2023-07-01T00:00:00Z", "2023-06-01T00:00:00Z",
       "2023-07-01T00:00:00Z", Precision::month},
      {"2024-01-26T14", "UTC", "2024-01-26T14:00:00Z", "2024-01-26T15:00:00Z",
       "2024-01-26T14:00:00Z", "2024-01-26T15:00:00Z", Precision::hour},
      {"2024-01-26T14:30", "UTC", "2024-01-26T14:30:00Z", "2024-01-26T14:31:00Z",
       "2024-01-26T14:30:00Z", "2024-01-26T14:31:00Z", Precision::minute},
      {"2024-01-26 14:30", "UTC", "2024-01-26T14:30:00Z", "2024-01-26T14:31:00Z",
       "2024-01-26T14:30:00Z", "2024-01-26T14:31:00Z", Precision::minute},
      {"2024-01-26T14:30:15", "UTC", "2024-01-26T14:30:15Z", "2024-01-26T14:30:16Z",
       "2024-01-26T14:30:15Z", "2024-01-26T14:30:16Z", Precision::second},
      {"2024-01-26T24:00", "UTC", "2024-01-27T00:00:00Z", "2024-01-27T00:01:00Z",
       "2024-01-27T00:00:00Z", "2024-01-27T00:01:00Z", Precision::minute},
      {"  2024-02-29 ", "UTC", "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z",
       "2024-02-29T00:00:00Z", "2024-03-01T00:00:00Z", Precision::day},
      // Astronomical years: -0500 is 501 BCE, 0000 is 1 BCE (a leap year).
      {"-0500", "UTC", "-0500-01-01T00:00:00Z", "-0499-01-01T00:00:00Z", "-0500-01-01T00:00:00Z",
       "-0499-01-01T00:00:00Z", Precision::year},
      {"0000-02-29", "UTC", "0000-02-29T00:00:00Z", "0000-03-01T00:00:00Z", "0000-02-29T00:00:00Z",
       "0000-03-01T00:00:00Z", Precision::day},
      {"-4799", "UTC", "-4799-01-01T00:00:00Z", "-4798-01-01T00:00:00Z", "-4799-01-01T00:00:00Z",
       "-4798-01-01T00:00:00Z", Precision::year},
      {"9999-12", "UTC", "9999-12-01T00:00:00Z", "+10000-01-01T00:00:00Z", "9999-12-01T00:00:00Z",
       "+10000-01-01T00:00:00Z", Precision::month},
  };
  for (const BoundsCase& c : cases) expect_bounds(c);
}

TEST(ParseTime, AppliesWrittenZonesAndOffsets) {
  const BoundsCase cases[] = {
      {"2024-01-26T19:55+09:00", "America/New_York", "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z",
       "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z", Precision::minute},
      {"2024-01-26T19:55+0900", "UTC", "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z",
       "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z", Precision::minute},
      {"2024-01-26T10:55Z", "Asia/Seoul", "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z",
       "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z", Precision::minute},
      {"2024-01-24 America/New_York", "Asia/Seoul", "2024-01-24T05:00:00Z", "2024-01-25T05:00:00Z",
       "2024-01-24T05:00:00Z", "2024-01-25T05:00:00Z", Precision::day},
      {"2024-01-24[America/New_York]", "Asia/Seoul", "2024-01-24T05:00:00Z", "2024-01-25T05:00:00Z",
       "2024-01-24T05:00:00Z", "2024-01-25T05:00:00Z", Precision::day},
      {"2024-01-24 +09:00", "UTC", "2024-01-23T15:00:00Z", "2024-01-24T15:00:00Z",
       "2024-01-23T15:00:00Z", "2024-01-24T15:00:00Z", Precision::day},
      {"2024-01-26T14:30 Asia/Seoul", "UTC", "2024-01-26T05:30:00Z", "2024-01-26T05:31:00Z",
       "2024-01-26T05:30:00Z", "2024-01-26T05:31:00Z", Precision::minute},
      {"2024-01-26 14:30 Asia/Seoul", "UTC", "2024-01-26T05:30:00Z", "2024-01-26T05:31:00Z",
       "2024-01-26T05:30:00Z", "2024-01-26T05:31:00Z", Precision::minute},
      {"2024-01-26T19:55-05", "UTC", "2024-01-27T00:55:00Z", "2024-01-27T00:56:00Z",
       "2024-01-27T00:55:00Z", "2024-01-27T00:56:00Z", Precision::minute},
      {"2024-01-26 Japan", "UTC", "2024-01-25T15:00:00Z", "2024-01-26T15:00:00Z",
       "2024-01-25T15:00:00Z", "2024-01-26T15:00:00Z", Precision::day},
      {"2024-01-26 Etc/GMT+5", "UTC", "2024-01-26T05:00:00Z", "2024-01-27T05:00:00Z",
       "2024-01-26T05:00:00Z", "2024-01-27T05:00:00Z", Precision::day},
      {"2024-01-26 UTC", "Asia/Seoul", "2024-01-26T00:00:00Z", "2024-01-27T00:00:00Z",
       "2024-01-26T00:00:00Z", "2024-01-27T00:00:00Z", Precision::day},
      // Each end of an interval may carry its own zone.
      {"2024-01-26 Asia/Seoul/2024-01-27 Europe/Paris", "UTC", "2024-01-25T15:00:00Z",
       "2024-01-26T15:00:00Z", "2024-01-26T23:00:00Z", "2024-01-27T23:00:00Z", Precision::day},
      // An attached offset fixes the instant; the bracketed name is kept for display.
      {"2024-01-26T19:55+09:00[Asia/Seoul]", "UTC", "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z",
       "2024-01-26T10:55:00Z", "2024-01-26T10:56:00Z", Precision::minute},
  };
  for (const BoundsCase& c : cases) expect_bounds(c);

  const struct {
    const char* text;
    const char* zone;
  } zones[] = {{"2024-01-26", "Asia/Seoul"},
               {"2024-01-26T19:55+09:00", "+09:00"},
               {"2024-01-26T19:55Z", "Z"},
               {"2024-01-24 America/New_York", "America/New_York"},
               {"2024-01-26T19:55+09:00[Asia/Seoul]", "Asia/Seoul"},
               {"2024-01-24/2024-01-25[Europe/Paris]", "Europe/Paris"}};
  for (const auto& z : zones)
    EXPECT_EQ(parse_time(z.text, "Asia/Seoul").value->zone, z.zone) << z.text;
  EXPECT_EQ(parse_time("2024", "").value->zone, "UTC");
}

TEST(ParseTime, NeverShrinksBoundsAcrossDaylightSavingTransitions) {
  const BoundsCase cases[] = {
      // Spring forward: 23-hour day; 02:30 does not exist, both bounds land on 03:00 EDT.
      {"2024-03-10", "America/New_York", "2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z",
       "2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z", Precision::day},
      {"2024-03-10T02:30", "America/New_York", "2024-03-10T07:00:00Z", "2024-03-10T07:00:00Z",
       "2024-03-10T07:00:00Z", "2024-03-10T07:00:00Z", Precision::minute},
      // Fall back: 25-hour day; 01:30 happens twice, the bounds cover both.
      {"2024-11-03", "America/New_York", "2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z",
       "2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z", Precision::day},
      {"2024-11-03T01:30", "America/New_York", "2024-11-03T05:30:00Z", "2024-11-03T06:31:00Z",
       "2024-11-03T05:30:00Z", "2024-11-03T06:31:00Z", Precision::minute},
  };
  for (const BoundsCase& c : cases) expect_bounds(c);
  const auto span = [](const char* text) {
    const Bounds hull = parse_time(text, "America/New_York").value->hull();
    return hull.latest - hull.earliest;
  };
  EXPECT_EQ(span("2024-03-10"), 23 * 3600);
  EXPECT_EQ(span("2024-11-03"), 25 * 3600);
  EXPECT_EQ(span("2024-07-04"), 24 * 3600);
}

TEST(ParseTime, ReadsPartsOfDayInEnglishAndKorean) {
  const struct {
    const char* text;
    const char* earliest;
    const char* latest;
    const char* canonical;
  } cases[] = {
      {"2024-01-25 late", "2024-01-25T18:00:00Z", "2024-01-26T00:00:00Z", "late"},
      {"2024-01-25 late in the day", "2024-01-25T18:00:00Z", "2024-01-26T00:00:00Z", "late"},
      {"2024-01-25 늦게", "2024-01-25T18:00:00Z", "2024-01-26T00:00:00Z", "late"},
      {"2024-01-26 오전", "2024-01-26T06:00:00Z", "2024-01-26T12:00:00Z", "morning"},
      {"2024-01-26 Morning", "2024-01-26T06:00:00Z", "2024-01-26T12:00:00Z", "morning"},
      {"2024-01-26 late afternoon", "2024-01-26T15:00:00Z", "2024-01-26T18:00:00Z",
       "late afternoon"},
      {"2024-01-26 늦은  오후", "2024-01-26T15:00:00Z", "2024-01-26T18:00:00Z", "late afternoon"},
      {"2024-01-26 dawn", "2024-01-26T00:00:00Z", "2024-01-26T06:00:00Z", "early morning"},
      {"2024-01-26 새벽", "2024-01-26T00:00:00Z", "2024-01-26T06:00:00Z", "early morning"},
      {"2024-01-26 아침", "2024-01-26T06:00:00Z", "2024-01-26T09:00:00Z", "breakfast time"},
      {"2024-01-26 낮", "2024-01-26T09:00:00Z", "2024-01-26T18:00:00Z", "daytime"},
      {"2024-01-26 정오", "2024-01-26T12:00:00Z", "2024-01-26T12:00:00Z", "noon"},
      {"2024-01-26 오후", "2024-01-26T12:00:00Z", "2024-01-26T18:00:00Z", "afternoon"},
      {"2024-01-26 저녁", "2024-01-26T18:00:00Z", "2024-01-26T21:00:00Z", "evening"},
      {"2024-01-26 밤", "2024-01-26T21:00:00Z", "2024-01-27T00:00:00Z", "night"},
      {"2024-01-26 late night", "2024-01-26T21:00:00Z", "2024-01-27T00:00:00Z", "late night"},
      {"2024-01-26 밤늦게", "2024-01-26T21:00:00Z", "2024-01-27T00:00:00Z", "late night"},
      // Qualified: ~ widens a part of day by an hour on each side.
      {"2024-01-26 noon~", "2024-01-26T11:00:00Z", "2024-01-26T13:00:00Z", "noon"},
      {"2024-01-25 late~", "2024-01-25T17:00:00Z", "2024-01-26T01:00:00Z", "late"},
      // With a zone after the part of day.
      {"2024-01-26 밤늦게 Asia/Seoul", "2024-01-26T12:00:00Z", "2024-01-26T15:00:00Z",
       "late night"},
      {"2024-01-26 밤늦게[Asia/Seoul]", "2024-01-26T12:00:00Z", "2024-01-26T15:00:00Z",
       "late night"},
      {"2024-01-26[Asia/Seoul] 밤늦게", "2024-01-26T12:00:00Z", "2024-01-26T15:00:00Z",
       "late night"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.text);
    const auto parsed = parse_time(c.text, "UTC");
    ASSERT_FALSE(parsed.error.has_value()) << parsed.error->message;
    EXPECT_EQ(utc(parsed.value->start.earliest), c.earliest);
    EXPECT_EQ(utc(parsed.value->end.latest), c.latest);
    EXPECT_EQ(parsed.value->start, parsed.value->end);
    EXPECT_EQ(parsed.value->day_part, c.canonical);
    EXPECT_EQ(parsed.value->precision, Precision::day_part);
  }
  const auto seoul = parse_time("2024-01-25 late", "Asia/Seoul");
  EXPECT_EQ(utc(seoul.value->start.earliest), "2024-01-25T09:00:00Z");
  EXPECT_EQ(utc(seoul.value->end.latest), "2024-01-25T15:00:00Z");
}

TEST(ParseTime, ReadsEdtfQualifiersAndUnspecifiedDigits) {
  const BoundsCase cases[] = {
      {"2024-01-26?", "UTC", "2024-01-26T00:00:00Z", "2024-01-27T00:00:00Z", "2024-01-26T00:00:00Z",
       "2024-01-27T00:00:00Z", Precision::day},
      {"2024-01-26~", "UTC", "2024-01-25T00:00:00Z", "2024-01-28T00:00:00Z", "2024-01-25T00:00:00Z",
       "2024-01-28T00:00:00Z", Precision::day},
      {"2024-01%", "UTC", "2023-12-01T00:00:00Z", "2024-03-01T00:00:00Z", "2023-12-01T00:00:00Z",
       "2024-03-01T00:00:00Z", Precision::month},
      {"2024~", "UTC", "2023-01-01T00:00:00Z", "2026-01-01T00:00:00Z", "2023-01-01T00:00:00Z",
       "2026-01-01T00:00:00Z", Precision::year},
      {"2024-01-26T14:30~", "UTC", "2024-01-26T14:29:00Z", "2024-01-26T14:32:00Z",
       "2024-01-26T14:29:00Z", "2024-01-26T14:32:00Z", Precision::minute},
      {"2024-01-26T14~", "UTC", "2024-01-26T13:00:00Z", "2024-01-26T16:00:00Z",
       "2024-01-26T13:00:00Z", "2024-01-26T16:00:00Z", Precision::hour},
      {"-4799~", "UTC", "-4800-01-01T00:00:00Z", "-4797-01-01T00:00:00Z", "-4800-01-01T00:00:00Z",
       "-4797-01-01T00:00:00Z", Precision::year},
      {"2024-01-XX", "UTC", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z", "2024-01-01T00:00:00Z",
       "2024-02-01T00:00:00Z", Precision::day},
      {"2024-XX", "UTC", "2024-01-01T00:00:00Z", "2025-01-01T00:00:00Z", "2024-01-01T00:00:00Z",
       "2025-01-01T00:00:00Z", Precision::month},
      {"202X", "UTC", "2020-01-01T00:00:00Z", "2030-01-01T00:00:00Z", "2020-01-01T00:00:00Z",
       "2030-01-01T00:00:00Z", Precision::year},
      {"19XX", "UTC", "1900-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "1900-01-01T00:00:00Z",
       "2000-01-01T00:00:00Z", Precision::year},
      {"-05XX", "UTC", "-0599-01-01T00:00:00Z", "-0499-01-01T00:00:00Z", "-0599-01-01T00:00:00Z",
       "-0499-01-01T00:00:00Z", Precision::year},
      // Non-trailing X: the hull of every date it allows.
      {"2024-XX-26", "UTC", "2024-01-26T00:00:00Z", "2024-12-27T00:00:00Z", "2024-01-26T00:00:00Z",
       "2024-12-27T00:00:00Z", Precision::day},
      {"2024-XX-31", "UTC", "2024-01-31T00:00:00Z", "2025-01-01T00:00:00Z", "2024-01-31T00:00:00Z",
       "2025-01-01T00:00:00Z", Precision::day},
      {"XXXX-02-29", "UTC", "0000-02-29T00:00:00Z", "9996-03-01T00:00:00Z", "0000-02-29T00:00:00Z",
       "9996-03-01T00:00:00Z", Precision::day},
      {"2024-1X", "UTC", "2024-10-01T00:00:00Z", "2025-01-01T00:00:00Z", "2024-10-01T00:00:00Z",
       "2025-01-01T00:00:00Z", Precision::month},
  };
  for (const BoundsCase& c : cases) expect_bounds(c);
  const struct {
    const char* text;
    bool uncertain, approximate;
  } flags[] = {{"2024", false, false},
               {"2024?", true, false},
               {"2024~", false, true},
               {"2024%", true, true},
               {"2024-01-26 late?", true, false},
               {"2024-06~/2024-08", false, true}};
  for (const auto& f : flags) {
    const auto parsed = parse_time(f.text, "UTC");
    ASSERT_TRUE(parsed.value.has_value()) << f.text;
    EXPECT_EQ(parsed.value->uncertain, f.uncertain) << f.text;
    EXPECT_EQ(parsed.value->approximate, f.approximate) << f.text;
  }
}

TEST(ParseTime, ReadsIntervalsWithOpenAndUnknownEnds) {
  const BoundsCase cases[] = {
      {"2024-01-24/2024-01-26", "UTC", "2024-01-24T00:00:00Z", "2024-01-25T00:00:00Z",
       "2024-01-26T00:00:00Z", "2024-01-27T00:00:00Z", Precision::day},
      {"2024-01 / 2024-01-26", "UTC", "2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z",
       "2024-01-26T00:00:00Z", "2024-01-27T00:00:00Z", Precision::month},
      {"2024-06~/2024-08", "UTC", "2024-05-01T00:00:00Z", "2024-08-01T00:00:00Z",
       "2024-08-01T00:00:00Z", "2024-09-01T00:00:00Z", Precision::month},
      {"../2024-01-26", "UTC", "", "2024-01-27T00:00:00Z", "2024-01-26T00:00:00Z",
       "2024-01-27T00:00:00Z", Precision::day},
      {"/2024-01-26", "UTC", "", "2024-01-27T00:00:00Z", "2024-01-26T00:00:00Z",
       "2024-01-27T00:00:00Z", Precision::day},
      {"2024-01-24/..", "UTC", "2024-01-24T00:00:00Z", "2024-01-25T00:00:00Z",
       "2024-01-24T00:00:00Z", "", Precision::day},
      {"2024-01-24/", "UTC", "2024-01-24T00:00:00Z", "2024-01-25T00:00:00Z", "2024-01-24T00:00:00Z",
       "", Precision::day},
      // A zone written on one end applies to the other when it has none.
      {"2024-01-24 America/New_York/2024-01-26", "UTC", "2024-01-24T05:00:00Z",
       "2024-01-25T05:00:00Z", "2024-01-26T05:00:00Z", "2024-01-27T05:00:00Z", Precision::day},
      {"2024-01-26T09:00/2024-01-26T17:00 Asia/Seoul", "UTC", "2024-01-26T00:00:00Z",
       "2024-01-26T00:01:00Z", "2024-01-26T08:00:00Z", "2024-01-26T08:01:00Z", Precision::minute},
      {"2024-01-26 late/2024-01-27 오전", "UTC", "2024-01-26T18:00:00Z", "2024-01-27T00:00:00Z",
       "2024-01-27T06:00:00Z", "2024-01-27T12:00:00Z", Precision::day_part},
  };
  for (const BoundsCase& c : cases) expect_bounds(c);
  EXPECT_TRUE(parse_time("2024/2025", "UTC").value->interval);
  EXPECT_FALSE(parse_time("2024", "UTC").value->interval);
  const Bounds hull = parse_time("2024-01-24/2024-01-26", "UTC").value->hull();
  EXPECT_EQ(utc(hull.earliest), "2024-01-24T00:00:00Z");
  EXPECT_EQ(utc(hull.latest), "2024-01-27T00:00:00Z");
}

}  // namespace
}  // namespace chronograph
