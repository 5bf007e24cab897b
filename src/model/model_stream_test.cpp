// Event JSON and CSV are modelled as they are read (model/model_stream.hpp): whatever the file,
// load() must give what the whole-document path gives, messages and graph alike.

#include "model/model_stream.hpp"

#include <gtest/gtest.h>

#include <string>

#include "chronograph/chronograph.hpp"
#include "chronograph/limits.hpp"
#include "csv/read_csv_stream.hpp"
#include "json/read_json_stream.hpp"

namespace chronograph {
namespace {

// The whole-document path: parse, model, reason, each stage's messages kept.
struct Whole {
  std::string diagnostics;
  std::string graph;
};

Whole whole(const std::string& text, const std::string& path = "e.json",
            const LoadOptions& options = {}) {
  Whole out;
  Result<Document> document = parse_input(text, path, options);
  Diagnostics all = document.diagnostics;
  if (document.value && !has_errors(all)) {
    Result<EventGraph> model = build_model(std::move(*document.value));
    all.insert(all.end(), model.diagnostics.begin(), model.diagnostics.end());
    if (model.value && !has_errors(all)) {
      const ReasonReport report = reason(*model.value);
      all.insert(all.end(), report.diagnostics.begin(), report.diagnostics.end());
      out.graph = render_json(*model.value, report);
    }
  }
  out.diagnostics = format_diagnostics(all, text);
  return out;
}

void expect_as_whole(const std::string& text, const std::string& path = "e.json",
                     const LoadOptions& options = {}) {
  const Whole expected = whole(text, path, options);
  // Only a file that reaches the model stage tests it.
  EXPECT_EQ(expected.diagnostics.find("missing"), std::string::npos) << expected.diagnostics;
  const Loaded loaded = load(text, path, options);
  EXPECT_EQ(format_diagnostics(loaded.diagnostics, text), expected.diagnostics) << text;
  EXPECT_EQ(loaded.graph ? render_json(*loaded.graph, loaded.report) : "", expected.graph);
}

std::string file(const std::string& events, const std::string& entities,
                 const std::string& relations = "", const std::string& head = "") {
  return R"({"chronograph": 1,)" + head + R"( "events": [)" + events + R"(], "entities": [)" +
         entities + R"(], "relations": [)" + relations + "]}";
}

const std::string people = R"({"id": "ana", "name": "Ana", "kind": "person"},
  {"id": "seoul", "name": "Seoul", "kind": "place"})";

TEST(ModelStream, AGoodFileIsModelledAsTheWholeDocumentIs) {
  expect_as_whole(file(R"({"id": "a", "title": "A", "when": "2024-01-02", "place": "seoul",
      "participants": ["ana", {"entity": "ana", "role": "host"}]},
    {"id": "b", "title": "B", "when": "after a", "duration": "2h"},
    {"id": "c", "title": "C", "when": "2024-01-05", "end": "2024-01-06", "calendar": "julian"})",
                       people, R"({"from": "a", "type": "before", "to": "c", "gap": "~1 day"},
    {"from": "ana", "type": "label", "to": "seoul", "label": "lives in"})",
                       R"( "zone": "Asia/Seoul",)"));
}

TEST(ModelStream, EntitiesWrittenAfterTheEventsAreStillFound) {
  expect_as_whole(R"({"chronograph": 1, "events": [{"id": "a", "title": "A", "when": "2024",
    "participants": ["ana"]}], "entities": [)" +
                  people + "]}");
}

// Each message where the whole-document path puts it: an unknown participant and one that is an
// event further down keep their places among the time errors around them.
TEST(ModelStream, ReferencesThatNameNoEntityKeepTheirPlaceAmongTheMessages) {
  expect_as_whole(file(R"({"id": "a", "title": "A", "when": "2024-13-01", "participants": ["anna"]},
    {"id": "b", "title": "B", "when": "2024", "participants": ["c"], "place": "a"},
    {"id": "c", "title": "C", "when": "soon"})",
                       people, R"({"from": "a", "type": "before", "to": "nobody"})"));
}

// The relations are checked in two halves on two threads; which unknown ids get a "did you mean"
// (the first limits::max_id_suggestions of them) is still as one pass in file order gives it.
TEST(ModelStream, RelationsCheckedInHalvesSuggestAsOnePassWould) {
  std::string events = R"({"id": "meeting", "title": "M", "when": "2024"})";
  std::string relations;
  for (int k = 0; k < 60; ++k) {
    const bool unknown = k < 10 || (k >= 30 && k < 55);
    relations += std::string(k ? "," : "") + R"({"from": "meeting", "type": "before", "to": ")" +
                 (unknown ? "meting" : "meeting") + R"("})";
  }
  const std::string text = file(events, people, relations);
  expect_as_whole(text);
  const std::string messages = whole(text).diagnostics;
  std::size_t suggested = 0;
  for (std::size_t at = 0; (at = messages.find("did you mean", at)) != std::string::npos; ++at)
    ++suggested;
  EXPECT_EQ(suggested, limits::max_id_suggestions);
}

TEST(ModelStream, DuplicateIdsAcrossSectionsAreReportedInFileOrder) {
  // The entity is written first: it keeps the id.
  expect_as_whole(R"({"chronograph": 1, "entities": [{"id": "ana", "name": "Ana", "kind": "person"},
    {"id": "x", "name": "X", "kind": "other"}], "events": [{"id": "x", "title": "A", "when": "2024",
    "participants": ["ana", "x"]}, {"id": "ana2", "title": "B", "when": "2025"}]})");
}

// An event written before an entity of the same id takes the id, and what was resolved to the
// entity meanwhile is wrong: such a file is modelled the whole-document way.
TEST(ModelStream, AnEventBeforeAnEntityOfItsIdIsModelledWhole) {
  const std::string text = R"({"chronograph": 1, "events": [{"id": "ana", "title": "A",
    "when": "2024"}, {"id": "b", "title": "B", "when": "2024", "participants": ["ana"]}],
    "entities": [{"id": "ana", "name": "Ana", "kind": "person"},
    {"id": "bo", "name": "Bo", "kind": "person", "affiliation": "ana"}]})";
  detail::ModelStream stream;
  bool read_whole = false;
  (void)detail::parse_json_streaming(text, "e.json", stream, read_whole);
  EXPECT_FALSE(stream.exact());
  expect_as_whole(text);
  EXPECT_NE(whole(text).diagnostics.find("participant 'ana' is an event"), std::string::npos);
}

TEST(ModelStream, AnUnknownZoneAndABadPublishedTimeComeFirst) {
  expect_as_whole(file(R"({"id": "a", "title": "A", "when": "2024"}, {"id": "a", "title": "B"})",
                       people, "",
                       R"( "zone": "Mars/Base", "source": {"published": "yesterday"},)"));
  expect_as_whole(file(R"({"id": "ana", "title": "A", "when": "2024"})", people, "",
                       R"( "zone": "Mars/Base",)"));
}

// The export's roles sit on its implied participant relations, after the events it names.
TEST(ModelStream, AnExportWithRolesIsReadWhole) {
  const std::string text =
      file(R"({"id": "a", "title": "A", "when": "2024", "participants": ["ana"]})", people,
           R"({"from": "a", "type": "participant", "to": "ana",
      "implied": true, "label": "host"})");
  detail::ModelStream stream;
  bool read_whole = false;
  (void)detail::parse_json_streaming(text, "e.json", stream, read_whole);
  EXPECT_TRUE(read_whole);
  expect_as_whole(text);
  const Loaded loaded = load(text, "e.json");
  ASSERT_TRUE(loaded.graph);
  const EventGraph& graph = *loaded.graph;
  EXPECT_EQ(graph.event(*graph.find("a")).participants.at(0).role, "host");
}

TEST(ModelStream, EventsAreHandedOverOneByOneNotKept) {
  detail::ModelStream stream;
  bool read_whole = false;
  const Result<Document> document = detail::parse_json_streaming(
      file(
          R"({"id": "a", "title": "A", "when": "2024"}, {"id": "b", "title": "B", "when": "2025"})",
          people),
      "e.json", stream, read_whole);
  ASSERT_TRUE(document.value);
  EXPECT_TRUE(document.value->events.empty());
  EXPECT_TRUE(document.value->entities.empty());  // handed over with the settings
  EXPECT_TRUE(stream.exact());
  Result<EventGraph> model = stream.finish();
  ASSERT_TRUE(model.value);
  EXPECT_EQ(model.value->node_count(), 4U);
  EXPECT_EQ(model.value->find("seoul"), NodeId{3});  // entities after the events, as build_model
}

// The model stores the written relations as edges and derives the implied ones
// (docs/performance.md: a million participations cost no edge), streamed or whole.
TEST(ModelStream, OnlyWrittenRelationsAreStoredAsEdges) {
  const std::string text = file(
      R"({"id": "a", "title": "A", "when": "2024", "participants": ["ana"], "place": "seoul"},
         {"id": "b", "title": "B", "when": "2025", "participants": ["ana"]})",
      people, R"({"from": "a", "to": "b", "type": "before"})");
  for (const bool streamed : {true, false}) {
    Result<EventGraph> model;
    detail::ModelStream stream;
    if (streamed) {
      bool read_whole = false;
      ASSERT_TRUE(detail::parse_json_streaming(text, "e.json", stream, read_whole).value);
      ASSERT_TRUE(stream.exact());
      model = stream.finish();
    } else {
      Result<Document> document = parse_input(text, "e.json", {});
      ASSERT_TRUE(document.value);
      model = build_model(std::move(*document.value));
    }
    ASSERT_TRUE(model.value) << streamed;
    EXPECT_EQ(model.value->stored_relation_count(), 1U) << streamed;
    ASSERT_EQ(model.value->relation_count(), 4U) << streamed;
    EXPECT_EQ(model.value->relation(3).type, RelationType::participant) << streamed;
    EXPECT_EQ(model.value->id(model.value->relation(3).from), "b") << streamed;
  }
}

// A table names its entities as its rows mention them (EventSink::begin, by_mention).
const std::string table_head = "id,title,start,zone,lane,participants,place\n";

// Whether the stream modelled `csv` itself (exact), not leaving it to the whole-document way.
bool streamed(const std::string& csv, const LoadOptions& options = {}) {
  detail::ModelStream stream;
  bool read_whole = false;
  const Result<Document> document = detail::parse_csv_streaming(
      csv, "t.csv", options.csv_map ? &*options.csv_map : nullptr, stream, read_whole);
  EXPECT_TRUE(!document.value || document.value->events.empty());
  return !read_whole && stream.exact();
}

TEST(ModelStream, ATableIsModelledAsItIsRead) {
  const std::string csv = table_head +
                          "a,A,2024-01-02 morning,Asia/Seoul,Ana,ana;bo,seoul\n"
                          "b,B,2024-01-03,Europe/Paris,Bo,bo;cy,paris\n"
                          "c,C,2024-13-01,,,cy,seoul\n"
                          "d,D,soon,,,,\n";
  EXPECT_TRUE(streamed(csv));
  expect_as_whole(csv, "t.csv");
}

TEST(ModelStream, AMappedTableIsModelledAsItIsRead) {
  const std::string csv =
      "event_date,notes,actor1,location\n"
      "2025-03-03,March,Dock Workers; Students,Port Vell\n"
      "2025-03-05,Blockade,Police; Dock Workers,Port Vell\n";
  Result<CsvMapping> mapping =
      parse_csv_map("start=event_date,title=notes,participants=actor1,place=location", "--map");
  ASSERT_TRUE(mapping.ok());
  LoadOptions options;
  options.csv_map = *mapping.value;
  EXPECT_TRUE(streamed(csv, options));
  expect_as_whole(csv, "t.csv", options);
}

// What the stream cannot number as the whole document does goes the whole way: a row whose id a
// row above named as a participant, a participant that is an event, a zone first given below
// the first row.
TEST(ModelStream, ATableWhoseIdsOrZoneSettleLateIsModelledWhole) {
  for (const std::string rows : {"a,A,2024,,,b,\nb,B,2025,,,,\n", "a,A,2024,,,,\nb,B,2025,,,a,\n",
                                 "a,A,2024,,,a,\n", "a,A,2024,,,,\nb,B,2025,Asia/Seoul,,,\n"}) {
    SCOPED_TRACE(rows);
    EXPECT_FALSE(streamed(table_head + rows));
    expect_as_whole(table_head + rows, "t.csv");
  }
}

}  // namespace
}  // namespace chronograph
