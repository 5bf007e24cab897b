// The one-pass first round (components + earliest bounds) against the general rounds' separate
// passes over the reversed graph: same components, same distances, same shortest-path parents
// (the explanations), on seeded random graphs full of equalities and ties.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <random>

#include "reason/first_pass.hpp"
#include "reason/test_graphs.hpp"

namespace chronograph {
namespace {

using testing::GraphBuilder;

constexpr RelationType kinds[] = {
    RelationType::before, RelationType::meets,    RelationType::during, RelationType::contains,
    RelationType::starts, RelationType::finishes, RelationType::equals, RelationType::is_included,
    RelationType::causes, RelationType::overlaps, RelationType::after,  RelationType::met_by};

// Events on a coarse grid (many equal bounds, so many ties), a few durations and gaps, and
// relations drawn at random: some graphs hold cycles below zero, most do not.
EventGraph random_graph(std::uint64_t seed) {
  std::mt19937_64 random(seed);
  GraphBuilder built;
  const int count = 2 + static_cast<int>(random() % 40);
  std::vector<NodeId> nodes;
  for (int i = 0; i < count; ++i) {
    const Seconds at = 10 * static_cast<Seconds>(random() % 8);
    const Bounds start = random() % 4 == 0 ? testing::open() : testing::between(at, at + 20);
    const Bounds end = random() % 4 == 0 ? testing::open() : testing::between(at, at + 40);
    nodes.push_back(built.event(fmt::format("e{}", i), start, end, 2 * i + 1));
    if (random() % 6 == 0)
      built.graph.event(nodes.back()).duration =
          DurationSpec{"", 10, 10 + 10 * static_cast<Seconds>(random() % 2), false};
  }
  const int relations = static_cast<int>(random() % (2 * count));
  for (int k = 0; k < relations; ++k) {
    const NodeId a = nodes[random() % nodes.size()];
    const NodeId b = nodes[random() % nodes.size()];
    const RelationType type = kinds[random() % std::size(kinds)];
    std::optional<DurationSpec> gap;
    if (type == RelationType::before && random() % 4 == 0) gap = DurationSpec{"", 0, 20, false};
    built.relate(a, type, b, 1000 + k, gap);
  }
  return std::move(built.graph);
}

TEST(ReasonFirstPass, MatchesTheSeparatePassesOverTheReversedGraph) {
  int consistent = 0;
  for (std::uint64_t seed = 1; seed <= 400; ++seed) {
    SCOPED_TRACE(seed);
    const EventGraph graph = random_graph(seed);
    detail::NetworkData network;
    Diagnostics diagnostics;
    detail::collect_constraints(graph, network, diagnostics);
    detail::build_distance_graphs(network);

    detail::Components fused;
    detail::Propagation earliest;
    const bool settled = detail::components_and_earliest(network, fused, earliest);

    detail::build_reversed_graph(network);
    const detail::Components separate = detail::strong_components_of(network);
    const bool cyclic = detail::cycle_inside_components(network, separate).has_value();
    ASSERT_EQ(settled, !cyclic);
    if (!settled) continue;  // stopped at the cycle; the general rounds report it
    EXPECT_EQ(fused.of, separate.of);
    EXPECT_EQ(fused.begin, separate.begin);
    EXPECT_EQ(fused.members, separate.members);
    EXPECT_EQ(fused.cyclic, separate.cyclic);
    detail::Propagation expected;
    detail::propagate(network, separate, true, expected, detail::Ties::smallest_constraint);
    ASSERT_EQ(earliest.distance.size(), expected.distance.size());
    for (std::size_t point = 0; point < expected.distance.size(); ++point) {
      EXPECT_TRUE(earliest.distance[point] == expected.distance[point]) << "point " << point;
      EXPECT_EQ(earliest.parent[point], expected.parent[point]) << "point " << point;
    }
    ++consistent;
  }
  EXPECT_GT(consistent, 100);  // the comparison above ran on many graphs, not only the cyclic ones
}

}  // namespace
}  // namespace chronograph
