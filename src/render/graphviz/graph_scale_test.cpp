#include "render/graphviz/graph_scale.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>

#include "chronograph/chronograph.hpp"
#include "chronograph/render.hpp"
#include "render/common/graph_data.hpp"
#include "render/common/graph_text.hpp"
#include "render/graphviz/graph_view.hpp"

namespace chronograph {
namespace {

NodeId event(EventGraph& graph, const std::string& id) {
  Event event;
  event.id = id;
  event.title = {"", id, ""};
  return graph.add_event(std::move(event));
}

NodeId person(EventGraph& graph, const std::string& id) {
  return graph.add_entity({id, {"", id, ""}, EntityKind::person});
}

void take_part(EventGraph& graph, NodeId event, NodeId entity) {
  Relation relation{event, entity, RelationType::participant};
  relation.implied = true;
  graph.add_relation(relation);
}

// `events` events in a chain of `before`, each with `per_event` of `people` people taking part,
// chosen by a fixed pseudo-random sequence (std::minstd_rand is the same everywhere).
EventGraph crowd(std::size_t events, std::size_t people, std::size_t per_event) {
  EventGraph graph;
  std::vector<NodeId> ids;
  for (std::size_t i = 0; i < events; ++i) ids.push_back(event(graph, fmt::format("e{}", i)));
  std::vector<NodeId> crowd;
  for (std::size_t i = 0; i < people; ++i) crowd.push_back(person(graph, fmt::format("p{}", i)));
  std::minstd_rand pick(1);
  for (std::size_t i = 0; i < events; ++i) {
    if (i > 0) graph.add_relation({ids[i - 1], ids[i], RelationType::before});
    std::set<std::size_t> chosen;
    while (chosen.size() < per_event) chosen.insert(pick() % people);
    for (const std::size_t k : chosen) take_part(graph, ids[i], crowd[k]);
  }
  return graph;
}

TEST(GraphScale, EngineFollowsSizeAndKind) {
  using detail::choose_engine;
  EXPECT_EQ(choose_engine({detail::dot_max_nodes, detail::dot_max_edges, true}), "dot");
  EXPECT_EQ(choose_engine({detail::dot_max_nodes + 1, 10, true}), "sfdp");
  EXPECT_EQ(choose_engine({10, detail::dot_max_edges + 1, true}), "sfdp");
  EXPECT_EQ(choose_engine({detail::neato_max_nodes, 10'000, false}), "neato");
  EXPECT_EQ(choose_engine({detail::neato_max_nodes + 1, 10, false}), "sfdp");
}

TEST(GraphScale, FoldsOnlyEntitiesThatTouchOneEvent) {
  EventGraph graph;
  const NodeId a = event(graph, "a");
  const NodeId b = event(graph, "b");
  const NodeId alone = person(graph, "alone");  // in a only, twice: still one event
  const NodeId both = person(graph, "both");    // in a and b
  const NodeId known = person(graph, "known");  // in b, and knows `both`
  take_part(graph, a, alone);
  graph.add_relation({a, alone, RelationType::participant});
  take_part(graph, a, both);
  take_part(graph, b, both);
  take_part(graph, b, known);
  graph.add_relation({known, both, RelationType::label});
  const std::vector<detail::GraphEdge> edges = detail::graph_edges(graph, nullptr);
  const detail::Folding folding = detail::fold_entities(graph, edges);
  EXPECT_EQ(folding.count, 1U);
  EXPECT_EQ(folding.into[alone], a);
  EXPECT_FALSE(folding.into[both]);
  EXPECT_FALSE(folding.into[known]);
  ASSERT_EQ(folding.folded[a].size(), 1U);
  EXPECT_EQ(folding.folded[a][0], alone);
  // The implied and the stated participation are one edge (same ends, same type), folded away.
  EXPECT_EQ(folding.edges, 1U);
}

TEST(GraphScale, AggregatesSharedEventsIntoEntityLinks) {
  EventGraph graph;
  const NodeId a = event(graph, "a");
  const NodeId b = event(graph, "b");
  const NodeId c = event(graph, "c");
  (void)c;  // no entity
  const NodeId x = person(graph, "x");
  const NodeId y = person(graph, "y");
  const NodeId z = person(graph, "z");
  for (const NodeId e : {a, b}) {
    take_part(graph, e, x);
    take_part(graph, e, y);
  }
  take_part(graph, b, z);
  graph.add_relation({a, b, RelationType::before});
  graph.add_relation({x, z, RelationType::label});
  const detail::EntityAggregate out =
      detail::aggregate_entities(graph, detail::graph_edges(graph, nullptr));
  EXPECT_EQ(out.entities, 3U);
  EXPECT_EQ(out.events_of[x], 2U);
  EXPECT_EQ(out.events_of[z], 1U);
  EXPECT_EQ(out.events_alone, 1U);
  EXPECT_EQ(out.left_out, 1U);
  ASSERT_EQ(out.relations.size(), 1U);
  EXPECT_EQ(out.pairs, 3U);  // x-y twice, x-z, y-z
  ASSERT_EQ(out.links.size(), 3U);
  EXPECT_EQ(out.links[0].first, x);
  EXPECT_EQ(out.links[0].second, y);
  EXPECT_EQ(out.links[0].events, 2U);
  EXPECT_EQ(out.weakest, 1U);
  EXPECT_EQ(out.strongest, 2U);
}

TEST(GraphScale, KeepsOnlyTheStrongestLinksPerEntity) {
  // Every event has 6 of 12 people: 66 possible pairs, at most 4 links per entity drawn (48).
  const EventGraph graph = crowd(400, 12, 6);
  const detail::EntityAggregate out =
      detail::aggregate_entities(graph, detail::graph_edges(graph, nullptr));
  EXPECT_GT(out.pairs, detail::links_per_entity * 12);
  EXPECT_EQ(out.links.size(), detail::links_per_entity * 12);
  for (std::size_t i = 1; i < out.links.size(); ++i)
    EXPECT_LT(std::pair(out.links[i - 1].first, out.links[i - 1].second),
              std::pair(out.links[i].first, out.links[i].second));
}

TEST(GraphScale, EveryEntityKeepsItsStrongestTie) {
  // 30 actors in each of 400 events (435 pairs sharing 400 events each) and 30 towns, each the
  // place of two events with actor p0: by strength alone the actors' pairs filled all 4 × 60
  // lines and no town was linked to anyone.
  EventGraph graph = crowd(400, 30, 30);
  const NodeId first_actor = *graph.find("p0");
  std::vector<NodeId> towns;
  for (int t = 0; t < 30; ++t) {
    const NodeId town =
        graph.add_entity({fmt::format("town{}", t), {"", "T", ""}, EntityKind::place});
    towns.push_back(town);
    for (int k = 0; k < 2; ++k) {
      const NodeId e = event(graph, fmt::format("t{}-{}", t, k));
      take_part(graph, e, first_actor);
      take_part(graph, e, town);
    }
  }
  const detail::EntityAggregate out =
      detail::aggregate_entities(graph, detail::graph_edges(graph, nullptr));
  EXPECT_LE(out.links.size(), detail::links_per_entity * out.entities);
  for (const NodeId town : towns)
    EXPECT_TRUE(std::any_of(out.links.begin(), out.links.end(), [&](const detail::EntityLink& l) {
      return l.second == town && l.first == first_actor && l.events == 2;
    })) << graph.id(town);
  EXPECT_EQ(out.weakest, 2U);
}

TEST(GraphScale, PlansByWhatWouldBeDrawn) {
  EXPECT_EQ(
      detail::plan_graph(crowd(50, 10, 2), detail::graph_edges(crowd(50, 10, 2), nullptr)).drawing,
      detail::GraphDrawing::everything);
  const EventGraph mid = crowd(1000, 250, 3);
  const detail::GraphPlan planned = detail::plan_graph(mid, detail::graph_edges(mid, nullptr));
  EXPECT_EQ(planned.drawing, detail::GraphDrawing::everything);
  EXPECT_EQ(planned.engine, "sfdp");
  const EventGraph big = crowd(5000, 250, 3);
  const detail::GraphPlan aggregated = detail::plan_graph(big, detail::graph_edges(big, nullptr));
  EXPECT_EQ(aggregated.drawing, detail::GraphDrawing::entities);
  EXPECT_EQ(aggregated.engine, "neato");
  const std::vector<std::string> caption = detail::scale_caption(aggregated, big);
  ASSERT_FALSE(caption.empty());
  EXPECT_EQ(caption[0],
            "Aggregated: 5000 events drawn as the 250 entities they involve, each with its number "
            "of events.");
}

// 10 000 copies of one statement are one edge, labelled ×10000, and cost what one copy costs.
TEST(GraphScale, TenThousandParallelStatementsAreOneEdge) {
  auto graph_with = [](std::size_t copies) {
    EventGraph graph;
    const NodeId a = event(graph, "a");
    const NodeId b = event(graph, "b");
    for (std::size_t i = 0; i < copies; ++i) graph.add_relation({a, b, RelationType::before});
    return graph;
  };
  const EventGraph once = graph_with(1);
  const EventGraph many = graph_with(10'000);
  const std::vector<detail::GraphEdge> edges = detail::graph_edges(many, nullptr);
  ASSERT_EQ(edges.size(), 1U);
  EXPECT_EQ(edges[0].count, 10'000U);
  EXPECT_EQ(detail::graph_view::merged_label(edges[0]), "before \u00d710000");
  const detail::RelationshipGraph drawn_once = detail::relationship_graph(once, Language::en);
  const detail::RelationshipGraph drawn_many = detail::relationship_graph(many, Language::en);
  EXPECT_EQ(drawn_many.work.nodes, drawn_once.work.nodes);
  EXPECT_EQ(drawn_many.work.edges, drawn_once.work.edges);
  EXPECT_NE(drawn_many.dot.find("count=10000"), std::string::npos);
  EXPECT_LT(drawn_many.dot.size(), drawn_once.dot.size() + 64);
}

// The builder's work follows what is drawn: 10× the events at the same density is 10× the work,
// not 100× (and past the event graph's limit, the entity graph's work is bounded by the entities).
TEST(GraphScale, DrawingWorkGrowsWithTheDrawing) {
  const detail::RelationshipGraph small =
      detail::relationship_graph(crowd(200, 250, 3), Language::en);
  const detail::RelationshipGraph large =
      detail::relationship_graph(crowd(2000, 250, 3), Language::en);
  EXPECT_LE(large.work.edges, 11 * small.work.edges);
  const detail::RelationshipGraph huge =
      detail::relationship_graph(crowd(20'000, 250, 3), Language::en);
  EXPECT_EQ(huge.drawing, detail::GraphDrawing::entities);
  EXPECT_EQ(huge.work.nodes, 250U);
  EXPECT_LE(huge.work.edges, detail::links_per_entity * 250);
}

// Two events on one day overlap, which cut the chain of neighbours' `before`s: the second had no
// arrow in and the first none out, and dot drew them left of events days earlier. Each now has
// an arrow from (to) the nearest event necessarily before (after) it.
TEST(GraphScale, EventsOfOneDayKeepTheirPlaceInTime) {
  const std::string text =
      "chronograph: 1\nevents:\n  a: {title: A, when: 2025-03-03}\n"
      "  b: {title: B, when: 2025-03-05}\n  c: {title: C, when: 2025-03-05}\n"
      "  d: {title: D, when: 2025-03-10}\n";
  const Loaded loaded = load(text, "day.yaml");
  ASSERT_TRUE(loaded.clean());
  std::set<std::pair<std::string, std::string>> arrows;
  for (const DerivedOrder& order : detail::shown_derived_order(*loaded.graph, loaded.report))
    arrows.emplace(loaded.graph->event(order.first).id, loaded.graph->event(order.second).id);
  EXPECT_EQ(arrows, (std::set<std::pair<std::string, std::string>>{
                        {"a", "b"}, {"a", "c"}, {"b", "d"}, {"c", "d"}}));
}

}  // namespace
}  // namespace chronograph
