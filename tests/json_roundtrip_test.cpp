// The bundled examples' JSON exports (graphs/NAME.json, what `render --format json` wrote) read
// back as the documents their event files are: nothing the event format says is lost on the way
// out and in again.

#include <gtest/gtest.h>

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
