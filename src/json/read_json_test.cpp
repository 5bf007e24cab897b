// Event JSON read into the parse stage's Document: every field, positions into the JSON, and the
// shape `render --format json` writes.

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "parse/parse_test_support.hpp"

namespace chronograph {
namespace {

Result<Document> read(const std::string& text) {
  return parse_json(text, "e.json");
}

// Every diagnostic's first line (and its notes' first lines), as the CLI prints them.
std::string headlines(const Diagnostics& diagnostics, const std::string& text) {
  std::string out;
  for (const Diagnostic& diagnostic : diagnostics) {
    const std::string shown = format_diagnostic(diagnostic, text);
    std::size_t at = 0;
    while (at < shown.size()) {
      const std::size_t end = shown.find('\n', at);
      const std::string line = shown.substr(at, end - at);
      if (line.starts_with("e.json:")) out += line + "\n";
      at = end == std::string::npos ? shown.size() : end + 1;
    }
  }
  return out;
}

const std::string every_key = R"({
  "chronograph": 1,
  "title": {"ko": "작은 빵집", "en": "A small bakery"},
  "calendar": "gregorian",
  "source": {"title": "Neue Bäckerei", "url": "https://example.org/b", "published": "2023-05-08T07:30+02:00", "language": "de"},
  "zone": "Europe/Berlin",
  "entities": [
    {"id": "mira", "name": {"ko": "미라", "en": "Mira"}, "kind": "person", "role": "baker", "affiliation": "kornfeld", "tags": ["founder"], "note": "Trained in Seoul."},
    {"id": "kornfeld", "name": "Kornfeld Bakery", "kind": "organization"},
    {"id": "old-town", "name": "Old Town", "kind": "place"},
    {"id": "jonas", "name": "Jonas", "kind": "person"}
  ],
  "events": [
    {"id": "dough", "title": "First dough", "when": "2023-05-06T03:00", "end": "2023-05-06T06:00", "participants": ["mira"]},
    {"id": "opening", "title": {"ko": "개업", "en": "Opening day"}, "when": "2023-05-06 morning", "duration": "PT4H",
     "place": "old-town", "participants": ["mira", {"entity": "jonas", "role": "first customer"}],
     "status": "happened", "source": {"quote": "Die Schlange", "where": "paragraph 1"}, "tags": ["milestone"], "note": "Sold out."},
    {"id": "fair", "title": "Spring fair", "when": "2022-06", "calendar": "julian", "source": "a quote"}
  ],
  "relations": [
    {"from": "fair", "type": "before", "to": "opening", "gap": "~11 months"},
    {"from": "dough", "type": "meets", "to": "opening"},
    {"from": "mira", "type": "label", "to": "kornfeld", "label": "bakes for"}
  ]
}
)";

TEST(JsonRead, ReadsEveryKeyOfTheEventFormat) {
  const Result<Document> result = read(every_key);
  ASSERT_TRUE(result.ok()) << headlines(result.diagnostics, every_key);
  EXPECT_TRUE(result.diagnostics.empty()) << headlines(result.diagnostics, every_key);
  const Document& document = *result.value;
  EXPECT_EQ(document.title.ko, "작은 빵집");
  EXPECT_EQ(document.title.en, "A small bakery");
  EXPECT_EQ(document.source.title, "Neue Bäckerei");
  ASSERT_TRUE(document.source.published);
  EXPECT_EQ(document.source.published->value, "2023-05-08T07:30+02:00");
  EXPECT_EQ(document.default_zone.value, "Europe/Berlin");
  ASSERT_EQ(document.entities.size(), 4U);
  const EntityDecl& mira = document.entities[0];
  EXPECT_EQ(mira.name.en, "Mira");
  EXPECT_EQ(mira.kind.value, "person");
  EXPECT_EQ(mira.role, "baker");
  ASSERT_TRUE(mira.affiliation);
  EXPECT_EQ(mira.affiliation->value, "kornfeld");
  EXPECT_EQ(mira.tags, std::vector<std::string>{"founder"});
  EXPECT_EQ(mira.note, "Trained in Seoul.");
  ASSERT_EQ(document.events.size(), 3U);
  const EventDecl& dough = document.events[0];
  ASSERT_TRUE(dough.end);
  EXPECT_EQ(dough.end->value, "2023-05-06T06:00");
  const EventDecl& opening = document.events[1];
  EXPECT_EQ(opening.title.ko, "개업");
  ASSERT_TRUE(opening.duration);
  EXPECT_EQ(opening.duration->value, "PT4H");
  ASSERT_EQ(opening.participants.size(), 2U);
  EXPECT_EQ(opening.participants[1].entity.value, "jonas");
  EXPECT_EQ(opening.participants[1].role, "first customer");
  ASSERT_TRUE(opening.source);
  EXPECT_EQ(opening.source->where, "paragraph 1");
  EXPECT_EQ(opening.tags, std::vector<std::string>{"milestone"});
  const EventDecl& fair = document.events[2];
  ASSERT_TRUE(fair.calendar);
  EXPECT_EQ(fair.calendar->value, "julian");
  ASSERT_TRUE(fair.source);
  EXPECT_EQ(fair.source->quote, "a quote");
  ASSERT_EQ(document.relations.size(), 3U);
  ASSERT_TRUE(document.relations[0].gap);
  EXPECT_EQ(document.relations[0].gap->value, "~11 months");
  EXPECT_EQ(document.relations[2].label, "bakes for");
  // The whole pipeline takes it.
  const Loaded loaded = load(every_key, "e.json");
  EXPECT_TRUE(loaded.clean()) << headlines(loaded.diagnostics, every_key);
}

TEST(JsonRead, RangesAreTheTextInsideTheQuotes) {
  const Result<Document> result = read(every_key);
  ASSERT_TRUE(result.value);
  const EventDecl& dough = result.value->events[0];
  // Line 14: `    {"id": "dough", "title": "First dough", "when": "2023-05-06T03:00", …`
  EXPECT_EQ(dough.id.range.begin, (SourcePosition{14, 13}));
  EXPECT_EQ(dough.id.range.end, (SourcePosition{14, 18}));
  EXPECT_EQ(dough.range, dough.id.range);
  EXPECT_EQ(dough.when.range.begin, (SourcePosition{14, 54}));
  EXPECT_EQ(dough.when.range.end, (SourcePosition{14, 70}));
  EXPECT_EQ(dough.when.range.file, "e.json");
  // A relation's range is its '{'.
  EXPECT_EQ(result.value->relations[1].range.begin, (SourcePosition{22, 5}));
  // Columns count bytes: 미라 is six.
  EXPECT_EQ(result.value->entities[0].kind.range.begin, (SourcePosition{8, 69}));
}

TEST(JsonRead, TimeErrorsPointInsideTheString) {
  const std::string text =
      "{\"chronograph\": 1,\n"
      " \"events\": [{\"id\": \"a\", \"title\": \"A\", \"when\": \"2024-02-30\"}]}\n";
  const Loaded loaded = load(text, "e.json");
  EXPECT_EQ(headlines(loaded.diagnostics, text),
            "e.json:2:56: error: day 30 does not exist in February 2024\n");
  // A byte order mark is skipped, and counted in the columns of line 1, as for YAML.
  const std::string marked = "\xEF\xBB\xBF{\"chronograph\": 1, \"zone\": \"Mars/Olympus\"}";
  EXPECT_EQ(headlines(load(marked, "e.json").diagnostics, marked),
            "e.json:1:32: error: unknown time zone 'Mars/Olympus'\n");
}

// The export's shape: plain and per-language titles side by side, derived bounds, implied edges.
const std::string exported = R"({
  "chronograph": 1,
  "title": "Visit", "titles": {"ko": null, "en": "Visit"},
  "zone": "Asia/Seoul", "calendar": "gregorian",
  "source": {"title": null, "url": null, "published": {"text": "2024-01-26T19:55+09:00", "earliest": "2024-01-26T19:55:00+09:00", "latest": "2024-01-26T19:56:00+09:00"}, "language": "ko"},
  "events": [
    {"id": "tour", "title": "Tour", "titles": {"ko": "견학", "en": "Tour"}, "status": "happened",
     "when": "2024-01-26 오전", "end_text": null, "duration": "2h", "zone": "Asia/Seoul", "calendar": "gregorian",
     "start": {"earliest": "2024-01-26T06:00:00+09:00", "latest": "2024-01-26T12:00:00+09:00"},
     "end": {"earliest": null, "latest": null}, "stated_start": {"earliest": null, "latest": null},
     "stated_end": {"earliest": null, "latest": null}, "uncertain": false, "approximate": false,
     "participants": ["altman", "kyung"], "place": null, "source": null, "tags": [], "note": null},
    {"id": "talk", "title": "Talk", "titles": {"ko": null, "en": null}, "status": "planned",
     "when": null, "end_text": "2024-01-27", "duration": null, "calendar": "gregorian"}
  ],
  "entities": [
    {"id": "altman", "name": "Sam Altman", "names": {"ko": "샘 올트먼", "en": "Sam Altman"}, "kind": "person", "role": "CEO", "affiliation": null, "tags": [], "note": null},
    {"id": "kyung", "name": "Kyung", "names": {"ko": null, "en": null}, "kind": "person", "role": null, "affiliation": null, "tags": [], "note": null}
  ],
  "relations": [
    {"from": "tour", "to": "talk", "type": "before", "gap": {"text": "1 hour", "min_seconds": 3600, "max_seconds": 3600, "approximate": false}, "implied": false},
    {"from": "tour", "to": "altman", "type": "participant", "implied": true},
    {"from": "tour", "to": "kyung", "type": "participant", "label": "host", "implied": true}
  ],
  "order": ["tour", "talk"]
}
)";

TEST(JsonRead, ReadsTheExportShape) {
  const Result<Document> result = read(exported);
  ASSERT_TRUE(result.ok()) << headlines(result.diagnostics, exported);
  EXPECT_TRUE(result.diagnostics.empty()) << headlines(result.diagnostics, exported);
  const Document& document = *result.value;
  // `title` is the export's fallback of `titles` (English first), not a text of its own.
  EXPECT_EQ(document.title.plain, "");
  EXPECT_EQ(document.title.en, "Visit");
  ASSERT_TRUE(document.source.published);
  EXPECT_EQ(document.source.published->value, "2024-01-26T19:55+09:00");
  const EventDecl& tour = document.events[0];
  EXPECT_EQ(tour.title.plain, "");
  EXPECT_EQ(tour.title.ko, "견학");
  EXPECT_FALSE(tour.end);  // `end` as an object is the reasoned bounds
  ASSERT_TRUE(tour.duration);
  EXPECT_EQ(tour.duration->value, "2h");
  EXPECT_FALSE(tour.calendar);  // the document's, written on every event by the export
  // The role comes from the implied participant edge; the other implied edges add nothing.
  ASSERT_EQ(tour.participants.size(), 2U);
  EXPECT_EQ(tour.participants[0].role, "");
  EXPECT_EQ(tour.participants[1].role, "host");
  const EventDecl& talk = document.events[1];
  EXPECT_EQ(talk.title.plain, "Talk");
  EXPECT_TRUE(talk.when.value.empty());
  ASSERT_TRUE(talk.end);
  EXPECT_EQ(talk.end->value, "2024-01-27");
  EXPECT_EQ(document.entities[1].name.plain, "Kyung");
  ASSERT_EQ(document.relations.size(), 1U);
  ASSERT_TRUE(document.relations[0].gap);
  EXPECT_EQ(document.relations[0].gap->value, "1 hour");
}

TEST(JsonRead, KeysMayComeInAnyOrder) {
  const std::string text =
      R"({"events": [{"title": "A", "when": "2024", "id": "a"}], "chronograph": 1})";
  const Result<Document> result = read(text);
  ASSERT_TRUE(result.ok()) << headlines(result.diagnostics, text);
  ASSERT_EQ(result.value->events.size(), 1U);
  EXPECT_EQ(result.value->events[0].id.value, "a");
  EXPECT_EQ(result.value->events[0].when.value, "2024");
}

TEST(JsonRead, UnknownKeysAreWarnings) {
  const std::string text =
      R"({"chronograph": 1, "generator": {"name": "x", "v": [1, 2.5e300, null, true]},)"
      R"( "events": [{"id": "a", "title": "A", "wehn": "2024"}]})";
  const Loaded loaded = load(text, "e.json");
  EXPECT_TRUE(loaded.clean());
  EXPECT_EQ(headlines(loaded.diagnostics, text),
            "e.json:1:21: warning: unknown key 'generator' at the top level\n"
            "e.json:1:117: warning: unknown key 'wehn' in event 'a'; did you mean 'when'?\n");
}

TEST(JsonRead, EscapesAreUnescaped) {
  const std::string text =
      R"({"chronograph": 1, "events": [{"id": "a", "title": "\"Q\" \\ \u00e9\ud83d\ude00\n"}]})";
  const Result<Document> result = read(text);
  ASSERT_TRUE(result.ok()) << headlines(result.diagnostics, text);
  EXPECT_EQ(result.value->events[0].title.plain, "\"Q\" \\ é😀\n");
}

TEST(JsonRead, ImportWritesTheSameEventFileAsTheYaml) {
  const std::string yaml =
      "chronograph: 1\nzone: Asia/Seoul\nentities:\n  kim: {name: Kim, kind: person}\nevents:\n"
      "  a:\n    title: A\n    when: 2024-01-26 오전\n    participants:\n"
      "      - {entity: kim, role: host}\n  b: {title: B, when: 2024-01-27, end: 2024-01-28}\n"
      "relations:\n  - {from: a, type: before, to: b, gap: 1 day}\n";
  const Loaded original = load(yaml, "v.yaml");
  ASSERT_TRUE(original.clean()) << format_diagnostics(original.diagnostics, yaml);
  const Result<std::string> json =
      render(*original.graph, original.report, {.format = Format::json});
  ASSERT_TRUE(json.ok());
  const Result<Document> back = parse_json(*json.value, "v.json");
  ASSERT_TRUE(back.ok()) << headlines(back.diagnostics, *json.value);
  const Result<Document> direct = parse_document(yaml, "v.yaml");
  ASSERT_TRUE(direct.ok());
  EXPECT_EQ(emit_yaml(*back.value), emit_yaml(*direct.value));
}

}  // namespace
}  // namespace chronograph
