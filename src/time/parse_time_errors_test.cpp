#include <gtest/gtest.h>

#include "chronograph/time.hpp"

namespace chronograph {
namespace {

struct ErrorCase {
  const char* text;
  std::size_t offset;
  std::size_t length;
  const char* message;
};

TEST(ParseTimeErrors, PointAtTheExactBytes) {
  const ErrorCase cases[] = {
      {"", 0, 0, "empty time expression"},
      {"   ", 0, 3, "empty time expression"},
      {"2024-02-30", 8, 2, "day 30 does not exist in February 2024"},
      {"2023-02-29", 8, 2, "day 29 does not exist in February 2023"},
      {"2024-04-31", 8, 2, "day 31 does not exist in April 2024"},
      {"XXXX-02-30", 8, 2, "day 30 does not exist in February"},
      {"2024-13-01", 5, 2, "month must be 01–12"},
      {"2024-00", 5, 2, "month must be 01–12"},
      {"2024-2X", 5, 2, "month must be 01–12"},
      {"2024-01-32", 8, 2, "day must be 01–31"},
      {"2024-01-00", 8, 2, "day must be 01–31"},
      {"2024-01-26T25:00", 11, 2, "hour must be 00–23 (or 24:00)"},
      {"2024-01-26T24:30", 11, 2, "hour must be 00–23 (or 24:00)"},
      {"2024-01-26T14:61", 14, 2, "minute must be 00–59"},
      {"2024-01-26T14:30:60", 17, 2, "second must be 00–59"},
      {"2024-01-26T9:00", 11, 1, "hour must have 2 digits"},
      {"2024-01-26T", 11, 1, "hour must have 2 digits"},
      {"2024-1-26", 5, 1, "month must have 2 digits"},
      {"24-01-26", 0, 2, "year must have 4 digits"},
      {"20240126", 0, 8, "year must have 4 digits"},
      {"-4800", 0, 5, "year -4800 is outside the supported range -4799..9999"},
      {"-48XX", 0, 5, "year -48XX is outside the supported range -4799..9999"},
      {"late", 0, 4, "expected a date, not 'late'"},
      {"2024-01T14:00", 7, 1, "a time of day needs a full date"},
      {"2024-01  14:00", 9, 5, "a time of day needs a full date"},
      {"2024-01-26 Asia/Sooul", 11, 10,
       "unknown time zone 'Asia/Sooul'; did you mean 'Asia/Seoul'?"},
      {"2024-01-26[Asia/Sooul]", 11, 10,
       "unknown time zone 'Asia/Sooul'; did you mean 'Asia/Seoul'?"},
      {"2024-01-26 Nowhere/Atlantis", 11, 16, "unknown time zone 'Nowhere/Atlantis'"},
      {"2024-01-26[Asia/Seoul", 10, 11, "missing ']' after the time zone"},
      {"2024-01-26[Asia/Seoul] Asia/Tokyo", 23, 10, "the time zone is already given"},
      {"2024-01-26 Asia/Tokyo[Asia/Seoul]", 21, 1, "the time zone is already given"},
      {"2024-01-26T19:55+9", 16, 2, "invalid utc offset '+9' (use +09:00 or Z)"},
      {"2024-01-26 late afternon", 11, 13,
       "unknown part of day 'late afternon'; did you mean 'late afternoon'?"},
      {"2024-01-26 늦은 오우", 11, 13,
       "unknown part of day '늦은 오우'; did you mean '늦은 오후'?"},
      {"2024-01-26 blah", 11, 4, "unknown part of day 'blah'"},
      {"2024-01-26 blah Asia/Seoul", 11, 4, "unknown part of day 'blah'"},
      {"2024-01-26T14:30 late", 17, 4, "a part of day cannot follow a time of day"},
      {"2024-01-26T14:30 blah", 17, 4, "unexpected 'blah'"},
      {"2024 late", 5, 4, "a part of day needs a full date (2024-01-26 late)"},
      {"2024-01-26)", 10, 1, "unexpected ')'"},
      {"2024-01-26 late (maybe)", 16, 7, "unexpected '(maybe)'"},
      {"2024-01-26~?", 11, 1, "only one qualifier ('?', '~' or '%') is allowed"},
      {"..", 0, 2, "'..' marks an open end of an interval (../2024)"},
      {"/", 0, 1, "an interval needs at least one date"},
      {"2024-01-26/2024-01-20", 11, 10, "the interval ends before it starts"},
      {"2024/2025/2026", 9, 5, "unexpected '/2026'"},
      // Found by tools/fuzz time: runs of digits longer than an int used to overflow (UBSan).
      {"-1888888888888 bc", 0, 14, "year must have at most 4 digits"},
      {"2021X2222222221-bc", 0, 15,
       "year 2021X2222222221 is outside the supported range -4799..9999"},
  };
  for (const ErrorCase& c : cases) {
    SCOPED_TRACE(c.text);
    const auto parsed = parse_time(c.text, "UTC");
    ASSERT_TRUE(parsed.error.has_value());
    EXPECT_FALSE(parsed.value.has_value());
    EXPECT_EQ(parsed.error->message, c.message);
    EXPECT_EQ(parsed.error->offset, c.offset);
    EXPECT_EQ(parsed.error->length, c.length);
  }
}

TEST(ParseTimeErrors, ReportUnknownDefaultZones) {
  const auto parsed = parse_time("2024-01-26", "Mars/Base");
  ASSERT_TRUE(parsed.error.has_value());
  EXPECT_EQ(parsed.error->message, "unknown default time zone 'Mars/Base'");
  EXPECT_EQ(parsed.error->offset, 0U);
  EXPECT_EQ(parsed.error->length, 0U);
  // A written zone makes the default irrelevant.
  EXPECT_TRUE(parse_time("2024-01-26 Asia/Seoul", "Mars/Base").value.has_value());
}

}  // namespace
}  // namespace chronograph
