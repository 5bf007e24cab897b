// Derived order between events, where the two whole solutions (all earliest, all latest) may rule
// a pair out before the search: they must never rule out an order that holds.

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "chronograph/reason.hpp"
#include "reason/test_graphs.hpp"

namespace chronograph {
namespace {

using testing::between;
using testing::GraphBuilder;
using testing::utc;

constexpr Seconds day = 86400;

// Two events a, b with these bounds (start and end alike), optionally related; their order both
// ways once reasoned.
struct Pair {
  Order a_to_b;
  Order b_to_a;
};

Pair order_of(Bounds a_when, Bounds b_when, std::optional<RelationType> relation = std::nullopt) {
  GraphBuilder built;
  const NodeId a = built.event("a", a_when, 1);
  const NodeId b = built.event("b", b_when, 3);
  if (relation) built.relate(a, *relation, b, 5);
  const ReasonReport report = reason(built.graph);
  EXPECT_FALSE(has_errors(report.diagnostics));
  return {derived_order(report, a, b), derived_order(report, b, a)};
}

// In both solutions a ends exactly when b starts: a tie is not a refutation of "no later than".
TEST(ReasonOrder, MeetsIsBeforeThoughBothSolutionsTie) {
  const Seconds t = utc(2024, 1, 25);
  const Pair pair = order_of(between(t, t + day), between(t, t + day), RelationType::meets);
  EXPECT_EQ(pair.a_to_b, Order::before);
  EXPECT_EQ(pair.b_to_a, Order::after);
}

// Strict order is compared with its infinitesimals: in the all-earliest solution a and b start at
// the same second, b an ε later, so "a starts strictly before b ends" must still be provable.
TEST(ReasonOrder, OverlapsHoldsThoughBothSolutionsShareSeconds) {
  const Seconds t = utc(2024, 1, 26);
  EXPECT_EQ(order_of(between(t, t + day), between(t, t + day), RelationType::overlaps).a_to_b,
            Order::overlaps);
}

// Both extreme solutions put a first, yet b may start before a ends: unknown, not before.
TEST(ReasonOrder, OrderedInBothSolutionsIsNotNecessarilyOrdered) {
  const Seconds t = utc(2024, 1, 26);
  EXPECT_EQ(order_of(between(t, t + 100), between(t + 50, t + 150)).a_to_b, Order::unknown);
}

// Disjoint bounds decide without any relation.
TEST(ReasonOrder, DisjointBoundsAreBefore) {
  const Seconds t = utc(2024, 1, 26);
  const Pair pair = order_of(between(t, t + 100), between(t + 100, t + 150));
  EXPECT_EQ(pair.a_to_b, Order::before);
  EXPECT_EQ(pair.b_to_a, Order::after);
}

// Enough neighbour pairs that they are derived in two halves at once: each pair's order must be
// its own, the pairs either side of the split included.
TEST(ReasonOrder, EveryNeighbourPairOfABigFileIsDerived) {
  constexpr int events = 20001;
  const Seconds t = utc(2024, 1, 1);
  GraphBuilder built;
  std::vector<NodeId> nodes;
  // Every third event may last two days, so its order with the next one is unknown; the others
  // end within the hour and come before the next.
  for (int k = 0; k < events; ++k)
    nodes.push_back(built.event("e" + std::to_string(k),
                                between(t + k * day, t + k * day + (k % 3 == 0 ? 2 * day : 3600)),
                                k + 1));
  const ReasonReport report = reason(built.graph);
  ASSERT_EQ(report.neighbours.size(), static_cast<std::size_t>(events - 1));
  std::size_t before = 0;
  for (int k = 0; k + 1 < events; ++k) {
    const DerivedOrder& pair = report.neighbours[static_cast<std::size_t>(k)];
    ASSERT_EQ(pair.first, nodes[static_cast<std::size_t>(k)]) << k;
    ASSERT_EQ(pair.second, nodes[static_cast<std::size_t>(k) + 1]) << k;
    ASSERT_EQ(pair.order, k % 3 == 0 ? Order::unknown : Order::before) << k;
    before += pair.order == Order::before ? 1 : 0;
  }
  EXPECT_EQ(report.order_edges.size(), before);
}

}  // namespace
}  // namespace chronograph
