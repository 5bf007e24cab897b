// The TimelineJS3 export's shape; tests/browser/check_timelinejs.mjs loads it into TimelineJS.

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

nlohmann::json export_example(const std::string& name, Diagnostics* diagnostics = nullptr) {
  const auto path = testing::source_dir() / "graphs" / (name + ".yaml");
  const Loaded loaded = load(testing::slurp(path), path.string());
  EXPECT_TRUE(loaded.has_graph());
  RenderOptions options;
  options.format = Format::timelinejs;
  const Result<std::string> out = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(out.ok());
  if (diagnostics) *diagnostics = out.diagnostics;
  return nlohmann::json::parse(out.value.value_or("{}"));
}

const nlohmann::json& slide(const nlohmann::json& timeline, const std::string& id) {
  for (const auto& event : timeline["events"])
    if (event["unique_id"] == id) return event;
  static const nlohmann::json none;
  ADD_FAILURE() << "no slide " << id;
  return none;
}

TEST(TimelineJs, DatesToTheirPrecisionInTheEventsZone) {
  const nlohmann::json timeline = export_example("altman-korea-2024");
  EXPECT_EQ(timeline["events"].size(), 15U);
  EXPECT_EQ(slide(timeline, "visit-2023")["start_date"],
            (nlohmann::json{{"year", 2023}, {"month", 6}}));
  EXPECT_FALSE(slide(timeline, "visit-2023").contains("end_date"));
  const auto& tour = slide(timeline, "pyeongtaek-tour");
  EXPECT_EQ(tour["start_date"]["hour"], 6);  // the reasoned earliest start, 06:00 in Seoul
  EXPECT_EQ(tour["end_date"]["hour"], 12);
  EXPECT_EQ(tour["display_date"],
            "between 2024-01-26T06:00:00+09:00 and 2024-01-26T12:00:00+09:00");
  EXPECT_EQ(tour["group"], "Sam Altman");
  // Bounded above only: on the day of that bound.
  EXPECT_EQ(slide(timeline, "congress-fab-talks")["start_date"]["day"], 24);
  EXPECT_EQ(slide(timeline, "congress-fab-talks")["display_date"].get<std::string>().substr(0, 16),
            "starts not after");
  EXPECT_FALSE(timeline["eras"].empty());
}

TEST(TimelineJs, TextIsHtmlEscapedAndBceYearsAreNegative) {
  const nlohmann::json timeline = export_example("altman-korea-2024");
  EXPECT_EQ(slide(timeline, "visit-2023")["text"]["headline"],
            "Altman&#39;s earlier Korea trip (June 2023)");
  Diagnostics diagnostics;
  const nlohmann::json rome = export_example("roman-republic", &diagnostics);
  EXPECT_TRUE(diagnostics.empty());
  EXPECT_EQ(rome["events"].size(), 20U);
  // Astronomical -0508 is 509 BCE, which TimelineJS writes as year -509.
  EXPECT_EQ(slide(rome, "republic-founded")["start_date"]["year"], -509);
  EXPECT_EQ(format_from_string("timelinejs"), Format::timelinejs);
}

}  // namespace
}  // namespace chronograph
