#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"

namespace chronograph {
namespace {

Result<Document> read(const std::string& text) {
  return parse_csv(text, "events.csv");
}

// The one error of `text`, as the CLI prints it, first line only.
std::string first_error(const std::string& text) {
  Loaded loaded = load(text, "events.csv");
  EXPECT_FALSE(loaded.clean());
  for (const Diagnostic& diagnostic : loaded.diagnostics)
    if (diagnostic.severity == Severity::error) {
      const std::string shown = format_diagnostic(diagnostic, text);
      return shown.substr(0, shown.find('\n'));
    }
  return {};
}

TEST(Csv, ReadsRowsAsEvents) {
  const Result<Document> document = read(
      "id,title,start,status,participants,place\r\n"
      "tour,Plant tour,2024-01-26 오전,happened,altman;kyung (host),campus\r\n"
      "meet,\"Talks, then dinner\",2024-01-26T15:00,planned,altman,\r\n");
  ASSERT_TRUE(document.ok());
  ASSERT_EQ(document.value->events.size(), 2U);
  const EventDecl& tour = document.value->events[0];
  EXPECT_EQ(tour.id.value, "tour");
  EXPECT_EQ(tour.when.value, "2024-01-26 오전");
  EXPECT_EQ(tour.when.range.begin, (SourcePosition{2, 17}));
  ASSERT_EQ(tour.participants.size(), 2U);
  EXPECT_EQ(tour.participants[1].entity.value, "kyung");
  EXPECT_EQ(tour.participants[1].role, "host");
  EXPECT_EQ(tour.participants[1].entity.range.begin, (SourcePosition{2, 51}));
  EXPECT_EQ(document.value->events[1].title.plain, "Talks, then dinner");
  EXPECT_EQ(document.value->events[1].status.value, "planned");
  // Entities in order of first mention; the place one is a place.
  ASSERT_EQ(document.value->entities.size(), 3U);
  EXPECT_EQ(document.value->entities[2].id.value, "campus");
  EXPECT_EQ(document.value->entities[2].kind.value, "place");
  EXPECT_EQ(document.value->entities[0].kind.value, "other");
}

TEST(Csv, AQuotedNewlineIsPartOfTheField) {
  const std::string text =
      "id,start,note\n"
      "a,2024-01-01,\"two\nlines, \"\"quoted\"\"\"\n"
      "b,2024-13-01,\n";
  const Result<Document> document = read(text);
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document.value->events[0].note, "two\nlines, \"quoted\"");
  // Row 3 starts on line 4: positions are the file's lines, not row numbers.
  EXPECT_EQ(first_error(text), "events.csv:4:8: error: month must be 01–12");
}

TEST(Csv, MissingColumnIsAnError) {
  EXPECT_EQ(first_error("id,title\na,A\n").substr(0, 51),
            "events.csv:1:1: error: missing column 'start'; the ");
}

TEST(Csv, UnknownColumnSuggestsTheName) {
  EXPECT_EQ(first_error("id,strat\na,2024\n"),
            "events.csv:1:4: error: unknown column 'strat'; did you mean 'start'?");
}

TEST(Csv, RaggedRowIsPositionedAtTheExtraField) {
  EXPECT_EQ(first_error("id,start\na,2024\nb,2024,extra\n").substr(0, 53),
            "events.csv:3:8: error: row 3 has 3 fields, the header");
  EXPECT_EQ(first_error("id,start,title\na,2024\n").substr(0, 34),
            "events.csv:2:3: error: row 2 has 2");
}

TEST(Csv, QuotingMistakesArePositioned) {
  EXPECT_EQ(first_error("id,start\na,\"2024\n"),
            "events.csv:2:3: error: this quoted field is never closed (a double quote is missing)");
  EXPECT_EQ(first_error("id,start\na,20\"24\n").substr(0, 56),
            "events.csv:2:5: error: a double quote inside an unquoted");
  EXPECT_EQ(first_error("id,start\na,\"2024\"x\n").substr(0, 49),
            "events.csv:2:9: error: text after a closing quote");
}

TEST(Csv, StatusAndIdAreChecked) {
  EXPECT_EQ(first_error("id,start,status\na,2024,planed\n"),
            "events.csv:2:8: error: unknown status 'planed'; did you mean 'planned'?");
  EXPECT_EQ(first_error("id,start\n,2024\n"), "events.csv:2:1: error: row 2 has no id");
  EXPECT_EQ(first_error(""),
            "events.csv:1:1: error: file is empty; its first row must name the "
            "columns (docs/formats.md)");
}

// Our layout's participants and places are ids, as in YAML (which would refuse the file it
// imports to); the fuzzer's `kim lee` and `lecae\r?` were accepted here.
TEST(Csv, EventParticipantAndPlaceIdsAreChecked) {
  const std::string rule =
      "an id starts with a letter or digit and holds only letters, digits, '_', '.' and '-'";
  EXPECT_EQ(first_error("id,start\na b,2024\n"),
            "events.csv:2:1: error: invalid event id 'a b': " + rule);
  EXPECT_EQ(first_error("title,id,start\nA,\"-a\",2024\n"),
            "events.csv:2:4: error: invalid event id '-a': " + rule);
  // Ids are YAML's keys there: a second `a` is refused, with a note where the first is.
  const std::string twice = "id,start\na,2024\nb,2024\na,2025\n";
  const Loaded loaded = load(twice, "events.csv");
  ASSERT_EQ(loaded.diagnostics.size(), 1U);
  EXPECT_EQ(first_error(twice), "events.csv:4:1: error: duplicate event id 'a'");
  ASSERT_EQ(loaded.diagnostics[0].notes.size(), 1U);
  EXPECT_EQ(loaded.diagnostics[0].notes[0].range.begin, (SourcePosition{2, 1}));
  EXPECT_EQ(first_error("id,start,participants\na,2024,kim;kim lee (host)\n"),
            "events.csv:2:12: error: invalid entity id 'kim lee': " + rule);
  EXPECT_EQ(first_error("id,start,participants\na,2024,\"lee\r?\"\n"),
            "events.csv:2:9: error: invalid entity id 'lee\r?': " + rule);
  EXPECT_EQ(first_error("id,start,place\na,2024,bad place\n"),
            "events.csv:2:8: error: invalid entity id 'bad place': " + rule);
  EXPECT_TRUE(
      load("id,start,participants,place\na,2024,kim (host);lee,seoul\n", "events.csv").clean());
}

TEST(Csv, ByteOrderMarkBlankLinesAndOtherZones) {
  const Result<Document> document = read(
      "\xEF\xBB\xBFid,start,zone\n\n"
      "a,2024-01-26,Asia/Seoul\n"
      "b,2024-01-24,America/New_York\n"
      "c,2024-01-24T09:00Z,America/New_York\n");
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document.value->default_zone.value, "Asia/Seoul");
  // A row in another zone whose time names none gets its zone written after it.
  EXPECT_EQ(document.value->events[1].when.value, "2024-01-24 America/New_York");
  EXPECT_EQ(document.value->events[2].when.value, "2024-01-24T09:00Z");
}

TEST(Csv, IsPickedByExtension) {
  EXPECT_EQ(input_format_for("x/events.csv"), InputFormat::csv);
  EXPECT_EQ(format_from_extension("out.csv"), Format::csv);
}

}  // namespace
}  // namespace chronograph
