// Markwhen read into the Document: the sample files (whose dates ctest markwhen_parser compares
// with @markwhen/parser's), sections as lanes, and every message positioned in the .mw file.

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

Result<Document> read_sample(const std::string& name) {
  const auto path = testing::source_dir() / "src" / "markwhen" / "testdata" / name;
  return parse_markwhen(testing::slurp(path), name);
}

const EventDecl& event(const Document& document, const std::string& id) {
  for (const EventDecl& one : document.events)
    if (one.id.value == id) return one;
  static const EventDecl none;
  ADD_FAILURE() << "no event " << id;
  return none;
}

// The diagnostics' first lines, as the CLI prints them.
std::string messages(const std::string& text) {
  const Result<Document> document = parse_markwhen(text, "t.mw");
  std::string out;
  for (const Diagnostic& diagnostic : document.diagnostics) {
    const std::string shown = format_diagnostic(diagnostic, text);
    out += shown.substr(0, shown.find('\n')) + "\n";
  }
  return out;
}

TEST(Markwhen, ReadsTheHeaderDatesIdsTagsAndNotes) {
  const Result<Document> read = read_sample("launch.mw");
  ASSERT_TRUE(read.ok()) << format_diagnostics(read.diagnostics, "");
  const Document& document = *read.value;
  EXPECT_EQ(document.title.plain, "Orbital launch plan");
  EXPECT_EQ(document.default_zone.value, "America/New_York");
  ASSERT_EQ(document.events.size(), 16U);
  const EventDecl& kickoff = event(document, "kickoff");
  EXPECT_EQ(kickoff.title.plain, "Kickoff meeting");
  EXPECT_EQ(kickoff.when.value, "2024-01-26");
  EXPECT_EQ(kickoff.when.range.begin, (SourcePosition{7, 1}));
  EXPECT_EQ(kickoff.when.range.end, (SourcePosition{7, 11}));
  EXPECT_EQ(kickoff.id.range.begin, (SourcePosition{7, 29}));
  EXPECT_EQ(kickoff.tags, (std::vector<std::string>{"planning", "budget"}));
  EXPECT_EQ(kickoff.note, "Everyone in the big room.\nBring the budget");
  EXPECT_EQ(event(document, "feasibility-study").when.value, "2023-06/2024-01");
  EXPECT_EQ(event(document, "workshop").when.value, "2024-01-26T10:00/2024-01-26T14:30");
  // Relative dates, counted as Markwhen counts them, written as days when they fall on midnights.
  EXPECT_EQ(event(document, "reqs").when.value, "2024-01-27/2024-02-09");
  EXPECT_EQ(event(document, "review-right-after").when.value, "2024-02-10/2024-02-12");
  EXPECT_EQ(event(document, "preparation").when.value, "2024-01-19/2024-01-25");
  EXPECT_EQ(event(document, "test-week").when.value, "2024-03-04/2024-03-10");
  // Its own zone, named in the expression since the document's is another.
  EXPECT_EQ(event(document, "build").when.value, "2024-03-01[Europe/Berlin]");
  EXPECT_EQ(event(document, "operations").when.value, "2024-06-01/..");
}

TEST(Markwhen, SectionsAreEntitiesTheirEventsTakePartIn) {
  const Result<Document> read = read_sample("launch.mw");
  ASSERT_TRUE(read.value);
  const Document& document = *read.value;
  std::vector<std::string> names;
  for (const EntityDecl& entity : document.entities) names.push_back(entity.name.plain);
  EXPECT_EQ(names, (std::vector<std::string>{"Engineering", "Engineering / Backend", "Marketing",
                                             "Marketing / Partners"}));
  EXPECT_EQ(document.entities[0].tags, (std::vector<std::string>{"eng"}));
  EXPECT_TRUE(event(document, "kickoff").participants.empty());
  ASSERT_EQ(event(document, "api-freeze").participants.size(), 1U);
  EXPECT_EQ(event(document, "api-freeze").participants[0].entity.value, "engineering-backend");
  EXPECT_EQ(event(document, "partner-briefing").participants[0].entity.value, "marketing-partners");
  EXPECT_EQ(event(document, "operations").participants[0].entity.value, "marketing");
}

TEST(Markwhen, CasualDatesErasAndZones) {
  const Result<Document> read = read_sample("casual.mw");
  ASSERT_TRUE(read.ok()) << format_diagnostics(read.diagnostics, "");
  const Document& document = *read.value;
  EXPECT_EQ(document.default_zone.value, "+09:00");
  EXPECT_EQ(event(document, "january-second-month-first").when.value, "2024-01-02");
  EXPECT_EQ(event(document, "february-to-march").when.value, "2024-02/2024-03");
  EXPECT_EQ(event(document, "day-before-month").when.value, "2024-01-26/2024-02-03");
  EXPECT_EQ(event(document, "three-centuries-bce").when.value, "300 BCE/-0200-12-31");
  EXPECT_EQ(event(document, "one-year-bce").when.value, "50 BCE");
  EXPECT_EQ(event(document, "an-instant-in-utc").when.value, "2024-05-01T10:00:00Z");
  EXPECT_EQ(event(document, "an-hour-after").when.value, "2024-06-02T00:00/2024-06-02T01:00");
}

TEST(Markwhen, TheImportChecksCleanAndIsPickedByExtension) {
  const auto path = testing::source_dir() / "src" / "markwhen" / "testdata" / "launch.mw";
  EXPECT_EQ(input_format_for("plan.mw"), InputFormat::markwhen);
  const Loaded loaded = load(testing::slurp(path), "launch.mw");
  EXPECT_TRUE(loaded.clean()) << format_diagnostics(loaded.diagnostics, "");
}

TEST(Markwhen, LinesThatAreNotEventsStayText) {
  const Result<Document> read = parse_markwhen(
      "2024-01-26: Kickoff\nNote: bring 10 people\n10 people came: good\nMay I: ask\n"
      "2024-13-05 was a typo: fixed\n",
      "t.mw");
  ASSERT_TRUE(read.ok()) << format_diagnostics(read.diagnostics, "");
  ASSERT_EQ(read.value->events.size(), 1U);
  EXPECT_EQ(
      read.value->events[0].note,
      "Note: bring 10 people\n10 people came: good\nMay I: ask\n2024-13-05 was a typo: fixed");
}

TEST(Markwhen, ErrorsArePositionedInTheFile) {
  EXPECT_EQ(messages("2024-13-05: x\n"), "t.mw:1:6: error: month must be 01–12\n");
  EXPECT_EQ(messages("2024-02-30: x\n"),
            "t.mw:1:9: error: day 30 does not exist in February 2024\n");
  EXPECT_EQ(messages("2024: a\nafter !nothere 2 days: b\n"),
            "t.mw:2:7: error: no event '!nothere' above this line: a relative date counts from "
            "an event defined before it\n");
  EXPECT_EQ(messages("2 days: b\n"),
            "t.mw:1:1: error: no event above this one to count from (Markwhen would count from "
            "now, which changes with the clock)\n");
  EXPECT_EQ(messages("timezone: Asia/Seol\n2024: a\n"),
            "t.mw:1:11: error: unknown time zone 'Asia/Seol'; did you mean 'Asia/Seoul'?\n");
  EXPECT_EQ(messages("now/2025: a\n"),
            "t.mw:1:1: error: an event starting 'now' changes with the clock; write its date "
            "('now' may end a range: 2020/now)\n");
  EXPECT_EQ(messages("2024-01-01 every week: a\n"),
            "t.mw:1:1: error: recurring events ('every …') are not read: write each time as its "
            "own event\n");
  EXPECT_EQ(messages("Jan 26: a\n"),
            "t.mw:1:1: error: a date without a year: Markwhen reads it in the current year, "
            "which changes with the clock; write the year\n");
  EXPECT_EQ(messages("2024-05/2024-03: a\n"),
            "t.mw:1:1: error: this range ends before it starts (Markwhen: \"Illogical date "
            "range\")\n");
  EXPECT_EQ(messages("2024: a\n3 work days: b\n"),
            "t.mw:2:1: error: working days are not counted: write the date, or calendar days\n");
  EXPECT_EQ(messages("2024: a\n2023-06 - 2024-01: b\n"),
            "t.mw:2:1: warning: Markwhen reads this line as text of the event above, not as an "
            "event: a range of ISO dates is written with '/' (2023-06/2024-01)\n");
  EXPECT_EQ(messages("title: [a\n2024: b\n"),
            "t.mw:2:1: error: invalid YAML: end of sequence flow not found\n");
}

TEST(Markwhen, IdsAreUniqueAndAsWritten) {
  const Result<Document> read =
      parse_markwhen("2024: One !a\n2025: Two !a\n2026: One\n# One\n2027: Three !one\n", "t.mw");
  ASSERT_TRUE(read.value);
  std::vector<std::string> ids;
  for (const EventDecl& one : read.value->events) ids.push_back(one.id.value);
  // "one" is taken by the title above, so `!one` gives way to its own title.
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "two", "one", "three"}));
  EXPECT_EQ(read.value->entities[0].id.value, "one-2");
  EXPECT_EQ(messages("2024: One !a\n2025: Two !a\n"),
            "t.mw:2:11: warning: a second event with id 'a': relative dates count from the "
            "first, as in Markwhen; this one gets an id of its own\n");
}

}  // namespace
}  // namespace chronograph
