#include "layout/density.hpp"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <numeric>
#include <random>

#include "chronograph/layout.hpp"
#include "layout/article_fixture.hpp"

namespace chronograph {
namespace {

using detail::Extent;

TEST(LaneRowCap, NoneWhenTheRowsFit) {
  const std::vector<std::size_t> rows{3, 5, 2};
  EXPECT_FALSE(detail::lane_row_cap(rows, 10));
  EXPECT_FALSE(detail::lane_row_cap(rows, 11));
}

TEST(LaneRowCap, TheLargestCapThatFits) {
  const std::vector<std::size_t> rows{1, 9, 4, 20};
  // cap 5: 1 + 5 + 4 + 5 = 15; cap 6: 1 + 6 + 4 + 6 = 17.
  EXPECT_EQ(detail::lane_row_cap(rows, 16), 5U);
  EXPECT_EQ(detail::lane_row_cap(rows, 17), 6U);
  // Never below one row a lane, even when that does not fit.
  EXPECT_EQ(detail::lane_row_cap(rows, 2), 1U);
}

TEST(KeepWithinRows, HigherPriorityFirstAndRowsNeverOverlap) {
  // Five extents over one another; room for two rows.
  const std::vector<Extent> extents{{0, 10}, {1, 11}, {2, 12}, {3, 13}, {20, 30}};
  const std::vector<int> priority{0, 0, 2, 1, 0};
  const auto rows = detail::keep_within_rows(extents, priority, 2, 4);
  EXPECT_EQ(rows[2], 0U);  // priority 2
  EXPECT_EQ(rows[3], 1U);  // then priority 1
  EXPECT_FALSE(rows[0]);
  EXPECT_FALSE(rows[1]);
  EXPECT_EQ(rows[4], 0U);  // 20 ≥ 12 + 4: fits after the first
}

TEST(KeepWithinRows, KeptExtentsKeepTheGap) {
  std::mt19937 random(3);
  std::vector<Extent> extents;
  std::vector<int> priority;
  for (int i = 0; i < 400; ++i) {
    const double begin = random() % 1000;
    extents.push_back({begin, begin + 5 + random() % 60});
    priority.push_back(static_cast<int>(random() % 3));
  }
  const auto rows = detail::keep_within_rows(extents, priority, 3, 4);
  for (std::size_t a = 0; a < extents.size(); ++a)
    for (std::size_t b = a + 1; b < extents.size(); ++b) {
      if (!rows[a] || rows[a] != rows[b]) continue;
      EXPECT_TRUE(extents[a].end + 4 <= extents[b].begin || extents[b].end + 4 <= extents[a].begin);
    }
}

TEST(DensityRuns, CountEveryEventAndMergeEqualShades) {
  const std::vector<double> xs{0, 1, 2, 9, 40, 41, 100};
  const auto runs = detail::density_runs(xs, 0, 200, detail::fullest_bin(xs, 0, 200));
  std::size_t events = 0;
  for (const detail::DensityRun& run : runs) events += run.events;
  EXPECT_EQ(events, xs.size());
  ASSERT_FALSE(runs.empty());
  EXPECT_EQ(runs.front().x0, 0);
  EXPECT_EQ(runs.front().shade, detail::density_shades);  // 3 in the first bin: the fullest
  EXPECT_EQ(detail::fullest_bin(xs, 0, 200), 3U);
}

TEST(DensityRuns, BoundedByTheWidthNotTheEvents) {
  std::mt19937 random(5);
  std::vector<double> xs;
  for (int i = 0; i < 100'000; ++i) xs.push_back(static_cast<double>(random() % 800));
  const auto runs = detail::density_runs(xs, 0, 800, detail::fullest_bin(xs, 0, 800));
  EXPECT_LE(runs.size(), static_cast<std::size_t>(800 / detail::density_bin_width));
}

// `events` events over three years among `lanes` people, some of them linked in pairs.

TEST(LevelOfDetail, AFullPageKeepsItsRowBudgetAndCountsTheRest) {
  const EventGraph graph = testing::busy_graph(6000, 30);
  LayoutOptions options;
  options.focus = {"e5999"};
  const TimelineScene scene = layout_timeline(graph, {}, options);
  ASSERT_GT(scene.lane_row_cap, 0U);
  std::size_t rows = 0;
  for (const LaneLayout& lane : scene.lanes) {
    EXPECT_LE(lane.rows, scene.lane_row_cap);
    rows += lane.rows;
  }
  EXPECT_LE(rows, detail::page_row_budget);
  EXPECT_EQ(scene.marks.size() + scene.aggregated, 6000U);
  std::size_t banded = 0;
  for (const DensityBand& band : scene.density) banded += band.events;
  EXPECT_EQ(banded, scene.aggregated);
  // Each banded event is recorded once, in file order, in a thinned lane, inside the plot.
  ASSERT_EQ(scene.folded.size(), scene.aggregated);
  for (std::size_t i = 0; i < scene.folded.size(); ++i) {
    const FoldedEvent& folded = scene.folded[i];
    if (i > 0) {
      EXPECT_LT(scene.folded[i - 1].event, folded.event);
    }
    EXPECT_GE(folded.x_start, scene.plot.x);
    EXPECT_LE(folded.x_start, folded.x_end);
    EXPECT_LE(folded.x_end, scene.plot.right());
    EXPECT_TRUE(
        std::any_of(scene.density.begin(), scene.density.end(),
                    [&folded](const DensityBand& band) { return band.lane == folded.lane; }));
  }
  // The focus event is drawn.
  EXPECT_TRUE(std::any_of(scene.marks.begin(), scene.marks.end(), [&graph](const EventMark& mark) {
    return graph.id(mark.event) == "e5999";
  }));
  // The legend says how many the bands stand for.
  EXPECT_TRUE(std::any_of(scene.legend.begin(), scene.legend.end(), [&scene](const LegendEntry& e) {
    return e.key == LegendKey::density &&
           e.label.starts_with(fmt::format("{} events too dense", scene.aggregated));
  }));
}

// What a thinned page draws is bounded by the page: its 400 rows hold a few thousand marks, so past
// that, twice the events add almost no marks, and bands are never more than the plot's bins.
TEST(LevelOfDetail, WhatIsDrawnDoesNotGrowWithTheEvents) {
  const TimelineScene small = layout_timeline(testing::busy_graph(20000, 30), {}, {});
  const TimelineScene large = layout_timeline(testing::busy_graph(40000, 30), {}, {});
  EXPECT_LT(large.marks.size(), small.marks.size() * 6 / 5);
  std::size_t rows = 0;
  for (const LaneLayout& lane : large.lanes) rows += lane.rows;
  EXPECT_LE(large.marks.size(), rows * static_cast<std::size_t>(large.plot.width / 20));
  const auto bins = static_cast<std::size_t>(small.plot.width / detail::density_bin_width) + 1;
  EXPECT_LE(large.density.size(), 30 * bins);
  EXPECT_GT(large.aggregated, 2 * small.aggregated);
}

TEST(LevelOfDetail, SmallPagesAreNotThinned) {
  const TimelineScene scene = layout_timeline(testing::busy_graph(200, 10), {}, {});
  EXPECT_EQ(scene.lane_row_cap, 0U);
  EXPECT_EQ(scene.aggregated, 0U);
  EXPECT_TRUE(scene.density.empty());
  EXPECT_EQ(scene.marks.size(), 200U);
}

}  // namespace
}  // namespace chronograph
