#include "layout/arrow_routes.hpp"

#include <gtest/gtest.h>

#include <random>

#include "chronograph/chronograph.hpp"
#include "layout/article_fixture.hpp"
#include "test_support.hpp"

namespace chronograph {
namespace {

using testing::add_person;
using testing::add_sketch;
using testing::at;

// Every route is orthogonal and crosses no label box of the page.
void expect_clear_routes(const TimelineScene& layout, const EventGraph& graph) {
  const std::vector<Box> labels = layout.label_boxes();
  for (const RelationArrow& arrow : layout.arrows) {
    ASSERT_GE(arrow.route.size(), 2u);
    for (std::size_t i = 0; i + 1 < arrow.route.size(); ++i)
      EXPECT_TRUE(arrow.route[i].x == arrow.route[i + 1].x ||
                  arrow.route[i].y == arrow.route[i + 1].y);
    EXPECT_EQ(detail::route_crossings(arrow.route, labels), 0u)
        << graph.id(arrow.from) << " → " << graph.id(arrow.to);
    EXPECT_EQ(arrow.label_crossings, 0u);
  }
}

TEST(ArrowRoutes, BundledExampleArrowsCrossNoLabel) {
  const auto path = testing::source_dir() / "graphs" / "altman-korea-2024.yaml";
  const Loaded loaded = load(testing::slurp(path), path.string());
  ASSERT_TRUE(loaded.ok());
  for (const Language language : {Language::ko, Language::en}) {
    LayoutOptions options;
    options.language = language;
    const TimelineScene layout = layout_timeline(*loaded.graph, loaded.report, options);
    EXPECT_EQ(layout.arrows.size(), 6u);
    expect_clear_routes(layout, *loaded.graph);
  }
}

TEST(ArrowRoutes, FixtureArticleArrowsCrossNoLabel) {
  const EventGraph graph = testing::article_graph();
  expect_clear_routes(layout_timeline(graph, {}, {}), graph);
}

// A before B in one row, with C (and A's own label) in between: the straight line would cross
// both labels, so the arrow must leave the row.
TEST(ArrowRoutes, DetoursAroundLabelsInTheWay) {
  EventGraph graph;
  graph.info.title = {"", "", "Detour"};
  graph.info.zone = "UTC";
  const NodeId host = add_person(graph, "host", "", "Host");
  const Seconds t = at(2024, 1, 26, 8, 0, 0);
  add_sketch(
      graph,
      {"a", "", "First thing", {t, t}, {t + 3600, t + 3600}, EventStatus::happened, {host}, "UTC"});
  add_sketch(graph, {"c",
                     "",
                     "Something between",
                     {t + 4 * 3600, t + 4 * 3600},
                     {t + 5 * 3600, t + 5 * 3600},
                     EventStatus::happened,
                     {host},
                     "UTC"});
  add_sketch(graph, {"b",
                     "",
                     "Last thing",
                     {t + 9 * 3600, t + 9 * 3600},
                     {t + 10 * 3600, t + 10 * 3600},
                     EventStatus::happened,
                     {host},
                     "UTC"});
  Relation relation;
  relation.from = *graph.find("a");
  relation.to = *graph.find("b");
  relation.type = RelationType::before;
  graph.add_relation(relation);
  const TimelineScene layout = layout_timeline(graph, {}, {});
  ASSERT_EQ(layout.arrows.size(), 1u);
  const EventMark& a = layout.marks[0];
  const EventMark& b = layout.marks[2];
  ASSERT_EQ(a.row, b.row);  // one row: the case needs a detour
  const std::vector<PathPoint> straight{{a.box.right(), a.box.y + a.box.height / 2},
                                        {b.box.x, b.box.y + b.box.height / 2}};
  EXPECT_GE(detail::route_crossings(straight, layout.label_boxes()), 2u);
  expect_clear_routes(layout, graph);
  EXPECT_GE(layout.arrows[0].route.size(), 3u);
}

TEST(ArrowRoutes, IndexCountsWhatABruteForceCounts) {
  std::mt19937 random(7);
  std::uniform_real_distribution<double> coordinate(0, 1000);
  std::uniform_real_distribution<double> size(1, 80);
  std::vector<Box> boxes;
  for (int i = 0; i < 300; ++i)
    boxes.push_back({coordinate(random), coordinate(random), size(random), size(random)});
  const detail::BoxIndex index(boxes);
  for (int i = 0; i < 200; ++i) {
    const PathPoint a{coordinate(random), coordinate(random)};
    const PathPoint corner{coordinate(random), a.y};
    const PathPoint b{corner.x, coordinate(random)};
    const std::vector<PathPoint> route{a, corner, b};
    index.new_route();
    const std::size_t counted = index.crossed(a, corner) + index.crossed(corner, b);
    EXPECT_EQ(counted, detail::route_crossings(route, boxes));
  }
}

}  // namespace
}  // namespace chronograph
