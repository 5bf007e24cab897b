// Each bad input yields exactly one positioned error, asserted as the user sees it.

#include <string>

#include <gtest/gtest.h>

#include "chronograph/document.hpp"
#include "chronograph/limits.hpp"

namespace chronograph {
namespace {

// The formatted diagnostics, after checking there is exactly one and that it is an error.
std::string single_error(std::string_view text) {
  const Result<Document> result = parse_document(text, "f.yaml");
  EXPECT_FALSE(result.ok());
  EXPECT_EQ(result.diagnostics.size(), 1U) << format_diagnostics(result.diagnostics, text);
  if (result.diagnostics.empty()) return {};
  EXPECT_EQ(result.diagnostics.front().severity, Severity::error);
  return format_diagnostics(result.diagnostics, text);
}

TEST(ParseErrors, EmptyFile) {
  EXPECT_EQ(single_error(""), "f.yaml:1:1: error: file is empty\n");
  EXPECT_EQ(single_error("# only a comment\n\n"),
            "f.yaml:1:1: error: file is empty\n# only a comment\n^\n");
  EXPECT_EQ(single_error("---\n"), "f.yaml:1:1: error: file holds no event document\n---\n^\n");
}

TEST(ParseErrors, InvalidUtf8IsFoundBeforeYamlParsing) {
  EXPECT_EQ(single_error("chronograph: 1\ntitle: x\xFFy\n"),
            "f.yaml:2:9: error: invalid UTF-8 byte 0xff\ntitle: x\xFFy\n        ^\n");
}

TEST(ParseErrors, MalformedYamlCarriesYamlCppsPosition) {
  EXPECT_EQ(single_error("chronograph: 1\ntitle: x: y\n"),
            "f.yaml:2:9: error: invalid YAML: illegal map value\ntitle: x: y\n        ^\n");
  // At the end of the file there is no line to show.
  EXPECT_EQ(single_error("chronograph: 1\nevents: [a, b\n"),
            "f.yaml:3:1: error: invalid YAML: end of sequence flow not found\n");
}

TEST(ParseErrors, UnterminatedQuoteThatYamlCppAccepts) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a:\n    title: A\n    when: \"2024\n"),
            "f.yaml:5:11: error: missing closing quote\n    when: \"2024\n          ^\n");
}

TEST(ParseErrors, MoreThanOneDocumentOrNotAMap) {
  EXPECT_EQ(single_error("chronograph: 1\n---\nchronograph: 1\n"),
            "f.yaml:2:1: error: file holds more than one YAML document; an event file is one "
            "document\n---\n^\n");
  EXPECT_EQ(single_error("- a\n"),
            "f.yaml:1:1: error: an event file must be a map, starting with 'chronograph: 1'\n"
            "- a\n^\n");
}

// yaml-cpp 0.7's LoadAll never returns on these (a stray flow token is an empty document that
// consumes nothing); each must end with one positioned error.
TEST(ParseErrors, StrayFlowTokensEndWithAnError) {
  EXPECT_EQ(single_error(","), "f.yaml:1:1: error: invalid YAML: unexpected ','\n,\n^\n");
  EXPECT_EQ(single_error("&a ,"), "f.yaml:1:4: error: invalid YAML: unexpected ','\n&a ,\n   ^\n");
  EXPECT_EQ(single_error("!x ,"), "f.yaml:1:4: error: invalid YAML: unexpected ','\n!x ,\n   ^\n");
  EXPECT_EQ(single_error("chronograph: 1\n---\n,\n"),
            "f.yaml:2:1: error: file holds more than one YAML document; an event file is one "
            "document\n---\n^\n");
}

// The one diagnostic's first line (the source lines of these inputs are too long to show).
std::string first_line(std::string_view text) {
  const Result<Document> result = parse_document(text, "f.yaml");
  EXPECT_EQ(result.diagnostics.size(), 1U);
  return result.diagnostics.empty() ? "" : format_diagnostic(result.diagnostics.front(), "");
}

TEST(ParseErrors, LimitsGivePositionedErrors) {
  std::string deep = "chronograph: 1\ntitle:\n";
  for (int i = 1; i < limits::max_yaml_depth; ++i) deep += std::string(i, ' ') + "a:\n";
  EXPECT_EQ(first_line(deep + std::string(limits::max_yaml_depth, ' ') + "a: 1\n"),
            "f.yaml:34:33: error: maps and lists nested deeper than 32 levels (see "
            "docs/limits.md)\n");
  // 32 levels are read (and then title is of the wrong type).
  for (const Diagnostic& d : parse_document(deep + " b: 1\n", "f.yaml").diagnostics)
    EXPECT_EQ(d.message.find("nested"), std::string::npos) << d.message;
  EXPECT_EQ(first_line("chronograph: 1\ntitle: " + std::string(limits::max_scalar_bytes + 1, 'x')),
            "f.yaml:2:8: error: value longer than 1048576 bytes (see docs/limits.md)\n");
  EXPECT_EQ(first_line(std::string(limits::max_input_bytes + 1, ' ')),
            "f.yaml:1:1: error: file is larger than 64 MiB (see docs/limits.md)\n");
}

TEST(ParseErrors, FormatVersion) {
  EXPECT_EQ(single_error("title: x\n"),
            "f.yaml:1:1: error: missing format version: an event file starts with "
            "'chronograph: 1'\ntitle: x\n^\n");
  EXPECT_EQ(single_error("chronograph: 2\nfuture: stuff\n"),
            "f.yaml:1:14: error: unsupported format version '2': this chronograph reads format "
            "1\nchronograph: 2\n             ^\n");
  EXPECT_EQ(single_error("chronogrpah: 1\n"),
            "f.yaml:1:1: error: unknown key 'chronogrpah' at the top level; did you mean "
            "'chronograph'?\nchronogrpah: 1\n^~~~~~~~~~~\n");
}

TEST(ParseErrors, WrongTypes) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a:\n    title: x\n    participants: 5\n"),
            "f.yaml:5:19: error: participants must be a list of entity ids\n"
            "    participants: 5\n                  ^\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents: [a, b]\n"),
            "f.yaml:2:9: error: events must be a map from id to event\n"
            "events: [a, b]\n        ^\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a:\n    title: [x, y]\n"),
            "f.yaml:4:12: error: title must be a string or a map with 'ko' and/or 'en'\n"
            "    title: [x, y]\n           ^\n");
  EXPECT_EQ(single_error("chronograph: 1\nentities:\n  a: {name: A, kind: place, tags: ai}\n"),
            "f.yaml:3:35: error: tags must be a list of strings\n"
            "  a: {name: A, kind: place, tags: ai}\n                                  ^\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a: [title]\n"),
            "f.yaml:3:6: error: event 'a' must be a map of fields (title, when, …)\n"
            "  a: [title]\n     ^\n");
}

TEST(ParseErrors, UnknownKeyWithSuggestion) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  arrival:\n    title: Arrival\n"
                         "    wehn: 2024-01-25\n"),
            "f.yaml:5:5: error: unknown key 'wehn' in event 'arrival'; did you mean 'when'?\n"
            "    wehn: 2024-01-25\n    ^~~~\n");
  // A misspelt required key is not also reported missing.
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  arrival:\n    titel: Arrival\n"),
            "f.yaml:4:5: error: unknown key 'titel' in event 'arrival'; did you mean 'title'?\n"
            "    titel: Arrival\n    ^~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\ncolour: red\n"),
            "f.yaml:2:1: error: unknown key 'colour' at the top level\ncolour: red\n^~~~~~\n");
}

TEST(ParseErrors, DuplicateIdPointsAtBothDefinitions) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  arrival: {title: A}\n  other: {title: B}\n"
                         "  arrival: {title: C}\n"),
            "f.yaml:5:3: error: duplicate event id 'arrival'\n"
            "  arrival: {title: C}\n  ^~~~~~~\n"
            "f.yaml:3:3: note: first defined here\n"
            "  arrival: {title: A}\n  ^~~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a:\n    title: A\n    title: B\n"),
            "f.yaml:5:5: error: duplicate key 'title' in event 'a'\n    title: B\n    ^~~~~\n"
            "f.yaml:4:5: note: first defined here\n    title: A\n    ^~~~~\n");
}

TEST(ParseErrors, EnumeratedValues) {
  EXPECT_EQ(single_error("chronograph: 1\nentities:\n  altman: {name: A, kind: persn}\n"),
            "f.yaml:3:27: error: unknown entity kind 'persn'; did you mean 'person'?\n"
            "  altman: {name: A, kind: persn}\n                          ^~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nentities:\n  altman: {name: A, kind: robot}\n"),
            "f.yaml:3:27: error: unknown entity kind 'robot' (expected person, organization, "
            "place, product or other)\n"
            "  altman: {name: A, kind: robot}\n                          ^~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a: {title: A, status: planed}\n"),
            "f.yaml:3:25: error: unknown event status 'planed'; did you mean 'planned'?\n"
            "  a: {title: A, status: planed}\n                        ^~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nrelations:\n  - {from: a, type: befor, to: b}\n"),
            "f.yaml:3:21: error: unknown relation type 'befor'; did you mean 'before'?\n"
            "  - {from: a, type: befor, to: b}\n                    ^~~~~\n");
}

TEST(ParseErrors, Calendars) {
  EXPECT_EQ(single_error("chronograph: 1\ncalendar: julain\n"),
            "f.yaml:2:11: error: unknown calendar 'julain'; did you mean 'julian'?\n"
            "calendar: julain\n          ^~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a: {title: A, calendar: julain}\n"),
            "f.yaml:3:27: error: unknown calendar 'julain'; did you mean 'julian'?\n"
            "  a: {title: A, calendar: julain}\n                          ^~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\ncalendar: hebrew\n"),
            "f.yaml:2:11: error: unknown calendar 'hebrew' (expected gregorian or julian)\n"
            "calendar: hebrew\n          ^~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\ncalender: julian\n"),
            "f.yaml:2:1: error: unknown key 'calender' at the top level; did you mean "
            "'calendar'?\ncalender: julian\n^~~~~~~~\n");
}

TEST(ParseErrors, MissingRequiredFields) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  arrival: {when: 2024}\n"),
            "f.yaml:3:3: error: missing 'title' in event 'arrival'\n"
            "  arrival: {when: 2024}\n  ^~~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nentities:\n  altman: {kind: person}\n"),
            "f.yaml:3:3: error: missing 'name' in entity 'altman'\n"
            "  altman: {kind: person}\n  ^~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nentities:\n  altman: {name: Sam}\n"),
            "f.yaml:3:3: error: missing 'kind' in entity 'altman'\n"
            "  altman: {name: Sam}\n  ^~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nrelations:\n  - {type: before, to: b}\n"),
            "f.yaml:3:5: error: missing 'from' in relation\n  - {type: before, to: b}\n    ^\n");
  EXPECT_EQ(single_error("chronograph: 1\nrelations:\n  - {from: a, to: b}\n"),
            "f.yaml:3:5: error: missing 'type' in relation\n  - {from: a, to: b}\n    ^\n");
  EXPECT_EQ(single_error("chronograph: 1\nrelations:\n  - {from: a, type: before}\n"),
            "f.yaml:3:5: error: missing 'to' in relation\n  - {from: a, type: before}\n    ^\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a:\n    title:\n"),
            "f.yaml:4:5: error: empty 'title' in event 'a'\n    title:\n    ^~~~~\n");
}

TEST(ParseErrors, MalformedIds) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  \"bad id\": {title: A}\n"),
            "f.yaml:3:4: error: invalid event id 'bad id': an id starts with a letter or digit "
            "and holds only letters, digits, '_', '.' and '-'\n"
            "  \"bad id\": {title: A}\n   ^~~~~~\n");
  EXPECT_EQ(single_error("chronograph: 1\nentities:\n  _x: {name: X, kind: other}\n"),
            "f.yaml:3:3: error: invalid entity id '_x': an id starts with a letter or digit and "
            "holds only letters, digits, '_', '.' and '-'\n"
            "  _x: {name: X, kind: other}\n  ^~\n");
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a: {title: A, place: \"x/y\"}\n"),
            "f.yaml:3:25: error: invalid entity id 'x/y': an id starts with a letter or digit "
            "and holds only letters, digits, '_', '.' and '-'\n"
            "  a: {title: A, place: \"x/y\"}\n                        ^~~\n");
}

TEST(ParseErrors, EndAndDurationAreExclusive) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a:\n    title: A\n    end: 2024-02\n"
                         "    duration: P1M\n"),
            "f.yaml:6:5: error: 'end' and 'duration' are mutually exclusive\n"
            "    duration: P1M\n    ^~~~~~~~\n"
            "f.yaml:5:5: note: 'end' given here\n    end: 2024-02\n    ^~~\n");
}

TEST(ParseErrors, HangulColumnsAreBytesAndCaretsAreDisplayWidth) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a: {title: 입국, status: 취소}\n"),
            "f.yaml:3:30: error: unknown event status '취소' (expected happened, planned, "
            "reported, cancelled or superseded)\n"
            "  a: {title: 입국, status: 취소}\n"
            "                           ^~~~\n");
}

TEST(ParseErrors, CollectsIndependentErrorsInFileOrder) {
  constexpr std::string_view text =
      "chronograph: 1\n"
      "events:\n"
      "  a: {title: A, status: nope}\n"
      "zone: [x]\n"
      "relations: {a: b}\n";
  const Result<Document> result = parse_document(text, "f.yaml");
  ASSERT_EQ(result.diagnostics.size(), 3U) << format_diagnostics(result.diagnostics, text);
  EXPECT_EQ(result.diagnostics[0].range.begin.line, 3);
  EXPECT_EQ(result.diagnostics[1].message, "zone must be a string");
  EXPECT_EQ(result.diagnostics[2].message, "relations must be a list");
}

TEST(ParseErrors, SelfReferentialAliasDoesNotHang) {
  EXPECT_EQ(single_error("chronograph: 1\nevents:\n  a:\n    title: A\n"
                         "    participants: &x [*x]\n"),
            "f.yaml:5:19: error: a participant must be an entity id or a map {entity: id, role: "
            "text}\n    participants: &x [*x]\n                  ^\n");
}

}  // namespace
}  // namespace chronograph
