// Explanations of bounds, and the derived order of events.

#include <gtest/gtest.h>

#include "chronograph/reason.hpp"
#include "reason/test_graphs.hpp"

namespace chronograph {
namespace {

using testing::between;
using testing::exactly;
using testing::GraphBuilder;
using testing::open;
using testing::utc;

constexpr Seconds day = 86400;

TEST(ReasonExplain, WalksTheChainThatSetsEachBound) {
  GraphBuilder built;
  const Seconds t = utc(2023, 6, 9, 3);
  const NodeId visit = built.event("visit", exactly(t), 1, "Asia/Seoul");
  const NodeId talk = built.event("talk", open(), 3, "Asia/Seoul");
  const NodeId arrival = built.event("arrival", between(t, t + 365 * day), open(), 5, "Asia/Seoul");
  built.relate(visit, RelationType::before, talk, 7, DurationSpec{"P2D", 2 * day, 2 * day, false});
  built.relate(talk, RelationType::meets, arrival, 8);
  const ReasonReport report = reason(built.graph);
  ASSERT_FALSE(has_errors(report.diagnostics));
  EXPECT_EQ(format_explanation(built.graph, explain(built.graph, report, arrival)),
            "arrival\n"
            "  starts no earlier than 2023-06-11T12:00:00+09:00\n"
            "    graphs/test.yaml:2:11: visit ends no earlier than 2023-06-09T12:00:00+09:00\n"
            "    graphs/test.yaml:7:5: visit is before talk by at least 2 days\n"
            "    graphs/test.yaml:3:5: talk cannot end before it starts\n"
            "    graphs/test.yaml:8:5: talk meets arrival: talk ends no later than arrival starts\n"
            "  starts no later than 2024-06-08T12:00:00+09:00\n"
            "    graphs/test.yaml:6:11: arrival starts no later than 2024-06-08T12:00:00+09:00\n"
            "  ends no earlier than 2023-06-11T12:00:00+09:00\n"
            "    graphs/test.yaml:2:11: visit ends no earlier than 2023-06-09T12:00:00+09:00\n"
            "    graphs/test.yaml:7:5: visit is before talk by at least 2 days\n"
            "    graphs/test.yaml:3:5: talk cannot end before it starts\n"
            "    graphs/test.yaml:8:5: talk meets arrival: talk ends no later than arrival starts\n"
            "    graphs/test.yaml:5:5: arrival cannot end before it starts\n"
            "  ends no later than (open: nothing bounds it)\n");
  const Explanation explanation = explain(built.graph, report, arrival);
  EXPECT_EQ(explanation.bounds[0].value, t + 2 * day);
  EXPECT_EQ(explanation.bounds[3].value, unbounded_future);
}

TEST(ReasonOrder, NeighboursAndAnyPair) {
  GraphBuilder built;
  const NodeId a = built.event("a", between(0, 1000), 1);
  const NodeId b = built.event("b", between(0, 1000), 3);
  const NodeId c = built.event("c", between(0, 1000), 5);
  const NodeId d = built.event("d", between(2000, 3000), 7);
  const NodeId e = built.event("e", between(0, 5000), 9);
  built.relate(a, RelationType::before, b, 11);
  built.relate(c, RelationType::overlapped_by, b, 12);
  const ReasonReport report = reason(built.graph);
  ASSERT_FALSE(has_errors(report.diagnostics));
  // Earliest starts: a 0, b 0 (closure of "after a"), c 0, e 0, d 2000; then latest end, file
  // order.
  ASSERT_EQ(report.chronological, (std::vector<NodeId>{a, b, c, e, d}));
  ASSERT_EQ(report.neighbours.size(), 4u);
  EXPECT_EQ(report.neighbours[0].order, Order::before);    // a, b: stated
  EXPECT_EQ(report.neighbours[1].order, Order::overlaps);  // b, c: stated
  EXPECT_EQ(report.neighbours[2].order, Order::unknown);   // c, e
  EXPECT_EQ(report.neighbours[3].order, Order::unknown);   // e, d
  EXPECT_EQ(derived_order(report, b, a), Order::after);
  EXPECT_EQ(derived_order(report, c, d), Order::before);  // from the bounds alone
  EXPECT_EQ(derived_order(report, a, c), Order::before);  // a before b, b starts before c does
  ASSERT_EQ(report.order_edges.size(), 1u);
  EXPECT_EQ(report.order_edges[0].first, a);
  EXPECT_EQ(report.order_edges[0].second, b);
}

}  // namespace
}  // namespace chronograph
