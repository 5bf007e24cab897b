// The one-pass first round (components + earliest bounds) against the general rounds' separate
// passes over the reversed graph: same components, same distances, same shortest-path parents
// (the explanations), on seeded random graphs full of equalities and ties.

#include <gtest/gtest.h>

#include <fmt/format.h>

#include <random>
#include <tuple>
#include <vector>

#include "reason/first_pass.hpp"
#include "reason/solve.hpp"
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

// Events at hidden times on a coarse grid, stated coarsely or not at all, and relations that the
// hidden times make true: mostly consistent, with many equally short paths.
EventGraph time_line_graph(std::uint64_t seed) {
  std::mt19937_64 random(seed);
  GraphBuilder built;
  const int count = 2 + static_cast<int>(random() % 40);
  std::vector<NodeId> nodes;
  std::vector<Seconds> hidden;
  for (int i = 0; i < count; ++i) {
    const Seconds at = 10 * static_cast<Seconds>(random() % 8);
    hidden.push_back(at);
    const Bounds start = random() % 3 == 0 ? testing::open() : testing::between(at - 20, at);
    const Bounds end = random() % 3 == 0 ? testing::open() : testing::between(at, at + 20);
    nodes.push_back(built.event(fmt::format("e{}", i), start, end, 2 * i + 1));
  }
  const int relations = static_cast<int>(random() % (2 * count));
  for (int k = 0; k < relations; ++k) {
    std::size_t a = random() % nodes.size();
    std::size_t b = random() % nodes.size();
    if (hidden[a] > hidden[b]) std::swap(a, b);
    const bool apart = hidden[a] < hidden[b];
    const RelationType type =
        apart ? (random() % 2 == 0 ? RelationType::before : RelationType::causes)
              : (random() % 2 == 0 ? RelationType::equals : RelationType::causes);
    built.relate(nodes[a], type, nodes[b], 1000 + k);
  }
  return std::move(built.graph);
}

// What a constraint says, independent of point numbering.
using Statement = std::tuple<detail::ConstraintKind, NodeId, NodeId, std::uint32_t>;

// The chain that explains one bound of every event, keyed by event node (file order).
std::vector<std::vector<Statement>> chains(const EventGraph& graph, detail::Numbering numbering,
                                           bool& consistent) {
  detail::NetworkData network;
  Diagnostics diagnostics;
  detail::collect_constraints(graph, network, diagnostics, numbering);
  detail::build_distance_graphs(network);
  std::vector<Contradiction> contradictions;
  detail::solve(graph, network, diagnostics, contradictions);
  consistent = network.consistent;
  std::vector<std::vector<Statement>> result;
  if (!consistent) return result;
  for (const NodeId node : graph.events()) {
    const std::uint32_t index = *network.index_of(node);
    for (const detail::PointId first : {detail::start_point(index), detail::end_point(index)}) {
      for (const bool towards_origin : {true, false}) {
        const auto& parent = towards_origin ? network.to_parent : network.from_parent;
        std::vector<Statement> chain;
        for (detail::PointId point = first;
             point != detail::origin_point && parent[point] != detail::no_index;) {
          const detail::Constraint c = network.constraint(parent[point]);
          chain.emplace_back(c.kind, c.event, c.other, c.relation);
          point = towards_origin ? c.to : c.from;
          if (chain.size() > network.point_count()) break;  // a cycle of parents: fails below
        }
        result.push_back(std::move(chain));
      }
    }
  }
  return result;
}

// The tie rule does not look at point numbers: numbering events by stated time only, or with
// undated events moved next to their relatives, explains every bound with the same statements.
TEST(ReasonFirstPass, ExplanationsDoNotDependOnPointNumbering) {
  int compared = 0;
  for (std::uint64_t seed = 1; seed <= 800; ++seed) {
    SCOPED_TRACE(seed);
    const EventGraph graph = seed % 2 == 0 ? time_line_graph(seed) : random_graph(seed);
    bool by_time_consistent = false;
    bool near_consistent = false;
    const auto by_time = chains(graph, detail::Numbering::stated_time, by_time_consistent);
    const auto near = chains(graph, detail::Numbering::near_relatives, near_consistent);
    ASSERT_EQ(by_time_consistent, near_consistent);
    EXPECT_EQ(by_time, near);
    compared += by_time_consistent ? 1 : 0;
  }
  EXPECT_GT(compared, 300);
}

}  // namespace
}  // namespace chronograph
