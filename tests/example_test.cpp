// The bundled example: it loads cleanly and its committed outputs in graphs/ are what the code
// renders now. Refresh with CHRONOGRAPH_UPDATE_GOLDENS=1 (or tools/render-examples).

#include <gtest/gtest.h>

#include "chronograph/chronograph.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

using testing::expect_golden;
using testing::slurp;
using testing::source_dir;

class Example : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    text_ = slurp(source_dir() / "graphs/altman-korea-2024.yaml");
    loaded_ = new Loaded(load(text_, "graphs/altman-korea-2024.yaml"));
    // The committed outputs are what the CLI writes: label widths from Noto Sans CJK.
    Result<FontTextMeasure> font = FontTextMeasure::open(Language::ko);
    if (font.value && font.value->family_of(U'가').rfind("Noto Sans CJK", 0) == 0)
      font_ = new FontTextMeasure(std::move(*font.value));
  }
  static void TearDownTestSuite() {
    delete loaded_;
    delete font_;
  }
  static std::string render_as(View view, Format format) {
    RenderOptions options;
    options.view = view;
    options.format = format;
    options.language = Language::ko;  // the CLI's default for a Korean source
    options.measure = font_;
    Result<std::string> out = render(*loaded_->graph, loaded_->report, options);
    EXPECT_TRUE(out.ok()) << format_diagnostics(out.diagnostics, text_);
    return out.value.value_or("");
  }
  static inline std::string text_;
  static inline Loaded* loaded_ = nullptr;
  static inline FontTextMeasure* font_ = nullptr;
};

TEST_F(Example, LoadsWithoutDiagnostics) {
  EXPECT_TRUE(loaded_->ok()) << format_diagnostics(loaded_->diagnostics, text_);
  EXPECT_TRUE(loaded_->diagnostics.empty()) << format_diagnostics(loaded_->diagnostics, text_);
}

TEST_F(Example, HasTheEventsTheDocsName) {
  ASSERT_TRUE(loaded_->graph);
  for (const char* id :
       {"arrival", "pyeongtaek-tour", "hynix-meeting", "chey-meeting", "departure", "visit-2023",
        "wapo-report", "original-plan", "investment-talks", "gpt4-upgrade", "publication"}) {
    const auto node = loaded_->graph->find(id);
    ASSERT_TRUE(node.has_value()) << id;
    EXPECT_EQ(loaded_->graph->kind(*node), NodeKind::event) << id;
  }
  const Event& chey = loaded_->graph->event(*loaded_->graph->find("chey-meeting"));
  EXPECT_EQ(chey.status, EventStatus::planned);
  EXPECT_EQ(chey.when.day_part, "late afternoon");
  const Event& wapo = loaded_->graph->event(*loaded_->graph->find("wapo-report"));
  EXPECT_EQ(wapo.when.zone, "America/New_York");
  EXPECT_EQ(format_instant(wapo.stated_start.earliest, "America/New_York"),
            "2024-01-24T00:00:00-05:00");
}

TEST_F(Example, CommittedOutputsAreCurrent) {
  const auto graphs = source_dir() / "graphs";
  expect_golden(graphs / "altman-korea-2024.graph.dot", render_as(View::graph, Format::dot));
  expect_golden(graphs / "altman-korea-2024.graph.svg", render_as(View::graph, Format::svg));
  expect_golden(graphs / "altman-korea-2024.json", render_as(View::timeline, Format::json));
  if (font_ == nullptr) GTEST_SKIP() << "the laid-out views are measured with fonts-noto-cjk";
  expect_golden(graphs / "altman-korea-2024.timeline.scene.json",
                render_as(View::timeline, Format::scene));
  expect_golden(graphs / "altman-korea-2024.storyline.scene.json",
                render_as(View::storyline, Format::scene));
  expect_golden(graphs / "altman-korea-2024.timeline.svg", render_as(View::timeline, Format::svg));
  expect_golden(graphs / "altman-korea-2024.timeline.dot", render_as(View::timeline, Format::dot));
  expect_golden(graphs / "altman-korea-2024.storyline.svg",
                render_as(View::storyline, Format::svg));
  expect_golden(graphs / "altman-korea-2024.storyline.dot",
                render_as(View::storyline, Format::dot));
  expect_golden(graphs / "altman-korea-2024.html", render_as(View::timeline, Format::html));
}

}  // namespace
}  // namespace chronograph
