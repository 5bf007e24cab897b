// Each bad event JSON input, asserted as the user sees it: `file:line:col: error: …`.

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "chronograph/limits.hpp"

namespace chronograph {
namespace {

// The first lines of every diagnostic of load() (errors, warnings and their notes), without the
// quoted source.
std::string shown(const std::string& text) {
  const Loaded loaded = load(text, "e.json");
  std::string out;
  for (const Diagnostic& diagnostic : loaded.diagnostics) {
    out += format_diagnostic(diagnostic, "");
  }
  return out;
}

// One event `{"id": "a", "title": "A", FIELDS}` in an otherwise good file; its fields start at
// column 57 of line 1.
std::string event(const std::string& fields) {
  return R"({"chronograph": 1, "events": [{"id": "a", "title": "A", )" + fields + "}]}";
}

TEST(JsonErrors, SyntaxIsPositionedWhereTheTextStopsBeingJson) {
  EXPECT_EQ(shown("{\"chronograph\": 1,\n \"events\": [{\"id\": \"a\", \"title\": \"A\""),
            "e.json:2:37: error: invalid JSON: the file ends inside an object; '}' is missing\n"
            "e.json:2:13: note: the object starts here\n");
  EXPECT_EQ(shown(event(R"("note": "open)")),
            "e.json:1:65: error: invalid JSON: this string is never closed\n");
  EXPECT_EQ(shown(event(R"("note": "x",)")),
            "e.json:1:68: error: invalid JSON: a comma before '}': JSON allows no comma after the "
            "last member\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [1, ]})"),
            "e.json:1:32: error: invalid JSON: a comma before ']': JSON allows no comma after the "
            "last element\n");
  EXPECT_EQ(shown(event(R"("note" "x")")),
            "e.json:1:64: error: invalid JSON: expected ':' after the key, found a string\n");
  EXPECT_EQ(shown(event(R"("note": "x" "tags": [])")),
            "e.json:1:69: error: invalid JSON: expected ',' or '}' after a value in an object, "
            "found a string\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"id": "a"]})"),
            "e.json:1:41: error: invalid JSON: expected ',' or '}' after a value in an object, "
            "found ']'\ne.json:1:31: note: the object starts here\n");
  EXPECT_EQ(shown(R"({"chronograph": 1} {"chronograph": 1})"),
            "e.json:1:20: error: invalid JSON: text after the end of the JSON value, found '{'\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, 2: 3})"),
            "e.json:1:20: error: invalid JSON: expected a key in double quotes, found a number\n");
  EXPECT_EQ(shown("{'chronograph': 1}"),
            "e.json:1:2: error: invalid JSON: keys and strings need double quotes, not single "
            "ones\n");
}

TEST(JsonErrors, MalformedValuesAreSyntaxErrors) {
  EXPECT_EQ(shown(event(R"("note": tru)")),
            "e.json:1:65: error: invalid JSON: unknown word 'tru'; did you mean 'true'?\n");
  EXPECT_EQ(shown(event(R"("note": NaN)")),
            "e.json:1:65: error: invalid JSON: unknown word 'NaN' (text is written in double "
            "quotes)\n");
  EXPECT_EQ(shown(event(R"("x": 01)")),
            "e.json:1:62: error: invalid JSON: malformed number '01'\n");
  EXPECT_EQ(shown(event(R"("x": [+1])")),
            "e.json:1:63: error: invalid JSON: malformed number '+1'\n");
  EXPECT_EQ(shown(event(R"("x": 1.)")),
            "e.json:1:62: error: invalid JSON: malformed number '1.'\n");
  EXPECT_EQ(shown(event(R"("note": "\q")")),
            "e.json:1:66: error: invalid JSON: unknown escape '\\q' in a string (escapes: \\\" "
            "\\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)\n");
  EXPECT_EQ(shown(event(R"("note": "\u12")")),
            "e.json:1:66: error: invalid JSON: '\\u' needs four hex digits\n");
  EXPECT_EQ(shown(event(R"("note": "\ud800x")")),
            "e.json:1:66: error: invalid JSON: '\\ud800' is half of a UTF-16 surrogate pair, "
            "without the other half\n");
  EXPECT_EQ(shown(event("\"note\": \"a\tb\"")),
            "e.json:1:67: error: invalid JSON: control character 0x09 inside a string; write it "
            "as \\t\ne.json:1:65: note: the string starts here\n");
}

TEST(JsonErrors, FileLevelProblems) {
  EXPECT_EQ(shown(""), "e.json:1:1: error: file is empty\n");
  EXPECT_EQ(shown(" \n\t\n"), "e.json:1:1: error: file is empty\n");
  EXPECT_EQ(shown("{\"chronograph\": 1, \"title\": \"caf\xE9\"}"),
            "e.json:1:33: error: invalid UTF-8 byte 0xe9\n");
  EXPECT_EQ(shown("[{\"chronograph\": 1}]"),
            "e.json:1:1: error: an event JSON file must be an object, starting with "
            "{\"chronograph\": 1\n");
  // Not an event file, and not JSON either: the syntax error says more.
  EXPECT_EQ(shown("[1, 2"),
            "e.json:1:6: error: invalid JSON: the file ends inside an array; ']' is missing\n"
            "e.json:1:1: note: the array starts here\n");
  // JSON is a data format: past the YAML's 64 MiB it is still read (up to 2 GiB, too big to test).
  const std::string big = "{\"chronograph\": 1," + std::string(limits::max_input_bytes, ' ') +
                          "\"events\": [{\"id\": \"a\", \"title\": \"A\", \"when\": \"2024\"}]}";
  EXPECT_EQ(shown(big), "");
}

TEST(JsonErrors, FormatVersion) {
  EXPECT_EQ(shown(R"({"events": []})"),
            "e.json:1:1: error: missing format version: an event JSON file starts with "
            "{\"chronograph\": 1\n");
  EXPECT_EQ(shown(R"({"chronograph": 2, "future": {}})"),
            "e.json:1:17: error: unsupported format version '2': this chronograph reads format "
            "1\n");
  EXPECT_EQ(shown(R"({"chronograph": "1"})"),
            "e.json:1:17: error: unsupported format version '\"1\"': this chronograph reads format "
            "1, written as the number 1\n");
  // Huge numbers are read as the text they are, never as a double.
  EXPECT_EQ(shown(R"({"chronograph": 1e400})"),
            "e.json:1:17: error: unsupported format version '1e400': this chronograph reads "
            "format 1\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "x": [123456789012345678901234567890, -1e-99999]})"),
            "e.json:1:21: warning: unknown key 'x' at the top level\n");
}

TEST(JsonErrors, WrongTypes) {
  EXPECT_EQ(shown(event(R"("when": 2024)")), "e.json:1:65: error: when must be a string\n");
  EXPECT_EQ(shown(event(R"("tags": "visit")")),
            "e.json:1:65: error: tags must be an array of strings\n");
  EXPECT_EQ(shown(event(R"("tags": ["a", 1])")),
            "e.json:1:71: error: tags must be an array of strings\n");
  EXPECT_EQ(shown(event(R"("participants": {"kim": 1})")),
            "e.json:1:73: error: participants must be an array of entity ids\n");
  EXPECT_EQ(shown(event(R"("participants": [true])")),
            "e.json:1:74: error: a participant must be an entity id or an object {\"entity\": id, "
            "\"role\": text}\n");
  EXPECT_EQ(shown(event(R"("source": 3)")),
            "e.json:1:67: error: source must be a quote or an object {\"quote\": text, \"where\": "
            "text}\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"id": "a", "title": ["A"]}]})"),
            "e.json:1:52: error: title must be a string or an object with 'ko' and/or 'en'\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": {"a": {"title": "A"}}})"),
            "e.json:1:30: error: events must be an array of event objects, each with its \"id\"\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": ["a"]})"),
            "e.json:1:31: error: an event must be an object with an 'id'\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "relations": ["a before b"]})"),
            "e.json:1:34: error: a relation must be an object {\"from\": id, \"type\": type, "
            "\"to\": id}\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"id": 7, "title": "A"}]})"),
            "e.json:1:38: error: id must be a string\n");
  // A wrong type is one error, whatever it holds: nothing inside it is reported too.
  EXPECT_EQ(
      shown(event(
          R"("note": {"x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]})")),
      "e.json:1:65: error: note must be a string\n");
}

TEST(JsonErrors, KeysAndIds) {
  EXPECT_EQ(shown(event(R"("when": "2024", "when": "2025")")),
            "e.json:1:74: error: duplicate key 'when' in event 'a'\n"
            "e.json:1:58: note: first defined here\n");
  EXPECT_EQ(
      shown(
          R"({"chronograph": 1, "events": [{"id": "a", "title": "A"}, {"id": "a", "title": "B"}]})"),
      "e.json:1:66: error: duplicate event id 'a'\ne.json:1:39: note: first defined here\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"id": "a b", "title": "A"}]})"),
            "e.json:1:39: error: invalid event id 'a b': an id starts with a letter or digit and "
            "holds only letters, digits, '_', '.' and '-'\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"title": "A"}]})"),
            "e.json:1:31: error: missing 'id' in an event\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"id": null, "title": "A"}]})"),
            "e.json:1:38: error: empty 'id' in an event\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"id": "a", "titel": "A"}]})"),
            "e.json:1:39: error: missing 'title' in event 'a'\n"
            "e.json:1:44: warning: unknown key 'titel' in event 'a'; did you mean 'title'?\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "events": [{"id": "a", "title": null}]})"),
            "e.json:1:44: error: empty 'title' in event 'a'\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "entities": [{"id": "k", "name": "K"}]})"),
            "e.json:1:41: error: missing 'kind' in entity 'k'\n");
  EXPECT_EQ(
      shown(R"({"chronograph": 1, "events": [{"id": "a", "title": {"ko": "가", "kr": "나"}}]})"),
      "e.json:1:67: warning: unknown key 'kr' in title; did you mean 'ko'?\n");
}

TEST(JsonErrors, ValuesTheFormatChecks) {
  EXPECT_EQ(shown(event(R"("status": "planed")")),
            "e.json:1:68: error: unknown event status 'planed'; did you mean 'planned'?\n");
  EXPECT_EQ(shown(event(R"("calendar": "julain")")),
            "e.json:1:70: error: unknown calendar 'julain'; did you mean 'julian'?\n");
  EXPECT_EQ(shown(R"({"chronograph": 1, "entities": [{"id": "k", "name": "K", "kind": "persn"}]})"),
            "e.json:1:67: error: unknown entity kind 'persn'; did you mean 'person'?\n");
  EXPECT_EQ(shown(event(R"("end": "2025", "duration": "2h")")),
            "e.json:1:73: error: 'end' and 'duration' are mutually exclusive\n"
            "e.json:1:58: note: 'end' given here\n");
  EXPECT_EQ(shown(event(R"("end": "2025", "end_text": "2026")")),
            "e.json:1:73: error: 'end' and 'end_text' both give the end as written; keep one\n"
            "e.json:1:58: note: 'end' given here\n");
  EXPECT_EQ(shown(event(R"("start": "2024")")),
            "e.json:1:58: warning: 'start' is the export's reasoned bounds and is not read; the "
            "time as written is 'when'\n");
}

const std::string two_events =
    R"({"chronograph": 1, "events": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}], )";

TEST(JsonErrors, Relations) {
  EXPECT_EQ(shown(two_events + R"("relations": [{"from": "a", "type": "befor", "to": "b"}]})"),
            "e.json:1:123: error: unknown relation type 'befor'; did you mean 'before'?\n");
  EXPECT_EQ(shown(two_events + R"("relations": [{"from": "a", "type": "before"}]})"),
            "e.json:1:100: error: missing 'to' in relation\n");
  EXPECT_EQ(
      shown(two_events + R"("relations": [{"from": "a", "type": "participant", "to": "b"}]})"),
      "e.json:1:123: error: relation type 'participant' is implied by event and entity "
      "fields and cannot be written\n");
  EXPECT_EQ(shown(two_events +
                  R"("relations": [{"from": "a", "type": "before", "to": "b", "implied": true}]})"),
            "e.json:1:123: error: only participant, located-at and affiliated-with edges are "
            "implied; a 'before' relation is written without \"implied\": true\n");
  EXPECT_EQ(shown(two_events +
                  R"("relations": [{"from": "a", "type": "causes", "to": "b", "gap": "1h"}]})"),
            "e.json:1:144: error: 'gap' is only allowed on temporal relations, not on 'causes'\n");
  EXPECT_EQ(shown(two_events + R"("relations": [{"from": "a", "type": "label", "to": "b"}]})"),
            "e.json:1:123: error: a 'label' relation needs a 'label' text\n");
  EXPECT_EQ(shown(two_events + R"("relations": [{"from": "a", "type": "before", "to": "c"}]})"),
            "e.json:1:139: error: unknown id 'c'\n");
}

TEST(JsonErrors, Limits) {
  std::string deep = event(R"("x": )");
  deep.resize(deep.size() - 3);
  const std::string open(100000, '['), close(100000, ']');
  EXPECT_EQ(shown(deep + open + close + "}]}"),
            "e.json:1:58: warning: unknown key 'x' in event 'a'\n"
            "e.json:1:91: error: objects and arrays nested deeper than 32 levels (see "
            "docs/limits.md)\n");
  // 32 levels are fine: the event is at 3, its field at 4.
  EXPECT_EQ(shown(deep + std::string(28, '[') + std::string(28, ']') + "}]}"),
            "e.json:1:58: warning: unknown key 'x' in event 'a'\n");
  EXPECT_EQ(shown(event("\"note\": \"" + std::string(limits::max_scalar_bytes + 1, 'x') + "\"")),
            "e.json:1:66: error: value longer than 1048576 bytes (see docs/limits.md)\n");
  // Deep and broken: the syntax check walks it without recursion.
  EXPECT_EQ(shown("{\"chronograph\": 1, \"x\": " + std::string(1000000, '[')),
            "e.json:1:1000025: error: invalid JSON: the file ends inside an array; ']' is "
            "missing\ne.json:1:1000024: note: the array starts here\n");
}

// Events and relations are read on threads of their own (read_json.cpp, BackgroundSections):
// their messages still come in file order, and a syntax error in either stops the whole read.
TEST(JsonErrors, SectionsReadAlongsideEachOtherReportInFileOrder) {
  const std::string file =
      "{\"chronograph\": 1,\n"
      "\"relations\": [{\"from\": \"a\", \"to\": \"b\", \"type\": \"before\", \"wehn\": 1}],\n"
      "\"events\": [{\"id\": \"a\", \"title\": \"A\", \"wehn\": \"2024\"},\n"
      "{\"id\": \"b\", \"title\": \"B\", \"when\": \"2024\", \"nte\": \"x\"}],\n"
      "\"relations\": []}";
  EXPECT_EQ(shown(file),
            "e.json:2:59: warning: unknown key 'wehn' in relation\n"
            "e.json:3:39: warning: unknown key 'wehn' in event 'a'; did you mean 'when'?\n"
            "e.json:4:44: warning: unknown key 'nte' in event 'b'; did you mean 'note'?\n"
            "e.json:5:2: error: duplicate key 'relations' at the top level\n"
            "e.json:2:2: note: first defined here\n");
  EXPECT_EQ(shown("{\"chronograph\": 1,\n"
                  "\"events\": [{\"id\": \"a\", \"title\": \"A\", \"when\": \"2024\"}],\n"
                  "\"relations\": [{\"from\": \"a\", \"to\": \"a\", \"type\": befor}]}"),
            "e.json:3:48: error: invalid JSON: unknown word 'befor' (text is written in double "
            "quotes)\n");
}

}  // namespace
}  // namespace chronograph
