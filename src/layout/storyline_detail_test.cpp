#include "layout/storyline_detail.hpp"

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <algorithm>
#include <random>

#include "chronograph/layout.hpp"
#include "layout/article_fixture.hpp"
#include "layout/density.hpp"

namespace chronograph {
namespace {

// `events` events over three years, each with two of `people` people; every tenth linked to the
// next by a relation.
EventGraph crowd(int events, int people) {
  EventGraph graph;
  graph.info.zone = "Asia/Seoul";
  std::mt19937 random(7);
  const auto person = [&] {
    return static_cast<NodeId>(events + static_cast<int>(random() % people));
  };
  for (int i = 0; i < events; ++i) {
    const Seconds start =
        testing::at(2020, 1, 1) + static_cast<Seconds>(random() % (3u * 365 * 86400));
    NodeId first = person();
    NodeId second = person();
    testing::add_sketch(graph, {fmt::format("e{}", i),
                                "",
                                fmt::format("event {}", i),
                                {start, start},
                                {start + 3600, start + 3600},
                                EventStatus::happened,
                                {first, second}});
  }
  for (int i = 0; i < people; ++i) testing::add_person(graph, fmt::format("p{}", i), "", "P");
  for (int i = 0; i + 1 < events; i += 10)
    graph.add_relation({static_cast<NodeId>(i), static_cast<NodeId>(i + 1), RelationType::before});
  return graph;
}

std::size_t band_events(const StorylineBand& band) {
  std::size_t events = 0;
  for (const DensityBand& run : band.runs) events += run.events;
  return events;
}

TEST(StorylineLevelOfDetail, SmallPagesAreNotThinned) {
  const StorylineScene scene = layout_storyline(crowd(40, 6), {}, {});
  EXPECT_EQ(scene.meetings.size(), 40U);
  EXPECT_EQ(scene.lines.size(), 6U);
  EXPECT_TRUE(scene.bands.empty());
  EXPECT_EQ(scene.aggregated, 0U);
}

// Every event is a meeting or counted in a band: the kept participants' rows hold the events of
// theirs that are not meetings, the last row those of the participants left out.
TEST(StorylineLevelOfDetail, EveryEventIsAMeetingOrInABand) {
  const EventGraph graph = crowd(3000, 100);
  StorylineOptions options;
  options.focus = {"e2999"};
  const StorylineScene scene = layout_storyline(graph, {}, options);
  EXPECT_LE(scene.meetings.size(), detail::storyline_max_meetings);
  EXPECT_LE(scene.lines.size(), detail::storyline_max_lines);
  EXPECT_EQ(scene.meetings.size() + scene.aggregated, 3000U);
  EXPECT_EQ(scene.lines_total, 100U);
  EXPECT_EQ(scene.lines_left_out, 100U - detail::storyline_max_lines);
  ASSERT_FALSE(scene.bands.empty());
  EXPECT_FALSE(scene.bands.back().entity);  // the others' row
  EXPECT_EQ(band_events(scene.bands.back()), scene.events_left_out);
  EXPECT_GT(scene.events_left_out, 0U);
  EXPECT_TRUE(std::any_of(scene.meetings.begin(), scene.meetings.end(),
                          [&](const StorylineMeeting& m) { return graph.id(m.event) == "e2999"; }));
  const auto legend =
      std::find_if(scene.legend.begin(), scene.legend.end(),
                   [](const LegendEntry& e) { return e.key == LegendKey::density; });
  ASSERT_NE(legend, scene.legend.end());
  EXPECT_TRUE(
      legend->label.starts_with(fmt::format("{} events not drawn as meetings", scene.aggregated)))
      << legend->label;
  // Rows sit under the lines, inside the plot, one per band.
  for (std::size_t b = 0; b + 1 < scene.bands.size(); ++b)
    EXPECT_LT(scene.bands[b].runs.front().box.y, scene.bands[b + 1].runs.front().box.y);
  EXPECT_LE(scene.bands.back().runs.front().box.bottom(), scene.plot.bottom());
}

// Among equally important meetings, the kept ones spread over the whole time, not the earliest.
TEST(StorylineLevelOfDetail, KeptMeetingsSpreadOverTime) {
  const StorylineScene scene = layout_storyline(crowd(3000, 100), {}, {});
  ASSERT_FALSE(scene.meetings.empty());
  double first = scene.meetings.front().x, last = first;
  for (const StorylineMeeting& meeting : scene.meetings) {
    first = std::min(first, meeting.x);
    last = std::max(last, meeting.x);
  }
  const double width = scene.axis.right() - scene.axis.left();
  EXPECT_LT(first - scene.axis.left(), width / 10);
  EXPECT_LT(scene.axis.right() - last, width / 10);
}

// What is drawn is bounded by the page: twice the events, the same meetings, lines and rows, and
// runs never more than the rows' bins.
TEST(StorylineLevelOfDetail, WhatIsDrawnDoesNotGrowWithTheEvents) {
  const StorylineScene small = layout_storyline(crowd(4000, 100), {}, {});
  const StorylineScene large = layout_storyline(crowd(8000, 100), {}, {});
  EXPECT_EQ(large.meetings.size(), small.meetings.size());
  EXPECT_EQ(large.lines.size(), small.lines.size());
  EXPECT_LE(large.bands.size(), detail::storyline_max_lines + 1);
  std::size_t runs = 0;
  for (const StorylineBand& band : large.bands) runs += band.runs.size();
  const auto bins = static_cast<std::size_t>(large.plot.width / detail::density_bin_width) + 1;
  EXPECT_LE(runs, large.bands.size() * bins);
  EXPECT_GT(large.aggregated, 2 * small.aggregated - 100);
}

}  // namespace
}  // namespace chronograph
