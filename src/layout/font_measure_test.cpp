// FontTextMeasure against the fonts installed here; skipped where fonts-noto-cjk is missing.

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "chronograph/layout.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

bool is_noto_cjk(const std::string& family) {
  return family.rfind("Noto Sans CJK", 0) == 0;
}

class FontMeasure : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<FontTextMeasure> opened = FontTextMeasure::open(Language::ko);
    if (!opened.value) GTEST_SKIP() << "no font to measure with";
    measure_.emplace(std::move(*opened.value));
    if (!is_noto_cjk(measure_->family_of(U'가'))) GTEST_SKIP() << "fonts-noto-cjk is not installed";
  }
  [[nodiscard]] const FontTextMeasure& measure() const { return *measure_; }

 private:
  std::optional<FontTextMeasure> measure_;
};

TEST_F(FontMeasure, HangulIsFixedWidthAndLatinIsProportional) {
  // Noto Sans CJK draws every syllable 920/1000 em wide (the estimate says 1 em).
  const double syllable = measure().width("가", 10);
  EXPECT_DOUBLE_EQ(syllable, 9.2);
  EXPECT_DOUBLE_EQ(measure().width("힣", 10), syllable);
  EXPECT_DOUBLE_EQ(measure().width("서울 방문", 10), 4 * syllable + measure().width(" ", 10));
  const double i = measure().width("i", 12);
  const double m = measure().width("m", 12);
  EXPECT_GT(i, 0);
  EXPECT_LT(i, m);
  EXPECT_LT(m, 12);
  // Five Latin letters take less room than five syllables.
  EXPECT_LT(measure().width("Seoul", 12), measure().width("서울특별시", 12));
}

TEST_F(FontMeasure, KoreanPagesGetTheKoreanSpace) {
  // Noto Sans CJK's locl feature swaps in a 0.28 em space for Korean, as Chromium draws it in an
  // SVG with lang="ko"; English pages keep the 0.224 em one.
  Result<FontTextMeasure> english = FontTextMeasure::open(Language::en);
  ASSERT_TRUE(english.value);
  EXPECT_DOUBLE_EQ(measure().width(" ", 100), 28);
  EXPECT_DOUBLE_EQ(english.value->width(" ", 100), 22.4);
  EXPECT_DOUBLE_EQ(english.value->width("가a", 100), measure().width("가a", 100));
}

TEST_F(FontMeasure, LatinComesFromTheFirstFamily) {
  // Noto Sans CJK has its own Latin, so a browser draws Latin with it too.
  EXPECT_TRUE(is_noto_cjk(measure().family_of(U'a'))) << measure().family_of(U'a');
}

TEST_F(FontMeasure, GrowsWithEveryCharacter) {
  const std::string text = "Altman meets 최태원 (SK) — 2024-01-26, 오후";
  double previous = 0;
  for (std::size_t end = 1; end <= text.size(); ++end) {
    if (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) continue;
    const double width = measure().width(std::string_view(text).substr(0, end), 12);
    EXPECT_GT(width, previous) << text.substr(0, end);
    previous = width;
  }
}

TEST_F(FontMeasure, ScalesLinearlyWithSize) {
  for (const char* text : {"Sam Altman", "올트먼 방한", "SK하이닉스 HBM"}) {
    const double at_ten = measure().width(text, 10);
    EXPECT_DOUBLE_EQ(measure().width(text, 20), 2 * at_ten) << text;
    EXPECT_DOUBLE_EQ(measure().width(text, 11), 1.1 * at_ten) << text;
    EXPECT_DOUBLE_EQ(measure().width(text, 0), 0) << text;
  }
}

TEST_F(FontMeasure, InvalidUtf8MeasuresAsReplacementCharacters) {
  const double replacement = measure().width("\xEF\xBF\xBD", 12);
  EXPECT_GT(replacement, 0);
  EXPECT_DOUBLE_EQ(measure().width("a\xFF"
                                   "b",
                                   12),
                   measure().width("ab", 12) + replacement);
  EXPECT_DOUBLE_EQ(measure().width("\xEA\xB0", 12), 2 * replacement);  // cut-off 가
  EXPECT_DOUBLE_EQ(measure().width("\xC0\xAF", 12), 2 * replacement);  // overlong '/'
  EXPECT_DOUBLE_EQ(measure().width("", 12), 0);
}

TEST_F(FontMeasure, LineBreaksAndTabsMeasureAsSpaces) {
  EXPECT_DOUBLE_EQ(measure().width("a\nb\tc", 12), measure().width("a b c", 12));
}

TEST_F(FontMeasure, CodePointsMissingFromTheFirstFamilyFallBack) {
  Result<FontTextMeasure> latin_first =
      FontTextMeasure::open(Language::ko, {"DejaVu Sans", "Noto Sans CJK KR"});
  ASSERT_TRUE(latin_first.value);
  if (latin_first.value->family_of(U'a') != "DejaVu Sans") GTEST_SKIP() << "no DejaVu Sans";
  // Latin from the first family that has it, Hangul from the CJK font.
  EXPECT_TRUE(is_noto_cjk(latin_first.value->family_of(U'가')));
  EXPECT_DOUBLE_EQ(latin_first.value->width("가나다", 12), measure().width("가나다", 12));
  Result<FontTextMeasure> dejavu = FontTextMeasure::open(Language::ko, {"DejaVu Sans"});
  ASSERT_TRUE(dejavu.value);
  EXPECT_DOUBLE_EQ(latin_first.value->width("Altman", 12), dejavu.value->width("Altman", 12));
  EXPECT_NE(latin_first.value->width("Altman", 12), measure().width("Altman", 12));
  EXPECT_DOUBLE_EQ(latin_first.value->width("Altman 가나다", 12),
                   dejavu.value->width("Altman ", 12) + measure().width("가나다", 12));
}

TEST_F(FontMeasure, WarnsWhenNoNamedFamilyIsInstalled) {
  Result<FontTextMeasure> substitute =
      FontTextMeasure::open(Language::ko, {"No Such Family Chronograph", "sans-serif"});
  ASSERT_TRUE(substitute.value);
  ASSERT_EQ(substitute.diagnostics.size(), 1u);
  EXPECT_EQ(substitute.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(substitute.diagnostics[0].message.rfind(
                "no font of 'No Such Family Chronograph' is installed; text is measured with '", 0),
            0u)
      << substitute.diagnostics[0].message;
  EXPECT_TRUE(FontTextMeasure::open(Language::ko).diagnostics.empty());
}

TEST_F(FontMeasure, ThreadsMeasureAlike) {
  const std::vector<std::string> texts = {"올트먼", "Sam Altman", "평택 캠퍼스 방문", "HBM · AI"};
  std::vector<double> expected;
  for (const std::string& text : texts) expected.push_back(measure().width(text, 12));
  Result<FontTextMeasure> fresh = FontTextMeasure::open(Language::ko);
  ASSERT_TRUE(fresh.value);
  std::vector<std::vector<double>> seen(4);
  std::vector<std::thread> threads;
  for (auto& widths : seen)
    threads.emplace_back([&] {
      for (int round = 0; round < 50; ++round)
        for (const std::string& text : texts) widths.push_back(fresh.value->width(text, 12));
    });
  for (std::thread& thread : threads) thread.join();
  for (const auto& widths : seen)
    for (std::size_t i = 0; i < widths.size(); ++i)
      EXPECT_DOUBLE_EQ(widths[i], expected[i % texts.size()]);
}

TEST_F(FontMeasure, ArticleLabelsDoNotOverlap) {
  Result<FontTextMeasure> english = FontTextMeasure::open(Language::en);
  ASSERT_TRUE(english.value);
  const std::vector<std::pair<Language, const TextMeasure*>> cases = {
      {Language::ko, &measure()}, {Language::en, &*english.value}};
  for (const auto& [language, font] : cases) {
    LayoutOptions options;
    options.language = language;
    options.measure = font;
    const TimelineScene layout = layout_timeline(testing::article_graph(), {}, options);
    EXPECT_FALSE(layout.marks.empty());
    EXPECT_TRUE(overlapping_pairs(layout.label_boxes()).empty());
    StorylineOptions storyline_options;
    storyline_options.language = language;
    storyline_options.measure = font;
    EXPECT_TRUE(overlapping_pairs(
                    layout_storyline(testing::article_graph(), {}, storyline_options).label_boxes())
                    .empty());
  }
}

TEST(FontMeasureFamilies, AreTheStackTheSvgsDeclare) {
  std::string stack;
  for (const std::string& family : FontTextMeasure::default_families()) {
    if (!stack.empty()) stack += ", ";
    stack += family == "sans-serif" ? family : "'" + family + "'";
  }
  const std::string svg =
      testing::slurp(testing::source_dir() / "graphs/altman-korea-2024.timeline.svg");
  EXPECT_NE(svg.find("font-family=\"" + stack + "\""), std::string::npos) << stack;
}

}  // namespace
}  // namespace chronograph
