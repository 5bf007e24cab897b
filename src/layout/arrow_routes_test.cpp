#include "layout/arrow_routes.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>

#include <fmt/format.h>

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

// A file of `events` events an hour apart, each with one of five people, `before` relations from
// each to the next and to the one three later, and `copies` more copies of the first relation.
std::string chain_file(int events, int copies) {
  std::string text = "chronograph: 1\ntitle: Chain\nzone: UTC\nentities:\n";
  for (int p = 0; p < 5; ++p)
    text += fmt::format("  p{}: {{name: Person {}, kind: person}}\n", p, p);
  text += "events:\n";
  for (int i = 0; i < events; ++i)
    text += fmt::format(
        "  e{}: {{title: Event number {}, when: '2024-01-{:02}T{:02}:00Z', "
        "participants: [p{}]}}\n",
        i, i, 1 + i / 24, i % 24, i % 5);
  text += "relations:\n";
  for (int i = 0; i + 1 < events; ++i)
    text += fmt::format("  - {{from: e{}, type: before, to: e{}}}\n", i, i + 1);
  for (int i = 0; i + 3 < events; i += 2)
    text += fmt::format("  - {{from: e{}, type: before, to: e{}}}\n", i, i + 3);
  for (int c = 0; c < copies; ++c) text += "  - {from: e0, type: before, to: e1}\n";
  return text;
}

struct RoutingWork {
  std::size_t arrows = 0;
  std::size_t first_count = 0;
  std::size_t work = 0;  // boxes the label and mark indexes looked at
};

// Lays the file out, then routes its arrows again over the scene's labels and marks, counting
// what the indexes look at.
RoutingWork routing_work(const std::string& text) {
  const Loaded loaded = load(text, "chain.yaml");
  EXPECT_TRUE(loaded.ok());
  if (!loaded.graph) return {};
  const TimelineScene scene = layout_timeline(*loaded.graph, loaded.report, {});
  std::vector<Box> mark_boxes;
  for (const EventMark& mark : scene.marks) mark_boxes.push_back(mark.box);
  const detail::BoxIndex labels(scene.label_boxes());
  const detail::BoxIndex marks(std::move(mark_boxes));
  const std::vector<RelationArrow> arrows =
      detail::relation_arrows(*loaded.graph, scene.marks, {labels, marks, {}});
  EXPECT_EQ(arrows.size(), scene.arrows.size());
  return {arrows.size(), arrows.empty() ? 0 : arrows.front().count, labels.work() + marks.work()};
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

// Doubling the events (and so the arrows) at most doubles the boxes routing looks at, give or
// take the page's fixed labels: a quadratic router would look at four times as many.
TEST(ArrowRoutes, RoutingWorkGrowsLinearlyWithTheArrows) {
  const RoutingWork small = routing_work(chain_file(200, 0));
  const RoutingWork large = routing_work(chain_file(400, 0));
  ASSERT_GT(small.arrows, 250u);
  ASSERT_GT(large.arrows, 2 * small.arrows - 5);
  EXPECT_LT(static_cast<double>(large.work), 2.5 * static_cast<double>(small.work))
      << small.work << " at " << small.arrows << " arrows, " << large.work << " at "
      << large.arrows;
}

// 10,000 copies of one statement are one arrow that says so, routed once: the work does not
// grow with the copies.
TEST(ArrowRoutes, TenThousandParallelStatementsAreOneArrow) {
  const RoutingWork few = routing_work(chain_file(4, 0));
  const RoutingWork many = routing_work(chain_file(4, 10'000));
  EXPECT_EQ(many.arrows, few.arrows);
  EXPECT_EQ(few.first_count, 1u);
  EXPECT_EQ(many.first_count, 10'001u);
  EXPECT_EQ(many.work, few.work);
}

}  // namespace
}  // namespace chronograph
