#include <string>

#include <gtest/gtest.h>

#include "chronograph/document.hpp"
#include "parse/parse_test_support.hpp"

namespace chronograph {
namespace {

constexpr std::string_view full_file = R"(chronograph: 1
title: {ko: 샘 올트먼 방한, en: Sam Altman in Korea}
source:
  title: 올트먼, 방한
  url: https://example.com/a
  published: 2024-01-26T19:55+09:00
  language: ko
zone: Asia/Seoul
entities:
  altman:
    name: {ko: 샘 올트먼, en: Sam Altman}
    kind: person
    role: CEO
    affiliation: openai
    tags: [ai, ceo]
    note: visits often
  openai: {name: OpenAI, kind: organization}
  korea:
    name: 한국
    kind: place
events:
  arrival:
    title: {ko: 입국, en: Arrival}
    when: 2024-01-25 late
    place: korea
    participants:
      - altman
      - {entity: openai, role: employer}
    status: reported
    source: {quote: "방한했다", where: paragraph 2}
    tags: [visit]
    note: by private jet
  meeting:
    title: Meeting
    when: "2024-01-26T10:00"
    duration: PT6H
    source: 만났다
  later:
    title: Later
    end: 2024-02
relations:
  - {from: arrival, type: before, to: meeting, gap: ~1 day}
  - {from: altman, type: label, to: openai, label: runs}
  - meeting  before   later
)";

TEST(ParseDocument, ReadsEveryFieldOfAFullFile) {
  const Result<Document> result = parse_document(full_file, "altman.yaml");
  ASSERT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, full_file);
  const Document& d = *result.value;
  EXPECT_EQ(d.path, "altman.yaml");
  EXPECT_EQ(d.format_version, 1);
  EXPECT_EQ(d.title.ko, "샘 올트먼 방한");
  EXPECT_EQ(d.title.en, "Sam Altman in Korea");
  EXPECT_EQ(d.title.plain, "");
  EXPECT_EQ(d.source.title, "올트먼, 방한");
  EXPECT_EQ(d.source.url, "https://example.com/a");
  ASSERT_TRUE(d.source.published.has_value());
  EXPECT_EQ(d.source.published->value, "2024-01-26T19:55+09:00");
  EXPECT_EQ(d.source.language, "ko");
  EXPECT_EQ(d.default_zone.value, "Asia/Seoul");
  EXPECT_EQ(d.default_zone.range.begin, (SourcePosition{8, 7}));

  ASSERT_EQ(d.entities.size(), 3U);
  const EntityDecl& altman = d.entities[0];
  EXPECT_EQ(altman.id.value, "altman");
  EXPECT_EQ(altman.id.range, (SourceRange{"altman.yaml", {10, 3}, {10, 9}}));
  EXPECT_EQ(altman.name.en, "Sam Altman");
  EXPECT_EQ(altman.kind.value, "person");
  EXPECT_EQ(altman.role, "CEO");
  ASSERT_TRUE(altman.affiliation.has_value());
  EXPECT_EQ(altman.affiliation->value, "openai");
  EXPECT_EQ(altman.tags, (std::vector<std::string>{"ai", "ceo"}));
  EXPECT_EQ(altman.note, "visits often");
  EXPECT_EQ(d.entities[1].id.value, "openai");
  EXPECT_EQ(d.entities[1].name.plain, "OpenAI");
  EXPECT_EQ(d.entities[2].name.plain, "한국");

  ASSERT_EQ(d.events.size(), 3U);
  const EventDecl& arrival = d.events[0];
  EXPECT_EQ(arrival.id.value, "arrival");
  EXPECT_EQ(arrival.title.en, "Arrival");
  EXPECT_EQ(arrival.when.value, "2024-01-25 late");
  ASSERT_TRUE(arrival.place.has_value());
  EXPECT_EQ(arrival.place->value, "korea");
  ASSERT_EQ(arrival.participants.size(), 2U);
  EXPECT_EQ(arrival.participants[0].entity.value, "altman");
  EXPECT_EQ(arrival.participants[0].role, "");
  EXPECT_EQ(arrival.participants[1].entity.value, "openai");
  EXPECT_EQ(arrival.participants[1].role, "employer");
  EXPECT_EQ(arrival.status.value, "reported");
  ASSERT_TRUE(arrival.source.has_value());
  EXPECT_EQ(arrival.source->quote, "방한했다");
  EXPECT_EQ(arrival.source->where, "paragraph 2");
  EXPECT_EQ(arrival.tags, (std::vector<std::string>{"visit"}));
  EXPECT_EQ(arrival.note, "by private jet");

  const EventDecl& meeting = d.events[1];
  EXPECT_EQ(meeting.when.value, "2024-01-26T10:00");
  EXPECT_EQ(meeting.status.value, "happened");  // the default
  ASSERT_TRUE(meeting.duration.has_value());
  EXPECT_EQ(meeting.duration->value, "PT6H");
  EXPECT_FALSE(meeting.end.has_value());
  ASSERT_TRUE(meeting.source.has_value());
  EXPECT_EQ(meeting.source->quote, "만났다");

  const EventDecl& later = d.events[2];
  EXPECT_EQ(later.when.value, "");  // no `when`: placed by reasoning
  EXPECT_EQ(later.when.range.begin.line, 0);
  ASSERT_TRUE(later.end.has_value());
  EXPECT_EQ(later.end->value, "2024-02");

  ASSERT_EQ(d.relations.size(), 3U);
  EXPECT_EQ(d.relations[0].from.value, "arrival");
  EXPECT_EQ(d.relations[0].type.value, "before");
  EXPECT_EQ(d.relations[0].to.value, "meeting");
  ASSERT_TRUE(d.relations[0].gap.has_value());
  EXPECT_EQ(d.relations[0].gap->value, "~1 day");
  EXPECT_EQ(d.relations[1].type.value, "label");
  EXPECT_EQ(d.relations[1].label, "runs");
  EXPECT_EQ(d.relations[2].from.value, "meeting");
  EXPECT_EQ(d.relations[2].type.value, "before");
  EXPECT_EQ(d.relations[2].to.value, "later");
  EXPECT_EQ(d.relations[2].from.range, (SourceRange{"altman.yaml", {44, 5}, {44, 12}}));
  EXPECT_EQ(d.relations[2].type.range, (SourceRange{"altman.yaml", {44, 14}, {44, 20}}));
  EXPECT_EQ(d.relations[2].to.range, (SourceRange{"altman.yaml", {44, 23}, {44, 28}}));
  EXPECT_TRUE(result.diagnostics.empty());
}

// The model stage points at a column inside `when` by adding an offset to its range: the range
// must start at the expression's first byte and span exactly its text.
TEST(ParseDocument, WhenRangesAreExactForPlainAndQuotedScalars) {
  constexpr std::string_view text =
      "chronograph: 1\n"
      "events:\n"
      "  a: {title: A, when: 2024-01-25 late}\n"
      "  b:\n"
      "    title: 비\n"
      "    when: \"2024-01-26T10:00\"   # quoted\n"
      "  c: {title: 씨, when: '2024'}\n"
      "  d:\n"
      "    title: D\n"
      "    when: 2024-01-25\n"
      "      late\n";
  const Result<Document> result = parse_document(text, "w.yaml");
  ASSERT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, text);
  const auto& events = result.value->events;
  ASSERT_EQ(events.size(), 4U);
  EXPECT_EQ(events[0].when.range, (SourceRange{"w.yaml", {3, 23}, {3, 38}}));
  EXPECT_EQ(events[1].when.range, (SourceRange{"w.yaml", {6, 12}, {6, 28}}));
  EXPECT_EQ(events[2].when.range, (SourceRange{"w.yaml", {7, 26}, {7, 30}}));
  // A folded plain scalar: only its start is known.
  EXPECT_EQ(events[3].when.value, "2024-01-25 late");
  EXPECT_EQ(events[3].when.range, (SourceRange{"w.yaml", {10, 11}, {10, 11}}));

  // Same text at the range: what the model stage relies on.
  const auto line = [&](int number) {
    std::size_t begin = 0;
    for (int i = 1; i < number; ++i) begin = text.find('\n', begin) + 1;
    return text.substr(begin, text.find('\n', begin) - begin);
  };
  for (int i = 0; i < 3; ++i) {
    const SourceRange& r = events[static_cast<std::size_t>(i)].when.range;
    EXPECT_EQ(line(r.begin.line)
                  .substr(static_cast<std::size_t>(r.begin.column - 1),
                          static_cast<std::size_t>(r.end.column - r.begin.column)),
              events[static_cast<std::size_t>(i)].when.value);
  }
}

TEST(ParseDocument, ReadsCalendarsPerDocumentAndEvent) {
  const std::string text =
      "chronograph: 1\ncalendar: julian\nevents:\n"
      "  ides: {title: Ides, when: 44-03-15 BCE}\n"
      "  today: {title: Today, when: 2024-01-26, calendar: gregorian}\n";
  const Result<Document> result = parse_document(text, "c.yaml");
  ASSERT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, text);
  EXPECT_EQ(result.value->calendar.value, "julian");
  EXPECT_EQ(result.value->calendar.range.begin, (SourcePosition{2, 11}));
  EXPECT_FALSE(result.value->events[0].calendar.has_value());
  ASSERT_TRUE(result.value->events[1].calendar.has_value());
  EXPECT_EQ(result.value->events[1].calendar->value, "gregorian");
  EXPECT_EQ(parse_document("chronograph: 1\n", "m.yaml").value->calendar.value, "gregorian");
}

TEST(ParseDocument, HandlesWindowsLineEndings) {
  constexpr std::string_view text =
      "chronograph: 1\r\nevents:\r\n  b:\r\n    title: B\r\n    when: 2024-01 late\r\n";
  const Result<Document> result = parse_document(text, "crlf.yaml");
  ASSERT_TRUE(result.ok()) << format_diagnostics(result.diagnostics, text);
  EXPECT_EQ(result.value->events.front().when.value, "2024-01 late");
  EXPECT_EQ(result.value->events.front().when.range, (SourceRange{"crlf.yaml", {5, 11}, {5, 23}}));
}

TEST(ParseDocument, AcceptsAndSkipsAByteOrderMark) {
  const std::string text =
      "\xEF\xBB\xBF"
      "chronograph: 1\nzone: UTC\n";
  const Result<Document> result = parse_document(text, "bom.yaml");
  ASSERT_TRUE(result.ok());
  EXPECT_EQ(result.value->default_zone.range, (SourceRange{"bom.yaml", {2, 7}, {2, 10}}));
}

TEST(ParseDocument, AllowsEmptySectionsAndAMinimalFile) {
  const Result<Document> minimal = parse_document("chronograph: 1\n", "m.yaml");
  ASSERT_TRUE(minimal.ok());
  EXPECT_EQ(minimal.value->default_zone.value, "UTC");
  EXPECT_TRUE(minimal.value->events.empty());
  const Result<Document> empty_sections =
      parse_document("chronograph: 1\nentities:\nevents: {}\nrelations: []\n", "e.yaml");
  EXPECT_TRUE(empty_sections.ok());
}

TEST(ParseDocument, KeepsFileOrderOfIds) {
  const Result<Document> result = parse_document(
      "chronograph: 1\nevents:\n  zulu: {title: Z}\n  alpha: {title: A}\n  mike: {title: M}\n",
      "o.yaml");
  ASSERT_TRUE(result.ok());
  ASSERT_EQ(result.value->events.size(), 3U);
  EXPECT_EQ(result.value->events[0].id.value, "zulu");
  EXPECT_EQ(result.value->events[1].id.value, "alpha");
  EXPECT_EQ(result.value->events[2].id.value, "mike");
}

// Every prefix of a valid file is some kind of broken file: none may throw or crash, and each
// either parses or says why with a positioned error.
TEST(ParseDocument, EveryTruncationOfAValidFileIsHandled) {
  for (std::size_t length = 0; length <= full_file.size(); ++length) {
    const std::string_view text = full_file.substr(0, length);
    Result<Document> result;
    ASSERT_NO_THROW(result = parse_document(text, "cut.yaml")) << length;
    for (const Diagnostic& d : result.diagnostics) {
      EXPECT_GT(d.range.begin.line, 0) << length << ": " << d.message;
      EXPECT_GT(d.range.begin.column, 0) << length << ": " << d.message;
    }
  }
}

}  // namespace
}  // namespace chronograph
