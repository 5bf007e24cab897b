// TimelineJS JSON and its Google Sheet read into the Document: the samples in testdata/, how a
// .json or .csv is told to be TimelineJS, and every message positioned in the file.

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string sample(const std::string& name) {
  return testing::slurp(testing::source_dir() / "src" / "timelinejs" / "testdata" / name);
}

const EventDecl& event(const Document& document, const std::string& id) {
  for (const EventDecl& one : document.events)
    if (one.id.value == id) return one;
  static const EventDecl none;
  ADD_FAILURE() << "no event " << id;
  return none;
}

std::string messages(const std::string& text, const std::string& path = "t.json") {
  const Result<Document> document = parse_input(text, path);
  std::string out;
  for (const Diagnostic& diagnostic : document.diagnostics) {
    const std::string shown = format_diagnostic(diagnostic, text);
    out += shown.substr(0, shown.find('\n')) + "\n";
  }
  return out;
}

TEST(TimelineJsImport, ReadsSlidesTitleAndGroups) {
  const std::string text = sample("space-race.json");
  ASSERT_TRUE(looks_like_timelinejs(text));
  const Result<Document> read = parse_input(text, "space-race.json");
  ASSERT_TRUE(read.value);
  const Document& document = *read.value;
  EXPECT_EQ(document.title.plain, "The Space Race");
  EXPECT_EQ(document.source.title, "From Sputnik to Apollo & after");
  ASSERT_EQ(document.events.size(), 5U);
  const EventDecl& sputnik = event(document, "sputnik");
  EXPECT_EQ(sputnik.when.value, "1957-10-04T19:28:00");
  EXPECT_EQ(sputnik.when.range.begin, (SourcePosition{8, 21}));
  EXPECT_EQ(sputnik.note,
            "The first artificial satellite.\nBaikonur.\nmedia url: "
            "https://example.org/sputnik.jpg\nmedia caption: Sputnik 1\nmedia credit: Archive");
  ASSERT_EQ(sputnik.participants.size(), 1U);
  EXPECT_EQ(sputnik.participants[0].entity.value, "ussr");
  EXPECT_EQ(event(document, "gagarin").when.value, "1961-04-12");  // numbers written as strings
  EXPECT_EQ(event(document, "project-apollo").when.value, "1961-05/1972-12");
  EXPECT_EQ(event(document, "apollo-11").title.plain, "Apollo 11: \"one small step\"");
  // TimelineJS's -3000 is 3000 BCE, astronomical -2999.
  EXPECT_EQ(event(document, "people-watch-the-moon").when.value, "-2999");
  ASSERT_EQ(document.entities.size(), 2U);
  EXPECT_EQ(document.entities[1].name.plain, "USA");
  EXPECT_EQ(messages(text, "space-race.json"),
            "space-race.json:27:21: warning: unique_id 'apollo 11' is not an id (letters, "
            "digits, '_', '.' and '-', starting with a letter or digit); the event's id is "
            "'apollo-11'\n");
}

TEST(TimelineJsImport, ReadsTheGoogleSheet) {
  const std::string text = sample("space-race-sheet.csv");
  ASSERT_TRUE(looks_like_timelinejs_sheet(text));
  const Result<Document> read = parse_input(text, "space-race-sheet.csv");
  ASSERT_TRUE(read.ok()) << format_diagnostics(read.diagnostics, text);
  const Document& document = *read.value;
  EXPECT_EQ(document.title.plain, "The Space Race");
  ASSERT_EQ(document.events.size(), 4U);  // the title and era rows are not events
  EXPECT_EQ(event(document, "sputnik-1-launched").when.value, "1957-10-04T19:28:00");
  EXPECT_EQ(event(document, "sputnik-1-launched").when.range.begin, (SourcePosition{3, 1}));
  EXPECT_EQ(event(document, "project-apollo").when.value, "1961-05/1972-12");
  EXPECT_EQ(event(document, "eagle-has-landed").when.value,
            "1969-07-20T16:17:00/1969-07-20T22:56:00");
  EXPECT_EQ(event(document, "eagle-has-landed").participants[0].entity.value, "usa");
}

TEST(TimelineJsImport, OurEventJsonAndCsvAreNotTakenForIt) {
  EXPECT_FALSE(looks_like_timelinejs(R"({"chronograph": 1, "events": []})"));
  EXPECT_FALSE(looks_like_timelinejs(R"({"events": [], "chronograph": 1})"));
  EXPECT_FALSE(looks_like_timelinejs(R"({"chronograph_scene": 1, "events": []})"));
  EXPECT_FALSE(looks_like_timelinejs("[1, 2]"));
  // Our event JSON without its version: its own reader says what is missing.
  EXPECT_FALSE(looks_like_timelinejs(R"({"events": []})"));
  EXPECT_TRUE(looks_like_timelinejs(R"({"events": [{"start_date": {"year": 2024}}]})"));
  EXPECT_FALSE(looks_like_timelinejs_sheet("id,title,start\na,A,2024\n"));
  EXPECT_TRUE(looks_like_timelinejs_sheet("Year,Headline\n2024,A\n"));
}

TEST(TimelineJsImport, ErrorsArePositionedInTheFile) {
  EXPECT_EQ(messages(R"({"events": [{"start_date": {"year": 2024, "month": 13}}]})"),
            "t.json:1:52: error: month must be 1–12\n");
  EXPECT_EQ(messages(R"({"events": [{"start_date": {"year": 0}}]})"),
            "t.json:1:37: error: TimelineJS has no year 0: the year before 1 is -1 (1 BCE)\n");
  EXPECT_EQ(
      messages(R"({"events": [{"start_date": {"year": 2024}}, {"text": {"headline": "a"}}]})"),
      "t.json:1:45: error: a slide in events needs a start_date\n");
  EXPECT_EQ(messages(R"({"events": [{"start_date": {"year": "x"}}]})"),
            "t.json:1:38: error: year must be a whole number\n");
  EXPECT_EQ(messages(R"({"events": [{"start_date": {"year": 2024}, "grup": "a"}]})"),
            "t.json:1:45: warning: unknown key 'grup' in a slide; did you mean 'group'?\n");
  EXPECT_EQ(messages(R"({"events": [{"start_date": {"year": 2024, "day": 3}}]})"),
            "t.json:1:50: error: a day needs the month before it\n");
  EXPECT_EQ(messages(R"({"events": [{"start_date": {"year": 2024}, "end_date": {"year": 2020}}]})"),
            "t.json:1:56: error: the interval ends before it starts\n");
  EXPECT_EQ(messages("{\"events\": [,]}"),
            "t.json:1:13: error: invalid JSON: expected a value, found ','\n");
  EXPECT_EQ(messages("Year,Month,Headline\n2024,13,A\n1999,2,B,extra\n", "t.csv"),
            "t.csv:2:6: error: month must be 1–12\n"
            "t.csv:3:10: error: row 3 has 4 fields, more than the header's 3 (quote a field "
            "that holds a comma)\n");
  EXPECT_EQ(messages("Year,Time,Headline\n2024,25:00,A\n", "t.csv"),
            "t.csv:2:6: error: a time of day needs a date: give the month and day\n");
  EXPECT_EQ(messages("Year,Month,Day,Time,Headline\n2024,1,2,noon,A\n", "t.csv"),
            "t.csv:2:10: error: row 2: Time must be a time such as 14:30 or 2:30 PM\n");
}

}  // namespace
}  // namespace chronograph
