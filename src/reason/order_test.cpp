// Derived order between events, where the two whole solutions (all earliest, all latest) may rule
// a pair out before the search: they must never rule out an order that holds.

#include <gtest/gtest.h>

#include "chronograph/reason.hpp"
#include "reason/test_graphs.hpp"

namespace chronograph {
namespace {

using testing::between;
using testing::GraphBuilder;
using testing::utc;

constexpr Seconds day = 86400;

// In both solutions a ends exactly when b starts: a tie is not a refutation of "no later than".
TEST(ReasonOrder, MeetsIsBeforeThoughBothSolutionsTie) {
  GraphBuilder built;
  const Seconds t = utc(2024, 1, 25);
  const NodeId a = built.event("a", between(t, t + day), 1);
  const NodeId b = built.event("b", between(t, t + day), 3);
  built.relate(a, RelationType::meets, b, 5);
  const ReasonReport report = reason(built.graph);
  ASSERT_FALSE(has_errors(report.diagnostics));
  EXPECT_EQ(derived_order(report, a, b), Order::before);
  EXPECT_EQ(derived_order(report, b, a), Order::after);
}

// Strict order is compared with its infinitesimals: in the all-earliest solution a and b start at
// the same second, b an ε later, so "a starts strictly before b ends" must still be provable.
TEST(ReasonOrder, OverlapsHoldsThoughBothSolutionsShareSeconds) {
  GraphBuilder built;
  const Seconds t = utc(2024, 1, 26);
  const NodeId a = built.event("a", between(t, t + day), 1);
  const NodeId b = built.event("b", between(t, t + day), 3);
  built.relate(a, RelationType::overlaps, b, 5);
  const ReasonReport report = reason(built.graph);
  ASSERT_FALSE(has_errors(report.diagnostics));
  EXPECT_EQ(derived_order(report, a, b), Order::overlaps);
}

// Both extreme solutions put a first, yet b may start before a ends: unknown, not before.
TEST(ReasonOrder, OrderedInBothSolutionsIsNotNecessarilyOrdered) {
  GraphBuilder built;
  const Seconds t = utc(2024, 1, 26);
  const NodeId a = built.event("a", between(t, t + 100), 1);
  const NodeId b = built.event("b", between(t + 50, t + 150), 3);
  const ReasonReport report = reason(built.graph);
  ASSERT_FALSE(has_errors(report.diagnostics));
  EXPECT_EQ(derived_order(report, a, b), Order::unknown);
}

// Disjoint bounds decide without any relation.
TEST(ReasonOrder, DisjointBoundsAreBefore) {
  GraphBuilder built;
  const Seconds t = utc(2024, 1, 26);
  const NodeId a = built.event("a", between(t, t + 100), 1);
  const NodeId b = built.event("b", between(t + 100, t + 150), 3);
  const ReasonReport report = reason(built.graph);
  EXPECT_EQ(derived_order(report, a, b), Order::before);
  EXPECT_EQ(derived_order(report, b, a), Order::after);
}

}  // namespace
}  // namespace chronograph
