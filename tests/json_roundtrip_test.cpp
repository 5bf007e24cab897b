// The bundled examples' JSON exports (graphs/NAME.json, what `render --format json` wrote) read
// back as the documents their event files are: nothing the event format says is lost on the way
// out and in again.

#include <gtest/gtest.h>

#include <filesystem>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

using testing::slurp;
using testing::source_dir;

class JsonRoundTrip : public ::testing::TestWithParam<const char*> {};

TEST_P(JsonRoundTrip, TheExportReadsBackAsTheEventFile) {
  const std::string name = GetParam();
  const std::string yaml = slurp(source_dir() / "graphs" / (name + ".yaml"));
  const std::string json = slurp(source_dir() / "graphs" / (name + ".json"));
  const Result<Document> direct = parse_document(yaml, name + ".yaml");
  ASSERT_TRUE(direct.ok());
  const Result<Document> back = parse_json(json, name + ".json");
  ASSERT_TRUE(back.ok()) << format_diagnostics(back.diagnostics, json);
  EXPECT_TRUE(back.diagnostics.empty()) << format_diagnostics(back.diagnostics, json);
  EXPECT_EQ(emit_yaml(*back.value), emit_yaml(*direct.value));
  // And the graph built from it exports the same JSON again.
  const Loaded loaded = load(json, name + ".json");
  ASSERT_TRUE(loaded.graph);
  const Result<std::string> again = render(*loaded.graph, loaded.report, {.format = Format::json});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(*again.value, json);
}

INSTANTIATE_TEST_SUITE_P(Examples, JsonRoundTrip,
                         ::testing::Values("altman-korea-2024", "apollo-11-1969", "roman-republic"),
                         [](const auto& info) {
                           std::string name = info.param;
                           for (char& c : name)
                             if (c == '-') c = '_';
                           return name;
                         });

// A TimeML document's JSON export reads back to the same graph: the same JSON again, and the same
// reasoned bounds for every event (TE3-Platinum, the 20 documents in ../shared when present).
TEST(JsonRoundTrip, Te3DocumentsReadBackToTheSameGraph) {
  CHRONOGRAPH_REQUIRE_SHARED(shared);
  std::size_t documents = 0;
  for (const auto& entry : std::filesystem::directory_iterator(shared / "data" / "te3-platinum")) {
    if (entry.path().extension() != ".tml") continue;
    ++documents;
    SCOPED_TRACE(entry.path().filename().string());
    const Loaded direct = load(slurp(entry.path()), entry.path().string());
    ASSERT_TRUE(direct.graph);
    const Result<std::string> json = render(*direct.graph, direct.report, {.format = Format::json});
    ASSERT_TRUE(json.ok());
    const Loaded back = load(*json.value, "te3.json");
    ASSERT_TRUE(back.graph) << format_diagnostics(back.diagnostics, *json.value);
    EXPECT_FALSE(has_errors(back.diagnostics)) << format_diagnostics(back.diagnostics, *json.value);
    const Result<std::string> again = render(*back.graph, back.report, {.format = Format::json});
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again.value, *json.value);
    ASSERT_EQ(back.graph->events().size(), direct.graph->events().size());
    for (const NodeId event : direct.graph->events()) {
      const auto same = back.graph->find(direct.graph->id(event));
      ASSERT_TRUE(same) << direct.graph->id(event);
      EXPECT_EQ(back.graph->event(*same).start, direct.graph->event(event).start);
      EXPECT_EQ(back.graph->event(*same).end, direct.graph->event(event).end);
    }
  }
  EXPECT_EQ(documents, 20U);
}

TEST(JsonRoundTrip, SceneJsonIsNamedForWhatItIs) {
  const std::string scene = R"({"chronograph_scene": 1, "view": "timeline"})";
  const Result<Document> read = parse_json(scene, "x.timeline.scene.json");
  ASSERT_EQ(read.diagnostics.size(), 1U);
  EXPECT_EQ(read.diagnostics[0].message,
            "this is scene JSON (a laid-out view, docs/scene.md), which chronograph writes but "
            "does not read; give it the event file or what `render --format json` wrote");
}

}  // namespace
}  // namespace chronograph
