// Which lines start a Markwhen event, and what their dates read as.

#include "markwhen/markwhen_dates.hpp"

#include <gtest/gtest.h>

namespace chronograph::detail::markwhen {
namespace {

std::string from_text(std::string_view line) {
  const Scan scan = scan_event_start(line);
  return scan.start ? scan.start->from.text : "(not an event)";
}

TEST(MarkwhenDates, EachFamilyReadsAsOurExpression) {
  EXPECT_EQ(from_text("2024: a"), "2024");
  EXPECT_EQ(from_text("  2024-01-26 10:30pm: a"), "2024-01-26T22:30");
  EXPECT_EQ(from_text("2024-01-26 12am: a"), "2024-01-26T00:00");
  EXPECT_EQ(from_text("1/26/2024, 9: a"), "2024-01-26T09:00");
  EXPECT_EQ(from_text("1/2024 - 3/2024: a"), "2024-01");
  EXPECT_EQ(from_text("January 26, 2024: a"), "2024-01-26");
  EXPECT_EQ(from_text("3 Feb 2024 to 5 Feb 2024: a"), "2024-02-03");
  EXPECT_EQ(from_text("300 BCE: a"), "300 BCE");
  EXPECT_EQ(from_text("2024-W01-3: a"), "2024-01-03");
}

TEST(MarkwhenDates, RelativeDatesKeepTheirReferenceAndAmounts) {
  const Scan scan = scan_event_start("by !launch.end 1 year, 2 months: a");
  ASSERT_TRUE(scan.start);
  const Endpoint& from = scan.start->from;
  EXPECT_EQ(from.kind, Endpoint::Kind::relative);
  EXPECT_TRUE(from.before);
  EXPECT_EQ(from.reference, "launch");
  EXPECT_EQ(from.part, "end");
  ASSERT_EQ(from.amounts.size(), 2U);
  EXPECT_EQ(from.amounts[1].count, 2);
  EXPECT_EQ(from.amounts[1].unit, Unit::month);
  EXPECT_EQ(scan.start->end, 31U);
}

TEST(MarkwhenDates, TextLinesAreNotEvents) {
  for (std::string_view line : {"Note: a", "10 people came: a", "May I: ask", "2 sandwiches: a",
                                "2024-13-05 was a typo: a", "https://example.org", "- item"})
    EXPECT_EQ(from_text(line), "(not an event)") << line;
  EXPECT_TRUE(scan_event_start("2023-06 - 2024-01: a").text_only);
}

TEST(MarkwhenDates, IsoWeeksStartOnMonday) {
  const CivilDay monday = iso_week_day(2021, 1, 1);  // 2021-W01 begins on 4 January
  EXPECT_EQ(monday.month, 1);
  EXPECT_EQ(monday.day, 4);
  const CivilDay sunday = iso_week_day(2020, 53, 7);
  EXPECT_EQ(sunday.year, 2021);
  EXPECT_EQ(sunday.day, 3);
}

}  // namespace
}  // namespace chronograph::detail::markwhen
