// TimelineJS round trip: each bundled example exported as TimelineJS JSON, read back, exported
// again: the same slides (ids, headlines, groups) and the same start and end date fields.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

std::string export_timelinejs(const std::string& text, const std::string& path) {
  const Loaded loaded = load(text, path);
  EXPECT_TRUE(loaded.has_graph()) << format_diagnostics(loaded.diagnostics, text);
  if (!loaded.has_graph()) return "{}";
  RenderOptions options;
  options.format = Format::timelinejs;
  options.language = Language::en;
  const Result<std::string> out = render(*loaded.graph, loaded.report, options);
  return out.value.value_or("{}");
}

class TimelineJsRoundTrip : public ::testing::TestWithParam<std::string> {};

TEST_P(TimelineJsRoundTrip, SameSlidesDatesAndGroups) {
  const auto path = testing::source_dir() / "graphs" / (GetParam() + ".yaml");
  const std::string first = export_timelinejs(testing::slurp(path), path.string());
  const Result<Document> imported = parse_input(first, GetParam() + ".timeline.json");
  ASSERT_TRUE(imported.ok()) << format_diagnostics(imported.diagnostics, first);
  const std::string second = export_timelinejs(emit_yaml(*imported.value), "again.yaml");
  const nlohmann::json a = nlohmann::json::parse(first);
  const nlohmann::json b = nlohmann::json::parse(second);
  ASSERT_EQ(a["events"].size(), b["events"].size());
  for (std::size_t i = 0; i < a["events"].size(); ++i) {
    const nlohmann::json& x = a["events"][i];
    const nlohmann::json& y = b["events"][i];
    SCOPED_TRACE(x["unique_id"].get<std::string>());
    EXPECT_EQ(x["unique_id"], y["unique_id"]);
    EXPECT_EQ(x["text"]["headline"], y["text"]["headline"]);
    EXPECT_EQ(x["start_date"], y["start_date"]);
    EXPECT_EQ(x.value("end_date", nlohmann::json()), y.value("end_date", nlohmann::json()));
    // A lane was the first participant's name; read back, the group is that participant.
    EXPECT_EQ(x.value("group", ""), y.value("group", ""));
  }
  EXPECT_EQ(a["title"]["text"]["headline"], b["title"]["text"]["headline"]);
}

INSTANTIATE_TEST_SUITE_P(Examples, TimelineJsRoundTrip,
                         ::testing::Values("altman-korea-2024", "apollo-11-1969",
                                           "roman-republic"));

}  // namespace
}  // namespace chronograph
