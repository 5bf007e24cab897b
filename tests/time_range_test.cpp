// The one checked range of instants (limits::min_year..max_year, docs/limits.md): durations, gaps
// and formatting at its edges (issue 10, item 4).

#include <gtest/gtest.h>

#include <string>

#include <fmt/format.h>

#include "chronograph/chronograph.hpp"
#include "chronograph/limits.hpp"
#include "time/calendar.hpp"

namespace chronograph {
namespace {

std::string errors(const Loaded& loaded) {
  std::string text;
  for (const Diagnostic& d : loaded.diagnostics)
    if (d.severity == Severity::error) text += format_diagnostic(d, "");
  return text;
}

Loaded load_event(const std::string& when, const std::string& duration) {
  return load("chronograph: 1\nzone: UTC\nevents:\n  a: {title: A, when: " + when +
                  ", duration: " + duration + "}\n",
              "t.yaml");
}

TEST(TimeRange, TheLimitsAreTheCalendarsFirstAndLastSecond) {
  EXPECT_EQ(detail::days_from_civil({static_cast<int>(limits::min_year), 1, 1}) * 86400,
            limits::min_instant);
  EXPECT_EQ(detail::days_from_civil({static_cast<int>(limits::max_year) + 1, 1, 1}) * 86400 - 1,
            limits::max_instant);
}

// Years past 32767 wrapped (date's year is a short): P40000Y printed an end before the start.
TEST(TimeRange, InstantsFormatExactlyAtBothEdges) {
  EXPECT_EQ(format_instant(limits::max_instant, "UTC"), "+29999-12-31T23:59:59Z");
  EXPECT_EQ(format_instant(limits::min_instant, "UTC"), "-29999-01-01T00:00:00Z");
  EXPECT_EQ(format_instant(limits::max_instant, "+09:00"), "+30000-01-01T08:59:59+09:00");
  // Far outside (no stage makes one), no date rather than a wrong one.
  EXPECT_EQ(format_instant(Seconds{1} << 56, "UTC"), "");
  EXPECT_EQ(format_instant(-(Seconds{1} << 56), "UTC"), "");
}

// P999999999Y gave "0898-12-27T8761733283850:00:00+09:00" and a latest before the earliest.
TEST(TimeRange, ADurationLongerThanTheRangeIsAPositionedError) {
  const TimeParse<DurationSpec> parsed = parse_duration("P999999999Y");
  ASSERT_TRUE(parsed.error);
  EXPECT_EQ(parsed.error->offset, 0u);
  EXPECT_EQ(parsed.error->length, 11u);
  EXPECT_EQ(parsed.error->message,
            "duration longer than the 59999 years of supported instants (years -29999..29999; "
            "see docs/limits.md)");
  EXPECT_EQ(errors(load_event("2024-01-25", "P999999999Y")),
            "t.yaml:4:45: error: duration longer than the 59999 years of supported instants "
            "(years -29999..29999; see docs/limits.md)\n");
  // Many terms cannot wrap either.
  std::string many = "999999999 years";
  for (int i = 0; i < 400; ++i) many += " 999999999 years";
  EXPECT_TRUE(parse_duration(many).error);
  EXPECT_FALSE(parse_duration("P59000Y").error);
}

// P40000Y ended before it started.
TEST(TimeRange, ADurationThatWouldEndPastTheLastYearIsAnErrorAtTheDuration) {
  EXPECT_EQ(errors(load_event("2024-01-25", "P40000Y")),
            "t.yaml:4:45: error: the event would end after year 29999, the last supported (see "
            "docs/limits.md)\n");
  const Loaded far = load_event("2024-01-25", "P20000Y");
  ASSERT_TRUE(far.clean()) << errors(far);
  const Event& event = far.graph->event(*far.graph->find("a"));
  EXPECT_EQ(format_instant(event.end.earliest, "UTC"), "+22010-10-15T00:00:00Z");
  EXPECT_LT(event.start.latest, event.end.latest);
}

TEST(TimeRange, TheLastSecondIsInsideAndTheNextDayOutside) {
  const TimeParse<TimeSpec> day = parse_time("2000-01-01", "UTC");
  ASSERT_TRUE(day.value);
  const Seconds days = (limits::max_instant - day.value->start.latest) / 86400;
  const Loaded inside = load_event("2000-01-01", fmt::format("P{}D", days));
  ASSERT_TRUE(inside.clean()) << errors(inside);
  const Event& event = inside.graph->event(*inside.graph->find("a"));
  EXPECT_EQ(format_instant(event.end.latest, "UTC").substr(0, 11), "+29999-12-3");
  EXPECT_EQ(errors(load_event("2000-01-01", fmt::format("P{}D", days + 1))).substr(0, 50),
            "t.yaml:4:45: error: the event would end after year");
}

// A gap can carry a derived bound past the range: dropped outward (open is weaker and true),
// and an event that would lie wholly past it is an error at the event.
TEST(TimeRange, GapsPastTheLastYearAreCaught) {
  const Loaded loaded = load(
      "chronograph: 1\nzone: UTC\nevents:\n  a: {title: A, when: 9999-01-25}\n"
      "  b: {title: B}\n  c: {title: C}\nrelations:\n"
      "  - {type: before, from: a, to: b, gap: P30000Y}\n"
      "  - {type: before, from: a, to: c, gap: 0h..P30000Y}\n",
      "t.yaml");
  EXPECT_EQ(errors(loaded),
            "t.yaml:5:3: error: b would start after year 29999, the last supported (see "
            "docs/limits.md)\n");
  ASSERT_TRUE(loaded.has_graph());
  const Event& c = loaded.graph->event(*loaded.graph->find("c"));
  EXPECT_EQ(c.start.latest, unbounded_future);
  EXPECT_EQ(format_instant(c.start.earliest, "UTC"), "9999-01-25T00:00:00Z");
}

}  // namespace
}  // namespace chronograph
