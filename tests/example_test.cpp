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

std::string render_as(const Loaded& loaded, const TextMeasure* font, View view, Format format) {
  RenderOptions options;
  options.view = view;
  options.format = format;
  // The CLI's default: the source's language.
  options.language = loaded.graph->info.language == "ko" ? Language::ko : Language::en;
  options.measure = font;
  Result<std::string> out = render(*loaded.graph, loaded.report, options);
  EXPECT_TRUE(out.ok()) << format_diagnostics(out.diagnostics, "");
  return out.value.value_or("");
}

// graphs/NAME.* against what the code renders now (what tools/render-examples writes).
void expect_outputs_current(const std::string& name, const Loaded& loaded,
                            const TextMeasure* font) {
  const auto file = [&](const char* suffix) { return source_dir() / "graphs" / (name + suffix); };
  const auto as = [&](View view, Format format) { return render_as(loaded, font, view, format); };
  expect_golden(file(".graph.dot"), as(View::graph, Format::dot));
  expect_golden(file(".graph.svg"), as(View::graph, Format::svg));
  expect_golden(file(".json"), as(View::timeline, Format::json));
  if (font == nullptr) GTEST_SKIP() << "the laid-out views are measured with fonts-noto-cjk";
  expect_golden(file(".timeline.scene.json"), as(View::timeline, Format::scene));
  expect_golden(file(".storyline.scene.json"), as(View::storyline, Format::scene));
  expect_golden(file(".timeline.svg"), as(View::timeline, Format::svg));
  expect_golden(file(".timeline.dot"), as(View::timeline, Format::dot));
  expect_golden(file(".storyline.svg"), as(View::storyline, Format::svg));
  expect_golden(file(".storyline.dot"), as(View::storyline, Format::dot));
  expect_golden(file(".html"), as(View::timeline, Format::html));
}

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
  expect_outputs_current("altman-korea-2024", *loaded_, font_);
}

// Every bundled example, as tools/render-examples writes it: the source's language, the fonts.
class BundledExample : public ::testing::TestWithParam<const char*> {};

TEST_P(BundledExample, LoadsCleanlyAndItsOutputsAreCurrent) {
  const std::string name = GetParam();
  const std::string path = "graphs/" + name + ".yaml";
  const std::string text = slurp(source_dir() / path);
  const Loaded loaded = load(text, path);
  ASSERT_TRUE(loaded.ok()) << format_diagnostics(loaded.diagnostics, text);
  EXPECT_TRUE(loaded.diagnostics.empty()) << format_diagnostics(loaded.diagnostics, text);
  const Language language = loaded.graph->info.language == "ko" ? Language::ko : Language::en;
  Result<FontTextMeasure> font = FontTextMeasure::open(language);
  const bool noto = font.value && font.value->family_of(U'가').rfind("Noto Sans CJK", 0) == 0;
  expect_outputs_current(name, loaded, noto ? &*font.value : nullptr);
}

INSTANTIATE_TEST_SUITE_P(Graphs, BundledExample,
                         ::testing::Values("apollo-11-1969", "roman-republic"));

}  // namespace
}  // namespace chronograph
