#include "layout/lanes.hpp"

#include <gtest/gtest.h>

#include "layout/labels.hpp"
#include "layout/text.hpp"

namespace chronograph::detail {
namespace {

TEST(StackRows, LowestFreeRowFirst) {
  const std::vector<Extent> extents{{0, 10}, {5, 15}, {12, 20}, {21, 30}, {5, 6}};
  EXPECT_EQ(stack_rows(extents, 0), (std::vector<std::size_t>{0, 1, 0, 0, 2}));
  // With a gap of 2, row 0 is busy until 22, so the extent at 21 moves to row 1.
  EXPECT_EQ(stack_rows(extents, 2), (std::vector<std::size_t>{0, 1, 0, 1, 2}));
}

TEST(StackRows, ExtentsSharingARowNeverOverlap) {
  std::vector<Extent> extents;
  for (int i = 0; i < 500; ++i) {
    const double begin = (i * 37) % 1000;
    extents.push_back({begin, begin + 5 + (i * 13) % 80});
  }
  const auto rows = stack_rows(extents, 4);
  for (std::size_t a = 0; a < extents.size(); ++a)
    for (std::size_t b = a + 1; b < extents.size(); ++b)
      if (rows[a] == rows[b]) {
        EXPECT_TRUE(extents[a].end + 4 <= extents[b].begin ||
                    extents[b].end + 4 <= extents[a].begin);
      }
}

TEST(PlaceLabel, InsideRightLeftOrShortened) {
  const EstimatedTextMeasure measure;
  LabelRequest request{{100, 0, 300, 14}, true, "Meeting", false, 0, 1000, 12, 260};
  EXPECT_EQ(place_label(request, measure).placement, LabelPlacement::inside);
  request.mark = {100, 0, 20, 14};
  PlacedLabel right = place_label(request, measure);
  EXPECT_EQ(right.placement, LabelPlacement::right);
  EXPECT_DOUBLE_EQ(right.x, 124);
  EXPECT_DOUBLE_EQ(right.occupied.begin, 100);
  request.mark = {980, 0, 10, 14};
  PlacedLabel left = place_label(request, measure);
  EXPECT_EQ(left.placement, LabelPlacement::left);
  EXPECT_DOUBLE_EQ(left.x + left.width, 976);
  request.title = "A very long title that cannot fit on either side of this mark at all";
  request.plot_left = 900;
  PlacedLabel shortened = place_label(request, measure);
  EXPECT_LE(shortened.x + shortened.width, 976.0001);
  EXPECT_GE(shortened.x, 900);
  EXPECT_NE(shortened.text.find("…"), std::string::npos);
}

TEST(TextMeasure, EstimatesByCharacterClass) {
  const EstimatedTextMeasure measure;
  EXPECT_DOUBLE_EQ(measure.width("가나", 10), 20);
  EXPECT_DOUBLE_EQ(measure.width("ab12", 10), 22);
  EXPECT_DOUBLE_EQ(measure.width("6월", 10), 15.5);
  const std::string fitted = fit_text(measure, "Samsung Pyeongtaek campus", 10, 60);
  EXPECT_LE(measure.width(fitted, 10), 60);
  EXPECT_EQ(fitted.substr(fitted.size() - 3), "…");
  EXPECT_EQ(fit_text(measure, "short", 10, 60), "short");
  std::size_t pos = 0;
  EXPECT_EQ(next_code_point("\xff", pos), U'\uFFFD');
  EXPECT_EQ(pos, 1u);
}

}  // namespace
}  // namespace chronograph::detail
