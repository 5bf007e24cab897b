// Every relation's endpoint mapping, checked against Allen's definitions on all small intervals,
// so both the strict and the non-strict side of each inequality are exercised.

#include <gtest/gtest.h>

#include <array>

#include "chronograph/reason.hpp"
#include "reason/test_graphs.hpp"

namespace chronograph {
namespace {

using testing::exactly;
using testing::GraphBuilder;

struct Interval {
  Seconds start;
  Seconds end;
};

bool holds(RelationType type, Interval a, Interval b) {
  switch (type) {
    case RelationType::before:
      return a.end < b.start;
    case RelationType::after:
      return b.end < a.start;
    case RelationType::meets:
      return a.end == b.start;
    case RelationType::met_by:
      return b.end == a.start;
    case RelationType::overlaps:
      return a.start < b.start && b.start < a.end && a.end < b.end;
    case RelationType::overlapped_by:
      return b.start < a.start && a.start < b.end && b.end < a.end;
    case RelationType::during:
      return b.start < a.start && a.end < b.end;
    case RelationType::contains:
      return a.start < b.start && b.end < a.end;
    case RelationType::starts:
      return a.start == b.start && a.end < b.end;
    case RelationType::started_by:
      return a.start == b.start && b.end < a.end;
    case RelationType::finishes:
      return a.end == b.end && b.start < a.start;
    case RelationType::finished_by:
      return a.end == b.end && a.start < b.start;
    case RelationType::equals:
      return a.start == b.start && a.end == b.end;
    case RelationType::includes:
      return a.start <= b.start && b.end <= a.end;
    case RelationType::is_included:
    case RelationType::part_of:
      return b.start <= a.start && a.end <= b.end;
    case RelationType::causes:
      return a.start <= b.start;
    default:
      return true;
  }
}

constexpr std::array mapped_types{
    RelationType::before,     RelationType::after,    RelationType::meets,
    RelationType::met_by,     RelationType::overlaps, RelationType::overlapped_by,
    RelationType::during,     RelationType::contains, RelationType::starts,
    RelationType::started_by, RelationType::finishes, RelationType::finished_by,
    RelationType::equals,     RelationType::includes, RelationType::is_included,
    RelationType::part_of,    RelationType::causes,   RelationType::supersedes,
    RelationType::motivates,
};

TEST(ReasonMapping, EveryRelationAgreesWithItsDefinitionOnFixedIntervals) {
  for (RelationType type : mapped_types) {
    for (Seconds as = 0; as < 4; ++as)
      for (Seconds ae = as; ae < 4; ++ae)
        for (Seconds bs = 0; bs < 4; ++bs)
          for (Seconds be = bs; be < 4; ++be) {
            GraphBuilder built;
            const NodeId a = built.event("a", exactly(as), exactly(ae), 1);
            const NodeId b = built.event("b", exactly(bs), exactly(be), 3);
            built.relate(a, type, b, 5);
            const ReasonReport report = reason(built.graph);
            EXPECT_EQ(!has_errors(report.diagnostics), holds(type, {as, ae}, {bs, be}))
                << to_string(type) << " a=[" << as << "," << ae << "] b=[" << bs << "," << be
                << "]";
          }
  }
}

TEST(ReasonMapping, BeforeIsStrictWhereMeetsIsNot) {
  for (const auto type : {RelationType::before, RelationType::meets}) {
    GraphBuilder built;
    const NodeId a = built.event("a", {0, 100}, exactly(100), 1);
    const NodeId b = built.event("b", exactly(100), {100, 200}, 3);
    built.relate(a, type, b, 5);
    EXPECT_EQ(has_errors(reason(built.graph).diagnostics), type == RelationType::before);
  }
}

TEST(ReasonMapping, DuringIsStrictWhereIsIncludedIsNot) {
  for (const auto type : {RelationType::during, RelationType::is_included}) {
    GraphBuilder built;
    const NodeId a = built.event("a", exactly(10), {10, 20}, 1);
    const NodeId b = built.event("b", exactly(10), exactly(30), 3);
    built.relate(a, type, b, 5);
    EXPECT_EQ(has_errors(reason(built.graph).diagnostics), type == RelationType::during);
  }
}

TEST(ReasonMapping, StrictnessAddsUpAlongAZeroLengthWindow) {
  // a before b before c inside one instant's worth of room: two strict steps, zero seconds.
  GraphBuilder built;
  const NodeId a = built.event("a", exactly(50), 1);
  const NodeId b = built.event("b", {50, 60}, 3);
  const NodeId c = built.event("c", exactly(60), 5);
  built.relate(a, RelationType::before, b, 7);
  built.relate(b, RelationType::before, c, 8);
  EXPECT_FALSE(has_errors(reason(built.graph).diagnostics));
  GraphBuilder tight;
  const NodeId ta = tight.event("a", exactly(50), 1);
  const NodeId tb = tight.event("b", {50, 60}, 3);
  const NodeId tc = tight.event("c", exactly(50), 5);
  tight.relate(ta, RelationType::before, tb, 7);
  tight.relate(tb, RelationType::meets, tc, 8);
  EXPECT_TRUE(has_errors(reason(tight.graph).diagnostics));
}

}  // namespace
}  // namespace chronograph
