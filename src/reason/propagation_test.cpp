// Tight bounds: propagation through chains, gaps, durations, open bounds, and what is skipped.

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
constexpr Seconds hour = 3600;

DurationSpec span(Seconds min, Seconds max) {
  return {"", min, max, false};
}

TEST(ReasonPropagation, ChainWithGapsTightensBothWays) {
  GraphBuilder built;
  const Seconds t = utc(2024, 1, 1);
  const NodeId a = built.event("a", exactly(t), 1);
  const NodeId b = built.event("b", open(), 3);
  const NodeId c = built.event("c", between(t, t + 10 * day), 5);
  built.relate(a, RelationType::before, b, 7, span(2 * day, 3 * day));
  built.relate(b, RelationType::before, c, 8, span(day, day));
  const ReasonReport report = reason(built.graph);
  ASSERT_FALSE(has_errors(report.diagnostics));
  const Event& eb = built.graph.event(b);
  EXPECT_EQ(eb.start, (Bounds{t + 2 * day, t + 3 * day}));
  EXPECT_EQ(eb.end, (Bounds{t + 2 * day, t + 9 * day}));
  const Event& ec = built.graph.event(c);
  EXPECT_EQ(ec.start.earliest, t + 3 * day);
  EXPECT_EQ(ec.start.latest, t + 10 * day);
  EXPECT_EQ(eb.end.latest, t + 9 * day);                 // c starts exactly a day after b ends
  EXPECT_EQ(built.graph.event(b).stated_start, open());  // stated bounds untouched
}

TEST(ReasonPropagation, OpenBoundsStayOpen) {
  GraphBuilder built;
  const Seconds t = utc(2024, 6, 1);
  const NodeId a = built.event("a", open(), 1);
  const NodeId b = built.event("b", between(t, t + day), open(), 3);
  built.relate(a, RelationType::before, b, 5);
  ASSERT_FALSE(has_errors(reason(built.graph).diagnostics));
  const Event& ea = built.graph.event(a);
  EXPECT_EQ(ea.start, (Bounds{unbounded_past, t + day}));
  EXPECT_EQ(ea.end, (Bounds{unbounded_past, t + day}));  // closure of "before t + 1 day"
  EXPECT_EQ(built.graph.event(b).end, (Bounds{t, unbounded_future}));
}

TEST(ReasonPropagation, DurationFixesTheEndAndCanContradict) {
  GraphBuilder built;
  const Seconds t = utc(2024, 1, 26, 9);
  const NodeId a = built.event("a", exactly(t), open(), 1);
  built.graph.event(a).duration = span(6 * hour, 6 * hour);
  ASSERT_FALSE(has_errors(reason(built.graph).diagnostics));
  EXPECT_EQ(built.graph.event(a).end, exactly(t + 6 * hour));

  GraphBuilder short_one;
  const NodeId b = short_one.event("b", exactly(t), exactly(t + hour), 1);
  short_one.graph.event(b).duration = span(2 * hour, 3 * hour);
  EXPECT_TRUE(has_errors(reason(short_one.graph).diagnostics));
}

TEST(ReasonPropagation, ZonesAreComparedInUtc) {
  // 20:00 on 24 Jan in New York is 10:00 on 25 Jan in Seoul: after 09:00 Seoul time that day.
  GraphBuilder built;
  const NodeId washington =
      built.event("washington", exactly(utc(2024, 1, 25, 1)), 1, "America/New_York");
  const NodeId seoul = built.event("seoul", exactly(utc(2024, 1, 25, 0)), 3, "Asia/Seoul");
  built.relate(washington, RelationType::before, seoul, 5);
  EXPECT_TRUE(has_errors(reason(built.graph).diagnostics));

  GraphBuilder later;
  const NodeId w = later.event("washington", exactly(utc(2024, 1, 24, 15)), 1, "America/New_York");
  const NodeId s =
      later.event("seoul", between(utc(2024, 1, 25, 0), utc(2024, 1, 25, 3)), 3, "Asia/Seoul");
  later.relate(w, RelationType::before, s, 5);
  EXPECT_FALSE(has_errors(reason(later.graph).diagnostics));
}

TEST(ReasonPropagation, SelfRelationIsAContradiction) {
  GraphBuilder built;
  const NodeId a = built.event("a", open(), 1);
  built.relate(a, RelationType::before, a, 3);
  EXPECT_TRUE(has_errors(reason(built.graph).diagnostics));
}

TEST(ReasonPropagation, CycleWithoutAnyTimesIsFound) {
  GraphBuilder built;
  const NodeId a = built.event("a", open(), 1);
  const NodeId b = built.event("b", open(), 3);
  built.relate(a, RelationType::before, b, 5);
  built.relate(b, RelationType::before, a, 6);
  EXPECT_TRUE(has_errors(reason(built.graph).diagnostics));
}

TEST(ReasonPropagation, IndependentContradictionsAreEachReported) {
  GraphBuilder built;
  const NodeId a = built.event("a", exactly(10), 1);
  const NodeId b = built.event("b", exactly(5), 3);
  const NodeId c = built.event("c", exactly(100), 5);
  const NodeId d = built.event("d", exactly(50), 7);
  built.relate(a, RelationType::before, b, 9);
  built.relate(c, RelationType::before, d, 10);
  const ReasonReport report = reason(built.graph);
  EXPECT_EQ(report.diagnostics.size(), 2u);
  EXPECT_FALSE(report.network->consistent());
}

TEST(ReasonPropagation, EntitiesInTemporalRelationsAreSkippedWithAWarning) {
  GraphBuilder built;
  const NodeId a = built.event("a", open(), 1);
  const NodeId sk = built.entity("sk-hynix", 3);
  built.relate(a, RelationType::before, sk, 5);
  built.relate(sk, RelationType::part_of, a, 6);  // not temporal: skipped silently
  const ReasonReport report = reason(built.graph);
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_EQ(report.diagnostics[0].severity, Severity::warning);
  EXPECT_EQ(report.diagnostics[0].message,
            "'before' relates times of events; 'sk-hynix' is not an event, so this relation is "
            "ignored");
  EXPECT_EQ(report.diagnostics[0].range.begin.line, 5);
}

TEST(ReasonPropagation, GapOnlyForOrderingRelations) {
  GraphBuilder built;
  const NodeId a = built.event("a", open(), 1);
  const NodeId b = built.event("b", open(), 3);
  built.relate(a, RelationType::during, b, 5, span(day, day));
  const ReasonReport report = reason(built.graph);
  ASSERT_EQ(report.diagnostics.size(), 1u);
  EXPECT_EQ(report.diagnostics[0].message,
            "a gap is only meaningful for 'before', 'after' and 'causes'; the gap of this "
            "'during' relation is ignored");
}

TEST(ReasonPropagation, SupersedesConstrainsNothingCausesOrdersStarts) {
  GraphBuilder built;
  const NodeId plan = built.event("plan", exactly(100), 1);
  const NodeId change = built.event("change", exactly(50), 3);
  built.relate(change, RelationType::supersedes, plan, 5);
  EXPECT_FALSE(has_errors(reason(built.graph).diagnostics));
  built.relate(plan, RelationType::causes, change, 6);
  EXPECT_TRUE(has_errors(reason(built.graph).diagnostics));
}

TEST(ReasonPropagation, EmptyGraph) {
  EventGraph graph;
  const ReasonReport report = reason(graph);
  EXPECT_TRUE(report.diagnostics.empty());
  EXPECT_TRUE(report.chronological.empty());
}

}  // namespace
}  // namespace chronograph
